/* test_tok.c -- tokenizer and sentence splitter, without Lua. */
#include "kn.h"
#include "kn_test.h"

static kn_wordset *abbrev;

static void load_abbrev(void) {
  size_t n, line = 0;
  char *s = kn_test_slurp("data/abbreviations.txt", &n);
  CHECK(s != NULL);
  CHECK_INT(kn_wordset_new(&abbrev, kn_default_alloc, NULL), KN_OK);
  if (s) CHECK_INT(kn_abbrev_load(abbrev, s, n, &line), KN_OK);
  free(s);
}

/* Every byte is whitespace or in exactly one token; tokens ascend. */
static int offsets_sound(const kn_tokenizer *t, const char *s, size_t n) {
  size_t pos = 0;
  for (size_t i = 0; i < t->ntok; i++) {
    const kn_token *k = &t->tok[i];
    if (k->len == 0 || k->start < pos || (size_t)k->start + k->len > n) return 0;
    for (size_t j = pos; j < k->start; j++) {
      unsigned char c = (unsigned char)s[j];
      /* gaps hold only whitespace or parts of multi-byte spaces/zero-width chars */
      if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c >= 0x80)) return 0;
    }
    pos = k->start + k->len;
  }
  return 1;
}

/* Joins token texts with '|' into buf. */
static const char *joined(const kn_tokenizer *t, const char *s, char *buf, size_t cap) {
  size_t o = 0;
  for (size_t i = 0; i < t->ntok && o + 1 < cap; i++) {
    if (i && o + 1 < cap) buf[o++] = '|';
    for (uint32_t j = 0; j < t->tok[i].len && o + 1 < cap; j++) buf[o++] = s[t->tok[i].start + j];
  }
  buf[o] = 0;
  return buf;
}

static void expect_tokens(const char *s, const char *want) {
  kn_tokenizer t;
  char buf[2048];
  kn_tok_init(&t, NULL, NULL, abbrev);
  CHECK_INT(kn_tok_run(&t, s, strlen(s)), KN_OK);
  CHECK_STR(joined(&t, s, buf, sizeof buf), want);
  CHECK(offsets_sound(&t, s, strlen(s)));
  kn_tok_free(&t);
}

static size_t count_sentences(const char *s) {
  kn_tokenizer t;
  kn_tok_init(&t, NULL, NULL, abbrev);
  CHECK_INT(kn_tok_run(&t, s, strlen(s)), KN_OK);
  size_t n = t.nsent;
  /* sentences tile the tokens in order */
  for (size_t i = 0; i < t.nsent; i++) {
    CHECK(t.sent[i].first <= t.sent[i].last);
    if (i) CHECK_INT(t.sent[i].first, t.sent[i - 1].last + 1);
  }
  kn_tok_free(&t);
  return n;
}

static void test_rules(void) {
  expect_tokens("Cho Tae-yul met Blinken.", "Cho|Tae|-|yul|met|Blinken|.");
  expect_tokens("NATO's chief, Seoul\xE2\x80\x99s envoy", "NATO|'s|chief|,|Seoul|\xE2\x80\x99s|envoy");
  expect_tokens("the U.S. and U.N. at 3 p.m.", "the|U.S.|and|U.N.|at|3|p.m.");
  expect_tokens("Lt. Gen. Kim and Adm. Bauer", "Lt.|Gen.|Kim|and|Adm.|Bauer");
  expect_tokens("10,000 troops, 3.5 percent, 15:39, 56th, 1990s",
                "10,000|troops|,|3.5|percent|,|15:39|,|56th|,|1990s");
  expect_tokens("the 2+2 meeting", "the|2+2|meeting");
  expect_tokens("Oct. 28-30, 2024", "Oct.|28|-|30|,|2024");
  expect_tokens("2024-10-28", "2024|-|10|-|28");
  expect_tokens("O'Brien didn't go", "O'Brien|didn't|go");
  expect_tokens("allies' plans", "allies|'|plans");
  expect_tokens("\xEC\xA1\xB0\xED\x83\x9C\xEC\x97\xB4 \xEC\x9E\xA5\xEA\xB4\x80",
                "\xEC\xA1\xB0\xED\x83\x9C\xEC\x97\xB4|\xEC\x9E\xA5\xEA\xB4\x80");
  expect_tokens("M\xC3\xA9lanie Joly", "M\xC3\xA9lanie|Joly");
  expect_tokens("\xE2\x80\x9CNo\xE2\x80\x9D -- yes \xE2\x80\x94 maybe...",
                "\xE2\x80\x9C|No|\xE2\x80\x9D|--|yes|\xE2\x80\x94|maybe|...");
  expect_tokens("No. 2 and no. said no.", "No.|2|and|no|.|said|no|.");
  expect_tokens("F-35A KN-23 G7", "F|-|35A|KN|-|23|G7");
  expect_tokens("$1.5 billion (5%)", "$|1.5|billion|(|5|%|)");
  expect_tokens("a\xC2\xA0" "b", "a|b");               /* NBSP separates */
  expect_tokens("", "");
}

