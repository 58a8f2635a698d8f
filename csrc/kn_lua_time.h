/* kn_lua_time.h -- the temporal part of the Lua binding, included once by
** kn_lua.c (it is part of that file: static functions only). Adds to the
** core module table through KN_LUA_TIME_FUNCS:
**
**   core.timexes(doc [, anchor]) -> { {text, start, stop, sentence, type,
**       value [, value_end] [, range = "from"|"to"] [, unanchored = true]}, ... }
**     doc: a Doc from core.analyze, or a Tokens/Sentences view (core.tokenize);
**     anchor: "YYYY-MM-DD[Thh:mm...]" or nil (underspecified values); given
**     (even nil), the text is tagged again against it.
**   core.time_count(doc [, anchor]) -> n  (tags; no tables)
**   core.time_parse(expr [, anchor [, abbrev]]) -> value, type
**       | nil, "not a temporal expression: <expr>"
**   core.anchor(s) -> year, month, day [, hour, minute] | nil
**
** The tagger's arrays belong to the doc userdata (kn_lua.c's l_doc), so a
** raise while tables are built leaks nothing and repeated calls reuse the
** memory.
*/
/* NOTE from the lead (05:35): kn_lua.c was restructured. Token and
** sentence views now borrow from a "korea_nato.Doc" userdata: use
** view_doc(L, i, TOKENS_MT) to get the l_doc (d->tk is the kn_tokenizer)
** and view_text(L, i) for the text. core.analyze() now tags timexes into the
** Doc itself (d->tg, doc:timexes()), and kn.analyze uses that; core.timexes
** below stays for other callers. opt_anchor is declared at the top of
** kn_lua.c and defined here (the lead removed its own copy). */
#ifndef KN_LUA_TIME_H
#define KN_LUA_TIME_H

/* An anchor argument: nil/none -> no anchor (0); a string whose date part
** parses -> 1 (a time part that does not parse is ignored); else raises. */
static int opt_anchor(lua_State *L, int idx, kn_anchor *a) {
  memset(a, 0, sizeof *a);
  a->hour = a->minute = -1;
  if (lua_isnoneornil(L, idx)) return 0;
  size_t n;
  const char *s = luaL_checklstring(L, idx, &n);
  if (kn_anchor_parse(a, s, n) == KN_OK) return 1;
  if (n > 10 && kn_anchor_parse(a, s, 10) == KN_OK) return 1;
  return luaL_argerror(L, idx, lua_pushfstring(L, "bad anchor \"%s\" (expected an ISO 8601 date)", s));
}

static const char *const TX_TYPE[] = { "?", "DATE", "TIME", "DURATION", "SET" };

/* The doc behind argument i (a Doc, or a Tokens or Sentences view) and its
** text; its tokens made if it left them out (doc_tokens: the tagger reads them). */
static l_doc *time_doc(lua_State *L, int i, const char **text) {
  size_t n;
  if (test_doc(L, i)) {
    l_doc *d = to_doc(L, i);
    doc_tokens(L, d, i);
    *text = doc_text(L, i, &n);
    return d;
  }
  const char *mt = luaL_testudata(L, i, SENTENCES_MT) ? SENTENCES_MT : TOKENS_MT;
  l_doc *d = view_doc(L, i, mt);
  lua_getiuservalue(L, i, 1);
  doc_tokens(L, d, -1);
  lua_pop(L, 1);
  *text = view_text(L, i);
  return d;
}

/* core.timexes(doc_or_tokens [, anchor]): with an anchor, or when the doc
** was not tagged yet, (re)tags the doc's text (nil: no anchor); then
** returns the expressions as tables. */
static int l_timexes(lua_State *L) {
  const char *text;
  l_doc *d = time_doc(L, 1, &text);
  kn_anchor a;
  int anchored = opt_anchor(L, 2, &a);
  if (!d->tagged || !lua_isnone(L, 2)) {
    doc_own_tx(L, d, 1);
    kn_status st = kn_time_tag(&d->tg, text, &d->tk, anchored ? &a : NULL);
    if (st) return raise_status(L, st);
    d->tagged = 1;
  }
  const kn_tagger *g = &d->tg;
  lua_createtable(L, (int)(g->ntx < 0x7fffffff ? g->ntx : 0), 0);
  for (size_t i = 0; i < g->ntx; i++) {
    const kn_timex *x = &g->tx[i];
    lua_createtable(L, 0, 8);
    lua_pushlstring(L, text + x->start, x->stop - x->start);
    lua_setfield(L, -2, "text");
    set_span(L, x->start, x->stop);
    lua_pushinteger(L, (lua_Integer)x->sent + 1);
    lua_setfield(L, -2, "sentence");
    lua_pushstring(L, TX_TYPE[x->type <= 4 ? x->type : 0]);
    lua_setfield(L, -2, "type");
    lua_pushstring(L, x->value);
    lua_setfield(L, -2, "value");
    if (x->value_end[0]) {
      lua_pushstring(L, x->value_end);
      lua_setfield(L, -2, "value_end");
    }
    if (x->flags & (KN_XF_RANGE_FROM | KN_XF_RANGE_TO)) {
      lua_pushstring(L, x->flags & KN_XF_RANGE_FROM ? "from" : "to");
      lua_setfield(L, -2, "range");
    }
    if (x->flags & KN_XF_UNANCHORED) {
      lua_pushboolean(L, 1);
      lua_setfield(L, -2, "unanchored");
    }
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

/* core.time_count(doc_or_tokens [, anchor]) -> number of expressions (tags
** without building tables: for benchmarks) */
static int l_time_count(lua_State *L) {
  const char *text;
  l_doc *d = time_doc(L, 1, &text);
  kn_anchor a;
  int anchored = opt_anchor(L, 2, &a);
  doc_own_tx(L, d, 1);
  kn_status st = kn_time_tag(&d->tg, text, &d->tk, anchored ? &a : NULL);
  if (st) return raise_status(L, st);
  d->tagged = 1;
  lua_pushinteger(L, (lua_Integer)d->tg.ntx);
  return 1;
}

/* core.time_parse(expr [, anchor [, abbrev]]) */
static int l_time_parse(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  kn_anchor a;
  int anchored = opt_anchor(L, 2, &a);
  const kn_wordset *ab = NULL;
  if (!lua_isnoneornil(L, 3)) ab = check_wordset(L, 3)->w;
  char value[KN_TIMEX_VALUE];
  int type = 0;
  kn_status st = kn_time_parse(s, n, anchored ? &a : NULL, ab, value, sizeof value, &type);
  if (st == KN_EINVAL || st == KN_ERANGE) {
    luaL_pushfail(L);
    lua_pushfstring(L, "not a temporal expression: \"%s\"", s);
    return 2;
  }
  if (st) return raise_status(L, st);
  lua_pushstring(L, value);
  lua_pushstring(L, TX_TYPE[type >= 0 && type <= 4 ? type : 0]);
  return 2;
}

/* core.anchor(s) -> year, month, day [, hour, minute] | nil */
static int l_anchor(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  kn_anchor a;
  if (kn_anchor_parse(&a, s, n) != KN_OK) { luaL_pushfail(L); return 1; }
  lua_pushinteger(L, a.year);
  lua_pushinteger(L, a.month);
  lua_pushinteger(L, a.day);
  if (a.hour < 0) return 3;
  lua_pushinteger(L, a.hour);
  lua_pushinteger(L, a.minute);
  return 5;
}

#define KN_LUA_TIME_FUNCS \
  { "timexes", l_timexes }, { "time_count", l_time_count }, { "time_parse", l_time_parse }, \
  { "anchor", l_anchor },

#endif
