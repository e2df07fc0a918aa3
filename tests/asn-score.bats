#!/usr/bin/env bats
# asn-score: every mode, option and error path.

load helper

AS_OF=(--as-of 2026-11-01)
S=$FIX/score
ALL=(-k "$S/skp.csv" -p "$S/potensi.csv" -t "$S/pelatihan.csv" -s "$S/standar.yaml")
SEL=(-S "$S/kandidat.csv" -f "$S/formasi.csv" --seleksi-config "$S/seleksi.yaml")

# CSV records after the header (quoted fields may hold newlines).
records() {
	awk '{ q += gsub(/"/, "&"); if (q % 2 == 0) n++ } END { print n - 1 }' "$1"
}

# Field $2 of every data row whose fields hold no comma.
column() {
	awk -F, -v c="$2" 'NR > 1 && !/"/ { print $c }' "$1"
}

@test "score: per employee, every score file, the expected table" {
	run --separate-stderr asn-score "${AS_OF[@]}" "${ALL[@]}" "$S/pegawai.csv"
	assert_success
	assert_equal "$output" "$(cat "$S/pegawai.expected.csv")"
	assert_equal "${stderr_lines[-1]}" "asn-score: read 12, wrote 12; kinerja for 10, potensi for 10, no score for 1, jp_pelatihan of tahun 2025; 1 SKP row, 1 potensi row, 1 pelatihan row for NIPs not in the table"
}

@test "score: each of the nine boxes is reached, numbered as doc/design.md" {
	asn-score -q "${AS_OF[@]}" "${ALL[@]}" "$S/pegawai.csv" > out.csv
	# catatan names the box expected (kinerja x potensi levels by hand)
	run column out.csv 15
	assert_equal "$(echo "$output" | head -9 | tr '\n' ' ')" "kotak 1 kotak 2 kotak 3 kotak 4 kotak 5 kotak 6 kotak 7 kotak 8 kotak 9 "
	run awk -F, 'NR > 1 && NR <= 10 { print $18 "/" $19 "=" $20 }' out.csv
	assert_output "rendah/rendah=1
sedang/rendah=2
rendah/sedang=3
tinggi/rendah=4
sedang/sedang=5
rendah/tinggi=6
tinggi/sedang=7
sedang/tinggi=8
tinggi/tinggi=9"
	run awk -F, 'NR > 1 && NR <= 10 && $15 != "kotak " $20 { print "row " NR ": " $15 " got " $20 }' out.csv
	assert_output ""
}

@test "score: band edges 60/80 are inclusive (rendah <= 60 < sedang <= 80 < tinggi)" {
	asn-score -q "${AS_OF[@]}" "${ALL[@]}" "$S/pegawai.csv" > out.csv
	run awk -F, 'NR > 1 && !/"/ && $17 != "" { print $17 "=" $19 }' out.csv
	assert_line "60=rendah"
	assert_line "80=sedang"
	assert_line "60.5=sedang"
	assert_line "80.5=tinggi"
	assert_line "72.5=sedang"
}

@test "score: all five SKP predikat from the hasil kerja x perilaku matrix" {
	asn-score -q "${AS_OF[@]}" -k "$S/skp.csv" "$S/pegawai.csv" > out.csv
	# Sangat Kurang 30, Baik 70, Butuh Perbaikan 50, Sangat Baik 90, Kurang 40
	run awk -F, 'NR > 1 && NR <= 10 { print $1 "," $16 }' out.csv
	assert_output "198001012005011001,30
198203152006041002,70
198507202009032003,50
199001102015031004,90
199204252019022005,70
197812122003121006,40
198811302014022007,90
197505052000031008,70
197302142001122009,90"
	assert_equal "$(sed -n 11p out.csv | cut -d, -f1,17)" "198609092010011010,70"
	printf 'nip,tahun,hasil_kerja,perilaku\n' > m.csv
	i=0
	for hk in diatas sesuai dibawah; do
		for p in diatas sesuai dibawah; do
			echo "19800101200501100$((i += 1)),2025,$hk,$p"
		done
	done >> m.csv
	{ echo nip; sed 1d m.csv | cut -d, -f1; } > p.csv
	run --separate-stderr asn-score "${AS_OF[@]}" -k m.csv p.csv
	assert_success
	assert_equal "$(echo "$output" | cut -d, -f2 | tr '\n' ' ')" "nilai_kinerja 90 70 40 70 70 40 50 50 30 "
}

@test "score: predikat names and a numeric nilai_kinerja" {
	{ echo nip,tahun,predikat; printf '%s\n' \
		198001012005011001,2025,"Sangat Baik" 198203152006041002,2025,baik \
		198507202009032003,2025,"BUTUH PERBAIKAN" 199001102015031004,2025,Kurang/Misconduct \
		199204252019022005,2025,sangat_kurang; } > pred.csv
	run --separate-stderr asn-score -q "${AS_OF[@]}" -k pred.csv "$S/pegawai.csv"
	assert_success
	assert_equal "$(echo "$output" | sed -n 2,6p | cut -d, -f16,18 | tr '\n' ' ')" "90,tinggi 70,sedang 50,rendah 40,rendah 30,rendah "
	printf 'nip,nilai_kinerja\n198001012005011001,60\n198203152006041002,"60,01"\n198507202009032003,80\n199001102015031004,80.01\n199204252019022005,100\n' > nilai.csv
	run --separate-stderr asn-score -q "${AS_OF[@]}" -k nilai.csv "$S/pegawai.csv"
	assert_success
	assert_equal "$(echo "$output" | sed -n 2,6p | cut -d, -f16,18 | tr '\n' ' ')" "60,rendah 60.01,sedang 80,sedang 80.01,tinggi 100,tinggi "
}

