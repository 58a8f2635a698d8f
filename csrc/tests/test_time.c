/* test_time.c -- the temporal tagger (kn_time.c), without Lua. */
#include "kn.h"
#include "kn_test.h"
#include "kn_internal.h"
#include "kn_time_lex.h"

static kn_wordset *abbrev;

static void load_abbrev(void) {
  size_t n, line = 0;
  char *s = kn_test_slurp("data/abbreviations.txt", &n);
  CHECK(s != NULL);
  CHECK_INT(kn_wordset_new(&abbrev, kn_default_alloc, NULL), KN_OK);
  if (s) CHECK_INT(kn_abbrev_load(abbrev, s, n, &line), KN_OK);
  free(s);
}

static kn_anchor anchor(const char *iso) {
  kn_anchor a;
  CHECK_INT(kn_anchor_parse(&a, iso, strlen(iso)), KN_OK);
  return a;
}

/* kn_time_parse of one expression against an anchor (NULL: none). */
static void expect(const char *anchor_iso, const char *expr, const char *value, int type) {
  char v[KN_TIMEX_VALUE];
  int t = 0;
  kn_anchor a;
  const kn_anchor *ap = NULL;
  if (anchor_iso) { a = anchor(anchor_iso); ap = &a; }
  kn_status st = kn_time_parse(expr, strlen(expr), ap, abbrev, v, sizeof v, &t);
  if (st != KN_OK) {
    kn_test_fail++;
    fprintf(stderr, "%s:%d: \"%s\": status %d, expected %s\n", __FILE__, __LINE__, expr, (int)st, value);
    return;
  }
  if (strcmp(v, value) != 0 || t != type) {
    kn_test_fail++;
    fprintf(stderr, "%s:%d: \"%s\" (anchor %s): %s type %d, expected %s type %d\n", __FILE__, __LINE__, expr,
            anchor_iso ? anchor_iso : "none", v, t, value, type);
    return;
  }
  kn_test_pass++;
}

static void expect_none(const char *expr) {
  char v[KN_TIMEX_VALUE];
  int t = 0;
  kn_anchor a = anchor("2024-10-28");
  CHECK_INT(kn_time_parse(expr, strlen(expr), &a, abbrev, v, sizeof v, &t), KN_EINVAL);
}

typedef struct { const char *text, *value, *value_end; int type, flags; } want;

/* Tags a text and compares every expression: surface text, value, type. */
static void expect_doc(const char *anchor_iso, const char *text, const want *w, size_t nw) {
  kn_tokenizer tk;
  kn_tagger g;
  kn_tok_init(&tk, NULL, NULL, abbrev);
  kn_time_init(&g, NULL, NULL);
  CHECK_INT(kn_tok_run(&tk, text, strlen(text)), KN_OK);
  kn_anchor a;
  const kn_anchor *ap = NULL;
  if (anchor_iso) { a = anchor(anchor_iso); ap = &a; }
  CHECK_INT(kn_time_tag(&g, text, &tk, ap), KN_OK);
  if (g.ntx != nw) {
    kn_test_fail++;
    fprintf(stderr, "%s:%d: %d expressions in \"%s\", expected %d:\n", __FILE__, __LINE__, (int)g.ntx, text, (int)nw);
    for (size_t i = 0; i < g.ntx; i++)
      fprintf(stderr, "  \"%.*s\" %s\n", (int)(g.tx[i].stop - g.tx[i].start), text + g.tx[i].start, g.tx[i].value);
  } else {
    for (size_t i = 0; i < nw; i++) {
      const kn_timex *x = &g.tx[i];
      size_t n = strlen(w[i].text);
      int ok = x->stop - x->start == n && memcmp(text + x->start, w[i].text, n) == 0 &&
               strcmp(x->value, w[i].value) == 0 && x->type == w[i].type &&
               strcmp(x->value_end, w[i].value_end ? w[i].value_end : "") == 0 &&
               (x->flags & w[i].flags) == w[i].flags &&
               x->first <= x->last && tk.tok[x->first].start == x->start &&
               tk.tok[x->last].start + tk.tok[x->last].len == x->stop && x->sent == tk.tok[x->first].sent;
      if (ok) kn_test_pass++;
      else {
        kn_test_fail++;
        fprintf(stderr, "%s:%d: \"%.*s\" %s %s type %d flags %d, expected \"%s\" %s %s type %d flags %d\n",
                __FILE__, __LINE__, (int)(x->stop - x->start), text + x->start, x->value, x->value_end, x->type,
                x->flags, w[i].text, w[i].value, w[i].value_end ? w[i].value_end : "", w[i].type, w[i].flags);
      }
    }
  }
  kn_time_free(&g);
  kn_tok_free(&tk);
}

