/* Reads the same bytes with and without the reader's fast path and reports
 * the first difference in records, line numbers or messages (NULL if none). */
#ifndef ASN_CSV_DIFF_H
#define ASN_CSV_DIFF_H

#include <stdio.h>
#include <string.h>

#include "csv.h"

static const char *csv_diff(const void *data, size_t size, unsigned char delimiter,
                            size_t expect, char *why, size_t whysize)
{
	asn_csv_reader *fast = asn_csv_reader_from_memory(data, size, "d.csv", delimiter);
	asn_csv_reader *slow = asn_csv_reader_from_memory(data, size, "d.csv", delimiter);
	asn_csv_record a, b;
	const char *bad = NULL;
	long n = 0;
	size_t i;
	int ra, rb;

	asn_csv_reader_set_libcsv_only(slow, 1);
	asn_csv_reader_set_field_max(fast, 512);
	asn_csv_reader_set_field_max(slow, 512);
	for (;;) {
		ra = asn_csv_reader_next(fast, &a);
		rb = asn_csv_reader_next(slow, &b);
		n++;
		if (ra != rb) {
			snprintf(why, whysize, "record %ld: status %d vs %d (%s | %s)", n, ra, rb,
			         ra < 0 ? asn_csv_reader_error(fast) : "", rb < 0 ? asn_csv_reader_error(slow) : "");
			bad = why;
			break;
		}
		if (ra < 0 && strcmp(asn_csv_reader_error(fast), asn_csv_reader_error(slow)) != 0) {
			snprintf(why, whysize, "record %ld: '%s' vs '%s'", n,
			         asn_csv_reader_error(fast), asn_csv_reader_error(slow));
			bad = why;
			break;
		}
		if (ra == 0 || (ra < 0 && a.nfields == 0))
			break;
		if (a.nfields != b.nfields || a.line != b.line || a.end_line != b.end_line) {
			snprintf(why, whysize, "record %ld: %zu fields line %ld-%ld vs %zu fields line %ld-%ld",
			         n, a.nfields, a.line, a.end_line, b.nfields, b.line, b.end_line);
			bad = why;
			break;
		}
		for (i = 0; i < a.nfields; i++)
			if (a.lengths[i] != b.lengths[i] || memcmp(a.fields[i], b.fields[i], a.lengths[i]) != 0) {
				snprintf(why, whysize, "record %ld field %zu differs", n, i + 1);
				bad = why;
				break;
			}
		if (bad)
			break;
		if (n == 1 && expect)
			asn_csv_reader_expect_fields(fast, a.nfields), asn_csv_reader_expect_fields(slow, b.nfields);
	}
	asn_csv_reader_free(fast);
	asn_csv_reader_free(slow);
	return bad;
}

#endif