@test "score: the configuration gives the SKP values and the bands" {
	printf 'skp:\n  baik: 85\ntalent:\n  potensi:\n    rendah_max: 40\n    sedang_max: 50\n' > asn.yaml
	run --separate-stderr asn-score -q "${AS_OF[@]}" -k "$S/skp.csv" -p "$S/potensi.csv" "$S/pegawai.csv"
	assert_success
	# Budi: Baik is now 85 (tinggi), potensi 45 is sedang: box 7
	assert_equal "$(echo "$output" | sed -n 3p | cut -d, -f16-20)" "85,45,tinggi,sedang,7"
	run --separate-stderr asn-score -q -c /dev/null "${AS_OF[@]}" -k "$S/skp.csv" -p "$S/potensi.csv" "$S/pegawai.csv"
	assert_equal "$(echo "$output" | sed -n 3p | cut -d, -f16-20)" "70,45,sedang,rendah,2"
}

@test "score: the latest SKP year of each NIP, or --tahun" {
	run --separate-stderr asn-score -q "${AS_OF[@]}" -k "$S/skp.csv" "$S/pegawai.csv"
	# Eka: 2025 before 2024 in the file, 2025 wins
	assert_equal "$(echo "$output" | sed -n 6p | cut -d, -f16)" "70"
	run --separate-stderr asn-score "${AS_OF[@]}" -y 2024 -k "$S/skp.csv" -t "$S/pelatihan.csv" "$S/pegawai.csv"
	assert_success
	assert_equal "$(echo "$output" | sed -n 6p | cut -d, -f16)" "30"
	assert_equal "$(echo "$output" | sed -n 7p | cut -d, -f16)" "40"
	assert_equal "$(echo "$output" | sed -n 4p | cut -d, -f16)" ""
	# training of 2024: Citra 30 JP, Eka 40 JP
	assert_equal "$(echo "$output" | sed -n 4p | cut -d, -f23,24)" "30,0"
	assert_equal "$(echo "$output" | sed -n 2p | cut -d, -f23,24)" "0,20"
	assert_equal "${stderr_lines[-1]}" "asn-score: read 12, wrote 12; kinerja for 2, potensi for 0, no score for 10, jp_pelatihan of tahun 2024; 18 rows of other years skipped"
}

@test "score: training hours of the latest year and the 20 JP minimum" {
	asn-score -q "${AS_OF[@]}" -t "$S/pelatihan.csv" "$S/pegawai.csv" > out.csv
	run awk -F, 'NR > 1 && !/"/ { print $1 "," $(NF - 1) "," $NF }' out.csv
	assert_line "198001012005011001,14,6"
	assert_line "198203152006041002,24,0"
	assert_line "198507202009032003,0,20"
	assert_line "199001102015031004,12.5,7.5"
	assert_line "199204252019022005,20,0"
	assert_line "199506062020122011,0,20"
	printf 'training:\n  jp_minimum: 10\n' > my.yaml
	run --separate-stderr asn-score -q -c my.yaml "${AS_OF[@]}" -t "$S/pelatihan.csv" "$S/pegawai.csv"
	assert_equal "$(echo "$output" | sed -n 2p | awk -F, '{ print $(NF - 1) "," $NF }')" "14,0"
	assert_equal "$(echo "$output" | head -1 | awk -F, '{ print $(NF - 1) "," $NF }')" "jp_pelatihan,kurang_jp"
}

@test "score: kesesuaian_pendidikan from the standard" {
	asn-score -q "${AS_OF[@]}" -s "$S/standar.yaml" "$S/pegawai.csv" > out.csv
	run awk -F, 'NR > 1 && !/"/ { print $8 "|" $11 "|" $14 "=" $22 }' out.csv
	assert_output "Pengadministrasi Perkantoran|SMA|=sesuai
Guru Ahli Pertama|S1|Pendidikan Matematika=sesuai
Guru Ahli Muda|S1|Ekonomi=tidak_sesuai
Perawat Terampil|SMA|=tidak_sesuai
Perawat Ahli Pertama|S1|Ners=sesuai
Analis Kebijakan Ahli Muda|S2|Administrasi Publik=tidak_diketahui
Guru Ahli Muda|D4|Pendidikan Bahasa Inggris=sesuai
Guru Ahli Madya|S2|=tidak_diketahui
Kepala Dinas Kesehatan|S2|Kesehatan Masyarakat=tidak_diketahui
Bidan Terampil|D3|Kebidanan=tidak_diketahui
Pengadministrasi Umum|SMP|=tidak_sesuai"
}

@test "score: the standard needs jabatan and pendidikan; a broken standard is exit 2" {
	cut -d, -f1-7 "$S/pegawai.csv" > short.csv
	run --separate-stderr asn-score -s "$S/standar.yaml" short.csv
	assert_equal "$status" 3
	assert_equal "$stderr" "asn-score: short.csv:1: missing required column 'jabatan'"
	printf 'standar:\n  - jabatan: Guru\n    pendidikan_min: S4\n' > bad.yaml
	run --separate-stderr asn-score -s bad.yaml "$S/pegawai.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-score: bad.yaml:3:21: key 'pendidikan_min': expected SD, SMP, SMA, D1, D2, D3, D4, S1, S2 or S3, got 'S4'"
	assert_equal "$output" ""
	run --separate-stderr asn-score -s missing.yaml "$S/pegawai.csv"
	assert_equal "$status" 2
	[[ "$stderr" == *"missing.yaml"* ]]
}

