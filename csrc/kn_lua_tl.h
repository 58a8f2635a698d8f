/*
** kn_lua_tl.h -- the timeline part of the Lua binding, included once by
** kn_lua.c after its JSON writer (it is part of that file: static functions
** only). It converts; the rules are in kn_tl.c.
**
**   core.tl_store() -> store, a korea_nato.TimelineStore:
**     store:add(rec [, holder])    an extract record (SCHEMA.md) or the table
**         of a Document; holder(office, "YYYY-MM-DD") -> person id | nil
**         resolves OFFICE mentions (no holder: none are)
**     store:add_doc(core, id, source, published [, holder])  the same
**         records read from an analysed document's core arrays (the
**         Document's _core), no Lua table made or read
**     store:add_timeline(t [, label])  the mentions and entities of a
**         decoded timeline (`timeline --format json`); label names it in
**         errors ("partial timeline 2: events[1].mentions[3].doc is missing
**         (expected a string)")
**     store:gaz_needs(restart) -> { id, ... }   ids to look up, a batch at a
**         time (restart: the first batch of a build), until an empty one
**     store:gaz_set(id, name, type, of)   what the gazetteer says of id
**         (name false: not in it)
**     store:build() -> result, a korea_nato.TimelineResult
**     store:records() -> { record, ... }  the records as tables, in order
**     store:partial() -> the records and entity names as a partial
**         timeline (kn_tl_partial.c: one line of JSON, the map side's output)
**     store:add_partial(text [, label]) -> true | nil, message   reads one;
**         a text with an error adds nothing ("partial timeline stdin:2:
**         records[3].type: expected a string index at byte 120")
**     #store -> records
**   result:counts() -> dated entries, undated entries, conflicts
**   result:tables() -> dated, undated, entities   SCHEMA.md's tables
**   result:tojson(ranks [, file]) -> the timeline JSON, as
**         korea_nato.json.encode writes those tables (ranks: its key
**         order); with an io file, written there as it is made (-> true)
**
** Errors: bad input (a field of the wrong type, a missing id) raises
** "timeline: document 'x': events[2].type is a number (expected a string)";
** memory the core holds belongs to the userdata, so raising leaks nothing.
*/
#ifndef KN_LUA_TL_H
#define KN_LUA_TL_H

#define TLS_MT "korea_nato.TimelineStore"
#define TLR_MT "korea_nato.TimelineResult"

/* The fields add reads, by number: their strings are upvalues of add,
** pushed once a call (a stack slot is cheaper to push again than an
** upvalue) and read with lua_rawget from tables with no metatable. */
enum { K_ID, K_SOURCE, K_PUBLISHED, K_MENTIONS, K_EVENTS, K_TYPE, K_ENTITY, K_NAME, K_TEXT, K_HOW,
  K_SENTENCE, K_START, K_STOP, K_HOLDER, K_MODALITY, K_DATE, K_DATE_END, K_LOCATION, K_TRIGGER,
  K_PARTICIPANTS, TL_NKEYS };
static const char *const TL_KEYS[TL_NKEYS] = { "id", "source", "published", "mentions", "events", "type",
  "entity", "name", "text", "how", "sentence", "start", "stop", "holder", "modality", "date", "date_end",
  "location", "trigger", "participants" };

/* The user values of a store: the strings read so far (string -> id), the
** strings the pointer cache knows (an array: each kept alive, so no other
** string can come to have its address). */
enum { TLS_UV_CACHE = 1, TLS_UV_ANCHOR, TLS_NUV = TLS_UV_ANCHOR };

/* A slot of the pointer cache: the address and its id side by side, so
** that a hit reads one line (two arrays were two misses: the cache is
** probed about seven times an event, and the documents made between two
** batches push it out of the caches). */
typedef struct tlpslot { const char *p; uint32_t id; } tlpslot;

typedef struct l_tls {
  kn_tl_store *s;
  kn_tl_mention_in *m; size_t capm;
  kn_tl_event_in *ev; size_t capev;
  uint32_t *ids; size_t capids;        /* participants, alias and name pairs */
  /* the ids of strings by the address of their bytes (lua_tolstring's
  ** pointer): a document's hundred strings found with no Lua table lookup */
  tlpslot *pc; size_t npc, cappc;
  lua_Integer nanchor;
} l_tls;

typedef struct l_tlr { kn_tl_result *r; kn_tl_store *s; } l_tlr;

static l_tls *check_tls(lua_State *L, int i) {
  l_tls *x = luaL_checkudata(L, i, TLS_MT);
  if (!x->s) luaL_error(L, "attempt to use a closed timeline store");
  return x;
}

static l_tlr *check_tlr(lua_State *L, int i) {
  l_tlr *x = luaL_checkudata(L, i, TLR_MT);
  if (!x->r) luaL_error(L, "attempt to use a closed timeline");
  return x;
}

/* Grows scratch array *p (owned by a userdata) to hold need elements. */
static void tls_grow(lua_State *L, void **p, size_t *cap, size_t need, size_t sz) {
  if (need <= *cap) return;
  size_t nc = *cap ? *cap : 16;
  while (nc < need) {
    if (nc > ((size_t)-1) / 2 / sz) luaL_error(L, "not enough memory");
    nc *= 2;
  }
  void *ud;
  lua_Alloc f = lua_getallocf(L, &ud);
  void *q = f(ud, *p, *cap * sz, nc * sz);
  if (!q) luaL_error(L, "not enough memory");
  *p = q; *cap = nc;
}

static void tls_free(lua_State *L, void *p, size_t n) {
  void *ud;
  lua_Alloc f = lua_getallocf(L, &ud);
  if (p) f(ud, p, n, 0);
}

static int l_tls_release(lua_State *L) {
  l_tls *x = luaL_checkudata(L, 1, TLS_MT);
  kn_tl_store_free(x->s);
  x->s = NULL;
  tls_free(L, x->m, x->capm * sizeof(kn_tl_mention_in));
  tls_free(L, x->ev, x->capev * sizeof(kn_tl_event_in));
  tls_free(L, x->ids, x->capids * sizeof(uint32_t));
  tls_free(L, x->pc, x->cappc * sizeof(tlpslot));
  x->m = NULL; x->ev = NULL; x->ids = NULL; x->pc = NULL;
  x->capm = x->capev = x->capids = x->npc = x->cappc = 0;
  return 0;
}

static int l_tlr_release(lua_State *L) {
  l_tlr *x = luaL_checkudata(L, 1, TLR_MT);
  kn_tl_result_free(x->r);
  x->r = NULL;
  return 0;
}

static int l_tl_store(lua_State *L) {
  l_tls *x = lua_newuserdatauv(L, sizeof *x, TLS_NUV);
  memset(x, 0, sizeof *x);
  luaL_setmetatable(L, TLS_MT);
  lua_newtable(L);
  lua_setiuservalue(L, -2, TLS_UV_CACHE);
  lua_newtable(L);
  lua_setiuservalue(L, -2, TLS_UV_ANCHOR);
  void *ud;
  kn_alloc f = lua_getallocf(L, &ud);
  kn_status st = kn_tl_store_new(&x->s, f, ud);
  if (st) return raise_status(L, st);
  return 1;
}

/* ------------------------------------------------------------ reading */

/* Where a bad value is, for the message: "timeline: document 'x':
** events[2].type", "partial timeline 2: events[1].mentions[3].doc". */
typedef struct tlwhere { const char *head; const char *name; size_t namelen; int quote; const char *list;
  lua_Integer i; const char *sub; lua_Integer j; } tlwhere;

static int tl_bad(lua_State *L, const tlwhere *w, const char *field, int idx, const char *expected) {
  const char *got = lua_isnil(L, idx) ? "missing" : luaL_typename(L, idx);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  luaL_addstring(&b, w->head);
  if (w->name) {
    luaL_addstring(&b, w->quote ? " '" : " ");
    luaL_addlstring(&b, w->name, w->namelen > 80 ? 80 : w->namelen);
    if (w->quote) luaL_addstring(&b, "'");
  }
  luaL_addstring(&b, ": ");
  if (w->list) {
    lua_pushfstring(L, "%s[%I]", w->list, w->i);
    luaL_addvalue(&b);
    /* j is 0 for a field that is one table, not a list: "events[1].trigger" */
    if (w->sub && w->j) { lua_pushfstring(L, ".%s[%I]", w->sub, w->j); luaL_addvalue(&b); }
    else if (w->sub) { luaL_addchar(&b, '.'); luaL_addstring(&b, w->sub); }
    if (field) luaL_addstring(&b, ".");
  }
  if (field) luaL_addstring(&b, field);
  luaL_addstring(&b, " is ");
  luaL_addstring(&b, got);
  luaL_addstring(&b, " (expected ");
  luaL_addstring(&b, expected);
  luaL_addstring(&b, ")");
  luaL_pushresult(&b);
  return lua_error(L);
}

static int tl_isnull(lua_State *L, int idx) {
  int t = lua_type(L, idx);
  return t == LUA_TNIL || (t == LUA_TLIGHTUSERDATA && lua_touserdata(L, idx) == NULL);
}

