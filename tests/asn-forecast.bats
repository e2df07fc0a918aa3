#!/usr/bin/env bats
# asn-forecast: every option and error path.  Expected values are worked out
# by hand in tests/fixtures/forecast/README.md.

load helper

F=$FIX/forecast
PROJ=(--as-of 2026-01-01 --years 3)

# Log relative error of $1 against certified $2 (15 when equal).
lre() {
	awk -v x="$1" -v c="$2" 'BEGIN { e = x - c; if (e < 0) e = -e
		if (e == 0) { print 15; exit } if (c != 0) e /= (c < 0 ? -c : c)
		printf "%.2f\n", -log(e) / log(10) }'
}

# Value of a parameter,value,std_error row: field $2 of row $1 in $output.
param() {
	awk -F, -v p="$1" -v f="$2" '$1 == p { print $f }' <<< "$output"
}

@test "forecast: retirement list by hand (every BUP class, first and last of month)" {
	run --separate-stderr asn-forecast --as-of 2026-04-01 --list-retirees "$F/bup.csv"
	assert_success
	assert_equal "$output" "$(cat "$F/bup.retirees.csv")"
	[[ "$stderr" == *"bup.csv: no tanggal_pensiun column: derived from tanggal_lahir by the BUP rules"* ]]
	assert_equal "${stderr_lines[-1]}" "asn-forecast: read 18, listed 12 retiring 2026-2030, rejected 0"
}

@test "forecast: retirements per year by hand, total and per unit" {
	run --separate-stderr asn-forecast --as-of 2026-04-01 --by '' "$F/bup.csv"
	assert_success
	assert_equal "$output" "$(cat "$F/bup.total.expected.csv")"
	assert_equal "${stderr_lines[-1]}" "asn-forecast: read 18, in post 15, already retired 3, rejected 0"
	run --separate-stderr asn-forecast --as-of 2026-04-01 "$F/bup.csv"
	assert_success
	assert_equal "$output" "$(cat "$F/bup.unit.expected.csv")"
}

@test "forecast: tanggal_pensiun from asn-import gives the same list and counts" {
	asn-import -q -p canonical --as-of 2026-04-01 "$F/bup.csv" > pegawai.csv
	run --separate-stderr asn-forecast --as-of 2026-04-01 --list-retirees pegawai.csv
	assert_success
	assert_equal "$output" "$(cat "$F/bup.retirees.csv")"
	[[ "$stderr" != *"derived"* ]]
	run --separate-stderr asn-forecast --as-of 2026-04-01 < pegawai.csv
	assert_equal "$output" "$(cat "$F/bup.unit.expected.csv")"
}

@test "forecast: a reference date on a retirement day counts that person as retired" {
	run --separate-stderr asn-forecast --as-of 2026-03-31 --by '' --years 1 "$F/bup.csv"
	assert_line --index 1 "2026,17,5,0,0,12,,,,,,"
	run --separate-stderr asn-forecast --as-of 2026-03-31 --list-retirees --years 1 "$F/bup.csv"
	assert_equal "${#lines[@]}" 6
	assert_line --index 1 --partial ",2026-04-01"
}

@test "forecast: the years follow --years and --as-of" {
	run --separate-stderr asn-forecast --as-of 2026-11-01 --years 2 --by '' "$F/bup.csv"
	assert_success
	assert_equal "$(cut -d, -f1 <<< "$output" | tr '\n' ' ')" "tahun 2026 2027 "
	run --separate-stderr asn-forecast --by '' "$F/bup.csv"
	assert_equal "$(cut -d, -f1 <<< "$output" | sed -n '2p;$p' | tr '\n' ' ')" "2025 2029 "
}

@test "forecast: --needs formasi, hire none: the gap and formasi_usulan" {
	run --separate-stderr asn-forecast "${PROJ[@]}" --needs "$F/formasi.csv" "$F/staff.csv"
	assert_success
	assert_equal "$output" "$(cat "$F/needs.expected.csv")"
}

@test "forecast: --hire fill hires the shortfall each year" {
	run --separate-stderr asn-forecast "${PROJ[@]}" --needs "$F/formasi.csv" --hire fill "$F/staff.csv"
	assert_success
	assert_equal "$output" "$(cat "$F/fill.expected.csv")"
}

@test "forecast: formasi_usulan sums to the recruitment need whatever the policy" {
	for policy in none fill; do
		asn-forecast -q "${PROJ[@]}" --needs "$F/formasi.csv" --hire $policy "$F/staff.csv" |
			awk -F, 'NR > 1 { s += $13 } END { print s }' > sum.$policy
	done
	assert_equal "$(cat sum.none)" 8
	assert_equal "$(cat sum.fill)" 8
}

