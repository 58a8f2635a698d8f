/*
** kn_gaz.c -- the gazetteer: records in the .kng text format (data/README.md),
** and the token automaton that finds their names in text.
**
** Loading parses one text into staged records and adds them only when the
** whole text is valid, so a file with errors is never half-loaded.
** References between records (holder, of, capital, …) may point into other
** files; kn_gaz_compile checks them once everything is loaded.
**
** The automaton is a trie over normalised token keys: words are interned to
** ids (British spellings share the id of the American one), and a hash
** table maps (state, word) to the next state. Names are tokenized with the
** same tokenizer as the text; a hyphen glued on both sides is dropped, so
** "Cho Tae-yul" and "Cho Tae Yul" are one key sequence, and a hyphenated
** part is also entered joined ("Cho Taeyul"). Matching (kn_gaz_scan) is
** leftmost-longest over tokens: one hash probe per token and step, whatever
** the number of names, and a bitset of first words rejects most tokens
** before any probe.
*/
#include <limits.h>
#include <stdio.h>
#include "kn_internal.h"
#include "kn_gaz_internal.h"

/* ------------------------------------------------------------ records */

enum fkey {
  F_NAME = 1, F_TYPE, F_ALIAS, F_SHORT, F_DEMONYM, F_METONYM, F_CAPITAL, F_TITLE,
  F_GENERIC, F_OF, F_COUNTRY, F_IN, F_HOLDER, F_VENUE, F_WIKIDATA, F_NOTE, F_ROLE
};

static const struct { const char *name; int key; int multi; unsigned kinds; } KEYS[] = {
  /* kinds: bit per KN_ET_* */
#define K(t) (1u << (t))
#define ALLK (K(KN_ET_PERSON) | K(KN_ET_ORG) | K(KN_ET_COUNTRY) | K(KN_ET_LOCATION) | K(KN_ET_MEETING) | K(KN_ET_OFFICE))
  { "name", F_NAME, 0, ALLK },
  { "type", F_TYPE, 0, ALLK },
  { "alias", F_ALIAS, 1, ALLK },
  { "short", F_SHORT, 1, ALLK },
  { "demonym", F_DEMONYM, 1, K(KN_ET_COUNTRY) | K(KN_ET_ORG) },
  { "metonym", F_METONYM, 0, K(KN_ET_LOCATION) },
  { "capital", F_CAPITAL, 0, K(KN_ET_COUNTRY) },
  { "title", F_TITLE, 1, K(KN_ET_OFFICE) },
  { "generic", F_GENERIC, 1, K(KN_ET_ORG) },
  { "of", F_OF, 0, K(KN_ET_OFFICE) | K(KN_ET_ORG) },
  { "country", F_COUNTRY, 0, K(KN_ET_PERSON) | K(KN_ET_ORG) | K(KN_ET_LOCATION) | K(KN_ET_MEETING) },
  { "in", F_IN, 0, K(KN_ET_LOCATION) },
  { "holder", F_HOLDER, 0, K(KN_ET_OFFICE) },
  { "venue", F_VENUE, 0, K(KN_ET_MEETING) },
  { "wikidata", F_WIKIDATA, 0, ALLK },
  { "note", F_NOTE, 0, ALLK },
  { "role", F_ROLE, 0, ALLK },
  { NULL, 0, 0, 0 }
#undef K
#undef ALLK
};

static const char *const KIND_NAMES[] = { "", "person", "org", "country", "location", "meeting", "office" };
static const char *const TYPE_NAMES[] = { "", "PERSON", "ORG", "COUNTRY", "LOCATION", "MEETING", "OFFICE" };

/* An entity record as loaded: raw fields, in arena memory. */
typedef struct field { uint8_t key; uint32_t line; const char *value; } field;

typedef struct record {
  const char *id;
  const char *file;
  uint32_t line;
  uint8_t type;
  field *f; uint32_t nf;
} record;

/* Derived, filled by compile */
typedef struct entity {
  int32_t of, metonym, capital;
  const char *name, *wikidata, *role;
  kn_term *terms; uint32_t nterms;
} entity;