@test "score: without score files every row is kept with empty cells" {
	run --separate-stderr asn-score "$S/pegawai.csv"
	assert_success
	assert_equal "$(echo "$output" | sed -n 2p)" "$(sed -n 2p "$S/pegawai.csv"),,,,,,,"
	assert_equal "${stderr_lines[-1]}" "asn-score: read 12, wrote 12; kinerja for 0, potensi for 0, no score for 12"
}

@test "score: rows in = rows out on every test input" {
	{ head -1 "$S/pegawai.csv"; printf '198001012005011001,"Nama\nDua Baris",L,1980-01-01,PNS,II/d,pelaksana,X,administrasi,"Unit, Satu",SMA,2005-01-01,2038-02-01,,""\n'; sed 1d "$S/pegawai.csv"; } > multi.csv
	for input in "$S/pegawai.csv" "$S/pegawai.expected.csv" multi.csv; do
		for opts in "" "-k $S/skp.csv" "-p $S/potensi.csv" "-t $S/pelatihan.csv" "-s $S/standar.yaml" \
			"-k $S/skp-faults.csv -p $S/potensi-faults.csv -t $S/pelatihan-faults.csv" \
			"-y 2024 -k $S/skp.csv -t $S/pelatihan.csv" "-k $S/skp.csv -p $S/potensi.csv -t $S/pelatihan.csv -s $S/standar.yaml"; do
			asn-score -q "${AS_OF[@]}" $opts -o out.csv "$input" 2>/dev/null || [ $? -eq 1 ]
			assert_equal "$(records out.csv)" "$(records "$input")"
		done
	done
	assert_equal "$(records multi.csv)" 13
}

@test "score: scores for NIPs not in the table are reported with file:line" {
	run --separate-stderr asn-score "${AS_OF[@]}" "${ALL[@]}" "$S/pegawai.csv"
	assert_equal "${stderr_lines[0]}" "asn-score: $S/skp.csv:15: nip '199912312024011099' is not in the pegawai table"
	assert_equal "${stderr_lines[1]}" "asn-score: $S/potensi.csv:12: nip '200001012025012099' is not in the pegawai table"
	assert_equal "${stderr_lines[2]}" "asn-score: $S/pelatihan.csv:9: nip '199912312024011099' is not in the pegawai table"
	run --separate-stderr asn-score -q "${AS_OF[@]}" "${ALL[@]}" "$S/pegawai.csv"
	assert_success
	assert_equal "$stderr" ""
}

@test "score: bad SKP rows are rejected with file:line:column and value, exit 1" {
	run --separate-stderr asn-score "${AS_OF[@]}" -k "$S/skp-faults.csv" "$S/pegawai.csv"
	assert_equal "$status" 1
	assert_equal "$(echo "$output" | wc -l)" 13
	f=$S/skp-faults.csv
	assert_equal "$stderr" "asn-score: $f:2:3: predikat 'Luar Biasa': expected Sangat Baik, Baik, Butuh Perbaikan, Kurang or Sangat Kurang
asn-score: $f:3:4: hasil_kerja 'melebihi': expected diatas, sesuai or dibawah (ekspektasi)
asn-score: $f:4:5: perilaku '': expected diatas, sesuai or dibawah (ekspektasi)
asn-score: $f:5:6: nilai_kinerja '105': expected a number from 0 to 100
asn-score: $f:6:2: tahun '2031': expected a year from 1963 to 2026
asn-score: $f:7:1: nip '19781212200312100': expected 18 digits
asn-score: $f:8:3: predikat 'Baik' disagrees with hasil_kerja 'diatas' x perilaku 'diatas' (Sangat Baik)
asn-score: $f:10:1: nip '197505052000031008': second SKP row for tahun 2025
asn-score: $f:11:6: no kinerja: nilai_kinerja, predikat and hasil_kerja/perilaku are empty
asn-score: read 12, wrote 12; kinerja for 3, potensi for 0, no score for 9; rejected 9 score rows"
	# the good rows still count: a consistent pair, Kurang/Misconduct of an older year, a decimal comma
	assert_equal "$(echo "$output" | sed -n 11p | cut -d, -f1,17)" "198609092010011010,90"
	assert_equal "$(echo "$output" | sed -n 13p | cut -d, -f1,16)" "196907071994031012,77.25"
	run --separate-stderr asn-score -q "${AS_OF[@]}" -k "$S/skp-faults.csv" "$S/pegawai.csv"
	assert_equal "$status" 1
	assert_equal "${#stderr_lines[@]}" 9
}

