#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "cohort_read.h"
#include "needs.h"
#include "rules.h"
#include "table.h"
#include "text.h"
#include "tumbuh.h"

enum { BY_MAX = 64 };

void
asn_group_keys_init(asn_group_keys *k, const char *const *by, size_t nby,
    asn_names_memo *names)
{
	memset(k, 0, sizeof *k);
	k->by = by;
	k->nby = nby;
	k->names = names;
	/* never NULL, so that an empty key (--by '') is a valid memcpy source */
	k->keycap = 64;
	k->key = asn_malloc(k->keycap);
}

void
asn_group_keys_free(asn_group_keys *k)
{
	free(k->cols);
	free(k->key);
	asn_layanan_staf_finish(k->layanan);
	k->cols = NULL;
	k->key = NULL;
	k->layanan = NULL;
}

int *
asn_group_keys_columns(asn_group_keys *k, size_t n)
{
	free(k->cols);
	k->cols = asn_calloc(n ? n : 1, sizeof *k->cols);
	k->staff = 0;
	return k->cols;
}

void
asn_group_keys_require(asn_group_keys *k, asn_input *in)
{
	size_t i;

	asn_group_keys_columns(k, k->nby);
	for (i = 0; i < k->nby; i++)
		k->cols[i] = asn_input_require(in, k->by[i], " (--by)");
	k->staff = asn_layanan_staf_columns(k->layanan, &in->table);
}

size_t
asn_group_keys_append(asn_group_keys *k, size_t len, const char *v, size_t vlen)
{
	if (len + vlen + 1 > k->keycap) {
		k->keycap = 2 * (len + vlen + 1);
		k->key = asn_realloc(k->key, k->keycap);
	}
	memcpy(k->key + len, v, vlen);
	k->key[len + vlen] = '\0';
	return len + vlen + 1;
}

int
asn_group_keys_is_name(const char *column)
{
	return strcasecmp(column, "unit") == 0 || strcasecmp(column, "jabatan") == 0 ||
	    strcasecmp(column, "subunit") == 0;
}

size_t
asn_group_keys_make(asn_group_keys *k, const asn_csv_record *rec, size_t n, const size_t *index)
{
	const char *v;
	size_t i, j, len = 0, vlen;

	for (i = 0; i < n; i++) {
		v = rec->fields[k->cols[i]];
		vlen = rec->lengths[k->cols[i]];
		j = index ? index[i] : i;
		/* unit, jabatan and subunit matched to NEEDS in their one form */
		if (k->names && j < k->nby && asn_group_keys_is_name(k->by[j]))
			v = asn_names_memo_get(k->names, v, vlen, &vlen);
		/* a teacher or health worker fills a position of the standards */
		if (k->staff && j < k->nby && strcasecmp(k->by[j], "jabatan") == 0)
			v = asn_layanan_staf_jabatan(k->layanan, rec, v, &vlen);
		len = asn_group_keys_append(k, len, v, vlen);
	}
	return len;
}

/* The position's need year by year as its sector grows; the standard
 * errors of positions on one series add up (they move together). */
static void
grow(asn_cohort_group *g, const asn_needs_entry *e, const asn_tumbuh *tumbuh)
{
	double sd;
	int y;

	if (!g->kebutuhan_tahun) {
		g->kebutuhan_tahun = asn_calloc((size_t)tumbuh->years, sizeof *g->kebutuhan_tahun);
		g->kebutuhan_sd = asn_calloc((size_t)tumbuh->years, sizeof *g->kebutuhan_sd);
	}
	for (y = 0; y < tumbuh->years; y++) {
		g->kebutuhan_tahun[y] += e->kebutuhan * asn_tumbuh_faktor(tumbuh, e->keys[1], y, &sd);
		g->kebutuhan_sd[y] += e->kebutuhan * sd;
	}
}

