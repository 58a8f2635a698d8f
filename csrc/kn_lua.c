/*
** kn_lua.c -- the Lua binding of the korea_nato core: luaopen_korea_nato_core.
**
** It converts and holds no logic. Positions cross the boundary in one
** helper (set_span): the core's 0-based half-open ranges become 1-based
** inclusive positions, so text:sub(start, stop) is the surface form.
** Collections (tokens, sentences) are userdata that build a Lua table for
** an element only when a script asks for it.
*/
#define LUA_LIB
#define _POSIX_C_SOURCE 200809L   /* opendir, stat, isatty: the binding only */
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>
#include "lua.h"
#include "lauxlib.h"
#include "kn.h"

#define WORDSET_MT "korea_nato.Wordset"
#define TOKENS_MT "korea_nato.Tokens"
#define SENTENCES_MT "korea_nato.Sentences"

/* ------------------------------------------------------------ helpers */


static void set_span(lua_State *L, uint32_t start, uint32_t end) {
  lua_pushinteger(L, (lua_Integer)start + 1);
  lua_setfield(L, -2, "start");
  lua_pushinteger(L, (lua_Integer)end);
  lua_setfield(L, -2, "stop");
}

static int raise_status(lua_State *L, kn_status st) {
  if (st == KN_ENOMEM) return luaL_error(L, "not enough memory");
  return luaL_error(L, "%s", kn_strerror(st));
}

/* Creates the metatable tname with methods m and metamethods mm. */
static void createmeta(lua_State *L, const char *tname, const luaL_Reg *m, const luaL_Reg *mm) {
  luaL_newmetatable(L, tname);
  luaL_setfuncs(L, mm, 0);
  lua_newtable(L);
  luaL_setfuncs(L, m, 0);
  lua_setfield(L, -2, "__methods");
  lua_pop(L, 1);
}

/* ------------------------------------------------------------ wordsets */

typedef struct { kn_wordset *w; } l_wordset;

static l_wordset *check_wordset(lua_State *L, int i) {
  l_wordset *b = luaL_checkudata(L, i, WORDSET_MT);
  if (!b->w) luaL_error(L, "attempt to use a closed wordset");
  return b;
}

