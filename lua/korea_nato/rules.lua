--- User rules: LPeg patterns over sentence text that add mentions or events
-- of an analyst's own kinds (weapons systems, exercise names, …).
-- (Stub: the registry and its application land with the interface work.)
-- @module korea_nato.rules

local M = {}

--- Extra mentions and events that the registered rules find in a document:
-- returns mentions, events (lists in SCHEMA.md's shapes).
function M.apply(doc)
  local _ = doc
  return {}, {}
end

--- True when any rule is registered (analysis skips apply otherwise).
function M.active()
  return false
end

return M
