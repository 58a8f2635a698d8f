/*
** kn_tl_partial.c -- partial timelines: a store's mention records and
** entity names written as one line of JSON, and read back into a store.
**
** The map side of the distributed timeline (`timeline --format partial`)
** writes what the merge needs and nothing it recomputes: no entries, no
** clustering, strings once each. The reduce side (`merge`) reads it here
** straight into its store, with no Lua value per record.
**
**   {"partial":2,"strings":["...", ...],
**    "records":[[doc,event,sentence,type,modality,source,published,date,
**                date_end,location,series,series_lent,participants,
**                aliases,names], ...],
**    "entities":[[entity,name], ...]}
**
** Strings are given by their index in "strings" (0-based), null for none.
** event is a number n when the event's id is "<doc>#n", else the id as a
** string; sentence a number (integers without '.', floats with '.' or an
** exponent, "inf", "-inf", "nan" as strings) or null; series_lent 0 or 1,
** plus twice the kind of gathering the trigger's word names (KN_HEAD_*:
** 2 a summit, 4 a session, …; version 1, which had no kinds, only 0 or 1);
** participants an array of indexes; aliases and names null or a flat array
** of pairs (key, value). entities: the name each entity was first given
** (null: given none). Strings hold the store's bytes: '"', '\\' and
** control bytes escaped, everything else as it is (text that is not UTF-8
** stays as it came, so the merge sees the bytes one process would).
**
** Reading checks the whole text before the store changes (bad input adds
** nothing) and says where it stopped: "records[12].modality: expected a
** string index or null at byte 4711".
*/
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "kn_internal.h"

/* ------------------------------------------------------------ writing */

typedef struct wbuf { kn_tl_store *s; kn_alloc f; void *ud; kn_tl_buf *b; kn_status st; } wbuf;

static void w_add(wbuf *w, const char *p, size_t n) {
  if (w->st) return;
  kn_tl_buf *b = w->b;
  if (b->n + n + 1 > b->cap) {
    size_t nc = b->cap ? b->cap : 4096;
    while (nc < b->n + n + 1) {
      if (nc > ((size_t)-1) / 2) { w->st = KN_ENOMEM; return; }
      nc *= 2;
    }
    char *q = w->f(w->ud, b->p, b->cap, nc);
    if (!q) { w->st = KN_ENOMEM; return; }
    b->p = q; b->cap = nc;
  }
  memcpy(b->p + b->n, p, n);
  b->n += n;
  b->p[b->n] = 0;
}

static void w_str(wbuf *w, const char *lit) { w_add(w, lit, strlen(lit)); }

static void w_u64(wbuf *w, uint64_t v) {
  char d[24], *p = kn_u64_dec(v, d + sizeof d);
  w_add(w, p, (size_t)(d + sizeof d - p));
}

static void w_string(wbuf *w, const char *p, size_t n) {
  w_add(w, "\"", 1);
  size_t i = 0;
  while (i < n) {
    size_t k = i;
    while (k < n && (unsigned char)p[k] >= 0x20 && p[k] != '"' && p[k] != '\\') k++;
    w_add(w, p + i, k - i);
    if (k == n) break;
    unsigned char c = (unsigned char)p[k];
    char e[8];
    if (c == '"' || c == '\\') { e[0] = '\\'; e[1] = (char)c; w_add(w, e, 2); }
    else { snprintf(e, sizeof e, "\\u%04x", c); w_add(w, e, 6); }
    i = k + 1;
  }
  w_add(w, "\"", 1);
}

/* The index of id in the output's strings (map: id -> index + 1). */
static void w_ref(wbuf *w, const uint32_t *map, uint32_t id) {
  if (id == KN_TL_NONE) w_str(w, "null");
  else w_u64(w, map[id] - 1);
}

static void w_pairs(wbuf *w, const uint32_t *map, int has, const uint32_t *v, size_t n) {
  if (!has) { w_str(w, "null"); return; }
  w_add(w, "[", 1);
  for (size_t i = 0; i < 2 * n; i++) {
    if (i) w_add(w, ",", 1);
    w_ref(w, map, v[i]);
  }
  w_add(w, "]", 1);
}

