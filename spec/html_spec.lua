-- The HTML report in a real browser: headless Chromium runs the page's
-- script, and the specs read the DOM it leaves (--dump-dom) and a
-- screenshot. Skipped when /usr/bin/chromium is not installed.
local helpers = require "helpers"
local json = require "korea_nato.json"
local report = require "korea_nato.report"

local CHROMIUM = "/usr/bin/chromium"

local function have_chromium()
  local h = io.open(CHROMIUM, "rb")
  if h then h:close(); return true end
  return false
end

local function tmpdir()
  local p = io.popen("mktemp -d")
  local d = p:read("l")
  p:close()
  return d
end

-- Runs Chromium on url with extra flags; returns its standard output.
local function chromium(url, flags)
  local profile = tmpdir()
  -- (make sanitize preloads ASan into the specs; not into the browser)
  local cmd = table.concat({ "env -u LD_PRELOAD -u ASAN_OPTIONS -u UBSAN_OPTIONS", CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--user-data-dir=" .. profile, flags, "'" .. url .. "'", "2>/dev/null" }, " ")
  local p = io.popen(cmd)
  local out = p:read("a")
  p:close()
  os.execute("rm -rf '" .. profile .. "'")
  return out
end

local function count(s, pat)
  local n = 0
  for _ in s:gmatch(pat) do n = n + 1 end
  return n
end

describe("the HTML report in Chromium", function()
  local dir, page

  setup(function()
    if not have_chromium() then return end
    dir = tmpdir()
    page = dir .. "/timeline.html"
    local tl = assert(json.decode(helpers.read("spec/fixtures/timeline-a.json")))
    local h = assert(io.open(page, "wb"))
    h:write(report.html(tl, { title = "Fixture timeline" }))
    h:close()
  end)

  teardown(function()
    if dir then os.execute("rm -rf '" .. dir .. "'") end
  end)

  it("runs the script, lists every entry and draws the dated ones on the axis", function()
    if not have_chromium() then pending("chromium not installed"); return end
    local dom = chromium("file://" .. page, "--dump-dom")
    assert.matches('data%-ready="1"', dom)
    assert.matches('data%-shown="9"', dom)
    assert.matches(">9 of 9 events shown<", dom)
    assert.are.equal(9, count(dom, '<li class="kn%-entry"'))
    assert.are.equal(0, count(dom, '<li class="kn%-entry"[^>]* hidden=""'))
    -- one mark per dated entry; the month (2024-10) and the week (2025-W02)
    -- are drawn as bars, single days as dots
    assert.are.equal(7, count(dom, 'class="kn%-mark'))
    assert.are.equal(2, count(dom, "<rect "))
    assert.are.equal(5, count(dom, "<circle "))
    assert.are.equal(3, count(dom, 'class="kn%-mark kn%-has%-conflict"'))
    assert.matches(">Jan 2024</text>", dom)   -- quarterly ticks for a span under three years
  end)

  it("filters by type from the address", function()
    if not have_chromium() then pending("chromium not installed"); return end
    local dom = chromium("file://" .. page .. "#type=meeting", "--dump-dom")
    assert.matches(">2 of 9 events shown<", dom)
    assert.are.equal(7, count(dom, '<li class="kn%-entry"[^>]* hidden=""'))
    assert.are.equal(2, count(dom, 'class="kn%-mark'))
    -- the undated section has nothing left to show
    assert.matches('<section class="kn%-section" id="kn%-undated" hidden="">', dom)
  end)

  it("filters by actor and conflicting reports together", function()
    if not have_chromium() then pending("chromium not installed"); return end
    local dom = chromium("file://" .. page .. "#actor=person%2Fcho-tae-yul&conflicts=1", "--dump-dom")
    assert.matches(">1 of 9 events shown<", dom)
    local shown = {}
    for li in dom:gmatch('<li class="kn%-entry"[^>]*>') do
      if not li:find('hidden=""', 1, true) then shown[#shown + 1] = li:match('data%-label="([^"]*)"') end
    end
    assert.same({ "31 Oct 2024 — Foreign and defence ministers of Seoul and Washington meet, 2+2" }, shown)
  end)

  it("filters by words", function()
    if not have_chromium() then pending("chromium not installed"); return end
    local dom = chromium("file://" .. page .. "#q=brussels", "--dump-dom")
    assert.matches(">2 of 9 events shown<", dom)
  end)

  it("takes a screenshot", function()
    if not have_chromium() then pending("chromium not installed"); return end
    local png = dir .. "/shot.png"
    chromium("file://" .. page, "--screenshot=" .. png .. " --window-size=1200,900 --hide-scrollbars")
    local data = helpers.read(png)
    assert.are.equal("\137PNG\r\n\26\n", data:sub(1, 8))
    assert.is_true(#data > 10000)
  end)
end)