@test "forecast: --demand-growth grows kebutuhan" {
	run --separate-stderr asn-forecast "${PROJ[@]}" --needs "$F/formasi.csv" --demand-growth 0.1 "$F/staff.csv"
	assert_success
	assert_line "2026,Puskesmas Kalukku,10,1,0,0,9,,,,11,-2,2"
	assert_line "2027,Puskesmas Kalukku,9,2,0,0,7,,,,12,-5,3"
	assert_line "2028,Puskesmas Kalukku,7,0,0,0,7,,,,13,-6,1"
}

# Growth per sector from a series (lib/tumbuh): 100, 150, 200 in 2023-2025
# is the line 50 t - 101,050, 250 in 2026, 300 in 2027, 350 in 2028, so a
# health need of 11 is 11, 11 x 1.2 = 13.2 -> 13 and 11 x 1.4 = 15.4 -> 15;
# formasi_usulan the yearly rise of the shortfall (2, 6, 8).
@test "forecast: --demand-growth SEKTOR=FILE: the need follows the series' trend" {
	printf 'tahun,nilai\n2023,100\n2024,150\n2025,200\n' > s.csv
	run --separate-stderr asn-forecast "${PROJ[@]}" --needs "$F/formasi.csv" --demand-growth kesehatan=s.csv "$F/staff.csv"
	assert_success
	assert_line "2026,Puskesmas Kalukku,10,1,0,0,9,,,,11,-2,2"
	assert_line "2027,Puskesmas Kalukku,9,2,0,0,7,,,,13,-6,4"
	assert_line "2028,Puskesmas Kalukku,7,0,0,0,7,,,,15,-8,2"
	# only the sectors named grow: these are health positions
	run --separate-stderr asn-forecast "${PROJ[@]}" --needs "$F/formasi.csv" --demand-growth pendidikan=s.csv,teknis=0.5 "$F/staff.csv"
	assert_line "2028,Puskesmas Kalukku,7,0,0,0,7,,,,11,-4,0"
}

# The band: the trend of 100, 160, 190, 260, 290 (tests/unit/test_tumbuh.c
# works it by hand) makes a need of 7 in 2026 7 x 392/344 = 7.977 in 2027,
# standard error 7 x 0.07624 = 0.534.  Kalukku ends 2027 with 7: a run is
# short when its need rounds to 8 or more, P(Z > (7.5 - 7.977) / 0.534 =
# -0.893) = 0.814; with a plain rate the need is 8 in every run.
@test "forecast: --demand-growth: the series' band gives p_kurang" {
	printf 'tahun,nilai\n2021,100\n2022,160\n2023,190\n2024,260\n2025,290\n' > n.csv
	printf 'unit,jabatan,kebutuhan\nPuskesmas Kalukku,Bidan Terampil,7\n' > k.csv
	run --separate-stderr asn-forecast "${PROJ[@]}" -q --needs k.csv --sims 2000 --demand-growth kesehatan=n.csv "$F/staff.csv"
	local p
	p=$(grep '^2027,Puskesmas Kalukku' <<< "$output" | cut -d, -f10)
	[[ $(grep '^2027,Puskesmas Kalukku' <<< "$output" | cut -d, -f11) == 8 ]]
	awk -v p="$p" 'BEGIN { exit !(p > 0.78 && p < 0.85) }' || { echo "p_kurang $p"; false; }
	run --separate-stderr asn-forecast "${PROJ[@]}" -q --needs k.csv --sims 2000 --demand-growth kesehatan=0.1395 "$F/staff.csv"
	assert_line "2027,Puskesmas Kalukku,9,2,0,0,7,7,7,1.0000,8,-1,1"
}

@test "forecast: --demand-growth: a sector unknown or twice, a series with no trend" {
	run --separate-stderr asn-forecast "${PROJ[@]}" --needs "$F/formasi.csv" --demand-growth dokter=0.1 "$F/staff.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-forecast: --demand-growth 'dokter=0.1': 'dokter' is not a sector (pendidikan, kesehatan, teknis)"
	run --separate-stderr asn-forecast "${PROJ[@]}" --needs "$F/formasi.csv" --demand-growth kesehatan=0.1,kesehatan=0 "$F/staff.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-forecast: --demand-growth 'kesehatan=0': kesehatan is given twice"
	printf 'tahun,nilai\n2024,1\n2025,2\n' > two.csv
	run --separate-stderr asn-forecast "${PROJ[@]}" --needs "$F/formasi.csv" --demand-growth kesehatan=two.csv "$F/staff.csv"
	assert_equal "$status" 3
	assert_equal "$stderr" "asn-forecast: two.csv: no trend can be fitted for --demand-growth (at least 3 years of tahun,nilai, not all the same)"
	printf 'tahun,nilai\n2024,1\n2025,x\n' > bad.csv
	run --separate-stderr asn-forecast "${PROJ[@]}" --needs "$F/formasi.csv" --demand-growth kesehatan=bad.csv "$F/staff.csv"
	assert_equal "$status" 3
	[[ $stderr == "asn-forecast: bad.csv:3: nilai 'x': not a number"* ]]
}

