-- Shared helpers for the specs (not a spec itself).
local M = {}

--- Runs the in-tree korea-nato with args (a shell-quoted string), feeding
-- stdin when given. Returns stdout, stderr, exit status.
function M.run(args, stdin)
  local out, err = os.tmpname(), os.tmpname()
  local cmd = "lua5.4 bin/korea-nato " .. args .. " >" .. out .. " 2>" .. err
  local inp
  if stdin then
    inp = os.tmpname()
    local h = assert(io.open(inp, "wb")); h:write(stdin); h:close()
    cmd = cmd .. " <" .. inp
  end
  local ok, how, code = os.execute(cmd)
  local function slurp(p)
    local h = assert(io.open(p, "rb")); local s = h:read("a"); h:close(); os.remove(p); return s
  end
  if inp then os.remove(inp) end
  return slurp(out), slurp(err), how == "exit" and code or -1, ok
end

--- Lines of s as a list.
function M.lines(s)
  local t = {}
  for l in s:gmatch("[^\n]+") do t[#t + 1] = l end
  return t
end

function M.read(path)
  local h = assert(io.open(path, "rb"))
  local s = h:read("a")
  h:close()
  return s
end


--- The extract records (decoded `Document:tojson()`) of the articles of a
-- JSON Lines corpus (default: the annotated corpus), as the timeline takes
-- them.
function M.corpus_records(path)
  local kn, json = require "korea_nato", require "korea_nato.json"
  local recs = {}
  for line in io.lines(path or "corpus/corpus.jsonl") do
    local r = json.decode(line)
    local d = kn.analyze(r.text, { id = r.id, published = r.published, source = r.source, title = r.title })
    recs[#recs + 1] = json.decode(d:tojson())
  end
  return recs
end

--- A reproducible random source (xorshift): rng(seed)(n) is in 1 .. n.
function M.rng(seed)
  local s = seed
  return function(n)
    s = s ~ ((s << 13) & 0xffffffff); s = s ~ (s >> 17); s = s ~ ((s << 5) & 0xffffffff)
    return s % n + 1
  end
end

--- The events of text analysed as one document published that day (the
-- document too); asserts that every trigger's offsets give its text.
function M.events(text, published)
  local kn = require "korea_nato"
  local d = kn.analyze(text, { id = "t", published = published or "2024-10-28" })
  for _, e in ipairs(d:events()) do
    local at = text:sub(e.trigger.start, e.trigger.stop)
    if at ~= e.trigger.text then
      error(string.format("trigger %q at %d-%d reads %q", e.trigger.text, e.trigger.start, e.trigger.stop, at), 2)
    end
  end
  return d:events(), d
end

--- An event's participants, sorted, as one string.
function M.parts(e)
  local t = {}
  for _, p in ipairs(e.participants) do t[#t + 1] = p end
  table.sort(t)
  return table.concat(t, " ")
end

--- The first event whose trigger is the word w.
function M.find(ev, w)
  for _, e in ipairs(ev) do if e.trigger.text == w then return e end end
end

--- An event of an extract record written in a spec, numbered n in its
-- document (tl_record gives it its id); extra: more fields.
function M.tl_event(n, type_, date, parts, extra)
  local e = { n = n, type = type_, date = date, participants = parts or {}, modality = "occurred" }
  for k, v in pairs(extra or {}) do e[k] = v end
  return e
end

--- An extract record of document id with those events (tl_event), as the
-- timeline takes it.
function M.tl_record(id, published, events)
  for _, e in ipairs(events) do e.id = id .. "#" .. e.n; e.sentence = e.n; e.n = nil end
  return { id = id, source = "Outlet " .. id, published = published, mentions = {}, events = events }
end

--- Builds the timeline of extract records docs; returns the entry number
-- of every event id and the entries. Raises an error when an event is in
-- no entry (the merge must keep every mention).
function M.tl_build(docs)
  local kn = require "korea_nato"
  local at, entries = {}, kn.timeline.build(docs):entries()
  for n, e in ipairs(entries) do
    for _, m in ipairs(e.mentions) do at[m.event] = n end
  end
  for _, d in ipairs(docs) do
    for _, e in ipairs(d.events) do
      if type(at[e.id]) ~= "number" then error("event " .. e.id .. " is in no entry", 2) end
    end
  end
  return at, entries
end

return M
