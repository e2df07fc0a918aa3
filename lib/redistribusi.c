/* Redistribution: the minimum-cost transport of surplus staff to the
 * shortages of the same jabatan (lib/redistribusi.h). */
#include <glpk.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "input.h"
#include "redistribusi.h"

enum { BIAYA_MAX = 1000000 };

void asn_pindah_biaya_init(asn_pindah_biaya *b, const asn_config *cfg)
{
	memset(b, 0, sizeof *b);
	b->unit = (long)cfg->pindah_biaya_unit;
	b->lain = (long)cfg->pindah_biaya_lain;
}

static char *pair_key(const char *a, const char *c)
{
	size_t la = strlen(a), lc = strlen(c);
	char *k = asn_malloc(la + lc + 2);

	memcpy(k, a, la);
	k[la] = '\x1f';
	memcpy(k + la + 1, c, lc + 1);
	return k;
}

void asn_pindah_biaya_read(asn_pindah_biaya *b, const char *path, unsigned char delimiter,
                           unsigned long long *rejected)
{
	asn_input in;
	int dari, ke, biaya, added;
	const char *v;
	char *key, *end;
	long cost;

	asn_input_open(&in, path, delimiter);
	b->name = asn_strdup(in.name);
	dari = asn_input_require(&in, "dari", " (a unit or subunit)");
	ke = asn_input_require(&in, "ke", " (a unit or subunit)");
	biaya = asn_input_require(&in, "biaya", "");
	while (asn_input_next(&in)) {
		v = asn_input_cell(&in, biaya);
		if (strcmp(v, "-") == 0) {
			cost = -1;
		} else {
			cost = *v >= '0' && *v <= '9' ? strtol(v, &end, 10) : -2;
			if (cost < 0 || *end || cost > BIAYA_MAX) {
				asn_reject(rejected, in.name, in.rec.line, biaya, "biaya '%s': expected a "
				           "whole number from 0 to %d, or - (no move)", v, BIAYA_MAX);
				continue;
			}
		}
		if (!*asn_input_cell(&in, dari) || !*asn_input_cell(&in, ke)) {
			asn_reject(rejected, in.name, in.rec.line, *asn_input_cell(&in, dari) ? ke : dari,
			           "%s is empty", *asn_input_cell(&in, dari) ? "ke" : "dari");
			continue;
		}
		key = pair_key(asn_input_cell(&in, dari), asn_input_cell(&in, ke));
		asn_strmap_add(&b->index, key, b->n, &added);
		if (!added) {
			asn_reject(rejected, in.name, in.rec.line, dari, "dari '%s', ke '%s' given twice",
			           asn_input_cell(&in, dari), asn_input_cell(&in, ke));
			free(key);
			continue;
		}
		free(key);
		if (b->n == b->cap) {
			b->cap = b->cap ? 2 * b->cap : 64;
			b->biaya = asn_realloc(b->biaya, b->cap * sizeof *b->biaya);
		}
		b->biaya[b->n++] = cost;
	}
	asn_input_close(&in);
}

void asn_pindah_biaya_free(asn_pindah_biaya *b)
{
	asn_strmap_free(&b->index);
	free(b->biaya);
	free(b->name);
	memset(b, 0, sizeof *b);
}

static int lookup(const asn_pindah_biaya *b, const char *x, const char *y, long *out)
{
	char *key;
	size_t i;
	int found;

	if (!*x || !*y)
		return 0;
	key = pair_key(x, y);
	found = asn_strmap_find(&b->index, key, &i) == 0;
	free(key);
	if (found)
		*out = b->biaya[i];
	return found;
}

long asn_pindah_cost(const asn_pindah_biaya *b, const asn_pindah_posisi *a,
                     const asn_pindah_posisi *c)
{
	const char *from[2] = { a->subunit, a->unit }, *to[2] = { c->subunit, c->unit };
	long v;
	int i, j;

	if (b->n)
		for (i = 0; i < 2; i++)
			for (j = 0; j < 2; j++)
				if (lookup(b, from[i], to[j], &v) || lookup(b, to[j], from[i], &v))
					return v;
	return strcmp(a->unit, c->unit) == 0 ? b->unit : b->lain;
}

typedef struct {
	double rhs;
} vdata;

typedef struct {
	double low, cap, cost, x;
} adata;

typedef struct {
	asn_pindah *m;
	size_t n, cap;
} move_list;

static void add_move(move_list *l, size_t dari, size_t ke, long jumlah, long biaya)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 64;
		l->m = asn_realloc(l->m, l->cap * sizeof *l->m);
	}
	l->m[l->n].dari = dari;
	l->m[l->n].ke = ke;
	l->m[l->n].jumlah = jumlah;
	l->m[l->n++].biaya = biaya;
}

