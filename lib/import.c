#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "import.h"
#include "pegawai.h"
#include "rules.h"
#include "text.h"

static const int required[] = {
	ASN_COL_NIP, ASN_COL_NAMA, ASN_COL_JENIS_KELAMIN, ASN_COL_TANGGAL_LAHIR,
	ASN_COL_STATUS, ASN_COL_GOLONGAN, ASN_COL_JABATAN, ASN_COL_UNIT,
	ASN_COL_PENDIDIKAN, ASN_COL_TMT_CPNS, -1
};

int asn_import_ctx_init(asn_import_ctx *ctx, const asn_config *cfg, const asn_profile *profile,
                        const asn_table *table, asn_date as_of, int *missing)
{
	size_t j;
	int t, i;

	memset(ctx, 0, sizeof *ctx);
	ctx->cfg = cfg;
	ctx->profile = profile;
	ctx->table = table;
	ctx->as_of = as_of;
	for (t = 0; t < ASN_NTARGETS; t++) {
		ctx->src[t] = -1;
		for (j = 0; j < profile->nsource[t] && ctx->src[t] < 0; j++)
			ctx->src[t] = asn_table_find(table, profile->source[t][j]);
	}
	for (i = 0; required[i] >= 0; i++)
		if (ctx->src[required[i]] < 0) {
			*missing = required[i];
			return -1;
		}
	return 0;
}

void asn_import_result_init(asn_import_result *r)
{
	memset(r, 0, sizeof *r);
	r->bad_col = -1;
}

void asn_import_result_free(asn_import_result *r)
{
	free(r->nama);
	asn_import_result_init(r);
}

/* A cut made by vsnprintf may leave the first bytes of a UTF-8 character. */
static void drop_partial_char(char *s)
{
	size_t len = strlen(s), i = len, need;
	unsigned char lead;

	while (i > 0 && len - i < 3 && ((unsigned char)s[i - 1] & 0xc0) == 0x80)
		i--;
	if (i == 0 || (lead = (unsigned char)s[i - 1]) < 0xc0)
		return;
	need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
	if (len - (i - 1) < need)
		s[i - 1] = '\0';
}

static void vreject(const asn_import_ctx *ctx, asn_import_result *r, int target, const char *value,
                    const char *fmt, va_list ap)
{
	r->bad_col = ctx->src[target];
	r->bad_colname = asn_profile_targets[target];
	r->bad_value = value ? value : "";
	if (vsnprintf(r->reason, sizeof r->reason, fmt, ap) >= (int)sizeof r->reason)
		drop_partial_char(r->reason);
}

int asn_import_reject(const asn_import_ctx *ctx, asn_import_result *r, int target,
                      const char *value, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreject(ctx, r, target, value, fmt, ap);
	va_end(ap);
	return -1;
}

