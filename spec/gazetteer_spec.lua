-- The gazetteer (loading, run-time additions) and entity linking in text.
local kn = require "korea_nato"

local function mentions(text, published)
  local d = kn.analyze(text, { published = published or "2024-10-28" })
  local t = {}
  for _, m in ipairs(d:mentions()) do
    assert.are.equal(m.text, text:sub(m.start, m.stop))
    t[#t + 1] = m
  end
  return t, d
end

local function brief(list)
  local t = {}
  for _, m in ipairs(list) do
    t[#t + 1] = m.text .. "=" .. m.entity .. (m.holder and (">" .. m.holder) or "") .. "/" .. m.how
  end
  return t
end

describe("korea_nato.gazetteer", function()
  describe("default()", function()
    it("holds the Korea–NATO pack with offices that resolve by date", function()
      local g = kn.gazetteer.default()
      assert.is_true(#g >= 400)
      assert.are.equal("Cho Tae-yul", g:entity("person/cho-tae-yul").name)
      assert.are.equal("person/antony-blinken", g:holder("office/us-secretary-of-state", "2024-10-28"))
      assert.are.equal("person/marco-rubio", g:holder("office/us-secretary-of-state", "2025-04-03"))
      assert.are.equal("person/jens-stoltenberg", g:holder("office/nato-secretary-general", "2024-09-30"))
      assert.are.equal("person/mark-rutte", g:holder("office/nato-secretary-general", "2024-10-01"))
      -- Shoigu took over Russia's Security Council from Patrushev on 2024-05-12
      assert.are.equal("person/nikolai-patrushev", g:holder("office/ru-security-council-secretary", "2023-09-13"))
      assert.are.equal("person/sergei-shoigu", g:holder("office/ru-security-council-secretary", "2025-06-17"))
      local nato = 0
      for _, id in ipairs(g:ids("COUNTRY")) do
        local e = g:entity(id)
        if e.id then nato = nato + 1 end
      end
      assert.is_true(nato >= 45)
    end)
  end)

  describe("load_string()", function()
    it("rejects a file with errors whole, naming file and line", function()
      local g = kn.gazetteer.new()
      local ok, err = g:load_string(table.concat({
        "person/ok-one", "name: Ok One", "",
        "person/bad", "name: Bad", "colour: blue", "",
        "thing/x", "name: X", "",
        "office/o", "name: O", "holder: person/ok-one 2024-02-30 -", "",
        "person/ok-one", "name: Again",
      }, "\n"), "mine.kng")
      assert.is_nil(ok)
      assert.are.equal(table.concat({
        "mine.kng:6: unknown key 'colour'",
        "mine.kng:8: bad entity id (unknown kind or slug not lower-case a-z0-9-)",
        "mine.kng:13: bad holder 'person/ok-one 2024-02-30 -' (expected person/<slug> YYYY-MM-DD YYYY-MM-DD|-)",
        "mine.kng:15: duplicate id person/ok-one",
      }, "\n"), err)
      assert.are.equal(0, #g)
    end)

    it("reports unknown references when compiling", function()
      local g = kn.gazetteer.new()
      assert.truthy(g:load_string("office/x\nname: X\nholder: person/ghost 2024-01-01 -\n", "o.kng"))
      local ok, err = g:compile()
      assert.is_nil(ok)
      assert.are.equal("o.kng:3: unknown id 'person/ghost'", err)
    end)

    it("rejects overlapping terms of one office", function()
      local g = kn.gazetteer.new()
      local ok, err = g:load_string("office/x\nname: X\nholder: person/a 2024-01-01 2024-06-30\n"
        .. "holder: person/b 2024-06-01 -\n", "t.kng")
      assert.is_nil(ok)
      assert.matches("t.kng:4: holder term overlaps the previous one", err)
    end)
  end)

  describe(":add()", function()
    it("adds and overrides entities at run time", function()
      local g = kn.gazetteer.default(true)
      assert.truthy(g:add { id = "person/park-min-ji", name = "Park Min-ji",
        alias = { "Park Minji" }, short = "Park", country = "country/south-korea" })
      local d = kn.analyze("Analyst Park Min-ji said so. Park added more.", { gazetteer = g, published = "2024-10-28" })
      local got = {}
      for _, m in ipairs(d:mentions()) do got[#got + 1] = m.text .. "=" .. m.entity .. "/" .. m.how end
      assert.same({ "Park Min-ji=person/park-min-ji/name", "Park=person/park-min-ji/short" }, got)
      -- the shared default pack is untouched
      assert.is_nil(kn.gazetteer.default():entity("person/park-min-ji"))
      assert.truthy(g:add { id = "person/park-min-ji", name = "Park Min-ji", alias = "Minji Park" })
      assert.same({ "Minji Park" }, g:entity("person/park-min-ji").alias)
    end)

    it("renames an entity in the tables of a document analysed before", function()
      local g = kn.gazetteer.default(true)
      local d = kn.analyze("Cho Tae-yul spoke.", { gazetteer = g, published = "2024-10-28" })
      assert.are.equal("Cho Tae-yul", d._core:mentions()[1].name)
      assert.truthy(g:add { id = "person/cho-tae-yul", name = "Cho Tae-yul (FM)", alias = "Cho Tae-yeol" })
      g:core()
      assert.are.equal("Cho Tae-yul (FM)", d._core:mentions()[1].name)
    end)
  end)
end)

describe("entity linking", function()
  it("links a body named generically to the country of the nearest name before it, not of a demonym", function()
    local m = mentions("President Yoon Suk Yeol will fly to Washington next week to meet his American and Japanese "
      .. "counterparts, the presidential office said on Friday.", "2023-08-11")
    local b = brief(m)
    assert.are.equal("presidential office=org/kr-presidential-office/alias", b[#b])
  end)

  it("splits a title phrase into country, office with holder, and person", function()
    local m = mentions("South Korean Foreign Minister Cho Tae-yul met U.S. Secretary of State Antony Blinken.")
    assert.same({
      "South Korean=country/south-korea/demonym",
      "Foreign Minister=office/kr-foreign-minister>person/cho-tae-yul/office",
      "Cho Tae-yul=person/cho-tae-yul/name",
      "U.S.=country/united-states/alias",
      "Secretary of State=office/us-secretary-of-state>person/antony-blinken/office",
      "Antony Blinken=person/antony-blinken/name",
    }, brief(m))
  end)

  it("matches spelling, hyphen, diacritic and case variants", function()
    local m = mentions("Cho Tae Yul and Melanie Joly visited the Nato office, the Defence Ministry's annex.")
    local b = brief(m)
    assert.are.equal("Cho Tae Yul=person/cho-tae-yul/alias", b[1]:gsub("/name$", "/alias"))
    assert.truthy(b[2]:match("^Melanie Joly=person/melanie%-joly"))
    assert.truthy(b[3]:match("^Nato=org/nato"))
  end)

  it("keeps possessive clitics out of spans", function()
    local m = mentions("NATO's headquarters and Seoul’s envoy spoke.")
    assert.are.equal("NATO", m[1].text)
    assert.are.equal("Seoul", m[2].text)
  end)

  it("matches short capital aliases only in capitals", function()
    local m = mentions("The US said it would help us.")
    assert.same({ "US=country/united-states/alias" }, brief(m))
  end)

  it("resolves a standing title to the holder on the document's date", function()
    local a = mentions("The U.S. Secretary of State arrived.", "2024-10-28")
    local b = mentions("The U.S. Secretary of State arrived.", "2025-04-03")
    assert.are.equal("person/antony-blinken", a[2].holder)
    assert.are.equal("person/marco-rubio", b[2].holder)
    local c = mentions("NATO's Secretary General spoke on Monday.", "2024-12-02")
    assert.are.equal("office/nato-secretary-general", c[2].entity)
    assert.are.equal("person/mark-rutte", c[2].holder)
  end)

  it("reads a bare title and a short name as the office whose holder has that name", function()
    -- no country names the title: the holder on the day is Biden, not a new "Biden"
    local b = brief(mentions("President Biden and President Yoon Suk Yeol of South Korea met on Thursday.",
      "2024-07-11"))
    assert.are.equal("President=office/us-president>person/joe-biden/office", b[1])
    assert.are.equal("Biden=person/joe-biden/short", b[2])
  end)

  it("reads an apposition to a title as its holder, and a class or another post as no office", function()
    local function leader(text, day)
      for _, m in ipairs(mentions(text, day)) do
        if m.text == "leader" then return m.entity .. ">" .. tostring(m.holder) end
      end
      return nil
    end
    -- an apposition names the holder: "the leader, <holder>"
    assert.are.equal("office/kp-president-of-state-affairs>person/kim-jong-un",
      leader("State media said the test was guided by the leader, Kim Jong Un, on Sunday.", "2024-03-18"))
    -- other posts and generic uses are no office mention
    assert.is_nil(leader("The opposition leader called for a vote of no confidence.", "2024-03-18"))
    assert.is_nil(leader("South Korean opposition leader Lee Jae-myung met the envoy.", "2024-03-18"))
    assert.is_nil(leader("A Japanese leader of industry joined the trade mission.", "2024-03-18"))
    assert.is_nil(leader("He became the first South Korean leader to address the assembly.", "2024-03-18"))
    assert.is_nil(leader("The Russian leadership rejected the proposal.", "2024-03-18"))
    -- the same qualifiers keep other titles from standing for the incumbent
    local b = brief(mentions("It was the second time that a South Korean foreign minister joined the talks.",
      "2024-03-18"))
    assert.same({ "South Korean=country/south-korea/demonym" }, b)
  end)

  it("reads an honorific and a title as a form of address, never as a new person", function()
    local b = brief(mentions("President Lee Jae-myung took questions. Q: Mr. President, will you meet Kim? "
      .. "Q: Mr. Minister, and you? Q: Madam Secretary, one more?", "2025-09-02"))
    assert.same({ "President=office/kr-president>person/lee-jae-myung/office",
      "Lee Jae-myung=person/lee-jae-myung/name", "President=office/kr-president>person/lee-jae-myung/office" }, b)
    -- a name after the honorific is still a person
    b = brief(mentions("Mr. Ahn Jae-won, a retired diplomat, and Ms. Han Ye-rin spoke.", "2025-09-02"))
    assert.same({ "Ahn Jae-won=person/ahn-jae-won/new", "Han Ye-rin=person/han-ye-rin/new" }, b)
  end)

  it("links short names to the last full name, and not before one", function()
    local m = mentions("Kim met Austin. Defense Minister Kim Yong-hyun and JCS Chairman Kim Myung-soo flew in. "
      .. "Kim briefed reporters.")
    local b = brief(m)
    assert.are.equal("Defense Minister=office/kr-defense-minister>person/kim-yong-hyun/office", b[1])
    assert.are.equal("Kim=person/kim-myung-soo/short", b[#b])
  end)

  it("reads a capital as its government only where it acts", function()
    local m = mentions("Seoul said talks between Washington and Tokyo went well. Officials met in Seoul.")
    assert.same({
      "Seoul=country/south-korea/metonym",
      "Washington=country/united-states/metonym",
      "Tokyo=country/japan/metonym",
      "Seoul=location/seoul/name",
    }, brief(m))
  end)

  it("reads a capital in a dateline as the place, whatever punctuation follows it", function()
    for _, text in ipairs {
      "SEOUL, Nov. 14 (Yonhap) -- Seoul said the talks went well.",
      "BRUSSELS (AP) — Seoul said the talks went well.",
      "Link copied\n\nTOKYO -- Seoul said the talks went well.",
      "WASHINGTON – Seoul said the talks went well.",
    } do
      local b = brief(mentions(text))
      assert.truthy(b[1]:match("=location/"), text)
      assert.are.equal("Seoul=country/south-korea/metonym", b[#b], text)
    end
    -- a capital in capitals inside a line is not a dateline
    local b = brief(mentions("Officials said SEOUL, not Tokyo, would host it."))
    assert.are.equal("SEOUL=country/south-korea/metonym", b[1])
  end)

  it("finds people missing from the gazetteer after a title and records the discrepancy", function()
    local m, d = mentions("South Korean Defense Minister Kim Yong Hwan met Adm. Rob Smithers.", "2024-10-30")
    local b = brief(m)
    assert.are.equal("Defense Minister=office/kr-defense-minister>person/kim-yong-hwan/office", b[2])
    assert.are.equal("Kim Yong Hwan=person/kim-yong-hwan/new", b[3])
    assert.are.equal("Rob Smithers=person/rob-smithers/new", b[4])
    local x = d:discrepancies()[1]
    assert.are.equal("office/kr-defense-minister", x.office)
    assert.are.equal("person/kim-yong-hwan", x.named)
    assert.are.equal("person/kim-yong-hyun", x.holder)
  end)

  it("links a short form to a person the document introduced, until a known one is named", function()
    local m = mentions("Defense Minister Kim Yong Hwan met Austin. Kim warned Pyongyang. "
      .. "Defense Minister Kim Yong-hyun spoke later. Kim left.", "2024-10-30")
    local b = brief(m)
    assert.are.equal("Kim Yong Hwan=person/kim-yong-hwan/new", b[2])
    assert.are.equal("Kim=person/kim-yong-hwan/short", b[3])
    assert.are.equal("Kim=person/kim-yong-hyun/short", b[#b])
    -- a bare "Kim" already used for one person goes to the one named in
    -- full since (the usual wire style), not back to the first
    m = mentions("Defense Minister Kim Yong-hyun met Austin. Kim said the allies were ready. "
      .. "North Korean leader Kim Jong Un watched a launch. Kim called it a warning.", "2024-10-31")
    b = brief(m)
    assert.are.equal("Kim=person/kim-jong-un/short", b[#b])
  end)

  it("does not take former titles for offices", function()
    local m = mentions("Former Defense Minister Lee Jong-sup spoke.")
    assert.same({ "Lee Jong-sup=person/lee-jong-sup/name" }, brief(m))
  end)

  it("knows every UN member state with its capital, and keeps ambiguous names out", function()
    local function linked(text, published)
      local t = {}
      for _, m in ipairs(mentions(text, published)) do t[#t + 1] = m.text .. "=" .. m.entity end
      return t
    end
    local function has(list, x) for _, v in ipairs(list) do if v == x then return true end end return false end
    -- states, demonyms, capitals as places and as governments, bases
    local b = linked("Yoon Suk Yeol met Chinese President Xi Jinping in Lima on Nov. 15 on the sidelines of the "
      .. "APEC summit, hosted by Peruvian President Dina Boluarte.", "2024-11-16")
    assert.is_true(has(b, "Lima=location/lima"))
    assert.is_true(has(b, "Peruvian=country/peru"))
    assert.are.equal("country/peru", kn.gazetteer.default():entity("location/lima").metonym)
    b = linked("Riyadh said Saudi Arabia would host talks between U.S. and Russian officials. Laos, Uzbekistan, "
      .. "Brazil and Cuba sent envoys to Tashkent, and the United Arab Emirates (UAE) sent one to Vientiane.",
      "2025-02-16")
    for _, x in ipairs { "Riyadh=country/saudi-arabia", "Saudi Arabia=country/saudi-arabia", "Laos=country/laos",
      "Uzbekistan=country/uzbekistan", "Brazil=country/brazil", "Cuba=country/cuba", "Tashkent=location/tashkent",
      "United Arab Emirates=country/united-arab-emirates", "UAE=country/united-arab-emirates",
      "Vientiane=location/vientiane" } do
      assert.is_true(has(b, x), x)
    end
    b = linked("The U.S. Air Force's 8th Fighter Wing is based at Kunsan Air Base in Gunsan, and F-15s have "
      .. "flown from Kadena Air Base on Okinawa since 1979.")
    assert.is_true(has(b, "Kunsan Air Base=location/kunsan-air-base"))
    assert.is_true(has(b, "Kadena Air Base=location/kadena-air-base"))
    -- a state's bare name that is as often a person or a US state is linked
    -- only after the state was named otherwise in the same article
    assert.same({}, linked("Immigration agents raided a battery plant under construction in Ellabell, Georgia. "
      .. "Michael Jordan and Chad Smith watched. The troops were served a turkey dinner."))
    b = linked("Georgian Prime Minister Irakli Kobakhidze said Georgia would keep its course. Jordanian Foreign "
      .. "Minister Ayman Safadi said Jordan backed the talks.", "2024-10-28")
    for _, x in ipairs { "Georgian=country/georgia", "Georgia=country/georgia", "Jordanian=country/jordan",
      "Jordan=country/jordan" } do
      assert.is_true(has(b, x), x)
    end
    -- capitals whose bare names are mostly something else never match
    assert.same({}, linked("Victoria Nuland spoke. Male conscripts may not leave. Scholars at Georgetown University "
      .. "disagreed."))
    -- a place whose name holds a state's name is its own place
    b = linked("Officials from Northern Ireland and American Samoa toured the Niger Delta.")
    assert.same({ "Northern Ireland=location/northern-ireland", "American Samoa=location/american-samoa",
      "Niger Delta=location/niger-delta" }, b)
  end)

  it("counts a document's entities", function()
    local _, d = mentions("Cho met Rutte. Cho Tae-yul and Mark Rutte spoke. Rutte left.")
    local e = d:entities()
    assert.are.equal("person/mark-rutte", e[1].id)
    assert.are.equal(2, e[1].count)
  end)
end)

describe("entity linking: Russia's Pacific Fleet and its Security Council", function()
  it("links the title to the holder of the day and the fleet only when it is Russia's", function()
    local got = brief((mentions("Security Council Secretary Sergei Shoigu toured Russia's Pacific Fleet "
      .. "in Vladivostok on Tuesday.", "2025-06-18")))
    assert.are.same({ "Security Council Secretary=office/ru-security-council-secretary>person/sergei-shoigu/office",
      "Sergei Shoigu=person/sergei-shoigu/name", "Russia=country/russia/name",
      "Pacific Fleet=org/ru-pacific-fleet/alias", "Vladivostok=location/vladivostok/name" }, got)
    -- the US fleet of the same name is no entity of the gazetteer, and not Russia's
    got = brief((mentions("The U.S. Pacific Fleet said the carrier left Guam on Monday.", "2025-06-18")))
    assert.are.same({ "U.S.=country/united-states/alias", "Guam=location/guam/name" }, got)
  end)
end)
