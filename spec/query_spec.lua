-- The query layer and the --where language, on hand-written timeline
-- fixtures (spec/fixtures/timeline-a.json) and on real documents' mentions.
local helpers = require "helpers"
local kn = require "korea_nato"
local json = require "korea_nato.json"
local where = require "korea_nato.where"
local query = require "korea_nato.query"

local function fixture(name)
  return assert(json.decode(helpers.read("spec/fixtures/" .. name)))
end

local function ids(q)
  local t = {}
  for i, x in ipairs(q) do t[i] = x.id end
  return t
end

describe("korea_nato.where", function()
  describe("span()", function()
    local function days(v)
      local a, b = where.span(v)
      if not a then return nil end
      return where.day_string(a) .. ".." .. where.day_string(b)
    end

    it("reads every TIMEX3 granularity as the days it covers", function()
      assert.are.equal("2024-10-31..2024-10-31", days("2024-10-31"))
      assert.are.equal("2024-10-31..2024-10-31", days("2024-10-31T07:10"))
      assert.are.equal("2024-02-01..2024-02-29", days("2024-02"))
      assert.are.equal("2023-02-01..2023-02-28", days("2023-02"))
      assert.are.equal("2024-01-01..2024-12-31", days("2024"))
      assert.are.equal("2024-10-28..2024-11-03", days("2024-W44"))
      assert.are.equal("2020-12-28..2021-01-03", days("2020-W53"))
      assert.are.equal("2024-11-02..2024-11-03", days("2024-W44-WE"))
      assert.are.equal("2024-10-01..2024-12-31", days("2024-Q4"))
      assert.are.equal("2024-07-01..2024-12-31", days("2024-H2"))
      assert.are.equal("2024-12-01..2025-02-28", days("2024-WI"))
      assert.are.equal("2020-01-01..2029-12-31", days("202"))
    end)

    it("gives nothing for values that name no calendar span", function()
      for _, v in ipairs { "XXXX-07", "PAST_REF", "P3Y", "2024-13", "2024-02-30", "2021-W53", "", "2024-10-31x" } do
        assert.is_nil(where.span(v), v)
      end
      assert.is_nil(where.span(nil))
      assert.is_nil(where.span(json.null))
    end)
  end)

  describe("period_key()", function()
    it("names the week, month, quarter or year a date falls in", function()
      assert.are.equal("2025-W01", where.period_key("2024-12-30", "week"))
      assert.are.equal("2024-12", where.period_key("2024-12-30", "month"))
      assert.are.equal("2024-Q4", where.period_key("2024-12-30", "quarter"))
      assert.are.equal("2024", where.period_key("2024-12-30", "year"))
      assert.are.equal("2024-W44", where.period_key("2024-W44", "week"))
    end)

    it("gives nil for a date coarser than the period", function()
      assert.is_nil(where.period_key("2024-10", "week"))
      assert.is_nil(where.period_key("2024-W44", "month"))
      assert.is_nil(where.period_key("2024", "day"))
    end)

    it("rejects an unknown period", function()
      assert.has_error(function() where.period_key("2024-10-01", "fortnight") end,
        "bad period 'fortnight' (expected day, week, month, quarter or year)")
    end)
  end)

  describe("parse()", function()
    local function err(q)
      local tree, msg, pos = where.parse(q)
      assert.is_nil(tree)
      return msg, pos
    end

    it("builds a tree with and binding tighter than or", function()
      local t = where.parse("type=call or type=talks and not conflict")
      assert.are.equal("or", t[1])
      assert.are.equal("cmp", t[2][1])
      assert.are.equal("and", t[3][1])
      assert.are.equal("not", t[3][3][1])
      assert.are.equal("has", t[3][3][2][1])
    end)

    it("takes quoted values with blanks and doubled or escaped quotes", function()
      assert.are.equal("Cho Tae-yul", where.parse("participant='Cho Tae-yul'").value)
      assert.are.equal("it's", where.parse("title~'it''s'").value)
      assert.are.equal('a "b"', where.parse([[title~"a \"b\""]]).value)
      local t = where.parse("type in (meeting, 'phone call')")
      assert.same({ "meeting", "phone call" }, t.value)
    end)

    it("points at the bad token", function()
      assert.same({ "expected a value after '='", 30 }, { err("type=meeting and participant=") })
      assert.same({ "expected 'and', 'or' or the end of the query", 17 }, { err("participant=Cho Tae-yul") })
      assert.same({ "expected an operator (=, !=, ~, !~, <, <=, >, >=, in)", 6 }, { err("type meeting") })
      assert.same({ "unterminated string", 6 }, { err("type='abc") })
      assert.same({ "expected a condition after 'or'", 17 }, { err("date>=2024-10 or") })
      assert.same({ "expected ')'", 11 }, { err("(type=call") })
      assert.same({ "expected a field name", 1 }, { err("=meeting") })
      assert.same({ "empty query", 4 }, { err("   ") })
      assert.same({ "empty query", 1 }, { err("") })
      assert.same({ "expected a value", 12 }, { err("type in (a,") })
    end)

    it("explains an error with the query and a caret", function()
      local _, msg, pos = where.parse("type=meeting and participant=")
      assert.are.equal("expected a value after '=' at position 30\n"
        .. "  type=meeting and participant=\n"
        .. "                               ^", where.explain("type=meeting and participant=", msg, pos))
    end)
  end)

  describe("resolve()", function()
    local ctx
    before_each(function() ctx = { gazetteer = kn.gazetteer.default() } end)

    it("takes ids, names, aliases and spelling variants", function()
      assert.same({ "person/cho-tae-yul" }, where.resolve("person/cho-tae-yul", ctx))
      assert.same({ "person/cho-tae-yul" }, where.resolve("Cho Tae-yul", ctx))
      assert.same({ "person/cho-tae-yul" }, where.resolve("cho tae yul", ctx))
      assert.same({ "person/cho-tae-yul" }, where.resolve("Cho Tae-yeol", ctx))
      assert.same({ "location/brussels" }, where.resolve("Brussels", ctx))
      assert.same({ "person/mark-rutte" }, where.resolve("Rutte", ctx))
    end)

    it("uses the names seen in the data", function()
      ctx.names = { ["person/jin-yong-sung"] = "Jin Yong-sung" }
      assert.same({ "person/jin-yong-sung" }, where.resolve("JIN YONG SUNG", ctx))
    end)

    it("refuses unknown and ambiguous names", function()
      local r, err = where.resolve("Nobody Here", ctx)
      assert.is_nil(r)
      assert.are.equal("unknown entity 'Nobody Here'", err)
      r, err = where.resolve("Kim", ctx)
      assert.is_nil(r)
      assert.matches("^ambiguous name 'Kim' %(person/", err)
    end)
  end)
end)

