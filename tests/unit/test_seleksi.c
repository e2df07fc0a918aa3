#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "input.h"
#include "seleksi.h"
#include "test.h"
#include "test_files.h"

static void test_decimal(void)
{
	int64_t v;
	char buf[40];

	CHECK(asn_seleksi_decimal("64.7275", 100 * ASN_SELEKSI_SCALE, &v) == 0 && v == 64727500,
	      "64.7275 read exactly");
	CHECK(asn_seleksi_decimal("65,5", 100 * ASN_SELEKSI_SCALE, &v) == 0 && v == 65500000,
	      "a decimal comma");
	CHECK(asn_seleksi_decimal(".5", ASN_SELEKSI_SCALE, &v) == 0 && v == 500000, ".5");
	CHECK(asn_seleksi_decimal("1.", ASN_SELEKSI_SCALE, &v) == 0 && v == 1000000, "1.");
	CHECK(asn_seleksi_decimal("0.000001", ASN_SELEKSI_SCALE, &v) == 0 && v == 1,
	      "six decimals");
	CHECK(asn_seleksi_decimal("0.0000001", ASN_SELEKSI_SCALE, &v) < 0, "seven decimals refused");
	CHECK(asn_seleksi_decimal("-1", ASN_SELEKSI_SCALE, &v) < 0, "no sign");
	CHECK(asn_seleksi_decimal("1e3", 10000 * ASN_SELEKSI_SCALE, &v) < 0, "no exponent");
	CHECK(asn_seleksi_decimal("", ASN_SELEKSI_SCALE, &v) < 0, "empty refused");
	CHECK(asn_seleksi_decimal(".", ASN_SELEKSI_SCALE, &v) < 0, "a lone point refused");
	CHECK(asn_seleksi_decimal("150.000001", 150 * ASN_SELEKSI_SCALE, &v) < 0, "above max");
	CHECK(asn_seleksi_decimal("99999999999999999999", INT64_MAX, &v) < 0, "overflow refused");
	asn_seleksi_format(64728, 3, 3, buf, sizeof buf);
	CHECK_STR(buf, "64.728", "format at three decimals");
	asn_seleksi_format(5, 3, 3, buf, sizeof buf);
	CHECK_STR(buf, "0.005", "leading zeros of the fraction");
	asn_seleksi_format(83, 0, 0, buf, sizeof buf);
	CHECK_STR(buf, "83", "no decimals");
}

static void test_rules(void)
{
	asn_seleksi s;
	char err[512];
	static const char *const bad[][2] = {
		{ "tes: [{kolom: a, maks: 10}]\nintegrasi: [{nama: g, tes: a, bobot: 60}]\n",
		  "r.yaml:2:12: integrasi: the weights (bobot) add up to 60, expected 100" },
		{ "tes: [{kolom: a, maks: 10}]\nintegrasi: [{nama: g, tes: b}]\n",
		  "r.yaml:2:28: test 'b' is not in 'tes'" },
		{ "tes: [{kolom: a, maks: 10}]\nintegrasi: [{nama: g, tes: a}]\nambang: {umum: {a: 11}}\n",
		  "r.yaml:3:20: key 'a': expected a number from 0 to 10 with at most 6 decimals, "
		  "got '11'" },
		{ "tes: [{kolom: a, maks: 10}]\nintegrasi: [{nama: g, tes: a}]\nseri: [a, umur]\n",
		  "r.yaml:3:11: key 'seri': 'umur' is not a test or a group (nor ipk or usia)" },
		{ "tes: [{kolom: a, maks: 10}, {kolom: b, maks: 5}]\nintegrasi: [{nama: g, tes: a}]\n"
		  "tahap: {tes: [b], urut: [b], kali: 3}\n",
		  "r.yaml:3:25: tahap urut: 'b' is a second-stage score" },
		{ "tes: [{kolom: a, maks: 10}]\nintegrasi: [{nama: a, tes: [a, a]}]\n",
		  "r.yaml:2:20: group 'a': the name of a test or of another group" },
		{ "tes: [{kolom: a, maks: 10}]\nintegrasi: [{nama: g, tes: a}]\n"
		  "optimalisasi: {ambang: khusus}\n",
		  "r.yaml:3:24: optimalisasi ambang: 'khusus' is not a jenis of 'ambang'" },
	};
	size_t i;

	CHECK_INT(asn_seleksi_load(&s, "cpns", err, sizeof err), 0, "built-in cpns rules");
	CHECK_INT(s.ntes, 4, "twk, tiu, tkp, skb");
	CHECK(s.tes[3].tahap && !s.tes[2].tahap, "skb is the second stage");
	CHECK(s.grup[0].maks == 550 * ASN_SELEKSI_SCALE && s.grup[0].bobot == 40 * ASN_SELEKSI_SCALE,
	      "skd: maks 550, bobot 40");
	CHECK_INT(s.njenis, 5, "five formasi types");
	CHECK(s.jenis[1].ambang[4] == 311 * ASN_SELEKSI_SCALE &&
	      s.jenis[1].ambang[1] == 85 * ASN_SELEKSI_SCALE && s.jenis[1].ambang[0] == -1,
	      "cumlaude: SKD total 311 and TIU 85, no TWK mark (KepmenPANRB 651/2023)");
	CHECK(s.kali == 3 && s.nurut == 4, "3 x places, by SKD total, TKP, TIU, TWK");
	CHECK_INT(s.nseri, 6, "six tie-breaks");
	CHECK_STR(asn_seleksi_krit_name(&s, &s.seri[5]), "usia", "the last is age");
	asn_seleksi_free(&s);
	CHECK_INT(asn_seleksi_load(&s, "pppk", err, sizeof err), 0, "built-in pppk rules");
	CHECK(!s.weighted && !s.tahap && s.nurutan == 1, "a sum, no cut, one priority group");
	asn_seleksi_free(&s);
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		CHECK_INT(asn_seleksi_load_string(&s, bad[i][0], strlen(bad[i][0]), "r.yaml", err,
		                                  sizeof err), -1, "bad rules refused");
		CHECK_STR(err, bad[i][1], "the message names line and column");
	}
}

