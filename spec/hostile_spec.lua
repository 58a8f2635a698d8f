-- Hostile input through the Lua API and the command line: bad bytes, huge
-- and degenerate texts, broken JSON Lines, odd directory entries, broken
-- gazetteers and lexicons. Every record comes out as a result or as an error
-- that names it (DESIGN.md: nothing lost, nothing silent), and every span
-- is exact: text:sub(start, stop) is the reported text.
--
-- Small inputs are committed in spec/fixtures/hostile/ (written by its
-- generate.lua); big ones are made here in a temporary directory.
local helpers = require "helpers"
local kn = require "korea_nato"
local json = require "korea_nato.json"

local run, lines, read = helpers.run, helpers.lines, helpers.read
local FIX = "spec/fixtures/hostile/"

local function write(path, s)
  local h = assert(io.open(path, "wb"))
  h:write(s)
  h:close()
end

local function shell_quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

-- As the JSON writer puts a string: invalid UTF-8 bytes become U+FFFD.
local function as_json(s) return json.decode(json.encode(s)) end
local function same(s) return s end

--- Checks every span of an extract record (SCHEMA.md) against the text:
-- sentences ordered, inside the text, starting and ending on a token;
-- mentions, timexes and event triggers exact and inside their sentence.
-- norm maps the raw bytes to what the record holds (as_json for the CLI).
local function check_spans(text, rec, norm)
  norm = norm or same
  local prev = 0
  for i, s in ipairs(rec.sentences) do
    local a, b = math.tointeger(s[1]), math.tointeger(s[2])
    assert(a and b and a > prev and a <= b and b <= #text, ("sentence %d [%d, %d] of %d bytes"):format(i, a, b, #text))
    assert(not text:sub(a, a):match("^[ \t\r\n]$") and not text:sub(b, b):match("^[ \t\r\n]$"),
      ("sentence %d starts or ends on white space"):format(i))
    prev = b
  end
  local function span(kind, x, t)
    local a, b = x.start, x.stop
    a, b = math.tointeger(a), math.tointeger(b)   -- cjson reads numbers as floats
    assert(a and b and a >= 1 and a <= b and b <= #text,
      ("%s [%s, %s] of %d bytes"):format(kind, tostring(a), tostring(b), #text))
    if norm(text:sub(a, b)) ~= x.text then
      error(("%s [%d, %d]: %q is not the text %q"):format(kind, a, b, x.text, text:sub(a, b)), 0)
    end
    local s = rec.sentences[t.sentence]
    assert(s and a >= s[1] and b <= s[2], ("%s [%d, %d] outside its sentence %s"):format(kind, a, b, tostring(t.sentence)))
  end
  local last = 0
  for _, m in ipairs(rec.mentions or {}) do
    span("mention", m, m)
    assert(m.start > last, "mentions overlap at " .. m.start)
    last = m.stop
  end
  for _, t in ipairs(rec.timexes or {}) do span("timex", t, t) end
  for _, e in ipairs(rec.events or {}) do span("event trigger", e.trigger, e) end
end

local function analyze(text, meta)
  local doc = kn.analyze(text, meta or { published = "2024-10-28" })
  local rec = doc:totable()
  check_spans(text, rec)
  return doc, rec
end

local function count(list, field, value)
  local n = 0
  for _, x in ipairs(list) do if x[field] == value then n = n + 1 end end
  return n
end

local function decode_all(out)
  local recs = {}
  for _, l in ipairs(lines(out)) do recs[#recs + 1] = assert(json.decode(l)) end
  return recs
end

local tmp
setup(function()
  tmp = os.tmpname()
  os.remove(tmp)
  assert(os.execute("mkdir -p " .. shell_quote(tmp)))
end)
teardown(function()
  if tmp and tmp:match("^/tmp/") then os.execute("chmod -R u+rwx " .. shell_quote(tmp) .. "; rm -rf " .. shell_quote(tmp)) end
end)

describe("hostile input", function()
  describe("kn.analyze()", function()
    it("keeps offsets exact around invalid UTF-8, overlong forms and lone surrogates", function()
      local bad = { "\x80", "\xFF", "\xC0\xAF", "\xE0\x80\xAF", "\xF0\x80\x80\xAF", "\xED\xA0\x80",
        "\xED\xBF\xBF", "\xF4\x90\x80\x80", "\xE2\x82", "\xC3" }
      for _, b in ipairs(bad) do
        local text = "Foreign Minister Cho Tae-yul" .. b .. " met NATO " .. b .. "chief Mark Rutte on Oct. 28" .. b
        local doc, rec = analyze(text)
        assert.are.equal(1, count(rec.mentions, "entity", "person/cho-tae-yul"))
        assert.are.equal(1, count(rec.mentions, "entity", "org/nato"))
        assert.are.equal(1, #rec.timexes)
        -- each bad byte is a symbol token of one byte
        local syms = 0
        for _, t in doc:tokens():iter() do
          if t.kind == "symbol" then syms = syms + 1; assert.are.equal(1, #t.text) end
        end
        assert.are.equal(3 * #b, syms)
      end
    end)

    it("reads a text file with bad bytes in its header and body", function()
      local text = read(FIX .. "bad-utf8.txt")
      local _, rec = analyze(text, { from_file = true })
      assert.are.equal("2024-10-28", rec.published)
      assert.are.equal(1, text:find("Title: Bytes \xC0\xAF in a title\n", 1, true))
      assert.are.equal("Bytes \xC0\xAF in a title", rec.title)
      assert.are.equal(1, count(rec.mentions, "entity", "person/cho-tae-yul"))
      assert.are.equal(1, count(rec.mentions, "entity", "person/mark-rutte"))
      -- the record is valid JSON, the bytes replaced only in the writing
      local back = json.decode(json.encode(rec))
      assert.are.equal("Bytes \u{FFFD}\u{FFFD} in a title", back.title)
      check_spans(text, back, as_json)
    end)

    it("treats NUL and control bytes as symbols, never as the end of the text", function()
      local text = read(FIX .. "nul.txt")
      assert.are.equal(78, #text)
      local doc, rec = analyze(text)
      assert.are.equal(1, count(rec.mentions, "entity", "org/nato"))
      assert.are.equal(1, count(rec.mentions, "entity", "person/cho-tae-yul"))
      assert.are.equal("Thursday", rec.timexes[1].text)
      local toks = doc:tokens()
      assert.are.equal("\0", toks[#toks].text)
      assert.are.equal(#text, toks[#toks].stop)
    end)

    it("splits mixed CRLF, CR and LF line ends like LF, with exact offsets", function()
      local text = read(FIX .. "crlf.txt")
      local _, rec = analyze(text, { from_file = true })
      assert.are.equal("Cho Tae-yul, mixed line ends", rec.title)
      assert.are.equal("2024-10-28", rec.published)
      for _, s in ipairs(rec.sentences) do
        assert.is_nil(text:sub(s[1], s[2]):find("\r$"))
      end
      -- the header block (CRLF-ended) is skipped: the name in the title is no mention
      assert.are.equal(2, count(rec.mentions, "entity", "person/cho-tae-yul"))
      assert.is_true(rec.mentions[1].start > text:find("\r\n\r\n", 1, true))
    end)

    it("analyses 10 MB with no space and no period as one sentence", function()
      local text = ("NATOx"):rep(2 * 1024 * 1024)
      local doc, rec = analyze(text)
      assert.same({ { 1, #text } }, rec.sentences)
      assert.are.equal(1, #doc:tokens())
      assert.same({}, rec.mentions)
    end)

    it("finds the names around 100,000-character tokens", function()
      for _, unit in ipairs { "a", "\xEA\xB0\x80", "7", "a\xCC\x81", "\xE2\x80\x8B", "-", "." } do
        local text = "Cho Tae-yul met " .. unit:rep(100000) .. " Mark Rutte in Brussels on Thursday."
        local _, rec = analyze(text)
        assert.are.equal(1, count(rec.mentions, "entity", "person/cho-tae-yul"))
        assert.are.equal(text:find("Brussels", 1, true), rec.mentions[#rec.mentions].start)
      end
    end)

    it("links every one of NATO x 100,000 and Cho Tae-yul x 50,000", function()
      local text = ("NATO "):rep(100000)
      local _, rec = analyze(text)
      assert.are.equal(100000, #rec.mentions)
      assert.are.equal(100000, count(rec.mentions, "entity", "org/nato"))
      assert.are.equal(499996, rec.mentions[100000].start)
      text = ("Cho Tae-yul "):rep(50000)
      _, rec = analyze(text)
      assert.are.equal(50000, count(rec.mentions, "entity", "person/cho-tae-yul"))
      assert.are.equal(50000, #rec.mentions)
    end)

    it("stays linear on degenerate texts", function()
      -- each of these took from seconds to hours before the fixes (one
      -- sentence of triggers, thousands of new names, a header line of
      -- spaces); no time is measured, a regression is a run that never ends
      local texts = {
        ("talks with Cho Tae-yul, "):rep(20000),
        ("NATO summit with Cho Tae-yul. "):rep(20000),
        "Title: a" .. (" "):rep(200000) .. "x\n\nBody.",
        ("a" .. (" "):rep(197) .. "b\n"):rep(5000),
      }
      local names = {}
      for i = 1, 5000 do
        local x, nm = i, {}
        repeat nm[#nm + 1] = string.char(97 + x % 26); x = x // 26 until x == 0
        names[#names + 1] = "Mr. K" .. table.concat(nm) .. " said. "
      end
      texts[#texts + 1] = table.concat(names)
      for _, text in ipairs(texts) do analyze(text) end
    end)

    it("gives \"Mr. Yoon\" after Yoon Suk Yeol one mention, his short form", function()
      local text = "President Yoon Suk Yeol arrived. Earlier, Mr. Yoon held talks with Mr. Kishida."
      local _, rec = analyze(text)
      local at = text:find("Mr. Yoon", 1, true) + 4
      local here = {}
      for _, m in ipairs(rec.mentions) do if m.start == at then here[#here + 1] = m end end
      assert.are.equal(1, #here)
      assert.are.equal("person/yoon-suk-yeol", here[1].entity)
      assert.are.equal("short", here[1].how)
    end)
  end)

  describe("core.analyze()", function()
    local core = kn.core
    local text = "Cho Tae-yul met Antony Blinken in Washington on Thursday. Cho said talks will follow."
    local function args() return kn.abbreviations(), kn.gazetteer.default():core(), "2024-10-28" end

    it("gives the same results when re-entered from a skip table's __len", function()
      local ab, g, pub = args()
      local lex = kn.events_lexicon()
      local inner
      local skip = setmetatable({}, { __len = function()
        inner = core.analyze(text .. " Again on Friday.", ab, g, pub, nil, lex)
        return 0
      end })
      local d = core.analyze(text, ab, g, pub, skip, lex)
      local ref = core.analyze(text, ab, g, pub, nil, lex)
      assert.same(ref:mentions(), d:mentions())
      assert.same(ref:timexes(), d:timexes())
      assert.same(ref:events(), d:events())
      assert.are.equal(#ref:timexes() + 1, #inner:timexes())
      -- a doc's results can be tagged again with another anchor
      assert.are.equal(#ref:timexes(), #core.timexes(d, "2025-04-01"))
      assert.are.equal(0, #core.analyze("Just words.", ab):mentions())
    end)

    it("makes kn.analyze's Document from the fields after its six arguments, leaving nil ones out", function()
      local ab, g, pub = args()
      local lex = kn.events_lexicon()
      local mt = kn.Document
      local extra = { desk = "Seoul" }
      local skip = { { 1, 3 } }
      local d = core.analyze(text, ab, g, pub, skip, lex, mt, extra, "wire-1", nil, "Wire", nil, "Kim", "metadata", "G")
      assert.are.equal(mt, getmetatable(d))
      local fields = {}
      for k, v in pairs(d) do if k ~= "_core" then fields[k] = v end end
      assert.same({ text = text, meta = extra, id = "wire-1", source = "Wire", author = "Kim", published = pub,
        published_from = "metadata", _skip = skip, _gazetteer = "G" }, fields)
      local ref = core.analyze(text, ab, g, pub, skip, lex)
      assert.same(ref:mentions(), d._core:mentions())
      assert.same(ref:events("wire-1"), d:events())
      assert.are.equal(#ref:tokens(), #d:tokens())
      -- false is a value, as in a table constructor
      d = core.analyze(text, ab, g, nil, nil, lex, mt, false, nil, nil, nil, nil, nil, "none")
      assert.is_false(d.meta)
      assert.is_nil(rawget(d, "published"))
      assert.are.equal("none", d.published_from)
    end)

    it("raises for a skip range that is not a table, and analyses the next text as before", function()
      local ab, g, pub = args()
      local lex = kn.events_lexicon()
      local ref = core.analyze(text, ab, g, pub, nil, lex)
      local ok, err = pcall(core.analyze, text, ab, g, pub, { { 1, 3 }, 5 }, lex)
      assert.is_false(ok)
      assert.matches("skip range 2 is not a table$", err)
      ok, err = pcall(core.tokenize, text, ab, { { 1, 3 }, "x" })
      assert.is_false(ok)
      assert.matches("skip range 2 is not a table$", err)
      local d = core.analyze(text, ab, g, pub, nil, lex)
      assert.same(ref:mentions(), d:mentions())
      assert.same(ref:events(), d:events())
      assert.are.equal(#ref:tokens(), #core.tokenize(text, ab, { { 1, 3 } }))
    end)

    it("keeps a doc's results when later texts are analysed in the same arrays", function()
      local ab, g, pub = args()
      local lex = kn.events_lexicon()
      local function all(d)
        local toks = {}
        for i = 1, #d:tokens() do local t = d:tokens()[i]; toks[i] = t.text .. "@" .. t.start end
        return { toks, d:sentences():spans(), d:mentions(), d:timexes(), d:events(), d:new_entities() }
      end
      local first = core.analyze(text, ab, g, pub, nil, lex)
      local want = all(first)
      assert.is_true(#want[3] > 0 and #want[4] > 0 and #want[5] > 0)
      -- longer and shorter texts after it, one re-tagged and one closed
      local other = "Antony Blinken met Yoko Kamikawa in Tokyo on Friday, and Cho Tae-yul will visit Seoul next week. "
      local later = core.analyze(other:rep(40), ab, g, "2025-01-02", nil, lex)
      core.timexes(later, "2025-04-01")
      core.analyze("Kim met Putin.", ab, g, nil, nil, lex):close()
      for _ = 1, 3 do core.analyze(other, ab, g, pub, nil, lex) end
      collectgarbage()
      assert.same(want, all(first))
      assert.are.equal(#all(core.analyze(other:rep(40), ab, g, "2025-04-01", nil, lex))[4], #core.timexes(later))
    end)

    it("frees a dropped doc's results in one collection", function()
      local ab, g, pub = args()
      local lex = kn.events_lexicon()
      local big = ("Antony Blinken met Yoko Kamikawa in Tokyo on Friday, and Cho Tae-yul will visit Seoul next week. "):rep(400)
      collectgarbage()
      collectgarbage()
      local before = collectgarbage("count")
      local d = core.analyze(big, ab, g, pub, nil, lex)
      local held = collectgarbage("count") - before
      assert.is_true(held > 4 * #big / 1024)   -- the collector sees the results
      d = nil   -- luacheck: ignore
      collectgarbage()
      assert.is_true(collectgarbage("count") - before < held / 10)
      -- a re-tagged doc has memory of its own, freed by its finalizer
      d = core.analyze(big, ab, g, pub, nil, lex)
      assert.are.equal(#d:timexes(), #core.timexes(d, "2025-04-01"))
      d = nil   -- luacheck: ignore
      collectgarbage()
      collectgarbage()
      assert.is_true(collectgarbage("count") - before < held / 10)
    end)

    it("keeps a stopped collector stopped", function()
      local ab, g, pub = args()
      local finalized = 0
      collectgarbage("stop")
      for i = 1, 200 do
        setmetatable({}, { __gc = function() finalized = finalized + 1 end })
        core.analyze(text .. i, ab, g, pub)
      end
      local n = finalized
      collectgarbage("restart")
      assert.are.equal(0, n)
    end)
  end)

  describe("korea-nato extract", function()
    -- what every line of broken.jsonl must give: an id or nil, the error or
    -- nil when analysed (see its generate.lua)
    local F = FIX .. "broken.jsonl"
    local EXPECT = {
      { 1, "bad-bytes" },
      { 2, "nul-escaped" },
      { 3, nil, "^invalid JSON: .*invalid unicode escape" },
      { 4, nil, "^invalid JSON: NUL byte at character 28" },
      { 5, "no-text", 'missing "text"' },
      { 6, "text-number", '"text" is not a string' },
      { 7, nil, '"id" is not a string' },
      { 8, nil, "record is not a JSON object" },
      { 9, nil, "record is not a JSON object" },
      { 10, nil, "^invalid JSON: " },
      { 11, "pub-number", '"published" is not a string' },
      { 12, "title-object", '"title" is not a string' },
      { 13, "crlf" },
      { 16, "mixed-eol" },
      { 17, F .. ":17" },
      { 18, "bad-date", 'bad publication date "2024-13-45" (expected an ISO 8601 date)' },
      { 19, nil, "record is not a JSON object" },
      { 20, nil, "^invalid JSON: " },
      { 21, "empty-text" },
      { 22, "12" },
      { 23, nil, '"id" is not a string' },
      { 24, "deep", '"extra" is nested too deep (32 levels at most)' },
    }

    it("reports each broken record in its place by file:line, id and reason, and analyses the rest", function()
      local out, err, code = run("extract " .. F)
      assert.are.equal(1, code)
      local recs = decode_all(out)
      assert.are.equal(#EXPECT, #recs)
      local source = {}
      for l in io.lines(F) do source[#source + 1] = l end
      for i, x in ipairs(EXPECT) do
        local r, line, id, why = recs[i], x[1], x[2], x[3]
        if why then
          assert.are.equal(F .. ":" .. line, r.input)
          if why:sub(1, 1) == "^" then assert.matches(why, r.error) else assert.are.equal(why, r.error) end
          assert.are.equal(id or json.null, r.id)
          -- and the same on standard error, with the id when there is one
          local lead = "korea%-nato: " .. (F .. ":" .. line):gsub("%p", "%%%0") .. (id and " %(" .. id:gsub("%p", "%%%0") .. "%)" or "") .. ": "
          assert.matches(lead, err)
        else
          assert.is_nil(r.error)
          assert.are.equal(id, r.id)
          local v = json.decode((source[line]:gsub("\r$", "")))
          check_spans(v.text, r, as_json)
        end
      end
      assert.matches("korea%-nato extract: 22 records in, 7 analysed, 15 errors\n$", err)
    end)

    it("says records in = analysed + errors, whatever the mix of inputs", function()
      local out, err, code = run("extract " .. F .. " " .. FIX .. "nul.txt " .. FIX .. "empty.jsonl " ..
        FIX .. "empty.txt " .. FIX .. "missing.txt " .. FIX .. "crlf.txt")
      assert.are.equal(1, code)
      local recs = decode_all(out)
      local analysed, errors = 0, 0
      for _, r in ipairs(recs) do
        if r.error then errors = errors + 1 else analysed = analysed + 1 end
      end
      local n_in, n_ok, n_err = err:match("korea%-nato extract: (%d+) records in, (%d+) analysed, (%d+) errors\n$")
      assert.are.equal(#recs, tonumber(n_in))
      assert.are.equal(analysed, tonumber(n_ok))
      assert.are.equal(errors, tonumber(n_err))
      assert.are.equal(22 + 1 + 0 + 1 + 1 + 1, #recs)
    end)

    it("takes an empty file as no records, and an empty article as one with no sentences", function()
      local out, err, code = run("extract " .. FIX .. "empty.jsonl")
      assert.are.equal(0, code)
      assert.are.equal("", out)
      assert.matches("0 records in, 0 analysed, 0 errors", err)
      out, err, code = run("extract " .. FIX .. "empty.txt")
      assert.are.equal(0, code)
      local d = json.decode(out)
      assert.are.equal("empty", d.id)
      assert.same({}, d.sentences)
      assert.matches("1 records in, 1 analysed, 0 errors", err)
    end)

    it("skips a byte order mark before the first record or header", function()
      local out, err, code = run("extract " .. FIX .. "bom.jsonl " .. FIX .. "bom.txt")
      assert.are.equal(0, code)
      local recs = decode_all(out)
      assert.are.equal("bom-1", recs[1].id)
      assert.are.equal(1, count(recs[1].mentions, "entity", "person/cho-tae-yul"))
      -- inside a text it is kept (and offsets count it)
      assert.are.equal(4, recs[2].mentions[1].start)
      check_spans("\xEF\xBB\xBFNATO.", recs[2], as_json)
      assert.are.equal("With a BOM", recs[3].title)
      assert.are.equal("metadata", recs[3].published_from)
      check_spans(read(FIX .. "bom.txt"), recs[3], as_json)
      assert.matches("3 records in, 3 analysed, 0 errors", err)
    end)

    it("reports a duplicate id as an error naming both lines, and keeps the first", function()
      local f = tmp .. "/dup.jsonl"
      write(f, '{"id":"a","text":"Cho Tae-yul met Rutte."}\n{"id":"b","text":"Other."}\n'
        .. '{"id":"a","text":"Cho Tae-yul met Rutte again."}\n')
      local out, err, code = run("extract " .. f)
      local recs = decode_all(out)
      assert.are.equal(3, #recs)
      assert.are.equal(1, code)
      assert.is_nil(recs[1].error)
      assert.same({ id = "a", input = f .. ":3", error = 'duplicate id "a" (first at ' .. f .. ':1)' }, recs[3])
      assert.matches("3 records in, 2 analysed, 1 errors", err)
    end)

    it("keeps ids apart across a large stream, in a few bytes each (core.idset)", function()
      local core = require "korea_nato.core"
      local ids = core.idset()
      for i = 1, 200000 do assert.is_nil(ids:add("doc-" .. i, i)) end
      assert.are.equal(200000, #ids)
      for i = 1, 200000, 7 do assert.are.equal(i, ids:add("doc-" .. i, 0)) end
      assert.are.equal(200000, #ids)
      assert.are.equal(1 << 40 | 5, (function() local s = core.idset(); s:add("x", 1 << 40 | 5); return s:add("x", 9) end)())
      assert.is_nil(ids:add("doc-200001", 0))
      assert.is_nil(ids:add("", 0))
      assert.are.equal(0, ids:add("", 3))
    end)

    it("finds an id however far back, in bounded memory: a full table goes to a sorted run on disk (core.idset)", function()
      local core = require "korea_nato.core"
      local ids = core.idset(64)   -- 64 slots: a run every 56 ids
      for i = 1, 5000 do assert.is_nil(ids:add("rec-" .. i, i * 3)) end
      assert.are.equal(5000, #ids)
      for i = 1, 5000, 13 do assert.are.equal(i * 3, ids:add("rec-" .. i, 0)) end
      assert.are.equal(4999 * 3, ids:add("rec-4999", 0))   -- still in the table
      assert.are.equal(3, ids:add("rec-1", 0))             -- in the first run
      assert.is_nil(ids:add("rec-5001", 1))
      assert.are.equal(5001, #ids)
      assert.has_error(function() core.idset(100) end)
      assert.has_error(function() core.idset(8) end)
    end)

    it("names dangling links, FIFOs, link loops and unreadable files in a directory, and reads the rest", function()
      local d = tmp .. "/dir"
      assert(os.execute("mkdir -p " .. shell_quote(d .. "/sub")))
      write(d .. "/a.txt", "Cho Tae-yul met Mark Rutte.")
      write(d .. "/sub/b.jsonl", '{"id":"b","text":"NATO said so."}\n')
      assert(os.execute("ln -s " .. shell_quote(d .. "/nowhere.txt") .. " " .. shell_quote(d .. "/dangling.txt")))
      assert(os.execute("ln -s .. " .. shell_quote(d .. "/sub/up")))
      local fifo = os.execute("mkfifo " .. shell_quote(d .. "/pipe.txt") .. " 2>/dev/null")
      local out, err, code = run("extract " .. shell_quote(d))
      assert.are.equal(1, code)
      local recs = decode_all(out)
      local by = {}
      for _, r in ipairs(recs) do by[r.input or r.id] = r end
      assert.are.equal("a", recs[1].id)
      assert.is_nil(recs[1].error)
      assert.are.equal(d .. "/dangling.txt: No such file or directory", by[d .. "/dangling.txt"].error)
      if fifo then
        assert.are.equal(d .. "/pipe.txt: not a regular file", by[d .. "/pipe.txt"].error)
      end
      assert.are.equal(d .. "/sub/up: directory already read as " .. d .. " (symbolic link loop?)", by[d .. "/sub/up"].error)
      assert.is_nil(by.b.error)
      local n = fifo and 5 or 4
      assert.are.equal(n, #recs)
      assert.matches(("%d records in, 2 analysed, %d errors"):format(n, n - 2), err)
      -- a file no one may read: root reads anything, so only a user can test it
      local unreadable = d .. "/secret.txt"
      write(unreadable, "Secret.")
      os.execute("chmod 000 " .. shell_quote(unreadable))
      local h = io.open(unreadable, "rb")
      if h then
        h:close()
        pending("running as root: a file with mode 000 is still readable, so it cannot be made unreadable")
        return
      end
      out = run("extract " .. shell_quote(unreadable))
      assert.matches("Permission denied", json.decode(out).error)
    end)

    it("analyses a 10 MB article with no space or period, and a 10 MB JSON Lines record", function()
      local f = tmp .. "/big.txt"
      local text = ("NATOx"):rep(2 * 1024 * 1024)
      write(f, text)
      local out, err, code = run("extract " .. f)
      assert.are.equal(0, code)
      local d = json.decode(out)
      assert.same({ { 1, #text } }, d.sentences)
      assert.matches("1 records in, 1 analysed, 0 errors", err)
      f = tmp .. "/big.jsonl"
      local body = ("x,"):rep(5 * 1024 * 1024 - 16) .. "Cho Tae-yul met NATO"
      write(f, '{"id":"x","text":"' .. body .. '"}\n{"id":"y","text":"After the big one."}\n')
      out, err, code = run("extract " .. f)
      assert.are.equal(0, code)
      local recs = decode_all(out)
      assert.are.equal(2, #recs)
      assert.same({ { 1, #body } }, recs[1].sentences)
      assert.are.equal(2, #recs[1].mentions)
      check_spans(body, recs[1], as_json)
      assert.are.equal("y", recs[2].id)
      assert.matches("2 records in, 2 analysed, 0 errors", err)
    end)
  end)

  describe("gazetteer files with errors", function()
    local BAD = read(FIX .. "bad.kng")
    local ERRORS = table.concat({
      "bad.kng:6: unknown key 'frobnicate'",
      "bad.kng:14: bad entity id (unknown kind or slug not lower-case a-z0-9-)",
      "bad.kng:5: missing name for person/bad-key",
      "bad.kng:8: duplicate id person/good-one",
      "bad.kng:12: bad holder 'person/good-one 2024-02-30 -' (expected person/<slug> YYYY-MM-DD YYYY-MM-DD|-)",
      "bad.kng:11: missing name for office/bad-holder",
    }, "\n")

    it("rejects a text with errors whole, with file:line reasons (load_string)", function()
      local g = kn.gazetteer.new()
      assert(g:load_string("person/keep\nname: Keep Me\n", "keep.kng"))
      local ok, err = g:load_string(BAD:gsub("person/bad\xC0\xAF", "person/bad-bytes"), "bad.kng")
      assert.is_nil(ok)
      assert.are.equal(ERRORS, err)
      assert.are.equal(1, #g)
      assert.is_nil(g:entity("person/good-one"))
      assert.truthy(g:compile())
      assert.are.equal("Keep Me", g:entity("person/keep").name)
    end)

    it("names the line of invalid UTF-8, and of a NUL byte", function()
      local g = kn.gazetteer.new()
      local ok, err = g:load_string(BAD, "bad.kng")
      assert.is_nil(ok)
      assert.are.equal("bad.kng:17: invalid UTF-8", err)
      ok, err = g:load_string("person/a\nname: A\0B\n", "nul.kng")
      assert.is_nil(ok)
      assert.are.equal("nul.kng:2: NUL byte in line\nnul.kng:1: missing name for person/a", err)
      assert.are.equal(0, #g)
    end)

    it("rejects a file with errors (load_file, kn.gazetteer.load), naming its path", function()
      local g = kn.gazetteer.new()
      local ok, err = g:load_file(FIX .. "bad.kng")
      assert.is_nil(ok)
      assert.are.equal(FIX .. "bad.kng:17: invalid UTF-8", err)
      ok, err = g:load_file(FIX .. "nope.kng")
      assert.is_nil(ok)
      assert.matches("nope.kng: No such file or directory", err)
      ok, err = kn.gazetteer.load { FIX .. "fix-ref.kng", FIX .. "bad.kng" }
      assert.is_nil(ok)
      assert.are.equal(FIX .. "bad.kng:17: invalid UTF-8", err)
    end)

    it("fails to compile on an unknown reference, saying where, until it is fixed", function()
      local g = kn.gazetteer.new()
      assert(g:load_file(FIX .. "unknown-ref.kng"))
      local ok, err = g:compile()
      assert.is_nil(ok)
      assert.are.equal(FIX .. "unknown-ref.kng:3: unknown id 'country/atlantis'", err)
      assert.has_error(function() kn.analyze("Anne Anders spoke.", { gazetteer = g }) end,
        FIX .. "unknown-ref.kng:3: unknown id 'country/atlantis'")
      assert(g:load_file(FIX .. "fix-ref.kng"))
      assert.truthy(g:compile())
      local doc = kn.analyze("Anne Anders spoke.", { gazetteer = g })
      assert.are.equal("person/anne-anders", doc:mentions()[1].entity)
      ok, err = kn.gazetteer.load(FIX .. "unknown-ref.kng")
      assert.is_nil(ok)
      assert.are.equal(FIX .. "unknown-ref.kng:3: unknown id 'country/atlantis'", err)
    end)
  end)

  describe("event lexicons with errors", function()
    it("keeps nothing of a rejected text, not even its classes", function()
      local lex = kn.core.event_lexicon()
      local ok, err = lex:load("@ghost spooky words\nmet meeting needs:nowhere\n", "bad.txt")
      assert.is_nil(ok)
      assert.are.equal("bad.txt:2: unknown class in a condition", err)
      ok, err = lex:load("met meeting needs:ghost\n", "uses.txt")
      assert.is_nil(ok)
      assert.are.equal("uses.txt:1: unknown class in a condition", err)
      ok, err = lex:load("@x a\0b\n", "nul.txt")
      assert.is_nil(ok)
      assert.are.equal("nul.txt:1: NUL byte in line", err)
      assert.matches("0 triggers", tostring(lex))
    end)

    it("leaves the lexicon in use alone when set_events fails", function()
      local ok, err = kn.set_events("meeting\n", "mine.txt")
      assert.is_nil(ok)
      assert.are.equal("mine.txt:1: expected a phrase and an event type", err)
      local doc = kn.analyze("Cho Tae-yul met Mark Rutte in Brussels on Thursday.", { published = "2024-10-28" })
      assert.are.equal(1, #doc:events())
    end)
  end)
end)
