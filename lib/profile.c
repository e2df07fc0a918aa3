#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdio.h>

#include "cli.h"
#include "profile.h"
#include "text.h"
#include "yaml.h"

const char *const asn_profile_targets[ASN_NTARGETS + 1] = {
	"nip", "nama", "jenis_kelamin", "tanggal_lahir", "status", "golongan",
	"jenis_jabatan", "jabatan", "bidang", "unit", "pendidikan", "tmt_cpns",
	"tanggal_pensiun", "kedudukan", "subunit", "jurusan", "tmt_jabatan", "jabatan_id",
	"unit_id", "gelar_depan", "gelar_belakang", "status_cpns", "eselon", "unor", "unor_1",
	"unor_2", "unor_3", NULL
};

const char *const asn_profile_builtin_names[] = { "siasn", "simpeg", "canonical", NULL };

/* Jabatan naming of Permenpan RB 41/2018 (nomenklatur jabatan pelaksana) and
 * the JF jenjang of PP 11/2017 art. 69-73; structural titles of a regency's
 * perangkat daerah (PP 18/2016: a kabupaten's sekretaris kecamatan is eselon
 * III.b, administrator). JF jenjang first, so that "Asisten Apoteker Mahir"
 * is not taken for a JPT "Asisten"; specific titles before general ones. */
