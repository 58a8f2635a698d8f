/* test_tl.c -- the timeline merge (kn_tl.c): the clustering against the
** reference (the algorithm before its index was split, tl_cluster_ref.h) on
** random events; the store (records of documents and of partial timelines,
** the aggregation into entries, conflicts, ids); bad ids; and every
** allocation failing in turn. */
#include <math.h>
#include "kn_test.h"
#include "kn.h"
#include "tl_cluster_ref.h"

/* ----------------------------------------------------------- random */

static uint32_t rs = 2463534242u;
static uint32_t rnd(uint32_t n) {
  rs ^= rs << 13; rs ^= rs >> 17; rs ^= rs << 5;
  return n ? rs % n : 0;
}

/* A TIMEX3 value of kind k around day off (days since 2020-01-01). */
static void value(unsigned k, unsigned off, char *out, size_t cap) {
  int32_t d = kn_day_ymd(kn_day_number(20200101) + (int32_t)off);
  int y = d / 10000, m = d / 100 % 100, dd = d % 100;
  static const char *const SEASON[] = { "WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI" };
  switch (k) {
    case 0: case 1: case 2: snprintf(out, cap, "%04d-%02d-%02d", y, m, dd); break;
    case 3: snprintf(out, cap, "%04d-%02d", y, m); break;
    case 4: snprintf(out, cap, "%04d-W%02d", y, (int)(off % 52) + 1); break;
    case 5: snprintf(out, cap, "%04d-Q%d", y, (m - 1) / 3 + 1); break;
    case 6: snprintf(out, cap, "%04d-H%d", y, m <= 6 ? 1 : 2); break;
    case 7: snprintf(out, cap, "%04d-%s", y, SEASON[m - 1]); break;
    case 8: snprintf(out, cap, "%04d", y); break;
    case 9: snprintf(out, cap, "%03d", y / 10); break;
    case 10: snprintf(out, cap, "%04d-%02d-%02dT10:30", y, m, dd); break;
    default: snprintf(out, cap, "PAST_REF"); break;
  }
}

/* Random events: a few participants, places with a containment chain
** (and a cycle), named meetings, documents, dates of every granularity,
** ranges, undated events with and without a document date. */
static size_t gen_events(kn_tl_event *ev, int32_t *parts, size_t n, unsigned span, unsigned pool) {
  size_t np = 0;
  for (size_t i = 0; i < n; i++) {
    kn_tl_event *e = &ev[i];
    memset(e, 0, sizeof *e);
    e->type = (uint8_t)rnd(14);
    e->modality = (uint8_t)(1 + rnd(3));
    unsigned off = rnd(span);
    char v[32];
    value(rnd(13), off, v, sizeof v);
    int32_t a, b;
    e->gran = (uint8_t)kn_date_range(v, strlen(v), &a, &b);
    e->day0 = e->gran ? a : 0; e->day1 = e->gran ? b : 0;
    if (e->gran == KN_GRAN_DAY && rnd(8) == 0) {
      value(0, off + rnd(20), v, sizeof v);
      kn_date_range(v, strlen(v), &e->end0, &e->end1);
    }
    e->location = (int32_t)rnd(9) - 1;
    e->series = rnd(4) == 0 ? (int32_t)rnd(3) : -1;
    e->lent = e->series >= 0 && rnd(2) == 0;
    e->head = rnd(2) ? (uint8_t)rnd(KN_HEAD_N) : KN_HEAD_NONE;
    e->published = rnd(10) == 0 ? 0 : kn_day_ymd(kn_day_number(20200101) + (int32_t)(off + rnd(5)));
    e->doc = rnd((uint32_t)(n / 3 + 1));
    e->order = (uint64_t)rnd(1000000) * 4096 + i;
    e->part = (uint32_t)np;
    unsigned k = rnd(5);
    for (unsigned j = 0; j < k; j++) {
      /* skewed: low ids far more often */
      uint32_t r = rnd(1000), id = (uint32_t)((uint64_t)pool * r * r / 1000000);
      size_t h = e->part;
      while (h < np && parts[h] != (int32_t)id) h++;
      if (h == np) parts[np++] = (int32_t)id;
    }
    for (size_t h = e->part + 1; h < np; h++) {
      int32_t x = parts[h];
      size_t j = h;
      while (j > e->part && parts[j - 1] > x) { parts[j] = parts[j - 1]; j--; }
      parts[j] = x;
    }
    e->npart = (uint32_t)(np - e->part);
    /* the odd ids are people */
    e->pers = (uint32_t)np;
    for (size_t h = e->part; h < e->part + e->npart; h++) if (parts[h] & 1) parts[np++] = parts[h];
    e->npers = (uint32_t)(np - e->pers);
  }
  return np;
}

