-- The distributed path: the same corpus run as one process and split across
-- processes (GNU parallel --pipe) then merged gives the same bytes.
local helpers = require "helpers"

local function have(cmd)
  return os.execute("command -v " .. cmd .. " > /dev/null 2>&1")
end

local function sh(cmd)
  local p = io.popen(cmd)
  local out = p:read("a")
  local ok = p:close()
  return out, ok
end

describe("korea-nato timeline | merge", function()
  local one

  setup(function()
    one = sh("lua5.4 bin/korea-nato timeline --format json corpus/corpus.jsonl 2>/dev/null")
  end)

  -- the corpus split into parts of 5 and of 13 records, each mapped to a
  -- timeline of format fmt, then merged: the same bytes as one process
  local function split_runs_match(fmt)
    for _, n in ipairs { 5, 13 } do
      local out, ok = sh(string.format("parallel --pipe -N %d 'lua5.4 bin/korea-nato timeline --format %s - "
        .. "2>/dev/null' < corpus/corpus.jsonl | lua5.4 bin/korea-nato merge - 2>/dev/null", n, fmt))
      assert.is_true(ok)
      assert.are.equal(one, out)
    end
  end

  it("gives byte-identical timelines split across processes with GNU parallel", function()
    if not have("parallel") then
      pending("GNU parallel not installed")
      return
    end
    split_runs_match("json")
  end)

  it("gives the same bytes with the mappers writing partial timelines", function()
    if not have("parallel") then
      pending("GNU parallel not installed")
      return
    end
    split_runs_match("partial")
    -- a tree of merges: partials merged into partials, then into the timeline
    local out, ok = sh("parallel --pipe -N 7 'lua5.4 bin/korea-nato timeline --format partial - 2>/dev/null' "
      .. "< corpus/corpus.jsonl | parallel --pipe -N 3 'lua5.4 bin/korea-nato merge --format partial -' "
      .. "| lua5.4 bin/korea-nato merge - 2>/dev/null")
    assert.is_true(ok)
    assert.are.equal(one, out)
  end)

  it("merges partial timeline files and JSON Lines of them alike", function()
    local dir = os.tmpname()
    os.remove(dir)
    assert(os.execute("mkdir -p " .. dir))
    local lines = {}
    for l in io.lines("corpus/corpus.jsonl") do lines[#lines + 1] = l end
    local parts = {}
    for k = 1, 3 do
      local path = string.format("%s/part%d.jsonl", dir, k)
      local h = assert(io.open(path, "w"))
      for i = k, #lines, 3 do h:write(lines[i], "\n") end
      h:close()
      local out = sh("lua5.4 bin/korea-nato timeline --format json " .. path .. " 2>/dev/null")
      local tp = string.format("%s/t%d.json", dir, k)
      h = assert(io.open(tp, "w")); h:write(out); h:close()
      parts[k] = tp
    end
    local files = sh("lua5.4 bin/korea-nato merge " .. table.concat(parts, " ", 1, 3) .. " 2>/dev/null")
    assert.are.equal(one, files)
    local stream = sh("cat " .. parts[3] .. " " .. parts[1] .. " " .. parts[2]
      .. " | lua5.4 bin/korea-nato merge - 2>/dev/null")
    assert.are.equal(one, stream)
    os.execute("rm -rf " .. dir)
  end)

  it("names a bad line of a JSON Lines stream and exits with 1", function()
    local _, err, code = helpers.run("merge -", '{"events":[]}\n{broken\n')
    assert.are.equal(1, code)
    assert.matches("stdin:2: invalid JSON", err)
    -- blank lines count, as they do in a stream of partials
    _, err, code = helpers.run("merge -", '{"events":[]}\n\n{broken\n')
    assert.are.equal(1, code)
    assert.matches("stdin:3: invalid JSON", err)
  end)
end)
