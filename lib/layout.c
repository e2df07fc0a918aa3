#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "date.h"
#include "layout.h"

/* SIASN's and SIMPEG's date columns: TMT ..., TANGGAL ..., TGL ... */
static int date_column(const char *name)
{
	return strncasecmp(name, "TMT ", 4) == 0 || strncasecmp(name, "TANGGAL ", 8) == 0 ||
	       strncasecmp(name, "TGL ", 4) == 0 || strncasecmp(name, "TMT_", 4) == 0 ||
	       strncasecmp(name, "TANGGAL_", 8) == 0;
}

static int is_canonical_name(const char *name)
{
	int t;

	for (t = 0; t < ASN_NCOLS_ALL; t++)
		if (strcasecmp(asn_pegawai_columns[t], name) == 0)
			return 1;
	return 0;
}

static int column_used(const asn_import_ctx *ctx, int col)
{
	int t;

	for (t = 0; t < ASN_NTARGETS; t++)
		if (ctx->src[t] == col || ctx->alt[t] == col)
			return 1;
	return 0;
}

void asn_layout_init(asn_layout *l, const asn_import_ctx *ctx, const asn_table *t)
{
	int k, c;

	memset(l, 0, sizeof *l);
	for (k = ASN_NCOLS; k < ASN_NCOLS_ALL; k++)
		l->optional[k] = ctx->src[k] >= 0;
	/* subunit also from SIASN's UNOR path or levels */
	l->optional[ASN_COL_SUBUNIT] |= ctx->src[ASN_TGT_UNOR] >= 0 ||
	                                ctx->src[ASN_TGT_UNOR_1] >= 0;
	l->passthrough = asn_calloc(t->ncols, sizeof *l->passthrough);
	l->passthrough_date = asn_calloc(t->ncols, sizeof *l->passthrough_date);
	for (c = 0; (size_t)c < t->ncols; c++)
		if (!column_used(ctx, c) && !is_canonical_name(t->names[c])) {
			l->passthrough_date[l->npassthrough] = date_column(t->names[c]);
			l->passthrough[l->npassthrough++] = asn_strdup(t->names[c]);
		}
}

int *asn_layout_columns(const asn_layout *l, const asn_import_ctx *ctx, const asn_table *t,
                        const char *name)
{
	int *columns = asn_calloc(l->npassthrough ? l->npassthrough : 1, sizeof *columns);
	char *passed = asn_calloc(t->ncols ? t->ncols : 1, 1);
	size_t j;
	int c;

	for (j = 0; j < l->npassthrough; j++)
		if ((columns[j] = asn_table_find(t, l->passthrough[j])) >= 0)
			passed[columns[j]] = 1;
	for (c = 0; (size_t)c < t->ncols; c++)
		if (!passed[c] && !column_used(ctx, c) && !is_canonical_name(t->names[c]))
			asn_warn("%s:1: column '%s' is not in the first input's header: not written",
			         name, t->names[c]);
	free(passed);
	return columns;
}

void asn_layout_write_header(const asn_layout *l, asn_csv_writer *w)
{
	size_t i;
	int t;

	for (t = 0; t < ASN_NCOLS; t++)
		asn_csv_write_str(w, asn_pegawai_columns[t]);
	for (t = ASN_NCOLS; t < ASN_NCOLS_ALL; t++)
		if (l->optional[t])
			asn_csv_write_str(w, asn_pegawai_columns[t]);
	for (i = 0; i < l->npassthrough; i++)
		asn_csv_write_str(w, l->passthrough[i]);
	asn_csv_end_record(w);
}

void asn_layout_write_row(const asn_layout *l, asn_csv_writer *w, const int *columns,
                          const asn_csv_record *rec, const asn_import_result *r)
{
	asn_date d;
	char iso[11];
	size_t i;
	int t, c;

	for (t = 0; t < ASN_NCOLS; t++)
		asn_csv_write_str(w, r->val[t]);
	for (t = ASN_NCOLS; t < ASN_NCOLS_ALL; t++)
		if (l->optional[t])
			asn_csv_write_str(w, r->val[t]);
	for (i = 0; i < l->npassthrough; i++) {
		c = columns[i];
		if (c < 0 || (size_t)c >= rec->nfields)
			asn_csv_write_str(w, "");
		else if (l->passthrough_date[i] && rec->lengths[c] &&
		         (asn_date_parse_excel_serial(rec->fields[c], rec->lengths[c], &d) == 0 ||
		          asn_date_parse(rec->fields[c], rec->lengths[c], &d, NULL) == 0)) {
			/* dates are ISO in every output, whatever the export wrote */
			asn_date_format(d, iso);
			asn_csv_write_str(w, iso);
		} else {
			asn_csv_write_field(w, rec->fields[c], rec->lengths[c]);
		}
	}
	asn_csv_end_record(w);
}

void asn_layout_free(asn_layout *l)
{
	size_t i;

	for (i = 0; i < l->npassthrough; i++)
		free(l->passthrough[i]);
	free(l->passthrough);
	free(l->passthrough_date);
	memset(l, 0, sizeof *l);
}
