/*
** kn.h -- the public C interface of the korea_nato core.
**
** The core is a plain C99 library: it never includes Lua headers, never
** exits or prints, and reports failures as kn_status values. Memory comes
** from a caller-supplied allocator shaped like lua_Alloc.
**
** Offsets: the core works with 0-based byte offsets and lengths into the
** caller's text; the Lua binding converts them to 1-based inclusive
** positions in one place.
*/
#ifndef KN_H
#define KN_H

#include <stddef.h>
#include <stdint.h>

#define KN_VERSION "0.1.0"

typedef enum kn_status {
  KN_OK = 0,
  KN_ENOMEM,   /* allocation failed */
  KN_EINVAL,   /* invalid argument or definition */
  KN_EUTF8,    /* invalid UTF-8 where text was required */
  KN_ERANGE,   /* a size or value outside what the core supports */
  KN_ESYNTAX   /* a data file or expression that does not parse */
} kn_status;

const char *kn_strerror(kn_status s);

/* Allocator hook, same contract as lua_Alloc: nsize 0 frees. */
typedef void *(*kn_alloc)(void *ud, void *ptr, size_t osize, size_t nsize);

/* The default allocator (realloc/free). */
void *kn_default_alloc(void *ud, void *ptr, size_t osize, size_t nsize);

/* An allocator wrapped by kn_big_alloc (ud: a kn_bigalloc): blocks of
** KN_BIG_MIN bytes or more get mappings of their own, taken whole at once
** (kn_mem.c says why); the rest go to f. The timeline's store, clustering
** and result use it for their big arrays, so those do not pass through f. */
#if !defined(KN_BIG_MIN)
#define KN_BIG_MIN ((size_t)2 << 20)
#endif
#define KN_BIG_KEEP 16
typedef struct kn_bigalloc {
  kn_alloc f; void *ud;
  /* with keep set, the mappings of freed blocks, kept for the next big
  ** blocks (their pages need no zeroing) until kn_big_release */
  int keep;
  void *kept[KN_BIG_KEEP];
} kn_bigalloc;
void kn_big_init(kn_bigalloc *b, kn_alloc f, void *ud, int keep);
/* Unmaps the kept mappings (keeping on as before). */
void kn_big_release(kn_bigalloc *b);
void *kn_big_alloc(void *ud, void *ptr, size_t osize, size_t nsize);
/* 1 when big blocks get mappings here (Linux, not under a sanitizer). */
int kn_big_maps(void);

/* Largest text the core analyses in one piece (offsets are 32-bit). */
#if !defined(KN_MAX_TEXT)
#define KN_MAX_TEXT ((size_t)0xFFFFFFF0u)
#endif

/* ---------------------------------------------------------------------- */
/* Tokens                                                                 */
/* ---------------------------------------------------------------------- */

enum kn_tok_kind {
  KN_TK_WORD = 1,   /* letters, digits inside words, Hangul, abbreviations */
  KN_TK_NUM,        /* numbers: 2024, 10,000, 3.5, 15:39, 56th, 1990s */
  KN_TK_PUNCT,      /* . , ; : ! ? ( ) " ' - -- ... and Unicode quotes, dashes */
  KN_TK_SYM,        /* anything else: $ % + / &, emoji, invalid bytes */
  KN_TK_CLITIC      /* possessive 's / ’s */
};

/* Token flags. */
#define KN_TF_CAP     0x0001u  /* first letter is upper case */
#define KN_TF_UPPER   0x0002u  /* every letter upper case (at least one) */
#define KN_TF_ABBR    0x0004u  /* ends in a period that belongs to it (Oct., U.S.) */
#define KN_TF_ASCII   0x0008u  /* all bytes ASCII */
#define KN_TF_HANGUL  0x0010u  /* contains Hangul */
#define KN_TF_ORD     0x0020u  /* ordinal number: 1st, 56th */
#define KN_TF_TIME    0x0040u  /* clock time h:mm / hh:mm */
#define KN_TF_ALNUM   0x0080u  /* letters and digits mixed: G7, F-35's 35A, 1990s */
#define KN_TF_BAD     0x0100u  /* invalid UTF-8 or a control byte */
#define KN_TF_INITIAL 0x0200u  /* single letter with period (F.) */
#define KN_TF_DIGITS  0x0400u  /* number of plain digits only */
#define KN_TF_SKIP    0x0800u  /* inside a boilerplate range: later stages skip it */
#define KN_TF_LOWER   0x1000u  /* first letter is lower case */

/* Whitespace before a token (kn_token.ws). */
enum { KN_WS_NONE = 0, KN_WS_SPACE, KN_WS_LINE, KN_WS_PARA };