#define DOC(anchor, text, ...) do { \
    static const want W_[] = { __VA_ARGS__ }; \
    expect_doc(anchor, text, W_, sizeof W_ / sizeof W_[0]); \
  } while (0)

static void test_anchor_parse(void) {
  kn_anchor a;
  CHECK_INT(kn_anchor_parse(&a, "2024-10-28", 10), KN_OK);
  CHECK(a.year == 2024 && a.month == 10 && a.day == 28 && a.hour == -1);
  CHECK_INT(kn_anchor_parse(&a, "2024-10-28T15:39", 16), KN_OK);
  CHECK(a.hour == 15 && a.minute == 39);
  CHECK_INT(kn_anchor_parse(&a, "2024-10-28T15:39:07+09:00", 25), KN_OK);
  CHECK_INT(kn_anchor_parse(&a, "2024-10-28T15:39Z", 17), KN_OK);
  CHECK_INT(kn_anchor_parse(&a, "2024-02-29", 10), KN_OK);
  CHECK_INT(kn_anchor_parse(&a, "2023-02-29", 10), KN_EINVAL);
  CHECK_INT(kn_anchor_parse(&a, "2024-13-01", 10), KN_EINVAL);
  CHECK_INT(kn_anchor_parse(&a, "2024-1-01", 9), KN_EINVAL);
  CHECK_INT(kn_anchor_parse(&a, "2024-10-28T25:00", 16), KN_EINVAL);
  CHECK_INT(kn_anchor_parse(&a, "2024-10-28 junk", 15), KN_EINVAL);
  CHECK_INT(kn_anchor_parse(&a, "Oct. 28", 7), KN_EINVAL);
  CHECK_INT(kn_anchor_parse(&a, NULL, 0), KN_EINVAL);
}

