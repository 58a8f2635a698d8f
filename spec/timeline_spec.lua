-- The timeline merge: the same entries whatever the order and grouping of
-- the input, every source kept, contradictions flagged.
local kn = require "korea_nato"
local json = require "korea_nato.json"

local function corpus_records()
  local recs = {}
  for line in io.lines("corpus/corpus.jsonl") do
    local r = json.decode(line)
    local d = kn.analyze(r.text, { id = r.id, published = r.published, source = r.source, title = r.title })
    recs[#recs + 1] = json.decode(d:tojson())
  end
  return recs
end

-- xorshift, for reproducible shuffles
local function rng(seed)
  local s = seed
  return function(n)
    s = s ~ ((s << 13) & 0xffffffff); s = s ~ (s >> 17); s = s ~ ((s << 5) & 0xffffffff)
    return s % n + 1
  end
end

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

  it("keeps every source of an entry and orders entries by date, type, id", function()
    local tl = json.decode(whole)
    local prev
    for _, e in ipairs(tl.events) do
      if prev then assert.is_true(prev.date <= e.date) end
      prev = e
      assert.is_true(#e.sources >= 1)
      assert.is_true(#e.mentions >= 1)
      for _, m in ipairs(e.mentions) do assert.truthy(m.event:match("#%d+$")) end
    end
    for _, e in ipairs(tl.undated) do assert.are.equal(json.null, e.date) end
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
  end)
end)
