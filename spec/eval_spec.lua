-- The scorer of `make eval` (tools/kn_eval/score.lua), tested on the real
-- gold standard: gold scored as system output must be perfect, and damage
-- of a known size must cost exactly what it should.
package.path = "./tools/?.lua;" .. package.path
local score = require "kn_eval.score"
local json = require "korea_nato.json"

local function load_gold()
  local t = {}
  for line in io.lines("corpus/gold.jsonl") do t[#t + 1] = json.decode(line) end
  return t
end

-- Deep copy, so damage never touches the gold.
local function copy(v)
  if type(v) ~= "table" then return v end
  local t = {}
  for k, x in pairs(v) do t[k] = copy(x) end
  return t
end

-- Gold events as a system would write them (ids as doc#n).
local function as_system(gold)
  local sys = copy(gold)
  for _, d in ipairs(sys) do
    for i, e in ipairs(d.events) do e.id = d.id .. "#" .. i end
  end
  return sys
end

-- A timeline that clusters exactly as the gold does.
local function gold_timeline(sys)
  local by = {}
  local entries = {}
  for _, d in ipairs(sys) do
    for _, e in ipairs(d.events) do
      local c = by[e.cluster]
      if not c then
        c = { mentions = {}, conflicts = {} }
        by[e.cluster] = c
        entries[#entries + 1] = c
      end
      c.mentions[#c.mentions + 1] = { doc = d.id, event = e.id }
    end
  end
  return { events = entries, undated = {} }
end

describe("kn_eval.score", function()
  local gold

  before_each(function()
    gold = load_gold()
  end)

  it("gives 1.0 everywhere when the gold is scored as the output", function()
    local sys = as_system(gold)
    local m = score.mentions(gold, sys)
    assert.are.equal(1, m.all.f)
    assert.are.equal(1, m.linking.acc)
    local t = score.timexes(gold, sys)
    assert.are.equal(1, t.strict.f)
    assert.are.equal(1, t.value.f)
    local e = score.events(gold, sys)
    assert.are.equal(1, e.all.f)
    assert.are.equal(1, e.anchored.f)
    local tl = score.timeline(gold, sys, gold_timeline(sys), {})
    assert.are.equal(1, tl.pairs.p)
    assert.are.equal(1, tl.pairs.r)
    assert.are.same({}, tl.errors)
  end)

  it("counts dropped mentions as misses and wrong entities as linking errors", function()
    local sys = as_system(gold)
    local total = 0
    for _, d in ipairs(gold) do total = total + #d.mentions end
    -- drop the first mention of every document, relink the second
    local dropped, relinked = 0, 0
    for _, d in ipairs(sys) do
      if #d.mentions >= 2 then
        table.remove(d.mentions, 1)
        d.mentions[1].entity = "person/nobody"
        dropped = dropped + 1
        relinked = relinked + 1
      end
    end
    local m = score.mentions(gold, sys)
    assert.are.equal(total - dropped, m.all.tp)
    assert.are.equal(1, m.all.p)
    assert.are.near((total - dropped) / total, m.all.r, 1e-9)
    assert.are.equal(total - dropped - relinked, m.linking.correct)
    assert.are.equal(dropped, #m.misses)
  end)

  it("scores a shifted timex as a relaxed but not a strict match, and a wrong value against value F1", function()
    local sys = as_system(gold)
    local n, shifted, wrong = 0, 0, 0
    for _, d in ipairs(gold) do n = n + #d.timexes end
    for _, d in ipairs(sys) do
      local t = d.timexes[1]
      if t and t.stop > t.start then
        t.stop = t.stop - 1          -- overlaps, not equal
        shifted = shifted + 1
        if t.value ~= "PRESENT_REF" then t.value = "PRESENT_REF"; wrong = wrong + 1 end
      end
    end
    local r = score.timexes(gold, sys)
    assert.are.equal(n - shifted, r.strict.tp)
    assert.are.equal(n, r.relaxed.tp)
    assert.are.equal(n - wrong, r.value.tp)
    assert.are.near((n - wrong) / n, r.value_acc, 1e-9)
  end)

  it("needs type, date and participants all right for an event", function()
    local sys = as_system(gold)
    local n = 0
    for _, d in ipairs(gold) do n = n + #d.events end
    local broken = 0
    for _, d in ipairs(sys) do
      local e = d.events[1]
      if e then
        e.participants = { "person/nobody" }
        broken = broken + 1
      end
    end
    local r = score.events(gold, sys)
    assert.are.equal(n - broken, r.all.tp)
    assert.are.equal(n, r.trigger.tp)
    assert.are.equal(n - broken, r.diag.participants)
  end)

  it("counts an event off its gold trigger in the events figure but not in the anchored one", function()
    local sys = as_system(gold)
    local n, moved = 0, 0
    for _, d in ipairs(sys) do
      n = n + #d.events
      -- the last event's trigger moved past the end of the article: the same
      -- key still matches somewhere in the article, but on no gold trigger
      local e = d.events[#d.events]
      if e then
        e.trigger = { text = e.trigger.text, start = 1e9, stop = 1e9 + 1 }
        moved = moved + 1
      end
    end
    local r = score.events(gold, sys)
    assert.are.equal(n, r.all.tp)
    assert.are.equal(n - moved, r.anchored.tp)
  end)

  it("measures clustering pairwise and finds the entry of each contradiction", function()
    local sys = as_system(gold)
    local tl = gold_timeline(sys)
    -- merge the two largest clusters: precision falls, recall stays
    table.sort(tl.events, function(a, b) return #a.mentions > #b.mentions end)
    local a, b = tl.events[1], tl.events[2]
    local gold_pairs = 0
    for _, e in ipairs(tl.events) do gold_pairs = gold_pairs + #e.mentions * (#e.mentions - 1) / 2 end
    for _, m in ipairs(b.mentions) do a.mentions[#a.mentions + 1] = m end
    table.remove(tl.events, 2)
    local extra = #a.mentions * (#a.mentions - 1) / 2 - (#a.mentions - #b.mentions) * (#a.mentions - #b.mentions - 1) / 2
      - #b.mentions * (#b.mentions - 1) / 2
    local r = score.timeline(gold, sys, tl, {})
    assert.are.equal(1, r.pairs.r)
    assert.are.equal(gold_pairs, r.pairs.tp)
    assert.are.equal(gold_pairs + extra, r.pairs.sys)
    -- the two clusters, each with the false pairs they share and no miss
    assert.are.equal(2, #r.errors)
    for _, x in ipairs(r.errors) do
      assert.are.equal(0, x.missed)
      assert.are.equal(extra, x.false_pairs)
      assert.are.equal(1, #x.with)
    end
    -- a conflict on the entry holding its cluster counts as flagged
    local cluster
    for _, d in ipairs(gold) do
      for _, e in ipairs(d.events) do cluster = cluster or e.cluster end
    end
    local want = { { cluster = cluster, field = "date" } }
    assert.are.equal(0, score.timeline(gold, sys, tl, want).conflicts.flagged)
    for _, e in ipairs(tl.events) do
      for _, m in ipairs(e.mentions) do
        local doc, n = m.event:match("^(.*)#(%d+)$")
        for _, d in ipairs(gold) do
          if d.id == doc and d.events[tonumber(n)].cluster == cluster then e.conflicts = { { field = "date" } } end
        end
      end
    end
    assert.are.equal(1, score.timeline(gold, sys, tl, want).conflicts.flagged)
  end)
end)

describe("corpus/", function()
  it("is built from its sources (tools/corpus-build.lua --check)", function()
    local ok = os.execute("lua5.4 tools/corpus-build.lua --check > /dev/null 2>&1")
    assert.is_true(ok)
    ok = os.execute("lua5.4 tools/corpus-build.lua --check corpus/test > /dev/null 2>&1")
    assert.is_true(ok)
  end)
end)