unsigned long
asn_cohort_read_needs(asn_cohort *c, asn_group_keys *k, const asn_config *cfg, const char *path,
    unsigned char delimiter, const asn_tumbuh *tumbuh)
{
	asn_needs needs;
	asn_needs_options opt;
	const asn_needs_entry *e;
	const char *extra[BY_MAX];
	size_t pos[BY_MAX], i, j, len, nextra;
	unsigned long rejected;
	char err[1024];
	asn_cohort_group *g;
	int rc;

	nextra = asn_needs_key_positions(k->by, k->nby, pos, extra);
	asn_needs_options_init(&opt, cfg);
	opt.delimiter = delimiter;
	opt.extra_keys = extra;
	opt.nextra = nextra;
	rc = asn_needs_read_file(&needs, path, &opt, err, sizeof err);
	if (rc != ASN_NEEDS_OK) {
		asn_needs_free(&needs);
		asn_die(rc == ASN_NEEDS_EKEY ? ASN_EXIT_USAGE : ASN_EXIT_INPUT, "%s%s", err,
		    rc == ASN_NEEDS_EKEY ? " (named by --by)" : "");
	}
	/* Positions are summed into the groups of --by. */
	for (i = 0; i < needs.nentries; i++) {
		e = &needs.entries[i];
		for (len = 0, j = 0; j < k->nby; j++)
			len = asn_group_keys_append(k, len, e->keys[pos[j]], strlen(e->keys[pos[j]]));
		g = asn_cohort_group_get(c, k->key, len);
		g->has_kebutuhan = 1;
		g->kebutuhan += e->kebutuhan;
		if (tumbuh && tumbuh->years)
			grow(g, e, tumbuh);
	}
	rejected = needs.nrejected;
	if (!k->layanan)
		k->layanan = asn_needs_staf(&needs, 1, opt.acronyms);
	asn_needs_free(&needs);
	return rejected;
}

void
asn_cohort_read_hires(asn_cohort *c, asn_group_keys *k, asn_input *in, const char *path,
    unsigned char delimiter)
{
	static const char form[] = " (hires: tahun,keys...,masuk)";
	const asn_cohort_options *o = asn_cohort_get_options(c);
	int c_tahun, c_masuk, last = o->first_year + o->years - 1;
	size_t i, keylen;
	long tahun, masuk;
	asn_cohort_group *g;

	asn_input_open(in, path, delimiter);
	c_tahun = asn_input_require(in, "tahun", form);
	c_masuk = asn_input_require(in, "masuk", form);
	asn_group_keys_columns(k, k->nby);
	for (i = 0; i < k->nby; i++)
		k->cols[i] = asn_input_require(in, k->by[i], " (--by)");
	while (asn_input_next(in)) {
		tahun = asn_input_whole(in, c_tahun, "tahun", 1900, 2199, "expected a year");
		masuk = asn_input_whole(in, c_masuk, "masuk", 0, 10000000,
		    "expected a whole number >= 0");
		if (tahun < o->first_year || tahun > last) {
			if (!asn_quiet)
				asn_warn("%s:%ld: tahun %ld outside the projection %d-%d: not used",
				    in->name, in->rec.line, tahun, o->first_year, last);
			continue;
		}
		keylen = asn_group_keys_make(k, &in->rec, k->nby, NULL);
		g = asn_cohort_group_get(c, k->key, keylen);
		g->planned[tahun - o->first_year] += masuk;
	}
	asn_input_close(in);
}

