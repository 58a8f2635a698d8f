/* kn_gaz_internal.h -- the matching automaton shared by kn_gaz.c (build)
** and kn_link.c (use). Not installed. */
#ifndef KN_GAZ_INTERNAL_H
#define KN_GAZ_INTERNAL_H

#include "kn.h"

/* What a name is for an entity (a target of an accepting state). */
enum { KN_T_NAME = 1, KN_T_ALIAS, KN_T_SHORT, KN_T_DEMONYM, KN_T_TITLE, KN_T_GENERIC, KN_T_RANK };

/* Case rules (data/README.md): any case; first token not lower case; every
** token upper or title case; every token upper case. */
enum { KN_CASE_ANY = 0, KN_CASE_PROPER, KN_CASE_NOTLOWER_ALL, KN_CASE_UPPER };

typedef struct kn_target {
  int32_t ent;          /* entity index; -1 for ranks */
  uint8_t how;          /* KN_T_* */
  uint8_t casemode;     /* KN_CASE_* */
  uint8_t type;         /* the entity's KN_ET_* (0 for ranks), set by kn_gaz_compile */
  uint8_t ntok;         /* tokens of the name, for reporting */
} kn_target;

/* A word of the automaton: its key's table hash (kn_au.c whash), where the
** key is in the pool, its length, root: bit 0 (1) / bit 1 (2) when the first-word
** bitset root_ci / root_cs has the bit of the key's kn_hash, and its id. */
typedef struct au_word { uint32_t hash, off; unsigned len : 30, root : 2; int32_t id; } au_word;
typedef struct au_trans { uint64_t key; uint32_t next; uint32_t used; } au_trans;
typedef struct au_pending { uint32_t state; kn_target t; } au_pending;
/* An edge of the walk past a name's first word: a key (its first 8 bytes
** zero-padded, its length, where it is in the pool) and the state it leads
** to. A state's edges (every spelling of every word it has a transition on)
** are compared in place, with no hash and no table; a state with more than
** KN_AU_EDGES of them is walked through the transition table. */
typedef struct au_edge { uint64_t head; uint32_t len, off, next, pad; } au_edge;
/* count KN_AU_MANY: the table. lens: bit min(len, 31) of each edge's key
** length, so that a token of no such length is turned away at once. */
typedef struct au_out { uint32_t first, count, lens; } au_out;
/* A key a name can start with (a word with a root bit and a transition from
** the root): its first 8 bytes zero-padded, length, place in the pool, the
** state after it and its root bits (au_word.root). */
typedef struct au_root { uint64_t head; uint32_t len, off, next, root; } au_root;

#define KN_AU_EDGES 8
#define KN_AU_MANY 0xFFFFFFFFu

#define KN_AU_ROOTBITS 18

typedef struct kn_automaton {
  kn_alloc alloc; void *ud;
  au_word *words; size_t nwslot, nwords, nids;   /* key -> word id */
  char *pool; size_t npool, cappool;
  au_trans *trans; size_t ntslot, ntrans;        /* (state, word) -> state */
  uint32_t nstates;
  uint32_t *st_first, *st_count; size_t capst;   /* targets of each state */
  uint32_t *st_hows;                             /* kn_raw.hows and case rules of each state (kn_au.c) */
  kn_target *tg; size_t ntg, captg;
  au_pending *pend; size_t npend, cappend;       /* targets before finish */
  uint64_t *root_ci, *root_cs;                   /* first-word bitsets */
  uint64_t *first_sig;                           /* first words' signatures (kn_au.c) */
  uint32_t *root_next; size_t nroot;             /* word id -> state after the root, or 0 */
  uint32_t punct_first[4];                       /* bit c: a key starts with ASCII c, no letter or digit */
  au_out *out; size_t nout;                      /* each state's edges (kn_au_scan) */
  au_edge *edges; size_t nedges;
  au_root *rtab; size_t nrtab;                   /* the first words' keys, by kn_au.c key_mix */
} kn_automaton;

