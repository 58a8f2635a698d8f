/* kn_bench.c -- the C side of the benchmarks: runs one core stage over a
** file and prints "<case> <MB/s> <count> [key=value ...]", the best of R
** repetitions in CPU time of the process (CLOCK_PROCESS_CPUTIME_ID, as
** Lua's os.clock: on a busy machine the time this process waits for a core
** does not count; on a quiet one it equals wall time). Outputs and scratch arrays
** are reused across calls and warmed by one untimed run, so page faults of
** fresh memory are not counted as the stage's work.
**
**   kn_bench classify FILE [R]         byte-classification loop, branch-free (reference)
**   kn_bench classify-branch FILE [R]  the same with a branch per byte
**   kn_bench tok FILE [R]              kn_tok_tokens per 64 KB chunk: tokens and offsets
**   kn_bench tok-whole FILE [R]        kn_tok_tokens over the whole file in one call
**   kn_bench toksent FILE [R]          kn_tok_run (tokens and sentences) per 64 KB chunk
**   kn_bench scan FILE [R] [-g KNG]    per chunk: kn_tok_tokens + kn_au_scan (raw matches)
**   kn_bench link FILE [R] [-g KNG]    per chunk: kn_tok_run + kn_link_run (mentions)
**   kn_bench analyze FILE.jsonl [R]    per record: tokens, mentions, timexes, events
**   kn_bench build - [R] [-g KNG]      gazetteer load + compile: seconds, bytes
**   kn_bench names OUT [-g KNG]        writes the gazetteer's names, one a line,
**                                      lower-cased and deduplicated (for hs/pyahocorasick)
**   kn_bench cluster FILE [R]          kn_tl_cluster alone on the events of FILE, as
**                                      bench/bench_merge.lua writes them: prints
**                                      "cluster <seconds> <entries> events=<n>"
**   kn_bench digest FILE... [-g KNG]   a hash of every output of the analysis of each
**                                      record or 8 KB chunk: compare before/after a change
**
** -g KNG adds a .kng file (a synthetic gazetteer) to the default pack, which
** is read from data/ (run from the repository root).
*/
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include "kn.h"
#include "kn_gaz_internal.h"
#include "../csrc/tests/kn_test.h"

/* realloc, or exit: a benchmark has nothing to unwind */
static void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n);
  if (!q) { perror("realloc"); exit(1); }
  return q;
}

/* Appends the comma-separated numbers of q ("" gives none) to
   *parts; returns the new count. */
