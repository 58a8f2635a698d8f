--- Timelines: events merged across documents into entries, with every
-- source kept and the contradictions between sources flagged (SCHEMA.md,
-- `korea-nato timeline --format json`).
--
--     local tl = kn.timeline.build(docs)     -- Documents or extract records
--     for _, e in ipairs(tl:entries()) do print(e.date, e.title) end
--     print(tl:tojson())
--
-- How: every event of every document becomes a self-contained mention
-- record (its type, dates, participants, place, modality, the document's
-- date and source), kept in the C core's store column by column on
-- interned strings, with no Lua table per record. Participants are made
-- canonical first: when a text names someone for an office that another
-- person held that day ("Defense Minister Kim Yong Hwan"), that name stands
-- for the holder, and the entry records a `name` and a `participants`
-- conflict. The core clusters the records (kn_tl_cluster: same type family,
-- compatible dates and places, a shared participant or named meeting) and
-- aggregates each cluster into an entry (kn_tl_build: the type and the most
-- specific date most sources give, participants, place, sources,
-- conflicts, title, id). Entries become Lua tables only when asked for;
-- tl:tojson() writes the JSON from the core. The records travel in the
-- entries' `mentions`, so partial timelines merge into exactly the
-- timeline of all their documents at once, whatever the order or grouping.
-- @module korea_nato.timeline

local core = require "korea_nato.core"
local json = require "korea_nato.json"

local setmetatable, getmetatable, ipairs, pairs, type, tostring, error =
  setmetatable, getmetatable, ipairs, pairs, type, tostring, error
local format = string.format

local M = {}

local Timeline = {}
Timeline.__index = Timeline
Timeline.__name = "korea_nato.Timeline"

local function isnull(v) return v == nil or v == json.null end

local function gazetteer(opts)
  if opts and opts.gazetteer then return opts.gazetteer end
  return require("korea_nato.gazetteer").default()
end

-- The gazetteer's facts the store asks for: names and types of the records'
-- entities, and what contains them (places up their chain, people's
-- countries), a batch at a time.
local function resolve(store, gaz)
  local ids = store:gaz_needs(true)
  while #ids > 0 do
    for _, id in ipairs(ids) do
      local e = gaz:entity(id)
      if e then store:gaz_set(id, e.name, e.type, e.of) else store:gaz_set(id, false) end
    end
    ids = store:gaz_needs(false)
  end
end

local function new_timeline(result)
  return setmetatable({ _r = result }, Timeline)
end

-- ------------------------------------------------------------ building

