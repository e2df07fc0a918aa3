#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "config.h"
#include "redistribusi.h"
#include "test.h"

/* A small instance: nd donors, nr receivers of one jabatan, each in its own
 * unit; cost[i][j] from a table (-1 forbidden). */
enum { ND = 3, NR = 3 };

typedef struct {
	int nd, nr;
	long lebih[ND], kurang[NR];
	long cost[ND][NR];
} instance;

static char unit_names[ND + NR][8];

/* Every integer flow, by brute force: the most staff moved, then the least
 * cost. */
static void brute(const instance *in, long *best_moved, long *best_cost)
{
	long x[ND * NR], moved, cost, row[ND], col[NR];
	int n = in->nd * in->nr, k, i, j, ok;

	*best_moved = -1;
	*best_cost = 0;
	memset(x, 0, sizeof x);
	for (;;) {
		memset(row, 0, sizeof row);
		memset(col, 0, sizeof col);
		moved = cost = 0;
		ok = 1;
		for (i = 0; i < in->nd; i++)
			for (j = 0; j < in->nr; j++) {
				long v = x[i * in->nr + j];

				if (v && in->cost[i][j] < 0)
					ok = 0;
				row[i] += v;
				col[j] += v;
				moved += v;
				cost += v * (in->cost[i][j] < 0 ? 0 : in->cost[i][j]);
			}
		for (i = 0; i < in->nd; i++)
			ok &= row[i] <= in->lebih[i];
		for (j = 0; j < in->nr; j++)
			ok &= col[j] <= in->kurang[j];
		if (ok && (moved > *best_moved || (moved == *best_moved && cost < *best_cost))) {
			*best_moved = moved;
			*best_cost = cost;
		}
		for (k = 0; k < n; k++) {
			if (++x[k] <= 3)
				break;
			x[k] = 0;
		}
		if (k == n)
			return;
	}
}

static void solve(const instance *in, asn_pindah_biaya *b, long *moved, long *cost,
                  int *donor_ok)
{
	asn_pindah_posisi p[ND + NR];
	asn_pindah *m;
	size_t n, k, unmoved;
	long out[ND] = { 0 }, got[NR] = { 0 };
	int i, j;

	memset(p, 0, sizeof p);
	for (i = 0; i < in->nd; i++) {
		p[i].jabatan = "Analis";
		p[i].unit = unit_names[i];
		p[i].subunit = "";
		p[i].kebutuhan = 1;
		p[i].bezetting = 1 + in->lebih[i];
		p[i].has_kebutuhan = 1;
	}
	for (j = 0; j < in->nr; j++) {
		p[in->nd + j].jabatan = "Analis";
		p[in->nd + j].unit = unit_names[ND + j];
		p[in->nd + j].subunit = "";
		p[in->nd + j].kebutuhan = 1 + in->kurang[j];
		p[in->nd + j].bezetting = 1;
		p[in->nd + j].has_kebutuhan = 1;
	}
	n = asn_pindah_solve(p, (size_t)(in->nd + in->nr), b, &m, &unmoved);
	*moved = *cost = 0;
	for (k = 0; k < n; k++) {
		*moved += m[k].jumlah;
		*cost += m[k].jumlah * m[k].biaya;
		out[m[k].dari] += m[k].jumlah;
		got[m[k].ke - (size_t)in->nd] += m[k].jumlah;
	}
	*donor_ok = 1;
	for (i = 0; i < in->nd; i++)
		*donor_ok &= out[i] <= in->lebih[i];
	for (j = 0; j < in->nr; j++)
		*donor_ok &= got[j] <= in->kurang[j];
	free(m);
}

static char table_text[4096];