#define JABATAN_RULES \
"rules:\n" \
"  - {match: 'PNS Tugas Belajar*', jenis_jabatan: pelaksana}\n" \
"  - {match: '* Ahli Utama', jenis_jabatan: fungsional_ahli_utama}\n" \
"  - {match: '* Ahli Madya', jenis_jabatan: fungsional_ahli_madya}\n" \
"  - {match: '* Ahli Muda', jenis_jabatan: fungsional_ahli_muda}\n" \
"  - {match: '* Ahli Pertama', jenis_jabatan: fungsional_ahli_pertama}\n" \
"  - {match: '* Penyelia', jenis_jabatan: fungsional_penyelia}\n" \
"  - {match: '* Mahir', jenis_jabatan: fungsional_mahir}\n" \
"  - {match: '* Terampil', jenis_jabatan: fungsional_terampil}\n" \
"  - {match: '* Pemula', jenis_jabatan: fungsional_pemula}\n" \
"  - {match: 'Sekretaris Kelurahan*', jenis_jabatan: pengawas}\n" \
"  - {match: 'Sekretaris Daerah*', jenis_jabatan: jpt_pratama}\n" \
"  - {match: 'Sekretaris DPRD*', jenis_jabatan: jpt_pratama}\n" \
"  - {match: 'Asisten Pemerintahan*', jenis_jabatan: jpt_pratama}\n" \
"  - {match: 'Asisten Perekonomian*', jenis_jabatan: jpt_pratama}\n" \
"  - {match: 'Asisten Administrasi*', jenis_jabatan: jpt_pratama}\n" \
"  - {match: 'Staf Ahli*', jenis_jabatan: jpt_pratama}\n" \
"  - {match: 'Kepala Dinas*', jenis_jabatan: jpt_pratama}\n" \
"  - {match: 'Kepala Badan*', jenis_jabatan: jpt_pratama}\n" \
"  - {match: 'Kepala Satuan*', jenis_jabatan: jpt_pratama}\n" \
"  - {match: 'Kepala Pelaksana*', jenis_jabatan: jpt_pratama}\n" \
"  - {match: 'Inspektur Pembantu*', jenis_jabatan: administrator}\n" \
"  - {match: 'Wakil Direktur*', jenis_jabatan: administrator}\n" \
"  - {match: 'Kepala Kantor*', jenis_jabatan: administrator}\n" \
"  - {match: 'Inspektur*', jenis_jabatan: jpt_pratama}\n" \
"  - {match: 'Direktur*', jenis_jabatan: jpt_pratama}\n" \
"  - {match: 'Sekretaris *', jenis_jabatan: administrator}\n" \
"  - {match: 'Kepala Bidang*', jenis_jabatan: administrator}\n" \
"  - {match: 'Kepala Bagian*', jenis_jabatan: administrator}\n" \
"  - {match: 'Camat*', jenis_jabatan: administrator}\n" \
"  - {match: 'Kepala Seksi*', jenis_jabatan: pengawas}\n" \
"  - {match: 'Kepala Sub*', jenis_jabatan: pengawas}\n" \
"  - {match: 'Kepala UPT*', jenis_jabatan: pengawas}\n" \
"  - {match: 'Kepala Puskesmas*', jenis_jabatan: pengawas, bidang: kesehatan}\n" \
"  - {match: 'Kepala Unit*', jenis_jabatan: pengawas}\n" \
"  - {match: 'Lurah*', jenis_jabatan: pengawas}\n" \
"  - {match: 'Guru*', bidang: pendidikan}\n" \
"  - {match: 'Pengawas Sekolah*', bidang: pendidikan}\n" \
"  - {match: 'Penilik*', bidang: pendidikan}\n" \
"  - {match: 'Pamong Belajar*', bidang: pendidikan}\n" \
"  - {match: 'Pustakawan*', bidang: pendidikan}\n" \
"  - {match: 'Dokter*', bidang: kesehatan}\n" \
"  - {match: 'Perawat*', bidang: kesehatan}\n" \
"  - {match: 'Bidan*', bidang: kesehatan}\n" \
"  - {match: 'Apoteker*', bidang: kesehatan}\n" \
"  - {match: 'Asisten Apoteker*', bidang: kesehatan}\n" \
"  - {match: 'Nutrisionis*', bidang: kesehatan}\n" \
"  - {match: 'Sanitarian*', bidang: kesehatan}\n" \
"  - {match: 'Epidemiolog*', bidang: kesehatan}\n" \
"  - {match: 'Pranata Laboratorium Kesehatan*', bidang: kesehatan}\n" \
"  - {match: 'Perekam Medis*', bidang: kesehatan}\n" \
"  - {match: 'Radiografer*', bidang: kesehatan}\n" \
"  - {match: 'Fisioterapis*', bidang: kesehatan}\n" \
"  - {match: 'Penyuluh Kesehatan*', bidang: kesehatan}\n" \
"  - {match: 'Administrator Kesehatan*', bidang: kesehatan}\n" \
"  - {match: 'Terapis Gigi*', bidang: kesehatan}\n" \
"  - {match: 'Tenaga Sanitasi*', bidang: kesehatan}\n" \
"  - {match: 'Penyuluh Pertanian*', bidang: teknis}\n" \
"  - {match: 'Penyuluh Perikanan*', bidang: teknis}\n" \
"  - {match: 'Pengawas Perikanan*', bidang: teknis}\n" \
"  - {match: 'Teknik*', bidang: teknis}\n" \
"  - {match: 'Penata Ruang*', bidang: teknis}\n" \
"  - {match: 'Pengendali Dampak Lingkungan*', bidang: teknis}\n" \
"  - {match: 'Pranata Komputer*', bidang: teknis}\n" \
"  - {match: 'Pengawas Lingkungan Hidup*', bidang: teknis}\n" \
"  - {match: 'Polisi Pamong Praja*', bidang: ketertiban}\n" \
"  - {match: '*', bidang: administrasi}\n"

/* Words of the export for status and jenis jabatan, in SIASN's newer and
 * SIMPEG's older vocabulary (BKN: JENIS PEGAWAI 10-19 are PNS daerah and
 * pusat kinds; JENIS JABATAN 1 struktural, 2 fungsional, 4 pelaksana).
 * Structural and specific-functional posts map to '': their level comes
 * from the eselon or the jabatan name. */
#define STATUS_VALUES \
"  status:\n" \
"    PNS: PNS\n" \
"    CPNS: CPNS\n" \
"    PPPK: PPPK\n" \
"    Calon PNS: CPNS\n" \
"    'CPNS *': CPNS\n" \
"    'PNS *': PNS\n" \
"    'PPPK *': PPPK\n" \
"    'Pegawai Pemerintah dengan Perjanjian Kerja*': PPPK\n" \
"    '1?': PNS\n" \
"  status_cpns: {C: CPNS, CPNS: CPNS, P: '', PNS: ''}\n" \
"  jenis_jabatan:\n" \
"    Jabatan Pelaksana: pelaksana\n" \
"    Jabatan Fungsional Umum: pelaksana\n" \
"    Fungsional Umum: pelaksana\n" \
"    Pelaksana: pelaksana\n" \
"    Jabatan Fungsional: ''\n" \
"    Jabatan Fungsional Tertentu: ''\n" \
"    Fungsional Tertentu: ''\n" \
"    Fungsional: ''\n" \
"    Jabatan Struktural: ''\n" \
"    Struktural: ''\n" \
"    Jabatan Pimpinan Tinggi: ''\n" \
"    '1': ''\n" \
"    '2': ''\n" \
"    '4': pelaksana\n"