static uint32_t tl_intern(lua_State *L, l_tls *x, const char *p, size_t n) {
  uint32_t id;
  kn_status st = kn_tl_intern(x->s, p, n, &id);
  if (st) raise_status(L, st);
  return id;
}

/* The gazetteer's holder of an office on a day: calls the holder function
** at stack index fn with the office's id (at the top of the stack, popped)
** and the day at stack index day. The person's id, or KN_TL_NONE. */
static uint32_t tl_holder_of(lua_State *L, l_tls *x, int fn, int day) {
  lua_pushvalue(L, fn);
  lua_insert(L, -2);
  lua_pushvalue(L, day);
  lua_call(L, 2, 1);
  uint32_t id = KN_TL_NONE;
  if (lua_type(L, -1) == LUA_TSTRING) {
    size_t n;
    const char *p = lua_tolstring(L, -1, &n);
    id = tl_intern(L, x, p, n);
  }
  lua_pop(L, 1);
  return id;
}

/* The pointer cache: open addressing on the address, half full at most. */
static size_t tl_phash(const char *p, size_t mask) {
  return (size_t)(((uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ull) >> 32) & mask;
}

static void tl_pput(l_tls *x, const char *p, uint32_t id) {
  size_t mask = x->cappc - 1, j = tl_phash(p, mask);
  while (x->pc[j].p) j = (j + 1) & mask;
  x->pc[j].p = p; x->pc[j].id = id;
  x->npc++;
}

/* Adds p -> id for the string at the top of the stack (left there), which
** the anchor array at index cache + 1 then keeps alive. Short strings only:
** they are the ones that come again as the same object. */
static void tl_padd(lua_State *L, l_tls *x, int cache, const char *p, size_t n, uint32_t id) {
  if (n > 40) return;
  if ((x->npc + 1) * 2 > x->cappc) {
    size_t oc = x->cappc, nc = oc ? 2 * oc : 256;
    if (nc > ((size_t)-1) / 2 / sizeof(tlpslot)) luaL_error(L, "not enough memory");
    void *ud;
    lua_Alloc f = lua_getallocf(L, &ud);
    tlpslot *np = f(ud, NULL, 0, nc * sizeof(tlpslot));
    if (!np) luaL_error(L, "not enough memory");
    memset(np, 0, nc * sizeof(tlpslot));
    tlpslot *op = x->pc;
    x->pc = np; x->cappc = nc; x->npc = 0;
    for (size_t j = 0; j < oc; j++) if (op[j].p) tl_pput(x, op[j].p, op[j].id);
    tls_free(L, op, oc * sizeof(tlpslot));
  }
  lua_pushvalue(L, -1);
  lua_rawseti(L, cache + 1, ++x->nanchor);
  tl_pput(x, p, id);
}

/* The string at stack index i (< 0: from the top) as an id, through the
** store's caches: by the address of its bytes (a short string read again is
** the same object), then a Lua table string -> id at stack index cache (the
** anchor array at cache + 1). The string stays on the stack. */
static uint32_t tl_id_slow(lua_State *L, l_tls *x, int cache, int i, const char *p, size_t n);

static inline uint32_t tl_id_at(lua_State *L, l_tls *x, int cache, int i) {
  size_t n;
  const char *p = lua_tolstring(L, i, &n);
  if (x->npc) {
    size_t mask = x->cappc - 1;
    for (size_t j = tl_phash(p, mask); x->pc[j].p; j = (j + 1) & mask)
      if (x->pc[j].p == p) return x->pc[j].id;
  }
  return tl_id_slow(L, x, cache, i, p, n);
}

/* tl_id_at's way when the address is not in the cache (inlined, the probe
** alone: it is made seven times an event) */
static uint32_t tl_id_slow(lua_State *L, l_tls *x, int cache, int i, const char *p, size_t n) {
  if (i < 0) i = lua_gettop(L) + 1 + i;
  uint32_t id;
  lua_pushvalue(L, i);
  if (lua_rawget(L, cache) == LUA_TNUMBER) {
    id = (uint32_t)lua_tointeger(L, -1);
    lua_pop(L, 1);
  } else {
    lua_pop(L, 1);
    id = tl_intern(L, x, p, n);
    lua_pushvalue(L, i);
    lua_pushinteger(L, (lua_Integer)id);
    lua_rawset(L, cache);
  }
  lua_pushvalue(L, i);
  tl_padd(L, x, cache, p, n, id);
  lua_pop(L, 1);
  return id;
}

/* The same for the string at the top of the stack, popped. */
static uint32_t tl_cached(lua_State *L, l_tls *x, int cache) {
  uint32_t id = tl_id_at(L, x, cache, -1);
  lua_pop(L, 1);
  return id;
}

/* The string field at the top of the stack as an id: KN_TL_NONE when nil
** or null and optional; pops it. */
static uint32_t tl_str(lua_State *L, l_tls *x, int cache, const tlwhere *w, const char *field, int optional) {
  if (lua_type(L, -1) == LUA_TSTRING) return tl_cached(L, x, cache);
  if (optional && tl_isnull(L, -1)) { lua_pop(L, 1); return KN_TL_NONE; }
  tl_bad(L, w, field, -1, optional ? "a string or null" : "a string");
  return KN_TL_NONE;
}

/* The same for a value of type ty at the top of the stack, left there (the
** caller resets the stack). */
static uint32_t tl_strv(lua_State *L, l_tls *x, int cache, int ty, const tlwhere *w, const char *field, int optional) {
  if (ty == LUA_TSTRING) return tl_id_at(L, x, cache, -1);
  if (optional && (ty == LUA_TNIL || tl_isnull(L, -1))) return KN_TL_NONE;
  tl_bad(L, w, field, -1, optional ? "a string or null" : "a string");
  return KN_TL_NONE;
}

/* The same, the bytes (valid while the table holding them lives). */
static const char *tl_raw(lua_State *L, const tlwhere *w, const char *field, size_t *n) {
  if (lua_type(L, -1) == LUA_TSTRING) {
    const char *p = lua_tolstring(L, -1, n);
    lua_pop(L, 1);
    return p;
  }
  if (tl_isnull(L, -1)) { lua_pop(L, 1); *n = 0; return NULL; }
  tl_bad(L, w, field, -1, "a string or null");
  return NULL;
}

/* Checks, without converting, a value of type ty at the top of the stack:
** a number or null. (A trigger's offsets, which only a document with
** meeting mentions reads in kn_tl_add_doc, are still refused when they are
** not numbers.) */
static void tl_numchk(lua_State *L, int ty, const tlwhere *w, const char *field) {
  if (ty != LUA_TNUMBER && ty != LUA_TNIL && !tl_isnull(L, -1)) tl_bad(L, w, field, -1, "a number or null");
}

/* A number or null, the value of type ty at the top of the stack, left
** there (the caller resets the stack). */
static kn_tl_num tl_numv(lua_State *L, int ty, const tlwhere *w, const char *field) {
  kn_tl_num v;
  memset(&v, 0, sizeof v);
  if (ty == LUA_TNUMBER) {
    if (lua_isinteger(L, -1)) { v.kind = KN_TL_INT; v.i = lua_tointeger(L, -1); }
    else { v.kind = KN_TL_FLOAT; v.f = lua_tonumber(L, -1); }
  } else tl_numchk(L, ty, w, field);
  return v;
}

/* The same, popping the value. */
static kn_tl_num tl_num(lua_State *L, const tlwhere *w, const char *field) {
  kn_tl_num v = tl_numv(L, lua_type(L, -1), w, field);
  lua_pop(L, 1);
  return v;
}

static int tl_is(lua_State *L, int idx, const char *lit) {
  if (lua_type(L, idx) != LUA_TSTRING) return 0;
  size_t n;
  const char *p = lua_tolstring(L, idx, &n);
  return n == strlen(lit) && memcmp(p, lit, n) == 0;
}

/* A list field (nil/null: none), its value of type ty at the top of the
** stack: leaves the table there and returns 1, or pops it and returns 0. */
static int tl_listv(lua_State *L, int ty, const char *field, const tlwhere *w) {
  if (ty == LUA_TTABLE) return 1;
  if (!tl_isnull(L, -1)) tl_bad(L, w, field, -1, "a table or null");
  lua_pop(L, 1);
  return 0;
}

/* The same for t[field]: returns 0 having pushed nothing. */
static int tl_list(lua_State *L, int t, const char *field, const tlwhere *w) {
  return tl_listv(L, lua_getfield(L, t, field), field, w);
}

/* t[TL_KEYS[k]], as lua_getfield gives it: a raw get of the key's string
** (at stack index keys + k) when t is plain (no metatable, so no __index). */
static int tl_get(lua_State *L, int t, int plain, int keys, int k) {
  if (!plain) return lua_getfield(L, t, TL_KEYS[k]);
  lua_pushvalue(L, keys + k);
  return lua_rawget(L, t);
}

static int tl_plain(lua_State *L, int t) {
  if (!lua_getmetatable(L, t)) return 1;
  lua_pop(L, 1);
  return 0;
}

/* A list field (nil/null: none), as tl_list. */
static int tl_klist(lua_State *L, int t, int plain, int keys, int k, const tlwhere *w) {
  return tl_listv(L, tl_get(L, t, plain, keys, k), TL_KEYS[k], w);
}

/* t[i], raw when t is plain. */
static int tl_geti(lua_State *L, int t, int plain, lua_Integer i) {
  return plain ? lua_rawgeti(L, t, i) : lua_geti(L, t, i);
}

/* The kind of a mention by its type (of type ty, at the top of the stack;
** left there: the caller resets the stack). */
static uint8_t tl_mkind(lua_State *L, int ty) {
  uint8_t kind = KN_TL_M_OTHER;
  if (ty == LUA_TSTRING) {
    size_t n;
    const char *p = lua_tolstring(L, -1, &n);
    if (n == 6 && !memcmp(p, "PERSON", 6)) kind = KN_TL_M_PERSON;
    else if (n == 7 && !memcmp(p, "MEETING", 7)) kind = KN_TL_M_MEETING;
    else if (n == 6 && !memcmp(p, "OFFICE", 6)) kind = KN_TL_M_OFFICE;
  }
  return kind;
}

/* store:add(rec [, holder]) */
static int l_tls_add(lua_State *L) {
  /* the store's metatable is add's last upvalue: compared there, not
  ** looked up by name in the registry a document (luaL_checkudata) */
  l_tls *x = NULL;
  if (lua_type(L, 1) == LUA_TUSERDATA && lua_getmetatable(L, 1)) {
    if (lua_rawequal(L, -1, lua_upvalueindex(TL_NKEYS + 1))) x = lua_touserdata(L, 1);
    lua_pop(L, 1);
  }
  if (!x || !x->s) x = check_tls(L, 1);
  luaL_checktype(L, 2, LUA_TTABLE);
  int holder = !lua_isnoneornil(L, 3);
  if (holder) luaL_checktype(L, 3, LUA_TFUNCTION);
  lua_settop(L, 3);
  lua_getiuservalue(L, 1, TLS_UV_CACHE);                     /* 4: the cache */
  lua_getiuservalue(L, 1, TLS_UV_ANCHOR);                    /* 5: its anchors */
  const int cache = 4;
  if (!lua_checkstack(L, TL_NKEYS + 16)) return luaL_error(L, "stack overflow");
  const int keys = lua_gettop(L) + 1;                        /* the field names */
  for (int k = 0; k < TL_NKEYS; k++) lua_pushvalue(L, lua_upvalueindex(k + 1));
  const int rp = tl_plain(L, 2);
  tlwhere w = { "timeline: document", NULL, 0, 1, NULL, 0, NULL, 0 };
  kn_tl_doc_in d;
  memset(&d, 0, sizeof d);
  tl_get(L, 2, rp, keys, K_ID);
  const int idi = lua_gettop(L);                             /* the id */
  if (lua_type(L, idi) != LUA_TSTRING) tl_bad(L, &w, "id", idi, "a string");
  size_t idlen;
  const char *id = lua_tolstring(L, idi, &idlen);
  w.name = id; w.namelen = idlen;
  d.id = tl_intern(L, x, id, idlen);
  tl_get(L, 2, rp, keys, K_SOURCE);
  d.source = tl_str(L, x, cache, &w, "source", 1);
  tl_get(L, 2, rp, keys, K_PUBLISHED);                       /* idi + 1: the date */
  lua_pushvalue(L, -1);
  d.published = tl_str(L, x, cache, &w, "published", 1);
  if (d.published != KN_TL_NONE) {
    size_t pn;
    const char *pp = lua_tolstring(L, idi + 1, &pn);
    lua_pushlstring(L, pp, pn > 10 ? 10 : pn);               /* idi + 2: the day */
  } else lua_pushnil(L);
  const int day = idi + 2;
  int nm = 0, nmeet = 0;
  if (tl_klist(L, 2, rp, keys, K_MENTIONS, &w)) {
    const int lt = lua_gettop(L), lp = tl_plain(L, lt);
    w.list = "mentions";
    for (lua_Integer i = 1;; i++) {
      if (!lua_checkstack(L, 24)) return luaL_error(L, "timeline: document '%s': too many mentions", id);
      int mt = tl_geti(L, lt, lp, i);
      if (mt == LUA_TNIL) { lua_pop(L, 1); break; }
      w.i = i;
      if (mt != LUA_TTABLE) tl_bad(L, &w, NULL, -1, "a table");
      if ((size_t)nm >= x->capm) tls_grow(L, (void **)&x->m, &x->capm, (size_t)nm + 1, sizeof(kn_tl_mention_in));
      kn_tl_mention_in *m = &x->m[nm];
      memset(m, 0, sizeof *m);
      int t = lua_gettop(L), pl = tl_plain(L, t);
      m->kind = tl_mkind(L, tl_get(L, t, pl, keys, K_TYPE));
      m->entity = tl_strv(L, x, cache, tl_get(L, t, pl, keys, K_ENTITY), &w, "entity", 1);
      /* the names, when something reads them: an entity's first name, a
      ** person's printed name, a named meeting's last word */
      int named = m->entity == KN_TL_NONE || kn_tl_named(x->s, m->entity);
      if (!named || m->kind == KN_TL_M_MEETING) {
        tl_get(L, t, pl, keys, K_NAME);
        m->name = tl_raw(L, &w, "name", &m->name_len);
      }
      if (m->kind == KN_TL_M_PERSON) {
        tl_get(L, t, pl, keys, K_HOW);
        m->is_short = (uint8_t)tl_is(L, -1, "short");   /* left: settop below */
      }
      if (!named || m->kind == KN_TL_M_MEETING || (m->kind == KN_TL_M_PERSON && m->entity != KN_TL_NONE)) {
        int ty = tl_get(L, t, pl, keys, K_TEXT);
        if (ty == LUA_TSTRING && m->kind == KN_TL_M_PERSON && m->entity != KN_TL_NONE && !m->is_short) {
          /* the printed name add_doc interns: its id through the caches
          ** (the same few names come in document after document), not a
          ** probe of the store's table (a miss or three) */
          m->text = lua_tolstring(L, -1, &m->text_len);
          m->text_id = tl_id_at(L, x, cache, -1);
          m->has_text_id = 1;
        } else m->text = tl_raw(L, &w, "text", &m->text_len);
      }
      m->holder = m->gholder = KN_TL_NONE;
      if (m->kind == KN_TL_M_MEETING) {
        nmeet++;
        m->sentence = tl_numv(L, tl_get(L, t, pl, keys, K_SENTENCE), &w, "sentence");
        m->start = tl_numv(L, tl_get(L, t, pl, keys, K_START), &w, "start");
        m->stop = tl_numv(L, tl_get(L, t, pl, keys, K_STOP), &w, "stop");
      } else if (m->kind == KN_TL_M_OFFICE) {
        tl_get(L, t, pl, keys, K_HOLDER);
        if (lua_type(L, -1) == LUA_TSTRING) {
          size_t hn;
          const char *hp = lua_tolstring(L, -1, &hn);
          m->holder = tl_intern(L, x, hp, hn);
          if (holder && !lua_isnil(L, day) && m->entity != KN_TL_NONE) {
            tl_get(L, t, pl, keys, K_ENTITY);
            uint32_t g = tl_holder_of(L, x, 3, day);
            m = &x->m[nm];
            if (g != KN_TL_NONE) m->gholder = g;
          }
        }
        lua_pop(L, 1);
      }
      /* the mention stays on the stack until the record is added: the
      ** strings read from it live as long as it */
      lua_settop(L, t);
      nm++;
    }
    lua_settop(L, lt - 1);
  }
  d.m = x->m; d.nm = (size_t)nm;
  w.list = NULL;
  int nev = 0;
  size_t np = 0;
  if (tl_klist(L, 2, rp, keys, K_EVENTS, &w)) {
    const int lt = lua_gettop(L), lp = tl_plain(L, lt);
    w.list = "events";
    for (lua_Integer i = 1;; i++) {
      if (!lua_checkstack(L, 60)) return luaL_error(L, "timeline: document '%s': too many events", id);
      int et = tl_geti(L, lt, lp, i);
      if (et == LUA_TNIL) { lua_pop(L, 1); break; }
      w.i = i;
      if (et != LUA_TTABLE) tl_bad(L, &w, NULL, -1, "a table");
      if ((size_t)nev >= x->capev) tls_grow(L, (void **)&x->ev, &x->capev, (size_t)nev + 1, sizeof(kn_tl_event_in));
      kn_tl_event_in *e = &x->ev[nev];
      memset(e, 0, sizeof *e);
      int t = lua_gettop(L), pl = tl_plain(L, t);
      if (tl_get(L, t, pl, keys, K_ID) != LUA_TSTRING) tl_bad(L, &w, "id", -1, "a string");
      e->id = lua_tolstring(L, -1, &e->idlen);   /* kept on the stack at t + 1 (settop below) */
      e->type = tl_strv(L, x, cache, tl_get(L, t, pl, keys, K_TYPE), &w, "type", 0);
      e->modality = tl_strv(L, x, cache, tl_get(L, t, pl, keys, K_MODALITY), &w, "modality", 0);
      e->date = tl_strv(L, x, cache, tl_get(L, t, pl, keys, K_DATE), &w, "date", 1);
      e->date_end = tl_strv(L, x, cache, tl_get(L, t, pl, keys, K_DATE_END), &w, "date_end", 1);
      e->location = tl_strv(L, x, cache, tl_get(L, t, pl, keys, K_LOCATION), &w, "location", 1);
      e->sentence = tl_numv(L, tl_get(L, t, pl, keys, K_SENTENCE), &w, "sentence");
      e->ttext = KN_TL_NONE;
      {
        int ty = tl_get(L, t, pl, keys, K_TRIGGER);
        if (ty == LUA_TTABLE) {
          int tt = lua_gettop(L), tp = tl_plain(L, tt);
          e->trigger = 1;
          w.sub = "trigger"; w.j = 0;
          if (nmeet) {
            e->tstart = tl_numv(L, tl_get(L, tt, tp, keys, K_START), &w, "start");
            e->tstop = tl_numv(L, tl_get(L, tt, tp, keys, K_STOP), &w, "stop");
          } else {
            tl_numchk(L, tl_get(L, tt, tp, keys, K_START), &w, "start");
            tl_numchk(L, tl_get(L, tt, tp, keys, K_STOP), &w, "stop");
          }
          e->ttext = tl_strv(L, x, cache, tl_get(L, tt, tp, keys, K_TEXT), &w, "text", 1);
          w.sub = NULL;
        } else if (!tl_isnull(L, -1) && !(ty == LUA_TBOOLEAN && !lua_toboolean(L, -1)))
          tl_bad(L, &w, "trigger", -1, "a table or null");
        lua_settop(L, t + 1);   /* the id stays */
      }
      e->part = (uint32_t)np;
      int pt = tl_get(L, t, pl, keys, K_PARTICIPANTS);
      if (pt == LUA_TTABLE) {
        const int pi = lua_gettop(L), pp = tl_plain(L, pi);
        for (lua_Integer j = 1;; j++) {
          /* the participants stay on the stack, cleared 32 at a time, not
          ** popped one by one (lua_settop is a call of 30 instructions) */
          if ((j & 31) == 0) lua_settop(L, pi);
          int vt = tl_geti(L, pi, pp, j);
          if (vt == LUA_TNIL) break;
          if (vt != LUA_TSTRING) {
            w.sub = "participants"; w.j = j;
            tl_bad(L, &w, NULL, -1, "a string");
          }
          uint32_t pid = tl_id_at(L, x, cache, -1);
          if (np >= x->capids) tls_grow(L, (void **)&x->ids, &x->capids, np + 1, sizeof(uint32_t));
          x->ids[np++] = pid;
        }
      } else if (!tl_isnull(L, -1)) tl_bad(L, &w, "participants", -1, "a table or null");
      e = &x->ev[nev];
      e->npart = (uint32_t)(np - e->part);
      lua_settop(L, t + 1);   /* the event and its id stay on the stack: an id an __index made
                              ** is held by nothing else while e->id points into it */
      nev++;
    }
  }
  d.ev = x->ev; d.nev = (size_t)nev; d.parts = x->ids;
  kn_status st = kn_tl_add_doc(x->s, &d);
  if (st) return raise_status(L, st);
  return 0;
}

/* The id of an entity reference of doc d as a store id (KN_TL_NONE: none):
** a gazetteer entity's id through the Lua string the refs cache holds (the
** pointer cache finds it again), a new entity's from its C string. */
static uint32_t tl_ref_id(lua_State *L, l_tls *x, int cache, refs *R, int32_t e) {
  if (e >= 0) {
    ref_push(R, e, 0);
    uint32_t id = lua_type(L, -1) == LUA_TSTRING ? tl_id_at(L, x, cache, -1) : KN_TL_NONE;
    lua_pop(L, 1);   /* the refs array keeps the string */
    return id;
  }
  if (e <= -2 && (size_t)KN_NEW_INDEX(e) < R->lk->nne) {
    const char *p = R->lk->ne[KN_NEW_INDEX(e)].id;
    return tl_intern(L, x, p, strlen(p));
  }
  return KN_TL_NONE;
}

/* The name of an entity reference as bytes that live as long as the doc
** (NULL: none). */
static const char *tl_ref_name(lua_State *L, refs *R, int32_t e, size_t *n) {
  if (e >= 0) {
    ref_push(R, e, 1);
    const char *p = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, n) : NULL;
    lua_pop(L, 1);
    if (!p) *n = 0;
    return p;
  }
  if (e <= -2 && (size_t)KN_NEW_INDEX(e) < R->lk->nne) {
    const char *p = R->lk->ne[KN_NEW_INDEX(e)].name;
    *n = strlen(p);
    return p;
  }
  *n = 0;
  return NULL;
}

