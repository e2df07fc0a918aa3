#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "abk.h"
#include "cli.h"
#include "names.h"
#include "input.h"
#include "needs.h"
#include "needs_int.h"
#include "table.h"
#include "text.h"

const char *const asn_needs_column_names[NCOLS] = {
	"unit", "jabatan", "kebutuhan", "uraian_tugas", "volume", "satuan_periode",
	"norma_waktu", "satuan_waktu", "cas_persen", "ias_jam", "subunit", "jenjang", "jenis",
	"siswa"
};

/* One task row of an ABK table, or the allowances of a WISN row. */
typedef struct {
	double hours, cas, ias;
} task;

static void
default_reject(void *ctx, const char *file, long line, const char *column, const char *value,
    const char *message)
{
	(void)ctx;
	(void)column;
	(void)value;
	asn_warn("%s:%ld: %s", file, line, message);
}

int
asn_needs_reject(reading *rd, const asn_csv_record *rec, int col, const char *fmt, ...)
{
	asn_needs_reject_fn *fn = rd->opt->reject ? rd->opt->reject : default_reject;
	char message[MESSAGE_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(message, sizeof(message), gettext(fmt), ap);
	va_end(ap);
	rd->n->nrejected++;
	fn(rd->opt->ctx, rd->n->name, rec->line, col >= 0 ? rd->table.names[col] : "",
	    col >= 0 ? rec->fields[col] : "", message);
	return -1;
}

static const char *
field(const reading *rd, const asn_csv_record *rec, int c)
{
	int col = rd->col[c];

	return col >= 0 ? rec->fields[col] : "";
}

/* Number >= 0, at most max (and < below when below > 0) in column c; else
 * reject. */
static int
number(reading *rd, const asn_csv_record *rec, int c, double below, double max, double *out)
{
	const char *v = field(rd, rec, c);
	const char *name = asn_needs_column_names[c];

	if (!*v)
		return asn_needs_reject(rd, rec, rd->col[c], "%s is empty", name);
	if (asn_number_parse(v, ASN_NUMBER_SIGN, out) < 0)
		return asn_needs_reject(rd, rec, rd->col[c], "%s '%s': not a number%s", name, v,
		    strchr(v, ',') ? _(" (use '.' as the decimal separator)") : "");
	if (*out < 0)
		return asn_needs_reject(rd, rec, rd->col[c], "%s '%s': must not be negative", name, v);
	if (below > 0 && *out >= below)
		return asn_needs_reject(rd, rec, rd->col[c], "%s '%s': expected less than %g", name, v, below);
	if (*out > max)
		return asn_needs_reject(rd, rec, rd->col[c], "%s '%s': expected at most %.0f", name, v, max);
	return 0;
}

static uint64_t
hash_keys(const char *const *keys, size_t nkeys)
{
	uint64_t h = 1469598103934665603ULL;
	const unsigned char *p;
	size_t k;

	for (k = 0; k < nkeys; k++) {
		for (p = (const unsigned char *)keys[k]; *p; p++)
			h = (h ^ *p) * 1099511628211ULL;
		h = (h ^ 0xff) * 1099511628211ULL;
	}
	return h;
}

static int
same_keys(const asn_needs_entry *e, const char *const *keys, size_t nkeys)
{
	size_t k;

	for (k = 0; k < nkeys; k++)
		if (strcmp(e->keys[k], keys[k]) != 0)
			return 0;
	return 1;
}

/* Slot of the entry with these keys, or of the empty slot where it goes. */
static size_t
lookup(const asn_needs *n, const char *const *keys)
{
	size_t mask = n->nslots - 1, i;

	for (i = hash_keys(keys, n->nkeys) & mask; n->slots[i]; i = (i + 1) & mask)
		if (same_keys(&n->entries[n->slots[i] - 1], keys, n->nkeys))
			break;
	return i;
}

static void
grow_slots(asn_needs *n)
{
	size_t i, j;

	free(n->slots);
	n->nslots = n->nslots ? 2 * n->nslots : 64;
	n->slots = asn_calloc(n->nslots, sizeof(*n->slots));
	for (i = 0; i < n->nentries; i++) {
		j = lookup(n, (const char *const *)n->entries[i].keys);
		n->slots[j] = i + 1;
	}
}

asn_needs_entry *
asn_needs_add_entry(asn_needs *n, const char *const *keys, long line)
{
	asn_needs_entry *e;
	size_t k;

	if (2 * (n->nentries + 1) > n->nslots)
		grow_slots(n);
	n->entries = asn_realloc(n->entries, (n->nentries + 1) * sizeof(*n->entries));
	e = &n->entries[n->nentries++];
	memset(e, 0, sizeof(*e));
	e->keys = asn_calloc(n->nkeys, sizeof(*e->keys));
	for (k = 0; k < n->nkeys; k++)
		e->keys[k] = asn_strdup(keys[k]);
	e->line = line;
	e->beban_jam = n->form == ASN_NEEDS_ABK ? 0 : NAN;
	n->slots[lookup(n, keys)] = n->nentries;
	return e;
}

asn_needs_entry *
asn_needs_find_entry(asn_needs *n, const char *const *keys)
{
	size_t i;

	if (!n->nslots)
		return NULL;
	i = lookup(n, keys);
	return n->slots[i] ? &n->entries[n->slots[i] - 1] : NULL;
}

const asn_needs_entry *
asn_needs_find(const asn_needs *n, const char *const *keys)
{
	return asn_needs_find_entry((asn_needs *)n, keys);
}

static int
read_keys(reading *rd, const asn_csv_record *rec)
{
	size_t k;
	int c;

	for (k = 0; k < rd->n->nkeys; k++) {
		/* a schools or facilities table's jabatan come from the standards */
		if ((c = rd->key_col[k]) < 0)
			continue;
		if (!asn_utf8_valid(rec->fields[c], rec->lengths[c]))
			return asn_needs_reject(rd, rec, c, "column '%s': invalid UTF-8 (save the file as CSV UTF-8)",
			    rd->table.names[c]);
		rd->keys[k] = rec->fields[c];
		/* names written by hand match the export's in their one form (lib/names) */
		if (k < 2 || strcasecmp(rd->n->key_names[k], "subunit") == 0) {
			asn_names_normalize(rec->fields[c], rd->opt->acronyms, rd->norm[k],
			    sizeof(rd->norm[k]));
			rd->keys[k] = rd->norm[k];
		}
	}
	if (!*rd->keys[0])
		return asn_needs_reject(rd, rec, rd->key_col[0], "unit is empty");
	if (rd->key_col[1] >= 0 && !*rd->keys[1])
		return asn_needs_reject(rd, rec, rd->key_col[1], "jabatan is empty");
	return 0;
}

static int
duplicate(reading *rd, const asn_csv_record *rec, const asn_needs_entry *e)
{
	char position[MESSAGE_MAX / 2];
	size_t k, len = 0;
	int n;

	position[0] = '\0';
	for (k = 0; k < rd->n->nkeys && len < sizeof(position); k++) {
		n = snprintf(position + len, sizeof(position) - len, "%s%s '%s'", k ? ", " : "",
		    rd->n->key_names[k], rd->keys[k]);
		if (n < 0)
			break;
		len += (size_t)n;
	}
	return asn_needs_reject(rd, rec, rd->key_col[1], "duplicate position: %s already on line %ld",
	    position, e->line);
}

static int
formasi_row(reading *rd, const asn_csv_record *rec)
{
	asn_needs_entry *e;
	double kebutuhan;
	int status = asn_table_find(&rd->table, "status");

	/* asn-gap's own row of staff in a position no NEEDS gave: no need to read */
	if (!*field(rd, rec, COL_KEBUTUHAN) && status >= 0 &&
	    strcmp(rec->fields[status], "tanpa_kebutuhan") == 0)
		return 0;
	if (number(rd, rec, COL_KEBUTUHAN, 0, ASN_NEEDS_MAX_STAFF, &kebutuhan) < 0)
		return -1;
	if ((e = asn_needs_find_entry(rd->n, rd->keys)))
		return duplicate(rd, rec, e);
	e = asn_needs_add_entry(rd->n, rd->keys, rec->line);
	e->nrows = 1;
	e->kebutuhan_hitung = kebutuhan;
	return 0;
}

static int
allowance_only(const reading *rd, const asn_csv_record *rec)
{
	return rd->n->wisn && !*field(rd, rec, COL_VOLUME) && !*field(rd, rec, COL_SATUAN_PERIODE) &&
	    !*field(rd, rec, COL_NORMA_WAKTU) && !*field(rd, rec, COL_SATUAN_WAKTU) &&
	    (*field(rd, rec, COL_CAS_PERSEN) || *field(rd, rec, COL_IAS_JAM));
}

static int
task_of(reading *rd, const asn_csv_record *rec, task *t)
{
	const char *v;
	double volume, norma;
	int period, unit;

	memset(t, 0, sizeof(*t));
	if (!allowance_only(rd, rec)) {
		if (number(rd, rec, COL_VOLUME, 0, ASN_NEEDS_MAX_HOURS, &volume) < 0)
			return -1;
		v = field(rd, rec, COL_SATUAN_PERIODE);
		if ((period = asn_abk_period_parse(v)) < 0)
			return asn_needs_reject(rd, rec, rd->col[COL_SATUAN_PERIODE],
			    "satuan_periode '%s': expected tahun, bulan, minggu or hari", v);
		if (number(rd, rec, COL_NORMA_WAKTU, 0, ASN_NEEDS_MAX_HOURS, &norma) < 0)
			return -1;
		v = field(rd, rec, COL_SATUAN_WAKTU);
		if ((unit = asn_abk_time_unit_parse(v)) < 0)
			return asn_needs_reject(rd, rec, rd->col[COL_SATUAN_WAKTU],
			    "satuan_waktu '%s': expected menit or jam", v);
		t->hours = asn_abk_workload_hours(volume, (asn_abk_period)period, norma,
		    (asn_abk_time_unit)unit, rd->opt->hari_kerja, rd->opt->minggu_kerja);
	}
	if (rd->col[COL_CAS_PERSEN] >= 0 && *field(rd, rec, COL_CAS_PERSEN) &&
	    number(rd, rec, COL_CAS_PERSEN, 100, 100, &t->cas) < 0)
		return -1;
	if (rd->col[COL_IAS_JAM] >= 0 && *field(rd, rec, COL_IAS_JAM) &&
	    number(rd, rec, COL_IAS_JAM, 0, ASN_NEEDS_MAX_HOURS, &t->ias) < 0)
		return -1;
	return 0;
}

/* The need of a position of these totals, allowances included. */
static double
position_need(double hours, double cas, double ias, double wke_hours)
{
	return asn_wisn_required(asn_abk_need(hours, wke_hours), asn_wisn_caf(cas),
	    asn_wisn_iaf(ias, wke_hours));
}

static int
abk_row(reading *rd, const asn_csv_record *rec)
{
	asn_needs_entry *e;
	double hours, cas, ias, need;
	task t;
	int c;

	if (task_of(rd, rec, &t) < 0)
		return -1;
	e = asn_needs_find_entry(rd->n, rd->keys);
	hours = (e ? e->beban_jam : 0) + t.hours;
	cas = (e ? e->cas_persen : 0) + t.cas;
	ias = (e ? e->ias_jam : 0) + t.ias;
	if (cas >= 100)
		return asn_needs_reject(rd, rec, rd->col[COL_CAS_PERSEN],
		    "cas_persen '%s': the position's total reaches 100%% (CAF undefined)",
		    field(rd, rec, COL_CAS_PERSEN));
	/* each total grows only by what the row adds: the row's column is to blame */
	if (!(hours <= ASN_NEEDS_MAX_HOURS))
		return asn_needs_reject(rd, rec, rd->col[COL_NORMA_WAKTU], "norma_waktu '%s': the position's "
		    "workload reaches %g hours a year, above %.0f", field(rd, rec, COL_NORMA_WAKTU),
		    hours, ASN_NEEDS_MAX_HOURS);
	if (!(ias <= ASN_NEEDS_MAX_HOURS))
		return asn_needs_reject(rd, rec, rd->col[COL_IAS_JAM], "ias_jam '%s': the position's total "
		    "reaches %g hours a year, above %.0f", field(rd, rec, COL_IAS_JAM), ias,
		    ASN_NEEDS_MAX_HOURS);
	need = position_need(hours, cas, ias, rd->opt->wke_hours);
	if (!(need <= ASN_NEEDS_MAX_STAFF)) {
		c = t.cas > 0 ? COL_CAS_PERSEN : t.ias > 0 ? COL_IAS_JAM : COL_NORMA_WAKTU;
		return asn_needs_reject(rd, rec, rd->col[c], "%s '%s': the position's need reaches %g staff, "
		    "above %.0f", asn_needs_column_names[c], field(rd, rec, c), need, ASN_NEEDS_MAX_STAFF);
	}
	if (!e)
		e = asn_needs_add_entry(rd->n, rd->keys, rec->line);
	e->nrows++;
	e->beban_jam = hours;
	e->cas_persen = cas;
	e->ias_jam = ias;
	return 0;
}

static void
finish(asn_needs *n, const asn_needs_options *opt)
{
	asn_needs_entry *e;
	size_t i;

	for (i = 0; i < n->nentries; i++) {
		e = &n->entries[i];
		if (n->form == ASN_NEEDS_ABK) {
			e->caf = asn_wisn_caf(e->cas_persen);
			e->iaf = asn_wisn_iaf(e->ias_jam, opt->wke_hours);
			e->kebutuhan_hitung = asn_wisn_required(asn_abk_need(e->beban_jam, opt->wke_hours),
			    e->caf, e->iaf);
		} else {
			e->caf = 1;
			e->iaf = 0;
		}
		e->kebutuhan = asn_abk_round(e->kebutuhan_hitung, opt->rounding);
	}
}

static int
header_error(char *err, size_t errsize, const char *name, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static int
header_error(char *err, size_t errsize, const char *name, const char *fmt, ...)
{
	va_list ap;
	int len;

	len = snprintf(err, errsize, "%s:1: ", name);
	if (len >= 0 && (size_t)len < errsize) {
		va_start(ap, fmt);
		vsnprintf(err + len, errsize - (size_t)len, gettext(fmt), ap);
		va_end(ap);
	}
	return ASN_NEEDS_EINPUT;
}

/* Tell the form from the header and find its columns. */
static int
resolve(reading *rd, const asn_needs_options *opt, char *err, size_t errsize)
{
	asn_needs *n = rd->n;
	int c, abk_cols = 0, layanan;
	size_t k;

	for (c = 0; c < NCOLS; c++)
		rd->col[c] = asn_table_find(&rd->table, asn_needs_column_names[c]);
	for (c = COL_URAIAN_TUGAS; c <= COL_SATUAN_WAKTU; c++)
		abk_cols += rd->col[c] >= 0;
	n->wisn = rd->col[COL_CAS_PERSEN] >= 0 || rd->col[COL_IAS_JAM] >= 0;
	layanan = rd->col[COL_JENJANG] >= 0 || rd->col[COL_JENIS] >= 0;
	if (layanan) {
		if ((c = asn_needs_layanan_resolve(rd, err, errsize)) != ASN_NEEDS_OK)
			return c;
	} else if (rd->col[COL_KEBUTUHAN] >= 0 && abk_cols) {
		return header_error(err, errsize, n->name, "both a formasi column (kebutuhan) and "
		    "ABK columns: a NEEDS table is one or the other");
	} else if (rd->col[COL_KEBUTUHAN] >= 0) {
		n->form = ASN_NEEDS_FORMASI;
		if (n->wisn)
			return header_error(err, errsize, n->name, "WISN columns (cas_persen, ias_jam) "
			    "need an ABK workload table, not a formasi");
	} else if (abk_cols) {
		n->form = ASN_NEEDS_ABK;
		for (c = COL_URAIAN_TUGAS; c <= COL_SATUAN_WAKTU; c++)
			if (rd->col[c] < 0)
				return header_error(err, errsize, n->name,
				    "missing required column '%s' (ABK workload table)", asn_needs_column_names[c]);
	} else {
		return header_error(err, errsize, n->name, "not a NEEDS table: expected a formasi "
		    "(unit,jabatan,kebutuhan), an ABK workload table (unit,jabatan,uraian_tugas,"
		    "volume,satuan_periode,norma_waktu,satuan_waktu), a schools table (unit,subunit,"
		    "jenjang,rombel_1,...) or a facilities table (unit,subunit,jenis)");
	}
	/* the jabatan of schools and facilities come from the standards */
	for (c = COL_UNIT; c <= (layanan ? COL_UNIT : COL_JABATAN); c++)
		if (rd->col[c] < 0)
			return header_error(err, errsize, n->name, "missing required column '%s'",
			    asn_needs_column_names[c]);
	rd->key_col[0] = rd->col[COL_UNIT];
	rd->key_col[1] = rd->col[COL_JABATAN];
	n->key_names[0] = asn_strdup(rd->table.names[rd->col[COL_UNIT]]);
	n->key_names[1] = asn_strdup(layanan ? "jabatan" : rd->table.names[rd->col[COL_JABATAN]]);
	for (k = 0; k < opt->nextra; k++) {
		if ((rd->key_col[2 + k] = asn_table_find(&rd->table, opt->extra_keys[k])) < 0) {
			header_error(err, errsize, n->name, "missing key column '%s'", opt->extra_keys[k]);
			return ASN_NEEDS_EKEY;
		}
		n->key_names[n->nkeys++] = asn_strdup(rd->table.names[rd->key_col[2 + k]]);
	}
	/* needs given per subunit stay apart even when the caller groups coarser */
	c = asn_table_find(&rd->table, "subunit");
	for (k = 2; k < n->nkeys && c >= 0; k++)
		if (rd->key_col[k] == c)
			c = -1;
	if (c >= 0) {
		rd->key_col[n->nkeys] = c;
		n->key_names[n->nkeys++] = asn_strdup(rd->table.names[c]);
	}
	return ASN_NEEDS_OK;
}

void
asn_needs_options_init(asn_needs_options *opt, const asn_config *cfg)
{
	memset(opt, 0, sizeof(*opt));
	opt->wke_hours = cfg->wke_hours;
	opt->hari_kerja = cfg->hari_kerja;
	opt->minggu_kerja = cfg->minggu_kerja;
	opt->rounding = cfg->rounding;
	opt->acronyms = cfg->nsingkatan ? (const char *const *)cfg->singkatan : NULL;
}

int
asn_needs_read_csv(asn_needs *n, asn_csv_reader *r, const asn_needs_options *opt,
    char *err, size_t errsize)
{
	reading rd;
	asn_csv_record rec;
	int rc, status;

	memset(n, 0, sizeof(*n));
	memset(&rd, 0, sizeof(rd));
	n->name = asn_strdup(asn_csv_reader_name(r));
	n->key_names = asn_calloc(3 + opt->nextra, sizeof(*n->key_names));
	n->nkeys = 2;
	rd.n = n;
	rd.opt = opt;
	if (!opt->delimiter)
		asn_csv_reader_detect_delimiter(r);
	rc = asn_csv_reader_next(r, &rec);
	if (rc <= 0) {
		if (rc == 0)
			asn_set_error(err, errsize, "%s: empty input (no header row)", n->name);
		else
			snprintf(err, errsize, "%s", asn_csv_reader_error(r));
		return ASN_NEEDS_EINPUT;
	}
	if (asn_table_init(&rd.table, &rec, err, errsize) < 0) {
		char why[512];

		snprintf(why, sizeof(why), "%s", err);
		snprintf(err, errsize, "%s:%ld: %s", n->name, rec.line, why);
		return ASN_NEEDS_EINPUT;
	}
	rd.key_col = asn_calloc(3 + opt->nextra, sizeof(*rd.key_col));
	rd.keys = asn_calloc(3 + opt->nextra, sizeof(*rd.keys));
	rd.norm = asn_calloc(3 + opt->nextra, sizeof(*rd.norm));
	status = resolve(&rd, opt, err, errsize);
	if (status == ASN_NEEDS_OK) {
		asn_csv_reader_expect_fields(r, rd.table.ncols);
		asn_csv_reader_skip_blank_lines(r, 1);
		while ((rc = asn_csv_reader_next(r, &rec)) > 0) {
			n->nread++;
			if (read_keys(&rd, &rec) < 0)
				continue;
			if (n->form == ASN_NEEDS_FORMASI)
				formasi_row(&rd, &rec);
			else if (n->form == ASN_NEEDS_ABK)
				abk_row(&rd, &rec);
			else
				asn_needs_layanan_row(&rd, &rec);
		}
		if (rc < 0) {
			snprintf(err, errsize, "%s", asn_csv_reader_error(r));
			status = ASN_NEEDS_EINPUT;
		} else {
			finish(n, opt);
		}
		n->nblank = asn_csv_reader_blank_lines(r);
	}
	asn_layanan_rules_free(rd.layanan);
	free(rd.keys);
	free(rd.norm);
	free(rd.key_col);
	asn_table_free(&rd.table);
	return status;
}

int
asn_needs_read_file(asn_needs *n, const char *path, const asn_needs_options *opt,
    char *err, size_t errsize)
{
	asn_csv_reader *r;
	FILE *f = stdin;
	int status;

	if (path && strcmp(path, "-") != 0 && !(f = fopen(path, "rb"))) {
		memset(n, 0, sizeof(*n));
		snprintf(err, errsize, "%s: %s", path, strerror(errno));
		return ASN_NEEDS_EINPUT;
	}
	r = asn_csv_reader_from_file(f, f == stdin ? "<stdin>" : path, opt->delimiter);
	status = asn_needs_read_csv(n, r, opt, err, errsize);
	asn_csv_reader_free(r);
	if (f != stdin)
		fclose(f);
	return status;
}

void
asn_needs_free(asn_needs *n)
{
	size_t i, k;

	for (i = 0; i < n->nentries; i++) {
		for (k = 0; k < n->nkeys; k++)
			free(n->entries[i].keys[k]);
		free(n->entries[i].keys);
	}
	for (k = 0; k < n->nkeys; k++)
		free(n->key_names[k]);
	free(n->key_names);
	free(n->entries);
	free(n->slots);
	free(n->name);
	free(n->layanan_path);
	memset(n, 0, sizeof(*n));
}

size_t
asn_needs_key_positions(const char *const *by, size_t n, size_t *pos, const char **extra)
{
	size_t k, nextra = 0;

	for (k = 0; k < n; k++) {
		if (strcasecmp(by[k], "unit") == 0) {
			pos[k] = 0;
		} else if (strcasecmp(by[k], "jabatan") == 0) {
			pos[k] = 1;
		} else {
			pos[k] = 2 + nextra;
			extra[nextra++] = by[k];
		}
	}
	return nextra;
}

/* A NEEDS position, for finding one given in two NEEDS files. */
typedef struct {
	const char *key;             /* unit, jabatan and the extra keys, each ended by NUL */
	size_t key_len;
	size_t file;
	const asn_needs_entry *entry;
} needs_position;

static int by_position(const void *a, const void *b)
{
	const needs_position *x = a, *y = b;
	size_t n = x->key_len < y->key_len ? x->key_len : y->key_len;
	int c = memcmp(x->key, y->key, n);

	if (c)
		return c;
	if (x->key_len != y->key_len)
		return x->key_len < y->key_len ? -1 : 1;
	if (x->file != y->file)
		return x->file < y->file ? -1 : 1;
	return x->entry->line < y->entry->line ? -1 : x->entry->line > y->entry->line;
}

unsigned long asn_needs_merge(const asn_needs *tables, size_t ntables, size_t nextra,
                              asn_needs_add_fn *add, void *ctx)
{
	needs_position *pos;
	const needs_position *owner = NULL;
	char *keys, *p;
	size_t f, i, k, n = 0, size = 0, npos = 0;
	unsigned long overlap = 0;

	for (f = 0; f < ntables; f++)
		for (i = 0, npos += tables[f].nentries; i < tables[f].nentries; i++)
			for (k = 0; k < 2 + nextra; k++)
				size += strlen(tables[f].entries[i].keys[k]) + 1;
	pos = asn_calloc(npos ? npos : 1, sizeof(*pos));
	p = keys = asn_malloc(size ? size : 1);
	for (f = 0; f < ntables; f++)
		for (i = 0; i < tables[f].nentries; i++, n++) {
			pos[n].key = p;
			pos[n].file = f;
			pos[n].entry = &tables[f].entries[i];
			for (k = 0; k < 2 + nextra; k++)
				p += strlen(strcpy(p, pos[n].entry->keys[k])) + 1;
			pos[n].key_len = (size_t)(p - pos[n].key);
		}
	qsort(pos, npos, sizeof(*pos), by_position);
	for (i = 0; i < npos; i++) {
		if (!owner || owner->key_len != pos[i].key_len ||
		    memcmp(owner->key, pos[i].key, pos[i].key_len) != 0)
			owner = &pos[i];
		if (pos[i].file == owner->file) {
			add(ctx, &tables[pos[i].file], pos[i].entry);
			continue;
		}
		overlap++;
		asn_warn("%s:%ld: position unit '%s', jabatan '%s' already has its need in %s:%ld "
		         "(rows not counted)", tables[pos[i].file].name, pos[i].entry->line,
		         pos[i].entry->keys[0], pos[i].entry->keys[1],
		         tables[owner->file].name, owner->entry->line);
	}
	free(keys);
	free(pos);
	return overlap;
}
