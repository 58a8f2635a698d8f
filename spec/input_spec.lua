-- Reading articles and their metadata.
local kn = require "korea_nato"
local input = require "korea_nato.input"

describe("korea_nato.input", function()
  describe("parse_pubdate()", function()
    it("reads the dates outlets print", function()
      assert.are.equal("2024-10-28T15:39", input.parse_pubdate("Oct. 28, 2024 - 15:39"))
      assert.are.equal("2024-10-29T10:02", input.parse_pubdate("2024-10-29 10:02"))
      assert.are.equal("2024-07-10", input.parse_pubdate("July 10, 2024"))
      assert.are.equal("2024-10-28", input.parse_pubdate("28 October 2024"))
      assert.are.equal("2024-10-28T15:39", input.parse_pubdate("2024.10.28 15:39"))
      assert.are.equal("2023-11-13T15:39", input.parse_pubdate("Nov 13, 2023, 3:39 PM"))
      assert.are.equal("2024-10-28", input.parse_pubdate("Monday, Oct. 28, 2024"))
    end)
    it("rejects impossible dates", function()
      assert.is_nil(input.parse_pubdate("Feb. 30, 2024"))
      assert.is_nil(input.parse_pubdate("2024-13-01"))
      assert.is_nil(input.parse_pubdate("soon"))
    end)
  end)

  describe("text_meta()", function()
    it("reads a Key: value header block and skips it", function()
      local text = "Title: Talks\nSource: Wire\nPublished: 2024-10-28\n\nBody text here."
      local meta, skip = input.text_meta(text)
      assert.are.equal("Talks", meta.title)
      assert.are.equal("Wire", meta.source)
      assert.are.equal("2024-10-28", meta.published)
      assert.are.equal("metadata", meta.published_from)
      assert.same({ { 1, 47 } }, skip)
    end)

    it("reads a header whose first key is the longest one, after a byte order mark", function()
      local meta, skip = input.text_meta("\xEF\xBB\xBFPublished: 2024-10-28\nByline: Park Min-ji\n\nBody: text.")
      assert.are.equal("2024-10-28", meta.published)
      assert.are.equal("Park Min-ji", meta.author)
      assert.same({ { 1, 44 } }, skip)
      -- a first line with a longer word before its colon is no header
      meta, skip = input.text_meta("Publishing: 2024-10-28\nByline: Park Min-ji\n\nBody text.")
      assert.same({}, meta)
      assert.same({}, skip)
    end)

    it("finds publication line, byline, source line and boilerplate in the text", function()
      local f = assert(io.open("spec/fixtures/dateline.txt", "rb"))
      local text = f:read("a")
      f:close()
      local meta, skip = input.text_meta(text)
      assert.are.equal("2024-10-28T15:39", meta.published)
      assert.are.equal("text", meta.published_from)
      assert.are.equal("Park Min-ji", meta.author)
      assert.are.equal("Korea Pacific Wire", meta.source)
      local skipped = {}
      for _, r in ipairs(skip) do skipped[#skipped + 1] = text:sub(r[1], r[2]) end
      assert.same({ "By Park Min-ji", "Link copied", "Original Source: Korea Pacific Wire" }, skipped)
    end)

    it("takes the outlet from a section line at the top of the page, and skips the line", function()
      local body = "Defence Minister Kim Yong-hyun visited troops near the border on Tuesday, the ministry said, "
        .. "days after North Korea blew up roads on its side of the line.\n"
      local function meta_of(head)
        local text = head .. "\n\n" .. body
        local meta, skip = input.text_meta(text)
        local skipped = {}
        for _, r in ipairs(skip) do skipped[#skipped + 1] = text:sub(r[1], r[2]) end
        return meta, skipped
      end
      local meta, skipped = meta_of("Minister visits frontline units\nThe Seoul Courier > North Korea\n"
        .. "Published : Oct. 22, 2024 - 10:05")
      assert.are.equal("The Seoul Courier", meta.source)
      assert.are.equal("2024-10-22T10:05", meta.published)
      assert.same({ "The Seoul Courier > North Korea" }, skipped)
      assert.are.equal("Pacific Wire", (meta_of("Minister visits frontline units\nHome › Pacific Wire › Defence")).source)
      -- capitals: printed as a name, an acronym kept
      assert.are.equal("The Harbour Times", (meta_of("Minister visits troops\nTHE HARBOUR TIMES | WORLD")).source)
      assert.are.equal("KBS World News", (meta_of("Minister visits troops\nKBS WORLD NEWS | POLITICS")).source)
      -- no outlet: share buttons, a "Headline | Outlet" first line, a
      -- sentence, a section line below the first paragraph
      assert.is_nil(meta_of("Minister visits troops\nShare | Print | Link copied").source)
      assert.is_nil(meta_of("Kim Visits Frontline Units | The Seoul Courier").source)
      assert.is_nil(meta_of("Minister visits troops\nSeoul says the visit > a show of force").source)
      local text = "Minister visits troops\n\n" .. body .. "\nThe Seoul Courier > North Korea\n"
      assert.is_nil(input.text_meta(text).source)
      -- an aggregator's section line gives way to the original outlet it names
      assert.are.equal("Yonhap", (meta_of("Minister visits troops\nNewsDigest Asia | Defence\n\n"
        .. body .. "\nOriginal source: Yonhap")).source)
    end)

    it("does not take a sentence starting with 'By' for a byline", function()
      local meta = input.text_meta("By the end of the year, the two sides will meet again. More text.")
      assert.is_nil(meta.author)
    end)

    it("skips boilerplate lines between long paragraphs, with CR LF line ends", function()
      local para = ("Seoul and Washington agreed to deepen cooperation. "):rep(5)
      local text = para .. "\r\nShare\r\n" .. para .. "\r\n\r\n12 comments\r\n" .. para
      local _, skip = input.text_meta(text)
      local skipped = {}
      for _, r in ipairs(skip) do skipped[#skipped + 1] = text:sub(r[1], r[2]) end
      assert.same({ "Share", "12 comments" }, skipped)
    end)

    it("reads a padded publication line of over 120 bytes, and passes over a paragraph of that length", function()
      -- lines longer than 120 bytes are read only when white space at an
      -- end can strip them shorter
      local para = ("Seoul and Washington agreed to deepen cooperation on Thursday. "):rep(2)
      local pub = "Published: Oct. 28, 2024 - 15:39" .. (" "):rep(100)
      local by = "By Park Min-ji" .. ("\t"):rep(110)
      local text = para .. "\n" .. by .. "\n" .. pub .. "\n\nShare" .. (" "):rep(130) .. "\n" .. para
      assert.is_true(#para > 120 and #pub > 120 and #by > 120)
      local meta, skip = input.text_meta(text)
      assert.are.equal("2024-10-28T15:39", meta.published)
      assert.are.equal("Park Min-ji", meta.author)
      local skipped = {}
      for _, r in ipairs(skip) do skipped[#skipped + 1] = text:sub(r[1], r[2]):match("^(.-)%s*$") end
      assert.same({ "By Park Min-ji" }, skipped)
      meta, skip = input.text_meta(para .. "\n" .. para)
      assert.same({}, meta)
      assert.same({}, skip)
    end)
  end)

  describe("core.next_short_line()", function()
    local core = kn.core
    it("finds the next line of 1 to max bytes (its CR counted), without its CR", function()
      local text = "a long line\nshort\r\n\nxy"
      assert.same({ 21, 22, 24 }, { core.next_short_line(text, 1, 5) })
      assert.same({ 13, 17, 20 }, { core.next_short_line(text, 1, 6) })
      assert.same({ 21, 22, 24 }, { core.next_short_line(text, 20, 6) })
      assert.same({ 1, 11, 13 }, { core.next_short_line(text, 1, 11) })
      assert.is_nil(core.next_short_line(text, 24, 5))
      assert.is_nil(core.next_short_line("", 1, 5))
      assert.same({ 1, 0, 3 }, { core.next_short_line("\r\n", 1, 5) })
    end)
  end)

  describe("core.meta_hint()", function()
    local core = kn.core
    local para = ("Seoul and Washington agreed to deepen cooperation on Thursday. "):rep(2):sub(1, -2)

    it("is false for paragraphs of over 120 bytes and blank lines, which text_meta passes over", function()
      local text = para .. "\n\n" .. para .. "\r\n \t\r\n" .. para
      assert.is_false(core.meta_hint(text))
      assert.same({}, input.text_meta(text))
      assert.is_false(core.meta_hint(""))
      assert.is_false(core.meta_hint("SEOUL, Oct. 28 (Yonhap) -- " .. para))
    end)

    it("is true for a header, a short line, or a long one padded with white space", function()
      assert.is_true(core.meta_hint("Title: Talks\n\n" .. para))
      assert.is_true(core.meta_hint("\xEF\xBB\xBFPublished: 2024-10-28\n\n" .. para))
      assert.is_true(core.meta_hint(para .. "\nBy Park Min-ji\n" .. para))
      assert.is_true(core.meta_hint(para .. "\r\nShare\r\n" .. para))
      assert.is_true(core.meta_hint(para .. "\n" .. "Published: Oct. 28, 2024" .. (" "):rep(100)))
      -- a line of over 200 bytes is article text, whatever it holds
      assert.is_false(core.meta_hint(("By Park Min-ji "):rep(14)))
    end)

    it("is nil for a text that is not a string, which kn.analyze refuses", function()
      assert.is_nil(core.meta_hint(42))
      assert.is_nil(core.meta_hint())
      assert.has_error(function() kn.analyze(42) end, "bad argument #1 to 'analyze' (string expected, got number)")
      assert.has_error(function() kn.analyze(nil, {}) end, "bad argument #1 to 'analyze' (string expected, got nil)")
      assert.has_error(function() kn.analyze("Text.", "x") end, "bad argument #2 to 'analyze' (table expected, got string)")
    end)
  end)

  describe("valid_anchor()", function()
    it("takes a string that begins with a valid YYYY-MM-DD date", function()
      assert.is_true(input.valid_anchor("2024-10-28"))
      assert.is_true(input.valid_anchor("2024-02-29T15:39"))
      assert.is_true(input.valid_anchor("2000-02-29 and more"))
      assert.is_false(input.valid_anchor("2023-02-29"))
      assert.is_false(input.valid_anchor("1900-02-29"))
      assert.is_false(input.valid_anchor("2024-04-31"))
      assert.is_false(input.valid_anchor("2024-13-01"))
      assert.is_false(input.valid_anchor("2024-00-10"))
      assert.is_false(input.valid_anchor("2024-10-00"))
      assert.is_false(input.valid_anchor("2024-1-28"))
      assert.is_false(input.valid_anchor("2024/10/28"))
      assert.is_false(input.valid_anchor("2024-10-2"))
      assert.is_false(input.valid_anchor("yesterday"))
      assert.is_false(input.valid_anchor(20241028))
      assert.is_false(input.valid_anchor(nil))
      assert.are.equal(input.valid_anchor, kn.core.valid_anchor)
    end)
  end)

  describe("expand()", function()
    it("walks directories in name order, skips READMEs and other extensions", function()
      local dir = os.tmpname()
      os.remove(dir)
      assert(os.execute("mkdir -p " .. dir .. "/sub"))
      for _, name in ipairs { "b.txt", "a.jsonl", "README.md", "x.pdf", "sub/c.md" } do
        local h = assert(io.open(dir .. "/" .. name, "w")); h:write("x"); h:close()
      end
      local got = {}
      for _, src in ipairs(input.expand { dir, dir .. "/missing.txt" }) do
        got[#got + 1] = (src.path:gsub("^" .. dir:gsub("%p", "%%%0"), "D")) .. ":" .. (src.format or "error")
      end
      assert.same({ "D/a.jsonl:jsonl", "D/b.txt:text", "D/sub/c.md:text", "D/missing.txt:error" }, got)
      os.execute("rm -rf " .. dir)
    end)
  end)

  describe("records()", function()
    it("names every bad JSON Lines record and keeps the good ones", function()
      local path = os.tmpname()
      local h = assert(io.open(path, "w"))
      h:write('{"id":"a","text":"One.","published":"2024-01-09","extra":1}\n',
        '{"text":5}\n', 'not json\n', '\n', '[1,2]\n', '{"id":"b","title":"t"}\n',
        '{"id":7,"text":"Seven."}\n')
      h:close()
      local got = {}
      for rec in input.records({ path = path, format = "jsonl" }) do
        got[#got + 1] = rec.error and (rec.input:gsub("^.*:", "L") .. " " .. rec.error)
          or ("ok " .. rec.id)
      end
      os.remove(path)
      assert.same({
        "ok a",
        'L2 "text" is not a string',
        "L3 invalid JSON: expected value but found invalid token at character 1",
        "L5 record is not a JSON object",
        'L6 missing "text"',
        "ok 7",
      }, got)
    end)
  end)
end)

describe("korea_nato.analyze", function()
  it("records where the anchor came from", function()
    assert.are.equal("metadata", kn.analyze("Text.", { published = "2024-10-28" }).published_from)
    assert.are.equal("none", kn.analyze("Text.").published_from)
    local d = kn.analyze("Published : Oct. 28, 2024 - 15:39\n\nText.", { from_file = true })
    assert.are.equal("text", d.published_from)
    assert.are.equal("2024-10-28T15:39", d.published)
    local d2 = kn.analyze("Published : Oct. 28, 2024 - 15:39\n\nText.", { published = "2024-10-29" })
    assert.are.equal("2024-10-29", d2.published)
  end)

  it("rejects a publication date that is not ISO 8601", function()
    assert.has_error(function() kn.analyze("x", { published = "yesterday" }) end,
      'bad publication date "yesterday" (expected an ISO 8601 date)')
  end)

  it("flags boilerplate tokens as skipped without moving offsets", function()
    local text = "Body one.\n\nLink copied\n"
    local d = kn.analyze(text, { from_file = true })
    local toks = d:tokens()
    assert.is_nil(toks[1].skip)
    assert.is_true(toks[4].skip)
    assert.are.equal("Link", text:sub(toks[4].start, toks[4].stop))
  end)
end)