static void test_parse(void) {
  const char *A = "2024-10-28";   /* a Monday */
  /* absolute dates */
  expect(A, "Oct. 28, 2024", "2024-10-28", KN_TX_DATE);
  expect(A, "28 October 2024", "2024-10-28", KN_TX_DATE);
  expect(A, "2024-10-28", "2024-10-28", KN_TX_DATE);
  expect(A, "10/28/2024", "2024-10-28", KN_TX_DATE);
  expect(A, "28.10.2024", "2024-10-28", KN_TX_DATE);
  expect(A, "October 2024", "2024-10", KN_TX_DATE);
  expect(A, "2024-W44", "2024-W44", KN_TX_DATE);
  expect(A, "Oct. 28, 2024 - 15:39", "2024-10-28T15:39", KN_TX_TIME);
  expect(A, "the 1990s", "199", KN_TX_DATE);
  expect(A, "the 20th century", "19", KN_TX_DATE);
  /* relative to the anchor */
  expect(A, "today", "2024-10-28", KN_TX_DATE);
  expect(A, "yesterday", "2024-10-27", KN_TX_DATE);
  expect(A, "this week", "2024-W44", KN_TX_DATE);
  expect(A, "next week", "2024-W45", KN_TX_DATE);
  expect(A, "last year", "2023", KN_TX_DATE);
  expect(A, "this Thursday", "2024-10-31", KN_TX_DATE);
  expect(A, "next Wednesday", "2024-11-06", KN_TX_DATE);
  expect(A, "last Monday", "2024-10-21", KN_TX_DATE);
  expect(A, "three years ago", "2021", KN_TX_DATE);
  expect(A, "the fourth quarter", "2024-Q4", KN_TX_DATE);
  expect(A, "late last year", "2023", KN_TX_DATE);
  /* durations, sets, vague */
  expect(A, "the past three years", "P3Y", KN_TX_DURATION);
  expect(A, "two months", "P2M", KN_TX_DURATION);
  expect(A, "2 1/2 years", "P2Y6M", KN_TX_DURATION);
  expect(A, "an hour and a half", "PT1H30M", KN_TX_DURATION);
  expect(A, "twice a year", "P1Y", KN_TX_SET);
  expect(A, "every Thursday", "XXXX-WXX-4", KN_TX_SET);
  expect(A, "now", "PRESENT_REF", KN_TX_DATE);
  expect(A, "recently", "PAST_REF", KN_TX_DATE);
  expect(A, "soon", "FUTURE_REF", KN_TX_DATE);
  expect(A, "3 p.m.", "2024-10-28T15:00", KN_TX_TIME);
  expect(A, "Tuesday night", "2024-10-22TNI", KN_TX_TIME);
  /* a leading signal is allowed */
  expect(A, "since 2022", "2022", KN_TX_DATE);
  expect(A, "in more than three years", "P3Y", KN_TX_DURATION);
  /* year boundary */
  expect("2024-12-30", "next week", "2025-W02", KN_TX_DATE);
  expect("2024-12-30", "this week", "2025-W01", KN_TX_DATE);
  expect("2024-12-30", "next month", "2025-01", KN_TX_DATE);
  expect("2024-12-30", "this Friday", "2025-01-03", KN_TX_DATE);
  expect("2025-01-02", "last week", "2024-W52", KN_TX_DATE);
  expect("2025-01-02", "Dec. 30", "2024-12-30", KN_TX_DATE);
  /* no anchor: underspecified, never guessed */
  expect(NULL, "next Wednesday", "XXXX-WXX-3", KN_TX_DATE);
  expect(NULL, "Oct. 28", "XXXX-10-28", KN_TX_DATE);
  expect(NULL, "last year", "XXXX", KN_TX_DATE);
  expect(NULL, "yesterday", "XXXX-XX-XX", KN_TX_DATE);
  expect(NULL, "Oct. 28, 2024", "2024-10-28", KN_TX_DATE);
  expect(NULL, "three years", "P3Y", KN_TX_DURATION);
  /* not expressions */
  expect_none("the talks");
  expect_none("Seoul");
  expect_none("2,000 troops");
  expect_none("77-year-old");
  expect_none("");
  expect_none("Oct. 28 and Nov. 2");
  /* a buffer too small for the value */
  char small[4];
  int t;
  kn_anchor a = anchor(A);
  CHECK_INT(kn_time_parse("Oct. 28, 2024", 13, &a, abbrev, small, sizeof small, &t), KN_ERANGE);
}

static void test_tense(void) {
  const char *A = "2024-10-28";   /* Monday */
  DOC(A, "Kim will visit Seoul on Friday.", { "Friday", "2024-11-01", NULL, KN_TX_DATE, 0 });
  DOC(A, "Kim visited Seoul on Friday.", { "Friday", "2024-10-25", NULL, KN_TX_DATE, 0 });
  DOC(A, "Kim is scheduled to arrive on Wednesday.", { "Wednesday", "2024-10-30", NULL, KN_TX_DATE, 0 });
  DOC(A, "The ministry said Wednesday that talks were over.", { "Wednesday", "2024-10-23", NULL, KN_TX_DATE, 0 });
  /* the anchor's own weekday is today in the past and in the future */
  DOC(A, "The allies met on Monday.", { "Monday", "2024-10-28", NULL, KN_TX_DATE, 0 });
  /* "will be held" is passive: the cue is "will" */
  DOC(A, "The drills will be held Thursday.", { "Thursday", "2024-10-31", NULL, KN_TX_DATE, 0 });
  DOC("2024-12-30", "The ministers will meet again in January.", { "January", "2025-01", NULL, KN_TX_DATE, 0 });
  DOC("2024-12-30", "The ministers met in January.", { "January", "2024-01", NULL, KN_TX_DATE, 0 });
}

