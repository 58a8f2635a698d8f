-- Event participants: whose event a noun names when another party speaks of it.

local H = require "helpers"
local events, parts, find = H.events, H.parts, H.find

describe("event participants: a country named before the noun's modifiers", function()
  it("is the only actor of the noun a judging verb takes as its object", function()
    local ev = events("South Korea, Japan slam N. Korea missile launch", "2025-01-06")
    assert.are.equal("country/north-korea", parts(find(ev, "launch")))
    ev = events("SEOUL, Jan. 6 (Yonhap) -- South Korea on Monday denounced the North Korean missile launch "
      .. "as a grave provocation.", "2025-01-06")
    assert.are.equal("country/north-korea", parts(find(ev, "launch")))
    assert.are.equal("country/south-korea", parts(find(ev, "denounced")))
  end)

  it("leaves a coordinated subject before a bare verb, and a noun with no country before it", function()
    -- "the U.S." in a coordinated subject is no determiner of the noun
    local ev = events("Japan and the U.S. test missile defenses as North Korea fires IRBM", "2025-01-06")
    assert.are.equal("country/japan country/united-states", parts(find(ev, "test")))
    ev = events("South Korea and Japan condemned the missile launch on Monday.", "2025-01-06")
    assert.are.equal("", parts(find(ev, "launch")))
  end)
end)

describe("event participants: the two clauses of a headline joined by 'as'", function()
  local lead = "\n\nSEOUL, Jan. 6 (Yonhap) -- North Korea fired an intermediate-range ballistic missile toward "
    .. "the East Sea on Monday, South Korea's military said, as U.S. Secretary of State Antony Blinken held talks "
    .. "in Seoul with Foreign Minister Cho Tae-yul.\n"
  it("keeps each clause's subject to its own event, after an acronym too", function()
    local ev = events("N. Korea fires IRBM as Blinken holds talks in Seoul" .. lead, "2025-01-06")
    assert.are.equal("country/north-korea", parts(find(ev, "fires")))
    assert.are.equal("person/antony-blinken", parts(find(ev, "talks")))
  end)

  it("leaves an 'as a' phrase to the clause it ends", function()
    local ev = events("S. Korea, U.S. stage air drills as a warning to N. Korea" .. lead, "2025-01-06")
    assert.are.equal("country/south-korea country/united-states", parts(find(ev, "drills")))
  end)
end)

describe("event participants: a clause of 'as' after a comma in the body", function()
  it("keeps the names of the 'as' clause out of the event before it", function()
    local ev = events("North Korea fired an intermediate-range ballistic missile on Monday, as U.S. Secretary of "
      .. "State Antony Blinken held talks in Seoul with Foreign Minister Cho Tae-yul.", "2025-01-06")
    assert.are.equal("country/north-korea", parts(find(ev, "fired")))
    assert.are.equal("person/antony-blinken person/cho-tae-yul", parts(find(ev, "talks")))
  end)

  it("leaves a counting subject of 'as' to its own rule", function()
    local ev = events("Lloyd Austin and Kim Yong-hyun on Wednesday urged North Korea to withdraw its troops from "
      .. "Russia, as the two allies closed their annual meeting.", "2024-10-31")
    assert.are.equal("person/kim-yong-hyun person/lloyd-austin", parts(find(ev, "meeting")))
  end)
end)

describe("event participants: a participle clause after a comma", function()
  it("adds no name of the clause to the event before it", function()
    local ev = events("Antony Blinken and Cho Tae-yul held talks in Seoul on Monday, calling the launch a violation "
      .. "of multiple U.N. Security Council resolutions.", "2025-01-06")
    assert.are.equal("person/antony-blinken person/cho-tae-yul", parts(find(ev, "talks")))
    ev = events("Cho Tae-yul met Mark Rutte in Brussels on Wednesday, urging NATO allies to keep up pressure on "
      .. "Pyongyang.", "2024-04-04")
    assert.are.equal("person/cho-tae-yul person/mark-rutte", parts(find(ev, "met")))
  end)

  it("keeps the parties a participle of taking part lists", function()
    local ev = events("NATO foreign ministers met in Brussels on Thursday with partners from the Indo-Pacific, "
      .. "including Japan and South Korea.", "2024-04-05")
    assert.are.equal("country/japan country/south-korea org/nato", parts(find(ev, "met")))
  end)
end)

describe("event participants: 'their' before a noun trigger", function()
  it("stands for the two or more names of the sentence's subject", function()
    local ev = events("Antony Blinken and Cho Tae-yul condemned the launch after their talks, calling it a "
      .. "violation of U.N. Security Council resolutions.", "2025-01-06")
    assert.are.equal("person/antony-blinken person/cho-tae-yul", parts(find(ev, "talks")))
    ev = events("Antony Blinken and Cho Tae-yul spoke to reporters after their talks in Seoul on Monday.", "2025-01-07")
    assert.are.equal("person/antony-blinken person/cho-tae-yul", parts(find(ev, "talks")))
  end)

  it("adds nobody when the subject is one name", function()
    local ev = events("Antony Blinken spoke to reporters after their talks in Seoul on Monday.", "2025-01-07")
    assert.are.equal("", parts(find(ev, "talks")))
  end)
end)

describe("event participants: a possessor before hyphenated modifiers", function()
  it("is the only actor of the noun on the left", function()
    local ev = events("Choi Sang-mok took over as acting president late last month, as South Korea remained in "
      .. "turmoil over President Yoon Suk Yeol's short-lived martial law declaration of Dec. 3.", "2025-01-06")
    local e = find(ev, "declaration")
    assert.are.equal("person/yoon-suk-yeol", parts(e))
    assert.are.equal("2024-12-03", e.date)
  end)

  it("leaves the subject of a verb whose object has no possessor", function()
    local ev = events("Yoon Suk Yeol issued a short-lived martial law declaration on Dec. 3.", "2024-12-04")
    assert.are.equal("person/yoon-suk-yeol", parts(find(ev, "declaration")))
  end)
end)

describe("event participants: a counting phrase of countries owning the subject", function()
  local before = "South Korea, the United States and Japan flew a joint air drill near Jeju Island on Friday. "
  it("stands for the countries the sentence before names, one event with the named meeting", function()
    local ev = events(before .. "The three countries' top military officers met in Seoul the same day for the "
      .. "Trilateral Chiefs of Defense Meeting.", "2025-07-11")
    assert.are.equal("country/japan country/south-korea country/united-states", parts(find(ev, "met")))
    local n = 0
    for _, e in ipairs(ev) do if e.type == "meeting" then n = n + 1 end end
    assert.are.equal(1, n)
  end)

  it("adds nobody when the sentence before names another number of countries", function()
    local ev = events(before .. "The two countries' top military officers met in Seoul the same day.", "2025-07-11")
    assert.are.equal("", parts(find(ev, "met")))
  end)
end)
