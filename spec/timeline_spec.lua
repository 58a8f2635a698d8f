-- The timeline merge: the same entries whatever the order and grouping of
-- the input, every source kept, contradictions flagged.
local kn = require "korea_nato"
local json = require "korea_nato.json"
local helpers = require "helpers"

local corpus_records, rng = helpers.corpus_records, helpers.rng

local function shuffled(t, r)
  local c = {}
  for i, x in ipairs(t) do c[i] = x end
  for i = #c, 2, -1 do local j = r(i); c[i], c[j] = c[j], c[i] end
  return c
end

describe("korea_nato.timeline", function()
  local recs, whole

  setup(function()
    recs = corpus_records()
    whole = kn.timeline.build(recs):tojson()
  end)

  it("builds the same bytes whatever the order of the documents", function()
    local r = rng(7)
    for _ = 1, 3 do
      assert.are.equal(whole, kn.timeline.build(shuffled(recs, r)):tojson())
    end
  end)

  it("merges partial timelines into the timeline of all their documents, for any partition and order", function()
    local r = rng(42)
    for _, nparts in ipairs { 2, 3, 7 } do
      local parts = {}
      for i = 1, nparts do parts[i] = {} end
      for _, d in ipairs(shuffled(recs, r)) do local p = parts[r(nparts)]; p[#p + 1] = d end
      local partial = {}
      for i, p in ipairs(parts) do
        -- through JSON, as `korea-nato merge` reads them
        partial[i] = json.decode(kn.timeline.build(p):tojson())
      end
      assert.are.equal(whole, kn.timeline.merge(shuffled(partial, r)):tojson())
      -- merging is associative: (a + b) + c = a + (b + c)
      if nparts >= 3 then
        local ab = json.decode(kn.timeline.merge { partial[1], partial[2] }:tojson())
        local rest = {}
        for i = 3, nparts do rest[#rest + 1] = partial[i] end
        local bc = json.decode(kn.timeline.merge(rest):tojson())
        assert.are.equal(whole, kn.timeline.merge { ab, bc }:tojson())
      end
    end
  end)

  it("keeps every source of an entry and orders entries by date (chronologically), type, id", function()
    local tl = json.decode(whole)
    local prev, pfirst, plast
    for _, e in ipairs(tl.events) do
      -- by first day, then last: a week value such as "2024-W28" among the
      -- days of July, not after December's (as its bytes would put it)
      local first, last = kn.core.date_range(e.date)
      if prev and first and pfirst then
        assert.is_true(pfirst < first or (pfirst == first and (plast < last or (plast == last and prev.date <= e.date))),
          prev.date .. " before " .. e.date)
      end
      prev, pfirst, plast = e, first, last
      assert.is_true(#e.sources >= 1)
      assert.is_true(#e.mentions >= 1)
      for _, m in ipairs(e.mentions) do assert.truthy(m.event:match("#%d+$")) end
    end
    for _, e in ipairs(tl.undated) do assert.are.equal(json.null, e.date) end
  end)

  it("orders entries dated by the day of a date-time among the others, in any input order", function()
    -- an entry dated "2024-10-28" from a record's "2024-10-28T15:39": a
    -- day no record names as such
    local dates = { "2024-10-28T15:39", "2024-05-03T01:00", "2024-11", "2024-01-07T09:00", "2024-W28" }
    local r = rng(7)
    for _ = 1, 5 do
      local b = kn.timeline.builder()
      for i, d in ipairs(shuffled(dates, r)) do
        b:add { id = "d" .. i, published = "2024-12-01", events = { { id = "d" .. i .. "#1", type = "exercise",
          date = d, participants = { "country/c-" .. d }, sentence = 1, modality = "occurred",
          trigger = { text = "drill", start = 1, stop = 5 } } } }
      end
      local got = {}
      for _, e in ipairs(json.decode(b:finish():tojson()).events) do got[#got + 1] = e.date end
      assert.are.same({ "2024-01-07", "2024-05-03", "2024-W28", "2024-10-28", "2024-11" }, got)
    end
  end)

  describe("against the Lua reference (spec/timeline_ref.lua)", function()
    local ref = dofile("spec/timeline_ref.lua")

    local analysed = helpers.corpus_records

    local synthetic
    setup(function()
      -- a synthetic wire corpus: many entries, conflicts of every kind
      local h = assert(io.popen("lua5.4 bench/gen_corpus.lua 0.4 7"))
      local path = os.tmpname()
      local f = assert(io.open(path, "w")); f:write(h:read("a")); f:close(); h:close()
      synthetic = analysed(path)
      os.remove(path)
    end)

    it("writes the same bytes for the development, test and synthetic corpora", function()
      assert.are.equal(ref.build(recs):tojson(), whole)
      local test = analysed("corpus/test/corpus.jsonl")
      assert.are.equal(ref.build(test):tojson(), kn.timeline.build(test):tojson())
      assert.are.equal(ref.build(synthetic):tojson(), kn.timeline.build(synthetic):tojson())
    end)

    it("makes the same tables (entries, conflicts, entities)", function()
      local a, b = ref.build(synthetic), kn.timeline.build(synthetic)
      assert.same(a:totable(), b:totable())
      assert.same(a:conflicts(), b:conflicts())
      assert.are.equal(tostring(a), tostring(b))
      assert.are.equal(#a, #b)
    end)

    it("merges random partitions of the synthetic corpus as the reference does", function()
      local r = rng(99)
      local parts = {}
      for i = 1, 4 do parts[i] = {} end
      for _, d in ipairs(shuffled(synthetic, r)) do local p = parts[r(4)]; p[#p + 1] = d end
      local partial = {}
      for i, p in ipairs(parts) do partial[i] = json.decode(ref.build(p):tojson()) end
      local want = ref.merge(partial):tojson()
      assert.are.equal(want, kn.timeline.merge(shuffled(partial, r)):tojson())
      assert.are.equal(want, kn.timeline.build(synthetic):tojson())
    end)
  end)

  describe("with bad input", function()
    local function doc(events, mentions)
      return { id = "d1", source = "S", published = "2024-01-02", mentions = mentions or {}, events = events }
    end
    local ev = { id = "d1#1", type = "meeting", modality = "occurred", date = "2024-01-02",
      participants = { "org/nato" }, sentence = 1 }

    it("names the document and the field", function()
      local b = kn.timeline.builder()
      assert.has_error(function() b:add { events = {} } end,
        "timeline: document: id is missing (expected a string)")
      local bad = { id = "d1#1", type = 3, modality = "occurred" }
      assert.has_error(function() b:add(doc { bad }) end,
        "timeline: document 'd1': events[1].type is number (expected a string)")
      assert.has_error(function() b:add(doc { { id = "d1#1", type = "call", modality = "occurred",
        participants = { "a", false } } }) end,
        "timeline: document 'd1': events[1].participants[2] is boolean (expected a string)")
      assert.has_error(function() b:add(doc({ ev }, { { type = "PERSON", entity = 5 } })) end,
        "timeline: document 'd1': mentions[1].entity is number (expected a string or null)")
      assert.has_error(function() b:add(doc({ ev }, { "x" })) end,
        "timeline: document 'd1': mentions[1] is string (expected a table)")
      -- a trigger's offsets are checked whether or not the document has a
      -- meeting mention to match them with (only then are they read)
      local trig = { id = "d1#1", type = "meeting", modality = "occurred", trigger = { text = "met", start = "5" } }
      assert.has_error(function() b:add(doc { trig }) end,
        "timeline: document 'd1': events[1].trigger.start is string (expected a number or null)")
      local meet = { type = "MEETING", entity = "meeting/m", text = "the summit", sentence = 1, start = 1, stop = 10 }
      assert.has_error(function() b:add(doc({ trig }, { meet })) end,
        "timeline: document 'd1': events[1].trigger.start is string (expected a number or null)")
      -- nothing of a rejected document was kept
      assert.are.equal(0, #b)
      b:add(doc { ev })
      assert.are.equal(1, #b)
      assert.are.equal(1, #b:finish())
    end)

    it("names the part and the mention of a partial timeline", function()
      local t = json.decode(kn.timeline.build { doc { ev } }:tojson())
      t.events[1].mentions[1].type = nil
      assert.has_error(function() kn.timeline.merge { {}, t } end,
        "partial timeline 2: events[1].mentions[1].type is missing (expected a string)")
      t.events[1].mentions[1].type = "meeting"
      t.events[1].mentions[1].aliases = { "x" }
      assert.has_error(function() kn.timeline.merge { t } end,
        "partial timeline 1: events[1].mentions[1].aliases is number (expected string keys)")
      t.events[1].mentions[1].aliases = json.null
      assert.are.equal(1, #kn.timeline.merge { t })
      assert.has_error(function() kn.timeline.merge { 5 } end, "partial timeline 1 is a number (expected a table or a string)")
      -- hand-written entries without records (spec/fixtures) cannot be merged
      local fixture = json.decode(require("helpers").read("spec/fixtures/timeline-a.json"))
      assert.has_error(function() kn.timeline.merge { fixture } end,
        "partial timeline 1: events[1].mentions[1].type is missing (expected a string)")
    end)

    it("rejects an entry whose type is no event type", function()
      local b = kn.timeline.builder()
      b:add(doc { { id = "d1#1", type = "parade", modality = "occurred", participants = { "org/nato" } } })
      assert.has_error(function() b:finish() end, "timeline: unknown event type 'parade'")
    end)
  end)

  describe("entries as tables", function()
    it("are made on first use and written as they are then", function()
      local tl = kn.timeline.build(recs)
      local text = tl:tojson()
      assert.are.equal(text, whole)
      local e = tl:entries()[1]
      assert.are.equal(json.decode(whole).events[1].id, e.id)
      assert.are.equal(text, tl:tojson())            -- from the tables now: the same bytes
      e.title = "changed"
      assert.matches('"title":"changed"', tl:tojson())
    end)

    it("keeps the builder usable after finish", function()
      local b = kn.timeline.builder()
      for i = 1, 10 do b:add(recs[i]) end
      local first = b:finish()
      for i = 11, #recs do b:add(recs[i]) end
      assert.are.equal(whole, b:finish():tojson())
      assert.are.equal(kn.timeline.build({ table.unpack(recs, 1, 10) }):tojson(), first:tojson())
    end)

    it("reads a Document's records from the core as it reads them from its extract record", function()
      -- Documents go through store:add_doc (the core's arrays), their
      -- decoded extract records through store:add (Lua tables): the same
      -- bytes, on the development, test and synthetic corpora
      local function docs_of(path)
        local out = {}
        for line in io.lines(path) do
          local r = json.decode(line)
          out[#out + 1] = kn.analyze(r.text, { id = r.id, published = r.published, source = r.source,
            title = r.title })
        end
        return out
      end
      assert.are.equal(whole, kn.timeline.build(docs_of("corpus/corpus.jsonl")):tojson())
      local test = docs_of("corpus/test/corpus.jsonl")
      assert.are.equal(kn.timeline.build(corpus_records("corpus/test/corpus.jsonl")):tojson(),
        kn.timeline.build(test):tojson())
      local h = assert(io.popen("lua5.4 bench/gen_corpus.lua 0.4 7"))
      local syn_docs, syn_recs = {}, {}
      for line in h:read("a"):gmatch("[^\n]+") do
        local r = json.decode(line)
        local d = kn.analyze(r.text, { id = r.id, published = r.published, source = r.source })
        syn_docs[#syn_docs + 1] = d
        syn_recs[#syn_recs + 1] = json.decode(d:tojson())
      end
      h:close()
      assert.is_true(#syn_docs > 100)
      assert.are.equal(kn.timeline.build(syn_recs):tojson(), kn.timeline.build(syn_docs):tojson())
    end)

    it("takes a Document's changed events and its user rules' events from its record", function()
      local text = "South Korean Foreign Minister Cho Tae-yul met NATO Secretary General Mark Rutte "
        .. "in Brussels on Monday. The allies will hold a cyber drill called Shield Wall on Friday."
      local meta = { id = "ch-1", published = "2024-11-06", source = "Namsan Herald" }
      local plain = kn.timeline.build({ kn.analyze(text, meta) })
      assert.are.equal(kn.timeline.build({ json.decode(kn.analyze(text, meta):tojson()) }):tojson(), plain:tojson())
      -- an event table the caller changed is read as changed
      local d = kn.analyze(text, meta)
      d:events()[1].date = "2024-11-05"
      local changed = kn.timeline.build({ d }):tojson()
      assert.are_not.equal(plain:tojson(), changed)
      assert.truthy(changed:find('"2024-11-05"', 1, true))
      -- a user rule's event is in the timeline
      kn.rules.clear()
      kn.rules.add { name = "drill", pattern = "cyber drill", event = { type = "exercise" } }
      local ok, err = pcall(function()
        local tl = kn.timeline.build({ kn.analyze(text, meta) })
        local types = {}
        for _, e in ipairs(tl:entries()) do types[e.type] = true end
        assert.is_true(types.exercise)
        assert.is_true(types.meeting)
      end)
      kn.rules.clear()
      assert(ok, err)
    end)

    it("gives a document's records", function()
      local rs, ents = kn.timeline.records(recs[1])
      assert.is_true(#rs >= 1)
      assert.are.equal(recs[1].id, rs[1].doc)
      assert.are.equal(recs[1].events[1].id, rs[1].event)
      assert.is_table(rs[1].participants)
      assert.is_nil(getmetatable(rs[1].participants))
      for id, e in pairs(ents) do assert.is_string(id); assert.is_string(e.name) end
    end)
  end)

  describe("on contradicting sources", function()
    local docs = {
      { id = "w1", source = "Wire One", published = "2024-10-30",
        text = "South Korean Defense Minister Kim Yong-hyun and U.S. Defense Secretary Lloyd Austin held talks "
          .. "at the Pentagon on Wednesday." },
      { id = "w2", source = "Paper Two", published = "2024-10-31",
        text = "South Korean Defense Minister Kim Yong Hwan and Lloyd Austin held talks at the Pentagon on "
          .. "Wednesday, officials said." },
      { id = "w3", source = "Site Three", published = "2024-11-01",
        text = "Kim Yong-hyun and Lloyd Austin held talks in Seoul on Thursday." },
    }

    local function build()
      local d = {}
      for i, x in ipairs(docs) do d[i] = kn.analyze(x.text, x) end
      return kn.timeline.build(d)
    end

    it("merges the reports into one entry with all sources", function()
      local tl = build()
      local e = tl:entries()[1]
      assert.are.equal(1, #tl:dated())
      assert.same({ "Paper Two", "Site Three", "Wire One" }, e.sources)
      assert.are.equal("2024-10-30", e.date)
      assert.are.equal("2024-10-30", e.first_reported)
      assert.same({ "person/kim-yong-hyun", "person/lloyd-austin" }, e.participants)
    end)

    it("flags the date, the place and the name the sources disagree on", function()
      local got = {}
      for _, c in ipairs(build():conflicts()) do got[c.field] = c.values end
      assert.same({ ["2024-10-30"] = { "w1", "w2" }, ["2024-10-31"] = { "w3" } }, got.date)
      assert.same({ ["location/pentagon"] = { "w1", "w2" }, ["location/seoul"] = { "w3" } }, got.location)
      assert.same({ ["Kim Yong Hwan"] = { "w2" }, ["Kim Yong-hyun"] = { "w1", "w3" } }, got.name)
      assert.same({ ["person/kim-yong-hwan"] = { "w2" }, ["person/kim-yong-hyun"] = { "w1", "w3" } }, got.participants)
    end)

    it("prints usefully", function()
      assert.are.equal("Timeline (1 entries, 0 undated, 4 conflicts)", tostring(build()))
    end)

    it("does not call one report of a drill over several days a contradiction", function()
      local text = "South Korea and the United States began joint drills on Monday, the Joint Chiefs of Staff said. "
        .. "The allies continued the drills on Tuesday near the border."
      local one = kn.timeline.build { kn.analyze(text, { id = "d1", source = "Wire One", published = "2025-03-12" }) }
      local e = one:entries()[1]
      assert.are.equal("exercise", e.type)
      assert.are.equal(2, #e.mentions)
      assert.are.equal(0, #one:conflicts())
      -- a second outlet that gives only another day does disagree
      local two = kn.timeline.build {
        kn.analyze(text, { id = "d1", source = "Wire One", published = "2025-03-12" }),
        kn.analyze("South Korea and the United States began joint drills on Sunday, the military said.",
          { id = "d2", source = "Paper Two", published = "2025-03-12" }),
      }
      local dates
      for _, c in ipairs(two:conflicts()) do if c.field == "date" then dates = c.values end end
      assert.is_table(dates)
      assert.same({ "d2" }, dates["2025-03-09"])
    end)
  end)

  describe("clustering across outlets", function()
    -- the entry of each event (by id) after building the documents
    local function entries_of(docs)
      local d = {}
      for i, x in ipairs(docs) do d[i] = kn.analyze(x.text, x) end
      local at = {}
      for n, e in ipairs(kn.timeline.build(d):entries()) do
        for _, m in ipairs(e.mentions) do at[m.event] = n end
      end
      return at
    end

    it("keeps a deployment reported without a date in one entry with its actor", function()
      local at = entries_of {
        { id = "d1", source = "Wire One", published = "2024-10-18",
          text = "North Korea has sent about 1,500 special forces troops to Russia, South Korea's spy agency said on Friday." },
        { id = "d2", source = "Paper Two", published = "2024-10-25",
          text = "Ukrainian intelligence chief Kyrylo Budanov said the first North Korean units sent to Russia had "
            .. "reached the front, and U.S. officials said Washington was studying the deployment of North Korean soldiers." },
      }
      assert.are.equal(at["d1#1"], at["d2#1"])
      assert.are.equal(at["d1#1"], at["d2#2"])
    end)

    it("puts a test its tester is told with by its month in the entry of the day inside that month", function()
      local at = entries_of {
        { id = "d1", source = "Wire One", published = "2023-04-14",
          text = "North Korea fired a new solid-fuel Hwasong-18 intercontinental ballistic missile on Thursday, "
            .. "South Korea's military said." },
        { id = "d2", source = "Paper Two", published = "2023-07-12",
          text = "North Korea first tested the Hwasong-18 in April and fired it again on Wednesday, "
            .. "the Joint Chiefs of Staff said." },
        { id = "d3", source = "Paper Three", published = "2023-07-13",
          text = "Pyongyang launched its first Hwasong-18 in April, state media said." },
        -- a forecast test tells no test of its own; a year holds a series
        { id = "d4", source = "Paper Four", published = "2023-03-30",
          text = "North Korea is expected to test a new solid-fuel missile in April, South Korea's spy agency said." },
        { id = "d5", source = "Paper Five", published = "2023-12-20",
          text = "North Korea launched five intercontinental ballistic missiles in 2023, the Joint Chiefs of Staff said." },
      }
      assert.are.equal(at["d1#1"], at["d2#1"])
      assert.are.equal(at["d1#1"], at["d3#1"])
      assert.are_not.equal(at["d1#1"], at["d2#2"])
      assert.are_not.equal(at["d1#1"], at["d4#1"])
      assert.are_not.equal(at["d1#1"], at["d5#1"])
    end)

    it("does not place a test by its tester and month in a month its tester tested on two days", function()
      local at = entries_of {
        { id = "d1", source = "Wire One", published = "2023-04-14",
          text = "North Korea fired a new solid-fuel Hwasong-18 intercontinental ballistic missile on Thursday, "
            .. "South Korea's military said." },
        { id = "d2", source = "Paper Two", published = "2023-04-23",
          text = "North Korea fired two cruise missiles into the sea on Saturday, the Joint Chiefs of Staff said." },
        { id = "d3", source = "Paper Three", published = "2023-05-02",
          text = "North Korea's April test of a cruise missile showed new capabilities, analysts said." },
      }
      -- the month's test is the 13th's or the 22nd's: nothing tells which
      assert.is_number(at["d3#1"])
      assert.are_not.equal(at["d1#1"], at["d2#1"])
      assert.are_not.equal(at["d1#1"], at["d3#1"])
      assert.are_not.equal(at["d2#1"], at["d3#1"])
    end)

    it("does not place a joint test by one of its testers and the month in that tester's test", function()
      local at = entries_of {
        { id = "d1", source = "Wire One", published = "2023-04-14",
          text = "North Korea fired a new solid-fuel Hwasong-18 intercontinental ballistic missile on Thursday, "
            .. "South Korea's military said." },
        { id = "d2", source = "Paper Two", published = "2023-05-02",
          text = "Russia and North Korea conducted a joint missile test in April, Seoul said." },
        { id = "d3", source = "Paper Three", published = "2023-07-13",
          text = "Pyongyang launched its first Hwasong-18 in April, state media said." },
      }
      assert.are.equal(at["d1#1"], at["d3#1"])
      assert.is_number(at["d2#1"])
      assert.are_not.equal(at["d1#1"], at["d2#1"])
    end)

    it("counts no observer told with a test as a tester of that day", function()
      local at = entries_of {
        { id = "d1", source = "Wire One", published = "2023-04-04",
          text = "South Korea test-fired its L-SAM long-range surface-to-air missile on April 3, the Defense Ministry said." },
        { id = "d2", source = "Paper Two", published = "2023-05-03",
          text = "South Korea fired an L-SAM interceptor missile in April, analysts said." },
        { id = "d3", source = "Paper Three", published = "2023-04-23",
          text = "North Korea fired two cruise missiles on April 22 as Japan and South Korea held talks, "
            .. "Japan's defense ministry said. Japan lodged a protest." },
      }
      -- South Korea tested on one day in April: the 22nd's test is North Korea's
      assert.is_number(at["d1#1"])
      assert.are.equal(at["d1#1"], at["d2#1"])
    end)

    it("does not put several tests its tester is told with by the month in the entry of one test that month", function()
      local at = entries_of {
        { id = "d1", source = "Wire One", published = "2023-04-14",
          text = "North Korea fired a new solid-fuel Hwasong-18 intercontinental ballistic missile on Thursday, "
            .. "South Korea's military said." },
        { id = "d2", source = "Paper Two", published = "2023-07-13",
          text = "Pyongyang launched its first Hwasong-18 in April, state media said." },
        { id = "d3", source = "Paper Three", published = "2023-05-02",
          text = "North Korea conducted several missile tests in April, the Joint Chiefs of Staff said." },
        { id = "d4", source = "Paper Four", published = "2023-05-03",
          text = "North Korea carried out a series of ballistic missile launches last month, Seoul said." },
      }
      assert.are.equal(at["d1#1"], at["d2#1"])
      assert.is_number(at["d3#1"])
      assert.is_number(at["d4#1"])
      assert.are_not.equal(at["d1#1"], at["d3#1"])
      assert.are_not.equal(at["d1#1"], at["d4#1"])
    end)

    it("does not chain a forecast test to a test that happened through a mention by the month", function()
      local at = entries_of {
        { id = "d1", source = "Wire One", published = "2023-03-30",
          text = "North Korea is expected to test a new solid-fuel missile in April, South Korea's spy agency said." },
        { id = "d2", source = "Paper Two", published = "2023-04-14",
          text = "North Korea fired a new solid-fuel Hwasong-18 intercontinental ballistic missile on Thursday, "
            .. "South Korea's military said." },
        { id = "d3", source = "Paper Three", published = "2023-07-13",
          text = "Pyongyang launched its first Hwasong-18 in April, state media said." },
      }
      -- d1#1, planned for April, is first in the clustering's order: the
      -- month's mention d3#1 must not join it, nor the day's d2#1 through it
      assert.is_number(at["d1#1"])
      assert.are.equal(at["d2#1"], at["d3#1"])
      assert.are_not.equal(at["d1#1"], at["d2#1"])
    end)

    it("knows a summit by its place, whoever each outlet says took part, but not a bilateral called a summit", function()
      local at = entries_of {
        { id = "d1", source = "Wire One", published = "2024-03-29",
          text = "The ministers will also prepare the alliance's summit in Washington in July, "
            .. "which marks NATO's 75th anniversary." },
        { id = "d2", source = "Paper Two", published = "2024-07-05",
          text = "President Yoon Suk Yeol will attend the NATO summit in Washington next week, his office said on Friday." },
        { id = "d3", source = "Paper Three", published = "2024-07-10",
          text = "NATO leaders opened their 75th-anniversary summit in Washington on Tuesday." },
        { id = "d4", source = "Paper Four", published = "2024-07-12",
          text = "Yoon Suk Yeol and U.S. President Joe Biden held a summit in Washington on Thursday "
            .. "and adopted joint guidelines on nuclear deterrence." },
        { id = "d5", source = "Paper Five", published = "2024-07-12",
          text = "Japanese Prime Minister Fumio Kishida will hold a summit in Tokyo in July with Pacific island leaders." },
      }
      assert.are.equal(at["d1#1"], at["d2#1"])
      assert.are.equal(at["d1#1"], at["d3#1"])
      assert.are_not.equal(at["d1#1"], at["d4#1"])
      assert.are_not.equal(at["d1#1"], at["d5#1"])
    end)

    it("does not know by its place a summit told with two countries and no body, a counterpart named", function()
      local at = entries_of {
        { id = "d1", source = "Wire One", published = "2024-03-29",
          text = "The ministers will also prepare the alliance's summit in Washington in July, "
            .. "which marks NATO's 75th anniversary." },
        { id = "d2", source = "Paper Two", published = "2024-07-10",
          text = "NATO leaders opened their 75th-anniversary summit in Washington on Tuesday." },
        { id = "d3", source = "Paper Three", published = "2024-07-10",
          text = "President Yoon Suk Yeol held a bilateral summit with Japan in Washington on Tuesday." },
        { id = "d4", source = "Paper Four", published = "2024-07-10",
          text = "South Korea and Japan held a summit in Washington on Tuesday, Seoul's presidential office said." },
      }
      assert.are.equal(at["d1#1"], at["d2#1"])
      assert.is_number(at["d3#1"])
      assert.is_number(at["d4#1"])
      assert.are_not.equal(at["d1#1"], at["d3#1"])
      assert.are_not.equal(at["d1#1"], at["d4#1"])
    end)

    it("knows by its place a named summit two countries attended", function()
      local at = entries_of {
        { id = "v1", source = "Wire One", published = "2023-07-11",
          text = "NATO leaders opened their summit in Vilnius on Tuesday." },
        { id = "v2", source = "Paper Two", published = "2023-07-12",
          text = "South Korea and Japan joined the NATO summit in Vilnius on Tuesday, Seoul said." },
      }
      assert.is_number(at["v1#1"])
      assert.are.equal(at["v1#1"], at["v2#1"])
    end)

    it("does not know by its place a summit the day after another summit in the city", function()
      local at = entries_of {
        { id = "b1", source = "Wire One", published = "2021-06-14",
          text = "NATO leaders opened their summit in Brussels on Monday." },
        { id = "b2", source = "Paper Two", published = "2021-06-15",
          text = "The European Union and the United States held a summit in Brussels on Tuesday." },
        { id = "b3", source = "Paper Three", published = "2021-06-15",
          text = "U.S. President Joe Biden and European Union leaders held a summit in Brussels on Tuesday." },
      }
      assert.are.equal(at["b2#1"], at["b3#1"])
      assert.is_number(at["b1#1"])
      assert.are_not.equal(at["b1#1"], at["b2#1"])
    end)

    it("does not know by its place the summit of a cast of people in the city of a larger summit", function()
      local at = entries_of {
        { id = "d1", source = "Wire One", published = "2024-03-29",
          text = "The ministers will also prepare the alliance's summit in Washington in July, "
            .. "which marks NATO's 75th anniversary." },
        { id = "d2", source = "Paper Two", published = "2024-07-10",
          text = "NATO leaders opened their 75th-anniversary summit in Washington on Tuesday." },
        { id = "d3", source = "Paper Three", published = "2024-07-10",
          text = "Yoon Suk Yeol, Christopher Luxon and Australian Deputy Prime Minister Richard Marles "
            .. "held a summit in Washington on Tuesday." },
      }
      assert.are.equal(at["d1#1"], at["d2#1"])
      assert.are_not.equal(at["d1#1"], at["d3#1"])
    end)

    it("reads 'the summit' as no named summit its document dates to other days", function()
      local at = entries_of {
        { id = "d1", source = "Wire One", published = "2025-06-22",
          text = "President Lee Jae-myung will not attend the NATO summit in The Hague this week, his office said on Sunday. "
            .. "Lee had hoped to meet Donald Trump at the Group of Seven summit in Canada last week. "
            .. "National Security Adviser Wi Sung-lac will represent Lee at the summit, which runs from Tuesday to Wednesday." },
        { id = "d2", source = "Paper Two", published = "2025-06-25",
          text = "Wi Sung-lac attended the NATO summit in The Hague on Tuesday, the presidential office said." },
      }
      -- d1#1: the Group of Seven summit, last week; d1#2: "the summit" Wi attends
      assert.are.equal(at["d1#2"], at["d2#1"])
      assert.are_not.equal(at["d1#1"], at["d1#2"])
    end)

    it("reads 'the summit' as no named summit its document places elsewhere", function()
      local at = entries_of {
        { id = "d1", source = "Wire One", published = "2023-07-03",
          text = "President Yoon Suk Yeol will attend the NATO summit in Vilnius. "
            .. "He will then hold a summit in Warsaw on July 12, his office said." },
        { id = "d2", source = "Paper Two", published = "2023-07-11",
          text = "NATO leaders opened the NATO summit in Vilnius on Tuesday." },
      }
      -- d1#2: the summit in Warsaw, the day after the NATO summit opened
      assert.is_number(at["d1#2"])
      assert.are_not.equal(at["d1#2"], at["d2#1"])
    end)

    it("keeps planned talks its sentence sets at a named meeting out of the meeting when they name others", function()
      local at = entries_of {
        { id = "t1", source = "Wire One", published = "2024-05-29",
          text = "Defense Minister Shin Won-sik will travel to Singapore this week for the Shangri-La Dialogue, "
            .. "where he is expected to hold talks with his Japanese and Australian counterparts." },
        { id = "t2", source = "Paper Two", published = "2024-06-02",
          text = "Shin Won-sik spoke at the Shangri-La Dialogue in Singapore on Saturday." },
      }
      assert.are_not.equal(at["t1#2"], at["t2#1"])
    end)

    it("keeps a session of a body out of planned side talks its sentence sets at a named meeting", function()
      local at = entries_of {
        { id = "s1", source = "Wire One", published = "2022-06-27",
          text = "President Yoon Suk Yeol will travel to Madrid this week for the NATO summit, "
            .. "where he is expected to hold three-way talks with his American and Japanese counterparts." },
        { id = "s2", source = "Paper Two", published = "2022-06-30",
          text = "Yoon Suk Yeol attended a session of NATO with the leaders of Australia, Japan and New Zealand on Wednesday." },
        { id = "s3", source = "Wire Three", published = "2022-06-30",
          text = "Yoon Suk Yeol, U.S. President Joe Biden and Japanese Prime Minister Fumio Kishida held three-way "
            .. "talks in Madrid on Wednesday." },
      }
      assert.are_not.equal(at["s1#2"], at["s2#1"])
      assert.are.equal(at["s1#2"], at["s3#1"])
      assert.are_not.equal(at["s2#1"], at["s3#1"])
    end)

    it("keeps a gathering told with a body only out of the cast's talks its sentence places on its margins", function()
      local at = entries_of {
        { id = "g1", source = "Wire One", published = "2022-06-29",
          text = "MADRID, June 29 -- The leaders of South Korea, the United States and Japan met in Madrid on Wednesday. "
            .. "President Yoon Suk Yeol, U.S. President Joe Biden and Japanese Prime Minister Fumio Kishida sat down "
            .. "at the IFEMA convention centre on the margins of a gathering of NATO leaders and the alliance's partner "
            .. "countries." },
      }
      assert.are.equal(at["g1#1"], at["g1#2"])
      assert.is_number(at["g1#3"])
      assert.are_not.equal(at["g1#2"], at["g1#3"])
    end)

    it("reads a plural trigger as meetings of their own, not the named meeting told before", function()
      local at = entries_of {
        { id = "m1", source = "Wire One", published = "2024-10-28",
          text = "Defense Minister Kim Yong-hyun will attend the Security Consultative Meeting at the Pentagon on "
            .. "Wednesday. On the sidelines, Kim plans separate meetings with Japanese Defense Minister Gen Nakatani." },
      }
      assert.are_not.equal(at["m1#1"], at["m1#2"])
    end)

    it("puts a briefing given to a council in the council's session that day", function()
      local at = entries_of {
        { id = "b1", source = "Wire One", published = "2024-10-28",
          text = "A South Korean delegation briefed NATO's North Atlantic Council in Brussels on Monday on North "
            .. "Korean troops in Russia." },
        { id = "b2", source = "Paper Two", published = "2024-10-29",
          text = "NATO's North Atlantic Council heard South Korean intelligence officials in a session in Brussels on Monday." },
      }
      assert.are.equal(at["b1#1"], at["b2#1"])
    end)

    it("puts a mention that names nobody in the entry its own document reports that day", function()
      local at = entries_of {
        { id = "c1", source = "Wire One", published = "2024-10-30",
          text = "South Korean Defense Minister Kim Yong-hyun and U.S. Defense Secretary Lloyd Austin held talks "
            .. "at the Pentagon on Wednesday." },
        { id = "c2", source = "Paper Two", published = "2024-10-31",
          text = "Kim Yong-hyun and Lloyd Austin met at the Pentagon on Wednesday. North Korea's troop dispatch to "
            .. "Russia dominated the annual meeting on Wednesday, officials said." },
      }
      assert.are.equal(at["c1#1"], at["c2#1"])
      assert.are.equal(at["c1#1"], at["c2#3"])
      assert.are_not.equal(at["c1#1"], at["c2#2"])
    end)

    it("keeps meetings of one leader with different people apart, on the same day and in the same city", function()
      local at = entries_of {
        { id = "v1", source = "Wire One", published = "2023-07-12",
          text = "President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Vilnius on Wednesday on the "
            .. "sidelines of the NATO summit." },
        { id = "v2", source = "Paper Two", published = "2023-07-13",
          text = "Yoon Suk Yeol met NATO Secretary General Jens Stoltenberg in Vilnius on Wednesday." },
        { id = "v3", source = "Site Three", published = "2023-07-13",
          text = "Yoon Suk Yeol and Fumio Kishida held talks in Vilnius on Wednesday." },
      }
      assert.are.equal(at["v1#1"], at["v3#1"])
      assert.are_not.equal(at["v1#1"], at["v2#1"])
    end)

    it("keeps apart the meetings a document dates on neighbouring days", function()
      local at = entries_of {
        { id = "s1", source = "Wire One", published = "2023-11-13",
          text = "South Korean Defense Minister Shin Won-sik and U.S. Defense Secretary Lloyd Austin held talks in "
            .. "Seoul on Monday." },
        { id = "s2", source = "Paper Two", published = "2023-11-14",
          text = "Shin Won-sik and Lloyd Austin held talks in Seoul on Monday. On Tuesday, Shin Won-sik and Lloyd "
            .. "Austin met again at a ministerial meeting with the United Nations Command." },
      }
      assert.are.equal(at["s1#1"], at["s2#1"])
      assert.are_not.equal(at["s1#1"], at["s2#2"])
    end)

    it("dates a month's meeting by the day its own document gives it", function()
      local at = entries_of {
        { id = "p1", source = "Wire One", published = "2024-06-20",
          text = "Shin Won-sik will hold talks with Japanese Defense Minister Minoru Kihara in Tokyo in July 2024, "
            .. "the ministry said. The meeting is scheduled for July 28." },
      }
      assert.are.equal(at["p1#1"], at["p1#2"])
    end)

    it("puts an undated mention that names nobody in the entry its own document reports", function()
      local at = entries_of {
        { id = "n1", source = "Wire One", published = "2024-10-18",
          text = "North Korea has sent about 1,500 special forces troops to Russia, the National Intelligence "
            .. "Service said on Friday. The soldiers are now stationed in the Russian Far East." },
      }
      assert.are.equal(at["n1#1"], at["n1#2"])
    end)

    it("puts an undated mention in the entry of the day before its report when it shares the cast", function()
      local briefed = { id = "r1", source = "Wire One", published = "2024-10-28",
        text = "A South Korean delegation briefed NATO in Brussels on Monday on North Korean troops in Russia." }
      local attended = "Japan also attended the briefing by South Korean intelligence officials, a diplomat said."
      local at = entries_of { briefed, { id = "r2", source = "Paper Two", published = "2024-10-29", text = attended } }
      assert.are.equal(at["r1#1"], at["r2#2"])
      -- weeks later, the same words are not enough
      at = entries_of { briefed, { id = "r3", source = "Site Three", published = "2024-11-20", text = attended } }
      assert.are_not.equal(at["r1#1"], at["r3#2"])
    end)

    it("keeps in the entry an outlet that names more parties to the meeting", function()
      local at = entries_of {
        { id = "t1", source = "Wire One", published = "2024-10-30",
          text = "South Korean Defense Minister Kim Yong-hyun met U.S. Defense Secretary Lloyd Austin at the Pentagon "
            .. "on Wednesday." },
        { id = "t2", source = "Paper Two", published = "2024-10-31",
          text = "Kim Yong-hyun held talks at the Pentagon on Wednesday with officials of NATO, Japan and Australia." },
      }
      assert.are.equal(at["t1#1"], at["t2#1"])
    end)

    it("keeps apart two calls of one leader on one day with different people", function()
      local at = entries_of {
        { id = "k1", source = "Wire One", published = "2024-10-21",
          text = "President Yoon Suk Yeol held a phone call with NATO Secretary General Mark Rutte on Monday." },
        { id = "k2", source = "Paper Two", published = "2024-10-22",
          text = "Yoon Suk Yeol held a phone call with Japanese Prime Minister Shigeru Ishiba on Monday." },
        { id = "k3", source = "Site Three", published = "2024-10-22",
          text = "Mark Rutte and Yoon Suk Yeol spoke by phone on Monday." },
      }
      assert.are.equal(at["k1#1"], at["k3#1"])
      assert.are_not.equal(at["k1#1"], at["k2#1"])
    end)

    it("keeps apart undated mentions reported a year apart", function()
      local at = entries_of {
        { id = "u1", source = "Wire One", published = "2023-07-10",
          text = "Yoon Suk Yeol will hold talks with Fumio Kishida, his office said." },
        { id = "u2", source = "Paper Two", published = "2023-07-11",
          text = "Yoon Suk Yeol plans talks with Fumio Kishida, officials said." },
        { id = "u3", source = "Site Three", published = "2024-07-05",
          text = "Yoon Suk Yeol will hold talks with Fumio Kishida, his office said." },
      }
      assert.are.equal(at["u1#1"], at["u2#1"])
      assert.are_not.equal(at["u1#1"], at["u3#1"])
    end)

    it("keeps a leader's meeting with another out of the summit entry that does not name it", function()
      local at = entries_of {
        { id = "w1", source = "Wire One", published = "2024-07-05",
          text = "President Yoon Suk Yeol will attend the NATO summit in Washington next week, his office said. "
            .. "Yoon will also meet NATO Secretary General Jens Stoltenberg, the office said." },
        { id = "w2", source = "Paper Two", published = "2024-07-10",
          text = "Yoon Suk Yeol attended the NATO summit in Washington on Tuesday." },
      }
      assert.are.equal(at["w1#1"], at["w2#1"])
      assert.are_not.equal(at["w1#1"], at["w1#2"])
    end)

    it("keeps a leader's meeting told beside the summit in one sentence out of the summit entry", function()
      local at = entries_of {
        { id = "l1", source = "Wire One", published = "2023-07-11",
          text = "Leaders of the alliance opened the NATO summit in Vilnius on Tuesday." },
        { id = "l2", source = "Paper Two", published = "2023-07-12",
          text = "President Yoon Suk Yeol met NATO Secretary General Jens Stoltenberg in Vilnius on Tuesday "
            .. "on the sidelines of the NATO summit." },
      }
      assert.are_not.equal(at["l1#1"], at["l2#1"])
    end)

    it("does not name an entry by a meeting one of its mentions only takes from its sentence", function()
      local at = entries_of {
        { id = "m1", source = "Wire One", published = "2024-04-04",
          text = "Foreign Minister Cho Tae-yul and Belgian Foreign Minister Hadja Lahbib met in Brussels on Thursday." },
        { id = "m2", source = "Paper Two", published = "2024-04-04",
          text = "The NATO foreign ministers' meeting opened in Brussels on Thursday." },
        { id = "m3", source = "Site Three", published = "2024-04-05",
          text = "Cho Tae-yul held talks with Hadja Lahbib in Brussels on Thursday on the sidelines of the NATO "
            .. "foreign ministers' meeting." },
        { id = "m4", source = "Wire Four", published = "2024-04-05",
          text = "NATO foreign ministers gathered in Brussels on Thursday for the NATO foreign ministers' meeting." },
      }
      assert.are.equal(at["m1#1"], at["m3#1"])
      assert.are.equal(at["m2#1"], at["m4#1"])
      assert.are_not.equal(at["m1#1"], at["m4#1"])
    end)

    it("keeps a session the day after a summit apart when it does not name the summit", function()
      local at = entries_of {
        { id = "x1", source = "Wire One", published = "2023-07-11",
          text = "President Yoon Suk Yeol attended the NATO summit in Vilnius on Tuesday." },
        { id = "x2", source = "Paper Two", published = "2023-07-13",
          text = "Yoon Suk Yeol attended a session with the leaders of Japan, Australia and New Zealand in Vilnius "
            .. "on Wednesday." },
      }
      assert.are_not.equal(at["x1#1"], at["x2#1"])
    end)

    it("keeps a named meeting's days when one outlet dates it a day late", function()
      local at = entries_of {
        { id = "m1", source = "Wire One", published = "2024-10-30",
          text = "South Korean Defense Minister Kim Yong-hyun and U.S. Defense Secretary Lloyd Austin held the Security "
            .. "Consultative Meeting at the Pentagon on Wednesday." },
        { id = "m2", source = "Paper Two", published = "2024-10-31",
          text = "Kim Yong-hyun and Lloyd Austin held the Security Consultative Meeting at the Pentagon on Thursday." },
        { id = "m3", source = "Site Three", published = "2024-11-01",
          text = "Kim Yong-hyun, Lloyd Austin, Cho Tae-yul and Antony Blinken held talks in Washington on Thursday." },
      }
      assert.are.equal(at["m1#1"], at["m2#1"])
      assert.are_not.equal(at["m1#1"], at["m3#1"])
    end)

    it("puts an undated preview in the entry of the event it announces days later", function()
      local at = entries_of {
        { id = "q1", source = "Wire One", published = "2025-04-01",
          text = "Foreign Minister Cho Tae-yul will hold a trilateral meeting with U.S. Secretary of State Marco Rubio "
            .. "and Japanese Foreign Minister Takeshi Iwaya, the ministry said." },
        { id = "q2", source = "Paper Two", published = "2025-04-03",
          text = "Cho Tae-yul, Marco Rubio and Takeshi Iwaya met in Brussels on Thursday." },
      }
      assert.are.equal(at["q1#1"], at["q2#1"])
    end)

    it("keeps in one entry the days of an exercise its own document tells", function()
      local at = entries_of {
        { id = "f1", source = "Wire One", published = "2025-03-14",
          text = "South Korea and the United States began the Freedom Shield exercise on Monday. "
            .. "South Korean and U.S. troops staged river-crossing drills on Thursday as part of the exercise." },
      }
      assert.are.equal(at["f1#1"], at["f1#2"])
    end)

    it("keeps apart troops sent to a country and to a region inside it", function()
      local at = entries_of {
        { id = "k1", source = "Wire One", published = "2024-10-18",
          text = "North Korea has deployed about 1,500 special forces troops in Russia, South Korea's spy agency said on Friday." },
        { id = "k2", source = "Paper Two", published = "2024-10-29",
          text = "North Korean troops have been deployed in the Kursk region, NATO Secretary General Mark Rutte said on Monday." },
        { id = "k3", source = "Wire Three", published = "2024-10-20",
          text = "North Korea deployed special forces troops in Russia, officials said on Sunday." },
      }
      assert.are.equal(at["k1#1"], at["k3#1"])
      assert.are_not.equal(at["k1#1"], at["k2#1"])
    end)

    it("does not let an undated mention in an entry draw others in by its participants", function()
      local at = entries_of {
        { id = "n1", source = "Wire One", published = "2024-10-28",
          text = "A South Korean delegation briefed NATO's North Atlantic Council in Brussels on Monday on North "
            .. "Korean troops in Russia." },
        { id = "n2", source = "Paper Two", published = "2024-10-29",
          text = "The South Korean delegation also held talks with NATO and the European Union in Brussels." },
        { id = "n3", source = "Wire Three", published = "2024-10-29",
          text = "Josep Borrell held talks with European Union officials on the North Korean troops." },
      }
      assert.are.equal(at["n1#1"], at["n2#1"])
      assert.are_not.equal(at["n1#1"], at["n3#1"])
    end)
  end)

  describe("clustering rules, on extract records", function()
    -- records written here, so that the rules are tested apart from the
    -- extractor: rec("a", "2023-08-19", { ev(1, "meeting", "2023-08-18", {ids}) })
    local ev, rec = require("helpers").tl_event, require("helpers").tl_record
    local function entries_of(docs)
      local at = {}
      for n, e in ipairs(kn.timeline.build(docs):entries()) do
        for _, m in ipairs(e.mentions) do at[m.event] = n end
      end
      -- every event in an entry, or the equalities below hold of nil and nil
      for _, d in ipairs(docs) do
        for _, e in ipairs(d.events) do assert.is_number(at[e.id], e.id) end
      end
      return at
    end
    local yoon, biden, kishida = "person/yoon-suk-yeol", "person/joe-biden", "person/fumio-kishida"

    it("takes a deployment entry's place from its dated mentions, not from an undated one", function()
      local nk, ru = "country/north-korea", "country/russia"
      local at = entries_of {
        rec("a", "2024-10-30", { ev(1, "deployment", "2024-10-23", { nk }) }),
        -- undated, told before the day: a stray place that must not become the entry's
        rec("b", "2024-10-20", { ev(1, "deployment", nil, { nk }, { location = nk }) }),
        rec("c", "2024-10-30", { ev(1, "deployment", "2024-10-29", { nk }, { location = "location/kursk-region" }) }),
        -- sent to the country around the entry's place: another move
        rec("d", "2024-11-01", { ev(1, "deployment", nil, { nk }, { location = ru }) }),
      }
      assert.are.equal(at["a#1"], at["b#1"])
      assert.are.equal(at["a#1"], at["c#1"])
      assert.are_not.equal(at["a#1"], at["d#1"])
    end)

    it("keeps apart troops moved to two places neither of which contains the other", function()
      local nk, ru = "country/north-korea", "country/russia"
      local at = entries_of {
        -- carried to a port, then a fortnight on at the front: two moves,
        -- though the days are within a deployment's slack
        rec("a", "2024-10-18", { ev(1, "deployment", "2024-10-08", { nk, ru },
          { location = "location/vladivostok", date_end = "2024-10-13" }) }),
        rec("b", "2024-10-25", { ev(1, "deployment", "2024-10-23", { nk }, { location = "location/kursk-region" }) }),
        -- undated, at the front, sharing both parties with the first move
        rec("c", "2024-10-28", { ev(1, "deployment", nil, { nk, ru }, { location = "location/kursk-region" }) }),
        rec("d", "2024-10-19", { ev(1, "deployment", nil, { nk }) }),
      }
      assert.are_not.equal(at["a#1"], at["b#1"])
      assert.are.equal(at["b#1"], at["c#1"])
      assert.are.equal(at["a#1"], at["d#1"])
    end)

    it("puts troops sent to a country in the move that country takes part in, not in a move inside it", function()
      local nk, ru = "country/north-korea", "country/russia"
      local at = entries_of {
        -- Russia's ships carried them to a port in Russia: Russia is a party
        rec("a", "2024-10-18", { ev(1, "deployment", "2024-10-08", { nk, ru },
          { location = "location/vladivostok", date_end = "2024-10-13" }) }),
        rec("b", "2024-10-25", { ev(1, "deployment", "2024-10-23", { nk }, { location = "location/kursk-region" }) }),
        -- "has sent troops to Russia", undated, told weeks later, and in
        -- the document of the move to the front
        rec("c", "2024-10-30", { ev(1, "deployment", nil, { nk }, { location = ru }) }),
        rec("d", "2024-10-29", { ev(1, "deployment", nil, { nk }, { location = ru }),
          ev(2, "deployment", nil, { nk }, { location = "location/kursk-region" }) }),
      }
      assert.are_not.equal(at["a#1"], at["b#1"])
      assert.are.equal(at["a#1"], at["c#1"])
      assert.are.equal(at["a#1"], at["d#1"])
      assert.are.equal(at["b#1"], at["d#2"])
    end)

    it("draws a day's meeting into an entry known by its month when it names the entry's cast", function()
      local at = entries_of {
        -- a retrospective tells the summit by its month first (the order puts it first)
        rec("a", "2024-06-29", { ev(1, "meeting", "2023-08", { yoon, biden, kishida }, { location = "location/camp-david" }) }),
        rec("b", "2023-08-16", { ev(1, "meeting", "2023-08-18", { yoon, biden, kishida }) }),
        rec("c", "2023-08-19", { ev(1, "meeting", "2023-08-18", { yoon, kishida, biden }, { location = "location/camp-david" }) }),
        -- two of the cast that day: their bilateral, not the summit
        rec("d", "2023-08-19", { ev(1, "meeting", "2023-08-18", { yoon, kishida }) }),
      }
      assert.are.equal(at["a#1"], at["b#1"])
      assert.are.equal(at["a#1"], at["c#1"])
      assert.are_not.equal(at["a#1"], at["d#1"])
    end)

    it("keeps talks told with countries only out of a cast's meeting the day before", function()
      local kr, us = "country/south-korea", "country/united-states"
      local austin, shin = "person/lloyd-austin", "person/shin-won-sik"
      local at = entries_of {
        rec("a", "2023-11-13", { ev(1, "meeting", "2023-11-12", { yoon, austin }) }),
        -- another outlet, the next day: the two countries' talks
        rec("b", "2023-11-13", { ev(1, "talks", "2023-11-13", { kr, us }, { location = "location/seoul" }) }),
        rec("c", "2023-11-14", { ev(1, "meeting", "2023-11-13", { austin, shin }, { location = "location/seoul" }) }),
      }
      assert.are_not.equal(at["a#1"], at["b#1"])
      assert.are.equal(at["b#1"], at["c#1"])
    end)

    it("keeps an undated plan naming a party new to a dated entry out of it", function()
      local kr, nato, rutte = "country/south-korea", "org/nato", "person/mark-rutte"
      local nac, eu = "org/nato-north-atlantic-council", "org/european-union"
      local at = entries_of {
        rec("a", "2024-10-28", { ev(1, "briefing", "2024-10-28", { kr, nac }, { modality = "planned" }),
          ev(2, "meeting", "2024-10-28", { rutte, nac }, { modality = "planned" }),
          -- "further plans … separate talks with senior NATO and EU officials"
          ev(3, "talks", nil, { nato, eu, rutte }, { modality = "planned" }) }),
        rec("b", "2024-10-29", { ev(1, "briefing", nil, { kr, nac }) }),
      }
      assert.are.equal(at["a#1"], at["a#2"])
      assert.are_not.equal(at["a#1"], at["a#3"])
      assert.are.equal(at["a#1"], at["b#1"])
    end)

    it("keeps a day's mention told with countries only out of a cast's meeting known by its week", function()
      local kr = "country/south-korea"
      local kim, austin = "person/kim-yong-hyun", "person/lloyd-austin"
      local at = entries_of {
        -- an aggregator: Seoul's briefing on Tuesday, and the defence
        -- chiefs' talks "this week"
        rec("a", "2024-10-30", { ev(1, "briefing", "2024-10-29", { kr }),
          ev(2, "meeting", "2024-W44", { kim, austin }, { location = "location/washington" }) }),
        rec("b", "2024-10-31", { ev(1, "meeting", "2024-10-30", { kim, austin }, { location = "location/washington" }) }),
      }
      assert.are_not.equal(at["a#1"], at["a#2"])
      assert.are.equal(at["a#2"], at["b#1"])
    end)

    it("keeps a session of one person with a body out of the talks of a cast of three that day", function()
      local cho, rubio, iwaya = "person/cho-tae-yul", "person/marco-rubio", "person/takeshi-iwaya"
      local at = entries_of {
        rec("a", "2025-04-04", { ev(1, "meeting", "2025-04-03", { cho, rubio, iwaya }) }),
        rec("b", "2025-04-04", { ev(1, "meeting", "2025-04-03", { cho, "org/nato" }),
          ev(2, "talks", "2025-04-03", { iwaya, cho, rubio }) }),
        rec("c", "2025-04-05", { ev(1, "meeting", "2025-04-03", { cho }) }),
      }
      assert.are.equal(at["a#1"], at["b#2"])
      assert.are_not.equal(at["a#1"], at["b#1"])
      -- one person and no body: the talks, as before
      assert.are.equal(at["a#1"], at["c#1"])
    end)

    it("flags ends the outlets disagree on when they agree on the entry's days", function()
      local sk, us = "country/south-korea", "country/united-states"
      local docs = {
        rec("a", "2025-03-12", { ev(1, "exercise", "2025-03-10", { sk, us }, { date_end = "2025-03-20" }),
          ev(2, "exercise", "2025-03-11", { sk, us }) }),
        rec("b", "2025-03-12", { ev(1, "exercise", "2025-03-10", { us, sk }, { date_end = "2025-03-21" }),
          ev(2, "exercise", "2025-03-11", { sk }) }),
      }
      local at = entries_of(docs)
      assert.are.equal(at["a#1"], at["b#2"])
      local tl = json.decode(kn.timeline.build(docs):tojson())
      assert.are.equal(1, #tl.events)
      assert.same({ { field = "date", values = { ["2025-03-20"] = { "a" }, ["2025-03-21"] = { "b" } } } },
        tl.events[1].conflicts)
    end)

    it("flags no date when one outlet's day lies inside the days another gives", function()
      local nato, kr = "org/nato", "country/south-korea"
      local the_hague = { location = "location/the-hague" }
      local docs = {
        -- "the summit, which runs from Tuesday to Wednesday"
        rec("a", "2025-06-23", { ev(1, "meeting", "2025-06-24", { nato, kr },
          { location = "location/the-hague", date_end = "2025-06-25" }) }),
        -- "the leaders met in The Hague on Wednesday"
        rec("b", "2025-06-26", { ev(1, "meeting", "2025-06-25", { nato, kr }, the_hague) }),
        rec("c", "2025-06-26", { ev(1, "meeting", "2025-06-25", { kr, nato }, the_hague) }),
      }
      local tl = json.decode(kn.timeline.build(docs):tojson())
      assert.are.equal(1, #tl.events)
      assert.same({}, tl.events[1].conflicts)
      -- a day outside the range still disagrees
      docs[3] = rec("c", "2025-06-26", { ev(1, "meeting", "2025-06-26", { kr, nato }, the_hague) })
      tl = json.decode(kn.timeline.build(docs):tojson())
      assert.are.equal(1, #tl.events)
      assert.are.equal("date", tl.events[1].conflicts[1].field)
    end)

    it("keeps a plan told undated out of the entry of the day it is reported", function()
      local sk, nato, com = "country/south-korea", "org/nato", "org/eu-political-and-security-committee"
      local at = entries_of {
        rec("a", "2024-10-28", { ev(1, "briefing", "2024-10-28", { sk, nato }) }),
        rec("b", "2024-10-28", { ev(1, "briefing", "2024-10-28", { nato, sk }),
          ev(2, "briefing", nil, { sk, com }, { modality = "planned" }) }),
        rec("c", "2024-10-29", { ev(1, "briefing", nil, { sk }) }),
      }
      assert.are.equal(at["a#1"], at["b#1"])
      assert.are_not.equal(at["a#1"], at["b#2"])
      -- told as done, it is the entry's
      assert.are.equal(at["a#1"], at["c#1"])
    end)

    it("keeps an exercise told from its first day to its last apart from a drill the days before", function()
      local sk, us = "country/south-korea", "country/united-states"
      local at = entries_of {
        rec("a", "2025-03-07", { ev(1, "exercise", "2025-03-06", { sk }, { location = "location/pocheon" }),
          ev(2, "exercise", "2025-03-10", { sk, us }, { date_end = "2025-03-21", modality = "planned" }) }),
        rec("b", "2025-03-10", { ev(1, "exercise", "2025-03-10", { us, sk }, { date_end = "2025-03-20" }),
          ev(2, "exercise", "2025-03-10", { sk }) }),
        -- told with no end, a few days on: the same drill, as before
        rec("c", "2025-03-09", { ev(1, "exercise", "2025-03-08", { sk }) }),
      }
      assert.are_not.equal(at["a#1"], at["a#2"])
      assert.are.equal(at["a#2"], at["b#1"])
      assert.are.equal(at["a#2"], at["b#2"])
      assert.are.equal(at["a#1"], at["c#1"])
    end)

    it("keeps apart what one document dates on two days, though another outlet's day joins them", function()
      local cho, nato = "person/cho-tae-yul", "org/nato"
      local sk, us, jp = "country/south-korea", "country/united-states", "country/japan"
      local at = entries_of {
        rec("b", "2025-04-04", { ev(1, "meeting", "2025-04-02", { cho, nato }),
          ev(2, "meeting", "2025-04-03", { sk, us, jp }) }),
        -- another outlet dates the session a day later, and names more
        rec("a", "2025-04-04", { ev(1, "meeting", "2025-04-03", { cho, nato, sk, jp }) }),
      }
      assert.are.equal(at["b#1"], at["a#1"])
      assert.are_not.equal(at["b#1"], at["b#2"])
    end)

    it("keeps a bilateral on a summit's sidelines out of the summit of three", function()
      local at = entries_of {
        rec("a", "2023-08-19", { ev(1, "meeting", "2023-08-18", { yoon, biden, kishida }) }),
        rec("b", "2023-08-19", { ev(1, "meeting", "2023-08-18", { kishida, biden, yoon }),
          ev(2, "meeting", "2023-08-18", { yoon, biden }) }),
        rec("c", "2023-08-20", { ev(1, "talks", "2023-08-18", { biden, yoon }) }),
      }
      assert.are.equal(at["a#1"], at["b#1"])
      assert.are.equal(at["b#2"], at["c#1"])
      assert.are_not.equal(at["a#1"], at["b#2"])
    end)

    local function trig(w) return { trigger = { text = w, start = 1, stop = #w } } end

    it("keeps a session on a summit's second day out of the summit, and a press conference out of the talks", function()
      local nato, jp, au = "org/nato", "country/japan", "country/australia"
      local shin, austin = "person/shin-won-sik", "person/lloyd-austin"
      local at = entries_of {
        rec("s1", "2023-07-10", { ev(1, "meeting", "2023-07-11", { yoon, nato }, trig("summit")),
          ev(2, "meeting", "2023-07-12", {}, trig("session")) }),
        rec("s1b", "2023-07-10", { ev(1, "meeting", "2023-07-11", { yoon, nato }, trig("summit")) }),
        rec("s2", "2023-07-13", { ev(1, "meeting", "2023-07-12", { yoon, nato, jp, au }, trig("session")) }),
        rec("p1", "2023-11-13", { ev(1, "talks", "2023-11-13", { shin, austin }, trig("talks")),
          ev(2, "briefing", "2023-11-13", { shin, austin }, trig("conference")) }),
        rec("p2", "2023-11-14", { ev(1, "meeting", "2023-11-13", { shin, austin }, trig("met")),
          ev(2, "briefing", "2023-11-13", { austin }, trig("conference")) }),
      }
      assert.are.equal(at["s1#1"], at["s1b#1"])
      assert.are_not.equal(at["s1#1"], at["s1#2"])
      assert.are_not.equal(at["s1#1"], at["s2#1"])
      assert.are.equal(at["p1#1"], at["p2#1"])
      assert.are.equal(at["p1#2"], at["p2#2"])
      assert.are_not.equal(at["p1#1"], at["p1#2"])
    end)

    it("keeps one sitting of a cast in one entry, whether told as a summit or a session", function()
      local at = entries_of {
        rec("c1", "2023-08-19", { ev(1, "meeting", "2023-08-18", { yoon, biden, kishida }, trig("summit")) }),
        rec("c2", "2023-08-19", { ev(1, "meeting", "2023-08-18", { kishida, yoon, biden }, trig("session")) }),
      }
      assert.are.equal(at["c1#1"], at["c2#1"])
    end)

    it("keeps a bilateral, bilateral meetings and a summit told with nobody apart from gatherings of another kind", function()
      local nato, us, jp, au = "org/nato", "country/united-states", "country/japan", "country/australia"
      local cho, luxon = "person/cho-tae-yul", "person/christopher-luxon"
      local at = entries_of {
        -- a cast of two is not the session told with no cast that day
        rec("b1", "2024-07-11", { ev(1, "meeting", "2024-07-11", { yoon, nato }, trig("session")) }),
        rec("b2", "2024-07-12", { ev(1, "meeting", "2024-07-11", { yoon, biden }, trig("met")) }),
        -- "separate meetings with his counterparts" are not the partners' session
        rec("m1", "2024-04-04", { ev(1, "meeting", "2024-04-04", { cho, nato, jp, au }, trig("session")) }),
        rec("m2", "2024-04-05", { ev(1, "meeting", "2024-04-04", { cho, us, jp, au }, trig("meetings")) }),
        -- nor the summit an outlet names beside the leaders' meeting
        rec("f1", "2024-07-12", { ev(1, "meeting", "2024-07-10", { kishida, yoon, luxon }, trig("met")),
          ev(2, "meeting", "2024-07-10", {}, trig("summit")) }),
      }
      assert.are_not.equal(at["b1#1"], at["b2#1"])
      assert.are_not.equal(at["m1#1"], at["m2#1"])
      assert.are_not.equal(at["f1#1"], at["f1#2"])
    end)

    it("joins a preview's day told after its week to another outlet's neighbouring day", function()
      local nato, jp, au = "org/nato", "country/japan", "country/australia"
      local cho = "person/cho-tae-yul"
      local tl_docs = {
        rec("w1", "2024-04-01", { ev(1, "meeting", "2024-W14", { cho, nato }, trig("session")),
          ev(2, "meeting", "2024-04-04", { cho, nato, jp, au }, trig("session")) }),
        rec("w0", "2024-03-29", { ev(1, "meeting", "2024-04-03", { cho, nato }, trig("session")) }),
      }
      local at = entries_of(tl_docs)
      assert.are.equal(at["w1#1"], at["w0#1"])
      assert.are.equal(at["w1#2"], at["w0#1"])
    end)

    it("keeps talks of one leader with countries the summit is not told with out of the summit", function()
      local nato, no, nl = "org/nato", "country/norway", "country/netherlands"
      local at = entries_of {
        rec("v1", "2023-07-10", { ev(1, "meeting", "2023-07-11", { yoon, nato }, trig("summit")),
          ev(2, "talks", "2023-07-11", { yoon, no, nl }, trig("talks")) }),
        rec("v2", "2023-07-12", { ev(1, "meeting", "2023-07-11", { yoon, nato }, trig("summit")) }),
      }
      assert.are.equal(at["v1#1"], at["v2#1"])
      assert.are_not.equal(at["v1#1"], at["v1#2"])
    end)

    it("carries the kind of gathering through timeline JSON and partial timelines", function()
      local docs = {
        rec("k1", "2023-07-10", { ev(1, "meeting", "2023-07-11", { yoon }, trig("summit")),
          ev(2, "meeting", "2023-07-12", {}, trig("session")) }),
        rec("k2", "2023-07-12", { ev(1, "meeting", "2023-07-12", {}, trig("session")) }),
      }
      local tl = kn.timeline.build(docs)
      local j = tl:tojson()
      assert.truthy(j:find('"head":"summit"', 1, true))
      assert.truthy(j:find('"head":"session"', 1, true))
      assert.are.equal(j, kn.timeline.merge { json.decode(j) }:tojson())
      local b = kn.timeline.builder()
      for _, d in ipairs(docs) do b:add(d) end
      assert.are.equal(j, kn.timeline.merge { b:partial() }:tojson())
    end)

    it("draws a day's meeting into an entry known by its week, not by its month", function()
      local kr, us, jp = "country/south-korea", "country/united-states", "country/japan"
      local at = entries_of {
        rec("a", "2024-06-29", { ev(1, "meeting", "2023-08", { kr, us, jp }) }),
        rec("b", "2023-08-19", { ev(1, "meeting", "2023-08-18", { kr, us, jp }) }),
        rec("c", "2023-08-20", { ev(1, "meeting", "2023-08-18", { jp, kr, us }) }),
        rec("d", "2024-08-13", { ev(1, "meeting", "2024-W33", { yoon, biden, kishida }) }),
        rec("e", "2024-08-17", { ev(1, "meeting", "2024-08-16", { yoon, biden, kishida }) }),
      }
      assert.are.equal(at["b#1"], at["c#1"])
      assert.are_not.equal(at["a#1"], at["b#1"])
      assert.are.equal(at["d#1"], at["e#1"])
    end)
  end)
end)
