/*
** kn_tok.c -- UTF-8 tokenizer and sentence splitter.
**
** Tokens (every byte of the text is either whitespace or inside exactly one
** token, so offsets never drift):
**
**  - Whitespace separates tokens: ASCII space, tab, VT, FF, CR, LF, NBSP and
**    the Unicode spaces (U+2000..U+200A, U+202F, U+205F, U+3000). CR LF counts
**    as one line break. Zero-width characters (U+200B..U+200F, U+2060, FEFF,
**    soft hyphen) inside a word belong to it, elsewhere they are skipped.
**  - WORD: a run of letters and digits starting with a letter (Latin, Greek,
**    Cyrillic, Hangul, CJK, other scripts; combining marks join). An
**    apostrophe between letters stays inside (O'Brien, don't), except a
**    possessive 's / ’s, which is a CLITIC token of its own.
**    A hyphen always splits: "Tae-yul" is Tae, -, yul with no space between
**    (ws = KN_WS_NONE), so the matcher can treat a glued hyphen as a space.
**  - Abbreviations keep their period: a word listed in the abbreviation set
**    (Adm. Gen. Lt. Oct. No. …; "No."-like numeric ones only before a
**    digit), an initial (F.) and an initialism (U.S., U.N., a.m., D.C.).
**  - NUM: digits with separators: 10,000 (comma + 3 digits), 3.5 and
**    28.10.2024 (period + digit), 15:39 (colon + 2 digits, flag TIME);
**    an ordinal suffix joins (56th, 1st, flag ORD); other letters join and
**    make the token ALNUM (1990s, 35A). "2+2" is one WORD.
**  - PUNCT: each ASCII punctuation character, each Unicode dash, quote or
**    punctuation mark; runs of periods (...) and of hyphens (--) are one.
**  - SYM: any other character; every invalid UTF-8 byte and every control
**    byte (NUL included) is a SYM token of one byte flagged BAD.
**
** Sentences end after ., !, ?, … (and closing quotes or brackets glued to
** them) when the next token does not start with a lower-case letter; after
** an abbreviation only when it is of the class that may end a sentence
** (U.S., a.m., Inc.) and a typical sentence opener or a line break follows;
** at every blank line; and at a single line break when the line has no
** final punctuation and either is short (a headline, byline, dateline) or
** does not end in a word that continues on the next line.
*/
#include "kn_internal.h"
#include "kn_tables.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__GNUC__)
#define KN_NOINLINE __attribute__((noinline))
#else
#define KN_NOINLINE
#endif

#define CC(b) (kn_byte_class[(unsigned char)(b)])

void kn_tok_init(kn_tokenizer *t, kn_alloc f, void *ud, const kn_wordset *abbrev) {
  memset(t, 0, sizeof *t);
  t->alloc = f ? f : kn_default_alloc;
  t->ud = ud;
  t->abbrev = abbrev;
}

void kn_tok_free(kn_tokenizer *t) {
  kn_free(t->alloc, t->ud, t->tok, t->captok * sizeof(kn_token));
  kn_free(t->alloc, t->ud, t->sent, t->capsent * sizeof(kn_sentence));
  kn_free(t->alloc, t->ud, t->cand, t->capcand * sizeof(uint32_t));
  t->tok = NULL; t->sent = NULL; t->cand = NULL;
  t->ntok = t->captok = t->nsent = t->capsent = t->ncand = t->capcand = t->candtok = 0;
}

/* ------------------------------------------------------------------ keys */

static size_t key_impl(const unsigned char *s, size_t n, int drop_dots, char *out, size_t cap) {
  size_t o = 0;
  char buf[4];
  int last_dash = 0;
  for (size_t i = 0; i < n;) {
    unsigned b = s[i];
    const char *piece = buf;
    size_t pl = 1;
    if (b < 0x80) {
      i++;
      if ((b == '.' && drop_dots) || !kn_dash_run(b, &last_dash)) continue;
      buf[0] = (char)kn_lower((int)b);
    } else {
      uint32_t cp;
      size_t l;
      /* a three-byte sequence (Hangul, CJK, quotes, dashes) decoded here as
      ** kn_utf8_decode would: no overlong form, no surrogate */
      if (b >= 0xE0 && b <= 0xEF && n - i >= 3 && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80 &&
          (cp = (uint32_t)(b & 0x0F) << 12 | (uint32_t)(s[i + 1] & 0x3F) << 6 | (uint32_t)(s[i + 2] & 0x3F)) >= 0x800 &&
          (cp < 0xD800 || cp > 0xDFFF))
        l = 3;
      else
        l = kn_utf8_decode(s + i, n - i, &cp);
      if (!l) { buf[0] = (char)b; i++; last_dash = 0; }
      else if (cp >= 0xAC00 && cp <= 0xD7A3) {
        /* a Hangul syllable (kn_uclass's first test): the bytes themselves */
        piece = (const char *)s + i; pl = l; i += l; last_dash = 0;
      } else {
        i += l;
        switch (kn_uclass(cp)) {
          case KN_U_DASH: if (last_dash) continue; buf[0] = '-'; last_dash = 1; goto put;
          case KN_U_APOS: buf[0] = '\''; break;
          case KN_U_QUOTE: buf[0] = '"'; break;
          case KN_U_ZW: continue;
          case KN_U_MARK: continue;
          case KN_U_LETTER: pl = kn_ufold(cp, buf); break;
          default: piece = (const char *)s + i - l; pl = l; break;   /* the bytes themselves */
        }
        last_dash = 0;
      }
    }
  put:
    for (size_t k = 0; k < pl; k++, o++)
      if (o < cap) out[o] = piece[k];
  }
  return o;
}

size_t kn_key(const char *s, size_t n, char *out, size_t cap) {
  return key_impl((const unsigned char *)s, n, 0, out, cap);
}

/* ASCII lower case of every byte, as kn_lower, in one load (kn_tok_key is
** called for most tokens by the later stages). */
#define LC(c) ((c) >= 'A' && (c) <= 'Z' ? (c) | 0x20 : (c))   /* "| 0x20", not "+ 32": no arm above 255 */
#define LC4(c) LC(c), LC((c) + 1), LC((c) + 2), LC((c) + 3)
#define LC16(c) LC4(c), LC4((c) + 4), LC4((c) + 8), LC4((c) + 12)
#define LC64(c) LC16(c), LC16((c) + 16), LC16((c) + 32), LC16((c) + 48)
static const unsigned char LOWER[256] = { LC64(0), LC64(64), LC64(128), LC64(192) };
#undef LC
#undef LC4
#undef LC16
#undef LC64

