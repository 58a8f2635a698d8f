/* test_tl_partial.c -- partial timelines (kn_tl_partial.c): a store's
** records and entity names written as one line of JSON and read back into
** another store give the same records, names, bytes and timeline; odd
** strings (quotes, backslashes, control and NUL bytes, bytes that are not
** UTF-8) and numbers (floats, inf, nan, huge) come through unchanged; bad
** input (every truncation, wrong types, string indexes out of range, a
** field or key given twice) is refused with a message naming the field and
** the byte, and adds nothing; partials merged are the partial of all their
** records; and every allocation failing in turn. */
#include <math.h>
#include "kn_test.h"
#include "kn.h"

/* ------------------------------------------------------------ helpers */

static uint32_t id_n(kn_tl_store *s, const char *p, size_t n) {
  uint32_t id = KN_TL_NONE;
  CHECK_INT(kn_tl_intern(s, p, n, &id), KN_OK);
  return id;
}
static uint32_t id_of(kn_tl_store *s, const char *str) { return str ? id_n(s, str, strlen(str)) : KN_TL_NONE; }

/* A growing text, for dumps. */
typedef struct text { char *p; size_t n, cap; } text;

static void t_add(text *t, const char *p, size_t n) {
  if (t->n + n + 1 > t->cap) {
    t->cap = (t->n + n + 1) * 2;
    t->p = realloc(t->p, t->cap);
    if (!t->p) abort();
  }
  memcpy(t->p + t->n, p, n);
  t->n += n;
  t->p[t->n] = 0;
}
static void t_str(text *t, const char *s) { t_add(t, s, strlen(s)); }

/* Sorts texts by their bytes (insertion: a handful), then appends them to
** t and frees them. */
static void t_sorted(text *t, text *v, size_t n) {
  for (size_t i = 1; i < n; i++)
    for (size_t j = i; j > 0 && strcmp(v[j - 1].p, v[j].p) > 0; j--) { text x = v[j]; v[j] = v[j - 1]; v[j - 1] = x; }
  for (size_t i = 0; i < n; i++) { t_str(t, v[i].p); free(v[i].p); }
}

/* Bytes as printable text: every byte outside 0x21..0x7e in hex. */
static void t_bytes(text *t, const char *p, size_t n) {
  t_add(t, "<", 1);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)p[i];
    char h[8];
    if (c > 0x20 && c < 0x7f && c != '<' && c != '>' && c != '%') t_add(t, (const char *)&c, 1);
    else { snprintf(h, sizeof h, "%%%02x", c); t_add(t, h, 3); }
  }
  t_add(t, ">", 1);
}
static void t_id(text *t, const kn_tl_store *s, uint32_t id) {
  if (id == KN_TL_NONE) { t_str(t, "nil"); return; }
  size_t n;
  const char *p = kn_tl_str(s, id, &n);
  t_bytes(t, p, n);
}
static void t_num(text *t, const kn_tl_num *v) {
  char b[64];
  if (v->kind == KN_TL_NIL) snprintf(b, sizeof b, "nil");
  else if (v->kind == KN_TL_INT) snprintf(b, sizeof b, "int %lld", (long long)v->i);
  else if (v->f != v->f) snprintf(b, sizeof b, "float nan");
  else snprintf(b, sizeof b, "float %a", v->f);   /* exact */
  t_str(t, b);
}

/* Record i of s with its strings spelt out: comparable across stores. */
static void t_record(text *t, kn_tl_store *s, size_t i) {
  kn_tl_record r;
  CHECK_INT(kn_tl_get_record(s, i, &r), KN_OK);
  const uint32_t ids[] = { r.doc, r.type, r.modality, r.source, r.published, r.date, r.date_end, r.location,
    r.series };
  t_str(t, "{");
  for (size_t k = 0; k < sizeof ids / sizeof ids[0]; k++) { t_id(t, s, ids[k]); t_str(t, " "); }
  t_bytes(t, r.event, r.event_len);
  t_str(t, r.series_lent ? " lent " : " own ");
  t_num(t, &r.sentence);
  t_str(t, " parts");
  for (size_t k = 0; k < r.nparts; k++) { t_str(t, " "); t_id(t, s, r.parts[k]); }
  t_str(t, r.has_aliases ? " aliases" : " aliases nil");
  for (size_t k = 0; k < 2 * r.naliases; k++) { t_str(t, " "); t_id(t, s, r.aliases[k]); }
  t_str(t, r.has_names ? " names" : " names nil");
  for (size_t k = 0; k < 2 * r.nnames; k++) { t_str(t, " "); t_id(t, s, r.names[k]); }
  t_str(t, "}\n");
}

/* Every record, then every named entity by its bytes. */
static char *dump_store(kn_tl_store *s) {
  text t = { NULL, 0, 0 };
  t_str(&t, "");
  for (size_t i = 0; i < kn_tl_count(s); i++) t_record(&t, s, i);
  size_t n = kn_tl_nstr(s), k = 0;
  text *names = calloc(n + 1, sizeof *names);
  for (uint32_t id = 0; id < n; id++) {
    uint32_t name;
    if (!kn_tl_entity_name(s, id, &name)) continue;
    t_str(&names[k], "entity ");
    t_id(&names[k], s, id);
    t_str(&names[k], " ");
    t_id(&names[k], s, name);
    t_str(&names[k++], "\n");
  }
  t_sorted(&t, names, k);
  free(names);
  return t.p;
}

/* Gazetteer facts by the id's bytes, the same in every store: countries
** and org/nato known, the rest not. */
static void gaz_facts(kn_tl_store *s) {
  const uint32_t *ids;
  size_t n;
  for (int first = 1;; first = 0) {
    CHECK_INT(kn_tl_gaz_needs(s, first, &ids, &n), KN_OK);
    if (n == 0) break;
    uint32_t *v = malloc(n * sizeof *v);   /* setting may grow the store */
    memcpy(v, ids, n * sizeof *v);
    for (size_t i = 0; i < n; i++) {
      const char *name = kn_tl_str(s, v[i], NULL);
      if (!strncmp(name, "country/", 8))
        kn_tl_gaz_set(s, v[i], 1, id_of(s, name + 8), id_of(s, "COUNTRY"), KN_TL_NONE);
      else if (!strcmp(name, "org/nato"))
        kn_tl_gaz_set(s, v[i], 1, id_of(s, "NATO"), id_of(s, "ORG"), KN_TL_NONE);
      else kn_tl_gaz_set(s, v[i], 0, KN_TL_NONE, KN_TL_NONE, KN_TL_NONE);
    }
    free(v);
  }
}