static void test_cluster_reference(void) {
  static const int32_t loc_parent[8] = { -1, 0, 0, 1, 3, 4, 7, 6 };   /* 6 and 7: a cycle */
  static const size_t sizes[] = { 1, 2, 10, 60, 400, 3000 };
  int same = 1;
  for (int round = 0; round < 90; round++) {
    size_t n = sizes[round % 6];
    unsigned span = round % 3 == 0 ? 30 : round % 3 == 1 ? 400 : 3000;
    kn_tl_event *ev = malloc(n * sizeof *ev);
    int32_t *parts = malloc((8 * n + 1) * sizeof *parts);
    uint32_t *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b);
    gen_events(ev, parts, n, round >= 60 ? 90 : span, round >= 60 ? 4 : round % 2 ? 12 : 200);
    /* the last rounds: weapons tests of a few testers within a season
    ** (the lone act's rules: its tester and a month, plans, series, tests
    ** on other days of the month) */
    if (round >= 60)
      for (size_t i = 0; i < n; i++) ev[i].type = KN_EV_WEAPONS_TEST;
    size_t na = 0, nb = 0;
    CHECK_INT(kn_tl_cluster(ev, n, parts, loc_parent, 8, NULL, NULL, a, &na), KN_OK);
    CHECK_INT(ref_tl_cluster(ev, n, parts, loc_parent, 8, NULL, NULL, b, &nb), KN_OK);
    if (na != nb || memcmp(a, b, n * sizeof *a) != 0) {
      same = 0;
      fprintf(stderr, "round %d: %zu events: %zu clusters, reference %zu\n", round, n, na, nb);
    }
    free(ev); free(parts); free(a); free(b);
  }
  CHECK(same);
}

/* ------------------------------------------------------------ store */

static int quiet, intern_failed;   /* test_nomem: failures expected */

static uint32_t id_of(kn_tl_store *s, const char *str) {
  uint32_t id = KN_TL_NONE;
  kn_status st = kn_tl_intern(s, str, strlen(str), &id);
  if (st) intern_failed = 1;
  if (!quiet) CHECK_INT(st, KN_OK);
  return st ? KN_TL_NONE : id;
}

static const char *str_of(kn_tl_store *s, uint32_t id) {
  return id == KN_TL_NONE ? "(none)" : kn_tl_str(s, id, NULL);
}

/* One document of the contradicting-sources case: talks between Kim
** (named by a new spelling in w2) and Austin. */
typedef struct tdoc { const char *id, *source, *published, *date, *place, *printed; } tdoc;