size_t kn_tok_key(const char *s, const kn_token *t, char *out, size_t cap) {
  const unsigned char *p = (const unsigned char *)s + t->start;
  if (kn_tok_key_plain(t)) {
    size_t n = t->len, m = n < cap ? n : cap;
    for (size_t i = 0; i < m; i++) out[i] = (char)LOWER[p[i]];
    return n;
  }
  if ((t->flags & KN_TF_ASCII) && t->kind == KN_TK_PUNCT) {
    /* one ASCII punctuation character or a run of periods or hyphens:
    ** itself, a run of hyphens one '-' (as key_impl makes them) */
    size_t n = p[0] == '-' ? 1 : t->len, m = n < cap ? n : cap;
    for (size_t i = 0; i < m; i++) out[i] = (char)p[i];
    return n;
  }
  if (t->flags & KN_TF_ASCII) {
    /* an ASCII abbreviation (U.S., Gen., a.m.): lower case without its
    ** periods, a run of hyphens one '-', as key_impl makes it (the later
    ** stages ask for these keys several times each) */
    size_t o = 0;
    int last_dash = 0;
    for (size_t i = 0; i < t->len; i++) {
      unsigned b = p[i];
      if (b == '.' || !kn_dash_run(b, &last_dash)) continue;
      if (o < cap) out[o] = (char)LOWER[b];
      o++;
    }
    return o;
  }
  if (t->kind == KN_TK_CLITIC && t->len == 4 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x99 || p[2] == 0x98)) {
    /* ’s (‘s): an apostrophe and the s, as key_impl makes them */
    if (cap > 0) out[0] = '\'';
    if (cap > 1) out[1] = (char)LOWER[p[3]];
    return 2;
  }
  return key_impl(p, t->len, (t->flags & KN_TF_ABBR) != 0, out, cap);
}

/* -------------------------------------------------------------- scanning */

/* First bytes of punctuation that may end or close a sentence (is_terminal,
** is_closer): . ! ? " ' ) ] } and every non-ASCII lead byte (… 。 ” ’ »). */
static const unsigned char MAY_END[256] = {
  ['.'] = 1, ['!'] = 1, ['?'] = 1, ['"'] = 1, ['\''] = 1, [')'] = 1, [']'] = 1, ['}'] = 1,
  [0x80] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1
};

/* The candidate list as kn_tok_tokens fills it (t->cand): room for one
** index a token, so an append needs no check. */
typedef struct cands { uint32_t *v; size_t n; } cands;

typedef struct scan {
  const unsigned char *p, *end;
  unsigned flags;
  int has_upper, has_lower, has_digit, first_case;  /* first_case: 1 upper, 2 lower */
} scan;

static int is_letter_cp(uint32_t cp) {
  int u = kn_uclass(cp);
  return u == KN_U_LETTER || u == KN_U_HANGUL;
}

/* Is there a letter or digit at q? */
static int wordchar_at(const unsigned char *q, const unsigned char *end) {
  if (q >= end) return 0;
  unsigned c = CC(*q);
  if (c == KN_C_LO || c == KN_C_UP || c == KN_C_DG) return 1;
  if (c >= KN_C_U2 && c <= KN_C_U4) {
    uint32_t cp;
    size_t l = kn_utf8_decode(q, (size_t)(end - q), &cp);
    return l && is_letter_cp(cp);
  }
  return 0;
}

/* Length of an apostrophe at q (1 for ', 3 for ’ and ‘), else 0. */
static size_t apos_at(const unsigned char *q, const unsigned char *end) {
  if (q >= end) return 0;
  if (*q == '\'') return 1;
  if (end - q >= 3 && q[0] == 0xE2 && q[1] == 0x80 && (q[2] == 0x99 || q[2] == 0x98)) return 3;
  return 0;
}

/* A possessive clitic 's at q (apostrophe of length al)? */
static int clitic_at(const unsigned char *q, const unsigned char *end, size_t al) {
  const unsigned char *s = q + al;
  return s < end && (*s == 's' || *s == 'S') && !wordchar_at(s + 1, end);
}

/* Scans letters and digits from sc->p; stops at anything else. */
static void scan_word(scan *sc) {
  const unsigned char *q = sc->p, *end = sc->end;
  while (q < end) {
    unsigned c = CC(*q);
    if (c == KN_C_LO) {
      if (!sc->first_case) sc->first_case = 2;
      sc->has_lower = 1; q++;
    } else if (c == KN_C_UP) {
      if (!sc->first_case) sc->first_case = 1;
      sc->has_upper = 1; q++;
    } else if (c == KN_C_DG) {
      sc->has_digit = 1; q++;
    } else if (c == KN_C_AP || (c == KN_C_U3 && *q == 0xE2)) {
      size_t al = apos_at(q, end);
      if (!al || clitic_at(q, end, al) || !wordchar_at(q + al, end)) break;
      if (al > 1) sc->flags &= ~KN_TF_ASCII;
      q += al;
    } else if (c >= KN_C_U2 && c <= KN_C_U4) {
      uint32_t cp;
      size_t l = kn_utf8_decode(q, (size_t)(end - q), &cp);
      if (!l) break;
      int u = kn_uclass(cp);
      if (u == KN_U_LETTER || u == KN_U_HANGUL) {
        if (u == KN_U_HANGUL) sc->flags |= KN_TF_HANGUL;
        if (kn_uupper(cp)) { sc->has_upper = 1; if (!sc->first_case) sc->first_case = 1; }
        else if (kn_ulower(cp)) { sc->has_lower = 1; if (!sc->first_case) sc->first_case = 2; }
        else if (!sc->first_case) sc->first_case = 3;
      } else if (u != KN_U_MARK && u != KN_U_ZW) break;
      sc->flags &= ~KN_TF_ASCII;
      q += l;
    } else break;
  }
  sc->p = q;
}

/* Is the word [a, b) an abbreviation (set lookup on its lower-case key)? */
static int abbrev_class(const kn_wordset *ab, const unsigned char *a, const unsigned char *b) {
  char key[32];
  size_t n = (size_t)(b - a);
  if (!ab || n == 0 || n > 24) return -1;
  /* a word of ASCII bytes without hyphens (most words before a period):
  ** its key is its lower-case copy, as key_impl makes it */
  size_t i = 0;
  while (i < n && a[i] < 0x80 && a[i] != '-') { key[i] = (char)kn_lower(a[i]); i++; }
  if (i == n) return kn_wordset_get(ab, key, n);
  size_t k = key_impl(a, n, 0, key, sizeof key);
  if (k > sizeof key) return -1;
  return kn_wordset_get(ab, key, k);
}

static int is_ordinal(const unsigned char *a, const unsigned char *b) {
  if (b - a != 2) return 0;
  int x = kn_lower(a[0]), y = kn_lower(a[1]);
  return (x == 's' && y == 't') || (x == 'n' && y == 'd') || (x == 'r' && y == 'd') || (x == 't' && y == 'h');
}

static unsigned case_flags(const scan *sc) {
  unsigned f = 0;
  if (sc->first_case == 1) f |= KN_TF_CAP;
  if (sc->first_case == 2) f |= KN_TF_LOWER;
  if (sc->has_upper && !sc->has_lower) f |= KN_TF_UPPER;
  return f;
}

