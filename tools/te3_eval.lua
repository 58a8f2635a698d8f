#!/usr/bin/env lua5.4
--- TempEval-3 evaluation of the temporal tagger (Task A, TIMEX3).
--
--   lua5.4 tools/te3_eval.lua [-v] [--dev] [--dir DIR]
--
-- Reads the TempEval-3 training corpus (TimeBank and AQUAINT, TimeML) from
-- where it lies, ../shared/data/te3-train/ (never copied into the project),
-- strips the markup of each document's <TEXT> to raw text while keeping the
-- gold TIMEX3 spans, tags the text through the Lua API (korea_nato.analyze
-- with the document creation time as the publication date) and scores with
-- the task's definitions:
--   strict extent    the system span equals the gold span;
--   relaxed extent   the spans overlap (one-to-one, in text order);
--   value            relaxed match AND the normalised value is exactly the
--                    gold value; P = correct / system, R = correct / gold;
--   type accuracy    among relaxed matches, the share with the gold type.
-- The creation-time TIMEX3 (functionInDocument="CREATION_TIME", inside
-- <DCT>) is the anchor and is not scored; only expressions inside <TEXT>
-- are. The corpus README counts 1,822 scored gold expressions.
--
-- -v lists every miss, false positive, extent difference, wrong value and
-- wrong type with its document and text. --dev scores the project's
-- development corpus (corpus/corpus.jsonl + corpus/gold.jsonl) the same
-- way. When the TempEval folder is absent the run says so and exits 0.

package.path = "./lua/?.lua;./lua/?/init.lua;" .. package.path
package.cpath = "./build/?.so;" .. package.cpath

local verbose, dev = false, false
local dir = "../shared/data/te3-train"
do
  local i = 1
  while i <= #arg do
    local a = arg[i]
    if a == "-v" or a == "--verbose" then verbose = true
    elseif a == "--dev" then dev = true
    elseif a == "--dir" then i = i + 1; dir = arg[i]
    elseif a == "-h" or a == "--help" then
      print("usage: lua5.4 tools/te3_eval.lua [-v] [--dev] [--dir DIR]")
      os.exit(0)
    else
      io.stderr:write("te3_eval: unknown argument " .. a .. "\n")
      os.exit(2)
    end
    i = i + 1
  end
end

local kn = require "korea_nato"
local core = kn.core

-- ------------------------------------------------------------ TimeML

local ENT = { amp = "&", lt = "<", gt = ">", quot = '"', apos = "'" }
local function unescape(s)
  return (s:gsub("&(#?%w+);", function(e)
    if ENT[e] then return ENT[e] end
    local n = e:match("^#(%d+)$")
    if n then return utf8.char(tonumber(n)) end
    n = e:match("^#x(%x+)$")
    if n then return utf8.char(tonumber(n, 16)) end
    return nil
  end))
end

local function attrs(tag)
  local t = {}
  for k, v in tag:gmatch('([%w_]+)%s*=%s*"([^"]*)"') do t[k] = v end
  return t
end

