#!/usr/bin/env lua5.4
--- Writes a synthetic gazetteer (.kng, data/README.md) of N entities, to
-- load on top of the default pack: people (Korean names built from
-- syllables, with a Hangul alias, and European names with diacritics),
-- organisations (ministries, agencies, institutes, with acronyms), places
-- (provinces, ports, bases, straits), named meetings and offices with
-- multi-word titles and holders.
--
-- Entity i depends only on i, so the gazetteer of 1,000 entities is the
-- first 1,000 records of the one of 100,000: a text's matches against a
-- smaller one are a subset of its matches against a bigger one.
--
--   lua5.4 bench/gen_gazetteer.lua N > bench/out/gaz-N.kng

local N = tonumber(arg[1] or "1000")
local out = io.stdout

-- xorshift32 reseeded per entity
local state
local function seed(i) state = (i * 2654435761 + 12345) & 0xffffffff; if state == 0 then state = 1 end end
local function rnd(n)
  state = state ~ ((state << 13) & 0xffffffff)
  state = state ~ (state >> 17)
  state = state ~ ((state << 5) & 0xffffffff)
  return state % n + 1
end
local function pick(t) return t[rnd(#t)] end

local KSUR = { "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han",
  "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Yang",
  "Son", "Bae", "Baek", "Heo", "Nam", "Noh", "Ha", "Kwak", "Sung", "Cha", "Joo", "Woo", "Min", "Ryu" }
local KSYL = { "min", "seo", "ji", "hyun", "jun", "woo", "yeon", "soo", "young", "hee", "jae", "sung",
  "dong", "kyung", "eun", "ho", "tae", "yul", "chul", "hwan", "seok", "jin", "won", "bin", "ha",
  "yoon", "na", "ri", "gyu", "hoon", "sang", "mi", "kyu", "yeol", "joon", "il", "nam", "su", "hye", "jeong" }
local HSUR = { "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신" }
local FIRST1 = { "An", "Ber", "Cal", "Da", "El", "Fre", "Gun", "Har", "In", "Jo", "Kar", "Lu", "Mar",
  "Nil", "Ol", "Per", "Ro", "Sve", "Tor", "Ul", "Vik", "Wil", "Ma", "Lau", "Ste", "Ire", "Zo", "Ag" }
local FIRST2 = { "a", "en", "ik", "o", "us", "in", "el", "ar", "e", "ina", "is", "ette", "ian", "ek" }
local SUR1 = { "Hal", "Berg", "Lind", "Strom", "Vos", "Dek", "Kow", "Nov", "Mul", "Fisch", "Bren",
  "Ott", "Sand", "Kle", "Ros", "Mar", "Jan", "Pet", "Dub", "Hor", "Lef", "Vla", "Kar", "Zel", "Sch" }
local SUR2 = { "sen", "ström", "er", "ski", "ak", "man", "berg", "ens", "vić", "ová", "ier", "escu",
  "ini", "oğlu", "ás", "ssen", "aitė", "ovic", "ard", "ez" }
local P1 = { "Nam", "Bu", "Gyeong", "Chung", "Jeon", "Gang", "Dae", "Ul", "In", "Su", "Won", "Po",
  "Hae", "Ma", "Yang", "Gwang", "Vel", "Kar", "Bran", "Ost", "Lau", "Mor", "Tar", "Zel", "Hol",
  "Sil", "Dra", "Vey", "Kest", "Alb" }
local P2 = { "san", "ju", "won", "cheon", "do", "gu", "ang", "ji", "nam", "buk", "pyeong", "ova",
  "stad", "burg", "ice", "avik", "mont", "lund", "grad", "heim", "ora", "vale" }
local DOMAIN = { "Fisheries", "Maritime Affairs", "Unification", "Veterans Affairs", "Energy",
  "Cyber Security", "Space", "Trade", "Science", "Infrastructure", "Defense Acquisition",
  "Emergency Management", "Nuclear Safety", "Strategic Studies", "Arms Control", "Export Control",
  "Coast Guard", "Intelligence", "Border Security", "Civil Aviation", "Public Health", "Digital Affairs" }
local ORGT = { "Agency", "Commission", "Institute", "Council", "Directorate", "Foundation", "Service",
  "Authority", "Command", "Office", "Center", "Bureau" }
local COUNTRIES = { "country/south-korea", "country/north-korea", "country/united-states",
  "country/japan", "country/germany", "country/france", "country/poland", "country/canada",
  "country/sweden", "country/norway", "country/italy", "country/spain" }
local ORD = { "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth" }

local function hangul()
  local s = {}
  for k = 1, 2 do s[k] = utf8.char(0xAC00 + rnd(11172) - 1) end
  return pick(HSUR) .. table.concat(s)
end
local function place() return pick(P1) .. pick(P2) end
local function acronym(words)
  local a = {}
  for w in words:gmatch("%u") do a[#a + 1] = w end
  return #a >= 3 and table.concat(a) or nil
end
local function day(y) return string.format("%04d-%02d-%02d", y, rnd(12), rnd(28)) end

local function record(i)
  seed(i)
  local r = rnd(100)
  local L = {}
  if r <= 55 then
    local kind = "person"
    L[1] = string.format("person/syn-%d", i)
    if rnd(2) == 1 then
      local sur, g1, g2 = pick(KSUR), pick(KSYL), pick(KSYL)
      L[#L + 1] = string.format("name: %s %s-%s", sur, g1:sub(1, 1):upper() .. g1:sub(2), g2)
      L[#L + 1] = "alias: " .. hangul()
      if rnd(3) == 1 then L[#L + 1] = "short: " .. sur end
      L[#L + 1] = "country: " .. (rnd(4) == 1 and "country/north-korea" or "country/south-korea")
    else
      local first = pick(FIRST1) .. pick(FIRST2)
      local sur = pick(SUR1) .. pick(SUR2)
      L[#L + 1] = string.format("name: %s %s", first, sur)
      if rnd(4) == 1 then L[#L + 1] = string.format("alias: %s. %s", first:sub(1, 1), sur) end
      L[#L + 1] = "short: " .. sur
      L[#L + 1] = "country: " .. pick(COUNTRIES)
    end
    return L, kind
  elseif r <= 75 then
    L[1] = string.format("org/syn-%d", i)
    local name
    local f = rnd(4)
    if f == 1 then name = "Ministry of " .. pick(DOMAIN)
    elseif f == 2 then name = place() .. " " .. pick(DOMAIN) .. " " .. pick(ORGT)
    elseif f == 3 then name = pick(ORGT) .. " for " .. pick(DOMAIN) .. " of " .. place()
    else name = place() .. " Institute for " .. pick(DOMAIN) .. " Studies" end
    L[#L + 1] = "name: " .. name
    local a = acronym(name)
    if a and rnd(2) == 1 then L[#L + 1] = "alias: " .. a .. tostring(rnd(99)) end
    L[#L + 1] = "country: " .. pick(COUNTRIES)
  elseif r <= 90 then
    L[1] = string.format("location/syn-%d", i)
    local p = place()
    local f = rnd(6)
    local name = f == 1 and p or f == 2 and (p .. " Province") or f == 3 and ("Port of " .. p)
      or f == 4 and (p .. " Air Base") or f == 5 and (p .. " Strait") or ("Mount " .. p)
    L[#L + 1] = "name: " .. name
    L[#L + 1] = "country: " .. pick(COUNTRIES)
  elseif r <= 96 then
    L[1] = string.format("meeting/syn-%d", i)
    local f = rnd(3)
    local name = f == 1 and (place() .. " Security Dialogue") or f == 2 and (place() .. " Forum on " .. pick(DOMAIN))
      or (pick(ORD) .. " " .. place() .. " " .. pick(DOMAIN) .. " Summit")
    L[#L + 1] = "name: " .. name
  else
    -- an office, held by the person records just before it
    L[1] = string.format("office/syn-%d", i)
    local d, p = pick(DOMAIN), place()
    L[#L + 1] = string.format("name: Minister of %s of %s", d, p)
    L[#L + 1] = string.format("title: %s %s Minister | Minister of %s of %s", p, d, d, p)
    L[#L + 1] = "of: " .. pick(COUNTRIES)
    local holders = 0
    for j = i - 1, math.max(1, i - 40), -1 do
      seed(j)
      if rnd(100) <= 55 and holders < 2 then
        holders = holders + 1
        L[#L + 1] = string.format("holder: person/syn-%d %s %s", j, day(2018 + holders * 3),
          holders == 1 and day(2020 + holders * 3) or "-")
      end
    end
  end
  return L
end

out:write("# Synthetic gazetteer: ", N, " entities (bench/gen_gazetteer.lua). Load on top of the default pack.\n\n")
for i = 1, N do
  out:write(table.concat((record(i)), "\n"), "\n\n")
end
