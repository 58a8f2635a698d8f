-- Event dates, modality and triggers: clauses inside relative clauses,
-- "later", the article's main event date; and the timeline's undated
-- mentions.
local kn = require "korea_nato"

local H = require "helpers"
local events, parts, find = H.events, H.parts, H.find

describe("timeline: undated mentions", function()
  local ev, rec = H.tl_event, H.tl_record
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

describe("event dates and modality: relative clauses and 'later'", function()
  it("keeps the day and future cue of a 'when' clause inside a relative clause out of the main clause", function()
    local ev = events("Antony Blinken, who is expected to leave office when President-elect Donald Trump is sworn in "
      .. "on Jan. 20, later met Japanese Prime Minister Shigeru Ishiba.", "2025-01-07")
    local e = find(ev, "met")
    assert.is_nil(e.date)
    assert.are.equal("occurred", e.modality)
    assert.truthy(parts(e):find("person/antony-blinken", 1, true))
    -- a trigger inside the relative clause keeps its own day
    ev = events("Antony Blinken, who met Shigeru Ishiba when he visited Tokyo on Tuesday, said the alliance "
      .. "had never been stronger.", "2025-01-08")
    assert.are.equal("2025-01-07", find(ev, "visited").date)
    -- "later" before a plan's verb is still the future
    ev = events("Antony Blinken will later meet Japanese Prime Minister Shigeru Ishiba.", "2025-01-07")
    assert.are.equal("planned", find(ev, "meet").modality)
  end)

  it("dates a 'later' meeting by the main event only when that was the publication day", function()
    local text = "Blinken and Iwaya hold talks in Tokyo\n\n"
      .. "TOKYO -- Japanese Foreign Minister Takeshi Iwaya and U.S. Secretary of State Antony Blinken held talks "
      .. "in Tokyo on Tuesday, focusing on North Korea's missile programs.\n\n"
      .. "Blinken, who leaves office when Donald Trump is sworn in on Jan. 20, later met Prime Minister "
      .. "Shigeru Ishiba."
    local e = find(events(text, "2025-01-07"), "met")
    assert.are.equal("2025-01-07", e.date)
    assert.are.equal("occurred", e.modality)
    -- told two days on, "later" may be any day since
    e = find(events(text, "2025-01-09"), "met")
    assert.is_nil(e.date)
    assert.are.equal("occurred", e.modality)
  end)
end)

describe("event modality: the actor's own state media", function()
  it("marks a test told by KCNA or Rodong Sinmun as reported", function()
    local ev = events("The Korean Central News Agency said on Tuesday that Kim Jong Un watched the test-firing "
      .. "of a new hypersonic intermediate-range missile on Monday.", "2025-01-07")
    local e = find(ev, "test")
    assert.are.equal("reported", e.modality)
    assert.are.equal("2025-01-06", e.date)
    ev = events("Rodong Sinmun said Kim Jong Un oversaw the launch of a new hypersonic missile on Monday.", "2025-01-07")
    assert.are.equal("reported", find(ev, "launch").modality)
    -- the South's military telling the launch: a fact it states
    ev = events("South Korea's Joint Chiefs of Staff said North Korea fired an intermediate-range ballistic "
      .. "missile on Monday.", "2025-01-07")
    assert.are.equal("occurred", find(ev, "fired").modality)
  end)
end)

describe("event dates: a 'when' clause after the verb's object", function()
  it("dates the main verb by the time of its 'when' clause", function()
    local ev = events("Vladimir Putin and Kim Jong Un signed a treaty that commits each side to the other's defense "
      .. "when they met in Pyongyang on June 19, 2024.", "2025-07-12")
    assert.are.equal("2024-06-19", find(ev, "signed").date)
    ev = events("Yoon Suk Yeol held a summit with Fumio Kishida when he visited Tokyo in March 2023.", "2023-12-01")
    assert.are.equal("2023-03", find(ev, "summit").date)
    -- "at a time when" names a period, not the verb's time
    ev = events("Yoon Suk Yeol met Fumio Kishida at a time when ties were thawing in 2023.", "2023-12-01")
    assert.is_nil(find(ev, "met").date)
  end)
end)

describe("tense of a weekday before a 'what' or relative clause", function()
  it("keeps the verb's past when a later 'what is expected to be' clause looks ahead", function()
    local ev = events("Antony Blinken arrived in Seoul late Sunday on what is expected to be his last trip to "
      .. "Asia as secretary of state.", "2025-01-06")
    local e = find(ev, "arrived")
    assert.are.equal("2025-01-05", e.date)
    assert.are.equal("occurred", e.modality)
    -- a plan of its own stays ahead
    ev = events("Antony Blinken will arrive in Seoul on Sunday on what is expected to be his last trip to Asia "
      .. "as secretary of state.", "2025-01-03")
    assert.are.equal("2025-01-05", find(ev, "arrive").date)
    assert.are.equal("planned", find(ev, "arrive").modality)
  end)
end)

describe("an 'as' clause takes the main clause's time", function()
  it("dates talks told in an 'as' clause by the main clause's day", function()
    local ev = events("North Korea fired a ballistic missile toward the East Sea on Monday, the Joint Chiefs of Staff "
      .. "said, as Antony Blinken held talks in Seoul with Cho Tae-yul.", "2025-01-06")
    local e = find(ev, "talks")
    assert.are.equal("2025-01-06", e.date)
    assert.are.equal("person/antony-blinken person/cho-tae-yul", parts(e))
    -- no day in the main clause: none to take; "as" before a title opens no clause
    ev = events("North Korea fired a ballistic missile, the military said, as Antony Blinken held talks in Seoul.",
      "2025-01-06")
    assert.is_nil(find(ev, "talks").date)
    ev = events("Antony Blinken visited Seoul on Monday on his last trip as secretary of state, and talks with "
      .. "Cho Tae-yul followed.", "2025-01-07")
    assert.are.equal("2025-01-06", find(ev, "visited").date)
  end)
end)
