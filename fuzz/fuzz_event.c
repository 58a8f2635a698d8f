/*
** fuzz_event.c -- the whole analysis of one article: tokenize, link against
** the default gazetteer, tag temporal expressions, extract events with the
** trigger lexicon of data/events.txt; every result is checked against the
** text and against the other stages' results.
**
** First byte: bits 0-6 the anchor (fz_anchor), bit 7: the text up to the
** first blank line is also loaded as extra trigger lines (kn_evlex_load) on
** top of data/events.txt and the rest is the article.
*/
#include "fuzz_common.h"

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc; (void)argv;
  fz_load_gaz();
  fz_load_lex();
  return 0;
}

static void run(const kn_evlex *lex, const char *s, size_t n, const kn_anchor *a) {
  kn_tokenizer t;
  kn_linker lk;
  kn_tagger tg;
  kn_extractor X;
  kn_tok_init(&t, kn_default_alloc, NULL, fz_abbrev);
  kn_link_init(&lk, kn_default_alloc, NULL);
  kn_time_init(&tg, kn_default_alloc, NULL);
  kn_event_init(&X, kn_default_alloc, NULL);
  FUZZ_ASSERT(kn_tok_tokens(&t, s, n) == KN_OK);
  /* boilerplate: the second line, if any, is skipped */
  const char *nl = memchr(s, '\n', n);
  if (nl) {
    const char *nl2 = memchr(nl + 1, '\n', n - (size_t)(nl + 1 - s));
    kn_tok_skip(&t, (uint32_t)(nl + 1 - s), (uint32_t)(nl2 ? nl2 - s : (long)n));
  }
  FUZZ_ASSERT(kn_tok_sentences(&t, s, n) == KN_OK);
  fz_check_tokens(&t, s, n, 1);
  FUZZ_ASSERT(kn_link_run(&lk, fz_gaz, s, &t, a) == KN_OK);
  fz_check_mentions(&lk, fz_gaz, &t, n);
  FUZZ_ASSERT(kn_time_tag(&tg, s, &t, a) == KN_OK);
  fz_check_timexes(&tg, &t, n);
  FUZZ_ASSERT(kn_event_run(&X, lex, fz_gaz, s, &t, &lk, &tg, a) == KN_OK);
  fz_check_events(&X, fz_gaz, &lk, &t, n);
  for (size_t i = 0; i < X.nev; i++)
    for (uint32_t j = X.ev[i].first; j <= X.ev[i].last; j++) FUZZ_ASSERT(!(t.tok[j].flags & KN_TF_SKIP));
  /* again on the same objects: the same events */
  size_t nev = X.nev;
  FUZZ_ASSERT(kn_event_run(&X, lex, fz_gaz, s, &t, &lk, &tg, a) == KN_OK);
  FUZZ_ASSERT(X.nev == nev);
  /* without a linker's results or a lexicon: still sound */
  kn_linker empty;
  kn_link_init(&empty, kn_default_alloc, NULL);
  FUZZ_ASSERT(kn_event_run(&X, lex, fz_gaz, s, &t, &empty, &tg, a) == KN_OK);
  fz_check_events(&X, fz_gaz, &empty, &t, n);
  FUZZ_ASSERT(kn_event_run(&X, NULL, fz_gaz, s, &t, &lk, &tg, a) == KN_OK);
  FUZZ_ASSERT(X.nev == 0);
  kn_link_free(&empty);
  kn_event_free(&X);
  kn_time_free(&tg);
  kn_link_free(&lk);
  kn_tok_free(&t);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  unsigned mode = data[0];
  kn_anchor anchor;
  const kn_anchor *a;
  fz_anchor((uint8_t)(mode & 0x7f), &anchor, &a);
  const char *s = (const char *)data + 1;
  size_t n = size - 1;
  if (mode & 0x80) {
    const char *sep = NULL;
    for (size_t i = 0; i + 1 < n; i++) if (s[i] == '\n' && s[i + 1] == '\n') { sep = s + i; break; }
    size_t ln = sep ? (size_t)(sep - s) : n;
    kn_evlex *x;
    char err[2048];
    size_t en;
    char *base = fz_slurp("data/events.txt", &en);
    FUZZ_ASSERT(kn_evlex_new(&x, kn_default_alloc, NULL) == KN_OK);
    FUZZ_ASSERT(kn_evlex_load(x, "data/events.txt", base, en, err, sizeof err) == KN_OK);
    free(base);
    size_t before = kn_evlex_count(x);
    kn_status st = kn_evlex_load(x, "fuzz", s, ln, err, sizeof err);
    FUZZ_ASSERT(st == KN_OK || st == KN_ESYNTAX);
    FUZZ_ASSERT(memchr(err, 0, sizeof err) != NULL);
    if (st) {
      FUZZ_ASSERT(kn_evlex_count(x) == before);   /* nothing added on error */
      FUZZ_ASSERT(strncmp(err, "fuzz:", 5) == 0);
    }
    const char *body = sep ? sep + 2 : s + n;
    run(x, body, (size_t)(s + n - body), a);
    kn_evlex_free(x);
  } else {
    run(fz_lex, s, n, a);
  }
  return 0;
}
