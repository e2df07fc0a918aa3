/* The baseline of make bench: a bare libcsv parse that only counts fields
 * and records, reading 64 KiB blocks. */
#include <stdio.h>
#include <stdlib.h>
#include <csv.h>

struct counts {
	unsigned long long fields, records;
};

static void on_field(void *s, size_t len, void *data)
{
	(void)s;
	(void)len;
	((struct counts *)data)->fields++;
}

static void on_record(int c, void *data)
{
	(void)c;
	((struct counts *)data)->records++;
}

int main(int argc, char *argv[])
{
	static char buf[65536];
	struct csv_parser p;
	struct counts n = { 0, 0 };
	FILE *f = argc > 1 ? fopen(argv[1], "rb") : stdin;
	size_t len;

	if (!f || csv_init(&p, CSV_STRICT | CSV_APPEND_NULL) != 0) {
		perror(argc > 1 ? argv[1] : "stdin");
		return 3;
	}
	while ((len = fread(buf, 1, sizeof buf, f)) > 0)
		if (csv_parse(&p, buf, len, on_field, on_record, &n) != len) {
			fprintf(stderr, "bare-parse: %s\n", csv_strerror(csv_error(&p)));
			return 3;
		}
	csv_fini(&p, on_field, on_record, &n);
	csv_free(&p);
	printf("%llu records, %llu fields\n", n.records, n.fields);
	return 0;
}
