#!/usr/bin/env lua5.4
--- Analysis benchmark: full per-document analysis (tokens, sentences,
-- mentions, temporal expressions, events) of every record of the synthetic
-- JSONL corpus (bench/gen_corpus.lua), on one core, in MB/s of the JSONL
-- file:
--
--   * the C core alone (bench/kn_bench.c "analyze": the same stages, no Lua);
--   * core.analyze per record (the C work and the binding, no Lua layer);
--   * kn.analyze per record (the public API: the Lua-side metadata scan of
--     the text, the Document, its timex tables);
--   * kn.analyze and the mention and event tables (doc:mentions(),
--     doc:events(), what a script or the timeline reads);
--   * kn.analyze and doc:totable() (what `extract` writes).
--
-- JSON decoding (lua-cjson) is timed on its own and left out of the others.
-- KN_BENCH_MB sets the corpus size (100).
package.path = "./lua/?.lua;./lua/?/init.lua;./bench/?.lua;" .. package.path
package.cpath = "./build/?.so;" .. package.cpath

local common = require "bench.common"
local cjson = require "cjson"
local kn = require "korea_nato"
local core = kn.core

local MB = common.MB
local path = common.corpus(MB, "jsonl")
local data = common.read(path)
local mb = #data / 1048576
local lines = {}
for l in data:gmatch("[^\n]+") do lines[#lines + 1] = l end
data = nil   -- luacheck: ignore (let the collector have it)

local t_json, recs = common.best(2, function()
  local out = {}
  for i = 1, #lines do out[i] = cjson.decode(lines[i]) end
  return out
end)
lines = nil
local text_bytes = 0
for _, r in ipairs(recs) do text_bytes = text_bytes + #r.text end
print(string.format("== analysis: %s, %.1f MB, %d records (%.1f MB of text, %.1f KB a record)", path, mb, #recs,
  text_bytes / 1048576, text_bytes / #recs / 1024))

local c_an, c_events = common.cbench("analyze", path, 2)
local ab = kn.abbreviations()
local gaz = kn.gazetteer.default():core()
local lex = kn.events_lexicon()

local t_core, n_core = common.best(2, function()
  local n = 0
  for i = 1, #recs do
    local r = recs[i]
    n = n + #core.analyze(r.text, ab, gaz, r.published, nil, lex):tokens()
  end
  return n
end)
local function meta(r) return { id = r.id, source = r.source, published = r.published } end
local t_kn = common.best(2, function()
  for i = 1, #recs do kn.analyze(recs[i].text, meta(recs[i])) end
end)
local t_tables, n_ev = common.best(2, function()
  local n = 0
  for i = 1, #recs do
    local d = kn.analyze(recs[i].text, meta(recs[i]))
    local _ = d:mentions()
    n = n + #d:events()
  end
  return n
end)
local t_totable = common.best(2, function()
  for i = 1, #recs do kn.analyze(recs[i].text, meta(recs[i])):totable() end
end)

common.line("JSON decoding of the records (lua-cjson)", mb / t_json)
common.line("analysis, C core alone (kn_bench analyze)", c_an, string.format("  %d events", c_events))
common.line("core.analyze per record (C + binding)", mb / t_core, string.format("  %d tokens", n_core))
common.line("kn.analyze per record (the Lua API)", mb / t_kn)
common.line("kn.analyze + doc:mentions() + doc:events()", mb / t_tables, string.format("  %d events", n_ev))
common.line("kn.analyze + doc:totable() (extract's record)", mb / t_totable)
local kn_mbs = mb / t_kn
print(string.format("time per MB: C core %.1f ms, binding %.1f ms, Lua layer (kn.analyze) %.1f ms, "
  .. "mention/event tables %.1f ms", 1000 / c_an, 1000 * (t_core / mb - 1 / c_an),
  1000 * (t_kn - t_core) / mb, 1000 * (t_tables - t_kn) / mb))
common.goal("kn.analyze >= 100 MB/s, one core", kn_mbs >= 100, string.format("%.1f MB/s (C core alone %.1f)",
  kn_mbs, c_an))
