/* Names of units, subunits and positions in one form, so that
 * "GURU AHLI PERTAMA ", "Guru  Ahli Pertama" and "guru ahli pertama" are one
 * jabatan in every program and every file. */
#ifndef ASN_NAMES_H
#define ASN_NAMES_H

#include <stddef.h>

/* Words written in capitals whatever the source (SD, UPTD, RSUD, DPRD, ...);
 * NULL-terminated.  A configuration may replace the list. */
extern const char *const asn_names_acronyms[];

/* The display form: blanks (space, tab, no-break space) trimmed and runs of
 * them collapsed to one space; each word in Title Case, but for the acronyms
 * (in capitals), Roman numerals (II, IV), joining words after the first
 * (dan, di, ke, dari, pada, untuk, yang, serta, atau, dengan, bagi, oleh: in
 * lower case), words holding a digit (kept), and a word already in capitals
 * inside a source that is not all capitals (kept: an acronym of the source).
 * Non-ASCII bytes are copied unchanged.  acronyms NULL: the built-in list.
 * Writes at most size bytes with a NUL; returns the length it needs (as
 * snprintf), so a result >= size was cut. */
size_t asn_names_normalize(const char *s, const char *const *acronyms, char *out, size_t size);

/* The key names are matched by: the display form in ASCII lower case. */
size_t asn_names_key(const char *s, char *out, size_t size);

/* The loose key of a near miss: lower case, letters and digits only, known
 * abbreviations of regional government spelled out (dinkes, disdik, kasubag,
 * kasi, kabid, sekdis, ...).  Two names with the same loose key but other
 * keys are a near miss worth reporting. */
size_t asn_names_loose_key(const char *s, char *out, size_t size);

/* A position's names as a program groups them: the values one after the
 * other, each ended by NUL, len bytes in all. */
typedef struct {
	const char *key;
	size_t len;
} asn_names_position;

/* Near misses: for each of the n positions of a needs table that have no
 * staff, the first of the m staffed positions with no need whose loose key
 * is the same: found(ctx, i, j) is called for each pair.  Returns the
 * number of pairs. */
size_t asn_names_near_misses(const asn_names_position *unstaffed, size_t n,
                             const asn_names_position *unneeded, size_t m,
                             void (*found)(void *ctx, size_t i, size_t j), void *ctx);

/* The near misses told as warnings (unless -q): each position as
 * "unit 'X', jabatan 'Y'" by the names of its key columns, the first five,
 * then the count when there are more.  Returns the number of pairs. */
size_t asn_names_warn_near_misses(const char *const *columns,
                                  const asn_names_position *unstaffed, size_t n,
                                  const asn_names_position *unneeded, size_t m);

/* The normal forms of names seen before, for a program that meets the
 * same few thousand unit and jabatan names on a million rows. */
typedef struct asn_names_memo asn_names_memo;

asn_names_memo *asn_names_memo_new(const char *const *acronyms);
/* The display form of s[0..len) (NUL-terminated, valid until the next call
 * or the free), its length in *outlen. */
const char *asn_names_memo_get(asn_names_memo *m, const char *s, size_t len, size_t *outlen);
void asn_names_memo_free(asn_names_memo *m);

#endif