struct kn_gaz {
  kn_alloc alloc; void *ud;
  kn_arena arena;                  /* record strings; never freed before the gazetteer */
  record *rec; size_t nrec, caprec;
  entity *ent; size_t capent;      /* parallel to rec after compile */
  kn_wordset *ids;                 /* id -> index */
  char *spell; size_t nspell, capspell;   /* "brit\0amer\0" pairs */
  char *ranks; size_t nranks, capranks;   /* rank phrases, NUL-separated */
  int compiled;
  kn_automaton au;
};

/* --------------------------------------------------------------- life */

kn_status kn_gaz_new(kn_gaz **out, kn_alloc f, void *ud) {
  if (!f) f = kn_default_alloc;
  *out = NULL;
  kn_gaz *g = f(ud, NULL, 0, sizeof *g);
  if (!g) return KN_ENOMEM;
  memset(g, 0, sizeof *g);
  g->alloc = f; g->ud = ud;
  kn_arena_init(&g->arena, f, ud);
  kn_status st = kn_wordset_new(&g->ids, f, ud);
  if (st) { f(ud, g, sizeof *g, 0); return st; }
  kn_au_init(&g->au, f, ud);
  *out = g;
  return KN_OK;
}

void kn_gaz_free(kn_gaz *g) {
  if (!g) return;
  kn_au_free(&g->au);
  for (size_t i = 0; i < g->nrec && g->ent; i++)
    kn_free(g->alloc, g->ud, g->ent[i].terms, g->ent[i].nterms * sizeof(kn_term));
  kn_free(g->alloc, g->ud, g->ent, g->capent * sizeof(entity));
  kn_free(g->alloc, g->ud, g->rec, g->caprec * sizeof(record));
  kn_free(g->alloc, g->ud, g->spell, g->capspell);
  kn_free(g->alloc, g->ud, g->ranks, g->capranks);
  kn_wordset_free(g->ids);
  kn_arena_free(&g->arena);
  g->alloc(g->ud, g, sizeof *g, 0);
}

/* ------------------------------------------------------------- errors */

typedef struct errbuf { char *s; size_t cap, len; int n; } errbuf;

static void eb_add(errbuf *e, const char *file, size_t line, const char *fmt, const char *a) {
  e->n++;
  if (!e->s || e->cap == 0 || e->n > 20) return;
  char msg[256];
  snprintf(msg, sizeof msg, fmt, a ? a : "");
  int w = snprintf(e->s + e->len, e->cap - e->len, "%s%s:%zu: %s", e->len ? "\n" : "", file, line, msg);
  if (w > 0) e->len += (size_t)w < e->cap - e->len ? (size_t)w : e->cap - e->len - 1;
}

/* ------------------------------------------------------------- parsing */

static int valid_slug(const char *s, size_t n) {
  if (n == 0 || s[0] == '-' || s[n - 1] == '-') return 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return 0;
    if (c == '-' && i + 1 < n && s[i + 1] == '-') return 0;
  }
  return 1;
}

/* The type of an id (kind prefix), 0 if the id is malformed. */
int kn_gaz_id_type(const char *id, size_t n) {
  const char *sl = memchr(id, '/', n);
  if (!sl) return 0;
  size_t kl = (size_t)(sl - id);
  for (int t = 1; t <= KN_ET_OFFICE; t++)
    if (strlen(KIND_NAMES[t]) == kl && memcmp(KIND_NAMES[t], id, kl) == 0)
      return valid_slug(sl + 1, n - kl - 1) ? t : 0;
  return 0;
}

