#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "csv.h"
#include "needs.h"
#include "test.h"

#define NEAR(a, b) (fabs((a) - (b)) < 1e-9)

typedef struct {
	int count;
	long line[16];
	char message[16][512];
	char column[16][64];
} rejects;

static void
collect(void *ctx, const char *file, long line, const char *column, const char *value,
    const char *message)
{
	rejects *r = ctx;

	(void)file;
	(void)value;
	if (r->count < 16) {
		r->line[r->count] = line;
		snprintf(r->message[r->count], sizeof(r->message[0]), "%s", message);
		snprintf(r->column[r->count], sizeof(r->column[0]), "%s", column);
	}
	r->count++;
}

/* Read text as a NEEDS table with the default configuration (WKE 1250). */
static int
read_text(asn_needs *n, const char *text, asn_rounding rounding, const char *const *extra,
    size_t nextra, rejects *rej, char *err, size_t errsize)
{
	asn_needs_options opt;
	asn_config cfg;
	asn_csv_reader *r;
	int rc;

	asn_config_defaults(&cfg);
	asn_needs_options_init(&opt, &cfg);
	opt.rounding = rounding;
	opt.extra_keys = extra;
	opt.nextra = nextra;
	opt.reject = collect;
	opt.ctx = rej;
	memset(rej, 0, sizeof(*rej));
	r = asn_csv_reader_from_memory(text, strlen(text), "needs.csv", 0);
	rc = asn_needs_read_csv(n, r, &opt, err, errsize);
	asn_csv_reader_free(r);
	asn_config_free(&cfg);
	return rc;
}

static const asn_needs_entry *
find(const asn_needs *n, const char *unit, const char *jabatan)
{
	const char *keys[2] = { unit, jabatan };

	return asn_needs_find(n, keys);
}

static void
test_abk_by_hand(void)
{
	static const char text[] =
	    "unit,jabatan,uraian_tugas,volume,satuan_periode,norma_waktu,satuan_waktu,keterangan\n"
	    "SMP 1,Guru Ahli Muda,Tatap muka,96,minggu,40,menit,x\n"
	    "SMP 1,Guru Ahli Muda,RPP,24,bulan,2,jam,\n"
	    "RSUD,Perawat Terampil,Asuhan,40,hari,15,menit,\n"
	    "SMP 1,Guru Ahli Muda,Menilai,540,tahun,30,menit,\n"
	    "Bappeda,Perencana Ahli Pertama,Kajian,75,Tahun,25,Jam,\n";
	const asn_needs_entry *e;
	asn_needs n;
	rejects rej;
	char err[512];

	CHECK_INT(read_text(&n, text, ASN_ROUND_HALF_UP, NULL, 0, &rej, err, sizeof(err)),
	    ASN_NEEDS_OK, "ABK table read");
	CHECK_INT(n.form, ASN_NEEDS_ABK, "ABK form detected");
	CHECK_INT(n.wisn, 0, "no WISN columns");
	CHECK_INT(n.nentries, 3, "three positions");
	CHECK_INT(n.nread, 5, "five rows");
	CHECK_INT(rej.count, 0, "nothing rejected");
	CHECK_STR(n.entries[0].keys[0], "SMP 1", "first position first");
	CHECK_STR(n.entries[2].keys[1], "Perencana Ahli Pertama", "order of first appearance");
	/* 96x50x40/60 = 3200, 24x12x2 = 576, 540x30/60 = 270: 4046 h, 3.2368 */
	e = find(&n, "SMP 1", "Guru Ahli Muda");
	CHECK(e != NULL, "guru found");
	if (e) {
		CHECK(NEAR(e->beban_jam, 4046), "guru workload 4046 h");
		CHECK(NEAR(e->kebutuhan_hitung, 3.2368), "guru need 3.2368");
		CHECK(e->kebutuhan == 3, "guru rounded 3");
		CHECK_INT(e->nrows, 3, "guru has three tasks (not adjacent)");
		CHECK_INT(e->line, 2, "guru first on line 2");
		CHECK(e->caf == 1 && e->iaf == 0, "no allowances: CAF 1, IAF 0");
	}
	e = find(&n, "Bappeda", "Perencana Ahli Pertama");
	CHECK(e && NEAR(e->kebutuhan_hitung, 1.5) && e->kebutuhan == 2, "1.5 rounds to 2");
	CHECK(find(&n, "SMP 1", "Guru") == NULL, "absent position not found");
	CHECK(find(&n, "smp 1", "Guru Ahli Muda") == NULL, "keys match exactly (case)");
	asn_needs_free(&n);

	read_text(&n, text, ASN_ROUND_CEIL, NULL, 0, &rej, err, sizeof(err));
	CHECK(find(&n, "SMP 1", "Guru Ahli Muda")->kebutuhan == 4, "ceil: guru 4");
	asn_needs_free(&n);
	read_text(&n, text, ASN_ROUND_FLOOR, NULL, 0, &rej, err, sizeof(err));
	CHECK(find(&n, "Bappeda", "Perencana Ahli Pertama")->kebutuhan == 1, "floor: 1.5 is 1");
	asn_needs_free(&n);
	read_text(&n, text, ASN_ROUND_NONE, NULL, 0, &rej, err, sizeof(err));
	CHECK(NEAR(find(&n, "SMP 1", "Guru Ahli Muda")->kebutuhan, 3.2368), "none: unrounded");
	asn_needs_free(&n);
}