static void warn(const asn_import_ctx *ctx, const asn_csv_record *rec, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void warn(const asn_import_ctx *ctx, const asn_csv_record *rec, const char *fmt, ...)
{
	va_list ap;

	if (!ctx->warn)
		return;
	va_start(ap, fmt);
	ctx->warn(ctx, rec, fmt, ap);
	va_end(ap);
}

const char *asn_import_value(const asn_import_ctx *ctx, const asn_csv_record *rec, int target)
{
	int c = ctx->src[target];

	if (c < 0 || (size_t)c >= rec->nfields)
		return "";
	return asn_profile_map_value(ctx->profile, target, rec->fields[c]);
}

static int parse_date_field(const asn_import_ctx *ctx, asn_import_result *r, const char *v,
                            int target, char buf[11], asn_date *d)
{
	const char *why;

	if (asn_date_parse(v, strlen(v), d, &why) != 0)
		return asn_import_reject(ctx, r, target, v, "%s '%s': %s",
		                         asn_profile_targets[target], v, why);
	asn_date_format(*d, buf);
	return 0;
}

/* The name with its titles: "depan nama, belakang". */
static const char *join_gelar(asn_import_result *r, const char *depan, const char *nama,
                              const char *belakang)
{
	size_t size = strlen(depan) + strlen(nama) + strlen(belakang) + 4;

	if (size > r->nama_size) {
		r->nama = asn_realloc(r->nama, size);
		r->nama_size = size;
	}
	snprintf(r->nama, r->nama_size, "%s%s%s%s%s", depan, *depan ? " " : "", nama,
	         *belakang ? ", " : "", belakang);
	return r->nama;
}

static int check_utf8(const asn_import_ctx *ctx, const asn_csv_record *rec, asn_import_result *r)
{
	size_t i;

	for (i = 0; i < rec->nfields; i++)
		if (!asn_utf8_valid(rec->fields[i], rec->lengths[i])) {
			r->bad_col = (int)i;
			r->bad_colname = ctx->table->names[i];
			r->bad_value = rec->fields[i];
			if (snprintf(r->reason, sizeof r->reason,
			             "column '%s': invalid UTF-8 (save the file as CSV UTF-8)",
			             ctx->table->names[i]) >= (int)sizeof r->reason)
				drop_partial_char(r->reason);
			return -1;
		}
	return 0;
}

int asn_import_row(const asn_import_ctx *ctx, const asn_csv_record *rec, asn_import_result *r)
{
	const asn_config *cfg = ctx->cfg;
	const char *v, *depan, *belakang, *status, *pend;
	asn_date tmt, tmt_jabatan, *tmtp = NULL;
	asn_nip nip;
	char buf[ASN_IMPORT_REASON_MAX];
	int t, age, tmt_age;

	memset(r->val, 0, sizeof r->val);
	r->nip_number = 0;
	r->bad_col = -1;
	r->bad_colname = "";
	r->bad_value = "";
	r->reason[0] = '\0';
	if (check_utf8(ctx, rec, r))
		return -1;
	for (t = 0; t < ASN_NCOLS_ALL; t++)
		r->val[t] = asn_import_value(ctx, rec, t);

	/* status first: it decides the NIP and golongan forms */
	v = r->val[ASN_COL_STATUS];
	if (!*v)
		return asn_import_reject(ctx, r, ASN_COL_STATUS, v,
		                         "status is empty (expected PNS, CPNS or PPPK)");
	if (!(status = asn_status_parse(v)))
		return asn_import_reject(ctx, r, ASN_COL_STATUS, v,
		                         "status '%s': expected PNS, CPNS or PPPK", v);
	if (strcmp(status, "PNS") == 0 &&
	    strcmp(asn_import_value(ctx, rec, ASN_TGT_STATUS_CPNS), "CPNS") == 0)
		status = "CPNS";
	r->val[ASN_COL_STATUS] = status;
	r->kind = strcmp(status, "PPPK") == 0 ? ASN_NIP_PPPK : ASN_NIP_PNS;

	v = r->val[ASN_COL_NAMA];
	if (!*v)
		return asn_import_reject(ctx, r, ASN_COL_NAMA, v, "nama is empty");
	if (asn_nama_has_gelar(v))
		warn(ctx, rec, "nama '%s' holds a gelar (title); keep titles in their own columns", v);
	depan = asn_import_value(ctx, rec, ASN_TGT_GELAR_DEPAN);
	belakang = asn_import_value(ctx, rec, ASN_TGT_GELAR_BELAKANG);
	if (*depan || *belakang)
		r->val[ASN_COL_NAMA] = join_gelar(r, depan, v, belakang);

	v = r->val[ASN_COL_JENIS_KELAMIN];
	r->jk[0] = asn_jenis_kelamin_parse(v);
	r->jk[1] = '\0';
	if (!r->jk[0])
		return asn_import_reject(ctx, r, ASN_COL_JENIS_KELAMIN, v,
		                         "jenis_kelamin '%s': expected L or P (also M/F, Pria/Wanita, "
		                         "Laki-laki/Perempuan, 1/2)", v);
	r->val[ASN_COL_JENIS_KELAMIN] = r->jk;

	v = r->val[ASN_COL_TANGGAL_LAHIR];
	if (parse_date_field(ctx, r, v, ASN_COL_TANGGAL_LAHIR, r->dates[0], &r->birth))
		return -1;
	r->val[ASN_COL_TANGGAL_LAHIR] = r->dates[0];
	if (asn_date_cmp(r->birth, ctx->as_of) > 0)
		return asn_import_reject(ctx, r, ASN_COL_TANGGAL_LAHIR, v,
		                         "tanggal_lahir %s is in the future", r->dates[0]);
	age = asn_date_age(r->birth, ctx->as_of);
	if (age < cfg->age_min || age > cfg->age_max)
		return asn_import_reject(ctx, r, ASN_COL_TANGGAL_LAHIR, v,
		                         "age %d at %04d-%02d-%02d outside %d-%d", age,
		                         ctx->as_of.year, ctx->as_of.month, ctx->as_of.day,
		                         cfg->age_min, cfg->age_max);

	v = r->val[ASN_COL_NIP];
	if (asn_nip_parse_reason(v, strlen(v), r->kind, &nip, buf, sizeof buf) != 0)
		return asn_import_reject(ctx, r, ASN_COL_NIP, v, "nip '%s': %s", v, buf);

	v = r->val[ASN_COL_TMT_CPNS];
	if (*v) {
		if (parse_date_field(ctx, r, v, ASN_COL_TMT_CPNS, r->dates[1], &tmt))
			return -1;
		r->val[ASN_COL_TMT_CPNS] = r->dates[1];
		tmtp = &tmt;
		tmt_age = asn_date_age(r->birth, tmt);
		if (asn_date_cmp(tmt, r->birth) <= 0 || tmt_age < cfg->tmt_min_age)
			return asn_import_reject(ctx, r, ASN_COL_TMT_CPNS, v, "tmt_cpns %s before age %d",
			                         r->dates[1], cfg->tmt_min_age);
	} else if (r->kind == ASN_NIP_PNS) {
		return asn_import_reject(ctx, r, ASN_COL_TMT_CPNS, v,
		                         "tmt_cpns is empty (required for %s)", status);
	}

	if (asn_nip_check(&nip, r->birth, r->jk[0], tmtp, buf, sizeof buf) != 0)
		return asn_import_reject(ctx, r, ASN_COL_NIP, r->val[ASN_COL_NIP], "nip '%s': %s",
		                         r->val[ASN_COL_NIP], buf);

	v = r->val[ASN_COL_GOLONGAN];
	r->golongan_index = r->kind == ASN_NIP_PPPK ? asn_golongan_pppk(v, r->golongan)
	                                            : asn_golongan_pns(v, r->golongan);
	if (r->golongan_index < 0)
		return asn_import_reject(ctx, r, ASN_COL_GOLONGAN, v, "golongan '%s': expected %s", v,
		                         r->kind == ASN_NIP_PPPK ? "I to XVII for PPPK"
		                                                 : "I/a to IV/e for PNS");
	r->val[ASN_COL_GOLONGAN] = r->golongan;

	v = r->val[ASN_COL_PENDIDIKAN];
	if (asn_pendidikan_parse(v, &pend) < 0)
		return asn_import_reject(ctx, r, ASN_COL_PENDIDIKAN, v,
		                         "pendidikan '%s': expected SD, SMP, SMA, D1, D2, D3, D4, S1, "
		                         "S2 or S3", v);
	r->val[ASN_COL_PENDIDIKAN] = pend;

	v = r->val[ASN_COL_JABATAN];
	if (!*v)
		return asn_import_reject(ctx, r, ASN_COL_JABATAN, v, "jabatan is empty");
	asn_profile_derive(ctx->profile, v, &r->val[ASN_COL_JENIS_JABATAN], &r->val[ASN_COL_BIDANG]);
	t = asn_jenis_jabatan_find(r->val[ASN_COL_JENIS_JABATAN]);
	if (t < 0)
		return asn_import_reject(ctx, r, ASN_COL_JENIS_JABATAN, r->val[ASN_COL_JENIS_JABATAN],
		                         *r->val[ASN_COL_JENIS_JABATAN]
		                         ? "jenis_jabatan '%s': unknown (see DESIGN.md for the 14 values)"
		                         : "jenis_jabatan%s: cannot be derived from the jabatan name; "
		                           "add a rule to the map",
		                         r->val[ASN_COL_JENIS_JABATAN]);
	r->val[ASN_COL_JENIS_JABATAN] = asn_jenis_jabatan_names[t];

	if (!*r->val[ASN_COL_UNIT])
		return asn_import_reject(ctx, r, ASN_COL_UNIT, "", "unit is empty");

	v = r->val[ASN_COL_TMT_JABATAN];
	if (*v) {
		if (parse_date_field(ctx, r, v, ASN_COL_TMT_JABATAN, r->dates[3], &tmt_jabatan))
			return -1;
		r->val[ASN_COL_TMT_JABATAN] = r->dates[3];
	}

	if (asn_nip_to_number(r->val[ASN_COL_NIP], &r->nip_number) != 0)
		r->nip_number = 0;
	return 0;
}

void asn_import_finish(const asn_import_ctx *ctx, const asn_csv_record *rec, asn_import_result *r)
{
	const char *pend = r->val[ASN_COL_PENDIDIKAN];
	asn_date pensiun;
	int entry;

	/* PP 11/2017 art. 239: BUP by position; retirement the month after */
	pensiun = asn_rules_retirement_date(r->birth,
	                                    asn_rules_bup(ctx->cfg, r->val[ASN_COL_JENIS_JABATAN],
	                                                  r->val[ASN_COL_JABATAN]));
	asn_date_format(pensiun, r->dates[2]);
	r->val[ASN_COL_TANGGAL_PENSIUN] = r->dates[2];

	entry = asn_rules_entry_golongan(pend);
	if (r->kind == ASN_NIP_PNS && entry >= 0 && r->golongan_index < entry)
		warn(ctx, rec, "golongan %s below the entry rank for %s", r->golongan, pend);
}
