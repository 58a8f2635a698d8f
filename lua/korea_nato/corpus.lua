--- Corpora: analysed documents held together for querying, with every
-- record that could not be loaded kept as an error.
--
--     local c = kn.corpus()
--     c:add_dir("examples/corpus")               -- .txt, .md, .jsonl, recursively
--     c:add(text, { id = "note-1", published = "2024-10-28" })
--     print(c)                                   -- Corpus (33 documents, 0 errors, …)
--     for i, doc in ipairs(c) do print(i, doc.id) end
--     c:mentions():where{ type = "PERSON" }:count_by("entity"):top(10)
--     c:kwic("denuclearization", 60)
--     c:comentions{ entity = "Cho Tae-yul" }
--     c:mentions_per("month", { type = "PERSON", top = 8 })
--     c:timeline():tojson()
--
-- A Corpus is a list of Documents (`#c`, `c[i]`, `ipairs(c)`, `c:iter()`).
-- @module korea_nato.corpus

local input = require "korea_nato.input"
local json = require "korea_nato.json"
local query = require "korea_nato.query"
local where = require "korea_nato.where"

local setmetatable, getmetatable, type, ipairs, pairs, tostring, error, pcall =
  setmetatable, getmetatable, type, ipairs, pairs, tostring, error, pcall
local format, sort = string.format, table.sort
local math_type = math.type

local M = {}

local Corpus = {}
Corpus.__index = Corpus
Corpus.__name = "korea_nato.Corpus"

local function kn() return require("korea_nato") end

-- {[id] = name} of every entity the documents mention (names of `new`
-- entities come only from here); cached until documents are added.
local function names_of(self)
  local names = self._names_cache
  if not names then
    names = {}
    for _, doc in ipairs(self) do
      for _, m in ipairs(doc:mentions()) do
        if m.entity and not names[m.entity] then names[m.entity] = m.name end
      end
    end
    self._names_cache = names
  end
  return names
end
M.names_of = names_of