/* A candidate of nt tests and ng groups; the groups' sums as the reader
 * makes them. */
static void peserta(const asn_seleksi *s, asn_seleksi_peserta *p, int64_t *nilai,
                    const double *v)
{
	size_t t, g, i;

	memset(p, 0, sizeof *p);
	p->nilai = nilai;
	for (t = 0; t < s->ntes; t++)
		nilai[t] = v[t] < 0 ? -1 : (int64_t)(v[t] * ASN_SELEKSI_SCALE + 0.5);
	for (g = 0; g < s->ngrup; g++) {
		nilai[s->ntes + g] = 0;
		for (i = 0; i < s->grup[g].ntes; i++)
			nilai[s->ntes + g] = nilai[s->grup[g].tes[i]] < 0 ? -1 :
			                     nilai[s->ntes + g] + nilai[s->grup[g].tes[i]];
	}
}

static void test_akhir(void)
{
	static const char half[] =
		"tes: [{kolom: a, maks: 100}, {kolom: b, maks: 100}]\n"
		"integrasi: [{nama: ga, tes: a, bobot: 50}, {nama: gb, tes: b, bobot: 50}]\n";
	asn_seleksi s;
	asn_seleksi_peserta p;
	int64_t nilai[8];
	char err[512];

	asn_seleksi_load(&s, "cpns", err, sizeof err);
	/* by hand: 40 x 400 / 550 + 60 x 80 / 100 = 29.0909... + 48 */
	peserta(&s, &p, nilai, (const double[]){ 100, 120, 180, 80 });
	CHECK_INT(asn_seleksi_akhir(&s, &p), 77091, "77.091");
	/* 40 x 385 / 550 = 28 exactly, + 60 x 61.2125 / 100 = 36.7275: 64.7275 up */
	peserta(&s, &p, nilai, (const double[]){ 100, 120, 165, 61.2125 });
	CHECK_INT(asn_seleksi_akhir(&s, &p), 64728, "64.7275 rounds half up to 64.728");
	peserta(&s, &p, nilai, (const double[]){ 100, 120, 180, -1 });
	CHECK_INT(asn_seleksi_akhir(&s, &p), -1, "no SKB: no nilai akhir");
	asn_seleksi_free(&s);

	asn_seleksi_load_string(&s, half, sizeof half - 1, "h.yaml", err, sizeof err);
	/* 50 x 64.727 / 100 + 50 x 64.728 / 100 = 64.7275 */
	peserta(&s, &p, nilai, (const double[]){ 64.727, 64.728 });
	CHECK_INT(asn_seleksi_akhir(&s, &p), 64728, "an exact .xxx5 rounds up, not down");
	peserta(&s, &p, nilai, (const double[]){ 64.7274, 64.7274 });
	CHECK_INT(asn_seleksi_akhir(&s, &p), 64727, "64.7274 stays down");
	asn_seleksi_free(&s);

	asn_seleksi_load(&s, "pppk", err, sizeof err);
	/* the sum: 300.5 + 80 + 60 + 30 = 470.5 */
	peserta(&s, &p, nilai, (const double[]){ 300.5, 80, 60, 30 });
	CHECK_INT(asn_seleksi_akhir(&s, &p), 470500, "PPPK: the sum of the scores");
	asn_seleksi_free(&s);
}

