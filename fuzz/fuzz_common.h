/*
** fuzz_common.h -- shared set-up of the libFuzzer targets: the default data
** pack (abbreviations, gazetteer, event lexicon) loaded once, and checks of
** the invariants every unit promises (offsets inside the text, tokens and
** sentences in order). A broken invariant aborts, so libFuzzer keeps the
** input as a crash.
**
** The data files are read from KN_FUZZ_ROOT (the repository, compiled in by
** the Makefile) or from $KN_ROOT at run time.
*/
#ifndef KN_FUZZ_COMMON_H
#define KN_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "kn.h"

#if !defined(KN_FUZZ_ROOT)
#define KN_FUZZ_ROOT "."
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#define FUZZ_ASSERT(c) do { \
    if (!(c)) { fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #c); abort(); } \
  } while (0)

static char *fz_slurp(const char *rel, size_t *n) {
  const char *root = getenv("KN_ROOT");
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", root ? root : KN_FUZZ_ROOT, rel);
  FILE *f = fopen(path, "rb");
  if (!f) { fprintf(stderr, "fuzz: cannot open %s (set KN_ROOT)\n", path); abort(); }
  fseek(f, 0, SEEK_END);
  long len = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *s = malloc((size_t)len + 1);
  if (!s || fread(s, 1, (size_t)len, f) != (size_t)len) abort();
  fclose(f);
  s[len] = 0;
  *n = (size_t)len;
  return s;
}

static kn_wordset *fz_abbrev;
static kn_gaz *fz_gaz;        /* the default pack, compiled */
static kn_evlex *fz_lex;      /* data/events.txt */

static const char *const FZ_KNG[] = {
  "data/gazetteer/countries.kng", "data/gazetteer/locations.kng", "data/gazetteer/meetings.kng",
  "data/gazetteer/offices.kng", "data/gazetteer/organizations.kng", "data/gazetteer/people.kng", NULL
};

static void fz_load_abbrev(void) {
  if (fz_abbrev) return;
  size_t n, line = 0;
  char *s = fz_slurp("data/abbreviations.txt", &n);
  if (kn_wordset_new(&fz_abbrev, kn_default_alloc, NULL) || kn_abbrev_load(fz_abbrev, s, n, &line)) abort();
  free(s);
}

/* Spelling pairs and ranks of the default pack into g. */
static void fz_gaz_basics(kn_gaz *g) {
  size_t n;
  char err[1024];
  char *s = fz_slurp("data/spelling.txt", &n);
  if (kn_gaz_spelling(g, s, n, err, sizeof err)) { fprintf(stderr, "%s\n", err); abort(); }
  free(s);
  s = fz_slurp("data/ranks.txt", &n);
  if (kn_gaz_ranks(g, s, n, err, sizeof err)) { fprintf(stderr, "%s\n", err); abort(); }
  free(s);
}

/* The default pack's .kng files into g (not compiled). */
static void fz_gaz_pack(kn_gaz *g) {
  char err[4096];
  for (int i = 0; FZ_KNG[i]; i++) {
    size_t n;
    char *s = fz_slurp(FZ_KNG[i], &n);
    if (kn_gaz_load(g, FZ_KNG[i], s, n, 0, err, sizeof err)) { fprintf(stderr, "%s\n", err); abort(); }
    free(s);
  }
}

static void fz_load_gaz(void) {
  if (fz_gaz) return;
  fz_load_abbrev();
  char err[4096];
  if (kn_gaz_new(&fz_gaz, kn_default_alloc, NULL)) abort();
  fz_gaz_basics(fz_gaz);
  fz_gaz_pack(fz_gaz);
  if (kn_gaz_compile(fz_gaz, fz_abbrev, err, sizeof err)) { fprintf(stderr, "%s\n", err); abort(); }
}

static void fz_load_lex(void) {
  if (fz_lex) return;
  size_t n;
  char err[4096];
  char *s = fz_slurp("data/events.txt", &n);
  if (kn_evlex_new(&fz_lex, kn_default_alloc, NULL) || kn_evlex_load(fz_lex, "data/events.txt", s, n, err, sizeof err)) {
    fprintf(stderr, "%s\n", err);
    abort();
  }
  free(s);
}

/* Anchors picked by a byte of the input: none, dates news uses, edges. */
static void fz_anchor(uint8_t b, kn_anchor *a, const kn_anchor **pa) {
  static const kn_anchor A[] = {
    { 2024, 10, 28, 15, 39 }, { 2025, 4, 4, -1, -1 }, { 2023, 7, 11, 9, 0 }, { 2024, 2, 29, -1, -1 },
    { 2024, 12, 31, 23, 59 }, { 2025, 1, 1, 0, 0 }, { 1, 1, 1, -1, -1 }, { 9999, 12, 31, -1, -1 },
  };
  unsigned k = b % 9;
  if (k == 8) { memset(a, 0, sizeof *a); *pa = NULL; return; }
  *a = A[k];
  *pa = a;
}

