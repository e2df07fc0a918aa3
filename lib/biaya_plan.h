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

/* The end of a run: each group's other exits at its exit rate, the plan's
 * hires (plan NULL: none), the cost table written to path.  Returns the
 * rows rejected while costing. */
unsigned long asn_biaya_finish(asn_biaya *b, asn_cohort *c, const asn_plan *plan,
                               const char *path, const char *const *by, size_t nby);

#endif