static kn_status add_tdoc(kn_tl_store *s, const tdoc *t) {
  kn_tl_mention_in m[3];
  memset(m, 0, sizeof m);
  m[0].kind = KN_TL_M_OFFICE;
  m[0].entity = id_of(s, "office/kr-defense-minister");
  m[0].holder = id_of(s, t->printed);
  m[0].gholder = id_of(s, "person/kim-yong-hyun");
  m[0].text = "Defense Minister"; m[0].text_len = 16;
  m[1].kind = KN_TL_M_PERSON;
  m[1].entity = id_of(s, t->printed);
  m[1].text = strcmp(t->printed, "person/kim-yong-hyun") ? "Kim Yong Hwan" : "Kim Yong-hyun";
  m[1].text_len = strlen(m[1].text);
  m[1].holder = m[1].gholder = KN_TL_NONE;
  m[2].kind = KN_TL_M_PERSON;
  m[2].entity = id_of(s, "person/lloyd-austin");
  m[2].text = "Lloyd Austin"; m[2].text_len = 12;
  m[2].holder = m[2].gholder = KN_TL_NONE;
  uint32_t parts[2] = { id_of(s, t->printed), id_of(s, "person/lloyd-austin") };
  kn_tl_event_in e;
  memset(&e, 0, sizeof e);
  char evid[64];
  snprintf(evid, sizeof evid, "%s#1", t->id);
  e.id = evid; e.idlen = strlen(evid);
  e.type = id_of(s, "talks"); e.modality = id_of(s, "occurred");
  e.date = id_of(s, t->date); e.date_end = KN_TL_NONE;
  e.location = id_of(s, t->place);
  e.sentence.kind = KN_TL_INT; e.sentence.i = 1;
  e.part = 0; e.npart = 2;
  e.ttext = KN_TL_NONE;
  kn_tl_doc_in d;
  memset(&d, 0, sizeof d);
  d.id = id_of(s, t->id); d.source = id_of(s, t->source); d.published = id_of(s, t->published);
  d.m = m; d.nm = 3; d.ev = &e; d.nev = 1; d.parts = parts;
  return kn_tl_add_doc(s, &d);
}

static void gaz_all(kn_tl_store *s) {
  const uint32_t *ids;
  size_t n;
  int first = 1;
  for (;;) {
    CHECK_INT(kn_tl_gaz_needs(s, first, &ids, &n), KN_OK);
    first = 0;
    if (n == 0) break;
    /* copy: setting may grow the store */
    uint32_t *v = malloc(n * sizeof *v);
    memcpy(v, ids, n * sizeof *v);
    for (size_t i = 0; i < n; i++) {
      const char *name = kn_tl_str(s, v[i], NULL);
      if (!strcmp(name, "person/kim-yong-hyun"))
        kn_tl_gaz_set(s, v[i], 1, id_of(s, "Kim Yong-hyun"), id_of(s, "PERSON"), id_of(s, "country/south-korea"));
      else if (!strcmp(name, "person/lloyd-austin"))
        kn_tl_gaz_set(s, v[i], 1, id_of(s, "Lloyd Austin"), id_of(s, "PERSON"), id_of(s, "country/united-states"));
      else if (!strncmp(name, "country/", 8))
        kn_tl_gaz_set(s, v[i], 1, id_of(s, name + 8), id_of(s, "COUNTRY"), KN_TL_NONE);
      else if (!strcmp(name, "location/pentagon"))
        kn_tl_gaz_set(s, v[i], 1, id_of(s, "the Pentagon"), id_of(s, "LOCATION"), id_of(s, "location/washington"));
      else if (!strcmp(name, "location/washington") || !strcmp(name, "location/seoul"))
        kn_tl_gaz_set(s, v[i], 1, id_of(s, name + 9), id_of(s, "LOCATION"), KN_TL_NONE);
      else kn_tl_gaz_set(s, v[i], 0, KN_TL_NONE, KN_TL_NONE, KN_TL_NONE);
    }
    free(v);
  }
}

static const tdoc DOCS[] = {
  { "w1", "Wire One", "2024-10-30", "2024-10-30", "location/pentagon", "person/kim-yong-hyun" },
  { "w2", "Paper Two", "2024-10-31T08:00", "2024-10-30", "location/pentagon", "person/kim-yong-hwan" },
  { "w3", "Site Three", "2024-11-01", "2024-10-31", "location/seoul", "person/kim-yong-hyun" },
};

static int find_conflict(const kn_tl_result *r, const kn_tl_entry *e, uint32_t field) {
  for (uint32_t i = 0; i < e->nconf; i++) if (r->conf[e->conf + i].field == field) return (int)(e->conf + i);
  return -1;
}

