--- Deterministic JSON for korea_nato's outputs.
-- lua-cjson decodes and encodes scalars; objects are written here with their
-- keys in a fixed order (SCHEMA.md's order first, then alphabetical), so the
-- same data gives the same bytes in every run and every process.
-- @module korea_nato.json

local cjson = require "cjson"
local cjson_safe = require "cjson.safe"

local type, pairs, ipairs, next, tostring = type, pairs, ipairs, next, tostring
local concat, sort = table.concat, table.sort
local setmetatable, getmetatable = setmetatable, getmetatable
local math_type, format = math.type, string.format
local utf8, pcall = utf8, pcall

local M = {}

M.null = cjson.null

local array_mt = { __name = "korea_nato.json.array" }
-- registered so the C binding can mark arrays it builds for JSON output
debug.getregistry()["korea_nato.json.array"] = array_mt

--- Marks t (default a new table) as a JSON array, so an empty one encodes as [].
function M.array(t)
  return setmetatable(t or {}, array_mt)
end

function M.is_array(t)
  return getmetatable(t) == array_mt
end

-- Key order: SCHEMA.md's field order, for readability; others alphabetical.
local ORDER = {}
for i, k in ipairs {
  "id", "title", "source", "url", "author", "published", "published_from",
  "input", "error", "meta", "sentences", "mentions", "timexes", "events",
  "entity", "date", "date_end", "type", "cameo", "plover", "name", "text",
  "value", "start", "stop", "sentence", "how", "holder", "trigger",
  "participants", "location", "modality", "first_reported", "sources",
  "doc", "event", "conflicts", "field", "values", "undated", "entities",
} do ORDER[k] = i end
--- The key order (key -> rank), for writers that produce the same bytes.
M.ORDER = ORDER

local function key_less(a, b)
  local ra, rb = ORDER[a], ORDER[b]
  if ra and rb then return ra < rb end
  if ra then return true end
  if rb then return false end
  return a < b
end

local ESC = { ['"'] = '\\"', ['\\'] = '\\\\', ['\b'] = '\\b', ['\f'] = '\\f',
  ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t' }
local function esc(c) return ESC[c] or format("\\u%04x", c:byte()) end

-- Replaces each byte of an invalid UTF-8 sequence by U+FFFD, so the output
-- is always valid JSON text.
local function repair(s)
  local out, i, n = {}, 1, #s
  while i <= n do
    local ok, len = pcall(utf8.len, s, i, i)
    local l = ok and len and utf8.offset(s, 2, i)
    if l then out[#out + 1] = s:sub(i, l - 1); i = l
    else out[#out + 1] = "\u{FFFD}"; i = i + 1 end
  end
  return concat(out)
end

local function encode_string(s)
  if not utf8.len(s) then s = repair(s) end
  return '"' .. s:gsub('[%c"\\]', esc) .. '"'
end

local function enc(v, out, n, depth)
  local tv = type(v)
  if tv == "string" then
    n = n + 1; out[n] = encode_string(v)
  elseif tv == "number" then
    n = n + 1
    if math_type(v) == "integer" then out[n] = tostring(v)
    elseif v ~= v or v == 1 / 0 or v == -1 / 0 then out[n] = "null"
    else out[n] = format("%.14g", v) end
  elseif tv == "boolean" then
    n = n + 1; out[n] = v and "true" or "false"
  elseif v == nil or v == cjson.null then
    n = n + 1; out[n] = "null"
  elseif tv == "table" then
    if depth > 100 then error("json: nesting too deep", 0) end
    if getmetatable(v) == array_mt or v[1] ~= nil then
      n = n + 1; out[n] = "["
      for i = 1, #v do
        if i > 1 then n = n + 1; out[n] = "," end
        n = enc(v[i], out, n, depth + 1)
      end
      n = n + 1; out[n] = "]"
    else
      local keys, k = {}, 0
      for key in pairs(v) do
        if type(key) ~= "string" then error("json: object key is not a string", 0) end
        k = k + 1; keys[k] = key
      end
      sort(keys, key_less)
      n = n + 1; out[n] = "{"
      for i = 1, k do
        if i > 1 then n = n + 1; out[n] = "," end
        n = n + 1; out[n] = encode_string(keys[i])
        n = n + 1; out[n] = ":"
        n = enc(v[keys[i]], out, n, depth + 1)
      end
      n = n + 1; out[n] = "}"
    end
  else
    error("json: cannot encode a " .. tv, 0)
  end
  return n
end

local core_encode
do
  local ok, core = pcall(require, "korea_nato.core")
  core_encode = ok and core.json_encode
end

--- Encodes v with ordered keys. Tables with a [1] or marked with array() are
-- arrays; other tables are objects. (In C when the core is there; the Lua
-- writer below gives the same bytes and serves as its reference.)
function M.encode(v)
  if core_encode then return core_encode(v, ORDER, array_mt, cjson.null) end
  return M.encode_lua(v)
end

--- The reference encoder in Lua.
function M.encode_lua(v)
  local out = {}
  local n = enc(v, out, 0, 0)
  return concat(out, "", 1, n)
end

--- Decodes s; returns value or nil, message (never raises).
function M.decode(s)
  return cjson_safe.decode(s)
end

return M
