/* kn_util.c -- status strings, allocation, UTF-8, arenas and word sets. */
#include <stdlib.h>
#include "kn_internal.h"
#include "kn_tables.h"

const char *kn_strerror(kn_status s) {
  switch (s) {
    case KN_OK: return "ok";
    case KN_ENOMEM: return "not enough memory";
    case KN_EINVAL: return "invalid argument";
    case KN_EUTF8: return "invalid UTF-8";
    case KN_ERANGE: return "value out of range";
    case KN_ESYNTAX: return "syntax error";
  }
  return "unknown error";
}

void *kn_default_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  KN_UNUSED(ud); KN_UNUSED(osize);
  if (nsize == 0) { free(ptr); return NULL; }
  return realloc(ptr, nsize);
}

kn_status kn_grow(kn_alloc f, void *ud, void **arr, size_t *cap, size_t need, size_t sz) {
  if (need <= *cap) return KN_OK;
  size_t ncap = *cap ? *cap : 16;
  while (ncap < need) {
    if (ncap > ((size_t)-1) / 2 / sz) return KN_ENOMEM;
    ncap *= 2;
  }
  void *p = f(ud, *arr, *cap * sz, ncap * sz);
  if (!p) return KN_ENOMEM;
  *arr = p;
  *cap = ncap;
  return KN_OK;
}

/* ---------------------------------------------------------------- UTF-8 */

size_t kn_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
  unsigned c = s[0];
  *cp = c;
  if (c < 0x80) return 1;
  size_t len;
  uint32_t v, min;
  if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1F; min = 0x80; }
  else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0F; min = 0x800; }
  else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07; min = 0x10000; }
  else return 0;
  if (n < len) return 0;
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    v = (v << 6) | (s[i] & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *cp = v;
  return len;
}

size_t kn_utf8_check(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) { i++; continue; }
    uint32_t cp;
    size_t l = kn_utf8_decode(p + i, n - i, &cp);
    if (!l) return i + 1;
    i += l;
  }
  return 0;
}

/* Classes of non-ASCII code points, for the scripts news text uses. */
int kn_uclass(uint32_t cp) {
  if (cp >= 0xAC00 && cp <= 0xD7A3) return KN_U_HANGUL;
  if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F)) return KN_U_HANGUL;
  if (cp < 0xC0) {
    if (cp == 0xA0) return KN_U_SPACE;
    if (cp == 0xAB || cp == 0xBB) return KN_U_QUOTE;
    if (cp == 0xAD) return KN_U_ZW;            /* soft hyphen */
    if (cp == 0xAA || cp == 0xB5 || cp == 0xBA) return KN_U_LETTER;
    if (cp == 0xA1 || cp == 0xBF || cp == 0xB7 || cp == 0xA7 || cp == 0xB6) return KN_U_PUNCT;
    return KN_U_SYM;
  }
  if (cp == 0xD7 || cp == 0xF7) return KN_U_SYM;
  if (cp < 0x2B0) return KN_U_LETTER;          /* Latin-1 letters, Extended-A/B, IPA */
  if (cp < 0x300) return KN_U_LETTER;          /* modifier letters */
  if (cp < 0x370) return KN_U_MARK;            /* combining diacritics */
  if (cp < 0x2000) {
    if (cp == 0x37E || cp == 0x387) return KN_U_PUNCT;
    if (cp >= 0x1AB0 && cp <= 0x1AFF) return KN_U_MARK;
    if (cp >= 0x1DC0 && cp <= 0x1DFF) return KN_U_MARK;
    if (cp == 0x589 || cp == 0x5BE || cp == 0x60C || cp == 0x61F || cp == 0x6D4 || cp == 0x964 || cp == 0x965)
      return KN_U_PUNCT;
    if ((cp >= 0x483 && cp <= 0x489) || (cp >= 0x591 && cp <= 0x5C7) || (cp >= 0x610 && cp <= 0x61A) ||
        (cp >= 0x64B && cp <= 0x65F))
      return KN_U_MARK;
    return KN_U_LETTER;                        /* Greek, Cyrillic, Hebrew, Arabic, Indic … */
  }
  if (cp <= 0x206F) {
    if (cp <= 0x200A || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F) return KN_U_SPACE;
    if (cp >= 0x200B && cp <= 0x200F) return KN_U_ZW;
    if (cp == 0x2060) return KN_U_ZW;
    if (cp >= 0x2010 && cp <= 0x2015) return KN_U_DASH;
    if (cp == 0x2018 || cp == 0x2019 || cp == 0x201B || cp == 0x2032) return KN_U_APOS;
    if ((cp >= 0x201A && cp <= 0x201F) || cp == 0x2039 || cp == 0x203A) return KN_U_QUOTE;
    return KN_U_PUNCT;                         /* … • ‰ ‼ and the like */
  }
  if (cp >= 0x20D0 && cp <= 0x20FF) return KN_U_MARK;
  if (cp < 0x2E00) {
    if (cp >= 0x2100 && cp <= 0x214F) return KN_U_SYM;   /* letterlike symbols */
    return KN_U_SYM;                           /* currency, arrows, math, boxes */
  }
  if (cp < 0x2E80) return KN_U_PUNCT;          /* supplemental punctuation */
  if (cp == 0x3000) return KN_U_SPACE;
  if (cp >= 0x3001 && cp <= 0x3003) return KN_U_PUNCT;
  if (cp >= 0x3008 && cp <= 0x3011) return KN_U_QUOTE;
  if (cp >= 0x3014 && cp <= 0x301F) return KN_U_PUNCT;
  if (cp >= 0xFE00 && cp <= 0xFE0F) return KN_U_MARK;  /* variation selectors */
  if (cp == 0xFEFF) return KN_U_ZW;
  if (cp >= 0xFF01 && cp <= 0xFF0F) return KN_U_PUNCT;
  if (cp >= 0xFFF0 && cp <= 0xFFFF) return KN_U_SYM;
  if (cp >= 0xE000 && cp <= 0xF8FF) return KN_U_SYM;   /* private use */
  if (cp >= 0x1F000) return KN_U_SYM;                  /* emoji and pictographs */
  return KN_U_LETTER;                          /* CJK, kana and other scripts */
}