static void
test_wisn(void)
{
	static const char text[] =
	    "unit,jabatan,uraian_tugas,volume,satuan_periode,norma_waktu,satuan_waktu,cas_persen,ias_jam\n"
	    "RSUD,Perawat,Asuhan,40,hari,15,menit,,\n"
	    "RSUD,Perawat,Dokumentasi,300,bulan,10,menit,,\n"
	    "RSUD,Perawat,Rapat,,,,,10,\n"
	    "RSUD,Perawat,Pelatihan,,,,,5,\n"
	    "RSUD,Perawat,Kepala ruangan,,,,,,250\n";
	const asn_needs_entry *e;
	asn_needs n;
	rejects rej;
	char err[512];

	CHECK_INT(read_text(&n, text, ASN_ROUND_HALF_UP, NULL, 0, &rej, err, sizeof(err)),
	    ASN_NEEDS_OK, "WISN table read");
	CHECK_INT(n.wisn, 1, "WISN columns seen");
	CHECK_INT(rej.count, 0, "allowance-only rows are not errors");
	e = find(&n, "RSUD", "Perawat");
	CHECK(e != NULL, "perawat found");
	if (e) {
		CHECK(NEAR(e->beban_jam, 3100), "workload 3100 h (allowance rows add none)");
		CHECK(NEAR(e->cas_persen, 15), "CAS 15%%");
		CHECK(NEAR(e->ias_jam, 250), "IAS 250 h");
		CHECK(NEAR(e->caf, 1 / 0.85), "CAF 1/0.85");
		CHECK(NEAR(e->iaf, 0.2), "IAF 0.2");
		CHECK(NEAR(e->kebutuhan_hitung, 2.48 / 0.85 + 0.2), "required 3.117647");
		CHECK(e->kebutuhan == 3, "rounded 3");
	}
	asn_needs_free(&n);
}

