#!/usr/bin/env lua5.4
--- Gazetteer matching benchmark: for the default pack (data/gazetteer,
-- ~670 entities) and for it plus synthetic gazetteers of 1,000, 10,000 and
-- 100,000 entities (bench/gen_gazetteer.lua: people, organisations, places,
-- meetings, offices), on the same synthetic corpus in one run:
--
--   * automaton build (load + compile) time and the bytes it holds
--     (kn_gaz_stats), from C;
--   * tokenize + match (kn_tok_tokens + kn_au_scan: raw matches) and
--     tokenize + sentences + link (kn_link_run: mentions), from C;
--   * the same names as caseless literals in Hyperscan (bench/hs_bench.c,
--     when built) and pyahocorasick (bench/ac_bench.py, /usr/bin/python3);
--   * matching through Lua: the gazetteer built with korea_nato.gazetteer,
--     then core.analyze and doc:mentions() per 64 KB chunk. analyze also
--     tags temporal expressions (the binding has no call that only links),
--     so a line without the gazetteer gives that share.
--
-- KN_BENCH_MB sets the corpus size (100); KN_BENCH_GAZ the synthetic sizes
-- ("1000,10000,100000").
package.path = "./lua/?.lua;./lua/?/init.lua;./bench/?.lua;" .. package.path
package.cpath = "./build/?.so;" .. package.cpath

local common = require "bench.common"
local kn = require "korea_nato"
local core = kn.core

