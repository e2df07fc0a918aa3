/* The cost of a projection or a plan (lib/biaya over lib/cohort and
 * lib/plan). */
#ifndef ASN_BIAYA_PLAN_H
#define ASN_BIAYA_PLAN_H

#include "biaya.h"
#include "cohort.h"
#include "plan.h"

/* Each group's other exits at its exit rate, then the plan's hires (plan
 * NULL: none, or with b->intake the projection's expected intake, as PNS);
 * once per run, on costs of the staff alone. */
void asn_biaya_apply(asn_biaya *b, asn_cohort *c, const asn_plan *plan);

/* The moves of --pindah (asn_plan_pindah_read's log) applied to the costs:
 * each move takes its share of its cohort's cost to the receiver. */
void asn_biaya_pindah(asn_biaya *b, const asn_plan_moves *m);

/* asn_plan_pindah_read, the moves then applied to the costs (b NULL:
 * none). */
unsigned long asn_biaya_pindah_read(asn_biaya *b, asn_cohort *c, asn_group_keys *k,
                                    const asn_plan_keys *pk, asn_input *in, const char *path,
                                    unsigned char delimiter, long *moved);

/* The Monte Carlo of the cost: each group's model (its cohorts' costs, and
 * an entrant's: the plan's PNS and PPPK mix, or PNS with no plan) set on
 * the cohort groups for asn_cohort_simulate_all, which then fills the
 * groups' bands and the total.  Call after the moves, before simulating. */
void asn_biaya_simulation(asn_biaya *b, asn_cohort *c, const asn_plan *plan, long sims,
                          double level);
/* The plan's cost band: each group's planned intake set to the plan's,
 * projected, and simulated with its cost (asn_biaya_simulation); the
 * groups' other results are the plan's path after.  The plan's table is
 * written before: it does not change. */
void asn_biaya_plan_simulate(asn_biaya *b, asn_cohort *c, const asn_plan *plan, long sims,
                             unsigned long seed, double level, int threads);

/* The groups' bands into b->band (for asn_biaya_write); nothing when no
 * simulation was set. */
void asn_biaya_simulation_bands(asn_biaya *b, asn_cohort *c);
/* No more cost in the runs: the models, bands and total dropped. */
void asn_biaya_simulation_end(asn_biaya *b, asn_cohort *c);

/* --kuota batas: the plan under the cap.  Year by year, the most hires
 * (kuota->cap[t][semua]) that keep the cost of the year they are first paid
 * in (the next; the last year's, its own) within 30 % of that year's APBD,
 * given the staff, their exits and the hires planned so far: first at the
 * cost of an S1 entrant, then cut while the plan's own entrants overshoot.
 * A year with no APBD is not capped.  proto as for asn_plan_run (its kuota
 * is set to k).  The costs are left as they were. */
void asn_biaya_kuota_batas(asn_biaya *b, asn_cohort *c, const asn_plan *proto,
                           asn_plan_kuota *k, int years);

/* The end of a run: each group's other exits at its exit rate, the plan's
 * hires (plan NULL: none), the cost table written to path.  Returns the
 * rows rejected while costing. */
unsigned long asn_biaya_finish(asn_biaya *b, asn_cohort *c, const asn_plan *plan,
                               const char *path, const char *const *by, size_t nby);

#endif