/* Flags of an ASCII word by (first letter upper case) | (has a lower-case
** letter) << 1 | (has a digit) << 2. */
static const uint16_t WORD_FLAGS[8] = {
  KN_TF_ASCII | KN_TF_LOWER, KN_TF_ASCII | KN_TF_CAP | KN_TF_UPPER,
  KN_TF_ASCII | KN_TF_LOWER, KN_TF_ASCII | KN_TF_CAP,
  KN_TF_ASCII | KN_TF_LOWER | KN_TF_ALNUM, KN_TF_ASCII | KN_TF_CAP | KN_TF_UPPER | KN_TF_ALNUM,
  KN_TF_ASCII | KN_TF_LOWER | KN_TF_ALNUM, KN_TF_ASCII | KN_TF_CAP | KN_TF_ALNUM
};

/* Bytes after an ASCII word that need the full rules: a period
** (abbreviations, initials), an apostrophe (O'Brien, 's) and non-ASCII
** (letters, marks, ’). */
#define X16(v) v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v
static const unsigned char SLOW_AFTER[256] = {
  X16(0), X16(0),
  0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0,   /* ' and . */
  X16(0), X16(0), X16(0), X16(0), X16(0),
  X16(1), X16(1), X16(1), X16(1), X16(1), X16(1), X16(1), X16(1)
};
#undef X16

/* A run of ASCII letters and digits: where it ends, and whether it holds
** lower-case letters, upper-case letters, digits (non-zero when so). */
typedef struct run { const unsigned char *end; unsigned lower, upper, digit; } run;

/* The run starting at p (p < end). With SSE2, 16 bytes a step: one
** predictable path for most words instead of a branch per byte whose
** exit is mispredicted at word ends in text that is not repetitive. */
static inline run ascii_run(const unsigned char *p, const unsigned char *end) {
  run r;
  const unsigned char *q = p;
  unsigned acc = 0, b;
#if defined(__SSE2__)
  unsigned lower = 0, upper = 0, digit = 0;
  while (end - q >= 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)q);
    /* letters: (v | 0x20) - 'a' <= 25 unsigned, lower case with bit 5;
    ** digits: v - '0' <= 9 unsigned */
    __m128i l = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    __m128i d = _mm_sub_epi8(v, _mm_set1_epi8('0'));
    __m128i isl = _mm_cmpeq_epi8(_mm_min_epu8(l, _mm_set1_epi8(25)), l);
    __m128i isd = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d);
    unsigned word = (unsigned)_mm_movemask_epi8(_mm_or_si128(isl, isd));
    unsigned low = (unsigned)_mm_movemask_epi8(_mm_and_si128(isl, _mm_slli_epi16(v, 2)));
    unsigned dig = (unsigned)_mm_movemask_epi8(isd);
    unsigned stop = ~word & 0xFFFFu;
    unsigned m = (stop & (0u - stop)) - 1u;   /* the bytes before the first stop (all if none) */
    lower |= low & m; digit |= dig & m; upper |= word & ~low & ~dig & m;
    if (stop) {
      r.end = q + __builtin_ctz(stop);
      r.lower = lower; r.upper = upper; r.digit = digit;
      return r;
    }
    q += 16;
  }
  acc = (lower ? 1u : 0u) | (upper ? 2u : 0u) | (digit ? 4u : 0u);
#endif
  while (q < end && (b = kn_word_bits[*q]) != 0) { acc |= b; q++; }
  r.end = q;
  r.lower = acc & 1; r.upper = acc & 2; r.digit = acc & 4;
  return r;
}

#if defined(__SSE2__)
/* The common case of kn_tok_tokens: ASCII words of letters, each maybe
** with one glued punctuation character or sentence-final period, separated
** by single spaces or joined by single hyphens (Tae-yul). The letters and
** lower-case letters of the 16 bytes at a word are found at once (SSE2,
** the x86-64 baseline): no branch per byte, whose exit is mispredicted at
** word ends in text that is not repetitive, and no dispatch per token.
** Works 32 bytes or more before the end, so the reads just after a word
** need no checks. Starts at the word at *pp (a letter) with whitespace
** *ws; returns the token count. *more = 0: the chain ended after a token,
** *pp after it; *more = 1: the word at *pp (a letter, whitespace *ws) is
** left to the full rules (or the array is full). A word with a digit in
** it (G7) is left to them too: testing for digits here cost every word
** more than those few words cost there. */
/* Words and punctuation of word_chain as the two 64-bit halves of a token
** (start and len; flags, kind and ws, with sent 0), little-endian as on
** every SSE2 machine: two stores a token. */
typedef char kn_tok_halves[offsetof(kn_token, start) == 0 && offsetof(kn_token, len) == 4 &&
                           offsetof(kn_token, flags) == 8 && offsetof(kn_token, kind) == 10 &&
                           offsetof(kn_token, ws) == 11 && offsetof(kn_token, sent) == 12 &&
                           sizeof(kn_token) == 16 ? 1 : -1];
#define FKW(flags_, kind_, ws_) ((uint32_t)(flags_) | (uint32_t)(kind_) << 16 | (uint32_t)(ws_) << 24)
/* The flags of a word of letters of len bytes whose first lower-case
** letter is at r (16: none), as WORD_FLAGS makes them: [len][r], one load
** for what took two bit counts and their compares. */
#define WF(len, r) FKW(KN_TF_ASCII | ((r) == 0 ? KN_TF_LOWER : (r) < (len) ? KN_TF_CAP : KN_TF_CAP | KN_TF_UPPER), \
                       KN_TK_WORD, 0)
#define WF_ROW(len) { WF(len, 0), WF(len, 1), WF(len, 2), WF(len, 3), WF(len, 4), WF(len, 5), WF(len, 6), \
                      WF(len, 7), WF(len, 8), WF(len, 9), WF(len, 10), WF(len, 11), WF(len, 12), WF(len, 13), \
                      WF(len, 14), WF(len, 15), WF(len, 16) }
static const uint32_t WORD_FKW[17][32] = {
  WF_ROW(0), WF_ROW(1), WF_ROW(2), WF_ROW(3), WF_ROW(4), WF_ROW(5), WF_ROW(6), WF_ROW(7), WF_ROW(8),
  WF_ROW(9), WF_ROW(10), WF_ROW(11), WF_ROW(12), WF_ROW(13), WF_ROW(14), WF_ROW(15), WF_ROW(16)
};
#undef WF_ROW
#undef WF

static inline void put_halves(kn_token *k, uint32_t start, uint32_t len, uint32_t fkw) {
  uint64_t lo = (uint64_t)start | (uint64_t)len << 32, hi = fkw;
  memcpy((unsigned char *)k, &lo, sizeof lo);
  memcpy((unsigned char *)k + 8, &hi, sizeof hi);
}

/* The abbreviation class of the word [p, q) before a period, or -1. Out
** of word_chain's loop: a call there would cost every step its vector
** constants. */
KN_NOINLINE static int abbrev_before_period(const kn_wordset *ab, const unsigned char *p, const unsigned char *q) {
  return kn_wordset_maybe2(ab, LOWER[*p], LOWER[q[-1]], (size_t)(q - p)) ? abbrev_class(ab, p, q) : -1;
}

