/*
** kn_au.c -- the token automaton of the gazetteer (see kn_gaz.c).
*/
#include "kn_internal.h"
#include "kn_gaz_internal.h"

#if defined(__GNUC__)
#define KN_INLINE static inline __attribute__((always_inline))
#else
#define KN_INLINE static inline
#endif

#define ROOTWORDS ((size_t)1 << (KN_AU_ROOTBITS - 6))
#define KEYMAX 96
/* au->st_hows of a state: the bits of kn_raw.hows, and whether one of its
** targets has the case rule KN_CASE_ANY / KN_CASE_PROPER */
#define ST_HOWS 0x1FFu
#define ST_CASE_ANY 0x1000u
#define ST_CASE_PROPER 0x2000u
#define SIGBITS 19
#define SIGWORDS ((size_t)1 << (SIGBITS - 6))   /* first_sig: 2^SIGBITS bits */

/* The first min(n, 8) bytes of a key in little-endian order, zero above
** (kn_au_scan reads them from the text in one load). */
static inline uint64_t key_x8(const unsigned char *k, size_t n) {
  uint64_t x = 0;
  for (size_t i = 0; i < n && i < 8; i++) x |= (uint64_t)k[i] << (8 * i);
  return x;
}

/* The hash of a key of n bytes (n <= KEYMAX) whose first bytes are x8
** (key_x8) for the prefilter and the root table: its length and first 8
** bytes taken | 0x20, which is their lower case for every byte of an ASCII
** word or number (letters, digits, ' + , . :), so kn_au_scan reads them
** from the text with no table and a key and its token agree. SIG_OF is
** the bit of first_sig (for n ^ KN_TF_LOWER: the bit a lower-case token
** tests), ROOT_SLOT the root table's slot before the mask. */
static inline uint64_t key_mix(uint64_t x8, uint32_t n) {
  return ((x8 | 0x2020202020202020ULL) ^ n) * 0x9E3779B97F4A7C15ULL;
}
#define SIG_OF(m) ((uint32_t)((m) >> (64 - SIGBITS)))
#define ROOT_SLOT(m) ((size_t)((m) ^ ((m) >> 29)))

void kn_au_init(kn_automaton *au, kn_alloc f, void *ud) {
  memset(au, 0, sizeof *au);
  au->alloc = f; au->ud = ud;
}

static void au_release(kn_automaton *au) {
  kn_free(au->alloc, au->ud, au->words, au->nwslot * sizeof(au_word));
  kn_free(au->alloc, au->ud, au->pool, au->cappool);
  kn_free(au->alloc, au->ud, au->trans, au->ntslot * sizeof(au_trans));
  kn_free(au->alloc, au->ud, au->st_first, au->capst * sizeof(uint32_t));
  kn_free(au->alloc, au->ud, au->st_count, au->capst * sizeof(uint32_t));
  kn_free(au->alloc, au->ud, au->st_hows, au->capst * sizeof(uint32_t));
  kn_free(au->alloc, au->ud, au->tg, au->captg * sizeof(kn_target));
  kn_free(au->alloc, au->ud, au->pend, au->cappend * sizeof(au_pending));
  kn_free(au->alloc, au->ud, au->root_ci, ROOTWORDS * sizeof(uint64_t));
  kn_free(au->alloc, au->ud, au->root_cs, ROOTWORDS * sizeof(uint64_t));
  kn_free(au->alloc, au->ud, au->first_sig, SIGWORDS * sizeof(uint64_t));
  kn_free(au->alloc, au->ud, au->root_next, au->nroot * sizeof(uint32_t));
  kn_free(au->alloc, au->ud, au->out, au->nout * sizeof(au_out));
  kn_free(au->alloc, au->ud, au->edges, au->nedges * sizeof(au_edge));
  kn_free(au->alloc, au->ud, au->rtab, au->nrtab * sizeof(au_root));
}

void kn_au_free(kn_automaton *au) {
  au_release(au);
  kn_alloc f = au->alloc; void *ud = au->ud;
  kn_au_init(au, f, ud);
}

void kn_au_clear(kn_automaton *au) { kn_au_free(au); }

/* --------------------------------------------------------------- words */

static uint32_t mix(uint32_t h) {
  h ^= h >> 16; h *= 0x7feb352dU; h ^= h >> 15; h *= 0x846ca68bU; h ^= h >> 16;
  return h;
}

/* The word table's hash of a key of n bytes, read 8 bytes a step:
** k holds (n + 7) / 8 * 8 bytes, zero after the key. (Only the table uses
** it: the first-word bitsets keep kn_hash, on which matching depends.) */
static inline uint64_t rd64(const unsigned char *k) {
  uint64_t x;
  memcpy(&x, k, 8);
  return x;
}

static inline uint32_t whash_padded(const unsigned char *k, size_t n) {
  uint64_t h = (uint64_t)n * 0x9E3779B97F4A7C15ULL;
  for (size_t i = 0; i < n; i += 8) h = (h ^ rd64(k + i)) * 0xFF51AFD7ED558CCDULL;
  return (uint32_t)(h >> 32);
}

/* The same for any buffer (keys in the pool, keys of kn_tok_key). */
static uint32_t whash(const char *k, size_t n) {
  unsigned char buf[2 * KEYMAX + 8];
  if (n > 2 * KEYMAX) {   /* longer than any key the table takes a token for */
    uint64_t h = (uint64_t)n * 0x9E3779B97F4A7C15ULL;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)k[i]) * 0xFF51AFD7ED558CCDULL;
    return (uint32_t)(h >> 32) ^ 1u;
  }
  memset(buf, 0, sizeof buf);
  memcpy(buf, k, n);
  return whash_padded(buf, n);
}

static kn_status words_grow(kn_automaton *au) {
  size_t n = au->nwslot ? au->nwslot * 2 : 1024;
  au_word *w = au->alloc(au->ud, NULL, 0, n * sizeof(au_word));
  if (!w) return KN_ENOMEM;
  memset(w, 0, n * sizeof(au_word));
  for (size_t i = 0; i < au->nwslot; i++) {
    if (!au->words[i].len) continue;
    size_t j = au->words[i].hash & (n - 1);
    while (w[j].len) j = (j + 1) & (n - 1);
    w[j] = au->words[i];
  }
  kn_free(au->alloc, au->ud, au->words, au->nwslot * sizeof(au_word));
  au->words = w; au->nwslot = n;
  return KN_OK;
}

