--- Scoring system output against the development corpus's gold standard.
-- Pure functions over plain tables (decoded JSON), so specs can test the
-- scorer itself. Definitions:
--   mentions: a system mention is correct when its span (start, stop) and
--     type equal a gold mention's; linking accuracy is, over those, the share
--     whose entity (and for offices, holder) also agree.
--   timexes: strict = same span, relaxed = overlapping spans (one to one);
--     value F1 counts a relaxed match only when the value is equal
--     (TempEval-3's definition); type accuracy over relaxed matches.
--   events: an event is correct when a gold event of the same document has
--     the same type, date (and date_end) and participant set; pairs are
--     one to one, preferring the same sentence, then trigger overlap.
--   timeline: gold event mentions are aligned to system events by trigger
--     overlap in the same document; pairwise precision/recall of "same
--     cluster" over aligned mentions; a conflict counts as flagged when the
--     system entry holding most of the cluster has a conflict on that field.
-- @module kn_eval.score

local M = {}

local function prf(tp, nsys, ngold)
  local p = nsys > 0 and tp / nsys or (ngold == 0 and 1 or 0)
  local r = ngold > 0 and tp / ngold or 1
  local f = (p + r) > 0 and 2 * p * r / (p + r) or 0
  return { tp = tp, sys = nsys, gold = ngold, p = p, r = r, f = f }
end
M.prf = prf

local function overlap(a, b) return a.start <= b.stop and b.start <= a.stop end

local function by_id(docs)
  local t = {}
  for _, d in ipairs(docs) do if d.id then t[d.id] = d end end
  return t
end

local function span_key(x) return x.start .. ":" .. x.stop end

--- Mentions: returns { all = prf, types = { TYPE = prf }, linking = {correct, total, acc}, misses, fps, wrong }.
function M.mentions(gold_docs, sys_docs)
  local sys = by_id(sys_docs)
  local res = { types = {}, misses = {}, fps = {}, wrong = {} }
  local tp, ns, ng, lc, lt = 0, 0, 0, 0, 0
  local tt = {}
  local function T(ty) tt[ty] = tt[ty] or { tp = 0, sys = 0, gold = 0 }; return tt[ty] end
  for _, g in ipairs(gold_docs) do
    local s = sys[g.id] or { mentions = {} }
    local sm = {}
    for _, m in ipairs(s.mentions or {}) do
      sm[span_key(m) .. "/" .. m.type] = m
      ns = ns + 1; T(m.type).sys = T(m.type).sys + 1
    end
    local used = {}
    for _, m in ipairs(g.mentions) do
      ng = ng + 1; T(m.type).gold = T(m.type).gold + 1
      local k = span_key(m) .. "/" .. m.type
      local x = sm[k]
      if x then
        used[k] = true
        tp = tp + 1; T(m.type).tp = T(m.type).tp + 1
        lt = lt + 1
        local ok = x.entity == m.entity
        if m.type == "OFFICE" then
          local gh = m.holder
          local sh = x.holder
          if sh == false then sh = nil end
          if type(sh) ~= "string" then sh = nil end
          ok = ok and gh == sh
        end
        if ok then lc = lc + 1
        else res.wrong[#res.wrong + 1] = { doc = g.id, text = m.text, start = m.start,
          gold = m.entity .. (m.holder and (">" .. m.holder) or ""),
          sys = tostring(x.entity) .. (type(x.holder) == "string" and (">" .. x.holder) or "") } end
      else
        res.misses[#res.misses + 1] = { doc = g.id, text = m.text, start = m.start, type = m.type, entity = m.entity }
      end
    end
    -- in text order, so that two runs list them alike
    local fps = {}
    for k, x in pairs(sm) do
      if not used[k] then fps[#fps + 1] = { doc = g.id, text = x.text, start = x.start, type = x.type, entity = x.entity } end
    end
    table.sort(fps, function(a, b)
      if a.start ~= b.start then return a.start < b.start end
      return tostring(a.type) .. tostring(a.entity) < tostring(b.type) .. tostring(b.entity)
    end)
    for _, x in ipairs(fps) do res.fps[#res.fps + 1] = x end
  end
  res.all = prf(tp, ns, ng)
  for ty, c in pairs(tt) do res.types[ty] = prf(c.tp, c.sys, c.gold) end
  res.linking = { correct = lc, total = lt, acc = lt > 0 and lc / lt or 0 }
  return res
end

--- One-to-one relaxed alignment of spans: returns pairs {g, s}.
local function align_overlap(gl, sl)
  local pairs_, used = {}, {}
  -- exact spans first, then overlaps in order
  for pass = 1, 2 do
    for gi, g in ipairs(gl) do
      if not g._aligned then
        for si, s in ipairs(sl) do
          if not used[si] and ((pass == 1 and g.start == s.start and g.stop == s.stop) or (pass == 2 and overlap(g, s))) then
            used[si] = true; g._aligned = true
            pairs_[#pairs_ + 1] = { g = g, s = s, gi = gi, si = si }
            break
          end
        end
      end
    end
  end
  for _, g in ipairs(gl) do g._aligned = nil end
  return pairs_, used
end

--- Timexes: { strict = prf, relaxed = prf, value = prf, value_acc, type_acc, misses, fps, wrong }.
function M.timexes(gold_docs, sys_docs)
  local sys = by_id(sys_docs)
  local res = { misses = {}, fps = {}, wrong = {} }
  local ns, ng, strict, relaxed, vtp, ttp = 0, 0, 0, 0, 0, 0
  for _, g in ipairs(gold_docs) do
    local s = sys[g.id] or { timexes = {} }
    local sl = s.timexes or {}
    ns = ns + #sl; ng = ng + #g.timexes
    local al, used = align_overlap(g.timexes, sl)
    local hit = {}
    for _, p in ipairs(al) do
      hit[p.gi] = true
      relaxed = relaxed + 1
      if p.g.start == p.s.start and p.g.stop == p.s.stop then strict = strict + 1 end
      if p.g.value == p.s.value then vtp = vtp + 1
      else res.wrong[#res.wrong + 1] = { doc = g.id, text = p.g.text, sys_text = p.s.text, gold = p.g.value, sys = p.s.value } end
      if p.g.type == p.s.type then ttp = ttp + 1 end
    end
    for gi, t in ipairs(g.timexes) do
      if not hit[gi] then res.misses[#res.misses + 1] = { doc = g.id, text = t.text, value = t.value } end
    end
    for si, t in ipairs(sl) do
      if not used[si] then res.fps[#res.fps + 1] = { doc = g.id, text = t.text, value = t.value } end
    end
  end
  res.strict = prf(strict, ns, ng)
  res.relaxed = prf(relaxed, ns, ng)
  res.value = prf(vtp, ns, ng)
  res.value_acc = relaxed > 0 and vtp / relaxed or 0
  res.type_acc = relaxed > 0 and ttp / relaxed or 0
  return res
end

local function set_key(list)
  local t = {}
  for _, x in ipairs(list or {}) do t[#t + 1] = x end
  table.sort(t)
  return table.concat(t, ",")
end

local function norm(v) if v == nil or type(v) ~= "string" then return "" end return v end

local function event_key(e)
  return e.type .. "|" .. norm(e.date) .. "|" .. norm(e.date_end) .. "|" .. set_key(e.participants)
end

--- Events: { all = prf, trigger = prf, misses, fps, per-field diagnostics }.
function M.events(gold_docs, sys_docs)
  local sys = by_id(sys_docs)
  local res = { misses = {}, fps = {} }
  local tp, ns, ng, trig, tp_anchored = 0, 0, 0, 0, 0
  local diag = { type = 0, date = 0, participants = 0, location = 0, modality = 0, aligned = 0 }
  for _, g in ipairs(gold_docs) do
    local s = sys[g.id] or { events = {} }
    local sl = s.events or {}
    ns = ns + #sl; ng = ng + #g.events
    -- full matches
    local used, got = {}, {}
    for gi, ge in ipairs(g.events) do
      local k = event_key(ge)
      local best, bestscore
      for si, se in ipairs(sl) do
        if not used[si] and event_key(se) == k then
          local score = (se.sentence == ge.sentence and 2 or 0) + (overlap(ge.trigger, se.trigger) and 1 or 0)
          if not best or score > bestscore then best, bestscore = si, score end
        end
      end
      if best then used[best] = true; got[gi] = true; tp = tp + 1 end
    end
    -- the stricter count: the system's event must also sit on the gold
    -- trigger (the count above lets a same-key event anywhere in the
    -- article stand in for it)
    local anchored = {}
    for _, ge in ipairs(g.events) do
      local k = event_key(ge)
      for si, se in ipairs(sl) do
        if not anchored[si] and se.trigger and overlap(ge.trigger, se.trigger) and event_key(se) == k then
          anchored[si] = true; tp_anchored = tp_anchored + 1
          break
        end
      end
    end
    for gi, ge in ipairs(g.events) do
      if not got[gi] then res.misses[#res.misses + 1] = { doc = g.id, text = ge.trigger.text, key = event_key(ge) } end
    end
    for si, se in ipairs(sl) do
      if not used[si] then res.fps[#res.fps + 1] = { doc = g.id, text = se.trigger and se.trigger.text, key = event_key(se) } end
    end
    -- trigger alignment, for diagnostics
    local tg = {}
    for _, ge in ipairs(g.events) do tg[#tg + 1] = { start = ge.trigger.start, stop = ge.trigger.stop, e = ge } end
    local ts = {}
    for _, se in ipairs(sl) do ts[#ts + 1] = { start = se.trigger.start, stop = se.trigger.stop, e = se } end
    for _, p in ipairs((align_overlap(tg, ts))) do
      trig = trig + 1
      local ge, se = p.g.e, p.s.e
      diag.aligned = diag.aligned + 1
      if ge.type == se.type then diag.type = diag.type + 1 end
      if norm(ge.date) == norm(se.date) and norm(ge.date_end) == norm(se.date_end) then diag.date = diag.date + 1 end
      if set_key(ge.participants) == set_key(se.participants) then diag.participants = diag.participants + 1 end
      if norm(ge.location) == norm(se.location) then diag.location = diag.location + 1 end
      if ge.modality == se.modality then diag.modality = diag.modality + 1 end
    end
  end
  res.all = prf(tp, ns, ng)
  res.anchored = prf(tp_anchored, ns, ng)
  res.trigger = prf(trig, ns, ng)
  res.diag = diag
  return res
end

--- Timeline clustering and conflicts. gold_docs carry events with
-- `cluster`; timeline is SCHEMA.md's timeline JSON (events + undated);
-- sys_docs the extract output (to align triggers); conflicts the expected
-- list ({cluster, field}).
function M.timeline(gold_docs, sys_docs, timeline, conflicts)
  local sys = by_id(sys_docs)
  -- system event id -> entry index
  local entry_of, entries = {}, {}
  for _, list in ipairs { timeline and timeline.events or {}, timeline and timeline.undated or {} } do
    for _, e in ipairs(list) do
      entries[#entries + 1] = e
      for _, m in ipairs(e.mentions or {}) do entry_of[m.event] = #entries end
    end
  end
  -- align gold event mentions to system events by trigger overlap
  local items = {}   -- { gold cluster, system entry }
  local total = 0
  for _, g in ipairs(gold_docs) do
    local s = sys[g.id] or { events = {} }
    local tg, ts = {}, {}
    for _, ge in ipairs(g.events) do total = total + 1; tg[#tg + 1] = { start = ge.trigger.start, stop = ge.trigger.stop, e = ge } end
    for _, se in ipairs(s.events or {}) do ts[#ts + 1] = { start = se.trigger.start, stop = se.trigger.stop, e = se } end
    for _, p in ipairs((align_overlap(tg, ts))) do
      local ent = entry_of[p.s.e.id]
      if ent then items[#items + 1] = { cluster = p.g.e.cluster, entry = ent, doc = g.id } end
    end
  end
  local both, gpairs, spairs = 0, 0, 0
  -- per gold cluster: pairs missed (split over entries) and false pairs
  -- (an entry shared with another cluster's mention), for -v
  local per = {}
  local function stat(k)
    per[k] = per[k] or { cluster = k, missed = 0, false_ = 0, entries = {}, with = {} }
    return per[k]
  end
  for i = 1, #items do
    stat(items[i].cluster).entries[items[i].entry] = true
    for j = i + 1, #items do
      local sg = items[i].cluster == items[j].cluster
      local ss = items[i].entry == items[j].entry
      if sg then gpairs = gpairs + 1 end
      if ss then spairs = spairs + 1 end
      if sg and ss then both = both + 1 end
      if sg and not ss then stat(items[i].cluster).missed = stat(items[i].cluster).missed + 1 end
      if ss and not sg then
        for _, ab in ipairs { { items[i], items[j] }, { items[j], items[i] } } do
          local st = stat(ab[1].cluster)
          st.false_ = st.false_ + 1
          st.with[ab[2].cluster] = true
        end
      end
    end
  end
  local res = { aligned = #items, total = total, errors = {} }
  for _, st in pairs(per) do
    if st.missed + st.false_ > 0 then
      local n, with = 0, {}
      for _ in pairs(st.entries) do n = n + 1 end
      for k in pairs(st.with) do with[#with + 1] = k end
      table.sort(with)
      res.errors[#res.errors + 1] = { cluster = st.cluster, missed = st.missed, false_pairs = st.false_,
        entries = n, with = with }
    end
  end
  table.sort(res.errors, function(a, b)
    local x, y = a.missed + a.false_pairs, b.missed + b.false_pairs
    if x ~= y then return x > y end
    return a.cluster < b.cluster
  end)
  res.pairs = prf(both, spairs, gpairs)
  -- conflicts
  local flagged, missed = 0, {}
  for _, c in ipairs(conflicts or {}) do
    local count = {}
    for _, it in ipairs(items) do
      if it.cluster == c.cluster then count[it.entry] = (count[it.entry] or 0) + 1 end
    end
    local best, bn = nil, 0
    for e, n in pairs(count) do if n > bn or (n == bn and best and e < best) then best, bn = e, n end end
    local ok = false
    if best then
      for _, x in ipairs(entries[best].conflicts or {}) do
        if x.field == c.field then ok = true end
      end
    end
    if ok then flagged = flagged + 1 else missed[#missed + 1] = c end
  end
  res.conflicts = { expected = #(conflicts or {}), flagged = flagged, missed = missed,
    reported = 0 }
  for _, e in ipairs(entries) do res.conflicts.reported = res.conflicts.reported + #(e.conflicts or {}) end
  return res
end

return M
