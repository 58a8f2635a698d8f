/*
** kn_lua_idset.h: core.idset(), the set of record ids a run has seen.
**
** Included once from kn_lua.c. `korea-nato extract` and `timeline` report a
** record whose id an earlier record had; keeping every id string in a Lua
** table would make memory grow by a couple of hundred bytes a record, so the
** set keeps a 64-bit hash of each id and a 64-bit tag the caller chooses
** (where the id was first seen) in an open-addressed table filled up to
** 7/8 before it doubles (linear probing stays short at that load, and a
** probe costs nothing next to the analysis of the record). Two different
** ids share a hash with probability about n^2 / 2^65 (3e-8 for a million
** records); the caller names both places, so such a report can be checked
** by hand.
**
** Memory is bounded: the table stops growing at `max` slots (2^16 by
** default, 1 MB: 57,344 ids). When it is full its entries are sorted by
** hash and written as a run to a temporary file, and the table starts again
** empty. A run stays in memory only as a sparse index (the first hash of
** every block of IDSET_BLOCK entries: 8 bytes per 128 ids), so a lookup that
** misses the table reads one 2 KB block of each run (one pread, from the
** page cache); when there are IDSET_RUNS runs they are merged into one, so
** a lookup never reads more than that many blocks. A stream of any length
** thus runs in constant memory but for the index (under 0.1 byte an id),
** and a duplicate is found however far back its first record was.
**
**   local ids = core.idset([max])   -- max: table slots, a power of two >= 16
**   ids:add(id, tag)    -> nil (new id) | the tag the id was first added with
**   #ids                -> how many ids were added
*/
#ifndef KN_LUA_IDSET_H
#define KN_LUA_IDSET_H

#define IDSET_MT "korea_nato.IdSet"
#define IDSET_MAX (1u << 16)
#define IDSET_BLOCK 128
#define IDSET_RUNS 8

typedef struct { uint64_t hash, tag; } idset_slot;
/* A run in the spill file: n entries sorted by hash from byte offset off;
   first[i] is the hash of entry i * IDSET_BLOCK. */
typedef struct { off_t off; size_t n; uint64_t *first; } idset_run;
typedef struct {
  idset_slot *slot; size_t cap, max, n;   /* the table; n: ids in it */
  size_t total;                           /* ids added, table and runs */
  FILE *spill; off_t end; idset_run *run; size_t nrun;
  int broken;                             /* a failed spill left it unusable */
} idset;

/* FNV-1a over the bytes, then a finaliser so the low bits mix well;
   0 marks an empty slot, so it is never a hash. */
static uint64_t idset_hash(const char *s, size_t len) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
  h ^= h >> 33; h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33; h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h ? h : 1;
}

static idset *idset_check(lua_State *L) { return luaL_checkudata(L, 1, IDSET_MT); }

/* The slot of hash h: the one holding it, or the empty one it would take. */
static idset_slot *idset_find(idset *s, uint64_t h) {
  size_t i = (size_t)h & (s->cap - 1);
  while (s->slot[i].hash && s->slot[i].hash != h) i = (i + 1) & (s->cap - 1);
  return &s->slot[i];
}

static int idset_grow(idset *s) {
  size_t cap = s->cap ? s->cap * 2 : 1024;
  if (cap > s->max) cap = s->max;
  idset_slot *old = s->slot, *slot = calloc(cap, sizeof *slot);
  if (!slot) return 0;
  size_t oldcap = s->cap;
  s->slot = slot;
  s->cap = cap;
  for (size_t i = 0; i < oldcap; i++)
    if (old[i].hash) *idset_find(s, old[i].hash) = old[i];
  free(old);
  return 1;
}

static int idset_cmp(const void *a, const void *b) {
  uint64_t x = ((const idset_slot *)a)->hash, y = ((const idset_slot *)b)->hash;
  return x < y ? -1 : x > y;
}

/* Puts the n entries packed at the front of the table back in their slots
   (after a failed spill), through a fresh table; 0 when out of memory. */
