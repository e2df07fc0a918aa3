/* The inputs of the report: each table recognised by its header and read
 * into the model, its rows handed to the reader of its kind (report_rows.c). */
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <strings.h>

#include "cli.h"
#include "csv.h"
#include "report.h"
#include "report_model.h"
#include "report_rows.h"
#include "report_text.h"
#include "text.h"
#include "table.h"

static const char *const pegawai_cols[] = {
	"nip", "nama", "jenis_kelamin", "tanggal_lahir", "status", "golongan",
	"jenis_jabatan", "jabatan", "bidang", "unit", "pendidikan", "tmt_cpns",
	"tanggal_pensiun", NULL
};
static const char *const gap_cols[] = {
	"beban_jam", "kebutuhan_hitung", "kebutuhan", "bezetting", "selisih", "status", NULL
};
static const char *const forecast_cols[] = {
	"tahun", "awal", "pensiun", "keluar", "masuk", "akhir", NULL
};
static const char *const retiree_cols[] = {
	"nip", "nama", "unit", "jabatan", "tanggal_pensiun", NULL
};
static const char *const score_cols[] = {
	"nip", "nilai_kinerja", "nilai_potensi", "level_kinerja", "level_potensi", "kotak",
	"rekomendasi", NULL
};
static const char *const ikm_cols[] = {
	"unit", "responden", "nilai_ikm", "mutu", NULL
};
/* The fixed block of asn-score --pengumuman: the formasi columns, the
 * candidate id and the scores are named by the selection rules, so they
 * cannot tell the table. */
static const char *const seleksi_cols[] = {
	"kebutuhan", "nilai_integrasi", "peringkat", "status", "penentu", "keterangan", NULL
};

/* The fixed columns of asn-forecast --plan; the --by keys are those
 * before kebutuhan. */
static const char *const rencana_cols[] = {
	"tahun", "kebutuhan", "proyeksi", "kurang", "wajib", "sektor", "skor", "peringkat",
	"usulan", "pns", "pppk", "sisa", NULL
};
/* The moves of asn-gap --redistribusi; the subunit columns may be left
 * out, as asn-forecast --pindah allows. */
static const char *const pindah_cols[] = {
	"jabatan", "dari_unit", "ke_unit", "jumlah", NULL
};
/* asn-forecast --biaya: the APBD columns are read when they are there. */
static const char *const biaya_cols[] = {
	"tahun", "pegawai", "biaya_gaji", "biaya_tunjangan", "biaya_total", NULL
};

/* asn-import --rejects: these four, then the export's own columns, which
 * may be the pegawai table's: first of all. */
static const char *const rejects_cols[] = {
	"line", "column", "value", "reason", NULL
};
/* asn-gap --calon: the staff named to move, after the moves (a header of
 * the columns both share is the moves') and before the retirees, whose
 * columns but unit it carries. */
static const char *const calon_cols[] = {
	"nip", "jabatan", "dari_unit", "ke_unit", NULL
};
/* asn-forecast --usulan: the jumlah_YYYY columns are found by name. */
static const char *const usulan_cols[] = {
	"jabatan", "kualifikasi_pendidikan", "jumlah", "pns", "pppk", NULL
};

/* asn-forecast --plan --skenario: one row per scenario and year. */
static const char *const skenario_cols[] = {
	"skenario", "tahun", "akhir", "kurang", "posisi_kurang", NULL
};

/* asn-forecast --biaya-rincian: a member's pay per year and pay-table row,
 * before the cost table (whose columns it shares but pegawai) and the
 * pegawai table (nip, nama). */
static const char *const rincian_cols[] = {
	"tahun", "nip", "golongan", "mkg_tabel", "gaji_pokok", "bulan", "biaya_total", NULL
};

/* Most specific first. */
static const struct {
	asn_report_kind kind;
	const char *const *cols;
} kinds[] = {
	{ ASN_REPORT_REJECTS, rejects_cols },
	{ ASN_REPORT_SKENARIO, skenario_cols },
	{ ASN_REPORT_RINCIAN, rincian_cols },
	{ ASN_REPORT_USULAN, usulan_cols },
	{ ASN_REPORT_RENCANA, rencana_cols },
	{ ASN_REPORT_SELEKSI, seleksi_cols },
	{ ASN_REPORT_BIAYA, biaya_cols },
	{ ASN_REPORT_PINDAH, pindah_cols },
	{ ASN_REPORT_CALON, calon_cols },
	{ ASN_REPORT_SCORE, score_cols },
	{ ASN_REPORT_GAP, gap_cols },
	{ ASN_REPORT_FORECAST, forecast_cols },
	{ ASN_REPORT_IKM, ikm_cols },
	{ ASN_REPORT_PEGAWAI, pegawai_cols },
	{ ASN_REPORT_RETIREES, retiree_cols },
};

