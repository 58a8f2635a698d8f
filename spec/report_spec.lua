-- Report writers over the hand-written timeline fixtures.
local helpers = require "helpers"
local kn = require "korea_nato"
local json = require "korea_nato.json"
local report = require "korea_nato.report"

local function fixture(name)
  return assert(json.decode(helpers.read("spec/fixtures/" .. name)))
end

-- An RFC 4180 reader: records of fields; raises on malformed input.
local function read_csv(s)
  local rows, row, field, i, n = {}, {}, {}, 1, #s
  local quoted = false
  while i <= n do
    local c = s:sub(i, i)
    if quoted then
      if c == '"' and s:sub(i + 1, i + 1) == '"' then field[#field + 1] = '"'; i = i + 1
      elseif c == '"' then quoted = false
      else field[#field + 1] = c end
    elseif c == '"' then
      assert(#field == 0, "quote inside an unquoted field at byte " .. i)
      quoted = true
    elseif c == "," then row[#row + 1] = table.concat(field); field = {}
    elseif c == "\r" then
      assert(s:sub(i + 1, i + 1) == "\n", "CR without LF at byte " .. i)
      row[#row + 1] = table.concat(field); field = {}
      rows[#rows + 1] = row; row = {}
      i = i + 1
    elseif c == "\n" then error("bare LF at byte " .. i)
    else field[#field + 1] = c end
    i = i + 1
  end
  assert(not quoted, "unterminated quoted field")
  assert(#row == 0 and #field == 0, "last record not ended by CRLF")
  return rows
end

local function lines(s)
  local t = {}
  for l in s:gmatch("([^\n]*)\n") do t[#t + 1] = l end
  return t
end

describe("korea_nato.report", function()
  local tl
  before_each(function() tl = fixture("timeline-a.json") end)

  describe("helpers", function()
    it("quotes CSV fields only when RFC 4180 needs it", function()
      assert.are.equal("plain", report.csv_field("plain"))
      assert.are.equal('"a, b"', report.csv_field("a, b"))
      assert.are.equal('"say ""hi"""', report.csv_field('say "hi"'))
      assert.are.equal('"two\nlines"', report.csv_field("two\nlines"))
      assert.are.equal("", report.csv_field(json.null))
      assert.are.equal("3", report.csv_field(3))
      assert.are.equal('a,"b,c"\r\n', report.csv_row { "a", "b,c" })
    end)

    it("labels dates", function()
      assert.are.equal("2025-04-02–04", report.label_date { date = "2025-04-02", date_end = "2025-04-04" })
      assert.are.equal("2024-10", report.label_date { date = "2024-10", date_end = json.null })
      assert.are.equal("undated", report.label_date { date = json.null })
      assert.are.equal("31 Oct 2024", report.date_words("2024-10-31T07:10"))
      assert.are.equal("Oct 2024", report.date_words("2024-10"))
      assert.are.equal("week 2, 2025", report.date_words("2025-W02"))
      assert.are.equal("Q4 2024", report.date_words("2024-Q4"))
    end)

    it("escapes HTML and Markdown cells", function()
      assert.are.equal("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", report.escape_html([[<b> & "x" 'y']]))
      assert.are.equal("a \\| b c", report.escape_md("a | b\nc"))
    end)

    it("takes a SCHEMA table, a Query, a Timeline or a list", function()
      local e1 = report.entries(tl)
      assert.are.equal(9, #e1)
      local e2, name = report.entries(kn.query(tl):where { type = "meeting" })
      assert.are.equal(2, #e2)
      assert.are.equal("The Pentagon", name("location/pentagon"))
      local e3 = report.entries(kn.timeline.build {})
      assert.are.equal(0, #e3)
      local e4, name4 = report.entries({ tl.undated[1], tl.events[1] }, { names = { ["person/x"] = "X" } })
      assert.same({ "wire-0711#2", "wire-1028#4" }, { e4[1].id, e4[2].id })
      assert.are.equal("X", name4("person/x"))
      assert.are.equal("Cho Tae-yul", name4("person/cho-tae-yul"))   -- from the gazetteer
      assert.are.equal("person/nobody-at-all", name4("person/nobody-at-all"))
      assert.has_error(function() report.markdown("x") end, "bad argument #1 to report writer (timeline expected, got string)")
    end)
  end)

  describe("markdown()", function()
    it("writes a chronology with sources and marked conflicts", function()
      local l = lines(report.markdown(tl, { title = "October" }))
      assert.are.equal("# October", l[1])
      assert.are.equal("9 events (7 dated, 2 undated) from 6 sources; 3 with conflicting reports (⚠, see the notes).", l[3])
      assert.are.equal("## Dated", l[5])
      assert.are.equal("| Date | Event | Participants | Place | Sources |", l[7])
      assert.are.equal("| 2024-10-28 | **briefing** — South Korean intelligence team briefs the North Atlantic Council ⚠ [1] "
        .. "| Hong Jang-won, Mark Rutte, NATO | Brussels | Hanbit News Agency; The Capital Ledger; GlobalBrief Asia |", l[10])
      assert.are.equal("| 2025-04-02–04 | **meeting** (planned) — Cho to join NATO foreign ministers in Brussels, with "
        .. "Indo-Pacific partners | Cho Tae-yul, NATO, Marco Rubio, Takeshi Iwaya | Brussels | The Namsan Herald |", l[15])
      assert.are.equal("## Undated", l[17])
      assert.are.equal("| undated | **talks** (reported) — Seoul, Tokyo and Washington consult on the partners' role, "
        .. "a columnist recalls | South Korea, Japan, United States |  | Opinion \\| The Namsan Herald |", l[22])
      assert.are.equal("## Conflicting reports", l[24])
      assert.are.equal("1. 2024-10-28 briefing — South Korean intelligence team briefs the North Atlantic Council: "
        .. "name: Jens Stoltenberg (brief-1029) vs Mark Rutte (wire-1028, ledger-1029)", l[26])
      assert.are.equal("3. 2024-10-31 meeting — Foreign and defence ministers of Seoul and Washington meet, 2+2: "
        .. "location: The Pentagon (brief-1101) vs Washington, D.C. (ledger-1101)", l[28])
      assert.are.equal(28, #l)
    end)

    it("writes an empty timeline", function()
      assert.are.equal("# Timeline\n\n0 events (0 dated, 0 undated) from 0 sources.\n",
        report.markdown { events = {}, undated = {}, entities = {} })
    end)
  end)

  describe("csv()", function()
    it("writes one RFC 4180 record per entry with a header", function()
      local text = report.csv(tl)
      local rows = read_csv(text)
      assert.are.equal(10, #rows)
      assert.same(report.CSV_COLUMNS, rows[1])
      for _, r in ipairs(rows) do assert.are.equal(#report.CSV_COLUMNS, #r) end
      local icbm = rows[5]
      assert.same({ "herald-1031#1", "2024-10-31", "", "weapons_test", "150", "occurred",
        'North Korea fires a new solid-fuel ICBM, "Hwasong-19", into the East Sea', "North Korea",
        "country/north-korea", "", "", "2024-10-31", "The Namsan Herald; GlobalBrief Asia",
        "herald-1031; brief-1102", "date: 2024-10-31 (herald-1031) vs 2024-11-01 (brief-1102)" }, icbm)
      assert.matches('"North Korea fires a new solid%-fuel ICBM, ""Hwasong%-19"", into the East Sea"', text)
      assert.are.equal("Washington, D.C.", rows[6][10])
    end)

    it("writes only what a query kept", function()
      local rows = read_csv(report.csv(kn.query(tl):where("conflict")))
      assert.are.equal(4, #rows)
    end)
  end)

  describe("json()", function()
    it("writes SCHEMA timeline JSON", function()
      local t = json.decode(report.json(tl))
      assert.are.equal(7, #t.events)
      assert.are.equal(2, #t.undated)
      assert.are.equal("wire-0711#2", t.events[1].id)
      assert.same({ name = "Cho Tae-yul", type = "PERSON" }, t.entities["person/cho-tae-yul"])
    end)

    it("writes a filtered timeline with its entities", function()
      local t = json.decode(report.json(kn.query(tl):where { type = "weapons_test" }))
      assert.are.equal(1, #t.events)
      assert.are.equal(0, #t.undated)
      assert.same({ ["country/north-korea"] = { name = "North Korea", type = "COUNTRY" } }, t.entities)
      assert.matches('"undated":%[%]', report.json(kn.query(tl):where { type = "weapons_test" }))
    end)

    it("writes a Timeline as it writes itself", function()
      local t = kn.timeline.build {}
      assert.are.equal(t:tojson(), report.json(t))
    end)
  end)

  describe("timelinejs()", function()
    local t
    before_each(function() t = json.decode(report.timelinejs(tl, { title = "Korea & NATO" })) end)

    it("has a title slide and one slide per dated entry", function()
      assert.same({ headline = "Korea &amp; NATO", text = "<p>7 events</p>" }, t.title.text)
      assert.are.equal(7, #t.events)
      for _, s in ipairs(t.events) do
        assert.is_string(s.start_date.year)
        assert.is_string(s.text.headline)
        assert.is_string(s.text.text)
        assert.matches("^[%w_-]+$", s.unique_id)
      end
    end)

    it("gives dates as TimelineJS date objects", function()
      assert.same({ year = "2023", month = "7", day = "11" }, t.events[1].start_date)
      assert.same({ year = "2024", month = "10" }, t.events[3].start_date)
      assert.same({ year = "2025", month = "1", day = "6", display_date = "week 2, 2025" }, t.events[6].start_date)
      assert.same({ year = "2025", month = "4", day = "2" }, t.events[7].start_date)
      assert.same({ year = "2025", month = "4", day = "4" }, t.events[7].end_date)
      assert.is_nil(t.events[1].end_date)
      assert.same({ year = "2024", month = "10", day = "31", hour = "7", minute = "10" },
        report.timelinejs_date("2024-10-31T07:10"))
      assert.is_nil(report.timelinejs_date("XXXX-07"))
    end)

    it("writes the slides' text as escaped HTML, grouped by type", function()
      local s = t.events[4]
      assert.are.equal("weapons_test", s.group)
      assert.are.equal("herald-1031-1", s.unique_id)
      assert.are.equal("North Korea fires a new solid-fuel ICBM, &quot;Hwasong-19&quot;, into the East Sea", s.text.headline)
      assert.are.equal("<p><b>Participants:</b> North Korea</p><p><b>Sources:</b> The Namsan Herald; GlobalBrief Asia</p>"
        .. "<p><b>Conflicting reports</b> — date: 2024-10-31 (herald-1031) vs 2024-11-01 (brief-1102)</p>", s.text.text)
    end)

    it("keeps unique ids unique", function()
      local two = { events = { tl.events[2], tl.events[2] }, undated = {}, entities = tl.entities }
      local u = json.decode(report.timelinejs(two)).events
      assert.same({ "wire-1028-1", "wire-1028-1-2" }, { u[1].unique_id, u[2].unique_id })
    end)
  end)

  describe("html()", function()
    local html
    before_each(function() html = report.html(tl, { title = "Korea <&> NATO" }) end)

    it("is one self-contained page", function()
      assert.matches("^<!DOCTYPE html>\n", html)
      assert.is_nil(html:find("<script src", 1, true))
      assert.is_nil(html:find("<link", 1, true))
      assert.is_nil(html:find("@import", 1, true))
      assert.is_nil(html:find("url(", 1, true))
      assert.is_nil(html:find("http://", 1, true))
      assert.is_nil(html:find("https://", 1, true))
      assert.matches("<title>Korea &lt;&amp;&gt; NATO</title>", html)
      assert.matches("<style>", html)
      assert.matches("<script>", html)
    end)

    it("writes every entry with the data the filters use", function()
      local n = 0
      for _ in html:gmatch('<li class="kn%-entry"') do n = n + 1 end
      assert.are.equal(9, n)
      assert.matches('data%-type="meeting" data%-actors="person/cho%-tae%-yul person/kim%-yong%-hyun person/antony%-blinken '
        .. 'person/lloyd%-austin location/washington" data%-conflict="1" data%-lo="20027" data%-hi="20027"', html)
      assert.matches('<p class="kn%-conflict">⚠ <b>Conflicting reports</b> — date: 2024%-10%-31 %(herald%-1031%) vs '
        .. '2024%-11%-01 %(brief%-1102%)</p>', html)
      assert.matches('<p id="kn%-status" aria%-live="polite">9 of 9 events shown</p>', html)
    end)

    it("offers actors by how often they take part, and the types", function()
      local first = html:match('<select id="kn%-actor"><option value="">all actors</option><option value="([^"]+)"')
      assert.are.equal("org/nato", first)
      assert.matches('<option value="weapons_test">weapons test %(1%)</option>', html)
      assert.matches('<option value="person/cho%-tae%-yul">Cho Tae%-yul %(2%)</option>', html)
    end)

    it("writes an empty page for an empty timeline", function()
      local e = report.html { events = {}, undated = {}, entities = {} }
      assert.matches('<p class="kn%-empty">No events.</p>', e)
    end)
  end)

  describe("formats and save()", function()
    it("maps the command's format names to writers", function()
      for _, f in ipairs { "md", "markdown", "json", "csv", "timelinejs", "html" } do
        assert.is_function(report.formats[f])
      end
    end)

    it("saves to a file", function()
      local path = os.tmpname()
      assert.is_true(report.save("md", tl, path, { title = "Saved" }))
      assert.matches("^# Saved\n", helpers.read(path))
      os.remove(path)
      local ok, err = report.save("csv", tl, "/nonexistent-dir/x.csv")
      assert.is_nil(ok)
      assert.are.equal("/nonexistent-dir/x.csv: No such file or directory", err)
      assert.has_error(function() report.save("pdf", tl, path) end, "bad argument #1 to 'save' (unknown format 'pdf')")
    end)
  end)
end)
