/*
** kn_tl.c -- the timeline merge: event mentions from many documents into
** entries, one per real-world event.
**
** Determinism: events are sorted by a canonical key (date, type family,
** the caller's stable order) and clustered greedily in that order, so the
** clusters depend only on the set of events, never on the order or the
** grouping in which they arrived. Merging partial timelines is then the same
** as clustering the union of their events: associative and commutative.
**
** Speed: a hash index from (family, participant) and (family, named meeting)
** to the clusters that contain them gives the candidates of an event; the
** events come in date order, so clusters more than a month behind are dropped
** from the index as it is scanned. One pass, near-linear in the events.
*/
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "kn_internal.h"

/* --------------------------------------------------------------- dates */

int32_t kn_day_number(int32_t ymd) {
  int32_t y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
  /* days from civil (H. Hinnant's algorithm) */
  y -= m <= 2;
  int32_t era = (y >= 0 ? y : y - 399) / 400;
  int32_t yoe = y - era * 400;
  int32_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int32_t kn_day_ymd(int32_t z) {
  z += 719468;
  int32_t era = (z >= 0 ? z : z - 146096) / 146097;
  int32_t doe = z - era * 146097;
  int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int32_t y = yoe + era * 400;
  int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int32_t mp = (5 * doy + 2) / 153;
  int32_t d = doy - (153 * mp + 2) / 5 + 1;
  int32_t m = mp + (mp < 10 ? 3 : -9);
  return (y + (m <= 2)) * 10000 + m * 100 + d;
}

static int digits(const char *s, size_t n, int32_t *out) {
  int32_t v = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return 0;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return 1;
}

static int mdays(int32_t y, int32_t m) {
  static const int md[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return md[m - 1];
}

int kn_date_range(const char *v, size_t n, int32_t *first, int32_t *last) {
  *first = *last = 0;
  int32_t y, m, d;
  if (n >= 4 && digits(v, 4, &y)) {
    if (n == 4) { *first = y * 10000 + 101; *last = y * 10000 + 1231; return KN_GRAN_YEAR; }
    if (n >= 7 && v[4] == '-' && digits(v + 5, 2, &m) && m >= 1 && m <= 12) {
      if (n == 7) { *first = y * 10000 + m * 100 + 1; *last = y * 10000 + m * 100 + mdays(y, m); return KN_GRAN_MONTH; }
      if (n >= 10 && v[7] == '-' && digits(v + 8, 2, &d) && d >= 1 && d <= mdays(y, m) && (n == 10 || v[10] == 'T')) {
        *first = *last = y * 10000 + m * 100 + d;
        return KN_GRAN_DAY;
      }
      return KN_GRAN_NONE;
    }
    if (n == 8 && v[4] == '-' && v[5] == 'W' && digits(v + 6, 2, &d) && d >= 1 && d <= 53) {
      /* ISO week: Monday of week 1 is the Monday of the week with Jan 4 */
      int32_t jan4 = kn_day_number(y * 10000 + 104);
      int32_t wd = ((jan4 + 3) % 7 + 7) % 7;    /* 0 Monday (1970-01-01 was a Thursday) */
      int32_t mon = jan4 - wd + (d - 1) * 7;
      /* a week belongs to the year of its Thursday: "2021-W53" names a
      ** week 2021 does not have, not the first week of 2022 */
      if (d == 53 && kn_day_ymd(mon + 3) / 10000 != y) return KN_GRAN_NONE;
      *first = kn_day_ymd(mon); *last = kn_day_ymd(mon + 6);
      return KN_GRAN_WEEK;
    }
    if (n == 7 && v[4] == '-' && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4') {
      int q = v[6] - '0';
      *first = y * 10000 + (q * 3 - 2) * 100 + 1;
      *last = y * 10000 + q * 3 * 100 + mdays(y, q * 3);
      return KN_GRAN_QUARTER;
    }
    if (n == 7 && v[4] == '-' && v[5] == 'H' && (v[6] == '1' || v[6] == '2')) {
      *first = y * 10000 + (v[6] == '1' ? 101 : 701);
      *last = y * 10000 + (v[6] == '1' ? 630 : 1231);
      return KN_GRAN_HALF;
    }
    if (n == 7 && v[4] == '-') {
      /* seasons (northern hemisphere, meteorological) */
      static const struct { const char *c; int32_t a, b; int wrap; } S[] = {
        { "SP", 301, 531, 0 }, { "SU", 601, 831, 0 }, { "FA", 901, 1130, 0 }, { "WI", 1201, 229, 1 } };
      for (int k = 0; k < 4; k++)
        if (v[5] == S[k].c[0] && v[6] == S[k].c[1]) {
          *first = y * 10000 + S[k].a;
          *last = (y + S[k].wrap) * 10000 + (S[k].wrap ? 200 + mdays(y + 1, 2) : S[k].b);
          return KN_GRAN_SEASON;
        }
    }
    return KN_GRAN_NONE;
  }
  if (n == 3 && digits(v, 3, &y)) {
    *first = y * 100000 + 101; *last = (y * 10 + 9) * 10000 + 1231;
    return KN_GRAN_DECADE;
  }
  return KN_GRAN_NONE;
}

/* --------------------------------------------------------------- heads */

static const char *const HEAD_NAMES[KN_HEAD_N] = { "", "summit", "session", "forum", "press", "dinner", "meetings",
  "tests" };

const char *kn_meeting_head_name(int head) {
  return head > 0 && head < KN_HEAD_N ? HEAD_NAMES[head] : "";
}

int kn_meeting_head_parse(const char *name, size_t n) {
  for (int h = 1; h < KN_HEAD_N; h++)
    if (strlen(HEAD_NAMES[h]) == n && !memcmp(HEAD_NAMES[h], name, n)) return h;
  return 0;
}

int kn_meeting_head(const char *text, size_t n, int named) {
  /* the last run of ASCII letters, lower-cased, a plural's "s" dropped */
  size_t e = n;
  while (e > 0 && !kn_ascii_letter((unsigned char)text[e - 1])) {
    if (n - e > 4) return KN_HEAD_NONE;           /* "summit's", "summit," at most */
    e--;
  }
  size_t b = e;
  while (b > 0 && e - b < 12 && kn_ascii_letter((unsigned char)text[b - 1])) b--;
  if (b > 0 && kn_ascii_letter((unsigned char)text[b - 1])) return KN_HEAD_NONE;
  char w[12];
  size_t k = e - b;
  for (size_t i = 0; i < k; i++) w[i] = (char)((unsigned char)text[b + i] | 32);
#define HW(lit) (k == sizeof lit - 1 && !memcmp(w, lit, k))
  if (HW("forum") || HW("forums")) return KN_HEAD_FORUM;
  /* a named meeting (a ministerial, the SCM, a dialogue) is a whole
  ** meeting, as a summit */
  if (named || HW("summit") || HW("summits") || HW("ministerial") || HW("ministerials")) return KN_HEAD_SUMMIT;
  /* "bilateral meetings with ..": several meetings, never one summit or
  ** session ("talks" is one event or several) */
  if (HW("meetings")) return KN_HEAD_MEETINGS;
  if (HW("session") || HW("sessions")) return KN_HEAD_SESSION;
  /* "several tests", "a series of launches": tests, never one (a
  ** headline's verb, "North Korea launches ICBM", is one: told by its day,
  ** see several_tests) */
  if (HW("tests") || HW("launches") || HW("firings")) return KN_HEAD_TESTS;
  if (HW("conference") || HW("conferences")) return KN_HEAD_PRESS;
  if (HW("dinner") || HW("dinners") || HW("banquet") || HW("luncheon")) return KN_HEAD_DINNER;
#undef HW
  return KN_HEAD_NONE;
}

/* ------------------------------------------------------------ families */

static int family(int type) {
  return type == KN_EV_TALKS || type == KN_EV_BRIEFING ? KN_EV_MEETING : type;
}

/* ------------------------------------------------------------- indexes */

/* A list of cluster numbers; up to ILIST_INLINE of them in place (most
** lists, those of a document, hold one or two). */
#define ILIST_INLINE 3
typedef struct ilist {
  uint32_t n, cap;
  union { uint32_t *p; uint32_t in[ILIST_INLINE]; } u;
} ilist;
#define ILIST_V(l) ((l)->cap > ILIST_INLINE ? (l)->u.p : (l)->u.in)

/* Open addressing on 64-bit keys, each slot holding its key and its list
** (32 bytes, two a cache line): a probe that finds its key has the list's
** count and first clusters in the same line, not two more misses (a list
** number, then the list). A free slot holds KEY_FREE. A rehash moves the
** lists: a list's address holds until the next key is added. */
#define KEY_FREE UINT64_MAX

typedef struct islot { uint64_t key; ilist l; } islot;

typedef struct index_ {
  kn_alloc f; void *ud;
  islot *slot; size_t nslot, count;
} index_;

static uint32_t mix64(uint64_t k) {
  k ^= k >> 33; k *= 0xff51afd7ed558ccdULL; k ^= k >> 33; k *= 0xc4ceb9fe1a85ec53ULL; k ^= k >> 33;
  return (uint32_t)k;
}

static kn_status idx_rehash(index_ *ix, size_t n) {
  islot *v = ix->f(ix->ud, NULL, 0, n * sizeof(islot));
  if (!v) return KN_ENOMEM;
  for (size_t i = 0; i < n; i++) v[i].key = KEY_FREE;
  for (size_t i = 0; i < ix->nslot; i++) {
    if (ix->slot[i].key == KEY_FREE) continue;
    size_t j = mix64(ix->slot[i].key) & (n - 1);
    while (v[j].key != KEY_FREE) j = (j + 1) & (n - 1);
    v[j] = ix->slot[i];
  }
  kn_free(ix->f, ix->ud, ix->slot, ix->nslot * sizeof(islot));
  ix->slot = v; ix->nslot = n;
  return KN_OK;
}

/* The list of key (created when missing); NULL on failure. Keys are never
** KEY_FREE (families are small numbers). */
static ilist *idx_list(index_ *ix, uint64_t key, int create) {
  if (ix->nslot) {
    size_t mask = ix->nslot - 1;
    for (size_t j = mix64(key) & mask;; j = (j + 1) & mask) {
      if (ix->slot[j].key == key) return &ix->slot[j].l;
      if (ix->slot[j].key == KEY_FREE) break;
    }
  }
  if (!create) return NULL;
  if ((ix->count + 1) * 2 > ix->nslot && idx_rehash(ix, ix->nslot ? ix->nslot * 2 : 1024)) return NULL;
  size_t mask = ix->nslot - 1, j = mix64(key) & mask;
  while (ix->slot[j].key != KEY_FREE) j = (j + 1) & mask;
  islot *sl = &ix->slot[j];
  sl->key = key;
  memset(&sl->l, 0, sizeof(ilist));
  sl->l.cap = ILIST_INLINE;
  ix->count++;
  return &sl->l;
}

static kn_status list_push(index_ *ix, ilist *l, uint32_t v) {
  uint32_t *a = ILIST_V(l);
  if (l->n && a[l->n - 1] == v) return KN_OK;
  if (l->n == l->cap) {
    if (l->cap > UINT32_MAX / 2) return KN_ENOMEM;
    uint32_t nc = l->cap * 2;
    uint32_t *p;
    if (l->cap == ILIST_INLINE) {
      p = ix->f(ix->ud, NULL, 0, nc * sizeof(uint32_t));
      if (p) memcpy(p, l->u.in, sizeof l->u.in);
    } else p = ix->f(ix->ud, l->u.p, l->cap * sizeof(uint32_t), nc * sizeof(uint32_t));
    if (!p) return KN_ENOMEM;
    l->u.p = a = p; l->cap = nc;
  }
  a[l->n++] = v;
  return KN_OK;
}

static void idx_free(index_ *ix) {
  for (size_t i = 0; i < ix->nslot; i++) {
    const islot *sl = &ix->slot[i];
    if (sl->key != KEY_FREE && sl->l.cap > ILIST_INLINE) kn_free(ix->f, ix->ud, sl->l.u.p, sl->l.cap * sizeof(uint32_t));
  }
  kn_free(ix->f, ix->ud, ix->slot, ix->nslot * sizeof(islot));
}

/* ------------------------------------------------------------ clusters */

/* The sets of people a cluster keeps for the test of score (a few: most
** meetings are told with one cast). */
#if !defined(KN_TL_PSETS)
#define KN_TL_PSETS 4
#endif

#define CPART_INLINE 4
#define CPART(c) ((c)->cappart > CPART_INLINE ? (c)->part.p : (c)->part.in)

typedef struct cluster {
  int fam;
  uint32_t doc0;               /* a document of the cluster (same-document days) */
  uint32_t docs;               /* documents seen: 1, or 2 meaning several */
  int32_t dmin, dmax;          /* day numbers of day-level members (INT_MAX/INT_MIN: none) */
  int32_t kmin, kmax;          /* the days an event must fall on to be on the entry's days */
  int32_t cmin, cmax;          /* day numbers of coarse members' periods */
  int32_t location, series;
  /* participants, sorted: up to CPART_INLINE in place (most entries: no
  ** allocation of their own to make, grow and free) */
  union { uint32_t *p; uint32_t in[CPART_INLINE]; } part;
  uint32_t npart, cappart;
  int undated;                 /* made by an undated event: stays undated */
  int32_t pmax;                /* the day number of its members' latest document (INT_MIN: none) */
  int32_t emin, emax;          /* the days doc0 gives its members (INT_MAX/INT_MIN: none) */
  uint32_t pset[KN_TL_PSETS];  /* events naming two people or more, each set once */
  uint32_t npset;
  uint32_t heads;              /* KN_HEAD_* bits of its members' own words */
  int lentplan;                /* every member a plan whose sentence only lends a named meeting */
  int plans;                   /* its members naming a party: PLANS_NONE, PLANS_ALL (every
                               ** one a plan) or PLANS_FACT (one told as done: score) */
  int placed;                  /* in the lists of its place (a summit's, see summit_at) */
  int unlone;                  /* a member a plan or a series of tests (not lone_event): no
                               ** test is placed in it by its tester alone (score's sole) */
  uint32_t nonpers;            /* a lone act's: its participants not people (testers_agree) */
} cluster;

/* What the candidate scan reads of a cluster, apart in a compact array so
** that scanning a list touches 16 bytes a cluster (one cache line: the
** array is malloc's, 16-byte aligned), not a whole cluster; and what
** may_score reads to refuse a candidate without reading its cluster. */
typedef struct cscan {
  int32_t reach;               /* dated: the last day a dated event can join it;
                               ** undated: the last document day an undated event can
                               ** (a month after its latest document's, score) */
  int32_t lim;                 /* in undated events' lists while their day is <= lim */
  int32_t hits;                /* the event's participants it has, and VIA_*; 0 when no
                               ** event is looking at it (reset after each event) */
  uint8_t fam;                 /* as the cluster's (for its document's list) */
  uint8_t when;                /* CS_UNDATED, CS_PERIODS (periods only) or CS_DAYS */
  uint8_t wide;                /* in the WIDE set, not DATED (see the sets) */
  uint8_t span;                /* CS_DAYS: dmax - dmin, CS_PERIODS: cmax - cmin, up to
                               ** SPAN_MAX (that or more); SPAN_ODD: less than 0 */
} cscan;
enum { CS_UNDATED, CS_PERIODS, CS_DAYS };
enum { PLANS_NONE, PLANS_ALL, PLANS_FACT };
#define SPAN_MAX 254
#define SPAN_ODD 255

/* How a candidate was found besides its participants: in the list of the
** event's named meeting or of its document (bits above the count). */
#define VIA_SERIES (1 << 24)
#define VIA_DOC (1 << 25)
#define VIA_PLACE (1 << 26)
#define HITS(h) ((h) & 0xffffff)

/* An event's days as day numbers, computed once, and its document's
** number among the documents (from 0). */
typedef struct edays { int32_t d0, d1, pub; uint32_t doc; } edays;

typedef struct ctx {
  const kn_tl_event *ev;
  const edays *days;
  const int32_t *parts;
  const int32_t *loc_parent;
  size_t nloc;
  kn_alloc f; void *ud;
  cluster *c; size_t nc, capc;
  cscan *cs; size_t capcs;
  index_ ix;
  ilist *docs; size_t ndocs;   /* the clusters each document started */
} ctx;

/* The index has three sets of lists, each keyed by (family, participant)
** or (family, named meeting):
**   DATED   dated clusters, for dated events; a cluster leaves a list once
**           its reach is behind the day (events come in date order, and
**           only a dated event's join moves the reach);
**   NEAR    dated clusters, for undated events: kept a month past their
**           last day, as an undated event looks a month back (a
**           deployment a year: lasting);
**   UNDATED clusters of undated events, which only undated events can join
**           (score), from any time, so never dropped;
**   WIDE    what DATED holds, for the dated clusters started by a period
**           of more than a week (a month, a year) while no day has joined
**           them: a day joins such an entry only through the same named
**           meeting, its document, a cast of three people or more or a
**           lone act's tester (score), so a day event without those does
**           not scan them. They were
**           most of DATED (the year's entries from January 1 on, the
**           month's from its first day): 12.6M of the 18.4M clusters
**           the day events of the 1M bench read, and most of the scored
**           candidates. A day joining one moves it to DATED (join); its
**           entries left in WIDE are dropped as they are scanned.
** Before the sets, one list held every cluster a month (and undated ones
** for ever), and each event scanned all of it: the merge grew
** quadratically with the events a day. The clusters a document started
** are in a list of the document's (a few; kept a month, and a week more
** for the undated events that come a week after their day, as before): a
** hashed key a document made the index ten times larger, and every probe
** a cache miss. */
enum { SET_DATED, SET_NEAR, SET_UNDATED, SET_WIDE };
/* KEY_DAYS: not clusters but the days (day numbers, rising) of the lone
** acts told by their day that name a participant (tests_apart), in SET_DATED */
enum { KEY_PART, KEY_SERIES, KEY_PLACE, KEY_DAYS };

static uint64_t ikey(int fam, int set, int kind, uint32_t id) {
  return ((uint64_t)(uint32_t)fam << 36) | ((uint64_t)(unsigned)set << 34) | ((uint64_t)(unsigned)kind << 32) | id;
}

/* The place or country that id lies in or belongs to (a person's
** country), or -1. */
static int32_t parent_of(const ctx *x, int32_t id) {
  return id >= 0 && (size_t)id < x->nloc ? x->loc_parent[id] : -1;
}

static int contains(const ctx *x, int32_t outer, int32_t inner) {
  for (int depth = 0; inner >= 0 && depth < 16; depth++) {
    if (inner == outer) return 1;
    inner = parent_of(x, inner);
  }
  return 0;
}

static int ongoing(int fam) { return fam == KN_EV_DEPLOYMENT || fam == KN_EV_EXERCISE; }

/* A deployment is a state its actor keeps: articles months on refer back
** to it with no date ("the country, which has sent troops abroad"). An
** undated mention that names nothing the entry lacks, and no plan (troops
** still to go are another move), may join a dated deployment up to a year
** after its days (score), not only a month; not an exercise, which
** the same allies hold again each year. The NEAR lists keep a deployment
** a year (lim, join): an undated deployment scans twelve months of them,
** one family of the thirteen; the 1M bench's clustering took no longer
** measurably. */
static int lasting(int fam) { return fam == KN_EV_DEPLOYMENT; }
#define STATE_SPAN 365

/* A weapons test is one party's act, told with that party alone (North
** Korea, or its leader), and a rare one: the tester named by a mention
** placed by its month ("the April test of the Hwasong-18") and by one
** placed by its day ("fired a Hwasong-18 on April 13") is the evidence
** two shared parties give a meeting. Not so for statements (a body speaks
** many times a month) nor meetings (their cast is the evidence). */
static int lone_act(int fam) { return fam == KN_EV_WEAPONS_TEST; }

/* The longest period told ("a stated range") that a lone act's tester
** places it by: a month. A year holds a series of tests. */
#define LONE_SPAN 31

/* A weapons test told by a period with a plural word ("several tests in
** April", "a series of launches in April") is a series, as a year holds
** one: not the one test of the month its tester places by the month. (A
** plural told by its day is that day's salvo: "fired two missiles on
** Thursday ... the launches".) */
static int several_tests(const kn_tl_event *e) { return e->head == KN_HEAD_TESTS && e->gran != KN_GRAN_DAY; }

/* Does event e take part in the lone act's rule (a test placed by its
** tester alone within a month)? Not a forecast test (a plan tells no day of
** its own), nor a series of tests. The entry's side: lone_ok. */
static int lone_event(const kn_tl_event *e) { return e->modality != KN_MOD_PLANNED && !several_tests(e); }

/* Is event e told with one tester, one participant not a person (its
** people beside it: "Kim Jong Un oversaw the launch")? Only such a test
** tells its tester's test day (tests_apart's days): the event stage adds
** observers ("North Korea fired two cruise missiles on April 22 as Japan
** and South Korea held talks" names Japan and South Korea), and several
** parties are no one tester (testers_agree). */
static int one_tester(const kn_tl_event *e) { return e->npart == e->npers + 1; }

/* Does event e call itself a summit at a place (summit_at's side of it)? */
static int placed_summit(const kn_tl_event *e) {
  return e->head == KN_HEAD_SUMMIT && e->location >= 0;
}

/* Is event e told with a cast of two people or more and a place (a
** day of theirs draws in their month at that place: score)? */
static int placed_cast(const kn_tl_event *e) { return e->npers >= 2 && e->location >= 0; }

/* Does dated event e scan the WIDE lists (the clusters of a month or a
** year with no day yet: see cluster_sorted)? */
static int scans_wide(const kn_tl_event *e, int fam) {
  return e->gran != KN_GRAN_DAY || e->npers >= 3 || e->series >= 0 || lone_act(fam) || placed_summit(e) ||
         placed_cast(e);
}

/* Enough of an event's participants in a cluster: a third of them (the
** countries matching adds for people and bodies counted: a person shared
** is two of them); for a deployment or an exercise, which outlets tell
** with whoever comments on it, one. */
static int enough_shared(int fam, int shared, uint32_t npart) {
  return shared >= 1 && (ongoing(fam) || 3 * shared >= (int)npart);
}

/* Does event e name one party: one person and at most the country he
** serves (the country the build adds for him, or the outlet's "Russia's
** Lavrov")? Shared, the two are one piece of evidence, not the two
** parties that make a match strong: "Lavrov will go on to China for a
** meeting of regional foreign ministers" shares Lavrov and Russia with
** his talks with Choe that day, and is another meeting. */
static int one_party(const ctx *x, const kn_tl_event *e) {
  if (e->npers != 1 || e->npart > 2) return 0;
  if (e->npart == 1) return 1;
  int32_t p = x->parts[e->pers];
  int32_t q = x->parts[e->part] == p ? x->parts[e->part + 1] : x->parts[e->part];
  return parent_of(x, p) == q;
}

/* People in both sorted sets. */
static uint32_t common_ids(const int32_t *a, uint32_t na, const int32_t *b, uint32_t nb) {
  uint32_t i = 0, j = 0, k = 0;
  while (i < na && j < nb) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else { k++; i++; j++; }
  }
  return k;
}

/* Does the cast of event e (two people or more) fit each cast the cluster
** was told with? More than half of the smaller cast in common: "Yoon met
** Kishida" and "Yoon met Stoltenberg" are two meetings, however close in
** time and place, and two calls of Yoon's that day two calls; "Cho, Kim,
** Blinken and Austin" and "Blinken, Austin and Cho" one meeting. But two
** people are a bilateral: "Yoon met Biden" beside "Yoon, Biden and Kishida
** met" is the talks on the summit's sidelines, not the summit, so a cast
** of two fits only the same two. (Not for deployments and exercises, which
** outlets tell with whoever comments.) */
static int cast_fits(const ctx *x, const cluster *c, const kn_tl_event *e) {
  const int32_t *a = x->parts + e->pers;
  for (uint32_t i = 0; i < c->npset; i++) {
    const kn_tl_event *o = &x->ev[c->pset[i]];
    uint32_t k = common_ids(a, e->npers, x->parts + o->pers, o->npers);
    uint32_t m = e->npers < o->npers ? e->npers : o->npers;
    if (2 * k <= m || (m == 2 && e->npers != o->npers)) return 0;
  }
  return 1;
}

/* Where id is, or goes, among the entry's participants (sorted). */
static uint32_t part_pos(const cluster *c, uint32_t id) {
  uint32_t lo = 0, hi = c->npart;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (CPART(c)[mid] < id) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/* Is id among the entry's participants? */
static int has_part(const cluster *c, uint32_t id) {
  uint32_t lo = part_pos(c, id);
  return lo < c->npart && CPART(c)[lo] == id;
}

/* Does a shared tester of event e and entry c (a participant of both) have
** a test told by its day (lone_event) within [lo, hi] on a day more than a
** day from [a, b]; or, with a > b, on two days more than a day apart? Then
** a test placed by its tester and a month is not known to be the test of
** the entry, or the entry's: the tester tested twice that month ("fired a
** Hwasong-18 on April 13", "fired two cruise missiles on April 22": "the
** April test of a cruise missile" is neither known to be the 13th's nor
** the 22nd's). The days are the whole input's (cluster_sorted's first
** pass), so the answer does not hang on the order of the input; only a
** test told with one tester (one_tester) gives its day. */
static int tests_apart(const ctx *x, const cluster *c, const kn_tl_event *e, int32_t lo, int32_t hi, int32_t a,
                       int32_t b) {
  const index_ *ix = &x->ix;
  if (!ix->nslot || lo > hi) return 0;
  size_t mask = ix->nslot - 1;
  for (uint32_t i = 0; i < e->npart; i++) {
    uint32_t p = (uint32_t)x->parts[e->part + i];
    if (!has_part(c, p)) continue;
    uint64_t key = ikey(c->fam, SET_DATED, KEY_DAYS, p);
    const ilist *l = NULL;
    for (size_t j = mix64(key) & mask;; j = (j + 1) & mask) {
      if (ix->slot[j].key == key) { l = &ix->slot[j].l; break; }
      if (ix->slot[j].key == KEY_FREE) break;
    }
    if (!l) continue;
    const uint32_t *v = ILIST_V(l);
    uint32_t n = l->n, s0 = 0, s1 = n;
    while (s0 < s1) {
      uint32_t mid = s0 + (s1 - s0) / 2;
      if ((int32_t)v[mid] < lo) s0 = mid + 1; else s1 = mid;
    }
    int32_t ka = a, kb = b;
    if (ka > kb && s0 < n) ka = kb = (int32_t)v[s0];
    for (uint32_t j = s0; j < n && (int32_t)v[j] <= hi; j++)
      if ((int64_t)(int32_t)v[j] < (int64_t)ka - 1 || (int64_t)(int32_t)v[j] > (int64_t)kb + 1) return 1;
  }
  return 0;
}

/* Is id among event e's people? */
static int is_person(const ctx *x, const kn_tl_event *e, uint32_t id) {
  for (uint32_t j = 0; j < e->npers; j++) if ((uint32_t)x->parts[e->pers + j] == id) return 1;
  return 0;
}

/* Do event e and lone act entry c name the same testers (their parties
** not people: countries, bodies)? A joint test is not one party's act:
** "Russia and North Korea conducted a joint missile test in April" is not
** North Korea's test of April 13, however its tester is placed; but "Kim
** Jong Un oversaw the launch" (a person more) is North Korea's. */
static int testers_agree(const ctx *x, const cluster *c, const kn_tl_event *e) {
  uint32_t k = 0;
  for (uint32_t i = 0; i < e->npart; i++) {
    uint32_t id = (uint32_t)x->parts[e->part + i];
    if (is_person(x, e, id)) continue;
    if (!has_part(c, id)) return 0;
    k++;
  }
  return k == c->nonpers;
}

/* Are all of the entry's participants among e's? */
static int part_subset(const cluster *c, const kn_tl_event *e, const int32_t *parts) {
  for (uint32_t i = 0; i < c->npart; i++) {
    uint32_t j = 0;
    while (j < e->npart && (uint32_t)parts[e->part + j] != CPART(c)[i]) j++;
    if (j == e->npart) return 0;
  }
  return 1;
}

/* Are all of e's participants among the entry's? */
static int parts_in(const cluster *c, const kn_tl_event *e, const int32_t *parts) {
  for (uint32_t i = 0; i < e->npart; i++)
    if (!has_part(c, (uint32_t)parts[e->part + i])) return 0;
  return 1;
}

/* Are all of e's people among the entry's participants? */
static int persons_in(const ctx *x, const cluster *c, const kn_tl_event *e) {
  for (uint32_t i = 0; i < e->npers; i++)
    if (!has_part(c, (uint32_t)x->parts[e->pers + i])) return 0;
  return 1;
}

/* How many of e's participants the entry has. */
static uint32_t parts_had(const cluster *c, const kn_tl_event *e, const int32_t *parts) {
  uint32_t k = 0;
  for (uint32_t i = 0; i < e->npart; i++) k += (uint32_t)has_part(c, (uint32_t)parts[e->part + i]);
  return k;
}

/* Is e a plan naming a party the entry lacks, with no named meeting of
** its own to tie it there (one its sentence only lends is no evidence)?
** score keeps such a plan out of an entry of dated mentions. */
static int plan_adds_party(const ctx *x, const cluster *c, const kn_tl_event *e, int same_series) {
  return e->modality == KN_MOD_PLANNED && !ongoing(c->fam) && !(same_series && !e->lent) && !parts_in(c, e, x->parts);
}

/* An event told with at most one person and with bodies or countries
** ("Cho attended the session of NATO and its partners") is not the meeting
** of a cast of two people or more unless the entry has those too: the
** foreign ministers' session beside Cho's talks with his two counterparts
** that day; nor a summit, even told with no cast: Yoon's one-on-one talks
** with the leaders of Norway and the Netherlands on its margins. (An outlet
** that names more parties at the entry's own place is another matter: the
** place is the evidence.) A person's own country, which the build adds
** beside him, is no body the mention names: "the prime minister also
** attended the summit" brings his country along, which the summit's
** reports need not name. */
static int own_country(const ctx *x, const kn_tl_event *e, int32_t id) {
  for (uint32_t j = 0; j < e->npers; j++) {
    if (parent_of(x, x->parts[e->pers + j]) == id) return 1;
  }
  return 0;
}
static int bodies_fit(const ctx *x, const cluster *c, const kn_tl_event *e) {
  const int32_t *p = x->parts + e->part, *q = x->parts + e->pers;
  uint32_t j = 0;
  for (uint32_t i = 0; i < e->npart; i++) {
    while (j < e->npers && q[j] < p[i]) j++;
    if (j < e->npers && q[j] == p[i]) continue;
    if (!has_part(c, (uint32_t)p[i]) && !own_country(x, e, p[i])) return 0;
  }
  return 1;
}

/* Do the kinds of gathering the entry's words name (KN_HEAD_*) allow
** event e? A press conference is only ever one with press conferences
** (the defence chiefs' news conference after the SCM is not the SCM).
** Otherwise two kinds are two events: a summit and the session with the
** partners on its second day, a forum beside it, a dinner, bilateral
** meetings on its sidelines; unless the entry is a meeting of a cast of
** people, whose one sitting outlets call a summit or a session alike
** (Camp David's "trilateral session"). A cast of two people, a bilateral,
** is no summit, session or forum of an entry told with no cast; and a
** summit told with nobody or one person is no meeting of a cast that no
** mention calls a summit. */
#define HEAD_BIT(h) (1u << (h))
#define HEADS_MANY (HEAD_BIT(KN_HEAD_SUMMIT) | HEAD_BIT(KN_HEAD_SESSION) | HEAD_BIT(KN_HEAD_FORUM))
static int heads_fit(const cluster *c, const kn_tl_event *e) {
  uint32_t hb = e->head ? HEAD_BIT(e->head) : 0, press = HEAD_BIT(KN_HEAD_PRESS);
  if (((c->heads & press) != 0) != (hb == press)) return 0;
  if (hb && (c->heads & ~hb) && c->npset == 0) return 0;
  if (e->npers == 2 && c->npset == 0 && (c->heads & HEADS_MANY)) return 0;
  if (e->head == KN_HEAD_SUMMIT && e->npers < 2 && c->npset > 0 && !(c->heads & HEAD_BIT(KN_HEAD_SUMMIT))) return 0;
  return 1;
}

/* A summit is known by its place: "the alliance's summit in Washington in
** July" and "the NATO summit in Washington" on July 9 are one meeting,
** however differently outlets tell who took part (NATO, or the
** president who attended); two summits in one city within the dates that
** bring them together are rare. Event e calls itself a summit at its
** place, and the entry has that place and a member that calls itself a
** summit. A gathering of many, told with at most one person on either
** side: the cast of a meeting of people is its evidence, and the leaders
** of three countries who hold "a summit" in the city of a larger one are
** another meeting (a bilateral called a summit is no cast-less summit's
** either: heads_fit). */
static int summit_at(const cluster *c, const kn_tl_event *e) {
  return placed_summit(e) && e->location == c->location && e->npers < 2 && c->npset == 0 &&
         (c->heads & HEAD_BIT(KN_HEAD_SUMMIT)) != 0;
}

/* Score of event e (days ed) in cluster c sharing `shared` of its
** participants, or -1 when they are incompatible. */
static int score(const ctx *x, const cluster *c, const kn_tl_event *e, const edays *ed, int shared, int in_doc) {
  if (c->fam != family(e->type)) return -1;
  if (e->series >= 0 && c->series >= 0 && e->series != c->series) return -1;   /* another named meeting */
  /* the same summit by its place is as the same named meeting (but for
  ** the meeting a sentence only lends), save for the tests of a cast
  ** below: the name is the evidence that a cast's talks are the meeting */
  int named = e->series >= 0 && e->series == c->series;
  int same_series = named || (summit_at(c, e) && !e->lent);
  int same_doc = in_doc;
  /* enough of the event's participants already in the entry */
  int enough = enough_shared(c->fam, shared, e->npart);
  /* a deployment or an exercise goes on for weeks: its actor is enough.
  ** Two shared parties are strong; a person and his country are one
  ** (one_party), strong only with the entry's place or as its own
  ** document's account of what happened (not a plan of its own) */
  int party = !one_party(x, e) || (e->location >= 0 && e->location == c->location) ||
              (same_doc && e->modality != KN_MOD_PLANNED);
  int strong = (shared >= 2 && enough && party) || same_series || (ongoing(c->fam) && enough);
  int exact = 0, late = 0, plan = 0;
  int32_t slack = ongoing(c->fam) ? 14 : 1;
  if (!heads_fit(c, e)) return -1;
  /* a lone act's tester, the entry's only party or the event's, and no
  ** plan nor series on either side (a forecast test tells no day of its
  ** own, and "is expected to test a missile in April" is not "the April
  ** test" nor, through it, the test of April 13; "several tests in April"
  ** are not one): see lone_act, lone_event */
  int sole = lone_act(c->fam) && shared >= 1 && lone_event(e) && !c->unlone &&
             ((uint32_t)shared == e->npart || (uint32_t)shared == c->npart) && testers_agree(x, c, e);
  if (e->gran == KN_GRAN_DAY) {
    int32_t d0 = ed->d0, d1 = ed->d1;
    if (c->dmin != INT32_MAX) {
      /* a document that gives two days tells two events (a session the
      ** day before the talks), however near another outlet's days bring
      ** them, unless they name one meeting or go on for days */
      if (e->doc == c->doc0 && c->emin != INT32_MAX && (d0 > c->emax || d1 < c->emin) && !same_series &&
          !ongoing(c->fam))
        return -1;
      if (d0 <= c->kmax && d1 >= c->kmin) exact = 1;
      /* a span told from its first day to its last starts then: not
      ** an entry whose days are over before it (the drill the week before
      ** an exercise "from March 10 to March 21") */
      else if (e->end0 && d0 > c->dmax + 1) return -1;
      /* a neighbouring day: another outlet's error, not a document's own
      ** second day (the dinner before the talks, the meeting after), but for
      ** an exercise or a deployment, which a document follows for days;
      ** and not a mention told with countries or bodies only into the
      ** meeting of a cast of people, unless they name one meeting: "the
      ** two countries held talks in Seoul" on the 13th is not the dinner
      ** of Yoon and Austin on the 12th, whose countries they are. A
      ** document that gave the entry no day of its own, only a period (a
      ** preview's "this week"), tells no second day with its day: that is
      ** the outlets disagreeing (Thursday, and another outlet's Wednesday) */
      else if (!(strong && (!same_doc || ongoing(c->fam) || (e->doc == c->doc0 && c->emin == INT32_MAX)) &&
                 (e->npers > 0 || c->npset == 0 || same_series || ongoing(c->fam)) &&
                 d0 <= c->kmax + slack && d1 >= c->kmin - slack)) return -1;
      /* the day before or after a named meeting's: the meeting only when
      ** it is named (the partners' session the day after the summit) */
      else if (c->series >= 0 && !same_series) return -1;
      /* nor is a summit known by its place alone on the day before or
      ** after: a city holds summits on following days ("NATO leaders
      ** opened their summit in Brussels on Monday", "the European Union and
      ** the United States held a summit in Brussels on Tuesday") */
      else if (same_series && !named && !(shared >= 2 && enough)) return -1;
    } else if (c->cmin != INT32_MAX) {
      /* a day inside the week, month or year the entry has agrees; but a
      ** month or more says too little to draw days in: "in August" and
      ** the summit on the 18th only when they name the same meeting, or
      ** the day's document is in the entry and its mention names nobody
      ** or enough of the entry's participants (a preview's "in July" and
      ** then "on July 28"), or the day's mention names a cast of two
      ** people or more that the entry's shares (strong, and cast_fits
      ** below): "Yoon, Biden and Kishida met at Camp David in August",
      ** told first in a later retrospective, and their summit on the 18th;
      ** a cast of two only at the place of an entry of a month at most:
      ** "Kim and Putin met in the Russian Far East in September", told
      ** two months on, and their summit there on the 13th */
      if (!(d0 >= c->cmin && d0 <= c->cmax)) return -1;
      if (c->cmax - c->cmin > 7 && !same_series && !(same_doc && (e->npart == 0 || enough)) && !(strong && e->npers >= 3) &&
          !(strong && placed_cast(e) && e->location == c->location && c->cmax - c->cmin < LONE_SPAN) &&
          !(sole && c->cmax - c->cmin < LONE_SPAN && !tests_apart(x, c, e, c->cmin, c->cmax, d0, d1))) return -1;
      /* and, as for a neighbouring day, a day only inside the entry's
      ** period tells too little to draw a mention told with countries or
      ** bodies only into the meeting of a cast of people: "Seoul's
      ** briefing" on Tuesday is not the defence chiefs' talks "this week"
      ** its article announces */
      if (e->npers == 0 && e->npart > 0 && c->npset > 0 && !same_series && !ongoing(c->fam)) return -1;
      /* nor a named meeting's own mention into plans that its name only
      ** lends, when they name a party it lacks: talks "this week, where he
      ** is expected to hold talks with his Japanese and Australian
      ** counterparts" at a forum are not the forum on Saturday (as such a
      ** plan may not join the forum's day, above and below); and so for a
      ** mention whose own word names a gathering of many (a summit, a
      ** session, a forum), which is the lent meeting, not its side talks:
      ** "a session with NATO's Indo-Pacific partners" on Thursday is not
      ** the three-way talks "this week" on the foreign ministers' meeting's
      ** sidelines */
      if (c->lentplan && (e->series >= 0 || (e->head && (HEAD_BIT(e->head) & HEADS_MANY))) && !e->lent &&
          !ongoing(c->fam) && !part_subset(c, e, x->parts)) return -1;
      exact = 1;
    } else return -1;
  } else if (e->gran != KN_GRAN_NONE) {
    int32_t d0 = ed->d0, d1 = ed->d1;
    /* a week, month or year says little; a lone act's tester in the
    ** same month, placed by the month or by a day inside it, enough (the
    ** period inside the entry's, or the entry's inside it, below) */
    int lone = sole && d1 - d0 < LONE_SPAN;
    if (!strong && !lone) return -1;
    if (c->dmin != INT32_MAX) {
      if (!(c->dmin >= d0 && c->dmax <= d1)) return -1;
      /* a lone act's month, when its tester tested on other days in it */
      if (!strong && tests_apart(x, c, e, d0, d1, c->dmin, c->dmax)) return -1;
      /* nor does a plan placed only in the week or month of the entry's
      ** days name a party they lack, as a plan with no date at all may
      ** not (below): talks "this week, where he is expected to hold talks
      ** with his Japanese and Australian counterparts" at a named forum
      ** are another meeting than the forum's day */
      if (plan_adds_party(x, c, e, same_series)) return -1;
    } else if (c->cmin != INT32_MAX) {
      if (!(d0 <= c->cmax && d1 >= c->cmin)) return -1;
      if (!strong && (c->cmax - c->cmin >= LONE_SPAN ||
                      !((d0 >= c->cmin && d1 <= c->cmax) || (c->cmin >= d0 && c->cmax <= d1)) ||
                      tests_apart(x, c, e, d0 > c->cmin ? d0 : c->cmin, d1 < c->cmax ? d1 : c->cmax, 1, 0)))
        return -1;
    } else return -1;
  } else {
    /* undated: near its document's date, on strong evidence; naming
    ** nobody, in an entry of its document */
    /* reported the day of the entry's last day or the next: enough of
    ** its participants will do, but for a plan (the delegation "further
    ** plans" a briefing of the EU's committee, beside the council's session
    ** that day: still to come); for a deployment or an exercise, always */
    int recent = 0;
    if (c->dmin != INT32_MAX || c->cmin != INT32_MAX) {
      if (!e->published) return -1;
      int32_t pub = ed->pub;
      int32_t lo = c->dmin != INT32_MAX ? c->dmin : c->cmin, hi = c->dmax != INT32_MIN ? c->dmax : c->cmax;
      if (lo > pub + 7) return -1;
      /* more than a month after its days: a lasting state's mention with
      ** all its parties in the entry (lasting), behind the candidates of
      ** the month (a penalty below) */
      if (hi < pub - 31) {
        if (!(lasting(c->fam) && hi >= pub - STATE_SPAN && e->npart > 0 && e->modality != KN_MOD_PLANNED &&
              parts_in(c, e, x->parts)))
          return -1;
        late = 1;
      }
      recent = c->dmin != INT32_MAX && hi >= pub - 1 && lo <= pub;
    } else if (e->published && c->pmax != INT32_MIN && ed->pub > c->pmax + 31) {
      /* undated mentions told a month apart and more: nothing says they
      ** are one event */
      return -1;
    }
    if (same_doc && e->npart == 0) exact = 1;
    else if (!strong && !(recent && enough && (ongoing(c->fam) || e->modality != KN_MOD_PLANNED))) return -1;
    /* a plan placed with no day names no party the entry's dated
    ** mentions do not (it lends none, join): "separate talks with senior
    ** NATO and EU officials" the delegation plans beside the council's
    ** session is another meeting, still to come; a meeting its sentence
    ** lends is no evidence ("three-way talks" Cho is expected to hold at
    ** the NATO foreign ministers' meeting) */
    if (!c->undated && !(same_doc && e->npart == 0) && plan_adds_party(x, c, e, same_series)) return -1;
    /* nor does any undated mention, plan or not, join an entry of a cast
    ** of people when it names a person the entry lacks: "Lee and Ishiba
    ** met on Monday. … The two later attended a dinner with Rutte" is the
    ** larger gathering; with no day of its own, its cast is all that tells
    ** the two apart */
    if (!c->undated && !ongoing(c->fam) && !same_series && c->npset > 0 && !persons_in(x, c, e)) return -1;
    /* a mention told as done, naming a party, in an entry of undated
    ** plans of another document: what was to come is no better evidence
    ** than the act its dated mentions tell, two points lower, behind a
    ** lasting state's entry of the year (late): "Pyongyang has sent
    ** troops to Russia" is that move, not the builders Kim agreed a
    ** month before to send */
    if (c->undated && c->plans == PLANS_ALL && e->modality != KN_MOD_PLANNED && e->npart > 0 && !same_doc) plan = 2;
  }
  if (!enough && !same_series && !(same_doc && exact)) return -1;
  /* a meeting the sentence lends (the summit of "Yoon met Stoltenberg at
  ** the NATO summit") does not make the event that meeting */
  int own_series = named && !e->lent;
  if (!ongoing(c->fam) && e->npers >= 2 && !named && !cast_fits(x, c, e)) return -1;
  if (!ongoing(c->fam) && e->npers == 1 && (c->npset > 0 || (c->heads & HEAD_BIT(KN_HEAD_SUMMIT))) && !same_series &&
      !(e->location >= 0 && e->location == c->location) && !bodies_fit(x, c, e)) return -1;
  /* nor does its document alone draw a mention told with countries or
  ** bodies only, none of them the entry's, into the meeting of a cast of
  ** people: "on the margins of a gathering of NATO's foreign ministers"
  ** is that gathering, not the three ministers' talks the sentence tells */
  if (!ongoing(c->fam) && e->npers == 0 && e->npart > 0 && c->npset > 0 && !same_series && shared == 0) return -1;
  /* an entry of a named meeting told with no cast (the summit, its host)
  ** is not the meeting of two people or more that does not name it:
  ** "Yoon met Stoltenberg" beside "Yoon arrived for the NATO summit" */
  if (!ongoing(c->fam) && e->npers >= 2 && !own_series && c->series >= 0 && c->npset == 0) return -1;
  /* troops sent to a place inside the entry's place, or around it, are
  ** another move: sent to Russia, then to the Kursk region; but not a
  ** mention naming nobody that goes on with its document's entry ("the
  ** soldiers are now stationed in ..."), nor troops sent to a place around
  ** the entry's that takes part in the entry's move: "sent to Russia" is
  ** the move Russia's ships carried them on to Vladivostok, not the one
  ** to the Kursk region told with the troops alone */
  if (c->fam == KN_EV_DEPLOYMENT && e->location >= 0 && c->location >= 0 && e->location != c->location &&
      !(same_doc && e->npart == 0) &&
      (contains(x, c->location, e->location) ||
       (contains(x, e->location, c->location) && !has_part(c, (uint32_t)e->location))))
    return -1;
  /* places neither of which contains the other: another event unless the
  ** evidence is strong; for troops, always another move (carried to
  ** Vladivostok, then at the front in the Kursk region a fortnight on:
  ** within a deployment's slack, and told with the same actor) */
  if (e->location >= 0 && c->location >= 0 && e->location != c->location &&
      !contains(x, e->location, c->location) && !contains(x, c->location, e->location) &&
      (!strong || c->fam == KN_EV_DEPLOYMENT))
    return -1;
  return shared * 2 + (same_series ? 3 : 0) + exact + (same_doc ? 1 : 0) - late - plan;
}

/* Would score refuse event e in a cluster, knowing only its compact
** record s and the event's hits h in it (HITS: the participants it
** shares; VIA_DOC: in a list of the event's document)? Each refusal below
** is one of score's, read off s instead of the cluster (a cache miss a
** candidate, most of them refused: the undated events' candidates a month
** behind their document's date, a period told with one shared party, a
** day against a month or a year), and must follow score's rule: the
** reference model (tl_cluster_ref.h, test_tl.c) scores every candidate.
** 1: score may take it. */
static int may_score(const cscan *s, const kn_tl_event *e, const edays *ed, int fam, int32_t h) {
  int shared = HITS(h), in_doc = (h & VIA_DOC) != 0;
  int enough = enough_shared(fam, shared, e->npart);
  /* score's same_series can hold only for a named meeting or a summit at
  ** its place (summit_at), strong only with it or enough shared, sole
  ** only for a lone act's shared tester, not planned (a cluster of
  ** another family score refuses first) */
  int series = e->series >= 0 || (placed_summit(e) && e->npers < 2 && !e->lent);
  int strong = (shared >= 2 && enough) || series || (ongoing(fam) && enough);
  int sole = lone_act(fam) && shared >= 1 && lone_event(e);
  /* a cluster of days: its last day (reach less the slack) and, when its
  ** span is known (below SPAN_MAX), its first (dmax - span) */
  int32_t dmax = s->reach - (ongoing(fam) ? 14 : 1);
  int known = s->span < SPAN_MAX;
  if (e->gran == KN_GRAN_DAY) {
    /* past its reach (the lists of DATED are pruned by it; a document's
    ** list is not) */
    if (s->reach < ed->d0) return 0;
    /* on weak evidence, only on the entry's days (exact: not past its
    ** last day) */
    if (s->when == CS_DAYS && !strong && ed->d0 > dmax) return 0;
    /* periods only, of more than a week: a day in them on weak evidence */
    if (s->when == CS_PERIODS && s->span != SPAN_ODD && s->span > 7 && !series &&
        !(in_doc && (e->npart == 0 || enough)) && !(strong && e->npers >= 3) && !(sole && s->span < LONE_SPAN) &&
        !(strong && placed_cast(e) && s->span < LONE_SPAN))
      return 0;
  } else if (e->gran != KN_GRAN_NONE) {
    /* a period joins on strong evidence or as a lone act of a month, a
    ** cluster of days inside it or a period it meets (reach >= d0) */
    if (!strong && !(sole && ed->d1 - ed->d0 < LONE_SPAN)) return 0;
    if (s->reach < ed->d0) return 0;
    if (s->when == CS_DAYS && (dmax > ed->d1 || (known && dmax - s->span < ed->d0))) return 0;
  } else {
    if (s->when != CS_UNDATED) {
      /* a dated cluster whose last day (lim less the month, or the
      ** year of a deployment) is more than that before the document's
      ** date */
      if (!e->published || s->lim < ed->pub) return 0;
    } else if (e->published && s->reach < ed->pub) return 0;   /* a month after its latest document */
    /* on weak evidence, only an entry of days whose last day is the
    ** document's or the day before and whose first is not after it
    ** (recent) */
    if (!(in_doc && e->npart == 0) && !strong &&
        (!enough || (!ongoing(fam) && e->modality == KN_MOD_PLANNED) || s->when != CS_DAYS ||
         s->reach < ed->pub || (known && dmax - s->span > ed->pub)))
      return 0;
  }
  return 1;
}

/* Puts cluster ci in the lists of key (kind, id): a dated cluster in its
** DATED and NEAR lists, an undated one in its UNDATED list. */
static kn_status enlist(ctx *x, uint32_t ci, int kind, uint32_t id) {
  const cluster *c = &x->c[ci];
  for (int set = c->undated ? SET_UNDATED : SET_DATED; set <= (c->undated ? SET_UNDATED : SET_NEAR); set++) {
    int in = set == SET_DATED && x->cs[ci].wide ? SET_WIDE : set;
    ilist *l = idx_list(&x->ix, ikey(c->fam, in, kind, id), 1);
    if (!l || list_push(&x->ix, l, ci)) return KN_ENOMEM;
  }
  return KN_OK;
}

/* A day joins a cluster of the WIDE set: it moves to DATED, in the lists
** of its participants and its named meeting (before the join adds its
** new ones). */
static kn_status unwiden(ctx *x, uint32_t ci) {
  const cluster *c = &x->c[ci];
  x->cs[ci].wide = 0;
  for (uint32_t i = 0; i <= c->npart + 1; i++) {
    if ((i == c->npart && c->series < 0) || (i == c->npart + 1 && !c->placed)) continue;
    uint64_t key = i < c->npart ? ikey(c->fam, SET_DATED, KEY_PART, CPART(c)[i])
                 : i == c->npart ? ikey(c->fam, SET_DATED, KEY_SERIES, (uint32_t)c->series)
                 : ikey(c->fam, SET_DATED, KEY_PLACE, (uint32_t)c->location);
    ilist *l = idx_list(&x->ix, key, 1);
    if (!l || list_push(&x->ix, l, ci)) return KN_ENOMEM;
  }
  return KN_OK;
}

static kn_status join(ctx *x, uint32_t ci, const kn_tl_event *e, const edays *ed) {
  cluster *c = &x->c[ci];
  const int32_t *p = x->parts + e->part;
  if (e->gran == KN_GRAN_DAY && x->cs[ci].wide && unwiden(x, ci)) return KN_ENOMEM;
  if (e->gran == KN_GRAN_DAY) {
    /* a named meeting keeps the days its reports agree on: a neighbouring
    ** day (one outlet dating the SCM a day late) widens the entry's days,
    ** not those the next events must fall on (the 2+2 the day after) */
    if (c->kmin == INT32_MAX || c->series < 0 || (ed->d0 <= c->kmax && ed->d1 >= c->kmin)) {
      if (ed->d0 < c->kmin) c->kmin = ed->d0;
      if (ed->d1 > c->kmax) c->kmax = ed->d1;
    }
    if (ed->d0 < c->dmin) c->dmin = ed->d0;
    if (ed->d1 > c->dmax) c->dmax = ed->d1;
  } else if (e->gran != KN_GRAN_NONE) {
    if (ed->d0 < c->cmin) c->cmin = ed->d0;
    if (ed->d1 > c->cmax) c->cmax = ed->d1;
  }
  if (e->published && ed->pub > c->pmax) c->pmax = ed->pub;
  {
    /* the last day a dated event can join (score: a day within the days
    ** and the slack, or within a period; a period's days, within its
    ** days), or for an undated entry the last document day an undated
    ** event can (a month after the latest); and how long undated events
    ** look back */
    cscan *s = &x->cs[ci];
    s->reach = c->dmin != INT32_MAX ? c->dmax + (ongoing(c->fam) ? 14 : 1)
             : c->cmin != INT32_MAX ? c->cmax
             : c->pmax != INT32_MIN ? c->pmax + 31 : INT32_MAX;
    int32_t end = c->dmax != INT32_MIN ? c->dmax : c->cmax;
    s->lim = end == INT32_MIN ? INT32_MAX : end + (lasting(c->fam) ? STATE_SPAN : 31);
    if (c->cmax > s->lim) s->lim = c->cmax;
    int64_t sp = c->dmin != INT32_MAX ? (int64_t)c->dmax - c->dmin : c->cmin != INT32_MAX ? (int64_t)c->cmax - c->cmin : 0;
    s->span = (uint8_t)(sp < 0 ? SPAN_ODD : sp > SPAN_MAX ? SPAN_MAX : sp);
    /* (an undated cluster is one with no dates: only undated events
    ** join it, score) */
    s->when = c->dmin != INT32_MAX ? CS_DAYS : c->cmin != INT32_MAX ? CS_PERIODS : CS_UNDATED;
  }
  /* an undated mention in a dated entry lends it no place either (see
  ** the participants below) */
  if (c->location < 0 && (e->gran != KN_GRAN_NONE || c->undated)) c->location = e->location;
  if (e->npers >= 2 && c->npset < KN_TL_PSETS) {
    const int32_t *a = x->parts + e->pers;
    uint32_t i = 0;
    for (; i < c->npset; i++) {
      const kn_tl_event *o = &x->ev[c->pset[i]];
      if (o->npers == e->npers && common_ids(a, e->npers, x->parts + o->pers, o->npers) == e->npers) break;
    }
    if (i == c->npset) c->pset[c->npset++] = (uint32_t)(e - x->ev);
  }
  if (!lone_event(e)) c->unlone = 1;
  int lentplan = e->modality == KN_MOD_PLANNED && e->lent;
  c->lentplan = c->docs == 0 ? lentplan : c->lentplan && lentplan;
  if (e->npart > 0 && c->plans != PLANS_FACT) c->plans = e->modality == KN_MOD_PLANNED ? PLANS_ALL : PLANS_FACT;
  if (c->docs == 0) { c->doc0 = e->doc; c->docs = 1; }
  else if (c->doc0 != e->doc) c->docs = 2;
  if (e->head) c->heads |= HEAD_BIT(e->head);
  /* a summit with a place: in the lists of its place (summit_at) */
  if (!c->placed && c->location >= 0 && (c->heads & HEAD_BIT(KN_HEAD_SUMMIT))) {
    c->placed = 1;
    if (enlist(x, ci, KEY_PLACE, (uint32_t)c->location)) return KN_ENOMEM;
  }
  if (e->doc == c->doc0 && e->gran == KN_GRAN_DAY) {
    if (ed->d0 < c->emin) c->emin = ed->d0;
    if (ed->d1 > c->emax) c->emax = ed->d1;
  }
  {
    /* in the list of each of its documents */
    ilist *dl = &x->docs[ed->doc];
    const uint32_t *dv = ILIST_V(dl);
    uint32_t j = 0;
    while (j < dl->n && dv[j] != ci) j++;
    if (j == dl->n && list_push(&x->ix, dl, ci)) return KN_ENOMEM;
  }
  /* a meeting only the sentence lends the event does not name the entry:
  ** the ministers' talks on the sidelines of the foreign ministers'
  ** meeting do not draw the meeting's next mentions in */
  if (c->series < 0 && e->series >= 0 && !e->lent) {
    c->series = e->series;
    if (enlist(x, ci, KEY_SERIES, (uint32_t)e->series)) return KN_ENOMEM;
  }
  /* an undated mention in a dated entry lends it no participants: placed
  ** by weaker evidence, it is no ground for the next mention (a
  ** delegation's talks with NATO and the EU, told beside the North
  ** Atlantic Council's session, do not bring the EU's committee in) */
  if (e->gran == KN_GRAN_NONE && !c->undated) return KN_OK;
  for (uint32_t i = 0; i < e->npart; i++) {
    /* c->part is sorted: an entry of months, or of undated mentions, can
    ** gather thousands of participants */
    uint32_t id = (uint32_t)p[i], lo = part_pos(c, id);
    if (lo < c->npart && CPART(c)[lo] == id) continue;
    if (c->npart == c->cappart) {
      uint32_t nc = c->cappart * 2;
      uint32_t *np = x->f(x->ud, c->cappart > CPART_INLINE ? c->part.p : NULL,
                          c->cappart > CPART_INLINE ? c->cappart * sizeof(uint32_t) : 0, nc * sizeof(uint32_t));
      if (!np) return KN_ENOMEM;
      if (c->cappart == CPART_INLINE) memcpy(np, c->part.in, sizeof c->part.in);
      c->part.p = np; c->cappart = nc;
    }
    uint32_t *cp = CPART(c);
    memmove(cp + lo + 1, cp + lo, (c->npart - lo) * sizeof(uint32_t));
    cp[lo] = id;
    c->npart++;
    if (lone_act(c->fam) && !is_person(x, e, id)) c->nonpers++;
    if (enlist(x, ci, KEY_PART, (uint32_t)p[i])) return KN_ENOMEM;
  }
  return KN_OK;
}

static kn_status new_cluster(ctx *x, const kn_tl_event *e, const edays *ed, uint32_t *out) {
  kn_status st = kn_grow(x->f, x->ud, (void **)&x->c, &x->capc, x->nc + 1, sizeof(cluster));
  if (!st) st = kn_grow(x->f, x->ud, (void **)&x->cs, &x->capcs, x->nc + 1, sizeof(cscan));
  if (st) return st;
  cluster *c = &x->c[x->nc];
  memset(c, 0, sizeof *c);
  c->cappart = CPART_INLINE;
  c->fam = family(e->type);
  c->dmin = c->cmin = c->kmin = INT32_MAX;
  c->dmax = c->cmax = c->kmax = INT32_MIN;
  c->pmax = INT32_MIN;
  c->emin = INT32_MAX; c->emax = INT32_MIN;
  c->location = -1; c->series = -1;
  c->undated = e->gran == KN_GRAN_NONE;
  x->cs[x->nc].hits = 0;
  x->cs[x->nc].fam = (uint8_t)c->fam;
  /* a period of more than a week (score's test of a day against it) */
  x->cs[x->nc].wide = (uint8_t)(e->gran != KN_GRAN_NONE && e->gran != KN_GRAN_DAY && ed->d1 - ed->d0 > 7);
  *out = (uint32_t)x->nc++;
  return join(x, *out, e, ed);
}

/* STABLE_SORT(name, T, CX, LESS): defines
**   static void name(CX cx, T *v, T *tmp, size_t n)
** a stable sort of v (tmp: room for n more): runs of 16 by insertion, then
** bottom-up merges, a merge skipped when its halves are already in order
** (the usual case: records come sorted). An array wholly in order is left
** at once: the skipped merges still copied it to tmp and back at each of
** its sixteen levels (256 MB of copies for the 1M bench's records, and tmp's
** 16 MB faulted in). LESS(cx, a, b) compares two T
** pointers. One body for the sorts of ids, records and entries, each with
** its comparison inlined. */
#define STABLE_SORT(name, T, CX, LESS)                                                    \
  static void name(CX cx, T *v, T *tmp, size_t n) {                                      \
    const size_t RUN = 16;                                                                \
    size_t sorted = 1;                                                                    \
    while (sorted < n && !LESS(cx, &v[sorted], &v[sorted - 1])) sorted++;                 \
    if (sorted >= n) return;                                                              \
    for (size_t lo = 0; lo < n; lo += RUN) {                                              \
      size_t hi = lo + RUN < n ? lo + RUN : n;                                            \
      for (size_t i = lo + 1; i < hi; i++) {                                              \
        T x = v[i];                                                                       \
        size_t j = i;                                                                     \
        while (j > lo && LESS(cx, &x, &v[j - 1])) { v[j] = v[j - 1]; j--; }               \
        v[j] = x;                                                                         \
      }                                                                                   \
    }                                                                                     \
    T *a = v, *b = tmp;                                                                   \
    for (size_t w = RUN; w < n; w *= 2) {                                                 \
      for (size_t lo = 0; lo < n; lo += 2 * w) {                                          \
        size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;       \
        size_t i = lo, j = mid, k = lo;                                                   \
        if (mid < hi && !LESS(cx, &a[mid], &a[mid - 1])) {                                \
          memcpy(b + lo, a + lo, (hi - lo) * sizeof(T));                                  \
          continue;                                                                       \
        }                                                                                 \
        while (i < mid && j < hi) b[k++] = LESS(cx, &a[j], &a[i]) ? a[j++] : a[i++];     \
        while (i < mid) b[k++] = a[i++];                                                  \
        while (j < hi) b[k++] = a[j++];                                                   \
      }                                                                                   \
      T *t = a; a = b; b = t;                                                             \
    }                                                                                     \
    if (a != v) memcpy(v, a, n * sizeof(T));                                              \
  }

/* Canonical order: dated events by first day, then undated ones a week
** after their document's date (after the dated events of that day: score
** lets an undated mention join an entry up to a week after its report, so
** a preview finds the event it announces), then those with
** neither; within a day, by family, then the caller's order. The sort
** reads compact keys, not the events. */
typedef struct skey { uint64_t k; uint64_t order; uint32_t i; } skey;

static uint64_t sort_key(const kn_tl_event *e) {
  uint64_t day;
  /* YYYYMMDD values are positive and below 2^31: twice that fits 33 bits */
  if (e->gran) day = (uint64_t)(uint32_t)e->day0 * 2;
  else if (e->published) day = (uint64_t)(uint32_t)kn_day_ymd(kn_day_number(e->published) + 7) * 2 + 1;
  else day = ((uint64_t)1 << 40) - 1;
  return (day << 8) | (uint64_t)(unsigned)family(e->type);
}

static int skey_less(const skey *a, const skey *b) {
  if (a->k != b->k) return a->k < b->k;
  return a->order < b->order;
}

#define SKEY_LESS(cx, a, b) ((void)(cx), skey_less((a), (b)))
STABLE_SORT(sort_keys, skey, const void *, SKEY_LESS)

/* The same order when the callers' orders rise with the events' indexes
** (kn_tl_build's do): a stable LSD radix sort on k, 16 bits a pass,
** skipping the bits every key shares (three passes, not twenty; for many
** events: a pass clears 64K counts). */
static kn_status radix_keys(skey *v, skey *tmp, size_t n, kn_alloc f, void *ud) {
  uint64_t any = 0, all = ~(uint64_t)0;
  for (size_t i = 0; i < n; i++) { any |= v[i].k; all &= v[i].k; }
  uint64_t vary = any ^ all;
  size_t *cnt = f(ud, NULL, 0, 65536 * sizeof(size_t));
  if (!cnt) return KN_ENOMEM;
  skey *a = v, *b = tmp;
  for (int sh = 0; sh < 64; sh += 16) {
    if (!((vary >> sh) & 0xffff)) continue;
    memset(cnt, 0, 65536 * sizeof(size_t));
    for (size_t i = 0; i < n; i++) cnt[(a[i].k >> sh) & 0xffff]++;
    size_t sum = 0;
    for (size_t d = 0; d < 65536; d++) { size_t c = cnt[d]; cnt[d] = sum; sum += c; }
    for (size_t i = 0; i < n; i++) b[cnt[(a[i].k >> sh) & 0xffff]++] = a[i];
    skey *t = a; a = b; b = t;
  }
  if (a != v) memcpy(v, a, n * sizeof(skey));
  f(ud, cnt, 65536 * sizeof(size_t), 0);
  return KN_OK;
}

/* Numbers the documents from 0 (days[i].doc) and makes their lists. */
static kn_status number_docs(ctx *x, edays *days, size_t n) {
  size_t cap = 64, used = 0;
  uint64_t *slot = x->f(x->ud, NULL, 0, cap * sizeof(uint64_t));   /* doc << 32 | number + 1; 0 free */
  if (!slot) return KN_ENOMEM;
  memset(slot, 0, cap * sizeof(uint64_t));
  for (size_t i = 0; i < n; i++) {
    uint32_t doc = x->ev[i].doc;
    if ((used + 1) * 2 > cap) {
      size_t nc = cap * 2;
      uint64_t *ns = x->f(x->ud, NULL, 0, nc * sizeof(uint64_t));
      if (!ns) { kn_free(x->f, x->ud, slot, cap * sizeof(uint64_t)); return KN_ENOMEM; }
      memset(ns, 0, nc * sizeof(uint64_t));
      for (size_t j = 0; j < cap; j++) {
        if (!slot[j]) continue;
        size_t h = mix64(slot[j] >> 32) & (nc - 1);
        while (ns[h]) h = (h + 1) & (nc - 1);
        ns[h] = slot[j];
      }
      kn_free(x->f, x->ud, slot, cap * sizeof(uint64_t));
      slot = ns; cap = nc;
    }
    size_t h = mix64(doc) & (cap - 1);
    while (slot[h] && (uint32_t)(slot[h] >> 32) != doc) h = (h + 1) & (cap - 1);
    if (!slot[h]) slot[h] = ((uint64_t)doc << 32) | (uint64_t)(++used);
    days[i].doc = (uint32_t)(slot[h] & 0xffffffffu) - 1;
  }
  kn_free(x->f, x->ud, slot, cap * sizeof(uint64_t));
  x->docs = x->f(x->ud, NULL, 0, (used ? used : 1) * sizeof(ilist));
  if (!x->docs) return KN_ENOMEM;
  x->ndocs = used ? used : 1;
  for (size_t i = 0; i < x->ndocs; i++) { memset(&x->docs[i], 0, sizeof(ilist)); x->docs[i].cap = ILIST_INLINE; }
  return KN_OK;
}

/* What a list is pruned by as it is scanned: a DATED list of the clusters
** a dated event on day d or later can no longer join (reach < d), a NEAR
** list or a document's of the clusters more than a month behind d (lim <
** d: an undated event's document date less a month), an UNDATED list not
** at all. */
enum { PRUNE_NONE, PRUNE_REACH, PRUNE_LIM };

/* The index's probes are cache misses (a slot a key, scattered over
** megabytes): the slots of event k's keys (those its candidates are read
** from, and the set a join puts a new cluster in besides) and its
** document's list are asked for four events ahead (stage 0), and the
** lists those slots hold when not in place, two events ahead (stage 1). A
** hint only: the index may change in between. */
static void prefetch_event(const ctx *x, size_t k, int stage) {
#if defined(__GNUC__)
  const kn_tl_event *e = &x->ev[k];
  const index_ *ix = &x->ix;
  if (!ix->nslot) return;
  int fam = family(e->type), dated = e->gran != KN_GRAN_NONE;
  size_t mask = ix->nslot - 1;
  if (stage == 0) __builtin_prefetch(&x->docs[x->days[k].doc]);
  int sets[3] = { dated ? SET_DATED : SET_NEAR, dated ? SET_NEAR : SET_UNDATED, SET_WIDE };
  int nsets = dated && scans_wide(e, fam) ? 3 : 2;
  for (int si = 0; si < nsets; si++)
    for (uint32_t i = 0; i < e->npart; i++) {
      int set = sets[si];
      uint64_t key = ikey(fam, set, KEY_PART, (uint32_t)x->parts[e->part + i]);
      size_t j = mix64(key) & mask;
      if (stage == 0) { __builtin_prefetch(&ix->slot[j]); continue; }
      for (; ix->slot[j].key != KEY_FREE; j = (j + 1) & mask)
        if (ix->slot[j].key == key) {
          if (ix->slot[j].l.cap > ILIST_INLINE) __builtin_prefetch(ix->slot[j].l.u.p);
          break;
        }
    }
#else
  (void)x; (void)k; (void)stage;
#endif
}

/* A day number, the last one remembered: the events come in date order,
** so an event's days are nearly always those of the event before. */
typedef struct daymemo { int32_t ymd, day; } daymemo;
static int32_t day_of(daymemo *m, int32_t ymd) {
  if (ymd != m->ymd) { m->ymd = ymd; m->day = kn_day_number(ymd); }
  return m->day;
}

/* A candidate: its cluster and, once its lists are scanned, its hits. */
typedef struct ccand { uint32_t ci; int32_t h; } ccand;

/* The clustering proper, of events sev[0..n) already in canonical order
** (kn_tl_cluster's sort, or kn_tl_build's, which makes them in it): the
** cluster of sev[k] goes to entry[order[k]]. days: room for n. */
static kn_status cluster_sorted(const kn_tl_event *sev, size_t n, edays *days, const uint32_t *order,
                                const int32_t *parts, const int32_t *loc_parent, size_t nloc, kn_alloc f,
                                void *ud, uint32_t *entry, size_t *nentries) {
  ctx x;
  memset(&x, 0, sizeof x);
  x.ev = sev; x.days = days; x.parts = parts; x.loc_parent = loc_parent; x.nloc = nloc; x.f = f; x.ud = ud;
  x.ix.f = f; x.ix.ud = ud;
  kn_status st = KN_OK;
  size_t capcand = 64;
  ccand *cand = f(ud, NULL, 0, capcand * sizeof(ccand));
  if (!cand) return KN_ENOMEM;
  daymemo m0 = { 0, kn_day_number(0) }, m1 = m0, mp = m0;
  for (size_t k = 0; k < n; k++) {
    const kn_tl_event *e = &sev[k];
    days[k].d0 = e->gran ? day_of(&m0, e->day0) : 0;
    days[k].d1 = e->gran ? day_of(&m1, e->gran == KN_GRAN_DAY && e->end0 ? e->end1 : e->day1) : 0;
    days[k].pub = e->published ? day_of(&mp, e->published) : 0;
  }
  if ((st = number_docs(&x, days, n))) goto cleanup;
  /* the days of each tester's tests told by their day, for tests_apart
  ** (events come by their first day: each list rises) */
  for (size_t k = 0; k < n; k++) {
    const kn_tl_event *e = &sev[k];
    int fam = family(e->type);
    if (!lone_act(fam) || e->gran != KN_GRAN_DAY || !lone_event(e) || !one_tester(e)) continue;
    for (uint32_t i = 0; i < e->npart; i++) {
      ilist *l = idx_list(&x.ix, ikey(fam, SET_DATED, KEY_DAYS, (uint32_t)parts[e->part + i]), 1);
      if (!l || list_push(&x.ix, l, (uint32_t)days[k].d0)) { st = KN_ENOMEM; goto cleanup; }
    }
  }
  /* clusters are numbered as created, which is in canonical order */
  uint32_t *cl = entry;
  for (size_t k = 0; k < n; k++) {
    uint32_t ei = order[k];
    const kn_tl_event *e = &sev[k];
    if (k + 4 < n) prefetch_event(&x, k + 4, 0);
    if (k + 2 < n) prefetch_event(&x, k + 2, 1);
    const edays *ed = &days[k];
    int fam = family(e->type);
    int dated = e->gran != KN_GRAN_NONE;
    int32_t near = e->published ? ed->pub - 31 : INT32_MAX;
    size_t nc = 0;
    /* candidates: clusters sharing a participant (counted as hits), the
    ** named meeting, a summit's place or the document. The document's
    ** list first (the clusters it started, a month); then the sets in
    ** turn. An event a WIDE cluster may take without its document (score)
    ** has the WIDE lists scanned; for any other, only a WIDE cluster of
    ** its document may take it, and that cluster's hits are counted from
    ** its participants, which are those of its WIDE lists (it was WIDE
    ** since it was made, and is in no DATED list), not by scanning every
    ** WIDE list of the event's (1.5M entries for the 1M bench). */
    int placed = placed_summit(e);
    int wide = dated && scans_wide(e, fam);
    /* i: the participants, then the named meeting, the place, the document */
    uint32_t idoc = e->npart + 2;
    for (int pass = 0; pass <= 2; pass++)
    for (uint32_t i = pass ? 0 : idoc; i <= idoc; i++) {
      ilist *l;
      int by;
      int32_t d;
      int set = pass == 0 ? -1 : dated ? (pass == 1 ? SET_DATED : SET_WIDE) : (pass == 1 ? SET_NEAR : SET_UNDATED);
      if (pass == 0) {
        l = &x.docs[ed->doc];
        d = dated ? ed->d0 - 7 : near;
        by = d == INT32_MAX ? PRUNE_NONE : PRUNE_LIM;
      } else {
        if (set == SET_WIDE && !wide) break;
        /* an undated event with no document date: score refuses every
        ** dated cluster */
        if (set == SET_NEAR && !e->published) break;
        if (i == idoc || (i == e->npart && e->series < 0) || (i == e->npart + 1 && !placed)) continue;
        uint64_t key = i < e->npart ? ikey(fam, set, KEY_PART, (uint32_t)parts[e->part + i])
                     : i == e->npart ? ikey(fam, set, KEY_SERIES, (uint32_t)e->series)
                     : ikey(fam, set, KEY_PLACE, (uint32_t)e->location);
        l = idx_list(&x.ix, key, 0);
        if (!l) continue;
        /* a NEAR list is pruned of the clusters whose last day (lim less
        ** a month, or less; a year for a deployment) is more than that
        ** before the document's date: score refuses them, and for good. The events after this
        ** one are undated ones of that date or later, which score refuses
        ** them too, or dated ones more than a week after it, which cannot
        ** join them (past their reach and their periods) and so cannot
        ** move their days. (A document's list, which dated events read
        ** too, keeps them a month more: may_score refuses them.) */
        d = set == SET_DATED || set == SET_WIDE ? ed->d0 : ed->pub;
        by = set == SET_DATED || set == SET_WIDE ? PRUNE_REACH : set == SET_NEAR ? PRUNE_LIM : PRUNE_NONE;
      }
      /* pruned and scanned in one pass: each cluster's cscan read once */
      cscan *cs = x.cs;
      uint32_t *lv = ILIST_V(l), w = 0, ln = l->n;
      int32_t hit = i < e->npart ? 1 : i == e->npart ? VIA_SERIES : i == idoc ? VIA_DOC : VIA_PLACE;
      for (uint32_t j = 0; j < ln; j++) {
        uint32_t ci = lv[j];
        cscan *c = &cs[ci];
        if (by == PRUNE_REACH ? c->reach < d : by == PRUNE_LIM && c->lim < d) continue;
        /* moved to DATED since (unwiden) */
        if (set == SET_WIDE && !c->wide) continue;
        lv[w++] = ci;
        /* of a document's clusters, those of the family (and dated ones
        ** for a dated event: the lists of a set hold no others) */
        if (i == idoc && (c->fam != fam || (dated && c->when == CS_UNDATED))) continue;
        if (!c->hits) {
          if (nc == capcand && (st = kn_grow(f, ud, (void **)&cand, &capcand, nc + 1, sizeof(ccand)))) goto cleanup;
          cand[nc++].ci = ci;
        }
        c->hits += hit;
        if (pass == 0 && dated && c->wide && !wide) c->hits += (int32_t)parts_had(&x.c[ci], e, parts);
      }
      l->n = w;
    }
    /* score's last test, on the compact array: half the participants
    ** shared, or the same named meeting or document (a cluster of that
    ** meeting or document is in its list), and the tests of may_score;
    ** the clusters that pass are scattered (a cache miss each), so all are
    ** asked for before the first is scored. Each candidate's hits are
    ** taken and reset for the next event. */
    size_t np = 0;
    for (size_t j = 0; j < nc; j++) {
      uint32_t ci = cand[j].ci;
      cscan *s = &x.cs[ci];
      int32_t h = s->hits;
      s->hits = 0;
      if (!(h & (VIA_SERIES | VIA_DOC | VIA_PLACE)) && !enough_shared(fam, HITS(h), e->npart)) continue;
      if (!may_score(s, e, ed, fam, h)) continue;
#if defined(__GNUC__)
      __builtin_prefetch(&x.c[ci]);
      __builtin_prefetch((const char *)(&x.c[ci] + 1) - 1);
#endif
      cand[np].ci = ci;
      cand[np++].h = h;
    }
    long best = -1;
    int bests = -1;
    for (size_t j = 0; j < np; j++) {
      int32_t h = cand[j].h;
      const cluster *c = &x.c[cand[j].ci];
      int sc = score(&x, c, e, ed, HITS(h), (h & VIA_DOC) != 0);
      if (sc > bests || (sc == bests && sc >= 0 && (long)cand[j].ci < best)) { bests = sc; best = (long)cand[j].ci; }
    }
    uint32_t ci;
    if (best >= 0 && bests >= 0) {
      ci = (uint32_t)best;
      if ((st = join(&x, ci, e, ed))) goto cleanup;
    } else if ((st = new_cluster(&x, e, ed, &ci))) goto cleanup;
    cl[ei] = ci;
  }
  *nentries = x.nc;
cleanup:
  kn_free(f, ud, cand, capcand * sizeof(ccand));
  for (size_t i = 0; i < x.nc; i++)
    if (x.c[i].cappart > CPART_INLINE) kn_free(f, ud, x.c[i].part.p, x.c[i].cappart * sizeof(uint32_t));
  kn_free(f, ud, x.c, x.capc * sizeof(cluster));
  kn_free(f, ud, x.cs, x.capcs * sizeof(cscan));
  idx_free(&x.ix);
  for (size_t i = 0; i < x.ndocs; i++)
    if (x.docs[i].cap > ILIST_INLINE) kn_free(f, ud, x.docs[i].u.p, x.docs[i].cap * sizeof(uint32_t));
  kn_free(f, ud, x.docs, x.ndocs * sizeof(ilist));
  return st;
}

kn_status kn_tl_cluster(const kn_tl_event *ev, size_t n, const int32_t *parts,
                        const int32_t *loc_parent, size_t nloc, kn_alloc f, void *ud,
                        uint32_t *entry, size_t *nentries) {
  if (!f) f = kn_default_alloc;
  /* the big arrays in mappings, those freed kept for the next ones (in
  ** kn_tl_build's, the store's, which keeps them) */
  kn_bigalloc big;
  kn_big_init(&big, f, ud, 1);
  if (f != kn_big_alloc) { f = kn_big_alloc; ud = &big; }
  *nentries = 0;
  if (n == 0) return KN_OK;
  if (n > UINT32_MAX - 1 || n > ((size_t)-1) / (2 * sizeof(skey))) return KN_ERANGE;
  kn_status st = KN_OK;
  /* one block for the sort's keys and then the events in their order
  ** and their days: fresh memory is a page fault a page, so the keys'
  ** pages are used twice */
  size_t nblock = n * (sizeof(kn_tl_event) + sizeof(edays));
  if (nblock < 2 * n * sizeof(skey)) nblock = 2 * n * sizeof(skey);
  uint32_t *order = f(ud, NULL, 0, n * sizeof(uint32_t));
  char *block = f(ud, NULL, 0, nblock);
  skey *keys = (skey *)(void *)block;
  if (!order || !block) { st = KN_ENOMEM; goto cleanup; }
  int rising = 1;
  for (size_t i = 0; i < n; i++) {
    keys[i].k = sort_key(&ev[i]);
    keys[i].order = ev[i].order;
    keys[i].i = (uint32_t)i;
    if (i && ev[i].order <= ev[i - 1].order) rising = 0;
  }
  if (!rising || n < 4096) sort_keys(NULL, keys, keys + n, n);
  else if ((st = radix_keys(keys, keys + n, n, f, ud))) goto cleanup;
  for (size_t i = 0; i < n; i++) order[i] = keys[i].i;
  keys = NULL;
  /* the events in that order (the clustering reads them in turn, not
  ** scattered) */
  kn_tl_event *sev = (kn_tl_event *)(void *)block;
  for (size_t k = 0; k < n; k++) {
#if defined(__GNUC__)
    /* scattered reads (a day's events come from the documents of four
    ** days, family by family): ask for them ahead */
    if (k + 16 < n) __builtin_prefetch(&ev[order[k + 16]]);
#endif
    sev[k] = ev[order[k]];
  }
  st = cluster_sorted(sev, n, (edays *)(void *)(block + n * sizeof(kn_tl_event)), order, parts, loc_parent, nloc,
                      f, ud, entry, nentries);
cleanup:
  kn_free(f, ud, block, nblock);
  kn_free(f, ud, order, n * sizeof(uint32_t));
  kn_big_release(&big);
  return st;
}

/* =============================================================== store */

/* A mention record. Strings are ids; event is KN_TL_NONE when the event's
** id is "<doc>#<evnum>" exactly (nearly always: it is rebuilt, not kept).
** evnum is the number after the id's last '#' (0 without), as
** tonumber() reads it: an integer, or when too large a float (evfloat, the
** double's bits in evnum). */
typedef struct trec {
  uint32_t doc, event, type, modality, date, date_end, location, series, published, source;
  uint32_t part, npart;           /* participants: s->parts[part ..] */
  uint32_t al, nal;               /* aliases: pairs s->pairs[al ..]; nal NONE: null */
  uint32_t nm, nnm;               /* names, the same */
  int64_t evnum, sent;            /* sent: the sentence (a double's bits if a float) */
  uint8_t evfloat, sentkind;      /* KN_TL_NIL / INT / FLOAT */
  uint8_t lent;                   /* series lent by the sentence (kn_tl_event.lent) */
  uint8_t head;                   /* KN_HEAD_* */
} trec;

#if !defined(KN_TL_HEADC)
#define KN_TL_HEADC 256
#endif

/* What the store keeps about a string: the name its entity was first given
** (ENT_UNSET: none yet; KN_TL_NONE: given as nil), scratch of the document
** being added, and the gazetteer's facts. */
#define ENT_UNSET (KN_TL_NONE - 1)
typedef struct sattr {
  uint32_t ent;
  uint32_t stamp, pname, alias;   /* document stamp: its printed name, the holder it stands for */
  uint32_t gname, gtype, gof;     /* gazetteer: name, type, part of */
  uint8_t gstate;                 /* 0 not asked, 1 asked, 2 known, 3 not in the gazetteer */
} sattr;

struct kn_tl_store {
  kn_alloc f; void *ud;           /* kn_big_alloc over big: the arrays grow large */
  kn_bigalloc big;                /* the allocator the store was made with */
  /* strings: bytes (NUL-terminated) in buf, by id */
  char *buf; size_t nbuf, capbuf;
  uint32_t *off, *len; sattr *attr; size_t nstr, capstr;
  uint64_t *named;                /* a bit a string: attr.ent set (capstr / 64 words) */
  uint32_t *slot; size_t nslot;   /* id + 1, 0 free */
  /* records */
  trec *rec; size_t nrec, caprec;
  uint32_t *parts; size_t nparts, capparts;
  uint32_t *pairs; size_t npairs, cappairs;
  uint32_t docstamp;
  uint32_t lastpub, lastday;      /* the last document's published and its day */
  /* kn_meeting_head of trigger texts not named directly, by id (direct
  ** mapped; KN_TL_NONE free): the same few words in every document */
  uint32_t headid[KN_TL_HEADC]; uint8_t headval[KN_TL_HEADC];
  /* constants */
  uint32_t k_person, k_org, k_country, k_location, k_meeting, k_office, k_occurred, k_reported, k_planned;
  /* scratch */
  uint32_t *tmp; size_t captmp;
  uint32_t *tmp2; size_t captmp2;
  uint32_t *need; size_t nneed, capneed;
  char *evbuf; size_t capevbuf;
  void *mscr; size_t capmscr;
  char err[256];
};

static uint32_t str_hash(const char *p, size_t n) {
  /* FNV-1a over 8-byte words, then the tail */
  uint64_t h = 14695981039346656037ULL;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, 8);
    h = (h ^ w) * 1099511628211ULL;
    h ^= h >> 29;
  }
  for (; i < n; i++) h = (h ^ (unsigned char)p[i]) * 1099511628211ULL;
  h ^= h >> 32;
  return (uint32_t)h;
}