static void w_num(wbuf *w, const kn_tl_num *v) {
  char num[64];
  if (v->kind == KN_TL_NIL) { w_str(w, "null"); return; }
  if (v->kind == KN_TL_INT) {
    snprintf(num, sizeof num, "%lld", (long long)v->i);
  } else if (v->f != v->f) {
    strcpy(num, "\"nan\"");
  } else if (v->f == HUGE_VAL || v->f == -HUGE_VAL) {
    strcpy(num, v->f > 0 ? "\"inf\"" : "\"-inf\"");
  } else {
    /* %.17g reads back to the same double; a '.' keeps it a float */
    int k = snprintf(num, sizeof num, "%.17g", v->f);
    if (k > 0 && (size_t)k < sizeof num - 2 && !strpbrk(num, ".eE")) strcat(num, ".0");
  }
  w_str(w, num);
}

/* Numbers the strings the records and names use, in order of first use. */
static void number(uint32_t *map, uint32_t *order, size_t *n, uint32_t id) {
  if (id == KN_TL_NONE || map[id]) return;
  order[*n] = id;
  map[id] = (uint32_t)++*n;
}

typedef struct bstr { const char *p; size_t n; uint32_t id; } bstr;

static int bstr_cmp(const void *a, const void *b) {
  const bstr *x = a, *y = b;
  int c = memcmp(x->p, y->p, x->n < y->n ? x->n : y->n);
  if (c) return c;
  return x->n < y->n ? -1 : x->n > y->n;
}