--- A new, empty corpus. opts: gazetteer (default: the Korea–NATO pack),
-- published (a publication date that wins over every record's), name.
function M.new(opts)
  opts = opts or {}
  if type(opts) ~= "table" then error("bad argument #1 to 'corpus' (table expected, got " .. type(opts) .. ")", 2) end
  if opts.published ~= nil and not input.valid_anchor(opts.published) then
    error(format("bad publication date %q (expected an ISO 8601 date)", tostring(opts.published)), 2)
  end
  return setmetatable({ _errors = {}, _byid = {}, _gazetteer = opts.gazetteer, _published = opts.published,
    _name = opts.name, _bytes = 0, _records = 0 }, Corpus)
end

function M.is_corpus(x) return getmetatable(x) == Corpus end

local function note_error(self, rec)
  local e = { input = rec.input, id = rec.id, error = rec.error }
  self._errors[#self._errors + 1] = e
  return e
end

-- Analyses one record from input.records (or built by add); returns the
-- document or nil, message.
local function add_record(self, rec)
  self._records = self._records + 1
  if rec.error then
    local e = note_error(self, rec)
    return nil, e.error
  end
  local meta = { id = rec.id, title = rec.title, source = rec.source, url = rec.url, author = rec.author,
    published = self._published or rec.published, meta = rec.meta, from_file = rec.from_file,
    gazetteer = self._gazetteer }
  local ok, doc = pcall(kn().analyze, rec.text, meta)
  if not ok then
    local msg = tostring(doc):gsub("^.-:%d+: ", "")
    note_error(self, { input = rec.input, id = rec.id, error = msg })
    return nil, msg
  end
  if doc.id == nil then doc.id = rec.input end
  if self._byid[doc.id] then
    -- ids name documents in timelines and queries: keep them unique
    local n = 2
    while self._byid[doc.id .. "~" .. n] do n = n + 1 end
    doc.id = doc.id .. "~" .. n
  end
  self[#self + 1] = doc
  self._byid[doc.id] = doc
  self._bytes = self._bytes + #doc.text
  self._timeline, self._names_cache = nil, nil
  return doc
end

--- Analyses a text and adds it. meta as for kn.analyze (id defaults to
-- "text-<n>"). Returns the Document, or nil and the reason (the failure
-- is also kept in errors()).
function Corpus:add(text, meta)
  if type(text) ~= "string" then error("bad argument #1 to 'add' (string expected, got " .. type(text) .. ")", 2) end
  if meta ~= nil and type(meta) ~= "table" then
    error("bad argument #2 to 'add' (table expected, got " .. type(meta) .. ")", 2)
  end
  meta = meta or {}
  local rec = { text = text, input = "add#" .. (self._records + 1) }
  for _, k in ipairs { "id", "title", "source", "url", "author", "published", "meta", "from_file" } do
    rec[k] = meta[k]
  end
  rec.id = rec.id or ("text-" .. (self._records + 1))
  return add_record(self, rec)
end

-- Adds every record of one input source; returns added, failed.
local function add_source(self, src, meta)
  local added, failed = 0, 0
  for rec in input.records(src) do
    if meta and not rec.error then
      for k, v in pairs(meta) do rec[k] = v end
    end
    if add_record(self, rec) then added = added + 1 else failed = failed + 1 end
  end
  return added, failed
end

--- Adds a file: a .jsonl file (every record) or a text article (.txt,
-- .md or any other name). meta fields win over the file's. Returns the
-- number of documents added, or nil and the reason when the file cannot
-- be read (kept in errors() too). Bad records are kept in errors().
function Corpus:add_file(path, meta)
  if type(path) ~= "string" then error("bad argument #1 to 'add_file' (string expected, got " .. type(path) .. ")", 2) end
  if meta ~= nil and type(meta) ~= "table" then
    error("bad argument #2 to 'add_file' (table expected, got " .. type(meta) .. ")", 2)
  end
  local kind, err = kn().core.stat(path)
  if not kind then
    note_error(self, { input = path, error = err })
    return nil, err
  end
  if kind == "dir" then
    error("bad argument #1 to 'add_file' (" .. path .. " is a directory; use add_dir)", 2)
  end
  local src = { path = path, format = path:match("%.jsonl$") and "jsonl" or "text" }
  return (add_source(self, src, meta))
end

--- Adds every article under a directory (.txt, .md, .jsonl, recursively,
-- in byte order of names; README files are left out). Returns the number
-- of documents added, or nil and the reason when the directory cannot be
-- read.
function Corpus:add_dir(path)
  if type(path) ~= "string" then error("bad argument #1 to 'add_dir' (string expected, got " .. type(path) .. ")", 2) end
  local kind, err = kn().core.stat(path)
  if not kind then
    note_error(self, { input = path, error = err })
    return nil, err
  end
  if kind ~= "dir" then error("bad argument #1 to 'add_dir' (" .. path .. " is not a directory)", 2) end
  local added = 0
  for _, src in ipairs(input.expand { path }) do
    added = added + add_source(self, src)
  end
  return added
end

--- Adds the inputs the command line takes: files, directories and "-"
-- (JSON Lines on standard input). Returns the number added.
function Corpus:add_paths(paths)
  local added = 0
  for _, src in ipairs(input.expand(paths)) do added = added + add_source(self, src) end
  return added
end

--- Adds the records of a JSON Lines file (a path, or an open file handle,
-- read to its end and not closed). Returns the number of documents added,
-- or nil and the reason when the file cannot be opened.
function Corpus:add_jsonl(src)
  if type(src) == "string" then
    local h, err = io.open(src, "rb")
    if not h then
      note_error(self, { input = src, error = err })
      return nil, err
    end
    h:close()
    return (add_source(self, { path = src, format = "jsonl" }))
  end
  if io.type(src) ~= "file" then
    error("bad argument #1 to 'add_jsonl' (file name or open file expected, got " .. (io.type(src) or type(src)) .. ")", 2)
  end
  local added, n = 0, 0
  local name = self._stream_name or "stream"
  for line in src:lines() do
    n = n + 1
    local whereat = name .. ":" .. n
    if line:match("%S") then
      local v, derr = json.decode(line)
      local rec
      if v == nil and derr then
        rec = { input = whereat, error = "invalid JSON: " .. tostring(derr):gsub("^Expected", "expected") }
      else
        local r, rerr = input.jsonl_record(v, whereat)
        if r then r.id = r.id or whereat; rec = r
        else rec = { input = whereat, id = type(v) == "table" and type(v.id) == "string" and v.id or nil, error = rerr } end
      end
      if add_record(self, rec) then added = added + 1 end
    end
  end
  return added
end

--- The records that could not be loaded: a Query of {input = "file:line",
-- id =, error =}.
function Corpus:errors()
  return query.new(self._errors, { kind = "error" })
end

--- The document with an id, or nil.
function Corpus:get(id)
  return self._byid[id]
end

--- The documents as a Query.
function Corpus:documents()
  return query.new(self, { kind = "document", gazetteer = self._gazetteer, names = names_of(self) })
end
Corpus.docs = Corpus.documents

--- A new Corpus of the documents that satisfy a condition (a where{}
-- table, a query string or a function(doc)), sharing the Documents:
-- corpus:subset{ from = "2024-10-28", to = "2024-11-03" } keeps the
-- documents published that week; subset{ source = "The Capital Ledger" },
-- subset("participant='Cho Tae-yul'") (documents that mention him).
function Corpus:subset(spec)
  local docs = self:documents():where(spec)
  local c = M.new { gazetteer = self._gazetteer, published = self._published }
  for _, d in ipairs(docs) do
    c[#c + 1] = d
    c._byid[d.id] = d
    c._bytes = c._bytes + #d.text
  end
  c._records = #c
  return c
end

--- Iterates i, document (break is fine: nothing is held open).
function Corpus:iter()
  local i = 0
  return function()
    i = i + 1
    local d = self[i]
    if d then return i, d end
  end
end

local function day_of(doc)
  local p = doc.published
  if type(p) == "string" then return p:sub(1, 10) end
  return nil
end

--- Every mention of every document, as a Query. Each mention is a copy
-- with its document: doc (id), source, published (the document's date,
-- which periods such as "month" use). filter as for doc:mentions.
function Corpus:mentions(filter)
  local out = {}
  for _, doc in ipairs(self) do
    local day, src = day_of(doc), doc.source
    for _, m in ipairs(doc:mentions(filter)) do
      local c = {}
      for k, v in pairs(m) do c[k] = v end
      c.doc, c.source, c.published = doc.id, src, day
      out[#out + 1] = c
    end
  end
  return query.new(out, { kind = "mention", gazetteer = self._gazetteer, names = names_of(self) })
end

-- A document's events: the extractor's (doc:events, when it exists) and
-- the user rules' (doc._rule_events), each once.
local function doc_events(doc)
  local out, seen = {}, {}
  if type(doc.events) == "function" then
    for _, e in ipairs(doc:events() or {}) do
      out[#out + 1] = e
      if e.id then seen[e.id] = true end
    end
  end
  for _, e in ipairs(doc._rule_events or {}) do
    if not seen[e.id] then out[#out + 1] = e end
  end
  return out
end
M.doc_events = doc_events

--- A document's extract record (doc:totable()) with the user rules'
-- events included (once), as the timeline builder takes it.
function M.record_of(doc)
  local rec = doc:totable()
  -- (an absent date reads as null everywhere; the stub builder needs it absent)
  if rec.published == json.null then rec.published = nil end
  local extra = doc._rule_events
  if extra and #extra > 0 then
    local evs, seen = json.array(), {}
    for _, e in ipairs(rec.events or {}) do evs[#evs + 1] = e; seen[e.id or ""] = true end
    for _, e in ipairs(extra) do
      if not seen[e.id] then evs[#evs + 1] = e end
    end
    rec.events = evs
  end
  return rec
end

--- Every event of every document (SCHEMA event tables with doc, source and
-- published added), as a Query.
function Corpus:events(filter)
  local out = {}
  local pred = filter and where.compile(filter, { gazetteer = self._gazetteer })
  for _, doc in ipairs(self) do
    for _, e in ipairs(doc_events(doc)) do
      local c = {}
      for k, v in pairs(e) do c[k] = v end
      c.doc, c.source, c.published = doc.id, doc.source, day_of(doc)
      if not pred or pred(c) then out[#out + 1] = c end
    end
  end
  return query.new(out, { kind = "event", gazetteer = self._gazetteer, names = names_of(self) })
end

--- Every temporal expression, with doc and published added, as a Query.
function Corpus:timexes(filter)
  local out = {}
  for _, doc in ipairs(self) do
    for _, t in ipairs(doc:timexes(filter)) do
      local c = {}
      for k, v in pairs(t) do c[k] = v end
      c.doc, c.published = doc.id, day_of(doc)
      out[#out + 1] = c
    end
  end
  return query.new(out, { kind = "timex", gazetteer = self._gazetteer, names = names_of(self) })
end

--- The entities mentioned in the corpus: a Query of {id =, name =, type =,
-- mentions = n, documents = n}, most mentioned first.
function Corpus:entities()
  local by, list = {}, {}
  for _, doc in ipairs(self) do
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
  end
  sort(list, function(a, b)
    if a.mentions ~= b.mentions then return a.mentions > b.mentions end
    return a.id < b.id
  end)
  return query.new(list, { kind = "entity", gazetteer = self._gazetteer, names = names_of(self) })
end

--- The timeline of the corpus's events (kn.timeline.build over the
-- documents, which reads their records from the core, or their extract
-- records when user rules added events); rebuilt after documents are added.
function Corpus:timeline()
  if not self._timeline then
    local docs = {}
    for i, doc in ipairs(self) do docs[i] = doc end
    self._timeline = kn().timeline.build(docs)
  end
  return self._timeline
end

--- The timeline's entries as a Query (names from the timeline and the
-- documents).
function Corpus:entries()
  local tl = self:timeline()
  local names = {}
  for id, n in pairs(names_of(self)) do names[id] = n end
  for id, e in pairs(tl:entities() or {}) do names[id] = e.name end
  return query.new(tl:entries(), { kind = "entry", names = names, gazetteer = self._gazetteer })
end

-- ------------------------------------------------------------ helpers

-- Cuts s to at most n bytes from its start (from_end: its end) without
-- splitting a UTF-8 sequence; blanks become single spaces.
local function cut(s, n, from_end)
  s = s:gsub("%s+", " ")
  if #s <= n then return s end
  if from_end then
    local i = #s - n + 1
    while i <= #s and s:byte(i) >= 0x80 and s:byte(i) < 0xC0 do i = i + 1 end
    return s:sub(i)
  end
  local j = n
  while j > 0 and s:byte(j + 1) and s:byte(j + 1) >= 0x80 and s:byte(j + 1) < 0xC0 do j = j - 1 end
  return s:sub(1, j)
end
M.cut = cut

local function wordy(b)
  return b ~= nil and (b >= 48 and b <= 57 or b >= 65 and b <= 90 or b >= 97 and b <= 122 or b >= 128)
end

local function find_all(hay, needle)
  local out = {}
  local lh, ln = hay:lower(), needle:lower()
  local i = 1
  while true do
    local a, b = lh:find(ln, i, true)
    if not a then break end
    out[#out + 1] = { a, b }
    i = b + 1
  end
  return out
end

--- Keyword-in-context lines for one document: term is a word or phrase
-- (case-insensitive, whole words; a final "*" allows any word ending:
-- "denuclear*"), an entity id ("person/cho-tae-yul": every mention of
-- it, an office standing for its holder included) or an LPeg pattern.
-- width: bytes of context each side (default 40). Returns a list of
-- {doc =, sentence =, start =, stop =, left =, match =, right =}.
function M.kwic_doc(doc, term, width)
  width = width or 40
  local text = doc.text
  local spans = {}
  if type(term) == "string" and term:match("^%l+/[^%s/]+$") then
    for _, m in ipairs(doc:mentions()) do
      if m.entity == term or m.holder == term then spans[#spans + 1] = { m.start, m.stop, m.sentence } end
    end
  elseif type(term) == "string" then
    -- whole words, unless the term ends in "*" ("denuclear*")
    local prefix = term:sub(-1) == "*" and #term > 1
    if prefix then term = term:sub(1, -2) end
    local skip = doc._skip or {}
    for _, s in ipairs(find_all(text, term)) do
      local inside = false
      for _, r in ipairs(skip) do
        if s[1] <= r[2] and r[1] <= s[2] then inside = true; break end
      end
      local starts_mid = wordy(text:byte(s[1] - 1)) and wordy(text:byte(s[1]))
      local ends_mid = wordy(text:byte(s[2] + 1)) and wordy(text:byte(s[2]))
      if not inside and not starts_mid and (prefix or not ends_mid) then
        if prefix then
          -- the match runs to the end of the word
          while wordy(text:byte(s[2] + 1)) do s[2] = s[2] + 1 end
        end
        spans[#spans + 1] = s
      end
    end
  else
    local lpeg = require "lpeg"
    local p = lpeg.Cp() * term * lpeg.Cp()
    local i = 1
    while i <= #text do
      local a, b = lpeg.match(p, text, i)
      if a and b > a then spans[#spans + 1] = { a, b - 1 }; i = b else i = i + 1 end
    end
  end
  local out = {}
  local sents = doc:sentences()
  for _, s in ipairs(spans) do
    local si = s[3] or sents:find(s[1])
    out[#out + 1] = {
      doc = doc.id, sentence = si, start = s[1], stop = s[2],
      left = (cut((text:sub(math.max(1, s[1] - width * 2), s[1] - 1):gsub("%s+$", "")), width, true):gsub("^%s+", "")),
      match = (text:sub(s[1], s[2]):gsub("%s+", " ")),
      right = (cut((text:sub(s[2] + 1, s[2] + width * 2):gsub("^%s+", "")), width):gsub("%s+$", "")),
    }
  end
  return out
end

--- Keyword-in-context over the corpus (see kwic_doc): a Query of lines.
-- term may also be an entity name ("Cho Tae-yul" finds the literal text;
-- use the id for every mention).
function Corpus:kwic(term, width)
  if type(term) ~= "string" and require("lpeg").type(term) ~= "pattern" then
    error("bad argument #1 to 'kwic' (string or LPeg pattern expected, got " .. type(term) .. ")", 2)
  end
  if type(term) == "string" and term == "" then error("bad argument #1 to 'kwic' (empty term)", 2) end
  if width ~= nil and (math_type(width) ~= "integer" or width < 1) then
    error("bad argument #2 to 'kwic' (positive integer expected)", 2)
  end
  local out = {}
  for _, doc in ipairs(self) do
    for _, l in ipairs(M.kwic_doc(doc, term, width)) do
      l.published = day_of(doc)
      out[#out + 1] = l
    end
  end
  return query.new(out, { kind = "kwic", gazetteer = self._gazetteer, names = names_of(self) })
end

-- The entities a document refers to per unit: { {ids…}, … } by sentence
-- or one list for the document. An OFFICE mention stands for its holder
-- (and is left out without one); types filters by mention type.
local function units(doc, by, types)
  local out = {}
  for _, m in ipairs(doc:mentions()) do
    local id = m.entity
    local ty = m.type
    if ty == "OFFICE" then
      id = type(m.holder) == "string" and m.holder or nil
      ty = "PERSON"
    end
    if id and (not types or types[ty]) then
      local key = by == "document" and 1 or m.sentence
      local u = out[key]
      if not u then u = {}; out[key] = u end
      u[id] = true
    end
  end
  return out
end

--- Who appears with whom. opts: by = "sentence" (default) or "document";
-- entity = an id or name (then: who appears with it, a Query of {entity =,
-- count =}); types = { "PERSON", "ORG", … } (default all); min = least
-- count (default 1). Without entity: a Query of pairs {a =, b =, count =}
-- (a < b). Counts are numbers of sentences (documents) where both appear.
function Corpus:comentions(opts)
  opts = opts or {}
  if type(opts) ~= "table" then error("bad argument #1 to 'comentions' (table expected, got " .. type(opts) .. ")", 2) end
  local by = opts.by or "sentence"
  if by ~= "sentence" and by ~= "document" then
    error("bad argument #1 to 'comentions' (by must be \"sentence\" or \"document\")", 2)
  end
  local types
  if opts.types then
    types = {}
    for _, t in ipairs(opts.types) do types[t] = true end
  end
  local focus
  if opts.entity then
    local ids, err = where.resolve(opts.entity, { gazetteer = self._gazetteer or kn().gazetteer.default() })
    if not ids then error("comentions: " .. err, 2) end
    focus = {}
    for _, id in ipairs(ids) do focus[id] = true end
  end
  local counts = {}
  for _, doc in ipairs(self) do
    for _, u in pairs(units(doc, by, types)) do
      local ids = {}
      for id in pairs(u) do ids[#ids + 1] = id end
      sort(ids)
      for i = 1, #ids do
        for j = i + 1, #ids do
          local a, b = ids[i], ids[j]
          if focus then
            if focus[a] and not focus[b] then counts[b] = (counts[b] or 0) + 1 end
            if focus[b] and not focus[a] then counts[a] = (counts[a] or 0) + 1 end
          else
            local k = a .. "\0" .. b
            counts[k] = (counts[k] or 0) + 1
          end
        end
      end
    end
  end
  local rows = {}
  local min = opts.min or 1
  for k, n in pairs(counts) do
    if n >= min then
      if focus then rows[#rows + 1] = { entity = k, count = n }
      else
        local a, b = k:match("^(.-)%z(.*)$")
        rows[#rows + 1] = { a = a, b = b, count = n }
      end
    end
  end
  sort(rows, function(x, y)
    if x.count ~= y.count then return x.count > y.count end
    if focus then return x.entity < y.entity end
    if x.a ~= y.a then return x.a < y.a end
    return x.b < y.b
  end)
  return query.new(rows, { kind = "pair", gazetteer = self._gazetteer, names = names_of(self) })
end

--- Mentions per entity per period: period is "day", "week", "month",
-- "quarter" or "year" (of each document's publication date). opts: type
-- (a mention type or a list of them), entity (an id or name, or a list;
-- an office mention whose holder is asked for counts for the holder),
-- top (keep the n most mentioned entities). Returns a Query of rows
-- {entity =, name =, type =, total =, counts = {[period] = n}}, most
-- mentioned first; q._columns lists the periods in order ("undated" last
-- for documents without a date). Printing it shows a table.
function Corpus:mentions_per(period, opts)
  opts = opts or {}
  if period ~= "day" and period ~= "week" and period ~= "month" and period ~= "quarter" and period ~= "year" then
    error("bad argument #1 to 'mentions_per' (day, week, month, quarter or year expected, got " .. tostring(period) .. ")", 2)
  end
  local types, wanted
  if opts.type then
    types = {}
    for _, t in ipairs(type(opts.type) == "table" and opts.type or { opts.type }) do types[t] = true end
  end
  if opts.entity then
    wanted = {}
    for _, ref in ipairs(type(opts.entity) == "table" and opts.entity or { opts.entity }) do
      local ids, err = where.resolve(ref, { gazetteer = self._gazetteer or kn().gazetteer.default() })
      if not ids then error("mentions_per: " .. err, 2) end
      for _, id in ipairs(ids) do wanted[id] = true end
    end
  end
  local rows, by, cols, colset = {}, {}, {}, {}
  for _, doc in ipairs(self) do
    local p = type(doc.published) == "string" and where.period_key(doc.published:sub(1, 10), period) or "undated"
    for _, m in ipairs(doc:mentions()) do
      local id, name, ty = m.entity, m.name, m.type
      if wanted and not wanted[id] and type(m.holder) == "string" and wanted[m.holder] then
        -- asked about a person: an office mention standing for them counts
        id, name, ty = m.holder, nil, "PERSON"
      end
      if (not types or types[ty]) and (not wanted or wanted[id]) then
        local r = by[id]
        if not r then
          r = { entity = id, name = name or names_of(self)[id] or id, type = ty, total = 0, counts = {} }
          by[id] = r
          rows[#rows + 1] = r
        end
        r.total = r.total + 1
        r.counts[p] = (r.counts[p] or 0) + 1
        if not colset[p] then colset[p] = true; cols[#cols + 1] = p end
      end
    end
  end
  sort(cols, function(a, b)
    if a == "undated" then return false end
    if b == "undated" then return true end
    return query.key_less(a, b)
  end)
  sort(rows, function(a, b)
    if a.total ~= b.total then return a.total > b.total end
    return a.entity < b.entity
  end)
  if opts.top then
    for i = #rows, opts.top + 1, -1 do rows[i] = nil end
  end
  return query.new(rows, { kind = "series", gazetteer = self._gazetteer, columns = cols, names = names_of(self),
    label = "mentions per " .. period })
end

--- Removes every document and error.
function Corpus:clear()
  for i = #self, 1, -1 do self[i] = nil end
  self._errors, self._byid, self._bytes, self._records, self._timeline, self._names_cache = {}, {}, 0, 0, nil, nil
  return self
end

function Corpus:__len() return rawlen(self) end

function Corpus:__tostring()
  local dated, first, last = 0, nil, nil
  for _, d in ipairs(self) do
    local p = day_of(d)
    if p then
      dated = dated + 1
      if not first or p < first then first = p end
      if not last or p > last then last = p end
    end
  end
  local span = first and format(", %s..%s", first, last) or ""
  return format("Corpus%s (%d documents, %d errors, %.1f kB%s; %d undated)",
    self._name and (" " .. self._name) or "", #self, #self._errors, self._bytes / 1024, span, #self - dated)
end

M.Corpus = Corpus

return M
