/* tl_cluster_ref.h -- the timeline clustering as it was before the index
** was split into dated, near and undated lists (kn_tl.c at 53d2fbd): the
** reference the C tests and fuzz_tl compare kn_tl_cluster with (the same
** clusters, only slower). Static functions, for one file each. */
#ifndef TL_CLUSTER_REF_H
#define TL_CLUSTER_REF_H
#include <limits.h>
#include "kn_internal.h"

/* ------------------------------------------------------------ families */

static int family(int type) {
  return type == KN_EV_TALKS || type == KN_EV_BRIEFING ? KN_EV_MEETING : type;
}

/* ------------------------------------------------------------- indexes */

typedef struct ilist { uint32_t *v; uint32_t n, cap; } ilist;
typedef struct islot { uint64_t key; uint32_t list; uint32_t used; } islot;

typedef struct index_ {
  kn_alloc f; void *ud;
  islot *slot; size_t nslot, count;
  ilist *lists; size_t nlists, caplists;
} index_;

static uint32_t mix64(uint64_t k) {
  k ^= k >> 33; k *= 0xff51afd7ed558ccdULL; k ^= k >> 33; k *= 0xc4ceb9fe1a85ec53ULL; k ^= k >> 33;
  return (uint32_t)k;
}

static kn_status idx_rehash(index_ *ix, size_t n) {
  islot *s = ix->f(ix->ud, NULL, 0, n * sizeof(islot));
  if (!s) return KN_ENOMEM;
  memset(s, 0, n * sizeof(islot));
  for (size_t i = 0; i < ix->nslot; i++) {
    if (!ix->slot[i].used) continue;
    size_t j = mix64(ix->slot[i].key) & (n - 1);
    while (s[j].used) j = (j + 1) & (n - 1);
    s[j] = ix->slot[i];
  }
  kn_free(ix->f, ix->ud, ix->slot, ix->nslot * sizeof(islot));
  ix->slot = s; ix->nslot = n;
  return KN_OK;
}

/* The list of key (created when missing); NULL on failure. */
static ilist *idx_list(index_ *ix, uint64_t key, int create) {
  if (ix->nslot) {
    size_t mask = ix->nslot - 1;
    for (size_t j = mix64(key) & mask;; j = (j + 1) & mask) {
      if (!ix->slot[j].used) break;
      if (ix->slot[j].key == key) return &ix->lists[ix->slot[j].list];
    }
  }
  if (!create) return NULL;
  if ((ix->count + 1) * 2 > ix->nslot && idx_rehash(ix, ix->nslot ? ix->nslot * 2 : 1024)) return NULL;
  if (kn_grow(ix->f, ix->ud, (void **)&ix->lists, &ix->caplists, ix->nlists + 1, sizeof(ilist))) return NULL;
  size_t mask = ix->nslot - 1, j = mix64(key) & mask;
  while (ix->slot[j].used) j = (j + 1) & mask;
  ix->slot[j].key = key; ix->slot[j].used = 1; ix->slot[j].list = (uint32_t)ix->nlists;
  memset(&ix->lists[ix->nlists], 0, sizeof(ilist));
  ix->count++;
  return &ix->lists[ix->nlists++];
}

static kn_status list_push(index_ *ix, ilist *l, uint32_t v) {
  if (l->n && l->v[l->n - 1] == v) return KN_OK;
  if (l->n == l->cap) {
    uint32_t nc = l->cap ? l->cap * 2 : 4;
    uint32_t *p = ix->f(ix->ud, l->v, l->cap * sizeof(uint32_t), nc * sizeof(uint32_t));
    if (!p) return KN_ENOMEM;
    l->v = p; l->cap = nc;
  }
  l->v[l->n++] = v;
  return KN_OK;
}

static void idx_free(index_ *ix) {
  for (size_t i = 0; i < ix->nlists; i++) kn_free(ix->f, ix->ud, ix->lists[i].v, ix->lists[i].cap * sizeof(uint32_t));
  kn_free(ix->f, ix->ud, ix->lists, ix->caplists * sizeof(ilist));
  kn_free(ix->f, ix->ud, ix->slot, ix->nslot * sizeof(islot));
}