local MB = common.MB
local path = common.corpus(MB, "text")
local text = common.read(path)
local mb = #text / 1048576
local chunks = common.chunks(text, 64 * 1024)
local sizes = {}
for n in (os.getenv("KN_BENCH_GAZ") or "1000,10000,100000"):gmatch("%d+") do sizes[#sizes + 1] = tonumber(n) end
local have_hs = common.exists("build/bench/hs_bench")
local have_ac = select(2, common.run("/usr/bin/python3 -c 'import ahocorasick' 2>/dev/null"))
print(string.format("== matching: %s, %.1f MB, %d chunks of ~64 KB%s%s", path, mb, #chunks,
  have_hs and "" or "; Hyperscan: build/bench/hs_bench not built (no libhs), skipped",
  have_ac and "" or "; pyahocorasick not importable, skipped"))

local ab = kn.abbreviations()
-- the default pack's texts, for building gazetteers through Lua
local pack = {}
for _, name in ipairs(kn.data_files()) do
  if name:match("^gazetteer/.*%.kng$") then pack[#pack + 1] = name end
end

local function lua_gazetteer(extra)
  local g = kn.gazetteer.new()
  for _, name in ipairs(pack) do assert(g:load_string(kn.data(name), "data/" .. name)) end
  if extra then assert(g:load_string(common.read(extra), extra)) end
  assert(g:compile())
  return g
end

-- tokens and temporal expressions alone, for the share of analyze that is
-- not matching
local t_base = common.best(2, function()
  for i = 1, #chunks do core.analyze(chunks[i], ab, nil, nil, nil, nil) end
end)
common.line("through Lua: core.analyze, no gazetteer (tokens, timexes)", mb / t_base)

local rows = {}
local cases = { { label = "default pack", n = 0 } }
for _, n in ipairs(sizes) do cases[#cases + 1] = { label = string.format("default + %d synthetic", n), n = n } end
for _, c in ipairs(cases) do
  local kng = c.n > 0 and common.gazetteer(c.n) or nil
  local gopt = kng and ("-g " .. kng) or ""
  local build_s, entities, kv = common.cbench("build", "-", 3, gopt)
  local names = string.format("bench/out/names-%d.txt", c.n)
  local _, nnames = common.cbench("names", names, 1, gopt)
  local scan, raw = common.cbench("scan", path, 3, gopt)
  local link, mentions = common.cbench("link", path, 2, gopt)
  print(string.format("-- %s: %d entities, %d names (caseless literals), %d automaton states", c.label, entities,
    nnames, kv.states))
  common.vline("  automaton build (load + compile), C", build_s, "s")
  common.vline("  automaton memory (kn_gaz_stats bytes)", kv.bytes / 1048576, "MB",
    string.format("  (process peak RSS %.0f MB)", kv.peak_rss_kb / 1024))
  common.line("  tokenize + match (kn_au_scan), C", scan, string.format("  %d raw matches", raw))
  common.line("  tokenize + sentences + link (kn_link_run), C", link, string.format("  %d mentions", mentions))
  local row = { label = c.label, n = c.n, entities = entities, names = nnames, build = build_s, bytes = kv.bytes,
    scan = scan, link = link }
  if have_hs then
    local out = common.run(string.format("build/bench/hs_bench %s %s 2", names, path))
    local mbs, count, rest = out:match("hs (%S+) (%d+)(.*)")
    if mbs then
      local hv = {}
      for k, v in rest:gmatch("([%w_]+)=(%S+)") do hv[k] = tonumber(v) end
      row.hs = tonumber(mbs)
      common.line("  Hyperscan, caseless literals", row.hs, string.format("  %s matches; compile %.2f s, "
        .. "database %.1f MB, peak RSS %.0f MB", count, hv.compile, hv.db / 1048576, hv.peak_rss_kb / 1024))
    else
      print("  Hyperscan failed: " .. out)
    end
  end
  if have_ac then
    local out = common.run(string.format("/usr/bin/python3 bench/ac_bench.py %s %s 2", names, path))
    local mbs, count, rest = out:match("ac (%S+) (%d+)(.*)")
    if mbs then
      local av = {}
      for k, v in rest:gmatch("([%w_]+)=(%S+)") do av[k] = tonumber(v) end
      row.ac = tonumber(mbs)
      common.line("  pyahocorasick, text lower-cased", row.ac, string.format("  %s matches; build %.2f s, "
        .. "automaton %.1f MB", count, av.build, av.bytes / 1048576))
    else
      print("  pyahocorasick failed: " .. out)
    end
  end
  -- through Lua
  collectgarbage()
  local t0 = os.clock()
  local g = lua_gazetteer(kng)
  local lua_build = os.clock() - t0
  local gc = g:core()
  local t_an = common.best(2, function()
    for i = 1, #chunks do core.analyze(chunks[i], ab, gc, nil, nil, nil) end
  end)
  local t_men, nmen = common.best(2, function()
    local n = 0
    for i = 1, #chunks do n = n + #core.analyze(chunks[i], ab, gc, nil, nil, nil):mentions() end
    return n
  end)
  common.vline("  through Lua: gazetteer load + compile", lua_build, "s")
  -- the difference of two timings: within the noise with a big
  -- gazetteer (the match is a small share), then no figure is printed
  local d = t_an - t_base
  common.line("  through Lua: core.analyze with the gazetteer", mb / t_an,
    d > 0.05 * t_an and string.format("  (matching alone ~%.0f MB/s)", mb / d) or "  (matching alone: within the noise)")
  common.line("  through Lua: ... and doc:mentions() tables", mb / t_men, string.format("  %d mentions", nmen))
  rows[#rows + 1] = row
  g, gc = nil, nil   -- luacheck: ignore
  collectgarbage()
end

-- goals (the issue): tokenize + match >= 300 MB/s with 100k entries and 4x
-- Hyperscan; < 30% slower from 1k to 100k; automaton < 100 MB; build < 1 s
local by = {}
for _, r in ipairs(rows) do by[r.n] = r end
local big, small = by[100000], by[1000]
if big then
  common.goal("tokenize + match >= 300 MB/s, 100k entries", big.scan >= 300, string.format("%.0f MB/s", big.scan))
  if big.hs then
    common.goal("tokenize + match >= 4x Hyperscan, 100k", big.scan >= 4 * big.hs,
      string.format("%.1fx (%.0f vs %.0f MB/s)", big.scan / big.hs, big.scan, big.hs))
  end
  if small then
    common.goal("1k -> 100k entries: < 30% slower", big.scan >= 0.7 * small.scan,
      string.format("%.0f -> %.0f MB/s, %+.0f%%", small.scan, big.scan, 100 * (big.scan / small.scan - 1)))
  end
  common.goal("100k automaton < 100 MB", big.bytes < 100 * 1048576, string.format("%.1f MB", big.bytes / 1048576))
  common.goal("100k automaton build < 1 s", big.build < 1, string.format("%.2f s", big.build))
end