/* The entry of key k (table hash h), or NULL. */
static inline const au_word *word_entry(const kn_automaton *au, const char *k, size_t n, uint32_t h) {
  if (!au->nwslot) return NULL;
  size_t mask = au->nwslot - 1;
  for (size_t j = h & mask;; j = (j + 1) & mask) {
    const au_word *w = &au->words[j];
    if (!w->len) return NULL;
    if (w->hash == h && w->len == n && memcmp(au->pool + w->off, k, n) == 0) return w;
  }
}

static int32_t word_find(const kn_automaton *au, const char *k, size_t n) {
  const au_word *w = word_entry(au, k, n, whash(k, n));
  return w ? w->id : -1;
}

/* Interns key k with id (a new id when id < 0); returns the id or -1. */
static int32_t word_put(kn_automaton *au, const char *k, size_t n, int32_t id) {
  if (n > 0x3FFFFFFF) return -1;   /* au_word.len */
  if (n == 0) {
    /* an empty key (a name part of marks only) is never found: it gets an
    ** id of its own each time and no visible entry */
    if ((au->nwords + 1) * 2 > au->nwslot && words_grow(au)) return -1;
    if (id < 0) id = (int32_t)au->nids++;
    au->nwords++;
    return id;
  }
  int32_t have = word_find(au, k, n);
  if (have >= 0) return have;
  uint32_t h = whash(k, n);
  if ((au->nwords + 1) * 2 > au->nwslot && words_grow(au)) return -1;
  if (kn_grow(au->alloc, au->ud, (void **)&au->pool, &au->cappool, au->npool + n, 1)) return -1;
  memcpy(au->pool + au->npool, k, n);
  size_t mask = au->nwslot - 1, j = h & mask;
  while (au->words[j].len) j = (j + 1) & mask;
  if (id < 0) id = (int32_t)au->nids++;
  au->words[j].hash = h; au->words[j].off = (uint32_t)au->npool;
  au->words[j].len = (unsigned)n; au->words[j].root = 0; au->words[j].id = id;
  au->npool += n;
  au->nwords++;
  return id;
}

kn_status kn_au_spelling(kn_automaton *au, const char *brit, const char *amer) {
  int32_t id = word_put(au, amer, strlen(amer), -1);
  if (id < 0) return KN_ENOMEM;
  return word_put(au, brit, strlen(brit), id) < 0 ? KN_ENOMEM : KN_OK;
}

/* --------------------------------------------------------- transitions */

/* (state, word) keys are small integers: one multiply spreads them. */
static inline uint32_t tmix(uint64_t k) {
  return (uint32_t)((k * 0x9E3779B97F4A7C15ULL) >> 32);
}

static kn_status trans_grow(kn_automaton *au) {
  size_t n = au->ntslot ? au->ntslot * 2 : 1024;
  au_trans *t = au->alloc(au->ud, NULL, 0, n * sizeof(au_trans));
  if (!t) return KN_ENOMEM;
  memset(t, 0, n * sizeof(au_trans));
  for (size_t i = 0; i < au->ntslot; i++) {
    if (!au->trans[i].used) continue;
    size_t j = tmix(au->trans[i].key) & (n - 1);
    while (t[j].used) j = (j + 1) & (n - 1);
    t[j] = au->trans[i];
  }
  kn_free(au->alloc, au->ud, au->trans, au->ntslot * sizeof(au_trans));
  au->trans = t; au->ntslot = n;
  return KN_OK;
}

static inline uint32_t trans_get(const kn_automaton *au, uint32_t state, int32_t w) {
  uint64_t key = ((uint64_t)state << 32) | (uint32_t)w;
  size_t mask = au->ntslot - 1;
  for (size_t j = tmix(key) & mask;; j = (j + 1) & mask) {
    const au_trans *t = &au->trans[j];
    if (!t->used) return 0;
    if (t->key == key) return t->next;
  }
}

/* The state after (state, w), created when missing; 0 on failure. */
static uint32_t trans_put(kn_automaton *au, uint32_t state, int32_t w) {
  if (au->ntslot) {
    uint32_t have = trans_get(au, state, w);
    if (have) return have;
  }
  if ((au->ntrans + 1) * 2 > au->ntslot && trans_grow(au)) return 0;
  uint64_t key = ((uint64_t)state << 32) | (uint32_t)w;
  size_t mask = au->ntslot - 1, j = tmix(key) & mask;
  while (au->trans[j].used) j = (j + 1) & mask;
  au->trans[j].key = key;
  au->trans[j].next = ++au->nstates;   /* state 0 is the root */
  au->trans[j].used = 1;
  au->ntrans++;
  return au->nstates;
}

/* ------------------------------------------------------------ building */

static kn_status root_mark(kn_automaton *au, uint32_t hash, int casemode) {
  uint64_t **set = casemode == KN_CASE_ANY ? &au->root_ci : &au->root_cs;
  if (!*set) {
    *set = au->alloc(au->ud, NULL, 0, ROOTWORDS * sizeof(uint64_t));
    if (!*set) return KN_ENOMEM;
    memset(*set, 0, ROOTWORDS * sizeof(uint64_t));
  }
  uint32_t b = mix(hash) & (((uint32_t)1 << KN_AU_ROOTBITS) - 1);
  (*set)[b >> 6] |= (uint64_t)1 << (b & 63);
  return KN_OK;
}

static int glued_hyphen(const char *s, const kn_token *tok, size_t i, size_t n) {
  const kn_token *k = &tok[i];
  if (k->kind != KN_TK_PUNCT || k->ws != KN_WS_NONE || i == 0 || i + 1 >= n) return 0;
  if (tok[i + 1].ws != KN_WS_NONE) return 0;
  unsigned char c = (unsigned char)s[k->start];
  if (c == '-' && k->len == 1) return 1;
  return c == 0xE2 && k->len == 3 && (unsigned char)s[k->start + 1] == 0x80 &&
         (unsigned char)s[k->start + 2] >= 0x90 && (unsigned char)s[k->start + 2] <= 0x93;
}

