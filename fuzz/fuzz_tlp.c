/*
** fuzz_tlp.c -- partial timelines (kn_tl_partial.c): the input read as a
** partial into an empty store, and into a store that holds one already.
**
** Checked: a rejected text adds nothing (no record) and says why; an
** accepted one writes back a partial that reads again, and writing that
** gives the same bytes (the format round-trips); the store then builds
** (or refuses an unknown event type) without a sanitizer report.
*/
#include "fuzz_common.h"

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc; (void)argv;
  return 0;
}

static const char SEED[] = "{\"partial\":1,\"strings\":[\"d0\",\"meeting\",\"occurred\",\"S\",\"org/nato\",\"NATO\"],"
  "\"records\":[[0,1,3,1,2,3,null,null,null,null,null,0,[4],null,[4,5]]],\"entities\":[[4,5]]}";

static void roundtrip(kn_tl_store *s) {
  kn_tl_buf a = { NULL, 0, 0 }, b = { NULL, 0, 0 };
  FUZZ_ASSERT(kn_tl_partial_write(s, &a) == KN_OK);
  kn_tl_store *t;
  FUZZ_ASSERT(kn_tl_store_new(&t, NULL, NULL) == KN_OK);
  char err[200];
  kn_status st = kn_tl_partial_read(t, a.p, a.n, err, sizeof err);
  if (st) { fprintf(stderr, "re-read failed: %s\n", err); abort(); }
  FUZZ_ASSERT(kn_tl_count(t) == kn_tl_count(s));
  FUZZ_ASSERT(kn_tl_partial_write(t, &b) == KN_OK);
  FUZZ_ASSERT(a.n == b.n && memcmp(a.p, b.p, a.n) == 0);
  kn_tl_buf_free(s, &a);
  kn_tl_buf_free(t, &b);
  kn_tl_store_free(t);
}

static void build(kn_tl_store *s) {
  kn_tl_result *r = NULL;
  kn_status st = kn_tl_build(s, &r);
  FUZZ_ASSERT(st == KN_OK || st == KN_EINVAL);
  if (st == KN_OK) {
    FUZZ_ASSERT(r->ndated <= r->nentries);
    kn_tl_result_free(r);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *p = (const char *)data;
  char err[200];
  for (int pre = 0; pre < 2; pre++) {
    kn_tl_store *s;
    FUZZ_ASSERT(kn_tl_store_new(&s, NULL, NULL) == KN_OK);
    size_t before = 0;
    if (pre) {
      FUZZ_ASSERT(kn_tl_partial_read(s, SEED, sizeof SEED - 1, err, sizeof err) == KN_OK);
      before = kn_tl_count(s);
    }
    kn_status st = kn_tl_partial_read(s, p, size, err, sizeof err);
    if (st) {
      FUZZ_ASSERT(st == KN_EINVAL || st == KN_ERANGE);
      FUZZ_ASSERT(err[0] != 0 && memchr(err, 0, sizeof err) != NULL);
      FUZZ_ASSERT(kn_tl_count(s) == before);
    } else {
      roundtrip(s);
      build(s);
    }
    kn_tl_store_free(s);
  }
  return 0;
}