-- The core result of a Document whose records the store can read from the
-- core's arrays (store:add_doc: the same records as from doc:totable(),
-- with no table made): one whose mentions and events are the core's own,
-- no user rule's added and no event table the caller may have changed.
local Document   -- korea_nato.document's class, required on first use
local function direct(doc)
  Document = Document or require("korea_nato.document").Document
  if getmetatable(doc) ~= Document then return nil end
  local c = doc._core
  if not c or doc._events or type(doc.id) ~= "string" then return nil end
  local rm, re = doc._rule_mentions, doc._rule_events
  if (rm and #rm > 0) or (re and #re > 0) then return nil end
  local src, pub = doc.source, doc.published
  if (src ~= nil and type(src) ~= "string") or (pub ~= nil and type(pub) ~= "string") then return nil end
  return c
end

local Builder = {}
Builder.__index = Builder
Builder.__name = "korea_nato.TimelineBuilder"

--- An incremental builder: b:add(doc) for each Document or extract
-- record, then b:finish() -> Timeline. It keeps only the documents' event
-- records, in the core, so a long stream of documents costs little memory.
function M.builder(opts)
  local gaz = gazetteer(opts)
  return setmetatable({ _gaz = gaz, _store = core.tl_store(),
    _holder = function(office, day) return gaz:holder(office, day) end }, Builder)
end

--- Adds a Document or an extract record (SCHEMA.md). A record with a field
-- of the wrong type raises an error naming the document and the field.
function Builder:add(doc)
  local c = direct(doc)
  if c then
    self._store:add_doc(c, doc.id, doc.source, doc.published, self._holder)
    return self
  end
  local rec = type(doc.totable) == "function" and doc:totable() or doc
  self._store:add(rec, self._holder)
  return self
end

function Builder:finish()
  resolve(self._store, self._gaz)
  return new_timeline(self._store:build())
end

function Builder:__len() return #self._store end

--- The records so far as a partial timeline: one line of JSON holding
-- what `merge` needs and nothing it recomputes (no entries; strings once
-- each; csrc/kn_tl_partial.c has the format). The map side of the
-- distributed timeline writes it (`timeline --format partial`); merging
-- partials gives the timeline of all their documents at once.
function Builder:partial()
  return self._store:partial()
end

--- The mention records of one extract record (or Document), as entries'
-- `mentions` carry them (absent values nil), and the names its mentions
-- give entities: id -> {name, type}.
function M.records(doc, opts)
  local b = M.builder(opts)
  b:add(doc)
  local out = b._store:records()
  for _, r in ipairs(out) do
    for k, v in pairs(r) do if v == json.null then r[k] = nil end end
    setmetatable(r.participants, nil)
  end
  local rec = type(doc.totable) == "function" and doc:totable() or doc
  local ents = {}
  for _, m in ipairs(rec.mentions or {}) do
    if not isnull(m.entity) and ents[m.entity] == nil then
      ents[m.entity] = { name = not isnull(m.name) and m.name or m.text, type = m.type }
    end
  end
  return out, ents
end

--- Builds a timeline from analysed documents (korea_nato Documents) or
-- from `extract` records (decoded JSON tables). opts.gazetteer: the
-- gazetteer for office holders and places (default: the default pack).
function M.build(docs, opts)
  local b = M.builder(opts)
  for _, d in ipairs(docs) do b:add(d) end
  return b:finish()
end

local Merger = {}
Merger.__index = Merger
Merger.__name = "korea_nato.TimelineMerger"

--- An incremental merge: m:add(part [, label]) for each partial timeline
-- as it comes, then m:finish() -> Timeline (or m:partial(), the merged
-- records as one partial, for a merge in stages). opts.gazetteer as for
-- build.
function M.merger(opts)
  return setmetatable({ _store = core.tl_store(), _opts = opts, _n = 0 }, Merger)
end

--- Adds a part: the text of a partial timeline (`timeline --format
-- partial`), a table decoded from `timeline --format json`, or a Timeline.
-- label names it in errors (default: its number). A bad part raises an
-- error naming the part and the field; a partial with an error adds
-- nothing, a timeline table may have added some of its mentions.
-- Adds part p to store; its errors blame the caller of the function that
-- called this one (Merger:add or M.merge).
local function add_part(store, p, label)
  if type(p) == "string" then
    local ok, err = store:add_partial(p, label)
    if not ok then error(err, 3) end
    return
  end
  local t = getmetatable(p) == Timeline and p:totable() or p
  if type(t) ~= "table" then
    error(format("partial timeline %s is a %s (expected a table or a string)", label, type(t)), 3)
  end
  store:add_timeline(t, label)
end

function Merger:add(p, label)
  self._n = self._n + 1
  add_part(self._store, p, label or tostring(self._n))
  return self
end

--- Adds the text of a partial timeline: true, or nil and why (nothing
-- added then).
function Merger:add_partial(text, label)
  self._n = self._n + 1
  return self._store:add_partial(text, label or tostring(self._n))
end

function Merger:finish()
  resolve(self._store, gazetteer(self._opts))
  return new_timeline(self._store:build())
end

function Merger:partial() return self._store:partial() end

function Merger:__len() return #self._store end

--- Merges partial timelines (texts of `timeline --format partial`, tables
-- decoded from `timeline --format json`, or Timeline objects): the result
-- equals the timeline of all their documents at once. A mention with a
-- missing or mistyped field raises an error naming the part and the field.
function M.merge(parts, opts)
  local m = M.merger(opts)
  for i, p in ipairs(parts) do add_part(m._store, p, tostring(i)) end
  return m:finish()
end

-- ------------------------------------------------------------ the result

-- The entries as Lua tables, made on first use.
local function load(self)
  if not self._events then
    self._events, self._undated, self._entities = self._r:tables()
  end
  return self
end

--- Dated entries in order (date chronologically: first day, then last;
-- then type, id), then undated ones.
function Timeline:entries()
  load(self)
  local out = {}
  for _, e in ipairs(self._events) do out[#out + 1] = e end
  for _, e in ipairs(self._undated) do out[#out + 1] = e end
  return out
end

function Timeline:dated() return load(self)._events end
function Timeline:undated() return load(self)._undated end

--- Every flagged contradiction: { {entry =, field =, values =}, … }.
function Timeline:conflicts()
  local out = {}
  for _, e in ipairs(self:entries()) do
    for _, c in ipairs(e.conflicts or {}) do
      out[#out + 1] = { entry = e, field = c.field, values = c.values }
    end
  end
  return out
end

--- The entities named in the timeline: id -> {name, type}.
function Timeline:entities() return load(self)._entities end

--- SCHEMA.md's timeline JSON as a table.
function Timeline:totable()
  load(self)
  return { events = json.array(self._events), undated = json.array(self._undated), entities = self._entities }
end

--- The timeline JSON. Written by the core, unless the entries were made
-- into tables (a script may have changed them): then from those.
function Timeline:tojson()
  if self._events then return json.encode(self:totable()) end
  return self._r:tojson(json.ORDER)
end

--- Writes the timeline JSON to an open file h, as it is made (no copy
-- of the whole text in memory), unless the entries were made into tables.
function Timeline:write(h)
  if self._events then h:write(self:tojson()) else self._r:tojson(json.ORDER, h) end
  return self
end

function Timeline:__len()
  local dated, undated = self._r:counts()
  return dated + undated
end

function Timeline:__tostring()
  local dated, undated, conflicts = self._r:counts()
  return format("Timeline (%d entries, %d undated, %d conflicts)", dated, undated, conflicts)
end

M.Timeline = Timeline

return M