static void open_table(asn_input *in, char *path, const char *text)
{
	test_write_file(path, text);
	asn_input_open(in, path, ',');
}

typedef struct {
	asn_seleksi s;
	asn_seleksi_formasi f;
	asn_seleksi_kandidat k;
	unsigned long long rejected;
	char err[4096];
} run;

static void read_run(run *r, const char *rules, const char *formasi, const char *kandidat)
{
	char fpath[] = "/tmp/asn-test-formasi-XXXXXX", kpath[] = "/tmp/asn-test-kandidat-XXXXXX";
	FILE *saved = stderr, *f = tmpfile();
	asn_input in;
	char err[512];

	memset(r, 0, sizeof *r);
	if (asn_seleksi_load_string(&r->s, rules, strlen(rules), "r.yaml", err, sizeof err) < 0)
		asn_seleksi_load(&r->s, rules, err, sizeof err);
	stderr = f;
	open_table(&in, fpath, formasi);
	asn_seleksi_formasi_begin(&r->f, &r->s, &in);
	while (asn_input_next(&in))
		asn_seleksi_formasi_row(&r->f, &in, &r->rejected);
	asn_input_close(&in);
	open_table(&in, kpath, kandidat);
	asn_seleksi_kandidat_begin(&r->k, &r->s, &r->f, &in);
	while (asn_input_next(&in))
		asn_seleksi_kandidat_row(&r->k, &in, &r->rejected);
	asn_input_close(&in);
	asn_seleksi_run(&r->s, &r->f, r->k.p, r->k.n);
	stderr = saved;
	test_read_back(f, r->err, sizeof r->err);
	unlink(fpath);
	unlink(kpath);
}

static void free_run(run *r)
{
	asn_seleksi_kandidat_free(&r->k);
	asn_seleksi_formasi_free(&r->f);
	asn_seleksi_free(&r->s);
}

/* The cut to SKB with a tie at 3 x places (PermenPANRB 27/2021 art. 40), a
 * special formasi on totals, and optimalisasi (art. 48). */
static void test_run(void)
{
	run r;
	char buf[512];

	read_run(&r, "cpns",
	         "unit,jabatan,jenis_formasi,kebutuhan\n"
	         "A,Perawat,,1\n"
	         "B,Perawat,,2\n"
	         "A,Perawat,cumlaude,1\n",
	         "no_peserta,unit,jabatan,jenis_formasi,twk,tiu,tkp,skb\n"
	         "1,A,Perawat,,100,100,200,70\n"      /* 400 */
	         "2,A,Perawat,,90,100,200,90\n"       /* 390 */
	         "3,A,Perawat,,90,100,190,50\n"       /* 380: third */
	         "4,A,Perawat,,90,100,190,95\n"       /* 380: tied with 3 at the cut */
	         "5,A,Perawat,,85,100,190,99\n"       /* 375: outside, P */
	         "6,A,Perawat,,80,100,190,99\n"       /* 370: outside, P */
	         "7,B,Perawat,,100,100,200,\n"        /* no SKB: TH */
	         "8,A,Perawat,cumlaude,60,90,165,80\n" /* 315, TIU 90: on totals */
	         "9,A,Perawat,,100,79,200,80\n"       /* TIU 79: TL */
	         "10,A,Perawat,cumlaude,60,90,160,80\n" /* 310: TL */
	         "11,A,Perawat,,,100,200,80\n");      /* TWK absent: TH */
	CHECK_INT(r.rejected, 0, "nothing rejected");
	CHECK(r.k.p[0].status_skd == ASN_ST_PL && r.k.p[1].status_skd == ASN_ST_PL &&
	      r.k.p[2].status_skd == ASN_ST_PL && r.k.p[3].status_skd == ASN_ST_PL,
	      "3 x 1 place, and the one tied with the third, sit SKB");
	CHECK(r.k.p[4].status_skd == ASN_ST_P && r.k.p[5].status_skd == ASN_ST_P,
	      "375 and 370 outside: P");
	CHECK(r.k.p[2].peringkat_skd == 3 && r.k.p[3].peringkat_skd == 3 &&
	      r.k.p[4].peringkat_skd == 5, "tied ranks shared: 1, 2, 3, 3, 5");
	CHECK(r.k.p[8].status_skd == ASN_ST_TL && r.k.p[10].status_skd == ASN_ST_TH,
	      "TL below a mark, TH absent");
	CHECK(r.k.p[7].memenuhi && !r.k.p[9].memenuhi, "cumlaude: 315 passes, 310 does not");
	/* 40 x 380 / 550 + 60 x 95 / 100 = 27.636 + 57 = 84.636 */
	CHECK(r.k.p[3].akhir == 84636 && r.k.p[3].lulus && r.k.p[3].status == ASN_ST_PL,
	      "the one tied at the cut wins on SKB");
	CHECK(r.k.p[6].status == ASN_ST_TH && !r.k.p[6].lulus, "no SKB: TH");
	/* B has 2 places and no finalist: the best of A not lulus who meet the
	 * general marks go there, best first: 2 (28.364 + 54 = 82.364), 1 (29.091
	 * + 42 = 71.091), before 3 (27.636 + 30 = 57.636) */
	CHECK(r.k.p[1].status == ASN_ST_PLO && r.k.p[1].penempatan == 1, "2 to B by optimalisasi");
	CHECK(r.k.p[0].status == ASN_ST_PLO && r.k.p[0].penempatan == 1, "1 to B by optimalisasi");
	CHECK(r.k.p[2].status == ASN_ST_TL && !r.k.p[2].lulus, "3 left");
	CHECK(r.k.p[7].lulus && r.k.p[7].status == ASN_ST_PL, "the cumlaude place filled");
	asn_seleksi_keterangan(&r.s, &r.f, &r.k.p[0], buf, sizeof buf);
	CHECK_STR(buf, "lulus optimalisasi ke B / Perawat", "why, in words");
	asn_seleksi_keterangan(&r.s, &r.f, &r.k.p[4], buf, sizeof buf);
	CHECK_STR(buf, "memenuhi nilai ambang batas; peringkat SKD 5 di luar 3 x 1 kebutuhan",
	          "outside the cut");
	CHECK(asn_seleksi_meets(&r.s, &r.f, &r.k.p[9], r.k.p[9].jenis, 0, buf, sizeof buf) == 0,
	      "310 misses the cumlaude mark");
	CHECK_STR(buf, "skd<311", "on the total");
	free_run(&r);
}