kn_status kn_tl_partial_write(kn_tl_store *s, kn_tl_buf *b) {
  void *ud;
  kn_alloc f = kn_tl_alloc(s, &ud);
  size_t nstr = kn_tl_nstr(s), nrec = kn_tl_count(s), nused = 0, nrest = 0;
  bstr *rest = NULL;
  uint32_t *map = f(ud, NULL, 0, (nstr + 1) * sizeof(uint32_t));
  uint32_t *order = f(ud, NULL, 0, (nstr + 1) * sizeof(uint32_t));
  wbuf w = { s, f, ud, b, KN_OK };
  b->n = 0;
  if (!map || !order) { w.st = KN_ENOMEM; goto done; }
  memset(map, 0, (nstr + 1) * sizeof(uint32_t));
  for (size_t i = 0; i < nrec && !w.st; i++) {
    kn_tl_record r;
    if ((w.st = kn_tl_get_record(s, i, &r))) break;
    const uint32_t ids[] = { r.doc, r.type, r.modality, r.source, r.published, r.date, r.date_end,
      r.location, r.series };
    for (size_t k = 0; k < sizeof ids / sizeof ids[0]; k++) number(map, order, &nused, ids[k]);
    for (size_t k = 0; k < r.nparts; k++) number(map, order, &nused, r.parts[k]);
    for (size_t k = 0; k < 2 * r.naliases; k++) number(map, order, &nused, r.aliases[k]);
    for (size_t k = 0; k < 2 * r.nnames; k++) number(map, order, &nused, r.names[k]);
  }
  /* then the names of the entities numbered so far, then the other named
  ** entities by their bytes: an order that does not depend on the ids, so
  ** that a partial read back writes the same bytes */
  for (size_t i = 0; i < nused; i++) {
    uint32_t name;
    if (kn_tl_entity_name(s, order[i], &name)) number(map, order, &nused, name);
  }
  for (uint32_t id = 0; id < nstr; id++) {
    uint32_t name;
    if (!map[id] && kn_tl_entity_name(s, id, &name)) nrest++;
  }
  if (nrest) {
    rest = f(ud, NULL, 0, nrest * sizeof(bstr));
    if (!rest) { w.st = KN_ENOMEM; goto done; }
    size_t k = 0;
    for (uint32_t id = 0; id < nstr; id++) {
      uint32_t name;
      if (map[id] || !kn_tl_entity_name(s, id, &name)) continue;
      size_t n;
      rest[k].p = kn_tl_str(s, id, &n);
      rest[k].n = n; rest[k].id = id;
      k++;
    }
    qsort(rest, nrest, sizeof(bstr), bstr_cmp);
    for (size_t i = 0; i < nrest; i++) {
      uint32_t name;
      number(map, order, &nused, rest[i].id);
      if (kn_tl_entity_name(s, rest[i].id, &name)) number(map, order, &nused, name);
    }
  }
  w_str(&w, "{\"partial\":2,\"strings\":[");
  for (size_t i = 0; i < nused; i++) {
    size_t n;
    const char *p = kn_tl_str(s, order[i], &n);
    if (i) w_add(&w, ",", 1);
    w_string(&w, p, n);
  }
  w_str(&w, "],\"records\":[");
  for (size_t i = 0; i < nrec && !w.st; i++) {
    kn_tl_record r;
    if ((w.st = kn_tl_get_record(s, i, &r))) break;
    w_add(&w, i ? ",[" : "[", i ? 2 : 1);
    w_ref(&w, map, r.doc);
    w_add(&w, ",", 1);
    /* the event: its number when the id is "<doc>#<n>" as printed */
    size_t dl;
    const char *dp = kn_tl_str(s, r.doc, &dl);
    size_t k = dl + 1;
    int canon = r.event_len > k && r.event_len - k <= 19 && !memcmp(r.event, dp, dl) && r.event[dl] == '#' &&
      (r.event[k] != '0' || r.event_len == k + 1);
    uint64_t evn = 0;
    for (size_t j = k; canon && j < r.event_len; j++) {
      if (r.event[j] < '0' || r.event[j] > '9') canon = 0;
      else evn = evn * 10 + (uint64_t)(r.event[j] - '0');
    }
    if (canon && evn > (uint64_t)INT64_MAX) canon = 0;
    if (canon) w_u64(&w, evn);
    else w_string(&w, r.event, r.event_len);
    w_add(&w, ",", 1);
    w_num(&w, &r.sentence);
    const uint32_t ids[] = { r.type, r.modality, r.source, r.published, r.date, r.date_end, r.location,
      r.series };
    for (size_t q = 0; q < sizeof ids / sizeof ids[0]; q++) { w_add(&w, ",", 1); w_ref(&w, map, ids[q]); }
    w_add(&w, ",", 1);
    w_u64(&w, (uint64_t)(r.series_lent ? 1 : 0) + 2 * (uint64_t)r.head);
    w_str(&w, ",[");
    for (size_t q = 0; q < r.nparts; q++) {
      if (q) w_add(&w, ",", 1);
      w_ref(&w, map, r.parts[q]);
    }
    w_add(&w, "],", 2);
    w_pairs(&w, map, r.has_aliases, r.aliases, r.naliases);
    w_add(&w, ",", 1);
    w_pairs(&w, map, r.has_names, r.names, r.nnames);
    w_add(&w, "]", 1);
  }
  w_str(&w, "],\"entities\":[");
  /* in the order of the strings, so that a partial read back writes the
  ** same bytes */
  int first = 1;
  for (size_t i = 0; i < nused; i++) {
    uint32_t id = order[i], name;
    if (!kn_tl_entity_name(s, id, &name)) continue;
    w_add(&w, first ? "[" : ",[", first ? 1 : 2);
    first = 0;
    w_ref(&w, map, id);
    w_add(&w, ",", 1);
    w_ref(&w, map, name);
    w_add(&w, "]", 1);
  }
  w_str(&w, "]}");
done:
  kn_free(f, ud, map, (nstr + 1) * sizeof(uint32_t));
  kn_free(f, ud, order, (nstr + 1) * sizeof(uint32_t));
  kn_free(f, ud, rest, nrest * sizeof(bstr));
  return w.st;
}

