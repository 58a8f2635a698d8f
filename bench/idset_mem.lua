-- The duplicate-id set alone: N ids added, then every 97th looked up again;
-- run with /usr/bin/time -f %M to see its peak memory (bench/README.md, section 7).
--   /usr/bin/time -f %M lua5.4 bench/idset_mem.lua N
package.cpath = "./build/?.so;" .. package.cpath
local core = require "korea_nato.core"
local ids = core.idset()
local n = tonumber(arg[1])
local t0 = os.clock()
for i = 1, n do ids:add("doc-" .. i, i) end
local t1 = os.clock()
local hits = 0
for i = 1, n, 97 do if ids:add("doc-" .. i, 0) == i then hits = hits + 1 end end
print(n, #ids, hits, string.format("%.2f s add, %.2f s probe", t1 - t0, os.clock() - t1))