static void
test_formasi(void)
{
	static const char text[] =
	    "Jabatan,Unit,Kebutuhan\n"
	    "Guru Ahli Muda,SMP 1,4\n"
	    "Perawat,RSUD,2.5\n"
	    "Guru Ahli Muda,SMP 1,5\n"
	    "Bidan,,1\n"
	    "Bidan,Puskesmas,satu\n"
	    "Bidan,Puskesmas,-1\n"
	    "Bidan,Puskesmas,\n"
	    "Bidan,Puskesmas,\"1,5\"\n"
	    "Bidan,Puskesmas, 1\n"
	    "Bidan,Puskesmas,1e3\n";
	const asn_needs_entry *e;
	asn_needs n;
	rejects rej;
	char err[512];

	CHECK_INT(read_text(&n, text, ASN_ROUND_HALF_UP, NULL, 0, &rej, err, sizeof(err)),
	    ASN_NEEDS_OK, "formasi read (column order and case free)");
	CHECK_INT(n.form, ASN_NEEDS_FORMASI, "formasi form detected");
	CHECK_INT(n.nentries, 2, "two positions");
	CHECK_INT(n.nrejected, 8, "eight rows rejected");
	CHECK_INT(rej.count, 8, "eight rejects reported");
	e = find(&n, "SMP 1", "Guru Ahli Muda");
	CHECK(e && e->kebutuhan == 4, "duplicate keeps the first row");
	CHECK(e && isnan(e->beban_jam), "formasi has no workload");
	e = find(&n, "RSUD", "Perawat");
	CHECK(e && NEAR(e->kebutuhan_hitung, 2.5) && e->kebutuhan == 3, "2.5 kept, rounded 3");
	CHECK_INT(rej.line[0], 4, "duplicate on line 4");
	CHECK_STR(rej.message[0], "duplicate position: Unit 'SMP 1', Jabatan 'Guru Ahli Muda' "
	    "already on line 2", "duplicate message names the keys as the header does");
	CHECK_STR(rej.column[0], "Jabatan", "duplicate names the jabatan column as given");
	CHECK_STR(rej.message[1], "unit is empty", "empty unit");
	CHECK_STR(rej.message[2], "kebutuhan 'satu': not a number", "non-numeric");
	CHECK_STR(rej.message[3], "kebutuhan '-1': must not be negative", "negative");
	CHECK_STR(rej.message[4], "kebutuhan is empty", "empty");
	CHECK_STR(rej.message[5], "kebutuhan '1,5': not a number (use '.' as the decimal separator)",
	    "decimal comma");
	CHECK_STR(rej.message[6], "kebutuhan ' 1': not a number", "spaces are data");
	CHECK_STR(rej.message[7], "kebutuhan '1e3': not a number", "no exponents");
	CHECK_INT(rej.line[7], 11, "line of the last reject");
	asn_needs_free(&n);
}

static void
test_abk_faults(void)
{
	static const char text[] =
	    "unit,jabatan,uraian_tugas,volume,satuan_periode,norma_waktu,satuan_waktu,cas_persen,ias_jam\n"
	    "A,B,ok,1,tahun,1,jam,,\n"
	    "A,B,neg,-3,tahun,1,jam,,\n"
	    "A,B,nan,nan,tahun,1,jam,,\n"
	    "A,B,period,1,tahunan,1,jam,,\n"
	    "A,B,unit,1,tahun,1,detik,,\n"
	    "A,B,norma,1,tahun,x,jam,,\n"
	    "A,B,cas,,,,,99.5,\n"
	    "A,B,cas2,,,,,0.5,\n"
	    "A,B,cas3,,,,,100,\n"
	    "A,B,ias,,,,,,-1\n"
	    "A,B,empty,,bulan,1,jam,,\n"
	    "A,,nojabatan,1,tahun,1,jam,,\n";
	const asn_needs_entry *e;
	asn_needs n;
	rejects rej;
	char err[512];

	read_text(&n, text, ASN_ROUND_HALF_UP, NULL, 0, &rej, err, sizeof(err));
	CHECK_INT(rej.count, 10, "ten rows rejected");
	CHECK_STR(rej.message[0], "volume '-3': must not be negative", "negative volume");
	CHECK_STR(rej.column[0], "volume", "names the column");
	CHECK_STR(rej.message[1], "volume 'nan': not a number", "nan is not a number");
	CHECK_STR(rej.message[2], "satuan_periode 'tahunan': expected tahun, bulan, minggu or hari",
	    "unknown period");
	CHECK_STR(rej.message[3], "satuan_waktu 'detik': expected menit or jam", "unknown time unit");
	CHECK_STR(rej.message[4], "norma_waktu 'x': not a number", "bad norma");
	CHECK_STR(rej.message[5], "cas_persen '0.5': the position's total reaches 100% (CAF undefined)",
	    "CAS total reaching 100%%");
	CHECK_STR(rej.message[6], "cas_persen '100': expected less than 100", "CAS 100");
	CHECK_STR(rej.message[7], "ias_jam '-1': must not be negative", "negative IAS");
	CHECK_STR(rej.message[8], "volume is empty", "empty volume on a task row");
	CHECK_STR(rej.message[9], "jabatan is empty", "empty jabatan");
	CHECK_INT(rej.line[9], 13, "line 13");
	e = find(&n, "A", "B");
	CHECK(e && NEAR(e->beban_jam, 1) && NEAR(e->cas_persen, 99.5), "good rows counted");
	CHECK(e && NEAR(e->kebutuhan_hitung, 1.0 / 1250 * 200), "CAF 200 for 99.5%%");
	asn_needs_free(&n);
}

