--- Reading articles: JSON Lines records and plain-text files with their
-- metadata (SCHEMA.md, Input). Every record comes out as a document
-- description or as an error that names it; nothing is dropped.
-- @module korea_nato.input

local core = require "korea_nato.core"
local json = require "korea_nato.json"

local type, ipairs, pairs, tostring = type, ipairs, pairs, tostring
local io_open, io_stdin = io.open, io.stdin
local format, concat = string.format, table.concat

local M = {}

-- Metadata lines are under this many bytes once stripped, boilerplate
-- lines at most this many: a longer line is article text.
local SHORT_LINE = 120

local META_KEYS = { title = "title", source = "source", url = "url", author = "author",
  published = "published", date = "published", id = "id", byline = "author" }
local MAX_KEY = 0   -- the longest key (a header line's key is one word)
for k in pairs(META_KEYS) do
  assert(not k:find("[^%a]"), "META_KEYS: one word a key")
  if #k > MAX_KEY then MAX_KEY = #k end
end

-- ------------------------------------------------------------------ dates

local MONTHS = { jan = 1, feb = 2, mar = 3, apr = 4, may = 5, jun = 6, jul = 7,
  aug = 8, sep = 9, oct = 10, nov = 11, dec = 12 }

local function month_of(word)
  return MONTHS[word:sub(1, 3):lower()]
end

local MDAYS = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }

local function valid_ymd(y, m, d)
  if not (y and m and d) or m < 1 or m > 12 or d < 1 then return false end
  if m == 2 and (y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0)) then return d <= 29 end
  return d <= MDAYS[m]
end

local function clock(s)
  local h, mi, ap = s:match("(%d%d?):(%d%d)%s*([AaPp]%.?[Mm]%.?)")
  if not h then h, mi = s:match("(%d%d?):(%d%d)") end
  if not h then return nil end
  h, mi = tonumber(h), tonumber(mi)
  if ap then
    ap = ap:sub(1, 1):lower()
    if ap == "p" and h < 12 then h = h + 12 elseif ap == "a" and h == 12 then h = 0 end
  end
  if h > 23 or mi > 59 then return nil end
  return format("%02d:%02d", h, mi)
end

--- Parses the date (and time) of a publication line as outlets print it:
-- "Oct. 28, 2024 - 15:39", "2024-10-29 10:02", "July 10, 2024",
-- "28 October 2024", "2024.10.28 15:39", "Nov 13, 2023, 3:39 PM".
-- Returns an ISO value ("2024-10-28" or "2024-10-28T15:39") or nil.
function M.parse_pubdate(s)
  local y, m, d, rest
  -- a leading weekday ("Monday, ", "Mon. ") is not needed
  s = s:gsub("^%s*(%a+)%.?,?%s+", function(w)
    local l = w:lower()
    if l:match("day$") or ({ mon = 1, tue = 1, tues = 1, wed = 1, thu = 1, thur = 1,
        thurs = 1, fri = 1, sat = 1, sun = 1 })[l] then return "" end
  end)
  local a, b, c, r = s:match("^%s*(%d%d%d%d)[-./](%d%d?)[-./](%d%d?)(.*)$")
  if a then y, m, d, rest = tonumber(a), tonumber(b), tonumber(c), r
  else
    local mon, dd, yy
    mon, dd, yy, r = s:match("^%s*(%a+)%.?%s+(%d%d?),?%s+(%d%d%d%d)(.*)$")
    if mon and month_of(mon) then
      y, m, d, rest = tonumber(yy), month_of(mon), tonumber(dd), r
    else
      dd, mon, yy, r = s:match("^%s*(%d%d?)%s+(%a+)%.?,?%s+(%d%d%d%d)(.*)$")
      if mon and month_of(mon) then y, m, d, rest = tonumber(yy), month_of(mon), tonumber(dd), r end
    end
  end
  if not valid_ymd(y, m, d) then return nil end
  local iso = format("%04d-%02d-%02d", y, m, d)
  local t = rest and clock(rest)
  if t then iso = iso .. "T" .. t end
  return iso
end

--- Is s a usable anchor (ISO 8601 date or date-time)? A string that
-- begins with a valid date "YYYY-MM-DD" (read in C: kn.analyze asks this
-- of every record, and it cost some 3,600 instructions a call in Lua).
M.valid_anchor = core.valid_anchor

-- ------------------------------------------------------- text articles

