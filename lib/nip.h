/* NIP (Nomor Induk Pegawai) of PNS and NI PPPK: 18 digits that encode
 * birth date, appointment and gender (PP 11/2017; Perka BKN on NIP). */
#ifndef ASN_NIP_H
#define ASN_NIP_H

#include <stddef.h>
#include <stdint.h>
#include "date.h"

typedef enum { ASN_NIP_PNS, ASN_NIP_PPPK } asn_nip_kind;

typedef struct {
	asn_nip_kind kind;
	asn_date birth;     /* digits 1-8, YYYYMMDD */
	int tmt_year;       /* PNS: TMT CPNS year (digits 9-12); PPPK: appointment year */
	int tmt_month;      /* PNS: TMT CPNS month (digits 13-14); PPPK: 0 */
	int pppk_code;      /* PPPK: digits 13-14; PNS: 0 */
	int gender;         /* digit 15: 1 pria (L), 2 wanita (P) */
	int serial;         /* digits 16-18 */
} asn_nip;

/* Decode a NIP of the given kind.  Returns 0, or -1 with *err pointing at a
 * static reason, e.g. "expected 18 digits", "non-digit character",
 * "birth date in NIP is not a calendar date",
 * "TMT month in NIP out of range (expected 01-12)",
 * "gender digit 3 (expected 1 or 2)", "serial 000 (expected 001-999)".
 * Diagnostics are English, in the form of doc/design.md's examples. */
int asn_nip_parse(const char *s, size_t len, asn_nip_kind kind, asn_nip *out, const char **err);

/* As asn_nip_parse, but on failure writes a reason naming the bad value into
 * buf (truncated to bufsize), e.g. "expected 18 digits, got 17",
 * "non-digit character 'x' at position 5",
 * "birth date 19801301 is not a calendar date", "TMT month 13 (expected 01-12)",
 * "TMT year 1890 before birth year 1980".  Characters are counted as UTF-8. */
int asn_nip_parse_reason(const char *s, size_t len, asn_nip_kind kind, asn_nip *out,
                         char *buf, size_t bufsize);
/* The same reason in the user's language (gettext), for a message; the
 * English one is for CSV. */
int asn_nip_parse_message(const char *s, size_t len, asn_nip_kind kind, asn_nip *out,
                          char *buf, size_t bufsize);

/* Guess the kind from the digits: months 13-14 greater than 12 → PPPK. */
asn_nip_kind asn_nip_guess_kind(const char *s, size_t len);

/* Check a decoded NIP against the record.  gender_lp is 'L' or 'P' (0 to skip);
 * tmt may be NULL to skip.  Returns 0, or -1 and writes a reason naming the
 * disagreeing part into buf, e.g.
 * "tanggal_lahir 1980-01-02 does not match NIP birth date 1980-01-01". */
int asn_nip_check(const asn_nip *nip, asn_date birth, char gender_lp,
                  const asn_date *tmt, char *buf, size_t bufsize);
/* The same reason in the user's language, for a message. */
int asn_nip_check_message(const asn_nip *nip, asn_date birth, char gender_lp,
                          const asn_date *tmt, char *buf, size_t bufsize);

/* The 18 digits of a well-formed NIP as one number (10^18 < 2^63), for
 * compact sets and maps keyed by NIP.  Returns 0, or -1 if s is not exactly
 * 18 ASCII digits. */
int asn_nip_to_number(const char *s, uint64_t *out);

/* A well-mixed 64-bit hash of such a number, for hash tables and filters. */
uint64_t asn_nip_hash(uint64_t nip);

#endif
