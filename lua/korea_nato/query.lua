--- Chainable queries over mentions, events, timeline entries, documents
-- and the rows analysts derive from them (counts, groups, concordance
-- lines, co-mentions).
--
--     local q = kn.query(corpus:timeline())               -- timeline entries
--     q:where{ type = "meeting", participant = "Cho Tae-yul",
--              from = "2024-10-01", to = "2024-12-31" }
--      :sort_by("date")
--      :top(5)
--     corpus:mentions():where{ type = "PERSON" }:count_by("entity"):top(10)
--     corpus:mentions():count_by("month")
--
-- A Query is a list: `#q`, `q[i]`, `ipairs(q)` and `q:iter()` work, and
-- every method returns a new Query (the receiver is never changed).
-- `where` takes a table (keys ANDed, a list value means any of them, `from`
-- and `to` bound the date), a query string in the `--where` language or a
-- function; see korea_nato.where for the fields and the date rule.
-- Participants, locations and entities may be named by id, canonical name
-- or alias; names resolve through the gazetteer and the names in the data.
--
-- Keys for sort_by/group_by/count_by: a field name ("type", "source",
-- "entity"), a list field ("participants", "sources": each element counts),
-- a period of the item's date ("day", "week", "month", "quarter", "year";
-- mentions use their document's publication date), or a function(item)
-- returning a value or a list. Items without a value for the key are left
-- out of groups and counts.
-- @module korea_nato.query

local json = require "korea_nato.json"
local where = require "korea_nato.where"

local setmetatable, getmetatable, type, ipairs, pairs, tostring, error, rawlen =
  setmetatable, getmetatable, type, ipairs, pairs, tostring, error, rawlen
local format, concat, sort, rep = string.format, table.concat, table.sort, string.rep
local math_type = math.type

local M = {}

local Query = {}
Query.__index = Query
Query.__name = "korea_nato.Query"

local KINDS = {
  entry = "timeline entries", event = "events", mention = "mentions", document = "documents",
  count = "counts", group = "groups", kwic = "concordance lines", entity = "entities",
  pair = "co-mentions", error = "errors", series = "series", timex = "temporal expressions",
}

local function is_query(x) return getmetatable(x) == Query end
M.is_query = is_query

-- Guesses what a list holds from its first item.
local function guess_kind(t)
  local x = t[1]
  if type(x) ~= "table" then return nil end
  local mt = getmetatable(x)
  if mt and mt.__name == "korea_nato.Document" then return "document" end
  if x.sources ~= nil and x.first_reported ~= nil then return "entry" end
  if x.trigger ~= nil and x.participants ~= nil then return "event" end
  if x.entity ~= nil and x.start ~= nil and x.how ~= nil then return "mention" end
  if x.left ~= nil and x.match ~= nil then return "kwic" end
  if x.sentences ~= nil and x.mentions ~= nil then return "document" end
  if x.error ~= nil and x.input ~= nil then return "error" end
  if x.key ~= nil and x.count ~= nil and x.items == nil then return "count" end
  if x.key ~= nil and x.items ~= nil then return "group" end
  return nil
end

--- A Query over a list of items. opts: kind ("entry", "event", "mention",
-- "document", "count", "group", "kwic", "entity", "pair", "error"; guessed
-- when absent), gazetteer (for names), names ({[id] = name} seen in the
-- data), label (a heading for printing), columns (series).
function M.new(items, opts)
  if type(items) ~= "table" then error("bad argument #1 to 'query' (table expected, got " .. type(items) .. ")", 2) end
  opts = opts or {}
  local q = { _kind = opts.kind, _gazetteer = opts.gazetteer, _names = opts.names, _label = opts.label,
    _columns = opts.columns }
  for i = 1, #items do q[i] = items[i] end
  if not q._kind then q._kind = guess_kind(q) end
  return setmetatable(q, Query)
end

-- A new Query with the receiver's context.
local function derive(self, items, kind, extra)
  local q = { _kind = kind, _gazetteer = self._gazetteer, _names = self._names }
  for i = 1, #items do q[i] = items[i] end
  if extra then for k, v in pairs(extra) do q[k] = v end end
  if q._kind == nil then q._kind = guess_kind(q) end
  return setmetatable(q, Query)
