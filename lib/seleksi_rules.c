/* The selection rules as configuration data: the built-in sets and the
 * YAML reader (doc/seleksi.md, "The rules file"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "seleksi.h"
#include "seleksi_int.h"
#include "yaml.h"

/* CPNS: nilai ambang batas SKD of KepmenPANRB 1023/2021, 651/2023 and
 * 321/2024 (general formasi per subtest; cumlaude and diaspora a total of 311
 * with TIU 85; disabilitas and putra/putri Papua 286 with TIU 60); the best
 * 3 x places sit SKB (PermenPANRB 27/2021 art. 40); nilai akhir 40 % SKD on
 * 0-100 + 60 % SKB; ties by SKD total, TKP, TIU, TWK, IPK, then the older
 * (PermenPANRB 6/2024 art. 45); optimalisasi (PermenPANRB 27/2021 art. 48). */
static const char cpns_yaml[] =
	"peserta: no_peserta\n"
	"formasi: [unit, jabatan]\n"
	"jenis: jenis_formasi\n"
	"tes:\n"
	"  - {kolom: twk, maks: 150}\n"
	"  - {kolom: tiu, maks: 175}\n"
	"  - {kolom: tkp, maks: 225}\n"
	"  - {kolom: skb, maks: 100}\n"
	"integrasi:\n"
	"  - {nama: skd, tes: [twk, tiu, tkp], bobot: 40}\n"
	"  - {nama: skb, tes: [skb], bobot: 60}\n"
	"ambang:\n"
	"  umum: {twk: 65, tiu: 80, tkp: 166}\n"
	"  cumlaude: {skd: 311, tiu: 85}\n"
	"  diaspora: {skd: 311, tiu: 85}\n"
	"  disabilitas: {skd: 286, tiu: 60}\n"
	"  papua: {skd: 286, tiu: 60}\n"
	"tahap:\n"
	"  tes: [skb]\n"
	"  urut: [skd, tkp, tiu, twk]\n"
	"  kali: 3\n"
	"desimal: 3\n"
	"seri: [skd, tkp, tiu, twk, ipk, usia]\n"
	"ipk: ipk\n"
	"lahir: tanggal_lahir\n"
	"optimalisasi:\n"
	"  ambang: umum\n"
	"  sama: [jabatan, pendidikan]\n";

/* PPPK: kompetensi teknis (90 questions of 5), manajerial (25 of 4),
 * sosio-kultural (20 of 4), wawancara (10 of 4); marks manajerial +
 * sosio-kultural 130 and wawancara 24, teknis per jabatan from the formasi
 * table (the year's KepmenPANRB on nilai ambang batas PPPK); nilai akhir the
 * sum; priority groups first where the year's rules say so (eks THK-II in
 * 2024); ties by teknis, manajerial + sosio-kultural, wawancara, then the
 * older (PermenPANRB 6/2024 art. 47).  The affirmation bonuses change every
 * year: give them in a rules file (afirmasi:). */
static const char pppk_yaml[] =
	"peserta: no_peserta\n"
	"formasi: [unit, jabatan]\n"
	"jenis: jenis_formasi\n"
	"tes:\n"
	"  - {kolom: teknis, maks: 450}\n"
	"  - {kolom: manajerial, maks: 100}\n"
	"  - {kolom: sosiokultural, maks: 80}\n"
	"  - {kolom: wawancara, maks: 40}\n"
	"integrasi:\n"
	"  - {nama: mansos, tes: [manajerial, sosiokultural]}\n"
	"ambang:\n"
	"  umum: {mansos: 130, wawancara: 24}\n"
	"desimal: 3\n"
	"seri: [teknis, mansos, wawancara, usia]\n"
	"lahir: tanggal_lahir\n"
	"prioritas:\n"
	"  kolom: kategori\n"
	"  urutan: [thk2]\n"
	"optimalisasi:\n"
	"  ambang: umum\n"
	"  sama: [jabatan, pendidikan]\n";

