-- spec/timeline_ref.lua -- a test helper, not a spec: korea_nato.timeline as it
-- was in Lua before the aggregation moved into the core (lua/korea_nato/
-- timeline.lua at 53d2fbd), kept as the reference the C path must match byte
-- for byte (spec/timeline_spec.lua). It still uses core.timeline_cluster.
--
-- Timelines: events merged across documents into entries, with every
-- source kept and the contradictions between sources flagged (SCHEMA.md,
-- `korea-nato timeline --format json`).
--
--     local tl = kn.timeline.build(docs)     -- Documents or extract records
--     for _, e in ipairs(tl:entries()) do print(e.date, e.title) end
--     print(tl:tojson())
--
-- How: every event of every document becomes a self-contained mention
-- record (its type, dates, participants, place, modality, the document's
-- date and source). Participants are made canonical first: when a text names
-- someone for an office that another person held that day ("Defense
-- Minister Kim Yong Hwan"), that name stands for the holder, and the entry
-- records a `name` and a `participants` conflict. The C core clusters the
-- records (kn_tl_cluster: same type family, compatible dates and places, a
-- shared participant or named meeting); each cluster becomes an entry whose
-- date is the most specific one most sources give. The records travel in
-- the entries' `mentions`, so partial timelines merge into exactly the
-- timeline of all their documents at once, whatever the order or grouping.
-- @module timeline_ref

local core = require "korea_nato.core"
local json = require "korea_nato.json"

local setmetatable, getmetatable, ipairs, pairs, type, tostring, tonumber =
  setmetatable, getmetatable, ipairs, pairs, type, tostring, tonumber
local format, concat, sort = string.format, table.concat, table.sort

local M = {}

local Timeline = {}
Timeline.__index = Timeline
Timeline.__name = "korea_nato.Timeline"

local TYPE_ORDER = { meeting = 1, talks = 2, call = 3, visit = 4, briefing = 5, statement = 6,
  agreement = 7, invitation = 8, deployment = 9, exercise = 10, weapons_test = 11, ruling = 12, other = 13 }
local TYPE_TITLES = { meeting = "Meeting", talks = "Talks", call = "Call", visit = "Visit",
  briefing = "Briefing", statement = "Statement", agreement = "Agreement", invitation = "Invitation",
  deployment = "Deployment", exercise = "Exercise", weapons_test = "Weapons test", ruling = "Ruling",
  other = "Event" }
local GRAN_RANK = { day = 1, week = 2, month = 3, season = 4, quarter = 5, half = 6, year = 7, decade = 8 }

local function isnull(v) return v == nil or v == json.null end
local function str(v) if isnull(v) then return nil end return v end

local function gazetteer(opts)
  if opts and opts.gazetteer then return opts.gazetteer end
  return require("korea_nato.gazetteer").default()
end

-- ------------------------------------------------------------- records

local function event_num(id)
  return tonumber(tostring(id):match("#(%d+)$")) or 0
end

-- The kind of gathering a trigger's last word names (kn_meeting_head): a
-- named meeting is a whole meeting (a summit) unless a forum; several
-- weapons tests ("tests", "launches") are "tests".
local HEADS = { forum = "forum", forums = "forum", summit = "summit", summits = "summit",
  ministerial = "summit", ministerials = "summit", meetings = "meetings", session = "session",
  sessions = "session", conference = "press", conferences = "press", dinner = "dinner",
  dinners = "dinner", banquet = "dinner", luncheon = "dinner",
  tests = "tests", launches = "tests", firings = "tests" }
local function head_of(text, named)
  local word, tail = text:match("(%a+)(%A*)$")
  if not word or #tail > 5 or #word > 12 then return nil end
  local h = HEADS[word:lower()]
  if named and h ~= "forum" then return "summit" end
  if h == "press" and named then return nil end
  return h
end

--- The mention records of one extract record (or Document).
function M.records(doc, opts)
  local rec = type(doc.totable) == "function" and doc:totable() or doc
  local gaz = gazetteer(opts)
  local published = str(rec.published)
  local pubday = published and published:sub(1, 10)
  local source = str(rec.source) or rec.id
  -- named meetings as triggers, surface names, office holders named otherwise
  local meeting_at, names, aliases, ents = {}, {}, {}, {}
  local meeting_in = {}     -- sentence -> the one named meeting in it (false: several)
  for _, m in ipairs(rec.mentions or {}) do
    if m.type == "MEETING" then
      meeting_at[m.start .. ":" .. m.stop] = m.entity
      local prev = meeting_in[m.sentence]
      if prev == nil then meeting_in[m.sentence] = m.entity
      elseif prev ~= m.entity then meeting_in[m.sentence] = false end
    end
    if m.type == "PERSON" and names[m.entity] == nil and m.how ~= "short" then names[m.entity] = m.text end
    if not isnull(m.entity) and ents[m.entity] == nil then
      ents[m.entity] = { name = str(m.name) or m.text, type = m.type }
    end
    if m.type == "OFFICE" and type(m.holder) == "string" and pubday then
      local g = gaz:holder(m.entity, pubday)
      if g and g ~= m.holder then aliases[m.holder] = g end
    end
  end
  -- a named meeting's last word names it again ("the summit" after "NATO
  -- summit", "the meeting" after "Security Consultative Meeting")
  local heads = {}
  for _, m in ipairs(rec.mentions or {}) do
    if m.type == "MEETING" then
      local last = (str(m.name) or m.text):lower():match("([%a]+)%s*$")
      if last then heads[#heads + 1] = { word = last, start = m.start, stop = m.stop, entity = m.entity } end
    end
  end
  -- the days an event's date (to its date_end) spans, as YYYY-MM-DD strings
  local function span(ev)
    if type(ev.date) ~= "string" then return nil end
    local a, b = core.date_range(ev.date)
    if not a then return nil end
    if type(ev.date_end) == "string" then
      local _, e = core.date_range(ev.date_end)
      if e and e > b then b = e end
    end
    return a, b
  end
  -- "the summit" on other days than those of the named summit's own event
  -- in the document, or at another place, is not that summit
  local function apart(h, ev)
    local a0, a1 = span(ev)
    local at = str(ev.location)
    if (not a0 and not at) or h.start == nil then return false end
    for _, o in ipairs(rec.events or {}) do
      if o ~= ev and o.trigger and o.trigger.start == h.start and o.trigger.stop == h.stop then
        local b0, b1 = span(o)
        if a0 and b0 and (b1 < a0 or a1 < b0) then return true end
        local ot = str(o.location)
        if at and ot and ot ~= at then return true end
      end
    end
    return false
  end
  local function series_of(ev)
    local t = ev.trigger
    if not t then return nil end
    local direct = meeting_at[t.start .. ":" .. t.stop]
    if direct then return direct end
    -- "attended the Security Consultative Meeting": the meeting of the sentence
    local w = t.text:lower()
    if ev.type == "meeting" or ev.type == "talks" then
      local s = meeting_in[ev.sentence]
      if s then
        -- lent by the sentence, unless the trigger is the meeting's own word
        for _, h in ipairs(heads) do
          if h.entity == s and h.word == w then return s end
        end
        return s, true
      end
    end
    local best
    for _, h in ipairs(heads) do
      if h.stop < t.start and h.word == w and not apart(h, ev) then best = h.entity end
    end
    return best
  end
  local out = {}
  for _, ev in ipairs(rec.events or {}) do
    local series, lent = series_of(ev)
    local head
    if ev.trigger and type(ev.trigger.text) == "string" then
      local direct = meeting_at[ev.trigger.start .. ":" .. ev.trigger.stop]
      head = head_of(ev.trigger.text, type(direct) == "string")
    end
    local parts, seen, al = {}, {}, nil
    for _, p in ipairs(ev.participants or {}) do
      local canon = aliases[p]
      if canon then
        al = al or {}
        al[p] = canon
        p = canon
      end
      if not seen[p] then seen[p] = true; parts[#parts + 1] = p end
    end
    sort(parts)
    local nm
    for _, p in ipairs(ev.participants or {}) do
      if names[p] then nm = nm or {}; nm[p] = names[p] end
      if aliases[p] and names[aliases[p]] then nm = nm or {}; nm[aliases[p]] = names[aliases[p]] end
    end
    out[#out + 1] = {
      doc = rec.id, event = ev.id, sentence = ev.sentence, type = ev.type,
      date = str(ev.date), date_end = str(ev.date_end), participants = parts,
      location = str(ev.location), modality = ev.modality,
      series = series, series_lent = lent, head = head,
      published = pubday, source = source, aliases = al, names = nm,
    }
  end
  return out, ents
end

-- The record as it travels in an entry's mentions (JSON-friendly).
local function mention_out(r)
  return {
    doc = r.doc, event = r.event, sentence = r.sentence, type = r.type,
    date = r.date or json.null, date_end = r.date_end or json.null,
    participants = json.array(r.participants), location = r.location or json.null,
    modality = r.modality, series = r.series or json.null, series_lent = r.series_lent, head = r.head,
    published = r.published or json.null, source = r.source,
    aliases = r.aliases or json.null, names = r.names or json.null,
  }
end

local function mention_in(m)
  local parts = {}
  for _, p in ipairs(m.participants or {}) do parts[#parts + 1] = p end
  return {
    doc = m.doc, event = m.event, sentence = m.sentence, type = m.type,
    date = str(m.date), date_end = str(m.date_end), participants = parts,
    location = str(m.location), modality = m.modality, series = str(m.series),
    series_lent = m.series_lent == true and not isnull(m.series) or nil,
    head = type(m.head) == "string" and m.head or nil,
    published = str(m.published), source = m.source,
    aliases = not isnull(m.aliases) and m.aliases or nil,
    names = not isnull(m.names) and m.names or nil,
  }
end

-- ------------------------------------------------------------ building

local function intern(list)
  local ids, n = {}, 0
  sort(list)
  for _, v in ipairs(list) do
    if ids[v] == nil then ids[v] = n; n = n + 1 end
  end
  return ids, n
end

local function fnv(s)
  local h = 2166136261
  for i = 1, #s do h = ((h ~ s:byte(i)) * 16777619) & 0xffffffff end
  return format("%08x", h)
end

-- Is place a inside place b (or the same), per the gazetteer?
local function inside(gaz, a, b, cache)
  local key = a .. "|" .. b
  local c = cache[key]
  if c ~= nil then return c end
  local x, depth = a, 0
  c = false
  while x and depth < 12 do
    if x == b then c = true break end
    local e = gaz:entity(x)
    x = e and e.of
    depth = depth + 1
  end
  cache[key] = c
  return c
end

local function mode(counts, less)
  local best, bn
  for v, n in pairs(counts) do
    if not best or n > bn or (n == bn and less(v, best)) then best, bn = v, n end
  end
  return best
end

local function docs_of(list)
  local seen, out = {}, {}
  for _, d in ipairs(list) do if not seen[d] then seen[d] = true; out[#out + 1] = d end end
  sort(out)
  return json.array(out)
end

-- One entry from the records of a cluster.
local function aggregate(recs, gaz, entities, loccache)
  sort(recs, function(a, b)
    if a.doc ~= b.doc then return a.doc < b.doc end
    return event_num(a.event) < event_num(b.event)
  end)
  local types, days, coarse, coarse_rank, ends, locs = {}, {}, {}, {}, {}, {}
  local mods, parts, docs_by_date, docs_by_loc = {}, {}, {}, {}
  local runs_to = {}      -- doc .. "|" .. day -> the last day its records run to
  local sources, first, mentions = {}, nil, {}
  for _, r in ipairs(recs) do
    types[r.type] = (types[r.type] or 0) + 1
    if r.date then
      local _, _, gran = core.date_range(r.date)
      if gran == "day" then
        local d = r.date:sub(1, 10)
        local _, last = core.date_range(d)
        if r.date_end then
          local _, e = core.date_range(r.date_end)
          if e and e > last then last = e end
        end
        local k = r.doc .. "|" .. d
        if not runs_to[k] or runs_to[k] < last then runs_to[k] = last end
        days[d] = (days[d] or 0) + 1
        docs_by_date[d] = docs_by_date[d] or {}
        local t = docs_by_date[d]; t[#t + 1] = r.doc
        if r.date_end then
          ends[d .. "/" .. r.date_end] = (ends[d .. "/" .. r.date_end] or 0) + 1
        end
      elseif gran then
        coarse[r.date] = (coarse[r.date] or 0) + 1
        coarse_rank[r.date] = GRAN_RANK[gran] or 9
      end
    end
    if r.location then
      locs[r.location] = (locs[r.location] or 0) + 1
      docs_by_loc[r.location] = docs_by_loc[r.location] or {}
      local t = docs_by_loc[r.location]; t[#t + 1] = r.doc
    end
    mods[r.modality] = true
    for _, p in ipairs(r.participants) do parts[p] = true end
    sources[r.source] = true
    if r.published and (not first or r.published < first) then first = r.published end
    mentions[#mentions + 1] = mention_out(r)
  end
  local e = {}
  e.type = mode(types, function(a, b) return (TYPE_ORDER[a] or 99) < (TYPE_ORDER[b] or 99) end)
  -- the most specific date most sources give
  local date = mode(days, function(a, b) return a < b end)
  local date_end
  if date then
    local endc = {}
    for k, n in pairs(ends) do
      local d, de = k:match("^(.-)/(.*)$")
      if d == date then endc[de] = n end
    end
    date_end = mode(endc, function(a, b) return a < b end)
  else
    -- no day: the most specific period, then the one most sources give
    local best
    for d, n in pairs(coarse) do
      if not best or coarse_rank[d] < coarse_rank[best] or
          (coarse_rank[d] == coarse_rank[best] and (n > coarse[best] or (n == coarse[best] and d < best))) then
        best = d
      end
    end
    date = best
  end
  e.date = date or json.null
  e.date_end = date_end or json.null
  e.modality = mods.occurred and "occurred" or mods.reported and "reported" or "planned"
  local cameo = core.event_codes(e.type, e.modality)
  e.cameo = cameo
  local plist = {}
  for p in pairs(parts) do plist[#plist + 1] = p end
  sort(plist)
  e.participants = json.array(plist)
  local loc = mode(locs, function(a, b) return a < b end)
  e.location = loc or json.null
  e.first_reported = first or json.null
  local slist = {}
  for s in pairs(sources) do slist[#slist + 1] = s end
  sort(slist)
  e.sources = json.array(slist)
  e.mentions = json.array(mentions)
  -- conflicts: only where two documents disagree (share no value; for
  -- places, neither is inside the other); one document giving several
  -- values reports one thing spanning them. Past 256 records, any two
  -- values count.
  local function disagree(by_value, compat, skip)
    local per, n = {}, 0
    for v, list in pairs(by_value) do
      for _, d in ipairs(list) do
        n = n + 1
        per[d] = per[d] or {}
        per[d][#per[d] + 1] = v
      end
    end
    if n > 256 then return true end
    local dl = {}
    for d in pairs(per) do dl[#dl + 1] = d end
    for i = 1, #dl do
      for j = i + 1, #dl do
        local share = false
        for _, a in ipairs(per[dl[i]]) do
          if not (skip and skip(a, per[dl[i]])) then
            for _, b in ipairs(per[dl[j]]) do
              if not (skip and skip(b, per[dl[j]])) and (a == b or (compat and compat(a, b, dl[i], dl[j]))) then
                share = true
              end
            end
          end
        end
        if not share then return true end
      end
    end
    return false
  end
  local conflicts = {}
  local ndays = 0
  for _ in pairs(days) do ndays = ndays + 1 end
  -- "from June 24 to 25" agrees with "on June 25": a day inside the range
  -- a record gives is no disagreement
  local function within(a, b, da, db)
    local fa, fb = core.date_range(a), core.date_range(b)
    return (fb >= fa and fb <= runs_to[da .. "|" .. a]) or (fa >= fb and fa <= runs_to[db .. "|" .. b])
  end
  if ndays > 1 and disagree(docs_by_date, within) then
    local values = {}
    for d, list in pairs(docs_by_date) do values[d] = docs_of(list) end
    conflicts[#conflicts + 1] = { field = "date", values = values }
  elseif date then
    local endc, nend = {}, 0
    for k in pairs(ends) do
      local d, de = k:match("^(.-)/(.*)$")
      if d == date and not endc[de] then endc[de] = {}; nend = nend + 1 end
    end
    if nend > 1 then
      for _, r in ipairs(recs) do
        if r.date and r.date:sub(1, 10) == date and r.date_end and endc[r.date_end] then
          local t = endc[r.date_end]; t[#t + 1] = r.doc
        end
      end
      local values = {}
      for de, list in pairs(endc) do values[de] = docs_of(list) end
      conflicts[#conflicts + 1] = { field = "date", values = values }
    end
  end
  local llist = {}
  for l in pairs(locs) do llist[#llist + 1] = l end
  sort(llist)
  local differ = false
  for i = 1, #llist do
    for j = i + 1, #llist do
      if not inside(gaz, llist[i], llist[j], loccache) and not inside(gaz, llist[j], llist[i], loccache) then differ = true end
    end
  end
  -- of one document's places, one around another it gives is not where it
  -- puts the event ("in North Korea" and "in Pyongyang": Pyongyang)
  local function wider(v, list)
    for _, w in ipairs(list) do
      if w ~= v and inside(gaz, w, v, loccache) then return true end
    end
    return false
  end
  if differ and disagree(docs_by_loc, function(a, b)
    return inside(gaz, a, b, loccache) or inside(gaz, b, a, loccache)
  end, wider) then
    local values = {}
    for l, list in pairs(docs_by_loc) do values[l] = docs_of(list) end
    conflicts[#conflicts + 1] = { field = "location", values = values }
  end
  -- a person named for an office another held that day
  local named, namedocs, pvalues = {}, {}, {}
  local any = false
  for _, r in ipairs(recs) do
    if r.aliases then
      for printed, holder in pairs(r.aliases) do
        any = true
        local nm = (r.names and r.names[printed]) or (entities[printed] and entities[printed].name) or printed
        named[nm] = named[nm] or {}; local t = named[nm]; t[#t + 1] = r.doc
        pvalues[printed] = pvalues[printed] or {}; t = pvalues[printed]; t[#t + 1] = r.doc
        namedocs[holder] = true
      end
    end
  end
  if any then
    for _, r in ipairs(recs) do
      for _, p in ipairs(r.participants) do
        if namedocs[p] and not (r.aliases and (function() for _, h in pairs(r.aliases) do if h == p then return true end end end)()) then
          local nm = (r.names and r.names[p]) or (entities[p] and entities[p].name) or p
          named[nm] = named[nm] or {}; local t = named[nm]; t[#t + 1] = r.doc
          pvalues[p] = pvalues[p] or {}; t = pvalues[p]; t[#t + 1] = r.doc
        end
      end
    end
    local nv, np = {}, {}
    local n1, n2 = 0, 0
    for k, list in pairs(named) do nv[k] = docs_of(list); n1 = n1 + 1 end
    for k, list in pairs(pvalues) do np[k] = docs_of(list); n2 = n2 + 1 end
    if n1 > 1 then conflicts[#conflicts + 1] = { field = "name", values = nv } end
    if n2 > 1 then conflicts[#conflicts + 1] = { field = "participants", values = np } end
  end
  e.conflicts = json.array(conflicts)
  -- a readable title
  local who = {}
  for i, p in ipairs(plist) do
    if i > 4 then who[#who + 1] = format("%d more", #plist - 4) break end
    who[#who + 1] = entities[p] and entities[p].name or p
  end
  local t = TYPE_TITLES[e.type] or "Event"
  if #who > 0 then t = t .. ": " .. concat(who, ", ") end
  if loc then t = t .. " (" .. (entities[loc] and entities[loc].name or loc) .. ")" end
  e.title = t
  local ids = {}
  for _, r in ipairs(recs) do ids[#ids + 1] = r.doc .. "#" .. event_num(r.event) end
  e.id = format("%s-%s-%s", date or "undated", e.type, fnv(concat(ids, "|")))
  return e
end

local function from_records(recs, entities, opts)
  local gaz = gazetteer(opts)
  -- a canonical order of the records, whatever the input order
  sort(recs, function(a, b)
    if a.doc ~= b.doc then return a.doc < b.doc end
    return event_num(a.event) < event_num(b.event)
  end)
  -- interned ids
  local pl, ll, sl = {}, {}, {}
  for _, r in ipairs(recs) do
    for _, p in ipairs(r.participants) do pl[#pl + 1] = p end
    if r.location then ll[#ll + 1] = r.location end
    if r.series then sl[#sl + 1] = r.series end
  end
  -- places and what contains them, up the gazetteer's of/in chain
  local lset, queue = {}, {}
  for _, l in ipairs(ll) do if not lset[l] then lset[l] = true; queue[#queue + 1] = l end end
  local parent = {}
  local qi = 1
  while qi <= #queue do
    local l = queue[qi]; qi = qi + 1
    local e = gaz:entity(l)
    local of = e and e.of
    parent[l] = of
    if of and not lset[of] then lset[of] = true; queue[#queue + 1] = of end
  end
  -- one id space for parties and places: Russia the place troops are sent
  -- to is Russia the party (kn_tl_cluster compares them)
  for l in pairs(lset) do pl[#pl + 1] = l end
  local pid, nl = intern(pl)
  local lid = pid
  local sid = intern(sl)
  local loc_parent = {}
  for l, i in pairs(lid) do loc_parent[i + 1] = parent[l] and lid[parent[l]] or -1 end
  for i = 1, nl do if loc_parent[i] == nil then loc_parent[i] = -1 end end
  -- a person's entry in the gazetteer's of chain too (kn_tl_build gives
  -- every string's): the country a person and his country are one party by
  for _, p in ipairs(pl) do
    local e = p:match("^person/") and gaz:entity(p)
    if e and e.of and pid[e.of] then loc_parent[pid[p] + 1] = pid[e.of] end
  end
  local spec = { type = {}, modality = {}, date = {}, date_end = {}, location = {}, series = {},
    published = {}, parts = {}, order = {}, loc_parent = loc_parent, doc = {}, persons = {}, lent = {}, head = {} }
  local docnum, ndoc = {}, 0
  -- for matching, a person or body also stands for its country ("Kim Jong
  -- Un" and "North Korea" test the same missile)
  local country_of = {}
  local function country(p)
    local c = country_of[p]
    if c == nil then
      local e = gaz:entity(p)
      c = e and (e.type == "PERSON" or e.type == "ORG") and e.of or false
      if c then local ce = gaz:entity(c); if not ce or ce.type ~= "COUNTRY" then c = false end end
      country_of[p] = c
    end
    return c or nil
  end
  for _, r in ipairs(recs) do
    for _, p in ipairs(r.participants) do
      local c = country(p)
      if c and pid[c] == nil then pid[c] = -1 end
    end
  end
  do -- intern the added countries after the others, in name order
    local extra = {}
    for id, v in pairs(pid) do if v == -1 then extra[#extra + 1] = id end end
    sort(extra)
    local n = 0
    for _, v in pairs(pid) do if v >= 0 then n = n + 1 end end
    for _, id in ipairs(extra) do pid[id] = n; n = n + 1 end
  end
  local pname = {}
  for id, v in pairs(pid) do pname[v] = id end
  for i, r in ipairs(recs) do
    if not docnum[r.doc] then docnum[r.doc] = ndoc; ndoc = ndoc + 1 end
    spec.doc[i] = docnum[r.doc]
    spec.type[i] = r.type
    spec.modality[i] = r.modality
    spec.date[i] = r.date or false
    spec.date_end[i] = r.date_end or false
    spec.location[i] = r.location and lid[r.location] or false
    spec.series[i] = r.series and sid[r.series] or false
    spec.lent[i] = r.series_lent and r.series and true or false
    spec.head[i] = r.head or false
    spec.published[i] = r.published or false
    local ps, seen = {}, {}
    for _, p in ipairs(r.participants) do
      for _, q in ipairs { p, country(p) or p } do
        local id = pid[q]
        if not seen[id] then seen[id] = true; ps[#ps + 1] = id end
      end
    end
    sort(ps)
    spec.parts[i] = ps
    -- the people among them: the cast of a meeting
    local pe = {}
    for _, id in ipairs(ps) do if pname[id]:match("^person/") then pe[#pe + 1] = id end end
    spec.persons[i] = pe
    -- a summit told with two countries or more, no body and at most one
    -- person is their meeting, no gathering of many (kn_tl_build); not a
    -- named summit its own word names (series, not lent)
    if r.head == "summit" and #pe < 2 and not (r.series and not r.series_lent) then
      local nc, nb = 0, 0
      for _, id in ipairs(ps) do
        if pname[id]:match("^country/") then nc = nc + 1 elseif pname[id]:match("^org/") then nb = nb + 1 end
      end
      if nb == 0 and nc >= 2 then spec.head[i] = false end
    end
    spec.order[i] = i
  end
  local cl, ncl = core.timeline_cluster(spec)
  local groups = {}
  for c = 1, ncl do groups[c] = {} end
  for i, r in ipairs(recs) do local g = groups[cl[i]]; g[#g + 1] = r end
  -- entity names: the gazetteer's, else the smallest name a record prints,
  -- so they depend only on the records (and a merge equals a single run)
  local printed = {}
  for _, r in ipairs(recs) do
    for id, nm in pairs(r.names or {}) do
      if printed[id] == nil or nm < printed[id] then printed[id] = nm end
    end
  end
  local KIND_TYPE = { person = "PERSON", org = "ORG", country = "COUNTRY", location = "LOCATION",
    meeting = "MEETING", office = "OFFICE" }
  local ents = setmetatable({}, { __index = function(t, id)
    local e = gaz:entity(id)
    local v
    if e then v = { name = e.name, type = e.type }
    else v = { name = printed[id] or entities[id] and entities[id].name or id,
      type = KIND_TYPE[id:match("^(%l+)/") or ""] or "PERSON" } end
    rawset(t, id, v)
    return v
  end })
  local loccache = {}
  local dated, undated = {}, {}
  for c = 1, ncl do
    local e = aggregate(groups[c], gaz, ents, loccache)
    if isnull(e.date) then undated[#undated + 1] = e else dated[#dated + 1] = e end
  end
  -- dates by first day, then last day, then bytes; values naming no days last
  local function cmp(a, b)
    local da, db = isnull(a.date) and "" or a.date, isnull(b.date) and "" or b.date
    if da ~= db then
      local fa, la = core.date_range(da)
      local fb, lb = core.date_range(db)
      if (fa == nil) ~= (fb == nil) then return fb == nil end
      if fa and fa ~= fb then return fa < fb end
      if fa and la ~= lb then return la < lb end
      return da < db
    end
    if a.type ~= b.type then return (TYPE_ORDER[a.type] or 99) < (TYPE_ORDER[b.type] or 99) end
    return a.id < b.id
  end
  sort(dated, cmp)
  sort(undated, cmp)
  -- the entities map holds what the entries refer to
  local used = {}
  local function use(id)
    if isnull(id) or used[id] then return end
    local e = ents[id]
    used[id] = { name = e.name, type = e.type }
  end
  for _, list in ipairs { dated, undated } do
    for _, e in ipairs(list) do
      for _, p in ipairs(e.participants) do use(p) end
      use(e.location)
      for _, m in ipairs(e.mentions) do
        for _, p in ipairs(m.participants) do use(p) end
        if not isnull(m.aliases) then for k in pairs(m.aliases) do use(k) end end
      end
    end
  end
  return setmetatable({ _events = dated, _undated = undated, _entities = used }, Timeline)
end

local Builder = {}
Builder.__index = Builder
Builder.__name = "korea_nato.TimelineBuilder"

--- An incremental builder: b:add(doc) for each Document or extract
-- record, then b:finish() -> Timeline. It keeps only the documents' event
-- records, so a long stream of documents costs little memory.
function M.builder(opts)
  return setmetatable({ _opts = opts, _recs = {}, _ents = {} }, Builder)
end

function Builder:add(doc)
  local rs, es = M.records(doc, self._opts)
  local recs, ents = self._recs, self._ents
  for _, r in ipairs(rs) do recs[#recs + 1] = r end
  for id, e in pairs(es) do if ents[id] == nil then ents[id] = e end end
  return self
end

function Builder:finish()
  return from_records(self._recs, self._ents, self._opts)
end

function Builder:__len() return #self._recs end

--- Builds a timeline from analysed documents (korea_nato Documents) or
-- from `extract` records (decoded JSON tables). opts.gazetteer: the
-- gazetteer for office holders and places (default: the default pack).
function M.build(docs, opts)
  local b = M.builder(opts)
  for _, d in ipairs(docs) do b:add(d) end
  return b:finish()
end

--- Merges partial timelines (tables decoded from `timeline --format json`,
-- or Timeline objects): the result equals the timeline of all their
-- documents at once.
function M.merge(parts, opts)
  local recs, ents = {}, {}
  for _, p in ipairs(parts) do
    local t = getmetatable(p) == Timeline and p:totable() or p
    for _, list in ipairs { t.events or {}, t.undated or {} } do
      for _, e in ipairs(list) do
        for _, m in ipairs(e.mentions or {}) do recs[#recs + 1] = mention_in(m) end
      end
    end
    for id, e in pairs(t.entities or {}) do if ents[id] == nil then ents[id] = e end end
  end
  return from_records(recs, ents, opts)
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