static int parse_day(const char *s, size_t n, int32_t *out) {
  if (n != 10 || s[4] != '-' || s[7] != '-') return 0;
  int v[3] = { 0, 0, 0 };
  const int pos[3][2] = { { 0, 4 }, { 5, 2 }, { 8, 2 } };
  for (int k = 0; k < 3; k++)
    for (int i = 0; i < pos[k][1]; i++) {
      char c = s[pos[k][0] + i];
      if (c < '0' || c > '9') return 0;
      v[k] = v[k] * 10 + (c - '0');
    }
  static const int md[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  if (v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > md[v[1] - 1]) return 0;
  if (v[1] == 2 && v[2] == 29 && !((v[0] % 4 == 0 && v[0] % 100 != 0) || v[0] % 400 == 0)) return 0;
  *out = v[0] * 10000 + v[1] * 100 + v[2];
  return 1;
}

/* A holder value: "person/x START END" -> fields; 0 if malformed. */
static int parse_holder(const char *v, const char **pid, size_t *pidn, int32_t *start, int32_t *end) {
  const char *a = v;
  const char *sp1 = strchr(a, ' ');
  if (!sp1) return 0;
  const char *b = sp1;
  while (*b == ' ') b++;
  const char *sp2 = strchr(b, ' ');
  if (!sp2) return 0;
  const char *c = sp2;
  while (*c == ' ') c++;
  size_t cl = strlen(c);
  while (cl && c[cl - 1] == ' ') cl--;
  *pid = a; *pidn = (size_t)(sp1 - a);
  if (!parse_day(b, (size_t)(sp2 - b), start)) return 0;
  if (cl == 1 && c[0] == '-') *end = INT32_MAX;
  else if (!parse_day(c, cl, end)) return 0;
  return 1;
}

typedef struct stage {
  record *rec; size_t n, cap;
  field *fbuf; size_t nf, capf;
} stage;

static kn_status stage_field(kn_gaz *g, stage *S, int key, uint32_t line, const char *v, size_t vn) {
  kn_status st = kn_grow(g->alloc, g->ud, (void **)&S->fbuf, &S->capf, S->nf + 1, sizeof(field));
  if (st) return st;
  char *copy = kn_arena_strdup(&g->arena, v, vn);
  if (!copy) return KN_ENOMEM;
  S->fbuf[S->nf].key = (uint8_t)key;
  S->fbuf[S->nf].line = line;
  S->fbuf[S->nf].value = copy;
  S->nf++;
  return KN_OK;
}

static void trim(const char **a, const char **e) {
  while (*a < *e && (**a == ' ' || **a == '\t' || **a == '\r')) (*a)++;
  while (*e > *a && ((*e)[-1] == ' ' || (*e)[-1] == '\t' || (*e)[-1] == '\r')) (*e)--;
}

/* Finishes a staged record: checks what can be checked without the others. */
static void check_record(kn_gaz *g, stage *S, size_t ri, const char *name, errbuf *eb, int replace,
                         kn_wordset *seen) {
  record *r = &S->rec[ri];
  /* offsets until commit; a record with no fields may come before any
  ** field buffer exists */
  field *f = r->nf ? S->fbuf + (size_t)(uintptr_t)r->f : NULL;
  int names = 0;
  int32_t last_end = INT32_MIN, last_start = INT32_MIN;
  for (uint32_t i = 0; i < r->nf; i++) {
    field *x = &f[i];
    if (x->key == F_NAME) names++;
    if (x->key == F_TYPE) {
      if (strcmp(x->value, TYPE_NAMES[r->type]) != 0)
        eb_add(eb, name, x->line, "type %s does not match the id's kind", x->value);
    }
    if (x->key == F_WIKIDATA) {
      const char *w = x->value;
      int ok = w[0] == 'Q' && w[1];
      for (const char *c = w + 1; *c; c++) if (*c < '0' || *c > '9') ok = 0;
      if (!ok) eb_add(eb, name, x->line, "bad wikidata id '%s' (Q and digits)", w);
    }
    if (x->key == F_HOLDER) {
      const char *pid; size_t pn; int32_t s0, s1;
      if (!parse_holder(x->value, &pid, &pn, &s0, &s1))
        eb_add(eb, name, x->line, "bad holder '%s' (expected person/<slug> YYYY-MM-DD YYYY-MM-DD|-)", x->value);
      else if (kn_gaz_id_type(pid, pn) != KN_ET_PERSON)
        eb_add(eb, name, x->line, "holder '%s' is not a person id", x->value);
      else if (s1 < s0)
        eb_add(eb, name, x->line, "holder term ends before it starts: %s", x->value);
      else {
        if (s0 < last_end && last_start != INT32_MIN)
          eb_add(eb, name, x->line, "holder term overlaps the previous one: %s", x->value);
        if (s0 < last_start) eb_add(eb, name, x->line, "holder terms out of order: %s", x->value);
        last_start = s0; last_end = s1;
      }
    }
    if (x->key == F_OF || x->key == F_COUNTRY || x->key == F_IN || x->key == F_METONYM ||
        x->key == F_CAPITAL || x->key == F_VENUE) {
      if (!kn_gaz_id_type(x->value, strlen(x->value)))
        eb_add(eb, name, x->line, "bad entity id '%s'", x->value);
    }
  }
  if (names != 1)
    eb_add(eb, name, r->line, names ? "more than one name for %s" : "missing name for %s", r->id);
  size_t idn = strlen(r->id);
  if (kn_wordset_get(seen, r->id, idn) >= 0)
    eb_add(eb, name, r->line, "duplicate id %s", r->id);
  else if (!replace && kn_wordset_get(g->ids, r->id, idn) >= 0)
    eb_add(eb, name, r->line, "duplicate id %s (already loaded)", r->id);
  else kn_wordset_add(seen, r->id, idn, 1);
}

kn_status kn_gaz_load(kn_gaz *g, const char *name, const char *s, size_t n, int replace,
                      char *err, size_t errcap) {
  errbuf eb = { err, errcap, 0, 0 };
  if (err && errcap) err[0] = 0;
  if (!name) name = "gazetteer";
  stage S = { NULL, 0, 0, NULL, 0, 0 };
  kn_wordset *seen = NULL;
  kn_status st = kn_wordset_new(&seen, g->alloc, g->ud);
  if (st) return st;
  const char *fname = kn_arena_strdup(&g->arena, name, strlen(name));
  if (!fname) { st = KN_ENOMEM; goto cleanup; }
  if (kn_utf8_check(s, n)) {
    size_t bad = kn_utf8_check(s, n) - 1, line = 1;
    for (size_t i = 0; i < bad; i++) if (s[i] == '\n') line++;
    eb_add(&eb, name, line, "invalid UTF-8%s", NULL);
    st = KN_ESYNTAX;
    goto cleanup;
  }
  size_t line = 0, i = 0;
  int in_rec = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && s[j] != '\n') j++;
    line++;
    const char *a = s + i, *e = s + j;
    i = j + 1;
    trim(&a, &e);
    if (a == e) { in_rec = 0; continue; }
    if (*a == '#') continue;
    if (memchr(a, 0, (size_t)(e - a))) { eb_add(&eb, name, line, "NUL byte in line%s", NULL); continue; }
    if (!in_rec) {
      /* an id line */
      size_t idn = (size_t)(e - a);
      int t = kn_gaz_id_type(a, idn);
      if (!t) {
        const char *sl = memchr(a, '/', idn);
        if (memchr(a, ':', idn)) eb_add(&eb, name, line, "expected an entity id, got a field before any id%s", NULL);
        else if (!sl) eb_add(&eb, name, line, "bad entity id '%s' (expected kind/slug)", NULL);
        else eb_add(&eb, name, line, "bad entity id (unknown kind or slug not lower-case a-z0-9-)%s", NULL);
        /* skip this record's fields */
        in_rec = 2;
        continue;
      }
      st = kn_grow(g->alloc, g->ud, (void **)&S.rec, &S.cap, S.n + 1, sizeof(record));
      if (st) goto cleanup;
      record *r = &S.rec[S.n++];
      r->id = kn_arena_strdup(&g->arena, a, idn);
      if (!r->id) { st = KN_ENOMEM; goto cleanup; }
      r->file = fname;
      r->line = (uint32_t)line;
      r->type = (uint8_t)t;
      r->f = (field *)(uintptr_t)S.nf;   /* offset into S.fbuf until commit */
      r->nf = 0;
      in_rec = 1;
      continue;
    }
    if (in_rec == 2) continue;
    record *r = &S.rec[S.n - 1];
    const char *colon = memchr(a, ':', (size_t)(e - a));
    if (!colon) { eb_add(&eb, name, line, "expected 'key: value'%s", NULL); continue; }
    const char *ka = a, *ke = colon;
    trim(&ka, &ke);
    int key = 0, multi = 0;
    unsigned kinds = 0;
    for (int k = 0; KEYS[k].name; k++)
      if (strlen(KEYS[k].name) == (size_t)(ke - ka) && memcmp(KEYS[k].name, ka, (size_t)(ke - ka)) == 0) {
        key = KEYS[k].key; multi = KEYS[k].multi; kinds = KEYS[k].kinds;
      }
    if (!key) {
      char kb[48];
      size_t kl = (size_t)(ke - ka) < sizeof kb - 1 ? (size_t)(ke - ka) : sizeof kb - 1;
      memcpy(kb, ka, kl); kb[kl] = 0;
      eb_add(&eb, name, line, "unknown key '%s'", kb);
      continue;
    }
    if (!(kinds & (1u << r->type))) {
      char kb[48];
      size_t kl = (size_t)(ke - ka) < sizeof kb - 1 ? (size_t)(ke - ka) : sizeof kb - 1;
      memcpy(kb, ka, kl); kb[kl] = 0;
      eb_add(&eb, name, line, "key '%s' does not apply to this kind", kb);
      continue;
    }
    const char *va = colon + 1, *ve = e;
    trim(&va, &ve);
    if (va == ve) { eb_add(&eb, name, line, "empty value%s", NULL); continue; }
    if (multi) {
      const char *p = va;
      while (p <= ve) {
        const char *bar = p;
        while (bar < ve && !(bar + 2 < ve && bar[0] == ' ' && bar[1] == '|' && bar[2] == ' ')) bar++;
        if (bar + 2 >= ve) bar = ve;
        const char *xa = p, *xe = bar;
        trim(&xa, &xe);
        if (xa < xe) {
          st = stage_field(g, &S, key, (uint32_t)line, xa, (size_t)(xe - xa));
          if (st) goto cleanup;
          r->nf++;
        } else eb_add(&eb, name, line, "empty value in a ' | ' list%s", NULL);
        p = bar + 3;
      }
    } else {
      st = stage_field(g, &S, key, (uint32_t)line, va, (size_t)(ve - va));
      if (st) goto cleanup;
      r->nf++;
    }
  }
  for (size_t k = 0; k < S.n; k++) check_record(g, &S, k, name, &eb, replace, seen);
  if (eb.n) { st = KN_ESYNTAX; goto cleanup; }
  /* commit: move fields into the arena, append or replace records */
  for (size_t k = 0; k < S.n; k++) {
    record r = S.rec[k];
    size_t off = (size_t)(uintptr_t)r.f;
    field *f = kn_arena_get(&g->arena, (r.nf ? r.nf : 1) * sizeof(field));
    if (!f) { st = KN_ENOMEM; goto cleanup; }
    if (r.nf) memcpy(f, S.fbuf + off, r.nf * sizeof(field));
    r.f = f;
    int prev = kn_wordset_get(g->ids, r.id, strlen(r.id));
    if (prev >= 0) {
      g->rec[prev] = r;
    } else {
      st = kn_grow(g->alloc, g->ud, (void **)&g->rec, &g->caprec, g->nrec + 1, sizeof(record));
      if (st) goto cleanup;
      if (g->nrec >= INT32_MAX) { st = KN_ERANGE; goto cleanup; }
      st = kn_wordset_add(g->ids, r.id, strlen(r.id), (int)g->nrec);
      if (st) goto cleanup;
      g->rec[g->nrec++] = r;
    }
  }
  g->compiled = 0;
