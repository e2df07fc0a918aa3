/* lib/names: one form for unit, subunit and jabatan names. */
#include <stdio.h>
#include <string.h>

#include "names.h"
#include "test.h"

static char buf[512];

static const char *norm(const char *s)
{
	asn_names_normalize(s, NULL, buf, sizeof buf);
	return buf;
}

static const char *loose(const char *s)
{
	asn_names_loose_key(s, buf, sizeof buf);
	return buf;
}

/* The form of a form is itself: every program may normalise again what
 * asn-import wrote.  Tricky cases by hand, then strings of random words. */
static void test_idempotent(void)
{
	static const char *const cases[] = {
		"SUBBAGIAN UMUM, s. KEPEGAWAIAN", "ABC ii", "ABC dan", "ABC DAN", "x", "X y",
		"dan", "DAN ABC", "Kepala ABC", "KEPALA abc", "a'B", "MA'RUF", "SD 1 abc",
		"\xc3\x89" "COLE NORMALE", "Ib Kab", "VI vi Vi", "IX-X", "",
	};
	static const char *const words[] = {
		"ABC", "abc", "Abc", "dan", "DAN", "Dan", "ii", "II", "s.", "S", "x", "SD", "sd",
		"Ma'ruf", "MA'RUF", "2a", "-", ",", "(UPTD)", "\xc3\x89t\xc3\xa9", "di", "XI",
		"Kepala", "KEPALA", "q-R", "'", "\xc2\xa0",
	};
	char once[512], twice[512], text[512];
	unsigned long seed = 7604;
	size_t i, j, nw, bad = 0, len;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		asn_names_normalize(cases[i], NULL, once, sizeof once);
		asn_names_normalize(once, NULL, twice, sizeof twice);
		CHECK_STR(twice, once, "idempotent: '%s'", cases[i]);
	}
	for (i = 0; i < 20000; i++) {
		len = 0;
		text[0] = '\0';
		seed = seed * 6364136223846793005UL + 1442695040888963407UL;
		nw = 1 + (seed >> 33) % 6;
		for (j = 0; j < nw; j++) {
			seed = seed * 6364136223846793005UL + 1442695040888963407UL;
			len += (size_t)snprintf(text + len, sizeof text - len, "%s%s", j ? " " : "",
			                        words[(seed >> 33) % (sizeof words / sizeof words[0])]);
		}
		asn_names_normalize(text, NULL, once, sizeof once);
		asn_names_normalize(once, NULL, twice, sizeof twice);
		if (strcmp(once, twice) != 0 && bad++ < 3)
			printf("# '%s' -> '%s' -> '%s'\n", text, once, twice);
	}
	CHECK_INT(bad, 0, "idempotent on 20,000 strings of random words");
}

static size_t pairs[4][2], npairs;

static void found(void *ctx, size_t i, size_t j)
{
	(void)ctx;
	if (npairs < 4) {
		pairs[npairs][0] = i;
		pairs[npairs][1] = j;
	}
	npairs++;
}

static void test_near_misses(void)
{
	/* values each ended by NUL, as the programs group them */
	static const char k1[] = "Dinkes\0Dokter Ahli Pertama", k2[] = "Dinas X\0Guru",
		s1[] = "Dinas Y\0Guru", s2[] = "Dinas Kesehatan\0Dokter Ahli Pertama",
		s3[] = "Dinas Kesehatan\0Dokter Ahli Pertama";
	asn_names_position unstaffed[] = { { k1, sizeof k1 }, { k2, sizeof k2 } };
	asn_names_position unneeded[] = { { s1, sizeof s1 }, { s2, sizeof s2 }, { s3, sizeof s3 } };
	size_t n;

	npairs = 0;
	n = asn_names_near_misses(unstaffed, 2, unneeded, 3, found, NULL);
	CHECK_INT(n, 1, "near misses: one pair");
	CHECK(pairs[0][0] == 0 && pairs[0][1] == 1,
	      "near misses: Dinkes ~ Dinas Kesehatan, the first staffed one");
	CHECK_INT(asn_names_near_misses(unstaffed, 2, unneeded, 0, found, NULL), 0,
	          "near misses: none without staffed positions");
}