const char *const asn_seleksi_builtin_names[] = { "cpns", "pppk", NULL };

const char *asn_seleksi_builtin(const char *name)
{
	if (strcmp(name, "cpns") == 0)
		return cpns_yaml;
	if (strcmp(name, "pppk") == 0)
		return pppk_yaml;
	return NULL;
}


int asn_seleksi_decimal(const char *s, int64_t max, int64_t *out)
{
	int64_t whole = 0, frac = 0, scale = ASN_SELEKSI_SCALE;
	int digits = 0, decimals = 0;

	for (; *s >= '0' && *s <= '9'; s++, digits++) {
		if (whole > (INT64_MAX / ASN_SELEKSI_SCALE - 9) / 10)
			return -1;
		whole = whole * 10 + (*s - '0');
	}
	if (*s == '.' || *s == ',') {
		for (s++; *s >= '0' && *s <= '9'; s++, decimals++) {
			if (decimals == ASN_SELEKSI_DECIMALS)
				return -1;
			scale /= 10;
			frac += (*s - '0') * scale;
		}
	}
	if (*s || digits + decimals == 0)
		return -1;
	*out = whole * ASN_SELEKSI_SCALE + frac;
	return *out > max ? -1 : 0;
}

void asn_seleksi_format(int64_t v, int scale_decimals, int decimals, char *buf, size_t size)
{
	int64_t unit = 1, frac;
	int i;

	for (i = scale_decimals; i > decimals; i--)
		v /= 10;                       /* callers pass values already rounded */
	for (i = 0; i < decimals; i++)
		unit *= 10;
	frac = v % unit;
	if (decimals)
		snprintf(buf, size, "%lld.%0*lld", (long long)(v / unit), decimals, (long long)frac);
	else
		snprintf(buf, size, "%lld", (long long)v);
}

/* A score or mark of the rules: a number from 0 to max, exactly. */
static int get_decimal(const asn_yaml_ctx *c, const asn_yaml_node *n, int64_t max, int64_t *out)
{
	if (asn_yaml_expect(n, ASN_YAML_SCALAR, c->name, c->err, c->errsize) < 0)
		return -1;
	if (asn_seleksi_decimal(n->value, max, out) < 0)
		return asn_yaml_fail(c, n, "key '%s': expected a number from 0 to %lld with at most %d "
		            "decimals, got '%s'", n->key ? n->key : "",
		            (long long)(max / ASN_SELEKSI_SCALE), ASN_SELEKSI_DECIMALS, n->value);
	return 0;
}

static int get_string(const asn_yaml_ctx *c, const asn_yaml_node *n, char **out)
{
	const char *v;

	if (asn_yaml_string(n, c->name, &v, c->err, c->errsize) < 0)
		return -1;
	if (!*v)
		return asn_yaml_fail(c, n, "key '%s': expected a name, got ''", n->key ? n->key : "");
	*out = asn_strdup(v);
	return 0;
}

/* A scalar or a non-empty list of scalars, as strings. */
static int get_names(const asn_yaml_ctx *c, const asn_yaml_node *n, char ***out, size_t *count)
{
	const asn_yaml_node *const *items = (const asn_yaml_node *const *)&n;
	size_t i, nitems = 1;

	if (n->kind != ASN_YAML_SCALAR) {
		if (asn_yaml_expect(n, ASN_YAML_SEQUENCE, c->name, c->err, c->errsize) < 0)
			return -1;
		if (n->nitems == 0)
			return asn_yaml_fail(c, n, "key '%s': expected at least one item, got an empty list",
			            n->key ? n->key : "");
		items = (const asn_yaml_node *const *)n->items;
		nitems = n->nitems;
	}
	*out = asn_calloc(nitems, sizeof **out);
	for (i = 0; i < nitems; i++) {
		if (get_string(c, items[i], &(*out)[i]) < 0)
			return -1;
		*count = i + 1;
	}
	return 0;
}

