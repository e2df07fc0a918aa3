/* libFuzzer harness for asn-import's row path: any bytes are read as an
 * export under each built-in profile and every row converted.  A kept row
 * must be a well-formed canonical row that imports again unchanged under the
 * canonical profile; a rejected row must say why. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "csv.h"
#include "date.h"
#include "import.h"
#include "nip.h"
#include "pegawai.h"
#include "profile.h"
#include "table.h"
#include "text.h"

static const asn_date as_of = { 2025, 1, 1 };

static void check_warning(const asn_import_ctx *ctx, const asn_csv_record *rec, const char *fmt,
                          va_list ap)
{
	char buf[64];

	(void)ctx;
	if (rec->line < 1 || vsnprintf(buf, sizeof buf, fmt, ap) <= 0)
		__builtin_trap();
}

static void check_date(const char *s, int optional)
{
	asn_date d;
	char buf[11];

	if (optional && !*s)
		return;
	if (asn_date_parse_iso(s, strlen(s), &d) != 0)
		__builtin_trap();
	asn_date_format(d, buf);
	if (strcmp(buf, s) != 0)
		__builtin_trap();
}

static void check_kept(const asn_import_result *r)
{
	const char *const *v = r->val, *pend;
	char gol[8];
	uint64_t number;
	int t, pppk;

	for (t = 0; t < ASN_NCOLS_ALL; t++)
		if (!v[t] || !asn_utf8_valid(v[t], strlen(v[t])))
			__builtin_trap();
	for (t = 0; t < ASN_NCOLS; t++)
		if (!*v[t] && t != ASN_COL_BIDANG && t != ASN_COL_TMT_CPNS)
			__builtin_trap();
	pppk = strcmp(v[ASN_COL_STATUS], "PPPK") == 0;
	if (!pppk && strcmp(v[ASN_COL_STATUS], "PNS") != 0 && strcmp(v[ASN_COL_STATUS], "CPNS") != 0)
		__builtin_trap();
	if (strlen(v[ASN_COL_NIP]) != 18 || asn_nip_to_number(v[ASN_COL_NIP], &number) != 0 ||
	    number != r->nip_number)
		__builtin_trap();
	if (strcmp(v[ASN_COL_JENIS_KELAMIN], "L") != 0 && strcmp(v[ASN_COL_JENIS_KELAMIN], "P") != 0)
		__builtin_trap();
	if ((pppk ? asn_golongan_pppk(v[ASN_COL_GOLONGAN], gol)
	          : asn_golongan_pns(v[ASN_COL_GOLONGAN], gol)) < 0 ||
	    strcmp(gol, v[ASN_COL_GOLONGAN]) != 0)
		__builtin_trap();
	if (asn_pendidikan_parse(v[ASN_COL_PENDIDIKAN], &pend) < 0 ||
	    strcmp(pend, v[ASN_COL_PENDIDIKAN]) != 0)
		__builtin_trap();
	t = asn_jenis_jabatan_find(v[ASN_COL_JENIS_JABATAN]);
	if (t < 0 || strcmp(asn_jenis_jabatan_names[t], v[ASN_COL_JENIS_JABATAN]) != 0)
		__builtin_trap();
	check_date(v[ASN_COL_TANGGAL_LAHIR], 0);
	check_date(v[ASN_COL_TMT_CPNS], pppk);
	check_date(v[ASN_COL_TANGGAL_PENSIUN], 0);
	check_date(v[ASN_COL_TMT_JABATAN], 1);
	if (strcmp(v[ASN_COL_TANGGAL_PENSIUN], v[ASN_COL_TANGGAL_LAHIR]) <= 0)
		__builtin_trap();
	if (*v[ASN_COL_TMT_CPNS] && strcmp(v[ASN_COL_TMT_CPNS], v[ASN_COL_TANGGAL_LAHIR]) <= 0)
		__builtin_trap();
}

static void check_rejected(const asn_import_ctx *ctx, const asn_import_result *r)
{
	size_t i;
	int names_valid = 1;

	for (i = 0; i < ctx->table->ncols; i++)
		names_valid &= asn_utf8_valid(ctx->table->names[i], strlen(ctx->table->names[i]));
	if (!*r->reason || (names_valid && !asn_utf8_valid(r->reason, strlen(r->reason))))
		__builtin_trap();
	if (r->bad_col >= (int)ctx->table->ncols || !r->bad_colname || !r->bad_value)
		__builtin_trap();
}

/* The canonical table asn-import writes must import again as it is. */
static void check_round_trip(const asn_config *cfg, const asn_profile *canonical,
                             const asn_import_result *r)
{
	asn_csv_record header, rec;
	char *fields[ASN_NCOLS_ALL];
	size_t lengths[ASN_NCOLS_ALL];
	asn_import_ctx ctx;
	asn_import_result again;
	asn_table t;
	char err[256];
	int c, missing;

	for (c = 0; c < ASN_NCOLS_ALL; c++) {
		fields[c] = (char *)asn_pegawai_columns[c];
		lengths[c] = strlen(fields[c]);
	}
	header.nfields = ASN_NCOLS_ALL;
	header.fields = fields;
	header.lengths = lengths;
	header.line = header.end_line = 1;
	if (asn_table_init(&t, &header, err, sizeof err) != 0 ||
	    asn_import_ctx_init(&ctx, cfg, canonical, &t, as_of, &missing) != 0)
		__builtin_trap();
	ctx.warn = check_warning;
	for (c = 0; c < ASN_NCOLS_ALL; c++) {
		fields[c] = (char *)r->val[c];
		lengths[c] = strlen(fields[c]);
	}
	rec = header;
	rec.line = rec.end_line = 2;
	asn_import_result_init(&again);
	if (asn_import_row(&ctx, &rec, &again) != 0)
		__builtin_trap();
	asn_import_finish(&ctx, &rec, &again);
	for (c = 0; c < ASN_NCOLS_ALL; c++)
		if (strcmp(again.val[c], r->val[c]) != 0)
			__builtin_trap();
	asn_import_result_free(&again);
	asn_table_free(&t);
}

