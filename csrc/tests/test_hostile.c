/* test_hostile.c -- hostile input for every unit of the core, without Lua:
** invalid and overlong UTF-8, surrogates, NUL and control bytes, mixed line
** ends, texts with no space or sentence end, huge tokens, names repeated by
** the ten thousand, broken data files. Each unit must give a status (never
** crash, never read out of bounds under make sanitize), keep its offsets
** exact, and stay linear in the input.
**
** The regression tests of the bugs the fuzz targets (fuzz/) found are here
** too, each under the name of what was wrong. */
#include "kn.h"
#include "kn_test.h"

static kn_wordset *abbrev;
static kn_gaz *pack;
static kn_evlex *lexicon;

/* ---------------------------------------------------------------- setup */

static char *slurp_or_die(const char *path, size_t *n) {
  char *s = kn_test_slurp(path, n);
  if (!s) { fprintf(stderr, "cannot read %s (run from the repository root)\n", path); exit(2); }
  return s;
}

static void load_pack(void) {
  static const char *const KNG[] = { "data/gazetteer/countries.kng", "data/gazetteer/locations.kng",
    "data/gazetteer/meetings.kng", "data/gazetteer/offices.kng", "data/gazetteer/organizations.kng",
    "data/gazetteer/people.kng", NULL };
  char err[2048];
  size_t n, line = 0;
  char *s = slurp_or_die("data/abbreviations.txt", &n);
  CHECK_INT(kn_wordset_new(&abbrev, NULL, NULL), KN_OK);
  CHECK_INT(kn_abbrev_load(abbrev, s, n, &line), KN_OK);
  free(s);
  CHECK_INT(kn_gaz_new(&pack, NULL, NULL), KN_OK);
  s = slurp_or_die("data/spelling.txt", &n);
  CHECK_INT(kn_gaz_spelling(pack, s, n, err, sizeof err), KN_OK);
  free(s);
  s = slurp_or_die("data/ranks.txt", &n);
  CHECK_INT(kn_gaz_ranks(pack, s, n, err, sizeof err), KN_OK);
  free(s);
  for (int i = 0; KNG[i]; i++) {
    s = slurp_or_die(KNG[i], &n);
    CHECK_INT(kn_gaz_load(pack, KNG[i], s, n, 0, err, sizeof err), KN_OK);
    free(s);
  }
  CHECK_INT(kn_gaz_compile(pack, abbrev, err, sizeof err), KN_OK);
  s = slurp_or_die("data/events.txt", &n);
  CHECK_INT(kn_evlex_new(&lexicon, NULL, NULL), KN_OK);
  CHECK_INT(kn_evlex_load(lexicon, "data/events.txt", s, n, err, sizeof err), KN_OK);
  free(s);
}

/* s repeated until n bytes (whole copies only); *len gets the length. */
static char *repeat(const char *s, size_t n, size_t *len) {
  size_t l = strlen(s), k = n / l;
  char *out = malloc(k * l + 1);
  if (!out) exit(2);
  for (size_t i = 0; i < k; i++) memcpy(out + i * l, s, l);
  out[k * l] = 0;
  *len = k * l;
  return out;
}

/* ------------------------------------------------------- one analysis */

typedef struct run {
  kn_tokenizer tk;
  kn_linker lk;
  kn_tagger tg;
  kn_extractor ex;
  kn_status st;
} run;

/* Every span inside the text, on token edges, in order; references valid. */
static int sound(const run *r, const char *s, size_t n) {
  const kn_tokenizer *t = &r->tk;
  size_t pos = 0;
  for (size_t i = 0; i < t->ntok; i++) {
    const kn_token *k = &t->tok[i];
    if (k->len == 0 || k->start < pos || (size_t)k->start + k->len > n) return 0;
    for (size_t j = pos; j < k->start; j++) {
      unsigned char c = (unsigned char)s[j];
      if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c >= 0x80)) return 0;
    }
    pos = (size_t)k->start + k->len;
  }
  size_t next = 0;
  for (size_t i = 0; i < t->nsent; i++) {
    if (t->sent[i].first != next || t->sent[i].last < t->sent[i].first || t->sent[i].last >= t->ntok) return 0;
    next = t->sent[i].last + 1;
  }
  if (next != t->ntok) return 0;
#define SPAN_OK(x) ((x)->start < (x)->stop && (x)->stop <= n && (x)->last < t->ntok && \
                    (x)->start == t->tok[(x)->first].start && \
                    (x)->stop == t->tok[(x)->last].start + t->tok[(x)->last].len && (x)->sent < t->nsent)
  uint32_t prev = 0;
  for (size_t i = 0; i < r->lk.nm; i++) {
    const kn_mention *m = &r->lk.m[i];
    if (!SPAN_OK(m) || m->start < prev) return 0;   /* no overlap, text order */
    prev = m->stop;
    if (m->entity >= 0 ? (size_t)m->entity >= kn_gaz_count(pack)
                       : m->entity != -1 && (size_t)KN_NEW_INDEX(m->entity) >= r->lk.nne) return 0;
  }
  for (size_t i = 0; i < r->tg.ntx; i++)
    if (!SPAN_OK(&r->tg.tx[i]) || !memchr(r->tg.tx[i].value, 0, KN_TIMEX_VALUE)) return 0;
  for (size_t i = 0; i < r->ex.nev; i++) {
    const kn_event *e = &r->ex.ev[i];
    if (!SPAN_OK(e) || (size_t)e->part + e->npart > r->ex.nparts) return 0;
  }