/* Appends token i to the candidate list (out of word_chain's loop, whose
** registers are all taken). */
KN_NOINLINE static void add_cand(cands *cd, size_t i) {
  cd->v[cd->n++] = (uint32_t)i;
}

static size_t word_chain(const kn_wordset *ab, const unsigned char *base, const unsigned char **pp,
                         const unsigned char *end, kn_token *tok, size_t ntok, size_t cap, int *ws, int *more,
                         cands *cd) {
  const unsigned char *p = *pp, *q;
  unsigned c1;
  uint32_t wsw = (uint32_t)*ws << 24;
  /* one bound for both limits: a step starts 32 bytes or more before the
  ** end with room for three tokens; it writes at most three tokens (a
  ** word, 's, a comma) and moves on at least a byte a token, so at most one
  ** token a byte */
  if (end - p < 32 || cap - ntok < 3) goto left;
  size_t budget = (size_t)(end - p) - 32, room = cap - ntok - 3;
  const unsigned char *const plim = p + (room < budget ? room : budget);
  kn_token *out = tok + ntok;
  for (;;) {
    /* letters: (v | 0x20) + 0x1F lands 'a'..'z' on -128..-103 (signed);
    ** digits: v + 0x50 lands '0'..'9' on -128..-119 */
    const __m128i k20 = _mm_set1_epi8(0x20), k1f = _mm_set1_epi8(0x1F), kl = _mm_set1_epi8(-102);
    for (;;) {
      if (p > plim) goto bound;
      __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
      __m128i isl = _mm_cmpgt_epi8(kl, _mm_add_epi8(_mm_or_si128(v, k20), k1f));
      unsigned letters = (unsigned)_mm_movemask_epi8(isl);
      if (!(letters & 1u)) {
        /* no letter at p: only after a space (the other steps test first) */
        c1 = *p;
        if (CC(c1) == KN_C_DG) {
          /* a number of plain digits (2023, 28), unless the full rules
          ** join more to it: letters (1990s, 56th), anything beyond ASCII,
          ** or , . : + before a digit (10,000, 3.5, 15:39) */
          __m128i isd = _mm_cmpgt_epi8(_mm_set1_epi8(-118), _mm_add_epi8(v, _mm_set1_epi8(0x50)));
          size_t len = (size_t)__builtin_ctzll(~(uint64_t)(unsigned)_mm_movemask_epi8(isd));
          q = p + len;
          c1 = *q;
          if (kn_word_bits[c1] || c1 >= 0x80 ||
              ((c1 == ',' || c1 == '.' || c1 == ':' || c1 == '+') && CC(q[1]) == KN_C_DG))
            goto no_word;
          put_halves(out++, (uint32_t)(p - base), (uint32_t)len,
                     FKW(KN_TF_ASCII | KN_TF_DIGITS, KN_TK_NUM, 0) | wsw);
          goto after_token;
        }
        if ((c1 == '"' || c1 == '(') && (kn_word_bits[p[1]] & 3)) {
          /* an opening quote or bracket glued to a word ("We, (Capital) */
          if (c1 == '"') add_cand(cd, (size_t)(out - tok));   /* MAY_END */
          put_halves(out++, (uint32_t)(p - base), 1, FKW(KN_TF_ASCII, KN_TK_PUNCT, 0) | wsw);
          p++;
          wsw = (uint32_t)KN_WS_NONE << 24;
          continue;
        }
        goto no_word;
      }
      /* the word's length, 16 when the 16 bytes are all letters (then a
      ** letter or a space follows, and the switch below sorts it out) */
      size_t len = (size_t)__builtin_ctzll(~(uint64_t)letters);
      q = p + len;
      c1 = *q;
      /* lower-case letters have bit 5, moved to bit 7 for the byte mask:
      ** the first of them (16: none) gives the case flags */
      unsigned low = (unsigned)_mm_movemask_epi8(_mm_and_si128(isl, _mm_slli_epi16(v, 2)));
      put_halves(out, (uint32_t)(p - base), (uint32_t)len, WORD_FKW[len][__builtin_ctzll((uint64_t)low | 0x10000u)] | wsw);
      /* the word is written at out, counted below when the rules here take it */
      if (c1 != ' ') {
        switch (CC(c1)) {
          case KN_C_DOT:
            /* a word of two or more bytes before one period that is not an
            ** abbreviation (the end of a sentence, most often): the word and
            ** the period as the full rules make them, after the test below;
            ** initials and abbreviations are left to the full rules */
            if (len >= 2) {
              if (q[1] == '.') goto stopped;
              goto period;
            }
            {
              /* an initial (F.) or an initialism (U.S., p.m.): single
              ** letters with periods, as the full rules join them; its
              ** case is the first letter's, upper case when no letter is
              ** lower case (a long one is left to those rules) */
              const unsigned char *e = q + 1;
              unsigned bits = kn_word_bits[*p];
              while ((kn_word_bits[*e] & 3) && e[1] == '.') {
                bits |= kn_word_bits[*e];
                e += 2;
                if (e - p > 24) goto stopped;
              }
              uint32_t f = *p >= 'a' ? KN_TF_LOWER : bits & 1u ? KN_TF_CAP : KN_TF_CAP | KN_TF_UPPER;
              if (e == q + 1) f |= KN_TF_INITIAL;
              add_cand(cd, (size_t)(out - tok));
              put_halves(out++, (uint32_t)(p - base), (uint32_t)(e - p),
                         FKW(KN_TF_ASCII | KN_TF_ABBR | f, KN_TK_WORD, 0) | wsw);
              q = e;
              c1 = *q;
              goto after_token;
            }
          case KN_C_PU:
            out++;
            if (MAY_END[c1]) add_cand(cd, (size_t)(out - tok));   /* ! ? " ) ] } */
            put_halves(out++, (uint32_t)(q - base), 1, FKW(KN_TF_ASCII, KN_TK_PUNCT, KN_WS_NONE));
            if (*++q != ' ') goto done;
            break;
          case KN_C_HY:
            /* one hyphen between words (Tae-yul): a token with no space
            ** around it, and the next word goes on here */
            out++;
            if ((kn_word_bits[q[1]] & 3) == 0) goto done;
            put_halves(out++, (uint32_t)(q - base), 1, FKW(KN_TF_ASCII, KN_TK_PUNCT, KN_WS_NONE));
            p = q + 1;
            wsw = (uint32_t)KN_WS_NONE << 24;
            continue;
          case KN_C_AP:
            /* a possessive 's (Korea's) when no letter or digit follows,
            ** as clitic_at finds it; other apostrophes (O'Brien, don't,
            ** allies') are left to the full rules */
            if ((q[1] | 0x20) != 's' || kn_word_bits[q[2]] || q[2] >= 0x80) goto stopped;
            out++;
            put_halves(out++, (uint32_t)(q - base), 2, FKW(KN_TF_ASCII, KN_TK_CLITIC, KN_WS_NONE));
            q += 2;
            c1 = *q;
            goto after_token;
          case KN_C_U3:
            /* the same with a typographic apostrophe (Korea’s, ‘s) */
            if (c1 != 0xE2 || q[1] != 0x80 || (q[2] != 0x99 && q[2] != 0x98) || (q[3] | 0x20) != 's' ||
                kn_word_bits[q[4]] || q[4] >= 0x80)
              goto stopped;
            out++;
            put_halves(out++, (uint32_t)(q - base), 4, FKW(0, KN_TK_CLITIC, KN_WS_NONE));
            q += 4;
            c1 = *q;
            goto after_token;
          case KN_C_LO: case KN_C_UP: case KN_C_DG:
          case KN_C_U2: case KN_C_U4: case KN_C_BAD:
            goto stopped;   /* a longer word, or one for the full rules */
          default:
            out++;
            goto done;
        }
      } else {
        out++;
      }
      p = q + 1;
      wsw = (uint32_t)KN_WS_SPACE << 24;
      continue;
    after_token:
      /* a number, a clitic or an initialism (counted) ends before c1 at q: a space, or
      ** punctuation and a space, go on to the next step */
      if (c1 != ' ') {
        if ((CC(c1) != KN_C_PU && c1 != '.') || q[1] != ' ') goto done;
        if (MAY_END[c1]) add_cand(cd, (size_t)(out - tok));   /* . ! ? " ) ] } */
        put_halves(out++, (uint32_t)(q - base), 1, FKW(KN_TF_ASCII, KN_TK_PUNCT, KN_WS_NONE));
        q++;
      }
      p = q + 1;
      wsw = (uint32_t)KN_WS_SPACE << 24;
    }
  period:;
    /* the word at p (written at out, not counted yet) before a period: its
    ** key is its lower-case bytes, so the set's lengths by first and last
    ** byte rule most words out before their key is made */
    int cl = abbrev_before_period(ab, p, q);
    if (cl > 0) {
      /* an abbreviation (Gen., Oct.) keeps its period, as the full rules
      ** make it; a numeric one (No. 5) is left to them */
      if (cl == KN_AB_NUMERIC) goto stopped;
      out->len++;
      out->flags |= KN_TF_ABBR;
      add_cand(cd, (size_t)(out - tok));
      out++;
    } else {
      out++;
      add_cand(cd, (size_t)(out - tok));
      put_halves(out++, (uint32_t)(q - base), 1, FKW(KN_TF_ASCII, KN_TK_PUNCT, KN_WS_NONE));
    }
    if (*++q != ' ') goto done;
    p = q + 1;
    wsw = (uint32_t)KN_WS_SPACE << 24;
  }
bound:
  /* near the end: a word at p is left to the full rules */
  if (kn_word_bits[*p] & 3) goto stopped;
no_word:
  /* p is after a space: the full rules go on from that space */
  q = p - 1;
done:
  *pp = q; *more = 0;
  return (size_t)(out - tok);
stopped:
  ntok = (size_t)(out - tok);
left:
  *pp = p; *ws = (int)(wsw >> 24); *more = 1;
  return ntok;
}
#undef FKW
#endif