/* SIASN "Export Data ASN" (BKN), 64 to 69 columns; also the earlier
 * guessed shape with UNOR INDUK NAMA.  GOL AKHIR ID is BKN's code:
 * 11 I/a ... 45 IV/e. */
static const char siasn_yaml[] =
"name: siasn\n"
"detect: [NIP BARU, JABATAN NAMA]\n"
"columns:\n"
"  nip: NIP BARU\n"
"  nama: NAMA\n"
"  gelar_depan: GELAR DEPAN\n"
"  gelar_belakang: GELAR BELAKANG\n"
"  jenis_kelamin: JENIS KELAMIN\n"
"  tanggal_lahir: TANGGAL LAHIR\n"
"  status: [JENIS PEGAWAI NAMA, JENIS PEGAWAI ID]\n"
"  status_cpns: STATUS CPNS PNS\n"
"  golongan: [GOL AKHIR NAMA, GOL AKHIR ID]\n"
"  jenis_jabatan: [JENIS JABATAN NAMA, JENIS JABATAN ID]\n"
"  eselon: [ESELON NAMA, ESELON ID]\n"
"  jabatan: JABATAN NAMA\n"
"  kedudukan: [KEDUDUKAN HUKUM NAMA, KEDUDUKAN HUKUM ID]\n"
"  unit: UNOR INDUK NAMA\n"
"  unor: UNOR NAMA\n"
"  unor_1: [UNOR (1), UNOR 1]\n"
"  unor_2: [UNOR (2), UNOR 2]\n"
"  unor_3: [UNOR (3), UNOR 3]\n"
"  pendidikan: [TINGKAT PENDIDIKAN NAMA, TINGKAT PENDIDIKAN ID]\n"
"  jurusan: PENDIDIKAN NAMA\n"
"  tmt_cpns: TMT CPNS\n"
"  tmt_jabatan: TMT JABATAN\n"
"  jabatan_id: JABATAN ID\n"
"  unit_id: UNOR INDUK ID\n"
"values:\n"
STATUS_VALUES
"  golongan: {'11': I/a, '12': I/b, '13': I/c, '14': I/d, '21': II/a, '22': II/b,\n"
"    '23': II/c, '24': II/d, '31': III/a, '32': III/b, '33': III/c, '34': III/d,\n"
"    '41': IV/a, '42': IV/b, '43': IV/c, '44': IV/d, '45': IV/e}\n"
JABATAN_RULES;

/* A regional SIMPEG "Daftar Nominatif" (title lines above the header are
 * skipped by asn-import). */
static const char simpeg_yaml[] =
"name: simpeg\n"
"detect: [NIP, Nama Jabatan, Unit Kerja]\n"
"columns:\n"
"  nip: [NIP, NIP Baru]\n"
"  nama: [Nama Pegawai, Nama, Nama Lengkap]\n"
"  gelar_depan: Gelar Depan\n"
"  gelar_belakang: Gelar Belakang\n"
"  jenis_kelamin: [L/P, Jenis Kelamin, JK]\n"
"  tanggal_lahir: [Tgl Lahir, Tanggal Lahir]\n"
"  status: [Status Pegawai, Status, Jenis Pegawai]\n"
"  golongan: [Golru, Gol/Ruang, Gol. Ruang, Golongan, Pangkat]\n"
"  jenis_jabatan: Jenis Jabatan\n"
"  eselon: Eselon\n"
"  jabatan: [Nama Jabatan, Jabatan]\n"
"  kedudukan: [Kedudukan, Kedudukan Hukum]\n"
"  unit: [Unit Kerja, OPD, SKPD, Perangkat Daerah]\n"
"  subunit: [Sub Unit Kerja, Sub Unit]\n"
"  pendidikan: [Jenjang Pendidikan, Pendidikan Terakhir, Tingkat Pendidikan, Pendidikan]\n"
"  jurusan: [Nama Pendidikan, Jurusan]\n"
"  tmt_cpns: TMT CPNS\n"
"  tmt_jabatan: TMT Jabatan\n"
"values:\n"
STATUS_VALUES
"  jenis_kelamin: {Lk: L, Pr: P}\n"
JABATAN_RULES;

