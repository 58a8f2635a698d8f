-- A source-disagreement report: every timeline entry whose reports
-- disagree (date, place, participants, names), which outlet said what,
-- which outlets are most often on the minority side, and the articles that
-- name someone for an office another person held that day.
--
--   lua5.4 bin/korea-nato run examples/source_disagreement.lua examples/corpus
--
-- Globals from `korea-nato run`: kn, corpus, report.
-- luacheck: read globals kn corpus report

local entries = corpus:entries():where("conflict")
local name = function(id) return entries:name_of(id) end

local function outlet(doc_id)
  local d = corpus:get(doc_id)
  return d and d.source or doc_id
end

print("# Where the sources disagree\n")
print(("%d of %d timeline entries have conflicting reports.\n"):format(#entries, #corpus:entries()))

local minority = {}     -- outlet -> times its value was held by fewer reports
local involved = {}     -- outlet -> conflicts it took part in
for _, e in ipairs(entries:sort_by("date")) do
  print(("## %s %s: %s\n"):format(report.label_date(e), e.type, report.heading(e)))
  for _, c in ipairs(e.conflicts) do
    -- the value most reports give, and who gave each value
    local best, best_n = nil, -1
    for value, docs in pairs(c.values) do
      if #docs > best_n or (#docs == best_n and value < best) then best, best_n = value, #docs end
    end
    print(("- **%s**"):format(c.field))
    local values = {}
    for value in pairs(c.values) do values[#values + 1] = value end
    table.sort(values)
    for _, value in ipairs(values) do
      local docs = c.values[value]
      local outlets = {}
      for _, d in ipairs(docs) do
        local o = outlet(d)
        outlets[#outlets + 1] = ("%s (%s)"):format(o, d)
        involved[o] = (involved[o] or 0) + 1
        if value ~= best then minority[o] = (minority[o] or 0) + 1 end
      end
      local shown = value:match("^%l+/") and name(value) or value
      print(("  - %s%s: %s"):format(shown, value == best and " (most reports)" or "", table.concat(outlets, "; ")))
    end
  end
  print()
end

print("## Outlets on the minority side\n")
local rows = {}
for o, n in pairs(involved) do rows[#rows + 1] = { outlet = o, minority = minority[o] or 0, total = n } end
table.sort(rows, function(a, b)
  if a.minority ~= b.minority then return a.minority > b.minority end
  return a.outlet < b.outlet
end)
print("| Outlet | Minority | In conflicts |")
print("|---|---:|---:|")
for _, r in ipairs(rows) do print(("| %s | %d | %d |"):format(r.outlet, r.minority, r.total)) end

-- office holders named wrongly, as the core finds them per article ----------------
print("\n## Office holders named for the wrong date\n")
local found = 0
for _, doc in ipairs(corpus) do
  for _, d in ipairs(doc:discrepancies()) do
    found = found + 1
    print(("- %s (%s): calls %s the %s; on %s the post was held by %s"):format(doc.id, doc.source or "no source",
      d.named_name or d.named, name(d.office), (doc.published or "?"):sub(1, 10), name(d.holder)))
  end
end
if found == 0 then print("None.") end
