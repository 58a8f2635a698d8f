/* test_core.c -- gazetteer, linking, events and the timeline merge from C,
** without Lua: the contracts the binding relies on. */
#include "kn.h"
#include "kn_test.h"

static const char *PACK =
  "country/south-korea\nname: South Korea\ndemonym: South Korean\ncapital: location/seoul\n\n"
  "country/united-states\nname: United States\nalias: US | U.S. | United States of America\n\n"
  "location/seoul\nname: Seoul\nin: country/south-korea\nmetonym: country/south-korea\n\n"
  "person/cho-tae-yul\nname: Cho Tae-yul\nshort: Cho\ncountry: country/south-korea\n\n"
  "person/park-jin\nname: Park Jin\nshort: Park\n\n"
  "office/kr-foreign-minister\nname: Minister of Foreign Affairs of South Korea\nof: country/south-korea\n"
  "title: Foreign Minister\nholder: person/park-jin 2022-05-12 2024-01-11\n"
  "holder: person/cho-tae-yul 2024-01-11 2025-07-21\n";

static kn_wordset *abbrev;

static kn_gaz *new_pack(void) {
  kn_gaz *g;
  char err[512];
  CHECK_INT(kn_gaz_new(&g, NULL, NULL), KN_OK);
  CHECK_INT(kn_gaz_load(g, "pack", PACK, strlen(PACK), 0, err, sizeof err), KN_OK);
  CHECK_INT(kn_gaz_compile(g, abbrev, err, sizeof err), KN_OK);
  return g;
}

static void test_load_errors(void) {
  kn_gaz *g;
  char err[512];
  CHECK_INT(kn_gaz_new(&g, NULL, NULL), KN_OK);
  const char *bad = "person/a\nname: A\n\nperson/a\nname: A again\n\nplace/x\nname: X\n";
  CHECK_INT(kn_gaz_load(g, "bad.kng", bad, strlen(bad), 0, err, sizeof err), KN_ESYNTAX);
  CHECK_STR(err, "bad.kng:7: bad entity id (unknown kind or slug not lower-case a-z0-9-)\n"
                 "bad.kng:4: duplicate id person/a");
  CHECK_INT(kn_gaz_count(g), 0);                 /* nothing half-loaded */
  const char *utf = "person/b\nname: B\xff\n";
  CHECK_INT(kn_gaz_load(g, "u.kng", utf, strlen(utf), 0, err, sizeof err), KN_ESYNTAX);
  CHECK_STR(err, "u.kng:2: invalid UTF-8");
  kn_gaz_free(g);
}

static void test_holders(void) {
  kn_gaz *g = new_pack();
  int32_t off = kn_gaz_find(g, "office/kr-foreign-minister", 26);
  CHECK(off >= 0);
  CHECK_INT(kn_gaz_holder(g, off, 20240111), kn_gaz_find(g, "person/cho-tae-yul", 18));   /* successor wins the day */
  CHECK_INT(kn_gaz_holder(g, off, 20230101), kn_gaz_find(g, "person/park-jin", 15));
  CHECK_INT(kn_gaz_holder(g, off, 20260101), -1);
  kn_gaz_free(g);
}

static void test_link(void) {
  kn_gaz *g = new_pack();
  const char *s = "South Korean Foreign Minister Cho Tae Yul spoke in Seoul. Seoul said Cho left the US.";
  kn_tokenizer tk;
  kn_linker lk;
  kn_tok_init(&tk, NULL, NULL, abbrev);
  kn_link_init(&lk, NULL, NULL);
  CHECK_INT(kn_tok_run(&tk, s, strlen(s)), KN_OK);
  kn_anchor a = { 2024, 10, 28, -1, -1 };
  CHECK_INT(kn_link_run(&lk, g, s, &tk, &a), KN_OK);
  CHECK_INT(lk.nm, 7);
  static const int how[] = { KN_HOW_DEMONYM, KN_HOW_OFFICE, KN_HOW_NAME, KN_HOW_NAME, KN_HOW_METONYM,
                             KN_HOW_SHORT, KN_HOW_ALIAS };
  for (size_t i = 0; i < 7 && i < lk.nm; i++) CHECK_INT(lk.m[i].how, how[i]);
  CHECK_INT(lk.m[1].holder, kn_gaz_find(g, "person/cho-tae-yul", 18));
  CHECK_INT(lk.m[2].start, 30);             /* "Cho Tae Yul" */
  CHECK_INT(lk.m[2].stop, 41);
  kn_link_free(&lk);
  kn_tok_free(&tk);
  kn_gaz_free(g);
}

static void test_event_lexicon(void) {
  kn_evlex *x;
  char err[256];
  CHECK_INT(kn_evlex_new(&x, NULL, NULL), KN_OK);
  const char *bad = "@missile missile\nlaunch weapons_test needs:missile\nparley\nfire weapons_test needs:boats\n";
  CHECK_INT(kn_evlex_load(x, "ev", bad, strlen(bad), err, sizeof err), KN_ESYNTAX);
  CHECK_STR(err, "ev:3: expected a phrase and an event type\nev:4: unknown class in a condition");
  CHECK_INT(kn_evlex_count(x), 0);
  const char *good = "@missile missile\nlaunch weapons_test needs:missile\nphone *talks call\n";
  CHECK_INT(kn_evlex_load(x, "ev", good, strlen(good), err, sizeof err), KN_OK);
  CHECK_INT(kn_evlex_count(x), 2);
  CHECK_STR(kn_event_cameo(KN_EV_MEETING, KN_MOD_PLANNED), "036");
  CHECK_STR(kn_event_plover(KN_EV_AGREEMENT, KN_MOD_OCCURRED), "SUPPORT");
  kn_evlex_free(x);
}