static const char canonical_yaml[] =
"name: canonical\n"
"detect: [nip, nama, jenis_kelamin, tanggal_lahir, status, golongan, jenis_jabatan, jabatan, unit]\n"
"columns:\n"
"  nip: nip\n"
"  nama: nama\n"
"  jenis_kelamin: jenis_kelamin\n"
"  tanggal_lahir: tanggal_lahir\n"
"  status: status\n"
"  golongan: golongan\n"
"  jenis_jabatan: jenis_jabatan\n"
"  jabatan: jabatan\n"
"  bidang: bidang\n"
"  unit: unit\n"
"  pendidikan: pendidikan\n"
"  tmt_cpns: tmt_cpns\n"
"  tanggal_pensiun: tanggal_pensiun\n"
"  kedudukan: kedudukan\n"
"  subunit: subunit\n"
"  jurusan: jurusan\n"
"  tmt_jabatan: tmt_jabatan\n"
"  jabatan_id: jabatan_id\n"
"  unit_id: unit_id\n";

static const char *const top_keys[] = { "name", "base", "detect", "columns", "values", "rules", NULL };
static const char *const rule_keys[] = { "match", "jenis_jabatan", "bidang", NULL };

static int target_index(const char *name)
{
	int i;

	for (i = 0; asn_profile_targets[i]; i++)
		if (strcmp(asn_profile_targets[i], name) == 0)
			return i;
	return -1;
}

static int node_error(const asn_yaml_node *n, const char *file, char *err, size_t errsize,
                      const char *msg, const char *what)
{
	snprintf(err, errsize, "%s:%d:%d: %s%s%s%s", file,
	         n->key ? n->key_line : n->line, n->key ? n->key_column : n->column,
	         msg, what ? " '" : "", what ? what : "", what ? "'" : "");
	return -1;
}

/* A scalar or a sequence of scalars into a string list. */
static int string_list(const asn_yaml_node *n, const char *file, char ***out, size_t *count,
                       char *err, size_t errsize)
{
	size_t i;

	/* "~" or nothing is YAML's null, not a column named "~" */
	if (asn_yaml_is_null(n))
		return node_error(n, file, err, errsize, "expected a column name or a list of them, "
		                  "got nothing", NULL);
	if (n->kind == ASN_YAML_SCALAR) {
		*out = asn_calloc(1, sizeof **out);
		(*out)[0] = asn_strdup(n->value);
		*count = 1;
		return 0;
	}
	if (n->kind != ASN_YAML_SEQUENCE)
		return node_error(n, file, err, errsize, "expected a column name or a list of them", NULL);
	*out = asn_calloc(n->nitems, sizeof **out);
	*count = 0;
	for (i = 0; i < n->nitems; i++) {
		if (n->items[i]->kind != ASN_YAML_SCALAR || asn_yaml_is_null(n->items[i]))
			return node_error(n->items[i], file, err, errsize, "expected a column name", NULL);
		(*out)[(*count)++] = asn_strdup(n->items[i]->value);
	}
	return 0;
}

static int load_columns(asn_profile *p, const asn_yaml_node *map, const char *file,
                        char *err, size_t errsize)
{
	size_t i, j;
	int t;

	if (map->kind != ASN_YAML_MAPPING)
		return node_error(map, file, err, errsize, "expected a mapping of canonical column to source column", NULL);
	for (i = 0; i < map->nitems; i++) {
		t = target_index(map->items[i]->key);
		if (t < 0)
			return node_error(map->items[i], file, err, errsize,
			                  "unknown canonical column", map->items[i]->key);
		/* a map's columns replace those of its base */
		for (j = 0; j < p->nsource[t]; j++)
			free(p->source[t][j]);
		free(p->source[t]);
		p->source[t] = NULL;
		p->nsource[t] = 0;
		if (string_list(map->items[i], file, &p->source[t], &p->nsource[t], err, errsize))
			return -1;
		/* every row is known by its NIP: a map without it is a usage error
		 * now, not a missing column in every file later */
		if (t == ASN_COL_NIP && p->nsource[t] == 0)
			return node_error(map->items[i], file, err, errsize,
			                  "nip needs a source column (an empty list maps it to none)",
			                  NULL);
	}
	return 0;
}

