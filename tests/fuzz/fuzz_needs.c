/* libFuzzer harness for the NEEDS reader (formasi and ABK workload tables):
 * any bytes are read to the end, rejected rows go to a silent callback, and
 * every position found is looked up again by its keys. */
#include <math.h>
#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "csv.h"
#include "needs.h"

static void quiet(void *ctx, const char *file, long line, const char *column,
                  const char *value, const char *message)
{
	(void)ctx, (void)file, (void)line, (void)column, (void)value, (void)message;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const extra[] = { "subunit" };
	asn_config cfg;
	asn_needs_options opt;
	asn_needs n;
	asn_csv_reader *r;
	char err[512];
	size_t i, pass;

	asn_config_defaults(&cfg);
	for (pass = 0; pass < 2; pass++) {
		asn_needs_options_init(&opt, &cfg);
		opt.reject = quiet;
		if (pass) {
			opt.extra_keys = extra;
			opt.nextra = 1;
			opt.rounding = ASN_ROUND_CEIL;
		}
		r = asn_csv_reader_from_memory(data, size, "needs.csv", 0);
		if (asn_needs_read_csv(&n, r, &opt, err, sizeof err) == ASN_NEEDS_OK)
			for (i = 0; i < n.nentries; i++) {
				const asn_needs_entry *e = &n.entries[i];

				if (asn_needs_find(&n, (const char *const *)e->keys) != e)
					__builtin_trap();
				if (e->kebutuhan < 0 || isnan(e->kebutuhan_hitung))
					__builtin_trap();
			}
		asn_needs_free(&n);
		asn_csv_reader_free(r);
	}
	asn_config_free(&cfg);
	return 0;
}
