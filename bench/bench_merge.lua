#!/usr/bin/env lua5.4
--- Timeline merge benchmark: 1,000,000 synthetic event mentions (dates over
-- three years, the 13 event types, participants from a skewed pool of 3,000
-- ids, places from 300, real-world events reported 1 to 10 times each, with
-- the variation between sources that the merge must absorb: a coarser or a
-- neighbouring date, a missing place, a subset of the participants, talks
-- for a meeting), in documents of about five events, merged
--
--   * by the C clustering alone: core.timeline_cluster on the interned spec
--     (what korea_nato.timeline hands the core), the binding's reading of
--     the Lua arrays included;
--   * by kn.timeline: builder:add(doc) for every document (mention records),
--     then builder:finish() (interning, the same clustering, and the Lua
--     aggregation of every cluster into an entry).
--
-- Each path runs in its own process, which reports its peak resident set
-- (VmHWM) and the part of it that the generated input takes before the merge.
-- KN_BENCH_EVENTS sets the number of event mentions (1000000).
package.path = "./lua/?.lua;./lua/?/init.lua;./bench/?.lua;" .. package.path
package.cpath = "./build/?.so;" .. package.cpath

local common = require "bench.common"
local N = tonumber(os.getenv("KN_BENCH_EVENTS") or "1000000")
local mode = arg[1]

-- ------------------------------------------------------------- the input

local TYPES = { "meeting", "talks", "call", "visit", "briefing", "statement", "agreement", "invitation",
  "deployment", "exercise", "weapons_test", "ruling", "other" }
local OUTLETS = { "Yonhap", "Korea Pacific Wire", "Capital Ledger", "London Meridian", "Namsan Herald",
  "GlobalBrief Asia", "Baltic Bulletin", "Tokyo Evening Post" }