static adata *arc(glp_graph *g, int from, int to, double cap, double cost)
{
	adata *a = glp_add_arc(g, from, to)->data;

	a->low = 0;
	a->cap = cap;
	a->cost = cost;
	return a;
}

/* One jabatan: donors d[0..nd), receivers r[0..nr).  With dummy nodes T
 * (taking what no receiver takes) and R (giving what no donor gives) the
 * flow is always feasible; each real move costs its cost minus B, B larger
 * than any difference in routing cost, so that the least cost moves the
 * most staff first (an exact lexicographic optimum). */
static int solve_one(const asn_pindah_posisi *p, const size_t *d, size_t nd, const size_t *r,
                     size_t nr, const asn_pindah_biaya *b, move_list *out)
{
	glp_graph *g;
	long surplus = 0, shortage = 0, cmax = 0, c, big;
	size_t i, j, narcs = 0;
	int rc, t = (int)(nd + nr + 1), s = (int)(nd + nr + 2);
	glp_arc *a;
	double sol;

	for (i = 0; i < nd; i++)
		surplus += p[d[i]].bezetting - p[d[i]].kebutuhan;
	for (j = 0; j < nr; j++)
		shortage += p[r[j]].kebutuhan - p[r[j]].bezetting;
	for (i = 0; i < nd; i++)
		for (j = 0; j < nr; j++)
			if ((c = asn_pindah_cost(b, &p[d[i]], &p[r[j]])) >= 0) {
				narcs++;
				if (c > cmax)
					cmax = c;
			}
	if (!narcs)
		return 0;
	if ((double)((surplus < shortage ? surplus : shortage) + 1) * (double)cmax + 1 > INT_MAX / 4)
		asn_die(ASN_EXIT_USAGE, "redistribusi of '%s': %ld staff at costs up to %ld are too "
		        "many to solve exactly; give smaller costs", p[d[0]].jabatan, surplus, cmax);
	big = ((surplus < shortage ? surplus : shortage) + 1) * cmax + 1;
	g = glp_create_graph(sizeof(vdata), sizeof(adata));
	glp_add_vertices(g, (int)(nd + nr + 2));
	for (i = 0; i < nd; i++) {
		long l = p[d[i]].bezetting - p[d[i]].kebutuhan;

		((vdata *)g->v[i + 1]->data)->rhs = (double)l;
		arc(g, (int)i + 1, t, (double)l, 0);
	}
	for (j = 0; j < nr; j++) {
		long k = p[r[j]].kebutuhan - p[r[j]].bezetting;

		((vdata *)g->v[nd + j + 1]->data)->rhs = -(double)k;
		arc(g, s, (int)(nd + j + 1), (double)k, 0);
	}
	((vdata *)g->v[t]->data)->rhs = -(double)surplus;
	((vdata *)g->v[s]->data)->rhs = (double)shortage;
	arc(g, s, t, (double)shortage, 0);
	for (i = 0; i < nd; i++)
		for (j = 0; j < nr; j++)
			if ((c = asn_pindah_cost(b, &p[d[i]], &p[r[j]])) >= 0)
				arc(g, (int)i + 1, (int)(nd + j + 1), (double)shortage, (double)(c - big));
	rc = glp_mincost_okalg(g, offsetof(vdata, rhs), offsetof(adata, low), offsetof(adata, cap),
	                       offsetof(adata, cost), &sol, offsetof(adata, x), -1);
	if (rc != 0)
		asn_die(ASN_EXIT_INPUT, "redistribusi of '%s': the network solver failed (GLPK code "
		        "%d)", p[d[0]].jabatan, rc);
	for (i = 0; i < nd; i++)
		for (a = g->v[i + 1]->out; a; a = a->t_next) {
			adata *x = a->data;
			int head = a->head->i;

			if (head != t && x->x > 0.5)
				add_move(out, d[i], r[head - 1 - (int)nd], (long)(x->x + 0.5),
				         (long)x->cost + big);
		}
	glp_delete_graph(g);
	return 1;
}

static const asn_pindah_posisi *sort_p;

static int cmp_names(const asn_pindah_posisi *x, const asn_pindah_posisi *y)
{
	int c;

	if ((c = strcmp(x->jabatan, y->jabatan)) != 0)
		return c;
	if ((c = strcmp(x->unit, y->unit)) != 0)
		return c;
	return strcmp(x->subunit, y->subunit);
}

