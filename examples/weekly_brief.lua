-- A weekly brief: what happened in one ISO week, who was in the news, who
-- appeared with whom, and where the sources disagree.
--
--   lua5.4 bin/korea-nato run examples/weekly_brief.lua examples/corpus
--   lua5.4 bin/korea-nato run examples/weekly_brief.lua examples/corpus -- 2024-W44
--
-- Globals from `korea-nato run`: kn, corpus, report, arg. The week is the
-- first script argument (after --), else the latest week with articles.
-- luacheck: read globals kn corpus report

local week = arg[1]
local WATCH = { "troops", "ICBM", "denuclear*", "extended deterrence" }   -- words to quote in context

-- the latest week with articles, when none is given
if not week then
  for _, doc in ipairs(corpus) do
    local p = type(doc.published) == "string" and kn.where.period_key(doc.published:sub(1, 10), "week")
    if p and (not week or kn.query.key_less(week, p)) then week = p end
  end
end
if not week or not kn.where.span(week) then
  io.stderr:write("weekly_brief: no week to report (give one: -- 2024-W44)\n")
  return 2
end

local first, last = kn.where.span(week)
local from, to = kn.where.day_string(first), kn.where.day_string(last)
local this_week = corpus:subset { from = from, to = to }
local prev_week = corpus:subset { from = kn.where.day_string(first - 7), to = kn.where.day_string(last - 7) }

print(("# Weekly brief: %s (%s to %s)\n"):format(week, from, to))

-- articles ------------------------------------------------------------------
local by_source = this_week:documents():count_by("source")
print(("%d articles this week, %d the week before."):format(#this_week, #prev_week))
if #by_source > 0 then
  local parts = {}
  for _, c in ipairs(by_source) do parts[#parts + 1] = ("%s (%d)"):format(c.key, c.count) end
  print("Sources: " .. table.concat(parts, ", ") .. ".")
end

-- events dated this week, from the timeline of the whole corpus ---------------
local entries = corpus:entries():where { from = from, to = to }:sort_by("date")
print(("\n## Events (%d)\n"):format(#entries))
if #entries == 0 then print("No dated events this week.") end
for _, e in ipairs(entries) do
  local who = {}
  for _, p in ipairs(e.participants or {}) do who[#who + 1] = entries:name_of(p) end
  local place = type(e.location) == "string" and (" in " .. entries:name_of(e.location)) or ""
  local flag = (#(e.conflicts or {}) > 0) and "  **⚠ sources disagree**" or ""
  print(("- %s, %s%s: %s%s — %s"):format(report.label_date(e), e.type, place, table.concat(who, ", "),
    flag, table.concat(e.sources or {}, "; ")))
  for _, c in ipairs(e.conflicts or {}) do
    print("  - " .. report.conflict_text(c, function(id) return entries:name_of(id) end))
  end
end

-- who was in the news ---------------------------------------------------------
local function counts(c)
  local t = {}
  for _, row in ipairs(c:mentions():where { type = { "PERSON", "ORG" } }:count_by("entity")) do t[row.key] = row.count end
  return t
end
local now, before = counts(this_week), counts(prev_week)
local top = this_week:mentions():where { type = { "PERSON", "ORG" } }:count_by("entity"):top(10)
print("\n## Most mentioned people and organisations\n")
print("| Entity | Mentions | Week before |")
print("|---|---:|---:|")
for _, row in ipairs(top) do
  print(("| %s | %d | %d |"):format(top:name_of(row.key), now[row.key] or 0, before[row.key] or 0))
end

-- who appeared with whom --------------------------------------------------
local pairs_ = this_week:comentions { by = "sentence", types = { "PERSON" } }:top(8)
print("\n## People named together (same sentence)\n")
if #pairs_ == 0 then print("None.") end
for _, p in ipairs(pairs_) do
  print(("- %s and %s: %d sentence%s"):format(pairs_:name_of(p.a), pairs_:name_of(p.b), p.count, p.count == 1 and "" or "s"))
end

-- watch terms in context -------------------------------------------------------
print("\n## Watch terms\n")
for _, term in ipairs(WATCH) do
  local lines = this_week:kwic(term, 50)
  print(("- **%s**: %d occurrence%s"):format(term, #lines, #lines == 1 and "" or "s"))
  for _, l in ipairs(lines:top(2)) do
    print(("  > …%s **%s** %s… (%s)"):format(l.left, l.match, l.right, l.doc))
  end
end
