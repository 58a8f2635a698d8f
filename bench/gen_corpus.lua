#!/usr/bin/env lua5.4
--- Writes a synthetic wire-news corpus as JSON Lines (id, source, published,
-- text), deterministic for a given size and seed: our own sentence
-- templates filled with real names, offices, places and dates, quotes,
-- datelines and a little non-ASCII (Hangul, accented Latin names).
--
--   lua5.4 bench/gen_corpus.lua MEGABYTES [SEED] > corpus.jsonl
--   lua5.4 bench/gen_corpus.lua --text MEGABYTES > corpus.txt   (plain text)

local json_str
do
  local ESC = { ['"'] = '\\"', ['\\'] = '\\\\', ['\n'] = '\\n' }
  json_str = function(s) return '"' .. s:gsub('["\\\n]', ESC) .. '"' end
end

local mode = "jsonl"
local args = { ... }
if args[1] == "--text" then mode = "text"; table.remove(args, 1) end
local mb = tonumber(args[1] or "1")
local seed = tonumber(args[2] or "42")

-- xorshift32: the same stream on every platform
local state = seed ~= 0 and seed or 1
local function rnd(n)
  state = state ~ ((state << 13) & 0xffffffff)
  state = state ~ (state >> 17)
  state = state ~ ((state << 5) & 0xffffffff)
  return state % n + 1
end
local function pick(t) return t[rnd(#t)] end

local PEOPLE = {
  { "South Korean", "Foreign Minister", "Cho Tae-yul", "Cho" },
  { "South Korean", "Defense Minister", "Kim Yong-hyun", "Kim" },
  { "South Korean", "President", "Yoon Suk Yeol", "Yoon" },
  { "U.S.", "Secretary of State", "Antony Blinken", "Blinken" },
  { "U.S.", "Defense Secretary", "Lloyd Austin", "Austin" },
  { "NATO", "Secretary General", "Mark Rutte", "Rutte" },
  { "Japanese", "Foreign Minister", "Yoko Kamikawa", "Kamikawa" },
  { "Canadian", "Foreign Minister", "Mélanie Joly", "Joly" },
  { "Australian", "Defence Minister", "Richard Marles", "Marles" },
  { "British", "Foreign Secretary", "David Lammy", "Lammy" },
  { "South Korean", "Joint Chiefs of Staff Chairman", "Kim Myung-soo", "Kim" },
  { "NATO", "Military Committee Chair", "Adm. Rob Bauer", "Bauer" },
}
local PLACES = { "Seoul", "Washington", "Brussels", "Tokyo", "Ottawa", "Canberra",
  "The Hague", "Vilnius", "Busan", "Pyeongtaek", "Singapore", "London" }
local OUTLETS = { "Yonhap", "Korea Pacific Wire", "Capital Ledger", "London Meridian",
  "Namsan Herald", "GlobalBrief Asia" }
local MONTHS = { "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
  "Sept.", "Oct.", "Nov.", "Dec." }
local DAYS = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" }
local RELATIVE = { "this Thursday", "next Wednesday", "on Monday", "last week",
  "earlier this month", "late last year", "two months after the summit", "since 2022",
  "from Wednesday to Friday", "by December", "three years ago", "next week" }
local MEETINGS = { "the Security Consultative Meeting", "the NATO summit",
  "the NATO foreign ministers' meeting", "a 2+2 meeting of foreign and defense ministers",
  "the Shangri-La Dialogue", "a trilateral meeting with Japan", "the chiefs of defence meeting" }
local TOPICS = { "North Korea's missile program", "the deployment of North Korean troops to Russia",
  "extended deterrence", "the alliance's nuclear consultative group", "Ukraine",
  "the security of the Indo-Pacific", "joint exercises", "defense industry cooperation",
  "cyber threats", "the Kursk region" }
local KOREAN = { "조태열", "외교부", "국방부", "한미안보협의회의", "북한", "나토" }

local function person() return pick(PEOPLE) end
local function date()
  return MONTHS[rnd(12)] .. " " .. rnd(28) .. ", " .. (2022 + rnd(4))
end

local T = {
  function(p, q) return string.format("%s %s %s met %s %s %s in %s %s to discuss %s.",
    p[1], p[2], p[3], q[1], q[2], q[3], pick(PLACES), pick(RELATIVE), pick(TOPICS)) end,
  function(p) return string.format("%s will attend %s in %s on %s, the ministry said.",
    p[3], pick(MEETINGS), pick(PLACES), date()) end,
  function(p, q) return string.format("\"We agreed to deepen cooperation on %s,\" %s told reporters after the talks "
    .. "with %s.", pick(TOPICS), p[4], q[4]) end,
  function(p) return string.format("The two sides held phone talks %s, according to %s's office.",
    pick(RELATIVE), p[3]) end,
  function() return string.format("About %d,%03d North Korean soldiers were deployed to Russia %s, the National "
    .. "Intelligence Service said.", rnd(15), rnd(999), pick(RELATIVE)) end,
  function(p) return string.format("%s briefed the North Atlantic Council on %s at %d:%02d p.m. %s.",
    p[3], pick(TOPICS), rnd(11), rnd(59), pick(DAYS)) end,
  function() return string.format("The Joint Chiefs of Staff said North Korea fired a ballistic missile into the East "
    .. "Sea at %d:%02d a.m. %s.", rnd(11), rnd(59), pick(DAYS)) end,
  function(p) return string.format("%s’s remarks came %s, a day after %s (%s) was held in %s.",
    p[4], pick(RELATIVE), pick(MEETINGS), pick(KOREAN), pick(PLACES)) end,
  function() return string.format("Officials from Seoul and Washington have met %d times since %d.",
    rnd(40), 2015 + rnd(9)) end,
  function(p, q) return string.format("%s and %s signed a joint statement on %s, pledging %d.%d percent more funding.",
    p[3], q[3], pick(TOPICS), rnd(9), rnd(9)) end,
}

local out = io.stdout
local target = math.floor(mb * 1024 * 1024)
local written, n = 0, 0
while written < target do
  n = n + 1
  local y, m, d = 2022 + rnd(4), rnd(12), rnd(28)
  local pub = string.format("%04d-%02d-%02d", y, m, d)
  local outlet = pick(OUTLETS)
  local parts = { string.format("%s, %s %d (%s) -- ", pick(PLACES):upper(), MONTHS[m], d, outlet) }
  local paras = 4 + rnd(5)
  for i = 1, paras do
    local sents = {}
    for j = 1, 1 + rnd(3) do sents[j] = pick(T)(person(), person()) end
    parts[#parts + 1] = table.concat(sents, " ")
    parts[#parts + 1] = i < paras and "\n\n" or "\n"
  end
  local text = table.concat(parts)
  local line
  if mode == "text" then line = text .. "\n"
  else
    line = string.format('{"id":"syn-%d","source":%s,"published":"%s","text":%s}\n',
      n, json_str(outlet), pub, json_str(text))
  end
  out:write(line)
  written = written + #line
end
