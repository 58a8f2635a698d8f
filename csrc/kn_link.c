/*
** kn_link.c -- entity linking in a document: from the automaton's raw
** matches to mentions with an entity, a type and how they were linked.
**
** Rules (the span rules of SCHEMA.md and corpus/ANNOTATION.md):
**  - A full name or alias links to its entity; when several entities share
**    it, one already mentioned in the document wins, else the first kind in
**    the order country, org, person, location, meeting.
**  - A capital with a metonym stands for its government when the context
**    says so: a possessive ("Seoul's"), a verb of speech or action after it
**    ("Seoul said"), or coordination with a country or another such capital
**    ("between Seoul and Washington"); after a locative word ("in Seoul",
**    "to Tokyo") or in a dateline it is the place.
**  - A short form ("Cho") links only to a person (or country, "the North")
**    fully named earlier in the document; when several share it, the most
**    recently named wins; with no antecedent it is no mention.
**  - A demonym links to its country.
**  - An office title resolves to one office: by the person named right after
**    it (the office that person holds on the document's date, or held), else
**    by the country or body named right before it ("South Korean Foreign
**    Minister", "NATO's Secretary General"), else by the same title's last
**    office in the document, else by the document's main country, else when
**    the title names one office only. Its holder is the person named, or the
**    office's holder on the document's date. A title standing alone needs a
**    determiner or a country before it; "former" and "then-" titles are
**    not office mentions.
**  - A title or rank followed by capitalised words that are not a known name
**    introduces a new person (how = "new"). When the text names someone for
**    an office whose holder that day is someone else, the document records a
**    discrepancy.
*/
#include <stdio.h>
#include "kn_internal.h"
#include "kn_gaz_internal.h"

/* ------------------------------------------------------------ word lists */

/* Words before a place ("in Seoul", "flew to Tokyo"). */
static const char *const LOCATIVE[] = { "in", "at", "to", "from", "into", "near", "outside",
  "inside", "across", "around", "toward", "towards", "via", "visit", "visited", "visiting",
  "visits", "arrived", "arrive", "arrives", "arriving", "left", "leave", "leaves", "leaving",
  "reached", "through", "throughout", "base", "based", "host", "hosted", "hosts", "hosting",
  "flew", "fly", "flies", "travel", "traveled", "travelled", "travels", "trip", "headed",
  "returned", "return", "returns", "landed", "stationed", "over", "off", "within", "of", NULL };
/* Words before a title: a determiner lets it stand alone ("the foreign
** minister"), a FORMER word makes it no office mention. */
static const char *const DETERMINERS[] = { "the", "its", "his", "her", "their", "our", "whose", NULL };
static const char *const FORMER[] = { "former", "ex", "then", "late", "erstwhile", NULL };
/* Words before a title, or before the country naming it, that make it some
** other post or any holder, not the incumbent: "the opposition leader", "a
** Japanese leader", "the first South Korean leader to attend". */
static const char *const NOT_INCUMBENT[] = { "a", "an", "another", "any", "every", "each", "first", "second",
  "third", "next", "only", "opposition", "deputy", "party", "rebel", "spiritual", "religious", "business",
  "industry", "tribal", "military", NULL };

/* Words after a capital that make it a place name modifier ("the Washington
** summit", "Seoul time"). */
static const char *const PLACE_NOUNS[] = { "summit", "summits", "meeting", "talks", "conference",
  "forum", "declaration", "agreement", "accord", "principles", "office", "embassy", "airport",
  "station", "residents", "streets", "area", "region", "time", "correspondent", "bureau",
  "headquarters", "suburb", "suburbs", "district", "city", "metropolitan", "mayor", "police",
  "hotel", "university", "marathon", "visit", "trip", "stop", "leg", "ministerial", NULL };
static const char *const MOTION[] = { "flew", "fly", "flies", "flown", "travel", "traveled", "travelled",
  "travels", "arrived", "arrives", "returned", "returns", "departed", "departs", "left", "came",
  "moved", "miles", "kilometers", "kilometres", "km", "away", "far", "flight", "flights", NULL };
static const char *const FROM[] = { "from", NULL };
static const char *const THE[] = { "the", NULL };
static const char *const AND[] = { "and", "or", NULL };

/* Capitalised words that do not begin a new person's name. */
static const char *const NOT_NAMES[] = { "the", "a", "an", "on", "in", "at", "and", "of", "for",
  "to", "said", "says", "told", "who", "that", "this", "he", "she", "it", "they", "we", "his",
  "her", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
  "sep", "sept", "oct", "nov", "dec", "but", "as", "with", "after", "before", "during",
  "when", "while", "also", "last", "next", "this", "however", "meanwhile",
  /* "Mr. Secretary", "Madam President": a form of address, not a name */
  "secretary", "minister", "president", "premier", "speaker", "chairman", "chairwoman", "madam", NULL };
/* Honorifics that address the holder of a title ("Mr. President"): the
** title then stands for the office as it would after "the". */
static const char *const HONORIFICS[] = { "mr", "mrs", "ms", "madam", "madame", NULL };
/* Lower-case ranks that still introduce a name ("NATO spokeswoman Farah
** Dakhlallah", ANNOTATION.md: "spokesperson Lee Jae-woong" is a new
** person): a speaker's post, named before the name as a rule ("press
** secretary", "press officer" end in their last word). Other lower-case
** ranks ("analyst", "professor") need a capital. */
static const char *const SPOKES[] = { "spokesman", "spokeswoman", "spokesperson", "secretary", "officer", NULL };

enum { WL_LOCATIVE, WL_DETERMINERS, WL_FORMER, WL_PLACE_NOUNS, WL_MOTION, WL_FROM, WL_THE, WL_AND,
       WL_NOT_NAMES, WL_NOT_INCUMBENT, WL_HONORIFICS, WL_SPOKES, WL_N };
enum { WL_WORDS = 256 };   /* room for the words of all the lists (wordlists_init checks) */
static const char *const *const WORDLISTS[WL_N] = { LOCATIVE, DETERMINERS, FORMER, PLACE_NOUNS, MOTION,
  FROM, THE, AND, NOT_NAMES, NOT_INCUMBENT, HONORIFICS, SPOKES };