static kn_status add_seq(kn_automaton *au, const int32_t *ids, const uint32_t *hashes, size_t n,
                         const kn_target *t) {
  uint32_t state = 0;
  for (size_t i = 0; i < n; i++) {
    state = trans_put(au, state, ids[i]);
    if (!state) return KN_ENOMEM;
  }
  kn_status st = root_mark(au, hashes[0], t->casemode);
  if (st) return st;
  st = kn_grow(au->alloc, au->ud, (void **)&au->pend, &au->cappend, au->npend + 1, sizeof(au_pending));
  if (st) return st;
  au->pend[au->npend].state = state;
  au->pend[au->npend].t = *t;
  au->npend++;
  return KN_OK;
}

kn_status kn_au_add(kn_automaton *au, kn_tokenizer *tk, const char *phrase, size_t n,
                    int32_t ent, int how, int casemode) {
  kn_status st = kn_tok_tokens(tk, phrase, n);
  if (st) return st;
  enum { MAXT = 32 };
  int32_t ids[MAXT], jids[MAXT];
  uint32_t hs[MAXT], jhs[MAXT];
  size_t m = 0, jm = 0;
  int joined = 0;
  char key[KEYMAX], jkey[KEYMAX * 2];
  size_t jlen = 0;
  for (size_t i = 0; i < tk->ntok; i++) {
    if (glued_hyphen(phrase, tk->tok, i, tk->ntok)) { joined = 1; continue; }
    size_t kl = kn_tok_key(phrase, &tk->tok[i], key, sizeof key);
    if (kl > sizeof key || m >= MAXT) return KN_EINVAL;
    int32_t id = word_put(au, key, kl, -1);
    if (id < 0) return KN_ENOMEM;
    ids[m] = id; hs[m] = kn_hash(key, kl); m++;
    /* the joined variant: a part glued to the previous one after a hyphen
    ** extends the previous word */
    int glue = i >= 2 && tk->tok[i].ws == KN_WS_NONE && glued_hyphen(phrase, tk->tok, i - 1, tk->ntok);
    if (glue && jm > 0 && jlen + kl <= sizeof jkey) {
      memcpy(jkey + jlen, key, kl);
      jlen += kl;
      int32_t jid = word_put(au, jkey, jlen, -1);
      if (jid < 0) return KN_ENOMEM;
      jids[jm - 1] = jid; jhs[jm - 1] = kn_hash(jkey, jlen);
    } else {
      memcpy(jkey, key, kl);
      jlen = kl;
      jids[jm] = id; jhs[jm] = hs[m - 1]; jm++;
    }
  }
  if (m == 0) return KN_EINVAL;
  kn_target t = { ent, (uint8_t)how, (uint8_t)casemode, 0, (uint8_t)m };
  st = add_seq(au, ids, hs, m, &t);
  if (st) return st;
  if (joined && jm != m) {
    t.ntok = (uint8_t)jm;
    st = add_seq(au, jids, jhs, jm, &t);
  }
  return st;
}

static int pend_cmp(const au_pending *a, const au_pending *b) {
  if (a->state != b->state) return a->state < b->state ? -1 : 1;
  if (a->t.ent != b->t.ent) return a->t.ent < b->t.ent ? -1 : 1;
  if (a->t.how != b->t.how) return a->t.how < b->t.how ? -1 : 1;
  return 0;
}

/* Each state's edges past the root (au_edge): for every transition, every
** key of its word (a spelling variant is a second key of the same id). Keys
** longer than KEYMAX are left out: no token's key is that long. */
static kn_status out_build(kn_automaton *au) {
  kn_free(au->alloc, au->ud, au->out, au->nout * sizeof(au_out));
  kn_free(au->alloc, au->ud, au->edges, au->nedges * sizeof(au_edge));
  au->out = NULL; au->edges = NULL; au->nout = au->nedges = 0;
  size_t ns = (size_t)au->nstates + 1, nid = au->nids, nk = 0;
  kn_status st = KN_ENOMEM;
  uint32_t *kf = au->alloc(au->ud, NULL, 0, (nid + 1) * sizeof(uint32_t)), *ks = NULL;
  if (!kf) return KN_ENOMEM;
  memset(kf, 0, (nid + 1) * sizeof(uint32_t));
  /* the word slots of each id, by a counting sort: kf[id] .. kf[id + 1] */
  for (size_t i = 0; i < au->nwslot; i++) {
    const au_word *w = &au->words[i];
    if (w->len && w->len <= KEYMAX && w->id >= 0 && (size_t)w->id < nid) { kf[w->id]++; nk++; }
  }
  for (size_t id = 0, acc = 0; id <= nid; id++) { acc += kf[id]; kf[id] = (uint32_t)acc; }
  ks = au->alloc(au->ud, NULL, 0, (nk ? nk : 1) * sizeof(uint32_t));
  if (!ks) goto cleanup;
  for (size_t i = 0; i < au->nwslot; i++) {
    const au_word *w = &au->words[i];
    if (w->len && w->len <= KEYMAX && w->id >= 0 && (size_t)w->id < nid) ks[--kf[w->id]] = (uint32_t)i;
  }
  au->out = au->alloc(au->ud, NULL, 0, ns * sizeof(au_out));
  if (!au->out) goto cleanup;
  au->nout = ns;
  memset(au->out, 0, ns * sizeof(au_out));
  for (size_t j = 0; j < au->ntslot; j++) {
    const au_trans *t = &au->trans[j];
    uint32_t s = (uint32_t)(t->key >> 32), w = (uint32_t)t->key;
    if (!t->used || s == 0 || s >= ns || w >= nid) continue;
    au->out[s].count += kf[w + 1] - kf[w];
  }
  size_t ne = 0;
  for (size_t s = 0; s < ns; s++) {
    au_out *o = &au->out[s];
    if (o->count > KN_AU_EDGES) { o->first = 0; o->count = KN_AU_MANY; continue; }
    o->first = (uint32_t)ne; ne += o->count; o->count = 0;
  }
  au->edges = au->alloc(au->ud, NULL, 0, (ne ? ne : 1) * sizeof(au_edge));
  if (!au->edges) goto cleanup;
  au->nedges = ne ? ne : 1;
  for (size_t j = 0; j < au->ntslot; j++) {
    const au_trans *t = &au->trans[j];
    uint32_t s = (uint32_t)(t->key >> 32), w = (uint32_t)t->key;
    if (!t->used || s == 0 || s >= ns || w >= nid || au->out[s].count == KN_AU_MANY) continue;
    for (uint32_t q = kf[w]; q < kf[w + 1]; q++) {
      const au_word *x = &au->words[ks[q]];
      au_edge *e = &au->edges[au->out[s].first + au->out[s].count++];
      e->head = 0;
      memcpy(&e->head, au->pool + x->off, x->len < 8 ? x->len : 8);
      e->len = x->len; e->off = x->off; e->next = t->next; e->pad = 0;
      au->out[s].lens |= 1u << (x->len < 31 ? x->len : 31);
    }
  }
  st = KN_OK;
cleanup:
  kn_free(au->alloc, au->ud, kf, (nid + 1) * sizeof(uint32_t));
  kn_free(au->alloc, au->ud, ks, (nk ? nk : 1) * sizeof(uint32_t));
  return st;
}