describe("korea_nato.query", function()
  local q
  before_each(function()
    q = kn.query(fixture("timeline-a.json"))
  end)

  it("wraps a timeline table as a list of entries", function()
    assert.are.equal(9, #q)
    assert.are.equal("wire-0711#2", q[1].id)
    assert.are.equal("column-x#1", q[9].id)
    assert.are.equal(q[2], q:first() and q[2])
    assert.are.equal("column-x#1", q:last().id)
    assert.are.equal(9, q:count())
  end)

  describe(":where()", function()
    it("matches type, participants by id, name or alias, and place", function()
      assert.same({ "ledger-1101#1", "herald-0401#1" }, ids(q:where { type = "meeting" }))
      assert.same({ "ledger-1101#1", "herald-0401#1" }, ids(q:where { participant = "person/cho-tae-yul" }))
      assert.same({ "ledger-1101#1", "herald-0401#1" }, ids(q:where { participant = "Cho Tae Yul" }))
      assert.same({ "ledger-1101#1", "herald-0401#1" }, ids(q:where { participant = "Cho Tae-yeol" }))
      assert.same({ "wire-1028#1", "herald-0401#1" }, ids(q:where { location = "Brussels" }))
      assert.same({ "herald-0401#1" }, ids(q:where { type = "meeting", modality = "planned" }))
      assert.same({ "herald-0401#1", "wire-1028#4" }, ids(q:where { modality = "planned" }))
    end)

    it("takes a list as any of its values", function()
      assert.same({ "wire-1028#1", "ledger-1029#1" }, ids(q:where { type = { "briefing", "statement" } }))
    end)

    it("keeps a coarse date wherever it could fall", function()
      -- "2024-10" is a month: it overlaps 2024-10-15.. and ..2024-10-01
      assert.same({ "ledger-1029#1" }, ids(q:where { type = "statement", from = "2024-10-15" }))
      assert.same({ "ledger-1029#1" }, ids(q:where { type = "statement", to = "2024-10-01" }))
      assert.same({}, ids(q:where { type = "statement", from = "2024-11" }))
      -- a week: 2025-W02 is 2025-01-06..12
      assert.same({ "biz-0109#1" }, ids(q:where { type = "call", to = "2025-01-06" }))
      assert.same({}, ids(q:where { type = "call", to = "2025-01-05" }))
      -- a range: 2025-04-02..04 covers the 3rd
      assert.same({ "herald-0401#1" }, ids(q:where { from = "2025-04-03", to = "2025-04-03" }))
    end)

    it("selects a period with from/to and leaves undated entries out", function()
      assert.same({ "wire-1028#1", "ledger-1029#1", "herald-1031#1", "ledger-1101#1" },
        ids(q:where { from = "2024-10-01", to = "2024-12-31" }))
      assert.same({ "wire-1028#1", "ledger-1029#1", "herald-1031#1", "ledger-1101#1" },
        ids(q:where { from = "2024-Q4", to = "2024-Q4" }))
    end)

    it("takes the --where language", function()
      assert.same({ "ledger-1101#1", "herald-0401#1" },
        ids(q:where("type=meeting and participant='Cho Tae-yul' and date>=2024-10")))
      assert.same({ "ledger-1101#1" }, ids(q:where("type=meeting and date=2024-10")))
      assert.same({ "wire-1028#1", "herald-1031#1", "ledger-1101#1" }, ids(q:where("conflict and sources>=2")))
      assert.same({ "herald-1031#1" }, ids(q:where("conflict=date")))
      assert.same({ "herald-1031#1" }, ids(q:where("title~icbm")))
      assert.same({ "wire-1028#1", "ledger-1029#1" }, ids(q:where("(type=briefing or type=statement) and date<2024-11")))
      assert.same({ "wire-1028#1" }, ids(q:where("(type=briefing or type=statement) and date<2024-10-31")))
      assert.same({ "wire-0711#2", "herald-0401#1" }, ids(q:where("date and not date in (2024, 2025-W02)")))
      assert.same({ "wire-1028#4", "column-x#1" }, ids(q:where("not date")))
      assert.same({ "wire-1028#1" }, ids(q:where("source~ledger and mentions>=3")))
      assert.same({ "ledger-1101#1" }, ids(q:where("location != Brussels and participants >= 4")))
      assert.same({ "herald-1031#1" }, ids(q:where("doc=brief-1102")))
      assert.same({ "ledger-1101#1", "herald-0401#1" }, ids(q:where("from=2024-10-31 and type=meeting")))
    end)

    it("gives the same result for a table and a string", function()
      assert.same(ids(q:where { type = "meeting", participant = "Cho Tae-yul", from = "2024-10" }),
        ids(q:where("type=meeting and participant='Cho Tae-yul' and from=2024-10")))
    end)

    it("takes a function", function()
      assert.same({ "wire-1028#1" }, ids(q:where(function(e) return #e.sources == 3 end)))
    end)

    it("raises on bad conditions, with the position for a string", function()
      assert.has_error(function() q:where("participant='Nobody Here'") end,
        "bad query: unknown entity 'Nobody Here' at position 13\n  participant='Nobody Here'\n              ^")
      assert.has_error(function() q:where { participant = "Nobody Here" } end,
        "bad query: unknown entity 'Nobody Here'")
      assert.has_error(function() q:where { from = "last week" } end,
        "bad query: bad date 'last week' (expected a TIMEX3 date such as 2024, 2024-10, 2024-W44 or 2024-10-31)")
      assert.has_error(function() q:where("type>2") end,
        "bad query: operator '>' does not apply to 'type' at position 5\n  type>2\n      ^")
      assert.has_error(function() q:where("date~2024") end,
        "bad query: operator '~' does not apply to 'date' at position 5\n  date~2024\n      ^")
      assert.has_error(function() q:where("sources>=many") end,
        "bad query: expected a number for 'sources', got 'many' at position 10\n  sources>=many\n           ^")
      assert.has_error(function() q:where(42) end,
        "bad argument #1 to 'where' (table, string or function expected, got number)")
    end)

    it("names unknown fields of the language", function()
      local ok, err = pcall(q.where, q, "colour=red")
      assert.is_false(ok)
      assert.matches("^bad query: unknown field 'colour' %(fields: ", err)
      assert.matches("at position 1\n  colour=red\n  %^$", err)
    end)

    it("leaves the receiver unchanged", function()
      local m = q:where { type = "meeting" }
      assert.are.equal(2, #m)
      assert.are.equal(9, #q)
    end)
  end)

  describe("chaining", function()
    it("filters, maps and sorts (stable, nil last)", function()
      local titles = q:filter(function(e) return e.modality == "planned" end):map(function(e) return e.id end)
      assert.same({ "herald-0401#1", "wire-1028#4" }, titles:totable())
      assert.same({ "herald-0401#1", "biz-0109#1", "herald-1031#1", "ledger-1101#1", "wire-1028#1", "ledger-1029#1",
        "wire-0711#2", "wire-1028#4", "column-x#1" }, ids(q:sort_by("-date")))
      assert.same({ "wire-0711#2", "ledger-1029#1", "wire-1028#1", "herald-1031#1", "ledger-1101#1", "biz-0109#1",
        "herald-0401#1", "wire-1028#4", "column-x#1" }, ids(q:sort_by("date")))
      assert.same({ "wire-1028#1", "herald-1031#1", "ledger-1101#1" },
        ids(q:sort_by(function(e) return -#e.sources end):top(3)))
    end)

    it("groups by a period in date order", function()
      local g = q:group_by("month")
      local keys = {}
      for i, x in ipairs(g) do keys[i] = x.key .. "=" .. x.count end
      assert.same({ "2023-07=1", "2024-10=4", "2025-01=1", "2025-04=1" }, keys)
      assert.same({ "wire-1028#1", "ledger-1029#1", "herald-1031#1", "ledger-1101#1" }, ids(g:get("2024-10")))
      assert.is_nil(g:get("1999-01"))
    end)

    it("counts list fields element by element, most frequent first", function()
      local c = q:count_by("participants"):top(3)
      assert.same({ { key = "org/nato", count = 4 }, { key = "country/south-korea", count = 2 },
        { key = "person/cho-tae-yul", count = 2 } }, c:totable())
      assert.are.equal(4, q:count_by("participants"):get("org/nato"))
      assert.are.equal(3, q:count_by("type"):get("meeting") + 1)
      assert.same({ "Hanbit News Agency", "The Capital Ledger", "GlobalBrief Asia", "The Namsan Herald", "Seoul Bizline",
        "Opinion | The Namsan Herald" }, q:values("sources"))
    end)

    it("iterates with ipairs, iter and break", function()
      local seen = 0
      for i, e in q:iter() do
        seen = i
        if e.type == "weapons_test" then break end
      end
      assert.are.equal(4, seen)
      local n = 0
      for _ in ipairs(q) do n = n + 1 end
      assert.are.equal(9, n)
    end)

    it("gives a JSON array and a SCHEMA timeline", function()
      assert.are.equal("[]", json.encode(q:where { type = "ruling" }:totable()))
      local t = q:where { type = "meeting" }:totimeline()
      assert.are.equal(2, #t.events)
      assert.are.equal(0, #t.undated)
      assert.same({ name = "Cho Tae-yul", type = "PERSON" }, t.entities["person/cho-tae-yul"])
      assert.same({ name = "The Pentagon", type = "LOCATION" }, t.entities["location/pentagon"])
    end)

    it("prints a readable summary", function()
      local s = tostring(q:where { type = "meeting" })
      assert.matches("^2 timeline entries:\n", s)
      assert.matches("2024%-10%-31 meeting    Foreign and defence ministers", s)
      assert.matches("Cho Tae%-yul, Kim Yong%-hyun, Antony Blinken, …; 2 sources%]  ! conflict: location", s)
      assert.are.equal("0 timeline entries", tostring(q:where { type = "ruling" }))
      assert.matches("^participants: 3 counts:\n       4  NATO %(org/nato%)", tostring(q:count_by("participants"):top(3)))
    end)

    it("raises on bad arguments", function()
      assert.has_error(function() q:filter(1) end, "bad argument #1 to 'filter' (function expected, got number)")
      assert.has_error(function() q:map() end, "bad argument #1 to 'map' (function expected, got nil)")
      assert.has_error(function() q:top(-1) end, "bad argument #1 to 'top' (non-negative integer expected)")
      assert.has_error(function() q:group_by(true) end, "bad argument #1 to 'group_by' (string or function expected, got boolean)")
      assert.has_error(function() kn.query(7) end, "bad argument #1 to 'query' (table expected, got number)")
    end)
  end)

  describe("over a document's mentions", function()
    local doc
    before_each(function()
      doc = kn.analyze(helpers.read("examples/corpus/2025-04-01-namsan-cho-fmm-preview.txt"), { from_file = true })
    end)

    it("finds a person through names and the offices that stand for them", function()
      local m = kn.query(doc:mentions()):where { participant = "Cho Tae-yul" }
      assert.is_true(#m >= 3)
      local how = {}
      for _, x in ipairs(m) do how[x.how] = true end
      assert.is_true(how.name)
      assert.is_true(how.office)
      for _, x in ipairs(m) do
        assert.is_true(x.entity == "person/cho-tae-yul" or x.holder == "person/cho-tae-yul")
        assert.are.equal(x.text, doc.text:sub(x.start, x.stop))
      end
    end)

    it("counts mentions by entity", function()
      local c = kn.query(doc:mentions()):count_by("entity")
      local total = 0
      for _, row in ipairs(c) do total = total + row.count end
      assert.are.equal(#doc:mentions(), total)
      assert.are.equal("mention", kn.query(doc:mentions())._kind)
    end)
  end)

  it("joins queries with ..", function()
    local both = q .. kn.query(fixture("timeline-b.json"))
    assert.are.equal(11, #both)
    assert.are.equal("entry", both._kind)
    assert.same({ "ledger-1029#1", "aps-1204#1" }, ids(both:where { participant = "Mark Rutte", type = "statement" }))
    assert.same({ "meridian-0625#1" }, ids(both:where { location = "The Hague" }))
  end)

  it("is callable as a function of the module", function()
    assert.are.equal(9, #query(fixture("timeline-a.json")))
    assert.is_true(query.is_query(q))
  end)
end)