cleanup:
  kn_free(g->alloc, g->ud, S.rec, S.cap * sizeof(record));
  kn_free(g->alloc, g->ud, S.fbuf, S.capf * sizeof(field));
  kn_wordset_free(seen);
  return st;
}

/* Lines of "a b" pairs or single phrases into a NUL-separated buffer. */
static kn_status load_lines(kn_gaz *g, const char *name, const char *s, size_t n, int pairs,
                            char **buf, size_t *len, size_t *cap, char *err, size_t errcap) {
  errbuf eb = { err, errcap, 0, 0 };
  if (err && errcap) err[0] = 0;
  size_t line = 0, i = 0, start_len = *len;
  while (i < n) {
    size_t j = i;
    while (j < n && s[j] != '\n') j++;
    line++;
    const char *a = s + i, *e = s + j;
    i = j + 1;
    trim(&a, &e);
    if (a == e || *a == '#') continue;
    if (pairs) {
      const char *sp = a;
      while (sp < e && *sp != ' ' && *sp != '\t') sp++;
      const char *b = sp;
      while (b < e && (*b == ' ' || *b == '\t')) b++;
      const char *be = b;
      while (be < e && *be != ' ' && *be != '\t') be++;
      if (b == e || be != e) { eb_add(&eb, name, line, "expected two words: british american%s", NULL); continue; }
      size_t need = *len + (size_t)(sp - a) + (size_t)(e - b) + 2;
      kn_status st = kn_grow(g->alloc, g->ud, (void **)buf, cap, need, 1);
      if (st) return st;
      size_t ka = kn_key(a, (size_t)(sp - a), *buf + *len, (size_t)(sp - a));
      (*buf)[*len + ka] = 0;
      *len += ka + 1;
      size_t kb = kn_key(b, (size_t)(e - b), *buf + *len, (size_t)(e - b));
      (*buf)[*len + kb] = 0;
      *len += kb + 1;
    } else {
      size_t need = *len + (size_t)(e - a) + 1;
      kn_status st = kn_grow(g->alloc, g->ud, (void **)buf, cap, need, 1);
      if (st) return st;
      memcpy(*buf + *len, a, (size_t)(e - a));
      (*buf)[*len + (size_t)(e - a)] = 0;
      *len += (size_t)(e - a) + 1;
    }
  }
  if (eb.n) { *len = start_len; return KN_ESYNTAX; }
  g->compiled = 0;
  return KN_OK;
}