void kn_tl_buf_free(kn_tl_store *s, kn_tl_buf *b) {
  void *ud;
  kn_alloc f = kn_tl_alloc(s, &ud);
  kn_free(f, ud, b->p, b->cap);
  b->p = NULL; b->n = b->cap = 0;
}

/* ------------------------------------------------------------ reading */

static const char *const FIELDS[] = { "doc", "event", "sentence", "type", "modality", "source", "published",
  "date", "date_end", "location", "series", "series_lent", "participants", "aliases", "names" };
enum { F_DOC, F_EVENT, F_SENTENCE, F_TYPE, F_MODALITY, F_SOURCE, F_PUBLISHED, F_DATE, F_DATE_END,
  F_LOCATION, F_SERIES, F_LENT, F_PARTS, F_ALIASES, F_NAMES, NFIELDS };

typedef struct reader {
  kn_tl_store *s; kn_alloc f; void *ud;
  const char *p, *end, *start;
  int commit;                    /* 0: check only; 1: add to the store */
  uint64_t version;              /* of the text: 1 (no kinds of gathering) or 2 */
  char *err; size_t errcap;
  const char *list; size_t item; int field;   /* where, for errors */
  uint32_t *ids; size_t nstrings, capids;     /* index -> store id (commit) */
  char *sbuf; size_t capsbuf;                 /* a decoded string */
  uint32_t *scr; size_t nscr, capscr;         /* a record's lists */
  kn_status st;
} reader;

static int fail(reader *r, const char *what) {
  if (r->st) return 0;
  r->st = KN_EINVAL;
  if (!r->err || !r->errcap) return 0;
  char at[64];
  if (r->p >= r->end) snprintf(at, sizeof at, "at the end (byte %zu: truncated?)", (size_t)(r->end - r->start));
  else snprintf(at, sizeof at, "at byte %zu", (size_t)(r->p - r->start) + 1);
  if (!r->list) snprintf(r->err, r->errcap, "expected %s %s", what, at);
  else if (r->field >= 0)
    snprintf(r->err, r->errcap, "%s[%zu].%s: expected %s %s", r->list, r->item, FIELDS[r->field], what, at);
  else snprintf(r->err, r->errcap, "%s[%zu]: expected %s %s", r->list, r->item, what, at);
  return 0;
}

static int oom(reader *r, kn_status st) {
  if (!r->st) r->st = st;
  if (r->err && r->errcap) snprintf(r->err, r->errcap, "%s", st == KN_ERANGE ? "too large" : "not enough memory");
  return 0;
}

static void ws(reader *r) {
  while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r')) r->p++;
}

static int lit(reader *r, const char *s) {
  ws(r);
  size_t n = strlen(s);
  if ((size_t)(r->end - r->p) < n || memcmp(r->p, s, n) != 0) return 0;
  r->p += n;
  return 1;
}

static int expect(reader *r, const char *s) {
  if (lit(r, s)) return 1;
  char what[48];
  snprintf(what, sizeof what, "'%s'", s);
  return fail(r, what);
}

/* ',' then more, or close: 1 more, 0 closed, -1 error. */
static int more(reader *r, char close) {
  ws(r);
  if (r->p < r->end && *r->p == close) { r->p++; return 0; }
  if (r->p < r->end && *r->p == ',') { r->p++; return 1; }
  char what[16];
  snprintf(what, sizeof what, "',' or '%c'", close);
  fail(r, what);
  return -1;
}

/* '[' then: 1 an item follows, 0 empty (closed), -1 error. */
static int open_list(reader *r) {
  if (!expect(r, "[")) return -1;
  ws(r);
  if (r->p < r->end && *r->p == ']') { r->p++; return 0; }
  return 1;
}