static int by_position(const void *a, const void *b)
{
	return cmp_names(&sort_p[*(const size_t *)a], &sort_p[*(const size_t *)b]);
}

static int by_move(const void *a, const void *b)
{
	const asn_pindah *x = a, *y = b;
	int c = cmp_names(&sort_p[x->dari], &sort_p[y->dari]);

	return c ? c : cmp_names(&sort_p[x->ke], &sort_p[y->ke]);
}

size_t asn_pindah_solve(const asn_pindah_posisi *p, size_t n, const asn_pindah_biaya *b,
                        asn_pindah **moves, size_t *unmoved)
{
	size_t *idx = asn_malloc((n ? n : 1) * sizeof *idx), *d, *r, i, j, nd, nr;
	move_list out = { NULL, 0, 0 };

	glp_term_out(GLP_OFF);
	*unmoved = 0;
	for (i = 0; i < n; i++)
		idx[i] = i;
	sort_p = p;
	qsort(idx, n, sizeof *idx, by_position);
	d = asn_malloc((n ? n : 1) * sizeof *d);
	r = asn_malloc((n ? n : 1) * sizeof *r);
	for (i = 0; i < n; i = j) {
		for (j = i, nd = nr = 0; j < n && strcmp(p[idx[j]].jabatan, p[idx[i]].jabatan) == 0;
		     j++) {
			const asn_pindah_posisi *x = &p[idx[j]];

			if (!x->has_kebutuhan)
				continue;
			if (x->bezetting > x->kebutuhan)
				d[nd++] = idx[j];
			else if (x->bezetting < x->kebutuhan)
				r[nr++] = idx[j];
		}
		if (nd && nr && !solve_one(p, d, nd, r, nr, b, &out))
			++*unmoved;
	}
	sort_p = p;
	if (out.n)
		qsort(out.m, out.n, sizeof *out.m, by_move);
	free(idx);
	free(d);
	free(r);
	*moves = out.m;
	return out.n;
}

void asn_pindah_write(asn_csv_writer *w, const asn_pindah_posisi *p, const asn_pindah *m,
                      size_t n)
{
	static const char *const columns[] = {
		"jabatan", "dari_unit", "dari_subunit", "ke_unit", "ke_subunit", "jumlah", "biaya", NULL
	};
	size_t i;

	for (i = 0; columns[i]; i++)
		asn_csv_write_str(w, columns[i]);
	asn_csv_end_record(w);
	for (i = 0; i < n; i++) {
		asn_csv_write_str(w, p[m[i].dari].jabatan);
		asn_csv_write_str(w, p[m[i].dari].unit);
		asn_csv_write_str(w, p[m[i].dari].subunit);
		asn_csv_write_str(w, p[m[i].ke].unit);
		asn_csv_write_str(w, p[m[i].ke].subunit);
		asn_csv_write_long(w, m[i].jumlah);
		asn_csv_write_long(w, m[i].biaya);
		asn_csv_end_record(w);
	}
}

static char *cell(const asn_csv_record *rec, int col)
{
	return col >= 0 ? asn_strndup(rec->fields[col], rec->lengths[col]) : asn_strdup("");
}

void asn_pindah_keep(asn_pindah_staf **staf, size_t *n, size_t *cap, size_t posisi,
                     const asn_csv_record *rec, const int cols[4])
{
	asn_pindah_staf *s;
	asn_date d;

	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 1024;
		*staf = asn_realloc(*staf, *cap * sizeof **staf);
	}
	s = &(*staf)[(*n)++];
	memset(s, 0, sizeof *s);
	s->posisi = posisi;
	s->nip = cell(rec, cols[0]);
	s->nama = cell(rec, cols[1]);
	if (cols[2] >= 0 && asn_date_parse_iso(rec->fields[cols[2]], rec->lengths[cols[2]], &d) == 0)
		s->tmt_jabatan = d;
	if (asn_date_parse_iso(rec->fields[cols[3]], rec->lengths[cols[3]], &d) == 0)
		s->pensiun = d;
}

static long sisa_days;
static asn_date sort_as_of;

static int eligible(const asn_pindah_staf *s)
{
	return asn_date_to_days(s->pensiun) - asn_date_to_days(sort_as_of) > sisa_days;
}

/* Per position: the eligible first, the most recent TMT jabatan first (an
 * unknown one last), then the lower NIP. */
static int by_staf(const void *a, const void *b)
{
	const asn_pindah_staf *x = a, *y = b;
	int c;

	if (x->posisi != y->posisi)
		return x->posisi < y->posisi ? -1 : 1;
	if (eligible(x) != eligible(y))
		return eligible(x) ? -1 : 1;
	if ((c = asn_date_cmp(x->tmt_jabatan, y->tmt_jabatan)) != 0)
		return -c;
	return strcmp(x->nip, y->nip);
}