kn_status kn_gaz_spelling(kn_gaz *g, const char *s, size_t n, char *err, size_t errcap) {
  return load_lines(g, "spelling", s, n, 1, &g->spell, &g->nspell, &g->capspell, err, errcap);
}

kn_status kn_gaz_ranks(kn_gaz *g, const char *s, size_t n, char *err, size_t errcap) {
  return load_lines(g, "ranks", s, n, 0, &g->ranks, &g->nranks, &g->capranks, err, errcap);
}

/* ----------------------------------------------------------- queries */

size_t kn_gaz_count(const kn_gaz *g) { return g->nrec; }
int kn_gaz_compiled(const kn_gaz *g) { return g->compiled; }

int32_t kn_gaz_find(const kn_gaz *g, const char *id, size_t n) {
  return kn_wordset_get(g->ids, id, n);
}

kn_status kn_gaz_info(const kn_gaz *g, int32_t i, kn_entity_info *out) {
  if (i < 0 || (size_t)i >= g->nrec) return KN_ERANGE;
  const record *r = &g->rec[i];
  memset(out, 0, sizeof *out);
  out->id = r->id;
  out->type = r->type;
  out->file = r->file;
  out->line = r->line;
  out->of = out->metonym = out->capital = -1;
  for (uint32_t k = 0; k < r->nf; k++) {
    if (r->f[k].key == F_NAME) out->name = r->f[k].value;
    if (r->f[k].key == F_WIKIDATA) out->wikidata = r->f[k].value;
    if (r->f[k].key == F_ROLE) out->role = r->f[k].value;
  }
  if (g->compiled && g->ent) {
    const entity *e = &g->ent[i];
    out->of = e->of; out->metonym = e->metonym; out->capital = e->capital;
    out->terms = e->terms; out->nterms = e->nterms;
  }
  return KN_OK;
}