int kn_uupper(uint32_t cp) {
  if (cp >= 0xC0 && cp <= 0x17F) return kn_latin_upper[cp - 0xC0];
  if (cp >= 0x391 && cp <= 0x3A9) return 1;
  if (cp >= 0x400 && cp <= 0x42F) return 1;
  return 0;
}

int kn_ulower(uint32_t cp) {
  if (cp >= 0xC0 && cp <= 0x17F) return kn_latin_fold[cp - 0xC0][0] && !kn_latin_upper[cp - 0xC0];
  if (cp >= 0x3B1 && cp <= 0x3C9) return 1;
  if (cp >= 0x430 && cp <= 0x45F) return 1;
  return 0;
}

static size_t put_utf8(uint32_t cp, char *out) {
  if (cp < 0x80) { out[0] = (char)cp; return 1; }
  if (cp < 0x800) { out[0] = (char)(0xC0 | (cp >> 6)); out[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12)); out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F)); return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18)); out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

size_t kn_ufold(uint32_t cp, char *out) {
  if (cp >= 0xC0 && cp <= 0x17F) {
    const char *f = kn_latin_fold[cp - 0xC0];
    if (f[0]) { size_t l = f[1] ? 2 : 1; memcpy(out, f, l); return l; }
    return put_utf8(cp, out);
  }
  if (cp >= 0x218 && cp <= 0x21B) { out[0] = cp < 0x21A ? 's' : 't'; return 1; }
  if (cp >= 0x300 && cp < 0x370) return 0;               /* combining marks */
  if ((cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
      (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE00 && cp <= 0xFE0F)) return 0;
  if (cp >= 0x391 && cp <= 0x3A9) return put_utf8(cp + 0x20, out);
  if (cp >= 0x410 && cp <= 0x42F) return put_utf8(cp + 0x20, out);
  if (cp >= 0x400 && cp <= 0x40F) return put_utf8(cp + 0x50, out);
  return put_utf8(cp, out);
}

/* ---------------------------------------------------------------- arena */

struct kn_arena_block { kn_arena_block *next; size_t size; };

#define KN_ARENA_BLOCK 65536u

void kn_arena_init(kn_arena *a, kn_alloc f, void *ud) {
  a->alloc = f; a->ud = ud; a->head = NULL; a->used = a->cap = 0; a->total = 0;
}

void *kn_arena_get(kn_arena *a, size_t n) {
  n = (n + 7) & ~(size_t)7;
  if (!a->head || a->cap - a->used < n) {
    size_t hdr = (sizeof(kn_arena_block) + 7) & ~(size_t)7;
    size_t sz = n + hdr > KN_ARENA_BLOCK ? n + hdr : KN_ARENA_BLOCK;
    kn_arena_block *b = a->alloc(a->ud, NULL, 0, sz);
    if (!b) return NULL;
    b->next = a->head; b->size = sz;
    a->head = b; a->used = hdr; a->cap = sz; a->total += sz;
  }
  void *p = (char *)a->head + a->used;
  a->used += n;
  return p;
}

char *kn_arena_strdup(kn_arena *a, const char *s, size_t n) {
  char *p = kn_arena_get(a, n + 1);
  if (!p) return NULL;
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

void kn_arena_free(kn_arena *a) {
  kn_arena_block *b = a->head;
  while (b) {
    kn_arena_block *next = b->next;
    a->alloc(a->ud, b, b->size, 0);
    b = next;
  }
  a->head = NULL; a->used = a->cap = 0; a->total = 0;
}

/* ------------------------------------------------------------- word sets */

typedef struct ws_slot { uint32_t hash; uint32_t off; uint32_t len; int32_t value; } ws_slot;

struct kn_wordset {
  kn_alloc alloc; void *ud;
  ws_slot *slot; size_t nslot, count;   /* open addressing, nslot a power of 2 */
  char *pool; size_t npool, cappool;
  /* the lengths of the keys by first byte: bit min(n, 31) of firstlen[b]
  ** when a key of n bytes starts with b. Most words asked for (the word
  ** before each period, to find abbreviations) are ruled out by it,
  ** without a hash; lastlen the same by last byte */
  uint32_t firstlen[256], lastlen[256];
};

kn_status kn_wordset_new(kn_wordset **out, kn_alloc f, void *ud) {
  if (!f) f = kn_default_alloc;
  kn_wordset *w = f(ud, NULL, 0, sizeof *w);
  *out = NULL;
  if (!w) return KN_ENOMEM;
  memset(w, 0, sizeof *w);
  w->alloc = f; w->ud = ud;
  *out = w;
  return KN_OK;
}

void kn_wordset_free(kn_wordset *w) {
  if (!w) return;
  kn_free(w->alloc, w->ud, w->slot, w->nslot * sizeof(ws_slot));
  kn_free(w->alloc, w->ud, w->pool, w->cappool);
  w->alloc(w->ud, w, sizeof *w, 0);
}

static ws_slot *ws_find(const kn_wordset *w, const char *k, size_t n, uint32_t h) {
  size_t mask = w->nslot - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    ws_slot *s = &w->slot[i];
    if (s->len == 0) return s;
    if (s->hash == h && s->len == n && memcmp(w->pool + s->off, k, n) == 0) return s;
  }
}

static kn_status ws_rehash(kn_wordset *w, size_t nslot) {
  ws_slot *ns = w->alloc(w->ud, NULL, 0, nslot * sizeof(ws_slot));
  if (!ns) return KN_ENOMEM;
  memset(ns, 0, nslot * sizeof(ws_slot));
  for (size_t i = 0; i < w->nslot; i++) {
    ws_slot *s = &w->slot[i];
    if (s->len == 0) continue;
    for (size_t j = s->hash & (nslot - 1);; j = (j + 1) & (nslot - 1))
      if (ns[j].len == 0) { ns[j] = *s; break; }
  }
  kn_free(w->alloc, w->ud, w->slot, w->nslot * sizeof(ws_slot));
  w->slot = ns; w->nslot = nslot;
  return KN_OK;
}

kn_status kn_wordset_add(kn_wordset *w, const char *key, size_t n, int value) {
  if (n == 0 || n > 0xFFFF) return KN_EINVAL;
  if ((w->count + 1) * 2 > w->nslot) {
    kn_status st = ws_rehash(w, w->nslot ? w->nslot * 2 : 64);
    if (st) return st;
  }
  uint32_t h = kn_hash(key, n);
  ws_slot *s = ws_find(w, key, n, h);
  if (s->len) { s->value = value; return KN_OK; }
  if (w->npool + n > 0xFFFFFFFFu) return KN_ERANGE;
  kn_status st = kn_grow(w->alloc, w->ud, (void **)&w->pool, &w->cappool, w->npool + n, 1);
  if (st) return st;
  memcpy(w->pool + w->npool, key, n);
  w->firstlen[(unsigned char)key[0]] |= 1u << (n < 31 ? n : 31);
  w->lastlen[(unsigned char)key[n - 1]] |= 1u << (n < 31 ? n : 31);
  s->hash = h; s->off = (uint32_t)w->npool; s->len = (uint32_t)n; s->value = value;
  w->npool += n;
  w->count++;
  return KN_OK;
}

int kn_wordset_maybe(const kn_wordset *w, unsigned char c, size_t n) {
  return w && ((w->firstlen[c] >> (n < 31 ? n : 31)) & 1u);
}

int kn_wordset_maybe2(const kn_wordset *w, unsigned char first, unsigned char last, size_t n) {
  return w && (((w->firstlen[first] & w->lastlen[last]) >> (n < 31 ? n : 31)) & 1u);
}

int kn_wordset_get(const kn_wordset *w, const char *key, size_t n) {
  if (!w || w->count == 0 || n == 0) return -1;
  if (!kn_wordset_maybe(w, (unsigned char)key[0], n)) return -1;
  ws_slot *s = ws_find(w, key, n, kn_hash(key, n));
  return s->len ? s->value : -1;
}

size_t kn_wordset_count(const kn_wordset *w) { return w ? w->count : 0; }