static size_t read_ids(char *q, int32_t **parts, size_t *capp, size_t np) {
  while (*q) {
    if (np == *capp) { *capp *= 2; *parts = xrealloc(*parts, *capp * sizeof **parts); }
    (*parts)[np++] = (int32_t)strtol(q, &q, 10);
    if (*q == ',') q++; else break;
  }
  return np;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static long peak_rss_kb(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
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

/* ------------------------------------------------------------- inputs */

typedef struct piece { const char *s; size_t n; char anchor[32]; } piece;

/* Chunks of about size bytes, each cut after a newline (bench/common.lua's
** chunks(): the same pieces the Lua benchmarks pass). */
static piece *chunks(const char *s, size_t n, size_t size, size_t *np) {
  size_t cap = n / size + 2, k = 0;
  piece *p = calloc(cap, sizeof *p);
  size_t i = 0;
  while (i < n) {
    size_t j = i + size;
    while (j < n && s[j] != '\n') j++;
    size_t e = j < n ? j + 1 : n;
    if (k == cap) { cap *= 2; p = xrealloc(p, cap * sizeof *p); }
    p[k].s = s + i; p[k].n = e - i; p[k].anchor[0] = 0;
    k++;
    i = e;
  }
  *np = k;
  return p;
}

/* The "text" (and "published") of each JSONL record, unescaped into one
** buffer. Enough JSON for bench/gen_corpus.lua and corpus/corpus.jsonl. */
static const char *json_str(const char *p, const char *end, char *out, size_t *on) {
  size_t o = 0;
  while (p < end && *p != '"') {
    if (*p != '\\') { out[o++] = *p++; continue; }
    p++;
    if (p >= end) break;
    char c = *p++;
    switch (c) {
      case 'n': out[o++] = '\n'; break;
      case 't': out[o++] = '\t'; break;
      case 'r': out[o++] = '\r'; break;
      case 'b': out[o++] = '\b'; break;
      case 'f': out[o++] = '\f'; break;
      case 'u': {
        if (end - p < 4) { p = end; break; }
        char hex[5] = { p[0], p[1], p[2], p[3], 0 };
        unsigned long v = strtoul(hex, NULL, 16);
        p += 4;
        if (v >= 0xD800 && v <= 0xDBFF && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
          char lo[5] = { p[2], p[3], p[4], p[5], 0 };
          v = 0x10000 + ((v - 0xD800) << 10) + (strtoul(lo, NULL, 16) - 0xDC00);
          p += 6;
        }
        if (v < 0x80) out[o++] = (char)v;
        else if (v < 0x800) { out[o++] = (char)(0xC0 | v >> 6); out[o++] = (char)(0x80 | (v & 63)); }
        else if (v < 0x10000) {
          out[o++] = (char)(0xE0 | v >> 12); out[o++] = (char)(0x80 | (v >> 6 & 63)); out[o++] = (char)(0x80 | (v & 63));
        } else {
          out[o++] = (char)(0xF0 | v >> 18); out[o++] = (char)(0x80 | (v >> 12 & 63));
          out[o++] = (char)(0x80 | (v >> 6 & 63)); out[o++] = (char)(0x80 | (v & 63));
        }
        break;
      }
      default: out[o++] = c; break;
    }
  }
  *on = o;
  return p;
}

static piece *records(const char *s, size_t n, char **store, size_t *np) {
  size_t cap = 1024, k = 0;
  piece *p = calloc(cap, sizeof *p);
  char *buf = malloc(n + 1);
  size_t used = 0, i = 0;
  while (i < n) {
    const char *line = s + i, *e = memchr(line, '\n', n - i);
    if (!e) e = s + n;
    const char *t = NULL, *pub = NULL;
    for (const char *q = line; q + 8 < e && (!t || !pub); q++) {
      if (!t && !memcmp(q, "\"text\":\"", 8)) t = q + 8;
      if (!pub && q + 13 < e && !memcmp(q, "\"published\":\"", 13)) pub = q + 13;
    }
    if (t) {
      if (k == cap) { cap *= 2; p = xrealloc(p, cap * sizeof *p); }
      size_t tn;
      json_str(t, e, buf + used, &tn);
      p[k].s = (const char *)(uintptr_t)used;   /* fixed up below */
      p[k].n = tn;
      p[k].anchor[0] = 0;
      if (pub) {
        size_t an = 0;
        while (pub + an < e && pub[an] != '"' && an < sizeof p[k].anchor - 1) an++;
        memcpy(p[k].anchor, pub, an);
        p[k].anchor[an] = 0;
      }
      used += tn;
      k++;
    }
    i = (size_t)(e - s) + 1;
  }
  for (size_t j = 0; j < k; j++) p[j].s = buf + (uintptr_t)p[j].s;
  *store = buf;
  *np = k;
  return p;
}

/* ---------------------------------------------------------- gazetteer */

static char *slurp_or_die(const char *path, size_t *n) {
  char *s = kn_test_slurp(path, n);
  if (!s) { perror(path); exit(1); }
  return s;
}

static kn_gaz *load_gaz(const kn_wordset *ab, const char *extra) {
  static const char *const FILES[] = { "countries", "locations", "meetings", "offices",
    "organizations", "people", NULL };
  char err[4096];
  size_t n;
  kn_gaz *g;
  if (kn_gaz_new(&g, kn_default_alloc, NULL)) return NULL;
  char *s = slurp_or_die("data/spelling.txt", &n);
  if (kn_gaz_spelling(g, s, n, err, sizeof err)) { fprintf(stderr, "%s\n", err); exit(1); }
  free(s);
  s = slurp_or_die("data/ranks.txt", &n);
  if (kn_gaz_ranks(g, s, n, err, sizeof err)) { fprintf(stderr, "%s\n", err); exit(1); }
  free(s);
  for (int i = 0; FILES[i]; i++) {
    char path[128];
    snprintf(path, sizeof path, "data/gazetteer/%s.kng", FILES[i]);
    s = slurp_or_die(path, &n);
    if (kn_gaz_load(g, path, s, n, 0, err, sizeof err)) { fprintf(stderr, "%s\n", err); exit(1); }
    free(s);
  }
  if (extra) {
    s = slurp_or_die(extra, &n);
    if (kn_gaz_load(g, extra, s, n, 0, err, sizeof err)) { fprintf(stderr, "%s\n", err); exit(1); }
    free(s);
  }
  if (kn_gaz_compile(g, ab, err, sizeof err)) { fprintf(stderr, "%s\n", err); exit(1); }
  return g;
}

static kn_status count_raw(void *ctx, const kn_raw *m) {
  (void)m;
  ++*(size_t *)ctx;
  return KN_OK;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every name field, lower-cased (ASCII, as caseless literal matchers fold),
** deduplicated; returns the count. */
static size_t write_names(const kn_gaz *g, const char *path) {
  size_t cap = 1024, k = 0;
  char **v = malloc(cap * sizeof *v);
  for (size_t i = 0; i < kn_gaz_count(g); i++) {
    const char *key, *val;
    for (size_t f = 0; kn_gaz_field(g, (int32_t)i, f, &key, &val) == KN_OK; f++) {
      if (strcmp(key, "name") && strcmp(key, "alias") && strcmp(key, "short") &&
          strcmp(key, "demonym") && strcmp(key, "title") && strcmp(key, "generic")) continue;
      if (k == cap) { cap *= 2; v = xrealloc(v, cap * sizeof *v); }
      char *c = strdup(val);
      for (char *q = c; *q; q++) if (*q >= 'A' && *q <= 'Z') *q = (char)(*q + 32);
      v[k++] = c;
    }
  }
  qsort(v, k, sizeof *v, cmp_str);
  FILE *f = fopen(path, "wb");
  if (!f) { perror(path); exit(1); }
  size_t u = 0;
  for (size_t i = 0; i < k; i++)
    if (i == 0 || strcmp(v[i], v[i - 1])) { fprintf(f, "%s\n", v[i]); u++; }
  for (size_t i = 0; i < k; i++) free(v[i]);
  fclose(f);
  free(v);
  return u;
}

/* -------------------------------------------------------------- digest */

static uint64_t H;
static void hb(const void *p, size_t n) {
  const unsigned char *s = p;
  for (size_t i = 0; i < n; i++) { H ^= s[i]; H *= 1099511628211ULL; }
}
static void hu(uint64_t v) { hb(&v, sizeof v); }
static void hstr(const char *s) { hb(s, strlen(s)); hu(0xff); }

typedef struct stages {
  kn_tokenizer tk; kn_linker lk; kn_tagger tg; kn_extractor ex;
  const kn_gaz *g; const kn_evlex *lex;
} stages;

static kn_status analyze_one(stages *S, const char *s, size_t n, const kn_anchor *a) {
  kn_status st = kn_tok_run(&S->tk, s, n);
  if (!st) st = kn_link_run(&S->lk, S->g, s, &S->tk, a);
  if (!st) st = kn_time_tag(&S->tg, s, &S->tk, a);
  if (!st) st = kn_event_run(&S->ex, S->lex, S->g, s, &S->tk, &S->lk, &S->tg, a);
  return st;
}

static uint64_t digest_one(stages *S, const char *s, size_t n, const kn_anchor *a) {
  H = 1469598103934665603ULL;
  kn_status st = analyze_one(S, s, n, a);
  hu(st);
  const kn_tokenizer *tk = &S->tk;
  hu(tk->ntok); hu(tk->nsent);
  for (size_t i = 0; i < tk->ntok; i++) {
    const kn_token *k = &tk->tok[i];
    hu(k->start); hu(k->len); hu(k->flags); hu(k->kind); hu(k->ws); hu(k->sent);
    char key[512];
    size_t kl = kn_tok_key(s, k, key, sizeof key);
    hu(kl); hb(key, kl < sizeof key ? kl : sizeof key);
  }
  for (size_t i = 0; i < tk->nsent; i++) {
    hu(tk->sent[i].first); hu(tk->sent[i].last); hu(tk->sent[i].start); hu(tk->sent[i].stop);
  }
  const kn_linker *lk = &S->lk;
  hu(lk->nm);
  for (size_t i = 0; i < lk->nm; i++) {
    const kn_mention *m = &lk->m[i];
    hu(m->start); hu(m->stop); hu(m->first); hu(m->last); hu(m->sent);
    hu((uint32_t)m->entity); hu((uint32_t)m->holder); hu(m->type); hu(m->how);
  }
  hu(lk->nne);
  for (size_t i = 0; i < lk->nne; i++) { hstr(lk->ne[i].id); hstr(lk->ne[i].name); hu((uint32_t)lk->ne[i].office); }
  hu(lk->ndis);
  for (size_t i = 0; i < lk->ndis; i++) {
    hu(lk->dis[i].mention); hu((uint32_t)lk->dis[i].office); hu((uint32_t)lk->dis[i].named); hu((uint32_t)lk->dis[i].holder);
  }
  hu(S->tg.ntx);
  for (size_t i = 0; i < S->tg.ntx; i++) {
    const kn_timex *t = &S->tg.tx[i];
    hu(t->start); hu(t->stop); hu(t->first); hu(t->last); hu(t->sent); hu(t->type); hu(t->flags);
    hstr(t->value); hstr(t->value_end);
  }
  hu(S->ex.nev);
  for (size_t i = 0; i < S->ex.nev; i++) {
    const kn_event *e = &S->ex.ev[i];
    hu(e->start); hu(e->stop); hu(e->first); hu(e->last); hu(e->sent); hu(e->type); hu(e->modality);
    hu((uint32_t)e->location); hstr(e->date); hstr(e->date_end); hu(e->npart);
    for (uint32_t k = 0; k < e->npart; k++) hu((uint32_t)S->ex.parts[e->part + k]);
  }
  return H;
}

/* ---------------------------------------------------------------- main */

static void usage(void) {
  fprintf(stderr, "usage: kn_bench CASE FILE [REPEAT] [-g KNG]  (cases: see bench/kn_bench.c)\n");
  exit(2);
}

int main(int argc, char **argv) {
  const char *extra = NULL;
  const char *pos[64];
  int npos = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-g") && i + 1 < argc) extra = argv[++i];
    else if (npos < 64) pos[npos++] = argv[i];
  }
  if (npos < 2) usage();
  const char *cs = pos[0], *file = pos[1];
  int reps = npos > 2 ? atoi(pos[2]) : 3;
  if (reps < 1) reps = 1;
  kn_wordset *ab = NULL;
  size_t an, line;
  char *abtext = slurp_or_die("data/abbreviations.txt", &an);
  kn_wordset_new(&ab, kn_default_alloc, NULL);
  kn_abbrev_load(ab, abtext, an, &line);
  free(abtext);
  (void)kn_test_pass; (void)kn_test_fail;

  if (!strcmp(cs, "build")) {
    double best = 1e30;
    size_t states = 0, trans = 0, words = 0, bytes = 0, count = 0;
    for (int r = 0; r < reps; r++) {
      double t0 = now();
      kn_gaz *g = load_gaz(ab, extra);
      double dt = now() - t0;
      if (dt < best) best = dt;
      kn_gaz_stats(g, &states, &trans, &words, &bytes);
      count = kn_gaz_count(g);
      kn_gaz_free(g);
    }
    printf("build %.3f %zu states=%zu trans=%zu words=%zu bytes=%zu peak_rss_kb=%ld\n", best, count, states,
           trans, words, bytes, peak_rss_kb());
    kn_wordset_free(ab);
    return 0;
  }
  if (!strcmp(cs, "names")) {
    kn_gaz *g = load_gaz(ab, extra);
    size_t k = write_names(g, file);
    printf("names 0 %zu entities=%zu\n", k, kn_gaz_count(g));
    kn_gaz_free(g);
    kn_wordset_free(ab);
    return 0;
  }
  if (!strcmp(cs, "cluster")) {
    /* a line an event: type modality date|- published doc location p1,p2,...|-
    ** [people among them: q1,q2,...|-] */
    size_t n;
    char *s = slurp_or_die(file, &n);
    size_t cap = 1024, ne = 0, capp = 4096, np = 0;
    int32_t maxloc = -1;
    kn_tl_event *ev = malloc(cap * sizeof *ev);
    int32_t *parts = malloc(capp * sizeof *parts);
    char *save = NULL;
    for (char *line = strtok_r(s, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
      char type[32], mod[16], date[40], pub[16], plist[4096], qlist[4096];
      long doc, loc;
      plist[0] = qlist[0] = 0;
      if (sscanf(line, "%31s %15s %39s %15s %ld %ld %4095s %4095s", type, mod, date, pub, &doc, &loc, plist, qlist) < 6) continue;
      if (!strcmp(plist, "-")) plist[0] = 0;
      if (!strcmp(qlist, "-")) qlist[0] = 0;
      if (ne == cap) { cap *= 2; ev = xrealloc(ev, cap * sizeof *ev); }
      kn_tl_event *e = &ev[ne];
      memset(e, 0, sizeof *e);
      e->type = (uint8_t)kn_event_type_parse(type, strlen(type));
      if (!e->type) e->type = KN_EV_OTHER;
      e->modality = !strcmp(mod, "planned") ? KN_MOD_PLANNED : !strcmp(mod, "reported") ? KN_MOD_REPORTED : KN_MOD_OCCURRED;
      int32_t a, b;
      int g = strcmp(date, "-") ? kn_date_range(date, strlen(date), &a, &b) : KN_GRAN_NONE;
      if (g == KN_GRAN_NONE) a = b = 0;
      e->gran = (uint8_t)g; e->day0 = a; e->day1 = b;
      g = kn_date_range(pub, strlen(pub), &a, &b);
      e->published = g == KN_GRAN_NONE ? 0 : a;
      e->location = (int32_t)loc; e->series = -1;
      if (loc > maxloc) maxloc = (int32_t)loc;
      e->doc = (uint32_t)doc;
      e->order = (uint64_t)ne + 1;
      e->part = (uint32_t)np;
      np = read_ids(plist, &parts, &capp, np);
      e->npart = (uint32_t)(np - e->part);
      e->pers = (uint32_t)np;
      np = read_ids(qlist, &parts, &capp, np);
      e->npers = (uint32_t)(np - e->pers);
      ne++;
    }
    int32_t *lp = malloc(((size_t)maxloc + 2) * sizeof *lp);
    for (int32_t i = 0; i <= maxloc; i++) lp[i] = -1;
    uint32_t *out = malloc((ne ? ne : 1) * sizeof *out);
    double best = 1e30;
    size_t nent = 0;
    for (int r = 0; r < reps; r++) {
      double t0 = now();
      if (kn_tl_cluster(ev, ne, parts, lp, (size_t)maxloc + 1, kn_default_alloc, NULL, out, &nent)) {
        fprintf(stderr, "kn_tl_cluster failed\n");
        return 1;
      }
      double dt = now() - t0;
      if (dt < best) best = dt;
    }
    printf("cluster %.3f %zu events=%zu peak_rss_kb=%ld\n", best, nent, ne, peak_rss_kb());
    free(out); free(lp); free(parts); free(ev); free(s);
    kn_wordset_free(ab);
    return 0;
  }
  if (!strcmp(cs, "digest")) {
    stages S;
    memset(&S, 0, sizeof S);
    kn_tok_init(&S.tk, kn_default_alloc, NULL, ab);
    kn_link_init(&S.lk, kn_default_alloc, NULL);
    kn_time_init(&S.tg, kn_default_alloc, NULL);
    kn_event_init(&S.ex, kn_default_alloc, NULL);
    kn_gaz *g = load_gaz(ab, extra);
    kn_evlex *lex;
    kn_evlex_new(&lex, kn_default_alloc, NULL);
    size_t en;
    char *et = slurp_or_die("data/events.txt", &en), err[1024];
    if (kn_evlex_load(lex, "data/events.txt", et, en, err, sizeof err)) { fprintf(stderr, "%s\n", err); return 1; }
    free(et);
    S.g = g; S.lex = lex;
    uint64_t all = 1469598103934665603ULL;
    size_t docs = 0;
    for (int f = 1; f < npos; f++) {
      size_t n, np;
      char *s = slurp_or_die(pos[f], &n), *store = NULL;
      size_t pl = strlen(pos[f]);
      piece *p = pl > 6 && !strcmp(pos[f] + pl - 6, ".jsonl") ? records(s, n, &store, &np) : chunks(s, n, 8192, &np);
      for (size_t i = 0; i < np; i++) {
        kn_anchor a;
        int has = p[i].anchor[0] && kn_anchor_parse(&a, p[i].anchor, strlen(p[i].anchor)) == KN_OK;
        uint64_t h = digest_one(&S, p[i].s, p[i].n, has ? &a : NULL);
        printf("%s %zu %016llx\n", pos[f], i, (unsigned long long)h);
        all = (all ^ h) * 1099511628211ULL;
        docs++;
      }
      free(p); free(store); free(s);
    }
    printf("digest %zu %016llx\n", docs, (unsigned long long)all);
    kn_tok_free(&S.tk); kn_link_free(&S.lk); kn_time_free(&S.tg); kn_event_free(&S.ex);
    kn_evlex_free(lex); kn_gaz_free(g); kn_wordset_free(ab);
    return 0;
  }

  size_t n;
  char *s = slurp_or_die(file, &n);
  kn_tokenizer t;
  kn_tok_init(&t, kn_default_alloc, NULL, ab);
  size_t np = 0;
  char *store = NULL;
  piece *p = NULL;
  double mb = (double)n / 1048576.0;
  int is_analyze = !strcmp(cs, "analyze");
  if (is_analyze) {
    p = records(s, n, &store, &np);
    size_t tot = 0;
    for (size_t i = 0; i < np; i++) tot += p[i].n;
    mb = (double)n / 1048576.0;   /* MB of the JSONL file, as the Lua benchmark counts */
    (void)tot;
  } else p = chunks(s, n, 64 * 1024, &np);

  kn_gaz *g = NULL;
  kn_evlex *lex = NULL;
  if (!strcmp(cs, "scan") || !strcmp(cs, "link") || is_analyze) g = load_gaz(ab, extra);
  if (is_analyze) {
    kn_evlex_new(&lex, kn_default_alloc, NULL);
    size_t en;
    char *et = slurp_or_die("data/events.txt", &en), err[1024];
    if (kn_evlex_load(lex, "data/events.txt", et, en, err, sizeof err)) { fprintf(stderr, "%s\n", err); return 1; }
    free(et);
  }
  kn_linker lk;
  kn_link_init(&lk, kn_default_alloc, NULL);
  stages S;
  memset(&S, 0, sizeof S);
  kn_tok_init(&S.tk, kn_default_alloc, NULL, ab);
  kn_link_init(&S.lk, kn_default_alloc, NULL);
  kn_time_init(&S.tg, kn_default_alloc, NULL);
  kn_event_init(&S.ex, kn_default_alloc, NULL);
  S.g = g; S.lex = lex;
  kn_anchor *anchors = NULL;
  if (is_analyze) {
    anchors = calloc(np ? np : 1, sizeof *anchors);
    for (size_t i = 0; i < np; i++)
      if (kn_anchor_parse(&anchors[i], p[i].anchor, strlen(p[i].anchor)) != KN_OK) memset(&anchors[i], 0, sizeof anchors[i]);
  }
  const kn_automaton *au = g ? kn_gaz_automaton(g) : NULL;
  /* warm the token arrays once: page faults are not the tokenizer's work */
  kn_tok_run(&t, s, n);
  if (strcmp(cs, "tok-whole") && strcmp(cs, "classify") && strcmp(cs, "classify-branch")) {
    kn_tok_free(&t);
    kn_tok_init(&t, kn_default_alloc, NULL, ab);
  }

  double best = 1e30;
  size_t count = 0;
  for (int r = 0; r <= reps; r++) {   /* run 0 warms caches and arrays, untimed */
    double t0 = now();
    count = 0;
    if (!strcmp(cs, "classify")) count = classify((const unsigned char *)s, n);
    else if (!strcmp(cs, "classify-branch")) count = classify_branch((const unsigned char *)s, n);
    else if (!strcmp(cs, "tok-whole")) { kn_tok_tokens(&t, s, n); count = t.ntok; }
    else if (!strcmp(cs, "tok")) {
      for (size_t i = 0; i < np; i++) { kn_tok_tokens(&t, p[i].s, p[i].n); count += t.ntok; }
    } else if (!strcmp(cs, "toksent")) {
      for (size_t i = 0; i < np; i++) { kn_tok_run(&t, p[i].s, p[i].n); count += t.nsent; }
    } else if (!strcmp(cs, "scan")) {
      for (size_t i = 0; i < np; i++) {
        kn_tok_tokens(&t, p[i].s, p[i].n);
        kn_au_scan(au, p[i].s, t.tok, t.ntok, count_raw, &count);
      }
    } else if (!strcmp(cs, "link")) {
      for (size_t i = 0; i < np; i++) {
        kn_tok_run(&t, p[i].s, p[i].n);
        kn_link_run(&lk, g, p[i].s, &t, NULL);
        count += lk.nm;
      }
    } else if (is_analyze) {
      for (size_t i = 0; i < np; i++) {
        analyze_one(&S, p[i].s, p[i].n, anchors[i].year ? &anchors[i] : NULL);
        count += S.ex.nev;
      }
    } else { fprintf(stderr, "unknown case %s\n", cs); return 2; }
    double dt = now() - t0;
    if (r > 0 && dt < best) best = dt;
  }
  printf("%s %.1f %zu\n", cs, mb / best, count);
  kn_tok_free(&t);
  kn_tok_free(&S.tk); kn_link_free(&S.lk); kn_time_free(&S.tg); kn_event_free(&S.ex);
  kn_link_free(&lk);
  free(anchors);
  if (lex) kn_evlex_free(lex);
  if (g) kn_gaz_free(g);
  kn_wordset_free(ab);
  free(p); free(store); free(s);
  return 0;
}
