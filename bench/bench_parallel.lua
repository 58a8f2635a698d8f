#!/usr/bin/env lua5.4
--- The distributed path on one machine: timeline of a synthetic corpus as
-- one process, and split across all cores with GNU parallel then merged;
-- prints both wall times, the speed-up, and whether the outputs are the
-- same bytes. KN_BENCH_PAR_MB sets the size (default 10).
package.path = "./lua/?.lua;./lua/?/init.lua;./bench/?.lua;" .. package.path
local common = require "bench.common"

if not os.execute("command -v parallel > /dev/null 2>&1") then
  print("parallel: GNU parallel not installed, skipped")
  return
end
local mb = tonumber(os.getenv("KN_BENCH_PAR_MB") or "10")
local path = common.corpus(mb, "jsonl")
local function wall(cmd)
  local t0 = os.time()
  local c0 = io.popen("date +%s.%N"):read("l")
  assert(os.execute(cmd))
  local c1 = io.popen("date +%s.%N"):read("l")
  return tonumber(c1) - tonumber(c0), t0
end
local cores = tonumber(io.popen("nproc"):read("l")) or 2
local t1 = wall(string.format("lua5.4 bin/korea-nato timeline --format json %s > bench/out/tl-one.json 2>/dev/null", path))
local tn = wall(string.format("parallel -j %d --pipe --block 1M 'lua5.4 bin/korea-nato timeline --format json - 2>/dev/null' < %s "
  .. "| lua5.4 bin/korea-nato merge - > bench/out/tl-par.json 2>/dev/null", cores, path))
local same = os.execute("cmp -s bench/out/tl-one.json bench/out/tl-par.json")
print(string.format("%-44s %9.1f MB/s  (%.1f s)", "timeline, one process", mb / t1, t1))
print(string.format("%-44s %9.1f MB/s  (%.1f s)", string.format("timeline, %d processes + merge", cores), mb / tn, tn))
print(string.format("speed-up %.2fx on %d cores; outputs %s", t1 / tn, cores, same and "byte-identical" or "DIFFER"))
