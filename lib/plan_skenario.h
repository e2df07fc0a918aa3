/* Scenarios side by side: the same staff planned under several hiring
 * policies (no hires, every shortfall filled, a quota a year), with or
 * without the redistribution and at different exit rates, each summed up
 * per year so that a head of agency compares the options (doc/plan.md). */
#ifndef ASN_PLAN_SKENARIO_H
#define ASN_PLAN_SKENARIO_H

#include <stddef.h>

#include "cohort.h"
#include "csv.h"
#include "input.h"
#include "plan.h"
#include "biaya.h"

typedef struct {
	char *nama;
	long kuota;          /* hires a year at most; ASN_KUOTA_NONE: every shortfall */
	int pindah;          /* the moves of --pindah first */
	double exit_rate;    /* < 0: the run's (--exit-rate or --history) */
} asn_skenario;

typedef struct {
	asn_skenario *s;
	size_t n, cap;
} asn_skenario_set;

/* Read a scenarios table: nama,kuota[,pindah][,exit_rate].  kuota: a whole
 * number >= 0 (0: no hires), or `isi` (fill every shortfall; empty too);
 * pindah: ya or tidak (empty: tidak); exit_rate: a number from 0 to 1
 * (empty: the run's).  A bad cell, an empty or repeated nama is a rejected
 * row.  Returns the rows rejected. */
unsigned long asn_skenario_read(asn_skenario_set *set, asn_input *in, const char *path,
                                unsigned char delimiter);
void asn_skenario_free(asn_skenario_set *set);

typedef struct {
	const char *pindah_path;          /* the moves (asn_plan_pindah_read); NULL: none */
	asn_group_keys *keys;             /* the run's key columns and input, for them */
	asn_input *in;
	unsigned char delimiter;
	long sims;                        /* 0: no simulation, p_kurang empty */
	unsigned long seed;
	double level;
	int threads;
	asn_biaya *biaya;                 /* with --biaya: each scenario's cost; NULL */
} asn_skenario_run_options;

/* Plan each scenario from the same start (the groups' staff and exit rates
 * are put back before each), with the priority, IKM and keys of proto, and
 * write per scenario and year: skenario, tahun, awal, pensiun, keluar,
 * masuk, akhir, kebutuhan, kurang (the positions' shortfalls at the end of
 * the year added up, never netted), posisi_kurang, p_kurang (with
 * simulations: over the positions with a need, the mean share of runs
 * ending the year short), and with o->biaya biaya_total and persen_apbd
 * (of the year's APBD, when given).  Returns the rows rejected by the
 * moves. */
unsigned long asn_skenario_run(const asn_skenario_set *set, const asn_plan *proto,
                               asn_cohort *c, int years, const asn_skenario_run_options *o,
                               asn_csv_writer *w);

#endif
