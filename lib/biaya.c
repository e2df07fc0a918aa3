/* Personnel cost: the pay rules as data, a month's pay, the groups' costs
 * per year and the 30 % cap (lib/biaya.h, doc/biaya.md). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "biaya.h"
#include "cli.h"
#include "rules.h"
#include "yaml.h"

static const char gaji_yaml[] =
	"# The pay rules of asn-forecast --biaya (doc/biaya.md); a file in this form\n"
	"# (--gaji) replaces any key it gives.\n"
	"#\n"
	"# Gaji pokok PNS: PP 5/2024 (lampiran), from 1 January 2024.  Per golongan,\n"
	"# the masa kerja golongan (years) at which each step starts, and its monthly\n"
	"# gaji pokok; before the first step the first applies, after the last the last.\n"
	"pns:\n"
	"  peraturan: PP 5/2024\n"
	"  golongan:\n"
	"    I/a: {0: 1685700, 2: 1738800, 4: 1793500, 6: 1850000, 8: 1908300, 10: 1968400,\n"
	"          12: 2030400, 14: 2094300, 16: 2160300, 18: 2228300, 20: 2298500,\n"
	"          22: 2370900, 24: 2445500, 26: 2522600}\n"
	"    I/b: {3: 1840800, 5: 1898800, 7: 1958600, 9: 2020300, 11: 2083900, 13: 2149600,\n"
	"          15: 2217300, 17: 2287100, 19: 2359100, 21: 2433400, 23: 2510100,\n"
	"          25: 2589100, 27: 2670700}\n"
	"    I/c: {3: 1918700, 5: 1979100, 7: 2041500, 9: 2105800, 11: 2172100, 13: 2240500,\n"
	"          15: 2311100, 17: 2383900, 19: 2458900, 21: 2536400, 23: 2616300,\n"
	"          25: 2698700, 27: 2783700}\n"
	"    I/d: {3: 1999900, 5: 2062900, 7: 2127800, 9: 2194800, 11: 2264000, 13: 2335300,\n"
	"          15: 2408800, 17: 2484700, 19: 2562900, 21: 2643700, 23: 2726900,\n"
	"          25: 2812800, 27: 2901400}\n"
	"    II/a: {0: 2184000, 1: 2218400, 3: 2288200, 5: 2360300, 7: 2434600, 9: 2511300,\n"
	"           11: 2590400, 13: 2672000, 15: 2756200, 17: 2843000, 19: 2932500,\n"
	"           21: 3024900, 23: 3120100, 25: 3218400, 27: 3319800, 29: 3424300,\n"
	"           31: 3532200, 33: 3643400}\n"
	"    II/b: {3: 2385000, 5: 2460100, 7: 2537600, 9: 2617500, 11: 2700000, 13: 2785000,\n"
	"           15: 2872700, 17: 2963200, 19: 3056500, 21: 3152800, 23: 3252100,\n"
	"           25: 3354500, 27: 3460200, 29: 3569200, 31: 3681600, 33: 3797500}\n"
	"    II/c: {3: 2485900, 5: 2564200, 7: 2645000, 9: 2728300, 11: 2814200, 13: 2902800,\n"
	"           15: 2994300, 17: 3088600, 19: 3185800, 21: 3286200, 23: 3389700,\n"
	"           25: 3496400, 27: 3606500, 29: 3720100, 31: 3837300, 33: 3958200}\n"
	"    II/d: {3: 2591100, 5: 2672700, 7: 2756800, 9: 2843700, 11: 2933200, 13: 3025600,\n"
	"           15: 3120900, 17: 3219200, 19: 3320600, 21: 3425200, 23: 3533100,\n"
	"           25: 3644300, 27: 3759100, 29: 3877500, 31: 3999600, 33: 4125600}\n"
	"    III/a: {0: 2785700, 2: 2873500, 4: 2964000, 6: 3057300, 8: 3153600, 10: 3252900,\n"
	"            12: 3355400, 14: 3461100, 16: 3570100, 18: 3682500, 20: 3798500,\n"
	"            22: 3918100, 24: 4041500, 26: 4168800, 28: 4300100, 30: 4435500,\n"
	"            32: 4575200}\n"
	"    III/b: {0: 2903600, 2: 2995000, 4: 3089300, 6: 3186600, 8: 3287000, 10: 3390500,\n"
	"            12: 3497300, 14: 3607500, 16: 3721100, 18: 3838300, 20: 3959200,\n"
	"            22: 4083900, 24: 4212500, 26: 4345100, 28: 4482000, 30: 4623200,\n"
	"            32: 4768800}\n"
	"    III/c: {0: 3026400, 2: 3121700, 4: 3220000, 6: 3321400, 8: 3426000, 10: 3533900,\n"
	"            12: 3645200, 14: 3760100, 16: 3878500, 18: 4000600, 20: 4126600,\n"
	"            22: 4256600, 24: 4390700, 26: 4528900, 28: 4671600, 30: 4818700,\n"
	"            32: 4970500}\n"
	"    III/d: {0: 3154400, 2: 3253700, 4: 3356200, 6: 3461900, 8: 3571000, 10: 3683400,\n"
	"            12: 3799400, 14: 3919100, 16: 4042500, 18: 4169900, 20: 4301200,\n"
	"            22: 4436700, 24: 4576400, 26: 4720500, 28: 4869200, 30: 5022500,\n"
	"            32: 5180700}\n"
	"    IV/a: {0: 3287800, 2: 3391400, 4: 3498200, 6: 3608400, 8: 3722000, 10: 3839200,\n"
	"           12: 3960200, 14: 4084900, 16: 4213500, 18: 4346200, 20: 4483100,\n"
	"           22: 4624300, 24: 4770000, 26: 4920200, 28: 5075200, 30: 5235000,\n"
	"           32: 5399900}\n"
	"    IV/b: {0: 3426900, 2: 3534800, 4: 3646200, 6: 3761000, 8: 3879500, 10: 4001600,\n"
	"           12: 4127700, 14: 4257700, 16: 4391800, 18: 4530100, 20: 4672800,\n"
	"           22: 4819900, 24: 4971700, 26: 5128300, 28: 5289800, 30: 5456400,\n"
	"           32: 5628300}\n"
	"    IV/c: {0: 3571900, 2: 3684400, 4: 3800400, 6: 3920100, 8: 4043600, 10: 4170900,\n"
	"           12: 4302300, 14: 4437800, 16: 4577500, 18: 4721700, 20: 4870400,\n"
	"           22: 5023800, 24: 5182000, 26: 5345200, 28: 5513600, 30: 5687200,\n"
	"           32: 5866400}\n"
	"    IV/d: {0: 3723000, 2: 3840200, 4: 3961200, 6: 4085900, 8: 4214600, 10: 4347300,\n"
	"           12: 4484300, 14: 4625500, 16: 4771200, 18: 4921400, 20: 5076400,\n"
	"           22: 5236300, 24: 5401200, 26: 5571400, 28: 5746800, 30: 5927800,\n"
	"           32: 6114500}\n"
	"    IV/e: {0: 3880400, 2: 4002700, 4: 4128700, 6: 4258700, 8: 4392900, 10: 4531200,\n"
	"           12: 4673900, 14: 4821100, 16: 4973000, 18: 5129600, 20: 5291200,\n"
	"           22: 5457800, 24: 5629700, 26: 5807000, 28: 5989900, 30: 6178600,\n"
	"           32: 6373200}\n"
	"# Gaji pokok PPPK: Perpres 11/2024 (lampiran), from 1 January 2024.  Per\n"
	"# golongan, the masa kerja (years) at which each step starts, as for PNS.\n"
	"pppk:\n"
	"  peraturan: Perpres 11/2024\n"
	"  golongan:\n"
	"    I: {0: 1938500, 2: 1999500, 4: 2062500, 6: 2127500, 8: 2194500, 10: 2263600,\n"
	"        12: 2334900, 14: 2408400, 16: 2484300, 18: 2562500, 20: 2643200, 22: 2726500,\n"
	"        24: 2812400, 26: 2900900}\n"
	"    II: {3: 2116900, 5: 2183600, 7: 2252400, 9: 2323300, 11: 2396500, 13: 2472000,\n"
	"         15: 2549800, 17: 2630100, 19: 2713000, 21: 2798400, 23: 2886600, 25: 2977500,\n"
	"         27: 3071200}\n"
	"    III: {3: 2206500, 5: 2276000, 7: 2347700, 9: 2421600, 11: 2497900, 13: 2576500,\n"
	"          15: 2657700, 17: 2741400, 19: 2827700, 21: 2916800, 23: 3008700, 25: 3103400,\n"
	"          27: 3201200}\n"
	"    IV: {3: 2299800, 5: 2372300, 7: 2447000, 9: 2524000, 11: 2603500, 13: 2685500,\n"
	"         15: 2770100, 17: 2857400, 19: 2947400, 21: 3040200, 23: 3135900, 25: 3234700,\n"
	"         27: 3336600}\n"
	"    V: {0: 2511500, 1: 2551100, 3: 2631400, 5: 2714300, 7: 2799800, 9: 2888000,\n"
	"        11: 2978900, 13: 3072800, 15: 3169500, 17: 3269400, 19: 3372300, 21: 3478500,\n"
	"        23: 3588100, 25: 3701100, 27: 3817700, 29: 3937900, 31: 4061900, 33: 4189900}\n"
	"    VI: {3: 2742800, 5: 2829100, 7: 2918200, 9: 3010100, 11: 3105000, 13: 3202700,\n"
	"         15: 3303600, 17: 3407700, 19: 3515000, 21: 3625700, 23: 3739900, 25: 3857700,\n"
	"         27: 3979200, 29: 4104500, 31: 4233800, 33: 4367100}\n"
	"    VII: {3: 2858800, 5: 2948800, 7: 3041700, 9: 3137500, 11: 3236300, 13: 3338200,\n"
	"          15: 3443400, 17: 3551800, 19: 3663700, 21: 3779100, 23: 3898100, 25: 4020800,\n"
	"          27: 4147500, 29: 4278100, 31: 4412800, 33: 4551800}\n"
	"    VIII: {3: 2979700, 5: 3073500, 7: 3170300, 9: 3270200, 11: 3373200, 13: 3479400,\n"
	"           15: 3589000, 17: 3702000, 19: 3818600, 21: 3938900, 23: 4063000, 25: 4190900,\n"
	"           27: 4322900, 29: 4459100, 31: 4599500, 33: 4744400}\n"
	"    IX: {0: 3203600, 2: 3304400, 4: 3408500, 6: 3515900, 8: 3626600, 10: 3740800,\n"
	"         12: 3858600, 14: 3980200, 16: 4105500, 18: 4234800, 20: 4368200, 22: 4505800,\n"
	"         24: 4647700, 26: 4794100, 28: 4945100, 30: 5100800, 32: 5261500}\n"
	"    X: {0: 3339100, 2: 3444200, 4: 3552700, 6: 3664600, 8: 3780000, 10: 3899100,\n"
	"        12: 4021900, 14: 4148500, 16: 4279200, 18: 4414000, 20: 4553000, 22: 4696400,\n"
	"        24: 4844300, 26: 4996900, 28: 5154200, 30: 5316600, 32: 5484000}\n"
	"    XI: {0: 3480300, 2: 3589900, 4: 3703000, 6: 3819600, 8: 3939900, 10: 4064000,\n"
	"         12: 4192000, 14: 4324000, 16: 4460200, 18: 4600700, 20: 4745600, 22: 4895000,\n"
	"         24: 5049200, 26: 5208200, 28: 5372300, 30: 5541500, 32: 5716000}\n"
	"    XII: {0: 3627500, 2: 3741800, 4: 3859600, 6: 3981200, 8: 4106600, 10: 4235900,\n"
	"          12: 4369300, 14: 4506900, 16: 4648900, 18: 4795300, 20: 4946300, 22: 5102100,\n"
	"          24: 5262800, 26: 5428500, 28: 5599500, 30: 5775900, 32: 5957800}\n"
	"    XIII: {0: 3781000, 2: 3900000, 4: 4022900, 6: 4149600, 8: 4280300, 10: 4415100,\n"
	"           12: 4554100, 14: 4697600, 16: 4845500, 18: 4998100, 20: 5155500, 22: 5317900,\n"
	"           24: 5485400, 26: 5658200, 28: 5836400, 30: 6020200, 32: 6209800}\n"
	"    XIV: {0: 3940900, 2: 4065000, 4: 4193000, 6: 4325100, 8: 4461300, 10: 4601800,\n"
	"          12: 4746800, 14: 4896300, 16: 5050500, 18: 5209500, 20: 5373600, 22: 5542900,\n"
	"          24: 5717400, 26: 5897500, 28: 6083200, 30: 6274800, 32: 6472500}\n"
	"    XV: {0: 4107600, 2: 4237000, 4: 4370400, 6: 4508100, 8: 4650000, 10: 4796500,\n"
	"         12: 4947600, 14: 5103400, 16: 5264100, 18: 5429900, 20: 5600900, 22: 5777300,\n"
	"         24: 5959300, 26: 6147000, 28: 6340600, 30: 6540300, 32: 6746200}\n"
	"    XVI: {0: 4281400, 2: 4416200, 4: 4555300, 6: 4698700, 8: 4846700, 10: 4999400,\n"
	"          12: 5156800, 14: 5319300, 16: 5486800, 18: 5659600, 20: 5837800, 22: 6021700,\n"
	"          24: 6211400, 26: 6407000, 28: 6608800, 30: 6816900, 32: 7031600}\n"
	"    XVII: {0: 4462500, 2: 4603000, 4: 4748000, 6: 4897500, 8: 5051800, 10: 5210900,\n"
	"           12: 5375000, 14: 5544300, 16: 5718900, 18: 5899000, 20: 6084800, 22: 6276400,\n"
	"           24: 6474100, 26: 6678000, 28: 6888300, 30: 7105300, 32: 7329000}\n"
	"# CPNS: 80 % of gaji pokok until appointed PNS, a year after TMT CPNS\n"
	"# (PP 7/1977 on PNS pay, as amended; PP 11/2017 art. 34 on the year of trial)\n"
	"cpns_persen: 80\n"
	"tunjangan:\n"
	"  # suami/istri 10 % and 2 % for each of at most 2 children (PP 7/1977\n"
	"  # art. 16), assumed for everyone: the export has no family data\n"
	"  keluarga_persen: 14\n"
	"  # tunjangan umum by golongan for staff without a structural allowance\n"
	"  # (Perpres 12/2006); PPPK by the golongan of their entry rank (I-IV: I,\n"
	"  # V-VIII: II, IX-XII: III, XIII-XVII: IV)\n"
	"  umum: {I: 175000, II: 180000, III: 185000, IV: 190000}\n"
	"  # tunjangan jabatan struktural (Perpres 26/2007: eselon II.b, III.a, IV.a)\n"
	"  # by jenis_jabatan; a jenis not listed gets tunjangan umum\n"
	"  jabatan: {jpt_pratama: 3250000, administrator: 1260000, pengawas: 540000}\n"
	"  # tunjangan beras: 10 kg a person at Rp 7.242, for 3 persons\n"
	"  beras: 217260\n"
	"  # tambahan penghasilan (TPP) per person a month: set by each regency (Perkada)\n"
	"  tpp: 0\n"
	"# gaji ketiga belas and THR, each a month of gaji and the allowances tied to it\n"
	"bulan_tambahan: 2\n"
	"# pay rise assumed each year after the first, percent\n"
	"kenaikan_persen: 0\n"
	"# belanja pegawai at most this percent of total spending (UU 1/2022 art. 146)\n"
	"batas_persen: 30\n"
	"# items left out of belanja pegawai for the 30 % cap (UU 1/2022 art. 146):\n"
	"# any of gaji, keluarga, jabatan, beras, tpp, tambahan\n"
	"dikecualikan: []\n";

const char *const asn_biaya_item_names[ASN_BIAYA_N] = {
	"gaji", "keluarga", "jabatan", "beras", "tpp", "tambahan", "tambahan"
};

const char *asn_biaya_builtin(void)
{
	return gaji_yaml;
}


static void tabel_free(asn_gaji_tabel *t)
{
	size_t i;

	for (i = 0; i < t->n; i++) {
		free(t->g[i].nama);
		free(t->g[i].steps);
	}
	free(t->g);
	free(t->peraturan);
	memset(t, 0, sizeof *t);
}

static int by_mkg(const void *a, const void *b)
{
	const asn_gaji_step *x = a, *y = b;

	return (x->mkg > y->mkg) - (x->mkg < y->mkg);
}

/* pns: or pppk: {peraturan, golongan: {NAME: {MKG: GAJI, ...}}}; the table
 * given replaces the one before. */
