--- A read-eval-print loop for analysts: Lua 5.4 with `kn`, `corpus` and
-- the report writers in scope.
--
--     > corpus
--     Corpus (32 documents, 0 errors, …)
--     > corpus:mentions():where{ type = "PERSON" }:count_by("entity"):top(3)
--     > for i, d in ipairs(corpus) do
--     >>   print(i, d.id)
--     >> end
--
-- An expression prints its values (tostring; plain tables are shown one
-- level deep); `_` holds the last value. A statement that is not finished
-- (an open `do`, `function`, string, …) continues on the next line with
-- the prompt ">> ". A top-level `local x = …` keeps x for the session (it
-- becomes a global of the REPL's environment). `.help` lists the names in scope; `.exit` (or end of
-- input) leaves. Line editing comes from the terminal: `rlwrap korea-nato
-- repl` gives history and arrow keys.
-- @module korea_nato.repl

local query = require "korea_nato.query"

local type, load, tostring, xpcall, pcall, getmetatable = type, load, tostring, xpcall, pcall, getmetatable
local concat, format = table.concat, string.format
local traceback = debug.traceback

local M = {}

--- How the REPL shows a value.
function M.show(v)
  if type(v) == "table" or type(v) == "userdata" then
    local mt = getmetatable(v)
    if type(mt) == "table" and mt.__tostring then
      local ok, s = pcall(tostring, v)
      if ok then return s end
    end
    if type(v) == "table" then return query.inspect(v) end
  end
  if type(v) == "string" then return v end
  return tostring(v)
end

local function incomplete(err)
  return type(err) == "string" and err:find("<eof>$") ~= nil
end

-- Compiles a chunk: as an expression (to print it) when it is one.
-- Returns the function, or nil and the error, and true when the chunk is
-- only unfinished.
local function compile(src, env)
  local f, eerr = load("return " .. src, "=stdin", "t", env)
  if f then return f end
  local g, serr = load(src, "=stdin", "t", env)
  if g then return g end
  if incomplete(serr) or incomplete(eerr) then return nil, serr, true end
  return nil, serr
end

-- A top-level `local` would vanish with its chunk: in the REPL it becomes
-- a variable of the session ("local n = 0" sets n).
local function session_locals(src)
  local body = src:match("^%s*local%s+function%s+([%a_][%w_]*.*)$")
  if body then return "function " .. body end
  local names, rest = src:match("^%s*local%s+([%a_][%w_]*%s*,?[%w_,%s]*)(=.*)$")
  if names and not names:find("<", 1, true) then return names .. rest end
  return src
end

local HELP = [[
In scope: kn (require "korea_nato"), corpus (the inputs given), report
(korea_nato.report), query (korea_nato.query), json, lpeg, and Lua's own.
Try:
  corpus
  corpus:entities():top(10)
  corpus:mentions():where{ type = "PERSON" }:count_by("month")
  corpus:kwic("denuclear*", 40)
  corpus:comentions{ entity = "Cho Tae-yul" }:top(10)
  kn.query(corpus:timeline()):where("type=meeting and date>=2024-10")
  print(report.markdown(corpus:timeline()))
.exit (or end of input) leaves.
]]

--- Runs the loop until end of input or `.exit`. env: the global table of
-- the chunks (its __index should reach _G). opts: input (a file, default
-- io.stdin), output (default io.stdout), errors (default io.stderr),
-- prompt (true: print prompts), banner (text printed first).
-- Returns the number of chunks that raised an error.
function M.run(env, opts)
  opts = opts or {}
  local input, output, errors = opts.input or io.stdin, opts.output or io.stdout, opts.errors or io.stderr
  local prompt = opts.prompt
  if opts.banner then output:write(opts.banner, "\n") end
  local failures = 0
  local buf
  while true do
    if prompt then output:write(buf and ">> " or "> "); output:flush() end
    local line = input:read("L")
    if not line then
      if prompt then output:write("\n") end
      break
    end
    line = line:gsub("\r?\n$", "")
    if not buf then
      local cmd = line:match("^%s*(%.%a+)%s*$")
      if cmd == ".exit" or cmd == ".quit" or cmd == ".q" then break end
      if cmd == ".help" then output:write(HELP); goto continue end
      if line:match("^%s*$") then goto continue end
    end
    buf = buf and (buf .. "\n" .. line) or line
    do
      local src = session_locals((buf:gsub("^%s*=", "return ")))   -- "=x" as in lua5.1
      local f, err, more = compile(src, env)
      if not f then
        if more then goto continue end
        errors:write(err, "\n")
        failures = failures + 1
        buf = nil
        goto continue
      end
      buf = nil
      local res = table.pack(xpcall(f, function(e)
        local tb = traceback(tostring(e), 2)
        -- the REPL's own frames are noise
        return (tb:gsub("\n%s*%[C%]: in function 'xpcall'.*$", ""))
      end))
      if not res[1] then
        errors:write(tostring(res[2]), "\n")
        failures = failures + 1
      elseif res.n > 1 then
        local parts = {}
        for i = 2, res.n do parts[#parts + 1] = M.show(res[i]) end
        output:write(concat(parts, "\t"), "\n")
        env._ = res[2]
      end
    end
    ::continue::
  end
  return failures
end

--- The banner the command prints on a terminal.
function M.banner(kn, corpus)
  return format("korea_nato %s on %s. .help for help, .exit to leave.\n%s",
    kn._VERSION, _VERSION, corpus and tostring(corpus) or "")
end

return M