/* per-document state */
typedef struct seen { int32_t ent; uint32_t tok; } seen;

/* kn_linker.scratch: the arrays of the per-document state, kept from one
** text to the next (a linker that runs over many texts allocates none). */
typedef struct lk_scratch {
  kn_raw *raw; size_t capraw;
  seen *recent; size_t caprecent;
  uint32_t *slot; size_t nslot;
  /* the lengths of each word list's words by first letter: bit n of
  ** wl[l][c] when list l holds a word of n bytes starting with 'a' + c */
  uint32_t wl[WL_N][26];
  /* each list's words by first letter (every word starts with a-z):
  ** wlw[wlat[l][c]] .. wlw[wlat[l][c + 1] - 1], of lengths wlen[...], so
  ** that a key is compared with the few words of its letter, not the list */
  uint16_t wlat[WL_N][27];
  const char *wlw[WL_WORDS];
  uint8_t wlen[WL_WORDS];
} lk_scratch;

typedef struct lk {
  kn_linker *L;
  const uint32_t (*wl)[26];       /* lk_scratch.wl */
  const lk_scratch *sc;           /* its word lists by letter */
  const kn_gaz *g;
  const kn_automaton *au;
  const char *text;
  const kn_tokenizer *tk;
  int32_t day;                    /* YYYYMMDD, 0 without anchor */
  kn_raw *raw; size_t nraw, capraw;
  seen *recent; size_t nrecent, caprecent;   /* entities and offices named so far */
  /* a hash of recent by entity: 1 + the index in recent, 0 empty; nslot a
  ** power of 2 at least twice nrecent. A short name ("Kim") has some 2,000
  ** targets with 100k extra entities: each is looked up in O(1), not by a
  ** scan of every entity named so far */
  uint32_t *slot; size_t nslot;
  int32_t main_country;           /* -2 until asked (find_main_country) */
  kn_wordset *newids;             /* id of each new person -> its index (made on the first) */
} lk;

void kn_link_init(kn_linker *L, kn_alloc f, void *ud) {
  memset(L, 0, sizeof *L);
  L->alloc = f ? f : kn_default_alloc;
  L->ud = ud;
}

void kn_link_free(kn_linker *L) {
  kn_free(L->alloc, L->ud, L->m, L->capm * sizeof(kn_mention));
  kn_free(L->alloc, L->ud, L->ne, L->capne * sizeof(kn_newent));
  kn_free(L->alloc, L->ud, L->dis, L->capdis * sizeof(kn_discrepancy));
  lk_scratch *x = L->scratch;
  if (x) {
    kn_free(L->alloc, L->ud, x->raw, x->capraw * sizeof(kn_raw));
    kn_free(L->alloc, L->ud, x->recent, x->caprecent * sizeof(seen));
    kn_free(L->alloc, L->ud, x->slot, x->nslot * sizeof(uint32_t));
  }
  kn_free(L->alloc, L->ud, L->scratch, L->capscratch);
  kn_alloc f = L->alloc; void *ud = L->ud;
  kn_link_init(L, f, ud);
}

/* ------------------------------------------------------------ helpers */

/* Is the key of token i a word of the list? A word's length and first
** letter rule out nearly every token before any key is made (inlined: the
** test is a few loads); an ASCII word's key is its bytes in lower case,
** compared in place. */
static int key_in_list(const lk *k, const kn_token *t, int list);

static inline int tok_key_is(const lk *k, uint32_t i, int list) {
  if (i >= k->tk->ntok) return 0;
  const kn_token *t = &k->tk->tok[i];
  if (kn_tok_key_plain(t)) {
    unsigned c0 = (unsigned)kn_lower((unsigned char)k->text[t->start]) - 'a';
    if (c0 >= 26 || t->len >= 32 || !((k->wl[list][c0] >> t->len) & 1u)) return 0;
  }
  return key_in_list(k, t, list);
}

static int key_in_list(const lk *k, const kn_token *t, int list) {
  char key[24];
  const char *kp;
  size_t n = t->len;
  if (kn_tok_key_plain(t)) kp = k->text + t->start;   /* its key is its bytes in lower case */
  else {
    n = kn_tok_key(k->text, t, key, sizeof key);
    if (n >= sizeof key || n == 0) return 0;
    unsigned c0 = (unsigned)(unsigned char)key[0] - 'a';
    if (c0 >= 26 || !((k->wl[list][c0] >> n) & 1u)) return 0;
    kp = key;
  }
  unsigned c = (unsigned)kn_lower((unsigned char)kp[0]) - 'a';
  if (c >= 26) return 0;   /* (no word of a list starts otherwise) */
  /* the words of its letter and length, compared in lower case (a key
  ** has no ASCII capital to fold) */
  const lk_scratch *sc = k->sc;
  for (unsigned w = sc->wlat[list][c]; w < sc->wlat[list][c + 1]; w++) {
    if (sc->wlen[w] != n) continue;
    const char *x = sc->wlw[w];
    size_t j = 1;
    while (j < n && x[j] == (char)kn_lower((unsigned char)kp[j])) j++;
    if (j == n) return 1;
  }
  return 0;
}

/* Fills the length bits of the word lists and their words by first letter
** (lk_scratch.wl, wlat, wlw, wlen). */
static void wordlists_init(lk_scratch *sc) {
  memset(sc->wl, 0, sizeof sc->wl);
  unsigned at = 0;
  for (int l = 0; l < WL_N; l++) {
    for (const char *const *w = WORDLISTS[l]; *w; w++) {
      unsigned c0 = (unsigned)(unsigned char)(*w)[0] - 'a';
      size_t n = strlen(*w);
      if (c0 < 26 && n < 32) sc->wl[l][c0] |= 1u << n;
    }
    for (unsigned c = 0; c < 26; c++) {
      sc->wlat[l][c] = (uint16_t)at;
      for (const char *const *w = WORDLISTS[l]; *w; w++)
        if ((unsigned)(unsigned char)(*w)[0] - 'a' == c && at < WL_WORDS) {
          sc->wlw[at] = *w;
          sc->wlen[at] = (uint8_t)strlen(*w);
          at++;
        }
    }
    sc->wlat[l][26] = (uint16_t)at;
  }
}