static void test_doc(void) {
  const char *A = "2024-10-28";
  DOC(A, "Cho will be in Brussels from Wednesday to Friday.",
      { "Wednesday", "2024-10-30", NULL, KN_TX_DATE, KN_XF_RANGE_FROM },
      { "Friday", "2024-11-01", NULL, KN_TX_DATE, KN_XF_RANGE_TO });
  DOC(A, "The drills run Oct. 28-30 near Pocheon.", { "Oct. 28-30", "2024-10-28", "2024-10-30", KN_TX_DATE, 0 });
  DOC(A, "Two months after the summit, the deal collapsed.", { "Two months", "P2M", NULL, KN_TX_DURATION, 0 });
  DOC(A, "Published : Oct. 28, 2024 - 15:39\nSEOUL -- Talks resumed.",
      { "Oct. 28, 2024 - 15:39", "2024-10-28T15:39", NULL, KN_TX_TIME, 0 });
  DOC(A, "The envoy arrived Sunday and left the next day.",
      { "Sunday", "2024-10-27", NULL, KN_TX_DATE, 0 }, { "the next day", "2024-10-28", NULL, KN_TX_DATE, 0 });
  DOC(A, "The envoy met him on Oct. 17. A day earlier, he had landed in Seoul.",
      { "Oct. 17", "2024-10-17", NULL, KN_TX_DATE, 0 }, { "A day earlier", "2024-10-16", NULL, KN_TX_DATE, 0 });
  DOC(A, "The missile flew at 3 p.m. on Saturday.",
      { "3 p.m.", "2024-10-26T15:00", NULL, KN_TX_TIME, 0 }, { "Saturday", "2024-10-26", NULL, KN_TX_DATE, 0 });
  DOC(NULL, "They met on Friday.", { "Friday", "XXXX-WXX-5", NULL, KN_TX_DATE, KN_XF_UNANCHORED });
  expect_doc(A, "The pact was signed by 77-year-old envoys with 2,000 troops present.", NULL, 0);
}

/* An allocator that fails after a budget of allocations and checks that
** every byte comes back. */
static size_t live_bytes, budget;
static void *budget_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  (void)ud;
  if (nsize == 0) { live_bytes -= ptr ? osize : 0; free(ptr); return NULL; }
  if (budget == 0) return NULL;
  budget--;
  void *p = realloc(ptr, nsize);
  if (p) live_bytes = live_bytes - (ptr ? osize : 0) + nsize;
  return p;
}

static void test_memory(void) {
  const char *text = "Cho met Blinken on Oct. 28, 2024, and again last week; they will meet next year.";
  kn_tokenizer tk;
  kn_tok_init(&tk, NULL, NULL, abbrev);
  CHECK_INT(kn_tok_run(&tk, text, strlen(text)), KN_OK);
  kn_anchor a = anchor("2024-10-28");
  int failed = 0, ok = 0;
  for (size_t b = 0; b < 8; b++) {
    kn_tagger g;
    budget = b;
    live_bytes = 0;
    kn_time_init(&g, budget_alloc, NULL);
    kn_status st = kn_time_tag(&g, text, &tk, &a);
    if (st == KN_ENOMEM) failed++;
    else if (st == KN_OK) { ok++; CHECK_INT(g.ntx, 3); }
    /* the tagger stays usable after a failure */
    budget = 100;
    CHECK_INT(kn_time_tag(&g, text, &tk, &a), KN_OK);
    CHECK_INT(g.ntx, 3);
    kn_time_free(&g);
    CHECK_INT(live_bytes, 0);
  }
  CHECK(failed > 0 && ok > 0);
  /* reuse across texts */
  kn_tagger g;
  kn_time_init(&g, NULL, NULL);
  CHECK_INT(kn_time_tag(&g, text, &tk, &a), KN_OK);
  CHECK_INT(g.ntx, 3);
  kn_tokenizer t2;
  kn_tok_init(&t2, NULL, NULL, abbrev);
  CHECK_INT(kn_tok_run(&t2, "", 0), KN_OK);
  CHECK_INT(kn_time_tag(&g, "", &t2, &a), KN_OK);
  CHECK_INT(g.ntx, 0);
  CHECK_INT(kn_time_tag(&g, NULL, &t2, &a), KN_EINVAL);
  kn_tok_free(&t2);
  kn_time_free(&g);
  kn_time_free(&g);   /* idempotent */
  kn_tok_free(&tk);
}