static const char *const kind_names[ASN_REPORT_NKINDS] = {
	N_("pegawai table"), N_("asn-gap table"), N_("asn-forecast projection"),
	N_("asn-forecast --list-retirees table"), N_("asn-score table"),
	N_("asn-score --ikm table"), N_("asn-score --pengumuman table"),
	N_("asn-forecast --plan table"), N_("asn-gap --redistribusi table"),
	N_("asn-forecast --biaya table"), N_("asn-import --rejects table"),
	N_("asn-gap --calon table"), N_("asn-forecast --usulan table"),
	N_("asn-gap table by subunit"), N_("asn-forecast --skenario table"),
	N_("asn-forecast --biaya-rincian table")
};

const char *asn_report_kind_name(asn_report_kind k)
{
	return k < ASN_REPORT_NKINDS ? _(kind_names[k]) : _("table");
}

static size_t count_names(const char *const *names)
{
	size_t n = 0;

	while (names[n])
		n++;
	return n;
}

static void header_text(const asn_table *t, char *buf, size_t size)
{
	size_t i, n = 0;
	int w;

	buf[0] = '\0';
	for (i = 0; i < t->ncols && n + 1 < size; i++) {
		w = snprintf(buf + n, size - n, "%s%s", i ? "," : "", t->names[i]);
		if (w < 0 || (size_t)w >= size - n) {
			if (size > 4)
				strcpy(buf + size - 4, "...");
			return;
		}
		n += (size_t)w;
	}
}

/* The delimiter a one-column header seems to use instead of a comma. */
static const char *other_delimiter(const asn_table *t)
{
	if (t->ncols != 1)
		return NULL;
	if (strchr(t->names[0], ';'))
		return ";";
	if (strchr(t->names[0], '\t'))
		return "tab";
	if (strchr(t->names[0], '|'))
		return "|";
	return NULL;
}

int asn_report_recognise(const asn_table *t, char *err, size_t errsize)
{
	size_t k, i, found, best_found = 0, best = 0, need;
	const char *missing = NULL, *best_missing = NULL, *delim;
	char raw[200], *header;

	for (k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
		found = 0;
		missing = NULL;
		for (i = 0; kinds[k].cols[i]; i++) {
			if (asn_table_find(t, kinds[k].cols[i]) >= 0)
				found++;
			else if (!missing)
				missing = kinds[k].cols[i];
		}
		/* a gap table by subunit is read beside the one by unit */
		if (!missing && kinds[k].kind == ASN_REPORT_GAP && asn_table_find(t, "subunit") >= 0)
			return (int)ASN_REPORT_GAPSUB;
		if (!missing)
			return (int)kinds[k].kind;
		need = count_names(kinds[k].cols);
		if (found * 2 >= need && found > best_found) {
			best_found = found;
			best = k;
			best_missing = missing;
		}
	}
	/* the header may be anything: show it without control bytes */
	header_text(t, raw, sizeof raw);
	header = asn_report_text_clean(raw, strlen(raw));
	if (best_missing)
		snprintf(err, errsize, _("header not recognised (%s): looks like an %s "
		         "but column '%s' is missing"), header,
		         asn_report_kind_name(kinds[best].kind), best_missing);
	else if ((delim = other_delimiter(t)) != NULL)
		snprintf(err, errsize, _("header not recognised (%s): one column; "
		         "if the file is %s-delimited, use -d '%s'"), header, delim, delim);
	else
		snprintf(err, errsize, _("header not recognised (%s): expected the pegawai table "
		         "or an output of asn-gap, asn-forecast or asn-score"), header);
	free(header);
	return -1;
}

int report_ikm_below_b(const report_ikm_unit *u, double ikm_b)
{
	char m = u->mutu[0];

	if (m)
		return m == 'C' || m == 'c' || m == 'D' || m == 'd';
	return !isnan(u->nilai) && u->nilai < ikm_b;
}

