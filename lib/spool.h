/* Rows held in a temporary file until the end (asn-import --strict writes
 * no row when any is rejected), every write to it checked. */
#ifndef ASN_SPOOL_H
#define ASN_SPOOL_H

#include <stdio.h>

#include "cli.h"

typedef struct asn_spool asn_spool;

/* A temporary file, already unlinked; one that cannot be made ends the
 * program with status 3. */
asn_spool *asn_spool_open(void);
FILE *asn_spool_file(asn_spool *s);

/* Copy what was written to out.  A write that failed on the way into the
 * temporary file (a full disk, ulimit -f) or a read back that fails ends
 * the program with status 3 and a message, so that a cut table is never
 * taken for a whole one; a failed write to out is asn_output_check's. */
void asn_spool_copy(asn_spool *s, asn_output *out);

void asn_spool_close(asn_spool *s);

#endif