/* The timeline of s as text, every string spelt out and every map by its
** bytes: what timeline JSON holds, comparable across stores. */
static char *dump_timeline(kn_tl_store *s) {
  gaz_facts(s);
  kn_tl_result *r = NULL;
  CHECK_INT(kn_tl_build(s, &r), KN_OK);
  if (!r) return NULL;
  text t = { NULL, 0, 0 };
  char b[96];
  snprintf(b, sizeof b, "%zu entries, %zu dated, %zu conflicts\n", r->nentries, r->ndated, r->nconflicts);
  t_str(&t, b);
  for (size_t i = 0; i < r->nentries; i++) {
    const kn_tl_entry *e = &r->entries[i];
    t_str(&t, "entry ");
    t_bytes(&t, r->text + e->id, e->idlen);
    t_str(&t, " ");
    t_bytes(&t, r->text + e->title, e->titlelen);
    const uint32_t ids[] = { e->type, e->date, e->date_end, e->location, e->first_reported };
    for (size_t k = 0; k < sizeof ids / sizeof ids[0]; k++) { t_str(&t, " "); t_id(&t, s, ids[k]); }
    snprintf(b, sizeof b, " %s %d\n  participants", e->cameo, e->modality);
    t_str(&t, b);
    for (uint32_t k = 0; k < e->npart; k++) { t_str(&t, " "); t_id(&t, s, r->ids[e->part + k]); }
    t_str(&t, "\n  sources");
    for (uint32_t k = 0; k < e->nsrc; k++) { t_str(&t, " "); t_id(&t, s, r->ids[e->src + k]); }
    t_str(&t, "\n");
    for (uint32_t k = 0; k < e->nmen; k++) { t_str(&t, "  "); t_record(&t, s, r->ids[e->men + k]); }
    for (uint32_t k = 0; k < e->nconf; k++) {
      const kn_tl_conflict *c = &r->conf[e->conf + k];
      snprintf(b, sizeof b, "  conflict %u:", c->field);
      t_str(&t, b);
      /* values by their bytes (timeline JSON's map order) */
      text *v = calloc(c->nvalue + 1, sizeof *v);
      for (uint32_t q = 0; q < c->nvalue; q++) {
        const kn_tl_value *x = &r->val[c->value + q];
        t_str(&v[q], " ");
        t_id(&v[q], s, x->key);
        for (uint32_t d = 0; d < x->ndoc; d++) { t_str(&v[q], d ? "," : "="); t_id(&v[q], s, r->ids[x->doc + d]); }
      }
      t_sorted(&t, v, c->nvalue);
      free(v);
      t_str(&t, "\n");
    }
  }
  text *en = calloc(r->nent + 1, sizeof *en);
  for (size_t q = 0; q < r->nent; q++) {
    t_str(&en[q], "entity ");
    for (int k = 0; k < 3; k++) { t_id(&en[q], s, r->ent[3 * q + k]); t_str(&en[q], k < 2 ? " " : "\n"); }
  }
  t_sorted(&t, en, r->nent);
  free(en);
  kn_tl_result_free(r);
  return t.p;
}

/* The partial of s as a malloc'd string. */
static char *partial_of(kn_tl_store *s, size_t *n) {
  kn_tl_buf b = { NULL, 0, 0 };
  CHECK_INT(kn_tl_partial_write(s, &b), KN_OK);
  char *p = malloc(b.n + 1);
  memcpy(p, b.p ? b.p : "", b.n);
  p[b.n] = 0;
  if (n) *n = b.n;
  kn_tl_buf_free(s, &b);
  return p;
}

static kn_tl_store *store_new(void) {
  kn_tl_store *s = NULL;
  CHECK_INT(kn_tl_store_new(&s, NULL, NULL), KN_OK);
  if (!s) abort();
  return s;
}

/* ------------------------------------------------------------ records */

/* One document as the builder adds it: a person and a holder named by
** bytes that are not UTF-8, an office held by someone else that day (an
** alias), a named meeting, three events (a canonical id, one that only
** looks canonical, one whose number is too large for an integer). */
static void add_odd_doc(kn_tl_store *s) {
  kn_tl_mention_in m[4];
  memset(m, 0, sizeof m);
  for (int i = 0; i < 4; i++) m[i].holder = m[i].gholder = KN_TL_NONE;
  m[0].kind = KN_TL_M_PERSON;
  m[0].entity = id_of(s, "person/x-\xff");
  m[0].text = "X \xff Y"; m[0].text_len = 5;
  m[0].name = "X Y"; m[0].name_len = 3;
  m[1].kind = KN_TL_M_MEETING;
  m[1].entity = id_of(s, "meeting/nato-summit");
  m[1].text = "the NATO summit"; m[1].text_len = 15;
  m[1].name = "NATO summit"; m[1].name_len = 11;
  m[1].sentence.kind = KN_TL_INT; m[1].sentence.i = 2;
  m[2].kind = KN_TL_M_OFFICE;
  m[2].entity = id_of(s, "office/kr-defense-minister");
  m[2].holder = id_of(s, "person/kim-\"y\"");
  m[2].gholder = id_of(s, "person/kim-yong-hyun");
  m[2].text = "Defense Minister"; m[2].text_len = 16;
  m[3].kind = KN_TL_M_PERSON;
  m[3].entity = id_of(s, "person/kim-\"y\"");
  m[3].text = "Kim \"Y\""; m[3].text_len = 7;
  uint32_t parts[4] = { id_of(s, "person/x-\xff"), id_of(s, "org/nato"), id_of(s, "country/japan"),
    id_of(s, "person/kim-\"y\"") };
  kn_tl_event_in e[3];
  memset(e, 0, sizeof e);
  e[0].id = "odd \"1\"\\#7"; e[0].idlen = strlen(e[0].id);
  e[0].type = id_of(s, "meeting"); e[0].modality = id_of(s, "occurred");
  e[0].date = id_of(s, "2024-03-05"); e[0].date_end = KN_TL_NONE;
  e[0].location = id_of(s, "location/brussels");
  e[0].sentence.kind = KN_TL_INT; e[0].sentence.i = 2;
  e[0].part = 0; e[0].npart = 2;
  e[0].trigger = 1; e[0].ttext = id_of(s, "summit");
  e[0].tstart.kind = e[0].tstop.kind = KN_TL_INT; e[0].tstart.i = 5; e[0].tstop.i = 8;
  e[1].id = "not-canonical#01"; e[1].idlen = strlen(e[1].id);
  e[1].type = id_of(s, "call"); e[1].modality = id_of(s, "planned");
  e[1].date = id_of(s, "2024-03"); e[1].date_end = KN_TL_NONE; e[1].location = KN_TL_NONE;
  e[1].sentence.kind = KN_TL_FLOAT; e[1].sentence.f = 2.5;
  e[1].part = 3; e[1].npart = 1; e[1].ttext = KN_TL_NONE;
  e[2].id = "odd \"1\"\\#99999999999999999999"; e[2].idlen = strlen(e[2].id);
  e[2].type = id_of(s, "statement"); e[2].modality = id_of(s, "reported");
  e[2].date = e[2].date_end = e[2].location = KN_TL_NONE;
  e[2].sentence.kind = KN_TL_FLOAT; e[2].sentence.f = 1e300;
  e[2].part = 2; e[2].npart = 1; e[2].ttext = KN_TL_NONE;
  kn_tl_doc_in d;
  memset(&d, 0, sizeof d);
  d.id = id_of(s, "odd \"1\"\\");
  d.source = id_of(s, "Wire\tdesk \xe2\x80\x94 \x01");
  d.published = id_of(s, "2024-03-05T10:00");
  d.m = m; d.nm = 4; d.ev = e; d.nev = 3; d.parts = parts;
  CHECK_INT(kn_tl_add_doc(s, &d), KN_OK);
}

