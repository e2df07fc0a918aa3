#!/usr/bin/env bats
# asn-synth --table: the formasi, SKP, potensi, pelatihan and IKM survey
# tables that match the generated employees, and the programs reading them.

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
}

@test "synth: --table pegawai is the default and changes no byte" {
	asn-synth --format canonical "${GEN[@]}" --table pegawai > a.csv
	cmp a.csv "$BATS_FILE_TMPDIR/pegawai.csv"
	asn-synth --rows 300 --seed 2026 -d ';' --date-style dmy-slash --crlf --table pegawai > b.csv
	assert_equal "$(md5sum < b.csv)" "f3e71a89b297c8bb01f89097831204b6  -"
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

	awk -F'|' 'NR > 1 { print $10 "|" $8 }' "$d/pegawai.psv" | sort -u > held
	awk -F'|' 'NR > 1 { print $1 "|" $2 }' "$d/formasi.psv" | sort > needed
	cmp held needed
	[ "$(awk -F'|' 'NR > 1 && $3 !~ /^[1-9][0-9]*$/' "$d/formasi.psv" | wc -l)" -eq 0 ]
	run --separate-stderr asn-gap "${AS_OF[@]}" --needs "$d/formasi.csv" -o gap.csv "$d/pegawai.csv"
	assert_success
	assert_equal "${stderr_lines[-1]}" "asn-gap: read 3000, active 3000, retired 0, rejected 0"
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
	run asn-synth --help
	assert_success
	assert_output --partial "--table T"
}