static void import(const uint8_t *data, size_t size, const asn_config *cfg,
                   const asn_profile *profile, const asn_profile *canonical)
{
	asn_csv_reader *rd;
	asn_csv_record rec;
	asn_table t;
	asn_import_ctx ctx;
	asn_import_result r;
	char err[512];
	int missing;

	rd = asn_csv_reader_from_memory(data, size, "export.csv", 0);
	/* as asn-import: SIASN's raw '|' export has no quoting */
	if (asn_csv_reader_detect_delimiter(rd) == '|')
		asn_csv_reader_set_quoting(rd, 0);
	if (asn_table_read_header(&t, rd, err, sizeof err) != 0) {
		asn_csv_reader_free(rd);
		return;
	}
	if (asn_import_ctx_init(&ctx, cfg, profile, &t, as_of, &missing) == 0) {
		ctx.warn = check_warning;
		asn_import_result_init(&r);
		while (asn_csv_reader_next(rd, &rec) > 0) {
			asn_import_prepare(&ctx, &rec);
			if (asn_import_row(&ctx, &rec, &r) == 0) {
				if (r.nip_number == 0)
					__builtin_trap();
				asn_import_finish(&ctx, &rec, &r);
				check_kept(&r);
				check_round_trip(cfg, canonical, &r);
			} else {
				check_rejected(&ctx, &r);
			}
		}
		asn_import_result_free(&r);
	} else if (missing < 0 || missing >= ASN_NTARGETS) {
		__builtin_trap();
	}
	asn_table_free(&t);
	asn_csv_reader_free(rd);
}

/* Loaded once and only read: parsing the profiles' YAML for every input
 * would cost more than the rows. */
static struct {
	asn_config cfg;
	asn_profile siasn, canonical;
} fixed;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char err[256];

	(void)argc, (void)argv;
	asn_config_defaults(&fixed.cfg);
	if (asn_profile_builtin(&fixed.siasn, "siasn", err, sizeof err) != 0 ||
	    asn_profile_builtin(&fixed.canonical, "canonical", err, sizeof err) != 0)
		__builtin_trap();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	import(data, size, &fixed.cfg, &fixed.siasn, &fixed.canonical);
	import(data, size, &fixed.cfg, &fixed.canonical, &fixed.canonical);
	return 0;
}
