-- Partial timelines (`timeline --format partial`, csrc/kn_tl_partial.c):
-- what the map side of the distributed timeline writes and `merge` reads in
-- C. Merging partials gives the bytes of the timeline of all documents at
-- once; bad input is rejected whole, with the place and the reason.
local kn = require "korea_nato"
local json = require "korea_nato.json"
local helpers = require "helpers"

local corpus_records, rng = helpers.corpus_records, helpers.rng

local function partial_of(recs)
  local b = kn.timeline.builder()
  for _, r in ipairs(recs) do b:add(r) end
  return b:partial()
end


-- A small document with the odd values a partial must carry unchanged.
local function odd_doc()
  return {
    id = "odd \"1\"\\", source = "Wire\tdesk \226\128\148 \1", published = "2024-03-05T10:00",
    mentions = {
      { type = "PERSON", entity = "person/x-\255", text = "X \255 Y", name = "X Y", start = 1, stop = 5 },
      { type = "MEETING", entity = "meeting/nato-summit", text = "the NATO summit", name = "NATO summit",
        sentence = 2, start = 10, stop = 24 },
    },
    events = {
      { id = "odd \"1\"\\#7", type = "meeting", modality = "occurred", date = "2024-03-05",
        participants = { "person/x-\255", "org/nato" }, location = "location/brussels", sentence = 2,
        trigger = { start = 5, stop = 8, text = "summit" } },
      { id = "not-canonical#01", type = "call", modality = "planned", date = "2024-03",
        participants = {}, sentence = 2.5 },
      { id = "big#99999999999999999999", type = "statement", modality = "reported", sentence = 1e300,
        participants = { "country/japan" } },
    },
  }
end

local JUNK = '[]{}",:0123456789n\\'