@test "forecast: --hires planned intake, rows outside the horizon reported" {
	run --separate-stderr asn-forecast "${PROJ[@]}" --hires "$F/hires.csv" "$F/staff.csv"
	assert_success
	assert_line "2026,Puskesmas Kalukku,10,1,0,1,10,,,,,,"
	assert_line "2027,Puskesmas Kalukku,10,2,0,3,11,,,,,,"
	assert_line "2028,Puskesmas Kalukku,11,0,0,0,11,,,,,,"
	[[ "$stderr" == *"hires.csv:4: tahun 2040 outside the projection 2026-2028: not used"* ]]
}

@test "forecast: --exit-rate, expected exits rounded by hand" {
	run --separate-stderr asn-forecast "${PROJ[@]}" --exit-rate 0.1 "$F/flat.csv"
	assert_success
	assert_equal "$output" "$(cat "$F/flat.expected.csv")"
}

@test "forecast: --history pooled rate with its standard error" {
	run --separate-stderr asn-forecast "${PROJ[@]}" --history "$F/history.csv" --needs "$F/formasi.csv" "$F/staff.csv"
	assert_success
	[[ "$stderr" == *"history.csv: pooled exit rate 0.0625 (standard error 0.0271) over 80 staff-years"* ]]
	[[ "$stderr" == *"1 group without history: pooled rate used"* ]]
	assert_line "2026,Puskesmas Kalukku,10,1,0,0,9,,,,11,-2,2"
	assert_line "2026,Puskesmas Tampa Padang,6,0,1,0,5,,,,6,-1,1"
	run --separate-stderr asn-forecast -q "${PROJ[@]}" --history "$F/history.csv" "$F/staff.csv"
	assert_equal "$stderr" ""
}

@test "forecast: a history without key columns gives one rate to every group" {
	cut -d, -f1,3,4 "$F/history.csv" > pooled.csv
	run --separate-stderr asn-forecast "${PROJ[@]}" --history pooled.csv "$F/flat.csv"
	assert_success
	[[ "$stderr" != *"without history"* ]]
	assert_line --index 1 "2026,Kantor Camat Kalukku,20,0,1,0,19,,,,,,"
}

@test "forecast: Monte Carlo bands, same seed same bytes" {
	args=("${PROJ[@]}" --history "$F/history.csv" --needs "$F/formasi.csv" --sims 2000 --seed 7 "$F/staff.csv")
	run --separate-stderr asn-forecast -q "${args[@]}"
	assert_success
	first=$output
	run --separate-stderr asn-forecast -q "${args[@]}"
	assert_equal "$output" "$first"
	for n in 1 3 64; do
		run --separate-stderr asn-forecast -q --threads $n --by unit,jabatan "${args[@]}"
		assert_success
		[ $n = 1 ] && one=$output
		assert_equal "$output" "$one"
	done
	run --separate-stderr asn-forecast -q --threads 0 "${args[@]}"
	assert_equal "$status" 2
	[[ "$stderr" == *"--threads"* ]]
	awk -F, 'NR > 1 && !($8 <= $7 && $7 <= $9 && $10 >= 0 && $10 <= 1) { print; bad = 1 }
		END { exit bad }' <<< "$first"
	run --separate-stderr asn-forecast -q "${PROJ[@]}" --history "$F/history.csv" --sims 2000 --seed 8 "$F/staff.csv"
	[[ "$output" != "$first" ]]
}

@test "forecast: a group's band does not depend on the other groups" {
	args=("${PROJ[@]}" --exit-rate 0.05 --sims 1000 --seed 11)
	asn-forecast -q "${args[@]}" "$F/staff.csv" | grep Kalukku > both
	grep -v 'Tampa Padang' "$F/staff.csv" > alone.csv
	asn-forecast -q "${args[@]}" alone.csv | grep Kalukku > alone
	assert_equal "$(cat alone)" "$(cat both)"
}

@test "forecast: Monte Carlo quartiles of a known binomial" {
	# 20 staff, 10% a year for one year: exits binomial(20, 0.1), mean 2, sd sqrt(1.8)
	run --separate-stderr asn-forecast -q --as-of 2026-01-01 --years 1 --exit-rate 0.1 --sims 10000 \
		--seed 5 --level 0.5 "$F/flat.csv"
	assert_success
	assert_line --index 1 --regexp '^2026,Kantor Camat Kalukku,20,0,2,0,18,(17|18),(19|20),,,,$'
}