int main(void)
{
	static const char *const mine[] = { "XYZ", NULL };
	char small[8];
	size_t n;

	/* doc/design.md, The exports: JABATAN NAMA in Title Case or UPPER CASE in the same file */
	CHECK_STR(norm("GURU AHLI PERTAMA"), "Guru Ahli Pertama", "upper case to title case");
	CHECK_STR(norm("Guru Ahli Pertama"), "Guru Ahli Pertama", "title case kept");
	CHECK_STR(norm("guru  ahli\tpertama "), "Guru Ahli Pertama", "blanks collapsed, trimmed");
	CHECK_STR(norm("\xc2\xa0Guru\xc2\xa0" "Ahli Pertama"), "Guru Ahli Pertama",
	          "no-break spaces are blanks");
	CHECK_STR(norm("SD NEGERI 1 MAMUJU"), "SD Negeri 1 Mamuju", "acronym kept in capitals");
	CHECK_STR(norm("UPTD PUSKESMAS KALUKKU"), "UPTD Puskesmas Kalukku", "UPTD");
	CHECK_STR(norm("DINAS PENDIDIKAN DAN KEBUDAYAAN"), "Dinas Pendidikan dan Kebudayaan",
	          "joining word in lower case");
	CHECK_STR(norm("Dan Lain"), "Dan Lain", "a joining word first is capitalised");
	CHECK_STR(norm("SEKRETARIAT DPRD"), "Sekretariat DPRD", "DPRD");
	CHECK_STR(norm("PEMERINTAH KAB. MAMUJU"), "Pemerintah Kab. Mamuju", "abbreviation with a point");
	CHECK_STR(norm("KEPALA SUB-BAGIAN UMUM"), "Kepala Sub-Bagian Umum", "each part of a hyphenated word");
	CHECK_STR(norm("Kasubag TU"), "Kasubag TU", "TU in capitals");
	CHECK_STR(norm("Kepala Seksi ABC"), "Kepala Seksi ABC",
	          "capitals inside a mixed-case name are an acronym of the source");
	CHECK_STR(norm("KEPALA SEKSI ABC"), "Kepala Seksi Abc",
	          "in an all-capitals name an unknown word is a word");
	CHECK_STR(norm("PELAKSANA KELAS III"), "Pelaksana Kelas III", "Roman numeral");
	CHECK_STR(norm("ANALIS MA'RUF"), "Analis Ma'ruf", "apostrophe inside a word");
	CHECK_STR(norm("Sekolah 2a"), "Sekolah 2a", "a word holding a digit is kept");
	CHECK_STR(norm(""), "", "empty");
	CHECK_STR(norm("   "), "", "blank");
	asn_names_normalize("XYZ UNIT", mine, buf, sizeof buf);
	CHECK_STR(buf, "XYZ Unit", "a list of one's own");
	asn_names_normalize("SD NEGERI", mine, buf, sizeof buf);
	CHECK_STR(buf, "Sd Negeri", "the list replaces the built-in one");
	n = asn_names_normalize("GURU AHLI PERTAMA", NULL, small, sizeof small);
	CHECK_INT(n, 17, "length needed is returned");
	CHECK_STR(small, "Guru Ah", "cut to the buffer");

	asn_names_key("GURU  Ahli PERTAMA", buf, sizeof buf);
	CHECK_STR(buf, "guru ahli pertama", "key: lower case of the form");

	CHECK_STR(loose("Dinkes"), "dinaskesehatan", "Dinkes spelled out");
	CHECK_STR(loose("Dinas Kesehatan"), "dinaskesehatan", "same loose key");
	CHECK_STR(loose("Kasubag Umum"), "kepalasubbagianumum", "Kasubag");
	CHECK_STR(loose("Kepala Sub Bagian Umum"), "kepalasubbagianumum", "Sub Bagian");
	CHECK_STR(loose("Kepala Sub-Bagian Umum"), "kepalasubbagianumum", "Sub-Bagian");
	CHECK_STR(loose("SDN 1 Mamuju"), "sdnegeri1mamuju", "SDN");
	CHECK_STR(loose("SD Negeri 1 Mamuju"), "sdnegeri1mamuju", "SD Negeri");
	test_near_misses();
	test_idempotent();
	return TEST_DONE();
}
