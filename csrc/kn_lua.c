/*
** kn_lua.c -- the Lua binding of the korea_nato core: luaopen_korea_nato_core.
**
** It converts and holds no logic. Positions cross the boundary in one
** helper (set_span): the core's 0-based half-open ranges become 1-based
** inclusive positions, so text:sub(start, stop) is the surface form.
**
** A Doc userdata owns the core's results for one text (tokens, sentences,
** mentions, …); token and sentence views borrow from it and keep it alive
** through a user value, and build a Lua table for an element only when a
** script asks for it. Closing a doc (or the view that made it) makes every
** view raise "attempt to use a closed token list".
*/
#define LUA_LIB
#define _POSIX_C_SOURCE 200809L   /* opendir, stat, isatty: the binding only */
#include <math.h>
#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>
#include "lua.h"
#include "lauxlib.h"
#include "kn.h"
#include "kn_internal.h"   /* kn_i64_dec */

#define WORDSET_MT "korea_nato.Wordset"
#define GAZ_MT "korea_nato.Gazetteer"
#define DOC_MT "korea_nato.Doc"
#define TOKENS_MT "korea_nato.Tokens"
#define SENTENCES_MT "korea_nato.Sentences"
#define EVLEX_MT "korea_nato.EventLexicon"

/* ------------------------------------------------------------ helpers */

static void set_span(lua_State *L, uint32_t start, uint32_t end) {
  lua_pushinteger(L, (lua_Integer)start + 1);
  lua_setfield(L, -2, "start");
  lua_pushinteger(L, (lua_Integer)end);
  lua_setfield(L, -2, "stop");
}

/* The strings that the result tables are made of (field names, types,
** kinds, event codes), interned once per state in a registry array: a table
** builder pushes them with lua_rawgeti and sets fields with lua_rawset
** instead of passing C strings through lua_setfield/lua_pushstring, each a
** lookup in Lua's string cache (a strcmp) and a hash of the string. */
enum {
  S_ENTITY = 1, S_TYPE, S_NAME, S_TEXT, S_START, S_STOP, S_SENTENCE, S_HOW, S_HOLDER,
  S_FIRST_TOKEN, S_LAST_TOKEN, S_VALUE, S_VALUE_END, S_RANGE, S_UNANCHORED, S_ID, S_CAMEO,
  S_PLOVER, S_TRIGGER, S_PARTICIPANTS, S_LOCATION, S_DATE, S_DATE_END, S_MODALITY, S_KIND,
  S_KEY, S_INDEX, S_SPACE_BEFORE, S_FROM, S_TO, S_CAP, S_UPPER, S_ABBR, S_HANGUL, S_ORDINAL,
  S_TIME, S_BAD, S_SKIP, S_NFIELDS
};
static const char *const S_FIELDS[] = { "?", "entity", "type", "name", "text", "start", "stop",
  "sentence", "how", "holder", "first_token", "last_token", "value", "value_end", "range",
  "unanchored", "id", "cameo", "plover", "trigger", "participants", "location", "date",
  "date_end", "modality", "kind", "key", "index", "space_before", "from", "to", "cap", "upper",
  "abbr", "hangul", "ordinal", "time", "bad", "skip" };
typedef char s_fields_complete[sizeof S_FIELDS / sizeof *S_FIELDS == S_NFIELDS ? 1 : -1];
#define S_ETYPE(t) (S_NFIELDS + (t))                    /* TYPE_NAMES, 0..6 */
#define S_HOWN(h) (S_ETYPE(7) + (h))                    /* HOW_NAMES, 0..7 */
#define S_TXTYPE(t) (S_HOWN(8) + (t))                   /* TX_TYPES, 0..4 */
#define S_MODN(m) (S_TXTYPE(5) + (m))                   /* MOD_NAMES, 0..3 */
#define S_KINDN(k) (S_MODN(4) + (k))                    /* KIND_NAMES, 0..5 */
#define S_WS(w) (S_KINDN(6) + (w))                      /* space_before, 0..3 */
#define S_EVTYPE(t) (S_WS(4) + (t))                     /* kn_event_type_name, 0..NTYPES */
#define S_EVCAMEO(t, m) (S_EVTYPE(KN_EV_NTYPES + 1) + 4 * (t) + (m))   /* kn_event_cameo, t 0..NTYPES, m 0..3 */
#define S_EVPLOVER(t, m) (S_EVCAMEO(KN_EV_NTYPES + 1, 0) + 4 * (t) + (m))
#define S_END S_EVPLOVER(KN_EV_NTYPES + 1, 0)
/* kn.analyze's Document fields (doc_table), in the order its constructor set them */
enum { D_TEXT, D_META, D_ID, D_TITLE, D_SOURCE, D_URL, D_AUTHOR, D_PUBLISHED, D_PUBLISHED_FROM, D_SKIP,
       D_GAZETTEER, D_CORE, D_N };
static const char *const DOC_FIELDS[] = { "text", "meta", "id", "title", "source", "url", "author",
  "published", "published_from", "_skip", "_gazetteer", "_core" };
typedef char doc_fields_complete[sizeof DOC_FIELDS / sizeof *DOC_FIELDS == D_N ? 1 : -1];
#define S_DOCF(k) (S_END + (k))

static const char strs_key = 0;   /* its address is the registry key of the array */

/* Pushes the string array; returns its (absolute) index. */
static int push_strs(lua_State *L) {
  lua_rawgetp(L, LUA_REGISTRYINDEX, &strs_key);
  return lua_gettop(L);
}

/* t[key k] = the value on top, t just below it (a fresh table: no metamethods) */
static void setk(lua_State *L, int S, int k) {
  lua_rawgeti(L, S, k);
  lua_insert(L, -2);
  lua_rawset(L, -3);
}

/* Pushes every field name of the string array S onto the stack: field k
** is then at index base + k, base returned. For the builders of many
** tables, which set a field with lua_pushvalue of its name, the value and
** lua_rawset: cheaper than a lookup and a rotation each time. */
static int push_keys(lua_State *L, int S) {
  luaL_checkstack(L, S_NFIELDS + 24, "too many nested tables");   /* the keys and the builder's own */
  int base = lua_gettop(L);
  for (int k = 1; k < S_NFIELDS; k++) lua_rawgeti(L, S, k);
  return base;
}

/* set_span with the interned keys */
static void set_span_s(lua_State *L, int S, uint32_t start, uint32_t end) {
  lua_pushinteger(L, (lua_Integer)start + 1);
  setk(L, S, S_START);
  lua_pushinteger(L, (lua_Integer)end);
  setk(L, S, S_STOP);
}

static int raise_status(lua_State *L, kn_status st) {
  if (st == KN_ENOMEM) return luaL_error(L, "not enough memory");
  return luaL_error(L, "%s", kn_strerror(st));
}

/* The marks of the metatables of docs and views (mt[MT_MARK], a light
** userdata): is_marked tests a value's type with them, where
** luaL_checkudata looks the metatable up by its name in the registry (a
** string interned and a hashed lookup), in every call of a doc's method. */
#define MT_MARK 1
static const char doc_mark = 0, tokens_mark = 0, sentences_mark = 0;

/* Whether the value at index i is a full userdata whose metatable bears mark. */
static int is_marked(lua_State *L, int i, const void *mark) {
  if (lua_type(L, i) != LUA_TUSERDATA || !lua_getmetatable(L, i)) return 0;
  lua_rawgeti(L, -1, MT_MARK);
  int ok = lua_touserdata(L, -1) == mark;
  lua_pop(L, 2);
  return ok;
}

/* Puts mark in the metatable tname (is_marked). */
static void setmark(lua_State *L, const char *tname, const void *mark) {
  luaL_getmetatable(L, tname);
  lua_pushlightuserdata(L, (void *)(uintptr_t)mark);   /* (never written through) */
  lua_rawseti(L, -2, MT_MARK);
  lua_pop(L, 1);
}

/* Creates the metatable tname with methods m (in __methods, and as __index
** unless the metamethods define one) and metamethods mm. */
static void createmeta(lua_State *L, const char *tname, const luaL_Reg *m, const luaL_Reg *mm) {
  luaL_newmetatable(L, tname);
  luaL_setfuncs(L, mm, 0);
  lua_newtable(L);
  luaL_setfuncs(L, m, 0);
  lua_pushvalue(L, -1);
  lua_setfield(L, -3, "__methods");
  if (lua_getfield(L, -2, "__index") == LUA_TNIL) {
    lua_pop(L, 1);
    lua_setfield(L, -2, "__index");
  } else lua_pop(L, 2);
  lua_pop(L, 1);
}

static void pushlen(lua_State *L, const char *s, size_t n) { lua_pushlstring(L, s, n); }

/* Parses an optional ISO date argument into an anchor (kn_lua_time.h):
** 0 for none, 1 when given; raises on a bad date. */
static int opt_anchor(lua_State *L, int idx, kn_anchor *a);

/* ------------------------------------------------------------ wordsets */

/* w: the set, NULL once closed (a closed set raises on use); mem: the
** same set, which only the collector frees. A doc that left its tokens
** out (doc_from) holds the set it was analysed with and tokenizes its text
** again with it on first use, even after the set was closed. */
typedef struct { kn_wordset *w, *mem; } l_wordset;

static l_wordset *open_wordset(lua_State *L, l_wordset *b) {
  if (!b->w) luaL_error(L, "attempt to use a closed wordset");
  return b;
}

static l_wordset *check_wordset(lua_State *L, int i) {
  return open_wordset(L, luaL_checkudata(L, i, WORDSET_MT));
}

static int l_wordset_close(lua_State *L) {
  l_wordset *b = luaL_checkudata(L, 1, WORDSET_MT);
  b->w = NULL;
  return 0;
}

static int l_wordset_gc(lua_State *L) {
  l_wordset *b = luaL_checkudata(L, 1, WORDSET_MT);
  if (b->mem) { kn_wordset_free(b->mem); b->mem = b->w = NULL; }
  return 0;
}

static int l_wordset_tostring(lua_State *L) {
  l_wordset *b = luaL_checkudata(L, 1, WORDSET_MT);
  if (!b->w) lua_pushliteral(L, "Wordset (closed)");
  else lua_pushfstring(L, "Wordset (%d words)", (int)kn_wordset_count(b->w));
  return 1;
}

static int l_wordset_len(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)kn_wordset_count(check_wordset(L, 1)->w));
  return 1;
}

static l_wordset *new_wordset(lua_State *L) {
  l_wordset *b = lua_newuserdatauv(L, sizeof *b, 0);
  b->w = b->mem = NULL;
  luaL_setmetatable(L, WORDSET_MT);
  void *ud;
  kn_alloc f = lua_getallocf(L, &ud);
  if (kn_wordset_new(&b->mem, f, ud)) luaL_error(L, "not enough memory");
  b->w = b->mem;
  return b;
}

/* core.abbreviations(text [, name]) -> Wordset | nil, "name:line: reason" */
static int l_abbreviations(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  const char *name = luaL_optstring(L, 2, "abbreviations");
  l_wordset *b = new_wordset(L);
  size_t line = 0;
  kn_status st = kn_abbrev_load(b->w, s, n, &line);
  if (st == KN_ESYNTAX) {
    luaL_pushfail(L);
    lua_pushfstring(L, "%s:%d: expected an abbreviation ending in '.' and a class "
                       "(title, month, other, numeric, final)", name, (int)line);
    return 2;
  }
  if (st) return raise_status(L, st);
  return 1;
}

/* wordset:get(word) -> class or nil (word is normalised first) */
static int l_wordset_get(lua_State *L) {
  l_wordset *b = check_wordset(L, 1);
  size_t n;
  const char *s = luaL_checklstring(L, 2, &n);
  char key[256];
  size_t k = kn_key(s, n, key, sizeof key);
  if (k > sizeof key) { lua_pushnil(L); return 1; }
  size_t j = 0;
  for (size_t i = 0; i < k; i++) if (key[i] != '.') key[j++] = key[i];
  int v = kn_wordset_get(b->w, key, j);
  if (v < 0) lua_pushnil(L); else lua_pushinteger(L, v);
  return 1;
}

/* ---------------------------------------------------------- gazetteer */

typedef struct { kn_gaz *g; } l_gaz;

static const char *const TYPE_NAMES[] = { "?", "PERSON", "ORG", "COUNTRY", "LOCATION", "MEETING", "OFFICE" };
static const char *const HOW_NAMES[] = { "?", "name", "alias", "short", "demonym", "metonym", "office", "new" };

static l_gaz *open_gaz(lua_State *L, l_gaz *b) {
  if (!b->g) luaL_error(L, "attempt to use a closed gazetteer");
  return b;
}

static l_gaz *check_gaz(lua_State *L, int i) {
  return open_gaz(L, luaL_checkudata(L, i, GAZ_MT));
}

static int l_gaz_release(lua_State *L) {
  l_gaz *b = luaL_checkudata(L, 1, GAZ_MT);
  if (b->g) { kn_gaz_free(b->g); b->g = NULL; }
  return 0;
}