/* Room for two more tokens in the local copy of the array (the word paths
** write a word and the punctuation glued to it). */
#define ROOM() do { \
    if (cap - ntok < 2) { \
      t->ntok = ntok; \
      st = grow_tokens(t, ntok + 2); \
      if (st) return st; \
      tok = t->tok; cap = t->captok; cd.v = t->cand; \
    } \
  } while (0)

/* The candidate list: the tokens after which a sentence may end (each
** once, ascending), so that kn_tok_sentences visits only them: an
** abbreviation, punctuation whose first byte is in MAY_END, and the token
** before a line break. CAND_IF appends when c_ is non-zero, with no branch. */
#define CAND(i_) (cd.v[cd.n++] = (uint32_t)(i_))
#define CAND_IF(i_, c_) (cd.v[cd.n] = (uint32_t)(i_), cd.n += (c_) ? 1 : 0)

/* Appends token [a_, b_). The array, its length and its capacity live in
** locals: stores through kn_token's uint8_t fields may alias *t, so the
** compiler would otherwise reload t->ntok and t->tok after every token. */
#define PUT(a_, b_, kind_, flags_, ws_) do { \
    kn_token *k_ = &tok[ntok++]; \
    k_->start = (uint32_t)((a_) - base); \
    k_->len = (uint32_t)((b_) - (a_)); \
    k_->flags = (uint16_t)(flags_); \
    k_->kind = (uint8_t)(kind_); \
    k_->ws = (uint8_t)(ws_); \
    k_->sent = 0; \
  } while (0)

/* Token array of room for need tokens, and the candidate list as large. */
static kn_status grow_tokens(kn_tokenizer *t, size_t need) {
  kn_status st = kn_grow(t->alloc, t->ud, (void **)&t->tok, &t->captok, need, sizeof(kn_token));
  if (!st && t->capcand < t->captok)
    st = kn_grow(t->alloc, t->ud, (void **)&t->cand, &t->capcand, t->captok, sizeof(uint32_t));
  return st;
}

