/* The staff retiring within a horizon, listed by date. */
#ifndef ASN_RETIREES_H
#define ASN_RETIREES_H

#include <stddef.h>

#include "csv.h"
#include "date.h"

typedef struct {
	asn_date date;
	size_t seq;               /* order read, the last tie-break */
	char *nip, *nama, *unit, *jabatan;
} asn_retiree;

typedef struct {
	asn_retiree *items;
	size_t n, cap;
} asn_retirees;

/* Keep a copy of one retiree's values. */
void asn_retirees_add(asn_retirees *list, asn_date date, const char *nip, const char *nama,
                      const char *unit, const char *jabatan);

/* Sort by tanggal_pensiun, then nip, then the order read, and write
 * nip,nama,unit,jabatan,tanggal_pensiun. */
void asn_retirees_write(asn_retirees *list, asn_csv_writer *w);

void asn_retirees_free(asn_retirees *list);

#endif