static int l_gaz_tostring(lua_State *L) {
  l_gaz *b = luaL_checkudata(L, 1, GAZ_MT);
  if (!b->g) { lua_pushliteral(L, "Gazetteer (closed)"); return 1; }
  size_t states, trans, words, bytes;
  kn_gaz_stats(b->g, &states, &trans, &words, &bytes);
  lua_pushfstring(L, "Gazetteer (%d entities, %d names' words, %s)", (int)kn_gaz_count(b->g),
                  (int)words, kn_gaz_compiled(b->g) ? "compiled" : "not compiled");
  return 1;
}

static int l_gaz_len(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)kn_gaz_count(check_gaz(L, 1)->g));
  return 1;
}

/* core.gazetteer() -> an empty Gazetteer */
static int l_gazetteer(lua_State *L) {
  l_gaz *b = lua_newuserdatauv(L, sizeof *b, 1);   /* user value: the entity strings (refs_open) */
  b->g = NULL;
  luaL_setmetatable(L, GAZ_MT);
  void *ud;
  kn_alloc f = lua_getallocf(L, &ud);
  if (kn_gaz_new(&b->g, f, ud)) return luaL_error(L, "not enough memory");
  return 1;
}

/* Runs a loader that fills an error buffer: true | nil, message. The
** buffer is a Lua-managed userdata, so nothing leaks on a raise. */
static int gaz_result(lua_State *L, kn_status st, const char *err) {
  if (st == KN_OK) { lua_pushboolean(L, 1); return 1; }
  if (st == KN_ESYNTAX || st == KN_EINVAL) {
    luaL_pushfail(L);
    lua_pushstring(L, err[0] ? err : kn_strerror(st));
    return 2;
  }
  return raise_status(L, st);
}

#define ERRCAP 4096

/* The gazetteer at index 1 may have changed: its entity strings are made
** again on the next use. */
static void gaz_changed(lua_State *L) {
  lua_pushnil(L);
  lua_setiuservalue(L, 1, 1);
}

/* gaz:load(text [, name [, replace]]) -> true | nil, "name:line: reason…" */
static int l_gaz_load(lua_State *L) {
  l_gaz *b = check_gaz(L, 1);
  size_t n;
  const char *s = luaL_checklstring(L, 2, &n);
  const char *name = luaL_optstring(L, 3, "gazetteer");
  int replace = lua_toboolean(L, 4);
  char *err = lua_newuserdatauv(L, ERRCAP, 0);
  kn_status st = kn_gaz_load(b->g, name, s, n, replace, err, ERRCAP);
  gaz_changed(L);
  return gaz_result(L, st, err);
}

/* gaz:spelling(text) / gaz:ranks(text) -> true | nil, message */
static int l_gaz_spelling(lua_State *L) {
  l_gaz *b = check_gaz(L, 1);
  size_t n;
  const char *s = luaL_checklstring(L, 2, &n);
  char *err = lua_newuserdatauv(L, ERRCAP, 0);
  gaz_changed(L);
  return gaz_result(L, kn_gaz_spelling(b->g, s, n, err, ERRCAP), err);
}

static int l_gaz_ranks(lua_State *L) {
  l_gaz *b = check_gaz(L, 1);
  size_t n;
  const char *s = luaL_checklstring(L, 2, &n);
  char *err = lua_newuserdatauv(L, ERRCAP, 0);
  gaz_changed(L);
  return gaz_result(L, kn_gaz_ranks(b->g, s, n, err, ERRCAP), err);
}

/* gaz:compile([abbrev]) -> true | nil, message */
static int l_gaz_compile(lua_State *L) {
  l_gaz *b = check_gaz(L, 1);
  const kn_wordset *ab = lua_isnoneornil(L, 2) ? NULL : check_wordset(L, 2)->w;
  char *err = lua_newuserdatauv(L, ERRCAP, 0);
  gaz_changed(L);
  return gaz_result(L, kn_gaz_compile(b->g, ab, err, ERRCAP), err);
}

static int32_t gaz_index(lua_State *L, l_gaz *b, int i) {
  if (lua_type(L, i) == LUA_TNUMBER) {
    lua_Integer x = lua_tointeger(L, i);
    return (x >= 1 && (size_t)x <= kn_gaz_count(b->g)) ? (int32_t)(x - 1) : -1;
  }
  size_t n;
  const char *id = luaL_checklstring(L, i, &n);
  return kn_gaz_find(b->g, id, n);
}

static void push_day(lua_State *L, int32_t d) {
  char b[16];
  if (d == INT32_MAX) { lua_pushnil(L); return; }
  snprintf(b, sizeof b, "%04d-%02d-%02d", (int)(d / 10000), (int)(d / 100 % 100), (int)(d % 100));
  lua_pushstring(L, b);
}

static void push_id(lua_State *L, const kn_gaz *g, int32_t i) {
  kn_entity_info info;
  if (i >= 0 && kn_gaz_info(g, i, &info) == KN_OK) lua_pushstring(L, info.id);
  else lua_pushnil(L);
}

/* gaz:entity(id_or_index) -> { id, name, type, wikidata, of, metonym,
** capital, file, line, fields = { {key, value}… }, holders = {…} } | nil */
static int l_gaz_entity(lua_State *L) {
  l_gaz *b = check_gaz(L, 1);
  int32_t i = gaz_index(L, b, 2);
  kn_entity_info info;
  if (i < 0 || kn_gaz_info(b->g, i, &info) != KN_OK) { lua_pushnil(L); return 1; }
  lua_createtable(L, 0, 12);
  lua_pushstring(L, info.id); lua_setfield(L, -2, "id");
  lua_pushstring(L, info.name); lua_setfield(L, -2, "name");
  lua_pushstring(L, TYPE_NAMES[info.type]); lua_setfield(L, -2, "type");
  lua_pushinteger(L, (lua_Integer)i + 1); lua_setfield(L, -2, "index");
  if (info.wikidata) { lua_pushstring(L, info.wikidata); lua_setfield(L, -2, "wikidata"); }
  if (info.role) { lua_pushstring(L, info.role); lua_setfield(L, -2, "role"); }
  push_id(L, b->g, info.of); lua_setfield(L, -2, "of");
  push_id(L, b->g, info.metonym); lua_setfield(L, -2, "metonym");
  push_id(L, b->g, info.capital); lua_setfield(L, -2, "capital");
  lua_pushstring(L, info.file); lua_setfield(L, -2, "file");
  lua_pushinteger(L, (lua_Integer)info.line); lua_setfield(L, -2, "line");
  lua_newtable(L);
  const char *k, *v;
  for (size_t f = 0; kn_gaz_field(b->g, i, f, &k, &v) == KN_OK; f++) {
    lua_createtable(L, 2, 0);
    lua_pushstring(L, k); lua_rawseti(L, -2, 1);
    lua_pushstring(L, v); lua_rawseti(L, -2, 2);
    lua_rawseti(L, -2, (lua_Integer)f + 1);
  }
  lua_setfield(L, -2, "fields");
  if (info.type == KN_ET_OFFICE) {
    lua_createtable(L, (int)info.nterms, 0);
    for (size_t t = 0; t < info.nterms; t++) {
      lua_createtable(L, 0, 3);
      push_id(L, b->g, info.terms[t].person); lua_setfield(L, -2, "person");
      push_day(L, info.terms[t].start); lua_setfield(L, -2, "start");
      push_day(L, info.terms[t].end); lua_setfield(L, -2, "stop");
      lua_rawseti(L, -2, (lua_Integer)t + 1);
    }
    lua_setfield(L, -2, "holders");
  }
  return 1;
}

/* gaz:holder(office, date) -> person id | nil */
static int l_gaz_holder(lua_State *L) {
  l_gaz *b = check_gaz(L, 1);
  int32_t i = gaz_index(L, b, 2);
  kn_anchor a;
  opt_anchor(L, 3, &a);
  if (i < 0 || !a.year) { lua_pushnil(L); return 1; }
  push_id(L, b->g, kn_gaz_holder(b->g, i, a.year * 10000 + a.month * 100 + a.day));
  return 1;
}

/* gaz:stats() -> { entities, states, transitions, words, bytes } */
static int l_gaz_stats(lua_State *L) {
  l_gaz *b = check_gaz(L, 1);
  size_t states, trans, words, bytes;
  kn_gaz_stats(b->g, &states, &trans, &words, &bytes);
  lua_createtable(L, 0, 5);
  lua_pushinteger(L, (lua_Integer)kn_gaz_count(b->g)); lua_setfield(L, -2, "entities");
  lua_pushinteger(L, (lua_Integer)states); lua_setfield(L, -2, "states");
  lua_pushinteger(L, (lua_Integer)trans); lua_setfield(L, -2, "transitions");
  lua_pushinteger(L, (lua_Integer)words); lua_setfield(L, -2, "words");
  lua_pushinteger(L, (lua_Integer)bytes); lua_setfield(L, -2, "bytes");
  return 1;
}

/* ------------------------------------------------------- event lexicon */

typedef struct { kn_evlex *x; } l_evlex;

static l_evlex *open_evlex(lua_State *L, l_evlex *b) {
  if (!b->x) luaL_error(L, "attempt to use a closed event lexicon");
  return b;
}

static l_evlex *check_evlex(lua_State *L, int i) {
  return open_evlex(L, luaL_checkudata(L, i, EVLEX_MT));
}

static int l_evlex_release(lua_State *L) {
  l_evlex *b = luaL_checkudata(L, 1, EVLEX_MT);
  if (b->x) { kn_evlex_free(b->x); b->x = NULL; }
  return 0;
}

static int l_evlex_tostring(lua_State *L) {
  l_evlex *b = luaL_checkudata(L, 1, EVLEX_MT);
  if (!b->x) lua_pushliteral(L, "EventLexicon (closed)");
  else lua_pushfstring(L, "EventLexicon (%d triggers)", (int)kn_evlex_count(b->x));
  return 1;
}

/* core.event_lexicon() -> an empty EventLexicon */
static int l_event_lexicon(lua_State *L) {
  l_evlex *b = lua_newuserdatauv(L, sizeof *b, 0);
  b->x = NULL;
  luaL_setmetatable(L, EVLEX_MT);
  void *ud;
  kn_alloc f = lua_getallocf(L, &ud);
  if (kn_evlex_new(&b->x, f, ud)) return luaL_error(L, "not enough memory");
  return 1;
}

/* lexicon:load(text [, name]) -> true | nil, "name:line: reason…" */
static int l_evlex_load(lua_State *L) {
  l_evlex *b = check_evlex(L, 1);
  size_t n;
  const char *s = luaL_checklstring(L, 2, &n);
  const char *name = luaL_optstring(L, 3, "events");
  char *err = lua_newuserdatauv(L, ERRCAP, 0);
  return gaz_result(L, kn_evlex_load(b->x, name, s, n, err, ERRCAP), err);
}

/* ---------------------------------------------------------------- docs */

typedef struct {
  kn_tokenizer tk;
  kn_linker lk;
  kn_tagger tg;
  kn_extractor ex;
  kn_anchor anchor;
  int closed, linked, tagged;
  int txblock;        /* tg.tx lies in the doc's own memory (re-tagging copies it out first) */
} l_doc;

/* A doc's results lie in the doc's userdata, after the l_doc: the
** collector frees them with it (one object a document, no malloc and free
** of its own, and the collector counts them); only re-tagging gives a doc
** memory of its own, which l_doc_release frees. */
#define BLK(n) (((n) + 15) & ~(size_t)15)
#define DOC_HEAD BLK(sizeof(l_doc))

/* The result types fit the userdata's alignment (that of a pointer, a
** double or a lua_Integer, at least 8) at offsets that are multiples of 16. */
#define ALIGN_OK(T) (offsetof(struct { char c; T t; }, t) <= 8)
typedef char doc_align_ok[ALIGN_OK(kn_token) && ALIGN_OK(kn_sentence) && ALIGN_OK(kn_mention) &&
                          ALIGN_OK(kn_newent) && ALIGN_OK(kn_discrepancy) && ALIGN_OK(kn_timex) &&
                          ALIGN_OK(kn_event) ? 1 : -1];

/* A doc has one of two metatables: DOC_MT, with __gc, once it holds memory
** of its own (re-tagged), else the same without __gc (registry key
** &doc_light_key), so that the collector frees it at once, with no
** finalizer to call and no cycle more of its memory. */
static const char doc_light_key = 0;

/* The doc at index i, or NULL. (Both doc metatables bear doc_mark.) */
static l_doc *test_doc(lua_State *L, int i) {
  return is_marked(L, i, &doc_mark) ? lua_touserdata(L, i) : NULL;
}

static l_doc *check_doc(lua_State *L, int i) {
  l_doc *d = test_doc(L, i);
  if (!d) luaL_checkudata(L, i, DOC_MT);   /* raises the usual message */
  return d;
}

static l_doc *to_doc(lua_State *L, int i) {
  l_doc *d = check_doc(L, i);
  if (d->closed) luaL_error(L, "attempt to use a closed token list");
  return d;
}

