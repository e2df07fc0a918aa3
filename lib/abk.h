/* Workload analysis (ABK) and WISN: the formulas, each with its source. */
#ifndef ASN_ABK_H
#define ASN_ABK_H

#include "config.h"

typedef enum {
	ASN_ABK_TAHUN, ASN_ABK_BULAN, ASN_ABK_MINGGU, ASN_ABK_HARI
} asn_abk_period;

typedef enum {
	ASN_ABK_MENIT, ASN_ABK_JAM
} asn_abk_time_unit;

/* "tahun", "bulan", "minggu", "hari" (case-insensitive); -1 if unknown. */
int asn_abk_period_parse(const char *s);
/* "menit" or "jam" (case-insensitive); -1 if unknown. */
int asn_abk_time_unit_parse(const char *s);

/* Volume a year: per day x days, per week x weeks, per month x12. */
double asn_abk_annual_volume(double volume, asn_abk_period period, double days, double weeks);
/* Norma waktu in hours (minutes / 60). */
double asn_abk_norma_hours(double norma, asn_abk_time_unit unit);
/* Workload hours a year of one task = annual volume x norma waktu. */
double asn_abk_workload_hours(double volume, asn_abk_period period, double norma,
    asn_abk_time_unit unit, double days, double weeks);
/* Required staff = workload hours / WKE hours. */
double asn_abk_need(double workload_hours, double wke_hours);

/* The need as a head count: round (.5 up), ceil, floor, or unchanged for
 * none.  A need within 1e-9 (relative) of a whole number or of a half is
 * taken as that number, so 2.4999999999 from binary arithmetic rounds as
 * the 2.5 it stands for. */
double asn_abk_round(double need, asn_rounding mode);
/* v to `decimals` places, halves away from zero, with the same tolerance. */
double asn_abk_round_decimals(double v, int decimals);

/* Efisiensi jabatan = workload hours / (bezetting x WKE); NaN when
 * bezetting is 0. */
double asn_abk_ej(double workload_hours, double bezetting, double wke_hours);
/* Prestasi kerja jabatan 'A'..'E' from the EJ rounded to two decimals (the
 * figure printed): A above pj_a, B from pj_b, C from pj_c, D from pj_d, E
 * below; 0 when ej is NaN. */
char asn_abk_pj(double ej, const asn_config *cfg);
/* "sangat baik", "baik", "cukup", "sedang", "kurang"; "" for anything else. */
const char *asn_abk_pj_label(char pj);

/* WISN category allowance factor 1 / (1 - CAS%/100); NaN unless
 * 0 <= cas_percent < 100. */
double asn_wisn_caf(double cas_percent);
/* WISN individual allowance factor: IAS hours / WKE hours. */
double asn_wisn_iaf(double ias_hours, double wke_hours);
/* Required staff = need x CAF + IAF (ABK is CAF 1, IAF 0). */
double asn_wisn_required(double need, double caf, double iaf);
/* WISN ratio = existing / required; NaN when required is 0. */
double asn_wisn_ratio(double existing, double required);

#endif