@test "score: bad potensi and pelatihan rows are rejected, exit 1" {
	run --separate-stderr asn-score "${AS_OF[@]}" -p "$S/potensi-faults.csv" -t "$S/pelatihan-faults.csv" "$S/pegawai.csv"
	assert_equal "$status" 1
	p=$S/potensi-faults.csv t=$S/pelatihan-faults.csv
	assert_equal "$stderr" "asn-score: $p:2:2: nilai_potensi '105': expected a number from 0 to 100
asn-score: $p:3:2: nilai_potensi 'tinggi': expected a number from 0 to 100
asn-score: $p:4:2: nilai_potensi '-5': expected a number from 0 to 100
asn-score: $p:5:2: nilai_potensi '': expected a number from 0 to 100
asn-score: $p:7:1: nip '199204252019022005': second potensi row (first at line 6)
asn-score: $p:8:1: nip '19781212200312100X': expected 18 digits
asn-score: $p:9:2: nilai_potensi ' 60': expected a number from 0 to 100
asn-score: $t:3:3: jp '-2': expected a number of hours, 0 or more
asn-score: $t:4:3: jp 'delapan': expected a number of hours, 0 or more
asn-score: $t:5:2: tahun 'dua ribu': expected a year from 1963 to 2026
asn-score: $t:6:2: tahun '1899': expected a year from 1963 to 2026
asn-score: read 12, wrote 12; kinerja for 0, potensi for 1, no score for 11, jp_pelatihan of tahun 2025; rejected 11 score rows"
	assert_equal "$(echo "$output" | sed -n 2p | awk -F, '{ print $(NF - 1) "," $NF }')" "8,12"
}

@test "score: a year after --as-of is rejected" {
	run --separate-stderr asn-score --as-of 2024-06-30 -k "$S/skp.csv" "$S/pegawai.csv"
	assert_equal "$status" 1
	[[ "$stderr" == *"skp.csv:2:2: tahun '2025': expected a year from 1961 to 2024"* ]]
}

@test "score: missing columns in score files are exit 3" {
	printf 'nip,tahun\n198001012005011001,2025\n' > k.csv
	run --separate-stderr asn-score -k k.csv "$S/pegawai.csv"
	assert_equal "$status" 3
	assert_equal "$stderr" "asn-score: k.csv:1: missing kinerja column: expected nilai_kinerja, predikat, or hasil_kerja and perilaku"
	assert_equal "$output" ""
	printf 'nip,tahun,hasil_kerja\n' > hk.csv
	run --separate-stderr asn-score -k hk.csv "$S/pegawai.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"hk.csv:1: missing required column 'perilaku'"* ]]
	printf 'NIP,potensi\n' > p.csv
	run --separate-stderr asn-score -p p.csv "$S/pegawai.csv"
	assert_equal "$status" 3
	assert_equal "$stderr" "asn-score: p.csv:1: missing required column 'nilai_potensi'"
	printf 'nama\nAndi\n' > peg.csv
	run --separate-stderr asn-score peg.csv
	assert_equal "$status" 3
	assert_equal "$stderr" "asn-score: peg.csv:1: missing required column 'nip'"
}

@test "score: the output scored again gives the same table (added columns replaced)" {
	asn-score -q "${AS_OF[@]}" "${ALL[@]}" "$S/pegawai.csv" > first.csv
	run --separate-stderr asn-score "${AS_OF[@]}" "${ALL[@]}" first.csv
	assert_success
	assert_equal "$output" "$(cat first.csv)"
	[[ "${stderr_lines[0]}" == "asn-score: first.csv:1: column 'nilai_kinerja' is computed again and replaced" ]]
	run --separate-stderr asn-score -q "${AS_OF[@]}" first.csv
	assert_equal "$(echo "$output" | head -1)" "$(head -1 "$S/pegawai.csv"),nilai_kinerja,nilai_potensi,level_kinerja,level_potensi,kotak,rekomendasi,kesesuaian_pendidikan"
}

@test "score: CRLF, a BOM, stdin and -d ;" {
	printf '\357\273\277' > crlf.csv
	sed 's/$/\r/' "$S/pegawai.csv" >> crlf.csv
	run --separate-stderr asn-score -q "${AS_OF[@]}" "${ALL[@]}" < crlf.csv
	assert_success
	assert_equal "$output" "$(cat "$S/pegawai.expected.csv")"
	tr ',' ';' < "$S/potensi.csv" | sed 's/"72;5"/72,5/' > semi.csv
	tr ',' ';' < "$S/pegawai.csv" | sed 's/"kinerja only; no potensi"/"kinerja only, no potensi"/' > semi-peg.csv
	run --separate-stderr asn-score -q -d ';' -p semi.csv semi-peg.csv
	assert_success
	assert_equal "$(echo "$output" | sed -n 2p | cut -d, -f17)" "60"
	assert_equal "$(echo "$output" | tail -1 | cut -d, -f17)" "72.5"
}