/* A record as the merge reads it; strings NULL for none, parts and pairs
** as NULL-ended lists (pairs NULL: null). */
typedef struct trec {
  const char *doc, *event;
  size_t doc_len, event_len;       /* 0: strlen (a NUL byte needs them) */
  const char *type, *modality, *source, *published, *date, *date_end, *location, *series;
  int lent;
  kn_tl_num sentence;
  const char *parts[4];
  const char *const *aliases, *const *names;
} trec;

static size_t strs(kn_tl_store *s, const char *const *v, uint32_t *out) {
  size_t n = 0;
  for (; v && v[n]; n++) out[n] = id_of(s, v[n]);
  return n;
}

static void add_trec(kn_tl_store *s, const trec *t) {
  kn_tl_record r;
  memset(&r, 0, sizeof r);
  uint32_t parts[4], al[8], nm[8];
  r.doc = id_n(s, t->doc, t->doc_len ? t->doc_len : strlen(t->doc));
  r.event = t->event; r.event_len = t->event_len ? t->event_len : strlen(t->event);
  r.type = id_of(s, t->type); r.modality = id_of(s, t->modality); r.source = id_of(s, t->source);
  r.published = id_of(s, t->published); r.date = id_of(s, t->date); r.date_end = id_of(s, t->date_end);
  r.location = id_of(s, t->location); r.series = id_of(s, t->series);
  r.series_lent = t->lent;
  r.sentence = t->sentence;
  r.parts = parts; r.nparts = strs(s, t->parts, parts);
  r.aliases = al; r.naliases = strs(s, t->aliases, al) / 2; r.has_aliases = t->aliases != NULL;
  r.names = nm; r.nnames = strs(s, t->names, nm) / 2; r.has_names = t->names != NULL;
  CHECK_INT(kn_tl_add_record(s, &r), KN_OK);
}

static const char *const NO_PAIRS[] = { NULL };
static const char *const ODD_NAMES[] = { "person/\xc0\x80", "\xed\xa0\x80 Z\x7f", NULL };
static const char *const ALIAS[] = { "person/kim-\"y\"", "person/kim-yong-hyun", NULL };

/* Records with the odd strings and numbers a partial must keep. */
static const trec TRECS[] = {
  /* the doc's meeting told with another day (a conflict), a sentence's
  ** meeting lent */
  { "d\\2", "d\\2#3", 0, 0, "meeting", "occurred", "Src \"Q\"\\", "2024-03-06", "2024-03-06", NULL,
    "location/brussels", "meeting/nato-summit", 1, { 0, NAN, KN_TL_FLOAT },
    { "org/nato", "person/x-\xff", NULL }, NO_PAIRS, NULL },
  /* a NUL byte, a lone continuation byte, a truncated sequence, Hangul */
  { "d\0003", "d\0003#0", 3, 5, "talks", "planned", "nul \x80 \xc3 \xea\xb8\xb0", NULL, "2024-W10", "2024-03-09",
    NULL, NULL, 0, { 0, HUGE_VAL, KN_TL_FLOAT }, { "country/japan", NULL }, ALIAS, ODD_NAMES },
  { "d4", "d4#9223372036854775807", 0, 0, "talks", "occurred", "S", "2024-03-07", "2024-03-06", NULL, NULL, NULL, 0,
    { 0, -HUGE_VAL, KN_TL_FLOAT }, { "country/japan", "country/south-korea", NULL }, NULL, NULL },
  { "d4", "d4#02", 0, 0, "exercise", "reported", "S", NULL, NULL, NULL, NULL, NULL, 0,
    { INT64_MIN, 0, KN_TL_INT }, { NULL }, NULL, NULL },
  { "d5", "d5#9999999999999999999", 0, 0, "deployment", "occurred", "Paper", "2024-03-08", "2024-03", NULL, "location/kursk", NULL, 0,
    { 0, 3.0, KN_TL_FLOAT }, { "country/north-korea", NULL }, NULL, NULL },
  { "d5", "d5#10", 0, 0, "visit", "planned", "Paper", "2024-03-08", "2024", NULL, NULL, NULL, 0,
    { 0, 0, KN_TL_NIL }, { "person/x-\xff", NULL }, NULL, NULL },
};
#define NTRECS (sizeof TRECS / sizeof TRECS[0])