typedef struct kn_token {
  uint32_t start;   /* 0-based byte offset */
  uint32_t len;     /* bytes, > 0 */
  uint16_t flags;   /* KN_TF_* */
  uint8_t  kind;    /* KN_TK_* */
  uint8_t  ws;      /* KN_WS_* before the token */
  uint32_t sent;    /* 0-based sentence index */
} kn_token;

typedef struct kn_sentence {
  uint32_t first, last;   /* token indexes, inclusive */
  uint32_t start, stop;   /* 0-based byte range, half-open */
} kn_sentence;

/* A set of normalised keys (abbreviations, word lists). */
typedef struct kn_wordset kn_wordset;

kn_status kn_wordset_new(kn_wordset **out, kn_alloc f, void *ud);
void kn_wordset_free(kn_wordset *w);
/* Adds a key (normalised by the caller or with kn_key) with a small value. */
kn_status kn_wordset_add(kn_wordset *w, const char *key, size_t n, int value);
/* Returns the value, or -1 when absent. */
int kn_wordset_get(const kn_wordset *w, const char *key, size_t n);
size_t kn_wordset_count(const kn_wordset *w);

/* Abbreviation classes (the value stored in the abbreviation set). */
enum {
  KN_AB_TITLE = 1,  /* Mr. Adm. Gen. Lt.: never ends a sentence */
  KN_AB_MONTH,      /* Oct. Sept.: ends one only before a lower-case word */
  KN_AB_OTHER,      /* No. Vol. approx.: does not end a sentence */
  KN_AB_FINAL,      /* U.S. a.m. Inc. Jr.: may end a sentence */
  KN_AB_NUMERIC     /* No. Art.: an abbreviation only before a number */
};

/* Parses an abbreviation list ("Adm. title" a line, # comments). */
kn_status kn_abbrev_load(kn_wordset *w, const char *s, size_t n, size_t *errline);

typedef struct kn_tokenizer {
  kn_alloc alloc;
  void *ud;
  const kn_wordset *abbrev;   /* may be NULL: no abbreviations */
  kn_token *tok;              /* results, valid until the next run or free */
  size_t ntok, captok;
  kn_sentence *sent;
  size_t nsent, capsent;
  /* private to kn_tok.c: the steps where a sentence may end (token
  ** indexes, ascending), found by kn_tok_tokens for kn_tok_sentences;
  ** valid while candtok == ntok (kn_tok_skip clears it) */
  uint32_t *cand;
  size_t ncand, capcand, candtok;
} kn_tokenizer;

void kn_tok_init(kn_tokenizer *t, kn_alloc f, void *ud, const kn_wordset *abbrev);
void kn_tok_free(kn_tokenizer *t);
/* Tokenizes text and splits sentences; results in t->tok, t->sent. */
kn_status kn_tok_run(kn_tokenizer *t, const char *s, size_t n);
/* Tokens only, no sentence split (sent index left 0). */
kn_status kn_tok_tokens(kn_tokenizer *t, const char *s, size_t n);
/* Flags tokens inside [start, stop) (0-based) as KN_TF_SKIP: boilerplate
** that later stages skip; sentences never cross its edges. */
void kn_tok_skip(kn_tokenizer *t, uint32_t start, uint32_t stop);
/* Sentence split over t->tok (already filled). */
kn_status kn_tok_sentences(kn_tokenizer *t, const char *s, size_t n);

/* Normalised key of a token: case and Latin diacritics folded, quotes and
** apostrophes straight, dashes '-', periods of abbreviations dropped.
** Writes at most cap bytes and returns the full length (snprintf style). */
size_t kn_tok_key(const char *s, const kn_token *t, char *out, size_t cap);
/* The same normalisation for an arbitrary UTF-8 string. */
size_t kn_key(const char *s, size_t n, char *out, size_t cap);

/* Decodes one UTF-8 sequence at s (n > 0 bytes available). Returns its
** length and the code point in *cp, or 0 with *cp = the byte when the
** sequence is invalid (overlong, surrogate, out of range, truncated). */
size_t kn_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);
/* Returns 0 when s is valid UTF-8, else 1 + the offset of the first bad byte. */
size_t kn_utf8_check(const char *s, size_t n);

/* ---------------------------------------------------------------------- */
/* Dates                                                                  */
/* ---------------------------------------------------------------------- */

/* The anchor of relative expressions: the publication date (and time). */
typedef struct kn_anchor {
  int year, month, day;            /* all 0: no anchor */
  int hour, minute;                /* -1: no time */
} kn_anchor;

