/* kn_test.h -- a minimal test harness for the core's C tests.
** Each CHECK counts; main() ends with KN_TEST_END, which prints
** "N passed, N failed" and returns non-zero on any failure. */
#ifndef KN_TEST_H
#define KN_TEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int kn_test_pass, kn_test_fail;

#define CHECK(cond) do { \
    if (cond) kn_test_pass++; \
    else { kn_test_fail++; fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); } \
  } while (0)

#define CHECK_INT(a, b) do { \
    long long kn_a_ = (a), kn_b_ = (b); \
    if (kn_a_ == kn_b_) kn_test_pass++; \
    else { kn_test_fail++; fprintf(stderr, "%s:%d: %s == %lld, expected %lld\n", __FILE__, __LINE__, #a, kn_a_, kn_b_); } \
  } while (0)

#define CHECK_STR(a, b) do { \
    const char *kn_a_ = (a), *kn_b_ = (b); \
    if (kn_a_ && kn_b_ && strcmp(kn_a_, kn_b_) == 0) kn_test_pass++; \
    else { kn_test_fail++; fprintf(stderr, "%s:%d: %s == \"%s\", expected \"%s\"\n", __FILE__, __LINE__, #a, kn_a_ ? kn_a_ : "(null)", kn_b_ ? kn_b_ : "(null)"); } \
  } while (0)

#define KN_TEST_END() do { \
    printf("%d passed, %d failed\n", kn_test_pass, kn_test_fail); \
    return kn_test_fail ? 1 : 0; \
  } while (0)

/* An allocator (kn_alloc) that fails once kn_test_budget allocations
** have been made: set the budget, run, and every allocation fails in turn
** as it grows. Frees always succeed. */
static long kn_test_budget;
static inline void *kn_test_failing_alloc(void *ud, void *p, size_t osize, size_t nsize) {
  (void)ud; (void)osize;
  if (nsize == 0) { free(p); return NULL; }
  if (kn_test_budget-- <= 0) return NULL;
  return realloc(p, nsize);
}

/* Reads a whole file into a malloc'd NUL-terminated buffer, or NULL. */
static char *kn_test_slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, len = 0;
  char *buf = malloc(cap);
  size_t r;
  while (buf && (r = fread(buf + len, 1, cap - len - 1, f)) > 0) {
    len += r;
    if (cap - len < 2) { char *nb = realloc(buf, cap *= 2); if (!nb) { free(buf); buf = NULL; } else buf = nb; }
  }
  fclose(f);
  if (buf) buf[len] = 0;
  if (n) *n = len;
  return buf;
}

#endif
