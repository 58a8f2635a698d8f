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
  t->tok = NULL; t->sent = NULL;
  t->ntok = t->captok = t->nsent = t->capsent = 0;
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
      if (b == '.' && drop_dots) continue;
      if (b == '-') {
        if (last_dash) continue;
        last_dash = 1;
      } else last_dash = 0;
      buf[0] = (char)kn_lower((int)b);
    } else {
      uint32_t cp;
      size_t l = kn_utf8_decode(s + i, n - i, &cp);
      if (!l) { buf[0] = (char)b; i++; last_dash = 0; }
      else {
        i += l;
        switch (kn_uclass(cp)) {
          case KN_U_DASH: if (last_dash) continue; buf[0] = '-'; last_dash = 1; goto put;
          case KN_U_APOS: buf[0] = '\''; break;
          case KN_U_QUOTE: buf[0] = '"'; break;
          case KN_U_ZW: continue;
          case KN_U_MARK: continue;
          case KN_U_LETTER: pl = kn_ufold(cp, buf); break;
          default: memcpy(buf, s + i - l, l); pl = l; break;
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

size_t kn_tok_key(const char *s, const kn_token *t, char *out, size_t cap) {
  const unsigned char *p = (const unsigned char *)s + t->start;
  if ((t->flags & KN_TF_ASCII) && !(t->flags & KN_TF_ABBR) && t->kind != KN_TK_PUNCT) {
    size_t n = t->len;
    for (size_t i = 0; i < n && i < cap; i++) out[i] = (char)kn_lower(p[i]);
    return n;
  }
  return key_impl(p, t->len, (t->flags & KN_TF_ABBR) != 0, out, cap);
}

/* -------------------------------------------------------------- scanning */

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
  size_t k = key_impl(a, n, 0, key, sizeof key);
  if (k > sizeof key) return -1;
  return kn_wordset_get(ab, key, k);
}

static kn_status push(kn_tokenizer *t, const unsigned char *base, const unsigned char *a,
                      const unsigned char *b, int kind, unsigned flags, int ws) {
  if (t->ntok == t->captok) {
    kn_status st = kn_grow(t->alloc, t->ud, (void **)&t->tok, &t->captok, t->ntok + 1, sizeof(kn_token));
    if (st) return st;
  }
  kn_token *k = &t->tok[t->ntok++];
  k->start = (uint32_t)(a - base);
  k->len = (uint32_t)(b - a);
  k->flags = (uint16_t)flags;
  k->kind = (uint8_t)kind;
  k->ws = (uint8_t)ws;
  k->sent = 0;
  return KN_OK;
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

kn_status kn_tok_tokens(kn_tokenizer *t, const char *text, size_t n) {
  if (n > KN_MAX_TEXT) return KN_ERANGE;
  t->ntok = 0;
  t->nsent = 0;
  if (n / 5 + 16 > t->captok) {
    kn_status st = kn_grow(t->alloc, t->ud, (void **)&t->tok, &t->captok, n / 5 + 16, sizeof(kn_token));
    if (st) return st;
  }
  const unsigned char *base = (const unsigned char *)text;
  const unsigned char *p = base, *end = base + n;
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
    if (c == KN_C_LO || c == KN_C_UP) {
      /* fast path: an ASCII word followed by an ASCII non-word byte other
      ** than an apostrophe or a period (those need the full rules) */
      const unsigned char *q = p + 1;
      unsigned acc = kn_word_bits[*p], b;
      while (q < end && (b = kn_word_bits[*q]) != 0) { acc |= b; q++; }
      if (q >= end || (*q != '.' && *q != '\'' && *q < 0x80)) {
        unsigned flags = KN_TF_ASCII | (c == KN_C_UP ? KN_TF_CAP : KN_TF_LOWER);
        if ((acc & 3) == 2) flags |= KN_TF_UPPER;
        if (acc & 4) flags |= KN_TF_ALNUM;
        if (t->ntok == t->captok) {
          st = kn_grow(t->alloc, t->ud, (void **)&t->tok, &t->captok, t->ntok + 1, sizeof(kn_token));
          if (st) return st;
        }
        kn_token *k = &t->tok[t->ntok++];
        k->start = (uint32_t)(p - base);
        k->len = (uint32_t)(q - p);
        k->flags = (uint16_t)flags;
        k->kind = KN_TK_WORD;
        k->ws = (uint8_t)ws;
        k->sent = 0;
        p = q;
        nl = 0; sp = 0;
        continue;
      }
      scan sc = { p, end, KN_TF_ASCII, 0, 0, 0, 0 };
      scan_word(&sc);
      q = sc.p;
      unsigned flags = sc.flags;
      int kind = KN_TK_WORD;
      if (q < end && *q == '.') {
        /* initial or initialism: single letters with periods */
        if (q - a == 1 && (CC(*a) == KN_C_UP || CC(*a) == KN_C_LO)) {
          const unsigned char *r = q + 1;
          int letters = 1;
          while (r + 1 < end && (CC(*r) == KN_C_UP || CC(*r) == KN_C_LO) && r[1] == '.') {
            if (CC(*r) == KN_C_UP) sc.has_upper = 1; else sc.has_lower = 1;
            r += 2; letters++;
          }
          if (letters == 1) flags |= KN_TF_INITIAL;
          flags |= KN_TF_ABBR;
          q = r;
        } else {
          int cl = abbrev_class(t->abbrev, a, q);
          /* numeric abbreviations (No. 2, Art. 5) only before a number */
          if (cl == KN_AB_NUMERIC) {
            const unsigned char *r = q + 1;
            while (r < end && (*r == ' ' || *r == '\t')) r++;
            if (r >= end || CC(*r) != KN_C_DG) cl = -1;
          }
          if (cl > 0) { flags |= KN_TF_ABBR; q++; }
        }
      }
      if (sc.has_digit) flags |= KN_TF_ALNUM;
      flags |= case_flags(&sc);
      st = push(t, base, a, q, kind, flags, ws);
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
      st = push(t, base, a, q, kind, flags, ws);
      p = q;
    } else if (c == KN_C_AP) {
      size_t al = 1;
      if (t->ntok && ws == KN_WS_NONE && clitic_at(p, end, al)) {
        st = push(t, base, a, p + 2, KN_TK_CLITIC, KN_TF_ASCII, ws);
        p += 2;
      } else {
        st = push(t, base, a, p + 1, KN_TK_PUNCT, KN_TF_ASCII, ws);
        p++;
      }
    } else if (c == KN_C_DOT || c == KN_C_HY) {
      const unsigned char *q = p + 1;
      while (q < end && *q == *p) q++;
      st = push(t, base, a, q, KN_TK_PUNCT, KN_TF_ASCII, ws);
      p = q;
    } else if (c == KN_C_PU) {
      st = push(t, base, a, p + 1, KN_TK_PUNCT, KN_TF_ASCII, ws);
      p++;
    } else if (c == KN_C_SYM) {
      st = push(t, base, a, p + 1, KN_TK_SYM, KN_TF_ASCII, ws);
      p++;
    } else if (c == KN_C_U2 || c == KN_C_U3 || c == KN_C_U4) {
      uint32_t cp;
      size_t l = kn_utf8_decode(p, (size_t)(end - p), &cp);
      if (!l) {
        st = push(t, base, a, p + 1, KN_TK_SYM, KN_TF_BAD, ws);
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
          if (q < end && *q == '.' && abbrev_class(t->abbrev, a, q) > 0) { flags |= KN_TF_ABBR; q++; }
          st = push(t, base, a, q, KN_TK_WORD, flags, ws);
          p = q;
        } else if (u == KN_U_APOS) {
          if (t->ntok && ws == KN_WS_NONE && clitic_at(p, end, l)) {
            st = push(t, base, a, p + l + 1, KN_TK_CLITIC, 0, ws);
            p += l + 1;
          } else {
            st = push(t, base, a, p + l, KN_TK_PUNCT, 0, ws);
            p += l;
          }
        } else if (u == KN_U_DASH || u == KN_U_QUOTE || u == KN_U_PUNCT) {
          st = push(t, base, a, p + l, KN_TK_PUNCT, 0, ws);
          p += l;
        } else {
          st = push(t, base, a, p + l, KN_TK_SYM, 0, ws);
          p += l;
        }
      }
    } else {  /* KN_C_CTL, KN_C_NUL, KN_C_BAD */
      st = push(t, base, a, p + 1, KN_TK_SYM, KN_TF_BAD | (c == KN_C_BAD ? 0 : KN_TF_ASCII), ws);
      p++;
    }
    if (st) return st;
    nl = 0; sp = 0;
  }
  return KN_OK;
}

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
** abbreviation such as "U.S." ends one. */
static const char *const OPENERS[] = {
  "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "in", "on", "at",
  "but", "and", "this", "that", "these", "those", "his", "her", "its", "their",
  "there", "after", "before", "when", "while", "meanwhile", "however", "according",
  "as", "for", "if", "some", "many", "both", "earlier", "later", "last", "yet",
  "officials", "since", "during", "under", "no", "not", "our", "my", "what", "why",
  "how", "who", "one", "two", "such", "further", "also", "still", NULL
};

static int is_opener(const char *s, const kn_token *k) {
  if (k->kind != KN_TK_WORD || !(k->flags & KN_TF_CAP) || k->len > 12) return 0;
  char key[16];
  size_t n = kn_tok_key(s, k, key, sizeof key);
  if (n >= sizeof key) return 0;
  for (const char *const *w = OPENERS; *w; w++)
    if (strlen(*w) == n && memcmp(*w, key, n) == 0) return 1;
  return 0;
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
static int ends_after(const kn_tokenizer *t, const char *s, size_t i, uint32_t line_start) {
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

static kn_status add_sentence(kn_tokenizer *t, size_t first, size_t last) {
  if (t->nsent == t->capsent) {
    kn_status st = kn_grow(t->alloc, t->ud, (void **)&t->sent, &t->capsent, t->nsent + 1, sizeof(kn_sentence));
    if (st) return st;
  }
  kn_sentence *se = &t->sent[t->nsent];
  se->first = (uint32_t)first; se->last = (uint32_t)last;
  se->start = t->tok[first].start;
  se->stop = t->tok[last].start + t->tok[last].len;
  t->nsent++;
  return KN_OK;
}

kn_status kn_tok_sentences(kn_tokenizer *t, const char *s, size_t n) {
  KN_UNUSED(n);
  t->nsent = 0;
  if (t->ntok == 0) return KN_OK;
  size_t first = 0;
  uint32_t line_start = t->tok[0].start;
  kn_token *tok = t->tok;
  for (size_t i = 0; i < t->ntok; i++) {
    kn_token *k = &tok[i];
    k->sent = (uint32_t)t->nsent;
    if (k->ws >= KN_WS_LINE) line_start = k->start;
    if (i + 1 < t->ntok) {
      /* most tokens: a plain word or number with the next on the same line */
      const kn_token *nx = k + 1;
      if (nx->ws < KN_WS_LINE && k->kind != KN_TK_PUNCT &&
          !((k->flags | nx->flags) & (KN_TF_ABBR | KN_TF_SKIP)))
        continue;
      if (!ends_after(t, s, i, line_start)) continue;
    }
    kn_status st = add_sentence(t, first, i);
    if (st) return st;
    first = i + 1;
  }
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
