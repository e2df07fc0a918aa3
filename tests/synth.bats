#!/usr/bin/env bats
# asn-synth: the SIASN export as regencies receive it (raw, --excel, --only,
# --columns, --faults), the canonical pegawai table, and with --table the
# formasi, SKP, potensi, pelatihan and IKM survey tables that match the
# generated employees, and the programs reading them.

load helper

AS_OF=(--as-of 2026-11-01)
GEN=(--rows 3000 --seed 11 "${AS_OF[@]}")
TABLES="formasi skp potensi pelatihan ikm"

setup_file() {
	local d=$BATS_FILE_TMPDIR t

	asn-synth --format canonical "${GEN[@]}" > "$d/pegawai.csv"
	for t in $TABLES; do
		asn-synth --table "$t" "${GEN[@]}" > "$d/$t.csv"
	done
	# no field holds '|', so awk -F'|' splits these
	asn-synth --format canonical "${GEN[@]}" -d '|' > "$d/pegawai.psv"
	asn-synth --table ikm "${GEN[@]}" -d '|' > "$d/ikm.psv"
	asn-synth --table formasi "${GEN[@]}" -d '|' > "$d/formasi.psv"
	# the SIASN export of the same employees: '|', nothing quoted
	asn-synth "${GEN[@]}" > "$d/siasn.psv"
	asn-synth --excel "${GEN[@]}" > "$d/excel.csv"
}

# The 69 columns of an "Export Data ASN", one a line.
SIASN_COLUMNS="PNS ID
NIP BARU
NIP LAMA
NAMA
GELAR DEPAN
GELAR BELAKANG
TEMPAT LAHIR ID
TEMPAT LAHIR NAMA
TANGGAL LAHIR
JENIS KELAMIN
AGAMA ID
AGAMA NAMA
JENIS KAWIN ID
JENIS KAWIN NAMA
NIK
NOMOR HP
EMAIL
EMAIL GOV
ALAMAT
NPWP NOMOR
BPJS
JENIS PEGAWAI ID
JENIS PEGAWAI NAMA
KEDUDUKAN HUKUM ID
KEDUDUKAN HUKUM NAMA
STATUS CPNS PNS
KARTU ASN VIRTUAL
NOMOR SK CPNS
TANGGAL SK CPNS
TMT CPNS
NOMOR SK PNS
TANGGAL SK PNS
TMT PNS
GOL AWAL ID
GOL AWAL NAMA
GOL AKHIR ID
GOL AKHIR NAMA
TMT GOLONGAN
MK TAHUN
MK BULAN
JENIS JABATAN ID
JENIS JABATAN NAMA
JABATAN ID
JABATAN NAMA
TMT JABATAN
TINGKAT PENDIDIKAN ID
TINGKAT PENDIDIKAN NAMA
PENDIDIKAN ID
PENDIDIKAN NAMA
TAHUN LULUS
KPKN ID
KPKN NAMA
LOKASI KERJA ID
LOKASI KERJA NAMA
UNOR ID
UNOR NAMA
INSTANSI INDUK ID
INSTANSI INDUK NAMA
INSTANSI KERJA ID
INSTANSI KERJA NAMA
SATUAN KERJA INDUK ID
SATUAN KERJA INDUK NAMA
SATUAN KERJA KERJA ID
SATUAN KERJA KERJA NAMA
IS VALID NIK
NAMA SEKOLAH
FLAG IKD
ESELON ID
ESELON NAMA"

# col NAME: the field number of a SIASN column.
col() {
	printf '%s\n' "$SIASN_COLUMNS" | grep -nx "$1" | cut -d: -f1
}

# siasn_awk PROGRAM: awk over the raw export with the column numbers as
# variables (NIP = NIP BARU, ...).
siasn_awk() {
	awk -F'|' -v NIP="$(col 'NIP BARU')" -v NIK="$(col NIK)" -v JK="$(col 'JENIS KELAMIN')" \
	    -v JP="$(col 'JENIS PEGAWAI NAMA')" -v KD="$(col 'KEDUDUKAN HUKUM NAMA')" \
	    -v ST="$(col 'STATUS CPNS PNS')" -v JJ="$(col 'JENIS JABATAN NAMA')" \
	    -v JAB="$(col 'JABATAN NAMA')" -v UNOR="$(col 'UNOR NAMA')" \
	    -v ES="$(col 'ESELON NAMA')" -v LAHIR="$(col 'TANGGAL LAHIR')" \
	    -v GOL="$(col 'GOL AKHIR NAMA')" -v LAMA="$(col 'NIP LAMA')" "$1" "${@:2}"
}

