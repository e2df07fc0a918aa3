/* Service standards: teachers from rombel and JP, health staff from the
 * puskesmas kind, and the standard jabatan a member of staff fills
 * (lib/layanan.h, doc/layanan.md). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "layanan.h"
#include "names.h"
#include "strmap.h"
#include "yaml.h"

static const char layanan_yaml[] =
	"# The service standards behind a schools or facilities NEEDS table\n"
	"# (doc/layanan.md); a file in this form replaces any key it gives.\n"
	"layanan:\n"
	"  # PP 74/2008 on Guru art. 52(2), as amended by PP 19/2017: a teacher's load\n"
	"  # is at least 24 JP tatap muka a week, the divisor of a subject's JP.\n"
	"  jp_guru: 24\n"
	"  jenjang:\n"
	"    # Kurikulum 2013 SD (Permendikbud 57/2014 as amended, struktur kurikulum:\n"
	"    # JP a week in kelas I-VI).  The Guru Kelas teaches every subject of a\n"
	"    # rombel but agama and PJOK: one per rombel.\n"
	"    SD:\n"
	"      kelas: [1, 6]\n"
	"      guru_kelas: Guru Kelas\n"
	"      mapel:\n"
	"        Guru PAI: [4, 4, 4, 4, 4, 4]\n"
	"        Guru PJOK: [4, 4, 4, 4, 4, 4]\n"
	"    # Kurikulum 2013 SMP (Permendikbud 58/2014 as amended by 35/2018, struktur\n"
	"    # kurikulum: JP a week in kelas VII-IX).\n"
	"    SMP:\n"
	"      kelas: [7, 9]\n"
	"      mapel:\n"
	"        Guru PAI: [3, 3, 3]\n"
	"        Guru PPKN: [3, 3, 3]\n"
	"        Guru Bahasa Indonesia: [6, 6, 6]\n"
	"        Guru Matematika: [5, 5, 5]\n"
	"        Guru IPA: [5, 5, 5]\n"
	"        Guru IPS: [4, 4, 4]\n"
	"        Guru Bahasa Inggris: [4, 4, 4]\n"
	"        Guru Seni Budaya: [3, 3, 3]\n"
	"        Guru PJOK: [3, 3, 3]\n"
	"        Guru Prakarya: [2, 2, 2]\n"
	"      # Permendikbud 111/2014 on BK (and PP 74/2008 art. 54(6)): one guru BK\n"
	"      # for 150 students; counted only when the table has a siswa column.\n"
	"      guru_bk: Guru BK\n"
	"      siswa_per_guru_bk: 150\n"
	"  # Standar ketenagaan minimal of a puskesmas by kind (Permenkes 43/2019 on\n"
	"  # Puskesmas, lampiran; the figures of its predecessor Permenkes 75/2014).\n"
	"  faskes:\n"
	"    puskesmas_perkotaan: {Dokter: 1, Dokter Gigi: 1, Perawat: 5, Bidan: 4,\n"
	"      Tenaga Promosi Kesehatan: 2, Tenaga Kesehatan Lingkungan: 1,\n"
	"      Ahli Teknologi Laboratorium Medik: 1, Tenaga Gizi: 1, Tenaga Kefarmasian: 1,\n"
	"      Tenaga Administrasi: 3, Pekarya: 2}\n"
	"    puskesmas_perkotaan_rawat_inap: {Dokter: 2, Dokter Gigi: 1, Perawat: 8, Bidan: 7,\n"
	"      Tenaga Promosi Kesehatan: 2, Tenaga Kesehatan Lingkungan: 1,\n"
	"      Ahli Teknologi Laboratorium Medik: 1, Tenaga Gizi: 2, Tenaga Kefarmasian: 2,\n"
	"      Tenaga Administrasi: 3, Pekarya: 2}\n"
	"    puskesmas_perdesaan: {Dokter: 1, Dokter Gigi: 1, Perawat: 5, Bidan: 4,\n"
	"      Tenaga Promosi Kesehatan: 1, Tenaga Kesehatan Lingkungan: 1,\n"
	"      Ahli Teknologi Laboratorium Medik: 1, Tenaga Gizi: 1, Tenaga Kefarmasian: 1,\n"
	"      Tenaga Administrasi: 2, Pekarya: 1}\n"
	"    puskesmas_perdesaan_rawat_inap: {Dokter: 2, Dokter Gigi: 1, Perawat: 8, Bidan: 7,\n"
	"      Tenaga Promosi Kesehatan: 1, Tenaga Kesehatan Lingkungan: 1,\n"
	"      Ahli Teknologi Laboratorium Medik: 1, Tenaga Gizi: 2, Tenaga Kefarmasian: 1,\n"
	"      Tenaga Administrasi: 2, Pekarya: 1}\n"
	"    puskesmas_terpencil: {Dokter: 1, Dokter Gigi: 1, Perawat: 5, Bidan: 4,\n"
	"      Tenaga Promosi Kesehatan: 1, Tenaga Kesehatan Lingkungan: 1,\n"
	"      Ahli Teknologi Laboratorium Medik: 1, Tenaga Gizi: 1, Tenaga Kefarmasian: 1,\n"
	"      Tenaga Administrasi: 2, Pekarya: 1}\n"
	"    puskesmas_terpencil_rawat_inap: {Dokter: 2, Dokter Gigi: 1, Perawat: 8, Bidan: 7,\n"
	"      Tenaga Promosi Kesehatan: 1, Tenaga Kesehatan Lingkungan: 1,\n"
	"      Ahli Teknologi Laboratorium Medik: 1, Tenaga Gizi: 2, Tenaga Kefarmasian: 1,\n"
	"      Tenaga Administrasi: 2, Pekarya: 1}\n"
	"  # A teacher (jabatan beginning with one of `jabatan`) at a school of the\n"
	"  # table fills the subject of the first pattern found in the jurusan (else\n"
	"  # in the jabatan), case-insensitively; with none, `tidak_dikenal`.\n"
	"  guru:\n"
	"    jabatan: [Guru]\n"
	"    tidak_dikenal: Guru Mapel Tidak Dikenal\n"
	"    jurusan:\n"
	"      Guru Sekolah Dasar: Guru Kelas\n"
	"      PGSD: Guru Kelas\n"
	"      Pendidikan Dasar: Guru Kelas\n"
	"      Guru Kelas: Guru Kelas\n"
	"      Agama Islam: Guru PAI\n"
	"      PAI: Guru PAI\n"
	"      Agama Kristen: Guru Agama Kristen\n"
	"      Agama Katolik: Guru Agama Katolik\n"
	"      Agama Hindu: Guru Agama Hindu\n"
	"      Agama Buddha: Guru Agama Buddha\n"
	"      Jasmani: Guru PJOK\n"
	"      PJOK: Guru PJOK\n"
	"      Penjaskes: Guru PJOK\n"
	"      Olahraga: Guru PJOK\n"
	"      Olah Raga: Guru PJOK\n"
	"      Pancasila: Guru PPKN\n"
	"      Kewarganegaraan: Guru PPKN\n"
	"      PPKn: Guru PPKN\n"
	"      Bahasa Indonesia: Guru Bahasa Indonesia\n"
	"      Sastra Indonesia: Guru Bahasa Indonesia\n"
	"      Bahasa Inggris: Guru Bahasa Inggris\n"
	"      Matematika: Guru Matematika\n"
	"      Biologi: Guru IPA\n"
	"      Fisika: Guru IPA\n"
	"      Kimia: Guru IPA\n"
	"      Ilmu Pengetahuan Alam: Guru IPA\n"
	"      IPA: Guru IPA\n"
	"      Ekonomi: Guru IPS\n"
	"      Geografi: Guru IPS\n"
	"      Sejarah: Guru IPS\n"
	"      Sosiologi: Guru IPS\n"
	"      Ilmu Pengetahuan Sosial: Guru IPS\n"
	"      IPS: Guru IPS\n"
	"      Seni: Guru Seni Budaya\n"
	"      Prakarya: Guru Prakarya\n"
	"      Bimbingan: Guru BK\n"
	"      Konseling: Guru BK\n"
	"  # A health worker at a facility of the table: the profession of the first\n"
	"  # pattern the jabatan begins with (case-insensitively); the others keep\n"
	"  # their jabatan.\n"
	"  tenaga_kesehatan:\n"
	"    Dokter Gigi: Dokter Gigi\n"
	"    Dokter: Dokter\n"
	"    Perawat: Perawat\n"
	"    Bidan: Bidan\n"
	"    Penyuluh Kesehatan Masyarakat: Tenaga Promosi Kesehatan\n"
	"    Sanitarian: Tenaga Kesehatan Lingkungan\n"
	"    Entomolog Kesehatan: Tenaga Kesehatan Lingkungan\n"
	"    Pranata Laboratorium Kesehatan: Ahli Teknologi Laboratorium Medik\n"
	"    Nutrisionis: Tenaga Gizi\n"
	"    Apoteker: Tenaga Kefarmasian\n"
	"    Asisten Apoteker: Tenaga Kefarmasian\n"
	"    Pengadministrasi Perkantoran: Tenaga Administrasi\n"
	"    Pengolah Data: Tenaga Administrasi\n"
	"    Perekam Medis: Tenaga Administrasi\n"
	"    Operator Layanan Operasional: Pekarya\n";

typedef struct {
	char *jabatan;
	double jp[ASN_LAYANAN_KELAS_MAX + 1];  /* a week, by grade */
} mapel;