void
asn_cohort_read_history(asn_cohort *c, asn_group_keys *k, asn_history *h, asn_input *in,
    const char *path, unsigned char delimiter)
{
	static const char form[] = " (history: tahun,keys...,awal,keluar)";
	size_t i, nkeys, key_index[BY_MAX], keylen;
	int c_tahun, c_awal, c_keluar;
	long awal, keluar;
	char expected[64];

	asn_input_open(in, path, delimiter);
	c_tahun = asn_input_require(in, "tahun", form);
	c_awal = asn_input_require(in, "awal", form);
	c_keluar = asn_input_require(in, "keluar", form);
	asn_group_keys_columns(k, k->nby);
	for (nkeys = 0, i = 0; i < k->nby && i < BY_MAX; i++)
		if ((k->cols[nkeys] = asn_table_find(&in->table, k->by[i])) >= 0)
			key_index[nkeys++] = i;
	while (asn_input_next(in)) {
		/* a year, though the rate pools them */
		(void)asn_input_whole(in, c_tahun, "tahun", 1900, 2199, "expected a year");
		awal = asn_input_whole(in, c_awal, "awal", 0, 100000000,
		    "expected a whole number >= 0");
		snprintf(expected, sizeof expected, "expected a whole number from 0 to awal (%ld)",
		    awal);
		keluar = asn_input_whole(in, c_keluar, "keluar", 0, awal, expected);
		keylen = asn_group_keys_make(k, &in->rec, nkeys, key_index);
		asn_history_add(h, k->key, keylen, awal, keluar);
	}
	if (h->n == 0)
		asn_die(ASN_EXIT_INPUT, "%s: no rows: nothing to estimate an exit rate from",
		    in->name);
	asn_input_close(in);
	asn_history_apply(h, c, key_index, nkeys, path);
}

void
asn_cohort_warn_near_misses(const asn_cohort *c, asn_cohort_group **groups, size_t n,
    const char *const *by)
{
	asn_names_position *a, *b;
	size_t i, na = 0, nb = 0;

	a = asn_calloc(n + 1, sizeof(*a));
	b = asn_calloc(n + 1, sizeof(*b));
	for (i = 0; i < n; i++) {
		asn_names_position pos = { groups[i]->key, groups[i]->keylen };
		long awal = asn_cohort_awal(c, groups[i]);

		if (groups[i]->has_kebutuhan && awal == 0)
			a[na++] = pos;
		else if (!groups[i]->has_kebutuhan && awal > 0)
			b[nb++] = pos;
	}
	asn_names_warn_near_misses(by, a, na, b, nb);
	free(a);
	free(b);
}

int
asn_cohort_read_pensiun(const asn_input *in, const asn_config *cfg, int pensiun, int lahir,
    int jenis_jabatan, int jabatan, asn_date *d, unsigned long long *rejected)
{
	const asn_csv_record *rec = &in->rec;
	const char *v;
	asn_date birth;

	if (pensiun >= 0) {
		v = rec->fields[pensiun];
		if (asn_date_parse_iso(v, rec->lengths[pensiun], d) == 0)
			return 0;
		asn_reject(rejected, in->name, rec->line, -1, *v ? "tanggal_pensiun '%s': expected a "
		    "date YYYY-MM-DD" : "tanggal_pensiun%s is empty", v);
		return -1;
	}
	v = rec->fields[lahir];
	if (asn_date_parse_iso(v, rec->lengths[lahir], &birth) != 0) {
		asn_reject(rejected, in->name, rec->line, -1,
		    "tanggal_lahir '%s': expected a date YYYY-MM-DD", v);
		return -1;
	}
	/* PP 11/2017 art. 239-240: BUP by position, retirement the month after */
	*d = asn_rules_retirement_date(birth, asn_rules_bup(cfg, rec->fields[jenis_jabatan],
	    rec->fields[jabatan]));
	return 0;
}

int
asn_group_keys_valid_utf8(const asn_group_keys *k, const asn_input *in, size_t n,
    unsigned long long *rejected)
{
	const asn_csv_record *rec = &in->rec;
	size_t i;
	int c;

	for (i = 0; i < n; i++) {
		c = k->cols[i];
		if (!asn_utf8_valid(rec->fields[c], rec->lengths[c])) {
			asn_reject(rejected, in->name, rec->line, -1, "column '%s': invalid UTF-8 "
			    "(save the file as CSV UTF-8)", in->table.names[c]);
			return 0;
		}
	}
	return 1;
}
