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

/* ------------------------------------------------------------ families */

static int family(int type) {
  return type == KN_EV_TALKS ? KN_EV_MEETING : type;
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

/* Open addressing on 64-bit keys; the keys apart from the list numbers, so
** a probe reads 8 bytes a slot. A free slot holds KEY_FREE. */
#define KEY_FREE UINT64_MAX

typedef struct index_ {
  kn_alloc f; void *ud;
  uint64_t *key; uint32_t *list; size_t nslot, count;
  ilist *lists; size_t nlists, caplists;
} index_;

static uint32_t mix64(uint64_t k) {
  k ^= k >> 33; k *= 0xff51afd7ed558ccdULL; k ^= k >> 33; k *= 0xc4ceb9fe1a85ec53ULL; k ^= k >> 33;
  return (uint32_t)k;
}

static kn_status idx_rehash(index_ *ix, size_t n) {
  uint64_t *k = ix->f(ix->ud, NULL, 0, n * sizeof(uint64_t));
  uint32_t *l = k ? ix->f(ix->ud, NULL, 0, n * sizeof(uint32_t)) : NULL;
  if (!l) { kn_free(ix->f, ix->ud, k, n * sizeof(uint64_t)); return KN_ENOMEM; }
  for (size_t i = 0; i < n; i++) k[i] = KEY_FREE;
  for (size_t i = 0; i < ix->nslot; i++) {
    if (ix->key[i] == KEY_FREE) continue;
    size_t j = mix64(ix->key[i]) & (n - 1);
    while (k[j] != KEY_FREE) j = (j + 1) & (n - 1);
    k[j] = ix->key[i]; l[j] = ix->list[i];
  }
  kn_free(ix->f, ix->ud, ix->key, ix->nslot * sizeof(uint64_t));
  kn_free(ix->f, ix->ud, ix->list, ix->nslot * sizeof(uint32_t));
  ix->key = k; ix->list = l; ix->nslot = n;
  return KN_OK;
}

/* The list of key (created when missing); NULL on failure. Keys are never
** KEY_FREE (families are small numbers). */
static ilist *idx_list(index_ *ix, uint64_t key, int create) {
  if (ix->nslot) {
    size_t mask = ix->nslot - 1;
    for (size_t j = mix64(key) & mask;; j = (j + 1) & mask) {
      if (ix->key[j] == key) return &ix->lists[ix->list[j]];
      if (ix->key[j] == KEY_FREE) break;
    }
  }
  if (!create) return NULL;
  if ((ix->count + 1) * 2 > ix->nslot && idx_rehash(ix, ix->nslot ? ix->nslot * 2 : 1024)) return NULL;
  if (kn_grow(ix->f, ix->ud, (void **)&ix->lists, &ix->caplists, ix->nlists + 1, sizeof(ilist))) return NULL;
  size_t mask = ix->nslot - 1, j = mix64(key) & mask;
  while (ix->key[j] != KEY_FREE) j = (j + 1) & mask;
  ix->key[j] = key; ix->list[j] = (uint32_t)ix->nlists;
  memset(&ix->lists[ix->nlists], 0, sizeof(ilist));
  ix->lists[ix->nlists].cap = ILIST_INLINE;
  ix->count++;
  return &ix->lists[ix->nlists++];
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
  for (size_t i = 0; i < ix->nlists; i++)
    if (ix->lists[i].cap > ILIST_INLINE) kn_free(ix->f, ix->ud, ix->lists[i].u.p, ix->lists[i].cap * sizeof(uint32_t));
  kn_free(ix->f, ix->ud, ix->lists, ix->caplists * sizeof(ilist));
  kn_free(ix->f, ix->ud, ix->key, ix->nslot * sizeof(uint64_t));
  kn_free(ix->f, ix->ud, ix->list, ix->nslot * sizeof(uint32_t));
}

/* ------------------------------------------------------------ clusters */

typedef struct cluster {
  int fam;
  uint32_t doc0;               /* a document of the cluster (same-document days) */
  uint32_t docs;               /* documents seen: 1, or 2 meaning several */
  int32_t dmin, dmax;          /* day numbers of day-level members (INT_MAX/INT_MIN: none) */
  int32_t cmin, cmax;          /* day numbers of coarse members' periods */
  int32_t location, series;
  uint32_t *part; uint32_t npart, cappart;
  int undated;                 /* made by an undated event: stays undated */
} cluster;

/* What the candidate scan reads of a cluster, apart in a compact array so
** that scanning a list touches 16 bytes a cluster, not a whole cluster. */
typedef struct cscan {
  int32_t reach;               /* the last day a dated event can join it */
  int32_t lim;                 /* in undated events' lists while their day is <= lim */
  int32_t stamp;               /* last event that looked at it */
  int32_t hits;                /* the event's participants it has, and VIA_* */
} cscan;

/* How a candidate was found besides its participants: in the list of the
** event's named meeting or of its document (bits above the count). */
#define VIA_SERIES (1 << 24)
#define VIA_DOC (1 << 25)
#define HITS(h) ((h) & 0xffffff)

/* An event's days as day numbers, computed once. */
typedef struct edays { int32_t d0, d1, pub; } edays;

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
} ctx;