typedef struct {
	char *name;
	int first, last;           /* grades */
	char *guru_kelas;          /* one per rombel; NULL: none */
	mapel *mapel;
	size_t nmapel;
	char *guru_bk;             /* NULL: none */
	double siswa_per_bk;
} tingkat;

/* A pair of names: a standard's jabatan and its count, or a pattern and the
 * jabatan it gives. */
typedef struct {
	char *name, *jabatan;
	double n;
} pair;

typedef struct {
	pair *p;
	size_t n;
} pairs;

typedef struct {
	char *name;
	pairs staff;
} faskes;

struct asn_layanan {
	double jp_guru;
	tingkat *jenjang;
	size_t njenjang;
	faskes *faskes;
	size_t nfaskes;
	pairs guru_jabatan;        /* name: a prefix of a teacher's jabatan */
	char *tidak_dikenal;
	pairs jurusan, kesehatan;  /* name: pattern, jabatan: the standard one */
};

const char *asn_layanan_builtin_yaml(void)
{
	return layanan_yaml;
}

static void pairs_free(pairs *p)
{
	size_t i;

	for (i = 0; i < p->n; i++) {
		free(p->p[i].name);
		free(p->p[i].jabatan);
	}
	free(p->p);
	memset(p, 0, sizeof *p);
}