static kn_tl_num tl_int(lua_Integer i) {
  kn_tl_num v;
  memset(&v, 0, sizeof v);
  v.kind = KN_TL_INT; v.i = i;
  return v;
}

/* store:add_doc(core, id, source, published [, holder]): the records of an
** analysed document (a Document's _core) read from the core's arrays, the
** same records store:add makes of its extract record (doc:totable()) with
** no Lua table made or read. id: the document's id (a string); source and
** published: strings or nil. */
static int l_tls_add_doc(lua_State *L) {
  l_tls *x = check_tls(L, 1);
  l_doc *dc = to_doc(L, 2);
  size_t idlen;
  const char *id = luaL_checklstring(L, 3, &idlen);
  int holder = !lua_isnoneornil(L, 6);
  if (holder) luaL_checktype(L, 6, LUA_TFUNCTION);
  lua_settop(L, 6);
  lua_getiuservalue(L, 1, TLS_UV_CACHE);                     /* 7: the cache */
  lua_getiuservalue(L, 1, TLS_UV_ANCHOR);                    /* 8: its anchors */
  const int cache = 7;
  size_t tn;
  const char *text = doc_text(L, 2, &tn);
  const int S = push_strs(L);
  refs R;
  if (!refs_open(L, 2, &dc->lk, &R)) return luaL_error(L, "timeline: document '%s': no gazetteer", id);
  kn_tl_doc_in d;
  memset(&d, 0, sizeof d);
  d.id = tl_intern(L, x, id, idlen);
  d.source = KN_TL_NONE;
  if (lua_type(L, 4) == LUA_TSTRING) d.source = tl_id_at(L, x, cache, 4);
  d.published = KN_TL_NONE;
  int day = 0;
  if (lua_type(L, 5) == LUA_TSTRING) {
    d.published = tl_id_at(L, x, cache, 5);
    size_t pn;
    const char *pp = lua_tolstring(L, 5, &pn);
    lua_pushlstring(L, pp, pn > 10 ? 10 : pn);
    day = lua_gettop(L);
  }
  const kn_linker *lk = &dc->lk;
  size_t nm = lk->nm, nmeet = 0;
  if (nm > x->capm) tls_grow(L, (void **)&x->m, &x->capm, nm, sizeof(kn_tl_mention_in));
  for (size_t i = 0; i < nm; i++) {
    const kn_mention *km = &lk->m[i];
    kn_tl_mention_in *m = &x->m[i];
    memset(m, 0, sizeof *m);
    m->kind = km->type == KN_ET_PERSON ? KN_TL_M_PERSON : km->type == KN_ET_MEETING ? KN_TL_M_MEETING
      : km->type == KN_ET_OFFICE ? KN_TL_M_OFFICE : KN_TL_M_OTHER;
    m->entity = tl_ref_id(L, x, cache, &R, km->entity);
    int named = m->entity == KN_TL_NONE || kn_tl_named(x->s, m->entity);
    if (!named || m->kind == KN_TL_M_MEETING) m->name = tl_ref_name(L, &R, km->entity, &m->name_len);
    if (m->kind == KN_TL_M_PERSON) m->is_short = km->how == KN_HOW_SHORT;
    if (!named || m->kind == KN_TL_M_MEETING || (m->kind == KN_TL_M_PERSON && m->entity != KN_TL_NONE)) {
      m->text = text + km->start;
      m->text_len = km->stop - km->start;
      if (m->kind == KN_TL_M_PERSON && m->entity != KN_TL_NONE && !m->is_short) {
        m->text_id = tl_intern(L, x, m->text, m->text_len);
        m->has_text_id = 1;
      }
    }
    m->holder = m->gholder = KN_TL_NONE;
    if (m->kind == KN_TL_M_MEETING) {
      nmeet++;
      m->sentence = tl_int((lua_Integer)km->sent + 1);
      m->start = tl_int((lua_Integer)km->start + 1);
      m->stop = tl_int((lua_Integer)km->stop);
    } else if (m->kind == KN_TL_M_OFFICE) {
      m->holder = tl_ref_id(L, x, cache, &R, km->holder);
      if (m->holder != KN_TL_NONE && holder && day && m->entity != KN_TL_NONE) {
        ref_push(&R, km->entity, 0);   /* a string: the entity has an id */
        x->m[i].gholder = tl_holder_of(L, x, 6, day);
      }
    }
  }
  d.m = x->m; d.nm = nm;
  /* the events' ids, "<doc id>#<n>", in one buffer the stack holds */
  const kn_extractor *ex = &dc->ex;
  size_t nev = ex->nev;
  if (nev > x->capev) tls_grow(L, (void **)&x->ev, &x->capev, nev, sizeof(kn_tl_event_in));
  size_t idcap = idlen + 24;
  char *idbuf = nev ? lua_newuserdatauv(L, nev * idcap, 0) : NULL;
  size_t np = 0;
  for (size_t i = 0; i < nev; i++) {
    const kn_event *ke = &ex->ev[i];
    kn_tl_event_in *e = &x->ev[i];
    memset(e, 0, sizeof *e);
    char *ib = idbuf + i * idcap;
    memcpy(ib, id, idlen);
    e->idlen = idlen + (size_t)snprintf(ib + idlen, 24, "#%zu", i + 1);
    e->id = ib;
    if (ke->type <= KN_EV_NTYPES) lua_rawgeti(L, S, S_EVTYPE(ke->type));
    else lua_pushstring(L, kn_event_type_name(ke->type));
    e->type = tl_id_at(L, x, cache, -1);
    lua_rawgeti(L, S, S_MODN(ke->modality <= KN_MOD_REPORTED ? ke->modality : 0));
    e->modality = tl_id_at(L, x, cache, -1);
    lua_pop(L, 2);
    e->date = ke->date[0] ? tl_intern(L, x, ke->date, strlen(ke->date)) : KN_TL_NONE;
    e->date_end = ke->date_end[0] ? tl_intern(L, x, ke->date_end, strlen(ke->date_end)) : KN_TL_NONE;
    e->location = tl_ref_id(L, x, cache, &R, ke->location);
    e->sentence = tl_int((lua_Integer)ke->sent + 1);
    e->trigger = 1;
    if (nmeet) {
      e->tstart = tl_int((lua_Integer)ke->start + 1);
      e->tstop = tl_int((lua_Integer)ke->stop);
    }
    e->ttext = tl_intern(L, x, text + ke->start, ke->stop - ke->start);
    e->part = (uint32_t)np;
    for (uint32_t k = 0; k < ke->npart; k++) {
      /* a reference with no id ends the list, as it ends the Lua array */
      uint32_t pid = tl_ref_id(L, x, cache, &R, ex->parts[ke->part + k]);
      if (pid == KN_TL_NONE) break;
      if (np >= x->capids) tls_grow(L, (void **)&x->ids, &x->capids, np + 1, sizeof(uint32_t));
      x->ids[np++] = pid;
    }
    x->ev[i].npart = (uint32_t)(np - x->ev[i].part);
  }
  d.ev = x->ev; d.nev = nev; d.parts = x->ids;
  kn_status st = kn_tl_add_doc(x->s, &d);
  if (st) return raise_status(L, st);
  return 0;
}