/* The raw match index that starts at token t, or -1 (raws are in order). */
static long raw_at(const lk *k, size_t from, uint32_t t) {
  for (size_t j = from; j < k->nraw; j++) {
    if (k->raw[j].first == t) return (long)j;
    if (k->raw[j].first > t) break;
  }
  return -1;
}

static const kn_target *tgt(const lk *k, const kn_raw *r, uint32_t q) { return &k->au->tg[r->tfirst + q]; }

static int only_short(const lk *k, const kn_raw *r) {
  for (uint32_t q = 0; q < r->tcount; q++)
    if (tgt(k, r, q)->how != KN_T_SHORT) return 0;
  return r->tcount > 0;
}

static int target_ok(const lk *k, const kn_raw *r, const kn_target *t) {
  return kn_au_case_ok_fast(t, k->tk->tok, r->first, r->last);
}

/* The first target of a raw match with how in the set, type filter. */
static const kn_target *find_how(const lk *k, const kn_raw *r, int how) {
  for (uint32_t q = 0; q < r->tcount; q++) {
    const kn_target *t = tgt(k, r, q);
    if (t->how == how && target_ok(k, r, t)) return t;
  }
  return NULL;
}

/* The slot of ent in the hash of recent entities: its own, or the empty
** one where it would go. */
static inline size_t recent_slot(const lk *k, int32_t ent) {
  size_t mask = k->nslot - 1;
  uint32_t h = (uint32_t)ent * 0x9E3779B1u;
  size_t i = (h ^ (h >> 15)) & mask;
  while (k->slot[i] && k->recent[k->slot[i] - 1].ent != ent) i = (i + 1) & mask;
  return i;
}

/* remember() of an entity not named before, which goes in slot i */
static kn_status remember_new(lk *k, int32_t ent, uint32_t tok, size_t i) {
  if (k->nrecent >= UINT32_MAX / 4) return KN_ERANGE;
  if (k->nrecent == k->caprecent) {
    kn_status st = kn_grow(k->L->alloc, k->L->ud, (void **)&k->recent, &k->caprecent, k->nrecent + 1, sizeof(seen));
    if (st) return st;
  }
  k->recent[k->nrecent].ent = ent;
  k->recent[k->nrecent].tok = tok;
  k->nrecent++;
  if (2 * k->nrecent > k->nslot) {
    /* twice the slots, every entry placed again */
    size_t ns = 2 * k->nslot;
    uint32_t *p = k->L->alloc(k->L->ud, NULL, 0, ns * sizeof(uint32_t));
    if (!p) return KN_ENOMEM;
    kn_free(k->L->alloc, k->L->ud, k->slot, k->nslot * sizeof(uint32_t));
    memset(p, 0, ns * sizeof(uint32_t));
    k->slot = p;
    k->nslot = ns;
    for (size_t r = 0; r < k->nrecent; r++) k->slot[recent_slot(k, k->recent[r].ent)] = (uint32_t)r + 1;
  } else k->slot[i] = (uint32_t)k->nrecent;
  return KN_OK;
}

static inline kn_status remember(lk *k, int32_t ent, uint32_t tok) {
  size_t i = recent_slot(k, ent);
  if (k->slot[i]) { k->recent[k->slot[i] - 1].tok = tok; return KN_OK; }
  return remember_new(k, ent, tok, i);
}

/* Token of the last mention of ent so far, or -1. */
static long last_seen(const lk *k, int32_t ent) {
  size_t i = recent_slot(k, ent);
  return k->slot[i] ? (long)k->recent[k->slot[i] - 1].tok : -1;
}

/* Is r a short form of an entity already named in the document? */
static int short_seen(const lk *k, const kn_raw *r) {
  for (uint32_t q = 0; q < r->tcount; q++) {
    const kn_target *t = tgt(k, r, q);
    if (t->how == KN_T_SHORT && target_ok(k, r, t) && last_seen(k, t->ent) >= 0) return 1;
  }
  return 0;
}

static inline kn_status add_mention(lk *k, uint32_t first, uint32_t last, int32_t ent, int type, int how,
                                    int32_t holder) {
  kn_linker *L = k->L;
  if (L->nm == L->capm) {
    kn_status st = kn_grow(L->alloc, L->ud, (void **)&L->m, &L->capm, L->nm + 1, sizeof(kn_mention));
    if (st) return st;
  }
  const kn_token *tok = k->tk->tok;
  kn_mention *m = &L->m[L->nm++];
  m->start = tok[first].start;
  m->stop = tok[last].start + tok[last].len;
  m->first = first; m->last = last;
  m->sent = tok[first].sent;
  m->entity = ent; m->holder = holder;
  m->type = (uint8_t)type; m->how = (uint8_t)how;
  return KN_OK;
}

/* ------------------------------------------------------- main country */

static void find_main_country(lk *k) {
  /* a small tally of the countries named (names, demonyms, capitals) */
  enum { N = 16 };
  int32_t ent[N]; int cnt[N]; int n = 0;
  for (size_t j = 0; j < k->nraw; j++) {
    const kn_raw *r = &k->raw[j];
    int32_t c = -1;
    if (!(r->hows & KN_RAW_COUNTRY)) continue;
    for (uint32_t q = 0; q < r->tcount && c < 0; q++) {
      const kn_target *t = tgt(k, r, q);
      /* only names, aliases and demonyms count (the cheap test first) */
      if ((t->how != KN_T_NAME && t->how != KN_T_ALIAS && t->how != KN_T_DEMONYM) || !target_ok(k, r, t)) continue;
      c = kn_main_country_of(k->g, t);   /* (the test of KN_RAW_COUNTRY) */
    }
    if (c < 0) continue;
    int i;
    for (i = 0; i < n; i++) if (ent[i] == c) { cnt[i]++; break; }
    if (i == n && n < N) { ent[n] = c; cnt[n] = 1; n++; }
  }
  k->main_country = -1;
  int best = 0;
  for (int i = 0; i < n; i++) if (cnt[i] > best) { best = cnt[i]; k->main_country = ent[i]; }
}