const char *kn_tl_str(const kn_tl_store *s, uint32_t id, size_t *n) {
  if (n) *n = s->len[id];
  return s->buf + s->off[id];
}

static int str_eq(const kn_tl_store *s, uint32_t id, const char *p, size_t n) {
  return s->len[id] == n && memcmp(s->buf + s->off[id], p, n) == 0;
}

/* Byte order, as Lua's < on strings (the C locale). */
static int str_cmp(const kn_tl_store *s, uint32_t a, uint32_t b) {
  size_t la = s->len[a], lb = s->len[b];
  int c = memcmp(s->buf + s->off[a], s->buf + s->off[b], la < lb ? la : lb);
  if (c) return c;
  return la < lb ? -1 : la > lb;
}

static kn_status str_rehash(kn_tl_store *s, size_t n) {
  uint32_t *sl = s->f(s->ud, NULL, 0, n * sizeof(uint32_t));
  if (!sl) return KN_ENOMEM;
  memset(sl, 0, n * sizeof(uint32_t));
  for (size_t id = 0; id < s->nstr; id++) {
    size_t j = str_hash(s->buf + s->off[id], s->len[id]) & (n - 1);
    while (sl[j]) j = (j + 1) & (n - 1);
    sl[j] = (uint32_t)id + 1;
  }
  kn_free(s->f, s->ud, s->slot, s->nslot * sizeof(uint32_t));
  s->slot = sl; s->nslot = n;
  return KN_OK;
}

