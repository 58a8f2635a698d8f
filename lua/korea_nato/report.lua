--- Report writers: a timeline as a Markdown chronology, SCHEMA JSON, CSV,
-- TimelineJS JSON or a self-contained HTML page.
--
--     local report = require "korea_nato.report"
--     io.write(report.markdown(corpus:timeline(), { title = "October 2024" }))
--     io.write(report.csv(corpus:entries():where{ type = "meeting" }))
--     report.save("html", tl, "timeline.html", { title = "Korea–NATO" })
--
-- Every writer is a plain function(timeline, opts) -> string. The timeline
-- may be a Timeline, a Query of timeline entries (after where/sort_by…), a
-- SCHEMA timeline table ({events =, undated =, entities =}, as decoded from
-- `timeline --format json`) or a list of entries. opts: title, names
-- ({[id] = name}, for ids the timeline's entities do not name), gazetteer.
--
-- To write your own, start from report.entries(tl, opts), which gives the
-- entries, in order, and a function naming entity ids; the helpers below
-- (label_date, escape_html, escape_md, csv_row) are the ones these writers
-- use.
-- @module korea_nato.report

local json = require "korea_nato.json"
local query = require "korea_nato.query"
local where = require "korea_nato.where"

local type, ipairs, pairs, tostring, error, getmetatable = type, ipairs, pairs, tostring, error, getmetatable
local format, concat, sort = string.format, table.concat, table.sort

local M = {}

-- ------------------------------------------------------------- helpers

--- Normalises what a writer is given. Returns entries (dated ones first,
-- in timeline order, then undated), name (function id -> display name),
-- entities ({[id] = {name =, type =}}).
function M.entries(tl, opts)
  opts = opts or {}
  if type(tl) ~= "table" then error("bad argument #1 to report writer (timeline expected, got " .. type(tl) .. ")", 3) end
  local mt = getmetatable(tl)
  local t
  if mt and mt.__name == "korea_nato.Timeline" then t = tl:totable()
  elseif query.is_query(tl) then t = tl:totimeline()
  elseif tl.events ~= nil or tl.undated ~= nil then t = tl
  else
    -- a plain list of entries
    local ev, un = {}, {}
    for _, e in ipairs(tl) do
      if type(e.date) == "string" then ev[#ev + 1] = e else un[#un + 1] = e end
    end
    t = { events = ev, undated = un, entities = {} }
  end
  local entries = {}
  for _, e in ipairs(t.events or {}) do entries[#entries + 1] = e end
  for _, e in ipairs(t.undated or {}) do entries[#entries + 1] = e end
  local entities = t.entities or {}
  local extra = opts.names or {}
  local fallback = query.new({}, { gazetteer = opts.gazetteer })
  local function name(id)
    if type(id) ~= "string" then return "" end
    local e = entities[id]
    if type(e) == "table" and type(e.name) == "string" then return e.name end
    if extra[id] then return extra[id] end
    return fallback:name_of(id)
  end
  return entries, name, entities
end

local MONTHS = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" }

--- A date range as people read it: "2024-10-28", "2025-04-02–04",
-- "2024-10", "undated".
function M.label_date(e)
  local d, d2 = e.date, e.date_end
  if type(d) ~= "string" then return "undated" end
  if type(d2) ~= "string" or d2 == d then return d end
  if d:sub(1, 8) == d2:sub(1, 8) and #d == 10 and #d2 == 10 then return d .. "–" .. d2:sub(9, 10) end
  return d .. "–" .. d2
end

--- A date in words for TimelineJS and HTML: "28 Oct 2024", "Oct 2024",
-- "week 44, 2024", "Q4 2024", or the value itself.
function M.date_words(v)
  if type(v) ~= "string" then return "undated" end
  local y, m, d = v:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if y then return format("%d %s %s", tonumber(d), MONTHS[tonumber(m)] or m, y) end
  y, m = v:match("^(%d%d%d%d)%-(%d%d)$")
  if y then return format("%s %s", MONTHS[tonumber(m)] or m, y) end
  local w
  y, w = v:match("^(%d%d%d%d)%-W(%d%d)")
  if y then return format("week %d, %s", tonumber(w), y) end
  local q
  y, q = v:match("^(%d%d%d%d)%-([QH]%d)$")
  if y then return q .. " " .. y end
  return v
end

local HTML_ESC = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;" }
--- Escapes text for HTML content and attribute values.
function M.escape_html(s)
  return (tostring(s):gsub("[&<>\"']", HTML_ESC))
end

--- Escapes text for a Markdown table cell (pipes, line breaks).
function M.escape_md(s)
  s = tostring(s):gsub("[\r\n]+", " ")
  return (s:gsub("|", "\\|"))
end

--- One CSV field per RFC 4180: quoted when it holds a comma, a quote, CR
-- or LF, with quotes doubled.
function M.csv_field(v)
  if v == nil or v == json.null then return "" end
  local s = tostring(v)
  if s:find('[,"\r\n]') then return '"' .. s:gsub('"', '""') .. '"' end
  return s
end

--- One CSV record (fields joined, CRLF-terminated as RFC 4180 has it).
function M.csv_row(fields)
  local out = {}
  for i, v in ipairs(fields) do out[i] = M.csv_field(v) end
  return concat(out, ",") .. "\r\n"
end

local function list(v)
  if type(v) == "table" then return v end
  return {}
end

local function names_of(ids, name)
  local out = {}
  for i, id in ipairs(list(ids)) do out[i] = name(id) end
  return out
end

--- The documents an entry was reported in, in order, once each.
function M.docs_of(e)
  local out, seen = {}, {}
  for _, m in ipairs(list(e.mentions)) do
    if m.doc and not seen[m.doc] then seen[m.doc] = true; out[#out + 1] = m.doc end
  end
  return out
end

--- A conflict in words: "date: 2024-10-28 (doc-a, doc-b) vs 2024-10-29
-- (doc-c)"; entity ids are named.
function M.conflict_text(c, name)
  local keys = {}
  for k in pairs(list(c.values)) do keys[#keys + 1] = k end
  sort(keys)
  local parts = {}
  for _, k in ipairs(keys) do
    local label = k
    if k:match("^%l+/[^%s/]+$") then label = name(k) end
    parts[#parts + 1] = format("%s (%s)", label, concat(list(c.values[k]), ", "))
  end
  return format("%s: %s", tostring(c.field), concat(parts, " vs "))
end

local function heading(e)
  local t = e.title
  if type(t) ~= "string" or t == "" then t = (e.type or "event") .. " " .. tostring(e.id or "") end
  return t
end
M.heading = heading

-- ----------------------------------------------------------- markdown

--- A Markdown chronology: one table row per entry (date, event,
-- participants, place, sources), conflicting reports marked ⚠ with a
-- numbered note under the table; undated entries in their own table.
function M.markdown(tl, opts)
  opts = opts or {}
  local entries, name = M.entries(tl, opts)
  local out = {}
  local function w(s) out[#out + 1] = s end
  local dated, undated, nconf, sources = {}, {}, 0, {}
  for _, e in ipairs(entries) do
    if type(e.date) == "string" then dated[#dated + 1] = e else undated[#undated + 1] = e end
    if #list(e.conflicts) > 0 then nconf = nconf + 1 end
    for _, s in ipairs(list(e.sources)) do sources[s] = true end
  end
  local nsrc = 0
  for _ in pairs(sources) do nsrc = nsrc + 1 end
  w("# " .. M.escape_md(opts.title or "Timeline") .. "\n\n")
  w(format("%d events (%d dated, %d undated) from %d source%s", #entries, #dated, #undated, nsrc, nsrc == 1 and "" or "s"))
  if nconf > 0 then w(format("; %d with conflicting reports (⚠, see the notes)", nconf)) end
  w(".\n")
  local notes = {}
  local function table_of(list_, title)
    if #list_ == 0 then return end
    if title then w("\n## " .. title .. "\n") end
    w("\n| Date | Event | Participants | Place | Sources |\n|---|---|---|---|---|\n")
    for _, e in ipairs(list_) do
      local ev = "**" .. M.escape_md(e.type or "event") .. "**"
      if e.modality and e.modality ~= "occurred" and e.modality ~= json.null then
        ev = ev .. " (" .. M.escape_md(e.modality) .. ")"
      end
      ev = ev .. " — " .. M.escape_md(heading(e))
      local marks = {}
      for _, c in ipairs(list(e.conflicts)) do
        notes[#notes + 1] = { entry = e, conflict = c }
        marks[#marks + 1] = format("[%d]", #notes)
      end
      if #marks > 0 then ev = ev .. " ⚠ " .. concat(marks, " ") end
      local place = type(e.location) == "string" and M.escape_md(name(e.location)) or ""
      local srcs = list(e.sources)
      w(format("| %s | %s | %s | %s | %s |\n", M.escape_md(M.label_date(e)), ev,
        M.escape_md(concat(names_of(e.participants, name), ", ")), place,
        M.escape_md(concat(srcs, "; "))))
    end
  end
  table_of(dated, #undated > 0 and "Dated" or nil)
  table_of(undated, "Undated")
  if #notes > 0 then
    w("\n## Conflicting reports\n\n")
    for i, n in ipairs(notes) do
      w(format("%d. %s %s — %s: %s\n", i, M.label_date(n.entry), M.escape_md(n.entry.type or "event"),
        M.escape_md(heading(n.entry)), M.escape_md(M.conflict_text(n.conflict, name))))
    end
  end
  return concat(out)
end
M.md = M.markdown

-- --------------------------------------------------------------- json

--- SCHEMA.md's timeline JSON (korea_nato.json: ordered keys, one line).
function M.json(tl, opts)
  local mt = getmetatable(tl)
  if mt and mt.__name == "korea_nato.Timeline" then return tl:tojson() end
  if query.is_query(tl) then return json.encode(tl:totimeline()) end
  local entries, name, entities = M.entries(tl, opts)
  local ev, un = json.array(), json.array()
  for _, e in ipairs(entries) do
    if type(e.date) == "string" then ev[#ev + 1] = e else un[#un + 1] = e end
  end
  local ents = {}
  for id, e in pairs(entities) do ents[id] = e end
  for _, e in ipairs(entries) do
    for _, id in ipairs(list(e.participants)) do
      ents[id] = ents[id] or { name = name(id), type = query.ENTITY_TYPES[id:match("^(%l+)/") or ""] or json.null }
    end
  end
  return json.encode { events = ev, undated = un, entities = ents }
end

-- ---------------------------------------------------------------- csv

M.CSV_COLUMNS = { "id", "date", "date_end", "type", "cameo", "modality", "title", "participants",
  "participant_ids", "location", "location_id", "first_reported", "sources", "documents", "conflicts" }

--- CSV (RFC 4180, CRLF line ends, a header row): one row per entry; lists
-- are joined with "; ".
function M.csv(tl, opts)
  local entries, name = M.entries(tl, opts)
  local out = { M.csv_row(M.CSV_COLUMNS) }
  for _, e in ipairs(entries) do
    local conf = {}
    for _, c in ipairs(list(e.conflicts)) do conf[#conf + 1] = M.conflict_text(c, name) end
    local loc = type(e.location) == "string" and e.location or nil
    out[#out + 1] = M.csv_row {
      e.id, e.date, e.date_end, e.type, e.cameo, e.modality, heading(e),
      concat(names_of(e.participants, name), "; "), concat(list(e.participants), "; "),
      loc and name(loc) or "", loc or "", e.first_reported,
      concat(list(e.sources), "; "), concat(M.docs_of(e), "; "), concat(conf, "; "),
    }
  end
  return concat(out)
end

-- --------------------------------------------------------- timelinejs

-- A TimelineJS date object for a TIMEX3 value, or nil. Parts are strings,
-- as in Knight Lab's own examples.
local function tljs_date(v)
  if type(v) ~= "string" then return nil end
  local y, m, d, hh, mm = v:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)T(%d%d):(%d%d)")
  if y then
    return { year = y, month = tostring(tonumber(m)), day = tostring(tonumber(d)),
      hour = tostring(tonumber(hh)), minute = tostring(tonumber(mm)) }
  end
  y, m, d = v:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if y then return { year = y, month = tostring(tonumber(m)), day = tostring(tonumber(d)) } end
  y, m = v:match("^(%d%d%d%d)%-(%d%d)$")
  if y then return { year = y, month = tostring(tonumber(m)) } end
  if v:match("^%d%d%d%d$") then return { year = v } end
  -- weeks, quarters, halves, seasons: their first day, shown in words
  local a = where.span(v)
  if a and v:match("^%d%d%d%d%-") then
    local day = where.day_string(a)
    return { year = day:sub(1, 4), month = tostring(tonumber(day:sub(6, 7))), day = tostring(tonumber(day:sub(9, 10))),
      display_date = M.date_words(v) }
  end
  return nil
end
M.timelinejs_date = tljs_date

--- TimelineJS3 JSON (Knight Lab's format: a title slide and one event
-- slide per dated entry, grouped by event type; undated entries and dates
-- with no calendar span are left out, as TimelineJS needs a start date).
function M.timelinejs(tl, opts)
  opts = opts or {}
  local entries, name = M.entries(tl, opts)
  local esc = M.escape_html
  local events, used = json.array(), {}
  for _, e in ipairs(entries) do
    local start = tljs_date(e.date)
    if start then
      local body = {}
      local ps = names_of(e.participants, name)
      if #ps > 0 then body[#body + 1] = "<p><b>Participants:</b> " .. esc(concat(ps, ", ")) .. "</p>" end
      if type(e.location) == "string" then body[#body + 1] = "<p><b>Place:</b> " .. esc(name(e.location)) .. "</p>" end
      if e.modality and e.modality ~= "occurred" and e.modality ~= json.null then
        body[#body + 1] = "<p><b>Status:</b> " .. esc(e.modality) .. "</p>"
      end
      if #list(e.sources) > 0 then
        body[#body + 1] = "<p><b>Sources:</b> " .. esc(concat(list(e.sources), "; ")) .. "</p>"
      end
      for _, c in ipairs(list(e.conflicts)) do
        body[#body + 1] = "<p><b>Conflicting reports</b> — " .. esc(M.conflict_text(c, name)) .. "</p>"
      end
      -- unique_id becomes the URL hash: letters, digits, - and _ only
      local uid = tostring(e.id or "event"):gsub("[^%w_-]+", "-")
      local base, n = uid, 2
      while used[uid] do uid = base .. "-" .. n; n = n + 1 end
      used[uid] = true
      local slide = {
        start_date = start,
        text = { headline = esc(heading(e)), text = concat(body) },
        group = e.type,
        unique_id = uid,
      }
      local stop = tljs_date(e.date_end)
      if stop and e.date_end ~= e.date then slide.end_date = stop end
      events[#events + 1] = slide
    end
  end
  local title = opts.title or "Timeline"
  return json.encode {
    title = { text = { headline = esc(title), text = format("<p>%d events</p>", #events) } },
    events = events,
  }
end

-- --------------------------------------------------------------- html

--- A self-contained HTML page (inline CSS and JavaScript, nothing loaded
-- from the network) that draws the timeline and filters it by actor,
-- event type and text; see korea_nato.report_html.
function M.html(tl, opts)
  return require("korea_nato.report_html").render(tl, opts)
end

-- ------------------------------------------------------------- formats

--- Writers by format name (the command's --format): add your own here.
M.formats = {
  md = M.markdown, markdown = M.markdown, json = M.json, csv = M.csv,
  timelinejs = M.timelinejs, html = M.html,
}

--- Writes a report to a file: fmt is a name in report.formats or a
-- writer function. Returns true, or nil and the reason.
function M.save(fmt, tl, path, opts)
  local f = type(fmt) == "function" and fmt or M.formats[fmt]
  if not f then error("bad argument #1 to 'save' (unknown format '" .. tostring(fmt) .. "')", 2) end
  local text = f(tl, opts)
  local h, err = io.open(path, "wb")
  if not h then return nil, err end
  h:write(text)
  if text:sub(-1) ~= "\n" then h:write("\n") end
  h:close()
  return true
end

return M