/* PPPK: affirmation bonuses summed, capped, added before the marks; the
 * priority group first; the teknis mark per formasi. */
static void test_pppk(void)
{
	static const char rules[] =
		"tes: [{kolom: teknis, maks: 450}, {kolom: manajerial, maks: 100},\n"
		"      {kolom: sosiokultural, maks: 80}, {kolom: wawancara, maks: 40}]\n"
		"integrasi: [{nama: mansos, tes: [manajerial, sosiokultural]}]\n"
		"ambang: {umum: {mansos: 130, wawancara: 24}}\n"
		"seri: [teknis, mansos, wawancara, usia]\n"
		"lahir: tanggal_lahir\n"
		"afirmasi: {tes: teknis, batas: 15, kolom: {usia35: 10, disabilitas: 10}}\n"
		"prioritas: {kolom: kategori, urutan: [thk2]}\n";
	run r;

	read_run(&r, rules,
	         "formasi,kebutuhan,ambang_teknis\n"
	         "Guru,1,300\n",
	         "no_peserta,formasi,teknis,manajerial,sosiokultural,wawancara,usia35,disabilitas,"
	         "kategori,tanggal_lahir\n"
	         "1,Guru,260,80,60,30,ya,ya,,1980-01-01\n"   /* 260 + 15 % x 450 = 327.5 */
	         "2,Guru,440,80,60,30,ya,,,1980-01-01\n"     /* 440 + 45 capped at 450 */
	         "3,Guru,300,70,60,24,,,thk2,1990-01-01\n"   /* priority */
	         "4,Guru,250,90,70,30,1,0,,1985-01-01\n"     /* 295 < 300 */
	         "5,Guru,300,80,60,30,maybe,,,\n");           /* a bad flag */
	CHECK_INT(r.rejected, 1, "the bad flag rejected");
	CHECK(strstr(r.err, ":6:7: usia35 'maybe': expected ya or tidak") != NULL, "and told");
	CHECK(r.k.p[0].nilai[0] == 327500000, "bonuses summed and capped at 15 percent");
	CHECK(r.k.p[1].nilai[0] == 450 * ASN_SELEKSI_SCALE, "teknis capped at its maximum");
	CHECK(!r.k.p[3].memenuhi, "295 below the formasi's teknis mark 300");
	CHECK(r.k.p[2].peringkat == 1 && r.k.p[2].lulus, "the priority group first");
	CHECK(r.k.p[1].peringkat == 2 && r.k.p[0].peringkat == 3, "then by the sum");
	CHECK_STR(asn_seleksi_penentu_name(&r.s, r.k.p[1].penentu), "kategori",
	          "decided by the priority group");
	free_run(&r);
}

int main(void)
{
	asn_cli_init("test_seleksi");
	test_decimal();
	test_rules();
	test_akhir();
	test_run();
	test_pppk();
	return TEST_DONE();
}