@test "synth: --table pegawai is the default and changes no byte" {
	asn-synth --format canonical "${GEN[@]}" --table pegawai > a.csv
	cmp a.csv "$BATS_FILE_TMPDIR/pegawai.csv"
	asn-synth "${GEN[@]}" --table pegawai | cmp - "$BATS_FILE_TMPDIR/siasn.psv"
	# the example files, byte for byte (examples/mamuju/README.md)
	asn-synth --excel --rows 300 --seed 2026 --table pegawai > b.csv
	assert_equal "$(md5sum < b.csv)" "32d8c66a9622a3bd0b719673db0270a1  -"
	asn-synth --faults > c.csv
	assert_equal "$(md5sum < c.csv)" "c22b6e2dafc7d218a998ad60a1c7d74d  -"
}

@test "synth: the canonical header, kedudukan after tanggal_pensiun" {
	assert_equal "$(head -1 "$BATS_FILE_TMPDIR/pegawai.csv")" \
	    "nip,nama,jenis_kelamin,tanggal_lahir,status,golongan,jenis_jabatan,jabatan,bidang,unit,pendidikan,tmt_cpns,tanggal_pensiun,kedudukan,subunit,jurusan,tmt_jabatan"
	[ "$(awk -F'|' 'NR > 1 && $14 !~ /^(aktif|cltn|tugas_belajar|pemberhentian_sementara|mpp|pensiun|diberhentikan)$/' \
	    "$BATS_FILE_TMPDIR/pegawai.psv" | wc -l)" -eq 0 ]
	# study leave with kedudukan Aktif: PNS Tugas Belajar, pelaksana
	[ "$(awk -F'|' '$8 == "PNS Tugas Belajar" && ($14 != "tugas_belajar" || $7 != "pelaksana")' \
	    "$BATS_FILE_TMPDIR/pegawai.psv" | wc -l)" -eq 0 ]
	grep -q '|PNS Tugas Belajar|' "$BATS_FILE_TMPDIR/pegawai.psv"
}

@test "synth: the SIASN header is the 69 columns of the real export, '|', LF" {
	local d=$BATS_FILE_TMPDIR

	assert_equal "$(head -1 "$d/siasn.psv" | tr '|' '\n')" "$SIASN_COLUMNS"
	[ "$(awk -F'|' 'NF != 69' "$d/siasn.psv" | wc -l)" -eq 0 ]
	[ "$(wc -l < "$d/siasn.psv")" -eq 3001 ]
	run ! grep -q $'\r' "$d/siasn.psv"
	run ! grep -q 'UNOR INDUK' "$d/siasn.psv"
}

@test "synth: the raw export quotes nothing, a quote is an ordinary character" {
	local d=$BATS_FILE_TMPDIR

	grep -q '|Jl\. "Poros" Mamuju-[A-Za-z ]* No\. [0-9]*|' "$d/siasn.psv"
	# no field starts with a quote, and no quote is doubled
	run ! grep -qE '(^|\|)"' "$d/siasn.psv"
	run ! grep -q '""' "$d/siasn.psv"
	# fields hold commas as they are
	grep -q '|S\.Kep\., Ns\.|' "$d/siasn.psv"
}

