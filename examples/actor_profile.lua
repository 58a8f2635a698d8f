-- An actor profile: who the gazetteer says the actor is, how often and
-- under which names the articles mention them, month by month, who appears
-- with them, and the events they took part in.
--
--   lua5.4 bin/korea-nato run examples/actor_profile.lua examples/corpus
--   lua5.4 bin/korea-nato run examples/actor_profile.lua examples/corpus -- "Mark Rutte"
--
-- Globals from `korea-nato run`: kn, corpus, report, arg. The actor (an id,
-- name or alias) is the first script argument, default Cho Tae-yul.
-- luacheck: read globals kn corpus report

local ref = arg[1] or "Cho Tae-yul"
local ids, err = kn.where.resolve(ref, { gazetteer = kn.gazetteer.default() })
if not ids then
  io.stderr:write("actor_profile: ", err, "\n")
  return 2
end
local id = ids[1]
local gaz = kn.gazetteer.default()
local ok, ent = pcall(gaz.entity, gaz, id)
ent = ok and ent or { id = id, name = ref }

print(("# %s\n"):format(ent.name or id))
print(("- id: `%s`%s"):format(id, ent.type and (", " .. ent.type) or ""))
if ent.alias and #ent.alias > 0 then print("- also written: " .. table.concat(ent.alias, ", ")) end
if ent.of then print("- of: " .. corpus:mentions():name_of(ent.of)) end

-- mentions: an OFFICE mention whose holder is the actor counts too --------------
local mentions = corpus:mentions():where { entity = id }
local docs = mentions:values("doc")
print(("\n%d mentions in %d of %d articles.\n"):format(#mentions, #docs, #corpus))

print("## Names used in the articles\n")
for _, row in ipairs(mentions:count_by("text")) do
  print(("- %q: %d"):format(row.key, row.count))
end

print("\n## Mentions per month\n")
local series = corpus:mentions_per("month", { entity = id })
local row = series[1]
if row then
  for _, month in ipairs(series._columns) do
    local n = row.counts[month] or 0
    print(("%-8s %3d %s"):format(month, n, string.rep("#", n)))
  end
end

print("\n## Appears with (same sentence)\n")
local with = corpus:comentions { entity = id, types = { "PERSON", "ORG", "COUNTRY" } }:top(10)
for _, r in ipairs(with) do
  print(("- %s: %d"):format(with:name_of(r.entity), r.count))
end

print("\n## Events\n")
local events = corpus:entries():where { participant = id }:sort_by("date")
if #events == 0 then print("No events with this actor.") end
for _, e in ipairs(events) do
  local place = type(e.location) == "string" and (" — " .. events:name_of(e.location)) or ""
  local flag = #(e.conflicts or {}) > 0 and " ⚠" or ""
  print(("- %s %s%s: %s%s"):format(report.label_date(e), e.type, e.modality ~= "occurred" and (" (" .. tostring(e.modality) .. ")") or "",
    report.heading(e), place .. flag))
end

print("\n## In context\n")
for _, l in ipairs(corpus:kwic(id, 45):top(6)) do
  print(("- …%s **%s** %s… (%s)"):format(l.left, l.match, l.right, l.doc))
end