static int load_values(asn_profile *p, const asn_yaml_node *map, const char *file,
                       char *err, size_t errsize)
{
	const asn_yaml_node *m;
	asn_value_map *old;
	size_t i, j, nold;
	int t;

	if (map->kind != ASN_YAML_MAPPING)
		return node_error(map, file, err, errsize, "expected a mapping of column to value map", NULL);
	for (i = 0; i < map->nitems; i++) {
		m = map->items[i];
		t = target_index(m->key);
		if (t < 0)
			return node_error(m, file, err, errsize, "unknown canonical column", m->key);
		if (m->kind != ASN_YAML_MAPPING)
			return node_error(m, file, err, errsize, "expected a mapping of source value to canonical value", NULL);
		/* a map's values are looked up before those of its base */
		old = p->values[t];
		nold = p->nvalues[t];
		p->values[t] = asn_calloc(m->nitems + nold, sizeof *p->values[t]);
		p->nvalues[t] = 0;
		for (j = 0; j < m->nitems; j++) {
			if (m->items[j]->kind != ASN_YAML_SCALAR) {
				if (nold)
					memcpy(p->values[t] + p->nvalues[t], old, nold * sizeof *old);
				p->nvalues[t] += nold;
				free(old);
				return node_error(m->items[j], file, err, errsize, "expected a value", NULL);
			}
			p->values[t][j].from = asn_strdup(m->items[j]->key);
			/* a code mapped to null (~) is mapped to nothing */
			p->values[t][j].to = asn_strdup(asn_yaml_is_null(m->items[j]) ? "" :
			                                 m->items[j]->value);
			p->nvalues[t]++;
		}
		if (nold)
			memcpy(p->values[t] + p->nvalues[t], old, nold * sizeof *old);
		p->nvalues[t] += nold;
		free(old);
	}
	return 0;
}

static int load_rules(asn_profile *p, const asn_yaml_node *seq, const char *file,
                      char *err, size_t errsize)
{
	const asn_yaml_node *r, *v;
	asn_jabatan_rule *rule, *base;
	size_t i, nbase;

	if (seq->kind != ASN_YAML_SEQUENCE)
		return node_error(seq, file, err, errsize, "expected a list of rules", NULL);
	/* a map's rules run before those of its base */
	base = p->rules;
	nbase = p->nrules;
	p->rules = asn_calloc(seq->nitems + nbase, sizeof *p->rules);
	if (nbase)
		memcpy(p->rules + seq->nitems, base, nbase * sizeof *base);
	free(base);
	/* entries not loaded yet are zero: asn_profile_free copes */
	p->nrules = seq->nitems + nbase;
	for (i = 0; i < seq->nitems; i++) {
		r = seq->items[i];
		if (r->kind != ASN_YAML_MAPPING)
			return node_error(r, file, err, errsize, "expected a rule {match, jenis_jabatan, bidang}", NULL);
		if (asn_yaml_check_keys(r, file, rule_keys, err, errsize))
			return -1;
		rule = &p->rules[i];
		if (!(v = asn_yaml_get(r, "match")) || v->kind != ASN_YAML_SCALAR || asn_yaml_is_null(v))
			return node_error(r, file, err, errsize, "rule needs a 'match' pattern", NULL);
		rule->match = asn_strdup(v->value);
		if ((v = asn_yaml_get(r, "jenis_jabatan")) != NULL) {
			if (v->kind != ASN_YAML_SCALAR || asn_jenis_jabatan_find(v->value) < 0)
				return node_error(v, file, err, errsize, "unknown jenis_jabatan", v->value);
			rule->jenis_jabatan = asn_strdup(v->value);
		}
		if ((v = asn_yaml_get(r, "bidang")) != NULL) {
			if (v->kind != ASN_YAML_SCALAR || asn_yaml_is_null(v))
				return node_error(v, file, err, errsize, "expected a bidang name", NULL);
			rule->bidang = asn_strdup(v->value);
		}
		if (!rule->jenis_jabatan && !rule->bidang)
			return node_error(r, file, err, errsize, "rule sets neither jenis_jabatan nor bidang", NULL);
	}
	return 0;
}