/* Is w in the root table: a key a token can have (no longer than KEYMAX),
** of a word a name can start with (a bit in root_ci or root_cs) that has a
** first step (root_next)? */
static inline int in_rtab(const kn_automaton *au, const au_word *w) {
  return w->len && w->len <= KEYMAX && w->root && w->id >= 0 && (size_t)w->id < au->nroot && au->root_next[w->id];
}

kn_status kn_au_finish(kn_automaton *au) {
  size_t ns = (size_t)au->nstates + 1;
  kn_free(au->alloc, au->ud, au->st_first, au->capst * sizeof(uint32_t));
  kn_free(au->alloc, au->ud, au->st_count, au->capst * sizeof(uint32_t));
  kn_free(au->alloc, au->ud, au->st_hows, au->capst * sizeof(uint32_t));
  au->st_first = au->alloc(au->ud, NULL, 0, ns * sizeof(uint32_t));
  au->st_count = au->alloc(au->ud, NULL, 0, ns * sizeof(uint32_t));
  au->st_hows = au->alloc(au->ud, NULL, 0, ns * sizeof(uint32_t));
  au->capst = ns;
  if (!au->st_first || !au->st_count || !au->st_hows) return KN_ENOMEM;
  memset(au->st_count, 0, ns * sizeof(uint32_t));
  /* counting sort of pending targets by state, then dedupe */
  for (size_t i = 0; i < au->npend; i++) au->st_count[au->pend[i].state]++;
  uint32_t acc = 0;
  for (size_t s = 0; s < ns; s++) { au->st_first[s] = acc; acc += au->st_count[s]; au->st_count[s] = 0; }
  kn_free(au->alloc, au->ud, au->tg, au->captg * sizeof(kn_target));
  au->captg = au->npend ? au->npend : 1;
  au->tg = au->alloc(au->ud, NULL, 0, au->captg * sizeof(kn_target));
  if (!au->tg) return KN_ENOMEM;
  /* stable insertion in state order; duplicates (same entity and how) kept once */
  for (size_t i = 0; i < au->npend; i++) {
    const au_pending *p = &au->pend[i];
    uint32_t f = au->st_first[p->state], c = au->st_count[p->state];
    int dup = 0;
    for (uint32_t k = 0; k < c; k++) {
      const kn_target *q = &au->tg[f + k];
      if (q->ent == p->t.ent && q->how == p->t.how) { dup = 1; break; }
    }
    if (!dup) { au->tg[f + c] = p->t; au->st_count[p->state]++; }
  }
  (void)pend_cmp;
  for (size_t s = 0; s < ns; s++) {
    uint32_t hows = 0;
    for (uint32_t q = 0; q < au->st_count[s]; q++) {
      const kn_target *t = &au->tg[au->st_first[s] + q];
      hows |= (1u << (t->how & 7)) | (t->casemode == KN_CASE_ANY ? ST_CASE_ANY : 0) |
              (t->casemode == KN_CASE_PROPER ? ST_CASE_PROPER : 0);
    }
    au->st_hows[s] = hows;
  }
  au->ntg = au->npend;
  kn_free(au->alloc, au->ud, au->pend, au->cappend * sizeof(au_pending));
  au->pend = NULL; au->npend = au->cappend = 0;
  if (!au->root_ci) { au->root_ci = au->alloc(au->ud, NULL, 0, ROOTWORDS * sizeof(uint64_t)); if (!au->root_ci) return KN_ENOMEM; memset(au->root_ci, 0, ROOTWORDS * sizeof(uint64_t)); }
  if (!au->root_cs) { au->root_cs = au->alloc(au->ud, NULL, 0, ROOTWORDS * sizeof(uint64_t)); if (!au->root_cs) return KN_ENOMEM; memset(au->root_cs, 0, ROOTWORDS * sizeof(uint64_t)); }
  if (!au->ntslot && trans_grow(au)) return KN_ENOMEM;
  if (!au->nwslot && words_grow(au)) return KN_ENOMEM;
  /* each word's bits in the first-word bitsets, which kn_au_scan reads
  ** from the entry it finds instead of hashing the token twice */
  for (size_t i = 0; i < au->nwslot; i++) {
    au_word *w = &au->words[i];
    if (!w->len) continue;
    uint32_t b = mix(kn_hash(au->pool + w->off, w->len)) & (((uint32_t)1 << KN_AU_ROOTBITS) - 1);
    w->root = (unsigned)(((au->root_ci[b >> 6] >> (b & 63)) & 1) | (((au->root_cs[b >> 6] >> (b & 63)) & 1) << 1));
  }
  /* the prefilter of kn_au_scan, a bitset of signatures (key_mix): of the
  ** words (spelling variants included) that a name can start with and that
  ** have a bit in root_ci or root_cs (any token may start there), and for a
  ** lower-case token, of those with a bit in root_ci */
  kn_free(au->alloc, au->ud, au->first_sig, SIGWORDS * sizeof(uint64_t));
  au->first_sig = au->alloc(au->ud, NULL, 0, SIGWORDS * sizeof(uint64_t));
  if (!au->first_sig) return KN_ENOMEM;
  memset(au->first_sig, 0, SIGWORDS * sizeof(uint64_t));
  for (size_t i = 0; i < au->nwslot; i++) {
    const au_word *w = &au->words[i];
    if (!w->len || !w->root || !trans_get(au, 0, w->id)) continue;
    if (w->len > KEYMAX) continue;   /* no token's key is that long */
    uint64_t x = key_x8((const unsigned char *)au->pool + w->off, w->len);
    uint32_t b = SIG_OF(key_mix(x, w->len));
    au->first_sig[b >> 6] |= (uint64_t)1 << (b & 63);
    b = SIG_OF(key_mix(x, w->len ^ KN_TF_LOWER));
    if (w->root & 1) au->first_sig[b >> 6] |= (uint64_t)1 << (b & 63);
  }
  /* the first step of every match, without the transition table */
  kn_free(au->alloc, au->ud, au->root_next, au->nroot * sizeof(uint32_t));
  au->nroot = au->nids ? au->nids : 1;
  au->root_next = au->alloc(au->ud, NULL, 0, au->nroot * sizeof(uint32_t));
  if (!au->root_next) { au->nroot = 0; return KN_ENOMEM; }
  memset(au->root_next, 0, au->nroot * sizeof(uint32_t));
  for (size_t i = 0; i < au->nwslot; i++) {
    const au_word *w = &au->words[i];
    if (w->len && w->id >= 0 && (size_t)w->id < au->nroot) au->root_next[w->id] = trans_get(au, 0, w->id);
  }
  kn_status st = out_build(au);
  if (st) return st;
  /* the root table: the keys of the first step, found by key_mix */
  kn_free(au->alloc, au->ud, au->rtab, au->nrtab * sizeof(au_root));
  au->rtab = NULL; au->nrtab = 0;
  size_t nr = 0, cap = 16;
  for (size_t i = 0; i < au->nwslot; i++)
    if (in_rtab(au, &au->words[i])) nr++;
  while (cap < 2 * nr) cap *= 2;
  au->rtab = au->alloc(au->ud, NULL, 0, cap * sizeof(au_root));
  if (!au->rtab) return KN_ENOMEM;
  au->nrtab = cap;
  memset(au->rtab, 0, cap * sizeof(au_root));
  for (size_t i = 0; i < au->nwslot; i++) {
    const au_word *w = &au->words[i];
    if (!in_rtab(au, w)) continue;
    const unsigned char *k = (const unsigned char *)au->pool + w->off;
    size_t j = ROOT_SLOT(key_mix(key_x8(k, w->len), w->len)) & (cap - 1);
    while (au->rtab[j].len) j = (j + 1) & (cap - 1);
    au_root *r = &au->rtab[j];
    memcpy(&r->head, k, w->len < 8 ? w->len : 8);
    r->len = w->len; r->off = w->off; r->next = au->root_next[w->id]; r->root = w->root;
  }
  /* the ASCII punctuation a key can start with: kn_au_scan stops at any
  ** other punctuation token without making its key */
  memset(au->punct_first, 0, sizeof au->punct_first);
  for (size_t i = 0; i < au->nwslot; i++) {
    const au_word *w = &au->words[i];
    if (!w->len) continue;
    unsigned c = (unsigned char)au->pool[w->off];
    if (c < 128 && !(c >= '0' && c <= '9') && !kn_ascii_letter((unsigned char)c))
      au->punct_first[c >> 5] |= 1u << (c & 31);
  }
  /* 8 bytes after the last key, so that kn_au_scan compares keys 8 bytes a step */
  if (kn_grow(au->alloc, au->ud, (void **)&au->pool, &au->cappool, au->npool + 8, 1)) return KN_ENOMEM;
  memset(au->pool + au->npool, 0, 8);
  return KN_OK;
}

