--- The HTML report: one self-contained page (inline CSS and JavaScript,
-- no network) that lists the timeline's entries, draws them on a time axis
-- in one lane per event type, and filters them by actor, type, text and
-- conflicting reports. The entries are written into the page itself, so it
-- reads without JavaScript too; the script filters and draws.
--
-- A filtered view can be linked: the page reads and updates its address's
-- hash, e.g. `timeline.html#actor=person/cho-tae-yul&type=meeting&q=nato&conflicts=1`.
-- @module korea_nato.report_html

local json = require "korea_nato.json"
local report = require "korea_nato.report"
local where = require "korea_nato.where"

local type, ipairs, pairs, tostring = type, ipairs, pairs, tostring
local format, concat, sort = string.format, table.concat, table.sort

local M = {}

local esc = report.escape_html

-- colours by SCHEMA event type (others: grey)
M.COLORS = {
  meeting = "#1f6fb4", talks = "#2a9d8f", call = "#6a4c93", visit = "#e76f51", briefing = "#457b9d",
  statement = "#8d99ae", agreement = "#2b9348", invitation = "#f4a261", deployment = "#c1121f",
  exercise = "#bc6c25", weapons_test = "#780000", ruling = "#5f0f40", other = "#6c757d",
}

M.CSS = [[
:root { --fg: #1d2330; --muted: #5b6475; --line: #d6dae1; --bg: #fbfbfd; --warn: #b3261e; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; font: 15px/1.45 system-ui, -apple-system,
  "Segoe UI", Roboto, "Noto Sans", "Noto Sans KR", sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.6rem; margin: .5rem 0 .2rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
.kn-summary, #kn-status { color: var(--muted); margin: .2rem 0 .8rem; }
#kn-filters { display: flex; flex-wrap: wrap; gap: .6rem 1.2rem; align-items: end; padding: .7rem .9rem;
  background: #fff; border: 1px solid var(--line); border-radius: 6px; position: sticky; top: 0; z-index: 2; }
#kn-filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); gap: .15rem; }
#kn-filters label.kn-check { flex-direction: row; align-items: center; gap: .35rem; font-size: .9rem; color: var(--fg); }
#kn-filters select, #kn-filters input[type=search] { font: inherit; padding: .25rem .4rem; min-width: 12rem; }
#kn-filters button { font: inherit; padding: .3rem .8rem; }
#kn-axis { width: 100%; height: auto; display: block; background: #fff; border: 1px solid var(--line);
  border-radius: 6px; margin-bottom: .5rem; }
#kn-axis .kn-tick { stroke: var(--line); }
#kn-axis text { font-size: 11px; fill: var(--muted); }
#kn-axis .kn-mark { cursor: pointer; fill: var(--c, #6c757d); fill-opacity: .85; stroke: #fff; }
#kn-axis .kn-mark.kn-has-conflict { stroke: var(--warn); stroke-width: 2; }
ol.kn-list { list-style: none; padding: 0; margin: 0; border-left: 3px solid var(--line); }
.kn-entry { position: relative; margin: 0 0 .9rem 0; padding: .55rem .8rem .55rem 1.1rem; background: #fff;
  border: 1px solid var(--line); border-left: 4px solid var(--c, #6c757d); border-radius: 0 6px 6px 0; }
.kn-entry.kn-focus { box-shadow: 0 0 0 3px #ffd166; }
.kn-entry h3 { font-size: 1rem; margin: .1rem 0 .25rem; }
.kn-entry p { margin: .15rem 0; }
.kn-entry time { font-weight: 600; margin-right: .5rem; }
.kn-type { display: inline-block; font-size: .75rem; color: #fff; background: var(--c, #6c757d);
  padding: 0 .45rem; border-radius: 3px; vertical-align: 1px; }
.kn-modality { font-size: .8rem; color: var(--muted); margin-left: .3rem; }
.kn-label { color: var(--muted); }
.kn-conflict { color: var(--warn); }
.kn-conflict b { font-weight: 600; }
.kn-entry details { color: var(--muted); font-size: .85rem; }
[hidden] { display: none !important; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .8rem; }
@media print { #kn-filters { position: static; } }
]]

-- The script works on the entries in the page: each li.kn-entry carries
-- data-type, data-actors (ids, space-separated), data-lo/data-hi (day
-- numbers of its date span, 0 = 1970-01-01), data-conflict and data-text
-- (lower-cased searchable text).
M.JS = [[
(function () {
  "use strict";
  function $(id) { return document.getElementById(id); }
  var entries = Array.prototype.slice.call(document.querySelectorAll("li.kn-entry"));
  var actor = $("kn-actor"), type = $("kn-type"), text = $("kn-text"), conf = $("kn-conflicts");
  var status = $("kn-status"), svg = $("kn-axis");
  var lanes = [], lo = Infinity, hi = -Infinity;
  entries.forEach(function (li) {
    var t = li.getAttribute("data-type");
    if (li.hasAttribute("data-lo")) {
      if (lanes.indexOf(t) < 0) lanes.push(t);
      lo = Math.min(lo, +li.getAttribute("data-lo"));
      hi = Math.max(hi, +li.getAttribute("data-hi"));
    }
  });
  lanes.sort();

  function matches(li) {
    var a = actor.value, t = type.value, q = text.value.trim().toLowerCase();
    if (a && (" " + li.getAttribute("data-actors") + " ").indexOf(" " + a + " ") < 0) return false;
    if (t && li.getAttribute("data-type") !== t) return false;
    if (conf.checked && li.getAttribute("data-conflict") !== "1") return false;
    if (q && li.getAttribute("data-text").indexOf(q) < 0) return false;
    return true;
  }

  function day(d) { return new Date(d * 864e5); }
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  function el(name, attrs, parent) {
    var e = document.createElementNS(svg.namespaceURI, name);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }

  function draw(shown) {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    if (lo === Infinity) { svg.setAttribute("hidden", ""); return; }
    var W = 1000, left = 110, right = 20, top = 24, lane = 24;
    var H = top + lanes.length * lane + 10;
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    var a = lo - 15, b = hi + 16;
    function x(d) { return left + (d - a) / (b - a) * (W - left - right); }
    // ticks: years, or months when the span is short
    var first = day(a), last = day(b), ticks = [];
    if (b - a > 3 * 365) {
      for (var y = first.getUTCFullYear() + 1; y <= last.getUTCFullYear(); y++)
        ticks.push([Date.UTC(y, 0, 1) / 864e5, String(y)]);
    } else {
      var y0 = first.getUTCFullYear(), m0 = first.getUTCMonth() + 1;
      for (var i = 0; i < 48; i++) {
        var t = Date.UTC(y0, m0 + i, 1) / 864e5;
        if (t > b) break;
        var dt = day(t), step = b - a > 400 ? 3 : 1;
        if (dt.getUTCMonth() % step === 0)
          ticks.push([t, MONTHS[dt.getUTCMonth()] + (dt.getUTCMonth() === 0 || ticks.length === 0 ? " " + dt.getUTCFullYear() : "")]);
      }
    }
    ticks.forEach(function (tk) {
      el("line", { "class": "kn-tick", x1: x(tk[0]), x2: x(tk[0]), y1: 14, y2: H - 4 }, svg);
      if (x(tk[0]) < W - 40) el("text", { x: x(tk[0]) + 3, y: 12 }, svg).textContent = tk[1];
    });
    lanes.forEach(function (t, i) {
      el("text", { x: 6, y: top + i * lane + 15 }, svg).textContent = t.replace(/_/g, " ");
    });
    shown.forEach(function (li) {
      var t = li.getAttribute("data-type"), i = lanes.indexOf(t);
      var d1 = +li.getAttribute("data-lo"), d2 = +li.getAttribute("data-hi") + 1;
      var x1 = x(d1), x2 = x(d2), cy = top + i * lane + 11, m;
      var cls = "kn-mark" + (li.getAttribute("data-conflict") === "1" ? " kn-has-conflict" : "");
      if (x2 - x1 < 8) m = el("circle", { "class": cls, cx: (x1 + x2) / 2, cy: cy, r: 5 }, svg);
      else m = el("rect", { "class": cls, x: x1, y: cy - 5, width: x2 - x1, height: 10, rx: 3 }, svg);
      m.setAttribute("data-id", li.id);
      m.style.setProperty("--c", li.style.getPropertyValue("--c"));
      el("title", {}, m).textContent = li.getAttribute("data-label");
      m.addEventListener("click", function () {
        entries.forEach(function (e) { e.classList.remove("kn-focus"); });
        li.classList.add("kn-focus");
        li.scrollIntoView({ block: "center" });
      });
    });
  }

  function writeHash() {
    var p = [];
    if (actor.value) p.push("actor=" + encodeURIComponent(actor.value));
    if (type.value) p.push("type=" + encodeURIComponent(type.value));
    if (text.value.trim()) p.push("q=" + encodeURIComponent(text.value.trim()));
    if (conf.checked) p.push("conflicts=1");
    try { history.replaceState(null, "", p.length ? "#" + p.join("&") : location.pathname); } catch (e) { }
  }

  function readHash() {
    location.hash.replace(/^#/, "").split("&").forEach(function (kv) {
      var i = kv.indexOf("="), k = i < 0 ? kv : kv.slice(0, i);
      var v = i < 0 ? "" : decodeURIComponent(kv.slice(i + 1).replace(/\+/g, " "));
      if (k === "actor") {
        if (!Array.prototype.some.call(actor.options, function (o) { return o.value === v; })) {
          var o = document.createElement("option"); o.value = v; o.textContent = v; actor.appendChild(o);
        }
        actor.value = v;
      } else if (k === "type") {
        if (!Array.prototype.some.call(type.options, function (o) { return o.value === v; })) {
          var o2 = document.createElement("option"); o2.value = v; o2.textContent = v; type.appendChild(o2);
        }
        type.value = v;
      } else if (k === "q") text.value = v;
      else if (k === "conflicts") conf.checked = v !== "0";
    });
  }

  function apply(write) {
    var shown = [], n = 0;
    entries.forEach(function (li) {
      var ok = matches(li);
      li.hidden = !ok;
      if (ok) { n++; if (li.hasAttribute("data-lo")) shown.push(li); }
    });
    Array.prototype.forEach.call(document.querySelectorAll(".kn-section"), function (sec) {
      sec.hidden = !sec.querySelector("li.kn-entry:not([hidden])");
    });
    status.textContent = n + " of " + entries.length + " events shown";
    document.body.setAttribute("data-shown", String(n));
    draw(shown);
    if (write) writeHash();
  }

  [actor, type, conf].forEach(function (c) { c.addEventListener("change", function () { apply(true); }); });
  text.addEventListener("input", function () { apply(true); });
  $("kn-reset").addEventListener("click", function () {
    actor.value = ""; type.value = ""; text.value = ""; conf.checked = false; apply(true);
  });
  window.addEventListener("hashchange", function () { readHash(); apply(false); });
  readHash();
  apply(false);
  document.body.setAttribute("data-ready", "1");
})();
]]

local function list(v) return type(v) == "table" and v or {} end

local function color_style(t)
  return format("--c: %s", M.COLORS[t] or M.COLORS.other)
end

local function entry_html(e, name, i)
  local out = {}
  local function w(s) out[#out + 1] = s end
  local a, b = where.span(type(e.date) == "string" and e.date or nil)
  if a and type(e.date_end) == "string" then
    local _, b2 = where.span(e.date_end)
    if b2 and b2 > b then b = b2 end
  end
  local actors = {}
  for _, p in ipairs(list(e.participants)) do actors[#actors + 1] = p end
  if type(e.location) == "string" then actors[#actors + 1] = e.location end
  local ps = {}
  for _, p in ipairs(list(e.participants)) do ps[#ps + 1] = name(p) end
  local head = report.heading(e)
  local search = { head, e.type or "", concat(ps, " "), type(e.location) == "string" and name(e.location) or "",
    concat(list(e.sources), " "), concat(report.docs_of(e), " ") }
  local date_label = type(e.date) == "string" and report.date_words(e.date) or "undated"
  if type(e.date_end) == "string" and e.date_end ~= e.date then
    date_label = date_label .. " – " .. report.date_words(e.date_end)
  end
  local conflicts = list(e.conflicts)
  w(format('<li class="kn-entry" id="e%d" style="%s" data-type="%s" data-actors="%s" data-conflict="%s"',
    i, color_style(e.type), esc(e.type or "other"), esc(concat(actors, " ")), #conflicts > 0 and "1" or "0"))
  if a then w(format(' data-lo="%d" data-hi="%d"', a, b)) end
  w(format(' data-label="%s" data-text="%s">\n', esc(date_label .. " — " .. head), esc(concat(search, " "):lower())))
  w(format('  <p><time%s>%s</time><span class="kn-type">%s</span>',
    type(e.date) == "string" and format(' datetime="%s"', esc(e.date)) or "", esc(date_label),
    esc((e.type or "event"):gsub("_", " "))))
  if e.modality and e.modality ~= "occurred" and e.modality ~= json.null then
    w(format('<span class="kn-modality">%s</span>', esc(e.modality)))
  end
  w("</p>\n")
  w(format("  <h3>%s</h3>\n", esc(head)))
  if #ps > 0 then w(format('  <p class="kn-who"><span class="kn-label">Participants:</span> %s</p>\n', esc(concat(ps, ", ")))) end
  if type(e.location) == "string" then
    w(format('  <p class="kn-where"><span class="kn-label">Place:</span> %s</p>\n', esc(name(e.location))))
  end
  if #list(e.sources) > 0 then
    w(format('  <p class="kn-sources"><span class="kn-label">Sources:</span> %s</p>\n', esc(concat(list(e.sources), "; "))))
  end
  for _, c in ipairs(conflicts) do
    w(format('  <p class="kn-conflict">⚠ <b>Conflicting reports</b> — %s</p>\n', esc(report.conflict_text(c, name))))
  end
  local reps = {}
  for _, m in ipairs(list(e.mentions)) do
    reps[#reps + 1] = format("%s (sentence %s)", tostring(m.doc), tostring(m.sentence or "?"))
  end
  if #reps > 0 then
    w(format("  <details><summary>%d report%s</summary>%s</details>\n", #reps, #reps == 1 and "" or "s",
      esc(concat(reps, "; "))))
  end
  w("</li>\n")
  return concat(out)
end

--- The page for a timeline (anything report.entries takes). opts: title,
-- names, gazetteer.
function M.render(tl, opts)
  opts = opts or {}
  local entries, name = report.entries(tl, opts)
  local title = opts.title or "Timeline"
  local dated, undated = {}, {}
  local actor_count, types, nconf, sources = {}, {}, 0, {}
  for _, e in ipairs(entries) do
    if type(e.date) == "string" then dated[#dated + 1] = e else undated[#undated + 1] = e end
    local seen = {}
    for _, p in ipairs(list(e.participants)) do
      if not seen[p] then seen[p] = true; actor_count[p] = (actor_count[p] or 0) + 1 end
    end
    if type(e.location) == "string" and not seen[e.location] then
      actor_count[e.location] = (actor_count[e.location] or 0) + 1
    end
    types[e.type or "other"] = (types[e.type or "other"] or 0) + 1
    if #list(e.conflicts) > 0 then nconf = nconf + 1 end
    for _, s in ipairs(list(e.sources)) do sources[s] = true end
  end
  local actors = {}
  for id in pairs(actor_count) do actors[#actors + 1] = id end
  sort(actors, function(x, y)
    if actor_count[x] ~= actor_count[y] then return actor_count[x] > actor_count[y] end
    return name(x) < name(y)
  end)
  local type_list = {}
  for t in pairs(types) do type_list[#type_list + 1] = t end
  sort(type_list)
  local nsrc = 0
  for _ in pairs(sources) do nsrc = nsrc + 1 end

  local out = {}
  local function w(s) out[#out + 1] = s end
  w('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
  w('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
  w('<meta name="generator" content="korea_nato">\n')
  w(format("<title>%s</title>\n<style>\n%s</style>\n</head>\n<body>\n", esc(title), M.CSS))
  w(format('<header>\n<h1>%s</h1>\n<p class="kn-summary">%d events (%d dated, %d undated) from %d source%s%s.</p>\n</header>\n',
    esc(title), #entries, #dated, #undated, nsrc, nsrc == 1 and "" or "s",
    nconf > 0 and format("; %d with conflicting reports (⚠)", nconf) or ""))
  w('<form id="kn-filters" onsubmit="return false">\n')
  w('<label>Actor <select id="kn-actor"><option value="">all actors</option>')
  for _, id in ipairs(actors) do
    w(format('<option value="%s">%s (%d)</option>', esc(id), esc(name(id)), actor_count[id]))
  end
  w('</select></label>\n<label>Type <select id="kn-type"><option value="">all types</option>')
  for _, t in ipairs(type_list) do
    w(format('<option value="%s">%s (%d)</option>', esc(t), esc(t:gsub("_", " ")), types[t]))
  end
  w('</select></label>\n<label>Text <input id="kn-text" type="search" placeholder="words in title, names, sources"></label>\n')
  w('<label class="kn-check"><input type="checkbox" id="kn-conflicts"> only conflicting reports</label>\n')
  w('<button type="button" id="kn-reset">Show all</button>\n</form>\n')
  w(format('<p id="kn-status" aria-live="polite">%d of %d events shown</p>\n', #entries, #entries))
  w('<svg id="kn-axis" role="img" aria-label="events on a time axis, one lane per event type"></svg>\n')
  local i = 0
  if #dated > 0 then
    w('<section class="kn-section" id="kn-dated">\n<h2>Chronology</h2>\n<ol class="kn-list">\n')
    for _, e in ipairs(dated) do i = i + 1; w(entry_html(e, name, i)) end
    w("</ol>\n</section>\n")
  end
  if #undated > 0 then
    w('<section class="kn-section" id="kn-undated">\n<h2>Undated</h2>\n<ol class="kn-list">\n')
    for _, e in ipairs(undated) do i = i + 1; w(entry_html(e, name, i)) end
    w("</ol>\n</section>\n")
  end
  if #entries == 0 then w('<p class="kn-empty">No events.</p>\n') end
  w(format("<footer>Written by korea_nato%s. Dates are TIMEX3 values; a coarse date (a month, a week) spans its whole period on the axis.</footer>\n",
    opts.version and (" " .. esc(opts.version)) or ""))
  w("<script>\n" .. M.JS .. "</script>\n</body>\n</html>\n")
  return concat(out)
end

return M