/* The pairs of a map field (aliases, names) into x->ids from *np; returns
** the count, or -1 for null. */
static lua_Integer tl_map(lua_State *L, l_tls *x, int t, const char *field, tlwhere *w, size_t *np) {
  int ty = lua_getfield(L, t, field);
  if (ty != LUA_TTABLE) {
    if (!tl_isnull(L, -1)) tl_bad(L, w, field, -1, "an object or null");
    lua_pop(L, 1);
    return -1;
  }
  lua_Integer k = 0;
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    if (lua_type(L, -2) != LUA_TSTRING) tl_bad(L, w, field, -2, "string keys");
    if (lua_type(L, -1) != LUA_TSTRING) tl_bad(L, w, field, -1, "string values");
    size_t kn, vn;
    const char *kp = lua_tolstring(L, -2, &kn), *vp = lua_tolstring(L, -1, &vn);
    uint32_t a = tl_intern(L, x, kp, kn), b = tl_intern(L, x, vp, vn);
    if (*np + 2 > x->capids) tls_grow(L, (void **)&x->ids, &x->capids, *np + 2, sizeof(uint32_t));
    x->ids[(*np)++] = a;
    x->ids[(*np)++] = b;
    k++;
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return k;
}

/* store:add_timeline(t [, label]) */
static int l_tls_add_timeline(lua_State *L) {
  l_tls *x = check_tls(L, 1);
  luaL_checktype(L, 2, LUA_TTABLE);
  size_t ln = 0;
  const char *label = luaL_optlstring(L, 3, NULL, &ln);
  lua_settop(L, 3);
  lua_getiuservalue(L, 1, TLS_UV_CACHE);                     /* 4: the cache */
  lua_getiuservalue(L, 1, TLS_UV_ANCHOR);                    /* 5: its anchors */
  const int cache = 4;
  tlwhere w = { "partial timeline", label, ln, 0, NULL, 0, NULL, 0 };
  static const char *const LISTS[] = { "events", "undated" };
  for (int li = 0; li < 2; li++) {
    w.list = NULL;
    if (!tl_list(L, 2, LISTS[li], &w)) continue;
    int lt = lua_gettop(L);
    for (lua_Integer i = 1;; i++) {
      if (lua_geti(L, lt, i) == LUA_TNIL) { lua_pop(L, 1); break; }
      w.list = LISTS[li]; w.i = i; w.sub = NULL;
      if (!lua_istable(L, -1)) tl_bad(L, &w, NULL, -1, "a table");
      int et = lua_gettop(L);
      if (tl_list(L, et, "mentions", &w)) {
        int mt = lua_gettop(L);
        for (lua_Integer j = 1;; j++) {
          if (lua_geti(L, mt, j) == LUA_TNIL) { lua_pop(L, 1); break; }
          w.sub = "mentions"; w.j = j;
          if (!lua_istable(L, -1)) tl_bad(L, &w, NULL, -1, "a table");
          int t = lua_gettop(L);
          kn_tl_record r;
          memset(&r, 0, sizeof r);
          lua_getfield(L, t, "doc"); r.doc = tl_str(L, x, cache, &w, "doc", 0);
          lua_getfield(L, t, "event");
          if (lua_type(L, -1) != LUA_TSTRING) tl_bad(L, &w, "event", -1, "a string");
          r.event = lua_tolstring(L, -1, &r.event_len);   /* alive in the mention */
          lua_pop(L, 1);
          lua_getfield(L, t, "type"); r.type = tl_str(L, x, cache, &w, "type", 0);
          lua_getfield(L, t, "modality"); r.modality = tl_str(L, x, cache, &w, "modality", 0);
          lua_getfield(L, t, "source"); r.source = tl_str(L, x, cache, &w, "source", 0);
          lua_getfield(L, t, "date"); r.date = tl_str(L, x, cache, &w, "date", 1);
          lua_getfield(L, t, "date_end"); r.date_end = tl_str(L, x, cache, &w, "date_end", 1);
          lua_getfield(L, t, "location"); r.location = tl_str(L, x, cache, &w, "location", 1);
          lua_getfield(L, t, "series"); r.series = tl_str(L, x, cache, &w, "series", 1);
          lua_getfield(L, t, "series_lent");
          if (!lua_isnil(L, -1) && !lua_isboolean(L, -1)) tl_bad(L, &w, "series_lent", -1, "a boolean or nil");
          r.series_lent = lua_toboolean(L, -1);
          lua_pop(L, 1);
          /* the kind of gathering its word names: absent for most */
          if (lua_getfield(L, t, "head") != LUA_TNIL && !tl_isnull(L, -1)) {
            size_t hn;
            const char *hp = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &hn) : NULL;
            if (!hp || !(r.head = kn_meeting_head_parse(hp, hn)))
              tl_bad(L, &w, "head", -1, "a kind of gathering (summit, session, forum, press, dinner, meetings, tests)");
          }
          lua_pop(L, 1);
          lua_getfield(L, t, "published"); r.published = tl_str(L, x, cache, &w, "published", 1);
          lua_getfield(L, t, "sentence"); r.sentence = tl_num(L, &w, "sentence");
          size_t np = 0;
          int pty = lua_getfield(L, t, "participants");
          if (pty == LUA_TTABLE) {
            for (lua_Integer k = 1;; k++) {
              if (lua_geti(L, -1, k) == LUA_TNIL) { lua_pop(L, 1); break; }
              if (lua_type(L, -1) != LUA_TSTRING) tl_bad(L, &w, "participants", -1, "strings");
              uint32_t pid = tl_cached(L, x, cache);
              if (np >= x->capids) tls_grow(L, (void **)&x->ids, &x->capids, np + 1, sizeof(uint32_t));
              x->ids[np++] = pid;
            }
          } else if (!tl_isnull(L, -1)) tl_bad(L, &w, "participants", -1, "a table or null");
          lua_pop(L, 1);
          size_t at_al = np;
          lua_Integer nal = tl_map(L, x, t, "aliases", &w, &np);
          size_t at_nm = np;
          lua_Integer nnm = tl_map(L, x, t, "names", &w, &np);
          r.parts = x->ids; r.nparts = at_al;
          r.has_aliases = nal >= 0; r.aliases = x->ids + at_al; r.naliases = nal > 0 ? (size_t)nal : 0;
          r.has_names = nnm >= 0; r.names = x->ids + at_nm; r.nnames = nnm > 0 ? (size_t)nnm : 0;
          kn_status st = kn_tl_add_record(x->s, &r);
          if (st) return raise_status(L, st);
          lua_settop(L, t - 1);
        }
        lua_pop(L, 1);
      }
      lua_settop(L, et - 1);
    }
    lua_pop(L, 1);
  }
  /* the entities the part names (the first part to name one wins) */
  w.list = NULL;
  int ty = lua_getfield(L, 2, "entities");
  if (ty == LUA_TTABLE) {
    lua_pushnil(L);
    while (lua_next(L, -2)) {
      if (lua_type(L, -2) != LUA_TSTRING) tl_bad(L, &w, "entities", -2, "string keys");
      size_t kn;
      const char *kp = lua_tolstring(L, -2, &kn);
      uint32_t eid = tl_intern(L, x, kp, kn), name = KN_TL_NONE;
      if (lua_istable(L, -1)) {
        if (lua_getfield(L, -1, "name") == LUA_TSTRING) {
          size_t nn;
          const char *np2 = lua_tolstring(L, -1, &nn);
          name = tl_intern(L, x, np2, nn);
        } else if (!tl_isnull(L, -1)) tl_bad(L, &w, "entities[...].name", -1, "a string");
        lua_pop(L, 1);
      } else tl_bad(L, &w, "an entity", -1, "a table");
      kn_status st = kn_tl_entity(x->s, eid, name);
      if (st) return raise_status(L, st);
      lua_pop(L, 1);
    }
  } else if (!tl_isnull(L, -1)) tl_bad(L, &w, "entities", -1, "a table or null");
  lua_pop(L, 1);
  return 0;
}

