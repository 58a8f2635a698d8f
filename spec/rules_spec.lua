-- User rules: LPeg patterns over sentence text adding mentions and events.
local kn = require "korea_nato"
local lpeg = require "lpeg"
local rules = require "korea_nato.rules"

local P, R = lpeg.P, lpeg.R

-- Written for these specs.
local TEXT = "Pyongyang tested a Hwasong-19 missile in Pyongyang on Thursday. "
  .. "The XHwasong-20 is not a name. "
  .. "South Korea and the United States opened Ulchi Freedom Shield in Seoul, and freedom shield drills went on. "
  .. "NATO said nothing."

local function texts(list)
  local t = {}
  for i, m in ipairs(list) do t[i] = m.text end
  return t
end

describe("korea_nato.rules", function()
  after_each(function() rules.clear() end)

  describe("add()", function()
    it("registers, replaces by name, lists and removes", function()
      assert.is_false(rules.active())
      assert.are.equal("hwasong", rules.add { name = "hwasong", pattern = "Hwasong-19", mention = { type = "WEAPON" } })
      rules.add { name = "exercise", pattern = { "Freedom Shield" }, event = { type = "exercise" } }
      rules.add { name = "hwasong", pattern = "Hwasong-18", mention = { type = "WEAPON" } }
      assert.same({ "hwasong", "exercise" }, rules.list())
      assert.is_true(rules.active())
      assert.are.equal(2, #rules)
      assert.are.equal("Rules (2): hwasong, exercise", tostring(rules))
      assert.is_true(rules.remove("hwasong"))
      assert.is_false(rules.remove("hwasong"))
      assert.same({ "exercise" }, rules.list())
      rules.clear()
      assert.are.equal("Rules (none)", tostring(rules))
    end)

    it("rejects malformed rules with exact messages", function()
      local function e(spec, msg) assert.has_error(function() rules.add(spec) end, msg) end
      e(nil, "bad argument #1 to 'add' (table expected, got nil)")
      e({ pattern = "x", mention = { type = "X" } }, "rules.add: 'name' must be a non-empty string")
      e({ name = "a", pattern = 3, mention = { type = "X" } },
        "rules.add: 'pattern' must be an LPeg pattern, a string or a list of strings")
      e({ name = "a", pattern = "", mention = { type = "X" } }, "rules.add: 'pattern' must not be empty")
      e({ name = "a", pattern = { "x", 2 }, mention = { type = "X" } },
        "rules.add: 'pattern' list item 2 is not a non-empty string")
      e({ name = "a", pattern = "x" }, "rules.add: give 'mention', 'event' or both")
      e({ name = "a", pattern = "x", mention = { type = "weapon" } },
        "rules.add: 'mention.type' must be an upper-case name such as \"WEAPON\"")
      e({ name = "a", pattern = "x", mention = { type = "W", entity = "Hwasong" } },
        "rules.add: 'mention.entity' must be an id such as \"weapon/hwasong-19\"")
      e({ name = "a", pattern = "x", event = {} }, "rules.add: 'event.type' must be a string such as \"exercise\"")
      e({ name = "a", pattern = "x", event = { type = "exercise", modality = "maybe" } },
        "rules.add: 'event.modality' must be occurred, planned or reported")
      assert.same({}, rules.list())
    end)
  end)

  describe("apply()", function()
    it("returns nothing without rules", function()
      local doc = kn.analyze(TEXT)
      local m, e = rules.apply(doc)
      assert.same({}, m)
      assert.same({}, e)
    end)

    it("finds LPeg matches at word boundaries with exact offsets", function()
      rules.add { name = "hwasong", pattern = P"Hwasong-" * R"09"^1, mention = { type = "WEAPON" } }
      local doc = kn.analyze(TEXT)
      local ms = doc:mentions { type = "WEAPON" }
      assert.same({ "Hwasong-19" }, texts(ms))      -- not inside "XHwasong-20"
      local m = ms[1]
      assert.are.equal(20, m.start)
      assert.are.equal(29, m.stop)
      assert.are.equal("Hwasong-19", TEXT:sub(m.start, m.stop))
      assert.are.equal("weapon/hwasong-19", m.entity)
      assert.are.equal("Hwasong-19", m.name)
      assert.are.equal("name", m.how)
      assert.are.equal("hwasong", m.rule)
      assert.are.equal(1, m.sentence)
    end)

    it("prefers the longest match, and matches strings in any case on request", function()
      rules.add { name = "ex", pattern = { "Freedom Shield", "Ulchi Freedom Shield" }, nocase = true,
        mention = { type = "EXERCISE" } }
      local doc = kn.analyze(TEXT)
      local ms = doc:mentions { type = "EXERCISE" }
      assert.same({ "Ulchi Freedom Shield", "freedom shield" }, texts(ms))
      assert.same({ "exercise/ulchi-freedom-shield", "exercise/freedom-shield" }, { ms[1].entity, ms[2].entity })
      for _, m in ipairs(ms) do assert.are.equal(m.text, TEXT:sub(m.start, m.stop)) end
    end)

    it("passes captures to an entity function, which may name the entity", function()
      rules.add { name = "hw", pattern = P"Hwasong-" * lpeg.C(R"09"^1),
        mention = { type = "WEAPON", entity = function(_, n) return "weapon/hs-" .. n, "Hwasong " .. n end,
                    name = function(_, n) return "Hwasong-" .. n .. " ICBM" end } }
      local m = kn.analyze(TEXT):mentions { type = "WEAPON" }[1]
      assert.are.equal("weapon/hs-19", m.entity)
      assert.are.equal("Hwasong-19 ICBM", m.name)
    end)

    it("drops a match that overlaps one of the core's mentions", function()
      rules.add { name = "nato", pattern = "NATO said", mention = { type = "THING" } }
      rules.add { name = "said", pattern = "said nothing", mention = { type = "THING" } }
      local doc = kn.analyze(TEXT)
      assert.same({ "said nothing" }, texts(doc:mentions { type = "THING" }))
      assert.are.equal(1, #doc:mentions { entity = "org/nato" })
    end)

    it("keeps mentions in text order with the core's", function()
      rules.add { name = "hwasong", pattern = "Hwasong-19", mention = { type = "WEAPON" } }
      local prev = 0
      for _, m in ipairs(kn.analyze(TEXT):mentions()) do
        assert.is_true(m.start > prev)
        prev = m.start
      end
    end)

    it("makes events with the sentence's participants and place", function()
      rules.add { name = "ex", pattern = "Ulchi Freedom Shield", event = { type = "exercise" } }
      local doc = kn.analyze(TEXT, { id = "note-1", published = "2024-08-19" })
      local _, evs = rules.apply(doc)
      assert.are.equal(1, #evs)
      local e = evs[1]
      assert.are.equal("note-1#r1", e.id)
      assert.are.equal("exercise", e.type)
      assert.are.equal("150", e.cameo)
      assert.are.equal("MOBILIZE", e.plover)
      assert.are.equal("occurred", e.modality)
      assert.same({ text = "Ulchi Freedom Shield", start = 137, stop = 156 }, e.trigger)
      assert.are.equal("Ulchi Freedom Shield", TEXT:sub(e.trigger.start, e.trigger.stop))
      assert.are.equal(3, e.sentence)
      assert.same({ "country/south-korea", "country/united-states" }, e.participants)
      assert.are.equal("location/seoul", e.location)
    end)

    it("takes participants, place, date and modality from the rule", function()
      rules.add { name = "hw", pattern = "Hwasong-19", event = { type = "weapons_test", cameo = "190",
        participants = { "country/north-korea" },
        location = function(ctx)
          for _, m in ipairs(ctx.mentions) do
            if m.type == "LOCATION" then return m.entity end
          end
        end,
        date = function(ctx) return ctx.doc.published end, modality = "reported" } }
      local doc = kn.analyze(TEXT, { published = "2024-10-31" })
      local _, evs = rules.apply(doc)
      assert.are.equal(1, #evs)
      assert.same({ "country/north-korea" }, evs[1].participants)
      assert.are.equal("location/pyongyang", evs[1].location)
      assert.are.equal("2024-10-31", evs[1].date)
      assert.are.equal("190", evs[1].cameo)
      assert.are.equal("reported", evs[1].modality)
    end)

    it("hands its events to the document", function()
      rules.add { name = "ex", pattern = "Ulchi Freedom Shield", event = { type = "exercise" } }
      local doc = kn.analyze(TEXT, { id = "note-2" })
      local found
      for _, e in ipairs(doc:events()) do
        if e.rule == "ex" then found = e end
      end
      assert.is_not_nil(found)
      assert.are.equal("Ulchi Freedom Shield", found.trigger.text)
      local rec = kn.json.decode(doc:tojson())
      local types = {}
      for _, e in ipairs(rec.events) do types[e.type] = true end
      assert.is_true(types.exercise)
    end)

    it("reports an entity function that gives no id", function()
      rules.add { name = "bad", pattern = "Hwasong-19", mention = { type = "WEAPON", entity = function() return nil end } }
      assert.has_error(function() kn.analyze(TEXT) end, "rule 'bad': mention.entity returned nil for \"Hwasong-19\"")
    end)
  end)

  describe("load()", function()
    it("runs a file of rules and names the ones it added", function()
      local path = os.tmpname()
      local h = assert(io.open(path, "w"))
      h:write('rules.add{ name = "hs", pattern = lpeg.P"Hwasong-" * lpeg.R"09"^1, mention = { type = "WEAPON" } }\n')
      h:close()
      assert.same({ "hs" }, rules.load(path))
      assert.same({ "weapon/hwasong-19" }, { kn.analyze(TEXT):mentions { type = "WEAPON" }[1].entity })
      os.remove(path)
    end)

    it("returns the error of a bad file", function()
      local ok, err = rules.load("spec/fixtures/no-such-rules.lua")
      assert.is_nil(ok)
      assert.matches("no%-such%-rules%.lua", err)
    end)
  end)
end)