#undef SPAN_OK
  return 1;
}

static void analyse(run *r, const char *s, size_t n, const kn_anchor *a) {
  kn_tok_init(&r->tk, NULL, NULL, abbrev);
  kn_link_init(&r->lk, NULL, NULL);
  kn_time_init(&r->tg, NULL, NULL);
  kn_event_init(&r->ex, NULL, NULL);
  r->st = kn_tok_run(&r->tk, s, n);
  if (!r->st) r->st = kn_link_run(&r->lk, pack, s, &r->tk, a);
  if (!r->st) r->st = kn_time_tag(&r->tg, s, &r->tk, a);
  if (!r->st) r->st = kn_event_run(&r->ex, lexicon, pack, s, &r->tk, &r->lk, &r->tg, a);
}

static void done(run *r) {
  kn_event_free(&r->ex);
  kn_time_free(&r->tg);
  kn_link_free(&r->lk);
  kn_tok_free(&r->tk);
}

static const kn_anchor ANCHOR = { 2024, 10, 28, 15, 39 };

/* Analyses s and checks it is sound; returns the number of mentions of id. */
static size_t mentions_of(const char *s, size_t n, const char *id) {
  run r;
  analyse(&r, s, n, &ANCHOR);
  CHECK_INT(r.st, KN_OK);
  CHECK(sound(&r, s, n));
  int32_t e = kn_gaz_find(pack, id, strlen(id));
  size_t k = 0;
  for (size_t i = 0; i < r.lk.nm; i++) if (r.lk.m[i].entity == e) k++;
  done(&r);
  return k;
}

/* ------------------------------------------------------------ tokens */

/* Each byte of a bad sequence is a symbol token of its own, flagged BAD;
** the words around it keep their offsets. */
static void test_bad_utf8(void) {
  static const char *const BAD[] = {
    "\x80", "\xBF", "\xFF", "\xFE", "\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xF0\x80\x80\xAF",  /* overlong */
    "\xED\xA0\x80", "\xED\xBF\xBF", "\xED\xB0\x80",                                          /* surrogates */
    "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xF8\x88\x80\x80\x80",                          /* out of range */
    "\xE2\x82", "\xC3", "\xF0\x9F\x98",                                                      /* truncated */
    NULL };
  for (int b = 0; BAD[b]; b++) {
    char s[128];
    size_t bl = strlen(BAD[b]);
    int n = snprintf(s, sizeof s, "Cho Tae-yul%s met NATO %s chief%s", BAD[b], BAD[b], BAD[b]);
    kn_tokenizer t;
    kn_tok_init(&t, NULL, NULL, abbrev);
    CHECK_INT(kn_tok_run(&t, s, (size_t)n), KN_OK);
    size_t bad = 0;
    for (size_t i = 0; i < t.ntok; i++)
      if (t.tok[i].flags & KN_TF_BAD) { bad++; CHECK_INT(t.tok[i].len, 1); CHECK_INT(t.tok[i].kind, KN_TK_SYM); }
    CHECK_INT(bad, 3 * bl);
    CHECK(kn_utf8_check(s, (size_t)n) == 12);   /* 1 + the offset of the first bad byte */
    kn_tok_free(&t);
    CHECK_INT(mentions_of(s, (size_t)n, "person/cho-tae-yul"), 1);
    CHECK_INT(mentions_of(s, (size_t)n, "org/nato"), 1);
  }
  /* a bad byte at the very end, and nothing but bad bytes */
  CHECK_INT(mentions_of("NATO\xE2", 5, "org/nato"), 1);
  CHECK_INT(mentions_of("\xFF\xFE\xFD\xFC", 4, "org/nato"), 0);
}

/* NUL and control bytes are symbols; they split words and never end the text. */
static void test_nul_and_controls(void) {
  const char s[] = "NATO\0said\0\0on Thursday\x01that\x7F Seoul\x1B[0m would join.\0";
  size_t n = sizeof s - 1;
  kn_tokenizer t;
  kn_tok_init(&t, NULL, NULL, abbrev);
  CHECK_INT(kn_tok_run(&t, s, n), KN_OK);
  size_t nul = 0;
  for (size_t i = 0; i < t.ntok; i++)
    if (s[t.tok[i].start] == 0) { nul++; CHECK(t.tok[i].flags & KN_TF_BAD); }
  CHECK_INT(nul, 4);
  CHECK_INT(t.tok[t.ntok - 1].start, n - 1);   /* the NUL at the end is a token too */
  kn_tok_free(&t);
  CHECK_INT(mentions_of(s, n, "org/nato"), 1);
  CHECK_INT(mentions_of(s, n, "country/south-korea"), 1);   /* Seoul said: the metonym */
  run r;
  analyse(&r, s, n, &ANCHOR);
  CHECK(sound(&r, s, n));
  CHECK_INT(r.tg.ntx, 1);   /* said on Thursday: the one before the anchor */
  if (r.tg.ntx) CHECK_STR(r.tg.tx[0].value, "2024-10-24");
  done(&r);
}

/* \r\n, \r and \n in one text: one line break each, offsets exact. */
static void test_mixed_line_ends(void) {
  const char *s = "SEOUL, Oct. 28\r\n\r\nCho Tae-yul met Rutte.\rThey talked\r\nnext week.\n\r\nNew paragraph\r";
  size_t n = strlen(s);
  run r;
  analyse(&r, s, n, &ANCHOR);
  CHECK_INT(r.st, KN_OK);
  CHECK(sound(&r, s, n));
  CHECK(r.tk.nsent >= 4);
  for (size_t i = 0; i < r.tk.ntok; i++) CHECK(s[r.tk.tok[i].start] != '\r' && s[r.tk.tok[i].start] != '\n');
  done(&r);
}