static char **source_of(asn_report_data *d, asn_report_kind k)
{
	switch (k) {
	case ASN_REPORT_PEGAWAI: return &d->pegawai.source;
	case ASN_REPORT_GAP: return &d->gap.source;
	case ASN_REPORT_FORECAST: return &d->forecast.source;
	case ASN_REPORT_RETIREES: return &d->retirees.source;
	case ASN_REPORT_SCORE: return &d->score.source;
	case ASN_REPORT_IKM: return &d->ikm.source;
	case ASN_REPORT_SELEKSI: return &d->seleksi.source;
	case ASN_REPORT_RENCANA: return &d->rencana.source;
	case ASN_REPORT_PINDAH: return &d->pindah.source;
	case ASN_REPORT_BIAYA: return &d->biaya.source;
	case ASN_REPORT_REJECTS: return &d->rejects.source;
	case ASN_REPORT_CALON: return &d->calon.source;
	case ASN_REPORT_USULAN: return &d->usulan.source;
	case ASN_REPORT_SKENARIO: return &d->skenario.source;
	case ASN_REPORT_RINCIAN: return &d->rincian.source;
	case ASN_REPORT_GAPSUB: return &d->gapsub.source;
	default: return NULL;
	}
}

/* Whether a table of kind k was read: the one flag each kind has. */
static int *present_of(asn_report_data *d, asn_report_kind k)
{
	switch (k) {
	case ASN_REPORT_PEGAWAI: return &d->pegawai.present;
	case ASN_REPORT_GAP: return &d->gap.present;
	case ASN_REPORT_FORECAST: return &d->forecast.present;
	case ASN_REPORT_RETIREES: return &d->retirees.present;
	case ASN_REPORT_SCORE: return &d->score.present;
	case ASN_REPORT_IKM: return &d->ikm.present;
	case ASN_REPORT_SELEKSI: return &d->seleksi.present;
	case ASN_REPORT_RENCANA: return &d->rencana.present;
	case ASN_REPORT_PINDAH: return &d->pindah.present;
	case ASN_REPORT_BIAYA: return &d->biaya.present;
	case ASN_REPORT_REJECTS: return &d->rejects.present;
	case ASN_REPORT_CALON: return &d->calon.present;
	case ASN_REPORT_USULAN: return &d->usulan.present;
	case ASN_REPORT_SKENARIO: return &d->skenario.present;
	case ASN_REPORT_RINCIAN: return &d->rincian.present;
	case ASN_REPORT_GAPSUB: return &d->gapsub.present;
	default: return NULL;
	}
}

int asn_report_data_has(const asn_report_data *d, asn_report_kind k)
{
	int *p = present_of((asn_report_data *)d, k);

	return p ? *p : 0;
}

static void set_present(asn_report_data *d, asn_report_kind k, const char *name)
{
	const char *slash = strrchr(name, '/');
	int *p = present_of(d, k);

	if (!p)
		return;
	/* a second cost table: the kind keeps the first one's name */
	if (*p)
		return;
	*p = 1;
	*source_of(d, k) = asn_report_text_clean(slash ? slash + 1 : name,
	                                         strlen(slash ? slash + 1 : name));
}

/* Last month's table of a kind that could not be read whole: the
 * comparison goes on without it. */
static void drop_kind(asn_report_data *d, asn_report_kind k)
{
	int *p = present_of(d, k);

	if (p)
		*p = 0;
}

enum { READ_STRICT, READ_LENIENT };

/* A report shows names as they are: a byte that is not UTF-8 would be shown
 * as a replacement character, so a row with one in a column the report reads
 * is rejected instead. */
static int valid_utf8(report_input *in, const asn_csv_record *rec)
{
	size_t i;
	int c;

	for (i = 0; i < sizeof in->col / sizeof in->col[0]; i++) {
		c = in->col[i];
		if (c >= 0 && (size_t)c < rec->nfields &&
		    !asn_utf8_valid(rec->fields[c], rec->lengths[c])) {
			snprintf(in->reason, sizeof in->reason,
			         _("column '%s': invalid UTF-8 (save the file as CSV UTF-8)"),
			         in->table.names[c]);
			return 0;
		}
	}
	return 1;
}