kn_status kn_tl_intern(kn_tl_store *s, const char *p, size_t n, uint32_t *id) {
  uint32_t h = str_hash(p, n);
  size_t mask = s->nslot - 1, j = h & mask;
  for (; s->slot[j]; j = (j + 1) & mask) {
    uint32_t k = s->slot[j] - 1;
    if (str_eq(s, k, p, n)) { *id = k; return KN_OK; }
  }
  if (s->nstr >= 0x7ffffff0u || n > 0x7fffffffu || s->nbuf + n + 1 > 0xffffffffu) return KN_ERANGE;
  if (s->nstr == s->capstr) {
    size_t nc = s->capstr * 2;
    uint32_t *o = s->f(s->ud, s->off, s->capstr * sizeof(uint32_t), nc * sizeof(uint32_t));
    if (!o) return KN_ENOMEM;
    s->off = o;
    uint32_t *l = s->f(s->ud, s->len, s->capstr * sizeof(uint32_t), nc * sizeof(uint32_t));
    if (!l) return KN_ENOMEM;
    s->len = l;
    sattr *a = s->f(s->ud, s->attr, s->capstr * sizeof(sattr), nc * sizeof(sattr));
    if (!a) return KN_ENOMEM;
    s->attr = a;
    uint64_t *nb = s->f(s->ud, s->named, s->capstr / 64 * sizeof(uint64_t), nc / 64 * sizeof(uint64_t));
    if (!nb) return KN_ENOMEM;
    memset(nb + s->capstr / 64, 0, (nc - s->capstr) / 64 * sizeof(uint64_t));
    s->named = nb;
    s->capstr = nc;
  }
  if (kn_grow(s->f, s->ud, (void **)&s->buf, &s->capbuf, s->nbuf + n + 1, 1)) return KN_ENOMEM;
  uint32_t k = (uint32_t)s->nstr;
  memcpy(s->buf + s->nbuf, p, n);
  s->buf[s->nbuf + n] = 0;
  s->off[k] = (uint32_t)s->nbuf; s->len[k] = (uint32_t)n;
  s->nbuf += n + 1;
  memset(&s->attr[k], 0, sizeof(sattr));
  s->attr[k].ent = ENT_UNSET;
  s->named[k / 64] &= ~((uint64_t)1 << (k % 64));
  s->attr[k].gname = s->attr[k].gtype = s->attr[k].gof = KN_TL_NONE;
  s->nstr++;
  s->slot[j] = k + 1;
  if (s->nstr * 2 > s->nslot) {
    kn_status st = str_rehash(s, s->nslot * 2);
    if (st) return st;
  }
  *id = k;
  return KN_OK;
}