static int l_wordset_release(lua_State *L) {
  l_wordset *b = luaL_checkudata(L, 1, WORDSET_MT);
  if (b->w) { kn_wordset_free(b->w); b->w = NULL; }
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
  b->w = NULL;
  luaL_setmetatable(L, WORDSET_MT);
  void *ud;
  kn_alloc f = lua_getallocf(L, &ud);
  if (kn_wordset_new(&b->w, f, ud)) luaL_error(L, "not enough memory");
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

/* wordset:has(word) -> class or nil (word is normalised first) */
static int l_wordset_get(lua_State *L) {
  l_wordset *b = check_wordset(L, 1);
  size_t n;
  const char *s = luaL_checklstring(L, 2, &n);
  char key[256];
  size_t k = kn_key(s, n, key, sizeof key);
  if (k > sizeof key) { lua_pushnil(L); return 1; }
  while (k > 0 && key[k - 1] == '.') k--;
  size_t j = 0;
  for (size_t i = 0; i < k; i++) if (key[i] != '.') key[j++] = key[i];
  int v = kn_wordset_get(b->w, key, j);
  if (v < 0) lua_pushnil(L); else lua_pushinteger(L, v);
  return 1;
}

/* --------------------------------------------------------- token views */

/* A view over tokens: owns its array or borrows it from an owner kept in
** user value 2; user value 1 is the text. */
typedef struct {
  kn_token *tok; size_t n, cap;
  kn_sentence *sent; size_t ns, scap;
  int closed;
} l_tokens;

/* A sentence view: user value 1 the text, 2 the token view owning arrays. */
typedef struct { int unused; } l_sentview;

static const char *const KIND_NAMES[] = { "?", "word", "number", "punct", "symbol", "clitic" };

static void push_token(lua_State *L, const char *text, const kn_token *k, lua_Integer index) {
  lua_createtable(L, 0, 8);
  lua_pushlstring(L, text + k->start, k->len);
  lua_setfield(L, -2, "text");
  set_span(L, k->start, k->start + k->len);
  lua_pushstring(L, KIND_NAMES[k->kind < 6 ? k->kind : 0]);
  lua_setfield(L, -2, "kind");
  char key[512];
  size_t kl = kn_tok_key(text, k, key, sizeof key);
  if (kl <= sizeof key) lua_pushlstring(L, key, kl);
  else {
    luaL_Buffer b;
    char *p = luaL_buffinitsize(L, &b, kl);
    kn_tok_key(text, k, p, kl);
    luaL_pushresultsize(&b, kl);
  }
  lua_setfield(L, -2, "key");
  lua_pushinteger(L, (lua_Integer)k->sent + 1);
  lua_setfield(L, -2, "sentence");
  lua_pushinteger(L, index);
  lua_setfield(L, -2, "index");
  static const struct { unsigned f; const char *name; } FL[] = {
    { KN_TF_CAP, "cap" }, { KN_TF_UPPER, "upper" }, { KN_TF_ABBR, "abbr" },
    { KN_TF_HANGUL, "hangul" }, { KN_TF_ORD, "ordinal" }, { KN_TF_TIME, "time" },
    { KN_TF_BAD, "bad" }, { KN_TF_SKIP, "skip" }, { 0, NULL } };
  for (int i = 0; FL[i].name; i++)
    if (k->flags & FL[i].f) { lua_pushboolean(L, 1); lua_setfield(L, -2, FL[i].name); }
  static const char *const WS[] = { "none", "space", "line", "paragraph" };
  lua_pushstring(L, WS[k->ws & 3]);
  lua_setfield(L, -2, "space_before");
}

static int l_tokens_gc(lua_State *L) {
  l_tokens *v = lua_touserdata(L, 1);
  void *ud;
  kn_alloc f = lua_getallocf(L, &ud);
  if (v->cap) f(ud, v->tok, v->cap * sizeof(kn_token), 0);
  if (v->scap) f(ud, v->sent, v->scap * sizeof(kn_sentence), 0);
  v->tok = NULL; v->sent = NULL; v->n = v->cap = v->ns = v->scap = 0;
  v->closed = 1;
  return 0;
}

static l_tokens *check_tokens(lua_State *L, int i) {
  l_tokens *v = luaL_checkudata(L, i, TOKENS_MT);
  if (v->closed) luaL_error(L, "attempt to use a closed token list");
  return v;
}

/* The token view behind a sentence view at index i. */
static l_tokens *sentences_owner(lua_State *L, int i) {
  luaL_checkudata(L, i, SENTENCES_MT);
  lua_getiuservalue(L, i, 2);
  l_tokens *v = lua_touserdata(L, -1);
  lua_pop(L, 1);   /* the sentence view's user value keeps it alive */
  if (!v || v->closed) luaL_error(L, "attempt to use a closed token list");
  return v;
}

static const char *view_text(lua_State *L, int idx) {
  lua_getiuservalue(L, idx, 1);
  const char *s = lua_tostring(L, -1);
  lua_pop(L, 1);   /* the view's user value keeps the string alive */
  return s;
}

static int l_tokens_len(lua_State *L) {
  l_tokens *v = check_tokens(L, 1);
  lua_pushinteger(L, (lua_Integer)v->n);
  return 1;
}

static int l_tokens_index(lua_State *L) {
  l_tokens *v = check_tokens(L, 1);
  if (lua_type(L, 2) == LUA_TNUMBER) {
    lua_Integer i = lua_tointeger(L, 2);
    if (i < 1 || (size_t)i > v->n) return 0;
    push_token(L, view_text(L, 1), &v->tok[i - 1], i);
    return 1;
  }
  luaL_getmetafield(L, 1, "__methods");
  lua_pushvalue(L, 2);
  lua_rawget(L, -2);
  return 1;
}

static int tokens_iter(lua_State *L) {
  l_tokens *v = check_tokens(L, 1);
  lua_Integer i = luaL_checkinteger(L, 2) + 1;
  if (i < 1 || (size_t)i > v->n) return 0;
  lua_pushinteger(L, i);
  push_token(L, view_text(L, 1), &v->tok[i - 1], i);
  return 2;
}

/* tokens:iter() -> iterator, tokens, 0 (for i, tok in tokens:iter()) */
static int l_tokens_iter(lua_State *L) {
  check_tokens(L, 1);
  lua_pushcfunction(L, tokens_iter);
  lua_pushvalue(L, 1);
  lua_pushinteger(L, 0);
  return 3;
}

static int l_tokens_tostring(lua_State *L) {
  l_tokens *v = luaL_checkudata(L, 1, TOKENS_MT);
  if (v->closed) { lua_pushliteral(L, "Tokens (closed)"); return 1; }
  const char *s = view_text(L, 1);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  lua_pushfstring(L, "Tokens (%d):", (int)v->n);
  luaL_addvalue(&b);
  for (size_t i = 0; i < v->n && i < 12; i++) {
    luaL_addstring(&b, i ? " | " : " ");
    luaL_addlstring(&b, s + v->tok[i].start, v->tok[i].len > 40 ? 40 : v->tok[i].len);
  }
  if (v->n > 12) luaL_addstring(&b, " | …");
  luaL_pushresult(&b);
  return 1;
}

/* tokens:texts() -> array of token strings (built in one go) */
static int l_tokens_texts(lua_State *L) {
  l_tokens *v = check_tokens(L, 1);
  const char *s = view_text(L, 1);
  lua_createtable(L, (int)(v->n < 0x7fffffff ? v->n : 0x7fffffff), 0);
  for (size_t i = 0; i < v->n; i++) {
    lua_pushlstring(L, s + v->tok[i].start, v->tok[i].len);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

static l_tokens *new_tokens(lua_State *L, int text_idx) {
  l_tokens *v = lua_newuserdatauv(L, sizeof *v, 2);
  memset(v, 0, sizeof *v);
  luaL_setmetatable(L, TOKENS_MT);
  lua_pushvalue(L, text_idx);
  lua_setiuservalue(L, -2, 1);
  return v;
}

/* Runs the tokenizer; moves its arrays into a Tokens view on the stack.
** Argument 3, when a table, lists {start, stop} ranges (1-based inclusive)
** to flag as skipped before sentences are split. */
static l_tokens *run_tokenizer(lua_State *L, int sentences) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  const kn_wordset *ab = NULL;
  if (!lua_isnoneornil(L, 2)) ab = check_wordset(L, 2)->w;
  void *ud;
  kn_alloc f = lua_getallocf(L, &ud);
  l_tokens *v = new_tokens(L, 1);
  kn_tokenizer t;
  kn_tok_init(&t, f, ud, ab);
  kn_status st = kn_tok_tokens(&t, s, n);
  /* hand the arrays to the userdata before anything can raise */
  v->tok = t.tok; v->n = t.ntok; v->cap = t.captok;
  if (st == KN_OK && lua_istable(L, 3)) {
    lua_Integer nr = luaL_len(L, 3);
    for (lua_Integer i = 1; i <= nr; i++) {
      lua_rawgeti(L, 3, i);
      if (!lua_istable(L, -1)) { t.tok = NULL; luaL_error(L, "skip range %d is not a table", (int)i); }
      lua_rawgeti(L, -1, 1);
      lua_rawgeti(L, -2, 2);
      lua_Integer a = lua_tointeger(L, -2), e = lua_tointeger(L, -1);
      lua_pop(L, 3);
      if (a < 1) a = 1;
      if (e > (lua_Integer)n) e = (lua_Integer)n;
      if (a <= e) kn_tok_skip(&t, (uint32_t)(a - 1), (uint32_t)e);
    }
  }
  if (st == KN_OK && sentences) st = kn_tok_sentences(&t, s, n);
  v->sent = t.sent; v->ns = t.nsent; v->scap = t.capsent;
  if (st == KN_ERANGE) luaL_error(L, "text too long (%d MB at most)", (int)(KN_MAX_TEXT >> 20));
  if (st) raise_status(L, st);
  return v;
}

/* core.tokenize(text [, abbrev]) -> Tokens */
static int l_tokenize(lua_State *L) {
  run_tokenizer(L, 1);
  return 1;
}

/* ------------------------------------------------------ sentence views */

static void push_sentence(lua_State *L, const char *text, const kn_sentence *se, lua_Integer i) {
  lua_createtable(L, 0, 6);
  lua_pushlstring(L, text + se->start, se->stop - se->start);
  lua_setfield(L, -2, "text");
  set_span(L, se->start, se->stop);
  lua_pushinteger(L, (lua_Integer)se->first + 1);
  lua_setfield(L, -2, "first_token");
  lua_pushinteger(L, (lua_Integer)se->last + 1);
  lua_setfield(L, -2, "last_token");
  lua_pushinteger(L, i);
  lua_setfield(L, -2, "index");
}

static int l_sentences_len(lua_State *L) {
  l_tokens *v = sentences_owner(L, 1);
  lua_pushinteger(L, (lua_Integer)v->ns);
  return 1;
}

static int l_sentences_index(lua_State *L) {
  l_tokens *v = sentences_owner(L, 1);
  if (lua_type(L, 2) == LUA_TNUMBER) {
    lua_Integer i = lua_tointeger(L, 2);
    if (i < 1 || (size_t)i > v->ns) return 0;
    push_sentence(L, view_text(L, 1), &v->sent[i - 1], i);
    return 1;
  }
  luaL_getmetafield(L, 1, "__methods");
  lua_pushvalue(L, 2);
  lua_rawget(L, -2);
  return 1;
}

static int sentences_iter(lua_State *L) {
  l_tokens *v = sentences_owner(L, 1);
  lua_Integer i = luaL_checkinteger(L, 2) + 1;
  if (i < 1 || (size_t)i > v->ns) return 0;
  lua_pushinteger(L, i);
  push_sentence(L, view_text(L, 1), &v->sent[i - 1], i);
  return 2;
}

static int l_sentences_iter(lua_State *L) {
  sentences_owner(L, 1);
  lua_pushcfunction(L, sentences_iter);
  lua_pushvalue(L, 1);
  lua_pushinteger(L, 0);
  return 3;
}

/* sentences:spans() -> { {start, stop}, ... } as SCHEMA.md's "sentences" */
static int l_sentences_spans(lua_State *L) {
  l_tokens *v = sentences_owner(L, 1);
  lua_createtable(L, (int)(v->ns < 0x7fffffff ? v->ns : 0x7fffffff), 0);
  for (size_t i = 0; i < v->ns; i++) {
    lua_createtable(L, 2, 0);
    lua_pushinteger(L, (lua_Integer)v->sent[i].start + 1);
    lua_rawseti(L, -2, 1);
    lua_pushinteger(L, (lua_Integer)v->sent[i].stop);
    lua_rawseti(L, -2, 2);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

/* sentences:find(pos) -> index of the sentence holding byte pos, or nil */
static int l_sentences_find(lua_State *L) {
  l_tokens *v = sentences_owner(L, 1);
  lua_Integer pos = luaL_checkinteger(L, 2) - 1;
  size_t lo = 0, hi = v->ns;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if ((lua_Integer)v->sent[mid].stop <= pos) lo = mid + 1; else hi = mid;
  }
  if (lo < v->ns && (lua_Integer)v->sent[lo].start <= pos) lua_pushinteger(L, (lua_Integer)lo + 1);
  else lua_pushnil(L);
  return 1;
}

static int l_sentences_tostring(lua_State *L) {
  l_tokens *v = sentences_owner(L, 1);
  const char *s = view_text(L, 1);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  lua_pushfstring(L, "Sentences (%d)", (int)v->ns);
  luaL_addvalue(&b);
  for (size_t i = 0; i < v->ns && i < 5; i++) {
    const kn_sentence *se = &v->sent[i];
    size_t len = se->stop - se->start;
    lua_pushfstring(L, "\n  %d: ", (int)i + 1);
    luaL_addvalue(&b);
    luaL_addlstring(&b, s + se->start, len > 72 ? 72 : len);
    if (len > 72) luaL_addstring(&b, "…");
  }
  if (v->ns > 5) luaL_addstring(&b, "\n  …");
  luaL_pushresult(&b);
  return 1;
}

/* Pushes a sentence view over the token view at index i. */
static void new_sentences(lua_State *L, int i) {
  i = lua_absindex(L, i);
  lua_newuserdatauv(L, sizeof(l_sentview), 2);
  luaL_setmetatable(L, SENTENCES_MT);
  lua_getiuservalue(L, i, 1);
  lua_setiuservalue(L, -2, 1);
  lua_pushvalue(L, i);
  lua_setiuservalue(L, -2, 2);
}

/* core.sentences(text [, abbrev]) -> Sentences, Tokens */
static int l_sentences(lua_State *L) {
  run_tokenizer(L, 1);
  new_sentences(L, -1);
  lua_insert(L, -2);
  return 2;
}

/* tokens:sentences() -> Sentences over this view */
static int l_tokens_sentences(lua_State *L) {
  check_tokens(L, 1);
  new_sentences(L, 1);
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

/* core.stat(path) -> kind ("file"|"dir"|"other"), size | nil, "path: reason" */
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
  return 2;
}

/* core.isatty(fd) -> boolean */
static int l_isatty(lua_State *L) {
  lua_pushboolean(L, isatty((int)luaL_checkinteger(L, 1)));
  return 1;
}

#include "kn_lua_time.h"

/* ------------------------------------------------------ registration */

static const luaL_Reg wordset_m[] = {
  { "get", l_wordset_get }, { "close", l_wordset_release }, { NULL, NULL } };
static const luaL_Reg wordset_mm[] = {
  { "__gc", l_wordset_release }, { "__close", l_wordset_release },
  { "__tostring", l_wordset_tostring }, { "__len", l_wordset_len }, { NULL, NULL } };

static const luaL_Reg tokens_m[] = {
  { "iter", l_tokens_iter }, { "texts", l_tokens_texts },
  { "sentences", l_tokens_sentences }, { NULL, NULL } };
static const luaL_Reg tokens_mm[] = {
  { "__gc", l_tokens_gc }, { "__close", l_tokens_gc }, { "__len", l_tokens_len },
  { "__index", l_tokens_index }, { "__tostring", l_tokens_tostring }, { NULL, NULL } };

static const luaL_Reg sentences_m[] = {
  { "iter", l_sentences_iter }, { "spans", l_sentences_spans },
  { "find", l_sentences_find }, { NULL, NULL } };
static const luaL_Reg sentences_mm[] = {
  { "__len", l_sentences_len }, { "__index", l_sentences_index },
  { "__tostring", l_sentences_tostring }, { NULL, NULL } };

static const luaL_Reg core_f[] = {
  { "tokenize", l_tokenize }, { "sentences", l_sentences },
  { "abbreviations", l_abbreviations }, { "key", l_key }, { "utf8check", l_utf8check },
  { "dir", l_dir }, { "stat", l_stat }, { "isatty", l_isatty },
  KN_LUA_TIME_FUNCS
  { "_VERSION", NULL }, { NULL, NULL } };

LUALIB_API int luaopen_korea_nato_core(lua_State *L);

LUALIB_API int luaopen_korea_nato_core(lua_State *L) {
  createmeta(L, WORDSET_MT, wordset_m, wordset_mm);
  luaL_getmetatable(L, WORDSET_MT);
  lua_getfield(L, -1, "__methods");
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
  createmeta(L, TOKENS_MT, tokens_m, tokens_mm);
  createmeta(L, SENTENCES_MT, sentences_m, sentences_mm);
  luaL_newlib(L, core_f);
  lua_pushliteral(L, KN_VERSION);
  lua_setfield(L, -2, "_VERSION");
  return 1;
}
