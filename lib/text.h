/* Small text helpers shared by the modules: UTF-8 validity, glob patterns. */
#ifndef ASN_TEXT_H
#define ASN_TEXT_H

#include <stddef.h>

/* Is s[0..len) well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF)? */
int asn_utf8_valid(const char *s, size_t len);

/* Case-insensitive (ASCII) glob with '*' (any run) and '?' (one byte). */
int asn_glob_match(const char *pattern, const char *s);

#endif