/* Parses "YYYY-MM-DD" or "YYYY-MM-DDThh:mm[:ss][zone]"; KN_EINVAL if not. */
kn_status kn_anchor_parse(kn_anchor *a, const char *s, size_t n);

/* ---------------------------------------------------------------------- */
/* Gazetteer and entity matching (kn_gaz.c, kn_link.c)                    */
/* ---------------------------------------------------------------------- */

enum kn_etype {
  KN_ET_PERSON = 1, KN_ET_ORG, KN_ET_COUNTRY, KN_ET_LOCATION, KN_ET_MEETING, KN_ET_OFFICE
};

/* How a mention was linked (SCHEMA.md "how"). */
enum kn_how {
  KN_HOW_NAME = 1, KN_HOW_ALIAS, KN_HOW_SHORT, KN_HOW_DEMONYM, KN_HOW_METONYM,
  KN_HOW_OFFICE, KN_HOW_NEW
};

/* An office's term: person index, first and last day as YYYYMMDD
** (last INT32_MAX for the incumbent). */
typedef struct kn_term { int32_t person, start, end; } kn_term;

typedef struct kn_gaz kn_gaz;

typedef struct kn_entity_info {
  const char *id, *name, *wikidata;   /* wikidata may be NULL */
  const char *role;                   /* role: (media, …) or NULL */
  int type;                           /* KN_ET_* */
  int32_t of;                         /* owning country or body (of:, country:, in:), or -1 */
  int32_t metonym;                    /* a location's government, or -1 */
  int32_t capital;                    /* a country's capital, or -1 */
  const kn_term *terms;               /* office holders, by start date */
  size_t nterms;
  const char *file;                   /* where the record was read */
  size_t line;
} kn_entity_info;

kn_status kn_gaz_new(kn_gaz **out, kn_alloc f, void *ud);
void kn_gaz_free(kn_gaz *g);
/* Adds the records of one .kng text (data/README.md). On any error nothing
** of this text is added and err holds "name:line: reason" lines. replace:
** a record may redefine an existing id (run-time overrides). */
kn_status kn_gaz_load(kn_gaz *g, const char *name, const char *s, size_t n, int replace,
                      char *err, size_t errcap);
/* British/American spelling pairs ("defence defense" a line). */
kn_status kn_gaz_spelling(kn_gaz *g, const char *s, size_t n, char *err, size_t errcap);
/* Titles and ranks that introduce a person's name ("Adm.", "spokesperson"),
** one a line: they find people missing from the gazetteer. */
kn_status kn_gaz_ranks(kn_gaz *g, const char *s, size_t n, char *err, size_t errcap);
/* Checks references and builds the matching automaton; needed after loads
** and before matching. abbrev: the tokenizer's abbreviations. */
kn_status kn_gaz_compile(kn_gaz *g, const kn_wordset *abbrev, char *err, size_t errcap);
int kn_gaz_compiled(const kn_gaz *g);
size_t kn_gaz_count(const kn_gaz *g);
/* Index of an entity id, or -1. */
int32_t kn_gaz_find(const kn_gaz *g, const char *id, size_t n);
kn_status kn_gaz_info(const kn_gaz *g, int32_t i, kn_entity_info *out);
/* The k-th raw field of entity i ("alias", "Cho Tae Yul"); KN_ERANGE past the end. */
kn_status kn_gaz_field(const kn_gaz *g, int32_t i, size_t k, const char **key, const char **value);
/* The holder of an office on a day (YYYYMMDD), or -1. */
int32_t kn_gaz_holder(const kn_gaz *g, int32_t office, int32_t day);
/* Automaton size: states, transitions, words, bytes held. */
void kn_gaz_stats(const kn_gaz *g, size_t *states, size_t *trans, size_t *words, size_t *bytes);

/* An entity reference in a document: >= 0 a gazetteer index, KN_NEW(i) the
** document's i-th new entity, -1 none. */
#define KN_NEW(i) (-2 - (int32_t)(i))
#define KN_NEW_INDEX(e) (-2 - (e))

typedef struct kn_mention {
  uint32_t start, stop;    /* 0-based byte range, half-open */
  uint32_t first, last;    /* token indexes, inclusive */
  uint32_t sent;           /* 0-based sentence index */
  int32_t entity;          /* see KN_NEW */
  int32_t holder;          /* OFFICE mentions: the holder, else -1 */
  uint8_t type;            /* KN_ET_* */
  uint8_t how;             /* KN_HOW_* */
} kn_mention;

