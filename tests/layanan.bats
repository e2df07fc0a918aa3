#!/usr/bin/env bats
# Need by the service standards (doc/layanan.md): a schools table and a
# facilities table as NEEDS of asn-gap and of the plan, with teachers and
# health staff counted under the standard jabatan.

load helper

L=$FIX/layanan
AS_OF=(--as-of 2026-11-01)

# The staff of pegawai.csv at 2026-11-01 (21 in post; the Guru Ahli Muda
# with S-1 Pendidikan Agama Islam retired 2026-07-01):
#
# SD Negeri 1 Kalukku, rombel 1 in each grade I-VI (6 rombel):
#   Guru Kelas   need 6 (one a rombel); staff: the four PGSD teachers
#                (S-1 Pendidikan Guru Sekolah Dasar, S-1 PGSD, one written
#                GURU AHLI PERTAMA) = 4; selisih -2
#   Guru PAI     6 x 4 JP / 24 = 1.0; staff: the one S-1 Pendidikan Agama
#                Islam still in post = 1; sesuai
#   Guru PJOK    6 x 4 / 24 = 1.0; staff 0; selisih -1
#   S-2 Manajemen Pendidikan names no subject: Guru Mapel Tidak Dikenal,
#   told in a warning; the Pengadministrasi Perkantoran keeps the jabatan
# SD Negeri 2 Kalukku is not in the table: its teacher stays Guru Ahli Pertama
# SMP Negeri 1 Kalukku, rombel 2+2+2 = 6, 180 students:
#   Matematika   6 x 5 / 24 = 1.25 -> 1; staff S-1 and S-2 Pendidikan
#                Matematika = 2; lebih 1
#   B. Indonesia 6 x 6 / 24 = 1.5 -> 2; staff 1; selisih -1
#   IPA          6 x 5 / 24 = 1.25 -> 1; staff S-1 Pendidikan Fisika = 1
#   PJOK         6 x 3 / 24 = 0.75 -> 1; staff "Pendidikan Jasmani, ..." = 1
#   B. Inggris, IPS  6 x 4 / 24 = 1.0; PAI, PPKN, Seni Budaya 0.75 -> 1;
#   Prakarya     6 x 2 / 24 = 0.5 -> 1 (.5 up); none staffed: -1 each
#   Guru BK      180 / 150 = 1.2 -> 1; staff 0; -1
@test "layanan: asn-gap with a schools table, teachers matched by jurusan" {
	run --separate-stderr asn-gap "${AS_OF[@]}" -b unit,subunit,jabatan -n "$L/sekolah.csv" \
	    "$L/pegawai.csv"
	assert_success
	assert_output "$(cat "$L/gap-sekolah.expected.csv")"
	assert_line 'Dinas Pendidikan dan Kebudayaan,SD Negeri 1 Kalukku,Guru Kelas,,6.000,6,4,-2,kurang,,'
	assert_line 'Dinas Pendidikan dan Kebudayaan,SMP Negeri 1 Kalukku,Guru Matematika,,1.250,1,2,1,lebih,,'
	assert_line 'Dinas Pendidikan dan Kebudayaan,SMP Negeri 1 Kalukku,Guru BK,,1.200,1,0,-1,kurang,,'
	assert_line 'Dinas Pendidikan dan Kebudayaan,SD Negeri 2 Kalukku,Guru Ahli Pertama,,,,1,1,tanpa_kebutuhan,,'
	[[ "$stderr" == *"asn-gap: warning: 1 teacher(s) at the schools of the NEEDS table have a jurusan that names no subject: counted as 'Guru Mapel Tidak Dikenal'"* ]]
	[[ "$stderr" == *"sekolah.csv: read 2, positions 14, rejected 0"* ]]
	# Σ bezetting = the 21 in post
	[[ $(printf '%s\n' "$output" | awk -F, 'NR > 1 { s += $7 } END { print s }') -eq 21 ]]
}

# Puskesmas Kalukku, puskesmas_perdesaan (the standard: dokter 1, dokter
# gigi 1, perawat 5, bidan 4, promkes 1, kesling 1, ATLM 1, gizi 1,
# kefarmasian 1, administrasi 2, pekarya 1 = 19):
#   Dokter   staff Dokter Ahli Pertama = 1; sesuai
#   Perawat  staff Perawat Terampil x2 + Perawat Ahli Muda = 3; selisih 3 - 5 = -2
#   Bidan    staff Bidan Terampil x2 = 2; selisih 2 - 4 = -2
#   the Epidemiolog is in no standard: kept, tanpa_kebutuhan
# Puskesmas Tommo is not in the table: its Perawat Terampil keeps the jabatan.
@test "layanan: asn-gap with a facilities table, health staff by profession" {
	run --separate-stderr asn-gap "${AS_OF[@]}" -b unit,subunit,jabatan -n "$L/faskes.csv" \
	    "$L/pegawai.csv"
	assert_success
	assert_output "$(cat "$L/gap-faskes.expected.csv")"
	assert_line 'Dinas Kesehatan,Puskesmas Kalukku,Perawat,,5.000,5,3,-2,kurang,,'
	assert_line 'Dinas Kesehatan,Puskesmas Kalukku,Bidan,,4.000,4,2,-2,kurang,,'
	assert_line 'Dinas Kesehatan,Puskesmas Kalukku,Dokter,,1.000,1,1,0,sesuai,,'
	assert_line 'Dinas Kesehatan,Puskesmas Tommo,Perawat Terampil,,,,1,1,tanpa_kebutuhan,,'
	# the teachers are not remapped without a schools table
	assert_line 'Dinas Pendidikan dan Kebudayaan,SD Negeri 1 Kalukku,Guru Ahli Pertama,,,,4,4,tanpa_kebutuhan,,'
	[[ "$stderr" != *warning* ]]
}