/* Entity names beyond the mentions': one with none (nil), two of entities
** no record uses, a second name for org/nato (the first stays). */
static void add_names(kn_tl_store *s) {
  CHECK_INT(kn_tl_entity(s, id_of(s, "org/nato"), id_of(s, "NATO")), KN_OK);
  CHECK_INT(kn_tl_entity(s, id_of(s, "org/nato"), id_of(s, "North Atlantic")), KN_OK);
  CHECK_INT(kn_tl_entity(s, id_of(s, "country/japan"), KN_TL_NONE), KN_OK);
  CHECK_INT(kn_tl_entity(s, id_of(s, "person/unused \"u\""), id_of(s, "Unused \\ U")), KN_OK);
  CHECK_INT(kn_tl_entity(s, id_of(s, "org/unused"), id_of(s, "Unused Org")), KN_OK);
}

/* Adds the records: the doc, then TRECS[from .. to), then the names. */
static kn_tl_store *fill(kn_tl_store *s, int doc, size_t from, size_t to, int names) {
  if (doc) add_odd_doc(s);
  for (size_t i = from; i < to; i++) add_trec(s, &TRECS[i]);
  if (names) add_names(s);
  return s;
}
static kn_tl_store *store_of(int doc, size_t from, size_t to, int names) {
  return fill(store_new(), doc, from, to, names);
}

static int contains(const char *p, size_t n, const char *lit, size_t k) {
  for (size_t i = 0; i + k <= n; i++) if (!memcmp(p + i, lit, k)) return 1;
  return 0;
}
#define CONTAINS(p, n, lit) contains((p), (n), (lit), sizeof(lit) - 1)

static void test_roundtrip(void) {
  kn_tl_store *a = store_of(1, 0, NTRECS, 1);
  CHECK_INT(kn_tl_count(a), 3 + NTRECS);
  size_t n;
  char *pa = partial_of(a, &n);
  CHECK(!memchr(pa, '\n', n));   /* one line */
  CHECK_INT(strncmp(pa, "{\"partial\":2,\"strings\":[", 24), 0);
  static const char *const WANT[] = {
    /* bytes as the store holds them: '"', '\\', control bytes escaped
    ** (NUL too), the rest (DEL, invalid UTF-8, Hangul) as they are */
    "\"odd \\\"1\\\"\\\\\"", "\"Wire\\u0009desk \xe2\x80\x94 \\u0001\"", "\"d\\u00003\"",
    "\"nul \x80 \xc3 \xea\xb8\xb0\"", "\"\xed\xa0\x80 Z\x7f\"", "\"person/x-\xff\"",
    /* event ids: a number for "<doc>#<n>", the id itself otherwise (a
    ** leading zero, a number past INT64_MAX) */
    ",7,2,", "\"not-canonical#01\"", "\"odd \\\"1\\\"\\\\#99999999999999999999\"",
    ",9223372036854775807,\"-inf\",", ",\"d4#02\",", ",\"d5#9999999999999999999\",",
    /* numbers: floats keep a '.', inf and nan are strings */
    ",2.5,", ",1.0000000000000001e+300,", ",\"nan\",", ",\"inf\",", ",3.0,", ",-9223372036854775808,",
    /* an empty aliases list is not null */
    ",1,[7,8],[],null]",
  };
  for (size_t i = 0; i < sizeof WANT / sizeof WANT[0]; i++)
    if (contains(pa, n, WANT[i], strlen(WANT[i]))) kn_test_pass++;
    else { kn_test_fail++; fprintf(stderr, "%s:%d: the partial has no %s\n", __FILE__, __LINE__, WANT[i]); }

  kn_tl_store *b = store_new();
  char err[200] = "x";
  CHECK_INT(kn_tl_partial_read(b, pa, n, err, sizeof err), KN_OK);
  CHECK_STR(err, "");
  CHECK_INT(kn_tl_count(b), kn_tl_count(a));
  char *da = dump_store(a), *db = dump_store(b);
  CHECK_STR(db, da);
  /* the dump says what was kept: a few lines of it, by hand */
  CHECK(strstr(da, "<d\\2#3> lent float nan parts <org/nato> <person/x-%ff> aliases names nil}") != NULL);
  CHECK(strstr(da, "<d%003#0> own float inf parts <country/japan> aliases <person/kim-\"y\"> "
                   "<person/kim-yong-hyun> names <person/%c0%80> <%ed%a0%80%20Z%7f>}") != NULL);
  CHECK(strstr(da, "<d4#02> own int -9223372036854775808 parts aliases nil names nil}") != NULL);
  CHECK(strstr(da, "<d5#9999999999999999999> own float 0x1.8p+1 ") != NULL);
  CHECK(strstr(da, "<d5#10> own nil ") != NULL);
  CHECK(strstr(da, "<not-canonical#01> own float 0x1.4p+1 ") != NULL);
  CHECK(strstr(da, "entity <org/nato> <NATO>\n") != NULL);
  CHECK(strstr(da, "entity <country/japan> nil\n") != NULL);
  CHECK(strstr(da, "entity <person/unused%20\"u\"> <Unused%20\\%20U>\n") != NULL);
  CHECK(strstr(da, "entity <org/unused> <Unused%20Org>\n") != NULL);
  /* the same bytes written again, and the same timeline */
  size_t nb;
  char *pb = partial_of(b, &nb);
  CHECK(nb == n && !memcmp(pa, pb, n));
  char *ta = dump_timeline(a), *tb = dump_timeline(b);
  CHECK(ta != NULL && strstr(ta, "entry ") != NULL && strstr(ta, "conflict ") != NULL);
  CHECK_STR(tb, ta);
  /* a store that met the strings in another order writes the same bytes:
  ** what no record uses goes by its bytes, not its id */
  kn_tl_store *c = store_new();
  id_of(c, "org/unused");
  id_of(c, "Unused Org");
  fill(c, 1, 0, NTRECS, 1);
  char *pc = partial_of(c, &nb);
  CHECK(nb == n && !memcmp(pa, pc, n));
  free(pa); free(pb); free(pc); free(da); free(db); free(ta); free(tb);
  kn_tl_store_free(a);
  kn_tl_store_free(b);
  kn_tl_store_free(c);

  /* an empty store */
  kn_tl_store *e = store_new(), *f = store_new();
  char *pe = partial_of(e, &n);
  CHECK_STR(pe, "{\"partial\":2,\"strings\":[],\"records\":[],\"entities\":[]}");
  size_t base = kn_tl_nstr(f);   /* a new store holds some strings already */
  CHECK_INT(kn_tl_partial_read(f, pe, n, err, sizeof err), KN_OK);
  CHECK_INT(kn_tl_count(f), 0);
  CHECK_INT(kn_tl_nstr(f), base);
  free(pe);
  kn_tl_store_free(e);
  kn_tl_store_free(f);
}