/* A person not in the gazetteer, found from a title before the name. */
typedef struct kn_newent {
  char id[72];             /* person/<slug> */
  char name[64];
  int32_t office;          /* the office of the title that named them, or -1 */
} kn_newent;

/* The text names someone for an office other than its holder that day. */
typedef struct kn_discrepancy {
  uint32_t mention;        /* the OFFICE mention */
  int32_t office;
  int32_t named;           /* the person the text names (see KN_NEW) */
  int32_t holder;          /* the gazetteer's holder on the date, or -1 */
} kn_discrepancy;

typedef struct kn_linker {
  kn_alloc alloc;
  void *ud;
  kn_mention *m; size_t nm, capm;          /* results, in text order */
  kn_newent *ne; size_t nne, capne;
  kn_discrepancy *dis; size_t ndis, capdis;
  void *scratch; size_t capscratch;        /* internal */
} kn_linker;

void kn_link_init(kn_linker *L, kn_alloc f, void *ud);
void kn_link_free(kn_linker *L);
/* Finds and links the mentions of a tokenized text, on the day of the
** anchor (titles resolve to the holder of that day; NULL: no date). */
kn_status kn_link_run(kn_linker *L, const kn_gaz *g, const char *text, const kn_tokenizer *tk,
                      const kn_anchor *a);

/* ---------------------------------------------------------------------- */
/* Temporal expressions (kn_time.c)                                       */
/* ---------------------------------------------------------------------- */

enum kn_timex_type { KN_TX_DATE = 1, KN_TX_TIME, KN_TX_DURATION, KN_TX_SET };

#if !defined(KN_TIMEX_VALUE)
#define KN_TIMEX_VALUE 32
#endif

typedef struct kn_timex {
  uint32_t start, stop;            /* 0-based byte range, half-open */
  uint32_t first, last;            /* token indexes, inclusive */
  uint32_t sent;                   /* 0-based sentence index */
  uint8_t type;                    /* KN_TX_* */
  uint8_t flags;                   /* KN_XF_* */
  char value[KN_TIMEX_VALUE];      /* TIMEX3 value, NUL-terminated */
  char value_end[KN_TIMEX_VALUE];  /* end of a range ("Oct. 28-30"), else "" */
} kn_timex;

#define KN_XF_UNANCHORED 0x01      /* relative, but no anchor: value underspecified */
#define KN_XF_RANGE_FROM 0x02      /* first of "from X to Y" */
#define KN_XF_RANGE_TO   0x04      /* second of "from X to Y" */

typedef struct kn_tagger {
  kn_alloc alloc;
  void *ud;
  kn_timex *tx;                    /* results, valid until the next run or free */
  size_t ntx, captx;
  uint16_t *wid;                   /* scratch: the lexicon id of each token */
  size_t capwid;
} kn_tagger;

void kn_time_init(kn_tagger *g, kn_alloc f, void *ud);
void kn_time_free(kn_tagger *g);
/* Finds and normalises the temporal expressions of a tokenized text (tokens
** and sentences of tk, from kn_tok_run over the same text). a may be NULL or
** all-zero: relative expressions then get underspecified values and
** KN_XF_UNANCHORED. Tokens flagged KN_TF_SKIP are not tagged. */
kn_status kn_time_tag(kn_tagger *g, const char *text, const kn_tokenizer *tk, const kn_anchor *a);
/* Normalises one expression given alone ("next Wednesday"): writes its
** TIMEX3 value (NUL-terminated) and type. KN_EINVAL when the whole string is
** not one temporal expression. */
kn_status kn_time_parse(const char *s, size_t n, const kn_anchor *a, const kn_wordset *abbrev,
                        char *value, size_t cap, int *type);

/* ---------------------------------------------------------------------- */
/* Events (kn_event.c)                                                    */
/* ---------------------------------------------------------------------- */

enum kn_evtype {
  KN_EV_MEETING = 1, KN_EV_TALKS, KN_EV_CALL, KN_EV_VISIT, KN_EV_BRIEFING, KN_EV_STATEMENT,
  KN_EV_AGREEMENT, KN_EV_INVITATION, KN_EV_DEPLOYMENT, KN_EV_EXERCISE, KN_EV_WEAPONS_TEST,
  KN_EV_RULING, KN_EV_OTHER
};
#define KN_EV_NTYPES KN_EV_OTHER

enum kn_modality { KN_MOD_OCCURRED = 1, KN_MOD_PLANNED, KN_MOD_REPORTED };