/* The optimum of random small instances against every integer flow. */
static void test_against_brute_force(void)
{
	unsigned long seed = 12345;
	asn_config cfg;
	int t, i, j, agree = 0, feasible = 1;
	char err[256];

	asn_config_defaults(&cfg);
	for (i = 0; i < ND + NR; i++)
		snprintf(unit_names[i], sizeof unit_names[i], "U%d", i);
	for (t = 0; t < 60; t++) {
		instance in;
		asn_pindah_biaya b;
		long bm, bc, sm, sc;
		int ok;
		size_t len;
		char path[] = "/tmp/asn-test-biaya-XXXXXX";
		int fd;
		unsigned long long rejected = 0;

		memset(&in, 0, sizeof in);
		in.nd = 1 + (int)((seed = seed * 6364136223846793005UL + 1442695040888963407UL) >> 62);
		in.nd = in.nd > ND ? ND : in.nd;
		in.nr = 1 + (int)((seed = seed * 6364136223846793005UL + 1442695040888963407UL) >> 62);
		in.nr = in.nr > NR ? NR : in.nr;
		len = (size_t)snprintf(table_text, sizeof table_text, "dari,ke,biaya\n");
		for (i = 0; i < in.nd; i++)
			in.lebih[i] = 1 + (long)((seed = seed * 6364136223846793005UL + 1) >> 61) % 3;
		for (j = 0; j < in.nr; j++)
			in.kurang[j] = 1 + (long)((seed = seed * 6364136223846793005UL + 1) >> 61) % 3;
		for (i = 0; i < in.nd; i++)
			for (j = 0; j < in.nr; j++) {
				long c = (long)((seed = seed * 6364136223846793005UL + 1) >> 60) % 7 - 1;

				in.cost[i][j] = c;
				len += (size_t)snprintf(table_text + len, sizeof table_text - len,
				                        c < 0 ? "U%d,U%d,-\n" : "U%d,U%d,%ld\n", i, ND + j, c);
			}
		fd = mkstemp(path);
		if (fd < 0 || write(fd, table_text, len) != (ssize_t)len)
			abort();
		close(fd);
		asn_pindah_biaya_init(&b, &cfg);
		asn_pindah_biaya_read(&b, path, ',', &rejected);
		unlink(path);
		brute(&in, &bm, &bc);
		solve(&in, &b, &sm, &sc, &ok);
		agree += sm == bm && sc == bc;
		feasible &= ok;
		if (sm != bm || sc != bc)
			fprintf(stderr, "# instance %d: solver %ld moved at %ld, brute force %ld at %ld\n",
			        t, sm, sc, bm, bc);
		asn_pindah_biaya_free(&b);
	}
	(void)err;
	CHECK_INT(agree, 60, "the most staff moved at the least cost, as every flow tried");
	CHECK(feasible, "no donor gives more than its surplus, no receiver gets more than its "
	      "shortage");
	asn_config_free(&cfg);
}

/* By hand: donors A (U1, +3) and B (U2, +1), receivers C (U1, -2) and D
 * (U2, -2); a move within a unit costs 1, between units 2.  Moving all 4
 * costs at least 2 x 1 (A to C) + 1 x 1 (B to D) + 1 x 2 (A to D) = 5, and
 * that plan is the only one at 5. */
static void test_by_hand(void)
{
	asn_pindah_posisi p[] = {
		{ "Analis", "U1", "A", 2, 5, 1 }, { "Analis", "U2", "B", 1, 2, 1 },
		{ "Analis", "U1", "C", 4, 2, 1 }, { "Analis", "U2", "D", 3, 1, 1 },
		{ "Analis", "U3", "E", 0, 4, 0 },     /* no need given: not a donor */
		{ "Bidan", "U1", "A", 1, 3, 1 },      /* a surplus with no shortage */
	};
	asn_config cfg;
	asn_pindah_biaya b;
	asn_pindah *m;
	size_t n, unmoved;

	asn_config_defaults(&cfg);
	asn_pindah_biaya_init(&b, &cfg);
	n = asn_pindah_solve(p, sizeof p / sizeof p[0], &b, &m, &unmoved);
	CHECK_INT(n, 3, "three moves");
	CHECK(n == 3 && m[0].dari == 0 && m[0].ke == 2 && m[0].jumlah == 2 && m[0].biaya == 1,
	      "A to C: 2 at 1");
	CHECK(n == 3 && m[1].dari == 0 && m[1].ke == 3 && m[1].jumlah == 1 && m[1].biaya == 2,
	      "A to D: 1 at 2");
	CHECK(n == 3 && m[2].dari == 1 && m[2].ke == 3 && m[2].jumlah == 1 && m[2].biaya == 1,
	      "B to D: 1 at 1");
	CHECK_INT(unmoved, 0, "nothing refused");
	free(m);
	asn_pindah_biaya_free(&b);
	asn_config_free(&cfg);
}

int main(void)
{
	asn_cli_init("test_redistribusi");
	test_by_hand();
	test_against_brute_force();
	return TEST_DONE();
}