/* ------------------------------------------------- hand-written input */

/* The good text of the bad-input tests, built token by token, each token
** with the place an error in it is reported at (the message's prefix). */
#define MAXT 4096
typedef struct gtext {
  char p[MAXT]; size_t n;
  char label[MAXT][32];     /* of each byte */
  unsigned char start[MAXT];  /* a token begins at the byte */
} gtext;

static void g_tok(gtext *g, const char *label, const char *tok) {
  size_t k = strlen(tok);
  if (g->n + k >= MAXT) abort();
  for (size_t i = 0; i < k; i++) {
    snprintf(g->label[g->n + i], sizeof g->label[0], "%s", label);
    g->start[g->n + i] = i == 0;
  }
  memcpy(g->p + g->n, tok, k);
  g->n += k;
  g->p[g->n] = 0;
}

/* A value that is a list ("[4,5]"): a token a character, numbers whole. */
static void g_value(gtext *g, const char *label, const char *v) {
  while (*v) {
    char t[128];
    size_t k = 1;
    if ((*v >= '0' && *v <= '9') || *v == '-') while (v[k] && strchr("0123456789.eE+-", v[k])) k++;
    else if (*v >= 'a' && *v <= 'z') while (v[k] >= 'a' && v[k] <= 'z') k++;
    else if (*v == '"') { while (v[k] && v[k] != '"') k += v[k] == '\\' ? 2 : 1; k++; }
    if (k >= sizeof t) abort();
    memcpy(t, v, k);
    t[k] = 0;
    g_tok(g, label, t);
    v += k;
  }
}

static const char *const FIELD[15] = { "doc", "event", "sentence", "type", "modality", "source", "published",
  "date", "date_end", "location", "series", "series_lent", "participants", "aliases", "names" };

static const char *const GSTRINGS[] = { "\"d1\"", "\"meeting\"", "\"occurred\"", "\"S\"", "\"org/nato\"",
  "\"NATO\"", "\"a\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\\u0000\"", "\"2024-10-28\"" };
#define NGS 8
static const char *const GRECORDS[2][15] = {
  { "0", "1", "3", "1", "2", "3", "null", "7", "null", "null", "null", "0", "[4]", "null", "[4,5]" },
  { "0", "\"x#1\"", "2.5e1", "1", "2", "6", "7", "7", "7", "null", "4", "1", "[4,6]", "[6,4]", "[]" },
};
static const char *const GENTITIES[2][2] = { { "4", "5" }, { "6", "null" } };

/* ,"key":[ */
static void g_key(gtext *g, const char *key) {
  char q[32];
  snprintf(q, sizeof q, "\"%s\"", key);
  g_tok(g, "", ",");
  g_tok(g, "", q);
  g_tok(g, "", ":");
  g_tok(g, "", "[");
}

/* The good text; with field (record r, field f) or entity value (r, f + 15)
** replaced by v, and *at set to where the value starts (0-based). One
** extra: record 0 given 16 fields (its names twice) when dup. */
static void g_build(gtext *g, int r, int f, const char *v, size_t *at, int dup) {
  int where = r >= 0 ? r * 100 + f : -1;   /* the value replaced, as i * 100 + k */
  memset(g, 0, sizeof *g);
  g_tok(g, "", "{");
  g_tok(g, "", "\"partial\"");
  g_tok(g, "", ":");
  g_tok(g, "", "1");
  g_key(g, "strings");
  char lab[32];
  for (int i = 0; i < NGS; i++) {
    snprintf(lab, sizeof lab, "strings[%d]", i + 1);
    g_tok(g, lab, GSTRINGS[i]);
    g_tok(g, lab, i + 1 < NGS ? "," : "]");
  }
  g_key(g, "records");
  for (int i = 0; i < 2; i++) {
    snprintf(lab, sizeof lab, "records[%d]", i + 1);
    g_tok(g, lab, "[");
    for (int k = 0; k < 15 + (dup && i == 0); k++) {
      int fk = k < 15 ? k : 14;
      char fl[32];
      snprintf(fl, sizeof fl, "records[%d].%s", i + 1, FIELD[fk]);
      if (k < 15 && k) g_tok(g, fl, ",");
      if (k == 15) g_tok(g, lab, ",");
      const char *val = GRECORDS[i][fk];
      if (i * 100 + k == where) { *at = g->n; val = v; }
      g_value(g, fl, val);
    }
    g_tok(g, lab, "]");
    g_tok(g, lab, i < 1 ? "," : "]");
  }
  g_key(g, "entities");
  for (int i = 0; i < 2; i++) {
    snprintf(lab, sizeof lab, "entities[%d]", i + 1);
    g_tok(g, lab, "[");
    for (int k = 0; k < 2; k++) {
      if (k) g_tok(g, lab, ",");
      const char *val = GENTITIES[i][k];
      if (i * 100 + 15 + k == where) { *at = g->n; val = v; }
      g_value(g, lab, val);
    }
    g_tok(g, lab, "]");
    g_tok(g, lab, i < 1 ? "," : "]");
  }
  g_tok(g, "", "}");
}

/* A store holding one partial already, to read bad input into. */
static kn_tl_store *prefilled(char **dump, char **partial) {
  kn_tl_store *s = store_of(0, 0, 2, 1);
  *dump = dump_store(s);
  *partial = partial_of(s, NULL);
  return s;
}

/* Reading p into a prefilled store fails with the message want and adds
** nothing: the same records, names and strings as before. */
static void reject(const char *p, size_t n, const char *want, int line) {
  char *before, *pbefore;
  kn_tl_store *s = prefilled(&before, &pbefore);
  size_t nstr = kn_tl_nstr(s);
  char err[200];
  kn_status st = kn_tl_partial_read(s, p, n, err, sizeof err);
  if (st != KN_EINVAL || strcmp(err, want) != 0) {
    fprintf(stderr, "line %d: status %d, \"%s\", expected \"%s\"\n", line, st, err, want);
    kn_test_fail++;
  } else kn_test_pass++;
  char *after = dump_store(s), *pafter = partial_of(s, NULL);
  CHECK_INT(kn_tl_nstr(s), nstr);
  CHECK_STR(after, before);
  CHECK_STR(pafter, pbefore);
  free(before); free(after); free(pbefore); free(pafter);
  kn_tl_store_free(s);
}
#define REJECT(p, want) reject((p), strlen(p), (want), __LINE__)