typedef struct kn_event {
  uint32_t start, stop;            /* trigger byte range, half-open */
  uint32_t first, last;            /* trigger tokens, inclusive */
  uint32_t sent;                   /* 0-based sentence index */
  uint8_t type;                    /* KN_EV_* */
  uint8_t modality;                /* KN_MOD_* */
  int32_t location;                /* entity reference (see KN_NEW) or -1 */
  uint32_t part, npart;            /* participants: parts[part .. part + npart) */
  char date[KN_TIMEX_VALUE];       /* TIMEX3 date value, "" when none */
  char date_end[KN_TIMEX_VALUE];   /* end of a stated range, "" when none */
} kn_event;

const char *kn_event_type_name(int type);
int kn_event_type_parse(const char *name, size_t n);     /* 0 when unknown */
const char *kn_event_cameo(int type, int modality);
const char *kn_event_plover(int type, int modality);

/* The trigger lexicon (data/events.txt). */
typedef struct kn_evlex kn_evlex;
kn_status kn_evlex_new(kn_evlex **out, kn_alloc f, void *ud);
void kn_evlex_free(kn_evlex *x);
/* Adds the triggers and classes of one text; on error nothing is added and
** err holds "name:line: reason" lines. */
kn_status kn_evlex_load(kn_evlex *x, const char *name, const char *s, size_t n, char *err, size_t errcap);
size_t kn_evlex_count(const kn_evlex *x);

typedef struct kn_extractor {
  kn_alloc alloc;
  void *ud;
  kn_event *ev; size_t nev, capev;          /* results, in text order */
  int32_t *parts; size_t nparts, capparts;  /* participant references */
  void *scratch; size_t capscratch;         /* internal */
} kn_extractor;

void kn_event_init(kn_extractor *X, kn_alloc f, void *ud);
void kn_event_free(kn_extractor *X);
/* Finds the events of an analysed text: its tokens and sentences (tk), its
** linked mentions (lk, against g) and its temporal expressions (tg). */
kn_status kn_event_run(kn_extractor *X, const kn_evlex *lex, const kn_gaz *g, const char *text,
                       const kn_tokenizer *tk, const kn_linker *lk, const kn_tagger *tg,
                       const kn_anchor *a);

/* ---------------------------------------------------------------------- */
/* Timeline merge (kn_tl.c)                                               */
/* ---------------------------------------------------------------------- */

/* A TIMEX3 date value as a range of days (YYYYMMDD ints, inclusive). */
enum { KN_GRAN_NONE = 0, KN_GRAN_DAY, KN_GRAN_WEEK, KN_GRAN_MONTH, KN_GRAN_SEASON,
       KN_GRAN_QUARTER, KN_GRAN_HALF, KN_GRAN_YEAR, KN_GRAN_DECADE };

/* Parses a TIMEX3 date value ("2024-10-28", "2024-10", "2024-W44",
** "2024-Q4", "2024", "199", "2024-10-28T15:39"); gran KN_GRAN_NONE (and 0
** days) for values with no fixed date (PAST_REF, XXXX-10-28, P3Y). */
int kn_date_range(const char *v, size_t n, int32_t *first, int32_t *last);
/* Days since 1970-01-01 of a YYYYMMDD day, and back. */
int32_t kn_day_number(int32_t ymd);
int32_t kn_day_ymd(int32_t days);

/* The kind of gathering a meeting's word names, when it names one that
** another kind never is: a summit (a ministerial, a named meeting: the
** whole meeting of many leaders or ministers), a session (a sitting within
** a meeting, as with the partners on a summit's second day), a forum, a
** press (news) conference, a dinner, meetings (plural: several); and of
** a weapons test's word, tests (plural: "several tests", "a series of
** launches"). Most words (meeting, talks, met, gathering, test) name any:
** KN_HEAD_NONE. */
enum { KN_HEAD_NONE = 0, KN_HEAD_SUMMIT, KN_HEAD_SESSION, KN_HEAD_FORUM, KN_HEAD_PRESS, KN_HEAD_DINNER,
       KN_HEAD_MEETINGS, KN_HEAD_TESTS, KN_HEAD_N };
/* The kind of the last word of text (a trigger's text: "summit", "NATO
** Public Forum", "sessions"), case-insensitive; named: the text is a named
** meeting (a summit, but for a named forum: the Munich Security
** Conference is no press conference). */
int kn_meeting_head(const char *text, size_t n, int named);
/* Its name ("summit", …; "" for KN_HEAD_NONE), and back (0 when unknown). */
const char *kn_meeting_head_name(int head);
int kn_meeting_head_parse(const char *name, size_t n);