/* Skipped tokens (boilerplate) are never tagged. */
static void test_skip(void) {
  const char *text = "Photo: Oct. 28, 2024\n\nTalks resumed on Monday.";
  kn_tokenizer tk;
  kn_tagger g;
  kn_tok_init(&tk, NULL, NULL, abbrev);
  kn_time_init(&g, NULL, NULL);
  CHECK_INT(kn_tok_tokens(&tk, text, strlen(text)), KN_OK);
  kn_tok_skip(&tk, 0, 20);
  CHECK_INT(kn_tok_sentences(&tk, text, strlen(text)), KN_OK);
  kn_anchor a = anchor("2024-10-28");
  CHECK_INT(kn_time_tag(&g, text, &tk, &a), KN_OK);
  CHECK_INT(g.ntx, 1);
  if (g.ntx == 1) CHECK_STR(g.tx[0].value, "2024-10-28");
  kn_time_free(&g);
  kn_tok_free(&tk);
}

/* Every byte string tags without faults, and spans stay inside the text and
** in order (run under ASan/UBSan by make sanitize). */
/* Up to `words` pieces drawn by the generator at *seed, a space after a
** piece unless (seed >> shift) % mod is 0; returns the text's length. */
static size_t random_text(char *buf, size_t cap, const char *const *pieces, size_t np, int words, unsigned *seed,
                          int shift, unsigned mod) {
  size_t n = 0;
  for (int w = 0; w < words; w++) {
    *seed = *seed * 1103515245u + 12345u;
    const char *p = pieces[(*seed >> 8) % np];
    size_t l = strlen(p);
    if (n + l + 2 >= cap) break;
    memcpy(buf + n, p, l);
    n += l;
    if ((*seed >> shift) % mod) buf[n++] = ' ';
  }
  return n;
}

static void test_garbage(void) {
  static const char *const PIECES[] = { "Oct.", "28", "-", "30", ",", "2024", "last", "next", "the", "year",
    "week", "ago", "three", "years", "Friday", "night", "3", "p.m.", "15:39", "a", "half", "and", "of", "Q3",
    "1990s", "'", "mid", "early", "from", "to", "every", "twice", "fiscal", "quarter", "\xE2\x80\x94", ".",
    "\xFF", "1/2", "2025.06.23.", "W44", "May", "that", "day", "previous", "7.10am", "noon", "nineteen",
    "ninety", "six", "weekend", "recent", "the future", "year-earlier", "Thanksgiving", "Election", "Day" };
  const size_t NP = sizeof PIECES / sizeof PIECES[0];
  unsigned seed = 12345;
  char buf[1024];
  kn_tagger g;
  kn_time_init(&g, NULL, NULL);
  kn_anchor a = anchor("2024-02-29");
  int sound = 1;
  for (int round = 0; round < 3000; round++) {
    size_t n = random_text(buf, sizeof buf, PIECES, NP, 1 + (int)(seed % 40), &seed, 20, 3);
    kn_tokenizer tk;
    kn_tok_init(&tk, NULL, NULL, abbrev);
    if (kn_tok_run(&tk, buf, n) != KN_OK) { sound = 0; kn_tok_free(&tk); break; }
    if (kn_time_tag(&g, buf, &tk, (round & 1) ? &a : NULL) != KN_OK) sound = 0;
    uint32_t prev = 0;
    for (size_t i = 0; i < g.ntx; i++) {
      const kn_timex *x = &g.tx[i];
      if (x->start < prev || x->stop > n || x->start >= x->stop || !x->value[0]) sound = 0;
      prev = x->stop;
    }
    kn_tok_free(&tk);
  }
  CHECK(sound);
  kn_time_free(&g);
}

