--- Gazetteers: the entities a document's mentions link to.
--
--     local gaz = kn.gazetteer.default()          -- the Korea–NATO pack
--     local mine = kn.gazetteer.load("my.kng")    -- a user's own
--     gaz:add{ id = "person/kim-yong-hwan", name = "Kim Yong Hwan",
--              alias = { "Kim Yong-hwan" }, country = "country/south-korea" }
--     print(gaz:entity("person/cho-tae-yul").name)
--
-- A Gazetteer wraps the core's compiled automaton; adding entities marks it
-- for recompilation, done on the next analysis.
-- @module korea_nato.gazetteer

local core = require "korea_nato.core"
local data_pack = require "korea_nato.data_pack"

local setmetatable, type, ipairs, pairs, error, tostring = setmetatable, type, ipairs, pairs, error, tostring
local concat, sort, format = table.concat, table.sort, string.format

local M = {}

local Gazetteer = {}
Gazetteer.__index = Gazetteer
Gazetteer.__name = "korea_nato.Gazetteer"

local function abbrev()
  return require("korea_nato").abbreviations()
end

local function new_core()
  return core.gazetteer()
end

--- An empty gazetteer (spelling pairs and ranks of the default pack loaded).
function M.new(opts)
  opts = opts or {}
  local self = setmetatable({ _core = new_core(), _dirty = true, _sources = {} }, Gazetteer)
  if opts.spelling ~= false then assert(self._core:spelling(data_pack["spelling.txt"] or "")) end
  if opts.ranks ~= false then assert(self._core:ranks(data_pack["ranks.txt"] or "")) end
  return self
end

--- Adds the records of .kng text. Returns self, or nil and the errors
-- ("name:line: reason", one a line); nothing is added on error.
function Gazetteer:load_string(text, name, replace)
  if type(text) ~= "string" then error("bad argument #1 to 'load_string' (string expected, got " .. type(text) .. ")", 2) end
  local ok, err = self._core:load(text, name or "gazetteer", replace)
  if not ok then return nil, err end
  self._dirty = true
  self._sources[#self._sources + 1] = name or "gazetteer"
  return self
end

--- Adds the records of a .kng file. Returns self | nil, errors.
function Gazetteer:load_file(path, replace)
  local f, err = io.open(path, "rb")
  if not f then return nil, err end
  local text = f:read("a")
  f:close()
  return self:load_string(text, path, replace)
end

local LIST_KEYS = { "alias", "short", "demonym", "title", "generic" }
local ONE_KEYS = { "type", "metonym", "capital", "of", "country", "in", "venue", "wikidata", "note" }

--- Adds or overrides one entity from a Lua table:
-- { id =, name =, alias = {…} | "…", short =, demonym =, title =, generic =,
--   country =, of =, in =, metonym =, capital =, wikidata =,
--   holders = { {"person/x", "2024-01-01", "2025-01-01" | "-"}, … } }.
-- An existing id is replaced. Returns self | nil, error.
function Gazetteer:add(rec)
  if type(rec) ~= "table" then error("bad argument #1 to 'add' (table expected, got " .. type(rec) .. ")", 2) end
  if type(rec.id) ~= "string" then error("bad argument #1 to 'add' (field 'id' must be a string)", 2) end
  local lines = { rec.id }
  if rec.name ~= nil then lines[#lines + 1] = "name: " .. tostring(rec.name) end
  for _, k in ipairs(LIST_KEYS) do
    local v = rec[k]
    if type(v) == "string" then v = { v } end
    if type(v) == "table" then
      for _, x in ipairs(v) do lines[#lines + 1] = k .. ": " .. tostring(x) end
    end
  end
  for _, k in ipairs(ONE_KEYS) do
    if rec[k] ~= nil then lines[#lines + 1] = k .. ": " .. tostring(rec[k]) end
  end
  for _, h in ipairs(rec.holders or {}) do
    lines[#lines + 1] = format("holder: %s %s %s", h[1] or h.person, h[2] or h.start, h[3] or h.stop or "-")
  end
  for _, l in ipairs(lines) do
    if l:find("\n", 1, true) then return nil, "add: values must not contain line breaks" end
  end
  return self:load_string(concat(lines, "\n") .. "\n", "add(" .. rec.id .. ")", true)
end

--- Compiles the automaton if anything changed. Returns self | nil, errors.
function Gazetteer:compile()
  if self._dirty then
    local ok, err = self._core:compile(abbrev())
    if not ok then return nil, err end
    self._dirty = false
  end
  return self
end

--- The core gazetteer, compiled (raises when it cannot be).
function Gazetteer:core()
  if not self._dirty then return self._core end   -- asked for every document
  local ok, err = self:compile()
  if not ok then error(err, 2) end
  return self._core
end

local function fields_of(t)
  local out = {}
  for _, kv in ipairs(t.fields) do
    local k, v = kv[1], kv[2]
    if k == "alias" or k == "short" or k == "demonym" or k == "title" or k == "generic" then
      out[k] = out[k] or {}
      out[k][#out[k] + 1] = v
    end
  end
  return out
end

--- An entity by id or 1-based index: a table {id, name, type, aliases…,
-- holders (offices)} or nil.
function Gazetteer:entity(id)
  self:compile()
  local t = self._core:entity(id)
  if not t then return nil end
  for k, v in pairs(fields_of(t)) do t[k] = v end
  t.fields = nil
  return t
end

--- The holder of an office on a date (ISO), as a person id, or nil.
function Gazetteer:holder(office, date)
  self:compile()
  return self._core:holder(office, date)
end

--- Iterates over all entities (id, entity table).
function Gazetteer:entities()
  self:compile()
  local i, n = 0, #self._core
  return function()
    i = i + 1
    if i > n then return nil end
    local e = self:entity(i)
    return e.id, e
  end
end

--- Entities of a type ("PERSON", …) as a sorted list of ids.
function Gazetteer:ids(type_)
  local out = {}
  for id, e in self:entities() do
    if not type_ or e.type == type_ then out[#out + 1] = id end
  end
  sort(out)
  return out
end

function Gazetteer:stats()
  self:compile()
  return self._core:stats()
end

function Gazetteer:__len() return #self._core end

function Gazetteer:__tostring()
  return tostring(self._core):gsub("^Gazetteer", "Gazetteer")
end

--- Loads .kng files into a new gazetteer (paths: one or a list). Returns
-- the gazetteer | nil, errors.
function M.load(paths, opts)
  if type(paths) == "string" then paths = { paths } end
  local g = M.new(opts)
  for _, p in ipairs(paths) do
    local ok, err = g:load_file(p)
    if not ok then return nil, err end
  end
  local ok, err = g:compile()
  if not ok then return nil, err end
  return g
end

local default
--- The default Korea–NATO pack (shared; call M.default(true) for a fresh
-- copy to modify without touching the shared one).
function M.default(fresh)
  if default and not fresh then return default end
  local g = M.new()
  local names = {}
  for name in pairs(data_pack) do
    if name:match("^gazetteer/.*%.kng$") then names[#names + 1] = name end
  end
  sort(names)
  for _, name in ipairs(names) do
    assert(g:load_string(data_pack[name], "data/" .. name))
  end
  assert(g:compile())
  if not fresh then default = g end
  return g
end

M.Gazetteer = Gazetteer

return M
