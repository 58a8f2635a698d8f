-- korea_nato.time: the temporal tagger through the Lua API (kn.time.parse,
-- doc:timexes(), core.timexes). The expressions and sentences below are
-- written for these tests; none comes from the TempEval corpus or an article.
local kn = require "korea_nato"

-- Anchors: A a Monday in autumn, J the example of the README (a Tuesday),
-- B and C on either side of a new year, N none.
local A, J, B, C, N = "2024-10-28", "2024-01-09", "2024-12-30", "2025-01-02", false

-- { anchor, expression, value, type }
local CASES = {
  { A, "Oct. 28, 2024", "2024-10-28", "DATE" },
  { A, "October 28, 2024", "2024-10-28", "DATE" },
  { A, "28 October 2024", "2024-10-28", "DATE" },
  { A, "28th October 2024", "2024-10-28", "DATE" },
  { A, "October 28", "2024-10-28", "DATE" },
  { A, "Oct. 17", "2024-10-17", "DATE" },
  { A, "2024-10-28", "2024-10-28", "DATE" },
  { A, "10/28/2024", "2024-10-28", "DATE" },
  { A, "28.10.2024", "2024-10-28", "DATE" },
  { A, "2025.06.23", "2025-06-23", "DATE" },
  { A, "October 2024", "2024-10", "DATE" },
  { A, "October of 2024", "2024-10", "DATE" },
  { A, "Oct. 28, 2024 - 15:39", "2024-10-28T15:39", "TIME" },
  { A, "Nov. 1, 2024 - 10:02", "2024-11-01T10:02", "TIME" },
  { A, "June 26, 2025, 16:05", "2025-06-26T16:05", "TIME" },
  { A, "December 4, 2024 2:10 PM", "2024-12-04T14:10", "TIME" },
  { A, "01 Apr. 2025, 15:19", "2025-04-01T15:19", "TIME" },
  { A, "Thu 13 Jul 2023 11.02 BST", "2023-07-13T11:02", "TIME" },
  { A, "Thursday, Oct. 31", "2024-10-31", "DATE" },
  { A, "2024-W44", "2024-W44", "DATE" },
  { A, "2022", "2022", "DATE" },
  { A, "since 2022", "2022", "DATE" },
  { A, "fiscal 2024", "2024", "DATE" },
  { A, "FY2025", "2025", "DATE" },
  { A, "the 1990s", "199", "DATE" },
  { A, "the '90s", "199", "DATE" },
  { A, "the nineties", "199", "DATE" },
  { A, "the early 2000s", "200", "DATE" },
  { A, "the 2020s", "202", "DATE" },
  { A, "the 20th century", "19", "DATE" },
  { A, "the 21st century", "20", "DATE" },
  { A, "the year 2000", "2000", "DATE" },
  { A, "nineteen ninety-six", "1996", "DATE" },
  { A, "2022-2024", "2022", "DATE" },
  { A, "this July", "2024-07", "DATE" },
  { A, "last April", "2024-04", "DATE" },
  { A, "next May", "2025-05", "DATE" },
  { A, "June last year", "2023-06", "DATE" },
  { A, "October last year", "2023-10", "DATE" },
  { A, "Dec. 3 last year", "2023-12-03", "DATE" },
  { A, "this summer", "2024-SU", "DATE" },
  { A, "last winter", "2023-WI", "DATE" },
  { A, "the summer of 2023", "2023-SU", "DATE" },
  { A, "spring 2024", "2024-SP", "DATE" },
  { A, "mid-November", "2024-11", "DATE" },
  { A, "early next year", "2025", "DATE" },
  { A, "late last year", "2023", "DATE" },
  { A, "earlier this month", "2024-10", "DATE" },
  { A, "later this week", "2024-W44", "DATE" },
  { A, "the end of the year", "2024", "DATE" },
  { A, "the end of 2023", "2023", "DATE" },
  { A, "the beginning of next month", "2024-11", "DATE" },
  { A, "this Thursday", "2024-10-31", "DATE" },
  { A, "next Wednesday", "2024-11-06", "DATE" },
  { A, "last Friday", "2024-10-25", "DATE" },
  { A, "last Monday", "2024-10-21", "DATE" },
  { A, "this past weekend", "2024-W43-WE", "DATE" },
  { A, "next Tuesday night", "2024-11-05TNI", "TIME" },
  { A, "Tuesday night", "2024-10-22TNI", "TIME" },
  { A, "Wednesday morning", "2024-10-23TMO", "TIME" },
  { A, "late Saturday", "2024-10-26", "DATE" },
  { A, "Later Tuesday", "2024-10-22", "DATE" },
  { A, "the previous Friday", "2024-10-25", "DATE" },
  { A, "today", "2024-10-28", "DATE" },
  { A, "yesterday", "2024-10-27", "DATE" },
  { A, "tomorrow", "2024-10-29", "DATE" },
  { A, "tonight", "2024-10-28TNI", "TIME" },
  { A, "this morning", "2024-10-28TMO", "TIME" },
  { A, "last night", "2024-10-27TNI", "TIME" },
  { A, "yesterday afternoon", "2024-10-27TAF", "TIME" },
  { A, "the day before yesterday", "2024-10-26", "DATE" },
  { A, "the day after tomorrow", "2024-10-30", "DATE" },
  { A, "this week", "2024-W44", "DATE" },
  { A, "next week", "2024-W45", "DATE" },
  { A, "last week", "2024-W43", "DATE" },
  { A, "this month", "2024-10", "DATE" },
  { A, "next month", "2024-11", "DATE" },
  { A, "last month", "2024-09", "DATE" },
  { A, "this year", "2024", "DATE" },
  { A, "next year", "2025", "DATE" },
  { A, "last year", "2023", "DATE" },
  { A, "this weekend", "2024-W44-WE", "DATE" },
  { A, "last weekend", "2024-W43-WE", "DATE" },
  { A, "the weekend", "2024-W43-WE", "DATE" },
  { A, "this quarter", "2024-Q4", "DATE" },
  { A, "last quarter", "2024-Q3", "DATE" },
  { A, "next quarter", "2025-Q1", "DATE" },
  { A, "the fourth quarter", "2024-Q4", "DATE" },
  { A, "the fourth quarter of 2023", "2023-Q4", "DATE" },
  { A, "the third quarter", "2024-Q3", "DATE" },
  { A, "third-quarter", "2024-Q3", "DATE" },
  { A, "Q3 2024", "2024-Q3", "DATE" },
  { A, "the first half of 2025", "2025-H1", "DATE" },
  { A, "the last decade", "201", "DATE" },
  { A, "this century", "20", "DATE" },
  { A, "three years ago", "2021", "DATE" },
  { A, "a year ago", "2023", "DATE" },
  { A, "two weeks ago", "2024-W42", "DATE" },
  { A, "six months ago", "2024-04", "DATE" },
  { A, "three days ago", "2024-10-25", "DATE" },
  { A, "a decade ago", "2014", "DATE" },
  { A, "a week or so ago", "2024-W43", "DATE" },
  { A, "two weeks from now", "2024-W46", "DATE" },
  { A, "the previous day", "2024-10-27", "DATE" },
  { A, "the same day", "2024-10-28", "DATE" },
  { A, "the next day", "2024-10-29", "DATE" },
  { A, "that day", "2024-10-28", "DATE" },
  { A, "a day earlier", "2024-10-27", "DATE" },
  { A, "two days later", "2024-10-30", "DATE" },
  { A, "the following year", "2025", "DATE" },
  { A, "the previous week", "2024-W43", "DATE" },
  { A, "two months", "P2M", "DURATION" },
  { A, "three years", "P3Y", "DURATION" },
  { A, "more than three years", "P3Y", "DURATION" },
  { A, "in more than three years", "P3Y", "DURATION" },
  { A, "the past three years", "P3Y", "DURATION" },
  { A, "the last five years", "P5Y", "DURATION" },
  { A, "the next two weeks", "P2W", "DURATION" },
  { A, "about two weeks", "P2W", "DURATION" },
  { A, "nearly three years", "P3Y", "DURATION" },
  { A, "at least 72 hours", "PT72H", "DURATION" },
  { A, "half an hour", "PT30M", "DURATION" },
  { A, "an hour and a half", "PT1H30M", "DURATION" },
  { A, "2 1/2 years", "P2Y6M", "DURATION" },
  { A, "two and a half years", "P2Y6M", "DURATION" },
  { A, "two-year", "P2Y", "DURATION" },
  { A, "six-day", "P6D", "DURATION" },
  { A, "74 minutes", "PT74M", "DURATION" },
  { A, "4,415 seconds", "PT4415S", "DURATION" },
  { A, "a few days", "PXD", "DURATION" },
  { A, "several years", "PXY", "DURATION" },
  { A, "a decade", "P10Y", "DURATION" },
  { A, "more than four decades", "P40Y", "DURATION" },
  { A, "the first nine months", "P9M", "DURATION" },
  { A, "two to three weeks", "P2W", "DURATION" },
  { A, "24 hours", "PT24H", "DURATION" },
  { A, "annual", "P1Y", "SET" },
  { A, "annually", "P1Y", "SET" },
  { A, "every year", "P1Y", "SET" },
  { A, "each year", "P1Y", "SET" },
  { A, "twice a year", "P1Y", "SET" },
  { A, "once a month", "P1M", "SET" },
  { A, "three times a week", "P1W", "SET" },
  { A, "every other week", "P2W", "SET" },
  { A, "every two years", "P2Y", "SET" },
  { A, "every Thursday", "XXXX-WXX-4", "SET" },
  { A, "daily", "P1D", "SET" },
  { A, "weekly", "P1W", "SET" },
  { A, "yearly", "P1Y", "SET" },
  { A, "3 p.m.", "2024-10-28T15:00", "TIME" },
  { A, "15:39", "2024-10-28T15:39", "TIME" },
  { A, "10:35 a.m.", "2024-10-28T10:35", "TIME" },
  { A, "7.10am", "2024-10-28T07:10", "TIME" },
  { A, "noon", "2024-10-28T12:00", "TIME" },
  { A, "midnight", "2024-10-28T24:00", "TIME" },
  { A, "around 10 a.m.", "2024-10-28T10:00", "TIME" },
  { A, "10 p.m. Wednesday", "2024-10-23T22:00", "TIME" },
  { A, "5 p.m. EST Nov. 9", "2024-11-09T17:00", "TIME" },
  { A, "now", "PRESENT_REF", "DATE" },
  { A, "right now", "PRESENT_REF", "DATE" },
  { A, "currently", "PRESENT_REF", "DATE" },
  { A, "at present", "PRESENT_REF", "DATE" },
  { A, "recently", "PAST_REF", "DATE" },
  { A, "in the past", "PAST_REF", "DATE" },
  { A, "the future", "FUTURE_REF", "DATE" },
  { A, "in the future", "FUTURE_REF", "DATE" },
  { A, "soon", "FUTURE_REF", "DATE" },
  { A, "the near future", "FUTURE_REF", "DATE" },
  { A, "the coming days", "FUTURE_REF", "DATE" },
  { A, "in recent years", "PXY", "DURATION" },
  { A, "Christmas", "2024-12-25", "DATE" },
  { A, "Christmas Eve", "2024-12-24", "DATE" },
  { A, "Thanksgiving", "2024-11-28", "DATE" },
  { A, "the 28th of October", "2024-10-28", "DATE" },
  { J, "next Wednesday", "2024-01-17", "DATE" },
  { J, "the fourth quarter", "2023-Q4", "DATE" },
  { B, "next week", "2025-W02", "DATE" },
  { B, "this week", "2025-W01", "DATE" },
  { B, "last week", "2024-W52", "DATE" },
  { B, "next month", "2025-01", "DATE" },
  { B, "next year", "2025", "DATE" },
  { B, "tomorrow", "2024-12-31", "DATE" },
  { B, "next Monday", "2025-01-06", "DATE" },
  { B, "this Friday", "2025-01-03", "DATE" },
  { B, "Jan. 3", "2025-01-03", "DATE" },
  { B, "Dec. 3", "2024-12-03", "DATE" },
  { C, "last week", "2024-W52", "DATE" },
  { C, "Dec. 30", "2024-12-30", "DATE" },
  { C, "last year", "2024", "DATE" },
  { C, "December", "2024-12", "DATE" },
  { C, "yesterday", "2025-01-01", "DATE" },
  { N, "next Wednesday", "XXXX-WXX-3", "DATE" },
  { N, "Oct. 28", "XXXX-10-28", "DATE" },
  { N, "last year", "XXXX", "DATE" },
  { N, "yesterday", "XXXX-XX-XX", "DATE" },
  { N, "December", "XXXX-12", "DATE" },
  { N, "three years ago", "XXXX", "DATE" },
  { N, "this week", "XXXX-WXX", "DATE" },
  { N, "Oct. 28, 2024", "2024-10-28", "DATE" },
  { N, "three years", "P3Y", "DURATION" },
}

