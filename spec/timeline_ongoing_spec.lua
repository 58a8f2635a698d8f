-- The timeline merge's rules for lasting states (a deployment), on extract
-- records written here: North Korea's troops sent to Russia (moved from
-- October 8, 2024, first reported by South Korea's NIS on October 18; more
-- troops in January and February 2025, as South Korea's Joint Chiefs of
-- Staff said on February 27, 2025), the USS Kentucky's port call in Busan
-- (July 18, 2023) and the Freedom Shield exercise (March 13-23, 2023).

local H = require "helpers"
local ev, rec, build = H.tl_event, H.tl_record, H.tl_build

local nk, ru = "country/north-korea", "country/russia"
local us, kr, jp = "country/united-states", "country/south-korea", "country/japan"

-- the NIS's disclosure: troops moved from October 8, told with the two
-- countries, and the deployment told again days on
local function disclosure()
  return {
    rec("nis", "2024-10-18", {
      ev(1, "deployment", "2024-10-08", { nk, ru }),
      ev(2, "deployment", nil, { nk }, { modality = "reported" }),
    }),
    rec("hur", "2024-10-25", { ev(1, "deployment", nil, { nk, ru }, { modality = "reported" }) }),
  }
end

describe("timeline merge: a deployment told months on", function()
  it("takes an undated mention of the troops into the deployment up to a year on", function()
    local docs = disclosure()
    -- Blinken in Tokyo, January 7, 2025: "North Korea, which has sent
    -- troops to fight for Russia"
    docs[#docs + 1] = rec("tokyo", "2025-01-07", { ev(1, "deployment", nil, { nk }, { modality = "reported" }) })
    -- Lavrov in Wonsan, July 12, 2025: "Pyongyang has since sent troops
    -- to Russia"
    docs[#docs + 1] = rec("wonsan", "2025-07-12", { ev(1, "deployment", nil, { nk, ru }, { modality = "reported" }) })
    local at = build(docs)
    assert.are.equal(at["nis#1"], at["hur#1"])
    assert.are.equal(at["nis#1"], at["tokyo#1"])
    assert.are.equal(at["nis#1"], at["wonsan#1"])
  end)

  it("keeps a plan, a party the entry lacks and a mention more than a year on apart", function()
    local docs = disclosure()
    -- "North Korea could send more troops", a plan: another move
    docs[#docs + 1] = rec("plan", "2025-01-07", { ev(1, "deployment", nil, { nk, ru }, { modality = "planned" }) })
    -- troops told with a party the deployment lacks
    docs[#docs + 1] = rec("jp", "2025-01-08", { ev(1, "deployment", nil, { nk, jp }, { modality = "reported" }) })
    -- more than a year after October 8, 2024
    docs[#docs + 1] = rec("late", "2025-11-20", { ev(1, "deployment", nil, { nk }, { modality = "reported" }) })
    local at = build(docs)
    assert.are.equal(at["nis#1"], at["hur#1"])
    assert.are_not.equal(at["nis#1"], at["plan#1"])
    assert.are_not.equal(at["nis#1"], at["jp#1"])
    assert.are_not.equal(at["nis#1"], at["late#1"])
  end)

  it("puts an undated mention in the deployment of its month before an older one", function()
    local docs = disclosure()
    -- the Joint Chiefs of Staff, February 27, 2025: more troops sent in
    -- January and February
    docs[#docs + 1] = rec("jcs", "2025-02-27", { ev(1, "deployment", "2025-02", { nk, ru }, { modality = "reported" }) })
    -- days on, undated: "the additional troops sent to Russia"
    docs[#docs + 1] = rec("more", "2025-03-04", { ev(1, "deployment", nil, { nk, ru }, { modality = "reported" }) })
    local at = build(docs)
    assert.are_not.equal(at["nis#1"], at["jcs#1"])
    assert.are.equal(at["jcs#1"], at["more#1"])
  end)

  it("does not carry an exercise, which the allies hold each year, past its month", function()
    local at = build {
      rec("fs", "2023-03-13", { ev(1, "exercise", "2023-03-13", { us, kr }, { modality = "reported" }) }),
      -- a year on, undated: "the allies' annual springtime exercise"
      rec("fs2", "2024-03-04", { ev(1, "exercise", nil, { us, kr }, { modality = "reported" }) }),
      -- the Kentucky in Busan, and, five months on, undated, the
      -- submarine's visit told again with the two allies
      rec("ssbn", "2023-07-18", { ev(1, "deployment", "2023-07-18", { us, kr }) }),
      rec("ssbn2", "2023-12-18", { ev(1, "deployment", nil, { us, kr }, { modality = "reported" }) }),
    }
    assert.are_not.equal(at["fs#1"], at["fs2#1"])
    assert.are.equal(at["ssbn#1"], at["ssbn2#1"])
  end)
end)

-- NATO's summit in The Hague, June 24-25, 2025: Donald Trump attended; New
-- Zealand's prime minister Christopher Luxon was among the Indo-Pacific
-- partners' leaders; Australia sent its deputy prime minister, Richard Marles.
local nato, hague = "org/nato", "location/the-hague"
local trump, luxon = "person/donald-trump", "person/christopher-luxon"

describe("timeline merge: a person's own country at a summit", function()
  it("takes a leader told alone into his document's summit, his country unnamed there", function()
    local at = build {
      rec("a", "2025-06-25", {
        ev(1, "meeting", "2025-06-25", { nato, trump }, { location = hague, trigger = { text = "summit", start = 1, stop = 6 } }),
        -- "Luxon also attended on Wednesday": his country, which the
        -- build adds beside him, is no party the summit lacks
        ev(2, "meeting", "2025-06-25", { luxon }, { trigger = { text = "attended", start = 10, stop = 17 } }),
        -- a mention naming a country the summit's reports do not: Luxon's
        -- talks with Australia on its margins
        ev(3, "talks", "2025-06-25", { luxon, "country/australia" }, { trigger = { text = "talks", start = 20, stop = 24 } }),
      }),
    }
    assert.are.equal(at["a#1"], at["a#2"])
    assert.are_not.equal(at["a#1"], at["a#3"])
  end)
end)
