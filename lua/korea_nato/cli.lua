--- The `korea-nato` command.
--
-- Every command is a function(args) -> exit status in this module
-- (M.extract, M.timeline, …), so scripts and specs can call them.
-- Exit status: 0 ok, 1 some records (or parts) failed, each reported on
-- standard error, 2 usage error (bad option, bad --where query, unreadable
-- gazetteer or rules file).
-- @module korea_nato.cli

local kn = require "korea_nato"
local json = require "korea_nato.json"
local input = require "korea_nato.input"
local where = require "korea_nato.where"
local query = require "korea_nato.query"
local report = require "korea_nato.report"

local io_stdout, io_stderr = io.stdout, io.stderr
local format, concat, sort = string.format, table.concat, table.sort
local ipairs, pairs, pcall, tostring, type, tonumber = ipairs, pairs, pcall, tostring, type, tonumber
local os_clock, os_getenv = os.clock, os.getenv

local M = {}

local USAGE = [[
usage: korea-nato COMMAND [OPTIONS] [FILES...]

Commands:
  extract FILES...     analyse articles; one JSON object a document (SCHEMA.md)
  timeline FILES...    the merged event timeline (--format md|json|csv|timelinejs|html|partial)
  entities FILES...    the entities mentioned, with mention and document counts
  kwic TERM FILES...   keyword in context: every occurrence of TERM with its context
  merge PARTS...       merge partial timelines (timeline --format partial or json outputs)
  run SCRIPT FILES...  run an analyst's Lua script with `kn` and `corpus` loaded
  repl [FILES...]      an interactive Lua prompt with `kn` and `corpus` loaded
  tokens FILE          print the tokens and sentences of one article
  help [COMMAND]       this text, or a command's

Inputs are .jsonl files (one JSON object a line), .txt/.md articles,
directories (searched recursively) and - (JSON Lines on standard input).

Options:
  --published DATE     publication date for every input (wins over metadata)
  -h, --help           this text (also: korea-nato COMMAND --help)
  --version            print the version

Exit status: 0 all records analysed, 1 some records failed (each reported),
2 usage error.
]]

local COMMON = [[
Common options:
  --published DATE     publication date for every input (wins over metadata)
  --rules FILE.lua     load user rules (a Lua file of kn.rules.add{…} calls)
  --gazetteer FILE     add the entities of a .kng file to the default gazetteer
]]

local WHERE_HELP = [[
--where EXPR: conditions joined by and, or, not and parentheses, e.g.
  "type=meeting and participant='Cho Tae-yul' and date>=2024-10"
  "(type=call or type=talks) and not location=Washington"
  "conflict and sources>=2"     "title~troops"     "type in (meeting, talks)"
Operators: = != ~ (contains) !~ < <= > >= in (…). Quote values with blanks.
Fields: type, participant (actor), entity, location (place), date, from, to,
modality, source(s), doc, id, title, text, name, conflict, count, mentions…
Entities may be named by id, name or alias. Dates are TIMEX3 values (2024,
2024-10, 2024-W44, 2024-Q4, 2024-10-31); a coarse date matches wherever it
could fall: an entry dated 2024-10 is kept by date>=2024-10-15.
]]