kn_status kn_tok_tokens(kn_tokenizer *t, const char *text, size_t n) {
  t->candtok = (size_t)-1;
  if (n > KN_MAX_TEXT) return KN_ERANGE;
  t->ntok = 0;
  t->nsent = 0;
  t->ncand = 0;
  if (n / 5 + 16 > t->captok || t->capcand < t->captok) {
    kn_status st = grow_tokens(t, n / 5 + 16);
    if (st) return st;
  }
  const unsigned char *base = (const unsigned char *)text;
  const unsigned char *p = base, *end = base + n;
  kn_token *tok = t->tok;
  size_t ntok = 0, cap = t->captok;
  cands cd = { t->cand, 0 };
  int nl = 2, sp = 0;   /* the start of text counts as a paragraph break */
  kn_status st = KN_OK;
  while (p < end) {
    unsigned c = CC(*p);
    const unsigned char *a = p;
    int ws;
    switch (c) {
      case KN_C_SP:
        sp = 1;
        do p++; while (p < end && CC(*p) == KN_C_SP);
        continue;
      case KN_C_NL: nl++; p++; continue;
      case KN_C_CR: if (p + 1 >= end || p[1] != '\n') nl++; p++; continue;
      default: break;
    }
    ws = nl >= 2 ? KN_WS_PARA : nl == 1 ? KN_WS_LINE : sp ? KN_WS_SPACE : KN_WS_NONE;
    /* the token before a line break (once: a zero-width character or a
    ** Unicode space brings the loop here again with the same nl) */
    if (nl && ntok && (cd.n == 0 || cd.v[cd.n - 1] != ntok - 1)) CAND(ntok - 1);
    ROOM();
    if (c == KN_C_LO || c == KN_C_UP) {
      /* fast path: an ASCII word followed by an ASCII non-word byte other
      ** than an apostrophe or a period (those need the full rules), then
      ** single-character punctuation glued to it ("said,"); a single space
      ** and another word go on here, without the dispatch above */
      run r;
      for (;;) {
#if defined(__SSE2__)
        if (end - p >= 32) {
          int more;
          ntok = word_chain(t->abbrev, base, &p, end, tok, ntok, cap, &ws, &more, &cd);
          if (!more) goto token_done;
          ROOM();
        }
#endif
        r = ascii_run(p, end);
        const unsigned char *q = r.end;
        if (q < end && SLOW_AFTER[*q]) break;
        PUT(p, q, KN_TK_WORD, WORD_FLAGS[(*p < 'a') | (r.lower ? 2u : 0u) | (r.digit ? 4u : 0u)], ws);
        p = q;
        if (p < end && CC(*p) == KN_C_PU) {
          CAND_IF(ntok, MAY_END[*p]);
          PUT(p, p + 1, KN_TK_PUNCT, KN_TF_ASCII, KN_WS_NONE);
          p++;
        }
        if (end - p < 2 || *p != ' ' || (kn_word_bits[p[1]] & 3) == 0) goto token_done;
        p++;
        ws = KN_WS_SPACE;
        ROOM();
      }
      a = p;
      /* the full rules go on from the end of the ASCII part, with what it
      ** holds: the state scan_word reaches over those bytes */
      scan sc = { r.end, end, KN_TF_ASCII, r.upper != 0, r.lower != 0, r.digit != 0, *p < 'a' ? 1 : 2 };
      scan_word(&sc);
      const unsigned char *q = sc.p;
      unsigned flags = sc.flags;
      if (q < end && *q == '.') {
        /* initial or initialism: single letters with periods */
        if (q - a == 1 && (CC(*a) == KN_C_UP || CC(*a) == KN_C_LO)) {
          const unsigned char *e = q + 1;
          int letters = 1;
          while (e + 1 < end && (CC(*e) == KN_C_UP || CC(*e) == KN_C_LO) && e[1] == '.') {
            if (CC(*e) == KN_C_UP) sc.has_upper = 1; else sc.has_lower = 1;
            e += 2; letters++;
          }
          if (letters == 1) flags |= KN_TF_INITIAL;
          flags |= KN_TF_ABBR;
          q = e;
        } else {
          int cl = abbrev_class(t->abbrev, a, q);
          /* numeric abbreviations (No. 2, Art. 5) only before a number */
          if (cl == KN_AB_NUMERIC) {
            const unsigned char *e = q + 1;
            while (e < end && (*e == ' ' || *e == '\t')) e++;
            if (e >= end || CC(*e) != KN_C_DG) cl = -1;
          }
          if (cl > 0) { flags |= KN_TF_ABBR; q++; }
        }
      }
      if (sc.has_digit) flags |= KN_TF_ALNUM;
      flags |= case_flags(&sc);
      CAND_IF(ntok, flags & KN_TF_ABBR);
      PUT(a, q, KN_TK_WORD, flags, ws);
      p = q;
    } else if (c == KN_C_DG) {
      const unsigned char *q = p;
      unsigned flags = KN_TF_ASCII | KN_TF_DIGITS;
      int kind = KN_TK_NUM;
      while (q < end && CC(*q) == KN_C_DG) q++;
      for (;;) {
        if (q + 3 < end && *q == ',' && CC(q[1]) == KN_C_DG && CC(q[2]) == KN_C_DG && CC(q[3]) == KN_C_DG &&
            (q + 4 >= end || CC(q[4]) != KN_C_DG)) {
          q += 4; flags &= ~KN_TF_DIGITS;
        } else if (q + 3 == end && *q == ',' && CC(q[1]) == KN_C_DG && CC(q[2]) == KN_C_DG) {
          break;
        } else if (q + 1 < end && *q == '.' && CC(q[1]) == KN_C_DG) {
          q++; while (q < end && CC(*q) == KN_C_DG) q++;
          flags &= ~KN_TF_DIGITS;
        } else if (q + 2 < end && *q == ':' && CC(q[1]) == KN_C_DG && CC(q[2]) == KN_C_DG &&
                   (q + 3 >= end || CC(q[3]) != KN_C_DG) && !(flags & KN_TF_TIME)) {
          q += 3; flags |= KN_TF_TIME; flags &= ~KN_TF_DIGITS;
        } else if (q + 1 < end && *q == '+' && CC(q[1]) == KN_C_DG) {
          q++; while (q < end && CC(*q) == KN_C_DG) q++;
          kind = KN_TK_WORD; flags &= ~KN_TF_DIGITS;
        } else break;
      }
      if (wordchar_at(q, end) && CC(*q) != KN_C_DG) {
        scan sc = { q, end, KN_TF_ASCII, 0, 0, 1, 0 };
        scan_word(&sc);
        if (is_ordinal(q, sc.p) && kind == KN_TK_NUM && (flags & KN_TF_DIGITS)) flags |= KN_TF_ORD;
        else flags |= KN_TF_ALNUM;
        if (!(sc.flags & KN_TF_ASCII)) flags &= ~KN_TF_ASCII;
        flags &= ~KN_TF_DIGITS;
        q = sc.p;
      }
      PUT(a, q, kind, flags, ws);
      p = q;
    } else if (c == KN_C_AP) {
      if (ntok && ws == KN_WS_NONE && clitic_at(p, end, 1)) {
        PUT(a, p + 2, KN_TK_CLITIC, KN_TF_ASCII, ws);
        p += 2;
      } else {
        CAND(ntok);
        PUT(a, p + 1, KN_TK_PUNCT, KN_TF_ASCII, ws);
        p++;
      }
    } else if (c == KN_C_DOT || c == KN_C_HY) {
      const unsigned char *q = p + 1;
      while (q < end && *q == *p) q++;
      CAND_IF(ntok, c == KN_C_DOT);
      PUT(a, q, KN_TK_PUNCT, KN_TF_ASCII, ws);
      p = q;
    } else if (c == KN_C_PU) {
      CAND_IF(ntok, MAY_END[*p]);
      PUT(a, p + 1, KN_TK_PUNCT, KN_TF_ASCII, ws);
      p++;
    } else if (c == KN_C_SYM) {
      PUT(a, p + 1, KN_TK_SYM, KN_TF_ASCII, ws);
      p++;
    } else if (c == KN_C_U2 || c == KN_C_U3 || c == KN_C_U4) {
      uint32_t cp;
      size_t l = kn_utf8_decode(p, (size_t)(end - p), &cp);
      if (!l) {
        PUT(a, p + 1, KN_TK_SYM, KN_TF_BAD, ws);
        p++;
      } else {
        int u = kn_uclass(cp);
        if (u == KN_U_SPACE) { sp = 1; p += l; continue; }
        if (u == KN_U_ZW) { p += l; continue; }
        if (u == KN_U_LETTER || u == KN_U_HANGUL || u == KN_U_MARK) {
          scan sc = { p, end, 0, 0, 0, 0, 0 };
          scan_word(&sc);
          if (sc.p == p) sc.p = p + l;    /* a lone mark */
          unsigned flags = sc.flags | case_flags(&sc);
          if (sc.has_digit) flags |= KN_TF_ALNUM;
          const unsigned char *q = sc.p;
          if (q < end && *q == '.' && abbrev_class(t->abbrev, a, q) > 0) { flags |= KN_TF_ABBR; q++; CAND(ntok); }
          PUT(a, q, KN_TK_WORD, flags, ws);
          p = q;
        } else if (u == KN_U_APOS) {
          if (ntok && ws == KN_WS_NONE && clitic_at(p, end, l)) {
            PUT(a, p + l + 1, KN_TK_CLITIC, 0, ws);
            p += l + 1;
          } else {
            CAND(ntok);
            PUT(a, p + l, KN_TK_PUNCT, 0, ws);
            p += l;
          }
        } else if (u == KN_U_DASH || u == KN_U_QUOTE || u == KN_U_PUNCT) {
          CAND(ntok);   /* (every non-ASCII lead byte is in MAY_END) */
          PUT(a, p + l, KN_TK_PUNCT, 0, ws);
          p += l;
        } else {
          PUT(a, p + l, KN_TK_SYM, 0, ws);
          p += l;
        }
      }
    } else {  /* KN_C_CTL, KN_C_NUL, KN_C_BAD */
      PUT(a, p + 1, KN_TK_SYM, KN_TF_BAD | (c == KN_C_BAD ? 0 : KN_TF_ASCII), ws);
      p++;
    }
  token_done:
    nl = 0; sp = 0;
  }
  t->ntok = ntok;
  t->ncand = cd.n;
  t->candtok = ntok;
  return KN_OK;
}