/* Frees what d holds outside its userdata: arrays of a re-tagging (the
** ones in the doc's memory are left alone). */
static int l_doc_release(lua_State *L) {
  l_doc *d = check_doc(L, 1);
  if (!d->closed) {
    if (d->txblock) { d->tg.tx = NULL; d->tg.captx = 0; d->txblock = 0; }
    kn_time_free(&d->tg);
    d->closed = 1;
  }
  return 0;
}

static const char *doc_text(lua_State *L, int i, size_t *n) {
  lua_getiuservalue(L, i, 1);
  const char *s = lua_tolstring(L, -1, n);
  lua_pop(L, 1);   /* the doc's user value keeps the string alive */
  return s;
}

/* The stages run in arrays that outlive a doc: one set per state (a
** userdata in the registry), warm and large enough already, so a document
** costs the one allocation of its doc instead of growing a dozen arrays
** from nothing (with their page faults), and a doc holds no spare capacity
** or scratch space. A call made while the set is in use (from a finalizer
** that the doc's allocation runs; a skip table's __len is called before)
** uses a set of its own, in a userdata that frees it when an error unwinds.
** Nothing raises while the state's set is in use, except the doc's
** allocation when memory runs out: the set then stays marked in use, and
** later calls use sets of their own (still correct). */
#define WORK_MT "korea_nato.Work"
typedef struct { kn_tokenizer tk; kn_linker lk; kn_tagger tg; kn_extractor ex; int has, busy; } l_work;
static const char work_key = 0;   /* its address is the registry key of the l_work */

static int l_work_gc(lua_State *L) {
  l_work *w = luaL_checkudata(L, 1, WORK_MT);
  if (w->has) {
    kn_tok_free(&w->tk);
    kn_link_free(&w->lk);
    kn_time_free(&w->tg);
    kn_event_free(&w->ex);
    w->has = 0;
  }
  return 0;
}

static void work_init(lua_State *L, l_work *w) {
  void *ud;
  kn_alloc f = lua_getallocf(L, &ud);
  kn_tok_init(&w->tk, f, ud, NULL);
  kn_link_init(&w->lk, f, ud);
  kn_time_init(&w->tg, f, ud);
  kn_event_init(&w->ex, f, ud);
  w->has = 1;
}

/* The state's set (NULL before luaopen made it). */
static l_work *work_state(lua_State *L) {
  lua_rawgetp(L, LUA_REGISTRYINDEX, &work_key);
  l_work *w = lua_touserdata(L, -1);   /* (only the binding sets the key) */
  lua_pop(L, 1);   /* the registry keeps it */
  return w;
}

/* The set of arrays for one call, marked in use, its results emptied:
** the state's set w (work_state; core.analyze has it in an upvalue) when
** it is free; pushes the userdata of a set of the call's own, or nil. */
static l_work *work_take(lua_State *L, l_work *w) {
  if (w && !w->busy) {
    lua_pushnil(L);
  } else {
    w = lua_newuserdatauv(L, sizeof *w, 0);
    memset(w, 0, sizeof *w);
    luaL_setmetatable(L, WORK_MT);
  }
  if (!w->has) work_init(L, w);
  w->busy = 1;
  w->tk.ntok = w->tk.nsent = 0;
  w->lk.nm = w->lk.nne = w->lk.ndis = 0;
  w->tg.ntx = 0;
  w->ex.nev = w->ex.nparts = 0;
  return w;
}

/* Gives w back (the state's) or frees its arrays (a call's own, whose
** userdata is at index oi). */
static void work_give(lua_State *L, l_work *w, int oi) {
  if (lua_isnil(L, oi)) w->busy = 0;
  else {
    lua_pushcfunction(L, l_work_gc);
    lua_pushvalue(L, oi);
    lua_call(L, 1, 0);
  }
}

/* A new doc for the string at index ti (and the gazetteer at gi, or 0),
** left on the stack, with exact-size copies of w's results in its own
** memory. The stages' pointers in the doc's structs point there; their
** scratch pointers are NULL, and the allocator is the state's.
**
** ai, when not 0, is the index of the abbreviation set (a Wordset, or nil)
** the text was tokenized with, and no skip range was applied: the doc then
** leaves its tokens out (tk.tok NULL, tk.ntok their number) and keeps the
** set in user value 3, so that doc_tokens makes them again, the same, when
** a script asks for them. Half of a doc's memory is its tokens, which
** kn.analyze's Document reads only through doc:tokens(): most docs are
** never asked, and each copy was as many bytes written to memory.
**
** mi: the index of the doc metatable without __gc (&doc_light_key), or 0
** to look it up in the registry. */
static l_doc *doc_from(lua_State *L, const l_work *w, int ti, int gi, int ai, const kn_anchor *a, int linked,
                       int tagged, int mi) {
  const kn_tokenizer *tk = &w->tk;
  const kn_linker *lk = &w->lk;
  const kn_tagger *tg = &w->tg;
  const kn_extractor *ex = &w->ex;
  size_t ntok = ai ? 0 : tk->ntok;   /* the tokens copied */
  size_t o_tok = DOC_HEAD, o_sent = o_tok + BLK(ntok * sizeof(kn_token)),
         o_m = o_sent + BLK(tk->nsent * sizeof(kn_sentence)), o_ne = o_m + BLK(lk->nm * sizeof(kn_mention)),
         o_dis = o_ne + BLK(lk->nne * sizeof(kn_newent)), o_tx = o_dis + BLK(lk->ndis * sizeof(kn_discrepancy)),
         o_ev = o_tx + BLK(tg->ntx * sizeof(kn_timex)), o_parts = o_ev + BLK(ex->nev * sizeof(kn_event)),
         total = o_parts + BLK(ex->nparts * sizeof(int32_t));
  ti = lua_absindex(L, ti);
  if (gi) gi = lua_absindex(L, gi);
  if (ai) ai = lua_absindex(L, ai);
  char *b = lua_newuserdatauv(L, total, ai ? 3 : 2);
  l_doc *d = (l_doc *)(void *)b;
  memset(d, 0, sizeof *d);
  if (mi) lua_pushvalue(L, mi);
  else lua_rawgetp(L, LUA_REGISTRYINDEX, &doc_light_key);
  lua_setmetatable(L, -2);
  lua_pushvalue(L, ti);
  lua_setiuservalue(L, -2, 1);
  if (gi) {
    lua_pushvalue(L, gi);
    lua_setiuservalue(L, -2, 2);
  }
  if (ai && !lua_isnoneornil(L, ai)) {
    lua_pushvalue(L, ai);
    lua_setiuservalue(L, -2, 3);
  }
  d->tk = *tk; d->lk = *lk; d->tg = *tg; d->ex = *ex;
#define PLACE(dst, cap, off, src, cnt) \
  do { (dst) = (cnt) ? (void *)(b + (off)) : NULL; (cap) = (cnt); \
       if (cnt) memcpy(b + (off), (src), (cnt) * sizeof *(src)); } while (0)
  PLACE(d->tk.tok, d->tk.captok, o_tok, tk->tok, ntok);
  PLACE(d->tk.sent, d->tk.capsent, o_sent, tk->sent, tk->nsent);
  PLACE(d->lk.m, d->lk.capm, o_m, lk->m, lk->nm);
  PLACE(d->lk.ne, d->lk.capne, o_ne, lk->ne, lk->nne);
  PLACE(d->lk.dis, d->lk.capdis, o_dis, lk->dis, lk->ndis);
  PLACE(d->tg.tx, d->tg.captx, o_tx, tg->tx, tg->ntx);
  PLACE(d->ex.ev, d->ex.capev, o_ev, ex->ev, ex->nev);
  PLACE(d->ex.parts, d->ex.capparts, o_parts, ex->parts, ex->nparts);
#undef PLACE
  d->txblock = 1;   /* (tg.tx NULL, or in the doc's memory) */
  d->lk.scratch = NULL; d->lk.capscratch = 0;
  d->tg.wid = NULL; d->tg.capwid = 0;
  d->ex.scratch = NULL; d->ex.capscratch = 0;
  if (a) d->anchor = *a;
  d->linked = linked; d->tagged = tagged;
  return d;
}

/* Before the tagger runs again on d (it grows tg.tx): its expressions in
** an array of their own, out of d's memory, and DOC_MT (__gc frees that
** array). di: the index of d, or of a view of it. */
static void doc_own_tx(lua_State *L, l_doc *d, int di) {
  if (!d->txblock) return;
  if (test_doc(L, di)) lua_pushvalue(L, di);
  else lua_getiuservalue(L, di, 1);
  luaL_setmetatable(L, DOC_MT);
  lua_pop(L, 1);
  kn_timex *tx = NULL;
  if (d->tg.ntx) {
    tx = d->tg.alloc(d->tg.ud, NULL, 0, d->tg.ntx * sizeof(kn_timex));
    if (!tx) luaL_error(L, "not enough memory");
    memcpy(tx, d->tg.tx, d->tg.ntx * sizeof(kn_timex));
  }
  d->tg.tx = tx; d->tg.captx = d->tg.ntx;
  d->txblock = 0;
}

/* The skip ranges of the table at index si ({start, stop} 1-based) on w's
** tokens; 0, or the 1-based number of a range that is not a table. Calls
** no metamethod (its length was taken before, in nr). */
static lua_Integer apply_skip(lua_State *L, l_work *w, int si, lua_Integer nr, size_t n) {
  for (lua_Integer i = 1; i <= nr; i++) {
    lua_rawgeti(L, si, i);
    if (!lua_istable(L, -1)) { lua_pop(L, 1); return i; }
    lua_rawgeti(L, -1, 1);
    lua_rawgeti(L, -2, 2);
    lua_Integer a = lua_tointeger(L, -2), e = lua_tointeger(L, -1);
    lua_pop(L, 3);
    if (a < 1) a = 1;
    if (e > (lua_Integer)n) e = (lua_Integer)n;
    if (a <= e) kn_tok_skip(&w->tk, (uint32_t)(a - 1), (uint32_t)e);
  }
  return 0;
}

static void check_run(lua_State *L, kn_status st) {
  if (st == KN_ERANGE) luaL_error(L, "text too long (%d MB at most)", (int)(KN_MAX_TEXT >> 20));
  if (st) raise_status(L, st);
}

/* Tokenizes (and splits into sentences) the text s of n bytes in w, with
** the skip table at si (0: none) of nr ranges. A bad range gives KN_OK and
** its number in *bad. */
static kn_status run_tokenize(lua_State *L, l_work *w, const kn_wordset *ab, const char *s, size_t n, int si,
                              lua_Integer nr, lua_Integer *bad) {
  w->tk.abbrev = ab;
  kn_status st = kn_tok_tokens(&w->tk, s, n);
  if (st) return st;
  if (si && (*bad = apply_skip(L, w, si, nr, n)) != 0) return KN_OK;
  return kn_tok_sentences(&w->tk, s, n);
}

/* The length of the skip table at si, taken before the stages run (a
** __len metamethod may call the binding again). */
static lua_Integer skip_len(lua_State *L, int si) {
  return si ? luaL_len(L, si) : 0;
}

/* Gives w back, then raises for a failed run or a bad skip range. */
static void run_end(lua_State *L, l_work *w, int oi, kn_status st, lua_Integer bad) {
  if (st == KN_OK && !bad) return;
  work_give(L, w, oi);
  if (bad) luaL_error(L, "skip range %d is not a table", (int)bad);
  check_run(L, st);
}

/* --------------------------------------------------------- token views */

/* A view: user value 1 is its doc. kind: 0 tokens, 1 sentences. */
typedef struct { int kind; } l_view;

static const char *const KIND_NAMES[] = { "?", "word", "number", "punct", "symbol", "clitic" };

static void push_token(lua_State *L, const char *text, const kn_token *k, lua_Integer index) {
  int S = push_strs(L);
  lua_createtable(L, 0, 8);
  lua_pushlstring(L, text + k->start, k->len);
  setk(L, S, S_TEXT);
  set_span_s(L, S, k->start, k->start + k->len);
  lua_rawgeti(L, S, S_KINDN(k->kind < 6 ? k->kind : 0));
  setk(L, S, S_KIND);
  char key[512];
  size_t kl = kn_tok_key(text, k, key, sizeof key);
  if (kl <= sizeof key) lua_pushlstring(L, key, kl);
  else {
    luaL_Buffer b;
    char *p = luaL_buffinitsize(L, &b, kl);
    kn_tok_key(text, k, p, kl);
    luaL_pushresultsize(&b, kl);
  }
  setk(L, S, S_KEY);
  lua_pushinteger(L, (lua_Integer)k->sent + 1);
  setk(L, S, S_SENTENCE);
  lua_pushinteger(L, index);
  setk(L, S, S_INDEX);
  static const struct { unsigned f; int name; } FL[] = {
    { KN_TF_CAP, S_CAP }, { KN_TF_UPPER, S_UPPER }, { KN_TF_ABBR, S_ABBR },
    { KN_TF_HANGUL, S_HANGUL }, { KN_TF_ORD, S_ORDINAL }, { KN_TF_TIME, S_TIME },
    { KN_TF_BAD, S_BAD }, { KN_TF_SKIP, S_SKIP }, { 0, 0 } };
  for (int i = 0; FL[i].name; i++)
    if (k->flags & FL[i].f) { lua_pushboolean(L, 1); setk(L, S, FL[i].name); }
  lua_rawgeti(L, S, S_WS(k->ws & 3));
  setk(L, S, S_SPACE_BEFORE);
  lua_remove(L, S);
}

