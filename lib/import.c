#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "import.h"
#include "names.h"
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
	int t, i, c;

	memset(ctx, 0, sizeof *ctx);
	ctx->cfg = cfg;
	ctx->profile = profile;
	ctx->table = table;
	ctx->as_of = as_of;
	for (t = 0; t < ASN_NTARGETS; t++) {
		ctx->src[t] = ctx->alt[t] = -1;
		for (j = 0; j < profile->nsource[t] && ctx->alt[t] < 0; j++) {
			c = asn_table_find(table, profile->source[t][j]);
			if (c < 0 || c == ctx->src[t])
				continue;
			if (ctx->src[t] < 0)
				ctx->src[t] = c;
			else
				ctx->alt[t] = c;
		}
	}
	for (t = 0; t < ASN_NTARGETS; t++) {
		int cols[2] = { ctx->src[t], ctx->alt[t] }, k;
		size_t m;

		for (k = 0; k < 2; k++) {
			for (m = 0; m < ctx->nmapped && ctx->mapped[m] != cols[k]; m++)
				;
			if (cols[k] >= 0 && m == ctx->nmapped)
				ctx->mapped[ctx->nmapped++] = cols[k];
		}
	}
	for (i = 0; required[i] >= 0; i++) {
		t = required[i];
		/* SIASN gives the unit as a UNOR path or its levels */
		if (t == ASN_COL_UNIT && (ctx->src[ASN_TGT_UNOR] >= 0 || ctx->src[ASN_TGT_UNOR_1] >= 0))
			continue;
		if (ctx->src[t] < 0) {
			*missing = t;
			return -1;
		}
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
	va_list again;

	r->bad_col = ctx->src[target];
	r->bad_colname = asn_profile_targets[target];
	r->bad_value = value ? value : "";
	va_copy(again, ap);
	if (vsnprintf(r->reason, sizeof r->reason, fmt, ap) >= (int)sizeof r->reason)
		drop_partial_char(r->reason);
	if (vsnprintf(r->message, sizeof r->message, gettext(fmt), again) >= (int)sizeof r->message)
		drop_partial_char(r->message);
	va_end(again);
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

/* A reason with a part that is itself a reason (a NIP's): fmt takes the
 * value and that part, English in the reason column, in the user's language
 * (said) in the message. */
static int reject_parts(const asn_import_ctx *ctx, asn_import_result *r, int target,
                        const char *value, const char *fmt, const char *english, const char *said)
{
	r->bad_col = ctx->src[target];
	r->bad_colname = asn_profile_targets[target];
	r->bad_value = value ? value : "";
	if (snprintf(r->reason, sizeof r->reason, fmt, value, english) >= (int)sizeof r->reason)
		drop_partial_char(r->reason);
	if (snprintf(r->message, sizeof r->message, gettext(fmt), value, said) >=
	    (int)sizeof r->message)
		drop_partial_char(r->message);
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

static const char *column_value(const asn_import_ctx *ctx, const asn_csv_record *rec, int target,
                                int c)
{
	if (c < 0 || (size_t)c >= rec->nfields)
		return "";
	return asn_profile_map_value(ctx->profile, target, rec->fields[c]);
}

const char *asn_import_value(const asn_import_ctx *ctx, const asn_csv_record *rec, int target)
{
	const char *v = column_value(ctx, rec, target, ctx->src[target]);

	if (!*v && ctx->alt[target] >= 0)
		v = column_value(ctx, rec, target, ctx->alt[target]);
	return v;
}

static int blank_byte(char c)
{
	return c == ' ' || c == '\t';
}

/* An identifier behind an apostrophe: mostly digits, with the blanks,
 * '+', '-', '.' and ',' a telephone or NPWP number is written with, or a
 * letter typed for a digit. */
static int quoted_number(const char *s, size_t len)
{
	size_t i, digits = 0;

	if (len < 2 || s[0] != '\'')
		return 0;
	for (i = 1; i < len; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			digits++;
		else if (!strchr(" +-.,", s[i]) && !(s[i] >= 'A' && s[i] <= 'Z') &&
		         !(s[i] >= 'a' && s[i] <= 'z'))
			return 0;
	}
	/* mostly digits: a NIP with a typo ("19730O...") keeps its place */
	return digits > 0 && 2 * digits > len - 1;
}

void asn_import_prepare(const asn_import_ctx *ctx, asn_csv_record *rec)
{
	size_t i, n;
	char *f;
	int c;

	for (i = 0; i < rec->nfields; i++)
		if (rec->fields[i][0] == '\'' && quoted_number(rec->fields[i], rec->lengths[i])) {
			rec->fields[i]++;
			rec->lengths[i]--;
		}
	for (i = 0; i < ctx->nmapped; i++) {
		c = ctx->mapped[i];
		if ((size_t)c >= rec->nfields || (n = rec->lengths[c]) == 0)
			continue;
		f = rec->fields[c];
		if (!blank_byte(f[0]) && !blank_byte(f[n - 1]))
			continue;
		while (n > 0 && blank_byte(f[n - 1]))
			f[--n] = '\0';
		while (n > 0 && blank_byte(*f)) {
			f++;
			n--;
		}
		rec->fields[c] = f;
		rec->lengths[c] = n;
	}
}

int asn_import_blank(const asn_csv_record *rec)
{
	size_t i;

	for (i = 0; i < rec->nfields; i++)
		if (strspn(rec->fields[i], " \t") != rec->lengths[i])
			return 0;
	return 1;
}

/* Segment [s, e) of a UNOR path, blanks trimmed, into out. */
static void copy_segment(const char *s, const char *e, char *out, size_t size)
{
	size_t n;

	while (s < e && blank_byte(*s))
		s++;
	while (e > s && blank_byte(e[-1]))
		e--;
	n = (size_t)(e - s);
	if (size == 0)
		return;
	if (n >= size)
		n = size - 1;
	memcpy(out, s, n);
	out[n] = '\0';
}

static int is_root(const char *s, const char *e)
{
	while (s < e && blank_byte(*s))
		s++;
	return ((size_t)(e - s) >= 10 && strncasecmp(s, "PEMERINTAH", 10) == 0) ||
	       ((size_t)(e - s) >= 6 && (strncasecmp(s, "PEMKAB", 6) == 0 ||
	                                 strncasecmp(s, "PEMKOT", 6) == 0 ||
	                                 strncasecmp(s, "PEMPROV", 7) == 0));
}

void asn_import_unor_path(const char *path, char *unit, size_t unit_size, char *subunit,
                          size_t subunit_size)
{
	const char *seg[64], *end[64], *p = path, *dash;
	size_t n = 0, k, opd;

	while (n < 64) {
		dash = strstr(p, " - ");
		seg[n] = p;
		end[n] = dash ? dash : p + strlen(p);
		n++;
		if (!dash)
			break;
		p = dash + 3;
	}
	for (k = 0; k < n && !is_root(seg[k], end[k]); k++)
		;
	/* the OPD is just below the root; with no root, the top segment */
	opd = k < n ? (k > 0 ? k - 1 : 0) : n - 1;
	copy_segment(seg[opd], end[opd], unit, unit_size);
	copy_segment(seg[0], end[0], subunit, subunit_size);
}

void asn_import_jenjang_first(const char *jabatan, char *out, size_t size)
{
	/* PP 11/2017 art. 69-73: the jenjang of a JF, keahlian and keterampilan */
	static const char *const jenjang[] = {
		"AHLI UTAMA", "AHLI MADYA", "AHLI MUDA", "AHLI PERTAMA", "PENYELIA", "MAHIR",
		"TERAMPIL", "PEMULA", NULL
	};
	size_t i, n;

	for (i = 0; jenjang[i]; i++) {
		n = strlen(jenjang[i]);
		if (strncasecmp(jabatan, jenjang[i], n) == 0 && strncmp(jabatan + n, " - ", 3) == 0 &&
		    jabatan[n + 3]) {
			snprintf(out, size, "%s %.*s", jabatan + n + 3, (int)n, jabatan);
			return;
		}
	}
	snprintf(out, size, "%s", jabatan);
}

static int parse_date_field(const asn_import_ctx *ctx, asn_import_result *r, const char *v,
                            int target, char buf[11], asn_date *d)
{
	const char *why;

	if (asn_date_parse(v, strlen(v), d, &why) != 0) {
		asn_import_reject(ctx, r, target, v, "%s '%s': %s", asn_profile_targets[target], v, why);
		snprintf(r->message, sizeof r->message, "%s '%s': %s", asn_profile_targets[target], v,
		         gettext(why));
		return -1;
	}
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
			if (snprintf(r->message, sizeof r->message,
			             _("column '%s': invalid UTF-8 (save the file as CSV UTF-8)"),
			             ctx->table->names[i]) >= (int)sizeof r->message)
				drop_partial_char(r->message);
			return -1;
		}
	return 0;
}

/* A NIP that went through a spreadsheet as a number: "1,97608E+17" (digits
 * gone) or 18 digits ending in 000 (Excel keeps 15 significant digits). */
static const char *excel_nip_damage(const char *v)
{
	size_t n = strlen(v);

	if (strpbrk(v, "Ee") && strchr(v, '+') && strspn(v, "0123456789.,Ee+") == n)
		return N_("Excel turned it into a number and dropped its digits");
	if (n == 18 && strspn(v, "0123456789") == 18 && strcmp(v + 15, "000") == 0)
		return N_("serial 000: Excel keeps only 15 significant digits of a number");
	if (n > 18 && strspn(v, "0123456789") == 18 && (strcmp(v + 18, ".0") == 0 ||
	    strcmp(v + 18, ",0") == 0 || strcmp(v + 18, ".00") == 0))
		return N_("Excel wrote it as a decimal number");
	return NULL;
}

/* A NIP in the groups of an SK or a SIMPEG list, "19800101 200501 1 018"
 * (birth date, TMT, gender, serial), joined into out; 0, or -1 if v is
 * not written so. */
static int nip_groups(const char *v, char out[19])
{
	static const int group[] = { 8, 6, 1, 3 };
	size_t n = 0, g, i;

	for (g = 0; g < 4; g++) {
		if (g > 0 && *v++ != ' ')
			return -1;
		for (i = 0; i < (size_t)group[g]; i++, v++) {
			if (*v < '0' || *v > '9')
				return -1;
			out[n++] = *v;
		}
	}
	out[n] = '\0';
	return *v ? -1 : 0;
}

/* Dates: the forms of asn_date_parse and, in a spreadsheet's date column,
 * an Excel serial number. */
static int parse_date_any(const asn_import_ctx *ctx, asn_import_result *r, const char *v,
                          int target, char buf[11], asn_date *d)
{
	if (asn_date_parse_excel_serial(v, strlen(v), d) == 0) {
		asn_date_format(*d, buf);
		return 0;
	}
	return parse_date_field(ctx, r, v, target, buf, d);
}

static const char *const *acronyms(const asn_config *cfg)
{
	return cfg->nsingkatan ? (const char *const *)cfg->singkatan : NULL;
}

/* The one form of a name into out (size bytes), through the caller's memo
 * when there is one: a million rows hold a few thousand names.  Returns
 * the length the form needs, as asn_names_normalize. */
static size_t name_form(const asn_import_ctx *ctx, const char *s, char *out, size_t size)
{
	const char *form;
	size_t n;

	if (!ctx->names)
		return asn_names_normalize(s, acronyms(ctx->cfg), out, size);
	form = asn_names_memo_get(ctx->names, s, strlen(s), &n);
	if (n < size)
		memcpy(out, form, n + 1);
	else if (size)
		out[0] = '\0';
	return n;
}

/* unit and subunit of the row: the profile's unit column (a SIMPEG list,
 * the canonical table), else SIASN's UNOR path or UNOR (1..3) levels.
 * Returns 0, or -1 when a name is too long to keep whole. */
static int unit_of(const asn_import_ctx *ctx, const asn_csv_record *rec, asn_import_result *r)
{
	const char *unit = r->val[ASN_COL_UNIT], *subunit = r->val[ASN_COL_SUBUNIT], *v;
	char raw_unit[2048], raw_sub[2048];   /* longer than a name may be */
	int t, deepest = -1;

	raw_unit[0] = raw_sub[0] = '\0';
	if (*(v = asn_import_value(ctx, rec, ASN_TGT_UNOR))) {
		asn_import_unor_path(v, raw_unit, sizeof raw_unit, raw_sub, sizeof raw_sub);
		if (!*unit)
			unit = raw_unit;
		if (!*subunit)
			subunit = raw_sub;
	} else if (!*unit && *asn_import_value(ctx, rec, ASN_TGT_UNOR_1)) {
		/* levels from the top: UNOR (1) the OPD, the deepest given the subunit */
		unit = asn_import_value(ctx, rec, ASN_TGT_UNOR_1);
		for (t = ASN_TGT_UNOR_1; t <= ASN_TGT_UNOR_3; t++)
			if (*asn_import_value(ctx, rec, t))
				deepest = t;
		if (is_root(unit, unit + strlen(unit)) && deepest > ASN_TGT_UNOR_1) {
			unit = asn_import_value(ctx, rec, ASN_TGT_UNOR_2);
		}
		if (!*subunit)
			subunit = asn_import_value(ctx, rec, deepest);
	}
	/* a name is never cut: one too long is a rejected row */
	if (name_form(ctx, unit, r->unit, sizeof r->unit) >= sizeof r->unit)
		return asn_import_reject(ctx, r, ASN_COL_UNIT, unit, "unit is longer than %zu bytes",
		                         sizeof r->unit - 1);
	r->val[ASN_COL_UNIT] = r->unit;
	if (*subunit || ctx->src[ASN_COL_SUBUNIT] >= 0 || ctx->src[ASN_TGT_UNOR] >= 0 ||
	    ctx->src[ASN_TGT_UNOR_1] >= 0) {
		if (name_form(ctx, subunit, r->subunit, sizeof r->subunit) >= sizeof r->subunit)
			return asn_import_reject(ctx, r, ASN_COL_SUBUNIT, subunit,
			                         "subunit is longer than %zu bytes", sizeof r->subunit - 1);
		r->val[ASN_COL_SUBUNIT] = r->subunit;
	}
	return 0;
}

/* Status from JENIS PEGAWAI (a name or ID) and STATUS CPNS PNS (P, C). */
static const char *status_of(const asn_import_ctx *ctx, const asn_csv_record *rec,
                             const char *v)
{
	const char *status = *v ? asn_status_parse(v) : NULL;
	const char *cpns = asn_import_value(ctx, rec, ASN_TGT_STATUS_CPNS);
	int c = ctx->src[ASN_TGT_STATUS_CPNS];
	const char *raw = c >= 0 && (size_t)c < rec->nfields ? rec->fields[c] : "";

	if (status && strcmp(status, "PNS") == 0 && strcmp(cpns, "CPNS") == 0)
		return "CPNS";
	if (!status && !*v && *raw)
		status = strcmp(cpns, "CPNS") == 0 ? "CPNS" :
		         strcasecmp(raw, "P") == 0 || strcasecmp(raw, "PNS") == 0 ? "PNS" : NULL;
	return status;
}

int asn_import_row(const asn_import_ctx *ctx, const asn_csv_record *rec, asn_import_result *r)
{
	const asn_config *cfg = ctx->cfg;
	const char *v, *depan, *belakang, *status, *pend, *word, *damage;
	asn_date tmt, tmt_jabatan, *tmtp = NULL;
	asn_nip nip;
	char buf[ASN_IMPORT_REASON_MAX], said[ASN_IMPORT_REASON_MAX];
	int t, age, tmt_age;

	memset(r->val, 0, sizeof r->val);
	r->nip_number = 0;
	r->bad_col = -1;
	r->bad_colname = "";
	r->bad_value = "";
	r->reason[0] = r->message[0] = '\0';
	if (check_utf8(ctx, rec, r))
		return -1;
	for (t = 0; t < ASN_NCOLS_ALL; t++)
		r->val[t] = asn_import_value(ctx, rec, t);

	/* status first: it decides the NIP and golongan forms */
	v = r->val[ASN_COL_STATUS];
	status = status_of(ctx, rec, v);
	if (!status && !*v)
		return asn_import_reject(ctx, r, ASN_COL_STATUS, v,
		                         "status is empty (expected PNS, CPNS or PPPK)");
	if (!status)
		return asn_import_reject(ctx, r, ASN_COL_STATUS, v,
		                         "status '%s': expected PNS, CPNS or PPPK", v);
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
	if (parse_date_any(ctx, r, v, ASN_COL_TANGGAL_LAHIR, r->dates[0], &r->birth))
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
	if (nip_groups(v, r->nip) == 0)
		v = r->val[ASN_COL_NIP] = r->nip;
	if ((damage = excel_nip_damage(v)) != NULL)
		return reject_parts(ctx, r, ASN_COL_NIP, v,
		                    N_("nip '%s': %s; the NIP cannot be recovered from it: export "
		                       "again from SIASN, or in Excel format the NIP column as Text "
		                       "before saving"), damage, _(damage));
	if (asn_nip_parse_reason(v, strlen(v), r->kind, &nip, buf, sizeof buf) != 0) {
		asn_nip_parse_message(v, strlen(v), r->kind, &nip, said, sizeof said);
		return reject_parts(ctx, r, ASN_COL_NIP, v, N_("nip '%s': %s"), buf, said);
	}

	v = r->val[ASN_COL_TMT_CPNS];
	if (*v) {
		if (parse_date_any(ctx, r, v, ASN_COL_TMT_CPNS, r->dates[1], &tmt))
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

	if (asn_nip_check(&nip, r->birth, r->jk[0], tmtp, buf, sizeof buf) != 0) {
		asn_nip_check_message(&nip, r->birth, r->jk[0], tmtp, said, sizeof said);
		return reject_parts(ctx, r, ASN_COL_NIP, r->val[ASN_COL_NIP], N_("nip '%s': %s"), buf,
		                    said);
	}

	v = r->val[ASN_COL_GOLONGAN];
	r->golongan_index = r->kind == ASN_NIP_PPPK ? asn_golongan_pppk(v, r->golongan)
	                                            : asn_golongan_pns(v, r->golongan);
	if (r->golongan_index < 0)
		return r->kind == ASN_NIP_PPPK
		       ? asn_import_reject(ctx, r, ASN_COL_GOLONGAN, v,
		                           "golongan '%s': expected I to XVII for PPPK", v)
		       : asn_import_reject(ctx, r, ASN_COL_GOLONGAN, v,
		                           "golongan '%s': expected I/a to IV/e for PNS", v);
	r->val[ASN_COL_GOLONGAN] = r->golongan;

	v = r->val[ASN_COL_PENDIDIKAN];
	if (asn_pendidikan_parse(v, &pend) < 0)
		return asn_import_reject(ctx, r, ASN_COL_PENDIDIKAN, v,
		                         "pendidikan '%s': expected SD, SMP, SMA, D1, D2, D3, D4, S1, "
		                         "S2 or S3 (or a BKN tingkat pendidikan)", v);
	r->val[ASN_COL_PENDIDIKAN] = pend;

	v = r->val[ASN_COL_JABATAN];
	if (!*v)
		return asn_import_reject(ctx, r, ASN_COL_JABATAN, v, "jabatan is empty");
	if (strlen(v) >= sizeof r->jabatan - 8)
		return asn_import_reject(ctx, r, ASN_COL_JABATAN, v, "jabatan is longer than %zu bytes",
		                         sizeof r->jabatan - 9);
	if (strstr(v, " - ")) {
		asn_import_jenjang_first(v, buf, sizeof buf);
		v = buf;
	}
	name_form(ctx, v, r->jabatan, sizeof r->jabatan);
	r->val[ASN_COL_JABATAN] = r->jabatan;
	/* the export's JENIS JABATAN first; a structural post's level from its
	 * eselon; the jabatan name only where neither says */
	if (!*r->val[ASN_COL_JENIS_JABATAN] &&
	    (word = asn_eselon_jenis_jabatan(asn_import_value(ctx, rec, ASN_TGT_ESELON))) != NULL)
		r->val[ASN_COL_JENIS_JABATAN] = word;
	asn_profile_derive(ctx->profile, r->jabatan, &r->val[ASN_COL_JENIS_JABATAN],
	                   &r->val[ASN_COL_BIDANG]);
	t = asn_jenis_jabatan_find(r->val[ASN_COL_JENIS_JABATAN]);
	if (t < 0)
		return *r->val[ASN_COL_JENIS_JABATAN]
		       ? asn_import_reject(ctx, r, ASN_COL_JENIS_JABATAN, r->val[ASN_COL_JENIS_JABATAN],
		                           "jenis_jabatan '%s': unknown (the 14 values are in asn-import(1))",
		                           r->val[ASN_COL_JENIS_JABATAN])
		       : asn_import_reject(ctx, r, ASN_COL_JABATAN, r->jabatan,
		                           "jenis_jabatan of jabatan '%s': cannot be derived (no "
		                           "JENIS JABATAN or eselon, and the name has no jenjang); add "
		                           "a rule to the map", r->jabatan);
	r->val[ASN_COL_JENIS_JABATAN] = asn_jenis_jabatan_names[t];

	if (unit_of(ctx, rec, r) != 0)
		return -1;
	if (!*r->val[ASN_COL_UNIT])
		return asn_import_reject(ctx, r, ASN_COL_UNIT, "", "unit is empty");

	/* BKN KEDUDUKAN HUKUM; a serving PNS whose jabatan is "PNS Tugas
	 * Belajar" is on study leave (PP 11/2017 art. 211) */
	v = r->val[ASN_COL_KEDUDUKAN];
	if (!*v) {
		word = "aktif";
	} else if (!(word = asn_kedudukan_parse(v))) {
		asn_kedudukan_slug(v, r->kedudukan, sizeof r->kedudukan);
		if (!*r->kedudukan)
			snprintf(r->kedudukan, sizeof r->kedudukan, "tidak_diketahui");
		word = r->kedudukan;
		warn(ctx, rec, "kedudukan '%s' is not a BKN kedudukan hukum: written as '%s', not in post",
		     v, word);
	}
	if (strcmp(word, "aktif") == 0 && strcasecmp(r->jabatan, "PNS Tugas Belajar") == 0)
		word = "tugas_belajar";
	if (word != r->kedudukan)
		memcpy(r->kedudukan, word, strlen(word) + 1);  /* a word of the table: short */
	r->val[ASN_COL_KEDUDUKAN] = r->kedudukan;

	v = r->val[ASN_COL_TMT_JABATAN];
	if (*v) {
		if (parse_date_any(ctx, r, v, ASN_COL_TMT_JABATAN, r->dates[3], &tmt_jabatan))
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