/* 10 MB with no space and no period: one token, one sentence, quickly. */
static void test_no_space_no_period(void) {
  size_t n;
  char *s = repeat("NATOx", 10u << 20, &n);
  run r;
  analyse(&r, s, n, &ANCHOR);
  CHECK_INT(r.st, KN_OK);
  CHECK_INT(r.tk.ntok, 1);
  CHECK_INT(r.tk.nsent, 1);
  CHECK_INT(r.tk.tok[0].len, n);
  CHECK_INT(r.lk.nm, 0);
  done(&r);
  free(s);
  /* the same size of punctuation and words with no sentence end */
  s = repeat("Seoul-NATO,", 10u << 20, &n);
  analyse(&r, s, n, &ANCHOR);
  CHECK_INT(r.st, KN_OK);
  CHECK_INT(r.tk.nsent, 1);
  CHECK(sound(&r, s, n));
  done(&r);
  free(s);
}

/* 100,000-character tokens (ASCII, Hangul, digits, marks) between words.
** (kn_time.c, p_clock: a number of more than 9 digits left its value
** uninitialised and then read it; valgrind over this test shows it.) */
static void test_huge_tokens(void) {
  static const char *const UNIT[] = { "a", "\xEA\xB0\x80", "7", "a\xCC\x81", "\xE2\x80\x8B", "-", ".", "'s", NULL };
  for (int u = 0; UNIT[u]; u++) {
    size_t ul = strlen(UNIT[u]), bn = 100000 * ul;
    char *big = malloc(bn + 200);
    strcpy(big, "Before, Cho Tae-yul met ");
    size_t o = strlen(big);
    for (size_t i = 0; i < 100000; i++, o += ul) memcpy(big + o, UNIT[u], ul);
    const char *tail = " and NATO on Oct. 28.";
    memcpy(big + o, tail, strlen(tail) + 1);
    o += strlen(tail);
    CHECK_INT(mentions_of(big, o, "person/cho-tae-yul"), 1);
    CHECK_INT(mentions_of(big, o, "org/nato"), 1);
    free(big);
  }
  /* keys of a huge token: snprintf style, never past the buffer */
  size_t n;
  char *s = repeat("\xC3\x89", 200000, &n);   /* É, folded to e */
  kn_tokenizer t;
  char key[16];
  kn_tok_init(&t, NULL, NULL, abbrev);
  CHECK_INT(kn_tok_run(&t, s, n), KN_OK);
  CHECK_INT(t.ntok, 1);
  CHECK_INT(kn_tok_key(s, &t.tok[0], key, sizeof key), n / 2);
  CHECK_INT(kn_key(s, n, NULL, 0), n / 2);
  kn_tok_free(&t);
  free(s);
}

/* Names repeated by the ten thousand: every one a mention, in order. */
static void test_repeated_names(void) {
  size_t n;
  char *s = repeat("NATO ", 100000 * 5, &n);
  CHECK_INT(mentions_of(s, n, "org/nato"), 100000);
  free(s);
  s = repeat("Cho Tae-yul ", 50000 * 12, &n);
  CHECK_INT(mentions_of(s, n, "person/cho-tae-yul"), 50000);
  free(s);
  s = repeat("\xEC\xA1\xB0\xED\x83\x9C\xEC\x97\xB4 ", 50000 * 10, &n);   /* 조태열 */
  CHECK_INT(mentions_of(s, n, "person/cho-tae-yul"), 50000);
  free(s);
}

/* ------------------------------------------------------ regressions */

/* kn_link.c, kn_link_run: "Mr. Yoon" after "Yoon Suk Yeol" gave two
** mentions of the same token, a new person "Yoon" (from the rank) and
** the short form of Yoon Suk Yeol. */
static void test_rank_before_short_form(void) {
  const char *s = "President Yoon Suk Yeol arrived. Earlier, Mr. Yoon held talks with Mr. Kishida.";
  size_t n = strlen(s);
  run r;
  analyse(&r, s, n, &ANCHOR);
  CHECK(sound(&r, s, n));   /* no overlapping mentions */
  int32_t yoon = kn_gaz_find(pack, "person/yoon-suk-yeol", 20);
  size_t at = (size_t)(strstr(s, "Mr. Yoon") - s) + 4, k = 0;
  for (size_t i = 0; i < r.lk.nm; i++)
    if (r.lk.m[i].start == at) { k++; CHECK_INT(r.lk.m[i].entity, yoon); CHECK_INT(r.lk.m[i].how, KN_HOW_SHORT); }
  CHECK_INT(k, 1);
  done(&r);
  /* a rank before a name that is a short form of no one named yet: a new
  ** person, whose tokens are not linked again */
  s = "Mr. Cho Hyun-dong spoke. Gen. Kim Yong Hwan too.";
  n = strlen(s);
  analyse(&r, s, n, &ANCHOR);
  CHECK(sound(&r, s, n));
  done(&r);
}

