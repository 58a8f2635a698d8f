#!/usr/bin/env lua5.4
--- Writes the temporal tagger's lexicon: csrc/kn_time_lex.h (word ids and
-- classes) and csrc/kn_time_lex.c (the word table and a static
-- open-addressing hash over it, FNV-1a as kn_hash in kn_internal.h).
--
--   lua5.4 tools/gen-time-lexicon.lua            writes both files
--   lua5.4 tools/gen-time-lexicon.lua --check    exits 1 if they are stale
--
-- Keys are normalised token keys (kn_tok_key): lower case, periods of
-- abbreviations dropped ("Oct." -> "oct", "a.m." -> "am").

local check = arg[1] == "--check"

-- Classes (bit flags; must stay in sync with nothing else: the header is
-- generated from this table).
local CLASSES = {
  { "TRIG",    "can be the head of an expression: the scan starts parsing there" },
  { "MONTH",   "month name, val = 1..12" },
  { "WDAY",    "weekday name, val = 1 (Monday) .. 7" },
  { "UNIT",    "unit of time, unit = KN_U_*" },
  { "NUM",     "cardinal number word, num = value (0: vague: few, several)" },
  { "ORD",     "ordinal word, ord = value" },
  { "SEASON",  "season, val = 1 spring .. 4 winter" },
  { "POD",     "part of day, val = KN_POD_*" },
  { "PAST",    "past-tense cue" },
  { "FUT",     "future cue" },
  { "FUTP",    "future participle (scheduled, due): future unless after a past auxiliary" },
  { "AUXP",    "past auxiliary (was, had, been): turns a following FUTP into the past" },
  { "PRES",    "3rd-person present of a scheduling verb (runs, opens): a weak future cue" },
  { "INF",     "bare form of a scheduling verb (attend, meet): after to or a plural subject, a weak future cue" },
  { "ZONE",    "time zone abbreviation" },
  { "SHORT",   "short month/weekday name: a name only with its period or before a number" },
  { "CAP",     "a name only when capitalised (may, march)" },
  { "PLURAL",  "plural form" },
  { "APPROX",  "approximation before a quantity (about, nearly)" },
  { "REL",     "relative determiner (this, next, last, past, coming)" },
  { "EDGE",    "part of a period (early, late, mid, end, beginning)" },
  { "SETADJ",  "frequency word (annual, daily), unit = the period" },
  { "START",   "may open an expression without being its head (the, every, fiscal)" },
}

local UNITS = { "SEC", "MIN", "HOUR", "DAY", "WEEK", "FORTNIGHT", "MONTH", "QUARTER",
  "HALF", "YEAR", "DECADE", "CENTURY", "MILLENNIUM", "WEEKEND" }
local PODS = { "MO", "MI", "AF", "EV", "NI", "DT", "NOON", "MIDNIGHT" }

local U = {}
for i, u in ipairs(UNITS) do U[u] = i end
local P = {}
for i, p in ipairs(PODS) do P[p] = i end

