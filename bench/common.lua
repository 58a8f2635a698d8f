--- Shared benchmark helpers: the synthetic corpus (generated once into
-- bench/out/), timing, and the C bench driver.
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

--- Path of a generated corpus of mb megabytes ("text" or "jsonl").
function M.corpus(mb, kind)
  kind = kind or "text"
  os.execute("mkdir -p bench/out")
  local path = string.format("bench/out/corpus-%gmb.%s", mb, kind == "text" and "txt" or "jsonl")
  if not exists(path) then
    local flag = kind == "text" and "--text " or ""
    assert(os.execute(string.format("lua5.4 bench/gen_corpus.lua %s%g > %s", flag, mb, path)))
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

--- Best wall time of reps runs of f (os.clock: CPU time of this process).
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

--- Runs the C driver; returns MB/s and count.
function M.cbench(case, path, reps)
  local p = io.popen(string.format("build/bench/kn_bench %s %s %d", case, path, reps or 3))
  local out = p:read("a")
  p:close()
  local name, mbs, count = out:match("(%S+) (%S+) (%d+)")
  assert(name, "kn_bench failed: " .. out)
  return tonumber(mbs), tonumber(count)
end

function M.line(name, mbs, extra)
  print(string.format("%-44s %9.1f MB/s%s", name, mbs, extra or ""))
end

return M