/* The document's main country, tallied on the first question (it depends
** on the raw matches alone): a document with no title to resolve never asks. */
static int32_t main_country(lk *k) {
  if (k->main_country == -2) find_main_country(k);
  return k->main_country;
}

/* ------------------------------------------------------------ metonyms */

/* A dateline: a place in capitals opening the text or a line, then a
** comma, a dash ("-", "--", an en or em dash) or an opening parenthesis
** ("SEOUL, Nov. 14 (Yonhap) --", "BRUSSELS (AP) --", "WASHINGTON --"). */
static int is_dateline(const lk *k, const kn_raw *r) {
  const kn_token *tok = k->tk->tok;
  const kn_token *f = &tok[r->first];
  if ((r->first > 0 && f->ws < KN_WS_LINE) || !(f->flags & KN_TF_UPPER)) return 0;
  if (r->last + 1 >= k->tk->ntok) return 0;
  const kn_token *n = &tok[r->last + 1];
  if (n->kind != KN_TK_PUNCT || n->ws >= KN_WS_LINE) return 0;
  const unsigned char *p = (const unsigned char *)k->text + n->start;
  if (*p == ',' || *p == '-' || *p == '(') return 1;
  return n->len >= 3 && kn_is_udash(p);
}

/* Is the raw match j (a capital) standing for its government? It is, unless
** its context marks a place: a locative word before it ("in Seoul", "to
** Tokyo"; "from" only after motion: "flew from Seoul"), a dateline, a
** hyphenated compound ("Seoul-based") or a place noun after it ("the
** Washington summit"). In this news a capital names its government far more
** often than a place ("praised Seoul", "Pyongyang continues to deny"). */
static int metonym_context(const lk *k, size_t j) {
  const kn_raw *r = &k->raw[j];
  const kn_token *tok = k->tk->tok;
  size_t ntok = k->tk->ntok;
  if (is_dateline(k, r)) return 0;
  uint32_t nx = r->last + 1;
  if (nx < ntok && tok[nx].kind == KN_TK_CLITIC) return 1;
  if (nx < ntok && tok[nx].kind == KN_TK_PUNCT && k->text[tok[nx].start] == '-' && tok[nx].ws == KN_WS_NONE)
    return 0;   /* Seoul-based */
  if (r->first > 0 && tok[r->first - 1].kind == KN_TK_PUNCT && k->text[tok[r->first - 1].start] == '-' &&
      tok[r->first].ws == KN_WS_NONE)
    return 0;   /* Washington-Seoul flight: part of a compound */
  if (tok_key_is(k, nx, WL_PLACE_NOUNS)) return 0;
  /* coordinated capitals share the context of the first ("in Seoul and Tokyo") */
  uint32_t head = r->first;
  for (size_t i = j; i > 0; i--) {
    const kn_raw *p = &k->raw[i - 1];
    uint32_t gap = k->raw[i].first - p->last;
    int linked = gap == 2 && (tok_key_is(k, p->last + 1, WL_AND) ||
                              (tok[p->last + 1].kind == KN_TK_PUNCT && k->text[tok[p->last + 1].start] == ','));
    if (!linked) break;
    head = p->first;
  }
  long prev = (long)head - 1;
  if (prev >= 0 && tok_key_is(k, (uint32_t)prev, WL_THE)) prev--;
  if (prev < 0) return 1;
  if (tok_key_is(k, (uint32_t)prev, WL_FROM)) {
    /* "condemnation from Seoul" is the government, "flew from Seoul" the place */
    for (long q = prev - 1; q >= 0 && q >= prev - 4; q--)
      if (tok_key_is(k, (uint32_t)q, WL_MOTION)) return 0;
    return 1;
  }
  if (tok_key_is(k, (uint32_t)prev, WL_LOCATIVE)) return 0;
  return 1;
}

/* ---------------------------------------------------------- new people */

/* Capitalised words from token t on (names glued with hyphens included),
** not starting a raw match (a short form may start it: "Kim Yong Hwan"):
** returns the last token of the name, or -1. */
static long new_name_at(const lk *k, size_t from_raw, uint32_t t) {
  const kn_token *tok = k->tk->tok;
  size_t ntok = k->tk->ntok;
  long rj = t < ntok ? raw_at(k, from_raw, t) : -1;
  if (t >= ntok || (rj >= 0 && !only_short(k, &k->raw[rj]))) return -1;
  long last = -1;
  int words = 0;
  uint32_t i = t;
  while (i < ntok && words < 4) {
    const kn_token *x = &tok[i];
    if (x->kind != KN_TK_WORD || (x->flags & (KN_TF_SKIP | KN_TF_HANGUL)) || x->ws >= KN_WS_LINE) break;
    if (i > t && x->ws != KN_WS_SPACE) break;
    if (!(x->flags & KN_TF_CAP) || ((x->flags & KN_TF_ABBR) && !(x->flags & KN_TF_INITIAL))) break;
    /* (not "In" of a given name glued to its second part: "Kim In-ae") */
    if (tok_key_is(k, i, WL_NOT_NAMES) &&
        !(i > t && i + 2 < ntok && tok[i + 1].kind == KN_TK_PUNCT && k->text[tok[i + 1].start] == '-' &&
          tok[i + 1].len == 1 && tok[i + 1].ws == KN_WS_NONE && tok[i + 2].ws == KN_WS_NONE &&
          tok[i + 2].kind == KN_TK_WORD && (tok[i + 2].flags & KN_TF_LOWER)))
      break;
    if (i > t && raw_at(k, from_raw, i) >= 0) break;
    last = (long)i;
    words++;
    i++;
    /* hyphenated given names: Yong-hwan */
    while (i + 1 < ntok && tok[i].kind == KN_TK_PUNCT && k->text[tok[i].start] == '-' &&
           tok[i].len == 1 && tok[i].ws == KN_WS_NONE && tok[i + 1].ws == KN_WS_NONE &&
           tok[i + 1].kind == KN_TK_WORD) {
      last = (long)(i + 1);
      i += 2;
    }
  }
  return last;
}