/* Tokens cover every non-space byte exactly once, in order; sentences tile
** the tokens. */
static void fz_check_tokens(const kn_tokenizer *t, const char *s, size_t n, int with_sentences) {
  size_t pos = 0;
  for (size_t i = 0; i < t->ntok; i++) {
    const kn_token *k = &t->tok[i];
    FUZZ_ASSERT(k->len > 0);
    FUZZ_ASSERT(k->start >= pos);
    FUZZ_ASSERT((size_t)k->start + k->len <= n);
    FUZZ_ASSERT(k->kind >= KN_TK_WORD && k->kind <= KN_TK_CLITIC);
    for (size_t j = pos; j < k->start; j++) {
      unsigned char c = (unsigned char)s[j];
      FUZZ_ASSERT(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c >= 0x80);
    }
    pos = (size_t)k->start + k->len;
  }
  if (!with_sentences) return;
  if (t->ntok == 0) { FUZZ_ASSERT(t->nsent == 0); return; }
  FUZZ_ASSERT(t->nsent > 0);
  size_t next = 0;
  for (size_t i = 0; i < t->nsent; i++) {
    const kn_sentence *se = &t->sent[i];
    FUZZ_ASSERT(se->first == next);
    FUZZ_ASSERT(se->first <= se->last && se->last < t->ntok);
    FUZZ_ASSERT(se->start == t->tok[se->first].start);
    FUZZ_ASSERT(se->stop == t->tok[se->last].start + t->tok[se->last].len);
    for (uint32_t j = se->first; j <= se->last; j++) FUZZ_ASSERT(t->tok[j].sent == i);
    next = se->last + 1;
  }
  FUZZ_ASSERT(next == t->ntok);
}

/* A span [start, stop) over tokens first..last of sentence sent. */
static void fz_check_span(const kn_tokenizer *t, size_t n, uint32_t start, uint32_t stop, uint32_t first,
                          uint32_t last, uint32_t sent) {
  FUZZ_ASSERT(start < stop && stop <= n);
  FUZZ_ASSERT(first <= last && last < t->ntok);
  FUZZ_ASSERT(start == t->tok[first].start);
  FUZZ_ASSERT(stop == t->tok[last].start + t->tok[last].len);
  FUZZ_ASSERT(sent < t->nsent);
}

/* A NUL-terminated value in a fixed buffer. */
static void fz_check_value(const char *v, size_t cap) {
  FUZZ_ASSERT(memchr(v, 0, cap) != NULL);
}

/* An entity reference of a document: a gazetteer index, a new entity of
** the linker, or -1 where allowed. */
static void fz_check_ref(const kn_gaz *g, const kn_linker *lk, int32_t e, int allow_none) {
  if (e >= 0) FUZZ_ASSERT((size_t)e < kn_gaz_count(g));
  else if (e == -1) FUZZ_ASSERT(allow_none);
  else FUZZ_ASSERT((size_t)KN_NEW_INDEX(e) < lk->nne);
}

static void fz_check_mentions(const kn_linker *lk, const kn_gaz *g, const kn_tokenizer *t, size_t n) {
  uint32_t prev_stop = 0;
  for (size_t i = 0; i < lk->nm; i++) {
    const kn_mention *m = &lk->m[i];
    fz_check_span(t, n, m->start, m->stop, m->first, m->last, m->sent);
    FUZZ_ASSERT(m->start >= prev_stop);   /* no nesting, no overlap, text order */
    prev_stop = m->stop;
    FUZZ_ASSERT(m->type >= KN_ET_PERSON && m->type <= KN_ET_OFFICE);
    FUZZ_ASSERT(m->how >= KN_HOW_NAME && m->how <= KN_HOW_NEW);
    fz_check_ref(g, lk, m->entity, 1);
    if (m->holder != -1) fz_check_ref(g, lk, m->holder, 1);
  }
  for (size_t i = 0; i < lk->nne; i++) {
    fz_check_value(lk->ne[i].id, sizeof lk->ne[i].id);
    fz_check_value(lk->ne[i].name, sizeof lk->ne[i].name);
  }
  for (size_t i = 0; i < lk->ndis; i++) FUZZ_ASSERT(lk->dis[i].mention < lk->nm);
}

static void fz_check_timexes(const kn_tagger *tg, const kn_tokenizer *t, size_t n) {
  for (size_t i = 0; i < tg->ntx; i++) {
    const kn_timex *x = &tg->tx[i];
    fz_check_span(t, n, x->start, x->stop, x->first, x->last, x->sent);
    FUZZ_ASSERT(x->type >= KN_TX_DATE && x->type <= KN_TX_SET);
    fz_check_value(x->value, sizeof x->value);
    fz_check_value(x->value_end, sizeof x->value_end);
    if (i) FUZZ_ASSERT(x->start >= tg->tx[i - 1].stop);
  }
}

static void fz_check_events(const kn_extractor *X, const kn_gaz *g, const kn_linker *lk, const kn_tokenizer *t,
                            size_t n) {
  for (size_t i = 0; i < X->nev; i++) {
    const kn_event *e = &X->ev[i];
    fz_check_span(t, n, e->start, e->stop, e->first, e->last, e->sent);
    FUZZ_ASSERT(e->type >= KN_EV_MEETING && e->type <= KN_EV_OTHER);
    FUZZ_ASSERT(e->modality >= KN_MOD_OCCURRED && e->modality <= KN_MOD_REPORTED);
    FUZZ_ASSERT((size_t)e->part + e->npart <= X->nparts);
    for (uint32_t k = 0; k < e->npart; k++) fz_check_ref(g, lk, X->parts[e->part + k], 0);
    fz_check_ref(g, lk, e->location, 1);
    fz_check_value(e->date, sizeof e->date);
    fz_check_value(e->date_end, sizeof e->date_end);
    FUZZ_ASSERT(kn_event_cameo(e->type, e->modality) != NULL);
    FUZZ_ASSERT(kn_event_plover(e->type, e->modality) != NULL);
    if (i) FUZZ_ASSERT(e->start >= X->ev[i - 1].start);
  }
}

#endif