static int read_rows(asn_report_data *d, asn_csv_reader *rd, report_input *in,
                     asn_report_kind kind)
{
	asn_csv_record rec;
	int rc, status = ASN_EXIT_OK;
	size_t i;

	set_present(d, kind, in->name);
	for (i = 0; i < sizeof in->col / sizeof in->col[0]; i++)
		in->col[i] = -1;
	report_readers[kind].columns(d, in);
	/* a refused row is kept as the export gave it, ragged or not */
	asn_csv_reader_expect_fields(rd, kind == ASN_REPORT_REJECTS ? 0 : in->table.ncols);
	asn_csv_reader_skip_blank_lines(rd, 1);
	while ((rc = asn_csv_reader_next(rd, &rec)) > 0) {
		d->rows++;
		if (!valid_utf8(in, &rec) || report_readers[kind].row(d, in, &rec) != 0) {
			d->rejected++;
			asn_warn("%s:%ld: %s", in->name, rec.line, in->reason);
			status = ASN_EXIT_REJECTED;
		}
	}
	if (rc < 0) {
		asn_warn("%s", asn_csv_reader_error(rd));
		status = ASN_EXIT_INPUT;
	}
	if (asn_csv_reader_blank_lines(rd) && !asn_quiet)
		asn_warn("%s: %lu blank line%s skipped", in->name, asn_csv_reader_blank_lines(rd),
		         asn_csv_reader_blank_lines(rd) == 1 ? "" : "s");
	return status;
}

static int read_input(asn_report_data *d, const char *path, unsigned char delimiter, int mode)
{
	asn_csv_reader *rd;
	report_input in;
	char err[1024];
	int kind, status;

	/* last month's files only degrade the comparison */
	if (!(rd = asn_csv_reader_open(path, delimiter)))
		return mode == READ_LENIENT ? ASN_EXIT_REJECTED : ASN_EXIT_INPUT;
	memset(&in, 0, sizeof in);
	in.name = asn_csv_reader_name(rd);
	if (asn_table_read_header(&in.table, rd, err, sizeof err)) {
		asn_warn("%s", err);
		asn_csv_reader_free(rd);
		return mode == READ_LENIENT ? ASN_EXIT_REJECTED : ASN_EXIT_INPUT;
	}
	kind = asn_report_recognise(&in.table, err, sizeof err);
	if (kind < 0) {
		if (mode == READ_STRICT)
			asn_warn("%s:1: %s", in.name, err);
		status = mode == READ_STRICT ? ASN_EXIT_USAGE : ASN_EXIT_OK;
	} else if (mode == READ_LENIENT &&
	           (kind == ASN_REPORT_SCORE || kind == ASN_REPORT_SELEKSI ||
	            kind == ASN_REPORT_RENCANA || kind == ASN_REPORT_PINDAH ||
	            kind == ASN_REPORT_BIAYA || kind == ASN_REPORT_REJECTS ||
	            kind == ASN_REPORT_CALON || kind == ASN_REPORT_USULAN ||
	            kind == ASN_REPORT_GAPSUB || kind == ASN_REPORT_SKENARIO ||
	            kind == ASN_REPORT_RINCIAN)) {
		/* the month-over-month changes do not use them: do not read a
		 * million rows for nothing */
		status = ASN_EXIT_OK;
	} else if (kind == ASN_REPORT_BIAYA && d->biaya.n == 2) {
		asn_warn("%s: a third %s (the first two were %s and %s): give the staff's "
		         "cost and the plan's at most", in.name, asn_report_kind_name(kind),
		         d->biaya.t[0].source, d->biaya.t[1].source);
		status = ASN_EXIT_USAGE;
	} else if (kind != ASN_REPORT_BIAYA && asn_report_data_has(d, kind)) {
		if (mode == READ_STRICT)
			asn_warn("%s: a second %s (the first was %s): give one of each",
			         in.name, asn_report_kind_name(kind), *source_of(d, kind));
		else
			asn_warn("%s: skipped: %s already read from %s", in.name,
			         asn_report_kind_name(kind), *source_of(d, kind));
		status = mode == READ_STRICT ? ASN_EXIT_USAGE : ASN_EXIT_OK;
	} else {
		status = read_rows(d, rd, &in, kind);
		if (status == ASN_EXIT_INPUT && mode == READ_LENIENT) {
			asn_warn("%s: not read whole: last month's %s is left out of the comparison",
			         in.name, asn_report_kind_name(kind));
			drop_kind(d, kind);
			status = ASN_EXIT_REJECTED;
		}
	}
	asn_table_free(&in.table);
	asn_csv_reader_free(rd);
	return status;
}