static void test_store(void) {
  kn_tl_store *s = NULL;
  CHECK_INT(kn_tl_store_new(&s, NULL, NULL), KN_OK);
  for (int i = 2; i >= 0; i--) CHECK_INT(add_tdoc(s, &DOCS[i]), KN_OK);
  CHECK_INT(kn_tl_count(s), 3);
  gaz_all(s);
  kn_tl_result *r = NULL;
  CHECK_INT(kn_tl_build(s, &r), KN_OK);
  CHECK(r != NULL);
  if (!r) { kn_tl_store_free(s); return; }
  CHECK_INT(r->nentries, 1);
  CHECK_INT(r->ndated, 1);
  const kn_tl_entry *e = &r->entries[0];
  CHECK_STR(str_of(s, e->type), "talks");
  CHECK_STR(str_of(s, e->date), "2024-10-30");
  CHECK_STR(str_of(s, e->first_reported), "2024-10-30");
  CHECK_STR(str_of(s, e->location), "location/pentagon");
  CHECK_STR(e->cameo, kn_event_cameo(KN_EV_TALKS, KN_MOD_OCCURRED));
  CHECK_INT(e->npart, 2);
  CHECK_STR(str_of(s, r->ids[e->part]), "person/kim-yong-hyun");
  CHECK_INT(e->nsrc, 3);
  CHECK_STR(str_of(s, r->ids[e->src]), "Paper Two");
  CHECK_INT(e->nmen, 3);
  char title[128];
  snprintf(title, sizeof title, "%.*s", (int)e->titlelen, r->text + e->title);
  CHECK_STR(title, "Talks: Kim Yong-hyun, Lloyd Austin (the Pentagon)");
  CHECK(e->idlen == strlen("2024-10-30-talks-") + 8 && !memcmp(r->text + e->id, "2024-10-30-talks-", 17));
  CHECK_INT(e->nconf, 4);
  CHECK_INT(r->nconflicts, 4);
  int c = find_conflict(r, e, KN_TL_C_DATE);
  CHECK(c >= 0);
  if (c >= 0) {
    const kn_tl_value *v = &r->val[r->conf[c].value];
    CHECK_INT(r->conf[c].nvalue, 2);
    CHECK_STR(str_of(s, v[0].key), "2024-10-30");
    CHECK_INT(v[0].ndoc, 2);
    CHECK_STR(str_of(s, r->ids[v[0].doc]), "w1");
    CHECK_STR(str_of(s, r->ids[v[0].doc + 1]), "w2");
    CHECK_STR(str_of(s, v[1].key), "2024-10-31");
  }
  c = find_conflict(r, e, KN_TL_C_NAME);
  CHECK(c >= 0);
  if (c >= 0) {
    const kn_tl_value *v = &r->val[r->conf[c].value];
    CHECK_STR(str_of(s, v[0].key), "Kim Yong Hwan");
    CHECK_STR(str_of(s, v[1].key), "Kim Yong-hyun");
    CHECK_INT(v[1].ndoc, 2);
  }
  CHECK(find_conflict(r, e, KN_TL_C_LOCATION) >= 0);
  CHECK(find_conflict(r, e, KN_TL_C_PARTICIPANTS) >= 0);
  /* the entities map: by id, gazetteer names, the new spelling's printed name */
  CHECK_INT(r->nent, 4);   /* the entry's place, not each record's (Seoul) */
  CHECK_STR(str_of(s, r->ent[0]), "location/pentagon");
  CHECK_STR(str_of(s, r->ent[3]), "person/kim-yong-hwan");
  CHECK_STR(str_of(s, r->ent[4]), "Kim Yong Hwan");
  CHECK_STR(str_of(s, r->ent[5]), "PERSON");
  /* records: the published day, the holder for the other name, aliases */
  kn_tl_record rec;
  CHECK_INT(kn_tl_get_record(s, 1, &rec), KN_OK);
  CHECK_STR(str_of(s, rec.doc), "w2");
  CHECK_STR(str_of(s, rec.published), "2024-10-31");
  CHECK(rec.event_len == 4 && !memcmp(rec.event, "w2#1", 4));
  CHECK_INT(rec.nparts, 2);
  CHECK_STR(str_of(s, rec.parts[0]), "person/kim-yong-hyun");
  CHECK(rec.has_aliases && rec.naliases == 1);
  CHECK_STR(str_of(s, rec.aliases[0]), "person/kim-yong-hwan");
  CHECK_STR(str_of(s, rec.aliases[1]), "person/kim-yong-hyun");
  CHECK(rec.has_names && rec.nnames == 2);
  kn_tl_result_free(r);
  kn_tl_store_free(s);
}