local words = {}   -- key -> entry
local order = {}
local function add(key, t)
  local e = words[key]
  if not e then
    e = { key = key, cls = {}, val = 0, unit = 0, num = 0, ord = 0 }
    words[key] = e
    order[#order + 1] = key
  end
  for _, c in ipairs(t) do e.cls[c] = true end
  for _, f in ipairs { "val", "unit", "num", "ord" } do
    if t[f] then e[f] = t[f] end
  end
end

-- months
local MONTHS = { "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december" }
local MONTH_SHORT = { { "jan" }, { "feb" }, { "mar" }, { "apr" }, {}, { "jun" }, { "jul" },
  { "aug" }, { "sep", "sept" }, { "oct" }, { "nov" }, { "dec" } }
for m, name in ipairs(MONTHS) do
  local t = { "TRIG", "MONTH", val = m }
  if name == "may" or name == "march" then t[#t + 1] = "CAP" end
  add(name, t)
  for _, s in ipairs(MONTH_SHORT[m]) do add(s, { "TRIG", "MONTH", "SHORT", "CAP", val = m }) end
end

-- weekdays
local WDAYS = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }
local WDAY_SHORT = { { "mon" }, { "tue", "tues" }, { "wed" }, { "thu", "thur", "thurs" },
  { "fri" }, { "sat" }, { "sun" } }
for d, name in ipairs(WDAYS) do
  add(name, { "TRIG", "WDAY", val = d })
  add(name .. "s", { "TRIG", "WDAY", "PLURAL", val = d })
  for _, s in ipairs(WDAY_SHORT[d]) do add(s, { "TRIG", "WDAY", "SHORT", "CAP", val = d }) end
end

-- units
local UNIT_WORDS = {
  { "second", "seconds", "SEC" }, { "minute", "minutes", "MIN" }, { "hour", "hours", "HOUR" },
  { "day", "days", "DAY" }, { "week", "weeks", "WEEK" }, { "fortnight", "fortnights", "FORTNIGHT" },
  { "month", "months", "MONTH" }, { "quarter", "quarters", "QUARTER" }, { "half", "halves", "HALF" },
  { "year", "years", "YEAR" }, { "decade", "decades", "DECADE" },
  { "century", "centuries", "CENTURY" }, { "millennium", "millennia", "MILLENNIUM" },
  { "weekend", "weekends", "WEEKEND" },
}
for _, u in ipairs(UNIT_WORDS) do
  add(u[1], { "TRIG", "UNIT", unit = U[u[3]] })
  add(u[2], { "TRIG", "UNIT", "PLURAL", unit = U[u[3]] })
end
add("min", { "TRIG", "UNIT", unit = U.MIN })
add("mins", { "TRIG", "UNIT", "PLURAL", unit = U.MIN })
add("hrs", { "TRIG", "UNIT", "PLURAL", unit = U.HOUR })
add("yr", { "TRIG", "UNIT", unit = U.YEAR })
add("yrs", { "TRIG", "UNIT", "PLURAL", unit = U.YEAR })
add("sec", { "TRIG", "UNIT", unit = U.SEC })
add("secs", { "TRIG", "UNIT", "PLURAL", unit = U.SEC })

-- cardinal and ordinal words
local ONES = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
  "nineteen" }
local ORDS = { "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
  "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
  "sixteenth", "seventeenth", "eighteenth", "nineteenth" }