/* The good text with one value replaced: fails with "<where>: expected
** <what> at byte <its first byte + off>". */
static void reject_value(int r, int f, const char *v, const char *what, size_t off, int line) {
  gtext *g = malloc(sizeof *g);
  size_t at = 0;
  g_build(g, r, f, v, &at, 0);
  char want[200];
  if (f < 15) snprintf(want, sizeof want, "records[%d].%s: expected %s at byte %zu", r + 1, FIELD[f], what, at + 1 + off);
  else snprintf(want, sizeof want, "entities[%d]: expected %s at byte %zu", r + 1, what, at + 1 + off);
  reject(g->p, g->n, want, line);
  free(g);
}
#define REJECT_VALUE(r, f, v, what, off) reject_value((r), (f), (v), (what), (off), __LINE__)

static void test_handwritten(void) {
  gtext *g = malloc(sizeof *g);
  size_t at;
  g_build(g, -1, -1, NULL, &at, 0);
  kn_tl_store *s = store_new();
  size_t base = kn_tl_nstr(s);
  char err[200];
  CHECK_INT(kn_tl_partial_read(s, g->p, g->n, err, sizeof err), KN_OK);
  CHECK_INT(kn_tl_count(s), 2);
  CHECK_INT(kn_tl_nstr(s), base + NGS);
  char *d = dump_store(s);
#define ODD "<a\"\\/%08%0c%0a%0d%09%c3%a9%f0%9f%98%80%00>"
  /* escapes decoded: \" \\ \/ \b \f \n \r \t, é and a surrogate pair as
  ** UTF-8, \u0000 a NUL byte */
  CHECK_STR(d, "{<d1> <meeting> <occurred> <S> nil <2024-10-28> nil nil nil <d1#1> own int 3 parts <org/nato> "
               "aliases nil names <org/nato> <NATO>}\n"
               "{<d1> <meeting> <occurred> " ODD " <2024-10-28> <2024-10-28> <2024-10-28> nil <org/nato> "
               "<x#1> lent float 0x1.9p+4 parts <org/nato> " ODD " aliases " ODD " <org/nato> names}\n"
               "entity " ODD " nil\n"
               "entity <org/nato> <NATO>\n");
  free(d);
  /* written back: the escapes the writer uses, everything else raw */
  size_t n;
  char *p = partial_of(s, &n);
  CHECK(CONTAINS(p, n, "\"a\\\"\\\\/\\u0008\\u000c\\u000a\\u000d\\u0009\xc3\xa9\xf0\x9f\x98\x80\\u0000\""));
  free(p);
  kn_tl_store_free(s);

  /* white space between tokens, a newline at the end */
  {
    char spaced[2 * MAXT + 8];
    size_t k = 0;
    for (size_t i = 0; i < g->n; i++) {
      if (g->start[i] && i) { spaced[k++] = i % 3 ? ' ' : '\n'; if (i % 5 == 0) spaced[k++] = '\t'; }
      spaced[k++] = g->p[i];
    }
    spaced[k++] = '\r'; spaced[k++] = '\n';
    kn_tl_store *t = store_new(), *u = store_new();
    CHECK_INT(kn_tl_partial_read(t, spaced, k, err, sizeof err), KN_OK);
    CHECK_INT(kn_tl_partial_read(u, g->p, g->n, err, sizeof err), KN_OK);
    char *dt = dump_store(t), *du = dump_store(u);
    CHECK_STR(dt, du);
    free(dt); free(du);
    kn_tl_store_free(t);
    kn_tl_store_free(u);
  }

  /* every truncation: refused, nothing added; a cut before a token is
  ** reported at the end, in the place of that token; a cut inside one, in
  ** its place or the next's, at the end or at a byte of the token */
  int all = 1;
  for (size_t k = 0; k < g->n; k++) {
    char *before, *pbefore;
    kn_tl_store *t = prefilled(&before, &pbefore);
    size_t nstr = kn_tl_nstr(t);
    kn_status st = kn_tl_partial_read(t, g->p, k, err, sizeof err);
    size_t ts = k;
    while (ts > 0 && !g->start[ts]) ts--;
    size_t next = k;
    while (next < g->n && !g->start[next]) next++;
    char end[64], pre1[64], pre2[64];
    snprintf(end, sizeof end, " at the end (byte %zu: truncated?)", k);
    snprintf(pre1, sizeof pre1, "%s%sexpected ", g->label[ts], g->label[ts][0] ? ": " : "");
    snprintf(pre2, sizeof pre2, "%s%sexpected ", next < g->n ? g->label[next] : "",
             next < g->n && g->label[next][0] ? ": " : "");
    size_t el = strlen(err), nl = strlen(end);
    int at_end = el > nl && !strcmp(err + el - nl, end);
    const char *b = strstr(err, " at byte ");
    size_t byte = b ? (size_t)strtoul(b + 9, NULL, 10) : 0;
    int ok = st == KN_EINVAL && kn_tl_nstr(t) == nstr;
    if (g->start[k]) ok = ok && at_end && !strncmp(err, pre1, strlen(pre1));
    else ok = ok && (!strncmp(err, pre1, strlen(pre1)) || !strncmp(err, pre2, strlen(pre2))) &&
              (at_end || (b && byte > ts && byte <= k));
    char *after = dump_store(t), *pafter = partial_of(t, NULL);
    ok = ok && !strcmp(after, before) && !strcmp(pafter, pbefore);
    if (!ok && all) {
      fprintf(stderr, "cut at %zu (\"...%.12s\"): status %d, \"%s\"\n", k, g->p + (k > 12 ? k - 12 : 0), st, err);
      all = 0;
    }
    free(before); free(after); free(pbefore); free(pafter);
    kn_tl_store_free(t);
  }
  CHECK(all);

  /* wrong types, in every kind of field */
  REJECT_VALUE(0, 0, "\"d1\"", "a string index", 0);
  REJECT_VALUE(0, 0, "null", "a string index", 0);
  REJECT_VALUE(0, 1, "null", "an event number or an event id string", 0);
  REJECT_VALUE(0, 1, "-1", "an event number or an event id string", 0);
  REJECT_VALUE(0, 1, "1.0", "an event number or an event id string", 0);
  REJECT_VALUE(0, 1, "01", "an event number or an event id string", 0);
  REJECT_VALUE(0, 1, "9223372036854775808", "an event number or an event id string", 0);
  REJECT_VALUE(0, 2, "\"3\"", "a number, a string of inf/-inf/nan or null", 0);
  REJECT_VALUE(0, 2, "[3]", "a number, a string of inf/-inf/nan or null", 0);
  REJECT_VALUE(0, 2, "3.", "digits after '.'", 0);
  REJECT_VALUE(0, 2, "3e+", "digits in the exponent", 0);
  /* a long number is named long, whichever part makes it so (63 digits
  ** then a fraction used to read as "digits after '.'") */
  REJECT_VALUE(0, 2, "123456789012345678901234567890123456789012345678901234567890123.5",
               "a number of at most 60 characters", 0);
  REJECT_VALUE(0, 2, "1.23456789012345678901234567890123456789012345678901234567890123",
               "a number of at most 60 characters", 0);
  REJECT_VALUE(0, 2, "1e123456789012345678901234567890123456789012345678901234567890123",
               "a number of at most 60 characters", 0);
  REJECT_VALUE(0, 3, "null", "a string index", 0);
  REJECT_VALUE(0, 3, "\"meeting\"", "a string index", 0);
  REJECT_VALUE(0, 6, "\"2024\"", "a string index or null", 0);
  REJECT_VALUE(0, 9, "true", "a string index or null", 0);
  REJECT_VALUE(0, 11, "2", "0 or 1", 0);
  REJECT_VALUE(0, 11, "null", "0 or 1", 0);
  REJECT_VALUE(0, 12, "null", "'['", 0);
  REJECT_VALUE(0, 12, "[\"org/nato\"]", "a string index", 1);
  REJECT_VALUE(0, 13, "[4]", "pairs (an even count of indexes)", 2);
  REJECT_VALUE(0, 13, "{}", "'['", 0);
  REJECT_VALUE(0, 14, "4", "'['", 0);
  REJECT_VALUE(1, 14, "[4,5,6]", "pairs (an even count of indexes)", 6);
  REJECT_VALUE(0, 15, "\"org/nato\"", "a string index", 0);
  REJECT_VALUE(0, 15, "null", "a string index", 0);
  REJECT_VALUE(0, 16, "\"NATO\"", "a string index or null", 0);
  /* string indexes out of range: the last (7) is read, 8 is not */
  REJECT_VALUE(0, 0, "8", "a string index", 0);
  REJECT_VALUE(1, 3, "8", "a string index", 0);
  REJECT_VALUE(0, 9, "8", "a string index or null", 0);
  REJECT_VALUE(1, 10, "8", "a string index or null", 0);
  REJECT_VALUE(0, 12, "[4,8]", "a string index", 3);
  REJECT_VALUE(1, 13, "[8,4]", "a string index", 1);
  REJECT_VALUE(0, 14, "[4,18446744073709551616]", "a string index", 3);
  REJECT_VALUE(1, 15, "8", "a string index", 0);
  REJECT_VALUE(1, 16, "8", "a string index or null", 0);
  /* the last one, 7, is read as the last string everywhere */
  {
    const struct { int r, f; const char *v; } last[] = { { 0, 0, "7" }, { 1, 10, "7" }, { 0, 12, "[7]" },
      { 1, 15, "7" }, { 1, 16, "7" } };
    for (size_t i = 0; i < sizeof last / sizeof last[0]; i++) {
      g_build(g, last[i].r, last[i].f, last[i].v, &at, 0);
      kn_tl_store *t = store_new();
      CHECK_INT(kn_tl_partial_read(t, g->p, g->n, err, sizeof err), KN_OK);
      kn_tl_store_free(t);
    }
  }
  REJECT("{\"partial\":1,\"strings\":[],\"records\":[[0]],\"entities\":[]}",
         "records[1].doc: expected a string index (there are no strings) at byte 40");
  /* a field given twice: a record of 16 values, a key again */
  g_build(g, -1, -1, NULL, &at, 1);
  {
    const char *c = strstr(g->p, ",[4,5],[4,5]]");
    char want[96];
    snprintf(want, sizeof want, "records[1]: expected ']' at byte %zu", (size_t)(c - g->p) + 7);
    reject(g->p, g->n, want, __LINE__);
  }
  REJECT("{\"partial\":1,\"partial\":1,\"strings\":[],\"records\":[],\"entities\":[]}",
         "expected '\"strings\"' at byte 14");
  REJECT("{\"partial\":1,\"strings\":[],\"strings\":[],\"records\":[],\"entities\":[]}",
         "expected '\"records\"' at byte 27");
  REJECT("{\"partial\":1,\"strings\":[],\"records\":[],\"entities\":[],\"entities\":[]}",
         "expected '}' at byte 53");
  REJECT("{\"partial\":1,\"strings\":[\"a\"],\"records\":[],\"entities\":[[0,0,0]]}",
         "entities[1]: expected ']' at byte 59");
  /* the top: version, order, what follows */
  REJECT("{\"partial\":3,\"strings\":[]}", "expected version 1 or 2 (a newer korea-nato wrote this?) at byte 12");
  REJECT("{\"partial\":\"1\"}", "expected a version number at byte 12");
  REJECT("{\"strings\":[],\"partial\":1}", "expected '\"partial\"' at byte 2");
  REJECT("{\"partial\":1,\"strings\":[],\"records\":[],\"entities\":[]}x",
         "expected nothing after the partial timeline at byte 54");
  REJECT("", "expected '{' at the end (byte 0: truncated?)");
  /* strings */
  REJECT("{\"partial\":1,\"strings\":[\"a\",1]}", "strings[2]: expected a string at byte 29");
  REJECT("{\"partial\":1,\"strings\":[\"a\\q\"]}", "strings[1]: expected a valid escape at byte 27");
  REJECT("{\"partial\":1,\"strings\":[\"\\u12g4\"]}", "strings[1]: expected \\u and four hex digits at byte 26");
  REJECT("{\"partial\":1,\"strings\":[\"\\ud800\\u0041\"]}", "strings[1]: expected a surrogate pair at byte 26");
  REJECT("{\"partial\":1,\"strings\":[\"\\udc00\"]}", "strings[1]: expected no lone low surrogate at byte 26");
  REJECT("{\"partial\":1,\"strings\":[\"a\tb\"]}",
         "strings[1]: expected no control byte in a string (escape it) at byte 27");
  /* an error in the last entity, after records that would read: none added */
  g_build(g, 1, 16, "9", &at, 0);
  {
    char want[96];
    snprintf(want, sizeof want, "entities[2]: expected a string index or null at byte %zu", at + 1);
    reject(g->p, g->n, want, __LINE__);
  }
  /* the message fits the room given, or is left out */
  s = store_new();
  char small[12];
  CHECK_INT(kn_tl_partial_read(s, "[]", 2, small, sizeof small), KN_EINVAL);
  CHECK_STR(small, "expected '{");
  CHECK_INT(kn_tl_partial_read(s, "[]", 2, NULL, 0), KN_EINVAL);
  CHECK_INT(kn_tl_count(s), 0);
  kn_tl_store_free(s);
  free(g);
}

