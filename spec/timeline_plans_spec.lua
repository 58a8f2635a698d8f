-- The timeline merge's rules for plans and the acts told as done, on extract
-- records written here: North Korea's troops sent to Russia (moved from
-- October 8, 2024, disclosed by South Korea's NIS on October 18, confirmed
-- by Pyongyang in late April 2025), and Sergei Shoigu's visit to Pyongyang
-- on June 17, 2025, when Kim Jong Un agreed to send 1,000 deminers and
-- 5,000 military builders to Russia's Kursk region.

local H = require "helpers"
local ev, rec, build = H.tl_event, H.tl_record, H.tl_build

local nk, ru = "country/north-korea", "country/russia"
local kim, kursk = "person/kim-jong-un", "location/kursk-region"

-- the NIS's disclosure, October 18, 2024: troops moved from October 8
local function disclosure()
  return rec("nis", "2024-10-18", { ev(1, "deployment", "2024-10-08", { nk, ru }) })
end

-- the day after Shoigu's second visit, undated: "Kim agreed to send 1,000
-- deminers and 5,000 military builders to the Kursk region"
local function builders()
  return rec("kursk", "2025-06-18", {
    ev(1, "deployment", nil, { kim }, { modality = "planned", location = kursk }),
  })
end

describe("timeline merge: an act told as done and an entry of plans", function()
  it("puts an undated mention of the troops sent into their deployment, not into later plans", function()
    local at = build {
      disclosure(),
      builders(),
      -- July 12, 2025, Lavrov in Wonsan: "Pyongyang has sent troops to
      -- fight for Russia", undated, with North Korea alone
      rec("wonsan", "2025-07-12", { ev(1, "deployment", nil, { nk }, { modality = "reported" }) }),
    }
    assert.are.equal(at["nis#1"], at["wonsan#1"])
    assert.are_not.equal(at["nis#1"], at["kursk#1"])
  end)

  it("still takes a plan into the plans, and an act into the plans when no deployment is near", function()
    -- "North Korea will send more builders to Kursk": a plan, the plans' entry
    local at = build {
      disclosure(),
      builders(),
      rec("more", "2025-07-12", { ev(1, "deployment", nil, { nk }, { modality = "planned" }) }),
    }
    assert.are.equal(at["kursk#1"], at["more#1"])
    assert.are_not.equal(at["nis#1"], at["more#1"])
    -- with no deployment of the year to join, the builders told as sent
    -- are the plan carried out
    at = build {
      builders(),
      rec("sent", "2025-07-12", { ev(1, "deployment", nil, { nk }, { modality = "reported" }) }),
    }
    assert.are.equal(at["kursk#1"], at["sent#1"])
  end)
end)

-- Kim Jong Un's trip to Russia, September 12-17, 2023: his summit with
-- Vladimir Putin at the Vostochny Cosmodrome on September 13, and Sergei
-- Shoigu's welcome in Vladivostok on September 16.
local putin, shoigu = "person/vladimir-putin", "person/sergei-shoigu"
local vostochny, vladivostok = "location/vostochny-cosmodrome", "location/vladivostok"

describe("timeline merge: a cast's day at the place of its month", function()
  it("draws the summit's day into the two leaders' month told first at that place", function()
    local at = build {
      -- November 14, 2023, a retrospective: "Kim and Putin met at the
      -- Vostochny Cosmodrome in September"
      rec("retro", "2023-11-14", { ev(1, "meeting", "2023-09", { kim, putin }, { location = vostochny }) }),
      rec("summit", "2023-09-13", { ev(1, "meeting", "2023-09-13", { kim, putin }, { location = vostochny }) }),
      -- Shoigu welcomed Kim in Vladivostok on September 16: another place
      rec("shoigu", "2023-09-16", { ev(1, "meeting", "2023-09-16", { kim, shoigu }, { location = vladivostok }) }),
    }
    assert.are.equal(at["retro#1"], at["summit#1"])
    assert.are_not.equal(at["retro#1"], at["shoigu#1"])
  end)

  it("does not draw the day into a year, nor a day told with no place", function()
    local at = build {
      -- "Kim and Putin met at Vostochny in 2023": a year says too little
      rec("year", "2023-12-28", { ev(1, "meeting", "2023", { kim, putin }, { location = vostochny }) }),
      rec("summit", "2023-09-13", { ev(1, "meeting", "2023-09-13", { kim, putin }, { location = vostochny }) }),
    }
    assert.are_not.equal(at["year#1"], at["summit#1"])
    at = build {
      rec("retro", "2023-11-14", { ev(1, "meeting", "2023-09", { kim, putin }, { location = vostochny }) }),
      rec("summit", "2023-09-13", { ev(1, "meeting", "2023-09-13", { kim, putin }) }),
    }
    assert.are_not.equal(at["retro#1"], at["summit#1"])
  end)
end)