kn_status kn_gaz_field(const kn_gaz *g, int32_t i, size_t k, const char **key, const char **value) {
  if (i < 0 || (size_t)i >= g->nrec) return KN_ERANGE;
  const record *r = &g->rec[i];
  if (k >= r->nf) return KN_ERANGE;
  for (int j = 0; KEYS[j].name; j++)
    if (KEYS[j].key == r->f[k].key) *key = KEYS[j].name;
  *value = r->f[k].value;
  return KN_OK;
}

int32_t kn_gaz_holder(const kn_gaz *g, int32_t office, int32_t day) {
  if (!g->compiled || office < 0 || (size_t)office >= g->nrec) return -1;
  const entity *e = &g->ent[office];
  int32_t best = -1;
  for (uint32_t k = 0; k < e->nterms; k++)   /* terms are in start order: the latest start wins */
    if (e->terms[k].start <= day && day <= e->terms[k].end) best = e->terms[k].person;
  return best;
}

/* Does the person hold (any time) office? Returns the term index or -1. */
int kn_gaz_held(const kn_gaz *g, int32_t office, int32_t person) {
  const entity *e = &g->ent[office];
  for (uint32_t k = 0; k < e->nterms; k++) if (e->terms[k].person == person) return (int)k;
  return -1;
}

