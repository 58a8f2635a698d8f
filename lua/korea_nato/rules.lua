--- User rules: LPeg patterns over sentence text that add mentions or events
-- of an analyst's own kinds (weapons systems, exercise names, …).
--
--     local lpeg = require "lpeg"
--     local P, R = lpeg.P, lpeg.R
--     kn.rules.add {
--       name = "hwasong",                          -- replaces a rule of that name
--       pattern = P"Hwasong-" * R"09"^1 * R"AZ"^-1,
--       mention = { type = "WEAPON" },            -- entity: "weapon/hwasong-19"
--       event = { type = "weapons_test" },        -- optional: one event a match
--     }
--     kn.rules.add {
--       name = "exercises",
--       pattern = { "Ulchi Freedom Shield", "Freedom Shield", "Freedom Edge" },
--       mention = { type = "EXERCISE" },
--       event = { type = "exercise", modality = "occurred" },
--     }
--     local doc = kn.analyze(text)                -- rules run inside analyze
--     doc:mentions{ type = "WEAPON" }
--
-- `pattern` is an LPeg pattern, a string (a literal) or a list of strings
-- (the longest that matches wins); `nocase = true` makes strings match in
-- any case. A match must start and end at word boundaries (unless
-- `words = false`). Matches are searched in each sentence's text, and
-- their offsets are the document's: `doc.text:sub(m.start, m.stop) ==
-- m.text`.
--
-- `mention`: { type = "WEAPON" (required), entity = "weapon/x" or
-- function(text, ...captures) -> id [, name], name = "…" or function }.
-- The default id is `<lower type>/<slug of the text>`. Rule mentions follow
-- the SCHEMA's span rules: the longest match wins among rules (then the
-- rule added first), and a match that overlaps one of the core's mentions
-- is dropped (the core wins). They carry `how = "name"` and `rule = name`.
--
-- `event`: { type = "exercise" (required), cameo =, plover =, modality =
-- "occurred" | "planned" | "reported" (default "occurred"), participants =
-- list or function(ctx) -> list, location = id or function(ctx), date =
-- value or function(ctx) }. By default the participants are the PERSON,
-- ORG and COUNTRY entities mentioned in the sentence (an OFFICE mention
-- gives its holder), the location the sentence's first LOCATION, the date
-- the sentence's first DATE expression. ctx is { doc =, sentence = i, text
-- = matched text, start =, stop =, captures = {…}, mentions = {…} }.
-- apply() names its events "<doc id>#r1", "#r2", … in text order;
-- Document:events() merges them with the extractor's and numbers them all
-- in text order, as SCHEMA.md's ids are.
-- @module korea_nato.rules

local lpeg = require "lpeg"
local json = require "korea_nato.json"

local P, S, C, Cp, Ct = lpeg.P, lpeg.S, lpeg.C, lpeg.Cp, lpeg.Ct
local type, error, ipairs, tostring = type, error, ipairs, tostring
local setmetatable, pcall, loadfile = setmetatable, pcall, loadfile
local format, concat, sort = string.format, table.concat, table.sort

local M = {}

local registry = {}      -- list of compiled rules, in the order added

local MODALITIES = { occurred = true, planned = true, reported = true }

-- CAMEO and PLOVER codes used when a rule names none (SCHEMA event types)
local DEFAULT_CODES = {
  meeting = { "046", "CONSULT" }, talks = { "046", "CONSULT" }, call = { "040", "CONSULT" },
  visit = { "042", "CONSULT" }, briefing = { "010", "CONSULT" }, statement = { "010", "OTHER" },
  agreement = { "057", "AGREE" }, invitation = { "036", "CONSULT" },
  deployment = { "150", "MOBILIZE" }, exercise = { "150", "MOBILIZE" },
  weapons_test = { "150", "MOBILIZE" }, ruling = { "010", "OTHER" }, other = { "0", "OTHER" },
}

local function nocase_literal(s)
  local p = P(true)
  for c in s:gmatch(".") do
    local l, u = c:lower(), c:upper()
    p = p * (l ~= u and S(l .. u) or P(c))
  end
  return p
end

local function slug(s)
  s = s:lower():gsub("[^%w\128-\255]+", "-"):gsub("^%-+", ""):gsub("%-+$", "")
  return s
end
M.slug = slug

local function bad(msg) error("rules.add: " .. msg, 3) end

local function compile_pattern(spec)
  local p = spec.pattern
  if lpeg.type(p) == "pattern" then return p end
  if type(p) == "string" then
    if p == "" then bad("'pattern' must not be empty") end
    return spec.nocase and nocase_literal(p) or P(p)
  end
  if type(p) == "table" and #p > 0 then
    local list = {}
    for i, s in ipairs(p) do
      if type(s) ~= "string" or s == "" then bad("'pattern' list item " .. i .. " is not a non-empty string") end
      list[i] = s
    end
    -- longest first, so "Ulchi Freedom Shield" wins over "Freedom Shield"
    sort(list, function(a, b) if #a ~= #b then return #a > #b end return a < b end)
    local alt
    for _, s in ipairs(list) do
      local lit = spec.nocase and nocase_literal(s) or P(s)
      alt = alt and (alt + lit) or lit
    end
    return alt
  end
  bad("'pattern' must be an LPeg pattern, a string or a list of strings")
end

--- Registers a rule (see the module header); a rule of the same name is
-- replaced. Raises on a malformed rule. Returns the rule's name.
function M.add(spec)
  if type(spec) ~= "table" then error("bad argument #1 to 'add' (table expected, got " .. type(spec) .. ")", 2) end
  if type(spec.name) ~= "string" or spec.name == "" then bad("'name' must be a non-empty string") end
  local patt = compile_pattern(spec)
  local mention, event = spec.mention, spec.event
  if mention == nil and event == nil then bad("give 'mention', 'event' or both") end
  if mention ~= nil then
    if type(mention) ~= "table" then bad("'mention' must be a table") end
    if type(mention.type) ~= "string" or not mention.type:match("^[%u_][%u%d_]*$") then
      bad("'mention.type' must be an upper-case name such as \"WEAPON\"")
    end
    if mention.entity ~= nil and type(mention.entity) ~= "string" and type(mention.entity) ~= "function" then
      bad("'mention.entity' must be an id or a function")
    end
    if type(mention.entity) == "string" and not mention.entity:match("^%l+/[^%s/]+$") then
      bad("'mention.entity' must be an id such as \"weapon/hwasong-19\"")
    end
  end
  if event ~= nil then
    if type(event) ~= "table" then bad("'event' must be a table") end
    if type(event.type) ~= "string" or event.type == "" then bad("'event.type' must be a string such as \"exercise\"") end
    if event.modality ~= nil and not MODALITIES[event.modality] and type(event.modality) ~= "function" then
      bad("'event.modality' must be occurred, planned or reported")
    end
  end
  -- every match with its captures and end: {start, captures…, stop+1}
  local scanner = Ct(Cp() * C(patt) * Cp())
  local rule = { name = spec.name, scanner = scanner, words = spec.words ~= false, mention = mention, event = event }
  for i, r in ipairs(registry) do
    if r.name == spec.name then registry[i] = rule; return spec.name end
  end
  registry[#registry + 1] = rule
  return spec.name
end

--- Removes a rule by name; returns true if there was one.
function M.remove(name)
  for i, r in ipairs(registry) do
    if r.name == name then table.remove(registry, i); return true end
  end
  return false
end

--- Removes every rule.
function M.clear()
  registry = {}
end

--- The names of the registered rules, in the order they were added.
function M.list()
  local out = {}
  for i, r in ipairs(registry) do out[i] = r.name end
  return out
end

--- True when any rule is registered (analysis skips apply otherwise).
function M.active()
  return #registry > 0
end

--- Loads rules from a Lua file run with `kn`, `rules` and `lpeg` in scope
-- (a file of kn.rules.add{…} calls). Returns the names added, or nil and
-- a message.
function M.load(path)
  local env = setmetatable({ rules = M, lpeg = lpeg, kn = require("korea_nato") }, { __index = _G })
  local chunk, err = loadfile(path, "t", env)
  if not chunk then return nil, err end
  local before = {}
  for _, n in ipairs(M.list()) do before[n] = true end
  local ok, rerr = pcall(chunk)
  if not ok then return nil, tostring(rerr) end
  local added = {}
  for _, n in ipairs(M.list()) do if not before[n] then added[#added + 1] = n end end
  return added
end

-- ---------------------------------------------------------- applying

local function is_word_byte(b)
  return b and ((b >= 48 and b <= 57) or (b >= 65 and b <= 90) or (b >= 97 and b <= 122) or b >= 128)
end

-- All matches of a rule in a string: { {s =, e =, text =, caps = {…}}, … }
-- (1-based, inclusive, relative to str).
local function scan(rule, str)
  local out = {}
  local i, n = 1, #str
  while i <= n do
    local ok_start = not rule.words or i == 1 or not is_word_byte(str:byte(i - 1))
      or not is_word_byte(str:byte(i))
    local t = ok_start and lpeg.match(rule.scanner, str, i)
    local accepted = false
    if t then
      local s, text, e = t[1], t[2], t[#t] - 1
      if e >= s then
        local ok_end = not rule.words or e == n or not is_word_byte(str:byte(e + 1)) or not is_word_byte(str:byte(e))
        if ok_end then
          local caps = {}
          for k = 3, #t - 1 do caps[#caps + 1] = t[k] end
          out[#out + 1] = { s = s, e = e, text = text, caps = caps }
          i = e + 1
          accepted = true
        end
      end
    end
    if not accepted then
      -- next candidate: the start of the next word (or the next byte)
      if rule.words and is_word_byte(str:byte(i)) then
        while i <= n and is_word_byte(str:byte(i)) do i = i + 1 end
      else
        i = i + 1
      end
    end
  end
  return out
end

local function overlaps(a1, b1, a2, b2) return a1 <= b2 and a2 <= b1 end

local PARTICIPANT_TYPES = { PERSON = true, ORG = true, COUNTRY = true }

local function sentence_mentions(core_mentions, si)
  local ms = {}
  for _, m in ipairs(core_mentions) do
    if m.sentence == si then ms[#ms + 1] = m end
  end
  return ms
end

local function default_participants(ms)
  local out, seen = {}, {}
  for _, m in ipairs(ms) do
    local id
    if PARTICIPANT_TYPES[m.type] then id = m.entity
    elseif m.type == "OFFICE" and type(m.holder) == "string" then id = m.holder end
    if id and not seen[id] then seen[id] = true; out[#out + 1] = id end
  end
  return out
end

local function value_of(v, ctx)
  if type(v) == "function" then return v(ctx) end
  return v
end

--- Extra mentions and events that the registered rules find in a document:
-- returns mentions, events (lists in SCHEMA.md's shapes, in text order).
function M.apply(doc)
  local mentions, events = {}, {}
  if #registry == 0 then return mentions, events end
  local text = doc.text
  local core_mentions = doc._core and doc._core:mentions() or {}
  local skip = doc._skip or {}
  local sentences = doc:sentences()
  local timexes = (doc._all_timexes and doc:_all_timexes()) or doc._timexes or {}
  local cands = {}
  for si = 1, #sentences do
    local s = sentences[si]
    local stext = text:sub(s.start, s.stop)
    for order, rule in ipairs(registry) do
      for _, h in ipairs(scan(rule, stext)) do
        local a, b = s.start + h.s - 1, s.start + h.e - 1
        local skipped = false
        for _, r in ipairs(skip) do
          if overlaps(a, b, r[1], r[2]) then skipped = true; break end
        end
        if not skipped then
          cands[#cands + 1] = { start = a, stop = b, text = h.text, caps = h.caps, rule = rule,
            order = order, sentence = si }
        end
      end
    end
  end
  -- longest first, then earlier rule, then text order; keep what does not
  -- overlap anything kept or any core mention
  sort(cands, function(x, y)
    local lx, ly = x.stop - x.start, y.stop - y.start
    if lx ~= ly then return lx > ly end
    if x.order ~= y.order then return x.order < y.order end
    return x.start < y.start
  end)
  local kept = {}
  for _, c in ipairs(cands) do
    local ok = true
    for _, k in ipairs(kept) do
      if overlaps(c.start, c.stop, k.start, k.stop) then ok = false; break end
    end
    if ok and c.rule.mention then
      for _, m in ipairs(core_mentions) do
        if overlaps(c.start, c.stop, m.start, m.stop) then ok = false; break end
      end
    end
    if ok then kept[#kept + 1] = c end
  end
  sort(kept, function(x, y) return x.start < y.start end)
  local nev = 0
  for _, c in ipairs(kept) do
    local rule = c.rule
    if rule.mention then
      local mspec = rule.mention
      local id, name
      if type(mspec.entity) == "function" then
        id, name = mspec.entity(c.text, table.unpack(c.caps))
        if type(id) ~= "string" or id == "" then
          error(format("rule '%s': mention.entity returned %s for %q", rule.name, tostring(id), c.text), 0)
        end
      else
        id = mspec.entity or (mspec.type:lower() .. "/" .. slug(c.text))
      end
      if type(mspec.name) == "function" then name = mspec.name(c.text, table.unpack(c.caps))
      elseif mspec.name ~= nil then name = mspec.name end
      mentions[#mentions + 1] = { entity = id, type = mspec.type, name = name or c.text, text = c.text,
        start = c.start, stop = c.stop, sentence = c.sentence, how = "name", rule = rule.name }
    end
    if rule.event then
      local espec = rule.event
      local ms = sentence_mentions(core_mentions, c.sentence)
      local ctx = { doc = doc, sentence = c.sentence, text = c.text, start = c.start, stop = c.stop,
        captures = c.caps, mentions = ms }
      local participants = espec.participants ~= nil and value_of(espec.participants, ctx) or default_participants(ms)
      local location = value_of(espec.location, ctx)
      if location == nil then
        for _, m in ipairs(ms) do
          if m.type == "LOCATION" then location = m.entity; break end
        end
      end
      local date, date_end = value_of(espec.date, ctx), nil
      if date == nil then
        for _, t in ipairs(timexes) do
          if t.sentence == c.sentence and t.type == "DATE" and type(t.value) == "string"
             and t.value:match("^%d%d%d%d") then
            date, date_end = t.value, t.value_end
            break
          end
        end
      end
      local modality = value_of(espec.modality, ctx) or "occurred"
      local codes = DEFAULT_CODES[espec.type] or DEFAULT_CODES.other
      local cameo = espec.cameo or codes[1]
      if espec.type == "meeting" and modality == "planned" and not espec.cameo then cameo = "036" end
      nev = nev + 1
      events[#events + 1] = {
        id = format("%s#r%d", doc.id or "?", nev), type = espec.type, cameo = cameo,
        plover = espec.plover or codes[2],
        trigger = { text = c.text, start = c.start, stop = c.stop },
        sentence = c.sentence,
        participants = json.array(participants or {}),
        location = location or json.null,
        date = date or json.null, date_end = date_end or json.null,
        modality = modality, rule = rule.name,
      }
    end
  end
  return mentions, events
end

setmetatable(M, {
  __tostring = function()
    local names = M.list()
    if #names == 0 then return "Rules (none)" end
    return format("Rules (%d): %s", #names, concat(names, ", "))
  end,
  __len = function() return #registry end,
})

return M