int kn_tl_find(const kn_tl_store *s, const char *p, size_t n, uint32_t *id) {
  size_t mask = s->nslot - 1;
  for (size_t j = str_hash(p, n) & mask; s->slot[j]; j = (j + 1) & mask)
    if (str_eq(s, s->slot[j] - 1, p, n)) { *id = s->slot[j] - 1; return 1; }
  return 0;
}

static kn_status intern_lit(kn_tl_store *s, const char *lit, uint32_t *id) {
  return kn_tl_intern(s, lit, strlen(lit), id);
}

kn_status kn_tl_store_new(kn_tl_store **out, kn_alloc f, void *ud) {
  if (!f) f = kn_default_alloc;
  *out = NULL;
  kn_tl_store *s = f(ud, NULL, 0, sizeof *s);
  if (!s) return KN_ENOMEM;
  memset(s, 0, sizeof *s);
  kn_big_init(&s->big, f, ud, 0);
  s->f = f = kn_big_alloc; s->ud = ud = &s->big;
  s->lastpub = s->lastday = KN_TL_NONE;
  for (size_t i = 0; i < KN_TL_HEADC; i++) s->headid[i] = KN_TL_NONE;
  s->capstr = 64;
  s->off = f(ud, NULL, 0, s->capstr * sizeof(uint32_t));
  s->len = f(ud, NULL, 0, s->capstr * sizeof(uint32_t));
  s->attr = f(ud, NULL, 0, s->capstr * sizeof(sattr));
  s->named = f(ud, NULL, 0, s->capstr / 64 * sizeof(uint64_t));
  kn_status st = KN_ENOMEM;
  if (!s->off || !s->len || !s->attr || !s->named) goto fail;
  memset(s->named, 0, s->capstr / 64 * sizeof(uint64_t));
  if ((st = str_rehash(s, 256))) goto fail;
  if ((st = intern_lit(s, "PERSON", &s->k_person)) || (st = intern_lit(s, "ORG", &s->k_org)) ||
      (st = intern_lit(s, "COUNTRY", &s->k_country)) || (st = intern_lit(s, "LOCATION", &s->k_location)) ||
      (st = intern_lit(s, "MEETING", &s->k_meeting)) || (st = intern_lit(s, "OFFICE", &s->k_office)) ||
      (st = intern_lit(s, "occurred", &s->k_occurred)) || (st = intern_lit(s, "reported", &s->k_reported)) ||
      (st = intern_lit(s, "planned", &s->k_planned)))
    goto fail;
  *out = s;
  return KN_OK;
fail:
  kn_tl_store_free(s);
  return st;
}

void kn_tl_store_free(kn_tl_store *s) {
  if (!s) return;
  kn_alloc f = s->f; void *ud = s->ud;
  kn_free(f, ud, s->buf, s->capbuf);
  kn_free(f, ud, s->off, s->capstr * sizeof(uint32_t));
  kn_free(f, ud, s->len, s->capstr * sizeof(uint32_t));
  kn_free(f, ud, s->attr, s->capstr * sizeof(sattr));
  kn_free(f, ud, s->named, s->capstr / 64 * sizeof(uint64_t));
  kn_free(f, ud, s->slot, s->nslot * sizeof(uint32_t));
  kn_free(f, ud, s->rec, s->caprec * sizeof(trec));
  kn_free(f, ud, s->parts, s->capparts * sizeof(uint32_t));
  kn_free(f, ud, s->pairs, s->cappairs * sizeof(uint32_t));
  kn_free(f, ud, s->tmp, s->captmp * sizeof(uint32_t));
  kn_free(f, ud, s->tmp2, s->captmp2 * sizeof(uint32_t));
  kn_free(f, ud, s->need, s->capneed * sizeof(uint32_t));
  kn_free(f, ud, s->evbuf, s->capevbuf);
  kn_free(f, ud, s->mscr, s->capmscr);
  kn_big_release(&s->big);
  kn_bigalloc big = s->big;
  big.f(big.ud, s, sizeof *s, 0);
}