int kn_gaz_type(const kn_gaz *g, int32_t i) {
  return (i >= 0 && (size_t)i < g->nrec) ? g->rec[i].type : 0;
}

int32_t kn_gaz_of(const kn_gaz *g, int32_t i) {
  return (i >= 0 && (size_t)i < g->nrec && g->ent) ? g->ent[i].of : -1;
}

const char *kn_gaz_role(const kn_gaz *g, int32_t i) {
  return (i >= 0 && (size_t)i < g->nrec && g->ent) ? g->ent[i].role : NULL;
}

int32_t kn_gaz_metonym(const kn_gaz *g, int32_t i) {
  return (i >= 0 && (size_t)i < g->nrec && g->ent) ? g->ent[i].metonym : -1;
}

const kn_automaton *kn_gaz_automaton(const kn_gaz *g) { return &g->au; }

void kn_gaz_stats(const kn_gaz *g, size_t *states, size_t *trans, size_t *words, size_t *bytes) {
  kn_au_stats(&g->au, states, trans, words, bytes);
  if (bytes) *bytes += g->arena.total + g->caprec * sizeof(record) + g->capent * sizeof(entity);
}

/* ------------------------------------------------------------ compile */

static int32_t ref(const kn_gaz *g, const char *id, const record *r, uint32_t line, errbuf *eb, int want) {
  int32_t x = kn_wordset_get(g->ids, id, strlen(id));
  if (x < 0) { eb_add(eb, r->file, line, "unknown id '%s'", id); return -1; }
  if (want && g->rec[x].type != want) {
    eb_add(eb, r->file, line, "'%s' has the wrong kind here", id);
    return -1;
  }
  return x;
}

/* Adds every name of a phrase to the automaton. */
static kn_status add_phrase(kn_gaz *g, kn_tokenizer *tk, const char *phrase, int32_t ent, int how,
                            int casemode) {
  return kn_au_add(&g->au, tk, phrase, strlen(phrase), ent, how, casemode);
}

/* Case rule of a name (see data/README.md). */
static int case_mode(const char *s, int how) {
  if (how == KN_T_TITLE || how == KN_T_GENERIC || how == KN_T_RANK) return KN_CASE_ANY;
  int letters = 0, upper = 0, lower_start = 0;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p >= 'A' && *p <= 'Z') { letters++; upper++; }
    else if (*p >= 'a' && *p <= 'z') { if (!letters) lower_start = 1; letters++; }
  }
  if (lower_start) return KN_CASE_ANY;
  if (letters && letters == upper) return letters <= 2 ? KN_CASE_UPPER : KN_CASE_NOTLOWER_ALL;
  return KN_CASE_PROPER;
}