static void tl_push_id(lua_State *L, const kn_tl_store *s, uint32_t id) {
  if (id == KN_TL_NONE) { lua_pushnil(L); return; }
  size_t n;
  const char *p = kn_tl_str(s, id, &n);
  lua_pushlstring(L, p, n);
}

/* store:partial() -> string */
static int l_tls_partial(lua_State *L) {
  l_tls *x = check_tls(L, 1);
  kn_tl_buf b = { NULL, 0, 0 };
  kn_status st = kn_tl_partial_write(x->s, &b);
  if (!st) lua_pushlstring(L, b.p ? b.p : "", b.n);
  kn_tl_buf_free(x->s, &b);
  if (st) return raise_status(L, st);
  return 1;
}

/* store:add_partial(text [, label]) -> true | nil, message */
static int l_tls_add_partial(lua_State *L) {
  l_tls *x = check_tls(L, 1);
  size_t n, ln = 0;
  const char *p = luaL_checklstring(L, 2, &n);
  const char *label = luaL_optlstring(L, 3, NULL, &ln);
  char err[200];
  kn_status st = kn_tl_partial_read(x->s, p, n, err, sizeof err);
  if (st == KN_ENOMEM) return raise_status(L, st);
  if (!st) { lua_pushboolean(L, 1); return 1; }
  lua_pushnil(L);
  if (label) lua_pushfstring(L, "partial timeline %s: %s", label, err);
  else lua_pushfstring(L, "partial timeline: %s", err);
  return 2;
}

