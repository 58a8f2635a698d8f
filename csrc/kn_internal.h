/* kn_internal.h -- helpers shared by the core's units; not installed. */
#ifndef KN_INTERNAL_H
#define KN_INTERNAL_H

#include <string.h>
#include "kn.h"

#define KN_UNUSED(x) ((void)(x))

static inline void *kn_realloc(kn_alloc f, void *ud, void *p, size_t o, size_t n) {
  return f(ud, p, o, n);
}
static inline void kn_free(kn_alloc f, void *ud, void *p, size_t o) {
  if (p) f(ud, p, o, 0);
}

/* Grows an array of elements of size sz so it holds at least need; the
** capacity doubles. Returns KN_ENOMEM (array unchanged) on failure. */
kn_status kn_grow(kn_alloc f, void *ud, void **arr, size_t *cap, size_t need, size_t sz);

/* FNV-1a, 32 bits. */
static inline uint32_t kn_hash(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) { h ^= (unsigned char)s[i]; h *= 16777619u; }
  return h;
}

/* Lower-case ASCII letter, identity otherwise. */
static inline int kn_lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

/* An ASCII letter, either case. */
/* The bytes of a word of n <= 8 bytes in a little-endian 8-byte load
** (the 8-byte key reads of kn_au.c and kn_time.c). */
static const uint64_t KN_LOW_BYTES[9] = { 0, 0xFFull, 0xFFFFull, 0xFFFFFFull, 0xFFFFFFFFull, 0xFFFFFFFFFFull,
                                          0xFFFFFFFFFFFFull, 0xFFFFFFFFFFFFFFull, ~(uint64_t)0 };

/* A key's run of hyphens is one '-' (kn_key, kn_tok_key): 0 when byte b
** is a hyphen after a hyphen and is dropped; *dash carries the run. */
static inline int kn_dash_run(unsigned b, int *dash) {
  if (b != '-') { *dash = 0; return 1; }
  if (*dash) return 0;
  *dash = 1;
  return 1;
}
static inline int kn_ascii_letter(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }

/* v in decimal, written to the bytes before end (at most 20): returns
** where it begins. By hand, as "%llu"/"%lld" print it: the timeline
** writes numbers for every record, and snprintf was a tenth of that. */
static inline char *kn_u64_dec(uint64_t v, char *end) {
  do { *--end = (char)('0' + v % 10); v /= 10; } while (v);
  return end;
}
static inline char *kn_i64_dec(int64_t v, char *end) {
  char *p = kn_u64_dec(v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v, end);
  if (v < 0) *--p = '-';
  return p;
}

/* Is token t's key (kn_tok_key) its own bytes in lower case: an ASCII word
** or number that is no abbreviation? Then the key can be read in place. */
static inline int kn_tok_key_plain(const kn_token *t) {
  return (t->flags & KN_TF_ASCII) && !(t->flags & KN_TF_ABBR) && t->kind != KN_TK_PUNCT;
}

/* The 3 bytes at p are an en or em dash (U+2013, U+2014). */
static inline int kn_is_udash(const unsigned char *p) {
  return p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94);
}

/* Might word set w hold a key of n bytes starting with byte c? 0: it
** certainly does not (one load: the set keeps its key lengths by first
** byte); w may be NULL (0). */
int kn_wordset_maybe(const kn_wordset *w, unsigned char c, size_t n);
/* The same for a key of n bytes from first to last byte (one more load). */
int kn_wordset_maybe2(const kn_wordset *w, unsigned char first, unsigned char last, size_t n);

/* A bump arena: blocks freed together. */
typedef struct kn_arena_block kn_arena_block;
typedef struct kn_arena {
  kn_alloc alloc; void *ud;
  kn_arena_block *head;
  size_t used, cap;   /* in the head block */
  size_t total;       /* bytes held, for accounting */
} kn_arena;
void kn_arena_init(kn_arena *a, kn_alloc f, void *ud);
void *kn_arena_get(kn_arena *a, size_t n);           /* 8-byte aligned, NULL on failure */
char *kn_arena_strdup(kn_arena *a, const char *s, size_t n);  /* NUL-terminated copy */
void kn_arena_free(kn_arena *a);

/* Unicode classes used by the tokenizer for non-ASCII code points. */
enum { KN_U_LETTER, KN_U_MARK, KN_U_SPACE, KN_U_PUNCT, KN_U_DASH, KN_U_QUOTE,
       KN_U_APOS, KN_U_SYM, KN_U_HANGUL, KN_U_ZW };
int kn_uclass(uint32_t cp);
/* Appends the folded form of letter cp to out (at most 4 bytes); returns the
** number of bytes, 0 for code points dropped from keys (marks). */
size_t kn_ufold(uint32_t cp, char *out);
int kn_uupper(uint32_t cp);   /* 1 upper, 0 lower or caseless */
int kn_ulower(uint32_t cp);   /* 1 lower case letter */

/* Is the key (n bytes, no NUL needed) one of the words of the
** NULL-terminated list w? No strlen: a word ends where the key does. */
static inline int kn_key_in_words(const char *const *w, const char *key, size_t n) {
  for (; *w; w++) {
    size_t j = 0;
    while (j < n && (*w)[j] && (*w)[j] == key[j]) j++;
    if (j == n && (*w)[j] == 0) return 1;
  }
  return 0;
}

/* Tests only: nonzero makes the temporal tagger try every production at
** every token, decide every token's trigger by is_trigger alone and try
** again the starts an earlier trigger tried, as first_of's filter, the
** scan's fast path (next_trigger) and the skipped starts (kn_time_tag's
** tried) must never change what it finds (csrc/tests/test_time.c compares
** the two). */
extern int kn_time_every_production;

#endif
