local json = require "korea_nato.json"

describe("korea_nato.json", function()
  it("writes keys in SCHEMA order, then alphabetically", function()
    assert.are.equal('{"id":"x","published":null,"sentences":[],"b":1,"z":true}',
      json.encode { z = true, b = 1, sentences = json.array(), published = json.null, id = "x" })
  end)

  it("gives the same bytes whatever the insertion order", function()
    local a, b = {}, {}
    for i = 1, 50 do a["k" .. i] = i end
    for i = 50, 1, -1 do b["k" .. i] = i end
    assert.are.equal(json.encode(a), json.encode(b))
  end)

  it("escapes control characters and quotes, and repairs invalid UTF-8", function()
    assert.are.equal('"a\\nb\\"c\\u0001/"', json.encode("a\nb\"c\1/"))
    assert.are.equal('"\u{FFFD}é"', json.encode("\255é"))
    assert.are.equal('"\u{FFFD}\u{FFFD}"', json.encode("\192\175"))
  end)

  it("round-trips through lua-cjson", function()
    local v = { id = "a/b", n = 3, f = 1.5, list = { 1, "two", json.null } }
    local back = json.decode(json.encode(v))
    assert.are.equal("a/b", back.id)
    assert.are.equal(1.5, back.f)
    assert.are.equal(json.null, back.list[3])
  end)

  it("reports undecodable text without raising", function()
    local v, err = json.decode("{bad")
    assert.is_nil(v)
    assert.matches("^Expected object key string", err)
  end)
end)

describe("korea_nato.json's C writer", function()
  it("gives the same bytes as the Lua reference on real analysis output", function()
    local kn = require "korea_nato"
    local n = 0
    for line in io.lines("corpus/corpus.jsonl") do
      local r = json.decode(line)
      local t = kn.analyze(r.text, { id = r.id, published = r.published }):totable()
      assert.are.equal(json.encode_lua(t), json.encode(t))
      n = n + 1
      if n == 8 then break end
    end
    local odd = { s = "\0\1\127\255\192\175é\u{2028}", list = json.array { 1.5, -0.0, 2 ^ 53, math.huge } }
    assert.are.equal(json.encode_lua(odd), json.encode(odd))
  end)

  it("refuses what JSON cannot hold", function()
    assert.has_error(function() json.encode { [1.5] = true } end, "json: object key is not a string")
    assert.has_error(function() json.encode { f = print } end, "json: cannot encode a function")
    local deep = {}
    local t = deep
    for _ = 1, 150 do t.x = {}; t = t.x end
    assert.has_error(function() json.encode(deep) end, "json: nesting too deep")
  end)
end)
