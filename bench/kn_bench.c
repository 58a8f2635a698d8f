/* kn_bench.c -- the C side of the benchmarks: runs one core stage over a
** file and prints "<case> <MB/s> <count>". Best of R repetitions.
**
**   kn_bench classify FILE [R]   plain byte-classification loop (reference)
**   kn_bench classify-branch FILE [R]  the same with a branch per byte
**   kn_bench tok FILE [R]        kn_tok_tokens: tokens and offsets
**   kn_bench toksent FILE [R]    tokens and sentences
*/
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "kn.h"
#include "../csrc/tests/kn_test.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* A byte-classification loop: a table lookup per byte and a count of
** word starts, the least work any tokenizer must do. */
static size_t classify(const unsigned char *s, size_t n) {
  static unsigned char cls[256];
  static int init;
  if (!init) {
    for (int c = 0; c < 256; c++) cls[c] = !(c == ' ' || c == '\n' || c == '\t' || c == '\r');
    init = 1;
  }
  size_t words = 0;
  unsigned prev = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned c = cls[s[i]];
    words += c & ~prev;
    prev = c;
  }
  return words;
}

/* The same classification with a branch on the class of every byte, as a
** hand-written tokenizer skeleton has: act when a word starts. */
static size_t classify_branch(const unsigned char *s, size_t n) {
  size_t words = 0;
  int in_word = 0;
  for (size_t i = 0; i < n; i++) {
    switch (s[i]) {
      case ' ': case '\n': case '\t': case '\r': in_word = 0; break;
      default: if (!in_word) { words++; in_word = 1; } break;
    }
  }
  return words;
}

int main(int argc, char **argv) {
  if (argc < 3) { fprintf(stderr, "usage: kn_bench classify|tok|toksent FILE [REPEAT]\n"); return 2; }
  size_t n;
  char *s = kn_test_slurp(argv[2], &n);
  if (!s) { perror(argv[2]); return 1; }
  int reps = argc > 3 ? atoi(argv[3]) : 3;
  kn_wordset *ab = NULL;
  size_t an, line;
  char *abtext = kn_test_slurp("data/abbreviations.txt", &an);
  kn_wordset_new(&ab, kn_default_alloc, NULL);
  if (abtext) kn_abbrev_load(ab, abtext, an, &line);
  free(abtext);
  kn_tokenizer t;
  kn_tok_init(&t, kn_default_alloc, NULL, ab);
  /* warm the token array once: page faults are not the tokenizer's work */
  kn_tok_run(&t, s, n);
  (void)kn_test_pass; (void)kn_test_fail;
  double best = 1e30;
  size_t count = 0;
  for (int r = 0; r < reps; r++) {
    double t0 = now();
    if (!strcmp(argv[1], "classify")) count = classify((const unsigned char *)s, n);
    else if (!strcmp(argv[1], "classify-branch")) count = classify_branch((const unsigned char *)s, n);
    else if (!strcmp(argv[1], "tok")) { kn_tok_tokens(&t, s, n); count = t.ntok; }
    else if (!strcmp(argv[1], "toksent")) { kn_tok_run(&t, s, n); count = t.ntok; }
    else { fprintf(stderr, "unknown case %s\n", argv[1]); return 2; }
    double dt = now() - t0;
    if (dt < best) best = dt;
  }
  printf("%s %.1f %zu\n", argv[1], (double)n / 1048576.0 / best, count);
  kn_tok_free(&t);
  kn_wordset_free(ab);
  free(s);
  return 0;
}