@test "score: --ikm gives the hand-computed IKM, mutu edges included" {
	run --separate-stderr asn-score --ikm "$S/ikm-survey.csv"
	assert_success
	assert_equal "$output" "$(cat "$S/ikm-survey.expected.csv")"
	assert_equal "$stderr" "asn-score: read 131 respondents, used 131, rejected 0; 6 units"
	# IKM = total / (9 n) x 25 by hand:
	#   Disdukcapil    717 / (9 x 26) x 25 = 76.6026 -> 76.60 C
	#   DPMPTSP        524 / (9 x 19) x 25 = 76.6082 -> 76.61 B
	#   Binanga        604 / (9 x 19) x 25 = 88.3041 -> 88.30 B
	#   RSUD           763 / (9 x 24) x 25 = 88.3102 -> 88.31 A
	#   Simboro        889 / (9 x 38) x 25 = 64.9854 -> 64.99 D
	#   Tampa Padang   117 / (9 x 5)  x 25 = 65.0000 -> 65.00 C
	run cut -d, -f1,2,12-15 <<< "$output"
	assert_output "unit,responden,nilai_ikm,mutu,kinerja_unit,unsur_terendah
Dinas Kependudukan dan Pencatatan Sipil,26,76.60,C,kurang baik,u9
Dinas Penanaman Modal dan PTSP,19,76.61,B,baik,u3
Kecamatan Simboro,38,64.99,D,tidak baik,u1
Puskesmas Binanga,19,88.30,B,baik,u8
Puskesmas Tampa Padang,5,65.00,C,kurang baik,u1
RSUD Kabupaten Mamuju,24,88.31,A,sangat baik,u4"
	# element means: u1 of DPMPTSP 59/19 = 3.105 -> 3.11, u4 of RSUD 79/24 = 3.292 -> 3.29
	assert_equal "$(grep '^Dinas Penanaman' "$S/ikm-survey.expected.csv" | cut -d, -f3,5)" "3.11,3.05"
	assert_equal "$(grep '^RSUD' "$S/ikm-survey.expected.csv" | cut -d, -f6)" "3.29"
}

@test "score: --ikm rounds 76.605 and 88.305 up from the integer total" {
	# 5000 respondents answering 3, some answers 4 (one point more each):
	# IKM = total / (9 x 5000) x 25 = total / 1800
	#   135000 + 2889 = 137889 -> 76.605 exactly, 76.61 B
	#   135000 + 4 x 5000 + 3949 = 158949 -> 88.305 exactly, 88.31 A
	awk 'BEGIN {
		print "unit,u1,u2,u3,u4,u5,u6,u7,u8,u9"
		for (i = 0; i < 5000; i++) print "Tepat 76.605," (i < 2889 ? 4 : 3) ",3,3,3,3,3,3,3,3"
		for (i = 0; i < 5000; i++) print "Tepat 88.305,4,4,4,4," (i < 3949 ? 4 : 3) ",3,3,3,3"
	}' > half.csv
	run --separate-stderr asn-score -q --ikm half.csv
	assert_success
	assert_equal "$(echo "$output" | cut -d, -f1,12,13 | sed 1d)" "Tepat 76.605,76.61,B
Tepat 88.305,88.31,A"
}

@test "score: --ikm rejects out-of-range answers with line, column and value" {
	run --separate-stderr asn-score --ikm "$S/ikm-faults.csv"
	assert_equal "$status" 1
	f=$S/ikm-faults.csv
	# line 4 leaves u9 blank: kept, u9 over the two answers it got
	assert_equal "$stderr" "asn-score: $f:3:4: u3 '5': expected an answer 1, 2, 3 or 4
asn-score: $f:5:1: unit is empty
asn-score: $f:6:2: u1 '0': expected an answer 1, 2, 3 or 4
asn-score: $f:7:10: u9 '3.5': expected an answer 1, 2, 3 or 4
asn-score: blank answers 1: each element's mean is over the answers it got
asn-score: read 7 respondents, used 3, rejected 4; 1 unit"
	assert_equal "$(echo "$output" | sed 1d)" "Puskesmas Binanga,3,3.00,3.00,3.00,3.00,3.00,3.00,3.00,3.00,3.00,75.00,C,kurang baik,u1"
}

@test "score: --ikm bands from the configuration; missing element column" {
	printf 'ikm:\n  a: 90\n  b: 80\n  c: 70\n  d: 65\n' > my.yaml
	run --separate-stderr asn-score -q -c my.yaml --ikm "$S/ikm-survey.csv"
	assert_success
	assert_equal "$(echo "$output" | cut -d, -f12-14 | sed 1d | tr '\n' ' ')" "76.60,C,kurang baik 76.61,C,kurang baik 64.99,, 88.30,B,baik 65.00,D,tidak baik 88.31,B,baik "
	cut -d, -f1-11 "$S/ikm-survey.csv" > no-u9.csv
	run --separate-stderr asn-score --ikm no-u9.csv
	assert_equal "$status" 3
	assert_equal "$stderr" "asn-score: no-u9.csv:1: missing required column 'u9'"
}

@test "score: --seleksi marks, the SKB cut, 40/60 integration, rank and lulus per formasi" {
	run --separate-stderr asn-score "${SEL[@]}"
	assert_success
	assert_equal "$output" "$(cat "$S/kandidat.expected.csv")"
	assert_equal "$stderr" "asn-score: 1 formasi: the last place went to a tie no rule breaks, decided by the lower no_peserta (see penentu)
asn-score: read 9 candidates, rejected 0; 7 memenuhi ambang, 4 lulus (0 by optimalisasi) for 5 places in 4 formasi"
	# by hand: 40 x (100 + 120 + 180) / 550 + 60 x 80 / 100 = 29.0909... + 48 = 77.091
	assert_equal "$(sed -n 2p "$S/kandidat.expected.csv" | cut -d, -f13)" "77.091"
	# the built-in cpns rules are the rules file's
	run --separate-stderr asn-score -q -S "$S/kandidat.csv" -f "$S/formasi.csv"
	assert_equal "$output" "$(cat "$S/kandidat.expected.csv")"
	run --separate-stderr asn-score -q -S "$S/kandidat.csv" -f "$S/formasi.csv" --seleksi-config cpns
	assert_equal "$output" "$(cat "$S/kandidat.expected.csv")"
}

