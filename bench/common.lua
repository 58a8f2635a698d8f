--- Shared benchmark helpers: the synthetic inputs (generated once into
-- bench/out/), timing, memory, and the C bench driver.
local M = {}

M.MB = tonumber(os.getenv("KN_BENCH_MB") or "100")

function M.now()
  return os.clock()
end

local function exists(p)
  local f = io.open(p, "rb")
  if f then f:close() return true end
  return false
end
M.exists = exists

--- Path of a generated corpus of mb megabytes ("text" or "jsonl").
function M.corpus(mb, kind)
  kind = kind or "text"
  os.execute("mkdir -p bench/out")
  local path = string.format("bench/out/corpus-%gmb.%s", mb, kind == "text" and "txt" or "jsonl")
  if not exists(path) then
    local flag = kind == "text" and "--text " or ""
    assert(os.execute(string.format("lua5.4 bench/gen_corpus.lua %s%g > %s.tmp && mv %s.tmp %s", flag, mb,
      path, path, path)))
  end
  return path
end

--- Path of a synthetic gazetteer of n entities (bench/gen_gazetteer.lua).
function M.gazetteer(n)
  os.execute("mkdir -p bench/out")
  local path = string.format("bench/out/gaz-%d.kng", n)
  if not exists(path) then
    assert(os.execute(string.format("lua5.4 bench/gen_gazetteer.lua %d > %s.tmp && mv %s.tmp %s", n, path,
      path, path)))
  end
  return path
end

function M.read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

--- Splits text into chunks of about size bytes, cut after a newline.
function M.chunks(text, size)
  local t, pos = {}, 1
  while pos <= #text do
    local e = text:find("\n", pos + size, true) or #text
    t[#t + 1] = text:sub(pos, e)
    pos = e + 1
  end
  return t
end

--- Best time of reps runs of f, in CPU seconds of this process (os.clock:
-- on a busy machine the time spent waiting for a core does not count).
function M.best(reps, f)
  local best = math.huge
  local result
  for _ = 1, reps do
    collectgarbage()
    local t0 = os.clock()
    result = f()
    local dt = os.clock() - t0
    if dt < best then best = dt end
  end
  return best, result
end

--- Minor page faults of this process so far (/proc/self/stat field 10).
function M.minflt()
  local f = io.open("/proc/self/stat", "rb")
  if not f then return 0 end
  local s = f:read("a")
  f:close()
  -- fields after the command name, which is in parentheses
  local rest = s:match("%) (.*)$") or ""
  local fields = {}
  for x in rest:gmatch("%S+") do fields[#fields + 1] = x end
  return tonumber(fields[8]) or 0   -- field 10 of the whole line
end

--- Peak and current resident set of this process, in MB (/proc/self/status).
function M.rss()
  local f = io.open("/proc/self/status", "rb")
  if not f then return 0, 0 end
  local s = f:read("a")
  f:close()
  local hwm = tonumber(s:match("VmHWM:%s*(%d+)")) or 0
  local cur = tonumber(s:match("VmRSS:%s*(%d+)")) or 0
  return hwm / 1024, cur / 1024
end

--- Runs a command; returns its output (stdout) and whether it succeeded.
function M.run(cmd)
  local p = io.popen(cmd)
  local out = p:read("a")
  local ok = p:close()
  return out, ok
end

--- Runs the C driver (bench/kn_bench.c): kn_bench CASE PATH REPS [ARGS];
-- returns MB/s (or seconds for "build"), the count, and a table of the
-- key=value fields it printed.
function M.cbench(case, path, reps, args)
  local out = M.run(string.format("build/bench/kn_bench %s %s %d %s", case, path, reps or 3, args or ""))
  local name, mbs, count, rest = out:match("(%S+) (%S+) (%d+)(.*)")
  assert(name, "kn_bench failed: " .. out)
  local kv = {}
  for k, v in (rest or ""):gmatch("([%w_]+)=(%S+)") do kv[k] = tonumber(v) or v end
  return tonumber(mbs), tonumber(count), kv
end

function M.line(name, mbs, extra)
  print(string.format("%-52s %9.1f MB/s%s", name, mbs, extra or ""))
end

--- A line with a value in other units ("s", "MB", "x").
function M.vline(name, value, unit, extra)
  print(string.format("%-52s %9.2f %s%s", name, value, unit, extra or ""))
end

--- "meets" / "MISSES" for a goal line.
function M.goal(name, ok, detail)
  print(string.format("goal: %-46s %s  (%s)", name, ok and "meets" or "MISSES", detail))
end

return M