size_t kn_tl_count(const kn_tl_store *s) { return s->nrec; }
size_t kn_tl_nstr(const kn_tl_store *s) { return s->nstr; }
size_t kn_tl_max_pairs(const kn_tl_store *s) {
  size_t m = 0;
  for (size_t i = 0; i < s->nrec; i++) {
    const trec *r = &s->rec[i];
    if (r->nal != KN_TL_NONE && r->nal > m) m = r->nal;
    if (r->nnm != KN_TL_NONE && r->nnm > m) m = r->nnm;
  }
  return m;
}
kn_alloc kn_tl_alloc(const kn_tl_store *s, void **ud) { *ud = s->ud; return s->f; }

void kn_tl_mark_get(const kn_tl_store *s, kn_tl_mark *m) {
  m->nrec = s->nrec; m->nparts = s->nparts; m->npairs = s->npairs;
}

/* Records are only appended (their lists too), so dropping the tail undoes
** them; strings interned since stay, unreferenced. */
void kn_tl_rollback(kn_tl_store *s, const kn_tl_mark *m) {
  if (m->nrec <= s->nrec) s->nrec = m->nrec;
  if (m->nparts <= s->nparts) s->nparts = m->nparts;
  if (m->npairs <= s->npairs) s->npairs = m->npairs;
}
const char *kn_tl_error(const kn_tl_store *s) { return s->err; }

static kn_status einval(kn_tl_store *s, const char *fmt, const char *arg, size_t n) {
  char a[96];
  size_t k = n < sizeof a - 4 ? n : sizeof a - 4;
  memcpy(a, arg, k);
  if (k < n) memcpy(a + k, "...", 4); else a[k] = 0;
  snprintf(s->err, sizeof s->err, fmt, a);
  return KN_EINVAL;
}

/* From the bits, not the attributes: a few kilobytes, where the
** attributes are megabytes and each mention's a cache miss (kn_tl_add_doc
** has asked for them by the time it reads them). */
int kn_tl_named(const kn_tl_store *s, uint32_t id) {
  return id < s->nstr && (s->named[id / 64] >> (id % 64) & 1);
}

int kn_tl_entity_name(const kn_tl_store *s, uint32_t id, uint32_t *name) {
  if (id >= s->nstr || s->attr[id].ent == ENT_UNSET) return 0;
  *name = s->attr[id].ent;
  return 1;
}

kn_status kn_tl_entity(kn_tl_store *s, uint32_t id, uint32_t name) {
  if (id >= s->nstr || (name != KN_TL_NONE && name >= s->nstr)) return KN_EINVAL;
  if (s->attr[id].ent == ENT_UNSET) {
    s->attr[id].ent = name;
    s->named[id / 64] |= (uint64_t)1 << (id % 64);
  }
  return KN_OK;
}

/* ---------------------------------------------------- event numbers */

/* The number after the last '#' of an id, as tonumber(id:match("#(%d+)$"))
** reads it (or 0): an integer when it fits, else a float. */
static void event_num(const char *p, size_t n, int64_t *num, uint8_t *isfloat) {
  size_t h = n;
  while (h > 0 && p[h - 1] >= '0' && p[h - 1] <= '9') h--;
  *num = 0; *isfloat = 0;
  if (h == n || h == 0 || p[h - 1] != '#') return;
  uint64_t a = 0;
  for (size_t i = h; i < n; i++) {
    unsigned d = (unsigned)(p[i] - '0');
    if (a > (uint64_t)INT64_MAX / 10 || (a == (uint64_t)INT64_MAX / 10 && d > (unsigned)(INT64_MAX % 10))) {
      /* too large for an integer: a float, as strtod reads it */
      char tmp[400];
      size_t k = n - h < sizeof tmp - 1 ? n - h : sizeof tmp - 1;
      memcpy(tmp, p + h, k);
      tmp[k] = 0;
      double v = k < n - h ? HUGE_VAL : strtod(tmp, NULL);
      memcpy(num, &v, sizeof v);
      *isfloat = 1;
      return;
    }
    a = a * 10 + d;
  }
  *num = (int64_t)a;
}

/* Lua's tostring of a number (LUAI_NUMFFORMAT "%.14g", ".0" after an
** integral float). */
static size_t fmt_num(char *out, size_t cap, int64_t i, int isfloat) {
  int w;
  if (!isfloat && cap >= 21) {
    /* by hand: every record's event id is rebuilt so (snprintf was a
    ** tenth of writing a timeline) */
    char d[24], *p = kn_i64_dec(i, d + sizeof d);
    size_t n = (size_t)(d + sizeof d - p);
    memcpy(out, p, n);
    out[n] = 0;
    return n;
  }
  if (!isfloat) w = snprintf(out, cap, "%lld", (long long)i);
  else {
    double v;
    memcpy(&v, &i, sizeof v);
    if (v != v) w = snprintf(out, cap, "%s", (v > 0) ? "nan" : "-nan");
    else if (v == HUGE_VAL) w = snprintf(out, cap, "inf");
    else if (v == -HUGE_VAL) w = snprintf(out, cap, "-inf");
    else {
      w = snprintf(out, cap, "%.14g", v);
      if (w > 0 && (size_t)w < cap - 2 && out[strspn(out, "-0123456789")] == 0) { out[w++] = '.'; out[w++] = '0'; out[w] = 0; }
    }
  }
  return w > 0 ? (size_t)w : 0;
}

/* Is the event id "<doc>#<n>" exactly, n as printed? */
static int canonical_event(const kn_tl_store *s, uint32_t doc, const char *p, size_t n, int64_t num, int isfloat) {
  size_t dl = s->len[doc];
  if (isfloat || n <= dl + 1 || memcmp(p, s->buf + s->off[doc], dl) != 0 || p[dl] != '#') return 0;
  char d[32];
  size_t k = fmt_num(d, sizeof d, num, 0);
  return n - dl - 1 == k && memcmp(p + dl + 1, d, k) == 0;
}

static kn_status new_record(kn_tl_store *s, trec **out) {
  if (s->nrec >= 0x7ffffff0u) return KN_ERANGE;
  if (s->nrec >= s->caprec && kn_grow(s->f, s->ud, (void **)&s->rec, &s->caprec, s->nrec + 1, sizeof(trec)))
    return KN_ENOMEM;
  *out = &s->rec[s->nrec];
  memset(*out, 0, sizeof(trec));
  return KN_OK;
}

static kn_status set_event(kn_tl_store *s, trec *r, const char *p, size_t n) {
  /* nearly always "<doc>#<n>", n printed as it is (no leading zero, 18
  ** digits at most, so an integer): what the general path finds, at once */
  size_t dl = s->len[r->doc];
  if (n > dl + 1 && n - dl - 1 <= 18 && p[dl] == '#' && (p[dl + 1] != '0' || n == dl + 2) &&
      memcmp(p, s->buf + s->off[r->doc], dl) == 0) {
    int64_t v = 0;
    size_t i = dl + 1;
    for (; i < n && p[i] >= '0' && p[i] <= '9'; i++) v = v * 10 + (p[i] - '0');
    if (i == n) { r->evnum = v; r->evfloat = 0; r->event = KN_TL_NONE; return KN_OK; }
  }
  event_num(p, n, &r->evnum, &r->evfloat);
  r->event = KN_TL_NONE;
  if (canonical_event(s, r->doc, p, n, r->evnum, r->evfloat)) return KN_OK;
  return kn_tl_intern(s, p, n, &r->event);
}

static void set_num(int64_t *v, uint8_t *kind, const kn_tl_num *x) {
  *kind = x->kind;
  if (x->kind == KN_TL_FLOAT) memcpy(v, &x->f, sizeof x->f);
  else *v = x->kind == KN_TL_INT ? x->i : 0;
}

static kn_status push_u32(kn_tl_store *s, uint32_t **arr, size_t *n, size_t *cap, const uint32_t *v, size_t k) {
  if (*n + k > 0xfffffff0u) return KN_ERANGE;
  if (*n + k > *cap && kn_grow(s->f, s->ud, (void **)arr, cap, *n + k, sizeof(uint32_t))) return KN_ENOMEM;
  if (k) memcpy(*arr + *n, v, k * sizeof(uint32_t));
  *n += k;
  return KN_OK;
}

static int valid_id(const kn_tl_store *s, uint32_t id) { return id == KN_TL_NONE || id < s->nstr; }

kn_status kn_tl_add_record(kn_tl_store *s, const kn_tl_record *in) {
  const uint32_t ids[] = { in->doc, in->type, in->modality, in->date, in->date_end, in->location,
    in->series, in->published, in->source };
  for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) if (!valid_id(s, ids[i])) return KN_EINVAL;
  if (in->doc == KN_TL_NONE || in->type == KN_TL_NONE || in->modality == KN_TL_NONE || in->source == KN_TL_NONE ||
      !in->event)
    return KN_EINVAL;
  for (size_t i = 0; i < in->nparts; i++) if (in->parts[i] >= s->nstr) return KN_EINVAL;
  for (size_t i = 0; i < 2 * in->naliases; i++) if (in->aliases[i] >= s->nstr) return KN_EINVAL;
  for (size_t i = 0; i < 2 * in->nnames; i++) if (in->names[i] >= s->nstr) return KN_EINVAL;
  trec *r;
  kn_status st = new_record(s, &r);
  if (st) return st;
  r->doc = in->doc; r->type = in->type; r->modality = in->modality; r->date = in->date;
  r->date_end = in->date_end; r->location = in->location; r->series = in->series;
  r->lent = (uint8_t)(in->series_lent && in->series != KN_TL_NONE);
  r->head = (uint8_t)(in->head > 0 && in->head < KN_HEAD_N ? in->head : KN_HEAD_NONE);
  r->published = in->published; r->source = in->source;
  set_num(&r->sent, &r->sentkind, &in->sentence);
  if ((st = set_event(s, r, in->event, in->event_len))) return st;
  r = &s->rec[s->nrec];                 /* interning may not move records, but be plain */
  r->part = (uint32_t)s->nparts; r->npart = (uint32_t)in->nparts;
  if ((st = push_u32(s, &s->parts, &s->nparts, &s->capparts, in->parts, in->nparts))) return st;
  r->al = (uint32_t)s->npairs; r->nal = in->has_aliases ? (uint32_t)in->naliases : KN_TL_NONE;
  if ((st = push_u32(s, &s->pairs, &s->npairs, &s->cappairs, in->aliases, 2 * in->naliases))) return st;
  r->nm = (uint32_t)s->npairs; r->nnm = in->has_names ? (uint32_t)in->nnames : KN_TL_NONE;
  if ((st = push_u32(s, &s->pairs, &s->npairs, &s->cappairs, in->names, 2 * in->nnames))) return st;
  s->nrec++;
  return KN_OK;
}

kn_status kn_tl_get_record(kn_tl_store *s, size_t i, kn_tl_record *out) {
  const trec *r = &s->rec[i];
  memset(out, 0, sizeof *out);
  out->doc = r->doc; out->type = r->type; out->modality = r->modality; out->date = r->date;
  out->date_end = r->date_end; out->location = r->location; out->series = r->series;
  out->series_lent = r->lent;
  out->head = r->head;
  out->published = r->published; out->source = r->source;
  out->sentence.kind = r->sentkind;
  if (r->sentkind == KN_TL_FLOAT) memcpy(&out->sentence.f, &r->sent, sizeof(double));
  else out->sentence.i = r->sent;
  if (r->event != KN_TL_NONE) out->event = kn_tl_str(s, r->event, &out->event_len);
  else {
    size_t dl = s->len[r->doc];
    if (kn_grow(s->f, s->ud, (void **)&s->evbuf, &s->capevbuf, dl + 32, 1)) return KN_ENOMEM;
    memcpy(s->evbuf, s->buf + s->off[r->doc], dl);
    s->evbuf[dl] = '#';
    size_t k = fmt_num(s->evbuf + dl + 1, 31, r->evnum, 0);
    out->event = s->evbuf; out->event_len = dl + 1 + k;
  }
  /* (no array before the first list with an item: NULL + 0 is UB) */
  out->parts = s->parts ? s->parts + r->part : NULL; out->nparts = r->npart;
  out->has_aliases = r->nal != KN_TL_NONE;
  out->aliases = s->pairs ? s->pairs + r->al : NULL; out->naliases = out->has_aliases ? r->nal : 0;
  out->has_names = r->nnm != KN_TL_NONE;
  out->names = s->pairs ? s->pairs + r->nm : NULL; out->nnames = out->has_names ? r->nnm : 0;
  return KN_OK;
}

/* ------------------------------------------------------------ sorting */

/* Ids sorted with a comparison function (stable). */
typedef int (*id_less_fn)(const void *cx, uint32_t a, uint32_t b);
typedef struct id_order { id_less_fn less; const void *cx; } id_order;
#define ID_LESS(o, a, b) ((o)->less((o)->cx, *(a), *(b)))
STABLE_SORT(msort_ids_by, uint32_t, const id_order *, ID_LESS)

static void msort_ids(uint32_t *v, uint32_t *tmp, size_t n, id_less_fn less, const void *cx) {
  id_order o = { less, cx };
  msort_ids_by(&o, v, tmp, n);
}

/* Ids in byte order of their strings, the comparison inlined: every
** string of a build is ranked so */
#define BYTES_LESS(s, a, b) (str_cmp((s), *(a), *(b)) < 0)
STABLE_SORT(sort_by_bytes, uint32_t, const kn_tl_store *, BYTES_LESS)

static kn_status scratch(kn_tl_store *s, size_t n) {
  if (kn_grow(s->f, s->ud, (void **)&s->tmp, &s->captmp, n, sizeof(uint32_t))) return KN_ENOMEM;
  return KN_OK;
}

/* ---------------------------------------------------------- documents */

static int num_eq(const kn_tl_num *a, const kn_tl_num *b) {
  if (a->kind == KN_TL_NIL || b->kind == KN_TL_NIL) return 0;
  double x = a->kind == KN_TL_INT ? (double)a->i : a->f, y = b->kind == KN_TL_INT ? (double)b->i : b->f;
  if (a->kind == KN_TL_INT && b->kind == KN_TL_INT) return a->i == b->i;
  return x == y;
}

static int num_lt(const kn_tl_num *a, const kn_tl_num *b) {
  if (a->kind == KN_TL_INT && b->kind == KN_TL_INT) return a->i < b->i;
  double x = a->kind == KN_TL_INT ? (double)a->i : a->f, y = b->kind == KN_TL_INT ? (double)b->i : b->f;
  return x < y;
}

/* The last word of a named meeting ("summit" of "NATO summit"): the final
** run of ASCII letters when only white space follows it, lower-cased. */
static int last_word(const char *p, size_t n, size_t *a, size_t *b) {
  size_t e = n;
  while (e > 0 && (p[e - 1] == ' ' || (p[e - 1] >= '\t' && p[e - 1] <= '\r'))) e--;
  size_t st = e;
  while (st > 0 && kn_ascii_letter((unsigned char)p[st - 1])) st--;
  if (st == e) return 0;
  *a = st; *b = e;
  return 1;
}

typedef struct mhead { size_t a, b; const char *text; kn_tl_num start, stop; uint32_t entity; } mhead;
typedef struct msent { kn_tl_num sentence; uint32_t entity; int several; } msent;

static int word_is(const kn_tl_store *s, const mhead *h, const char *w, size_t wn) {
  /* h's word (lower-cased) == w; w already lower. Not its plural:
  ** "bilateral meetings with Rutte" are meetings of their own, not the
  ** NATO foreign ministers' meeting named before */
  (void)s;
  const char *p = h->text + h->a;
  size_t hn = h->b - h->a;
  if (wn != hn) return 0;
  for (size_t i = 0; i < hn; i++) if (kn_lower((unsigned char)p[i]) != (unsigned char)w[i]) return 0;
  return 1;
}

/* The days event e's date (to its date_end) spans; 0 when it has none. */
static int ev_days(const kn_tl_store *s, const kn_tl_event_in *e, int32_t *first, int32_t *last) {
  int32_t a, b;
  if (e->date == KN_TL_NONE || kn_date_range(s->buf + s->off[e->date], s->len[e->date], first, last) == KN_GRAN_NONE)
    return 0;
  if (e->date_end != KN_TL_NONE && kn_date_range(s->buf + s->off[e->date_end], s->len[e->date_end], &a, &b) != KN_GRAN_NONE &&
      b > *last)
    *last = b;
  return 1;
}

/* Is the named meeting of mention h told, as an event of its own, on days
** apart from event e's, or at another place? Then e's word ("the summit,
** which runs from Tuesday to Wednesday") is not that meeting ("the Group
** of Seven summit in Canada last week"), however near it is named; nor is
** "a summit with Polish President Andrzej Duda in Warsaw" the NATO summit
** in Vilnius told before it. (The places as given: the gazetteer, which
** knows a city inside its country, is not read yet.) */
static int dated_apart(const kn_tl_store *s, const kn_tl_doc_in *d, const mhead *h, const kn_tl_event_in *e) {
  int32_t a0, a1, b0, b1;
  if (h->start.kind == KN_TL_NIL) return 0;
  int dated = ev_days(s, e, &a0, &a1);
  if (!dated && e->location == KN_TL_NONE) return 0;
  for (size_t j = 0; j < d->nev; j++) {
    const kn_tl_event_in *o = &d->ev[j];
    if (o == e || !o->trigger || !num_eq(&o->tstart, &h->start) || !num_eq(&o->tstop, &h->stop)) continue;
    if (dated && ev_days(s, o, &b0, &b1) && (b1 < a0 || a1 < b0)) return 1;
    if (e->location != KN_TL_NONE && o->location != KN_TL_NONE && o->location != e->location) return 1;
  }
  return 0;
}

