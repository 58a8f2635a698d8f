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

static void *big_new(size_t n) {
  size_t m = map_len(n);
  if (!m) return NULL;
  void *p = mmap(NULL, m, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return NULL;
  huge_pages(p, m);
  size_t *h = p;
  h[0] = MAGIC; h[1] = m;
  return (char *)p + HDR;
}

static size_t *big_head(void *ptr) {
  size_t *h = (size_t *)(void *)((char *)ptr - HDR);
  /* a block taken for big that was not: a caller gave a wrong size */
  if (h[0] != MAGIC) abort();
  return h;
}

static void big_free(void *ptr) {
  size_t *h = big_head(ptr);
  munmap(h, h[1]);
}

static void *big_resize(void *ptr, size_t n) {
  size_t *h = big_head(ptr), om = h[1], m = map_len(n);
  if (!m) return NULL;
  if (m == om) return ptr;
  void *p = mremap(h, om, m, MREMAP_MAYMOVE);
  if (p == MAP_FAILED) return NULL;
  h = p;
  h[1] = m;
  if (m > om) huge_pages((char *)p + om, m - om);
  return (char *)p + HDR;
}

void *kn_big_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  const kn_bigalloc *in = ud;
  int was = ptr && osize >= KN_BIG_MIN, is = nsize >= KN_BIG_MIN;
  if (!was && !is) return in->f(in->ud, ptr, osize, nsize);
  if (nsize == 0) { big_free(ptr); return NULL; }
  if (was && is) return big_resize(ptr, nsize);
  void *q = is ? big_new(nsize) : in->f(in->ud, NULL, 0, nsize);
  if (!q) return NULL;
  if (ptr) {
    memcpy(q, ptr, osize < nsize ? osize : nsize);
    if (was) big_free(ptr);
    else in->f(in->ud, ptr, osize, 0);
  }
  return q;
}

int kn_big_maps(void) { return 1; }

#else

int kn_big_maps(void) { return 0; }

void *kn_big_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  const kn_bigalloc *in = ud;
  return in->f(in->ud, ptr, osize, nsize);
}

#endif
