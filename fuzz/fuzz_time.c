/*
** fuzz_time.c -- the temporal tagger: kn_time_tag over the tokenized input
** (anchored or not), kn_time_parse on the whole input and on each line,
** and kn_anchor_parse on each line (a parsed anchor then anchors a tagging
** run of its own).
**
** First byte: the anchor (fz_anchor); the rest is the text.
*/
#include "fuzz_common.h"

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc; (void)argv;
  fz_load_abbrev();
  return 0;
}

static void tag_check(const char *s, size_t n, const kn_anchor *a) {
  kn_tokenizer t;
  kn_tagger tg;
  kn_tok_init(&t, kn_default_alloc, NULL, fz_abbrev);
  kn_time_init(&tg, kn_default_alloc, NULL);
  FUZZ_ASSERT(kn_tok_run(&t, s, n) == KN_OK);
  FUZZ_ASSERT(kn_time_tag(&tg, s, &t, a) == KN_OK);
  fz_check_timexes(&tg, &t, n);
  for (size_t i = 0; i < tg.ntx; i++) {
    if (!a) continue;
    /* an anchored DATE value never says it is unanchored */
    if (tg.tx[i].type == KN_TX_DATE) FUZZ_ASSERT(!(tg.tx[i].flags & KN_XF_UNANCHORED));
  }
  /* the same objects again (results replaced, scratch reused) */
  size_t ntx = tg.ntx;
  FUZZ_ASSERT(kn_time_tag(&tg, s, &t, a) == KN_OK);
  FUZZ_ASSERT(tg.ntx == ntx);
  kn_time_free(&tg);
  kn_tok_free(&t);
}

static void parse_check(const char *s, size_t n, const kn_anchor *a) {
  char v[KN_TIMEX_VALUE], tiny[4];
  int type = 0;
  kn_status st = kn_time_parse(s, n, a, fz_abbrev, v, sizeof v, &type);
  FUZZ_ASSERT(st == KN_OK || st == KN_EINVAL || st == KN_ERANGE);
  if (st == KN_OK) {
    FUZZ_ASSERT(memchr(v, 0, sizeof v) != NULL);
    FUZZ_ASSERT(type >= KN_TX_DATE && type <= KN_TX_SET);
    /* a buffer too small is an error, never an overflow */
    size_t vl = strlen(v);
    st = kn_time_parse(s, n, a, fz_abbrev, tiny, sizeof tiny, &type);
    FUZZ_ASSERT(vl + 1 > sizeof tiny ? st == KN_ERANGE : st == KN_OK);
    FUZZ_ASSERT(memchr(tiny, 0, sizeof tiny) != NULL);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  kn_anchor anchor;
  const kn_anchor *a;
  fz_anchor(data[0], &anchor, &a);
  const char *s = (const char *)data + 1;
  size_t n = size - 1;
  tag_check(s, n, a);
  if (n <= 512) parse_check(s, n, a);
  /* each line: as an expression, and as an anchor */
  size_t i = 0, lines = 0;
  while (i < n && lines < 64) {
    const char *e = memchr(s + i, '\n', n - i);
    size_t j = e ? (size_t)(e - s) : n;
    if (j - i <= 256) {
      parse_check(s + i, j - i, a);
      kn_anchor pa;
      if (kn_anchor_parse(&pa, s + i, j - i) == KN_OK) {
        FUZZ_ASSERT(pa.year >= 1 && pa.month >= 1 && pa.month <= 12 && pa.day >= 1 && pa.day <= 31);
        FUZZ_ASSERT((pa.hour == -1 && pa.minute == -1) || (pa.hour >= 0 && pa.hour < 24 && pa.minute >= 0 && pa.minute < 60));
        tag_check(s, n, &pa);
      } else {
        FUZZ_ASSERT(pa.year == 0);
      }
    }
    i = j + 1;
    lines++;
  }
  return 0;
}