--- Parses one .tml file: raw text of <TEXT>, gold timexes (1-based
-- inclusive spans into it), and the DCT value.
local function parse_tml(s)
  local dct = s:match("<DCT>%s*<TIMEX3([^>]*)>")
  dct = dct and attrs(dct).value
  local body = s:match("<TEXT>(.-)</TEXT>")
  if not body then return nil, "no <TEXT>" end
  local out, len = {}, 0
  local gold, open = {}, nil
  local pos = 1
  while pos <= #body do
    local lt = body:find("<", pos, true)
    local chunk = body:sub(pos, (lt or #body + 1) - 1)
    if #chunk > 0 then
      chunk = unescape(chunk)
      out[#out + 1] = chunk
      len = len + #chunk
    end
    if not lt then break end
    local gt = assert(body:find(">", lt, true), "unclosed tag")
    local tag = body:sub(lt + 1, gt - 1)
    if tag:match("^TIMEX3[%s>]") or tag == "TIMEX3" then
      open = { attrs = attrs(tag), start = len + 1 }
    elseif tag == "/TIMEX3" and open then
      local a = open.attrs
      if a.functionInDocument ~= "CREATION_TIME" and len >= open.start then
        gold[#gold + 1] = { start = open.start, stop = len, type = a.type, value = a.value or "", tid = a.tid }
      end
      open = nil
    end
    pos = gt + 1
  end
  local text = table.concat(out)
  for _, g in ipairs(gold) do g.text = text:sub(g.start, g.stop) end
  return text, gold, dct
end

local function read(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end

local function listdir(path)
  local t = core.dir(path)
  if not t then return nil end
  local names = {}
  for _, e in ipairs(t) do
    if e.kind == "file" and e.name:match("%.tml$") then names[#names + 1] = e.name end
  end
  table.sort(names)
  return names
end

-- ------------------------------------------------------------ scoring

local function overlap(a, b) return a.start <= b.stop and b.start <= a.stop end

local function snippet(text, g)
  local a = math.max(1, g.start - 50)
  local b = math.min(#text, g.stop + 30)
  return (text:sub(a, g.start - 1) .. "[" .. text:sub(g.start, g.stop) .. "]" .. text:sub(g.stop + 1, b))
    :gsub("%s+", " ")
end

local S = { gold = 0, sys = 0, strict = 0, relaxed = 0, value = 0, type = 0, docs = 0 }
local lines = {}

--- Scores one document: gold and system lists (start, stop, type, value).
local function score(name, text, gold, sys)
  S.docs = S.docs + 1
  S.gold = S.gold + #gold
  S.sys = S.sys + #sys
  local used = {}
  for _, g in ipairs(gold) do
    local best
    for j, x in ipairs(sys) do
      if not used[j] and overlap(g, x) then
        if not best or (x.start == g.start and x.stop == g.stop) then best = j end
        if x.start == g.start and x.stop == g.stop then break end
      end
    end
    if best then
      used[best] = true
      local x = sys[best]
      g.match = x
      S.relaxed = S.relaxed + 1
      local strict = x.start == g.start and x.stop == g.stop
      if strict then S.strict = S.strict + 1 end
      if x.value == g.value then S.value = S.value + 1 end
      if x.type == g.type then S.type = S.type + 1 end
      if verbose then
        if x.value ~= g.value then
          lines[#lines + 1] = string.format("VALUE  %s: %q gold %s ours %s%s | %s", name, g.text, g.value, x.value,
            strict and "" or string.format(" (ours %q)", x.text), snippet(text, g))
        elseif not strict then
          lines[#lines + 1] = string.format("EXTENT %s: gold %q ours %q (%s)", name, g.text, x.text, g.value)
        end
        if x.type ~= g.type and x.value == g.value then
          lines[#lines + 1] = string.format("TYPE   %s: %q gold %s ours %s", name, g.text, g.type, x.type)
        end
      end
    elseif verbose then
      lines[#lines + 1] = string.format("MISS   %s: %q %s %s | %s", name, g.text, g.type, g.value, snippet(text, g))
    end
  end
  if verbose then
    for j, x in ipairs(sys) do
      if not used[j] then
        lines[#lines + 1] = string.format("FALSE  %s: %q %s %s | %s", name, x.text, x.type, x.value, snippet(text, x))
      end
    end
  end
end

local function prf(c, sys, gold)
  local p = sys > 0 and c / sys or 0
  local r = gold > 0 and c / gold or 0
  local f = p + r > 0 and 2 * p * r / (p + r) or 0
  return 100 * p, 100 * r, 100 * f
end

local function report(title)
  for _, l in ipairs(lines) do print(l) end
  print(title)
  print(string.format("  documents %d, gold expressions scored %d, system expressions %d", S.docs, S.gold, S.sys))
  print(string.format("  %-16s %6s %6s %6s", "", "P", "R", "F1"))
  for _, row in ipairs { { "strict extent", S.strict }, { "relaxed extent", S.relaxed }, { "value", S.value } } do
    local p, r, f = prf(row[2], S.sys, S.gold)
    print(string.format("  %-16s %6.2f %6.2f %6.2f", row[1], p, r, f))
  end
  local acc = S.relaxed > 0 and 100 * S.type / S.relaxed or 0
  print(string.format("  type accuracy    %6.2f (of %d relaxed matches)", acc, S.relaxed))
end

local function analyze(text, anchor)
  local doc = kn.analyze(text, { published = anchor })
  local sys = {}
  for _, t in ipairs(doc:timexes()) do
    sys[#sys + 1] = { start = t.start, stop = t.stop, type = t.type, value = t.value, text = t.text }
  end
  return sys
end

-- ------------------------------------------------------------ runs

local function run_te3()
  local found = false
  for _, sub in ipairs { "TimeBank", "AQUAINT" } do
    local path = dir .. "/" .. sub
    local names = listdir(path)
    if names then
      found = true
      for _, n in ipairs(names) do
        local s = assert(read(path .. "/" .. n))
        local text, gold, dct = parse_tml(s)
        if text then
          local anchor = dct and dct:match("^%d%d%d%d%-%d%d%-%d%d") and dct or nil
          score(n:gsub("%.tml$", ""), text, gold, analyze(text, anchor))
        else
          io.stderr:write(n .. ": " .. gold .. "\n")
        end
      end
    end
  end
  if not found then
    print("te3_eval: " .. dir .. " not found: the TempEval-3 corpus is not here; nothing to score")
    return false
  end
  report("TempEval-3 training corpus (TimeBank + AQUAINT), Task A TIMEX3; DCT timexes not scored")
  return true
end

local function run_dev()
  local cjson = require "cjson"
  local texts = {}
  local f = io.open("corpus/corpus.jsonl", "rb")
  if not f then print("te3_eval: corpus/corpus.jsonl not found") return false end
  for l in f:lines() do
    if l:match("%S") then
      local d = cjson.decode(l)
      texts[d.id] = d
    end
  end
  f:close()
  f = assert(io.open("corpus/gold.jsonl", "rb"))
  for l in f:lines() do
    if l:match("%S") then
      local g = cjson.decode(l)
      local d = texts[g.id]
      if d then
        local gold = {}
        for _, t in ipairs(g.timexes or {}) do
          gold[#gold + 1] = { start = t.start, stop = t.stop, type = t.type, value = t.value, text = t.text }
        end
        local published = d.published ~= cjson.null and d.published or nil
        score(g.id, d.text, gold, analyze(d.text, published))
      end
    end
  end
  f:close()
  report("development corpus (corpus/gold.jsonl)")
  return true
end

if dev then run_dev() else run_te3() end
