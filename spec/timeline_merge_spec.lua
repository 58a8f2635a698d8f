-- The timeline merge's rules for one traveller's meetings, on extract
-- records written here (facts of Antony Blinken's visit to Beijing, June
-- 18-19, 2023, and Sergei Lavrov's to Pyongyang, October 18-19, 2023), so
-- that the rules are tested apart from the extractor.

local H = require "helpers"
local ev, rec, build = H.tl_event, H.tl_record, H.tl_build

local blinken, qin = "person/antony-blinken", "person/qin-gang"
local beijing = "location/beijing"

describe("timeline merge: one traveller's meetings", function()
  it("keeps a planned meeting told with the traveller alone out of his talks with a host", function()
    local at = build {
      -- the preview: talks with the foreign minister in Beijing, and then a
      -- meeting elsewhere, told with Blinken alone and no place or day
      rec("p", "2023-06-16", {
        ev(1, "talks", nil, { blinken, qin }, { modality = "planned", location = beijing }),
        ev(2, "meeting", nil, { blinken }, { modality = "planned" }),
      }),
      rec("r", "2023-06-18", { ev(1, "talks", "2023-06-18", { blinken, qin }, { location = beijing }) }),
    }
    assert.are.equal(at["r#1"], at["p#1"])
    assert.are_not.equal(at["r#1"], at["p#2"])
  end)

  it("still takes the traveller alone into his talks at their place, or from the talks' own document", function()
    local at = build {
      rec("r", "2023-06-18", {
        ev(1, "talks", "2023-06-18", { blinken, qin }, { location = beijing }),
        -- "the talks lasted more than five hours", told with Blinken alone
        ev(2, "talks", nil, { blinken }),
      }),
      -- two days on, another outlet: "Blinken's talks in Beijing"
      rec("s", "2023-06-20", { ev(1, "talks", nil, { blinken }, { location = beijing }) }),
      -- a month told twice with its place: one visit
      rec("t", "2023-07-02", { ev(1, "visit", "2023-06", { blinken }, { location = beijing }) }),
      rec("u", "2023-07-05", { ev(1, "visit", "2023-06", { blinken }, { location = beijing }) }),
    }
    assert.are.equal(at["r#1"], at["r#2"])
    assert.are.equal(at["r#1"], at["s#1"])
    assert.are.equal(at["t#1"], at["u#1"])
  end)

  it("keeps the traveller's visit of another city apart from a visit told with his first stop", function()
    local at = build {
      rec("a", "2023-06-17", { ev(1, "visit", "2023-06-18", { blinken }, { modality = "planned", location = beijing }) }),
      -- undated, days after: his next stop, London (the Ukraine Recovery
      -- Conference), not the Beijing visit
      rec("b", "2023-06-21", { ev(1, "visit", nil, { blinken }, { location = "location/london" }) }),
    }
    assert.are_not.equal(at["a#1"], at["b#1"])
  end)
end)

describe("timeline merge: a plan's place against the place it was held", function()
  local kim, putin = "person/kim-jong-un", "person/vladimir-putin"
  local vostochny = "location/vostochny-cosmodrome"

  it("flags the city a preview named against the place the talks were held, the preview's country aside", function()
    local at, entries = build {
      -- a preview: Kim travels to Russia ("Kim heads to Russia for talks
      -- with Putin"), where he will hold talks with Putin in Vladivostok
      rec("p", "2023-09-11", {
        ev(1, "talks", nil, { kim, putin }, { location = "country/russia" }),
        ev(2, "talks", nil, { kim, putin }, { modality = "planned", location = "location/vladivostok" }),
      }),
      -- they held them at the Vostochny Cosmodrome on September 13
      rec("r", "2023-09-13", { ev(1, "talks", "2023-09-13", { kim, putin }, { location = vostochny }) }),
    }
    assert.are.equal(at["r#1"], at["p#1"])
    assert.are.equal(at["r#1"], at["p#2"])
    local e = entries[at["r#1"]]
    local fields = {}
    for _, c in ipairs(e.conflicts) do fields[c.field] = c end
    assert.is_table(fields.location)
    assert.is_table(fields.location.values["location/vladivostok"])
    assert.is_table(fields.location.values[vostochny])
  end)

  it("does not flag a preview that names only the country around the place", function()
    local at, entries = build {
      rec("p", "2023-09-12", { ev(1, "talks", nil, { kim, putin }, { modality = "planned", location = "country/russia" }) }),
      rec("r", "2023-09-13", { ev(1, "talks", "2023-09-13", { kim, putin }, { location = vostochny }) }),
    }
    assert.are.equal(at["r#1"], at["p#1"])
    for _, c in ipairs(entries[at["r#1"]].conflicts) do assert.are_not.equal("location", c.field) end
  end)
end)