/* The index has three sets of lists, each keyed by (family, participant),
** (family, named meeting) or (family, document):
**   DATED   dated clusters, for dated events; a cluster leaves a list once
**           its reach is behind the day (events come in date order, and
**           only a dated event's join moves the reach);
**   NEAR    dated clusters, for undated events: kept a month past their
**           last day, as an undated event looks a month back;
**   UNDATED clusters of undated events, which only undated events can join
**           (score), from any time, so never dropped.
** Before the sets, one list held every cluster a month (and undated ones
** for ever), and each event scanned all of it: the merge grew
** quadratically with the events a day. */
enum { SET_DATED, SET_NEAR, SET_UNDATED };
enum { KEY_PART, KEY_SERIES, KEY_DOC };

static uint64_t ikey(int fam, int set, int kind, uint32_t id) {
  return ((uint64_t)(uint32_t)fam << 36) | ((uint64_t)(unsigned)set << 34) | ((uint64_t)(unsigned)kind << 32) | id;
}

static int contains(const ctx *x, int32_t outer, int32_t inner) {
  for (int depth = 0; inner >= 0 && depth < 16; depth++) {
    if (inner == outer) return 1;
    inner = (size_t)inner < x->nloc ? x->loc_parent[inner] : -1;
  }
  return 0;
}

static int ongoing(int fam) { return fam == KN_EV_DEPLOYMENT || fam == KN_EV_EXERCISE; }

/* Score of event e (days ed) in cluster c sharing `shared` of its
** participants, or -1 when they are incompatible. */
static int score(const ctx *x, const cluster *c, const kn_tl_event *e, const edays *ed, int shared) {
  if (c->fam != family(e->type)) return -1;
  int same_series = e->series >= 0 && e->series == c->series;
  if (e->series >= 0 && c->series >= 0 && e->series != c->series) return -1;   /* another named meeting */
  int same_doc = c->docs == 1 && c->doc0 == e->doc;
  /* at least half of the event's participants already in the entry */
  int enough = shared >= 1 && 2 * shared >= (int)e->npart;
  int strong = (shared >= 2 && enough) || same_series;
  int exact = 0;
  int32_t slack = ongoing(c->fam) ? 14 : 1;
  if (e->gran == KN_GRAN_DAY) {
    int32_t d0 = ed->d0, d1 = ed->d1;
    if (c->dmin != INT32_MAX) {
      if (d0 <= c->dmax && d1 >= c->dmin) exact = 1;
      else if (!(strong && d0 <= c->dmax + slack && d1 >= c->dmin - slack)) return -1;
    } else if (c->cmin != INT32_MAX) {
      if (!(d0 >= c->cmin && d0 <= c->cmax)) return -1;
    } else return -1;
  } else if (e->gran != KN_GRAN_NONE) {
    int32_t d0 = ed->d0, d1 = ed->d1;
    if (!strong) return -1;              /* a week, month or year says little */
    if (c->dmin != INT32_MAX) {
      if (!(c->dmin >= d0 && c->dmax <= d1)) return -1;
    } else if (c->cmin != INT32_MAX) {
      if (!(d0 <= c->cmax && d1 >= c->cmin)) return -1;
    } else return -1;
  } else {
    /* undated: near its document's date, on strong evidence */
    if (!strong) return -1;
    if (c->dmin != INT32_MAX || c->cmin != INT32_MAX) {
      if (!e->published) return -1;
      int32_t pub = ed->pub;
      int32_t lo = c->dmin != INT32_MAX ? c->dmin : c->cmin, hi = c->dmax != INT32_MIN ? c->dmax : c->cmax;
      if (!(hi >= pub - 31 && lo <= pub + 7)) return -1;
    }
  }
  if (!enough && !same_series && !(same_doc && exact)) return -1;
  if (e->location >= 0 && c->location >= 0 && e->location != c->location &&
      !contains(x, e->location, c->location) && !contains(x, c->location, e->location) && !strong)
    return -1;
  return shared * 2 + (same_series ? 3 : 0) + exact + (same_doc ? 1 : 0);
}

