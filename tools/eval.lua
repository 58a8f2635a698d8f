#!/usr/bin/env lua5.4
--- `make eval`: runs korea-nato over the development corpus exactly as a
-- user would (extract, timeline) and scores every stage against the gold
-- standard (corpus/gold.jsonl, corpus/conflicts.json); then scores the
-- temporal tagger on the TempEval-3 training corpus when it is present.
--
--   lua5.4 tools/eval.lua [-v] [--stage mentions|timexes|events|timeline]
--
-- Events: "events" counts a system event as right when an event of the
-- same article has its type, date and participants (the issue's measure);
-- "events, on the gold trigger" also asks that it sit on the gold event's
-- trigger, so that a same-key event elsewhere in the article does not
-- stand in for it.
package.path = "./lua/?.lua;./lua/?/init.lua;./tools/?.lua;" .. package.path
package.cpath = "./build/?.so;" .. package.cpath

local json = require "korea_nato.json"
local score = require "kn_eval.score"

local verbose, only, split = false, nil, nil
local i = 1
while i <= #arg do
  if arg[i] == "-v" then verbose = true
  elseif arg[i] == "--stage" then i = i + 1; only = arg[i]
  elseif arg[i] == "--split" then i = i + 1; split = arg[i] end
  i = i + 1
end

local function read(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end

local function jsonl(path)
  local t = {}
  for line in io.lines(path) do
    if line:match("%S") then t[#t + 1] = assert(json.decode(line)) end
  end
  return t
end

local function sh(cmd)
  local ok = os.execute(cmd)
  return ok
end

local function evaluate(dir, out, title)
  os.execute("mkdir -p " .. out)
  local gold = jsonl(dir .. "/gold.jsonl")
  local ctext = read(dir .. "/conflicts.json")
  local conflicts = ctext and assert(json.decode(ctext)) or {}
  -- one expected flag per (cluster, field)
  local want, seen = {}, {}
  for _, c in ipairs(conflicts) do
    local k = c.cluster .. "/" .. c.field
    if not seen[k] then seen[k] = true; want[#want + 1] = c end
  end

  print(string.format("\n%s (%s/, %d articles)", title, dir, #gold))
  sh("lua5.4 bin/korea-nato extract " .. dir .. "/corpus.jsonl > " .. out .. "/extract.jsonl 2> " .. out .. "/extract.err")
  local sys = jsonl(out .. "/extract.jsonl")
  local have_tl = sh("lua5.4 bin/korea-nato timeline --format json " .. dir .. "/corpus.jsonl > " .. out .. "/timeline.json 2> " .. out .. "/timeline.err")
  local timeline = have_tl and json.decode(read(out .. "/timeline.json") or "") or nil
  local timeline_note
  if not timeline then
    -- the command is not there yet: the same merge through the library
    local ok, tl = pcall(function() return require("korea_nato.timeline").build(sys) end)
    if ok then
      timeline = json.decode(tl:tojson())
      timeline_note = "(built with korea_nato.timeline.build: the timeline command failed)"
    end
  end

  local function pct(x) return string.format("%5.1f", 100 * x) end
  local function row(name, r, extra)
    print(string.format("  %-34s P %s  R %s  F1 %s   (%d sys, %d gold)%s", name, pct(r.p), pct(r.r), pct(r.f),
      r.sys, r.gold, extra or ""))
  end

  local function list(title, items, fmt)
    if not verbose or #items == 0 then return end
    print("    " .. title .. " (" .. #items .. "):")
    for _, x in ipairs(items) do print("      " .. fmt(x)) end
  end

  if not only or only == "mentions" then
    local m = score.mentions(gold, sys)
    print("\nEntity mentions (span + type exact)")
    row("all", m.all)
    local types = {}
    for ty in pairs(m.types) do types[#types + 1] = ty end
    table.sort(types)
    for _, ty in ipairs(types) do row("  " .. ty, m.types[ty]) end
    print(string.format("  %-34s %s  (%d of %d matched mentions)", "entity linking accuracy", pct(m.linking.acc),
      m.linking.correct, m.linking.total))
    list("missed", m.misses, function(x) return string.format("%s @%d %-9s %q -> %s", x.doc, x.start, x.type, x.text, x.entity) end)
    list("false positives", m.fps, function(x) return string.format("%s @%d %-9s %q -> %s", x.doc, x.start, x.type, x.text, tostring(x.entity)) end)
    list("linked wrongly", m.wrong, function(x) return string.format("%s @%d %q gold %s, got %s", x.doc, x.start, x.text, x.gold, x.sys) end)
  end

  if not only or only == "timexes" then
    local t = score.timexes(gold, sys)
    print("\nTemporal expressions")
    row("extent, strict", t.strict)
    row("extent, relaxed", t.relaxed)
    row("value (relaxed extent + value)", t.value)
    print(string.format("  %-34s %s   type accuracy %s", "value accuracy (of relaxed matches)", pct(t.value_acc), pct(t.type_acc)))
    list("missed", t.misses, function(x) return string.format("%s %q = %s", x.doc, x.text, x.value) end)
    list("false positives", t.fps, function(x) return string.format("%s %q = %s", x.doc, x.text, tostring(x.value)) end)
    list("wrong value", t.wrong, function(x) return string.format("%s %q (sys %q) gold %s, got %s", x.doc, x.text, x.sys_text, x.gold, tostring(x.sys)) end)
  end

  if not only or only == "events" then
    local e = score.events(gold, sys)
    print("\nEvents (type + date + participants)")
    row("events", e.all)
    row("events, on the gold trigger", e.anchored)
    row("triggers (overlap)", e.trigger)
    local d = e.diag
    if d.aligned > 0 then
      print(string.format("  %-34s type %s  date %s  participants %s  location %s  modality %s", "of aligned triggers, correct:",
        pct(d.type / d.aligned), pct(d.date / d.aligned), pct(d.participants / d.aligned), pct(d.location / d.aligned),
        pct(d.modality / d.aligned)))
    end
    list("missed", e.misses, function(x) return string.format("%s %q %s", x.doc, x.text, x.key) end)
    list("false positives", e.fps, function(x) return string.format("%s %q %s", x.doc, tostring(x.text), x.key) end)
  end

  if not only or only == "timeline" then
    print("\nTimeline (korea-nato timeline --format json)")
    if not timeline then
      print("  (no timeline output: scores 0)")
    elseif timeline_note then
      print("  " .. timeline_note)
    end
    local r = score.timeline(gold, sys, timeline, want)
    row("clustering, pairwise", r.pairs, string.format("  [%d of %d gold event mentions aligned]", r.aligned, r.total))
    print(string.format("  %-34s %d of %d flagged (%d conflicts reported in all)", "contradictions between outlets",
      r.conflicts.flagged, r.conflicts.expected, r.conflicts.reported))
    list("clustering errors by gold entry (pairs missed, false pairs)", r.errors, function(x)
      return string.format("%-44s missed %3d (in %d entries)  false %3d%s", x.cluster, x.missed, x.entries,
        x.false_pairs, #x.with > 0 and " with " .. table.concat(x.with, ", ") or "")
    end)
    list("contradictions not flagged", r.conflicts.missed, function(x) return x.cluster .. " " .. x.field end)
  end

  if not only or only == "metadata" then
    -- publication dates printed in the text, read from the plain-text articles
    sh("lua5.4 bin/korea-nato extract " .. dir .. "/articles > " .. out .. "/articles.jsonl 2>/dev/null")
    local byid = {}
    for _, d in ipairs(gold) do byid[d.id] = d end
    local found, right, total, inside = 0, 0, 0, 0
    local wrong = {}
    for _, d in ipairs(jsonl(out .. "/articles.jsonl")) do
      local g = byid[d.id]
      if g then
        total = total + 1
        if d.published_from ~= "none" then
          found = found + 1
          if d.published and g.published:sub(1, 10) == d.published:sub(1, 10) then right = right + 1
          else wrong[#wrong + 1] = { doc = d.id, got = tostring(d.published), want = g.published } end
        end
      end
    end
    print("\nDocument metadata (corpus/articles/*.txt, as scraped)")
    print(string.format("  %-34s %d of %d articles; date right in %d", "publication date found", found, total, right))
    list("wrong dates", wrong, function(x) return x.doc .. " got " .. x.got .. " want " .. x.want end)
  end
end

local t0 = os.time()
if split ~= "test" then
  evaluate("corpus", "build/eval", "korea_nato evaluation on the development corpus")
end
if split ~= "dev" and read("corpus/test/gold.jsonl") then
  evaluate("corpus/test", "build/eval-test",
    "Held-out test split (kept apart from rule writing; where it was consulted: corpus/README.md)")
end

if (not only or only == "tempeval") and split ~= "test" then
  print("\nTempEval-3 training corpus (../shared/data/te3-train)")
  if read("tools/te3_eval.lua") then
    os.execute("lua5.4 tools/te3_eval.lua" .. (verbose and " -v" or "") .. " | sed 's/^/  /'")
  else
    print("  (tools/te3_eval.lua not built yet: skipped)")
  end
end
print(string.format("\n(%d s)", os.time() - t0))