void kn_au_stats(const kn_automaton *au, size_t *states, size_t *trans, size_t *words, size_t *bytes) {
  if (states) *states = (size_t)au->nstates + 1;
  if (trans) *trans = au->ntrans;
  if (words) *words = au->nwords;
  if (bytes)
    *bytes = au->nwslot * sizeof(au_word) + au->cappool + au->ntslot * sizeof(au_trans) +
             au->capst * 3 * sizeof(uint32_t) + au->captg * sizeof(kn_target) +
             2 * ROOTWORDS * sizeof(uint64_t) + (au->first_sig ? SIGWORDS * sizeof(uint64_t) : 0) +
             au->nroot * sizeof(uint32_t) + au->nout * sizeof(au_out) + au->nedges * sizeof(au_edge) + au->nrtab * sizeof(au_root);
}

/* ------------------------------------------------------------ matching */

/* ASCII lower case of every byte, as kn_lower, in one load. */
#define LC(c) ((c) >= 'A' && (c) <= 'Z' ? (c) | 0x20 : (c))   /* "| 0x20", not "+ 32": no arm above 255 */
#define LC4(c) LC(c), LC((c) + 1), LC((c) + 2), LC((c) + 3)
#define LC16(c) LC4(c), LC4((c) + 4), LC4((c) + 8), LC4((c) + 12)
#define LC64(c) LC16(c), LC16((c) + 16), LC16((c) + 32), LC16((c) + 48)
static const unsigned char LOWER[256] = { LC64(0), LC64(64), LC64(128), LC64(192) };
#undef LC
#undef LC4
#undef LC16
#undef LC64

#if defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define KN_LE 1
#endif

/* Bit 7 of each byte of x (ASCII bytes) that is a capital 'A'..'Z', the
** other bits zero: + 0x3F sets bit 7 from 'A' on, + 0x25 from '[' on; carries
** from bytes past a token only go upwards. x | (upper8(x) >> 2) is x in
** lower case. */
KN_INLINE uint64_t upper8(uint64_t x) {
  const uint64_t ones = 0x0101010101010101ULL;
  return (x + 0x3F * ones) & ~(x + 0x25 * ones) & (0x80 * ones);
}

