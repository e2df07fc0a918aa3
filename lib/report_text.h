/* Text from data made safe to lay out: valid UTF-8 without control
 * characters, measured and cut in characters (code points). */
#ifndef ASN_REPORT_TEXT_H
#define ASN_REPORT_TEXT_H

#include <stddef.h>

/* A new string: invalid UTF-8 bytes become U+FFFD, control characters
 * (C0, DEL, C1) a space. */
char *asn_report_text_clean(const char *s, size_t len);

/* Number of code points of a valid UTF-8 string. */
size_t asn_report_text_width(const char *s);

/* Byte length of the first n code points of s (all of s if shorter). */
size_t asn_report_text_prefix(const char *s, size_t n);

/* A new string: s itself when it has at most max code points, else its
 * first max-1 code points (trailing spaces dropped) and an ellipsis. */
char *asn_report_text_truncate(const char *s, size_t max);

#endif