-- Lines that are not article text: share buttons, navigation, credits.
local BOILER = {
  "^link copied$", "^copy link$", "^share$", "^share this article$", "^print$",
  "^e%-?mail$", "^facebook$", "^twitter$", "^x$", "^kakaotalk$", "^scroll to top$",
  "^back to top$", "^top$", "^most commented$", "^most viewed$", "^most read$",
  "^related articles?$", "^advertisement$", "^subscribe", "^sign up", "^read more",
  "^all rights reserved", "^copyright", "^©", "^%(c%)", "^photo:", "^photo by ",
  "^%[photo", "^%(photo", "^image:", "^video:", "^file photo", "^this photo",
  "^font size", "^listen to this article", "^comments?$", "^%d+ comments?$",
  "^facebook twitter", "^share on ", "^original source:", "^source:",
}

-- line without leading and trailing white space, in linear time ("%s*$"
-- after a lazy capture retries at every space inside the line: quadratic)
local function strip(line)
  local a = line:find("%S")
  if not a then return "" end
  -- (no copy of a line with no space to strip: a short paragraph, mostly)
  local z = line:byte(-1)
  if a == 1 and z ~= 32 and (z < 9 or z > 13) then return line end
  return line:match("^.*%S", a)
end

-- BOILER by the byte its matches begin with (each pattern is anchored and
-- begins with a literal character or %d that must occur): a line is tried
-- on the few patterns of its first byte, not on all of them
local BOILER_BY_FIRST, NO_PATTERNS = {}, {}
for _, p in ipairs(BOILER) do
  local first, rest = p:match("^%^(%%?.)(.?)")
  if not first or rest == "?" or rest == "*" or rest == "-" or (#first == 2 and first:match("%%[%a]") and first ~= "%d") then
    error("BOILER pattern " .. p .. ": its first item must be a literal character or %d that occurs")
  end
  local bytes = first == "%d" and "0123456789" or first:sub(-1)
  for i = 1, #bytes do
    local b = bytes:byte(i)
    BOILER_BY_FIRST[b] = BOILER_BY_FIRST[b] or {}
    table.insert(BOILER_BY_FIRST[b], p)
  end
end

local function is_boiler(line)
  if #line > SHORT_LINE then return false end
  local l = strip(line:lower())
  if l == "" then return false end
  for _, p in ipairs(BOILER_BY_FIRST[l:byte(1)] or NO_PATTERNS) do
    if l:find(p) then return true end
  end
  -- a photo credit on a line of its own: "(Yonhap)", "Yonhap photo", "/ AP"
  if #l < 60 and (l:match("^%(%a[%a%s]*%)$") or l:match("^/%s*%a+") or l:match("photo%)?$")) then
    return true
  end
  return false
end

local find, sub, match, byte = string.find, string.sub, string.match, string.byte

-- The outlet a section line near the top of a scraped page names:
-- "The Namsan Herald > National > Diplomacy", "GlobalBrief Asia | Defence",
-- "THE CAPITAL LEDGER | WORLD", "The London Meridian › World › Asia Pacific".
-- Every part is a short capitalised name (so a headline, a sentence or
-- "Share | Print | Link copied" is none); the first part is the outlet, after
-- a "Home". A line split by "|" is no outlet's on the text's first line,
-- where "Headline | Outlet" titles stand. An outlet in capitals is printed
-- as a name ("The Capital Ledger"), its short words (KBS, AP) kept.
local NOT_OUTLET = { home = true, news = true, share = true, print = true, menu = true, email = true,
  search = true }
local SMALL = { of = true, ["and"] = true, the = true, ["for"] = true, on = true, ["in"] = true, de = true,
  ["&"] = true, ["-"] = true }
local function name_part(p)
  if #p == 0 or #p > 40 or find(p, '[,;:!?"]') then return false end
  local words = 0
  for w in p:gmatch("%S+") do
    words = words + 1
    local b = w:byte(1)
    if not (b >= 65 and b <= 90 or b >= 48 and b <= 57 or b >= 128 or SMALL[w]) then return false end
  end
  return words >= 1 and words <= 5
end
local function outlet_of(s, first_line)
  if #s > 120 then return nil end
  local l = s:gsub("\226\128\186", ">"):gsub("\194\187", ">")   -- "›", "»"
  local bar = find(l, "%s|%s")
  if bar and first_line then return nil end
  local parts = {}
  for part in (l .. " > "):gmatch("(.-)%s+[>|]%s+") do
    if not name_part(part) then return nil end
    parts[#parts + 1] = part
  end
  if #parts < 2 then return nil end
  local i = 1
  while parts[i] and NOT_OUTLET[parts[i]:lower()] do i = i + 1 end
  local out = parts[i]
  if not out or (bar and #parts - i < 1) then return nil end
  if not find(out, "%l") and select(2, out:gsub("%u", "")) >= 4 then
    out = out:gsub("%S+", function(w)
      local lw = w:lower()
      if #w <= 3 and not SMALL[lw] then return w end
      return lw:sub(1, 1):upper() .. lw:sub(2)
    end)
    out = out:gsub("^(%l)", string.upper):gsub("(%s)(%u%l*)", function(sp, w)
      if SMALL[w:lower()] then return sp .. w:lower() end
    end)
  end
  return out
end

-- first bytes of the publication, update, byline and source lines of text_meta
local LINE_FIRST = {}
for c in ("PpDdIiUuLlBbOo"):gmatch(".") do LINE_FIRST[c:byte()] = true end

local next_short_line = core.next_short_line

-- The scan behind text_meta: meta and skip are nil when the text gives
-- nothing (most texts), so that kn.analyze makes no tables for them.
local function scan_meta(text)
  local meta, skip
  local body = 1
  -- header block: Key: value lines from the first line to a blank line
  do
    -- a byte order mark (Windows editors write one) is not part of the first key
    local pos, n, last = byte(text, 1) == 0xEF and sub(text, 1, 3) == "\xEF\xBB\xBF" and 4 or 1, #text, nil
    -- most texts have no header: their first line does not begin with a
    -- key and a colon, and is neither copied out to be matched nor given a
    -- table of keys. A known key is a word of MAX_KEY letters at most, so
    -- the text's first colon must come within that: a plain search (a
    -- memchr) rules out most texts before the pattern, which costs ~2,000
    -- instructions a text even when it fails at the first comma
    local colon = find(text, ":", pos, true)
    local hdr = colon and colon - pos <= MAX_KEY and find(text, "^%a[%a ]*:", pos) and {}
    if not hdr then pos = n + 1 end
    while pos <= n do
      local e = find(text, "\n", pos, true) or n + 1
      local line = sub(text, pos, e - 1)
      if sub(line, -1) == "\r" then line = sub(line, 1, -2) end
      if not find(line, "%S") then
        if last then
          meta, skip = {}, {}
          for k, v in pairs(hdr) do meta[k] = v end
          if meta.published then
            meta.published = M.valid_anchor(meta.published) and meta.published or M.parse_pubdate(meta.published)
          end
          meta.published_from = meta.published and "metadata" or nil
          skip[#skip + 1] = { 1, last }
          body = e + 1
        end
        break
      end
      -- "Key: value" with the colon right after the key: "Published : …"
      -- with a space is an outlet's publication line, not a header
      if #line > 300 then break end   -- before the match: it is quadratic in spaces
      local k, v = match(line, "^([%a][%a ]-):(.*)$")
      if k and sub(k, -1) == " " then k = nil end
      k = k and META_KEYS[k:lower()]
      if not k then break end
      v = strip(v)
      hdr[k] = v
      last = pos + #line - 1
      pos = e + 1
    end
  end
  -- lines in the text: those of 1 to 200 bytes (longer ones, article
  -- paragraphs, can be neither metadata nor boilerplate and are passed over
  -- in C, without a call per line; so are empty ones, the blank lines
  -- between paragraphs), in a loop, not a callback: a closure and its
  -- upvalues were five allocations a text
  local pub, upd
  local pos = body
  -- the page's head: its first few lines, before any paragraph (an outlet's
  -- section line is looked for there only)
  local head, head_lines = body == 1, 0
  local outlet_line   -- the source is the section line's (an "Original source:" line wins)
  while true do
    local start, stop, nxt = next_short_line(text, pos, 200)
    if not start then break end
    -- a longer line passed over: the article has begun
    if head and start > pos and find(text, "%S", pos) < start then head = false end
    pos = nxt
    -- a line of over SHORT_LINE bytes with no white space at either end is
    -- neither metadata (under SHORT_LINE once stripped) nor boilerplate (that at
    -- most): passed over without a copy (a short paragraph, mostly)
    local a, z = byte(text, start), byte(text, stop)
    if stop - start >= SHORT_LINE and a ~= 32 and (a < 9 or a > 13) and z ~= 32 and (z < 9 or z > 13) then
      head = false
      goto continue
    end
    local l = sub(text, start, stop)
    local s = strip(l)
    if s ~= "" then
      local marked = false
      if head then
        head_lines = head_lines + 1
        if head_lines > 5 then
          head = false
        elseif not (meta and meta.source) then
          local outlet = outlet_of(s, head_lines == 1)
          if outlet then
            meta = meta or {}
            meta.source, outlet_line = outlet, true
            marked = true
          end
        end
      end
      -- the patterns below all begin with one of these letters
      if #s < SHORT_LINE and LINE_FIRST[s:byte(1)] then
        local v = match(s, "^[Pp]ublished%s*[:on]*%s*(.+)$") or match(s, "^[Pp]osted%s+on%s+(.+)$")
          or match(s, "^[Pp]osted%s*:%s*(.+)$") or match(s, "^[Dd]ate%s*:%s*(.+)$")
          or match(s, "^[Ii]nput%s*:?%s*(%d.+)$")
        local u = match(s, "^[Uu]pdated%s*[:on]*%s*(.+)$") or match(s, "^[Ll]ast [Uu]pdated%s*:?%s*(.+)$")
        -- publication lines stay article text: their date is a timex
        if v and not pub then pub = M.parse_pubdate(v) end
        if u and not upd then upd = M.parse_pubdate(u) end
        local by = match(s, "^[Bb]y%s+(%u[^,]-)%s*$") or match(s, "^[Bb]y%s+(%u.-),")
        if by and not (meta and meta.author) and #s < 80 and not find(s, "%.%s") then
          meta = meta or {}
          meta.author = by; marked = true
        end
        local src = match(s, "^[Oo]riginal [Ss]ource%s*:%s*(.+)$")
        if src then
          meta = meta or {}
          if not meta.source or outlet_line then meta.source, outlet_line = src, false end
          marked = true
        end
      end
      if marked or is_boiler(l) then
        skip = skip or {}
        skip[#skip + 1] = { start, stop }
      end
    end
    ::continue::
  end
  if not (meta and meta.published) and (pub or upd) then
    meta = meta or {}
    meta.published = pub or upd
    meta.published_from = "text"
  end
  return meta, skip
end
M._scan_meta = scan_meta

--- Reads the metadata of a plain-text article: a `Key: value` header block
-- ended by a blank line, else a publication line, byline and source line in
-- the text. Returns meta (title, source, url, author, published,
-- published_from) and skip, a list of {start, stop} byte ranges that are
-- not article text (the header block, byline, source line and boilerplate),
-- to be skipped by later stages without moving offsets. A publication line
-- is not skipped: its date is a timex.
function M.text_meta(text)
  local meta, skip = scan_meta(text)
  return meta or {}, skip or {}
end

-- ------------------------------------------------------------- sources

--- Expands paths into a list of inputs: files as they are, directories
-- recursively (.txt, .md, .jsonl, in byte order of names, README files
-- left out), "-" for standard input. Unreadable entries, entries that are
-- not regular files (FIFOs, sockets, devices) and a directory reached a
-- second time (a symbolic link loop) come back as {path =, error =}.
function M.expand(paths)
  local out = {}
  local seen = {}   -- directories read: identity -> path
  local function walk(p, top)
    if p == "-" then out[#out + 1] = { path = "-", format = "jsonl" }; return end
    local kind, err, ident = core.stat(p)
    if not kind then out[#out + 1] = { path = p, error = err }; return end
    if kind == "dir" and ident then
      if seen[ident] then
        out[#out + 1] = { path = p, error = p .. ": directory already read as " .. seen[ident] .. " (symbolic link loop?)" }
        return
      end
      seen[ident] = p
    end
    if kind == "dir" then
      local entries, derr = core.dir(p)
      if not entries then out[#out + 1] = { path = p, error = derr }; return end
      for _, e in ipairs(entries) do
        local full = p:gsub("/+$", "") .. "/" .. e.name
        if e.name:match("^[Rr][Ee][Aa][Dd][Mm][Ee]") then
          -- a README describes the corpus; it is not an article
        elseif e.kind == "dir" then walk(full, false)
        elseif e.kind == "unreadable" then
          -- a dangling symbolic link, a file gone since the listing: the system's reason
          local _, why = core.stat(full)
          out[#out + 1] = { path = full, error = why or (full .. ": cannot read") }
        elseif e.name:match("%.txt$") or e.name:match("%.md$") or e.name:match("%.jsonl$") then
          walk(full, false)
        end
      end
    elseif kind == "file" or top then
      -- named on the command line, a FIFO or device is read as it is
      out[#out + 1] = { path = p, format = p:match("%.jsonl$") and "jsonl" or "text" }
    else
      out[#out + 1] = { path = p, error = p .. ": not a regular file" }
    end
  end
  for _, p in ipairs(paths) do walk(p, true) end
  return out
end

local function basename(p)
  return (p:match("([^/]+)$") or p):gsub("%.[^.]*$", "")
end

local FIELDS = { "id", "title", "source", "url", "author", "published" }
local KNOWN = { text = true, id = true, title = true, source = true, url = true,
  author = true, published = true }

-- Extra fields are passed through to the output, whose writer refuses to
-- nest deeper than 100 levels: a deeper one is the record's error here,
-- not a failure of the whole run later.
local MAX_DEPTH = 32
local function too_deep(x, d)
  if type(x) ~= "table" then return false end
  if d > MAX_DEPTH then return true end
  for _, y in pairs(x) do
    if too_deep(y, d + 1) then return true end
  end
  return false
end

--- Turns one decoded JSON Lines value into a record or an error string.
function M.jsonl_record(v, where)
  if type(v) ~= "table" or json.is_array(v) or v[1] ~= nil then
    return nil, "record is not a JSON object"
  end
  if v.text == nil or v.text == json.null then return nil, "missing \"text\"" end
  if type(v.text) ~= "string" then return nil, "\"text\" is not a string" end
  local rec = { text = v.text, input = where }
  for _, f in ipairs(FIELDS) do
    local x = v[f]
    if x ~= nil and x ~= json.null then
      if f == "id" and type(x) == "number" and math.tointeger(x) then
        x = tostring(math.tointeger(x))
      end
      if type(x) ~= "string" then return nil, format("\"%s\" is not a string", f) end
      rec[f] = x
    end
  end
  local meta, extra = nil, {}
  for k in pairs(v) do
    if not KNOWN[k] then extra[#extra + 1] = k end
  end
  table.sort(extra)
  for _, k in ipairs(extra) do
    if too_deep(v[k], 1) then return nil, format("\"%s\" is nested too deep (%d levels at most)", k, MAX_DEPTH) end
    meta = meta or {}
    meta[k] = v[k]
  end
  rec.meta = meta
  return rec
end

--- Iterates over the records of one input: yields record tables
-- {text=, id=, title=, …, input = "file:line"} or {error =, input =, id =}.
-- A JSON Lines file is read a line at a time (constant memory).
function M.records(src, opts)
  opts = opts or {}
  return coroutine.wrap(function()
    if src.error then
      coroutine.yield { input = src.path, error = src.error }
      return
    end
    if src.format == "jsonl" then
      local h, err
      if src.path == "-" then h = io_stdin else h, err = io_open(src.path, "rb") end
      if not h then coroutine.yield { input = src.path, error = err }; return end
      local name = src.path == "-" and "stdin" or src.path
      local n = 0
      local ok, lerr = pcall(function()
        for line in h:lines() do
          n = n + 1
          local where = name .. ":" .. n
          -- a byte order mark before the first record is no part of it (RFC 8259, 8.1)
          if n == 1 and line:sub(1, 3) == "\xEF\xBB\xBF" then line = line:sub(4) end
          if line:match("^%s*$") then
            -- blank lines are not records
          else
            local v, derr = json.decode(line)
            -- the decoder stops at a raw NUL as at the end of the text
            local nul = v == nil and derr and line:find("\0", 1, true)
            if nul then derr = format("NUL byte at character %d (a string holds one as \\u0000)", nul) end
            if v == nil and derr then
              coroutine.yield { input = where, error = "invalid JSON: " .. tostring(derr):gsub("^Expected", "expected") }
            else
              local rec, rerr = M.jsonl_record(v, where)
              if rec then
                rec.id = rec.id or where
                coroutine.yield(rec)
              else
                local id = type(v) == "table" and type(v.id) == "string" and v.id or nil
                coroutine.yield { input = where, id = id, error = rerr }
              end
            end
          end
        end
      end)
      if h ~= io_stdin then h:close() end
      if not ok then coroutine.yield { input = name .. ":" .. (n + 1), error = tostring(lerr) } end
    else
      local h, err = io_open(src.path, "rb")
      if not h then coroutine.yield { input = src.path, error = err }; return end
      local text = h:read("a")
      h:close()
      if not text then coroutine.yield { input = src.path, error = src.path .. ": cannot read" }; return end
      coroutine.yield { text = text, input = src.path, id = basename(src.path), from_file = true }
    end
  end)
end

return M
