#!/usr/bin/env bats
# asn-gap: every option and error path.

load helper

G=$FIX/gap
AS_OF=(--as-of 2026-11-01)

# Sum of the bezetting column over the group rows (not the total rows) of
# the CSV on stdin; no field in these fixtures holds a comma.
sum_bezetting() {
	awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "bezetting") c = i; next }
		$1 != "Total" && $2 != "Jumlah" { s += $c } END { print s + 0 }'
}

# Staff active at $2 in the pegawai table $1: tanggal_pensiun after the date.
active_staff() {
	awk -F, -v d="$2" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "tanggal_pensiun") c = i; next }
		$c ~ /^[0-9][0-9][0-9][0-9]-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/ && $c > d { n++ }
		END { print n + 0 }' "$1"
}

# The bezetting of the Total row of the CSV on stdin.
total_bezetting() {
	awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "bezetting") c = i; next }
		$1 == "Total" { print $c }'
}

# The hand-checkable ABK example (WKE 1250 hours, rounding .5 up):
#
# SMP Negeri 1 Kalukku, Guru Ahli Muda
#   tatap muka    96 JP a week  x50 = 4800 a year x 40 min  = 3200 h
#   RPP           24 a month    x12 =  288 a year x  2 h    =  576 h
#   penilaian    540 a year                       x 30 min  =  270 h
#   beban 4046 h; need 4046/1250 = 3.2368 -> 3.24, kebutuhan 3
#   bezetting 2 (the third retires on 2026-11-01, the as-of date: not counted)
#   selisih 2-3 = -1 kurang; EJ 4046/(2x1250) = 1.6184 -> 1.62, PJ A (> 1.00)
# RSUD Kabupaten Mamuju, Perawat Terampil
#   asuhan        40 patient-days a day x250 = 10000 x 15 min = 2500 h
#   dokumentasi  300 a month x12 = 3600 x 10 min              =  600 h
#   beban 3100 h; need 2.48, kebutuhan 2; bezetting 3 (one retires 2026-12-01:
#   still active); selisih +1 lebih; EJ 3100/3750 = 0.8267 -> 0.83, PJ C
# Bappeda, Pengadministrasi Perkantoran
#   surat masuk  150 a month x12 = 1800 x 6 min  = 180 h
#   arsip       2000 a year        x 12 min      = 400 h
#   beban 580 h; need 0.464 -> 0.46, kebutuhan 0; bezetting 2 (a third retired
#   2025-06-01); selisih +2 lebih; EJ 580/2500 = 0.232 -> 0.23, PJ E
# Bappeda, Analis Perencanaan
#   dokumen 5 a year x 100 h = 500 h; verifikasi 25 a week x50 = 1250 x 30 min
#   = 625 h; beban 1125 h; need 0.90, kebutuhan 1; bezetting 1, selisih 0
#   sesuai; EJ 1125/1250 = 0.90, PJ B (0.90-1.00)
# Bappeda, Perencana Ahli Pertama
#   kajian 75 a year x 25 h = 1875 h; need 1.50 -> kebutuhan 2 (.5 up);
#   bezetting 0: selisih -2 kurang, no EJ, no PJ
# Bappeda, Pranata Komputer Terampil
#   perangkat 15 a week x50 = 750 x 1 h = 750 h; need 0.60, kebutuhan 1;
#   bezetting 1, sesuai; EJ 750/1250 = 0.60, PJ D (0.50-0.69)
# Bappeda, Kepala Bappeda: no ABK row; bezetting 1, tanpa_kebutuhan
@test "gap: hand-checked ABK example: beban, need, rounding, EJ and PJ" {
	run --separate-stderr asn-gap "${AS_OF[@]}" -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_success
	assert_equal "$output" "$(cat "$G/abk-small.expected.csv")"
	assert_equal "${stderr_lines[-1]}" "asn-gap: read 12, active 10, retired 2, rejected 0"
	assert_equal "${stderr_lines[-2]}" "asn-gap: $G/abk-small.csv: read 11, positions 6, rejected 0"
}

# Bappeda: beban 1125+580+1875+750 = 4330, need 3.464 -> 3.46, kebutuhan
# 1+0+2+1 = 4, bezetting 5, selisih +1; EJ 4330/(5x1250) = 0.6928 -> 0.69 D.
# Total: beban 11476, need 9.1808 -> 9.18, kebutuhan 9, bezetting 10,
# selisih +1; EJ 11476/12500 = 0.91808 -> 0.92 B.
@test "gap: --total adds a Jumlah row per unit and a Total row" {
	run --separate-stderr asn-gap -t "${AS_OF[@]}" -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_success
	assert_equal "$output" "$(cat "$G/abk-small.total.expected.csv")"
	run --separate-stderr asn-gap --total "${AS_OF[@]}" -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_equal "$output" "$(cat "$G/abk-small.total.expected.csv")"
}

@test "gap: --by unit rounds per position first, then sums; one key: grand total only" {
	run --separate-stderr asn-gap -b unit -t "${AS_OF[@]}" -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_success
	assert_output "unit,beban_jam,kebutuhan_hitung,kebutuhan,bezetting,selisih,status,ej,pj
Bappeda,4330.00,3.464,4,5,1,lebih,0.69,D
RSUD Kabupaten Mamuju,3100.00,2.480,2,3,1,lebih,0.83,C
SMP Negeri 1 Kalukku,4046.00,3.237,3,2,-1,kurang,1.62,A
Total,11476.00,9.181,9,10,1,lebih,0.92,B"
}

@test "gap: --by jabatan,unit orders the key columns as given" {
	run --separate-stderr asn-gap --by jabatan,unit "${AS_OF[@]}" -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_success
	assert_line --index 0 "jabatan,unit,beban_jam,kebutuhan_hitung,kebutuhan,bezetting,selisih,status,ej,pj"
	assert_line --index 1 "Analis Perencanaan,Bappeda,1125.00,0.900,1,1,0,sesuai,0.90,B"
	assert_line --index 5 "Perawat Terampil,RSUD Kabupaten Mamuju,3100.00,2.480,2,3,1,lebih,0.83,C"
}