static int hex4(const char *p, uint32_t *v) {
  uint32_t x = 0;
  for (int i = 0; i < 4; i++) {
    char c = p[i];
    x <<= 4;
    if (c >= '0' && c <= '9') x |= (uint32_t)(c - '0');
    else if (c >= 'a' && c <= 'f') x |= (uint32_t)(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') x |= (uint32_t)(c - 'A' + 10);
    else return 0;
  }
  *v = x;
  return 1;
}

static int sput(reader *r, size_t *n, const char *p, size_t k) {
  if (!r->commit) { *n += k; return 1; }
  kn_status st = kn_grow(r->f, r->ud, (void **)&r->sbuf, &r->capsbuf, *n + k + 1, 1);
  if (st) return oom(r, st);
  memcpy(r->sbuf + *n, p, k);
  *n += k;
  return 1;
}

/* A JSON string; its bytes in r->sbuf (commit) and *n. */
static int string(reader *r, size_t *n) {
  ws(r);
  *n = 0;
  if (r->p >= r->end || *r->p != '"') return fail(r, "a string");
  r->p++;
  for (;;) {
    const char *q = r->p;
    while (q < r->end && *q != '"' && *q != '\\' && (unsigned char)*q >= 0x20) q++;
    if (!sput(r, n, r->p, (size_t)(q - r->p))) return 0;
    r->p = q;
    if (q >= r->end) { r->p = r->end; return fail(r, "the end of a string"); }
    if (*q == '"') { r->p++; return 1; }
    if (*q != '\\') return fail(r, "no control byte in a string (escape it)");
    if (q + 1 >= r->end) { r->p = r->end; return fail(r, "an escape"); }
    char c = q[1], e = 0;
    switch (c) {
      case '"': e = '"'; break;
      case '\\': e = '\\'; break;
      case '/': e = '/'; break;
      case 'b': e = '\b'; break;
      case 'f': e = '\f'; break;
      case 'n': e = '\n'; break;
      case 'r': e = '\r'; break;
      case 't': e = '\t'; break;
      case 'u': break;
      default: r->p = q; return fail(r, "a valid escape");
    }
    if (c != 'u') {
      if (!sput(r, n, &e, 1)) return 0;
      r->p = q + 2;
      continue;
    }
    uint32_t cp, lo;
    if (r->end - q < 6 || !hex4(q + 2, &cp)) { r->p = q; return fail(r, "\\u and four hex digits"); }
    r->p = q + 6;
    if (cp >= 0xDC00 && cp <= 0xDFFF) { r->p = q; return fail(r, "no lone low surrogate"); }
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (r->end - r->p < 6 || r->p[0] != '\\' || r->p[1] != 'u' || !hex4(r->p + 2, &lo) || lo < 0xDC00 || lo > 0xDFFF) {
        r->p = q;
        return fail(r, "a surrogate pair");
      }
      cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
      r->p += 6;
    }
    char u[4];
    size_t k;
    if (cp < 0x80) { u[0] = (char)cp; k = 1; }
    else if (cp < 0x800) { u[0] = (char)(0xC0 | cp >> 6); u[1] = (char)(0x80 | (cp & 0x3F)); k = 2; }
    else if (cp < 0x10000) {
      u[0] = (char)(0xE0 | cp >> 12); u[1] = (char)(0x80 | (cp >> 6 & 0x3F)); u[2] = (char)(0x80 | (cp & 0x3F)); k = 3;
    } else {
      u[0] = (char)(0xF0 | cp >> 18); u[1] = (char)(0x80 | (cp >> 12 & 0x3F));
      u[2] = (char)(0x80 | (cp >> 6 & 0x3F)); u[3] = (char)(0x80 | (cp & 0x3F)); k = 4;
    }
    if (!sput(r, n, u, k)) return 0;
  }
}

/* A non-negative integer without sign or leading zeros, at most max. */
static int unum(reader *r, uint64_t max, uint64_t *v, const char *what) {
  ws(r);
  const char *q = r->p;
  uint64_t x = 0;
  while (q < r->end && *q >= '0' && *q <= '9') {
    unsigned d = (unsigned)(*q - '0');
    if (d > max || x > (max - d) / 10) return fail(r, what);
    x = x * 10 + d;
    q++;
  }
  if (q == r->p || (*r->p == '0' && q - r->p > 1)) return fail(r, what);
  if (q < r->end && (*q == '.' || *q == 'e' || *q == 'E')) return fail(r, what);
  r->p = q;
  *v = x;
  return 1;
}