local HELP = {
  extract = [[
usage: korea-nato extract [--published DATE] [--rules FILE] FILES...

Analyses every article and writes one JSON object a line (SCHEMA.md,
`extract` output). A record that cannot be analysed is written in its place
as {"id": …, "input": "file:line", "error": "…"}, and the run goes on. The
last line on standard error counts records in, results and errors. Memory
use does not grow with the input: one document is held at a time.
]] .. COMMON,
  tokens = [[
usage: korea-nato tokens FILE

Prints each sentence of a plain-text article with its byte range, then its
tokens as text/kind.
]],
  timeline = [[
usage: korea-nato timeline [--format FMT] [--where EXPR] [--title TEXT] [-o FILE] FILES...

Analyses the articles and writes their events merged into one timeline:
  --format md          a Markdown chronology (the default): date, event,
                       participants, place, sources; conflicts marked ⚠
  --format json        SCHEMA.md's timeline JSON (input of `merge`)
  --format csv         one row per entry (RFC 4180)
  --format timelinejs  Knight Lab's TimelineJS3 JSON, loadable as is
  --format html        a self-contained page that draws the timeline and
                       filters it by actor and type
  --format partial     no timeline: the event records `merge` needs, as
                       one line of JSON (the map step of a split run)
  --where EXPR         keep the entries that match (see below)
  --title TEXT         the report's title
  -o, --output FILE    write there instead of standard output
]] .. COMMON .. "\n" .. WHERE_HELP,
  entities = [[
usage: korea-nato entities [--format text|json|csv] [--where EXPR] [--top N] FILES...

Lists the entities the articles mention: mentions, documents, type, id and
name, most mentioned first. --where filters the rows (type=PERSON,
mentions>=5, name~kim, id~person/).
  -o, --output FILE    write there instead of standard output
]] .. COMMON,
  kwic = [[
usage: korea-nato kwic [--width N] [--entity] [--format text|json] TERM FILES...

Prints every occurrence of TERM with N bytes of context on each side
(default 40): document:sentence, left context, [match], right context.
TERM is a word or phrase (case-insensitive, whole words; end it with * for
any ending: "denuclear*") or an entity id (person/cho-tae-yul: every
mention, an office standing for its holder included). With --entity, TERM
is an entity's name or alias ("Cho Tae-yul"). --format json writes one JSON
object a line.
]] .. COMMON,
  merge = [[
usage: korea-nato merge [--format FMT] [--where EXPR] [--title TEXT] [-o FILE] PARTS...

Reads partial timelines (the output of `timeline --format partial`, or
timelines of `timeline --format json`; - for standard input) and writes
them merged into one, as JSON by default (--format as for `timeline`;
--format partial writes the merged records as one partial, for a merge in
stages). A file may hold several parts, one a line: the concatenated
outputs of parallel workers, e.g.

  parallel --pipe -N 500 'korea-nato timeline --format partial -' < feed.jsonl \
    | korea-nato merge - > timeline.json

Partials are read as they arrive and are about 8 times smaller than
timeline JSON (which merge still reads, more slowly).

The result does not depend on the order or grouping of the parts: it is
byte for byte the timeline of all their documents at once. A part that
cannot be read is reported and left out, and the exit status is 1.
]],
  run = [[
usage: korea-nato run [OPTIONS] SCRIPT.lua [FILES...] [-- ARGS...]

Loads FILES into a corpus and runs the Lua script with these globals:
  kn       require "korea_nato"        corpus   the loaded Corpus
  report   korea_nato.report           query    korea_nato.query
  json     korea_nato.json             lpeg     LPeg
  arg      the ARGS after --            (also the script's ...)
Records that cannot be loaded are reported on standard error. The exit
status is the integer the script returns, else 1 when it raised an error or
records failed to load, else 0.
]] .. COMMON,
  repl = [[
usage: korea-nato repl [OPTIONS] [FILES...]

An interactive Lua 5.4 prompt with `kn`, `corpus` (FILES loaded), `report`,
`query`, `json` and `lpeg` in scope. Expressions print their value; an
unfinished statement continues on the next line (>> prompt). .help for
examples, .exit or end of input to leave. Reads standard input, so a script
can be piped in.
]] .. COMMON,
}
HELP.help = USAGE
M.HELP = HELP

local function usage_error(msg)
  io_stderr:write("korea-nato: ", msg, "\n", "Try 'korea-nato --help'.\n")
  return 2
end

-- Parses options: returns opts, files or nil, message. spec: name ->
-- "flag" | "value".
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
M.parse = parse

local function with_common(spec)
  spec.published = "value"
  spec.rules = "value"
  spec.gazetteer = "value"
  spec.help = "flag"
  spec.h = "flag"
  return spec
end

-- Applies --published, --rules, --gazetteer. Returns settings {published,
-- gazetteer} or nil, message (a usage error).
local function common_setup(opts)
  if opts.published and not input.valid_anchor(opts.published) then
    return nil, "--published: expected an ISO 8601 date, got '" .. opts.published .. "'"
  end
  local s = { published = opts.published }
  if opts.rules then
    local ok, err = kn.rules.load(opts.rules)
    if not ok then return nil, "--rules: " .. tostring(err) end
  end
  if opts.gazetteer then
    local g = kn.gazetteer.default(true)
    local ok, err = g:load_file(opts.gazetteer)
    if ok then ok, err = g:compile() end
    if not ok then return nil, "--gazetteer: " .. tostring(err) end
    s.gazetteer = g
  end
  return s
end

-- ------------------------------------------------------------ progress

local LARGE = 16 * 1024 * 1024

--- A progress line on standard error: documents, MB, MB/s and ETA,
-- redrawn at most every half second. opts: total (bytes, or nil when not
-- known), out (a file, default stderr), clock (a function giving seconds,
-- default os.clock), enabled (default: stderr is a terminal and the input
-- is large or of unknown size; KOREA_NATO_PROGRESS=always|never
-- overrides).
function M.progress(opts)
  opts = opts or {}
  local enabled = opts.enabled
  if enabled == nil then
    local env = os_getenv("KOREA_NATO_PROGRESS")
    if env == "always" then enabled = true
    elseif env == "never" then enabled = false
    else enabled = kn.core.isatty(2) and (opts.total == nil or opts.total >= LARGE) end
  end
  local clock = opts.clock or os_clock
  local out = opts.out or io_stderr
  local p = { docs = 0, bytes = 0, total = opts.total, shown = false }
  local t0, last = clock(), nil
  local function line()
    local dt = clock() - t0
    local mb = p.bytes / 1048576
    local rate = dt > 0 and mb / dt or 0
    local s = format("korea-nato: %d documents, %.1f MB", p.docs, mb)
    if p.total then s = s .. format(" of %.1f MB", p.total / 1048576) end
    s = s .. format(", %.1f MB/s", rate)
    if p.total and rate > 0 and p.total > p.bytes then
      local eta = math.floor((p.total - p.bytes) / 1048576 / rate + 0.5)
      s = s .. format(", ETA %d:%02d", eta // 60, eta % 60)
    end
    return s
  end
  --- Counts one document of n bytes; redraws when due.
  function p.step(n)
    p.docs = p.docs + 1
    p.bytes = p.bytes + (n or 0)
    if not enabled then return end
    local now = clock()
    if (last == nil and now - t0 >= 0.5) or (last and now - last >= 0.5) then
      last = now
      out:write("\r", line(), "\27[K")
      p.shown = true
    end
  end
  --- Sets the bytes read so far (at the end of each file).
  function p.at(bytes) if bytes > p.bytes then p.bytes = bytes end end
  --- Clears the line (when one was drawn).
  function p.finish()
    if p.shown then out:write("\r\27[K") end
  end
  p.line = line
  return p
end

-- Total size of the inputs in bytes, or nil when one is standard input.
local function total_size(srcs)
  local total = 0
  for _, s in ipairs(srcs) do
    if s.path == "-" then return nil end
    if not s.error then
      local _, size = kn.core.stat(s.path)
      total = total + (size or 0)
    end
  end
  return total
end

-- Streams the records of the inputs to fn(doc, rec); a failed record comes
-- as fn(nil, {input =, id =, error =}). Holds one document at a time.
-- Returns counts.
local function each_record(files, opts, fn)
  local count = { records = 0, results = 0, errors = 0 }
  local srcs = input.expand(files)
  local progress = M.progress { total = total_size(srcs) }
  local done = 0
  -- ids of the records analysed so far: a later record with the same id is
  -- an error naming the first (event ids and sources stay unambiguous). The
  -- set keeps a hash and a place (source number, line) per id, in a table
  -- of bounded size that spills sorted runs to a temporary file, so memory
  -- stays flat however long the stream.
  local ids = kn.core.idset()
  local function place(si, rec)
    local line = rec.input ~= srcs[si].path and tonumber(rec.input:match(":(%d+)$")) or 0
    return si << 32 | line
  end
  local function place_name(tag)
    local path, line = srcs[tag >> 32].path, tag & 0xffffffff
    return line > 0 and path .. ":" .. line or path
  end
  for si, src in ipairs(srcs) do
    for rec in input.records(src) do
      count.records = count.records + 1
      local dup = false
      if ids and rec.id and not rec.error then
        -- the set fails only if its temporary file cannot be written (a
        -- full disk): say so once and go on without the check
        local ok, first = pcall(ids.add, ids, rec.id, place(si, rec))
        if ok then dup = first
        else
          io_stderr:write(format("korea-nato: duplicate ids are no longer checked from %s on: %s\n",
            rec.input, tostring(first)))
          ids = nil
        end
      end
      if rec.error or dup then
        count.errors = count.errors + 1
        if dup then
          rec = { input = rec.input, id = rec.id,
            error = format('duplicate id "%s" (first at %s)', rec.id, place_name(dup)) }
        end
        fn(nil, rec)
      else
        local meta = { id = rec.id, title = rec.title, source = rec.source, url = rec.url,
          author = rec.author, published = opts.published or rec.published, meta = rec.meta,
          from_file = rec.from_file, gazetteer = opts.gazetteer_obj }
        local ok, doc = pcall(kn.analyze, rec.text, meta)
        if ok then
          count.results = count.results + 1
          -- the consumer may still fail on this record (say, while
          -- encoding it): it returns the reason and the record counts as an error
          local why = fn(doc, rec)
          if why then
            count.results, count.errors = count.results - 1, count.errors + 1
            fn(nil, { input = rec.input, id = rec.id, error = why })
          end
        else
          count.errors = count.errors + 1
          fn(nil, { input = rec.input, id = rec.id, error = tostring(doc):gsub("^.-:%d+: ", "") })
        end
      end
      progress.step(rec.text and #rec.text or 0)
    end
    if src.path ~= "-" and not src.error then
      local _, size = kn.core.stat(src.path)
      done = done + (size or 0)
      progress.at(done)
    end
  end
  progress.finish()
  return count
end

local function summary(cmd, count)
  io_stderr:write(format("korea-nato %s: %d records in, %d analysed, %d errors\n",
    cmd, count.records, count.results, count.errors))
end

local function error_record(rec)
  return json.encode { id = rec.id or json.null, input = rec.input, error = rec.error }
end

local function report_error(rec)
  io_stderr:write("korea-nato: ", rec.input or "?", rec.id and (" (" .. rec.id .. ")") or "", ": ", rec.error, "\n")
end

-- Opens the output (-o FILE or standard output). Returns a file, or nil
-- and a message.
local function open_output(opts)
  local path = opts.output or opts.o
  if not path or path == "-" then return io_stdout end
  local h, err = io.open(path, "wb")
  if not h then return nil, err end
  return h
end

local function close_output(h)
  if h ~= io_stdout then h:close() end
end

-- Checks a --where expression's syntax before any work. Returns true or
-- writes the error and returns false.
local function check_where(expr)
  if not expr then return true end
  local tree, msg, pos = where.parse(expr)
  if not tree then
    io_stderr:write("korea-nato: bad --where: ", where.explain(expr, msg, pos), "\n")
    return false
  end
  return true
end

-- Compiles --where against the data (entity names resolve now). Returns a
-- predicate or writes the error and returns nil.
local function compile_where(expr, ctx)
  local pred, err = where.compile(expr, ctx)
  if not pred then
    io_stderr:write("korea-nato: bad --where: ", err, "\n")
    return nil
  end
  return pred
end

local function help_for(cmd)
  io_stdout:write(HELP[cmd])
  return 0
end

local function setup(cmd, args, spec)
  local opts, files = parse(args, with_common(spec))
  if not opts then return nil, usage_error(files) end
  if opts.help or opts.h then return nil, help_for(cmd) end
  local s, err = common_setup(opts)
  if not s then return nil, usage_error(err) end
  opts.gazetteer_obj = s.gazetteer
  return opts, files
end

-- ------------------------------------------------------------ commands

function M.extract(args)
  local opts, files = setup("extract", args, {})
  if not opts then return files end
  if #files == 0 then return usage_error("extract: no input files (use - for standard input)") end
  local out = io_stdout
  local count = each_record(files, opts, function(doc, rec)
    if doc then
      local ok, line = pcall(doc.tojson, doc)
      if not ok then return tostring(line):gsub("^.-:%d+: ", "") end
      out:write(line, "\n")
    else
      out:write(error_record(rec), "\n")
      report_error(rec)
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

local FORMATS = { "md", "json", "csv", "timelinejs", "html" }

-- The output format of timeline and merge (cmd): a report's, or partial,
-- which has no entries for --where to keep.
local function check_format(cmd, fmt, wexpr)
  if fmt == "partial" then
    if wexpr then return false, cmd .. ": --where does not apply to --format partial" end
    return true
  end
  if report.formats[fmt] then return true end
  return false, format("unknown format '%s' (expected %s, partial)", tostring(fmt), concat(FORMATS, ", "))
end

-- Writes a timeline (filtered by --where) in the chosen format. Returns an
-- exit status (0, or 2 for a bad --where).
local function write_timeline(tl, opts, names, gazetteer)
  local fmt = opts.format or "md"
  local subject = tl
  if opts.where then
    local q = query.from(tl, { gazetteer = gazetteer })
    for id, n in pairs(names or {}) do
      if not q._names[id] then q._names[id] = n end
    end
    local pred = compile_where(opts.where, { gazetteer = gazetteer or kn.gazetteer.default(), names = q._names })
    if not pred then return 2 end
    subject = q:filter(function(e) return pred(e) end)
  end
  local out, err = open_output(opts)
  if not out then io_stderr:write("korea-nato: ", err, "\n"); return 1 end
  if fmt == "json" and subject == tl and getmetatable(tl) == kn.timeline.Timeline then
    -- what report.json writes, straight from the core to the file
    tl:write(out)
    out:write("\n")
    close_output(out)
    return 0
  end
  local text = report.formats[fmt](subject, { title = opts.title, names = names, gazetteer = gazetteer,
    version = kn._VERSION })
  out:write(text)
  if text:sub(-1) ~= "\n" then out:write("\n") end
  close_output(out)
  return 0
end

function M.timeline(args)
  local opts, files = setup("timeline", args, { format = "value", where = "value", title = "value",
    output = "value", o = "value" })
  if not opts then return files end
  local fmt = opts.format or "md"
  local ok, err = check_format("timeline", fmt, opts.where)
  if not ok then return usage_error(err) end
  if not check_where(opts.where) then return 2 end
  if #files == 0 then return usage_error("timeline: no input files (use - for standard input)") end
  -- only each document's event records are kept: its text and core arrays
  -- are freed as soon as it is read. The names the texts
  -- give entities serve --where and the reports that print names; the
  -- JSON (written from the store) and the partial do not read them.
  local builder, names = kn.timeline.builder(), {}
  local want_names = opts.where or (fmt ~= "json" and fmt ~= "partial")
  local count = each_record(files, opts, function(doc, rec)
    if doc then
      builder:add(doc)   -- read from the core's arrays (user rules' events: its record)
      if want_names then
        for _, m in ipairs(doc:mentions()) do
          if m.entity and not names[m.entity] then names[m.entity] = m.name end
        end
      end
    else
      report_error(rec)
    end
  end)
  if fmt == "partial" then
    local out, oerr = open_output(opts)
    if not out then io_stderr:write("korea-nato: ", oerr, "\n"); return 1 end
    out:write(builder:partial(), "\n")
    close_output(out)
    summary("timeline", count)
    return count.errors > 0 and 1 or 0
  end
  local tl = builder:finish()
  local status = write_timeline(tl, opts, names, opts.gazetteer_obj)
  summary("timeline", count)
  if status ~= 0 then return status end
  return count.errors > 0 and 1 or 0
end

function M.entities(args)
  local opts, files = setup("entities", args, { format = "value", where = "value", top = "value",
    output = "value", o = "value" })
  if not opts then return files end
  local fmt = opts.format or "text"
  if fmt ~= "text" and fmt ~= "json" and fmt ~= "csv" then
    return usage_error(format("unknown format '%s' (expected text, json, csv)", fmt))
  end
  local top = opts.top and tonumber(opts.top)
  if opts.top and (not top or top < 1 or top % 1 ~= 0) then
    return usage_error("--top: expected a positive integer, got '" .. opts.top .. "'")
  end
  if not check_where(opts.where) then return 2 end
  if #files == 0 then return usage_error("entities: no input files (use - for standard input)") end
  local by, list = {}, {}
  local count = each_record(files, opts, function(doc, rec)
    if not doc then report_error(rec); return end
    local seen = {}
    for _, m in ipairs(doc:mentions()) do
      local e = by[m.entity]
      if not e then
        e = { id = m.entity, name = m.name, type = m.type, mentions = 0, documents = 0 }
        by[m.entity] = e
        list[#list + 1] = e
      end
      e.mentions = e.mentions + 1
      if not seen[m.entity] then seen[m.entity] = true; e.documents = e.documents + 1 end
    end
  end)
  sort(list, function(a, b)
    if a.mentions ~= b.mentions then return a.mentions > b.mentions end
    return a.id < b.id
  end)
  if opts.where then
    local pred = compile_where(opts.where, { gazetteer = opts.gazetteer_obj or kn.gazetteer.default() })
    if not pred then summary("entities", count); return 2 end
    local kept = {}
    for _, e in ipairs(list) do if pred(e) then kept[#kept + 1] = e end end
    list = kept
  end
  if top then for i = #list, top + 1, -1 do list[i] = nil end end
  local out, err = open_output(opts)
  if not out then io_stderr:write("korea-nato: ", err, "\n"); return 1 end
  if fmt == "json" then
    out:write(json.encode(json.array(list)), "\n")
  elseif fmt == "csv" then
    out:write(report.csv_row { "id", "name", "type", "mentions", "documents" })
    for _, e in ipairs(list) do out:write(report.csv_row { e.id, e.name, e.type, e.mentions, e.documents }) end
  else
    out:write(format("%8s %9s  %-8s %-40s %s\n", "mentions", "documents", "type", "id", "name"))
    for _, e in ipairs(list) do
      out:write(format("%8d %9d  %-8s %-40s %s\n", e.mentions, e.documents, e.type, e.id, e.name))
    end
  end
  close_output(out)
  summary("entities", count)
  return count.errors > 0 and 1 or 0
end

function M.kwic(args)
  local opts, files = setup("kwic", args, { width = "value", entity = "flag", format = "value" })
  if not opts then return files end
  local width = tonumber(opts.width or "40")
  if not width or width < 1 or width % 1 ~= 0 then
    return usage_error("--width: expected a positive integer, got '" .. tostring(opts.width) .. "'")
  end
  width = math.tointeger(width)
  local fmt = opts.format or "text"
  if fmt ~= "text" and fmt ~= "json" then return usage_error(format("unknown format '%s' (expected text, json)", fmt)) end
  local term = table.remove(files, 1)
  if not term or term == "" then return usage_error("kwic: give a term, then the files") end
  if #files == 0 then return usage_error("kwic: no input files (use - for standard input)") end
  local terms = { term }
  if opts.entity then
    local ids, err = where.resolve(term, { gazetteer = opts.gazetteer_obj or kn.gazetteer.default() })
    if not ids then return usage_error("kwic: " .. err) end
    terms = ids
  end
  local corpus_mod = require "korea_nato.corpus"
  local count = each_record(files, opts, function(doc, rec)
    if not doc then report_error(rec); return end
    local lines = {}
    for _, t in ipairs(terms) do
      for _, l in ipairs(corpus_mod.kwic_doc(doc, t, width)) do lines[#lines + 1] = l end
    end
    sort(lines, function(a, b) return a.start < b.start end)
    for _, l in ipairs(lines) do
      if fmt == "json" then
        io_stdout:write(json.encode(l), "\n")
      else
        local left = l.left
        local pad = width - (utf8.len(left) or #left)
        io_stdout:write(format("%s:%s\t%s%s [%s] %s\n", l.doc, tostring(l.sentence), string.rep(" ", math.max(0, pad)),
          left, l.match, l.right))
      end
    end
  end)
  summary("kwic", count)
  return count.errors > 0 and 1 or 0
end

-- A partial timeline (`timeline --format partial`) starts so.
local PARTIAL = '^%s*{%s*"partial"%s*:'

function M.merge(args)
  local opts, files = parse(args, { format = "value", where = "value", title = "value", output = "value",
    o = "value", help = "flag", h = "flag" })
  if not opts then return usage_error(files) end
  if opts.help or opts.h then return help_for("merge") end
  local fmt = opts.format or "json"
  local fok, ferr = check_format("merge", fmt, opts.where)
  if not fok then return usage_error(ferr) end
  if not check_where(opts.where) then return 2 end
  if #files == 0 then return usage_error("merge: no partial timelines given") end
  -- each part goes into the merge as it is read, so that a merge reading
  -- a pipe works while the mappers still run; partial timelines are read
  -- by the core, timeline JSON through lua-cjson
  local merger, nparts, failed = kn.timeline.merger(), 0, 0
  local function bad(msg)
    failed = failed + 1
    io_stderr:write("korea-nato: ", msg, "\n")
  end
  local function add(v, at)
    if type(v) ~= "table" or type(v.events) ~= "table" or v[1] ~= nil then
      bad(at .. ': not a timeline (expected an object with "events")')
      return true
    end
    nparts = nparts + 1
    local ok, err = pcall(merger.add, merger, v, at)
    if not ok then io_stderr:write("korea-nato: merge failed: ", tostring(err), "\n") end
    return ok
  end
  local function add_partial(text, at)
    local ok, err = merger:add_partial(text, at)
    if ok then nparts = nparts + 1 else bad(err) end
    return true
  end
  local function invalid(at, derr)
    bad(at .. ": invalid JSON: " .. (tostring(derr):gsub("^Expected", "expected")))
  end
  -- each input holds one timeline, or several a line (JSON Lines: the
  -- concatenated outputs of parallel mappers: parallel --pipe, Hadoop
  -- Streaming, Spark's RDD.pipe); returns false when the merge failed
  local function add_line(line, at)
    if line:find(PARTIAL) then return add_partial(line, at) end
    local v, derr = json.decode(line)
    if v == nil then invalid(at, derr); return true end
    return add(v, at)
  end
  local function read_input(h, name)
    local first = h:read("L")
    if first and first:find(PARTIAL) then
      -- partial timelines, one a line: each merged as soon as it is read
      local n, line = 1, first
      while line do
        if line:find("%S") and not add_line(line, name .. ":" .. n) then return false end
        line, n = h:read("L"), n + 1
      end
      return true
    end
    local text = (first or "") .. (h:read("a") or "")
    local v, derr = json.decode(text)
    local _, nlines = text:gsub("[^\n]*%S[^\n]*", "")
    if v ~= nil then return add(v, name) end
    if nlines <= 1 then
      if text:find(PARTIAL) then return add_partial(text, name) end
      invalid(name, derr)
      return true
    end
    -- numbered as the partial path above numbers them: blank lines count
    local n = 0
    for line in text:gmatch("([^\n]*)\n?") do
      n = n + 1
      if line:find("%S") and not add_line(line, name .. ":" .. n) then return false end
    end
    return true
  end
  for _, path in ipairs(files) do
    local h, err
    if path == "-" then h = io.stdin else h, err = io.open(path, "rb") end
    local name = path == "-" and "stdin" or path
    if not h then bad(err or (name .. ": cannot read"))
    else
      local ok = read_input(h, name)
      if h ~= io.stdin then h:close() end
      if not ok then return 1 end
    end
  end
  if nparts == 0 then return 1 end
  if fmt == "partial" then
    local out, oerr = open_output(opts)
    if not out then io_stderr:write("korea-nato: ", oerr, "\n"); return 1 end
    out:write(merger:partial(), "\n")
    close_output(out)
    return failed > 0 and 1 or 0
  end
  local okm, tl = pcall(merger.finish, merger)
  if not okm then
    io_stderr:write("korea-nato: merge failed: ", tostring(tl), "\n")
    return 1
  end
  opts.format = fmt
  local status = write_timeline(tl, opts, nil, nil)
  if status ~= 0 then return status end
  return failed > 0 and 1 or 0
end

-- Loads FILES into a corpus, reporting the records that fail. Returns the
-- corpus and the number of failures.
local function load_corpus(files, opts)
  local corpus = kn.corpus { published = opts.published, gazetteer = opts.gazetteer_obj }
  if #files > 0 then corpus:add_paths(files) end
  for _, e in ipairs(corpus._errors) do report_error(e) end
  return corpus, #corpus._errors
end

local function script_env(corpus, script_args)
  local env = {
    kn = kn, corpus = corpus, report = report, query = query, json = json,
    lpeg = require "lpeg", arg = script_args,
  }
  return setmetatable(env, { __index = _G })
end

function M.run(args)
  -- options, then the script; FILES until "--", then the script's own args
  local before, rest = {}, {}
  local i = 1
  while i <= #args and args[i]:sub(1, 1) == "-" and args[i] ~= "-" and args[i] ~= "--" do
    before[#before + 1] = args[i]
    if not args[i]:find("=", 1, true) and (args[i] == "--published" or args[i] == "--rules" or args[i] == "--gazetteer") then
      i = i + 1
      before[#before + 1] = args[i]
    end
    i = i + 1
  end
  for j = i, #args do rest[#rest + 1] = args[j] end
  local opts, ferr = parse(before, with_common({}))
  if not opts then return usage_error(ferr) end
  if opts.help or opts.h then return help_for("run") end
  local script = table.remove(rest, 1)
  if not script then return usage_error("run: give a script (korea-nato run SCRIPT.lua FILES...)") end
  local files, script_args = {}, {}
  local dest = files
  for _, a in ipairs(rest) do
    if a == "--" and dest == files then dest = script_args else dest[#dest + 1] = a end
  end
  local s, err = common_setup(opts)
  if not s then return usage_error(err) end
  opts.gazetteer_obj = s.gazetteer
  local corpus, nerr = load_corpus(files, opts)
  local env = script_env(corpus, script_args)
  script_args[0] = script
  local chunk, lerr = loadfile(script, "t", env)
  if not chunk then return usage_error("run: " .. tostring(lerr)) end
  local res = table.pack(xpcall(chunk, debug.traceback, table.unpack(script_args)))
  io_stdout:flush()
  if not res[1] then
    io_stderr:write("korea-nato run: ", tostring(res[2]), "\n")
    return 1
  end
  if math.type(res[2]) == "integer" then return res[2] end
  return nerr > 0 and 1 or 0
end

function M.repl(args)
  local opts, files = setup("repl", args, { quiet = "flag", q = "flag" })
  if not opts then return files end
  local corpus, nerr = load_corpus(files, opts)
  local repl = require "korea_nato.repl"
  local interactive = kn.core.isatty(0)
  local failures = repl.run(script_env(corpus, {}), {
    prompt = interactive,
    banner = interactive and not (opts.quiet or opts.q) and repl.banner(kn, corpus) or nil,
  })
  if failures > 0 and not interactive then return 1 end
  return nerr > 0 and 1 or 0
end

function M.help(args)
  local cmd = args[1]
  if cmd and HELP[cmd] then io_stdout:write(HELP[cmd]); return 0 end
  if cmd then return usage_error("unknown command '" .. cmd .. "'") end
  io_stdout:write(USAGE)
  return 0
end

local COMMANDS = { extract = true, tokens = true, timeline = true, entities = true, kwic = true,
  merge = true, run = true, repl = true, help = true }

--- Runs the command line; returns the exit status.
function M.main(args)
  local cmd = args[1]
  if cmd == nil or cmd == "-h" or cmd == "--help" then
    io_stdout:write(USAGE)
    return cmd == nil and 2 or 0
  end
  if cmd == "--version" then io_stdout:write("korea-nato ", kn._VERSION, "\n"); return 0 end
  if not COMMANDS[cmd] then return usage_error("unknown command '" .. cmd .. "'") end
  local rest = {}
  for i = 2, #args do rest[#rest + 1] = args[i] end
  return M[cmd](rest)
end

return M