@test "gap: --by with a subunit column; a formasi per subunit sums when grouped coarser" {
	run --separate-stderr asn-gap -b unit,subunit,jabatan -t "${AS_OF[@]}" -n "$G/formasi-subunit.csv" "$G/pegawai-subunit.csv"
	assert_success
	assert_output "unit,subunit,jabatan,beban_jam,kebutuhan_hitung,kebutuhan,bezetting,selisih,status,ej,pj
Dinas Kesehatan,Puskesmas Kalukku,Bidan Terampil,,2.000,2,2,0,sesuai,,
Dinas Kesehatan,Puskesmas Kalukku,Perawat Terampil,,2.000,2,1,-1,kurang,,
Dinas Kesehatan,Puskesmas Tapalang,Bidan Terampil,,2.000,2,0,-2,kurang,,
Dinas Kesehatan,Puskesmas Tapalang,Perawat Terampil,,3.000,3,1,-2,kurang,,
Dinas Kesehatan,Jumlah,Jumlah,,9.000,9,4,-5,kurang,,
Total,,,,9.000,9,4,-5,kurang,,"
	run --separate-stderr asn-gap -b subunit "${AS_OF[@]}" -n "$G/formasi-subunit.csv" "$G/pegawai-subunit.csv"
	assert_success
	assert_output "subunit,beban_jam,kebutuhan_hitung,kebutuhan,bezetting,selisih,status,ej,pj
Puskesmas Kalukku,,4.000,4,3,-1,kurang,,
Puskesmas Tapalang,,5.000,5,1,-4,kurang,,"
	run --separate-stderr asn-gap "${AS_OF[@]}" -n "$G/formasi-subunit.csv" "$G/pegawai-subunit.csv"
	assert_success
	assert_line --index 1 "Dinas Kesehatan,Bidan Terampil,,4.000,4,2,-2,kurang,,"
}

@test "gap: a --by key absent from NEEDS is a usage error naming it" {
	run --separate-stderr asn-gap -b unit,bidang "${AS_OF[@]}" -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_equal "$status" 2
	assert_output ""
	[[ "$stderr" == *"$G/abk-small.csv:1: missing key column 'bidang' (a --by key other than unit and jabatan must be a column of the NEEDS table)"* ]]
}

@test "gap: a --by key absent from the pegawai table is exit 3 naming it" {
	run --separate-stderr asn-gap -b unit,subunit "${AS_OF[@]}" -n "$G/formasi-subunit.csv" "$G/pegawai-small.csv"
	assert_equal "$status" 3
	assert_output ""
	[[ "$stderr" == *"$G/pegawai-small.csv:1: missing required column 'subunit' (a --by key)"* ]]
}

@test "gap: bad --by values are usage errors" {
	run --separate-stderr asn-gap -b unit,,jabatan -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_equal "$status" 2
	[[ "$stderr" == *"invalid value 'unit,,jabatan' for --by: empty column name"* ]]
	run --separate-stderr asn-gap -b unit,Unit -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_equal "$status" 2
	[[ "$stderr" == *"column 'Unit' given twice"* ]]
	run --separate-stderr asn-gap -b '' -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_equal "$status" 2
}

@test "gap: formasi NEEDS leaves beban_jam, ej and pj empty" {
	run --separate-stderr asn-gap "${AS_OF[@]}" -n "$G/formasi-small.csv" "$G/pegawai-small.csv"
	assert_success
	assert_equal "$output" "$(cat "$G/formasi-small.expected.csv")"
}

# Perawat: need 2.48; CAS 10+5 = 15%, CAF 1/0.85; IAS 250 h, IAF 250/1250 =
# 0.2; required 2.48/0.85 + 0.2 = 3.1176 -> 3.12, kebutuhan 3; bezetting 3,
# sesuai; wisn_ratio 3/3.1176 = 0.96.  Bidan: 120x12x30 min = 720 h +
# 8x12x4 h = 384 h = 1104 h, need 0.8832; CAS 5%: 0.8832/0.95 = 0.9297 ->
# 0.93, kebutuhan 1; nobody in post: wisn_ratio 0.00.
@test "gap: WISN columns apply CAF and IAF and add wisn_ratio" {
	run --separate-stderr asn-gap "${AS_OF[@]}" -n "$G/abk-wisn.csv" "$G/pegawai-small.csv"
	assert_success
	assert_equal "$output" "$(cat "$G/abk-wisn.expected.csv")"
}

@test "gap: rounding from the configuration: ceil, floor, none" {
	printf 'abk:\n  rounding: ceil\n' > ceil.yaml
	run --separate-stderr asn-gap -c ceil.yaml "${AS_OF[@]}" -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_success
	assert_line "SMP Negeri 1 Kalukku,Guru Ahli Muda,4046.00,3.237,4,2,-2,kurang,1.62,A"
	assert_line "Bappeda,Pengadministrasi Perkantoran,580.00,0.464,1,2,1,lebih,0.23,E"
	printf 'abk:\n  rounding: floor\n' > asn.yaml
	run --separate-stderr asn-gap "${AS_OF[@]}" -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_line "Bappeda,Perencana Ahli Pertama,1875.00,1.500,1,0,-1,kurang,,"
	assert_line "Bappeda,Analis Perencanaan,1125.00,0.900,0,1,1,lebih,0.90,B"
	rm asn.yaml
	printf 'abk:\n  rounding: none\n' > none.yaml
	ASN_CONFIG=none.yaml run --separate-stderr asn-gap -t "${AS_OF[@]}" -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_success
	assert_line "SMP Negeri 1 Kalukku,Guru Ahli Muda,4046.00,3.237,3.24,2,-1.24,kurang,1.62,A"
	assert_line "Bappeda,Jumlah,4330.00,3.464,3.46,5,1.54,lebih,0.69,D"
	assert_line "Total,,11476.00,9.181,9.18,10,0.82,lebih,0.92,B"
}