/* A string index (or null when optional) as a store id. */
static int ref(reader *r, int optional, uint32_t *id) {
  *id = KN_TL_NONE;
  if (optional && lit(r, "null")) return 1;
  uint64_t v;
  if (!unum(r, r->nstrings ? r->nstrings - 1 : 0, &v, optional ? "a string index or null" : "a string index"))
    return 0;
  if (!r->nstrings) return fail(r, "a string index (there are no strings)");
  *id = r->commit ? r->ids[v] : 0;
  return 1;
}

/* The sentence: a number (int or float), one of "inf" "-inf" "nan", null. */
static int sentence(reader *r, kn_tl_num *v) {
  memset(v, 0, sizeof *v);
  if (lit(r, "null")) return 1;
  if (lit(r, "\"inf\"")) { v->kind = KN_TL_FLOAT; v->f = HUGE_VAL; return 1; }
  if (lit(r, "\"-inf\"")) { v->kind = KN_TL_FLOAT; v->f = -HUGE_VAL; return 1; }
  if (lit(r, "\"nan\"")) { v->kind = KN_TL_FLOAT; v->f = NAN; return 1; }
  ws(r);
  /* the number's extent first, then its length: a long one is reported as
  ** long, whichever of its parts makes it so */
  const char *q = r->p, *start = q;
  int isfloat = 0;
  if (q < r->end && *q == '-') q++;
  const char *digits = q;
  while (q < r->end && *q >= '0' && *q <= '9') q++;
  if (q == digits || (*digits == '0' && q - digits > 1)) return fail(r, "a number, a string of inf/-inf/nan or null");
  if (q < r->end && *q == '.') {
    isfloat = 1;
    const char *f = ++q;
    while (q < r->end && *q >= '0' && *q <= '9') q++;
    if (q == f) return fail(r, "digits after '.'");
  }
  if (q < r->end && (*q == 'e' || *q == 'E')) {
    isfloat = 1;
    q++;
    if (q < r->end && (*q == '+' || *q == '-')) q++;
    const char *f = q;
    while (q < r->end && *q >= '0' && *q <= '9') q++;
    if (q == f) return fail(r, "digits in the exponent");
  }
  char buf[64];
  size_t k = (size_t)(q - start);
  if (k > 60) return fail(r, "a number of at most 60 characters");
  memcpy(buf, start, k);
  buf[k] = 0;
  r->p = q;
  if (!isfloat) {
    /* an integer, or a float when too large (as Lua reads it) */
    errno = 0;
    long long x = strtoll(buf, NULL, 10);
    if (errno == 0) { v->kind = KN_TL_INT; v->i = (int64_t)x; return 1; }
  }
  v->kind = KN_TL_FLOAT;
  v->f = strtod(buf, NULL);
  return 1;
}

static int push_scr(reader *r, uint32_t id) {
  if (!r->commit) { r->nscr++; return 1; }
  kn_status st = kn_grow(r->f, r->ud, (void **)&r->scr, &r->capscr, r->nscr + 1, sizeof(uint32_t));
  if (st) return oom(r, st);
  r->scr[r->nscr++] = id;
  return 1;
}

/* A list of indexes (pairs: an even count); null when nullable (*has 0). */
static int ref_list(reader *r, int nullable, int pairs, int *has) {
  *has = 1;
  if (nullable && lit(r, "null")) { *has = 0; return 1; }
  size_t at = r->nscr;
  int k = open_list(r);
  if (k < 0) return 0;
  while (k > 0) {
    uint32_t id;
    if (!ref(r, 0, &id) || !push_scr(r, id)) return 0;
    if ((k = more(r, ']')) < 0) return 0;
  }
  if (pairs && (r->nscr - at) % 2) { r->p--; return fail(r, "pairs (an even count of indexes)"); }
  return 1;
}