@test "synth: identifiers with a leading apostrophe; NIK, NIP LAMA, M/F, DD-MM-YYYY" {
	local d=$BATS_FILE_TMPDIR

	# (mawk has no {n}: lengths instead)
	[ "$(siasn_awk 'NR > 1 && !($NIP ~ /^'"'"'[0-9]+$/ && length($NIP) == 19)' "$d/siasn.psv" |
	    wc -l)" -eq 0 ]
	[ "$(siasn_awk 'NR > 1 && !($NIK ~ /^'"'"'76[0-9]+$/ && length($NIK) == 17)' "$d/siasn.psv" |
	    wc -l)" -eq 0 ]
	[ "$(siasn_awk 'NR > 1 && $NIK ~ /^'"'"'7604/' "$d/siasn.psv" | wc -l)" -gt 2500 ]
	for c in 'NPWP NOMOR' BPJS 'NOMOR HP'; do
		[ "$(awk -F'|' -v c="$(col "$c")" 'NR > 1 && $c != "" && $c !~ /^'"'"'[0-9]+$/' \
		    "$d/siasn.psv" | wc -l)" -eq 0 ]
	done
	[ "$(siasn_awk 'NR > 1 && $LAMA != "" && !($LAMA ~ /^[0-9]+$/ && length($LAMA) == 9)' \
	    "$d/siasn.psv" | wc -l)" -eq 0 ]
	[ "$(siasn_awk 'NR > 1 && $JP == "PPPK" && $LAMA != ""' "$d/siasn.psv" | wc -l)" -eq 0 ]
	[ "$(siasn_awk 'NR > 1 && $JK !~ /^[MF]$/' "$d/siasn.psv" | wc -l)" -eq 0 ]
	[ "$(siasn_awk 'NR > 1 && $LAHIR !~ /^[0-3][0-9]-[01][0-9]-(19|20)[0-9][0-9]$/' \
	    "$d/siasn.psv" | wc -l)" -eq 0 ]
}

@test "synth: status from JENIS PEGAWAI and STATUS CPNS PNS, about 3-4 % not active" {
	local d=$BATS_FILE_TMPDIR n

	[ "$(siasn_awk 'NR > 1 && ($JP == "PPPK") != ($ST == "")' "$d/siasn.psv" | wc -l)" -eq 0 ]
	[ "$(siasn_awk 'NR > 1 && $ST !~ /^[PC]?$/' "$d/siasn.psv" | wc -l)" -eq 0 ]
	[ "$(siasn_awk 'NR > 1 && $JP == "PPPK" && $KD != "PPPK Aktif"' "$d/siasn.psv" | wc -l)" -eq 0 ]
	siasn_awk 'NR > 1 && $JP != "PPPK"' "$d/siasn.psv" | grep -q '|PNS Daerah Kab\./Kota yang bekerja pada Kab\./Kota|'
	n=$(siasn_awk 'NR > 1 && ($KD !~ /Aktif$/ || $JAB ~ /^PNS TUGAS BELAJAR/)' "$d/siasn.psv" | wc -l)
	[ "$n" -ge 75 ] && [ "$n" -le 150 ]
	for k in CLTN 'Tugas Belajar' 'Masa Persiapan Pensiun'; do
		siasn_awk -v k="$k" 'NR > 1 && $KD == k' "$d/siasn.psv" | grep -q .
	done
	siasn_awk 'NR > 1 && $KD == "Aktif" && $JAB ~ /^PNS TUGAS BELAJAR/' "$d/siasn.psv" | grep -q .
	# the canonical table says the same
	[ "$(awk -F'|' 'NR > 1 && $14 != "aktif"' "$d/pegawai.psv" | wc -l)" -eq "$n" ]
}

@test "synth: eselon on the structural posts only; jabatan in both cases, PPPK as JENJANG - NAMA" {
	local d=$BATS_FILE_TMPDIR

	[ "$(siasn_awk 'NR > 1 && ($JJ == "Jabatan Struktural") != ($ES != "")' "$d/siasn.psv" | wc -l)" -eq 0 ]
	[ "$(siasn_awk 'NR > 1 && $ES !~ /^(II\.a|II\.b|III\.a|III\.b|IV\.a|IV\.b)?$/' "$d/siasn.psv" | wc -l)" -eq 0 ]
	# each 6,000 rows hold every structural post once
	asn-synth > all.psv
	assert_equal "$(siasn_awk '$ES == "II.a" { print toupper($JAB) }' all.psv)" "SEKRETARIS DAERAH"
	[ "$(siasn_awk '$ES == "III.b" { print $JAB }' all.psv | grep -ci '^Sekretaris Kecamatan ')" -eq 11 ]
	[ "$(siasn_awk '$ES != "" && $ES != "ESELON NAMA"' all.psv | wc -l)" -eq 284 ]
	# about a third of the names in capitals, some with a trailing blank
	[ "$(siasn_awk 'NR > 1 && $JAB ~ /[a-z]/' "$d/siasn.psv" | wc -l)" -gt 1200 ]
	[ "$(siasn_awk 'NR > 1 && $JAB !~ /[a-z]/' "$d/siasn.psv" | wc -l)" -gt 900 ]
	siasn_awk 'NR > 1 && $JAB ~ / $/' "$d/siasn.psv" | grep -q .
	siasn_awk '$JP == "PPPK"' "$d/siasn.psv" | grep -qE '\|(AHLI PERTAMA - GURU|TERAMPIL - PERAWAT) ?\|'
	[ "$(siasn_awk 'NR > 1 && $JP != "PPPK" && $JAB ~ / - /' "$d/siasn.psv" | wc -l)" -eq 0 ]
	[ "$(siasn_awk 'NR > 1 && $GOL !~ /^(I|II|III|IV)\/[a-e]$/ && $JP != "PPPK"' "$d/siasn.psv" | wc -l)" -eq 0 ]
	[ "$(siasn_awk 'NR > 1 && $GOL !~ /^[IVX]+$/ && $JP == "PPPK"' "$d/siasn.psv" | wc -l)" -eq 0 ]
}

@test "synth: UNOR NAMA is the path up to the regency; unit and subunit are its segments" {
	local d=$BATS_FILE_TMPDIR

	[ "$(siasn_awk 'NR > 1 && $UNOR !~ / - PEMERINTAH KAB\. MAMUJU$/' "$d/siasn.psv" | wc -l)" -eq 0 ]
	[ "$(siasn_awk 'NR > 1 && $UNOR ~ /[a-z]/' "$d/siasn.psv" | wc -l)" -eq 0 ]
	grep -q '|PUSKESMAS KALUKKU - DINAS KESEHATAN - PEMERINTAH KAB\. MAMUJU|' "$d/siasn.psv"
	grep -q '|SUBBAGIAN UMUM DAN KEPEGAWAIAN - SEKRETARIAT - ' "$d/siasn.psv"
	# the OPD just below the root is the canonical unit, the first segment the subunit
	siasn_awk 'NR > 1 { n = split($UNOR, u, " - "); print u[n - 1] "|" u[1] }' "$d/siasn.psv" > segments
	awk -F'|' 'NR > 1 { print toupper($10) "|" toupper($15) }' "$d/pegawai.psv" | cmp - segments
}

@test "synth: --columns 64 and 65 are the older exports" {
	run asn-synth --rows 5 --columns 64
	assert_success
	assert_equal "${lines[0]}" "$(printf '%s\n' "$SIASN_COLUMNS" | head -64 | paste -sd'|')"
	[ "$(printf '%s\n' "${lines[@]}" | awk -F'|' 'NF != 64' | wc -l)" -eq 0 ]
	run asn-synth --rows 5 --columns 65
	assert_equal "${lines[0]}" "$(printf '%s\n' "$SIASN_COLUMNS" | head -65 | paste -sd'|')"
	asn-synth --rows 300 --columns 64 | cut -d'|' -f1-64 > a
	asn-synth --rows 300 | cut -d'|' -f1-64 | cmp - a
	run asn-synth --columns 66
	assert_failure 2
	assert_output --partial "expected 64, 65 or 69"
}

@test "synth: --only pns and --only pppk split the export, same people" {
	local d=$BATS_FILE_TMPDIR f

	for f in siasn canonical; do
		asn-synth "${GEN[@]}" --format "$f" --only pns > pns
		asn-synth "${GEN[@]}" --format "$f" --only pppk > pppk
		assert_equal "$(head -1 pns)" "$(head -1 pppk)"
		{ sed 1d pns; sed 1d pppk; } | sort > both
		if [ "$f" = siasn ]; then
			sed 1d "$d/siasn.psv" | sort | cmp - both
			[ "$(siasn_awk '$JP == "PPPK"' pns | wc -l)" -eq 0 ]
			[ "$(siasn_awk 'NR > 1 && $JP != "PPPK"' pppk | wc -l)" -eq 0 ]
		else
			sed 1d "$d/pegawai.csv" | sort | cmp - both
		fi
		[ "$(wc -l < pppk)" -gt 500 ] && [ "$(wc -l < pns)" -gt 2000 ]
	done
}

@test "synth: --excel is the export re-saved by Excel: BOM, CRLF, ';', quotes, D/M/YYYY" {
	local d=$BATS_FILE_TMPDIR blank

	assert_equal "$(head -c 3 "$d/excel.csv" | od -An -tx1 | tr -d ' ')" efbbbf
	[ "$(grep -vc $'\r$' "$d/excel.csv")" -eq 0 ]
	assert_equal "$(head -1 "$d/excel.csv" | tr -d '\r' | sed 's/^\xef\xbb\xbf//' | tr ';' '\n')" \
	    "$SIASN_COLUMNS"
	# 3 to 5 blank rows at the end, 68 delimiters each
	blank=$(printf ';%.0s' $(seq 68))
	n=$(tail -5 "$d/excel.csv" | tr -d '\r' | grep -cx -- "$blank")
	[ "$n" -ge 3 ] && [ "$n" -le 5 ]
	[ "$(wc -l < "$d/excel.csv")" -eq $((3001 + n)) ]
	# quoted where needed: a quote or a ';' in ALAMAT
	grep -q ';"Jl\. ""Poros"" Mamuju-' "$d/excel.csv"
	grep -qE ';"[^";]*; RT [0-9]{3}/RW [0-9]{3}";' "$d/excel.csv"
	# no apostrophes, NIPs intact; dates in both Excel forms
	run ! grep -q ";'[0-9]" "$d/excel.csv"
	grep -qE ';[0-9]{18};' "$d/excel.csv"
	grep -qE ';[0-3][0-9]/[01][0-9]/(19|20)[0-9]{2};' "$d/excel.csv"
	grep -qE ';[1-9]/[1-9]/(19|20)[0-9]{2};' "$d/excel.csv"
	run ! grep -qE ';[0-3][0-9]-[01][0-9]-(19|20)[0-9]{2};' "$d/excel.csv"
	# the same people as the raw export: its NIPs in its order
	siasn_awk 'NR > 1 { print substr($NIP, 2) }' "$d/siasn.psv" > raw-nips
	sed '1d' "$d/excel.csv" | grep -oE '^[^;]*;[0-9]{18};' | cut -d';' -f2 | cmp - raw-nips
}

@test "synth: same options, same bytes; fewer rows, a prefix" {
	local d=$BATS_FILE_TMPDIR

	asn-synth "${GEN[@]}" | cmp - "$d/siasn.psv"
	asn-synth --excel "${GEN[@]}" | cmp - "$d/excel.csv"
	asn-synth --rows 1000 --seed 11 "${AS_OF[@]}" > small
	head -1001 "$d/siasn.psv" | cmp - small
	asn-synth --excel --rows 1000 --seed 11 "${AS_OF[@]}" | head -1001 > small
	head -1001 "$d/excel.csv" | cmp - small
	asn-synth --rows 3000 --seed 12 "${AS_OF[@]}" > other
	run ! cmp -s other "$d/siasn.psv"
}

@test "synth: --faults spoils its lines: a ragged row, and in --excel Excel's NIPs" {
	asn-synth --faults > raw.psv
	asn-synth --faults --excel > excel.csv
	asn-synth > clean.psv
	# ragged: one '|' dropped at line 1510, every other line 69 fields
	assert_equal "$(awk -F'|' 'NF != 69 { print NR ": " NF }' raw.psv)" "1510: 68"
	# a duplicate: line 2412 repeats 2411
	assert_equal "$(sed -n 2412p raw.psv)" "$(sed -n 2411p raw.psv)"
	assert_equal "$(siasn_awk 'NR == 1809 { print $LAHIR }' raw.psv)" "31-02-1972"
	# Excel's NIPs: scientific notation and 15 significant digits, only with --excel
	sed -n 3318p excel.csv | grep -qE '^[^;]*;[1-9],[0-9]{1,5}E\+17;'
	sed -n 5129p excel.csv | grep -qE '^[^;]*;[0-9]{15}000;'
	sed -n 3318p raw.psv | grep -qE "^[^|]*\|'[0-9]{18}\|"
	# the rows of the other lines are those of the file without faults
	diff <(sed '58d;613d;1207d;1510d;1809d;2412d;3016d;3620d;4223d;4827d;5431d' raw.psv) \
	    <(sed '58d;613d;1207d;1510d;1809d;2412d;3016d;3620d;4223d;4827d;5431d' clean.psv)
	run asn-synth --faults --only pns
	assert_failure 2
}

@test "synth: the header of each table" {
	local d=$BATS_FILE_TMPDIR

	assert_equal "$(head -1 "$d/formasi.csv")" "unit,jabatan,kebutuhan"
	assert_equal "$(head -1 "$d/skp.csv")" "nip,tahun,hasil_kerja,perilaku"
	assert_equal "$(head -1 "$d/potensi.csv")" "nip,nilai_potensi"
	assert_equal "$(head -1 "$d/pelatihan.csv")" "nip,tahun,jp"
	assert_equal "$(head -1 "$d/ikm.csv")" \
	    "no,tanggal,unit,jenis_kelamin,pendidikan,u1,u2,u3,u4,u5,u6,u7,u8,u9"
	assert_equal "$(head -1 "$d/ikm.csv")" "$(head -1 "$ROOT/examples/mamuju/ikm-survey.csv")"
}

@test "synth: same options, same bytes; another seed, other bytes" {
	local t

	for t in $TABLES; do
		asn-synth --table "$t" "${GEN[@]}" > a.csv
		cmp a.csv "$BATS_FILE_TMPDIR/$t.csv"
		asn-synth --table "$t" --rows 3000 --seed 12 "${AS_OF[@]}" > b.csv
		run ! cmp -s a.csv b.csv
	done
}

@test "synth: fewer rows give a prefix, save the formasi" {
	local t

	for t in skp potensi pelatihan ikm; do
		asn-synth --table "$t" --rows 1000 --seed 11 "${AS_OF[@]}" > small.csv
		[ "$(wc -l < small.csv)" -gt 1 ]
		head -n "$(wc -l < small.csv)" "$BATS_FILE_TMPDIR/$t.csv" | cmp - small.csv
	done
}

@test "synth: every NIP of the score tables is an employee's, SKP once a year" {
	local d=$BATS_FILE_TMPDIR t

	cut -d, -f1 "$d/pegawai.csv" | sed 1d | sort > nips
	for t in skp potensi pelatihan; do
		cut -d, -f1 "$d/$t.csv" | sed 1d | sort -u > t-nips
		[ "$(comm -13 nips t-nips | wc -l)" -eq 0 ]
		[ "$(wc -l < t-nips)" -gt 1000 ]
	done
	[ -z "$(cut -d, -f1,2 "$d/skp.csv" | sort | uniq -d)" ]
	[ -z "$(cut -d, -f1 "$d/potensi.csv" | sort | uniq -d)" ]
	[ "$(awk -F, 'FNR > 1 && ($2 < 2024 || $2 > 2025)' "$d/skp.csv" "$d/pelatihan.csv" | wc -l)" -eq 0 ]
	[ "$(awk -F, 'NR > 1 && ($2 < 0 || $2 > 100)' "$d/potensi.csv" | wc -l)" -eq 0 ]
}

@test "synth: asn-score takes the SKP, potensi and pelatihan tables whole" {
	local d=$BATS_FILE_TMPDIR

	run --separate-stderr asn-score "${AS_OF[@]}" --kinerja "$d/skp.csv" \
	    --potensi "$d/potensi.csv" --pelatihan "$d/pelatihan.csv" -o talent.csv "$d/pegawai.csv"
	assert_success
	assert_equal "${#stderr_lines[@]}" 1
	assert_regex "${stderr_lines[0]}" '^asn-score: read 3000, wrote 3000; kinerja for [0-9]+, potensi for [0-9]+, no score for [0-9]+, jp_pelatihan of tahun 2025$'
}

@test "synth: the generated scores reach all nine boxes" {
	local d=$BATS_FILE_TMPDIR

	# with nip the only column, kotak is the sixth field and nothing before it is quoted
	cut -d, -f1 "$d/pegawai.csv" > nips.csv
	asn-score -q "${AS_OF[@]}" --kinerja "$d/skp.csv" --potensi "$d/potensi.csv" nips.csv > talent.csv
	assert_equal "$(head -1 talent.csv | cut -d, -f6)" kotak
	assert_equal "$(cut -d, -f6 talent.csv | grep -E '^[1-9]$' | sort -u | tr -d '\n')" 123456789
}

@test "synth: asn-score --ikm takes the survey whole, one respondent per 10 employees" {
	local d=$BATS_FILE_TMPDIR

	run --separate-stderr asn-score "${AS_OF[@]}" --ikm "$d/ikm.csv" -o ikm-out.csv
	assert_success
	assert_regex "${stderr_lines[-1]}" '^asn-score: read 300 respondents, used 300, rejected 0; [0-9]+ units$'
}

@test "synth: survey answers 1-4, dates in the 30 days before --as-of, known units" {
	local d=$BATS_FILE_TMPDIR

	[ "$(awk -F'|' 'NR > 1 { for (i = 6; i <= 14; i++) if ($i !~ /^[1-4]$/) print }' \
	    "$d/ikm.psv" | wc -l)" -eq 0 ]
	[ "$(awk -F'|' 'NR > 1 && ($2 < "2026-10-02" || $2 > "2026-10-31")' "$d/ikm.psv" | wc -l)" -eq 0 ]
	[ "$(awk -F'|' 'NR > 1 && $1 != NR - 1' "$d/ikm.psv" | wc -l)" -eq 0 ]
	awk -F'|' 'NR > 1 { print $10 }' "$d/pegawai.psv" | sort -u > units
	awk -F'|' 'NR > 1 { print $3 }' "$d/ikm.psv" | sort -u > survey-units
	[ "$(wc -l < survey-units)" -ge 20 ]
	[ -z "$(comm -13 units survey-units)" ]
	# units that serve other units are not surveyed
	run ! grep -qx 'Inspektorat' survey-units
}

@test "synth: the units' IKM spread over more than two mutu bands" {
	asn-synth --table ikm --rows 100000 --seed 11 "${AS_OF[@]}" -d '|' |
	    asn-score -q -d '|' --ikm - > ikm-out.csv
	[ "$(grep -oE ',[ABCD],' ikm-out.csv | sort -u | wc -l)" -ge 3 ]
}

@test "synth: the formasi names each position held once, some short and some over" {
	local d=$BATS_FILE_TMPDIR

	# the positions of those in post: kedudukan aktif
	awk -F'|' 'NR > 1 && $14 == "aktif" { print $10 "|" $8 }' "$d/pegawai.psv" | sort -u > held
	awk -F'|' 'NR > 1 { print $1 "|" $2 }' "$d/formasi.psv" | sort > needed
	cmp held needed
	run ! grep -q 'PNS Tugas Belajar' needed
	[ "$(awk -F'|' 'NR > 1 && $3 !~ /^[1-9][0-9]*$/' "$d/formasi.psv" | wc -l)" -eq 0 ]
	run --separate-stderr asn-gap "${AS_OF[@]}" --needs "$d/formasi.csv" -o gap.csv "$d/pegawai.csv"
	assert_success
	printf '%s\n' "${stderr_lines[@]}" |
	    grep -qE '^asn-gap: read 3000, active [0-9]+, retired 0, rejected 0$'
	grep -q ',kurang,' gap.csv
	grep -q ',lebih,' gap.csv
	grep -q ',sesuai,' gap.csv
	run ! grep -q ',tanpa_kebutuhan,' gap.csv
}

@test "synth: a formasi and a survey of no employees are a header" {
	run asn-synth --table formasi --rows 0
	assert_success
	assert_output "unit,jabatan,kebutuhan"
	run asn-synth --table ikm --rows 9
	assert_success
	assert_equal "${#lines[@]}" 1
}

@test "synth: --table errors" {
	run asn-synth --table nilai
	assert_failure 2
	assert_output --partial "invalid value 'nilai' for --table"
	run asn-synth --table skp --faults
	assert_failure 2
	assert_output --partial "--faults applies to --table pegawai only"
	run asn-synth --table ikm --date-style dmy-slash
	assert_failure 2
	run asn-synth --table skp --only pns
	assert_failure 2
	assert_output --partial "--only applies to --table pegawai only"
	run asn-synth --format canonical --excel
	assert_failure 2
	assert_output --partial "--excel applies to --format siasn only"
	run asn-synth --format canonical --columns 64
	assert_failure 2
	run asn-synth --excel --date-style dmy
	assert_failure 2
	run asn-synth --only all
	assert_failure 2
	run asn-synth --help
	assert_success
	assert_output --partial "--table T"
	assert_output --partial "--excel"
	assert_output --partial "--only W"
	assert_output --partial "--columns N"
}
