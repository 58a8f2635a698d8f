--- The `korea-nato` command.
-- @module korea_nato.cli

local kn = require "korea_nato"
local json = require "korea_nato.json"
local input = require "korea_nato.input"

local io_stdout, io_stderr = io.stdout, io.stderr
local format, concat = string.format, table.concat
local ipairs, pairs, pcall, tostring, type = ipairs, pairs, pcall, tostring, type

local M = {}

local USAGE = [[
usage: korea-nato COMMAND [OPTIONS] [FILES...]

Commands:
  extract FILES...     analyse articles; one JSON object a document (SCHEMA.md)
  tokens FILE          print the tokens and sentences of one article

Inputs are .jsonl files (one JSON object a line), .txt/.md articles,
directories (searched recursively) and - (JSON Lines on standard input).

Options:
  --published DATE     publication date for every input (wins over metadata)
  -h, --help           this text (also: korea-nato COMMAND --help)
  --version            print the version

Exit status: 0 all records analysed, 1 some records failed (each reported),
2 usage error.
]]

local HELP = {
  extract = [[
usage: korea-nato extract [--published DATE] FILES...

Analyses every article and writes one JSON object a line (SCHEMA.md,
`extract` output). A record that cannot be analysed is written in its place
as {"id": …, "input": "file:line", "error": "…"}, and the run goes on. The
last line on standard error counts records in, results and errors.
]],
  tokens = [[
usage: korea-nato tokens FILE

Prints each sentence of a plain-text article with its byte range, then its
tokens as text/kind.
]],
}

local function usage_error(msg)
  io_stderr:write("korea-nato: ", msg, "\n", "Try 'korea-nato --help'.\n")
  return 2
end

-- Parses options: returns opts, files or nil, message.
local function parse(args, spec)
  local opts, files = {}, {}
  local i = 1
  while i <= #args do
    local a = args[i]
    if a == "--" then
      for j = i + 1, #args do files[#files + 1] = args[j] end
      break
    elseif a == "-" or a:sub(1, 1) ~= "-" then
      files[#files + 1] = a
    else
      local name, val = a:match("^%-%-([%w-]+)=(.*)$")
      name = name or a:match("^%-%-([%w-]+)$") or a:match("^%-(%a)$")
      local kind = name and spec[name]
      if not kind then return nil, "unknown option '" .. a .. "'" end
      if kind == "flag" then
        if val then return nil, "option '--" .. name .. "' takes no value" end
        opts[name] = true
      else
        if not val then
          i = i + 1
          val = args[i]
          if not val then return nil, "option '" .. a .. "' needs a value" end
        end
        opts[name] = val
      end
    end
    i = i + 1
  end
  return opts, files
end

-- Streams the records of the inputs to fn(rec) -> result table or nil, err.
-- Writes nothing itself; returns counts.
local function each_record(files, opts, fn)
  local count = { records = 0, results = 0, errors = 0 }
  for _, src in ipairs(input.expand(files)) do
    for rec in input.records(src) do
      count.records = count.records + 1
      if rec.error then
        count.errors = count.errors + 1
        fn(nil, rec)
      else
        local meta = { id = rec.id, title = rec.title, source = rec.source, url = rec.url,
          author = rec.author, published = opts.published or rec.published, meta = rec.meta,
          from_file = rec.from_file }
        local ok, doc = pcall(kn.analyze, rec.text, meta)
        if ok then
          count.results = count.results + 1
          fn(doc, rec)
        else
          count.errors = count.errors + 1
          fn(nil, { input = rec.input, id = rec.id, error = tostring(doc):gsub("^.-:%d+: ", "") })
        end
      end
    end
  end
  return count
end

local function summary(cmd, count)
  io_stderr:write(format("korea-nato %s: %d records in, %d analysed, %d errors\n",
    cmd, count.records, count.results, count.errors))
end

local function error_record(rec)
  return json.encode { id = rec.id or json.null, input = rec.input, error = rec.error }
end

function M.extract(args)
  local opts, files = parse(args, { published = "value", help = "flag", h = "flag" })
  if not opts then return usage_error(files) end
  if opts.help or opts.h then io_stdout:write(HELP.extract); return 0 end
  if #files == 0 then return usage_error("extract: no input files (use - for standard input)") end
  if opts.published and not input.valid_anchor(opts.published) then
    return usage_error("--published: expected an ISO 8601 date, got '" .. opts.published .. "'")
  end
  local out = io_stdout
  local count = each_record(files, opts, function(doc, rec)
    if doc then out:write(doc:tojson(), "\n")
    else
      out:write(error_record(rec), "\n")
      io_stderr:write("korea-nato: ", rec.input, rec.id and (" (" .. rec.id .. ")") or "", ": ", rec.error, "\n")
    end
  end)
  summary("extract", count)
  return count.errors > 0 and 1 or 0
end

function M.tokens(args)
  local opts, files = parse(args, { help = "flag", h = "flag", published = "value" })
  if not opts then return usage_error(files) end
  if opts.help or opts.h then io_stdout:write(HELP.tokens); return 0 end
  if #files ~= 1 then return usage_error("tokens: give exactly one file") end
  local h, err = io.open(files[1], "rb")
  if not h then io_stderr:write("korea-nato: ", err, "\n"); return 1 end
  local text = h:read("a")
  h:close()
  local doc = kn.analyze(text, { from_file = true })
  local toks = doc:tokens()
  for i, s in doc:sentences():iter() do
    io_stdout:write(format("[%d] %d-%d %s\n", i, s.start, s.stop, s.text:gsub("%s+", " ")))
    local parts = {}
    for j = s.first_token, s.last_token do
      local t = toks[j]
      parts[#parts + 1] = t.text .. "/" .. t.kind .. (t.skip and "/skip" or "")
    end
    io_stdout:write("    ", concat(parts, " "), "\n")
  end
  return 0
end

--- Runs the command line; returns the exit status.
function M.main(args)
  local cmd = args[1]
  if cmd == nil or cmd == "-h" or cmd == "--help" or cmd == "help" then
    io_stdout:write(USAGE)
    return cmd == nil and 2 or 0
  end
  if cmd == "--version" then io_stdout:write("korea-nato ", kn._VERSION, "\n"); return 0 end
  local f = M[cmd]
  if type(f) ~= "function" or cmd == "main" then return usage_error("unknown command '" .. cmd .. "'") end
  local rest = {}
  for i = 2, #args do rest[#rest + 1] = args[i] end
  return f(rest)
end

return M