/* Puts cluster ci in the lists of key (kind, id): a dated cluster in its
** DATED and NEAR lists, an undated one in its UNDATED list. */
static kn_status enlist(ctx *x, uint32_t ci, int kind, uint32_t id) {
  const cluster *c = &x->c[ci];
  for (int set = c->undated ? SET_UNDATED : SET_DATED; set <= (c->undated ? SET_UNDATED : SET_NEAR); set++) {
    ilist *l = idx_list(&x->ix, ikey(c->fam, set, kind, id), 1);
    if (!l || list_push(&x->ix, l, ci)) return KN_ENOMEM;
  }
  return KN_OK;
}

static kn_status join(ctx *x, uint32_t ci, const kn_tl_event *e, const edays *ed) {
  cluster *c = &x->c[ci];
  const int32_t *p = x->parts + e->part;
  if (e->gran == KN_GRAN_DAY) {
    if (ed->d0 < c->dmin) c->dmin = ed->d0;
    if (ed->d1 > c->dmax) c->dmax = ed->d1;
  } else if (e->gran != KN_GRAN_NONE) {
    if (ed->d0 < c->cmin) c->cmin = ed->d0;
    if (ed->d1 > c->cmax) c->cmax = ed->d1;
  }
  {
    /* the last day a dated event can join (score: a day within the days
    ** and the slack, or within a period; a period's days, within its
    ** days), and how long undated events look back */
    cscan *s = &x->cs[ci];
    s->reach = c->dmin != INT32_MAX ? c->dmax + (ongoing(c->fam) ? 14 : 1)
             : c->cmin != INT32_MAX ? c->cmax : INT32_MIN;
    int32_t end = c->dmax != INT32_MIN ? c->dmax : c->cmax;
    s->lim = end == INT32_MIN ? INT32_MAX : end + 31;
    if (c->cmax > s->lim) s->lim = c->cmax;
  }
  if (c->location < 0) c->location = e->location;
  if (c->docs == 0) {
    c->doc0 = e->doc; c->docs = 1;
    if (enlist(x, ci, KEY_DOC, e->doc)) return KN_ENOMEM;
  } else if (c->doc0 != e->doc) c->docs = 2;
  if (c->series < 0 && e->series >= 0) {
    c->series = e->series;
    if (enlist(x, ci, KEY_SERIES, (uint32_t)e->series)) return KN_ENOMEM;
  }
  for (uint32_t i = 0; i < e->npart; i++) {
    int have = 0;
    for (uint32_t j = 0; j < c->npart; j++) if (c->part[j] == (uint32_t)p[i]) { have = 1; break; }
    if (have) continue;
    if (c->npart == c->cappart) {
      uint32_t nc = c->cappart ? c->cappart * 2 : 4;
      uint32_t *np = x->f(x->ud, c->part, c->cappart * sizeof(uint32_t), nc * sizeof(uint32_t));
      if (!np) return KN_ENOMEM;
      c->part = np; c->cappart = nc;
    }
    c->part[c->npart++] = (uint32_t)p[i];
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
  c->fam = family(e->type);
  c->dmin = c->cmin = INT32_MAX;
  c->dmax = c->cmax = INT32_MIN;
  c->location = -1; c->series = -1;
  c->undated = e->gran == KN_GRAN_NONE;
  x->cs[x->nc].stamp = -1;
  x->cs[x->nc].hits = 0;
  *out = (uint32_t)x->nc++;
  return join(x, *out, e, ed);
}

/* Canonical order: dated events by first day, then undated ones by their
** document's date (after the dated events of that day), then those with
** neither; within a day, by family, then the caller's order. The sort
** reads compact keys, not the events. */
typedef struct skey { uint64_t k; uint64_t order; uint32_t i; } skey;

static uint64_t sort_key(const kn_tl_event *e) {
  uint64_t day;
  /* YYYYMMDD values are positive and below 2^31: twice that fits 33 bits */
  if (e->gran) day = (uint64_t)(uint32_t)e->day0 * 2;
  else if (e->published) day = (uint64_t)(uint32_t)e->published * 2 + 1;
  else day = ((uint64_t)1 << 40) - 1;
  return (day << 8) | (uint64_t)(unsigned)family(e->type);
}

static int skey_less(const skey *a, const skey *b) {
  if (a->k != b->k) return a->k < b->k;
  return a->order < b->order;
}

/* Bottom-up merge sort (stable, no global state). */
static void sort_keys(skey *v, skey *tmp, size_t n) {
  for (size_t w = 1; w < n; w *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * w) {
      size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) tmp[k++] = skey_less(&v[j], &v[i]) ? v[j++] : v[i++];
      while (i < mid) tmp[k++] = v[i++];
      while (j < hi) tmp[k++] = v[j++];
    }
    memcpy(v, tmp, n * sizeof(skey));
  }
}