kn_status kn_tl_add_doc(kn_tl_store *s, const kn_tl_doc_in *d) {
  kn_status st = KN_OK;
  /* every id valid before anything changes */
  if (d->id >= s->nstr || !valid_id(s, d->source) || !valid_id(s, d->published)) return KN_EINVAL;
  for (size_t i = 0; i < d->nm; i++) {
    const kn_tl_mention_in *m = &d->m[i];
    if (!valid_id(s, m->entity) || !valid_id(s, m->holder) || !valid_id(s, m->gholder) ||
        (m->has_text_id && m->text_id >= s->nstr))
      return KN_EINVAL;
#if defined(__GNUC__)
    /* the mentions' entities' attributes, read below: scattered */
    if (m->entity != KN_TL_NONE) __builtin_prefetch(&s->attr[m->entity]);
#endif
  }
  for (size_t i = 0; i < d->nev; i++) {
    const kn_tl_event_in *e = &d->ev[i];
    if (!valid_id(s, e->type) || !valid_id(s, e->modality) || !valid_id(s, e->date) ||
        !valid_id(s, e->date_end) || !valid_id(s, e->location) || !valid_id(s, e->ttext) ||
        e->type == KN_TL_NONE || e->modality == KN_TL_NONE || !e->id)
      return KN_EINVAL;
    for (uint32_t k = 0; k < e->npart; k++) if (d->parts[e->part + k] >= s->nstr) return KN_EINVAL;
  }
  s->err[0] = 0;
  uint32_t stamp = ++s->docstamp;
  if (stamp == 0) {   /* wrapped: forget every stamp */
    for (size_t i = 0; i < s->nstr; i++) s->attr[i].stamp = 0;
    stamp = s->docstamp = 1;
  }
  uint32_t pubday = KN_TL_NONE, source = d->source != KN_TL_NONE ? d->source : d->id;
  if (d->published != KN_TL_NONE) {
    if (s->len[d->published] <= 10) pubday = d->published;
    else if (d->published == s->lastpub) pubday = s->lastday;
    else {
      char tmp[10];
      memcpy(tmp, s->buf + s->off[d->published], 10);
      if ((st = kn_tl_intern(s, tmp, 10, &pubday))) return st;
      s->lastpub = d->published; s->lastday = pubday;
    }
  }
  /* named meetings, printed names, office holders named otherwise; the
  ** small lists below live in the scratch array */
  size_t nmeet = 0, nsent = 0, nhead = 0;
  for (size_t i = 0; i < d->nm; i++) if (d->m[i].kind == KN_TL_M_MEETING) nmeet++;
  mhead *heads = NULL;
  msent *sents = NULL;
  if (nmeet) {
    if (kn_grow(s->f, s->ud, &s->mscr, &s->capmscr, nmeet * (sizeof(mhead) + sizeof(msent)), 1)) return KN_ENOMEM;
    heads = s->mscr;
    sents = (msent *)(void *)((char *)s->mscr + nmeet * sizeof(mhead));
  }
  for (size_t i = 0; i < d->nm; i++) {
    const kn_tl_mention_in *m = &d->m[i];
    if (m->kind == KN_TL_M_MEETING) {
      /* the one named meeting of the sentence (several: none) */
      size_t k = 0;
      while (k < nsent && !num_eq(&sents[k].sentence, &m->sentence)) k++;
      if (m->sentence.kind == KN_TL_NIL) {
        /* no sentence: no lookup can find it */
      } else if (k == nsent) {
        if (m->entity != KN_TL_NONE) { sents[nsent].sentence = m->sentence; sents[nsent].entity = m->entity; sents[nsent].several = 0; nsent++; }
      } else if (!sents[k].several && sents[k].entity != m->entity) sents[k].several = 1;
      const char *t = m->name ? m->name : m->text;
      size_t tn = m->name ? m->name_len : m->text_len, a, b;
      if (t && last_word(t, tn, &a, &b)) {
        heads[nhead].a = a; heads[nhead].b = b; heads[nhead].text = t;
        heads[nhead].start = m->start; heads[nhead].stop = m->stop; heads[nhead].entity = m->entity;
        nhead++;
      }
    }
    if (m->entity == KN_TL_NONE) continue;
    sattr *at = &s->attr[m->entity];
    if (at->stamp != stamp) { at->stamp = stamp; at->pname = KN_TL_NONE; at->alias = KN_TL_NONE; }
    /* (interning may move the attributes: at is fetched again after it) */
    if (m->kind == KN_TL_M_PERSON && at->pname == KN_TL_NONE && !m->is_short && m->text) {
      uint32_t id = m->text_id;
      if (!m->has_text_id && (st = kn_tl_intern(s, m->text, m->text_len, &id))) return st;
      at = &s->attr[m->entity];
      at->pname = id;
    }
    if (at->ent == ENT_UNSET) {
      const char *nm = m->name ? m->name : m->text;
      size_t nl = m->name ? m->name_len : m->text_len;
      uint32_t id = KN_TL_NONE;
      if (nm && (st = kn_tl_intern(s, nm, nl, &id))) return st;
      s->attr[m->entity].ent = id;
      s->named[m->entity / 64] |= (uint64_t)1 << (m->entity % 64);
    }
  }
  /* holders: set after the names, as the mention loop sets them (a holder's
  ** stamp may be fresh here) */
  for (size_t i = 0; i < d->nm; i++) {
    const kn_tl_mention_in *m = &d->m[i];
    if (m->kind != KN_TL_M_OFFICE || m->holder == KN_TL_NONE || pubday == KN_TL_NONE) continue;
    if (m->gholder == KN_TL_NONE || m->gholder == m->holder) continue;
    sattr *at = &s->attr[m->holder];
    if (at->stamp != stamp) { at->stamp = stamp; at->pname = KN_TL_NONE; at->alias = KN_TL_NONE; }
    at->alias = m->gholder;
  }
  for (size_t i = 0; i < d->nev; i++) {
    const kn_tl_event_in *e = &d->ev[i];
    /* the named meeting this event is an instance of */
    uint32_t series = KN_TL_NONE;
    int lent = 0, found_direct = 0;
    if (e->trigger && nmeet) {
      int found = 0;
      for (size_t k = 0; k < d->nm; k++) {
        const kn_tl_mention_in *m = &d->m[k];
        /* the last mention of that span wins, as a table assignment does */
        if (m->kind == KN_TL_M_MEETING && num_eq(&m->start, &e->tstart) && num_eq(&m->stop, &e->tstop))
          series = m->entity;
      }
      if (series != KN_TL_NONE) found = found_direct = 1;
      if (!found && e->sentence.kind != KN_TL_NIL &&
          (str_eq(s, e->type, "meeting", 7) || str_eq(s, e->type, "talks", 5))) {
        for (size_t k = 0; k < nsent; k++)
          if (num_eq(&sents[k].sentence, &e->sentence)) {
            if (!sents[k].several) { series = sents[k].entity; found = 1; lent = 1; }
            break;
          }
        /* lent, unless the trigger is the meeting's own word ("the
        ** summit" beside "the NATO summit"): "Yoon met Stoltenberg at the
        ** NATO summit" tells another meeting than the summit */
        if (lent && e->ttext != KN_TL_NONE) {
          size_t wn = s->len[e->ttext];
          if ((st = kn_grow(s->f, s->ud, (void **)&s->evbuf, &s->capevbuf, wn + 1, 1))) return st;
          for (size_t k = 0; k < wn; k++) s->evbuf[k] = (char)kn_lower((unsigned char)s->buf[s->off[e->ttext] + k]);
          for (size_t k = 0; k < nhead; k++)
            if (heads[k].entity == series && word_is(s, &heads[k], s->evbuf, wn)) { lent = 0; break; }
        }
      }
      if (!found && nhead && e->ttext != KN_TL_NONE) {
        size_t wn = s->len[e->ttext];
        if ((st = kn_grow(s->f, s->ud, (void **)&s->evbuf, &s->capevbuf, wn + 1, 1))) return st;
        for (size_t k = 0; k < wn; k++) s->evbuf[k] = (char)kn_lower((unsigned char)s->buf[s->off[e->ttext] + k]);
        for (size_t k = 0; k < nhead; k++)
          if (heads[k].stop.kind != KN_TL_NIL && e->tstart.kind != KN_TL_NIL &&
              num_lt(&heads[k].stop, &e->tstart) && word_is(s, &heads[k], s->evbuf, wn) &&
              !dated_apart(s, d, &heads[k], e))
            { series = heads[k].entity; lent = 0; }
      }
    }
    trec *r;
    if ((st = new_record(s, &r))) return st;
    r->doc = d->id; r->type = e->type; r->modality = e->modality; r->date = e->date;
    r->date_end = e->date_end; r->location = e->location; r->series = series;
    r->lent = (uint8_t)(lent && series != KN_TL_NONE);
    if (e->ttext == KN_TL_NONE) r->head = KN_HEAD_NONE;
    else if (found_direct) r->head = (uint8_t)kn_meeting_head(s->buf + s->off[e->ttext], s->len[e->ttext], 1);
    else {
      size_t hc = e->ttext % KN_TL_HEADC;
      if (s->headid[hc] != e->ttext) {
        s->headval[hc] = (uint8_t)kn_meeting_head(s->buf + s->off[e->ttext], s->len[e->ttext], 0);
        s->headid[hc] = e->ttext;
      }
      r->head = s->headval[hc];
    }
    r->published = pubday; r->source = source;
    set_num(&r->sent, &r->sentkind, &e->sentence);
    if ((st = set_event(s, r, e->id, e->idlen))) return st;
    /* participants: a holder named otherwise stands for the holder; sorted,
    ** once each */
    const uint32_t *pp = d->parts + e->part;
    size_t np = e->npart, nal = 0, nnm = 0;
    if (6 * np + 1 > s->captmp && (st = scratch(s, 6 * np + 1))) return st;
    uint32_t *canon = s->tmp, *al = s->tmp + np, *nm = s->tmp + 3 * np;
    for (size_t k = 0; k < np; k++) {
      uint32_t p = pp[k];
      const sattr *at = &s->attr[p];
      uint32_t c = at->stamp == stamp ? at->alias : KN_TL_NONE;
      if (c != KN_TL_NONE) { al[2 * nal] = p; al[2 * nal + 1] = c; nal++; p = c; }
      canon[k] = p;
    }
    if (np <= 16) {
      /* a few: insertion (ids of the same bytes are the same id) */
      for (size_t k = 1; k < np; k++) {
        uint32_t v = canon[k];
        size_t j = k;
        while (j > 0 && str_cmp(s, canon[j - 1], v) > 0) { canon[j] = canon[j - 1]; j--; }
        canon[j] = v;
      }
    } else {
      if (kn_grow(s->f, s->ud, (void **)&s->tmp2, &s->captmp2, np + 1, sizeof(uint32_t))) return KN_ENOMEM;
      sort_by_bytes(s, canon, s->tmp2, np);
    }
    size_t w = 0;
    for (size_t k = 0; k < np; k++) if (w == 0 || canon[w - 1] != canon[k]) canon[w++] = canon[k];
    for (size_t k = 0; k < np; k++) {
      uint32_t p = pp[k];
      const sattr *at = &s->attr[p];
      if (at->stamp == stamp && at->pname != KN_TL_NONE) { nm[2 * nnm] = p; nm[2 * nnm + 1] = at->pname; nnm++; }
      uint32_t c = at->stamp == stamp ? at->alias : KN_TL_NONE;
      if (c != KN_TL_NONE && s->attr[c].stamp == stamp && s->attr[c].pname != KN_TL_NONE) {
        nm[2 * nnm] = c; nm[2 * nnm + 1] = s->attr[c].pname; nnm++;
      }
    }
    /* maps: one pair a key (the same key has the same value here) */
    size_t wa = 0, wn2 = 0;
    for (size_t k = 0; k < nal; k++) {
      size_t j = 0;
      while (j < wa && al[2 * j] != al[2 * k]) j++;
      if (j == wa) { al[2 * wa] = al[2 * k]; al[2 * wa + 1] = al[2 * k + 1]; wa++; }
    }
    for (size_t k = 0; k < nnm; k++) {
      size_t j = 0;
      while (j < wn2 && nm[2 * j] != nm[2 * k]) j++;
      if (j == wn2) { nm[2 * wn2] = nm[2 * k]; nm[2 * wn2 + 1] = nm[2 * k + 1]; wn2++; }
    }
    r = &s->rec[s->nrec];
    r->part = (uint32_t)s->nparts; r->npart = (uint32_t)w;
    r->al = (uint32_t)s->npairs; r->nal = wa ? (uint32_t)wa : KN_TL_NONE;
    r->nm = (uint32_t)(s->npairs + 2 * wa); r->nnm = wn2 ? (uint32_t)wn2 : KN_TL_NONE;
    if ((st = push_u32(s, &s->parts, &s->nparts, &s->capparts, canon, w))) return st;
    if (wa && (st = push_u32(s, &s->pairs, &s->npairs, &s->cappairs, al, 2 * wa))) return st;
    if (wn2 && (st = push_u32(s, &s->pairs, &s->npairs, &s->cappairs, nm, 2 * wn2))) return st;
    s->nrec++;
  }
  return KN_OK;
}

/* ---------------------------------------------------------- gazetteer */

static kn_status need(kn_tl_store *s, uint32_t id) {
  if (id == KN_TL_NONE || s->attr[id].gstate) return KN_OK;
  s->attr[id].gstate = 1;
  return push_u32(s, &s->tmp2, &s->nneed, &s->captmp2, &id, 1);
}

kn_status kn_tl_gaz_needs(kn_tl_store *s, int restart, const uint32_t **ids, size_t *n) {
  kn_status st = KN_OK;
  *ids = NULL; *n = 0;
  if (restart) {
    for (size_t i = 0; i < s->nstr; i++) {
      s->attr[i].gstate = 0;
      s->attr[i].gname = s->attr[i].gtype = s->attr[i].gof = KN_TL_NONE;
    }
    s->nneed = 0;
    for (size_t i = 0; i < s->nrec && !st; i++) {
      const trec *r = &s->rec[i];
      for (uint32_t k = 0; k < r->npart && !st; k++) st = need(s, s->parts[r->part + k]);
      if (!st) st = need(s, r->location);
      if (r->nal != KN_TL_NONE)
        for (uint32_t k = 0; k < r->nal && !st; k++) st = need(s, s->pairs[r->al + 2 * k]);
    }
    if (st) return st;
  }
  /* the batch: what was asked since the last call (set's containers) */
  if (kn_grow(s->f, s->ud, (void **)&s->need, &s->capneed, s->nneed + 1, sizeof(uint32_t))) return KN_ENOMEM;
  if (s->nneed) memcpy(s->need, s->tmp2, s->nneed * sizeof(uint32_t));
  *ids = s->need; *n = s->nneed;
  s->nneed = 0;
  return KN_OK;
}

kn_status kn_tl_gaz_set(kn_tl_store *s, uint32_t id, int known, uint32_t name, uint32_t type, uint32_t of) {
  if (id >= s->nstr || !valid_id(s, name) || !valid_id(s, type) || !valid_id(s, of)) return KN_EINVAL;
  sattr *a = &s->attr[id];
  a->gstate = known ? 2 : 3;
  a->gname = known ? name : KN_TL_NONE;
  a->gtype = known ? type : KN_TL_NONE;
  a->gof = known ? of : KN_TL_NONE;
  /* what contains it: places up their chain, a person's country */
  return known ? need(s, of) : KN_OK;
}

/* -------------------------------------------------------------- build */

static const char *const TYPE_TITLES[] = { "Event", "Meeting", "Talks", "Call", "Visit", "Briefing",
  "Statement", "Agreement", "Invitation", "Deployment", "Exercise", "Weapons test", "Ruling", "Event" };

/* A set or counter keyed by string ids, reset for each cluster by a stamp.
** A key's stamp and value side by side: one cache line a key (the ids of a
** cluster's participants and sources are scattered over the string table,
** and two arrays were two misses a key). */
typedef struct smslot { uint32_t stamp, val; } smslot;
typedef struct smap { smslot *sv; uint32_t *keys; size_t nkeys, size; uint32_t cur; } smap;

enum { M_TYPE, M_DAY, M_COARSE, M_LOC, M_SRC, M_PART, M_HOLDER, M_END, M_USED, NMAPS };

typedef struct bctx {
  kn_tl_store *s;
  kn_alloc f; void *ud;
  size_t nstr, n;
  uint32_t *rank;
  uint8_t *dgran, *trank; int32_t *dfirst, *dlast; uint32_t *dday;
  uint8_t *person;                               /* 0 not looked at, 1 "person/...", 2 "country/...",
                                                 ** 3 "org/...", 4 another */
  uint32_t *printed;
  smap m[NMAPS];
  uint32_t *pairs; size_t npairs, cappairs;      /* (key, doc) scratch for conflict values */
  int32_t *until; size_t capuntil;               /* for days: the last day pair i's record runs to */
  kn_tl_result *r;
  size_t capent, capids, capconf, capval, captext;
} bctx;

static int sm_has(const smap *m, uint32_t k) { return m->sv[k].stamp == m->cur; }
static uint32_t sm_val(const smap *m, uint32_t k) { return m->sv[k].val; }
static void sm_add(smap *m, uint32_t k, uint32_t inc) {
  smslot *v = &m->sv[k];
  if (v->stamp != m->cur) { v->stamp = m->cur; v->val = 0; m->keys[m->nkeys++] = k; }
  v->val += inc;
}
static void sm_reset(smap *m) {
  m->nkeys = 0;
  if (++m->cur == 0) {   /* wrapped: no stale stamp may match */
    memset(m->sv, 0, m->size * sizeof(smslot));
    m->cur = 1;
  }
}

/* Ids in byte order by their ranks: the participants and sources of every
** entry, so the comparison is inlined (through msort_ids' function pointer
** it was a call a comparison, two thirds of the sort) */
#define RANK_LESS(rank, a, b) ((rank)[*(a)] < (rank)[*(b)])
STABLE_SORT(sort_by_rank, uint32_t, const uint32_t *, RANK_LESS)

/* Output arrays */
static kn_status out_ids(bctx *b, const uint32_t *v, size_t k, uint32_t *at) {
  kn_tl_result *r = b->r;
  if (r->nids + k > 0xfffffff0u) return KN_ERANGE;
  if (kn_grow(b->f, b->ud, (void **)&r->ids, &b->capids, r->nids + k, sizeof(uint32_t))) return KN_ENOMEM;
  if (k) memcpy(r->ids + r->nids, v, k * sizeof(uint32_t));
  *at = (uint32_t)r->nids;
  r->nids += k;
  return KN_OK;
}

static kn_status out_text(bctx *b, const char *p, size_t k) {
  kn_tl_result *r = b->r;
  if (r->ntext + k > 0xfffffff0u) return KN_ERANGE;
  if (kn_grow(b->f, b->ud, (void **)&r->text, &b->captext, r->ntext + k, 1)) return KN_ENOMEM;
  memcpy(r->text + r->ntext, p, k);
  r->ntext += k;
  return KN_OK;
}

static kn_status out_str(bctx *b, uint32_t id) {
  size_t n;
  const char *p = kn_tl_str(b->s, id, &n);
  return out_text(b, p, n);
}

/* The name an entry gives an entity: the gazetteer's, else the smallest
** name a record prints, else the name its mentions gave, else the id
** (ENT_UNSET/NONE when the gazetteer's entity has none). */
static uint32_t ent_name(const bctx *b, uint32_t id) {
  const sattr *a = &b->s->attr[id];
  if (a->gstate == 2) return a->gname;
  if (b->printed[id] != KN_TL_NONE) return b->printed[id];
  if (a->ent != ENT_UNSET && a->ent != KN_TL_NONE) return a->ent;
  return id;
}

static uint32_t name_or_id(const bctx *b, uint32_t id) {
  uint32_t n = ent_name(b, id);
  return n == KN_TL_NONE ? id : n;
}

static uint32_t ent_type(const bctx *b, uint32_t id) {
  const kn_tl_store *s = b->s;
  const sattr *a = &s->attr[id];
  if (a->gstate == 2) return a->gtype;
  size_t n;
  const char *p = kn_tl_str(s, id, &n);
  size_t k = 0;
  while (k < n && p[k] >= 'a' && p[k] <= 'z') k++;
  if (k > 0 && k < n && p[k] == '/') {
    if (k == 6 && !memcmp(p, "person", 6)) return s->k_person;
    if (k == 3 && !memcmp(p, "org", 3)) return s->k_org;
    if (k == 7 && !memcmp(p, "country", 7)) return s->k_country;
    if (k == 8 && !memcmp(p, "location", 8)) return s->k_location;
    if (k == 7 && !memcmp(p, "meeting", 7)) return s->k_meeting;
    if (k == 6 && !memcmp(p, "office", 6)) return s->k_office;
  }
  return s->k_person;
}

/* Is place a inside place b (or the same), up the gazetteer's chain (12
** steps, as the Lua layer counted them)? */
static int inside(const kn_tl_store *s, uint32_t a, uint32_t b) {
  uint32_t x = a;
  for (int depth = 0; x != KN_TL_NONE && depth < 12; depth++) {
    if (x == b) return 1;
    x = s->attr[x].gstate == 2 ? s->attr[x].gof : KN_TL_NONE;
  }
  return 0;
}

static uint32_t country_of(const kn_tl_store *s, uint32_t p) {
  const sattr *a = &s->attr[p];
  if (a->gstate != 2 || (a->gtype != s->k_person && a->gtype != s->k_org) || a->gof == KN_TL_NONE) return KN_TL_NONE;
  const sattr *c = &s->attr[a->gof];
  return c->gstate == 2 && c->gtype == s->k_country ? a->gof : KN_TL_NONE;
}

static int type_rank(const kn_tl_store *s, uint32_t type) {
  size_t n;
  const char *p = kn_tl_str(s, type, &n);
  int t = kn_event_type_parse(p, n);
  return t ? t : 99;
}

/* (key, doc) pairs -> conflict values: keys in byte order, each with its
** documents once, in byte order. */
static int less_pair(const void *cx, uint32_t a, uint32_t b) {
  const bctx *x = cx;
  const uint32_t *p = x->pairs;
  if (p[2 * a] != p[2 * b]) return x->rank[p[2 * a]] < x->rank[p[2 * b]];
  return x->rank[p[2 * a + 1]] < x->rank[p[2 * b + 1]];
}

static kn_status add_pair(bctx *b, uint32_t key, uint32_t doc) {
  if (kn_grow(b->f, b->ud, (void **)&b->pairs, &b->cappairs, 2 * b->npairs + 2, sizeof(uint32_t))) return KN_ENOMEM;
  b->pairs[2 * b->npairs] = key;
  b->pairs[2 * b->npairs + 1] = doc;
  b->npairs++;
  return KN_OK;
}

/* Does a document's group of pairs (ord[g0 .. g1)) give a place inside
** place k, other than k? Then k is not where that document puts the
** event, only the wider place around it: a preview "in North Korea" and
** "in Pyongyang" puts it in Pyongyang, against another's Wonsan. */
static int has_inner(const bctx *b, const uint16_t *ord, size_t g0, size_t g1, uint32_t k) {
  for (size_t i = g0; i < g1; i++) {
    uint32_t o = b->pairs[2 * ord[i]];
    if (o != k && inside(b->s, o, k)) return 1;
  }
  return 0;
}

/* Do two documents disagree on the (key, doc) pairs gathered? Two
** documents agree when they share a key (for places, when one place is
** inside or equal to the other: places = 1); one document giving several
** keys is one report of a thing that spans them (a drill over three days),
** not outlets contradicting each other; but of one document's places, one
** around another it gives is not compared (has_inner). Past 256 pairs, any
** two keys count as a disagreement (the test is quadratic). */
static int docs_disagree(const bctx *b, int places, const int32_t *until) {
  const uint32_t *p = b->pairs;
  size_t n = b->npairs;
  if (n > 256) return 1;
  /* the pairs grouped by document (insertion sort of their indices), then
  ** every two groups compared once: at most n * n key tests */
  uint16_t ord[256];
  for (size_t i = 0; i < n; i++) {
    size_t j = i;
    while (j > 0 && p[2 * ord[j - 1] + 1] > p[2 * i + 1]) { ord[j] = ord[j - 1]; j--; }
    ord[j] = (uint16_t)i;
  }
  /* outer[i]: of its document's places, ord[i]'s holds another (has_inner,
  ** tested once a pair, not once a pair of pairs) */
  uint8_t outer[256];
  for (size_t g0 = 0; places && g0 < n;) {
    size_t g1 = g0;
    while (g1 < n && p[2 * ord[g1] + 1] == p[2 * ord[g0] + 1]) g1++;
    for (size_t i = g0; i < g1; i++) outer[i] = (uint8_t)has_inner(b, ord, g0, g1, p[2 * ord[i]]);
    g0 = g1;
  }
  for (size_t a0 = 0; a0 < n;) {
    size_t a1 = a0;
    while (a1 < n && p[2 * ord[a1] + 1] == p[2 * ord[a0] + 1]) a1++;
    for (size_t b0 = a1; b0 < n;) {
      size_t b1 = b0;
      while (b1 < n && p[2 * ord[b1] + 1] == p[2 * ord[b0] + 1]) b1++;
      int share = 0;
      for (size_t x = a0; x < a1 && !share; x++) {
        if (places && outer[x]) continue;
        for (size_t y = b0; y < b1 && !share; y++) {
          uint32_t ka = p[2 * ord[x]], kb = p[2 * ord[y]];
          if (places && outer[y]) continue;
          share = ka == kb || (places && (inside(b->s, ka, kb) || inside(b->s, kb, ka))) ||
                  (until && ((b->dfirst[kb] >= b->dfirst[ka] && b->dfirst[kb] <= until[ord[x]]) ||
                             (b->dfirst[ka] >= b->dfirst[kb] && b->dfirst[ka] <= until[ord[y]])));
        }
      }
      if (!share) return 1;
      b0 = b1;
    }
    a0 = a1;
  }
  return 0;
}

static kn_status out_conflict(bctx *b, uint32_t field, kn_tl_entry *e) {
  kn_tl_store *s = b->s;
  kn_tl_result *r = b->r;
  size_t np = b->npairs;
  kn_status st;
  if ((st = scratch(s, 2 * np + 2))) return st;
  uint32_t *ord = s->tmp, *tmp = s->tmp + np;
  for (size_t i = 0; i < np; i++) ord[i] = (uint32_t)i;
  msort_ids(ord, tmp, np, less_pair, b);
  if (kn_grow(b->f, b->ud, (void **)&r->conf, &b->capconf, r->nconf + 1, sizeof(kn_tl_conflict))) return KN_ENOMEM;
  kn_tl_conflict *c = &r->conf[r->nconf];
  c->field = field; c->value = (uint32_t)r->nval; c->nvalue = 0;
  for (size_t i = 0; i < np;) {
    uint32_t key = b->pairs[2 * ord[i]];
    if (kn_grow(b->f, b->ud, (void **)&r->val, &b->capval, r->nval + 1, sizeof(kn_tl_value))) return KN_ENOMEM;
    kn_tl_value *v = &r->val[r->nval];
    v->key = key; v->doc = (uint32_t)r->nids; v->ndoc = 0;
    for (; i < np && b->pairs[2 * ord[i]] == key; i++) {
      uint32_t doc = b->pairs[2 * ord[i] + 1];
      if (v->ndoc && r->ids[r->nids - 1] == doc) continue;
      uint32_t at;
      if ((st = out_ids(b, &doc, 1, &at))) return st;
      v->ndoc++;
    }
    r->nval++;
    c->nvalue++;
  }
  r->nconf++;
  e->nconf++;
  b->npairs = 0;
  return KN_OK;
}

static int rec_has_alias_to(const kn_tl_store *s, const trec *r, uint32_t holder) {
  if (r->nal == KN_TL_NONE) return 0;
  for (uint32_t k = 0; k < r->nal; k++) if (s->pairs[r->al + 2 * k + 1] == holder) return 1;
  return 0;
}

static uint32_t rec_name(const kn_tl_store *s, const trec *r, uint32_t id) {
  if (r->nnm == KN_TL_NONE) return KN_TL_NONE;
  for (uint32_t k = 0; k < r->nnm; k++) if (s->pairs[r->nm + 2 * k] == id) return s->pairs[r->nm + 2 * k + 1];
  return KN_TL_NONE;
}

