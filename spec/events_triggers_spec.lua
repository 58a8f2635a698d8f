-- Event triggers: which words denote an event of their own (trigger detection).

local H = require "helpers"
local events, find = H.events, H.find

local function triggers(ev)
  local t = {}
  for _, e in ipairs(ev) do t[#t + 1] = e.trigger.text end
  return table.concat(t, " ")
end

describe("event triggers: a trigger word modifying a noun", function()
  it("takes no event from a trigger noun before a head noun without a determiner", function()
    local ev = events("Vladimir Putin guided Kim Jong Un around rocket launch pads at the Vostochny Cosmodrome "
      .. "on Wednesday.", "2023-09-13")
    assert.is_nil(find(ev, "launch"))
    ev = events("Kim Jong Un toured launch facilities at the Vostochny Cosmodrome on Wednesday, state media "
      .. "said, a day before the North fired two ballistic missiles.", "2023-09-14")
    assert.is_nil(find(ev, "launch"))
  end)

  it("keeps a verb before a noun of the kind, and the head noun with its own determiner", function()
    -- "will visit facilities": a verb and its object, a planned trip
    local ev = events("Kim Jong Un will visit facilities in Komsomolsk-on-Amur on Friday, Vladimir Putin said.",
      "2023-09-13")
    local e = find(ev, "visit")
    assert.is_not_nil(e)
    assert.are.equal("visit", e.type)
    -- the launch itself, with the place after it
    ev = events("North Korea conducted the launch of a Hwasong-18 missile from a site near Pyongyang on Monday.",
      "2023-12-18")
    assert.are.equal("weapons_test", find(ev, "launch").type)
  end)
end)

describe("event triggers: 'call' as a verb of naming", function()
  it("takes no phone call from 'what X calls …'", function()
    local ev = events("Kim Jong Un and Sergei Shoigu discussed what Pyongyang calls Russia's special military "
      .. "operation in Pyongyang on Tuesday.", "2025-06-18")
    assert.is_nil(find(ev, "calls"))
    ev = events("Antony Blinken and Cho Tae-yul discussed what the ministry calls a grave provocation on Monday.",
      "2025-01-07")
    assert.is_nil(find(ev, "calls"))
  end)

  it("keeps a call after 'what' behind a preposition, and a plain call", function()
    local ev = events("Cho Tae-yul briefed lawmakers on what he and Antony Blinken discussed in a phone call "
      .. "on Monday.", "2025-01-07")
    assert.are.equal("call", find(ev, "call").type)
    ev = events("Yoon Suk Yeol will call Joe Biden on Friday, officials said.", "2024-07-01")
    assert.are.equal("call", find(ev, "call").type)
  end)
end)

describe("event triggers: an agreement acted under", function()
  it("takes no agreement from a treaty named after 'under'", function()
    local ev = events("Kim Jong Un and Vladimir Putin discussed further steps under their treaty in Pyongyang "
      .. "on Tuesday.", "2025-06-18")
    assert.is_nil(find(ev, "treaty"))
    ev = events("North Korea sent troops to Russia under the 2024 mutual defense treaty, Cho Tae-yul said on Monday.",
      "2024-11-04")
    assert.is_nil(find(ev, "treaty"))
    assert.is_not_nil(find(ev, "sent"))
  end)

  it("keeps the signing, also after 'under' of another kind", function()
    local ev = events("Under pressure, Kim Jong Un and Vladimir Putin signed a treaty in Pyongyang on June 19, 2024.",
      "2024-06-20")
    local e = find(ev, "signed")
    assert.are.equal("agreement", e.type)
    assert.are.equal("2024-06-19", e.date)
  end)
end)
