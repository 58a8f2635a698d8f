-- Event dates of the news day: events told without a timex of their own
-- that the guidelines date by the article's main event (ANNOTATION.md,
-- "date": the governing timex, else the main event's date when the text
-- clearly refers to it, else null), and the near misses that stay undated.
local H = require "helpers"
local events, parts, find = H.events, H.parts, H.find

describe("news-day dates: a statement made at a dated briefing or meeting", function()
  -- the lead dates the talks; a background sentence with a day of its own
  -- stands between them and the statement
  local lead = "Cho, Blinken condemn N. Korean ICBM launch\n\n"
    .. "WASHINGTON, Oct. 31 (Yonhap) -- South Korean Foreign Minister Cho Tae-yul and U.S. Secretary of State "
    .. "Antony Blinken held talks in Washington on Thursday, hours after North Korea test-fired an "
    .. "intercontinental ballistic missile.\n\n"
    .. "The missile flew for about 86 minutes, the longest flight time yet recorded. It was the North's first "
    .. "ICBM launch since Dec. 18, 2023, when it fired a solid-fuel Hwasong-18.\n\n"

  it("dates the statement by the press conference it was made at", function()
    local ev = events(lead .. "Cho and Blinken condemned the launch at a joint press conference after their talks.",
      "2024-10-31")
    local e = find(ev, "condemned")
    assert.are.equal("2024-10-31", e.date)
    assert.are.equal("occurred", e.modality)
    assert.are.equal("person/antony-blinken person/cho-tae-yul", parts(e))
    assert.are.equal("2024-10-31", find(ev, "conference").date)
  end)

  it("leaves a statement undated when the occasion is told in a clause of its own", function()
    -- the two spoke at the press conference, but the sentence does not say
    -- that the condemnation was made there
    local ev = events(lead .. "Cho and Blinken condemned the launch, and the two later spoke at a joint press "
      .. "conference.", "2024-10-31")
    assert.is_nil(find(ev, "condemned").date)
  end)

  it("does not date a statement by a meeting at which someone else did what it is about", function()
    local text = "Choe, Lavrov hold talks in Moscow\n\n"
      .. "SEOUL, Nov. 2 (Yonhap) -- North Korean Foreign Minister Choe Son Hui held talks with Russian Foreign "
      .. "Minister Sergei Lavrov in Moscow on Friday.\n\n"
      .. "Lavrov visited Pyongyang in June with President Vladimir Putin, who signed a mutual defense treaty with "
      .. "North Korean leader Kim Jong Un there.\n\n"
      .. "South Korean Foreign Minister Cho Tae-yul condemned the support Choe pledged at the talks."
    local ev = events(text, "2024-11-02")
    assert.are.equal("2024-11-01", find(ev, "talks").date)
    assert.is_nil(find(ev, "condemned").date)
  end)
end)

describe("news-day dates: a headline event and the lead's background", function()
  local head = "Kim, Putin sign defense treaty\n\nSEOUL, June 19 (Yonhap) -- "

  it("does not date the headline by an old happening a restrictive relative clause of the lead tells", function()
    local ev = events(head .. "Russian President Vladimir Putin arrived in Pyongyang early Wednesday, the city where "
      .. "he signed a joint declaration with Kim Jong Il in 2000.", "2024-06-19")
    local e = find(ev, "sign")
    assert.is_nil(e.date)
    -- the clause's own event keeps its year
    assert.are.equal("2000", find(ev, "signed").date)
    assert.are.equal("2024-06-19", find(ev, "arrived").date)
  end)

  it("still dates the headline by a relative clause of the lead that tells the news of the day", function()
    local ev = events(head .. "Russian President Vladimir Putin flew into Pyongyang early Wednesday for a summit where "
      .. "he and North Korean leader Kim Jong Un signed a mutual defense treaty later that day.", "2024-06-19")
    assert.are.equal("2024-06-19", find(ev, "sign").date)
    ev = events(head .. "North Korean leader Kim Jong Un and Russian President Vladimir Putin signed a mutual "
      .. "defense treaty in Pyongyang on Wednesday.", "2024-06-19")
    assert.are.equal("2024-06-19", find(ev, "sign").date)
  end)
end)

describe("news-day dates: a year modifying the object after a possessive", function()
  local kn = require "korea_nato"
  local function timexes(text, published)
    local t = {}
    for _, x in ipairs(kn.analyze(text, { id = "t", published = published }):timexes()) do t[x.text] = x.value end
    return t
  end

  it("reads 'their 2018 accords' as a year, as 'the 2018 accords', and dates the signing by it", function()
    local text = "South Korea and North Korea signed their 2018 accords in Pyongyang."
    assert.are.equal("2018", timexes(text, "2023-11-23")["2018"])
    assert.are.equal("2018", find(events(text, "2023-11-23"), "signed").date)
  end)

  it("still reads a number before a plural noun with no possessive as a count", function()
    local t = timexes("The NIS said North Korea had sent an additional 3000 troops to Russia.", "2025-02-27")
    assert.is_nil(t["3000"])
  end)
end)
