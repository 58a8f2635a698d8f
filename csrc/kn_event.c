/*
** kn_event.c -- event extraction: triggers from a lexicon (data/events.txt)
** and from named meetings, arguments from the sentence around them.
**
** Rules (corpus/ANNOTATION.md, "Events"):
**  - A trigger is a lexicon word with its context words and conditions, or a
**    MEETING mention. A lexicon word inside an entity mention is not one
**    (the "summit" of "NATO summit"); negated or hypothetical ones (not,
**    cancelled, could, …: the @negation class within three words before) are
**    dropped.
**  - The clause of a trigger is its sentence cut at strong boundaries
**    (";", "while", "amid", "although", "because", "whereas", ", which",
**    ", who"). Participants are the people, organisations and countries
**    named in it; an office gives its holder, a demonym its country. Not
**    participants: a country or demonym right before a person, office or body
**    it qualifies ("South Korean Foreign Minister Cho"); news outlets (role
**    media); the speaker of a reporting verb after a comma (", Austin said"),
**    and whoever follows "according to".
**  - A trigger with no participants of its own and a definite or pronoun
**    subject ("the meeting", "the talks", "they") continues the previous event
**    of the document: it takes its participants (and date, when it has none),
**    as does the noun phrase "it" is ("It was the North's first ICBM test");
**    an infinitive ("is expected to brief") takes no past event's date.
**  - A noun naming again the event the sentence before tells of ("The
**    gathering was …", "after the meeting", "His visit …") adds the parties
**    of that sentence's first event of its kind, or, when that sentence
**    holds no event, whoever it names; nobody when it tells of other events.
**  - The date is the nearest DATE or TIME expression of the clause (a time
**    counts for its day; a dateline's date never does); "from X to Y" and
**    "Oct. 28-30" give date and date_end; vague references give none.
**  - The location is the nearest place (or country) after "in", "at", "to",
**    "inside" or right after a visit verb; datelines are not locations.
**  - Modality: planned with a future cue in the clause (will, to be held,
**    set to, scheduled, plans, expected, upcoming, next, ahead of, …) or a
**    date after the publication date; reported with an attribution cue
**    (according to, reportedly, allegedly, claimed, believed, assessed,
**    intelligence); occurred otherwise.
**  - An undated meeting, visit, briefing or agreement stated as fact within
**    three sentences after the body's first event dated to a day (or the
**    lead's day, when the lead tells its event with no trigger), in a
**    sentence with no date or time of its own, takes that date (the
**    article's main event).
**  - An undated statement, communique or briefing that opens its sentence
**    as its frame ("In a statement, the NIS said …"), or follows the verb
**    of saying it carries ("the spokesperson said in a written briefing
**    that …", whose speaker is its party), takes the last day
**    named in the sentence before, else the article's main event's day;
**    a counting subject after it ("…, the three said") stands for the
**    people the sentence before names when they are that many.
**  - A headline (a first line with no final period) event takes the date
**    of the lead's first event of its kind, or none, unless the headline
**    gives a date of its own.
**  - Two triggers of one family in a sentence with the same participants and
**    date are one event, on the first.
*/
#include <stdio.h>
#include <stdlib.h>
#include "kn_internal.h"
#include "kn_gaz_internal.h"

static const char *const TYPE_NAMES[] = { "?", "meeting", "talks", "call", "visit", "briefing",
  "statement", "agreement", "invitation", "deployment", "exercise", "weapons_test", "ruling", "other" };
static const char *const CAMEO[] = { "000", "044", "046", "041", "042", "064", "010", "057", "036",
  "154", "150", "150", "116", "000" };
static const char *const PLOVER[] = { "OTHER", "CONSULT", "CONSULT", "CONSULT", "CONSULT", "COOPERATE",
  "OTHER", "SUPPORT", "AGREE", "MOBILIZE", "MOBILIZE", "MOBILIZE", "ACCUSE", "OTHER" };

const char *kn_event_type_name(int type) {
  return type >= 1 && type <= KN_EV_NTYPES ? TYPE_NAMES[type] : "other";
}

int kn_event_type_parse(const char *name, size_t n) {
  for (int t = 1; t <= KN_EV_NTYPES; t++)
    if (strlen(TYPE_NAMES[t]) == n && memcmp(TYPE_NAMES[t], name, n) == 0) return t;
  return 0;
}

static int consult_family(int type) {
  return type == KN_EV_MEETING || type == KN_EV_TALKS || type == KN_EV_CALL || type == KN_EV_VISIT;
}

const char *kn_event_cameo(int type, int modality) {
  if (type < 1 || type > KN_EV_NTYPES) type = KN_EV_OTHER;
  if (modality == KN_MOD_PLANNED && consult_family(type)) return "036";
  return CAMEO[type];
}

const char *kn_event_plover(int type, int modality) {
  if (type < 1 || type > KN_EV_NTYPES) type = KN_EV_OTHER;
  if (modality == KN_MOD_PLANNED && consult_family(type)) return "AGREE";
  return PLOVER[type];
}

/* ------------------------------------------------------------ lexicon */

#define MAXCTX 3
#define MAXCLASS 30
#define MAXFIELDS 128   /* words on one line of the lexicon */

typedef struct lexent {
  uint8_t type, nleft, nright;
  int8_t needs, not_;              /* class ids, -1 none */
  int32_t next;                    /* next entry with the same head, -1 */
  char *left[MAXCTX], *right[MAXCTX];   /* context keys (arena), nearest first */
  uint64_t lk0[MAXCTX], rk0[MAXCTX];    /* their first 8 bytes, zero-padded (as wk) */
  uint8_t llen[MAXCTX], rlen[MAXCTX];   /* and lengths (as wl) */
} lexent;

/* The longest word of a lexicon phrase, in bytes of its key: a token's
** key is kept (wl) only up to this length, and a context key's length
** must fit its uint8_t (llen, rlen) without wrapping. */
#define MAXWORD 47
typedef char kn_ctx_len_fits[MAXWORD <= UINT8_MAX ? 1 : -1];

/* Sets a context key's first 8 bytes and length (entry_matches); the
** loader rejects a word over MAXWORD bytes before it gets here. */
static void ctx_key(const char *k, uint64_t *k0, uint8_t *len) {
  size_t n = strlen(k);
  uint64_t v = 0;
  memcpy(&v, k, n < 8 ? n : 8);
  *k0 = v; *len = (uint8_t)(n <= MAXWORD ? n : 0);
}

static kn_status build_cues(kn_evlex *x);

/* Filters of 2^HEADBITS bits over a word set's keys: a token whose bit is
** clear is in none of them, so most tokens skip the copy of their key and
** the lookup. The bit is a hash of the length and the first and last two
** bytes, each with bit 5 set: the same for a key and for the token bytes
** it is the lower case of (c | 0x20 is kn_lower(c) | 0x20 for every byte). */
#define HEADBITS 14
static inline uint32_t head_bit(const unsigned char *p, size_t n) {
  size_t a = n > 1 ? 1 : 0;
  uint32_t h = (uint32_t)((p[0] | 0x20) | (p[a] | 0x20) << 8 | (p[n - 1 - a] | 0x20) << 16) ^ ((uint32_t)p[n - 1] | 0x20) << 24;
  h = (h ^ (uint32_t)n) * 0x9E3779B1u;
  return h >> (32 - HEADBITS);
}
static inline void filter_add(uint64_t *f, const char *k, size_t n) {
  uint32_t b = head_bit((const unsigned char *)k, n);
  f[b >> 6] |= (uint64_t)1 << (b & 63);
}

/* A word of the rules' cue lists: the bit mask of the lists it is in. */
typedef struct cueword { uint64_t mask; const char *word; size_t len; } cueword;

/* The lexicon's words in one table, for the pass over a document's tokens
** (see tok_words): every key of up to WKEY ASCII bytes that is a cue word,
** a class word or a trigger head, with what it is. k0, k1: its bytes,
** zero-padded (memcpy order). A token whose key is such a key is looked up
** once, with one hash, instead of once per word set. */
#define WKEY 16
typedef struct wentry { uint64_t k0, k1; uint64_t cue; uint32_t cls; int32_t head; uint32_t len, flt; } wentry;

/* What a sentence holds for the trigger filters, so that most triggers
** skip their scans: SF_OFF a past form of the negation class after an
** auxiliary (called_off), SF_HABIT a word habitual looks for, SF_WOULD a
** "would" one or two tokens before one of its tokens (counterfactual).
** Each filter's guard is its own rule's condition: keep them in step
** (FILTER_WORDS, filter_words). A word's SF_* are in its entry (flt). */
/* Likewise for rules of emit_event and the trigger loop that look for
** one of a few words in the trigger's sentence: SF_ALLY "allies" or
** "alliance" (the alliance loops), SF_WISH a verb of wishing (unrealised),
** SF_ALONG "accompanied" (the "accompanied by" phrase), SF_EVERY "every"
** or "each" (every_one). */
/* SF_NEG: a word of the negation class, of the list OFF ("called off")
** or of FAIL ("failed to"), what negated looks for (set from the entry's
** flt, entry_flags). */
enum { SF_OFF = 1, SF_HABIT = 2, SF_WOULD = 4, SF_ALLY = 8, SF_WISH = 16, SF_ALONG = 32, SF_EVERY = 64, SF_NEG = 128 };
/* The SF_* a word sets in its own sentence (SF_WOULD is set in those of
** the tokens after it, SF_OFF by may_call_off). */
#define SF_OWN (SF_HABIT | SF_ALLY | SF_WISH | SF_ALONG | SF_EVERY | SF_NEG)
/* In a word's flt besides its SF_*: the word is of the class "negation"
** (tok_words calls may_call_off), WF_HEAD its head is not -1 (tok_words
** lists it: hl), WF_MARK clause_bounds may mark it (a comma or semicolon,
** a word of CLAUSE_CUES: listed in ml); set by entry_flags. */
#define WF_NEG 0x100u
#define WF_HEAD 0x200u
#define WF_MARK 0x400u

struct kn_evlex {
  kn_alloc alloc; void *ud;
  kn_arena arena;
  kn_wordset *heads;               /* head key -> first entry */
  kn_wordset *classes;             /* word key -> class bit mask */
  kn_wordset *classnames;          /* class name -> id */
  kn_wordset *cues;                /* word -> its index in cw */
  cueword *cw; size_t ncue, capcue;
  int16_t cueslot[1 << HEADBITS];  /* head_bit of a cue word -> its index in cw; -1 none, -2 several */
  uint64_t headbits[1 << (HEADBITS - 6)];   /* filters: trigger words, */
  uint64_t classbits[1 << (HEADBITS - 6)];  /* words of classes */
  int nclass;
  lexent *e; size_t ne, cape;
  kn_tokenizer tk;                 /* for parsing phrases */
  wentry *we; size_t nwe, capwe;   /* the words' table (wentry) */
  uint16_t *widx; unsigned wbits;  /* 2^wbits slots: an index in we + 1, 0 empty */
  int wbad;                        /* the table could not be kept: every token takes the word sets */
  int wlong;                       /* some key is not in the table (longer than WKEY, not ASCII) */
  /* The key of the character U+2000 + j (bytes E2 80 80+j: dashes, curly
  ** quotes, apostrophes) when kn_key makes one ASCII byte of it, else 0:
  ** made once here, so that the commonest tokens of no ASCII skip
  ** key_impl's decoding (words_slow). */
  char punct2000[64];
};

kn_status kn_evlex_new(kn_evlex **out, kn_alloc f, void *ud) {
  if (!f) f = kn_default_alloc;
  *out = NULL;
  kn_evlex *x = f(ud, NULL, 0, sizeof *x);
  if (!x) return KN_ENOMEM;
  memset(x, 0, sizeof *x);
  x->alloc = f; x->ud = ud;
  kn_arena_init(&x->arena, f, ud);
  kn_tok_init(&x->tk, f, ud, NULL);
  memset(x->cueslot, 0xff, sizeof x->cueslot);   /* all -1 */
  for (int j = 0; j < 64; j++) {
    const char u[3] = { (char)0xE2, (char)0x80, (char)(0x80 + j) };
    char k[8];
    size_t n = kn_key(u, 3, k, sizeof k);
    x->punct2000[j] = n == 1 && (unsigned char)k[0] < 0x80 ? k[0] : 0;
  }
  kn_status st;
  if ((st = kn_wordset_new(&x->heads, f, ud)) || (st = kn_wordset_new(&x->classes, f, ud)) ||
      (st = kn_wordset_new(&x->classnames, f, ud)) || (st = kn_wordset_new(&x->cues, f, ud)) ||
      (st = build_cues(x))) {
    kn_evlex_free(x);
    return st;
  }
  *out = x;
  return KN_OK;
}

void kn_evlex_free(kn_evlex *x) {
  if (!x) return;
  kn_wordset_free(x->heads);
  kn_wordset_free(x->classes);
  kn_wordset_free(x->classnames);
  kn_wordset_free(x->cues);
  kn_free(x->alloc, x->ud, x->cw, x->capcue * sizeof(cueword));
  kn_free(x->alloc, x->ud, x->e, x->cape * sizeof(lexent));
  kn_free(x->alloc, x->ud, x->we, x->capwe * sizeof(wentry));
  if (x->widx) kn_free(x->alloc, x->ud, x->widx, ((size_t)1 << x->wbits) * sizeof(uint16_t));
  kn_tok_free(&x->tk);
  kn_arena_free(&x->arena);
  x->alloc(x->ud, x, sizeof *x, 0);
}

size_t kn_evlex_count(const kn_evlex *x) { return x ? x->ne : 0; }

#define WT_K1 0x9E3779B97F4A7C15ull
#define WT_MUL 0xC2B2AE3D27D4EB4Full
/* (tok_words has its own copy, with the shift at hand) */
static inline uint32_t wt_hash(uint64_t k0, uint64_t k1, size_t n, unsigned bits) {
  uint64_t h = (k0 ^ (k1 * WT_K1) ^ (uint64_t)n) * WT_MUL;
  return (uint32_t)(h >> (64 - bits));
}

/* The slot of key k0/k1/n in the table: its entry's, or the empty one
** where it would go. */
static inline uint32_t wt_slot(const kn_evlex *x, uint64_t k0, uint64_t k1, size_t n) {
  uint32_t m = ((uint32_t)1 << x->wbits) - 1, h = wt_hash(k0, k1, n, x->wbits);
  for (;; h = (h + 1) & m) {
    uint16_t v = x->widx[h];
    if (!v) return h;
    const wentry *e = &x->we[v - 1];
    if (e->k0 == k0 && e->k1 == k1 && e->len == n) return h;
  }
}

/* The entry of key k (n bytes, lower case) in the words' table, added if
** new; NULL when the key cannot be in it (longer than WKEY, not ASCII) or
** when the table is given up (out of memory: then wbad is set and the
** extraction takes the word sets for every token). */
static wentry *wt_entry(kn_evlex *x, const char *k, size_t n) {
  if (x->wbad || n == 0) return NULL;
  if (n > WKEY) { x->wlong = 1; return NULL; }
  for (size_t i = 0; i < n; i++) if ((unsigned char)k[i] >= 0x80) { x->wlong = 1; return NULL; }
  unsigned char b[WKEY] = { 0 };
  memcpy(b, k, n);
  uint64_t k0, k1;
  memcpy(&k0, b, 8); memcpy(&k1, b + 8, 8);
  if (!x->widx || 2 * (x->nwe + 1) > ((size_t)1 << x->wbits)) {
    /* half full at most: grow and put the entries back */
    unsigned bits = x->widx ? x->wbits + 1 : 10;
    if (bits > 17) { x->wbad = 1; return NULL; }   /* indexes are 16 bits */
    uint16_t *idx = x->alloc(x->ud, NULL, 0, ((size_t)1 << bits) * sizeof(uint16_t));
    if (!idx) { x->wbad = 1; return NULL; }
    memset(idx, 0, ((size_t)1 << bits) * sizeof(uint16_t));
    if (x->widx) kn_free(x->alloc, x->ud, x->widx, ((size_t)1 << x->wbits) * sizeof(uint16_t));
    x->widx = idx; x->wbits = bits;
    for (size_t i = 0; i < x->nwe; i++) x->widx[wt_slot(x, x->we[i].k0, x->we[i].k1, x->we[i].len)] = (uint16_t)(i + 1);
  }
  uint32_t h = wt_slot(x, k0, k1, n);
  if (x->widx[h]) return &x->we[x->widx[h] - 1];
  if (x->nwe >= 0xffff || kn_grow(x->alloc, x->ud, (void **)&x->we, &x->capwe, x->nwe + 1, sizeof(wentry))) {
    x->wbad = 1;
    return NULL;
  }
  x->we[x->nwe] = (wentry){ k0, k1, 0, 0, -1, (uint32_t)n, 0 };
  x->widx[h] = (uint16_t)++x->nwe;
  return &x->we[x->nwe - 1];
}

static void lx_err(char *err, size_t cap, size_t *len, int *n, const char *name, size_t line, const char *msg) {
  (*n)++;
  if (!err || !cap || *n > 20) return;
  int w = snprintf(err + *len, cap - *len, "%s%s:%zu: %s", *len ? "\n" : "", name, line, msg);
  if (w > 0) *len += (size_t)w < cap - *len ? (size_t)w : cap - *len - 1;
}

static int is_glued_hyphen(const char *s, const kn_token *tok, size_t i, size_t n) {
  const kn_token *k = &tok[i];
  return k->kind == KN_TK_PUNCT && k->len == 1 && s[k->start] == '-' && k->ws == KN_WS_NONE &&
         i > 0 && i + 1 < n && tok[i + 1].ws == KN_WS_NONE;
}

/* Key of word w (a NUL-terminated copy in a small buffer). */
static size_t word_key(const char *s, size_t n, char *out, size_t cap) {
  size_t k = kn_key(s, n, out, cap - 1);
  if (k >= cap) return 0;
  out[k] = 0;
  return k;
}

typedef struct staged { lexent e; char head[MAXWORD + 1]; } staged;

static void entry_flags(kn_evlex *x);

kn_status kn_evlex_load(kn_evlex *x, const char *name, const char *s, size_t n, char *err, size_t errcap) {
  size_t elen = 0;
  int nerr = 0;
  if (err && errcap) err[0] = 0;
  if (!name) name = "events";
  staged *st = NULL;
  size_t nst = 0, capst = 0;
  kn_status rc = KN_OK;
  /* class definitions are applied only when the whole text is valid */
  char (*cwords)[48] = NULL;
  int *cids = NULL;
  size_t ncw = 0, capcw = 0, capci = 0;
  size_t line = 0, i = 0;
  int nclass = x->nclass;
  /* class names first defined by this text: forgotten again on error */
  const char *newcls[MAXCLASS];
  size_t newclsl[MAXCLASS];
  int nnew = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && s[j] != '\n') j++;
    line++;
    const char *a = s + i, *e = s + j;
    i = j + 1;
    while (a < e && (*a == ' ' || *a == '\t' || *a == '\r')) a++;
    while (e > a && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) e--;
    if (a == e || *a == '#') continue;
    /* keys are C strings: a NUL would cut one short (or empty) */
    if (memchr(a, 0, (size_t)(e - a))) { lx_err(err, errcap, &elen, &nerr, name, line, "NUL byte in line"); continue; }
    /* split into fields */
    const char *f[MAXFIELDS];
    size_t fl[MAXFIELDS];
    int nf = 0, toomany = 0;
    for (const char *p = a; p < e;) {
      while (p < e && (*p == ' ' || *p == '\t')) p++;
      const char *q = p;
      while (q < e && *q != ' ' && *q != '\t') q++;
      if (q > p) {
        if (nf == MAXFIELDS) { toomany = 1; break; }
        f[nf] = p; fl[nf] = (size_t)(q - p); nf++;
      }
      p = q;
    }
    if (toomany) { lx_err(err, errcap, &elen, &nerr, name, line, "too many words on a line"); continue; }
    if (a[0] == '@') {
      if (fl[0] < 2 || nf < 2) { lx_err(err, errcap, &elen, &nerr, name, line, "a class needs a name and words"); continue; }
      int id = kn_wordset_get(x->classnames, f[0] + 1, fl[0] - 1);
      if (id < 0) {
        if (nclass >= MAXCLASS) { lx_err(err, errcap, &elen, &nerr, name, line, "too many classes"); continue; }
        id = nclass++;
        if ((rc = kn_wordset_add(x->classnames, f[0] + 1, fl[0] - 1, id))) goto cleanup;
        newcls[nnew] = f[0] + 1; newclsl[nnew] = fl[0] - 1; nnew++;
      }
      for (int k = 1; k < nf; k++) {
        if ((rc = kn_grow(x->alloc, x->ud, (void **)&cwords, &capcw, ncw + 1, sizeof *cwords))) goto cleanup;
        if ((rc = kn_grow(x->alloc, x->ud, (void **)&cids, &capci, ncw + 1, sizeof *cids))) goto cleanup;
        char buf[48];
        size_t kl = 0;
        /* hyphenated class words are also matched without the hyphen's part split */
        kl = word_key(f[k], fl[k], buf, sizeof buf);
        if (!kl) { lx_err(err, errcap, &elen, &nerr, name, line, "class word too long"); continue; }
        memcpy(cwords[ncw], buf, kl + 1);
        cids[ncw] = id;
        ncw++;
      }
      continue;
    }
    /* a trigger line: phrase words until a type name, then conditions */
    int ti = -1, type = 0;
    for (int k = 0; k < nf; k++) {
      int t = kn_event_type_parse(f[k], fl[k]);
      if (t && k > 0) { ti = k; type = t; break; }
    }
    if (ti < 0) { lx_err(err, errcap, &elen, &nerr, name, line, "expected a phrase and an event type"); continue; }
    staged sg;
    memset(&sg, 0, sizeof sg);
    sg.e.type = (uint8_t)type;
    sg.e.needs = sg.e.not_ = -1;
    for (int k = ti + 1; k < nf; k++) {
      int neg = 0;
      const char *v;
      size_t vl;
      if (fl[k] > 6 && memcmp(f[k], "needs:", 6) == 0) { v = f[k] + 6; vl = fl[k] - 6; }
      else if (fl[k] > 4 && memcmp(f[k], "not:", 4) == 0) { v = f[k] + 4; vl = fl[k] - 4; neg = 1; }
      else { lx_err(err, errcap, &elen, &nerr, name, line, "unknown condition (needs:CLASS or not:CLASS)"); v = NULL; vl = 0; }
      if (!v) continue;
      int id = kn_wordset_get(x->classnames, v, vl);
      if (id < 0) { lx_err(err, errcap, &elen, &nerr, name, line, "unknown class in a condition"); continue; }
      if (neg) sg.e.not_ = (int8_t)id; else sg.e.needs = (int8_t)id;
    }
    /* the phrase: tokenize the joined words, drop glued hyphens */
    const char *pa = f[0], *pe = f[ti - 1] + fl[ti - 1];
    char phrase[256];
    size_t pl = (size_t)(pe - pa);
    if (pl >= sizeof phrase) { lx_err(err, errcap, &elen, &nerr, name, line, "phrase too long (at most 255 bytes)"); continue; }
    int star = -1, w = 0, longw = 0;
    char words[8][MAXWORD + 1];
    {
      /* remove '*' marks, remembering which word had one */
      size_t o = 0;
      int word = 0, inword = 0;
      for (size_t k = 0; k < pl; k++) {
        char c = pa[k];
        if (c == ' ' || c == '\t') { inword = 0; phrase[o++] = ' '; continue; }
        if (!inword) { inword = 1; word++; }
        if (c == '*') { star = word; continue; }
        phrase[o++] = c;
      }
      phrase[o] = 0;
      pl = o;
    }
    if ((rc = kn_tok_tokens(&x->tk, phrase, pl))) goto cleanup;
    /* map space-separated word numbers to tokens: a star word's first token */
    int tok_of_word[9] = { 0 };
    {
      int word = 0;
      for (size_t k = 0; k < x->tk.ntok && w < 8; k++) {
        if (is_glued_hyphen(phrase, x->tk.tok, k, x->tk.ntok)) continue;
        if (x->tk.tok[k].ws != KN_WS_NONE || k == 0) { word++; if (word <= 8) tok_of_word[word] = w; }
        size_t kl = kn_tok_key(phrase, &x->tk.tok[k], words[w], sizeof words[w] - 1);
        if (kl > MAXWORD) { longw = 1; w = -1; break; }
        if (kl == 0) { w = -1; break; }   /* a lone mark has no key */
        words[w][kl] = 0;
        w++;
      }
    }
    if (longw) { lx_err(err, errcap, &elen, &nerr, name, line, "word too long (at most 47 bytes)"); continue; }
    if (w <= 0 || w > 1 + 2 * MAXCTX) { lx_err(err, errcap, &elen, &nerr, name, line, "bad phrase"); continue; }
    int head = star > 0 && star <= 8 ? tok_of_word[star] : w - 1;
    if (head >= w) head = w - 1;
    if (head > MAXCTX || w - 1 - head > MAXCTX) { lx_err(err, errcap, &elen, &nerr, name, line, "too many context words"); continue; }
    memcpy(sg.head, words[head], strlen(words[head]) + 1);
    sg.e.nleft = (uint8_t)head;
    sg.e.nright = (uint8_t)(w - 1 - head);
    for (int k = 0; k < head; k++) {
      sg.e.left[k] = kn_arena_strdup(&x->arena, words[head - 1 - k], strlen(words[head - 1 - k]));
      if (!sg.e.left[k]) { rc = KN_ENOMEM; goto cleanup; }
      ctx_key(sg.e.left[k], &sg.e.lk0[k], &sg.e.llen[k]);
    }
    for (int k = 0; k < w - 1 - head; k++) {
      sg.e.right[k] = kn_arena_strdup(&x->arena, words[head + 1 + k], strlen(words[head + 1 + k]));
      if (!sg.e.right[k]) { rc = KN_ENOMEM; goto cleanup; }
      ctx_key(sg.e.right[k], &sg.e.rk0[k], &sg.e.rlen[k]);
    }
    if ((rc = kn_grow(x->alloc, x->ud, (void **)&st, &capst, nst + 1, sizeof *st))) goto cleanup;
    st[nst++] = sg;
  }
  if (nerr) { rc = KN_ESYNTAX; goto cleanup; }
  /* commit */
  for (size_t k = 0; k < ncw; k++) {
    size_t kl = strlen(cwords[k]);
    int old = kn_wordset_get(x->classes, cwords[k], kl);
    if ((rc = kn_wordset_add(x->classes, cwords[k], kl, (old < 0 ? 0 : old) | (1 << cids[k])))) goto cleanup;
    filter_add(x->classbits, cwords[k], kl);
    wentry *we = wt_entry(x, cwords[k], kl);
    if (we) we->cls = (uint32_t)((old < 0 ? 0 : old) | (1 << cids[k]));
  }
  x->nclass = nclass;
  for (size_t k = 0; k < nst; k++) {
    if ((rc = kn_grow(x->alloc, x->ud, (void **)&x->e, &x->cape, x->ne + 1, sizeof(lexent)))) goto cleanup;
    size_t hl = strlen(st[k].head);
    int prev = kn_wordset_get(x->heads, st[k].head, hl);
    st[k].e.next = prev;
    filter_add(x->headbits, st[k].head, hl);
    x->e[x->ne] = st[k].e;
    if ((rc = kn_wordset_add(x->heads, st[k].head, hl, (int)x->ne))) goto cleanup;
    wentry *we = wt_entry(x, st[k].head, hl);
    if (we) we->head = (int32_t)x->ne;
    x->ne++;
  }
cleanup:
  /* nothing of a rejected text stays: its new class names are unknown again
  ** (the key is there, so this only sets the value) */
  if (rc) for (int k = 0; k < nnew; k++) kn_wordset_add(x->classnames, newcls[k], newclsl[k], -1);
  entry_flags(x);
  kn_free(x->alloc, x->ud, st, capst * sizeof *st);
  kn_free(x->alloc, x->ud, cwords, capcw * sizeof *cwords);
  kn_free(x->alloc, x->ud, cids, capci * sizeof *cids);
  return rc;
}

/* ---------------------------------------------------------- extraction */

void kn_event_init(kn_extractor *X, kn_alloc f, void *ud) {
  memset(X, 0, sizeof *X);
  X->alloc = f ? f : kn_default_alloc;
  X->ud = ud;
}

void kn_event_free(kn_extractor *X) {
  kn_free(X->alloc, X->ud, X->ev, X->capev * sizeof(kn_event));
  kn_free(X->alloc, X->ud, X->parts, X->capparts * sizeof(int32_t));
  kn_free(X->alloc, X->ud, X->scratch, X->capscratch);
  kn_alloc f = X->alloc; void *ud = X->ud;
  kn_event_init(X, f, ud);
}

typedef struct ex {
  kn_extractor *X;
  const kn_evlex *lex;
  const kn_gaz *g;
  const char *text;
  const kn_tokenizer *tk;
  const kn_linker *lk;
  const kn_tagger *tg;
  int32_t day;                          /* publication day YYYYMMDD or 0 */
  int32_t *mention_of;                  /* token -> mention index or -1 */
  size_t nmo;
  int neg_class;                        /* the lexicon's class "negation", or -1 (asked for every trigger) */
  int troops_class, missile_class;      /* its classes "troops" and "missile", or -1 (found once a run) */
  int class_sent;                       /* sentence whose class mask is cached */
  unsigned class_mask;
  uint64_t *cue;                        /* per token: its cue lists' bits (tok_words) */
  uint64_t *wk;                         /* per token: its key's first 8 bytes, zero-padded (tok_words; word_is) */
  uint8_t *wl;                          /* per token: its key's length, 0 when over 47 bytes (tkey) */
  uint8_t *sflag;                       /* per sentence: SF_* (tok_words), what the trigger filters need to find in it */
  uint64_t *scue;                       /* per sentence with a trigger: the cue lists of its tokens, or'ed (sent_cues) */
  size_t nsent;
  uint8_t *mark;                        /* per token: CL_* (clause_bounds; clause_start, clause_end) */
  uint32_t *cls;                        /* per token: its classes' bits (word_classes) */
  int32_t *head;                        /* per token: its first lexicon entry, -1 none, -2 not looked up */
  uint32_t *hl, nhl;                    /* the tokens whose head is not -1, in order (tok_words): the trigger loop's */
  uint32_t *ml, nml;                    /* the tokens clause_bounds marks (CLAUSE_PUNCT, CLAUSE_CUES), in order (tok_words) */
  unsigned char *punct;                 /* per token and one past: the first byte of a punctuation token, 0 for others (is_punct) */
  uint32_t *mfrom, *tfrom;              /* per token and one past: mention_from, timex_from (tfrom NULL: no tagger) */
  uint32_t ntok;
  int32_t last_dated[KN_EV_NTYPES + 1]; /* per family: the last event with a date, or -1 */
  int32_t last_dated_def[KN_EV_NTYPES + 1]; /* the same, not counting ones brought in by "a"/"an" */
  uint32_t headline_own;                /* bit i: event i, in sentence 0, is dated by a timex of its own */
  uint32_t body;                        /* the body's first sentence: 1 after a headline, else 0 */
  int32_t main_ev;                      /* the body's first event dated to a day so far (the main event), or -1 */
  struct natoc *nato;                   /* nato_named_before's answers, found once a document */
  uint32_t near_s1;                     /* near_cues: its sentence + 1 (0: none yet), */
  uint64_t near;                        /* the cue lists around it, */
  uint32_t near_end;                    /* and the last token they cover */
  uint32_t anc_tok1;                    /* sequence_anchor: its token + 1 (0: none) */
  int anc;                              /* and its answer there */
} ex;

/* A trigger: tokens a..b, its type, the start of the next trigger and the
** end of the previous one of its sentence (UINT32_MAX: none). A quiet one
** is no event of its own but still bounds the others' arguments. */
typedef struct cand { uint32_t a, b; int type; uint32_t next_a, prev_a, prev_b; int prev_stmt_verb, quiet, prev_type; } cand;

/* The rules' word lists, one bit each in the cue set (same order as CUES). */
enum { C_TO, C_ACC, C_THE, C_SKIP, C_OF, C_INAT, C_HE, C_BE, C_STRONG, C_ROLE_NOUNS, C_OTHER_SIGNAL, C_BOUNDARY_WORDS, C_RELATIVE, C_REPORTING, C_NONPARTY_PREP, C_COORD, C_PARTY_PREP, C_FUTURE, C_ATTRIB, C_DEFINITE, C_LOCPREP, C_PARTY_NOUNS, C_PP_PREP, C_THAT, C_SAY, C_PRONOUN, C_SEPARATE, C_BOUND_SIGNAL, C_THROUGH, C_NUMWORD, C_BY, C_ADVERB, C_AUX, C_PP_PREP_INTRO, C_WHICH, C_END, C_PLURALE, C_BETWEEN, C_POSSDET, C_WHO, C_INCLUDE, C_AT, C_FRAME, C_WHEN, C_FLY, C_COMPASS, C_ADDRESSEE, C_OFF, C_CALLPUT, C_CONFIRM, C_SUPPORT, C_HABIT, C_SEQUENCE, C_RECEIVE, C_IT, C_ANAPHOR, C_TELL, C_THINK, C_CONTENT, C_RELATION, C_WITH, C_ISSUE, C_MODHEAD };

static size_t tkey(const ex *x, uint32_t i, char *buf, size_t cap) {
  size_t n = kn_tok_key(x->text, &x->tk->tok[i], buf, cap - 1);
  if (n >= cap) return 0;
  buf[n] = 0;
  return n;
}

/* Token i's key as tkey gives it in a buffer of cap bytes (at most 48):
** its length, 0 when it is empty or too long for the buffer, and in w its
** first 8 bytes, zero-padded; read from wk and wl (tok_words), for rules
** that look no further than a key's 8th byte. */
static inline size_t key8(const ex *x, uint32_t i, size_t cap, char w[8]) {
  size_t n = x->wl[i];
  memcpy(w, &x->wk[i], 8);
  return n < cap ? n : 0;
}

/* word_is past its length test (below). */
static int word_is_cmp(const ex *x, uint32_t i, const char *w) {
  const kn_token *t = &x->tk->tok[i];
  if (kn_tok_key_plain(t)) {
    /* the key of such a token is its bytes in lower case (kn_tok_key):
    ** compared in place, most tokens failing at the first byte (the rules
    ** ask this of nearly every word) */
    const char *p = x->text + t->start;
    size_t j = 0;
    for (; j < t->len; j++) if (kn_lower((unsigned char)p[j]) != (unsigned char)w[j]) return 0;
    return w[j] == 0;
  }
  char k[16];
  size_t n = strlen(w);
  return tkey(x, i, k, sizeof k) == n && !memcmp(k, w, n);
}

/* Is token i's key the word w (lower case, at most 15 bytes)? The rules ask
** this of nearly every word, with w a literal: inlined, strlen(w) is a
** constant, and a plain token (key: its bytes in lower case) of another
** length is told apart without a call (~4% of the analysis). */
/* The first byte of token i's key word (tok_words read it from the text
** with memcpy, so its first byte in memory is the word's first on any
** byte order) */
static inline unsigned key_byte0(const ex *x, uint32_t i) {
  unsigned char c;
  memcpy(&c, &x->wk[i], 1);
  return c;
}

/* (always inlined: its constant path is a few instructions, and GCC,
** weighing the size of emit_event, would otherwise call it out of line) */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int word_is(const ex *x, uint32_t i, const char *w) {
  if (i >= x->ntok) return 0;   /* callers ask of the token after the last */
  size_t wn = strlen(w);
#if defined(__GNUC__)
  if (__builtin_constant_p(wn) && wn <= 8) {
    /* every token's key was read once (tok_words): a literal of up to 8
    ** bytes is one constant, compared with the key's length and bytes */
    uint64_t v = 0;
    memcpy(&v, w, wn <= 8 ? wn : 8);
    return x->wl[i] == wn && x->wk[i] == v;
  }
  if (__builtin_constant_p(wn) && wn < 16) {
    /* a longer one: its length and first 8 bytes first, then the rest */
    uint64_t v;
    memcpy(&v, w, 8);
    return x->wl[i] == wn && x->wk[i] == v && word_is_cmp(x, i, w);
  }
#endif
  const kn_token *t = &x->tk->tok[i];
  if (kn_tok_key_plain(t) && t->len != strlen(w)) return 0;
  return word_is_cmp(x, i, w);
}

/* Is token i's key one of the words of list (NULL-terminated, each of 1 to
** 15 bytes)? The key's length and first 8 bytes (wl, wk) are compared
** with each word's bytes in place, most words failing at the first byte;
** a key of more than 8 bytes is compared whole only after those match. A
** wl of 0 is a key that is empty or too long for any word of a list. */
static int word_in(const ex *x, uint32_t i, const char *const *list) {
  if (i >= x->ntok) return 0;
  size_t n = x->wl[i];
  if (n == 0) return 0;
  unsigned char kb[8];
  memcpy(kb, &x->wk[i], 8);
  size_t m = n < 8 ? n : 8;
  for (; *list; list++) {
    const unsigned char *w = (const unsigned char *)*list;
    if (w[0] != kb[0]) continue;
    size_t j = 1;
    while (j < m && w[j] && w[j] == kb[j]) j++;
    if (j < m) continue;
    if (n <= 8 ? w[n] == 0 : word_is_cmp(x, i, *list)) return 1;
  }
  return 0;
}

/* Does word token i start with the letter c (lower case), either case? A
** cheap test before word_is in the rules' loops over a few tokens. */
static inline int first_is(const ex *x, uint32_t i, char c) {
  const kn_token *t = &x->tk->tok[i];
  return t->kind == KN_TK_WORD && (x->text[t->start] | 0x20) == c;
}

/* The length of the key of an ASCII token that is no abbreviation: its
** bytes in lower case, or its punctuation, a run of hyphens one "-"
** (kn_tok_key). */
static inline size_t plain_len(const kn_token *k, const unsigned char *p) {
  return k->kind == KN_TK_PUNCT && p[0] == '-' ? 1 : k->len;
}

/* Can token i's key be in the word set of filter f? Only an ASCII key,
** the token's bytes in lower case or its punctuation (kn_tok_key), is
** filtered, from the text. */
static inline int may_be_in(const ex *x, uint32_t i, const uint64_t *f) {
  const kn_token *k = &x->tk->tok[i];
  if (!(k->flags & KN_TF_ASCII) || (k->flags & KN_TF_ABBR)) return 1;
  const unsigned char *p = (const unsigned char *)x->text + k->start;
  uint32_t b = head_bit(p, plain_len(k, p));
  return (int)((f[b >> 6] >> (b & 63)) & 1);
}

/* Token i's cue lists when the words' table was given up (wbad). An ASCII
** key is found by its slot and compared in place; only a slot of several
** words, and other keys, go through kn_tok_key and the word set. */
static uint64_t cue_lookup(const ex *x, uint32_t i) {
  const kn_evlex *lex = x->lex;
  const kn_token *t = &x->tk->tok[i];
  int v = -2;
  if ((t->flags & KN_TF_ASCII) && !(t->flags & KN_TF_ABBR)) {
    const unsigned char *p = (const unsigned char *)x->text + t->start;
    size_t n = plain_len(t, p), j = 0;
    v = lex->cueslot[head_bit(p, n)];
    if (v >= 0) {
      const cueword *w = &lex->cw[v];
      if (w->len == n) while (j < n && kn_lower(p[j]) == (unsigned char)w->word[j]) j++;
      if (j < n) v = -1;
    }
  }
  if (v == -2) {
    char k[32];
    size_t n = tkey(x, i, k, sizeof k);
    v = n ? kn_wordset_get(lex->cues, k, n) : -1;
  }
  return x->cue[i] = v < 0 ? 0 : lex->cw[v].mask;
}

/* Token i's classes when the words' table was given up (wbad). */
static unsigned classes_slow(const ex *x, uint32_t i) {
  if (!may_be_in(x, i, x->lex->classbits)) return 0;
  char k[48];
  size_t n = tkey(x, i, k, sizeof k);
  if (!n) return 0;
  int v = kn_wordset_get(x->lex->classes, k, n);
  return v < 0 ? 0 : (unsigned)v;
}

/* Token i's first lexicon entry (a trigger word), -1 none, when the
** words' table was given up (wbad): asked by the trigger loop. */
static int head_slow(const ex *x, uint32_t i) {
  if (!may_be_in(x, i, x->lex->headbits)) return -1;
  char key[48];
  size_t kl = tkey(x, i, key, sizeof key);
  return kl ? kn_wordset_get(x->lex->heads, key, kl) : -1;
}

/* The table's entry of key k0/k1 (n bytes), or NULL. */
static inline const wentry *wt_find(const kn_evlex *lex, uint64_t k0, uint64_t k1, size_t n) {
  uint32_t m = ((uint32_t)1 << lex->wbits) - 1;
  for (uint32_t h = wt_hash(k0, k1, n, lex->wbits);; h = (h + 1) & m) {
    uint16_t v = lex->widx[h];
    if (!v) return NULL;
    const wentry *e = &lex->we[v - 1];
    if (e->k0 == k0 && e->k1 == k1 && e->len == n) return e;
  }
}

/* Token i's cue lists, classes and first entry for a token whose key is
** not its bytes (Hangul, abbreviations) or is longer than WKEY: the key is
** made once, and found in the table when it can be there, else in the
** word sets (only when the lexicon has keys the table cannot hold). */
static inline void set_wkey(const ex *x, uint32_t i, const char *k, size_t n) {
  uint64_t v = 0;
  memcpy(&v, k, n < 8 ? n : 8);
  x->wk[i] = v; x->wl[i] = (uint8_t)n;
}

/* Returns the token's SF_* words when its key was looked up in the
** table (its entry's flt, 0 for none), else -1: filter_words decides. */
static int words_slow(const ex *x, uint32_t i) {
  const kn_evlex *lex = x->lex;
  const kn_token *t = &x->tk->tok[i];
  const unsigned char *p = (const unsigned char *)x->text + t->start;
  uint64_t cue = 0; uint32_t cls = 0; int32_t head = -1;
  int flt = -1;
  char k[48] = { 0 };   /* zero-padded: its first WKEY bytes are the table's k0, k1 */
  size_t n;
  if (t->kind == KN_TK_PUNCT && t->len == 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] & 0xC0) == 0x80 &&
      !(t->flags & (KN_TF_ASCII | KN_TF_ABBR)) && lex->punct2000[p[2] & 0x3F]) {
    /* kn_tok_key gives such a token kn_key's key (key_impl) */
    k[0] = lex->punct2000[p[2] & 0x3F];
    n = 1;
  } else {
    n = tkey(x, i, k, sizeof k);
    if (!n) memset(k, 0, 16);   /* too long: tkey wrote 47 bytes of it */
  }
  uint64_t k0, k1;
  memcpy(&k0, k, 8); memcpy(&k1, k + 8, 8);
  x->wk[i] = k0; x->wl[i] = (uint8_t)n;   /* set_wkey */
  if (lex->wbad) {
    cue_lookup(x, i);
    x->cls[i] = classes_slow(x, i);
    x->head[i] = -2;
    return -1;
  }
  if (n && n <= WKEY && !((k0 | k1) & 0x8080808080808080ull)) {   /* an ASCII key the table may hold */
    const wentry *e = wt_find(lex, k0, k1, n);
    if (e) { cue = e->cue; cls = e->cls; head = e->head; }
    flt = e ? (int)e->flt : 0;
  } else if (n && lex->wlong) {
    int v = n < 32 ? kn_wordset_get(lex->cues, k, n) : -1;   /* as cue_lookup's key buffer */
    if (v >= 0) cue = lex->cw[v].mask;
    v = kn_wordset_get(lex->classes, k, n);
    if (v > 0) cls = (uint32_t)v;
    head = kn_wordset_get(lex->heads, k, n);
  }
  x->cue[i] = cue; x->cls[i] = cls; x->head[i] = head;
  return flt;
}

/* What the lexicon knows of each token (cue lists, classes, first entry),
** and its punctuation byte, in one pass: the key of an ASCII token of up
** to WKEY bytes (no abbreviation: its bytes in lower case, or its
** punctuation, as plain_len) is read from the text 8 bytes at a time,
** lower-cased by SWAR and found in the words' table with one hash; other
** tokens make their key (words_slow). */
static void may_call_off(ex *x, uint32_t i);

/* Verbs of wishing (unrealised). */
static const char *const WISH[] = { "hoped", "wanted", "intended", "planned", "wished", NULL };

/* Token i is a word of the trigger filters (SF_HABIT, SF_WOULD in f): its
** sentence, or for "would" those of the two tokens after it, hold one. */
static void filter_mark(ex *x, uint32_t i, uint32_t f) {
  const kn_token *tok = x->tk->tok;
  if ((f & SF_OWN) && tok[i].sent < x->ntok) x->sflag[tok[i].sent] |= (uint8_t)(f & SF_OWN);
  if (f & SF_WOULD)
    for (uint32_t j = i + 1; j < x->ntok && j <= i + 2; j++)
      if (tok[j].sent < x->ntok) x->sflag[tok[j].sent] |= SF_WOULD;
}

/* Does token t end in "s" (a plural or a third person: "launches",
** "meets")? */
static int ends_s(const ex *x, const kn_token *t) { return x->text[t->start + t->len - 1] == 's'; }

/* Does token i end in "ly" ("reportedly", "jointly"), a word of three
** bytes or more? */
static int ends_ly(const ex *x, uint32_t i) {
  const kn_token *t = &x->tk->tok[i];
  return t->len > 2 && !memcmp(x->text + t->start + t->len - 2, "ly", 2);
}

/* Is token i "long" ("have long held"), read from the text? */
static int is_long(const ex *x, uint32_t i) {
  const kn_token *t = &x->tk->tok[i];
  return t->len == 4 && kn_lower((unsigned char)x->text[t->start]) == 'l' && !memcmp(x->text + t->start + 1, "ong", 3);
}

/* filter_mark for a token not read in place (its key is known: wk, wl);
** "long" as habitual reads it, from the text. */
static void filter_words(ex *x, uint32_t i) {
  uint32_t f = 0;
  if (((x->cue[i] >> C_HABIT) & 1u) ||
      is_long(x, i) ||
      word_is(x, i, "twice") || word_is(x, i, "times"))
    f |= SF_HABIT;
  if (word_is(x, i, "would")) f |= SF_WOULD;
  if (word_is(x, i, "allies") || word_is(x, i, "alliance")) f |= SF_ALLY;
  if (word_in(x, i, WISH)) f |= SF_WISH;
  if (word_is(x, i, "accompanied")) f |= SF_ALONG;
  if (word_is(x, i, "every") || word_is(x, i, "each")) f |= SF_EVERY;
  if ((x->neg_class >= 0 && ((x->cls[i] >> x->neg_class) & 1u)) || ((x->cue[i] >> C_OFF) & 1u)) f |= SF_NEG;
  if (f) filter_mark(x, i, f);
}
/* The first byte of a key that may make a trigger with no trigger word
** ("left", departing; a word of START, named_exercise_start): the trigger
** loop looks at no other such token. */
static const uint8_t LBS[256] = { ['b'] = 1, ['h'] = 1, ['l'] = 1, ['s'] = 1 };
/* Those words (keep in step with the trigger loop and START): in the
** words' table their entry is HEAD_LOOK when they are no trigger word, so
** that the loop passes over every token whose entry is -1 (a token of the
** given-up table, -2, is looked at and tested by LBS). */
#define HEAD_LOOK (-3)
static const char *const LOOKED_AT[] = { "left", "heading", "bound", "begin", "begins", "start", "starts", NULL };

#if defined(__GNUC__)
#define KN_NOINLINE __attribute__((noinline))
#else
#define KN_NOINLINE
#endif
/* tok_words for a token not read in place (~3% of tokens), out of its
** loop: inlined, its locals made the loop's spill to the stack. */
KN_NOINLINE static void words_other(ex *x, uint32_t i, uint32_t negbit) {
  int flt = words_slow(x, i);
  if (x->cls[i] & negbit) may_call_off(x, i);
  /* the table's words: their entry's flags (a superset of what
  ** filter_words finds: "long" is read from the text) */
  if (flt > 0) filter_mark(x, i, (uint32_t)flt);
  else if (flt < 0) filter_words(x, i);
}

/* What makes the key of an ASCII token that is no abbreviation (read in
** place by tok_words) from its bytes, or'ed into each, by its kind: a
** word's, a number's or a clitic's bytes are letters, digits and ' + , .
** : (kn_tok.c), and bit 5 is set in all but the upper-case letters, so
** the or makes them lower case and changes no other byte; punctuation and
** symbols hold no letter and are their own key. */
#define LOWER_ALL 0x2020202020202020ull
static const uint64_t LOWER_OR[8] = { [KN_TK_WORD] = LOWER_ALL, [KN_TK_NUM] = LOWER_ALL, [KN_TK_CLITIC] = LOWER_ALL };

/* The tokens clause_bounds may mark (clause_mark, CL_REL): a comma, a
** semicolon, a word of these lists; it marks every other token 0. */
static const uint8_t CLAUSE_PUNCT[256] = { [','] = 1, [';'] = 1 };
#define CLAUSE_CUES ((uint64_t)1 << C_BOUNDARY_WORDS | (uint64_t)1 << C_THAT | (uint64_t)1 << C_RELATIVE)

/* words_other, and token i put on the lists of heads and of tokens to
** mark (hl, ml) as the fast loop does. */
static void words_other_listed(ex *x, uint32_t i, uint32_t negbit) {
  words_other(x, i, negbit);
  if (x->head[i] != -1) x->hl[x->nhl++] = i;
  if (CLAUSE_PUNCT[x->punct[i]] || (x->cue[i] & CLAUSE_CUES)) x->ml[x->nml++] = i;
}

static void tok_words(ex *x) {
  const kn_evlex *lex = x->lex;
  const kn_token *tok = x->tk->tok;
  const unsigned char *s = (const unsigned char *)x->text;
  uint32_t n = x->ntok;
  size_t lim = (size_t)tok[n - 1].start + tok[n - 1].len;   /* the text's bytes go at least this far */
  uint32_t negbit = x->neg_class >= 0 ? 1u << x->neg_class : 0;
  memset(x->sflag, 0, n);
  x->nhl = x->nml = 0;
  /* the arrays and the table in locals: the byte stores (punct, wl) may
  ** alias anything, and would make the compiler load them again */
  const int wbad = lex->wbad;
  uint64_t *cue = x->cue, *wk = x->wk;
  uint32_t *cls = x->cls;
  int32_t *head = x->head;
  uint8_t *wl = x->wl;
  unsigned char *punct = x->punct;
  const uint16_t *widx = lex->widx;
  const wentry *we = lex->we;
  const unsigned wbits = lex->wbits;
  const uint32_t wmask = ((uint32_t)1 << wbits) - 1;
  const unsigned wshift = 64 - wbits;
  if (wbad) {   /* no table: every token's key is made (words_other) */
    for (uint32_t i = 0; i < n; i++) {
      punct[i] = tok[i].kind == KN_TK_PUNCT ? s[tok[i].start] : 0;
      words_other_listed(x, i, negbit);
    }
    return;
  }

  /* the tokens whose WKEY bytes from their start are in the text (all but
  ** the last few; tokens are in text order), read in place; the others
  ** make their key (words_other) */
  uint32_t nfast = n;
  while (nfast > 0 && (size_t)tok[nfast - 1].start + WKEY > lim) nfast--;
  for (uint32_t i = 0; i < nfast; i++) {
    const kn_token *k = &tok[i];
    const unsigned char *p = s + k->start;
    const unsigned kind = k->kind;
    const unsigned char b0 = p[0];
    punct[i] = kind == KN_TK_PUNCT ? b0 : 0;
    const size_t len = kind == KN_TK_PUNCT && b0 == '-' ? 1 : k->len;   /* plain_len */
    if ((k->flags & (KN_TF_ASCII | KN_TF_ABBR)) != KN_TF_ASCII || len > WKEY) {
      words_other_listed(x, i, negbit);
      continue;
    }
    /* the key: the bytes in lower case (LOWER_OR), zero-padded, and its
    ** wt_hash (k1 * WT_K1 is 0 for a key of up to 8 bytes) */
    const uint64_t lo = LOWER_OR[kind & 7];
    uint64_t k0, k1 = 0, hk;
    memcpy(&k0, p, 8);
    if (len <= 8) {
      k0 = (k0 | lo) & KN_LOW_BYTES[len];
      hk = k0 ^ (uint64_t)len;
    } else {
      memcpy(&k1, p + 8, 8);
      k0 |= lo;
      k1 = (k1 | lo) & KN_LOW_BYTES[len - 8];
      hk = k0 ^ (k1 * WT_K1) ^ (uint64_t)len;
    }
    wk[i] = k0; wl[i] = (uint8_t)len;
    const wentry *e = NULL;   /* wt_find, on the locals */
    for (uint32_t h = (uint32_t)((hk * WT_MUL) >> wshift);; h = (h + 1) & wmask) {
      uint16_t v = widx[h];
      if (!v) break;
      const wentry *c = &we[v - 1];
      if (c->k0 == k0 && c->k1 == k1 && c->len == len) { e = c; break; }
    }
    if (e) {
      cue[i] = e->cue; cls[i] = e->cls; head[i] = e->head;
      if (e->flt) {   /* a seventh of the tokens: heads, commas, words of the filters */
        const uint32_t f = e->flt;
        if (f & WF_HEAD) x->hl[x->nhl++] = i;
        if (f & WF_MARK) x->ml[x->nml++] = i;
        if (f & WF_NEG) may_call_off(x, i);
        if (f & (SF_OWN | SF_WOULD)) filter_mark(x, i, f);
      }
    } else { cue[i] = 0; cls[i] = 0; head[i] = -1; }
  }
  for (uint32_t i = nfast; i < n; i++) {
    punct[i] = tok[i].kind == KN_TK_PUNCT ? s[tok[i].start] : 0;
    words_other_listed(x, i, negbit);
  }
}

/* Is token i's key in the word list (one of the rules' cue lists)? Keys
** are looked up once per document (tok_words), as a bit mask of lists. */
static inline int key_in(const ex *x, uint32_t i, int cue) {
  if (i >= x->ntok) return 0;
  return (int)((x->cue[i] >> cue) & 1u);
}

/* The cue lists of the words of sentence s, or'ed: a rule that looks in
** the sentence for a word of list c finds none when bit c is clear. Known
** for the sentences of triggers (clause_bounds), asked by emit_event. */
static inline uint64_t sent_cues(const ex *x, uint32_t s) {
  return s < x->nsent ? x->scue[s] : ~(uint64_t)0;
}
#define CUEBIT(c) ((uint64_t)1 << (c))

/* The cue lists of the words around sentence s, or'ed: its own (sent_cues)
** and those of the three tokens before it and after its end, or after the
** end of its last mention when that runs on past the sentence. A rule on a
** mention of s that reads no key further out finds no word of list c when
** bit c is clear (emit_event's mention gates). Kept for the last sentence
** asked: its triggers come one after another. */
static uint64_t near_fill(ex *x, uint32_t s);
static inline uint64_t near_cues(ex *x, uint32_t s) {
  return x->near_s1 == s + 1 ? x->near : near_fill(x, s);
}

static uint64_t near_fill(ex *x, uint32_t s) {
  uint64_t v = sent_cues(x, s);
  uint32_t end = x->ntok ? x->ntok - 1 : 0;
  if (s < x->tk->nsent && x->ntok) {
    const kn_sentence *se = &x->tk->sent[s];
    uint32_t f = se->first, l = se->last;
    if (l < x->ntok && f <= l) {
      size_t mi = x->mfrom[l + 1];                  /* past the last mention starting in s */
      if (mi > 0 && mi <= x->lk->nm && x->lk->m[mi - 1].first >= f && x->lk->m[mi - 1].last > l)
        l = x->lk->m[mi - 1].last;
      end = l + 3 < x->ntok ? l + 3 : x->ntok - 1;
      for (uint32_t i = f >= 3 ? f - 3 : 0; i < f; i++) v |= x->cue[i];
      for (uint32_t i = se->last + 1; i <= end; i++) v |= x->cue[i];
    } else v = ~(uint64_t)0;
  } else v = ~(uint64_t)0;
  x->near_s1 = s + 1; x->near = v; x->near_end = end;
  return v;
}

/* Does sentence s hold a word of SF_* flag f (tok_words)? */
static inline int sent_has(const ex *x, uint32_t s, unsigned f) {
  return s >= x->ntok || (x->sflag[s] & f);
}

static unsigned word_classes(const ex *x, uint32_t i) {
  return i < x->ntok ? x->cls[i] : 0;
}

static unsigned sentence_classes(ex *x, uint32_t s) {
  if (x->class_sent == (int)s) return x->class_mask;
  const kn_sentence *se = &x->tk->sent[s];
  unsigned m = 0;
  for (uint32_t i = se->first; i <= se->last; i++)
    if (x->tk->tok[i].kind == KN_TK_WORD) m |= word_classes(x, i);
  x->class_sent = (int)s;
  x->class_mask = m;
  return m;
}

/* Does sentence s name a vessel ("carrier", "destroyer", "USS", ...)? */
static int vessel_in_sentence(const ex *x, uint32_t s) {
  const kn_sentence *se = &x->tk->sent[s];
  static const char *const VESSEL[] = { "carrier", "ship", "warship", "destroyer", "submarine", "uss", "vessel",
    "cruiser", "frigate", "carriers", "ships", "warships", NULL };
  for (uint32_t i = se->first; i <= se->last && i < x->ntok; i++)
    if (word_in(x, i, VESSEL)) return 1;
  return 0;
}

/* Previous/next token index skipping glued hyphens; -1 / ntok at the edges. */
static long prev_word(const ex *x, long i) {
  i--;
  if (i >= 0 && is_glued_hyphen(x->text, x->tk->tok, (size_t)i, x->tk->ntok)) i--;
  return i;
}

static long next_word(const ex *x, long i) {
  i++;
  if ((size_t)i < x->tk->ntok && is_glued_hyphen(x->text, x->tk->tok, (size_t)i, x->tk->ntok)) i++;
  return i;
}

/* Is token i a double quotation mark, straight or curly? */
static int is_quote(const ex *x, uint32_t i) {
  unsigned char c = x->punct[i];
  if (c == '"') return 1;
  if (c != 0xE2 || x->tk->tok[i].len != 3) return 0;
  const unsigned char *p = (const unsigned char *)x->text + x->tk->tok[i].start;
  return p[1] == 0x80 && (p[2] == 0x9C || p[2] == 0x9D);
}

/* Is the rewriting told by the revise trigger at h joint (a word of class
** c, @joint)? The joint word is the adverb right before it ("jointly
** revised"), in its object noun phrase ("revised their joint strategy for
** …", up to a preposition, a conjunction or punctuation) or, in the
** passive, in its subject ("the joint guidelines were revised"); or
** "together" right after the object, no "together with". Not a joint
** word elsewhere in the sentence ("… amid bilateral trade tensions",
** "…, and China and Russia held joint drills"), nor an object with "its":
** one government's own document ("Japan revised its defense guidelines"). */
static int revise_joint(const ex *x, uint32_t h, int c) {
  uint32_t s = x->tk->tok[h].sent;
  unsigned bit = 1u << c;
  long p = prev_word(x, (long)h);
  if (p >= 0 && x->tk->tok[p].sent == s && (word_classes(x, (uint32_t)p) & bit)) return 1;
  if (p >= 0 && x->tk->tok[p].sent == s && (word_is(x, (uint32_t)p, "was") || word_is(x, (uint32_t)p, "were") ||
      word_is(x, (uint32_t)p, "been") || word_is(x, (uint32_t)p, "be") || word_is(x, (uint32_t)p, "is") ||
      word_is(x, (uint32_t)p, "are"))) {
    long q = p;
    for (int k = 0; k < 6; k++) {
      q = prev_word(x, q);
      if (q < 0 || x->tk->tok[q].sent != s || x->punct[q] || key_in(x, (uint32_t)q, C_NONPARTY_PREP) ||
          key_in(x, (uint32_t)q, C_PARTY_PREP) || key_in(x, (uint32_t)q, C_PP_PREP) || key_in(x, (uint32_t)q, C_COORD))
        break;
      if (word_classes(x, (uint32_t)q) & bit) return 1;
    }
    return 0;
  }
  long q = (long)h;
  for (int k = 0; k < 6; k++) {
    q = next_word(x, q);
    if ((size_t)q >= x->ntok || x->tk->tok[q].sent != s || x->punct[q]) return 0;
    if (k == 0 && word_is(x, (uint32_t)q, "its")) return 0;
    if (word_is(x, (uint32_t)q, "together"))
      return k > 0 && !word_is(x, (uint32_t)next_word(x, q), "with");
    if (word_classes(x, (uint32_t)q) & bit) return 1;
    if (key_in(x, (uint32_t)q, C_NONPARTY_PREP) || key_in(x, (uint32_t)q, C_PARTY_PREP) ||
        key_in(x, (uint32_t)q, C_PP_PREP) || key_in(x, (uint32_t)q, C_COORD))
      return 0;
  }
  return 0;
}

/* Does lexicon entry e match around the head token h? A quotation mark
** between the words of a phrase is no word of it: "their "two-plus-two"
** talks" is the phrase "two-plus-two talks". */
/* Is token p's key the context key w, of len bytes (1 to 47) and first 8
** bytes k0? Its length and first 8 bytes (wl, wk) first; the whole key
** only for a longer one. */
static int ctx_is(const ex *x, uint32_t p, const char *w, uint64_t k0, uint8_t len) {
  if (x->wl[p] != len || x->wk[p] != k0) return 0;
  if (len <= 8) return 1;
  char k[48];
  return tkey(x, p, k, sizeof k) == len && !memcmp(k, w, len);
}

/* Can entry e match at head h, by its nearest context word? 0 when the
** token next to h on that side is no punctuation (so no glued hyphen and
** no quotation mark, which entry_matches would pass over) and is not that
** word (ctx_is's first test), or is past the text's edge: most entries of
** a head word with context fail here, without the call. */
static inline int entry_may(const ex *x, const lexent *e, uint32_t h) {
  if (e->nleft) {
    if (h == 0) return 0;
    return x->punct[h - 1] || (x->wl[h - 1] == e->llen[0] && x->wk[h - 1] == e->lk0[0]);
  }
  if (e->nright) {
    if (h + 1 >= x->ntok) return 0;
    return x->punct[h + 1] || (x->wl[h + 1] == e->rlen[0] && x->wk[h + 1] == e->rk0[0]);
  }
  return 1;
}

/* "spoke with Trump by phone", "talked with Lee over the telephone": a
** word of class c (the phone) after the verb of talking at h, in its own
** stretch (no punctuation between), after "by", "via", "over" or "the"; not
** "spoke with reporters after a video meeting", "a day after a phone call"
** (the noun is an event of its own). */
static int phone_after(const ex *x, uint32_t h, int c) {
  uint32_t s = x->tk->tok[h].sent;
  long q = (long)h;
  for (int k = 0; k < 10; k++) {
    long p = q;
    q = next_word(x, q);
    if ((size_t)q >= x->ntok || x->tk->tok[q].sent != s) return 0;
    for (long j = p + 1; j < q; j++) if (x->punct[j]) return 0;
    if (x->punct[q]) return 0;
    if ((word_classes(x, (uint32_t)q) & (1u << c)) &&
        (word_is(x, (uint32_t)p, "by") || word_is(x, (uint32_t)p, "via") || word_is(x, (uint32_t)p, "over") ||
         word_is(x, (uint32_t)p, "the")))
      return 1;
  }
  return 0;
}

static int entry_matches(ex *x, const lexent *e, uint32_t h) {
  const kn_tokenizer *tk = x->tk;
  uint32_t s = tk->tok[h].sent;
  long p = (long)h;
  for (int c = 0; c < e->nleft; c++) {
    p = prev_word(x, p);
    if (p >= 0 && is_quote(x, (uint32_t)p)) p = prev_word(x, p);
    if (p < 0 || tk->tok[p].sent != s || !ctx_is(x, (uint32_t)p, e->left[c], e->lk0[c], e->llen[c])) return 0;
  }
  p = (long)h;
  for (int c = 0; c < e->nright; c++) {
    p = next_word(x, p);
    if ((size_t)p < tk->ntok && is_quote(x, (uint32_t)p)) p = next_word(x, p);
    if ((size_t)p >= tk->ntok || tk->tok[p].sent != s || !ctx_is(x, (uint32_t)p, e->right[c], e->rk0[c], e->rlen[c]))
      return 0;
  }
  if (e->needs >= 0 && !(sentence_classes(x, s) & (1u << e->needs))) return 0;
  /* the rewriting of a document is joint only in its own phrase */
  if (e->needs >= 0 && !e->nleft && !e->nright && first_is(x, h, 'r') &&
      (word_is(x, h, "revised") || word_is(x, h, "revise") || word_is(x, h, "revises")) &&
      !revise_joint(x, h, e->needs))
    return 0;
  if (e->needs >= 0 && (word_is(x, h, "spoke") || word_is(x, h, "spoken") || word_is(x, h, "talked")) &&
      !phone_after(x, h, e->needs))
    return 0;
  if (e->not_ >= 0) {
    /* no word of the class within three words before ("would be met with") */
    p = (long)h;
    for (int c = 0; c < 3; c++) {
      p = prev_word(x, p);
      if (p < 0 || tk->tok[p].sent != s) break;
      if (word_classes(x, (uint32_t)p) & (1u << e->not_)) return 0;
    }
  }
  return 1;
}

/* entry_may and entry_matches; an entry with no context, needed class or
** excluded class has nothing for entry_matches to test: it matches. */
static inline int entry_ok(ex *x, const lexent *e, uint32_t h) {
  if (!e->nleft && !e->nright && e->needs < 0 && e->not_ < 0) return 1;
  return entry_may(x, e, h) && entry_matches(x, e, h);
}

static int past_form(const ex *x, uint32_t t);
static int verb_at(const ex *x, uint32_t t, uint32_t subj);
/* Is token t a past form: -ed, or one of the irregular pasts of the
** happenings told ("met", "held", "flew")? (verb_at keeps its own, wider
** list of a meeting's predicates.) */
static const char *const IRREGULAR_PAST[] = { "met", "held", "took", "made", "sent", "went", "came", "flew", "led",
  "spoke", "gave", "saw", "paid", NULL };
static int past_verb(const ex *x, uint32_t t) {
  return past_form(x, t) || word_in(x, t, IRREGULAR_PAST);
}
/* Is the trigger word at token a a modifier of the noun after it, after
** a determiner or a possessive ("a treaty obligation", "at the ministerial
** level", "Yoon's brief imposition of martial law")? The noun after is
** one of -ment, -tion or -sion that is no trigger, or a word of MODHEAD. */
static int noun_suffix(const ex *x, uint32_t t);
/* Without a determiner, a trigger modifies a noun of MODHEAD after it only
** where no verb can stand: after a preposition but "to" ("toured around
** test facilities", not "plans to visit sites"), after a weapon word
** ("missile launch pads") or after a verb in -ed ("inspected launch
** sites"). Token a + 1 is a lower-case word of its sentence. */
static int bare_modifier(const ex *x, uint32_t a) {
  const kn_token *tok = x->tk->tok;
  uint32_t p = a - 1;
  if (!key_in(x, a + 1, C_MODHEAD) || tok[p].sent != tok[a].sent || tok[p].kind != KN_TK_WORD ||
      !(tok[p].flags & KN_TF_LOWER))
    return 0;
  if (key_in(x, p, C_NONPARTY_PREP)) return !key_in(x, p, C_TO);
  int mc = x->missile_class;
  return (mc >= 0 && (word_classes(x, p) & (1u << mc))) || past_form(x, p);
}
static int modifier_at(const ex *x, uint32_t a) {
  const kn_token *tok = x->tk->tok;
  uint32_t n = a + 1;
  /* "a revised Tailored Deterrence Strategy", "the signed accord": a past
  ** participle right after a determiner is an adjective of the word after */
  if (a > 0 && n < x->tk->ntok && tok[n].sent == tok[a].sent && tok[n].kind == KN_TK_WORD &&
      (tok[a].flags & KN_TF_LOWER) && past_form(x, a) && key_in(x, a - 1, C_SKIP)) return 1;
  if (a == 0 || n >= x->tk->ntok || tok[n].sent != tok[a].sent || tok[n].kind != KN_TK_WORD ||
      !(tok[n].flags & KN_TF_LOWER) || !(tok[a].flags & KN_TF_LOWER)) return 0;
  if (!(key_in(x, a - 1, C_SKIP) || tok[a - 1].kind == KN_TK_CLITIC)) return bare_modifier(x, a);
  if (key_in(x, n, C_MODHEAD)) return 1;
  if (!noun_suffix(x, n)) return 0;
  /* the noun after is no trigger itself ("the summit declaration" is left
  ** to the rule of two triggers side by side) */
  char key[48];
  size_t kl = tkey(x, n, key, sizeof key);
  return kl && kn_wordset_get(x->lex->heads, key, kl) < 0;
}

/* modifier: both of its rules need a lower-case trigger with a word after
** it in its sentence and a determiner (SKIP) or a clitic before it, which
** most triggers fail: tested inline, the rest out of line. */
static inline int modifier(const ex *x, uint32_t a) {
  const kn_token *tok = x->tk->tok;
  if (a == 0 || a + 1 >= x->tk->ntok || !(tok[a].flags & KN_TF_LOWER) || tok[a + 1].kind != KN_TK_WORD ||
      tok[a + 1].sent != tok[a].sent) return 0;
  if (!(key_in(x, a - 1, C_SKIP) || tok[a - 1].kind == KN_TK_CLITIC))
    return (tok[a + 1].flags & KN_TF_LOWER) && key_in(x, a + 1, C_MODHEAD) && bare_modifier(x, a);
  return modifier_at(x, a);
}

/* Is token i a form of "arrive" (arrive, arrived, arrives, arriving, arrival)? */
static int arriving(const ex *x, uint32_t i) {
  char k[8];
  size_t n = key8(x, i, 16, k);
  return n >= 6 && !memcmp(k, "arriv", 5);
}

/* Is a word of the lexicon's @troops class among the four words before
** token a, in its sentence ("units to arrive", "the troops' arrival")? */
static int troops_before(const ex *x, uint32_t a) {
  int tr = x->troops_class;
  if (tr < 0) return 0;
  uint32_t s = x->tk->tok[a].sent;
  long p = (long)a;
  for (int c = 0; c < 4; c++) {
    p = prev_word(x, p);
    if (p < 0 || x->tk->tok[p].sent != s) break;
    if (word_classes(x, (uint32_t)p) & (1u << tr)) return 1;
  }
  return 0;
}

static uint32_t put_off_to(const ex *x, uint32_t p);
/* Token i is of the negation class (tok_words): its sentence may call
** something off when i is a q at which called_off returns 1 (cue[i - 1]
** is already known). */
static void may_call_off(ex *x, uint32_t i) {
  const kn_token *tok = x->tk->tok;
  if (i > 0 && tok[i - 1].sent == tok[i].sent && tok[i].sent < x->ntok && ((x->cue[i - 1] >> C_AUX) & 1u) &&
      past_form(x, i))
    x->sflag[tok[i].sent] |= SF_OFF;
}

/* Is the event at token a counted, so many happenings and not one ("have
** met 16 times since 2017", "met several times", "met twice this year")?
** A count of times, or "twice", within four words after it in its
** sentence and with no punctuation between. */
static const char *const COUNT_WORDS[] = { "several", "many", "multiple", "numerous", "dozens", NULL };  /* besides NUMWORD's */
static int iterated(const ex *x, uint32_t a) {
  const kn_token *tok = x->tk->tok;
  uint32_t s = tok[a].sent;
  for (uint32_t q = a + 1, c = 0; q < x->tk->ntok && tok[q].sent == s && c < 4; q++, c++) {
    if (tok[q].kind == KN_TK_PUNCT) return 0;
    if (word_is(x, q, "twice")) return 1;
    if (word_is(x, q, "times") && q > a + 1) {
      if (tok[q - 1].kind == KN_TK_NUM || key_in(x, q - 1, C_NUMWORD)) return 1;
      if (word_in(x, q - 1, COUNT_WORDS)) return 1;
    }
  }
  return 0;
}

/* Is there an adverb of habit within five words before token a, in its
** sentence and with no punctuation between ("routinely denounces the
** allied drills", "has long branded the drills"), or right after it and
** its auxiliaries, the subject of a verb of habit ("the communique is
** normally published")? */
static int habitual_at(const ex *x, uint32_t a) {
  uint32_t s = x->tk->tok[a].sent;
  for (uint32_t q = a + 1, c = 0; q < x->ntok && x->tk->tok[q].sent == s && c < 3; q++, c++) {
    if (key_in(x, q, C_HABIT)) {
      if (q > a + 1) return 1;
      break;   /* right after the trigger: the checks below decide */
    }
    if (!key_in(x, q, C_AUX)) break;
  }
  for (long p = (long)a - 1, c = 0; p >= 0 && c < 6 && x->tk->tok[p].sent == s; p--, c++) {
    const kn_token *t = &x->tk->tok[p];
    if (t->kind == KN_TK_PUNCT && t->len == 1 && x->text[t->start] != '\'' && x->text[t->start] != '-') return 0;
    if (key_in(x, (uint32_t)p, C_HABIT)) return 1;
    if (p > 0 && key_in(x, (uint32_t)p - 1, C_AUX) && is_long(x, (uint32_t)p)) return 1;
  }
  return iterated(x, a);
}
static inline int habitual(const ex *x, uint32_t a) {
  return sent_has(x, x->tk->tok[a].sent, SF_HABIT) && habitual_at(x, a);   /* none of its words (filter_words) */
}

/* Is the noun at token a what something would be or would have been: the
** head of a noun phrase ("the", "a" or a possessive first) complementing
** "would be" or "would have been" ("If confirmed, it would be the largest
** overseas dispatch …", "It would have been the last gathering …")? A
** counterfactual names no happening; a plain copula ("It was the North's
** third launch") does. */
static int counterfactual_at(const ex *x, uint32_t a) {
  const kn_token *tok = x->tk->tok;
  uint32_t s = tok[a].sent;
  for (long p = (long)a - 1, c = 0; p >= 2 && c < 6 && tok[p].sent == s; p--, c++) {
    if (tok[p].kind == KN_TK_CLITIC) continue;
    if (tok[p].kind != KN_TK_WORD) return 0;
    if (!word_is(x, (uint32_t)p, "be") && !word_is(x, (uint32_t)p, "been")) continue;
    if ((uint32_t)p + 1 >= a || !key_in(x, (uint32_t)p + 1, C_SKIP)) return 0;
    if (word_is(x, (uint32_t)p - 1, "would")) return word_is(x, (uint32_t)p, "be");
    return word_is(x, (uint32_t)p, "been") && word_is(x, (uint32_t)p - 1, "have") && word_is(x, (uint32_t)p - 2, "would");
  }
  return 0;
}
static inline int counterfactual(const ex *x, uint32_t a) {
  return sent_has(x, x->tk->tok[a].sent, SF_WOULD) && counterfactual_at(x, a);   /* no "would" (filter_words) */
}

/* Is the deployment verb at token a a bare gerund: an -ing form with no
** "be" before it ("will look at sending troops", "with ten of them sending
** personnel")? It names the act, planned, weighed or a detail of another
** event, not a troop movement that happens; troops being sent take a form
** of "be" ("is sending", "are reportedly sending"), and a determiner or a
** possessive makes a noun of it ("the sending of troops"). */
static int bare_gerund(const ex *x, uint32_t a) {
  const kn_token *tok = x->tk->tok;
  const kn_token *t = &tok[a];
  /* a stem of three letters at least: "bring" is no gerund */
  if (t->len < 6 || memcmp(x->text + t->start + t->len - 3, "ing", 3) != 0) return 0;
  /* "the first landing of a B-52 bomber": a noun, its object after "of" */
  if (key_in(x, a + 1, C_OF)) return 0;
  long p = (long)a - 1;
  if (p >= 0 && tok[p].kind == KN_TK_WORD && tok[p].sent == t->sent && ends_ly(x, (uint32_t)p)) p--;   /* "reportedly" */
  if (p < 0 || tok[p].sent != t->sent || tok[p].kind != KN_TK_WORD) return 0;
  static const char *const be[] = { "is", "are", "was", "were", "be", "been", "am", "'s", "'re", NULL };
  if (word_in(x, (uint32_t)p, be)) return 0;
  return !key_in(x, (uint32_t)p, C_SKIP);
}

/* The verbs of failing whose outcome is negated ("failed to reach a
** deal"); their words set SF_NEG too (entry_flags). */
static const char *const FAIL[] = { "failed", "fails", "fail", "failing", NULL };

static int predicate_at(const ex *x, uint32_t t, uint32_t subj);
static int is_punct(const ex *x, uint32_t i, char c);

/* Does a negation's reach, walked back from a trigger, end at token p? A
** comma, "but" ("did not attend the summit but held talks": not this, but
** that), or "and"/"or" before a verb of its own tense ("did not attend the
** summit and held talks"; not "could go and meet", whose bare verb shares
** the modal). */
static int neg_scope_end(const ex *x, uint32_t p) {
  if (is_punct(x, p, ',') || word_is(x, p, "but")) return 1;
  return key_in(x, p, C_COORD) && p + 1 < x->tk->ntok && x->tk->tok[p + 1].sent == x->tk->tok[p].sent &&
         predicate_at(x, p + 1, UINT32_MAX);
}

/* Is the negation word at token p one that negates nothing: before a verb
** of holding back and "to" ("did not hesitate to sign the pact", "did not
** wait to", "never hesitated to")? What follows was done. */
static int neg_void(const ex *x, uint32_t p) {
  static const char *const HESITATE[] = { "hesitate", "hesitated", "hesitates", "hesitating", "wait", "waited",
    "waits", "waiting", NULL };
  return p + 2 < x->tk->ntok && x->tk->tok[p + 2].sent == x->tk->tok[p].sent && word_in(x, p + 1, HESITATE) &&
         key_in(x, p + 2, C_TO);
}

/* Is a trigger at tokens [a, b] negated, hypothetical or called off? */
/* (negated past its gate) */
static int negated_at(const ex *x, uint32_t a) {
  int neg = x->neg_class;
  uint32_t s = x->tk->tok[a].sent;
  long p = (long)a;
  for (int c = 0; c < 3; c++) {
    p = p - 1;
    if (p < 0 || x->tk->tok[p].sent != s || neg_scope_end(x, (uint32_t)p)) break;
    if ((word_classes(x, (uint32_t)p) & (1u << neg)) && !neg_void(x, (uint32_t)p) && !put_off_to(x, (uint32_t)p))
      return 1;
    if (p > 0 && key_in(x, (uint32_t)p, C_OFF) && key_in(x, (uint32_t)p - 1, C_CALLPUT)) return 1;
  }
  /* "failed to reach a deal", "fails to sign the pact": the outcome a
  ** verb of failing takes is negated, with its object; not a noun past a
  ** preposition ("failed to reach an agreement in talks on Thursday": the
  ** talks were held), nor "the failed summit" (no "to") */
  /* Only the infinitive's own verb or its object: not past a coordinator
  ** or "during" ("failed to narrow their differences and agreed to meet
  ** again", "failed to agree during a meeting in Tokyo"), nor a past form
  ** after the verb, which is no infinitive ("failed to ratify the pact
  ** signed in April"). */
  for (p = (long)a - 1; p > 0 && p + 7 > (long)a && x->tk->tok[p].sent == s && x->tk->tok[p].kind != KN_TK_PUNCT; p--) {
    if (key_in(x, (uint32_t)p, C_TO))
      return (p + 1 == (long)a || !past_form(x, a)) && first_is(x, (uint32_t)p - 1, 'f') &&
             word_in(x, (uint32_t)p - 1, FAIL);
    if (key_in(x, (uint32_t)p, C_NONPARTY_PREP) || key_in(x, (uint32_t)p, C_PARTY_PREP) ||
        key_in(x, (uint32_t)p, C_COORD) || word_is(x, (uint32_t)p, "but") || word_is(x, (uint32_t)p, "during"))
      break;
  }
  return 0;
}
/* Is the trigger at token a negated or called off by a word right before
** it? Only a sentence with a word of the negation class or of OFF can say
** so (SF_NEG): most triggers are passed inline. */
static inline int negated(const ex *x, uint32_t a) {
  return x->neg_class >= 0 && sent_has(x, x->tk->tok[a].sent, SF_NEG) && negated_at(x, a);
}

/* --------------------------------------------------------- clauses */

/* Word lists of the rules below (cues). */
static const char *const TO[] = { "to", NULL };
static const char *const ACC[] = { "according", NULL };
static const char *const THE[] = { "the", NULL };
static const char *const SKIP[] = { "the", "a", "an", "its", "their", "his", "her", NULL };
static const char *const OF[] = { "of", NULL };
static const char *const INAT[] = { "in", "at", "inside", "to", "for", NULL };
static const char *const HE[] = { "he", "she", NULL };
static const char *const BE[] = { "be", NULL };
static const char *const STRONG[] = { "will", "'ll", "scheduled", "upcoming", "next", NULL };
static const char *const ROLE_NOUNS[] = { "ministers", "minister", "leaders", "leader", "chiefs",
  "heads", "head", "delegations", "delegation", "officials", "diplomats", "representatives",
  "envoys", "presidents", "members", "militaries", "governments", "navies", "forces", "troops",
  "soldiers", "secretaries", "states", "countries", "nations", NULL };
static const char *const PARTY_NOUNS[] = { "troops", "troop", "soldiers", "forces", "officials",
  "delegation", "delegations", "government", "governments", "military", "militaries", "navy", "army",
  "diplomats", "authorities", "side", "team", "units", "warships", "jets", "ministers", "leaders",
  "counterparts", "envoys", "negotiators", "people", "workers", "personnel", "aircraft", "ships", "vessels",
  "destroyers", "fighters", "bombers", "chiefs", "commanders", NULL };
static const char *const PP_PREP[] = { "on", "after", "before", "at", "during", "ahead", "since",
  "about", "over", "following", "amid", "into", "from", "until", "despite", NULL };
static const char *const OTHER_SIGNAL[] = { "since", "until", "till", "by", "through", "before",
  "after", "from", "ago", "last", "centennial", "anniversary", NULL };

static const char *const BOUND_SIGNAL[] = { "since", "until", "till", "by", NULL };
static const char *const NUMWORD[] = { "two", "three", "four", "five", "six", "seven", "eight", "nine",
  "ten", NULL };
static const char *const BY[] = { "by", NULL };
static const char *const WHICH[] = { "which", "that", NULL };
static const char *const BETWEEN[] = { "between", "among", NULL };
static const char *const POSSDET[] = { "his", "her", "their", "its", NULL };
static const char *const WHO[] = { "who", NULL };
static const char *const AT[] = { "at", NULL };
static const char *const WHEN[] = { "when", NULL };
/* Words that narrow a place to a part of it ("to eastern Russia"). */
static const char *const COMPASS[] = { "eastern", "western", "northern", "southern", "central", "northeastern",
  "northwestern", "southeastern", "southwestern", "east", "west", "north", "south", "far", NULL };
static const char *const WENT[] = { "flew", "went", "came", "left", NULL };   /* past forms of going not in -ed */
static const char *const FLY[] = { "flew", "flies", "fly", "flown", "flying", NULL };
/* Nouns of a part or the time of a meeting: "the sidelines of the summit". */
static const char *const FRAME[] = { "sidelines", "sideline", "margins", "margin", "fringes", "fringe", "side",
  "eve", "opening", "close", "end", "start", "day", "days", "run-up", "runup", "lead-up", "wake",
  "edition", "round", NULL };
/* Verbs whose object is who takes part in their subject, an event. */
static const char *const INCLUDE[] = { "included", "includes", "include", "including", "brought", "brings",
  "bring", "involved", "involves", "featured", "features", NULL };
static const char *const PLURALE[] = { "talks", "negotiations", NULL };
static const char *const PARTY_ING[] = { "involving", "featuring", "bringing", "joining", "gathering", NULL };
/* verbs whose date is the end of the event's span ("which ends Aug. 31") */
static const char *const END[] = { "ends", "end", "ended", "ending", "concludes", "concluded", "closes",
  "closed", "through", "until", "till", "thru", NULL };
/* words before "from" that move an event to another day ("moved from",
** "brought forward from", "pushed back from") */
static const char *const MOVED[] = { "moved", "rescheduled", "shifted", "advanced", "switched", "postponed", "delayed",
  NULL };
/* words after a verb of moving that make it one of going on ("moved ahead
** with the drills") */
static const char *const AHEAD_ON[] = { "ahead", "on", "with", NULL };
/* "pushed back from", "brought forward from" ("scaled back from 2018 to
** 2022" is a span) */
static const char *const MOVED_BY[] = { "pushed", "moved", "brought", "put", "set", NULL };
static const char *const BACK_FORWARD[] = { "back", "forward", NULL };
/* verbs of an agreement running out: the day it lapses is not the day it
** was made */
static const char *const EXPIRE[] = { "expired", "expires", "expire", "expiring", "lapsed", "lapses", "lapse",
  "lapsing", NULL };
/* ... and of its own ending (not "concluded", "closed": an agreement
** concluded on a day was made on it) */
static const char *const CEASE[] = { "ended", "ends", "end", "ending", NULL };
static const char *const PP_PREP_INTRO[] = { "in", "at", "during", NULL };
static const char *const AUX[] = { "is", "was", "were", "are", "be", "been", "has", "have", "had", "will",
  "would", "did", "does", NULL };
static const char *const ADVERB[] = { "also", "then", "later", "again", "together", "first", "last", "already", NULL };
static const char *const THROUGH[] = { "through", "until", "till", "thru", NULL };
static const char *const BOUNDARY_WORDS[] = { "while", "whereas", "amid", "although", "though",
  "because", "despite", "said", "says", "saying", "told", "adding", "after", "before", "since",
  "where", "when", "but", "whose", "confirms", "confirmed", "announced", "announces", "warned", "warns",
  "claimed", "claims", "if", "unless", NULL };
static const char *const RELATIVE[] = { "which", "who", "whom", "whose", NULL };
static const char *const THAT[] = { "that", NULL };
/* Verbs that take a "that" clause: what follows is what was said, found or
** agreed, a clause of its own. */
static const char *const SAY[] = { "said", "says", "say", "confirmed", "confirms", "confirm", "announced",
  "announces", "reported", "reports", "stated", "states", "warned", "warns", "claimed", "claims",
  "noted", "added", "revealed", "believes", "believed", "estimated", "estimates", "assessed", "assesses",
  "agreed", "agree", "agrees", "acknowledged", "denied", "insisted", "argued", "concluded", "found",
  "showed", "indicated", "suggested", "stressed", "explained", "declared", "hoped", "expected", "told",
  "tells", NULL };
/* "called off his trip", "put off a planned visit": cancelled. */
static const char *const OFF[] = { "off", NULL };
static const char *const CALLPUT[] = { "call", "calls", "called", "calling", "put", "puts", "putting", NULL };
/* Support verbs whose object names the event ("to hold talks"). */
static const char *const SUPPORT[] = { "hold", "attend", "join", "address", "convene", "host", "arrange", "stage",
  "conduct", "chair", "co-chair", "make", "pay", "have", "sign", "open", NULL };
/* Adverbs of habit: "North Korea routinely denounces the drills" tells of
** no one happening. */
/* "regular ministerial talks": the adjective, too, makes a kind of event */
static const char *const HABIT[] = { "routinely", "regularly", "habitually", "usually", "typically", "regular",
  "normally", "customarily", "traditionally", NULL };
static const char *const CONFIRM[] = { "confirmed", "confirms", "confirm", NULL };
static const char *const RECEIVE[] = { "received", "receives", "receive", "receiving", "welcomed", "welcomes", "welcome",
  "welcoming", NULL };
static const char *const IT[] = { "it", NULL };
/* the forms of "be" a passive or a copula takes */
static const char *const BE_FORMS[] = { "is", "are", "was", "were", "be", "been", "being", NULL };
/* Words of a clause that refer back to what the clause before named. */
static const char *const ANAPHOR[] = { "they", "them", "their", "it", "its", "some", NULL };
/* Verbs of expecting or believing: their subject tells what it thinks. */
static const char *const THINK[] = { "expected", "expects", "believes", "believed", "hoped", "hopes", "thinks",
  "thought", "estimated", "estimates", "feared", "fears", NULL };
/* Nouns whose "that" clause is what is known or said. */
static const char *const CONTENT[] = { "estimate", "estimates", "assessment", "assessments", "claim", "claims",
  "report", "reports", "evidence", "fears", "warning", "warnings", "intelligence", "news", "confirmation",
  "view", "belief", NULL };
/* Nouns of a standing relation between two sides ("ties with Russia"). */
static const char *const RELATION[] = { "partnership", "cooperation", "co-operation", "ties", "relations",
  "relationship", "alignment", "collusion", "trade", "dealings", "links", NULL };
static const char *const WITH[] = { "with", NULL };
/* Nouns of sides a place describes (sides_place). */
static const char *const SIDES[] = { "partners", "allies", "neighbors", "neighbours", "countries", "nations",
  "democracies", NULL };
/* verbs putting out a document: "issued a joint statement", "released the
** communique" */
/* nouns a trigger word may modify: "the ministerial level", "a meeting room" */
static const char *const MODHEAD[] = { "level", "levels", "room", "rooms", "venue", "venues", "format", "hall",
  "obligation", "obligations", "facility", "facilities", "pad", "pads", "site", "sites", NULL };
static const char *const ISSUE[] = { "issued", "issues", "issue", "issuing", "released", "releases", "release",
  "releasing", "published", "publishes", "publish", "publishing", NULL };
/* Verbs of telling someone something ("told the outlet that …"). */
static const char *const TELL[] = { "told", "tells", "tell", "informed", "informs", NULL };
static const char *const SEQUENCE[] = { "before", "after", "following", "ahead", NULL };
/* Whom one tells: "told lawmakers on Wednesday that …". */
static const char *const ADDRESSEE[] = { "reporters", "lawmakers", "legislators", "journalists", "parliament",
  "parliamentarians", "the", "press", NULL };

static int is_dash(const ex *x, uint32_t i);

static int is_punct(const ex *x, uint32_t i, char c) {
  return x->punct[i] == (unsigned char)c;
}

/* Is the trigger at token a in the infinitive of a wish the past perfect
** tells of ("Lee had hoped to use the gathering for his first talks with
** Trump", "had wanted to visit Kyiv"): what was hoped for then, and did
** not come about? Within twelve words of one clause (no punctuation but
** hyphens between) before a. */
static int unrealised_at(const ex *x, uint32_t a) {
  const kn_token *tok = x->tk->tok;
  uint32_t s = tok[a].sent;
  for (long p = (long)a - 1, c = 0; p >= 2 && c < 12 && tok[p].sent == s; p--, c++) {
    if (tok[p].kind == KN_TK_PUNCT && !is_punct(x, (uint32_t)p, '-')) return 0;
    if (!key_in(x, (uint32_t)p, C_TO)) continue;
    for (int k = 0; WISH[k]; k++)
      if (word_is(x, (uint32_t)p - 1, WISH[k])) return word_is(x, (uint32_t)p - 2, "had");
  }
  return 0;
}
static inline int unrealised(const ex *x, uint32_t a) {
  return sent_has(x, x->tk->tok[a].sent, SF_WISH) && unrealised_at(x, a);   /* no word of WISH (filter_words) */
}

/* How far a clause reaches on each side of its trigger, in tokens: well
** past any real sentence (the corpus's longest has 64 tokens), and it keeps
** the work per trigger bounded on text with no sentence end (DESIGN.md: bad
** input never stalls a run). */
#if !defined(KN_EV_CLAUSE_MAX)
#define KN_EV_CLAUSE_MAX 256
#endif

static size_t timex_search(const kn_tagger *tg, uint32_t t);
static size_t mention_search(const kn_linker *lk, uint32_t t);

/* mention_from(lk, t): the first mention of lk starting at token t or
** after it; timex_from(tg, t) the same for temporal expressions. The
** rules ask it some thirty times an event: for the document's own linker
** and tagger it is read from a table of the run (mfrom, tfrom: ntok + 1
** entries each), otherwise searched. They are macros over x, which every
** rule has, so that the rules keep calling them as functions of lk / tg. */
static inline size_t mention_at(const ex *x, const kn_linker *lk, uint32_t t) {
  if (lk != x->lk) return mention_search(lk, t);
  return t <= x->ntok ? x->mfrom[t] : lk->nm;
}
static inline size_t timex_at(const ex *x, const kn_tagger *tg, uint32_t t) {
  if (tg != x->tg || !x->tfrom) return timex_search(tg, t);
  return t <= x->ntok ? x->tfrom[t] : tg->ntx;
}
#define mention_from(lk, t) mention_at(x, (lk), (t))
#define timex_from(tg, t) timex_at(x, (tg), (t))
static long governor(const ex *x, const kn_mention *m, uint32_t lo);
static int noun_trigger(const ex *x, const cand *c);
/* The first token of the new day a verb of putting off at token p names
** ("postponed the talks from Nov. 4 to Nov. 8", "were postponed until
** Nov. 8"), else 0. The event is then moved, not called off: still
** planned, on that day. "to", "until" or "till" and a date later in its
** clause (no punctuation but a dash, no clause word); a bare "postponed
** the talks" still calls them off. */
static const char *const PUT_OFF[] = { "postponed", "postpone", "postpones", NULL };
static uint32_t put_off_to(const ex *x, uint32_t p) {
  static const char *const UNTIL[] = { "to", "until", "till", NULL };
  const kn_token *tok = x->tk->tok;
  uint32_t s = tok[p].sent;
  if (!word_in(x, p, PUT_OFF)) return 0;
  for (uint32_t q = p + 1, k = 0; q + 1 < x->tk->ntok && tok[q + 1].sent == s && k < 14; q++, k++) {
    if (tok[q].kind == KN_TK_PUNCT && !is_punct(x, q, '-')) return 0;
    if (key_in(x, q, C_BOUNDARY_WORDS) || key_in(x, q, C_RELATIVE) || key_in(x, q, C_THAT)) return 0;
    if (!word_in(x, q, UNTIL)) continue;
    size_t ti = timex_from(x->tg, q + 1);
    return ti < x->tg->ntx && x->tg->tx[ti].first == q + 1 &&
           (x->tg->tx[ti].type == KN_TX_DATE || x->tg->tx[ti].type == KN_TX_TIME) ? q + 1 : 0;
  }
  return 0;
}
/* Is timex t the new day of a putting off before it ("were postponed
** until Nov. 8": the day the event is put off to, no end of a span)? */
static int put_off_day(const ex *x, const kn_timex *t) {
  uint32_t s = x->tk->tok[t->first].sent;
  for (uint32_t p = t->first, k = 0; p-- > x->tk->sent[s].first && k < 14; k++)
    if (word_in(x, p, PUT_OFF)) return put_off_to(x, p) == t->first;
  return 0;
}

/* Is the trigger ending at token b the subject of a passive that calls
** it off ("a ministerial meeting with Kazakhstan, planned for Thursday, had
** been canceled")? A form of "be", then a past participle of the lexicon's
** negation class (only when off: the sentence has one, SF_OFF) or "called
** off" / "put off", within twelve tokens after it in its sentence. */
static int called_off_at(const ex *x, uint32_t b, int off) {
  int neg = x->neg_class;
  const kn_token *tok = x->tk->tok;
  uint32_t s = tok[b].sent;
  size_t mi = mention_from(x->lk, b + 1);
  for (uint32_t q = b + 1, k = 0; q < x->tk->ntok && tok[q].sent == s && k < 12; q++, k++) {
    /* a name is one word: "The talks between Cho Tae-yul and Takeshi
    ** Iwaya, scheduled for Nov. 8, were cancelled" */
    while (mi < x->lk->nm && x->lk->m[mi].last < q) mi++;
    if (mi < x->lk->nm && x->lk->m[mi].first == q) { q = x->lk->m[mi].last; continue; }
    /* another clause: "… fired missiles after the drills had been
    ** postponed"; not "and" between two names */
    if (key_in(x, q, C_COORD) && q > b + 1 && mi < x->lk->nm && x->lk->m[mi].first == q + 1 &&
        mi > 0 && x->lk->m[mi - 1].last == q - 1) continue;
    if (key_in(x, q, C_COORD) || key_in(x, q, C_SEQUENCE) || key_in(x, q, C_BOUNDARY_WORDS) ||
        key_in(x, q, C_WHEN) || key_in(x, q, C_THAT) || key_in(x, q, C_SAY)) return 0;
    if (off && q > b + 1 && key_in(x, q - 1, C_AUX) && past_form(x, q) && (word_classes(x, q) & (1u << neg)))
      return !put_off_to(x, q);
    /* "The summit planned for Friday was called off" */
    if (q > b + 2 && key_in(x, q, C_OFF) && key_in(x, q - 1, C_CALLPUT) && key_in(x, q - 2, C_AUX))
      return 1;
  }
  return 0;
}

/* The test of called_off at its q is made once a document
** (may_call_off): most sentences have no such word, and their triggers
** are passed inline; keep the two in step. */
static inline int called_off(const ex *x, uint32_t b) {
  if (x->neg_class < 0) return 0;
  uint32_t s = x->tk->tok[b].sent;
  /* "was called off": "off" sets SF_NEG, not SF_OFF */
  return sent_has(x, s, SF_OFF) ? called_off_at(x, b, 1) : sent_has(x, s, SF_NEG) && called_off_at(x, b, 0);
}


static long support_verb_before(const ex *x, uint32_t a);
static int paragraph_between(const ex *x, uint32_t a, uint32_t b);
static int relative_before(const ex *x, uint32_t f, uint32_t l, uint32_t a);
static uint32_t relative_word_before(const ex *x, uint32_t f);

/* Is the trigger at token a a kind of event, not one happening, because
** "every" or "each" is its determiner, right before it or before one
** modifier ("has attended every NATO summit since 2022", "at each annual
** meeting")? */
static int every_one_at(const ex *x, uint32_t a) {
  const kn_token *tok = x->tk->tok;
  uint32_t s = tok[a].sent;
  /* "has attended every NATO summit": the verb of a kind of event too */
  if ((tok[a].flags & KN_TF_LOWER) && a + 1 < x->tk->ntok && tok[a + 1].sent == s &&
      (word_is(x, a + 1, "every") || word_is(x, a + 1, "each")) && support_verb_before(x, a + 1) == (long)a)
    return 1;
  for (long p = (long)a - 1, c = 0; p >= 0 && c < 2 && tok[p].sent == s; p--, c++) {
    if (tok[p].kind != KN_TK_WORD) return 0;
    if (word_is(x, (uint32_t)p, "every") || word_is(x, (uint32_t)p, "each")) return 1;
    if (!(tok[p].flags & KN_TF_LOWER)) return 0;
  }
  return 0;
}
static inline int every_one(const ex *x, uint32_t a) {
  return sent_has(x, x->tk->tok[a].sent, SF_EVERY) && every_one_at(x, a);   /* no "every" or "each" (filter_words) */
}

/* Does the sentence of the noun at token a open with "It is", "It was" or
** "It will be", whose complement the noun heads: determiners, possessives,
** modifiers and acronyms only between ("It was the North's fifth ICBM
** launch")? */
static int it_copula(const ex *x, uint32_t a) {
  const kn_token *tok = x->tk->tok;
  uint32_t first = x->tk->sent[tok[a].sent].first;
  if (a < first + 3 || a > first + 9 || !key_in(x, first, C_IT)) return 0;
  uint32_t q = first + 1;
  if (word_is(x, q, "will") && word_is(x, q + 1, "be")) q++;
  else if (!word_is(x, q, "is") && !word_is(x, q, "was")) return 0;
  if (!key_in(x, q + 1, C_SKIP)) return 0;
  for (uint32_t p = q + 2; p < a; p++) {
    const kn_token *t = &tok[p];
    if (t->kind == KN_TK_CLITIC || t->kind == KN_TK_NUM || is_punct(x, p, '-')) continue;
    if (t->kind != KN_TK_WORD || key_in(x, p, C_OF) || key_in(x, p, C_INAT) || key_in(x, p, C_PP_PREP) ||
        key_in(x, p, C_THAT) || key_in(x, p, C_WHICH)) return 0;
  }
  return 1;
}

/* Is mention m, after the subject trigger c, the possessor of the
** complement of "is" or "was" that counts the event among its own ("The
** launch was the North's first since March", "The talks were Rubio's
** last as secretary of state")? It names the event's actor. */
static int copula_owner(const ex *x, const cand *c, const kn_mention *m) {
  static const char *const RANK[] = { "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
    "eighth", "ninth", "tenth", "last", "latest", "final", "biggest", "largest", NULL };
  uint32_t q = c->b + 1;
  if (q + 1 >= x->tk->ntok || !(word_is(x, q, "was") || word_is(x, q, "is") || word_is(x, q, "were") ||
                                word_is(x, q, "are"))) return 0;
  q++;
  if (key_in(x, q, C_THE)) q++;
  if (m->first != q || m->last + 2 >= x->tk->ntok || x->tk->tok[m->last + 1].kind != KN_TK_CLITIC) return 0;
  return word_in(x, m->last + 2, RANK);
}

/* Is token t inside a temporal expression? */
static int in_timex(const ex *x, uint32_t t) {
  if (!x->tg || !x->tg->ntx) return 0;
  size_t i = timex_from(x->tg, t + 1);      /* the first one starting after t */
  return i > 0 && x->tg->tx[i - 1].first <= t && t <= x->tg->tx[i - 1].last;
}

/* Is the "that" at token t a complementizer after a verb of saying,
** finding or agreeing ("confirmed on Monday that …", "told lawmakers on
** Wednesday that …")? Its clause is what
** was said, not the saying. A relative "that" follows a noun instead. */
static int complementizer(const ex *x, uint32_t t) {
  if (!key_in(x, t, C_THAT)) return 0;
  uint32_t s = x->tk->tok[t].sent;
  /* the verb, or the verb and a date or a short phrase with a preposition:
  ** "confirmed on Monday that", "confirmed for the first time that" */
  for (long p = (long)t - 1, k = 0; p >= 0 && k < 5 && x->tk->tok[p].sent == s; p--, k++) {
    if (key_in(x, (uint32_t)p, C_SAY)) {
      uint32_t n = (uint32_t)p + 1;
      while (n < t && key_in(x, n, C_ADDRESSEE)) n++;     /* "told (the) reporters" */

      return n == t || in_timex(x, n) || key_in(x, n, C_PP_PREP) || key_in(x, n, C_INAT);
    }
    const kn_token *k1 = &x->tk->tok[p];
    if (!in_timex(x, (uint32_t)p) && (k1->kind != KN_TK_WORD || !(k1->flags & KN_TF_LOWER))) break;
  }
  /* "the Defense Department's estimate that 10,000 soldiers have been
  ** sent", "intelligence that Moscow intended …": a noun of knowing or
  ** saying; what follows is its content, not its speaker's doing */
  if (t > 0 && key_in(x, t - 1, C_CONTENT)) return 1;
  /* "told the U.S. outlet The War Zone on Tuesday that": whom one tells is
  ** a noun phrase of names and words, a date may follow it */
  for (long p = (long)t - 1, k = 0; p >= 0 && k < 10 && x->tk->tok[p].sent == s; p--, k++) {
    if (key_in(x, (uint32_t)p, C_TELL)) return 1;
    const kn_token *k1 = &x->tk->tok[p];
    if ((k1->kind != KN_TK_WORD && k1->kind != KN_TK_CLITIC && !in_timex(x, (uint32_t)p)) || key_in(x, (uint32_t)p, C_COORD) ||
        key_in(x, (uint32_t)p, C_AUX) || key_in(x, (uint32_t)p, C_THAT)) break;
  }
  /* "Cho said after the talks between Blinken and Kishida that …": a
  ** phrase opened by a preposition after the verb of saying may hold names
  ** and "and"; what follows "that" is still what was said. Not a "that"
  ** a verb follows: "said at the NATO summit that opened in Washington on
  ** Wednesday that …" is a relative pronoun, its clause the summit's */
  if (t + 1 < x->ntok && x->tk->tok[t + 1].kind == KN_TK_WORD && (x->tk->tok[t + 1].flags & KN_TF_LOWER) &&
      (past_form(x, t + 1) || key_in(x, t + 1, C_AUX)))   /* (AUX holds "be") */
    return 0;
  for (long p = (long)t - 1, k = 0; p >= 0 && k < 16 && x->tk->tok[p].sent == s; p--, k++) {
    if (key_in(x, (uint32_t)p, C_SAY))
      return key_in(x, (uint32_t)p + 1, C_PP_PREP) || key_in(x, (uint32_t)p + 1, C_INAT);
    const kn_token *k1 = &x->tk->tok[p];
    if ((k1->kind != KN_TK_WORD && k1->kind != KN_TK_CLITIC && !in_timex(x, (uint32_t)p)) || key_in(x, (uint32_t)p, C_AUX) ||
        key_in(x, (uint32_t)p, C_THAT) || key_in(x, (uint32_t)p, C_RELATIVE)) return 0;
  }
  return 0;
}

/* Does the comma at token t join two clauses (", and Shin held talks …"):
** "and" or "but" after it, then a name, and no name right before it (that
** comma would be one of a list: "Seoul, Tokyo, and Washington")? */
static int clause_comma_at(const ex *x, uint32_t t) {
  if (!is_punct(x, t, ',') || t == 0 || t + 2 >= x->tk->ntok || !key_in(x, t + 1, C_COORD)) return 0;
  size_t i = mention_from(x->lk, t + 2);
  if (i >= x->lk->nm || x->lk->m[i].first != t + 2) return 0;
  /* a comma before "and" ends a list of three or more, its items set off
  ** by commas ("Seoul, Tokyo, and Washington"); a name alone before it
  ** ends a clause ("when Putin visited Pyongyang, and American officials
  ** worry …") */
  if (!(i > 0 && x->lk->m[i - 1].last + 1 == t)) return 1;
  uint32_t f = x->lk->m[i - 1].first;
  return !(f > 0 && is_punct(x, f - 1, ','));
}

/* clause_comma_at for a comma: clause_bounds asks it of every token (~0.5%). */
static inline int clause_comma(const ex *x, uint32_t t) {
  return is_punct(x, t, ',') && clause_comma_at(x, t);
}

/* What token t is to the clauses around it: CL_BREAK, a boundary (";", a
** boundary word, a complementizer); CL_COMMA, a comma joining two clauses. */
enum { CL_BREAK = 1, CL_COMMA = 2 };
/* clause_bounds also marks, for its own passes only, a relative word
** after a comma (", which": CL_REL), the comma closing an opening
** subordinate clause (CL_CLOSE) and the "that" of "and that" (CL_SECOND). */
enum { CL_REL = 4, CL_CLOSE = 8, CL_SECOND = 16, CL_BUT = 32 };
/* Is token t "confirmed" set for a date after it ("The summit was
** confirmed for Friday", "the talks, confirmed for March 16")? */
static int set_for(const ex *x, uint32_t t) {
  return key_in(x, t, C_CONFIRM) && past_form(x, t) && t + 2 < x->tk->ntok && word_is(x, t + 1, "for") &&
         in_timex(x, t + 2);
}

/* Is token t a "but" right before a past verb, with no comma before it
** ("did not attend the summit but held talks")? Its verb shares the
** subject before it, as one after a bare "and" does: the clause after it
** reaches back over it (CL_BUT), the one before still ends at it. */
static int but_verb(const ex *x, uint32_t t) {
  if (!word_is(x, t, "but") || t == 0 || is_punct(x, t - 1, ',') || t + 1 >= x->tk->ntok ||
      x->tk->tok[t + 1].sent != x->tk->tok[t].sent || !(x->tk->tok[t + 1].flags & KN_TF_LOWER)) return 0;
  return past_verb(x, t + 1);
}

/* Is token t an adverb "since" between an auxiliary and its verb ("North
** Korea has since sent troops", "they had since met twice")? It opens no
** clause: the subject before it is the verb's. */
static int since_adverb(const ex *x, uint32_t t) {
  return t > 0 && t + 1 < x->tk->ntok && word_is(x, t, "since") && key_in(x, t - 1, C_AUX) &&
         x->tk->tok[t + 1].sent == x->tk->tok[t].sent && x->tk->tok[t + 1].kind == KN_TK_WORD &&
         (x->tk->tok[t + 1].flags & KN_TF_LOWER) && !key_in(x, t + 1, C_THE) && !key_in(x, t + 1, C_SKIP) &&
         !in_timex(x, t + 1) && (past_form(x, t + 1) || verb_at(x, t + 1, UINT32_MAX));
}

static unsigned clause_mark(const ex *x, uint32_t t) {
  /* most tokens are neither punctuation nor a boundary word nor "that"
  ** (complementizer's first test): one load each */
  if (!x->punct[t] && !(x->cue[t] & ((uint64_t)1 << C_BOUNDARY_WORDS | (uint64_t)1 << C_THAT))) return 0;
  /* "shortly before midnight on Tuesday", "after 1 a.m.": a time right
  ** after "before" or "after" makes a phrase of it, no clause ("since
  ** January," still bounds one) */
  /* "The summit was confirmed for Friday": set for a day, a passive of
  ** scheduling; no speaker's verb opening what it says */
  return (is_punct(x, t, ';') ||
          (key_in(x, t, C_BOUNDARY_WORDS) && !(key_in(x, t, C_SEQUENCE) && in_timex(x, t + 1)) && !set_for(x, t) &&
           !but_verb(x, t) && !since_adverb(x, t)) ||
          complementizer(x, t) ? CL_BREAK : 0) |
         (but_verb(x, t) ? CL_BUT : 0) |
         (clause_comma(x, t) ? CL_COMMA : 0);
}

/* Token i's marks (CL_* but CL_CLOSE and CL_SECOND) in the sentence
** starting at token sf, for clause_bounds. */
KN_NOINLINE static uint8_t mark_at(const ex *x, uint32_t i, uint32_t sf) {
  unsigned mk = clause_mark(x, i);
  if (((x->cue[i] >> C_RELATIVE) & 1u) && i > sf && is_punct(x, i - 1, ',')) mk |= CL_REL;
  return (uint8_t)mk;
}

/* The clause boundaries of sentence si, as marks of its tokens (CL_*):
** clause_start and clause_end find a trigger's clause from them. Done for
** sentences with triggers, each token's marks found once. *mp: where in
** ml to go on from (sentences are asked in order). */
static void clause_bounds(const ex *x, uint32_t si, uint8_t *mark, uint32_t *mp) {
  const kn_tokenizer *tk = x->tk;
  {
    const kn_sentence *se = &tk->sent[si];
    if (se->last < se->first) return;   /* (scue[si] stays every list: kn_event_run) */
    const uint32_t sf = se->first, sl = se->last;   /* the stores below may alias the sentence */
    uint64_t cues = 0;                  /* the sentence's cue lists, for the "and that" search */
    {
      /* four at a time, in four words: no store in the loop */
      const uint64_t *cuev = x->cue;
      uint64_t c1 = 0, c2 = 0, c3 = 0;
      uint32_t i = sf;
      for (; i + 3 <= sl; i += 4) { cues |= cuev[i]; c1 |= cuev[i + 1]; c2 |= cuev[i + 2]; c3 |= cuev[i + 3]; }
      for (; i <= sl; i++) cues |= cuev[i];
      cues |= c1 | c2 | c3;
    }
    /* what clause_mark and CL_REL test: a comma, a semicolon, a word of
    ** their lists (tok_words listed them: ml); every other token is 0 */
    memset(mark + sf, 0, sl - sf + 1);
    {
      uint32_t j = *mp;
      const uint32_t *ml = x->ml, nml = x->nml;
      while (j < nml && ml[j] < sf) j++;
      for (; j < nml && ml[j] <= sl; j++) mark[ml[j]] = mark_at(x, ml[j], sf);
      *mp = j;
    }
    if (si < x->nsent) x->scue[si] = cues;   /* sent_cues */
    /* "Hours after the drills began, North Korea fired …", "Before the
    ** session began, Yoon and Biden held …": a subordinate clause put before
    ** the main one ends at its comma; the main clause's subject is not its */
    uint32_t close = UINT32_MAX;
    for (uint32_t i = sf; i <= sl && i < sf + 4; i++) {
      if (tk->tok[i].kind != KN_TK_WORD && tk->tok[i].kind != KN_TK_NUM) break;
      /* "Following the summit on July 11, Yoon met Kishida", "Ahead of the
      ** talks, …": a fronted phrase of sequence names another event; the
      ** main clause's subject is no party of it */
      if (!(key_in(x, i, C_BOUNDARY_WORDS) ||
            (key_in(x, i, C_SEQUENCE) && !in_timex(x, i) &&        /* "The following day, …" is a date */
             (word_is(x, i, "following") || (i < sl && word_is(x, i + 1, "of"))))) ||
          key_in(x, i, C_SAY)) continue;
      for (uint32_t k = i + 1; k <= sl && k < i + KN_EV_CLAUSE_MAX; k++)
        if (is_punct(x, k, ',')) { close = k; break; }
      break;
    }
    /* the "that" of "and that" when its clause has a subject of its own;
    ** one that refers back ("and that some of them are deployed in Kursk")
    ** continues the clause before it */
    uint32_t second = UINT32_MAX;
    for (uint32_t i = (cues >> C_THAT) & 1u ? sf + 1 : sl; i < sl && second == UINT32_MAX; i++) {
      if (!key_in(x, i, C_THAT) || !key_in(x, i - 1, C_COORD)) continue;
      second = i;
      for (uint32_t k = i + 1; k <= sl && k <= i + 2; k++)
        if (key_in(x, k, C_ANAPHOR)) second = UINT32_MAX;
    }
    if (close != UINT32_MAX) mark[close] |= CL_CLOSE;      /* within the sentence */
    if (second != UINT32_MAX) mark[second] |= CL_SECOND;
  }
}

/* The start of the clause of a trigger starting at token a (a sentence's
** tokens marked by clause_bounds), or lim when it starts before lim (lim
** <= a): where the last boundary before a is, found by going back from a
** over the marks. A boundary mark at p opens a clause at p + 1 (a break,
** the comma closing an opening clause, the "that" of "and that") or at p
** (", which"); a comma joining clauses at p opens one at p + 1 (its "and").
** Searched, not filled in for every token: only triggers' clauses are
** asked, and the search stops at lim (clause_of's reach). */
/* The first (last) byte of v that is not 0, in memory order (v != 0). */
static inline unsigned first_byte(uint64_t v) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  return (unsigned)__builtin_ctzll(v) >> 3;
#else
  unsigned char b[8];
  unsigned k = 0;
  memcpy(b, &v, 8);
  while (!b[k]) k++;
  return k;
#endif
}

static inline unsigned last_byte(uint64_t v) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  return 7 - ((unsigned)__builtin_clzll(v) >> 3);
#else
  unsigned char b[8];
  unsigned k = 7;
  memcpy(b, &v, 8);
  while (!b[k]) k--;
  return k;
#endif
}

#define CL_REP(v) ((uint64_t)(v) * 0x0101010101010101ull)
static uint32_t clause_start(const ex *x, uint32_t a, uint32_t lim) {
  const uint32_t sf = x->tk->sent[x->tk->tok[a].sent].first;
  const uint8_t *mark = x->mark;
  if (a <= sf) return sf;
  uint32_t i = a;
  /* most runs of 8 tokens hold no mark: i - 7 .. i at once, their marks
  ** (and the marks before them) read 8 at a time */
  for (; i >= sf + 9 && i - 7 > lim; i -= 8) {
    uint64_t m1, m2;
    memcpy(&m1, mark + i - 8, 8);
    memcpy(&m2, mark + i - 9, 8);
    uint64_t v = (m1 & CL_REP(CL_BREAK | CL_REL | CL_CLOSE | CL_SECOND)) | (m2 & CL_REP(CL_COMMA));
    if (v) {
      i = i - 7 + last_byte(v);
      return (mark[i - 1] & (CL_BREAK | CL_CLOSE | CL_SECOND)) ? i : i - 1;
    }
  }
  /* the rest one token at a time, each mark read once (i - 2's is the
  ** next i - 1's) down to the one bound of the two */
  const uint32_t stop = sf + 2 > lim + 1 ? sf + 2 : lim + 1;
  if (i >= stop) {
    unsigned mp = mark[i - 1];
    for (; i >= stop; i--) {
      const unsigned mq = mark[i - 2];
      if ((mp & (CL_BREAK | CL_REL | CL_CLOSE | CL_SECOND)) | (mq & CL_COMMA))
        return (mp & (CL_BREAK | CL_CLOSE | CL_SECOND)) ? i : i - 1;
      mp = mq;
    }
  }
  if (lim >= sf + 1) return lim;      /* whatever opens a clause at or before lim: lim */
  return mark[sf] & (CL_BREAK | CL_CLOSE | CL_SECOND) ? sf + 1 : sf;   /* the sentence's second token */
}

/* The end of the clause of a trigger ending at token b, or lim when it
** ends after lim (lim >= b): the token before the next boundary mark, the
** one before a relative word after a comma or the "that" of "and that". */
static uint32_t clause_end(const ex *x, uint32_t b, uint32_t lim) {
  const uint32_t sl = x->tk->sent[x->tk->tok[b].sent].last;
  const uint8_t *mark = x->mark;
  const uint32_t end = lim < sl ? lim : sl;
  uint32_t j = b;
  for (; j + 9 <= sl && j + 8 <= end; j += 8) {   /* j .. j + 7 at once */
    uint64_t m1, m2;
    memcpy(&m1, mark + j + 1, 8);
    memcpy(&m2, mark + j + 2, 8);
    uint64_t v = (m1 & CL_REP(CL_BREAK | CL_COMMA | CL_CLOSE | CL_BUT)) | (m2 & CL_REP(CL_SECOND | CL_REL));
    if (v) return j + first_byte(v);
  }
  /* the rest one token at a time, each mark read once (j + 2's is the
  ** next j + 1's); past sl - 2 only the first test is left, for j = end - 1 */
  if (j < end) {
    unsigned m1 = mark[j + 1];
    for (; j < end; j++) {
      if (m1 & (CL_BREAK | CL_COMMA | CL_CLOSE | CL_BUT)) return j;
      if (j + 2 > sl) break;
      m1 = mark[j + 2];
      if (m1 & (CL_SECOND | CL_REL)) return j;
    }
  }
  return end;
}
#undef CL_REP

/* Does word t end in a plural's "s" (not "ss": "talks", "drills", not
** "address")? */
static int s_ending(const ex *x, uint32_t t) {
  const kn_token *k = &x->tk->tok[t];
  const char *w = x->text + k->start;
  return k->kind == KN_TK_WORD && k->len > 3 && (w[k->len - 1] | 0x20) == 's' && (w[k->len - 2] | 0x20) != 's';
}

/* Is token t, after the comma that closes a relative clause on a subject
** noun ending at token subj (UINT32_MAX: not known), the noun's own
** predicate: a lower-case verb (a past form, an auxiliary or one of
** ending), no "and", relative or preposition ("Talks ..., which opened on
** Monday, ended"; not "..., officials said")? A present form of a verb
** of a happening's course counts too when it agrees with the noun ("Talks
** …, which opened on Monday, continue", "The summit …, which opened on
** Monday, runs"). */
static int verb_at(const ex *x, uint32_t t, uint32_t subj) {
  /* irregular past forms a meeting's predicate takes */
  static const char *const IRREGULAR[] = { "brought", "drew", "met", "began", "held", "took", "made", "saw",
    "went", "came", "ran", "gave", "sent", "won", "broke", "led", NULL };
  static const char *const COURSE[] = { "continue", "continues", "resume", "resumes", "run", "runs", "last",
    "lasts", "begin", "begins", "start", "starts", "open", "opens", "enter", "enters", "move", "moves", NULL };
  const kn_token *v = &x->tk->tok[t];
  return v->kind == KN_TK_WORD && (v->flags & KN_TF_LOWER) &&
         (past_form(x, t) || key_in(x, t, C_AUX) || key_in(x, t, C_END) || word_in(x, t, IRREGULAR) ||
          (subj != UINT32_MAX && word_in(x, t, COURSE) && s_ending(x, t) != s_ending(x, subj))) &&
         !key_in(x, t, C_COORD) && !key_in(x, t, C_WHICH) && !key_in(x, t, C_RELATIVE) &&
         !key_in(x, t, C_PP_PREP) && !key_in(x, t, C_LOCPREP);
}

/* … after one adverb at most ("..., which opened on Monday, also included") */
static int predicate_at(const ex *x, uint32_t t, uint32_t subj) {
  if (verb_at(x, t, subj)) return 1;
  const kn_token *tok = x->tk->tok;
  if (t + 1 >= x->tk->ntok || tok[t + 1].sent != tok[t].sent || tok[t].kind != KN_TK_WORD ||
      !(tok[t].flags & KN_TF_LOWER)) return 0;
  int adverb = key_in(x, t, C_ADVERB) ||
               (tok[t].len > 3 && x->text[tok[t].start + tok[t].len - 2] == 'l' && x->text[tok[t].start + tok[t].len - 1] == 'y');
  return adverb && verb_at(x, t + 1, subj);
}

/* The comma closing a relative clause set off by commas on a name (not a
** place) whose relative word is at token q, when a date follows that comma
** at once or after "on" ("met Lloyd Austin, who is visiting Seoul, on
** Monday"), or UINT32_MAX. The date is the main clause's: the clause on
** the name is a parenthesis, and "on Monday" after its close would be no
** place for its own day. */
static uint32_t name_relative_dated(const ex *x, uint32_t q) {
  const kn_token *tok = x->tk->tok;
  uint32_t sl = x->tk->sent[tok[q].sent].last;
  if (q < 2 || !key_in(x, q, C_RELATIVE) || !is_punct(x, q - 1, ',') || tok[q - 2].kind == KN_TK_PUNCT) return UINT32_MAX;
  size_t mi = mention_from(x->lk, q - 2);
  while (mi > 0 && x->lk->m[mi - 1].last >= q - 2) mi--;
  if (mi >= x->lk->nm || x->lk->m[mi].last != q - 2 || x->lk->m[mi].type == KN_ET_LOCATION) return UINT32_MAX;
  uint32_t c2 = q + 1;
  while (c2 < sl && c2 < q + 12 && tok[c2].kind != KN_TK_PUNCT) c2++;
  if (c2 + 1 > sl || !is_punct(x, c2, ',')) return UINT32_MAX;
  uint32_t d = c2 + 1;
  if (d < sl && word_is(x, d, "on")) d++;
  if (!in_timex(x, d) || (d > 0 && in_timex(x, d - 1))) return UINT32_MAX;
  return c2;
}

/* The clause [lo, hi] of the sentence around tokens a..b. [*rlo, *rhi]: a
** relative clause set off by commas that a subject noun's clause reaches
** past to its predicate (its names are none of the event's parties);
** *rlo > *rhi when there is none. */
static void clause_of(const ex *x, uint32_t a, uint32_t b, int noun, uint32_t *lo, uint32_t *hi, uint32_t *rlo,
                      uint32_t *rhi) {
  const kn_sentence *se = &x->tk->sent[x->tk->tok[a].sent];
  uint32_t first = a - se->first > KN_EV_CLAUSE_MAX ? a - KN_EV_CLAUSE_MAX : se->first;
  uint32_t last = se->last - b > KN_EV_CLAUSE_MAX ? b + KN_EV_CLAUSE_MAX : se->last;
  uint32_t h = clause_end(x, b, last);
  *rlo = 1; *rhi = 0;
  /* "met Lloyd Austin, who is visiting Seoul, on Monday": the clause goes
  ** on past a relative clause on its object to the day after it (the
  ** relative's names and place stay out) */
  if (!noun && h + 2 <= last && is_punct(x, h + 1, ',')) {
    uint32_t rc = name_relative_dated(x, h + 2);
    if (rc != UINT32_MAX) {
      *rlo = h + 1; *rhi = rc;
      h = clause_end(x, rc, last);
    }
  }
  if (noun && h < last) {
    /* a relative clause on a noun trigger tells about the event itself:
    ** "the summit, which runs from Tuesday to Wednesday", "the session
    ** on Thursday, which brings together …" (one relative clause) */
    uint32_t n = h + 1;
    if (is_punct(x, n, ',') && n + 1 <= se->last && key_in(x, n + 1, C_WHICH) && n - b <= 4) {
      h = clause_end(x, n, last);
      /* "The summit, which Yoon said he would attend, opens in Vilnius":
      ** a verb of saying inside the clause on the subject noun ends none of
      ** the noun's; past its closing comma the predicate is the noun's */
      if (h < last && a <= se->first + 2) {
        uint32_t r = n + 2;     /* the token before the closing comma */
        while (r + 1 < last && r < n + 16 && x->tk->tok[r + 1].kind != KN_TK_PUNCT) r++;
        if (h < r && r + 2 <= last && is_punct(x, r + 1, ',') && predicate_at(x, r + 2, b)) h = clause_end(x, r + 1, last);
      }
    }
    /* "Talks between Seoul and Tokyo, which opened on Monday, ended on
    ** Wednesday": past a relative clause set off by commas, a verb is
    ** the predicate of the noun opening the sentence, its date the
    ** event's (the relative clause's own stays out: relative_between) */
    else if (is_punct(x, n, ',') && n + 1 <= se->last && n - b <= 10 && a <= se->first + 2 &&
             (key_in(x, n + 1, C_WHICH) || key_in(x, n + 1, C_RELATIVE))) {
      uint32_t r = n + 2;     /* the token before the closing comma */
      while (r + 1 < last && r < n + 16 && x->tk->tok[r + 1].kind != KN_TK_PUNCT) r++;
      if (r + 2 <= last && is_punct(x, r + 1, ',') && predicate_at(x, r + 2, b)) {
        *rlo = n; *rhi = r + 1;
        h = clause_end(x, r + 1, last);
      }
    }
  }
  *lo = clause_start(x, a, first);
  /* "Kim, who took office when Lee was sworn in on June 4, later met
  ** Park": a clause that a subordinating word opens inside a relative
  ** clause set off by commas ends with it, at its closing comma; the
  ** trigger past that comma is the main clause's, which opens at the
  ** relative word as it does for a relative clause alone (its date, tense
  ** cues and names stay out: relative_before) */
  if (*lo > se->first + 2 && *lo < a && key_in(x, *lo - 1, C_BOUNDARY_WORDS) && relative_before(x, *lo, *lo, a)) {
    uint32_t r = relative_word_before(x, *lo);
    if (r != UINT32_MAX) *lo = r;
  }
  *hi = h;   /* (an end past last is last, and so is the relative clause's after it) */
}

/* ------------------------------------------------------ participants */

static const char *const REPORTING[] = { "said", "says", "say", "told", "tells", "reported", "reports",
  "noted", "added", "stressed", "explained", "wrote", "quoted", "cited", "according", NULL };

static int32_t ref_of_mention(const kn_mention *m) {
  if (m->type == KN_ET_OFFICE) return m->holder;
  if (m->type == KN_ET_LOCATION || m->type == KN_ET_MEETING) return -1;
  return m->entity;
}

/* A speaker's post, named before the speaker's name ("Pentagon spokesman
** Pat Ryder"): the linker makes the name after it a new person. */
static const char *const SPOKES[] = { "spokesman", "spokeswoman", "spokesperson", NULL };
/* The words of the speaker's post starting at token t: one of SPOKES, or
** "press" and "secretary" or "officer" ("Pentagon press secretary Pat
** Ryder"); else 0. */
static uint32_t post_at(const ex *x, uint32_t t) {
  static const char *const PRESS_POST[] = { "secretary", "officer", NULL };
  if (word_in(x, t, SPOKES)) return 1;
  return t + 1 < x->tk->ntok && word_is(x, t, "press") && word_in(x, t + 1, PRESS_POST) ? 2 : 0;
}
/* The same, for a post ending at token t: its first token, or UINT32_MAX. */
static uint32_t post_ending(const ex *x, uint32_t t) {
  if (word_in(x, t, SPOKES)) return t;
  return t > 0 && post_at(x, t - 1) == 2 ? t - 1 : UINT32_MAX;
}

/* Is mention m a qualifier of the next entity ("South Korean Foreign Minister")? */
static int qualifies_at(const ex *x, size_t mi);
static inline int qualifies_next(const ex *x, size_t mi) {
  /* only a country or a body qualifies: asked of every party of a clause */
  const kn_mention *m = &x->lk->m[mi];
  return (m->type == KN_ET_COUNTRY || m->type == KN_ET_ORG) && qualifies_at(x, mi);
}

static int qualifies_at(const ex *x, size_t mi) {
  const kn_linker *lk = x->lk;
  const kn_mention *m = &lk->m[mi];
  uint32_t t = m->last + 1;
  if (t < x->tk->ntok && x->tk->tok[t].kind == KN_TK_CLITIC) t++;
  /* "NATO spokeswoman Farah Dakhlallah", "the Pentagon's deputy spokesperson
  ** Sabrina Singh": the body only places its spokesperson */
  if (t + 1 < x->tk->ntok && word_is(x, t, "deputy")) t++;
  uint32_t pl = t + 1 < x->tk->ntok ? post_at(x, t) : 0;
  if (pl && mi + 1 < lk->nm && lk->m[mi + 1].first == t + pl)
    return lk->m[mi + 1].type == KN_ET_PERSON;
  if (mi + 1 < lk->nm && lk->m[mi + 1].first == t) {
    int ty = lk->m[mi + 1].type;
    return ty == KN_ET_PERSON || ty == KN_ET_OFFICE || (ty == KN_ET_ORG && m->type == KN_ET_COUNTRY);
  }
  return 0;
}

/* A country or body owning something other than the trigger: "North
** Korea's nuclear threats", "Washington's commitment" (A). */
static int possessor_of_other(const ex *x, size_t mi, const cand *c) {
  const kn_mention *m = &x->lk->m[mi];
  if (m->type != KN_ET_COUNTRY && m->type != KN_ET_ORG) return 0;
  uint32_t t = m->last + 1;
  if (t >= x->tk->ntok || x->tk->tok[t].kind != KN_TK_CLITIC) return 0;
  uint32_t n = t + 1;
  if (n >= x->tk->ntok) return 0;
  if (n == c->a || (n + 1 == c->a && (x->tk->tok[n].flags & KN_TF_LOWER))) return 0;  /* its own trigger */
  /* modifiers joined by hyphens or with a number: "Nato's 75th-anniversary
  ** summit", "Seoul's two-day visit", an acronym among them ("the North's
  ** fifth ICBM launch") still own the trigger */
  for (uint32_t k = n; k < c->a && k < n + 4; k++) {
    const kn_token *w = &x->tk->tok[k];
    if (!(w->kind == KN_TK_NUM || is_punct(x, k, '-') ||
          (w->kind == KN_TK_WORD && ((w->flags & KN_TF_LOWER) || (k > n && (w->flags & KN_TF_UPPER)))))) break;
    if (k + 1 == c->a && k > n) return 0;
  }
  return (x->tk->tok[n].flags & KN_TF_LOWER) != 0;
}

/* A demonym used as an adjective of something that is not a party: "a
** North Korean nuclear attack", "the Lithuanian capital"; but "North
** Korean troops", "the South Korean delegation" are parties (B). */
static int demonym_at(const ex *x, size_t mi);
static inline int adjectival_demonym(const ex *x, size_t mi) {
  return x->lk->m[mi].how == KN_HOW_DEMONYM && demonym_at(x, mi);   /* (asked of every party of a clause) */
}

static int demonym_at(const ex *x, size_t mi) {
  const kn_mention *m = &x->lk->m[mi];
  uint32_t n = m->last + 1;
  /* "South Korean and American officials": through the demonyms joined,
  ** and through a name used as one after "and" ("South Korean and U.S.
  ** troops", "Polish and NATO forces"): the noun after the last is the
  ** head all of them qualify */
  for (size_t j = mi + 1; j < x->lk->nm && n + 1 < x->tk->ntok && (key_in(x, n, C_COORD) || is_punct(x, n, ',')); j++) {
    const kn_mention *o = &x->lk->m[j];
    if (o->first != n + 1 ||
        !(o->how == KN_HOW_DEMONYM || ((o->type == KN_ET_COUNTRY || o->type == KN_ET_ORG) && key_in(x, n, C_COORD))))
      break;
    n = o->last + 1;
  }
  if (n >= x->tk->ntok || !(x->tk->tok[n].flags & KN_TF_LOWER) || x->tk->tok[n].kind != KN_TK_WORD) return 0;
  /* the noun may come a word or two later: "South Korean intelligence
  ** officials", "North Korean special operations troops" */
  for (uint32_t k = n; k < n + 3 && k < x->tk->ntok; k++) {
    if (x->tk->tok[k].kind != KN_TK_WORD || !(x->tk->tok[k].flags & KN_TF_LOWER)) break;
    if (key_in(x, k, C_PARTY_NOUNS)) {
      /* "their Japanese counterparts, Kihara and Kamikawa": the people
      ** named in apposition are the parties, not their country */
      if (k + 2 < x->tk->ntok && is_punct(x, k + 1, ',')) {
        size_t j = mention_from(x->lk, k + 2);
        if (j < x->lk->nm && x->lk->m[j].first == k + 2 &&
            (x->lk->m[j].type == KN_ET_PERSON || (x->lk->m[j].type == KN_ET_OFFICE && x->lk->m[j].holder != -1)))
          return 1;
      }
      return 0;
    }
  }
  return 1;
}

/* Is the demonym m an adjective of the noun trigger c itself, with at
** most two lower-case modifiers between ("the North Korean deployment",
** "a North Korean missile launch")? */
static int demonym_of_trigger(const ex *x, const kn_mention *m, const cand *c) {
  if (m->last >= c->a || c->a - m->last > 3 || c->a != c->b) return 0;
  for (uint32_t k = m->last + 1; k < c->a; k++)
    if (x->tk->tok[k].kind != KN_TK_WORD || !(x->tk->tok[k].flags & KN_TF_LOWER)) return 0;
  return 1;
}

/* Is mention m a modifier of a noun of a standing relation, alone or
** joined by hyphens to others ("N. Korea-Russia military ties", "the
** U.S.-China relationship")? It names the topic, not a party. */
static int relation_modifier(const ex *x, const kn_mention *m) {
  const kn_linker *lk = x->lk;
  uint32_t t = m->last + 1;
  size_t mi = mention_from(lk, t);
  while (t + 1 < x->tk->ntok && is_punct(x, t, '-') && mi < lk->nm && lk->m[mi].first == t + 1) {
    t = lk->m[mi].last + 1;
    mi++;
  }
  /* a modifier may stand between only after names joined by hyphens: in
  ** "Korea, NATO lift ties" the word after the name is a verb */
  int joined = t > m->last + 1;
  if (m->first >= 2 && is_punct(x, m->first - 1, '-')) {           /* "Korea-Russia": the second */
    size_t pi = mention_from(lk, m->first - 1);
    joined |= pi > 0 && lk->m[pi - 1].last == m->first - 2;
  }
  uint32_t span = joined ? 3 : 1;
  for (uint32_t k = t; k < t + span && k < x->tk->ntok; k++) {
    const kn_token *w = &x->tk->tok[k];
    if (w->kind != KN_TK_WORD || !(w->flags & KN_TF_LOWER)) return 0;
    if (key_in(x, k, C_RELATION)) return 1;
  }
  return 0;
}

/* The token of a verb whose object is the noun at token a, with a
** determiner and up to two modifiers between ("joined a session", "held
** their first talks"): a support verb (ANNOTATION.md), any inflection;
** else -1. */
static long support_verb_before(const ex *x, uint32_t a) {
  static const char *const STEMS[] = { "hold", "held", "attend", "join", "convene", "host", "conduct", "stage",
    "chair", NULL };
  static const unsigned char STEM_LEN[] = { 4, 4, 6, 4, 7, 4, 7, 5, 5 };
  uint32_t first = x->tk->sent[x->tk->tok[a].sent].first;
  for (long p = (long)a - 1, k = 0; p >= (long)first && k < 4; p--, k++) {
    const kn_token *t = &x->tk->tok[p];
    if (t->kind != KN_TK_WORD || !(t->flags & KN_TF_LOWER)) return -1;
    char w[8];
    size_t n = key8(x, (uint32_t)p, 16, w);
    if (w[0] != 'h' && w[0] != 'a' && w[0] != 'j' && w[0] != 'c' && w[0] != 's') continue;   /* STEMS' first bytes */
    for (int i = 0; STEMS[i] && n; i++) {
      size_t l = STEM_LEN[i];
      if (n >= l && n <= l + 3 && !memcmp(w, STEMS[i], l)) return p;
    }
  }
  return -1;
}

/* Is the lower-case word at token w, right after "and", a verb with an
** object of its own: a word that is no determiner, preposition, adverb or
** auxiliary, followed by a name or a determiner ("would co-chair the
** meeting and welcome Seoul's readiness", "and urge the North to …")? */
static int bare_verb(const ex *x, uint32_t w, uint32_t hi) {
  if (w + 1 > hi || key_in(x, w, C_SKIP) || key_in(x, w, C_NONPARTY_PREP) || key_in(x, w, C_PARTY_PREP) ||
      key_in(x, w, C_ADVERB) || key_in(x, w, C_AUX) || key_in(x, w, C_COORD) || key_in(x, w, C_NUMWORD))
    return 0;
  if (key_in(x, w + 1, C_THE) || key_in(x, w + 1, C_POSSDET)) return 1;
  size_t mi = mention_from(x->lk, w + 1);
  return mi < x->lk->nm && x->lk->m[mi].first == w + 1 && x->lk->m[mi].how != KN_HOW_DEMONYM;
}

/* Is token t a word of going somewhere ("fly", "travels", "headed",
** "off", "visit")? */
static int motion_word(const ex *x, uint32_t t) {
  static const char *const GO[] = { "fly", "flies", "flew", "flying", "travel", "travels", "traveled", "travelled",
    "traveling", "travelling", "head", "heads", "headed", "heading", "off", "go", "goes", "going", "went",
    "return", "returns", "returned", "returning", "visit", "visits", "visiting", NULL };
  return word_in(x, t, GO);
}

/* Is the subject that ends right before token b (a form of "be") cargo or
** a vessel, not a traveller? A word of cargo or craft among the words
** before it, back to a mark ("The tanker was bound for Nampo", "A shipment
** of artillery shells is heading to Russia", "the carrier group is
** heading to Busan"), or a capitalised name after "the" or a ship's prefix
** that names no person nor office ("The Sea Breeze was bound for Nampo",
** "USS Theodore Roosevelt is heading to Busan"). A subject set off by
** commas ("Cho Tae-yul, South Korea's foreign minister, is heading to")
** ends the look at its closing comma. */
static int cargo_subject(const ex *x, uint32_t b) {
  static const char *const CARGO[] = { "tanker", "tankers", "ship", "ships", "vessel", "vessels", "freighter",
    "freighters", "carrier", "carriers", "cargo", "shipment", "shipments", "consignment", "weapons", "exports",
    "shells", "munitions", "ammunition", "missiles", "oil", "fuel", "coal", "convoy", "fleet", "flotilla",
    "submarine", "submarines", "destroyer", "destroyers", "frigate", "frigates", "boat", "boats", NULL };
  static const char *const SHIP[] = { "uss", "hms", "hmas", "hmcs", "hmnzs", "roks", "js", "ins", NULL };
  const kn_token *tok = x->tk->tok;
  uint32_t first = x->tk->sent[tok[b].sent].first, p = b;
  for (int k = 0; p > first && k < 8; k++) {
    const kn_token *q = &tok[--p];
    if (q->kind == KN_TK_PUNCT && !is_punct(x, p, '-') && !is_punct(x, p, '\'')) break;
    if (q->kind == KN_TK_WORD && (q->flags & KN_TF_LOWER) && word_in(x, p, CARGO)) return 1;
  }
  size_t mi = mention_from(x->lk, b);
  if (mi > 0 && x->lk->m[mi - 1].last == b - 1 &&
      (x->lk->m[mi - 1].type == KN_ET_PERSON || x->lk->m[mi - 1].type == KN_ET_OFFICE)) return 0;
  p = b;
  while (p > first && tok[p - 1].kind == KN_TK_WORD && !(tok[p - 1].flags & KN_TF_LOWER) && b - p < 4) p--;
  if (p == b) return 0;
  if (p > first && key_in(x, p - 1, C_THE)) return 1;
  for (uint32_t q = p; q < b; q++) if (word_in(x, q, SHIP) || (q == p && key_in(x, q, C_THE))) return 1;
  return 0;
}

/* Is token t "heading" or "bound" after a form of "be", with a place
** named right after its "to"/"for" ("is heading to Brussels", "was bound
** for Canberra")? A trip under way or planned, the subject its traveller.
** Only a place: "was heading for a vote", "is bound for recession" are
** none; nor "heading to Seoul's talks" (a possessive names another
** thing), nor troops or ships on their way (no visit). */
static int heading_to(const ex *x, uint32_t t) {
  static const char *const BE_FORM[] = { "is", "are", "was", "were", "be", "been", NULL };
  const kn_token *tok = x->tk->tok;
  if (t == 0 || t + 2 >= x->tk->ntok || !word_in(x, t - 1, BE_FORM)) return 0;
  int bound = word_is(x, t, "bound");
  if (!(word_is(x, t + 1, "for") || (!bound && (word_is(x, t + 1, "to") || word_is(x, t + 1, "toward")))))
    return 0;
  size_t m = mention_at(x, x->lk, t + 2);
  if (m >= x->lk->nm || x->lk->m[m].first != t + 2 ||
      (x->lk->m[m].type != KN_ET_LOCATION && x->lk->m[m].type != KN_ET_COUNTRY)) return 0;
  uint32_t nx = x->lk->m[m].last + 1;
  if (nx < x->tk->ntok && tok[nx].kind == KN_TK_CLITIC) return 0;
  /* cargo or a vessel on its way is no visitor ("the tanker was bound for
  ** Nampo", "the shipment is heading to Russia") */
  return !cargo_subject(x, t - 1) && !troops_before(x, t - 1);
}

/* Is the one-word trigger c a past participle after the noun it tells
** of: a name that is no party ("the Washington Declaration adopted in
** April") or a lower-case singular noun ("the deal signed in 2018"), or
** after a comma with its "by" agent next (", agreed by allies")? */
static int reduced_relative(const ex *x, const cand *c) {
  uint32_t a = c->a, first = x->tk->sent[x->tk->tok[a].sent].first;
  if (c->a != c->b || a <= first + 1 || !past_form(x, a) || !(x->tk->tok[a].flags & KN_TF_LOWER)) return 0;
  if (is_punct(x, a - 1, ',')) return a + 1 < x->tk->ntok && key_in(x, a + 1, C_BY);
  const kn_token *t = &x->tk->tok[a - 1];
  if (t->kind != KN_TK_WORD) return 0;
  size_t mi = mention_from(x->lk, a);
  const kn_mention *m = mi > 0 && x->lk->m[mi - 1].last == a - 1 ? &x->lk->m[mi - 1] : NULL;
  if (!(t->flags & KN_TF_LOWER))             /* not "They signed", "NATO on Monday confirmed" */
    return a - 1 > first && (!m || (m->type != KN_ET_PERSON && m->type != KN_ET_ORG &&   /* (the loads at hand first) */
                                    m->type != KN_ET_COUNTRY && m->type != KN_ET_OFFICE)) &&
           !key_in(x, a - 1, C_PRONOUN) && !key_in(x, a - 1, C_HE) && !key_in(x, a - 1, C_IT) && !in_timex(x, a - 1);
  if (m || ends_s(x, t) || key_in(x, a - 1, C_AUX) || key_in(x, a - 1, C_ADVERB) ||
      key_in(x, a - 1, C_PRONOUN) || key_in(x, a - 1, C_SKIP) || key_in(x, a - 1, C_COORD) ||
      key_in(x, a - 1, C_NONPARTY_PREP) || key_in(x, a - 1, C_PARTY_PREP) || key_in(x, a - 1, C_ROLE_NOUNS) ||
      key_in(x, a - 1, C_PARTY_NOUNS) || key_in(x, a - 1, C_NUMWORD) || key_in(x, a - 1, C_HE) ||
      key_in(x, a - 1, C_IT) || key_in(x, a - 1, C_THAT) || key_in(x, a - 1, C_WHICH) || key_in(x, a - 1, C_WHO) ||
      past_form(x, a - 1) || ends_ly(x, a - 1))
    return 0;
  return key_in(x, a - 2, C_SKIP) || key_in(x, a - 2, C_THE);      /* "the deal signed" */
}

/* Is mention m inside a relative clause set off by dashes that does not
** hold the trigger ("Japan, Australia and New Zealand — which with South
** Korea make up the IP4 — are also expected at the talks")? */
static int dash_aside(const ex *x, const kn_mention *m, const cand *c) {
  const kn_sentence *se = &x->tk->sent[m->sent];
  long open = -1;
  for (long p = (long)m->first - 1, k = 0; p >= (long)se->first && k < 16; p--, k++)
    if (is_dash(x, (uint32_t)p)) { open = p; break; }
  if (open < 0 || (uint32_t)open + 1 >= m->first || !key_in(x, (uint32_t)open + 1, C_RELATIVE)) return 0;
  for (uint32_t q = m->last + 1, k = 0; q <= se->last && k < 16; q++, k++)
    if (is_dash(x, q)) return !(c->a > (uint32_t)open && c->a < q);
  return 0;
}

/* Is mention m the subject of a verb of naming ("the four countries NATO
** calls its Indo-Pacific partners", "what Seoul terms the …")? It gives
** a name to others, and takes no part. */
static int naming(const ex *x, const kn_mention *m) {
  uint32_t n = m->last + 1;
  if (n + 1 >= x->tk->ntok) return 0;
  if (!(word_is(x, n, "calls") || word_is(x, n, "dubs") || word_is(x, n, "terms") || word_is(x, n, "brands")))
    return 0;
  return key_in(x, n + 1, C_SKIP);
}

/* Is mention m the one someone else stands in for ("would represent Lee
** at the summit", "who stood in for Anthony Albanese", "on behalf of
** the president")? The one represented is absent, no party. An office
** right before a person is looked through ("represent President Lee"). */
static int represented(const ex *x, const kn_mention *m) {
  const kn_linker *lk = x->lk;
  uint32_t f = m->first;
  size_t mi = mention_from(lk, f);
  if (m->type == KN_ET_PERSON && mi > 0 && lk->m[mi - 1].last + 1 == f && lk->m[mi - 1].type == KN_ET_OFFICE)
    f = lk->m[mi - 1].first;
  long p = (long)f - 1;
  if (p >= 0 && key_in(x, (uint32_t)p, C_SKIP)) p--;
  if (p < 0 || (uint32_t)p >= x->ntok) return 0;
  /* each test below wants a key at p starting with r, f or o (wk) */
  unsigned c0 = key_byte0(x, (uint32_t)p);
  if (c0 != 'r' && c0 != 'f' && c0 != 'o') return 0;
  char w[16];
  size_t n = key8(x, (uint32_t)p, 16, w);   /* "represent…": its first 8 bytes, then the whole key */
  if (n >= 9 && !memcmp(w, "represen", 8)) {
    n = tkey(x, (uint32_t)p, w, sizeof w);
    if (n >= 9 && !memcmp(w, "represent", 9)) return 1;
  }
  if (p >= 2 && word_is(x, (uint32_t)p, "for") && word_is(x, (uint32_t)p - 1, "in")) {
    n = key8(x, (uint32_t)p - 2, 16, w);
    return n >= 5 && (!memcmp(w, "stood", 5) || !memcmp(w, "stand", 5));
  }
  return p >= 1 && word_is(x, (uint32_t)p, "of") && word_is(x, (uint32_t)p - 1, "behalf");
}

/* Is the trigger a noun inside a prepositional phrase: a preposition before
** it, with at most a determiner and two modifiers between? (noun:
** noun_trigger of c, which the caller knows) */
/* Is the noun trigger c the object of a verb of receiving ("received a
** phone call", "accepted an invitation", "got a briefing")? At most a
** determiner and two modifiers between. */
static const char *const RECEIVE_VERBS[] = { "received", "receives", "receive", "receiving", "accepted", "accepts",
  "accept", "got", "gets", "welcomed", "welcomes", "declined", "declines", "took", "takes", NULL };
static int received_noun(const ex *x, const cand *c) {
  for (uint32_t k = 1; k <= 4 && k <= c->a; k++) {
    uint32_t p = c->a - k;
    if (x->tk->tok[p].sent != x->tk->tok[c->a].sent) return 0;
    if (word_in(x, p, RECEIVE_VERBS)) return 1;
    if (x->tk->tok[p].kind != KN_TK_WORD) return 0;
  }
  return 0;
}

static const char *const RETURN_VERBS[] = { "returned", "returns", "return", "returning", NULL };
/* "back" is a return only after a verb of coming or being ("came back
** from", "is back from"), not after one of withdrawing ("pulled back from
** the talks", "stepped back from", "held back from") */
static const char *const BACK_AFTER[] = { "came", "comes", "coming", "come", "is", "was", "are", "were", "arrived",
  "flew", "got", "be", "been", NULL };

static int trigger_in_pp(const ex *x, const cand *c, int noun) {
  long p = (long)c->a - 1;
  uint32_t s = x->tk->tok[c->a].sent;
  for (int skipped = 0; p >= 0 && skipped <= 3 && x->tk->tok[p].sent == s; p--, skipped++) {
    const kn_token *k = &x->tk->tok[p];
    if (!noun && since_adverb(x, (uint32_t)p)) return 0;   /* "has since sent": an adverb */
    if (key_in(x, (uint32_t)p, C_PP_PREP)) {
      /* "returned from a visit to Washington", "back from the talks": who
      ** comes back took part */
      if (p > 1 && consult_family(c->type) && word_is(x, (uint32_t)p, "from")) {
        uint32_t v = (uint32_t)p - 1;
        if (word_is(x, v, "home")) v--;                   /* "returned home from" */
        if (word_in(x, v, RETURN_VERBS)) return 0;
        if (v > 0 && word_is(x, v, "back") && word_in(x, v - 1, BACK_AFTER)) return 0;
      }
      return !key_in(x, (uint32_t)p, C_PP_PREP_INTRO);   /* not "during the call", "at the talks" */
    }
    if (k->kind == KN_TK_CLITIC) return 0;          /* "Seoul's visit": owned, not in a PP */
    /* "a closed-door session", "one-on-one talks": the words a hyphen
    ** joins are one modifier, none of them a preposition */
    if (is_punct(x, (uint32_t)p, '-') && p > 0) { p--; continue; }
    if (k->kind != KN_TK_WORD && k->kind != KN_TK_NUM) return 0;
    if (noun) {                                         /* (a verb's modifiers are none) */
      size_t mi = mention_from(x->lk, (uint32_t)p + 1);   /* "on the North Korean deployment" */
      if (mi > 0 && x->lk->m[mi - 1].last == (uint32_t)p && x->lk->m[mi - 1].how == KN_HOW_DEMONYM) {
        p = (long)x->lk->m[mi - 1].first;
        continue;
      }
    }
    if (!(k->flags & KN_TF_LOWER) && k->kind == KN_TK_WORD) return 0;
  }
  return 0;
}

/* The comma closing a phrase "For X," that opens the sentence of the
** trigger at token a, the subject after it ("For Yoon, the Camp David
** summit crowns …", "For Blinken, the Brussels talks were …"), or 0. */
static uint32_t for_intro(const ex *x, uint32_t a) {
  uint32_t first = x->tk->sent[x->tk->tok[a].sent].first;
  if (a > first + 24 || !first_is(x, first, 'f') || !word_is(x, first, "for")) return 0;
  for (uint32_t q = a; q-- > first + 1;)          /* the last comma: "For Yoon, who …, the gathering" */
    if (is_punct(x, q, ',')) return q;
  return 0;
}

/* Is the trigger a definite noun phrase opening its sentence, or the clause
** a verb of saying opens ("the four said the troop deployment to Russia
** breached …"), or after an opening "For X," phrase, the subject of a verb
** of its own ("The meeting follows months of …", "The three-day drills,
** which …")? */
static int subject_np(const ex *x, const cand *c, int noun, uint64_t scues) {
  const kn_token *tok = x->tk->tok;
  /* only a noun is a subject phrase below the headline (the last test):
  ** a verb trigger of the body needs none of the search for its start */
  if (!noun && !(x->body && tok[c->a].sent == 0)) return 0;
  uint32_t first = x->tk->sent[tok[c->a].sent].first;
  uint32_t fc = for_intro(x, c->a);
  if (fc) first = fc + 1;
  /* (a verb of saying in the sentence: scues, the sentence's cue lists) */
  for (uint32_t i = c->a; (scues & CUEBIT(C_SAY)) && i > first + 1 && c->a - i < 4; i--)
    if (key_in(x, i - 1, C_SAY) || (key_in(x, i - 1, C_THAT) && key_in(x, i - 2, C_SAY))) {
      if (key_in(x, i, C_DEFINITE)) first = i;
      break;
    }
  /* a headline drops its articles: "Camp David pact pulls Seoul and Tokyo
  ** closer" opens with its subject, names before a noun trigger */
  uint32_t h0 = x->tk->sent[0].first;
  if (x->body && tok[c->a].sent == 0 && h0 + 2 < c->a && is_punct(x, h0 + 1, ':')) h0 += 2;   /* "Analysis: …" */
  if (x->body && tok[c->a].sent == 0 && first <= h0 && (first = h0) < c->a && c->a - first <= 4 &&
      !key_in(x, first, C_DEFINITE) && !(tok[first].flags & KN_TF_LOWER)) {
    size_t mi = mention_from(x->lk, first);
    if (mi < x->lk->nm && x->lk->m[mi].first == first && x->lk->m[mi].last + 1 == c->a &&
        x->lk->m[mi].type == KN_ET_LOCATION && c->a + 1 < x->tk->ntok && tok[c->a + 1].kind == KN_TK_WORD &&
        (tok[c->a + 1].flags & KN_TF_LOWER) && tok[c->a + 1].sent == 0)
      return 1;
  }
  if (c->a <= first || c->a - first > 4 || !key_in(x, first, C_DEFINITE) || key_in(x, first, C_PRONOUN) ||
      !noun) return 0;
  /* "The launch drew condemnation": another trigger's noun, and a verb
  ** after it, stand between; that noun heads the subject */
  if (c->prev_b != UINT32_MAX && c->prev_b > first && c->prev_b + 1 < c->a) return 0;
  size_t mi = mention_from(x->lk, first + 1);
  for (uint32_t i = first + 1; i < c->a; i++) {   /* modifiers: "The three-day", "The annual", "the Brussels" */
    while (mi < x->lk->nm && x->lk->m[mi].last < i) mi++;
    if (mi < x->lk->nm && x->lk->m[mi].first <= i && x->lk->m[mi].type == KN_ET_LOCATION) continue;
    if (!(tok[i].flags & KN_TF_LOWER) && !is_punct(x, i, '-') && tok[i].kind != KN_TK_NUM) return 0;
    if (key_in(x, i, C_AUX)) return 0;             /* "The plan was announced": a verb */
  }
  return 1;
}

/* Is mention m, after a subject trigger, inside the trigger's own noun
** phrase: a phrase with "of", "between", "with" or "by" right after it, or
** a place's "in", "at" or "to", of names, "and", commas and determiners
** ("The meeting between Seoul and Tokyo", "the troop deployment to
** Russia")? The rest of the sentence is its predicate, not its parties. */
static int in_trigger_np(const ex *x, const cand *c, const kn_mention *m) {
  uint32_t p = c->b + 1;
  if (p >= m->first || !(key_in(x, p, C_OF) || key_in(x, p, C_PARTY_PREP) || key_in(x, p, C_INAT))) return 0;
  size_t mi = mention_from(x->lk, p + 1);
  for (uint32_t i = p + 1; i < m->first; i++) {
    while (mi < x->lk->nm && x->lk->m[mi].last < i) mi++;
    if (mi < x->lk->nm && x->lk->m[mi].first <= i) continue;                 /* a name */
    if (key_in(x, i, C_COORD) || key_in(x, i, C_SKIP) || is_punct(x, i, ',') ||
        x->tk->tok[i].kind == KN_TK_CLITIC) continue;
    return 0;
  }
  return 1;
}

/* Is the trigger a noun with its own determiner ("a separate meeting",
** "the talks", "separate talks"), not a verb whose subject stands before it
** ("troops have been sent")? */
/* Is the one-word trigger at token a a word in -s (not -ss) opening its
** sentence, or the body after a dateline ("(Wire) --
** Talks …", "SEOUL -- Meetings …")? With no subject before it, it is no
** verb ("Talks were held", "Meetings between the two sides will
** continue"), but the plural noun. */
static int opening_plural(const ex *x, uint32_t a) {
  const kn_token *tok = x->tk->tok;
  uint32_t s = tok[a].sent;
  const kn_token *t = &tok[a];
  if (t->kind != KN_TK_WORD || t->len <= 3 ||
      (x->text[t->start + t->len - 1] | 0x20) != 's' || (x->text[t->start + t->len - 2] | 0x20) == 's') return 0;
  if (a == x->tk->sent[s].first) return 1;
  if (a < 2 || !is_dash(x, a - 1) || tok[a - 1].sent != s) return 0;
  return is_punct(x, a - 2, ')') || (tok[a - 2].kind == KN_TK_WORD && (tok[a - 2].flags & KN_TF_UPPER));
}

/* Is trigger c a noun whose actor is a country named before its lower-case
** modifiers, after a determiner or as the object of a verb that judges it
** ("the North Korean missile test", "Seoul, Tokyo slam N. Korea missile
** launch")? Returns that mention's index, else SIZE_MAX. The judge speaks
** of the event; the country is its only actor on the left. A plural
** modifier ("North Korean troops launch") or a hyphen ("the U.S.-Japan
** drills": two sides) leaves it out. */
static size_t premodifier_actor(const ex *x, const cand *c) {
  static const char *const JUDGE[] = { "condemn", "condemns", "condemned", "denounce", "denounces", "denounced",
    "criticize", "criticizes", "criticized", "slam", "slams", "slammed", "decry", "decries", "decried",
    "protest", "protests", "protested", "welcome", "welcomes", "welcomed", NULL };
  const kn_tokenizer *tk = x->tk;
  if (c->a != c->b || c->a < 2) return SIZE_MAX;
  uint32_t p = c->a - 1;
  for (int k = 0; k < 3 && p > 0 && tk->tok[p].kind == KN_TK_WORD && (tk->tok[p].flags & KN_TF_LOWER); k++, p--)
    if (ends_s(x, &tk->tok[p]) || key_in(x, p, C_SKIP) || key_in(x, p, C_OF) ||
        key_in(x, p, C_COORD) || key_in(x, p, C_AUX) || key_in(x, p, C_NONPARTY_PREP) || key_in(x, p, C_PARTY_PREP))
      return SIZE_MAX;
  size_t mi = mention_from(x->lk, p + 1);
  if (mi == 0) return SIZE_MAX;
  const kn_mention *m = &x->lk->m[--mi];
  if (m->last != p || m->type != KN_ET_COUNTRY || m->first == 0 || tk->tok[m->first].sent != tk->tok[c->a].sent)
    return SIZE_MAX;
  uint32_t f = m->first - 1;
  if (tk->tok[f].kind != KN_TK_WORD || !(tk->tok[f].flags & KN_TF_LOWER)) return SIZE_MAX;
  if (word_in(x, f, JUDGE)) return mi;
  /* a determiner, not one in a coordinated subject ("Japan and the U.S.
  ** test missile defenses") */
  if (!(key_in(x, f, C_SKIP) || key_in(x, f, C_DEFINITE)) || f == 0) return SIZE_MAX;
  return key_in(x, f - 1, C_COORD) || is_punct(x, f - 1, ',') ? SIZE_MAX : mi;
}

static int noun_trigger(const ex *x, const cand *c) {
  if (c->b > c->a || noun_suffix(x, c->a)) return 1;
  /* "the North Korean missile test": a bare form after a country's name
  ** and the determiner or judging verb before it (premodifier_actor) */
  if (!ends_s(x, &x->tk->tok[c->a]) && !past_form(x, c->a) &&
      premodifier_actor(x, c) != SIZE_MAX) return 1;
  /* (a dash is punctuation: its byte first) */
  if ((c->a == x->tk->sent[x->tk->tok[c->a].sent].first || (c->a > 0 && x->punct[c->a - 1] && is_dash(x, c->a - 1))) &&
      opening_plural(x, c->a)) return 1;
  long p = (long)c->a - 1;
  uint32_t s = x->tk->tok[c->a].sent;
  for (int k = 0; k < 3 && p >= 0 && x->tk->tok[p].sent == s; k++, p--) {
    const kn_token *t = &x->tk->tok[p];
    if (key_in(x, (uint32_t)p, C_SKIP) || key_in(x, (uint32_t)p, C_SEPARATE)) return 1;
    if (t->kind == KN_TK_PUNCT && x->text[t->start] == '-') { k--; continue; }  /* "one-on-one", "two-day": one modifier */
    if (t->kind == KN_TK_WORD && !(t->flags & KN_TF_LOWER) && c->type == KN_EV_MEETING) {
      /* a named series or a place as one modifier: "the Nuclear
      ** Consultative Group meeting", "the Madrid summit" */
      size_t mi = mention_from(x->lk, (uint32_t)p + 1);
      const kn_mention *m = mi > 0 ? &x->lk->m[mi - 1] : NULL;
      if (m && m->last == (uint32_t)p && (m->type == KN_ET_MEETING || m->type == KN_ET_LOCATION)) {
        p = (long)m->first;
        continue;
      }
    }
    if (t->kind != KN_TK_WORD || !(t->flags & KN_TF_LOWER)) return 0;
    /* a modifier, not a plural subject ("the two countries signed") */
    if (ends_s(x, t)) return 0;
  }
  return 0;
}

/* The mention that ends at token t, or NULL. */
static const kn_mention *mention_ending(const ex *x, uint32_t t) {
  size_t i = mention_from(x->lk, t + 1);
  return i > 0 && x->lk->m[i - 1].last == t ? &x->lk->m[i - 1] : NULL;
}

/* Does token t end a person's name (or an office naming its holder)? */
static int ends_person(const ex *x, uint32_t t) {
  const kn_mention *p = mention_ending(x, t);
  return p && (p->type == KN_ET_PERSON || (p->type == KN_ET_OFFICE && p->holder != -1));
}

/* … or a country's or body's */
static int ends_party(const ex *x, uint32_t t) {
  const kn_mention *p = mention_ending(x, t);
  return p && (ends_person(x, t) || p->type == KN_ET_COUNTRY || p->type == KN_ET_ORG);
}

/* Is mention m part of a description of a named person: "Yoon Suk Yeol
** of South Korea", or an apposition "Kim Myung-soo, chairman of South
** Korea's Joint Chiefs of Staff," / "Richard Marles, Australia's deputy
** prime minister"? The person is the party; the country or body that
** describes them is not (ANNOTATION.md: "the country of a person who is
** also named is not added"). */
static int describes_person(const ex *x, const kn_mention *m) {
  uint32_t s = m->sent, first = x->tk->sent[s].first;
  if (m->first >= 2 && key_in(x, m->first - 1, C_OF) && ends_person(x, m->first - 2)) return 1;
  /* back to the comma that opens the apposition: lowercase words, "of",
  ** possessives and other names of the description only */
  uint32_t p = m->first;
  for (int k = 0; k < 8 && p > first; k++) {
    p--;
    const kn_token *t = &x->tk->tok[p];
    if (is_punct(x, p, ',')) return p > first && ends_person(x, p - 1);
    if (t->kind == KN_TK_CLITIC || (t->kind == KN_TK_WORD && (t->flags & KN_TF_LOWER) && !key_in(x, p, C_COORD)))
      continue;
    size_t i = mention_from(x->lk, p + 1);                  /* a name of the description */
    if (i > 0 && x->lk->m[i - 1].first <= p && x->lk->m[i - 1].last >= p &&
        x->lk->m[i - 1].type != KN_ET_PERSON) { p = x->lk->m[i - 1].first; continue; }
    return 0;
  }
  return 0;
}

/* Is mention m, after the trigger, governed by "by" (the agent of a
** passive: "was announced by the ministry")? */
static int agent_of(const ex *x, const cand *c, const kn_mention *m, uint32_t lo) {
  long g = governor(x, m, lo);
  return g > (long)c->b && key_in(x, (uint32_t)g, C_BY);
}

/* Is the trigger a plural noun standing bare (no determiner, possessor,
** number or name before its modifiers) and without "with", "between" or
** "of" after it? "talks" and "negotiations", plural in form only, name
** one event. */
static int bare_plural(const ex *x, const cand *c) {
  const kn_token *tok = x->tk->tok;
  if (c->a != c->b || key_in(x, c->a, C_PLURALE)) return 0;
  if (!ends_s(x, &tok[c->a]) || !(tok[c->a].flags & KN_TF_LOWER)) return 0;
  uint32_t n = c->b + 1;
  if (n < x->tk->ntok && (key_in(x, n, C_PARTY_PREP) || key_in(x, n, C_OF))) return 0;
  long p = (long)c->a - 1;
  uint32_t first = x->tk->sent[tok[c->a].sent].first;
  size_t mi = mention_from(x->lk, c->a);
  const kn_mention *before = mi > 0 ? &x->lk->m[mi - 1] : NULL;
  for (int k = 0; k < 5 && p >= (long)first; k++, p--) {
    const kn_token *t = &tok[p];
    if (before && before->last == (uint32_t)p) return 0;               /* "Freedom Edge drills" */
    if (t->kind == KN_TK_PUNCT && x->text[t->start] == '-') continue;
    if (t->kind == KN_TK_CLITIC || is_punct(x, (uint32_t)p, '\'')) return 0;   /* "the allies' drills" */
    if (t->kind != KN_TK_WORD || !(t->flags & KN_TF_LOWER)) return t->kind == KN_TK_PUNCT;
    if (key_in(x, (uint32_t)p, C_SKIP) || key_in(x, (uint32_t)p, C_NUMWORD) || key_in(x, (uint32_t)p, C_DEFINITE))
      return 0;
    if (key_in(x, (uint32_t)p, C_SEPARATE)) return 0;                  /* "separate meetings" */
    if (key_in(x, (uint32_t)p, C_NONPARTY_PREP) || key_in(x, (uint32_t)p, C_PARTY_PREP) || key_in(x, (uint32_t)p, C_TO))
      return 1;                                                        /* "on missile launches" */
  }
  return 1;
}

/* Is mention m the place of a dateline ("SEOUL, Oct. 28 (Yonhap) --",
** "BRUSSELS (AP) —", "CAMP DAVID, Maryland —")? It says where the story was
** filed, so it is neither a party nor the event's place. */
static int dateline_head(const ex *x, const kn_mention *m);
static int dateline_at(const ex *x, const kn_mention *m);
static inline int dateline_place(const ex *x, const kn_mention *m) {
  /* most mentions neither start a line nor follow a comma (dateline_head's
  ** first test, asked of every mention of a clause): a load or two */
  if (m->first > 0 && m->first < x->ntok && x->tk->tok[m->first].ws < KN_WS_LINE && x->punct[m->first - 1] != ',')
    return 0;
  return dateline_at(x, m);
}

static int dateline_at(const ex *x, const kn_mention *m) {
  if (m->first >= 2 && is_punct(x, m->first - 1, ',')) {
    /* the country or state after the city: "BUSAN, South Korea (AP) —" */
    size_t i = (size_t)(m - x->lk->m);
    uint32_t n = m->last + 1;
    if (i == 0 || n >= x->tk->ntok || !(is_punct(x, n, '(') || is_dash(x, n))) return 0;
    const kn_mention *h = &x->lk->m[i - 1];
    return h->last + 2 == m->first && h->sent == m->sent && dateline_head(x, h);
  }
  return dateline_head(x, m);
}

static int dateline_head(const ex *x, const kn_mention *m) {
  const kn_token *tok = x->tk->tok;
  if (m->first > 0 && tok[m->first].ws < KN_WS_LINE) return 0;
  if (m->sent == 0 && x->body) return 0;          /* "US, South Korea and Japan close out …" */
  for (uint32_t i = m->first; i <= m->last; i++)
    if (tok[i].kind == KN_TK_WORD && !(tok[i].flags & KN_TF_UPPER)) return 0;
  uint32_t n = m->last + 1;
  return n < x->tk->ntok && (is_punct(x, n, ',') || is_punct(x, n, '(') || is_dash(x, n));
}

/* The token after mention m's name, past an acronym in brackets that
** follows it or that it is ("the Joint Chiefs of Staff (JCS) said": both
** mentions are the speaker); *first is where the name starts (the full
** name before the brackets for the acronym). */
static uint32_t past_acronym(const ex *x, const kn_mention *m, uint32_t *first) {
  const kn_tokenizer *tk = x->tk;
  uint32_t n = m->last + 1;
  *first = m->first;
  if (n >= tk->ntok) return n;
  if (is_punct(x, n, '(')) {
    for (uint32_t i = n + 1; i < tk->ntok && i <= n + 3 && tk->tok[i].sent == m->sent; i++) {
      if (is_punct(x, i, ')')) return i > n + 1 ? i + 1 : n;
      if (tk->tok[i].kind != KN_TK_WORD) break;
    }
    return n;
  }
  if (is_punct(x, n, ')') && m->first >= 2 && is_punct(x, m->first - 1, '(')) {
    size_t i = (size_t)(m - x->lk->m);
    if (i > 0 && x->lk->m[i - 1].last + 2 == m->first && x->lk->m[i - 1].sent == m->sent) {
      *first = x->lk->m[i - 1].first;
      return n + 1;
    }
  }
  return n;
}

/* The people who speak for a body (a spokesman or a press secretary,
** post_at, or an official), as a count of their words, else 0: its name
** before them is the source. */
static const char *const OFFICIALS[] = { "official", "officials", NULL };
static uint32_t source_noun(const ex *x, uint32_t i) {
  uint32_t n = post_at(x, i);
  return n ? n : (uint32_t)word_in(x, i, OFFICIALS);
}

/* Is mention m the speaker of a reporting clause (", X said") or after
** "according to"? */
static int is_reporter(const ex *x, const kn_mention *m, uint64_t near) {
  uint32_t start;
  uint32_t n = past_acronym(x, m, &start);
  /* near: the cue lists of the keys it reads (near_cues), all of them when unknown */
  const int acc = (near & CUEBIT(C_ACC)) != 0;
  if (acc && m->first >= 2 && key_in(x, m->first - 1, C_TO) && key_in(x, m->first - 2, C_ACC)) return 1;
  if (acc && m->first >= 3 && key_in(x, m->first - 2, C_TO) && key_in(x, m->first - 3, C_ACC)) return 1;   /* according to the X */
  /* "according to South Korea's presidential office": through possessors */
  for (long p = (long)m->first - 1, k = 0; p >= 1 && k < 6 && x->tk->tok[p].sent == m->sent; p--, k++) {
    if (key_in(x, (uint32_t)p, C_TO)) return acc && key_in(x, (uint32_t)p - 1, C_ACC);
    const kn_token *t = &x->tk->tok[p];
    if (t->kind == KN_TK_PUNCT || key_in(x, (uint32_t)p, C_REPORTING)) break;
  }
  /* a speaker named with titles and a country, adjacent mentions:
  ** ", Secretary of State Antony Blinken said", "” South Korea's Foreign
  ** Minister Cho Tae-yul told reporters"; each of them is the speaker */
  uint32_t p = start;
  int indef = 0;              /* "a" may open the speaker ("a Pentagon spokesman") */
  {
    const kn_mention *ms = x->lk->m;
    size_t mi = (size_t)(m - ms), j = mi;
    for (int k = 0; k < 3 && j + 1 < x->lk->nm && n < x->tk->ntok; k++) {
      uint32_t f = n;
      if (x->tk->tok[f].kind == KN_TK_CLITIC) f++;
      if (ms[j + 1].first != f || ms[j + 1].sent != m->sent ||
          (ms[j + 1].type != KN_ET_PERSON && ms[j + 1].type != KN_ET_OFFICE)) break;
      n = ms[++j].last + 1;
    }
    /* ", the South Korean military said", "the Japanese defense ministry
    ** said": a demonym's unnamed body speaks; its country is the speaker */
    if (m->how == KN_HOW_DEMONYM && j == mi && n < x->tk->ntok && x->tk->tok[n].sent == m->sent) {
      uint32_t q = n;
      for (int k = 0; k < 2 && q + 1 < x->tk->ntok && x->tk->tok[q].kind == KN_TK_WORD &&
           (x->tk->tok[q].flags & KN_TF_LOWER) && !key_in(x, q, C_REPORTING) && !key_in(x, q, C_NONPARTY_PREP) &&
           !key_in(x, q, C_PARTY_PREP) && !key_in(x, q, C_COORD) && !key_in(x, q, C_AUX); k++) q++;
      if (q > n && key_in(x, q, C_REPORTING)) n = q;
    }
    /* a body's spokesman or official, with his name after it or none:
    ** ", State Department spokesman Matthew Miller said", ", a Pentagon
    ** spokesman said"; the body is the source, not a party */
    if (j == mi && n + 1 < x->tk->ntok && x->tk->tok[n].sent == m->sent) {
      uint32_t q = n + (x->tk->tok[n].kind == KN_TK_CLITIC);
      uint32_t sl = source_noun(x, q);
      if (sl) {
        q += sl;
        size_t pi = mention_from(x->lk, q);
        if (pi < x->lk->nm && ms[pi].first == q && ms[pi].type == KN_ET_PERSON && ms[pi].sent == m->sent)
          q = ms[pi].last + 1;
        else
          /* a name the gazetteer lacks, hyphens inside it ("Jeon Ha-kyu") */
          for (int k = 0; k < 6 && q < x->tk->ntok && !key_in(x, q, C_REPORTING); k++, q++) {
            const kn_token *t = &x->tk->tok[q];
            if (t->kind == KN_TK_WORD && (t->flags & KN_TF_CAP)) continue;
            if (k > 0 && t->ws == KN_WS_NONE && (is_punct(x, q, '-') || x->tk->tok[q - 1].kind == KN_TK_PUNCT)) continue;
            break;
          }
        /* the post in apposition, its comma closing it: ", Pat Ryder,
        ** the Pentagon press secretary, said" */
        if (q + 1 < x->tk->ntok && is_punct(x, q, ',') && key_in(x, q + 1, C_REPORTING)) q++;
        if (q < x->tk->ntok && key_in(x, q, C_REPORTING)) { n = q; indef = 1; }
      }
    }
    /* the names before it matter only before a reporting verb */
    for (int k = 0; k < 3 && mi > 0 && p > 1 && m->type != KN_ET_LOCATION && n < x->tk->ntok && key_in(x, n, C_REPORTING); k++) {
      uint32_t q = p - 1;
      if (x->tk->tok[q].kind == KN_TK_CLITIC) q--;
      if (ms[mi - 1].last != q || ms[mi - 1].sent != m->sent || ms[mi - 1].type == KN_ET_LOCATION) break;
      p = ms[--mi].first;
    }
  }
  if (n < x->tk->ntok && key_in(x, n, C_REPORTING)) {
    /* only when the clause reports something said before it: a comma or
    ** quote right before the speaker (", Austin said") */
    if (p > 0) {
      uint32_t q = p - 1;
      /* "a senior Pentagon official" */
      if (indef && q > 0 && (word_is(x, q, "senior") || word_is(x, q, "top"))) q--;
      if ((key_in(x, q, C_THE) || (indef && (word_is(x, q, "a") || word_is(x, q, "an")))) && q > 0) q--;
      const kn_token *k = &x->tk->tok[q];
      if (k->kind == KN_TK_PUNCT) return 1;
    }
  }
  /* "said X" at the end: ", said Austin." (not "said North Korea sent …") */
  if (m->first > 0 && key_in(x, m->first - 1, C_REPORTING) &&
      (n >= x->tk->ntok || x->tk->tok[n].sent != m->sent || x->tk->tok[n].kind == KN_TK_PUNCT)) return 1;
  return 0;
}

/* May is_reporter say yes of mention m? Without a word of "according to"
** near (near_cues), only a reporting verb right before the mention or
** after it can make a reporter; past brackets, a possessive, a demonym's
** unnamed body ("the South Korean military said") or the names
** after it is_reporter must look itself. */
static KN_NOINLINE int reporter_maybe(const ex *x, const kn_mention *m, uint64_t near) {
  if (near & CUEBIT(C_ACC)) return 1;
  if (!(near & CUEBIT(C_REPORTING))) return 0;
  if (m->first > 0 && key_in(x, m->first - 1, C_REPORTING)) return 1;
  uint32_t n = m->last + 1;
  if (n >= x->ntok) return 0;
  /* ", the South Korean military said": the verb comes after the body's words */
  if (m->how == KN_HOW_DEMONYM) return 1;
  if (key_in(x, n, C_REPORTING) || x->punct[n] == '(' || x->punct[n] == ')' || x->tk->tok[n].kind == KN_TK_CLITIC ||
      source_noun(x, n))
    return 1;
  size_t mi = (size_t)(m - x->lk->m);
  return mi + 1 < x->lk->nm && x->lk->m[mi + 1].first == n;
}

/* The person "the Russian leader" or "Japan's leader" at mention mi (the
** country) names: the holder on the publication day of the office the
** gazetteer marks as what news calls the country's leader (role
** "leader"), when no mention covers the lower-case "leader" and no name
** follows it; else -1. A demonym only after "the": not "the first South
** Korean leader to …", "a Japanese leader", "the former Russian leader". */
static int32_t country_leader(const ex *x, size_t mi, const cand *c) {
  const kn_linker *lk = x->lk;
  const kn_mention *m = &lk->m[mi];
  uint32_t t = m->last + 1;
  if (!x->day || t + 1 >= x->ntok) return -1;
  if (x->tk->tok[t].kind == KN_TK_CLITIC) t++;
  else if (m->how != KN_HOW_DEMONYM || m->first == 0 || !key_in(x, m->first - 1, C_THE)) return -1;
  if (!(x->tk->tok[t].flags & KN_TF_LOWER) || !word_is(x, t, "leader")) return -1;
  /* "the leader-elect", "leader-in-waiting": not the holder */
  if (t + 1 < x->ntok && x->tk->tok[t + 1].ws == KN_WS_NONE && is_punct(x, t + 1, '-')) return -1;
  /* "the Russian leader's defence minister met …": the leader owns
  ** another party, not the event ("the Russian leader's visit" he makes) */
  if (t + 2 < x->ntok && x->tk->tok[t + 1].kind == KN_TK_CLITIC && t + 2 != c->a) return -1;
  if (mi + 1 < lk->nm && lk->m[mi + 1].first <= t + 1) return -1;      /* "leader" a mention, or a name after it */
  if (t + 1 < x->ntok && x->tk->tok[t + 1].kind == KN_TK_WORD && (x->tk->tok[t + 1].flags & KN_TF_CAP)) return -1;
  for (size_t e = 0, n = kn_gaz_count(x->g); e < n; e++) {
    if (kn_gaz_type(x->g, (int32_t)e) != KN_ET_OFFICE || kn_gaz_of(x->g, (int32_t)e) != m->entity) continue;
    const char *r = kn_gaz_role(x->g, (int32_t)e);
    if (r && strcmp(r, "leader") == 0) return kn_gaz_holder(x->g, (int32_t)e, x->day);
  }
  return -1;
}

/* Is mention m a name given to what the text has just listed ("Japan,
** Australia and New Zealand, the group known as the IP4", "the so-called
** IP4", "dubbed the Quad")? It names no new party. */
static int ends_with_ci(const char *text, uint32_t end, const char *w, size_t n) {
  if (end < n) return 0;
  for (size_t i = 0; i < n; i++)
    if (kn_lower((unsigned char)text[end - n + i]) != w[i]) return 0;
  return 1;
}

static int alias_name(const ex *x, const kn_mention *m) {
  static const char *const INTRO[] = { "known as ", "so-called ", "dubbed ", "referred to as ", NULL };
  uint32_t e = m->start;
  if (ends_with_ci(x->text, e, "the ", 4)) e -= 4;
  /* each of INTRO ends in "s " or "d " */
  if (e < 2 || x->text[e - 1] != ' ' || (kn_lower((unsigned char)x->text[e - 2]) != 's' &&
                                         kn_lower((unsigned char)x->text[e - 2]) != 'd')) return 0;
  int named = 0;
  for (int k = 0; INTRO[k] && !named; k++)
    if (ends_with_ci(x->text, e, INTRO[k], strlen(INTRO[k]))) named = 1;
  if (!named) return 0;
  /* what the name is given to: a list ("Japan, Australia and New
  ** Zealand, the group known as the IP4") is named again; one body told
  ** by a common noun ("Ukraine's military intelligence agency, known as
  ** HUR, reported …") is named for the first time, and takes part */
  uint32_t first = x->tk->sent[m->sent].first;
  for (long p = (long)m->first - 1, k = 0; p >= (long)first && k < 16; p--, k++)
    if (key_in(x, (uint32_t)p, C_COORD) || is_dash(x, (uint32_t)p)) return 1;
  return 0;
}

/* Is token t a lower-case word of more than four letters ending in "-ing"
** ("making", "adding")? */
static int ing_form(const ex *x, uint32_t t) {
  const kn_token *k = &x->tk->tok[t];
  return k->kind == KN_TK_WORD && (k->flags & KN_TF_LOWER) && k->len > 4 &&
         !memcmp(x->text + k->start + k->len - 3, "ing", 3);
}

/* Is the trigger word at token t a participle standing as the adjective
** of the name after it, after a determiner ("the visiting Rutte", "the
** visiting NATO Secretary General")? */
static inline int attributive(const ex *x, uint32_t t) {
  if (t == 0 || !(x->cue[t - 1] & ((uint64_t)1 << C_SKIP)) || t + 1 >= x->ntok || !ing_form(x, t)) return 0;
  size_t i = mention_from(x->lk, t + 1);
  return i < x->lk->nm && x->lk->m[i].first == t + 1 && x->lk->m[i].type != KN_ET_LOCATION;
}

/* Does a sentence open at token f with a verb's participle and its object
** ("Closing the summit,", "Wrapping up the talks,")? The subject after the
** phrase's comma is the participle's own. Only verbs of running or
** attending a gathering: a preposition in "-ing" ("Following the summit,",
** "Regarding the talks,", "Including the allies,") has no subject. */
static int opening_participle(const ex *x, uint32_t f) {
  static const char *const PART[] = { "closing", "opening", "attending", "hosting", "chairing", "addressing",
    "concluding", "convening", "leading", "joining", "visiting", "wrapping", NULL };
  if (!(x->tk->tok[f].flags & KN_TF_CAP) || !word_in(x, f, PART)) return 0;
  if (word_is(x, f, "wrapping") && !word_is(x, ++f, "up")) return 0;    /* "wrapping up" */
  return key_in(x, f + 1, C_SKIP);
}

/* Is mention m the speaker of a saying verb that closes its sentence
** after a comma (", the presidential office announced on Sunday.")? It
** is the source of what the sentence tells, not a party of it. */
static int trailing_speaker(const ex *x, const kn_mention *m) {
  const kn_tokenizer *tk = x->tk;
  const kn_sentence *se = &tk->sent[m->sent];
  uint32_t f;
  uint32_t v = past_acronym(x, m, &f);
  if (v > se->last || !key_in(x, v, C_SAY)) return 0;
  for (uint32_t i = v + 1; i <= se->last; i++) {
    /* a participle clause may follow: "…, the presidential office
    ** announced on Sunday, making him the first leader to …" */
    if (is_punct(x, i, ',') && i + 1 <= se->last && ing_form(x, i + 1)) break;
    if (!in_timex(x, i) && !key_in(x, i, C_PP_PREP) && tk->tok[i].kind != KN_TK_PUNCT) return 0;
  }
  long p = (long)f - 1;
  /* "…, State Department spokesman Matthew Miller said", "…, presidential
  ** spokesperson Kim Eun-hye said": the speaker's post and body before the
  ** name */
  uint32_t pf = p > (long)se->first ? post_ending(x, (uint32_t)p) : UINT32_MAX;
  if (pf != UINT32_MAX && pf > se->first) {
    p = (long)pf - 1;
    for (int k = 0; k < 6 && p > (long)se->first && tk->tok[p].kind == KN_TK_WORD && !key_in(x, (uint32_t)p, C_COORD) &&
                       !key_in(x, (uint32_t)p, C_WHICH) && !key_in(x, (uint32_t)p, C_RELATIVE) &&
                       !key_in(x, (uint32_t)p, C_SAY) && !key_in(x, (uint32_t)p, C_THE); k++)
      p--;
  }
  if (p > 0 && tk->tok[p].kind == KN_TK_CLITIC) {            /* "South Korea's" */
    p--;
    while (p > 0 && tk->tok[p].kind == KN_TK_WORD && !(tk->tok[p].flags & KN_TF_LOWER) && p >= (long)se->first) p--;
  }
  if (p > 0 && key_in(x, (uint32_t)p, C_THE)) p--;
  return p >= (long)se->first && is_punct(x, (uint32_t)p, ',');
}

/* Prepositions whose object is a place, a topic or a qualifier, not a party. */
static const char *const NONPARTY_PREP[] = { "in", "at", "to", "from", "into", "near", "toward",
  "towards", "across", "inside", "outside", "over", "on", "about", "against", "regarding",
  "concerning", "for", "under", "via", "off", "beyond", "around", "through", "within", "of",
  "onto", "upon", NULL };
static const char *const COORD[] = { "and", "or", "&", NULL };
static const char *const PARTY_PREP[] = { "with", "between", "by", "among", "alongside", NULL };

/* The first token of mention m with the ranks before a person's name
** ("Col. Lee Sung-jun", "Lt. Gen. Kim"): no part of its span (SCHEMA.md),
** and no governor of it either. */
static inline uint32_t name_start(const ex *x, const kn_mention *m, uint32_t lo) {
  uint32_t p = m->first;
  for (int k = 0; k < 3 && p > lo + 1 && m->type == KN_ET_PERSON; k++) {
    const kn_token *t = &x->tk->tok[p - 1];
    if (t->kind != KN_TK_WORD || !(t->flags & KN_TF_CAP) || !(t->flags & KN_TF_ABBR) || (t->flags & KN_TF_UPPER)) break;
    p--;
  }
  return p;
}

/* The word before mention m that governs it (skipping "the", possessive
** determiners and one adjective), as a token index, or -1. A word naming
** a part of the place is skipped as well: "sent to eastern Russia" is
** governed by "to". */
static long governor(const ex *x, const kn_mention *m, uint32_t lo) {
  long p = (long)name_start(x, m, lo) - 1;
  int skipped = 0;
  if (p > (long)lo && m->type != KN_ET_PERSON && m->type != KN_ET_OFFICE && key_in(x, (uint32_t)p, C_COMPASS) &&
      (x->tk->tok[p].flags & KN_TF_LOWER)) p--;
  /* the adjective is a lower-case word right after a determiner ("met the
  ** visiting Rutte"): any lower-case word would take the verb itself; a
  ** number is none ("brought in the four Indo-Pacific partners": the place
  ** describes the partners, and "in" is the verb's) */
  while (p >= (long)lo && skipped < 2 && (key_in(x, (uint32_t)p, C_SKIP) ||
         (skipped == 0 && p > (long)lo && x->tk->tok[p].kind == KN_TK_WORD && (x->tk->tok[p].flags & KN_TF_LOWER) &&
          key_in(x, (uint32_t)p - 1, C_SKIP) && !key_in(x, (uint32_t)p, C_NONPARTY_PREP) &&
          !key_in(x, (uint32_t)p, C_PARTY_PREP) && !key_in(x, (uint32_t)p, C_COORD) &&
          !key_in(x, (uint32_t)p, C_NUMWORD) && !word_in(x, (uint32_t)p, COUNT_WORDS)))) {
    p--; skipped++;
  }
  return p >= (long)lo ? p : -1;
}

/* The word governing the noun of a kind of place at token k, which "of"
** and a place's name follow ("the Russian Pacific port of", "the border
** city of", "South Korea's southeastern port city of"): back over its
** modifiers (capitalised or lower-case words, hyphens, a possessor's
** clitic) to its determiner, the token before that; or dflt when k is no
** such noun. */
static long place_kind_governor(const ex *x, uint32_t k, uint32_t lo, long dflt) {
  static const char *const PLACE_KIND[] = { "port", "city", "town", "capital", "village", "island", "region",
    "province", "county", "resort", "harbor", "harbour", "base", "enclave", "hub", NULL };
  if (!word_in(x, k, PLACE_KIND)) return dflt;
  const kn_token *tok = x->tk->tok;
  long p = (long)k - 1;
  if (p > (long)lo && word_in(x, (uint32_t)p, PLACE_KIND)) p--;      /* "port city" */
  for (int n = 0; n < 5 && p > (long)lo; n++, p--) {
    const kn_token *t = &tok[p];
    if (key_in(x, (uint32_t)p, C_SKIP)) return p - 1;
    if (t->kind == KN_TK_CLITIC) {
      /* the possessor's name, then its "the" if any */
      size_t mi = mention_from(x->lk, (uint32_t)p);
      if (mi == 0 || x->lk->m[mi - 1].last + 1 != (uint32_t)p) break;
      p = (long)x->lk->m[mi - 1].first - 1;
      if (p > (long)lo && key_in(x, (uint32_t)p, C_THE)) p--;
      return p >= (long)lo ? p : dflt;
    }
    if (t->kind == KN_TK_PUNCT && !is_punct(x, (uint32_t)p, '-')) break;
    if (t->kind == KN_TK_WORD && (key_in(x, (uint32_t)p, C_NONPARTY_PREP) || key_in(x, (uint32_t)p, C_PARTY_PREP) ||
                                  key_in(x, (uint32_t)p, C_COORD) || key_in(x, (uint32_t)p, C_OF))) break;
  }
  return dflt;
}

/* Is the place governed by gv the qualifier of a topic's noun after the
** trigger? "brief NATO allies on North Korean troops in Russia", "talks
** about the situation in Ukraine": the place is the troops', not the
** briefing's ("on Monday in Brussels" is a time, and "about 4,000
** soldiers to Russia" a number, not a topic). */
static int topic_place(const ex *x, const cand *c, long gv) {
  if (gv <= (long)c->b + 1) return 0;
  /* the preposition first (each of the four is a NONPARTY_PREP: a bit a
  ** token), the tests of the governing word only when there is one */
  uint32_t j = c->b + 1;
  for (; j + 1 < (uint32_t)gv; j++) {
    if (key_in(x, j, C_NONPARTY_PREP) &&
        (word_is(x, j, "on") || word_is(x, j, "about") || word_is(x, j, "regarding") ||
         word_is(x, j, "concerning")) && !in_timex(x, j + 1) && x->tk->tok[j + 1].kind != KN_TK_NUM)
      break;
  }
  return j + 1 < (uint32_t)gv && x->tk->tok[gv - 1].kind == KN_TK_WORD && !in_timex(x, (uint32_t)gv - 1);
}

/* Is token t a noun of sides a place after it describes, not the
** trigger's own object: "NATO's four partners in the Indo-Pacific have
** been invited to the council meeting", "a reconciliation of America's two
** closest allies in Asia" (the place is theirs, not the event's), but
** "brief (NATO) allies in Brussels"? */
static int sides_word(const ex *x, uint32_t t) {
  /* the first bytes of SIDES' words first (asked of most mentions) */
  if (t >= x->ntok) return 0;
  unsigned c = key_byte0(x, t);
  if (c != 'p' && c != 'a' && c != 'n' && c != 'c' && c != 'd') return 0;
  return word_in(x, t, SIDES);
}

static int sides_place(const ex *x, const cand *c, uint32_t t) {
  if (!sides_word(x, t)) return 0;
  uint32_t q = c->b + 1;
  size_t mi = mention_from(x->lk, q);
  if (mi < x->lk->nm && x->lk->m[mi].first == q) q = x->lk->m[mi].last + 1;
  return t != q;
}

/* Does the "where" after the comma at token comma tell of event o, a noun
** with its determiner whose phrase runs to the comma with only places,
** names, dates and prepositions ("the summit at Camp David last August,
** where"; not "will visit Brussels this week for a meeting of NATO
** foreign ministers, where")? */
static int where_on(const ex *x, const kn_event *o, uint32_t comma) {
  if (o->last >= comma || o->first == 0 || !key_in(x, o->first - 1, C_SKIP)) return 0;
  size_t mi = mention_from(x->lk, o->last + 1);
  for (uint32_t q = o->last + 1; q < comma; q++) {
    while (mi < x->lk->nm && x->lk->m[mi].last < q) mi++;
    if (mi < x->lk->nm && x->lk->m[mi].first <= q) { q = x->lk->m[mi].last; continue; }
    if (!in_timex(x, q) && !key_in(x, q, C_INAT) && !key_in(x, q, C_SKIP) && !key_in(x, q, C_OF)) return 0;
  }
  return 1;
}

static int media(const ex *x, int32_t e) {
  const char *r = e >= 0 ? kn_gaz_role(x->g, e) : NULL;
  return r && strcmp(r, "media") == 0;
}

/* kn_grow with its common case, room left, inline: every trigger,
** participant and event asks it */
static inline kn_status grow(kn_extractor *X, void **arr, size_t *cap, size_t need, size_t sz) {
  return need <= *cap ? KN_OK : kn_grow(X->alloc, X->ud, arr, cap, need, sz);
}

static kn_status add_part(ex *x, uint32_t first, int32_t ref) {
  kn_extractor *X = x->X;
  for (size_t i = first; i < X->nparts; i++) if (X->parts[i] == ref) return KN_OK;
  kn_status st = grow(X, (void **)&X->parts, &X->capparts, X->nparts + 1, sizeof(int32_t));
  if (st) return st;
  X->parts[X->nparts++] = ref;
  return KN_OK;
}

/* ------------------------------------------------------------- dates */

static int is_dash(const ex *x, uint32_t i) {
  const kn_token *k = &x->tk->tok[i];
  if (k->kind != KN_TK_PUNCT) return 0;
  const unsigned char *s = (const unsigned char *)x->text + k->start;
  return s[0] == '-' || (k->len == 3 && kn_is_udash(s));
}

/* A dateline's date: "SEOUL, Oct. 28 (Yonhap) --" */
static int in_dateline(const ex *x, const kn_timex *t) {
  const kn_token *tok = x->tk->tok;
  size_t ntok = x->tk->ntok;
  /* the line starts with capitals and a comma before the date */
  uint32_t a = t->first;
  if (a < 2 || !is_punct(x, a - 1, ',')) return 0;
  uint32_t l = a - 2;
  while (l > 0 && tok[l].ws < KN_WS_LINE && a - l < 6) l--;
  if (!(tok[l].flags & KN_TF_UPPER) || tok[l].ws < KN_WS_LINE) return 0;
  uint32_t b = t->last + 1;
  if (b < ntok && is_punct(x, b, '(')) {
    while (b < ntok && !is_punct(x, b, ')') && b - t->last < 8) b++;
    b++;
  }
  return b < ntok && is_dash(x, b);
}

static int vague(const char *v) {
  if (v[0] == 'P') return 1;
  /* "_REF" anywhere: from one "_" to the next (most values have none) */
  for (v = strchr(v, '_'); v; v = strchr(v + 1, '_'))
    if (v[1] == 'R' && v[2] == 'E' && v[3] == 'F') return 1;
  return 0;
}

/* Day part of a TIMEX3 value (2024-10-28T15:39 -> 2024-10-28). */
static void copy_date(char *dst, const char *v) {
  size_t n = strlen(v);
  /* a time after the day: its first "T" at the 11th byte */
  if (n > 10 && v[10] == 'T' && !memchr(v, 'T', 10)) n = 10;
  if (n >= KN_TIMEX_VALUE) n = KN_TIMEX_VALUE - 1;
  memcpy(dst, v, n);
  dst[n] = 0;
}

/* YYYYMMDD of a day value, or 0. */
static inline unsigned digit_at(const char *v, int i) { return (unsigned)(unsigned char)v[i] - '0'; }

static int32_t day_of(const char *v) {
  /* byte by byte in order, no strlen: a NUL before the 10th byte fails
  ** its test, and nothing after it is read (most values asked are empty);
  ** unrolled, the common answers (none, or a day) take a few tests */
  unsigned y0 = digit_at(v, 0);
  if (y0 > 9) return 0;
  unsigned y1 = digit_at(v, 1);
  if (y1 > 9) return 0;
  unsigned y2 = digit_at(v, 2);
  if (y2 > 9) return 0;
  unsigned y3 = digit_at(v, 3);
  if (y3 > 9 || v[4] != '-') return 0;
  unsigned m0 = digit_at(v, 5);
  if (m0 > 9) return 0;
  unsigned m1 = digit_at(v, 6);
  if (m1 > 9 || v[7] != '-') return 0;
  unsigned d0 = digit_at(v, 8);
  if (d0 > 9) return 0;
  unsigned d1 = digit_at(v, 9);
  if (d1 > 9) return 0;
  return (int32_t)(((y0 * 10 + y1) * 10 + y2) * 10 + y3) * 10000 + (int32_t)(m0 * 10 + m1) * 100 +
         (int32_t)(d0 * 10 + d1);
}

/* Does the day value dv (YYYY-MM-DD) lie in the period pv: a year
** "2023", a month "2023-08" or an ISO week "2023-W33"? The timeline's
** date ranges (kn_date_range) say where a period begins and ends; only
** these three periods count (a week 53 its year does not have, "2023-W53",
** is no range and holds no day). */
static int day_within(const char *dv, const char *pv) {
  int32_t d, d1, p0, p1;
  if (kn_date_range(dv, strlen(dv), &d, &d1) != KN_GRAN_DAY) return 0;
  int g = kn_date_range(pv, strlen(pv), &p0, &p1);
  if (g != KN_GRAN_YEAR && g != KN_GRAN_MONTH && g != KN_GRAN_WEEK) return 0;
  return p0 <= d && d <= p1;
}

/* ------------------------------------------------------------ cues */

static const char *const FUTURE[] = { "will", "'ll", "shall", "scheduled", "plans", "plan", "planned",
  "planning", "expected", "upcoming", "next", "due", "intends", "aims", "would", "set", "slated", "ahead",
  "forthcoming", "later", "tomorrow", NULL };
static const char *const ATTRIB[] = { "reportedly", "allegedly", "claimed", "claims", "claim", "believed",
  "assessed", "assesses", "estimated", "estimates", "suspected", "purportedly", "according", NULL };
static const char *const DEFINITE[] = { "the", "this", "that", "these", "those", "they", "both", NULL };
static const char *const LOCPREP[] = { "in", "at", "inside", NULL };
static const char *const PRONOUN[] = { "they", "both", NULL };
/* Adjectives that mark a second, distinct happening ("a separate meeting"). */
static const char *const SEPARATE[] = { "separate", "another", "bilateral", "trilateral", NULL };

/* The cue lists, each a bit of the cue set. */
/* The words habitual (besides HABIT) and counterfactual look for. */
static const struct { const char *w; uint32_t f; } FILTER_WORDS[] = { { "long", SF_HABIT }, { "twice", SF_HABIT },
  { "times", SF_HABIT }, { "would", SF_WOULD }, { "allies", SF_ALLY }, { "alliance", SF_ALLY },
  { "accompanied", SF_ALONG }, { "every", SF_EVERY }, { "each", SF_EVERY }, { NULL, 0 } };

static const char *const *const CUES[] = { TO, ACC, THE, SKIP, OF, INAT, HE, BE, STRONG, ROLE_NOUNS,
  OTHER_SIGNAL, BOUNDARY_WORDS, RELATIVE, REPORTING, NONPARTY_PREP, COORD, PARTY_PREP, FUTURE, ATTRIB,
  DEFINITE, LOCPREP, PARTY_NOUNS, PP_PREP, THAT, SAY, PRONOUN, SEPARATE, BOUND_SIGNAL, THROUGH, NUMWORD, BY, ADVERB, AUX, PP_PREP_INTRO, WHICH, END, PLURALE, BETWEEN, POSSDET, WHO, INCLUDE, AT, FRAME, WHEN, FLY, COMPASS, ADDRESSEE, OFF, CALLPUT, CONFIRM, SUPPORT, HABIT, SEQUENCE, RECEIVE, IT, ANAPHOR, TELL, THINK, CONTENT, RELATION, WITH, ISSUE, MODHEAD, NULL };

/* every list has its bit in the 64 of a cue set */
typedef char kn_cue_lists_fit[sizeof CUES / sizeof CUES[0] - 1 <= 64 ? 1 : -1];

/* Is the event at token a the object of a word setting another happening
** before or after it ("A day before the talks, …", "after their meeting",
** "ahead of the summit")? What the sentence tells next is not that event. */
static int sequence_anchor(const ex *x, uint32_t a) {
  long p = (long)a - 1;
  for (int k = 0; p >= 0 && k < 2 && key_in(x, (uint32_t)p, C_SKIP); k++) p--;
  if (p >= 0 && key_in(x, (uint32_t)p, C_OF)) p--;
  return p >= 0 && key_in(x, (uint32_t)p, C_SEQUENCE);
}

/* Is the noun trigger at token a the object of a sequence word, past a
** determiner and up to two modifiers ("following a detailed briefing",
** "after the combined drills")? */
static int sequence_object(const ex *x, uint32_t a) {
  const kn_token *tok = x->tk->tok;
  long p = (long)a - 1;
  for (int k = 0; p >= 0 && k < 3 && tok[p].sent == tok[a].sent && tok[p].kind == KN_TK_WORD &&
       (tok[p].flags & KN_TF_LOWER) && !key_in(x, (uint32_t)p, C_SEQUENCE) && !key_in(x, (uint32_t)p, C_AUX) &&
       !key_in(x, (uint32_t)p, C_NONPARTY_PREP) && !key_in(x, (uint32_t)p, C_PARTY_PREP); k++) p--;
  if (p >= 0 && key_in(x, (uint32_t)p, C_OF)) p--;
  return p >= 0 && tok[p].sent == tok[a].sent && key_in(x, (uint32_t)p, C_SEQUENCE);
}

/* "Freedom Shield set to begin Monday": is token i a verb of starting
** whose subject is a name (capitalised words, no mention) that the next
** tokens of the text call an exercise ("… their springtime Freedom Shield
** exercise")? The name then stands for the exercise, and its start is
** the event. Looks at most 200 tokens on. */
static int named_exercise_start(const ex *x, uint32_t i) {
  static const char *const START[] = { "begin", "begins", "start", "starts", NULL };
  static const char *const SET[] = { "to", "set", "will", "is", "due", NULL };
  const kn_token *tok = x->tk->tok;
  if (!first_is(x, i, 'b') && !first_is(x, i, 's')) return 0;   /* asked of many words: the cheap test first */
  if (!word_in(x, i, START)) return 0;
  long p = (long)i - 1;
  for (int n = 0; n < 3 && p >= 0 && tok[p].sent == tok[i].sent; n++) {
    if (!word_in(x, (uint32_t)p, SET)) break;
    p--;
  }
  long last = p;
  while (p >= 0 && last - p < 3 && tok[p].sent == tok[i].sent && tok[p].kind == KN_TK_WORD &&
         (tok[p].flags & (KN_TF_LOWER | KN_TF_UPPER)) == 0) p--;
  long first = p + 1;
  if (first > last || last - first > 2) return 0;
  size_t mj = mention_at(x, x->lk, (uint32_t)first);
  if (mj > 0 && x->lk->m[mj - 1].last >= (uint32_t)first) return 0;
  if (mj < x->lk->nm && x->lk->m[mj].first <= (uint32_t)last) return 0;
  uint32_t len = (uint32_t)(last - first + 1);
  char a[48], b[48];
  for (uint32_t j = i + 1; j + len < x->ntok && j < i + 200; j++) {
    uint32_t q = 0;
    for (; q < len; q++) {
      size_t na = tkey(x, (uint32_t)first + q, a, sizeof a), nb = tkey(x, j + q, b, sizeof b);
      if (!na || na != nb || memcmp(a, b, na)) break;
    }
    if (q < len) continue;
    uint32_t h = j + len;
    int e = x->head[h] != -2 ? x->head[h] : head_slow(x, h);
    for (; e >= 0; e = x->lex->e[e].next)
      if (x->lex->e[e].type == KN_EV_EXERCISE && !x->lex->e[e].nleft && !x->lex->e[e].nright) return 1;
  }
  return 0;
}

/* The token of "since" before the trigger at token a, past at most two
** determiners as sequence_anchor steps ("their first since the G7
** summit"), not before token first; else -1. An event after "since" is
** named only to count from. */
static long since_before(const ex *x, uint32_t a, uint32_t first) {
  long p = (long)a - 1;
  for (int k = 0; p > (long)first && k < 2 && key_in(x, (uint32_t)p, C_SKIP); k++) p--;
  return p >= (long)first && word_is(x, (uint32_t)p, "since") ? p : -1;
}

static kn_status build_cues(kn_evlex *x) {
  for (int i = 0; CUES[i]; i++)
    for (const char *const *p = CUES[i]; *p; p++) {
      size_t n = strlen(*p);
      int v = kn_wordset_get(x->cues, *p, n);
      if (v < 0) {
        kn_status st = kn_grow(x->alloc, x->ud, (void **)&x->cw, &x->capcue, x->ncue + 1, sizeof(cueword));
        if (!st) st = kn_wordset_add(x->cues, *p, n, (int)x->ncue);
        if (st) return st;
        v = (int)x->ncue;
        x->cw[x->ncue++] = (cueword){ 0, *p, n };
        int16_t *slot = &x->cueslot[head_bit((const unsigned char *)*p, n)];
        *slot = *slot == -1 ? (int16_t)v : -2;
      }
      x->cw[v].mask |= (uint64_t)1 << i;
      wentry *we = wt_entry(x, *p, n);
      if (we) we->cue |= (uint64_t)1 << i;
    }
  /* the trigger filters' words (filter_mark); a key the table lacks (it
  ** was given up) is tested by filter_words */
  for (int i = 0; FILTER_WORDS[i].w; i++) {
    wentry *we = wt_entry(x, FILTER_WORDS[i].w, strlen(FILTER_WORDS[i].w));
    if (we) we->flt |= FILTER_WORDS[i].f;
  }
  for (int i = 0; HABIT[i]; i++) {
    wentry *we = wt_entry(x, HABIT[i], strlen(HABIT[i]));
    if (we) we->flt |= SF_HABIT;
  }
  for (int i = 0; WISH[i]; i++) {
    wentry *we = wt_entry(x, WISH[i], strlen(WISH[i]));
    if (we) we->flt |= SF_WISH;
  }
  /* (before any entry: a trigger word's entry replaces HEAD_LOOK) */
  for (int i = 0; LOOKED_AT[i]; i++) {
    wentry *we = wt_entry(x, LOOKED_AT[i], strlen(LOOKED_AT[i]));
    if (we && we->head == -1) we->head = HEAD_LOOK;
  }
  /* the punctuation clause_bounds marks, in the table with no list (WF_MARK) */
  wt_entry(x, ",", 1);
  wt_entry(x, ";", 1);
  entry_flags(x);
  return KN_OK;
}

/* The WF_* of the words' table after a load added words, classes or
** entries: WF_NEG for the words of the class "negation" (the class
** kn_event_run asks for), WF_HEAD, WF_MARK; and SF_NEG for those and the
** words of OFF and FAIL. */
static void entry_flags(kn_evlex *x) {
  int neg = kn_wordset_get(x->classnames, "negation", 8);
  uint32_t bit = neg >= 0 && neg < 32 ? (uint32_t)1 << neg : 0;
  for (size_t i = 0; i < x->nwe; i++) {
    wentry *e = &x->we[i];
    unsigned char b0;
    memcpy(&b0, &e->k0, 1);   /* the key's first byte (memcpy order) */
    int punct = e->len == 1 && CLAUSE_PUNCT[b0];
    e->flt = (e->flt & ~(WF_NEG | WF_HEAD | WF_MARK | SF_NEG)) | (e->cls & bit ? WF_NEG : 0) | (e->head != -1 ? WF_HEAD : 0) |
             (punct || (e->cue & CLAUSE_CUES) ? WF_MARK : 0) | ((e->cls & bit) || (e->cue & CUEBIT(C_OFF)) ? SF_NEG : 0);
  }
  /* negated_at reads a verb of failing too: its words are in the table
  ** (made here when no list has them) with SF_NEG */
  for (int i = 0; FAIL[i]; i++) {
    wentry *e = wt_entry(x, FAIL[i], strlen(FAIL[i]));
    if (e) e->flt |= SF_NEG;
  }
}

static int is_visit_verb(int type) { return type == KN_EV_VISIT; }

/* Meetings, talks and calls are one family for anaphora: "the talks" may
** name again what was a "meeting"; a visit is named again as a visit. */
static int family_slot(int type) { return type == KN_EV_TALKS || type == KN_EV_CALL ? KN_EV_MEETING : type; }

/* The number a word of the NUMWORD list names (two .. ten), or 0. */
static int number_word(const ex *x, uint32_t t) {
  char k[9];
  if (!key8(x, t, 8, k)) return 0;   /* a key of up to 7 bytes, zero-padded */
  k[8] = 0;
  for (int i = 0; NUMWORD[i]; i++) if (!strcmp(k, NUMWORD[i])) return i + 2;
  return 0;
}

/* Is the one-word trigger at token t a noun by its derivational suffix
** (-ment, -tion, -sion: statement, condemnation, declaration)? */
static int noun_suffix(const ex *x, uint32_t t) {
  const kn_token *w = &x->tk->tok[t];
  if ((w->flags & (KN_TF_ASCII | KN_TF_ABBR)) == KN_TF_ASCII && w->kind != KN_TK_PUNCT) {
    /* the key is the bytes in lower case (kn_tok_key): read in place */
    const unsigned char *p = (const unsigned char *)x->text + w->start;
    size_t n = w->len;
    if (n >= 48) return 0;                      /* as tkey into 48 bytes */
    /* a byte or'ed with 0x20 is a given lower-case letter only when it is
    ** that letter in either case: kn_lower's answer, four bytes at once */
    if (n && (p[n - 1] | 0x20) == 's') n--;
    if (n <= 4) return 0;
    uint32_t v, ment, tion, sion;
    memcpy(&v, p + n - 4, 4);
    v |= 0x20202020u;
    memcpy(&ment, "ment", 4); memcpy(&tion, "tion", 4); memcpy(&sion, "sion", 4);
    return v == ment || v == tion || v == sion;
  }
  char k[48];
  size_t n = tkey(x, t, k, sizeof k);
  if (n && k[n - 1] == 's') k[--n] = 0;
  return n > 4 && (!strcmp(k + n - 4, "ment") || !strcmp(k + n - 4, "tion") || !strcmp(k + n - 4, "sion"));
}

/* A statement made with a verb ("condemned the launch", "confirmed the
** deployment") has its speakers as parties; what it is about, the verb's
** object, is not. */
static int statement_verb(const ex *x, const cand *c) {
  return c->type == KN_EV_STATEMENT && c->a == c->b && !noun_suffix(x, c->a);
}

/* Is what lies between a noun trigger ending at token b and token q only
** the place it is held in, "in", "at" or "inside" and a place's name ("a
** meeting in Brussels that opened on Tuesday")? */
static int place_between(const ex *x, uint32_t b, uint32_t q) {
  if (q < b + 3 || !key_in(x, b + 1, C_LOCPREP)) return 0;
  size_t mi = mention_from(x->lk, b + 2);
  if (mi >= x->lk->nm) return 0;
  const kn_mention *m = &x->lk->m[mi];
  uint32_t f = m->first;
  if (f == b + 3 && key_in(x, b + 2, C_THE)) f = b + 2;
  return f == b + 2 && m->type == KN_ET_LOCATION &&
         (m->last + 1 == q || (m->last + 2 == q && is_punct(x, q - 1, ',')));
}

/* Is there a relative clause between a trigger ending at token b and a
** later token t, so that a time expression at t is the relative's ("a
** meeting in which they took stock of the declaration adopted in April")?
** Not one on a noun trigger right after it or its comma, which tells of
** the event itself ("the summit, which runs …", "the meeting that
** officials held in Washington last week"). */
static int relative_between(const ex *x, int noun, uint32_t b, uint32_t t) {
  const kn_token *tok = x->tk->tok;
  for (uint32_t q = b + 1; q < t; q++)
    if ((key_in(x, q, C_WHICH) || key_in(x, q, C_RELATIVE)) &&
        !(noun && (q == b + 1 || (is_punct(x, q - 1, ',') && q - b <= 5) || place_between(x, b, q)))) {
      /* "met Lloyd Austin, who is visiting Seoul, on Monday": the day past
      ** the clause on the name is the main clause's */
      uint32_t rc = name_relative_dated(x, q);
      if (rc != UINT32_MAX && rc < t) { q = rc; continue; }
      uint32_t c2 = q + 1, first = x->tk->sent[tok[b].sent].first;
      /* "Talks between Seoul and Tokyo, which opened on Monday, ended on
      ** Wednesday": a clause set off by commas on a subject noun closes
      ** at its second comma, and a verb after it is the noun's own
      ** predicate again */
      if (!noun || b > first + 3 || !is_punct(x, q - 1, ',')) return 1;
      while (c2 < t && c2 < q + 16 && (tok[c2].kind != KN_TK_PUNCT || is_punct(x, c2, '-') || is_punct(x, c2, '.')))
        c2++;
      if (c2 + 1 >= t || !is_punct(x, c2, ',') || !predicate_at(x, c2 + 1, b)) return 1;
      q = c2;
    }
  return 0;
}

/* The comma closing a relative clause set off by commas on the noun
** trigger c, the sentence's subject, when the noun's own predicate comes
** after it ("The summit, which Pyongyang condemned, ended in Tokyo on
** Friday"), or UINT32_MAX; *rel: its relative word. A trigger inside
** that clause is the clause's ("condemned"), its names and day too: the
** noun's arguments go on past it to its predicate. */
static uint32_t subject_relative_close(const ex *x, const cand *c, uint32_t hi, uint32_t *rel) {
  const kn_token *tok = x->tk->tok;
  if (c->a > x->tk->sent[tok[c->a].sent].first + 2) return UINT32_MAX;
  uint32_t n = c->b + 1;
  while (n < hi && n <= c->b + 10 && (tok[n].kind != KN_TK_PUNCT || is_punct(x, n, '-'))) n++;
  if (n + 2 >= hi || n > c->b + 10 || !is_punct(x, n, ',') || !(key_in(x, n + 1, C_WHICH) || key_in(x, n + 1, C_RELATIVE)))
    return UINT32_MAX;
  uint32_t r = n + 2;
  while (r < hi && r < n + 16 && (tok[r].kind != KN_TK_PUNCT || is_punct(x, r, '-'))) r++;
  *rel = n + 1;
  return r < hi && is_punct(x, r, ',') && predicate_at(x, r + 1, c->b) ? r : UINT32_MAX;
}

/* Are tokens [f, l] inside a relative clause set off by commas that closes
** before token a ("Blinken, who visited Seoul on Monday, will meet Wang on
** Friday")? The clause has a verb of its own: its date, its tense cues go
** with it, not with a trigger past its closing comma; and a trigger inside
** it takes neither from the main clause after it. */
static int relative_before(const ex *x, uint32_t f, uint32_t l, uint32_t a) {
  uint32_t q = l + 1;
  while (q < a && (x->tk->tok[q].kind != KN_TK_PUNCT || is_glued_hyphen(x->text, x->tk->tok, q, x->tk->ntok))) q++;
  if (q >= a || !is_punct(x, q, ',')) return 0;
  return relative_word_before(x, f) != UINT32_MAX;
}

/* Is token i "later" right before a past verb ("later met Ishiba", "later
** visited Tokyo")? */
static int later_past(const ex *x, uint32_t i) {
  if (!word_is(x, i, "later") || i + 1 >= x->tk->ntok || x->tk->tok[i + 1].sent != x->tk->tok[i].sent ||
      !(x->tk->tok[i + 1].flags & KN_TF_LOWER)) return 0;
  return past_verb(x, i + 1);
}

/* Does "later" right before a past verb stand just before event e's
** trigger ("The two later attended a dinner", "later met Kim")? It sets
** the event after what was told, on that day or another: the main
** event's day is not one the text gives it. */
static int later_event(const ex *x, const kn_event *e) {
  for (uint32_t q = e->first, k = 0; q > x->tk->sent[e->sent].first && k < 4; k++) {
    q--;
    if (x->tk->tok[q].kind == KN_TK_PUNCT) return 0;
    if (later_past(x, q)) return 1;
  }
  return 0;
}

/* The relative word opening the clause set off by commas that token f is
** in (relative_before's search back), or UINT32_MAX. */
static uint32_t relative_word_before(const ex *x, uint32_t f) {
  uint32_t first = x->tk->sent[x->tk->tok[f].sent].first;
  for (uint32_t k = 0; k < 24 && f > first + 1 + k; k++) {
    uint32_t q = f - 1 - k;
    if (x->tk->tok[q].kind == KN_TK_PUNCT && !is_glued_hyphen(x->text, x->tk->tok, q, x->tk->ntok))   /* "President-elect" */
      return is_punct(x, q, ',') && key_in(x, q + 1, C_RELATIVE) ? q + 1 : UINT32_MAX;
  }
  return UINT32_MAX;
}

/* Does the day or time t, before the noun trigger c in sentence s, hang on
** an event told before it: that event's trigger, then only its object and
** phrases up to t, no verb, punctuation, "to" or "that" between ("prepares
** to rule on Friday on whether to remove … over his martial law
** declaration", "In separate talks the same day, … agreed to arrange a
** summit")? The day is that event's. Not for a noun the earlier event is
** held at or in ("agreed on Wednesday … at a summit in The Hague") or
** joined to it by "and" ("a meeting with Biden on Friday and separate talks
** with Kishida"): those share its day. */
static int time_of_earlier(const ex *x, const kn_timex *t, uint32_t s, const cand *c) {
  const kn_extractor *X = x->X;
  if (t->last >= c->a || (t->type != KN_TX_TIME && !day_of(t->value))) return 0;
  for (uint32_t q = c->a, k = 0; q-- > t->last + 1 && k < 6; k++) {   /* back through the noun's phrase */
    if (key_in(x, q, C_COORD) || word_is(x, q, "at") || word_is(x, q, "in") || word_is(x, q, "during") || word_is(x, q, "for"))
      return 0;
    if (key_in(x, q, C_TO) || key_in(x, q, C_AUX) || (past_form(x, q) && !is_punct(x, q + 1, '-'))) break;   /* not "pared-back" */
  }
  for (size_t j = X->nev, k = 0; j-- > 0 && k < 8 && X->ev[j].sent == s; k++) {
    const kn_event *o = &X->ev[j];
    if (o->last >= t->first) continue;
    if (t->first - o->last > 16) return 0;
    for (uint32_t q = o->last + 1; q < t->first; q++)
      if (x->tk->tok[q].kind == KN_TK_PUNCT || key_in(x, q, C_AUX) || key_in(x, q, C_TO) || key_in(x, q, C_THAT) ||
          (past_form(x, q) && !in_timex(x, q))) return 0;
    return 1;
  }
  return 0;
}

/* Does timex t date a verb of saying or telling right before it ("said
** on Monday", "told reporters Thursday"), a reported clause with no
** "that" opening after it with its subject ("… he would travel to Madrid
** on Wednesday")? The day is the saying's, as before "that"
** (complementizer): what the clause tells is not dated by it. */
static int saying_time(const ex *x, const kn_timex *t) {
  uint32_t first = x->tk->sent[t->sent].first, n = t->last + 1;
  if (t->first <= first || n >= x->ntok || x->tk->tok[n].sent != t->sent) return 0;
  uint32_t p = t->first - 1;
  if (p > first && key_in(x, p, C_PP_PREP)) p--;                       /* "on" */
  for (int k = 0; k < 2 && p > first && key_in(x, p, C_ADDRESSEE); k++) p--;   /* "told reporters" */
  if (!(key_in(x, p, C_SAY) || key_in(x, p, C_TELL))) return 0;
  if (key_in(x, n, C_HE) || key_in(x, n, C_IT) || key_in(x, n, C_PRONOUN) || key_in(x, n, C_THE)) return 1;
  size_t mi = mention_from(x->lk, n);
  return mi < x->lk->nm && x->lk->m[mi].first == n && x->lk->m[mi].type != KN_ET_LOCATION;
}

/* ---------------------------------------------------------- building */

/* The first mention starting at or after token t (mentions are in text
** order), so that a clause's mentions cost no scan of the whole document.
** The search halves its range with a mask, not a branch (which GCC keeps
** for a ?: here): it is asked some thirty times an event, at places no
** predictor learns. */
static size_t mention_search(const kn_linker *lk, uint32_t t) {
  const kn_mention *b = lk->m;
  size_t n = lk->nm;
  if (!n) return 0;
  for (; n > 1; n -= n / 2) b += (n / 2) & (0 - (size_t)(b[n / 2 - 1].first < t));
  return (size_t)(b - lk->m) + (b->first < t);
}

/* The same for temporal expressions. */
static size_t timex_search(const kn_tagger *tg, uint32_t t) {
  const kn_timex *b = tg->tx;
  size_t n = tg->ntx;
  if (!n) return 0;
  for (; n > 1; n -= n / 2) b += (n / 2) & (0 - (size_t)(b[n / 2 - 1].first < t));
  return (size_t)(b - tg->tx) + (b->first < t);
}



/* Does the word at token t end in "-ed" (a past form: "a dinner hosted by")? */
static int past_form(const ex *x, uint32_t t) {
  const kn_token *k = &x->tk->tok[t];
  return k->len > 3 && x->text[k->start + k->len - 2] == 'e' && x->text[k->start + k->len - 1] == 'd';
}

/* Does a passive with its agent stand between tokens lo and b (both
** excluded), in one clause: "was" or "were", a participle (an adverb may
** stand between) and "by" ("The meeting was chaired by Rutte", before
** "and attended by Cho")? */
KN_NOINLINE static int passive_before(const ex *x, uint32_t lo, uint32_t b) {
  uint32_t i = b;
  while (--i > lo) {
    if (is_punct(x, i, ';') || is_punct(x, i, ':') || is_dash(x, i)) return 0;
    if (word_is(x, i, "was") || word_is(x, i, "were")) break;
  }
  uint32_t p = i + 1;
  if (p < b && key_in(x, p, C_ADVERB)) p++;
  return i > lo && p + 1 < b && (x->tk->tok[p].flags & KN_TF_LOWER) &&
         (past_form(x, p) || word_is(x, p, "led") || word_is(x, p, "held")) && key_in(x, p + 1, C_BY);
}

/* Does a participle with its agent, set off by a comma right after the
** noun ending at token nb, run up to the "and" at token and_at in one
** phrase ("The summit, hosted by Poland and attended by …")? */
static int comma_passive_before(const ex *x, uint32_t nb, uint32_t and_at) {
  uint32_t p = nb + 2;
  if (and_at <= p + 2 || and_at - nb > 16 || !is_punct(x, nb + 1, ',') || !(x->tk->tok[p].flags & KN_TF_LOWER) ||
      !(past_form(x, p) || word_is(x, p, "led") || word_is(x, p, "held")) || !key_in(x, p + 1, C_BY))
    return 0;
  for (uint32_t i = p + 2; i < and_at; i++)
    if (x->tk->tok[i].kind == KN_TK_PUNCT && !is_punct(x, i, '-') && !is_punct(x, i, '.')) return 0;
  return 1;
}

/* Is token t a participle of hosting or taking part in a meeting
** ("attended", "chaired", "hosted", "led")? */
KN_NOINLINE static int taking_part(const ex *x, uint32_t t) {
  static const char *const PART[] = { "attended", "chaired", "co-chaired", "hosted", "co-hosted", "led", "convened",
    "organized", "organised", "joined", NULL };
  return word_in(x, t, PART);
}

/* Is token t, a participle after a noun of type type, one whose agent
** takes part in it? Beside the host and attendees, a go-between of talks
** or a meeting sits at the table ("The talks, mediated by Norway and
** hosted by Sweden, …"); a deal's broker is no side of the deal. */
static int takes_part(const ex *x, uint32_t t, int type) {
  static const char *const MEDIATE[] = { "mediated", "co-mediated", "brokered", "facilitated", NULL };
  return taking_part(x, t) || (consult_family(type) && word_in(x, t, MEDIATE));
}

/* Is mention m, after the trigger ending at token b, the agent of a
** participle that judges the event ("The drills, criticized by China and
** Russia, began …", "The talks were condemned by Pyongyang")? A critic
** speaks of the event and takes no part in it. Back from m over names,
** "and", "the", "of" and list commas to "by"; the participle must come
** after the trigger (a statement trigger's own agent is its speaker). */
static int judged_by(const ex *x, uint32_t b, const kn_mention *m) {
  static const char *const JUDGE[] = { "criticized", "criticised", "condemned", "denounced", "slammed", "decried",
    "deplored", "blasted", "assailed", "opposed", "protested", "rejected", "censured", "derided", NULL };
  const kn_token *tok = x->tk->tok;
  for (uint32_t q = m->first; q-- > b + 2 && q + 12 > m->first;) {
    if (key_in(x, q, C_BY)) return word_in(x, q - 1, JUDGE);
    if (tok[q].kind == KN_TK_CLITIC || is_punct(x, q, ',') || is_punct(x, q, '-') || key_in(x, q, C_COORD) ||
        key_in(x, q, C_THE) || key_in(x, q, C_OF) || (tok[q].kind == KN_TK_WORD && !(tok[q].flags & KN_TF_LOWER)))
      continue;
    return 0;
  }
  return 0;
}

/* The date opening the sentence before an attribution set off by
** commas, when the clause starting at lo follows that attribution: "On
** Thursday, the ministry said, the two sides signed …". The opening
** phrase is the date alone, after at most one preposition; the
** attribution is a speaker of at most six words and a verb of saying. */
/* A quotation the attribution breaks ("\"On Friday,\" Rutte said, \"NATO
** will sign …\"") is the same: the marks closing the first part and
** reopening the second stand after the commas, one opens the sentence. */
static const kn_timex *fronted_date(const ex *x, uint32_t lo, size_t *idx) {
  const kn_token *tok = x->tk->tok;
  if (is_punct(x, lo, ',')) lo++;      /* the clause may start at the comma after the verb */
  int quoted = 0;
  if (lo + 1 < x->tk->ntok && is_quote(x, lo)) lo++;      /* the clause may start at the reopening mark */
  if (lo >= 7 && is_quote(x, lo - 1) && is_punct(x, lo - 2, ',')) { quoted = 1; lo--; }
  if (lo < 6 || !is_punct(x, lo - 1, ',') || !key_in(x, lo - 2, C_SAY)) return NULL;
  uint32_t sf = x->tk->sent[tok[lo].sent].first;
  if (quoted && !is_quote(x, sf)) return NULL;
  uint32_t q = lo - 3;     /* back over the speaker to the comma opening the attribution */
  while (q > sf && q + 9 > lo && tok[q].kind != KN_TK_PUNCT) q--;
  if (quoted) {            /* the closing mark, then the comma before it */
    if (q <= sf + 1 || q + 3 >= lo || !is_quote(x, q)) return NULL;
    q--;
    sf++;
  }
  if (q <= sf || q + 9 <= lo + quoted || !is_punct(x, q, ',') || q == lo - 3) return NULL;
  size_t i = timex_from(x->tg, sf);
  if (i >= x->tg->ntx) return NULL;
  const kn_timex *t = &x->tg->tx[i];
  if (t->last + 1 != q || t->first > sf + 1 || (t->first == sf + 1 && !key_in(x, sf, C_PP_PREP_INTRO) &&
                                                !word_is(x, sf, "on")))
    return NULL;
  if ((t->type != KN_TX_DATE && t->type != KN_TX_TIME) || vague(t->value)) return NULL;
  *idx = i;
  return t;
}

/* Is the bare verb at token q (q <= hi) one of an event taking place
** ("take place", "begin", "be held"), not of what it brings ("shape",
** "be remembered")? */
static int takes_place(const ex *x, uint32_t q, uint32_t hi) {
  static const char *const HAPPEN[] = { "take", "begin", "open", "start", "convene", "resume", "run", "last",
    "focus", "kick", "gather", "bring", "draw", "feature", "include", "involve", "continue", "proceed", "end",
    "close", "conclude", "wrap", NULL };
  static const char *const HELD[] = { "held", "hosted", "convened", "staged", "attended", "chaired", "co-chaired",
    "conducted", "organized", "organised", "carried", NULL };
  if (q > hi) return 0;
  if (word_is(x, q, "be")) return q + 1 <= hi && word_in(x, q + 1, HELD);
  if (word_is(x, q, "go")) return q + 1 <= hi && word_is(x, q + 1, "ahead");   /* not "go down as" */
  return word_in(x, q, HAPPEN);
}

/* Is timex t the day an event was moved from ("brought forward from Jan.
** 15 to Dec. 10", "moved from Tuesday to Thursday")? That is no longer
** its day, nor the start of a span. */
static int moved_from(const ex *x, const kn_timex *t) {
  if (t->first < 2 || !word_is(x, t->first - 1, "from")) return 0;
  uint32_t v = t->first - 2;
  if (word_in(x, v, MOVED) || (v > 0 && word_in(x, v, BACK_FORWARD) && word_in(x, v - 1, MOVED_BY))) return 1;
  /* "brought forward the joint drills from Nov. 20", "moved the summit
  ** with Tokyo from Friday", "brought the drills forward from …": the verb
  ** before its object, a noun phrase of at most eight words, names,
  ** determiners and a party's "with" (no punctuation, other preposition,
  ** coordinator or auxiliary) */
  const kn_token *tok = x->tk->tok;
  uint32_t sf = x->tk->sent[tok[v].sent].first;
  int particle = word_in(x, v, BACK_FORWARD);       /* "forward" after the object: its verb is one of MOVED_BY */
  if (particle) v--;
  for (int k = 0; k < 8 && v > sf; k++, v--) {
    const kn_token *w = &tok[v];
    if (w->kind == KN_TK_CLITIC || w->kind == KN_TK_NUM || is_punct(x, v, '-') || is_punct(x, v, '\'')) continue;
    /* "moved the troops from Oct. 23 to Oct. 28": who or what is moved is
    ** a force, a deployment over a span, not an event put off */
    if (w->kind != KN_TK_WORD || key_in(x, v, C_NONPARTY_PREP) ||
        (key_in(x, v, C_PARTY_PREP) && !word_is(x, v, "with")) || key_in(x, v, C_COORD) || key_in(x, v, C_AUX) ||
        key_in(x, v, C_PARTY_NOUNS))
      return 0;
    if (!(w->flags & KN_TF_LOWER)) continue;                 /* a name: "Freedom Shield" */
    int moved = particle ? word_in(x, v - 1, MOVED_BY)
                         : word_in(x, v - 1, MOVED) ||
                           (v > 1 && word_in(x, v - 1, BACK_FORWARD) && word_in(x, v - 2, MOVED_BY));
    /* "moved ahead with the drills", "pushed forward with": the verb goes
    ** on with the event, its object starts no noun phrase */
    if (moved) return !word_in(x, v, AHEAD_ON) && (key_in(x, v, C_SKIP) || !past_form(x, v));
  }
  return 0;
}

/* Is a verb of the list right before timex t, or before its preposition
** ("expired Friday", "lapsed on Friday")? */
static int verb_before(const ex *x, const kn_timex *t, const char *const *verbs) {
  static const char *const IN[] = { "in", NULL };
  return t->first > 0 && (word_in(x, t->first - 1, verbs) ||
                          (t->first > 1 && word_in(x, t->first - 2, verbs) &&
                           (key_in(x, t->first - 1, C_PP_PREP) || word_in(x, t->first - 1, IN))));
}

/* Does timex t stand in the clause of trigger c: before it, or after it
** with no word opening another clause between ("The pact, signed in 2019,
** expired on Friday" against "a deal came as the truce expired on
** Sunday")? */
static int own_clause(const ex *x, const cand *c, const kn_timex *t) {
  for (uint32_t q = c->b + 1; q < t->first; q++)
    if (key_in(x, q, C_BOUNDARY_WORDS) || word_is(x, q, "as")) return 0;
  return 1;
}

/* Is the nearest possible traveller before the visit verb c a weapon (a
** word of the lexicon's @missile class) rather than a person, body or
** country? */
/* Does a distance follow the verb at token v within a qualifier or two
** ("flew some 550 kilometers", "traveled about 1,000 km"), with no place
** to go to after it in the clause (up to hi)? "traveled some 1,200
** kilometers by train to Vladivostok", "flew 8,000 km to Pyongyang" are
** trips: "to", "for", "toward" and a place (a location or a country)
** within a few words, before any punctuation. */
static int distance_after(const ex *x, uint32_t v, uint32_t hi) {
  static const char *const UNIT[] = { "km", "kilometers", "kilometres", "miles", NULL };
  static const char *const GOAL[] = { "to", "for", "toward", "towards", NULL };
  uint32_t u = 0;
  for (uint32_t i = v + 1; i + 1 < x->ntok && i <= v + 3; i++)
    if (x->tk->tok[i].kind == KN_TK_NUM) {
      if (!word_in(x, i + 1, UNIT)) return 0;
      u = i + 1;
      break;
    }
  if (!u) return 0;
  const kn_linker *lk = x->lk;
  for (uint32_t i = u + 1; i + 1 < x->ntok && i + 1 <= hi && i <= u + 6; i++) {
    if (x->tk->tok[i].kind == KN_TK_PUNCT) break;
    if (!word_in(x, i, GOAL)) continue;
    uint32_t f = i + 1;
    if (f + 1 <= hi && f + 1 < x->ntok && key_in(x, f, C_THE)) f++;
    size_t mi = mention_from(lk, f);
    if (mi < lk->nm && lk->m[mi].first == f &&
        (lk->m[mi].type == KN_ET_LOCATION || lk->m[mi].type == KN_ET_COUNTRY)) return 0;
  }
  return 1;
}

static int weapon_subject(const ex *x, const cand *c, uint32_t lo) {
  int cls = x->missile_class;
  if (cls < 0) return 0;
  size_t mi = mention_from(x->lk, c->a);
  for (long p = (long)c->a - 1; p >= (long)lo; p--) {
    while (mi > 0 && x->lk->m[mi - 1].first > (uint32_t)p) mi--;
    if (mi > 0 && x->lk->m[mi - 1].last >= (uint32_t)p) {
      const kn_mention *m = &x->lk->m[mi - 1];
      if (m->type == KN_ET_PERSON || m->type == KN_ET_ORG || m->type == KN_ET_COUNTRY || m->type == KN_ET_OFFICE)
        return 0;
      p = (long)m->first;
      continue;
    }
    if (word_classes(x, (uint32_t)p) & (1u << cls)) return 1;
  }
  return 0;
}

/* Is mention m a party where a sentence names it: a person, body or
** country (an office for its holder) that neither qualifies nor describes
** another name, nor reports, nor stands for a news outlet? */
static int plain_party(const ex *x, size_t mi) {
  const kn_mention *m = &x->lk->m[mi];
  if (ref_of_mention(m) == -1 || dateline_place(x, m) || qualifies_next(x, mi)) return 0;
  if (m->type != KN_ET_PERSON && describes_person(x, m)) return 0;
  if (adjectival_demonym(x, mi) || is_reporter(x, m, ~(uint64_t)0) || represented(x, m)) return 0;
  if (m->type != KN_ET_OFFICE && media(x, m->entity)) return 0;
  return 1;
}

/* Adds as parties the names of the run that starts at token f ("South
** Korean Foreign Minister Cho Tae-yul", "Blinken and Kamikawa"): mentions
** joined by "and", commas and determiners, up to any other word or end
** (excluded). A subject or an object of names, not a clause. */
static kn_status add_name_run(ex *x, uint32_t f, uint32_t end, uint32_t part0) {
  const kn_linker *lk = x->lk;
  size_t mi = mention_from(lk, f);
  kn_status st = KN_OK;
  for (uint32_t q = f, k = 0; q < end && q < x->ntok && k < 24; k++) {
    if (mi < lk->nm && lk->m[mi].first == q) {
      if (lk->m[mi].type != KN_ET_LOCATION && plain_party(x, mi) &&
          (st = add_part(x, part0, ref_of_mention(&lk->m[mi])))) return st;
      q = lk->m[mi++].last + 1;
      continue;
    }
    if (!(key_in(x, q, C_COORD) || key_in(x, q, C_THE) || is_punct(x, q, ','))) break;
    q++;
  }
  return st;
}

/* Verbs whose object, names right after them, is who took part in their
** subject, an event ("Talks … drew Blinken and Kamikawa", "brought
** together"); besides INCLUDE, these take other objects too ("drew
** condemnation"), so only a name right after counts. */
static const char *const GATHER[] = { "drew", "draws", "draw", "gathered", "gathers", "attracted", "attracts",
  "brought", "brings", "bring", NULL };

/* Is noun trigger c in a phrase after the previous trigger of its
** sentence that opens the sentence as its subject ("Talks following the
** summit drew …", "The meeting after the summit brought together …")? A
** preposition, then determiners, modifiers and names up to c. The
** predicate after c is the subject's. */
static int in_subject_modifier(const ex *x, const cand *c) {
  if (c->prev_b == UINT32_MAX || c->prev_b + 2 > c->a || c->a - c->prev_b > 8) return 0;
  uint32_t first = x->tk->sent[x->tk->tok[c->a].sent].first;
  if (c->prev_a > first + 2) return 0;
  for (uint32_t q = first; q < c->prev_a; q++)      /* "The", "The two-day" */
    if (!(key_in(x, q, C_SKIP) || (x->tk->tok[q].flags & KN_TF_LOWER) || is_punct(x, q, '-'))) return 0;
  uint32_t p = c->prev_b + 1;
  if (!(key_in(x, p, C_PP_PREP) || key_in(x, p, C_LOCPREP))) return 0;
  size_t mi = mention_from(x->lk, p + 1);
  for (uint32_t q = p + 1; q < c->a; q++) {
    while (mi < x->lk->nm && x->lk->m[mi].last < q) mi++;
    if (mi < x->lk->nm && x->lk->m[mi].first <= q) continue;                /* a name */
    const kn_token *t = &x->tk->tok[q];
    if (key_in(x, q, C_AUX) || past_form(x, q) || key_in(x, q, C_TO)) return 0;
    if (!(t->kind == KN_TK_CLITIC || is_punct(x, q, '-') || t->kind == KN_TK_NUM ||
          (t->kind == KN_TK_WORD && (t->flags & KN_TF_LOWER)))) return 0;
  }
  return 1;
}

/* The verb of the subject's predicate after the trigger in its modifier
** (in_subject_modifier) when it is one of those that name who took part
** (INCLUDE, GATHER with a name after it): the first token of those names,
** or UINT32_MAX. The verb is the first word after b that is no name, no
** determiner and no modifier of the phrase (at most eight tokens on). */
static uint32_t gathered_names(const ex *x, uint32_t b) {
  uint32_t last = x->tk->sent[x->tk->tok[b].sent].last;
  size_t mi = mention_from(x->lk, b + 1);
  for (uint32_t q = b + 1; q <= last && q <= b + 8; q++) {
    while (mi < x->lk->nm && x->lk->m[mi].last < q) mi++;
    if (mi < x->lk->nm && x->lk->m[mi].first <= q) continue;
    const kn_token *t = &x->tk->tok[q];
    if (t->kind != KN_TK_WORD || !(t->flags & KN_TF_LOWER)) return UINT32_MAX;
    if (key_in(x, q, C_SKIP) || key_in(x, q, C_LOCPREP) || key_in(x, q, C_OF)) continue;   /* "in Washington" */
    int inc = key_in(x, q, C_INCLUDE), gat = word_in(x, q, GATHER);
    if (!inc && !gat) return UINT32_MAX;
    uint32_t f = q + 1;
    if (f <= last && word_is(x, f, "together")) f++;
    size_t fi = mention_from(x->lk, f);
    if (f > last || fi >= x->lk->nm || x->lk->m[fi].first != f || x->lk->m[fi].type == KN_ET_LOCATION) return UINT32_MAX;
    return f;
  }
  return UINT32_MAX;
}

/* Words opening a participle clause with no subject of its own ("after
** visiting Brussels", "while visiting Washington"): its subject is the
** clause's it hangs on. */
static const char *const SUBORD_ING[] = { "after", "before", "while", "since", "when", NULL };   /* of BOUNDARY_WORDS */
static const char *const ING_JOIN[] = { "and", "as", NULL };
static const char *const ING_PRON[] = { "he", "she", "they", "it", "we", NULL };

/* The end (exclusive) of the run of names add_name_run would read from f
** (not a place), or f when no name opens it. */
static uint32_t name_run_end(const ex *x, uint32_t f, uint32_t end) {
  const kn_linker *lk = x->lk;
  size_t mi = mention_from(lk, f);
  uint32_t q = f, last = f;
  for (uint32_t k = 0; q < end && q < x->ntok && k < 24; k++) {
    if (mi < lk->nm && lk->m[mi].first == q) {
      if (lk->m[mi].type == KN_ET_LOCATION) break;
      q = lk->m[mi++].last + 1;
      last = q;
      continue;
    }
    if (!(key_in(x, q, C_COORD) || key_in(x, q, C_THE) || is_punct(x, q, ','))) break;
    q++;
  }
  return last;
}

/* "Yoon met Biden in Washington, while Kishida returned home after visiting
** Seoul": the participle at a hangs on the nearest clause before it. Going
** back from a - 2 to the token after the event before (ends at pe_last),
** the nearest boundary (a comma, a clause break, "and", "as"; before the
** event's trigger back to lo, its clause's start, "as" only) followed by
** names and then a word of their own (a verb) gives that clause's subject,
** tokens [*f, *e). Names running up to a - 1 ("met Biden and Kishida
** after") are objects, no boundary. Returns 1 when the event before is the
** host (no such boundary), 0 when [*f, *e) names the subject, -1 when none
** is known (a pronoun, a clause opening with no names, too far). */
static int ing_host(const ex *x, uint32_t lo, uint32_t pe_first, uint32_t pe_last, uint32_t a, uint32_t *f,
                    uint32_t *e) {
  uint32_t n = 0;
  for (uint32_t q = a - 1; q > lo;) {
    q--;
    if (++n > 32) return -1;
    if (q <= pe_last) {
      /* "North Korea fired two missiles as Joe Biden arrived in Seoul after
      ** visiting Tokyo": before the event's trigger, in its clause, only an
      ** "as" opening its subject ("Yoon and Kim met …": one subject) */
      if (q >= pe_first || !word_is(x, q, "as")) continue;
    } else if (!(is_punct(x, q, ',') || is_punct(x, q, ';') || (x->mark[q] & CL_BREAK) || word_in(x, q, ING_JOIN))) {
      continue;
    }
    uint32_t g = q + 1;
    if (g >= a - 1) continue;
    if (word_in(x, g, ING_PRON)) return -1;
    uint32_t r = name_run_end(x, g, a - 1);
    if (r == g) {
      /* ", while Kishida …": the word after the comma is the boundary */
      if (is_punct(x, q, ',') && (key_in(x, g, C_COORD) || key_in(x, g, C_BOUNDARY_WORDS) || word_in(x, g, ING_JOIN)))
        continue;
      return -1;
    }
    if (r >= a - 1) continue;   /* "met Biden and Kishida after": objects */
    *f = g;
    *e = r;
    return 0;
  }
  return 1;
}

/* The kind of gathering the trigger at tokens [a, b] names (KN_HEAD_*:
** a summit, a session, a forum, a press conference, a dinner), or none. */
static int trigger_head(const ex *x, uint32_t a, uint32_t b) {
  const kn_token *t = &x->tk->tok[b];
  return kn_meeting_head(x->text + t->start, t->len, a != b);
}

/* The parties of the event the sentence before trigger c tells of: those
** of its events of c's kind (not another kind of gathering: "The summit's
** final declaration …" names again no session told before); when it holds no event, whoever it names
** ("Around the table were A, B and C. The gathering …"); when it tells of
** other events only, nobody. */
static kn_status add_previous_parties(ex *x, const cand *c, uint32_t part0, const char *date) {
  kn_extractor *X = x->X;
  uint32_t s = x->tk->tok[c->a].sent;
  int fam = family_slot(c->type), any = 0, head = trigger_head(x, c->a, c->b);
  kn_status st = KN_OK;
  /* looks at a bounded number of events and mentions, so that text with
  ** no sentence end and many triggers stays linear */
  size_t j = X->nev, steps = 0;
  while (j > 0 && X->ev[j - 1].sent >= s && steps++ < 32) j--;
  if (j > 0 && X->ev[j - 1].sent >= s) return KN_OK;
  const kn_event *ante = NULL;
  for (steps = 0; j > 0 && X->ev[j - 1].sent + 1 == s && steps < 32; j--, steps++) {}
  /* the first of its kind, not one set apart as a second happening ("a
  ** bilateral meeting with Biden and separate talks with Kishida") */
  const kn_event *support = NULL;
  for (; j < X->nev && X->ev[j].sent + 1 == s && !ante; j++) {
    const kn_event *o = &X->ev[j];
    any = 1;
    if (family_slot(o->type) != fam) continue;
    if (head) {
      const int oh = trigger_head(x, o->first, o->last);
      if (oh && oh != head) continue;
    }
    if ((o->first > 0 && key_in(x, o->first - 1, C_SEPARATE)) ||
        (o->first > 1 && key_in(x, o->first - 2, C_SEPARATE))) continue;
    /* "to attend this week's summit of NATO": a support verb names no
    ** event of its own (ANNOTATION.md), its object after it does */
    if (!support && o->first == o->last && (x->tk->tok[o->first].flags & KN_TF_LOWER) &&
        o->first + 1 < x->tk->ntok && support_verb_before(x, o->first + 1) == (long)o->first) {
      support = o;
      continue;
    }
    ante = o;
  }
  if (!ante) ante = support;
  /* "the summit at Camp David last August" after talks this month: a
  ** date of its own in another month names another happening (days of
  ** one month may be one exercise's start and end) */
  if (ante && date[0] && ante->date[0] && strncmp(date, ante->date, 7) && !day_within(date, ante->date) &&
      !day_within(ante->date, date)) return KN_OK;
  for (uint32_t k = 0; ante && k < ante->npart; k++)
    if ((st = add_part(x, part0, X->parts[ante->part + k]))) return st;
  if (any || paragraph_between(x, s - 1, s)) return KN_OK;
  const kn_sentence *ps = &x->tk->sent[s - 1];
  size_t i0 = mention_from(x->lk, ps->first);
  for (size_t i = i0; i < x->lk->nm && x->lk->m[i].first <= ps->last && i < i0 + 32; i++)
    if (plain_party(x, i) && (st = add_part(x, part0, ref_of_mention(&x->lk->m[i])))) return st;
  return KN_OK;
}

/* "a summit with Putin at the cosmodrome, where Putin showed his guest
** around before the two sat down": a meeting or talks whose sentence
** names one person, its party, and after it counts two people ("the two
** sat down", "the two leaders") or names the person's guest or host has
** the other one named in the sentence before, when that sentence names
** exactly one other person (ANNOTATION.md: a pronoun or counting phrase
** contributes the parties it stands for, named in the trigger's sentence
** or the one before, a paragraph's last too). Not "the two countries":
** sides, not people. */
static kn_status add_other_of_two(ex *x, const cand *c, uint32_t part0) {
  static const char *const GUEST[] = { "guest", "host", "visitor", NULL };
  kn_extractor *X = x->X;
  const kn_tokenizer *tk = x->tk;
  const kn_linker *lk = x->lk;
  uint32_t s = tk->tok[c->a].sent;
  if (s == 0 || s - 1 < x->body || X->nparts != part0 + 1) return KN_OK;   /* (not the headline's names) */
  int32_t one = X->parts[part0];
  const kn_sentence *se = &tk->sent[s];
  int found = 0, budget = 64;
  for (size_t i = mention_from(lk, se->first); i < lk->nm && lk->m[i].first <= se->last && budget-- > 0; i++) {
    const kn_mention *m = &lk->m[i];
    if (m->type == KN_ET_PERSON && m->entity == one) found = 1;
    else if (m->type == KN_ET_PERSON) return KN_OK;         /* another person: no count needed */
  }
  if (!found) return KN_OK;
  int counts = 0;
  for (uint32_t q = c->b + 1; q + 1 <= se->last && !counts; q++) {
    if (key_in(x, q, C_THE) && word_is(x, q + 1, "two") && q + 2 <= se->last) {
      uint32_t n = q + 2;
      counts = tk->tok[n].kind == KN_TK_WORD && (tk->tok[n].flags & KN_TF_LOWER) && !word_in(x, n, SIDES) &&
               !word_is(x, n, "sides") && !word_is(x, n, "governments") && !word_is(x, n, "militaries") &&
               !word_is(x, n, "of");
    } else if ((word_is(x, q, "his") || word_is(x, q, "her")) && word_in(x, q + 1, GUEST))
      counts = 1;
  }
  if (!counts) return KN_OK;
  const kn_sentence *ps = &tk->sent[s - 1];
  int32_t other = -1;
  budget = 32;
  for (size_t i = mention_from(lk, ps->first); i < lk->nm && lk->m[i].first <= ps->last && budget-- > 0; i++) {
    const kn_mention *m = &lk->m[i];
    if (m->type != KN_ET_PERSON || m->entity == one || !plain_party(x, i)) continue;
    if (other != -1 && other != m->entity) return KN_OK;    /* two others: which one is unsaid */
    other = m->entity;
  }
  return other >= 0 ? add_part(x, part0, other) : KN_OK;
}

/* Is mention m the agent of a passive, "by" governing it after a past
** participle right after a form of "be" ("was shown … by Kim",
** "had been welcomed by Putin")? */
static int passive_agent(const ex *x, const kn_mention *m, uint32_t lo) {
  long gv = governor(x, m, lo);
  if (gv <= (long)lo || !word_is(x, (uint32_t)gv, "by")) return 0;
  for (long p = gv - 1, k = 0; p >= (long)lo && k < 8; p--, k++) {
    if (x->tk->tok[p].kind == KN_TK_PUNCT) return 0;
    if (word_in(x, (uint32_t)p, BE_FORMS)) {
      /* a participle: "welcomed", or "shown", "given", "flown" */
      const kn_token *t = &x->tk->tok[p + 1];
      return p + 1 < gv && t->kind == KN_TK_WORD && (t->flags & KN_TF_LOWER) &&
             (past_form(x, (uint32_t)p + 1) || (t->len > 3 && x->text[t->start + t->len - 1] == 'n' &&
                                               strchr("ew", x->text[t->start + t->len - 2])));
    }
  }
  return 0;
}

/* "The three leaders agreed" after a sentence that names three people
** (and tells of no event with three parties): those three. */
/* "Cho and Blinken condemned the launch after their talks": "their"
** before a noun trigger (and its lower-case modifiers) stands for the
** names opening the sentence, two or more joined as the subject of a verb
** (ANNOTATION.md: a pronoun contributes the parties it stands for). */
static kn_status add_their_subject(ex *x, const cand *c, uint32_t part0) {
  const kn_tokenizer *tk = x->tk;
  uint32_t s = tk->tok[c->a].sent, f = tk->sent[s].first;
  long p = (long)c->a - 1;
  for (int k = 0; k < 3 && p > (long)f && tk->tok[p].kind == KN_TK_WORD && (tk->tok[p].flags & KN_TF_LOWER) &&
       !key_in(x, (uint32_t)p, C_SKIP) && !key_in(x, (uint32_t)p, C_NONPARTY_PREP) &&
       !key_in(x, (uint32_t)p, C_PARTY_PREP); k++) p--;
  if (p <= (long)f || !word_is(x, (uint32_t)p, "their")) return KN_OK;
  uint32_t end = name_run_end(x, f, (uint32_t)p);
  if (end >= (uint32_t)p || tk->tok[end].kind != KN_TK_WORD || !(tk->tok[end].flags & KN_TF_LOWER) ||
      key_in(x, end, C_COORD)) return KN_OK;
  int32_t first = -1;
  int two = 0;
  for (size_t mi = mention_from(x->lk, f); mi < x->lk->nm && x->lk->m[mi].last < end; mi++) {
    if (x->lk->m[mi].type == KN_ET_LOCATION || !plain_party(x, mi)) continue;
    int32_t r = ref_of_mention(&x->lk->m[mi]);
    if (first == -1) first = r;
    else if (r != first) two = 1;
  }
  return two ? add_name_run(x, f, end, part0) : KN_OK;
}

/* The count parties of a type (people: named as parties, not to place
** someone) sentence s names, when it names exactly that many among its
** first 32 mentions; none when it names more. */
static kn_status add_counted(ex *x, uint32_t s, int count, int type, uint32_t part0) {
  const kn_sentence *ps = &x->tk->sent[s];
  int32_t who[10];
  int n = 0;
  if (count > 10) return KN_OK;
  size_t i0 = mention_from(x->lk, ps->first);
  for (size_t i = i0; i < x->lk->nm && x->lk->m[i].first <= ps->last; i++) {
    const kn_mention *m = &x->lk->m[i];
    if (i >= i0 + 32) return KN_OK;                     /* no short list */
    if ((int)m->type != type || (type == KN_ET_PERSON && !plain_party(x, i))) continue;
    int dup = 0;
    for (int k = 0; k < n; k++) dup |= who[k] == m->entity;
    if (dup) continue;
    if (n == count) return KN_OK;             /* more than counted */
    who[n++] = m->entity;
  }
  if (n != count) return KN_OK;
  kn_status st = KN_OK;
  for (int k = 0; k < n && !st; k++) st = add_part(x, part0, who[k]);
  return st;
}

/* "The three countries' top officers met in Seoul": a counting phrase of
** countries owning the subject that opens the sentence, before the trigger
** or as its own noun phrase, stands for that many countries named in the
** sentence before, when it names exactly that many (ANNOTATION.md: a
** counting phrase contributes the parties it stands for). */
static kn_status add_counted_countries(ex *x, const cand *c, uint32_t part0) {
  static const char *const LANDS[] = { "countries", "nations", NULL };
  const kn_tokenizer *tk = x->tk;
  uint32_t s = tk->tok[c->a].sent, f = tk->sent[s].first;
  if (s == 0 || c->a < f + 5 || c->a > f + 8 || !key_in(x, f, C_THE) || !word_in(x, f + 2, LANDS) ||
      !(is_punct(x, f + 3, '\'') || tk->tok[f + 3].kind == KN_TK_CLITIC)) return KN_OK;
  int count = number_word(x, f + 1);
  if (count < 2 || count > 8) return KN_OK;
  for (uint32_t q = f + 4; q < c->a; q++)
    if (tk->tok[q].kind != KN_TK_WORD || !(tk->tok[q].flags & KN_TF_LOWER) || key_in(x, q, C_AUX)) return KN_OK;
  return add_counted(x, s - 1, count, KN_ET_COUNTRY, part0);
}

static kn_status add_counted_persons(ex *x, uint32_t s, int count, uint32_t part0) {
  return add_counted(x, s, count, KN_ET_PERSON, part0);
}

/* The people its sentence names before token a, when they are count
** ("Yoon flies to Warsaw for a visit hosted by Duda, with a summit between
** the two"). */
static kn_status add_persons_before(ex *x, uint32_t a, int count, uint32_t part0) {
  const kn_sentence *se = &x->tk->sent[x->tk->tok[a].sent];
  int32_t who[10];
  int n = 0;
  size_t i0 = mention_from(x->lk, se->first);
  for (size_t i = i0; i < x->lk->nm && x->lk->m[i].last < a; i++) {
    const kn_mention *m = &x->lk->m[i];
    if (i >= i0 + 32) return KN_OK;
    int32_t r = m->type == KN_ET_PERSON ? m->entity : m->type == KN_ET_OFFICE ? m->holder : -1;
    /* a title before a name is that person's ("Defense Minister Kim Yong
    ** Hwan"), whoever holds the office on the day */
    if (m->type == KN_ET_OFFICE && i + 1 < x->lk->nm && x->lk->m[i + 1].type == KN_ET_PERSON &&
        x->lk->m[i + 1].first == m->last + 1) continue;
    if (r == -1 || !plain_party(x, i)) continue;   /* a new person's id is negative */
    int dup = 0;
    for (int k = 0; k < n; k++) dup |= who[k] == r;
    if (dup) continue;
    if (n == count) return KN_OK;
    who[n++] = r;
  }
  if (n != count) return KN_OK;
  kn_status st = KN_OK;
  for (int k = 0; k < n && !st; k++) st = add_part(x, part0, who[k]);
  return st;
}

/* Whom "he" or "she" at token q stands for: the first person its sentence
** names before it ("Stoltenberg told Yoon …, and he praised"), else the
** first person of the nearest sentence before that names one, its subject
** as a rule ("Stoltenberg told Yoon … He had visited Seoul"). */
static int32_t subject_person(const ex *x, uint32_t q) {
  const kn_linker *lk = x->lk;
  uint32_t s = x->tk->tok[q].sent;
  size_t end = mention_from(lk, q);
  int budget = 64;        /* mentions looked at: bounded work on text with no sentence end */
  for (uint32_t back = 0; back < 4 && back <= s; back++) {
    const kn_sentence *se = &x->tk->sent[s - back];
    for (size_t i = mention_from(lk, se->first); i < end && lk->m[i].first <= se->last && budget-- > 0; i++) {
      const kn_mention *m = &lk->m[i];
      if (m->type == KN_ET_PERSON) return m->entity;
      if (m->type == KN_ET_OFFICE && m->holder != -1) return m->holder;
    }
    end = mention_from(lk, se->first);
  }
  return -1;
}

/* The token of "his" or "her" owning the noun at token a, before at most
** three lower-case modifiers ("his visit", "her three-day trip", "his
** martial law declaration"), or UINT32_MAX. */
static uint32_t his_her_owner(const ex *x, uint32_t a) {
  uint32_t first = x->tk->sent[x->tk->tok[a].sent].first;
  for (long p = (long)a - 1, k = 0; p >= (long)first && k < 4; p--, k++) {
    const kn_token *t = &x->tk->tok[p];
    if (is_punct(x, (uint32_t)p, '-') || t->kind == KN_TK_NUM) continue;
    if (t->kind != KN_TK_WORD) return UINT32_MAX;
    char w[8];
    size_t n = key8(x, (uint32_t)p, 4, w);
    if (n == 3 && (!memcmp(w, "his", 3) || !memcmp(w, "her", 3))) return (uint32_t)p;
    if (!(t->flags & KN_TF_LOWER) || key_in(x, (uint32_t)p, C_SKIP) || key_in(x, (uint32_t)p, C_COORD) ||
        key_in(x, (uint32_t)p, C_NONPARTY_PREP) || key_in(x, (uint32_t)p, C_PARTY_PREP) || key_in(x, (uint32_t)p, C_AUX))
      return UINT32_MAX;
  }
  return UINT32_MAX;
}

/* The subject of a relative clause on the noun trigger ending at token b
** whose verb attends, hosts or holds it ("The summit, which Yoon Suk Yeol
** will attend, opens …", "the talks that Cho and Blinken will hold"): its
** mentions [*m0, *m1), the verb's token in *v; 0 when there is none (not
** "the summit, which will bring together …": a subject relative). The
** subject may be a pronoun, its mentions then none ("the summit, which he
** attended"), or names that say a pronoun does it ("which Yoon said he
** would attend": the pronoun is the speaker). */
static int support_relative(const ex *x, uint32_t b, uint32_t hi, size_t *m0, size_t *m1, uint32_t *v) {
  static const char *const VERBS[] = { "attend", "attends", "attended", "host", "hosts", "hosted", "convene",
    "convened", "join", "joins", "joined", "chair", "chairs", "chaired", "co-chair", "co-chairs", "co-chaired",
    "hold", "holds", "held", NULL };
  static const char *const SAYS[] = { "said", "says", "announced", "confirmed", NULL };
  static const char *const PRON[] = { "he", "she", "they", "it", NULL };
  const kn_linker *lk = x->lk;
  uint32_t q = b + 1;
  if (q <= hi && is_punct(x, q, ',')) q++;
  else   /* "the NATO summit in Washington, which he attended" */
    for (uint32_t w = b + 3; w <= hi && w <= b + 8; w++)
      if (key_in(x, w, C_WHICH) && place_between(x, b, w)) { q = w; break; }
  if (q + 2 > hi || !key_in(x, q, C_WHICH)) return 0;
  uint32_t rel = q;
  size_t i0 = mention_from(lk, ++q), i = i0;
  int pron = 0, said = 0;
  for (int k = 0; k < 14 && q <= hi; k++) {
    if (!pron && i < lk->nm && lk->m[i].first == q && lk->m[i].type != KN_ET_LOCATION) { q = lk->m[i++].last + 1; continue; }
    /* "which he attended"; "which Yoon said (that) he would attend" */
    if (!pron && word_in(x, q, PRON) && (i == i0 ? q == rel + 1 : said)) {
      pron = 1; q++; continue;
    }
    if (i == i0 && !pron) return 0;                     /* the subject first */
    if (!pron && !said && word_in(x, q, SAYS)) { said = 1; q += (q + 1 <= hi && word_is(x, q + 1, "that")) ? 2 : 1; continue; }
    if (said && !pron) return 0;
    if (key_in(x, q, C_COORD) || is_punct(x, q, ',') || x->tk->tok[q].kind == KN_TK_CLITIC || key_in(x, q, C_AUX) ||
        key_in(x, q, C_ADVERB)) { q++; continue; }
    break;
  }
  if ((i == i0 && !pron) || q > hi || !word_in(x, q, VERBS)) return 0;
  *m0 = i0; *m1 = i; *v = q;
  return 1;
}

/* Is the noun trigger at token a the object of a verb of attending
** ("to attend the first ministerial meeting between …", "joined talks
** between …")? Its subject takes part besides the sides its phrase names. */
static int attended(const ex *x, uint32_t a) {
  uint32_t first = x->tk->sent[x->tk->tok[a].sent].first;
  for (long p = (long)a - 1, k = 0; p >= (long)first && k < 5; p--, k++) {
    const kn_token *t = &x->tk->tok[p];
    if (t->kind != KN_TK_WORD && t->kind != KN_TK_NUM && !is_punct(x, (uint32_t)p, '-')) return 0;
    char w[8];
    size_t n = key8(x, (uint32_t)p, 16, w);
    if ((n >= 6 && !memcmp(w, "attend", 6)) || (n >= 4 && !memcmp(w, "join", 4))) return 1;
    if (t->kind == KN_TK_WORD && !(t->flags & KN_TF_LOWER)) return 0;
  }
  return 0;
}

/* Is the named meeting at token a the object of "of" or "at" ("on the
** sidelines of the NATO summit", "a session at the NATO foreign ministers'
** meeting"), the frame of another event rather than its name ("met … for
** the Security Consultative Meeting")? */
static int around_meeting(const ex *x, uint32_t a) {
  uint32_t s = x->tk->tok[a].sent;
  for (long p = (long)a - 1, k = 0; p >= 0 && k < 5 && x->tk->tok[p].sent == s; p--, k++) {
    if (key_in(x, (uint32_t)p, C_OF) || key_in(x, (uint32_t)p, C_AT)) return 1;
    const kn_token *t = &x->tk->tok[p];
    if (key_in(x, (uint32_t)p, C_SKIP) || t->kind == KN_TK_NUM || t->kind == KN_TK_CLITIC || is_punct(x, (uint32_t)p, '\'') ||
        in_timex(x, (uint32_t)p) || (t->kind == KN_TK_WORD && (t->flags & KN_TF_LOWER) && !key_in(x, (uint32_t)p, C_NONPARTY_PREP)))
      continue;
    return 0;
  }
  return 0;
}

/* Is token t the noun of "the alliance" standing for NATO: the document
** has named NATO (itself, a body or office of it, a NATO meeting) before
** t, and no alliance of named countries ("the South Korea-U.S.
** alliance")? "the alliance" is no mention (ANNOTATION.md), but a party
** where it takes part ("Seoul and the alliance are expected to adopt …",
** "the alliance's summit"). Returns NATO's id or -1. */
static int32_t nato_named_before(const ex *x, uint32_t t);
static int32_t alliance_nato_at(const ex *x, uint32_t t) {
  const kn_token *w = &x->tk->tok[t];
  if (t == 0 || w->len != 8 || kn_lower((unsigned char)x->text[w->start]) != 'a' ||
      memcmp(x->text + w->start + 1, "lliance", 7) || !key_in(x, t - 1, C_THE)) return -1;
  return nato_named_before(x, t);
}

/* NATO's id when the document has named NATO (itself, a body or office of
** it, a NATO meeting) before token t and no alliance of named countries
** ("the South Korea-U.S. alliance"), else -1: then "the alliance" and
** "allies" stand for NATO. */
typedef struct natoc { int done; int32_t nato; uint32_t named_at, block_at; } natoc;

static int32_t nato_named_before(const ex *x, uint32_t t) {
  natoc *c = x->nato;
  if (!c->done) {
    c->done = 1;                   /* from here on: 1 + the mentions looked at */
    c->nato = kn_gaz_find(x->g, "org/nato", 8);
    c->named_at = c->block_at = UINT32_MAX;
  }
  /* the first mention naming NATO and the first alliance of named
  ** countries, among the document's first 512 mentions: only those
  ** starting before t can answer for t, looked at once a document as
  ** far as asked (mentions are in order of their first token), and none
  ** once both are found */
  {
    const size_t lim = x->lk->nm < 512 ? x->lk->nm : 512;
    for (size_t i = (size_t)c->done - 1; i < lim && x->lk->m[i].first < t &&
         (c->named_at == UINT32_MAX || c->block_at == UINT32_MAX); i++, c->done++) {
      const kn_mention *m = &x->lk->m[i];
      const kn_token *f = &x->tk->tok[m->first];
      if (c->named_at == UINT32_MAX &&
          (m->entity == c->nato || kn_gaz_of(x->g, m->entity) == c->nato ||
           (m->type == KN_ET_MEETING && f->len == 4 && kn_lower((unsigned char)x->text[f->start]) == 'n' &&
            kn_lower((unsigned char)x->text[f->start + 1]) == 'a' && kn_lower((unsigned char)x->text[f->start + 2]) == 't')))
        c->named_at = m->first;
      /* a country's name right before "alliance": "the South Korea-U.S. alliance" */
      if (c->block_at == UINT32_MAX && m->type == KN_ET_COUNTRY && m->last + 1 < x->tk->ntok) {
        const kn_token *n = &x->tk->tok[m->last + 1];
        if (n->len == 8 && !memcmp(x->text + n->start, "alliance", 8)) c->block_at = m->first;
      }
    }
  }
  if (c->block_at < t) return -1;
  return c->named_at < t && c->nato >= 0 ? c->nato : -1;
}

/* alliance_nato_at for a token of 8 bytes: emit_event asks it of every
** token of a clause, and the call cost more than the test (~1.5%). */
static inline int32_t alliance_nato(const ex *x, uint32_t t) {
  return x->tk->tok[t].len == 8 ? alliance_nato_at(x, t) : -1;
}

/* Does "allies" at token t stand bare for NATO's members ("would brief
** allies in Brussels", "agreed by allies"): no determiner, possessor,
** number or adjective of its own ("the 32 allies", "its allies",
** "America's closest allies", "NATO allies", a name), and no "of" after
** it? Returns the index of its last token, else UINT32_MAX. */
static uint32_t bare_allies(const ex *x, uint32_t t) {
  const kn_token *w = &x->tk->tok[t];
  if (w->len != 6 || w->kind != KN_TK_WORD || kn_lower((unsigned char)x->text[w->start]) != 'a' ||
      memcmp(x->text + w->start + 1, "llies", 5) || t == 0) return UINT32_MAX;
  const kn_token *p = &x->tk->tok[t - 1];
  if (p->kind != KN_TK_WORD || !(p->flags & KN_TF_LOWER) || key_in(x, t - 1, C_SKIP) ||
      key_in(x, t - 1, C_DEFINITE) || key_in(x, t - 1, C_NUMWORD) || key_in(x, t - 1, C_POSSDET) ||
      (p->len > 3 && (!memcmp(x->text + p->start + p->len - 3, "est", 3) ||
                      !memcmp(x->text + p->start + p->len - 3, "ern", 3))))
    return UINT32_MAX;
  if (t + 1 < x->tk->ntok && (key_in(x, t + 1, C_OF) || x->tk->tok[t + 1].kind == KN_TK_CLITIC ||
                              is_punct(x, t + 1, '\''))) return UINT32_MAX;
  return t;
}

/* Is "the alliance" at token t the owner of a noun of members or
** partners ("the alliance's partners", "the alliance's 31 members")?
** Returns the noun's token, else UINT32_MAX. */
static uint32_t alliance_sides(const ex *x, uint32_t t) {
  if (t + 2 >= x->tk->ntok || x->tk->tok[t + 1].kind != KN_TK_CLITIC) return UINT32_MAX;
  for (uint32_t q = t + 2; q < x->tk->ntok && q <= t + 5; q++) {
    if (key_in(x, q, C_ROLE_NOUNS) || sides_word(x, q)) return q;
    const kn_token *k = &x->tk->tok[q];
    if (!(k->kind == KN_TK_NUM || is_punct(x, q, '-') || (k->kind == KN_TK_WORD && (k->flags & KN_TF_LOWER))))
      return UINT32_MAX;
  }
  return UINT32_MAX;
}

/* The person whose full name, in a mention of the document, begins or
** ends with the word at token q ("Yoon" of "Yoon Suk Yeol", "Biden" of
** "Joe Biden"), or -1. Looks at a bounded number of mentions. */
static int32_t surname_person(const ex *x, uint32_t q) {
  const kn_token *w = &x->tk->tok[q];
  for (size_t i = 0; i < x->lk->nm && i < 256; i++) {
    const kn_mention *m = &x->lk->m[i];
    if (m->type != KN_ET_PERSON || m->last == m->first || m->entity < 0) continue;
    const kn_token *f = &x->tk->tok[m->first], *l = &x->tk->tok[m->last];
    if ((f->len == w->len && !memcmp(x->text + f->start, x->text + w->start, w->len)) ||
        (l->len == w->len && !memcmp(x->text + l->start, x->text + w->start, w->len)))
      return m->entity;
  }
  return -1;
}

/* Is the meeting at tokens a..b the object of "of" after a noun of its
** part or time ("on the sidelines of the NATO summit", "on the second day
** of a NATO foreign ministers' meeting")? Returns the "of" token, else
** UINT32_MAX. Whoever the clause names before that phrase does something
** at the meeting, on its margins, not necessarily in it: the meeting takes
** its parties only from its own phrase ("Nato's summit") or a relative
** clause on it ("…, which he attended"). Determiners, possessors and
** modifiers, lower-case or names, may stand between "of" and the noun. */
static uint32_t frame_of(const ex *x, uint32_t a) {
  uint32_t s = x->tk->tok[a].sent;
  size_t mi = mention_from(x->lk, a);
  for (long p = (long)a - 1, k = 0; p >= 1 && k < 6 && x->tk->tok[p].sent == s; p--, k++) {
    while (mi > 0 && x->lk->m[mi - 1].first > (uint32_t)p) mi--;
    if (mi > 0 && x->lk->m[mi - 1].last >= (uint32_t)p) { p = (long)x->lk->m[mi - 1].first; continue; }  /* "NATO" */
    if (key_in(x, (uint32_t)p, C_OF)) return key_in(x, (uint32_t)p - 1, C_FRAME) ? (uint32_t)p : UINT32_MAX;
    const kn_token *t = &x->tk->tok[p];
    if (t->kind == KN_TK_CLITIC || t->kind == KN_TK_NUM || is_punct(x, (uint32_t)p, '\'') || is_punct(x, (uint32_t)p, '-') ||
        (t->kind == KN_TK_WORD && (t->flags & KN_TF_LOWER) && !key_in(x, (uint32_t)p, C_NONPARTY_PREP) &&
         !key_in(x, (uint32_t)p, C_PARTY_PREP) && !key_in(x, (uint32_t)p, C_COORD)))
      continue;
    return UINT32_MAX;
  }
  return UINT32_MAX;
}

/* Is the trigger a deployment named by a noun ("the deployment",
** "Pyongyang's dispatch of soldiers")? It names a state of affairs that
** only a date of its own phrase dates. */
static int deployment_noun(const ex *x, const cand *c) {
  if (c->type != KN_EV_DEPLOYMENT || c->a != c->b) return 0;
  if (noun_suffix(x, c->a)) return 1;
  if (c->a == 0) return 0;
  const kn_token *t = &x->tk->tok[c->a - 1];
  return t->kind == KN_TK_CLITIC || key_in(x, c->a - 1, C_SKIP) ||
         (t->kind == KN_TK_WORD && (t->flags & KN_TF_LOWER) && c->a > 1 && x->tk->tok[c->a - 2].kind == KN_TK_CLITIC);
}

/* Is the named meeting m, after "of", the body a thing belongs to ("the
** main product of the Nuclear Consultative Group", "a session of the
** NCG") rather than the frame of an event ("on the sidelines of the NATO
** summit", "the second day of the summit")? */
static int series_as_body(const ex *x, const kn_mention *m) {
  long p = (long)m->first - 1;
  if (p >= 0 && key_in(x, (uint32_t)p, C_THE)) p--;
  if (p < 1 || !key_in(x, (uint32_t)p, C_OF)) return 0;
  return x->tk->tok[p - 1].kind == KN_TK_WORD && (x->tk->tok[p - 1].flags & KN_TF_LOWER) &&
         !key_in(x, (uint32_t)p - 1, C_FRAME);
}

/* Is the trigger at tokens a..b a name (a named meeting: "NATO summit",
** "SCM") rather than a word of the lexicon? */
static int named_trigger(const ex *x, uint32_t a, uint32_t b) {
  return b > a || !(x->tk->tok[a].flags & KN_TF_LOWER);
}

/* Does the speech verb at token v have North Korea, or one of its own
** media, as its speaker ("North Korea confirmed", "North Korea's state
** media reported", "KCNA said")? The speaker may stand a few lower-case
** words back ("state media", "official news agency"). */
static int own_media_speaker(const ex *x, uint32_t v, uint32_t lo) {
  const kn_linker *lk = x->lk;
  long p = (long)v - 1;
  for (int k = 0; k < 4 && p >= (long)lo; k++, p--) {
    size_t mi = mention_from(lk, (uint32_t)p + 1);
    if (mi > 0 && lk->m[mi - 1].last == (uint32_t)p) {
      int32_t e = lk->m[mi - 1].entity, nk = kn_gaz_find(x->g, "country/north-korea", 19);
      return e >= 0 && nk >= 0 && (e == nk || (media(x, e) && kn_gaz_of(x->g, e) == nk));
    }
    const kn_token *t = &x->tk->tok[p];
    if (!(t->kind == KN_TK_CLITIC || (t->kind == KN_TK_WORD && (t->flags & KN_TF_LOWER) && !key_in(x, (uint32_t)p, C_COORD))))
      return 0;
  }
  return 0;
}

/* Is the noun trigger at token a brought in by "a" or "an" before its
** modifiers ("during a combined live-fire drill on Thursday")? An
** indefinite noun tells of a new happening. */
static int indefinite(const ex *x, uint32_t a) {
  uint32_t first = x->tk->sent[x->tk->tok[a].sent].first;
  for (long p = (long)a - 1, k = 0; p >= (long)first && k < 5; p--, k++) {
    const kn_token *t = &x->tk->tok[p];
    if (t->kind == KN_TK_NUM || is_punct(x, (uint32_t)p, '-')) continue;
    if (t->kind != KN_TK_WORD || !(t->flags & KN_TF_LOWER)) return 0;
    const char *w = x->text + t->start;
    if ((t->len == 1 && w[0] == 'a') || (t->len == 2 && w[0] == 'a' && w[1] == 'n')) return 1;
    if (key_in(x, (uint32_t)p, C_SKIP) || key_in(x, (uint32_t)p, C_NONPARTY_PREP) || key_in(x, (uint32_t)p, C_PARTY_PREP) ||
        key_in(x, (uint32_t)p, C_COORD)) return 0;
  }
  return 0;
}

/* Are the triggers at tokens a and b the same word ("drill" and "Drill",
** not "drill" and "drills": a plural names the whole, not the one)? */
static int same_head(const ex *x, uint32_t a, uint32_t b) {
  const kn_token *s = &x->tk->tok[a], *t = &x->tk->tok[b];
  if (s->len != t->len) return 0;
  for (uint32_t i = 0; i < s->len; i++)
    if (kn_lower((unsigned char)x->text[s->start + i]) != kn_lower((unsigned char)x->text[t->start + i])) return 0;
  return 1;
}

/* Does timex t own a noun other than the trigger [a, b] ("a goal set at
** last year's summit", "attend this week's summit" owns the summit)? A
** possessive date dates the noun it owns, within a few words after it. */
static int owns_other(const ex *x, const kn_timex *t, uint32_t a, uint32_t b) {
  const kn_token *tok = x->tk->tok;
  uint32_t n = t->last + 1;
  if (n >= x->tk->ntok || tok[n].kind != KN_TK_CLITIC) return 0;
  return !(a > n && a <= n + 4) && !(b > n && b <= n + 4);
}

/* Is the noun trigger at token a the label a speaker puts on something:
** the complement of "call" after its object "it" or "them" ("calling it an
** open declaration of nuclear confrontation"), or after "what X called" ("in
** what Biden called the first summit he had hosted")? A label names no
** happening of its own. */
static int called_label(const ex *x, uint32_t a) {
  const kn_token *tok = x->tk->tok;
  uint32_t first = x->tk->sent[tok[a].sent].first;
  long p = (long)a - 1;
  for (int k = 0; k < 5 && p > (long)first; k++, p--) {         /* modifiers */
    if (key_in(x, (uint32_t)p, C_SKIP)) break;
    const kn_token *t = &tok[p];
    if (!((t->kind == KN_TK_WORD && (t->flags & KN_TF_LOWER)) || t->kind == KN_TK_NUM || t->kind == KN_TK_CLITIC ||
          is_punct(x, (uint32_t)p, '-')))
      return 0;
  }
  if (!(p > (long)first + 1 && key_in(x, (uint32_t)p, C_SKIP))) return 0;
  p--;                                                          /* before the determiner */
  if (word_is(x, (uint32_t)p, "it") || word_is(x, (uint32_t)p, "them")) {
    uint32_t v = (uint32_t)p - 1;
    return p > (long)first && (word_is(x, v, "call") || word_is(x, v, "calls") || word_is(x, v, "called") ||
                               word_is(x, v, "calling"));
  }
  if (!(word_is(x, (uint32_t)p, "called") || word_is(x, (uint32_t)p, "calls"))) return 0;
  /* "what Biden called", "what the ministry calls": "what" a few words back */
  for (long q = p - 1, k = 0; q >= (long)first && k < 5; q--, k++)
    if (word_is(x, (uint32_t)q, "what")) return 1;
  return 0;
}

/* Does a judgement follow the object of a verb of naming, from token q
** to hi: "a"/"an" opening a noun phrase of its own ("called the launch a
** grave breach") or "as a"/"as an" ("described the move as a threat")?
** Not "a" as the object of a preposition ("called a meeting with a
** group") or after "of", a coordinator or an auxiliary, nor an "as" of
** time or manner ("call the president as soon as possible", "as
** planned"). Punctuation other than a hyphen or apostrophe ends it, and
** so does "to" ("call the prime minister to discuss a plan"). */
static int judgement_after(const ex *x, uint32_t q, uint32_t hi) {
  for (; q <= hi && q < x->ntok; q++) {
    if ((x->tk->tok[q].kind == KN_TK_PUNCT && !is_punct(x, q, '-') && !is_punct(x, q, '\'')) || key_in(x, q, C_TO))
      return 0;
    uint32_t d = q + (uint32_t)word_is(x, q, "as");
    if ((word_is(x, d, "a") || word_is(x, d, "an")) && q > 0 &&
        !key_in(x, q - 1, C_NONPARTY_PREP) && !key_in(x, q - 1, C_PARTY_PREP) && !key_in(x, q - 1, C_OF) &&
        !key_in(x, q - 1, C_COORD) && !key_in(x, q - 1, C_AUX))
      return 1;
  }
  return 0;
}

/* Is the noun trigger c the object of a verb that judges it, with the
** judgement after it ("North Korea called the carrier's arrival a
** provocation", "He called the deployment a significant escalation",
** "branded the drills a rehearsal for invasion", "described the move as a
** threat")? Returns the verb's token, else UINT32_MAX. Its subject speaks
** of the event, it takes no part in it; "called an emergency meeting",
** with no judgement after, is calling one. */
static uint32_t judging_verb(const ex *x, const cand *c, uint32_t lo, uint32_t hi) {
  const kn_token *tok = x->tk->tok;
  long p = (long)c->a - 1;
  size_t mi = mention_from(x->lk, c->a);
  /* back over the object's lower-case modifiers, then its determiner or
  ** possessor ("the allies' combined drills", "the carrier's arrival") */
  int det = 0;
  for (int k = 0; k < 8 && p > (long)lo; k++, p--) {
    while (mi > 0 && x->lk->m[mi - 1].first > (uint32_t)p) mi--;
    if (mi > 0 && x->lk->m[mi - 1].last == (uint32_t)p) { p = (long)x->lk->m[mi - 1].first; continue; }
    const kn_token *t = &tok[p];
    if (key_in(x, (uint32_t)p, C_SKIP) || key_in(x, (uint32_t)p, C_DEFINITE) || t->kind == KN_TK_CLITIC ||
        is_punct(x, (uint32_t)p, '\'')) { det = 1; continue; }
    if (t->kind == KN_TK_NUM || is_punct(x, (uint32_t)p, '-') || (t->kind == KN_TK_WORD && !(t->flags & KN_TF_LOWER)))
      continue;
    if (t->kind != KN_TK_WORD) return UINT32_MAX;
    /* the verbs' first bytes first: most modifiers are none of them */
    const unsigned b0 = key_byte0(x, (uint32_t)p);
    int judge = 0;
    if (b0 == 'c' || b0 == 'b' || b0 == 'd' || b0 == 'l' || b0 == 't') {
      char w[8];
      size_t n = key8(x, (uint32_t)p, 12, w);
      judge = (n >= 4 && !memcmp(w, "call", 4) && n <= 7) || (n >= 5 && !memcmp(w, "brand", 5)) ||
              (n >= 7 && !memcmp(w, "describ", 7)) || (n >= 5 && !memcmp(w, "label", 5)) ||
              (n >= 4 && !memcmp(w, "term", 4) && n <= 6) || (n >= 3 && !memcmp(w, "dub", 3) && n <= 7);
    }
    if (!judge && !det) continue;                       /* a modifier */
    if (!judge || !det) return UINT32_MAX;              /* the verb's object has its determiner */
    return judgement_after(x, c->b + 1, hi < c->b + 12 ? hi : c->b + 12) ? (uint32_t)p : UINT32_MAX;
  }
  return UINT32_MAX;
}

/* Event p, the last one made, is the happening a trigger names again: it
** takes the parties found for that trigger (X->parts from part0, right
** after p's own) that it lacks. */
static void merge_into(kn_extractor *X, kn_event *p, size_t part0) {
  size_t w = part0;
  for (size_t r = part0; r < X->nparts; r++) {
    int had = 0;
    for (uint32_t k = 0; k < p->npart; k++) had |= X->parts[p->part + k] == X->parts[r];
    if (!had) X->parts[w++] = X->parts[r];
  }
  X->nparts = w;
  p->npart = (uint32_t)(w - p->part);
}

/* Event p, the last one made, takes the date of ev, the same happening
** named again, and with a date it is the last dated one of its family, as
** an event made with that date would be. */
static void take_date(ex *x, kn_event *p, const kn_event *ev) {
  memcpy(p->date, ev->date, sizeof p->date);
  memcpy(p->date_end, ev->date_end, sizeof p->date_end);
  if (!p->date[0]) return;
  int32_t pi = (int32_t)(p - x->X->ev);
  x->last_dated[family_slot(p->type)] = pi;
  if (!(p->first == p->last && indefinite(x, p->first))) x->last_dated_def[family_slot(p->type)] = pi;
}

/* Is the word at t (after an adverb: "also plans") a verb of acting or of
** intent, whose subject does what a measure says ("plans", "will", "imposes",
** "is to"), not one of undergoing it ("faces", "gets", "receives")? */
static int acting_verb(const ex *x, uint32_t t) {
  static const char *const ACTING[] = { "plans", "planned", "will", "would", "'ll", "shall", "must", "intends",
    "intended", "aims", "aimed", "seeks", "sought", "imposes", "imposed", "requires", "required", "sets",
    "levies", "levied", "introduces", "introduced", "puts", "bans", "banned", "restricts", "restricted",
    "raises", "raised", "applies", "applied", "expands", "expanded", "adds", "added", "demands", "demanded",
    "wants", "hopes", "vows", "vowed", "pledges", "pledged", "promises", "promised", NULL };
  if (key_in(x, t, C_ADVERB)) t++;
  if (t >= x->ntok || x->punct[t]) return 0;
  if (word_in(x, t, ACTING)) return 1;
  /* "is to", "is set to", "is going to" */
  if (word_is(x, t, "is") || word_is(x, t, "are") || word_is(x, t, "was") || word_is(x, t, "were")) {
    uint32_t u = t + 1;
    if (word_is(x, u, "set") || word_is(x, u, "going") || word_is(x, u, "expected") || word_is(x, u, "planning"))
      u++;
    return key_in(x, u, C_TO);
  }
  return 0;
}

/* The "to" of the infinitive that trigger c is, or whose object it names
** ("to meet Biden", "to hold talks", "to attend this week's summit", "to
** prepare for talks"), at most seven tokens back and after lo; UINT32_MAX
** when none. A date before that "to" is the governing verb's: "flew to
** Seoul on Monday to hold talks with Cho on Friday". */
static uint32_t infinitive_to(const ex *x, const cand *c, int noun, uint32_t lo) {
  const kn_token *tok = x->tk->tok;
  for (uint32_t p = c->a, k = 0; p > lo + 1 && k < 7; k++) {
    p--;
    if (key_in(x, p, C_TO)) {
      /* "to" and a verb: a lower-case word, no determiner ("to the
      ** summit") and no noun trigger right after it ("invited to talks") */
      uint32_t v = p + 1;
      if (!(tok[v].flags & KN_TF_LOWER) || key_in(x, v, C_SKIP) || key_in(x, v, C_DEFINITE) || (v == c->a && noun))
        return UINT32_MAX;
      return p;
    }
    const kn_token *t = &tok[p];
    if (t->kind == KN_TK_CLITIC || t->kind == KN_TK_NUM || is_punct(x, p, '-')) continue;
    if (t->kind != KN_TK_WORD || key_in(x, p, C_PARTY_PREP) || key_in(x, p, C_COORD)) return UINT32_MAX;
    /* a preposition only right after the infinitive's verb: "to prepare for" */
    if (key_in(x, p, C_NONPARTY_PREP) && !(p >= 2 && key_in(x, p - 2, C_TO))) return UINT32_MAX;
  }
  return UINT32_MAX;
}

/* Is token q the "as" joining the two clauses of a headline ("N. Korea
** fires ICBM as allies hold drills")? After a lower-case word or an
** acronym ("fires IRBM as …"), not before "a" or "an" ("as a warning"). */
static int headline_as(const ex *x, uint32_t q) {
  const kn_token *t = &x->tk->tok[q - 1];
  return word_is(x, q, "as") && t->kind == KN_TK_WORD && (t->flags & (KN_TF_LOWER | KN_TF_UPPER)) &&
         !word_is(x, q + 1, "a") && !word_is(x, q + 1, "an");
}

/* Is the trigger at token a the verb, or the object of the verb, of a
** clause of "as" in the body whose subject is names ("fired two missiles
** on Tuesday as Biden arrived in Seoul", "… as Japan and South Korea held
** talks in Tokyo")? Back from a: up to three lower-case words (the verb
** and the object's determiner and modifiers: "held talks", "held a
** summit"), then names, coordinated, with their titles, to "as" after a
** word that makes it no conjunction ("such as", "as well as"). Returns
** the "as" token, or UINT32_MAX. */
static uint32_t as_clause_at(const ex *x, uint32_t a, uint32_t lo) {
  const kn_token *tok = x->tk->tok;
  const kn_linker *lk = x->lk;
  /* the answer is an "as" between lo and a: most clauses have none, told
  ** by a compare or two a token */
  uint32_t q = a;
  while (q-- > lo + 1 && !word_is(x, q, "as")) {}
  if (q <= lo || q == UINT32_MAX) return UINT32_MAX;
  long p = (long)a - 1;
  for (int k = 0; k < 3 && p > (long)lo && tok[p].kind == KN_TK_WORD && (tok[p].flags & KN_TF_LOWER) &&
       !word_is(x, (uint32_t)p, "as"); k++) p--;
  int names = 0;
  for (int k = 0; k < 8 && p > (long)lo; k++) {
    size_t mi = mention_from(lk, (uint32_t)p + 1);
    if (mi > 0 && lk->m[mi - 1].last == (uint32_t)p && lk->m[mi - 1].type != KN_ET_LOCATION &&
        lk->m[mi - 1].first > lo) {
      names++;
      p = (long)lk->m[mi - 1].first - 1;
      continue;
    }
    if (key_in(x, (uint32_t)p, C_COORD) || key_in(x, (uint32_t)p, C_THE) || is_punct(x, (uint32_t)p, ',') ||
        tok[p].kind == KN_TK_CLITIC) { p--; continue; }
    break;
  }
  if (!names || p <= (long)lo || !word_is(x, (uint32_t)p, "as")) return UINT32_MAX;
  static const char *const NOT_CONJ[] = { "such", "well", "same", "so", "just", "known", "served", "serves",
    "serve", "serving", "seen", "regarded", "described", NULL };
  /* (a comma too: "fired a missile on Monday, as Blinken held talks") */
  if (tok[p - 1].kind != KN_TK_WORD && tok[p - 1].kind != KN_TK_NUM && !is_punct(x, (uint32_t)p - 1, ','))
    return UINT32_MAX;
  if (word_in(x, (uint32_t)p - 1, NOT_CONJ)) return UINT32_MAX;
  return (uint32_t)p;
}

/* The speaker of the transcript turn that sentence s belongs to: the
** person named by the label opening the last paragraph that has one, words
** in capitals, a parenthesis perhaps, and a colon ("SECRETARY BLINKEN:",
** "MINISTER SHIN (through an interpreter):"); -1 when that label names
** nobody ("Q:") or no label is found within 64 sentences. */
static int32_t turn_speaker(const ex *x, uint32_t s) {
  const kn_tokenizer *tk = x->tk;
  for (uint32_t k = 0; k < 64 && s < tk->nsent; k++, s--) {
    const kn_sentence *se = &tk->sent[s];
    uint32_t f = se->first, i = f;
    if (se->last >= f && se->last < tk->ntok && (f == 0 || tk->tok[f].ws >= KN_WS_LINE)) {
      while (i <= se->last && i < f + 6 && tk->tok[i].kind == KN_TK_WORD && (tk->tok[i].flags & KN_TF_UPPER)) i++;
      if (i > f && i <= se->last && is_punct(x, i, '(')) {
        uint32_t j = i + 1;
        while (j <= se->last && j < i + 10 && !is_punct(x, j, ')')) j++;
        if (j <= se->last && is_punct(x, j, ')')) i = j + 1;
      }
      if (i > f && i <= se->last && is_punct(x, i, ':')) {
        int32_t who = -1;
        for (size_t mi = mention_from(x->lk, f); mi < x->lk->nm && x->lk->m[mi].last < i; mi++)
          if (x->lk->m[mi].type == KN_ET_PERSON) who = ref_of_mention(&x->lk->m[mi]);
        return who;
      }
    }
    if (s == 0) break;
  }
  return -1;
}

/* Is token t the pronoun "I" as a subject ("Secretary Austin and I
** adopted", "I met my counterpart"): a verb or an adverb in lower case
** after it, or "and" before it? */
static int first_person(const ex *x, uint32_t t) {
  const kn_token *k = &x->tk->tok[t];
  if (k->kind != KN_TK_WORD || k->len != 1 || x->text[k->start] != 'I' || t + 1 >= x->ntok) return 0;
  const kn_token *n = &x->tk->tok[t + 1];
  return (n->kind == KN_TK_WORD && (n->flags & KN_TF_LOWER)) || n->kind == KN_TK_CLITIC ||
         (t > 0 && key_in(x, t - 1, C_COORD));
}

/* Is token q inside a quotation opened earlier in its sentence ('told
** me on Monday, "I met Prime Minister Kishida"')? Straight quotes toggle;
** curly ones open and close. */
static int quoted_at(const ex *x, uint32_t first, uint32_t q) {
  int open = 0;
  for (uint32_t i = first; i < q && i < x->ntok; i++) {
    if (!is_quote(x, i)) continue;
    /* (a curly one: its last byte tells “ 0x9C from ” 0x9D) */
    open = x->punct[i] == '"' ? !open : (unsigned char)x->text[x->tk->tok[i].start + 2] == 0x9C;
  }
  return open;
}

/* Date t names a thing, not a time of the infinitive: after "the" or
** "of" ("talks on the 2015 agreement", "the anniversary of 1953"), or a
** year alone that a noun follows ("marking the 1953 alliance treaty"). */
static int adjectival_date(const ex *x, const kn_timex *t) {
  const kn_token *tok = x->tk->tok;
  uint32_t f = t->first, l = t->last;
  if (f > 0 && tok[f - 1].sent == tok[f].sent && (key_in(x, f - 1, C_THE) || key_in(x, f - 1, C_OF))) return 1;
  if (strlen(t->value) != 4 || l + 1 >= x->tk->ntok) return 0;
  uint32_t n = l + 1;
  return tok[n].sent == tok[l].sent && tok[n].kind == KN_TK_WORD && (tok[n].flags & KN_TF_LOWER) &&
         !key_in(x, n, C_NONPARTY_PREP) && !key_in(x, n, C_PARTY_PREP) && !key_in(x, n, C_PP_PREP) &&
         !key_in(x, n, C_COORD) && !key_in(x, n, C_TO) && !key_in(x, n, C_THAT) && !key_in(x, n, C_RELATIVE) &&
         !key_in(x, n, C_BOUNDARY_WORDS) && !key_in(x, n, C_AUX) && !key_in(x, n, C_WHEN) && !key_in(x, n, C_OF) &&
         !key_in(x, n, C_AT) && !key_in(x, n, C_WITH) && !key_in(x, n, C_BY);
}

/* The "and" of a ", and" (or an "and" an auxiliary follows) opening the conjunct of trigger c (within six
** tokens back, after lo + 1), or 0: a date before it is the other
** conjunct's. */
static uint32_t conjunct_and(const ex *x, const cand *c, uint32_t lo, uint64_t scues) {
  for (uint32_t q = c->a; (scues & CUEBIT(C_COORD)) && q-- > lo + 1 && q + 6 >= c->a;) {
    if (!key_in(x, q, C_COORD)) continue;
    if (is_punct(x, q - 1, ',')) return q;
    /* "held talks on Monday and will travel to Tokyo on Tuesday": an
    ** auxiliary after the "and" opens a verb phrase of its own, the
    ** trigger's, with no comma */
    if (q + 1 < c->a && key_in(x, q + 1, C_AUX)) return q;
  }
  return 0;
}

/* infinitive_to of trigger c in its clause lo..hi, only when a date of
** the infinitive's own follows it, before any punctuation after the
** trigger ("to attend the NATO summit, making a stop in Hawaii on
** Monday": Monday is the stop's); else UINT32_MAX. */
static uint32_t dated_infinitive(const ex *x, const cand *c, int noun, uint32_t lo, uint32_t hi) {
  const kn_tokenizer *tk = x->tk;
  uint32_t inf_to = infinitive_to(x, c, noun, lo);
  if (inf_to != UINT32_MAX && x->tg) {
    uint32_t e = c->b + 1;
    while (e <= hi && e < tk->ntok && (tk->tok[e].kind != KN_TK_PUNCT || is_punct(x, e, '-'))) e++;
    size_t i = timex_from(x->tg, inf_to + 1);
    while (i < x->tg->ntx && x->tg->tx[i].first < e &&
           ((x->tg->tx[i].type != KN_TX_DATE && x->tg->tx[i].type != KN_TX_TIME) || adjectival_date(x, &x->tg->tx[i])))
      i++;
    if (i >= x->tg->ntx || x->tg->tx[i].first >= e || x->tg->tx[i].sent != tk->tok[c->a].sent) inf_to = UINT32_MAX;
  }
  return inf_to;
}

/* Is the trigger of c the subject of a clause reported without "that"
** by the statement ante of its sentence ("The ministry said in a
** statement on Monday the talks with Tokyo had been productive")? Between
** the statement and the trigger only its date and a determiner with at
** most two modifiers; a verb of saying at the statement; after the trigger
** and a short phrase of its own ("with Tokyo"), the clause's finite verb:
** an auxiliary or a past form. */
static int zero_that_clause(const ex *x, const kn_event *ante, const cand *c) {
  const kn_token *tok = x->tk->tok;
  uint32_t s = tok[c->a].sent, first = x->tk->sent[s].first, last = x->tk->sent[s].last;
  int say = 0;
  for (uint32_t q = ante->first > first + 4 ? ante->first - 4 : first; q <= ante->last && !say; q++)
    say = key_in(x, q, C_SAY);
  if (!say) return 0;
  uint32_t q = ante->last + 1;
  while (q < c->a && (in_timex(x, q) || key_in(x, q, C_PP_PREP) || key_in(x, q, C_INAT))) q++;
  if (q >= c->a || !key_in(x, q, C_DEFINITE) || !(tok[q].flags & KN_TF_LOWER) || c->a - q > 3) return 0;
  for (uint32_t p = q + 1; p < c->a; p++)
    if (tok[p].kind != KN_TK_WORD || !(tok[p].flags & KN_TF_LOWER) || key_in(x, p, C_AUX) ||
        key_in(x, p, C_NONPARTY_PREP) || key_in(x, p, C_PARTY_PREP)) return 0;
  for (uint32_t p = c->b + 1; p <= last && p <= c->b + 8; p++) {
    const kn_token *t = &tok[p];
    if (t->kind == KN_TK_PUNCT && !is_punct(x, p, '-')) return 0;
    if (t->kind == KN_TK_WORD && (t->flags & KN_TF_LOWER) && (key_in(x, p, C_AUX) || past_form(x, p))) return 1;
  }
  return 0;
}

/* Ref is the trigger's only actor on its left: of the event's parties
** (from part0 on) keep those named right of the trigger up to rhi, drop
** the rest, and add ref ("Russia's leader met …", "Seoul, Tokyo slam N.
** Korea missile launch"). */
static kn_status sole_left_actor(ex *x, const cand *c, size_t part0, uint32_t rhi, int32_t ref) {
  kn_extractor *X = x->X;
  const kn_linker *lk = x->lk;
  size_t w = part0;
  for (size_t k = part0; k < X->nparts; k++) {
    int keep = 0;
    for (size_t q = mention_from(lk, c->b + 1); q < lk->nm && lk->m[q].first <= rhi; q++)
      if (ref_of_mention(&lk->m[q]) == X->parts[k]) keep = 1;
    if (keep && X->parts[k] != ref) X->parts[w++] = X->parts[k];
  }
  X->nparts = w;
  return add_part(x, (uint32_t)part0, ref);
}

/* Is the agreement noun at token a the object of "under", after a
** determiner or a possessor and up to four modifiers ("under their
** treaty", "under Seoul's 2018 accord with Pyongyang")? No verb, auxiliary
** or pronoun may stand between. first is the sentence's first token. */
static int agreement_in_force(const ex *x, uint32_t a, uint32_t first) {
  const kn_token *tok = x->tk->tok;
  for (long q = (long)a - 1, k = 0; q > (long)first && k < 6; q--, k++) {
    const kn_token *t = &tok[q];
    if (word_is(x, (uint32_t)q, "under"))
      return k > 0 && (key_in(x, (uint32_t)q + 1, C_SKIP) || !(tok[q + 1].flags & KN_TF_LOWER));
    if (t->kind == KN_TK_CLITIC || t->kind == KN_TK_NUM || is_punct(x, (uint32_t)q, '-')) continue;
    if (t->kind != KN_TK_WORD || past_form(x, (uint32_t)q) || key_in(x, (uint32_t)q, C_AUX) ||
        key_in(x, (uint32_t)q, C_PRONOUN) || key_in(x, (uint32_t)q, C_HE) || key_in(x, (uint32_t)q, C_WHICH))
      return 0;
  }
  return 0;
}

static kn_status emit_event(ex *x, const cand *c, kn_event *prev_any) {
  kn_extractor *X = x->X;
  const kn_tokenizer *tk = x->tk;
  const kn_linker *lk = x->lk;
  uint32_t s = tk->tok[c->a].sent;
  const uint64_t scues = sent_cues(x, s);                      /* the sentence's cue lists */
  const unsigned sfl = s < x->ntok ? x->sflag[s] : 0xffu;    /* and its SF_* words */
  uint32_t lo, hi;
  int noun = noun_trigger(x, c);     /* asked often below: once */
  const int stmt_verb = statement_verb(x, c);
  if (noun && c->a == c->b && called_label(x, c->a)) return KN_OK;
  /* "the technology-sharing arm of the pact between Australia, Britain and
  ** the United States", "the terms of the treaty": a pact named as a part's
  ** whole is an arrangement in being, not its making. Only a part noun
  ** (PART_NOUNS): "the conclusion of the treaty", "the signing of the pact",
  ** its ratification, renewal or extension tell of one */
  if (noun && c->type == KN_EV_AGREEMENT && c->a == c->b && c->a >= 3 && key_in(x, c->a - 1, C_THE) &&
      word_is(x, c->a - 2, "of") && tk->tok[c->a - 3].kind == KN_TK_WORD && (tk->tok[c->a - 3].flags & KN_TF_LOWER) &&
      c->prev_b != c->a - 3) {
    static const char *const STANDING[] = { "pact", "treaty", "accord", "alliance", NULL };
    static const char *const PART_NOUNS[] = { "arm", "arms", "terms", "term", "text", "provisions", "provision",
      "framework", "future", "members", "member", "article", "articles", "clause", "clauses", "spirit", "part",
      "parts", NULL };
    if (word_in(x, c->a - 3, PART_NOUNS) && word_in(x, c->a, STANDING)) return KN_OK;
  }
  uint32_t rel_lo, rel_hi;
  clause_of(x, c->a, c->b, noun, &lo, &hi, &rel_lo, &rel_hi);
  /* "Rubio, who will travel on to Tokyo when the talks end, later met
  ** Lee": a verb right after the comma closing a relative clause on a
  ** name is that name's predicate; the clause reaches back over the
  ** relative clause to it, whose names, day and "will" stay out */
  if (!noun && rel_lo > rel_hi && (scues & CUEBIT(C_RELATIVE)) && lo > tk->sent[s].first) {
    uint32_t p = c->a - 1;
    if (p > lo && key_in(x, p, C_ADVERB)) p--;
    if (p > tk->sent[s].first + 3 && is_punct(x, p, ',')) {
      uint32_t r = p - 1, first = tk->sent[s].first;
      for (uint32_t k = 0; k < KN_EV_CLAUSE_MAX && r > first &&
           (tk->tok[r].kind != KN_TK_PUNCT || is_punct(x, r, '-') || is_punct(x, r, '\'')); k++) r--;
      if (r > first && is_punct(x, r, ',') && key_in(x, r + 1, C_RELATIVE) && r + 2 < p && ends_party(x, r - 1)) {
        rel_lo = r; rel_hi = p;
        lo = clause_start(x, r - 1, first);
      }
    }
  }
  /* "The summit, which Pyongyang condemned, ended in Tokyo on Friday": a
  ** verb in a relative clause set off by commas ends with it, at its
  ** closing comma; the predicate after it, its place and day, are the
  ** noun's the clause hangs on */
  if (!noun && (scues & CUEBIT(C_RELATIVE)) && lo > tk->sent[s].first && is_punct(x, lo - 1, ',') &&
      key_in(x, lo, C_RELATIVE))
    for (uint32_t q = c->b + 1; q < hi; q++)
      if (tk->tok[q].kind == KN_TK_PUNCT && !is_punct(x, q, '-')) {
        if (is_punct(x, q, ',') && predicate_at(x, q + 1, lo - 2)) hi = q - 1;
        break;
      }
  /* "It will be the third time since 2022 that a South Korean foreign
  ** minister has joined the ministerial": a clause counted as the Nth
  ** time (not the first) over a span ("since …") tells of a kind of
  ** happening that recurs, like "have met three times since 2022"
  ** (iterated), not of one ("the second time this year that the North
  ** fired …" is left as it is) */
  {
    static const char *const NTH[] = { "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
      "ninth", "tenth", NULL };
    uint32_t first = tk->sent[s].first;
    /* returns only at a "since" (BOUND_SIGNAL) of the sentence */
    for (uint32_t q = c->a, k = 0; (scues & CUEBIT(C_BOUND_SIGNAL)) && q > first + 1 && k < 14; k++) {
      q--;
      if (tk->tok[q].kind == KN_TK_PUNCT && !is_punct(x, q, '-') && !is_punct(x, q, '\'')) break;
      if (!(first_is(x, q, 't') && word_is(x, q, "time"))) continue;
      if (q >= first + 2 && key_in(x, q - 2, C_THE) && word_is(x, q + 1, "since"))
        if (word_in(x, q - 1, NTH)) return KN_OK;
      break;
    }
  }
  /* "released the joint communique of the allies' annual security
  ** talks": a meeting named after "of" to say whose document a statement
  ** is names the document, not a happening of its own */
  if (c->a == c->b && consult_family(c->type) && c->a >= 3 && !past_form(x, c->a)) {
    static const char *const DOC[] = { "communique", "communiqué", "statement", "declaration", "readout",
      "transcript", NULL };
    /* back over the noun's determiners, possessors and modifiers to "of" */
    long p = (long)c->a - 1;
    for (int k = 0; k < 6 && p > (long)lo; k++, p--) {
      const kn_token *t = &tk->tok[p];
      size_t mi = mention_from(lk, (uint32_t)p + 1);          /* the mention holding p, if any: mi - 1 */
      if (mi > 0 && lk->m[mi - 1].last >= (uint32_t)p) {     /* (it starts at p or before) */
        p = (long)lk->m[mi - 1].first;                          /* "the alliance's", "NATO" */
        continue;
      }
      if (in_timex(x, (uint32_t)p) || t->kind == KN_TK_CLITIC || is_punct(x, (uint32_t)p, '\'') ||
          key_in(x, (uint32_t)p, C_SKIP)) continue;
      if (t->kind != KN_TK_WORD || !(t->flags & KN_TF_LOWER) || key_in(x, (uint32_t)p, C_OF) ||
          key_in(x, (uint32_t)p, C_NONPARTY_PREP) || key_in(x, (uint32_t)p, C_PARTY_PREP) || key_in(x, (uint32_t)p, C_COORD))
        break;
    }
    if (p > (long)lo && key_in(x, (uint32_t)p, C_OF))
      if (word_in(x, (uint32_t)p - 1, DOC)) return KN_OK;
  }
  /* "to meet at least once a year", "to hold a summit every year": a
  ** happening set to recur is a kind of event, not one (a set before the
  ** noun, "their annual security talks", names one of them) */
  /* "has been invited to the ministers' gatherings every year": "to" before
  ** a determiner is a preposition, and the set still tells of the trigger
  ** (not "agreed to meet every year", whose set is the infinitive's) */
  if (x->tg) {
    size_t k = timex_from(x->tg, c->b + 1);
    if (k < x->tg->ntx && x->tg->tx[k].type == KN_TX_SET && x->tg->tx[k].first <= c->b + 8 &&
        x->tg->tx[k].sent == s) {
      uint32_t i = c->b + 1;
      int prep = 0;
      while (i < x->tg->tx[k].first && (tk->tok[i].kind == KN_TK_WORD || tk->tok[i].kind == KN_TK_CLITIC ||
                                        is_punct(x, i, '\'')) &&
             (!key_in(x, i, C_TO) || (prep = key_in(x, i + 1, C_SKIP)))) i++;
      /* past a preposition, a set that closes the phrase ("every year"),
      ** not one modifying the noun after it ("agreed to an annual summit") */
      /* nor, for a meeting verb, one a determiner brings in: "met Austin
      ** for their annual security talks" (a short name must not bring it in
      ** reach; "launched their annual exercise" is no launch either way) */
      if (i == x->tg->tx[k].first &&
          (prep ? x->tg->tx[k].last > x->tg->tx[k].first
                : i <= c->b + 4 && !(i > c->b + 1 && consult_family(c->type) && key_in(x, i - 1, C_SKIP))))
        return KN_OK;
    }
  }
  /* ", the presidential office announced Friday.": a statement told after
  ** what it says; its clause is the speaker's, the words before the comma
  ** are what was announced */
  if (stmt_verb && c->a > lo + 1) {
    size_t mi = mention_from(lk, c->a);
    long p = (long)c->a - 1;
    if (mi > 0 && lk->m[mi - 1].last == (uint32_t)p) {
      p = (long)lk->m[mi - 1].first - 1;
      /* a possessor: ", South Korea's presidential office announced" */
      if (p > (long)lo && tk->tok[p].kind == KN_TK_CLITIC && mi > 1 && lk->m[mi - 2].last + 1 == (uint32_t)p)
        p = (long)lk->m[mi - 2].first - 1;
    } else   /* an unnamed speaker: ", the defense ministry said" */
      for (int k = 0; k < 3 && p > (long)lo && tk->tok[p].kind == KN_TK_WORD && (tk->tok[p].flags & KN_TF_LOWER) &&
           !key_in(x, (uint32_t)p, C_THE) && !key_in(x, (uint32_t)p, C_NONPARTY_PREP) &&
           !key_in(x, (uint32_t)p, C_PARTY_PREP) && !key_in(x, (uint32_t)p, C_COORD); k++) p--;
    if (p < (long)c->a - 1 && p > (long)lo && key_in(x, (uint32_t)p, C_THE)) p--;
    if (p < (long)c->a - 1 && p > (long)lo && is_punct(x, (uint32_t)p, ',')) lo = (uint32_t)p + 1;
  }
  kn_event ev;
  memset(&ev, 0, sizeof ev);
  ev.start = tk->tok[c->a].start;
  ev.stop = tk->tok[c->b].start + tk->tok[c->b].len;
  ev.first = c->a; ev.last = c->b; ev.sent = s;
  ev.type = (uint8_t)c->type;
  ev.location = -1;
  ev.part = (uint32_t)X->nparts;
  size_t part0 = X->nparts;
  kn_status st = KN_OK;
  /* "the missile was fired … and traveled 1,000 km", "a missile that flew
  ** for an hour": a weapon's flight is no visit. The traveller is the
  ** nearest person, body or country before the verb. */
  if (c->type == KN_EV_VISIT && c->a == c->b && weapon_subject(x, c, lo)) return KN_OK;
  /* "They flew some 550 kilometers before falling into the sea": a verb
  ** of going followed by a distance tells a flight path, whoever "they"
  ** are (the missiles of the sentence before); a trip is told by where it
  ** goes, not how far ("flew 8,000 km to Pyongyang" is one) */
  if (c->type == KN_EV_VISIT && c->a == c->b && !noun && distance_after(x, c->b, hi)) return KN_OK;
  /* "The first lady is travelling with him": going along on a trip told of
  ** is that trip, no visit of its own */
  if (c->type == KN_EV_VISIT && c->a == c->b && !noun && word_is(x, c->b + 1, "with") &&
      (word_is(x, c->b + 2, "him") || word_is(x, c->b + 2, "her") || word_is(x, c->b + 2, "them")))
    return KN_OK;
  /* "when Trump flew home early": going home ends a trip, it is no visit */
  if (c->type == KN_EV_VISIT && c->a == c->b && !noun && word_is(x, c->b + 1, "home")) return KN_OK;
  /* "to bring troops home from Russia", "sent the units home": forces
  ** going home are withdrawn, not deployed */
  if (c->type == KN_EV_DEPLOYMENT && c->a == c->b && !noun)
    for (uint32_t q = c->b + 1; q <= c->b + 4 && q < tk->ntok && tk->tok[q].sent == s; q++) {
      if (word_is(x, q, "home")) return KN_OK;
      if (tk->tok[q].kind == KN_TK_PUNCT) break;
    }
  /* "vowed to bring US troops back from South Korea", "bring the
  ** troops' families to a new base": forces brought back, out or home
  ** are withdrawn, and what is brought must be the troops themselves
  ** (a troops word heading the object, not their possessor) */
  if (c->type == KN_EV_DEPLOYMENT && c->a == c->b && !noun && word_is(x, c->a, "bring")) {
    int tc = x->troops_class, head = 0;
    for (uint32_t q = c->b + 1; q <= c->b + 8 && q < tk->ntok && tk->tok[q].sent == s; q++) {
      if (word_is(x, q, "back") || word_is(x, q, "out") || word_is(x, q, "home")) return KN_OK;
      if ((tk->tok[q].kind == KN_TK_PUNCT && !is_punct(x, q, '-')) || key_in(x, q, C_TO) ||
          key_in(x, q, C_LOCPREP) || word_is(x, q, "from") || word_is(x, q, "into")) break;
      if (tc >= 0 && (word_classes(x, q) & (1u << tc)))
        head = !(q + 1 < tk->ntok && (tk->tok[q + 1].kind == KN_TK_CLITIC || is_punct(x, q + 1, '\'')));
    }
    if (tc >= 0 && !head) return KN_OK;
  }
  /* "bringing the number dispatched so far to around 3,000": a count of
  ** the troops moved is no move of its own */
  if (c->type == KN_EV_DEPLOYMENT && c->a == c->b && c->a > 0 && past_form(x, c->a)) {
    static const char *const COUNT_NOUNS[] = { "number", "total", "tally", "count", NULL };
    if (word_in(x, c->a - 1, COUNT_NOUNS)) return KN_OK;
  }
  /* "it flew a new solid-fuel design": flying a thing is no trip */
  if (c->type == KN_EV_VISIT && c->a == c->b && key_in(x, c->a, C_FLY) && c->b + 1 < tk->ntok &&
      key_in(x, c->b + 1, C_SKIP)) return KN_OK;
  /* "used his speech to call the launch a grave breach", "calls it an
  ** act of aggression": "call" as a verb with an object and a judgement
  ** after it names something, it is no phone call */
  if (c->type == KN_EV_CALL && c->a == c->b && (word_is(x, c->a, "call") || word_is(x, c->a, "calls")) &&
      !(c->a > 0 && (key_in(x, c->a - 1, C_SKIP) || key_in(x, c->a - 1, C_DEFINITE))) && c->b + 2 < tk->ntok) {
    /* the object, "it"/"them" or a determiner and up to four words, then the judgement */
    uint32_t q = c->b + 1, last = tk->sent[s].last;
    if (word_is(x, q, "it") || word_is(x, q, "them")) { if (judgement_after(x, q + 1, q + 1)) return KN_OK; }
    else if ((key_in(x, q, C_SKIP) || key_in(x, q, C_DEFINITE)) && judgement_after(x, q + 1, q + 5 < last ? q + 5 : last))
      return KN_OK;
  }
  /* "what Moscow calls its special military operation", "what the
  ** ministry calls a provocation": "call" after "what" and its subject
  ** names a thing; a preposition or punctuation between ends the look
  ** ("what they agreed on in a call") */
  if (c->type == KN_EV_CALL && c->a == c->b && (word_is(x, c->a, "call") || word_is(x, c->a, "calls")) &&
      c->a > 1 && !key_in(x, c->a - 1, C_SKIP) && !key_in(x, c->a - 1, C_DEFINITE))
    for (long q = (long)c->a - 1, k = 0; q > (long)tk->sent[s].first && k < 4; q--, k++) {
      if (tk->tok[q].kind == KN_TK_PUNCT || key_in(x, (uint32_t)q, C_NONPARTY_PREP) ||
          key_in(x, (uint32_t)q, C_PARTY_PREP)) break;
      if (k > 0 && word_is(x, (uint32_t)q, "what")) return KN_OK;
    }
  /* "further steps under their treaty", "duties under the 2018 military
  ** pact": a document acted under is in force and only named, no signing;
  ** not "under which they signed a pact" (a verb between) */
  if (c->type == KN_EV_AGREEMENT && c->a == c->b && c->a > 2 && agreement_in_force(x, c->a, tk->sent[s].first))
    return KN_OK;
  /* "Yonhap News Agency reported": an outlet's report is no statement of
  ** an official body (ANNOTATION.md) */
  if (stmt_verb && c->a > 0) {
    size_t mi = mention_from(lk, c->a);
    if (mi > 0 && lk->m[mi - 1].last + 1 == c->a && lk->m[mi - 1].type == KN_ET_ORG && media(x, lk->m[mi - 1].entity))
      return KN_OK;
  }
  /* "Lee received Hegseth", "Biden welcomed Yoon and Kishida": a host
  ** meeting a guest; receiving or welcoming anything else ("received a
  ** briefing", "welcomed the agreement") is no meeting. An honorific
  ** ("Mr", "Gen.") may stand before the guest's name. */
  if (c->a == c->b && key_in(x, c->a, C_RECEIVE)) {
    uint32_t g = c->b + 1;
    size_t mi = mention_from(lk, g);
    if (mi < lk->nm && lk->m[mi].first > g && lk->m[mi].first <= g + 2 && g < tk->ntok &&
        tk->tok[g].kind == KN_TK_WORD && !(tk->tok[g].flags & KN_TF_LOWER)) g = lk->m[mi].first;
    /* "received North Korean Foreign Minister Choe Son Hui", "welcomed
    ** NATO Secretary General Mark Rutte": the guest's country, body and
    ** title before the name, each a mention right after the last; a title
    ** alone stands for its holder ("received the NATO secretary general") */
    if (mi < lk->nm && lk->m[mi].first == g + 1 && key_in(x, g, C_THE)) g++;
    int guest = 0;
    for (int k = 0; k < 4 && mi < lk->nm && lk->m[mi].first == g; k++, mi++) {
      int ty = lk->m[mi].type;
      if (ty == KN_ET_PERSON) { guest = 1; break; }
      if (ty != KN_ET_COUNTRY && ty != KN_ET_ORG && ty != KN_ET_OFFICE) break;
      g = lk->m[mi].last + 1;
      if (ty == KN_ET_OFFICE && !(mi + 1 < lk->nm && lk->m[mi + 1].first == g)) { guest = 1; break; }
    }
    if (!guest) return KN_OK;
  }
  /* participants and location from the clause's mentions */
  long best_loc = -1;
  uint32_t best_loc_d = UINT32_MAX;
  long best_loc_at = -1;           /* its mention's first token */
  /* arguments to the right stop at the next trigger of the clause */
  uint32_t rhi = hi;
  uint32_t next_a = c->next_a;
  /* past a trigger inside a relative clause on the subject noun (its own
  ** clause's, which ends at its closing comma), the next one after it */
  /* (that clause, its names and day the inner trigger's: [rel_lo, rel_hi]) */
  uint32_t next_main = next_a, rel_close = UINT32_MAX;
  uint32_t subj_rel = 0, subj_close = UINT32_MAX;   /* that clause's relative word and closing comma */
  if (noun && (scues & (CUEBIT(C_WHICH) | CUEBIT(C_RELATIVE)))) subj_close = subject_relative_close(x, c, hi, &subj_rel);
  if (subj_close != UINT32_MAX && next_a <= hi && next_a < subj_close) {
    for (size_t k = 1; next_main < subj_close; k++) next_main = c[k].next_a;
    next_a = next_main;
    rel_close = subj_close;
    rel_lo = subj_rel; rel_hi = subj_close;
  }
  /* "the 56th Security Consultative Meeting (SCM) at the Pentagon": the
  ** name again in brackets is no other event; its arguments go on after
  ** it, up to the trigger after that one (c[1] is the bracketed one: a
  ** next trigger in the sentence is the next candidate) */
  if (next_a == c->b + 2 && is_punct(x, c->b + 1, '(') && named_trigger(x, c->a, c->b)) next_a = c[1].next_a;
  /* … not at a participle that is the adjective of a name ("met the
  ** visiting Rutte"): the name is this event's object */
  if (next_a > c->b && next_a <= hi && !attributive(x, next_a)) rhi = next_a - 1;
  /* "fired two missiles on Tuesday as Biden arrived in Seoul": the names
  ** of a clause of "as" are its subject, none of this event's */
  if (rhi + 1 == next_a && s >= x->body && next_a > c->b + 3) {
    uint32_t q = as_clause_at(x, next_a, c->b);
    if (q != UINT32_MAX) rhi = q - 1;
  }
  /* "condemned the launch after their talks, calling it a breach of U.N.
  ** Security Council resolutions": a participle after a comma opens a
  ** clause of the subject's, whose names are what it tells of, unless it
  ** lists who takes part ("…, including Japan and Australia") */
  for (uint32_t q = c->b + 1; q + 1 <= rhi; q++)
    if (is_punct(x, q, ',') && ing_form(x, q + 1) && !key_in(x, q + 1, C_INCLUDE) && !word_in(x, q + 1, PARTY_ING)) {
      rhi = q - 1;
      break;
    }
  /* so are those of the second clause of a headline: "N. Korea fires ICBM
  ** as Blinken holds talks", Blinken fires nothing */
  for (uint32_t q = c->b + 2; s == 0 && x->body && q <= rhi; q++)
    if (headline_as(x, q)) { rhi = q - 1; break; }
  /* "Talks following the summit drew Blinken and Kamikawa": the predicate
  ** after a trigger in the subject's phrase is the subject's, its names
  ** the subject's parties (added below), none of this one's */
  uint32_t sub_names = UINT32_MAX;
  /* (only a subject opening the sentence: two tests for most triggers) */
  if (c->prev_a <= tk->sent[s].first + 2 && noun && in_subject_modifier(x, c)) {
    uint32_t f = gathered_names(x, c->b);
    if (f != UINT32_MAX && f - 1 <= rhi) rhi = f - 2;
  } else if (c->a <= tk->sent[s].first + 2 && c->next_a != UINT32_MAX && in_subject_modifier(x, &c[1]) &&
             noun_trigger(x, &c[1]))
    sub_names = gathered_names(x, c[1].b);
  /* and at a second verb of the subject: "met in Washington and urged
  ** Pyongyang to withdraw", its objects are not this event's */
  for (uint32_t i = c->b + 1; (scues & CUEBIT(C_COORD)) && i + 1 <= rhi; i++)
    if (key_in(x, i, C_COORD) && tk->tok[i + 1].kind == KN_TK_WORD && (tk->tok[i + 1].flags & KN_TF_LOWER) &&
        (past_form(x, i + 1) || bare_verb(x, i + 1, rhi))) {
      /* but "The meeting was chaired by Rutte and attended by Cho": a
      ** second passive of the meeting noun, its agent too a party */
      if (noun && consult_family(c->type) && i + 2 <= rhi && key_in(x, i + 2, C_BY) && takes_part(x, i + 1, c->type) &&
          (passive_before(x, c->b, i) || comma_passive_before(x, c->b, i))) continue;
      rhi = i; break;
    }
  int prev_excluded = -1;          /* decision of the previous mention, for coordinations */
  int prev_other = 0;              /* the previous mention was another trigger's object */
  size_t of_mi = SIZE_MAX;         /* the last mention left out as the object of "of" */
  /* trigger_in_pp, found when a mention before the trigger first asks
  ** (-1 until then): only those ask it */
  int in_pp = -1;
  /* "met the visiting Rutte": the participle's party is the name after it */
  int attr_name = c->a == c->b && attributive(x, c->a);
  /* "the Washington Declaration adopted in April", "The summit's final
  ** declaration, agreed by allies on Wednesday, …": a participle after the
  ** noun it tells of has no subject on its left, only its "by" agent */
  int red_rel = !noun && reduced_relative(x, c);
  /* ", agreed by allies on Wednesday, called China …": a participle set
  ** off by commas ends at its closing comma; what follows is the
  ** predicate of the noun it tells of */
  if (red_rel && is_punct(x, c->a - 1, ','))
    for (uint32_t q = c->b + 1; q <= rhi; q++)
      if (is_punct(x, q, ',')) { rhi = q - 1; break; }
  /* "last year's summit between Seoul and the EU", "a summit between the
  ** two": a noun whose own phrase names its sides has those sides only */
  int between_np = c->b + 2 <= hi && key_in(x, c->b + 1, C_BETWEEN) && !attended(x, c->a);
  /* a noun trigger in a phrase opening the sentence: the subject after the
  ** comma is its party even when it reports ("In a statement, the NIS
  ** said …", "At a briefing, Kim Tae-hyo said …") */
  uint32_t intro_subj = UINT32_MAX;
  uint32_t intro_last = UINT32_MAX - 2;   /* the last mention of the subject's name */
  /* … and so is the subject after a participle phrase opening it, the
  ** participle's own subject ("Closing the summit, Stoltenberg said …") */
  /* (the words up to the trigger first: lower case, they are a load each) */
  int intro = c->a > tk->sent[s].first && c->a - tk->sent[s].first <= 5;
  for (uint32_t i = tk->sent[s].first + 1; intro && i < c->a; i++)
    if (!(tk->tok[i].flags & KN_TF_LOWER) && !is_punct(x, i, '-')) intro = 0;
  intro = intro && (key_in(x, tk->sent[s].first, C_PP_PREP_INTRO) || opening_participle(x, tk->sent[s].first));
  if (intro) {
    for (uint32_t i = c->b + 1; i <= hi && i < c->b + 8; i++)
      if (is_punct(x, i, ',')) { intro_subj = i + 1 + (uint32_t)key_in(x, i + 1, C_THE); break; }
  }
  /* "In a joint statement issued after the talks, the three reaffirmed
  ** …": the opening phrase's clause ends at "after", yet the counting
  ** subject after its comma names the statement's parties, the people the
  ** sentence before names if they are that many (ANNOTATION.md: a
  ** counting phrase stands for parties named in its sentence or the one
  ** before), else nobody */
  int frame_count = 0;
  if (intro && intro_subj == UINT32_MAX && s > 0 && noun &&
      (c->type == KN_EV_STATEMENT || c->type == KN_EV_AGREEMENT || c->type == KN_EV_BRIEFING))
    for (uint32_t i = hi + 1; i < tk->sent[s].last && i < c->b + 10; i++)
      if (is_punct(x, i, ',')) {
        if (key_in(x, i + 1, C_THE) && i + 2 <= tk->sent[s].last) frame_count = number_word(x, i + 2);
        break;
      }
  int agent_run = 0;               /* inside the "by" phrase of a passive statement verb */
  uint32_t prev_agent_last = 0;
  int subj_np = subject_np(x, c, noun, scues);
  uint32_t for_comma = subj_np ? for_intro(x, c->a) : 0;
  int state_noun = deployment_noun(x, c);
  int framing = named_trigger(x, c->a, c->b) && c->prev_b != UINT32_MAX && c->prev_b >= lo && around_meeting(x, c->a);
  /* (a word of FRAME before the trigger: "sidelines of", "margins of") */
  uint32_t frame = c->type == KN_EV_MEETING && (near_cues(x, s) & CUEBIT(C_FRAME)) ? frame_of(x, c->a) : UINT32_MAX;
  /* "The session included Kishida …", "The exercise … brings together
  ** troops from …": a predicate that says who takes part; so does the
  ** agent of a passive one ("said the launch had been overseen by the
  ** leader, Kim Jong-un") */
  uint32_t include_at = 0;
  for (uint32_t i = c->b + 1; subj_np && (scues & (CUEBIT(C_INCLUDE) | CUEBIT(C_BY))) && i <= rhi && !include_at; i++)
    if (key_in(x, i, C_INCLUDE) || (key_in(x, i, C_BY) && i >= c->b + 3 && key_in(x, i - 2, C_AUX)) ||
        /* "The summit, hosted by Poland, …" */
        (i == c->b + 3 && noun && is_punct(x, c->b + 1, ',') && key_in(x, i, C_BY) && takes_part(x, c->b + 2, c->type)))
      include_at = i;
  /* "Kim personally oversaw Thursday's launch, accompanied by his daughter
  ** and his sister, Kim Yo Jong": whoever goes along with a party is
  ** named after "accompanied by", and takes no part of his own */
  uint32_t along_at = UINT32_MAX;
  for (uint32_t i = c->b + 1; (sfl & SF_ALONG) && i + 1 <= rhi; i++)
    if (first_is(x, i, 'a') && word_is(x, i, "accompanied") && key_in(x, i + 1, C_BY)) { along_at = i; break; }
  /* only the noun phrase after "by" goes along: it ends at "to", at a
  ** verb, or at a comma not opening an apposition ("…, accompanied by
  ** Defense Minister Shin Won-sik, to meet Biden": Biden is met) */
  uint32_t along_end = UINT32_MAX;
  if (along_at != UINT32_MAX)
    for (uint32_t i = along_at + 3; i <= rhi + 1 && i < tk->ntok; i++) {
      if (key_in(x, i, C_TO) || (tk->tok[i].kind == KN_TK_WORD && (tk->tok[i].flags & KN_TF_LOWER) &&
                                 past_form(x, i) && !key_in(x, i - 1, C_THE))) { along_end = i; break; }
      if (tk->tok[i].kind == KN_TK_PUNCT && !is_punct(x, i, '-') && !is_punct(x, i, '\'') &&
          !(is_punct(x, i, ',') && i + 1 < tk->ntok && tk->tok[i + 1].kind == KN_TK_WORD &&
            !(tk->tok[i + 1].flags & KN_TF_LOWER))) { along_end = i; break; }
    }
  int noun_obj = noun;
  uint32_t prev_last = 0;
  uint32_t rel_first = UINT32_MAX - 1;   /* not looked for yet */
  int32_t absent[4];               /* "would represent Lee at the summit": no party, from any sentence */
  int n_absent = 0;
  /* judging_verb ("called the launch a …"), found when a mention before
  ** the trigger or the "he" subject first asks (UINT32_MAX - 1 until then),
  ** in the clause as it is here */
  uint32_t judge_at = UINT32_MAX - 1;
  const uint32_t judge_lo = lo, judge_hi = hi;
  /* a meeting one goes to: "for NATO summit", "to attend the summit",
  ** "for a meeting of NATO foreign ministers" */
  int for_meeting = 0;
  if ((c->type == KN_EV_MEETING || c->type == KN_EV_TALKS) && c->a > lo &&
      (scues & (CUEBIT(C_INAT) | CUEBIT(C_SUPPORT))))          /* "for", "attend" */
    for (long q = (long)c->a - 1, k = 0; q >= (long)lo && k < 5; q--, k++) {
      if ((first_is(x, (uint32_t)q, 'f') && word_is(x, (uint32_t)q, "for")) ||
          (first_is(x, (uint32_t)q, 'a') && word_is(x, (uint32_t)q, "attend"))) { for_meeting = 1; break; }
      if (tk->tok[q].kind == KN_TK_PUNCT && !is_punct(x, (uint32_t)q, '-')) break;
    }
  /* "Lee will not travel to The Hague for the NATO summit", "Biden did not
  ** attend the session": the subject of a negated verb whose object or
  ** purpose the noun names stays away; the event goes on without it */
  uint32_t neg_at = 0;
  for (uint32_t i = c->a; noun && x->neg_class >= 0 && i-- > lo && i + 12 >= c->a;) {
    if (neg_scope_end(x, i)) break;       /* "did not attend the summit but held talks" */
    if ((word_classes(x, i) & (1u << x->neg_class)) &&       /* the lexicon's class first: a table read */
        (word_is(x, i, "not") || word_is(x, i, "n't") || word_is(x, i, "never"))) {
      if (!neg_void(x, i)) neg_at = i;
      break;
    }
  }
  /* "the thousands of troops it has sent to Russia", "a treaty it signed
  ** with Pyongyang", "the treaty the two countries signed": a relative
  ** clause with no "that", its subject "it" or "the two countries" right
  ** after the noun it tells of. Its parties are what the subject stands
  ** for, the nearest country or body before it (the last two countries);
  ** the clause around is not its */
  int rel_count = 0;               /* "a treaty the two countries signed": how many */
  if (!noun && c->a >= 2) {
    long p = (long)c->a - 1;
    /* "the model it first tested in April", "a pact it has since signed" */
    while (p > (long)lo && (key_in(x, (uint32_t)p, C_AUX) || key_in(x, (uint32_t)p, C_ADVERB))) p--;
    if (p > (long)lo + 2 && key_in(x, (uint32_t)p - 1, C_NUMWORD) && key_in(x, (uint32_t)p - 2, C_THE) &&
        key_in(x, (uint32_t)p, C_ROLE_NOUNS)) {
      rel_count = number_word(x, (uint32_t)p - 1);
      p -= 2;
    }
    /* "since April, when it flew a new design": "it" opening a "when"
    ** clause stands for the same */
    int when_it = p >= (long)lo && p > 0 && key_in(x, (uint32_t)p, C_IT) && key_in(x, (uint32_t)p - 1, C_WHEN);
    if ((p > (long)lo || when_it) && (key_in(x, (uint32_t)p, C_IT) || rel_count) && tk->tok[p - 1].kind == KN_TK_WORD &&
        (tk->tok[p - 1].flags & KN_TF_LOWER) &&
        !key_in(x, (uint32_t)p - 1, C_SAY) && !key_in(x, (uint32_t)p - 1, C_THAT) && !key_in(x, (uint32_t)p - 1, C_COORD) &&
        !key_in(x, (uint32_t)p - 1, C_AUX) && !key_in(x, (uint32_t)p - 1, C_NONPARTY_PREP) &&
        !key_in(x, (uint32_t)p - 1, C_PARTY_PREP) && !key_in(x, (uint32_t)p - 1, C_REPORTING) &&
        (!key_in(x, (uint32_t)p - 1, C_BOUNDARY_WORDS) || when_it) && !key_in(x, (uint32_t)p - 1, C_WHICH)) {
      /* "it": the nearest country or body; "the two countries": the last
      ** two countries named (when there are that many) */
      int32_t who[10];
      int n_who = 0, want = rel_count ? rel_count : 1;
      for (size_t mi = mention_from(lk, (uint32_t)p), steps = 0; mi-- > 0 && steps < 32 && lk->m[mi].sent == s &&
           n_who < want && want <= 10; steps++) {
        const kn_mention *m = &lk->m[mi];
        if (!(m->type == KN_ET_COUNTRY || (m->type == KN_ET_ORG && !rel_count))) continue;
        int dup = 0;
        for (int k = 0; k < n_who; k++) dup |= who[k] == m->entity;
        if (!dup) who[n_who++] = m->entity;
      }
      if (n_who != want) rel_count = 0;
      else {
        if (!when_it) lo = (uint32_t)(rel_count ? p + 3 : p + 1);
        for (int k = 0; k < n_who; k++)
          if ((st = add_part(x, (uint32_t)part0, who[k]))) return st;
      }
    } else rel_count = 0;
  }
  /* a headline of two clauses joined by "as" ("Asia-Pacific leaders join
  ** Nato table as North Korean missile shadows Vilnius summit"): the one
  ** after "as" has no party of the one before */
  uint32_t as_at = 0;
  for (uint32_t q = c->a; s == 0 && x->body && q-- > lo + 1;)
    if (headline_as(x, q)) { as_at = q; break; }
  /* so has one in the body: "North Korea fired two missiles on Tuesday as
  ** Biden arrived in Seoul", the arrival is Biden's alone */
  if (!as_at && s >= x->body && c->a > lo + 2) {
    uint32_t q = as_clause_at(x, c->a, lo);
    if (q != UINT32_MAX) as_at = q;
  }
  /* "Austin and Kim on Wednesday demanded that North Korea pull its
  ** soldiers out of Russia, as the two allies closed their annual
  ** meeting": a clause of "as" whose subject counts the parties ("the two
  ** allies", "the three leaders") stands for that many people the
  ** sentence names before it (ANNOTATION.md: a counting phrase), and the
  ** other names of the clause before are not the event's */
  uint32_t as_comma = UINT32_MAX;  /* the comma before "as" */
  int as_count = 0;
  /* the words before the trigger, up to a mark other than a hyphen ("their
  ** annual two-day meeting"), within a clause's reach */
  for (uint32_t q = c->a, k = 0; (scues & CUEBIT(C_NUMWORD)) && q > lo + 3 && k < KN_EV_CLAUSE_MAX; k++) {
    if (tk->tok[--q].kind == KN_TK_PUNCT) {
      if (is_punct(x, q, '-')) continue;
      if (is_punct(x, q, ',') && word_is(x, q + 1, "as") && key_in(x, q + 2, C_THE) && q + 3 < c->a &&
          key_in(x, q + 3, C_NUMWORD)) { as_comma = q; as_count = number_word(x, q + 3); }
      break;
    }
  }
  for (size_t i = mention_from(lk, lo); i < lk->nm; i++) {
    const kn_mention *m = &lk->m[i];
    if (m->first > rhi) break;
    if (as_at && m->last < as_at && m->type != KN_ET_LOCATION) continue;
    /* the opening phrase's subject, titles and name: "At a briefing,
    ** Deputy Adviser Kim Tae-hyo said …" */
    int intro_name = m->first == intro_subj ||
                     (intro_subj < tk->ntok && m->first > intro_subj && (m->first == intro_last + 1 ||
                      (m->first == intro_last + 2 && tk->tok[intro_last + 1].kind == KN_TK_CLITIC)));
    if (intro_name) intro_last = m->last;
    if (m->first >= c->a && m->last <= c->b) continue;    /* the trigger itself */
    if (m->first >= rel_lo && m->last <= rel_hi) continue; /* the relative clause stepped over */
    if (dateline_place(x, m)) continue;
    /* a statement verb's object is not a party, but a passive's agent is:
    ** "was announced last Monday by Col. Lee Sung-jun" */
    if (m->first > c->b && stmt_verb && m->type != KN_ET_LOCATION) {
      uint32_t f = name_start(x, m, lo);
      if (agent_of(x, c, m, lo)) agent_run = 1;
      /* what describes an agent goes on with the run: "by Col. Lee,
      ** spokesman for South Korea's Joint Chiefs of Staff (JCS), and …" */
      else if (agent_run && (qualifies_next(x, i) || (m->type != KN_ET_PERSON && describes_person(x, m)) ||
                             (f > 0 && is_punct(x, f - 1, '(') && m->last + 1 < tk->ntok && is_punct(x, m->last + 1, ')'))))
        continue;
      else if (!(agent_run && f >= 1 && (key_in(x, f - 1, C_COORD) || is_punct(x, f - 1, ',') ||
                                                  m->first == prev_agent_last + 1)))
        { agent_run = 0; continue; }
      prev_agent_last = m->last;
    }
    int ty = m->type;
    /* "The drills, criticized by China, began …": no critic is a party */
    if ((scues & CUEBIT(C_BY)) && m->first > c->b + 2 && ty != KN_ET_LOCATION && judged_by(x, c->b, m)) continue;
    /* a noun trigger inside a prepositional phrase takes no party from its
    ** left ("Pyongyang has not commented on the planned summit") (C) */
    /* "the North Korean deployment": the demonym of the trigger's own noun
    ** is its actor, whatever governs the phrase */
    if (noun && m->how == KN_HOW_DEMONYM && demonym_of_trigger(x, m, c)) {
      if ((st = add_part(x, (uint32_t)part0, ref_of_mention(m)))) return st;
      prev_excluded = 0; prev_last = m->last;
      continue;
    }
    if (m->first > along_at && m->first < along_end && ty != KN_ET_LOCATION) continue;
    int cop_owner = 0;               /* "The launch was the North's first" */
    if (m->last < c->a && ty != KN_ET_LOCATION) {
      if (in_pp < 0) in_pp = (scues & CUEBIT(C_PP_PREP)) && trigger_in_pp(x, c, noun);
      if (in_pp) continue;
    }
    if (attr_name && m->last < c->a && ty != KN_ET_LOCATION) continue;
    if (as_count && m->last < as_comma && ty != KN_ET_LOCATION) continue;
    if (neg_at && m->last < neg_at && ty != KN_ET_LOCATION) continue;
    if (m->last < c->a && ty != KN_ET_LOCATION) {     /* (the judging verb is before the trigger) */
      if (judge_at == UINT32_MAX - 1) judge_at = judging_verb(x, c, judge_lo, judge_hi);
      if (judge_at != UINT32_MAX && m->last < judge_at) continue;
    }
    if (red_rel && m->last < c->a && ty != KN_ET_LOCATION) continue;
    /* "Shoigu was shown the missiles by Kim during a visit to Pyongyang":
    ** the agent of a passive before a visit is the other verb's, the host
    ** at most, no visitor */
    if (c->type == KN_EV_VISIT && m->last < c->a && ty != KN_ET_LOCATION && passive_agent(x, m, lo)) continue;
    if (between_np && m->last < c->a && ty != KN_ET_LOCATION) continue;
    /* "A and B met on the sidelines of the summit": not the summit's parties */
    if (frame != UINT32_MAX && m->last < frame && ty != KN_ET_LOCATION) continue;
    if (subj_np && m->first > c->b && ty != KN_ET_LOCATION && !in_trigger_np(x, c, m) &&
        !(include_at && m->first > include_at) && !(cop_owner = copula_owner(x, c, m))) continue;
    /* the object of a statement verb is its topic, and the speaker is not
    ** a party of it: "Pyongyang has denounced the combined exercise" */
    if (c->prev_stmt_verb && c->prev_b >= lo && noun_obj && m->last < c->prev_a &&
        ty != KN_ET_LOCATION && !in_pp) continue;    /* (in_pp is known: the mention is before the trigger) */
    /* coordinated with the previous mention: "Seoul, Tokyo and Washington" */
    int coordinated = prev_excluded >= 0 && m->first >= 2 && m->first - prev_last <= 2 &&
                      (key_in(x, m->first - 1, C_COORD) || is_punct(x, m->first - 1, ','));
    long gv = governor(x, m, lo);
    /* between the previous trigger of the clause and this one, the other's
    ** object: "talks with Lahbib and a separate meeting with Borrell" */
    if (c->prev_b != UINT32_MAX && c->prev_b >= lo && m->first > c->prev_b && m->last < c->a &&
        ty != KN_ET_LOCATION && !(frame != UINT32_MAX && m->first > frame)) {
      /* "the units sent to help Russia have been deployed": the object
      ** of an infinitive after the other trigger is that one's */
      int inf_obj = gv > 0 && key_in(x, (uint32_t)gv - 1, C_TO) && tk->tok[gv].kind == KN_TK_WORD &&
                    (tk->tok[gv].flags & KN_TF_LOWER) && !key_in(x, (uint32_t)gv, C_SKIP) &&
                    !key_in(x, (uint32_t)gv, C_NONPARTY_PREP) && !key_in(x, (uint32_t)gv, C_PARTY_PREP);
      /* "visited the White House to meet Biden": the purpose's subject is
      ** the visitor; what the verb before took as its object is that one's.
      ** Only after a visit: "invited Kishida to visit Seoul" names the
      ** visitor as the inviting verb's object */
      int purpose_obj = !noun && c->prev_type == KN_EV_VISIT && gv >= 0 && (uint32_t)gv == c->prev_b && c->a > 0 &&
                        key_in(x, c->a - 1, C_TO);
      int obj = noun_obj || inf_obj || purpose_obj || (gv >= 0 && (key_in(x, (uint32_t)gv, C_PARTY_PREP) || key_in(x, (uint32_t)gv, C_OF))) ||
                ((coordinated || (prev_excluded >= 0 && m->first == prev_last + 1)) && prev_other);
      prev_other = obj;
      if (obj) { prev_excluded = 1; prev_last = m->last; continue; }
    } else prev_other = 0;
    /* "leaders of Japan", "the member states of the UN Command", and "of"
    ** right after the trigger: "a summit of NATO", "a session of NATO allies" */
    int role_of = gv > 0 && key_in(x, (uint32_t)gv, C_OF) &&
                  (key_in(x, (uint32_t)gv - 1, C_ROLE_NOUNS) || (uint32_t)gv - 1 == c->b);
    /* "troops from South Korea", "warships and aircraft from the United
    ** States": the side the forces or people come from takes part */
    if (gv > 0 && !role_of && word_is(x, (uint32_t)gv, "from") &&
        (key_in(x, (uint32_t)gv - 1, C_ROLE_NOUNS) || key_in(x, (uint32_t)gv - 1, C_PARTY_NOUNS)))
      role_of = 1;
    /* "drew condemnation from Seoul, Tokyo and Washington", "a statement
    ** from the ministry": "from" right after a statement noun names who
    ** speaks */
    if (gv > 0 && !role_of && noun && c->type == KN_EV_STATEMENT && (uint32_t)gv == c->b + 1 &&
        word_is(x, (uint32_t)gv, "from"))
      role_of = 1;
    /* "received a phone call from Rutte", "an invitation from Rutte", "a
    ** briefing from the minister", "a visit from Blinken": after a noun of
    ** a call, an invitation, a briefing or a visit, "from" names who makes
    ** it, a party (a day may stand between: "a call on Monday from Yoon");
    ** a place stays a place, and so does a capital ("held a call from
    ** Brussels", "joined the call from Seoul") unless the noun is received
    ** ("received an invitation from Washington": the government) */
    if (gv > 0 && !role_of && noun && ty != KN_ET_LOCATION && (m->how != KN_HOW_METONYM || received_noun(x, c)) &&
        (uint32_t)gv > c->b &&
        (c->type == KN_EV_CALL || c->type == KN_EV_INVITATION || c->type == KN_EV_BRIEFING || c->type == KN_EV_VISIT) &&
        word_is(x, (uint32_t)gv, "from")) {
      uint32_t q = c->b + 1;
      while (q < (uint32_t)gv && (in_timex(x, q) || key_in(x, q, C_PP_PREP))) q++;
      role_of = q == (uint32_t)gv;
    }
    /* a briefing is given to someone: "a briefing … to the North Atlantic
    ** Council" names a party, not a place */
    int recipient = c->type == KN_EV_BRIEFING && gv >= 0 && key_in(x, (uint32_t)gv, C_TO) &&
                    ty != KN_ET_LOCATION;
    int place_prep = gv >= 0 && key_in(x, (uint32_t)gv, C_NONPARTY_PREP) && !role_of && !recipient;
    /* "between" and "among" attach to the noun before them: the parties of
    ** "the partnership between North Korea and Russia" are not the
    ** trigger's unless that noun is the trigger itself */
    if (gv > 0 && key_in(x, (uint32_t)gv, C_BETWEEN) && !coordinated) {
      long h = gv - 1;
      while (h > (long)lo && in_timex(x, (uint32_t)h)) h--;
      if (h < gv - 1 && h > (long)lo && key_in(x, (uint32_t)h, C_PP_PREP)) h--;     /* "on Tuesday" */
      if (h != (long)c->b && (tk->tok[h].flags & KN_TF_LOWER)) place_prep = 1;
    }
    /* "North Korea's growing partnership with Russia", "military
    ** cooperation with Moscow": "with" after a noun of a relation names the
    ** other side of that relation, a topic, not a party of the trigger */
    if (gv > 0 && key_in(x, (uint32_t)gv, C_WITH) && !coordinated && (long)c->b != gv - 1 &&
        key_in(x, (uint32_t)gv - 1, C_RELATION))
      place_prep = 1;
    /* "left Seoul": the place left is where the trip starts, not its place */
    int after_visit = is_visit_verb(c->type) && gv == (long)c->b && !word_is(x, c->b, "left");
    /* "agreed to turn U.S. Forces Japan into …", "pledged to help
    ** Ukraine": after the trigger, the object of an infinitive of another
    ** verb is that verb's, not a party of the trigger; but whom troops are
    ** sent to help takes part in the deployment */
    if (c->type != KN_EV_DEPLOYMENT && gv > 1 && gv > (long)c->b + 1 && key_in(x, (uint32_t)gv - 1, C_TO) && tk->tok[gv].kind == KN_TK_WORD &&
        (tk->tok[gv].flags & KN_TF_LOWER) && !key_in(x, (uint32_t)gv, C_NONPARTY_PREP) &&
        !key_in(x, (uint32_t)gv, C_PARTY_PREP) && !key_in(x, (uint32_t)gv, C_COORD) && !coordinated)
      place_prep = 1;
    if (ty == KN_ET_LOCATION || ty == KN_ET_COUNTRY || ty == KN_ET_ORG) {
      /* a place inside a place named as its possessor ("to Russia's Kursk
      ** region"): governed as the possessor is, and the narrower of the two */
      const kn_mention *owner = NULL;
      if (ty == KN_ET_LOCATION && i > 0 && m->first >= 2 && lk->m[i - 1].last + 2 == m->first &&
          (lk->m[i - 1].type == KN_ET_COUNTRY || lk->m[i - 1].type == KN_ET_LOCATION) &&
          tk->tok[m->first - 1].kind == KN_TK_CLITIC)
        owner = &lk->m[i - 1];
      long pgv = owner ? governor(x, owner, lo) : gv;
      /* "in the Russian Pacific port of Vladivostok", "at the border city
      ** of Dandong": a place named after "of" by the kind of place it is
      ** is governed as that noun is */
      /* (the narrower place, over one in its modifiers: "in South Korea's
      ** southeastern port city of Busan") */
      long kind_at = -1;
      if (ty == KN_ET_LOCATION && !owner && pgv > (long)lo + 1 && key_in(x, (uint32_t)pgv, C_OF)) {
        long g2 = place_kind_governor(x, (uint32_t)pgv - 1, lo, pgv);
        if (g2 != pgv) { kind_at = g2; pgv = g2; }
      }
      /* a place: after in/at, or to/right after a visit verb; the
      ** destination of troops sent "to" or leaving "for" a place; not
      ** the place of sides a noun names ("partners in the Indo-Pacific") */
      /* "fired from near Pyongyang", "launched from the Pyongyang area":
      ** where a weapon is fired from is the test's place */
      int launch_site = c->type == KN_EV_WEAPONS_TEST && ty == KN_ET_LOCATION && pgv >= 0 && m->first > c->b &&
                        (word_is(x, (uint32_t)pgv, "from") ||
                         (word_is(x, (uint32_t)pgv, "near") && pgv > 0 && word_is(x, (uint32_t)pgv - 1, "from")));
      /* "the Vilnius summit", "the Brussels talks", "Camp David pact": a
      ** place named right before the noun of a meeting or an agreement is
      ** where it happens ("Hegseth's Asia trip" tells a route, no place) */
      int place_mod = ty == KN_ET_LOCATION && m->last + 1 == c->a && c->a == c->b && !past_form(x, c->a) &&
                      m->how != KN_HOW_DEMONYM && c->type != KN_EV_VISIT &&
                      (consult_family(c->type) || c->type == KN_EV_AGREEMENT);
      int locish = place_mod || (pgv >= 0 && !(pgv > 0 && sides_place(x, c, (uint32_t)pgv - 1)) &&
                                 (key_in(x, (uint32_t)pgv, C_LOCPREP) || launch_site ||
                                  ((is_visit_verb(c->type) || (c->type == KN_EV_DEPLOYMENT && m->first > c->b)) &&
                                   key_in(x, (uint32_t)pgv, C_INAT)) ||
                                  after_visit));
      /* "will fly to Washington next week to attend the NATO summit", "Yoon
      ** off to Vilnius for NATO summit": where one travels for a meeting
      ** is its place, before any stop on the way */
      int dest = for_meeting && ty == KN_ET_LOCATION && m->last < c->a && pgv > 0 &&
                 ((word_is(x, (uint32_t)pgv, "to") && motion_word(x, (uint32_t)pgv - 1)) ||
                  (motion_word(x, (uint32_t)pgv) && (uint32_t)pgv + 1 == m->first));
      if (dest) locish = 1;
      /* "sent troops to fight for Russia": "for" after the verb of an
      ** infinitive of purpose names whom it serves, no place ("left for
      ** Russia", "sent to Russia for training" keep theirs) */
      if (locish && !dest && c->type == KN_EV_DEPLOYMENT && pgv >= 2 && (uint32_t)pgv > c->b + 2 &&
          word_is(x, (uint32_t)pgv, "for") && key_in(x, (uint32_t)pgv - 2, C_TO) &&
          tk->tok[pgv - 1].kind == KN_TK_WORD && (tk->tok[pgv - 1].flags & KN_TF_LOWER) &&
          !key_in(x, (uint32_t)pgv - 1, C_SKIP) && !key_in(x, (uint32_t)pgv - 1, C_THE))
        locish = 0;
      /* "this week's summit of NATO, the opening stop of a six-day journey
      ** that ends in Poland": a place in a relative clause on another noun
      ** is that clause's, as its date is */
      if (locish && !dest && m->first > c->b) {
        /* the first relative word after the trigger, looked for once */
        if (rel_first == UINT32_MAX - 1) {
          rel_first = UINT32_MAX;
          for (uint32_t q = c->b + 1; (scues & (CUEBIT(C_WHICH) | CUEBIT(C_RELATIVE))) && q <= rhi && rel_first == UINT32_MAX; q++)   /* relative_between's test */
            if ((key_in(x, q, C_WHICH) || key_in(x, q, C_RELATIVE)) &&
                !(noun && (q == c->b + 1 || (is_punct(x, q - 1, ',') && q - c->b <= 5)))) {
              /* (but past the closing comma of one on the subject noun,
              ** the place is its predicate's: "…, which Seoul condemned,
              ** ended in Tokyo") */
              if (noun && is_punct(x, q - 1, ',') && subj_close != UINT32_MAX && subj_close > q) q = subj_close;
              else rel_first = q;
            }
        }
        if (m->first > rel_first) locish = 0;
      }
      /* "Officials in Seoul expect …", "NATO's four partners in the
      ** Indo-Pacific": a place that tells where people are or come from,
      ** not where the event is (but troops in a place are deployed there) */
      if (locish && !dest && !place_mod && pgv > 0 && key_in(x, (uint32_t)pgv, C_LOCPREP) &&
          c->type != KN_EV_DEPLOYMENT && c->type != KN_EV_EXERCISE &&
          (key_in(x, (uint32_t)pgv - 1, C_PARTY_NOUNS) || key_in(x, (uint32_t)pgv - 1, C_ROLE_NOUNS) ||
           word_is(x, (uint32_t)pgv - 1, "partners")))
        locish = 0;
      /* "are now stationed at bases in the Far East, and will be sent to
      ** the front": troops are sent, moved or deployed to a place named
      ** after the verb; one before it is where they were, or another
      ** verb's */
      if (locish && !dest && c->type == KN_EV_DEPLOYMENT && !noun && m->last < c->a) locish = 0;
      if (ty != KN_ET_ORG && m->how != KN_HOW_DEMONYM && locish && !topic_place(x, c, pgv) &&
          !(ty == KN_ET_LOCATION && tk->tok[m->first].ws >= KN_WS_LINE && (tk->tok[m->first].flags & KN_TF_UPPER))) {
        uint32_t d = dest ? 1 : m->first > c->b ? m->first - c->b : c->a - m->last;
        if (owner && best_loc == (long)owner->entity) best_loc = (long)m->entity;
        else if (kind_at >= 0 && best_loc >= 0 && best_loc_at > kind_at) { best_loc = (long)m->entity; best_loc_at = m->first; }
        else if (d < best_loc_d) { best_loc_d = d; best_loc = (long)m->entity; best_loc_at = m->first; }
      }
      if (ty == KN_ET_LOCATION) { prev_excluded = 1; prev_last = m->last; continue; }
    }
    int exclude = 0;
    if (for_comma && m->last < for_comma && ty != KN_ET_LOCATION) place_prep = 0;   /* "For Yoon, the summit …" */
    /* a name right after its title ("the administration of President
    ** Donald Trump"): the word governing the title governs the name */
    int titled = i > 0 && of_mi == i - 1 && lk->m[i - 1].type == KN_ET_OFFICE && lk->m[i - 1].last + 1 == m->first &&
                 ty == KN_ET_PERSON;
    if (place_prep && gv >= 0 && key_in(x, (uint32_t)gv, C_OF)) of_mi = i;
    if (coordinated) exclude = prev_excluded;
    else if (titled) exclude = 1;
    /* "to visit the US Indo-Pacific Command": a body visited is met, a
    ** country visited is a place */
    else if (place_prep || (after_visit && ty != KN_ET_ORG)) exclude = 1;
    prev_excluded = exclude; prev_last = m->last;
    if (exclude) continue;
    int32_t ref = ref_of_mention(m);
    if (ref == -1) continue;
    /* "The Russian leader met …": the country's leader that day takes
    ** part, unless he only reports it */
    if (ty == KN_ET_COUNTRY) {
      int32_t lead = country_leader(x, i, c);
      if (lead >= 0) {
        const uint64_t near = near_cues(x, m->sent);
        if (!intro_name && reporter_maybe(x, m, near) && is_reporter(x, m, near)) continue;
        if ((st = add_part(x, (uint32_t)part0, lead))) return st;
        continue;
      }
    }
    if (qualifies_next(x, i)) continue;
    if (ty != KN_ET_PERSON && describes_person(x, m)) continue;
    if (possessor_of_other(x, i, c) && !cop_owner) continue;
    /* "the North Korean deployment", "a North Korean missile launch": a
    ** demonym before the trigger's own noun names its actor */
    if (adjectival_demonym(x, i)) continue;
    /* the gates below read the keys around the sentence (near_cues): a
    ** relation noun within three tokens after the mention, unless a hyphen
    ** joins it to others; "said" after it; a relative word in its sentence */
    const uint64_t near = near_cues(x, m->sent);
    const int hyph = m->last + 1 >= x->ntok || is_punct(x, m->last + 1, '-');
    if (((near & CUEBIT(C_RELATION)) || hyph) && relation_modifier(x, m)) continue;
    if (represented(x, m)) {
      if (n_absent < 4) absent[n_absent++] = ref;
      continue;
    }
    if (naming(x, m)) continue;
    if ((sent_cues(x, m->sent) & CUEBIT(C_RELATIVE)) && dash_aside(x, m, c)) continue;
    if (m->type != KN_ET_OFFICE && media(x, m->entity)) continue;
    if (ty == KN_ET_ORG && alias_name(x, m)) continue;
    if (!intro_name && reporter_maybe(x, m, near) && is_reporter(x, m, near)) continue;
    if (m->first > c->b && (near & CUEBIT(C_SAY)) && !stmt_verb && trailing_speaker(x, m)) continue;
    if ((st = add_part(x, (uint32_t)part0, ref))) return st;
  }
  /* "Under the measures announced on Wednesday, Washington plans …": a
  ** statement participle on the noun of an opening phrase has the subject
  ** after that phrase's comma as its speaker, when that subject acts or
  ** means to (acting_verb: "plans", "will require", "is to"), not when it
  ** undergoes the measures ("Under the tariffs announced Wednesday, Japan
  ** faces a 24 percent levy") */
  if (stmt_verb && X->nparts == part0 && c->a >= tk->sent[s].first + 2 && c->a <= tk->sent[s].first + 4 &&
      (word_is(x, tk->sent[s].first, "under") || word_is(x, tk->sent[s].first, "with")) && past_form(x, c->a)) {
    int plain = 1;
    for (uint32_t q = tk->sent[s].first + 1; q < c->a && plain; q++)
      plain = tk->tok[q].kind == KN_TK_WORD && (tk->tok[q].flags & KN_TF_LOWER);
    for (uint32_t q = c->b + 1; plain && q < tk->sent[s].last && q < c->b + 10; q++)
      if (is_punct(x, q, ',')) {
        uint32_t f = q + 1 + (uint32_t)key_in(x, q + 1, C_THE);
        size_t mi = mention_from(lk, f);
        if (mi < lk->nm && lk->m[mi].first == f && lk->m[mi].type != KN_ET_LOCATION && plain_party(x, mi) &&
            acting_verb(x, lk->m[mi].last + 1) &&
            (st = add_part(x, (uint32_t)part0, ref_of_mention(&lk->m[mi])))) return st;
        break;
      }
  }
  if (frame_count && X->nparts == part0 && (st = add_counted_persons(x, s - 1, frame_count, (uint32_t)part0)))
    return st;
  if (as_count && (st = add_persons_before(x, as_comma, as_count, (uint32_t)part0))) return st;
  if (noun && X->nparts == part0 && (scues & CUEBIT(C_POSSDET)) && (st = add_their_subject(x, c, (uint32_t)part0)))
    return st;
  if (X->nparts == part0 && (scues & CUEBIT(C_NUMWORD)) && (st = add_counted_countries(x, c, (uint32_t)part0)))
    return st;
  /* "a summit between the two": the people just named, in the trigger's
  ** sentence before it or else in the sentence before (ANNOTATION.md: a
  ** counting phrase stands for parties named there) */
  if (between_np && X->nparts == part0 && key_in(x, c->b + 2, C_THE) && c->b + 3 <= hi) {
    int n = number_word(x, c->b + 3);
    if (n && (st = add_persons_before(x, c->a, n, (uint32_t)part0))) return st;
    if (n && X->nparts == part0 && s > 0 && (st = add_counted_persons(x, s - 1, n, (uint32_t)part0))) return st;
  }
  ev.npart = (uint32_t)(X->nparts - part0);
  uint32_t sup_v = UINT32_MAX;     /* the verb of a relative clause attending the noun (support_relative) */
  {
    /* a possessor right before a noun trigger is its actor, and the only one
    ** on the left: "Pyongyang's dispatch of soldiers" */
    long p = (long)c->a - 1;
    /* modifiers, not a name: "troop deployment", "75th-anniversary summit",
    ** but not "South Korea's presidential office announced" */
    size_t mq = mention_from(lk, c->a);
    const kn_mention *left = mq > 0 ? &lk->m[mq - 1] : NULL;
    /* a place naming the route or the theatre, right after the possessor:
    ** "Hegseth's Asia trip", "the North's Yellow Sea drills" */
    if (left && c->a == c->b && left->last + 1 == c->a && left->type == KN_ET_LOCATION && left->first >= 2 &&
        tk->tok[left->first - 1].kind == KN_TK_CLITIC)
      p = (long)left->first - 1;
    /* (a hyphen joins two words into one modifier: "short-lived martial
    ** law declaration" is three) */
    for (long q = p, k = 0; q > 0 && k < 4 && !(left && left->last >= (uint32_t)q); q--, k += !is_punct(x, (uint32_t)q, '-')) {
      const kn_token *t = &tk->tok[q];
      if (!(t->kind == KN_TK_NUM || is_punct(x, (uint32_t)q, '-') ||
            (t->kind == KN_TK_WORD && (t->flags & KN_TF_LOWER) && !key_in(x, (uint32_t)q, C_SKIP) &&
             !key_in(x, (uint32_t)q, C_COORD) && !key_in(x, (uint32_t)q, C_NONPARTY_PREP) &&
             !key_in(x, (uint32_t)q, C_PARTY_PREP) && !key_in(x, (uint32_t)q, C_AUX)))) break;
      if (tk->tok[q - 1].kind == KN_TK_CLITIC) { p = q - 1; break; }
    }
    int32_t ally = p > 1 && tk->tok[p].kind == KN_TK_CLITIC ? alliance_nato(x, (uint32_t)p - 1) : -1;
    if (ally >= 0 && (st = add_part(x, (uint32_t)part0, ally))) return st;      /* "the alliance's summit" */
    if (ally < 0 && p > 0 && tk->tok[p].kind == KN_TK_CLITIC) {
      /* mentions do not overlap: only the last one starting before p can end there */
      size_t i0 = mention_from(lk, (uint32_t)p);
      for (size_t i = i0 ? i0 - 1 : lk->nm; i < i0; i++) {
        const kn_mention *m = &lk->m[i];
        if (m->last + 1 != (uint32_t)p) continue;
        int32_t ref = ref_of_mention(m);
        if (ref == -1 || m->type == KN_ET_LOCATION) break;
        if (m->type == KN_ET_COUNTRY) {                   /* "Russia's leader met …" */
          int32_t lead = country_leader(x, i, c);
          if (lead >= 0) ref = lead;
        }
        if ((st = sole_left_actor(x, c, part0, rhi, ref))) return st;
        break;
      }
    } else if (noun && ally < 0) {
      /* "Seoul, Tokyo slam N. Korea missile launch": so is a country
      ** named before the noun's modifiers (premodifier_actor) */
      size_t pm = premodifier_actor(x, c);
      int32_t ref = pm != SIZE_MAX ? ref_of_mention(&lk->m[pm]) : -1;
      if (ref != -1 && (st = sole_left_actor(x, c, part0, rhi, ref))) return st;
    }
    /* "he" or "she" as the subject: the last person named before the clause */
    if ((scues & CUEBIT(C_HE)) && lo < c->a && judge_at == UINT32_MAX - 1) judge_at = judging_verb(x, c, judge_lo, judge_hi);
    for (uint32_t q = lo; (scues & CUEBIT(C_HE)) && q < c->a && judge_at == UINT32_MAX; q++) {    /* "he called the launch a …": a judge */
      if (!key_in(x, q, C_HE)) continue;
      /* "he expected the units to arrive": the subject of a verb of saying
      ** or thinking is the source, not a party of what it tells */
      if (q + 1 < c->a && (key_in(x, q + 1, C_REPORTING) || key_in(x, q + 1, C_THINK))) break;
      int32_t who = subject_person(x, q);
      if (who != -1 && (st = add_part(x, (uint32_t)part0, who))) return st;
      break;
    }
    /* "Yoon and Kishida held talks, their first since the G7 summit in
    ** May": the ones "their" stands for, the parties of the event the
    ** phrase describes, took part in the event they count from */
    if ((noun || named_trigger(x, c->a, c->b)) && prev_any && prev_any->sent == s && prev_any->npart > 0 && c->a >= 3) {
      long q = since_before(x, c->a, tk->sent[s].first);
      if (q >= 2 &&
          (word_is(x, (uint32_t)q - 1, "first") || word_is(x, (uint32_t)q - 1, "second") ||
           word_is(x, (uint32_t)q - 1, "third") || word_is(x, (uint32_t)q - 1, "last")) &&
          word_is(x, (uint32_t)q - 2, "their"))
        for (uint32_t k = 0; k < prev_any->npart; k++)
          if ((st = add_part(x, (uint32_t)part0, X->parts[prev_any->part + k]))) return st;
    }
    /* "His visit to Brussels will run …", "her first trip abroad": "his"
    ** or "her" owning a noun trigger stands for the person "he" would */
    if (noun && c->a == c->b) {
      uint32_t q = his_her_owner(x, c->a);
      int32_t who = -1;
      if (q != UINT32_MAX) {
        /* "Following his talks with Kishida, Yoon attended …": in a fronted
        ** phrase, the main clause's subject, named right after its comma */
        if (lo == tk->sent[s].first && hi + 2 <= tk->sent[s].last && (x->mark[hi + 1] & CL_CLOSE)) {
          size_t i = mention_at(x, x->lk, hi + 2);
          if (i < x->lk->nm && x->lk->m[i].first == hi + 2) {
            const kn_mention *m = &x->lk->m[i];
            if (m->type == KN_ET_OFFICE && m->holder != -1) who = m->holder;
            else if (m->type == KN_ET_PERSON) who = m->entity;
          }
        }
        if (who == -1) who = subject_person(x, q);
      }
      if (who != -1 && (st = add_part(x, (uint32_t)part0, who))) return st;
    }
    /* "the NATO summit in The Hague, which he attended": a relative clause
    ** on a noun trigger whose subject is "he" or "she" names a party, the
    ** person that pronoun stands for */
    for (uint32_t q = c->b + 1; noun && (scues & CUEBIT(C_HE)) && q + 2 <= hi; q++) {
      if (!(is_punct(x, q, ',') && key_in(x, q + 1, C_WHICH) && key_in(x, q + 2, C_HE))) continue;
      int32_t who = subject_person(x, q + 2);
      if (who != -1 && (st = add_part(x, (uint32_t)part0, who))) return st;
      break;
    }
    /* "The summit, which Yoon Suk Yeol will attend, opens …": the subject
    ** of a relative clause whose verb attends, hosts or holds the noun takes
    ** part in it; the verb is a support verb, the same happening (a
    ** country or body only places the one named after it) */
    size_t rm0, rm1;
    if (noun && (c->type == KN_EV_MEETING || c->type == KN_EV_TALKS) && (scues & CUEBIT(C_WHICH)) &&
        support_relative(x, c->b, tk->sent[s].last, &rm0, &rm1, &sup_v))
      for (size_t i = rm0; i < rm1; i++) {
        const kn_mention *m = &x->lk->m[i];
        if (qualifies_next(x, i)) continue;
        int32_t ref = ref_of_mention(m);
        if (ref != -1 && (st = add_part(x, (uint32_t)part0, ref))) return st;
      }
    /* "Yoon told Rutte during a phone call that …", "Cho said at the
    ** talks that …": whoever speaks during a call or meeting takes part;
    ** "the spokesperson said in a written briefing that …", "the ministry
    ** said in a statement": a statement's speaker is who makes it */
    int said_in = noun && (c->type == KN_EV_STATEMENT || c->type == KN_EV_BRIEFING);
    if (c->a == c->b && (consult_family(c->type) || said_in)) {
      long v = (long)c->a - 1, first = (long)tk->sent[s].first;
      /* "Austin told reporters after the talks that …": one speaks to the
      ** press after a meeting one took part in */
      int after = 0;
      for (int k = 0; k < 4 && v > first && tk->tok[v].kind == KN_TK_WORD && (tk->tok[v].flags & KN_TF_LOWER) &&
           !key_in(x, (uint32_t)v, C_PP_PREP_INTRO) && !(after = !said_in && word_is(x, (uint32_t)v, "after")); k++) v--;
      if (v > first && (key_in(x, (uint32_t)v, C_PP_PREP_INTRO) || after)) {
        v--;
        int told = 0;                     /* an addressee stepped over */
        if (after && v > first && key_in(x, (uint32_t)v, C_ADDRESSEE) && (tk->tok[v].flags & KN_TF_LOWER) &&
            !key_in(x, (uint32_t)v, C_THE)) { v--; told = 1; }   /* "told reporters" */
        size_t mi = mention_from(lk, (uint32_t)v + 1);
        if (mi > 0 && lk->m[mi - 1].last == (uint32_t)v && (lk->m[mi - 1].type == KN_ET_PERSON ||
                                                             lk->m[mi - 1].type == KN_ET_OFFICE)) {
          v = (long)lk->m[mi - 1].first - 1;                              /* whom one tells */
          mi--;
          told = 1;
        }
        /* after the talks, only telling someone says one was at them: "Kim
        ** Yo Jong said after the talks between … that …" speaks of them */
        if (after && !(told && key_in(x, (uint32_t)v, C_TELL))) mi = 0;
        if (v > first && (key_in(x, (uint32_t)v, C_TELL) || key_in(x, (uint32_t)v, C_SAY)) && mi > 0 &&
            lk->m[mi - 1].last + 1 == (uint32_t)v && (lk->m[mi - 1].type == KN_ET_PERSON ||
                                                      (lk->m[mi - 1].type == KN_ET_OFFICE && lk->m[mi - 1].holder != -1) ||
                                                      (said_in && (lk->m[mi - 1].type == KN_ET_ORG ||
                                                                   lk->m[mi - 1].type == KN_ET_COUNTRY) &&
                                                       !media(x, lk->m[mi - 1].entity))) &&
            (st = add_part(x, (uint32_t)part0, ref_of_mention(&lk->m[mi - 1])))) return st;
      }
    }
    /* "the summit at Camp David last August, where Biden, Yoon and
    ** Kishida agreed …", "a session of the North Atlantic Council, where a
    ** team headed by Hong Jang-won laid out …": whoever the "where" clause
    ** on a noun trigger names as its subject met there; so does one on a
    ** named meeting ("the NATO summit under way in Vilnius, where South
    ** Korea's president is a guest") */
    if (noun && (c->a == c->b || named_trigger(x, c->a, c->b))) {
      uint32_t end = tk->sent[s].last, w = UINT32_MAX;
      for (uint32_t q = c->b + 1; q + 1 <= end && q < c->b + 14 && q < c->next_a; q++)
        if (is_punct(x, q, ',')) {
          if (word_is(x, q + 1, "where")) w = q + 1;
          break;
        }
      size_t mi = w != UINT32_MAX ? mention_from(lk, w + 1) : lk->nm;
      int appos = 0;                   /* 1: inside an apposition, 2: past its end */
      /* the subject ends before the clause's trigger ("where he held joint
      ** talks with Rubio": no subject named, and the talks' partners are
      ** theirs) and at a pronoun subject */
      for (uint32_t q = w + 1; w != UINT32_MAX && q <= end && q < w + 24 && q < c->next_a; q++) {
        if (key_in(x, q, C_HE) || key_in(x, q, C_PRONOUN)) break;
        while (mi < lk->nm && lk->m[mi].last < q) mi++;
        if (mi < lk->nm && lk->m[mi].first <= q) {            /* a name */
          if (plain_party(x, mi) && (lk->m[mi].type == KN_ET_PERSON || lk->m[mi].type == KN_ET_OFFICE ||
                                     !describes_person(x, &lk->m[mi])) &&
              (st = add_part(x, (uint32_t)part0, ref_of_mention(&lk->m[mi])))) return st;
          q = lk->m[mi].last;
          continue;
        }
        const kn_token *t = &tk->tok[q];
        /* the verb: a past form or an auxiliary, not a participle before
        ** "by" ("a team headed by Hong"), or a word after the comma that
        ** closes an apposition ("Hong, first deputy director of the NIS,
        ** laid out …") */
        if (t->kind == KN_TK_WORD && (t->flags & KN_TF_LOWER) &&
            (key_in(x, q, C_AUX) || (past_form(x, q) && !(q + 1 <= end && key_in(x, q + 1, C_BY))) ||
             (appos == 2 && is_punct(x, q - 1, ',')))) break;
        if (is_punct(x, q, ',') && q + 1 <= end) {
          if (appos == 1) appos = 2;
          else if (mi > 0 && lk->m[mi - 1].last + 1 == q && (tk->tok[q + 1].flags & KN_TF_LOWER) &&
                   !key_in(x, q + 1, C_COORD)) appos = 1;
        }
        if (t->kind == KN_TK_PUNCT && !is_punct(x, q, ',') && !is_punct(x, q, '.') && !is_dash(x, q)) break;
      }
    }
    /* "Yoon to attend NATO summit", "Cho meets Belgian, EU foreign policy
    ** chiefs": a headline names people by the family name alone, before
    ** the body names them in full; such a word is that person */
    if (s == 0 && x->body) {
      size_t mi = mention_from(lk, lo);
      for (uint32_t q = lo; q <= rhi; q++) {
        while (mi < lk->nm && lk->m[mi].last < q) mi++;
        if (mi < lk->nm && lk->m[mi].first <= q) continue;                 /* a mention */
        if (q == c->a || tk->tok[q].kind != KN_TK_WORD || (tk->tok[q].flags & KN_TF_LOWER) ||
            (tk->tok[q].flags & KN_TF_UPPER) || (q > 0 && key_in(x, q - 1, C_NONPARTY_PREP))) continue;
        int32_t who = surname_person(x, q);
        if (who != -1 && (st = add_part(x, (uint32_t)part0, who))) return st;
      }
    }
    /* "Seoul and the alliance are expected to adopt", "a gathering of the
    ** alliance's foreign ministers": "the alliance" joined to a party, or
    ** owning the role noun of the trigger's "of" phrase */
    for (uint32_t q = lo + 1; (sfl & SF_ALLY) && q <= rhi; q++) {
      /* (its key first, one compare: most words of 8 bytes are others) */
      if (!word_is(x, q, "alliance")) continue;
      int32_t nato = alliance_nato(x, q);
      if (nato < 0) continue;
      int joined = 0;                  /* "X and the alliance", X a party */
      if (q >= 3 && key_in(x, q - 2, C_COORD)) {
        size_t mi = mention_from(lk, q - 2);
        const kn_mention *m = mi > 0 ? &lk->m[mi - 1] : NULL;
        if (m && m->last + 3 == q) {
          int32_t r = ref_of_mention(m);
          for (size_t k = part0; k < X->nparts && !joined; k++) joined = X->parts[k] == r;
        }
      }
      int owner = q == c->b + 3 && key_in(x, c->b + 1, C_OF) && q + 2 <= rhi &&   /* "of the alliance's …" */
                  tk->tok[q + 1].kind == KN_TK_CLITIC;
      if ((joined || owner) && (st = add_part(x, (uint32_t)part0, nato))) return st;
    }
    /* "would brief allies in Brussels", "agreed by allies", "a session …
    ** for the alliance's partners": NATO's members, after the trigger as
    ** its object, its agent or with a preposition of parties */
    for (uint32_t q = c->b + 1; (sfl & SF_ALLY) && q <= rhi && !(subj_np && !include_at); q++) {
      uint32_t f = q, e = bare_allies(x, q);
      if (e == UINT32_MAX && tk->tok[q].len == 8 && alliance_nato(x, q) >= 0) {
        e = alliance_sides(x, q);
        f = q - 1;
      }
      if (e == UINT32_MAX || e > rhi || f <= c->b || (include_at && f < include_at)) continue;
      int party = (f == c->b + 1 && !noun) || key_in(x, f - 1, C_PARTY_PREP) ||
                  (first_is(x, f - 1, 'f') && word_is(x, f - 1, "for"));
      int32_t nato = party ? nato_named_before(x, q) : -1;
      if (nato >= 0 && (st = add_part(x, (uint32_t)part0, nato))) return st;
      q = e;
    }
    /* "For Yoon, who has attended every summit since taking office, the
    ** gathering was …": the clause of the subject trigger starts after the
    ** relative clause, yet the opening "For" phrase names its party */
    if (for_comma && lo > tk->sent[s].first + 1) {
      size_t mi = mention_from(lk, tk->sent[s].first + 1);
      if (mi < lk->nm && lk->m[mi].first == tk->sent[s].first + 1 && lk->m[mi].last < for_comma &&
          lk->m[mi].first < lo && plain_party(x, mi) && (st = add_part(x, (uint32_t)part0, ref_of_mention(&lk->m[mi]))))
        return st;
    }
    /* "Cho met Rutte after visiting Brussels", "While visiting Washington,
    ** Kim met Austin": a participle after a word of time has no subject of
    ** its own; it is the subject of the clause it hangs on, the one after
    ** its comma when it opens the sentence, else the one of the event told
    ** before it in the sentence (its parties named before its trigger) */
    if (!noun && c->a == c->b && c->a > tk->sent[s].first && key_in(x, c->a - 1, C_BOUNDARY_WORDS) && ing_form(x, c->a) &&
        word_in(x, c->a - 1, SUBORD_ING)) {
      if (c->a - 1 == tk->sent[s].first) {
        if (hi + 2 <= tk->sent[s].last && (x->mark[hi + 1] & CL_CLOSE) &&
            (st = add_name_run(x, hi + 2, c->next_a, (uint32_t)part0))) return st;
      } else if (prev_any && prev_any->sent == s && prev_any->last + 1 < c->a) {
        /* not across another clause's subject: that clause's names, or none */
        const kn_event *pe = prev_any;
        uint32_t hf = 0, he = 0;
        uint32_t pcs = clause_start(x, pe->first, 0);
        int host = ing_host(x, pcs, pe->first, pe->last, c->a, &hf, &he);
        if (host == 0 && (st = add_name_run(x, hf, he, (uint32_t)part0))) return st;
        size_t m0 = host == 1 ? mention_from(lk, pcs) : lk->nm;
        for (uint32_t k = 0; k < pe->npart; k++) {
          int32_t r = X->parts[pe->part + k];
          int subj = 0;
          for (size_t i = m0; i < lk->nm && lk->m[i].last < pe->first && !subj; i++) subj = ref_of_mention(&lk->m[i]) == r;
          if (subj && (st = add_part(x, (uint32_t)part0, r))) return st;
        }
      }
    }
    if (sub_names != UINT32_MAX && (st = add_name_run(x, sub_names, tk->sent[s].last + 1, (uint32_t)part0))) return st;
    /* "Yoon, who took part in the Madrid summit": the person the relative
    ** clause is about is its subject */
    if (lo >= 2 && lo < c->a && key_in(x, lo, C_WHO) && is_punct(x, lo - 1, ',') && ends_person(x, lo - 2)) {
      const kn_mention *m = &lk->m[mention_from(lk, lo - 1) - 1];
      if ((st = add_part(x, (uint32_t)part0, ref_of_mention(m)))) return st;
    }
    /* "…, Pyongyang, which has since sent troops to Russia": so is the
    ** country or body a "which" clause is about, when the clause's verb
    ** follows "which" with only auxiliaries and adverbs between, and is
    ** active ("which was fired" tells what was done to the noun) */
    if (!noun && lo >= 2 && lo < c->a && c->a <= lo + 4 && word_is(x, lo, "which") && is_punct(x, lo - 1, ',')) {
      int plain = 1;
      for (uint32_t q = lo + 1; q < c->a && plain; q++)
        plain = (key_in(x, q, C_AUX) && !word_in(x, q, BE_FORMS)) || key_in(x, q, C_ADVERB) || since_adverb(x, q);
      const kn_mention *m = plain ? mention_ending(x, lo - 2) : NULL;
      if (m && (m->type == KN_ET_COUNTRY || m->type == KN_ET_ORG)) {
        int32_t ref = ref_of_mention(m);
        if (ref != -1 && (st = add_part(x, (uint32_t)part0, ref))) return st;
      }
    }
    ev.npart = (uint32_t)(X->nparts - part0);
  }
  ev.location = best_loc >= 0 ? (int32_t)best_loc : -1;
  /* "the departure of now-former defense minister Kim Yong-hyun, who
  ** stepped down": a departure of someone with no place to go to or leave
  ** is leaving a post, no trip ("his departure for Brussels" is one) */
  if (c->type == KN_EV_VISIT && c->a == c->b && word_is(x, c->a, "departure") && word_is(x, c->b + 1, "of") &&
      ev.location < 0) {
    int place = 0;
    for (size_t i = mention_from(lk, c->b + 2); i < lk->nm && lk->m[i].first <= hi && !place; i++)
      place = lk->m[i].type == KN_ET_LOCATION || lk->m[i].type == KN_ET_COUNTRY;
    if (!place) { X->nparts = part0; return KN_OK; }
  }
  /* the date: the nearest date or time of the clause; day-granular ones
  ** first, and not one introduced by a signal of another relation (since,
  ** until, by, …) */
  const kn_timex *best = NULL, *end_tx = NULL;
  /* "a system that went into operation in December, and the Freedom Edge
  ** exercise, first staged … in June": a date before the ", and" that
  ** opens the trigger's conjunct is the other conjunct's; one of its own
  ** conjunct comes first */
  /* (conj, and inf_to below, weigh only dates before the trigger, where
  ** both lie: found when the first such date asks, UINT32_MAX - 1 until
  ** then; most clauses have none) */
  uint32_t conj = UINT32_MAX - 1;
  size_t days[4];                  /* candidates dated to a day */
  int nday = 0;
  uint32_t inf_to = UINT32_MAX - 1;
  /* ... and a past verb of going, the other way: a date after its
  ** purpose infinitive and after the publication day is the purpose's
  ** ("traveled to Seoul to prepare for talks in November", published in
  ** October: November is not the trip's; "visited the White House to
  ** meet Biden on Tuesday" is one day's) */
  uint32_t purpose = UINT32_MAX;
  if (!noun && c->type == KN_EV_VISIT && x->day && c->a == c->b && (past_form(x, c->a) || word_in(x, c->a, WENT)))
    for (uint32_t q = c->b + 1; q + 1 <= hi && q + 1 < tk->ntok && q < c->b + 10; q++) {
      if (tk->tok[q].kind == KN_TK_PUNCT && !is_punct(x, q, '-')) break;
      if (key_in(x, q, C_TO) && (tk->tok[q + 1].flags & KN_TF_LOWER) && tk->tok[q + 1].kind == KN_TK_WORD &&
          !key_in(x, q + 1, C_SKIP) && !key_in(x, q + 1, C_DEFINITE) && !in_timex(x, q + 1)) {
        purpose = q;
        break;
      }
    }
  uint32_t bestd = UINT32_MAX;
  size_t besti = 0;
  const kn_timex *end_verb = NULL;   /* the first date after a verb of ending */
  for (size_t i = x->tg ? timex_from(x->tg, lo) : 0; x->tg && i < x->tg->ntx; i++) {
    const kn_timex *t = &x->tg->tx[i];
    if (t->first > hi) break;
    if (t->sent != s) continue;
    if (t->type != KN_TX_DATE && t->type != KN_TX_TIME) continue;
    if (vague(t->value) || in_dateline(x, t) || owns_other(x, t, c->a, c->b)) continue;
    /* "The ministerial will lay the groundwork for the summit in July":
    ** past another trigger, a subject's predicate dates that one */
    if (subj_np && t->first > c->next_a && (t->first < rel_close || t->first > next_main)) continue;
    /* "are deployed in Russia's Kursk region, following a detailed
    ** briefing … on Tuesday": past a later trigger that a sequence word
    ** sets before or after this one, a date is that one's */
    if (c->next_a != UINT32_MAX && t->first > c->next_a && sequence_object(x, c->next_a)) continue;
    /* "North Korea's dispatch of troops", "the troop deployment": a state
    ** of affairs named as an object; a date before it is the other event's */
    if (state_noun && t->last < c->a) continue;
    /* "met on Thursday on the sidelines of the NATO summit": the day is
    ** the meeting's, not the summit's */
    if ((framing || frame != UINT32_MAX) && t->last < c->a && (t->type == KN_TX_TIME || day_of(t->value)))
      continue;   /* a month covers both */
    /* "The summit was brought forward from Jan. 15 to Dec. 10", "moved
    ** from Tuesday to Thursday": the day it was moved from is no longer
    ** its day */
    if (moved_from(x, t)) continue;
    /* "The summit was confirmed for Friday": the day it is set for is not
    ** the confirming's */
    if (c->type == KN_EV_STATEMENT && t->first == c->b + 2 && word_is(x, c->b + 1, "for")) continue;
    /* "The pact expired on Friday": an agreement was made before it ran
    ** out; that day is no date of it */
    if (c->type == KN_EV_AGREEMENT && verb_before(x, t, EXPIRE) && own_clause(x, c, t)) continue;
    if (t->first > 0 && (key_in(x, t->first - 1, C_END) ||
                         (t->first > 1 && key_in(x, t->first - 2, C_END) && key_in(x, t->first - 1, C_PP_PREP))) &&
        !put_off_day(x, t)) {
      if (!end_tx && t->type == KN_TX_DATE) end_tx = t;    /* "ends (on) Aug. 31", "through March 20" */
      /* "The summit in Riga ended on Friday": a verb that ends the event
      ** after it dates it when nothing else does (ANNOTATION.md); "through
      ** March 20" bounds a span only */
      /* but not an agreement's own end: "The accord ended on Friday" tells
      ** when it ceased to hold ("concluded on Friday", "as the talks
      ** ended on Friday" tell when it was made) */
      if (!end_verb && t->first > c->b + 1 && !key_in(x, t->first - 1, C_THROUGH) &&
          !(t->first > 1 && key_in(x, t->first - 2, C_THROUGH)) &&
          !(c->type == KN_EV_AGREEMENT && verb_before(x, t, CEASE) && own_clause(x, c, t)))
        end_verb = t;
      continue;
    }
    /* "a bilateral meeting in which they took stock of the declaration
    ** adopted in April", "adopted a vision that looks ahead to its
    ** centennial in 2053": a relative clause after the trigger tells of
    ** something else, its date too; not one on a noun trigger, right after
    ** it or its comma, which tells of the event ("the summit, which runs
    ** …", "the meeting that officials held in Washington last week") */
    if ((scues & (CUEBIT(C_WHICH) | CUEBIT(C_RELATIVE))) && relative_between(x, noun, c->b, t->first)) continue;
    if (noun && time_of_earlier(x, t, s, c)) continue;
    if ((scues & CUEBIT(C_RELATIVE)) && (t->last < c->a ? relative_before(x, t->first, t->last, c->a)
                                                         : relative_before(x, c->a, c->b, t->first))) continue;
    if (t->last < c->a && saying_time(x, t)) continue;
    uint32_t d = t->first > c->b ? t->first - c->b : (c->a > t->last ? c->a - t->last : 0);
    if (purpose != UINT32_MAX && t->first > purpose) {
      int32_t p0, p1;
      if (kn_date_range(t->value, strlen(t->value), &p0, &p1) != KN_GRAN_NONE && p0 > x->day) continue;
    }
    if (t->last < c->a) {
      if (inf_to == UINT32_MAX - 1) {
        conj = conjunct_and(x, c, lo, scues);
        inf_to = dated_infinitive(x, c, noun, lo, hi);
      }
      if (conj && t->last < conj) d += 16;
      if (inf_to != UINT32_MAX && t->last < inf_to) d += 16;   /* the governing verb's date */
    }
    size_t vl = strlen(t->value);
    if (vl == 4) d += 8;                 /* a year alone */
    else if (vl == 7) d += 4;            /* a month */
    if (t->first > 0 && key_in(x, t->first - 1, C_OTHER_SIGNAL) && !(t->flags & KN_XF_RANGE_FROM) &&
        !put_off_day(x, t)) {
      /* "since April", "by December", "until 2027" bound a period or a
      ** deadline; they never date the event itself (but "postponed until
      ** Nov. 8" gives its new day) */
      if (key_in(x, t->first - 1, C_BOUND_SIGNAL)) continue;
      d += 12;
    }
    /* "for the NATO summit, which he attended on July 11 and 12": a day
    ** right after the verb of a clause that attends the noun is the
    ** noun's, before any day of the clause the noun hangs on */
    if (sup_v != UINT32_MAX && (t->first == sup_v + 1 || (t->first == sup_v + 2 && key_in(x, sup_v + 1, C_PP_PREP))))
      d = 0;
    if (d < bestd) { bestd = d; best = t; besti = i; }
    if (vl == 10 && nday < 4) days[nday++] = i;
  }
  /* "later this week for a summit …, this Friday", "in August … on
  ** Aug. 18": a day of the clause within the period chosen says more */
  if (best && strlen(best->value) != 10 && best->last < c->a)
    for (int k = 0; k < nday; k++) {
      const kn_timex *t = &x->tg->tx[days[k]];
      if (t->first <= c->b || !day_within(t->value, best->value)) continue;
      /* the trigger's phrase up to the day, with no verb of its own
      ** between ("…, making a stop in Hawaii on Monday" dates the stop) */
      int verb = 0;
      for (uint32_t q = c->b + 1; q < t->first && !verb; q++) {
        const kn_token *w = &tk->tok[q];
        verb = key_in(x, q, C_AUX) || key_in(x, q, C_TO) || past_form(x, q) ||
               (w->kind == KN_TK_WORD && w->len > 4 && is_punct(x, q - 1, ',') &&   /* ", making" */
                !memcmp(x->text + w->start + w->len - 3, "ing", 3));
      }
      if (!verb) { best = t; besti = days[k]; }
      break;
    }
  if (!best && lo >= 2 && key_in(x, lo - 1, C_WHEN)) {
    /* "the first since September 2021, when they last gathered in Seoul",
    ** "last month when Putin visited": the time "when" refers back to */
    uint32_t p = lo - 2;
    if (is_punct(x, p, ',') && p > 0) p--;
    size_t i = x->tg ? timex_from(x->tg, p + 1) : 0;
    if (i > 0 && x->tg->tx[i - 1].last == p && x->tg->tx[i - 1].sent == s) {
      const kn_timex *t = &x->tg->tx[i - 1];
      if ((t->type == KN_TX_DATE || t->type == KN_TX_TIME) && !vague(t->value)) { best = t; besti = i - 1; }
    }
  }
  /* "the trade deals reached when Lee and Trump met in Gyeongju on Oct
  ** 29": a participle on a noun, right before "when", took place at the
  ** time of the "when" clause, and that clause's subject made it; only
  ** for a deal made: "the troops deployed when Russia invaded …" or "the
  ** missiles fired when … began drills" were not sent by the clause's
  ** subject, nor at its time */
  if (!noun && ev.type == KN_EV_AGREEMENT && c->a == c->b && c->a > tk->sent[s].first && past_form(x, c->a) && word_is(x, c->b + 1, "when") &&
      tk->tok[c->a - 1].kind == KN_TK_WORD && (tk->tok[c->a - 1].flags & KN_TF_LOWER) &&
      !key_in(x, c->a - 1, C_AUX) && !key_in(x, c->a - 1, C_PRONOUN) && !key_in(x, c->a - 1, C_ADVERB) &&
      !key_in(x, c->a - 1, C_HE) && !key_in(x, c->a - 1, C_IT) && !ends_ly(x, c->a - 1)) {
    uint32_t end = tk->sent[s].last, q = c->b + 2;
    size_t mi = mention_from(lk, q);
    int none = X->nparts == part0;     /* a participle's own agent ("by …") wins */
    for (; q <= end && q < c->b + 14 && tk->tok[q].kind != KN_TK_PUNCT; q++) {     /* the subject, up to its verb */
      while (mi < lk->nm && lk->m[mi].last < q) mi++;
      if (mi < lk->nm && lk->m[mi].first <= q) {
        if (none && plain_party(x, mi) && (st = add_part(x, (uint32_t)part0, ref_of_mention(&lk->m[mi])))) return st;
        q = lk->m[mi].last;
        continue;
      }
      if ((tk->tok[q].flags & KN_TF_LOWER) && !key_in(x, q, C_COORD)) break;
    }
    ev.npart = (uint32_t)(X->nparts - part0);
    /* and where: "met in Gyeongju" */
    for (q++; ev.location < 0 && q + 1 <= end && q < c->b + 16 && tk->tok[q].kind != KN_TK_PUNCT; q++) {
      if (!key_in(x, q, C_LOCPREP)) continue;
      size_t li = mention_from(lk, q + 1);
      if (li < lk->nm && lk->m[li].first == q + 1 && lk->m[li].type == KN_ET_LOCATION) ev.location = lk->m[li].entity;
    }
    for (size_t i = x->tg ? timex_from(x->tg, c->b + 2) : 0; x->tg && i < x->tg->ntx; i++) {
      const kn_timex *t = &x->tg->tx[i];
      if (t->sent != s || t->first > c->b + 16) break;
      uint32_t stop = 0;
      for (uint32_t k = c->b + 2; k < t->first && !stop; k++) stop = is_punct(x, k, ';') || is_punct(x, k, ',');
      if (stop) break;
      if ((t->type == KN_TX_DATE || t->type == KN_TX_TIME) && !vague(t->value)) {
        if (!best || best->last < c->a) { best = t; besti = i; }
        break;
      }
    }
  }
  /* "Seoul and Tokyo signed the accord when Lee visited Tokyo in June
  ** 2025", "held talks with Kishida when he visited Seoul on Tuesday": a
  ** verb (or the noun of a support verb) with no time of its own, its
  ** object and then a "when" clause, happened at that clause's time (its first date or time, not one that bounds it:
  ** "since 2022"); not "at a time when …" */
  /* (not a participle on a noun, "the troops deployed when Russia
  ** invaded": the deal of that kind is the block above's) */
  if (!best && x->tg && c->a == c->b && (scues & CUEBIT(C_WHEN)) && (!noun || support_verb_before(x, c->a) >= 0) &&
      !(!noun && c->a > tk->sent[s].first && tk->tok[c->a - 1].kind == KN_TK_WORD &&
        (tk->tok[c->a - 1].flags & KN_TF_LOWER) && !key_in(x, c->a - 1, C_AUX) && !key_in(x, c->a - 1, C_PRONOUN) &&
        !key_in(x, c->a - 1, C_ADVERB) && !key_in(x, c->a - 1, C_HE) && !key_in(x, c->a - 1, C_IT) &&
        !key_in(x, c->a - 1, C_COORD) && !ends_ly(x, c->a - 1))) {
    static const char *const TIME_NOUNS[] = { "time", "times", "moment", "day", "days", "year", "years", "period",
      NULL };
    uint32_t end = tk->sent[s].last, q = c->b + 1;
    while (q <= end && q < c->b + 16 && !key_in(x, q, C_WHEN) &&
           (tk->tok[q].kind != KN_TK_PUNCT || is_glued_hyphen(x->text, tk->tok, q, tk->ntok)) && !in_timex(x, q))
      q++;
    if (q <= end && q < c->b + 16 && key_in(x, q, C_WHEN) && !word_in(x, q - 1, TIME_NOUNS))
      for (size_t i = timex_from(x->tg, q + 1); i < x->tg->ntx; i++) {
        const kn_timex *t = &x->tg->tx[i];
        if (t->sent != s || t->first > q + 16) break;
        int stop = 0;
        for (uint32_t k = q + 1; k < t->first && !stop; k++)
          stop = (tk->tok[k].kind == KN_TK_PUNCT && !is_glued_hyphen(x->text, tk->tok, k, tk->ntok)) ||
                 key_in(x, k, C_WHEN);
        if (stop) break;
        if ((t->type != KN_TX_DATE && t->type != KN_TX_TIME) || vague(t->value)) continue;
        if (t->first > 0 && key_in(x, t->first - 1, C_OTHER_SIGNAL)) break;
        best = t; besti = i;
        break;
      }
  }
  /* "North Korea fired a missile on Monday as Blinken held talks in
  ** Seoul": an event of a clause opened by "as" or "while" after a main
  ** clause, with no time of its own, happened at the main clause's time
  ** (its last date before the conjunction). Only a clause whose subject,
  ** a name, follows the conjunction ("as secretary of state", "as well
  ** as", "such as" open none) */
  if (!best && x->tg) {
    const uint32_t first = tk->sent[s].first;
    uint32_t asc = UINT32_MAX;
    for (uint32_t q = c->a; q > first + 2 && q + 8 > c->a; q--) {
      const kn_token *w = &tk->tok[q - 1];
      if (w->kind == KN_TK_PUNCT) break;
      if (key_in(x, q - 1, C_WHEN) || key_in(x, q - 1, C_RELATIVE) || key_in(x, q - 1, C_THAT)) break;
      if ((word_is(x, q - 1, "as") || word_is(x, q - 1, "while")) && (w->flags & KN_TF_LOWER)) { asc = q - 1; break; }
    }
    if (asc != UINT32_MAX && !word_is(x, asc - 1, "such") && !word_is(x, asc - 1, "well") &&
        !word_is(x, asc - 1, "just") && !word_is(x, asc - 1, "so")) {
      size_t mi = mention_from(lk, asc + 1);
      int subj = mi < lk->nm && lk->m[mi].first == asc + 1 &&
                 (lk->m[mi].type == KN_ET_PERSON || lk->m[mi].type == KN_ET_COUNTRY || lk->m[mi].type == KN_ET_ORG ||
                  lk->m[mi].type == KN_ET_OFFICE) &&
                 lk->m[mi].last < c->a;
      if (subj)
        for (size_t i = timex_from(x->tg, asc); i-- > 0;) {
          const kn_timex *t = &x->tg->tx[i];
          if (t->sent != s || t->last >= asc) { if (t->sent != s) break; continue; }
          if ((t->type != KN_TX_DATE && t->type != KN_TX_TIME) || vague(t->value) || in_dateline(x, t)) continue;
          if (t->first > 0 && key_in(x, t->first - 1, C_OTHER_SIGNAL)) break;
          best = t; besti = i;
          break;
        }
    }
  }
  int where_dated = 0;
  if (!best && lo >= 3 && x->tg && word_is(x, lo - 1, "where") && is_punct(x, lo - 2, ',')) {
    /* "the summit at Camp David last August, where Biden, Yoon and Kishida
    ** agreed …", "will visit Brussels this week for a meeting …, where he
    ** is expected to hold talks": what happens at the place or meeting the
    ** clause before tells of happens in its time, the nearest date of
    ** that clause (not one that bounds it: "since 2022") */
    uint32_t from = tk->tok[lo - 3].sent == s ? clause_start(x, lo - 3, 0) : 0;   /* (else no timex of s is before it) */
    for (size_t i = timex_from(x->tg, lo - 2); i-- > 0;) {
      const kn_timex *t = &x->tg->tx[i];
      if (t->sent != s || t->first < from) break;
      if ((t->type != KN_TX_DATE && t->type != KN_TX_TIME) || vague(t->value) || in_dateline(x, t)) continue;
      if (t->first > 0 && key_in(x, t->first - 1, C_OTHER_SIGNAL)) continue;
      best = t; besti = i; where_dated = 1;
      break;
    }
  }
  /* "On Thursday, the ministry said, Seoul and Warsaw signed …": a date
  ** that opens the sentence before an attribution set off by commas is
  ** the clause's after it */
  if (!best && x->tg) best = fronted_date(x, lo, &besti);
  /* "the summit at Camp David last August, where Biden, Yoon and Kishida
  ** agreed …": what a "where" clause on an event tells happened then and
  ** there, at the event's place and, when the clause before gave no date
  ** of its own (best, which wins below), on its date */
  if (lo >= 2 && word_is(x, lo - 1, "where") && is_punct(x, lo - 2, ',') && X->nev > 0 &&
      X->ev[X->nev - 1].sent == s && X->ev[X->nev - 1].date[0] && where_on(x, &X->ev[X->nev - 1], lo - 2)) {
    memcpy(ev.date, X->ev[X->nev - 1].date, sizeof ev.date);
    memcpy(ev.date_end, X->ev[X->nev - 1].date_end, sizeof ev.date_end);
    if (ev.location < 0) ev.location = X->ev[X->nev - 1].location;
  }
  if (best) {
    copy_date(ev.date, best->value);
    if (best->value_end[0]) copy_date(ev.date_end, best->value_end);
    else if ((best->flags & KN_XF_RANGE_FROM) && besti + 1 < x->tg->ntx &&
             (x->tg->tx[besti + 1].flags & KN_XF_RANGE_TO))
      copy_date(ev.date_end, x->tg->tx[besti + 1].value);
    else if ((best->flags & KN_XF_RANGE_TO) && besti > 0 && (x->tg->tx[besti - 1].flags & KN_XF_RANGE_FROM) &&
             !moved_from(x, &x->tg->tx[besti - 1])) {
      copy_date(ev.date_end, best->value);
      copy_date(ev.date, x->tg->tx[besti - 1].value);
    }
    /* "on Tuesday and Wednesday": two days joined are the span */
    if (!ev.date_end[0] && besti + 1 < x->tg->ntx && key_in(x, best->last + 1, C_COORD) &&
        x->tg->tx[besti + 1].first == best->last + 2 && day_of(x->tg->tx[besti + 1].value) > day_of(ev.date) &&
        day_of(ev.date))
      copy_date(ev.date_end, x->tg->tx[besti + 1].value);
  }
  /* an exercise or a deployment starting on its day, in a sentence that
  ** gives a span from that day: "will start on Monday, with drills
  ** scheduled to run from March 10 to March 21" */
  if (best && !ev.date_end[0] && (c->type == KN_EV_EXERCISE || c->type == KN_EV_DEPLOYMENT) && day_of(ev.date))
    for (size_t i = timex_from(x->tg, tk->sent[s].first); i + 1 < x->tg->ntx; i++) {
      const kn_timex *t = &x->tg->tx[i], *u = &x->tg->tx[i + 1];
      if (t->sent != s) break;
      if ((t->flags & KN_XF_RANGE_FROM) && (u->flags & KN_XF_RANGE_TO) && u->sent == s &&
          day_of(t->value) == day_of(ev.date) && day_of(u->value) > day_of(ev.date)) {
        copy_date(ev.date_end, u->value);
        break;
      }
    }
  /* a clause joined by ", and" shares the date of the one before it: "Cho
  ** and Wong met on Wednesday, and Shin held talks with Marles" */
  /* … and one whose subject is a pronoun standing for the parties before
  ** (", and both leaders were to address a session …", ", and they held
  ** talks …"): the clause bounds keep it with the first, for its parties */
  int and_pronoun = 0;
  if (!ev.date[0] && prev_any && prev_any->sent == s && prev_any->last + 3 < c->a)
    for (uint32_t q = c->a - 2; q > prev_any->last && !and_pronoun; q--)
      and_pronoun = is_punct(x, q, ',') && key_in(x, q + 1, C_COORD) && (key_in(x, q + 2, C_PRONOUN) || key_in(x, q + 2, C_HE));
  /* … not a clause told in the future after one dated in the past ("met
  ** Kishida in Tokyo on March 16, and Biden will host the two leaders"):
  ** what is still to come did not happen on that day */
  int later = 0;
  if (!ev.date[0] && prev_any && prev_any->sent == s && x->day) {
    int32_t p0, p1;
    if (kn_date_range(prev_any->date, strlen(prev_any->date), &p0, &p1) != KN_GRAN_NONE && p1 < x->day)
      for (uint32_t q = lo; q < c->a && !later; q++) later = key_in(x, q, C_STRONG) && key_in(x, q, C_FUTURE);
  }
  if (!ev.date[0] && prev_any && prev_any->sent == s && ((lo > 0 && clause_comma(x, lo - 1)) || and_pronoun) && !later) {
    memcpy(ev.date, prev_any->date, sizeof ev.date);
    memcpy(ev.date_end, prev_any->date_end, sizeof ev.date_end);
  }
  /* continuation of the previous event: a definite or pronoun subject */
  int definite = c->a > 0 && (key_in(x, c->a - 1, C_DEFINITE) || key_in(x, c->a - 1, C_POSSDET));   /* "the talks", "his visit" */
  /* "the meeting", "this summit": the noun names the event again; its date
  ** carries over, and its parties (below). A pronoun or "the two leaders"
  ** names the participants again. */
  int same_parties = definite && key_in(x, c->a - 1, C_PRONOUN);
  /* "Only Luxon attended in person.", "… also attended.": a verb of
  ** attending with no object refers back to the meeting told before, as
  ** "the meeting" does */
  if (!definite && !noun && c->a == c->b && c->b + 1 < tk->ntok &&
      (word_is(x, c->a, "attended") || word_is(x, c->a, "attend") || word_is(x, c->a, "attends")) &&
      (is_punct(x, c->b + 1, '.') || is_punct(x, c->b + 1, ',') ||
       (word_is(x, c->b + 1, "in") && c->b + 2 < tk->ntok && word_is(x, c->b + 2, "person"))))
    definite = 1;
  int count = 0;                   /* "the three": how many they are */
  int def_np = 0;                  /* a determiner and modifiers only: a noun (1), the subject of a passive (2) */
  int new_np = 0;                  /* "they joined a session": the parties again, the event a new one */
  if (!definite && c->a > 1) {
    /* "the computer-simulated command post exercise", "the combined drills":
    ** a determiner and modifiers only, none a plural noun */
    long p = (long)c->a - 1;
    int verb = 0;
    for (int k = 0; k < 5 && p > (long)tk->sent[s].first; k++, p--) {
      const kn_token *t = &tk->tok[p];
      if (t->kind == KN_TK_PUNCT && x->text[t->start] == '-') { k--; continue; }   /* "face-to-face": one modifier */
      int aux = key_in(x, (uint32_t)p, C_AUX);                        /* "was", "has": no plural noun */
      if (t->kind != KN_TK_WORD || !(t->flags & KN_TF_LOWER) || (ends_s(x, t) && !aux) ||
          (key_in(x, (uint32_t)p, C_NUMWORD) &&                      /* "the two met": people, */
           !is_glued_hyphen(x->text, tk->tok, (size_t)p + 1, tk->ntok))) break;   /* not "the three-day" */
      if (aux) verb = 1;                                               /* "the council will meet" */
      /* "the missile was launched": a passive verb whose subject is a
      ** definite noun (def_np 2) continues the event that noun names */
      if (key_in(x, (uint32_t)p - 1, C_THE)) { definite = 1; def_np = !verb ? 1 : past_form(x, c->a) && !(c->b + 1 < tk->ntok && key_in(x, c->b + 1, C_BY)) ? 2 : 0; break; }
    }
  }
  /* "It was the North's first ICBM test since April": a noun phrase that
  ** "it" is, opening the sentence, names again the event told before */
  if (!definite && it_copula(x, c->a)) definite = 1;
  if (!definite && !rel_count && c->a > 1) {
    /* the parties named again as the subject: "they (also) agreed", "the
    ** two met", "the three leaders talked", "both held talks" */
    long p = (long)c->a - 1, first = (long)tk->sent[s].first;
    /* "The four later joined a session": through the support verb whose
    ** object the noun trigger is */
    if (noun) {
      long v = support_verb_before(x, c->a);
      if (v > first) { p = v - 1; new_np = indefinite(x, c->a); }
    }
    if (p >= first && (key_in(x, (uint32_t)p, C_ADVERB) || (tk->tok[p].flags & KN_TF_LOWER && ends_ly(x, (uint32_t)p)))) p--;
    /* "where they are expected to sign", "they will sign": the subject
    ** of the verb before the infinitive or of the auxiliary */
    if (!noun && p > first + 1 && key_in(x, (uint32_t)p, C_TO) && key_in(x, (uint32_t)p - 1, C_THINK) &&
        key_in(x, (uint32_t)p - 2, C_AUX)) p -= 3;
    /* only with a pronoun before the auxiliary: "the two sides will meet"
    ** names its own parties, not those of the event told before */
    else if (!noun && p > first && key_in(x, (uint32_t)p, C_AUX) && !key_in(x, (uint32_t)p, C_BE) &&
             key_in(x, (uint32_t)p - 1, C_PRONOUN)) p--;
    if (p >= first && key_in(x, (uint32_t)p, C_PRONOUN)) definite = same_parties = 1;
    else {
      if (p >= first && !key_in(x, (uint32_t)p, C_NUMWORD) && (tk->tok[p].flags & KN_TF_LOWER)) p--;  /* leaders */
      if (p > first && key_in(x, (uint32_t)p, C_NUMWORD) && key_in(x, (uint32_t)p - 1, C_DEFINITE)) {
        definite = same_parties = 1;
        count = number_word(x, (uint32_t)p);
      }
    }
  }
  if (!same_parties && intro_subj < tk->ntok && intro_subj > 0) {
    /* "In a joint statement, the two presidents said …", "…, they said":
    ** the subject after the opening phrase names the parties again */
    if (key_in(x, intro_subj, C_PRONOUN)) definite = same_parties = 1;
    else if (key_in(x, intro_subj, C_NUMWORD) && key_in(x, intro_subj - 1, C_THE)) {
      definite = same_parties = 1;
      count = number_word(x, intro_subj);
    }
  }
  /* "North Korea confirmed on Tuesday that it had fired …": "it" after a
  ** speech verb is its speaker */
  if (X->nparts == part0 && !noun && c->a > tk->sent[s].first + 2) {
    long p = (long)c->a - 1, first = (long)tk->sent[s].first;
    while (p > first && (key_in(x, (uint32_t)p, C_AUX) || key_in(x, (uint32_t)p, C_ADVERB))) p--;
    if (p > first && key_in(x, (uint32_t)p, C_IT)) {
      long q = p - 1;
      if (q > first && key_in(x, (uint32_t)q, C_THAT)) q--;
      /* (a date or a time's preposition between: "confirmed in late April") */
      for (int k = 0; k < 5 && q > first && !key_in(x, (uint32_t)q, C_SAY) &&
           (in_timex(x, (uint32_t)q) || key_in(x, (uint32_t)q, C_PP_PREP) ||
            (key_in(x, (uint32_t)q, C_PP_PREP_INTRO) && in_timex(x, (uint32_t)q + 1))); k++) q--;
      if (q > first && key_in(x, (uint32_t)q, C_TO)) q = first;   /* no speaker */
      /* the speaker may stand before a date or an adverb: "Pyongyang on
      ** Monday confirmed", "Moscow also said" */
      long sp = q - 1;
      for (int k = 0; k < 4 && sp > first && (in_timex(x, (uint32_t)sp) || key_in(x, (uint32_t)sp, C_ADVERB) ||
           (key_in(x, (uint32_t)sp, C_PP_PREP) && in_timex(x, (uint32_t)sp + 1))); k++) sp--;
      size_t mi = mention_from(lk, (uint32_t)q);
      if (q > first && key_in(x, (uint32_t)q, C_SAY) && mi > 0 && lk->m[mi - 1].last == (uint32_t)sp &&
          lk->m[mi - 1].first >= (uint32_t)first && ref_of_mention(&lk->m[mi - 1]) >= 0)
        if ((st = add_part(x, (uint32_t)part0, ref_of_mention(&lk->m[mi - 1])))) return st;
    }
  }
  /* "Pyongyang says new solid-fuel ICBM passed first test": a test whose
  ** clause names the weapon and no party, told by a country, is that
  ** country's claim of its own test */
  if (X->nparts == part0 && c->type == KN_EV_WEAPONS_TEST && c->a > tk->sent[s].first + 2) {
    int mc = x->missile_class, weapon = 0;
    size_t mi = mention_from(lk, c->a);
    uint32_t q = c->a;
    while (q-- > tk->sent[s].first && !(mi > 0 && lk->m[mi - 1].last >= q) && !key_in(x, q, C_SAY))
      if (mc >= 0 && (word_classes(x, q) & (1u << mc))) weapon = 1;
    /* "South Korea says latest ICBM launch was a grave provocation": a
    ** test the clause judges ("was a", "called … a") is someone else's,
    ** of which the speaker tells */
    uint32_t after = c->b + 1;
    while (after <= tk->sent[s].last && key_in(x, after, C_ADVERB)) after++;
    if (key_in(x, after, C_AUX) || judgement_after(x, c->b + 1, tk->sent[s].last)) {   /* (AUX holds "be") */
      /* …unless the judgement is the test's success ("test was a success") */
      int won = 0;
      for (uint32_t r = after; r < after + 5 && r <= tk->sent[s].last; r++)
        won |= word_is(x, r, "success") || word_is(x, r, "successful") || word_is(x, r, "succeeded");
      if (!won) weapon = 0;
    }
    if (weapon && q > tk->sent[s].first && key_in(x, q, C_SAY) && mi > 0 && lk->m[mi - 1].last + 1 == q &&
        lk->m[mi - 1].type == KN_ET_COUNTRY && ref_of_mention(&lk->m[mi - 1]) >= 0)
      if ((st = add_part(x, (uint32_t)part0, ref_of_mention(&lk->m[mi - 1])))) return st;
  }
  /* "Secretary Austin and I adopted a defense vision", "I met my
  ** counterpart": in a transcript, "I" before the trigger in its clause is
  ** the speaker of the turn; before a noun, only as the subject of its
  ** support verb ("I held talks with …", not "I discussed the launches") */
  for (uint32_t q = lo; q < c->a; q++)
    if (first_person(x, q)) {
      if (noun && support_verb_before(x, c->a) <= (long)q) break;
      /* an "I" the speaker quotes is somebody else */
      if (quoted_at(x, tk->sent[s].first, q)) break;
      int32_t who = turn_speaker(x, s);
      if (who >= 0 && (st = add_part(x, (uint32_t)part0, who))) return st;
      break;
    }
  /* "The gathering was overshadowed …", "after the meeting", "His visit
  ** …": a noun naming again the event the sentence before tells of takes
  ** its parties besides its own (ANNOTATION.md, continuing sentences) */
  /* … not a noun whose own phrase names its sides ("after the talks
  ** between Blinken and Kishida") */
  if (!same_parties && !between_np && s > 0 && (noun || def_np) &&
      (definite || (c->a > 0 && key_in(x, c->a - 1, C_POSSDET))) && (c->a == c->b || subj_np))
    if ((st = add_previous_parties(x, c, (uint32_t)part0, ev.date))) return st;
  /* "Ambassadors of Japan and South Korea also attended.": a verb with no
  ** object after "also", ending its sentence, joins the event the sentence
  ** before tells of (ANNOTATION.md: "… also attended") */
  if (!noun && s > 0 && c->a == c->b && c->a > tk->sent[s].first && word_is(x, c->a - 1, "also") &&
      c->b + 1 == tk->sent[s].last && is_punct(x, c->b + 1, '.'))
    if ((st = add_previous_parties(x, c, (uint32_t)part0, ev.date))) return st;
  if ((c->type == KN_EV_MEETING || c->type == KN_EV_TALKS) &&
      (st = add_other_of_two(x, c, (uint32_t)part0))) return st;
  /* the sentence before named as a party whom this one has stand in for
  ** by someone else ("On Monday, the office said Wi would represent Lee
  ** at the summit"): absent from it */
  if (n_absent) {
    size_t w = part0;
    for (size_t k = part0; k < X->nparts; k++) {
      int gone = 0;
      for (int q = 0; q < n_absent; q++) gone |= X->parts[k] == absent[q];
      if (!gone) X->parts[w++] = X->parts[k];
    }
    X->nparts = w;
  }
  ev.npart = (uint32_t)(X->nparts - part0);
  /* "The four later joined a session" right after a sentence naming four
  ** people: those four (ANNOTATION.md: a counting phrase stands for the
  ** parties its sentence or the one before names), before any event */
  int counted = 0;
  if (same_parties && count && s > 0) {
    size_t before = X->nparts;
    if ((st = add_counted_persons(x, s - 1, count, (uint32_t)part0))) return st;
    counted = X->nparts > before;
    ev.npart = (uint32_t)(X->nparts - part0);
  }
  if (prev_any && definite) {
    if (same_parties && !counted) {
      /* "they": the parties of the last event that named some, not
      ** further back than the sentence before the previous event's; "the
      ** three" those of the last event with three; besides its own ("The
      ** three leaders talked, in what Biden called …") */
      const kn_event *o = NULL, *any = NULL;
      for (size_t j = X->nev, k = 0; j-- > 0 && k < 16 && X->ev[j].sent + 1 >= prev_any->sent && !o; k++) {
        if (X->ev[j].npart > 0 && !any) any = &X->ev[j];
        if (X->ev[j].npart > 0 && (!count || X->ev[j].npart == (uint32_t)count)) o = &X->ev[j];
      }
      if (!o && count && s > 0 && (st = add_counted_persons(x, s - 1, count, (uint32_t)part0))) return st;
      if (!o && X->nparts - part0 < (size_t)count) o = any;
      for (uint32_t k = 0; o && k < o->npart; k++)
        if ((st = add_part(x, (uint32_t)part0, X->parts[o->part + k]))) return st;
      ev.npart = (uint32_t)(X->nparts - part0);
    }
    /* "the exercise", "the talks": the last event of that kind with a date
    ** is the one meant, not whatever came last ("Hours after the drills
    ** began, …" after a paragraph on something else) */
    const kn_event *ante = prev_any;
    int fam = family_slot(ev.type);
    if (!same_parties && c->a == c->b && x->last_dated[fam] >= 0) {
      ante = &X->ev[x->last_dated[fam]];
      /* "… during a live-fire drill on Thursday. … the exercise": what an
      ** indefinite noun brought in is another happening, unless named by
      ** the same word again; the one meant is the last dated before it */
      if (ante->first == ante->last && indefinite(x, ante->first) && !same_head(x, ante->first, c->a) &&
          x->last_dated_def[fam] >= 0)
        ante = &X->ev[x->last_dated_def[fam]];
    }
    /* "Closing the summit, …": a noun of a summit names again the last
    ** summit told, dated or not; not one named only to count from ("their
    ** first since the G7 summit in May") or to set another in time */
    int head = c->a == c->b && !same_parties ? trigger_head(x, c->a, c->b) : 0;
    for (size_t j = X->nev, k = 0; head == KN_HEAD_SUMMIT && j-- > 0 && k < 16; k++) {
      const kn_event *o = &X->ev[j];
      if (o->type != KN_EV_MEETING || trigger_head(x, o->first, o->last) != head) continue;
      if (since_before(x, o->first, 0) >= 0 || sequence_anchor(x, o->first)) continue;
      ante = o;
      break;
    }
    /* "the delegation is expected to brief …": an infinitive tells of what
    ** is yet to happen, not on the day of an event told before as past
    ** (but "… expect the three to agree" at a summit still planned) */
    int infinitive = key_in(x, c->a - 1, C_TO) && ante->modality != KN_MOD_PLANNED;
    /* "They agreed …", "The two also adopted …": a pronoun or counting
    ** subject names the parties again, not the happening; the event it
    ** tells of is dated by the event told before only when that is the
    ** article's main event (ANNOTATION.md: else the main event's date
    ** when the text refers to it, else none) */
    int parties_only = same_parties && (x->main_ev < 0 || strcmp(ante->date, X->ev[x->main_ev].date) != 0);
    /* "a speech at the NATO Public Forum": "the" before a meeting's name
    ** (a trigger of more than one word) belongs to the name; it does not
    ** point back to an event told before, unless a clause of "as",
    ** "while" or "when" ties it to the time of the clause it hangs on
    ** ("The ruling came as Cho was in Brussels for the NATO foreign
    ** ministers' meeting") */
    int named_def = c->a != c->b && !same_parties;
    uint32_t from = c->a - tk->sent[s].first > KN_EV_CLAUSE_MAX ? c->a - KN_EV_CLAUSE_MAX : tk->sent[s].first;
    for (uint32_t q = from, aux = 0; named_def && q < c->a; q++) {   /* a clause's reach: linear */
      if (word_is(x, q, "as") || word_is(x, q, "while") || word_is(x, q, "when")) aux = 1;
      else if (aux && key_in(x, q, C_AUX)) named_def = 0;
    }
    /* "The ministry confirmed on Friday that the summit would go ahead":
    ** what a statement reports is not dated by the statement's day */
    int reported_in = 0;
    if (ante->sent == s && ante->last < c->a && (ante->type == KN_EV_STATEMENT || ante->type == KN_EV_BRIEFING)) {
      for (uint32_t q = ante->last + 1; q < c->a && !reported_in; q++) reported_in = key_in(x, q, C_THAT) && complementizer(x, q);
      if (!reported_in) reported_in = zero_that_clause(x, ante, c);
    }
    /* "The summit on Friday, the presidential office confirmed, is …": a
    ** verb of saying after a definite subject is a reaction, of its own
    ** day, not the event told before named again */
    int reaction = c->type == KN_EV_STATEMENT && c->a == c->b && past_form(x, c->a) && key_in(x, c->a, C_SAY) &&
                   c->b + 1 < tk->ntok && is_punct(x, c->b + 1, ',');
    if (!ev.date[0] && ante->date[0] && !state_noun && !framing && !new_np && !infinitive && !parties_only && !named_def &&
        !reported_in && !reaction) {
      /* the day it is dated by; its span was stated with the first mention */
      memcpy(ev.date, ante->date, sizeof ev.date);
      if (same_parties) memcpy(ev.date_end, ante->date_end, sizeof ev.date_end);
    }
    if (ev.location < 0 && same_parties && !new_np) ev.location = ante->location;
    /* "after the talks", "The talks come amid …": talks naming again a
    ** meeting (a summit, a ministerial) are that meeting */
    if (ev.type == KN_EV_TALKS && !same_parties && !best && c->a == c->b && ante->type == KN_EV_MEETING) ev.type = KN_EV_MEETING;
  }
  /* "The summit in Riga ended on Friday": with no date of its own nor of
  ** an event it names again, the day the event ended on dates it */
  if (end_verb && !ev.date[0]) { copy_date(ev.date, end_verb->value); end_tx = NULL; }
  /* "on Monday for an 11-day run through March 20", "The exercise, which
  ** ends Aug. 31": the end of the span */
  if (end_tx && ev.date[0] && !ev.date_end[0] && day_of(ev.date) && day_of(end_tx->value) > day_of(ev.date))
    copy_date(ev.date_end, end_tx->value);
  /* "the deployment of US strategic assets — including the first visit
  ** by a US submarine and the first landing of a B-52 bomber": a noun in
  ** the list that "including" opens after an event of its sentence is a
  ** part of that event, and with no party of its own takes that one's */
  if (ev.npart == 0 && noun && c->a == c->b && X->nev > 0 && X->ev[X->nev - 1].sent == s) {
    uint32_t inc = UINT32_MAX;
    for (uint32_t q = c->a; q-- > tk->sent[s].first && q + 24 > c->a;)
      if (first_is(x, q, 'i') && word_is(x, q, "including")) { inc = q; break; }
    const kn_event *h = NULL;
    for (size_t j = X->nev; inc != UINT32_MAX && j-- > 0 && X->ev[j].sent == s;)
      if (X->ev[j].last < inc) { h = &X->ev[j]; break; }
    /* only a part of a happening of its kind, and only when "including"
    ** ends that event's noun phrase: "condemned the North's actions,
    ** including the dispatch of troops", "signed a pact on Monday,
    ** including provisions on the deployment of troops" are no parts */
    if (h && !(h->type == ev.type || (consult_family(h->type) && consult_family(ev.type)))) h = NULL;
    if (h && inc > h->last + 12) h = NULL;
    for (uint32_t q = h ? h->last + 1 : inc; h && q + 1 < inc; q++)
      if (tk->tok[q].kind == KN_TK_PUNCT) h = NULL;
    for (uint32_t k = 0; h && k < h->npart; k++)
      if ((st = add_part(x, (uint32_t)part0, X->parts[h->part + k]))) return st;
    ev.npart = (uint32_t)(X->nparts - part0);
  }
  /* an event needs a participant, a date or a place, or to name again one
  ** that had them */
  if (ev.npart == 0 && !ev.date[0] && ev.location < 0 && !(prev_any && definite) && !frame_count)   /* fill_frame_dates */
    { X->nparts = part0; return KN_OK; }
  /* a bare plural with no date and no party phrase of its own names a kind
  ** of event, not one: "to hold joint military drills on a regular
  ** schedule", "warning data on North Korean missile launches" */
  if (!best && bare_plural(x, c)) { X->nparts = part0; return KN_OK; }
  /* modality */
  int planned = 0, reported = 0;
  if (scues & (CUEBIT(C_FUTURE) | CUEBIT(C_ATTRIB))) {
    /* the clause's cue lists before the trigger and from it, or'ed */
    uint64_t before = 0, from = 0;
    const uint64_t *cuev = x->cue;
    const uint32_t end = hi < x->ntok ? hi + 1 : x->ntok, mid = c->a < end ? c->a : end;
    for (uint32_t i = lo; i < mid; i++) before |= cuev[i];
    for (uint32_t i = mid > lo ? mid : lo; i < end; i++) from |= cuev[i];
    if (before & CUEBIT(C_FUTURE)) {
      /* not for a cue of a relative clause closed before the trigger
      ** ("Lee, who will visit Tokyo on Sunday, met Blinken on Friday"),
      ** nor "later" right before a past verb ("later held talks"): a
      ** time after something told, no future */
      for (uint32_t i = lo; i < mid && !planned; i++)
        if (key_in(x, i, C_FUTURE) && !((scues & CUEBIT(C_RELATIVE)) && relative_before(x, i, i, c->a)) &&
            !later_past(x, i)) planned = 1;
    }
    /* "intelligence agency reported": the speaker */
    if ((from & CUEBIT(C_ATTRIB)) || (c->type != KN_EV_STATEMENT && (before & CUEBIT(C_ATTRIB)))) reported = 1;
  }
  /* troops said to have been sent, moved or deployed: an assessment, be it
  ** an agency's or an official's ("Rutte confirmed that North Korean troops
  ** have been sent to Russia", "… had been moved to Kursk, Blinken said") */
  if (!reported && c->type == KN_EV_DEPLOYMENT && c->a == c->b && !noun) {   /* (!noun: no noun suffix) */
    const kn_sentence *se = &tk->sent[s];
    uint32_t from = c->a - se->first > KN_EV_CLAUSE_MAX ? c->a - KN_EV_CLAUSE_MAX : se->first;
    uint32_t to = se->last - c->b > KN_EV_CLAUSE_MAX ? c->b + KN_EV_CLAUSE_MAX : se->last;
    for (uint32_t i = from; (scues & (CUEBIT(C_REPORTING) | CUEBIT(C_CONFIRM) | CUEBIT(C_ATTRIB))) && i <= to && !reported; i++)
      if (i != c->a && (key_in(x, i, C_REPORTING) || key_in(x, i, C_CONFIRM) || key_in(x, i, C_ATTRIB))) reported = 1;
  }
  /* a weapons test told by the North itself or its state media
  ** ("North Korea confirmed that it had test-fired …", "state media
  ** reported that Kim watched a ship fire …") is its own claim */
  if (!reported && c->type == KN_EV_WEAPONS_TEST)
    for (uint32_t i = tk->sent[s].first; (scues & (CUEBIT(C_SAY) | CUEBIT(C_REPORTING))) && i < c->a && !reported; i++)
      if ((key_in(x, i, C_SAY) || key_in(x, i, C_REPORTING)) && own_media_speaker(x, i, tk->sent[s].first)) reported = 1;
  if (c->a > 0 && key_in(x, c->a - 1, C_TO)) planned = 1;                 /* to attend */
  /* "The summit will be held in Seoul", "The talks, which opened in
  ** Geneva, are expected to resume": the subject's predicate is the
  ** future (past its own phrase and a relative clause set off by commas) */
  /* (undated only: a past date is told of, whatever it "will" bring; and
  ** only a verb of the event taking place: "will be held", not "will
  ** shape the talks" or "will be remembered") */
  if (!planned && !ev.date[0] && noun && subj_np && (scues & (CUEBIT(C_FUTURE) | CUEBIT(C_TO))))
    for (uint32_t q = c->b + 1; q <= hi && q < c->b + 12; q++) {
      if (rel_lo <= rel_hi && q == rel_lo) { q = rel_hi; continue; }
      if (in_timex(x, q)) continue;
      if (key_in(x, q, C_FUTURE) && key_in(x, q, C_STRONG)) { planned = takes_place(x, q + 1, hi); break; }
      if (key_in(x, q, C_AUX)) {
        /* "is expected to begin", "are to be held", "is due in Vilnius";
        ** not "were expected to be his last" */
        if ((word_is(x, q, "is") || word_is(x, q, "are")) && q + 2 <= hi) {
          if (word_is(x, q + 1, "due")) planned = 1;
          else if (key_in(x, q + 1, C_TO)) planned = takes_place(x, q + 2, hi);
          else if (key_in(x, q + 1, C_FUTURE) && q + 3 <= hi && key_in(x, q + 2, C_TO)) planned = takes_place(x, q + 3, hi);
        }
        break;
      }
      if (key_in(x, q, C_FUTURE) || verb_at(x, q, c->b)) break;
    }
  /* the object of an infinitive: "defense chiefs to hold annual security
  ** talks", "to attend this week's summit", "is to address a session";
  ** not past a preposition ("to respond to North Korea's deployment") */
  int obj_noun = noun || c->b > c->a || !past_form(x, c->a);   /* (noun_trigger: a noun suffix is a noun) */
  for (long p = (long)c->a - 1, k = 0; obj_noun && !planned && p > (long)lo && k < 6; p--, k++) {
    const kn_token *t = &tk->tok[p];
    if (key_in(x, (uint32_t)p, C_TO)) {
      planned = key_in(x, (uint32_t)p + 1, C_SUPPORT) && (uint32_t)p + 1 < c->a;
      break;
    }
    if (t->kind == KN_TK_CLITIC || t->kind == KN_TK_NUM || is_punct(x, (uint32_t)p, '-'))
      continue;
    if (t->kind != KN_TK_WORD || key_in(x, (uint32_t)p, C_NONPARTY_PREP) || key_in(x, (uint32_t)p, C_PARTY_PREP) ||
        key_in(x, (uint32_t)p, C_COORD)) break;
  }
  if (c->a > 1 && key_in(x, c->a - 1, C_BE) && key_in(x, c->a - 2, C_TO)) planned = 1;
  int32_t d = day_of(ev.date);
  if (d && x->day && d > x->day) planned = 1;
  /* "The summit will be held next week", "… next month": a week, month or
  ** year that begins after the anchor is as surely to come as a day */
  if (!d && ev.date[0] && x->day && !planned) {
    int32_t p0, p1;
    if (kn_date_range(ev.date, strlen(ev.date), &p0, &p1) != KN_GRAN_NONE && p0 > x->day) planned = 1;
  }
  if (d && x->day && d < x->day && planned) {
    /* "would" in reported speech of a past event */
    planned = 0;
    for (uint32_t i = lo; i < c->a; i++) {
      if (key_in(x, i, C_STRONG)) planned = 1;
    }
  }
  ev.modality = planned ? KN_MOD_PLANNED : reported ? KN_MOD_REPORTED : KN_MOD_OCCURRED;
  /* one event per happening: the same family, participants and date in one
  ** sentence as the previous event */
  if (X->nev > 0) {
    kn_event *p = &X->ev[X->nev - 1];
    /* troop moves told in one sentence are successive steps, each an
    ** event: "have been sent to Russia and … are now deployed in Kursk" */
    /* a visit told after a meeting is a further happening, not the meeting
    ** named again: "met on July 18 … and visited Yokota Air Base together",
    ** "Yoon off to Vilnius for NATO summit, first leg of six-day trip" */
    int fam = (consult_family(p->type) && consult_family(ev.type) && !(ev.type == KN_EV_VISIT && p->type != KN_EV_VISIT)) ||
              (p->type == ev.type && p->type != KN_EV_DEPLOYMENT);
    /* "to attend the summit on Tuesday": the same parties, and the noun
    ** brings the date the verb lacks */
    int dates_it = !p->date[0] && ev.date[0] && p->npart == ev.npart && ev.npart > 0;
    /* the same happening named again: no party and no date the first one
    ** lacks ("met their counterparts … for 2+2 talks") */
    /* a named meeting after another trigger is the larger event around
    ** it: "held talks … on the margins of the Shangri-La Dialogue" */
    if (named_trigger(x, ev.first, ev.last) && !named_trigger(x, p->first, p->last) && around_meeting(x, ev.first)) fam = 0;
    /* "A day before the talks, Ahn and Hegseth toured the JSA": a
    ** happening set before or after the first is another one */
    if (x->anc_tok1 == p->first + 1 ? x->anc : sequence_anchor(x, p->first)) fam = 0;
    /* "arrived in Seoul after visiting Tokyo": a trip's stops in two
    ** places are two visits */
    if (p->type == KN_EV_VISIT && ev.type == KN_EV_VISIT && p->location >= 0 && ev.location >= 0 &&
        p->location != ev.location) fam = 0;
    /* "Yoon visited Washington to meet Biden": the meeting is the visit's
    ** purpose, a happening of its own even when no party of it is new (a
    ** support verb's noun names the event: "to attend the summit") */
    if (p->type == KN_EV_VISIT && ev.type != KN_EV_VISIT && !noun && p->last < c->a && c->a > 0 &&
        key_in(x, c->a - 1, C_TO) && !key_in(x, c->a, C_SUPPORT)) fam = 0;
    /* "fired several missiles …, adding that it detected the launches":
    ** a definite noun with no party of its own names the same happening */
    int again = p->type == ev.type && ev.npart == 0 && definite && c->a == c->b && noun;
    /* "they will sign an accord": a party-less noun trigger that is the
    ** object of the verb trigger right before it names the same happening */
    if (!again && noun && ev.npart == 0 && p->type == ev.type && p->last < ev.first &&
        ev.first - p->last <= 2 && (ev.first == p->last + 1 || indefinite(x, ev.first) ||
        key_in(x, p->last + 1, C_THE))) again = 1;
    /* "met in Seoul on Friday for the Trilateral Chiefs of Defense Meeting":
    ** a named meeting with no party of its own, the verb's purpose, the same day */
    if (!again && ev.npart == 0 && p->type == ev.type && c->b > c->a && c->a >= 2 && p->last < c->a &&
        word_is(x, c->a - 2, "for") && key_in(x, c->a - 1, C_THE) && strcmp(p->date, ev.date) == 0 &&
        named_trigger(x, c->a, c->b)) again = 1;
    if (p->sent == ev.sent && fam && (!ev.date[0] || strcmp(p->date, ev.date) == 0 || dates_it || again) &&
        (p->npart == ev.npart || (ev.npart > 0 && p->npart > ev.npart) || again) &&
        (ev.npart > 0 || strcmp(p->date, ev.date) == 0 || again)) {
      int same = 1;
      for (uint32_t k = 0; k < ev.npart && same; k++) {
        int found = 0;
        for (uint32_t q = 0; q < p->npart; q++) if (X->parts[p->part + q] == X->parts[ev.part + k]) found = 1;
        same = found;
      }
      if (same) {
        /* "fired several missiles …, adding that it detected the launches
        ** at around 1:50 p.m.": the time told of the happening named
        ** again is the first mention's */
        if (again && !p->date[0] && ev.date[0]) dates_it = 1;
        if (dates_it) {
          take_date(x, p, &ev);
          if (p->location < 0) p->location = ev.location;
          /* "the summit that Yoon will attend opens on July 11": the
          ** clause that dates the happening tells its tense too */
          if (ev.modality == KN_MOD_PLANNED && p->modality == KN_MOD_OCCURRED) p->modality = ev.modality;
        }
        /* "signed the treaty in Pyongyang on Wednesday": the verb's
        ** arguments stop at its object noun, the same happening, which
        ** has the place after it (a determiner and modifiers between) */
        else if (p->location < 0 && ev.location >= 0 && p->type == ev.type && p->last < ev.first &&
                 ev.first - p->last <= 6 && ev.first == ev.last && !past_form(x, ev.first)) {
          int obj = 1;
          for (uint32_t q = p->last + 1; q < ev.first && obj; q++)
            obj = tk->tok[q].kind == KN_TK_WORD && (tk->tok[q].flags & KN_TF_LOWER) && !key_in(x, q, C_NONPARTY_PREP) &&
                  !key_in(x, q, C_PARTY_PREP) && !key_in(x, q, C_COORD) && !key_in(x, q, C_AUX) && !key_in(x, q, C_TO);
          if (obj) p->location = ev.location;
        }
        X->nparts = part0;
        return KN_OK;
      }
    }
  }
  /* "sat down with the alliance's members on Wednesday for a session
  ** chaired by Stoltenberg": sitting down for a meeting is taking part in
  ** it, a support verb; the noun names the event, with the parties of both */
  if (X->nev > 0 && noun && c->a == c->b && c->a >= 3 && key_in(x, c->a - 1, C_SKIP) && word_is(x, c->a - 2, "for")) {
    kn_event *p = &X->ev[X->nev - 1];
    uint32_t v = p->first;
    if (p->sent == ev.sent && p->first == p->last && p->type == ev.type && p->part + p->npart == part0 &&
        (word_is(x, v, "sat") || word_is(x, v, "sit") || word_is(x, v, "sits") || word_is(x, v, "sitting")) &&
        word_is(x, v + 1, "down") && (!ev.date[0] || !p->date[0] || strcmp(p->date, ev.date) == 0)) {
      merge_into(X, p, part0);
      p->start = ev.start; p->stop = ev.stop; p->first = ev.first; p->last = ev.last;
      if (!p->date[0]) take_date(x, p, &ev);
      if (ev.location >= 0) p->location = ev.location;
      return KN_OK;
    }
  }
  /* "flies to Warsaw for an official visit hosted by Duda", "met Kishida
  ** in a meeting with Biden": a noun of the same kind in the purpose or
  ** frame of the verb before names the same happening again, with more of
  ** its parties; one event on the first trigger, with all of them */
  if (X->nev > 0 && noun && c->a == c->b && c->a >= 2) {
    kn_event *p = &X->ev[X->nev - 1];
    long q = (long)c->a - 1;
    for (int k = 0; k < 3 && q > (long)lo && tk->tok[q].kind == KN_TK_WORD && (tk->tok[q].flags & KN_TF_LOWER) &&
         !(first_is(x, (uint32_t)q, 'f') && word_is(x, (uint32_t)q, "for")) &&
         !(first_is(x, (uint32_t)q, 'i') && word_is(x, (uint32_t)q, "in")); k++) q--;
    if (p->sent == ev.sent && p->type == ev.type && p->first < c->a && p->first + 8 >= (uint32_t)q &&
        (word_is(x, (uint32_t)q, "for") || word_is(x, (uint32_t)q, "in")) && key_in(x, (uint32_t)q + 1, C_SKIP) &&
        strcmp(p->date, ev.date) == 0 && ev.npart > p->npart && p->part + p->npart == part0) {
      int sup = 1;
      for (uint32_t k = 0; k < p->npart && sup; k++) {
        int found = 0;
        for (size_t r = part0; r < X->nparts; r++) found |= X->parts[r] == X->parts[p->part + k];
        sup = found;
      }
      if (sup) {
        merge_into(X, p, part0);
        if (p->location < 0) p->location = ev.location;
        return KN_OK;
      }
    }
  }
  if ((st = grow(X, (void **)&X->ev, &X->capev, X->nev + 1, sizeof(kn_event)))) return st;
  /* a date borrowed from the clause a "where" hangs on is that clause's:
  ** "the talks" later means an event dated in its own right */
  /* nor does an event named only to place another in time ("following
  ** their talks in Munich on Feb. 15"): it is background */
  int anchor = sequence_anchor(x, ev.first);
  x->anc_tok1 = ev.first + 1; x->anc = anchor;   /* asked again of the next trigger's event before */
  if (ev.date[0] && !where_dated && !anchor) x->last_dated[family_slot(ev.type)] = (int32_t)X->nev;
  if (ev.date[0] && !where_dated && !anchor && !(ev.first == ev.last && indefinite(x, ev.first)))
    x->last_dated_def[family_slot(ev.type)] = (int32_t)X->nev;
  if (x->main_ev < 0 && ev.sent >= x->body && strlen(ev.date) == 10) x->main_ev = (int32_t)X->nev;
  X->ev[X->nev++] = ev;
  return KN_OK;
}

/* Is there a paragraph break between sentences a < b? */
static int paragraph_between(const ex *x, uint32_t a, uint32_t b) {
  for (uint32_t s = a + 1; s <= b; s++)
    if (x->tk->tok[x->tk->sent[s].first].ws == KN_WS_PARA) return 1;
  return 0;
}

/* An event with no date of its own in a sentence that goes on telling the
** one before ("The two met in Vilnius …", "The three leaders talked …")
** takes the date of the nearest dated event of the same paragraph, at most
** two sentences back, when that is the main event's date. */
static void fill_context_dates(ex *x) {
  kn_extractor *X = x->X;
  size_t sent_first = 0;   /* the first event of e's sentence */
  for (size_t i = 0; i < X->nev; i++) {
    kn_event *e = &X->ev[i];
    if (i == 0 || X->ev[i - 1].sent != e->sent) sent_first = i;
    if (e->date[0]) continue;
    cand c0 = { e->first, e->last, e->type, UINT32_MAX, UINT32_MAX, UINT32_MAX, 0, 0, 0 };
    if (deployment_noun(x, &c0)) continue;
    /* events of the same sentence never give their date: start before them */
    for (size_t j = sent_first; j-- > 0;) {
      const kn_event *o = &X->ev[j];
      if (o->sent + 2 < e->sent || paragraph_between(x, o->sent, e->sent)) break;
      if (o->date[0] && o->sent < e->sent) {
        /* a trip lasts days: the day of an event of another kind told
        ** before (a meeting held on it) is no date of the trip ("… would
        ** co-chair the meeting. Seoul will be the last stop of Hegseth's
        ** Asia trip"), and the look stops there */
        if (e->type == KN_EV_VISIT && o->type != KN_EV_VISIT) break;
        /* only the article's main event lends its date so (ANNOTATION.md:
        ** the governing timex, else the main event's date, else none): "Also
        ** on Sunday, A and B held talks with C. The three agreed …" */
        if (x->main_ev < 0 || strcmp(o->date, X->ev[x->main_ev].date)) break;
        memcpy(e->date, o->date, sizeof e->date);
        memcpy(e->date_end, o->date_end, sizeof e->date_end);
        break;
      }
    }
  }
}

/* Do events a and b have the same participants, none missing, none added? */
static int same_party_set(const ex *x, const kn_event *a, const kn_event *b) {
  const kn_extractor *X = x->X;
  if (a->npart != b->npart || a->npart == 0) return 0;
  for (uint32_t i = 0; i < a->npart; i++) {
    int found = 0;
    for (uint32_t j = 0; j < b->npart && !found; j++) found = X->parts[a->part + i] == X->parts[b->part + j];
    if (!found) return 0;
  }
  return 1;
}

/* The article's main event is the first event of the body dated to a
** day, or, when the body names a day before it in a sentence that tells
** of no event, the lead's event told with no trigger ("The defense chiefs
** … on Wednesday called on North Korea to …"). An undated meeting, call, visit,
** briefing or agreement stated as fact shortly after it, in a sentence that
** holds no time expression, goes on telling it and takes its date ("Kihara
** hosted Austin and Shin at the Defense Ministry …", "Ambassadors of the
** partners also attended."). Statements are reactions, often of another
** day, and keep none; so do events further on, where an article turns to
** background. */
static void fill_lead_dates(ex *x) {
  kn_extractor *X = x->X;
  uint32_t body = x->body;
  const kn_event *lead = NULL;
  for (size_t i = 0; i < X->nev && !lead; i++)
    if (X->ev[i].sent >= body && strlen(X->ev[i].date) == 10) lead = &X->ev[i];
  const char *date = lead ? lead->date : NULL, *date_end = lead ? lead->date_end : NULL;
  uint32_t lsent = lead ? lead->sent : UINT32_MAX;
  /* a lead that tells its event with no trigger ("The defense chiefs … on
  ** Wednesday called on North Korea to …"): its day, from the first day
  ** named in the body before the first dated event, in a sentence with no
  ** event */
  for (size_t k = 0; x->tg && k < x->tg->ntx; k++) {
    const kn_timex *tx = &x->tg->tx[k];
    if (tx->sent >= lsent) break;
    if (tx->sent < body || tx->type != KN_TX_DATE || strlen(tx->value) != 10 || in_dateline(x, tx)) continue;
    int has_event = 0;
    for (size_t i = 0; i < X->nev && X->ev[i].sent <= tx->sent; i++) has_event |= X->ev[i].sent == tx->sent;
    if (!has_event) { date = tx->value; date_end = tx->value_end; lsent = tx->sent; }
    break;
  }
  if (!date) return;
  size_t t = 0, first = X->nev;   /* first: the first event from the lead's sentence on */
  for (size_t i = 0; i < X->nev; i++) {
    kn_event *e = &X->ev[i];
    if (first == X->nev && e->sent >= lsent) first = i;
    /* "Rutte confirmed Monday that …, after a South Korean delegation
    ** briefed the alliance's top body": a meeting or briefing the lead
    ** tells of in a closing ", after" clause with no time of its own is
    ** the article's main event, on its day */
    if (lead && e->sent == lsent && !e->date[0] && e->first > lead->last && e->modality == KN_MOD_OCCURRED &&
        e->type == KN_EV_BRIEFING && e->first == e->last) {
      /* only a briefing ("after a meeting in Brussels" tells of an
      ** earlier one, not of the lead's day), and only when the clause
      ** closes the sentence */
      uint32_t q = e->first, stop = e->first > 12 ? e->first - 12 : 0;
      uint32_t send = x->tk->sent[e->sent].last;
      int closing = 1;
      for (uint32_t k = e->last + 1; k < send && closing; k++)
        if (is_punct(x, k, ',') || is_punct(x, k, ';') || is_punct(x, k, ':')) closing = 0;
      while (q > stop && q > lead->last && !word_is(x, q, "after")) q--;
      size_t k = x->tg ? timex_from(x->tg, q + 1) : 0;
      int own = x->tg && k < x->tg->ntx && x->tg->tx[k].sent == e->sent;
      if (closing && q > lead->last + 1 && word_is(x, q, "after") && is_punct(x, q - 1, ',') && !own) {
        copy_date(e->date, date);
        copy_date(e->date_end, date_end);
      }
      continue;
    }
    /* "later" after a main event of the publication day can only be that
    ** day ("… on Tuesday. ¶ Kim later met Park", published Tuesday);
    ** after an earlier one it may be any day since */
    if (e->sent <= lsent || e->date[0] || (later_event(x, e) && !(x->day && day_of(date) == x->day))) continue;
    /* further on, where an article may turn to background, only an event
    ** of the very parties of one the main event's day dates (the first
    ** sixteen events from the lead's sentence) goes on telling it
    ** ("Marles, Wong, Cho and Shin issued a joint statement …" after
    ** "Marles and Wong hosted Cho and Shin for talks …"); not a named
    ** meeting, which names one of its own (fill_meeting_dates dates it) */
    if (e->sent > lsent + 3) {
      int same = 0;
      if (e->first != e->last) continue;
      for (size_t j = first, k = 0; j < i && k < 16 && !same; j++, k++)
        same = strcmp(X->ev[j].date, date) == 0 && same_party_set(x, e, &X->ev[j]);
      if (!same) continue;
    }
    /* a preview: a planned event of the main event's parties, all of them
    ** and no others, is the main event told again ("… were set to hold
    ** their annual talks Monday. ¶ Shin and Austin will meet at the
    ** ministry …"); other planned ones are side events with no day yet */
    /* … and so is what those parties are to sign or adopt there ("…, where
    ** they are expected to sign a revised strategy"): on its day */
    if (e->modality != KN_MOD_OCCURRED &&
        !(e->modality == KN_MOD_PLANNED && lead && date == lead->date && lead->modality == KN_MOD_PLANNED &&
          (family_slot(e->type) == family_slot(lead->type) ||
           (e->type == KN_EV_AGREEMENT && consult_family(lead->type))) && same_party_set(x, e, lead)))
      continue;
    if (!consult_family(e->type) && e->type != KN_EV_AGREEMENT && e->type != KN_EV_BRIEFING) continue;
    while (x->tg && t < x->tg->ntx && x->tg->tx[t].sent < e->sent) t++;
    cand c0 = { e->first, e->last, e->type, UINT32_MAX, UINT32_MAX, UINT32_MAX, 0, 0, 0 };
    int noun = noun_trigger(x, &c0);
    int dated = 0;     /* a day or time of its own (a set, "annual", or a span is none) */
    for (size_t k = t; x->tg && k < x->tg->ntx && x->tg->tx[k].sent == e->sent; k++) {
      const kn_timex *tx = &x->tg->tx[k];
      /* "the first since 2021" bounds a count, it dates nothing */
      if (tx->first > 0 && key_in(x, tx->first - 1, C_BOUND_SIGNAL)) continue;
      if (owns_other(x, tx, e->first, e->last)) continue;         /* "last year's summit" */
      /* "adopted a vision that looks ahead to its centennial in 2053": a
      ** relative clause after the trigger tells of something else */
      if (tx->first > e->last && relative_between(x, noun, e->last, tx->first)) continue;
      /* nor one before it ("Kim, who leaves office in June, later
      ** met …": the clause's day) */
      if (tx->last < e->first && relative_before(x, tx->first, tx->last, e->first)) continue;
      /* a planned event: a later clause's time is not its own ("will meet
      ** …, where they are expected to sign a plan, the first rewrite since
      ** it was drawn up in 2013") */
      if (e->modality == KN_MOD_PLANNED && tx->first > clause_end(x, e->first, UINT32_MAX)) continue;
      dated |= tx->type == KN_TX_DATE || tx->type == KN_TX_TIME;
    }
    if (dated) continue;
    copy_date(e->date, date);
    copy_date(e->date_end, date_end);
  }
}

/* "Before the trilateral session began, Yoon and Biden held a bilateral
** meeting": a clause put before the main one that sets its event just
** before or after another happening of the sentence ("Before X began",
** "After X ended") tells of the same day. An undated event of the main
** clause takes the day of the event the opening clause names, when that
** one is dated to a day (by now: fill_lead_dates has run). A phrase with
** no verb ("After the summit on July 10,", "Following the talks,") says
** only that one came later, maybe days. */
static void fill_sequence_dates(ex *x) {
  static const char *const BEGIN[] = { "began", "begins", "opened", "opens", "started", "starts", "got", NULL };
  kn_extractor *X = x->X;
  for (size_t i = 1; i < X->nev; i++) {
    kn_event *e = &X->ev[i];
    const kn_event *o = &X->ev[i - 1];
    if (e->date[0] || o->sent != e->sent || strlen(o->date) != 10) continue;
    uint32_t first = x->tk->sent[e->sent].first;
    if (!(word_is(x, first, "before") || word_is(x, first, "after")) || o->first <= first || o->first > first + 6)
      continue;
    /* the opening clause ends at the first comma after its event, before
    ** e, and has a verb of its own: one of ending or beginning, or a past
    ** form ("wrapped up") */
    uint32_t q = o->last + 1;
    int verb = 0;
    for (; q < e->first && q < o->last + 6 && !is_punct(x, q, ','); q++) {
      if (!(x->tk->tok[q].kind == KN_TK_WORD && (x->tk->tok[q].flags & KN_TF_LOWER))) continue;
      verb |= (key_in(x, q, C_END) && !key_in(x, q, C_THROUGH)) || past_form(x, q);
      if (!verb) verb = word_in(x, q, BEGIN);
    }
    if (!verb || q >= e->first || !is_punct(x, q, ',')) continue;
    copy_date(e->date, o->date);
  }
}

/* "The two ministers denounced the test at a joint news conference": a
** statement made at a briefing or meeting the same clause names right
** after it ("at", a determiner, at most three lower-case modifiers, the
** trigger) was made on that event's day. An undated statement stated as
** fact takes the day of that event, once it is dated (fill_lead_dates has
** run): the statement's own day, not a day borrowed from what it is about.
** Only a short object between, with no punctuation and no clause of its
** own ("said the summit that ended at ..." is no venue of the saying). */
static void fill_occasion_dates(ex *x) {
  kn_extractor *X = x->X;
  for (size_t i = 0; i + 1 < X->nev; i++) {
    kn_event *e = &X->ev[i];
    const kn_event *o = &X->ev[i + 1];
    if (e->type != KN_EV_STATEMENT || e->date[0] || e->modality != KN_MOD_OCCURRED || e->first != e->last) continue;
    if (o->sent != e->sent || !o->date[0] || o->first <= e->last + 2 || o->first > e->last + 12) continue;
    if (o->type != KN_EV_BRIEFING && !consult_family(o->type)) continue;
    if (o->type == KN_EV_VISIT) continue;
    /* back from the occasion's trigger: modifiers, a determiner, "at" */
    uint32_t q = o->first - 1;
    for (int k = 0; k < 3 && q > e->last && x->tk->tok[q].kind == KN_TK_WORD && (x->tk->tok[q].flags & KN_TF_LOWER) &&
         !key_in(x, q, C_SKIP); k++) q--;
    if (!(q > e->last + 1 && key_in(x, q, C_SKIP) && key_in(x, q - 1, C_AT))) continue;
    /* the object between: one plain phrase of at most six tokens, with no
    ** verb ("condemned the pledge she made at a meeting": hers, not the
    ** statement's venue) */
    int plain = q - 1 - (e->last + 1) <= 6;
    for (uint32_t p = e->last + 1; p < q - 1 && plain; p++)
      plain = x->tk->tok[p].kind != KN_TK_PUNCT && !(x->cue[p] & CLAUSE_CUES) && !key_in(x, p, C_SAY) &&
              !past_verb(x, p);
    if (!plain) continue;
    memcpy(e->date, o->date, sizeof e->date);
    memcpy(e->date_end, o->date_end, sizeof e->date_end);
  }
}

/* Does event e's one-word trigger open its sentence as the frame of what
** the sentence goes on to report: "In a statement, the NIS said …", "At a
** briefing, the deputy adviser said …", "In a joint communique, …" (the
** sentence's first word "in" or "at", then "a" or "an", then at most three
** lower-case modifiers)? */
static int opening_frame(const ex *x, const kn_event *e) {
  uint32_t first = x->tk->sent[e->sent].first;
  if (e->first != e->last || e->first < first + 2) return 0;
  /* the same frame after the verb of saying it carries: "the spokesperson
  ** said in a written briefing that …" (a verb of saying, "in", "a" or
  ** "an", then at most three lower-case modifiers) */
  if (e->first > first + 5 || !key_in(x, first, C_PP_PREP_INTRO) || key_in(x, first, C_FRAME)) {
    uint32_t p = e->first - 1;
    for (int k = 0; k < 3 && p > first && x->tk->tok[p].kind == KN_TK_WORD && (x->tk->tok[p].flags & KN_TF_LOWER) &&
         !key_in(x, p, C_SKIP); k++) p--;
    if (!(p > first + 1 && key_in(x, p, C_SKIP) && key_in(x, p - 1, C_PP_PREP_INTRO) && key_in(x, p - 1, C_LOCPREP) &&
          key_in(x, p - 2, C_SAY)))
      return 0;
    first = p - 1;
  }
  const kn_token *d = &x->tk->tok[first + 1];
  const char *w = x->text + d->start;
  if (!((d->len == 1 && (w[0] == 'a' || w[0] == 'A')) || (d->len == 2 && (w[0] == 'a' || w[0] == 'A') && w[1] == 'n')))
    return 0;
  for (uint32_t p = first + 2; p < e->first; p++) {
    const kn_token *t = &x->tk->tok[p];
    if (!(t->kind == KN_TK_WORD && (t->flags & KN_TF_LOWER)) && !is_punct(x, p, '-')) return 0;
  }
  return 1;
}

/* "… South Korea's spy agency said Friday. ¶ In a statement, the NIS
** said …": a statement, communique or briefing named as the frame of the
** sentence is the channel through which the news of the sentence before
** was given, on its day. With no date of its own it takes the last day
** named in the sentence before, also across a paragraph break (the frame
** opens the paragraph that details that news), as fill_context_dates does
** not; when that sentence names no day, the day of the article's main
** event (the body's first event dated to a day), whose outcome it states
** ("In a joint communique, the two sides pledged …" after a ministerial).
** Only one stated as fact: a planned statement has no day yet. */
static void fill_frame_dates(ex *x) {
  kn_extractor *X = x->X;
  if (!x->tg) return;
  uint32_t body = x->body;
  const char *main_day = NULL;
  for (size_t i = 0; i < X->nev && !main_day; i++)
    if (X->ev[i].sent >= body && strlen(X->ev[i].date) == 10) main_day = X->ev[i].date;
  size_t t = 0;
  for (size_t i = 0; i < X->nev; i++) {
    kn_event *e = &X->ev[i];
    if (e->date[0] || e->sent == 0) continue;
    if (e->type != KN_EV_STATEMENT && e->type != KN_EV_AGREEMENT && e->type != KN_EV_BRIEFING) continue;
    if (!opening_frame(x, e)) continue;
    while (t < x->tg->ntx && x->tg->tx[t].sent < e->sent - 1) t++;
    const kn_timex *day = NULL;
    for (size_t k = t; k < x->tg->ntx && x->tg->tx[k].sent == e->sent - 1; k++) {
      const kn_timex *tx = &x->tg->tx[k];
      if (tx->type == KN_TX_DATE && strlen(tx->value) == 10 && !in_dateline(x, tx)) day = tx;
    }
    if (day) copy_date(e->date, day->value);
    else if (main_day && e->modality == KN_MOD_OCCURRED) copy_date(e->date, main_day);
  }
}

/* "North Korea has fired what appears to be a new ICBM … South Korea's
** JCS said the missile was launched … on Thursday": a story of a weapons
** test opens with the test undated and dates it a few sentences on. An
** undated test stated as fact in the lead (the first two sentences of the
** body) takes the day of the next test dated to a day within the next
** three sentences, when their parties do not differ (one has none, or
** they share one). */
static void fill_test_dates(ex *x) {
  kn_extractor *X = x->X;
  uint32_t body = x->body;
  for (size_t i = 0; i < X->nev; i++) {
    kn_event *e = &X->ev[i];
    if (e->type != KN_EV_WEAPONS_TEST || e->date[0] || e->sent > body + 1 || e->modality == KN_MOD_PLANNED) continue;
    for (size_t j = i + 1; j < X->nev && X->ev[j].sent <= e->sent + 3; j++) {
      const kn_event *o = &X->ev[j];
      if (o->type != KN_EV_WEAPONS_TEST || strlen(o->date) != 10) continue;
      int share = e->npart == 0 || o->npart == 0;
      for (uint32_t a = 0; a < e->npart && !share; a++)
        for (uint32_t b = 0; b < o->npart && !share; b++) {
          int32_t p = X->parts[e->part + a], q = X->parts[o->part + b];   /* or a leader and his country */
          share = p == q || kn_gaz_of(x->g, p) == q || kn_gaz_of(x->g, q) == p;
        }
      if (share) memcpy(e->date, o->date, sizeof e->date);
      break;
    }
  }
}

/* A named meeting mentioned again with no date of its own takes the date
** it has elsewhere in the document. (Giving undated headline events the
** document's main date was measured and lowered date accuracy: the gold
** leaves many of them undated.) */
typedef struct evkey { uint32_t hash, len, idx; } evkey;

static int evkey_cmp(const void *pa, const void *pb) {
  const evkey *a = pa, *b = pb;
  if (a->hash != b->hash) return a->hash < b->hash ? -1 : 1;
  if (a->len != b->len) return a->len < b->len ? -1 : 1;
  return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/* Each undated event with a multi-word trigger takes the date of the first
** event (in text order) dated from the start with the same trigger text.
** Events are grouped by a hash of the text, so that a document repeating
** one meeting name thousands of times costs n log n, not n squared. */
static kn_status fill_meeting_dates(ex *x) {
  kn_extractor *X = x->X;
  size_t undated = 0;   /* events that may take a date: most documents have none */
  uint64_t lens = 0;    /* their text lengths, modulo 64 */
  for (size_t i = 0; i < X->nev; i++)
    if (!X->ev[i].date[0] && X->ev[i].last != X->ev[i].first) {
      undated++;
      lens |= (uint64_t)1 << ((X->ev[i].stop - X->ev[i].start) & 63);
    }
  if (X->nev < 2 || !undated) return KN_OK;
  evkey *k = X->alloc(X->ud, NULL, 0, X->nev * sizeof(evkey));
  if (!k) return KN_ENOMEM;
  /* only events of a length an undated one has: a group with no undated
  ** event does nothing */
  size_t nk = 0;
  for (size_t i = 0; i < X->nev; i++) {
    const kn_event *e = &X->ev[i];
    if (!((lens >> ((e->stop - e->start) & 63)) & 1)) continue;
    k[nk].hash = kn_hash(x->text + e->start, e->stop - e->start);
    k[nk].len = e->stop - e->start;
    k[nk].idx = (uint32_t)i;
    nk++;
  }
  qsort(k, nk, sizeof(evkey), evkey_cmp);
  for (size_t a = 0, b; a < nk; a = b) {
    uint32_t len = k[a].len;
    for (b = a + 1; b < nk && k[b].hash == k[a].hash && k[b].len == len; b++) {}
    /* [a, b): one hash and length, in event order; the texts may still
    ** differ (a collision): each undated event takes the first dated one
    ** with its very text, found once per distinct text */
    for (size_t i = a; i < b; i++) {
      kn_event *e = &X->ev[k[i].idx];
      if (k[i].len == UINT32_MAX || e->date[0] || e->last == e->first) continue;
      for (size_t j = a; j < b; j++) {
        const kn_event *o = &X->ev[k[j].idx];
        if (!o->date[0] || memcmp(x->text + o->start, x->text + e->start, len) != 0) continue;
        memcpy(e->date, o->date, sizeof e->date);
        break;
      }
      if (!e->date[0]) {
        /* no dated one with this text: the others with it need no search */
        for (size_t j = i + 1; j < b; j++) {
          kn_event *o = &X->ev[k[j].idx];
          if (!memcmp(x->text + o->start, x->text + e->start, len)) k[j].len = UINT32_MAX;
        }
      }
    }
  }
  X->alloc(X->ud, k, X->nev * sizeof(evkey), 0);
  return KN_OK;
}

/* Is sentence 0 a headline: a line of its own, not ended by a period? */
static int headline(const ex *x) {
  const kn_tokenizer *tk = x->tk;
  if (tk->nsent < 2) return 0;
  const kn_sentence *h = &tk->sent[0];
  if (h->last < h->first || is_punct(x, h->last, '.')) return 0;
  return tk->tok[tk->sent[1].first].ws >= KN_WS_LINE;
}

/* Is event e's trigger in a restrictive relative clause, one with no comma
** before its relative word, a few words on ("the city where the two
** leaders signed the treaty", "the missile that Pyongyang tested in
** 2017")? Such a clause tells what a noun is, by a happening of the past:
** background, not the news the sentence reports. */
static int restrictive_relative(const ex *x, const kn_event *e) {
  uint32_t first = x->tk->sent[e->sent].first;
  for (uint32_t q = e->first, k = 0; q > first + 1 && k < 6; k++) {
    q--;
    if (x->tk->tok[q].kind == KN_TK_PUNCT && !is_punct(x, q, '-')) return 0;
    if (word_is(x, q, "where") || key_in(x, q, C_WHICH) || key_in(x, q, C_RELATIVE))
      /* after a noun: a lower-case word, not a verb taking a "that" clause */
      return x->tk->tok[q - 1].kind == KN_TK_WORD && (x->tk->tok[q - 1].flags & KN_TF_LOWER) &&
             !key_in(x, q - 1, C_SAY) && !key_in(x, q - 1, C_SKIP) && !key_in(x, q - 1, C_AUX) &&
             !past_verb(x, q - 1);
  }
  return 0;
}

/* Is the lead's event e background: in a restrictive relative clause
** (restrictive_relative) and dated to no day of the month before the
** publication ("…, the city where the two signed a declaration in 2000")?
** The news a headline tells is recent; a clause that tells what a noun is
** by an old happening does not report it ("… for a summit where the two
** signed a treaty" on the news day does). */
static int background_relative(const ex *x, const kn_event *e) {
  if (!e->date[0] || !x->day || !restrictive_relative(x, e)) return 0;
  int32_t d = day_of(e->date);
  return d == 0 || d < x->day - 31;
}

/* A headline event takes the date the lead (the first sentence of the body
** that tells of an event) gives the same event, its first event of the
** same kind; one the lead does not report has none, unless the headline
** dates it itself ("Freedom Shield set to begin Monday"). */
static void headline_dates(ex *x) {
  kn_extractor *X = x->X;
  if (!x->body) return;
  size_t lead = 0;
  while (lead < X->nev && X->ev[lead].sent == 0) lead++;
  if (lead == X->nev) return;
  for (size_t i = 0; i < lead; i++) {
    kn_event *e = &X->ev[i];
    if (x->headline_own && (x->headline_own >> (i < 31 ? i : 31)) & 1u) continue;
    const kn_event *o = NULL;
    /* not one of another kind of gathering: the lead's "session" is not
    ** the headline's "summit" */
    int head = trigger_head(x, e->first, e->last);
    for (size_t j = lead; j < X->nev && j < lead + 32 && X->ev[j].sent == X->ev[lead].sent && !o; j++)
      if (family_slot(X->ev[j].type) == family_slot(e->type) && !background_relative(x, &X->ev[j])) {
        int h = head ? trigger_head(x, X->ev[j].first, X->ev[j].last) : 0;
        if (!(h && h != head)) o = &X->ev[j];
      }
    memcpy(e->date, o ? o->date : "", o ? sizeof e->date : 1);
    memcpy(e->date_end, o ? o->date_end : "", o ? sizeof e->date_end : 1);
  }
}

/* Is the noun trigger n the object of the verb trigger v of the same
** family: only determiners, modifiers, possessives, numbers and dates
** between ("attend this week's summit", "attend a ministerial meeting")? */
static int object_trigger_at(const ex *x, const cand *v, const cand *n) {
  const kn_token *tok = x->tk->tok;
  if (v->a != v->b || tok[v->a].sent != tok[n->a].sent || n->a <= v->b || n->a - v->b > 6) return 0;
  if (!consult_family(v->type) || (n->type != KN_EV_MEETING && n->type != KN_EV_TALKS)) return 0;
  if (noun_suffix(x, v->a) || noun_trigger(x, v)) return 0;
  /* "Talks following the summit drew …": a word in -s opening its
  ** sentence has no subject before it to be its verb; it is the noun */
  if (opening_plural(x, v->a)) return 0;
  int det = 0;
  size_t mi = mention_from(x->lk, v->b + 1);
  for (uint32_t i = v->b + 1; i < n->a; i++) {
    const kn_token *t = &tok[i];
    if (in_timex(x, i) || t->kind == KN_TK_CLITIC || t->kind == KN_TK_NUM || is_punct(x, i, '-')) continue;
    det |= key_in(x, i, C_SKIP);
    /* a place or body naming the kind: "attended the Madrid summit" */
    while (mi < x->lk->nm && x->lk->m[mi].last < i) mi++;
    if (det && mi < x->lk->nm && x->lk->m[mi].first <= i && x->lk->m[mi].type != KN_ET_PERSON &&
        x->lk->m[mi].type != KN_ET_OFFICE) continue;
    if (t->kind == KN_TK_WORD && (t->flags & KN_TF_LOWER) && !key_in(x, i, C_NONPARTY_PREP) &&
        !key_in(x, i, C_PARTY_PREP) && !key_in(x, i, C_COORD)) continue;
    return 0;
  }
  return det || noun_trigger(x, n);
}
/* (its tests of the two types inline: most pairs fail them) */
static inline int object_trigger(const ex *x, const cand *v, const cand *n) {
  return (n->type == KN_EV_MEETING || n->type == KN_EV_TALKS) && consult_family(v->type) && object_trigger_at(x, v, n);
}

/* Is the verb trigger v a past participle or past verb of the consult
** family that tells of the noun trigger n shortly before it, with only
** lower-case words between ("a dinner hosted by", "the summit he had
** hosted")? */
static int participle_of(const ex *x, const cand *n, const cand *v) {
  const kn_token *tok = x->tk->tok;
  if (v->a != v->b || tok[v->a].sent != tok[n->a].sent || v->a <= n->b) return 0;
  if (!consult_family(v->type) || !consult_family(n->type) || !past_form(x, v->a)) return 0;
  if (!(tok[v->a].flags & KN_TF_LOWER)) return 0;
  /* "The summit, hosted by Poland, ended …": a participle set off by a
  ** comma with its agent next tells of the noun as well, and so does a
  ** second one after "and" ("…, hosted by Poland and attended by Japan") */
  if (v->a > n->b + 3)
    return key_in(x, v->a + 1, C_BY) && word_is(x, v->a - 1, "and") && comma_passive_before(x, n->b, v->a - 1) &&
           noun_trigger(x, n);
  if (!noun_trigger(x, n)) return 0;
  if (v->a == n->b + 2 && is_punct(x, n->b + 1, ',')) return key_in(x, v->a + 1, C_BY);
  for (uint32_t i = n->b + 1; i < v->a; i++)
    if (tok[i].kind != KN_TK_WORD || !(tok[i].flags & KN_TF_LOWER)) return 0;
  return 1;
}

/* Is the consult verb v the verb of a relative clause on the meeting noun
** n, whose object n is ("a session that the secretary general is hosting",
** "the summit which Biden will host", "a gathering that he chaired")? The
** clause opens with "that"/"which" right after n; its subject is names
** (a mention), a pronoun or a determiner with capitalised words, then up to
** two auxiliaries, then v, a verb of hosting or holding in any inflection,
** within ten tokens. Hosting the meeting is the meeting: one happening,
** on the noun, with the host among its parties (ANNOTATION.md). */
static int relative_host_of_at(const ex *x, const cand *n, const cand *v) {
  static const char *const STEMS[] = { "host", "hold", "held", "convene", "chair", "organi", NULL };
  const kn_token *tok = x->tk->tok;
  if (v->a != v->b || n->type != KN_EV_MEETING || !consult_family(v->type)) return 0;
  if (tok[v->a].sent != tok[n->a].sent || v->a <= n->b + 2 || v->a - n->b > 10) return 0;
  if (!(tok[v->a].flags & KN_TF_LOWER) || !noun_trigger(x, n) || !key_in(x, n->b + 1, C_WHICH)) return 0;
  char w[16];
  size_t len = tkey(x, v->a, w, sizeof w);
  int stem = 0;
  for (int i = 0; STEMS[i] && len && !stem; i++) {
    size_t l = strlen(STEMS[i]);
    stem = len >= l && len <= l + 4 && !memcmp(w, STEMS[i], l);
  }
  if (!stem) return 0;
  int subj = 0, aux = 0;
  size_t mi = mention_from(x->lk, n->b + 2);
  for (uint32_t i = n->b + 2; i < v->a; i++) {
    const kn_token *t = &tok[i];
    if (mi < x->lk->nm && x->lk->m[mi].first == i) {
      if (aux) return 0;
      i = x->lk->m[mi].last;
      mi++;
      subj = 1;
      continue;
    }
    if (t->kind == KN_TK_CLITIC) continue;
    if (t->kind != KN_TK_WORD) return 0;
    if (key_in(x, i, C_AUX) || key_in(x, i, C_BE)) { if (!subj || ++aux > 2) return 0; continue; }
    if (aux) return 0;
    if (key_in(x, i, C_HE) || key_in(x, i, C_PRONOUN) || key_in(x, i, C_SKIP) || !(t->flags & KN_TF_LOWER)) {
      subj = 1;
      continue;
    }
    return 0;
  }
  return subj;
}
static inline int relative_host_of(const ex *x, const cand *n, const cand *v) {
  return n->type == KN_EV_MEETING && v->a == v->b && consult_family(v->type) && relative_host_of_at(x, n, v);
}

/* Is the consult verb v the passive predicate of the meeting noun n that
** opens its sentence as the subject ("Talks, held in Tokyo on Tuesday, were
** attended by Cho and Kamikawa", "The meeting was hosted by Park Jin")?
** v is a past participle after "was"/"were" (an adverb may stand between),
** or after "and" and such a passive ("was chaired by Rutte and attended
** by …"), with "by" right after it. One happening: the noun is the trigger, and
** the agent names its parties (emit_event's include_at). */
static int passive_of_subject_at(const ex *x, const cand *n, const cand *v) {
  const kn_token *tok = x->tk->tok;
  uint32_t s = tok[n->a].sent;
  if (v->a != v->b || tok[v->a].sent != s || v->a <= n->b + 1 || v->a - n->b > 16) return 0;
  if (!consult_family(n->type) || !consult_family(v->type) || !past_form(x, v->a) || !key_in(x, v->a + 1, C_BY))
    return 0;
  uint32_t b = v->a - 1;
  if (key_in(x, b, C_ADVERB) && b > n->b + 1) b--;
  if (!(word_is(x, b, "was") || word_is(x, b, "were"))) {
    /* "was chaired by Rutte and attended by Cho": a participle after
    ** "and" shares the auxiliary of a passive before it */
    if (!word_is(x, b, "and") || !passive_before(x, n->b, b)) return 0;
  }
  uint32_t f = x->tk->sent[s].first;
  return n->a == f || (n->a == f + 1 && key_in(x, f, C_THE)) || (n->a > 0 && is_dash(x, n->a - 1) && opening_plural(x, n->a));
}
static inline int passive_of_subject(const ex *x, const cand *n, const cand *v) {
  return v->a == v->b && consult_family(n->type) && consult_family(v->type) && passive_of_subject_at(x, n, v);
}

/* Is the statement or agreement noun n a document that the participle v
** right after it says was agreed on ("a declaration adopted on Wednesday",
** "The summit's final declaration, agreed by allies on Wednesday, …", "the
** Washington Declaration adopted in April", "a communique signed by …")?
** Adopting the text is the happening, an agreement, on the participle
** with its agent and date; the noun names no event of its own. */
static uint32_t passive_after(const ex *x, const cand *n);
static int adopted_document(const ex *x, const cand *n, const cand *v) {
  const kn_token *tok = x->tk->tok;
  if ((n->type != KN_EV_STATEMENT && n->type != KN_EV_AGREEMENT) || n->a != n->b || v->a != v->b) return 0;
  /* "A joint statement was unveiled on Monday": a verb of the statement
  ** family too, in a passive with the document its subject */
  if (v->type == KN_EV_STATEMENT) return v->a <= n->b + 4 && passive_after(x, n) == v->a;
  if (v->type != KN_EV_AGREEMENT) return 0;
  if (tok[v->a].sent != tok[n->a].sent || !(tok[v->a].flags & KN_TF_LOWER) || !past_form(x, v->a)) return 0;
  /* … or as the subject of the participle's passive ("A joint declaration
  ** was adopted by Tokyo and Ottawa on Monday") */
  return v->a == n->b + 1 || (v->a == n->b + 2 && is_punct(x, n->b + 1, ',')) ||
         (v->a <= n->b + 4 && passive_after(x, n) == v->a);
}

/* Is the agreement noun n the object of the agreement verb v of a
** relative clause right after it ("the mutual defense treaty the two
** countries signed", "a treaty it signed with Pyongyang")? The verb, with
** its subject, tells of the signing; the noun is no event of its own. */
static int object_of_relative(const ex *x, const cand *n, const cand *v) {
  const kn_token *tok = x->tk->tok;
  if (n->type != KN_EV_AGREEMENT || v->type != KN_EV_AGREEMENT || n->a != n->b || v->a != v->b) return 0;
  if (tok[v->a].sent != tok[n->a].sent || v->a <= n->b + 1 || v->a - n->b > 5) return 0;
  if (!past_form(x, v->a) || past_form(x, n->a)) return 0;
  for (uint32_t i = n->b + 1; i < v->a; i++) {
    if (tok[i].kind != KN_TK_WORD || key_in(x, i, C_NONPARTY_PREP) || key_in(x, i, C_PARTY_PREP) ||
        key_in(x, i, C_COORD) || key_in(x, i, C_AUX)) return 0;
  }
  return 1;
}

/* Is candidate n one word naming a document (a statement or agreement:
** "declaration", "communique"), what an issuing verb puts out? */
static inline int document_word(const cand *n) {
  return n->a == n->b && (n->type == KN_EV_STATEMENT || n->type == KN_EV_AGREEMENT);
}

/* Is the one-word statement or agreement noun n the last word of a
** document's name, capitalised after a capitalised word of the body that
** does not open the sentence ("the Washington Declaration", "the Camp
** David Declaration", "the Comprehensive Strategic Partnership Treaty")?
** A named document is a text in being: naming it is no statement or
** agreement; issuing, adopting or signing it may be one (issuing_verb,
** the verb's own trigger). A title-case headline tells nothing by its
** capitals. */
static int named_document(const ex *x, const cand *n) {
  const kn_token *tok = x->tk->tok;
  if (!document_word(n) || n->a == 0) return 0;
  const kn_token *t = &tok[n->a];
  uint32_t s = t->sent;
  if (t->kind != KN_TK_WORD || (t->flags & (KN_TF_LOWER | KN_TF_UPPER)) || s < x->body) return 0;
  const kn_token *q = &tok[n->a - 1];
  if (!(q->sent == s && n->a - 1 > x->tk->sent[s].first && q->kind == KN_TK_WORD &&
        !(q->flags & KN_TF_LOWER) && !is_dash(x, n->a - 2)))
    return 0;
  /* "a Joint Statement", "a Foreign Ministry Statement": a name takes "the";
  ** after "a" the capitals only dress up the common noun */
  for (long p = (long)n->a - 1, k = 0; p >= (long)x->tk->sent[s].first && k < 8; p--, k++) {
    if (word_is(x, (uint32_t)p, "a") || word_is(x, (uint32_t)p, "an")) return 0;
    if (tok[p].kind != KN_TK_WORD || (tok[p].flags & KN_TF_LOWER)) break;
  }
  /* "The Vilnius Summit Communique, issued by NATO in July": the document
  ** put out, by whom the passive says, is the statement itself */
  uint32_t v = n->a + 1;
  if (v < x->ntok && is_punct(x, v, ',')) v++;
  return !(v + 1 < x->ntok && tok[v].sent == s && key_in(x, v, C_ISSUE) && key_in(x, v + 1, C_BY));
}

/* Is the meeting trigger m part of the name of the document noun n right
** after it, with only capitalised words between ("the Vilnius Summit
** Communique", "the Camp David Summit Joint Statement")? The name tells
** which meeting the document comes from; it reports no meeting. */
static int in_document_name(const ex *x, const cand *m, const cand *n) {
  const kn_token *tok = x->tk->tok;
  if (m->type != KN_EV_MEETING || m->b >= n->a || n->a - m->b > 3 || !document_word(n) || tok[n->a].sent < x->body ||
      tok[m->a].sent != tok[n->a].sent)
    return 0;
  for (uint32_t t = m->a; t <= n->a; t++)
    if (tok[t].kind != KN_TK_WORD || (tok[t].flags & KN_TF_LOWER)) return 0;
  return 1;
}

/* "Marles, Wong, Cho and Shin issued a joint statement", "as he released
** the long-delayed joint communique": a document noun that is the object of
** a verb putting it out names the same happening as the verb, and the verb,
** first, is the trigger (ANNOTATION.md: two triggers of one happening are
** one event on the first). The verb stands at most six tokens before the
** noun, with only lower-case words, hyphens and clitics between. Returns
** the verb's token, or UINT32_MAX. */
static uint32_t issuing_verb_at(const ex *x, const cand *n) {
  const kn_token *tok = x->tk->tok;
  /* "issued the Washington Declaration": a named document's name, its
  ** capitalised words, stands between */
  int named = !(tok[n->a].flags & KN_TF_LOWER);
  if (named && !named_document(x, n)) return UINT32_MAX;
  uint32_t s = tok[n->a].sent;
  int det = 0;                     /* the noun's determiner: "a", "the", "their" */
  for (long p = (long)n->a - 1, k = 0; p >= 0 && k < 6 && tok[p].sent == s; p--, k++) {
    const kn_token *t = &tok[p];
    if (t->kind == KN_TK_WORD && key_in(x, (uint32_t)p, C_ISSUE))
      /* not a noun itself ("a press release") */
      return det && !(p > 0 && key_in(x, (uint32_t)p - 1, C_SKIP)) ? (uint32_t)p : UINT32_MAX;
    det |= key_in(x, (uint32_t)p, C_SKIP);
    if (t->kind == KN_TK_CLITIC || is_punct(x, (uint32_t)p, '-')) continue;
    if (named && !det && t->kind == KN_TK_WORD && !(t->flags & KN_TF_LOWER)) continue;
    if (t->kind != KN_TK_WORD || !(t->flags & KN_TF_LOWER) || key_in(x, (uint32_t)p, C_NONPARTY_PREP) ||
        key_in(x, (uint32_t)p, C_PARTY_PREP) || key_in(x, (uint32_t)p, C_COORD) || key_in(x, (uint32_t)p, C_AUX))
      return UINT32_MAX;
  }
  return UINT32_MAX;
}
/* Is the document noun n the subject of a passive issuing verb right
** after it ("The communique was released on Tuesday", "A joint statement
** was issued by the two ministers", "has been published")? The token of
** the verb, which tells of the issuing as in "issued a joint statement",
** or UINT32_MAX. */
/* The token after the past passive auxiliary that follows candidate n
** ("was", "were", "has been"; an adverb may follow), if it is a lower-case past
** form in the sentence; else UINT32_MAX. */
static uint32_t passive_after(const ex *x, const cand *n) {
  uint32_t q = n->b + 1, s = x->tk->tok[n->a].sent;
  if (q + 1 >= x->tk->ntok || x->tk->tok[q + 1].sent != s) return UINT32_MAX;
  if (word_is(x, q, "has") || word_is(x, q, "have") || word_is(x, q, "had")) {
    if (!word_is(x, q + 1, "been")) return UINT32_MAX;
    q++;
  } else if (!(word_is(x, q, "was") || word_is(x, q, "were")))   /* not a habit: "is published after each …" */
    return UINT32_MAX;
  q++;
  if (q + 1 < x->tk->ntok && key_in(x, q, C_ADVERB)) q++;
  return q < x->tk->ntok && x->tk->tok[q].sent == s && (x->tk->tok[q].flags & KN_TF_LOWER) && past_form(x, q)
             ? q : UINT32_MAX;
}
static uint32_t issued_passive(const ex *x, const cand *n) {
  uint32_t q = passive_after(x, n);
  return q != UINT32_MAX && key_in(x, q, C_ISSUE) ? q : UINT32_MAX;
}
static inline uint32_t issuing_verb(const ex *x, const cand *n) {
  if (!document_word(n)) return UINT32_MAX;
  uint32_t v = issuing_verb_at(x, n);
  return v != UINT32_MAX ? v : issued_passive(x, n);
}

/* Is "the" + token i (a weapons-test word) the subject of its clause,
** opening the sentence or a reported clause ("The launch came hours
** after …", "said the test had been overseen"), after a weapons test
** among the candidates cs[0..nc) of earlier sentences? Not an object
** ("condemned the launch") nor a word of another head ("the launch of"). */
static int test_again(const ex *x, uint32_t i, const cand *cs, size_t nc) {
  const kn_token *tok = x->tk->tok;
  uint32_t s = tok[i].sent;
  if (i + 1 >= x->tk->ntok || tok[i + 1].sent != s || key_in(x, i + 1, C_OF) ||
      tok[i + 1].kind != KN_TK_WORD || !(tok[i + 1].flags & KN_TF_LOWER)) return 0;
  uint32_t d = i - 1;                   /* "the" */
  if (!(d == x->tk->sent[s].first || (d > 0 && tok[d - 1].sent == s && (key_in(x, d - 1, C_SAY) ||
                                                                          key_in(x, d - 1, C_THAT)))))
    return 0;
  for (size_t k = nc; k-- > 0;)
    if (cs[k].type == KN_EV_WEAPONS_TEST && tok[cs[k].a].sent < s) return 1;
  return 0;
}

/* Is the verb at token v a bare verb joined by "and" or "or" to a verb a
** negation or a modal governs ("could travel to Washington next month and
** meet Trump", "did not attend the summit or hold talks")? The bare form
** shares the first verb's "could" or "not", past the three words negated
** looks at. Not past "but" or a comma ("did not attend but held talks",
** "could visit Seoul, and Rutte met"), a clause word, or an auxiliary of
** its own ("will travel"); an -s or -ing form has a tense of its own
** ("if he travels and meets"). */
static int coordinated_unreal(const ex *x, uint32_t v) {
  const kn_token *tok = x->tk->tok;
  uint32_t s = tok[v].sent;
  if (x->neg_class < 0 || !sent_has(x, s, SF_NEG) || v < 3) return 0;
  const kn_token *t = &tok[v];
  if (t->kind != KN_TK_WORD || !(t->flags & KN_TF_LOWER) || key_in(x, v, C_AUX) || ing_form(x, v) ||
      (t->len > 3 && x->text[t->start + t->len - 1] == 's' && x->text[t->start + t->len - 2] != 's'))
    return 0;
  uint32_t c = v - 1;
  if (key_in(x, c, C_ADVERB)) c--;                 /* "and then meet" */
  if (tok[c].sent != s || !key_in(x, c, C_COORD) || !(tok[c].flags & KN_TF_LOWER)) return 0;
  /* a past form shares a negation only after "or" ("never visited
  ** Pyongyang or met Kim"): "and met" may tell what was done instead */
  if (past_verb(x, v) && !word_is(x, c, "or")) return 0;
  for (long p = (long)c - 1, k = 0; p >= (long)x->tk->sent[s].first && k < 14; p--, k++) {
    if (tok[p].kind == KN_TK_PUNCT && !is_punct(x, (uint32_t)p, '-') && !is_punct(x, (uint32_t)p, '.')) return 0;
    if (tok[p].kind != KN_TK_WORD) continue;
    if ((word_classes(x, (uint32_t)p) & (1u << x->neg_class)) && (tok[p].flags & KN_TF_LOWER))
      return !neg_void(x, (uint32_t)p) && !key_in(x, (uint32_t)p, C_BOUNDARY_WORDS);
    if (key_in(x, (uint32_t)p, C_AUX) || key_in(x, (uint32_t)p, C_BOUNDARY_WORDS) ||
        key_in(x, (uint32_t)p, C_RELATIVE) || key_in(x, (uint32_t)p, C_THAT) || key_in(x, (uint32_t)p, C_SAY))
      return 0;
  }
  return 0;
}
/* The same for a trigger at token i: its own verb, or the support verb
** whose object it is ("or hold talks"). */
static int coordinated_unreal_trigger(const ex *x, uint32_t i) {
  if (x->neg_class < 0 || !sent_has(x, x->tk->tok[i].sent, SF_NEG)) return 0;
  if (coordinated_unreal(x, i)) return 1;
  long v = support_verb_before(x, i);
  return v > 0 && coordinated_unreal(x, (uint32_t)v);
}

/* Is the trigger at token i the second conjunct of an object whose first
** conjunct, the trigger at token n, is negated or called off ("postponed a
** session of the Nuclear Consultative Group and the group's first tabletop
** exercise")? The second conjunct is a noun phrase: "and" or "or", a
** determiner, then modifiers; no punctuation or auxiliary before it, all
** within twelve tokens of one sentence. */
static int negated_conjunct(const ex *x, uint32_t n, uint32_t i) {
  const kn_token *tok = x->tk->tok;
  if (n == UINT32_MAX || n >= i || i - n > 12 || tok[n].sent != tok[i].sent) return 0;
  uint32_t q = n + 1;
  for (; q < i && !key_in(x, q, C_COORD); q++)
    if ((tok[q].kind != KN_TK_WORD && tok[q].kind != KN_TK_CLITIC && !is_punct(x, q, '-')) || key_in(x, q, C_AUX))
      return 0;
  if (q + 1 >= i || !key_in(x, q + 1, C_SKIP)) return 0;     /* "and the", "or a" */
  /* modifiers: at most three lower-case words, a name only as a possessor
  ** ("the group's first tabletop exercise"; not "and the United States
  ** held a summit") */
  int words = 0;
  size_t mi = mention_from(x->lk, q + 2);
  for (q += 2; q < i; q++) {
    const kn_token *t = &tok[q];
    if (mi < x->lk->nm && x->lk->m[mi].first == q) {
      q = x->lk->m[mi].last;
      mi++;
      if (q + 1 >= i || tok[q + 1].kind != KN_TK_CLITIC) return 0;
      continue;
    }
    if (t->kind == KN_TK_CLITIC || t->kind == KN_TK_NUM || is_punct(x, q, '-')) continue;
    if (t->kind != KN_TK_WORD || !(t->flags & KN_TF_LOWER) || ++words > 3 || key_in(x, q, C_SKIP) ||
        key_in(x, q, C_AUX) || key_in(x, q, C_NONPARTY_PREP) || key_in(x, q, C_PARTY_PREP) || key_in(x, q, C_COORD))
      return 0;
  }
  return 1;
}

/* Is the trigger at token i the head of the object of a verb that is
** negated or hypothetical ("could sign a new defence pact", "did not hold
** their annual summit")? The verb's own window (negated) reaches only
** three words, so a longer object slips past it. The verb is the trigger
** dropped as negated (token n) or a support verb ("hold", "attend", "sign")
** that is; between them an optional determiner and at most three
** modifiers (lower-case words, numbers, a possessor's name): no
** punctuation, preposition, auxiliary or coordinator. */
static int negated_object(const ex *x, uint32_t n, uint32_t i) {
  const kn_token *tok = x->tk->tok;
  uint32_t s = tok[i].sent;
  /* a participle after a noun is no head of the object ("failed to ratify
  ** the pact signed in March") */
  if (i < 3 || !sent_has(x, s, SF_NEG) || past_form(x, i)) return 0;
  long p = (long)i - 1;
  int words = 0;
  size_t mi = mention_from(x->lk, (uint32_t)p + 1);
  while (p > (long)x->tk->sent[s].first) {
    const kn_token *t = &tok[p];
    if (t->kind == KN_TK_CLITIC && mi > 0 && x->lk->m[mi - 1].last + 1 == (uint32_t)p) {
      p = (long)x->lk->m[--mi].first - 1;          /* "the alliance's", "Japan's" */
      continue;
    }
    if (t->kind == KN_TK_NUM || t->kind == KN_TK_CLITIC || is_punct(x, (uint32_t)p, '-') ||
        is_punct(x, (uint32_t)p, '\'')) { p--; continue; }
    if (t->kind != KN_TK_WORD || !(t->flags & KN_TF_LOWER) || key_in(x, (uint32_t)p, C_AUX) ||
        key_in(x, (uint32_t)p, C_NONPARTY_PREP) || key_in(x, (uint32_t)p, C_PARTY_PREP) ||
        key_in(x, (uint32_t)p, C_COORD) || key_in(x, (uint32_t)p, C_TO) || key_in(x, (uint32_t)p, C_OF) ||
        word_is(x, (uint32_t)p, "but"))   /* "did not attend the summit but held talks" */
      return 0;
    if (key_in(x, (uint32_t)p, C_SKIP)) { p--; break; }        /* the determiner: the verb comes next */
    if ((uint32_t)p == n || key_in(x, (uint32_t)p, C_SUPPORT)) break;   /* a bare object: "could hold annual talks" */
    if (++words > 3) return 0;
    p--;
  }
  if (p < 0 || tok[p].sent != s || tok[p].kind != KN_TK_WORD || !(tok[p].flags & KN_TF_LOWER)) return 0;
  if ((uint32_t)p == n) return 1;
  return key_in(x, (uint32_t)p, C_SUPPORT) && (negated(x, (uint32_t)p) || coordinated_unreal(x, (uint32_t)p));
}

/* Are the talks of candidate t what a copula or a naming verb after them
** calls a meeting, the candidate m ("the Brussels talks were expected to
** be his last NATO ministerial", "talked for two hours, in what Biden
** called the first summit he had hosted")? Talks that are a summit or a
** ministerial are that meeting (SCHEMA.md: meeting includes summits and
** ministerials). Before m stand at most five modifiers (determiners,
** possessives, lower-case words that are no preposition, names), and
** before them the verb, within twenty tokens of the talks. */
static const char *const COPULA[] = { "be", "been", "is", "are", "was", "were", "called", NULL };
static int talks_called_meeting(const ex *x, const cand *t, const cand *m) {
  const kn_token *tok = x->tk->tok;
  if (t->type != KN_EV_TALKS || m->type != KN_EV_MEETING || t->a != t->b || m->a <= t->b + 2 ||
      m->a - t->b > 20 || tok[m->a].sent != tok[t->a].sent) return 0;
  long p = (long)m->a - 1;
  for (int k = 0; k < 5 && p > (long)t->b; k++, p--) {
    const kn_token *w = &tok[p];
    size_t mi = mention_from(x->lk, (uint32_t)p + 1);       /* the mention holding p, if any: mi - 1 */
    if (mi > 0 && x->lk->m[mi - 1].last >= (uint32_t)p && x->lk->m[mi - 1].first > t->b &&
        x->lk->m[mi - 1].type != KN_ET_PERSON) { p = (long)x->lk->m[mi - 1].first; continue; }   /* "NATO" */
    if (w->kind == KN_TK_CLITIC || w->kind == KN_TK_NUM || is_punct(x, (uint32_t)p, '-')) continue;
    if (w->kind != KN_TK_WORD || !(w->flags & KN_TF_LOWER)) return 0;
    for (size_t c = 0; COPULA[c]; c++)
      if (word_is(x, (uint32_t)p, COPULA[c])) {
        /* not a meeting set before or after the talks: "held talks after
        ** what was called an emergency session" */
        for (uint32_t q = t->b + 1; q < (uint32_t)p; q++) if (key_in(x, q, C_SEQUENCE)) return 0;
        return p + 1 < (long)m->a;
      }
    if (key_in(x, (uint32_t)p, C_NONPARTY_PREP) || key_in(x, (uint32_t)p, C_PARTY_PREP) || key_in(x, (uint32_t)p, C_OF) ||
        key_in(x, (uint32_t)p, C_PP_PREP) || key_in(x, (uint32_t)p, C_AUX) || key_in(x, (uint32_t)p, C_COORD) ||
        key_in(x, (uint32_t)p, C_WHICH)) return 0;
  }
  return 0;
}

/* Is candidate i ("the exercise", "the launch") an event the article has
** told of before, named again as the object of a verb that only comments
** on it ("had endorsed the exercise at talks", "to call the launch a grave
** breach", "had hoped to use the gathering for talks")? The verb, a past
** form or an infinitive after "to", stands right before "the" and is no
** support verb (ANNOTATION.md: "attended the gathering" names the event),
** no verb of saying and no verb that acts on the happening itself (taking
** part or looking on, "joined", "watch"; starting, going on with, ending or
** cutting it short, "continued the drills on Tuesday"); a candidate of
** the same family stands in an earlier sentence (first_sent: the first
** sentence of each family's candidates, so no scan back per trigger). A
** mention of a happening already told, not a new one: no event
** (ANNOTATION.md: one event per happening). */
static int commented_again(const ex *x, const cand *cs, size_t i, const uint32_t *first_sent) {
  /* verbs that act on the happening itself: taking part or looking on,
  ** starting, going on with, ending or cutting it short */
  static const char *const PART[] = { "joined", "attended", "watch", "watched", "observe", "observed", "oversee",
    "oversaw", "witness", "witnessed", "monitor", "monitored", "led", "lead", "skip", "skipped", "miss", "missed",
    "boycott", "boycotted", "begin", "began", "begun", "start", "started", "launch", "launched", "kicked", "continue",
    "continued", "resume", "resumed", "extend", "extended", "expand", "expanded", "wrapped", "complete", "completed",
    "finish", "finished", "close", "closed", "halt", "halted", "suspend", "suspended", "postpone", "postponed",
    "delay", "delayed", "cancel", "cancelled", "canceled", "scrapped", "cut", "shortened", "staged", NULL };
  const kn_token *tok = x->tk->tok;
  const cand *c = &cs[i];
  if (c->a != c->b || c->a < 3 || !(tok[c->a].flags & KN_TF_LOWER) || past_form(x, c->a)) return 0;
  uint32_t v = c->a - 2, s = tok[c->a].sent;
  if (!word_is(x, c->a - 1, "the") || tok[v].sent != s || tok[v].kind != KN_TK_WORD || !(tok[v].flags & KN_TF_LOWER))
    return 0;
  if (!past_form(x, v) && !(v > 0 && key_in(x, v - 1, C_TO))) return 0;
  if (key_in(x, v, C_SUPPORT) || key_in(x, v, C_SAY) || key_in(x, v, C_NONPARTY_PREP) || key_in(x, v, C_PARTY_PREP) ||
      key_in(x, v, C_PP_PREP) || key_in(x, v, C_AUX) || key_in(x, v, C_COORD) || key_in(x, v, C_END) || support_verb_before(x, c->a) >= 0)
    return 0;
  if (word_in(x, v, PART)) return 0;
  return first_sent[family_slot(c->type)] < s;
}

/* The data contract: a span never ends before it starts. Whatever rule
** paired two dates the wrong way round ("pulled the drills forward from
** Nov. 20 to Nov. 12" read as a span), the pair is nearly always a move
** forward no rule knew, whose new day is the end: the end alone is the
** event's date. */
static void no_reversed_spans(kn_extractor *X) {
  for (size_t i = 0; i < X->nev; i++) {
    kn_event *e = &X->ev[i];
    int32_t a0, a1, b0, b1;
    if (!e->date_end[0]) continue;
    if (kn_date_range(e->date, strlen(e->date), &a0, &a1) != KN_GRAN_NONE &&
        kn_date_range(e->date_end, strlen(e->date_end), &b0, &b1) != KN_GRAN_NONE && b1 < a0) {
      memcpy(e->date, e->date_end, sizeof e->date);
      e->date_end[0] = 0;
    }
  }
}

static int cand_cmp(const void *pa, const void *pb) {
  const cand *a = pa, *b = pb;
  return a->a < b->a ? -1 : a->a > b->a;
}

/* a[t..e] = v (nothing when t > e), for an array of cap entries filled in
** order: returns e + 1, or t. Runs between two mentions are most of a few
** tokens: four at a time in two 8-byte stores, past e by up to three
** entries while they are in the array (the calls after fill those again). */
static inline uint32_t fill_to(uint32_t *a, uint32_t t, uint32_t e, uint32_t v, uint32_t cap) {
  if (t > e) return t;
  const uint64_t v2 = (uint64_t)v << 32 | v;
  const uint32_t last4 = cap >= 4 ? cap - 4 : 0;   /* a store of four may start at or before it */
  uint32_t u = t;
  if (cap >= 4 && e < last4)   /* four at a time to the end of the run */
    for (; u <= e; u += 4) { memcpy(a + u, &v2, 8); memcpy(a + u + 2, &v2, 8); }
  else
    for (; u <= e; u++) a[u] = v;
  return e + 1;
}

kn_status kn_event_run(kn_extractor *X, const kn_evlex *lex, const kn_gaz *g, const char *text,
                       const kn_tokenizer *tk, const kn_linker *lk, const kn_tagger *tg,
                       const kn_anchor *a) {
  X->nev = 0;
  X->nparts = 0;
  if (!lex || tk->ntok == 0) return KN_OK;
  ex x;
  kn_linker nolk;
  memset(&x, 0, sizeof x);
  x.X = X; x.lex = lex; x.g = g; x.text = text; x.tk = tk; x.lk = lk; x.tg = tg;
  x.day = a && a->year ? a->year * 10000 + a->month * 100 + a->day : 0;
  x.class_sent = -1;
  x.neg_class = kn_wordset_get(lex->classnames, "negation", 8);
  x.troops_class = kn_wordset_get(lex->classnames, "troops", 6);
  x.missile_class = kn_wordset_get(lex->classnames, "missile", 7);
  for (int t = 0; t <= KN_EV_NTYPES; t++) x.last_dated[t] = x.last_dated_def[t] = -1;
  x.main_ev = -1;
  natoc nato = { 0, -1, 0, 0 };
  x.nato = &nato;
  kn_status st = KN_OK;
  cand *cs = NULL;
  size_t nc = 0, capc = 0;
  /* the per-token arrays, in one block that X keeps from one run to the next */
  size_t need = tk->ntok * (2 * sizeof(uint64_t) + 4 * sizeof(uint32_t) + 4) + 2 * (tk->ntok + 1) * sizeof(uint32_t) + 1 +
                tk->nsent * sizeof(uint64_t);
  if (need > X->capscratch) {
    size_t cap = X->capscratch * 2 > need ? X->capscratch * 2 : need;
    void *p = X->alloc(X->ud, NULL, 0, cap);
    if (!p) return KN_ENOMEM;
    kn_free(X->alloc, X->ud, X->scratch, X->capscratch);
    X->scratch = p; X->capscratch = cap;
  }
  x.cue = X->scratch;
  x.wk = x.cue + tk->ntok;
  x.scue = x.wk + tk->ntok;
  x.nsent = tk->nsent;
  /* every cue list possible until clause_bounds reads a sentence: a rule
  ** asking of a sentence with no trigger is never wrongly gated off */
  memset(x.scue, 0xff, tk->nsent * sizeof(uint64_t));
  x.cls = (uint32_t *)(x.scue + tk->nsent);
  x.head = (int32_t *)(x.cls + tk->ntok);
  x.mfrom = (uint32_t *)(x.head + tk->ntok);
  x.tfrom = x.mfrom + tk->ntok + 1;
  x.hl = x.tfrom + tk->ntok + 1;
  x.ml = x.hl + tk->ntok;
  x.mark = (uint8_t *)(x.ml + tk->ntok);
  x.punct = x.mark + tk->ntok;
  x.wl = x.punct + tk->ntok + 1;
  x.sflag = x.wl + tk->ntok;
  x.punct[tk->ntok] = 0;                /* one past the end: no punctuation */
  x.ntok = (uint32_t)tk->ntok;
  tok_words(&x);
  x.body = headline(&x) ? 1 : 0;        /* punct is filled: asked by many rules, found once */
  if (!lk) { memset(&nolk, 0, sizeof nolk); lk = x.lk = &nolk; }
  {
    /* mention_from / timex_from for every token: mentions and timexes are
    ** in order of their first token */
    uint32_t t = 0;
    const uint32_t cap = x.ntok + 1;
    for (size_t j = 0; j < lk->nm; j++)
      t = fill_to(x.mfrom, t, lk->m[j].first < x.ntok ? lk->m[j].first : x.ntok, (uint32_t)j, cap);
    fill_to(x.mfrom, t, x.ntok, (uint32_t)lk->nm, cap);
    if (tg) {
      t = 0;
      for (size_t j = 0; j < tg->ntx; j++)
        t = fill_to(x.tfrom, t, tg->tx[j].first < x.ntok ? tg->tx[j].first : x.ntok, (uint32_t)j, cap);
      fill_to(x.tfrom, t, x.ntok, (uint32_t)tg->ntx, cap);
    } else x.tfrom = NULL;
  }
  /* which tokens are inside mentions */
  size_t mi = 0;
  uint32_t neg_at = UINT32_MAX;           /* the last trigger dropped as negated */
  uint32_t gerund_end = 0;                /* the phrase of a bare gerund deployment ends before */
  /* mention mi's first and last token, kept at hand (UINT32_MAX past the last) */
  uint32_t m_first = lk->nm ? lk->m[0].first : UINT32_MAX, m_last = lk->nm ? lk->m[0].last : UINT32_MAX;
  /* the loop does nothing at a token with no trigger word that is no word
  ** of LOOKED_AT (see below), unless it starts a meeting's name: those are
  ** passed over at once (mi is then found from the last
  ** token looked at, as it would be from the token before) */
  size_t mm = 0;                          /* the next meeting's name: its first token */
  while (mm < lk->nm && lk->m[mm].type != KN_ET_MEETING) mm++;
  uint32_t im = mm < lk->nm ? lk->m[mm].first : UINT32_MAX;
  uint32_t hp = 0;                        /* the first token of hl not passed yet */
  for (uint32_t i = 0;; i++) {
    {
      /* on to the next token whose head is not -1 (HEAD_LOOK: "left",
      ** "start", ...), or to the meeting's name at im: from the list
      ** tok_words made, not token by token */
      const uint32_t ntok = x.ntok, lim = im < ntok ? im : ntok;
      if (i < lim) {
        while (hp < x.nhl && x.hl[hp] < i) hp++;
        uint32_t nx = hp < x.nhl ? x.hl[hp] : ntok;
        i = nx < lim ? nx : lim;
      }
      if (i >= ntok) break;
    }
    if (i == im) {
      do mm++; while (mm < lk->nm && (lk->m[mm].type != KN_ET_MEETING || lk->m[mm].first <= i));
      im = mm < lk->nm ? lk->m[mm].first : UINT32_MAX;
    }
    const kn_token *k = &tk->tok[i];
    while (m_last < i) {
      mi++;
      m_first = mi < lk->nm ? lk->m[mi].first : UINT32_MAX;
      m_last = mi < lk->nm ? lk->m[mi].last : UINT32_MAX;
    }
    int in_mention = m_first <= i && i <= m_last;
    if (in_mention) {
      const kn_mention *m = &lk->m[mi];
      if (m->type == KN_ET_MEETING && m->first == i && !series_as_body(&x, m) && (negated(&x, i) || called_off(&x, m->last)))
        neg_at = m->last;
      else if (m->type == KN_ET_MEETING && m->first == i && !series_as_body(&x, m) && !negated_conjunct(&x, neg_at, i) &&
               !negated_object(&x, neg_at, i) && !counterfactual(&x, i) && !every_one(&x, i)) {
        if ((st = grow(X, (void **)&cs, &capc, nc + 1, sizeof(cand)))) goto cleanup;
        cs[nc].a = m->first; cs[nc].b = m->last; cs[nc].type = KN_EV_MEETING; cs[nc].quiet = 0;
        nc++;
      }
      continue;
    }
    if (k->kind != KN_TK_WORD || (k->flags & KN_TF_SKIP)) continue;
    int ei = x.head[i] != -2 ? x.head[i] : head_slow(&x, i);
    if (ei == -1) {
      /* no trigger word: only "left" (departing) or a word of START
      ** (named_exercise_start) can make one, keys starting with l, b or s
      ** (with the words' table, those are HEAD_LOOK: here only when it was
      ** given up) */
      if (!LBS[key_byte0(&x, i)]) continue;
    }
    const lexent *best = NULL;
    int bestctx = -1;
    for (; ei >= 0; ei = lex->e[ei].next) {
      const lexent *e = &lex->e[ei];
      int ctx = e->nleft + e->nright;
      if (ctx > bestctx && entry_ok(&x, e, i)) { best = e; bestctx = ctx; }
    }
    /* "Meetings between the two sides will continue on Thursday": a plural
    ** listed only after a determiner ("the *meetings") is as specific
    ** opening its sentence, where no determiner can stand (opening_plural) */
    if (!best && x.head[i] != -1 && !(k->flags & KN_TF_LOWER) && opening_plural(&x, i))
      for (ei = x.head[i] != -2 ? x.head[i] : head_slow(&x, i); ei >= 0 && !best; ei = lex->e[ei].next) {
        lexent e = lex->e[ei];
        if (e.nleft != 1 || e.nright || e.llen[0] != 3 || memcmp(e.left[0], "the", 3)) continue;
        e.nleft = 0;
        if (entry_matches(&x, &e, i)) best = &lex->e[ei];
      }
    /* "Cho left Seoul on Tuesday evening for Brussels": leaving a place,
    ** named right after the verb, sets off a trip */
    int departing = 0;
    if (word_is(&x, i, "left") && !best && (k->flags & KN_TF_LOWER) && i + 1 < tk->ntok) {
      size_t m2 = mention_at(&x, lk, i + 1);
      departing = m2 < lk->nm && lk->m[m2].first == i + 1 &&
                  (lk->m[m2].type == KN_ET_LOCATION || lk->m[m2].type == KN_ET_COUNTRY) &&
                  i > 0 && tk->tok[i - 1].kind == KN_TK_WORD && !key_in(&x, i - 1, C_SKIP);
    }
    if (!departing && !best && (k->flags & KN_TF_LOWER) && (word_is(&x, i, "heading") || word_is(&x, i, "bound")))
      departing = heading_to(&x, i);
    /* "The launch was the North's first since March", "the ministry said
    ** the test had been overseen by Kim": a weapons test named again, as
    ** the subject of its own clause, after one the article has told of
    ** needs no missile in its sentence */
    if (!best && x.head[i] != -1 && x.head[i] != HEAD_LOOK && nc > 0 && i >= 1 && key_in(&x, i - 1, C_THE) && test_again(&x, i, cs, nc))
      for (ei = x.head[i] != -2 ? x.head[i] : head_slow(&x, i); ei >= 0 && !best; ei = lex->e[ei].next) {
        lexent e = lex->e[ei];
        if (e.type != KN_EV_WEAPONS_TEST || e.nleft || e.nright) continue;
        e.needs = -1;
        if (entry_matches(&x, &e, i)) best = &lex->e[ei];
      }
    int starting = !best && !departing && (k->flags & KN_TF_LOWER) && (k->len == 5 || k->len == 6) &&
                   named_exercise_start(&x, i);
    if (!best && !departing && !starting) continue;
    if (negated(&x, i) || called_off(&x, i) || coordinated_unreal_trigger(&x, i)) { neg_at = i; continue; }
    if (habitual(&x, i) || modifier(&x, i) || counterfactual(&x, i) || every_one(&x, i) || unrealised(&x, i) ||
        negated_conjunct(&x, neg_at, i) || negated_object(&x, neg_at, i)) continue;
    /* "Seoul will look at sending troops to NATO-led drills": no troops
    ** move, and the drills they would go to are as unreal, up to the end
    ** of the phrase */
    if (best && best->type == KN_EV_DEPLOYMENT && bare_gerund(&x, i)) {
      gerund_end = i + 1;
      while (gerund_end < tk->ntok && gerund_end < i + 12 && tk->tok[gerund_end].sent == k->sent &&
             (tk->tok[gerund_end].kind != KN_TK_PUNCT || is_punct(&x, gerund_end, '-'))) gerund_end++;
      continue;
    }
    if (best && best->type == KN_EV_EXERCISE && i < gerund_end) continue;
    /* "agreed that the move posed a threat": a shared view, no agreement */
    if (best && best->type == KN_EV_AGREEMENT && key_in(&x, i + 1, C_THAT)) continue;
    /* "The summit was confirmed for Friday": set for a day, as "set for"
    ** is; the event is the summit's, no statement of its own */
    if (best && best->type == KN_EV_STATEMENT && set_for(&x, i)) continue;
    if ((st = grow(X, (void **)&cs, &capc, nc + 1, sizeof(cand)))) goto cleanup;
    cs[nc].a = i; cs[nc].b = i; cs[nc].type = departing ? KN_EV_VISIT : starting ? KN_EV_EXERCISE : best->type;
    /* "the first North Korean units to arrive in Kursk": troops arriving
    ** are deployed, not visiting */
    if (cs[nc].type == KN_EV_VISIT && arriving(&x, i) && troops_before(&x, i))
      cs[nc].type = KN_EV_DEPLOYMENT;
    /* "called the Theodore Roosevelt's arrival in Busan a provocation": a
    ** name that takes "the", and is no name of the gazetteer, is a ship's;
    ** a warship arriving is deployed */
    size_t mj = i >= 3 ? mention_at(&x, lk, i - 1) : 0;
    if (cs[nc].type == KN_EV_VISIT && i >= 3 && tk->tok[i - 1].kind == KN_TK_CLITIC && arriving(&x, i) &&
        !(mj > 0 && lk->m[mj - 1].last >= i - 2)) {
      long p = (long)i - 2;
      int role = 0;
      while (p > 0 && i - p < 5 && tk->tok[p].kind == KN_TK_WORD && (tk->tok[p].flags & KN_TF_LOWER) == 0 &&
             tk->tok[p].sent == k->sent) {
        /* "the President's arrival", "the Minister's arrival": a title is
        ** a person's, who visits */
        role |= key_in(&x, (uint32_t)p, C_ROLE_NOUNS);
        p--;
      }
      /* a ship's name is two words or more ("the Theodore Roosevelt's"), or
      ** the sentence says it is a ship ("the Reagan's arrival … the carrier") */
      if (!role && p < (long)i - 2 && p >= 0 && tk->tok[p].sent == k->sent && key_in(&x, (uint32_t)p, C_THE) &&
          (tk->tok[p].flags & KN_TF_LOWER) && (p < (long)i - 3 || vessel_in_sentence(&x, k->sent)))
        cs[nc].type = KN_EV_DEPLOYMENT;
    }
    /* "since April, when it flew a new solid-fuel design": flying a thing,
    ** in a sentence about a missile, is testing it */
    if (cs[nc].type == KN_EV_VISIT && key_in(&x, i, C_FLY) && key_in(&x, i + 1, C_SKIP)) {
      int mc = x.missile_class;
      /* the thing flown must be the missile ("flew a Hwasong-18"), not
      ** a jet with a missile named later in the sentence ("flew a private
      ** jet to Russia to discuss missile cooperation") */
      unsigned oc = 0;
      for (uint32_t q = i + 2, w = 0; w < 4 && q < tk->ntok && tk->tok[q].sent == k->sent; q++) {
        if (tk->tok[q].kind == KN_TK_PUNCT && !is_punct(&x, q, '-')) break;
        if (key_in(&x, q, C_TO) || key_in(&x, q, C_LOCPREP) || key_in(&x, q, C_OF)) break;
        oc |= word_classes(&x, q);
        /* "flew a new solid-fuel design": a design, model or variant is
        ** of the missile the sentence names */
        if ((word_is(&x, q, "design") || word_is(&x, q, "model") || word_is(&x, q, "variant") ||
             word_is(&x, q, "version") || word_is(&x, q, "prototype")) && mc >= 0)
          oc |= sentence_classes(&x, k->sent);
        w += !is_punct(&x, q, '-') && !(q + 1 < tk->ntok && is_punct(&x, q + 1, '-'));   /* "solid-fuel" is one word */
      }
      if (mc >= 0 && (oc & (1u << mc))) cs[nc].type = KN_EV_WEAPONS_TEST;
    }
    /* "test-fired", "test-launch": a compound glued by a hyphen is one
    ** word, whose trigger its first part already is; the second part only
    ** bounds the first one's arguments, as before */
    cs[nc].quiet = (nc > 0 && i >= 2 && cs[nc - 1].b == i - 2 && is_glued_hyphen(text, tk->tok, i - 1, tk->ntok)) ||
                   /* "met …, in the sixth such meeting", "in its first such
                   ** test in a year": the event told before, counted among
                   ** its kind, is no new one; it too only bounds */
                   (i > 0 && word_is(&x, i - 1, "such"));
    nc++;
  }
  /* one candidate at most starts at each token, in token order: sorted
  ** already unless a rule above adds one out of order */
  size_t sorted = 1;
  while (sorted < nc && cs[sorted - 1].a < cs[sorted].a) sorted++;
  if (sorted < nc) qsort(cs, nc, sizeof(cand), cand_cmp);   /* cs is NULL when nc is 0 */
  {
    /* the first sentence with a candidate of each family */
    uint32_t first_sent[KN_EV_NTYPES + 1];
    for (int t = 0; t <= KN_EV_NTYPES; t++) first_sent[t] = UINT32_MAX;
    for (size_t i = 0; i < nc; i++) {
      int f = family_slot(cs[i].type);
      if (first_sent[f] == UINT32_MAX) first_sent[f] = tk->tok[cs[i].a].sent;
    }
    for (size_t i = 0; i < nc; i++)
      if (!cs[i].quiet && commented_again(&x, cs, i, first_sent)) cs[i].quiet = 1;
  }
  for (size_t i = 0; i + 1 < nc; i++)
    if (cs[i].type == KN_EV_TALKS)
      for (size_t j = i + 1; j < nc && j <= i + 3; j++)
        if (talks_called_meeting(&x, &cs[i], &cs[j])) {
          /* one happening: one event, on the first trigger (ANNOTATION.md) */
          cs[i].type = KN_EV_MEETING;
          cs[j].quiet = 1;
          break;
        }
  {
    /* "to attend the NATO summit", "hosted a dinner": a verb whose object
    ** is a meeting noun is not an event of its own; the noun is the
    ** trigger, and the verb's subject its party */
    size_t w = 0;
    for (size_t i = 0; i < nc; i++) {
      if (i + 1 < nc && object_trigger(&x, &cs[i], &cs[i + 1])) continue;
      if (i + 1 < nc && object_of_relative(&x, &cs[i], &cs[i + 1])) continue;
      if (i + 1 < nc && adopted_document(&x, &cs[i], &cs[i + 1])) continue;
      /* "a ministerial meeting": a trigger word modifying the next one */
      /* "the Nuclear Consultative Group meeting": a named series naming
      ** the kind of the meeting noun after it */
      if (i + 1 < nc && cs[i].b + 1 == cs[i + 1].a && family_slot(cs[i].type) == family_slot(cs[i + 1].type) &&
          ((tk->tok[cs[i].a].flags & (KN_TF_LOWER | KN_TF_UPPER)) || cs[i].b > cs[i].a) &&
          !past_form(&x, cs[i + 1].a)) continue;
      /* "an official visit hosted by Duda", "the first summit he had
      ** hosted": a participle telling of the noun before it */
      if (w > 0 && participle_of(&x, &cs[w - 1], &cs[i])) continue;
      /* (both pure: the cheap structural tests of passive_of_subject
      ** first, noun_trigger's scan only for the few that pass them) */
      if (w > 0 && passive_of_subject(&x, &cs[w - 1], &cs[i]) && noun_trigger(&x, &cs[w - 1])) continue;
      /* "a session that Stoltenberg is hosting": the host's verb in a
      ** relative clause on the meeting noun */
      if (w > 0 && relative_host_of(&x, &cs[w - 1], &cs[i])) continue;
      /* "issued the Washington Summit Declaration", "released the summit
      ** communique": a meeting word in the document's name or modifiers
      ** only names it; the document, put out or adopted, is what the
      ** sentence tells */
      if (w > 0 && in_document_name(&x, &cs[w - 1], &cs[i])) w--;
      uint32_t v = issuing_verb(&x, &cs[i]);
      if (v != UINT32_MAX && w > 0 && cs[w - 1].a > v && cs[w - 1].b < cs[i].a) w--;
      if (v != UINT32_MAX && (w == 0 || cs[w - 1].b < v)) cs[i].a = cs[i].b = v;
      else if (named_document(&x, &cs[i])) continue;
      cs[w++] = cs[i];
    }
    nc = w;
  }
  for (size_t i = 0; i < nc; i++) {
    cs[i].next_a = i + 1 < nc && tk->tok[cs[i + 1].a].sent == tk->tok[cs[i].a].sent ? cs[i + 1].a : UINT32_MAX;
    cs[i].prev_b = i > 0 && tk->tok[cs[i - 1].a].sent == tk->tok[cs[i].a].sent ? cs[i - 1].b : UINT32_MAX;
    cs[i].prev_a = cs[i].prev_b != UINT32_MAX ? cs[i - 1].a : UINT32_MAX;
    cs[i].prev_stmt_verb = cs[i].prev_b != UINT32_MAX && statement_verb(&x, &cs[i - 1]);
    cs[i].prev_type = cs[i].prev_b != UINT32_MAX ? cs[i - 1].type : 0;
  }
  uint32_t mp = 0;
  for (size_t i = 0; i < nc; i++)         /* the clauses of sentences with triggers */
    if (i == 0 || tk->tok[cs[i].a].sent != tk->tok[cs[i - 1].a].sent)
      clause_bounds(&x, tk->tok[cs[i].a].sent, x.mark, &mp);
  for (size_t i = 0; i < nc; i++) {
    kn_event *prev = X->nev ? &X->ev[X->nev - 1] : NULL;
    if (cs[i].quiet) continue;
    if ((st = emit_event(&x, &cs[i], prev))) goto cleanup;
  }
  for (size_t i = 0; i < X->nev && X->ev[i].sent == 0; i++)
    if (X->ev[i].date[0]) x.headline_own |= 1u << (i < 31 ? i : 31);
  if ((st = fill_meeting_dates(&x))) goto cleanup;
  fill_context_dates(&x);
  fill_lead_dates(&x);
  fill_sequence_dates(&x);
  fill_occasion_dates(&x);
  fill_test_dates(&x);
  fill_frame_dates(&x);
  headline_dates(&x);
  no_reversed_spans(X);
cleanup:
  kn_free(X->alloc, X->ud, cs, capc * sizeof(cand));
  return st;
}