static int load_tabel(const asn_yaml_ctx *c, const asn_yaml_node *n, asn_gaji_tabel *t)
{
	static const char *const keys[] = { "peraturan", "golongan", NULL };
	const asn_yaml_node *p, *gol, *g, *s;
	asn_gaji_tabel nt;
	const char *v;
	size_t i, j;
	long mkg, gaji;

	if (asn_yaml_expect(n, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0 ||
	    asn_yaml_check_keys(n, c->name, keys, c->err, c->errsize) < 0)
		return -1;
	if (!(gol = asn_yaml_get(n, "golongan")))
		return asn_yaml_fail(c, n, "key '%s': needs 'golongan' (the pay table)", n->key);
	if (asn_yaml_expect(gol, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0)
		return -1;
	memset(&nt, 0, sizeof nt);
	nt.g = asn_calloc(gol->nitems ? gol->nitems : 1, sizeof *nt.g);
	for (i = 0; i < gol->nitems; i++) {
		g = gol->items[i];
		nt.g[nt.n].nama = asn_strdup(g->key);
		nt.n++;
		if (asn_yaml_expect(g, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0)
			goto bad;
		if (g->nitems == 0) {
			asn_yaml_fail(c, g, "golongan %s: expected at least one {masa kerja: gaji}", g->key);
			goto bad;
		}
		nt.g[i].steps = asn_calloc(g->nitems, sizeof *nt.g[i].steps);
		for (j = 0; j < g->nitems; j++) {
			s = g->items[j];
			mkg = strtol(s->key, (char **)&v, 10);
			if (!*s->key || *v || mkg < 0 || mkg > 60) {
				asn_yaml_fail(c, s, "golongan %s: masa kerja '%s': expected whole years from 0 to 60",
				     g->key, s->key);
				goto bad;
			}
			if (asn_yaml_int(s, c->name, 1, 1000000000, &gaji, c->err, c->errsize) < 0)
				goto bad;
			nt.g[i].steps[j].mkg = (int)mkg;
			nt.g[i].steps[j].gaji = gaji;
			nt.g[i].n++;
		}
		qsort(nt.g[i].steps, nt.g[i].n, sizeof *nt.g[i].steps, by_mkg);
	}
	if ((p = asn_yaml_get(n, "peraturan"))) {
		if (asn_yaml_string(p, c->name, &v, c->err, c->errsize) < 0)
			goto bad;
		nt.peraturan = asn_strdup(v);
	} else if (t->peraturan) {
		nt.peraturan = asn_strdup(t->peraturan);
	}
	tabel_free(t);
	*t = nt;
	return 0;
bad:
	tabel_free(&nt);
	return -1;
}

static int get_number(const asn_yaml_ctx *c, const asn_yaml_node *map, const char *key, double max,
                      double *out)
{
	const asn_yaml_node *n = asn_yaml_get(map, key);

	return n ? asn_yaml_double(n, c->name, 0, max, out, c->err, c->errsize) : 0;
}

static int get_rupiah(const asn_yaml_ctx *c, const asn_yaml_node *map, const char *key, long *out)
{
	const asn_yaml_node *n = asn_yaml_get(map, key);

	return n ? asn_yaml_int(n, c->name, 0, 1000000000, out, c->err, c->errsize) : 0;
}

static int load_tunjangan(const asn_yaml_ctx *c, asn_biaya_rules *r, const asn_yaml_node *n)
{
	static const char *const keys[] = { "keluarga_persen", "umum", "jabatan", "beras", "tpp",
	                                    NULL };
	static const char *const umum_keys[] = { "I", "II", "III", "IV", NULL };
	const asn_yaml_node *u, *j;
	size_t i;

	if (asn_yaml_expect(n, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0 ||
	    asn_yaml_check_keys(n, c->name, keys, c->err, c->errsize) < 0 ||
	    get_number(c, n, "keluarga_persen", 100, &r->keluarga_persen) < 0 ||
	    get_rupiah(c, n, "beras", &r->beras) < 0 || get_rupiah(c, n, "tpp", &r->tpp) < 0)
		return -1;
	if ((u = asn_yaml_get(n, "umum"))) {
		if (asn_yaml_expect(u, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0 ||
		    asn_yaml_check_keys(u, c->name, umum_keys, c->err, c->errsize) < 0)
			return -1;
		for (i = 0; i < 4; i++)
			if (get_rupiah(c, u, umum_keys[i], &r->umum[i]) < 0)
				return -1;
	}
	if ((j = asn_yaml_get(n, "jabatan"))) {
		if (asn_yaml_expect(j, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0)
			return -1;
		for (i = 0; i < r->njabatan; i++)
			free(r->jabatan[i]);
		free(r->jabatan);
		free(r->jabatan_rp);
		r->njabatan = 0;
		r->jabatan = asn_calloc(j->nitems ? j->nitems : 1, sizeof *r->jabatan);
		r->jabatan_rp = asn_calloc(j->nitems ? j->nitems : 1, sizeof *r->jabatan_rp);
		for (i = 0; i < j->nitems; i++) {
			r->jabatan[i] = asn_strdup(j->items[i]->key);
			r->njabatan++;
			if (asn_yaml_int(j->items[i], c->name, 0, 1000000000, &r->jabatan_rp[i], c->err,
			                 c->errsize) < 0)
				return -1;
		}
	}
	return 0;
}

static int load_dikecualikan(const asn_yaml_ctx *c, asn_biaya_rules *r, const asn_yaml_node *n)
{
	const char *v;
	size_t i, k;

	if (asn_yaml_expect(n, ASN_YAML_SEQUENCE, c->name, c->err, c->errsize) < 0)
		return -1;
	memset(r->dikecualikan, 0, sizeof r->dikecualikan);
	for (i = 0; i < n->nitems; i++) {
		if (asn_yaml_string(n->items[i], c->name, &v, c->err, c->errsize) < 0)
			return -1;
		for (k = 0; k < ASN_BIAYA_N && strcmp(v, asn_biaya_item_names[k]) != 0; k++)
			;
		if (k == ASN_BIAYA_N)
			return asn_yaml_fail(c, n->items[i], "dikecualikan: '%s' is not an item (gaji, keluarga, "
			            "jabatan, beras, tpp, tambahan)", v);
		r->dikecualikan[k] = 1;
		if (k == ASN_BIAYA_TAMBAHAN)
			r->dikecualikan[ASN_BIAYA_TAMBAHAN_T] = 1;
	}
	return 0;
}

static int apply(asn_biaya_rules *r, const asn_yaml_node *root, const asn_yaml_ctx *c)
{
	static const char *const keys[] = { "pns", "pppk", "cpns_persen", "tunjangan",
	                                    "bulan_tambahan", "kenaikan_persen", "batas_persen",
	                                    "dikecualikan",
	                                    NULL };
	const asn_yaml_node *n;

	if (asn_yaml_expect(root, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0 ||
	    asn_yaml_check_keys(root, c->name, keys, c->err, c->errsize) < 0)
		return -1;
	if (((n = asn_yaml_get(root, "pns")) && load_tabel(c, n, &r->pns) < 0) ||
	    ((n = asn_yaml_get(root, "pppk")) && load_tabel(c, n, &r->pppk) < 0) ||
	    ((n = asn_yaml_get(root, "tunjangan")) && load_tunjangan(c, r, n) < 0) ||
	    ((n = asn_yaml_get(root, "dikecualikan")) && load_dikecualikan(c, r, n) < 0) ||
	    get_number(c, root, "cpns_persen", 100, &r->cpns_persen) < 0 ||
	    get_number(c, root, "bulan_tambahan", 12, &r->bulan_tambahan) < 0 ||
	    get_number(c, root, "kenaikan_persen", 100, &r->kenaikan_persen) < 0 ||
	    get_number(c, root, "batas_persen", 100, &r->batas_persen) < 0)
		return -1;
	return 0;
}

static int build(void *obj, const asn_yaml_node *root, const char *name, char *err,
                 size_t errsize)
{
	asn_yaml_ctx c = { name, err, errsize };

	return apply(obj, root, &c);
}

int asn_biaya_rules_load_string(asn_biaya_rules *r, const char *text, size_t len,
                                const char *name, char *err, size_t errsize)
{
	memset(r, 0, sizeof *r);
	if (asn_yaml_build_string(gaji_yaml, sizeof gaji_yaml - 1, "built-in", build, r, err,
	                          errsize) < 0 ||
	    (text && asn_yaml_build_string(text, len, name, build, r, err, errsize) < 0)) {
		asn_biaya_rules_free(r);
		return -1;
	}
	return 0;
}

int asn_biaya_rules_load(asn_biaya_rules *r, const char *path, char *err, size_t errsize)
{
	if (asn_biaya_rules_load_string(r, NULL, 0, NULL, err, errsize) < 0)
		return -1;
	if (path && asn_yaml_build_file(path, build, r, err, errsize) < 0) {
		asn_biaya_rules_free(r);
		return -1;
	}
	return 0;
}

void asn_biaya_rules_free(asn_biaya_rules *r)
{
	size_t i;

	tabel_free(&r->pns);
	tabel_free(&r->pppk);
	for (i = 0; i < r->njabatan; i++)
		free(r->jabatan[i]);
	free(r->jabatan);
	free(r->jabatan_rp);
	memset(r, 0, sizeof *r);
}

const asn_gaji_golongan *asn_gaji_find(const asn_gaji_tabel *t, const char *golongan)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		if (strcasecmp(t->g[i].nama, golongan) == 0)
			return &t->g[i];
	return NULL;
}

const asn_gaji_step *asn_gaji_step_at(const asn_gaji_golongan *g, int mkg)
{
	size_t i;

	for (i = g->n; i > 1 && g->steps[i - 1].mkg > mkg; i--)
		;
	return &g->steps[i - 1];
}

long asn_gaji_at(const asn_gaji_golongan *g, int mkg)
{
	return asn_gaji_step_at(g, mkg)->gaji;
}

long asn_gaji_lookup(const asn_gaji_tabel *t, const char *golongan, int mkg)
{
	const asn_gaji_golongan *g = asn_gaji_find(t, golongan);

	return g && g->n ? asn_gaji_at(g, mkg) : -1;
}