/* Drops from a DATED list the clusters a dated event on day d or later
** can no longer join. */
static void prune_dated(ctx *x, ilist *l, int32_t d) {
  uint32_t w = 0, *v = ILIST_V(l);
  const cscan *cs = x->cs;
  for (uint32_t i = 0; i < l->n; i++)
    if (cs[v[i]].reach >= d) v[w++] = v[i];
  l->n = w;
}

/* Drops from a NEAR list the clusters more than a month behind d (an
** undated event's document date less a month). */
static void prune_near(ctx *x, ilist *l, int32_t d) {
  if (d == INT32_MAX) return;
  uint32_t w = 0, *v = ILIST_V(l);
  const cscan *cs = x->cs;
  for (uint32_t i = 0; i < l->n; i++)
    if (cs[v[i]].lim >= d) v[w++] = v[i];
  l->n = w;
}

kn_status kn_tl_cluster(const kn_tl_event *ev, size_t n, const int32_t *parts,
                        const int32_t *loc_parent, size_t nloc, kn_alloc f, void *ud,
                        uint32_t *entry, size_t *nentries) {
  if (!f) f = kn_default_alloc;
  *nentries = 0;
  if (n == 0) return KN_OK;
  if (n > UINT32_MAX - 1 || n > ((size_t)-1) / (2 * sizeof(skey))) return KN_ERANGE;
  ctx x;
  memset(&x, 0, sizeof x);
  x.ev = ev; x.parts = parts; x.loc_parent = loc_parent; x.nloc = nloc; x.f = f; x.ud = ud;
  x.ix.f = f; x.ix.ud = ud;
  kn_status st = KN_OK;
  edays *days = NULL;
  uint32_t *cand = NULL;
  size_t capcand = 64;
  uint32_t *order = f(ud, NULL, 0, n * sizeof(uint32_t));
  skey *keys = f(ud, NULL, 0, 2 * n * sizeof(skey));
  if (!order || !keys) { st = KN_ENOMEM; goto cleanup; }
  for (size_t i = 0; i < n; i++) {
    keys[i].k = sort_key(&ev[i]);
    keys[i].order = ev[i].order;
    keys[i].i = (uint32_t)i;
  }
  sort_keys(keys, keys + n, n);
  for (size_t i = 0; i < n; i++) order[i] = keys[i].i;
  f(ud, keys, 2 * n * sizeof(skey), 0);
  keys = NULL;
  /* days once per event */
  days = f(ud, NULL, 0, n * sizeof(edays));
  cand = f(ud, NULL, 0, capcand * sizeof(uint32_t));
  if (!days || !cand) { st = KN_ENOMEM; goto cleanup; }
  for (size_t i = 0; i < n; i++) {
    const kn_tl_event *e = &ev[i];
    days[i].d0 = e->gran ? kn_day_number(e->day0) : 0;
    days[i].d1 = e->gran ? kn_day_number(e->gran == KN_GRAN_DAY && e->end0 ? e->end1 : e->day1) : 0;
    days[i].pub = e->published ? kn_day_number(e->published) : 0;
  }
  x.days = days;
  /* clusters are numbered as created, which is in canonical order */
  uint32_t *cl = entry;
  for (size_t k = 0; k < n; k++) {
    uint32_t ei = order[k];
    const kn_tl_event *e = &ev[ei];
    const edays *ed = &days[ei];
    int fam = family(e->type);
    int dated = e->gran != KN_GRAN_NONE;
    int32_t near = e->published ? ed->pub - 31 : INT32_MAX;
    size_t nc = 0;
    /* candidates: clusters sharing a participant (counted as hits), the
    ** named meeting or the document */
    for (int set = dated ? SET_DATED : SET_NEAR; set <= (dated ? SET_DATED : SET_UNDATED); set++)
    for (uint32_t i = 0; i <= e->npart + 1; i++) {
      if (i == e->npart && e->series < 0) continue;
      uint64_t key = i < e->npart ? ikey(fam, set, KEY_PART, (uint32_t)parts[e->part + i])
                   : i == e->npart ? ikey(fam, set, KEY_SERIES, (uint32_t)e->series)
                   : ikey(fam, set, KEY_DOC, e->doc);
      ilist *l = idx_list(&x.ix, key, 0);
      if (!l) continue;
      if (set == SET_DATED) prune_dated(&x, l, ed->d0);
      else if (set == SET_NEAR) prune_near(&x, l, near);
      cscan *cs = x.cs;
      const uint32_t *lv = ILIST_V(l);
      for (uint32_t j = 0; j < l->n; j++) {
        cscan *c = &cs[lv[j]];
        if (c->stamp != (int32_t)k) {
          c->stamp = (int32_t)k;
          c->hits = 0;
          if (nc == capcand && (st = kn_grow(f, ud, (void **)&cand, &capcand, nc + 1, sizeof(uint32_t)))) goto cleanup;
          cand[nc++] = lv[j];
        }
        c->hits += i < e->npart ? 1 : i == e->npart ? VIA_SERIES : VIA_DOC;
      }
    }
    long best = -1;
    int bests = -1;
    for (size_t j = 0; j < nc; j++) {
      /* score's last test, on the compact array: half the participants
      ** shared, or the same named meeting or document (a cluster of that
      ** meeting or document is in its list) */
      int32_t h = x.cs[cand[j]].hits, shared = HITS(h);
      if (!(h & (VIA_SERIES | VIA_DOC)) && !(shared >= 1 && 2 * shared >= (int32_t)e->npart)) continue;
      const cluster *c = &x.c[cand[j]];
      int sc = score(&x, c, e, ed, shared);
      if (sc > bests || (sc == bests && sc >= 0 && (long)cand[j] < best)) { bests = sc; best = (long)cand[j]; }
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
  if (keys) f(ud, keys, 2 * n * sizeof(skey), 0);
  kn_free(f, ud, days, n * sizeof(edays));
  kn_free(f, ud, cand, capcand * sizeof(uint32_t));
  for (size_t i = 0; i < x.nc; i++) kn_free(f, ud, x.c[i].part, x.c[i].cappart * sizeof(uint32_t));
  kn_free(f, ud, x.c, x.capc * sizeof(cluster));
  kn_free(f, ud, x.cs, x.capcs * sizeof(cscan));
  idx_free(&x.ix);
  kn_free(f, ud, order, n * sizeof(uint32_t));
  return st;
}