static int load_tree(asn_profile *p, const asn_yaml_node *root, const char *file,
                     char *err, size_t errsize)
{
	const asn_yaml_node *n, *base;
	size_t i;

	if (root->kind != ASN_YAML_MAPPING)
		return node_error(root, file, err, errsize, "expected a mapping with columns, values and rules", NULL);
	if (asn_yaml_check_keys(root, file, top_keys, err, errsize))
		return -1;
	if ((base = asn_yaml_get(root, "base")) != NULL) {
		if (base->kind != ASN_YAML_SCALAR || strcmp(base->value, "canonical") == 0 ||
		    asn_profile_builtin(p, base->value, err, errsize) != 0)
			return node_error(base, file, err, errsize,
			                  "base: expected a built-in profile (siasn or simpeg), got",
			                  base->kind == ASN_YAML_SCALAR ? base->value : "a collection");
		free(p->name);
		p->name = NULL;
	}
	n = asn_yaml_get(root, "name");
	p->name = asn_strdup(n && n->kind == ASN_YAML_SCALAR ? n->value : file);
	if ((n = asn_yaml_get(root, "detect")) != NULL) {
		for (i = 0; i < p->ndetect; i++)
			free(p->detect[i]);
		free(p->detect);
		p->detect = NULL;
		p->ndetect = 0;
		if (string_list(n, file, &p->detect, &p->ndetect, err, errsize))
			return -1;
	}
	if (!(n = asn_yaml_get(root, "columns")) && !base)
		return node_error(root, file, err, errsize, "missing 'columns' mapping", NULL);
	if (n && load_columns(p, n, file, err, errsize))
		return -1;
	if ((n = asn_yaml_get(root, "values")) != NULL && load_values(p, n, file, err, errsize))
		return -1;
	if ((n = asn_yaml_get(root, "rules")) != NULL && load_rules(p, n, file, err, errsize))
		return -1;
	return 0;
}

static int build(void *obj, const asn_yaml_node *root, const char *name, char *err,
                 size_t errsize)
{
	asn_profile *p = obj;

	if (load_tree(p, root, name, err, errsize) == 0)
		return 0;
	asn_profile_free(p);
	return -1;
}

int asn_profile_load_string(asn_profile *p, const char *text, size_t len, const char *name,
                            char *err, size_t errsize)
{
	memset(p, 0, sizeof *p);
	return asn_yaml_build_string(text, len, name, build, p, err, errsize);
}

int asn_profile_load_file(asn_profile *p, const char *path, char *err, size_t errsize)
{
	memset(p, 0, sizeof *p);
	return asn_yaml_build_file(path, build, p, err, errsize);
}

int asn_profile_builtin(asn_profile *p, const char *name, char *err, size_t errsize)
{
	if (strcmp(name, "siasn") == 0)
		return asn_profile_load_string(p, siasn_yaml, sizeof siasn_yaml - 1,
		                               "<profile siasn>", err, errsize);
	if (strcmp(name, "simpeg") == 0)
		return asn_profile_load_string(p, simpeg_yaml, sizeof simpeg_yaml - 1,
		                               "<profile simpeg>", err, errsize);
	if (strcmp(name, "canonical") == 0)
		return asn_profile_load_string(p, canonical_yaml, sizeof canonical_yaml - 1,
		                               "<profile canonical>", err, errsize);
	asn_set_error(err, errsize, "unknown profile '%s' (expected siasn, simpeg or canonical)",
	              name);
	return -1;
}

void asn_profile_free(asn_profile *p)
{
	size_t i, j;

	free(p->name);
	for (i = 0; i < p->ndetect; i++)
		free(p->detect[i]);
	free(p->detect);
	for (i = 0; i < ASN_NTARGETS; i++) {
		for (j = 0; j < p->nsource[i]; j++)
			free(p->source[i][j]);
		free(p->source[i]);
		for (j = 0; j < p->nvalues[i]; j++) {
			free(p->values[i][j].from);
			free(p->values[i][j].to);
		}
		free(p->values[i]);
	}
	for (i = 0; i < p->nrules; i++) {
		free(p->rules[i].match);
		free(p->rules[i].jenis_jabatan);
		free(p->rules[i].bidang);
	}
	free(p->rules);
	memset(p, 0, sizeof *p);
}