static kn_status add_rec(kn_tl_store *s, const char *doc, const char *event, const char *type, const char *date) {
  kn_tl_record r;
  memset(&r, 0, sizeof r);
  r.doc = id_of(s, doc);
  r.event = event; r.event_len = strlen(event);
  r.type = id_of(s, type); r.modality = id_of(s, "planned"); r.source = id_of(s, "Src");
  r.date = date ? id_of(s, date) : KN_TL_NONE;
  r.date_end = r.location = r.series = r.published = KN_TL_NONE;
  uint32_t p = id_of(s, "org/nato");
  r.parts = &p; r.nparts = 1;
  return kn_tl_add_record(s, &r);
}

static void test_records(void) {
  kn_tl_store *s = NULL;
  CHECK_INT(kn_tl_store_new(&s, NULL, NULL), KN_OK);
  /* event ids: rebuilt when "<doc>#<n>", kept otherwise; numbers too large
  ** for an integer are floats, as tonumber() reads them */
  CHECK_INT(add_rec(s, "d", "d#7", "meeting", "2024-01-05"), KN_OK);
  CHECK_INT(add_rec(s, "d", "d#007", "meeting", "2024-01-05"), KN_OK);
  CHECK_INT(add_rec(s, "d", "other", "meeting", "2024-01-05"), KN_OK);
  CHECK_INT(add_rec(s, "d", "d#99999999999999999999", "meeting", "2024-01-05"), KN_OK);
  kn_tl_record rec;
  const char *want[] = { "d#7", "d#007", "other", "d#99999999999999999999" };
  for (size_t i = 0; i < 4; i++) {
    CHECK_INT(kn_tl_get_record(s, i, &rec), KN_OK);
    CHECK(rec.event_len == strlen(want[i]) && !memcmp(rec.event, want[i], rec.event_len));
    CHECK(!rec.has_aliases && !rec.has_names);
  }
  gaz_all(s);
  kn_tl_result *r = NULL;
  CHECK_INT(kn_tl_build(s, &r), KN_OK);
  /* one entry (the same day, participant and document); its mentions in
  ** order: "other" (0), d#7 and d#007 (7, by id then arrival), 1e+20 */
  CHECK_INT(r ? r->nentries : 0, 1);
  if (r && r->nentries == 1) {
    const kn_tl_entry *e = &r->entries[0];
    CHECK_INT(e->nmen, 4);
    CHECK_INT(r->ids[e->men], 2);
    CHECK_INT(r->ids[e->men + 1], 1);
    CHECK_INT(r->ids[e->men + 2], 0);
    CHECK_INT(r->ids[e->men + 3], 3);
    CHECK_STR(e->cameo, "036");   /* a planned meeting */
    /* the hash covers "d#0|d#7|d#7|d#1e+20" */
    uint32_t h = 2166136261u;
    const char *ids = "d#0|d#7|d#7|d#1e+20";
    for (const char *p = ids; *p; p++) { h ^= (unsigned char)*p; h *= 16777619u; }
    char want_id[64];
    snprintf(want_id, sizeof want_id, "2024-01-05-meeting-%08x", (unsigned)h);
    CHECK(e->idlen == strlen(want_id) && !memcmp(r->text + e->id, want_id, e->idlen));
  }
  kn_tl_result_free(r);
  /* an entry whose type is no event type */
  CHECK_INT(add_rec(s, "e", "e#1", "parade", "2023-05-01"), KN_OK);
  gaz_all(s);
  r = NULL;
  CHECK_INT(kn_tl_build(s, &r), KN_EINVAL);
  CHECK(r == NULL);
  CHECK_STR(kn_tl_error(s), "unknown event type 'parade'");
  /* bad ids */
  kn_tl_record bad;
  memset(&bad, 0, sizeof bad);
  bad.doc = 1u << 30; bad.event = "x"; bad.event_len = 1;
  CHECK_INT(kn_tl_add_record(s, &bad), KN_EINVAL);
  bad.doc = KN_TL_NONE;
  CHECK_INT(kn_tl_add_record(s, &bad), KN_EINVAL);
  CHECK_INT(kn_tl_entity(s, 1u << 30, KN_TL_NONE), KN_EINVAL);
  CHECK_INT(kn_tl_gaz_set(s, 1u << 30, 1, KN_TL_NONE, KN_TL_NONE, KN_TL_NONE), KN_EINVAL);
  kn_tl_doc_in d;
  memset(&d, 0, sizeof d);
  d.id = 1u << 30;
  CHECK_INT(kn_tl_add_doc(s, &d), KN_EINVAL);
  CHECK_INT(kn_tl_count(s), 5);
  /* empty */
  kn_tl_store *e = NULL;
  CHECK_INT(kn_tl_store_new(&e, NULL, NULL), KN_OK);
  CHECK_INT(kn_tl_build(e, &r), KN_OK);
  CHECK_INT(r ? r->nentries : 1, 0);
  kn_tl_result_free(r);
  kn_tl_store_free(e);
  kn_tl_store_free(s);
}

