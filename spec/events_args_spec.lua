-- Event arguments: participants from the event's own clause, places of tests, drills and trips.

local H = require "helpers"
local events, parts, find = H.events, H.parts, H.find

describe("event arguments: the sender of troops", function()
  it("keeps the subject of a verb after 'has since'", function()
    local ev = events("North Korea has since sent about 11,000 soldiers to Russia's Kursk region, according to "
      .. "South Korea's spy agency.", "2024-12-20")
    local e = find(ev, "sent")
    assert.are.equal("deployment", e.type)
    assert.are.equal("country/north-korea", parts(e))
    -- "since" opening a clause of its own still bounds it
    ev = events("Kim Jong Un has deepened ties with Moscow since Vladimir Putin visited Pyongyang in June.",
      "2024-12-20")
    assert.are.equal("person/vladimir-putin", parts(find(ev, "visited")))
  end)

  it("takes the country a 'which' clause is about as the sender", function()
    local ev = events("Mark Rutte said Moscow was arming Pyongyang, which has sent thousands of troops to Russia.",
      "2024-11-04")
    assert.are.equal("country/north-korea", parts(find(ev, "sent")))
    ev = events("Seoul condemned North Korea, which fired a ballistic missile toward the East Sea on Monday.",
      "2025-01-07")
    assert.are.equal("country/north-korea", parts(find(ev, "fired")))
    -- a passive "which" clause tells what was done to the noun: no sender
    ev = events("Pyongyang denounced Japan, which was visited by Antony Blinken on Tuesday.", "2025-01-08")
    assert.are.equal("person/antony-blinken", parts(find(ev, "visited")))
  end)

  it("takes no place from 'to fight for' a country", function()
    local ev = events("North Korea has sent thousands of troops to fight for Russia against Ukraine, "
      .. "South Korea's spy agency said.", "2024-12-20")
    local e = find(ev, "sent")
    assert.are.equal("country/north-korea", parts(e))
    assert.is_nil(e.location)
    -- a destination after "to", or after "left for", stays the place
    ev = events("North Korea has sent thousands of troops to Russia for training, the NIS said.", "2024-12-20")
    assert.are.equal("country/russia", find(ev, "sent").location)
  end)

end)

describe("event arguments: a relative clause on the subject", function()
  it("gives the verb after the clause its subject, not a name inside the clause", function()
    local ev = events("Antony Blinken, who will step down when Donald Trump is sworn in on Jan. 20, met "
      .. "Shigeru Ishiba in Tokyo on Tuesday.", "2025-01-07")
    assert.are.equal("person/antony-blinken person/shigeru-ishiba", parts(find(ev, "met")))
    -- a trigger inside the clause keeps the clause's own parties
    ev = events("Mark Rutte praised Cho Tae-yul, who visited Brussels on Monday.", "2025-01-07")
    assert.are.equal("person/cho-tae-yul", parts(find(ev, "visited")))
  end)
end)