long asn_pindah_calon(asn_csv_writer *w, const asn_pindah_posisi *p, const asn_pindah *m,
                      size_t nmoves, asn_pindah_staf *s, size_t nstaf, asn_date as_of,
                      double sisa_tahun)
{
	static const char *const columns[] = {
		"nip", "nama", "jabatan", "dari_unit", "dari_subunit", "ke_unit", "ke_subunit",
		"tmt_jabatan", "tanggal_pensiun", NULL
	};
	size_t i, k = 0;
	long j, missing = 0;
	char date[11];

	sisa_days = (long)(sisa_tahun * 365.2425 + 0.5);
	sort_as_of = as_of;
	qsort(s, nstaf, sizeof *s, by_staf);
	for (i = 0; columns[i]; i++)
		asn_csv_write_str(w, columns[i]);
	asn_csv_end_record(w);
	/* moves are sorted by donor: one pass over the sorted staff */
	for (i = 0; i < nmoves; i++) {
		if (i == 0 || m[i].dari != m[i - 1].dari)
			for (k = 0; k < nstaf && s[k].posisi != m[i].dari; k++)
				;
		for (j = 0; j < m[i].jumlah; j++, k++) {
			if (k >= nstaf || s[k].posisi != m[i].dari || !eligible(&s[k])) {
				missing += m[i].jumlah - j;
				break;
			}
			asn_csv_write_str(w, s[k].nip);
			asn_csv_write_str(w, s[k].nama);
			asn_csv_write_str(w, p[m[i].dari].jabatan);
			asn_csv_write_str(w, p[m[i].dari].unit);
			asn_csv_write_str(w, p[m[i].dari].subunit);
			asn_csv_write_str(w, p[m[i].ke].unit);
			asn_csv_write_str(w, p[m[i].ke].subunit);
			if (s[k].tmt_jabatan.year)
				asn_date_format(s[k].tmt_jabatan, date);
			else
				date[0] = '\0';
			asn_csv_write_str(w, date);
			asn_date_format(s[k].pensiun, date);
			asn_csv_write_str(w, date);
			asn_csv_end_record(w);
		}
		/* a donor's next move goes on from where this one stopped */
		if (j < m[i].jumlah)
			for (; k < nstaf && s[k].posisi == m[i].dari; k++)
				;
	}
	return missing;
}

void asn_pindah_run_all(const asn_pindah_run *r, const asn_pindah_posisi *p, size_t n,
                        const asn_config *cfg, unsigned long long *rejected)
{
	asn_pindah_biaya b;
	asn_pindah *m;
	size_t i, nmoves, unmoved;
	long moved = 0, shortage = 0, missing;
	asn_output *out;
	asn_csv_writer *w;

	asn_pindah_biaya_init(&b, cfg);
	if (r->biaya_path)
		asn_pindah_biaya_read(&b, r->biaya_path, r->delimiter, rejected);
	for (i = 0; i < n; i++)
		if (p[i].has_kebutuhan && p[i].kebutuhan > p[i].bezetting)
			shortage += p[i].kebutuhan - p[i].bezetting;
	nmoves = asn_pindah_solve(p, n, &b, &m, &unmoved);
	out = asn_output_open(r->pindah_path);
	w = asn_csv_writer_new(asn_output_file(out));
	asn_pindah_write(w, p, m, nmoves);
	asn_csv_writer_free(w);
	asn_output_close(out);
	for (i = 0; i < nmoves; i++)
		moved += m[i].jumlah;
	if (unmoved && !asn_quiet)
		asn_warn("redistribusi: in %zu jabatan a surplus and a shortage met but no move is "
		         "allowed (--biaya)", unmoved);
	asn_cli_summary("redistribusi: %zu moves of %ld staff; shortage %ld before, %ld left to "
	                "recruit", nmoves, moved, shortage, shortage - moved);
	if (r->calon_path) {
		out = asn_output_open(r->calon_path);
		w = asn_csv_writer_new(asn_output_file(out));
		missing = asn_pindah_calon(w, p, m, nmoves, r->staf, r->nstaf, r->as_of,
		                           cfg->pindah_sisa_tahun);
		asn_csv_writer_free(w);
		asn_output_close(out);
		if (missing && !asn_quiet)
			asn_warn("calon: %ld places of the moves found no one with more than %g years "
			         "to BUP", missing, cfg->pindah_sisa_tahun);
	}
	asn_pindah_biaya_free(&b);
	free(m);
}
