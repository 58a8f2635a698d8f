#!/usr/bin/env lua5.4
--- Tokenizer benchmark: MB/s of the C tokenizer from C alone and through
-- Lua, a straightforward LPeg tokenizer (baseline), Lua's gmatch, and two
-- plain byte-classification loops (the physical reference), all on the same
-- synthetic wire-news text in one run; then the C cases again on real news
-- text (the development corpus's articles), whose branches are less
-- predictable than the synthetic corpus's templates. KN_BENCH_MB sets the
-- size (100). Times are the best of several runs, in CPU time.
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
print(string.format("== tokenizer: %s, %.1f MB, %d chunks of ~64 KB", path, mb, #chunks))

local ref = common.cbench("classify", path, 5)
local ref2 = common.cbench("classify-branch", path, 5)
local c_tok, ntok = common.cbench("tok", path, 5)
local c_whole = common.cbench("tok-whole", path, 3)
local c_sent = common.cbench("toksent", path, 5)

-- through Lua: the core builds token arrays, no per-token Lua tables. Each
-- call makes a new Tokens object whose arrays (16 bytes a token, 3.3 times
-- the text) come from fresh memory until the collector frees old ones.
local ab = kn.abbreviations()
local f0 = common.minflt()
local t_lua = common.best(3, function()
  local n = 0
  for i = 1, #chunks do n = n + #core.tokenize(chunks[i], ab) end
  return n
end)
local faults = (common.minflt() - f0) / 3 / mb
-- the same, closing each Tokens at once: its arrays go back to malloc and
-- the next call reuses them while they are still in the cache
local f1 = common.minflt()
local t_close = common.best(3, function()
  local n = 0
  for i = 1, #chunks do
    local t = core.tokenize(chunks[i], ab)
    n = n + #t
    t:close()
  end
  return n
end)
local faults_close = (common.minflt() - f1) / 3 / mb
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

local lpeg_mbs = mb / t_lpeg
common.line("byte classification loop, branch-free (C)", ref)
common.line("byte classification loop, branch a byte (C)", ref2)
common.line("korea_nato tokenizer, C alone", c_tok, string.format("  %d tokens, 64 KB chunks", ntok))
common.line("  ... the whole file in one call", c_whole, "  (a 16-byte token per 5 bytes: memory-bound)")
common.line("korea_nato tokenizer + sentences, C alone", c_sent)
common.line("korea_nato tokenizer + sentences, through Lua", mb / t_lua,
  string.format("  %.0f page faults/MB", faults))
common.line("  ... each Tokens closed at once (arrays reused)", mb / t_close,
  string.format("  %.0f page faults/MB", faults_close))
common.line("  ... visiting every token as a Lua table", sample_mb / t_tables)
common.line("LPeg tokenizer (baseline)", lpeg_mbs)
common.line("Lua gmatch(\"%S+\")", mb / t_gmatch)
print(string.format("ratio C tokenizer / branch-free loop %.2f, / branch-a-byte loop %.2f, / LPeg %.1fx; "
  .. "through Lua / LPeg %.1fx", c_tok / ref, c_tok / ref2, c_tok / lpeg_mbs, (mb / t_lua) / lpeg_mbs))

-- real news text: the paragraphs of the development corpus's articles, in
-- a new (fixed pseudo-random) order each round, so that no long stretch
-- repeats for a branch predictor to learn
local real = "bench/out/real-text.txt"
if not common.exists(real) then
  local paras = {}
  for f in io.popen("ls corpus/articles/*.txt corpus/test/*.txt 2>/dev/null"):lines() do
    for para in (common.read(f) .. "\n\n"):gmatch("(.-)\n%s*\n") do
      if para:find("%S") then paras[#paras + 1] = para end
    end
  end
  local state, size = 12345, 0
  local out = assert(io.open(real, "wb"))
  while size < 16 * 1048576 and #paras > 0 do
    for i = #paras, 2, -1 do   -- Fisher-Yates with a fixed xorshift
      state = state ~ ((state << 13) & 0xffffffff); state = state ~ (state >> 17)
      state = state ~ ((state << 5) & 0xffffffff)
      local j = state % i + 1
      paras[i], paras[j] = paras[j], paras[i]
    end
    for _, para in ipairs(paras) do out:write(para, "\n\n"); size = size + #para + 2 end
  end
  out:close()
end
local rmb = #common.read(real) / 1048576
print(string.format("== tokenizer on real news text: %s (%.1f MB: the development corpus's paragraphs, shuffled)",
  real, rmb))
local rref = common.cbench("classify", real, 5)
local rref2 = common.cbench("classify-branch", real, 5)
local rtok = common.cbench("tok", real, 5)
local rsent = common.cbench("toksent", real, 5)
common.line("byte classification loop, branch-free (C)", rref)
common.line("byte classification loop, branch a byte (C)", rref2)
common.line("korea_nato tokenizer, C alone", rtok)
common.line("korea_nato tokenizer + sentences, C alone", rsent)
print(string.format("ratio C tokenizer / branch-free loop %.2f, / branch-a-byte loop %.2f", rtok / rref, rtok / rref2))
common.goal("C tokenizer >= 50% of the byte loop (branch a byte)", c_tok >= 0.5 * ref2,
  string.format("%.2f on the synthetic corpus, %.2f on real text", c_tok / ref2, rtok / rref2))
common.goal("C tokenizer >= 50% of the byte loop (branch-free)", c_tok >= 0.5 * ref,
  string.format("%.2f on the synthetic corpus, %.2f on real text", c_tok / ref, rtok / rref))
common.goal("C tokenizer >= 20x the LPeg baseline", c_tok >= 20 * lpeg_mbs,
  string.format("%.1fx", c_tok / lpeg_mbs))