/* One event mention to merge. Ids (participants, location, series) are the
** caller's interned integers; participants and places are one id space (a
** country troops are sent to is the same id as that country as a party). */
typedef struct kn_tl_event {
  uint8_t type, modality;          /* KN_EV_*, KN_MOD_* */
  uint8_t gran;                    /* granularity of the date (KN_GRAN_*) */
  uint8_t lent;                    /* 1: series is the sentence's meeting, not the trigger's */
  uint8_t head;                    /* KN_HEAD_*: the kind of gathering the trigger's word names */
  int32_t day0, day1;              /* the date as a day range, 0 when undated */
  int32_t end0, end1;              /* date_end as a day range, 0 when none */
  int32_t location;                /* or -1 */
  int32_t series;                  /* the named meeting that is the trigger, or -1 */
  int32_t published;               /* YYYYMMDD of the document, or 0 */
  uint32_t doc;                    /* the caller's document number */
  uint32_t part, npart;            /* participants: parts[part .. part + npart), sorted */
  uint64_t order;                  /* the caller's stable tie-break (document, event) */
  uint32_t pers, npers;            /* the people among them: parts[pers .. pers + npers), sorted */
} kn_tl_event;

/* Clusters events into timeline entries. Two events merge when their type
** families agree (talks and briefings are in the meeting family: a briefing
** is given at a session), their dates are compatible (the same day, a day
** within the other's range or period; neighbouring days only with strong
** evidence, two shared participants or the same named meeting, and only
** for an entry the event's document is not in yet; deployments
** and exercises, which go on for weeks, within two weeks, one shared
** participant being strong evidence for them, but a span told with its
** end does not join an entry over before its first day), their places are compatible
** (equal, unknown, or one inside the other per loc_parent; a different place
** only with strong evidence; for a deployment, one inside the other is
** another move, troops sent to Russia and then to the Kursk region, but for
** a mention naming nobody in an entry of its document, and for a place
** around the entry's that is a participant of the entry; an undated mention
** in a dated entry lends it no place) and they share a third of the event's participants
** (one, for a deployment or an exercise) or the named meeting, or the entry
** already holds a mention of the event's document on the same day (or on a
** week, month or year that holds the day). A day joins an entry known
** only by a period longer than a week (a month, a year) only when they
** name the same meeting, or the day's document is in the entry and its
** event names nobody or a third of the participants; a weapons test, one
** party's act, joins by its tester alone (all of the event's parties or
** all of the entry's, and no plan nor tests told by a period with a plural
** word, head KN_HEAD_TESTS, in the event or the entry) a day, or a period of a month or less,
** inside the entry's period of a month or less, or holding its days. An event told with
** countries or bodies only joins the meeting of a cast of people on a
** neighbouring day or a day inside its period only when they name the
** same meeting. An
** event (not a deployment or an exercise) that names two people or more
** joins only an entry each of whose
** casts (up to four kept) it shares more than half of the smaller cast with
** (a cast of two, a bilateral, fits only the same two; pers/npers: the
** people among the participants; npers 0 skips the test),
** unless they name the same meeting; nor, when the meeting is only its
** sentence's (lent: "Yoon met Stoltenberg at the NATO summit"), an entry
** of that meeting told with no cast; and a lent meeting does not name
** the entry the event joins or starts. An event whose own word names a
** summit (head) at a place, told with at most one person, is as the same
** named meeting to an entry of that place with no cast a member of which
** calls itself a summit (not for the tests of a cast above, and not a
** summit its sentence only lends; kn_tl_build reads a summit told with two
** countries or more, no body and at most one person as their meeting,
** with no kind of gathering): the
** alliance's summit in Washington in July and the NATO summit there on
** July 9. Kinds of gathering (head): a
** press conference joins only press conferences; an event of one kind
** joins no entry with another kind unless the entry has a cast (one
** sitting of a few people is called a summit or a session alike); a
** cast of two joins no cast-less summit, session or forum; a summit told
** with at most one person joins no cast's meeting that no mention calls
** a summit; an event of one person with bodies or countries joins a
** summit only when the summit's entry has those too. An
** undated event joins, on strong evidence, an entry dated within a
** month before its document's publication (or a week after), or, on a
** third of its participants, one whose last day is its document's date or
** the day before (and whose first is not after), and lends a dated entry
** no participants to match the next events on (an undated plan naming a
** participant the dated entry lacks is another event); one that
** names nobody, an entry its document is in; an entry of undated events
** only while its documents are less than a month older. The result
** depends only on the set of events: entry[i] gets a cluster number,
** clusters numbered in canonical order. loc_parent[id] is the containing
** place of id (or -1), nloc ids. */
kn_status kn_tl_cluster(const kn_tl_event *ev, size_t n, const int32_t *parts,
                        const int32_t *loc_parent, size_t nloc, kn_alloc f, void *ud,
                        uint32_t *entry, size_t *nentries);

