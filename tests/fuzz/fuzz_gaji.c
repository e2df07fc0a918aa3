/* Pay rules from any bytes (over the built-in ones): they load or are
 * refused with a message, and every lookup of a table that loaded gives one
 * of its golongan's salaries, the first before its first step. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "biaya.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_table(const asn_gaji_tabel *t)
{
	size_t i, j;
	int mkg, found;
	long v;

	for (i = 0; i < t->n; i++)
		for (mkg = 0; mkg <= 61; mkg++) {
			v = asn_gaji_lookup(t, t->g[i].nama, mkg);
			if (t->g[i].n == 0) {
				if (v != -1)
					abort();
				continue;
			}
			for (j = 0, found = 0; j < t->g[i].n; j++)
				found |= t->g[i].steps[j].gaji == v;
			if (!found || (mkg < t->g[i].steps[0].mkg && v != t->g[i].steps[0].gaji))
				abort();
		}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	asn_biaya_rules r;
	char err[512];

	if (asn_biaya_rules_load_string(&r, (const char *)data, size, "fuzz", err, sizeof err) == 0) {
		check_table(&r.pns);
		check_table(&r.pppk);
		asn_biaya_rules_free(&r);
	}
	return 0;
}
