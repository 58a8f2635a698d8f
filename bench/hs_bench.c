/* hs_bench.c -- Hyperscan on the gazetteer benchmark's input, for
** bench/bench_match.lua: the names (one a line) as caseless literals,
** compiled into one block-mode database, scanned over the text in the same
** 64 KB chunks as kn_bench. Built by `make bench` only when libhs is found
** (Debian libhyperscan-dev).
**
**   hs_bench NAMES TEXT [REPEAT]
**
** prints "hs <MB/s> <matches> compile=<s> db=<bytes> scratch=<bytes> peak_rss_kb=<kB>",
** the best of REPEAT scans (CPU time, as kn_bench).
*/
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include <hs.h>

/* realloc, or exit: a benchmark has nothing to unwind */
static void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n);
  if (!q) { perror("realloc"); exit(1); }
  return q;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static char *slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 20, len = 0, r;
  char *buf = malloc(cap);
  while (buf && (r = fread(buf + len, 1, cap - len, f)) > 0) {
    len += r;
    if (len == cap) { char *nb = realloc(buf, cap *= 2); if (!nb) { free(buf); buf = NULL; } else buf = nb; }
  }
  fclose(f);
  *n = len;
  return buf;
}

static int on_match(unsigned int id, unsigned long long from, unsigned long long to, unsigned int flags, void *ctx) {
  (void)id; (void)from; (void)to; (void)flags;
  ++*(size_t *)ctx;
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 3) { fprintf(stderr, "usage: hs_bench NAMES TEXT [REPEAT]\n"); return 2; }
  int reps = argc > 3 ? atoi(argv[3]) : 3;
  size_t nn, tn;
  char *names = slurp(argv[1], &nn), *text = slurp(argv[2], &tn);
  if (!names || !text) { perror("read"); return 1; }
  /* one literal a line */
  size_t cap = 1024, k = 0;
  const char **lit = malloc(cap * sizeof *lit);
  size_t *len = malloc(cap * sizeof *len);
  unsigned *ids = malloc(cap * sizeof *ids), *fl = malloc(cap * sizeof *fl);
  for (size_t i = 0; i < nn;) {
    size_t j = i;
    while (j < nn && names[j] != '\n') j++;
    if (j > i) {
      if (k == cap) {
        cap *= 2;
        lit = xrealloc(lit, cap * sizeof *lit); len = xrealloc(len, cap * sizeof *len);
        ids = xrealloc(ids, cap * sizeof *ids); fl = xrealloc(fl, cap * sizeof *fl);
      }
      lit[k] = names + i; len[k] = j - i; ids[k] = (unsigned)k; fl[k] = HS_FLAG_CASELESS;
      k++;
    }
    i = j + 1;
  }
  hs_database_t *db = NULL;
  hs_compile_error_t *err = NULL;
  double t0 = now();
  if (hs_compile_lit_multi(lit, fl, ids, len, (unsigned)k, HS_MODE_BLOCK, NULL, &db, &err) != HS_SUCCESS) {
    fprintf(stderr, "hs_compile_lit_multi: %s\n", err ? err->message : "?");
    return 1;
  }
  double compile = now() - t0;
  hs_scratch_t *scratch = NULL;
  if (hs_alloc_scratch(db, &scratch) != HS_SUCCESS) { fprintf(stderr, "hs_alloc_scratch failed\n"); return 1; }
  size_t dbsize = 0, scsize = 0;
  hs_database_size(db, &dbsize);
  hs_scratch_size(scratch, &scsize);
  double best = 1e30;
  size_t count = 0;
  for (int r = 0; r <= reps; r++) {   /* run 0 warms, untimed */
    count = 0;
    double t1 = now();
    for (size_t i = 0; i < tn;) {
      size_t j = i + 64 * 1024;
      while (j < tn && text[j] != '\n') j++;
      size_t e = j < tn ? j + 1 : tn;
      hs_scan(db, text + i, (unsigned)(e - i), 0, scratch, on_match, &count);
      i = e;
    }
    double dt = now() - t1;
    if (r > 0 && dt < best) best = dt;
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  printf("hs %.1f %zu compile=%.3f db=%zu scratch=%zu literals=%zu peak_rss_kb=%ld\n",
         (double)tn / 1048576.0 / best, count, compile, dbsize, scsize, k, ru.ru_maxrss);
  hs_free_scratch(scratch);
  hs_free_database(db);
  free(lit); free(len); free(ids); free(fl); free(names); free(text);
  return 0;
}
