#include <math.h>
#include <strings.h>

#include "abk.h"

static double
tolerance(double v)
{
	/* floating-point noise only (a few thousand units in the last place):
	 * 2.675 meant is 2.675 rounded, but 252656.1349 is never .135 */
	return 1e-12 * (fabs(v) > 1 ? fabs(v) : 1);
}

int
asn_abk_period_parse(const char *s)
{
	static const char *const names[] = { "tahun", "bulan", "minggu", "hari" };
	int i;

	for (i = 0; i < 4; i++)
		if (strcasecmp(s, names[i]) == 0)
			return i;
	return -1;
}

int
asn_abk_time_unit_parse(const char *s)
{
	if (strcasecmp(s, "menit") == 0)
		return ASN_ABK_MENIT;
	if (strcasecmp(s, "jam") == 0)
		return ASN_ABK_JAM;
	return -1;
}

/* Permenpan RB 1/2020: a volume per day, week or month made a year's with
 * the working days and weeks of the configuration (250 and 50 there). */
double
asn_abk_annual_volume(double volume, asn_abk_period period, double days, double weeks)
{
	const double per_year[] = { 1, 12, weeks, days };

	return volume * per_year[period];
}

double
asn_abk_norma_hours(double norma, asn_abk_time_unit unit)
{
	return unit == ASN_ABK_MENIT ? norma / 60 : norma;
}

/* Permenpan RB 1/2020: beban kerja = volume x norma waktu. */
double
asn_abk_workload_hours(double volume, asn_abk_period period, double norma,
    asn_abk_time_unit unit, double days, double weeks)
{
	return asn_abk_annual_volume(volume, period, days, weeks) *
	    asn_abk_norma_hours(norma, unit);
}

/* Permenpan RB 1/2020: kebutuhan pegawai = beban kerja / WKE. */
double
asn_abk_need(double workload_hours, double wke_hours)
{
	return workload_hours / wke_hours;
}

double
asn_abk_round(double need, asn_rounding mode)
{
	double eps = tolerance(need);

	switch (mode) {
	case ASN_ROUND_HALF_UP:
		return need < 0 ? -floor(-need + 0.5 + eps) : floor(need + 0.5 + eps);
	case ASN_ROUND_CEIL:
		return ceil(need - eps);
	case ASN_ROUND_FLOOR:
		return floor(need + eps);
	case ASN_ROUND_NONE:
		break;
	}
	return need;
}

double
asn_abk_round_decimals(double v, int decimals)
{
	double scale = pow(10, decimals);

	if (!isfinite(v))
		return v;
	return asn_abk_round(v * scale, ASN_ROUND_HALF_UP) / scale;
}

/* Permenpan RB 1/2020: EJ = beban kerja / (bezetting x WKE). */
double
asn_abk_ej(double workload_hours, double bezetting, double wke_hours)
{
	if (bezetting <= 0)
		return NAN;
	return workload_hours / (bezetting * wke_hours);
}

/* Permenpan RB 1/2020: PJ bands A > 1.00, B 0.90-1.00, C 0.70-0.89,
 * D 0.50-0.69, E < 0.50 (configurable). */
char
asn_abk_pj(double ej, const asn_config *cfg)
{
	double e;

	if (!isfinite(ej))
		return 0;
	e = asn_abk_round_decimals(ej, 2);
	if (e > cfg->pj_a)
		return 'A';
	if (e >= cfg->pj_b)
		return 'B';
	if (e >= cfg->pj_c)
		return 'C';
	if (e >= cfg->pj_d)
		return 'D';
	return 'E';
}

const char *
asn_abk_pj_label(char pj)
{
	switch (pj) {
	case 'A': return "sangat baik";
	case 'B': return "baik";
	case 'C': return "cukup";
	case 'D': return "sedang";
	case 'E': return "kurang";
	}
	return "";
}

/* WHO WISN 2010: CAF = 1 / (1 - total CAS% / 100). */
double
asn_wisn_caf(double cas_percent)
{
	if (!(cas_percent >= 0 && cas_percent < 100))
		return NAN;
	return 1 / (1 - cas_percent / 100);
}

/* WHO WISN 2010: IAF = total IAS / available working time. */
double
asn_wisn_iaf(double ias_hours, double wke_hours)
{
	return ias_hours / wke_hours;
}

/* WHO WISN 2010: required = workload / standard workload x CAF + IAF. */
double
asn_wisn_required(double need, double caf, double iaf)
{
	return need * caf + iaf;
}

/* WHO WISN 2010: WISN ratio = existing staff / required staff. */
double
asn_wisn_ratio(double existing, double required)
{
	if (!(required > 0))
		return NAN;
	return existing / required;
}