/* kn_gaz.c, check_record / kn_gaz_load: a record with no field before any
** field was read did pointer arithmetic on a NULL buffer (UBSan). */
static void test_gaz_record_without_fields(void) {
  kn_gaz *g;
  char err[512];
  CHECK_INT(kn_gaz_new(&g, NULL, NULL), KN_OK);
  CHECK_INT(kn_gaz_load(g, "bare.kng", "person/x\n", 9, 0, err, sizeof err), KN_ESYNTAX);
  CHECK_STR(err, "bare.kng:1: missing name for person/x");
  CHECK_INT(kn_gaz_count(g), 0);
  CHECK_INT(kn_gaz_load(g, "bare.kng", "person/x\n\nperson/y\nname: Y\n", 24, 0, err, sizeof err), KN_ESYNTAX);
  CHECK_INT(kn_gaz_count(g), 0);
  kn_gaz_free(g);
}

/* kn_event.c, kn_event_run: qsort(NULL, 0, ...) when a text has no trigger
** (UBSan: null pointer passed as argument 1). */
static void test_event_no_candidates(void) {
  run r;
  analyse(&r, "Seoul\0NATO\0\0 Oct.\0 28", 22, &ANCHOR);
  CHECK_INT(r.st, KN_OK);
  CHECK_INT(r.ex.nev, 0);
  done(&r);
  /* and with no linker results at all */
  kn_tokenizer t;
  kn_extractor x;
  kn_tok_init(&t, NULL, NULL, abbrev);
  kn_event_init(&x, NULL, NULL);
  CHECK_INT(kn_tok_run(&t, "They met on Thursday.", 21), KN_OK);
  CHECK_INT(kn_event_run(&x, lexicon, pack, "They met on Thursday.", &t, NULL, NULL, NULL), KN_OK);
  kn_event_free(&x);
  kn_tok_free(&t);
}

/* kn_event.c, kn_evlex_load: a NUL byte made a key shorter than its
** length (strlen) or empty, and the commit then failed half-way with
** KN_EINVAL and no message; a lone combining mark was an empty key. */
static void test_evlex_bad_keys(void) {
  kn_evlex *x;
  char err[512];
  CHECK_INT(kn_evlex_new(&x, NULL, NULL), KN_OK);
  const char nul[] = "@trade trade tariffs\nmet talks\n@class \0bad words\n";
  CHECK_INT(kn_evlex_load(x, "nul.txt", nul, sizeof nul - 1, err, sizeof err), KN_ESYNTAX);
  CHECK_STR(err, "nul.txt:3: NUL byte in line");
  CHECK_INT(kn_evlex_count(x), 0);
  const char *mark = "\xCC\x81 meeting\n";
  CHECK_INT(kn_evlex_load(x, "mark.txt", mark, strlen(mark), err, sizeof err), KN_ESYNTAX);
  CHECK_STR(err, "mark.txt:1: bad phrase");
  CHECK_INT(kn_evlex_count(x), 0);
  /* a context word longer than a token's kept key (47 bytes) is refused by
  ** name, never stored with a length that wraps; one of 47 bytes is kept */
  char lng[512];
  memset(lng, 'w', 300);
  memcpy(lng + 300, " parley meeting\n", 16);
  CHECK_INT(kn_evlex_load(x, "long.txt", lng, 316, err, sizeof err), KN_ESYNTAX);
  CHECK_STR(err, "long.txt:1: phrase too long (at most 255 bytes)");
  memcpy(lng + 48, " parley meeting\n", 16);
  CHECK_INT(kn_evlex_load(x, "long.txt", lng, 64, err, sizeof err), KN_ESYNTAX);
  CHECK_STR(err, "long.txt:1: word too long (at most 47 bytes)");
  CHECK_INT(kn_evlex_count(x), 0);
  memcpy(lng + 47, " parley meeting\n", 16);
  CHECK_INT(kn_evlex_load(x, "long.txt", lng, 63, err, sizeof err), KN_OK);
  CHECK_INT(kn_evlex_count(x), 1);
  kn_evlex_free(x);
}

/* kn_event.c, kn_evlex_load: a rejected text left its class names behind,
** so a later text could use a class that was never loaded, under the id of
** another. */
static void test_evlex_rejected_classes(void) {
  kn_evlex *x;
  char err[512];
  CHECK_INT(kn_evlex_new(&x, NULL, NULL), KN_OK);
  const char *bad = "@ghost spooky words\nmet meeting needs:nowhere\n";
  CHECK_INT(kn_evlex_load(x, "bad.txt", bad, strlen(bad), err, sizeof err), KN_ESYNTAX);
  CHECK_STR(err, "bad.txt:2: unknown class in a condition");
  const char *uses = "@real real words\nmet meeting needs:ghost\n";
  CHECK_INT(kn_evlex_load(x, "uses.txt", uses, strlen(uses), err, sizeof err), KN_ESYNTAX);
  CHECK_STR(err, "uses.txt:2: unknown class in a condition");
  /* defining it for real works */
  const char *good = "@ghost spooky\nmet meeting needs:ghost\n";
  CHECK_INT(kn_evlex_load(x, "good.txt", good, strlen(good), err, sizeof err), KN_OK);
  CHECK_INT(kn_evlex_count(x), 1);
  kn_evlex_free(x);
}

/* Events of s with lexicon x (and the pack): their count. */
static size_t count_events(const kn_evlex *x, const char *s) {
  kn_tokenizer t;
  kn_extractor ex;
  kn_linker lk;
  kn_tagger tg;
  kn_tok_init(&t, NULL, NULL, abbrev);
  kn_link_init(&lk, NULL, NULL);
  kn_time_init(&tg, NULL, NULL);
  kn_event_init(&ex, NULL, NULL);
  CHECK_INT(kn_tok_run(&t, s, strlen(s)), KN_OK);
  CHECK_INT(kn_link_run(&lk, pack, s, &t, &ANCHOR), KN_OK);
  CHECK_INT(kn_time_tag(&tg, s, &t, &ANCHOR), KN_OK);
  CHECK_INT(kn_event_run(&ex, x, pack, s, &t, &lk, &tg, &ANCHOR), KN_OK);
  size_t n = ex.nev;
  kn_event_free(&ex);
  kn_time_free(&tg);
  kn_link_free(&lk);
  kn_tok_free(&t);
  return n;
}

