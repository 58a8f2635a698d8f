--- Temporal expressions: tagging a document's text and normalising single
-- expressions to TIMEX3 values against an anchor (the publication date).
-- @module korea_nato.time

local M = {}

--- Tags the temporal expressions of an analysed document's text.
-- Returns a list of tables {text, start, stop, sentence, type, value
-- [, value_end]} (SCHEMA.md, extract output).
-- (Stub until the C tagger lands: no expressions.)
function M.tag(doc)
  local _ = doc
  return {}
end

--- Normalises one expression: kn.time.parse("next Wednesday",
-- {anchor = "2024-01-09"}) -> value, type | nil, message.
function M.parse(expr, opts)
  local _ = opts
  return nil, "temporal tagger not built yet: " .. tostring(expr)
end

return M