@test "forecast: p_kurang is the share of runs short of need" {
	run --separate-stderr asn-forecast -q "${PROJ[@]}" --needs "$F/formasi.csv" --sims 100 "$F/staff.csv"
	assert_line "2026,Puskesmas Baru,0,0,0,0,0,0,0,1.0000,3,-3,3"
	assert_line "2026,Puskesmas Tampa Padang,6,0,0,0,6,6,6,0.0000,6,0,0"
	run --separate-stderr asn-forecast -q "${PROJ[@]}" --needs "$F/formasi.csv" --hire fill --sims 100 "$F/staff.csv"
	refute_line --partial ",1.0000,"
}

@test "forecast: --by unit,jabatan with a formasi per position" {
	run --separate-stderr asn-forecast "${PROJ[@]}" --by unit,jabatan --needs "$F/formasi.csv" "$F/staff.csv"
	assert_success
	assert_line --index 0 "tahun,unit,jabatan,awal,pensiun,keluar,masuk,akhir,akhir_lo,akhir_hi,p_kurang,kebutuhan,selisih,formasi_usulan"
	assert_line "2026,Puskesmas Kalukku,Bidan Terampil,4,1,0,0,3,,,,5,-2,2"
	assert_line "2026,Puskesmas Kalukku,Bidan Ahli Pertama,1,0,0,0,1,,,,,,"
	assert_line "2026,Puskesmas Baru,Perawat Terampil,0,0,0,0,0,,,,3,-3,3"
}

@test "forecast: a --by column the NEEDS table lacks is a usage error" {
	printf 'nip,nama,unit,jabatan,bidang,tanggal_pensiun\n1,A,U,J,kesehatan,2030-01-01\n' > p.csv
	run --separate-stderr asn-forecast "${PROJ[@]}" --by bidang --needs "$F/formasi.csv" p.csv
	assert_equal "$status" 2
	[[ "$stderr" == *"formasi.csv:1: missing key column 'bidang'"* ]]
}

@test "forecast: a --by column missing from the input is exit 3 naming it" {
	run --separate-stderr asn-forecast "${PROJ[@]}" --by golongan "$F/staff.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"staff.csv:1: missing required column 'golongan' (--by)"* ]]
}

@test "forecast: no tanggal_pensiun and nothing to derive it from is exit 3" {
	printf 'nip,unit\n1,A\n' > p.csv
	run --separate-stderr asn-forecast p.csv
	assert_equal "$status" 3
	[[ "$stderr" == *"p.csv:1: missing required column 'tanggal_lahir' (no tanggal_pensiun either)"* ]]
}

@test "forecast: bad rows are rejected with file:line, the rest projected (exit 1)" {
	{ cat "$F/staff.csv"; echo '1,X,Puskesmas Kalukku,Perawat,2027-02-30'; echo '2,Y,Puskesmas Kalukku,Perawat,';
	  printf '3,Z,Puskesmas \377,Perawat,2030-01-01\n'; } > bad.csv
	run --separate-stderr asn-forecast "${PROJ[@]}" bad.csv
	assert_equal "$status" 1
	[[ "$stderr" == *"bad.csv:18: tanggal_pensiun '2027-02-30': expected a date YYYY-MM-DD"* ]]
	[[ "$stderr" == *"bad.csv:19: tanggal_pensiun is empty"* ]]
	[[ "$stderr" == *"bad.csv:20: column 'unit': invalid UTF-8"* ]]
	assert_equal "${stderr_lines[-1]}" "asn-forecast: read 19, in post 16, already retired 0, rejected 3"
	assert_line "2026,Puskesmas Kalukku,10,1,0,0,9,,,,,,"
}

@test "forecast: history errors name file, line, column and value" {
	printf 'tahun,unit,awal,keluar\n2024,A,10,12\n' > h.csv
	run --separate-stderr asn-forecast "${PROJ[@]}" --history h.csv "$F/staff.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"h.csv:2: keluar '12': expected a whole number from 0 to awal (10)"* ]]
	printf 'tahun,unit,awal,keluar\n20x4,A,10,1\n' > h.csv
	run --separate-stderr asn-forecast "${PROJ[@]}" --history h.csv "$F/staff.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"h.csv:2: tahun '20x4': expected a year"* ]]
	printf 'tahun,unit,keluar\n2024,A,1\n' > h.csv
	run --separate-stderr asn-forecast "${PROJ[@]}" --history h.csv "$F/staff.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"h.csv:1: missing required column 'awal'"* ]]
	printf 'tahun,unit,awal,keluar\n' > h.csv
	run --separate-stderr asn-forecast "${PROJ[@]}" --history h.csv "$F/staff.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"no rows"* ]]
}

