--- Temporal expressions: tagging a document's text and normalising single
-- expressions to TIMEX3 values against an anchor (the publication date).
--
-- The work is done in C (csrc/kn_time.c); this module checks arguments and
-- gives the results their Lua shape.
--
--     local kn = require "korea_nato"
--     kn.time.parse("next Wednesday", { anchor = "2024-01-09" })  --> "2024-01-17", "DATE"
--     kn.time.parse("the talks")                                  --> nil, "not a temporal expression: \"the talks\""
--
-- @module korea_nato.time

local core = require "korea_nato.core"

local type, error, format, tostring = type, error, string.format, tostring

local M = {}

-- The tokenizer's abbreviation set, from the facade when it is loaded
-- (it knows the data pack); nil means none ("Oct." is then two tokens).
local function abbreviations()
  local ok, kn = pcall(require, "korea_nato")
  if ok and type(kn) == "table" and kn.abbreviations then return kn.abbreviations() end
  return nil
end

--- Tags the temporal expressions of an analysed document.
-- Returns a list of tables {text, start, stop, sentence, type, value
-- [, value_end] [, range = "from"|"to"] [, unanchored = true]}: positions
-- are 1-based and inclusive (doc.text:sub(start, stop) == text), sentence
-- indexes doc:sentences(), type is "DATE", "TIME", "DURATION" or "SET".
-- The anchor is doc.published; without one, relative expressions get
-- underspecified values (XXXX-10-28) and unanchored = true.
function M.tag(doc)
  if type(doc) ~= "table" or (doc._core == nil and doc._tokens == nil) then
    error("bad argument #1 to 'tag' (analysed document expected, got " .. type(doc) .. ")", 2)
  end
  -- core.analyze has tagged the document against doc.published already
  if doc._core ~= nil then return core.timexes(doc._core) end
  local anchor = doc.published
  if anchor ~= nil and not core.anchor(anchor:sub(1, 10)) then anchor = nil end
  return core.timexes(doc._tokens, anchor)
end

--- Normalises one expression given alone.
-- opts.anchor: "YYYY-MM-DD" or a date-time (the publication date).
-- Returns value, type ("2024-01-17", "DATE"), or nil and a message when
-- the whole string is not one temporal expression. Raises for misuse (a
-- non-string expression, a bad anchor).
function M.parse(expr, opts)
  if type(expr) ~= "string" then
    error("bad argument #1 to 'parse' (string expected, got " .. type(expr) .. ")", 2)
  end
  if opts ~= nil and type(opts) ~= "table" then
    error("bad argument #2 to 'parse' (table expected, got " .. type(opts) .. ")", 2)
  end
  local anchor = opts and opts.anchor
  if anchor ~= nil then
    if type(anchor) ~= "string" or not core.anchor(anchor:sub(1, 10)) then
      error(format("bad anchor %q (expected an ISO 8601 date)", tostring(anchor)), 2)
    end
  end
  return core.time_parse(expr, anchor, abbreviations())
end

return M
