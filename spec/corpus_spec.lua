-- Corpora: loading (with every bad record kept as an error), iteration,
-- and the analyst helpers (kwic, co-mentions, mentions per period).
local helpers = require "helpers"
local kn = require "korea_nato"
local lpeg = require "lpeg"

local MIXED = "spec/fixtures/corpus-mixed.jsonl"

-- Written for these specs.
local NOTE = "Cho Tae-yul met Antony Blinken in Washington on Monday. Blinken later called Mark Rutte. "
  .. "Cho and Rutte spoke about NATO and denuclearization, then denuclearisation."

local function ids(list)
  local t = {}
  for i, x in ipairs(list) do t[i] = x.id end
  return t
end

describe("korea_nato.corpus", function()
  local c
  before_each(function() c = kn.corpus() end)
  after_each(function() kn.rules.clear() end)

  describe(":add()", function()
    it("analyses a text and keeps it", function()
      local doc = c:add(NOTE, { id = "note", published = "2024-10-28", source = "Notes" })
      assert.are.equal("note", doc.id)
      assert.are.equal(1, #c)
      assert.are.equal(doc, c[1])
      assert.are.equal(doc, c:get("note"))
      assert.are.equal("Corpus (1 documents, 0 errors, 0.2 kB, 2024-10-28..2024-10-28; 0 undated)", tostring(c))
    end)

    it("names texts without an id and keeps ids unique", function()
      c:add("First note.")
      c:add("Second note.", { id = "text-1" })
      assert.same({ "text-1", "text-1~2" }, ids(c))
    end)

    it("keeps a failure as an error and returns nil, the reason", function()
      local doc, err = c:add("Some text.", { id = "x", published = "next week" })
      assert.is_nil(doc)
      assert.are.equal('bad publication date "next week" (expected an ISO 8601 date)', err)
      assert.are.equal(0, #c)
      assert.same({ { input = "add#1", id = "x", error = err } }, c:errors():totable())
    end)

    it("raises on misuse", function()
      assert.has_error(function() c:add(42) end, "bad argument #1 to 'add' (string expected, got number)")
      assert.has_error(function() c:add("x", "meta") end, "bad argument #2 to 'add' (table expected, got string)")
      assert.has_error(function() kn.corpus { published = "tomorrow" } end,
        'bad publication date "tomorrow" (expected an ISO 8601 date)')
    end)
  end)

  describe(":add_jsonl()", function()
    it("loads the good records and names every bad one with file:line and id", function()
      assert.are.equal(2, c:add_jsonl(MIXED))
      assert.same({ "feed-1", "feed-3" }, ids(c))
      local errs = c:errors():totable()
      assert.are.equal(4, #errs)
      assert.same({ input = MIXED .. ":2", id = "feed-2", error = 'missing "text"' }, errs[1])
      assert.are.equal(MIXED .. ":3", errs[2].input)
      assert.matches("^invalid JSON: ", errs[2].error)
      assert.same({ input = MIXED .. ":6", id = "feed-4",
        error = 'bad publication date "soon" (expected an ISO 8601 date)' }, errs[3])
      assert.same({ input = MIXED .. ":7", error = "record is not a JSON object" }, errs[4])
      assert.matches("^4 errors:\n  spec/fixtures/corpus%-mixed%.jsonl:2 %(feed%-2%): missing \"text\"", tostring(c:errors()))
    end)

    it("reads an open handle and leaves it open", function()
      local h = assert(io.open(MIXED, "rb"))
      assert.are.equal(2, c:add_jsonl(h))
      assert.are.equal("stream:2", c:errors()[1].input)
      assert.is_not_nil(io.type(h) == "file" and h:seek("set", 0))
      h:close()
    end)

    it("reports a file it cannot open", function()
      local n, err = c:add_jsonl("spec/fixtures/nope.jsonl")
      assert.is_nil(n)
      assert.are.equal("spec/fixtures/nope.jsonl: No such file or directory", err)
      assert.are.equal(err, c:errors()[1].error)
      assert.has_error(function() c:add_jsonl(5) end,
        "bad argument #1 to 'add_jsonl' (file name or open file expected, got number)")
    end)
  end)

  describe(":add_file() and :add_dir()", function()
    it("loads a text article with its metadata", function()
      assert.are.equal(1, c:add_file("spec/fixtures/dateline.txt"))
      assert.are.equal("dateline", c[1].id)
      assert.are.equal("2024-10-28T15:39", c[1].published)
      assert.are.equal(1, c:add_file("spec/fixtures/dateline.txt", { id = "again", published = "2024-11-01" }))
      assert.are.equal("again", c[2].id)
      assert.are.equal("2024-11-01", c[2].published)
    end)

    it("reports a missing file and refuses a directory", function()
      local n, err = c:add_file("spec/fixtures/nope.txt")
      assert.is_nil(n)
      assert.are.equal("spec/fixtures/nope.txt: No such file or directory", err)
      assert.has_error(function() c:add_file("examples/corpus") end,
        "bad argument #1 to 'add_file' (examples/corpus is a directory; use add_dir)")
    end)

    it("loads a directory recursively: text articles and JSON Lines, no README", function()
      assert.are.equal(32, c:add_dir("examples/corpus"))
      assert.are.equal(32, #c)
      assert.are.equal(0, #c:errors())
      assert.is_not_nil(c:get("hanbit-20231113-scm55"))
      assert.is_not_nil(c:get("2024-10-28-hanbit-nac-briefing"))
      assert.is_nil(c:get("README"))
      assert.matches("^Corpus %(32 documents, 0 errors, [%d.]+ kB, 2023%-07%-11%.%.2026%-01%-22; 3 undated%)$", tostring(c))
      assert.has_error(function() c:add_dir("spec/fixtures/dateline.txt") end,
        "bad argument #1 to 'add_dir' (spec/fixtures/dateline.txt is not a directory)")
    end)
  end)

  describe("iteration", function()
    before_each(function() c:add_jsonl(MIXED) end)

    it("supports #, indexing, ipairs, iter and break", function()
      local seen = {}
      for i, d in c:iter() do
        seen[#seen + 1] = d.id
        if i == 1 then break end
      end
      assert.same({ "feed-1" }, seen)
      local n = 0
      for _ in ipairs(c) do n = n + 1 end
      assert.are.equal(2, n)
      assert.are.equal(2, #c:documents())
    end)

    it("survives dropping and collecting, and clears", function()
      local q = c:mentions()
      c = nil
      collectgarbage()
      collectgarbage()
      assert.are.equal("person/cho-tae-yul", q[1].entity)
      local d = kn.corpus()
      d:add(NOTE)
      d:clear()
      assert.are.equal(0, #d)
      assert.are.equal(0, #d:errors())
    end)
  end)

  describe("queries", function()
    before_each(function() c:add_jsonl(MIXED) end)

    it("gives every mention with its document and date", function()
      local m = c:mentions():where { entity = "Cho Tae-yul" }
      assert.are.equal(2, #m)
      assert.same({ "feed-1", "feed-3" }, m:values("doc"))
      assert.same({ "2024-10-28", "2024-11-04" }, m:values("published"))
      assert.same({ "Test Wire", "Test Daily" }, m:values("source"))
      assert.same({ { key = "2024-W44", count = 5 }, { key = "2024-W45", count = 4 } },
        c:mentions():count_by("week"):totable())
    end)

    it("selects documents by what they mention and when they appeared", function()
      assert.same({ "feed-1", "feed-3" }, ids(c:documents():where { participant = "Mark Rutte" }))
      assert.same({ "feed-3" }, ids(c:documents():where { participant = "NATO", from = "2024-11" }))
      local sub = c:subset { from = "2024-10-28", to = "2024-11-03" }
      assert.same({ "feed-1" }, ids(sub))
      assert.are.equal(1, #c:subset("location=Brussels"))
    end)

    it("lists the entities, most mentioned first", function()
      local e = c:entities()
      assert.same({ id = "person/antony-blinken", name = "Antony Blinken", type = "PERSON", mentions = 2, documents = 1 }, e[1])
      assert.same({ id = "person/cho-tae-yul", name = "Cho Tae-yul", type = "PERSON", mentions = 2, documents = 2 },
        e:where { id = "person/cho-tae-yul" }[1])
    end)

    it("counts mentions per entity per period", function()
      local s = c:mentions_per("week", { type = "PERSON" })
      assert.same({ "2024-W44", "2024-W45" }, s._columns)
      assert.are.equal("person/antony-blinken", s[1].entity)
      local rutte = s:where { entity = "person/mark-rutte" }[1]
      assert.same({ ["2024-W44"] = 1, ["2024-W45"] = 1 }, rutte.counts)
      assert.are.equal(2, rutte.total)
      assert.matches("^mentions per week: 3 series:\n%s+2024%-W44 2024%-W45 total\n  Antony Blinken ", tostring(s))
      local one = c:mentions_per("month", { entity = "Cho Tae-yul" })
      assert.are.equal(1, #one)
      assert.same({ "2024-10", "2024-11" }, one._columns)
      assert.has_error(function() c:mentions_per("fortnight") end,
        "bad argument #1 to 'mentions_per' (day, week, month, quarter or year expected, got fortnight)")
    end)

    it("puts documents without a date in an undated column", function()
      c:add("Mark Rutte spoke.", { id = "nodate" })
      local s = c:mentions_per("month", { entity = "person/mark-rutte" })
      assert.same({ "2024-10", "2024-11", "undated" }, s._columns)
      assert.are.equal(1, s[1].counts.undated)
    end)
  end)

  describe(":comentions()", function()
    before_each(function() c:add(NOTE, { id = "note", published = "2024-10-28" }) end)

    it("counts pairs per sentence", function()
      local p = c:comentions { types = { "PERSON" } }:totable()
      assert.same({
        { a = "person/antony-blinken", b = "person/cho-tae-yul", count = 1 },
        { a = "person/antony-blinken", b = "person/mark-rutte", count = 1 },
        { a = "person/cho-tae-yul", b = "person/mark-rutte", count = 1 },
      }, p)
    end)

    it("counts a pair once per document when asked", function()
      c:add("Mark Rutte and Cho Tae-yul met again.", { id = "note2" })
      local p = c:comentions { by = "document", types = { "PERSON" } }
      assert.same({ a = "person/cho-tae-yul", b = "person/mark-rutte", count = 2 }, p[1])
    end)

    it("lists who appears with one entity", function()
      local w = c:comentions { entity = "Cho Tae-yul" }:totable()
      assert.same({
        { entity = "location/washington", count = 1 }, { entity = "org/nato", count = 1 },
        { entity = "person/antony-blinken", count = 1 }, { entity = "person/mark-rutte", count = 1 },
      }, w)
      assert.has_error(function() c:comentions { entity = "Nobody Here" } end, "comentions: unknown entity 'Nobody Here'")
      assert.has_error(function() c:comentions { by = "paragraph" } end,
        "bad argument #1 to 'comentions' (by must be \"sentence\" or \"document\")")
    end)
  end)

  describe(":kwic()", function()
    before_each(function() c:add(NOTE, { id = "note", published = "2024-10-28" }) end)

    it("finds whole words in any case, with context", function()
      local k = c:kwic("DENUCLEARIZATION", 20)
      assert.are.equal(1, #k)
      assert.same({ doc = "note", sentence = 3, start = 125, stop = 140, left = "spoke about NATO and",
        match = "denuclearization", right = ", then denuclearisat", published = "2024-10-28" }, k[1])
      assert.are.equal("denuclearization", NOTE:sub(k[1].start, k[1].stop))
      assert.are.equal(0, #c:kwic("denuclear", 20))
    end)

    it("takes a final * for any word ending", function()
      local k = c:kwic("denuclear*", 10)
      assert.same({ "denuclearization", "denuclearisation" }, k:values("match"))
    end)

    it("finds every mention of an entity id", function()
      local k = c:kwic("person/antony-blinken", 15)
      assert.same({ "Antony Blinken", "Blinken" }, k:values("match"))
      assert.same({ 1, 2 }, k:values("sentence"))
    end)

    it("takes an LPeg pattern", function()
      local k = c:kwic(lpeg.P"Rutte", 5)
      assert.same({ "Rutte" }, k:values("match"))
      assert.are.equal(2, #k)
    end)

    it("prints aligned lines and refuses bad arguments", function()
      assert.matches("^1 concordance lines:\n  note:3 +spoke about NATO and %[denuclearization%] , then denuclearisat$",
        tostring(c:kwic("denuclearization", 20)))
      assert.has_error(function() c:kwic(1) end, "bad argument #1 to 'kwic' (string or LPeg pattern expected, got number)")
      assert.has_error(function() c:kwic("") end, "bad argument #1 to 'kwic' (empty term)")
      assert.has_error(function() c:kwic("x", 0) end, "bad argument #2 to 'kwic' (positive integer expected)")
    end)
  end)

  describe("events and the timeline", function()
    it("gathers the documents' events, user rules' included, once each", function()
      kn.rules.add { name = "drill", pattern = "Freedom Drill", event = { type = "exercise" } }
      c:add("South Korea and Japan held Freedom Drill in Busan.", { id = "d1", published = "2024-06-01" })
      local ex = c:events():where { type = "exercise", rule = "drill" }
      assert.are.equal(1, #ex)
      assert.are.equal("d1", ex[1].doc)
      assert.are.equal("Freedom Drill", ex[1].trigger.text)
      local seen = {}
      for _, e in ipairs(c:events()) do
        assert.is_nil(seen[e.id])
        seen[e.id] = true
      end
    end)

    it("builds the timeline and rebuilds it after an add", function()
      c:add(NOTE, { id = "note", published = "2024-10-28" })
      local tl = c:timeline()
      assert.are.equal("korea_nato.Timeline", getmetatable(tl).__name)
      assert.are.equal(tl, c:timeline())
      c:add("Mark Rutte visited Seoul on Tuesday.", { id = "n2", published = "2024-11-05" })
      assert.are_not.equal(tl, c:timeline())
      assert.are.equal(#c:timeline(), #c:entries())
      assert.are.equal("entry", c:entries()._kind)
    end)
  end)

  it("is reachable from the facade", function()
    assert.are.equal("korea_nato.Corpus", getmetatable(kn.corpus()).__name)
    assert.are.equal(helpers.read("spec/fixtures/dateline.txt"), helpers.read("spec/fixtures/dateline.txt"))
  end)
end)