end

--- Wraps what an analyst has in hand: a Timeline (its entries), a SCHEMA
-- timeline table ({events =, undated =, entities =}), a Corpus (its
-- documents), a Query (as is) or a list.
function M.from(x, opts)
  if is_query(x) then return x end
  if type(x) ~= "table" then error("bad argument #1 to 'query' (table expected, got " .. type(x) .. ")", 2) end
  opts = opts or {}
  local mt = getmetatable(x)
  if mt and mt.__name == "korea_nato.Timeline" then
    local names = {}
    for id, e in pairs(x:entities() or {}) do names[id] = e.name end
    return M.new(x:entries(), { kind = "entry", names = names, gazetteer = opts.gazetteer, label = opts.label })
  end
  if mt and mt.__name == "korea_nato.Corpus" then return x:documents() end
  if x.events ~= nil and (x.undated ~= nil or x.entities ~= nil) and x[1] == nil then
    local items, names = {}, {}
    for _, e in ipairs(x.events or {}) do items[#items + 1] = e end
    for _, e in ipairs(x.undated or {}) do items[#items + 1] = e end
    for id, e in pairs(x.entities or {}) do names[id] = type(e) == "table" and e.name or nil end
    return M.new(items, { kind = "entry", names = names, gazetteer = opts.gazetteer, label = opts.label })
  end
  return M.new(x, opts)
end

-- ------------------------------------------------------------- names

-- id -> display name: the data's names, then the gazetteer, then the id
local function namer(self)
  local names = self._names or {}
  local gaz = self._gazetteer
  local idx
  return function(id)
    if type(id) ~= "string" then return tostring(id) end
    local n = names[id]
    if type(n) == "table" then n = n[1] end
    if n then return n end
    if gaz ~= false then
      if not idx then
        gaz = gaz or require("korea_nato.gazetteer").default()
        idx = where.gazetteer_index(gaz)
      end
      n = idx.name_of[id]
      if n then return n end
    end
    return id
  end
end
M.namer = function(q) return namer(q) end

--- The display name of an entity id (the data's names, then the
-- gazetteer's, then the id itself).
function Query:name_of(id)
  return namer(self)(id)
end

-- Names seen in the data, for resolving references: {[id] = {names…}}.
local function data_names(self)
  local out = {}
  local function add(id, n)
    if type(id) ~= "string" or type(n) ~= "string" then return end
    local t = out[id]
    if not t then t = {}; out[id] = t end
    t[#t + 1] = n
  end
  for id, n in pairs(self._names or {}) do
    if type(n) == "table" then for _, x in ipairs(n) do add(id, x) end else add(id, n) end
  end
  for _, x in ipairs(self) do
    if type(x) == "table" and x.entity ~= nil then
      add(x.entity, x.name)
      add(x.entity, x.text)
    elseif type(x) == "table" and x.id ~= nil and x.name ~= nil then
      add(x.id, x.name)
    end
  end
  return out
end

-- ---------------------------------------------------------- filtering

--- Items satisfying a condition: a where{} table, a query string or a
-- function(item) -> boolean. Raises on a bad condition (unknown field,
-- bad date, unknown entity name), with the position for a query string.
function Query:where(spec)
  local pred, err
  if type(spec) == "function" then pred = spec
  elseif type(spec) == "table" or type(spec) == "string" then
    pred, err = where.compile(spec, {
      gazetteer = self._gazetteer or require("korea_nato.gazetteer").default(),
      names = data_names(self),
    })
    if not pred then error("bad query: " .. err, 2) end
  else
    error("bad argument #1 to 'where' (table, string or function expected, got " .. type(spec) .. ")", 2)
  end
  local out = {}
  for _, x in ipairs(self) do
    if pred(x) then out[#out + 1] = x end
  end
  return derive(self, out, self._kind, { _columns = self._columns })
end

--- Items for which fn(item, i) is true.
function Query:filter(fn)
  if type(fn) ~= "function" then error("bad argument #1 to 'filter' (function expected, got " .. type(fn) .. ")", 2) end
  local out = {}
  for i, x in ipairs(self) do
    if fn(x, i) then out[#out + 1] = x end
  end
  return derive(self, out, self._kind, { _columns = self._columns })
end

--- fn(item, i) for every item; nil results are left out.
function Query:map(fn)
  if type(fn) ~= "function" then error("bad argument #1 to 'map' (function expected, got " .. type(fn) .. ")", 2) end
  local out = {}
  for i, x in ipairs(self) do
    local v = fn(x, i)
    if v ~= nil then out[#out + 1] = v end
  end
  return derive(self, out, nil)
end

-- ------------------------------------------------------------- keys

local ENTITY_TYPES = { person = "PERSON", org = "ORG", country = "COUNTRY", location = "LOCATION",
  meeting = "MEETING", office = "OFFICE" }
M.ENTITY_TYPES = ENTITY_TYPES

local PERIODS = { day = true, week = true, month = true, quarter = true, year = true }

local function item_date(x)
  local d = x.date
  if type(d) ~= "string" then d = x.published end
  if type(d) ~= "string" then return nil end
  return d
end

local LIST_KEYS = { participant = "participants", participants = "participants", source = "sources",
  sources = "sources", doc = "doc", docs = "doc" }

-- The values of key for an item: a list (empty when it has none).
local function key_values(x, key)
  if type(key) == "function" then
    local v = key(x)
    if v == nil or v == json.null then return {} end
    if type(v) == "table" and getmetatable(v) == nil or json.is_array(v) then return v end
    return { v }
  end
  if PERIODS[key] then
    local d = item_date(x)
    local k = d and where.period_key(d, key)
    return k and { k } or {}
  end
  local v
  local lk = LIST_KEYS[key]
  if lk == "participants" then v = x.participants
  elseif lk == "sources" then v = x.sources or x.source
  elseif lk == "doc" then
    if x.doc ~= nil then v = x.doc
    elseif type(x.mentions) == "table" and x.sources ~= nil then
      local seen, t = {}, {}
      for _, m in ipairs(x.mentions) do
        if m.doc and not seen[m.doc] then seen[m.doc] = true; t[#t + 1] = m.doc end
      end
      v = t
    else v = x.id end
  elseif key == "entity" and x.entity == nil and x.participants ~= nil then
    v = x.participants
  else
    v = x[key]
  end
  if v == nil or v == json.null or type(v) == "function" then return {} end
  if type(v) == "table" then return v end
  return { v }
end

local function check_key(key, fname)
  if type(key) ~= "string" and type(key) ~= "function" then
    error("bad argument #1 to '" .. fname .. "' (string or function expected, got " .. type(key) .. ")", 3)
  end
end

-- Sort order of two key values: dates chronologically, numbers, strings;
-- nil last.
local function key_less(a, b)
  if a == nil then return false end
  if b == nil then return true end
  local ta, tb = type(a), type(b)
  if ta == "number" and tb == "number" then return a < b end
  if ta == "string" and tb == "string" then
    local da, db = where.span(a), where.span(b)
    if da and db then
      if da ~= db then return da < db end
      local _, ea = where.span(a)
      local _, eb = where.span(b)
      if ea ~= eb then return ea < eb end
    end
    return a < b
  end
  if ta ~= tb then return ta < tb end
  return tostring(a) < tostring(b)
end
M.key_less = key_less

--- The items ordered by key (stable). key may start with "-" for
-- descending order ("-date"), or be a function(item) -> sort value;
-- desc = true also reverses. Items without a value come last.
function Query:sort_by(key, desc)
  check_key(key, "sort_by")
  if type(key) == "string" and key:sub(1, 1) == "-" then key = key:sub(2); desc = not desc end
  local decorated = {}
  for i, x in ipairs(self) do
    local v
    if type(key) == "function" then v = key(x)
    elseif key == "date" then v = item_date(x)
    else v = key_values(x, key)[1] end
    if v == json.null then v = nil end
    decorated[i] = { v = v, i = i, x = x }
  end
  sort(decorated, function(a, b)
    if a.v == nil and b.v == nil then return a.i < b.i end
    if a.v == nil then return false end
    if b.v == nil then return true end
    if desc then
      if key_less(b.v, a.v) then return true end
      if key_less(a.v, b.v) then return false end
    else
      if key_less(a.v, b.v) then return true end
      if key_less(b.v, a.v) then return false end
    end
    return a.i < b.i
  end)
  local out = {}
  for i, d in ipairs(decorated) do out[i] = d.x end
  return derive(self, out, self._kind, { _columns = self._columns })
end

--- Groups of items by key: a Query of {key =, count =, items = Query},
-- in key order (dates chronologically). An item with several values for
-- the key (participants) is in several groups. groups:get(key) gives one
-- group's items.
function Query:group_by(key)
  check_key(key, "group_by")
  local by, keys = {}, {}
  for _, x in ipairs(self) do
    local seen = {}
    for _, k in ipairs(key_values(x, key)) do
      if not seen[k] then
        seen[k] = true
        local g = by[k]
        if not g then g = {}; by[k] = g; keys[#keys + 1] = k end
        g[#g + 1] = x
      end
    end
  end
  sort(keys, key_less)
  local out = {}
  for i, k in ipairs(keys) do
    out[i] = { key = k, count = #by[k], items = derive(self, by[k], self._kind) }
  end
  return derive(self, out, "group", { _label = type(key) == "string" and key or nil })
end

--- Counts of items by key: a Query of {key =, count =}, most frequent
-- first (ties in key order). counts:get(key) gives one count.
function Query:count_by(key)
  check_key(key, "count_by")
  local by, keys = {}, {}
  for _, x in ipairs(self) do
    local seen = {}
    for _, k in ipairs(key_values(x, key)) do
      if not seen[k] then
        seen[k] = true
        if not by[k] then by[k] = 0; keys[#keys + 1] = k end
        by[k] = by[k] + 1
      end
    end
  end
  sort(keys, function(a, b)
    if by[a] ~= by[b] then return by[a] > by[b] end
    return key_less(a, b)
  end)
  local out = {}
  for i, k in ipairs(keys) do out[i] = { key = k, count = by[k] } end
  return derive(self, out, "count", { _label = type(key) == "string" and key or nil })
end

--- For counts and groups: the count (counts) or the items (groups) for a
-- key, or nil.
function Query:get(key)
  for _, x in ipairs(self) do
    if type(x) == "table" and x.key == key then
      if x.items ~= nil then return x.items end
      return x.count
    end
  end
  return nil
end

--- The first n items.
function Query:top(n)
  if math_type(n) ~= "integer" or n < 0 then error("bad argument #1 to 'top' (non-negative integer expected)", 2) end
  local out = {}
  for i = 1, math.min(n, #self) do out[i] = self[i] end
  return derive(self, out, self._kind, { _columns = self._columns, _label = self._label })
end

--- The first item, or nil.
function Query:first() return self[1] end

--- The last item, or nil.
function Query:last() return self[#self] end

--- The number of items.
function Query:count() return #self end

--- Iterates i, item (stops early on break, holds nothing open).
function Query:iter()
  local i = 0
  return function()
    i = i + 1
    local x = self[i]
    if x == nil then return nil end
    return i, x
  end
end

--- Calls fn(item, i) for every item; returns the query.
function Query:each(fn)
  for i, x in ipairs(self) do fn(x, i) end
  return self
end

--- The distinct values of key over the items, in first-seen order.
function Query:values(key)
  check_key(key, "values")
  local seen, out = {}, {}
  for _, x in ipairs(self) do
    for _, v in ipairs(key_values(x, key)) do
      if not seen[v] then seen[v] = true; out[#out + 1] = v end
    end
  end
  return out
end

--- The items as a plain list (a JSON array for korea_nato.json). Groups
-- give {key =, count =, items = {…}}; Documents give their extract
-- records.
function Query:totable()
  local out = json.array()
  for i, x in ipairs(self) do
    if type(x) == "table" and getmetatable(x) and type(x.totable) == "function" then
      out[i] = x:totable()
    elseif type(x) == "table" and is_query(x.items) then
      out[i] = { key = x.key, count = x.count, items = x.items:totable() }
    else
      out[i] = x
    end
  end
  return out
end

--- For timeline entries: SCHEMA.md's timeline table of the items
-- ({events =, undated =, entities =}), for the report writers and json.
function Query:totimeline()
  local events, undated = json.array(), json.array()
  local name = namer(self)
  local ents = {}
  for _, e in ipairs(self) do
    if type(e.date) == "string" then events[#events + 1] = e else undated[#undated + 1] = e end
    local ids = {}
    for _, p in ipairs(type(e.participants) == "table" and e.participants or {}) do ids[#ids + 1] = p end
    if type(e.location) == "string" then ids[#ids + 1] = e.location end
    for _, c in ipairs(type(e.conflicts) == "table" and e.conflicts or {}) do
      if c.field == "participants" or c.field == "location" then
        for v in pairs(type(c.values) == "table" and c.values or {}) do ids[#ids + 1] = v end
      end
    end
    for _, id in ipairs(ids) do
      if not ents[id] and type(id) == "string" and id:match("^%l+/") then
        ents[id] = { name = name(id), type = ENTITY_TYPES[id:match("^(%l+)/") or ""] or json.null }
      end
    end
  end
  return { events = events, undated = undated, entities = ents }
end

-- ------------------------------------------------------------ printing

local MAX_ROWS = 20

local function clip(s, n)
  s = tostring(s):gsub("%s+", " ")
  if #s <= n then return s end
  local cut = n - 1
  -- do not cut a UTF-8 sequence
  while cut > 0 and s:byte(cut + 1) and s:byte(cut + 1) >= 0x80 and s:byte(cut + 1) < 0xC0 do cut = cut - 1 end
  return s:sub(1, cut) .. "…"
end
M.clip = clip

local function pad(s, n)
  s = tostring(s)
  local len = utf8.len(s) or #s
  if len >= n then return s end
  return s .. rep(" ", n - len)
end
M.pad = pad

local function inspect(v, depth)
  depth = depth or 0
  if type(v) == "string" then return format("%q", v):gsub("\\\n", "\\n") end
  if type(v) ~= "table" then return tostring(v) end
  local mt = getmetatable(v)
  if mt and mt.__tostring then return tostring(v) end
  if depth > 1 then return "{…}" end
  local parts, n = {}, 0
  for i, x in ipairs(v) do
    n = n + 1
    if n > 8 then parts[#parts + 1] = "…"; break end
    parts[#parts + 1] = inspect(x, depth + 1)
    local _ = i
  end
  local keys = {}
  for k in pairs(v) do
    if not (math_type(k) == "integer" and k >= 1 and k <= #v) then keys[#keys + 1] = k end
  end
  sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  for i, k in ipairs(keys) do
    if i > 12 then parts[#parts + 1] = "…"; break end
    local ks = type(k) == "string" and k:match("^[%a_][%w_]*$") and k or "[" .. inspect(k) .. "]"
    parts[#parts + 1] = ks .. " = " .. inspect(v[k], depth + 1)
  end
  return "{ " .. concat(parts, ", ") .. " }"
end
M.inspect = inspect

local ROW = {}

function ROW.entry(e, name)
  local ps = {}
  for i, p in ipairs(type(e.participants) == "table" and e.participants or {}) do
    if i > 3 then ps[#ps + 1] = "…"; break end
    ps[#ps + 1] = name(p)
  end
  local nsrc = type(e.sources) == "table" and #e.sources or 0
  local flag = ""
  if type(e.conflicts) == "table" and #e.conflicts > 0 then
    local f = {}
    for _, c in ipairs(e.conflicts) do f[#f + 1] = c.field end
    flag = "  ! conflict: " .. concat(f, ", ")
  end
  return format("%s %s %s  [%s; %d source%s]%s", pad(type(e.date) == "string" and e.date or "undated", 10),
    pad(e.type or "?", 10), clip(e.title or e.id or "", 60), concat(ps, ", "), nsrc, nsrc == 1 and "" or "s", flag)
end

function ROW.event(e, name)
  local ps = {}
  for _, p in ipairs(type(e.participants) == "table" and e.participants or {}) do ps[#ps + 1] = name(p) end
  return format("%s %s %s %s  [%s]%s", pad(type(e.date) == "string" and e.date or "undated", 10),
    pad(e.type or "?", 10), pad(e.modality or "", 8), clip(e.id or "", 36), clip(concat(ps, ", "), 60),
    type(e.location) == "string" and (" @ " .. name(e.location)) or "")
end

function ROW.mention(m)
  local where_ = (m.doc and (m.doc .. ":") or "") .. tostring(m.sentence or "?")
  return format("%s %s %s %q", pad(clip(where_, 30), 30), pad(m.type or "", 8), pad(m.entity or "", 32), m.text or "")
end

function ROW.document(d)
  local mt = getmetatable(d)
  if mt and mt.__tostring then return clip(tostring(d), 110) end
  return format("%s %s %s", pad(d.id or "?", 30), pad(type(d.published) == "string" and d.published or "undated", 16), clip(d.title or "", 60))
end

function ROW.count(c, name)
  local k = c.key
  local label = tostring(k)
  if type(k) == "string" and k:match("^%l+/") then
    local n = name(k)
    if n ~= k then label = format("%s (%s)", n, k) end
  end
  return format("%6d  %s", c.count, label)
end

function ROW.group(g, name)
  local k = g.key
  local label = tostring(k)
  if type(k) == "string" and k:match("^%l+/") then
    local n = name(k)
    if n ~= k then label = format("%s (%s)", n, k) end
  end
  return format("%s: %d", label, g.count)
end

function ROW.kwic(k)
  local left = k.left or ""
  local w = 40
  local len = utf8.len(left) or #left
  return format("%s %s%s [%s] %s", pad(clip((k.doc or "?") .. ":" .. tostring(k.sentence or "?"), 28), 28),
    rep(" ", math.max(0, w - len)), left, k.match or "", k.right or "")
end

function ROW.entity(e)
  return format("%6d %5d  %s %s %s", e.mentions or 0, e.documents or 0, pad(e.type or "", 8), pad(e.id or "", 34), e.name or "")
end

function ROW.pair(p, name)
  if p.a then
    return format("%5d  %s — %s", p.count, name(p.a), name(p.b))
  end
  return format("%5d  %s", p.count, name(p.entity))
end

function ROW.error(e)
  return format("%s%s: %s", e.input or "?", e.id and (" (" .. e.id .. ")") or "", e.error or "")
end

function ROW.timex(t)
  return format("%s %s %s %q", pad((t.doc and (t.doc .. ":") or "") .. tostring(t.sentence or "?"), 30),
    pad(t.type or "", 8), pad(tostring(t.value), 16), t.text or "")
end

local function series_lines(self, name)
  local cols = self._columns or {}
  local lines = {}
  local head = { pad("", 28) }
  for _, c in ipairs(cols) do head[#head + 1] = pad(c, math.max(#c, 4)) end
  head[#head + 1] = "total"
  lines[1] = concat(head, " ")
  for i, r in ipairs(self) do
    if i > MAX_ROWS then break end
    local row = { pad(clip(name(r.entity), 28), 28) }
    for _, c in ipairs(cols) do
      local n = r.counts[c]
      local s = n and tostring(n) or "."
      row[#row + 1] = rep(" ", math.max(#c, 4) - #s) .. s
    end
    row[#row + 1] = format("%5d", r.total)
    lines[#lines + 1] = concat(row, " ")
  end
  return lines
end

function Query:__tostring()
  local n = #self
  local what = KINDS[self._kind] or "items"
  local head = format("%s%d %s", self._label and (self._label .. ": ") or "", n, what)
  if n == 0 then return head end
  local name = namer(self)
  local lines = { head .. ":" }
  if self._kind == "series" then
    for _, l in ipairs(series_lines(self, name)) do lines[#lines + 1] = "  " .. l end
  else
    local row = ROW[self._kind]
    for i, x in ipairs(self) do
      if i > MAX_ROWS then break end
      lines[#lines + 1] = "  " .. (row and type(x) == "table" and row(x, name) or inspect(x))
    end
  end
  if n > MAX_ROWS then lines[#lines + 1] = format("  … (%d more)", n - MAX_ROWS) end
  return concat(lines, "\n")
end

function Query:__len()
  return rawlen(self)
end

function Query.__concat(a, b)
  if is_query(a) and is_query(b) then
    local out = {}
    for _, x in ipairs(a) do out[#out + 1] = x end
    for _, x in ipairs(b) do out[#out + 1] = x end
    return derive(a, out, a._kind == b._kind and a._kind or nil)
  end
  return tostring(a) .. tostring(b)
end

M.Query = Query

return setmetatable(M, { __call = function(_, ...) return M.from(...) end })
