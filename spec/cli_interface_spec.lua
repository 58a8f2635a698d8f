-- The analyst's commands (timeline, entities, kwic, merge, run, repl), run
-- as a user runs them, and the progress line.
local helpers = require "helpers"
local json = require "korea_nato.json"
local run, lines = helpers.run, helpers.lines

local function tmpfile(content)
  local path = os.tmpname()
  local h = assert(io.open(path, "wb"))
  h:write(content)
  h:close()
  return path
end

describe("korea-nato (analyst commands)", function()
  describe("help", function()
    it("has a page for every command", function()
      for _, cmd in ipairs { "extract", "timeline", "entities", "kwic", "merge", "run", "repl", "tokens" } do
        local out, _, code = run(cmd .. " --help")
        assert.are.equal(0, code, cmd)
        assert.matches("^usage: korea%-nato " .. cmd, out)
        local out2, _, code2 = run("help " .. cmd)
        assert.are.equal(0, code2)
        assert.are.equal(out, out2)
      end
    end)

    it("lists the commands and refuses unknown ones", function()
      local out, _, code = run("help")
      assert.are.equal(0, code)
      assert.matches("timeline FILES%.%.%.", out)
      assert.matches("repl %[FILES%.%.%.%]", out)
      local _, err, code2 = run("help nope")
      assert.are.equal(2, code2)
      assert.matches("unknown command 'nope'", err)
    end)
  end)

  describe("timeline", function()
    it("writes a Markdown chronology of the sample corpus", function()
      local out, err, code = run("timeline examples/corpus --format md")
      assert.are.equal(0, code)
      assert.matches("^# Timeline\n\n%d+ events %(%d+ dated, %d+ undated%) from %d+ sources", out)
      assert.matches("\n| Date | Event | Participants | Place | Sources |\n", out, 1, true)
      assert.are.equal("korea-nato timeline: 32 records in, 32 analysed, 0 errors", lines(err)[#lines(err)])
    end)

    it("writes every format", function()
      local out, _, code = run("timeline examples/corpus/feed.jsonl --format json")
      assert.are.equal(0, code)
      local t = assert(json.decode(out))
      assert.is_table(t.events)
      assert.is_table(t.undated)
      assert.is_table(t.entities)
      out = run("timeline examples/corpus/feed.jsonl --format csv")
      assert.matches("^id,date,date_end,type,cameo,modality,title,participants,", out)
      assert.matches("\r\n$", out)
      out = run("timeline examples/corpus/feed.jsonl --format timelinejs --title 'Feed'")
      local tj = assert(json.decode(out))
      assert.are.equal("Feed", tj.title.text.headline)
      assert.is_table(tj.events)
      out = run("timeline examples/corpus/feed.jsonl --format=html")
      assert.matches("^<!DOCTYPE html>", out)
    end)

    it("keeps only what --where selects", function()
      local out, _, code = run("timeline examples/corpus --format json --where \"type=meeting and date>=2024-10\"")
      assert.are.equal(0, code)
      local t = assert(json.decode(out))
      assert.is_true(#t.events > 0)
      assert.are.equal(0, #t.undated)
      for _, e in ipairs(t.events) do
        assert.are.equal("meeting", e.type)
        assert.is_true(e.date >= "2024-10" or (e.date_end ~= json.null and e.date_end >= "2024-10"))
      end
    end)

    it("points at a bad --where token and exits with 2", function()
      local out, err, code = run("timeline examples/corpus/feed.jsonl --where \"type=meeting and participant=\"")
      assert.are.equal(2, code)
      assert.are.equal("", out)
      assert.are.equal("korea-nato: bad --where: expected a value after '=' at position 30\n"
        .. "  type=meeting and participant=\n"
        .. "                               ^\n", err)
      out, err, code = run("timeline examples/corpus/feed.jsonl --where \"participant='Nobody Here'\"")
      assert.are.equal(2, code)
      assert.are.equal("", out)
      assert.matches("korea%-nato: bad %-%-where: unknown entity 'Nobody Here' at position 13\n"
        .. "  participant='Nobody Here'\n              %^\n", err)
    end)

    it("refuses an unknown format before reading anything", function()
      local _, err, code = run("timeline --format pdf examples/corpus")
      assert.are.equal(2, code)
      assert.are.equal("korea-nato: unknown format 'pdf' (expected md, json, csv, timelinejs, html, partial)\n"
        .. "Try 'korea-nato --help'.\n", err)
    end)

    it("writes to -o and reports bad records with exit status 1", function()
      local path = os.tmpname()
      local feed = '{"id":"a","text":"Mark Rutte met Cho Tae-yul in Brussels on Monday.","published":"2024-10-28"}\n'
        .. '{"id":"b"}\n'
      local out, err, code = run("timeline - --format md -o " .. path, feed)
      assert.are.equal(1, code)
      assert.are.equal("", out)
      assert.matches("korea%-nato: stdin:2 %(b%): missing \"text\"", err)
      assert.matches("2 records in, 1 analysed, 1 errors", err)
      assert.matches("^# Timeline\n", helpers.read(path))
      os.remove(path)
    end)
  end)

  describe("entities", function()
    it("lists entities with counts, filtered and cut", function()
      local out, err, code = run("entities examples/corpus --top 3 --where type=PERSON --format csv")
      assert.are.equal(0, code)
      local rows = lines(out)
      assert.are.equal(4, #rows)
      assert.are.equal("id,name,type,mentions,documents\r", rows[1])
      for i = 2, 4 do assert.matches("^person/[^,]+,[^,]+,PERSON,%d+,%d+\r$", rows[i]) end
      assert.matches("korea%-nato entities: 32 records in, 32 analysed, 0 errors", err)
    end)

    it("writes text and JSON", function()
      local out = run("entities examples/corpus/feed.jsonl --top 2")
      assert.matches("^mentions documents  type +id +name\n", out)
      local list = assert(json.decode(run("entities examples/corpus/feed.jsonl --format json --where 'mentions>=10'")))
      for _, e in ipairs(list) do assert.is_true(e.mentions >= 10) end
      local _, err, code = run("entities --top zero examples/corpus")
      assert.are.equal(2, code)
      assert.matches("%-%-top: expected a positive integer, got 'zero'", err)
    end)
  end)

  describe("kwic", function()
    local note
    setup(function()
      note = tmpfile("Title: A note\nPublished: 2024-10-28\n\n"
        .. "Cho Tae-yul met Antony Blinken in Washington. They discussed denuclearization at length.\n")
    end)
    teardown(function() os.remove(note) end)

    it("prints each occurrence with its context", function()
      local out, _, code = run("kwic --width 14 denuclear* " .. note)
      assert.are.equal(0, code)
      local id = note:match("([^/]+)$"):gsub("%.[^.]*$", "")
      -- (the header block is sentence 1)
      assert.are.equal(id .. ":3\tThey discussed [denuclearization] at length.\n", out)
    end)

    it("finds an entity by name with --entity, in JSON", function()
      local out, _, code = run("kwic --entity --format json 'Antony Blinken' " .. note)
      assert.are.equal(0, code)
      local l = assert(json.decode(lines(out)[1]))
      assert.are.equal("Antony Blinken", l.match)
      assert.are.equal(2, l.sentence)
      local _, err, code2 = run("kwic --entity 'Nobody Here' " .. note)
      assert.are.equal(2, code2)
      assert.matches("kwic: unknown entity 'Nobody Here'", err)
      _, err, code2 = run("kwic --width 0 x " .. note)
      assert.are.equal(2, code2)
      assert.matches("%-%-width: expected a positive integer, got '0'", err)
    end)
  end)

  describe("merge", function()
    local a, b
    setup(function()
      a, b = os.tmpname(), os.tmpname()
      run("timeline examples/corpus/feed.jsonl --format json -o " .. a)
      run("timeline examples/corpus/2024-10-28-hanbit-nac-briefing.txt examples/corpus/2024-10-29-capital-ledger-rutte-kursk.txt"
        .. " --format json -o " .. b)
    end)
    teardown(function() os.remove(a); os.remove(b) end)

    it("merges parts into one timeline, whatever their order", function()
      local ab, _, code = run("merge " .. a .. " " .. b)
      assert.are.equal(0, code)
      local ba = run("merge " .. b .. " " .. a)
      assert.are.equal(ab, ba)
      local t = assert(json.decode(ab))
      local pa, pb = json.decode(helpers.read(a)), json.decode(helpers.read(b))
      local reports = 0
      for _, part in ipairs { pa, pb } do
        for _, list in ipairs { part.events, part.undated } do
          for _, e in ipairs(list) do reports = reports + #e.mentions end
        end
      end
      local merged = 0
      for _, list in ipairs { t.events, t.undated } do
        for _, e in ipairs(list) do merged = merged + #e.mentions end
      end
      assert.are.equal(reports, merged)
    end)

    it("writes other formats and reads standard input", function()
      local out, _, code = run("merge --format md - " .. b, helpers.read(a))
      assert.are.equal(0, code)
      assert.matches("^# Timeline\n", out)
    end)

    it("reports parts it cannot use and exits with 1", function()
      local bad = tmpfile("[1, 2]")
      local broken = tmpfile("{\"events\": ")
      local out, err, code = run("merge " .. a .. " spec/fixtures/nope.json " .. bad .. " " .. broken)
      assert.are.equal(1, code)
      assert.is_table(json.decode(out))
      local e = lines(err)
      assert.are.equal("korea-nato: spec/fixtures/nope.json: No such file or directory", e[1])
      assert.are.equal("korea-nato: " .. bad .. ": not a timeline (expected an object with \"events\")", e[2])
      assert.matches("^korea%-nato: " .. broken:gsub("%p", "%%%0") .. ": invalid JSON: ", e[3])
      os.remove(bad); os.remove(broken)
      local _, err2, code2 = run("merge")
      assert.are.equal(2, code2)
      assert.matches("merge: no partial timelines given", err2)
    end)
  end)

  describe("run", function()
    it("runs a script with kn, corpus and its arguments", function()
      local script = tmpfile([[
        local args = { ... }
        print(#corpus, corpus[1].id, arg[1], args[2], arg[0] ~= nil)
        print(kn.query ~= nil, report.markdown ~= nil, json.encode({ 1 }))
        return 3
      ]])
      local out, err, code = run("run " .. script .. " spec/fixtures/dateline.txt -- first second")
      assert.are.equal(3, code)
      assert.are.equal("1\tdateline\tfirst\tsecond\ttrue\ntrue\ttrue\t[1]\n", out)
      assert.are.equal("", err)
      os.remove(script)
    end)

    it("reports a failing script with 1 and a missing one with 2", function()
      local script = tmpfile("error('no luck')\n")
      local _, err, code = run("run " .. script)
      assert.are.equal(1, code)
      assert.matches("^korea%-nato run: [^\n]*: no luck\nstack traceback:", err)
      os.remove(script)
      _, err, code = run("run spec/fixtures/no-such-script.lua")
      assert.are.equal(2, code)
      assert.matches("run: cannot open spec/fixtures/no%-such%-script%.lua", err)
      _, err, code = run("run")
      assert.are.equal(2, code)
      assert.matches("run: give a script", err)
    end)

    it("reports records that fail to load, then runs", function()
      local script = tmpfile("print(#corpus, #corpus:errors())\n")
      local out, err, code = run("run " .. script .. " spec/fixtures/corpus-mixed.jsonl")
      assert.are.equal(1, code)
      assert.are.equal("2\t4\n", out)
      assert.matches("korea%-nato: spec/fixtures/corpus%-mixed%.jsonl:2 %(feed%-2%): missing \"text\"\n", err)
      os.remove(script)
    end)

    it("runs the example scripts", function()
      local out, _, code = run("run examples/weekly_brief.lua examples/corpus -- 2024-W44")
      assert.are.equal(0, code)
      assert.matches("^# Weekly brief: 2024%-W44 %(2024%-10%-28 to 2024%-11%-03%)\n", out)
      assert.matches("\n8 articles this week, 0 the week before%.\n", out)
      out, _, code = run("run examples/actor_profile.lua examples/corpus -- 'Cho Tae Yul'")
      assert.are.equal(0, code)
      assert.matches("^# Cho Tae%-yul\n\n%- id: `person/cho%-tae%-yul`, PERSON\n", out)
      assert.matches("\n## Mentions per month\n", out)
      out, _, code = run("run examples/source_disagreement.lua examples/corpus")
      assert.are.equal(0, code)
      assert.matches("^# Where the sources disagree\n", out)
      assert.matches("calls Jens Stoltenberg the Secretary General of NATO; on 2024%-10%-29 the post was held by Mark Rutte", out)
    end)
  end)

  describe("repl", function()
    it("evaluates piped input: expressions, statements over lines, session locals", function()
      local input = table.concat({
        "#corpus",
        "local n = 0",
        "for _, d in ipairs(corpus) do",
        "  n = n + #d.id",
        "end",
        "n",
        "1 +",
        "2",
        "{ 1, 'two', k = true }",
        "'a', nil, 3",
        "",
        ".exit",
        "print('not reached')",
      }, "\n") .. "\n"
      local out, err, code = run("repl spec/fixtures/dateline.txt", input)
      assert.are.equal(0, code)
      assert.are.equal("", err)
      assert.are.equal("1\n8\n3\n{ 1, \"two\", k = true }\na\tnil\t3\n", out)
    end)

    it("prints errors and goes on; exit status 1 when input was piped", function()
      local out, err, code = run("repl", "error('bad')\nx = = 1\n40 + 2\n")
      assert.are.equal(1, code)
      assert.are.equal("42\n", out)
      assert.matches("^stdin:1: bad\nstack traceback:", err)
      assert.matches("\nstdin:1: unexpected symbol near '='\n$", err)
    end)

    it("shows objects through their __tostring", function()
      local out = run("repl examples/corpus/feed.jsonl", "corpus\ncorpus:entities():top(1)\n")
      assert.matches("^Corpus %(8 documents, 0 errors, [%d.]+ kB, 2023%-11%-13%.%.2026%-01%-22; 0 undated%)\n1 entities:\n", out)
    end)
  end)

  describe("common options", function()
    it("loads user rules with --rules", function()
      local rules = tmpfile('rules.add{ name = "hs", pattern = lpeg.P"Hwasong-" * lpeg.R"09"^1, mention = { type = "WEAPON" } }\n')
      local out, _, code = run("extract --rules " .. rules .. " -", '{"id":"w","text":"They fired a Hwasong-19 today."}\n')
      assert.are.equal(0, code)
      local d = assert(json.decode(out))
      local found
      for _, m in ipairs(d.mentions) do if m.type == "WEAPON" then found = m end end
      assert.same({ entity = "weapon/hwasong-19", type = "WEAPON", name = "Hwasong-19", text = "Hwasong-19",
        start = 14, stop = 23, sentence = 1, how = "name" }, found)
      os.remove(rules)
      local _, err, code2 = run("extract --rules spec/fixtures/no-rules.lua spec/fixtures/dateline.txt")
      assert.are.equal(2, code2)
      assert.matches("^korea%-nato: %-%-rules: cannot open spec/fixtures/no%-rules%.lua", err)
    end)

    it("refuses an unreadable gazetteer with 2", function()
      local _, err, code = run("timeline --gazetteer spec/fixtures/none.kng spec/fixtures/dateline.txt")
      assert.are.equal(2, code)
      assert.are.equal("korea-nato: --gazetteer: spec/fixtures/none.kng: No such file or directory\n"
        .. "Try 'korea-nato --help'.\n", err)
    end)

    it("adds a gazetteer's entities with --gazetteer", function()
      local kng = tmpfile("person/jo-an-example\nname: Jo An Example\nalias: J. A. Example\n")
      local out, _, code = run("entities --gazetteer " .. kng .. " --format csv -", '{"text":"Jo An Example spoke."}\n')
      assert.are.equal(0, code)
      assert.matches("\nperson/jo%-an%-example,Jo An Example,PERSON,1,1\r\n", out)
      os.remove(kng)
    end)

    it("stays quiet on standard error when it is not a terminal", function()
      local _, err = run("extract examples/corpus/feed.jsonl")
      assert.are.equal("korea-nato extract: 8 records in, 8 analysed, 0 errors\n", err)
    end)
  end)
end)

describe("korea_nato.cli.progress", function()
  local cli = require "korea_nato.cli"

  local function sink()
    local buf = {}
    return { write = function(_, ...) for _, s in ipairs { ... } do buf[#buf + 1] = s end end }, buf
  end

  it("redraws at most every half second with documents, MB, MB/s and ETA", function()
    local now = 0
    local out, buf = sink()
    local p = cli.progress { total = 40 * 1048576, out = out, clock = function() return now end, enabled = true }
    p.step(1048576)                 -- t = 0: too early
    assert.are.equal(0, #buf)
    now = 2
    p.step(3 * 1048576)             -- 2 docs, 4 MB in 2 s
    assert.are.equal("\rkorea-nato: 2 documents, 4.0 MB of 40.0 MB, 2.0 MB/s, ETA 0:18\27[K", table.concat(buf))
    now = 2.2
    p.step(0)                       -- 0.2 s after the last line: not yet
    assert.are.equal(3, #buf)
    now = 100
    p.at(20 * 1048576)
    p.step(0)
    assert.matches("4 documents, 20%.0 MB of 40%.0 MB, 0%.2 MB/s, ETA 1:40", table.concat(buf))
    p.finish()
    assert.are.equal("\r\27[K", buf[#buf])
  end)

  it("rounds the ETA to whole seconds", function()
    local now = 0
    local out, buf = sink()
    local p = cli.progress { total = 10 * 1048576, out = out, clock = function() return now end, enabled = true }
    now = 3
    p.step(1048576)                 -- 1 MB in 3 s: 9 MB left at 1/3 MB/s
    assert.are.equal("\rkorea-nato: 1 documents, 1.0 MB of 10.0 MB, 0.3 MB/s, ETA 0:27\27[K", table.concat(buf))
    now = 3.7
    p.step(1048576 // 3)
    assert.matches("ETA 0:2%d\27%[K$", table.concat(buf))
  end)

  it("leaves out the ETA when the size is not known, and writes nothing when off", function()
    local now = 0
    local out, buf = sink()
    local p = cli.progress { out = out, clock = function() return now end, enabled = true }
    now = 1
    p.step(1048576)
    assert.are.equal("\rkorea-nato: 1 documents, 1.0 MB, 1.0 MB/s\27[K", table.concat(buf))
    local out2, buf2 = sink()
    local q = cli.progress { total = 1, out = out2, clock = function() return now end, enabled = false }
    now = 5
    q.step(10)
    q.finish()
    assert.are.equal(0, #buf2)
  end)
end)