static void
test_headers(void)
{
	const char *extra[] = { "subunit" };
	asn_needs n;
	rejects rej;
	char err[512];

	CHECK_INT(read_text(&n, "unit,jabatan,jumlah\n", ASN_ROUND_HALF_UP, NULL, 0, &rej, err,
	    sizeof(err)), ASN_NEEDS_EINPUT, "not a NEEDS table");
	CHECK(strncmp(err, "needs.csv:1: not a NEEDS table", 30) == 0, "says so: %s", err);
	asn_needs_free(&n);
	CHECK_INT(read_text(&n, "unit,jabatan,kebutuhan,volume\n", ASN_ROUND_HALF_UP, NULL, 0, &rej,
	    err, sizeof(err)), ASN_NEEDS_EINPUT, "both forms");
	asn_needs_free(&n);
	CHECK_INT(read_text(&n, "unit,jabatan,uraian_tugas,volume,satuan_periode,norma_waktu\n",
	    ASN_ROUND_HALF_UP, NULL, 0, &rej, err, sizeof(err)), ASN_NEEDS_EINPUT, "ABK column missing");
	CHECK_STR(err, "needs.csv:1: missing required column 'satuan_waktu' (ABK workload table)",
	    "names the missing ABK column");
	asn_needs_free(&n);
	CHECK_INT(read_text(&n, "jabatan,kebutuhan\n", ASN_ROUND_HALF_UP, NULL, 0, &rej, err,
	    sizeof(err)), ASN_NEEDS_EINPUT, "unit missing");
	CHECK_STR(err, "needs.csv:1: missing required column 'unit'", "names unit");
	asn_needs_free(&n);
	CHECK_INT(read_text(&n, "unit,jabatan,kebutuhan,ias_jam\n", ASN_ROUND_HALF_UP, NULL, 0, &rej,
	    err, sizeof(err)), ASN_NEEDS_EINPUT, "WISN columns in a formasi");
	asn_needs_free(&n);
	CHECK_INT(read_text(&n, "unit,jabatan,kebutuhan\n", ASN_ROUND_HALF_UP, extra, 1, &rej, err,
	    sizeof(err)), ASN_NEEDS_EKEY, "extra key column absent");
	CHECK_STR(err, "needs.csv:1: missing key column 'subunit'", "names the key");
	asn_needs_free(&n);
	CHECK_INT(read_text(&n, "", ASN_ROUND_HALF_UP, NULL, 0, &rej, err, sizeof(err)),
	    ASN_NEEDS_EINPUT, "empty input");
	CHECK_STR(err, "needs.csv: empty input (no header row)", "empty input message");
	asn_needs_free(&n);
	CHECK_INT(read_text(&n, "unit,jabatan,kebutuhan\nA,B\n", ASN_ROUND_HALF_UP, NULL, 0, &rej,
	    err, sizeof(err)), ASN_NEEDS_EINPUT, "ragged row");
	CHECK_STR(err, "needs.csv:2:3: expected 3 fields, got 2", "ragged message");
	asn_needs_free(&n);
	CHECK_INT(read_text(&n, "unit;jabatan;kebutuhan\nA;B;2\n", ASN_ROUND_HALF_UP, NULL, 0, &rej,
	    err, sizeof(err)), ASN_NEEDS_OK, "semicolons detected");
	CHECK_INT(n.nentries, 1, "one position");
	asn_needs_free(&n);
	CHECK_INT(read_text(&n, "unit,jabatan,kebutuhan\n", ASN_ROUND_HALF_UP, NULL, 0, &rej, err,
	    sizeof(err)), ASN_NEEDS_OK, "header only");
	CHECK_INT(n.nentries, 0, "no positions");
	asn_needs_free(&n);
}