@test "score: --seleksi ties (PermenPANRB 6/2024 art. 45): SKD total, TKP, ..., then the lower id" {
	run --separate-stderr asn-score -q "${SEL[@]}"
	# equal nilai_integrasi 77.091 and SKD total 400: TKP 200 beats 180
	assert_equal "$(echo "$output" | sed -n 2,3p | cut -d, -f1,13-17 | tr '\n' ' ')" "76040001,77.091,2,tkp,P/L,ya 76040002,77.091,1,,P/L,ya "
	# equal in everything: 76040006 before 76040007 though it comes later, and penentu says so
	assert_equal "$(echo "$output" | sed -n 7,8p | cut -d, -f1,14-17 | tr '\n' ' ')" "76040007,2,no_peserta,TL,tidak 76040006,1,,P/L,ya "
	# exactly the marks (65, 80, 166) pass; 40 x 311 / 550 + 60 x 50 / 100 = 52.618
	assert_equal "$(echo "$output" | sed -n 10p | cut -d, -f1,9-18)" "76040009,ya,,1,P/L,52.618,1,,P/L,ya,Dinas Komunikasi dan Informatika / Pranata Komputer Ahli Pertama"
	# met the marks, sat no SKB: TH at the end
	assert_equal "$(echo "$output" | sed -n 6p | cut -d, -f1,11-17)" "76040005,1,P/L,,,,TH,tidak"
}

@test "score: --seleksi rejected candidates keep their row, exit 1" {
	run --separate-stderr asn-score -S "$S/kandidat-faults.csv" -f "$S/formasi.csv" --seleksi-config "$S/seleksi.yaml"
	assert_equal "$status" 1
	f=$S/kandidat-faults.csv
	assert_equal "$stderr" "asn-score: $f:3:1: no_peserta '76040001': duplicate (already seen in an earlier row)
asn-score: $f:4:5: twk '151': expected a number from 0 to 150 with at most 6 decimals (or empty when absent)
asn-score: $f:5:6: tiu 'abc': expected a number from 0 to 175 with at most 6 decimals (or empty when absent)
asn-score: $f:6:3: formasi 'Dinas Perhubungan / Penguji Kendaraan Bermotor Terampil' is not in $S/formasi.csv
asn-score: $f:7:1: no_peserta is empty
asn-score: read 7 candidates, rejected 5; 2 memenuhi ambang, 2 lulus (0 by optimalisasi) for 5 places in 4 formasi"
	assert_equal "$(echo "$output" | wc -l)" 8
	assert_equal "$(echo "$output" | sed -n 3p)" "76040001,Ahmad Fauzi Lagi,Dinas Kesehatan,Perawat Ahli Pertama,100,120,180,80,,,,,,,,,,"
	# 40 x 440 / 550 + 60 x 85 / 100 = 32 + 51
	assert_equal "$(echo "$output" | sed -n 8p | cut -d, -f1,13,14,17)" "76040013,83.000,1,ya"
}

@test "score: --seleksi needs its formasi table; broken rules are exit 2" {
	run --separate-stderr asn-score -S "$S/kandidat.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-score: --seleksi needs --formasi (the places per formasi)"
	run --separate-stderr asn-score -f "$S/formasi.csv" "$S/pegawai.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-score: --formasi goes with --seleksi"
	run --separate-stderr asn-score --pengumuman a.csv "$S/pegawai.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-score: --pengumuman goes with --seleksi"
	printf 'tes: [{kolom: twk, maks: 150}]\nintegrasi: [{nama: x, tes: twk, bobot: 40}]\n' > bad.yaml
	run --separate-stderr asn-score -S "$S/kandidat.csv" -f "$S/formasi.csv" --seleksi-config bad.yaml
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-score: bad.yaml:2:12: integrasi: the weights (bobot) add up to 40, expected 100"
	printf 'tes: [{kolom: twk, maks: 150}]\nintegrasi: [{nama: x, tes: twk}]\nseri: [x, umur]\n' > bad.yaml
	run --separate-stderr asn-score -S "$S/kandidat.csv" -f "$S/formasi.csv" --seleksi-config bad.yaml
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-score: bad.yaml:3:11: key 'seri': 'umur' is not a test or a group (nor ipk or usia)"
	run --separate-stderr asn-score -S "$S/kandidat.csv" -f "$S/formasi.csv" --seleksi-config nosuch
	assert_equal "$status" 2
	printf 'tes: [{kolom: nilai, maks: 100}]\nintegrasi: [{nama: n, tes: nilai, bobot: 100}]\n' > other.yaml
	run --separate-stderr asn-score -S "$S/kandidat.csv" -f "$S/formasi.csv" --seleksi-config other.yaml
	assert_equal "$status" 3
	assert_equal "$stderr" "asn-score: $S/formasi.csv:1: missing required column 'formasi'"
	printf 'unit,jabatan,kebutuhan\nA,B,dua\nA,B,1\nA,B,2\n' > f.csv
	run --separate-stderr asn-score -S "$S/kandidat.csv" -f f.csv --seleksi-config "$S/seleksi.yaml"
	assert_equal "$status" 1
	assert_equal "${stderr_lines[0]}" "asn-score: f.csv:2:3: kebutuhan 'dua': expected a whole number, 0 or more"
	assert_equal "${stderr_lines[1]}" "asn-score: f.csv:4:1: formasi 'A / B' given twice"
}

