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