/* ------------------------------------------------------ allocation */

/* Every allocation failing in turn: each call fails cleanly (the sanitizer
** build checks nothing leaks) and, given room, the same result. */
static void test_nomem(void) {
  int clean = 1;
  size_t want = 0;
  quiet = 1;
  for (long k = 0; k < 4000; k++) {
    kn_test_budget = k;
    intern_failed = 0;
    kn_tl_store *s = NULL;
    kn_status st = kn_tl_store_new(&s, kn_test_failing_alloc, NULL);
    for (int i = 0; i < 3 && !st; i++) st = add_tdoc(s, &DOCS[i]);
    const uint32_t *ids;
    size_t n;
    int first = 1;
    while (!st) {
      st = kn_tl_gaz_needs(s, first, &ids, &n);
      first = 0;
      if (st || n == 0) break;
      for (size_t i = 0; i < n && !st; i++) st = kn_tl_gaz_set(s, ids[i], 0, KN_TL_NONE, KN_TL_NONE, KN_TL_NONE);
    }
    kn_tl_result *r = NULL;
    if (!st) st = kn_tl_build(s, &r);
    if (st && st != KN_ENOMEM && !(st == KN_EINVAL && intern_failed)) clean = 0;
    if (!st) {
      if (!want) want = r->nentries;
      if (r->nentries != want) clean = 0;
    }
    kn_tl_result_free(r);
    kn_tl_store_free(s);
    if (!st && k > 200) break;
  }
  quiet = 0;
  CHECK(clean);
  CHECK(want > 0);
}

/* An allocator that counts what it holds and the largest block it was
** asked for. */
static size_t track_live, track_max;
static void *track_alloc(void *ud, void *p, size_t osize, size_t nsize) {
  (void)ud;
  if (p) track_live -= osize;
  if (nsize == 0) { free(p); return NULL; }
  void *q = realloc(p, nsize);
  if (q) { track_live += nsize; if (nsize > track_max) track_max = nsize; }
  else if (p) track_live += osize;
  return q;
}

static int holds(const unsigned char *p, size_t n, unsigned seed) {
  for (size_t i = 0; i < n; i += 4093) if (p[i] != (unsigned char)(i * 31 + seed)) return 0;
  return p[n - 1] == (unsigned char)((n - 1) * 31 + seed);
}
static void fill(unsigned char *p, size_t from, size_t n, unsigned seed) {
  for (size_t i = from; i < n; i++) p[i] = (unsigned char)(i * 31 + seed);
}

