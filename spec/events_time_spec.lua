-- Event dates, modality and triggers: clauses inside relative clauses,
-- "later", the article's main event date; and the timeline's undated
-- mentions.
local kn = require "korea_nato"

local function events(text, published)
  local d = kn.analyze(text, { id = "t", published = published or "2024-10-28" })
  for _, e in ipairs(d:events()) do
    assert.are.equal(e.trigger.text, text:sub(e.trigger.start, e.trigger.stop))
  end
  return d:events(), d
end

local function parts(e)
  local t = {}
  for _, p in ipairs(e.participants) do t[#t + 1] = p end
  table.sort(t)
  return table.concat(t, " ")
end

-- The first event whose trigger is the word w.
local function find(ev, w)
  for _, e in ipairs(ev) do if e.trigger.text == w then return e end end
end

describe("timeline: undated mentions", function()
  local function ev(n, type_, date, ps)
    return { id = "", n = n, type = type_, date = date, participants = ps, modality = "occurred" }
  end
  local function rec(id, published, evs)
    for _, e in ipairs(evs) do e.id = id .. "#" .. e.n; e.sentence = e.n; e.n = nil end
    return { id = id, source = "Outlet " .. id, published = published, mentions = {}, events = evs }
  end
  local function entries_of(docs)
    local at = {}
    for n, e in ipairs(kn.timeline.build(docs):entries()) do
      for _, m in ipairs(e.mentions) do at[m.event] = n end
    end
    return at
  end
  local yoon, kishida, luxon = "person/yoon-suk-yeol", "person/fumio-kishida", "person/christopher-luxon"
  local stoltenberg = "person/jens-stoltenberg"

  it("keeps an undated gathering that names a person the dated meeting lacks out of it", function()
    local at = entries_of {
      rec("a", "2024-07-11", {
        -- "Yoon, Kishida and Luxon met in Washington on Wednesday"
        ev(1, "meeting", "2024-07-10", { yoon, kishida, luxon }),
        -- "The three later attended a dinner with Jens Stoltenberg"
        ev(2, "meeting", nil, { yoon, kishida, luxon, stoltenberg }),
        -- "During the meeting, Yoon, Kishida and Luxon …": the same cast, the same meeting
        ev(3, "meeting", nil, { yoon, kishida, luxon }),
      }),
    }
    assert.are_not.equal(at["a#1"], at["a#2"])
    assert.are.equal(at["a#1"], at["a#3"])
  end)
end)