static void jenjang_free(tingkat *j)
{
	size_t i;

	for (i = 0; i < j->nmapel; i++)
		free(j->mapel[i].jabatan);
	free(j->mapel);
	free(j->name);
	free(j->guru_kelas);
	free(j->guru_bk);
	memset(j, 0, sizeof *j);
}

void asn_layanan_rules_free(asn_layanan *r)
{
	size_t i;

	if (!r)
		return;
	for (i = 0; i < r->njenjang; i++)
		jenjang_free(&r->jenjang[i]);
	for (i = 0; i < r->nfaskes; i++) {
		free(r->faskes[i].name);
		pairs_free(&r->faskes[i].staff);
	}
	free(r->jenjang);
	free(r->faskes);
	pairs_free(&r->guru_jabatan);
	pairs_free(&r->jurusan);
	pairs_free(&r->kesehatan);
	free(r->tidak_dikenal);
	free(r);
}

static int get_string(const asn_yaml_ctx *c, const asn_yaml_node *n, char **out)
{
	const char *v;

	if (asn_yaml_string(n, c->name, &v, c->err, c->errsize) < 0)
		return -1;
	if (!*v)
		return asn_yaml_fail(c, n, "key '%s': expected a name", n->key ? n->key : "");
	free(*out);
	*out = asn_strdup(v);
	return 0;
}

/* {pattern: jabatan, ...} (counts NULL) or {jabatan: count, ...}, in order;
 * replaces *p. */