/* Big blocks (kn_mem.c): the bytes survive every move between the wrapped
** allocator and mappings, growing and shrinking; where mappings are used
** the wrapped allocator never sees a big block; nothing is left held. */
static void test_big_alloc(void) {
  kn_bigalloc in;
  kn_big_init(&in, track_alloc, NULL, 0);   /* no kept mappings: every free unmaps */
  track_live = track_max = 0;
  const size_t sizes[] = { 100, 3u << 20, 9u << 20, (9u << 20) + 1, 5u << 20, KN_BIG_MIN, KN_BIG_MIN - 1, 1000 };
  unsigned char *p = NULL;
  size_t have = 0;
  for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
    unsigned char *q = kn_big_alloc(&in, p, have, sizes[k]);
    CHECK(q != NULL);
    if (!q) break;
    if (have) CHECK(holds(q, have < sizes[k] ? have : sizes[k], 7));
    if (sizes[k] > have) fill(q, have, sizes[k], 7);
    p = q; have = sizes[k];
  }
  kn_big_alloc(&in, p, have, 0);
  CHECK_INT(track_live, 0);
  if (kn_big_maps()) CHECK(track_max < KN_BIG_MIN);
  /* kept mappings: a freed block's serves the next big ones (split when
  ** it holds more than one), grown when none holds it; nothing is lost */
  kn_bigalloc kb;
  kn_big_init(&kb, track_alloc, NULL, 1);
  unsigned char *a = kn_big_alloc(&kb, NULL, 0, 12u << 20), *c, *d, *e;
  CHECK(a != NULL);
  fill(a, 0, 12u << 20, 3);
  kn_big_alloc(&kb, a, 12u << 20, 0);
  c = kn_big_alloc(&kb, NULL, 0, 3u << 20);
  d = kn_big_alloc(&kb, NULL, 0, 5u << 20);
  CHECK(c && d);
  if (kn_big_maps()) CHECK(c == a && d > c && d < a + (12u << 20));
  fill(c, 0, 3u << 20, 4);
  fill(d, 0, 5u << 20, 5);
  kn_big_alloc(&kb, c, 3u << 20, 0);
  e = kn_big_alloc(&kb, NULL, 0, 20u << 20);   /* more than any kept one holds */
  CHECK(e != NULL);
  fill(e, 0, 20u << 20, 6);
  CHECK(holds(d, 5u << 20, 5) && holds(e, 20u << 20, 6));
  kn_big_alloc(&kb, d, 5u << 20, 0);
  kn_big_alloc(&kb, e, 20u << 20, 0);
  kn_big_release(&kb);
  CHECK_INT(track_live, 0);
  /* a timeline store and result whose arrays grow past KN_BIG_MIN: the
  ** merge is the same, every byte is given back */
  track_live = track_max = 0;
  kn_tl_store *s = NULL;
  CHECK_INT(kn_tl_store_new(&s, track_alloc, NULL), KN_OK);
  char doc[32], ev[40], date[16];
  for (unsigned i = 0; i < 40000; i++) {
    snprintf(doc, sizeof doc, "d%u", i);
    snprintf(ev, sizeof ev, "d%u#1", i);
    snprintf(date, sizeof date, "2024-03-%02u", 1 + i % 28);
    CHECK_INT(add_rec(s, doc, ev, "meeting", date), KN_OK);
  }
  kn_tl_result *r = NULL;
  CHECK_INT(kn_tl_build(s, &r), KN_OK);
  CHECK_INT(r ? r->nentries : 0, 28);
  kn_tl_store_free(s);
  CHECK(r && r->entries[27].date != KN_TL_NONE);
  kn_tl_result_free(r);
  CHECK_INT(track_live, 0);
  if (kn_big_maps()) CHECK(track_max < KN_BIG_MIN);
}

int main(void) {
  test_cluster_reference();
  test_big_alloc();
  test_store();
  test_records();
  test_nomem();
  (void)kn_test_slurp;
  KN_TEST_END();
}