const char *asn_profile_detect(const asn_table *t)
{
	asn_profile p;
	char err[256];
	const char *found = NULL;
	size_t i, k;
	int all;

	for (k = 0; !found && asn_profile_builtin_names[k]; k++) {
		if (asn_profile_builtin(&p, asn_profile_builtin_names[k], err, sizeof err))
			continue;
		for (all = p.ndetect > 0, i = 0; i < p.ndetect; i++)
			all &= asn_table_find(t, p.detect[i]) >= 0;
		if (all)
			found = asn_profile_builtin_names[k];
		asn_profile_free(&p);
	}
	return found;
}

const char *asn_profile_map_value(const asn_profile *p, int target, const char *v)
{
	size_t i;

	const char *from;

	for (i = 0; i < p->nvalues[target]; i++) {
		from = p->values[target][i].from;
		if (from[strcspn(from, "*?")] ? asn_glob_match(from, v) : strcasecmp(from, v) == 0)
			return p->values[target][i].to;
	}
	return v;
}

void asn_profile_derive(const asn_profile *p, const char *jabatan,
                        const char **jenis_jabatan, const char **bidang)
{
	int need_jenis = !*jenis_jabatan || !**jenis_jabatan;
	int need_bidang = !*bidang || !**bidang;
	size_t i;

	for (i = 0; i < p->nrules && (need_jenis || need_bidang); i++) {
		const asn_jabatan_rule *r = &p->rules[i];

		if ((need_jenis && r->jenis_jabatan) || (need_bidang && r->bidang)) {
			if (!asn_glob_match(r->match, jabatan))
				continue;
			if (need_jenis && r->jenis_jabatan) {
				*jenis_jabatan = r->jenis_jabatan;
				need_jenis = 0;
			}
			if (need_bidang && r->bidang) {
				*bidang = r->bidang;
				need_bidang = 0;
			}
		}
	}
}

/* A YAML single-quoted scalar: every value reads back as the same string. */
static void put_quoted(FILE *f, const char *s)
{
	fputc('\'', f);
	for (; *s; s++) {
		if (*s == '\'')
			fputc('\'', f);
		fputc(*s, f);
	}
	fputc('\'', f);
}

void asn_profile_print(const asn_profile *p, FILE *f)
{
	size_t i, j;
	int t, any;

	fputs("name: ", f);
	put_quoted(f, p->name);
	fputs("\n# asn-import --map FILE reads this back; a map may also begin with\n"
	      "# 'base: siasn' and give only what differs.\n", f);
	if (p->ndetect) {
		fputs("detect: [", f);
		for (i = 0; i < p->ndetect; i++) {
			if (i)
				fputs(", ", f);
			put_quoted(f, p->detect[i]);
		}
		fputs("]\n", f);
	}
	fputs("columns:\n", f);
	for (t = 0; t < ASN_NTARGETS; t++) {
		if (!p->nsource[t])
			continue;
		fprintf(f, "  %s: [", asn_profile_targets[t]);
		for (j = 0; j < p->nsource[t]; j++) {
			if (j)
				fputs(", ", f);
			put_quoted(f, p->source[t][j]);
		}
		fputs("]\n", f);
	}
	for (any = 0, t = 0; t < ASN_NTARGETS; t++) {
		if (!p->nvalues[t])
			continue;
		if (!any++)
			fputs("values:\n", f);
		fprintf(f, "  %s:\n", asn_profile_targets[t]);
		for (j = 0; j < p->nvalues[t]; j++) {
			fputs("    ", f);
			put_quoted(f, p->values[t][j].from);
			fputs(": ", f);
			put_quoted(f, p->values[t][j].to);
			fputc('\n', f);
		}
	}
	if (p->nrules)
		fputs("rules:\n", f);
	for (i = 0; i < p->nrules; i++) {
		fputs("  - {match: ", f);
		put_quoted(f, p->rules[i].match);
		if (p->rules[i].jenis_jabatan) {
			fputs(", jenis_jabatan: ", f);
			put_quoted(f, p->rules[i].jenis_jabatan);
		}
		if (p->rules[i].bidang) {
			fputs(", bidang: ", f);
			put_quoted(f, p->rules[i].bidang);
		}
		fputs("}\n", f);
	}
}