/* ------------------------------------------------------------ clusters */

typedef struct cluster {
  int fam;
  uint32_t doc0;               /* a document of the cluster (same-document days) */
  uint32_t docs;               /* documents seen: 1, or 2 meaning several */
  int32_t dmin, dmax;          /* day numbers of day-level members (INT_MAX/INT_MIN: none) */
  int32_t kmin, kmax;          /* the days an event must fall on to be on the entry's days */
  int32_t cmin, cmax;          /* day numbers of coarse members' periods */
  int32_t location, series;
  uint32_t *part; uint32_t npart, cappart;
  int32_t pmax;                /* the day number of its members' latest document (INT_MIN: none) */
  int32_t emin, emax;          /* the days doc0 gives its members (INT_MAX/INT_MIN: none) */
  uint32_t pset[4];            /* events naming two people or more, each set once */
  uint32_t npset;
  uint32_t heads;              /* KN_HEAD_* bits of its members' words */
  int lentplan;                /* every member a plan its sentence lends a named meeting */
  int plans;                   /* members naming a party: 0 none, 1 all plans, 2 one not a plan */
  int unlone;                  /* a member not lone_event (a plan, a series of tests) */
  uint32_t nonpers;            /* a weapons test's: participants not people */
  int32_t stamp;               /* scratch: last event that looked at it */
  int hits;                    /* scratch: the event's participants it has */
  int indoc;                   /* scratch: in the list of the event's document */
} cluster;

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
  index_ ix;
  size_t n;                    /* events */
} ctx;

static uint64_t part_key(int fam, int32_t id) { return ((uint64_t)(uint32_t)fam << 34) | (uint32_t)id; }
static uint64_t series_key(int fam, int32_t id) { return ((uint64_t)(uint32_t)fam << 34) | ((uint64_t)1 << 32) | (uint32_t)id; }
static uint64_t doc_key(int fam, uint32_t doc) { return ((uint64_t)(uint32_t)fam << 34) | ((uint64_t)2 << 32) | doc; }

static int contains(const ctx *x, int32_t outer, int32_t inner) {
  for (int depth = 0; inner >= 0 && depth < 16; depth++) {
    if (inner == outer) return 1;
    inner = (size_t)inner < x->nloc ? x->loc_parent[inner] : -1;
  }
  return 0;
}


static int ongoing(int fam) { return fam == KN_EV_DEPLOYMENT || fam == KN_EV_EXERCISE; }
/* a deployment, a state: undated mentions a year after it (kn_tl.c, lasting) */
static int lasting(int fam) { return fam == KN_EV_DEPLOYMENT; }
/* a weapons test: one party's act, its tester the evidence */
static int lone_act(int fam) { return fam == KN_EV_WEAPONS_TEST; }
/* not a plan, nor tests told by a period with a plural word (a series) */
static int lone_event(const kn_tl_event *e) {
  return e->modality != KN_MOD_PLANNED && !(e->head == KN_HEAD_TESTS && e->gran != KN_GRAN_DAY);
}

static int enough_shared(int fam, int shared, uint32_t npart) {
  return shared >= 1 && (ongoing(fam) || 3 * shared >= (int)npart);
}

/* One party: one person and at most his country (kn_tl.c, one_party). */
static int one_party(const ctx *x, const kn_tl_event *e) {
  if (e->npers != 1 || e->npart > 2) return 0;
  if (e->npart == 1) return 1;
  int32_t p = x->parts[e->pers];
  int32_t q = x->parts[e->part] == p ? x->parts[e->part + 1] : x->parts[e->part];
  return (size_t)p < x->nloc && x->loc_parent[p] == q;
}

static uint32_t common_ids(const int32_t *a, uint32_t na, const int32_t *b, uint32_t nb) {
  uint32_t k = 0;
  for (uint32_t i = 0; i < na; i++)
    for (uint32_t j = 0; j < nb; j++) if (a[i] == b[j]) { k++; break; }
  return k;
}