kn_status kn_gaz_compile(kn_gaz *g, const kn_wordset *abbrev, char *err, size_t errcap) {
  errbuf eb = { err, errcap, 0, 0 };
  if (err && errcap) err[0] = 0;
  kn_status st = KN_OK;
  kn_tokenizer tk;
  kn_tok_init(&tk, g->alloc, g->ud, abbrev);
  /* derived entity fields */
  if (g->nrec > g->capent) {
    if (g->ent) {
      for (size_t i = 0; i < g->capent; i++)
        kn_free(g->alloc, g->ud, g->ent[i].terms, g->ent[i].nterms * sizeof(kn_term));
    }
    size_t oldcap = g->capent;
    st = kn_grow(g->alloc, g->ud, (void **)&g->ent, &g->capent, g->nrec, sizeof(entity));
    if (st) goto cleanup;
    memset(g->ent, 0, g->capent * sizeof(entity));
    KN_UNUSED(oldcap);
  } else {
    for (size_t i = 0; i < g->nrec; i++) {
      kn_free(g->alloc, g->ud, g->ent[i].terms, g->ent[i].nterms * sizeof(kn_term));
      g->ent[i].terms = NULL; g->ent[i].nterms = 0;
    }
  }
  for (size_t i = 0; i < g->nrec; i++) {
    const record *r = &g->rec[i];
    entity *e = &g->ent[i];
    e->of = e->metonym = e->capital = -1;
    e->name = NULL; e->wikidata = NULL; e->role = NULL;
    uint32_t nh = 0;
    for (uint32_t k = 0; k < r->nf; k++) if (r->f[k].key == F_HOLDER) nh++;
    if (nh) {
      e->terms = g->alloc(g->ud, NULL, 0, nh * sizeof(kn_term));
      if (!e->terms) { st = KN_ENOMEM; goto cleanup; }
    }
    for (uint32_t k = 0; k < r->nf; k++) {
      const field *f = &r->f[k];
      switch (f->key) {
        case F_NAME: e->name = f->value; break;
        case F_WIKIDATA: e->wikidata = f->value; break;
        case F_ROLE: e->role = f->value; break;
        case F_OF: e->of = ref(g, f->value, r, f->line, &eb, 0); break;
        case F_COUNTRY: case F_IN:
          if (e->of < 0) e->of = ref(g, f->value, r, f->line, &eb, 0);
          break;
        case F_METONYM: e->metonym = ref(g, f->value, r, f->line, &eb, 0); break;
        case F_CAPITAL: e->capital = ref(g, f->value, r, f->line, &eb, KN_ET_LOCATION); break;
        case F_VENUE: ref(g, f->value, r, f->line, &eb, 0); break;
        case F_HOLDER: {
          const char *pid; size_t pn; int32_t s0, s1;
          if (parse_holder(f->value, &pid, &pn, &s0, &s1)) {
            char idb[128];
            if (pn < sizeof idb) {
              memcpy(idb, pid, pn); idb[pn] = 0;
              int32_t p = ref(g, idb, r, f->line, &eb, KN_ET_PERSON);
              e->terms[e->nterms].person = p;
              e->terms[e->nterms].start = s0;
              e->terms[e->nterms].end = s1;
              e->nterms++;
            }
          }
          break;
        }
        default: break;
      }
    }
  }
  if (eb.n) { st = KN_ESYNTAX; goto cleanup; }
  /* the automaton */
  kn_au_clear(&g->au);
  for (size_t i = 0; i + 1 < g->nspell || (i < g->nspell && g->spell[i]); ) {
    const char *brit = g->spell + i;
    const char *amer = brit + strlen(brit) + 1;
    st = kn_au_spelling(&g->au, brit, amer);
    if (st) goto cleanup;
    i = (size_t)(amer - g->spell) + strlen(amer) + 1;
  }
  for (size_t i = 0; i < g->nrec; i++) {
    const record *r = &g->rec[i];
    for (uint32_t k = 0; k < r->nf; k++) {
      const field *f = &r->f[k];
      int how;
      switch (f->key) {
        case F_NAME: how = KN_T_NAME; break;
        case F_ALIAS: how = KN_T_ALIAS; break;
        case F_SHORT: how = KN_T_SHORT; break;
        case F_DEMONYM: how = KN_T_DEMONYM; break;
        case F_TITLE: how = KN_T_TITLE; break;
        case F_GENERIC: how = KN_T_GENERIC; break;
        default: continue;
      }
      st = add_phrase(g, &tk, f->value, (int32_t)i, how, case_mode(f->value, how));
      if (st == KN_EINVAL) {
        eb_add(&eb, r->file, f->line, "name '%s' has no words to match", f->value);
        st = KN_OK;
        continue;
      }
      if (st) goto cleanup;
    }
  }
  for (size_t i = 0; i < g->nranks; ) {
    const char *rk = g->ranks + i;
    st = add_phrase(g, &tk, rk, -1, KN_T_RANK, KN_CASE_ANY);
    if (st && st != KN_EINVAL) goto cleanup;
    st = KN_OK;
    i += strlen(rk) + 1;
  }
  st = kn_au_finish(&g->au);
  if (st) goto cleanup;
  /* each target's entity type, which the linker reads with the target, and
  ** the states with a target that can count for a main country */
  for (size_t s = 0; s < g->au.capst; s++)
    for (uint32_t q = 0; q < g->au.st_count[s]; q++) {
      kn_target *t = &g->au.tg[g->au.st_first[s] + q];
      t->type = (uint8_t)kn_gaz_type(g, t->ent);
      if (kn_main_country_of(g, t) >= 0) g->au.st_hows[s] |= KN_RAW_COUNTRY;
    }
  if (eb.n) { st = KN_ESYNTAX; goto cleanup; }
  g->compiled = 1;
cleanup:
  kn_tok_free(&tk);
  return st;
}