/* store:gaz_needs(restart) -> { id, ... } */
static int l_tls_gaz_needs(lua_State *L) {
  l_tls *x = check_tls(L, 1);
  const uint32_t *ids;
  size_t n;
  kn_status st = kn_tl_gaz_needs(x->s, lua_toboolean(L, 2), &ids, &n);
  if (st) return raise_status(L, st);
  lua_createtable(L, n > 0x7fffffff ? 0x7fffffff : (int)n, 0);
  for (size_t i = 0; i < n; i++) {
    tl_push_id(L, x->s, ids[i]);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

static uint32_t tl_optid(lua_State *L, l_tls *x, int idx) {
  if (lua_type(L, idx) != LUA_TSTRING) return KN_TL_NONE;
  size_t n;
  const char *p = lua_tolstring(L, idx, &n);
  return tl_intern(L, x, p, n);
}

/* store:gaz_set(id, name|false, type, of) */
static int l_tls_gaz_set(lua_State *L) {
  l_tls *x = check_tls(L, 1);
  size_t n;
  const char *p = luaL_checklstring(L, 2, &n);
  uint32_t id = tl_intern(L, x, p, n);
  int known = !(lua_isboolean(L, 3) && !lua_toboolean(L, 3));
  uint32_t name = tl_optid(L, x, 3), type = tl_optid(L, x, 4), of = tl_optid(L, x, 5);
  kn_status st = kn_tl_gaz_set(x->s, id, known, name, type, of);
  if (st) return raise_status(L, st);
  return 0;
}

/* store:build() -> result */
static int l_tls_build(lua_State *L) {
  l_tls *x = check_tls(L, 1);
  l_tlr *r = lua_newuserdatauv(L, sizeof *r, 1);
  memset(r, 0, sizeof *r);
  luaL_setmetatable(L, TLR_MT);
  lua_pushvalue(L, 1);
  lua_setiuservalue(L, -2, 1);                 /* the store outlives the result */
  kn_status st = kn_tl_build(x->s, &r->r);
  if (st == KN_EINVAL) return luaL_error(L, "timeline: %s", kn_tl_error(x->s));
  if (st) return raise_status(L, st);
  r->s = x->s;
  return 1;
}

static int l_tls_len(lua_State *L) {
  l_tls *x = check_tls(L, 1);
  lua_pushinteger(L, (lua_Integer)kn_tl_count(x->s));
  return 1;
}

static int l_tls_tostring(lua_State *L) {
  l_tls *x = luaL_checkudata(L, 1, TLS_MT);
  if (!x->s) lua_pushliteral(L, "TimelineStore (closed)");
  else lua_pushfstring(L, "TimelineStore (%I records)", (lua_Integer)kn_tl_count(x->s));
  return 1;
}

/* ------------------------------------------------------------ writing */

static void tl_push_num(lua_State *L, const kn_tl_num *v) {
  if (v->kind == KN_TL_INT) lua_pushinteger(L, (lua_Integer)v->i);
  else if (v->kind == KN_TL_FLOAT) lua_pushnumber(L, (lua_Number)v->f);
  else lua_pushnil(L);
}

static void tl_push_or_null(lua_State *L, const kn_tl_store *s, uint32_t id) {
  if (id == KN_TL_NONE) lua_pushlightuserdata(L, NULL);
  else tl_push_id(L, s, id);
}

/* A list of ids as a json.array (arraymt at index amt). */
static void tl_push_ids(lua_State *L, const kn_tl_store *s, const uint32_t *v, size_t n, int amt) {
  lua_createtable(L, n > 0x7fffffff ? 0x7fffffff : (int)n, 0);
  for (size_t i = 0; i < n; i++) {
    tl_push_id(L, s, v[i]);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  if (amt) { lua_pushvalue(L, amt); lua_setmetatable(L, -2); }
}

/* The record as it travels in an entry's mentions. */
static void tl_push_record(lua_State *L, kn_tl_store *s, size_t i, int amt) {
  kn_tl_record r;
  if (kn_tl_get_record(s, i, &r)) luaL_error(L, "not enough memory");
  lua_createtable(L, 0, 14);
  tl_push_id(L, s, r.doc); lua_setfield(L, -2, "doc");
  lua_pushlstring(L, r.event, r.event_len); lua_setfield(L, -2, "event");
  tl_push_num(L, &r.sentence); lua_setfield(L, -2, "sentence");
  tl_push_id(L, s, r.type); lua_setfield(L, -2, "type");
  tl_push_or_null(L, s, r.date); lua_setfield(L, -2, "date");
  tl_push_or_null(L, s, r.date_end); lua_setfield(L, -2, "date_end");
  tl_push_ids(L, s, r.parts, r.nparts, amt); lua_setfield(L, -2, "participants");
  tl_push_or_null(L, s, r.location); lua_setfield(L, -2, "location");
  tl_push_id(L, s, r.modality); lua_setfield(L, -2, "modality");
  tl_push_or_null(L, s, r.series); lua_setfield(L, -2, "series");
  if (r.series_lent) { lua_pushboolean(L, 1); lua_setfield(L, -2, "series_lent"); }
  if (r.head) { lua_pushstring(L, kn_meeting_head_name(r.head)); lua_setfield(L, -2, "head"); }
  tl_push_or_null(L, s, r.published); lua_setfield(L, -2, "published");
  tl_push_id(L, s, r.source); lua_setfield(L, -2, "source");
  for (int k = 0; k < 2; k++) {
    int has = k ? r.has_names : r.has_aliases;
    const uint32_t *pv = k ? r.names : r.aliases;
    size_t np = k ? r.nnames : r.naliases;
    if (!has) lua_pushlightuserdata(L, NULL);
    else {
      lua_createtable(L, 0, (int)np);
      for (size_t j = 0; j < np; j++) {
        tl_push_id(L, s, pv[2 * j]);
        tl_push_id(L, s, pv[2 * j + 1]);
        lua_rawset(L, -3);
      }
    }
    lua_setfield(L, -2, k ? "names" : "aliases");
  }
}

static int tl_arraymt(lua_State *L) {
  lua_getfield(L, LUA_REGISTRYINDEX, "korea_nato.json.array");
  if (lua_istable(L, -1)) return lua_gettop(L);
  lua_pop(L, 1);
  return 0;
}

/* store:records() -> { record, ... } (as mentions carry them) */
static int l_tls_records(lua_State *L) {
  l_tls *x = check_tls(L, 1);
  int amt = tl_arraymt(L);
  size_t n = kn_tl_count(x->s);
  lua_createtable(L, n > 0x7fffffff ? 0x7fffffff : (int)n, 0);
  for (size_t i = 0; i < n; i++) {
    tl_push_record(L, x->s, i, amt);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

static const char *const TL_MODS[] = { "occurred", "occurred", "planned", "reported" };
static const char *const TL_FIELDS[] = { "date", "location", "name", "participants" };

static void tl_push_entry(lua_State *L, const l_tlr *x, const kn_tl_entry *e, int amt) {
  const kn_tl_result *r = x->r;
  kn_tl_store *s = x->s;
  lua_createtable(L, 0, 13);
  lua_pushlstring(L, r->text + e->id, e->idlen); lua_setfield(L, -2, "id");
  lua_pushlstring(L, r->text + e->title, e->titlelen); lua_setfield(L, -2, "title");
  tl_push_or_null(L, s, e->date); lua_setfield(L, -2, "date");
  tl_push_or_null(L, s, e->date_end); lua_setfield(L, -2, "date_end");
  tl_push_id(L, s, e->type); lua_setfield(L, -2, "type");
  lua_pushstring(L, e->cameo); lua_setfield(L, -2, "cameo");
  tl_push_ids(L, s, r->ids + e->part, e->npart, amt); lua_setfield(L, -2, "participants");
  tl_push_or_null(L, s, e->location); lua_setfield(L, -2, "location");
  lua_pushstring(L, TL_MODS[e->modality & 3]); lua_setfield(L, -2, "modality");
  tl_push_or_null(L, s, e->first_reported); lua_setfield(L, -2, "first_reported");
  tl_push_ids(L, s, r->ids + e->src, e->nsrc, amt); lua_setfield(L, -2, "sources");
  lua_createtable(L, (int)e->nmen, 0);
  for (uint32_t i = 0; i < e->nmen; i++) {
    tl_push_record(L, s, r->ids[e->men + i], amt);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  if (amt) { lua_pushvalue(L, amt); lua_setmetatable(L, -2); }
  lua_setfield(L, -2, "mentions");
  lua_createtable(L, (int)e->nconf, 0);
  for (uint32_t i = 0; i < e->nconf; i++) {
    const kn_tl_conflict *c = &r->conf[e->conf + i];
    lua_createtable(L, 0, 2);
    lua_pushstring(L, TL_FIELDS[c->field & 3]); lua_setfield(L, -2, "field");
    lua_createtable(L, 0, (int)c->nvalue);
    for (uint32_t j = 0; j < c->nvalue; j++) {
      const kn_tl_value *v = &r->val[c->value + j];
      tl_push_id(L, s, v->key);
      tl_push_ids(L, s, r->ids + v->doc, v->ndoc, amt);
      lua_rawset(L, -3);
    }
    lua_setfield(L, -2, "values");
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  if (amt) { lua_pushvalue(L, amt); lua_setmetatable(L, -2); }
  lua_setfield(L, -2, "conflicts");
}

/* result:tables() -> dated, undated, entities */
static int l_tlr_tables(lua_State *L) {
  l_tlr *x = check_tlr(L, 1);
  const kn_tl_result *r = x->r;
  int amt = tl_arraymt(L);
  for (int part = 0; part < 2; part++) {
    size_t a = part ? r->ndated : 0, b = part ? r->nentries : r->ndated;
    lua_createtable(L, (int)(b - a), 0);
    for (size_t i = a; i < b; i++) {
      tl_push_entry(L, x, &r->entries[i], amt);
      lua_rawseti(L, -2, (lua_Integer)(i - a) + 1);
    }
  }
  lua_createtable(L, 0, (int)r->nent);
  for (size_t i = 0; i < r->nent; i++) {
    tl_push_id(L, x->s, r->ent[3 * i]);
    lua_createtable(L, 0, 2);
    tl_push_id(L, x->s, r->ent[3 * i + 1]); lua_setfield(L, -2, "name");
    tl_push_id(L, x->s, r->ent[3 * i + 2]); lua_setfield(L, -2, "type");
    lua_rawset(L, -3);
  }
  return 3;
}

/* result:counts() -> dated, undated, conflicts */
static int l_tlr_counts(lua_State *L) {
  l_tlr *x = check_tlr(L, 1);
  lua_pushinteger(L, (lua_Integer)x->r->ndated);
  lua_pushinteger(L, (lua_Integer)(x->r->nentries - x->r->ndated));
  lua_pushinteger(L, (lua_Integer)x->r->nconflicts);
  return 3;
}

/* JSON, byte for byte what korea_nato.json.encode writes of tables(): the
** fixed objects' keys in its order, the maps' keys by its ranks, then
** bytes. */
typedef struct tljson { jctx j; kn_tl_store *s; const kn_tl_result *r; uint32_t *krank; size_t nk; } tljson;

static void tj_id(tljson *t, uint32_t id) {
  if (id == KN_TL_NONE) { j_str(&t->j, "null"); return; }
  size_t n;
  const char *p = kn_tl_str(t->s, id, &n);
  j_string(&t->j, p, n);
}

static void tj_ids(tljson *t, const uint32_t *v, size_t n) {
  j_chr(&t->j, '[');
  for (size_t i = 0; i < n; i++) {
    if (i) j_chr(&t->j, ',');
    tj_id(t, v[i]);
  }
  j_chr(&t->j, ']');
}

/* The order of map keys: the ranks' first (by rank), then bytes. */
static uint64_t tj_order(const tljson *t, uint32_t id) {
  uint32_t kr = id < t->nk ? t->krank[id] : 0;
  uint32_t br = id < t->r->nrank ? t->r->rank[id] : 0xffffffffu;
  return ((uint64_t)(kr ? kr : 0xffffffffu) << 32) | br;
}

/* A map of pairs (key id, value), sorted in place by tj_order (small:
** insertion). val(t, i) writes value i. */
static void tj_sort_pairs(const tljson *t, uint32_t *idx, size_t n, const uint32_t *keys, size_t stride) {
  for (size_t i = 1; i < n; i++) {
    uint32_t v = idx[i];
    uint64_t o = tj_order(t, keys[stride * v]);
    size_t j = i;
    while (j > 0 && tj_order(t, keys[stride * idx[j - 1]]) > o) { idx[j] = idx[j - 1]; j--; }
    idx[j] = v;
  }
}

static void tj_num(tljson *t, const kn_tl_num *v) {
  char num[64];
  if (v->kind == KN_TL_INT) {
    /* by hand, as LUA_INTEGER_FMT prints it: a sentence in every record */
    char d[24], *p = kn_i64_dec(v->i, d + sizeof d);
    j_add(&t->j, p, (size_t)(d + sizeof d - p));
    return;
  }
  else if (v->f != v->f || v->f == HUGE_VAL || v->f == -HUGE_VAL) strcpy(num, "null");
  else snprintf(num, sizeof num, "%.14g", v->f);
  j_str(&t->j, num);
}

static void tj_record(tljson *t, size_t i, uint32_t *scratch) {
  kn_tl_record r;
  if (kn_tl_get_record(t->s, i, &r)) luaL_error(t->j.L, "not enough memory");
  j_str(&t->j, "{\"source\":"); tj_id(t, r.source);
  j_str(&t->j, ",\"published\":"); tj_id(t, r.published);
  j_str(&t->j, ",\"date\":"); tj_id(t, r.date);
  j_str(&t->j, ",\"date_end\":"); tj_id(t, r.date_end);
  j_str(&t->j, ",\"type\":"); tj_id(t, r.type);
  if (r.sentence.kind != KN_TL_NIL) { j_str(&t->j, ",\"sentence\":"); tj_num(t, &r.sentence); }
  j_str(&t->j, ",\"participants\":"); tj_ids(t, r.parts, r.nparts);
  j_str(&t->j, ",\"location\":"); tj_id(t, r.location);
  j_str(&t->j, ",\"modality\":"); tj_id(t, r.modality);
  j_str(&t->j, ",\"doc\":"); tj_id(t, r.doc);
  j_str(&t->j, ",\"event\":"); j_string(&t->j, r.event, r.event_len);
  for (int k = 0; k < 2; k++) {
    int has = k ? r.has_names : r.has_aliases;
    const uint32_t *pv = k ? r.names : r.aliases;
    size_t np = k ? r.nnames : r.naliases;
    /* "head" (only when set) sits between them in key order */
    if (k && r.head) { j_str(&t->j, ",\"head\":\""); j_str(&t->j, kn_meeting_head_name(r.head)); j_chr(&t->j, '"'); }
    j_str(&t->j, k ? ",\"names\":" : ",\"aliases\":");
    if (!has) { j_str(&t->j, "null"); continue; }
    /* scratch holds up to np indexes (the caller sized it) */
    for (size_t q = 0; q < np; q++) scratch[q] = (uint32_t)q;
    tj_sort_pairs(t, scratch, np, pv, 2);
    j_chr(&t->j, '{');
    for (size_t q = 0; q < np; q++) {
      if (q) j_chr(&t->j, ',');
      tj_id(t, pv[2 * scratch[q]]);
      j_chr(&t->j, ':');
      tj_id(t, pv[2 * scratch[q] + 1]);
    }
    j_chr(&t->j, '}');
  }
  j_str(&t->j, ",\"series\":"); tj_id(t, r.series);
  /* only when set: a mention's meeting lent by its sentence */
  if (r.series_lent) j_str(&t->j, ",\"series_lent\":true");
  j_chr(&t->j, '}');
}

/* result:tojson(ranks [, file]) -> string, or true having written it to
** file (an io file: no copy of the whole text in memory) */
static int l_tlr_tojson(lua_State *L) {
  l_tlr *x = check_tlr(L, 1);
  luaL_checktype(L, 2, LUA_TTABLE);
  FILE *out = NULL;
  if (!lua_isnoneornil(L, 3)) {
    luaL_Stream *ls = luaL_checkudata(L, 3, LUA_FILEHANDLE);
    if (!ls->closef) return luaL_error(L, "attempt to use a closed file");
    out = ls->f;
  }
  lua_settop(L, 3);   /* the file stays here: nothing else may hold it */
  const kn_tl_result *r = x->r;
  jbuf *b = lua_newuserdatauv(L, sizeof *b, 0);               /* 4 */
  memset(b, 0, sizeof *b);
  b->f = lua_getallocf(L, &b->ud);
  luaL_setmetatable(L, JBUF_MT);
  /* the key ranks of strings that are ranked keys */
  size_t nk = r->nrank;
  uint32_t *krank = lua_newuserdatauv(L, (nk ? nk : 1) * sizeof(uint32_t), 0);  /* 5 */
  memset(krank, 0, (nk ? nk : 1) * sizeof(uint32_t));
  lua_pushnil(L);
  while (lua_next(L, 2)) {
    if (lua_type(L, -2) == LUA_TSTRING && lua_isinteger(L, -1)) {
      size_t kn;
      const char *kp = lua_tolstring(L, -2, &kn);
      lua_Integer rk = lua_tointeger(L, -1);
      /* only strings the result holds can be keys */
      uint32_t id;
      if (rk > 0 && rk < 0x7fffffff && kn_tl_find(x->s, kp, kn, &id) && id < nk) krank[id] = (uint32_t)rk;
    }
    lua_pop(L, 1);
  }
  /* scratch for sorting a map: the largest one */
  size_t big = 1;
  for (size_t i = 0; i < r->nconf; i++) if (r->conf[i].nvalue > big) big = r->conf[i].nvalue;
  if (kn_tl_max_pairs(x->s) > big) big = kn_tl_max_pairs(x->s);
  if (r->nent > big) big = r->nent;
  uint32_t *scratch = lua_newuserdatauv(L, big * sizeof(uint32_t), 0);  /* 6 */
  tljson t;
  memset(&t, 0, sizeof t);
  t.j.L = L; t.j.b = b; t.j.out = out; t.s = x->s; t.r = r; t.krank = krank; t.nk = nk;
  j_str(&t.j, "{\"events\":[");
  for (size_t i = 0; i < r->nentries; i++) {
    const kn_tl_entry *e = &r->entries[i];
    if (i == r->ndated) j_str(&t.j, "],\"undated\":[");
    else if (i) j_chr(&t.j, ',');
    j_str(&t.j, "{\"id\":"); j_string(&t.j, r->text + e->id, e->idlen);
    j_str(&t.j, ",\"title\":"); j_string(&t.j, r->text + e->title, e->titlelen);
    j_str(&t.j, ",\"mentions\":[");
    for (uint32_t k = 0; k < e->nmen; k++) {
      if (k) j_chr(&t.j, ',');
      tj_record(&t, r->ids[e->men + k], scratch);
    }
    j_str(&t.j, "],\"date\":"); tj_id(&t, e->date);
    j_str(&t.j, ",\"date_end\":"); tj_id(&t, e->date_end);
    j_str(&t.j, ",\"type\":"); tj_id(&t, e->type);
    j_str(&t.j, ",\"cameo\":"); j_string(&t.j, e->cameo, strlen(e->cameo));
    j_str(&t.j, ",\"participants\":"); tj_ids(&t, r->ids + e->part, e->npart);
    j_str(&t.j, ",\"location\":"); tj_id(&t, e->location);
    j_str(&t.j, ",\"modality\":"); j_string(&t.j, TL_MODS[e->modality & 3], strlen(TL_MODS[e->modality & 3]));
    j_str(&t.j, ",\"first_reported\":"); tj_id(&t, e->first_reported);
    j_str(&t.j, ",\"sources\":"); tj_ids(&t, r->ids + e->src, e->nsrc);
    j_str(&t.j, ",\"conflicts\":[");
    for (uint32_t k = 0; k < e->nconf; k++) {
      const kn_tl_conflict *c = &r->conf[e->conf + k];
      if (k) j_chr(&t.j, ',');
      j_str(&t.j, "{\"field\":"); j_string(&t.j, TL_FIELDS[c->field & 3], strlen(TL_FIELDS[c->field & 3]));
      j_str(&t.j, ",\"values\":{");
      const kn_tl_value *v = &r->val[c->value];
      for (uint32_t q = 0; q < c->nvalue; q++) scratch[q] = q;
      tj_sort_pairs(&t, scratch, c->nvalue, &v->key, sizeof(kn_tl_value) / sizeof(uint32_t));
      for (uint32_t q = 0; q < c->nvalue; q++) {
        if (q) j_chr(&t.j, ',');
        const kn_tl_value *vq = &v[scratch[q]];
        tj_id(&t, vq->key);
        j_chr(&t.j, ':');
        tj_ids(&t, r->ids + vq->doc, vq->ndoc);
      }
      j_str(&t.j, "}}");
    }
    j_str(&t.j, "]}");
  }
  if (r->ndated == r->nentries) j_str(&t.j, "],\"undated\":[");
  j_str(&t.j, "],\"entities\":{");
  for (size_t q = 0; q < r->nent; q++) scratch[q] = (uint32_t)q;
  tj_sort_pairs(&t, scratch, r->nent, r->ent, 3);
  for (size_t q = 0; q < r->nent; q++) {
    const uint32_t *en = &r->ent[3 * scratch[q]];
    if (q) j_chr(&t.j, ',');
    tj_id(&t, en[0]);
    j_str(&t.j, ":{");
    int any = 0;
    if (en[2] != KN_TL_NONE) { j_str(&t.j, "\"type\":"); tj_id(&t, en[2]); any = 1; }
    if (en[1] != KN_TL_NONE) { if (any) j_chr(&t.j, ','); j_str(&t.j, "\"name\":"); tj_id(&t, en[1]); }
    j_chr(&t.j, '}');
  }
  j_str(&t.j, "}}");
  if (out) {
    j_flush(&t.j);
    lua_pushboolean(L, 1);
  } else lua_pushlstring(L, b->p ? b->p : "", b->n);
  jbuf_free(b);
  return 1;
}

/* store:add as a closure whose upvalues are the field names it reads and
** the store's metatable. */
static void tl_open_add(lua_State *L) {
  luaL_getmetatable(L, TLS_MT);
  lua_getfield(L, -1, "__methods");
  for (int k = 0; k < TL_NKEYS; k++) lua_pushstring(L, TL_KEYS[k]);
  lua_pushvalue(L, -1 - TL_NKEYS - 1);
  lua_pushcclosure(L, l_tls_add, TL_NKEYS + 1);
  lua_setfield(L, -2, "add");
  lua_pop(L, 2);
}

static const luaL_Reg tls_m[] = {
  { "add_doc", l_tls_add_doc }, { "add_timeline", l_tls_add_timeline }, { "gaz_needs", l_tls_gaz_needs },
  { "gaz_set", l_tls_gaz_set }, { "build", l_tls_build }, { "records", l_tls_records },
  { "partial", l_tls_partial }, { "add_partial", l_tls_add_partial },
  { "close", l_tls_release }, { NULL, NULL } };
static const luaL_Reg tls_mm[] = {
  { "__gc", l_tls_release }, { "__close", l_tls_release }, { "__len", l_tls_len },
  { "__tostring", l_tls_tostring }, { NULL, NULL } };
static const luaL_Reg tlr_m[] = {
  { "tables", l_tlr_tables }, { "counts", l_tlr_counts }, { "tojson", l_tlr_tojson },
  { "close", l_tlr_release }, { NULL, NULL } };
static const luaL_Reg tlr_mm[] = {
  { "__gc", l_tlr_release }, { "__close", l_tlr_release }, { NULL, NULL } };

/* Registration (kn_lua.c): KN_LUA_TL_FUNCS in the module's functions,
** KN_LUA_TL_OPEN(L) in luaopen before the module table is made. */
#define KN_LUA_TL_FUNCS { "tl_store", l_tl_store },
#define KN_LUA_TL_OPEN(L) \
  do { createmeta((L), TLS_MT, tls_m, tls_mm); tl_open_add(L); createmeta((L), TLR_MT, tlr_m, tlr_mm); } while (0)

#endif
