/*
** fuzz_tok.c -- the tokenizer and sentence splitter (kn_tok_run), the key
** normaliser (kn_tok_key, kn_key), UTF-8 checking, skip ranges, and the
** abbreviation list parser (the input read as a list).
*/
#include "fuzz_common.h"

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc; (void)argv;
  fz_load_abbrev();
  return 0;
}

static void check_keys(const kn_tokenizer *t, const char *s) {
  char buf[64], big[1024];
  for (size_t i = 0; i < t->ntok; i++) {
    const kn_token *k = &t->tok[i];
    size_t full = kn_tok_key(s, k, NULL, 0);
    /* snprintf-style: a short buffer gets a prefix, the same full length */
    size_t small = kn_tok_key(s, k, buf, sizeof buf);
    FUZZ_ASSERT(small == full);
    if (full <= sizeof big) {
      size_t again = kn_tok_key(s, k, big, sizeof big);
      FUZZ_ASSERT(again == full);
      if (full <= sizeof buf) FUZZ_ASSERT(memcmp(buf, big, full) == 0);
    }
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  kn_tokenizer t;
  kn_tok_init(&t, kn_default_alloc, NULL, fz_abbrev);
  FUZZ_ASSERT(kn_tok_run(&t, s, size) == KN_OK);
  fz_check_tokens(&t, s, size, 1);
  check_keys(&t, s);

  /* UTF-8: check agrees with the tokenizer's BAD flags */
  size_t bad = kn_utf8_check(s, size);
  int any_bad_tok = 0;
  for (size_t i = 0; i < t.ntok; i++)
    if ((t.tok[i].flags & KN_TF_BAD) && (unsigned char)s[t.tok[i].start] >= 0x80) any_bad_tok = 1;
  if (any_bad_tok) FUZZ_ASSERT(bad != 0);
  if (bad) FUZZ_ASSERT(bad - 1 < size);

  /* the whole text as one key, with a short and an exact buffer */
  size_t kl = kn_key(s, size, NULL, 0);
  char *kb = malloc(kl + 1);
  FUZZ_ASSERT(kb != NULL);
  FUZZ_ASSERT(kn_key(s, size, kb, kl) == kl);
  char small[8];
  FUZZ_ASSERT(kn_key(s, size, small, sizeof small) == kl);
  free(kb);

  /* skip a range picked by the first bytes, then split sentences again */
  if (size >= 2) {
    uint32_t a = (uint32_t)(data[0] * size / 256), b = a + (uint32_t)(data[1] * size / 256);
    FUZZ_ASSERT(kn_tok_tokens(&t, s, size) == KN_OK);
    kn_tok_skip(&t, a, b);
    FUZZ_ASSERT(kn_tok_sentences(&t, s, size) == KN_OK);
    fz_check_tokens(&t, s, size, 1);
    for (size_t i = 0; i < t.ntok; i++) {
      int in = t.tok[i].start >= a && t.tok[i].start < b;
      FUZZ_ASSERT(!!(t.tok[i].flags & KN_TF_SKIP) == in);
    }
  }
  kn_tok_free(&t);

  /* the input as an abbreviation list */
  kn_wordset *w;
  size_t line = 0;
  FUZZ_ASSERT(kn_wordset_new(&w, kn_default_alloc, NULL) == KN_OK);
  kn_status st = kn_abbrev_load(w, s, size, &line);
  FUZZ_ASSERT(st == KN_OK || st == KN_ESYNTAX);
  if (st == KN_ESYNTAX) FUZZ_ASSERT(line >= 1);
  if (st == KN_OK && kn_wordset_count(w)) {
    /* tokenize with the fuzzed list */
    kn_tok_init(&t, kn_default_alloc, NULL, w);
    FUZZ_ASSERT(kn_tok_run(&t, s, size) == KN_OK);
    fz_check_tokens(&t, s, size, 1);
    kn_tok_free(&t);
  }
  kn_wordset_free(w);
  return 0;
}