/* The long-key table (kn_tlex_find128: first and last 8 bytes, | 0x20)
** against the hash of the lower-cased key (kn_tlex_find), as lookup and
** next_trigger in kn_time.c read ASCII words of 9 bytes or more: the
** lexicon's long words in three cases, near misses, and random words of
** letters, digits, hyphens, apostrophes and the bytes next to the letters. */
static int long_same(const char *w, size_t n) {
  char key[32];
  uint64_t lo = 0, hi = 0;
  if (n < 9 || n > 16) return 1;
  for (size_t j = 0; j < n; j++) key[j] = (char)kn_lower((unsigned char)w[j]);
  for (unsigned j = 0; j < 8; j++) {
    lo |= (uint64_t)((unsigned char)w[j] | 0x20u) << (8 * j);
    hi |= (uint64_t)((unsigned char)w[n - 8 + j] | 0x20u) << (8 * j);
  }
  int a = n <= KN_TLEX_MAXKEY ? kn_tlex_find(key, n, kn_hash(key, n)) : 0;
  int b = n <= KN_TLEX_MAXKEY ? kn_tlex_find128(lo, hi, (uint32_t)n) : 0;
  if (a != b) fprintf(stderr, "%s:%d: \"%.*s\" %d, long table %d\n", __FILE__, __LINE__, (int)n, w, a, b);
  return a == b;
}

static void test_long_keys(void) {
  static const char *const WORDS[] = { "wednesday", "Wednesday", "WEDNESDAYS", "thanksgiving", "Thanksgiving",
    "approximately", "APPROXIMATELY", "September", "yesterday", "Yesterday", "millennium", "fortnightly",
    "wednesdayz", "xednesday", "Washington", "statement", "septembers", "thanksgivin", "approximatelyy",
    "yesterda-y", "o'clockwise", "twentieth", "twentieths", "eighteenth", "EIGHTEENTH", "participates" };
  int bad = 0, found = 0;
  for (size_t i = 0; i < sizeof WORDS / sizeof WORDS[0]; i++) {
    size_t n = strlen(WORDS[i]);
    char key[32];
    for (size_t j = 0; j < n; j++) key[j] = (char)kn_lower((unsigned char)WORDS[i][j]);
    found += n <= KN_TLEX_MAXKEY && kn_tlex_find(key, n, kn_hash(key, n)) != 0;
    bad += !long_same(WORDS[i], n);
  }
  CHECK(found >= 16);   /* the list holds lexicon words */
  static const char ALPHA[] = "eEaAoOtTnNsSrRdDyY09-'@[`{_";
  unsigned seed = 4242;
  char w[16];
  for (int round = 0; round < 200000 && bad < 5; round++) {
    seed = seed * 1103515245u + 12345u;
    size_t n = 9 + (seed >> 16) % 8;
    for (size_t j = 0; j < n; j++) {
      seed = seed * 1103515245u + 12345u;
      w[j] = ALPHA[(seed >> 16) % (sizeof ALPHA - 1)];
    }
    bad += !long_same(w, n);
  }
  /* the lexicon's long words with one byte changed: each must still agree */
  for (size_t i = 0; i < sizeof WORDS / sizeof WORDS[0]; i++) {
    size_t n = strlen(WORDS[i]);
    for (size_t j = 0; j < n && n <= 16; j++) {
      memcpy(w, WORDS[i], n);
      for (unsigned b = 0x20; b < 0x80; b++) {
        w[j] = (char)b;
        bad += !long_same(w, n);
      }
    }
  }
  CHECK_INT(bad, 0);
}

/* Tags text twice, first_of's filter, the scan's fast path and the skip of
** starts already tried on and off (every production tried at every token,
** every trigger found by is_trigger, every start tried at every trigger),
** and counts the texts whose expressions differ. */
static int same_both_ways(const char *text, size_t n, const kn_anchor *a) {
  kn_tokenizer tk;
  kn_tagger g1, g2;
  kn_tok_init(&tk, NULL, NULL, abbrev);
  kn_time_init(&g1, NULL, NULL);
  kn_time_init(&g2, NULL, NULL);
  int same = kn_tok_run(&tk, text, n) == KN_OK;
  kn_time_every_production = 0;
  if (same) same = kn_time_tag(&g1, text, &tk, a) == KN_OK;
  kn_time_every_production = 1;
  if (same) same = kn_time_tag(&g2, text, &tk, a) == KN_OK;
  kn_time_every_production = 0;
  if (same) same = g1.ntx == g2.ntx;
  for (size_t i = 0; same && i < g1.ntx; i++) {
    const kn_timex *x = &g1.tx[i], *y = &g2.tx[i];
    same = x->start == y->start && x->stop == y->stop && x->type == y->type && x->flags == y->flags &&
           strcmp(x->value, y->value) == 0 && strcmp(x->value_end, y->value_end) == 0;
    if (!same)
      fprintf(stderr, "%s:%d: \"%.*s\" %s, every production: \"%.*s\" %s\n", __FILE__, __LINE__,
              (int)(x->stop - x->start), text + x->start, x->value, (int)(y->stop - y->start), text + y->start,
              y->value);
  }
  if (same && g1.ntx != g2.ntx) fprintf(stderr, "%s:%d: %d vs %d expressions\n", __FILE__, __LINE__, (int)g1.ntx, (int)g2.ntx);
  kn_time_free(&g1);
  kn_time_free(&g2);
  kn_tok_free(&tk);
  return same;
}

