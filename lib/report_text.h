/* Text from data made safe to lay out: valid UTF-8 without control
 * characters nor marks of direction, measured and cut in the columns a
 * terminal draws it in (2 for East Asian wide characters and emoji, 0 for
 * combining marks), whatever the locale. */
#ifndef ASN_REPORT_TEXT_H
#define ASN_REPORT_TEXT_H

#include <stddef.h>

/* A new string: invalid UTF-8 bytes become U+FFFD, control characters
 * (C0, DEL, C1) a space; the bidirectional marks, embeddings, overrides
 * and isolates (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069) are
 * dropped. */
char *asn_report_text_clean(const char *s, size_t len);

/* Columns of a valid UTF-8 string. */
size_t asn_report_text_width(const char *s);

/* Byte length of the longest start of s at most n columns wide, with the
 * combining marks of its last character (all of s if narrower). */
size_t asn_report_text_prefix(const char *s, size_t n);

/* A new string: s itself when it is at most max columns wide, else its
 * start of at most max-1 columns (trailing spaces dropped) and an
 * ellipsis. */
char *asn_report_text_truncate(const char *s, size_t max);

#endif
