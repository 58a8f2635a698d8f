-- Event extraction: triggers, arguments, modality, codes.
local kn = require "korea_nato"

local H = require "helpers"
local events, parts, find = H.events, H.parts, H.find

describe("event extraction: coordinated verb phrases and calls", function()
  it("dates a past verb by its own day when a later conjunct is a plan", function()
    local ev = events("Antony Blinken held talks with Cho Tae-yul in Seoul on Monday and is set to fly to Paris "
      .. "later this week.", "2025-01-07")
    local e = find(ev, "talks")
    assert.are.equal("2025-01-06", e.date)
    assert.are.equal("occurred", e.modality)
    assert.are.equal("person/antony-blinken person/cho-tae-yul", parts(e))
    -- a plan of its own stays one
    ev = events("Antony Blinken is set to hold talks with Cho Tae-yul on Monday.", "2025-01-03")
    assert.are.equal("2025-01-06", find(ev, "talks").date)
    assert.are.equal("planned", find(ev, "talks").modality)
  end)

  it("gives the verb after 'and will' the day of its own conjunct", function()
    local ev = events("Antony Blinken held talks with Cho Tae-yul on Monday and will travel to Tokyo on Tuesday.",
      "2025-01-06")
    assert.are.equal("2025-01-06", find(ev, "talks").date)
    local v = find(ev, "travel")
    assert.are.equal("2025-01-07", v.date)
    assert.are.equal("planned", v.modality)
    assert.are.equal("location/tokyo", v.location)
  end)

  it("finds a call told as talking with someone by phone", function()
    local ev = events("Japanese Prime Minister Shigeru Ishiba spoke with Donald Trump by phone on Thursday, "
      .. "congratulating him on his election victory.", "2024-11-08")
    local e = find(ev, "spoke")
    assert.are.equal("call", e.type)
    assert.are.equal("2024-11-07", e.date)
    assert.are.equal("person/donald-trump person/shigeru-ishiba", parts(e))
    ev = events("President Yoon Suk Yeol held a telephone conversation with Donald Trump on Thursday.", "2024-11-08")
    assert.are.equal("call", find(ev, "conversation").type)
    -- talking with others, the phone an event of its own: one call, on its noun
    ev = events("Shigeru Ishiba spoke with reporters in Tokyo on Thursday after a phone call with Donald Trump.",
      "2024-11-08")
    assert.is_nil(find(ev, "spoke"))
    assert.are.equal("call", find(ev, "call").type)
  end)

  it("finds a host receiving a guest named with country and title", function()
    local ev = events("Russian President Vladimir Putin received North Korean Foreign Minister Choe Son Hui at the "
      .. "Kremlin on Monday.", "2024-11-05")
    local e = find(ev, "received")
    assert.are.equal("meeting", e.type)
    assert.are.equal("2024-11-04", e.date)
    assert.are.equal("person/choe-son-hui person/vladimir-putin", parts(e))
    -- welcoming a decision is no meeting, however its owner is named
    assert.is_nil(find(events("Seoul welcomed NATO's decision on Monday.", "2024-11-05"), "welcomed"))
    assert.is_nil(find(events("South Korea welcomed the U.S. decision on Monday.", "2024-11-05"), "welcomed"))
  end)

  it("takes the place told after the object noun of a signing", function()
    local ev = events("Kim Jong Un and Vladimir Putin signed a comprehensive strategic partnership treaty in "
      .. "Pyongyang on Wednesday.", "2024-06-20")
    assert.are.equal(1, #ev)
    assert.are.equal("location/pyongyang", ev[1].location)
    assert.are.equal("2024-06-19", ev[1].date)
    -- a place of another noun after it is not the signing's
    ev = events("Kim Jong Un and Vladimir Putin signed the treaty on Wednesday after talks in Moscow.", "2024-06-20")
    assert.is_nil(find(ev, "signed").location)
  end)

  it("takes the base forms 'receive' and 'welcome' of a host meeting a guest", function()
    local ev = events("Kim Jong Un chose to receive Sergei Lavrov at his seaside resort in Wonsan on Saturday.",
      "2025-07-13")
    local e = find(ev, "receive")
    assert.are.equal("meeting", e.type)
    assert.are.equal("2025-07-12", e.date)
    assert.are.equal("person/kim-jong-un person/sergei-lavrov", parts(e))
    -- receiving a thing is no meeting
    assert.is_nil(find(events("Seoul will receive a briefing from Washington on Friday.", "2025-07-13"), "receive"))
  end)
end)

describe("event extraction", function()
  it("finds a meeting with its participants, place, date and codes", function()
    local ev = events("South Korean Foreign Minister Cho Tae-yul met NATO Secretary General Mark Rutte "
      .. "in Brussels on Monday.", "2024-11-06")
    assert.are.equal(1, #ev)
    local e = ev[1]
    assert.are.equal("t#1", e.id)
    assert.are.equal("meeting", e.type)
    assert.are.equal("met", e.trigger.text)
    assert.are.equal("person/cho-tae-yul person/mark-rutte", parts(e))
    assert.are.equal("location/brussels", e.location)
    assert.are.equal("2024-11-04", e.date)
    assert.are.equal("occurred", e.modality)
    assert.are.equal("044", e.cameo)
    assert.are.equal("CONSULT", e.plover)
  end)

  it("marks planned events and codes them as intent to meet", function()
    local ev = events("Defense Minister Kim Yong-hyun will hold talks with Lloyd Austin in Washington on Wednesday.",
      "2024-10-28")
    local e = ev[1]
    assert.are.equal("talks", e.type)
    assert.are.equal("planned", e.modality)
    assert.are.equal("2024-10-30", e.date)
    assert.are.equal("036", e.cameo)
    assert.are.equal("AGREE", e.plover)
    assert.are.equal("person/kim-yong-hyun person/lloyd-austin", parts(e))
  end)

  it("keeps reporting sources out and marks attributed events as reported", function()
    local ev = events("North Korea has sent about 10,000 troops to Russia, according to the National "
      .. "Intelligence Service.", "2024-10-28")
    local e = ev[1]
    assert.are.equal("deployment", e.type)
    assert.are.equal("country/north-korea", parts(e))
    assert.are.equal("reported", e.modality)
  end)

  it("reads 'the Russian leader' as the holder that day of the country's leading office", function()
    local ev = events("The Russian leader met Kim Jong Un in Pyongyang on Wednesday.", "2024-06-21")
    assert.are.equal("person/kim-jong-un person/vladimir-putin", parts(ev[1]))
    ev = events("Russia's leader met Kim Jong Un in Pyongyang on Wednesday.", "2024-06-21")
    assert.are.equal("person/kim-jong-un person/vladimir-putin", parts(ev[1]))
    -- by the publication day: Kishida to 2024-10-01, then Ishiba
    ev = events("The Japanese leader met Yoon Suk Yeol in Seoul on Friday.", "2024-09-07")
    assert.are.equal("person/fumio-kishida person/yoon-suk-yeol", parts(ev[1]))
    ev = events("The Japanese leader met Yoon Suk Yeol in Lima on Friday.", "2024-11-16")
    assert.are.equal("person/shigeru-ishiba person/yoon-suk-yeol", parts(ev[1]))
    -- not a class or another time, and not the one who reports it
    ev = events("The former South Korean leader met Mark Rutte in Seoul on Wednesday.", "2024-10-29")
    assert.are.equal("person/mark-rutte", parts(ev[1]))
    ev = events("Kim Jong Un will visit Moscow next month, the Russian leader said.", "2024-10-29")
    assert.are.equal("person/kim-jong-un", parts(ev[1]))
    -- the leader who owns another party takes no part; one who owns the event does
    ev = events("Kim Jong Un met the Russian leader's defence minister in Pyongyang on Saturday.", "2024-11-30")
    assert.are.equal("person/kim-jong-un", parts(ev[1]))
    ev = events("The Russian leader's visit to Pyongyang ended on Wednesday.", "2024-06-21")
    assert.are.equal("person/vladimir-putin", parts(ev[1]))
    -- a leader-elect is not the holder
    ev = events("The South Korean leader-elect met Japanese envoys in Seoul on Monday.", "2022-04-26")
    assert.is_nil(parts(ev[1]):find("person/", 1, true))
  end)

  it("takes whom a call, an invitation, a briefing or a visit comes 'from' as a party", function()
    local ev = events("Donald Trump received a phone call from Yoon Suk Yeol on Thursday.", "2024-11-08")
    assert.are.equal("person/donald-trump person/yoon-suk-yeol", parts(ev[1]))
    ev = events("Shigeru Ishiba received a call on Wednesday from Yoon Suk Yeol.", "2024-10-03")
    assert.are.equal("person/shigeru-ishiba person/yoon-suk-yeol", parts(ev[1]))
    assert.are.equal("2024-10-02", ev[1].date)
    ev = events("Lee Jae-myung received an invitation from Mark Rutte to attend the NATO summit in The Hague.",
      "2025-06-10")
    assert.are.equal("person/lee-jae-myung person/mark-rutte", parts(find(ev, "invitation")))
    -- a capital the caller speaks from is a place, not the government,
    -- unless the call or invitation is received from it
    ev = events("Yoon Suk Yeol held a call from Seoul with Volodymyr Zelenskyy on Thursday.", "2024-11-08")
    assert.are.equal("person/volodymyr-zelenskyy person/yoon-suk-yeol", parts(ev[1]))
    ev = events("Kim Jong Un received an invitation from Moscow to visit Russia.", "2024-06-21")
    assert.are.equal("country/russia person/kim-jong-un", parts(find(ev, "invitation")))
    -- a place the visitor comes from stays no party
    ev = events("Antony Blinken paid a visit to Tokyo from Seoul on Tuesday.", "2025-01-08")
    assert.are.equal("person/antony-blinken", parts(ev[1]))
    assert.are.equal("location/tokyo", ev[1].location)
  end)

  it("takes who returns from a trip or talks as a party of them", function()
    local ev = events("Yoon Suk Yeol returned home from a six-day trip to the Philippines, Singapore and Laos on Friday.",
      "2024-10-12")
    assert.are.equal("person/yoon-suk-yeol", parts(find(ev, "trip")))
    assert.are.equal("2024-10-11", find(ev, "trip").date)
    ev = events("Kim Yong-hyun returned from the talks in Washington.", "2024-11-02")
    assert.are.equal("person/kim-yong-hyun", parts(find(ev, "talks")))
    -- not any verb before "from": one left out takes no part
    ev = events("North Korea was absent from the talks in Washington on Wednesday.", "2024-10-12")
    assert.are.equal("", parts(find(ev, "talks")))
    -- "back" after a verb of coming, not of withdrawing
    ev = events("Yoon Suk Yeol came back from the summit in Washington on Friday.", "2024-07-13")
    assert.are.equal("person/yoon-suk-yeol", parts(find(ev, "summit")))
    ev = events("North Korea pulled back from the six-party talks in 2009.", "2024-10-12")
    assert.are.equal("", parts(find(ev, "talks")))
  end)

  it("keeps out the body whose spokesman or official reports the event", function()
    local ev = events("Antony Blinken will visit Seoul next week, State Department spokesman Matthew Miller said.",
      "2025-01-02")
    assert.are.equal("person/antony-blinken", parts(ev[1]))
    ev = events("Lloyd Austin will travel to Tokyo on Sunday, a Pentagon spokesman said.", "2024-07-25")
    assert.are.equal("person/lloyd-austin", parts(ev[1]))
    assert.are.equal("2024-07-28", ev[1].date)
    ev = events("Kim Yong-hyun will meet Lloyd Austin in Washington on Wednesday, Defense Ministry spokesman "
      .. "Jeon Ha-kyu said.", "2024-10-29")
    assert.are.equal("person/kim-yong-hyun person/lloyd-austin", parts(ev[1]))
    ev = events("North Korea has sent about 3,000 troops to Russia, a senior Pentagon official said.", "2024-10-29")
    assert.are.equal("country/north-korea", parts(ev[1]))
    -- a body that takes part keeps its place; its spokeswoman is no name
    ev = events("NATO will meet South Korea's foreign minister on Thursday, its spokeswoman said.", "2024-10-29")
    assert.are.equal("org/nato person/cho-tae-yul", parts(ev[1]))
    ev = events("Yoon Suk Yeol met NATO officials in Seoul on Monday.", "2024-10-29")
    assert.are.equal("org/nato person/yoon-suk-yeol", parts(ev[1]))
  end)

  it("needs a missile for a launch and troops for a dispatch", function()
    assert.are.equal(0, #events("The ministry launched a new website on Friday."))
    local ev = events("North Korea fired an intercontinental ballistic missile on Thursday.", "2024-11-01")
    assert.are.equal("weapons_test", ev[1].type)
    assert.are.equal("2024-10-31", ev[1].date)
    assert.are.equal("150", ev[1].cameo)
  end)

  it("drops negated and hypothetical events", function()
    assert.are.equal(0, #events("Cho Tae-yul did not meet Mark Rutte on Monday."))
    assert.are.equal(0, #events("Cho Tae-yul could meet Mark Rutte on Monday."))
  end)

  it("drops the object noun of a negated or hypothetical verb, however long its modifiers", function()
    -- the verb's own window reaches three words; the object's head lies further off
    assert.are.equal(0, #events("On Thursday, Japan and South Korea could sign a new military intelligence pact, "
      .. "officials said.", "2024-10-29"))
    assert.are.equal(0, #events("Yoon Suk Yeol and Fumio Kishida could hold their next bilateral summit in Seoul "
      .. "on Thursday, officials said.", "2024-03-12"))
    assert.are.equal(0, #events("Japan and South Korea did not attend this year's NATO summit in Washington.",
      "2024-07-12"))
    -- near misses: the same objects of a verb that is neither negated nor hypothetical
    local ev = events("Japan and South Korea will sign a new military intelligence pact on Thursday, officials said.",
      "2024-10-29")
    assert.are.equal(1, #ev)
    assert.are.equal("planned", ev[1].modality)
    assert.are.equal("2024-10-31", ev[1].date)
    ev = events("Officials could not confirm the report, but Seoul and Tokyo signed a new fisheries pact on Thursday.",
      "2024-10-29")
    assert.are.equal(1, #ev)
    assert.are.equal("occurred", ev[1].modality)
    assert.are.equal("2024-10-24", ev[1].date)
  end)

  it("dates a plan reported with 'were expected to' ahead of the saying, as 'would' is", function()
    -- reported speech shifts "are expected to" back to "were expected to";
    -- the signing is still to come: the coming Friday, planned
    local ev = events("South Korean officials said Defence Minister Kim Yong-hyun and his Australian counterpart "
      .. "Richard Marles were expected to sign the accord in Canberra on Friday.", "2024-10-29")
    local e = find(ev, "sign")
    assert.are.equal("2024-11-01", e.date)
    assert.are.equal("planned", e.modality)
    e = find(events("On Friday, the two defence ministers were due to sign the logistics accord in Seoul, "
      .. "officials said.", "2024-10-29"), "sign")
    assert.are.equal("2024-11-01", e.date)
    assert.are.equal("planned", e.modality)
    -- near misses: no saying, a plan that had been (pluperfect), or a saying
    -- with its own day, whose Monday is the one after that day
    e = find(events("Kim Yong-hyun and Richard Marles were expected to sign the accord in Canberra on Friday.",
      "2024-10-29"), "sign")
    assert.are.equal("2024-10-25", e.date)
    e = find(events("Officials said Kim Yong-hyun and Richard Marles had been expected to sign the accord on Friday.",
      "2024-10-29"), "sign")
    assert.are.equal("2024-10-25", e.date)
    e = find(events("The ministry said on Friday that Kim Yong-hyun and Richard Marles were expected to sign the "
      .. "accord on Monday.", "2024-10-29"), "sign")
    assert.are.equal("2024-10-28", e.date)
  end)

  it("does not date a clause a statement reports without 'that' by the statement's day", function()
    local ev = events("South Korea's foreign ministry said in a statement on Monday the talks with Tokyo had been "
      .. "productive.", "2024-10-29")
    assert.are.equal("2024-10-28", find(ev, "statement").date)
    local t = find(ev, "talks")
    assert.is_not_nil(t)
    assert.is_nil(t.date)
    -- near miss: no reported clause, no finite verb of its own after the noun
    ev = events("South Korea's foreign ministry issued a statement on Monday after the talks with Tokyo.", "2024-10-29")
    assert.are.equal("2024-10-28", find(ev, "talks").date)
  end)

  it("marks an event planned when its date is a week, month or year still to come", function()
    -- a period that begins after publication is as surely ahead as a day
    local ev = events("The trilateral summit of the United States, Japan and South Korea will be held next week in "
      .. "Washington, officials said.", "2024-10-29")
    local e = find(ev, "summit")
    assert.are.equal("2024-W45", e.date)
    assert.are.equal("planned", e.modality)
    e = find(events("The Nuclear Consultative Group talks are to be held next month in Seoul.", "2024-10-29"), "talks")
    assert.are.equal("2024-11", e.date)
    assert.are.equal("planned", e.modality)
    -- near miss: a period already begun or past is told as it is
    e = find(events("The trilateral summit was held last week in Washington, officials said.", "2024-10-29"), "summit")
    assert.are.equal("2024-W43", e.date)
    assert.are.equal("occurred", e.modality)
  end)

  it("dates a quotation broken by its attribution by the date opening its first part", function()
    local ev = events('"On Friday," Mark Rutte said, "NATO will sign the cyber defence agreement with Seoul."',
      "2024-10-29")
    local e = find(ev, "sign")
    assert.are.equal("2024-11-01", e.date)
    assert.are.equal("planned", e.modality)
    -- the same without the marks, as before
    e = find(events("On Friday, Mark Rutte said, NATO will sign the cyber defence agreement with Seoul.", "2024-10-29"),
      "sign")
    assert.are.equal("2024-11-01", e.date)
    -- near miss: a first part that is no date leaves the event undated
    e = find(events('"This matters," Mark Rutte said, "and NATO will sign the cyber defence agreement with Seoul."',
      "2024-10-29"), "sign")
    assert.is_nil(e.date)
  end)

  it("dates an event moved 'from X to Y' by Y when the verb comes before its object", function()
    local ev = events("Seoul brought forward the joint air drills with Washington from Nov. 20 to Nov. 12, "
      .. "the defence ministry said.", "2024-10-29")
    local e = find(ev, "drills")
    assert.are.equal("2024-11-12", e.date)
    assert.is_nil(e.date_end)
    assert.are.equal("planned", e.modality)
    e = find(events("Seoul brought the joint air drills forward from Nov. 20 to Nov. 12, the defence ministry said.",
      "2024-10-29"), "drills")
    assert.are.equal("2024-11-12", e.date)
    assert.is_nil(e.date_end)
    -- near miss: a span that is no move keeps both ends
    e = find(events("South Korea and the United States will stage the joint air drills from Nov. 12 to Nov. 20, "
      .. "the defence ministry said.", "2024-10-29"), "drills")
    assert.are.equal("2024-11-12", e.date)
    assert.are.equal("2024-11-20", e.date_end)
  end)

  it("keeps the span of an event gone ahead with, or of forces moved, and dates a delay by its new day", function()
    -- "moved ahead with" goes on with the drills: no rescheduling
    local e = find(events("Japan moved ahead with the joint drills from Nov. 4 to Nov. 8.", "2024-10-29"), "drills")
    assert.are.equal("2024-11-04", e.date)
    assert.are.equal("2024-11-08", e.date_end)
    -- troops moved over a span are a deployment, not an event put off
    e = events("South Korea moved the troops from Oct. 23 to Oct. 28.", "2024-10-29")[1]
    assert.are.equal("deployment", e.type)
    assert.are.equal("2024-10-23", e.date)
    assert.are.equal("2024-10-28", e.date_end)
    -- "delayed X from A to B" moves X to B
    e = find(events("Seoul and Washington delayed the joint drills from Nov. 4 to Nov. 8.", "2024-10-29"), "drills")
    assert.are.equal("2024-11-08", e.date)
    assert.is_nil(e.date_end)
    -- near misses: a move before the object is still a move
    e = find(events("Seoul brought forward the joint drills from Nov. 20 to Nov. 12.", "2024-10-29"), "drills")
    assert.are.equal("2024-11-12", e.date)
    assert.is_nil(e.date_end)
    e = find(events("Seoul moved the joint drills with Tokyo from Nov. 4 to Nov. 8.", "2024-10-29"), "drills")
    assert.are.equal("2024-11-08", e.date)
    assert.is_nil(e.date_end)
  end)

  it("never gives a span that ends before it starts", function()
    -- "pulled ... forward" is no verb of moving the rules know: the two
    -- dates read as a span must still not run backwards
    local e = find(events("Seoul pulled the joint air drills forward from Nov. 20 to Nov. 12, the defence ministry said.",
      "2024-10-29"), "drills")
    assert.is_not_nil(e.date)
    assert.is_true(e.date_end == nil or e.date_end >= e.date)
  end)

  it("dates a reversed 'from X to Y' by its end, the new day of a move forward", function()
    local e = find(events("Seoul pulled the joint air drills forward from Nov. 20 to Nov. 12, the defence ministry said.",
      "2024-10-29"), "drills")
    assert.are.equal("2024-11-12", e.date)
    assert.is_nil(e.date_end)
    -- near miss: a span in order keeps both ends
    e = find(events("South Korea and the United States will stage the joint air drills from Nov. 12 to Nov. 20.",
      "2024-10-29"), "drills")
    assert.are.equal("2024-11-12", e.date)
    assert.are.equal("2024-11-20", e.date_end)
  end)

  it("reads 'was confirmed for' a day as set for it: the event's date, planned, no statement", function()
    local ev = events("The summit between Yoon Suk Yeol and Fumio Kishida was confirmed for Thursday, officials said.",
      "2023-03-14")
    assert.are.equal(1, #ev)
    local e = ev[1]
    assert.are.equal("meeting", e.type)
    assert.are.equal("2023-03-16", e.date)
    assert.are.equal("planned", e.modality)
    assert.are.equal("person/fumio-kishida person/yoon-suk-yeol", parts(e))
    -- near miss: a confirming of something said stays a statement, of its own day
    ev = events("South Korea's presidential office confirmed on Monday that Yoon Suk Yeol would visit Tokyo.",
      "2023-03-14")
    local st = find(ev, "confirmed")
    assert.is_not_nil(st)
    assert.are.equal("2023-03-13", st.date)
  end)

  it("does not give a future clause after ', and' the past date of the clause before", function()
    local ev = events("Yoon Suk Yeol met Fumio Kishida in Tokyo on March 16, and Joe Biden will host the two "
      .. "leaders at Camp David.", "2023-03-20")
    assert.are.equal("2023-03-16", find(ev, "met").date)
    local h = find(ev, "host")
    assert.are.equal("planned", h.modality)
    assert.is_nil(h.date)
    -- near misses: a past second clause shares the day, and so does a
    -- future one after a future first clause
    ev = events("Yoon Suk Yeol met Fumio Kishida in Tokyo on March 16, and Joe Biden hosted the two leaders at "
      .. "Camp David.", "2023-03-20")
    assert.are.equal("2023-03-16", find(ev, "hosted").date)
    ev = events("Yoon Suk Yeol will meet Fumio Kishida at Camp David on Aug. 18, and Joe Biden will host the two "
      .. "leaders there.", "2023-08-10")
    assert.are.equal("2023-08-18", find(ev, "host").date)
  end)

  it("ends a negation's reach at 'but' before a verb of its own, and lets 'did not hesitate to' negate nothing", function()
    -- not this, but that: the talks were held, by the subject of both verbs
    local ev = events("Yoon Suk Yeol did not attend the NATO summit but held talks with Mark Rutte on Monday.",
      "2024-10-29")
    assert.are.equal(1, #ev)
    assert.are.equal("talks", ev[1].type)
    assert.are.equal("occurred", ev[1].modality)
    assert.are.equal("2024-10-28", ev[1].date)
    assert.are.equal("person/mark-rutte person/yoon-suk-yeol", parts(ev[1]))
    -- a verb of holding back before "to" negates nothing: the pact stays
    ev = events("Yoon Suk Yeol did not hesitate to sign the new defence pact with Washington on Monday.", "2024-10-29")
    assert.is_not_nil(find(ev, "pact"))
    -- near misses: a second negated verb, a negated object with no "but"
    assert.are.equal(0, #events("Yoon Suk Yeol did not attend the NATO summit and did not hold talks with "
      .. "Mark Rutte on Monday.", "2024-10-29"))
    assert.are.equal(0, #events("Yoon Suk Yeol did not sign the new defence pact with Washington on Monday.",
      "2024-10-29"))
  end)

  it("reads 'were expected to' as past when the sentence says how the plan ended", function()
    -- carried out ("did so"), replaced ("instead") or undone ("but ... cancelled"): the Friday is last Friday
    local ev = events("The ministers were expected to meet on Friday, and they did so in Seoul, officials said.",
      "2024-10-29")
    assert.are.equal(1, #ev)
    assert.are.equal("2024-10-25", ev[1].date)
    assert.are.equal("occurred", ev[1].modality)
    ev = events("Officials said the two leaders, who were expected to meet on Friday, met instead on Monday.",
      "2024-10-29")
    assert.are.equal("2024-10-25", find(ev, "meet").date)
    assert.are.equal("2024-10-28", find(ev, "met").date)
    ev = events("The ministers were expected to sign the accord on Friday, officials said, but the ceremony was "
      .. "cancelled.", "2024-10-29")
    assert.are.equal("2024-10-25", find(ev, "sign").date)
    -- near miss: a plan only reported stays ahead of the saying
    ev = events("Officials said the foreign ministers were expected to sign the accord in Seoul on Friday.",
      "2024-10-29")
    assert.are.equal("2024-11-01", find(ev, "sign").date)
    assert.are.equal("planned", find(ev, "sign").modality)
  end)

  it("drops an outcome a verb of failing takes, not the talks it failed in", function()
    local ev = events("Japan and China failed to sign a fisheries accord in Beijing on Wednesday.", "2024-10-31")
    assert.are.equal(0, #ev)
    ev = events("The envoys failed to reach an agreement in talks in Geneva on Tuesday.", "2024-10-31")
    assert.are.equal(1, #ev)
    assert.are.equal("talks", ev[1].type)
    assert.are.equal("occurred", ev[1].modality)
    ev = events("Seoul and Washington held talks on Tuesday but failed to settle on a cost-sharing deal.", "2024-10-31")
    assert.is_not_nil(find(ev, "talks"))
    assert.is_nil(find(ev, "deal"))
    -- only the infinitive's verb and its object: not past a coordinator,
    -- "during", or a participle after the object
    ev = events("The two delegations failed to bridge their gaps but agreed to resume talks in Oslo next week.",
      "2024-10-31")
    assert.is_not_nil(find(ev, "agreed"))
    ev = events("Manila and Hanoi failed to agree during a meeting in Hanoi on Tuesday.", "2024-10-31")
    assert.is_not_nil(find(ev, "meeting"))
    ev = events("Parliament failed to ratify the trade pact signed with Canberra in March.", "2024-10-31")
    assert.is_not_nil(find(ev, "signed"))
    -- "failed" as an adjective negates nothing
    ev = events("The failed summit in Hanoi in 2019 still weighs on the talks.", "2024-10-31")
    assert.is_not_nil(find(ev, "summit"))
  end)

  it("reads a named meeting as a meeting and a phone call as a call", function()
    local ev = events("Kim Yong-hyun and Lloyd Austin attended the Security Consultative Meeting on Oct. 30. "
      .. "Yoon Suk Yeol and Mark Rutte held phone talks on Monday.", "2024-10-31")
    local types = {}
    for _, e in ipairs(ev) do types[#types + 1] = e.type .. ":" .. e.trigger.text end
    -- two triggers of one happening in a sentence are one event; a verb like
    -- "attend" whose object is the meeting leaves the trigger to the noun
    assert.same({ "meeting:Security Consultative Meeting", "call:talks" }, types)
  end)

  it("gives a range its end date", function()
    local ev = events("NATO foreign ministers will gather in Brussels from Wednesday to Friday.", "2025-03-31")
    assert.are.equal("2025-04-02", ev[1].date)
    assert.are.equal("2025-04-04", ev[1].date_end)
    -- a pair of weekdays to come, published on the second's weekday: both ahead
    ev = events("The nuclear envoys will meet in Jakarta on Sunday and Monday.", "2025-03-31")
    assert.are.equal("2025-04-06", ev[1].date)
    assert.are.equal("2025-04-07", ev[1].date_end)
  end)

  it("takes no party from a dateline", function()
    local ev = events("WASHINGTON — Cho Tae-yul met Antony Blinken on Monday.", "2024-11-06")
    assert.are.equal(1, #ev)
    assert.are.equal("person/antony-blinken person/cho-tae-yul", parts(ev[1]))
  end)

  it("takes no party from the country after a dateline's city ('BUSAN, South Korea (AP) -')", function()
    local ev = events("Asia briefing\n\nBUSAN, South Korea (AP) - A U.S. aircraft carrier arrived in Busan on Saturday "
      .. "ahead of drills with Japan.", "2024-06-22")
    assert.are.equal("country/united-states", parts(find(ev, "arrived")))
    ev = events("TOKYO, Japan (AP) — Envoys of South Korea and the United States met in Tokyo on Friday.", "2024-06-22")
    assert.are.equal("country/south-korea country/united-states", parts(find(ev, "met")))
  end)

  it("splits a saying from the clause it reports", function()
    local ev = events("NATO confirmed for the first time that North Korea had sent troops to Russia.", "2024-11-06")
    assert.are.equal(2, #ev)
    assert.are.equal("confirmed", ev[1].trigger.text)
    assert.are.equal("org/nato", parts(ev[1]))
    assert.are.equal("sent", ev[2].trigger.text)
    assert.are.equal("country/north-korea", parts(ev[2]))
  end)

  it("gives a statement verb its speaker, not its object", function()
    local ev = events("Cho Tae-yul denounced Russia on Tuesday.", "2024-11-06")
    assert.are.equal("statement", ev[1].type)
    assert.are.equal("person/cho-tae-yul", parts(ev[1]))
    assert.are.equal("2024-11-05", ev[1].date)
  end)

  it("carries the date and the parties to a definite noun naming the event again", function()
    local ev = events("Cho Tae-yul met Mark Rutte in Brussels on Monday. "
      .. "The meeting followed months of tension between Seoul and Moscow. They agreed to meet again.", "2024-11-06")
    assert.are.equal(3, #ev)
    assert.are.equal("meeting", ev[2].trigger.text)
    assert.are.equal("person/cho-tae-yul person/mark-rutte", parts(ev[2]))
    assert.are.equal("2024-11-04", ev[2].date)
    -- a pronoun names the parties again
    assert.are.equal("agreed", ev[3].trigger.text)
    assert.are.equal("person/cho-tae-yul person/mark-rutte", parts(ev[3]))
  end)

  it("gives a noun naming the event again the parties the sentence before names", function()
    -- no event in the sentence before: whoever it names takes part
    local ev = events("Around the table were Fumio Kishida, Anthony Albanese and Yoon Suk Yeol. "
      .. "The gathering was overshadowed by a missile launch.", "2023-07-13")
    assert.are.equal("gathering", ev[1].trigger.text)
    assert.are.equal("person/anthony-albanese person/fumio-kishida person/yoon-suk-yeol", parts(ev[1]))
    -- its own parties stay: "after the meeting, Austin said"
    ev = events("Kim Yong-hyun and Lloyd Austin met at the Pentagon on Wednesday. "
      .. "At a news conference after the meeting, Austin said the allies were consulting closely.", "2024-10-31")
    assert.are.equal(2, #ev)
    assert.are.equal("person/kim-yong-hyun person/lloyd-austin", parts(ev[2]))
  end)

  it("takes no parties from a sentence before that tells of other events only", function()
    -- the next meeting is not one set apart as "bilateral" or "separate"
    local ev = events("An official said Yoon Suk Yeol would hold a bilateral meeting with Joe Biden on Friday "
      .. "and separate talks with Fumio Kishida. The meeting follows months of thawing ties.", "2023-08-16")
    assert.are.equal(3, #ev)
    assert.are.equal("meeting", ev[3].trigger.text)
    assert.are.equal("", parts(ev[3]))
    -- a launch is no meeting
    ev = events("North Korea fired a ballistic missile on Monday. The session of the council ran late.", "2024-11-06")
    assert.are.equal("session", ev[#ev].trigger.text)
    assert.are.equal("", parts(ev[#ev]))
  end)

  it("dates a headline event by the lead's event of its kind", function()
    local ev = events("S. Korea, U.S. kick off Freedom Shield drills\n\nSEOUL, March 10 (Yonhap) -- South Korea "
      .. "and the United States began the Freedom Shield exercise on Monday for an 11-day run through March 20.",
      "2025-03-10")
    assert.are.equal("drills", ev[1].trigger.text)
    assert.are.equal("2025-03-10", ev[1].date)
    assert.are.equal("2025-03-20", ev[1].date_end)
    -- a lead that tells of something else dates nothing in the headline
    ev = events("Cho to attend NATO meeting in Brussels\n\nNorth Korea fired a ballistic missile on Monday, "
      .. "the military said.", "2025-03-31")
    assert.are.equal("attend", ev[1].trigger.text)
    assert.is_nil(ev[1].date)
    -- a date of the headline's own stays
    ev = events("Yoon to meet Kishida on Friday\n\nPresident Yoon Suk Yeol will hold talks with Japanese "
      .. "Prime Minister Fumio Kishida in Tokyo this week.", "2023-03-14")
    assert.are.equal("meet", ev[1].trigger.text)
    assert.are.equal("2023-03-17", ev[1].date)
  end)

  it("keeps two troop moves of one sentence as two events", function()
    local ev = events("Mark Rutte confirmed on Monday that North Korean troops have been sent to Russia and that "
      .. "some of their units are now deployed in the Kursk region.", "2024-10-28")
    assert.are.equal(3, #ev)
    assert.are.equal("sent", ev[2].trigger.text)
    assert.are.equal("deployed", ev[3].trigger.text)
    assert.are.equal("country/north-korea", parts(ev[3]))
  end)

  it("reads 'the three' as the three people named before, besides its own parties", function()
    local ev = events("Joe Biden welcomed Yoon Suk Yeol and Fumio Kishida to Camp David on Friday, where Egypt and "
      .. "Israel signed their peace accords in 1978. The three leaders agreed to meet every year.", "2023-08-22")
    assert.are.equal("agreed", ev[#ev].trigger.text)
    assert.are.equal("person/fumio-kishida person/joe-biden person/yoon-suk-yeol", parts(ev[#ev]))
    ev = events("Yoon Suk Yeol, Joe Biden and Fumio Kishida met at Camp David on Friday. The three leaders talked "
      .. "for two hours, in what Biden called a historic day.", "2023-08-19")
    assert.are.equal("talked", ev[2].trigger.text)
    assert.are.equal("person/fumio-kishida person/joe-biden person/yoon-suk-yeol", parts(ev[2]))
  end)

  it("gives a relative clause on a person that person as its subject", function()
    local ev = events("Yoon Suk Yeol, who attended the Madrid summit in June last year, will fly to Vilnius on Monday.",
      "2023-07-09")
    -- attend is a support verb: the summit is the trigger, "Madrid" only names it
    assert.are.equal("summit", ev[1].trigger.text)
    assert.are.equal("person/yoon-suk-yeol", parts(ev[1]))
    assert.are.equal("2022-06", ev[1].date)
  end)

  it("reads a hyphenated number as one modifier of the noun ('the two-day gathering')", function()
    local ev = events("Donald Trump, who attended the two-day gathering after days of doubt, said the US stood "
      .. "with its allies.", "2025-06-25")
    assert.are.equal(1, #ev)
    assert.are.equal("gathering", ev[1].trigger.text)
    assert.are.equal("person/donald-trump", parts(ev[1]))
  end)

  it("reads a body's report as a statement that occurred, an outlet's as none", function()
    local ev = events("South Korea's National Intelligence Service reported on Thursday that North Korea had sent "
      .. "1,500 troops to Russia.", "2024-10-18")
    assert.are.equal("reported", ev[1].trigger.text)
    assert.are.equal("statement", ev[1].type)
    assert.are.equal("org/kr-national-intelligence-service", parts(ev[1]))
    assert.are.equal("2024-10-17", ev[1].date)
    assert.are.equal("occurred", ev[1].modality)
    ev = events("Cho Tae-yul will attend the NATO foreign ministers' meeting in Brussels on April 3, Yonhap News "
      .. "Agency reported on Friday.", "2024-03-29")
    assert.are.equal(1, #ev)
    assert.are.equal("meeting", ev[1].type)
  end)

  it("leaves a participle or a series name to the meeting noun it tells of", function()
    local ev = events("On Wednesday evening, Yoon Suk Yeol will attend a welcome dinner hosted by Joe Biden at the "
      .. "White House.", "2024-07-05")
    assert.are.equal(1, #ev)
    assert.are.equal("dinner", ev[1].trigger.text)
    assert.are.equal("person/joe-biden person/yoon-suk-yeol", parts(ev[1]))
    assert.are.equal("planned", ev[1].modality)
    ev = events("North Korea's defence ministry denounced the Nuclear Consultative Group meeting that South Korean "
      .. "and American officials held in Washington last week.", "2023-12-19")
    assert.are.equal(2, #ev)
    assert.are.equal("meeting", ev[2].trigger.text)
    assert.are.equal("2023-W50", ev[2].date)
    -- the speaker of "denounced" is no party of what it denounced; demonyms
    -- joined by "and" before "officials" are both parties
    assert.are.equal("country/south-korea country/united-states", parts(ev[2]))
  end)

  it("takes the people named in apposition, not the country of 'their Japanese counterparts'", function()
    local ev = events("Lloyd Austin and Antony Blinken met their Japanese counterparts, Minoru Kihara and Yoko "
      .. "Kamikawa, in Tokyo on Sunday.", "2024-07-29")
    assert.are.equal(1, #ev)
    assert.are.equal("person/antony-blinken person/lloyd-austin person/minoru-kihara person/yoko-kamikawa",
      parts(ev[1]))
  end)

  it("takes who a subject trigger 'included' as its parties", function()
    local ev = events("Yoon Suk Yeol met NATO leaders in Washington on Thursday. The session included Fumio "
      .. "Kishida and Christopher Luxon.", "2024-07-11")
    assert.are.equal(2, #ev)
    assert.are.equal("session", ev[2].trigger.text)
    assert.are.equal("org/nato person/christopher-luxon person/fumio-kishida person/yoon-suk-yeol", parts(ev[2]))
  end)

  it("takes the agent of a passive predicate of the subject trigger as its parties, one event", function()
    local ev = events("Talks, held in Tokyo on Tuesday, were attended by Foreign Minister Cho Tae-yul and Japanese "
      .. "Foreign Minister Yoko Kamikawa.", "2024-03-20")
    assert.are.equal(1, #ev)
    local t = find(ev, "Talks")
    assert.are.equal("talks", t.type)
    assert.are.equal("person/cho-tae-yul person/yoko-kamikawa", parts(t))
    assert.are.equal("location/tokyo", t.location)
    assert.are.equal("2024-03-19", t.date)
    -- the verb of an object is its own event: 'was attended' needs the trigger as its subject
    ev = events("Cho Tae-yul met Yoko Kamikawa in Tokyo on Tuesday, and a dinner was hosted by Kamikawa.", "2024-03-20")
    assert.is_not_nil(find(ev, "met"))
  end)

  it("reads 'was chaired by X and attended by Y' as one event with the chair and the attendees", function()
    local ev = events("The session was chaired by Penny Wong and attended by the defence ministers of Japan and "
      .. "the Philippines on Thursday.", "2024-09-02")
    assert.are.equal(1, #ev)
    assert.are.equal("session", ev[1].trigger.text)
    assert.are.equal("country/japan country/philippines person/penny-wong", parts(ev[1]))
    ev = events("The talks were led by Antony Blinken and attended by envoys from Japan and Australia on Tuesday.",
      "2024-09-02")
    assert.are.equal(1, #ev)
    assert.are.equal("country/australia country/japan person/antony-blinken", parts(ev[1]))
    -- a second verb that tells of no part taken stays out
    ev = events("The talks were held in Geneva and hailed by Washington as a breakthrough on Monday.", "2024-09-02")
    assert.are.equal("", parts(find(ev, "talks")))
  end)

  it("reads a noun with ', hosted by X and attended by Y,' set off by commas as one event dated by the main verb", function()
    local ev = events("The summit, hosted by Spain and attended by the prime ministers of Japan and New Zealand, "
      .. "ended on Thursday.", "2025-03-17")
    assert.are.equal(1, #ev)
    assert.are.equal("summit", ev[1].trigger.text)
    assert.are.equal("country/japan country/new-zealand country/spain", parts(ev[1]))
    assert.are.equal("2025-03-13", ev[1].date)
    ev = events("The talks, chaired by Penny Wong, opened in Canberra on Monday.", "2025-03-17")
    assert.are.equal(1, #ev)
    assert.are.equal("talks", ev[1].trigger.text)
    assert.are.equal("person/penny-wong", parts(ev[1]))
    assert.are.equal("2025-03-17", ev[1].date)
    -- a participle with no agent after its comma names no party
    ev = events("The summit, held in Madrid, ended on Thursday.", "2025-03-17")
    assert.are.equal(1, #ev)
    assert.are.equal("", parts(ev[1]))
    -- a verb trigger's comma participle is not folded into it
    ev = events("Japan met Canada in Ottawa on Monday, hosted by Canada.", "2025-03-17")
    assert.is_not_nil(find(ev, "met"))
  end)

  it("gives the talks both agents of ', mediated by X and hosted by Y,' but not a critic's", function()
    local ev = events("The border talks, mediated by Norway and hosted by Sweden, reopened in Stockholm on Tuesday.",
      "2025-03-17")
    assert.are.equal(1, #ev)
    assert.are.equal("country/norway country/sweden", parts(find(ev, "talks")))
    ev = events("The negotiations, hosted by Finland and brokered by Norway, stalled on Friday.", "2025-03-17")
    assert.are.equal("country/finland country/norway", parts(find(ev, "negotiations")))
    -- an agent who only judges the talks takes no part
    ev = events("The border talks, mediated by Norway and condemned by Russia, reopened on Tuesday.", "2025-03-17")
    assert.are.equal("country/norway", parts(find(ev, "talks")))
    -- a deal's broker is no side of the deal
    ev = events("The accord, brokered by Norway, was signed by Sweden and Finland on Monday.", "2025-03-17")
    assert.are.equal("country/finland country/sweden", parts(find(ev, "signed")))
  end)

  it("takes no critic named in 'criticized by X' or 'condemned by X' on the event for a party", function()
    local ev = events("The US-Japan naval drills, criticized by Russia and Iran, started off Okinawa on Tuesday.",
      "2025-03-17")
    assert.are.equal("country/japan country/united-states", parts(find(ev, "drills")))
    ev = events("Joint drills, denounced by Pyongyang, opened near Busan on Sunday.", "2025-03-17")
    assert.are.equal("", parts(find(ev, "drills")))
    ev = events("The air drills, which were criticized by China, began on Sunday.", "2025-03-17")
    assert.are.equal("", parts(find(ev, "drills")))
    -- the host or attendee of a second passive is still a party
    ev = events("The forum was attended by Canada and criticized by Russia.", "2025-03-17")
    assert.are.equal("country/canada", parts(find(ev, "forum")))
    -- and a statement's own agent is its speaker
    ev = events("The drills were condemned by North Korea on Sunday.", "2025-03-17")
    assert.are.equal("country/north-korea", parts(find(ev, "condemned")))
  end)

  it("dates a subject noun by its main verb past a relative clause set off by commas, not by the clause's date", function()
    local ev = events("Talks between Australia and the Philippines, which opened in Manila on Tuesday, closed on "
      .. "Thursday.", "2025-03-17")
    assert.are.equal(1, #ev)
    assert.are.equal("2025-03-13", ev[1].date)
    ev = events("Negotiations between Japan and Canada, which began on Monday, will resume on Friday.", "2025-03-17")
    assert.are.equal("2025-03-21", ev[1].date)
    -- "and" after the closing comma joins another subject: no predicate of the noun
    ev = events("Talks between Japan and Canada, which opened on Monday, and a summit in Ottawa ended on Thursday.",
      "2025-03-17")
    assert.is_nil(find(ev, "Talks").date)
    -- the relative clause's own names are no parties of the talks
    ev = events("Talks between Seoul and Tokyo, which Beijing opposes, resumed on Thursday.", "2025-03-17")
    assert.are.equal("2025-03-13", find(ev, "Talks").date)
    assert.are.equal("country/japan country/south-korea", parts(find(ev, "Talks")))
    -- … while the names of the predicate past it are (an adverb may stand before the verb)
    ev = events("Talks between Seoul and Tokyo, which opened on Monday, brought together Cho Tae-yul and Takeshi Iwaya.",
      "2025-03-17")
    assert.are.equal("country/japan country/south-korea person/cho-tae-yul person/takeshi-iwaya", parts(find(ev, "Talks")))
    ev = events("Talks between South Korea and Japan, which opened on Monday, also included the United States on "
      .. "Wednesday.", "2025-03-17")
    assert.are.equal("2025-03-12", find(ev, "Talks").date)
    assert.are.equal("country/japan country/south-korea country/united-states", parts(find(ev, "Talks")))
    -- a noun after the closing comma is no predicate: the officials' Thursday does not date the talks
    ev = events("Talks between Japan and Canada, which opened on Monday, officials on Thursday called productive.",
      "2025-03-17")
    assert.is_nil(find(ev, "Talks").date)
  end)

  it("takes a present verb of the event's course that agrees with the subject as its predicate past a relative clause", function()
    local ev = events("The conference of Polish and Czech ministers, which opened on Monday, resumes on Thursday.",
      "2025-03-18")
    assert.are.equal("2025-03-20", find(ev, "conference").date)
    ev = events("The exercise of Finnish and Swedish troops, which began on Sunday, continues on Friday.", "2025-03-18")
    assert.are.equal("2025-03-21", find(ev, "exercise").date)
    -- a form that does not agree with the subject is no predicate of it
    ev = events("The conference of Polish and Czech ministers, which opened on Monday, resume on Thursday.",
      "2025-03-18")
    assert.is_nil(find(ev, "conference").date)
  end)

  it("keeps a subject noun whose relative clause holds a statement verb, and ends that verb's clause at its comma", function()
    local ev = events("The conference, which Moscow denounced, closed in Warsaw on Thursday.", "2025-03-17")
    local e = find(ev, "conference")
    assert.is_not_nil(e)
    assert.are.equal("2025-03-13", e.date)
    assert.are.equal("location/warsaw", e.location)
    assert.are.equal("", parts(e))
    -- the statement takes neither the place nor the day of the predicate past the closing comma
    e = find(ev, "denounced")
    assert.are.equal("country/russia", parts(e))
    assert.is_nil(e.location)
    assert.is_nil(e.date)
    ev = events("The session of Polish and Lithuanian defense chiefs, which Iran condemned, wrapped up in Riga on "
      .. "Tuesday.", "2025-03-17")
    e = find(ev, "session")
    assert.are.equal("2025-03-11", e.date)
    assert.are.equal("location/riga", e.location)
    assert.are.equal("country/lithuania country/poland", parts(e))
    assert.is_nil(find(ev, "condemned").location)
    -- the relative clause's own place and day stay its verb's
    ev = events("The forum, which Tehran condemned in Geneva on Sunday, closed on Thursday.", "2025-03-17")
    assert.are.equal("2025-03-13", find(ev, "forum").date)
    assert.is_nil(find(ev, "forum").location)
    assert.are.equal("2025-03-16", find(ev, "condemned").date)
    assert.are.equal("location/geneva", find(ev, "condemned").location)
  end)

  it("gives a meeting the subject of a relative clause that attends, hosts or holds it, as one event", function()
    local ev = events("The summit, which Yoon Suk Yeol will attend, opens in Vilnius on July 11.", "2023-07-01")
    assert.are.equal(1, #ev)
    assert.are.equal("summit", ev[1].trigger.text)
    assert.are.equal("person/yoon-suk-yeol", parts(ev[1]))
    assert.are.equal("2023-07-11", ev[1].date)
    assert.are.equal("planned", ev[1].modality)
    ev = events("The summit that Fumio Kishida and Yoon Suk Yeol will attend opens in Vilnius on July 11.", "2023-07-01")
    assert.are.equal(1, #ev)
    assert.are.equal("summit", ev[1].trigger.text)
    assert.are.equal("person/fumio-kishida person/yoon-suk-yeol", parts(ev[1]))
    assert.are.equal("planned", ev[1].modality)
    ev = events("The talks, which Cho Tae-yul and Antony Blinken will hold in Seoul, open on Thursday.", "2024-10-29")
    assert.are.equal("person/antony-blinken person/cho-tae-yul", parts(find(ev, "talks")))
    -- a possessor only places the office holder after it
    ev = events("The summit, which South Korea's president will attend, opens in Vilnius on July 11.", "2023-07-01")
    assert.are.equal("person/yoon-suk-yeol", parts(ev[1]))
    -- not a clause whose verb is no support verb: its subject is a critic
    ev = events("The summit, which Pyongyang condemned, opens in Vilnius on July 11.", "2023-07-01")
    assert.are.equal("", parts(find(ev, "summit")))
  end)

  it("dates the talks of a participle clause by its own day, not the reported clause's future", function()
    local ev = events("Richard Marles, speaking after talks with Japan on Tuesday, said the allies would expand drills.",
      "2024-11-01")
    local e = find(ev, "talks")
    assert.are.equal("2024-10-29", e.date)
    assert.are.equal("occurred", e.modality)
  end)

  it("dates an event by the verb that ends it when nothing else dates it", function()
    local ev = events("The drills off Pohang ended on Saturday.", "2025-03-17")
    assert.are.equal(1, #ev)
    assert.are.equal("2025-03-15", ev[1].date)
    -- "through" bounds a span; it gives no start
    ev = events("The exercise in Pohang runs through Saturday.", "2025-03-17")
    for _, e in ipairs(ev) do assert.is_nil(e.date) end
  end)

  it("dates a clause by the date opening its sentence across an attribution set off by commas", function()
    local e = find(events("On Thursday, the ministry said, Seoul and Warsaw signed a new arms accord.", "2024-10-29"),
      "signed")
    assert.are.equal("2024-10-24", e.date)
    e = find(events("On Friday, officials said, the two sides will sign the maritime agreement.", "2024-10-29"), "sign")
    assert.are.equal("2024-11-01", e.date)
    assert.are.equal("planned", e.modality)
    -- the clause's own date wins, and with no comma after the verb the
    -- date is the saying's
    e = find(events("On Thursday, the ministry said, the two sides will sign an accord next month.", "2024-10-29"),
      "sign")
    assert.are.equal("2024-11", e.date)
    e = find(events("On Thursday, the ministry said Seoul and Warsaw signed a new arms accord.", "2024-10-29"), "signed")
    assert.is_nil(e.date)
  end)

  it("does not date what a statement reports by the statement's day", function()
    local ev = events("The foreign ministry confirmed on Friday that the summit would go ahead.", "2024-10-29")
    assert.are.equal("2024-10-25", find(ev, "confirmed").date)
    assert.is_nil(find(ev, "summit").date)
    -- nor is an attribution after a definite subject dated by the event it
    -- interrupts: it is a reaction, of its own day
    ev = events("The summit on Friday, the presidential office confirmed, is expected to focus on North Korea.",
      "2024-10-29")
    assert.are.equal("2024-11-01", find(ev, "summit").date)
    local e = find(ev, "confirmed")
    assert.are.equal("statement", e.type)
    assert.is_nil(e.date)
    assert.are.equal("occurred", e.modality)
  end)

  it("takes a subject noun's future predicate for a planned event, with no date to tell it", function()
    local e = find(events("The trilateral summit will be held in Seoul.", "2024-10-29"), "summit")
    assert.are.equal("planned", e.modality)
    e = find(events("The defense talks in Canberra are expected to focus on submarines.", "2024-10-29"), "talks")
    assert.are.equal("planned", e.modality)
    e = find(events("The trilateral summit is to be held in Seoul.", "2024-10-29"), "summit")
    assert.are.equal("planned", e.modality)
    -- a past one, or an expectation told in the past, is no plan
    e = find(events("The trilateral summit was held in Seoul.", "2024-10-29"), "summit")
    assert.are.equal("occurred", e.modality)
    e = find(events("The Geneva talks with Pyongyang's envoy were expected to be the final round before the winter.",
      "2024-12-04"), "talks")
    assert.are.equal("occurred", e.modality)
    -- nor is what a past event "will" bring
    e = find(events("The Hanoi summit will be remembered as a cautionary tale for negotiators.", "2024-10-29"), "summit")
    assert.are.equal("occurred", e.modality)
    e = find(events("The Vilnius summit will go down as a missed chance, the minister said.", "2024-10-29"), "summit")
    assert.are.equal("occurred", e.modality)
    e = find(events("The meeting between Cho and Blinken last week will shape the 2+2 talks.", "2024-10-29"), "meeting")
    assert.are.equal("occurred", e.modality)
  end)

  it("does not date a statement by the day it sets something for", function()
    local e = find(events("The talks were announced for Thursday in Geneva, the ministry said.", "2024-10-29"), "announced")
    assert.are.equal("statement", e.type)
    assert.is_nil(e.date)
    assert.are.equal("occurred", e.modality)
  end)

  it("dates an event moved from one day to another by the new day", function()
    local e = find(events("The trilateral summit was brought forward from Jan. 15 to Dec. 10, officials said.",
      "2024-10-29"), "summit")
    assert.are.equal("2024-12-10", e.date)
    assert.are.equal("", e.date_end or "")
    e = find(events("The defense talks in Canberra were moved back from Friday to Monday.", "2024-10-29"), "talks")
    assert.are.equal("2024-10-28", e.date)
    -- a span "from ... to" with no verb of moving stays a span, "scaled
    -- back" too
    e = find(events("Large-scale joint drills were scaled back from 2018 to 2022 to support diplomacy.", "2024-10-29"),
      "drills")
    assert.are.equal("2018", e.date)
    assert.are.equal("2022", e.date_end)
    e = find(events("The drills ran from Nov. 4 to Nov. 8, the ministry said.", "2024-10-29"), "drills")
    assert.are.equal("2024-11-04", e.date)
    assert.are.equal("2024-11-08", e.date_end)
  end)

  it("does not date an agreement by the day it ended or lapsed", function()
    local ev = events("The fisheries accord between Tokyo and Seoul expired on Wednesday.", "2025-03-17")
    local e = find(ev, "accord")
    assert.are.equal("agreement", e.type)
    assert.is_nil(e.date)
    ev = events("The maritime pact between Japan and the Philippines ended on Friday after two years.", "2025-03-17")
    assert.is_nil(find(ev, "pact").date)
    -- made earlier: a mention told before still dates it
    ev = events("Canada and Japan signed a defense pact in 2019. The pact lapsed on Tuesday.", "2025-03-17")
    assert.are.equal("2019", find(ev, "pact").date)
    -- the signing day stays the agreement's; drills still end on theirs
    ev = events("The security pact, which expires in 2030, was signed by Japan and Canada on Monday.", "2025-03-17")
    assert.are.equal("2025-03-17", find(ev, "signed").date)
    ev = events("The naval drills off Okinawa ended on Thursday.", "2025-03-17")
    assert.are.equal("2025-03-13", find(ev, "drills").date)
    -- an agreement "concluded" or "closed" was made that day, and a verb
    -- that ends another event in a clause of its own still dates the deal
    ev = events("The framework agreement between Seoul and Warsaw, concluded on Oct. 2, covers 180 more tanks.",
      "2024-10-29")
    assert.are.equal("2024-10-02", find(ev, "agreement").date)
    ev = events("The arms deal between South Korea and Poland, closed on Tuesday, is worth $6 billion.", "2024-10-29")
    assert.are.equal("2024-10-29", find(ev, "deal").date)
    ev = events("Seoul and Warsaw signed the second K2 tank contract as the defense fair in Kielce ended on Friday.",
      "2024-10-29")
    assert.are.equal("2024-10-25", find(ev, "signed").date)
    ev = events("The agreement came as a US ultimatum expired on Sunday.", "2024-10-29")
    assert.are.equal("2024-10-27", find(ev, "agreement").date)
    -- a year after "in" as well; drills that ended in a year keep it
    ev = events("The intelligence pact between Japan and South Korea lapsed in 2019 before the two sides restored it.",
      "2024-10-29")
    assert.is_nil(find(ev, "pact").date)
    ev = events("The naval drills between Japan and South Korea ended in 2019.", "2024-10-29")
    assert.are.equal("2019", find(ev, "drills").date)
  end)

  it("gives who 'drew' or 'brought together' names to the subject trigger, not to one in its phrase", function()
    local ev = events("Talks following the NATO summit in Washington drew Secretary of State Antony Blinken and "
      .. "Japanese Foreign Minister Yoko Kamikawa.", "2024-07-12")
    local t = find(ev, "Talks")
    assert.are.equal("talks", t.type)
    assert.are.equal("person/antony-blinken person/yoko-kamikawa", parts(t))
    assert.are.equal("", parts(find(ev, "NATO summit")))
    ev = events("The talks after the summit brought together Cho Tae-yul and Antony Blinken.", "2024-07-12")
    assert.are.equal("person/antony-blinken person/cho-tae-yul", parts(find(ev, "talks")))
    assert.are.equal("", parts(find(ev, "summit")))
    -- a name right after the verb only: 'drew condemnation from Beijing' names who condemns
    ev = events("The talks after the summit drew condemnation from Beijing.", "2024-07-12")
    assert.is_nil(find(ev, "talks"))
    assert.are.equal("country/china", parts(find(ev, "condemnation")))
  end)

  it("reads 'Talks' or 'Meetings' opening a sentence or following a dateline as the noun, never a verb", function()
    -- a noun: the relative clause after it gives its parties, place and day
    local ev = events("SEOUL, March 20 (Wire) -- Talks that Foreign Minister Cho Tae-yul and Japanese Foreign "
      .. "Minister Yoko Kamikawa held in Tokyo on Tuesday focused on North Korea.", "2024-03-20")
    local t = find(ev, "Talks")
    assert.are.equal("talks", t.type)
    assert.are.equal("2024-03-19", t.date)
    assert.are.equal("location/tokyo", t.location)
    assert.are.equal("person/cho-tae-yul person/yoko-kamikawa", parts(t))
    -- a plural listed only after a determiner ('the meetings') opens the sentence without one
    ev = events("Foreign Minister Cho Tae-yul met Secretary of State Antony Blinken in Seoul on Monday. "
      .. "Meetings between Cho and Blinken will continue on Friday in Seoul.", "2024-03-20")
    local m = find(ev, "Meetings")
    assert.are.equal("meeting", m.type)
    assert.are.equal("planned", m.modality)
    assert.are.equal("2024-03-22", m.date)
    assert.are.equal("person/antony-blinken person/cho-tae-yul", parts(m))
    -- inside a sentence it still needs the determiner: 'regular meetings' is a kind
    ev = events("Cho Tae-yul said regular meetings with Antony Blinken were useful.", "2024-03-20")
    assert.is_nil(find(ev, "meetings"))
  end)

  it("reads 'he' as the subject named before, not the last name", function()
    local ev = events("Jens Stoltenberg told Yoon Suk Yeol on Tuesday that the war in Ukraine touched allies in Asia, "
      .. "and he praised Seoul. He had visited Seoul in January.", "2023-07-11")
    assert.are.equal(1, #ev)
    assert.are.equal("visited", ev[1].trigger.text)
    assert.are.equal("person/jens-stoltenberg", parts(ev[1]))
  end)

  it("reads 'I' in a transcript as the speaker its turn's label names, and as nobody after 'Q:'", function()
    local text = "TRANSCRIPT\n\nSecretary of State Antony Blinken and Foreign Minister Park Jin hold a joint press "
      .. "availability\n\nSECRETARY BLINKEN: Good afternoon. Thank you, Minister Park.\n\nI also met President "
      .. "Yoon Suk Yeol in Seoul on Monday.\n\nQ: Mr. Blinken, I visited Tokyo last week. Will you go again?\n\n"
      .. "SECRETARY BLINKEN: I visited Tokyo on Friday."
    local ev = events(text, "2023-04-10")
    assert.are.equal("person/antony-blinken person/yoon-suk-yeol", parts(find(ev, "met")))
    local v = {}
    for _, e in ipairs(ev) do if e.trigger.text == "visited" then v[#v + 1] = e end end
    assert.are.equal(2, #v)
    assert.are.equal("", parts(v[1]))              -- the questioner is nobody the text names
    assert.are.equal("person/antony-blinken", parts(v[2]))
    -- no label: a quoted "I" stays unresolved
    ev = events("Antony Blinken met Park Jin in Seoul on Monday. \"I met Yoon Suk Yeol on Tuesday,\" Blinken said.",
      "2023-04-12")
    assert.are.equal("person/yoon-suk-yeol", parts(ev[2]))
    -- an "I" the speaker quotes is the one quoted, not the speaker
    ev = events("TRANSCRIPT\n\nSecretary of State Antony Blinken and Foreign Minister Park Jin hold a joint press "
      .. "availability\n\nSECRETARY BLINKEN: Thank you. President Yoon Suk Yeol told me on Monday, \"I met Prime "
      .. "Minister Fumio Kishida in Tokyo last month.\"", "2023-04-10")
    local m = find(ev, "met")
    assert.is_not_nil(m)
    assert.is_nil(parts(m):find("antony-blinken", 1, true))
  end)

  it("takes the clause's parties for a noun after 'during', not after 'on'", function()
    local ev = events("Yoon Suk Yeol thanked Mark Rutte during a phone call on Monday.", "2024-10-29")
    assert.are.equal(1, #ev)
    assert.are.equal("person/mark-rutte person/yoon-suk-yeol", parts(ev[1]))
    ev = events("Pyongyang has not commented on the planned summit of Yoon Suk Yeol and Joe Biden.", "2024-10-29")
    assert.are.equal("person/joe-biden person/yoon-suk-yeol", parts(ev[1]))
  end)

  it("keeps a named meeting on whose sidelines another met apart, and merges 'met … for' it", function()
    local ev = events("Joe Biden and Yoon Suk Yeol met on Thursday on the sidelines of the NATO summit in "
      .. "Washington.", "2024-07-11")
    assert.are.equal(2, #ev)
    assert.are.equal("met", ev[1].trigger.text)
    assert.are.equal("2024-07-11", ev[1].date)
    -- the day is the meeting's, not the summit's
    assert.are.equal("NATO summit", ev[2].trigger.text)
    assert.is_nil(ev[2].date)
    ev = events("Lloyd Austin met Shin Won-sik in Seoul on Monday for the 55th Security Consultative Meeting.",
      "2023-11-14")
    assert.are.equal(1, #ev)
    assert.are.equal("met", ev[1].trigger.text)
    -- a series name before a meeting noun leaves the event to the noun
    ev = events("South Korea and the United States held an NCG gathering in Washington on Wednesday.", "2024-12-05")
    assert.are.equal(1, #ev)
    assert.are.equal("gathering", ev[1].trigger.text)
  end)

  it("dates a deployment named by a noun only by a date of its own phrase", function()
    local ev = events("Yoon Suk Yeol chaired an emergency security meeting on Friday to discuss the North's troop "
      .. "deployment.", "2024-10-18")
    assert.are.equal(2, #ev)
    assert.are.equal("2024-10-18", ev[1].date)
    assert.are.equal("deployment", ev[2].trigger.text)
    assert.is_nil(ev[2].date)
    ev = events("Shin Won-sik said the deployment of US strategic assets to the peninsula this year had made "
      .. "deterrence more credible.", "2023-11-13")
    assert.are.equal("2023", ev[1].date)
    assert.are.equal("country/united-states", parts(ev[1]))
  end)

  it("carries the date of the event a possessive noun names again", function()
    local ev = events("Cho Tae-yul held talks with Hadja Lahbib in Brussels on Thursday. In his meeting with Lahbib, "
      .. "Cho discussed trade, the ministry said.", "2024-04-05")
    assert.are.equal(2, #ev)
    assert.are.equal("meeting", ev[2].trigger.text)
    assert.are.equal("2024-04-04", ev[2].date)
    assert.are.equal("person/cho-tae-yul person/hadja-lahbib", parts(ev[2]))
  end)

  it("reads a definite noun with no parties as the same happening as its sentence's event", function()
    local ev = events("North Korea fired several ballistic missiles into the Yellow Sea on Monday, the JCS said, "
      .. "adding that it detected the launches at around 1:50 p.m.", "2025-03-10")
    assert.are.equal(1, #ev)
    assert.are.equal("fired", ev[1].trigger.text)
    assert.are.equal("country/north-korea", parts(ev[1]))
  end)

  it("reads the counted subject after an opening phrase as the parties named before", function()
    local ev = events("Joe Biden and Yoon Suk Yeol met in Washington on Thursday. In a joint statement, the two "
      .. "presidents said any attack would be met with a decisive response.", "2024-07-11")
    -- "would be met with" is no meeting (not:passive in the lexicon)
    assert.are.equal(2, #ev)
    assert.are.equal("statement", ev[2].trigger.text)
    assert.are.equal("agreement", ev[2].type)
    assert.are.equal("person/joe-biden person/yoon-suk-yeol", parts(ev[2]))
    assert.are.equal("2024-07-11", ev[2].date)
  end)

  it("reads a named series after 'the product of' as a body, not a meeting", function()
    local ev = events("It is the main product so far of the Nuclear Consultative Group, which Joe Biden and Yoon "
      .. "Suk Yeol created in April 2023.", "2024-07-11")
    assert.are.equal(0, #ev)
  end)

  it("dates a 'when' clause by the time it refers back to", function()
    local ev = events("North Korea and Russia signed a defense treaty last month when Vladimir Putin visited "
      .. "Pyongyang.", "2024-07-11")
    assert.are.equal(2, #ev)
    assert.are.equal("visited", ev[2].trigger.text)
    assert.are.equal("2024-06", ev[2].date)
    ev = events("It was the first such meeting since September 2021, when Cho Tae-yul and Penny Wong last "
      .. "gathered in Seoul.", "2024-05-02")
    assert.are.equal("gathered", ev[#ev].trigger.text)
    assert.are.equal("2021-09", ev[#ev].date)
    -- flying a thing is no trip
    ev = events("It was the North's first ICBM test since April, when it flew a new solid-fuel design.", "2023-07-12")
    for _, e in ipairs(ev) do assert.are_not.equal("visit", e.type) end
  end)

  it("gives an undated meeting after the lead the lead's day, even past a 'since' bound", function()
    local ev = events("WASHINGTON -- South Korea and the United States on Thursday condemned North Korea's "
      .. "missile launch.\n\nForeign Minister Cho Tae-yul met Secretary of State Antony Blinken at the State "
      .. "Department, in their first talks since 2021.", "2024-11-01")
    local e = find(ev, "met")
    assert.is_not_nil(e)
    assert.are.equal("2024-10-31", e.date)
  end)

  it("leaves a possessive date to the noun it owns", function()
    local ev = events("Cho Tae-yul agreed with Josep Borrell to work toward a defense partnership, a goal set at "
      .. "last year's summit between Seoul and the EU.", "2024-04-05")
    assert.is_nil(find(ev, "agreed").date)
    assert.are.equal("2023", find(ev, "summit").date)
    -- so a sentence with one still takes the main event's day
    ev = events("BRUSSELS -- Foreign Minister Cho Tae-yul met Josep Borrell on Thursday.\n\nCho agreed with "
      .. "Borrell to work toward a defense partnership, a goal set at last year's summit between Seoul and the EU.",
      "2024-04-05")
    assert.are.equal("2024-04-04", find(ev, "agreed").date)
  end)

  it("dates a conjunct by its own date before the other conjunct's", function()
    local ev = events("The framework covers a missile warning system that went into operation in December, and the "
      .. "Freedom Edge exercise, first staged by the three navies in June.", "2024-07-29")
    assert.are.equal("2024-06", find(ev, "exercise").date)
    -- a conjunct with no date of its own still shares the one before
    ev = events("South Korea and Japan held talks on Monday, and Fumio Kishida met Yoon Suk Yeol.", "2024-07-29")
    assert.are.equal("2024-07-29", find(ev, "met").date)
  end)

  it("does not take an event named to place another in time as the one meant later", function()
    local ev = events("BRUSSELS -- The foreign ministers of South Korea, the United States and Japan met in Brussels "
      .. "on Thursday.\n\nIt was the first meeting of the three since January, following their talks in Munich on "
      .. "Feb. 15.\n\nIn a joint statement issued after the talks, the three reaffirmed their commitment to the "
      .. "denuclearization of North Korea.", "2025-04-03")
    assert.are.equal("2025-02-15", ev[3].date)
    assert.are.equal("talks", ev[5].trigger.text)
    assert.are.equal("2025-04-03", ev[5].date)
  end)

  it("reads a document and the participle adopting it as one agreement", function()
    local ev = events("In a communique adopted on Wednesday, NATO leaders pledged to spend more on defense.", "2023-07-13")
    assert.are.equal(1, #ev)
    assert.are.equal("adopted", ev[1].trigger.text)
    assert.are.equal("agreement", ev[1].type)
    assert.are.equal("2023-07-12", ev[1].date)
    ev = events("The summit's final declaration, agreed by NATO leaders on Tuesday, named Russia the most "
      .. "significant threat.", "2023-07-13")
    assert.is_nil(find(ev, "declaration"))
    assert.are.equal("agreement", find(ev, "agreed").type)
    -- a document put out by one side stays a statement
    ev = events("NATO released a declaration on Tuesday.", "2023-07-13")
    assert.are.equal("statement", ev[1].type)
  end)

  it("takes the label a speaker puts on something for no event", function()
    local ev = events("Pyongyang's defense ministry denounced the drills, calling it an open declaration of nuclear "
      .. "confrontation.", "2023-12-19")
    assert.is_nil(find(ev, "declaration"))
    ev = events("The three leaders met for about two hours, in what Joe Biden called the first summit he had hosted "
      .. "at Camp David.", "2023-08-19")
    assert.is_nil(find(ev, "summit"))
    -- calling a summit is convening one
    ev = events("Joe Biden called a summit of NATO allies in Washington on Tuesday.", "2023-08-19")
    assert.is_not_nil(find(ev, "summit"))
  end)

  it("keeps a visit told after a meeting in one sentence as an event of its own", function()
    local ev = events("Kim Myung-soo and Charles Q. Brown Jr. met in Tokyo on July 18 and visited Yokota Air Base "
      .. "together.", "2024-07-29")
    assert.are.equal(2, #ev)
    assert.are.equal("visit", find(ev, "visited").type)
    assert.are.equal("2024-07-18", find(ev, "visited").date)
  end)

  it("carries a calling off over to the noun phrase joined to its object", function()
    local ev = events("Seoul and Washington have postponed a session of the Nuclear Consultative Group and the group's "
      .. "first tabletop exercise, which had been set for Wednesday.", "2024-12-05")
    assert.are.equal(0, #ev)
    -- not to a clause of its own
    ev = events("Seoul and Washington postponed the session and held talks in Washington on Wednesday.", "2024-12-05")
    assert.is_not_nil(find(ev, "talks"))
    ev = events("North Korea did not attend the talks and the United States held a summit with Japan on Wednesday.",
      "2024-12-05")
    assert.is_not_nil(find(ev, "summit"))
  end)

  it("takes what is only weighed or considered for no event", function()
    local ev = events("The government had seriously weighed the trip despite urgent affairs at home, the presidential "
      .. "office said on Sunday.", "2025-06-23")
    assert.is_nil(find(ev, "trip"))
    ev = events("Japan is considering sending troops to Australia.", "2025-06-23")
    assert.is_nil(find(ev, "sending"))
  end)

  it("takes going along on a trip told of for no visit of its own", function()
    local ev = events("President Yoon Suk Yeol departed for Madrid on Monday. First lady Kim Keon Hee is travelling with "
      .. "him.", "2022-06-27")
    assert.are.equal(1, #ev)
    ev = events("Kim Keon Hee is travelling with Yoon Suk Yeol to Madrid.", "2022-06-27")
    assert.is_not_nil(find(ev, "travelling"))
  end)

  it("reads 'be heading to' or 'be bound for' a place as a visit by the subject", function()
    local ev = events("Penny Wong was heading to Jakarta on Tuesday.", "2025-05-08")
    local e = find(ev, "heading")
    assert.is_not_nil(e)
    assert.are.equal("visit", e.type)
    assert.are.equal("person/penny-wong", parts(e))
    assert.are.equal("location/jakarta", e.location)
    assert.are.equal("2025-05-06", e.date)
    e = find(events("Richard Marles is bound for Tokyo this week.", "2025-05-08"), "bound")
    assert.are.equal("visit", e.type)
    assert.are.equal("person/richard-marles", parts(e))
    -- no place after it: no trip
    assert.is_nil(find(events("Australia was heading for a vote on Sunday.", "2025-05-08"), "heading"))
    assert.is_nil(find(events("Japan is heading to the polls on Sunday.", "2025-05-08"), "heading"))
    assert.is_nil(find(events("The country is bound for recession, Penny Wong said.", "2025-05-08"), "bound"))
    -- a possessive place names another thing; heading a delegation is no going
    assert.is_nil(find(events("Penny Wong is heading to Tokyo's talks on Friday.", "2025-05-08"), "heading"))
    assert.is_nil(find(events("Penny Wong was heading the delegation to Jakarta.", "2025-05-08"), "heading"))
    -- troops or ships on their way are no visitors
    assert.is_nil(find(events("The warships were heading to Busan on Sunday.", "2025-05-08"), "heading"))
    -- nor is cargo, or a ship by its name
    assert.is_nil(find(events("The tanker was bound for Nampo.", "2025-05-08"), "bound"))
    assert.is_nil(find(events("A shipment of artillery shells is heading to Russia.", "2025-05-08"), "heading"))
    assert.is_nil(find(events("The USS Theodore Roosevelt is heading to Busan.", "2025-05-08"), "heading"))
    assert.are.equal("visit", find(events("The delegation is heading to Brussels on Monday.", "2025-05-08"), "heading").type)
    -- a subject set off by commas or with a phrase after it still travels
    e = find(events("Cho Tae-yul, South Korea's foreign minister, is heading to Brussels.", "2025-05-08"), "heading")
    assert.are.equal("person/cho-tae-yul", parts(e))
    e = find(events("A high-level delegation from Pyongyang is heading to Moscow, KCNA said.", "2025-05-08"), "heading")
    assert.are.equal("visit", e.type)
  end)

  it("dates a trip one 'is bound for' by the coming weekday, as planned", function()
    -- published on a Monday: the Friday ahead, not the one gone
    local e = find(events("Foreign Minister Penny Wong is bound for Jakarta on Friday.", "2025-05-05"), "bound")
    assert.are.equal("visit", e.type)
    assert.are.equal("2025-05-09", e.date)
    assert.are.equal("planned", e.modality)
    e = find(events("The delegation is bound for Manila on Wednesday.", "2025-05-05"), "bound")
    assert.are.equal("2025-05-07", e.date)
    -- "was bound for" tells of a trip gone by
    e = find(events("Foreign Minister Penny Wong was bound for Jakarta on Friday.", "2025-05-05"), "bound")
    assert.are.equal("2025-05-02", e.date)
    assert.are.equal("occurred", e.modality)
  end)

  it("takes going home for no visit", function()
    local ev = events("Their planned encounter at the G7 summit fell through when Donald Trump flew home early.",
      "2025-06-23")
    assert.is_nil(find(ev, "flew"))
    ev = events("Donald Trump flew to Canada on Sunday.", "2025-06-23")
    assert.are.equal("visit", find(ev, "flew").type)
  end)

  it("dates a 'where' clause by the clause it hangs on", function()
    local ev = events("The plan dates back to the G7 summit in Hiroshima last May, where Joe Biden and Fumio Kishida "
      .. "agreed to hold yearly drills.", "2024-02-01")
    local e = find(ev, "agreed")
    assert.is_not_nil(e)
    assert.are.equal("2023-05", e.date)
    ev = events("Defense Minister Shin Won-sik will fly to Singapore this week for the Shangri-La Dialogue, "
      .. "where he is expected to hold talks with Lloyd Austin.", "2024-05-27")
    e = find(ev, "talks")
    assert.is_not_nil(e)
    assert.are.equal("2024-W22", e.date)
    -- a date that bounds the clause before does not date the event
    ev = events("Seoul has sent observers to the drills in Lithuania since 2022, where Yoon Suk Yeol held talks "
      .. "with Jens Stoltenberg.", "2024-02-01")
    e = find(ev, "talks")
    assert.is_not_nil(e)
    assert.is_nil(e.date)
  end)

  it("reads talks that name a meeting again as that meeting", function()
    local ev = events("Lloyd Austin and Kim Yong-hyun held the 56th Security Consultative Meeting at the Pentagon on "
      .. "Wednesday. Austin told reporters after the talks that the commitment was ironclad.", "2024-10-31")
    assert.are.equal(2, #ev)
    assert.are.equal("talks", ev[2].trigger.text)
    assert.are.equal("meeting", ev[2].type)
    assert.are.equal("2024-10-30", ev[2].date)
    assert.are.equal("person/kim-yong-hyun person/lloyd-austin", parts(ev[2]))
    ev = events("North Korea fires ICBM hours after US-South Korea defence talks", "2024-10-31")
    assert.are.equal("meeting", ev[2].type)
  end)

  it("keeps the phrase of a subject trigger and drops its predicate", function()
    local ev = events("The meeting between Cho Tae-yul and Mark Rutte on Monday followed months of tension "
      .. "between Seoul and Moscow.", "2024-11-06")
    assert.are.equal(1, #ev)
    assert.are.equal("person/cho-tae-yul person/mark-rutte", parts(ev[1]))
  end)

  it("reads a subject trigger opening a reported clause the same way, its place and a passive's agent kept", function()
    local ev = events("Lawmakers in Tokyo said the troop deployment to Russia violated UN Security Council "
      .. "sanctions.", "2024-10-30")
    local dep = find(ev, "deployment")
    assert.are.equal("", parts(dep))
    assert.are.equal("country/russia", dep.location)
    ev = events("State media said the missile test had been supervised by Kim Jong Un.", "2024-10-30")
    assert.are.equal("person/kim-jong-un", parts(find(ev, "test")))
  end)

  it("leaves another trigger's object to it", function()
    local ev = events("Cho Tae-yul held talks with Antony Blinken and a separate meeting with Mark Rutte on Tuesday.",
      "2024-11-06")
    assert.are.equal(2, #ev)
    assert.are.equal("person/antony-blinken person/cho-tae-yul", parts(ev[1]))
    assert.are.equal("person/cho-tae-yul person/mark-rutte", parts(ev[2]))
  end)

  it("starts a clause at ', and' before a new subject, which keeps the date", function()
    local ev = events("Cho Tae-yul and Antony Blinken met on Monday, and Lloyd Austin held separate talks "
      .. "with Kim Yong-hyun.", "2024-11-06")
    assert.are.equal(2, #ev)
    assert.are.equal("person/antony-blinken person/cho-tae-yul", parts(ev[1]))
    assert.are.equal("person/kim-yong-hyun person/lloyd-austin", parts(ev[2]))
    assert.are.equal("2024-11-04", ev[2].date)
  end)

  it("dates a definite noun by the last event of its kind, without the span", function()
    local ev = events("Lloyd Austin and Kim Yong-hyun began a joint exercise on Tuesday that runs through "
      .. "March 20. North Korea fired a missile on Wednesday. The combined exercise drew protests.", "2025-03-12")
    assert.are.equal(3, #ev)
    assert.are.equal("2025-03-11", ev[1].date)
    assert.are.equal("2025-03-20", ev[1].date_end)
    assert.are.equal("exercise", ev[3].trigger.text)
    assert.are.equal("2025-03-11", ev[3].date)
    assert.is_nil(ev[3].date_end)
    assert.are.equal("", parts(ev[3]))
  end)

  it("never dates an event by a period's start or a deadline", function()
    local ev = events("Cho Tae-yul and Antony Blinken agreed to finish the plan by December.", "2024-11-06")
    assert.are.equal(1, #ev)
    assert.is_nil(ev[1].date)
  end)

  it("gives the speaker of a statement verb no part in its object", function()
    local ev = events("North Korea has denounced the combined exercise.", "2025-03-12")
    assert.are.equal("exercise", ev[2].trigger.text)
    assert.are.equal("", parts(ev[2]))
  end)

  it("leaves out the country or body that describes a named person", function()
    local ev = events("President Yoon Suk Yeol of South Korea met Mark Rutte on Monday.", "2024-11-06")
    assert.are.equal("person/mark-rutte person/yoon-suk-yeol", parts(ev[1]))
    ev = events("Kim Yong-hyun, the defense minister of South Korea, met Lloyd Austin on Monday.", "2024-11-06")
    assert.are.equal("person/kim-yong-hyun person/lloyd-austin", parts(ev[1]))
  end)

  it("takes the body after 'of' right after the trigger as a party", function()
    local ev = events("Cho Tae-yul joined a session of NATO allies on Tuesday.", "2024-11-06")
    assert.are.equal("org/nato person/cho-tae-yul", parts(ev[1]))
  end)

  it("takes the agent of a passive statement verb", function()
    local ev = events("The plan was announced on Monday by Cho Tae-yul and Antony Blinken.", "2024-11-06")
    assert.are.equal("statement", ev[1].type)
    assert.are.equal("person/antony-blinken person/cho-tae-yul", parts(ev[1]))
  end)

  it("reads 'the two' and 'they' as the parties named before", function()
    local ev = events("Yoon Suk Yeol and Mark Rutte signed a pact on Monday. The two also met in Brussels.", "2024-11-06")
    assert.are.equal(2, #ev)
    assert.are.equal("person/mark-rutte person/yoon-suk-yeol", parts(ev[2]))
    assert.are.equal("2024-11-04", ev[2].date)
  end)

  it("gives a noun in an opening phrase the subject after the comma", function()
    local ev = events("At a briefing, Kim Yong-hyun said North Korea had sent troops to Russia.", "2024-10-18")
    assert.are.equal(2, #ev)
    assert.are.equal("briefing", ev[1].type)
    assert.are.equal("person/kim-yong-hyun", parts(ev[1]))
    -- the subject of the reported clause is no reporter
    assert.are.equal("country/north-korea", parts(ev[2]))
  end)

  it("reads a relative clause on a noun trigger as telling about the event", function()
    local ev = events("Cho Tae-yul will attend the summit, which runs from Tuesday to Wednesday.", "2025-06-23")
    assert.are.equal("2025-06-24", ev[1].date)
    assert.are.equal("2025-06-25", ev[1].date_end)
    ev = events("Cho Tae-yul will join the session on Thursday, which brings together NATO and Japan.", "2025-06-23")
    assert.are.equal("country/japan org/nato person/cho-tae-yul", parts(ev[1]))
  end)

  it("reads an end date and two joined days as the span", function()
    local ev = events("Mark Rutte began a visit to Seoul on Monday. The visit, which ends Thursday, is his first.",
      "2025-06-23")
    assert.are.equal(2, #ev)
    assert.are.equal("2025-06-23", ev[2].date)
    assert.are.equal("2025-06-26", ev[2].date_end)
    ev = events("Mark Rutte was in Seoul for a visit on Tuesday and Wednesday.", "2025-06-27")
    assert.are.equal("2025-06-24", ev[1].date)
    assert.are.equal("2025-06-25", ev[1].date_end)
  end)

  it("leaves a date past another trigger to that one when the subject is a trigger", function()
    local ev = events("NATO ministers met in Brussels on Wednesday. The meeting prepared the summit in July.",
      "2025-04-04")
    assert.are.equal("meeting", ev[2].trigger.text)
    assert.are.equal("2025-04-02", ev[2].date)
  end)

  it("drops a bare plural with no date and no party phrase as generic", function()
    local ev = events("Cho Tae-yul and Antony Blinken agreed to hold joint exercises every year.", "2024-11-06")
    assert.are.equal(1, #ev)
    assert.are.equal("agreed", ev[1].trigger.text)
    -- a named or dated one stays
    ev = events("South Korea and the United States began Freedom Shield drills on Monday.", "2025-03-12")
    assert.are.equal("drills", ev[1].trigger.text)
  end)

  it("puts a meeting on the noun that a verb like attend takes as object", function()
    local ev = events("Lloyd Austin will attend a ministerial meeting on Tuesday between South Korea and Japan.",
      "2024-11-04")
    assert.are.equal(1, #ev)
    assert.are.equal("meeting", ev[1].trigger.text)
    assert.are.equal("country/japan country/south-korea person/lloyd-austin", parts(ev[1]))
    assert.are.equal("2024-11-05", ev[1].date)
  end)

  it("reads a port call as a ship's visit, not a phone call that continues the meeting before it", function()
    local ev = events("An emergency meeting on the launches was chaired on Wednesday by Deputy National Security "
      .. "Adviser Kim Tae-hyo. The USS Kentucky, a submarine of the U.S. Navy, arrived in Busan on Tuesday, the first "
      .. "port call in South Korea by an American SSBN since 1981.", "2023-07-19")
    local e = find(ev, "call")
    assert.are.equal("visit", e.type)
    assert.are.equal("country/united-states", parts(e))
  end)

  it("does not read a missile's flight as a visit", function()
    local ev = events("North Korea fired a ballistic missile on Monday that flew 600 km.", "2024-11-06")
    assert.are.equal(1, #ev)
    assert.are.equal("weapons_test", ev[1].type)
    ev = events("Antony Blinken flew to Seoul on Monday.", "2024-11-06")
    assert.are.equal("visit", ev[1].type)
  end)

  it("does not read a flight told by its distance as a visit when a pronoun stands for the missiles", function()
    local ev = events("North Korea fired two ballistic missiles early Wednesday. They flew some 550 kilometers before "
      .. "falling into the sea.", "2023-07-19")
    assert.is_nil(find(ev, "flew"))
    ev = events("The two rockets lifted off at dawn. They traveled about 1,000 km and landed off Japan.", "2023-07-19")
    assert.is_nil(find(ev, "traveled"))
    ev = events("Antony Blinken flew to Seoul on Monday, some 11,000 kilometers from Washington.", "2024-11-06")
    assert.are.equal("visit", find(ev, "flew").type)
    -- a distance with a place to go to after it is a trip
    ev = events("Kim Jong Un traveled some 1,200 kilometers by train to Vladivostok for talks with Vladimir Putin.",
      "2024-07-10")
    local v = find(ev, "traveled")
    assert.are.equal("visit", v.type)
    assert.are.equal("location/vladivostok", v.location)
    assert.are.equal("person/kim-jong-un", parts(v))
    ev = events("Vladimir Putin flew 8,000 km to Pyongyang to meet Kim Jong Un on Wednesday.", "2024-07-10")
    v = find(ev, "flew")
    assert.are.equal("visit", v.type)
    assert.are.equal("location/pyongyang", v.location)
  end)

  it("leaves 'between' phrases of other nouns out", function()
    local ev = events("Cho Tae-yul and Antony Blinken held talks on the partnership between North Korea and Russia "
      .. "on Thursday.", "2024-11-01")
    assert.are.equal("talks", ev[1].trigger.text)
    assert.are.equal("person/antony-blinken person/cho-tae-yul", parts(ev[1]))
    ev = events("Lloyd Austin will attend a meeting on Tuesday between South Korea and Japan.", "2024-11-04")
    assert.are.equal("country/japan country/south-korea person/lloyd-austin", parts(ev[1]))
  end)

  it("stops a verb's arguments at a second verb of its subject", function()
    local ev = events("Kim Yong-hyun and Lloyd Austin met in Washington on Wednesday and urged North Korea "
      .. "to stop.", "2024-11-01")
    assert.are.equal(1, #ev)
    assert.are.equal("person/kim-yong-hyun person/lloyd-austin", parts(ev[1]))
  end)

  it("takes a bare plural noun as generic, one singled out as events", function()
    assert.are.equal(0, #events("Seoul holds regular meetings of its foreign and defence ministers with Canberra."))
    assert.are.equal(0, #events("Former President Moon Jae-in had joined three straight summits."))
    local ev = events("Cho Tae-yul will hold separate meetings with his counterparts in Brussels on Thursday.",
      "2024-04-01")
    assert.are.equal(1, #ev)
    assert.are.equal("meetings", ev[1].trigger.text)
    assert.are.equal("planned", ev[1].modality)
  end)

  it("leaves the place of sides a noun names to them, not to the event ('partners in the Indo-Pacific')", function()
    local ev = events("Envoys of the alliance's partners in the Asia-Pacific will join the council meeting on "
      .. "Tuesday.", "2024-10-30")
    assert.is_nil(find(ev, "meeting").location)
    -- the trigger's own object: where the briefing is
    ev = events("Officials said a Japanese team would brief allies in Brussels on Friday.", "2024-10-30")
    assert.are.equal("location/brussels", find(ev, "brief").location)
  end)

  it("keeps the place troops are sent to out of the parties, part of it named or not", function()
    local ev = events("About 10,000 North Korean soldiers have been sent to eastern Russia for training, "
      .. "the Pentagon said.", "2024-10-28")
    assert.are.equal(1, #ev)
    assert.are.equal("deployment", ev[1].type)
    assert.are.equal("country/north-korea", parts(ev[1]))
  end)

  it("looks past one adjective after a determiner for the word governing a name ('on the growing North Korea threat')", function()
    local ev = events("Defense Minister Kim Yong-hyun held talks on the growing North Korea threat with Defense "
      .. "Secretary Lloyd Austin on Wednesday.", "2024-10-31")
    assert.are.equal("person/kim-yong-hyun person/lloyd-austin", parts(find(ev, "talks")))
    ev = events("North Korea has sent about 10,000 troops to the embattled Russia, the Pentagon said.", "2024-10-31")
    assert.are.equal("country/north-korea", parts(find(ev, "sent")))
    -- a verb is no adjective: the name after it keeps its part
    ev = events("Foreign Minister Cho Tae-yul met Australian Foreign Minister Penny Wong in Seoul.", "2024-10-31")
    assert.are.equal("person/cho-tae-yul person/penny-wong", parts(find(ev, "met")))
    -- a participle after a determiner is the name's adjective: "met the visiting Rutte"
    ev = events("Foreign Minister Cho Tae-yul met the visiting NATO Secretary General Mark Rutte in Seoul on Monday.",
      "2024-10-31")
    assert.are.equal("person/cho-tae-yul person/mark-rutte", parts(find(ev, "met")))
    assert.are.equal("person/mark-rutte", parts(find(ev, "visiting")))
    ev = events("Foreign Minister Cho Tae-yul is visiting Brussels on Monday.", "2024-10-31")
    assert.are.equal("person/cho-tae-yul", parts(find(ev, "visiting")))
    -- a number is no adjective: "in" is the verb's, and the place describes the partners
    ev = events("The two-day gathering closed Thursday with a session that brought in the four Indo-Pacific "
      .. "partners -- South Korea, Japan, Australia and New Zealand -- together with the EU.", "2024-04-05")
    assert.is_nil(find(ev, "session").location)
  end)

  it("reads troops reaching, leaving for or carried to a place as a deployment", function()
    local ev = events("A second group of about 1,500 North Korean soldiers had left for Russia, "
      .. "Seoul's spy agency said on Wednesday.", "2024-10-25")
    assert.are.equal(1, #ev)
    assert.are.equal("left", ev[1].trigger.text)
    assert.are.equal("deployment", ev[1].type)
    assert.are.equal("country/north-korea", parts(ev[1]))
    ev = events("The first North Korean soldiers have reached the Kursk area.", "2024-10-25")
    assert.are.equal("reached", ev[1].trigger.text)
    assert.are.equal("deployment", ev[1].type)
    for _, e in ipairs(events("Cho left Seoul on Tuesday evening for the three-day trip. "
        .. "The two sides reached a deal on tariffs on Friday.", "2024-04-05")) do
      assert.are_not.equal("deployment", e.type)
    end
  end)

  it("dates an undated meeting told shortly after the lead by the lead's event, a reaction not", function()
    local ev = events("The defense chiefs of Japan, the United States and South Korea signed a security "
      .. "cooperation framework in Tokyo on Sunday.\n\nDefense Minister Minoru Kihara hosted Lloyd Austin and "
      .. "Shin Won-sik at the Defense Ministry.\n\nNorth Korea condemned the framework as a threat.", "2024-07-29")
    assert.are.equal(3, #ev)
    assert.are.equal("2024-07-28", ev[1].date)
    assert.are.equal("hosted", ev[2].trigger.text)
    assert.are.equal("2024-07-28", ev[2].date)
    assert.are.equal("statement", ev[3].type)
    assert.is_nil(ev[3].date)
  end)

  it("does not date what was told by the day of the telling ('told lawmakers on Wednesday that')", function()
    local ev = events("The spy agency told lawmakers on Wednesday that a second group of about 1,500 North "
      .. "Korean soldiers had left for Russia.", "2024-10-25")
    assert.are.equal(1, #ev)
    assert.are.equal("deployment", ev[1].type)
    assert.is_nil(ev[1].date)
  end)

  it("dates a clause reported with no 'that' by its own day, not by the day of the saying", function()
    local ev = events("President Yoon Suk Yeol said on Thursday he would travel to Madrid on Monday.", "2022-06-24")
    local e = find(ev, "travel")
    assert.are.equal("2022-06-27", e.date)
    assert.are.equal("planned", e.modality)
    assert.are.equal("location/madrid", e.location)
    ev = events("President Yoon Suk Yeol told reporters Thursday he would travel to Madrid.", "2022-06-24")
    assert.is_nil(find(ev, "travel").date)
  end)

  it("drops a trip called off or put off, not drills kicked off", function()
    assert.are.equal(0, #events("Japanese Prime Minister Shigeru Ishiba called off his trip to The Hague on Monday."))
    assert.are.equal(0, #events("Swedish Prime Minister Ulf Kristersson has put off a planned trip to Seoul."))
    local ev = events("South Korea and the United States kicked off their springtime drills on Monday.", "2025-03-10")
    assert.are.equal(1, #ev)
    assert.are.equal("exercise", ev[1].type)
  end)

  it("takes a group's name given to the parties just listed as no party of its own", function()
    local ev = events("On Thursday, President Yoon Suk Yeol will hold a four-way meeting with the leaders of "
      .. "Japan, Australia and New Zealand, the group known as the IP4.", "2024-07-05")
    assert.are.equal(1, #ev)
    assert.are.equal("country/australia country/japan country/new-zealand person/yoon-suk-yeol", parts(ev[1]))
  end)

  it("reports troops said or confirmed to have been sent; troops sent as a known fact occurred", function()
    local ev = events("NATO Secretary General Mark Rutte confirmed Monday that North Korean troops have been "
      .. "sent to Russia.", "2024-10-28")
    assert.are.equal("deployment", ev[2].type)
    assert.are.equal("reported", ev[2].modality)
    ev = events("About 8,000 North Korean soldiers have been moved to the Kursk region, Blinken said.", "2024-10-31")
    assert.are.equal("reported", ev[1].modality)
    ev = events("Austin urged Pyongyang to withdraw the thousands of troops it has sent to Russia.", "2024-10-31")
    assert.are.equal("occurred", ev[1].modality)
  end)

  it("takes intelligence officials briefing as told, not as an intelligence claim", function()
    local ev = events("Rutte told reporters that South Korean intelligence officials had briefed the allies "
      .. "on Monday morning.", "2024-10-28")
    assert.are.equal("briefing", ev[1].type)
    assert.are.equal("occurred", ev[1].modality)
  end)

  it("plans an event named as the object of an infinitive support verb, not one discussed", function()
    local ev = events("Defense Minister Ahn Gyu-back and Pete Hegseth are to hold annual security talks in Seoul.",
      "2025-10-27")
    assert.are.equal("talks", ev[1].trigger.text)
    assert.are.equal("planned", ev[1].modality)
    ev = events("President Yoon Suk Yeol chaired an emergency security meeting on Friday to discuss the North's "
      .. "troop deployment.", "2024-10-18")
    assert.are.equal("deployment", ev[2].type)
    assert.are.equal("occurred", ev[2].modality)
  end)

  it("dates a meeting told after a lead with no trigger by the lead's day", function()
    local ev = events("S. Korea, U.S. defense chiefs urge N. Korea to pull troops out of Russia\n\n"
      .. "The defense chiefs of South Korea and the United States on Wednesday called on North Korea to "
      .. "withdraw its troops from Russia.\n\nDefense Minister Kim Yong-hyun and U.S. Defense Secretary Lloyd "
      .. "Austin made the demand at the 56th Security Consultative Meeting at the Pentagon, the allies' top "
      .. "annual defense forum.", "2024-10-31")
    assert.are.equal(1, #ev)
    assert.are.equal("Security Consultative Meeting", ev[1].trigger.text)
    assert.are.equal("2024-10-30", ev[1].date)
  end)

  it("gives a statement closing its sentence after a comma its speaker only, and the speaker to no other event", function()
    local ev = events("President Lee Jae-myung will not travel to The Hague for the summit this week, South Korea's "
      .. "presidential office announced on Sunday.", "2025-06-23")
    assert.are.equal(2, #ev)
    assert.are.equal("", parts(ev[1]))          -- he stays away (not travel … for the summit)
    assert.are.equal("announced", ev[2].trigger.text)
    assert.are.equal("org/kr-presidential-office", parts(ev[2]))
    assert.are.equal("occurred", ev[2].modality)
    assert.are.equal("2025-06-22", ev[2].date)
  end)

  it("takes what an actor routinely or has long done as no event", function()
    assert.are.equal(0, #events("North Korea routinely denounces the allied drills as rehearsals for an invasion."))
    assert.are.equal(0, #events("Pyongyang has long branded the allies' combined drills a rehearsal for invasion."))
    local ev = events("North Korea denounced the allied drills on Monday as a rehearsal for invasion.", "2025-03-07")
    assert.are.equal(2, #ev)
  end)

  it("takes an event counted in times as many happenings, not one", function()
    assert.is_nil(find(events("Defense officials from Seoul and Tokyo have met 14 times since 2019 to discuss "
      .. "missile warnings.", "2024-07-29"), "met"))
    assert.is_nil(find(events("Austin and Kihara met several times last year.", "2024-07-29"), "met"))
    assert.is_nil(find(events("Yoon and Kishida met twice in 2023.", "2024-01-05"), "met"))
    -- one happening, with a count of something else, is still one
    local ev = events("Austin and Kihara met on Sunday in Tokyo, their first talks since the pair agreed "
      .. "three times the funding.", "2024-07-29")
    assert.are.equal("meeting", find(ev, "met").type)
  end)

  it("takes a noun trigger that is what something would be or would have been as no event", function()
    local ev = events("The drills were scrapped in August. It would have been the first joint exercise "
      .. "of the two navies in the Arctic.", "2024-09-02")
    assert.is_nil(find(ev, "exercise"))
    ev = events("Officials say Japan may send a frigate. If approved, it would be the largest naval deployment "
      .. "in the region since the war.", "2024-09-02")
    assert.is_nil(find(ev, "deployment"))
    -- a plain copula states a fact
    ev = events("Kim and Putin met in Vladivostok on Monday. It was the first meeting of the two leaders since 2019.",
      "2024-09-02")
    assert.is_not_nil(find(ev, "meeting"))
  end)

  it("takes 'It was the North's fifth ICBM launch' as the test told before, by its possessor", function()
    local ev = events("North Korea fired a long-range missile on Wednesday, the military said.\n\n"
      .. "It was the North's first ICBM test in three months.", "2024-12-06")
    local e = find(ev, "test")
    assert.is_not_nil(e)
    assert.are.equal("country/north-korea", parts(e))
    assert.are.equal("2024-12-04", e.date)
    e = find(events("It was North Korea's fifth ICBM launch this year."), "launch")
    assert.are.equal("country/north-korea", parts(e))
  end)

  it("gives an infinitive after a definite subject no past event's day", function()
    local ev = events("A South Korean delegation briefed NATO ambassadors in Brussels on Monday.\n\n"
      .. "The delegation is also expected to brief the European Union's Political and Security Committee.",
      "2024-12-03")
    assert.are.equal("2024-12-02", find(ev, "briefed").date)
    assert.is_nil(find(ev, "brief").date)
  end)

  it("takes an agreement noun signed in a relative clause after it as the signing only", function()
    local ev = events("Kim referred to the mutual defense treaty the two countries signed in Pyongyang last month.",
      "2024-07-05")
    assert.are.equal(1, #ev)
    assert.are.equal("signed", ev[1].trigger.text)
    assert.are.equal("2024-06", ev[1].date)
  end)

  it("takes a happening set to recur ('to meet at least once a year') as no event, 'annual talks' as one", function()
    local ev = events("Yoon Suk Yeol, Joe Biden and Fumio Kishida agreed on Friday to meet at least once a year.",
      "2023-08-19")
    assert.are.equal(1, #ev)
    assert.are.equal("agreed", ev[1].trigger.text)
    ev = events("Defense Minister Shin Won-sik and Lloyd Austin will hold their annual security talks in Seoul "
      .. "on Monday.", "2023-11-12")
    assert.are.equal(1, #ev)
    assert.are.equal("talks", ev[1].trigger.text)
    -- a set the possessive brings in is the noun's, however short the names before it
    ev = events("Defense Minister Kim Yong-hyun praised Defense Secretary Lloyd Austin. Kim met Austin for their "
      .. "annual security talks.", "2024-10-31")
    assert.are.equal("person/kim-yong-hyun person/lloyd-austin", parts(ev[#ev]))
    ev = events("Defense Minister Kim Yong-hyun praised Defense Secretary Lloyd Austin. Kim visited Washington to "
      .. "meet Austin for their annual security talks.", "2024-10-31")
    assert.are.equal("person/kim-yong-hyun person/lloyd-austin", parts(find(ev, "meet")))
    -- still none for a meeting set to recur
    assert.are.equal(0, #events("Defense Minister Kim Yong-hyun and Defense Secretary Lloyd Austin will meet annually.",
      "2024-10-31"))
  end)

  it("takes 'agreed that' as a shared view, 'agreed to' as an agreement", function()
    assert.are.equal(0, #events("Officials at the session agreed that the move posed a grave threat to South Korea."))
    local ev = events("Cho Tae-yul and Josep Borrell agreed on Thursday to work toward a security partnership.",
      "2024-04-05")
    assert.are.equal(1, #ev)
    assert.are.equal("agreement", ev[1].type)
  end)

  it("keeps a happening set before or after another ('A day before the talks, … toured') as its own event", function()
    local ev = events("A day before the talks, Shin Won-sik and Lloyd Austin toured the Joint Security Area "
      .. "at Panmunjom.", "2023-11-14")
    local found = false
    for _, e in ipairs(ev) do if e.trigger.text == "toured" then found = e end end
    assert.is_truthy(found)
    assert.are.equal("visit", found.type)
  end)

  it("takes 'received' / 'welcomed' with a person right after as a meeting, with anything else as none", function()
    local ev = events("President Yoon Suk Yeol received Lloyd Austin at his office on Monday.", "2023-11-14")
    assert.are.equal(1, #ev)
    assert.are.equal("received", ev[1].trigger.text)
    assert.are.equal("meeting", ev[1].type)
    ev = events("Mr Yoon received Mr Austin on Monday.", "2023-11-14")
    assert.are.equal("received", ev[1].trigger.text)
    for _, e in ipairs(events("Cho Tae-yul welcomed the decision on Monday.", "2024-04-05")) do
      assert.are_not.equal("welcomed", e.trigger.text)
    end
  end)

  it("takes a weapons test told by North Korea or its state media as reported, by the JCS as occurred", function()
    local ev = events("North Korea's state media said Sunday that leader Kim Jong Un watched troops fire "
      .. "two cruise missiles.", "2024-02-05")
    local t
    for _, e in ipairs(ev) do if e.type == "weapons_test" then t = e end end
    assert.are.equal("reported", t.modality)
    ev = events("South Korea's Joint Chiefs of Staff said North Korea fired two cruise missiles on Sunday.", "2024-02-05")
    t = nil
    for _, e in ipairs(ev) do if e.type == "weapons_test" then t = e end end
    assert.are.equal("occurred", t.modality)
  end)

  it("takes 'it' after a speech verb as its speaker ('North Korea said that it had fired …')", function()
    local ev = events("North Korea said that it had fired a new cruise missile.", "2024-02-05")
    local t
    for _, e in ipairs(ev) do if e.type == "weapons_test" then t = e end end
    assert.same({ "country/north-korea" }, t.participants)
  end)

  it("gives a meeting on whose sidelines others met only the parties of its own phrase", function()
    -- those who met at the margins are not the parties of the frame meeting
    local ev = events("Foreign Minister Cho Tae-yul held talks with Japanese Foreign Minister Takeshi Iwaya "
      .. "in Brussels on Thursday on the sidelines of a NATO foreign ministers' meeting.", "2024-04-05")
    assert.are.equal(2, #ev)
    assert.are.equal("person/cho-tae-yul person/takeshi-iwaya", parts(ev[1]))
    assert.are.equal("NATO foreign ministers' meeting", ev[2].trigger.text)
    assert.are.equal("", parts(ev[2]))
    assert.is_nil(ev[2].date)
    ev = events("Defense Minister Shin Won-sik spoke on the second day of the Shangri-La Dialogue in Singapore.",
      "2024-06-03")
    assert.are.equal("", parts(ev[1]))
    -- a possessor with modifiers before the noun is its party, not the day
    ev = events("The two prime ministers met on Wednesday on the fringes of NATO's 75th-anniversary summit.",
      "2024-07-11")
    local s = ev[#ev]
    assert.are.equal("summit", s.trigger.text)
    assert.are.equal("org/nato", parts(s))
    assert.is_nil(s.date)
    -- "which he attended": the pronoun's person takes part
    ev = events("National Security Adviser Wi Sung-lac met world leaders on the margins of the NATO summit "
      .. "in The Hague, which he attended in place of President Lee Jae-myung.", "2025-06-26")
    assert.are.equal("NATO summit", ev[2].trigger.text)
    assert.are.equal("person/wi-sung-lac", parts(ev[2]))
  end)

  it("ends a subordinate clause put before the main one at its comma", function()
    local ev = events("Hours after the allied drills began on Monday, North Korea fired two short-range missiles.",
      "2025-03-12")
    assert.are.equal("drills", ev[1].trigger.text)
    assert.are.equal("", parts(ev[1]))
    assert.are.equal("country/north-korea", parts(ev[2]))
    ev = events("Before the trilateral session opened on Friday, Yoon Suk Yeol and Fumio Kishida held a bilateral "
      .. "meeting.", "2023-08-19")
    assert.are.equal("session", ev[1].trigger.text)
    assert.are.equal("", parts(ev[1]))
    assert.are.equal("person/fumio-kishida person/yoon-suk-yeol", parts(ev[2]))
  end)

  it("ends a fronted 'Following X,' or 'Ahead of X,' phrase at its comma: the main subject is no party of X", function()
    local ev = events("Following the NATO summit on July 11, President Yoon Suk Yeol met Japanese Prime Minister "
      .. "Fumio Kishida.", "2023-07-12")
    local summit = find(ev, "NATO summit")
    assert.are.equal("", parts(summit))
    assert.are.equal("2023-07-11", summit.date)
    assert.are.equal("person/fumio-kishida person/yoon-suk-yeol", parts(find(ev, "met")))
    assert.is_nil(find(ev, "met").date)
    ev = events("Ahead of the NATO summit in Vilnius on Tuesday, President Yoon Suk Yeol met Prime Minister Fumio "
      .. "Kishida on Monday.", "2023-07-12")
    assert.are.equal("", parts(find(ev, "NATO summit")))
    assert.are.equal("2023-07-10", find(ev, "met").date)
    -- "his" in the fronted phrase stands for the main subject
    ev = events("Following his talks with Prime Minister Fumio Kishida, President Yoon Suk Yeol attended the NATO "
      .. "summit on Tuesday.", "2023-07-12")
    assert.are.equal("person/fumio-kishida person/yoon-suk-yeol", parts(find(ev, "talks")))
    assert.are.equal("person/yoon-suk-yeol", parts(find(ev, "NATO summit")))
    -- not a date ("The following day,") nor "following" after the main clause
    ev = events("The following day, President Yoon Suk Yeol met Prime Minister Fumio Kishida.", "2023-07-12")
    assert.is_not_nil(find(ev, "met").date)
    ev = events("President Yoon Suk Yeol met Prime Minister Fumio Kishida following the NATO summit on Tuesday.",
      "2023-07-12")
    assert.are.equal("person/fumio-kishida person/yoon-suk-yeol", parts(find(ev, "met")))
  end)

  it("dates and places what a 'where' clause on an event noun tells by that event", function()
    local ev = events("The plan dates back to the summit in Hiroshima last May, where Yoon Suk Yeol and Fumio "
      .. "Kishida agreed to resume regular visits.", "2024-10-30")
    local agreed = find(ev, "agreed")
    assert.are.equal("2024-05", agreed.date)
    assert.are.equal("location/hiroshima", agreed.location)
  end)

  it("dates 'the talks' by the meeting a sequence phrase sets earlier talks before, not by those talks", function()
    local ev = events("The defence chiefs of Japan and Australia met in Canberra on Monday. It was the third meeting "
      .. "of the two since the election in May, following their talks in Tokyo on March 4. In a communique "
      .. "released after the talks, the two pledged deeper cooperation.", "2024-10-30")
    assert.are.equal("2024-03-04", ev[3].date)
    assert.are.equal("talks", ev[5].trigger.text)
    assert.are.equal("2024-10-28", ev[5].date)
  end)

  it("dates a definite noun by the event it names again, not by one an indefinite noun brought in", function()
    local ev = events("South Korea and the United States began their Freedom Shield exercise on Monday. "
      .. "Last Thursday, two fighter jets crashed during a live-fire drill near the border. "
      .. "Hours after the drills began, officials said the exercise would continue.", "2025-03-12")
    assert.are.equal("drill", ev[2].trigger.text)
    assert.are.equal("2025-03-06", ev[2].date)
    assert.are.equal("drills", ev[3].trigger.text)
    assert.are.equal("2025-03-10", ev[3].date)
    -- the same word names the indefinite one again
    ev = events("Two fighter jets crashed during a live-fire drill on Thursday. The drill was suspended.", "2025-03-08")
    assert.are.equal("2025-03-06", ev[#ev].date)
  end)

  it("reads 'and that' as a second reported clause unless its subject refers back", function()
    local ev = events("The Joint Chiefs of Staff said the missile had been launched from near Pyongyang on Monday "
      .. "and that Seoul was sharing data on it with the US and Japan.", "2023-12-19")
    assert.are.equal("launched", ev[1].trigger.text)
    assert.are.equal("", parts(ev[1]))
    ev = events("Rutte said North Korean troops have been sent to Russia and that some of them are now deployed "
      .. "in the Kursk region.", "2024-10-29")
    assert.are.equal("deployed", ev[2].trigger.text)
    assert.are.equal("country/north-korea", parts(ev[2]))
  end)

  it("keeps the source of a reported clause out of the event it reports", function()
    -- a clause right after "confirms", with no "that"
    local ev = events("NATO chief confirms North Korean troops deployed to Russia's Kursk region", "2024-10-29")
    assert.are.equal("country/north-korea", parts(find(ev, "deployed")))
    -- "told" and whom, however long its name, then "that"; "he expected"
    ev = events("Kyrylo Budanov told the U.S. outlet The War Zone on Tuesday that he expected North Korean units "
      .. "to arrive in Kursk on Wednesday.", "2024-10-30")
    assert.are.equal("country/north-korea", parts(find(ev, "arrive")))
    -- a noun of knowing with its "that" clause
    ev = events("Lloyd Austin pointed to the Pentagon's estimate that about 10,000 North Korean soldiers have been "
      .. "sent to Russia.", "2024-10-30")
    assert.are.equal("country/north-korea", parts(find(ev, "sent")))
  end)

  it("reads a family name in a headline as the person the body names in full", function()
    local ev = events("Cho to attend ASEAN forum in Laos\n\nSEOUL, July 22 (Yonhap) -- Foreign Minister Cho Tae-yul "
      .. "will travel to Vientiane this week.", "2024-07-22")
    assert.are.equal("attend", ev[1].trigger.text)
    assert.is_truthy(parts(ev[1]):find("person/cho-tae-yul", 1, true))
  end)

  it("dates an event by a day of its phrase within the period a verb before it names", function()
    local ev = events("Foreign Minister Cho Tae-yul will travel to Vientiane later this week for talks with Japanese "
      .. "Foreign Minister Takeshi Iwaya at the ASEAN Regional Forum, the region's main security gathering, this "
      .. "Saturday.", "2024-07-22")
    assert.are.equal("travel", ev[1].trigger.text)
    assert.are.equal("2024-W30", ev[1].date)
    assert.are.equal("talks", ev[2].trigger.text)
    assert.are.equal("2024-07-27", ev[2].date)
    -- not a day that a verb of its own dates
    ev = events("President Yoon Suk Yeol will fly to Washington next week to attend the NATO summit, making a stop "
      .. "in Hawaii on Monday.", "2024-07-05")
    assert.are.equal("NATO summit", ev[#ev].trigger.text)
    assert.are.equal("2024-W28", ev[#ev].date)
  end)

  it("reads 'with' after a noun of a relation as its other side, not a party", function()
    local ev = events("South Korea and the United States began an exercise on Monday that reflects North Korea's "
      .. "deepening partnership with Russia.", "2025-03-12")
    assert.are.equal("country/south-korea country/united-states", parts(ev[1]))
    ev = events("Cho Tae-yul held talks with Takeshi Iwaya on Thursday.", "2025-03-07")
    assert.are.equal("person/cho-tae-yul person/takeshi-iwaya", parts(ev[1]))
  end)

  it("dates an undated weapons test of the lead by the test the next sentences date", function()
    local ev = events("North Korea fires ICBM days before US election\n\nSEOUL (Wire) — North Korea has fired a new "
      .. "solid-fuel intercontinental ballistic missile, its first such test in almost a year. South Korea's Joint "
      .. "Chiefs of Staff said the missile was launched from near Pyongyang at about 7:10 a.m. on Thursday.",
      "2024-10-31")
    assert.are.equal("fires", ev[1].trigger.text)
    assert.are.equal("2024-10-31", ev[1].date)
    assert.are.equal("fired", ev[2].trigger.text)
    assert.are.equal("2024-10-31", ev[2].date)
    -- not the test of another actor
    ev = events("North Korea has fired a cruise missile. Last week, Russia launched a missile on Tuesday.", "2024-10-31")
    assert.is_nil(ev[1].date)
  end)

  it("reads 'the alliance' as NATO where NATO was named and it takes part", function()
    local ev = events("NATO leaders meet in Vilnius this week. South Korea and the alliance are expected to adopt a "
      .. "partnership programme on Wednesday.", "2023-07-10")
    assert.are.equal("adopt", ev[2].trigger.text)
    assert.are.equal("country/south-korea org/nato", parts(ev[2]))
    ev = events("NATO foreign ministers met on Thursday. Cho Tae-yul will attend the alliance's summit in Washington "
      .. "in July.", "2024-03-29")
    assert.are.equal("summit", ev[#ev].trigger.text)
    assert.is_truthy(parts(ev[#ev]):find("org/nato", 1, true))
    -- an alliance of named countries is not NATO
    ev = events("Defense chiefs praised the South Korea-U.S. alliance on Monday. South Korea and the alliance are "
      .. "expected to adopt a plan on Wednesday.", "2023-07-10")
    assert.are.equal("country/south-korea", parts(ev[#ev]))
  end)

  it("gives a relative clause with no 'that' the parties its subject stands for", function()
    local ev = events("Defense Minister Kim Yong-hyun urged Pyongyang on Wednesday to withdraw the thousands of troops "
      .. "it has sent to Russia.", "2024-10-31")
    assert.are.equal("country/north-korea", parts(find(ev, "sent")))
    ev = events("Russian President Vladimir Putin said it was Moscow's business how it carried out a defense treaty "
      .. "it signed with Pyongyang in June.", "2024-10-31")
    assert.are.equal("country/north-korea country/russia", parts(find(ev, "signed")))
    ev = events("Yoon Suk Yeol warned about cooperation between Russia and North Korea, referring to the treaty the "
      .. "two countries signed in Pyongyang last month.", "2024-07-05")
    assert.are.equal("country/north-korea country/russia", parts(find(ev, "signed")))
  end)

  it("dates a statement or briefing that frames its sentence by the news it gives", function()
    -- the day named in the sentence before, across a paragraph break
    local ev = events("Japan's coast guard has sighted two Chinese survey ships near the Senkaku Islands, the "
      .. "defence ministry in Tokyo said Tuesday.\n\nIn a statement, the Japanese Defense Ministry said the ships "
      .. "left the area overnight.", "2025-02-18")
    assert.are.equal("2025-02-18", find(ev, "statement").date)
    -- no day in the sentence before: the article's main event
    ev = events("Defence ministers of Australia and Japan met in Canberra on Monday. The talks covered joint "
      .. "patrols in the South China Sea.\n\nAt a joint press conference, Defence Minister Richard Marles said "
      .. "the patrols would grow.", "2025-02-18")
    local e = find(ev, "conference")
    assert.are.equal("briefing", e.type)
    assert.are.equal("2025-02-17", e.date)
    -- "the three" after the frame: the three people the sentence before names
    ev = events("Richard Marles of Australia, Minoru Kihara of Japan and Lloyd Austin of the United States met in "
      .. "Singapore on Saturday.\n\nIn a joint statement released after the meeting, the three pledged to deepen "
      .. "cooperation.", "2024-06-03")
    e = find(ev, "statement")
    assert.are.equal("agreement", e.type)
    assert.are.equal("2024-06-01", e.date)
    assert.are.equal("person/lloyd-austin person/minoru-kihara person/richard-marles", parts(e))
    -- only two named there: nobody
    ev = events("Richard Marles and Minoru Kihara met in Singapore on Saturday. Austin joined them later.\n\nIn a "
      .. "joint statement released after the meeting, the three pledged to deepen cooperation.", "2024-06-03")
    assert.are.equal("", parts(find(ev, "statement")))
  end)

  it("takes the verb putting out a document as the trigger, not the document after it", function()
    -- "issued a joint statement": one happening, on its first trigger
    local ev = events("Foreign Minister Penny Wong and Defence Minister Richard Marles issued a joint statement "
      .. "with their Japanese counterparts on Saturday.", "2024-09-08")
    local e = find(ev, "issued")
    assert.is_not_nil(e)
    assert.are.equal("agreement", e.type)
    assert.are.equal("2024-09-07", e.date)
    assert.is_nil(find(ev, "statement"))
    ev = events("The White House released the full communique of the G7 leaders on Sunday.", "2024-06-17")
    assert.are.equal("agreement", find(ev, "released").type)
    assert.is_nil(find(ev, "communique"))
    -- a participle after the noun tells of the document: the noun stays
    ev = events("Cho Tae-yul and Antony Blinken met on Thursday. In a joint statement released after the talks, "
      .. "the two condemned North Korea.", "2024-11-01")
    assert.is_not_nil(find(ev, "statement"))
    assert.is_nil(find(ev, "released"))
  end)

  it("takes a document as the subject of a passive issuing verb for the issuing, with its agent", function()
    local ev = events("The Canberra Joint Communique was released on Thursday.", "2025-02-10")
    assert.are.equal(1, #ev)
    local e = find(ev, "released")
    assert.is_not_nil(e)
    assert.are.equal("agreement", e.type)
    assert.are.equal("2025-02-06", e.date)
    ev = events("A joint statement was issued by Japan and Canada in Ottawa on Monday.", "2025-02-10")
    assert.are.equal(1, #ev)
    e = find(ev, "issued")
    assert.are.equal("country/canada country/japan", parts(e))
    assert.are.equal("location/ottawa", e.location)
    -- a verb of the event's own family in the passive: one event, on the verb
    ev = events("A joint declaration was adopted by Australia and the Philippines on Friday.", "2025-02-10")
    assert.are.equal(1, #ev)
    assert.are.equal("adopted", ev[1].trigger.text)
    assert.are.equal("country/australia country/philippines", parts(ev[1]))
    -- a habit in the present is no issuing
    ev = events("The Canberra Joint Communique is published after each meeting.", "2025-02-10")
    assert.is_nil(find(ev, "published"))
    -- nor is a participle set off by commas: the document stays the trigger
    ev = events("The joint statement, released by Japan and Canada on Monday, called for calm.", "2025-02-10")
    assert.is_not_nil(find(ev, "statement"))
    assert.is_nil(find(ev, "released"))
  end)

  it("takes a named document for no statement of its own, only the verb issuing or adopting it", function()
    -- the document named: a text in being, no event
    local ev = events("The Washington Declaration strengthened extended deterrence, Defense Minister Shin Won-sik "
      .. "said on Monday.", "2023-11-14")
    assert.are.equal(0, #ev)
    ev = events("The consultative group was set up under the Washington Declaration, which President Yoon Suk Yeol "
      .. "and President Joe Biden adopted in April.", "2023-07-19")
    assert.is_nil(find(ev, "Declaration"))
    -- after "a" the capitals dress up a common noun, and a document "issued by"
    -- someone is the statement itself: both stay events
    ev = events("The report cited a Foreign Ministry Statement issued by Seoul on Tuesday.", "2024-03-20")
    assert.are.equal("2024-03-19", find(ev, "Statement").date)
    ev = events("Yoon Suk Yeol and Fumio Kishida said in a Joint Statement on Friday that they would deepen "
      .. "cooperation.", "2024-06-28")
    assert.is_not_nil(find(ev, "Statement"))
    ev = events("The Vilnius Summit Communique, issued by NATO in July 2023, named North Korea.", "2024-07-10")
    assert.are.equal("2023-07", find(ev, "Communique").date)
    -- adopting it: one agreement, on the verb
    ev = events("President Yoon Suk Yeol and President Joe Biden adopted the Washington Declaration on April 26.",
      "2023-04-27")
    assert.are.equal(1, #ev)
    assert.are.equal("agreement", find(ev, "adopted").type)
    assert.are.equal("2023-04-26", find(ev, "adopted").date)
    -- issuing it: the verb is the trigger, as for "issued a joint statement"
    ev = events("President Yoon Suk Yeol and President Joe Biden issued the Washington Declaration in Washington "
      .. "on April 26.", "2023-04-27")
    assert.are.equal(1, #ev)
    local e = find(ev, "issued")
    assert.are.equal("person/joe-biden person/yoon-suk-yeol", parts(e))
    assert.are.equal("location/washington", e.location)
  end)

  it("takes a meeting word inside a document's name for no meeting: the document is the event", function()
    local ev = events("G7 foreign ministers issued the Capri Summit Declaration on Friday.", "2024-04-20")
    assert.are.equal(1, #ev)
    local e = find(ev, "issued")
    assert.are.equal("statement", e.type)
    assert.are.equal("org/g7", parts(e))
    assert.are.equal("2024-04-19", e.date)
    ev = events("Prime Minister Fumio Kishida and President Yoon Suk Yeol adopted the Hiroshima Summit Joint "
      .. "Communique on Sunday.", "2024-04-22")
    assert.are.equal(1, #ev)
    assert.are.equal("agreement", find(ev, "adopted").type)
    -- the name stands alone, or the summit is told apart from the document: both stay
    ev = events("The Madrid Summit Declaration, released by NATO leaders on Wednesday, named Russia.", "2024-04-22")
    assert.are.equal(1, #ev)
    assert.are.equal("statement", find(ev, "Declaration").type)
    ev = events("NATO leaders issued a declaration at the Madrid summit on Wednesday.", "2024-04-22")
    assert.are.equal("statement", find(ev, "issued").type)
    assert.are.equal("meeting", find(ev, "summit").type)
  end)

  it("reads a compound glued by a hyphen as one trigger", function()
    local ev = events("North Korea said on Tuesday that it had test-fired a Hwasong-19 intercontinental ballistic "
      .. "missile, with leader Kim Jong Un watching.", "2024-11-01")
    local n = 0
    for _, e in ipairs(ev) do if e.type == "weapons_test" then n = n + 1 end end
    assert.are.equal(1, n)
    assert.is_nil(find(ev, "fired"))
  end)

  it("finds a weapons test named again as the subject of its clause", function()
    local text = "North Korea fired an intercontinental ballistic missile into the sea off Japan on Thursday, "
      .. "South Korea's Joint Chiefs of Staff said.\n\nThe launch came days before the U.S. presidential "
      .. "election. The UN secretary general condemned the launch."
    local ev = events(text, "2024-10-31")
    local n = 0
    for _, e in ipairs(ev) do
      if e.type == "weapons_test" then n = n + 1 end
    end
    -- "The launch came": the second; "condemned the launch": an object, no test of its own
    assert.are.equal(2, n)
    local e = ev[2]
    assert.are.equal("launch", e.trigger.text)
    assert.are.equal(text:find("The launch came", 1, true) + 4, e.trigger.start)
    -- with no test told before, "the launch" needs a missile in its sentence
    ev = events("The launch came days before the election.", "2024-10-31")
    assert.are.equal(0, #ev)
  end)

  it("takes a nuclear test as a weapons test with no missile", function()
    local ev = events("North Korea conducted its sixth nuclear test in September 2017.", "2024-10-31")
    local e = find(ev, "test")
    assert.is_not_nil(e)
    assert.are.equal("weapons_test", e.type)
    assert.are.equal("2017-09", e.date)
  end)

  it("leaves the date of a relative clause after the trigger to the relative's verb", function()
    local ev = events("President Yoon Suk Yeol and President Joe Biden held a bilateral meeting in which they "
      .. "reviewed the Washington Declaration adopted in April.", "2023-08-19")
    assert.is_nil(find(ev, "meeting").date)
    assert.are.equal("2023-04", find(ev, "adopted").date)
    ev = events("Defense Minister Shin Won-sik and Lloyd Austin adopted a defense vision that looks ahead to "
      .. "the alliance's centennial in 2053.", "2023-11-13")
    assert.is_nil(find(ev, "adopted").date)
    -- a relative clause on the noun trigger itself tells of the event
    ev = events("North Korea's defense ministry denounced the Nuclear Consultative Group meeting that "
      .. "officials held in Washington last week.", "2023-12-19")
    assert.are.equal("2023-W50", find(ev, "meeting").date)
    ev = events("Leaders will gather for the NATO summit, which runs from Tuesday to Wednesday.", "2024-07-08")
    assert.are.equal("2024-07-09", find(ev, "NATO summit").date)
  end)

  it("keeps the date and tense of a relative clause set off by commas to that clause's verb", function()
    -- published on a Tuesday: Saturday was past, Friday is to come
    local ev = events("NATO Secretary General Mark Rutte, who arrived in Seoul on Saturday, will hold talks with "
      .. "Prime Minister Han Duck-soo on Friday.", "2024-10-29")
    local a = find(ev, "arrived")
    assert.are.equal("2024-10-26", a.date)
    assert.are.equal("occurred", a.modality)
    assert.are.equal("2024-11-01", find(ev, "talks").date)
    assert.are.equal("planned", find(ev, "talks").modality)
    -- the main clause's date is not the relative's, nor its future the main verb's
    ev = events("Foreign Minister Cho Tae-yul, who visited Hanoi on Monday, will meet Japanese officials in Tokyo "
      .. "on Friday.", "2024-10-29")
    assert.are.equal("2024-11-01", find(ev, "meet").date)
    ev = events("Foreign Minister Cho Tae-yul, who will travel to Tokyo on Sunday, met Antony Blinken on Friday.",
      "2024-10-29")
    assert.are.equal("occurred", find(ev, "met").modality)
    assert.are.equal("planned", find(ev, "travel").modality)
    ev = events("NATO Secretary General Mark Rutte, who arrived in Seoul, will hold talks with Prime Minister "
      .. "Han Duck-soo on Friday.", "2024-10-29")
    assert.are.equal("occurred", find(ev, "arrived").modality)
    -- one on the noun trigger itself still tells of the event
    ev = events("The talks, which opened in Geneva on Monday, will run through Wednesday.", "2024-10-29")
    assert.are.equal("2024-10-28", find(ev, "talks").date)
  end)

  it("takes talks called regular for a kind of event", function()
    local ev = events("Defense ministers of Japan, South Korea and the United States signed a memorandum in Tokyo "
      .. "on Sunday, committing to regular ministerial talks.", "2024-07-29")
    assert.is_not_nil(find(ev, "signed"))
    assert.is_nil(find(ev, "talks"))
  end)

  it("takes a trigger word modifying the noun after it for no event", function()
    local ev = events("U.S. officials met South Korean counterparts on Tuesday, but declined to call the pledge "
      .. "a treaty obligation.", "2024-11-06")
    assert.is_not_nil(find(ev, "met"))
    assert.is_nil(find(ev, "treaty"))
    ev = events("NATO Secretary General Mark Rutte spoke on Wednesday of President Yoon Suk Yeol's brief "
      .. "imposition of martial law.", "2024-12-04")
    assert.is_nil(find(ev, "brief"))
    ev = events("Japan hosted the allies on Friday for talks at the ministerial level.", "2024-07-29")
    assert.is_nil(find(ev, "ministerial"))
    -- a trigger noun after it is left to the rule of two triggers side by side
    ev = events("Yoon Suk Yeol and Fumio Kishida held a ministerial meeting in Tokyo on Friday.", "2024-07-29")
    assert.are.equal("meeting", find(ev, "meeting").type)
  end)

  it("takes a trigger after 'such' for the event told before, counted among its kind", function()
    local ev = events("Foreign Minister Cho Tae-yul and Defense Minister Kim Yong-hyun met Antony Blinken and "
      .. "Lloyd Austin at the State Department, in the sixth such meeting between South Korea and the "
      .. "United States.", "2024-11-01")
    assert.is_not_nil(find(ev, "met"))
    assert.is_nil(find(ev, "meeting"))
  end)

  it("finds a court set to rule", function()
    local ev = events("The Constitutional Court is set to rule on Friday on whether to remove President Yoon "
      .. "Suk Yeol from office.", "2025-04-01")
    local e = find(ev, "rule")
    assert.is_not_nil(e)
    assert.are.equal("ruling", e.type)
    assert.are.equal("2025-04-04", e.date)
    assert.are.equal("planned", e.modality)
  end)

  it("drops a named meeting skipped", function()
    local ev = events("President Lee Jae-myung will skip the NATO summit in The Hague, his office said on Sunday.",
      "2025-06-22")
    assert.is_nil(find(ev, "NATO summit"))
  end)

  it("drops a meeting a passive after it calls off", function()
    local ev = events("Defense Minister Kim Yong-hyun attended a meeting with Lloyd Austin on Monday. A ministerial "
      .. "meeting with Kazakhstan, planned for Thursday, has been canceled, the ministry said.", "2024-12-04")
    local n = 0
    for _, e in ipairs(ev) do if e.type == "meeting" then n = n + 1 end end
    assert.are.equal(1, n)
    -- a participle of another clause does not call it off
    ev = events("North Korea fired a ballistic missile on Monday after the drills had been postponed.", "2024-12-04")
    assert.is_not_nil(find(ev, "fired"))
  end)

  it("takes leaving a named place for the start of a trip", function()
    local ev = events("Foreign Minister Cho Tae-yul left Seoul on Tuesday evening for talks with European "
      .. "officials.", "2024-04-05")
    local e = find(ev, "left")
    assert.is_not_nil(e)
    assert.are.equal("visit", e.type)
    assert.are.equal("2024-04-02", e.date)
    assert.are.equal("person/cho-tae-yul", parts(e))
    assert.is_nil(e.location)      -- the place left is not the trip's place
    -- "left" as a side or what remains is no trip
    ev = events("Cho Tae-yul, left, shakes hands with Josep Borrell in Brussels on Thursday.", "2024-04-05")
    assert.is_nil(find(ev, "left"))
  end)

  it("takes troops arriving for a deployment, people arriving for a visit", function()
    local ev = events("Ukraine's military intelligence said the first North Korean units would arrive in "
      .. "Russia's Kursk region on Wednesday.", "2024-10-22")
    assert.are.equal("deployment", find(ev, "arrive").type)
    ev = events("Lloyd Austin arrived in Seoul on Sunday.", "2023-11-13")
    assert.are.equal("visit", find(ev, "arrived").type)
  end)

  it("places troops sent to a place there, the narrower of a place and its possessor", function()
    local ev = events("Pyongyang has sent about 4,000 soldiers to Russia, and some units were later moved to "
      .. "Russia's Kursk region, officials said.", "2024-11-04")
    assert.are.equal("country/russia", find(ev, "sent").location)
    assert.are.equal("location/kursk-region", find(ev, "moved").location)
    -- a place before the trigger, governed by "to", is no destination
    ev = events("Tokyo is weighing how to respond to North Korea's troop deployment.", "2024-11-04")
    assert.is_nil(find(ev, "deployment").location)
  end)

  it("places an event in a place named after 'of' by the kind of place it is ('the port of X')", function()
    local ev = events("North Korean leader Kim Jong Un and Russian President Vladimir Putin held talks in the "
      .. "Russian Pacific port of Vladivostok on Wednesday.", "2023-09-14")
    local t = find(ev, "talks")
    assert.are.equal("location/vladivostok", t.location)
    assert.are.equal("person/kim-jong-un person/vladimir-putin", parts(t))
    -- the narrower place, over a possessor among the noun's modifiers
    ev = events("Yoon Suk Yeol and Fumio Kishida met in South Korea's southeastern port city of Busan on "
      .. "Saturday.", "2023-09-10")
    assert.are.equal("location/busan", find(ev, "met").location)
    -- "of" after any other noun still governs no place
    ev = events("Yoon Suk Yeol and Fumio Kishida met in the spirit of Camp David on Saturday.", "2023-09-10")
    assert.is_nil(find(ev, "met").location)
  end)

  it("gives an exercise starting on its day the span its sentence gives from that day", function()
    local ev = events("U.S. and South Korean forces will start their annual summer exercise on Monday, with field "
      .. "drills scheduled to run from Aug. 19 to Aug. 29, officials said.", "2024-08-16")
    local e = find(ev, "exercise")
    assert.are.equal("2024-08-19", e.date)
    assert.are.equal("2024-08-29", e.date_end)
  end)

  it("does not take the place of a topic's noun for the event's", function()
    local ev = events("Japanese officials will brief EU envoys on Chinese vessels in the East China Sea on Friday.",
      "2024-11-04")
    assert.is_nil(find(ev, "brief").location)
    -- a day after "on" is no topic: the place is the briefing's
    ev = events("Japanese officials will brief EU envoys on Friday in Brussels.", "2024-11-04")
    assert.are.equal("location/brussels", find(ev, "brief").location)
  end)

  it("writes events into the extract record per SCHEMA", function()
    local _, d = events("Cho Tae-yul met Antony Blinken in Washington on Thursday.", "2024-11-01")
    local e = d:totable().events[1]
    assert.are.equal("t#1", e.id)
    assert.same({ "person/cho-tae-yul", "person/antony-blinken" }, e.participants)
    assert.are.equal("2024-10-31", e.date)
    assert.are.equal(require("korea_nato.json").null, e.date_end)
  end)
end)

describe("the event lexicon", function()
  it("is data: errors name the line, a user list can be added", function()
    local ok, err = kn.set_events("summit meeting\nparley meet\nsummit talks needs:nothing\n", "mine.txt")
    assert.is_nil(ok)
    assert.are.equal("mine.txt:2: expected a phrase and an event type\nmine.txt:3: unknown class in a condition", err)
    assert.is_true(kn.set_events("parley meeting\n", "mine.txt", true))
    local ev = events("Cho Tae-yul and Mark Rutte held a parley in Brussels on Monday.", "2024-11-06")
    assert.are.equal("parley", ev[1].trigger.text)
    assert.is_true(kn.set_events("", "none", true))
  end)

  it("refuses a context word too long to match by name, whatever its length", function()
    for _, n in ipairs({ 48, 200 }) do
      local ok, err = kn.set_events(("w"):rep(n) .. " parley meeting\n", "mine.txt", true)
      assert.is_nil(ok)
      assert.are.equal("mine.txt:1: word too long (at most 47 bytes)", err)
    end
    local ok, err = kn.set_events("parley " .. ("w"):rep(256) .. " meeting\n", "mine.txt", true)
    assert.is_nil(ok)
    assert.are.equal("mine.txt:1: phrase too long (at most 255 bytes)", err)
    assert.is_true(kn.set_events(("w"):rep(47) .. " parley meeting\n", "mine.txt", true))
    assert.is_true(kn.set_events("", "none", true))
  end)
end)

describe("event participants", function()
  it("reads 'his' or 'her' owning a noun trigger as the person 'he' or 'she' would be", function()
    local ev = events("Foreign Minister Cho Tae-yul met Secretary of State Antony Blinken in Washington on Tuesday. "
      .. "His visit to the United States ends on Friday.", "2024-01-17")
    assert.are.equal("person/cho-tae-yul", parts(find(ev, "visit")))
    ev = events("President Yoon Suk Yeol lifted his martial law declaration hours after the National Assembly "
      .. "voted it down.", "2024-12-04")
    assert.are.equal("person/yoon-suk-yeol", parts(find(ev, "declaration")))
  end)

  it("gives a participle after 'after', 'before' or 'while' the subject of the clause it hangs on", function()
    local ev = events("South Korean Foreign Minister Cho Tae-yul met NATO Secretary General Mark Rutte after visiting "
      .. "Brussels.", "2024-11-06")
    local v = find(ev, "visiting")
    assert.are.equal("person/cho-tae-yul", parts(v))
    assert.are.equal("location/brussels", v.location)
    assert.are.equal("person/cho-tae-yul person/mark-rutte", parts(find(ev, "met")))
    -- put before the main clause: the subject after its comma, not the one met
    ev = events("While visiting Washington on Wednesday, Defense Minister Kim Yong-hyun met Defense Secretary "
      .. "Lloyd Austin.", "2024-10-31")
    v = find(ev, "visiting")
    assert.are.equal("person/kim-yong-hyun", parts(v))
    assert.are.equal("location/washington", v.location)
    assert.are.equal("2024-10-30", v.date)
    -- not across another clause's subject: the nearest clause's names, or none
    ev = events("Yoon Suk Yeol met Joe Biden in Washington, while Fumio Kishida returned home after visiting Seoul.",
      "2024-07-10")
    assert.are.equal("person/fumio-kishida", parts(find(ev, "visiting")))
    ev = events("Yoon Suk Yeol met Joe Biden in Washington as Fumio Kishida returned home after visiting Seoul.",
      "2024-07-10")
    assert.are.equal("person/fumio-kishida", parts(find(ev, "visiting")))
    ev = events("Yoon Suk Yeol met Joe Biden in Washington, and he returned home after visiting Seoul.", "2024-07-10")
    assert.are.equal("", parts(find(ev, "visiting")))
    ev = events("North Korea fired two missiles as Joe Biden arrived in Seoul after visiting Tokyo.", "2024-07-10")
    v = find(ev, "visiting")
    if v then assert.are.equal("person/joe-biden", parts(v)) end
    -- objects joined by "and" are no clause; subjects joined by it one subject
    ev = events("Yoon Suk Yeol and Fumio Kishida met Mark Rutte and Antony Blinken after visiting Brussels.", "2024-07-10")
    assert.are.equal("person/fumio-kishida person/yoon-suk-yeol", parts(find(ev, "visiting")))
  end)

  it("keeps the subject of a clause of 'as' to its own event, and a stop in another place a visit of its own", function()
    local text = "U.S. President Joe Biden wrapped up his first Asia trip on Tuesday.\n\nNorth Korea fired two "
      .. "ballistic missiles on Tuesday as Biden arrived in Seoul after visiting Tokyo, the South Korean military said."
    local ev = events(text, "2022-05-25")
    local f, a, v = find(ev, "fired"), find(ev, "arrived"), find(ev, "visiting")
    assert.are.equal("country/north-korea", parts(f))
    assert.are.equal("person/joe-biden", parts(a))
    assert.are.equal("location/seoul", a.location)
    -- the Tokyo stop: not merged into the arrival, and the military that speaks takes no part
    assert.is_not_nil(v)
    assert.are.equal("person/joe-biden", parts(v))
    assert.are.equal("location/tokyo", v.location)
    assert.are.equal("occurred", v.modality)
    ev = events("North Korea fired two cruise missiles on Saturday as Japan and South Korea held talks in Tokyo.",
      "2023-04-23")
    assert.are.equal("country/north-korea", parts(find(ev, "fired")))
    assert.are.equal("country/japan country/south-korea", parts(find(ev, "talks")))
    -- "such as" is no clause: the names it lists stay the event's
    ev = events("Yoon Suk Yeol met leaders of partners such as Japan and Australia in Vilnius on Tuesday.",
      "2023-07-12")
    assert.are.equal("country/australia country/japan person/yoon-suk-yeol", parts(find(ev, "met")))
  end)

  it("takes the agents of a passive statement verb through ranks and what describes them", function()
    local ev = events("The joint drills were announced on Thursday by Adm. Kim Myung-soo, chairman of South Korea's "
      .. "Joint Chiefs of Staff (JCS), and Gen. Charles Q. Brown Jr. of the U.S. Joint Chiefs of Staff.", "2024-07-20")
    assert.are.equal("person/charles-q-brown-jr person/kim-myung-soo", parts(find(ev, "announced")))
  end)

  it("gives a definite noun after several modifiers the parties of the event it names again", function()
    local ev = events("South Korea and the United States started the Ulchi Freedom Shield exercise on Monday. The "
      .. "Joint Chiefs of Staff said the computer-assisted command post exercise would include a nuclear scenario "
      .. "for the first time.", "2024-08-20")
    assert.are.equal(2, #ev)
    assert.are.equal("country/south-korea country/united-states", parts(ev[2]))
    -- a subject with a verb after it names no event again: "the council will meet"
    ev = events("President Yoon Suk Yeol met President Joe Biden at the White House on Wednesday. The national "
      .. "security council will meet on Friday.", "2023-04-27")
    -- the council only (the country's named just before: linking), not Yoon and Biden
    assert.are.equal("org/us-national-security-council", parts(find(ev, "meet")))
  end)

  it("takes the side that forces come from ('warships from Japan') as a party", function()
    local ev = events("Destroyers and fighters from Japan and the United States held a joint exercise in the Sea of "
      .. "Japan on Wednesday.", "2024-11-08")
    assert.are.equal("country/japan country/united-states", parts(find(ev, "exercise")))
  end)

  it("gives a noun with a 'between' phrase the sides that phrase names, and the subject of 'attend' besides", function()
    local ev = events("Defense Minister Shin Won-sik on Tuesday praised the progress made at last month's summit "
      .. "between the United States and Japan.", "2024-04-16")
    assert.are.equal("country/japan country/united-states", parts(find(ev, "summit")))
    ev = events("Lloyd Austin will attend a ministerial meeting between South Korea and the United Nations Command "
      .. "on Tuesday.", "2024-04-16")
    assert.are.equal("country/south-korea org/united-nations-command person/lloyd-austin", parts(find(ev, "meeting")))
  end)

  it("reads 'between the two' as the two people just named", function()
    local ev = events("President Yoon Suk Yeol flew to Canberra on Sunday at the invitation of Prime Minister "
      .. "Anthony Albanese, with talks between the two set for Monday.", "2024-04-16")
    assert.are.equal("person/anthony-albanese person/yoon-suk-yeol", parts(find(ev, "talks")))
    -- named in the sentence before; "face-to-face" is one modifier of a definite noun
    ev = events("Foreign Minister Cho Tae-yul will meet Secretary of State Marco Rubio in Washington on Thursday. "
      .. "It will be the first face-to-face meeting between the two ministers.", "2025-02-10")
    local e = find(ev, "meeting")
    assert.are.equal("person/cho-tae-yul person/marco-rubio", parts(e))
    assert.are.equal("2025-02-13", e.date)
  end)

  it("takes a demonym before a party noun after two modifiers, or before the trigger's own noun, as a party", function()
    local ev = events("Russia moved North Korean special operations troops to the Kursk region on Nov. 2.", "2024-11-05")
    assert.are.equal("country/north-korea country/russia", parts(find(ev, "moved")))
    -- inside a prepositional phrase: its actor, not the subject of the clause around it
    ev = events("Defense Minister Kim Yong-hyun briefed lawmakers on the North Korean deployment on Tuesday.",
      "2024-11-05")
    assert.are.equal("country/north-korea", parts(find(ev, "deployment")))
  end)

  it("takes a demonym joined by 'and' to a country's name before a party noun as a party", function()
    local ev = events("Polish and U.S. soldiers started joint drills near Gdansk on Thursday, the Polish army said.",
      "2025-04-25")
    assert.are.equal("country/poland country/united-states", parts(find(ev, "drills")))
    -- a noun of the chiefs themselves ends the phrase as troops do
    ev = events("Japanese and Australian defence chiefs met in Darwin on Friday.", "2025-04-25")
    assert.are.equal("country/australia country/japan", parts(find(ev, "met")))
    -- before a noun that is no party, the demonym stays a mere adjective
    ev = events("Antony Blinken met Wang Yi in Geneva on Friday over the North Korean and U.S. nuclear standoff.",
      "2025-04-25")
    assert.are.equal("person/antony-blinken person/wang-yi", parts(find(ev, "met")))
  end)

  it("takes the object of an infinitive after the trigger as that verb's, not a party", function()
    local ev = events("Japan and the Philippines agreed on Monday to help Vietnam build coast guard capacity.",
      "2024-11-05")
    assert.are.equal("country/japan country/philippines", parts(find(ev, "agreed")))
  end)

  it("takes the subject of a 'where' clause on a noun trigger as its parties", function()
    local ev = events("The plan was first floated at a meeting in Tokyo on Sunday, where Lloyd Austin and Minoru "
      .. "Kihara discussed command reforms.", "2024-06-10")
    assert.are.equal("person/lloyd-austin person/minoru-kihara", parts(find(ev, "meeting")))
    -- through a participle with "by" and an apposition, up to the verb
    ev = events("Mark Rutte spoke to reporters after a closed-door session of the North Atlantic Council, where a "
      .. "team led by Kim Yong-hyun, South Korea's defense minister, showed satellite images.", "2024-06-10")
    assert.are.equal("org/nato-north-atlantic-council person/kim-yong-hyun", parts(find(ev, "session")))
  end)

  it("takes no parties from the sentence before for a definite noun dated in another month", function()
    local ev = events("Lloyd Austin, Shin Won-sik and Minoru Kihara held talks in Singapore on June 2. The plan goes "
      .. "back to the summit of their leaders in August 2023.", "2024-06-10")
    assert.are.equal("", parts(find(ev, "summit")))
  end)

  it("gives a passive verb with a definite subject the parties of the event that subject names, unless 'by' gives its own", function()
    local ev = events("North Korea fired a short-range ballistic missile off its east coast on Monday. The missile was "
      .. "launched from near Wonsan and flew about 600 kilometers.", "2024-07-12")
    assert.are.equal("country/north-korea", parts(find(ev, "launched")))
    ev = events("Joe Biden and Yoon Suk Yeol endorsed new nuclear guidelines in Washington on Thursday. The document "
      .. "was signed by defense officials later that day.", "2024-07-12")
    assert.are.equal("", parts(find(ev, "signed")))
  end)

  it("takes names joined by hyphens before a noun of a relation ('China-Russia cooperation') as its topic", function()
    local ev = events("Seoul, Tokyo denounce China-Russia military cooperation at security talks", "2024-07-12")
    assert.are.equal("country/japan country/south-korea", parts(find(ev, "talks")))
    -- a name with a verb after it is no modifier
    ev = events("Japan, Australia deepen ties with new defence pact", "2024-07-12")
    assert.are.equal("country/australia country/japan", parts(find(ev, "pact")))
  end)

  it("takes a body visited as a party, a country visited as the place", function()
    local ev = events("Defense Secretary Pete Hegseth visited U.S. Forces Korea on Monday.", "2025-11-04")
    assert.are.equal("org/us-forces-korea person/pete-hegseth", parts(ev[1]))
    ev = events("Defense Secretary Pete Hegseth visited South Korea on Monday.", "2025-11-04")
    assert.are.equal("person/pete-hegseth", parts(ev[1]))
    assert.are.equal("country/south-korea", ev[1].location)
  end)

  it("takes whom someone represents or stands in for as no party", function()
    local ev = events("Foreign Minister Cho Tae-yul will represent President Yoon Suk Yeol at the summit in Washington "
      .. "on Wednesday.", "2024-07-09")
    assert.are.equal("person/cho-tae-yul", parts(find(ev, "summit")))
  end)

  it("reads a counting subject of a support verb ('The four then held a meeting') as the people just named", function()
    local ev = events("Fumio Kishida, Yoon Suk Yeol and Christopher Luxon arrived in Washington on Tuesday with Richard "
      .. "Marles, who stood in for Anthony Albanese. The four then held a meeting with Jens Stoltenberg.", "2024-07-09")
    assert.are.equal("person/christopher-luxon person/fumio-kishida person/jens-stoltenberg person/richard-marles "
      .. "person/yoon-suk-yeol", parts(find(ev, "meeting")))
  end)

  it("reads a headline's first name before a comma as a party, not a dateline's place", function()
    local ev = events("US, Japan and Philippines begin first joint naval drills\n\nMANILA, April 7 (Reuters) -- The "
      .. "United States, Japan and the Philippines began joint naval drills in the South China Sea on Sunday.",
      "2024-04-07")
    assert.are.equal("country/japan country/philippines country/united-states", parts(ev[1]))
  end)

  it("takes the subject of a verb of naming ('the partners Beijing calls its rivals') as no party", function()
    local ev = events("Prime Minister Anthony Albanese held talks with leaders of India, Japan and the United States, the "
      .. "partners Beijing calls its rivals, in Tokyo on Tuesday.", "2023-05-24")
    assert.are.equal("country/india country/japan country/united-states person/anthony-albanese",
      parts(find(ev, "talks")))
  end)

  it("gives a participle after the name it tells of no subject on its left", function()
    local ev = events("President Yoon Suk Yeol and Prime Minister Fumio Kishida discussed the Camp David Principles "
      .. "adopted in August.", "2023-11-20")
    assert.are.equal("", parts(find(ev, "adopted")))
    -- a subject before a date is no such name: "NATO on Monday confirmed"
    ev = events("NATO on Monday confirmed that North Korean troops had been sent to Russia.", "2024-10-29")
    assert.are.equal("org/nato", parts(find(ev, "confirmed")))
  end)

  it("takes names inside a relative clause set off by dashes as no parties", function()
    local ev = events("Japan and the Philippines — which with the United States form a loose security triangle — held "
      .. "talks in Manila on Monday.", "2024-07-09")
    assert.are.equal("country/japan country/philippines", parts(find(ev, "talks")))
  end)

  it("joins '… also attended' ending a sentence to the event the sentence before tells of", function()
    local ev = events("Antony Blinken met Fumio Kishida in Tokyo on Monday. Defense Secretary Lloyd Austin also "
      .. "attended.", "2024-07-30")
    assert.are.equal("person/antony-blinken person/fumio-kishida person/lloyd-austin", parts(find(ev, "attended")))
  end)

  it("takes the event a support verb's object names, not the verb, as the one a definite noun names again", function()
    local ev = events("Prime Minister Fumio Kishida will attend this week's summit of the Group of Seven. The G7 summit "
      .. "opens on Thursday.", "2022-06-27")
    assert.are.equal("org/g7 person/fumio-kishida", parts(find(ev, "G7 summit")))
  end)

  it("takes whoever tells or says something during a call or talks as a party of them", function()
    local ev = events("Kim Yong-hyun told Lloyd Austin during talks in Washington on Wednesday that Seoul would keep "
      .. "its commitment.", "2024-10-31")
    assert.are.equal("person/kim-yong-hyun person/lloyd-austin", parts(find(ev, "talks")))
  end)

  it("reads 'they' before an adverb of time ('they last met') as the parties just named", function()
    local ev = events("President Yoon Suk Yeol and Prime Minister Fumio Kishida met in Tokyo on March 16. "
      .. "They last met in Hiroshima in May.", "2023-06-01")
    assert.are.equal("person/fumio-kishida person/yoon-suk-yeol", parts(ev[2]))
  end)

  it("finds no event in a kind of meeting counted with 'every'", function()
    local ev = events("President Lee Jae-myung, who has attended every NATO summit since 2022 as a lawmaker's guest, "
      .. "met Japanese Prime Minister Shigeru Ishiba in Tokyo on Saturday.", "2025-08-25")
    assert.are.equal(1, #ev)
    assert.are.equal("met", ev[1].trigger.text)
    local ev2 = events("Each annual meeting of the two defence chiefs has produced a joint communique.", "2025-08-25")
    assert.is_nil(find(ev2, "meeting"))
  end)

  it("gives a noun of another kind of gathering none of the parties of the sentence before", function()
    local ev = events("The leaders of Japan and South Korea later joined a session with NATO allies and "
      .. "Ukrainian President Volodymyr Zelenskyy. The summit's closing communique, agreed on Wednesday, "
      .. "named China a decisive enabler of the war.", "2024-07-12")
    local s = find(ev, "session")
    assert.truthy(s)
    assert.truthy(parts(s):find("person/volodymyr-zelenskyy", 1, true))
    local m = find(ev, "summit")
    assert.truthy(m)
    assert.is_nil(parts(m):find("person/volodymyr-zelenskyy", 1, true))
  end)

  it("takes a body named by a common noun and then 'known as' its name as a party, unlike a list so named", function()
    local ev = events("Ukraine's military intelligence agency, known as HUR, reported on Friday that North Korean "
      .. "soldiers had moved to the border.", "2024-11-08")
    assert.are.equal("org/ua-defense-intelligence", parts(find(ev, "reported")))
  end)

  it("takes the owner of the complement of 'was' that counts the event ('the North's second') as its actor", function()
    local ev = events("North Korea fired a missile on Thursday. Japan told residents of Hokkaido to take cover for an "
      .. "hour. The launch was the North's second in a week and drew protests from Tokyo and Seoul.", "2023-04-14")
    assert.are.equal("country/north-korea", parts(find(ev, "launch")))
  end)

  it("reads 'it' before an adverb in a relative clause with no 'that' ('the model it first tested') as its actor", function()
    local ev = events("North Korean state media said on Friday that the rocket was a Hwasong-19, the model it first "
      .. "tested in October.", "2024-11-08")
    assert.are.equal("country/north-korea", parts(find(ev, "tested")))
  end)

  it("ends a clause at ', and' after a single name, a list's comma only after names set off by commas", function()
    local ev = events("Russia and North Korea signed a treaty in June when President Vladimir Putin visited Pyongyang, "
      .. "and American officials worry that Moscow could share missile technology.", "2024-07-11")
    assert.are.equal("person/vladimir-putin", parts(find(ev, "visited")))
  end)

  it("takes no speaker of a saying verb after the event as its party, even before a participle clause", function()
    local ev = events("Prime Minister Fumio Kishida will fly to Madrid for the NATO summit next week, Japan's Foreign "
      .. "Ministry announced on Friday, making him the first Japanese leader to attend one.", "2022-06-24")
    assert.are.equal("person/fumio-kishida", parts(find(ev, "NATO summit")))
  end)

  it("takes the subject of a negated verb whose object or purpose the noun names as no party of it", function()
    local ev = events("President Yoon Suk Yeol will not travel to Brussels for the NATO summit next week, his office "
      .. "said on Friday.", "2022-06-24")
    assert.are.equal("", parts(find(ev, "NATO summit")))
  end)

  it("ends a noun trigger's arguments at a second verb after 'and' that takes an object of its own", function()
    local ev = events("Defense Secretary Lloyd Austin would co-chair the meeting on Monday and welcome Tokyo's plan "
      .. "to take on a larger share of the burden of deterring North Korea.", "2024-07-26")
    assert.are.equal("person/lloyd-austin", parts(find(ev, "meeting")))
  end)

  it("makes a noun of the same kind in the purpose of the verb before one event with it, with all the parties", function()
    local ev = events("President Yoon Suk Yeol flew to Canberra on Monday for an official visit hosted by Prime "
      .. "Minister Anthony Albanese.", "2023-07-12")
    assert.are.equal(1, #ev)
    assert.are.equal("flew", ev[1].trigger.text)
    assert.are.equal("person/anthony-albanese person/yoon-suk-yeol", parts(ev[1]))
    assert.are.equal("location/canberra", ev[1].location)
  end)

  it("takes the place a weapon is fired from as the test's place ('fired from near Pyongyang')", function()
    local ev = events("South Korea's military said the missile was fired from near Pyongyang on Monday morning and "
      .. "flew about 800 kilometers.", "2024-11-05")
    assert.are.equal("location/pyongyang", find(ev, "fired").location)
  end)

  it("takes a place named right before the noun of a meeting as its place, not before a trip", function()
    local ev = events("Secretary of State Antony Blinken said the Brussels talks on Wednesday had been useful. "
      .. "Tokyo will be the last stop of Blinken's Asia trip on Friday.", "2024-12-04")
    assert.are.equal("location/brussels", find(ev, "talks").location)
    assert.is_nil(find(ev, "trip").location)
  end)

  it("takes where one travels for a meeting as the meeting's place, before a stop on the way", function()
    local ev = events("Prime Minister Fumio Kishida will fly to Madrid next week to attend the NATO summit, making a "
      .. "stop in Hawaii on Monday.", "2022-06-24")
    assert.are.equal("location/madrid", find(ev, "NATO summit").location)
  end)

  it("reads a named meeting's arguments past its name again in brackets ('Meeting (SCM) at the Pentagon')", function()
    local ev = events("Defense Minister Shin Won-sik and Defense Secretary Lloyd Austin held the 55th Security "
      .. "Consultative Meeting (SCM) at the Ministry of National Defense in Seoul on Monday.", "2023-11-14")
    assert.are.equal(1, #ev)
    assert.are.equal("location/seoul", ev[1].location)
  end)

  it("takes no place that tells where people are ('officials in Seoul', 'partners in the Indo-Pacific')", function()
    local ev = events("Officials in Seoul expect President Yoon Suk Yeol and Prime Minister Fumio Kishida to meet on "
      .. "Friday.", "2023-03-13")
    assert.is_nil(find(ev, "meet").location)
    ev = events("The ambassadors of Japan and Australia, NATO's partners in the Indo-Pacific, will join the North "
      .. "Atlantic Council in a session on Monday.", "2024-10-25")
    assert.is_nil(find(ev, "session").location)
  end)

  it("takes no place from a relative clause on another noun after the trigger, as no date", function()
    local ev = events("Prime Minister Fumio Kishida left for Spain on Monday to attend the summit of NATO, the first "
      .. "stop of a week-long journey that ends in Berlin.", "2022-06-27")
    assert.is_nil(find(ev, "summit").location)
  end)

  it("drops from the parties the sentence before gives whom this one has someone else represent", function()
    local ev = events("President Lee Jae-myung had planned talks with Donald Trump at the summit on Tuesday. On "
      .. "Monday, his office said National Security Adviser Wi Sung-lac would represent Lee at the summit, which "
      .. "runs from Tuesday to Wednesday.", "2025-06-23")
    assert.are.equal("person/donald-trump person/wi-sung-lac", parts(ev[#ev]))
  end)

  it("takes the person of an opening 'For X,' as a party of the subject trigger after it, not its predicate's names", function()
    local ev = events("For Fumio Kishida, the Camp David summit marked a turning point in ties with Seoul.", "2023-08-22")
    assert.are.equal("person/fumio-kishida", parts(find(ev, "Camp David summit")))
  end)
  it("drops an event its clause tells of as a custom ('is normally released after the meeting', 'invited to … every year')", function()
    local ev = events("Defense Minister Kim Yong-hyun met Lloyd Austin in Seoul on Monday. Their joint communique is "
      .. "normally released right after the meeting, but this time the two sides held it back.", "2024-11-06")
    assert.are.equal(1, #ev)
    assert.are.equal("met", ev[1].trigger.text)
    ev = events("Foreign Minister Cho Tae-yul has been invited to the alliance's summits every year since 2022.",
      "2024-11-06")
    assert.are.equal(0, #ev)
    -- a habit word right after the trigger leaves the word before it to decide
    ev = events("Penny Wong and Cho Tae-yul usually meet regularly in Canberra.", "2024-11-06")
    assert.are.equal(0, #ev)
    -- the set of an infinitive is the infinitive's: the agreement stands
    ev = events("Cho Tae-yul and Penny Wong agreed on Monday to meet every year.", "2024-11-06")
    assert.is_not_nil(find(ev, "agreed"))
    -- nor does a set modifying the noun after the preposition ("an annual summit")
    ev = events("Yoon Suk Yeol and Fumio Kishida agreed to an annual summit.", "2023-08-19")
    assert.is_not_nil(find(ev, "agreed"))
  end)
  it("matches a lexicon phrase across quotation marks ('their \"two-plus-two\" talks' is a meeting)", function()
    local ev = events('Cho Tae-yul and Antony Blinken opened their first "two-plus-two" talks in Seoul on Friday.',
      "2024-11-06")
    assert.are.equal(1, #ev)
    assert.are.equal("meeting", ev[1].type)
  end)

  it("reads talks that a copula or 'called' makes a summit or a ministerial as that meeting, one event", function()
    local ev = events("For Foreign Minister Cho Tae-yul, the Vienna talks were to be his final NATO ministerial in office.",
      "2024-11-06")
    assert.are.equal(1, #ev)
    assert.are.equal("talks", ev[1].trigger.text)
    assert.are.equal("meeting", ev[1].type)
    ev = events("Yoon Suk Yeol and Fumio Kishida talked for an hour on Tuesday, in what aides called the warmest summit "
      .. "the two had held.", "2024-11-06")
    assert.are.equal("meeting", find(ev, "talked").type)
    -- no copula before the meeting noun: talks and the summit stay apart
    ev = events("Yoon Suk Yeol held talks with Fumio Kishida on Tuesday before the NATO summit in Vilnius.", "2023-07-12")
    assert.are.equal("talks", find(ev, "talks").type)
    -- a meeting set before or after the talks is another happening
    ev = events("Kim Yong-hyun held talks with Lloyd Austin after what was called an emergency session of the council.",
      "2024-11-06")
    assert.are.equal("talks", find(ev, "talks").type)
  end)

  it("dates an event a pronoun or count subject tells of only by the main event's date", function()
    -- "the two" names the parties again; the event told before is background, not the main event
    local ev = events("Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa in Tokyo on Thursday.\n\n"
      .. "The visit was his first to Japan as minister. Officials described the mood as warm. "
      .. "Seoul hopes to expand exchanges in the energy sector.\n\n"
      .. "On Wednesday, Cho held a phone call with Antony Blinken. The two agreed to step up sanctions on North Korea.",
      "2024-03-15")
    assert.are.equal("2024-03-13", find(ev, "call").date)
    assert.is_nil(find(ev, "agreed").date)
    -- nor does a year of another event in between date it; the main event's day does
    ev = events("Defense Minister Shin Won-sik met Lloyd Austin in Seoul on Monday.\n\n"
      .. "Shin and Austin signed a new deterrence plan. The old plan dates from 2016, the year of North Korea's "
      .. "fourth nuclear test. The two also adopted a roadmap for the alliance.", "2023-11-15")
    assert.are.equal("2023-11-13", find(ev, "adopted").date)
  end)

  it("does not count a date inside a relative clause after the trigger as the event's own", function()
    local ev = events("Defense Minister Shin Won-sik met Lloyd Austin in Seoul on Monday.\n\n"
      .. "Shin and Austin signed a new deterrence plan. The two also adopted a roadmap that sets goals for 2040.",
      "2023-11-15")
    assert.are.equal("2023-11-13", find(ev, "adopted").date)
  end)

  it("gives a planned event of the main event's parties in a preview the main event's day, not a side event", function()
    local ev = events("Foreign Minister Cho Tae-yul and Japanese Foreign Minister Yoko Kamikawa are set to hold talks on "
      .. "Friday.\n\nCho and Kamikawa will meet at a hotel in Tokyo, where officials hope to agree on a youth exchange "
      .. "plan, the first such plan since one lapsed in 2019.\n\nCho will also hold talks with business leaders.",
      "2024-03-12")
    assert.are.equal("2024-03-15", find(ev, "meet").date)
    assert.is_nil(ev[#ev].date)
  end)

  it("dates an event of the very parties of a main-day event further on than the lead's three sentences", function()
    local ev = events("Foreign Minister Cho Tae-yul and Defense Minister Shin Won-sik met Penny Wong and Richard Marles in "
      .. "Canberra on Tuesday.\n\nWong and Marles hosted Cho and Shin for talks on regional security.\n\n"
      .. "Officials said the agenda was long. Trade was also discussed. The weather was cold.\n\n"
      .. "Wong, Marles, Cho and Shin issued a joint statement on maritime security.\n\n"
      .. "Cho separately held talks with Australian business leaders.", "2024-06-06")
    assert.are.equal("2024-06-04", find(ev, "issued").date)
    assert.is_nil(ev[#ev].date)
  end)

  it("leaves a day that hangs on an earlier event to it, not to a noun trigger further on", function()
    local ev = events("Foreign Minister Cho Tae-yul met Antony Blinken in Washington on Tuesday.\n\n"
      .. "In separate talks on Wednesday, Cho and Jake Sullivan agreed to arrange a summit between Yoon Suk Yeol "
      .. "and Joe Biden soon.", "2024-01-12")
    assert.are.equal("2024-01-10", find(ev, "talks").date)
    assert.is_nil(find(ev, "summit").date)
    ev = events("The visit comes as the Constitutional Court prepares to rule on Thursday on whether to remove "
      .. "Yoon Suk Yeol from office over his martial law declaration.", "2025-03-31")
    assert.are.equal("2025-04-03", find(ev, "rule").date)
    assert.is_nil(find(ev, "declaration").date)
    -- a noun the earlier event is held at shares its day
    ev = events("Nato leaders agreed on Wednesday to raise spending at a two-day summit in Madrid.", "2022-06-30")
    assert.are.equal("2022-06-29", find(ev, "summit").date)
  end)

  it("gives a statement its speaker when one says it in a written briefing or a statement", function()
    -- "X said in a written briefing that …": the speaker makes the
    -- statement, on the day of the news the sentence before gives, and a
    -- later "The announcement …" goes on with that speaker
    local ev = events("The ministry announced the visit on Sunday.\n\nSpokesperson Kim Min-seok said in a "
      .. "written briefing that the trip would go ahead.\n\nThe announcement came after weeks of debate.",
      "2025-06-23")
    local e = find(ev, "briefing")
    assert.are.equal("statement", e.type)
    assert.are.equal("person/kim-min-seok", parts(e))
    assert.are.equal("2025-06-22", e.date)
    assert.are.equal("person/kim-min-seok", parts(find(ev, "announcement")))
    -- a body as the speaker; an outlet is none
    ev = events("The Pentagon said in a statement on Monday that the drills would go on.", "2025-06-23")
    assert.are.equal("org/us-department-of-defense", parts(find(ev, "statement")))
    ev = events("Yonhap said in a statement on Monday that the drills would go on.", "2025-06-23")
    local st = find(ev, "statement")
    assert.is_true(st == nil or parts(st) == "")
  end)

  it("takes a bare gerund of sending troops, and the drills it would send them to, for no deployment", function()
    local ev = events("Canberra said it would consider sending marines to NATO-led drills in the Baltic, "
      .. "Australian officials said on Monday.")
    assert.is_nil(find(ev, "sending"))
    assert.is_nil(find(ev, "drills"))
    ev = events("Japan and Australia will join the exercise, with six of them sending warships, the ministry said.")
    assert.is_nil(find(ev, "sending"))
    ev = events("Pyongyang is sending thousands of soldiers to Russia, Seoul's spy agency said on Friday.")
    assert.are.equal("deployment", find(ev, "sending").type)
  end)
  it("places a deployment verb only where a place after it says, not at one its clause started from", function()
    local ev = events("The sailors are now berthed at piers in Busan, and will be sent to sea later, "
      .. "the ministry added.")
    assert.is_nil(find(ev, "sent"))
    ev = events("Seoul said on Monday that North Korea had sent 3,000 soldiers to Russia.")
    assert.are.equal("country/russia", find(ev, "sent").location)
  end)

  it("keeps a trailing speaker named with a title and a country out of the parties, title and all", function()
    local ev = events("Some 3,000 North Korean soldiers have been moved to the Kursk region, U.S. Secretary of State "
      .. "Antony Blinken said on Friday after talks in Seoul.", "2024-11-02")
    assert.are.equal("country/north-korea", parts(find(ev, "moved")))
    ev = events("\u{201C}North Korean units have been deployed near the front,\u{201D} NATO Secretary General Mark Rutte "
      .. "told reporters.", "2024-10-29")
    assert.are.equal("country/north-korea", parts(find(ev, "deployed")))
    ev = events("North Korea fired two ballistic missiles on Friday, South Korea's Joint Chiefs of Staff said, in "
      .. "what analysts saw as a protest.", "2024-11-02")
    assert.are.equal("country/north-korea", parts(find(ev, "fired")))
  end)
  it("keeps a trailing speaker out of the parties when an acronym in brackets follows its name", function()
    local ev = events("South Korea and Japan opened a naval exercise on Tuesday east of Jeju Island, the Joint "
      .. "Chiefs of Staff (JCS) said.", "2024-11-13")
    assert.are.equal("country/japan country/south-korea", parts(find(ev, "exercise")))
    ev = events("Russian warships carried North Korean troops to Vladivostok last week, the National "
      .. "Intelligence Service (NIS) reported on Friday.", "2024-10-18")
    assert.are.equal("country/north-korea country/russia", parts(find(ev, "carried")))
  end)
  it("takes no party from the subject of a verb that judges the event ('called the launch a provocation')", function()
    local ev = events("China called the USS Nimitz's arrival in Manila last month a threat to regional peace.",
      "2024-11-02")
    local e = find(ev, "arrival")
    assert.is_not_nil(e)
    assert.are.equal("", parts(e))
    ev = events("Mark Rutte arrived in Seoul on Monday, and he called the missile launch a reckless provocation.",
      "2024-11-04")
    assert.are.equal("", parts(find(ev, "launch")))
    -- calling a meeting is holding one: no judgement after the object
    ev = events("President Yoon Suk Yeol called an emergency meeting of his security team on Friday.", "2024-10-19")
    assert.are.equal("person/yoon-suk-yeol", parts(find(ev, "meeting")))
  end)
  it("takes no party from a conditional clause ('if Trump wins', 'unless Tokyo …')", function()
    local ev = events("Lloyd Austin and Kim Yong-hyun wrapped up talks on troop costs on Monday, a deal that could "
      .. "unravel if Donald Trump wins the election.", "2024-10-29")
    assert.are.equal("person/kim-yong-hyun person/lloyd-austin", parts(find(ev, "talks")))
    -- the launch named again in the sentence is the test itself, with no party of the condition
    ev = events("North Korea test-fired a missile on Sunday, with its leader saying the launch showed what it "
      .. "would do if Tokyo made a mistake.", "2024-10-29")
    for _, e in ipairs(ev) do assert.is_nil(parts(e):find("country/japan", 1, true)) end
  end)
  it("reads bare 'allies' and 'the alliance's partners' as NATO once NATO is named, as object, agent or with a party preposition", function()
    local ev = events("NATO said on Monday that a Japanese delegation would brief allies in Brussels next week.",
      "2024-10-28")
    assert.are.equal("country/japan org/nato", parts(find(ev, "brief")))
    -- a participle set off by commas: its agent, not the predicate after it
    ev = events("At the NATO summit, the communique, endorsed by allies on Thursday, named Iran a threat to Europe.",
      "2024-10-28")
    assert.are.equal("org/nato", parts(find(ev, "endorsed")))
    ev = events("At the NATO summit, Jens Stoltenberg will chair a session for the alliance's partners in the "
      .. "Pacific on Tuesday.", "2024-10-28")
    assert.is_truthy(parts(find(ev, "session")):find("org/nato", 1, true))
    -- someone's allies, or allies with NATO never named, are not NATO
    ev = events("At the NATO summit, the United States will brief its allies on Tuesday.", "2024-10-28")
    assert.are.equal("country/united-states", parts(find(ev, "brief")))
    ev = events("Japanese officials will brief allies on Friday.", "2024-10-28")
    assert.are.equal("country/japan", parts(find(ev, "brief")))
  end)
  it("takes the subject of a 'where' clause on a named meeting as its party, but not the partners of a trigger inside it", function()
    local ev = events("Officials timed the announcement to the NATO summit in Madrid, where Yoon Suk Yeol was a guest.",
      "2022-06-29")
    assert.are.equal("person/yoon-suk-yeol", parts(find(ev, "NATO summit")))
    ev = events("Cho Tae-yul was in Brussels on Thursday for a NATO foreign ministers' meeting, where he held talks "
      .. "with Antony Blinken.", "2024-04-05")
    assert.are.equal("person/cho-tae-yul", parts(find(ev, "NATO foreign ministers' meeting")))
    assert.are.equal("person/antony-blinken person/cho-tae-yul", parts(find(ev, "talks")))
  end)
  it("takes the person of an opening 'For X, who …,' as a party of the subject trigger after the relative clause", function()
    local ev = events("For Fumio Kishida, who has joined every NATO summit since taking office, the gathering was a "
      .. "chance to court Europe.", "2024-07-12")
    assert.are.equal("person/fumio-kishida", parts(find(ev, "gathering")))
  end)
  it("reads a possessor before a place that names a trip's route as the traveller ('Blinken's Asia tour')", function()
    local ev = events("Tokyo was the first stop of Antony Blinken's Asia tour, which ends in Manila on Friday.",
      "2024-07-29")
    assert.are.equal("person/antony-blinken", parts(find(ev, "tour")))
  end)
  it("folds a host's verb in a relative clause on a meeting noun into the meeting, with the host as a party", function()
    local ev = events("NATO leaders arrived in Madrid. Yoon Suk Yeol and Fumio Kishida will meet on Thursday, and both "
      .. "leaders will address a session that Mark Rutte is hosting for the alliance's partners.", "2024-07-09")
    assert.is_nil(find(ev, "hosting"))
    local e = find(ev, "session")
    assert.are.equal("org/nato person/fumio-kishida person/mark-rutte person/yoon-suk-yeol", parts(e))
    assert.are.equal("2024-07-11", e.date)
  end)
  it("gives a clause joined by ', and' with a pronoun subject the date of the clause before", function()
    local ev = events("Yoon Suk Yeol and Fumio Kishida will meet in Madrid on Thursday, and both leaders will then "
      .. "attend a dinner with Mark Rutte.", "2024-07-09")
    assert.are.equal("2024-07-11", find(ev, "dinner").date)
  end)
  it("drops an event told before and named again as the object of a verb that only comments on it", function()
    local ev = events("North Korea fired a ballistic missile into the sea on Sunday. Seoul was quick to condemn the "
      .. "launch as a breach of UN resolutions.", "2024-11-05")
    assert.is_nil(find(ev, "launch"))
    ev = events("South Korea and the United States staged a joint exercise off Busan on Monday. The defense chiefs had "
      .. "approved the exercise at a meeting in Seoul in May.", "2024-11-05")
    local n = 0
    for _, e in ipairs(ev) do if e.trigger.text == "exercise" then n = n + 1 end end
    assert.are.equal(1, n)
    -- a verb of taking part or looking on names the event: kept
    ev = events("Allied troops began a joint exercise near Pocheon on Monday. Observers from Sweden were invited to "
      .. "watch the drills.", "2024-11-05")
    assert.is_not_nil(find(ev, "drills"))
    -- as does a verb that goes on with it or ends it
    ev = events("Japan and the United States began a naval exercise on Monday. The navies extended the exercise "
      .. "by two days.", "2024-11-05")
    local k = 0
    for _, e in ipairs(ev) do if e.trigger.text == "exercise" then k = k + 1 end end
    assert.are.equal(2, k)
  end)
  it("drops what a past perfect wish was for ('had hoped to hold talks with …'): it did not come about", function()
    local ev = events("Lee Jae-myung had hoped to hold his first talks with Donald Trump in Ottawa.", "2025-06-23")
    assert.is_nil(find(ev, "talks"))
    ev = events("Lee Jae-myung hopes to hold talks with Donald Trump in Ottawa.", "2025-06-10")
    assert.is_not_nil(find(ev, "talks"))
  end)
  it("reads 'call' with an object and a judgement after it as naming, no phone call", function()
    local ev = events("Yoon Suk Yeol used his address to call the test a clear breach of UN resolutions.", "2023-07-13")
    assert.is_nil(find(ev, "call"))
    ev = events("Kishida calls them an open provocation. Lee Jae-myung will call Donald Trump on Friday.", "2025-06-10")
    assert.are.equal(1, #ev)
    assert.are.equal("person/donald-trump person/lee-jae-myung", parts(find(ev, "call")))
  end)
  it("reads 'sat down … for a session' as taking part in the session, one event on the noun", function()
    local ev = events("Fumio Kishida and Yoon Suk Yeol sat down with NATO leaders on Thursday for a session "
      .. "chaired by Mark Rutte in The Hague.", "2025-06-27")
    assert.is_nil(find(ev, "sat"))
    local e = find(ev, "session")
    assert.are.equal("org/nato person/fumio-kishida person/mark-rutte person/yoon-suk-yeol", parts(e))
    assert.are.equal("2025-06-26", e.date)
    -- sitting down on its own is the meeting
    ev = events("Cho Tae-yul and Marco Rubio sat down in Brussels on Thursday.", "2025-04-04")
    assert.are.equal("person/cho-tae-yul person/marco-rubio", parts(find(ev, "sat")))
  end)
  it("reads 'were joined by' as a meeting of those joined and who joins them", function()
    local ev = events("Shigeru Ishiba and Lee Jae-myung were joined by Anthony Albanese in Ottawa on Tuesday.", "2025-06-18")
    local e = find(ev, "joined")
    assert.are.equal("meeting", e.type)
    assert.are.equal("person/anthony-albanese person/lee-jae-myung person/shigeru-ishiba", parts(e))
    assert.are.equal("2025-06-17", e.date)
    -- joining a body or a cause is no meeting
    ev = events("Finland joined NATO in April 2023.", "2025-06-18")
    assert.is_nil(find(ev, "joined"))
  end)
  it("reads 'the' before a meeting's name as part of the name, not as pointing back to an event told before", function()
    local ev = events("Lee Jae-myung will visit Hawaii on Monday. On Thursday, he will join a session of NATO allies "
      .. "and partners. He is also scheduled to give a speech at the NATO Public Forum.", "2025-06-20")
    assert.are.equal("2025-06-26", find(ev, "session").date)
    assert.is_nil(find(ev, "NATO Public Forum").date)
    -- a clause of "as" ties the meeting to the time of the clause it hangs on
    ev = events("The Constitutional Court removed Yoon Suk Yeol from office on Friday. The verdict came as Cho "
      .. "Tae-yul was in Brussels for the NATO foreign ministers' meeting.", "2025-04-05")
    assert.are.equal("2025-04-04", find(ev, "NATO foreign ministers' meeting").date)
  end)
  it("dates a meeting by a relative clause on it past the place it is held in", function()
    local ev = events("Marco Rubio declared support for Ukraine on Monday. Cho Tae-yul spoke on the second day of a "
      .. "NATO foreign ministers' meeting in Brussels that opened on Tuesday.", "2024-12-05")
    assert.are.equal("2024-12-03", find(ev, "NATO foreign ministers' meeting").date)
  end)
  it("dates a verb of attending with no object by the meeting told before", function()
    local ev = events("Allied leaders met at a summit in Madrid on Wednesday. Pedro Sanchez said Spain would meet "
      .. "its goals. Analysts said several absences reflected worries in Asia. Two Asian leaders stayed home. "
      .. "Australia sent its deputy prime minister. Only Japan's Fumio Kishida attended in person.", "2022-06-30")
    local e = find(ev, "attended")
    assert.are.equal("person/fumio-kishida", parts(e))
    assert.are.equal("2022-06-29", e.date)
  end)
  it("reads 'Closing the summit, X said' as X taking part in the summit named before, not in one counted from", function()
    local ev = events("The NATO summit in Vilnius was held under tight security. Yoon Suk Yeol and Fumio Kishida held "
      .. "talks on Wednesday, their first since the G7 summit in Hiroshima in May. Kishida raised the release of "
      .. "treated water.\n\nClosing the summit, Jens Stoltenberg said allies would meet again in Washington next "
      .. "year.", "2023-07-13")
    local e = find(ev, "summit")
    assert.are.equal("person/jens-stoltenberg", parts(e))
    assert.is_nil(e.date)
    assert.are.equal("2023-07-12", find(ev, "talks").date)
  end)
  it("gives the event that 'their first since' counts from the parties 'their' stands for", function()
    local ev = events("Shigeru Ishiba and Lee Jae-myung held talks in Osaka on Saturday, their second since the G7 "
      .. "summit in Kananaskis in June.", "2025-08-31")
    local e = find(ev, "G7 summit")
    assert.are.equal("person/lee-jae-myung person/shigeru-ishiba", parts(e))
    assert.are.equal("2025-06", e.date)
  end)
  it("leaves a meeting's name in the same sentence as a dated event of another kind undated", function()
    local ev = events("North Korea fired a ballistic missile on Tuesday, a provocation timed, officials said, to the "
      .. "NATO summit under way in Washington.", "2024-07-10")
    assert.are.equal("2024-07-09", find(ev, "fired").date)
    assert.is_nil(find(ev, "NATO summit").date)
  end)
  it("keeps the parties of a headline's clause before 'as' out of the one after, and a lead's session off its summit", function()
    local ev = events("Pacific leaders join NATO table as missile launch shadows Madrid summit\n\nLeaders of NATO's "
      .. "four partners in the Pacific sat down with allies on Wednesday for a session chaired by Jens Stoltenberg.",
      "2022-06-30")
    local e = find(ev, "summit")
    assert.are.equal("", parts(e))
    assert.is_nil(e.date)
    assert.are.equal("location/madrid", e.location)
    assert.are.equal("2022-06-29", find(ev, "session").date)
  end)
  it("gives a clause of 'as the two …' the people counted, not the other names of the clause before", function()
    local ev = events("U.S. Secretary of State Antony Blinken and South Korean Foreign Minister Cho Tae-yul on Thursday "
      .. "demanded that Russia end its military cooperation with North Korea, as the two diplomats held their talks "
      .. "at the State Department.", "2024-10-31")
    local e = find(ev, "talks")
    assert.are.equal("person/antony-blinken person/cho-tae-yul", parts(e))
    assert.are.equal("2024-10-31", e.date)
    ev = events("Defense Secretary Lloyd Austin and Japanese Defense Minister Gen Nakatani on Sunday demanded that "
      .. "China halt its dangerous intercepts, as the two ministers closed their annual meeting in Tokyo.", "2024-11-17")
    assert.are.equal("person/gen-nakatani person/lloyd-austin", parts(find(ev, "meeting")))
  end)
  it("gives a trip no date from a meeting told in the sentence before: the trip lasts days", function()
    local ev = events("Defense Secretary Lloyd Austin will hold talks with Japanese Defense Minister Minoru Kihara in "
      .. "Tokyo on July 28, the Pentagon said Friday. Manila will be the last stop of Austin's Asia trip, which also "
      .. "takes him to Singapore.", "2024-07-26")
    assert.are.equal("2024-07-28", find(ev, "talks").date)
    local e = find(ev, "trip")
    assert.are.equal("person/lloyd-austin", parts(e))
    assert.is_nil(e.date)
  end)
  it("leaves out a person named with a title after 'of' that governs the title ('the administration of President …')", function()
    local ev = events("Defense Minister Kim Yong-hyun and Defense Secretary Lloyd Austin held the Security Consultative "
      .. "Meeting at the Pentagon on Wednesday, the last of the administration of President Joe Biden.", "2024-10-31")
    assert.are.equal("person/kim-yong-hyun person/lloyd-austin", parts(find(ev, "Security Consultative Meeting")))
    -- a title and name after the verb stay a party
    ev = events("South Korean President Yoon Suk Yeol met President Joe Biden at the White House on Wednesday.", "2024-07-11")
    assert.are.equal("person/joe-biden person/yoon-suk-yeol", parts(find(ev, "met")))
  end)
  it("makes whoever tells reporters after the talks a party of them", function()
    local ev = events("Secretary of State Antony Blinken told reporters after the talks that Washington's commitment "
      .. "to defending South Korea remained ironclad.", "2024-10-31")
    assert.are.equal("person/antony-blinken", parts(find(ev, "talks")))
  end)
  it("reads 'the departure of' someone with no place as leaving a post, and 'shortly after 1 a.m.' as a time", function()
    local ev = events("The cabinet was thrown into turmoil by the departure of Defense Minister Kim Yong-hyun, who "
      .. "resigned on Wednesday.", "2024-12-05")
    assert.is_nil(find(ev, "departure"))
    -- a departure for a place is a trip
    ev = events("Foreign Minister Cho Tae-yul's departure for Brussels on Tuesday was delayed by a day.", "2024-04-05")
    assert.are.equal("visit", find(ev, "departure").type)
    -- a time after "after" or "before" is a phrase of the clause, no clause of its own
    ev = events("Prime Minister Han Duck-soo convened an emergency cabinet meeting shortly after 1 a.m. on Wednesday.",
      "2024-12-05")
    assert.are.equal("2024-12-04", find(ev, "meeting").date)
  end)
  it("dates an event of the main clause by the day of the happening an opening 'After X ended,' names", function()
    local ev = events("Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held a summit in "
      .. "Seoul on Sunday.\n\nAfter the summit ended, Yoon and Kishida held a separate meeting over dinner, according "
      .. "to the presidential office.", "2023-05-08")
    local e = find(ev, "meeting")
    assert.are.equal("2023-05-07", e.date)
    assert.are.equal("reported", e.modality)
  end)
  it("takes no event from a meeting named after 'of' to say whose document a communique is", function()
    local ev = events("Defense Minister Shin Won-sik on Tuesday released the joint communique of the allies' annual "
      .. "defense talks with the United States.", "2023-11-14")
    assert.is_nil(find(ev, "talks"))
    assert.is_not_nil(find(ev, "released"))
    ev = events("NATO leaders adopted the final communique of the summit in Vilnius on Tuesday.", "2023-07-12")
    assert.is_nil(find(ev, "summit"))
    -- a meeting after "of" with no document noun before it is one
    ev = events("Foreign Minister Cho Tae-yul joined a session of the foreign ministers' meeting in Brussels on "
      .. "Thursday.", "2024-04-05")
    assert.is_not_nil(find(ev, "session"))
  end)
  it("takes no event from a clause counted as the Nth time over a span ('the third time since 2022 that …')", function()
    local ev = events("Kishida's trip to Washington marked the third time since 2022 that a Japanese prime minister "
      .. "has attended the NATO summit.", "2024-07-11")
    assert.is_nil(find(ev, "NATO summit"))
    -- the first time is one happening, and a count with no span is left as it is
    ev = events("It was the first time a Japanese prime minister attended the NATO summit in Madrid.", "2022-06-30")
    assert.is_not_nil(find(ev, "NATO summit"))
    ev = events("It was the second time this year that North Korea fired a ballistic missile into the sea on "
      .. "Sunday.", "2024-01-15")
    assert.is_not_nil(find(ev, "fired"))
  end)
  it("leaves to a later trigger set off by 'following' or 'after' the date that comes after it", function()
    local ev = events("The Pentagon confirmed that North Korean soldiers are deployed in Russia's Kursk region, following "
      .. "a briefing by South Korean intelligence officials to NATO allies in Brussels on Monday.", "2024-10-30")
    assert.is_nil(find(ev, "deployed").date)
    assert.are.equal("2024-10-28", find(ev, "briefing").date)
  end)
  it("dates a weapons test by the time told of the same launches named again in its sentence", function()
    local ev = events("North Korea fired about 18 short-range ballistic missiles toward the East Sea, South Korea's Joint "
      .. "Chiefs of Staff said, adding that it detected the launches at around 6:14 a.m.", "2024-05-30")
    local e = find(ev, "fired")
    assert.are.equal("2024-05-30", e.date)
    assert.are.equal("country/north-korea", parts(e))
    assert.is_nil(find(ev, "launches"))
  end)
  it("takes 'bring' troops somewhere as a deployment (no gerund), but not troops brought or sent home", function()
    local ev = events("Ukrainian officials said Moscow intended to bring about 3,000 North Korean troops to the Kursk "
      .. "front.", "2024-10-24")
    local e = find(ev, "bring")
    assert.are.equal("deployment", e.type)
    assert.are.equal("country/north-korea country/russia", parts(e))
    ev = events("The two defense chiefs urged Pyongyang to bring its soldiers home from Russia.", "2024-11-01")
    assert.is_nil(find(ev, "bring"))
    ev = events("Kim Jong Un sent the wounded soldiers home from Russia in December.", "2025-01-10")
    assert.is_nil(find(ev, "sent"))
  end)
  it("takes no deployment from troops brought back, nor from bringing what the troops own", function()
    local ev = events("Trump vowed to bring US troops back from South Korea.", "2024-10-28")
    assert.is_nil(find(ev, "bring"))
    ev = events("Seoul plans to bring the troops' families to a new base in Pyeongtaek.", "2024-10-28")
    assert.is_nil(find(ev, "bring"))
    ev = events("Washington plans to bring out its troops from Syria.", "2024-10-28")
    assert.is_nil(find(ev, "bring"))
  end)
  it("takes 'the landing of' a bomber as a deployment, with the parties of the event whose list it is in", function()
    local ev = events("Officials said the deployment of US strategic assets to the peninsula this year, including the "
      .. "first landing of a B-52 bomber at an air base, had strengthened deterrence.", "2023-10-20")
    local e = find(ev, "landing")
    assert.are.equal("deployment", e.type)
    assert.are.equal("country/united-states", parts(e))
    assert.are.equal("2023", e.date)
  end)
  it("gives a noun after 'including' no parties of an earlier event of another kind", function()
    local e = find(events("South Korea and the US condemned the North's actions, including the dispatch of troops to "
      .. "Russia.", "2024-10-28"), "dispatch")
    assert.is_not_nil(e)
    assert.are.equal("", parts(e))
    e = find(events("Japan and South Korea signed a pact on Monday, including provisions on the deployment of troops.",
      "2024-10-28"), "deployment")
    if e then assert.are.equal("", parts(e)) end
  end)
  it("takes flying a missile design as a weapons test, its 'when it' subject the country named before", function()
    local ev = events("North Korea fired a new Hwasong-19 missile on Thursday. It was the North's first ICBM launch since "
      .. "December, when it flew a Hwasong-18 for more than an hour.", "2024-10-31")
    local e = find(ev, "flew")
    assert.are.equal("weapons_test", e.type)
    assert.are.equal("country/north-korea", parts(e))
    assert.are.equal("2023-12", e.date)
    -- flying a plane to a meeting is still no test, nor a visit of its own
    ev = events("Yoon Suk Yeol flew a new presidential jet to Madrid for the NATO summit.", "2022-06-28")
    assert.is_nil(find(ev, "flew"))
  end)
  it("takes flying a thing as a test only when the thing flown is the missile, not a missile named elsewhere", function()
    local ev = events("North Korean leader Kim Jong Un flew a private jet to Russia to discuss missile cooperation with "
      .. "Putin.", "2024-10-28")
    for _, e in ipairs(ev) do assert.are_not.equal("weapons_test", e.type) end
    ev = events("Kim Jong Un flew a plane to Vladivostok, where Russia showed him its newest missile.", "2024-10-28")
    for _, e in ipairs(ev) do assert.are_not.equal("weapons_test", e.type) end
  end)
  it("leaves the object of an infinitive after a trigger to that trigger, not to the next one", function()
    local ev = events("Ukraine's military intelligence said North Korean artillery troops sent to support Russia have been "
      .. "deployed to the Kursk region.", "2024-11-20")
    local e = find(ev, "deployed")
    assert.are.equal("country/north-korea", parts(e))
    assert.are.equal("location/kursk-region", e.location)
  end)
  it("takes no party from whoever is named after 'accompanied by'", function()
    local ev = events("State media said Kim Jong Un oversaw Thursday's launch of the Hwasong-19 missile, accompanied by "
      .. "senior officials including Kim Yo Jong.", "2024-11-01")
    local e = find(ev, "launch")
    assert.are.equal("person/kim-jong-un", parts(e))
    assert.are.equal("2024-10-31", e.date)
  end)
  it("leaves out only the noun phrase after 'accompanied by', not what follows its comma", function()
    local ev = events("Kim Jong Un inspected the drills, accompanied by his daughter, together with Russian Defense "
      .. "Minister Andrei Belousov.", "2024-10-28")
    assert.are.equal("person/andrei-belousov person/kim-jong-un", parts(find(ev, "drills")))
    ev = events("Yoon Suk Yeol visited Washington on Monday, accompanied by Defense Minister Shin Won-sik, to meet "
      .. "Joe Biden.", "2024-10-28")
    assert.are.equal("person/yoon-suk-yeol", parts(find(ev, "visited")))
    assert.are.equal("person/joe-biden person/yoon-suk-yeol", parts(find(ev, "meet")))
  end)
  it("gives a purpose infinitive after a visit ('visited Washington to meet Biden') a meeting of its own", function()
    local ev = events("President Yoon Suk Yeol and President Joe Biden spoke by phone in June. Yoon visited the White "
      .. "House on July 10 to meet Biden.", "2023-07-12")
    local e = find(ev, "meet")
    assert.are.equal("person/joe-biden person/yoon-suk-yeol", parts(e))
    assert.are.equal("2023-07-10", e.date)
    -- whom it meets unnamed: still a meeting, not the visit again
    ev = events("President Yoon Suk Yeol visited Washington on July 10 to meet Biden.", "2023-07-12")
    assert.are.equal("person/yoon-suk-yeol", parts(find(ev, "visited")))
    assert.are.equal("person/yoon-suk-yeol", parts(find(ev, "meet")))
    assert.are.equal("2023-07-10", find(ev, "meet").date)
    -- the visit and the meeting dated by the visit's past tense, not the infinitive's
    ev = events("President Yoon Suk Yeol visited Washington on Wednesday to meet President Joe Biden.", "2024-07-12")
    assert.are.equal("2024-07-10", find(ev, "visited").date)
    assert.are.equal("occurred", find(ev, "visited").modality)
    assert.are.equal("2024-07-10", find(ev, "meet").date)
    -- the day after the infinitive: the visit's past too, the day before the article's (a Wednesday)
    ev = events("President Yoon Suk Yeol visited the White House to meet President Joe Biden on Tuesday.", "2024-11-06")
    assert.are.equal("2024-11-05", find(ev, "meet").date)
    assert.are.equal("occurred", find(ev, "meet").modality)
    assert.are.equal("2024-11-05", find(ev, "visited").date)
    assert.are.equal("occurred", find(ev, "visited").modality)
    ev = events("Defense Minister Kim Yong-hyun visited Washington to meet Defense Secretary Lloyd Austin.", "2024-10-31")
    assert.are.equal("person/kim-yong-hyun person/lloyd-austin", parts(find(ev, "meet")))
    assert.are.equal("planned", find(ev, "meet").modality)
    -- a support verb's noun is the event: one meeting, on the noun
    ev = events("President Yoon Suk Yeol departed for Lithuania on Monday to attend this week's NATO summit.",
      "2023-07-10")
    assert.is_nil(find(ev, "attend"))
    assert.are.equal("person/yoon-suk-yeol", parts(find(ev, "NATO summit")))
    -- not after an invitation: the invited is the visitor
    ev = events("President Yoon Suk Yeol invited Prime Minister Fumio Kishida to visit Seoul.", "2024-10-31")
    assert.are.equal("person/fumio-kishida person/yoon-suk-yeol", parts(find(ev, "visit")))
  end)
  it("dates a purpose infinitive with a date of its own by that date, after the going's", function()
    -- published on a Wednesday: the flight was Monday, the talks are the coming Friday
    local ev = events("Secretary of State Antony Blinken flew to Seoul on Monday to hold talks with Foreign Minister "
      .. "Cho Tae-yul on Friday.", "2024-11-06")
    assert.are.equal("2024-11-04", find(ev, "flew").date)
    assert.are.equal("occurred", find(ev, "flew").modality)
    assert.are.equal("2024-11-08", find(ev, "talks").date)
    assert.are.equal("planned", find(ev, "talks").modality)
    -- a month after the publication is the purpose's, not the past trip's
    ev = events("Secretary of State Antony Blinken traveled to Seoul to prepare for talks with Foreign Minister "
      .. "Cho Tae-yul in November.", "2024-10-16")
    assert.is_nil(find(ev, "traveled").date)
    assert.are.equal("occurred", find(ev, "traveled").modality)
    assert.are.equal("2024-11", find(ev, "talks").date)
    -- a date in another clause after the purpose is not its own
    ev = events("President Yoon Suk Yeol will fly to Washington next week to attend the NATO summit, making a stop "
      .. "in Hawaii on Monday.", "2024-07-05")
    assert.are.equal("2024-W28", find(ev, "NATO summit").date)
    -- a year after "the" or before a noun names a thing, not the purpose's date
    ev = events("Foreign Minister Cho Tae-yul flew to Tokyo on Tuesday to hold talks on the 2015 agreement.", "2024-11-06")
    assert.are.equal("2024-11-05", find(ev, "flew").date)
    local t = find(ev, "talks")
    assert.is_true(t == nil or t.date == "2024-11-05")
    ev = events("Defense Minister Shin Won-sik flew to Washington on Tuesday to attend the annual Security "
      .. "Consultative Meeting marking the 1953 alliance treaty.", "2024-11-06")
    t = find(ev, "Security Consultative Meeting")
    assert.is_true(t == nil or t.date == "2024-11-05")
    -- the purpose's own date after such a year still counts
    ev = events("Foreign Minister Cho Tae-yul flew to Tokyo on Tuesday to hold talks on the 2015 agreement on Friday.",
      "2024-11-06")
    assert.are.equal("2024-11-08", find(ev, "talks").date)
  end)
  it("takes the arrival of a ship named with 'the' as a deployment, a person's arrival as a visit", function()
    local ev = events("North Korea's defense ministry denounced the Carl Vinson's arrival in Busan on Tuesday as a reckless "
      .. "provocation. Yoon Suk Yeol's arrival in London on Monday was marked by a royal welcome.", "2023-11-22")
    local e = ev[2]
    assert.are.equal("arrival", e.trigger.text)
    assert.are.equal("deployment", e.type)
    assert.are.equal("location/busan", e.location)
    assert.are.equal("visit", ev[3].type)
  end)
  it("takes no deployment from a title's arrival, nor from a one-word name with no ship in the sentence", function()
    local ev = events("Japan welcomed the President's arrival in Tokyo on Tuesday.", "2024-10-28")
    local e = find(ev, "arrival")
    assert.are_not.equal("deployment", e and e.type)
    ev = events("Seoul welcomed the Chancellor's arrival on Tuesday.", "2024-10-28")
    e = find(ev, "arrival")
    assert.are_not.equal("deployment", e and e.type)
    -- a one-word name the sentence calls a ship is still one
    ev = events("Pyongyang denounced the Reagan's arrival in Busan, the carrier's third visit this year.", "2024-10-28")
    assert.are.equal("deployment", find(ev, "arrival").type)
  end)
  it("takes no deployment from a count of troops moved ('the total deployed so far')", function()
    local ev = events("Officials said a further 2,000 North Korean soldiers had been sent to Russia, raising the total "
      .. "deployed there to about 11,000.", "2024-11-05")
    assert.is_nil(find(ev, "deployed"))
    assert.are.equal("country/north-korea", parts(find(ev, "sent")))
  end)
  it("takes a name the text calls an exercise, as the subject of 'set to begin', for the exercise's start", function()
    local text = "The United States, South Korea and Japan will start their second Freedom Edge exercise on "
      .. "Wednesday, military officials said."
    local ev = events("Freedom Edge set to begin Wednesday\n\n" .. text, "2024-11-11")
    local e = ev[1]
    assert.are.equal("begin", e.trigger.text)
    assert.are.equal("exercise", e.type)
    assert.are.equal("2024-11-13", e.date)
    -- a name the text never calls an exercise starts nothing of the kind
    ev = events("Parliament set to begin Wednesday\n\n" .. text, "2024-11-11")
    assert.is_nil(find(ev, "begin"))
  end)
  it("gives a test whose clause names only the weapon the country that tells of it ('Pyongyang says …')", function()
    local ev = events("Pyongyang says new hypersonic missile passed flight test\n\nNorth Korea said on Wednesday that it had "
      .. "test-fired a new solid-fuel hypersonic missile on Tuesday.", "2024-04-03")
    local e = ev[1]
    assert.are.equal("test", e.trigger.text)
    assert.are.equal(1, e.sentence)
    assert.are.equal("country/north-korea", parts(e))
    assert.are.equal("2024-04-02", e.date)
  end)
  it("gives no test to the country that judges it ('… says latest ICBM launch was a grave provocation')", function()
    local ev = events("South Korea says latest ICBM launch was a grave provocation.", "2024-10-31")
    for _, e in ipairs(ev) do
      if e.type == "weapons_test" then assert.are_not.equal("country/south-korea", parts(e)) end
    end
    ev = events("Japan says the new missile test is a serious threat to the region.", "2024-10-31")
    for _, e in ipairs(ev) do
      if e.type == "weapons_test" then assert.are_not.equal("country/japan", parts(e)) end
    end
    -- a success claimed is still the speaker's own test
    ev = events("Pyongyang says new ICBM launch was a success.", "2024-10-31")
    assert.are.equal("country/north-korea", parts(find(ev, "launch")))
  end)
end)

describe("event participants, mended rules", function()
  it("makes the subject after an opening verb participle a party, not after a preposition in -ing", function()
    local ev = events("Following the NATO summit in Washington, South Korean President Yoon Suk Yeol said the allies "
      .. "would deepen their cooperation.", "2024-07-12")
    assert.are.equal("", parts(find(ev, "NATO summit")))
    ev = events("Regarding the summit, North Korean leader Kim Jong Un said the alliance was a threat to peace.",
      "2024-07-12")
    for _, e in ipairs(ev) do assert.are.equal("", parts(e)) end
    -- a verb's participle keeps its subject
    ev = events("Wrapping up the summit, NATO Secretary General Jens Stoltenberg said allies would meet again next "
      .. "year.", "2024-07-12")
    assert.are.equal("person/jens-stoltenberg", parts(find(ev, "summit")))
    ev = events("Hosting the talks, Foreign Minister Cho Tae-yul said the three would stand together.", "2024-07-12")
    assert.are.equal("person/cho-tae-yul", parts(find(ev, "talks")))
  end)
  it("makes whoever tells someone after the talks a party of them, not whoever says something after them", function()
    local ev = events("Kim Yo Jong said after the talks between Yoon Suk Yeol and Joe Biden that her country would "
      .. "answer with force.", "2024-04-27")
    assert.are.equal("person/joe-biden person/yoon-suk-yeol", parts(find(ev, "talks")))
    ev = events("Defense Minister Shin Won-sik told lawmakers after the talks that the alliance was ready.", "2024-04-27")
    assert.are.equal("person/shin-won-sik", parts(find(ev, "talks")))
    ev = events("Foreign Minister Cho Tae-yul told Antony Blinken after the talks that Seoul would stand firm.",
      "2024-04-27")
    assert.truthy(parts(find(ev, "talks")):find("person/cho-tae-yul", 1, true))
  end)
  it("ends the phrase after a saying verb at 'that' past names ('said after the talks between A and B that')", function()
    local ev = events("Cho Tae-yul said after the talks between Antony Blinken and Fumio Kishida on Thursday that "
      .. "North Korea must withdraw its troops from Russia.", "2024-10-31")
    local e = find(ev, "talks")
    assert.are.equal("person/antony-blinken person/fumio-kishida", parts(e))
    assert.are.equal("2024-10-31", e.date)
    -- short names after full ones, the sentence before holding no event
    ev = events("Foreign Minister Cho Tae-yul, Secretary of State Antony Blinken and Prime Minister Fumio Kishida "
      .. "are in Seoul this week. Cho said after the talks between Blinken and Kishida that Pyongyang must stop "
      .. "its provocations.", "2024-10-31")
    assert.are.equal("person/antony-blinken person/fumio-kishida", parts(find(ev, "talks")))
    ev = events("Foreign Minister Cho Tae-yul said at the meeting with NATO Secretary General Mark Rutte that "
      .. "Russia and North Korea were a threat.", "2024-10-31")
    assert.are.equal("person/cho-tae-yul person/mark-rutte", parts(find(ev, "meeting")))
    -- a "that" a verb follows is the noun's relative pronoun, not what was said
    ev = events("President Yoon Suk Yeol said at the NATO summit that opened in Washington on Wednesday that the "
      .. "alliance must stay united.", "2024-07-12")
    assert.are.equal("2024-07-10", find(ev, "NATO summit").date)
    -- the "that" clause keeps its own subject, and the talks' date is not its
    ev = events("Cho Tae-yul said after the talks with Antony Blinken on Thursday that North Korea had sent troops "
      .. "to Russia.", "2024-10-31")
    assert.are.equal("country/north-korea", parts(find(ev, "sent")))
    assert.is_nil(find(ev, "sent").date)
  end)
  it("keeps a phone call whose object is followed by an 'as' of time or a 'to' clause, not a judgement", function()
    local ev = events("Yoon Suk Yeol will call the president as soon as possible.", "2023-06-10")
    assert.is_not_nil(find(ev, "call"))
    ev = events("Lee Jae-myung will call the prime minister as planned.", "2023-06-10")
    assert.is_not_nil(find(ev, "call"))
    ev = events("Lee Jae-myung will call the prime minister to discuss a plan.", "2023-06-10")
    assert.is_not_nil(find(ev, "call"))
    -- a judgement after the object still names something
    ev = events("Lee Jae-myung will call the launch a grave threat to peace.", "2023-06-10")
    assert.is_nil(find(ev, "call"))
    ev = events("North Korea described the drills as a rehearsal for invasion.", "2023-06-10")
    assert.is_nil(find(ev, "drills"))
  end)
  it("dates a main clause by an opening 'Before X opened,' but not by a phrase with no verb ('After X on July 10,')", function()
    local ev = events("After the NATO summit on July 10, Yoon Suk Yeol met Fumio Kishida, according to the "
      .. "presidential office.", "2024-07-20")
    assert.is_nil(find(ev, "met").date)
    ev = events("Before the NATO summit opened on July 10, Yoon Suk Yeol met Fumio Kishida, according to the "
      .. "presidential office.", "2024-07-20")
    assert.are.equal("2024-07-10", find(ev, "met").date)
  end)
  it("reads ', as the two ministers …' before a meeting past a hyphen and more than eight words back", function()
    local ev = events("Defense Secretary Lloyd Austin and Defense Minister Gen Nakatani urged Beijing to stop its "
      .. "intercepts, as the two ministers closed their annual two-day meeting in Tokyo.", "2024-11-17")
    assert.are.equal("person/gen-nakatani person/lloyd-austin", parts(find(ev, "meeting")))
    ev = events("Defense Secretary Lloyd Austin and Defense Minister Gen Nakatani urged Beijing to stop its "
      .. "intercepts, as the two ministers wrapped up their annual and closely watched security meeting in Tokyo.",
      "2024-11-17")
    assert.are.equal("person/gen-nakatani person/lloyd-austin", parts(find(ev, "meeting")))
  end)
  it("takes who speaks from 'from' right after a statement noun ('drew condemnation from Seoul and Tokyo')", function()
    local ev = events("North Korea fired a cruise missile into the Yellow Sea on Sunday. The launch drew swift "
      .. "condemnation from Seoul and Tokyo.", "2024-01-29")
    local e = find(ev, "condemnation")
    assert.is_not_nil(e)
    assert.are.equal("country/japan country/south-korea", parts(e))
  end)
  it("reads a headline opening with a place and an event noun as its subject: the names after the verb are no parties", function()
    local ev = events("Commentary: Hiroshima pact pulls Tokyo and Seoul closer\n\nYoon Suk Yeol and Fumio Kishida met in "
      .. "Hiroshima on Sunday on the sidelines of the Group of Seven gathering.", "2023-05-23")
    local e = find(ev, "pact")
    assert.is_not_nil(e)
    assert.are.equal("", parts(e))
  end)
  it("drops a pact named as the whole of a part ('the research arm of the treaty between …'): no signing", function()
    local ev = events("Shin Won-sik said Seoul hoped to join projects of the research arm of the pact between Britain, "
      .. "Australia and the United States.", "2024-05-02")
    assert.is_nil(find(ev, "pact"))
    ev = events("Officials from Britain, Australia and the United States attended the signing of the pact in Canberra.",
      "2024-05-02")
    assert.is_not_nil(find(ev, "signing"))
  end)
  it("keeps a pact named after a noun of its making ('the conclusion of the treaty between …'), only part nouns drop it", function()
    for _, n in ipairs({ "conclusion", "ratification", "renewal", "extension" }) do
      local e = find(events("Japan welcomed the " .. n .. " of the treaty between South Korea and Vietnam on Monday.",
        "2024-05-02"), "treaty")
      assert.is_not_nil(e, n)
      assert.are.equal("agreement", e.type)
      assert.are.equal("country/south-korea country/vietnam", parts(e))
    end
    assert.is_nil(find(events("Officials discussed the terms of the treaty between South Korea and Vietnam on Monday.",
      "2024-05-02"), "treaty"))
  end)
  it("gives a signing planned at a previewed meeting ('…, where they are expected to sign …') its parties and day", function()
    local ev = events("WASHINGTON, Oct. 30 (Yonhap) -- Defense Minister Kim Yong-hyun and Defense Secretary Lloyd Austin "
      .. "were set to hold their annual security talks Wednesday.\n\nKim and Austin will meet at the Pentagon for the "
      .. "56th Security Consultative Meeting, where they are expected to sign a set of guidelines on nuclear planning.",
      "2024-10-30")
    local e = find(ev, "sign")
    assert.is_not_nil(e)
    assert.are.equal("person/kim-yong-hyun person/lloyd-austin", parts(e))
    assert.are.equal("2024-10-30", e.date)
    assert.are.equal("planned", e.modality)
  end)
  it("steps back over a modal to the subject only for a pronoun, and merges the signed noun into the signing", function()
    -- "the two sides will meet" names no parties of the launch told before
    local e = find(events("North Korea has launched a missile. The two sides will meet on Friday.", "2024-10-28"), "meet")
    assert.is_not_nil(e)
    assert.are.equal("", parts(e))
    -- "they will sign an accord": one signing, of the parties told before
    local ev = events("Japan and Korea held talks on Monday. They will sign an accord on Friday.", "2024-10-28")
    e = find(ev, "sign")
    assert.is_not_nil(e)
    assert.are.equal("country/japan country/south-korea", parts(e))
    assert.is_nil(find(ev, "accord"))
  end)
  it("reads a past participle right after a determiner as an adjective ('sign a revised plan')", function()
    local ev = events("Kim Yong-hyun and Lloyd Austin will meet at the Pentagon on Wednesday, where they will sign a "
      .. "revised plan for nuclear deterrence.", "2024-10-28")
    assert.is_nil(find(ev, "revised"))
    assert.is_not_nil(find(ev, "sign"))
  end)
  it("takes the joint revision of a document as an agreement, not of anything else", function()
    local ev = events("Japan and the Philippines on Monday revised their joint guidelines for disaster relief, as the two "
      .. "foreign ministers held talks in Manila.", "2024-07-09")
    local e = find(ev, "revised")
    assert.is_not_nil(e)
    assert.are.equal("agreement", e.type)
    assert.are.equal("country/japan country/philippines", parts(e))
    assert.is_nil(find(events("The finance ministry revised its growth forecast on Monday.", "2024-07-09"), "revised"))
    -- one government rewriting its own document makes no agreement
    assert.is_nil(find(events("Japan revised its national security strategy in December.", "2023-01-10"), "revised"))
  end)
  it("takes a revision as joint only when the joint word is in its own phrase, not elsewhere in the sentence", function()
    -- a joint word in another clause or phrase of the sentence
    assert.is_nil(find(events("Japan revised its growth forecast amid bilateral trade tensions with the United States.",
      "2024-07-09"), "revised"))
    assert.is_nil(find(events("Russia revised its nuclear doctrine, and China and Russia held joint drills.",
      "2024-07-09"), "revised"))
    assert.is_nil(find(events("Japan revised its defense guidelines together with its security strategy.",
      "2024-07-09"), "revised"))
    -- the joint word as the adverb of the verb or in the object
    local e = find(events("Seoul and Washington jointly revised the Tailored Deterrence Strategy.", "2024-07-09"), "revised")
    assert.is_not_nil(e)
    assert.are.equal("agreement", e.type)
    assert.is_not_nil(find(events("Japan and the Philippines revised the guidelines together on Monday.", "2024-07-09"),
      "revised"))
  end)
  it("dates a deal 'reached when A and B met …' by the 'when' clause, whose subject reached it", function()
    local ev = events("The ministers reviewed the trade deals reached when Fumio Kishida and Joe Biden met in Washington "
      .. "on April 10 this year.", "2024-06-20")
    local e = find(ev, "reached")
    assert.is_not_nil(e)
    assert.are.equal("agreement", e.type)
    assert.are.equal("2024-04-10", e.date)
    assert.are.equal("person/fumio-kishida person/joe-biden", parts(e))
    assert.are.equal("location/washington", e.location)
  end)
  it("gives only a deal, not any participle before 'when', the 'when' clause's time and subject", function()
    local e = find(events("Kim said the troops deployed when Russia invaded Ukraine in 2022 had returned.", "2024-10-28"),
      "deployed")
    if e then
      assert.are_not.equal("country/russia", parts(e))
      assert.are_not.equal("2022", e.date)
    end
    e = find(events("North Korea said the missiles fired when South Korea and the United States began drills on Monday "
      .. "were a warning.", "2024-10-28"), "fired")
    assert.is_not_nil(e)
    assert.are_not.equal("country/south-korea", parts(e))
    assert.are_not.equal("2024-10-28", e.date)
  end)
  it("takes the subject after an opening 'Under the rules announced …,' as the announcer", function()
    local ev = events("Under the rules announced on Tuesday, Japan will require licences for exports of chip-making "
      .. "equipment to China.", "2023-05-25")
    local e = find(ev, "announced")
    assert.is_not_nil(e)
    assert.are.equal("country/japan", parts(e))
    assert.are.equal("2023-05-23", e.date)
  end)
  it("takes no subject after an opening 'Under the tariffs announced …,' that undergoes them as the announcer", function()
    -- 'faces', 'gets', 'receives': the subject undergoes the measures
    for _, v in ipairs({ "faces a 24 percent levy", "gets a 24 percent levy", "receives a 24 percent rate" }) do
      local e = find(events("Under the tariffs announced Wednesday, Japan " .. v .. ".", "2025-04-04"), "announced")
      assert.is_true(e == nil or parts(e) == "", v)
    end
    -- a verb of intent: the subject is the announcer
    local e = find(events("Under the plan announced Monday, Japan is to double its defense budget.", "2025-04-04"),
      "announced")
    assert.is_not_nil(e)
    assert.are.equal("country/japan", parts(e))
  end)
  it("dates a briefing in the lead's closing ', after' clause with no time of its own by the lead's day", function()
    local lead = "BRUSSELS, July 10 (Yonhap) -- NATO Secretary General Jens Stoltenberg announced Wednesday that the "
      .. "alliance would open a liaison office in Tokyo, after a Japanese delegation briefed the North Atlantic Council"
    local e = find(events(lead .. ".", "2024-07-10"), "briefed")
    assert.is_not_nil(e)
    assert.are.equal("2024-07-10", e.date)
    -- a time of its own wins
    e = find(events(lead .. " in June.", "2024-07-10"), "briefed")
    assert.are.equal("2024-06", e.date)
  end)
  it("leaves a meeting, or a clause that does not close the sentence, after ', after' undated by the lead", function()
    local e = find(events("Rutte confirmed Monday that North Korean troops were in Russia, after a meeting in Brussels.",
      "2024-10-28"), "meeting")
    assert.is_not_nil(e)
    assert.is_nil(e.date)
    e = find(events("BRUSSELS, July 10 (Yonhap) -- NATO Secretary General Jens Stoltenberg announced Wednesday that the "
      .. "alliance would open a liaison office in Tokyo, after a Japanese delegation briefed the North Atlantic Council, "
      .. "officials said.", "2024-07-10"), "briefed")
    if e then assert.is_nil(e.date) end
  end)
  it("dates a verb by the day after a relative clause set off by commas on its object", function()
    local text = "Defense Minister Shin Won-sik held talks with U.S. Defense Secretary Lloyd Austin, who is in Seoul "
      .. "for the annual Security Consultative Meeting, on Monday."
    local ev, d = events(text, "2023-11-14")
    local e = find(ev, "talks")
    assert.is_not_nil(e)
    assert.are.equal("2023-11-13", e.date)
    assert.are.equal("occurred", e.modality)
    assert.are.equal("person/lloyd-austin person/shin-won-sik", parts(e))
    -- the weekday takes the main clause's tense, not the relative's "is"
    local monday
    for _, t in ipairs(d:timexes()) do if t.text == "Monday" then monday = t end end
    assert.are.equal("2023-11-13", monday.value)
    ev = events("Foreign Minister Park Jin met U.S. Secretary of State Antony Blinken, who arrived in Seoul on "
      .. "Wednesday, on Thursday.", "2023-11-10")
    e = find(ev, "met")
    assert.are.equal("2023-11-09", e.date)
    assert.are.equal("person/antony-blinken person/park-jin", parts(e))
    assert.are.equal("2023-11-08", find(ev, "arrived").date)
    -- a day inside the relative clause stays its own
    ev = events("Foreign Minister Park Jin met U.S. Secretary of State Antony Blinken, who arrived in Seoul on "
      .. "Wednesday.", "2023-11-10")
    assert.is_nil(find(ev, "met").date)
    assert.are.equal("2023-11-08", find(ev, "arrived").date)
  end)
  it("keeps one event on a meeting noun a relative clause attends with a pronoun or a said pronoun", function()
    local ev = events("Yoon Suk Yeol left Seoul on Monday for the NATO summit in Washington, which he attended on "
      .. "July 10 and 11.", "2024-07-12")
    local e = find(ev, "NATO summit")
    assert.is_not_nil(e)
    assert.is_nil(find(ev, "attended"))
    assert.are.equal("2024-07-10", e.date)
    assert.are.equal("2024-07-11", e.date_end)
    assert.are.equal("person/yoon-suk-yeol", parts(e))
    assert.are.equal("occurred", e.modality)
    ev = events("The summit, which Prime Minister Fumio Kishida said he would attend, opens in Washington on July 9.",
      "2024-07-01")
    assert.is_nil(find(ev, "attend"))
    e = find(ev, "summit")
    assert.is_not_nil(e)
    assert.are.equal("2024-07-09", e.date)
    assert.are.equal("planned", e.modality)
    assert.are.equal("person/fumio-kishida", parts(e))
    assert.are.equal("location/washington", e.location)
    -- what the speaker says of the summit makes him no party
    e = find(events("The summit, which Prime Minister Fumio Kishida said would test the alliance, opens in Washington "
      .. "on July 9.", "2024-07-01"), "summit")
    assert.is_not_nil(e)
    assert.are.equal("", parts(e))
  end)
  it("makes the name after spokesman, spokeswoman or spokesperson a person who reports, no party", function()
    local function persons(d)
      local t = {}
      for _, m in ipairs(d:mentions()) do if m.type == "PERSON" then t[#t + 1] = m.text .. "=" .. m.entity end end
      return table.concat(t, " ")
    end
    local ev, d = events("NATO spokeswoman Farah Dakhlallah said a South Korean delegation briefed the North Atlantic "
      .. "Council on Monday.", "2024-10-29")
    assert.are.equal("Farah Dakhlallah=person/farah-dakhlallah", persons(d))
    assert.are.equal("country/south-korea org/nato-north-atlantic-council", parts(find(ev, "briefed")))
    ev, d = events("Lloyd Austin will travel to Tokyo on Sunday, Pentagon spokesman Pat Ryder said.", "2024-07-25")
    assert.are.equal("Lloyd Austin=person/lloyd-austin Pat Ryder=person/pat-ryder", persons(d))
    assert.are.equal("person/lloyd-austin", parts(ev[1]))
    assert.are.equal("2024-07-28", ev[1].date)
    -- a given name glued to its second part is one name, "In" no preposition
    ev, d = events("Unification Ministry deputy spokesperson Kim In-ae told a briefing on Friday that North Korea "
      .. "had fired an intercontinental ballistic missile.", "2024-11-01")
    assert.are.equal("Kim In-ae=person/kim-in-ae", persons(d))
    assert.are.equal("country/north-korea", parts(find(ev, "fired")))
    -- the body only places its spokesman: the announcer is the person
    ev = events("Pentagon spokesman Pat Ryder announced on Monday that Lloyd Austin would travel to Tokyo.",
      "2024-07-23")
    assert.are.equal("person/pat-ryder", parts(find(ev, "announced")))
    -- no name after the post: no person
    ev, d = events("Lloyd Austin will travel to Tokyo on Sunday, a Pentagon spokesman told reporters.", "2024-07-25")
    assert.are.equal("Lloyd Austin=person/lloyd-austin", persons(d))
    assert.are.equal("person/lloyd-austin", parts(ev[1]))
  end)
end)

describe("event extraction, scope and reference patterns", function()
  it("carries a modal or a negation over 'and'/'or' to a bare second verb", function()
    -- hypothetical: neither verb tells of an event
    assert.are.equal(0, #events("Lee Jae-myung could travel to Washington next month and meet Donald Trump.",
      "2025-06-10"))
    assert.are.equal(0, #events("Yoon Suk Yeol might fly to Washington and meet Joe Biden.", "2024-10-29"))
    assert.are.equal(0, #events("Yoon Suk Yeol may visit Brussels next week and hold talks with Mark Rutte.",
      "2024-10-29"))
    -- negated: the support verb after "or" shares "did not"
    assert.are.equal(0, #events("Yoon Suk Yeol did not attend the summit or hold talks with Rutte.", "2024-10-29"))
    assert.are.equal(0, #events("Yoon Suk Yeol never visited Pyongyang or met Kim Jong Un.", "2024-10-29"))
    -- the scope stops at "but": the talks were held
    local ev = events("Yoon Suk Yeol did not attend the summit but held talks with Mark Rutte on Monday.",
      "2024-10-29")
    assert.are.equal(1, #ev)
    assert.are.equal("talks", ev[1].trigger.text)
    assert.are.equal("occurred", ev[1].modality)
    assert.are.equal("2024-10-28", ev[1].date)
    -- and at a clause with its own subject
    ev = events("Lee Jae-myung could visit Seoul, and Mark Rutte met Cho Tae-yul on Monday.", "2024-10-29")
    assert.are.equal(1, #ev)
    assert.are.equal("met", ev[1].trigger.text)
    assert.are.equal("occurred", ev[1].modality)
    -- a verb of its own tense, or a modal of its own, keeps the event
    ev = events("Yoon Suk Yeol could not attend the summit, so Cho Tae-yul will travel to Brussels and meet "
      .. "Mark Rutte.", "2024-10-29")
    assert.are.equal("planned", find(ev, "meet").modality)
    ev = events("Kim Yong-hyun traveled to Washington on Monday and met Lloyd Austin.", "2024-10-29")
    assert.are.equal("occurred", find(ev, "met").modality)
  end)

  it("reads a reported 'was scheduled for Friday' as the coming Friday, a plan", function()
    -- published on Tuesday 2024-10-29
    local ev = events("The talks, which officials said were scheduled for Friday, will cover the North's troop "
      .. "deployment to Russia.", "2024-10-29")
    local e = find(ev, "talks")
    assert.are.equal("planned", e.modality)
    assert.are.equal("2024-11-01", e.date)
    ev = events("The meeting between Cho Tae-yul and Mark Rutte was set for Friday, the ministry said.", "2024-10-29")
    assert.are.equal("planned", ev[1].modality)
    assert.are.equal("2024-11-01", ev[1].date)
    ev = events("The talks were slated for Friday, officials said.", "2024-10-29")
    assert.are.equal("2024-11-01", ev[1].date)
    -- a plan of the past, told as carried out, keeps the past Friday
    ev = events("The meeting, which had been scheduled for Friday, took place in Seoul.", "2024-10-29")
    assert.are.equal("occurred", ev[1].modality)
    assert.are.equal("2024-10-25", ev[1].date)
    -- a meeting told as held, with its attribution, stays past
    ev = events("Cho Tae-yul and Mark Rutte met in Brussels on Friday, officials said.", "2024-10-29")
    assert.are.equal("2024-10-25", ev[1].date)
  end)

  it("keeps an event put off to a new day, planned on that day", function()
    local ev = events("Seoul and Tokyo postponed the talks from Nov. 4 to Nov. 8.", "2024-10-29")
    assert.are.equal(1, #ev)
    assert.are.equal("talks", ev[1].trigger.text)
    assert.are.equal("planned", ev[1].modality)
    assert.are.equal("2024-11-08", ev[1].date)
    assert.are.equal("country/japan country/south-korea", parts(ev[1]))
    ev = events("The talks between Cho Tae-yul and Takeshi Iwaya were postponed to Nov. 8.", "2024-10-29")
    assert.are.equal(1, #ev)
    assert.are.equal("planned", ev[1].modality)
    assert.are.equal("2024-11-08", ev[1].date)
    ev = events("The talks between Cho Tae-yul and Takeshi Iwaya were postponed until Nov. 8.", "2024-10-29")
    assert.are.equal("2024-11-08", ev[1].date)
    assert.is_nil(ev[1].date_end)
    -- no new day: still called off; "to" before a verb names no day
    assert.are.equal(0, #events("Seoul and Tokyo postponed the talks.", "2024-10-29"))
    assert.are.equal(0, #events("Seoul postponed the talks with Tokyo to protest the launch.", "2024-10-29"))
  end)

  it("drops an event its passive calls off, past a list of names or 'called off'", function()
    assert.are.equal(0, #events("The summit planned for Friday was called off.", "2024-10-29"))
    assert.are.equal(0, #events("The talks between Cho Tae-yul and Takeshi Iwaya, scheduled for Nov. 8, were "
      .. "cancelled.", "2024-10-29"))
    assert.are.equal(0, #events("The meeting between Cho Tae-yul and Mark Rutte was scrapped.", "2024-10-29"))
    -- another clause's "and", or a word that only qualifies a noun, calls nothing off
    local ev = events("The talks between Cho Tae-yul and Takeshi Iwaya went ahead on Monday, and a planned dinner "
      .. "was cancelled.", "2024-10-29")
    assert.are.equal("occurred", find(ev, "talks").modality)
    ev = events("Cho Tae-yul held talks with Takeshi Iwaya on the cancelled project on Monday.", "2024-10-29")
    assert.are.equal("2024-10-28", find(ev, "talks").date)
  end)

  it("takes a press secretary or press officer, as a spokesman, for a source: neither they nor their body take part",
    function()
    local function persons(d)
      local t = {}
      for _, m in ipairs(d:mentions()) do if m.type == "PERSON" then t[#t + 1] = m.text .. "=" .. m.entity end end
      return table.concat(t, " ")
    end
    local ev, d = events("Lloyd Austin met Kim Yong-hyun at the Pentagon on Wednesday, Pentagon press secretary Pat "
      .. "Ryder said.", "2024-10-31")
    assert.are.equal("person/kim-yong-hyun person/lloyd-austin", parts(ev[1]))
    assert.are.equal("Lloyd Austin=person/lloyd-austin Kim Yong-hyun=person/kim-yong-hyun Pat Ryder=person/pat-ryder",
      persons(d))
    ev = events("Pentagon press secretary Pat Ryder said Lloyd Austin met Kim Yong-hyun on Wednesday.", "2024-10-31")
    assert.are.equal("person/kim-yong-hyun person/lloyd-austin", parts(ev[1]))
    ev = events("Antony Blinken met Cho Tae-yul in Washington on Thursday, a State Department press officer said.",
      "2024-11-01")
    assert.are.equal("person/antony-blinken person/cho-tae-yul", parts(ev[1]))
    -- the post in apposition after the name
    ev = events("Lloyd Austin met Kim Yong-hyun in Washington on Wednesday, Pat Ryder, the Pentagon press secretary, "
      .. "said.", "2024-10-31")
    assert.are.equal("person/kim-yong-hyun person/lloyd-austin", parts(ev[1]))
    -- a body named as a party keeps its part
    ev = events("The Pentagon and the South Korean defence ministry held talks in Washington on Wednesday, Pat Ryder "
      .. "said.", "2024-10-31")
    assert.truthy(parts(ev[1]):find("org/us-department-of-defense", 1, true))
  end)
end)
