#!/usr/bin/env lua5.4
--- Tokenizer benchmark: MB/s of the C tokenizer from C alone and through
-- Lua, a straightforward LPeg tokenizer (baseline), Lua's gmatch, and a
-- plain byte-classification loop (the physical reference), all on the same
-- synthetic wire-news text in one run. KN_BENCH_MB sets the size (100).
package.path = "./lua/?.lua;./lua/?/init.lua;./bench/?.lua;" .. package.path
package.cpath = "./build/?.so;" .. package.cpath

local common = require "bench.common"
local lpeg = require "lpeg"
local kn = require "korea_nato"
local core = kn.core

local MB = common.MB
local path = common.corpus(MB, "text")
local text = common.read(path)
local mb = #text / 1048576
local chunks = common.chunks(text, 64 * 1024)
print(string.format("tokenizer: %s, %.1f MB, %d chunks of ~64 KB", path, mb, #chunks))

local ref = common.cbench("classify", path, 5)
local ref2 = common.cbench("classify-branch", path, 5)
local c_tok, ntok = common.cbench("tok", path, 5)
local c_sent = common.cbench("toksent", path, 5)

-- through Lua: the core builds token arrays, no per-token Lua tables
local ab = kn.abbreviations()
local t_lua = common.best(3, function()
  local n = 0
  for i = 1, #chunks do n = n + #core.tokenize(chunks[i], ab) end
  return n
end)
-- through Lua, visiting every token as a table (what a script pays)
local sample = {}
for i = 1, math.max(1, #chunks // 10) do sample[i] = chunks[i] end
local sample_mb = 0
for _, c in ipairs(sample) do sample_mb = sample_mb + #c end
sample_mb = sample_mb / 1048576
local t_tables = common.best(2, function()
  local n = 0
  for i = 1, #sample do
    for _, tok in core.tokenize(sample[i], ab):iter() do n = n + tok.stop - tok.start end
  end
  return n
end)

-- LPeg baseline: words, numbers, punctuation with their positions
local P, R, S, C, Cp, Ct = lpeg.P, lpeg.R, lpeg.S, lpeg.C, lpeg.Cp, lpeg.Ct
local alpha = R("az", "AZ") + R("\128\255")
local digit = R("09")
local word = alpha * (alpha + digit + P"'" * alpha) ^ 0
local number = digit ^ 1 * (S",." * digit ^ 1) ^ 0
local space = S" \t\r\n" ^ 1
local tok = Cp() * C(word + number + 1) * Cp()
local tokenizer = Ct((space + tok) ^ 0)
local t_lpeg = common.best(2, function()
  local n = 0
  for i = 1, #chunks do n = n + #lpeg.match(tokenizer, chunks[i]) // 3 end
  return n
end)
local t_gmatch = common.best(2, function()
  local n = 0
  for i = 1, #chunks do for _ in chunks[i]:gmatch("%S+") do n = n + 1 end end
  return n
end)

common.line("byte classification loop, branch-free (C)", ref)
common.line("byte classification loop, branch a byte (C)", ref2)
common.line("korea_nato tokenizer, C alone", c_tok, string.format("  %d tokens", ntok))
common.line("korea_nato tokenizer + sentences, C alone", c_sent)
common.line("korea_nato tokenizer + sentences, through Lua", mb / t_lua)
common.line("  ... visiting every token as a Lua table", sample_mb / t_tables)
common.line("LPeg tokenizer (baseline)", mb / t_lpeg)
common.line("Lua gmatch(\"%S+\")", mb / t_gmatch)
print(string.format("ratio C tokenizer / branch-free loop: %.2f; / branching loop: %.2f; "
  .. "through Lua / LPeg: %.1fx", c_tok / ref, c_tok / ref2, (mb / t_lua) / (mb / t_lpeg)))
