/*
** kn_lua_idset.h: core.idset(), the set of record ids a run has seen.
**
** Included once from kn_lua.c. `korea-nato extract` and `timeline` report a
** record whose id an earlier record had; keeping every id string in a Lua
** table would make memory grow by a couple of hundred bytes a record, so the
** set keeps a 64-bit hash of each id and a 64-bit tag the caller chooses
** (where the id was first seen) in an open-addressed table filled up to
** 7/8 before it doubles: 18 to 37 bytes a record, 55 for a moment while it
** doubles (linear probing stays short at that load, and a probe costs
** nothing next to the analysis of the record). Two
** different ids share a hash with probability about n^2 / 2^65 (3e-8 for a
** million records); the caller names both places, so such a report can be
** checked by hand.
**
**   local ids = core.idset()
**   ids:add(id, tag)    -> nil (new id) | the tag the id was first added with
*/
#ifndef KN_LUA_IDSET_H
#define KN_LUA_IDSET_H

#define IDSET_MT "korea_nato.IdSet"

typedef struct { uint64_t hash, tag; } idset_slot;
typedef struct { idset_slot *slot; size_t cap, n; } idset;

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

/* ids:add(id, tag) -> nil | first tag */
static int l_idset_add(lua_State *L) {
  idset *s = idset_check(L);
  size_t len;
  const char *id = luaL_checklstring(L, 2, &len);
  lua_Integer tag = luaL_checkinteger(L, 3);
  if ((s->n + 1) * 8 > s->cap * 7 && !idset_grow(s)) return luaL_error(L, "idset: out of memory");
  uint64_t h = idset_hash(id, len);
  idset_slot *e = idset_find(s, h);
  if (e->hash) {
    lua_pushinteger(L, (lua_Integer)e->tag);
    return 1;
  }
  e->hash = h;
  e->tag = (uint64_t)tag;
  s->n++;
  return 0;
}

static int l_idset_len(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)idset_check(L)->n);
  return 1;
}

static int l_idset_gc(lua_State *L) {
  idset *s = idset_check(L);
  free(s->slot);
  s->slot = NULL;
  s->cap = s->n = 0;
  return 0;
}

/* core.idset() -> IdSet */
static int l_idset_new(lua_State *L) {
  idset *s = lua_newuserdatauv(L, sizeof *s, 0);
  s->slot = NULL;
  s->cap = s->n = 0;
  luaL_setmetatable(L, IDSET_MT);
  return 1;
}

static const luaL_Reg idset_m[] = { { "add", l_idset_add }, { NULL, NULL } };
static const luaL_Reg idset_mm[] = {
  { "__gc", l_idset_gc }, { "__close", l_idset_gc }, { "__len", l_idset_len }, { NULL, NULL } };

#define KN_LUA_IDSET_FUNCS { "idset", l_idset_new },

#endif