static void free_names(char **v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* Test or group named v: its index in the shared space, or -1. */
static long find_nilai(const asn_seleksi *s, const char *v)
{
	size_t i;

	for (i = 0; i < s->ntes; i++)
		if (strcmp(s->tes[i].kolom, v) == 0)
			return (long)i;
	for (i = 0; i < s->ngrup; i++)
		if (s->grup[i].nama && strcmp(s->grup[i].nama, v) == 0)
			return (long)(s->ntes + i);
	return -1;
}

const char *asn_seleksi_krit_name(const asn_seleksi *s, const asn_seleksi_krit *k)
{
	if (k->kind == ASN_KRIT_IPK)
		return "ipk";
	if (k->kind == ASN_KRIT_USIA)
		return "usia";
	if (k->nilai < s->ntes)
		return s->tes[k->nilai].kolom;
	return s->grup[k->nilai - s->ntes].nama;
}

/* A list of criteria; ipk and usia only where `extra` allows. */
static int get_krit(const asn_yaml_ctx *c, const asn_seleksi *s, const asn_yaml_node *n, int extra,
                    asn_seleksi_krit **out, size_t *count)
{
	char **names = NULL;
	size_t i, nnames = 0;
	long v;
	const asn_yaml_node *at;
	int rc = 0;

	if (get_names(c, n, &names, &nnames) < 0) {
		free_names(names, nnames);
		return -1;
	}
	*out = asn_calloc(nnames, sizeof **out);
	for (i = 0; i < nnames && rc == 0; i++) {
		at = n->kind == ASN_YAML_SEQUENCE ? n->items[i] : n;
		if (extra && strcmp(names[i], "ipk") == 0) {
			(*out)[i].kind = ASN_KRIT_IPK;
		} else if (extra && strcmp(names[i], "usia") == 0) {
			(*out)[i].kind = ASN_KRIT_USIA;
		} else if ((v = find_nilai(s, names[i])) >= 0) {
			(*out)[i].kind = ASN_KRIT_NILAI;
			(*out)[i].nilai = (size_t)v;
		} else {
			rc = asn_yaml_fail(c, at, "key '%s': '%s' is not a test or a group%s", n->key ? n->key : "",
			          names[i], extra ? " (nor ipk or usia)" : "");
		}
		*count = i + 1;
	}
	free_names(names, nnames);
	return rc;
}

static int load_tes(const asn_yaml_ctx *c, asn_seleksi *s, const asn_yaml_node *list)
{
	static const char *const keys[] = { "kolom", "maks", "ambang", NULL };
	const asn_yaml_node *n, *kolom, *maks, *ambang;
	size_t i;

	if (asn_yaml_expect(list, ASN_YAML_SEQUENCE, c->name, c->err, c->errsize) < 0)
		return -1;
	if (list->nitems == 0)
		return asn_yaml_fail(c, list, "key 'tes': expected at least one test");
	s->tes = asn_calloc(list->nitems, sizeof *s->tes);
	for (i = 0; i < list->nitems; i++) {
		n = list->items[i];
		if (asn_yaml_expect(n, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0 ||
		    asn_yaml_check_keys(n, c->name, keys, c->err, c->errsize) < 0)
			return -1;
		if (!(kolom = asn_yaml_get(n, "kolom")))
			return asn_yaml_fail(c, n, "test needs 'kolom' (the column of its score)");
		if (!(maks = asn_yaml_get(n, "maks")))
			return asn_yaml_fail(c, n, "test needs 'maks' (its highest possible score)");
		if (get_string(c, kolom, &s->tes[i].kolom) < 0)
			return -1;
		s->ntes++;
		if (find_nilai(s, s->tes[i].kolom) != (long)i)
			return asn_yaml_fail(c, kolom, "test '%s' given twice", s->tes[i].kolom);
		if (get_decimal(c, maks, 1000000 * ASN_SELEKSI_SCALE, &s->tes[i].maks) < 0)
			return -1;
		if (s->tes[i].maks == 0)
			return asn_yaml_fail(c, maks, "key 'maks': expected a number above 0, got '%s'",
			            maks->value);
		/* the earlier form of the rules: a test's own mark is a general mark */
		s->tes[i].ambang = -1;
		if ((ambang = asn_yaml_get(n, "ambang")) &&
		    get_decimal(c, ambang, s->tes[i].maks, &s->tes[i].ambang) < 0)
			return -1;
	}
	return 0;
}

/* The nilai akhir is a sum of fractions whose denominators divide maks x
 * SCALE of each group; it is added up exactly over their least common
 * multiple L, and its numerator, at most 100 L, is scaled by 2 x 10^6 to be
 * rounded: L must stay below 2^127 / (2 x 10^8 + 1), about 8.5 x 10^29. */
static int too_fine(const asn_seleksi *s)
{
	const seleksi_wide limit = (seleksi_wide)850000000000000LL * 1000000000000000LL;
	seleksi_wide l = 1, d, g;
	size_t i;

	for (i = 0; i < s->ngrup; i++) {
		d = (seleksi_wide)s->grup[i].maks * ASN_SELEKSI_SCALE;
		g = seleksi_gcd(l, d);
		if (__builtin_mul_overflow(l / g, d, &l) || l > limit)
			return 1;
	}
	return 0;
}

static int load_grup(const asn_yaml_ctx *c, asn_seleksi *s, const asn_yaml_node *list)
{
	static const char *const keys[] = { "nama", "tes", "bobot", NULL };
	const asn_yaml_node *n, *nama, *tes, *bobot;
	int64_t total = 0;
	size_t i, j, nweights = 0;
	char **names;
	long t;

	if (asn_yaml_expect(list, ASN_YAML_SEQUENCE, c->name, c->err, c->errsize) < 0)
		return -1;
	if (list->nitems == 0)
		return asn_yaml_fail(c, list, "key 'integrasi': expected at least one group");
	s->grup = asn_calloc(list->nitems, sizeof *s->grup);
	for (i = 0; i < list->nitems; i++) {
		asn_seleksi_grup *g = &s->grup[i];
		size_t nnames = 0;

		n = list->items[i];
		if (asn_yaml_expect(n, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0 ||
		    asn_yaml_check_keys(n, c->name, keys, c->err, c->errsize) < 0)
			return -1;
		if (!(tes = asn_yaml_get(n, "tes")))
			return asn_yaml_fail(c, n, "integrasi group needs 'tes' (a list of tests)");
		s->ngrup++;
		if ((nama = asn_yaml_get(n, "nama"))) {
			if (get_string(c, nama, &g->nama) < 0)
				return -1;
		} else {
			/* unnamed: its one test's name, or grup1, grup2 ... */
			char def[32];

			if (tes->kind == ASN_YAML_SCALAR && tes->value)
				g->nama = asn_strdup(tes->value);
			else if (tes->kind == ASN_YAML_SEQUENCE && tes->nitems == 1 && tes->items[0]->value)
				g->nama = asn_strdup(tes->items[0]->value);
			else {
				snprintf(def, sizeof def, "grup%zu", i + 1);
				g->nama = asn_strdup(def);
			}
			nama = n;
		}
		names = NULL;
		if (get_names(c, tes, &names, &nnames) < 0) {
			free_names(names, nnames);
			return -1;
		}
		g->tes = asn_calloc(nnames, sizeof *g->tes);
		for (j = 0; j < nnames; j++) {
			t = find_nilai(s, names[j]);
			if (t < 0 || (size_t)t >= s->ntes) {
				asn_yaml_fail(c, tes->kind == ASN_YAML_SEQUENCE ? tes->items[j] : tes,
				     "test '%s' is not in 'tes'", names[j]);
				free_names(names, nnames);
				return -1;
			}
			g->tes[g->ntes++] = (size_t)t;
			g->maks += s->tes[t].maks;
		}
		free_names(names, nnames);
		/* a group may bear the name of its one test (skb: [skb]), which then
		 * stands for both */
		t = find_nilai(s, g->nama);
		if (t != (long)(s->ntes + i) &&
		    !(t >= 0 && (size_t)t < s->ntes && g->ntes == 1 && g->tes[0] == (size_t)t))
			return asn_yaml_fail(c, nama, "group '%s': the name of a test or of another group",
			            g->nama);
		if ((bobot = asn_yaml_get(n, "bobot"))) {
			if (get_decimal(c, bobot, 100 * ASN_SELEKSI_SCALE, &g->bobot) < 0)
				return -1;
			if (g->bobot == 0)
				return asn_yaml_fail(c, bobot, "key 'bobot': expected a number above 0, got '%s'",
				            bobot->value);
			total += g->bobot;
			nweights++;
		}
	}
	if (nweights && nweights != s->ngrup)
		return asn_yaml_fail(c, list, "integrasi: give every group a weight (bobot) or none");
	if (nweights && total != 100 * ASN_SELEKSI_SCALE) {
		char buf[40];

		size_t len;

		asn_seleksi_format(total, ASN_SELEKSI_DECIMALS, ASN_SELEKSI_DECIMALS, buf, sizeof buf);
		len = strlen(buf);
		while (buf[len - 1] == '0')
			buf[--len] = '\0';
		if (buf[len - 1] == '.')
			buf[--len] = '\0';
		return asn_yaml_fail(c, list, "integrasi: the weights (bobot) add up to %s, expected 100", buf);
	}
	s->weighted = nweights != 0;
	if (s->weighted && too_fine(s))
		return asn_yaml_fail(c, list, "integrasi: the groups' maxima (maks) are too fine to add up "
		            "exactly; give them with fewer decimals");
	return 0;
}

static int64_t krit_maks(const asn_seleksi *s, size_t v)
{
	return v < s->ntes ? s->tes[v].maks : s->grup[v - s->ntes].maks;
}

static int load_ambang(const asn_yaml_ctx *c, asn_seleksi *s, const asn_yaml_node *map)
{
	const asn_yaml_node *n, *m;
	size_t i, j, nv = s->ntes + s->ngrup;
	long v;

	if (asn_yaml_expect(map, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0)
		return -1;
	s->jenis = asn_calloc(map->nitems + 1, sizeof *s->jenis);
	s->jenis[0].nama = asn_strdup("umum");
	s->jenis[0].ambang = asn_malloc(nv * sizeof *s->jenis[0].ambang);
	for (j = 0; j < nv; j++)
		s->jenis[0].ambang[j] = j < s->ntes ? s->tes[j].ambang : -1;
	s->njenis = 1;
	for (i = 0; i < map->nitems; i++) {
		asn_seleksi_jenis *jn = &s->jenis[0];

		n = map->items[i];
		if (strcmp(n->key, "umum") != 0) {
			jn = &s->jenis[s->njenis++];
			jn->nama = asn_strdup(n->key);
			jn->ambang = asn_malloc(nv * sizeof *jn->ambang);
			for (j = 0; j < nv; j++)
				jn->ambang[j] = -1;
		}
		if (asn_yaml_is_null(n))
			continue;
		if (asn_yaml_expect(n, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0)
			return -1;
		for (j = 0; j < n->nitems; j++) {
			m = n->items[j];
			if ((v = find_nilai(s, m->key)) < 0)
				return asn_yaml_fail(c, m, "ambang %s: '%s' is not a test or a group", n->key, m->key);
			if (get_decimal(c, m, krit_maks(s, (size_t)v), &jn->ambang[v]) < 0)
				return -1;
		}
	}
	return 0;
}

static int load_tahap(const asn_yaml_ctx *c, asn_seleksi *s, const asn_yaml_node *n)
{
	static const char *const keys[] = { "tes", "urut", "kali", NULL };
	const asn_yaml_node *tes, *urut, *kali;
	char **names = NULL;
	size_t i, j, nnames = 0;
	long t;
	int rc = 0;

	if (asn_yaml_expect(n, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0 ||
	    asn_yaml_check_keys(n, c->name, keys, c->err, c->errsize) < 0)
		return -1;
	if (!(tes = asn_yaml_get(n, "tes")) || !(urut = asn_yaml_get(n, "urut")) ||
	    !(kali = asn_yaml_get(n, "kali")))
		return asn_yaml_fail(c, n, "tahap needs 'tes' (the second stage's tests), 'urut' (the order "
		            "of the cut) and 'kali' (places x kali go on)");
	if (get_names(c, tes, &names, &nnames) < 0)
		rc = -1;
	for (i = 0; i < nnames && rc == 0; i++) {
		t = find_nilai(s, names[i]);
		if (t < 0 || (size_t)t >= s->ntes)
			rc = asn_yaml_fail(c, tes, "tahap: test '%s' is not in 'tes'", names[i]);
		else
			s->tes[t].tahap = 1;
	}
	free_names(names, nnames);
	if (rc < 0)
		return -1;
	for (i = 0; i < s->ngrup; i++)
		for (j = 0; j < s->grup[i].ntes; j++)
			s->grup[i].tahap |= s->tes[s->grup[i].tes[j]].tahap;
	if (get_krit(c, s, urut, 0, &s->urut, &s->nurut) < 0)
		return -1;
	for (i = 0; i < s->nurut; i++) {
		size_t v = s->urut[i].nilai;

		if (v < s->ntes ? s->tes[v].tahap : s->grup[v - s->ntes].tahap)
			return asn_yaml_fail(c, urut, "tahap urut: '%s' is a second-stage score",
			            asn_seleksi_krit_name(s, &s->urut[i]));
	}
	if (asn_yaml_int(kali, c->name, 1, 1000, &s->kali, c->err, c->errsize) < 0)
		return -1;
	s->tahap = 1;
	return 0;
}

static int find_jenis(const asn_seleksi *s, const char *v, size_t *out)
{
	size_t i;

	for (i = 0; i < s->njenis; i++)
		if (strcmp(s->jenis[i].nama, v) == 0) {
			*out = i;
			return 0;
		}
	return -1;
}

static int load_optimalisasi(const asn_yaml_ctx *c, asn_seleksi *s, const asn_yaml_node *n)
{
	static const char *const keys[] = { "ambang", "sama", NULL };
	const asn_yaml_node *ambang, *sama;
	const char *v;

	if (asn_yaml_expect(n, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0 ||
	    asn_yaml_check_keys(n, c->name, keys, c->err, c->errsize) < 0)
		return -1;
	s->optimalisasi = 1;
	if ((ambang = asn_yaml_get(n, "ambang"))) {
		if (asn_yaml_string(ambang, c->name, &v, c->err, c->errsize) < 0)
			return -1;
		if (find_jenis(s, v, &s->opt_jenis) < 0)
			return asn_yaml_fail(c, ambang, "optimalisasi ambang: '%s' is not a jenis of 'ambang'", v);
	}
	if ((sama = asn_yaml_get(n, "sama")) && get_names(c, sama, &s->sama, &s->nsama) < 0)
		return -1;
	return 0;
}

static int load_afirmasi(const asn_yaml_ctx *c, asn_seleksi *s, const asn_yaml_node *n)
{
	static const char *const keys[] = { "tes", "batas", "kolom", NULL };
	const asn_yaml_node *tes, *batas, *kolom, *m;
	const char *v;
	long t;
	size_t i;

	if (asn_yaml_expect(n, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0 ||
	    asn_yaml_check_keys(n, c->name, keys, c->err, c->errsize) < 0)
		return -1;
	if (!(tes = asn_yaml_get(n, "tes")) || !(kolom = asn_yaml_get(n, "kolom")))
		return asn_yaml_fail(c, n, "afirmasi needs 'tes' (the test the bonus adds to) and 'kolom' "
		            "(flag columns and their percent)");
	if (asn_yaml_string(tes, c->name, &v, c->err, c->errsize) < 0)
		return -1;
	t = find_nilai(s, v);
	if (t < 0 || (size_t)t >= s->ntes)
		return asn_yaml_fail(c, tes, "afirmasi: test '%s' is not in 'tes'", v);
	s->afirmasi_tes = (size_t)t;
	s->batas = 100 * ASN_SELEKSI_SCALE;
	if ((batas = asn_yaml_get(n, "batas")) &&
	    get_decimal(c, batas, 100 * ASN_SELEKSI_SCALE, &s->batas) < 0)
		return -1;
	if (asn_yaml_expect(kolom, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0)
		return -1;
	s->flags = asn_calloc(kolom->nitems ? kolom->nitems : 1, sizeof *s->flags);
	for (i = 0; i < kolom->nitems; i++) {
		m = kolom->items[i];
		s->flags[i].kolom = asn_strdup(m->key);
		s->nflags++;
		if (get_decimal(c, m, 100 * ASN_SELEKSI_SCALE, &s->flags[i].persen) < 0)
			return -1;
	}
	s->afirmasi = 1;
	return 0;
}

static int load_prioritas(const asn_yaml_ctx *c, asn_seleksi *s, const asn_yaml_node *n)
{
	static const char *const keys[] = { "kolom", "urutan", NULL };
	const asn_yaml_node *kolom, *urutan;

	if (asn_yaml_expect(n, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0 ||
	    asn_yaml_check_keys(n, c->name, keys, c->err, c->errsize) < 0)
		return -1;
	if (!(kolom = asn_yaml_get(n, "kolom")) || !(urutan = asn_yaml_get(n, "urutan")))
		return asn_yaml_fail(c, n, "prioritas needs 'kolom' (the group column) and 'urutan' (its "
		            "values, first first)");
	if (get_string(c, kolom, &s->prioritas) < 0)
		return -1;
	return get_names(c, urutan, &s->urutan, &s->nurutan);
}

static int load_column(const asn_yaml_ctx *c, const asn_yaml_node *root, const char *key,
                       const char *def, char **out)
{
	const asn_yaml_node *n = asn_yaml_get(root, key);

	if (!n) {
		*out = def ? asn_strdup(def) : NULL;
		return 0;
	}
	return get_string(c, n, out);
}

static int load_tree(asn_seleksi *s, const asn_yaml_node *root, const asn_yaml_ctx *c)
{
	static const char *const keys[] = {
		"peserta", "formasi", "jenis", "tes", "integrasi", "ambang", "tahap", "desimal",
		"seri", "ipk", "lahir", "optimalisasi", "afirmasi", "prioritas", NULL
	};
	const asn_yaml_node *n;
	long desimal = 3;

	if (asn_yaml_expect(root, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0 ||
	    asn_yaml_check_keys(root, c->name, keys, c->err, c->errsize) < 0)
		return -1;
	if (load_column(c, root, "peserta", "no_peserta", &s->peserta) < 0 ||
	    load_column(c, root, "jenis", NULL, &s->jenis_kolom) < 0 ||
	    load_column(c, root, "ipk", NULL, &s->ipk) < 0 ||
	    load_column(c, root, "lahir", NULL, &s->lahir) < 0)
		return -1;
	if ((n = asn_yaml_get(root, "formasi"))) {
		if (get_names(c, n, &s->formasi, &s->nformasi) < 0)
			return -1;
	} else {
		s->formasi = asn_calloc(1, sizeof *s->formasi);
		s->formasi[s->nformasi++] = asn_strdup("formasi");
	}
	if (!(n = asn_yaml_get(root, "tes")))
		return asn_yaml_fail(c, root, "missing key 'tes' (a list of {kolom, maks})");
	if (load_tes(c, s, n) < 0)
		return -1;
	if (!(n = asn_yaml_get(root, "integrasi")))
		return asn_yaml_fail(c, root, "missing key 'integrasi' (a list of {nama, tes, bobot})");
	if (load_grup(c, s, n) < 0)
		return -1;
	if ((n = asn_yaml_get(root, "tahap")) && load_tahap(c, s, n) < 0)
		return -1;
	if ((n = asn_yaml_get(root, "ambang"))) {
		if (load_ambang(c, s, n) < 0)
			return -1;
	} else {
		asn_yaml_node empty = { .kind = ASN_YAML_MAPPING, .line = root->line,
		                        .column = root->column };

		if (load_ambang(c, s, &empty) < 0)
			return -1;
	}
	if ((n = asn_yaml_get(root, "desimal")) &&
	    asn_yaml_int(n, c->name, 0, 6, &desimal, c->err, c->errsize) < 0)
		return -1;
	s->desimal = (int)desimal;
	if ((n = asn_yaml_get(root, "seri")) && !asn_yaml_is_null(n) &&
	    get_krit(c, s, n, 1, &s->seri, &s->nseri) < 0)
		return -1;
	if ((n = asn_yaml_get(root, "optimalisasi")) && load_optimalisasi(c, s, n) < 0)
		return -1;
	if ((n = asn_yaml_get(root, "afirmasi")) && load_afirmasi(c, s, n) < 0)
		return -1;
	if ((n = asn_yaml_get(root, "prioritas")) && load_prioritas(c, s, n) < 0)
		return -1;
	return 0;
}

static int build(void *obj, const asn_yaml_node *root, const char *name, char *err,
                 size_t errsize)
{
	asn_yaml_ctx c = { name, err, errsize };

	if (load_tree(obj, root, &c) == 0)
		return 0;
	asn_seleksi_free(obj);
	return -1;
}

int asn_seleksi_load(asn_seleksi *s, const char *path, char *err, size_t errsize)
{
	const char *text = asn_seleksi_builtin(path);

	memset(s, 0, sizeof *s);
	if (text)
		return asn_yaml_build_string(text, strlen(text), path, build, s, err, errsize);
	return asn_yaml_build_file(path, build, s, err, errsize);
}

int asn_seleksi_load_string(asn_seleksi *s, const char *text, size_t len, const char *name,
                            char *err, size_t errsize)
{
	memset(s, 0, sizeof *s);
	return asn_yaml_build_string(text, len, name, build, s, err, errsize);
}

void asn_seleksi_free(asn_seleksi *s)
{
	size_t i;

	free(s->peserta);
	free_names(s->formasi, s->nformasi);
	free(s->jenis_kolom);
	for (i = 0; i < s->ntes; i++)
		free(s->tes[i].kolom);
	free(s->tes);
	for (i = 0; i < s->ngrup; i++) {
		free(s->grup[i].nama);
		free(s->grup[i].tes);
	}
	free(s->grup);
	for (i = 0; i < s->njenis; i++) {
		free(s->jenis[i].nama);
		free(s->jenis[i].ambang);
	}
	free(s->jenis);
	free(s->urut);
	free(s->seri);
	free(s->ipk);
	free(s->lahir);
	free_names(s->sama, s->nsama);
	for (i = 0; i < s->nflags; i++)
		free(s->flags[i].kolom);
	free(s->flags);
	free(s->prioritas);
	free_names(s->urutan, s->nurutan);
	memset(s, 0, sizeof *s);
}