static void test_dates(void) {
  int32_t a, b;
  CHECK_INT(kn_date_range("2024-10-28", 10, &a, &b), KN_GRAN_DAY);
  CHECK_INT(a, 20241028);
  CHECK_INT(kn_date_range("2024-W44", 8, &a, &b), KN_GRAN_WEEK);
  CHECK_INT(a, 20241028); CHECK_INT(b, 20241103);
  CHECK_INT(kn_date_range("2025-W01", 8, &a, &b), KN_GRAN_WEEK);
  CHECK_INT(a, 20241230);
  /* week 53 only in the years whose last week's Thursday is theirs */
  CHECK_INT(kn_date_range("2020-W53", 8, &a, &b), KN_GRAN_WEEK);
  CHECK_INT(a, 20201228); CHECK_INT(b, 20210103);
  CHECK_INT(kn_date_range("2026-W53", 8, &a, &b), KN_GRAN_WEEK);
  CHECK_INT(a, 20261228);
  CHECK_INT(kn_date_range("2021-W53", 8, &a, &b), KN_GRAN_NONE);
  CHECK_INT(kn_date_range("2024-W53", 8, &a, &b), KN_GRAN_NONE);
  CHECK_INT(kn_date_range("2024-W52", 8, &a, &b), KN_GRAN_WEEK);
  CHECK_INT(b, 20241229);
  CHECK_INT(kn_date_range("2024-02", 7, &a, &b), KN_GRAN_MONTH);
  CHECK_INT(b, 20240229);
  CHECK_INT(kn_date_range("2024-Q4", 7, &a, &b), KN_GRAN_QUARTER);
  CHECK_INT(kn_date_range("XXXX-10-28", 10, &a, &b), KN_GRAN_NONE);
  CHECK_INT(kn_date_range("2023-02-29", 10, &a, &b), KN_GRAN_NONE);
  CHECK_INT(kn_day_ymd(kn_day_number(20240229) + 1), 20240301);
  CHECK_INT(kn_day_number(19700101), 0);
}

/* The clusters depend only on the set of events: permuting the input
** permutes the output and nothing else. */
static void test_cluster_invariance(void) {
  enum { N = 60 };
  kn_tl_event ev[N], perm[N];
  int32_t parts[N * 2];
  uint32_t c1[N], c2[N];
  size_t n1, n2;
  for (int i = 0; i < N; i++) {
    memset(&ev[i], 0, sizeof ev[i]);
    ev[i].type = (uint8_t)(i % 3 ? KN_EV_MEETING : KN_EV_TALKS);
    ev[i].modality = KN_MOD_OCCURRED;
    int day = 1 + (i / 4) % 20;
    ev[i].gran = KN_GRAN_DAY;
    ev[i].day0 = ev[i].day1 = 20241000 + day;
    ev[i].location = -1; ev[i].series = (i % 5 == 0) ? 7 : -1;
    ev[i].published = 20241000 + day + 1;
    ev[i].doc = (uint32_t)(i / 3);
    parts[2 * i] = i % 7; parts[2 * i + 1] = 10 + i % 4;
    ev[i].part = (uint32_t)(2 * i); ev[i].npart = 2;
    ev[i].order = (uint64_t)i;
  }
  CHECK_INT(kn_tl_cluster(ev, N, parts, NULL, 0, NULL, NULL, c1, &n1), KN_OK);
  CHECK(n1 > 1 && n1 < N);
  /* reverse the input */
  for (int i = 0; i < N; i++) perm[i] = ev[N - 1 - i];
  CHECK_INT(kn_tl_cluster(perm, N, parts, NULL, 0, NULL, NULL, c2, &n2), KN_OK);
  CHECK_INT(n2, n1);
  int same = 1;
  for (int i = 0; i < N; i++) if (c2[N - 1 - i] != c1[i]) same = 0;
  CHECK(same);
  /* an undated event with no strong evidence stays alone */
  kn_tl_event u = ev[0];
  u.gran = KN_GRAN_NONE; u.day0 = u.day1 = 0; u.series = -1; u.doc = 999; u.npart = 1;
  uint32_t c3[1];
  size_t n3;
  CHECK_INT(kn_tl_cluster(&u, 1, parts, NULL, 0, NULL, NULL, c3, &n3), KN_OK);
  CHECK_INT(n3, 1);
}

int main(void) {
  size_t n, line;
  char *s = kn_test_slurp("data/abbreviations.txt", &n);
  kn_wordset_new(&abbrev, NULL, NULL);
  if (s) kn_abbrev_load(abbrev, s, n, &line);
  free(s);
  test_load_errors();
  test_holders();
  test_link();
  test_event_lexicon();
  test_dates();
  test_cluster_invariance();
  kn_wordset_free(abbrev);
  KN_TEST_END();
}