static void slugify(const char *s, size_t n, char *out, size_t cap) {
  char key[256];
  size_t kl = kn_key(s, n, key, sizeof key);
  if (kl > sizeof key) kl = sizeof key;
  size_t o = 0;
  int dash = 0;
  for (size_t i = 0; i < kl && o + 5 < cap; i++) {
    char c = key[i];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && o) out[o++] = '-';
      dash = 0;
      out[o++] = c;
    } else if (c == '+') {
      if (o) out[o++] = '-';
      memcpy(out + o, "plus", 4); o += 4; dash = 1;
    } else dash = 1;
  }
  out[o] = 0;
}

static kn_status new_person(lk *k, uint32_t first, uint32_t last, int32_t office, int32_t *out) {
  kn_linker *L = k->L;
  const kn_token *tok = k->tk->tok;
  char name[64];
  size_t o = 0;
  for (uint32_t i = first; i <= last; i++) {
    if (i > first && tok[i].ws != KN_WS_NONE && o + 1 < sizeof name) name[o++] = ' ';
    for (uint32_t b = 0; b < tok[i].len && o + 1 < sizeof name; b++) name[o++] = k->text[tok[i].start + b];
  }
  name[o] = 0;
  char slug[64];
  slugify(name, o, slug, sizeof slug);
  if (!slug[0]) { *out = -1; return KN_OK; }
  char id[72];
  int idn = snprintf(id, sizeof id, "person/%s", slug);
  size_t idl = idn < 0 ? 0 : (size_t)idn < sizeof id ? (size_t)idn : sizeof id - 1;
  /* a hash of the ids seen: a text naming thousands of people stays linear */
  kn_status st = KN_OK;
  if (!k->newids && (st = kn_wordset_new(&k->newids, L->alloc, L->ud))) return st;
  int known = kn_wordset_get(k->newids, id, idl);
  if (known >= 0) { *out = KN_NEW(known); return KN_OK; }
  if (L->nne >= INT32_MAX / 2) return KN_ERANGE;
  st = kn_grow(L->alloc, L->ud, (void **)&L->ne, &L->capne, L->nne + 1, sizeof(kn_newent));
  if (st) return st;
  if ((st = kn_wordset_add(k->newids, id, idl, (int)L->nne))) return st;
  kn_newent *e = &L->ne[L->nne];
  memcpy(e->id, id, sizeof id);
  memcpy(e->name, name, o + 1);
  e->office = office;
  *out = KN_NEW(L->nne);
  L->nne++;
  return KN_OK;
}

/* -------------------------------------------------------------- offices */

/* The country or body named right before token t (allowing a possessive and
** one lower-case word in between), or -1. */
static int32_t modifier_before(const lk *k, uint32_t t) {
  const kn_token *tok = k->tk->tok;
  if (t == 0) return -1;
  uint32_t p = t - 1;
  if (tok[p].kind == KN_TK_WORD && (tok[p].flags & KN_TF_LOWER) && p > 0 &&
      !tok_key_is(k, p, WL_DETERMINERS)) p--;
  if (tok[p].kind == KN_TK_CLITIC && p > 0) p--;
  for (size_t i = k->L->nm; i-- > 0;) {
    const kn_mention *m = &k->L->m[i];
    if (m->last == p) {
      if (m->type == KN_ET_COUNTRY || m->type == KN_ET_ORG) return m->entity;
      return -1;
    }
    if (m->last < p) break;
  }
  return -1;
}

/* Does office (or organisation) belong to the country or body mod? */
static int office_of_matches(const lk *k, int32_t office, int32_t mod) {
  int32_t of = kn_gaz_of(k->g, office);
  if (of < 0 || mod < 0) return 0;
  if (of == mod) return 1;
  if (kn_gaz_of(k->g, of) == mod) return 1;   /* an office of a body of that country */
  /* "JCS Chairman": a body of the office's country names it */
  return kn_gaz_type(k->g, mod) == KN_ET_ORG && kn_gaz_of(k->g, mod) == of;
}

/* Resolves among the targets of how (titles or generics) of raw r. */
static int32_t resolve_by_context(lk *k, const kn_raw *r, int how, int32_t mod, int allow_fallback) {
  int32_t single = -1;
  int n = 0;
  int32_t by_of = -1, by_recent = -1;
  long recent_tok = -1;
  for (uint32_t q = 0; q < r->tcount; q++) {
    const kn_target *t = tgt(k, r, q);
    if (t->how != how || !target_ok(k, r, t)) continue;
    n++; single = t->ent;
    if (mod >= 0 && by_of < 0 && office_of_matches(k, t->ent, mod)) by_of = t->ent;
    long s = last_seen(k, t->ent);
    if (s > recent_tok) { recent_tok = s; by_recent = t->ent; }
  }
  if (mod >= 0) return by_of;
  if (!allow_fallback) return -1;
  if (by_recent >= 0) return by_recent;
  int32_t mc = main_country(k);
  for (uint32_t q = 0; mc >= 0 && q < r->tcount; q++) {
    const kn_target *t = tgt(k, r, q);
    if (t->how == how && target_ok(k, r, t) && kn_gaz_of(k->g, t->ent) == mc) return t->ent;
  }
  if (n == 1) return single;
  /* "President Yoon Suk-yeol will fly to Washington …, the presidential
  ** office announced", "convened an emergency session of his National
  ** Security Council": the body of the country the nearest name before it
  ** belongs to (a country, or an office, body or place of one; not a
  ** demonym, an adjective of other people) */
  for (size_t i = k->L->nm, steps = 0; i-- > 0 && steps < 32; steps++) {
    int32_t e = k->L->m[i].entity;
    if (e < 0 || k->L->m[i].how == KN_HOW_DEMONYM) continue;     /* "his Japanese counterpart": an adjective */
    int32_t c = kn_gaz_type(k->g, e) == KN_ET_COUNTRY ? e : kn_gaz_of(k->g, e);
    if (c < 0) continue;
    for (uint32_t q = 0; q < r->tcount; q++) {
      const kn_target *t = tgt(k, r, q);
      if (t->how == how && target_ok(k, r, t) && kn_gaz_of(k->g, t->ent) == c) return t->ent;
    }
  }
  return -1;
}

