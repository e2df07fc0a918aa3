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
	[T_RT_BY_JABATAN] = { "Pensiun per jabatan", "Retirements per position" },
	[T_RT_NAMES] = { "Lampiran: pegawai pensiun 12 bulan ke depan",
	                 "Appendix: staff retiring in the next 12 months" },
	[T_RT_MORE] = { "%s pegawai lainnya: daftar lengkap di %s.",
	                "%s more: the full list is in %s." },
	[T_RT_NO_NAMES] = { "Nama dan NIP tidak dicantumkan dalam laporan ini; daftar lengkap di %s.",
	                    "Names and NIPs are left out of this report; the full list is in %s." },
	[T_KP] = { "Keputusan bulan ini", "This month's decisions" },
	[T_KP_PARA] = { "Kekurangan saat ini %s pegawai pada %s jabatan. Tabel berikut menyandingkan "
	                "jabatan dengan kekurangan terbesar dengan yang akan mengubahnya: pensiun "
	                "yang akan datang, usulan rekrutmen tahun pertama rencana dan pegawai yang "
	                "dipindahkan oleh redistribusi, sejauh datanya tersedia.",
	                "The shortage now is %s staff across %s jabatan. The table puts the jabatan "
	                "with the largest shortages beside what will change them: the coming "
	                "retirements, the hires the plan proposes for its first year and the staff "
	                "the redistribution moves, as far as their data is given." },
	[T_KP_TABLE] = { "Jabatan dengan kekurangan terbesar", "Jabatan with the largest shortages" },
	[T_KP_KURANG] = { "Kurang", "Short" },
	[T_KP_USULAN] = { "Usulan %d", "Hires %d" },
	[T_KP_PINDAH] = { "Dipindah", "Moved in" },
	[T_KP_IKM] = { "%s unit di bawah mutu pelayanan B: %s.", "%s units below service grade B: %s." },
	[T_KP_IKM_NONE] = { "Tidak ada unit di bawah mutu pelayanan B.",
	                    "No unit is below service grade B." },
	[T_KP_SEE] = { "Rincian di bagian: %s.", "The details are in: %s." },
	[T_KP_SEE_HTML] = { "Rincian di bagian", "The details are in" },
	[T_GJ_TABLE] = { "Kebutuhan dan bezetting per jabatan (%s jabatan dengan kekurangan terbesar)",
	                 "Need and staffing per jabatan (the %s with the largest shortages)" },
	[T_GJ_ALL] = { "Kebutuhan dan bezetting per jabatan", "Need and staffing per jabatan" },
	[T_GJ_NOTE_EJ] = { "EJ: efektivitas jabatan, beban kerja ABK dibagi bezetting kali waktu "
	                   "kerja efektif, dan PJ predikatnya (A di atas 1,00; PermenPANRB 1/2020).",
	                   "EJ: the effectiveness of the position, the ABK workload over the staff "
	                   "times the effective working time, and PJ its grade (A above 1.00; "
	                   "PermenPANRB 1/2020)." },
	[T_GJ_NOTE_WISN] = { "WISN: bezetting dibagi kebutuhan yang dihitung (WHO WISN); di bawah 1 "
	                     "berarti kurang.",
	                     "WISN: staff over the need computed (WHO WISN); below 1 means short." },
	[T_SK] = { "Skenario rencana", "Plan scenarios" },
	[T_SK_PARA] = { "Pegawai yang sama direncanakan dengan beberapa kebijakan rekrutmen, %d–%d: "
	                "jumlah kekurangan tiap posisi yang tersisa pada akhir tiap tahun (tidak "
	                "pernah dinetkan dengan kelebihan di posisi lain). Sumber: %s.",
	                "The same staff planned under several hiring policies, %d–%d: the "
	                "shortages left in the positions at the end of each year (never netted "
	                "against surpluses elsewhere). Source: %s." },
	[T_SK_TABLE] = { "Kekurangan pada akhir tiap tahun, per skenario",
	                 "The shortage at the end of each year, per scenario" },
	[T_SK_NAMA] = { "Skenario", "Scenario" },
	[T_SK_MASUK] = { "Rekrut", "Hires" },
	[T_SK_KURANG] = { "%d", "%d" },
	[T_SK_PERSEN] = { "%% APBD %d", "%% APBD %d" },
	[T_SK_P_LEWAT] = { "Peluang lewat batas (tahun terburuk)",
	                   "Chance over the cap (worst year)" },
	[T_BY_BAND] = { "Rentang simulasi", "Simulation band" },
	[T_BY_PARA_BAND] = { "Rentang simulasi %d: Rp %s–%s.", "Simulation band of %d: Rp %s–%s." },
	[T_RN_HEAD] = { "Rincian %d per golongan (%s)", "%d by golongan (%s)" },
	[T_RN_STATUS] = { "Status", "Status" },
	[T_RN_GOLONGAN] = { "Golongan", "Golongan" },
	[T_RN_PEGAWAI] = { "Pegawai", "Staff" },
	[T_RN_BULAN] = { "Orang-bulan", "Person-months" },
	[T_RN_GAPOK] = { "Gaji pokok", "Base pay" },
	[T_RN_PARA] = {
		"Belanja pegawai %d menurut baris tabel gaji yang dibayarkan: Rp %s untuk %s "
		"pegawai, masing-masing dihitung seolah-olah tetap bekerja sepanjang tahun "
		"(tanpa keluar karena sebab lain). CPNS yang diangkat menjadi PNS dalam tahun "
		"itu terhitung pada kedua baris; jumlahnya menghitung setiap pegawai sekali. "
		"Sumber: %s.",
		"Personnel cost of %d by the rows of the pay table paid: Rp %s for %s staff, each "
		"costed as if they stay all year (no other exits). A CPNS appointed PNS within "
		"the year counts in both rows; the total counts each member once. Source: %s." },
	[T_BY_P_LEWAT] = { "Peluang lewat batas", "Chance over the cap" },
	[T_BY_RISK] = { "Peluang melewati batas menurut simulasi: %s.",
	                "Chance of going over the cap in the simulation: %s." },
	[T_BY_RISK_PLAN] = { "Dengan rencana, peluang melewati batas menurut simulasi: %s.",
	                     "With the plan, the chance of going over the cap in the simulation: "
	                     "%s." },
	[T_CONFIG] = { "Konfigurasi", "Configuration" },
	[T_BUILTIN] = { "bawaan", "built-in" },
	[T_KP_PENSIUN_12] = { "Pensiun 12 bln", "Retiring 12 mo" },
	[T_KP_PENSIUN_TAHUN] = { "Pensiun %d–%d", "Retiring %d–%d" },
	[T_RT_AWAY] = { "%s di antaranya tidak sedang menjabat menurut kedudukannya (MPP, CLTN, "
	                "tugas belajar, …): jabatan mereka sudah tidak terisi, dan mereka tidak "
	                "dihitung dalam pensiun per tahun di ringkasan dan proyeksi.",
	                "%s of them are not in post by kedudukan (MPP, CLTN, study leave, …): their "
	                "posts are already empty, and they are not counted in the retirements per "
	                "year of the summary and the projection." },
	[T_RT_AWAY_HINT] = { "%s tidak sedang menjabat", "%s not in post" },
	[T_TOC] = { "Isi", "Contents" },
	[T_FC_PARTIAL] = { "* %d: sejak %s sampai akhir tahun, bukan setahun penuh.",
	                   "* %d: from %s to the end of the year, not a whole year." },
	[T_TR] = { "Tren bulanan", "Month by month" },
	[T_TR_PARA] = { "Indikator utama %s bulan terakhir, dari laporan bulan-bulan sebelumnya "
	                "(kosong bila bulan itu tidak memiliki tabelnya).",
	                "The key indicators of the last %s months, from the earlier months' "
	                "reports (empty when a month has no table to count them from)." },
	[T_TR_MONTH] = { "Bulan", "Month" },
	[T_TR_CHART] = { "Pegawai aktif dan kebutuhan per bulan", "Staff in post and need by month" },
	[T_TR_IKM] = { "IKM C/D", "IKM C/D" },
	[T_TR_AKTIF] = { "Aktif", "In post" },
	[T_TR_NEED] = { "Kebutuhan", "Need" },
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
	[T_RENCANA] = { "Rencana kebutuhan lima tahun", "Five-year plan" },
	[T_RC_PARA] = {
		"Rencana %d–%d: %s usulan formasi (PNS %s, PPPK %s). Kekurangan %d adalah %s "
		"pada %s jabatan: jumlah kekurangan tiap jabatan (kebutuhan − proyeksi bila "
		"kurang), bukan selisih bersih; kelebihan di satu jabatan tidak menutup "
		"kekurangan di jabatan lain.",
		"Plan %d–%d: %s proposed hires (PNS %s, PPPK %s). The shortfall of %d is %s in "
		"%s positions: the sum of each position's shortfall (need − projection where "
		"short), never a net; a surplus in one position does not fill a shortfall in "
		"another." },
	[T_RC_CUT] = {
		"Kuota membatasi usulan pada %s; kekurangan yang tidak diusulkan muncul lagi "
		"pada tahun berikutnya, dan pada akhir %d masih tersisa %s.",
		"The quota cut the proposal in %s; a shortfall not proposed comes back the "
		"next year, and the shortfall left at the end of %d is %s." },
	[T_RC_NOCUT] = { "Setiap kekurangan diusulkan: kuota tidak membatasi.",
	                 "Every shortfall is proposed: no quota cut it." },
	[T_RC_USULAN] = { "Usulan", "Proposed" },
	[T_RC_PNS] = { "PNS", "PNS" },
	[T_RC_PPPK] = { "PPPK", "PPPK" },
	[T_RC_SISA] = { "Sisa", "Left" },
	[T_RC_POSISI] = { "Jabatan", "Positions" },
	[T_RC_TOP] = { "Sepuluh jabatan dengan usulan terbanyak",
	               "The ten jabatan with the most proposed hires" },
	[T_RC_TOP_KEYS] = { "Sepuluh posisi dengan usulan terbanyak",
	                    "The ten positions with the most proposed hires" },
	[T_RC_REST] = { "%s lainnya: %s usulan.", "%s others: %s proposed." },
	[T_RC_SEKTOR] = { "Usulan per sektor", "Proposed hires per sector" },
	[T_SEKTOR] = { "Sektor", "Sector" },
	[T_SK_PENDIDIKAN] = { "Pendidikan", "Education" },
	[T_SK_KESEHATAN] = { "Kesehatan", "Health" },
	[T_SK_TEKNIS] = { "Teknis", "Technical" },
	[T_RC_YEARS_CAP] = { "Kolom tahun memuat %s tahun pertama; jumlah mencakup semua tahun.",
	                     "The year columns show the first %s years; the total covers all." },
	[T_RC_CARD] = { "Usulan formasi %d", "Proposed hires %d" },
	[T_RC_CARD_HINT] = { "PNS %s · PPPK %s", "PNS %s · PPPK %s" },
	[T_PINDAH] = { "Redistribusi pegawai", "Redistribution" },
	[T_PD_PARA] = {
		"%s pegawai dipindahkan dalam %s perpindahan pada %s jabatan: dari posisi "
		"yang kelebihan ke posisi jabatan yang sama yang kekurangan, sebelum "
		"rekrutmen. Sumber: %s.",
		"%s staff moved in %s moves in %s jabatan: from positions in surplus to "
		"positions of the same jabatan that are short, before anyone is recruited. "
		"Source: %s." },
	[T_PD_JABATAN] = { "Pegawai dipindahkan per jabatan", "Staff moved per jabatan" },
	[T_PD_MOVES] = { "Perpindahan", "Moves" },
	[T_PD_STAFF] = { "Pegawai", "Staff" },
	[T_PD_REST] = { "%s jabatan lainnya", "%s other jabatan" },
	[T_PD_WHERE] = { "Lingkup", "Scope" },
	[T_PD_WITHIN] = { "Dalam satu unit (OPD)", "Within a unit (OPD)" },
	[T_PD_BETWEEN] = { "Antarunit", "Between units" },
	[T_PD_CARD] = { "Redistribusi", "Redistribution" },
	[T_PD_CARD_VALUE] = { "%s pegawai", "%s staff" },
	[T_PD_CARD_HINT] = { "%s perpindahan", "%s moves" },
	[T_BIAYA] = { "Belanja pegawai", "Personnel cost" },
	[T_BY_PARA] = {
		"Belanja pegawai %d–%d: Rp %s pada %d, Rp %s pada %d (gaji, tunjangan, gaji "
		"ketiga belas dan THR).",
		"Personnel cost %d–%d: Rp %s in %d, Rp %s in %d (pay, allowances, the "
		"thirteenth month and THR)." },
	[T_BY_PARA_ONE] = {
		"Belanja pegawai %d: Rp %s (gaji, tunjangan, gaji ketiga belas dan THR).",
		"Personnel cost %d: Rp %s (pay, allowances, the thirteenth month and THR)." },
	[T_BY_PARA_PLAN] = {
		"Dengan usulan rencana: Rp %s pada %d, Rp %s lebih banyak.",
		"With the plan's hires: Rp %s in %d, Rp %s more." },
	[T_BY_CAP] = {
		"UU 1/2022 pasal 146 membatasi belanja pegawai paling tinggi 30 % dari total "
		"belanja APBD, dipenuhi dalam lima tahun.",
		"UU 1/2022 art. 146 caps personnel spending at 30 % of the APBD's total "
		"spending, to be met within five years." },
	[T_BY_OVER] = { "Di atas batas pada %s.", "Over the cap in %s." },
	[T_BY_UNDER] = { "Di bawah batas setiap tahun.", "Under the cap every year." },
	[T_BY_NO_APBD] = {
		"Tanpa APBD (asn-forecast --apbd) bagian terhadap batas tidak dihitung.",
		"With no APBD (asn-forecast --apbd) the share against the cap is not computed." },
	[T_BY_PEGAWAI] = { "Orang-tahun", "Person-years" },
	[T_BY_GAJI] = { "Gaji", "Pay" },
	[T_BY_TUNJANGAN] = { "Tunjangan", "Allowances" },
	[T_BY_APBD] = { "APBD", "APBD" },
	[T_BY_PERSEN] = { "% APBD", "% APBD" },
	[T_BY_SISA] = { "Sisa batas 30 %", "Room under 30 %" },
	[T_BY_REKRUT] = { "Rekrut muat", "Hires that fit" },
	[T_BY_STAFF] = { "Pegawai saat ini (%s)", "Staff in post (%s)" },
	[T_BY_WITH_PLAN] = { "Dengan usulan rencana (%s)", "With the plan's hires (%s)" },
	[T_BY_COMPARE] = { "Tanpa dan dengan rencana (Rp)", "Without and with the plan (Rp)" },
	[T_BY_NOW] = { "Pegawai saat ini", "Staff in post" },
	[T_BY_PLAN] = { "Dengan rencana", "With the plan" },
	[T_BY_ADDED] = { "Tambahan", "Added" },
	[T_BY_PERSEN_NOW] = { "% APBD saat ini", "% APBD now" },
	[T_BY_PERSEN_PLAN] = { "% APBD rencana", "% APBD plan" },
	[T_BY_CARD] = { "Belanja pegawai %d", "Personnel cost %d" },
	[T_BY_CARD_PERSEN] = { "%s %% APBD", "%s %% APBD" },
	[T_BY_CARD_HINT] = { "batas 30 %", "cap 30 %" },
	[T_BY_RP] = { "Rp %s", "Rp %s" },
	[T_RJ] = { "Kualitas data", "Data quality" },
	[T_RJ_PARA] = {
		"%s baris ekspor ditolak asn-import dan tidak masuk tabel pegawai, dengan %s "
		"jenis alasan; perbaiki di sumbernya (SIASN) agar masuk bulan depan. Sumber: %s.",
		"%s rows of the export were refused by asn-import and are not in the staff "
		"table, for %s kinds of reason; correct them at the source (SIASN) for next "
		"month. Source: %s." },
	[T_RJ_COLUMN] = { "Kolom", "Column" },
	[T_RJ_REASON] = { "Alasan", "Reason" },
	[T_RJ_ROWS] = { "Baris", "Rows" },
	[T_RJ_NO_COLUMN] = { "(seluruh baris)", "(whole row)" },
	[T_RJ_REST] = { "%s lainnya", "%s others" },
	[T_CL] = { "Calon pegawai yang dipindahkan", "Staff named to move" },
	[T_CL_PARA] = {
		"%s pegawai disebut untuk redistribusi pada %s jabatan: %s dalam satu unit (OPD), "
		"%s antarunit. Nama tidak ditampilkan di laporan ini. Sumber: %s.",
		"%s staff are named for the redistribution in %s jabatan: %s within a unit "
		"(OPD), %s between units. Names are not shown in this report. Source: %s." },
	[T_CL_JABATAN] = { "Pegawai yang disebut per jabatan", "Staff named per jabatan" },
	[T_CL_STAFF] = { "Pegawai", "Staff" },
	[T_US] = { "Usulan kebutuhan", "Submission" },
	[T_US_PARA] = {
		"Usulan kebutuhan ASN: %s formasi pada %s jabatan, %s PNS dan %s PPPK. "
		"Sumber: %s.",
		"The submission of ASN needs: %s hires in %s jabatan, %s PNS and %s PPPK. "
		"Source: %s." },
	[T_US_YEARS] = { "Usulan per tahun", "Hires per year" },
	[T_US_JUMLAH] = { "Jumlah", "Number" },
	[T_US_TOP] = { "Sepuluh jabatan dengan usulan terbanyak",
	               "The ten jabatan with the most hires" },
	[T_US_KUALIFIKASI] = { "Kualifikasi pendidikan", "Required education" },
	[T_US_NONE] = { "Tidak ada formasi yang diusulkan.", "No hires are proposed." },
	[T_GS] = { "Kekurangan terbesar per sekolah dan puskesmas",
	           "Largest shortages per school and health centre" },
	[T_GS_PARA] = {
		"Kurang %s pegawai pada %s posisi di %s subunit (sekolah, puskesmas, kantor); "
		"%s kekurangan terbesar di bawah. Sumber: %s.",
		"%s staff short in %s positions in %s subunits (schools, health centres, "
		"offices); the %s largest shortages below. Source: %s." },
	[T_GS_SUBUNIT] = { "Subunit", "Subunit" },
	[T_GS_NONE] = { "Tidak ada kekurangan pada %s posisi. Sumber: %s.",
	                "No shortage in %s positions. Source: %s." },
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