@test "forecast: hires errors" {
	printf 'tahun,unit,masuk\n2026,A,-1\n' > h.csv
	run --separate-stderr asn-forecast "${PROJ[@]}" --hires h.csv "$F/staff.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"h.csv:2: masuk '-1': expected a whole number >= 0"* ]]
	printf 'tahun,masuk\n2026,1\n' > h.csv
	run --separate-stderr asn-forecast "${PROJ[@]}" --hires h.csv "$F/staff.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"h.csv:1: missing required column 'unit' (--by)"* ]]
}

@test "forecast: NIST Norris through --series --params: LRE >= 9" {
	run --separate-stderr asn-forecast --series --params --x x --y y "$DATA/nist-strd/norris.csv"
	assert_success
	assert_line --index 0 "parameter,value,std_error"
	cert=$(cat "$DATA/nist-strd/norris-certified.csv")
	for p in intercept slope residual_sd r_squared; do
		want=$(awk -F, -v p=$p '$1 == p { print $2 }' <<< "$cert")
		got=$(param $p 2)
		l=$(lre "$got" "$want")
		echo "$p: $got vs $want, LRE $l"
		awk -v l="$l" 'BEGIN { exit !(l >= 9) }'
	done
	for p in intercept slope; do
		want=$(awk -F, -v p=$p '$1 == p { print $3 }' <<< "$cert")
		got=$(param $p 3)
		l=$(lre "$got" "$want")
		echo "$p std_error: $got vs $want, LRE $l"
		awk -v l="$l" 'BEGIN { exit !(l >= 9) }'
	done
	assert_equal "$(param n 2)" 36
}

@test "forecast: --series OLS by hand" {
	run --separate-stderr asn-forecast --series --params "$F/series.csv"
	assert_success
	assert_equal "$(lre "$(param slope 2)" 4)" 15 || awk -v l="$(lre "$(param slope 2)" 4)" 'BEGIN { exit !(l >= 12) }'
	awk -v l="$(lre "$(param intercept 2)" -7976)" 'BEGIN { exit !(l >= 12) }'
	awk -v l="$(lre "$(param residual_sd 2)" 1)" 'BEGIN { exit !(l >= 12) }'
	awk -v l="$(lre "$(param r_squared 2)" 0.98591549295774648)" 'BEGIN { exit !(l >= 12) }'
	awk -v l="$(lre "$(param slope 3)" 0.23904572186687872)" 'BEGIN { exit !(l >= 12) }'
	run --separate-stderr asn-forecast --series --years 2 "$F/series.csv"
	assert_success
	assert_line --index 0 "tahun,nilai,nilai_lo,nilai_hi"
	assert_line --index 1 "2025,124,121.0873428,126.9126572"
	assert_equal "${#lines[@]}" 3
}

@test "forecast: --series --level changes the interval" {
	run --separate-stderr asn-forecast --series --years 1 --level 0.5 "$F/series.csv"
	assert_success
	[[ "${lines[1]}" == 2025,124,* ]]
	[[ "${lines[1]}" != "2025,124,121.0873428,126.9126572" ]]
}

@test "forecast: --series --method holt" {
	run --separate-stderr asn-forecast --series --method holt --params "$F/series.csv"
	assert_success
	assert_equal "$(cut -d, -f1 <<< "$output" | tr '\n' ' ')" "parameter alpha beta level trend sigma n "
	awk -F, 'NR == 2 || NR == 3 { if ($2 < 0 || $2 > 1) exit 1 }' <<< "$output"
	run --separate-stderr asn-forecast --series --method holt --years 4 "$F/series.csv"
	assert_success
	assert_equal "$(cut -d, -f1 <<< "$output" | tr '\n' ' ')" "tahun 2025 2026 2027 2028 "
	awk -F, 'NR > 1 && !($3 < $2 && $2 < $4) { exit 1 }' <<< "$output"
}

@test "forecast: series errors: non-numeric year, constant, too few, uneven for holt" {
	printf 'tahun,nilai\n2019,1\n2O20,2\n2021,3\n' > s.csv
	run --separate-stderr asn-forecast --series s.csv
	assert_equal "$status" 3
	[[ "$stderr" == *"s.csv:3: tahun '2O20': not a number"* ]]
	printf 'tahun,nilai\n2019,1\n2020,"2,5"\n2021,3\n' > s.csv
	run --separate-stderr asn-forecast --series s.csv
	[[ "$stderr" == *"s.csv:3: nilai '2,5': not a number (use '.' as the decimal separator)"* ]]
	printf 'tahun,nilai\n2019,7\n2020,7\n2021,7\n' > s.csv
	run --separate-stderr asn-forecast --series s.csv
	assert_equal "$status" 3
	[[ "$stderr" == *"s.csv: constant series: nilai is 7 in every row, nothing to fit"* ]]
	printf 'tahun,nilai\n2019,7\n2020,8\n' > s.csv
	run --separate-stderr asn-forecast --series s.csv
	assert_equal "$status" 3
	[[ "$stderr" == *"s.csv: too few points: 2 (ols needs at least 3)"* ]]
	run --separate-stderr asn-forecast --series --method holt "$F/series.csv" --years 1
	assert_success
	head -5 "$F/series.csv" > four.csv
	run --separate-stderr asn-forecast --series --method holt four.csv
	assert_equal "$status" 3
	[[ "$stderr" == *"too few points: 4 (holt needs at least 5)"* ]]
	printf 'tahun,nilai\n2019,1\n2020,2\n2022,4\n2023,3\n2024,6\n' > s.csv
	run --separate-stderr asn-forecast --series --method holt s.csv
	assert_equal "$status" 3
	[[ "$stderr" == *"holt needs tahun increasing in equal steps"* ]]
	printf 'tahun,nilai\n2020,1\n2020,2\n2020,4\n' > s.csv
	run --separate-stderr asn-forecast --series s.csv
	assert_equal "$status" 3
	[[ "$stderr" == *"tahun is 2020 in every row"* ]]
	printf 'year,nilai\n2020,1\n' > s.csv
	run --separate-stderr asn-forecast --series s.csv
	assert_equal "$status" 3
	[[ "$stderr" == *"s.csv:1: missing required column 'tahun' (--x)"* ]]
}