static void test_kinds_and_keys(void) {
  const char *s = "Gen. U.S. NATO 56th 15:39 Seoul\xE2\x80\x99s M\xC3\x89LANIE \xE2\x80\x94";
  kn_tokenizer t;
  char key[64];
  kn_tok_init(&t, NULL, NULL, abbrev);
  CHECK_INT(kn_tok_run(&t, s, strlen(s)), KN_OK);
  CHECK_INT(t.ntok, 9);
  CHECK(t.tok[0].flags & KN_TF_ABBR);
  CHECK(t.tok[1].flags & KN_TF_UPPER);
  size_t n = kn_tok_key(s, &t.tok[1], key, sizeof key);
  key[n] = 0;
  CHECK_STR(key, "us");
  n = kn_tok_key(s, &t.tok[0], key, sizeof key); key[n] = 0;
  CHECK_STR(key, "gen");
  CHECK(t.tok[2].flags & KN_TF_UPPER);
  CHECK(t.tok[3].flags & KN_TF_ORD);
  CHECK_INT(t.tok[3].kind, KN_TK_NUM);
  CHECK(t.tok[4].flags & KN_TF_TIME);
  CHECK_INT(t.tok[6].kind, KN_TK_CLITIC);
  n = kn_tok_key(s, &t.tok[6], key, sizeof key); key[n] = 0;
  CHECK_STR(key, "'s");
  n = kn_tok_key(s, &t.tok[7], key, sizeof key); key[n] = 0;
  CHECK_STR(key, "melanie");
  CHECK(t.tok[7].flags & KN_TF_UPPER);
  n = kn_tok_key(s, &t.tok[8], key, sizeof key); key[n] = 0;
  CHECK_STR(key, "-");
  kn_tok_free(&t);
}

/* The event stage reads the key of an ASCII token that is no abbreviation
** in place (tok_words in kn_event.c): a word's, a number's or a clitic's
** key is its bytes with bit 5 set (what holds only of bytes such tokens
** may hold: letters, digits and ' + , . :), a punctuation or symbol
** token's key is its bytes, a run of hyphens "-". Checked on random ASCII
** text of every byte value, words and punctuation mixed. */
static void test_ascii_keys_in_place(void) {
  static const char *const pieces[] = { "Seoul", "NATO", "don't", "2+2", "10,000", "3.5", "15:39", "56th", "1990s",
    "U.S.", "Oct.", "'s", "--", "...", "F-35A", "O'Brien", "x", "AbC9", NULL };
  size_t np = 0;
  while (pieces[np]) np++;
  size_t n = 1 << 18;
  char *s = malloc(n);
  CHECK(s != NULL);
  if (!s) return;
  uint32_t r = 12345;
  for (size_t i = 0; i < n;) {
    r = r * 1103515245u + 12345u;
    unsigned v = (r >> 16) & 0x7fff;
    if (v % 3 == 0) {
      const char *w = pieces[(v / 3) % np];
      size_t l = strlen(w);
      for (size_t j = 0; j < l && i < n; j++) s[i++] = w[j];
    } else if (v % 3 == 1) s[i++] = ' ';
    else s[i++] = (char)(1 + (v >> 2) % 127);   /* any ASCII byte but NUL */
  }
  kn_tokenizer t;
  kn_tok_init(&t, NULL, NULL, abbrev);
  CHECK_INT(kn_tok_run(&t, s, n), KN_OK);
  size_t bad = 0, seen = 0;
  for (size_t i = 0; i < t.ntok; i++) {
    const kn_token *k = &t.tok[i];
    if ((k->flags & (KN_TF_ASCII | KN_TF_ABBR)) != KN_TF_ASCII || k->len > 16) continue;
    const unsigned char *p = (const unsigned char *)s + k->start;
    int word = k->kind == KN_TK_WORD || k->kind == KN_TK_NUM || k->kind == KN_TK_CLITIC;
    char key[32], want[32];
    size_t kl = kn_tok_key(s, k, key, sizeof key), wl = k->len;
    for (size_t j = 0; j < k->len; j++) want[j] = (char)(word ? p[j] | 0x20 : p[j]);
    if (k->kind == KN_TK_PUNCT && p[0] == '-') wl = 1;
    seen++;
    if (kl != wl || memcmp(key, want, wl)) bad++;
  }
  CHECK(seen > 10000);
  CHECK_INT(bad, 0);
  kn_tok_free(&t);
  free(s);
}