static kn_status discrepancy(lk *k, int32_t office, int32_t named) {
  if (!k->day) return KN_OK;
  int32_t holder = kn_gaz_holder(k->g, office, k->day);
  if (holder == named) return KN_OK;
  kn_linker *L = k->L;
  kn_status st = kn_grow(L->alloc, L->ud, (void **)&L->dis, &L->capdis, L->ndis + 1, sizeof(kn_discrepancy));
  if (st) return st;
  kn_discrepancy *d = &L->dis[L->ndis++];
  d->mention = (uint32_t)(L->nm - 1);
  d->office = office; d->named = named; d->holder = holder;
  return KN_OK;
}

/* The person (known, full name) of raw match j, or -1. */
static int32_t person_of(const lk *k, const kn_raw *r) {
  for (uint32_t q = 0; q < r->tcount; q++) {
    const kn_target *t = tgt(k, r, q);
    if ((t->how == KN_T_NAME || t->how == KN_T_ALIAS) && target_ok(k, r, t) && t->type == KN_ET_PERSON)
      return t->ent;   /* (t->type: kn_gaz_type of t->ent, set by kn_gaz_compile) */
  }
  return -1;
}

/* A short form of raw r that is the holder of office o (Prime Minister Ishiba). */
static int32_t short_holder(const lk *k, const kn_raw *r, int32_t office) {
  int32_t h = k->day ? kn_gaz_holder(k->g, office, k->day) : -1;
  for (uint32_t q = 0; q < r->tcount; q++) {
    const kn_target *t = tgt(k, r, q);
    if (t->how == KN_T_SHORT && target_ok(k, r, t) && (t->ent == h || (h < 0 && kn_gaz_held(k->g, office, t->ent) >= 0)))
      return t->ent;
  }
  return -1;
}

/* n bytes of a and w equal, ASCII case folded. */
static int same_folded(const char *a, const char *w, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (kn_lower((unsigned char)a[i]) != kn_lower((unsigned char)w[i])) return 0;
  return 1;
}

/* The word of a new person's name a short form can be: the first (family
** names first: "Kim" of "Kim Yong Hwan") or the last ("Smithers" of "Rob
** Smithers"); ASCII case folded. */
static int name_word_is(const char *name, const char *w, size_t n) {
  size_t len = strlen(name), a = 0, b = len;
  while (a < len && name[a] != ' ') a++;                  /* first word: [0, a) */
  while (b > 0 && name[b - 1] != ' ') b--;                /* last word: [b, len) */
  return (a == n && same_folded(name, w, n)) || (b > 0 && len - b == n && same_folded(name + b, w, n));
}

/* A new person (introduced by a title or rank earlier in the document) of
** whom the one-token raw match r is a short form, mentioned after token
** `after`; the most recently mentioned of the last few. Returns KN_NEW(i)
** and sets *at, or -1. */
static int32_t new_short(const lk *k, const kn_raw *r, long after, long *at) {
  if (r->first != r->last || !k->L->nne) return -1;
  const kn_token *t = &k->tk->tok[r->first];
  int32_t best = -1;
  size_t lo = k->L->nne > 16 ? k->L->nne - 16 : 0;
  for (size_t i = k->L->nne; i-- > lo;) {
    long s = last_seen(k, KN_NEW(i));
    if (s > after && name_word_is(k->L->ne[i].name, k->text + t->start, t->len)) {
      after = s; best = KN_NEW(i); *at = s;
    }
  }
  return best;
}

/* The office among title r's whose holder on the document's day has the
** short form sr ("President Biden"), or -1; the holder in *who. */
static int32_t title_of_short(const lk *k, const kn_raw *r, const kn_raw *sr, int32_t *who) {
  if (!k->day) return -1;
  for (uint32_t q = 0; q < r->tcount; q++) {
    const kn_target *x = tgt(k, r, q);
    if (x->how != KN_T_TITLE || !target_ok(k, r, x)) continue;
    int32_t h = kn_gaz_holder(k->g, x->ent, k->day);
    if (h < 0) continue;
    for (uint32_t i = 0; i < sr->tcount; i++) {
      const kn_target *t = tgt(k, sr, i);
      if (t->how == KN_T_SHORT && t->ent == h && target_ok(k, sr, t)) { *who = h; return x->ent; }
    }
  }
  return -1;
}

/* ---------------------------------------------------------------- main */

/* The entity a full name or alias links to, its how (*how) and its type
** (*type: the target's, which kn_gaz_compile set to kn_gaz_type). */
static int32_t pick_full(const lk *k, const kn_raw *r, int *how, int *type) {
  /* the rank of each type when entities share a name: country, org,
  ** person, location, meeting, office; 6 for any other */
  static const unsigned char RANK[KN_ET_OFFICE + 1] = { [0] = 6, [KN_ET_COUNTRY] = 0, [KN_ET_ORG] = 1,
    [KN_ET_PERSON] = 2, [KN_ET_LOCATION] = 3, [KN_ET_MEETING] = 4, [KN_ET_OFFICE] = 5 };
  int32_t best = -1;
  long best_seen = -1;
  int best_rank = 99;
  for (uint32_t q = 0; q < r->tcount; q++) {
    const kn_target *t = tgt(k, r, q);
    if ((t->how != KN_T_NAME && t->how != KN_T_ALIAS) || !target_ok(k, r, t)) continue;
    int rank = t->type <= KN_ET_OFFICE ? RANK[t->type] : 6;
    long s = last_seen(k, t->ent);
    if (best < 0 || s > best_seen || (s == best_seen && rank < best_rank)) {
      best = t->ent; best_seen = s; best_rank = rank; *how = t->how == KN_T_NAME ? KN_HOW_NAME : KN_HOW_ALIAS;
      *type = t->type;
    }
  }
  return best;
}