/* kn_event.c, the words' table of the extraction (tok_words): trigger
** heads and class words it holds (ASCII, up to 16 bytes) and those it
** cannot (longer, not ASCII) are found alike, in any case, and a word
** that is both a head and a class word is both. */
static void test_evlex_word_table(void) {
  kn_evlex *x;
  char err[512];
  CHECK_INT(kn_evlex_new(&x, NULL, NULL), KN_OK);
  const char *lx = "@far intergovernmentalists r\xC3\xA9union parley\n"
                   "interparliamentary talks\nr\xC3\xA9union meeting\nparley talks needs:far\n";
  CHECK_INT(kn_evlex_load(x, "table.txt", lx, strlen(lx), err, sizeof err), KN_OK);
  CHECK_INT(count_events(x, "The interparliamentary was held on Oct. 28 with Cho Tae-yul."), 1);
  CHECK_INT(count_events(x, "The INTERPARLIAMENTARY was held on Oct. 28 with Cho Tae-yul."), 1);
  CHECK_INT(count_events(x, "The r\xC3\xA9union was held on Oct. 28 with Cho Tae-yul."), 1);
  CHECK_INT(count_events(x, "The R\xC3\x89UNION was held on Oct. 28 with Cho Tae-yul."), 1);
  CHECK_INT(count_events(x, "The parley was held on Oct. 28 with Cho Tae-yul."), 1);   /* its own class */
  CHECK_INT(count_events(x, "The interparliamentarians was held on Oct. 28 with Cho Tae-yul."), 0);
  CHECK_INT(count_events(x, "The reunion was held on Oct. 28 with Cho Tae-yul."), 1);   /* the key folds the accent */
  kn_evlex_free(x);
  /* a head (Hangul) and a class word the table cannot hold */
  CHECK_INT(kn_evlex_new(&x, NULL, NULL), KN_OK);
  const char *lx2 = "@far intergovernmentalists\nparley talks needs:far\n\xED\x9A\x8C\xEB\x8B\xB4 meeting\n";
  CHECK_INT(kn_evlex_load(x, "table2.txt", lx2, strlen(lx2), err, sizeof err), KN_OK);
  CHECK_INT(count_events(x, "The parley of Intergovernmentalists was held on Oct. 28 with Cho Tae-yul."), 1);
  CHECK_INT(count_events(x, "The parley was held on Oct. 28 with Cho Tae-yul."), 0);
  CHECK_INT(count_events(x, "The \xED\x9A\x8C\xEB\x8B\xB4 was held on Oct. 28 with Cho Tae-yul."), 1);
  kn_evlex_free(x);
}

/* kn_event.c, kn_evlex_load: words past the 32nd of a line were dropped
** without a word (data/events.txt's @troops class lost "vessels" and
** "assets"); now up to 128 are read and more is an error. */
static void test_evlex_long_lines(void) {
  kn_evlex *x;
  char err[512], line[2048];
  CHECK_INT(kn_evlex_new(&x, NULL, NULL), KN_OK);
  size_t o = (size_t)snprintf(line, sizeof line, "@far");
  for (int i = 1; i <= 40; i++) o += (size_t)snprintf(line + o, sizeof line - o, " w%d", i);
  o += (size_t)snprintf(line + o, sizeof line - o, "\nparley talks needs:far\n");
  CHECK_INT(kn_evlex_load(x, "long.txt", line, o, err, sizeof err), KN_OK);
  CHECK_INT(count_events(x, "The w40 parley was held on Oct. 28 with Cho Tae-yul."), 1);
  o = (size_t)snprintf(line, sizeof line, "@wide");
  for (int i = 1; i <= 130; i++) o += (size_t)snprintf(line + o, sizeof line - o, " w%d", i);
  CHECK_INT(kn_evlex_load(x, "wide.txt", line, o, err, sizeof err), KN_ESYNTAX);
  CHECK_STR(err, "wide.txt:1: too many words on a line");
  kn_evlex_free(x);
  /* the default lexicon's longest class line is read whole */
  size_t n;
  char *ev = slurp_or_die("data/events.txt", &n);
  CHECK_INT(kn_evlex_new(&x, NULL, NULL), KN_OK);
  CHECK_INT(kn_evlex_load(x, "data/events.txt", ev, n, err, sizeof err), KN_OK);
  kn_evlex_free(x);
  free(ev);
}

