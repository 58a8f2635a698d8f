-- Packaging: the rockspec lists every source, the data pack is current.
local helpers = require "helpers"

local function ls(pattern)
  local t = {}
  local p = io.popen("ls " .. pattern .. " 2>/dev/null")
  for l in p:lines() do t[#t + 1] = l end
  p:close()
  table.sort(t)
  return t
end

describe("rockspec/korea_nato-scm-1.rockspec", function()
  local spec = {}
  before_each(function()
    spec = {}
    local chunk = assert(loadfile("rockspec/korea_nato-scm-1.rockspec", "t", spec))
    chunk()
  end)

  it("builds every C source of the core into korea_nato.core", function()
    local srcs = {}
    for _, s in ipairs(spec.build.modules["korea_nato.core"].sources) do srcs[#srcs + 1] = s end
    table.sort(srcs)
    assert.same(ls("csrc/kn_*.c"), srcs)
  end)

  it("installs every Lua module and the command", function()
    local mods = {}
    for name, file in pairs(spec.build.modules) do
      if type(file) == "string" then mods[#mods + 1] = file end
      if type(file) == "string" then
        local expect = "lua/" .. name:gsub("%.", "/") .. ".lua"
        if name == "korea_nato" then expect = "lua/korea_nato/init.lua" end
        assert.are.equal(expect, file)
      end
    end
    table.sort(mods)
    assert.same(ls("lua/korea_nato/*.lua"), mods)
    assert.are.equal("bin/korea-nato", spec.build.install.bin["korea-nato"])
  end)

  it("depends on Lua 5.4, LPeg and lua-cjson", function()
    assert.same({ "lua >= 5.4, < 5.5", "lpeg >= 1.0", "lua-cjson >= 2.1" }, spec.dependencies)
  end)
end)

describe("the data pack", function()
  it("embeds data/ exactly", function()
    local kn = require "korea_nato"
    assert.are.equal(helpers.read("data/abbreviations.txt"), kn.data("abbreviations.txt"))
    for _, name in ipairs(kn.data_files()) do
      assert.are.equal(helpers.read("data/" .. name), kn.data(name))
    end
  end)
end)