void kn_au_init(kn_automaton *au, kn_alloc f, void *ud);
void kn_au_free(kn_automaton *au);
void kn_au_clear(kn_automaton *au);
kn_status kn_au_spelling(kn_automaton *au, const char *brit, const char *amer);
/* Tokenizes phrase with tk and adds it (and its variants) for ent.
** KN_EINVAL when it has no tokens. */
kn_status kn_au_add(kn_automaton *au, kn_tokenizer *tk, const char *phrase, size_t n,
                    int32_t ent, int how, int casemode);
kn_status kn_au_finish(kn_automaton *au);
void kn_au_stats(const kn_automaton *au, size_t *states, size_t *trans, size_t *words, size_t *bytes);

/* A raw match: tokens first..last; targets [tfirst, tfirst + tcount) of
** the automaton that pass the case rules (one at least, not all of them);
** hows: bit h for each how (KN_T_*) among all its targets, and
** KN_RAW_COUNTRY when one of them can count for the document's main country
** (kn_main_country_of: a country's name, alias or demonym, a capital's
** name or alias). */
typedef struct kn_raw { uint32_t first, last, tfirst, tcount, hows; } kn_raw;
#define KN_RAW_COUNTRY 0x100u

/* Leftmost-longest scan of tokens; calls emit for each match. Tokens with
** KN_TF_SKIP never match. */
typedef kn_status (*kn_au_emit)(void *ctx, const kn_raw *m);
kn_status kn_au_scan(const kn_automaton *au, const char *text, const kn_token *tok, size_t ntok,
                     kn_au_emit emit, void *ctx);
/* The same, appending the matches to *raw (*nraw of them, room for *cap;
** grown with f, ud). */
kn_status kn_au_scan_into(const kn_automaton *au, const char *text, const kn_token *tok, size_t ntok,
                          kn_alloc f, void *ud, kn_raw **raw, size_t *nraw, size_t *cap);
/* Does target t's case rule accept tokens first..last? */
int kn_au_case_ok(const kn_target *t, const kn_token *tok, uint32_t first, uint32_t last);
/* The same, the two rules of nearly every target inline (the scan and the
** linker ask it of every target of every match). */
static inline int kn_au_case_ok_fast(const kn_target *t, const kn_token *tok, uint32_t first, uint32_t last) {
  if (t->casemode == KN_CASE_ANY) return 1;
  if (t->casemode == KN_CASE_PROPER) return !(tok[first].flags & KN_TF_LOWER);
  return kn_au_case_ok(t, tok, first, last);
}

/* kn_gaz.c helpers for kn_link.c */
const kn_automaton *kn_gaz_automaton(const kn_gaz *g);
int kn_gaz_type(const kn_gaz *g, int32_t i);
int32_t kn_gaz_of(const kn_gaz *g, int32_t i);
int32_t kn_gaz_metonym(const kn_gaz *g, int32_t i);
const char *kn_gaz_role(const kn_gaz *g, int32_t i);
int kn_gaz_held(const kn_gaz *g, int32_t office, int32_t person);
int kn_gaz_id_type(const char *id, size_t n);

/* The country target t counts for in the tally of a document's main country,
** or -1: a country's name, alias or demonym, or the name or alias of a
** location whose metonym is a country (a capital). The one test of both
** kn_gaz_compile (a state with such a target gets KN_RAW_COUNTRY, the
** prefilter) and kn_link.c's find_main_country (the tally itself). */
static inline int32_t kn_main_country_of(const kn_gaz *g, const kn_target *t) {
  int full = t->how == KN_T_NAME || t->how == KN_T_ALIAS;
  if (t->type == KN_ET_COUNTRY) return (full || t->how == KN_T_DEMONYM) ? t->ent : -1;
  if (t->type == KN_ET_LOCATION && full) {
    int32_t mt = kn_gaz_metonym(g, t->ent);
    if (mt >= 0 && kn_gaz_type(g, mt) == KN_ET_COUNTRY) return mt;
  }
  return -1;
}

#endif