@test "gap: --wke changes need and EJ; PJ bands from the configuration" {
	run --separate-stderr asn-gap -w 625 "${AS_OF[@]}" -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_success
	# 4046/625 = 6.4736; EJ 4046/(2x625) = 3.2368
	assert_line "SMP Negeri 1 Kalukku,Guru Ahli Muda,4046.00,6.474,6,2,-4,kurang,3.24,A"
	printf 'abk:\n  wke_hours: 2500\n  pj:\n    a: 1.5\n    b: 0.5\n    c: 0.2\n    d: 0.1\n' > c.yaml
	run --separate-stderr asn-gap -c c.yaml "${AS_OF[@]}" -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	# 580/2500 = 0.232 -> 0; EJ 580/5000 = 0.116: D from 0.1
	assert_line "Bappeda,Pengadministrasi Perkantoran,580.00,0.232,0,2,2,lebih,0.12,D"
	run --separate-stderr asn-gap -c c.yaml --wke 1250 "${AS_OF[@]}" -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_line "SMP Negeri 1 Kalukku,Guru Ahli Muda,4046.00,3.237,3,2,-1,kurang,1.62,A"
}

@test "gap: zero WKE is refused (option and configuration)" {
	run --separate-stderr asn-gap --wke 0 -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_equal "$status" 2
	[[ "$stderr" == *"invalid value '0' for --wke: expected a number from 1 to 8784"* ]]
	run --separate-stderr asn-gap -w 12x -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_equal "$status" 2
	printf 'abk:\n  wke_hours: 0\n' > zero.yaml
	run --separate-stderr asn-gap -c zero.yaml -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_equal "$status" 2
	[[ "$stderr" == *"zero.yaml:2:"*"wke_hours"* ]]
}

@test "gap: sum of bezetting = active staff, on every test input" {
	local needs peg date n
	for peg in "$G"/pegawai-small.csv "$G"/pegawai-subunit.csv "$G"/pegawai-faults.csv; do
		for needs in "$G"/abk-small.csv "$G"/abk-wisn.csv "$G"/formasi-small.csv "$G"/abk-faults.csv "$G"/formasi-faults.csv; do
			for date in 2025-01-01 2026-10-31 2026-11-01 2026-12-01 2060-01-01; do
				for by in unit,jabatan unit jabatan; do
					run --separate-stderr asn-gap -b "$by" --as-of "$date" -n "$needs" "$peg"
					[ "$status" -le 1 ] || { echo "$peg $needs: $stderr"; false; }
					n=$(active_staff "$peg" "$date")
					assert_equal "$(sum_bezetting <<< "$output")" "$n"
					[[ "${stderr_lines[-1]}" == "asn-gap: read "*", active $n, retired "* ]]
					run --separate-stderr asn-gap -t -b "$by" --as-of "$date" -n "$needs" "$peg"
					assert_equal "$(total_bezetting <<< "$output")" "$n"
				done
			done
		done
	done
}

@test "gap: --as-of decides who is active (retired from tanggal_pensiun on)" {
	run --separate-stderr asn-gap --as-of 2026-10-31 -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_line "SMP Negeri 1 Kalukku,Guru Ahli Muda,4046.00,3.237,3,3,0,sesuai,1.08,A"
	assert_equal "${stderr_lines[-1]}" "asn-gap: read 12, active 11, retired 1, rejected 0"
	run --separate-stderr asn-gap --as-of 2026-12-01 -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_line "RSUD Kabupaten Mamuju,Perawat Terampil,3100.00,2.480,2,2,0,sesuai,1.24,A"
	SOURCE_DATE_EPOCH=1796083200 run --separate-stderr asn-gap -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_line "RSUD Kabupaten Mamuju,Perawat Terampil,3100.00,2.480,2,2,0,sesuai,1.24,A"
	run --separate-stderr asn-gap --as-of 2026-13-01 -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_equal "$status" 2
	[[ "$stderr" == *"invalid value '2026-13-01' for --as-of"* ]]
}

@test "gap: ABK row errors name file:line, column and value; good rows still counted" {
	run --separate-stderr asn-gap "${AS_OF[@]}" -n "$G/abk-faults.csv" "$G/pegawai-small.csv"
	assert_equal "$status" 1
	assert_line --index 1 "Bappeda,Analis Perencanaan,500.00,1.000,1,1,0,sesuai,0.40,E,1.00"
	f=$G/abk-faults.csv
	assert_equal "${stderr_lines[0]}" "asn-gap: $f:3: volume '-3': must not be negative"
	assert_equal "${stderr_lines[1]}" "asn-gap: $f:4: volume 'sepuluh': not a number"
	assert_equal "${stderr_lines[2]}" "asn-gap: $f:5: volume '1,5': not a number (use '.' as the decimal separator)"
	assert_equal "${stderr_lines[3]}" "asn-gap: $f:6: satuan_periode 'tahunan': expected tahun, bulan, minggu or hari"
	assert_equal "${stderr_lines[4]}" "asn-gap: $f:7: satuan_waktu 'detik': expected menit or jam"
	assert_equal "${stderr_lines[5]}" "asn-gap: $f:8: norma_waktu '-10': must not be negative"
	assert_equal "${stderr_lines[6]}" "asn-gap: $f:9: unit is empty"
	assert_equal "${stderr_lines[7]}" "asn-gap: $f:11: cas_persen '45': the position's total reaches 100% (CAF undefined)"
	assert_equal "${stderr_lines[8]}" "asn-gap: $f:12: ias_jam '-5': must not be negative"
	assert_equal "${stderr_lines[9]}" "asn-gap: $f:13: volume is empty"
	assert_equal "${stderr_lines[10]}" "asn-gap: $f: read 12, positions 1, rejected 10"
}

@test "gap: formasi errors: duplicate position, non-numeric, negative, empty" {
	run --separate-stderr asn-gap -q "${AS_OF[@]}" -n "$G/formasi-faults.csv" "$G/pegawai-small.csv"
	assert_equal "$status" 1
	f=$G/formasi-faults.csv
	assert_equal "$stderr" "asn-gap: $f:3: kebutuhan 'satu': not a number
asn-gap: $f:4: duplicate position: unit 'Bappeda', jabatan 'Analis Perencanaan' already on line 2
asn-gap: $f:5: kebutuhan '-1': must not be negative
asn-gap: $f:6: kebutuhan is empty
asn-gap: $f:7: jabatan is empty"
	# the first of the duplicates counts
	assert_line "Bappeda,Analis Perencanaan,,2.000,2,1,-1,kurang,,"
	assert_line "RSUD Kabupaten Mamuju,Perawat Terampil,,3.000,3,3,0,sesuai,,"
}