/* first_of rules productions out by a token's shape and its neighbour,
** next_trigger words by their lexicon class: neither must ever rule out
** one that would have matched. Random runs of numbers, units, months,
** weekdays and joiners, and the corpus's articles. */
static void test_first_of(void) {
  static const char *const PIECES[] = { "10", "28", "2024", "1990s", "3rd", "21st", "7", "12", "4:28", "15:39",
    "7.10", "28.10.2024", "2024-10-28", "10/28/2024", "3pm", "2", "1/2", "100", "5,000", "p.m.", "a.m.", "GMT",
    "KST", "times", "a", "year", "years", "quarter", "century", "days", "day", "weeks", "months", "hours", "and",
    "to", "or", "more", "than", "-", "\xE2\x80\x93", "/", ",", ".", "of", "Oct.", "October", "May", "June",
    "Thursday", "Tuesdays", "nights", "morning", "the", "last", "next", "this", "ago", "early", "mid", "late",
    "at", "up", "same", "on", "in", "since", "until", "through", "fiscal", "Q3", "half", "first", "second",
    "three", "twenty", "weekend", "noon", "every", "twice", "o'clock", "(", ")", "an", "few", "couple", "dozen",
    "later", "future", "date", "PM", "percent" };
  const size_t NP = sizeof PIECES / sizeof PIECES[0];
  unsigned seed = 777;
  char buf[512];
  kn_anchor a = anchor("2024-10-31");
  int bad = 0;
  for (int round = 0; round < 20000 && bad < 5; round++) {
    seed = seed * 1103515245u + 12345u;
    size_t n = random_text(buf, sizeof buf, PIECES, NP, 1 + (int)((seed >> 16) % 9), &seed, 24, 5);
    bad += !same_both_ways(buf, n, (round & 3) ? &a : NULL);
  }
  /* forms first_of decides by the word after the first: each must still be found */
  static const char *const FORMS[] = { "The envoys meet a few times a year.", "They talk a couple of times a month.",
    "Drills run a dozen times a year.", "Talks resume at a later date.", "The vote is set for a future date.",
    "Output rose 3 percent a day.", "The launch came at 10 o'clock.", "The launch came at 7.10 pm Friday.",
    "The launch came at 0735 GMT.", "The launch came at 8 a.m. Friday.", "Prices rose 1.7 percent." };
  for (size_t i = 0; i < sizeof FORMS / sizeof FORMS[0]; i++)
    bad += !same_both_ways(FORMS[i], strlen(FORMS[i]), &a);
  static const char *const ARTICLES[] = { "examples/corpus/2024-04-05-namsan-cho-nato-fmm.txt",
    "examples/corpus/2024-10-31-namsan-icbm-launch.txt", "examples/corpus/2025-04-01-namsan-cho-fmm-preview.txt" };
  for (size_t i = 0; i < sizeof ARTICLES / sizeof ARTICLES[0]; i++) {
    size_t n;
    char *s = kn_test_slurp(ARTICLES[i], &n);
    CHECK(s != NULL);
    if (s) bad += !same_both_ways(s, n, &a);
    free(s);
  }
  CHECK_INT(bad, 0);
}

int main(void) {
  load_abbrev();
  test_anchor_parse();
  test_parse();
  test_tense();
  test_doc();
  test_memory();
  test_skip();
  test_garbage();
  test_long_keys();
  test_first_of();
  kn_wordset_free(abbrev);
  KN_TEST_END();
}