# Both tables, by unit and jabatan: the schools' needs add up per unit,
# each rounded first: Guru PAI SD 1.0 (1) + SMP 0.75 (1) = 1.75, kebutuhan 2;
# staff 1.  Dinas Kesehatan: 19 needed, 8 matched (the Tommo nurse and the
# epidemiologist are other jabatan).
@test "layanan: asn-gap with both tables by unit and jabatan" {
	run --separate-stderr asn-gap "${AS_OF[@]}" -t -n "$L/sekolah.csv" -n "$L/faskes.csv" \
	    "$L/pegawai.csv"
	assert_success
	assert_line 'Dinas Pendidikan dan Kebudayaan,Guru PAI,,1.750,2,1,-1,kurang,,'
	assert_line 'Dinas Kesehatan,Jumlah,,19.000,19,8,-11,kurang,,'
	assert_line 'Total,,,37.700,39,21,-18,kurang,,'
}

# The plan by subunit: year 2026 shortages of the standard jabatan, no one
# retiring in the horizon: Guru Kelas 6 - 4 = 2, and 1 each for SD PJOK and
# SMP BK, B. Inggris, IPS, PAI, PPKN, Prakarya, Seni Budaya, B. Indonesia
# (2 - 1): 11 in 10 positions.
@test "layanan: asn-forecast --plan with a schools table plans the standard jabatan" {
	run --separate-stderr asn-forecast "${AS_OF[@]}" --plan --by unit,subunit,jabatan \
	    --needs "$L/sekolah.csv" "$L/pegawai.csv"
	assert_success
	assert_line --regexp '^2026,Dinas Pendidikan dan Kebudayaan,SD Negeri 1 Kalukku,Guru Kelas,6,4,2,'
	assert_line --regexp '^2026,Dinas Pendidikan dan Kebudayaan,SMP Negeri 1 Kalukku,Guru Bahasa Indonesia,2,1,1,'
	assert_line --regexp '^2026,Dinas Pendidikan dan Kebudayaan,SMP Negeri 1 Kalukku,Guru BK,1,0,1,'
	refute_line --partial 'Guru Matematika'
	refute_line --partial 'Guru Ahli'
	[[ "$stderr" == *"2026: kurang 11 in 10 positions"* ]]
	[[ "$stderr" == *"counted as 'Guru Mapel Tidak Dikenal'"* ]]
}

@test "layanan: bad rows are exit 1 with file, line, column and value; the rest is counted" {
	printf '%s\n' 'unit,subunit,jenjang,rombel_1,rombel_2,rombel_3,rombel_4,rombel_5,rombel_6' \
	    'Dinas Pendidikan dan Kebudayaan,SD Negeri 1 Kalukku,SD,1,1,1,1,1,1' \
	    'Dinas Pendidikan dan Kebudayaan,SD Negeri 2 Kalukku,SD,1,-1,1,1,1,1' \
	    'Dinas Pendidikan dan Kebudayaan,SD Negeri 3 Kalukku,SMA,1,1,1,1,1,1' > s.csv
	printf '%s\n' 'unit,subunit,jenis' 'Dinas Kesehatan,Puskesmas Kalukku,klinik' > f.csv
	run --separate-stderr asn-gap "${AS_OF[@]}" -n s.csv -n f.csv "$L/pegawai.csv"
	assert_failure 1
	[[ "$stderr" == *"asn-gap: s.csv:3: rombel_2 '-1': must not be negative"* ]]
	[[ "$stderr" == *"asn-gap: s.csv:4: jenjang 'SMA': expected SD or SMP"* ]]
	[[ "$stderr" == *"asn-gap: f.csv:2: jenis 'klinik': expected puskesmas_perkotaan, "* ]]
	[[ "$stderr" == *"s.csv: read 3, positions 3, rejected 2"* ]]
	assert_line 'Dinas Pendidikan dan Kebudayaan,Guru Kelas,,6.000,6,4,-2,kurang,,'
}