/* One entry from the records of a cluster (mem: record numbers in
** canonical order). */
static kn_status aggregate(bctx *b, const uint32_t *mem, size_t k) {
  kn_tl_store *s = b->s;
  kn_tl_result *r = b->r;
  kn_status st;
  for (int i = 0; i < NMAPS; i++) if (i != M_USED) sm_reset(&b->m[i]);
  smap *types = &b->m[M_TYPE], *days = &b->m[M_DAY], *coarse = &b->m[M_COARSE], *locs = &b->m[M_LOC];
  smap *srcs = &b->m[M_SRC], *parts = &b->m[M_PART];
  int occurred = 0, reported = 0;
  uint32_t first = KN_TL_NONE;
  size_t nends = 0;
  for (size_t i = 0; i < k; i++) {
    const trec *x = &s->rec[mem[i]];
    sm_add(types, x->type, 1);
    if (x->date != KN_TL_NONE) {
      int g = b->dgran[x->date];
      if (g == KN_GRAN_DAY) {
        sm_add(days, b->dday[x->date], 1);
        if (x->date_end != KN_TL_NONE) nends++;
      } else if (g != KN_GRAN_NONE) sm_add(coarse, x->date, 1);
    }
    if (x->location != KN_TL_NONE) sm_add(locs, x->location, 1);
    if (x->modality == s->k_occurred) occurred = 1;
    else if (x->modality == s->k_reported) reported = 1;
    for (uint32_t j = 0; j < x->npart; j++) sm_add(parts, s->parts[x->part + j], 1);
    sm_add(srcs, x->source, 1);
    if (x->published != KN_TL_NONE && (first == KN_TL_NONE || b->rank[x->published] < b->rank[first])) first = x->published;
  }
  if (kn_grow(b->f, b->ud, (void **)&r->entries, &b->capent, r->nentries + 1, sizeof(kn_tl_entry))) return KN_ENOMEM;
  kn_tl_entry *e = &r->entries[r->nentries];
  memset(e, 0, sizeof *e);
  /* the type most records give (ties: the first in SCHEMA's order) */
  uint32_t type = KN_TL_NONE, tn = 0;
  int trank = 0;
  for (size_t i = 0; i < types->nkeys; i++) {
    uint32_t t = types->keys[i], n = sm_val(types, t);
    int tr = b->trank[t];
    if (type == KN_TL_NONE || n > tn || (n == tn && (tr < trank || (tr == trank && b->rank[t] < b->rank[type])))) {
      type = t; tn = n; trank = tr;
    }
  }
  e->type = type;
  /* the most specific date most sources give: the day most records give
  ** (ties: the earliest), its end likewise; else the most specific period */
  uint32_t date = KN_TL_NONE, dn = 0;
  for (size_t i = 0; i < days->nkeys; i++) {
    uint32_t d = days->keys[i], n = sm_val(days, d);
    if (date == KN_TL_NONE || n > dn || (n == dn && b->rank[d] < b->rank[date])) { date = d; dn = n; }
  }
  uint32_t date_end = KN_TL_NONE;
  uint32_t nend_values = 0;
  if (date != KN_TL_NONE && nends) {
    /* counts of the ends given with that day */
    b->npairs = 0;
    for (size_t i = 0; i < k; i++) {
      const trec *x = &s->rec[mem[i]];
      if (x->date != KN_TL_NONE && b->dgran[x->date] == KN_GRAN_DAY && b->dday[x->date] == date &&
          x->date_end != KN_TL_NONE) {
        if ((st = add_pair(b, x->date_end, 0))) return st;
        sm_add(&b->m[M_END], x->date_end, 1);
      }
    }
    /* tally by sorting the ends */
    size_t np = b->npairs;
    if ((st = scratch(s, 2 * np + 2))) return st;
    uint32_t *v = s->tmp, *tmp = s->tmp + np;
    for (size_t i = 0; i < np; i++) v[i] = b->pairs[2 * i];
    sort_by_rank(b->rank, v, tmp, np);
    uint32_t best = KN_TL_NONE, bn = 0;
    for (size_t i = 0; i < np;) {
      size_t j = i;
      while (j < np && v[j] == v[i]) j++;
      nend_values++;
      if ((uint32_t)(j - i) > bn) { best = v[i]; bn = (uint32_t)(j - i); }
      i = j;
    }
    date_end = best;
    b->npairs = 0;
  }
  if (date == KN_TL_NONE) {
    int brank = 0;
    uint32_t bn = 0;
    for (size_t i = 0; i < coarse->nkeys; i++) {
      uint32_t d = coarse->keys[i], n = sm_val(coarse, d);
      int g = b->dgran[d];
      if (date == KN_TL_NONE || g < brank || (g == brank && (n > bn || (n == bn && b->rank[d] < b->rank[date])))) {
        date = d; brank = g; bn = n;
      }
    }
  }
  e->date = date; e->date_end = date_end;
  e->modality = occurred ? KN_MOD_OCCURRED : reported ? KN_MOD_REPORTED : KN_MOD_PLANNED;
  {
    size_t tl;
    const char *tp = kn_tl_str(s, type, &tl);
    int te = kn_event_type_parse(tp, tl);
    if (!te) return einval(s, "unknown event type '%s'", tp, tl);
    e->cameo = kn_event_cameo(te, e->modality);
  }
  /* participants, sources: sorted */
  if ((st = scratch(s, 2 * (parts->nkeys + srcs->nkeys) + 2))) return st;
  uint32_t *tmp = s->tmp + parts->nkeys + srcs->nkeys;
  memcpy(s->tmp, parts->keys, parts->nkeys * sizeof(uint32_t));
  sort_by_rank(b->rank, s->tmp, tmp, parts->nkeys);
  if ((st = out_ids(b, s->tmp, parts->nkeys, &e->part))) return st;
  e->npart = (uint32_t)parts->nkeys;
  memcpy(s->tmp, srcs->keys, srcs->nkeys * sizeof(uint32_t));
  sort_by_rank(b->rank, s->tmp, tmp, srcs->nkeys);
  if ((st = out_ids(b, s->tmp, srcs->nkeys, &e->src))) return st;
  e->nsrc = (uint32_t)srcs->nkeys;
  if ((st = out_ids(b, mem, k, &e->men))) return st;
  e->nmen = (uint32_t)k;
  /* the place most records give (ties: the first in byte order) */
  uint32_t loc = KN_TL_NONE, ln = 0;
  for (size_t i = 0; i < locs->nkeys; i++) {
    uint32_t l = locs->keys[i], n = sm_val(locs, l);
    if (loc == KN_TL_NONE || n > ln || (n == ln && b->rank[l] < b->rank[loc])) { loc = l; ln = n; }
  }
  e->location = loc;
  e->first_reported = first;
  /* conflicts */
  e->conf = (uint32_t)r->nconf;
  int days_differ = 0;
  if (days->nkeys > 1) {
    for (size_t i = 0; i < k; i++) {
      const trec *x = &s->rec[mem[i]];
      if (x->date == KN_TL_NONE || b->dgran[x->date] != KN_GRAN_DAY) continue;
      if ((st = add_pair(b, b->dday[x->date], x->doc))) return st;
      /* "from June 24 to 25" agrees with "on June 25": a day inside the
      ** range a record gives is no disagreement */
      if (kn_grow(b->f, b->ud, (void **)&b->until, &b->capuntil, b->npairs, sizeof(int32_t))) return KN_ENOMEM;
      int32_t last = b->dfirst[b->dday[x->date]];
      if (x->date_end != KN_TL_NONE && b->dgran[x->date_end] != KN_GRAN_NONE && b->dlast[x->date_end] > last)
        last = b->dlast[x->date_end];
      b->until[b->npairs - 1] = last;
    }
    if (docs_disagree(b, 0, b->until)) {
      days_differ = 1;
      if ((st = out_conflict(b, KN_TL_C_DATE, e))) return st;
    } else b->npairs = 0;
  }
  /* days the documents agree on (one, or each document's days shared),
  ** ends that they do not: "through March 20" and "to March 21" */
  if (!days_differ && date != KN_TL_NONE && nend_values > 1) {
    /* the ends given with that day, and every record whose date starts
    ** with it and gives one of them */
    const char *dp = kn_tl_str(s, date, NULL);   /* a day: 10 bytes */
    for (size_t i = 0; i < k; i++) {
      const trec *x = &s->rec[mem[i]];
      if (x->date == KN_TL_NONE || x->date_end == KN_TL_NONE || !sm_has(&b->m[M_END], x->date_end)) continue;
      size_t xl;
      const char *xp = kn_tl_str(s, x->date, &xl);
      if (xl < 10 || memcmp(xp, dp, 10) != 0) continue;
      if ((st = add_pair(b, x->date_end, x->doc))) return st;
    }
    if ((st = out_conflict(b, KN_TL_C_DATE, e))) return st;
  }
  if (locs->nkeys > 1) {
    int differ = 0;
    for (size_t i = 0; i < locs->nkeys && !differ; i++)
      for (size_t j = i + 1; j < locs->nkeys && !differ; j++) {
        uint32_t a = locs->keys[i], c = locs->keys[j];
        if (!inside(s, a, c) && !inside(s, c, a)) differ = 1;
      }
    if (differ) {
      for (size_t i = 0; i < k; i++) {
        const trec *x = &s->rec[mem[i]];
        if (x->location != KN_TL_NONE && (st = add_pair(b, x->location, x->doc))) return st;
      }
      if (docs_disagree(b, 1, NULL)) {
        if ((st = out_conflict(b, KN_TL_C_LOCATION, e))) return st;
      } else b->npairs = 0;
    }
  }
  /* a person named for an office another held that day */
  int any = 0;
  smap *holders = &b->m[M_HOLDER];
  for (size_t i = 0; i < k; i++) {
    const trec *x = &s->rec[mem[i]];
    if (x->nal == KN_TL_NONE) continue;
    for (uint32_t j = 0; j < x->nal; j++) {
      any = 1;
      sm_add(holders, s->pairs[x->al + 2 * j + 1], 1);
    }
  }
  if (any) {
    /* name pairs first (key = printed name), then participant pairs */
    for (int pass = 0; pass < 2; pass++) {
      for (size_t i = 0; i < k; i++) {
        const trec *x = &s->rec[mem[i]];
        if (x->nal != KN_TL_NONE)
          for (uint32_t j = 0; j < x->nal; j++) {
            uint32_t printed = s->pairs[x->al + 2 * j];
            uint32_t key = printed;
            if (pass == 0) {
              uint32_t nm = rec_name(s, x, printed);
              key = nm != KN_TL_NONE ? nm : name_or_id(b, printed);
            }
            if ((st = add_pair(b, key, x->doc))) return st;
          }
        for (uint32_t j = 0; j < x->npart; j++) {
          uint32_t p = s->parts[x->part + j];
          if (!sm_has(holders, p) || rec_has_alias_to(s, x, p)) continue;
          uint32_t key = p;
          if (pass == 0) {
            uint32_t nm = rec_name(s, x, p);
            key = nm != KN_TL_NONE ? nm : name_or_id(b, p);
          }
          if ((st = add_pair(b, key, x->doc))) return st;
        }
      }
      /* more than one key: a conflict */
      int several = 0;
      for (size_t i = 1; i < b->npairs && !several; i++) several = b->pairs[2 * i] != b->pairs[0];
      if (several) {
        if ((st = out_conflict(b, pass == 0 ? KN_TL_C_NAME : KN_TL_C_PARTICIPANTS, e))) return st;
      }
      b->npairs = 0;
    }
  }
  /* the id: date, type and a hash of the records' "doc#n" */
  {
    uint32_t h = 2166136261u;
    char num[48];
    for (size_t i = 0; i < k; i++) {
      const trec *x = &s->rec[mem[i]];
      size_t dl;
      const char *dp = kn_tl_str(s, x->doc, &dl);
      if (i) { h ^= (unsigned char)'|'; h *= 16777619u; }
      for (size_t j = 0; j < dl; j++) { h ^= (unsigned char)dp[j]; h *= 16777619u; }
      h ^= (unsigned char)'#'; h *= 16777619u;
      size_t nl = fmt_num(num, sizeof num, x->evnum, x->evfloat);
      for (size_t j = 0; j < nl; j++) { h ^= (unsigned char)num[j]; h *= 16777619u; }
    }
    e->id = (uint32_t)r->ntext;
    if (date != KN_TL_NONE) st = out_str(b, date); else st = out_text(b, "undated", 7);
    if (!st) st = out_text(b, "-", 1);
    if (!st) st = out_str(b, type);
    char hex[9];
    hex[0] = '-';
    for (int i = 0; i < 8; i++) hex[1 + i] = "0123456789abcdef"[(h >> (28 - 4 * i)) & 15];   /* "%08x" */
    if (!st) st = out_text(b, hex, 9);
    if (st) return st;
    e->idlen = (uint32_t)(r->ntext - e->id);
  }
  /* a readable title */
  {
    e->title = (uint32_t)r->ntext;
    int te = trank >= 1 && trank <= KN_EV_NTYPES ? trank : 0;
    const char *tt = TYPE_TITLES[te];
    if ((st = out_text(b, tt, strlen(tt)))) return st;
    const uint32_t *pl = r->ids + e->part;
    for (uint32_t i = 0; i < e->npart; i++) {
      if ((st = out_text(b, i ? ", " : ": ", 2))) return st;
      if (i == 4) {
        char more[32];
        int w = snprintf(more, sizeof more, "%u more", (unsigned)(e->npart - 4));
        if ((st = out_text(b, more, (size_t)w))) return st;
        break;
      }
      if ((st = out_str(b, name_or_id(b, pl[i])))) return st;
    }
    if (loc != KN_TL_NONE) {
      if ((st = out_text(b, " (", 2)) || (st = out_str(b, name_or_id(b, loc))) || (st = out_text(b, ")", 1))) return st;
    }
    e->titlelen = (uint32_t)(r->ntext - e->title);
  }
  /* what the entities map will hold */
  smap *used = &b->m[M_USED];
  for (uint32_t i = 0; i < e->npart; i++) sm_add(used, r->ids[e->part + i], 1);
  if (loc != KN_TL_NONE) sm_add(used, loc, 1);
  for (size_t i = 0; i < k; i++) {
    const trec *x = &s->rec[mem[i]];
    for (uint32_t j = 0; j < x->npart; j++) sm_add(used, s->parts[x->part + j], 1);
    if (x->nal != KN_TL_NONE) for (uint32_t j = 0; j < x->nal; j++) sm_add(used, s->pairs[x->al + 2 * j], 1);
  }
  r->nconflicts += e->nconf;
  r->nentries++;
  return KN_OK;
}

/* The canonical order of the records: by document (bytes), event number,
** event id (bytes), then the order they came in. */
typedef struct ckey { uint32_t doc, idx; uint64_t ev; } ckey;

/* The bytes of a record's event id, in up to three pieces (a rebuilt
** "<doc>#<n>" is three). */
typedef struct evstr { const char *p[3]; size_t n[3]; char num[32]; } evstr;

static void ev_pieces(const kn_tl_store *s, const trec *x, evstr *v) {
  if (x->event != KN_TL_NONE) {
    v->p[0] = kn_tl_str(s, x->event, &v->n[0]);
    v->n[1] = v->n[2] = 0; v->p[1] = v->p[2] = "";
    return;
  }
  v->p[0] = kn_tl_str(s, x->doc, &v->n[0]);
  v->p[1] = "#"; v->n[1] = 1;
  v->n[2] = fmt_num(v->num, sizeof v->num, x->evnum, 0);
  v->p[2] = v->num;
}

static int ev_cmp(const kn_tl_store *s, const trec *x, const trec *y) {
  evstr a, b;
  ev_pieces(s, x, &a);
  ev_pieces(s, y, &b);
  int i = 0, j = 0;
  size_t oi = 0, oj = 0;
  for (;;) {
    while (i < 3 && oi == a.n[i]) { i++; oi = 0; }
    while (j < 3 && oj == b.n[j]) { j++; oj = 0; }
    if (i == 3 || j == 3) return (i < 3) - (j < 3);
    unsigned char ca = (unsigned char)a.p[i][oi++], cb = (unsigned char)b.p[j][oj++];
    if (ca != cb) return ca < cb ? -1 : 1;
  }
}

static int ckey_less(const kn_tl_store *s, const uint32_t *rank, const ckey *a, const ckey *b) {
  if (a->doc != b->doc) return a->doc < b->doc;
  if (a->ev != b->ev) return a->ev < b->ev;
  const trec *x = &s->rec[a->idx], *y = &s->rec[b->idx];
  if (a->ev == UINT64_MAX && (x->evfloat || y->evfloat)) {
    /* too large for integers: compare the floats */
    double fx, fy;
    memcpy(&fx, &x->evnum, sizeof fx);
    memcpy(&fy, &y->evnum, sizeof fy);
    if (fx != fy) return fx < fy;
  }
  if (x->event != y->event) {
    if (x->event != KN_TL_NONE && y->event != KN_TL_NONE) return rank[x->event] < rank[y->event];
    int c = ev_cmp(s, x, y);
    if (c) return c < 0;
  }
  return a->idx < b->idx;
}

typedef struct ckey_order { const kn_tl_store *s; const uint32_t *rank; } ckey_order;
#define CKEY_LESS(o, a, b) ckey_less((o)->s, (o)->rank, (a), (b))
STABLE_SORT(sort_ckeys, ckey, const ckey_order *, CKEY_LESS)

/* Entries in order: date, type (SCHEMA's order), id (bytes). Dates as
** the query layer orders them (Query:sort_by): by the first day a date
** covers, then its last (a day before the week, month or year that
** starts with it), then its bytes; a value that names no days
** ("XXXX-07") after those that do. dord: each entry date's place in that
** order (the bytes alone put "2024-W28" after "2024-12-04"). */
typedef struct esort { const kn_tl_result *r; const uint32_t *dord; const uint8_t *trank; } esort;

typedef struct dorder { const uint8_t *gran; const int32_t *first, *last; const uint32_t *rank; } dorder;

static int date_less(const void *cx, uint32_t a, uint32_t b) {
  const dorder *o = cx;
  int na = o->gran[a] == KN_GRAN_NONE, nb = o->gran[b] == KN_GRAN_NONE;
  if (na != nb) return nb;
  if (!na) {
    if (o->first[a] != o->first[b]) return o->first[a] < o->first[b];
    if (o->last[a] != o->last[b]) return o->last[a] < o->last[b];
  }
  return o->rank[a] < o->rank[b];
}


static int entry_less(const void *cx, uint32_t ia, uint32_t ib) {
  const esort *x = cx;
  const kn_tl_entry *a = &x->r->entries[ia], *b = &x->r->entries[ib];
  if (a->date != b->date) {
    if (a->date == KN_TL_NONE || b->date == KN_TL_NONE) return b->date == KN_TL_NONE;   /* dated first */
    return x->dord[a->date] < x->dord[b->date];
  }
  if (a->type != b->type && x->trank[a->type] != x->trank[b->type]) return x->trank[a->type] < x->trank[b->type];
  size_t m = a->idlen < b->idlen ? a->idlen : b->idlen;
  int c = memcmp(x->r->text + a->id, x->r->text + b->id, m);
  if (c) return c < 0;
  return a->idlen < b->idlen;
}

/* The same order from compact keys, sorted in place (the entries are
** 80 bytes and their ids elsewhere: comparing them scattered was a cache
** miss a comparison). k1: the date's rank (undated last) and the type's
** rank; k2: the type and, in the low bits, the 8 hex digits ending the id:
** two entries of one date and one type have ids that differ only there
** (kn_tl_build writes "<date>-<type>-%08x"). Anything else falls back to
** entry_less. */
typedef struct esk { uint64_t k1, k2; uint32_t i; } esk;

static int hexval(const char *p, uint32_t *v) {
  uint32_t x = 0;
  for (int i = 0; i < 8; i++) {
    char c = p[i];
    uint32_t d = c >= '0' && c <= '9' ? (uint32_t)(c - '0') : c >= 'a' && c <= 'f' ? (uint32_t)(c - 'a' + 10) : 16;
    if (d == 16) return 0;
    x = x << 4 | d;
  }
  *v = x;
  return 1;
}

static int esk_less(const esort *x, const esk *a, const esk *b) {
  if (a->k1 != b->k1) return a->k1 < b->k1;
  /* one type, hex digits read in both (bit 63 clear) */
  if ((a->k2 >> 32) == (b->k2 >> 32) && ((a->k2 | b->k2) & ((uint64_t)1 << 63)) == 0 &&
      (uint32_t)a->k2 != (uint32_t)b->k2)
    return (uint32_t)a->k2 < (uint32_t)b->k2;
  return entry_less(x, a->i, b->i);
}

static void entry_keys(const esort *x, esk *v, size_t n) {
  const kn_tl_result *r = x->r;
  for (size_t i = 0; i < n; i++) {
    const kn_tl_entry *e = &r->entries[i];
    uint32_t dr = e->date == KN_TL_NONE ? UINT32_MAX : x->dord[e->date], h = 0;
    v[i].k1 = (uint64_t)dr << 32 | (uint64_t)x->trank[e->type] << 24;
    int ok = e->idlen >= 9 && r->text[e->id + e->idlen - 9] == '-' && hexval(r->text + e->id + e->idlen - 8, &h);
    ok = ok && e->type < 0x80000000u;
    v[i].k2 = (uint64_t)(ok ? 0 : 1) << 63 | (uint64_t)(e->type & 0x7fffffffu) << 32 | h;
    v[i].i = (uint32_t)i;
  }
}

STABLE_SORT(sort_esk, esk, const esort *, esk_less)

void kn_tl_result_free(kn_tl_result *r) {
  if (!r) return;
  kn_alloc f = r->f; void *ud = r->ud;
  kn_free(f, ud, r->entries, r->nentries * sizeof(kn_tl_entry));
  kn_free(f, ud, r->ids, r->nids * sizeof(uint32_t));
  kn_free(f, ud, r->conf, r->nconf * sizeof(kn_tl_conflict));
  kn_free(f, ud, r->val, r->nval * sizeof(kn_tl_value));
  kn_free(f, ud, r->text, r->ntext);
  kn_free(f, ud, r->ent, 3 * r->nent * sizeof(uint32_t));
  kn_free(f, ud, r->rank, r->nrank * sizeof(uint32_t));
  kn_bigalloc big = r->big;
  big.f(big.ud, r, sizeof *r, 0);
}

/* Shrinks an output array to its size (so the result frees what it has). */
static kn_status fit(bctx *b, void **p, size_t cap, size_t n, size_t sz) {
  if (!*p) return KN_OK;
  if (n == 0) { b->f(b->ud, *p, cap * sz, 0); *p = NULL; return KN_OK; }
  if (cap == n) return KN_OK;
  void *q = b->f(b->ud, *p, cap * sz, n * sz);
  if (!q) return KN_ENOMEM;
  *p = q;
  return KN_OK;
}

