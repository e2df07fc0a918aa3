/* The texts of the report's sections in Indonesian and English, and the
 * sentences and dates made of them. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "report_sections.h"

const char *const report_texts[T_NTEXTS][2] = {
	[T_TITLE] = { "Laporan Bulanan Kepegawaian ASN", "Monthly ASN Workforce Report" },
	[T_PERIOD] = { "Periode", "Period" },
	[T_AS_OF] = { "data per", "data as of" },
	[T_SOURCES] = { "Sumber", "Sources" },
	[T_MADE_BY] = { "Dibuat dengan", "Made with" },
	[T_SUMMARY] = { "Ringkasan", "Summary" },
	[T_PROFILE] = { "Profil pegawai", "Workforce profile" },
	[T_GAP] = { "Kebutuhan dan bezetting per unit", "Need and staffing per unit" },
	[T_GAP_BY] = { "Kebutuhan dan bezetting per %s", "Need and staffing per %s" },
	[T_FORECAST] = { "Proyeksi pegawai", "Workforce projection" },
	[T_RETIREES] = { "Pensiun 12 bulan ke depan", "Retirements in the next 12 months" },
	[T_TALENT] = { "Manajemen talenta (9-box)", "Talent management (9-box)" },
	[T_IKM] = { "Indeks kepuasan masyarakat (IKM) per unit",
	            "Community satisfaction index (IKM) per unit" },
	[T_ACTIVE] = { "Pegawai aktif", "Staff in post" },
	[T_NEED] = { "Kebutuhan (ABK/formasi)", "Need (ABK/formasi)" },
	[T_SHORTAGE] = { "Kekurangan", "Shortage" },
	[T_SURPLUS] = { "Kelebihan", "Surplus" },
	[T_RETIRE_IN] = { "Pensiun %d", "Retiring in %d" },
	[T_RETIRE_12] = { "Pensiun 12 bulan ke depan", "Retiring in the next 12 months" },
	[T_IKM_BELOW] = { "Unit dengan IKM di bawah mutu B", "Units with IKM below grade B" },
	[T_REST_OF_YEAR] = { "sisa tahun ini", "rest of this year" },
	[T_IN_POSITIONS] = { "pada %s jabatan", "in %s positions" },
	[T_OF_UNITS] = { "%s dari %s", "%s of %s" },
	[T_STATUS_HINT] = { "PNS %s · CPNS %s · PPPK %s", "PNS %s · CPNS %s · PPPK %s" },
	[T_NOTHING] = { "Tidak ada masukan yang dikenali.", "No recognised input." },
	[T_PROFILE_PARA] = {
		"%s pegawai aktif per %s: %s laki-laki dan %s perempuan; kelompok "
		"usia terbesar %s tahun.",
		"%s staff in post as of %s: %s men and %s women; the largest age "
		"group is %s years." },
	[T_SOURCE] = { "Sumber: %s.", "Source: %s." },
	[T_PROFILE_RETIRED] = { "%s pegawai yang sudah melewati tanggal pensiun tidak dihitung.",
	                        "%s staff past their retirement date are not counted." },
	[T_PROFILE_AWAY] = { "%s pegawai yang tidak aktif menurut kedudukan hukum (CLTN, tugas "
	                     "belajar, pemberhentian sementara, MPP, …) tidak dihitung.",
	                     "%s staff not in post by legal standing (unpaid leave, study leave, "
	                     "suspension, pre-retirement leave, …) are not counted." },
	[T_AGE_PYRAMID] = { "Piramida usia", "Age pyramid" },
	[T_MEN] = { "Laki-laki", "Men" },
	[T_WOMEN] = { "Perempuan", "Women" },
	[T_AGE] = { "Usia", "Age" },
	[T_GOLONGAN] = { "Golongan", "Grade (golongan)" },
	[T_PENDIDIKAN] = { "Pendidikan", "Education" },
	[T_JENIS] = { "Jenis jabatan", "Position type" },
	[T_STATUS] = { "Status kepegawaian", "Employment status" },
	[T_COUNT] = { "Jumlah", "Count" },
	[T_TOTAL] = { "Jumlah", "Total" },
	[T_OTHER] = { "Lainnya", "Other" },
	[T_SHARE] = { "%", "%" },
	[T_GAP_PARA] = {
		"%s jabatan di %s %s: kebutuhan %s, bezetting %s. Kekurangan %s orang "
		"pada %s jabatan, kelebihan %s orang pada %s jabatan. Selisih = bezetting "
		"− kebutuhan; negatif berarti kurang. Sumber: %s.",
		"%s positions in %s %s: need %s, staff %s. Shortage of %s people in %s "
		"positions, surplus of %s people in %s positions. Difference = staff − "
		"need; negative means short. Source: %s." },
	[T_GAP_CHART] = { "Kekurangan dan kelebihan pegawai per %s",
	                  "Shortage and surplus of staff per %s" },
	[T_UNIT] = { "Unit", "Unit" },
	[T_KEBUTUHAN] = { "Kebutuhan", "Need" },
	[T_BEZETTING] = { "Bezetting", "Staff" },
	[T_SELISIH] = { "Selisih", "Difference" },
	[T_KURANG] = { "Kurang", "Short" },
	[T_LEBIH] = { "Lebih", "Surplus" },
	[T_BEZ_PREV] = { "Bulan lalu", "Last month" },
	[T_PERUBAHAN] = { "Perubahan", "Change" },
	[T_CHART_CAP] = { "Grafik menampilkan %s dari %s %s dengan kekurangan/kelebihan "
	                  "terbesar; tabel memuat semuanya.",
	                  "The chart shows %s of %s %s with the largest shortage or "
	                  "surplus; the table lists all." },
	[T_NO_ROWS] = { "Tabel tidak berisi baris.", "The table has no rows." },
	[T_NO_GROUP] = { "(semua)", "(all)" },
	[T_FC_PARA] = {
		"Proyeksi %d–%d: %s pegawai di awal %d, %s di akhir %d; %s pensiun, "
		"%s keluar karena sebab lain, %s masuk selama periode.",
		"Projection %d–%d: %s staff at the start of %d, %s at the end of %d; %s "
		"retire, %s leave for other reasons, %s are hired over the period." },
	[T_FC_PARA_BAND] = { "Rentang simulasi akhir %d: %s–%s.",
	                     "Simulation band at the end of %d: %s–%s." },
	[T_FC_GROUPS] = {
		"Jumlah dari %s kelompok; batas rentang dijumlahkan per kelompok, sehingga "
		"lebih lebar dari rentang gabungan.",
		"Sum of %s groups; the band adds the groups' bounds and is wider than "
		"the joint band." },
	[T_FC_CHART] = { "Jumlah pegawai akhir tahun", "Headcount at year end" },
	[T_FC_LINE] = { "Proyeksi", "Projection" },
	[T_FC_BAND] = { "Rentang simulasi", "Simulation band" },
	[T_FC_NEED] = { "Kebutuhan", "Need" },
	[T_FC_RETIRE_CHART] = { "Pensiun per tahun", "Retirements per year" },
	[T_YEAR] = { "Tahun", "Year" },
	[T_AWAL] = { "Awal", "Start" },
	[T_PENSIUN] = { "Pensiun", "Retire" },
	[T_KELUAR] = { "Keluar", "Exits" },
	[T_MASUK] = { "Masuk", "Hires" },
	[T_AKHIR] = { "Akhir", "End" },
	[T_USULAN] = { "Formasi", "Intake" },
	[T_RENTANG] = { "Rentang", "Band" },
	[T_P_KURANG] = { "P(kurang)", "P(short)" },
	[T_RT_PARA] = { "%s pegawai pensiun setelah %s sampai dengan %s. Sumber: %s.",
	                "%s staff retire after %s up to and including %s. Source: %s." },
	[T_RT_NONE] = { "Tidak ada pegawai yang pensiun setelah %s sampai dengan %s. Sumber: %s.",
	                "No staff retire after %s up to and including %s. Source: %s." },
	[T_DATE] = { "Tanggal", "Date" },
	[T_NAMA] = { "Nama", "Name" },
	[T_JABATAN] = { "Jabatan", "Position" },
	[T_TL_PARA] = {
		"%s pegawai dalam tabel; %s dipetakan ke kotak talenta, %s belum punya "
		"nilai kinerja dan potensi. Sumber: %s.",
		"%s staff in the table; %s placed in a talent box, %s without both a "
		"performance and a potential score. Source: %s." },
	[T_TL_GRID] = { "Sebaran pegawai pada kotak talenta", "Staff per talent box" },
	[T_TL_BOX] = { "Kotak", "Box" },
	[T_TL_ADVICE] = { "Rekomendasi", "Recommendation" },
	[T_TL_KESESUAIAN] = {
		"Kesesuaian pendidikan dengan standar jabatan: sesuai %s, tidak sesuai %s, "
		"tidak diketahui %s.",
		"Education against the position standard: matching %s, not matching %s, "
		"unknown %s." },
	[T_TL_JP] = { "%s dari %s pegawai belum memenuhi jam pelajaran (JP) minimum "
	              "pengembangan kompetensi.",
	              "%s of %s staff are short of the minimum competency development "
	              "hours (JP)." },
	[T_TL_AXES] = { "Potensi \\ Kinerja", "Potential \\ Performance" },
	[T_IKM_PARA] = {
		"%s unit, %s responden; rata-rata IKM %s. %s unit di bawah mutu B "
		"(IKM < %s). Sumber: %s.",
		"%s units, %s respondents; mean IKM %s. %s units below grade B "
		"(IKM < %s). Source: %s." },
	[T_IKM_CHART] = { "Nilai IKM per unit", "IKM score per unit" },
	[T_RESPONDEN] = { "Responden", "Respondents" },
	[T_MUTU] = { "Mutu", "Grade" },
	[T_KINERJA_UNIT] = { "Kinerja unit", "Unit performance" },
	[T_UNSUR] = { "Unsur terendah", "Lowest element" },
	[T_SELEKSI] = { "Hasil seleksi", "Selection results" },
	[T_SL_PARA] = {
		"%s peserta pada %s formasi dengan %s kebutuhan: %s lulus, %s di antaranya "
		"melalui optimalisasi (P/L-O); %s kebutuhan tidak terisi. Tabel tiap formasi "
		"memuat peserta yang diperingkat; peserta lain dihitung menurut status: P "
		"(memenuhi nilai ambang, di luar peserta SKB), TL (di bawah nilai ambang), TH "
		"(tidak hadir). Sumber: %s.",
		"%s candidates in %s formasi with %s places: %s passed, %s of them through "
		"optimalisasi (P/L-O); places left open: %s. Each formasi's table lists the "
		"ranked candidates; the others are counted by status: P (met the pass marks, "
		"outside the SKB cut), TL (below a pass mark), TH (absent). Source: %s." },
	[T_SL_FORMASI] = { "%s — kebutuhan %s", "%s — places %s" },
	[T_SL_RANK] = { "Peringkat", "Rank" },
	[T_SL_NO] = { "No. peserta", "Candidate no." },
	[T_SL_NILAI] = { "Nilai akhir", "Final score" },
	[T_SL_STATUS] = { "Status", "Status" },
	[T_SL_PENENTU] = { "Penentu", "Decided by" },
	[T_SL_KETERANGAN] = { "Keterangan", "Note" },
	[T_SL_OTHERS] = { "Tidak diperingkat: P %s, TL %s, TH %s.",
	                  "Not ranked: P %s, TL %s, TH %s." },
	[T_SL_NONE_RANKED] = { "Tidak ada peserta yang diperingkat.", "No candidate ranked." },
	[T_SL_CARD] = { "Kebutuhan seleksi terisi", "Selection places filled" },
	[T_SL_CARD_HINT] = { "lulus seleksi, pada %s formasi", "by those who passed, in %s formasi" },
};

static const char *const months[2][12] = {
	{ "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
	  "September", "Oktober", "November", "Desember" },
	{ "January", "February", "March", "April", "May", "June", "July", "August",
	  "September", "October", "November", "December" },
};

static const char *const short_months[2][12] = {
	{ "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des" },
	{ "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" },
};

const char *report_month_name(const report_builder *b, int month)
{
	return months[b->lang][(month + 11) % 12];
}

char *report_long_date(const report_builder *b, asn_date d, char *buf)
{
	snprintf(buf, NUM, "%d %s %d", d.day, months[b->lang][(d.month + 11) % 12], d.year);
	return buf;
}

char *report_short_date(const report_builder *b, asn_date d, char *buf)
{
	snprintf(buf, NUM, "%d %s %d", d.day, short_months[b->lang][(d.month + 11) % 12], d.year);
	return buf;
}

void report_para(const report_builder *b, const char *fmt, ...)
{
	char text[TEXT];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(text, sizeof text, fmt, ap);
	va_end(ap);
	b->s->para(b->s, text);
}

void report_append(char *text, const char *fmt, ...)
{
	size_t n = strlen(text);
	va_list ap;

	if (n > 0 && n + 1 < TEXT)
		text[n++] = ' ';
	va_start(ap, fmt);
	vsnprintf(text + n, TEXT - n, fmt, ap);
	va_end(ap);
}
