#!/usr/bin/env lua5.4
--- Temporal tagger benchmark: expressions/s and MB/s of korea_nato's
-- tagger (tokenize + tag per batch of sentences, through the Lua API,
-- without analyze) against chrono-node on the same sentences with the same
-- anchor, in one run. One timing line per case.
--
--   lua5.4 bench/bench_time.lua             the throughput cases
--   lua5.4 bench/bench_time.lua --compare   50 expressions: ours, chrono's, the right value
--
-- KN_BENCH_TIME_MB sets the corpus size (2; bench/gen_corpus.lua text).
-- chrono-node comes from bench/chrono/ (`cd bench/chrono && npm install`);
-- without node or the package the chrono lines say so and are skipped.
package.path = "./lua/?.lua;./lua/?/init.lua;./bench/?.lua;" .. package.path
package.cpath = "./build/?.so;" .. package.cpath

local common = require "bench.common"
local kn = require "korea_nato"
local core = kn.core

local ANCHOR = "2024-10-28"
local BATCH = 16 * 1024

local function sh_quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

local function have_chrono()
  local f = io.open("bench/chrono/node_modules/chrono-node/package.json", "rb")
  if f then f:close() end
  return f ~= nil and os.execute("node --version > /dev/null 2>&1")
end

-- ------------------------------------------------------------ throughput