/* The key of a text token into key (KEYMAX + 8 bytes, zero after the key to
** a multiple of 8) and its table hash; 0 when the key does not fit. An ASCII
** word (not an abbreviation) is its own lower-case copy: 8 bytes a step when
** they are inside the text (lim: the end of the last token). *upper: it has
** capitals (then its raw bytes differ from its key). */
KN_INLINE int token_key(const char *text, const unsigned char *lim, const kn_token *t, unsigned char *key,
                            size_t *kl, uint32_t *h, int *upper) {
  if (kn_tok_key_plain(t) && t->len <= KEYMAX) {
    const unsigned char *p = (const unsigned char *)text + t->start;
    size_t n = t->len;
    uint64_t diff = 0;
#if defined(KN_LE)
    if ((size_t)(lim - p) >= ((n + 7) & ~(size_t)7)) {
      uint64_t hv = (uint64_t)n * 0x9E3779B97F4A7C15ULL;
      for (size_t i = 0; i < n; i += 8) {
        uint64_t x = rd64(p + i);
        if (n - i < 8) x &= ((uint64_t)1 << ((n - i) * 8)) - 1;
        uint64_t up = upper8(x);
        uint64_t lx = x | (up >> 2);
        memcpy(key + i, &lx, 8);
        diff |= up;
        hv = (hv ^ lx) * 0xFF51AFD7ED558CCDULL;
      }
      *kl = n; *h = (uint32_t)(hv >> 32); *upper = diff != 0;
      return 1;
    }
#endif
    memset(key + (n & ~(size_t)7), 0, 8);
    for (size_t i = 0; i < n; i++) {
      unsigned c = LOWER[p[i]];
      diff |= c ^ p[i];
      key[i] = (unsigned char)c;
    }
    *kl = n; *h = whash_padded(key, n); *upper = diff != 0;
    return 1;
  }
  (void)lim;
  size_t n = kn_tok_key(text, t, (char *)key, KEYMAX);
  if (n > KEYMAX) return 0;
  memset(key + n, 0, 8);
  *kl = n; *h = whash_padded(key, n); *upper = 0;
  return 1;
}

/* word_entry for kn_au_scan: key is zero-padded to a multiple of 8 bytes
** and the pool has 8 bytes after its last key (kn_au_finish), so keys are
** compared 8 bytes a step with no library call. */
KN_INLINE const au_word *scan_entry(const kn_automaton *au, const unsigned char *key, size_t n, uint32_t h) {
  size_t mask = au->nwslot - 1;
  for (size_t j = h & mask;; j = (j + 1) & mask) {
    const au_word *w = &au->words[j];
    if (!w->len) return NULL;
    if (w->hash == h && w->len == n) {
      const unsigned char *k = (const unsigned char *)au->pool + w->off;
      size_t i = 0;
      for (; i + 8 <= n; i += 8)
        if (rd64(k + i) != rd64(key + i)) break;
      if (i + 8 <= n) continue;
      if (i == n) return w;
      uint64_t a = 0, b = 0;
      memcpy(&a, k + i, 8);
      memcpy(&b, key + i, 8);
#if defined(KN_LE)
      if (((a ^ b) & (((uint64_t)1 << ((n - i) * 8)) - 1)) == 0) return w;
#else
      if (memcmp(k + i, key + i, n - i) == 0) return w;
#endif
    }
  }
}

/* The word id of a text token, or -1. */
KN_INLINE int32_t token_word(const kn_automaton *au, const char *text, const unsigned char *lim, const kn_token *t) {
  unsigned char key[KEYMAX + 8];
  size_t kl;
  uint32_t h;
  int up;
  if (!token_key(text, lim, t, key, &kl, &h, &up)) return -1;
  const au_word *w = scan_entry(au, key, kl, h);
  return w ? w->id : -1;
}

/* The bit of the first-word set for a key hash h, given mh = mix(h). */
static inline int root_bit(const uint64_t *set, uint32_t mh) {
  uint32_t b = mh & (((uint32_t)1 << KN_AU_ROOTBITS) - 1);
  return (int)((set[b >> 6] >> (b & 63)) & 1);
}

/* Has the FNV-1a hash (kn_hash) of the n raw bytes at p its bit in
** root_ci? The test of a lower-case token whose raw bytes are not its key
** (capitals further on, an abbreviation's periods). */
static int raw_root_ci(const kn_automaton *au, const unsigned char *p, uint32_t n) {
  uint32_t hv = 2166136261u;
  for (uint32_t k = 0; k < n; k++) { hv ^= p[k]; hv *= 16777619u; }
  return root_bit(au->root_ci, mix(hv));
}

int kn_au_case_ok(const kn_target *t, const kn_token *tok, uint32_t first, uint32_t last) {
  switch (t->casemode) {
    case KN_CASE_ANY: return 1;
    case KN_CASE_PROPER: return !(tok[first].flags & KN_TF_LOWER);
    case KN_CASE_NOTLOWER_ALL:
      for (uint32_t i = first; i <= last; i++)
        if (tok[i].kind == KN_TK_WORD && (tok[i].flags & KN_TF_LOWER)) return 0;
      return 1;
    case KN_CASE_UPPER:
      for (uint32_t i = first; i <= last; i++)
        if (tok[i].kind == KN_TK_WORD && !(tok[i].flags & KN_TF_UPPER)) return 0;
      return 1;
  }
  return 0;
}

KN_INLINE int hyphen_tok(const char *s, const kn_token *k) {
  if (k->kind != KN_TK_PUNCT) return 0;
  unsigned char c = (unsigned char)s[k->start];
  if (c == '-' && k->len == 1) return 1;
  return c == 0xE2 && k->len == 3 && (unsigned char)s[k->start + 1] == 0x80 &&
         (unsigned char)s[k->start + 2] >= 0x90 && (unsigned char)s[k->start + 2] <= 0x93;
}

/* The lower-case bytes of the n (1..8) bytes at p, zero after them. */
static inline uint64_t lower8(const unsigned char *p, size_t n) {
  uint64_t x = rd64(p);
  if (n < 8) x &= ((uint64_t)1 << (n * 8)) - 1;
  return x | (upper8(x) >> 2);
}

