/* The sections of the report, each made of blocks handed to a sink, and
 * what they share: the builder, the texts in both languages and the
 * helpers that put numbers and dates into them (inside libasn only). */
#ifndef ASN_REPORT_SECTIONS_H
#define ASN_REPORT_SECTIONS_H

#include "date.h"
#include "numfmt.h"
#include "report.h"
#include "report_block.h"

#define NUM 48          /* room for one formatted number */
#define TEXT 2048       /* room for one paragraph */

typedef enum {
	T_TITLE, T_PERIOD, T_AS_OF, T_SOURCES, T_MADE_BY, T_SUMMARY, T_PROFILE, T_GAP,
	T_GAP_BY, T_FORECAST, T_RETIREES, T_TALENT, T_IKM, T_ACTIVE, T_NEED, T_SHORTAGE,
	T_SURPLUS, T_RETIRE_IN, T_RETIRE_12, T_IKM_BELOW, T_REST_OF_YEAR, T_IN_POSITIONS,
	T_OF_UNITS, T_STATUS_HINT, T_NOTHING, T_PROFILE_PARA, T_PROFILE_RETIRED, T_PROFILE_AWAY,
	T_SOURCE, T_AGE_PYRAMID, T_MEN, T_WOMEN, T_AGE, T_GOLONGAN, T_PENDIDIKAN, T_JENIS, T_STATUS,
	T_COUNT, T_TOTAL, T_OTHER, T_SHARE, T_GAP_PARA, T_GAP_CHART, T_UNIT, T_KEBUTUHAN,
	T_BEZETTING, T_SELISIH, T_KURANG, T_LEBIH, T_BEZ_PREV, T_PERUBAHAN, T_CHART_CAP,
	T_NO_ROWS, T_NO_GROUP, T_FC_PARA, T_FC_PARA_BAND, T_FC_GROUPS, T_FC_CHART,
	T_FC_LINE, T_FC_BAND, T_FC_NEED, T_FC_RETIRE_CHART, T_YEAR, T_AWAL, T_PENSIUN,
	T_KELUAR, T_MASUK, T_AKHIR, T_USULAN, T_RENTANG, T_P_KURANG, T_RT_PARA, T_RT_NONE,
	T_DATE, T_NAMA, T_JABATAN, T_TL_PARA, T_TL_GRID, T_TL_BOX, T_TL_ADVICE,
	T_TL_KESESUAIAN, T_TL_JP, T_TL_AXES, T_IKM_PARA, T_IKM_CHART, T_RESPONDEN, T_MUTU,
	T_KINERJA_UNIT, T_UNSUR, T_SELEKSI, T_SL_PARA, T_SL_FORMASI, T_SL_RANK, T_SL_NO,
	T_SL_NILAI, T_SL_STATUS, T_SL_PENENTU, T_SL_KETERANGAN, T_SL_OTHERS, T_SL_NONE_RANKED,
	T_SL_CARD, T_SL_CARD_HINT,
	T_RENCANA, T_RC_PARA, T_RC_CUT, T_RC_NOCUT, T_RC_USULAN, T_RC_PNS, T_RC_PPPK, T_RC_SISA,
	T_RC_POSISI, T_RC_TOP, T_RC_TOP_KEYS, T_RC_REST, T_RC_SEKTOR, T_SEKTOR, T_SK_PENDIDIKAN,
	T_SK_KESEHATAN, T_SK_TEKNIS, T_RC_YEARS_CAP, T_RC_CARD, T_RC_CARD_HINT,
	T_PINDAH, T_PD_PARA, T_PD_JABATAN, T_PD_MOVES, T_PD_STAFF, T_PD_REST, T_PD_WHERE,
	T_PD_WITHIN, T_PD_BETWEEN, T_PD_CARD, T_PD_CARD_VALUE, T_PD_CARD_HINT,
	T_BIAYA, T_BY_PARA, T_BY_PARA_ONE, T_BY_PARA_PLAN, T_BY_CAP, T_BY_OVER, T_BY_UNDER, T_BY_NO_APBD,
	T_BY_PEGAWAI, T_BY_GAJI, T_BY_TUNJANGAN, T_BY_APBD, T_BY_PERSEN, T_BY_SISA,
	T_BY_REKRUT, T_BY_STAFF, T_BY_WITH_PLAN, T_BY_COMPARE, T_BY_NOW, T_BY_PLAN,
	T_BY_ADDED, T_BY_PERSEN_NOW, T_BY_PERSEN_PLAN, T_BY_CARD, T_BY_CARD_PERSEN,
	T_BY_CARD_HINT, T_BY_RP,
	T_RJ, T_RJ_PARA, T_RJ_COLUMN, T_RJ_REASON, T_RJ_ROWS, T_RJ_NO_COLUMN, T_RJ_REST,
	T_CL, T_CL_PARA, T_CL_JABATAN, T_CL_STAFF,
	T_US, T_US_PARA, T_US_YEARS, T_US_JUMLAH, T_US_TOP, T_US_KUALIFIKASI, T_US_NONE,
	T_GS, T_GS_PARA, T_GS_SUBUNIT, T_GS_NONE, T_RT_BY_JABATAN, T_RT_NAMES, T_RT_MORE,
	T_RT_NO_NAMES, T_KP, T_KP_PARA, T_KP_TABLE, T_KP_KURANG, T_KP_PENSIUN_12, T_KP_PENSIUN_TAHUN, T_KP_USULAN,
	T_KP_PINDAH, T_KP_IKM, T_KP_IKM_NONE, T_KP_SEE, T_TR, T_TR_PARA, T_TR_MONTH, T_TR_CHART,
	T_TR_IKM, T_TR_AKTIF, T_TR_NEED, T_TOC, T_FC_PARTIAL, T_RT_AWAY, T_RT_AWAY_HINT, T_KP_SEE_HTML, T_CONFIG, T_BUILTIN, T_GJ_TABLE, T_GJ_ALL, T_GJ_NOTE_EJ, T_GJ_NOTE_WISN, T_SK, T_SK_PARA, T_SK_TABLE, T_SK_NAMA,
	T_SK_MASUK, T_SK_KURANG, T_SK_PERSEN, T_SK_P_LEWAT, T_BY_BAND, T_BY_PARA_BAND, T_BY_P_LEWAT,
	T_BY_RISK, T_BY_RISK_PLAN, T_RN_HEAD, T_RN_STATUS, T_RN_GOLONGAN, T_RN_PEGAWAI, T_RN_BULAN, T_RN_GAPOK,
	T_RN_PARA, T_NTEXTS
} report_text_id;