@test "forecast: options that exclude each other are usage errors" {
	for args in "--exit-rate 0.1 --history x.csv" "--hire fill --hires x.csv" "--hire fill" \
		"--demand-growth 0.1" "--series --needs x.csv" "--series --sims 10" "--params" \
		"--method holt" "--list-retirees --needs x.csv" "--series a.csv b.csv"; do
		run --separate-stderr asn-forecast $args
		[ "$status" -eq 2 ] || { echo "$args: $status $stderr"; false; }
	done
}

@test "forecast: bad option values and unknown options are usage errors" {
	for args in "--years 0" "--years 51" "--years x" "--sims -1" "--sims 1000001" "--level 1" \
		"--level 0" "--level abc" "--exit-rate 1.5" "--exit-rate -0.1" "--hire some" \
		"--method arima" "--seed -1" "--demand-growth 2" "--by unit,,jabatan" "--by unit,Unit" \
		"--as-of 2026-02-30" "-d ab" "--nope"; do
		run --separate-stderr asn-forecast $args "$F/staff.csv"
		[ "$status" -eq 2 ] || { echo "$args: $status $stderr"; false; }
	done
	run --separate-stderr asn-forecast --years 0 "$F/staff.csv"
	[[ "$stderr" == *"invalid value '0' for --years: expected an integer from 1 to 50"* ]]
	run --separate-stderr asn-forecast --nope
	[[ "$stderr" == *"usage: asn-forecast"* ]]
}

@test "forecast: --help lists every option, --version prints the version" {
	run asn-forecast --help
	assert_success
	for o in --config --delimiter --output --quiet --help --version --as-of --by --years --needs \
		--demand-growth --exit-rate --history --hire --hires --sims --seed --level --list-retirees \
		--series --x --y --method --params; do
		[[ "$output" == *"$o"* ]] || { echo "missing $o"; false; }
	done
	run asn-forecast -V
	assert_output "asn-forecast 0.1.0"
}

@test "forecast: man page and completions know every option" {
	for o in config delimiter output quiet help version as-of by years needs demand-growth \
		exit-rate history hire hires sims seed level list-retirees series x y method params; do
		grep -q -- "--$o\b" "$ROOT/completions/bash/asn-forecast" || { echo "bash: $o"; false; }
		grep -q -- "--$o\b" "$ROOT/completions/zsh/_asn-forecast" || { echo "zsh: $o"; false; }
		grep -q -- "-l $o\b" "$ROOT/completions/fish/asn-forecast.fish" || { echo "fish: $o"; false; }
		grep -q -- "\\\\-\\\\-${o//-/\\\\-}\b" "$ROOT/cmd/asn-forecast.1" || { echo "man: $o"; false; }
	done
	bash -n "$ROOT/completions/bash/asn-forecast"
}

@test "forecast: -o writes atomically; /dev/full is exit 3" {
	mkdir d
	run --separate-stderr asn-forecast "${PROJ[@]}" -o d/out.csv "$F/staff.csv"
	assert_success
	assert_equal "$(head -1 d/out.csv)" "tahun,unit,awal,pensiun,keluar,masuk,akhir,akhir_lo,akhir_hi,p_kurang,kebutuhan,selisih,formasi_usulan"
	assert_equal "$(ls -A d)" "out.csv"
	run --separate-stderr asn-forecast "${PROJ[@]}" -o /dev/full "$F/staff.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"/dev/full: write error: No space left on device"* ]]
	run --separate-stderr bash -c 'asn-forecast -q --series "$1" > /dev/full' _ "$F/series.csv"
	assert_equal "$status" 3
	run --separate-stderr asn-forecast "${PROJ[@]}" -o d/out2.csv "$F/nonexistent.csv"
	assert_equal "$status" 3
	assert_equal "$(ls -A d)" "out.csv"
}