static int idset_unpack(idset *s, size_t n) {
  idset_slot *old = s->slot, *slot = calloc(s->cap, sizeof *slot);
  if (!slot) return 0;
  s->slot = slot;
  for (size_t i = 0; i < n; i++) *idset_find(s, old[i].hash) = old[i];
  free(old);
  return 1;
}

/* Merges all the runs into one, in a new temporary file that replaces the
   old; a message on failure, the runs then left as they were. */
static const char *idset_compact(idset *s) {
  typedef struct { idset_slot buf[IDSET_BLOCK]; size_t at, len, next; } reader;
  size_t total = 0;
  for (size_t r = 0; r < s->nrun; r++) total += s->run[r].n;
  size_t nb = (total + IDSET_BLOCK - 1) / IDSET_BLOCK;
  FILE *out = tmpfile();
  uint64_t *first = malloc((nb ? nb : 1) * sizeof *first);
  reader *in = calloc(s->nrun, sizeof *in);
  const char *why = !out ? "cannot create a temporary file" : !first || !in ? "out of memory" : NULL;
  int fd = s->spill ? fileno(s->spill) : -1;
  for (size_t k = 0; !why && k < total; k++) {
    size_t best = s->nrun;
    for (size_t r = 0; r < s->nrun && !why; r++) {
      reader *q = &in[r];
      if (q->at == q->len) {
        size_t m = s->run[r].n - q->next;
        if (!m) continue;
        if (m > IDSET_BLOCK) m = IDSET_BLOCK;
        off_t at = s->run[r].off + (off_t)(q->next * sizeof *q->buf);
        if (pread(fd, q->buf, m * sizeof *q->buf, at) != (ssize_t)(m * sizeof *q->buf)) {
          why = "cannot read its temporary file";
          break;
        }
        q->at = 0; q->len = m; q->next += m;
      }
      if (best == s->nrun || q->buf[q->at].hash < in[best].buf[in[best].at].hash) best = r;
    }
    if (why) break;
    idset_slot e = in[best].buf[in[best].at++];
    if (k % IDSET_BLOCK == 0) first[k / IDSET_BLOCK] = e.hash;
    if (fwrite(&e, sizeof e, 1, out) != 1) why = "cannot write its temporary file";
  }
  if (!why && fflush(out)) why = "cannot write its temporary file";
  free(in);
  if (why) {
    free(first);
    if (out) fclose(out);
    return why;
  }
  for (size_t r = 0; r < s->nrun; r++) free(s->run[r].first);
  fclose(s->spill);
  s->spill = out;
  s->run[0] = (idset_run){ 0, total, first };
  s->nrun = 1;
  s->end = (off_t)(total * sizeof(idset_slot));
  return NULL;
}

/* Writes the full table as a sorted run and empties it; a message on
   failure, after which the set is as it was (or, if even that cannot be
   done, marked broken). */
static const char *idset_spill(idset *s) {
  if (!s->spill && !(s->spill = tmpfile())) return "cannot create a temporary file";
  idset_run *run = realloc(s->run, (s->nrun + 1) * sizeof *run);
  if (!run) return "out of memory";
  s->run = run;
  size_t n = s->n, nb = (n + IDSET_BLOCK - 1) / IDSET_BLOCK;
  uint64_t *first = malloc((nb ? nb : 1) * sizeof *first);
  if (!first) return "out of memory";
  size_t k = 0;
  for (size_t i = 0; i < s->cap; i++) if (s->slot[i].hash) s->slot[k++] = s->slot[i];
  qsort(s->slot, n, sizeof *s->slot, idset_cmp);
  for (size_t b = 0; b < nb; b++) first[b] = s->slot[b * IDSET_BLOCK].hash;
  if (fseeko(s->spill, s->end, SEEK_SET) || fwrite(s->slot, sizeof *s->slot, n, s->spill) != n
      || fflush(s->spill)) {
    free(first);
    if (!idset_unpack(s, n)) s->broken = 1;
    return "cannot write its temporary file";
  }
  run[s->nrun++] = (idset_run){ s->end, n, first };
  s->end += (off_t)(n * sizeof *s->slot);
  memset(s->slot, 0, s->cap * sizeof *s->slot);
  s->n = 0;
  /* a lookup reads a block of every run: past IDSET_RUNS of them, one run
     again (if that fails the runs are still right, only more of them) */
  if (s->nrun >= IDSET_RUNS) idset_compact(s);
  return NULL;
}