static int cast_fits(const ctx *x, const cluster *c, const kn_tl_event *e) {
  for (uint32_t i = 0; i < c->npset; i++) {
    const kn_tl_event *o = &x->ev[c->pset[i]];
    uint32_t k = common_ids(x->parts + e->pers, e->npers, x->parts + o->pers, o->npers);
    uint32_t m = e->npers < o->npers ? e->npers : o->npers;
    /* a cast of two fits only the same two (a bilateral) */
    if (2 * k <= m || (m == 2 && e->npers != o->npers)) return 0;
  }
  return 1;
}

/* Is id among the entry's participants? */
static int has_part(const cluster *c, uint32_t id) {
  for (uint32_t j = 0; j < c->npart; j++) if (c->part[j] == id) return 1;
  return 0;
}

static int is_person(const ctx *x, const kn_tl_event *e, uint32_t id) {
  for (uint32_t j = 0; j < e->npers; j++) if ((uint32_t)x->parts[e->pers + j] == id) return 1;
  return 0;
}

/* The same parties not people (testers) in e as in the entry: no joint
** test by another tester too */
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

/* A tester of e the entry has, with a test told by its day (not a plan,
** told with one participant not a person)
** in [lo, hi] more than a day from [a, b], or with a > b on two days more
** than a day apart: every event looked at, every time. */
static int tests_apart(const ctx *x, const cluster *c, const kn_tl_event *e, int32_t lo, int32_t hi, int32_t a,
                       int32_t b) {
  if (lo > hi) return 0;
  for (uint32_t i = 0; i < e->npart; i++) {
    int32_t p = x->parts[e->part + i];
    if (!has_part(c, (uint32_t)p)) continue;
    int32_t first = INT32_MAX, last = INT32_MIN;
    for (size_t k = 0; k < x->n; k++) {
      const kn_tl_event *o = &x->ev[k];
      if (!lone_act(family(o->type)) || o->gran != KN_GRAN_DAY || !lone_event(o)) continue;
      if (o->npart != o->npers + 1) continue;   /* one tester: one participant not a person */
      int32_t d = x->days[k].d0;
      if (d < lo || d > hi) continue;
      int has = 0;
      for (uint32_t j = 0; j < o->npart; j++) if (x->parts[o->part + j] == p) has = 1;
      if (!has) continue;
      if (a <= b && ((int64_t)d < (int64_t)a - 1 || (int64_t)d > (int64_t)b + 1)) return 1;
      if (d < first) first = d;
      if (d > last) last = d;
    }
    if (a > b && first != INT32_MAX && (int64_t)last > (int64_t)first + 1) return 1;
  }
  return 0;
}

/* An event told with at most one person and with bodies or countries
** ("Cho attended the session of NATO and its partners") is not the meeting
** of a cast of two people or more unless the entry has those too: the
** foreign ministers' session beside Cho's talks with his two counterparts
** that day; nor a summit, even told with no cast: Yoon's one-on-one talks
** with the leaders of Norway and the Netherlands on its margins. (An outlet
** that names more parties at the entry's own place is another matter: the
** place is the evidence.) */
static int bodies_fit(const ctx *x, const cluster *c, const kn_tl_event *e) {
  /* plainly, each participant against each person (the core walks the
  ** two sorted lists together) */
  for (uint32_t i = 0; i < e->npart; i++) {
    int32_t id = x->parts[e->part + i];
    int person = 0;
    for (uint32_t j = 0; j < e->npers; j++) {
      int32_t q = x->parts[e->pers + j];
      /* a person, or his own country (kn_tl.c, own_country) */
      if (q == id || ((size_t)q < x->nloc && x->loc_parent[q] == id)) person = 1;
    }
    if (!person && !has_part(c, (uint32_t)id)) return 0;
  }
  return 1;
}