@test "forecast: a reader that goes away (| head -1) ends quietly with 0" {
	asn-synth --format canonical --rows 20000 --seed 3 --as-of 2026-11-01 > big.csv
	run bash -c 'asn-forecast -q --as-of 2026-11-01 --list-retirees big.csv 2>err | head -1; echo "rc=${PIPESTATUS[0]}"; cat err'
	assert_line "rc=0"
	refute_line --partial "error"
}

@test "forecast: bad input: empty, header only, unterminated quote, ragged row, binary" {
	: > empty.csv
	run --separate-stderr asn-forecast empty.csv
	assert_equal "$status" 3
	[[ "$stderr" == *"empty.csv: empty input (no header row)"* ]]
	head -1 "$F/staff.csv" > header.csv
	run --separate-stderr asn-forecast "${PROJ[@]}" header.csv
	assert_success
	assert_equal "${#lines[@]}" 1
	printf 'nip,unit,tanggal_pensiun\n1,"A,2030-01-01\n' > quote.csv
	run --separate-stderr asn-forecast quote.csv
	assert_equal "$status" 3
	[[ "$stderr" == *"quote.csv:2:"*"unterminated quoted field"* ]]
	printf 'nip,unit,tanggal_pensiun\n1,A\n' > ragged.csv
	run --separate-stderr asn-forecast ragged.csv
	assert_equal "$status" 3
	[[ "$stderr" == *"ragged.csv:2:"*"expected 3 fields, got 2"* ]]
	head -c 2000 /bin/sh > binary.csv
	run --separate-stderr asn-forecast binary.csv
	assert_equal "$status" 3
}

@test "forecast: semicolon input is detected; -d names it" {
	tr ',' ';' < "$F/staff.csv" > semi.csv
	run --separate-stderr asn-forecast "${PROJ[@]}" semi.csv
	assert_success
	assert_line "2026,Puskesmas Kalukku,10,1,0,0,9,,,,,,"
	run --separate-stderr asn-forecast "${PROJ[@]}" -d ';' semi.csv
	assert_success
	run --separate-stderr asn-forecast "${PROJ[@]}" -d tab semi.csv
	assert_equal "$status" 3
}

@test "forecast: several input files are one population" {
	head -11 "$F/staff.csv" > a.csv
	{ head -1 "$F/staff.csv"; tail -n +12 "$F/staff.csv"; } > b.csv
	run --separate-stderr asn-forecast "${PROJ[@]}" a.csv b.csv
	assert_success
	run --separate-stderr asn-forecast "${PROJ[@]}" "$F/staff.csv"
	assert_equal "$(asn-forecast -q "${PROJ[@]}" a.csv - < b.csv)" "$output"
}

@test "forecast: SOURCE_DATE_EPOCH is the default reference date" {
	run --separate-stderr asn-forecast --years 1 --by '' "$F/bup.csv"
	assert_line --index 1 --regexp '^2025,'
	SOURCE_DATE_EPOCH=1775001600 run --separate-stderr asn-forecast --years 1 --by '' "$F/bup.csv"
	assert_line --index 1 "2026,15,3,0,0,12,,,,,,"
}

@test "forecast: examples/mamuju history and population" {
	run --separate-stderr asn-forecast --series --years 5 "$ROOT/examples/mamuju/population.csv"
	assert_success
	assert_equal "${#lines[@]}" 6
	run --separate-stderr asn-forecast --series --method holt --params "$ROOT/examples/mamuju/population.csv"
	assert_success
	head -1 "$ROOT/examples/mamuju/history.csv" | grep -q '^tahun,unit,awal,keluar$'
	assert_equal "$(cut -d, -f1 "$ROOT/examples/mamuju/history.csv" | sort -u | grep -c '^20')" 5
}

@test "forecast: an ABK workload table as NEEDS; its bad rows are rejected (exit 1)" {
	cat > abk.csv <<-'CSV'
	unit,jabatan,uraian_tugas,volume,satuan_periode,norma_waktu,satuan_waktu
	Puskesmas Kalukku,Perawat Terampil,Asuhan keperawatan,5000,tahun,30,menit
	Puskesmas Kalukku,Bidan Terampil,Pemeriksaan kehamilan,10,hari,60,menit
	Puskesmas Kalukku,Bidan Terampil,Rujukan,x,bulan,1,jam
	CSV
	# 5000 x 30 min = 2500 h / 1250 = 2; 10 x 250 x 1 h = 2500 h / 1250 = 2
	run --separate-stderr asn-forecast "${PROJ[@]}" --needs abk.csv --by '' "$F/staff.csv"
	assert_equal "$status" 1
	[[ "$stderr" == *"abk.csv:4: volume 'x': not a number"* ]]
	assert_line --index 1 "2026,16,1,0,0,15,,,,4,11,0"
}