/* Do the key bytes after the first 8 (n > 8 in all) agree: a zero-padded
** key or, in place, a plain token's bytes lower-cased? */
static int rest_same(const unsigned char *k, const unsigned char *pk, size_t n, int inplace) {
  for (size_t i = 8; i < n; i += 8) {
    size_t m = n - i < 8 ? n - i : 8;
    uint64_t a = inplace ? lower8(k + i, m) : rd64(k + i), b = rd64(pk + i);
    if (m < 8) b &= ((uint64_t)1 << (m * 8)) - 1;
    if (a != b) return 0;
  }
  return 1;
}

/* The bit of au_out.lens for a key of n bytes. */
#define LEN_BIT(n) (1u << ((n) < 31 ? (n) : 31))

/* The state after a state with edges e[0..ne) (key lengths lens) on token
** u, or 0. Most steps that fail (the word after a name) fail on the length. */
KN_INLINE uint32_t edge_step(const unsigned char *pool, const au_edge *e, uint32_t ne, uint32_t lens,
                             const char *text, const unsigned char *lim, const kn_token *u) {
#if defined(KN_LE)
  if (kn_tok_key_plain(u) && u->len <= KEYMAX) {
    const unsigned char *p = (const unsigned char *)text + u->start;
    uint32_t n = u->len;
    if (!(lens & LEN_BIT(n))) return 0;   /* (a plain token's key is as long as it) */
    if ((size_t)(lim - p) >= ((n + 7) & ~(size_t)7)) {
      uint64_t x = lower8(p, n < 8 ? n : 8);
      for (uint32_t j = 0; j < ne; j++)
        if (e[j].len == n && e[j].head == x && (n <= 8 || rest_same(p, pool + e[j].off, n, 1))) return e[j].next;
      return 0;
    }
  }
#endif
  unsigned char key[KEYMAX + 8];
  size_t kl;
  uint32_t h;
  int up;
  if (!token_key(text, lim, u, key, &kl, &h, &up) || !(lens & LEN_BIT(kl))) return 0;
  uint64_t x = rd64(key);
  for (uint32_t j = 0; j < ne; j++)
    if (e[j].len == kl && e[j].head == x && (kl <= 8 || rest_same(key, pool + e[j].off, kl, 0))) return e[j].next;
  return 0;
}

/* Has one of the n bytes at p (ASCII, 8 readable) a capital? */
static int any_upper(const unsigned char *p, size_t n) {
  for (size_t i = 0; i < n; i += 8) {
    uint64_t x = rd64(p + i);
    if (n - i < 8) x &= ((uint64_t)1 << ((n - i) * 8)) - 1;
    if (upper8(x)) return 1;
  }
  return 0;
}

/* Where kn_au_scan_into puts the matches (kn_au_scan calls emit instead). */
typedef struct raw_sink { kn_alloc f; void *ud; kn_raw *raw; size_t n, cap; } raw_sink;