static int record(reader *r) {
  kn_tl_record rec;
  memset(&rec, 0, sizeof rec);
  uint32_t *const idf[NFIELDS] = { [F_DOC] = &rec.doc, [F_TYPE] = &rec.type, [F_MODALITY] = &rec.modality,
    [F_SOURCE] = &rec.source, [F_PUBLISHED] = &rec.published, [F_DATE] = &rec.date, [F_DATE_END] = &rec.date_end,
    [F_LOCATION] = &rec.location, [F_SERIES] = &rec.series };
  char evnum[24];
  size_t evlen = 0;
  int evcanon = 0;
  r->field = -1;
  if (!expect(r, "[")) return 0;
  r->nscr = 0;
  size_t at_al = 0, at_nm = 0;
  for (int f = 0; f < NFIELDS; f++) {
    r->field = f;
    if (f && !expect(r, ",")) return 0;
    switch (f) {
      case F_DOC: case F_TYPE: case F_MODALITY: case F_SOURCE:
        if (!ref(r, 0, idf[f])) return 0;
        break;
      case F_PUBLISHED: case F_DATE: case F_DATE_END: case F_LOCATION: case F_SERIES:
        if (!ref(r, 1, idf[f])) return 0;
        break;
      case F_EVENT: {
        ws(r);
        if (r->p < r->end && *r->p == '"') {
          if (!string(r, &evlen)) return 0;
        } else {
          uint64_t v;
          if (!unum(r, (uint64_t)INT64_MAX, &v, "an event number or an event id string")) return 0;
          evlen = (size_t)snprintf(evnum, sizeof evnum, "%llu", (unsigned long long)v);
          evcanon = 1;
        }
        break;
      }
      case F_SENTENCE:
        if (!sentence(r, &rec.sentence)) return 0;
        break;
      case F_LENT: {
        uint64_t v;
        if (r->version < 2) {
          if (lit(r, "0")) rec.series_lent = 0;
          else if (lit(r, "1")) rec.series_lent = 1;
          else return fail(r, "0 or 1");
          break;
        }
        if (!unum(r, 2 * KN_HEAD_N - 1, &v, "0 or 1 plus twice a kind of gathering")) return 0;
        rec.series_lent = (int)(v & 1);
        rec.head = (int)(v >> 1);
        break;
      }
      case F_PARTS: {
        int has;
        if (!ref_list(r, 0, 0, &has)) return 0;
        at_al = r->nscr;
        break;
      }
      case F_ALIASES:
        if (!ref_list(r, 1, 1, &rec.has_aliases)) return 0;
        at_nm = r->nscr;
        break;
      case F_NAMES:
        if (!ref_list(r, 1, 1, &rec.has_names)) return 0;
        break;
      default: break;
    }
  }
  r->field = -1;
  if (!expect(r, "]")) return 0;
  if (!r->commit) return 1;
  /* the event id: "<doc>#<n>" or as given (the decoded string is in sbuf) */
  if (evcanon) {
    size_t dl;
    const char *dp = kn_tl_str(r->s, rec.doc, &dl);
    kn_status st = kn_grow(r->f, r->ud, (void **)&r->sbuf, &r->capsbuf, dl + 1 + evlen + 1, 1);
    if (st) return oom(r, st);
    memcpy(r->sbuf, dp, dl);
    r->sbuf[dl] = '#';
    memcpy(r->sbuf + dl + 1, evnum, evlen);
    evlen += dl + 1;
  }
  rec.event = r->sbuf ? r->sbuf : "";
  rec.event_len = evlen;
  if (!r->scr) {   /* no list had an item: the pointers below need an array */
    kn_status st = kn_grow(r->f, r->ud, (void **)&r->scr, &r->capscr, 1, sizeof(uint32_t));
    if (st) return oom(r, st);
  }
  rec.parts = r->scr; rec.nparts = at_al;
  rec.aliases = r->scr + at_al; rec.naliases = (at_nm - at_al) / 2;
  rec.names = r->scr + at_nm; rec.nnames = (r->nscr - at_nm) / 2;
  kn_status st = kn_tl_add_record(r->s, &rec);
  if (st) return oom(r, st);
  return 1;
}