/* kn_event.c, emit_event / clause_of / fill_meeting_dates, and kn_link.c,
** new_person: work per trigger grew with the sentence and the document
** (1 MB of "talks, " took 100 s, 4.6 MB of new names 160 s). These sizes
** took seconds each before and take milliseconds now; no time is measured,
** a regression shows as a run that does not end. */
static void test_linear_time(void) {
  static const char *const UNIT[] = { "talks, ", "NATO summit ", "Cho Tae-yul met NATO, ",
    "he talks, ", "NATO summit with Cho Tae-yul. ", "talks with Cho Tae-yul, talks with Rutte, ", NULL };
  for (int u = 0; UNIT[u]; u++) {
    size_t n;
    char *s = repeat(UNIT[u], 400000, &n);
    run r;
    analyse(&r, s, n, &ANCHOR);
    CHECK_INT(r.st, KN_OK);
    CHECK(sound(&r, s, n));
    done(&r);
    free(s);
  }
  /* 20,000 people named after a rank or title, each new */
  size_t cap = 20000 * 64, o = 0;
  char *s = malloc(cap);
  for (int i = 0; i < 20000; i++) {
    char nm[8];
    int x = i, k = 0;
    do { nm[k++] = (char)('a' + x % 26); x /= 26; } while (x);
    nm[k] = 0;
    o += (size_t)snprintf(s + o, cap - o, "Mr. K%s said. Gen. P%s met Foreign Minister Q%s. ", nm, nm, nm);
  }
  run r;
  analyse(&r, s, o, &ANCHOR);
  CHECK_INT(r.st, KN_OK);
  CHECK(sound(&r, s, o));
  CHECK(r.lk.nne > 59000);   /* a few names are known short forms: Kim, Park */
  done(&r);
  /* the same new name twice is one new entity */
  const char *twice = "Mr. Kabc said. Later Mr. Kabc left.";
  analyse(&r, twice, strlen(twice), &ANCHOR);
  CHECK_INT(r.lk.nne, 1);
  CHECK_INT(r.lk.nm, 2);
  if (r.lk.nm == 2) CHECK_INT(r.lk.m[0].entity, r.lk.m[1].entity);
  done(&r);
  free(s);
}

/* A named meeting with no date of its own takes the date it has elsewhere
** in the document (fill_meeting_dates, now grouped by text). */
static void test_meeting_dates(void) {
  const char *s =
    "Yoon Suk Yeol went to the NATO summit on July 11, 2023.\n\n"
    "Markets were calm. Prices rose. Nothing else happened.\n\n"
    "Cho Tae-yul praised NATO summit results with Yoon Suk Yeol.\n\n"
    "Kishida recalled a G7 summit with Rutte.\n\n"
    "Yoon Suk Yeol recalled a G7 summit with Cho Tae-yul.";
  run r;
  analyse(&r, s, strlen(s), &ANCHOR);
  CHECK(sound(&r, s, strlen(s)));
  CHECK_INT(r.ex.nev, 3);
  if (r.ex.nev == 3) {
    CHECK_STR(r.ex.ev[0].date, "2023-07-11");
    CHECK_STR(r.ex.ev[1].date, "2023-07-11");   /* from the first: same text, three sentences away */
    CHECK_STR(r.ex.ev[2].date, "");             /* no dated G7 summit */
  }
  done(&r);
}

/* ------------------------------------------------------- data files */

/* A gazetteer text with any error adds nothing, and says file:line. */
static void test_gaz_errors(void) {
  static const struct { const char *text; size_t len; const char *err; } CASES[] = {
    { "person/a\nname: A\n\nperson/b\nname: B\nfrobnicate: x\n", 0, "x.kng:6: unknown key 'frobnicate'" },
    { "person/a\nname: A\n\nperson/a\nname: A again\n", 0, "x.kng:4: duplicate id person/a" },
    { "person/a\nname: A\n\nperson/\xC0\xAF\nname: B\n", 0, "x.kng:4: invalid UTF-8" },
    { "person/a\nname: A\n\nperson/b\nname: B\0C\n", 37, "x.kng:5: NUL byte in line" },
    { "person/a\nname: A\ntitle: Boss\n", 0, "x.kng:3: key 'title' does not apply to this kind" },
    { "office/o\nname: O\nholder: person/a 2024-02-30 -\n", 0, NULL },
    { "office/o\nname: O\nholder: person/a 2024-01-01 2023-01-01\n", 0, NULL },
    { "office/o\nname: O\nholder: country/a 2024-01-01 -\n", 0, NULL },
    { "name: A\n", 0, "x.kng:1: expected an entity id, got a field before any id" },
    { "Person/A\nname: A\n", 0, NULL },
    { "person/a\nname: A\nname: B\n", 0, "x.kng:1: more than one name for person/a" },
    { "person/a\nname: A\nalias: B |  | C\n", 0, "x.kng:3: empty value in a ' | ' list" },
    { "person/a\nname:\n", 0, "x.kng:2: empty value" },
    { "person/a\nname: A\nwikidata: Q12x\n", 0, "x.kng:3: bad wikidata id 'Q12x' (Q and digits)" },
    { NULL, 0, NULL }
  };
  for (int c = 0; CASES[c].text; c++) {
    kn_gaz *g;
    char err[512];
    CHECK_INT(kn_gaz_new(&g, NULL, NULL), KN_OK);
    CHECK_INT(kn_gaz_load(g, "x.kng", "person/keep\nname: Keep\n", 23, 0, err, sizeof err), KN_OK);
    size_t len = CASES[c].len ? CASES[c].len : strlen(CASES[c].text);
    CHECK_INT(kn_gaz_load(g, "x.kng", CASES[c].text, len, 0, err, sizeof err), KN_ESYNTAX);
    /* the first error, file:line: reason (others may follow on more lines) */
    const char *want = CASES[c].err ? CASES[c].err : "x.kng:";
    CHECK(strncmp(err, want, strlen(want)) == 0);
    if (strncmp(err, want, strlen(want))) fprintf(stderr, "  case %d: got \"%s\"\n", c, err);
    CHECK_INT(kn_gaz_count(g), 1);               /* never half-loaded */
    CHECK_INT(kn_gaz_find(g, "person/a", 8), -1);
    CHECK_INT(kn_gaz_compile(g, abbrev, err, sizeof err), KN_OK);
    kn_gaz_free(g);
  }
  /* a reference to an unknown id: loaded, then compile says where, and the
  ** gazetteer does not link until it is fixed */
  kn_gaz *g;
  char err[512];
  kn_tokenizer t;
  kn_linker lk;
  CHECK_INT(kn_gaz_new(&g, NULL, NULL), KN_OK);
  const char *ref = "person/a\nname: Anne Anders\ncountry: country/atlantis\n";
  CHECK_INT(kn_gaz_load(g, "ref.kng", ref, strlen(ref), 0, err, sizeof err), KN_OK);
  CHECK_INT(kn_gaz_compile(g, abbrev, err, sizeof err), KN_ESYNTAX);
  CHECK_STR(err, "ref.kng:3: unknown id 'country/atlantis'");
  CHECK(!kn_gaz_compiled(g));
  kn_tok_init(&t, NULL, NULL, abbrev);
  kn_link_init(&lk, NULL, NULL);
  CHECK_INT(kn_tok_run(&t, "Anne Anders", 11), KN_OK);
  CHECK_INT(kn_link_run(&lk, g, "Anne Anders", &t, NULL), KN_EINVAL);
  const char *fix = "country/atlantis\nname: Atlantis\n";
  CHECK_INT(kn_gaz_load(g, "fix.kng", fix, strlen(fix), 0, err, sizeof err), KN_OK);
  CHECK_INT(kn_gaz_compile(g, abbrev, err, sizeof err), KN_OK);
  CHECK_INT(kn_link_run(&lk, g, "Anne Anders", &t, NULL), KN_OK);
  CHECK_INT(lk.nm, 1);
  kn_link_free(&lk);
  kn_tok_free(&t);
  kn_gaz_free(g);
  /* many errors: the first twenty are listed, the buffer never overflows */
  char big[4096], small[64];
  size_t o = 0;
  for (int i = 0; i < 100; i++) o += (size_t)snprintf(big + o, sizeof big - o, "bogus line %d\n", i);
  CHECK_INT(kn_gaz_new(&g, NULL, NULL), KN_OK);
  CHECK_INT(kn_gaz_load(g, "many.kng", big, o, 0, small, sizeof small), KN_ESYNTAX);
  CHECK(strlen(small) < sizeof small);
  CHECK(strncmp(small, "many.kng:1: ", 12) == 0);
  kn_gaz_free(g);
}

