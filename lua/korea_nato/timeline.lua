--- Timelines: events merged across documents into entries, with every
-- source kept and the contradictions between sources flagged (SCHEMA.md,
-- `korea-nato timeline --format json`).
--
--     local tl = kn.timeline.build(docs)     -- Documents or extract records
--     for _, e in ipairs(tl:entries()) do print(e.date, e.title) end
--     print(kn.json.encode(tl:totable()))
--
-- (Interface fixed; the merge itself lands with the event extractor. Until
-- then every event is its own entry.)
-- @module korea_nato.timeline

local json = require "korea_nato.json"

local setmetatable, ipairs, type, format = setmetatable, ipairs, type, string.format

local M = {}

local Timeline = {}
Timeline.__index = Timeline
Timeline.__name = "korea_nato.Timeline"

--- Builds a timeline from analysed documents (korea_nato Documents) or
-- from `extract` records (decoded JSON tables).
function M.build(docs)
  local entries, undated = {}, {}
  for _, d in ipairs(docs) do
    local rec = type(d.totable) == "function" and d:totable() or d
    for _, ev in ipairs(rec.events or {}) do
      local e = { id = ev.id, date = ev.date, date_end = ev.date_end, type = ev.type,
        cameo = ev.cameo, title = ev.type .. " (" .. (rec.id or "?") .. ")",
        participants = ev.participants, location = ev.location, modality = ev.modality,
        first_reported = rec.published and rec.published:sub(1, 10) or json.null,
        sources = { rec.source or rec.id },
        mentions = { { doc = rec.id, event = ev.id, sentence = ev.sentence } },
        conflicts = json.array() }
      if ev.date and ev.date ~= json.null then entries[#entries + 1] = e else undated[#undated + 1] = e end
    end
  end
  return setmetatable({ _events = entries, _undated = undated, _entities = {} }, Timeline)
end

--- Merges partial timelines (tables decoded from `timeline --format json`).
function M.merge(parts)
  local t = setmetatable({ _events = {}, _undated = {}, _entities = {} }, Timeline)
  for _, p in ipairs(parts) do
    for _, e in ipairs(p.events or {}) do t._events[#t._events + 1] = e end
    for _, e in ipairs(p.undated or {}) do t._undated[#t._undated + 1] = e end
    for id, e in pairs(p.entities or {}) do t._entities[id] = e end
  end
  return t
end

--- Dated entries in order (date, type, id), then undated ones.
function Timeline:entries()
  local out = {}
  for _, e in ipairs(self._events) do out[#out + 1] = e end
  for _, e in ipairs(self._undated) do out[#out + 1] = e end
  return out
end

function Timeline:dated() return self._events end
function Timeline:undated() return self._undated end

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
function Timeline:entities() return self._entities end

--- SCHEMA.md's timeline JSON as a table.
function Timeline:totable()
  return { events = json.array(self._events), undated = json.array(self._undated), entities = self._entities }
end

function Timeline:tojson() return json.encode(self:totable()) end

function Timeline:__len() return #self._events + #self._undated end

function Timeline:__tostring()
  return format("Timeline (%d entries, %d undated, %d conflicts)", #self._events, #self._undated, #self:conflicts())
end

M.Timeline = Timeline

return M