static int entity(reader *r) {
  uint32_t id, name;
  r->field = -1;
  if (!expect(r, "[") || !ref(r, 0, &id) || !expect(r, ",") || !ref(r, 1, &name) || !expect(r, "]")) return 0;
  if (r->commit) {
    kn_status st = kn_tl_entity(r->s, id, name);
    if (st) return oom(r, st);
  }
  return 1;
}

/* ,"<key>":[item, ...] read with item(r) for each element; errors are
   placed in list[i]. */
static int items(reader *r, const char *key, const char *list, int (*item)(reader *)) {
  int k;
  if (!expect(r, ",") || !expect(r, key) || !expect(r, ":")) return 0;
  if ((k = open_list(r)) < 0) return 0;
  r->list = list;
  for (size_t i = 1; k > 0; i++) {
    r->item = i;
    if (!item(r)) return 0;
    if ((k = more(r, ']')) < 0) return 0;
  }
  r->list = NULL;
  return 1;
}

/* One pass over the text: checking it (commit 0) or adding it (1). */
static int pass(reader *r) {
  r->p = r->start;
  r->list = NULL;
  if (!expect(r, "{") || !expect(r, "\"partial\"") || !expect(r, ":")) return 0;
  uint64_t version;
  if (!unum(r, 1000000, &version, "a version number")) return 0;
  if (version != 1 && version != 2) { r->p--; return fail(r, "version 1 or 2 (a newer korea-nato wrote this?)"); }
  r->version = version;
  if (!expect(r, ",") || !expect(r, "\"strings\"") || !expect(r, ":")) return 0;
  size_t n = 0;
  int k = open_list(r);
  if (k < 0) return 0;
  r->list = "strings";
  while (k > 0) {
    r->item = n + 1; r->field = -1;
    size_t len;
    if (!string(r, &len)) return 0;
    if (r->commit) {
      uint32_t id;
      kn_status st = kn_tl_intern(r->s, r->sbuf ? r->sbuf : "", len, &id);
      if (st) return oom(r, st);
      r->ids[n] = id;
    }
    if (++n >= 0x7ffffff0u) return oom(r, KN_ERANGE);
    if ((k = more(r, ']')) < 0) return 0;
  }
  r->nstrings = n;
  r->list = NULL;
  if (!items(r, "\"records\"", "records", record) || !items(r, "\"entities\"", "entities", entity)) return 0;
  if (!expect(r, "}")) return 0;
  ws(r);
  if (r->p != r->end) return fail(r, "nothing after the partial timeline");
  return 1;
}

kn_status kn_tl_partial_read(kn_tl_store *s, const char *p, size_t n, char *err, size_t errcap) {
  reader r;
  memset(&r, 0, sizeof r);
  r.s = s; r.f = kn_tl_alloc(s, &r.ud);
  r.start = p; r.end = p + n;
  r.err = err; r.errcap = errcap;
  if (err && errcap) err[0] = 0;
  /* check first: nothing is added from a text with an error */
  if (pass(&r)) {
    size_t ns = r.nstrings;
    r.ids = r.f(r.ud, NULL, 0, (ns + 1) * sizeof(uint32_t));
    r.capids = ns + 1;
    if (!r.ids) oom(&r, KN_ENOMEM);
    else {
      /* the check passed, so only memory can fail now: then the records
      ** added so far go (the entities come last and allocate nothing) */
      kn_tl_mark m;
      kn_tl_mark_get(s, &m);
      r.commit = 1;
      if (!pass(&r)) kn_tl_rollback(s, &m);
    }
  }
  kn_free(r.f, r.ud, r.ids, r.capids * sizeof(uint32_t));
  kn_free(r.f, r.ud, r.sbuf, r.capsbuf);
  kn_free(r.f, r.ud, r.scr, r.capscr * sizeof(uint32_t));
  return r.st;
}