describe("partial timelines", function()
  local recs, whole, partials

  setup(function()
    recs = corpus_records()
    whole = kn.timeline.build(recs):tojson()
    partials = {}
    local r = rng(11)
    for i = 1, 4 do partials[i] = {} end
    for _, d in ipairs(recs) do local p = partials[r(4)]; p[#p + 1] = d end
    for i, p in ipairs(partials) do partials[i] = partial_of(p) end
  end)

  it("are one line of JSON that lua-cjson reads too", function()
    for _, p in ipairs(partials) do
      assert.is_nil(p:find("\n", 1, true))
      local t = assert(json.decode(p))
      assert.are.equal(2, t.partial)
      assert.is_table(t.strings)
      assert.is_table(t.records)
      assert.is_table(t.entities)
    end
  end)

  it("merge into the bytes of the timeline of all documents, in any order, mixed with timeline JSON", function()
    assert.are.equal(whole, kn.timeline.merge(partials):tojson())
    assert.are.equal(whole, kn.timeline.merge { partials[4], partials[2], partials[1], partials[3] }:tojson())
    -- a part as SCHEMA.md timeline JSON beside partials
    local b = kn.timeline.builder()
    local m = kn.timeline.merger()
    for _, p in ipairs { partials[1], partials[2], partials[3] } do m:add(p) end
    local r = rng(11)
    local fourth = {}
    for i = 1, 4 do fourth[i] = {} end
    for _, d in ipairs(recs) do local p = fourth[r(4)]; p[#p + 1] = d end
    for _, d in ipairs(fourth[4]) do b:add(d) end
    m:add(json.decode(b:finish():tojson()))
    assert.are.equal(whole, m:finish():tojson())
  end)

  it("the merged timeline writes to a file the bytes tojson gives", function()
    local tl = kn.timeline.merge(partials)
    local path = os.tmpname()
    local h = assert(io.open(path, "wb"))
    tl:write(h)
    h:close()
    assert.are.equal(whole, helpers.read(path))
    os.remove(path)
  end)

  it("merge in stages: a merger writes the partial of what it holds", function()
    local left = kn.timeline.merger():add(partials[1]):add(partials[2]):partial()
    local right = kn.timeline.merger():add(partials[3]):add(partials[4]):partial()
    assert.are.equal(whole, kn.timeline.merge { right, left }:tojson())
    -- the partial of a merger is the partial of a builder over the same documents
    assert.are.equal(whole, kn.timeline.merge { kn.timeline.merger():add(left):add(right):partial() }:tojson())
  end)

  it("carry odd values unchanged: quotes, control bytes, invalid UTF-8, event ids, float sentences", function()
    local d = odd_doc()
    local want = kn.timeline.build { d }:tojson()
    local b = kn.timeline.builder()
    b:add(d)
    local p = b:partial()
    assert.are.equal(want, kn.timeline.merge { p }:tojson())
    assert.are.equal(want, kn.timeline.merge { kn.timeline.merger():add(p):partial() }:tojson())
    assert.truthy(p:find('"not-canonical#01"', 1, true))
    assert.truthy(p:find("\\u0001", 1, true))
    -- an empty one
    local empty = kn.timeline.builder():partial()
    assert.are.equal('{"partial":2,"strings":[],"records":[],"entities":[]}', empty)
    assert.are.equal(kn.timeline.build({}):tojson(), kn.timeline.merge { empty }:tojson())
  end)

  describe("with bad input", function()
    local good = '{"partial":1,"strings":["d1","meeting","occurred","S","org/nato","NATO"],'
      .. '"records":[[0,1,3,1,2,3,null,null,null,null,null,0,[4],null,[4,5]]],"entities":[[4,5]]}'

    local function reject(text, msg)
      local m = kn.timeline.merger()
      local ok, err = m:add_partial(text, "p")
      assert.is_nil(ok)
      assert.are.equal("partial timeline p: " .. msg, err)
      assert.are.equal(0, #m)
    end

    it("reads a hand-written one", function()
      local m = kn.timeline.merger()
      assert.is_true(m:add_partial(good .. "\n", "p"))
      assert.are.equal(1, #m)
      local t = json.decode(m:finish():tojson())
      assert.are.equal("d1#1", t.undated[1].mentions[1].event)
      assert.are.equal(3, t.undated[1].mentions[1].sentence)
    end)

    it("names the place and the reason, and adds nothing", function()
      reject("", "expected '{' at the end (byte 0: truncated?)")
      reject("[]", "expected '{' at byte 1")
      reject('{"partial":3,"strings":[]}', "expected version 1 or 2 (a newer korea-nato wrote this?) at byte 12")
      reject(good:gsub('%[0,1,3,1', '[0,1,3,9'), "records[1].type: expected a string index at byte 92")
      reject(good:gsub('%[0,1,3,1', '[null,1,3,1'), "records[1].doc: expected a string index at byte 86")
      reject(good:gsub('%[0,1,3,1', '[0,-1,3,1'), "records[1].event: expected an event number or an event id "
        .. "string at byte 88")
      reject(good:gsub('%[0,1,3,1', '[0,1,"3",1'), "records[1].sentence: expected a number, a string of "
        .. "inf/-inf/nan or null at byte 90")
      reject(good:gsub('null,0,%[4%]', 'null,2,[4]'), "records[1].series_lent: expected 0 or 1 at byte 123")
      reject(good:gsub('%[4,5%]%]%]', '[4]]]'), "records[1].names: expected pairs (an even count of indexes) "
        .. "at byte 136")
      reject(good:gsub('"NATO"', '1'), "strings[6]: expected a string at byte 66")
      reject(good:gsub('"NATO"', '"NA\\qTO"'), "strings[6]: expected a valid escape at byte 69")
      reject(good:gsub('"NATO"', '"\\ud800x"'), "strings[6]: expected a surrogate pair at byte 67")
      reject(good:gsub('"NATO"', '"\\udc00"'), "strings[6]: expected no lone low surrogate at byte 67")
      reject(good:gsub('"NATO"', '"NA\nTO"'), "strings[6]: expected no control byte in a string (escape it) "
        .. "at byte 69")
      reject(good .. "x", "expected nothing after the partial timeline at byte 161")
      reject(good:gsub('%[%[4,5%]%]', '[[4,"x"]]'), "entities[1]: expected a string index or null at byte 157")
      reject(good:gsub('"strings":%[.-%]', '"strings":[]'), "records[1].doc: expected a string index "
        .. "(there are no strings) at byte 40")
      reject(good:gsub('%[0,1,3,1', '[01,1,3,1'), "records[1].doc: expected a string index at byte 86")
      reject(good:gsub('%[0,1,3,1', '[0,1,3e,1'), "records[1].sentence: expected digits in the exponent at byte 90")
    end)

    it("rejects every truncation and survives random damage", function()
      for k = 0, #good - 1 do
        local m = kn.timeline.merger()
        local ok, err = m:add_partial(good:sub(1, k), "p")
        assert.is_nil(ok)
        assert.matches("^partial timeline p: .*expected .+ at ", err)
        assert.are.equal(0, #m)
      end
      local r = rng(5)
      local big = partials[1]
      for _ = 1, 300 do
        local t = { good, big:sub(1, 4000) }
        local s = t[r(2)]
        local bytes = { s:byte(1, -1) }
        for _ = 1, r(4) do
          local i = r(#bytes)
          local what = r(3)
          if what == 1 then bytes[i] = r(256) - 1
          elseif what == 2 then table.remove(bytes, i)
          else table.insert(bytes, i, JUNK:byte(r(#JUNK))) end
        end
        local m = kn.timeline.merger()
        local ok, err = m:add_partial(string.char(table.unpack(bytes)), "p")
        if ok then
          -- read, but the build may still refuse it (a type no event has)
          local built, why = pcall(function() return m:finish():tojson() end)
          if not built then assert.matches("timeline: ", why) end
        else
          assert.is_string(err)
          assert.are.equal(0, #m)
        end
      end
    end)

    it("raises from merge and add, as timeline JSON does", function()
      assert.has_error(function() kn.timeline.merge { good, "{" } end,
        "partial timeline 2: expected '\"partial\"' at the end (byte 1: truncated?)")
      assert.has_error(function() kn.timeline.merger():add("{}", "x") end,
        "partial timeline x: expected '\"partial\"' at byte 2")
      -- the error is the caller's: its position is this file's
      local _, e = pcall(function() kn.timeline.merger():add(5, "x") end)
      assert.matches("^spec/partial_spec%.lua:%d+: partial timeline x is a number", e)
      _, e = pcall(function() kn.timeline.merge { 5 } end)
      assert.matches("^spec/partial_spec%.lua:%d+: partial timeline 1 is a number", e)
    end)
  end)
end)

describe("korea-nato timeline --format partial | merge", function()
  local a, b
  setup(function()
    a = helpers.run("timeline --format partial examples/corpus/feed.jsonl")
    b = helpers.run("timeline --format partial examples/corpus/2024-10-28-hanbit-nac-briefing.txt "
      .. "examples/corpus/2024-10-29-capital-ledger-rutte-kursk.txt")
  end)

  it("writes one line and merges into the one-process timeline", function()
    assert.matches('^{"partial":2,', a)
    assert.are.equal(1, #helpers.lines(a))
    local one = helpers.run("timeline --format json examples/corpus/feed.jsonl "
      .. "examples/corpus/2024-10-28-hanbit-nac-briefing.txt examples/corpus/2024-10-29-capital-ledger-rutte-kursk.txt")
    local out, err, code = helpers.run("merge -", b .. a)
    assert.are.equal(0, code, err)
    assert.are.equal(one, out)
    -- in stages, and mixed with timeline JSON
    local staged = helpers.run("merge --format partial -", a .. "\n" .. b)
    assert.matches('^{"partial":2,', staged)
    assert.are.equal(one, (helpers.run("merge -", staged)))
    local tj = helpers.run("timeline --format json examples/corpus/feed.jsonl")
    assert.are.equal(one, (helpers.run("merge -", b .. tj)))
    assert.are.equal(one, (helpers.run("merge -", tj .. b)))
  end)

  it("reports a bad partial by line, leaves it out and exits with 1", function()
    local out, err, code = helpers.run("merge -", a .. '{"partial":1,"strings":[1]}\n' .. b:sub(1, 100) .. "\n")
    assert.are.equal(1, code)
    local e = helpers.lines(err)
    assert.are.equal("korea-nato: partial timeline stdin:2: strings[1]: expected a string at byte 25", e[1])
    -- the line ends inside a string: its newline is a control byte there
    assert.matches("^korea%-nato: partial timeline stdin:3: strings%[%d+%]: expected no control byte", e[2])
    local alone = helpers.run("merge -", a)
    assert.are.equal(alone, out)
  end)

  it("has no --where", function()
    local _, err, code = helpers.run("timeline --format partial --where 'type = meeting' examples/corpus/feed.jsonl")
    assert.are.equal(2, code)
    assert.matches("%-%-where does not apply to %-%-format partial", err)
    _, err, code = helpers.run("merge --format partial --where 'type = meeting' -", a)
    assert.are.equal(2, code)
    assert.matches("%-%-where does not apply to %-%-format partial", err)
  end)
end)