/* The timeline store: the event mention records of many documents, kept
** column by column on interned strings (ids), then clustered and
** aggregated into entries (SCHEMA.md's timeline) by kn_tl_build. The Lua
** layer reads documents and partial timelines into it and writes the
** result; the rules live here. */
#define KN_TL_NONE UINT32_MAX

typedef struct kn_tl_store kn_tl_store;

/* A number as a Lua value holds it: none, an integer or a float (so it is
** written back as it came: 3 and 3.0 both print "3", 1e20 as "1e+20"). */
enum { KN_TL_NIL = 0, KN_TL_INT, KN_TL_FLOAT };
typedef struct kn_tl_num { int64_t i; double f; uint8_t kind; } kn_tl_num;

kn_status kn_tl_store_new(kn_tl_store **out, kn_alloc f, void *ud);
void kn_tl_store_free(kn_tl_store *s);
/* The id of a string (added when new). Ids are dense, from 0. */
kn_status kn_tl_intern(kn_tl_store *s, const char *p, size_t n, uint32_t *id);
/* The id of a string if interned (1), else 0. */
int kn_tl_find(const kn_tl_store *s, const char *p, size_t n, uint32_t *id);
/* The bytes of id (NUL-terminated), valid until the next intern. */
const char *kn_tl_str(const kn_tl_store *s, uint32_t id, size_t *n);
size_t kn_tl_count(const kn_tl_store *s);
/* Why the last call failed with KN_EINVAL ("" otherwise). */
const char *kn_tl_error(const kn_tl_store *s);

/* One document (an extract record): its mentions and events, strings as
** ids (KN_TL_NONE: nil). kind says which mentions matter (MEETING names
** the events it triggers, PERSON gives printed names, OFFICE holders); the
** caller resolves an OFFICE mention's holder on the document's day
** (gholder, or KN_TL_NONE). */
enum { KN_TL_M_OTHER = 0, KN_TL_M_MEETING, KN_TL_M_PERSON, KN_TL_M_OFFICE };
typedef struct kn_tl_mention_in {
  uint32_t entity, holder, gholder;
  const char *name, *text; size_t name_len, text_len;   /* NULL: nil (interned when needed) */
  uint8_t kind, is_short;          /* is_short: how == "short" */
  uint8_t has_text_id;             /* text_id is text's id (the caller had it: not interned again) */
  uint32_t text_id;
  kn_tl_num sentence, start, stop;
} kn_tl_mention_in;
typedef struct kn_tl_event_in {
  const char *id; size_t idlen;    /* the event's id, "<doc id>#<n>" (not interned) */
  uint32_t type, modality, date, date_end, location;
  kn_tl_num sentence;
  uint32_t part, npart;            /* participants: parts[part .. part + npart) */
  uint8_t trigger;                 /* has a trigger (tstart, tstop, ttext) */
  kn_tl_num tstart, tstop;
  uint32_t ttext;
} kn_tl_event_in;
typedef struct kn_tl_doc_in {
  uint32_t id, source, published;  /* the document's id; source, published or NONE */
  const kn_tl_mention_in *m; size_t nm;
  const kn_tl_event_in *ev; size_t nev;
  const uint32_t *parts;
} kn_tl_doc_in;
/* Adds a document's mention records (one an event): participants named
** for an office another held that day stand for the holder, the named
** meeting an event is an instance of is found, printed names kept. The
** entities the mentions name get their names (the first given wins). */
kn_status kn_tl_add_doc(kn_tl_store *s, const kn_tl_doc_in *d);