-- Calls emit(doc) for every document, in publication order; returns the
-- number of event mentions. Real-world events are made day by day and their
-- mentions published over the next four days, so only a few days of them
-- are held at once.
local function generate(n, emit)
  local state = 2463534242
  local function rnd(k)
    state = state ~ ((state << 13) & 0xffffffff)
    state = state ~ (state >> 17)
    state = state ~ ((state << 5) & 0xffffffff)
    return state % k + 1
  end
  -- participants: a few thousand ids, the first ones far more frequent
  local pool = {}
  for i = 1, 3000 do
    pool[i] = i <= 100 and string.format("country/c-%d", i) or i <= 1000 and string.format("org/o-%d", i)
      or string.format("person/p-%d", i)
  end
  local function participant()
    local r = rnd(1000000) / 1000000
    return pool[math.floor(3000 * r * r * r) + 1]
  end
  local places = {}
  for i = 1, 300 do places[i] = string.format("location/l-%d", i) end
  local DAYS = 1096
  local t2022 = os.time { year = 2022, month = 1, day = 1, hour = 12 }
  local daystr = setmetatable({}, { __index = function(t, d)
    local v = os.date("!%Y-%m-%d", t2022 + d * 86400)
    t[d] = v
    return v
  end })
  local per_day = n / 5.5 / DAYS          -- real-world events a day (5.5 mentions each)
  local buckets = {}                       -- publication day -> mentions
  local made, ndoc = 0, 0
  local function flush(pub)
    local ms = buckets[pub]
    buckets[pub] = nil
    if not ms then return end
    local i = 1
    while i <= #ms do
      local per = rnd(9)
      ndoc = ndoc + 1
      local d = { id = string.format("doc-%07d", ndoc), source = OUTLETS[rnd(#OUTLETS)],
        published = daystr[pub] .. "T09:00", mentions = {}, events = {} }
      local seen = {}
      for k = i, math.min(#ms, i + per - 1) do
        local m = ms[k]
        for _, p in ipairs(m.parts) do
          if not seen[p] then
            seen[p] = true
            local ty = p:match("^country/") and "COUNTRY" or p:match("^org/") and "ORG" or "PERSON"
            d.mentions[#d.mentions + 1] = { entity = p, type = ty, name = p, text = p, start = 1, stop = #p,
              sentence = k - i + 1, how = "name" }
          end
        end
        local e = #d.events + 1
        d.events[e] = { id = d.id .. "#" .. e, type = m.type, sentence = e, date = m.date,
          participants = m.parts, location = m.loc, modality = m.modality,
          trigger = { text = m.type, start = 100 * e, stop = 100 * e + 5 } }
      end
      emit(d)
      i = i + per
    end
  end
  local day, carry = 0, 0
  while made < n do
    carry = carry + per_day
    while carry >= 1 and made < n do
      carry = carry - 1
      local ty = TYPES[rnd(#TYPES)]
      local np = rnd(4)
      local parts = {}
      for k = 1, np do parts[k] = participant() end
      local loc = rnd(10) <= 6 and places[rnd(#places)] or nil
      for _ = 1, rnd(10) do
        if made >= n then break end
        made = made + 1
        local r = rnd(100)
        local date
        if r <= 78 then date = daystr[day]
        elseif r <= 86 then date = daystr[day]:sub(1, 7)
        elseif r <= 91 then date = daystr[day + (rnd(2) == 1 and 1 or -1)]
        elseif r <= 94 then date = daystr[day]:sub(1, 4)
        end                                 -- else undated
        local p = {}
        for q = 1, np do if q == 1 or rnd(3) > 1 then p[#p + 1] = parts[q] end end
        if rnd(10) == 1 then p[#p + 1] = participant() end
        local t = ty
        if ty == "meeting" and rnd(10) == 1 then t = "talks"
        elseif ty == "talks" and rnd(10) == 1 then t = "meeting" end
        local mod = rnd(10)
        local pub = day + rnd(4) - 1
        local b = buckets[pub]
        if not b then b = {}; buckets[pub] = b end
        b[#b + 1] = { type = t, date = date, parts = p, loc = rnd(10) <= 7 and loc or nil,
          modality = mod <= 8 and "occurred" or mod == 9 and "planned" or "reported" }
      end
    end
    flush(day)
    day = day + 1
  end
  for d = day, day + 4 do flush(d) end
  return made
end

-- The spec korea_nato.timeline hands core.timeline_cluster (ids interned in
-- sorted order, as it does), filled one document at a time.
local function spec_builder()
  local ev = { type = {}, modality = {}, date = {}, loc = {}, pub = {}, parts = {}, doc = {} }
  local ndoc = 0
  local function add(d)
    ndoc = ndoc + 1
    local pub = d.published:sub(1, 10)
    for _, e in ipairs(d.events) do
      local i = #ev.type + 1
      ev.type[i], ev.modality[i], ev.date[i] = e.type, e.modality, e.date or false
      ev.loc[i], ev.pub[i], ev.parts[i], ev.doc[i] = e.location or false, pub, e.participants, ndoc - 1
    end
  end
  local function finish()
    local pl, ll = {}, {}
    for i = 1, #ev.type do
      for _, p in ipairs(ev.parts[i]) do pl[p] = true end
      if ev.loc[i] then ll[ev.loc[i]] = true end
    end
    local function intern(set)
      local list = {}
      for k in pairs(set) do list[#list + 1] = k end
      table.sort(list)
      local ids = {}
      for i, k in ipairs(list) do ids[k] = i - 1 end
      return ids, #list
    end
    -- one id space for parties and places, as kn_tl_cluster takes them
    for l in pairs(ll) do pl[l] = true end
    local pid, nl = intern(pl)
    local lid = pid
    local spec = { type = ev.type, modality = ev.modality, date = ev.date, date_end = {}, location = {},
      series = {}, published = ev.pub, parts = {}, order = {}, loc_parent = {}, doc = ev.doc, persons = {} }
    for i = 1, nl do spec.loc_parent[i] = -1 end
    for i = 1, #ev.type do
      spec.date_end[i] = false
      spec.location[i] = ev.loc[i] and lid[ev.loc[i]] or false
      spec.series[i] = false
      local ps = {}
      local pe
      for k, p in ipairs(ev.parts[i]) do
        ps[k] = pid[p]
        if p:match("^person/") then pe = pe or {}; pe[#pe + 1] = pid[p] end
      end
      table.sort(ps)
      if pe then table.sort(pe) end
      spec.parts[i] = ps
      spec.persons[i] = pe or false   -- none: no table
      spec.order[i] = i
    end
    return spec
  end
  return add, finish
end

-- --------------------------------------------------------------- the paths

if mode == "--cluster" then
  local core = require "korea_nato.core"
  local add, finish = spec_builder()
  local t0 = os.clock()
  local n = generate(N, add)
  local t_gen = os.clock() - t0
  t0 = os.clock()
  local spec = finish()
  local t_spec = os.clock() - t0
  if arg[2] then   -- the same events for kn_bench cluster (C alone)
    local f = assert(io.open(arg[2], "wb"))
    for i = 1, #spec.type do
      f:write(spec.type[i], " ", spec.modality[i], " ", spec.date[i] or "-", " ", spec.published[i], " ",
        spec.doc[i], " ", spec.location[i] or -1, " ", #spec.parts[i] > 0 and table.concat(spec.parts[i], ",") or "-",
        " ", spec.persons[i] and table.concat(spec.persons[i], ",") or "-", "\n")
    end
    f:close()
  end
  collectgarbage()
  local _, base = common.rss()
  t0 = os.clock()
  local cl, ncl = core.timeline_cluster(spec)
  local t_cl = os.clock() - t0
  assert(#cl == n)
  local peak = common.rss()
  print(string.format("cluster %d %d %.3f %.3f %.3f %.0f %.0f", n, ncl, t_gen, t_spec, t_cl, base, peak))
  return
elseif mode == "--timeline" then
  local kn = require "korea_nato"
  local b = kn.timeline.builder()
  collectgarbage()
  local _, base = common.rss()
  -- the documents are made a hundred at a time and each hundred added as
  -- it is made, timed alone (making them takes twice as long as adding:
  -- taking a run that only makes them out of one that also adds left the
  -- noise of both in the figure)
  local batch, nb, t_add = {}, 0, 0
  local function add_batch()
    local t = os.clock()
    for i = 1, nb do b:add(batch[i]); batch[i] = nil end
    t_add = t_add + (os.clock() - t)
    nb = 0
  end
  local t0 = os.clock()
  local n = generate(N, function(d)
    nb = nb + 1
    batch[nb] = d
    if nb == 100 then add_batch() end
  end)
  add_batch()
  local t_gen = os.clock() - t0 - t_add
  collectgarbage()
  t0 = os.clock()
  local tl = b:finish()
  local t_fin = os.clock() - t0
  local peak = common.rss()
  print(string.format("timeline %d %d %.3f %.3f %.3f %.0f %.0f", n, #tl, t_gen, t_add, t_fin, base, peak))
  return
end

print(string.format("== timeline merge: %d synthetic event mentions", N))
local events_file = string.format("bench/out/merge-%d.txt", N)
local out = common.run("lua5.4 bench/bench_merge.lua --cluster " .. events_file)
local n, ncl, t_gen, t_spec, t_cl, base, peak = out:match("cluster (%d+) (%d+) (%S+) (%S+) (%S+) (%S+) (%S+)")
assert(n, "cluster run failed: " .. out)
t_cl, peak, base = tonumber(t_cl), tonumber(peak), tonumber(base)
common.vline("input generated (Lua), documents and events", tonumber(t_gen), "s")
common.vline("core.timeline_cluster spec built and interned in Lua", tonumber(t_spec), "s")
common.vline("core.timeline_cluster (C clustering + binding)", t_cl, "s",
  string.format("  %s events -> %s entries; peak RSS %.0f MB (%.0f MB before the call)", n, ncl, peak, base))
local c_s, c_ent, ckv = common.cbench("cluster", events_file, 3)
common.vline("kn_tl_cluster alone (C, the same events)", c_s, "s",
  string.format("  %d entries; peak RSS %.0f MB", c_ent, ckv.peak_rss_kb / 1024))
local out2 = common.run("lua5.4 bench/bench_merge.lua --timeline")
local n2, nent, _, t_add, t_fin, base2, peak2 = out2:match("timeline (%d+) (%d+) (%S+) (%S+) (%S+) (%S+) (%S+)")
assert(n2, "timeline run failed: " .. out2)
t_add, t_fin, peak2, base2 = tonumber(t_add), tonumber(t_fin), tonumber(peak2), tonumber(base2)
common.vline("kn.timeline builder:add (records of every document)", t_add, "s")
common.vline("kn.timeline builder:finish (intern, cluster, aggregate)", t_fin, "s",
  string.format("  %s entries; peak RSS %.0f MB (%.0f MB before the first add)", nent, peak2, base2))
common.vline("kn.timeline, the whole merge", t_add + t_fin, "s")
local L = N == 1000000 and "1M" or tostring(N)
common.goal("core.timeline_cluster of " .. L .. " events < 2 s", t_cl < 2,
  string.format("%.2f s, of which kn_tl_cluster %.2f s", t_cl, c_s))
common.goal("core.timeline_cluster of " .. L .. " events < 1 GB", peak < 1024,
  string.format("peak RSS %.0f MB (kn_tl_cluster alone %.0f MB)", peak, ckv.peak_rss_kb / 1024))
common.goal("kn.timeline merge of " .. L .. " events < 2 s", t_add + t_fin < 2, string.format("%.1f s", t_add + t_fin))
common.goal("kn.timeline merge of " .. L .. " events < 1 GB", peak2 < 1024, string.format("peak RSS %.0f MB", peak2))
