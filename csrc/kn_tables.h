/* kn_tables.h -- generated character tables (see tools/gen-tables.lua). */
#ifndef KN_TABLES_H
#define KN_TABLES_H

enum {
  KN_C_SP, KN_C_NL, KN_C_CR, KN_C_LO, KN_C_UP, KN_C_DG, KN_C_PU, KN_C_AP,
  KN_C_HY, KN_C_DOT, KN_C_SYM, KN_C_CTL, KN_C_U2, KN_C_U3, KN_C_U4, KN_C_BAD,
  KN_C_NUL
};

extern const unsigned char kn_byte_class[256];
extern const unsigned char kn_word_bits[256];
extern const char kn_latin_fold[192][3];
extern const unsigned char kn_latin_upper[192];

#endif
