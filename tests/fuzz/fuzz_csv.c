/* libFuzzer harness for the CSV reader: every input read to its end with
 * each delimiter, under a small field limit and with a ragged-row check. */
#include <stddef.h>
#include <stdint.h>

#include "csv.h"

static void
read_all(const uint8_t *data, size_t size, unsigned char delimiter, int detect)
{
	asn_csv_reader *r = asn_csv_reader_from_memory(data, size, "fuzz.csv", delimiter);
	asn_csv_record rec;
	size_t i, total = 0;
	int rc, first = 1;

	if (detect)
		asn_csv_reader_detect_delimiter(r);
	else
		asn_csv_reader_set_field_max(r, 4096);
	while ((rc = asn_csv_reader_next(r, &rec)) != 0) {
		if (rc < 0 && rec.nfields == 0)
			break;
		for (i = 0; i < rec.nfields; i++)
			total += rec.lengths[i] + (unsigned char)rec.fields[i][rec.lengths[i]];
		if (first && detect)
			asn_csv_reader_expect_fields(r, rec.nfields);
		first = 0;
	}
	if (total > size || asn_csv_reader_bytes(r) > size)
		__builtin_trap();
	asn_csv_reader_free(r);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const unsigned char delimiters[] = { ',', ';', '\t', '|' };
	size_t i;

	for (i = 0; i < sizeof(delimiters); i++)
		read_all(data, size, delimiters[i], 0);
	read_all(data, size, 0, 1);
	return 0;
}