@test "layanan: header errors are exit 3 with file:1" {
	printf '%s\n' 'unit,jenjang,rombel_1' 'Disdik,SD,1' > s.csv
	run --separate-stderr asn-gap "${AS_OF[@]}" -n s.csv "$L/pegawai.csv"
	assert_failure 3
	assert_equal "$stderr" "asn-gap: s.csv:1: missing required column 'subunit' (schools table)"
	printf '%s\n' 'unit,subunit,jenis,kebutuhan' > f.csv
	run --separate-stderr asn-forecast "${AS_OF[@]}" --plan --needs f.csv "$L/pegawai.csv"
	assert_failure 3
	assert_equal "$stderr" "asn-forecast: f.csv:1: the jabatan and their need come from the service standards: unexpected column 'kebutuhan' (facilities table)"
}

# The plan with the facilities table: Puskesmas Kalukku (perdesaan) lacks
# 5 - 3 = 2 perawat, 4 - 2 = 2 bidan, 2 tenaga administrasi, and 1 each of
# dokter gigi, promkes, kesling, ATLM, gizi, kefarmasian and pekarya (the one
# dokter is there): 2 + 2 + 2 + 7 = 13 in 10 positions.  The standard's
# professions are in the kesehatan sector, administrasi and pekarya are not.
@test "layanan: asn-forecast --plan with a facilities table: professions in the kesehatan sector" {
	run --separate-stderr asn-forecast "${AS_OF[@]}" --plan --by unit,subunit,jabatan \
	    --needs "$L/faskes.csv" "$L/pegawai.csv"
	assert_success
	assert_line --regexp '^2026,Dinas Kesehatan,Puskesmas Kalukku,Perawat,5,3,2,tidak,kesehatan,'
	assert_line --regexp '^2026,Dinas Kesehatan,Puskesmas Kalukku,Tenaga Gizi,1,0,1,tidak,kesehatan,'
	assert_line --regexp '^2026,Dinas Kesehatan,Puskesmas Kalukku,Ahli Teknologi Laboratorium Medik,1,0,1,tidak,kesehatan,'
	assert_line --regexp '^2026,Dinas Kesehatan,Puskesmas Kalukku,Tenaga Administrasi,2,0,2,tidak,teknis,'
	assert_line --regexp '^2026,Dinas Kesehatan,Puskesmas Kalukku,Pekarya,1,0,1,tidak,teknis,'
	[[ "$stderr" == *"2026: kurang 13 in 10 positions"* ]]
}

# A formasi beside the schools table: its Guru Ahli Pertama of SD Negeri 1
# Kalukku (a listed school) is left out, since the standard gives that
# school's teachers their need (else 4 PGSD teachers would be short twice);
# its Pengadministrasi Perkantoran there keeps its need (1, staff 1), and
# SD Negeri 2 Kalukku, not in the table, keeps the formasi's 2 for 1.
@test "layanan: a formasi's teacher positions at a listed school give way to the standard" {
	printf 'unit,subunit,jabatan,kebutuhan\nDinas Pendidikan dan Kebudayaan,SD Negeri 1 Kalukku,Guru Ahli Pertama,5\nDinas Pendidikan dan Kebudayaan,SD Negeri 1 Kalukku,Pengadministrasi Perkantoran,1\nDinas Pendidikan dan Kebudayaan,SD Negeri 2 Kalukku,Guru Ahli Pertama,2\n' > f.csv
	run --separate-stderr asn-gap "${AS_OF[@]}" -b unit,subunit,jabatan -n f.csv -n "$L/sekolah.csv" \
	    "$L/pegawai.csv"
	assert_success
	refute_line --partial 'SD Negeri 1 Kalukku,Guru Ahli Pertama'
	assert_line 'Dinas Pendidikan dan Kebudayaan,SD Negeri 1 Kalukku,Guru Kelas,,6.000,6,4,-2,kurang,,'
	assert_line 'Dinas Pendidikan dan Kebudayaan,SD Negeri 1 Kalukku,Pengadministrasi Perkantoran,,1.000,1,1,0,sesuai,,'
	assert_line 'Dinas Pendidikan dan Kebudayaan,SD Negeri 2 Kalukku,Guru Ahli Pertama,,2.000,2,1,-1,kurang,,'
	[[ "$stderr" == *"asn-gap: 1 position(s) of teachers or health staff at the schools and facilities of the service standards left out of the other NEEDS tables: the standards give their need"* ]]
	[[ $(printf '%s\n' "$output" | awk -F, 'NR > 1 { s += $7 } END { print s }') -eq 21 ]]
}

# asn-gap's own output read back as the plan's NEEDS (as the monthly job
# does): its standard jabatan mark SD Negeri 1 Kalukku a school, so its
# staff are counted under them again (Guru Kelas: need 6, 4 in post, 2
# short), and its rows of staff with no need are no rejects (status 0).
@test "layanan: the plan reads asn-gap's output and matches the staff as asn-gap did" {
	run --separate-stderr asn-forecast -q --plan "${AS_OF[@]}" --years 2 --by unit,subunit,jabatan \
	    --needs "$L/gap-sekolah.expected.csv" --kuota 100 "$L/pegawai.csv"
	assert_success
	assert_line --regexp '^2026,Dinas Pendidikan dan Kebudayaan,SD Negeri 1 Kalukku,Guru Kelas,6,4,2,'
	refute_line --partial 'Guru Ahli Pertama'
}