/* The doc of the view at index i (pushed nothing; the view keeps it alive). */
static l_doc *view_doc(lua_State *L, int i, const char *mt) {
  if (!is_marked(L, i, strcmp(mt, TOKENS_MT) ? &sentences_mark : &tokens_mark))
    luaL_checkudata(L, i, mt);   /* raises the usual message */
  lua_getiuservalue(L, i, 1);
  l_doc *d = lua_touserdata(L, -1);
  lua_pop(L, 1);
  if (!d || d->closed) luaL_error(L, "attempt to use a closed token list");
  return d;
}

/* The tokens of the doc at index di, made when doc_from left them out:
** the tokenizer and sentence splitter run again on the same text with the
** same abbreviation set (user value 3) and no skip range, which gives the
** same tokens; they go into a userdata of their own, user value 3 from then
** on (the set is no longer needed). */
static void doc_tokens(lua_State *L, l_doc *d, int di) {
  if (d->tk.tok || !d->tk.ntok) return;
  di = lua_absindex(L, di);
  size_t n;
  const char *s = doc_text(L, di, &n);
  lua_getiuservalue(L, di, 3);
  const l_wordset *ab = lua_touserdata(L, -1);   /* (only the binding sets it) */
  lua_pop(L, 1);   /* the doc keeps it alive */
  l_work *w = work_take(L, work_state(L));
  int oi = lua_gettop(L);
  lua_Integer bad = 0;
  kn_status st = run_tokenize(L, w, ab ? ab->mem : NULL, s, n, 0, 0, &bad);
  if (st == KN_OK && w->tk.ntok != d->tk.ntok) st = KN_EINVAL;   /* (cannot happen) */
  run_end(L, w, oi, st, 0);
  kn_token *t = lua_newuserdatauv(L, d->tk.ntok * sizeof(kn_token), 0);
  memcpy(t, w->tk.tok, d->tk.ntok * sizeof(kn_token));
  lua_setiuservalue(L, di, 3);
  d->tk.tok = t;
  d->tk.captok = d->tk.ntok;
  work_give(L, w, oi);
  lua_settop(L, oi - 1);
}

/* view_doc for a Tokens view, with its doc's tokens (doc_tokens). */
static l_doc *view_tokens(lua_State *L, int i) {
  l_doc *d = view_doc(L, i, TOKENS_MT);
  if (!d->tk.tok && d->tk.ntok) {
    lua_getiuservalue(L, i, 1);
    doc_tokens(L, d, -1);
    lua_pop(L, 1);
  }
  return d;
}

static const char *view_text(lua_State *L, int i) {
  lua_getiuservalue(L, i, 1);
  size_t n;
  const char *s = doc_text(L, -1, &n);
  lua_pop(L, 1);
  return s;
}

static void new_view(lua_State *L, int doc_idx, const char *mt) {
  doc_idx = lua_absindex(L, doc_idx);
  lua_newuserdatauv(L, sizeof(l_view), 1);
  luaL_setmetatable(L, mt);
  lua_pushvalue(L, doc_idx);
  lua_setiuservalue(L, -2, 1);
}

static int l_tokens_len(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)view_doc(L, 1, TOKENS_MT)->tk.ntok);
  return 1;
}

static int l_tokens_index(lua_State *L) {
  if (lua_type(L, 2) == LUA_TNUMBER) {
    l_doc *d = view_tokens(L, 1);
    lua_Integer i = lua_tointeger(L, 2);
    if (i < 1 || (size_t)i > d->tk.ntok) return 0;
    push_token(L, view_text(L, 1), &d->tk.tok[i - 1], i);
    return 1;
  }
  luaL_getmetafield(L, 1, "__methods");
  lua_pushvalue(L, 2);
  lua_rawget(L, -2);
  return 1;
}

static int tokens_iter(lua_State *L) {
  l_doc *d = view_tokens(L, 1);
  lua_Integer i = luaL_checkinteger(L, 2) + 1;
  if (i < 1 || (size_t)i > d->tk.ntok) return 0;
  lua_pushinteger(L, i);
  push_token(L, view_text(L, 1), &d->tk.tok[i - 1], i);
  return 2;
}

/* tokens:iter() -> iterator, tokens, 0 (for i, tok in tokens:iter()) */
static int l_tokens_iter(lua_State *L) {
  view_doc(L, 1, TOKENS_MT);
  lua_pushcfunction(L, tokens_iter);
  lua_pushvalue(L, 1);
  lua_pushinteger(L, 0);
  return 3;
}

static int l_tokens_tostring(lua_State *L) {
  luaL_checkudata(L, 1, TOKENS_MT);
  lua_getiuservalue(L, 1, 1);
  l_doc *d = lua_touserdata(L, -1);
  lua_pop(L, 1);
  if (!d || d->closed) { lua_pushliteral(L, "Tokens (closed)"); return 1; }
  view_tokens(L, 1);
  const char *s = view_text(L, 1);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  lua_pushfstring(L, "Tokens (%d):", (int)d->tk.ntok);
  luaL_addvalue(&b);
  for (size_t i = 0; i < d->tk.ntok && i < 12; i++) {
    luaL_addstring(&b, i ? " | " : " ");
    luaL_addlstring(&b, s + d->tk.tok[i].start, d->tk.tok[i].len > 40 ? 40 : d->tk.tok[i].len);
  }
  if (d->tk.ntok > 12) luaL_addstring(&b, " | …");
  luaL_pushresult(&b);
  return 1;
}

/* tokens:texts() -> array of token strings (built in one go) */
static int l_tokens_texts(lua_State *L) {
  l_doc *d = view_tokens(L, 1);
  const char *s = view_text(L, 1);
  lua_createtable(L, (int)(d->tk.ntok < 0x7fffffff ? d->tk.ntok : 0x7fffffff), 0);
  for (size_t i = 0; i < d->tk.ntok; i++) {
    lua_pushlstring(L, s + d->tk.tok[i].start, d->tk.tok[i].len);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

/* tokens:sentences() -> Sentences over the same doc */
static int l_tokens_sentences(lua_State *L) {
  view_doc(L, 1, TOKENS_MT);
  lua_getiuservalue(L, 1, 1);
  new_view(L, -1, SENTENCES_MT);
  return 1;
}

/* tokens:close(): closes the doc behind the view */
static int l_tokens_close(lua_State *L) {
  luaL_checkudata(L, 1, TOKENS_MT);
  lua_getiuservalue(L, 1, 1);
  if (lua_touserdata(L, -1)) {
    lua_pushcfunction(L, l_doc_release);
    lua_insert(L, -2);
    lua_call(L, 1, 0);
  }
  return 0;
}

/* core.tokenize(text [, abbrev [, skip]]) -> Tokens (with sentences) */
static int l_tokenize(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  const kn_wordset *ab = lua_isnoneornil(L, 2) ? NULL : check_wordset(L, 2)->w;
  int si = lua_istable(L, 3) ? 3 : 0;
  lua_Integer nr = skip_len(L, si), bad = 0;
  l_work *w = work_take(L, work_state(L));
  int oi = lua_gettop(L);
  kn_status st = run_tokenize(L, w, ab, s, n, si, nr, &bad);   /* (before bad is read) */
  run_end(L, w, oi, st, bad);
  doc_from(L, w, 1, 0, 0, NULL, 0, 0, 0);
  work_give(L, w, oi);
  new_view(L, -1, TOKENS_MT);
  return 1;
}

/* ------------------------------------------------------ sentence views */

static void push_sentence(lua_State *L, const char *text, const kn_sentence *se, lua_Integer i) {
  int S = push_strs(L);
  lua_createtable(L, 0, 6);
  lua_pushlstring(L, text + se->start, se->stop - se->start);
  setk(L, S, S_TEXT);
  set_span_s(L, S, se->start, se->stop);
  lua_pushinteger(L, (lua_Integer)se->first + 1);
  setk(L, S, S_FIRST_TOKEN);
  lua_pushinteger(L, (lua_Integer)se->last + 1);
  setk(L, S, S_LAST_TOKEN);
  lua_pushinteger(L, i);
  setk(L, S, S_INDEX);
  lua_remove(L, S);
}

static int l_sentences_len(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)view_doc(L, 1, SENTENCES_MT)->tk.nsent);
  return 1;
}

static int l_sentences_index(lua_State *L) {
  if (lua_type(L, 2) == LUA_TNUMBER) {
    l_doc *d = view_doc(L, 1, SENTENCES_MT);
    lua_Integer i = lua_tointeger(L, 2);
    if (i < 1 || (size_t)i > d->tk.nsent) return 0;
    push_sentence(L, view_text(L, 1), &d->tk.sent[i - 1], i);
    return 1;
  }
  luaL_getmetafield(L, 1, "__methods");
  lua_pushvalue(L, 2);
  lua_rawget(L, -2);
  return 1;
}

static int sentences_iter(lua_State *L) {
  l_doc *d = view_doc(L, 1, SENTENCES_MT);
  lua_Integer i = luaL_checkinteger(L, 2) + 1;
  if (i < 1 || (size_t)i > d->tk.nsent) return 0;
  lua_pushinteger(L, i);
  push_sentence(L, view_text(L, 1), &d->tk.sent[i - 1], i);
  return 2;
}

static int l_sentences_iter(lua_State *L) {
  view_doc(L, 1, SENTENCES_MT);
  lua_pushcfunction(L, sentences_iter);
  lua_pushvalue(L, 1);
  lua_pushinteger(L, 0);
  return 3;
}

