#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "retirees.h"

void asn_retirees_add(asn_retirees *list, asn_date date, const char *nip, const char *nama,
                      const char *unit, const char *jabatan)
{
	asn_retiree *r;

	if (list->n == list->cap) {
		list->cap = list->cap ? 2 * list->cap : 256;
		list->items = asn_realloc(list->items, list->cap * sizeof *list->items);
	}
	r = &list->items[list->n];
	r->date = date;
	r->seq = list->n++;
	r->nip = asn_strdup(nip);
	r->nama = asn_strdup(nama);
	r->unit = asn_strdup(unit);
	r->jabatan = asn_strdup(jabatan);
}

static int by_date(const void *a, const void *b)
{
	const asn_retiree *x = a, *y = b;
	int d = asn_date_cmp(x->date, y->date);

	if (!d)
		d = strcmp(x->nip, y->nip);
	return d ? d : (x->seq > y->seq) - (x->seq < y->seq);
}

void asn_retirees_write(asn_retirees *list, asn_csv_writer *w)
{
	static const char *const columns[] = { "nip", "nama", "unit", "jabatan", "tanggal_pensiun" };
	char date[11];
	size_t i;

	if (list->n > 1)
		qsort(list->items, list->n, sizeof *list->items, by_date);
	for (i = 0; i < sizeof columns / sizeof columns[0]; i++)
		asn_csv_write_str(w, columns[i]);
	asn_csv_end_record(w);
	for (i = 0; i < list->n; i++) {
		asn_date_format(list->items[i].date, date);
		asn_csv_write_str(w, list->items[i].nip);
		asn_csv_write_str(w, list->items[i].nama);
		asn_csv_write_str(w, list->items[i].unit);
		asn_csv_write_str(w, list->items[i].jabatan);
		asn_csv_write_str(w, date);
		asn_csv_end_record(w);
	}
}

void asn_retirees_free(asn_retirees *list)
{
	size_t i;

	for (i = 0; i < list->n; i++) {
		free(list->items[i].nip);
		free(list->items[i].nama);
		free(list->items[i].unit);
		free(list->items[i].jabatan);
	}
	free(list->items);
	memset(list, 0, sizeof *list);
}
