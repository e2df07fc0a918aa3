/* The cost of a projection or a plan (lib/biaya_plan.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "biaya_plan.h"
#include "cli.h"

void asn_biaya_apply(asn_biaya *b, asn_cohort *c, const asn_plan *plan)
{
	asn_cohort_group **g = asn_cohort_sorted(c);
	size_t i, y, n = asn_cohort_ngroups(c), years;

	for (i = 0; i < n; i++) {
		asn_biaya_exits(b, g[i]->key, g[i]->keylen, g[i]->exit_rate);
		years = plan ? (size_t)plan->years : 0;
		/* plan->pns and ->pppk are by the sorted group's index */
		for (y = 0; y < years; y++)
			asn_biaya_add_hires(b, g[i]->key, g[i]->keylen, (int)y, plan->pns[i * years + y],
			                    plan->pppk[i * years + y], g[i]->exit_rate);
	}
}

unsigned long asn_biaya_finish(asn_biaya *b, asn_cohort *c, const asn_plan *plan,
                               const char *path, const char *const *by, size_t nby)
{
	asn_output *out;
	asn_csv_writer *w;

	asn_biaya_apply(b, c, plan);
	out = asn_output_open(path);
	w = asn_csv_writer_new(asn_output_file(out));
	asn_biaya_write(b, w, by, nby);
	asn_csv_writer_free(w);
	asn_output_close(out);
	if (b->rejected)
		asn_cli_summary("%s: %llu row%s not costed (golongan not in the pay tables, or no masa "
		                "kerja)", path, b->rejected, b->rejected == 1 ? "" : "s");
	return (unsigned long)b->rejected;
}
