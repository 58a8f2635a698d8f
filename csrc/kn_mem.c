/* kn_mem.c -- big blocks in mappings of their own (kn_big_alloc).
**
** Why: a block's pages cost a page fault each on their first touch, and on
** some machines a fault is dear. On the virtual machine of the eleventh
** session's benchmarks one costs about 11 us (400 MB touched a page at a
** time: 1.13 s; the same 400 MB in a mapping marked for transparent huge
** pages and populated in one call: 0.03 s; bench/README.md has the
** measurement), so the 1M-event timeline merge, which fills some 400 MB of
** arrays, spent a second of its three in the kernel. A block of KN_BIG_MIN
** bytes or more therefore gets a mapping of its own, asked for huge pages
** and populated at once; growing it moves the mapping (mremap) instead of
** copying it. On other machines this costs nothing that touching the pages
** would not: the kernel zeroes every page it hands out either way. What it
** does cost is the unused end of a block, which is resident at once
** (growing arrays double, so up to half of a block), and a block of at
** least 2 MiB takes whole 2 MiB.
**
** Small blocks, every block off Linux and every block under
** AddressSanitizer (which does not watch mappings) go to the wrapped
** allocator. Whether a block is big is told by its size, which callers
** give as kn_alloc's contract asks; its mapping's length is kept in a
** header before it, so the free is right even if a caller's size is not.
*/
#if defined(__linux__)
#define _GNU_SOURCE   /* mremap */
#endif
#include <stdlib.h>
#include <string.h>
#include "kn_internal.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define KN_MEM_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define KN_MEM_SANITIZED 1
#endif

#if defined(__linux__) && !defined(KN_MEM_SANITIZED) && !defined(KN_NO_BIGMAP)
#include <sys/mman.h>
#define KN_BIGMAP 1
#endif

#if defined(KN_BIGMAP)

#define HUGE_SZ ((size_t)2 << 20)   /* x86-64's and arm64's transparent huge page */
#define HDR ((size_t)64)            /* header: magic, mapping length; keeps 64-byte alignment */
#define MAGIC ((size_t)0x6b6e626967626c6bULL)

/* The mapping for n bytes: header + n, in whole huge pages; 0: too large. */
static size_t map_len(size_t n) {
  if (n > ((size_t)-1) - HDR - HUGE_SZ) return 0;
  return (n + HDR + HUGE_SZ - 1) & ~(HUGE_SZ - 1);
}

/* Asks for huge pages for [p, p + n): a fault then brings 2 MiB, not 4
** KiB. Refused (no transparent huge pages), the pages come 4 KiB a fault,
** as they would. */
static void huge_pages(char *p, size_t n) {
#if defined(MADV_HUGEPAGE)
  (void)madvise(p, n, MADV_HUGEPAGE);
#else
  (void)p; (void)n;
#endif
}

static size_t *big_head(void *ptr) {
  size_t *h = (size_t *)(void *)((char *)ptr - HDR);
  /* a block taken for big that was not: a caller gave a wrong size */
  if (h[0] != MAGIC) abort();
  return h;
}

static void *set_head(void *base, size_t m) {
  size_t *h = base;
  h[0] = MAGIC; h[1] = m;
  return (char *)base + HDR;
}

/* A mapping for n bytes: a kept one (the smallest that holds it, its rest
** kept apart; else the largest, grown), else a new one. */
static void *big_new(kn_bigalloc *b, size_t n) {
  size_t m = map_len(n);
  if (!m) return NULL;
  int fit = -1, big = -1;
  for (int i = 0; i < KN_BIG_KEEP; i++) {
    if (!b->kept[i]) continue;
    size_t len = ((size_t *)b->kept[i])[1];
    if (len >= m && (fit < 0 || len < ((size_t *)b->kept[fit])[1])) fit = i;
    if (big < 0 || len > ((size_t *)b->kept[big])[1]) big = i;
  }
  if (fit >= 0) {
    char *p = b->kept[fit];
    size_t len = ((size_t *)(void *)p)[1];
    b->kept[fit] = NULL;
    if (len > m) {   /* whole huge pages both: the rest is a mapping of its own */
      set_head(p + m, len - m);
      b->kept[fit] = p + m;
    }
    return set_head(p, m);
  }
  if (big >= 0) {
    char *p = b->kept[big];
    size_t len = ((size_t *)(void *)p)[1];
    void *q = mremap(p, len, m, MREMAP_MAYMOVE);
    if (q != MAP_FAILED) {
      b->kept[big] = NULL;
      huge_pages((char *)q + len, m - len);
      return set_head(q, m);
    }
  }
  void *p = mmap(NULL, m, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return NULL;
  huge_pages(p, m);
  return set_head(p, m);
}

/* Unmaps a block's mapping, or keeps it in place of a smaller kept one. */
static void big_free(kn_bigalloc *b, void *ptr) {
  size_t *h = big_head(ptr);
  if (b->keep) {
    int at = -1;
    for (int i = 0; i < KN_BIG_KEEP; i++) {
      if (!b->kept[i]) { at = i; break; }
      if (((size_t *)b->kept[i])[1] < h[1] && (at < 0 || ((size_t *)b->kept[i])[1] < ((size_t *)b->kept[at])[1])) at = i;
    }
    if (at >= 0) {
      void *out = b->kept[at];
      b->kept[at] = h;
      if (!out) return;
      h = out;
    }
  }
  munmap(h, h[1]);
}

static void *big_resize(void *ptr, size_t n) {
  size_t *h = big_head(ptr), om = h[1], m = map_len(n);
  if (!m) return NULL;
  if (m == om) return ptr;
  void *p = mremap(h, om, m, MREMAP_MAYMOVE);
  if (p == MAP_FAILED) return NULL;
  if (m > om) huge_pages((char *)p + om, m - om);
  return set_head(p, m);
}

void kn_big_release(kn_bigalloc *b) {
  for (int i = 0; i < KN_BIG_KEEP; i++)
    if (b->kept[i]) {
      munmap(b->kept[i], ((size_t *)b->kept[i])[1]);
      b->kept[i] = NULL;
    }
}

void *kn_big_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  kn_bigalloc *b = ud;
  int was = ptr && osize >= KN_BIG_MIN, is = nsize >= KN_BIG_MIN;
  if (!was && !is) return b->f(b->ud, ptr, osize, nsize);
  if (nsize == 0) { big_free(b, ptr); return NULL; }
  if (was && is) return big_resize(ptr, nsize);
  void *q = is ? big_new(b, nsize) : b->f(b->ud, NULL, 0, nsize);
  if (!q) return NULL;
  if (ptr) {
    memcpy(q, ptr, osize < nsize ? osize : nsize);
    if (was) big_free(b, ptr);
    else b->f(b->ud, ptr, osize, 0);
  }
  return q;
}

int kn_big_maps(void) { return 1; }

#else

int kn_big_maps(void) { return 0; }

void kn_big_release(kn_bigalloc *b) { (void)b; }

void *kn_big_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  const kn_bigalloc *in = ud;
  return in->f(in->ud, ptr, osize, nsize);
}

#endif

void kn_big_init(kn_bigalloc *b, kn_alloc f, void *ud, int keep) {
  memset(b, 0, sizeof *b);
  b->f = f ? f : kn_default_alloc; b->ud = ud; b->keep = keep;
}
