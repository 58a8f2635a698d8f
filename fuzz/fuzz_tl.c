/*
** fuzz_tl.c -- the timeline merge: kn_tl_cluster on events decoded from the
** input, and kn_date_range / kn_day_number / kn_day_ymd on TIMEX3 values.
**
** Layout: 8 bytes of loc_parent (byte % 9 - 1; cycles allowed, the
** gazetteer does not forbid them), then 12 bytes an event:
**   0 type  1 modality  2 date kind (day, month, week, quarter, half,
**   season, year, decade, date-time, vague)  3-4 the day, little-endian
**   days since 2000-01-01  5 bit 7: a stated range, low 3 bits its length
**   6 location (% 9 - 1)  7 bit 7: series (low 2 bits), bits 4-6: the
**   kind of gathering (% KN_HEAD_N)  8 bit 7: no
**   publication date, else published that many days (low 5 bits) after
**   9 document (% 5)  10 low 2 bits: participants, high 4: the first id
**   11 the second and third ids (nibbles).
** Dates go through kn_date_range as the Lua layer's do. A trailing part
** shorter than an event is read as a TIMEX3 value.
**
** Checked: cluster numbers below the count, and the same clusters whatever
** the order of the array (the merge depends only on the set of events).
*/
#include "fuzz_common.h"

#define NLOC 8
#define EVBYTES 12

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc; (void)argv;
  return 0;
}

static void check_day(int32_t ymd) {
  FUZZ_ASSERT(kn_day_ymd(kn_day_number(ymd)) == ymd);
}

static void range_check(const char *v, size_t n) {
  int32_t a, b;
  int g = kn_date_range(v, n, &a, &b);
  FUZZ_ASSERT(g >= KN_GRAN_NONE && g <= KN_GRAN_DECADE);
  if (g == KN_GRAN_NONE) { FUZZ_ASSERT(a == 0 && b == 0); return; }
  FUZZ_ASSERT(a <= b);
  check_day(a);
  check_day(b);
}

static int32_t day_at(unsigned off) { return kn_day_ymd(kn_day_number(20000101) + (int32_t)off); }

/* The TIMEX3 value of kind k on day off. */
static size_t pick_value(uint8_t k, unsigned off, char *out, size_t cap) {
  int32_t d = day_at(off);
  int y = d / 10000, m = d / 100 % 100, dd = d % 100;
  int doy = kn_day_number(d) - kn_day_number(y * 10000 + 101);
  static const char *const SEASON[] = { "WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI" };
  static const char *const VAGUE[] = { "PAST_REF", "FUTURE_REF", "PRESENT_REF", "XXXX-10-28", "P3Y" };
  int w;
  switch (k % 10) {
    case 0: w = snprintf(out, cap, "%04d-%02d-%02d", y, m, dd); break;
    case 1: w = snprintf(out, cap, "%04d-%02d", y, m); break;
    case 2: w = snprintf(out, cap, "%04d-W%02d", y, doy / 7 + 1); break;
    case 3: w = snprintf(out, cap, "%04d-Q%d", y, (m - 1) / 3 + 1); break;
    case 4: w = snprintf(out, cap, "%04d-H%d", y, m <= 6 ? 1 : 2); break;
    case 5: w = snprintf(out, cap, "%04d-%s", y, SEASON[m - 1]); break;
    case 6: w = snprintf(out, cap, "%04d", y); break;
    case 7: w = snprintf(out, cap, "%03d", y / 10); break;
    case 8: w = snprintf(out, cap, "%04d-%02d-%02dT%02d:%02d", y, m, dd, off % 24, off % 60); break;
    default: w = snprintf(out, cap, "%s", VAGUE[off % 5]); break;
  }
  return w > 0 ? (size_t)w : 0;
}

typedef struct built {
  kn_tl_event *ev;
  int32_t *parts;
  size_t n, np;
} built;