static void
test_extra_keys(void)
{
	static const char text[] =
	    "unit,subunit,jabatan,kebutuhan\n"
	    "Dinkes,Puskesmas Tapalang,Bidan,2\n"
	    "Dinkes,Puskesmas Kalukku,Bidan,3\n"
	    "Dinkes,Puskesmas Tapalang,Bidan,4\n";
	const char *extra[] = { "SubUnit" };
	const char *keys[3] = { "Dinkes", "Bidan", "Puskesmas Kalukku" };
	const asn_needs_entry *e;
	asn_needs n;
	rejects rej;
	char err[512];

	CHECK_INT(read_text(&n, text, ASN_ROUND_HALF_UP, extra, 1, &rej, err, sizeof(err)),
	    ASN_NEEDS_OK, "extra key read");
	CHECK_INT(n.nkeys, 3, "three keys");
	CHECK_INT(n.nentries, 2, "two positions");
	CHECK_INT(rej.count, 1, "the repeated (unit, subunit, jabatan) is a duplicate");
	e = asn_needs_find(&n, keys);
	CHECK(e && e->kebutuhan == 3, "found by all three keys");
	CHECK_STR(n.key_names[2], "subunit", "key name as in the header");
	CHECK_STR(rej.message[0], "duplicate position: unit 'Dinkes', jabatan 'Bidan', "
	    "subunit 'Puskesmas Tapalang' already on line 2", "duplicate names all keys");
	asn_needs_free(&n);

	/* without asking, subunit still keeps the subunits' needs apart */
	CHECK_INT(read_text(&n, text, ASN_ROUND_HALF_UP, NULL, 0, &rej, err, sizeof(err)),
	    ASN_NEEDS_OK, "subunit column read");
	CHECK_INT(n.nkeys, 3, "subunit is a key of its own");
	CHECK_INT(n.nentries, 2, "two positions, not a duplicate");
	CHECK_INT(rej.count, 1, "only the true duplicate rejected");
	e = asn_needs_find(&n, keys);
	CHECK(e && e->kebutuhan == 3, "found with the subunit");
	asn_needs_free(&n);
}

static void
test_file(void)
{
	asn_needs_options opt;
	asn_config cfg;
	asn_needs n;
	char err[512];
	FILE *f = NULL;
	char path[] = "/tmp/test_needs.XXXXXX";
	int fd;

	asn_config_defaults(&cfg);
	asn_needs_options_init(&opt, &cfg);
	CHECK(opt.wke_hours == 1250 && opt.rounding == ASN_ROUND_HALF_UP, "options from config");
	CHECK_INT(asn_needs_read_file(&n, "/nonexistent/needs.csv", &opt, err, sizeof(err)),
	    ASN_NEEDS_EINPUT, "missing file");
	CHECK_STR(err, "/nonexistent/needs.csv: No such file or directory", "names the file");
	asn_needs_free(&n);
	if ((fd = mkstemp(path)) >= 0 && (f = fdopen(fd, "w"))) {
		fputs("unit,jabatan,uraian_tugas,volume,satuan_periode,norma_waktu,satuan_waktu\n"
		    "A,B,t,1250,tahun,60,menit\n", f);
		fclose(f);
		opt.wke_hours = 625;
		CHECK_INT(asn_needs_read_file(&n, path, &opt, err, sizeof(err)), ASN_NEEDS_OK, "file read");
		CHECK(n.nentries == 1 && NEAR(n.entries[0].kebutuhan_hitung, 2), "WKE 625: need 2");
		CHECK_STR(n.name, path, "name is the path");
		asn_needs_free(&n);
		remove(path);
	}
	asn_config_free(&cfg);
}