@test "gap: pegawai rows: bad tanggal_pensiun rejected (exit 1), empty key counted with a warning" {
	run --separate-stderr asn-gap "${AS_OF[@]}" -n "$G/formasi-small.csv" "$G/pegawai-faults.csv"
	assert_equal "$status" 1
	f=$G/pegawai-faults.csv
	assert_line --index 1 ",Pengadministrasi Perkantoran,,,,1,1,tanpa_kebutuhan,,"
	[[ "$stderr" == *"asn-gap: $f:4: tanggal_pensiun '01-12-2026': expected a date YYYY-MM-DD (row not counted)"* ]]
	[[ "$stderr" == *"asn-gap: $f:5: tanggal_pensiun is empty (row not counted)"* ]]
	[[ "$stderr" == *"asn-gap: $f:6: tanggal_pensiun '2053-13-01': expected a date YYYY-MM-DD (row not counted)"* ]]
	[[ "$stderr" == *"asn-gap: $f:7: warning: unit is empty: counted under an empty unit"* ]]
	assert_equal "${stderr_lines[-1]}" "asn-gap: read 6, active 3, retired 0, rejected 3"
	run --separate-stderr asn-gap -q "${AS_OF[@]}" -n "$G/formasi-small.csv" "$f"
	assert_equal "$status" 1
	[[ "$stderr" != *"warning"* ]]
	[[ "$stderr" == *":4: tanggal_pensiun"* ]]
}

@test "gap: read = active + retired + rejected" {
	for peg in "$G"/pegawai-*.csv; do
		run --separate-stderr asn-gap "${AS_OF[@]}" -n "$G/formasi-small.csv" -b unit "$peg"
		[[ "${stderr_lines[-1]}" =~ read\ ([0-9]+),\ active\ ([0-9]+),\ retired\ ([0-9]+),\ rejected\ ([0-9]+) ]]
		assert_equal "${BASH_REMATCH[1]}" "$((BASH_REMATCH[2] + BASH_REMATCH[3] + BASH_REMATCH[4]))"
		assert_equal "${BASH_REMATCH[1]}" "$(($(wc -l < "$peg") - 1))"
	done
}

@test "gap: NEEDS header errors are exit 3 with file:1" {
	printf 'unit,jabatan,jumlah\nA,B,1\n' > x.csv
	run --separate-stderr asn-gap -n x.csv "$G/pegawai-small.csv"
	assert_equal "$status" 3
	assert_output ""
	[[ "$stderr" == "asn-gap: x.csv:1: not a NEEDS table: expected a formasi (unit,jabatan,kebutuhan), an ABK workload table"* ]]
	printf 'unit,jabatan,kebutuhan,volume\n' > both.csv
	run --separate-stderr asn-gap -n both.csv "$G/pegawai-small.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"both.csv:1: both a formasi column (kebutuhan) and ABK columns"* ]]
	printf 'unit,jabatan,uraian_tugas,volume,satuan_periode,norma_waktu\n' > part.csv
	run --separate-stderr asn-gap -n part.csv "$G/pegawai-small.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"part.csv:1: missing required column 'satuan_waktu' (ABK workload table)"* ]]
	printf 'unit,jabatan,kebutuhan,cas_persen\n' > fw.csv
	run --separate-stderr asn-gap -n fw.csv "$G/pegawai-small.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"fw.csv:1: WISN columns (cas_persen, ias_jam) need an ABK workload table"* ]]
	printf 'unit,Unit,kebutuhan\n' > dup.csv
	run --separate-stderr asn-gap -n dup.csv "$G/pegawai-small.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"dup.csv:1: duplicate column"* ]]
}

@test "gap: NEEDS structure errors and unreadable files are exit 3" {
	printf 'unit,jabatan,kebutuhan\nA,"B,1\n' > q.csv
	run --separate-stderr asn-gap -n q.csv "$G/pegawai-small.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"q.csv:2:2: unterminated quoted field"* ]]
	printf 'unit,jabatan,kebutuhan\nA,B\n' > r.csv
	run --separate-stderr asn-gap -n r.csv "$G/pegawai-small.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"r.csv:2:3: expected 3 fields, got 2"* ]]
	run --separate-stderr asn-gap -n nonexistent.csv "$G/pegawai-small.csv"
	assert_equal "$status" 3
	assert_equal "$stderr" "asn-gap: nonexistent.csv: No such file or directory"
	: > empty.csv
	run --separate-stderr asn-gap -n empty.csv "$G/pegawai-small.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"empty.csv: empty input (no header row)"* ]]
}

@test "gap: pegawai structure errors are exit 3 and leave no output file" {
	run --separate-stderr asn-gap -n "$G/abk-small.csv" nonexistent.csv
	assert_equal "$status" 3
	assert_equal "$stderr" "asn-gap: nonexistent.csv: No such file or directory"
	: > empty.csv
	run --separate-stderr asn-gap -n "$G/abk-small.csv" empty.csv
	assert_equal "$status" 3
	[[ "$stderr" == *"empty.csv: empty input (no header row)"* ]]
	{ cat "$G/pegawai-small.csv"; echo "1,2,3"; } > ragged.csv
	run --separate-stderr asn-gap -q "${AS_OF[@]}" -n "$G/abk-small.csv" -o out.csv ragged.csv
	assert_equal "$status" 3
	[[ "$stderr" == *"ragged.csv:14:4: expected 13 fields, got 3"* ]]
	[ ! -e out.csv ]
	cut -d, -f1-12 "$G/pegawai-small.csv" > nopensiun.csv
	run --separate-stderr asn-gap -n "$G/abk-small.csv" nopensiun.csv
	assert_equal "$status" 3
	[[ "$stderr" == *"nopensiun.csv:1: missing required column 'tanggal_pensiun'"* ]]
	printf 'unit,jabatan,tanggal_pensiun\nA\000,x,2030-01-01\n' > nul.csv
	run --separate-stderr asn-gap -n "$G/abk-small.csv" nul.csv
	assert_equal "$status" 3
	[[ "$stderr" == *"nul.csv:2:1: NUL byte in input"* ]]
	refute [ -n "$(ls -A | grep out.csv)" ]
}