/* Each text in Indonesian [0] and English [1]. */
extern const char *const report_texts[T_NTEXTS][2];

typedef struct {
	report_sink *s;
	const asn_report_data *cur, *prev;
	const asn_report_options *opt;
	int lang;                 /* the column of report_texts */
} report_builder;

static inline const char *tx(const report_builder *b, report_text_id id)
{
	return report_texts[id][b->lang];
}

static inline char *num(const report_builder *b, double v, char *buf)
{
	return asn_numfmt_format(b->s->nf, v, 1, ASN_NUMFMT_TRIM, buf, NUM);
}

static inline char *num_fixed(const report_builder *b, double v, int decimals, char *buf)
{
	return asn_numfmt_format(b->s->nf, v, decimals, 0, buf, NUM);
}

static inline char *change(const report_builder *b, double v, char *buf)
{
	return asn_numfmt_format(b->s->nf, v, 1, ASN_NUMFMT_PLUS | ASN_NUMFMT_TRIM, buf, NUM);
}

/* Empty when there is no whole to take a share of. */
static inline char *percent(const report_builder *b, double part, double whole, char *buf)
{
	if (whole <= 0) {
		buf[0] = '\0';
		return buf;
	}
	return asn_numfmt_percent(b->s->nf, part / whole, 1, buf, NUM);
}

/* Month 1..12 by name: "November". */
const char *report_month_name(const report_builder *b, int month);
/* "1 November 2026" and "1 Nov 2026" into buf of NUM bytes. */
char *report_long_date(const report_builder *b, asn_date d, char *buf);
char *report_short_date(const report_builder *b, asn_date d, char *buf);

/* One paragraph, cut at TEXT bytes. */
void report_para(const report_builder *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Adds a sentence to a paragraph of TEXT bytes. */
void report_append(char *text, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The sections in the order of the report; each but the summary is there
 * when its input is.  report_summary.c holds the summary, report_staff.c
 * the profile and the retirees, report_plan.c the gap and the forecast,
 * report_scores.c the talent grid and the IKM, report_seleksi.c the
 * selection announcement, report_rencana.c the five-year plan,
 * report_pindah.c the redistribution, report_biaya.c the personnel cost,
 * report_quality.c the rows refused and the staff named to move,
 * report_usulan.c the submission and the shortages per subunit (each with
 * the reader of its table). */
void report_section_summary(const report_builder *b);
/* The indicators of a month as the summary counts them, each from the
 * source like's are from (like NULL: the best present): staff in post,
 * need, shortage, retirements in the next 12 months, units below IKM B;
 * NAN when the month has no table to count it from. */
#define REPORT_INDIKATOR 5
void report_indikator(const asn_report_data *d, const asn_report_options *opt,
                      const asn_report_data *like, double out[REPORT_INDIKATOR]);
/* The month-by-month view over the past months of the options
 * (report_tren.c). */
void report_section_tren(const report_builder *b);
/* The decisions, after the summary (report_keputusan.c): shortage,
 * retirements, hires and moves per jabatan; the units below IKM B. */
void report_section_keputusan(const report_builder *b);
void report_section_profile(const report_builder *b);
void report_section_gap(const report_builder *b);
/* In the gap section: need and staff per jabatan, with EJ, PJ and the WISN
 * ratio when the table gives them (report_jabatan.c). */
void report_gap_jabatan(const report_builder *b);
void report_section_forecast(const report_builder *b);
void report_section_rencana(const report_builder *b);
void report_section_pindah(const report_builder *b);
void report_section_biaya(const report_builder *b);
/* The cost traced to the pay table's rows: the first year of the
 * --biaya-rincian table per status and golongan (report_rincian.c). */
void report_rincian_section(const report_builder *b);
void report_section_retirees(const report_builder *b);
/* The appendix: the retirees by name, capped (asn_report_options). */
void report_section_retiree_names(const report_builder *b);
void report_section_talent(const report_builder *b);
void report_section_ikm(const report_builder *b);
void report_section_seleksi(const report_builder *b);
void report_section_gapsub(const report_builder *b);
void report_section_usulan(const report_builder *b);
/* The scenarios side by side (report_skenario.c). */
void report_section_skenario(const report_builder *b);
void report_section_calon(const report_builder *b);
void report_section_rejects(const report_builder *b);

#endif