/* sentences:spans() -> { {start, stop}, ... } as SCHEMA.md's "sentences" */
static int l_sentences_spans(lua_State *L) {
  l_doc *d = view_doc(L, 1, SENTENCES_MT);
  size_t ns = d->tk.nsent;
  lua_createtable(L, (int)(ns < 0x7fffffff ? ns : 0x7fffffff), 0);
  for (size_t i = 0; i < ns; i++) {
    lua_createtable(L, 2, 0);
    lua_pushinteger(L, (lua_Integer)d->tk.sent[i].start + 1);
    lua_rawseti(L, -2, 1);
    lua_pushinteger(L, (lua_Integer)d->tk.sent[i].stop);
    lua_rawseti(L, -2, 2);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

/* sentences:find(pos) -> index of the sentence holding byte pos, or nil */
static int l_sentences_find(lua_State *L) {
  l_doc *d = view_doc(L, 1, SENTENCES_MT);
  lua_Integer pos = luaL_checkinteger(L, 2) - 1;
  size_t lo = 0, hi = d->tk.nsent;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if ((lua_Integer)d->tk.sent[mid].stop <= pos) lo = mid + 1; else hi = mid;
  }
  if (lo < d->tk.nsent && (lua_Integer)d->tk.sent[lo].start <= pos) lua_pushinteger(L, (lua_Integer)lo + 1);
  else lua_pushnil(L);
  return 1;
}

static int l_sentences_tostring(lua_State *L) {
  luaL_checkudata(L, 1, SENTENCES_MT);
  lua_getiuservalue(L, 1, 1);
  l_doc *d = lua_touserdata(L, -1);
  lua_pop(L, 1);
  if (!d || d->closed) { lua_pushliteral(L, "Sentences (closed)"); return 1; }
  const char *s = view_text(L, 1);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  lua_pushfstring(L, "Sentences (%d)", (int)d->tk.nsent);
  luaL_addvalue(&b);
  for (size_t i = 0; i < d->tk.nsent && i < 5; i++) {
    const kn_sentence *se = &d->tk.sent[i];
    size_t len = se->stop - se->start;
    lua_pushfstring(L, "\n  %d: ", (int)i + 1);
    luaL_addvalue(&b);
    luaL_addlstring(&b, s + se->start, len > 72 ? 72 : len);
    if (len > 72) luaL_addstring(&b, "…");
  }
  if (d->tk.nsent > 5) luaL_addstring(&b, "\n  …");
  luaL_pushresult(&b);
  return 1;
}

/* core.sentences(text [, abbrev [, skip]]) -> Sentences, Tokens */
static int l_sentences(lua_State *L) {
  l_tokenize(L);
  lua_getiuservalue(L, -1, 1);
  new_view(L, -1, SENTENCES_MT);
  lua_replace(L, -2);
  lua_insert(L, -2);
  return 2;
}

/* ---------------------------------------------------------- analysis */

/* core.analyze's upvalues: the metatables of its userdata arguments, and
** what it would otherwise look up in the registry for every document (a
** hashed lookup each): the string array (push_strs), the doc metatable
** without __gc (&doc_light_key), the state's stage arrays (&work_key). */
enum { UV_WORDSET = 1, UV_GAZ, UV_EVLEX, UV_STRS, UV_DOCMT, UV_WORK, UV_N };

/* luaL_checkudata(L, i, tname) for tname's metatable in upvalue u: a
** compare, where luaL_checkudata looks tname up in the registry (a string
** hashed and compared each time), three times a document. */
static void *arg_udata(lua_State *L, int i, int u, const char *tname) {
  void *p = lua_touserdata(L, i);
  if (p && lua_getmetatable(L, i)) {
    int ok = lua_topointer(L, -1) == lua_topointer(L, lua_upvalueindex(u));   /* (two tables) */
    lua_pop(L, 1);
    if (ok) return p;
  }
  return luaL_checkudata(L, i, tname);   /* raises the usual message */
}

/* kn.analyze's Document for the Doc at index di: a table with the
** metatable at index 7 and these fields, set in this order when not nil
** (the order and size of the Lua constructor it replaces, so that the
** table is laid out alike): text (argument 1), meta (8), id (9), title
** (10), source (11), url (12), author (13), published (the anchor, 4),
** published_from (14), _skip (5), _gazetteer (15), _core (the Doc). One
** call instead of a constructor that set each nil field too and a call of
** setmetatable. */
static int doc_table(lua_State *L, int di) {
  static const unsigned char ARG[D_N] = { 1, 8, 9, 10, 11, 12, 13, 4, 14, 5, 15, 0 };
  int S = lua_upvalueindex(UV_STRS);
  lua_createtable(L, 0, D_N);
  for (int k = 0; k < D_N; k++) {
    int i = ARG[k] ? ARG[k] : di;
    if (lua_isnoneornil(L, i)) continue;
    lua_rawgeti(L, S, S_DOCF(k));
    lua_pushvalue(L, i);
    lua_rawset(L, -3);
  }
  lua_pushvalue(L, 7);
  lua_setmetatable(L, -2);
  return 1;
}

/* core.analyze(text, abbrev, gazetteer|nil, anchor|nil, skip|nil,
** events|nil) -> Doc: tokens, sentences, mentions (with a gazetteer),
** temporal expressions, events (with a gazetteer and an event lexicon).
** core.analyze(text, abbrev, gazetteer, anchor, skip, events, mt, meta,
** id, title, source, url, author, published_from, gaz) -> a table with
** metatable mt holding the Doc and those fields (doc_table): kn.analyze's
** Document, made here in one call. */
static int l_analyze(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  const kn_wordset *ab = lua_isnoneornil(L, 2) ? NULL : open_wordset(L, arg_udata(L, 2, UV_WORDSET, WORDSET_MT))->w;
  l_gaz *gz = lua_isnoneornil(L, 3) ? NULL : open_gaz(L, arg_udata(L, 3, UV_GAZ, GAZ_MT));
  kn_anchor a;
  opt_anchor(L, 4, &a);
  if (gz && !kn_gaz_compiled(gz->g)) return luaL_argerror(L, 3, "gazetteer not compiled");
  const kn_evlex *lex = lua_isnoneornil(L, 6) ? NULL : open_evlex(L, arg_udata(L, 6, UV_EVLEX, EVLEX_MT))->x;
  int si = lua_istable(L, 5) ? 5 : 0;
  lua_Integer nr = skip_len(L, si), bad = 0;
  const kn_anchor *ap = a.year ? &a : NULL;
  /* from here to doc_from, nothing calls Lua */
  l_work *w = work_take(L, lua_touserdata(L, lua_upvalueindex(UV_WORK)));
  int oi = lua_gettop(L);
  kn_status st = run_tokenize(L, w, ab, s, n, si, nr, &bad);
  if (!st && !bad && gz) st = kn_link_run(&w->lk, gz->g, s, &w->tk, ap);
  if (!st && !bad) st = kn_time_tag(&w->tg, s, &w->tk, ap);
  if (!st && !bad && gz && lex) st = kn_event_run(&w->ex, lex, gz->g, s, &w->tk, &w->lk, &w->tg, ap);
  run_end(L, w, oi, st, bad);
  doc_from(L, w, 1, gz ? 3 : 0, nr ? 0 : 2, &a, gz != NULL, 1, lua_upvalueindex(UV_DOCMT));
  work_give(L, w, oi);
  return lua_istable(L, 7) ? doc_table(L, lua_gettop(L)) : 1;
}

static int l_doc_tokens(lua_State *L) {
  to_doc(L, 1);
  new_view(L, 1, TOKENS_MT);
  return 1;
}

static int l_doc_sentences(lua_State *L) {
  to_doc(L, 1);
  new_view(L, 1, SENTENCES_MT);
  return 1;
}

static const kn_gaz *doc_gaz(lua_State *L, int i) {
  lua_getiuservalue(L, i, 2);
  l_gaz *b = luaL_testudata(L, -1, GAZ_MT);
  lua_pop(L, 1);
  return b && b->g ? b->g : NULL;
}

/* Pushes the id of an entity reference (gazetteer or new), or nil. */
static void push_ref(lua_State *L, const kn_gaz *g, const kn_linker *lk, int32_t e) {
  if (e >= 0) push_id(L, g, e);
  else if (e <= -2 && (size_t)KN_NEW_INDEX(e) < lk->nne) lua_pushstring(L, lk->ne[KN_NEW_INDEX(e)].id);
  else lua_pushnil(L);
}

static void push_ref_name(lua_State *L, const kn_gaz *g, const kn_linker *lk, int32_t e) {
  kn_entity_info info;
  if (e >= 0 && kn_gaz_info(g, e, &info) == KN_OK) lua_pushstring(L, info.name);
  else if (e <= -2 && (size_t)KN_NEW_INDEX(e) < lk->nne) lua_pushstring(L, lk->ne[KN_NEW_INDEX(e)].name);
  else lua_pushnil(L);
}

/* Entity references of a doc as Lua strings. Each gazetteer entity's id and
** name are made once per gazetteer (until it changes: gaz_changed), in an
** array in the gazetteer's user value: [2i + 1] the id, [2i + 2] the name of
** entity i; kn_gaz_info walks the record's fields, too slow for every
** mention. */
typedef struct refs {
  lua_State *L;
  const kn_gaz *g;
  const kn_linker *lk;
  int cache;   /* stack index of the array */
} refs;

/* Fills R for the doc at index di and pushes one value (the array, or nil
** when the doc has no open gazetteer). Returns the gazetteer or NULL. */
static const kn_gaz *refs_open(lua_State *L, int di, const kn_linker *lk, refs *R) {
  R->L = L; R->lk = lk; R->g = NULL;
  lua_getiuservalue(L, di, 2);
  l_gaz *b = luaL_testudata(L, -1, GAZ_MT);
  if (b && b->g) {
    R->g = b->g;
    if (lua_getiuservalue(L, -1, 1) != LUA_TTABLE) {
      lua_pop(L, 1);
      size_t n = kn_gaz_count(b->g);
      lua_createtable(L, n < 0x3fffffff ? (int)(2 * n) : 0, 0);
      lua_pushvalue(L, -1);
      lua_setiuservalue(L, -3, 1);
    }
    lua_remove(L, -2);
  } else {
    lua_pop(L, 1);
    lua_pushnil(L);
  }
  R->cache = lua_gettop(L);
  return R->g;
}

/* Pushes the id (name 0) or name (name 1) of an entity reference (gazetteer
** or new), or nil. */
static void ref_push(refs *R, int32_t e, int name) {
  lua_State *L = R->L;
  if (e >= 0 && R->g) {
    lua_Integer k = 2 * (lua_Integer)e + 1;
    if (lua_rawgeti(L, R->cache, k + name) != LUA_TNIL) return;
    lua_pop(L, 1);
    kn_entity_info info;
    if (kn_gaz_info(R->g, e, &info) != KN_OK) { lua_pushnil(L); return; }
    lua_pushstring(L, info.id);
    lua_rawseti(L, R->cache, k);
    lua_pushstring(L, info.name);
    lua_rawseti(L, R->cache, k + 1);
    lua_rawgeti(L, R->cache, k + name);
  } else if (e <= -2 && (size_t)KN_NEW_INDEX(e) < R->lk->nne) {
    lua_pushstring(L, name ? R->lk->ne[KN_NEW_INDEX(e)].name : R->lk->ne[KN_NEW_INDEX(e)].id);
  } else lua_pushnil(L);
}

/* doc:mentions([null]) -> array of SCHEMA.md mention tables. Given the
** JSON null value, the tables are exactly SCHEMA's (a missing holder is
** that null, no token indexes); without it, they also carry first_token
** and last_token, and a missing holder is false. */
static int l_doc_mentions(lua_State *L) {
  l_doc *d = to_doc(L, 1);
  int schema = !lua_isnoneornil(L, 2);
  size_t n;
  const char *s = doc_text(L, 1, &n);
  int S = push_strs(L), KB = push_keys(L, S);
  refs R;
  const kn_gaz *g = refs_open(L, 1, &d->lk, &R);
  lua_createtable(L, (int)d->lk.nm, 0);
  if (!g) return 1;
#define KEY(k) lua_pushvalue(L, KB + (k))
#define SET() lua_rawset(L, -3)
  for (size_t i = 0; i < d->lk.nm; i++) {
    const kn_mention *m = &d->lk.m[i];
    lua_createtable(L, 0, 10);
    KEY(S_ENTITY); ref_push(&R, m->entity, 0); SET();
    KEY(S_TYPE); lua_rawgeti(L, S, S_ETYPE(m->type <= KN_ET_OFFICE ? m->type : 0)); SET();
    KEY(S_NAME); ref_push(&R, m->entity, 1); SET();
    KEY(S_TEXT); pushlen(L, s + m->start, m->stop - m->start); SET();
    KEY(S_START); lua_pushinteger(L, (lua_Integer)m->start + 1); SET();
    KEY(S_STOP); lua_pushinteger(L, (lua_Integer)m->stop); SET();
    KEY(S_SENTENCE); lua_pushinteger(L, (lua_Integer)m->sent + 1); SET();
    KEY(S_HOW); lua_rawgeti(L, S, S_HOWN(m->how <= KN_HOW_NEW ? m->how : 0)); SET();
    if (m->type == KN_ET_OFFICE) {
      KEY(S_HOLDER);
      ref_push(&R, m->holder, 0);
      if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        if (schema) lua_pushvalue(L, 2); else lua_pushboolean(L, 0);
      }
      SET();
    }
    if (!schema) {
      KEY(S_FIRST_TOKEN); lua_pushinteger(L, (lua_Integer)m->first + 1); SET();
      KEY(S_LAST_TOKEN); lua_pushinteger(L, (lua_Integer)m->last + 1); SET();
    }
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

/* doc:new_entities() -> { {id, name, type = "PERSON", office}, … } */
static int l_doc_new_entities(lua_State *L) {
  l_doc *d = to_doc(L, 1);
  const kn_gaz *g = doc_gaz(L, 1);
  lua_createtable(L, (int)d->lk.nne, 0);
  for (size_t i = 0; i < d->lk.nne; i++) {
    lua_createtable(L, 0, 4);
    lua_pushstring(L, d->lk.ne[i].id); lua_setfield(L, -2, "id");
    lua_pushstring(L, d->lk.ne[i].name); lua_setfield(L, -2, "name");
    lua_pushliteral(L, "PERSON"); lua_setfield(L, -2, "type");
    if (g) { push_id(L, g, d->lk.ne[i].office); lua_setfield(L, -2, "office"); }
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

/* doc:discrepancies() -> { {mention, office, named, holder}, … } */
static int l_doc_discrepancies(lua_State *L) {
  l_doc *d = to_doc(L, 1);
  const kn_gaz *g = doc_gaz(L, 1);
  lua_createtable(L, (int)d->lk.ndis, 0);
  if (!g) return 1;
  for (size_t i = 0; i < d->lk.ndis; i++) {
    const kn_discrepancy *x = &d->lk.dis[i];
    lua_createtable(L, 0, 5);
    lua_pushinteger(L, (lua_Integer)x->mention + 1); lua_setfield(L, -2, "mention");
    push_id(L, g, x->office); lua_setfield(L, -2, "office");
    push_ref(L, g, &d->lk, x->named); lua_setfield(L, -2, "named");
    push_ref_name(L, g, &d->lk, x->named); lua_setfield(L, -2, "named_name");
    push_ref(L, g, &d->lk, x->holder); lua_setfield(L, -2, "holder");
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

static const char *const TX_TYPES[] = { "?", "DATE", "TIME", "DURATION", "SET" };

/* doc:timexes([schema]) -> array of SCHEMA.md timex tables (schema true:
** only SCHEMA's fields; else also value_end, range and unanchored) */
static int l_doc_timexes(lua_State *L) {
  l_doc *d = to_doc(L, 1);
  int schema = lua_toboolean(L, 2);
  size_t n;
  const char *s = doc_text(L, 1, &n);
  int S = push_strs(L), KB = push_keys(L, S);
  lua_createtable(L, (int)d->tg.ntx, 0);
  for (size_t i = 0; i < d->tg.ntx; i++) {
    const kn_timex *t = &d->tg.tx[i];
    lua_createtable(L, 0, 8);
    KEY(S_TEXT); pushlen(L, s + t->start, t->stop - t->start); SET();
    KEY(S_START); lua_pushinteger(L, (lua_Integer)t->start + 1); SET();
    KEY(S_STOP); lua_pushinteger(L, (lua_Integer)t->stop); SET();
    KEY(S_SENTENCE); lua_pushinteger(L, (lua_Integer)t->sent + 1); SET();
    KEY(S_TYPE); lua_rawgeti(L, S, S_TXTYPE(t->type <= KN_TX_SET ? t->type : 0)); SET();
    KEY(S_VALUE); lua_pushstring(L, t->value); SET();
    if (schema) { lua_rawseti(L, -2, (lua_Integer)i + 1); continue; }
    if (t->value_end[0]) { KEY(S_VALUE_END); lua_pushstring(L, t->value_end); SET(); }
    if (t->flags & (KN_XF_RANGE_FROM | KN_XF_RANGE_TO)) {
      KEY(S_RANGE); lua_rawgeti(L, S, t->flags & KN_XF_RANGE_FROM ? S_FROM : S_TO); SET();
    }
    if (t->flags & KN_XF_UNANCHORED) { KEY(S_UNANCHORED); lua_pushboolean(L, 1); SET(); }
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

static const char *const MOD_NAMES[] = { "?", "occurred", "planned", "reported" };

/* doc:events([docid [, null]]) -> array of SCHEMA.md event tables. Given
** a document id, each has its "<doc id>#n" id; given also the JSON null
** value, null for a missing place or date, as the extract output wants. */
static int l_doc_events(lua_State *L) {
  l_doc *d = to_doc(L, 1);
  int schema = !lua_isnoneornil(L, 3);
  const char *docid = schema ? luaL_checkstring(L, 2) : NULL;
  size_t n;
  const char *s = doc_text(L, 1, &n);
  int S = push_strs(L), KB = push_keys(L, S);
  refs R;
  refs_open(L, 1, &d->lk, &R);
  /* the id prefix: "<doc id>#" (up to a NUL in the id, as "%s" gives it) */
  int prefix = 0;
  if (schema) { lua_pushfstring(L, "%s#", docid); prefix = lua_gettop(L); }
  else if (lua_type(L, 2) == LUA_TSTRING) {
    lua_pushvalue(L, 2);
    lua_pushliteral(L, "#");
    lua_concat(L, 2);
    prefix = lua_gettop(L);
  }
  int arraymt = 0;
  if (schema) {
    /* an empty list must stay an array in JSON */
    lua_getfield(L, LUA_REGISTRYINDEX, "korea_nato.json.array");
    arraymt = lua_istable(L, -1) ? lua_gettop(L) : 0;
  }
  lua_createtable(L, (int)d->ex.nev, 0);
  for (size_t i = 0; i < d->ex.nev; i++) {
    const kn_event *e = &d->ex.ev[i];
    lua_createtable(L, 0, 12);
    if (prefix) {
      KEY(S_ID);
      lua_pushvalue(L, prefix);
      lua_pushinteger(L, (lua_Integer)i + 1);
      lua_concat(L, 2);
      SET();
    }
    if (e->type <= KN_EV_NTYPES && e->modality <= 3) {
      KEY(S_TYPE); lua_rawgeti(L, S, S_EVTYPE(e->type)); SET();
      KEY(S_CAMEO); lua_rawgeti(L, S, S_EVCAMEO(e->type, e->modality)); SET();
      KEY(S_PLOVER); lua_rawgeti(L, S, S_EVPLOVER(e->type, e->modality)); SET();
    } else {
      KEY(S_TYPE); lua_pushstring(L, kn_event_type_name(e->type)); SET();
      KEY(S_CAMEO); lua_pushstring(L, kn_event_cameo(e->type, e->modality)); SET();
      KEY(S_PLOVER); lua_pushstring(L, kn_event_plover(e->type, e->modality)); SET();
    }
    KEY(S_TRIGGER);
    lua_createtable(L, 0, 3);
    KEY(S_TEXT); pushlen(L, s + e->start, e->stop - e->start); SET();
    KEY(S_START); lua_pushinteger(L, (lua_Integer)e->start + 1); SET();
    KEY(S_STOP); lua_pushinteger(L, (lua_Integer)e->stop); SET();
    SET();
    KEY(S_SENTENCE); lua_pushinteger(L, (lua_Integer)e->sent + 1); SET();
    KEY(S_PARTICIPANTS);
    lua_createtable(L, (int)e->npart, 0);
    for (uint32_t k = 0; k < e->npart; k++) {
      ref_push(&R, d->ex.parts[e->part + k], 0);
      lua_rawseti(L, -2, (lua_Integer)k + 1);
    }
    if (arraymt) {
      lua_pushvalue(L, arraymt);
      lua_setmetatable(L, -2);
    }
    SET();
    KEY(S_LOCATION);
    ref_push(&R, e->location, 0);
    if (schema && lua_isnil(L, -1)) { lua_pop(L, 1); lua_pushvalue(L, 3); }
    SET();
    KEY(S_DATE);
    if (e->date[0]) lua_pushstring(L, e->date); else if (schema) lua_pushvalue(L, 3); else lua_pushnil(L);
    SET();
    KEY(S_DATE_END);
    if (e->date_end[0]) lua_pushstring(L, e->date_end); else if (schema) lua_pushvalue(L, 3); else lua_pushnil(L);
    SET();
    KEY(S_MODALITY); lua_rawgeti(L, S, S_MODN(e->modality <= KN_MOD_REPORTED ? e->modality : 0)); SET();
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}
#undef KEY
#undef SET

static int l_doc_tostring(lua_State *L) {
  l_doc *d = check_doc(L, 1);
  if (d->closed) lua_pushliteral(L, "Doc (closed)");
  else lua_pushfstring(L, "Doc (%d tokens, %d sentences, %d mentions)", (int)d->tk.ntok,
                       (int)d->tk.nsent, (int)d->lk.nm);
  return 1;
}

/* ----------------------------------------------------------- timeline */

static const char *const GRAN_NAMES[] = { "none", "day", "week", "month", "season", "quarter",
  "half", "year", "decade" };

/* core.event_codes(type, modality) -> cameo, plover */
static int l_event_codes(lua_State *L) {
  size_t n;
  const char *t = luaL_checklstring(L, 1, &n);
  const char *m = luaL_optstring(L, 2, "occurred");
  int type = kn_event_type_parse(t, n);
  int mod = !strcmp(m, "planned") ? KN_MOD_PLANNED : !strcmp(m, "reported") ? KN_MOD_REPORTED : KN_MOD_OCCURRED;
  if (!type) return luaL_argerror(L, 1, "unknown event type");
  lua_pushstring(L, kn_event_cameo(type, mod));
  lua_pushstring(L, kn_event_plover(type, mod));
  return 2;
}

/* core.date_range(value) -> "YYYY-MM-DD", "YYYY-MM-DD", granularity | nil */
static int l_date_range(lua_State *L) {
  size_t n;
  const char *v = luaL_checklstring(L, 1, &n);
  int32_t a, b;
  int g = kn_date_range(v, n, &a, &b);
  if (g == KN_GRAN_NONE) { luaL_pushfail(L); return 1; }
  push_day(L, a);
  push_day(L, b);
  lua_pushstring(L, GRAN_NAMES[g]);
  return 3;
}

static lua_Integer field_int(lua_State *L, int t, lua_Integer i, lua_Integer dflt) {
  lua_rawgeti(L, t, i);
  lua_Integer v = lua_isinteger(L, -1) ? lua_tointeger(L, -1) : dflt;
  lua_pop(L, 1);
  return v;
}

static void field_date(lua_State *L, int t, lua_Integer i, int32_t *a, int32_t *b, uint8_t *gran) {
  lua_rawgeti(L, t, i);
  size_t n;
  const char *v = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &n) : NULL;
  int g = v ? kn_date_range(v, n, a, b) : KN_GRAN_NONE;
  if (g == KN_GRAN_NONE) *a = *b = 0;
  if (gran) *gran = (uint8_t)g;
  lua_pop(L, 1);
}

/* core.timeline_cluster(spec) -> clusters (1-based numbers), count.
** spec: arrays indexed by event: type (names), modality (names), date,
** date_end (TIMEX3 values or false), location, series (interned integer
** ids or false; a location and a participant that are one entity have one
** id), published ("YYYY-MM-DD" or false), parts (arrays of
** integer ids, sorted), order (integers, unique), doc (integers), persons
** (optional: arrays of the ids of the people among parts), lent (optional:
** true when the series is only the sentence's), head (optional: the kind
** of gathering the trigger's word names, "summit", "session", … or false);
** and loc_parent
** (array: id -> containing id, 0-based ids, -1 none). */
static int l_timeline_cluster(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  static const char *const F[] = { "type", "modality", "date", "date_end", "location", "series",
    "published", "parts", "order", "loc_parent", "doc" };
  for (int i = 0; i < 11; i++) {
    if (lua_getfield(L, 1, F[i]) != LUA_TTABLE) return luaL_error(L, "timeline_cluster: spec.%s must be a table", F[i]);
  }
  /* stack: 2 type, 3 modality, 4 date, 5 date_end, 6 location, 7 series,
  ** 8 published, 9 parts, 10 order, 11 loc_parent, 12 doc */
  lua_Integer n = luaL_len(L, 2);
  if (n < 0 || (lua_Unsigned)n > 0x7ffffff0) return luaL_error(L, "timeline_cluster: too many events");
  /* 13: the people among the participants (optional); 14: whether each
  ** series is only the sentence's (optional, booleans) */
  int has_pers = lua_getfield(L, 1, "persons") == LUA_TTABLE;
  int has_lent = lua_getfield(L, 1, "lent") == LUA_TTABLE;
  /* 15: the kinds of gathering (optional) */
  int has_head = lua_getfield(L, 1, "head") == LUA_TTABLE;
  size_t np = 0;
  for (lua_Integer i = 1; i <= n; i++) {
    lua_rawgeti(L, 9, i);
    if (lua_istable(L, -1)) np += (size_t)luaL_len(L, -1);
    lua_pop(L, 1);
    if (has_pers) {
      lua_rawgeti(L, 13, i);
      if (lua_istable(L, -1)) np += (size_t)luaL_len(L, -1);
      lua_pop(L, 1);
    }
  }
  kn_tl_event *ev = lua_newuserdatauv(L, (size_t)n * sizeof(kn_tl_event) + 1, 0);
  int32_t *parts = lua_newuserdatauv(L, np * sizeof(int32_t) + 1, 0);
  uint32_t *out = lua_newuserdatauv(L, (size_t)n * sizeof(uint32_t) + 1, 0);
  lua_Integer nloc = luaL_len(L, 11);
  int32_t *lp = lua_newuserdatauv(L, (size_t)(nloc > 0 ? nloc : 0) * sizeof(int32_t) + 1, 0);
  for (lua_Integer i = 1; i <= nloc; i++) lp[i - 1] = (int32_t)field_int(L, 11, i, -1);
  size_t pi = 0;
  for (lua_Integer i = 1; i <= n; i++) {
    kn_tl_event *e = &ev[i - 1];
    memset(e, 0, sizeof *e);
    lua_rawgeti(L, 2, i);
    size_t tl;
    const char *tn = lua_tolstring(L, -1, &tl);
    e->type = (uint8_t)(tn ? kn_event_type_parse(tn, tl) : 0);
    if (!e->type) e->type = KN_EV_OTHER;
    lua_pop(L, 1);
    lua_rawgeti(L, 3, i);
    const char *mn = lua_tostring(L, -1);
    e->modality = (uint8_t)(mn && !strcmp(mn, "planned") ? KN_MOD_PLANNED : mn && !strcmp(mn, "reported") ? KN_MOD_REPORTED : KN_MOD_OCCURRED);
    lua_pop(L, 1);
    field_date(L, 4, i, &e->day0, &e->day1, &e->gran);
    field_date(L, 5, i, &e->end0, &e->end1, NULL);
    e->location = (int32_t)field_int(L, 6, i, -1);
    e->series = (int32_t)field_int(L, 7, i, -1);
    if (has_lent) {
      lua_rawgeti(L, 14, i);
      e->lent = (uint8_t)(e->series >= 0 && lua_toboolean(L, -1));
      lua_pop(L, 1);
    }
    if (has_head) {
      lua_rawgeti(L, 15, i);
      size_t hl;
      const char *hn = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &hl) : NULL;
      e->head = (uint8_t)(hn ? kn_meeting_head_parse(hn, hl) : KN_HEAD_NONE);
      lua_pop(L, 1);
    }
    int32_t pa, pb;
    field_date(L, 8, i, &pa, &pb, NULL);
    e->published = pa;
    e->order = (uint64_t)field_int(L, 10, i, i);
    e->doc = (uint32_t)field_int(L, 12, i, 0);
    e->part = (uint32_t)pi;
    lua_rawgeti(L, 9, i);
    if (lua_istable(L, -1)) {
      lua_Integer k = luaL_len(L, -1);
      for (lua_Integer j = 1; j <= k && pi < np; j++) parts[pi++] = (int32_t)field_int(L, lua_gettop(L), j, -1);
    }
    lua_pop(L, 1);
    e->npart = (uint32_t)(pi - e->part);
    e->pers = (uint32_t)pi;
    if (has_pers) {
      lua_rawgeti(L, 13, i);
      if (lua_istable(L, -1)) {
        lua_Integer k = luaL_len(L, -1);
        for (lua_Integer j = 1; j <= k && pi < np; j++) {
          /* sorted as they come in (a few) */
          int32_t v = (int32_t)field_int(L, lua_gettop(L), j, -1);
          size_t h = pi++;
          while (h > e->pers && parts[h - 1] > v) { parts[h] = parts[h - 1]; h--; }
          parts[h] = v;
        }
      }
      lua_pop(L, 1);
    }
    e->npers = (uint32_t)(pi - e->pers);
  }
  void *ud;
  kn_alloc f = lua_getallocf(L, &ud);
  size_t ne = 0;
  kn_status st = kn_tl_cluster(ev, (size_t)n, parts, lp, (size_t)(nloc > 0 ? nloc : 0), f, ud, out, &ne);
  if (st) return raise_status(L, st);
  lua_createtable(L, (int)n, 0);
  for (lua_Integer i = 1; i <= n; i++) {
    lua_pushinteger(L, (lua_Integer)out[i - 1] + 1);
    lua_rawseti(L, -2, i);
  }
  lua_pushinteger(L, (lua_Integer)ne);
  return 2;
}

/* ---------------------------------------------------------------- JSON */

/* Deterministic JSON writing (korea_nato.json): object keys in a fixed
** order (their rank in a table, then by bytes), arrays marked by a
** metatable or a [1], strings escaped and invalid UTF-8 repaired as
** U+FFFD, so the same data gives the same bytes in every process. */

/* The output buffer: heap memory owned by a userdata (freed by __gc even
** when an error unwinds), so values can come and go on the stack while it
** grows, which a luaL_Buffer does not allow. */
#define JBUF_MT "korea_nato.JsonBuffer"
typedef struct jbuf { char *p; size_t n, cap; lua_Alloc f; void *ud; } jbuf;

static void jbuf_free(jbuf *b) {
  if (b->p) b->f(b->ud, b->p, b->cap, 0);
  b->p = NULL; b->n = b->cap = 0;
}

static int l_jbuf_gc(lua_State *L) {
  jbuf_free(luaL_checkudata(L, 1, JBUF_MT));
  return 0;
}

/* out: a file the text goes to as the buffer fills (NULL: all in b) */
typedef struct jctx { lua_State *L; jbuf *b; int ranks, arraymt, null; FILE *out; } jctx;

static void j_flush(jctx *j) {
  jbuf *b = j->b;
  if (b->n && fwrite(b->p, 1, b->n, j->out) != b->n) luaL_error(j->L, "json: %s", strerror(errno));
  b->n = 0;
}

static void j_add(jctx *j, const char *s, size_t n) {
  jbuf *b = j->b;
  if (j->out && b->cap - b->n < n && b->cap >= 65536) j_flush(j);
  if (b->cap - b->n < n) {
    size_t nc = b->cap ? b->cap : 256;
    while (nc - b->n < n) {
      if (nc > ((size_t)-1) / 2) luaL_error(j->L, "json: output too large");
      nc *= 2;
    }
    char *p = b->f(b->ud, b->p, b->cap, nc);
    if (!p) luaL_error(j->L, "not enough memory");
    b->p = p; b->cap = nc;
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
}

#define j_str(j, lit) j_add((j), (lit), strlen(lit))
#define j_chr(j, c) do { char c_ = (c); j_add((j), &c_, 1); } while (0)

static void j_string(jctx *j, const char *s, size_t n) {
  j_chr(j, '"');
  size_t i = 0;
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x7f) {
      size_t k = i;
      while (k < n && (unsigned char)s[k] >= 0x20 && s[k] != '"' && s[k] != '\\' && (unsigned char)s[k] < 0x7f) k++;
      j_add(j, s + i, k - i);
      i = k;
      continue;
    }
    if (c >= 0x80) {
      uint32_t cp;
      size_t l = kn_utf8_decode((const unsigned char *)s + i, n - i, &cp);
      if (l) j_add(j, s + i, l);
      else { j_str(j, "\xEF\xBF\xBD"); l = 1; }
      i += l;
      continue;
    }
    switch (c) {
      case '"': j_str(j, "\\\""); break;
      case '\\': j_str(j, "\\\\"); break;
      case '\b': j_str(j, "\\b"); break;
      case '\f': j_str(j, "\\f"); break;
      case '\n': j_str(j, "\\n"); break;
      case '\r': j_str(j, "\\r"); break;
      case '\t': j_str(j, "\\t"); break;
      default: {
        char u[8];
        snprintf(u, sizeof u, "\\u%04x", c);
        j_str(j, u);
      }
    }
    i++;
  }
  j_chr(j, '"');
}

typedef struct jkey { const char *s; size_t n; lua_Number rank; int idx; } jkey;

static int jkey_cmp(const void *pa, const void *pb) {
  const jkey *a = pa, *b = pb;
  if (a->rank != b->rank) return a->rank < b->rank ? -1 : 1;
  size_t m = a->n < b->n ? a->n : b->n;
  int c = memcmp(a->s, b->s, m);
  if (c) return c;
  return a->n < b->n ? -1 : a->n > b->n;
}

static void j_value(jctx *j, int idx, int depth);

static void j_table(jctx *j, int t, int depth) {
  lua_State *L = j->L;
  if (depth > 100) luaL_error(L, "json: nesting too deep");
  luaL_checkstack(L, 8, "json: nesting too deep");
  int is_array = 0;
  if (lua_getmetatable(L, t)) {
    is_array = lua_rawequal(L, -1, j->arraymt);
    lua_pop(L, 1);
  }
  if (!is_array) {
    is_array = lua_rawgeti(L, t, 1) != LUA_TNIL;
    lua_pop(L, 1);
  }
  if (is_array) {
    lua_Integer n = (lua_Integer)lua_rawlen(L, t);
    j_chr(j, '[');
    for (lua_Integer i = 1; i <= n; i++) {
      if (i > 1) j_chr(j, ',');
      lua_rawgeti(L, t, i);
      j_value(j, lua_gettop(L), depth + 1);
      lua_pop(L, 1);
    }
    j_chr(j, ']');
    return;
  }
  /* keys, sorted by rank then bytes; the key strings stay alive in t */
  int nk = 0;
  lua_pushnil(L);
  while (lua_next(L, t)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING) luaL_error(L, "json: object key is not a string");
    nk++;
  }
  /* small objects (nearly all) sort on the C stack; large ones in a userdata */
  jkey small[32];
  jkey *keys = small;
  int kidx = 0;
  if (nk > 32) {
    keys = lua_newuserdatauv(L, (size_t)nk * sizeof(jkey), 0);
    kidx = lua_gettop(L);
  }
  int k = 0;
  lua_pushnil(L);
  while (lua_next(L, t)) {
    lua_pop(L, 1);
    keys[k].s = lua_tolstring(L, -1, &keys[k].n);
    lua_pushvalue(L, -1);
    lua_rawget(L, j->ranks);
    keys[k].rank = lua_isnumber(L, -1) ? lua_tonumber(L, -1) : 1e9;
    lua_pop(L, 1);
    keys[k].idx = k;
    k++;
  }
  qsort(keys, (size_t)nk, sizeof(jkey), jkey_cmp);
  j_chr(j, '{');
  for (int i = 0; i < nk; i++) {
    if (i) j_chr(j, ',');
    j_string(j, keys[i].s, keys[i].n);
    j_chr(j, ':');
    lua_pushlstring(L, keys[i].s, keys[i].n);
    lua_rawget(L, t);
    j_value(j, lua_gettop(L), depth + 1);
    lua_pop(L, 1);
  }
  j_chr(j, '}');
  if (kidx) lua_remove(L, kidx);
}

static void j_value(jctx *j, int idx, int depth) {
  lua_State *L = j->L;
  switch (lua_type(L, idx)) {
    case LUA_TSTRING: {
      size_t n;
      const char *s = lua_tolstring(L, idx, &n);
      j_string(j, s, n);
      break;
    }
    case LUA_TNUMBER: {
      char num[64];
      if (lua_isinteger(L, idx)) snprintf(num, sizeof num, LUA_INTEGER_FMT, lua_tointeger(L, idx));
      else {
        lua_Number x = lua_tonumber(L, idx);
        if (x != x || x == HUGE_VAL || x == -HUGE_VAL) strcpy(num, "null");
        else snprintf(num, sizeof num, "%.14g", (double)x);
      }
      j_str(j, num);
      break;
    }
    case LUA_TBOOLEAN: j_str(j, lua_toboolean(L, idx) ? "true" : "false"); break;
    case LUA_TNIL: j_str(j, "null"); break;
    case LUA_TTABLE: j_table(j, idx, depth); break;
    default:
      if (lua_rawequal(L, idx, j->null)) { j_str(j, "null"); break; }
      luaL_error(L, "json: cannot encode a %s", luaL_typename(L, idx));
  }
}

/* core.json_encode(value, ranks, array_mt, null) -> string */
static int l_json_encode(lua_State *L) {
  luaL_checkany(L, 1);
  luaL_checktype(L, 2, LUA_TTABLE);
  luaL_checktype(L, 3, LUA_TTABLE);
  lua_settop(L, 4);
  jbuf *b = lua_newuserdatauv(L, sizeof *b, 0);
  memset(b, 0, sizeof *b);
  b->f = lua_getallocf(L, &b->ud);
  luaL_setmetatable(L, JBUF_MT);
  jctx j = { L, b, 2, 3, 4, NULL };
  j_value(&j, 1, 0);
  lua_pushlstring(L, b->p ? b->p : "", b->n);
  jbuf_free(b);   /* free now; __gc finds nothing left */
  return 1;
}

/* --------------------------------------------------------------- misc */

/* core.key(s) -> the normalised matching key of a string */
static int l_key(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  luaL_Buffer b;
  size_t k = kn_key(s, n, NULL, 0);
  char *p = luaL_buffinitsize(L, &b, k);
  kn_key(s, n, p, k);
  luaL_pushresultsize(&b, k);
  return 1;
}

/* core.utf8check(s) -> nil when valid, else the 1-based position of the
** first invalid byte */
static int l_utf8check(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  size_t bad = kn_utf8_check(s, n);
  if (bad) lua_pushinteger(L, (lua_Integer)bad); else lua_pushnil(L);
  return 1;
}

/* core.next_short_line(text, pos, max) -> start, stop, next | nil: the
** first line at or after pos (1-based, the start of a line) of 1 to max
** bytes before its final CR is dropped (start, stop: the line without the
** CR; next: the start of the line after it). kn.input.text_meta reads the
** short lines of every article: one call each, not one per line. */
static int l_next_short_line(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  lua_Integer pos = luaL_checkinteger(L, 2), max = luaL_checkinteger(L, 3);
  luaL_argcheck(L, pos >= 1, 2, "position out of range");
  while ((lua_Unsigned)pos <= n) {
    const char *nl = memchr(s + pos - 1, '\n', n - (size_t)(pos - 1));
    lua_Integer e = nl ? (lua_Integer)(nl - s) + 1 : (lua_Integer)n + 1;   /* the LF, 1-based */
    lua_Integer stop = e - 1;
    if (stop >= pos && stop - pos + 1 <= max) {
      if (s[stop - 1] == '\r') stop--;
      lua_pushinteger(L, pos);
      lua_pushinteger(L, stop);
      lua_pushinteger(L, e + 1);
      return 3;
    }
    pos = e + 1;
  }
  lua_pushnil(L);
  return 1;
}

/* White space as Lua's %s reads it (isspace in the C locale). */
static int is_sp(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }
static int is_alpha(unsigned char c) { return (unsigned char)((c | 0x20) - 'a') < 26; }

/* core.meta_hint(text) -> false when kn.input's text_meta would find
** nothing in text (no metadata, no range to skip): no header block can
** begin it (its first word is not followed by a colon after letters and
** spaces), and each of its lines of 1 to 200 bytes (before a final CR) is
** blank or longer than 120 bytes with no white space at either end, the
** lines that text_meta passes over. Else true: text_meta has to read it.
** kn.analyze asks this of every text, and the answer is false for most.
** nil when text is not a string (kn.analyze's type test). */
static int l_meta_hint(lua_State *L) {
  size_t n;
  if (lua_type(L, 1) != LUA_TSTRING) { lua_pushnil(L); return 1; }
  const unsigned char *s = (const unsigned char *)lua_tolstring(L, 1, &n);
  size_t p = n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  /* (text_meta also wants the colon within its longest key's length: a
  ** superset here) */
  if (p < n && is_alpha(s[p])) {
    size_t i = p + 1;
    while (i < n && (is_alpha(s[i]) || s[i] == ' ')) i++;
    if (i < n && s[i] == ':') { lua_pushboolean(L, 1); return 1; }
  }
  for (size_t q = 0; q < n;) {
    const unsigned char *nl = memchr(s + q, '\n', n - q);
    size_t e = nl ? (size_t)(nl - s) : n, len = e - q;
    if (len >= 1 && len <= 200) {
      if (s[e - 1] == '\r') len--;
      if (len < 121 || is_sp(s[q]) || is_sp(s[q + len - 1])) {
        for (size_t i = q; i < q + len; i++)
          if (!is_sp(s[i])) { lua_pushboolean(L, 1); return 1; }
      }
    }
    q = e + 1;
  }
  lua_pushboolean(L, 0);
  return 1;
}

/* core.valid_anchor(s) -> true when s is a string that begins with a valid
** date "YYYY-MM-DD" (kn.input.valid_anchor: an anchor kn.analyze accepts),
** else false. */
static int l_valid_anchor(lua_State *L) {
  static const unsigned char MDAYS[13] = { 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  int ok = 0;
  if (lua_type(L, 1) == LUA_TSTRING) {
    size_t n;
    const unsigned char *s = (const unsigned char *)lua_tolstring(L, 1, &n);
    unsigned v[10];
    ok = n >= 10 && s[4] == '-' && s[7] == '-';
    for (int i = 0; ok && i < 10; i++) {
      v[i] = (unsigned)s[i] - '0';
      if (i != 4 && i != 7 && v[i] > 9) ok = 0;
    }
    if (ok) {
      unsigned y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3], m = v[5] * 10 + v[6], d = v[8] * 10 + v[9];
      unsigned leap = m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
      ok = m >= 1 && m <= 12 && d >= 1 && d <= MDAYS[m] + leap;
    }
  }
  lua_pushboolean(L, ok);
  return 1;
}

/* core.dir(path) -> { {name=, kind="file"|"dir"|"other"}, ... } sorted by
** name | nil, "path: reason" (the reason from the system) */
static int cmp_names(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int l_dir(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  DIR *d = opendir(path);
  if (!d) {
    int e = errno;
    luaL_pushfail(L);
    lua_pushfstring(L, "%s: %s", path, strerror(e));
    return 2;
  }
  /* names go into a Lua table first, so nothing C-owned leaks on a raise;
  ** the DIR is closed before anything that could raise */
  lua_newtable(L);
  int n = 0, toomany = 0;
  struct dirent *de;
  while ((de = readdir(d)) != NULL) {
    if (de->d_name[0] == '.' && (de->d_name[1] == 0 || (de->d_name[1] == '.' && de->d_name[2] == 0)))
      continue;
    if (n == 0x7ffffff || !lua_checkstack(L, 2)) { toomany = 1; break; }
    lua_pushstring(L, de->d_name);
    lua_rawseti(L, -2, ++n);
  }
  closedir(d);
  if (toomany) return luaL_error(L, "%s: too many entries", path);
  /* sort by bytes, so the order does not depend on the file system */
  const char **names = lua_newuserdatauv(L, (size_t)n * sizeof(char *) + 1, 0);
  for (int i = 0; i < n; i++) {
    lua_rawgeti(L, -2, i + 1);
    names[i] = lua_tostring(L, -1);   /* kept alive by the table */
    lua_pop(L, 1);
  }
  qsort(names, (size_t)n, sizeof(char *), cmp_names);
  lua_createtable(L, n, 0);
  for (int i = 0; i < n; i++) {
    lua_createtable(L, 0, 2);
    lua_pushstring(L, names[i]);
    lua_setfield(L, -2, "name");
    lua_pushfstring(L, "%s/%s", path, names[i]);
    struct stat st;
    const char *kind = "other";
    if (stat(lua_tostring(L, -1), &st) != 0) kind = "unreadable";
    else if (S_ISREG(st.st_mode)) kind = "file";
    else if (S_ISDIR(st.st_mode)) kind = "dir";
    lua_pop(L, 1);
    lua_pushstring(L, kind);
    lua_setfield(L, -2, "kind");
    lua_rawseti(L, -2, i + 1);
  }
  return 1;
}

/* core.stat(path) -> kind ("file"|"dir"|"other"), size, identity ("dev:inode",
** the same for two paths to one file: directory walks detect link loops with
** it) | nil, "path: reason" */
static int l_stat(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  struct stat st;
  if (stat(path, &st) != 0) {
    int e = errno;
    luaL_pushfail(L);
    lua_pushfstring(L, "%s: %s", path, strerror(e));
    return 2;
  }
  lua_pushstring(L, S_ISREG(st.st_mode) ? "file" : S_ISDIR(st.st_mode) ? "dir" : "other");
  lua_pushinteger(L, (lua_Integer)st.st_size);
  lua_pushfstring(L, "%I:%I", (lua_Integer)st.st_dev, (lua_Integer)st.st_ino);
  return 3;
}

/* core.isatty(fd) -> boolean */
static int l_isatty(lua_State *L) {
  lua_pushboolean(L, isatty((int)luaL_checkinteger(L, 1)));
  return 1;
}

#include "kn_lua_time.h"
#include "kn_lua_idset.h"
#include "kn_lua_tl.h"

/* The string array of push_strs, in the registry. */
static void make_strs(lua_State *L) {
  static const char *const WS_NAMES[] = { "none", "space", "line", "paragraph" };
  lua_createtable(L, S_END + D_N, 0);
  for (int i = 1; i < S_NFIELDS; i++) { lua_pushstring(L, S_FIELDS[i]); lua_rawseti(L, -2, i); }
  for (int i = 0; i < 7; i++) { lua_pushstring(L, TYPE_NAMES[i]); lua_rawseti(L, -2, S_ETYPE(i)); }
  for (int i = 0; i < 8; i++) { lua_pushstring(L, HOW_NAMES[i]); lua_rawseti(L, -2, S_HOWN(i)); }
  for (int i = 0; i < 5; i++) { lua_pushstring(L, TX_TYPES[i]); lua_rawseti(L, -2, S_TXTYPE(i)); }
  for (int i = 0; i < 4; i++) { lua_pushstring(L, MOD_NAMES[i]); lua_rawseti(L, -2, S_MODN(i)); }
  for (int i = 0; i < 6; i++) { lua_pushstring(L, KIND_NAMES[i]); lua_rawseti(L, -2, S_KINDN(i)); }
  for (int i = 0; i < 4; i++) { lua_pushstring(L, WS_NAMES[i]); lua_rawseti(L, -2, S_WS(i)); }
  for (int t = 0; t <= KN_EV_NTYPES; t++) {
    lua_pushstring(L, kn_event_type_name(t)); lua_rawseti(L, -2, S_EVTYPE(t));
    for (int m = 0; m < 4; m++) {
      lua_pushstring(L, kn_event_cameo(t, m)); lua_rawseti(L, -2, S_EVCAMEO(t, m));
      lua_pushstring(L, kn_event_plover(t, m)); lua_rawseti(L, -2, S_EVPLOVER(t, m));
    }
  }
  for (int k = 0; k < D_N; k++) { lua_pushstring(L, DOC_FIELDS[k]); lua_rawseti(L, -2, S_DOCF(k)); }
  lua_rawsetp(L, LUA_REGISTRYINDEX, &strs_key);
}

/* ------------------------------------------------------ registration */

static const luaL_Reg wordset_m[] = {
  { "get", l_wordset_get }, { "close", l_wordset_close }, { NULL, NULL } };
static const luaL_Reg wordset_mm[] = {
  { "__gc", l_wordset_gc }, { "__close", l_wordset_close },
  { "__tostring", l_wordset_tostring }, { "__len", l_wordset_len }, { NULL, NULL } };

static const luaL_Reg gaz_m[] = {
  { "load", l_gaz_load }, { "spelling", l_gaz_spelling }, { "ranks", l_gaz_ranks },
  { "compile", l_gaz_compile }, { "entity", l_gaz_entity }, { "holder", l_gaz_holder },
  { "stats", l_gaz_stats }, { "close", l_gaz_release }, { NULL, NULL } };
static const luaL_Reg gaz_mm[] = {
  { "__gc", l_gaz_release }, { "__close", l_gaz_release }, { "__tostring", l_gaz_tostring },
  { "__len", l_gaz_len }, { NULL, NULL } };

static const luaL_Reg evlex_m[] = {
  { "load", l_evlex_load }, { "close", l_evlex_release }, { NULL, NULL } };
static const luaL_Reg evlex_mm[] = {
  { "__gc", l_evlex_release }, { "__close", l_evlex_release }, { "__tostring", l_evlex_tostring },
  { NULL, NULL } };

static const luaL_Reg doc_m[] = {
  { "tokens", l_doc_tokens }, { "sentences", l_doc_sentences }, { "mentions", l_doc_mentions },
  { "timexes", l_doc_timexes }, { "events", l_doc_events },
  { "new_entities", l_doc_new_entities }, { "discrepancies", l_doc_discrepancies },
  { "close", l_doc_release }, { NULL, NULL } };
static const luaL_Reg doc_mm[] = {
  { "__gc", l_doc_release }, { "__close", l_doc_release }, { "__tostring", l_doc_tostring },
  { NULL, NULL } };

static const luaL_Reg tokens_m[] = {
  { "iter", l_tokens_iter }, { "texts", l_tokens_texts },
  { "sentences", l_tokens_sentences }, { "close", l_tokens_close }, { NULL, NULL } };
static const luaL_Reg tokens_mm[] = {
  { "__close", l_tokens_close }, { "__len", l_tokens_len },
  { "__index", l_tokens_index }, { "__tostring", l_tokens_tostring }, { NULL, NULL } };

static const luaL_Reg sentences_m[] = {
  { "iter", l_sentences_iter }, { "spans", l_sentences_spans },
  { "find", l_sentences_find }, { NULL, NULL } };
static const luaL_Reg sentences_mm[] = {
  { "__len", l_sentences_len }, { "__index", l_sentences_index },
  { "__tostring", l_sentences_tostring }, { NULL, NULL } };

static const luaL_Reg core_f[] = {
  { "tokenize", l_tokenize }, { "sentences", l_sentences },
  { "gazetteer", l_gazetteer }, { "event_lexicon", l_event_lexicon },
  { "timeline_cluster", l_timeline_cluster }, { "date_range", l_date_range },
  { "event_codes", l_event_codes }, { "json_encode", l_json_encode },
  { "abbreviations", l_abbreviations }, { "key", l_key }, { "utf8check", l_utf8check },
  { "next_short_line", l_next_short_line }, { "meta_hint", l_meta_hint },
  { "valid_anchor", l_valid_anchor }, { "dir", l_dir }, { "stat", l_stat }, { "isatty", l_isatty },
  KN_LUA_TIME_FUNCS
  KN_LUA_IDSET_FUNCS
  KN_LUA_TL_FUNCS
  { "_VERSION", NULL }, { NULL, NULL } };

/* The one symbol core.so exports (the Makefile hides the others). */
#if defined(__GNUC__)
#define KN_EXPORT __attribute__((visibility("default")))
#else
#define KN_EXPORT
#endif

KN_EXPORT LUALIB_API int luaopen_korea_nato_core(lua_State *L);

KN_EXPORT LUALIB_API int luaopen_korea_nato_core(lua_State *L) {
  make_strs(L);
  luaL_newmetatable(L, WORK_MT);
  lua_pushcfunction(L, l_work_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);
  l_work *w = lua_newuserdatauv(L, sizeof *w, 0);
  memset(w, 0, sizeof *w);
  luaL_setmetatable(L, WORK_MT);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &work_key);
  createmeta(L, WORDSET_MT, wordset_m, wordset_mm);
  createmeta(L, GAZ_MT, gaz_m, gaz_mm);
  createmeta(L, EVLEX_MT, evlex_m, evlex_mm);
  luaL_newmetatable(L, JBUF_MT);
  lua_pushcfunction(L, l_jbuf_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);
  createmeta(L, DOC_MT, doc_m, doc_mm);
  setmark(L, DOC_MT, &doc_mark);   /* (before the light copy is made of it) */
  luaL_getmetatable(L, DOC_MT);   /* its copy without __gc */
  lua_newtable(L);
  lua_pushnil(L);
  while (lua_next(L, -3)) {
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, -4);
  }
  lua_pushnil(L);
  lua_setfield(L, -2, "__gc");
  lua_rawsetp(L, LUA_REGISTRYINDEX, &doc_light_key);
  lua_pop(L, 1);
  createmeta(L, TOKENS_MT, tokens_m, tokens_mm);
  setmark(L, TOKENS_MT, &tokens_mark);
  createmeta(L, SENTENCES_MT, sentences_m, sentences_mm);
  setmark(L, SENTENCES_MT, &sentences_mark);
  createmeta(L, IDSET_MT, idset_m, idset_mm);
  KN_LUA_TL_OPEN(L);
  luaL_newlib(L, core_f);
  luaL_getmetatable(L, WORDSET_MT);   /* UV_WORDSET, ..., UV_WORK */
  luaL_getmetatable(L, GAZ_MT);
  luaL_getmetatable(L, EVLEX_MT);
  lua_rawgetp(L, LUA_REGISTRYINDEX, &strs_key);
  lua_rawgetp(L, LUA_REGISTRYINDEX, &doc_light_key);
  lua_rawgetp(L, LUA_REGISTRYINDEX, &work_key);
  lua_pushcclosure(L, l_analyze, UV_N - 1);
  lua_setfield(L, -2, "analyze");
  lua_pushliteral(L, KN_VERSION);
  lua_setfield(L, -2, "_VERSION");
  return 1;
}
