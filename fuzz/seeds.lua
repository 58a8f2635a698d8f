#!/usr/bin/env lua5.4
--- Writes the seed corpora of the fuzz targets from the project's fixtures:
-- fuzz/corpus-<unit>/seed-<name> (git-ignored; libFuzzer adds its own
-- finds beside them). Run from the repository root: lua5.4 fuzz/seeds.lua.
--
-- Text targets get the articles of corpus/articles, examples/corpus, the
-- texts of the JSON Lines corpora, spec/fixtures and the hostile fixtures;
-- the gazetteer target also the .kng files; the event target also the
-- trigger lexicon with an article; the timeline target the gold events of
-- corpus/gold.jsonl and the timelines of spec/fixtures, encoded as
-- fuzz/fuzz_tl.c reads them; the partial-timeline target the partials of
-- the sample articles.

local cjson = require "cjson.safe"

local function read(path)
  local h = io.open(path, "rb")
  if not h then return nil end
  local s = h:read("a")
  h:close()
  return s
end

local function ls(dir, pattern)
  local out = {}
  local p = io.popen("ls -1 " .. dir .. " 2>/dev/null")
  for name in p:lines() do
    if name:match(pattern) then out[#out + 1] = dir .. "/" .. name end
  end
  p:close()
  table.sort(out)
  return out
end

local written = {}
local function seed(unit, name, bytes)
  local dir = "fuzz/corpus-" .. unit
  if not written[unit] then os.execute("mkdir -p " .. dir); written[unit] = 0 end
  name = name:gsub("[^%w%-_.]", "_")
  local h = assert(io.open(dir .. "/seed-" .. name, "wb"))
  h:write(bytes)
  h:close()
  written[unit] = written[unit] + 1
end

local function base(path) return (path:match("([^/]+)$")) end

-- ------------------------------------------------------------ texts

local texts = {}   -- { name, text }
for _, dir in ipairs { "corpus/articles", "examples/corpus", "spec/fixtures", "spec/fixtures/hostile" } do
  for _, f in ipairs(ls(dir, "%.txt$")) do texts[#texts + 1] = { base(f), read(f) } end
  for _, f in ipairs(ls(dir, "%.md$")) do texts[#texts + 1] = { base(f), read(f) } end
end
for _, f in ipairs { "corpus/corpus.jsonl", "examples/corpus/feed.jsonl" } do
  local n = 0
  for line in io.lines(f) do
    n = n + 1
    local v = cjson.decode(line)
    if type(v) == "table" and type(v.text) == "string" then
      texts[#texts + 1] = { base(f) .. "-" .. n, v.text }
    end
  end
end
-- short hostile pieces the fixtures do not hold
local bits = {
  { "overlong", "Cho \xC0\xAF Tae-yul \xE0\x80\xAF met NATO." },
  { "surrogate", "NATO \xED\xA0\x80 said on Oct. 28 \xED\xBF\xBF." },
  { "nul", "Seoul\0NATO\0\0 Oct.\0 28" },
  { "crlf", "Title\r\n\r\nSEOUL, Oct. 28 -- Cho met Rutte.\r\nThey talked\rnext week.\n" },
  { "dates", "on Thursday; next Wednesday; late last year; from Wednesday to Friday; Oct. 28-30; 2024-Q4; 15:39" },
}
for _, b in ipairs(bits) do texts[#texts + 1] = b end

-- the anchor bytes fuzz_common.h's fz_anchor reads: 0 is 2024-10-28T15:39, 8 none
for _, t in ipairs(texts) do
  seed("tok", t[1], t[2])
  seed("time", t[1] .. "-a0", "\0" .. t[2])
  seed("time", t[1] .. "-none", "\8" .. t[2])
  seed("event", t[1], "\0" .. t[2])
  seed("gaz", t[1], "\1" .. t[2])
end
seed("tok", "abbreviations", read("data/abbreviations.txt"))
for _, f in ipairs(ls("data/gazetteer", "%.kng$")) do
  seed("gaz", base(f), "\0" .. read(f))              -- alone: references fail to resolve
  seed("gaz", base(f) .. "-replace", "\3" .. read(f)) -- over the pack, replacing
end
seed("gaz", "readme-example", "\0" .. (read("data/README.md"):match("    # a country\n(.-)\n### Ids") or ""):gsub("\n    ", "\n"))
-- the lexicon, with an article after a blank line (bit 7 of the mode byte)
local events = read("data/events.txt"):gsub("\n\n+", "\n")
seed("event", "lexicon", "\128" .. events .. "\n\n" .. (texts[1] and texts[1][2] or ""))
seed("event", "lexicon-extra", "\128@ministerial ministerial\nmet *with talks needs:ministerial\n\nCho met with Rutte at the ministerial.")

-- ---------------------------------------------------------- timeline

local TYPES = { meeting = 1, talks = 2, call = 3, visit = 4, briefing = 5, statement = 6, agreement = 7,
  invitation = 8, deployment = 9, exercise = 10, weapons_test = 11, ruling = 12, other = 13 }
local MODS = { occurred = 0, planned = 1, reported = 2 }

local function days_since_2000(y, m, d)
  -- days from civil, minus 2000-01-01
  local function dn(yy, mm, dd)
    yy = mm <= 2 and yy - 1 or yy
    local era = (yy >= 0 and yy or yy - 399) // 400
    local yoe = yy - era * 400
    local doy = (153 * (mm + (mm > 2 and -3 or 9)) + 2) // 5 + dd - 1
    local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468
  end
  return dn(y, m, d) - dn(2000, 1, 1)
end

-- date kind (fuzz_tl.c pick_value) and day of a TIMEX3 value
local function date_of(v, fallback)
  if type(v) ~= "string" then return 9, fallback end
  local y, m, d = v:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if y then return 0, days_since_2000(tonumber(y), tonumber(m), tonumber(d)) end
  y, m = v:match("^(%d%d%d%d)%-(%d%d)$")
  if y then return 1, days_since_2000(tonumber(y), tonumber(m), 1) end
  y = v:match("^(%d%d%d%d)$")
  if y then return 6, days_since_2000(tonumber(y), 1, 1) end
  return 9, fallback
end

local function interner(limit)
  local ids, n = {}, 0
  return function(x)
    if x == nil or x == cjson.null then return nil end
    if not ids[x] then ids[x] = n % limit; n = n + 1 end
    return ids[x]
  end
end

local function encode(evs)
  local part_id, loc_id, series_id = interner(16), interner(8), interner(4)
  local out = { string.char(255, 0, 0, 2, 2, 255, 4, 255) }   -- loc_parent: 1 and 2 inside 0, 4 inside 3
  for _, e in ipairs(evs) do
    local kind, day = date_of(e.date, e.pub or 9000)
    day = math.max(0, math.min(65535, day))
    local ps = {}
    for _, p in ipairs(e.participants or {}) do ps[#ps + 1] = part_id(p) end
    table.sort(ps)
    local loc = loc_id(e.location)
    local ser = e.series and series_id(e.series)
    local pub = e.pub and math.max(0, math.min(31, e.pub - day)) or 128
    out[#out + 1] = string.char(
      (TYPES[e.type] or 13) - 1, MODS[e.modality] or 0, kind, day & 255, day >> 8,
      0, loc and loc + 1 or 0, ser and (128 | ser) or 0, pub, (e.doc or 0) % 5,
      math.min(#ps, 3) | ((ps[1] or 0) << 4), (ps[2] or 0) | ((ps[3] or 0) << 4))
  end
  return table.concat(out)
end

local all, ndoc = {}, 0
for line in io.lines("corpus/gold.jsonl") do
  local v = cjson.decode(line)
  if type(v) == "table" and type(v.events) == "table" then
    ndoc = ndoc + 1
    local _, pub = date_of(type(v.published) == "string" and v.published:sub(1, 10) or nil, nil)
    local evs = {}
    for _, e in ipairs(v.events) do
      local ev = { type = e.type, modality = e.modality, date = e.date, location = e.location,
        participants = e.participants, pub = pub, doc = ndoc,
        series = (e.trigger and type(e.trigger.text) == "string" and e.trigger.text:match("%u")) and e.trigger.text or nil }
      evs[#evs + 1] = ev
      all[#all + 1] = ev
    end
    if #evs > 0 then seed("tl", "gold-" .. tostring(v.id), encode(evs)) end
  end
end
seed("tl", "gold-all", encode(all))
for _, f in ipairs(ls("spec/fixtures", "^timeline.*%.json$")) do
  local v = cjson.decode(read(f))
  if type(v) == "table" then
    local evs = {}
    for _, list in ipairs { v.events or {}, v.undated or {} } do
      for _, e in ipairs(list) do
        local _, pub = date_of(e.first_reported, nil)
        evs[#evs + 1] = { type = e.type, modality = e.modality, date = e.date, location = e.location,
          participants = e.participants, pub = pub, doc = #evs }
      end
    end
    seed("tl", base(f), encode(evs))
  end
end
-- TIMEX3 values alone: 8 bytes of loc_parent and a tail shorter than an event
for _, v in ipairs { "2024-10-28", "2024-W44", "2024-Q4", "2024-H2", "2024-WI", "199", "2024-10",
    "PAST_REF", "2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31" } do
  seed("tl", "value-" .. v, string.rep("\255", 8) .. v)
end

-- partial timelines (fuzz_tlp.c): those of the sample corpus's articles,
-- written by the in-tree command (built first: make), and a small one
-- with every kind of value
for _, f in ipairs(ls("examples/corpus", "%.txt$")) do
  local p = io.popen("lua5.4 bin/korea-nato timeline --format partial " .. f .. " 2>/dev/null")
  local s = p:read("a")
  p:close()
  if s:match('^{"partial":') then seed("tlp", base(f), s) end
end
seed("tlp", "values", '{"partial":1,"strings":["d\\u00e9\\"","meeting","occurred","S","org/nato","N\\n",'
  .. '"2024-10","x#01"],"records":[[0,4,"inf",1,2,3,7,6,null,4,4,1,[4,5],[4,5],[4,5]],'
  .. '[0,"x#01",2.5e-3,1,2,3,null,null,6,null,null,0,[],null,[]]],"entities":[[4,5],[5,null]]}')

local units = {}
for u, n in pairs(written) do units[#units + 1] = u .. " " .. n end
table.sort(units)
print("fuzz seeds: " .. table.concat(units, ", "))