describe("korea_nato.time", function()
  describe(".parse()", function()
    it("normalises " .. #CASES .. " expressions against their anchors", function()
      for _, c in ipairs(CASES) do
        local v, t = kn.time.parse(c[2], { anchor = c[1] or nil })
        assert.are.equal(c[3] .. " " .. c[4], tostring(v) .. " " .. tostring(t),
          string.format("%q (anchor %s)", c[2], tostring(c[1])))
      end
    end)

    it("covers every type and all anchors", function()
      local seen = {}
      for _, c in ipairs(CASES) do seen[c[4]] = true; seen[tostring(c[1])] = true end
      for _, k in ipairs { "DATE", "TIME", "DURATION", "SET", A, J, B, C, "false" } do
        assert.is_true(seen[k], k)
      end
      assert.is_true(#CASES >= 150)
    end)

    it("returns nil and a message for text that is not one expression", function()
      for _, s in ipairs { "the talks", "Seoul", "2,000 troops", "a 77-year-old envoy", "",
                           "Oct. 28 and Nov. 2", "May" } do
        local v, err = kn.time.parse(s, { anchor = A })
        assert.is_nil(v)
        assert.are.equal('not a temporal expression: "' .. s .. '"', err)
      end
    end)

    it("takes no anchor as underspecified, never as a guess", function()
      assert.are.equal("XXXX-WXX-5", (kn.time.parse("Friday")))
      assert.are.equal("XXXX-10-28", (kn.time.parse("Oct. 28")))
    end)

    it("accepts a date-time anchor", function()
      assert.are.equal("2024-10-27", (kn.time.parse("yesterday", { anchor = "2024-10-28T15:39:00+09:00" })))
    end)

    it("raises for misuse", function()
      assert.has_error(function() kn.time.parse(42) end,
        "bad argument #1 to 'parse' (string expected, got number)")
      assert.has_error(function() kn.time.parse("today", 5) end,
        "bad argument #2 to 'parse' (table expected, got number)")
      assert.has_error(function() kn.time.parse("today", { anchor = "yesterday" }) end,
        'bad anchor "yesterday" (expected an ISO 8601 date)')
      assert.has_error(function() kn.time.parse("today", { anchor = 20241028 }) end,
        'bad anchor "20241028" (expected an ISO 8601 date)')
    end)
  end)

  describe(":timexes()", function()
    local function tag(text, published)
      local doc = kn.analyze(text, { published = published })
      local list = doc:timexes()
      for _, t in ipairs(list) do
        assert.are.equal(t.text, text:sub(t.start, t.stop))
      end
      return list, doc
    end

    local function brief(list)
      local out = {}
      for i, t in ipairs(list) do
        out[i] = t.text .. "=" .. t.value .. (t.value_end and (".." .. t.value_end) or "")
      end
      return out
    end

    it("gives SCHEMA.md's fields with 1-based inclusive spans", function()
      local text = "Foreign Minister Cho Tae-yul will fly to Brussels next week, the ministry said Monday."
      local list = tag(text, A)
      assert.same({
        { text = "next week", start = 51, stop = 59, sentence = 1, type = "DATE", value = "2024-W45" },
        { text = "Monday", start = 80, stop = 85, sentence = 1, type = "DATE", value = "2024-10-28" },
      }, list)
    end)

    it("reads the tense of the clause for bare weekdays and months", function()
      assert.same({ "Wednesday=2024-10-23" }, brief(tag("The defense chiefs met in Washington on Wednesday.", A)))
      assert.same({ "Wednesday=2024-10-30" }, brief(tag("The defense chiefs will meet in Seoul on Wednesday.", A)))
      assert.same({ "Friday=2024-11-01" }, brief(tag("The envoy is scheduled to arrive in Tokyo on Friday.", A)))
      assert.same({ "Thursday=2024-10-31" }, brief(tag("Lee plans to attend the forum on Thursday.", A)))
      assert.same({ "Thursday=2024-10-24" }, brief(tag("Lee attended the forum on Thursday, his aides said.", A)))
      -- a verb joined by "and" after the weekday is another clause's
      assert.same({ "Sunday=2024-10-27", "Thursday=2024-10-31" },
        brief(tag("Yoon arrived in Tokyo on Sunday and will hold a summit with Kishida on Thursday.", A)))
      assert.same({ "Sunday=2024-11-03", "Tuesday=2024-11-05" }, brief(tag("The envoys will meet on Sunday and Tuesday.", A)))
      -- the second weekday of a pair follows the first, even the anchor's own weekday
      assert.same({ "Saturday=2024-11-02", "Monday=2024-11-04" },
        brief(tag("The defense chiefs will hold talks in Manila on Saturday and Monday.", A)))
      assert.same({ "Friday=2024-10-25", "Monday=2024-10-28" },
        brief(tag("The defense chiefs held talks in Manila on Friday and Monday.", A)))
      -- but not when the left cue lies across a comma (a relative clause's)
      assert.same({ "September=2024-09", "Thursday=2024-10-31" }, brief(tag("The ministers, who met in Seoul in " ..
        "September, meet again on Thursday and will sign the agreement.", A)))
      -- a relative clause set off by commas, with a verb of its own, has its own tense
      assert.same({ "Saturday=2024-10-26", "Friday=2024-11-01" }, brief(tag("Rutte, who landed in Seoul on Saturday, " ..
        "will sign a pact with Han on Friday.", A)))
      assert.same({ "Wednesday=2024-10-30", "June=2024-06" }, brief(tag("The pact, which Cho will sign in Hanoi on " ..
        "Wednesday, was drafted in June.", A)))
      -- long names between the verb and the weekday do not hide "will"
      assert.same({ "Thursday=2024-10-31" },
        brief(tag("He will also hold a summit with Japanese Prime Minister Fumio Kishida in Tokyo on Thursday.", A)))
      assert.same({ "Thursday=2024-10-31" }, brief(tag("He will also hold talks with U.S. Secretary of State " ..
        "Antony Blinken and Japanese Foreign Minister Yoko Kamikawa in Tokyo on Thursday.", A)))
      -- but not past "between" or "of the": the date is a noun event's inside the object
      assert.same({ "Wednesday=2023-09-13" }, brief(tag("Seoul will closely analyse the outcome of the summit between " ..
        "Vladimir Putin and Kim Jong Un at the Vostochny Cosmodrome on Wednesday.", "2023-09-15")))
      assert.same({ "July=2023-07" }, brief(tag("NATO will study the results of the meeting between Jens Stoltenberg " ..
        "and the leaders of Japan and South Korea in Vilnius in July.", "2023-08-02")))
      -- an infinitive after the weekday takes the tense of the verb before it
      assert.same({ "Wednesday=2024-10-23" },
        brief(tag("Kim Yong-hyun visited Washington on Wednesday to meet Lloyd Austin.", A)))
      assert.same({ "Wednesday=2024-10-30" },
        brief(tag("Kim Yong-hyun will visit Washington on Wednesday to meet Lloyd Austin.", A)))
      assert.same({ "Wednesday=2024-10-30" }, brief(tag("The envoy heads to Seoul on Wednesday to meet Cho.", A)))
      -- "is bound for" a place: a trip under way or to come
      assert.same({ "Thursday=2024-10-31" }, brief(tag("The envoy is bound for Hanoi on Thursday.", A)))
      assert.same({ "Thursday=2024-10-24" }, brief(tag("The envoy was bound for Hanoi on Thursday.", A)))
      -- but what an "after" phrase past it tells came before the trip
      assert.same({ "Monday=2024-10-28" },
        brief(tag("Cho is bound for Seoul after meeting Blinken in Washington on Monday.", A)))
      assert.same({ "Thursday=2024-10-31", "Monday=2024-10-28" },
        brief(tag("Cho is bound for Seoul on Thursday after talks with Blinken in Washington on Monday.", A)))
      assert.same({ "Friday=2024-10-25" }, brief(tag("Cho is heading to Seoul after talks in Tokyo on Friday.", A)))
      -- … and one before it, when it is the purpose of a past verb of going,
      -- not the object of a verb that "to" follows or of one inviting someone
      assert.same({ "Wednesday=2024-10-23" },
        brief(tag("Kim Yong-hyun visited the Pentagon to meet Lloyd Austin on Wednesday.", A)))
      assert.same({ "Wednesday=2024-10-30" }, brief(tag("Kim Yong-hyun agreed to meet Lloyd Austin on Wednesday.", A)))
      assert.same({ "Wednesday=2024-10-30" },
        brief(tag("Kim Yong-hyun invited Lloyd Austin to visit Seoul on Wednesday.", A)))
      -- not when the going has its own day: the purpose comes after it
      assert.same({ "Tuesday=2024-07-09", "Thursday=2024-07-11" },
        brief(tag("Antony Blinken departed for Seoul on Tuesday to meet Cho Tae-yul on Thursday.", "2024-07-10")))
      assert.same({ "December=2023-12" }, brief(tag("In December the allies adopted a new deterrence plan.", A)))
      assert.same({ "December=2024-12" }, brief(tag("The allies will adopt a new deterrence plan in December.", A)))
      -- a present form after a determiner, a preposition or a number is a
      -- plural noun ("a series of launches"), no tense: the past verb governs
      local M = "2023-05-03"
      assert.same({ "April=2023-04" },
        brief(tag("North Korea carried out a series of launches in April, the South Korean military said.", M)))
      assert.same({ "April=2023-04" }, brief(tag("North Korea staged two launches in April.", M)))
      assert.same({ "Tuesday=2024-10-29" }, brief(tag("The forum opens Tuesday in Seoul.", A)))
      -- but a number right after a capitalised word ends a name ("Freedom
      -- Shield 24"): no count, and the present form is the verb
      assert.same({ "Monday=2024-03-11" }, brief(tag("Freedom Shield 24 begins on Monday, the military said.", "2024-03-06")))
      assert.same({ "Monday=2024-03-11" }, brief(tag("Exercise Ssangyong 24 starts on Monday.", "2024-03-06")))
      assert.same({ "Monday=2025-11-10" }, brief(tag("SCM 58 opens in Washington on Monday.", "2025-11-05")))
      assert.same({ "Friday=2025-11-07" }, brief(tag("Freedom Flag 25 ends on Friday.", "2025-11-05")))
      -- a bare verb after a verb of seeing or causing and its object is no
      -- present ("saw the USS Kentucky visit"): the seeing verb's tense
      local G = "2023-08-10"
      assert.same({ "July=2023-07" }, brief(tag("You saw the USS Kentucky visit Busan in July.", G)))
      assert.same({ "July=2023-07" }, brief(tag("Reporters watched the Marines land at Pohang in July.", G)))
      assert.same({ "September=2023-09" }, brief(tag("You will see the USS Ronald Reagan visit Busan in September.", G)))
      -- a reporting clause after a comma ("..., the ministry said Friday") is
      -- the attribution: the weekday follows the tense of its own clause
      local F = "2024-11-01"   -- a Friday
      assert.same({ "Sunday=2024-11-03", "Friday=2024-11-01" },
        brief(tag("The defense chiefs will hold talks with their Japanese counterpart in Tokyo on Sunday, the ministry said Friday.", F)))
      assert.same({ "Sunday=2024-11-03", "Friday=2024-11-01" },
        brief(tag("The envoy is set to meet union leaders in Brussels on Sunday, diplomats said Friday.", F)))
      assert.same({ "Sunday=2024-11-03", "Thursday=2024-10-31" },
        brief(tag("The two presidents are expected to speak by phone on Sunday, the presidential office announced Thursday.", F)))
      assert.same({ "Sunday=2024-10-27", "Friday=2024-11-01" },
        brief(tag("The defense chiefs held talks with their Japanese counterpart on Sunday, the ministry said Friday.", F)))
      -- past the attribution is the reported clause, in its own time: its
      -- "would" is no tense of the weekday before the reporting verb
      assert.same({ "Tuesday=2024-10-29" },
        brief(tag("Marles, speaking after talks with his Japanese counterpart on Tuesday, said the allies would expand drills.", F)))
      assert.same({ "Tuesday=2024-10-29" },
        brief(tag("After a call with Wong on Tuesday, Cho told reporters he would visit Canberra.", F)))
      -- an attribution closed by a comma is a parenthesis: the clause's own
      -- verb follows it and gives the tense
      assert.same({ "Monday=2024-11-04" },
        brief(tag("The drills on Monday, the JCS said, will involve 40 aircraft.", F)))
      assert.same({ "Monday=2024-11-04" },
        brief(tag("On Monday, officials said, the two sides will sign the agreement.", F)))
      -- a verb of reporting before the expression is as strong a past as
      -- "said", past the future of what it reports
      assert.same({ "Friday=2024-10-25" },
        brief(tag("The ministry confirmed on Friday that the summit would go ahead.", "2024-10-29")))
      assert.same({ "Friday=2024-10-25" },
        brief(tag("Seoul announced on Friday that Lee will attend the summit.", "2024-10-29")))
      assert.same({ "Friday=2024-11-01" }, brief(tag("The date will be announced on Friday.", "2024-10-29")))
      -- "confirmed for Friday" is set for it
      assert.same({ "Friday=2024-11-01" },
        brief(tag("The summit, confirmed for Friday, will be held in Tokyo.", "2024-10-29")))
      -- … and so is one that names its hearers before the comma
      assert.same({ "Monday=2024-11-04" },
        brief(tag("The drills on Monday, the spokesman told reporters, will involve 40 aircraft.", F)))
      assert.same({ "Monday=2024-10-28" },
        brief(tag("The talks on Monday, Cho told lawmakers, produced no agreement.", F)))
      assert.same({ "Monday=2024-11-04" },
        brief(tag("The drills on Monday, the minister told Parliament, will involve 40 aircraft.", F)))
      assert.same({ "Monday=2024-11-04" },
        brief(tag("The drills on Monday, Cho told reporters in Seoul, will involve 40 aircraft.", F)))
      -- … or its own weekday
      assert.same({ "Friday=2024-11-08", "Tuesday=2024-11-05" },
        brief(tag("The summit on Friday, the presidential office confirmed on Tuesday, is expected to focus on trade.", "2024-11-06")))
      -- the verb past the parenthesis ends the search at ", and" before a
      -- new subject: that clause's "will" is not the weekday's tense
      assert.same({ "Monday=2024-10-28" },
        brief(tag("The strike on Monday, Kyiv said, marks an escalation, and Warsaw will convene its council.", F)))
      assert.same({ "Monday=2024-10-28" },
        brief(tag("The launch on Monday, the ministry told reporters, signals a new phase, and they will respond.", F)))
      assert.same({ "Monday=2024-10-28" },
        brief(tag("The drills on Monday, the JCS said, mark a turning point, and the allies will hold more.", F)))
      -- … not a list of subjects before the verb, nor "and" with no subject of its own
      assert.same({ "Monday=2024-11-04" },
        brief(tag("The drills on Monday, the JCS said, and the talks that follow will test the alliance.", F)))
      assert.same({ "Monday=2024-11-04" }, brief(tag("Envoys will meet on Monday and will sign the accord.", F)))
      -- a quotation broken off by its attribution goes on after it: the
      -- resumed quotation's verb gives the tense
      local T = "2024-10-29"   -- a Tuesday
      assert.same({ "Thursday=2024-10-31" },
        brief(tag('"On Thursday," the envoy said, "the two sides will initial the text."', T)))
      assert.same({ "Thursday=2024-10-31" },
        brief(tag("“By Thursday,” Rutte told reporters, “allies will have the plan.”", T)))
      -- … but a quotation ended by its attribution keeps its own verb's tense
      assert.same({ "Thursday=2024-10-24" }, brief(tag('"We talked on Thursday," the envoy said.', T)))
      assert.same({ "Thursday=2024-10-24" },
        brief(tag('"We talked on Thursday," the envoy said, "and we will talk again."', T)))
      -- … but a verb with no speaker before it, or one that goes on past
      -- its comma, still governs what follows
      assert.same({ "Monday=2024-10-28" },
        brief(tag("Cho, speaking after talks with Blinken on Monday, said, however, that Seoul would expand its support.", F)))
      -- the anchor's own weekday is the anchor day
      assert.same({ "Monday=2024-10-28" }, brief(tag("Navy ships docked in Busan on Monday.", A)))
    end)

    it("crosses year boundaries", function()
      assert.same({ "next week=2025-W02", "January=2025-01" },
        brief(tag("Officials will meet next week and again in January.", B)))
      assert.same({ "January=2024-01" }, brief(tag("Officials met in January to draft the plan.", B)))
      assert.same({ "Dec. 28=2024-12-28" }, brief(tag("The vessels left port on Dec. 28.", C)))
    end)

    it("keeps a weekday with its date and a date with its time", function()
      assert.same({ "Thursday, Oct. 31=2024-10-31" },
        brief(tag("Kim is set to attend the ceremony on Thursday, Oct. 31.", A)))
      local list = tag("Published : Oct. 28, 2024 - 15:39\n\nSEOUL -- Talks resumed.", A)
      assert.are.equal("Oct. 28, 2024 - 15:39", list[1].text)
      assert.are.equal("TIME", list[1].type)
      assert.are.equal("2024-10-28T15:39", list[1].value)
    end)

    it("marks ranges", function()
      local list = tag("The drills run from Wednesday to Friday near the border.", A)
      assert.same({ "Wednesday=2024-10-30", "Friday=2024-11-01" }, brief(list))
      assert.are.equal("from", list[1].range)
      assert.are.equal("to", list[2].range)
      assert.same({ "Oct. 28-30=2024-10-28..2024-10-30" }, brief(tag("The exercise runs Oct. 28-30.", A)))
      assert.same({ "2022-2024=2022..2024" }, brief(tag("The plan covered 2022-2024.", A)))
    end)

    it("never ends a range before its start", function()
      -- the end follows the start into the next week or year ...
      assert.same({ "Saturday=2024-11-02", "Monday=2024-11-04" },
        brief(tag("The carrier group will train from Saturday to Monday off the east coast.", A)))
      assert.same({ "Dec. 29=2024-12-29", "Jan. 3=2025-01-03" },
        brief(tag("The envoys will meet between Dec. 29 and Jan. 3 in Hanoi.", "2024-04-15")))
      assert.same({ "Dec. 29, 2024=2024-12-29", "Jan. 3=2025-01-03" },
        brief(tag("The envoys will meet from Dec. 29, 2024 to Jan. 3 in Hanoi.", "2024-04-15")))
      -- ... a start named earlier in the sentence stays where it is ...
      assert.same({ "Sunday=2024-10-27", "Sunday=2024-10-27", "Thursday=2024-10-31" },
        brief(tag("The drills, which began on Sunday, continue from Sunday to Thursday.", A)))
      -- ... and a past range that would end after the anchor starts a week or a year earlier
      assert.same({ "Sunday=2024-10-20", "Tuesday=2024-10-22" },
        brief(tag("Observers toured the sites from Sunday to Tuesday.", A)))
      assert.same({ "Friday=2024-10-18", "Tuesday=2024-10-22" },
        brief(tag("Inspectors visited the plant between Friday and Tuesday.", A)))
      -- ranges in order do not move
      assert.same({ "Dec. 29=2023-12-29", "Jan. 3=2024-01-03" },
        brief(tag("The envoys met between Dec. 29 and Jan. 3 in Hanoi.", "2024-04-15")))
      assert.same({ "Friday=2024-10-25", "Sunday=2024-10-27" },
        brief(tag("Inspectors visited the plant from Friday to Sunday.", A)))
      -- two days that are no range keep their own tense
      assert.same({ "Sunday=2024-11-03", "Tuesday=2024-10-22" },
        brief(tag("The ship will dock on Sunday, after it left port on Tuesday.", A)))
      -- a date moved earlier is no range across a year: both stay in this one
      assert.same({ "Sept. 26=2024-09-26", "Sept. 12=2024-09-12" },
        brief(tag("Seoul and Washington moved up the talks from Sept. 26 to Sept. 12.", "2024-09-05")))
      assert.same({ "Aug. 30=2024-08-30", "Aug. 1=2024-08-01" },
        brief(tag("The deadline was moved from Aug. 30 to Aug. 1.", "2024-07-10")))
    end)

    it("reads a date something takes effect on as one to come", function()
      -- announced before it comes, whatever the tense of the clause
      assert.same({ "Wednesday=2024-06-26", "Oct. 1=2024-10-01" }, brief(tag("NATO allies appointed Mark Rutte " ..
        "as the alliance's next Secretary General on Wednesday, effective Oct. 1.", "2024-06-26")))
      assert.same({ "Wednesday=2024-06-26", "Oct. 1=2024-10-01" },
        brief(tag("Rutte was named on Wednesday to lead NATO, effective from Oct. 1.", "2024-06-26")))
      -- the adjective with "in" before the date is no such cue
      assert.same({ "March=2024-03" },
        brief(tag("The Freedom Shield drills proved effective in March, the Joint Chiefs of Staff said.", A)))
    end)

    it("leaves signals out of the extent", function()
      assert.same({ "2022=2022" }, brief(tag("Seoul has sent observers since 2022.", A)))
      assert.same({ "Two months=P2M" }, brief(tag("Two months after the summit, the deal fell apart.", A)))
      assert.same({ "more than three years=P3Y" },
        brief(tag("The treaty will lapse in more than three years.", A)))
      assert.same({ "December=2024-12" }, brief(tag("They must decide by December whether to renew it.", A)))
    end)

    it("resolves anaphora against the latest date the text gave", function()
      assert.same({ "Oct. 17=2024-10-17", "the following day=2024-10-18" },
        brief(tag("The envoy landed on Oct. 17 and met the minister the following day.", A)))
      assert.same({ "Oct. 9=2024-10-09", "A day earlier=2024-10-08" },
        brief(tag("The launch came on Oct. 9. A day earlier, radar crews had been put on alert.", A)))
    end)

    it("reads the latest quarter as one whose results are out", function()
      -- a quarter named as still to come is not the latest: the last complete one is
      assert.same({ "fourth-quarter=2024-Q4", "the latest quarter=2024-Q3" },
        brief(tag("The Bank of Korea gave no forecast for fourth-quarter growth. In the latest quarter, " ..
          "exports fell 0.4 percent.", A)))
      -- a complete quarter the text named is the latest, and "the quarter" stays the one named
      assert.same({ "the third quarter=2024-Q3", "the latest quarter=2024-Q3" },
        brief(tag("South Korea's economy grew 0.1 percent in the third quarter. In the latest quarter, " ..
          "exports fell 0.4 percent.", A)))
      assert.same({ "fourth-quarter=2024-Q4", "the quarter=2024-Q4" },
        brief(tag("The Bank of Korea gave no forecast for fourth-quarter growth. Exports may slow in the quarter.", A)))
    end)

    it("reads 'that year' and 'the previous year' as whole years", function()
      assert.same({ "September 2024=2024-09", "later that year=2024" }, brief(tag("Kim Yong-hyun became defence " ..
        "minister in September 2024 and was arrested later that year.", "2025-01-10")))
      assert.same({ "December 2023=2023-12", "the previous year=2022" }, brief(tag("North Korea launched a " ..
        "Hwasong-18 in December 2023 after firing about 70 ballistic missiles the previous year.", "2025-01-10")))
      -- "a year earlier" keeps the month it counts from
      assert.same({ "December 2024=2024-12", "A year earlier=2023-12" }, brief(tag("Kim Yong-hyun was arrested " ..
        "in December 2024. A year earlier, North Korea had launched a Hwasong-18 missile.", "2025-01-10")))
    end)

    it("reads 'the past' and 'the future' before a pronoun as times", function()
      assert.same({ "the past=PAST_REF" }, brief(tag("Yoon Suk Yeol said that in the past he had ruled out " ..
        "sending lethal weapons to Ukraine.", A)))
      assert.same({ "the future=FUTURE_REF" },
        brief(tag("Ishiba said that in the future he would seek an Asian version of NATO.", A)))
      -- before a noun, "the past" is an adjective
      assert.same({}, tag("Yoon met the past commander of U.S. Forces Korea in Seoul.", A))
    end)

    it("numbers sentences from 1", function()
      local list = tag("The talks ended. The next round opens on Nov. 4 in Seoul.", A)
      assert.are.equal(1, #list)
      assert.are.equal(2, list[1].sentence)
    end)

    it("flags unanchored values", function()
      local list = tag("The ministers met on Friday and will meet again next month.")
      assert.same({ "Friday=XXXX-WXX-5", "next month=XXXX-XX" }, brief(list))
      assert.is_true(list[1].unanchored)
      assert.is_true(list[2].unanchored)
    end)

    it("reads noon and midnight inside a name as part of the name", function()
      local function texts(s)
        local t = {}
        for _, x in ipairs((tag(s, A))) do t[#t + 1] = x.text .. "=" .. x.value end
        return t
      end
      assert.same({ "Monday=2024-10-28" }, texts("NATO began its nuclear exercise Steadfast Noon on Monday."))
      assert.same({ "June 22=2024-06-22" }, texts("Operation Midnight Hammer hit three sites on June 22."))
      -- a capitalised clock word beside a weekday, a zone or a lower-case word is still a time
      assert.same({ "noon Thursday=2024-10-31T12:00" }, texts("The talks will resume at noon Thursday."))
      assert.same({ "Midnight=2024-10-28T24:00" }, texts("The vote was held at Midnight GMT."))
      assert.same({ "Noon=2024-10-28T12:00" }, texts("The ceremony started at Noon, officials said."))
      assert.same({ "Noon=2024-10-31T12:00", "Thursday=2024-10-31" },
        texts("The summit opens at Noon Seoul time on Thursday."))
    end)

    it("skips ages, counts and amounts", function()
      assert.same({}, tag("A 77-year-old envoy led 2,000 troops and 300 vehicles.", A))
    end)

    it("is what korea_nato.time.tag returns for the document", function()
      local _, doc = tag("They met on Friday and meet again from Monday to Tuesday.", A)
      assert.same(doc:timexes(), kn.time.tag(doc))
      assert.has_error(function() kn.time.tag("text") end,
        "bad argument #1 to 'tag' (analysed document expected, got string)")
    end)

    it("filters by field", function()
      local _, doc = tag("Talks lasted two hours on Monday and will resume every year.", A)
      assert.same({ "two hours" }, (function()
        local t = {}
        for _, x in ipairs(doc:timexes { type = "DURATION" }) do t[#t + 1] = x.text end
        return t
      end)())
    end)
  end)

  describe("core.timexes()", function()
    it("tags a token view against an anchor without analysing", function()
      local core = kn.core
      local toks = core.tokenize("They met on Oct. 28 and again three days later.", kn.abbreviations())
      local list = core.timexes(toks, A)
      assert.same({ "Oct. 28", "three days later" }, { list[1].text, list[2].text })
      assert.are.equal("2024-10-31", list[2].value)
      assert.are.equal(2, core.time_count(toks, A))
      -- the same view, retagged without an anchor
      assert.are.equal("XXXX-10-28", core.timexes(toks, nil)[1].value)
    end)

    it("raises on a bad anchor", function()
      local toks = kn.core.tokenize("Monday", kn.abbreviations())
      assert.has_error(function() kn.core.timexes(toks, "Monday") end)
    end)
  end)
end)
