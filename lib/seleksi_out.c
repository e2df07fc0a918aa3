/* Selection: the candidates with their results, and the announcement
 * (doc/seleksi.md, "Output"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "csv.h"
#include "seleksi.h"

const char *const asn_seleksi_columns[] = {
	"memenuhi_ambang", "gagal_ambang", "peringkat_skd", "status_skd", "nilai_integrasi",
	"peringkat", "penentu", "status", "lulus", "formasi_penempatan", NULL
};

void asn_seleksi_write_header(asn_csv_writer *w, const asn_input *in)
{
	size_t i;

	for (i = 0; i < in->table.ncols; i++)
		asn_csv_write_str(w, in->table.names[i]);
	for (i = 0; asn_seleksi_columns[i]; i++)
		asn_csv_write_str(w, asn_seleksi_columns[i]);
	asn_csv_end_record(w);
}

static void write_rank(asn_csv_writer *w, long v)
{
	if (v > 0)
		asn_csv_write_long(w, v);
	else
		asn_csv_write_str(w, "");
}

static void write_akhir(asn_csv_writer *w, const asn_seleksi *s, int64_t v)
{
	char buf[40];

	if (v < 0) {
		asn_csv_write_str(w, "");
		return;
	}
	asn_seleksi_format(v, s->desimal, s->desimal, buf, sizeof buf);
	asn_csv_write_str(w, buf);
}

void asn_seleksi_write_row(asn_csv_writer *w, const asn_seleksi_kandidat *k, size_t i)
{
	const asn_seleksi *s = k->rules;
	const asn_seleksi_row *row = &k->rows[i];
	const asn_seleksi_peserta *p = &k->p[i];
	char buf[1024];
	size_t j;

	for (j = 0; j < row->nfields; j++)
		asn_csv_write_str(w, row->fields[j]);
	if (p->rejected) {
		for (j = 0; asn_seleksi_columns[j]; j++)
			asn_csv_write_str(w, "");
		asn_csv_end_record(w);
		return;
	}
	asn_csv_write_str(w, p->memenuhi ? "ya" : "tidak");
	asn_seleksi_meets(s, k->formasi, p, p->jenis, 0, buf, sizeof buf);
	asn_csv_write_str(w, buf);
	write_rank(w, s->tahap && p->memenuhi ? p->peringkat_skd : 0);
	asn_csv_write_str(w, asn_seleksi_status_code[p->status_skd]);
	write_akhir(w, s, p->akhir);
	write_rank(w, p->peringkat);
	asn_csv_write_str(w, asn_seleksi_penentu_name(s, p->penentu));
	asn_csv_write_str(w, asn_seleksi_status_code[p->status]);
	asn_csv_write_str(w, p->lulus ? "ya" : "tidak");
	if (p->lulus)
		asn_seleksi_formasi_label(k->formasi, p->penempatan, buf, sizeof buf);
	else
		buf[0] = '\0';
	asn_csv_write_str(w, buf);
	asn_csv_end_record(w);
}

/* Where a candidate stands in the announcement of its formasi: the ranked
 * first, then the last stage's absent or below a mark, P, TL, TH. */
static int klass(const asn_seleksi_peserta *p)
{
	if (p->peringkat)
		return 0;
	if (p->akhir_gagal)
		return 1;
	if (p->memenuhi)
		return 2;
	return p->hadir ? 3 : 4;
}

static const asn_seleksi_kandidat *sort_k;

static int cmp_pengumuman(const void *a, const void *b)
{
	const asn_seleksi_peserta *x = &sort_k->p[*(const size_t *)a];
	const asn_seleksi_peserta *y = &sort_k->p[*(const size_t *)b];
	int cx = klass(x), cy = klass(y);

	if (x->formasi != y->formasi)
		return x->formasi < y->formasi ? -1 : 1;
	if (cx != cy)
		return cx < cy ? -1 : 1;
	if (cx == 0)
		return x->peringkat < y->peringkat ? -1 : x->peringkat > y->peringkat;
	return strcmp(x->id, y->id);
}

static void write_score(asn_csv_writer *w, int64_t v)
{
	char buf[40];
	size_t len;

	if (v < 0) {
		asn_csv_write_str(w, "");
		return;
	}
	asn_seleksi_format(v, ASN_SELEKSI_DECIMALS, ASN_SELEKSI_DECIMALS, buf, sizeof buf);
	len = strlen(buf);
	while (buf[len - 1] == '0')
		buf[--len] = '\0';
	if (buf[len - 1] == '.')
		buf[--len] = '\0';
	asn_csv_write_str(w, buf);
}

void asn_seleksi_write_pengumuman(asn_csv_writer *w, const asn_seleksi_kandidat *k)
{
	const asn_seleksi *s = k->rules;
	const asn_seleksi_formasi *f = k->formasi;
	size_t *idx, i, j, n = 0, nv = s->ntes + s->ngrup;
	char buf[1024];
	asn_seleksi_status st;

	for (j = 0; j < s->nformasi; j++)
		asn_csv_write_str(w, s->formasi[j]);
	asn_csv_write_str(w, s->jenis_kolom ? s->jenis_kolom : "jenis_formasi");
	asn_csv_write_str(w, "kebutuhan");
	asn_csv_write_str(w, s->peserta);
	if (k->nama_col >= 0)
		asn_csv_write_str(w, "nama");
	for (j = 0; j < nv; j++)
		if (!asn_seleksi_alias(s, j))
			asn_csv_write_str(w, j < s->ntes ? s->tes[j].kolom : s->grup[j - s->ntes].nama);
	asn_csv_write_str(w, "nilai_integrasi");
	asn_csv_write_str(w, "peringkat");
	asn_csv_write_str(w, "status");
	asn_csv_write_str(w, "penentu");
	asn_csv_write_str(w, "keterangan");
	asn_csv_end_record(w);

	idx = asn_malloc((k->n ? k->n : 1) * sizeof *idx);
	for (i = 0; i < k->n; i++)
		if (!k->p[i].rejected)
			idx[n++] = i;
	sort_k = k;
	qsort(idx, n, sizeof *idx, cmp_pengumuman);
	for (i = 0; i < n; i++) {
		const asn_seleksi_peserta *p = &k->p[idx[i]];
		const asn_seleksi_row *row = &k->rows[idx[i]];

		for (j = 0; j < s->nformasi; j++)
			asn_csv_write_str(w, row->fields[k->formasi_cols[j]]);
		asn_csv_write_str(w, s->jenis[p->jenis].nama);
		asn_csv_write_long(w, f->kebutuhan[p->formasi]);
		asn_csv_write_str(w, p->id);
		if (k->nama_col >= 0)
			asn_csv_write_str(w, (size_t)k->nama_col < row->nfields ?
			                  row->fields[k->nama_col] : "");
		for (j = 0; j < nv; j++)
			if (!asn_seleksi_alias(s, j))
				write_score(w, p->nilai[j]);
		write_akhir(w, s, p->akhir);
		write_rank(w, p->peringkat);
		st = p->status != ASN_ST_NONE ? p->status : p->status_skd;
		asn_csv_write_str(w, asn_seleksi_status_code[st]);
		asn_csv_write_str(w, asn_seleksi_penentu_name(s, p->penentu));
		asn_seleksi_keterangan(s, f, p, buf, sizeof buf);
		asn_csv_write_str(w, buf);
		asn_csv_end_record(w);
	}
	free(idx);
}
