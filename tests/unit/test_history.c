/* lib/history: exit rates per key and pooled, worked by hand.  Rows
 * A (40, 2) and (60, 4): 6 of 100, 0.06.  B (0, 0): no awal, pooled.  D
 * (100, 1) names no group.  Pooled: 7 of 200, 0.035. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "cohort.h"
#include "history.h"
#include "input.h"
#include "needs.h"
#include "test.h"

static asn_cohort_group *group(asn_cohort *c, const char *key, size_t len)
{
	return asn_cohort_group_get(c, key, len);
}

static void test_rates(void)
{
	asn_cohort_options o;
	asn_cohort *c;
	asn_history h;
	asn_date d = { 2026, 11, 1 };
	size_t by_second[] = { 1 };
	asn_cohort_group *a, *b, *cc;

	memset(&h, 0, sizeof h);
	asn_cohort_options_init(&o, d, 3);
	c = asn_cohort_alloc(&o);
	/* groups of (unit, jabatan); the history is per jabatan */
	a = group(c, "U1\0A", 5);
	b = group(c, "U1\0B", 5);
	cc = group(c, "U2\0C", 5);
	asn_history_add(&h, "A", 2, 40, 2);
	asn_history_add(&h, "B", 2, 0, 0);
	asn_history_add(&h, "D", 2, 100, 1);
	asn_history_add(&h, "A", 2, 60, 4);
	asn_quiet = 1;
	asn_history_apply(&h, c, by_second, 1, "h.csv");
	CHECK(fabs(a->exit_rate - 0.06) < 1e-15, "A: its own rows summed over the years");
	CHECK_INT((long)a->exit_trials, 100, "A: over its 100 staff-years");
	CHECK(fabs(b->exit_rate - 0.035) < 1e-15, "B: no awal, the pooled rate");
	CHECK_INT((long)b->exit_trials, 200, "B: pooled over every row");
	CHECK(fabs(cc->exit_rate - 0.035) < 1e-15, "C: not in the history, the pooled rate");
	CHECK_INT(h.n, 3, "three keys once summed");
	asn_history_free(&h);
	asn_cohort_free(c);
}

static void test_needs_positions(void)
{
	const char *by[] = { "subunit", "Jabatan", "unit", "golongan" }, *extra[4];
	size_t pos[4], n = asn_needs_key_positions(by, 4, pos, extra);

	CHECK_INT(n, 2, "two keys besides unit and jabatan");
	CHECK(pos[0] == 2 && pos[1] == 1 && pos[2] == 0 && pos[3] == 3,
	      "unit 0, jabatan 1 (any case), the others after in order");
	CHECK_STR(extra[1], "golongan", "the others named in order");
}

int main(void)
{
	asn_cli_init("test_history");
	test_rates();
	test_needs_positions();
	return TEST_DONE();
}