kn_status kn_link_run(kn_linker *L, const kn_gaz *g, const char *text, const kn_tokenizer *tk,
                      const kn_anchor *a) {
  L->nm = L->nne = L->ndis = 0;
  if (!kn_gaz_compiled(g)) return KN_EINVAL;
  lk k;
  memset(&k, 0, sizeof k);
  k.L = L; k.g = g; k.au = kn_gaz_automaton(g); k.text = text; k.tk = tk;
  k.day = a && a->year ? a->year * 10000 + a->month * 100 + a->day : 0;
  if (!L->scratch) {
    L->scratch = L->alloc(L->ud, NULL, 0, sizeof(lk_scratch));
    if (!L->scratch) return KN_ENOMEM;
    memset(L->scratch, 0, sizeof(lk_scratch));
    L->capscratch = sizeof(lk_scratch);
    wordlists_init(L->scratch);
  }
  lk_scratch *sc = L->scratch;
  k.wl = (const uint32_t (*)[26])sc->wl;
  k.sc = sc;
  k.raw = sc->raw; k.capraw = sc->capraw;
  k.recent = sc->recent; k.caprecent = sc->caprecent;
  k.slot = sc->slot; k.nslot = sc->nslot;
  kn_status st = KN_OK;
  if (!k.nslot) {
    k.slot = L->alloc(L->ud, NULL, 0, 64 * sizeof(uint32_t));
    if (!k.slot) { st = KN_ENOMEM; goto cleanup; }
    k.nslot = 64;
  }
  memset(k.slot, 0, k.nslot * sizeof(uint32_t));
  st = kn_au_scan_into(k.au, text, tk->tok, tk->ntok, L->alloc, L->ud, &k.raw, &k.nraw, &k.capraw);
  if (st) goto cleanup;
  k.main_country = -2;
  const kn_token *tok = tk->tok;
  for (size_t j = 0; j < k.nraw; j++) {
    const kn_raw *r = &k.raw[j];
    int how = 0;
    /* the kinds of target this name has (its state's, kept by the
    ** automaton): a short name of 2,000 people (100k extra entities) skips
    ** four passes over them */
    unsigned hows = r->hows;
#define HAS(h) (hows & (1u << (h)))
    int ty = 0;
    int32_t e = HAS(KN_T_NAME) || HAS(KN_T_ALIAS) ? pick_full(&k, r, &how, &ty) : -1;
    const kn_target *t;
    if (e >= 0) {
      int32_t mt = ty == KN_ET_LOCATION ? kn_gaz_metonym(g, e) : -1;
      if (mt >= 0 && metonym_context(&k, j)) {
        st = add_mention(&k, r->first, r->last, mt, kn_gaz_type(g, mt), KN_HOW_METONYM, -1);
        if (!st) st = remember(&k, mt, r->first);
      } else {
        st = add_mention(&k, r->first, r->last, e, ty, how, -1);
        if (!st) st = remember(&k, e, r->first);
      }
    } else if (HAS(KN_T_DEMONYM) && (t = find_how(&k, r, KN_T_DEMONYM)) != NULL) {
      st = add_mention(&k, r->first, r->last, t->ent, t->type, KN_HOW_DEMONYM, -1);
      if (!st) st = remember(&k, t->ent, r->first);
    } else if ((HAS(KN_T_TITLE) && find_how(&k, r, KN_T_TITLE)) || (HAS(KN_T_GENERIC) && find_how(&k, r, KN_T_GENERIC))) {
      int is_title = HAS(KN_T_TITLE) && find_how(&k, r, KN_T_TITLE) != NULL;
      int hw = is_title ? KN_T_TITLE : KN_T_GENERIC;
      int former = r->first > 0 && tok_key_is(&k, r->first - 1, WL_FORMER);
      if (!former && r->first > 1 && tok[r->first - 1].kind == KN_TK_PUNCT && k.text[tok[r->first - 1].start] == '-' &&
          tok_key_is(&k, r->first - 2, WL_FORMER))
        former = 1;
      int32_t mod = modifier_before(&k, r->first);
      int determiner = r->first > 0 && (tok_key_is(&k, r->first - 1, WL_DETERMINERS) ||
                                        (is_title && tok_key_is(&k, r->first - 1, WL_HONORIFICS)));
      if (is_title && !former && r->first > 0 && (tok[r->first].flags & KN_TF_LOWER)) {
        /* a lower-case title: the word before it, or before the country
        ** named right before it, may make it a class or another post */
        uint32_t b = r->first - 1;
        if (mod >= 0 && k.L->nm > 0 && k.L->m[k.L->nm - 1].last + 1 >= r->first - 1 && k.L->m[k.L->nm - 1].first > 0)
          b = k.L->m[k.L->nm - 1].first - 1;
        former = tok_key_is(&k, r->first - 1, WL_NOT_INCUMBENT) || tok_key_is(&k, b, WL_NOT_INCUMBENT);
      }
      if (!is_title) {
        /* an organisation named generically: the Defense Ministry */
        int32_t o = resolve_by_context(&k, r, hw, mod, mod >= 0 || determiner || !(tok[r->first].flags & KN_TF_LOWER));
        if (o >= 0 && (mod >= 0 || determiner || !(tok[r->first].flags & KN_TF_LOWER))) {
          st = add_mention(&k, r->first, r->last, o, kn_gaz_type(g, o), KN_HOW_ALIAS, -1);
          if (!st) st = remember(&k, o, r->first);
        }
      } else if (!former) {
        long nj = (j + 1 < k.nraw && k.raw[j + 1].first == r->last + 1) ? (long)(j + 1) : -1;
        int32_t p = nj >= 0 ? person_of(&k, &k.raw[nj]) : -1;
        if (nj < 0 && k.day && j + 1 < k.nraw && k.raw[j + 1].first == r->last + 2 &&
            tok[r->last + 1].kind == KN_TK_PUNCT && k.text[tok[r->last + 1].start] == ',') {
          /* "the leader, Kim Jong Un": an apposition names the holder when
          ** that person holds one of the title's offices that day (a list
          ** goes on with anyone) */
          int32_t ap = person_of(&k, &k.raw[j + 1]);
          for (uint32_t q = 0; ap >= 0 && q < r->tcount; q++) {
            const kn_target *x = tgt(&k, r, q);
            if (x->how == KN_T_TITLE && target_ok(&k, r, x) && kn_gaz_holder(g, x->ent, k.day) == ap &&
                (mod < 0 || office_of_matches(&k, x->ent, mod))) { p = ap; break; }
          }
        }
        int32_t office = -1, holder = -1, named = -1, o2;
        if (p >= 0) {
          /* the office the person holds that day, else held */
          int32_t held_any = -1;
          for (uint32_t q = 0; q < r->tcount; q++) {
            const kn_target *x = tgt(&k, r, q);
            if (x->how != KN_T_TITLE || !target_ok(&k, r, x)) continue;
            if (k.day && kn_gaz_holder(g, x->ent, k.day) == p) { office = x->ent; break; }
            if (held_any < 0 && kn_gaz_held(g, x->ent, p) >= 0) held_any = x->ent;
          }
          if (office < 0 && held_any >= 0 && (mod < 0 || office_of_matches(&k, held_any, mod))) office = held_any;
          if (office < 0) office = resolve_by_context(&k, r, hw, mod, 0);
          named = p;
        } else if (nj >= 0 && new_name_at(&k, j + 1, r->last + 1) <= (long)k.raw[nj].last &&
                   (office = resolve_by_context(&k, r, hw, mod, 1)) >= 0 &&
                   (p = short_holder(&k, &k.raw[nj], office)) >= 0) {
          named = p;
        } else if (nj >= 0 && new_name_at(&k, j + 1, r->last + 1) <= (long)k.raw[nj].last &&
                   (o2 = title_of_short(&k, r, &k.raw[nj], &p)) >= 0) {
          /* "President Biden" with no country named: the title whose holder
          ** that day has this short form */
          office = o2;
          named = p;
        } else {
          long last = new_name_at(&k, j + 1, r->last + 1);
          if (last >= 0 && (tok[r->first].flags & KN_TF_CAP)) {
            office = resolve_by_context(&k, r, hw, mod, 1);
            if (office >= 0) {
              st = new_person(&k, r->last + 1, (uint32_t)last, office, &named);
              if (st) goto cleanup;
            }
          } else if (mod >= 0 || determiner) {
            office = resolve_by_context(&k, r, hw, mod, 1);
            if (office >= 0 && k.day) holder = kn_gaz_holder(g, office, k.day);
          }
        }
        if (office >= 0) {
          if (named != -1) holder = named;
          st = add_mention(&k, r->first, r->last, office, KN_ET_OFFICE, KN_HOW_OFFICE, holder);
          if (!st) st = remember(&k, office, r->first);
          if (!st && named != -1) st = discrepancy(&k, office, named);
          if (!st && named != -1 && named < -1) {
            /* the new person's own mention */
            long last = new_name_at(&k, j + 1, r->last + 1);
            if (last >= 0) {
              st = add_mention(&k, r->last + 1, (uint32_t)last, named, KN_ET_PERSON, KN_HOW_NEW, -1);
              if (!st) st = remember(&k, named, r->last + 1);
              /* raw matches inside the new name ("Kim" of "Kim Yong Hwan") are spent */
              while (j + 1 < k.nraw && k.raw[j + 1].first <= (uint32_t)last) j++;
            }
          } else if (!st && named >= 0 && nj >= 0 && person_of(&k, &k.raw[nj]) < 0) {
            /* Prime Minister Ishiba: the short form is the holder */
            const kn_raw *sr = &k.raw[nj];
            st = add_mention(&k, sr->first, sr->last, named, KN_ET_PERSON, KN_HOW_SHORT, -1);
            if (!st) st = remember(&k, named, sr->first);
            j++;
          }
        }
      }
    } else if (HAS(KN_T_SHORT) && (t = find_how(&k, r, KN_T_SHORT)) != NULL) {
      /* the most recently named entity with this short form */
      int32_t best = -1;
      int best_type = 0;
      long best_tok = -1;
      for (uint32_t q = 0; q < r->tcount; q++) {
        const kn_target *x = tgt(&k, r, q);
        if (x->how != KN_T_SHORT) continue;
        long s = last_seen(&k, x->ent);
        if (s > best_tok && target_ok(&k, r, x)) { best_tok = s; best = x->ent; best_type = x->type; }
      }
      /* or a person the document introduced, named more recently */
      int32_t nw = new_short(&k, r, best_tok, &best_tok);
      if (nw != -1) {
        st = add_mention(&k, r->first, r->last, nw, KN_ET_PERSON, KN_HOW_SHORT, -1);
        if (!st) st = remember(&k, nw, r->first);
      } else if (best >= 0) {
        st = add_mention(&k, r->first, r->last, best, best_type, KN_HOW_SHORT, -1);
        if (!st) st = remember(&k, best, r->first);
      }
    } else if (HAS(KN_T_RANK) && find_how(&k, r, KN_T_RANK)) {
      long last = new_name_at(&k, j + 1, r->last + 1);
      /* "Mr. Yoon" after "Yoon Suk Yeol": the short form right after the
      ** rank links on the next step; a new person here would overlap it */
      int short_next = j + 1 < k.nraw && k.raw[j + 1].first == r->last + 1 && short_seen(&k, &k.raw[j + 1]);
      if (last >= 0 && !short_next &&
          ((tok[r->first].flags & (KN_TF_CAP | KN_TF_ABBR)) || tok_key_is(&k, r->last, WL_SPOKES))) {
        int32_t named;
        st = new_person(&k, r->last + 1, (uint32_t)last, -1, &named);
        if (!st && named != -1) {
          st = add_mention(&k, r->last + 1, (uint32_t)last, named, KN_ET_PERSON, KN_HOW_NEW, -1);
          if (!st) st = remember(&k, named, r->last + 1);
          /* raw matches inside the new name are spent */
          while (j + 1 < k.nraw && k.raw[j + 1].first <= (uint32_t)last) j++;
        }
      }
    }
    if (st) goto cleanup;
  }
#undef HAS
cleanup:
  sc->raw = k.raw; sc->capraw = k.capraw;
  sc->recent = k.recent; sc->caprecent = k.caprecent;
  sc->slot = k.slot; sc->nslot = k.nslot;
  kn_wordset_free(k.newids);
  return st;
}