@test "gap: header-only pegawai gives every NEEDS position with bezetting 0" {
	head -1 "$G/pegawai-small.csv" > h.csv
	run --separate-stderr asn-gap "${AS_OF[@]}" -n "$G/formasi-small.csv" h.csv
	assert_success
	assert_equal "${#lines[@]}" 7
	assert_line "SMP Negeri 1 Kalukku,Guru Ahli Muda,,4.000,4,0,-4,kurang,,"
	assert_equal "${stderr_lines[-1]}" "asn-gap: read 0, active 0, retired 0, rejected 0"
	head -1 "$G/formasi-small.csv" > hn.csv
	run --separate-stderr asn-gap "${AS_OF[@]}" -n hn.csv h.csv
	assert_success
	assert_output "unit,jabatan,beban_jam,kebutuhan_hitung,kebutuhan,bezetting,selisih,status,ej,pj"
}

@test "gap: missing --needs; stdin for both inputs is a usage error" {
	run --separate-stderr asn-gap "$G/pegawai-small.csv"
	assert_equal "$status" 2
	[[ "$stderr" == *"missing --needs FILE"* ]]
	[[ "$stderr" == *"usage: asn-gap"* ]]
	run --separate-stderr asn-gap -n - < "$G/pegawai-small.csv"
	assert_equal "$status" 2
	[[ "$stderr" == *"standard input can be read only once"* ]]
	run --separate-stderr asn-gap -n - -n - "$G/pegawai-small.csv" < "$G/abk-small.csv"
	assert_equal "$status" 2
	run --separate-stderr asn-gap -n - "$G/pegawai-small.csv" - < "$G/abk-small.csv"
	assert_equal "$status" 2
}

@test "gap: several --needs: ABK for some positions, formasi for the rest; overlap refused" {
	run --separate-stderr asn-gap -t "${AS_OF[@]}" -n "$G/abk-small.csv" -n "$G/formasi-small.csv" "$G/pegawai-small.csv"
	assert_equal "$status" 1
	assert_output "unit,jabatan,beban_jam,kebutuhan_hitung,kebutuhan,bezetting,selisih,status,ej,pj
Bappeda,Analis Perencanaan,1125.00,0.900,1,1,0,sesuai,0.90,B
Bappeda,Kepala Bappeda,,1.000,1,1,0,sesuai,,
Bappeda,Pengadministrasi Perkantoran,580.00,0.464,0,2,2,lebih,0.23,E
Bappeda,Perencana Ahli Pertama,1875.00,1.500,2,0,-2,kurang,,
Bappeda,Pranata Komputer Terampil,750.00,0.600,1,1,0,sesuai,0.60,D
Bappeda,Jumlah,,4.464,5,5,0,sesuai,,
Puskesmas Tapalang,Bidan Terampil,,2.000,2,0,-2,kurang,,
Puskesmas Tapalang,Jumlah,,2.000,2,0,-2,kurang,,
RSUD Kabupaten Mamuju,Perawat Terampil,3100.00,2.480,2,3,1,lebih,0.83,C
RSUD Kabupaten Mamuju,Jumlah,3100.00,2.480,2,3,1,lebih,0.83,C
SMP Negeri 1 Kalukku,Guru Ahli Muda,4046.00,3.237,3,2,-1,kurang,1.62,A
SMP Negeri 1 Kalukku,Jumlah,4046.00,3.237,3,2,-1,kurang,1.62,A
Total,,,12.181,12,10,-2,kurang,,"
	a=$G/abk-small.csv f=$G/formasi-small.csv
	assert_equal "${stderr_lines[0]}" "asn-gap: $f:6: position unit 'Bappeda', jabatan 'Analis Perencanaan' already has its need in $a:9 (rows not counted)"
	assert_equal "${stderr_lines[3]}" "asn-gap: $f:2: position unit 'SMP Negeri 1 Kalukku', jabatan 'Guru Ahli Muda' already has its need in $a:2 (rows not counted)"
	assert_equal "${#stderr_lines[@]}" 7
	run --separate-stderr asn-gap "${AS_OF[@]}" -n "$G/formasi-small.csv" -n "$G/abk-wisn.csv" "$G/pegawai-small.csv"
	assert_equal "$status" 1
	assert_line --index 0 "unit,jabatan,beban_jam,kebutuhan_hitung,kebutuhan,bezetting,selisih,status,ej,pj,wisn_ratio"
	assert_line "RSUD Kabupaten Mamuju,Perawat Terampil,,3.000,3,3,0,sesuai,,,"
}

@test "gap: pegawai from stdin or -, NEEDS from stdin, several pegawai files" {
	run --separate-stderr asn-gap "${AS_OF[@]}" -n "$G/abk-small.csv" < "$G/pegawai-small.csv"
	assert_success
	assert_equal "$output" "$(cat "$G/abk-small.expected.csv")"
	run --separate-stderr asn-gap "${AS_OF[@]}" -n "$G/abk-small.csv" - < "$G/pegawai-small.csv"
	assert_equal "$output" "$(cat "$G/abk-small.expected.csv")"
	run --separate-stderr asn-gap "${AS_OF[@]}" -n - "$G/pegawai-small.csv" < "$G/abk-small.csv"
	assert_equal "$output" "$(cat "$G/abk-small.expected.csv")"
	head -5 "$G/pegawai-small.csv" > a.csv
	{ head -1 "$G/pegawai-small.csv"; tail -n +6 "$G/pegawai-small.csv"; } > b.csv
	run --separate-stderr asn-gap "${AS_OF[@]}" -n "$G/abk-small.csv" a.csv b.csv
	assert_equal "$output" "$(cat "$G/abk-small.expected.csv")"
	assert_equal "${stderr_lines[-1]}" "asn-gap: read 12, active 10, retired 2, rejected 0"
}