static void test_sentences(void) {
  CHECK_INT(count_sentences("Adm. Rob Bauer met Gen. Kim on Oct. 28. They talked."), 2);
  CHECK_INT(count_sentences("He lives in the U.S. The talks end today."), 2);
  CHECK_INT(count_sentences("The U.S. military said so."), 1);
  CHECK_INT(count_sentences("Growth was 3.5 percent. It fell."), 2);
  CHECK_INT(count_sentences("\"We will go,\" he said. \"Fine.\" She left."), 3);
  CHECK_INT(count_sentences("He said \"yes.\" Then he left."), 2);
  CHECK_INT(count_sentences("(It ended.) Then more."), 2);
  CHECK_INT(count_sentences("Headline without a period\nSEOUL -- The body starts here."), 2);
  CHECK_INT(count_sentences("first para\n\nsecond para"), 2);
  CHECK_INT(count_sentences("Really? yes, really."), 1);
  CHECK_INT(count_sentences("John F. Kennedy spoke. Then Cho Tae-yul."), 2);
  CHECK_INT(count_sentences("Seats: No. 3 is empty."), 1);
  CHECK_INT(count_sentences(""), 0);
  /* a line wrapped mid-sentence is not a boundary */
  CHECK_INT(count_sentences("The ministers of the two countries agreed on Thursday to expand the\n"
                            "exercises next year."), 1);
}

static void test_hostile(void) {
  kn_tokenizer t;
  kn_tok_init(&t, NULL, NULL, abbrev);
  /* invalid UTF-8, overlong, surrogate, NUL, CR/LF mixes */
  static const char bad[] = "ab\xFF" "c \xC0\xAF x \xED\xA0\x80 y \x00 z\r\n\r\nq\rr\n\ns \xE2\x82";
  size_t n = sizeof bad - 1;
  CHECK_INT(kn_tok_run(&t, bad, n), KN_OK);
  CHECK(offsets_sound(&t, bad, n));
  int nbad = 0;
  for (size_t i = 0; i < t.ntok; i++) if (t.tok[i].flags & KN_TF_BAD) nbad++;
  CHECK(nbad >= 7);   /* FF, C0, AF, ED A0 80, NUL, E2 82 */
  CHECK_INT(t.tok[1].start, 2);   /* the bad byte stands alone at offset 2 */
  CHECK_INT(t.tok[1].len, 1);
  CHECK(t.nsent >= 3);
  kn_tok_free(&t);

  CHECK_INT(kn_utf8_check("ok \xC3\xA9", 5), 0);
  CHECK_INT(kn_utf8_check("ok \xC0\xAF", 5), 4);
  CHECK_INT(kn_utf8_check("\xED\xA0\x80", 3), 1);
  CHECK_INT(kn_utf8_check("\xF4\x90\x80\x80", 4), 1);
}

static void test_big(void) {
  /* 100 MB of sentences, and 10 MB without a space or a period */
  const char *unit = "Defense Minister Kim Yong-hyun met Lloyd Austin in Washington on Oct. 30. ";
  size_t ul = strlen(unit), total = 100u << 20;
  char *s = malloc(total);
  CHECK(s != NULL);
  if (!s) return;
  for (size_t i = 0; i < total; i++) s[i] = unit[i % ul];
  kn_tokenizer t;
  kn_tok_init(&t, NULL, NULL, abbrev);
  CHECK_INT(kn_tok_run(&t, s, total), KN_OK);
  CHECK(t.ntok > total / 8);
  size_t full = total / ul;
  CHECK(t.nsent >= full && t.nsent <= full + 1);
  const kn_token *last = &t.tok[t.ntok - 1];
  CHECK((size_t)last->start + last->len <= total);
  CHECK(offsets_sound(&t, s, total));
  size_t ten = 10u << 20;
  memset(s, 'a', ten);
  CHECK_INT(kn_tok_run(&t, s, ten), KN_OK);
  CHECK_INT(t.ntok, 1);
  CHECK_INT(t.tok[0].len, ten);
  CHECK_INT(t.nsent, 1);
  kn_tok_free(&t);
  free(s);
}

static void test_abbrev_loader(void) {
  kn_wordset *w;
  size_t line = 0;
  CHECK_INT(kn_wordset_new(&w, kn_default_alloc, NULL), KN_OK);
  const char *good = "# c\nAdm. title\n\nOct. month\n";
  CHECK_INT(kn_abbrev_load(w, good, strlen(good), &line), KN_OK);
  CHECK_INT(kn_wordset_get(w, "adm", 3), KN_AB_TITLE);
  CHECK_INT(kn_wordset_get(w, "oct", 3), KN_AB_MONTH);
  CHECK_INT(kn_wordset_get(w, "nov", 3), -1);
  const char *bad = "Adm. title\nGen. rank\n";
  CHECK_INT(kn_abbrev_load(w, bad, strlen(bad), &line), KN_ESYNTAX);
  CHECK_INT(line, 2);
  const char *noperiod = "Adm title\n";
  CHECK_INT(kn_abbrev_load(w, noperiod, strlen(noperiod), &line), KN_ESYNTAX);
  kn_wordset_free(w);
}

int main(void) {
  load_abbrev();
  test_rules();
  test_kinds_and_keys();
  test_ascii_keys_in_place();
  test_sentences();
  test_hostile();
  test_abbrev_loader();
  test_big();
  kn_wordset_free(abbrev);
  KN_TEST_END();
}