/* ---------------------------------------------------------------- merge */

/* Partials of parts of the records read into one store: the partial of a
** store of all the records (byte for byte, read in that order) and its
** timeline (in any order). */
static void test_merge(void) {
  kn_tl_store *all = store_of(1, 0, NTRECS, 1);
  kn_tl_store *p1 = store_of(1, 0, 2, 0), *p2 = store_of(0, 2, NTRECS, 1);
  char *s1, *s2;
  size_t n1, n2;
  s1 = partial_of(p1, &n1);
  s2 = partial_of(p2, &n2);
  kn_tl_store *m = store_new(), *r = store_new();
  char err[200];
  CHECK_INT(kn_tl_partial_read(m, s1, n1, err, sizeof err), KN_OK);
  CHECK_INT(kn_tl_partial_read(m, s2, n2, err, sizeof err), KN_OK);
  CHECK_INT(kn_tl_partial_read(r, s2, n2, err, sizeof err), KN_OK);
  CHECK_INT(kn_tl_partial_read(r, s1, n1, err, sizeof err), KN_OK);
  CHECK_INT(kn_tl_count(m), kn_tl_count(all));
  char *pa = partial_of(all, NULL), *pm = partial_of(m, NULL);
  CHECK_STR(pm, pa);
  char *da = dump_store(all), *dm = dump_store(m);
  CHECK_STR(dm, da);
  char *ta = dump_timeline(all), *tm = dump_timeline(m), *tr = dump_timeline(r);
  CHECK(ta != NULL && strstr(ta, "<d\\2#3>") != NULL && strstr(ta, "<d5#10>") != NULL);
  CHECK_STR(tm, ta);
  CHECK_STR(tr, ta);
  /* in stages: the partial of a merged store, merged again */
  char *sm = partial_of(m, &n1);
  kn_tl_store *st = store_new();
  CHECK_INT(kn_tl_partial_read(st, sm, n1, err, sizeof err), KN_OK);
  char *ts = dump_timeline(st);
  CHECK_STR(ts, ta);
  free(s1); free(s2); free(pa); free(pm); free(da); free(dm); free(ta); free(tm); free(tr); free(sm); free(ts);
  kn_tl_store_free(all); kn_tl_store_free(p1); kn_tl_store_free(p2);
  kn_tl_store_free(m); kn_tl_store_free(r); kn_tl_store_free(st);
}