/* Kinds of gathering: a press conference only with press conferences;
** two kinds are two events unless the entry has a cast; a bilateral is no
** summit, session or forum told with no cast; a summit told with at most
** one person is no meeting of a cast that no mention calls a summit. */
static int heads_fit(const cluster *c, const kn_tl_event *e) {
  uint32_t hb = e->head ? 1u << e->head : 0, press = 1u << KN_HEAD_PRESS;
  uint32_t many = (1u << KN_HEAD_SUMMIT) | (1u << KN_HEAD_SESSION) | (1u << KN_HEAD_FORUM);
  if (((c->heads & press) != 0) != (hb == press)) return 0;
  if (hb && (c->heads & ~hb) && c->npset == 0) return 0;
  if (e->npers == 2 && c->npset == 0 && (c->heads & many)) return 0;
  if (e->head == KN_HEAD_SUMMIT && e->npers < 2 && c->npset > 0 && !(c->heads & (1u << KN_HEAD_SUMMIT))) return 0;
  return 1;
}

/* Score of event e (days ed) in cluster c sharing `shared` of its
** participants, or -1 when they are incompatible. */
static int score(const ctx *x, const cluster *c, const kn_tl_event *e, const edays *ed, int shared, int in_doc) {
  if (c->fam != family(e->type)) return -1;
  if (e->series >= 0 && c->series >= 0 && e->series != c->series) return -1;   /* another named meeting */
  /* a summit by its own word at the entry's place, which a member calls a
  ** summit, neither told with a cast of people: the same meeting, as by
  ** its name (not one a sentence lends), but for the tests of a cast */
  int named = e->series >= 0 && e->series == c->series;
  int at_place = e->head == KN_HEAD_SUMMIT && e->location >= 0 && e->location == c->location &&
                 (c->heads & (1u << KN_HEAD_SUMMIT)) && !e->lent && e->npers < 2 && c->npset == 0;
  int same_series = named || at_place;
  int same_doc = in_doc;
  /* enough of the event's participants already in the entry */
  int enough = enough_shared(c->fam, shared, e->npart);
  /* a person and his country are one party: strong with the entry's place
  ** or as its own document's account, not a plan */
  int party = !one_party(x, e) || (e->location >= 0 && e->location == c->location) ||
              (same_doc && e->modality != KN_MOD_PLANNED);
  int strong = (shared >= 2 && enough && party) || same_series || (ongoing(c->fam) && enough);
  int exact = 0, late = 0, plan = 0;
  int32_t slack = ongoing(c->fam) ? 14 : 1;
  uint32_t many = (1u << KN_HEAD_SUMMIT) | (1u << KN_HEAD_SESSION) | (1u << KN_HEAD_FORUM);
  if (!heads_fit(c, e)) return -1;
  /* a test's tester, all of the event's parties or all of the entry's, not
  ** a forecast nor a series on either side: enough to place it by a month or less (31 days at most) */
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
      /* a neighbouring day, on strong evidence (its own document's
      ** second day only when that document gave the entry a period, no
      ** day); not a mention of countries or bodies only into the meeting
      ** of a cast of people */
      else if (!(strong && (!same_doc || ongoing(c->fam) || (e->doc == c->doc0 && c->emin == INT32_MAX)) &&
                 (e->npers > 0 || c->npset == 0 || same_series || ongoing(c->fam)) &&
                 d0 <= c->kmax + slack && d1 >= c->kmin - slack)) return -1;
      /* the day before or after a named meeting's: the meeting only when
      ** it is named (the partners' session the day after the summit) */
      else if (c->series >= 0 && !same_series) return -1;
      /* nor a summit by its place alone on a neighbouring day */
      else if (same_series && !named && !(shared >= 2 && enough)) return -1;
    } else if (c->cmin != INT32_MAX) {
      if (!(d0 >= c->cmin && d0 <= c->cmax)) return -1;
      /* a month or more draws a day in only by the same meeting, by
      ** its document when the day's mention names nobody or enough, or
      ** by a cast of three people or more (strong; cast_fits below), or
      ** of two at the place of an entry of a month at most */
      if (c->cmax - c->cmin > 7 && !same_series && !(same_doc && (e->npart == 0 || enough)) && !(strong && e->npers >= 3) &&
          !(strong && e->npers >= 2 && e->location >= 0 && e->location == c->location && c->cmax - c->cmin <= 30) &&
          !(sole && c->cmax - c->cmin <= 30 && !tests_apart(x, c, e, c->cmin, c->cmax, d0, d1))) return -1;
      /* nor a mention of countries or bodies only into a cast's meeting */
      if (e->npers == 0 && e->npart > 0 && c->npset > 0 && !same_series && !ongoing(c->fam)) return -1;
      /* a named meeting's own mention, or a summit's, session's or forum's
      ** by its own word, into plans that only lend a meeting, lacking a
      ** party of theirs */
      if (c->lentplan && (e->series >= 0 || (e->head && ((1u << e->head) & many))) && !e->lent && !ongoing(c->fam))
        for (uint32_t i = 0; i < c->npart; i++) {
          int have = 0;
          for (uint32_t j = 0; j < e->npart; j++) if ((uint32_t)x->parts[e->part + j] == c->part[i]) have = 1;
          if (!have) return -1;
        }
      exact = 1;
    } else return -1;
  } else if (e->gran != KN_GRAN_NONE) {
    int32_t d0 = ed->d0, d1 = ed->d1;
    /* a week, month or year says little; a test's tester, with a month or
    ** less that holds the entry's days or period or lies in its period */
    if (!strong && !(sole && d1 - d0 <= 30)) return -1;
    if (c->dmin != INT32_MAX) {
      if (!(c->dmin >= d0 && c->dmax <= d1)) return -1;
      /* the tester tested on other days in the period */
      if (!strong && tests_apart(x, c, e, d0, d1, c->dmin, c->dmax)) return -1;
      /* a plan placed in the entry's days' period names no party they lack */
      if (e->modality == KN_MOD_PLANNED && !ongoing(c->fam) && !(same_series && !e->lent))
        for (uint32_t i = 0; i < e->npart; i++)
          if (!has_part(c, (uint32_t)x->parts[e->part + i])) return -1;
    } else if (c->cmin != INT32_MAX) {
      if (!(d0 <= c->cmax && d1 >= c->cmin)) return -1;
      if (!strong) {
        if (c->cmax - c->cmin > 30) return -1;
        int inside = d0 >= c->cmin && d1 <= c->cmax, around = c->cmin >= d0 && c->cmax <= d1;
        if (!inside && !around) return -1;
        /* the tester tested on two days apart in both periods */
        if (tests_apart(x, c, e, d0 > c->cmin ? d0 : c->cmin, d1 < c->cmax ? d1 : c->cmax, 1, 0)) return -1;
      }
    } else return -1;
  } else {
    /* undated: near its document's date, on strong evidence; naming
    ** nobody, in an entry of its document */
    int recent = 0;
    if (c->dmin != INT32_MAX || c->cmin != INT32_MAX) {
      if (!e->published) return -1;
      int32_t pub = ed->pub;
      int32_t lo = c->dmin != INT32_MAX ? c->dmin : c->cmin, hi = c->dmax != INT32_MIN ? c->dmax : c->cmax;
      if (lo > pub + 7) return -1;
      /* more than a month on: a deployment's mention, not a plan, naming
      ** only the entry's parties, within a year (and after the month's) */
      if (hi < pub - 31) {
        if (!lasting(c->fam) || hi < pub - 365 || e->npart == 0 || e->modality == KN_MOD_PLANNED) return -1;
        for (uint32_t i = 0; i < e->npart; i++)
          if (!has_part(c, (uint32_t)x->parts[e->part + i])) return -1;
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
    /* a plan, in a dated entry, names no party its dated mentions do not */
    if (e->modality == KN_MOD_PLANNED && (c->dmin != INT32_MAX || c->cmin != INT32_MAX) && !ongoing(c->fam) &&
        !(same_series && !e->lent) && !(same_doc && e->npart == 0))
      for (uint32_t i = 0; i < e->npart; i++)
        if (!has_part(c, (uint32_t)x->parts[e->part + i])) return -1;
    /* nor, in a dated entry of a cast of people, does any undated mention
    ** name a person the entry lacks */
    if ((c->dmin != INT32_MAX || c->cmin != INT32_MAX) && !ongoing(c->fam) && !same_series && c->npset > 0)
      for (uint32_t i = 0; i < e->npers; i++)
        if (!has_part(c, (uint32_t)x->parts[e->pers + i])) return -1;
    /* a mention told as done, naming a party, two points lower in an
    ** undated entry whose members naming a party are all plans of another
    ** document (kn_tl.c, PLANS_ALL) */
    if (c->dmin == INT32_MAX && c->cmin == INT32_MAX && c->plans == 1 && e->modality != KN_MOD_PLANNED &&
        e->npart > 0 && !same_doc)
      plan = 2;
  }
  if (!enough && !same_series && !(same_doc && exact)) return -1;
  if (!ongoing(c->fam) && e->npers >= 2 && !named && !cast_fits(x, c, e)) return -1;
  if (!ongoing(c->fam) && e->npers == 1 && (c->npset > 0 || (c->heads & (1u << KN_HEAD_SUMMIT))) && !same_series &&
      !(e->location >= 0 && e->location == c->location) && !bodies_fit(x, c, e)) return -1;
  /* nor, by its document alone, a mention of countries or bodies only,
  ** none of them the entry's, into a cast's meeting */
  if (!ongoing(c->fam) && e->npers == 0 && e->npart > 0 && c->npset > 0 && !same_series && shared == 0) return -1;
  /* an entry of a named meeting told with no cast (the summit, its host)
  ** is not the meeting of two people or more that does not name it:
  ** "Yoon met Stoltenberg" beside "Yoon arrived for the NATO summit" */
  if (!ongoing(c->fam) && e->npers >= 2 && !(named && !e->lent) && c->series >= 0 && c->npset == 0) return -1;
  /* troops sent to a place inside the entry's place, or around it, are
  ** another move: sent to Russia, then to the Kursk region; but not to a
  ** place around it that takes part in the entry's move (Russia, whose
  ** ships carried them to Vladivostok) */
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

static kn_status join(ctx *x, uint32_t ci, const kn_tl_event *e, const edays *ed) {
  cluster *c = &x->c[ci];
  const int32_t *p = x->parts + e->part;
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
  /* an undated mention in a dated entry lends it no place either */
  if (c->location < 0 && (e->gran != KN_GRAN_NONE || (c->dmin == INT32_MAX && c->cmin == INT32_MAX)))
    c->location = e->location;
  if (e->published && ed->pub > c->pmax) c->pmax = ed->pub;
  if (e->npers >= 2 && c->npset < 4) {
    uint32_t i = 0;
    for (; i < c->npset; i++) {
      const kn_tl_event *o = &x->ev[c->pset[i]];
      if (o->npers == e->npers && common_ids(x->parts + e->pers, e->npers, x->parts + o->pers, o->npers) == e->npers) break;
    }
    if (i == c->npset) c->pset[c->npset++] = (uint32_t)(e - x->ev);
  }
  int fam = c->fam;
  if (e->head) c->heads |= 1u << e->head;
  if (!lone_event(e)) c->unlone = 1;
  c->lentplan = (c->docs == 0 || c->lentplan) && e->modality == KN_MOD_PLANNED && e->lent;
  if (e->npart > 0 && c->plans != 2) c->plans = e->modality == KN_MOD_PLANNED ? 1 : 2;
  if (c->docs == 0) { c->doc0 = e->doc; c->docs = 1; }
  else if (c->doc0 != e->doc) c->docs = 2;
  if (e->doc == c->doc0 && e->gran == KN_GRAN_DAY) {
    if (ed->d0 < c->emin) c->emin = ed->d0;
    if (ed->d1 > c->emax) c->emax = ed->d1;
  }
  {
    ilist *l = idx_list(&x->ix, doc_key(fam, e->doc), 1);
    if (!l) return KN_ENOMEM;
    uint32_t j = 0;
    while (j < l->n && l->v[j] != ci) j++;
    if (j == l->n && list_push(&x->ix, l, ci)) return KN_ENOMEM;
  }
  if (c->series < 0 && e->series >= 0 && !e->lent) {
    c->series = e->series;
    ilist *l = idx_list(&x->ix, series_key(fam, e->series), 1);
    if (!l || list_push(&x->ix, l, ci)) return KN_ENOMEM;
  }
  /* an undated mention in a dated entry lends it no participants */
  if (e->gran == KN_GRAN_NONE && (c->dmin != INT32_MAX || c->cmin != INT32_MAX)) return KN_OK;
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
    if (lone_act(fam) && !is_person(x, e, (uint32_t)p[i])) c->nonpers++;
    ilist *l = idx_list(&x->ix, part_key(fam, p[i]), 1);
    if (!l || list_push(&x->ix, l, ci)) return KN_ENOMEM;
  }
  return KN_OK;
}

static kn_status new_cluster(ctx *x, const kn_tl_event *e, const edays *ed, uint32_t *out) {
  kn_status st = kn_grow(x->f, x->ud, (void **)&x->c, &x->capc, x->nc + 1, sizeof(cluster));
  if (st) return st;
  cluster *c = &x->c[x->nc];
  memset(c, 0, sizeof *c);
  c->fam = family(e->type);
  c->dmin = c->cmin = c->kmin = INT32_MAX;
  c->dmax = c->cmax = c->kmax = INT32_MIN;
  c->pmax = INT32_MIN;
  c->emin = INT32_MAX; c->emax = INT32_MIN;
  c->location = -1; c->series = -1;
  c->stamp = -1;
  *out = (uint32_t)x->nc++;
  return join(x, *out, e, ed);
}

/* Canonical order: dated events by first day, then undated; then family,
** then the caller's order. */
/* An event's place in time: its first day, or for an undated one a week
** after its document's date (undated events after dated ones of that day). */
static int64_t sort_day(const kn_tl_event *e) {
  if (e->gran) return (int64_t)e->day0 * 2;
  if (e->published) return (int64_t)kn_day_ymd(kn_day_number(e->published) + 7) * 2 + 1;
  return INT64_MAX;
}

static int ev_less(const kn_tl_event *ev, uint32_t ia, uint32_t ib) {
  const kn_tl_event *a = &ev[ia], *b = &ev[ib];
  int64_t da = sort_day(a), db = sort_day(b);
  if (da != db) return da < db;
  int fa = family(a->type), fb = family(b->type);
  if (fa != fb) return fa < fb;
  return a->order < b->order;
}

/* Bottom-up merge sort of indexes (stable, no global state). */
static void sort_events(const kn_tl_event *ev, uint32_t *v, uint32_t *tmp, size_t n) {
  for (size_t w = 1; w < n; w *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * w) {
      size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) tmp[k++] = ev_less(ev, v[j], v[i]) ? v[j++] : v[i++];
      while (i < mid) tmp[k++] = v[i++];
      while (j < hi) tmp[k++] = v[j++];
    }
    memcpy(v, tmp, n * sizeof(uint32_t));
  }
}

