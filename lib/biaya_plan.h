/* The cost of a projection or a plan (lib/biaya over lib/cohort and
 * lib/plan). */
#ifndef ASN_BIAYA_PLAN_H
#define ASN_BIAYA_PLAN_H

#include "biaya.h"
#include "cohort.h"
#include "plan.h"

/* Each group's other exits at its exit rate, then the plan's hires (plan
 * NULL: none); once per run, on costs of the staff alone. */
void asn_biaya_apply(asn_biaya *b, asn_cohort *c, const asn_plan *plan);

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