static void decode(const uint8_t *d, size_t nev, built *B) {
  B->n = nev;
  B->ev = calloc(nev ? nev : 1, sizeof(kn_tl_event));
  B->parts = calloc(nev * 3 + 1, sizeof(int32_t));
  B->np = 0;
  FUZZ_ASSERT(B->ev && B->parts);
  for (size_t i = 0; i < nev; i++) {
    const uint8_t *b = d + i * EVBYTES;
    kn_tl_event *e = &B->ev[i];
    char v[40];
    unsigned off = (unsigned)b[3] | ((unsigned)b[4] << 8);
    e->type = (uint8_t)(b[0] % KN_EV_NTYPES + 1);
    e->modality = (uint8_t)(b[1] % 3 + 1);
    size_t vl = pick_value(b[2], off, v, sizeof v);
    range_check(v, vl);
    e->gran = (uint8_t)kn_date_range(v, vl, &e->day0, &e->day1);
    if (e->gran == KN_GRAN_DAY && (b[5] & 0x80)) {
      char ve[40];
      int32_t end = day_at(off + (b[5] & 7));
      int w = snprintf(ve, sizeof ve, "%04d-%02d-%02d", end / 10000, end / 100 % 100, end % 100);
      kn_date_range(ve, (size_t)w, &e->end0, &e->end1);
    }
    e->location = (int32_t)(b[6] % (NLOC + 1)) - 1;
    e->series = (b[7] & 0x80) ? (int32_t)(b[7] & 3) : -1;
    e->head = (uint8_t)(((b[7] >> 4) & 7) % KN_HEAD_N);
    e->published = (b[8] & 0x80) ? 0 : day_at(off + (b[8] & 31));
    e->doc = b[9] % 5;
    e->order = ((uint64_t)e->doc << 32) | (uint64_t)i;   /* unique */
    /* participants: up to 3 of 16 ids, sorted, distinct */
    int32_t cand[3] = { b[10] >> 4, b[11] & 15, b[11] >> 4 }, p[3];
    uint32_t k = 0;
    for (uint32_t j = 0; j < (uint32_t)(b[10] & 3) && j < 3; j++) {
      int dup = 0;
      for (uint32_t q = 0; q < k; q++) if (p[q] == cand[j]) dup = 1;
      if (!dup) p[k++] = cand[j];
    }
    for (uint32_t x = 1; x < k; x++)
      for (uint32_t y = x; y > 0 && p[y - 1] > p[y]; y--) { int32_t t = p[y]; p[y] = p[y - 1]; p[y - 1] = t; }
    e->part = (uint32_t)B->np;
    e->npart = k;
    for (uint32_t j = 0; j < k; j++) B->parts[B->np++] = p[j];
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < NLOC) {
    range_check((const char *)data, size);
    return 0;
  }
  int32_t loc_parent[NLOC];
  for (int i = 0; i < NLOC; i++) loc_parent[i] = (int32_t)(data[i] % (NLOC + 1)) - 1;
  const uint8_t *d = data + NLOC;
  size_t rest = size - NLOC, nev = rest / EVBYTES;
  if (nev > 4000) nev = 4000;
  range_check((const char *)d + nev * EVBYTES, rest - nev * EVBYTES);
  built B;
  decode(d, nev, &B);
  uint32_t *entry = calloc(nev + 1, sizeof(uint32_t));
  size_t ne = 0;
  FUZZ_ASSERT(entry);
  FUZZ_ASSERT(kn_tl_cluster(B.ev, nev, B.parts, loc_parent, NLOC, kn_default_alloc, NULL, entry, &ne) == KN_OK);
  FUZZ_ASSERT(ne <= nev);
  FUZZ_ASSERT(nev == 0 || ne >= 1);
  for (size_t i = 0; i < nev; i++) FUZZ_ASSERT(entry[i] < ne);

  /* the array reversed (participants copied along): the same clusters */
  if (nev > 1) {
    kn_tl_event *rev = calloc(nev, sizeof(kn_tl_event));
    int32_t *rparts = calloc(B.np + 1, sizeof(int32_t));
    uint32_t *rentry = calloc(nev, sizeof(uint32_t));
    FUZZ_ASSERT(rev && rparts && rentry);
    size_t rp = 0;
    for (size_t i = 0; i < nev; i++) {
      rev[i] = B.ev[nev - 1 - i];
      rev[i].part = (uint32_t)rp;
      for (uint32_t k = 0; k < rev[i].npart; k++) rparts[rp++] = B.parts[B.ev[nev - 1 - i].part + k];
    }
    size_t rne = 0;
    FUZZ_ASSERT(kn_tl_cluster(rev, nev, rparts, loc_parent, NLOC, kn_default_alloc, NULL, rentry, &rne) == KN_OK);
    FUZZ_ASSERT(rne == ne);
    for (size_t i = 0; i < nev; i++) FUZZ_ASSERT(rentry[nev - 1 - i] == entry[i]);
    free(rev); free(rparts); free(rentry);
  }
  free(entry);
  free(B.ev);
  free(B.parts);
  return 0;
}
