-- Event participants: who a pronoun, a counting phrase or a clause's subject
-- stands for when the trigger's own clause does not name it.

local H = require "helpers"
local events, parts, find = H.events, H.parts, H.find

describe("event participants: 'it' opening the clause a speech verb reports", function()
  it("stands for the speaker across a date between the verb and 'that'", function()
    local ev = events("North Korea confirmed in late April that it had sent troops to Russia's Kursk region.",
      "2025-06-18")
    assert.are.equal("country/north-korea", parts(find(ev, "sent")))
  end)

  it("stands for the speaker named before a date and the verb", function()
    local ev = events("North Korea on Monday confirmed that it had deployed troops to Russia to help retake the "
      .. "Kursk region.", "2025-04-29")
    assert.are.equal("country/north-korea", parts(find(ev, "deployed")))
  end)

  it("leaves a clause whose subject is a name to that name", function()
    local ev = events("South Korea's spy agency said in October that North Korea had sent troops to Russia.",
      "2024-10-31")
    assert.are.equal("country/north-korea", parts(find(ev, "sent")))
  end)
end)

describe("event participants: 'the two' or 'his guest' after a meeting with one person named", function()
  local before = "North Korean leader Kim Jong Un arrived in Russia on Tuesday aboard his armored train.\n\n"
  it("adds the one person the sentence before names", function()
    local ev = events(before .. "The highlight of the trip was Wednesday's summit with Russian President Vladimir "
      .. "Putin at the Vostochny Cosmodrome, where the two toured a rocket assembly building.", "2023-09-13")
    assert.are.equal("person/kim-jong-un person/vladimir-putin", parts(find(ev, "summit")))
    ev = events(before .. "The highlight of the trip was Wednesday's summit with Russian President Vladimir Putin "
      .. "at the Vostochny Cosmodrome, where Putin showed his guest a rocket launch site.", "2023-09-13")
    assert.are.equal("person/kim-jong-un person/vladimir-putin", parts(find(ev, "summit")))
  end)

  it("leaves a count of countries, and a sentence before naming two other people", function()
    local ev = events(before .. "The highlight of the trip was Wednesday's summit with Russian President Vladimir "
      .. "Putin at the Vostochny Cosmodrome, where the two countries agreed to deepen military ties.", "2023-09-13")
    assert.are.equal("person/vladimir-putin", parts(find(ev, "summit")))
    ev = events("Russian Defense Minister Sergei Shoigu showed Kim Jong Un strategic bombers at an airfield near "
      .. "Vladivostok on Saturday.\n\nThe tour came three days after a summit with Russian President Vladimir Putin "
      .. "at the Vostochny Cosmodrome, where the two toured a rocket assembly building.", "2023-09-16")
    assert.are.equal("person/vladimir-putin", parts(find(ev, "summit")))
  end)
end)

describe("event participants: the agent of a passive before a visit", function()
  it("is no visitor", function()
    local ev = events("Russian Defense Minister Sergei Shoigu met Kim Jong Un in Vladivostok on Saturday. Shoigu had "
      .. "been shown North Korea's newest missiles by Kim during a visit to Pyongyang in July.", "2023-09-17")
    assert.are.equal("person/sergei-shoigu", parts(find(ev, "visit")))
  end)

  it("leaves a participle with no form of 'be' before it", function()
    local ev = events("North Korean leader Kim Jong Un, accompanied by Russian Defense Minister Sergei Shoigu, "
      .. "inspected strategic bombers during a visit to an airfield near Vladivostok on Saturday.", "2023-09-17")
    assert.are.equal("person/kim-jong-un person/sergei-shoigu", parts(find(ev, "visit")))
  end)
end)
