--- Conditions over mentions, events, timeline entries and documents: the
-- `--where` language and the `where{…}` tables of korea_nato.query, and the
-- date rule they share.
--
--     type=meeting and participant='Cho Tae-yul' and date>=2024-10
--     (type=call or type=talks) and not location=location/washington
--     source~ledger and sources>=2 and conflict
--
-- Grammar (keywords are case-insensitive):
--
--     query  <- expr !.
--     expr   <- and ('or' and)*
--     and    <- not ('and' not)*
--     not    <- 'not' not / '(' expr ')' / test
--     test   <- field op value / field 'in' '(' value (',' value)* ')' / field
--     op     <- '=' / '==' / '!=' / '~' / '!~' / '<' / '<=' / '>' / '>='
--     value  <- 'quoted' / "quoted" / bare      (bare: no blanks, quotes,
--                                                parentheses, commas, operators)
--
-- A bare field tests that the field has a value (`conflict`, `location`).
-- `~` is "contains" (case-insensitive), `!~` its negation.
--
-- **Fields.** Strings compare without regard to case: type, modality,
-- source (any of an entry's sources), doc (the reporting documents), id,
-- title, text, name, how, cameo, plover. Entities take an id, a name or an
-- alias (see resolve): participant (alias actor; an entry's or event's
-- participants, a mention's entity or office holder, any entity a document
-- mentions), entity (participants and place), location (alias place; for a
-- document, the places it mentions), holder. Dates: date (an entry's or
-- event's date..date_end, else the publication date), published,
-- first_reported; `from = X` is `date >= X`, `to = X` is `date <= X`.
-- conflict (any contradiction, or `conflict=date` for one field). Numbers:
-- sentence, count, mentions, documents, start, stop; `<`, `<=`, `>`, `>=`
-- on a list field count its elements (`sources>=2`, `participants>=3`).
-- A where{} table may also name any other field of the items.
--
-- **Dates.** Every date is a TIMEX3 value of any granularity, read as the
-- span of days it covers: `2024` is 2024-01-01..2024-12-31, `2024-10` the
-- month, `2024-W44` the ISO week, `2024-Q4` the quarter, `2024-10-31T07:10`
-- the day. An event with `date_end` covers `date`..`date_end`. A condition
-- holds when the spans could agree:
--
-- - `date=X` (and `in`): the item's span overlaps X's,
-- - `date>=X` (`from = X`): the item's span ends on or after X's first day,
-- - `date<=X` (`to = X`): the item's span starts on or before X's last day,
-- - `date>X`: the item's span starts after X's last day; `date<X`: it ends
--   before X's first day; `date!=X`: no overlap.
--
-- So an entry dated "2024-10" is within `from = "2024-10-15"`, and within
-- `to = "2024-10-01"`: a coarse date is kept wherever it may belong, never
-- dropped on a guess. Items with no date, or a date no calendar span can
-- be given to ("XXXX-07", "PAST_REF"), fail every date test.
-- @module korea_nato.where

local lpeg = require "lpeg"

local P, R, S, C, Cp, Ct, V = lpeg.P, lpeg.R, lpeg.S, lpeg.C, lpeg.Cp, lpeg.Ct, lpeg.V
local type, error, pcall, ipairs, pairs, tostring, tonumber = type, error, pcall, ipairs, pairs, tostring, tonumber
local format, rep, concat, sort = string.format, string.rep, table.concat, table.sort
local math_type, utf8_len = math.type, utf8.len

local M = {}

-- ------------------------------------------------------------------ dates

local function days_from_civil(y, m, d)
  if m <= 2 then y = y - 1 end
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local doy = (153 * (m + (m > 2 and -3 or 9)) + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end

local function civil_from_days(z)
  z = z + 719468
  local era = (z >= 0 and z or z - 146096) // 146097
  local doe = z - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local y = yoe + era * 400
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp < 10 and mp + 3 or mp - 9
  if m <= 2 then y = y + 1 end
  return y, m, d
end

local MDAYS = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }
local function month_days(y, m)
  if m == 2 and y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0) then return 29 end
  return MDAYS[m]
end

-- ISO weekday, Monday = 1 (day 0, 1970-01-01, was a Thursday)
local function weekday(z) return (z + 3) % 7 + 1 end

local function week_start(y, w)
  local jan4 = days_from_civil(y, 1, 4)
  return jan4 - (weekday(jan4) - 1) + (w - 1) * 7
end

local function weeks_in(y)
  return (week_start(y + 1, 1) - week_start(y, 1)) // 7
end

local SEASON = { SP = { 3, 5 }, SU = { 6, 8 }, FA = { 9, 11 }, WI = { 12, 14 } }

--- The span of days a TIMEX3 date value covers: first, last (day numbers,
-- 0 = 1970-01-01), or nil when the value names no calendar span. Accepts
-- YYYY, YYYY-MM, YYYY-MM-DD (with any time after it), YYYY-Www,
-- YYYY-Www-D, YYYY-Www-WE, YYYY-Qn, YYYY-Hn, YYYY-SP/SU/FA/WI and decades
-- (YYY or YYYX).
function M.span(v)
  if type(v) ~= "string" then return nil end
  local y, m, d = v:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if y then
    y, m, d = tonumber(y), tonumber(m), tonumber(d)
    if m < 1 or m > 12 or d < 1 or d > month_days(y, m) then return nil end
    local rest = v:sub(11)
    if rest ~= "" and not rest:match("^T") then return nil end
    local z = days_from_civil(y, m, d)
    return z, z
  end
  y, m = v:match("^(%d%d%d%d)%-(%d%d)$")
  if y then
    y, m = tonumber(y), tonumber(m)
    if m < 1 or m > 12 then return nil end
    return days_from_civil(y, m, 1), days_from_civil(y, m, month_days(y, m))
  end
  y = v:match("^(%d%d%d%d)$")
  if y then
    y = tonumber(y)
    return days_from_civil(y, 1, 1), days_from_civil(y, 12, 31)
  end
  local w, tail
  y, w, tail = v:match("^(%d%d%d%d)%-W(%d%d)(.*)$")
  if y then
    y, w = tonumber(y), tonumber(w)
    if w < 1 or w > weeks_in(y) then return nil end
    local z = week_start(y, w)
    if tail == "" then return z, z + 6 end
    if tail == "-WE" then return z + 5, z + 6 end
    local wd = tail:match("^%-([1-7])$")
    if wd then return z + wd - 1, z + wd - 1 end
    return nil
  end
  local q
  y, q = v:match("^(%d%d%d%d)%-Q([1-4])$")
  if y then
    y, q = tonumber(y), tonumber(q)
    local m1, m2 = q * 3 - 2, q * 3
    return days_from_civil(y, m1, 1), days_from_civil(y, m2, month_days(y, m2))
  end
  y, q = v:match("^(%d%d%d%d)%-H([12])$")
  if y then
    y, q = tonumber(y), tonumber(q)
    return days_from_civil(y, q * 6 - 5, 1), days_from_civil(y, q * 6, month_days(y, q * 6))
  end
  local s
  y, s = v:match("^(%d%d%d%d)%-(%u%u)$")
  if y and SEASON[s] then
    y = tonumber(y)
    local a, b = SEASON[s][1], SEASON[s][2]
    local yb, mb = y + (b - 1) // 12, (b - 1) % 12 + 1
    return days_from_civil(y, a, 1), days_from_civil(yb, mb, month_days(yb, mb))
  end
  local dec = v:match("^(%d%d%d)X?$")
  if dec then
    y = tonumber(dec) * 10
    return days_from_civil(y, 1, 1), days_from_civil(y + 9, 12, 31)
  end
  return nil
end

--- The ISO date ("2024-10-31") of a day number.
function M.day_string(z)
  local y, m, d = civil_from_days(z)
  return format("%04d-%02d-%02d", y, m, d)
end

--- The day number of an ISO date (the first day of a coarser value).
function M.day_number(v)
  return (M.span(v))
end

--- Key of the period a date falls in: period is "day", "week", "month",
-- "quarter" or "year". Returns "2024-10-31", "2024-W44", "2024-10",
-- "2024-Q4", "2024", or nil when the date is coarser than the period (an
-- entry dated "2024-10" has no week) or not a calendar date.
function M.period_key(v, period)
  local a, b = M.span(v)
  if not a then return nil end
  local y, m, d = civil_from_days(a)
  if period == "year" then return format("%04d", y) end
  if period == "quarter" then
    local y2, m2 = civil_from_days(b)
    if y2 ~= y or (m2 - 1) // 3 ~= (m - 1) // 3 then return nil end
    return format("%04d-Q%d", y, (m - 1) // 3 + 1)
  end
  if period == "month" then
    local y2, m2 = civil_from_days(b)
    if y2 ~= y or m2 ~= m then return nil end
    return format("%04d-%02d", y, m)
  end
  if period == "week" then
    if b - a > 6 then return nil end
    local thu = a - weekday(a) + 4
    if b > thu + 3 then return nil end
    local wy = civil_from_days(thu)
    return format("%04d-W%02d", wy, (thu - days_from_civil(wy, 1, 1)) // 7 + 1)
  end
  if period == "day" then
    if a ~= b then return nil end
    return format("%04d-%02d-%02d", y, m, d)
  end
  error("bad period '" .. tostring(period) .. "' (expected day, week, month, quarter or year)", 2)
end

--- Does the span [a1, b1] satisfy `op` against the date value v? (The rule
-- in the module header.)
local function date_test(a1, b1, op, a2, b2)
  if op == "=" then return a1 <= b2 and b1 >= a2
  elseif op == "!=" then return not (a1 <= b2 and b1 >= a2)
  elseif op == ">=" then return b1 >= a2
  elseif op == "<=" then return a1 <= b2
  elseif op == ">" then return a1 > b2
  elseif op == "<" then return b1 < a2
  end
  return false
end

-- ------------------------------------------------------------------ names

local function norm(s)
  s = s:gsub("\u{2019}", "'"):lower()
  s = s:gsub("[%s%-%._']+", " ")
  return (s:gsub("^ ", ""):gsub(" $", ""))
end
M.normalize_name = norm

local gaz_index = setmetatable({}, { __mode = "k" })

-- name -> set of ids, short name -> set of ids, id -> name for a gazetteer
local function index_of(gaz)
  local idx = gaz_index[gaz]
  if idx then return idx end
  idx = { names = {}, shorts = {}, name_of = {} }
  local function put(t, name, id)
    local k = norm(name)
    if k == "" then return end
    local set = t[k]
    if not set then set = {}; t[k] = set end
    set[id] = true
  end
  for i = 1, #gaz do
    -- (entities whose record cannot be read are left out, not fatal)
    local ok, e = pcall(gaz.entity, gaz, i)
    if ok and e then
      idx.name_of[e.id] = e.name
      put(idx.names, e.name or e.id, e.id)
      for _, a in ipairs(e.alias or {}) do put(idx.names, a, e.id) end
      for _, a in ipairs(e.short or {}) do put(idx.shorts, a, e.id) end
    end
  end
  gaz_index[gaz] = idx
  return idx
end
M.gazetteer_index = index_of

local function sorted_keys(set)
  local t = {}
  for k in pairs(set) do t[#t + 1] = k end
  sort(t)
  return t
end

--- Resolves a reference to an entity (an id, a canonical name, an alias, or
-- a short name that names one entity only) to a list of ids.
-- ctx: { gazetteer = Gazetteer, names = { [id] = name, … } (names seen in
-- the data, e.g. a timeline's entities or mentions' surface forms) }.
-- Returns the ids, or nil and a message.
function M.resolve(ref, ctx)
  ctx = ctx or {}
  if type(ref) ~= "string" then return nil, "entity reference is not a string" end
  if ref:match("^%l+/[^%s/]+$") then return { ref } end
  local key = norm(ref)
  local found = {}
  local idx = ctx.gazetteer and index_of(ctx.gazetteer)
  if idx and idx.names[key] then
    for id in pairs(idx.names[key]) do found[id] = true end
  end
  for id, names in pairs(ctx.names or {}) do
    if type(names) == "string" then names = { names } end
    for _, n in ipairs(names) do
      if norm(n) == key then found[id] = true end
    end
  end
  if next(found) then return sorted_keys(found) end
  if idx and idx.shorts[key] then
    local ids = sorted_keys(idx.shorts[key])
    if #ids == 1 then return ids end
    local shown = {}
    for i = 1, math.min(#ids, 4) do shown[i] = ids[i] end
    return nil, format("ambiguous name '%s' (%s%s)", ref, concat(shown, ", "), #ids > 4 and ", …" or "")
  end
  return nil, format("unknown entity '%s'", ref)
end

-- ------------------------------------------------------------ the grammar

local function fail(msg)
  return P(function(_, i) error({ where_msg = msg, pos = i }, 0) end)
end

local blank = S(" \t\r\n")
local sp = blank^0
local idchar = R("az", "AZ", "09") + P"_"
local function kw(w)
  local p = P(true)
  for c in w:gmatch(".") do p = p * S(c:lower() .. c:upper()) end
  return p * -idchar
end
local AND, OR, NOT, IN = kw("and"), kw("or"), kw("not"), kw("in")
local keyword = AND + OR + NOT + IN

local ident = (R("az", "AZ") + "_") * idchar^0
local operator = C(P"==" + "!=" + "!~" + ">=" + "<=" + "=" + "~" + ">" + "<")
-- 'text' or "text"; a quote inside is doubled or escaped with a backslash
local function quoted(q)
  return P(function(s, i)
    if s:sub(i, i) ~= q then return false end
    local out, j = {}, i + 1
    while true do
      local c = s:sub(j, j)
      if c == "" then error({ where_msg = "unterminated string", pos = i }, 0) end
      if c == "\\" and j < #s then
        out[#out + 1] = s:sub(j + 1, j + 1); j = j + 2
      elseif c == q and s:sub(j + 1, j + 1) == q then
        out[#out + 1] = q; j = j + 2
      elseif c == q then
        return j + 1, concat(out)
      else
        out[#out + 1] = c; j = j + 1
      end
    end
  end)
end
local bare = C((1 - (blank + S("()'\",=!<>~")))^1)
local value = Ct(Cp() * (quoted("'") + quoted('"') + -keyword * bare) * Cp())
local value_req = value + fail("expected a value")

local function cmp_node(fpos, field, a, b, c)
  if a == nil then return { "has", field = field, pos = fpos } end
  if a == "in" then
    local vals, pos = {}, {}
    for i, v in ipairs(b) do vals[i] = v[2]; pos[i] = v[1] end
    return { "cmp", field = field, op = "in", value = vals, pos = fpos, vpos = pos[1] or fpos, vpos_list = pos }
  end
  -- a: position of the operator, b: the operator, c: {position, text}
  return { "cmp", field = field, op = b, value = c[2], pos = fpos, opos = a, vpos = c[1] }
end

local function fold(first, ...)
  local node = first
  for i = 1, select("#", ...), 2 do
    local o, rhs = select(i, ...)
    node = { o, node, rhs }
  end
  return node
end

-- after an operator: names the operator in the message
local fail_value = P(function(s, i)
  local before = s:sub(1, i - 1):gsub("%s+$", "")
  local o = before:match("[=!<>~]+$") or "="
  error({ where_msg = "expected a value after '" .. o .. "'", pos = i }, 0)
end)

local grammar = P {
  "query",
  query = sp * (-P(1) * fail("empty query") + V"expr")
    * sp * (-P(1) + fail("expected 'and', 'or' or the end of the query")),
  expr = (V"conj" * (sp * C(OR) / "or" * sp * (V"conj" + fail("expected a condition after 'or'")))^0) / fold,
  conj = (V"neg" * (sp * C(AND) / "and" * sp * (V"neg" + fail("expected a condition after 'and'")))^0) / fold,
  neg = NOT * sp * (V"neg" + fail("expected a condition after 'not'")) / function(x) return { "not", x } end
    + P"(" * sp * (V"expr" + fail("expected a condition after '('")) * sp * (P")" + fail("expected ')'"))
    + V"test",
  test = (Cp() * -keyword * C(ident) * sp * (
        Cp() * operator * sp * (value + fail_value)
      + C(IN) / "in" * sp * (P"(" + fail("expected '(' after 'in'")) * sp
        * Ct(value_req * (sp * P"," * sp * value_req)^0)
        * sp * (P")" + fail("expected ',' or ')'"))
      + #(-P(1) + P")" + keyword)
      + fail("expected an operator (=, !=, ~, !~, <, <=, >, >=, in)")
    )) / cmp_node
    + #S"=!<>~" * fail("expected a field name")
    + #S"'\"" * fail("expected a field name (quote values, not fields)")
    + #(-keyword * (1 - blank - S"()")) * fail("expected a field name"),
}

--- Parses a query. Returns the syntax tree, or nil, message and the
-- 1-based byte position of the bad token.
function M.parse(s)
  if type(s) ~= "string" then error("bad argument #1 to 'parse' (string expected, got " .. type(s) .. ")", 2) end
  local ok, res = pcall(lpeg.match, grammar, s)
  if not ok then
    if type(res) == "table" and res.where_msg then
      local pos = res.pos
      -- point at the bad token, not at the blanks before it
      while pos <= #s and s:sub(pos, pos):match("%s") do pos = pos + 1 end
      return nil, res.where_msg, pos
    end
    error(res, 0)
  end
  if not res then return nil, "expected a condition", 1 end
  return res
end

--- Formats an error for a query: the message with its position, then the
-- query and a caret under the bad token:
--
--     expected a value after '=' at position 31
--       type=meeting and participant=
--                                    ^
function M.explain(s, msg, pos)
  local line = s:gsub("[\r\n\t]", " ")
  local col = utf8_len(line, 1, pos - 1) or (pos - 1)
  return format("%s at position %d\n  %s\n  %s^", msg, pos, line, rep(" ", col))
end

-- ---------------------------------------------------------------- fields

-- kind of each field: how values compare
local FIELDS = {
  type = "string", modality = "string", source = "string", doc = "string", id = "string",
  title = "string", text = "string", name = "string", how = "string", cameo = "string",
  plover = "string", key = "string", input = "string", error = "string", author = "string",
  url = "string",
  participant = "entity", entity = "entity", location = "entity", holder = "entity",
  date = "date", published = "date", first_reported = "date",
  conflict = "conflict",
  sentence = "number", count = "number", mentions = "number", documents = "number",
  start = "number", stop = "number",
}
local ALIASES = {
  participants = "participant", actor = "participant", actors = "participant", who = "participant",
  place = "location", when = "date", sources = "source", conflicts = "conflict",
  document = "doc", reports = "mentions",
}
M.FIELDS = FIELDS
M.ALIASES = ALIASES

local function field_names()
  local t = {}
  for k in pairs(FIELDS) do t[#t + 1] = k end
  sort(t)
  return concat(t, ", ")
end

-- Per-item caches of derived values (documents' entity sets).
local doc_entities = setmetatable({}, { __mode = "k" })

local function list_of(v)
  if v == nil then return {} end
  if type(v) == "table" then return v end
  return { v }
end

local function is_null(v)
  return v == nil or (type(v) == "userdata") or v == false
end

local function mentions_of(item)
  local m = item.mentions
  if type(m) == "function" then return item:mentions() end
  if type(m) == "table" then return m end
  return nil
end

-- The entity ids an item involves, for participant/entity tests.
local function entity_ids(item, field)
  if item.participants ~= nil or item.sources ~= nil or item.trigger ~= nil then
    -- timeline entries and events
    local out = {}
    for _, p in ipairs(list_of(item.participants)) do out[#out + 1] = p end
    if field == "entity" and type(item.location) == "string" then out[#out + 1] = item.location end
    return out
  end
  if item.entity ~= nil then
    -- mentions (an OFFICE mention stands for its holder too), kwic lines
    local out = { item.entity }
    if type(item.holder) == "string" then out[2] = item.holder end
    return out
  end
  if item.a ~= nil and item.b ~= nil then return { item.a, item.b } end   -- co-mention pairs
  local ms = mentions_of(item)
  if ms then
    -- documents and extract records
    local set = doc_entities[item]
    if not set then
      set = {}
      for _, m in ipairs(ms) do
        if m.entity then set[#set + 1] = m.entity end
        if type(m.holder) == "string" then set[#set + 1] = m.holder end
      end
      doc_entities[item] = set
    end
    return set
  end
  if type(item.id) == "string" and item.mentions ~= nil then return { item.id } end
  if type(item.id) == "string" and item.type ~= nil and item.count ~= nil then return { item.id } end
  if type(item.key) == "string" then return { item.key } end
  return {}
end

-- The date span of an item: first, last day numbers or nil.
local function item_span(item, field)
  if field == "date" then
    local d = item.date
    if type(d) ~= "string" then d = nil end
    if not d then
      local p = item.published
      if type(p) == "string" then return M.span(p) end
      return nil
    end
    local a, b = M.span(d)
    if not a then return nil end
    local e = item.date_end
    if type(e) == "string" then
      local _, b2 = M.span(e)
      if b2 and b2 > b then b = b2 end
    end
    return a, b
  end
  local v = item[field]
  if type(v) == "string" then return M.span(v) end
  return nil
end

-- The string values of a field on an item.
local function string_values(item, field)
  if field == "source" then
    if item.sources ~= nil then return list_of(item.sources) end
    return list_of(item.source)
  elseif field == "doc" then
    if item.doc ~= nil then return list_of(item.doc) end
    if type(item.mentions) == "table" and item.sources ~= nil then
      local out = {}
      for _, m in ipairs(item.mentions) do out[#out + 1] = m.doc end
      return out
    end
    if type(item.mentions) == "function" or item.sentences ~= nil then return list_of(item.id) end
    return {}
  elseif field == "text" then
    local v = item.text
    if type(v) == "table" then v = nil end
    if v == nil and item.match then v = item.match end
    if v == nil then v = item.title end
    return list_of(v)
  elseif field == "name" then
    return list_of(item.name)
  end
  local v = item[field]
  if type(v) == "function" then return {} end
  return list_of(v)
end

local function number_value(item, field)
  local v
  if field == "mentions" then
    v = item.mentions
    if type(v) == "function" then v = item:mentions() end
  else
    v = item[field]
  end
  if field == "source" then v = item.sources or item.source end
  if field == "participant" then v = item.participants end
  if type(v) == "table" then return #v end
  if type(v) == "string" then return tonumber(v) end
  if math_type(v) then return v end
  return nil
end

local function num_test(a, op, b)
  if op == "=" then return a == b elseif op == "!=" then return a ~= b
  elseif op == ">=" then return a >= b elseif op == "<=" then return a <= b
  elseif op == ">" then return a > b elseif op == "<" then return a < b end
  return false
end

local COUNTABLE = { source = true, participant = true, doc = true, entity = true }

local ORDER_OPS = { [">="] = true, ["<="] = true, [">"] = true, ["<"] = true }

-- Compiles one test into a predicate; raises {where_msg =, pos =} on bad
-- fields or values.
local function compile_test(node, ctx)
  local fname = ALIASES[node.field] or node.field
  local kind = FIELDS[fname]
  local from_to
  if fname == "from" or fname == "to" then
    from_to = fname
    fname, kind = "date", "date"
  end
  if not kind then
    if ctx.generic then kind = "generic"
    else
      error({ where_msg = format("unknown field '%s' (fields: %s)", node.field, field_names()), pos = node.pos }, 0)
    end
  end
  if node[1] == "has" then
    if kind == "conflict" then
      return function(item) return type(item.conflicts) == "table" and #item.conflicts > 0 end
    elseif kind == "entity" then
      if fname == "location" then return function(item) return type(item.location) == "string" end end
      return function(item) return #entity_ids(item, fname) > 0 end
    elseif kind == "date" then
      return function(item) return item_span(item, fname) ~= nil end
    end
    return function(item)
      local v = item[fname]
      if type(v) == "table" then return #v > 0 end
      return not is_null(v) and v ~= ""
    end
  end
  local op = node.op
  if op == "==" then op = "=" end
  if from_to then
    if op ~= "=" then
      error({ where_msg = format("'%s' takes '=' (it means date%s)", from_to, from_to == "from" and ">=" or "<="), pos = node.opos or node.pos }, 0)
    end
    op = from_to == "from" and ">=" or "<="
  end
  local values = op == "in" and node.value or { node.value }
  local vpos = node.vpos_list or { node.vpos }
  if type(values[1]) == "function" then
    local f = values[1]
    return function(item) return f(item[fname], item) and true or false end
  end
  if (op == "~" or op == "!~") and kind ~= "string" and kind ~= "generic" and kind ~= "entity" then
    error({ where_msg = format("operator '%s' does not apply to '%s'", op, node.field), pos = node.opos or node.pos }, 0)
  end

  -- ordering on a non-date field compares numbers (lists by their length:
  -- sources>=2, participants>=3)
  if (ORDER_OPS[op] or kind == "number") and kind ~= "date" then
    if ORDER_OPS[op] and kind ~= "number" and not COUNTABLE[fname] and kind ~= "generic" then
      error({ where_msg = format("operator '%s' does not apply to '%s'", op, node.field), pos = node.opos or node.pos }, 0)
    end
    if op == "~" or op == "!~" or op == "in" then
      error({ where_msg = format("operator '%s' does not apply to '%s'", op, node.field), pos = node.opos or node.pos }, 0)
    end
    local n = tonumber(values[1])
    if not n then
      error({ where_msg = format("expected a number for '%s', got '%s'", node.field, tostring(values[1])), pos = vpos[1] }, 0)
    end
    return function(item)
      local v = number_value(item, fname)
      return v ~= nil and num_test(v, op, n)
    end
  end

  if kind == "date" then
    local spans = {}
    for i, v in ipairs(values) do
      local a, b = M.span(tostring(v))
      if not a then
        error({ where_msg = format("bad date '%s' (expected a TIMEX3 date such as 2024, 2024-10, 2024-W44 or 2024-10-31)", tostring(v)), pos = vpos[i] }, 0)
      end
      spans[i] = { a, b }
    end
    if op == "~" or op == "!~" then
      error({ where_msg = format("operator '%s' does not apply to '%s'", op, node.field), pos = node.opos or node.pos }, 0)
    end
    local dop = op == "in" and "=" or op
    return function(item)
      local a, b = item_span(item, fname)
      if not a then return false end
      if dop == "!=" then
        for _, sp_ in ipairs(spans) do
          if not date_test(a, b, "!=", sp_[1], sp_[2]) then return false end
        end
        return true
      end
      for _, sp_ in ipairs(spans) do
        if date_test(a, b, dop, sp_[1], sp_[2]) then return true end
      end
      return false
    end
  end

  if kind == "entity" then
    local want = {}
    for i, v in ipairs(values) do
      v = tostring(v)
      if op == "~" or op == "!~" then
        want[#want + 1] = v:lower()
      else
        local ids, err = M.resolve(v, ctx)
        if not ids then error({ where_msg = err, pos = vpos[i] }, 0) end
        for _, id in ipairs(ids) do want[id] = true end
      end
    end
    local function ids_of(item)
      if fname == "location" then
        if type(item.location) == "string" then return { item.location } end
        local ms = item.location == nil and item.entity == nil and mentions_of(item)
        if ms then
          -- a document: the places it mentions
          local out = {}
          for _, m in ipairs(ms) do
            if m.type == "LOCATION" then out[#out + 1] = m.entity end
          end
          return out
        end
        return {}
      end
      if fname == "holder" then return list_of(type(item.holder) == "string" and item.holder or nil) end
      return entity_ids(item, fname)
    end
    if op == "~" or op == "!~" then
      local neg = op == "!~"
      return function(item)
        for _, id in ipairs(ids_of(item)) do
          for _, w in ipairs(want) do
            if id:lower():find(w, 1, true) then return not neg end
          end
        end
        return neg
      end
    end
    local neg = op == "!="
    return function(item)
      for _, id in ipairs(ids_of(item)) do
        if want[id] then return not neg end
      end
      return neg
    end
  end

  if kind == "conflict" then
    local want = {}
    for _, v in ipairs(values) do want[tostring(v):lower()] = true end
    local neg = op == "!="
    return function(item)
      for _, c in ipairs(type(item.conflicts) == "table" and item.conflicts or {}) do
        if want[tostring(c.field):lower()] then return not neg end
      end
      return neg
    end
  end

  -- strings (case-insensitive), and generic fields of Lua where{} tables
  local want = {}
  for i, v in ipairs(values) do
    if type(v) == "boolean" then
      local b = v
      return function(item)
        local x = item[fname]
        if type(x) == "table" then return (#x > 0) == b end
        return (not is_null(x) and x ~= "") == b
      end
    end
    want[i] = type(v) == "string" and v:lower() or v
  end
  local contains, neg = op == "~" or op == "!~", op == "!=" or op == "!~"
  return function(item)
    for _, x in ipairs(string_values(item, fname)) do
      local lx = type(x) == "string" and x:lower() or x
      for _, w in ipairs(want) do
        if contains then
          if type(lx) == "string" and lx:find(tostring(w), 1, true) then return not neg end
        elseif lx == w or (type(w) == "string" and tostring(lx) == w) then
          return not neg
        end
      end
    end
    return neg
  end
end

local function compile_node(node, ctx)
  local tag = node[1]
  if tag == "and" then
    local a, b = compile_node(node[2], ctx), compile_node(node[3], ctx)
    return function(item) return a(item) and b(item) end
  elseif tag == "or" then
    local a, b = compile_node(node[2], ctx), compile_node(node[3], ctx)
    return function(item) return a(item) or b(item) end
  elseif tag == "not" then
    local a = compile_node(node[2], ctx)
    return function(item) return not a(item) end
  elseif tag == "true" then
    return function() return true end
  end
  return compile_test(node, ctx)
end

-- Turns a where{} table into a tree: keys ANDed in sorted order, list
-- values any-of, from/to date bounds, booleans presence tests.
local function table_tree(spec)
  local keys = {}
  for k in pairs(spec) do
    if type(k) ~= "string" then
      error({ where_msg = "where{} keys must be field names, got a " .. type(k) .. " key", pos = 0 }, 0)
    end
    keys[#keys + 1] = k
  end
  sort(keys)
  local node
  for _, k in ipairs(keys) do
    local v = spec[k]
    local n
    local mt = type(v) == "table" and getmetatable(v)
    if type(v) == "table" and (mt == nil or (type(mt) == "table" and mt.__name == "korea_nato.json.array")) then
      local vals = {}
      for i, x in ipairs(v) do vals[i] = x end
      n = { "cmp", field = k, op = "in", value = vals, pos = 0 }
    elseif type(v) == "boolean" and FIELDS[ALIASES[k] or k] ~= "string" then
      n = { "has", field = k, pos = 0 }
      if not v then n = { "not", n } end
    else
      n = { "cmp", field = k, op = "=", value = v, pos = 0 }
    end
    node = node and { "and", node, n } or n
  end
  return node or { "true" }
end

--- Compiles a condition, a query string or a where{} table, into a
-- predicate function(item) -> boolean. ctx: { gazetteer =, names = }
-- (see resolve). Returns the predicate, or nil, the message (for a
-- string: with the query and a caret under the bad token, see explain),
-- and the position.
function M.compile(spec, ctx)
  ctx = ctx or {}
  if type(spec) == "function" then return spec end
  local tree, msg, pos
  if type(spec) == "string" then
    tree, msg, pos = M.parse(spec)
    if not tree then return nil, M.explain(spec, msg, pos), pos end
  elseif type(spec) == "table" then
    local ok, res = pcall(table_tree, spec)
    if not ok then return nil, res.where_msg or tostring(res), 0 end
    tree = res
  else
    error("bad argument #1 to 'compile' (string, table or function expected, got " .. type(spec) .. ")", 2)
  end
  local c = {}
  for k, v in pairs(ctx) do c[k] = v end
  c.generic = type(spec) == "table"
  local ok, res = pcall(compile_node, tree, c)
  if not ok then
    if type(res) == "table" and res.where_msg then
      if type(spec) == "string" then return nil, M.explain(spec, res.where_msg, res.pos), res.pos end
      return nil, res.where_msg, 0
    end
    error(res, 0)
  end
  return res
end

return M