/* Drops clusters too far behind day d from a list (they can no longer
** match a later event: events come in date order). */
static void prune(ctx *x, ilist *l, int32_t d) {
  uint32_t w = 0;
  for (uint32_t i = 0; i < l->n; i++) {
    const cluster *c = &x->c[l->v[i]];
    int32_t end = c->dmax != INT32_MIN ? c->dmax : c->cmax;
    if (d == INT32_MAX || end == INT32_MIN || end + (lasting(c->fam) ? 365 : 31) >= d || c->cmax >= d)
      l->v[w++] = l->v[i];
  }
  l->n = w;
}

static kn_status ref_tl_cluster(const kn_tl_event *ev, size_t n, const int32_t *parts,
                        const int32_t *loc_parent, size_t nloc, kn_alloc f, void *ud,
                        uint32_t *entry, size_t *nentries) {
  if (!f) f = kn_default_alloc;
  *nentries = 0;
  if (n == 0) return KN_OK;
  if (n > UINT32_MAX - 1) return KN_ERANGE;
  ctx x;
  memset(&x, 0, sizeof x);
  x.ev = ev; x.parts = parts; x.loc_parent = loc_parent; x.nloc = nloc; x.f = f; x.ud = ud;
  x.ix.f = f; x.ix.ud = ud;
  kn_status st = KN_OK;
  uint32_t *order = f(ud, NULL, 0, n * sizeof(uint32_t));
  if (!order) return KN_ENOMEM;
  for (size_t i = 0; i < n; i++) order[i] = (uint32_t)i;
  {
    /* the cluster numbers array doubles as the sort's scratch space */
    sort_events(ev, order, entry, n);
  }
  /* days once per event */
  edays *days = f(ud, NULL, 0, n * sizeof(edays));
  uint32_t *cand = f(ud, NULL, 0, 64 * sizeof(uint32_t));
  size_t capcand = 64;
  if (!days || !cand) { st = KN_ENOMEM; goto cleanup; }
  for (size_t i = 0; i < n; i++) {
    const kn_tl_event *e = &ev[i];
    days[i].d0 = e->gran ? kn_day_number(e->day0) : 0;
    days[i].d1 = e->gran ? kn_day_number(e->gran == KN_GRAN_DAY && e->end0 ? e->end1 : e->day1) : 0;
    days[i].pub = e->published ? kn_day_number(e->published) : 0;
  }
  x.days = days;
  x.n = n;
  /* clusters are numbered as created, which is in canonical order */
  uint32_t *cl = entry;
  for (size_t k = 0; k < n; k++) {
    uint32_t ei = order[k];
    const kn_tl_event *e = &ev[ei];
    const edays *ed = &days[ei];
    int fam = family(e->type);
    /* (an undated event comes a week after its report, and looks a month
    ** before it) */
    int32_t dnum = e->gran ? ed->d0 - 7 : e->published ? ed->pub - 31 : INT32_MAX;
    size_t nc = 0;
    /* candidates: clusters sharing a participant (counted as hits), the
    ** named meeting or the document */
    for (uint32_t i = 0; i <= e->npart + 1; i++) {
      ilist *l = i < e->npart ? idx_list(&x.ix, part_key(fam, parts[e->part + i]), 0)
               : i == e->npart ? (e->series >= 0 ? idx_list(&x.ix, series_key(fam, e->series), 0) : NULL)
               : idx_list(&x.ix, doc_key(fam, e->doc), 0);
      if (!l) continue;
      prune(&x, l, dnum);
      for (uint32_t j = 0; j < l->n; j++) {
        cluster *c = &x.c[l->v[j]];
        if (c->stamp != (int32_t)k) {
          c->stamp = (int32_t)k;
          c->hits = 0;
          c->indoc = 0;
          if (nc == capcand && (st = kn_grow(f, ud, (void **)&cand, &capcand, nc + 1, sizeof(uint32_t)))) goto cleanup;
          cand[nc++] = l->v[j];
        }
        if (i < e->npart) c->hits++;
        else if (i == e->npart + 1) c->indoc = 1;
      }
    }
    /* a summit at a place: every summit entry of that place (score) */
    if (e->head == KN_HEAD_SUMMIT && e->location >= 0)
      for (size_t ci = 0; ci < x.nc; ci++) {
        cluster *c = &x.c[ci];
        if (c->stamp == (int32_t)k || c->location != e->location || !(c->heads & (1u << KN_HEAD_SUMMIT))) continue;
        c->stamp = (int32_t)k;
        c->hits = 0;
        c->indoc = 0;
        if (nc == capcand && (st = kn_grow(f, ud, (void **)&cand, &capcand, nc + 1, sizeof(uint32_t)))) goto cleanup;
        cand[nc++] = (uint32_t)ci;
      }
    long best = -1;
    int bests = -1;
    for (size_t j = 0; j < nc; j++) {
      const cluster *c = &x.c[cand[j]];
      int sc = score(&x, c, e, ed, c->hits, c->indoc);
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
  kn_free(f, ud, days, days ? n * sizeof(edays) : 0);
  kn_free(f, ud, cand, cand ? capcand * sizeof(uint32_t) : 0);
  for (size_t i = 0; i < x.nc; i++) kn_free(f, ud, x.c[i].part, x.c[i].cappart * sizeof(uint32_t));
  kn_free(f, ud, x.c, x.capc * sizeof(cluster));
  idx_free(&x.ix);
  f(ud, order, n * sizeof(uint32_t), 0);
  return st;
}

#endif