#undef ROOM
#undef PUT
#undef CAND
#undef CAND_IF

/* ------------------------------------------------------------- sentences */

static int tok_is(const char *s, const kn_token *k, const char *lit) {
  size_t n = strlen(lit);
  return k->len == n && memcmp(s + k->start, lit, n) == 0;
}

/* . ! ? … ... ?! */
static int is_terminal(const char *s, const kn_token *k) {
  if (k->kind != KN_TK_PUNCT) return 0;
  unsigned char c = (unsigned char)s[k->start];
  if (c == '.' || c == '!' || c == '?') return 1;
  return tok_is(s, k, "\xE2\x80\xA6") || tok_is(s, k, "\xE3\x80\x82");   /* … 。 */
}

/* closing quote or bracket */
static int is_closer(const char *s, const kn_token *k) {
  if (k->kind != KN_TK_PUNCT) return 0;
  unsigned char c = (unsigned char)s[k->start];
  if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}') return 1;
  return tok_is(s, k, "\xE2\x80\x9D") || tok_is(s, k, "\xE2\x80\x99") || tok_is(s, k, "\xC2\xBB");
}

/* Words that typically open a sentence, for deciding whether an
** abbreviation such as "U.S." ends one, by first letter (a key is compared
** with the few words of its letter only). */
static const char *const OPEN_A[] = { "a", "an", "at", "and", "after", "according", "as", "also", NULL };
static const char *const OPEN_B[] = { "but", "before", "both", NULL };
static const char *const OPEN_D[] = { "during", NULL };
static const char *const OPEN_E[] = { "earlier", NULL };
static const char *const OPEN_F[] = { "for", "further", NULL };
static const char *const OPEN_H[] = { "he", "his", "her", "however", "how", NULL };
static const char *const OPEN_I[] = { "it", "i", "in", "its", "if", NULL };
static const char *const OPEN_L[] = { "later", "last", NULL };
static const char *const OPEN_M[] = { "meanwhile", "many", "my", NULL };
static const char *const OPEN_N[] = { "no", "not", NULL };
static const char *const OPEN_O[] = { "on", "officials", "our", "one", NULL };
static const char *const OPEN_S[] = { "she", "some", "since", "such", "still", NULL };
static const char *const OPEN_T[] = { "the", "they", "this", "that", "these", "those", "their", "there", "two", NULL };
static const char *const OPEN_U[] = { "under", NULL };
static const char *const OPEN_W[] = { "we", "when", "while", "what", "why", "who", NULL };
static const char *const OPEN_Y[] = { "you", "yet", NULL };
static const char *const *const OPENERS[26] = {
  OPEN_A, OPEN_B, NULL, OPEN_D, OPEN_E, OPEN_F, NULL, OPEN_H, OPEN_I, NULL, NULL, OPEN_L, OPEN_M,
  OPEN_N, OPEN_O, NULL, NULL, NULL, OPEN_S, OPEN_T, OPEN_U, NULL, OPEN_W, NULL, OPEN_Y, NULL
};

static int is_opener(const char *s, const kn_token *k) {
  if (k->kind != KN_TK_WORD || !(k->flags & KN_TF_CAP) || k->len > 12) return 0;
  char key[16];
  size_t n = kn_tok_key(s, k, key, sizeof key);
  if (n >= sizeof key || n == 0) return 0;
  unsigned c0 = (unsigned)(unsigned char)key[0] - 'a';
  if (c0 >= 26 || !OPENERS[c0]) return 0;
  return kn_key_in_words(OPENERS[c0], key, n);
}

/* Words after which a wrapped line continues (function words). */
static int continues(const char *s, const kn_token *k) {
  if (k->kind == KN_TK_PUNCT) {
    unsigned char c = (unsigned char)s[k->start];
    return c == ',' || c == '-' || c == '(' || c == ';';
  }
  return k->kind == KN_TK_WORD && (k->flags & KN_TF_LOWER);
}

static int starts_lower(const kn_token *k) {
  return (k->kind == KN_TK_WORD || k->kind == KN_TK_CLITIC) && (k->flags & KN_TF_LOWER);
}

static int abbr_class_of(const kn_tokenizer *t, const char *s, const kn_token *k) {
  if (k->flags & KN_TF_INITIAL) return KN_AB_TITLE;
  char key[32];
  size_t n = kn_tok_key(s, k, key, sizeof key);
  if (n > sizeof key) return KN_AB_OTHER;
  int cl = t->abbrev ? kn_wordset_get(t->abbrev, key, n) : -1;
  if (cl > 0) return cl == KN_AB_NUMERIC ? KN_AB_OTHER : cl;
  return KN_AB_FINAL;   /* initialisms: U.S., a.m. */
}

/* Does a sentence end after token i? */
/* (not inlined: the loop of kn_tok_sentences keeps its state in registers) */
KN_NOINLINE static int ends_after(const kn_tokenizer *t, const char *s, size_t i, uint32_t line_start) {
  const kn_token *k = &t->tok[i], *nx = &t->tok[i + 1];
  if (nx->ws == KN_WS_PARA) return 1;
  if (k->flags & KN_TF_SKIP) return !(nx->flags & KN_TF_SKIP);
  if (nx->flags & KN_TF_SKIP) return 1;
  const kn_token *term = k;
  if (is_closer(s, k) && k->ws == KN_WS_NONE && i > 0 && is_terminal(s, &t->tok[i - 1])) term = &t->tok[i - 1];
  if (is_terminal(s, term)) {
    if (nx->ws == KN_WS_NONE) return 0;       /* closers follow, or 3.5-like glue */
    return !starts_lower(nx);
  }
  if (k->flags & KN_TF_ABBR) {
    /* the class (a key made and looked up) matters only if the next word
    ** may open a sentence: after a line break, one not in lower case;
    ** else one is_opener lists (after a final abbreviation only: those
    ** words are few, and is_opener rules most words out first) */
    if (nx->ws >= KN_WS_LINE ? starts_lower(nx) : !is_opener(s, nx)) return 0;
    int cl = abbr_class_of(t, s, k);
    if (cl == KN_AB_FINAL)
      return nx->ws >= KN_WS_LINE ? !starts_lower(nx) : is_opener(s, nx);
    if (nx->ws >= KN_WS_LINE && !starts_lower(nx) && cl != KN_AB_TITLE) return 1;
    return 0;
  }
  if (nx->ws == KN_WS_LINE && !starts_lower(nx)) {
    uint32_t line_len = k->start + k->len - line_start;
    return line_len < 70 || !continues(s, k);
  }
  return 0;
}

