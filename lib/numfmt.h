/* Numbers for people to read: grouped thousands and a decimal comma
 * ("1.234,5", Indonesian) or a decimal point ("1,234.5", English). */
#ifndef ASN_NUMFMT_H
#define ASN_NUMFMT_H

#include <stddef.h>

typedef struct {
	char group;    /* thousands separator */
	char decimal;  /* decimal separator */
} asn_numfmt;

extern const asn_numfmt asn_numfmt_id;
extern const asn_numfmt asn_numfmt_en;

enum {
	ASN_NUMFMT_PLUS = 1,  /* "+12" for a positive value (changes) */
	ASN_NUMFMT_TRIM = 2   /* drop a fractional part that rounds to zero: 12,0 -> 12 */
};

/* Format v rounded to `decimals` places (0-9) into buf and return buf.
 * "-0" is never printed; NaN and infinities give "".  A buffer too small
 * gets a truncated, still terminated string. */
char *asn_numfmt_format(const asn_numfmt *f, double v, int decimals, int flags,
                        char *buf, size_t size);

/* share (0..1) as a percentage with `decimals` places: 0.125 -> "12,5%". */
char *asn_numfmt_percent(const asn_numfmt *f, double share, int decimals,
                         char *buf, size_t size);

#endif