@test "score: modes and operands that do not go together are usage errors" {
	run --separate-stderr asn-score --ikm "$S/ikm-survey.csv" -k "$S/skp.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-score: --ikm takes no pegawai table, --kinerja, --potensi, --pelatihan, --standar or --tahun"
	run --separate-stderr asn-score --ikm "$S/ikm-survey.csv" "$S/pegawai.csv"
	assert_equal "$status" 2
	run --separate-stderr asn-score --ikm "$S/ikm-survey.csv" "${SEL[@]}"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-score: --ikm and --seleksi exclude each other"
	run --separate-stderr asn-score "$S/pegawai.csv" "$S/pegawai.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-score: one pegawai table at most, got 2 files"
	run --separate-stderr asn-score -k - < "$S/skp.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-score: only one input can be standard input"
}

@test "score: one score file may come from stdin" {
	run --separate-stderr asn-score -q "${AS_OF[@]}" -k - -p "$S/potensi.csv" -t "$S/pelatihan.csv" -s "$S/standar.yaml" "$S/pegawai.csv" < "$S/skp.csv"
	assert_success
	assert_equal "$output" "$(cat "$S/pegawai.expected.csv")"
	run --separate-stderr asn-score "${AS_OF[@]}" -k - "$S/pegawai.csv" < "$S/skp.csv"
	assert_equal "${stderr_lines[0]}" "asn-score: <stdin>:15: nip '199912312024011099' is not in the pegawai table"
}

@test "score: -o writes the file only on success, no temporary left" {
	run asn-score -q "${AS_OF[@]}" "${ALL[@]}" -o out.csv "$S/pegawai.csv"
	assert_success
	assert_equal "$(cat out.csv)" "$(cat "$S/pegawai.expected.csv")"
	assert_equal "$(ls -A)" "out.csv"
	printf 'nip,nama\n"1,2\n' > broken.csv
	run asn-score -q -o out2.csv broken.csv
	assert_equal "$status" 3
	[ ! -e out2.csv ]
	assert_equal "$(ls -A | sort | tr '\n' ' ')" "broken.csv out.csv "
}

@test "score: output write failure (-o /dev/full) is exit 3" {
	run --separate-stderr asn-score "${AS_OF[@]}" "${ALL[@]}" -o /dev/full "$S/pegawai.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"/dev/full: write error: No space left on device"* ]]
	run --separate-stderr bash -c 'asn-score -q --ikm "$1" > /dev/full' _ "$S/ikm-survey.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"write error"* ]]
}

@test "score: a reader that goes away (| head -1) ends quietly with 0" {
	{ head -1 "$S/pegawai.csv"; for i in $(seq 2000); do sed 1d "$S/pegawai.csv"; done; } > big.csv
	run bash -c 'set -o pipefail; asn-score -q -k "$1" big.csv 2>err | head -1; echo "rc=${PIPESTATUS[0]}"; cat err' _ "$S/skp.csv"
	assert_line "rc=0"
	refute_output --partial "write error"
}

@test "score: unreadable, empty, header-only and malformed inputs" {
	run --separate-stderr asn-score nonexistent.csv
	assert_equal "$status" 3
	assert_equal "$stderr" "asn-score: nonexistent.csv: No such file or directory"
	run --separate-stderr asn-score -k nonexistent.csv "$S/pegawai.csv"
	assert_equal "$status" 3
	assert_equal "$output" ""
	: > empty.csv
	run --separate-stderr asn-score empty.csv
	assert_equal "$status" 3
	assert_equal "$stderr" "asn-score: empty.csv: empty input (no header row)"
	head -1 "$S/pegawai.csv" > h.csv
	run --separate-stderr asn-score -k "$S/skp.csv" h.csv
	assert_success
	assert_equal "$output" "$(head -1 "$S/pegawai.expected.csv" | cut -d, -f1-22)"
	{ cat "$S/potensi.csv"; echo '1,2,3'; } > ragged.csv
	run --separate-stderr asn-score -p ragged.csv "$S/pegawai.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"ragged.csv:13:3: expected 2 fields, got 3"* ]]
	printf 'nip,NIP\n1,2\n' > dup.csv
	run --separate-stderr asn-score dup.csv
	assert_equal "$status" 3
	[[ "$stderr" == *"dup.csv:1: duplicate column"* ]]
	head -c 2048 /dev/urandom > garbage.bin
	printf '\000' >> garbage.bin
	run --separate-stderr asn-score --ikm garbage.bin
	assert_equal "$status" 3
	[[ "$stderr" == *"garbage.bin"* ]]
}

@test "score: bad option values and unknown options are usage errors" {
	run --separate-stderr asn-score --as-of 2026-02-30 "$S/pegawai.csv"
	assert_equal "$status" 2
	[[ "$stderr" == *"invalid value '2026-02-30' for --as-of"* ]]
	run --separate-stderr asn-score -y 20x5 "$S/pegawai.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-score: invalid value '20x5' for --tahun: expected an integer from 1900 to 2199"
	run --separate-stderr asn-score --as-of 2026-11-01 -y 2027 "$S/pegawai.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-score: invalid value '2027' for --tahun: expected a year from 1963 to 2026 (see --as-of)"
	run --separate-stderr asn-score -d ';;' "$S/pegawai.csv"
	assert_equal "$status" 2
	run --separate-stderr asn-score --bogus
	assert_equal "$status" 2
	[[ "$stderr" == *"usage: asn-score [-q] [-c config]"* ]]
	printf 'talent:\n  kinerja:\n    rendah_max: 90\n' > bad.yaml
	run --separate-stderr asn-score -c bad.yaml "$S/pegawai.csv"
	assert_equal "$status" 2
	[[ "$stderr" == *"bad.yaml:3:5: talent.kinerja: rendah_max (90) must be less than sedang_max (80)"* ]]
}

