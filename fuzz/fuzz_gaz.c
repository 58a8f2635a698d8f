/*
** fuzz_gaz.c -- the gazetteer: the input loaded as a .kng text (into an
** empty gazetteer, or over the default pack, adding or replacing) and
** compiled; the same input linked as an article against the default pack
** and, when it compiled, against the fuzzed gazetteer.
**
** First byte: mode (bit 0 over data/gazetteer/countries.kng, so that ids
** resolve and may be replaced: the whole pack would cost 6 ms a run; bit 1
** replace; bits 2-5 the anchor); the rest is the text.
*/
#include "fuzz_common.h"

static char *countries;
static size_t ncountries;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc; (void)argv;
  fz_load_gaz();
  return 0;
}

static void link_check(const kn_gaz *g, const char *s, size_t n, const kn_anchor *a) {
  kn_tokenizer t;
  kn_linker lk;
  kn_tok_init(&t, kn_default_alloc, NULL, fz_abbrev);
  kn_link_init(&lk, kn_default_alloc, NULL);
  FUZZ_ASSERT(kn_tok_run(&t, s, n) == KN_OK);
  /* a skip range over the first line, as the Lua layer marks boilerplate */
  const char *nl = memchr(s, '\n', n);
  if (nl && (n & 1)) kn_tok_skip(&t, 0, (uint32_t)(nl - s));
  FUZZ_ASSERT(kn_link_run(&lk, g, s, &t, a) == KN_OK);
  fz_check_mentions(&lk, g, &t, n);
  for (size_t i = 0; i < lk.nm; i++) {
    for (uint32_t j = lk.m[i].first; j <= lk.m[i].last; j++) FUZZ_ASSERT(!(t.tok[j].flags & KN_TF_SKIP));
  }
  /* a second run on the same objects gives the same result */
  size_t nm = lk.nm;
  FUZZ_ASSERT(kn_link_run(&lk, g, s, &t, a) == KN_OK);
  FUZZ_ASSERT(lk.nm == nm);
  kn_link_free(&lk);
  kn_tok_free(&t);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  unsigned mode = data[0];
  const char *s = (const char *)data + 1;
  size_t n = size - 1;
  kn_anchor anchor;
  const kn_anchor *a;
  fz_anchor((uint8_t)(mode >> 2), &anchor, &a);

  kn_gaz *g;
  char err[2048];
  FUZZ_ASSERT(kn_gaz_new(&g, kn_default_alloc, NULL) == KN_OK);
  fz_gaz_basics(g);
  if (mode & 1) {
    if (!countries) countries = fz_slurp("data/gazetteer/countries.kng", &ncountries);
    FUZZ_ASSERT(kn_gaz_load(g, "countries.kng", countries, ncountries, 0, err, sizeof err) == KN_OK);
  }
  size_t before = kn_gaz_count(g);
  kn_status st = kn_gaz_load(g, "fuzz.kng", s, n, (int)(mode & 2), err, sizeof err);
  FUZZ_ASSERT(st == KN_OK || st == KN_ESYNTAX);
  FUZZ_ASSERT(memchr(err, 0, sizeof err) != NULL);
  if (st) {
    /* never half-loaded: nothing of the text was added, and it says where */
    FUZZ_ASSERT(kn_gaz_count(g) == before);
    FUZZ_ASSERT(strncmp(err, "fuzz.kng:", 9) == 0);
  } else {
    FUZZ_ASSERT(kn_gaz_count(g) >= before);
  }
  kn_status cst = kn_gaz_compile(g, fz_abbrev, err, sizeof err);
  FUZZ_ASSERT(cst == KN_OK || cst == KN_ESYNTAX);
  if (cst == KN_OK) {
    FUZZ_ASSERT(kn_gaz_compiled(g));
    for (size_t i = 0; i < kn_gaz_count(g); i++) {
      kn_entity_info info;
      FUZZ_ASSERT(kn_gaz_info(g, (int32_t)i, &info) == KN_OK);
      FUZZ_ASSERT(kn_gaz_find(g, info.id, strlen(info.id)) == (int32_t)i);
      FUZZ_ASSERT(info.name != NULL);
      for (size_t k = 0; k < info.nterms; k++) {
        FUZZ_ASSERT(info.terms[k].person >= 0 && (size_t)info.terms[k].person < kn_gaz_count(g));
        int32_t h = kn_gaz_holder(g, (int32_t)i, info.terms[k].start);
        FUZZ_ASSERT(h >= 0 && (size_t)h < kn_gaz_count(g));
      }
      const char *key, *value;
      for (size_t k = 0; kn_gaz_field(g, (int32_t)i, k, &key, &value) == KN_OK; k++)
        FUZZ_ASSERT(key && value);
    }
    size_t states, trans, words, bytes;
    kn_gaz_stats(g, &states, &trans, &words, &bytes);
    link_check(g, s, n, a);
  } else {
    FUZZ_ASSERT(!kn_gaz_compiled(g));
    kn_tokenizer t;
    kn_linker lk;
    kn_tok_init(&t, kn_default_alloc, NULL, fz_abbrev);
    kn_link_init(&lk, kn_default_alloc, NULL);
    FUZZ_ASSERT(kn_tok_run(&t, s, n) == KN_OK);
    FUZZ_ASSERT(kn_link_run(&lk, g, s, &t, a) == KN_EINVAL);
    kn_link_free(&lk);
    kn_tok_free(&t);
  }
  kn_gaz_free(g);

  /* the text as an article, against the default pack */
  link_check(fz_gaz, s, n, a);
  return 0;
}
