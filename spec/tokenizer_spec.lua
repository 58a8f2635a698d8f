-- Tokenizer and sentence splitter through the Lua API.
local kn = require "korea_nato"

local function read(name)
  local f = assert(io.open("spec/fixtures/" .. name, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

local function texts(toks)
  local t = {}
  for _, tok in toks:iter() do t[#t + 1] = tok.text end
  return t
end

describe("korea_nato.tokenize", function()
  local text

  before_each(function()
    text = read("dateline.txt")
  end)

  it("keeps offsets exact: text:sub(start, stop) is every token", function()
    local toks = kn.tokenize(text)
    assert.is_true(#toks > 100)
    local last = 0
    for _, tok in toks:iter() do
      assert.are.equal(tok.text, text:sub(tok.start, tok.stop))
      assert.is_true(tok.start > last)
      last = tok.stop
    end
  end)

  it("splits hyphens, keeps abbreviations and possessive clitics apart", function()
    assert.same({ "Cho", "Tae", "-", "yul", "met", "Adm.", "Bauer", "at", "NATO", "'s", "HQ" },
      texts(kn.tokenize("Cho Tae-yul met Adm. Bauer at NATO's HQ")))
    assert.same({ "Seoul", "’s", "envoy", "in", "the", "U.S.", "at", "3", "p.m." },
      texts(kn.tokenize("Seoul’s envoy in the U.S. at 3 p.m.")))
  end)

  it("reads numbers, ordinals, times and the 2+2 format as one token each", function()
    local toks = kn.tokenize("10,000 troops, 3.5 times, 15:39, the 56th SCM, a 2+2 meeting")
    assert.same({ "10,000", "troops", ",", "3.5", "times", ",", "15:39", ",", "the", "56th",
      "SCM", ",", "a", "2+2", "meeting" }, texts(toks))
    assert.are.equal("number", toks[1].kind)
    assert.is_true(toks[7].time)
    assert.is_true(toks[10].ordinal)
  end)

  it("gives normalised keys: case, diacritics, curly quotes, dashes, abbreviation periods", function()
    local toks = kn.tokenize("Mélanie’s U.S. “Défense” —")
    local keys = {}
    for _, tok in toks:iter() do keys[#keys + 1] = tok.key end
    assert.same({ "melanie", "'s", "us", '"', "defense", '"', "-" }, keys)
  end)

  it("tokenizes Hangul as words", function()
    local toks = kn.tokenize("조태열 외교부 장관 (Cho Tae-yul)")
    assert.are.equal("조태열", toks[1].text)
    assert.is_true(toks[1].hangul)
    assert.are.equal("word", toks[2].kind)
  end)

  it("turns invalid bytes into one-byte symbol tokens without shifting offsets", function()
    local s = "Seoul\255 said \192\175 no\0 more"
    local toks = kn.tokenize(s)
    assert.same({ "Seoul", "\255", "said", "\192", "\175", "no", "\0", "more" }, texts(toks))
    assert.is_true(toks[2].bad)
    assert.are.equal(6, toks[2].start)
    for _, tok in toks:iter() do assert.are.equal(tok.text, s:sub(tok.start, tok.stop)) end
  end)

  it("handles the empty string", function()
    assert.are.equal(0, #kn.tokenize(""))
    assert.is_nil(kn.tokenize("")[1])
  end)

  it("prints usefully and reports misuse", function()
    assert.matches("^Tokens %(3%): Hello | , | world", tostring(kn.tokenize("Hello, world")))
    assert.has_error(function() kn.tokenize(42) end,
      "bad argument #1 to 'tokenize' (string expected, got number)")
  end)

  it("raises on a closed token list and survives collection", function()
    local toks = kn.tokenize("One. Two.")
    local sents = toks:sentences()
    getmetatable(toks).__close(toks)
    assert.has_error(function() return #toks end, "attempt to use a closed token list")
    assert.has_error(function() return sents[1] end, "attempt to use a closed token list")
    assert.are.equal("Tokens (closed)", tostring(toks))
    toks, sents = nil, nil
    collectgarbage()
    collectgarbage()
  end)

  it("stops iteration on break without leaking", function()
    local n = 0
    for _, tok in kn.tokenize(("word "):rep(1000)):iter() do
      n = n + 1
      if tok.index == 10 then break end
    end
    assert.are.equal(10, n)
  end)
end)

describe("korea_nato.sentences", function()
  it("splits the fixture into sentences that survive abbreviations and quotes", function()
    local text = read("dateline.txt")
    local s = kn.sentences(text)
    local got = {}
    for _, se in s:iter() do
      assert.are.equal(se.text, text:sub(se.start, se.stop))
      got[#got + 1] = se.text
    end
    assert.same({
      "By Park Min-ji",
      "Published : Oct. 28, 2024 - 15:39",
      "BRUSSELS, Oct. 28 (Yonhap) -- A South Korean delegation led by the deputy chief of the National Intelligence Service briefed NATO's North Atlantic Council on Monday on North Korean troops sent to Russia.",
      "Adm. Rob Bauer and Lt. Gen. Kim attended the session at 3 p.m. local time.",
      "The team included officials from the Ministry of National Defense and the U.S.",
      "The NIS said about 10,000 soldiers had moved to the Kursk region, 3.5 times its earlier estimate.",
      "“We will share what we know,” the delegation’s chief told reporters.",
      "“Nothing more.”",
      "He declined to say whether Seoul’s envoy met NATO Secretary General Mark Rutte.",
      "Link copied",
      "Original Source: Korea Pacific Wire",
    }, got)
  end)

  it("finds the sentence of a byte position and gives SCHEMA spans", function()
    local s = kn.sentences("One here. Two there.")
    assert.same({ { 1, 9 }, { 11, 20 } }, s:spans())
    assert.are.equal(2, s:find(11))
    assert.are.equal(1, s:find(9))
    assert.is_nil(s:find(10))
    assert.is_nil(s:find(100))
  end)

  it("splits at blank lines and at short lines without final punctuation", function()
    local s = kn.sentences("N. Korea fires missile\nSEOUL -- It flew east.\r\n\r\nmore text here")
    assert.are.equal(3, #s)
    assert.are.equal("N. Korea fires missile", s[1].text)
  end)

  it("treats CRLF and mixed line ends alike", function()
    local a = kn.sentences("Headline\r\nBody one. Body two.\r\n\r\nEnd")
    local b = kn.sentences("Headline\nBody one. Body two.\n\nEnd")
    assert.are.equal(#b, #a)
    assert.are.equal(4, #a)
  end)
end)

describe("korea_nato abbreviations", function()
  it("are data: a user list replaces the default and bad lines are named", function()
    local ok, err = kn.set_abbreviations("Adm. title\nGen rank\n", "mine.txt")
    assert.is_nil(ok)
    assert.are.equal("mine.txt:2: expected an abbreviation ending in '.' and a class (title, month, other, numeric, final)", err)
    assert.are.equal(2, #kn.sentences("Adm. Bauer spoke. Col. Kim left."))
    assert.is_true(kn.set_abbreviations("Col. title\n", "mine.txt"))
    assert.are.equal(1, #kn.sentences("Col. Kim left."))
    assert.is_true(kn.set_abbreviations(kn.data("abbreviations.txt")))
  end)
end)

describe("a Document's tokens", function()
  local function fields(toks)
    local out = {}
    for i, tok in toks:iter() do
      local keys = {}
      for k in pairs(tok) do keys[#keys + 1] = k end
      table.sort(keys)
      for _, k in ipairs(keys) do out[#out + 1] = i .. "." .. k .. "=" .. tostring(tok[k]) end
    end
    return out
  end

  it("are the tokenizer's, made on first use", function()
    local text = "SEOUL, March 3 (Wire) -- Adm. Park told the U.S. envoy on Feb. 2 that the drills go ahead.\n\nThey did."
    local doc = kn.analyze(text, { published = "2025-03-03" })
    local ref = kn.tokenize(text)
    assert.are.equal(#ref, #doc:tokens())
    assert.are.same(fields(ref), fields(doc:tokens()))
    assert.are.same(texts(ref), doc:tokens():texts())
    assert.are.equal(tostring(ref), tostring(doc:tokens()))
  end)

  it("keep the abbreviation set they were analysed with, even once it is closed", function()
    local text = "Cmdr. Lee briefed reporters. Col. Kim left."
    assert.is_true(kn.set_abbreviations("Cmdr. title\n", "mine.txt"))
    local ab = kn.abbreviations()
    local doc = kn.analyze(text)
    local ref = fields(kn.tokenize(text))
    assert.is_true(kn.set_abbreviations(kn.data("abbreviations.txt")))
    ab:close()
    collectgarbage()
    collectgarbage()
    assert.are.same(ref, fields(doc:tokens()))
    assert.are.equal(3, #doc:sentences())
    assert.has_error(function() ab:get("Cmdr.") end, "attempt to use a closed wordset")
  end)
end)
