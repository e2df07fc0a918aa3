/* libFuzzer harness for the .xlsx reader: any bytes are opened as a
 * workbook and read to the end twice, by the fast scanner and by expat
 * alone; both must give the same rows and the same message. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xlsx.h"

/* Every row as one string, then the error: what a reader shows. */
static char *read_all(const uint8_t *data, size_t size, int expat_only)
{
	asn_csv_record rec;
	asn_xlsx *x;
	char err[1024], *text = NULL;
	size_t len = 0, i;
	int rc;
	FILE *f = fmemopen((void *)data, size, "rb"), *out = open_memstream(&text, &len);

	if (!f || !out)
		abort();
	x = asn_xlsx_open_file(f, "fuzz.xlsx", NULL, err, sizeof err);
	if (!x) {
		fprintf(out, "open: %s", err);
	} else {
		asn_xlsx_set_expat_only(x, expat_only);
		asn_xlsx_set_field_max(x, 4096);
		while ((rc = asn_xlsx_next(x, &rec)) > 0) {
			if (rec.line <= 0 || rec.nfields == 0)
				abort();
			fprintf(out, "%ld:", rec.line);
			for (i = 0; i < rec.nfields; i++) {
				if (strlen(rec.fields[i]) != rec.lengths[i])
					abort();
				fprintf(out, "[%s]", rec.fields[i]);
			}
			fputc('\n', out);
		}
		if (rc < 0)
			fprintf(out, "error: %s", asn_xlsx_error(x));
		asn_xlsx_free(x);
	}
	fclose(out);
	fclose(f);
	return text;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *fast, *slow;

	if (size == 0)
		return 0;
	fast = read_all(data, size, 0);
	slow = read_all(data, size, 1);
	if (strcmp(fast, slow) != 0)
		abort();
	free(fast);
	free(slow);
	return 0;
}