static int load_pairs(const asn_yaml_ctx *c, const asn_yaml_node *n, pairs *p, int counts)
{
	pairs np = { NULL, 0 };
	const asn_yaml_node *item;
	size_t i;

	if (asn_yaml_expect(n, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0)
		return -1;
	np.p = asn_calloc(n->nitems ? n->nitems : 1, sizeof *np.p);
	for (i = 0; i < n->nitems; i++) {
		item = n->items[i];
		np.p[np.n].name = asn_strdup(item->key);
		np.n++;
		if (!*item->key) {
			asn_yaml_fail(c, item, "an empty name");
			goto bad;
		}
		if (counts ? asn_yaml_double(item, c->name, 0, 1e6, &np.p[i].n, c->err,
		                             c->errsize) < 0
		           : get_string(c, item, &np.p[i].jabatan) < 0)
			goto bad;
	}
	pairs_free(p);
	*p = np;
	return 0;
bad:
	pairs_free(&np);
	return -1;
}

/* kelas: [first, last] */
static int load_kelas(const asn_yaml_ctx *c, const asn_yaml_node *n, tingkat *j)
{
	long k[2];
	int i;

	if (asn_yaml_expect(n, ASN_YAML_SEQUENCE, c->name, c->err, c->errsize) < 0)
		return -1;
	if (n->nitems != 2)
		return asn_yaml_fail(c, n, "kelas: expected [first, last] grades");
	for (i = 0; i < 2; i++)
		if (asn_yaml_int(n->items[i], c->name, 1, ASN_LAYANAN_KELAS_MAX, &k[i], c->err,
		                 c->errsize) < 0)
			return -1;
	if (k[0] > k[1])
		return asn_yaml_fail(c, n, "kelas: the first grade %ld is after the last %ld", k[0], k[1]);
	j->first = (int)k[0];
	j->last = (int)k[1];
	return 0;
}

/* mapel: {jabatan: [JP of each grade], ...} */
static int load_mapel(const asn_yaml_ctx *c, const asn_yaml_node *n, tingkat *j)
{
	const asn_yaml_node *m;
	size_t i, g;

	if (asn_yaml_expect(n, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0)
		return -1;
	j->mapel = asn_calloc(n->nitems ? n->nitems : 1, sizeof *j->mapel);
	for (i = 0; i < n->nitems; i++) {
		m = n->items[i];
		j->mapel[j->nmapel++].jabatan = asn_strdup(m->key);
		if (asn_yaml_expect(m, ASN_YAML_SEQUENCE, c->name, c->err, c->errsize) < 0)
			return -1;
		if (m->nitems != (size_t)(j->last - j->first + 1))
			return asn_yaml_fail(c, m, "mapel '%s': expected %d JP, one for each grade %d to %d",
			                     m->key, j->last - j->first + 1, j->first, j->last);
		for (g = 0; g < m->nitems; g++)
			if (asn_yaml_double(m->items[g], c->name, 0, 100,
			                    &j->mapel[i].jp[j->first + (int)g], c->err, c->errsize) < 0)
				return -1;
	}
	return 0;
}

/* One jenjang, replacing one of the same name (or added). */
static int load_jenjang(const asn_yaml_ctx *c, asn_layanan *r, const asn_yaml_node *n)
{
	static const char *const keys[] = { "kelas", "guru_kelas", "mapel", "guru_bk",
	                                    "siswa_per_guru_bk", NULL };
	const asn_yaml_node *v;
	tingkat j;
	size_t i;

	memset(&j, 0, sizeof j);
	j.name = asn_strdup(n->key);
	if (asn_yaml_expect(n, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0 ||
	    asn_yaml_check_keys(n, c->name, keys, c->err, c->errsize) < 0)
		goto bad;
	if (!(v = asn_yaml_get(n, "kelas"))) {
		asn_yaml_fail(c, n, "jenjang %s: needs 'kelas' (its first and last grade)", n->key);
		goto bad;
	}
	if (load_kelas(c, v, &j) < 0 ||
	    ((v = asn_yaml_get(n, "guru_kelas")) && get_string(c, v, &j.guru_kelas) < 0) ||
	    ((v = asn_yaml_get(n, "mapel")) && load_mapel(c, v, &j) < 0) ||
	    ((v = asn_yaml_get(n, "guru_bk")) && get_string(c, v, &j.guru_bk) < 0))
		goto bad;
	j.siswa_per_bk = 0;
	if ((v = asn_yaml_get(n, "siswa_per_guru_bk")) &&
	    asn_yaml_double(v, c->name, 1, 1e6, &j.siswa_per_bk, c->err, c->errsize) < 0)
		goto bad;
	if (j.guru_bk && !(j.siswa_per_bk > 0)) {
		asn_yaml_fail(c, n, "jenjang %s: guru_bk needs siswa_per_guru_bk", n->key);
		goto bad;
	}
	for (i = 0; i < r->njenjang && strcasecmp(r->jenjang[i].name, j.name) != 0; i++)
		;
	if (i == r->njenjang)
		r->jenjang = asn_realloc(r->jenjang, ++r->njenjang * sizeof *r->jenjang);
	else
		jenjang_free(&r->jenjang[i]);
	r->jenjang[i] = j;
	return 0;
bad:
	jenjang_free(&j);
	return -1;
}

static int load_faskes(const asn_yaml_ctx *c, asn_layanan *r, const asn_yaml_node *n)
{
	pairs staff = { NULL, 0 };
	size_t i;

	if (load_pairs(c, n, &staff, 1) < 0)
		return -1;
	for (i = 0; i < r->nfaskes && strcasecmp(r->faskes[i].name, n->key) != 0; i++)
		;
	if (i == r->nfaskes) {
		r->faskes = asn_realloc(r->faskes, ++r->nfaskes * sizeof *r->faskes);
		r->faskes[i].name = asn_strdup(n->key);
	} else {
		pairs_free(&r->faskes[i].staff);
	}
	r->faskes[i].staff = staff;
	return 0;
}

static int load_guru(const asn_yaml_ctx *c, asn_layanan *r, const asn_yaml_node *n)
{
	static const char *const keys[] = { "jabatan", "tidak_dikenal", "jurusan", NULL };
	const asn_yaml_node *v;
	size_t i;

	if (asn_yaml_expect(n, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0 ||
	    asn_yaml_check_keys(n, c->name, keys, c->err, c->errsize) < 0 ||
	    ((v = asn_yaml_get(n, "tidak_dikenal")) && get_string(c, v, &r->tidak_dikenal) < 0) ||
	    ((v = asn_yaml_get(n, "jurusan")) && load_pairs(c, v, &r->jurusan, 0) < 0))
		return -1;
	if ((v = asn_yaml_get(n, "jabatan"))) {
		if (asn_yaml_expect(v, ASN_YAML_SEQUENCE, c->name, c->err, c->errsize) < 0)
			return -1;
		pairs_free(&r->guru_jabatan);
		r->guru_jabatan.p = asn_calloc(v->nitems ? v->nitems : 1, sizeof *r->guru_jabatan.p);
		for (i = 0; i < v->nitems; i++)
			if (get_string(c, v->items[i], &r->guru_jabatan.p[r->guru_jabatan.n++].name) < 0)
				return -1;
	}
	return 0;
}

static int apply(asn_layanan *r, const asn_yaml_node *root, const asn_yaml_ctx *c)
{
	static const char *const top[] = { "layanan", NULL };
	static const char *const keys[] = { "jp_guru", "jenjang", "faskes", "guru",
	                                    "tenaga_kesehatan", NULL };
	const asn_yaml_node *l, *n;
	size_t i;

	if (asn_yaml_expect(root, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0 ||
	    asn_yaml_check_keys(root, c->name, top, c->err, c->errsize) < 0)
		return -1;
	if (!(l = asn_yaml_get(root, "layanan")))
		return 0;
	if (asn_yaml_expect(l, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0 ||
	    asn_yaml_check_keys(l, c->name, keys, c->err, c->errsize) < 0)
		return -1;
	if ((n = asn_yaml_get(l, "jp_guru")) &&
	    asn_yaml_double(n, c->name, 1, 100, &r->jp_guru, c->err, c->errsize) < 0)
		return -1;
	if ((n = asn_yaml_get(l, "jenjang"))) {
		if (asn_yaml_expect(n, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0)
			return -1;
		for (i = 0; i < n->nitems; i++)
			if (load_jenjang(c, r, n->items[i]) < 0)
				return -1;
	}
	if ((n = asn_yaml_get(l, "faskes"))) {
		if (asn_yaml_expect(n, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0)
			return -1;
		for (i = 0; i < n->nitems; i++)
			if (load_faskes(c, r, n->items[i]) < 0)
				return -1;
	}
	if (((n = asn_yaml_get(l, "guru")) && load_guru(c, r, n) < 0) ||
	    ((n = asn_yaml_get(l, "tenaga_kesehatan")) && load_pairs(c, n, &r->kesehatan, 0) < 0))
		return -1;
	return 0;
}

static int build(void *obj, const asn_yaml_node *root, const char *name, char *err,
                 size_t errsize)
{
	asn_yaml_ctx c = { name, err, errsize };

	return apply(obj, root, &c);
}

int asn_layanan_rules_load_string(asn_layanan **out, const char *text, const char *name,
                                  char *err, size_t errsize)
{
	asn_layanan *r = asn_calloc(1, sizeof *r);

	*out = NULL;
	if (asn_yaml_build_string(layanan_yaml, sizeof layanan_yaml - 1, "built-in", build, r, err,
	                          errsize) < 0 ||
	    (text && asn_yaml_build_string(text, strlen(text), name, build, r, err, errsize) < 0)) {
		asn_layanan_rules_free(r);
		return -1;
	}
	*out = r;
	return 0;
}

int asn_layanan_rules_load(asn_layanan **out, const char *path, char *err, size_t errsize)
{
	if (asn_layanan_rules_load_string(out, NULL, NULL, err, errsize) < 0)
		return -1;
	if (path && asn_yaml_build_file(path, build, *out, err, errsize) < 0) {
		asn_layanan_rules_free(*out);
		*out = NULL;
		return -1;
	}
	return 0;
}

int asn_layanan_jenjang(const asn_layanan *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->njenjang; i++)
		if (strcasecmp(r->jenjang[i].name, name) == 0)
			return (int)i;
	return -1;
}

void asn_layanan_kelas(const asn_layanan *r, int jenjang, int *first, int *last)
{
	*first = r->jenjang[jenjang].first;
	*last = r->jenjang[jenjang].last;
}

void asn_layanan_sekolah(const asn_layanan *r, int jenjang, const double *rombel, double siswa,
                         asn_layanan_need_fn *fn, void *ctx)
{
	const tingkat *j = &r->jenjang[jenjang];
	double kelas = 0, jp;
	size_t m;
	int g;

	for (g = j->first; g <= j->last; g++)
		kelas += rombel[g];
	/* one class teacher per rombel (Permendikbud 57/2014: the SD is taught by class) */
	if (j->guru_kelas)
		fn(ctx, j->guru_kelas, kelas);
	/* PP 74/2008 art. 52(2): a subject's JP a week over 24 JP a teacher */
	for (m = 0; m < j->nmapel; m++) {
		for (jp = 0, g = j->first; g <= j->last; g++)
			jp += rombel[g] * j->mapel[m].jp[g];
		fn(ctx, j->mapel[m].jabatan, jp / r->jp_guru);
	}
	/* Permendikbud 111/2014: one guru BK for 150 students */
	if (j->guru_bk && siswa >= 0)
		fn(ctx, j->guru_bk, siswa / j->siswa_per_bk);
}

int asn_layanan_faskes(const asn_layanan *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->nfaskes; i++)
		if (strcasecmp(r->faskes[i].name, name) == 0)
			return (int)i;
	return -1;
}

/* Permenkes 43/2019, lampiran: the minimum staff of a puskesmas of a kind. */
void asn_layanan_faskes_need(const asn_layanan *r, int faskes, asn_layanan_need_fn *fn,
                             void *ctx)
{
	const pairs *p = &r->faskes[faskes].staff;
	size_t i;

	for (i = 0; i < p->n; i++)
		fn(ctx, p->p[i].name, p->p[i].n);
}

void asn_layanan_names(const asn_layanan *r, int faskes, char *buf, size_t size)
{
	size_t i, n = faskes ? r->nfaskes : r->njenjang, len = 0;
	const char *name;

	buf[0] = '\0';
	for (i = 0; i < n && len < size; i++) {
		name = faskes ? r->faskes[i].name : r->jenjang[i].name;
		len += (size_t)snprintf(buf + len, size - len, "%s%s",
		                        i == 0 ? "" : i + 1 == n ? _(" or ") : ", ", name);
	}
}

static int starts_with(const char *s, const char *prefix)
{
	return strncasecmp(s, prefix, strlen(prefix)) == 0;
}

static int contains(const char *s, const char *pattern)
{
	size_t n = strlen(pattern);

	for (; *s; s++)
		if (strncasecmp(s, pattern, n) == 0)
			return 1;
	return n == 0;
}

static const char *first_match(const pairs *p, const char *s, int prefix)
{
	size_t i;

	for (i = 0; s && i < p->n; i++)
		if (prefix ? starts_with(s, p->p[i].name) : contains(s, p->p[i].name))
			return p->p[i].jabatan;
	return NULL;
}

const char *asn_layanan_standar(const asn_layanan *r, asn_layanan_kind kind,
                                const char *jabatan, const char *jurusan, int *unknown)
{
	const char *j;
	size_t i;

	*unknown = 0;
	if (kind == ASN_LAYANAN_FASKES)
		return first_match(&r->kesehatan, jabatan, 1);
	for (i = 0; i < r->guru_jabatan.n && !starts_with(jabatan, r->guru_jabatan.p[i].name); i++)
		;
	if (i == r->guru_jabatan.n)
		return NULL;
	if ((j = first_match(&r->jurusan, jurusan, 0)) ||
	    (j = first_match(&r->jurusan, jabatan, 0)))
		return j;
	*unknown = 1;
	return r->tidak_dikenal;
}

static int same(const char *a, const char *b)
{
	return a && b && strcasecmp(a, b) == 0;
}

static int in_pairs(const pairs *p, const char *jabatan, int names)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		if (same(names ? p->p[i].name : p->p[i].jabatan, jabatan))
			return 1;
	return 0;
}

asn_layanan_kind asn_layanan_standar_kind(const asn_layanan *r, const char *jabatan)
{
	size_t i, k;

	for (i = 0; i < r->njenjang; i++) {
		if (same(r->jenjang[i].guru_kelas, jabatan) || same(r->jenjang[i].guru_bk, jabatan))
			return ASN_LAYANAN_SEKOLAH;
		for (k = 0; k < r->jenjang[i].nmapel; k++)
			if (same(r->jenjang[i].mapel[k].jabatan, jabatan))
				return ASN_LAYANAN_SEKOLAH;
	}
	if (same(r->tidak_dikenal, jabatan) || in_pairs(&r->jurusan, jabatan, 0))
		return ASN_LAYANAN_SEKOLAH;
	for (i = 0; i < r->nfaskes; i++)
		if (in_pairs(&r->faskes[i].staff, jabatan, 1))
			return ASN_LAYANAN_FASKES;
	return in_pairs(&r->kesehatan, jabatan, 0) ? ASN_LAYANAN_FASKES : 0;
}

struct asn_layanan_staf {
	asn_layanan *rules;
	asn_names_memo *names;
	asn_strmap sites;            /* "unit\037subunit" -> kind */
	char *key;
	size_t keycap;
	int unit, subunit, jabatan, jurusan;  /* columns; unit -1: none matched */
	char *result;                /* the jabatan returned, in its one form */
	unsigned long nunknown;
	unsigned long ncovered;      /* positions left to the standards */
};

asn_layanan_staf *asn_layanan_staf_new(asn_layanan *r, const char *const *acronyms)
{
	asn_layanan_staf *s = asn_calloc(1, sizeof *s);

	s->rules = r;
	s->names = asn_names_memo_new(acronyms);
	s->unit = -1;
	return s;
}

static const char *site_key(asn_layanan_staf *s, const char *unit, size_t ulen,
                            const char *subunit, size_t slen)
{
	if (ulen + slen + 2 > s->keycap) {
		s->keycap = 2 * (ulen + slen + 2);
		s->key = asn_realloc(s->key, s->keycap);
	}
	memcpy(s->key, unit, ulen);
	s->key[ulen] = '\037';
	memcpy(s->key + ulen + 1, subunit, slen);
	s->key[ulen + slen + 1] = '\0';
	return s->key;
}

void asn_layanan_staf_site(asn_layanan_staf *s, const char *unit, const char *subunit,
                           asn_layanan_kind kind)
{
	asn_strmap_add(&s->sites, site_key(s, unit, strlen(unit), subunit, strlen(subunit)),
	               (size_t)kind, NULL);
}

int asn_layanan_staf_columns(asn_layanan_staf *s, const asn_table *t)
{
	if (!s)
		return 0;
	s->unit = asn_table_find(t, "unit");
	s->subunit = asn_table_find(t, "subunit");
	s->jabatan = asn_table_find(t, "jabatan");
	s->jurusan = asn_table_find(t, "jurusan");
	if (s->subunit < 0 || s->jabatan < 0)
		s->unit = -1;
	return s->unit >= 0;
}

const char *asn_layanan_staf_jabatan(asn_layanan_staf *s, const asn_csv_record *rec,
                                     const char *jabatan, size_t *len)
{
	const char *unit, *subunit, *standar;
	char *u;
	size_t ulen, slen, kind;
	int unknown;

	if (!s || s->unit < 0 || !s->sites.count)
		return jabatan;
	/* the memo's result lasts until its next call: the unit is copied */
	unit = asn_names_memo_get(s->names, rec->fields[s->unit], rec->lengths[s->unit], &ulen);
	u = asn_strdup(unit);
	subunit = asn_names_memo_get(s->names, rec->fields[s->subunit], rec->lengths[s->subunit],
	                             &slen);
	if (asn_strmap_find(&s->sites, site_key(s, u, ulen, subunit, slen), &kind) < 0) {
		free(u);
		return jabatan;
	}
	free(u);
	standar = asn_layanan_standar(s->rules, (asn_layanan_kind)kind, rec->fields[s->jabatan],
	                              s->jurusan >= 0 ? rec->fields[s->jurusan] : NULL, &unknown);
	if (!standar)
		return jabatan;
	s->nunknown += (unsigned long)unknown;
	standar = asn_names_memo_get(s->names, standar, strlen(standar), len);
	free(s->result);
	s->result = asn_strdup(standar);
	return s->result;
}

const asn_layanan *asn_layanan_staf_rules(const asn_layanan_staf *s)
{
	return s->rules;
}

int asn_layanan_staf_covers(asn_layanan_staf *s, const char *unit, const char *subunit,
                            const char *jabatan)
{
	const char *standar;
	size_t kind;
	int unknown;

	if (!s || !s->sites.count ||
	    asn_strmap_find(&s->sites, site_key(s, unit, strlen(unit), subunit, strlen(subunit)),
	                    &kind) < 0 ||
	    asn_layanan_standar_kind(s->rules, jabatan))
		return 0;
	standar = asn_layanan_standar(s->rules, (asn_layanan_kind)kind, jabatan, NULL, &unknown);
	if (!standar || same(standar, jabatan))
		return 0;
	s->ncovered++;
	return 1;
}

void asn_layanan_staf_warn(asn_layanan_staf *s)
{
	if (s && s->nunknown && !asn_quiet)
		asn_warn("warning: %lu teacher(s) at the schools of the NEEDS table have a jurusan "
		         "that names no subject: counted as '%s'", s->nunknown,
		         s->rules->tidak_dikenal);
	if (s && s->ncovered && !asn_quiet)
		asn_warn("%lu position(s) of teachers or health staff at the schools and "
		         "facilities of the service standards left out of the other NEEDS tables: "
		         "the standards give their need", s->ncovered);
	if (s)
		s->nunknown = s->ncovered = 0;
}

void asn_layanan_staf_finish(asn_layanan_staf *s)
{
	if (!s)
		return;
	asn_layanan_staf_warn(s);
	asn_strmap_free(&s->sites);
	asn_names_memo_free(s->names);
	asn_layanan_rules_free(s->rules);
	free(s->key);
	free(s->result);
	free(s);
}