kn_status kn_tl_build(kn_tl_store *s, kn_tl_result **out) {
  kn_alloc f = s->f; void *ud = s->ud;
  kn_status st = KN_OK;
  *out = NULL;
  s->err[0] = 0;
  size_t n = s->nrec, nstr0 = s->nstr;
  bctx b;
  memset(&b, 0, sizeof b);
  b.s = s; b.f = f; b.ud = ud; b.n = n;
  uint8_t *seen = NULL;
  ckey *keys = NULL;
  kn_tl_event *ev = NULL;
  char *block = NULL;
  size_t nblock = 0;
  edays *days = NULL;
  int32_t *parts = NULL, *lp = NULL;
  uint32_t *cl = NULL, *start = NULL, *mem = NULL, *ord = NULL, *order = NULL, *crec = NULL;
  size_t nparts = 0, capparts = 0, ncl = 0, nord = 0;
  kn_tl_result *r = f(ud, NULL, 0, sizeof *r);
  if (!r) return KN_ENOMEM;
  memset(r, 0, sizeof *r);
  /* the store's allocator, copied: the result may outlive the store */
  kn_big_init(&r->big, s->big.f, s->big.ud, 0);
  r->f = kn_big_alloc; r->ud = &r->big;
  /* what the build frees is kept for what it makes next (fresh pages are
  ** zeroed, and on some machines that is dear: kn_mem.c) */
  s->big.keep = 1;
  b.r = r;
  /* the days of day dates given with a time ("2024-10-28T15:39") are
  ** strings of their own */
  seen = f(ud, NULL, 0, nstr0 + 1);
  if (!seen) { st = KN_ENOMEM; goto cleanup; }
  memset(seen, 0, nstr0 + 1);
  for (size_t i = 0; i < 3 * n; i++) {
    const trec *x = &s->rec[i / 3];
    uint32_t d = i % 3 == 0 ? x->date : i % 3 == 1 ? x->date_end : x->published;
    if (d == KN_TL_NONE || seen[d] || s->len[d] <= 10) continue;
    seen[d] = 1;
    int32_t a, c;
    if (kn_date_range(s->buf + s->off[d], s->len[d], &a, &c) == KN_GRAN_DAY) {
      char day[10];
      uint32_t id;
      memcpy(day, s->buf + s->off[d], 10);
      if ((st = kn_tl_intern(s, day, 10, &id))) goto cleanup;
    }
  }
  f(ud, seen, nstr0 + 1, 0);
  seen = NULL;
  /* per string: byte order; dates as days; the smallest printed name */
  size_t ns = b.nstr = s->nstr;
  r->nrank = ns;
  r->rank = f(ud, NULL, 0, ns * sizeof(uint32_t));
  b.rank = r->rank;
  b.dgran = f(ud, NULL, 0, ns);
  b.dfirst = f(ud, NULL, 0, ns * sizeof(int32_t));
  b.dlast = f(ud, NULL, 0, ns * sizeof(int32_t));
  b.person = f(ud, NULL, 0, ns);
  b.dday = f(ud, NULL, 0, ns * sizeof(uint32_t));
  b.printed = f(ud, NULL, 0, ns * sizeof(uint32_t));
  b.trank = f(ud, NULL, 0, ns);
  if (!r->rank || !b.dgran || !b.dfirst || !b.dlast || !b.person || !b.dday || !b.printed || !b.trank) {
    st = KN_ENOMEM;
    goto cleanup;
  }
  memset(b.person, 0, ns);
  for (int i = 0; i < NMAPS; i++) {
    smap *m = &b.m[i];
    m->size = ns;
    m->sv = f(ud, NULL, 0, ns * sizeof(smslot));
    m->keys = f(ud, NULL, 0, ns * sizeof(uint32_t));
    if (!m->sv || !m->keys) { st = KN_ENOMEM; goto cleanup; }
    memset(m->sv, 0, ns * sizeof(smslot));
  }
  {
    if ((st = scratch(s, 2 * ns + 2))) goto cleanup;
    uint32_t *v = s->tmp, *tmp = s->tmp + ns;
    for (size_t i = 0; i < ns; i++) v[i] = (uint32_t)i;
    sort_by_bytes(s, v, tmp, ns);
    for (size_t i = 0; i < ns; i++) r->rank[v[i]] = (uint32_t)i;
  }
  memset(b.dgran, 0xff, ns);
  memset(b.trank, 0, ns);
  for (size_t i = 0; i < ns; i++) b.printed[i] = KN_TL_NONE;
  for (size_t i = 0; i < n; i++) {
    const trec *x = &s->rec[i];
    if (!b.trank[x->type]) b.trank[x->type] = (uint8_t)type_rank(s, x->type);
    const uint32_t ds[3] = { x->date, x->date_end, x->published };
    for (int j = 0; j < 3; j++) {
      uint32_t d = ds[j];
      if (d == KN_TL_NONE || b.dgran[d] != 0xff) continue;
      int32_t a, c;
      int g = kn_date_range(s->buf + s->off[d], s->len[d], &a, &c);
      b.dgran[d] = (uint8_t)g;
      b.dfirst[d] = g == KN_GRAN_NONE ? 0 : a;
      b.dlast[d] = g == KN_GRAN_NONE ? 0 : c;
      b.dday[d] = d;
      if (g == KN_GRAN_DAY && s->len[d] > 10) {
        /* interned above: found, nothing added */
        uint32_t id = 0;
        if ((st = kn_tl_intern(s, s->buf + s->off[d], 10, &id))) goto cleanup;
        b.dday[d] = id;
        /* an entry may be dated by that day alone (aggregate): it is read
        ** like any date, so it gets its fields even when no record has it */
        if (b.dgran[id] == 0xff) {
          b.dgran[id] = KN_GRAN_DAY;
          b.dfirst[id] = a; b.dlast[id] = c; b.dday[id] = id;
        }
      }
    }
    if (x->nnm != KN_TL_NONE)
      for (uint32_t k = 0; k < x->nnm; k++) {
        uint32_t id = s->pairs[x->nm + 2 * k], nm = s->pairs[x->nm + 2 * k + 1];
        if (b.printed[id] == KN_TL_NONE || r->rank[nm] < r->rank[b.printed[id]]) b.printed[id] = nm;
      }
  }
  if (n == 0) goto done;
  /* canonical order */
  keys = f(ud, NULL, 0, 2 * n * sizeof(ckey));
  if (!keys) { st = KN_ENOMEM; goto cleanup; }
  for (size_t i = 0; i < n; i++) {
    const trec *x = &s->rec[i];
    keys[i].doc = r->rank[x->doc];
    keys[i].idx = (uint32_t)i;
    keys[i].ev = x->evfloat ? UINT64_MAX : (uint64_t)x->evnum;
  }
  sort_ckeys(&(ckey_order){ s, r->rank }, keys, keys + n, n);
  /* the clustering's events, made at once in the order it takes them
  ** (kn_tl_cluster's: first day, family, then this canonical order), not
  ** made and then copied into it. One block holds the sort's keys, then
  ** the events (fresh memory is a page fault a page); order: the
  ** canonical number of each, then its record */
  if (n > UINT32_MAX - 1 || n > ((size_t)-1) / (2 * sizeof(skey)) || n > ((size_t)-1) / sizeof(kn_tl_event)) {
    st = KN_ERANGE;
    goto cleanup;
  }
  nblock = 2 * n * sizeof(skey);
  if (nblock < n * sizeof(kn_tl_event)) nblock = n * sizeof(kn_tl_event);
  block = f(ud, NULL, 0, nblock);
  order = f(ud, NULL, 0, 2 * n * sizeof(uint32_t));
  days = f(ud, NULL, 0, n * sizeof(edays));
  cl = f(ud, NULL, 0, n * sizeof(uint32_t));
  lp = f(ud, NULL, 0, ns * sizeof(int32_t));
  if (!block || !order || !days || !cl || !lp) { st = KN_ENOMEM; goto cleanup; }
  for (size_t i = 0; i < ns; i++) {
    const sattr *a = &s->attr[i];
    lp[i] = a->gstate == 2 && a->gof != KN_TL_NONE ? (int32_t)a->gof : -1;
  }
  {
    skey *sk = (skey *)(void *)block;
    for (size_t i = 0; i < n; i++) {
      /* sort_key of the event made below, from the fields it reads */
      const trec *x = &s->rec[keys[i].idx];
      kn_tl_event t;
      memset(&t, 0, sizeof t);
      t.type = (uint8_t)(b.trank[x->type] == 99 ? KN_EV_OTHER : b.trank[x->type]);
      if (x->date != KN_TL_NONE && b.dgran[x->date] != KN_GRAN_NONE) {
        t.gran = b.dgran[x->date];
        t.day0 = b.dfirst[x->date];
      }
      t.published = x->published == KN_TL_NONE ? 0 : b.dfirst[x->published];
      sk[i].k = sort_key(&t);
      sk[i].order = i + 1;
      sk[i].i = keys[i].idx;
    }
    if (n < 4096) sort_keys(NULL, sk, sk + n, n);
    else if ((st = radix_keys(sk, sk + n, n, f, ud))) goto cleanup;
    for (size_t k = 0; k < n; k++) { order[k] = (uint32_t)(sk[k].order - 1); order[n + k] = sk[k].i; }
  }
  /* of the canonical keys only each one's record is read again (after
  ** the clustering): kept alone, the keys' 16 bytes an event freed before
  ** the clustering's own arrays are made (fresh memory is dear: kn_mem.c) */
  crec = f(ud, NULL, 0, n * sizeof(uint32_t));
  if (!crec) { st = KN_ENOMEM; goto cleanup; }
  for (size_t i = 0; i < n; i++) crec[i] = keys[i].idx;
  f(ud, keys, 2 * n * sizeof(ckey), 0); keys = NULL;
  ev = (kn_tl_event *)(void *)block;
  for (size_t k = 0; k < n; k++) {
    size_t i = order[k];
#if defined(__GNUC__)
    /* the records in that order are scattered: ask for them ahead */
    if (k + 16 < n) __builtin_prefetch(&s->rec[order[n + k + 16]]);
#endif
    const trec *x = &s->rec[order[n + k]];
    kn_tl_event *e = &ev[k];
    memset(e, 0, sizeof *e);
    /* the type, dates and people as the strings were read above, once a
    ** string (trank: the parsed type, 99 unknown) */
    e->type = (uint8_t)(b.trank[x->type] == 99 ? KN_EV_OTHER : b.trank[x->type]);
    e->modality = (uint8_t)(x->modality == s->k_planned ? KN_MOD_PLANNED : x->modality == s->k_reported ? KN_MOD_REPORTED : KN_MOD_OCCURRED);
    if (x->date != KN_TL_NONE && b.dgran[x->date] != KN_GRAN_NONE) {
      e->gran = b.dgran[x->date];
      e->day0 = b.dfirst[x->date]; e->day1 = b.dlast[x->date];
    }
    if (x->date_end != KN_TL_NONE && b.dgran[x->date_end] != KN_GRAN_NONE) {
      e->end0 = b.dfirst[x->date_end]; e->end1 = b.dlast[x->date_end];
    }
    e->location = x->location == KN_TL_NONE ? -1 : (int32_t)x->location;
    e->series = x->series == KN_TL_NONE ? -1 : (int32_t)x->series;
    e->lent = x->lent;
    e->head = x->head;
    e->published = x->published == KN_TL_NONE ? 0 : b.dfirst[x->published];
    e->doc = x->doc;
    e->order = i + 1;
    /* participants, and the country of each person or body (for matching,
    ** "Kim Jong Un" and "North Korea" test the same missile) */
    e->part = (uint32_t)nparts;
    if (kn_grow(f, ud, (void **)&parts, &capparts, nparts + 2 * (size_t)x->npart, sizeof(int32_t))) { st = KN_ENOMEM; goto cleanup; }
    size_t k0 = nparts;
    for (uint32_t j = 0; j < x->npart; j++) {
      uint32_t p = s->parts[x->part + j], q = country_of(s, p);
      for (int t = 0; t < 2; t++) {
        uint32_t id = t ? q : p;
        if (id == KN_TL_NONE) continue;
        size_t h = k0;
        while (h < nparts && parts[h] != (int32_t)id) h++;
        if (h == nparts) parts[nparts++] = (int32_t)id;
      }
    }
    /* sorted (insertion: a few ids) */
    for (size_t h = k0 + 1; h < nparts; h++) {
      int32_t v = parts[h];
      size_t j = h;
      while (j > k0 && parts[j - 1] > v) { parts[j] = parts[j - 1]; j--; }
      parts[j] = v;
    }
    e->npart = (uint32_t)(nparts - k0);
    /* the people among them, for the cast of a meeting */
    e->pers = (uint32_t)nparts;
    if (kn_grow(f, ud, (void **)&parts, &capparts, nparts + e->npart, sizeof(int32_t))) { st = KN_ENOMEM; goto cleanup; }
    uint32_t ncountry = 0, nbody = 0;
    for (size_t h = k0; h < k0 + e->npart; h++) {
      uint32_t id = (uint32_t)parts[h];
      if (!b.person[id]) {
        size_t pl;
        const char *ps = kn_tl_str(s, id, &pl);
        b.person[id] = pl > 7 && !memcmp(ps, "person/", 7) ? 1 : pl > 8 && !memcmp(ps, "country/", 8) ? 2
                     : pl > 4 && !memcmp(ps, "org/", 4) ? 3 : 4;
      }
      if (b.person[id] == 1) parts[nparts++] = parts[h];
      ncountry += b.person[id] == 2;
      nbody += b.person[id] == 3;
    }
    e->npers = (uint32_t)(nparts - e->pers);
    /* a summit told with two countries or more (its people's, or named:
    ** "Yoon Suk Yeol held a bilateral summit with Japan", "South Korea and
    ** Japan held a summit"), with no body and at most one person, is their
    ** meeting, a counterpart named, not a gathering of many that a body
    ** holds (NATO's, the G7's): its word names no kind of gathering, so it
    ** is not known by its place (summit_at), nor an entry of it known by
    ** its place by the next summit there. (A cast of people is told by
    ** its cast: heads_fit, cast_fits.) Not a named summit its own word
    ** names (series, not lent): "South Korea and Japan joined the NATO
    ** summit in Vilnius" attends the gathering of many, it holds none. */
    if (e->head == KN_HEAD_SUMMIT && e->npers < 2 && nbody == 0 && ncountry >= 2 && (e->series < 0 || e->lent))
      e->head = KN_HEAD_NONE;
  }
  /* an array even when no record has a participant (parts + 0 on NULL is UB) */
  if (!parts && kn_grow(f, ud, (void **)&parts, &capparts, 1, sizeof(int32_t))) { st = KN_ENOMEM; goto cleanup; }
  if ((st = cluster_sorted(ev, n, days, order, parts, lp, ns, f, ud, cl, &ncl))) goto cleanup;
  f(ud, block, nblock, 0); block = NULL; ev = NULL;
  f(ud, order, 2 * n * sizeof(uint32_t), 0); order = NULL;
  f(ud, days, n * sizeof(edays), 0); days = NULL;
  kn_free(f, ud, parts, capparts * sizeof(int32_t)); parts = NULL;
  f(ud, lp, ns * sizeof(int32_t), 0); lp = NULL;
  /* the records of each cluster, in canonical order */
  start = f(ud, NULL, 0, (ncl + 1) * sizeof(uint32_t));
  mem = f(ud, NULL, 0, n * sizeof(uint32_t));
  if (!start || !mem) { st = KN_ENOMEM; goto cleanup; }
  memset(start, 0, (ncl + 1) * sizeof(uint32_t));
  for (size_t i = 0; i < n; i++) start[cl[i] + 1]++;
  for (size_t c = 0; c < ncl; c++) start[c + 1] += start[c];
  for (size_t i = 0; i < n; i++) mem[start[cl[i]]++] = crec[i];
  for (size_t c = ncl; c > 0; c--) start[c] = start[c - 1];
  start[0] = 0;
  f(ud, crec, n * sizeof(uint32_t), 0); crec = NULL;
  f(ud, cl, n * sizeof(uint32_t), 0); cl = NULL;
  sm_reset(&b.m[M_USED]);
  /* an entry a cluster: at its size at once, not grown by copies */
  r->entries = f(ud, NULL, 0, ncl * sizeof(kn_tl_entry));
  if (!r->entries) { st = KN_ENOMEM; goto cleanup; }
  b.capent = ncl;
  /* the ids (every record once, an entry's participants and sources) and
  ** the text (an entry's id and title, 70 bytes at the 1M bench) at about
  ** their size at once: grown by doubling, each copy faulted in fresh
  ** pages (a quarter of a finish's page faults); fit trims them */
  if (kn_grow(f, ud, (void **)&r->ids, &b.capids, n + 6 * ncl, sizeof(uint32_t)) ||
      kn_grow(f, ud, (void **)&r->text, &b.captext, 80 * ncl, 1)) {
    st = KN_ENOMEM;
    goto cleanup;
  }
  for (size_t c = 0; c < ncl; c++) {
#if defined(__GNUC__)
    /* the records of a cluster are scattered over the days its mentions
    ** were published: ask for those of the cluster after next */
    if (c + 2 < ncl)
      for (uint32_t i = start[c + 2]; i < start[c + 3]; i++) __builtin_prefetch(&s->rec[mem[i]]);
#endif
    if ((st = aggregate(&b, mem + start[c], start[c + 1] - start[c]))) goto cleanup;
  }
  /* entries in order: dated ones, then undated */
  nord = 2 * r->nentries + 1;
  ord = f(ud, NULL, 0, nord * sizeof(uint32_t));
  if (!ord) { st = KN_ENOMEM; goto cleanup; }
  {
    /* the entries' dates in order (a few thousand of them): dord[d] is
    ** date d's place; other strings' slots are never read */
    uint32_t *dord = f(ud, NULL, 0, b.nstr * sizeof(uint32_t) + 1);
    uint32_t *dl = f(ud, NULL, 0, 2 * r->nentries * sizeof(uint32_t) + 1);
    if (!dord || !dl) {
      kn_free(f, ud, dord, b.nstr * sizeof(uint32_t) + 1);
      kn_free(f, ud, dl, 2 * r->nentries * sizeof(uint32_t) + 1);
      st = KN_ENOMEM;
      goto cleanup;
    }
    size_t nd = 0;
    for (size_t i = 0; i < r->nentries; i++)
      if (r->entries[i].date != KN_TL_NONE) dord[r->entries[i].date] = 0;
    for (size_t i = 0; i < r->nentries; i++) {
      uint32_t d = r->entries[i].date;
      if (d != KN_TL_NONE && !dord[d]) { dord[d] = 1; dl[nd++] = d; }
    }
    dorder dor = { b.dgran, b.dfirst, b.dlast, r->rank };
    msort_ids(dl, dl + nd, nd, date_less, &dor);
    for (size_t i = 0; i < nd; i++) dord[dl[i]] = (uint32_t)i;
    kn_free(f, ud, dl, 2 * r->nentries * sizeof(uint32_t) + 1);
    esort ec = { r, dord, b.trank };
    esk *ek = f(ud, NULL, 0, 2 * r->nentries * sizeof(esk) + 1);
    if (!ek) { kn_free(f, ud, dord, b.nstr * sizeof(uint32_t) + 1); st = KN_ENOMEM; goto cleanup; }
    entry_keys(&ec, ek, r->nentries);
    sort_esk(&ec, ek, ek + r->nentries, r->nentries);
    for (size_t i = 0; i < r->nentries; i++) ord[i] = ek[i].i;
    f(ud, ek, 2 * r->nentries * sizeof(esk) + 1, 0);
    kn_free(f, ud, dord, b.nstr * sizeof(uint32_t) + 1);
    kn_tl_entry *sorted = f(ud, NULL, 0, r->nentries * sizeof(kn_tl_entry));
    if (!sorted) { st = KN_ENOMEM; goto cleanup; }
    for (size_t i = 0; i < r->nentries; i++) sorted[i] = r->entries[ord[i]];
    for (size_t i = 0; i < r->nentries; i++) if (sorted[i].date != KN_TL_NONE) r->ndated++;
    f(ud, r->entries, b.capent * sizeof(kn_tl_entry), 0);
    r->entries = sorted;
    b.capent = r->nentries;
  }
  /* the entities map */
  {
    smap *used = &b.m[M_USED];
    size_t nu = used->nkeys;
    if ((st = scratch(s, 2 * nu + 2))) goto cleanup;
    memcpy(s->tmp, used->keys, nu * sizeof(uint32_t));
    sort_by_rank(r->rank, s->tmp, s->tmp + nu, nu);
    if (nu) {
      r->ent = f(ud, NULL, 0, 3 * nu * sizeof(uint32_t));
      if (!r->ent) { st = KN_ENOMEM; goto cleanup; }
    }
    for (size_t i = 0; i < nu; i++) {
      uint32_t id = s->tmp[i];
      r->ent[3 * i] = id;
      r->ent[3 * i + 1] = ent_name(&b, id);
      r->ent[3 * i + 2] = ent_type(&b, id);
    }
    r->nent = nu;
  }
done:
  if ((st = fit(&b, (void **)&r->entries, b.capent, r->nentries, sizeof(kn_tl_entry)))) goto cleanup;
  if ((st = fit(&b, (void **)&r->ids, b.capids, r->nids, sizeof(uint32_t)))) goto cleanup;
  if ((st = fit(&b, (void **)&r->conf, b.capconf, r->nconf, sizeof(kn_tl_conflict)))) goto cleanup;
  if ((st = fit(&b, (void **)&r->val, b.capval, r->nval, sizeof(kn_tl_value)))) goto cleanup;
  if ((st = fit(&b, (void **)&r->text, b.captext, r->ntext, 1))) goto cleanup;
  b.capent = r->nentries; b.capids = r->nids; b.capconf = r->nconf; b.capval = r->nval; b.captext = r->ntext;
  *out = r;
  r = NULL;
cleanup:
  if (r) {
    /* the arrays may be larger than their counts: free by capacity */
    kn_free(f, ud, r->entries, b.capent * sizeof(kn_tl_entry));
    kn_free(f, ud, r->ids, b.capids * sizeof(uint32_t));
    kn_free(f, ud, r->conf, b.capconf * sizeof(kn_tl_conflict));
    kn_free(f, ud, r->val, b.capval * sizeof(kn_tl_value));
    kn_free(f, ud, r->text, b.captext);
    r->entries = NULL; r->ids = NULL; r->conf = NULL; r->val = NULL; r->text = NULL;
    r->nentries = r->nids = r->nconf = r->nval = r->ntext = 0;
    kn_tl_result_free(r);
  }
  kn_free(f, ud, seen, nstr0 + 1);
  kn_free(f, ud, keys, 2 * n * sizeof(ckey));
  kn_free(f, ud, block, nblock);
  kn_free(f, ud, order, 2 * n * sizeof(uint32_t));
  kn_free(f, ud, days, n * sizeof(edays));
  kn_free(f, ud, parts, capparts * sizeof(int32_t));
  kn_free(f, ud, lp, b.nstr * sizeof(int32_t));
  kn_free(f, ud, cl, n * sizeof(uint32_t));
  kn_free(f, ud, crec, n * sizeof(uint32_t));
  kn_free(f, ud, start, (ncl + 1) * sizeof(uint32_t));
  kn_free(f, ud, mem, n * sizeof(uint32_t));
  kn_free(f, ud, ord, nord * sizeof(uint32_t));
  kn_free(f, ud, b.trank, b.nstr);
  kn_free(f, ud, b.dgran, b.nstr);
  kn_free(f, ud, b.dfirst, b.nstr * sizeof(int32_t));
  kn_free(f, ud, b.dlast, b.nstr * sizeof(int32_t));
  kn_free(f, ud, b.person, b.nstr);
  kn_free(f, ud, b.dday, b.nstr * sizeof(uint32_t));
  kn_free(f, ud, b.printed, b.nstr * sizeof(uint32_t));
  for (int i = 0; i < NMAPS; i++) {
    kn_free(f, ud, b.m[i].sv, b.nstr * sizeof(smslot));
    kn_free(f, ud, b.m[i].keys, b.nstr * sizeof(uint32_t));
  }
  kn_free(f, ud, b.pairs, b.cappairs * sizeof(uint32_t));
  kn_free(f, ud, b.until, b.capuntil * sizeof(int32_t));
  kn_big_release(&s->big);
  s->big.keep = 0;
  return st;
}