@test "score: --help lists every option, --version, --print-config" {
	run asn-score --help
	assert_success
	for o in --kinerja --potensi --standar --pelatihan --tahun --ikm --seleksi --formasi \
		--seleksi-config --delimiter --output --config --as-of --print-config --quiet --help --version; do
		assert_output --partial -- "$o"
	done
	run asn-score -V
	assert_success
	assert_output --regexp '^asn-score [0-9]+\.[0-9]+\.[0-9]+$'
	run --separate-stderr asn-score --print-config
	assert_success
	[[ "$output" == *"ikm:"* ]]
	[[ "$output" == *"jp_minimum: 20"* ]]
}

@test "score: byte-identical output on a second run" {
	asn-score -q "${AS_OF[@]}" "${ALL[@]}" "$S/pegawai.csv" > a.csv
	asn-score -q "${AS_OF[@]}" "${ALL[@]}" "$S/pegawai.csv" > b.csv
	cmp a.csv b.csv
	asn-score -q --ikm "$S/ikm-survey.csv" > a.csv
	asn-score -q --ikm "$S/ikm-survey.csv" > b.csv
	cmp a.csv b.csv
}

# Permenpan RB 14/2017: an element's mean is over the answers it got (NRR
# per unsur = total nilai / kuesioner terisi).  By hand, Kalukku: 4 x 9;
# 2 x 8 with u9 blank; 3 x 9 with u4 blank.  u1-u8 (4 + 2 + 3) / 3 = 3.00
# (u4 (4 + 2) / 2 = 3.00), u9 (4 + 3) / 2 = 3.50; IKM = 25 x (8 x 3 + 3.5)
# / 9 = 76.3889 -> 76.39 C.  Tapalang: u4 nobody's, IKM over the other
# eight = 25 x 3 = 75.00 C.  A respondent with no answer is rejected.
@test "score: --ikm averages each element over the answers it got; blank answers told" {
	printf '%s\n' unit,u1,u2,u3,u4,u5,u6,u7,u8,u9 \
	    Kalukku,4,4,4,4,4,4,4,4,4 Kalukku,2,2,2,2,2,2,2,2, Kalukku,3,3,3,,3,3,3,3,3 \
	    Kalukku,,,,,,,,, Tapalang,4,4,4,,4,4,4,4,4 Tapalang,2,2,2,,2,2,2,2,2 > blank.csv
	run --separate-stderr asn-score --ikm blank.csv
	assert_equal "$status" 1
	assert_output "unit,responden,u1,u2,u3,u4,u5,u6,u7,u8,u9,nilai_ikm,mutu,kinerja_unit,unsur_terendah
Kalukku,3,3.00,3.00,3.00,3.00,3.00,3.00,3.00,3.00,3.50,76.39,C,kurang baik,u1
Tapalang,2,3.00,3.00,3.00,,3.00,3.00,3.00,3.00,3.00,75.00,C,kurang baik,u1"
	assert_equal "$stderr" "asn-score: blank.csv:5:2: no answer given: u1 ... u9 all blank
asn-score: blank answers 4: each element's mean is over the answers it got
asn-score: read 6 respondents, used 5, rejected 1; 2 units"
}

@test "score: --seleksi jenis_formasi as announcements write it: any case, or the one type it names" {
	printf 'unit,jabatan,jenis_formasi,kebutuhan\nA,Guru,papua,1\nA,Guru,Disabilitas,1\n' > f.csv
	printf 'no_peserta,unit,jabatan,jenis_formasi,twk,tiu,tkp,skb\n1,A,Guru,Putra/Putri Papua,60,60,166,80\n2,A,Guru,PENYANDANG DISABILITAS,60,60,160,70\n3,A,Guru,khusus,60,60,166,70\n' > k.csv
	run --separate-stderr asn-score -S k.csv -f f.csv
	assert_equal "$status" 1
	assert_equal "${stderr_lines[0]}" "asn-score: k.csv:4:4: jenis_formasi 'khusus': expected one of umum, cumlaude, diaspora, disabilitas, papua (empty: umum)"
	# 60 + 60 + 166 = 286 with TIU 60: the papua and disabilitas marks (KepmenPANRB 321/2024)
	assert_equal "$(echo "$output" | cut -d, -f1,9,17 | sed -n 2,3p | tr '\n' ' ')" "1,ya,ya 2,tidak,tidak "
}

@test "score: --seleksi reads rules in the earlier form (marks with their tests, unnamed groups)" {
	run --separate-stderr asn-score -q -S "$S/kandidat.csv" -f "$S/formasi.csv" --seleksi-config "$S/seleksi-lama.yaml"
	assert_success
	# no tahap: everyone meeting the marks is ranked; the same 40/60 values
	# (40 x 400 / 550 + 48 = 77.091) and ties by skb, then tkp (seri)
	assert_equal "$(echo "$output" | sed -n 2,3p | cut -d, -f1,13-17 | tr '\n' ' ')" "76040001,77.091,2,tkp,P/L,ya 76040002,77.091,1,,P/L,ya "
	assert_equal "$(echo "$output" | sed -n 4p | cut -d, -f1,9,10,16)" "76040003,tidak,twk<65,TL"
}