/* A mention record, as entries' mentions carry it (merge input). aliases:
** pairs (printed id, holder id); names: pairs (id, printed name); with
** has_* 0 they are null. */
typedef struct kn_tl_record {
  uint32_t doc;
  const char *event; size_t event_len;   /* kn_tl_get_record: in a buffer of the store */
  uint32_t type, modality, date, date_end, location, series, published, source;
  int series_lent;                       /* series is the sentence's meeting, not the trigger's */
  int head;                              /* KN_HEAD_* of the trigger's word */
  kn_tl_num sentence;
  const uint32_t *parts; size_t nparts;
  const uint32_t *aliases; size_t naliases; int has_aliases;
  const uint32_t *names; size_t nnames; int has_names;
} kn_tl_record;
kn_status kn_tl_add_record(kn_tl_store *s, const kn_tl_record *r);
/* Record i (0-based, in the order added); the arrays and the event id are
** valid until the next call on the store. */
kn_status kn_tl_get_record(kn_tl_store *s, size_t i, kn_tl_record *r);
/* Has entity id been given a name (or nil) by a mention or kn_tl_entity? */
int kn_tl_named(const kn_tl_store *s, uint32_t id);
/* Names entity id, unless it has a name already (name may be NONE). */
kn_status kn_tl_entity(kn_tl_store *s, uint32_t id, uint32_t name);
/* The name entity id was first given (1; *name may be NONE), or 0. */
int kn_tl_entity_name(const kn_tl_store *s, uint32_t id, uint32_t *name);
/* How many strings the store holds (ids 0 .. n-1). */
size_t kn_tl_nstr(const kn_tl_store *s);
/* The most pairs a record's aliases or names hold. */
size_t kn_tl_max_pairs(const kn_tl_store *s);
/* The store's allocator (and its ud in *ud). */
kn_alloc kn_tl_alloc(const kn_tl_store *s, void **ud);
/* The store's records so far, and going back to them: what a batch of
** records that fails half-way (out of memory) added is dropped. */
typedef struct kn_tl_mark { size_t nrec, nparts, npairs; } kn_tl_mark;
void kn_tl_mark_get(const kn_tl_store *s, kn_tl_mark *m);
void kn_tl_rollback(kn_tl_store *s, const kn_tl_mark *m);

/* Partial timelines (kn_tl_partial.c): the records and entity names of a
** store as one line of JSON, what `merge` needs of a part and nothing it
** recomputes. The buffer grows with the store's allocator; free it with
** kn_tl_buf_free. Reading checks the whole text before adding anything;
** on KN_EINVAL err says where and why ("records[3].type: expected a
** string index at byte 120"); on KN_ENOMEM the records it had added are
** taken back. */
typedef struct kn_tl_buf { char *p; size_t n, cap; } kn_tl_buf;
kn_status kn_tl_partial_write(kn_tl_store *s, kn_tl_buf *b);
void kn_tl_buf_free(kn_tl_store *s, kn_tl_buf *b);
kn_status kn_tl_partial_read(kn_tl_store *s, const char *p, size_t n, char *err, size_t errcap);

/* Gazetteer facts, supplied by the caller before kn_tl_build: the ids it
** needs (the records' participants, places and aliased names, then what
** contains them), a batch at a time, until a call gives none. restart: 1
** on the first call of a build (forgets what was set before). */
kn_status kn_tl_gaz_needs(kn_tl_store *s, int restart, const uint32_t **ids, size_t *n);
/* The entity id in the gazetteer (known 0: not there): name, type and
** the id it is part of (ids or NONE). */
kn_status kn_tl_gaz_set(kn_tl_store *s, uint32_t id, int known, uint32_t name, uint32_t type, uint32_t of);

/* The timeline: entries (dated ones first, each list ordered by date,
** type, id), conflicts, the entities map. Strings are ids of the store
** (which must outlive the result), or ranges of text. Lists are ranges of
** ids: participants, sources, docs (conflict values) and mentions (record
** numbers). */
enum { KN_TL_C_DATE, KN_TL_C_LOCATION, KN_TL_C_NAME, KN_TL_C_PARTICIPANTS };
typedef struct kn_tl_value { uint32_t key, doc, ndoc; } kn_tl_value;
typedef struct kn_tl_conflict { uint32_t field, value, nvalue; } kn_tl_conflict;
typedef struct kn_tl_entry {
  uint32_t id, idlen, title, titlelen;       /* in text */
  uint32_t type, date, date_end, location, first_reported;
  uint8_t modality;                          /* KN_MOD_* */
  const char *cameo;
  uint32_t part, npart, src, nsrc, men, nmen, conf, nconf;
} kn_tl_entry;
typedef struct kn_tl_result {
  kn_tl_entry *entries; size_t nentries, ndated, nconflicts;
  uint32_t *ids; size_t nids;
  kn_tl_conflict *conf; size_t nconf;
  kn_tl_value *val; size_t nval;
  char *text; size_t ntext;
  uint32_t *ent; size_t nent;                /* triples: id, name, type (NONE: absent) */
  uint32_t *rank; size_t nrank;              /* byte order of the store's ids at the build */
  kn_alloc f; void *ud;                      /* kn_big_alloc over big */
  kn_bigalloc big;
} kn_tl_result;
/* Clusters and aggregates every record; KN_EINVAL (kn_tl_error says why)
** when an entry's type is not an event type. */
kn_status kn_tl_build(kn_tl_store *s, kn_tl_result **out);
void kn_tl_result_free(kn_tl_result *r);

#endif
