#!/usr/bin/env lua5.4
--- The distributed path on one machine: the timeline of a synthetic corpus
-- as one process, and split across all cores with GNU parallel then merged:
-- the mappers writing partial timelines (`timeline --format partial`, what
-- the merge needs) and, for comparison, SCHEMA.md timeline JSON. The file is
-- split with `--pipe-part --block -1` (parallel reads byte ranges of the
-- file itself, one share a core, one mapper start-up a core); for
-- comparison also a stream through `--pipe --block 1M` (what a feed on
-- standard input gets: parallel copies every byte through itself and starts
-- a mapper a megabyte). Prints the
-- wall times (best of KN_BENCH_PAR_RUNS, default 3, the cases alternating so
-- that load from elsewhere hits them alike), the speed-ups, whether the
-- outputs are the same bytes, and the time and peak RSS of the merge alone
-- (`/usr/bin/time`). KN_BENCH_PAR_MB sets the size (default 10).
package.path = "./lua/?.lua;./lua/?/init.lua;./bench/?.lua;" .. package.path
local common = require "bench.common"

if not os.execute("command -v parallel > /dev/null 2>&1") then
  print("parallel: GNU parallel not installed, skipped")
  return
end
local mb = tonumber(os.getenv("KN_BENCH_PAR_MB") or "10")
local runs = tonumber(os.getenv("KN_BENCH_PAR_RUNS") or "3")
local path = common.corpus(mb, "jsonl")
local function now() return tonumber(io.popen("date +%s.%N"):read("l")) end
local function wall(cmd)
  local c0 = now()
  assert(os.execute(cmd))
  return now() - c0
end
local cores = tonumber(io.popen("nproc"):read("l")) or 2
local map = "parallel -j %d --pipe-part --block -1 -a %s 'lua5.4 bin/korea-nato timeline --format %s - 2>/dev/null'"
local stream = "parallel -j %d --pipe --block 1M 'lua5.4 bin/korea-nato timeline --format %s - 2>/dev/null' < %s"
local cases = {
  { name = "timeline, one process",
    cmd = string.format("lua5.4 bin/korea-nato timeline --format json %s > bench/out/tl-one.json 2>/dev/null", path) },
  { name = string.format("timeline, %d processes (partial) + merge", cores), out = "bench/out/tl-par.json",
    cmd = string.format(map .. " | lua5.4 bin/korea-nato merge - > bench/out/tl-par.json 2>/dev/null",
      cores, path, "partial") },
  { name = string.format("timeline, %d processes (json) + merge", cores), out = "bench/out/tl-par-json.json",
    cmd = string.format(map .. " | lua5.4 bin/korea-nato merge - > bench/out/tl-par-json.json 2>/dev/null",
      cores, path, "json") },
  { name = "  the same, stdin through --pipe (partial)", out = "bench/out/tl-par-pipe.json",
    cmd = string.format(stream .. " | lua5.4 bin/korea-nato merge - > bench/out/tl-par-pipe.json 2>/dev/null",
      cores, "partial", path) },
}
for _ = 1, runs do
  for _, c in ipairs(cases) do
    local t = wall(c.cmd)
    if not c.best or t < c.best then c.best = t end
  end
end
local t1 = cases[1].best
for i, c in ipairs(cases) do
  local extra = ""
  if i > 1 then
    local same = os.execute("cmp -s bench/out/tl-one.json " .. c.out)
    extra = string.format("  speed-up %.2fx, %s", t1 / c.best, same and "byte-identical" or "OUTPUTS DIFFER")
  end
  print(string.format("%-44s %9.1f MB/s  (%.2f s)%s", c.name, mb / c.best, c.best, extra))
end
-- the merge alone, on the mappers' outputs saved
for _, fmt in ipairs { "partial", "json" } do
  local parts = "bench/out/tl-parts-" .. fmt .. ".jsonl"
  assert(os.execute(string.format(map .. " > %s", cores, path, fmt, parts)))
  local size = io.open(parts, "rb"):seek("end")
  local best, rss
  for _ = 1, runs do
    local p = io.popen(string.format("/usr/bin/time -f '%%e %%M' lua5.4 bin/korea-nato merge - < %s 2>&1 > /dev/null",
      parts))
    local e, m = p:read("a"):match("([%d.]+) (%d+)%s*$")
    p:close()
    if e and (not best or tonumber(e) < best) then best, rss = tonumber(e), tonumber(m) end
  end
  print(string.format("%-44s %9.2f s  peak RSS %.0f MB  (%.1f MB of parts)", "merge alone, " .. fmt .. " parts",
    best or -1, (rss or 0) / 1024, size / 2 ^ 20))
end
local sp = t1 / cases[2].best
print(string.format("goal: distributed timeline >= 1.3x one process on %d cores: %.2fx, %s", cores, sp,
  sp >= 1.3 and "met" or "not met"))