for i, w in ipairs(ONES) do add(w, { "NUM", num = i }) end
for i, w in ipairs(ORDS) do add(w, { "ORD", ord = i }) end
local TENS = { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" }
local TENTHS = { "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
  "eightieth", "ninetieth" }
for i, w in ipairs(TENS) do add(w, { "NUM", num = (i + 1) * 10 }) end
for i, w in ipairs(TENTHS) do add(w, { "ORD", ord = (i + 1) * 10 }) end
add("hundred", { "NUM", num = 100 })
add("thousand", { "NUM", num = 1000 })
add("dozen", { "NUM", num = 12 })
add("couple", { "NUM", num = 2 })
add("zero", { "NUM", num = 0 })
for _, w in ipairs { "few", "several", "many", "some", "numerous", "multiple" } do
  add(w, { "NUM", num = 0 })
end

-- seasons, parts of the day
for i, s in ipairs { "spring", "summer", "fall", "winter" } do add(s, { "TRIG", "SEASON", val = i }) end
add("autumn", { "TRIG", "SEASON", val = 3 })
for _, p in ipairs { { "morning", "MO" }, { "afternoon", "AF" }, { "evening", "EV" },
  { "night", "NI" }, { "noon", "NOON" }, { "midday", "NOON" }, { "midnight", "MIDNIGHT" },
  { "overnight", "NI" }, { "tonight", "NI" }, { "daytime", "DT" } } do
  add(p[1], { "TRIG", "POD", val = P[p[2]] })
end
for _, p in ipairs { { "mornings", "MO" }, { "afternoons", "AF" }, { "evenings", "EV" },
  { "nights", "NI" } } do
  add(p[1], { "POD", "PLURAL", val = P[p[2]] })
end


-- words that head expressions on their own
for _, w in ipairs { "today", "yesterday", "tomorrow", "now", "currently", "recently",
  "lately", "soon", "nowadays", "previously", "annually", "hourly", "daily", "weekly", "monthly",
  "quarterly", "yearly", "annual", "biannual", "biennial", "semiannual", "biweekly",
  "fortnightly", "nightly", "decadelong", "christmas", "thanksgiving", "present", "future", "past",
  "current", "recent", "nineties", "eighties", "seventies", "sixties", "fifties",
  "twenties", "thirties", "forties", "noon", "fiscal", "tonight", "ago", "once", "twice",
  "thrice", "period", "term", "ahead", "earlier", "later", "day", "q1", "q2", "q3", "q4",
  "h1", "h2", "hence", "while", "time", "moment" } do
  add(w, { "TRIG" })
end
local SET = { annually = "YEAR", annual = "YEAR", yearly = "YEAR", daily = "DAY",
  weekly = "WEEK", monthly = "MONTH", quarterly = "QUARTER", hourly = "HOUR",
  biannual = "HALF", semiannual = "HALF", biennial = "YEAR", biweekly = "WEEK",
  fortnightly = "FORTNIGHT", nightly = "DAY" }
for w, u in pairs(SET) do add(w, { "SETADJ", unit = U[u] }) end

-- determiners, modifiers, signals (not heads)
for _, w in ipairs { "the", "a", "an", "this", "that", "these", "those", "next", "last",
  "coming", "previous", "following", "same", "prior", "preceding", "ensuing", "latest",
  "final", "entire", "whole", "full", "additional", "further", "another", "extra", "other",
  "remaining", "initial", "early", "earliest", "mid", "middle", "late", "end", "beginning",
  "start", "close", "turn", "dawn", "every", "each", "per", "of", "and", "or", "to", "from",
  "through", "thru", "until", "till", "between", "before", "after", "since", "in", "on",
  "at", "by", "for", "during", "within", "over", "under", "about", "around", "nearly",
  "almost", "roughly", "approximately", "some", "more", "less", "fewer", "least", "most",
  "up", "just", "only", "barely", "than", "no", "o'clock", "am", "pm", "local", "right",
  "near", "short", "long", "run", "so", "old", "upcoming", "times", "straight", "consecutive",
  "half", "quarter", "again", "days", "following", "then", "distant", "foreseeable", "medium",
  "is", "are", "am", "be", "being", "has", "have", "ended", "ending", "its", "his", "her",
  "their", "our", "new", "any", "still", "newly", "already", "later", "date", "possible", "read",
  "throughout", "into", "long", "election", "sometime", "do", "does", "not", "could", "can",
  "may", "might", "should", "must", "cannot", "comparable", "corresponding", "thanksgiving",
  "on", "as", "possible", "weekend", "new", "eve", "years", "old", "ahead", "past" } do
  add(w, {})
end
for _, w in ipairs { "this", "next", "last", "past", "coming", "previous", "following",
  "upcoming", "current", "recent", "latest", "prior", "preceding", "ensuing" } do
  add(w, { "REL" })
end
for _, w in ipairs { "the", "a", "an", "that", "these", "every", "each", "fiscal", "per", "right",
  "as", "once", "twice", "thrice", "half", "new", "christmas", "thanksgiving", "election", "year",
  "another", "additional", "further", "extra", "first", "final", "initial", "remaining", "entire",
  "whole", "full", "following", "same", "prior", "preceding", "ensuing", "well", "future", "recent",
  "last", "next", "this", "past", "coming", "previous", "current", "at", "up", "no", "more", "less",
  "fewer", "over", "under", "some", "just", "only", "about", "around" } do
  add(w, { "START" })
end
for _, w in ipairs { "early", "late", "mid", "middle", "end", "beginning", "start", "earlier",
  "later", "dawn", "close", "turn" } do
  add(w, { "EDGE" })
end
for _, w in ipairs { "about", "around", "nearly", "almost", "roughly", "approximately",
  "some", "over", "under", "just", "only", "barely", "more", "less", "fewer", "least",
  "most", "up", "no", "within", "well", "fully", "precisely", "exactly", "at", "another",
  "an", "additional", "further", "extra", "less", "over" } do
  add(w, { "APPROX" })
end
for _, z in ipairs { "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc",
  "bst", "cet", "cest", "kst", "jst", "ist", "eet", "eest", "msk", "aest", "aedt", "hkt",
  "sgt", "wib" } do
  add(z, { "ZONE" })
end

-- tense cues
for _, w in ipairs { "said", "met", "held", "was", "were", "had", "did", "told", "made",
  "took", "came", "went", "gave", "saw", "began", "won", "lost", "left", "sent", "spoke",
  "wrote", "became", "brought", "bought", "built", "caught", "chose", "drew", "fell", "felt",
  "fought", "found", "flew", "got", "grew", "heard", "kept", "knew", "led", "paid", "ran",
  "rose", "sold", "shot", "sought", "stood", "struck", "taught", "thought", "threw",
  "understood", "wore", "ago", "been", "broke", "meant", "hit", "quit", "cut", "put",
  "shut", "spent", "lent", "dealt", "swore", "woke", "forbade", "oversaw", "undertook",
  "withdrew", "overtook", "arose", "bore", "hid", "slid", "stole", "sank", "sprang",
  "swam", "tore", "upheld", "withheld", "wasn't", "weren't", "hadn't", "didn't",
  "previously", "yesterday", "earlier", "since" } do
  add(w, { "PAST" })
end
for _, w in ipairs { "was", "were", "had", "been", "wasn't", "weren't", "hadn't" } do
  add(w, { "AUXP" })
end
for _, w in ipairs { "will", "shall", "won't", "plans", "plan", "planning", "upcoming",
  "tomorrow", "intends", "intend", "aims", "going", "hopes", "seeks", "expects", "would",
  "wo", "next" } do
  add(w, { "FUT" })
end
for _, w in ipairs { "scheduled", "slated", "set", "due", "expected", "planned", "poised",
  "likely", "supposed", "bound" } do
  add(w, { "FUTP" })
end
for _, w in ipairs { "runs", "opens", "begins", "starts", "ends", "meets", "flies",
  "travels", "visits", "heads", "arrives", "leaves", "returns", "joins", "hosts", "holds",
  "attends", "convenes", "departs", "kicks", "resumes", "wraps", "closes", "concludes",
  "takes", "continues", "launches", "signs", "participates", "delivers", "addresses",
  "prepares", "rules", "decides", "votes", "announces", "releases", "discusses", "reviews",
  "speaks", "testifies", "unveils", "presents", "receives", "welcomes", "inspects", "tours",
  "hears", "considers", "weighs", "debates", "kicks", "convenes" } do
  add(w, { "PRES" })
end
-- bare forms: infinitives after "to" ("to attend") and presents after a
-- plural subject ("the allies begin their drills Monday")
for _, w in ipairs { "run", "open", "begin", "start", "meet", "convene", "resume", "attend",
  "visit", "hold", "travel", "host", "sign", "join", "fly", "arrive", "leave", "deliver",
  "participate", "launch", "return", "kick", "wrap", "conclude", "head", "depart", "rule",
  "decide", "vote", "announce", "release", "discuss", "review", "speak", "testify", "unveil",
  "present", "receive", "welcome", "inspect", "tour", "hear", "consider", "weigh", "debate",
  "brief", "report", "sit", "gather", "resume", "finalize", "adopt", "approve", "ratify" } do
  add(w, { "INF" })
end

-- ---------------------------------------------------------------- output

table.sort(order)

local function ident(key)
  return "KW_" .. key:upper():gsub("[^%w]", "_")
end

local function fnv(s)
  local h = 2166136261
  for i = 1, #s do
    h = h ~ s:byte(i)
    h = (h * 16777619) & 0xffffffff
  end
  return h
end

local n = #order
local size = 1
while size < n * 3 do size = size * 2 end
local slots = {}
for i, key in ipairs(order) do
  local h = fnv(key) & (size - 1)
  while slots[h] do h = (h + 1) & (size - 1) end
  slots[h] = i
end

-- the packed table: keys of at most 8 bytes
local bits64 = 1
do
  local n8 = 0
  for _, key in ipairs(order) do if #key <= 8 then n8 = n8 + 1 end end
  while (1 << bits64) < n8 * 4 do bits64 = bits64 + 1 end
end
local size64 = 1 << bits64
local key64, id64 = {}, {}
local function pack(key)
  local v = 0
  for j = 1, #key do v = v | (key:byte(j) << (8 * (j - 1))) end
  return v
end
for i, key in ipairs(order) do
  if #key <= 8 then
    local v = pack(key)
    local h = ((v * 0x9E3779B97F4A7C15) >> (64 - bits64))
    while key64[h] do h = (h + 1) & (size64 - 1) end
    key64[h] = v
    id64[h] = i
  end
end

-- the long table: keys of 9 to 16 bytes as two packed words, the first 8
-- bytes and the last 8 (overlapping), and the length. A word's two loads
-- lie inside the word, and | 0x20 lower-cases it as kn_lower does only
-- when every byte of a long key is a letter (a byte whose | 0x20 is a-z
-- is A-Z or a-z): asserted.
local bits128 = 1
do
  local n16 = 0
  for _, key in ipairs(order) do if #key > 8 and #key <= 16 then n16 = n16 + 1 end end
  while (1 << bits128) < n16 * 4 do bits128 = bits128 + 1 end
end
local size128 = 1 << bits128
local lo128, hi128, len128, id128 = {}, {}, {}, {}
local function hash128(lo, hi)
  return ((lo ~ (hi * 0xC2B2AE3D27D4EB4F)) * 0x9E3779B97F4A7C15) >> (64 - bits128)
end
for i, key in ipairs(order) do
  if #key > 8 then
    assert(#key <= 16, "a key of more than 16 bytes: " .. key)
    assert(key:find("^[a-z]+$"), "a key of more than 8 bytes must be letters a-z: " .. key)
    local lo, hi = pack(key:sub(1, 8)), pack(key:sub(-8))
    local h = hash128(lo, hi)
    while id128[h] do h = (h + 1) & (size128 - 1) end
    lo128[h], hi128[h], len128[h], id128[h] = lo, hi, #key, i
  end
end

local maxlen = 0
for _, key in ipairs(order) do if #key > maxlen then maxlen = #key end end

local H = {}
local function hw(s) H[#H + 1] = s end
hw("/* kn_time_lex.h -- GENERATED by tools/gen-time-lexicon.lua; do not edit.")
hw("** The temporal tagger's lexicon: word ids, classes, and lookup. */")
hw("#ifndef KN_TIME_LEX_H")
hw("#define KN_TIME_LEX_H")
hw("")
hw("#include <stddef.h>")
hw("#include <stdint.h>")
hw("")
hw("/* word classes */")
for i, c in ipairs(CLASSES) do
  hw(string.format("#define KN_W_%-8s 0x%06xu  /* %s */", c[1], 1 << (i - 1), c[2]))
end
hw("")
hw("/* units of time */")
local ul = { "enum {" }
for i, u in ipairs(UNITS) do ul[#ul + 1] = string.format("  KN_U_%s = %d,", u, i) end
ul[#ul + 1] = string.format("  KN_U_COUNT = %d", #UNITS + 1)
ul[#ul + 1] = "};"
for _, l in ipairs(ul) do hw(l) end
hw("")
hw("/* parts of the day */")
local pl = { "enum {" }
for i, p in ipairs(PODS) do pl[#pl + 1] = string.format("  KN_POD_%s = %d%s", p, i, i < #PODS and "," or "") end
pl[#pl + 1] = "};"
for _, l in ipairs(pl) do hw(l) end
hw("")
hw("/* word ids (0: not in the lexicon) */")
hw("enum {")
hw("  KW_NONE = 0,")
for i, key in ipairs(order) do hw(string.format("  %s = %d,", ident(key), i)) end
hw(string.format("  KW_COUNT = %d", n + 1))
hw("};")
hw("")
hw("typedef struct kn_tword {")
hw("  uint32_t cls;      /* KN_W_* */")
hw("  uint8_t val;       /* month, weekday, season or part of day */")
hw("  uint8_t unit;      /* KN_U_* */")
hw("  uint8_t ord;       /* ordinal value */")
hw("  uint16_t num;      /* cardinal value */")
hw("} kn_tword;")
hw("")
hw(string.format("#define KN_TLEX_MAXKEY %d", maxlen))
hw("")
hw("extern const kn_tword kn_tlex_word[KW_COUNT];")
hw("/* Prefilter of the words that can trigger the scan (TRIG, SETADJ, NUM")
hw("** classes): bit n of entry c - 'a' is set when such a key starts with c")
hw("** and is n bytes long (n < 32). */")
hw("extern const uint32_t kn_tlex_trigger[26];")
hw("/* The word id of a normalised key (KW_NONE when absent). */")
hw("int kn_tlex_find(const char *key, size_t n, uint32_t hash);")
hw("")
hw("/* Keys of at most 8 bytes packed little-endian into a uint64_t (byte j at")
hw("** bits 8j), found by one multiply and integer compares: the fast path. */")
hw(string.format("#define KN_TLEX_BITS64 %d", bits64))
hw("extern const uint64_t kn_tlex_key64[];")
hw("extern const uint16_t kn_tlex_id64[];")
hw("static inline int kn_tlex_find64(uint64_t packed) {")
hw("  uint32_t h = (uint32_t)((packed * 0x9E3779B97F4A7C15ull) >> (64 - KN_TLEX_BITS64));")
hw("  for (;;) {")
hw("    uint64_t k = kn_tlex_key64[h];")
hw("    if (k == packed) return kn_tlex_id64[h];")
hw("    if (!k) return 0;")
hw("    h = (h + 1) & ((1u << KN_TLEX_BITS64) - 1);")
hw("  }")
hw("}")
hw("")
hw("/* Keys of 9 to 16 bytes (all letters a-z) by their first 8 bytes and their")
hw("** last 8 (overlapping), each packed as above, and their length. */")
hw(string.format("#define KN_TLEX_BITS128 %d", bits128))
hw("extern const uint64_t kn_tlex_lo128[];")
hw("extern const uint64_t kn_tlex_hi128[];")
hw("extern const uint8_t kn_tlex_len128[];")
hw("extern const uint16_t kn_tlex_id128[];")
hw("static inline int kn_tlex_find128(uint64_t lo, uint64_t hi, uint32_t n) {")
hw("  uint32_t h = (uint32_t)(((lo ^ (hi * 0xC2B2AE3D27D4EB4Full)) * 0x9E3779B97F4A7C15ull) >> (64 - KN_TLEX_BITS128));")
hw("  for (;;) {")
hw("    unsigned id = kn_tlex_id128[h];")
hw("    if (!id) return 0;")
hw("    if (kn_tlex_lo128[h] == lo && kn_tlex_hi128[h] == hi && kn_tlex_len128[h] == n) return (int)id;")
hw("    h = (h + 1) & ((1u << KN_TLEX_BITS128) - 1);")
hw("  }")
hw("}")
hw("")
hw("#endif")

local C = {}
local function cw(s) C[#C + 1] = s end
cw("/* kn_time_lex.c -- GENERATED by tools/gen-time-lexicon.lua; do not edit.")
cw("** The temporal lexicon: " .. n .. " words, an open-addressing hash of " .. size .. " slots")
cw("** (FNV-1a, linear probing). */")
cw("#include <string.h>")
cw("#include \"kn_time_lex.h\"")
cw("")
cw("static const char *const KEYS[KW_COUNT] = {")
cw("  \"\",")
for _, key in ipairs(order) do cw(string.format("  %q,", key)) end
cw("};")
cw("")
cw("static const unsigned char LENS[KW_COUNT] = {")
local lens = { "0" }
for _, key in ipairs(order) do lens[#lens + 1] = tostring(#key) end
for i = 1, #lens, 20 do cw("  " .. table.concat(lens, ", ", i, math.min(#lens, i + 19)) .. ",") end
cw("};")
cw("")
cw("const kn_tword kn_tlex_word[KW_COUNT] = {")
cw("  { 0, 0, 0, 0, 0 },")
for _, key in ipairs(order) do
  local e = words[key]
  local fl = {}
  for _, c in ipairs(CLASSES) do if e.cls[c[1]] then fl[#fl + 1] = "KN_W_" .. c[1] end end
  cw(string.format("  { %s, %d, %d, %d, %d },  /* %s */", #fl > 0 and table.concat(fl, "|") or "0",
    e.val, e.unit, e.ord, e.num, key))
end
cw("};")
cw("")
-- A bitmap a first (or last: at) letter: the lengths of the keys that
-- keep(key) takes and have that letter there.
local function letter_table(name, keep, at)
  local bits = {}
  for i = 1, 26 do bits[i] = 0 end
  for _, key in ipairs(order) do
    local c = key:byte(at(key))
    if keep(key) and c >= 97 and c <= 122 and #key < 32 then bits[c - 96] = bits[c - 96] | (1 << #key) end
  end
  cw("const uint32_t " .. name .. "[26] = {")
  for i = 1, 26, 4 do
    local row = {}
    for k = i, math.min(26, i + 3) do row[#row + 1] = string.format("0x%08xu", bits[k]) end
    cw("  " .. table.concat(row, ", ") .. ",")
  end
  cw("};")
end
local function first(_) return 1 end
letter_table("kn_tlex_trigger", function(key)
  local e = words[key]
  local trig = e.cls.TRIG or e.cls.SETADJ or e.cls.NUM
  -- is_trigger and next_trigger (kn_time.c) rule out words that start
  -- with no letter before they look at the classes
  assert(not trig or key:find("^[a-z]"), "a trigger word must start with a letter: " .. key)
  return trig
end, first)
cw("")
cw(string.format("#define SLOTS %d", size))
cw("static const uint16_t TABLE[SLOTS] = {")
do
  local row = {}
  for i = 0, size - 1 do
    row[#row + 1] = tostring(slots[i] or 0)
    if #row == 16 or i == size - 1 then cw("  " .. table.concat(row, ", ") .. ",") row = {} end
  end
end
cw("};")
cw("")
cw("const uint64_t kn_tlex_key64[" .. size64 .. "] = {")
do
  local row = {}
  for i = 0, size64 - 1 do
    row[#row + 1] = string.format("0x%xull", key64[i] or 0)
    if #row == 6 or i == size64 - 1 then cw("  " .. table.concat(row, ", ") .. ",") row = {} end
  end
end
cw("};")
cw("")
cw("const uint16_t kn_tlex_id64[" .. size64 .. "] = {")
do
  local row = {}
  for i = 0, size64 - 1 do
    row[#row + 1] = tostring(id64[i] or 0)
    if #row == 16 or i == size64 - 1 then cw("  " .. table.concat(row, ", ") .. ",") row = {} end
  end
end
cw("};")
cw("")
local function u64_table(name, t)
  cw("const uint64_t " .. name .. "[" .. size128 .. "] = {")
  local row = {}
  for i = 0, size128 - 1 do
    row[#row + 1] = string.format("0x%xull", t[i] or 0)
    if #row == 6 or i == size128 - 1 then cw("  " .. table.concat(row, ", ") .. ",") row = {} end
  end
  cw("};")
  cw("")
end
local function small_table(name, ctype, t)
  cw("const " .. ctype .. " " .. name .. "[" .. size128 .. "] = {")
  local row = {}
  for i = 0, size128 - 1 do
    row[#row + 1] = tostring(t[i] or 0)
    if #row == 16 or i == size128 - 1 then cw("  " .. table.concat(row, ", ") .. ",") row = {} end
  end
  cw("};")
  cw("")
end
u64_table("kn_tlex_lo128", lo128)
u64_table("kn_tlex_hi128", hi128)
small_table("kn_tlex_len128", "uint8_t", len128)
small_table("kn_tlex_id128", "uint16_t", id128)
cw("int kn_tlex_find(const char *key, size_t n, uint32_t hash) {")
cw("  uint32_t h = hash & (SLOTS - 1);")
cw("  for (;;) {")
cw("    unsigned id = TABLE[h];")
cw("    if (!id) return 0;")
cw("    if (LENS[id] == n && memcmp(KEYS[id], key, n) == 0) return (int)id;")
cw("    h = (h + 1) & (SLOTS - 1);")
cw("  }")
cw("}")

local files = {
  ["csrc/kn_time_lex.h"] = table.concat(H, "\n") .. "\n",
  ["csrc/kn_time_lex.c"] = table.concat(C, "\n") .. "\n",
}
local stale = false
for path, text in pairs(files) do
  if check then
    local f = io.open(path, "rb")
    local old = f and f:read("a")
    if f then f:close() end
    if old ~= text then
      io.stderr:write(path .. " is stale: run lua5.4 tools/gen-time-lexicon.lua\n")
      stale = true
    end
  else
    local f = assert(io.open(path, "wb"))
    f:write(text)
    f:close()
  end
end
if stale then os.exit(1) end