int asn_report_data_read(asn_report_data *d, const char *path, unsigned char delimiter)
{
	return read_input(d, path, delimiter, READ_STRICT);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_csv_name(const char *name)
{
	size_t n = strlen(name);

	return n > 4 && name[0] != '.' && strcasecmp(name + n - 4, ".csv") == 0;
}

int asn_report_data_read_dir(asn_report_data *d, const char *dir, unsigned char delimiter)
{
	DIR *dp;
	struct dirent *e;
	char **names = NULL, *path;
	size_t n = 0, cap = 0, i;
	struct stat st;
	int rc, status = ASN_EXIT_OK;

	if (!(dp = opendir(dir))) {
		asn_warn("%s:", dir);
		return ASN_EXIT_INPUT;
	}
	while ((e = readdir(dp)) != NULL) {
		if (!is_csv_name(e->d_name))
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			names = asn_realloc(names, cap * sizeof *names);
		}
		names[n++] = asn_strdup(e->d_name);
	}
	closedir(dp);
	if (n)
		qsort(names, n, sizeof *names, by_name);
	for (i = 0; i < n; i++) {
		path = asn_malloc(strlen(dir) + strlen(names[i]) + 2);
		sprintf(path, "%s/%s", dir, names[i]);
		/* a fifo would hang the report, a directory fail it */
		if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
			asn_warn("%s: skipped: not a regular file", path);
		} else {
			rc = read_input(d, path, delimiter, READ_LENIENT);
			if (rc > status)
				status = rc;
		}
		free(path);
		free(names[i]);
	}
	free(names);
	return status;
}

unsigned long long asn_report_data_rows(const asn_report_data *d)
{
	return d->rows;
}

void asn_report_data_not_in_post(const asn_report_data *d, unsigned long *retired,
                                 unsigned long *away)
{
	*retired = d->pegawai.retired;
	*away = d->pegawai.away;
}

unsigned long long asn_report_data_rejected(const asn_report_data *d)
{
	return d->rejected;
}

asn_report_data *asn_report_data_alloc(asn_date as_of)
{
	asn_report_data *d = asn_calloc(1, sizeof *d);

	d->as_of = as_of;
	return d;
}

void asn_report_data_set_config(asn_report_data *d, const asn_config *cfg)
{
	d->cfg = cfg;
}

void asn_report_data_free(asn_report_data *d)
{
	size_t i, j;
	int k;

	if (!d)
		return;
	for (k = 0; k < ASN_REPORT_NKINDS; k++)
		free(*source_of(d, (asn_report_kind)k));
	for (i = 0; i < d->gap.nunits; i++)
		free(d->gap.units[i].name);
	free(d->gap.units);
	free(d->gap.slots);
	free(d->gap.group_column);
	for (i = 0; i < d->gapjab.nunits; i++)
		free(d->gapjab.units[i].name);
	free(d->gapjab.units);
	free(d->gapjab.slots);
	free(d->forecast.years);
	free(d->pegawai.away_nips);
	if (d->forecast.pensiun_jabatan) {
		report_counts_free(d->forecast.pensiun_jabatan);
		free(d->forecast.pensiun_jabatan);
	}
	for (i = 0; i < d->retirees.n; i++)
		free(d->retirees.rows[i].nip);
	free(d->retirees.rows);
	for (i = 0; i < d->ikm.n; i++) {
		free(d->ikm.units[i].unit);
		free(d->ikm.units[i].mutu);
		free(d->ikm.units[i].kinerja);
		free(d->ikm.units[i].unsur);
	}
	free(d->ikm.units);
	for (i = 0; i < d->seleksi.n; i++) {
		report_seleksi_formasi *f = &d->seleksi.formasi[i];

		for (j = 0; j < f->n; j++)
			free(f->rows[j].no);
		free(f->rows);
		free(f->key);
		free(f->name);
		free(f->jenis);
	}
	free(d->seleksi.formasi);
	free(d->seleksi.slots);
	report_rencana_free(&d->rencana);
	report_pindah_free(&d->pindah);
	report_biaya_free(&d->biaya);
	report_rincian_free(&d->rincian);
	report_rejects_free(&d->rejects);
	report_calon_free(&d->calon);
	report_usulan_free(&d->usulan);
	report_skenario_free(&d->skenario);
	report_gapsub_free(&d->gapsub);
	free(d);
}