/* Looks h up in the runs: 1 and *tag when found, 0 when not, -1 on a read
   error. */
static int idset_in_runs(idset *s, uint64_t h, uint64_t *tag) {
  idset_slot blk[IDSET_BLOCK];
  for (size_t r = 0; r < s->nrun; r++) {
    const idset_run *run = &s->run[r];
    size_t nb = (run->n + IDSET_BLOCK - 1) / IDSET_BLOCK;
    if (!nb || h < run->first[0]) continue;
    size_t lo = 0, hi = nb;   /* the last block whose first hash is <= h */
    while (hi - lo > 1) {
      size_t mid = lo + (hi - lo) / 2;
      if (run->first[mid] <= h) lo = mid; else hi = mid;
    }
    size_t k = run->n - lo * IDSET_BLOCK;
    if (k > IDSET_BLOCK) k = IDSET_BLOCK;
    size_t want = k * sizeof *blk;
    if (pread(fileno(s->spill), blk, want, run->off + (off_t)(lo * IDSET_BLOCK * sizeof *blk)) != (ssize_t)want)
      return -1;
    idset_slot key = { h, 0 };
    const idset_slot *e = bsearch(&key, blk, k, sizeof *blk, idset_cmp);
    if (e) { *tag = e->tag; return 1; }
  }
  return 0;
}

/* ids:add(id, tag) -> nil | first tag */
static int l_idset_add(lua_State *L) {
  idset *s = idset_check(L);
  size_t len;
  const char *id = luaL_checklstring(L, 2, &len);
  lua_Integer tag = luaL_checkinteger(L, 3);
  if (s->broken) return luaL_error(L, "idset: unusable after an earlier failure");
  uint64_t h = idset_hash(id, len), first;
  if (s->cap) {
    idset_slot *e = idset_find(s, h);
    if (e->hash) {
      lua_pushinteger(L, (lua_Integer)e->tag);
      return 1;
    }
  }
  int found = idset_in_runs(s, h, &first);
  if (found < 0) return luaL_error(L, "idset: cannot read its temporary file");
  if (found) {
    lua_pushinteger(L, (lua_Integer)first);
    return 1;
  }
  if ((s->n + 1) * 8 > s->cap * 7) {
    if (s->cap < s->max) {
      if (!idset_grow(s)) return luaL_error(L, "idset: out of memory");
    } else {
      const char *why = idset_spill(s);
      if (why) return luaL_error(L, "idset: %s", why);
    }
  }
  idset_slot *e = idset_find(s, h);
  e->hash = h;
  e->tag = (uint64_t)tag;
  s->n++;
  s->total++;
  return 0;
}

static int l_idset_len(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)idset_check(L)->total);
  return 1;
}

static int l_idset_gc(lua_State *L) {
  idset *s = idset_check(L);
  free(s->slot);
  for (size_t r = 0; r < s->nrun; r++) free(s->run[r].first);
  free(s->run);
  if (s->spill) fclose(s->spill);
  *s = (idset){ .max = s->max };
  return 0;
}

/* core.idset([max]) -> IdSet */
static int l_idset_new(lua_State *L) {
  lua_Integer max = luaL_optinteger(L, 1, IDSET_MAX);
  luaL_argcheck(L, max >= 16 && max <= (lua_Integer)1 << 40 && (max & (max - 1)) == 0, 1,
    "a power of two from 16 to 2^40 expected");
  idset *s = lua_newuserdatauv(L, sizeof *s, 0);
  *s = (idset){ .max = (size_t)max };
  luaL_setmetatable(L, IDSET_MT);
  return 1;
}

static const luaL_Reg idset_m[] = { { "add", l_idset_add }, { NULL, NULL } };
static const luaL_Reg idset_mm[] = {
  { "__gc", l_idset_gc }, { "__close", l_idset_gc }, { "__len", l_idset_len }, { NULL, NULL } };

#define KN_LUA_IDSET_FUNCS { "idset", l_idset_new },

#endif