/* Every figure a row gives is finite and bounded (ASN_NEEDS_MAX_HOURS,
 * ASN_NEEDS_MAX_STAFF), so that nothing infinite reaches the output.  By
 * hand, with WKE 1250: 1e9 a day x 250 x 1e9 min / 60 = 4.16667e+18 hours;
 * 4e8 + 7e8 = 1.1e9 hours; 1e9 h / 1250 = 800000, x CAF 1 / (1 - 95/100) =
 * 20 gives 1.6e7 staff. */
static void
test_bounds(void)
{
	static const char text[] =
	    "unit,jabatan,uraian_tugas,volume,satuan_periode,norma_waktu,satuan_waktu,cas_persen,ias_jam\n"
	    "A,B,huge,100000000000000000000000000000000000000000000000000000000000000000000000000000"
	    "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
	    "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
	    "00000000000000000000000000000000000000000000000,tahun,1,jam,,\n"
	    "A,B,product,1000000000,hari,1000000000,menit,,\n"
	    "A,B,first,400000000,tahun,1,jam,,\n"
	    "A,B,total,700000000,tahun,1,jam,,\n"
	    "C,D,ias,,,,,,1000000001\n"
	    "E,F,work,1000000000,tahun,1,jam,,\n"
	    "E,F,cas,,,,,95,\n";
	static const char formasi[] = "unit,jabatan,kebutuhan\nA,B,10000001\nA,C,10000000\n";
	const asn_needs_entry *e;
	asn_needs n;
	rejects rej;
	char err[512];

	read_text(&n, text, ASN_ROUND_HALF_UP, NULL, 0, &rej, err, sizeof(err));
	CHECK_INT(rej.count, 5, "five rows rejected");
	CHECK(strncmp(rej.message[0], "volume '1000", 12) == 0 &&
	    strstr(rej.message[0], "': expected at most 1000000000"), "1e300 volume: %s",
	    rej.message[0]);
	CHECK_STR(rej.column[0], "volume", "names the column");
	CHECK_STR(rej.message[1], "norma_waktu '1000000000': the position's workload reaches "
	    "4.16667e+18 hours a year, above 1000000000", "volume x norma");
	CHECK_STR(rej.message[2], "norma_waktu '1': the position's workload reaches 1.1e+09 hours "
	    "a year, above 1000000000", "position total");
	CHECK_STR(rej.message[3], "ias_jam '1000000001': expected at most 1000000000", "ias_jam");
	CHECK_STR(rej.message[4], "cas_persen '95': the position's need reaches 1.6e+07 staff, "
	    "above 10000000", "need after CAF");
	CHECK_INT(rej.line[4], 8, "line 8");
	e = find(&n, "A", "B");
	CHECK(e && NEAR(e->beban_jam, 4e8) && NEAR(e->kebutuhan_hitung, 320000), "A B: 4e8 h");
	CHECK(!find(&n, "C", "D"), "no position from a rejected row");
	e = find(&n, "E", "F");
	CHECK(e && e->nrows == 1 && NEAR(e->kebutuhan_hitung, 800000), "E F: 1e9 h at the bound");
	asn_needs_free(&n);

	read_text(&n, formasi, ASN_ROUND_HALF_UP, NULL, 0, &rej, err, sizeof(err));
	CHECK_INT(rej.count, 1, "kebutuhan above 1e7 rejected");
	CHECK_STR(rej.message[0], "kebutuhan '10000001': expected at most 10000000", "kebutuhan");
	CHECK(n.nentries == 1 && NEAR(n.entries[0].kebutuhan, 1e7), "1e7 at the bound");
	asn_needs_free(&n);
}

int
main(void)
{
	test_abk_by_hand();
	test_wisn();
	test_formasi();
	test_abk_faults();
	test_bounds();
	test_headers();
	test_extra_keys();
	test_file();
	return TEST_DONE();
}