/* Sentence ns, tokens [first, last]: its entry, and its index on the tokens. */
static inline void put_sentence(kn_sentence *se, kn_token *tok, size_t first, size_t last, uint32_t ns) {
  se->first = (uint32_t)first; se->last = (uint32_t)last;
  se->start = tok[first].start;
  se->stop = tok[last].start + tok[last].len;
  kn_token *k = tok + first, *e = tok + last + 1;
  for (; k + 4 <= e; k += 4) { k[0].sent = ns; k[1].sent = ns; k[2].sent = ns; k[3].sent = ns; }
  for (; k < e; k++) k->sent = ns;
}

/* The candidate list made again from the tokens (after kn_tok_skip, or
** for tokens that kn_tok_tokens did not make): every step where
** ends_after may return 1, and every one after which a line starts. */
static kn_status scan_candidates(kn_tokenizer *t, const char *s) {
  if (t->capcand < t->ntok) {
    kn_status st = kn_grow(t->alloc, t->ud, (void **)&t->cand, &t->capcand, t->ntok, sizeof(uint32_t));
    if (st) return st;
  }
  const kn_token *tok = t->tok;
  size_t nc = 0;
  for (size_t i = 0; i + 1 < t->ntok; i++) {
    const kn_token *k = &tok[i];
    if ((k->flags & (KN_TF_ABBR | KN_TF_SKIP)) || (k[1].flags & KN_TF_SKIP) || k[1].ws >= KN_WS_LINE ||
        (k->kind == KN_TK_PUNCT && MAY_END[(unsigned char)s[k->start]]))
      t->cand[nc++] = (uint32_t)i;
  }
  t->ncand = nc;
  t->candtok = t->ntok;
  return KN_OK;
}

kn_status kn_tok_sentences(kn_tokenizer *t, const char *s, size_t n) {
  KN_UNUSED(n);
  t->nsent = 0;
  if (t->ntok == 0) return KN_OK;
  if (t->candtok != t->ntok) {
    kn_status st = scan_candidates(t, s);
    if (st) return st;
  }
  size_t first = 0;
  kn_token *tok = t->tok;
  const uint32_t *cand = t->cand;
  size_t last = t->ntok - 1, nc = t->ncand;
  /* at most one sentence a candidate, and the last one */
  if (t->capsent < nc + 1) {
    kn_status st = kn_grow(t->alloc, t->ud, (void **)&t->sent, &t->capsent, nc + 1, sizeof(kn_sentence));
    if (st) return st;
  }
  kn_sentence *sent = t->sent;
  uint32_t ns = 0;   /* t->nsent, in a local: the stores to tok[] would reload it */
  uint32_t line_start = tok[0].start;
  /* only the candidates: at every other step no sentence ends and no line
  ** starts after it */
  for (size_t j = 0; j < nc; j++) {
    size_t i = cand[j];
    if (i >= last) break;
    const kn_token *k = &tok[i], *nx = k + 1;
    unsigned char c = (unsigned char)s[k->start];
    int end;
    if (k->kind == KN_TK_PUNCT && (c == '.' || c == '!' || c == '?') && !((k->flags | nx->flags) & KN_TF_SKIP))
      /* the common case of ends_after: a terminal that is no closer */
      end = nx->ws == KN_WS_PARA || (nx->ws != KN_WS_NONE && !starts_lower(nx));
    else
      end = ends_after(t, s, i, line_start);
    if (nx->ws >= KN_WS_LINE) line_start = nx->start;
    if (!end) continue;
    put_sentence(&sent[ns], tok, first, i, ns);
    ns++;
    first = i + 1;
  }
  put_sentence(&sent[ns], tok, first, last, ns);
  t->nsent = (size_t)ns + 1;
  return KN_OK;
}

void kn_tok_skip(kn_tokenizer *t, uint32_t start, uint32_t stop) {
  /* binary search for the first token starting at or after start */
  size_t lo = 0, hi = t->ntok;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (t->tok[mid].start < start) lo = mid + 1; else hi = mid;
  }
  for (size_t i = lo; i < t->ntok && t->tok[i].start < stop; i++) t->tok[i].flags |= KN_TF_SKIP;
  t->candtok = (size_t)-1;   /* sentences may now end at the range's edges: kn_tok_sentences scans again */
}

kn_status kn_tok_run(kn_tokenizer *t, const char *s, size_t n) {
  kn_status st = kn_tok_tokens(t, s, n);
  if (st) return st;
  return kn_tok_sentences(t, s, n);
}

/* ---------------------------------------------------------- abbreviations */

kn_status kn_abbrev_load(kn_wordset *w, const char *s, size_t n, size_t *errline) {
  size_t line = 0, i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && s[j] != '\n') j++;
    line++;
    const char *a = s + i, *e = s + j;
    i = j + 1;
    while (a < e && (*a == ' ' || *a == '\t' || *a == '\r')) a++;
    while (e > a && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) e--;
    if (a == e || *a == '#') continue;
    const char *sp = a;
    while (sp < e && *sp != ' ' && *sp != '\t') sp++;
    const char *c = sp;
    while (c < e && (*c == ' ' || *c == '\t')) c++;
    size_t cl = (size_t)(e - c);
    int cls;
    if (cl == 5 && !memcmp(c, "title", 5)) cls = KN_AB_TITLE;
    else if (cl == 5 && !memcmp(c, "month", 5)) cls = KN_AB_MONTH;
    else if (cl == 5 && !memcmp(c, "other", 5)) cls = KN_AB_OTHER;
    else if (cl == 5 && !memcmp(c, "final", 5)) cls = KN_AB_FINAL;
    else if (cl == 7 && !memcmp(c, "numeric", 7)) cls = KN_AB_NUMERIC;
    else { if (errline) *errline = line; return KN_ESYNTAX; }
    if (sp - a < 2 || sp[-1] != '.') { if (errline) *errline = line; return KN_ESYNTAX; }
    char key[64];
    size_t kl = key_impl((const unsigned char *)a, (size_t)(sp - a), 1, key, sizeof key);
    if (kl == 0 || kl > sizeof key) { if (errline) *errline = line; return KN_ESYNTAX; }
    kn_status st = kn_wordset_add(w, key, kl, cls);
    if (st) return st;
  }
  return KN_OK;
}