@test "gap: output order does not depend on input order" {
	{ head -1 "$G/pegawai-small.csv"; tail -n +2 "$G/pegawai-small.csv" | sort -r; } > rev.csv
	{ head -1 "$G/abk-small.csv"; tail -n +2 "$G/abk-small.csv" | sort -r; } > abk-rev.csv
	run --separate-stderr asn-gap "${AS_OF[@]}" -n abk-rev.csv rev.csv
	assert_success
	assert_equal "$output" "$(cat "$G/abk-small.expected.csv")"
}

@test "gap: columns found by name in any order and case; NEEDS delimiter detected; CRLF and BOM" {
	awk -F, -v OFS=, '{ print $13, $10, $8, $1 }' "$G/pegawai-small.csv" | sed '1s/.*/TANGGAL_PENSIUN,Unit,JABATAN,nip/' > moved.csv
	printf '\357\273\277' > abk.csv
	sed 's/,/;/g; s/$/\r/' "$G/abk-small.csv" >> abk.csv
	run --separate-stderr asn-gap "${AS_OF[@]}" -n abk.csv moved.csv
	assert_success
	assert_equal "$(tail -n +2 <<< "$output")" "$(tail -n +2 "$G/abk-small.expected.csv")"
}

@test "gap: -d names the input delimiter" {
	sed 's/,/;/g' "$G/pegawai-small.csv" > semi.csv
	sed 's/,/;/g' "$G/abk-small.csv" > abk-semi.csv
	run --separate-stderr asn-gap -d ';' "${AS_OF[@]}" -n abk-semi.csv semi.csv
	assert_success
	assert_equal "$output" "$(cat "$G/abk-small.expected.csv")"
	run --separate-stderr asn-gap "${AS_OF[@]}" -n abk-semi.csv semi.csv
	assert_equal "$status" 3
	[[ "$stderr" == *"semi.csv:1: missing required column 'unit' (a --by key)"* ]]
	run --separate-stderr asn-gap -d ';;' -n abk-semi.csv semi.csv
	assert_equal "$status" 2
}

@test "gap: -o writes atomically; /dev/full is exit 3; a closed pipe is quiet" {
	run asn-gap -q "${AS_OF[@]}" -n "$G/abk-small.csv" -o out.csv "$G/pegawai-small.csv"
	assert_success
	assert_equal "$(cat out.csv)" "$(cat "$G/abk-small.expected.csv")"
	assert_equal "$(ls -A)" "out.csv"
	run --separate-stderr asn-gap "${AS_OF[@]}" -n "$G/abk-small.csv" -o /dev/full "$G/pegawai-small.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"/dev/full: write error: No space left on device"* ]]
	run --separate-stderr bash -c 'asn-gap -q --as-of 2026-11-01 -n "$1" "$2" > /dev/full' _ "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"write error"* ]]
	awk -F, -v OFS=, 'NR == 1 { print; next } { for (i = 0; i < 3000; i++) { $10 = "Unit " i; print } }' \
		"$G/pegawai-small.csv" > many.csv
	run bash -c 'set -o pipefail; asn-gap -q --as-of 2026-11-01 -n "$1" "$2" 2>err | head -1; echo "rc=${PIPESTATUS[0]}"; cat err' \
		_ "$G/formasi-small.csv" many.csv
	assert_line "rc=0"
	refute_output --partial "write error"
}

@test "gap: -q silences the summaries and warnings" {
	run --separate-stderr asn-gap -q "${AS_OF[@]}" -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_success
	assert_equal "$stderr" ""
	run --separate-stderr asn-gap --quiet "${AS_OF[@]}" -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_equal "$stderr" ""
}

@test "gap: --print-config shows the effective WKE and rounding" {
	run --separate-stderr asn-gap --print-config
	assert_success
	[[ "$output" == *"wke_hours: 1250"* ]]
	[[ "$output" == *"rounding: round"* ]]
	run --separate-stderr asn-gap -w 1500 --print-config
	[[ "$output" == *"wke_hours: 1500"* ]]
	printf 'abk:\n  rounding: ceil\n' > c.yaml
	run --separate-stderr asn-gap -c c.yaml --print-config
	[[ "$output" == *"rounding: ceil"* ]]
}

@test "gap: a broken configuration is exit 2 with file:line:column" {
	printf 'abk:\n  roundin: ceil\n' > bad.yaml
	run --separate-stderr asn-gap -c bad.yaml -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_equal "$status" 2
	[[ "$stderr" == *"bad.yaml:2:3: unknown key 'roundin'"* ]]
	printf 'abk:\n  rounding: up\n' > bad2.yaml
	run --separate-stderr asn-gap -c bad2.yaml -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_equal "$status" 2
	[[ "$stderr" == *"bad2.yaml:2:"* ]]
	run --separate-stderr asn-gap -c missing.yaml -n "$G/abk-small.csv" "$G/pegawai-small.csv"
	assert_equal "$status" 2
}