local function throughput()
  local MB = tonumber(os.getenv("KN_BENCH_TIME_MB") or "2")
  local path = common.corpus(MB, "text")
  local text = common.read(path)
  local mb = #text / 1048576
  local chunks = common.chunks(text, BATCH)
  local ab = kn.abbreviations()
  print(string.format("temporal tagger: %s, %.1f MB, %d batches of ~%d KB, anchor %s", path, mb, #chunks,
    BATCH // 1024, ANCHOR))

  local t_tok = common.best(7, function()
    local n = 0
    for i = 1, #chunks do n = n + #core.tokenize(chunks[i], ab) end
    return n
  end)
  local t_tag, nx = common.best(7, function()
    local n = 0
    for i = 1, #chunks do n = n + core.time_count(core.tokenize(chunks[i], ab), ANCHOR) end
    return n
  end)
  local t_tab = common.best(3, function()
    local n = 0
    for i = 1, #chunks do n = n + #core.timexes(core.tokenize(chunks[i], ab), ANCHOR) end
    return n
  end)
  common.line("korea_nato tokenize only (through Lua)", mb / t_tok)
  common.line("korea_nato tokenize + tag (through Lua)", mb / t_tag,
    string.format("  %d expressions, %.0f expr/s", nx, nx / t_tag))
  common.line("korea_nato tokenize + tag + result tables", mb / t_tab,
    string.format("  %.0f expr/s", nx / t_tab))
  local tag_only = 1 / (t_tag - t_tok)
  common.line("  tagging alone (difference of the two)", mb * tag_only)

  if not have_chrono() then
    print("chrono-node: not installed (cd bench/chrono && npm install); skipped")
    return
  end
  local p = io.popen(string.format("node bench/chrono/bench.js time %s %s %d 5", sh_quote(path), ANCHOR, BATCH))
  local out = p:read("a")
  p:close()
  local version = out:match('"version":"([^"]*)"')
  local results = tonumber(out:match('"results":(%d+)'))
  local seconds = tonumber(out:match('"seconds":([%d.e-]+)'))
  if not seconds then
    print("chrono-node: no result (" .. out:gsub("%s+$", "") .. "); skipped")
    return
  end
  local wall = tonumber(out:match('"wall":([%d.e-]+)')) or seconds
  common.line("chrono-node " .. version .. " parse (node, CPU time)", mb / seconds,
    string.format("  %d results, %.0f results/s (wall: %.1f MB/s)", results, results / seconds, mb / wall))
  print(string.format("ratio korea_nato / chrono-node: %.0fx in MB/s (tokenize + tag), %.0fx in expressions/s",
    (mb / t_tag) / (mb / seconds), (nx / t_tag) / (results / seconds)))
end

-- ------------------------------------------------------------ comparison

-- 50 sentences of our own: { anchor, sentence, target expression, right value }.
local M, B = "2024-10-28", "2024-12-30"   -- a Monday; the Monday before a new year
local CASES = {
  { M, "The ministers met on Friday.", "Friday", "2024-10-25" },
  { M, "The ministers will meet on Friday.", "Friday", "2024-11-01" },
  { M, "Kim will visit Tokyo next Friday.", "next Friday", "2024-11-08" },
  { M, "Kim visited Tokyo last Friday.", "last Friday", "2024-10-25" },
  { M, "Talks resume this Thursday.", "this Thursday", "2024-10-31" },
  { M, "The envoy arrived yesterday.", "yesterday", "2024-10-27" },
  { M, "The envoy leaves tomorrow.", "tomorrow", "2024-10-29" },
  { M, "The drills end next week.", "next week", "2024-W45" },
  { M, "The drills ended last week.", "last week", "2024-W43" },
  { M, "The report came out last month.", "last month", "2024-09" },
  { M, "The treaty expires next year.", "next year", "2025" },
  { M, "The summit was held last year.", "last year", "2023" },
  { M, "The missile was fired three days ago.", "three days ago", "2024-10-25" },
  { M, "The unit was formed three years ago.", "three years ago", "2021" },
  { M, "The exercise begins on Nov. 4.", "Nov. 4", "2024-11-04" },
  { M, "The talks were held on Oct. 17.", "Oct. 17", "2024-10-17" },
  { M, "The ministers met on Oct. 28, 2024.", "Oct. 28, 2024", "2024-10-28" },
  { M, "The pact was signed on 28 October 2024.", "28 October 2024", "2024-10-28" },
  { M, "The meeting is set for Dec. 3.", "Dec. 3", "2024-12-03" },
  { M, "Seoul joined the group in December.", "December", "2023-12" },
  { M, "The allies will meet again in December.", "December", "2024-12" },
  { M, "The deal was reached in March.", "March", "2024-03" },
  { M, "A review is due in March.", "March", "2025-03" },
  { M, "The launch came at 3 p.m. on Saturday.", "3 p.m.", "2024-10-26T15:00" },
  { M, "Published : Oct. 28, 2024 - 15:39", "Oct. 28, 2024 - 15:39", "2024-10-28T15:39" },
  { M, "The vote is scheduled for Thursday, Oct. 31.", "Thursday, Oct. 31", "2024-10-31" },
  { M, "The drills run from Wednesday to Friday.", "Wednesday", "2024-10-30" },
  { M, "The drills run from Wednesday to Friday.", "Friday", "2024-11-01" },
  { M, "The forum takes place Oct. 28-30.", "Oct. 28-30", "2024-10-28" },
  { M, "Yoon spoke on Tuesday night.", "Tuesday night", "2024-10-22TNI" },
  { M, "The envoy landed this morning.", "this morning", "2024-10-28TMO" },
  { M, "Fighting resumed last night.", "last night", "2024-10-27TNI" },
  { M, "The troops have been there for two months.", "two months", "P2M" },
  { M, "The plan will take more than three years.", "more than three years", "P3Y" },
  { M, "Exports fell in the fourth quarter.", "the fourth quarter", "2024-Q4" },
  { M, "The alliance grew in the 1990s.", "the 1990s", "199" },
  { M, "The group meets twice a year.", "twice a year", "P1Y" },
  { M, "Kim met Lee earlier this month.", "earlier this month", "2024-10" },
  { M, "The treaty was signed late last year.", "late last year", "2023" },
  { M, "The summit took place on Sept. 12, 2023.", "Sept. 12, 2023", "2023-09-12" },
  { M, "Voters go to the polls on Nov. 5.", "Nov. 5", "2024-11-05" },
  { M, "He arrived two weeks ago.", "two weeks ago", "2024-W42" },
  { M, "The talks lasted about six hours.", "about six hours", "PT6H" },
  { M, "North Korea fired a missile at 7:10 a.m. Thursday.", "7:10 a.m. Thursday", "2024-10-24T07:10" },
  { M, "Officials are now reviewing the plan.", "now", "PRESENT_REF" },
  { B, "The group will meet again in January.", "January", "2025-01" },
  { B, "Officials met in January to draft it.", "January", "2024-01" },
  { B, "The next round starts next week.", "next week", "2025-W02" },
  { B, "The talks ended on Monday.", "Monday", "2024-12-30" },
  { M, "The allies signed the accord on 2024-10-28.", "2024-10-28", "2024-10-28" },
}

-- The first and last day (days since 1970) of a TIMEX3 date value, for
-- deciding whether a day-precise answer falls inside the right period.
local function days(y, m, d) return os.time { year = y, month = m, day = d, hour = 12 } // 86400 end
local function period(v)
  local y, m, d = v:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if y then return days(y, m, d), days(y, m, d) end
  y, m = v:match("^(%d%d%d%d)%-(%d%d)$")
  if y then
    local ny, nm = tonumber(y), tonumber(m) + 1
    if nm == 13 then ny, nm = ny + 1, 1 end
    return days(y, m, 1), days(ny, nm, 1) - 1
  end
  local w
  y, w = v:match("^(%d%d%d%d)%-W(%d%d)$")
  if y then
    local j4 = days(y, 1, 4)
    local wd = (j4 + 3) % 7   -- 0 Monday (1970-01-01 was a Thursday)
    local mon = j4 - wd + 7 * (tonumber(w) - 1)
    return mon, mon + 6
  end
  local q
  y, q = v:match("^(%d%d%d%d)%-Q(%d)$")
  if y then
    local m0 = (tonumber(q) - 1) * 3 + 1
    local ny, nm = tonumber(y), m0 + 3
    if nm > 12 then ny, nm = ny + 1, 1 end
    return days(y, m0, 1), days(ny, nm, 1) - 1
  end
  y = v:match("^(%d%d%d%d)$")
  if y then return days(y, 1, 1), days(y, 12, 31) end
  return nil
end

local function verdict(got, right)
  if got == nil then return "none" end
  if got == right then return "right" end
  local a, b = period(right)
  local g = period(got:sub(1, 10))
  if a and g and #got >= 10 and g >= a and g <= b and not right:find("T") then return "inside" end
  return "wrong"
end

local function compare()
  local ab = kn.abbreviations()
  local ours = {}
  for i, c in ipairs(CASES) do
    for _, t in ipairs(core.timexes(core.tokenize(c[2], ab), c[1])) do
      if t.text == c[3] then ours[i] = t.value end
    end
  end
  local theirs = {}
  local chrono_ok = have_chrono()
  if chrono_ok then
    local cjson = require "cjson"
    local tmp = os.tmpname()
    local f = assert(io.open(tmp, "wb"))
    for _, c in ipairs(CASES) do f:write(cjson.encode { text = c[2], anchor = c[1] }, "\n") end
    f:close()
    local p = io.popen("node bench/chrono/bench.js parse " .. sh_quote(tmp))
    local i = 0
    for line in p:lines() do
      i = i + 1
      for _, r in ipairs(cjson.decode(line)) do
        -- chrono's span for the same expression (it may be wider or narrower)
        local c = CASES[i]
        local s = c[2]:find(c[3], 1, true)
        if s and r.index + 1 <= s + #c[3] - 1 and r.index + #r.text >= s then
          -- the second part of a range chrono read as one ("from Wednesday to Friday")
          local tail = s > r.index + 1 and r["end"] ~= nil and r["end"] ~= cjson.null
          theirs[i] = tail and r["end"] or r.value
        end
      end
    end
    p:close()
    os.remove(tmp)
  end
  local score = { ours = {}, chrono = {} }
  print(string.format("%-3s %-10s %-22s %-18s %-18s %-7s %-18s %s", "#", "anchor", "expression", "right",
    "korea_nato", "", "chrono-node", ""))
  for i, c in ipairs(CASES) do
    local vo, vc = verdict(ours[i], c[4]), verdict(theirs[i], c[4])
    score.ours[vo] = (score.ours[vo] or 0) + 1
    score.chrono[vc] = (score.chrono[vc] or 0) + 1
    print(string.format("%-3d %-10s %-22s %-18s %-18s %-7s %-18s %s", i, c[1], c[3], c[4], ours[i] or "-", vo,
      theirs[i] or "-", chrono_ok and vc or "n/a"))
  end
  local function fmt(t)
    return string.format("%d right, %d inside the right period, %d wrong, %d not found", t.right or 0,
      t.inside or 0, t.wrong or 0, t.none or 0)
  end
  print("korea_nato:  " .. fmt(score.ours))
  print("chrono-node: " .. (chrono_ok and fmt(score.chrono) or "not installed"))
end

if arg[1] == "--compare" then compare() else throughput() end
