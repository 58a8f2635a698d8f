--- korea_nato: entity-linked, de-duplicated, source-attributed event
-- timelines from news on Korean Peninsula and Euro-Atlantic security
-- diplomacy.
--
--     local kn = require "korea_nato"
--     local doc = kn.analyze(text, { published = "2024-10-28" })
--     for i, s in doc:sentences():iter() do print(i, s.text) end
--
-- This module is the stable facade; submodules may change.
-- @module korea_nato

local core = require "korea_nato.core"
local data_pack = require "korea_nato.data_pack"
local document = require "korea_nato.document"
local input = require "korea_nato.input"
local time = require "korea_nato.time"
local gazetteer = require "korea_nato.gazetteer"
local timeline = require "korea_nato.timeline"
local rules = require "korea_nato.rules"

local type, error, format, pairs, tostring = type, error, string.format, pairs, tostring

local M = {}

M._VERSION = core._VERSION
M.core = core

-- ------------------------------------------------------------ data pack

--- The text of a file of the default data pack ("abbreviations.txt",
-- "gazetteer/people.kng"), or nil.
function M.data(name)
  return data_pack[name]
end

--- Names of the files in the default data pack, sorted.
function M.data_files()
  local t = {}
  for k in pairs(data_pack) do t[#t + 1] = k end
  table.sort(t)
  return t
end

local abbrev_default
--- The abbreviation set used by the tokenizer (the default pack's, or
-- one set with set_abbreviations).
function M.abbreviations()
  if not abbrev_default then
    local err
    abbrev_default, err = core.abbreviations(data_pack["abbreviations.txt"] or "", "data/abbreviations.txt")
    if not abbrev_default then error(err, 0) end
  end
  return abbrev_default
end

--- Replaces the abbreviation list with the text of a list in the format of
-- data/abbreviations.txt. Returns true, or nil and "name:line: reason".
function M.set_abbreviations(text, name)
  local set, err = core.abbreviations(text, name or "abbreviations")
  if not set then return nil, err end
  abbrev_default = set
  return true
end

local events_default
--- The event trigger lexicon (the default pack's data/events.txt, or one
-- set with set_events).
function M.events_lexicon()
  if not events_default then
    events_default = core.event_lexicon()
    local ok, err = events_default:load(data_pack["events.txt"] or "", "data/events.txt")
    if not ok then error(err, 0) end
  end
  return events_default
end

--- Replaces the event lexicon with text in the format of data/events.txt
-- (extra = true: adds to the default one). Returns true | nil, errors.
function M.set_events(text, name, extra)
  local lex = core.event_lexicon()
  if extra then
    local ok, err = lex:load(data_pack["events.txt"] or "", "data/events.txt")
    if not ok then return nil, err end
  end
  local ok, err = lex:load(text, name or "events")
  if not ok then return nil, err end
  events_default = lex
  return true
end

-- ---------------------------------------------------------- tokenizing

--- Tokenizes text. Returns a Tokens view: #toks, toks[i] (a table with
-- text, start, stop, kind, key, sentence), toks:iter(), toks:texts().
function M.tokenize(text)
  if type(text) ~= "string" then error("bad argument #1 to 'tokenize' (string expected, got " .. type(text) .. ")", 2) end
  return core.tokenize(text, M.abbreviations())
end

--- Splits text into sentences. Returns a Sentences view: #s, s[i] (text,
-- start, stop, first_token, last_token), s:iter(), s:spans(), s:find(pos).
function M.sentences(text)
  if type(text) ~= "string" then error("bad argument #1 to 'sentences' (string expected, got " .. type(text) .. ")", 2) end
  return (core.sentences(text, M.abbreviations()))
end

-- ------------------------------------------------------------ analysis

local scan_meta = input._scan_meta
-- (C: valid_anchor was ~3,600 instructions a call in Lua, meta_hint rules
-- out in one pass over the text what scan_meta would read line by line)
local valid_anchor, meta_hint = core.valid_anchor, core.meta_hint
local Document = document.Document
local NO_META = {}   -- read only: kn.analyze(text) with no meta

local default_gaz   -- kn.gazetteer.default(), once asked for (it is made once)
local function default_gazetteer()
  default_gaz = M.gazetteer.default()
  return default_gaz
end

--- Analyses one article. meta: id, title, source, url, author, published
-- (ISO date or date-time, the anchor for relative dates), meta (extra
-- fields), from_file (true: look for metadata in the text as well),
-- gazetteer (default: the Korea–NATO pack).
-- Returns a Document.
function M.analyze(text, meta)
  -- (nil for a text that is not a string: the type test without a call of its own)
  local hint = meta_hint(text)
  if hint == nil then error("bad argument #1 to 'analyze' (string expected, got " .. type(text) .. ")", 2) end
  meta = meta or NO_META
  if type(meta) ~= "table" then error("bad argument #2 to 'analyze' (table expected, got " .. type(meta) .. ")", 2) end
  -- found and skip are nil when the text gives nothing (most records): no
  -- tables made for them
  local found, skip
  if hint then found, skip = scan_meta(text) end
  -- each field given by the caller, else the text's (a nil test each, not
  -- a call: kn.analyze runs for every record); records with metadata
  -- outside the text take only boilerplate from the text, and a
  -- publication date when none was given
  local id, title, source, url, author, published = meta.id, meta.title, meta.source, meta.url, meta.author,
    meta.published
  local published_from = "none"
  if published ~= nil then published_from = "metadata" end
  if found then
    if meta.from_file then
      if id == nil then id = found.id end
      if title == nil then title = found.title end
      if source == nil then source = found.source end
      if url == nil then url = found.url end
    end
    if author == nil then author = found.author end
    if published == nil then
      published = found.published
      if published then
        published_from = found.published_from or "text"
        if published_from == "metadata" and not meta.from_file then published_from = "text" end
      end
    end
  end
  if published ~= nil and not valid_anchor(published) then
    error(format("bad publication date %q (expected an ISO 8601 date)", tostring(published)), 2)
  end
  local gaz = meta.gazetteer or default_gaz or default_gazetteer()
  -- the abbreviations and event lexicon in hand when there are
  local gcore = gaz:core()
  -- the Document made by core.analyze with the Doc, in one call: a table
  -- of text, meta, id, title, source, url, author, published,
  -- published_from, _skip, _gazetteer and _core (the Doc), made at its
  -- size once, its nil fields left out; the token and sentence views and
  -- the timex tables are made on first use
  local extra = meta.meta
  local doc = core.analyze(text, abbrev_default or M.abbreviations(), gcore, published, skip,
    events_default or M.events_lexicon(), Document, extra, id, title, source, url, author, published_from, gaz)
  if rules.active() then
    doc._rule_mentions, doc._rule_events = rules.apply(doc)
  end
  return doc
end

M.time = time
M.gazetteer = gazetteer
M.timeline = timeline
M.rules = rules
M.json = require "korea_nato.json"

M.Document = document.Document
M.input = input

-- the analyst's interface (corpus, query, report writers)
M.query = require "korea_nato.query"
M.where = require "korea_nato.where"
M.report = require "korea_nato.report"
--- A new Corpus (korea_nato.corpus): kn.corpus(opts).
function M.corpus(opts)
  return require("korea_nato.corpus").new(opts)
end

return M