/* kn_au_scan and kn_au_scan_into, each with its own copy (sink a constant). */
KN_INLINE kn_status scan(const kn_automaton *au, const char *text, const kn_token *tok, size_t ntok,
                         kn_au_emit emit, void *ctx, raw_sink *sink) {
  if (!au->ntslot || !au->root_ci || !au->first_sig || !au->out || !au->rtab || !ntok) return KN_OK;
  enum { DEPTH = 24 };
  /* the text is read up to the end of its last token */
  const unsigned char *lim = (const unsigned char *)text + tok[ntok - 1].start + tok[ntok - 1].len;
  const unsigned char *pool = (const unsigned char *)au->pool;
  const uint64_t *sig = au->first_sig;
  (void)sig;   /* (read on little-endian machines only) */
  size_t tend = (size_t)(lim - (const unsigned char *)text), i = 0;
  /* the tokens with 8 bytes to read from their start (all but the last few) */
  const kn_token *end = tok + ntok, *end8 = end;
  while (end8 > tok && (size_t)end8[-1].start + 8 > tend) end8--;
  for (;;) {
    /* first-word filter: a lower-case token can only start a name of any
    ** case (titles), others any name. The test is the bits of the token's
    ** key (kn_hash) in the bitsets root_ci and root_cs, kept in its word's
    ** entry; a lower-case token whose raw bytes are not its key (capitals
    ** further on, an abbreviation's periods) is tested on the hash of its
    ** raw bytes first, as ever. An ASCII word with 8 bytes to read is
    ** tested first on a signature of its length and first 8 bytes (one
    ** bitset, first_sig; a lower-case token's length goes into the hash
    ** as n ^ KN_TF_LOWER), in a loop of its own, then looked up in the
    ** root table by the same hash (key_mix); any other goes through its
    ** key and the word table. */
    const kn_token *t = tok + i;
    uint64_t raw = 0;
    int fast = 0;
#if defined(KN_LE)
    for (; t < end8; t++) {
      /* flags, kind and ws in one load: an ASCII word or number, not an
      ** abbreviation nor skipped */
      uint32_t v;
      memcpy(&v, &t->flags, 4);
      uint32_t c = v & (KN_TF_SKIP | KN_TF_ASCII | KN_TF_ABBR | 0xFF0000u);
      if (c == (KN_TF_ASCII | (uint32_t)KN_TK_WORD << 16) || c == (KN_TF_ASCII | (uint32_t)KN_TK_NUM << 16)) {
        uint32_t n = t->len;
        /* (a token longer than KEYMAX never matches: any bit will do) */
        raw = rd64((const unsigned char *)text + t->start) & KN_LOW_BYTES[n < 8 ? n : 8];
        uint32_t b = SIG_OF(key_mix(raw, n ^ (v & KN_TF_LOWER)));
        if ((sig[b >> 6] >> (b & 63)) & 1) { fast = 1; break; }
        continue;
      }
      if (!(t->flags & KN_TF_SKIP) && (unsigned)(t->kind - KN_TK_WORD) <= (unsigned)(KN_TK_NUM - KN_TK_WORD)) break;
    }
    if (t >= end8)
#endif
      for (;; t++) {
        if (t >= end) return KN_OK;   /* (kn_au_scan_into writes the sink back) */
        if (!(t->flags & KN_TF_SKIP) && (unsigned)(t->kind - KN_TK_WORD) <= (unsigned)(KN_TK_NUM - KN_TK_WORD)) break;
      }
    i = (size_t)(t - tok);
    int lower = (t->flags & KN_TF_LOWER) != 0;
    uint32_t state = 0;
    /* (8 bytes are there to read: more for a longer key) */
    if (fast && (t->len <= 8 || (t->len <= KEYMAX && tend - t->start >= ((t->len + 7) & ~(size_t)7)))) {
      const unsigned char *p = (const unsigned char *)text + t->start;
      uint32_t n = t->len;
      uint64_t mx = key_mix(raw, n);
      uint64_t xl = raw | (upper8(raw) >> 2);
      size_t mask = au->nrtab - 1;
      const au_root *r;
      for (size_t j = ROOT_SLOT(mx) & mask;; j = (j + 1) & mask) {
        r = &au->rtab[j];
        if (!r->len) break;
        if (r->len == n && r->head == xl && (n <= 8 || rest_same(p, pool + r->off, n, 1))) break;
      }
      if (!r->len) { i++; continue; }
      if (lower && (xl != raw || (n > 8 && any_upper(p + 8, n - 8))) && !raw_root_ci(au, p, n)) { i++; continue; }
      if (!((r->root & 1) || (!lower && (r->root & 2)))) { i++; continue; }
      state = r->next;
    } else {
      unsigned char key[KEYMAX + 8];
      size_t kl;
      uint32_t h;
      int upper;
      /* a lower-case ASCII abbreviation ("a.m.", "p.m.") is tested on its
      ** raw bytes before its key is made: most fail there */
      int abbr = (t->flags & (KN_TF_ASCII | KN_TF_ABBR)) == (KN_TF_ASCII | KN_TF_ABBR);
      if (lower && abbr && t->len <= KEYMAX && !raw_root_ci(au, (const unsigned char *)text + t->start, t->len)) {
        i++;
        continue;
      }
      if (!token_key(text, lim, t, key, &kl, &h, &upper)) { i++; continue; }
      if (lower && !abbr && (t->flags & KN_TF_ASCII) && t->len <= KEYMAX && upper &&
          !raw_root_ci(au, (const unsigned char *)text + t->start, t->len)) {
        i++;
        continue;
      }
      const au_word *we = scan_entry(au, key, kl, h);
      if (!we || !((we->root & 1) || (!lower && (we->root & 2)))) { i++; continue; }
      state = (size_t)we->id < au->nroot ? au->root_next[we->id] : 0;
      if (!state) { i++; continue; }
    }
    uint32_t acc_end[DEPTH], acc_state[DEPTH];
    int nacc = 0;
    if (au->st_count[state]) { acc_end[nacc] = (uint32_t)i; acc_state[nacc] = state; nacc++; }
    size_t k = i + 1;
    while (k < ntok && nacc < DEPTH) {
      const au_out *o = &au->out[state];
      if (!o->count) break;   /* nothing goes on from here */
      if (hyphen_tok(text, &tok[k]) && tok[k].ws == KN_WS_NONE && k + 1 < ntok && tok[k + 1].ws == KN_WS_NONE)
        k++;
      const kn_token *u = &tok[k];
      if ((u->flags & KN_TF_SKIP) || u->ws == KN_WS_PARA) break;
      if (u->kind == KN_TK_PUNCT && (u->flags & KN_TF_ASCII)) {
        /* its key starts with its first byte ("-" for a run of hyphens) */
        unsigned c = (unsigned char)text[u->start];
        if (!((au->punct_first[c >> 5] >> (c & 31)) & 1u)) break;
      }
      if (o->count != KN_AU_MANY) state = edge_step(pool, au->edges + o->first, o->count, o->lens, text, lim, u);
      else {
        int32_t w2 = token_word(au, text, lim, u);
        if (w2 < 0) break;
        state = trans_get(au, state, w2);
      }
      if (!state) break;
      if (au->st_count[state]) { acc_end[nacc] = (uint32_t)k; acc_state[nacc] = state; nacc++; }
      k++;
    }
    /* the longest accepted match wins; with none, the scan goes on at the next token */
    size_t next = i + 1;
    for (int a = nacc - 1; a >= 0; a--) {
      uint32_t as = acc_state[a], sh = au->st_hows[as];
      /* some target passes its case rule: one of any case, a proper name
      ** after a token not lower case, else the rules one by one */
      int any = (sh & ST_CASE_ANY) || ((sh & ST_CASE_PROPER) && !lower);
      uint32_t f = au->st_first[as], c = au->st_count[as];
      for (uint32_t q = 0; q < c && !any; q++)
        if (kn_au_case_ok_fast(&au->tg[f + q], tok, (uint32_t)i, acc_end[a])) any = 1;
      if (!any) continue;
      kn_raw m = { (uint32_t)i, acc_end[a], f, c, sh & ST_HOWS };
      if (sink) {
        if (sink->n == sink->cap) {
          kn_status st = kn_grow(sink->f, sink->ud, (void **)&sink->raw, &sink->cap, sink->n + 1, sizeof(kn_raw));
          if (st) return st;
        }
        sink->raw[sink->n++] = m;
      } else {
        kn_status st = emit(ctx, &m);
        if (st) return st;
      }
      next = acc_end[a] + 1;
      break;
    }
    i = next;
  }
}

kn_status kn_au_scan(const kn_automaton *au, const char *text, const kn_token *tok, size_t ntok,
                     kn_au_emit emit, void *ctx) {
  return scan(au, text, tok, ntok, emit, ctx, NULL);
}

kn_status kn_au_scan_into(const kn_automaton *au, const char *text, const kn_token *tok, size_t ntok,
                          kn_alloc f, void *ud, kn_raw **raw, size_t *nraw, size_t *cap) {
  /* the sink a local of this frame: its fields stay in registers */
  raw_sink s = { f, ud, *raw, *nraw, *cap };
  kn_status st = scan(au, text, tok, ntok, NULL, NULL, &s);
  *raw = s.raw; *nraw = s.n; *cap = s.cap;
  return st;
}
