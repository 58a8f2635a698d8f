#!/usr/bin/env lua5.4
--- Compiles the annotated development corpus (corpus/src/*.ann) into the
-- files the evaluation reads: corpus/articles/<id>.txt (the article as a user
-- has it), corpus/corpus.jsonl (input for `korea-nato extract`, publication
-- date outside the text) and corpus/gold.jsonl (gold annotations with 1-based
-- inclusive byte offsets, SCHEMA.md). See corpus/ANNOTATION.md for the format.
--
--   lua5.4 tools/corpus-build.lua [--check] [corpus-dir]
--
-- --check rebuilds in memory and fails if the committed files differ.

local cjson = require "cjson"

local check = false
local dir = "corpus"
for _, a in ipairs(arg) do
  if a == "--check" then check = true else dir = a end
end

local errors = 0
local function err(where, msg)
  io.stderr:write(where, ": ", msg, "\n")
  errors = errors + 1
end

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

local function list(cmd)
  local p = io.popen(cmd)
  local t = {}
  for l in p:lines() do t[#t + 1] = l end
  p:close()
  table.sort(t)
  return t
end

-- Known entity ids from the gazetteer, for a warning on unknown ones.
local known = {}
for _, f in ipairs(list("ls data/gazetteer/*.kng 2>/dev/null")) do
  local first = true
  for line in io.lines(f) do
    if line:match("^%s*$") then first = true
    elseif line:match("^#") then -- comment
    elseif first then known[line:match("^(%S+)")] = true; first = false
    end
  end
end

local KINDS = { person = "PERSON", org = "ORG", country = "COUNTRY",
  location = "LOCATION", meeting = "MEETING", office = "OFFICE" }
local TTYPES = { DATE = true, TIME = true, DURATION = true, SET = true }
local ETYPES = { meeting = 1, talks = 1, call = 1, visit = 1, briefing = 1,
  statement = 1, agreement = 1, invitation = 1, deployment = 1, exercise = 1,
  weapons_test = 1, ruling = 1, other = 1 }
local MODS = { planned = 1, occurred = 1, reported = 1 }

local function valid_id(id)
  local kind, slug = id:match("^(%l+)/(.+)$")
  return kind and KINDS[kind] and slug:match("^[a-z0-9]+[a-z0-9%-]*$")
    and not slug:match("%-%-") and not slug:match("%-$")
end

-- TIMEX3 values we use (SCHEMA.md): dates of any granularity, times,
-- durations, vague references.
local function valid_value(v)
  if v == "PAST_REF" or v == "PRESENT_REF" or v == "FUTURE_REF" then return true end
  if v:match("^P[%dT.YMWDHS]+$") or v:match("^PT[%d.]+[HMS]$") or v:match("^PX[YMWD]$") then return true end
  local y = v:match("^(%d%d%d%d)") or v:match("^(XXXX)") or v:match("^(%d%d%d?)$")
  if not y then return false end
  local rest = v:sub(#y + 1)
  return rest == "" or rest:match("^%-%d%d$") or rest:match("^%-%d%d%-%d%d$")
    or rest:match("^%-W%d%d$") or rest:match("^%-Q%d$") or rest:match("^%-H%d$")
    or rest:match("^%-[SFWU][PUAIN]$") or rest:match("^%-%d%d%-%d%dT%d%d:%d%d$")
    or rest:match("^%-%d%d%-%d%dT[MAEN][OFVI]$") or rest:match("^%-%d%d%-%d%dT%d%d$")
    or rest:match("^%-W%d%d%-WE$")
end

-- Parse markup: returns clean text and a list of spans in source order.
local function parse_markup(src, where)
  local out, spans, stack = {}, {}, {}
  local pos, n = 1, 0         -- n = bytes of clean text so far
  while pos <= #src do
    local open = src:find("[[", pos, true)
    local close = src:find("]]", pos, true)
    if not open and not close then
      out[#out + 1] = src:sub(pos); n = n + #src - pos + 1; break
    end
    if open and (not close or open < close) then
      out[#out + 1] = src:sub(pos, open - 1); n = n + open - pos
      local bar = src:find("|", open, true)
      if not bar then err(where, "markup without '|' at byte " .. open); return nil end
      local tag = src:sub(open + 2, bar - 1)
      if tag:find("[[", 1, true) or tag:find("\n") then
        err(where, "bad markup tag near byte " .. open); return nil
      end
      stack[#stack + 1] = { tag = tag, start = n + 1 }
      pos = bar + 1
    else
      out[#out + 1] = src:sub(pos, close - 1); n = n + close - pos
      local top = table.remove(stack)
      if not top then err(where, "unbalanced ']]' at byte " .. close); return nil end
      top.stop = n
      spans[#spans + 1] = top
      pos = close + 2
    end
  end
  if #stack > 0 then err(where, "unclosed markup '" .. stack[#stack].tag .. "'"); return nil end
  return table.concat(out), spans
end

local function parse_ann(path)
  local src = read(path)
  local head, body, evs = src:match("^(.-)\n%-%-%-\n(.-)\n%-%-%-\n(.*)$")
  if not head then
    head, body = src:match("^(.-)\n%-%-%-\n(.-)\n?$")
    evs = ""
  end
  if not head then err(path, "no '---' separated header and body"); return nil end
  local meta = {}
  local ln = 0
  for line in (head .. "\n"):gmatch("(.-)\n") do
    ln = ln + 1
    if not line:match("^%s*$") and not line:match("^#") then
      local k, v = line:match("^(%w+):%s*(.-)%s*$")
      if not k then err(path .. ":" .. ln, "header line is not 'key: value'")
      else meta[k] = v end
    end
  end
  for _, k in ipairs { "id", "source", "title", "published" } do
    if not meta[k] then err(path, "header lacks '" .. k .. "'") end
  end
  if meta.published and not (meta.published:match("^%d%d%d%d%-%d%d%-%d%d$")
      or meta.published:match("^%d%d%d%d%-%d%d%-%d%dT%d%d:%d%d$")) then
    err(path, "published is not YYYY-MM-DD[Thh:mm]: " .. meta.published)
  end
  local text, spans = parse_markup(body, path)
  if not text then return nil end
  local doc = { id = meta.id, published = meta.published, mentions = {},
    timexes = {}, events = {} }
  local triggers = {}
  for _, s in ipairs(spans) do
    local surface = text:sub(s.start, s.stop)
    local where = path .. ": '" .. surface .. "'"
    if surface:match("^%s") or surface:match("%s$") or surface == "" then
      err(where, "span has leading/trailing space or is empty")
    end
    local kind, rest = s.tag:match("^(%a):(.*)$")
    if kind == "m" then
      local ent, holder = rest:match("^([^>]+)>(.+)$")
      ent = ent or rest
      if not valid_id(ent) then err(where, "bad entity id " .. ent)
      else
        if not known[ent] and next(known) and not ent:match("^person/") then
          io.stderr:write(where, ": note: ", ent, " not in the gazetteer\n")
        end
        local m = { entity = ent, type = KINDS[ent:match("^(%l+)/")],
          text = surface, start = s.start, stop = s.stop }
        if m.type == "OFFICE" then
          if holder == nil then err(where, "office mention without '>holder' (use '>-' if none)")
          elseif holder ~= "-" then
            if not holder:match("^person/") or not valid_id(holder) then err(where, "bad holder " .. holder) end
            m.holder = holder
          end
        elseif holder then err(where, "holder on a non-office mention") end
        doc.mentions[#doc.mentions + 1] = m
      end
    elseif kind == "t" then
      local ty, val = rest:match("^(%u+):(.+)$")
      if not ty or not TTYPES[ty] then err(where, "bad timex type in " .. s.tag)
      elseif not valid_value(val) then err(where, "bad TIMEX3 value " .. val)
      else
        doc.timexes[#doc.timexes + 1] = { type = ty, value = val, text = surface,
          start = s.start, stop = s.stop }
      end
    elseif kind == "e" then
      if triggers[rest] then err(where, "event label " .. rest .. " used twice") end
      triggers[rest] = { text = surface, start = s.start, stop = s.stop }
    else
      err(where, "unknown markup kind in '" .. s.tag .. "'")
    end
  end
  local function bystart(a, b) return a.start < b.start end
  table.sort(doc.mentions, bystart)
  table.sort(doc.timexes, bystart)
  for i = 2, #doc.mentions do
    if doc.mentions[i].start <= doc.mentions[i - 1].stop then
      err(path, "overlapping mentions '" .. doc.mentions[i - 1].text .. "' and '" .. doc.mentions[i].text .. "'")
    end
  end
  local ln2 = 0
  local seen = {}
  for line in (evs .. "\n"):gmatch("(.-)\n") do
    ln2 = ln2 + 1
    if line:match("%S") and not line:match("^%s*#") then
      local ok, e = pcall(cjson.decode, line)
      local where = path .. ": event line " .. ln2
      if not ok or type(e) ~= "table" then err(where, "not JSON")
      else
        local t = triggers[e.e]
        if not t then err(where, "no trigger [[e:" .. tostring(e.e) .. "|…]] in the text")
        else
          seen[e.e] = true
          if not ETYPES[e.type] then err(where, "bad type " .. tostring(e.type)) end
          if not MODS[e.modality] then err(where, "bad modality " .. tostring(e.modality)) end
          if type(e.participants) ~= "table" then err(where, "participants must be a list") end
          for _, p in ipairs(e.participants or {}) do
            if not valid_id(p) or p:match("^office/") then err(where, "bad participant " .. tostring(p)) end
          end
          local loc = e.location ~= cjson.null and e.location or nil
          if loc and not (valid_id(loc) and (loc:match("^location/") or loc:match("^country/"))) then
            err(where, "bad location " .. tostring(loc))
          end
          local d = e.date ~= cjson.null and e.date or nil
          local de = e.date_end ~= cjson.null and e.date_end or nil
          if d and not valid_value(d) then err(where, "bad date " .. d) end
          if de and not valid_value(de) then err(where, "bad date_end " .. de) end
          if type(e.cluster) ~= "string" then err(where, "no cluster key") end
          doc.events[#doc.events + 1] = { label = e.e, type = e.type,
            trigger = t, participants = e.participants or {}, location = loc,
            date = d, date_end = de, modality = e.modality, cluster = e.cluster }
        end
      end
    end
  end
  for label in pairs(triggers) do
    if not seen[label] then err(path, "trigger " .. label .. " has no event line") end
  end
  table.sort(doc.events, function(a, b) return a.trigger.start < b.trigger.start end)
  local article = text
  if meta.form == "header" then
    local h = {}
    for _, k in ipairs { "Title", "Source", "URL", "Author", "Published" } do
      local v = meta[k:lower()]
      if v then h[#h + 1] = k .. ": " .. v end
    end
    article = table.concat(h, "\n") .. "\n\n" .. text
  end
  local input = { id = meta.id, title = meta.title, source = meta.source,
    url = meta.url, author = meta.author, published = meta.published, text = text }
  return doc, input, article
end

local docs, inputs, articles = {}, {}, {}
local ids = {}
for _, path in ipairs(list("ls " .. dir .. "/src/*.ann 2>/dev/null")) do
  local doc, input, article = parse_ann(path)
  if doc then
    if ids[doc.id] then err(path, "duplicate id " .. doc.id) end
    ids[doc.id] = true
    docs[#docs + 1] = doc; inputs[#inputs + 1] = input
    articles[#articles + 1] = { id = doc.id, text = article }
  end
end

-- Deterministic JSON: objects with sorted keys, written by hand so the output
-- does not depend on cjson's hash order.
local function enc(v)
  if type(v) == "table" then
    if #v > 0 or (next(v) == nil and v.__array) then
      local t = {}
      for i = 1, #v do t[i] = enc(v[i]) end
      return "[" .. table.concat(t, ",") .. "]"
    end
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys)
    local t = {}
    for _, k in ipairs(keys) do t[#t + 1] = cjson.encode(k) .. ":" .. enc(v[k]) end
    return "{" .. table.concat(t, ",") .. "}"
  end
  return cjson.encode(v)
end
local function arr(t) if #t == 0 then return setmetatable({}, { __index = { __array = true } }) end return t end
local function enc_doc(d)
  local copy = {}
  for k, v in pairs(d) do copy[k] = v end
  copy.mentions = arr(d.mentions); copy.timexes = arr(d.timexes); copy.events = arr(d.events)
  for _, e in ipairs(d.events) do e.participants = arr(e.participants) end
  local s = enc(copy)
  return (s:gsub('"__array"', ""))
end

local function jsonl(t, f)
  local lines = {}
  for _, x in ipairs(t) do lines[#lines + 1] = f(x) end
  return table.concat(lines, "\n") .. (#lines > 0 and "\n" or "")
end
local outputs = {
  [dir .. "/gold.jsonl"] = jsonl(docs, enc_doc),
  [dir .. "/corpus.jsonl"] = jsonl(inputs, enc),
}
for _, a in ipairs(articles) do outputs[dir .. "/articles/" .. a.id .. ".txt"] = a.text end

if errors > 0 then
  io.stderr:write(errors, " error(s)\n")
  os.exit(1)
end

local stale = 0
if check then
  for path, content in pairs(outputs) do
    local f = io.open(path, "rb")
    local old = f and f:read("a")
    if f then f:close() end
    if old ~= content then io.stderr:write(path, ": out of date\n"); stale = stale + 1 end
  end
  if stale > 0 then os.exit(1) end
else
  os.execute("mkdir -p " .. dir .. "/articles")
  for path, content in pairs(outputs) do
    local f = assert(io.open(path, "wb"))
    f:write(content)
    f:close()
  end
end
local nm, nt, ne = 0, 0, 0
for _, d in ipairs(docs) do nm = nm + #d.mentions; nt = nt + #d.timexes; ne = ne + #d.events end
print(string.format("%d articles, %d mentions, %d timexes, %d events", #docs, nm, nt, ne))
