-- The korea-nato command, run as a user runs it.
local helpers = require "helpers"
local json = require "korea_nato.json"
local run, lines = helpers.run, helpers.lines

describe("korea-nato", function()
  it("prints usage with exit status 2 when called without a command", function()
    local out, _, code = run("")
    assert.are.equal(2, code)
    assert.matches("^usage: korea%-nato COMMAND", out)
  end)

  it("rejects unknown commands and options with status 2", function()
    local _, err, code = run("frobnicate")
    assert.are.equal(2, code)
    assert.matches("unknown command 'frobnicate'", err)
    _, err, code = run("extract --bogus x")
    assert.are.equal(2, code)
    assert.matches("unknown option '%-%-bogus'", err)
    _, err, code = run("extract --published tomorrow spec/fixtures/dateline.txt")
    assert.are.equal(2, code)
    assert.matches("expected an ISO 8601 date", err)
  end)

  it("prints the version", function()
    local out, _, code = run("--version")
    assert.are.equal(0, code)
    assert.matches("^korea%-nato %d+%.%d+%.%d+", out)
  end)

  describe("extract", function()
    it("writes one SCHEMA record per article, with exact sentence offsets", function()
      local out, err, code = run("extract spec/fixtures/dateline.txt")
      assert.are.equal(0, code)
      local recs = lines(out)
      assert.are.equal(1, #recs)
      local d = json.decode(recs[1])
      assert.are.equal("dateline", d.id)
      assert.are.equal("2024-10-28T15:39", d.published)
      assert.are.equal("text", d.published_from)
      assert.are.equal("Park Min-ji", d.author)
      local text = helpers.read("spec/fixtures/dateline.txt")
      assert.are.equal("Published : Oct. 28, 2024 - 15:39", text:sub(d.sentences[2][1], d.sentences[2][2]))
      assert.matches("1 records in, 1 analysed, 0 errors", err)
    end)

    it("reads JSON Lines on standard input; caller options win", function()
      local feed = '{"id":"w1","text":"Cho met Rutte. They talked.","published":"2024-10-28","desk":"Seoul"}\n'
      local out, _, code = run("extract --published 2024-11-01 -", feed)
      assert.are.equal(0, code)
      local d = json.decode(out)
      assert.are.equal("2024-11-01", d.published)
      assert.are.equal("metadata", d.published_from)
      assert.same({ desk = "Seoul" }, d.meta)
      assert.same({ { 1, 14 }, { 16, 27 } }, d.sentences)
    end)

    it("reports each bad record in its place, goes on, and exits with 1", function()
      local feed = table.concat({
        '{"id":"ok1","text":"Fine."}',
        '{"id":"bad1","text":null}',
        '{"text": "unterminated',
        '{"id":"bad2","text":"x","published":"next week"}',
        '{"id":"ok2","text":"Also fine."}',
      }, "\n") .. "\n"
      local out, err, code = run("extract -", feed)
      assert.are.equal(1, code)
      local recs = {}
      for _, l in ipairs(lines(out)) do recs[#recs + 1] = json.decode(l) end
      assert.are.equal(5, #recs)
      assert.are.equal("ok1", recs[1].id)
      assert.are.equal("stdin:2", recs[2].input)
      assert.are.equal('missing "text"', recs[2].error)
      assert.are.equal("stdin:3", recs[3].input)
      assert.matches("^invalid JSON", recs[3].error)
      assert.are.equal("bad2", recs[4].id)
      assert.are.equal('bad publication date "next week" (expected an ISO 8601 date)', recs[4].error)
      assert.are.equal("ok2", recs[5].id)
      assert.matches("5 records in, 2 analysed, 3 errors", err)
      assert.matches("stdin:2 %(bad1%): missing \"text\"", err)
    end)

    it("names a missing file and still processes the others", function()
      local out, err, code = run("extract spec/fixtures/nope.txt spec/fixtures/dateline.txt")
      assert.are.equal(1, code)
      local recs = lines(out)
      assert.are.equal(2, #recs)
      assert.matches("nope.txt: No such file or directory", json.decode(recs[1]).error)
      assert.matches("2 records in, 1 analysed, 1 errors", err)
    end)
  end)
end)