/* ------------------------------------------------------ allocation */

/* Writing and reading with every allocation failing in turn: KN_ENOMEM
** and "not enough memory", nothing leaked (the sanitizer build), the
** store as it was before a failed read (a read into a store that already
** holds a part), and once there is room, the bytes of the partial read. */
static void test_nomem(void) {
  kn_tl_store *a = store_of(1, 0, NTRECS, 1), *b0 = store_of(2, 0, NTRECS / 2, 1);
  size_t n, n0;
  char *pa = partial_of(a, &n), *p0 = partial_of(b0, &n0);
  int clean = 1, wrote = 0, got = 0, kept = 1, failures = 0;
  for (long k = 0; k < 400 && !got; k++) {
    kn_tl_store *s = NULL;
    kn_test_budget = k;
    kn_status st = kn_tl_store_new(&s, kn_test_failing_alloc, NULL);
    if (st) { clean = clean && st == KN_ENOMEM; continue; }
    char err[64] = "";
    st = kn_tl_partial_read(s, pa, n, err, sizeof err);
    if (st) clean = clean && st == KN_ENOMEM && !strcmp(err, "not enough memory");
    else {
      got = 1;
      for (long j = 0; j < 100 && !wrote; j++) {
        kn_tl_buf b = { NULL, 0, 0 };
        kn_test_budget = j;
        st = kn_tl_partial_write(s, &b);
        if (st) clean = clean && st == KN_ENOMEM;
        else {
          wrote = 1;
          clean = clean && b.n == n && !memcmp(b.p, pa, n);
        }
        kn_tl_buf_free(s, &b);
      }
    }
    kn_tl_store_free(s);
  }
  /* a read into a store holding another part, failing at every point:
  ** the store as it was (the last points fail after records were added) */
  for (long k = 0; k < 400; k++) {
    kn_tl_store *s = NULL;
    char err[64] = "";
    kn_test_budget = 1L << 30;
    CHECK_INT(kn_tl_store_new(&s, kn_test_failing_alloc, NULL), KN_OK);
    CHECK_INT(kn_tl_partial_read(s, p0, n0, err, sizeof err), KN_OK);
    char *before = dump_store(s);
    kn_test_budget = k;
    kn_status st = kn_tl_partial_read(s, pa, n, err, sizeof err);
    kn_test_budget = 1L << 30;
    char *after = dump_store(s);
    if (st) {
      failures++;
      kept = kept && st == KN_ENOMEM && !strcmp(before, after);
    }
    free(before); free(after);
    kn_tl_store_free(s);
    if (!st) break;
  }
  CHECK(clean);
  CHECK(got && wrote);
  CHECK(kept && failures > 0);
  free(pa); free(p0);
  kn_tl_store_free(a); kn_tl_store_free(b0);
}

int main(void) {
  test_roundtrip();
  test_handwritten();
  test_merge();
  test_nomem();
  (void)kn_test_slurp;
  KN_TEST_END();
}