/* Abbreviation, spelling and rank lists with errors. */
static void test_list_errors(void) {
  kn_wordset *w;
  size_t line = 0;
  CHECK_INT(kn_wordset_new(&w, NULL, NULL), KN_OK);
  CHECK_INT(kn_abbrev_load(w, "Adm. title\nGen title\n", 21, &line), KN_ESYNTAX);
  CHECK_INT(line, 2);
  CHECK_INT(kn_abbrev_load(w, "Adm. title\n\xFF. other\n", 20, &line), KN_OK);
  kn_wordset_free(w);
  kn_gaz *g;
  char err[256];
  CHECK_INT(kn_gaz_new(&g, NULL, NULL), KN_OK);
  CHECK_INT(kn_gaz_spelling(g, "defence defense\nonlyone\n", 24, err, sizeof err), KN_ESYNTAX);
  CHECK_STR(err, "spelling:2: expected two words: british american");
  CHECK_INT(kn_gaz_ranks(g, "Adm.\n\0\n", 7, err, sizeof err), KN_OK);
  CHECK_INT(kn_gaz_compile(g, abbrev, err, sizeof err), KN_OK);
  kn_gaz_free(g);
}

/* ------------------------------------------------------------- time */

static void test_time_hostile(void) {
  char v[KN_TIMEX_VALUE], tiny[3];
  int type;
  kn_anchor a;
  CHECK_INT(kn_time_parse("next Wednesday", 14, &ANCHOR, abbrev, v, sizeof v, &type), KN_OK);
  CHECK_INT(strlen(v), 10);
  CHECK_INT(type, KN_TX_DATE);
  CHECK_INT(kn_time_parse("next Wednesday", 14, &ANCHOR, abbrev, tiny, sizeof tiny, &type), KN_ERANGE);
  CHECK(memchr(tiny, 0, sizeof tiny) != NULL);
  CHECK_INT(kn_time_parse("", 0, &ANCHOR, abbrev, v, sizeof v, &type), KN_EINVAL);
  CHECK_INT(kn_time_parse("\xFF\0\x80", 3, &ANCHOR, abbrev, v, sizeof v, &type), KN_EINVAL);
  CHECK_INT(kn_time_parse("next Wednesday", 14, NULL, abbrev, v, sizeof v, &type), KN_OK);
  static const char *const BAD_ANCHORS[] = { "", "2024", "2024-10-2", "2024-13-01", "2023-02-29", "0000-01-01",
    "2024-10-28T24:00", "2024-10-28T12:60", "2024-10-28T1:00", "2024-10-28X12:00", "2024-10-28T12:00+",
    "2024-10-28T12:00:61", "2024\xFF" "10-28", "2024-10-28T12:00Zjunk", NULL };
  for (int i = 0; BAD_ANCHORS[i]; i++)
    CHECK_INT(kn_anchor_parse(&a, BAD_ANCHORS[i], strlen(BAD_ANCHORS[i])), KN_EINVAL);
  CHECK_INT(kn_anchor_parse(&a, "2024-02-29T23:59:59.123+09:00", 29), KN_OK);
  CHECK_INT(kn_anchor_parse(&a, NULL, 10), KN_EINVAL);
  /* a text of nothing but dates, numbers and clock times, no sentence end */
  size_t n;
  char *s = repeat("on Thursday, Oct. 28-30, 2024 from 9 to 15:39 p.m. next week; ", 1u << 20, &n);
  run r;
  analyse(&r, s, n, &ANCHOR);
  CHECK_INT(r.st, KN_OK);
  CHECK(sound(&r, s, n));
  CHECK(r.tg.ntx > 10000);
  done(&r);
  free(s);
  /* kn_time.c, clock_text: "3.9" at the very end of the text read the byte
  ** after it (heap overflow under ASan: the text is copied to a buffer of
  ** exactly its length); kn_time.c, date parsing: a 10-digit number with
  ** periods ("2222222222" parts) overflowed an int (UBSan) */
  static const char *const EDGE_TEXTS[] = { "They met at 3.9", "at 11.0", "at 7:3", "on 2222222.222",
    "on 22.22222222", "at 1500", "on 2222222222", "2222222222 and", NULL };
  for (int i = 0; EDGE_TEXTS[i]; i++) {
    size_t en = strlen(EDGE_TEXTS[i]);
    char *exact = malloc(en);
    memcpy(exact, EDGE_TEXTS[i], en);
    analyse(&r, exact, en, &ANCHOR);
    CHECK_INT(r.st, KN_OK);
    CHECK(sound(&r, exact, en));
    done(&r);
    free(exact);
  }
  /* extreme anchors */
  static const kn_anchor EDGE[] = { { 1, 1, 1, -1, -1 }, { 9999, 12, 31, 23, 59 }, { 2024, 2, 29, 0, 0 } };
  const char *t = "last year, next month, this Thursday, in 10 days, the day after tomorrow, late next year";
  for (int i = 0; i < 3; i++) {
    analyse(&r, t, strlen(t), &EDGE[i]);
    CHECK_INT(r.st, KN_OK);
    CHECK(sound(&r, t, strlen(t)));
    done(&r);
  }
}