@test "gap: unknown options are usage errors; --help lists every option; --version" {
	run --separate-stderr asn-gap --bogus
	assert_equal "$status" 2
	[[ "$stderr" == *"usage: asn-gap [-qt] [-b keys] [-c config] [-d delim] [-o output] [-w hours]
               [--as-of date] [--print-config] -n needs.csv
               [-r moves.csv [--biaya biaya.csv] [--calon calon.csv]] [file ...]"* ]]
	run asn-gap --help
	assert_success
	for o in --needs --by --total --wke --redistribusi --biaya --calon --delimiter --output --config --as-of --print-config --quiet --help --version; do
		assert_output --partial -- "$o"
	done
	run asn-gap -h
	assert_success
	run asn-gap -V
	assert_success
	assert_output --regexp '^asn-gap [0-9]+\.[0-9]+\.[0-9]+$'
	run asn-gap --version
	assert_output --regexp '^asn-gap [0-9]+\.[0-9]+\.[0-9]+$'
}

@test "gap: the Mamuju ABK and formasi tables read without a rejected row" {
	for f in abk formasi; do
		[ -f "$ROOT/examples/mamuju/$f.csv" ] || skip "examples/mamuju/$f.csv not present"
		printf 'unit,jabatan,tanggal_pensiun\n' > none.csv
		run --separate-stderr asn-gap "${AS_OF[@]}" -n "$ROOT/examples/mamuju/$f.csv" none.csv
		assert_success
		[[ "${stderr_lines[-2]}" == *", rejected 0" ]]
	done
}

@test "gap: NEEDS names written by hand match the staff in their one form; near misses are told" {
	asn-import -q --as-of 2026-11-01 -o peg.csv "$FIX/import/siasn-real.csv" || true
	printf 'unit,jabatan,kebutuhan\nDINAS KESEHATAN,bidan  mahir,3\nDinkes,Dokter Ahli Pertama,2\n' > needs.csv
	run --separate-stderr asn-gap --as-of 2026-11-01 -n needs.csv peg.csv
	assert_success
	# the bidan is on CLTN: not in post, so the need is all short
	assert_line "Dinas Kesehatan,Bidan Mahir,,3.000,3,0,-3,kurang,,"
	[[ "$stderr" == *"warning: NEEDS position unit 'Dinkes', jabatan 'Dokter Ahli Pertama' has no staff, but staff hold unit 'Dinas Kesehatan', jabatan 'Dokter Ahli Pertama' with no need"* ]]
	[[ "$stderr" == *"not in post by kedudukan, not counted as bezetting: 3 (cltn 1, tugas_belajar 1, mpp 1)"* ]]
	assert_equal "${stderr_lines[-1]}" "asn-gap: read 10, active 7, retired 0, rejected 0"
}

# 1e300 x 1e300 hours overflow a double: the row is refused (bounds in
# lib/needs.h: 1e9 hours, 1e7 staff), never written as an empty need that
# reads "kurang".  By hand: 1e9 a day x 250 x 1e9 min / 60 = 4.16667e+18 h.
@test "gap: a workload past the bounds is rejected with its column and value, nothing non-finite written" {
	big=1$(printf '%0300d' 0)
	{
		printf 'unit,jabatan,uraian_tugas,volume,satuan_periode,norma_waktu,satuan_waktu\n'
		printf 'Bappeda,Analis Perencanaan,Menyusun dokumen,%s,tahun,%s,jam\n' "$big" "$big"
		printf 'Bappeda,Analis Perencanaan,Rapat,1000000000,hari,1000000000,menit\n'
		printf 'Bappeda,Analis Perencanaan,Menyusun telaahan,5,tahun,100,jam\n'
	} > big.csv
	run --separate-stderr asn-gap "${AS_OF[@]}" -n big.csv "$G/pegawai-small.csv"
	assert_equal "$status" 1
	assert_equal "${stderr_lines[0]}" "asn-gap: big.csv:2: volume '$big': expected at most 1000000000"
	assert_equal "${stderr_lines[1]}" "asn-gap: big.csv:3: norma_waktu '1000000000': the position's workload reaches 4.16667e+18 hours a year, above 1000000000"
	assert_equal "${stderr_lines[2]}" "asn-gap: big.csv: read 3, positions 1, rejected 2"
	# 5 x 100 h = 500 h, need 500 / 1250 = 0.400
	assert_line --index 1 "Bappeda,Analis Perencanaan,500.00,0.400,0,1,1,lebih,0.40,E"
	refute_output --partial nan
	refute_output --partial inf
	printf 'unit,jabatan,kebutuhan\nBappeda,Analis Perencanaan,1e300\nBappeda,Kepala Bappeda,10000001\n' > f.csv
	run --separate-stderr asn-gap "${AS_OF[@]}" -n f.csv "$G/pegawai-small.csv"
	assert_equal "$status" 1
	assert_equal "${stderr_lines[0]}" "asn-gap: f.csv:2: kebutuhan '1e300': not a number"
	assert_equal "${stderr_lines[1]}" "asn-gap: f.csv:3: kebutuhan '10000001': expected at most 10000000"
}

# By hand: 1870 h a year / WKE 1250 = 1.496, kebutuhan rounds to 1; the
# ABK forms give the need to three decimals, so 1.496 is not shown as 1.50.
@test "gap: kebutuhan_hitung has three decimals, as on the ABK forms" {
	printf 'unit,jabatan,uraian_tugas,volume,satuan_periode,norma_waktu,satuan_waktu\nBappeda,Analis Perencanaan,Menyusun dokumen,1870,tahun,60,menit\n' > n.csv
	run --separate-stderr asn-gap "${AS_OF[@]}" -n n.csv "$G/pegawai-small.csv"
	assert_success
	assert_line --index 1 "Bappeda,Analis Perencanaan,1870.00,1.496,1,1,0,sesuai,1.50,A"
}

@test "gap: the working days behind a daily volume come from the configuration (abk.hari_kerja)" {
	printf 'unit,jabatan,uraian_tugas,volume,satuan_periode,norma_waktu,satuan_waktu\nU,J,t,10,hari,60,menit\n' > abk.csv
	printf 'nip,unit,jabatan,tanggal_pensiun\n197105121998032001,U,J,2031-06-01\n' > p.csv
	# by hand: 10 a day x 1 hour x 250 days = 2500 h, / 1250 = 2.000
	run --separate-stderr asn-gap -q --as-of 2026-11-01 -n abk.csv p.csv
	assert_success
	assert_line "U,J,2500.00,2.000,2,1,-1,kurang,2.00,A"
	# KEP/75/M.PAN/2004: 235 days; 2350 h, / 1250 = 1.880
	printf 'abk:\n  hari_kerja: 235\n  minggu_kerja: 47\n' > c.yaml
	run --separate-stderr asn-gap -q --as-of 2026-11-01 -c c.yaml -n abk.csv p.csv
	assert_success
	assert_line "U,J,2350.00,1.880,2,1,-1,kurang,1.88,A"
}

# Redistribution, by hand (tests/fixtures/redistribusi): Analis Data has
# surpluses SD Negeri 1 +3 and Kantor Camat +1, shortages SD Negeri 2 -2 and
# Kelurahan Sinyonyoi -2; a move within a unit costs 1, between units 2
# (config redistribusi).  All 4 can move; the least cost is 2 x 1 (SD 1 to
# SD 2) + 1 x 1 (Kantor Camat to Sinyonyoi) + 1 x 2 (SD 1 to Sinyonyoi) = 5,
# the only plan at 5.  Bidan Terampil: +1 at SD Negeri 1 to -1 at Sinyonyoi
# (cost 2).  Perawat Terampil has a surplus and no shortage: no move.
R=$FIX/redistribusi
@test "gap: --redistribusi moves the most staff at the least cost, per jabatan" {
	run --separate-stderr asn-gap --as-of 2026-11-01 --by unit,subunit,jabatan -n "$R/formasi.csv" \
		-r pindah.csv -o gap.csv "$R/pegawai.csv"
	assert_success
	assert_equal "$(cat pindah.csv)" "$(cat "$R/pindah.expected.csv")"
	assert_equal "${stderr_lines[0]}" "asn-gap: redistribusi: 4 moves of 5 staff; shortage 5 before, 0 left to recruit"
	# the gap table is written as without --redistribusi
	run asn-gap -q --as-of 2026-11-01 --by unit,subunit,jabatan -n "$R/formasi.csv" "$R/pegawai.csv"
	assert_equal "$output" "$(cat gap.csv)"
}

@test "gap: --calon: no one within a year of BUP, the most recent TMT jabatan first" {
	# SD Negeri 1 gives 3: A dua (TMT 2024-05), A tiga (2022-03), A satu
	# (2020-01); A empat (no TMT) comes after them, A lima retires 2027-06-01,
	# within a year of 2026-11-01: never moved.  Kantor Camat gives B satu
	# (2023) before B dua (2018).
	run --separate-stderr asn-gap --as-of 2026-11-01 --by unit,subunit,jabatan -n "$R/formasi.csv" \
		-r pindah.csv --calon calon.csv -o /dev/null "$R/pegawai.csv"
	assert_success
	assert_equal "$(cat calon.csv)" "$(cat "$R/calon.expected.csv")"
	# a year and a half kept: nobody with less goes
	printf 'redistribusi:\n  sisa_tahun: 30\n' > c.yaml
	run --separate-stderr asn-gap -c c.yaml --as-of 2026-11-01 --by unit,subunit,jabatan \
		-n "$R/formasi.csv" -r pindah.csv --calon calon.csv -o /dev/null "$R/pegawai.csv"
	assert_success
	assert_equal "$(sed 1d calon.csv | wc -l)" 0
	assert_equal "${stderr_lines[1]}" "asn-gap: calon: 5 places of the moves found no one with more than 30 years to BUP"
}

@test "gap: --biaya forbids a move ('-') and sets costs; the rest of the shortage is to recruit" {
	run --separate-stderr asn-gap --as-of 2026-11-01 --by unit,subunit,jabatan -n "$R/formasi.csv" \
		-r pindah.csv --biaya "$R/biaya.csv" -o /dev/null "$R/pegawai.csv"
	assert_success
	assert_equal "$(cat pindah.csv)" "$(cat "$R/pindah-biaya.expected.csv")"
	assert_equal "${stderr_lines[0]}" "asn-gap: redistribusi: in 1 jabatan a surplus and a shortage met but no move is allowed (--biaya)"
	assert_equal "${stderr_lines[1]}" "asn-gap: redistribusi: 2 moves of 3 staff; shortage 5 before, 2 left to recruit"
	# a cheaper move between units than within: Kantor Camat now feeds SD Negeri 2
	printf 'dari,ke,biaya\nKantor Camat,SD Negeri 2,0\nSD Negeri 1,Kelurahan Sinyonyoi,1\n' > b.csv
	run --separate-stderr asn-gap -q --as-of 2026-11-01 --by unit,subunit,jabatan -n "$R/formasi.csv" \
		-r pindah.csv --biaya b.csv -o /dev/null "$R/pegawai.csv"
	# by hand: Kantor Camat to SD 2 (1 x 0), SD 1 to SD 2 (1 x 1), SD 1 to
	# Sinyonyoi (2 x 1): cost 3, against 5 for the default plan
	assert_equal "$(sed -n '2,4p' pindah.csv | cut -d, -f3,5,6,7 | tr '\n' ' ')" "SD Negeri 1,SD Negeri 2,1,1 SD Negeri 1,Kelurahan Sinyonyoi,2,1 Kantor Camat,SD Negeri 2,1,0 "
}

@test "gap: --redistribusi errors: keys without unit or jabatan, options alone, a bad cost row" {
	run --separate-stderr asn-gap --by jabatan -n "$R/formasi.csv" -r p.csv "$R/pegawai.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-gap: --redistribusi moves staff between positions of one jabatan: --by must hold unit and jabatan (and subunit, where staff move between schools or puskesmas)"
	run --separate-stderr asn-gap --calon c.csv -n "$R/formasi.csv" "$R/pegawai.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-gap: --calon goes with --redistribusi"
	printf 'dari,ke,biaya\nA,B,-3\nA,,1\nA,C,1\nA,C,2\n' > b.csv
	run --separate-stderr asn-gap -q --as-of 2026-11-01 --by unit,subunit,jabatan -n "$R/formasi.csv" \
		-r pindah.csv --biaya b.csv -o /dev/null "$R/pegawai.csv"
	assert_equal "$status" 1
	assert_equal "${stderr_lines[0]}" "asn-gap: b.csv:2:3: biaya '-3': expected a whole number from 0 to 1000000, or - (no move)"
	assert_equal "${stderr_lines[1]}" "asn-gap: b.csv:3:2: ke is empty"
	assert_equal "${stderr_lines[2]}" "asn-gap: b.csv:5:1: dari 'A', ke 'C' given twice"
	run --separate-stderr asn-gap --as-of 2026-11-01 --by unit,subunit,jabatan -n "$R/formasi.csv" \
		-r "$R/pegawai.csv" "$R/pegawai.csv"
	assert_equal "$status" 2
}