@test "forecast: --series steps by the spacing of x, rows in any order for ols" {
	printf 'tahun,nilai\n2020,10\n2010,5\n2015,8\n' > five.csv
	run --separate-stderr asn-forecast --series --years 2 five.csv
	assert_success
	assert_equal "$(cut -d, -f1 <<< "$output" | tr '\n' ' ')" "tahun 2025 2030 "
	assert_line --index 1 --partial "2025,12.66666667,"
	printf 'x,y\n0.5,1\n2,3\n3.5,4\n' > uneven.csv
	run --separate-stderr asn-forecast --series --x x --y y --years 1 uneven.csv
	assert_line --index 1 --partial "5,"
	printf 'x,y\n0.5,1\n2,3\n3,4\n' > uneven.csv
	run --separate-stderr asn-forecast --series --x x --y y --years 1 uneven.csv
	assert_line --index 1 --partial "4,"
}

@test "forecast: staff not in post are no supply; NEEDS names match in one form, near misses told" {
	asn-import -q --as-of 2026-11-01 -o peg.csv "$FIX/import/siasn-real.csv" || true
	printf 'unit,jabatan,kebutuhan\nDINAS KESEHATAN,bidan  mahir,3\nDinkes,Dokter Ahli Pertama,2\n' > needs.csv
	run --separate-stderr asn-forecast --as-of 2026-11-01 --years 1 --by unit,jabatan --needs needs.csv peg.csv
	assert_success
	# the one bidan is on CLTN: the position starts empty, its need all short
	assert_line "2026,Dinas Kesehatan,Bidan Mahir,0,0,0,0,0,,,,3,-3,3"
	[[ "$stderr" == *"warning: NEEDS position unit 'Dinkes', jabatan 'Dokter Ahli Pertama' has no staff, but staff hold unit 'Dinas Kesehatan', jabatan 'Dokter Ahli Pertama'"* ]]
	[[ "$stderr" == *"not in post by kedudukan, not projected: 3 (cltn 1, tugas_belajar 1, mpp 1)"* ]]
	assert_equal "${stderr_lines[-1]}" "asn-forecast: read 10, in post 7, already retired 0, rejected 0"
	# the pension list names everyone who retires, MPP included
	run --separate-stderr asn-forecast --as-of 2026-11-01 --years 2 --list-retirees peg.csv
	assert_success
	[[ "$output" == *"196902201990031008,Baharuddin,Badan Pengelolaan Keuangan dan Aset Daerah,Pengelola Keuangan,2027-03-01"* ]]
}

# A perfectly linear series leaves Holt no residual (sigma 0); at a level
# this near 1 the interval is 0 x infinity.  By hand: level 150, trend 10,
# so 2021 is 160; the bounds are no number and are written empty.
@test "forecast: --series never writes nan or inf; an interval with no number is empty" {
	printf 'tahun,nilai\n2015,100\n2016,110\n2017,120\n2018,130\n2019,140\n2020,150\n' > lin.csv
	run --separate-stderr asn-forecast --series --method holt --level 0.9999999999999999 --years 2 lin.csv
	assert_success
	assert_output "tahun,nilai,nilai_lo,nilai_hi
2021,160,,
2022,170,,"
	run --separate-stderr asn-forecast --series --level 0.9999999999999999 --years 1 lin.csv
	assert_success
	assert_output "tahun,nilai,nilai_lo,nilai_hi
2021,160,,"
	run --separate-stderr asn-forecast --series --method holt --params lin.csv
	assert_line "sigma,0,"
	refute_output --partial nan
}

# Quarterly x: mean x 2020.0, mean y 13.2, Sxy 6.0, Sxx 1.6, slope 3.75;
# 2021.2 gives 13.2 + 3.75 x 1.2 = 17.7, 2021.6 19.2, 2022.0 20.7.  The x
# are xmax + h x step to one decimal, as the inputs, not 2021.1999999999998.
@test "forecast: --series x values ahead have the inputs' decimals, no accumulated error" {
	printf 'tahun,nilai\n2019.2,10\n2019.6,12\n2020.0,13\n2020.4,15\n2020.8,16\n' > q.csv
	run --separate-stderr asn-forecast --series --years 3 q.csv
	assert_success
	assert_equal "$(cut -d, -f1,2 <<< "$output")" "tahun,nilai
2021.2,17.7
2021.6,19.2
2022,20.7"
	run --separate-stderr asn-forecast --series --method holt --years 3 q.csv
	assert_success
	assert_equal "$(cut -d, -f1 <<< "$output" | tr '\n' ' ')" "tahun 2021.2 2021.6 2022 "
}
