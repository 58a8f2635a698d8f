--- Documents: one analysed article, its metadata and the results of every
-- stage, materialised as Lua tables only when a script asks for them.
-- @module korea_nato.document

local json = require "korea_nato.json"

local setmetatable, getmetatable, ipairs, pairs, type, format = setmetatable, getmetatable, ipairs, pairs, type, string.format

local Document = {}
Document.__index = Document
Document.__name = "korea_nato.Document"

local M = { Document = Document }

--- Wraps analysis results. `parts` holds text, metadata, and the core views.
function M.new(parts)
  return setmetatable(parts, Document)
end

function M.is_document(x)
  return type(x) == "table" and getmetatable(x) == Document
end

--- The token view (indexable, iterable; tables built on access).
function Document:tokens()
  local t = self._tokens
  if t == nil and self._core then
    t = self._core:tokens()
    self._tokens = t
  end
  return t
end

--- The sentence view.
function Document:sentences()
  local s = self._sentences
  if s == nil and self._core then
    s = self._core:sentences()
    self._sentences = s
  end
  return s
end

--- The text of sentence i.
function Document:sentence_text(i)
  local s = self:sentences()[i]
  return s and s.text
end

local function matches(t, filter)
  for k, v in pairs(filter or {}) do
    if t[k] ~= v then return false end
  end
  return true
end

--- The entity mentions (SCHEMA.md fields: entity, type, name, text, start,
-- stop, sentence, how, holder), optionally filtered: doc:mentions{type = "PERSON"}.
function Document:mentions(filter)
  local all = self._mentions
  if not all then
    all = self._core:mentions()
    if self._rule_mentions and #self._rule_mentions > 0 then
      -- user rules' mentions, in text order with the core's
      for _, m in ipairs(self._rule_mentions) do all[#all + 1] = m end
      table.sort(all, function(a, b) return a.start < b.start end)
    end
    self._mentions = all
  end
  if not filter then return all end
  local out = {}
  for _, m in ipairs(all) do
    if matches(m, filter) then out[#out + 1] = m end
  end
  return out
end

function Document:_mentions_table()
  if not self._rule_mentions then
    -- straight from the core in SCHEMA's shape
    return self._core:mentions(json.null)
  end
  local out = {}
  for i, m in ipairs(self:mentions()) do
    local t = { entity = m.entity, type = m.type, name = m.name, text = m.text,
      start = m.start, stop = m.stop, sentence = m.sentence, how = m.how }
    if m.type == "OFFICE" then t.holder = m.holder or json.null end
    out[i] = t
  end
  return out
end

--- Entities of the document with their mention counts, most mentioned
-- first: { {id =, name =, type =, count =}, … }.
function Document:entities()
  local by, list = {}, {}
  for _, m in ipairs(self:mentions()) do
    local e = by[m.entity]
    if not e then
      e = { id = m.entity, name = m.name, type = m.type, count = 0 }
      by[m.entity] = e
      list[#list + 1] = e
    end
    e.count = e.count + 1
  end
  table.sort(list, function(a, b)
    if a.count ~= b.count then return a.count > b.count end
    return a.id < b.id
  end)
  return list
end

--- People the text names for an office that someone else held that day.
function Document:discrepancies()
  return self._core:discrepancies()
end

-- Every temporal expression, made from the core's results on first use.
function Document:_all_timexes()
  local all = self._timexes
  if all == nil and self._core then
    all = self._core:timexes()
    self._timexes = all
  end
  return all
end

--- The temporal expressions (SCHEMA.md fields), optionally filtered:
-- doc:timexes{type = "DATE"}.
function Document:timexes(filter)
  local out = {}
  for _, t in ipairs(self:_all_timexes() or {}) do
    if matches(t, filter) then out[#out + 1] = t end
  end
  return out
end

function Document:_timexes_table()
  if self._core then return self._core:timexes(true) end
  local out = {}
  for i, t in ipairs(self:timexes()) do
    out[i] = { text = t.text, start = t.start, stop = t.stop, sentence = t.sentence,
      type = t.type, value = t.value }
  end
  return out
end

--- The events (SCHEMA.md fields: id "<doc id>#n", type, cameo, plover,
-- trigger, sentence, participants, location, date, date_end, modality),
-- optionally filtered: doc:events{type = "meeting"}.
function Document:events(filter)
  local all = self._events
  if not all then
    local id = self.id or "doc"
    if not self._rule_events and type(id) == "string" then
      all = self._core:events(id)   -- numbered "<id>#n" by the core
    else
      all = self._core:events()
      if self._rule_events then
        for _, e in ipairs(self._rule_events) do all[#all + 1] = e end
        table.sort(all, function(a, b) return a.trigger.start < b.trigger.start end)
      end
      for i, e in ipairs(all) do e.id = id .. "#" .. i end
    end
    self._events = all
  end
  if not filter then return all end
  local out = {}
  for _, e in ipairs(all) do
    if matches(e, filter) then out[#out + 1] = e end
  end
  return out
end

function Document:_events_table()
  if not self._rule_events and not self._events then
    return self._core:events(self.id or "doc", json.null)
  end
  local out = {}
  for i, e in ipairs(self:events()) do
    out[i] = { id = e.id, type = e.type, cameo = e.cameo, plover = e.plover,
      trigger = { text = e.trigger.text, start = e.trigger.start, stop = e.trigger.stop },
      sentence = e.sentence, participants = json.array(e.participants),
      location = e.location or json.null, date = e.date or json.null,
      date_end = e.date_end or json.null, modality = e.modality }
  end
  return out
end

function Document:__len() return #self.text end

function Document:__tostring()
  local head = self.title or self.text:sub(1, 60):gsub("%s+", " ")
  return format("Document %s (%s, %s): %d bytes, %d sentences — %s",
    self.id or "?", self.source or "no source", self.published or "undated",
    #self.text, #self:sentences(), head)
end

--- The document as SCHEMA.md's `extract` record (a plain table; JSON via
-- korea_nato.json.encode).
function Document:totable()
  local t = {
    id = self.id, title = self.title, source = self.source, url = self.url,
    author = self.author, published = self.published or json.null,
    published_from = self.published_from or "none",
    sentences = json.array(self:sentences():spans()),
  }
  if self.meta then t.meta = self.meta end
  for _, stage in ipairs { "mentions", "timexes", "events" } do
    -- each stage writes its table through Document:_<stage>_table
    local f = self["_" .. stage .. "_table"]
    if f then t[stage] = json.array(f(self)) end
  end
  return t
end

--- JSON text of totable().
function Document:tojson()
  return json.encode(self:totable())
end

return M