/* --------------------------------------------------------- timeline */

static void test_timeline_hostile(void) {
  int32_t a, b;
  static const char *const BAD[] = { "", "2", "20", "2024-", "2024-00", "2024-13", "2024-10-00", "2024-02-30",
    "2024-W00", "2024-W54", "2024-Q0", "2024-Q5", "2024-H3", "2024-XX", "PAST_REF", "XXXX-10-28",
    "2024-10-28junk", "\xFF\xFF\xFF\xFF", "9999-12-32", NULL };
  for (int i = 0; BAD[i]; i++) {
    CHECK_INT(kn_date_range(BAD[i], strlen(BAD[i]), &a, &b), KN_GRAN_NONE);
    CHECK_INT(a, 0);
  }
  CHECK_INT(kn_date_range("0000-W01", 8, &a, &b), KN_GRAN_WEEK);
  CHECK_INT(kn_date_range("9999-WI", 7, &a, &b), KN_GRAN_SEASON);
  CHECK_INT(b, 100000229);
  size_t ne = 7;
  uint32_t entry[4];
  CHECK_INT(kn_tl_cluster(NULL, 0, NULL, NULL, 0, NULL, NULL, entry, &ne), KN_OK);
  CHECK_INT(ne, 0);
  /* a containment cycle, undated events, participants out of the loc range */
  int32_t parent[3] = { 1, 2, 0 };
  int32_t parts[4] = { 5, 9, 5, 9 };
  kn_tl_event ev[4];
  memset(ev, 0, sizeof ev);
  for (int i = 0; i < 4; i++) {
    ev[i].type = KN_EV_MEETING; ev[i].modality = KN_MOD_OCCURRED;
    ev[i].location = i < 2 ? i : 7;
    ev[i].series = -1;
    ev[i].order = (uint64_t)i;
    ev[i].doc = (uint32_t)i;
    ev[i].part = (uint32_t)(i % 2) * 2; ev[i].npart = 2;
  }
  ev[0].gran = (uint8_t)kn_date_range("2024-10-28", 10, &ev[0].day0, &ev[0].day1);
  ev[1].gran = (uint8_t)kn_date_range("2024-10", 7, &ev[1].day0, &ev[1].day1);
  ev[2].published = 20241029;
  CHECK_INT(kn_tl_cluster(ev, 4, parts, parent, 3, NULL, NULL, entry, &ne), KN_OK);
  CHECK(ne >= 1 && ne <= 4);
  for (int i = 0; i < 4; i++) CHECK(entry[i] < ne);
}

int main(void) {
  load_pack();
  test_bad_utf8();
  test_nul_and_controls();
  test_mixed_line_ends();
  test_no_space_no_period();
  test_huge_tokens();
  test_repeated_names();
  test_rank_before_short_form();
  test_gaz_record_without_fields();
  test_event_no_candidates();
  test_evlex_bad_keys();
  test_evlex_rejected_classes();
  test_evlex_long_lines();
  test_evlex_word_table();
  test_linear_time();
  test_meeting_dates();
  test_gaz_errors();
  test_list_errors();
  test_time_hostile();
  test_timeline_hostile();
  kn_evlex_free(lexicon);
  kn_gaz_free(pack);
  kn_wordset_free(abbrev);
  KN_TEST_END();
}
