#!/usr/bin/env bats
# asn-forecast --biaya: personnel cost from the pay tables (PP 5/2024 for
# PNS, Perpres 11/2024 for PPPK) and the allowances, against 30 % of the
# APBD (UU 1/2022 art. 146).  Every figure worked by hand below, with the
# built-in rules: keluarga 14 % of gaji, tunjangan umum I 175,000 II 180,000
# III 185,000 IV 190,000, jabatan jpt_pratama 3,250,000, beras 217,260,
# gaji ketiga belas and THR each a month: 2/12 of gaji (tambahan) and of
# keluarga + jabatan (tambahan_t) each month, every item rounded to the
# rupiah each month.

load helper

B=$FIX/biaya

# 2026, per member (tests/fixtures/biaya/pegawai.csv):
# A  PNS III/a, MKG 0 from 2026-01 (step 0, 2,785,700 all year), pelaksana:
#    gaji 2,785,700 + tambahan round(2,785,700/6) = 464,283 -> 3,249,983 x 12
#    = 38,999,796; keluarga 389,998, umum 185,000, beras 217,260, tambahan_t
#    round(574,998/6) = 95,833 -> 888,091 x 12 = 10,657,092
# B  CPNS II/a from 2026-07 (paid July-December), 80 %: 1,747,200 + 291,200
#    = 2,038,400 x 6 = 12,230,400; 244,608 + 180,000 + 217,260 + 70,768 =
#    712,636 x 6 = 4,275,816
# F  PNS III/b, no MK TAHUN: from TMT CPNS 2006-01, less 5 years from
#    golongan II (GOL AWAL II/a): MKG 15 in 2026, step 14: 3,607,500 +
#    601,250 = 4,208,750 x 12 = 50,505,000; 505,050 + 185,000 + 217,260 +
#    115,008 = 1,022,318 x 12 = 12,267,816
# Dinas A 2026: gaji 38,999,796 + 12,230,400 + 50,505,000 = 101,735,196;
#    tunjangan 10,657,092 + 4,275,816 + 12,267,816 = 27,200,724
# C  PPPK IX, MK 0 at 2024-01, so MK 2 all 2026: IX's second step of the
#    Perpres 11/2024 lampiran, 3,304,400 + 550,733 = 3,855,133 x 12 =
#    46,261,596; 462,616 + 185,000 (IX is of band III) + 217,260 + 107,936 =
#    972,812 x 12 = 11,673,744
# D  PNS IV/e at MKG 33, past the table's last step (32: 6,373,200),
#    jpt_pratama, retiring 2026-04-01 (paid January-March): 6,373,200 +
#    1,062,200 = 7,435,400 x 3 = 22,306,200; 892,248 + 3,250,000 + 217,260 +
#    690,375 = 5,049,883 x 3 = 15,149,649
# Dinas B 2026: 46,261,596 + 22,306,200 = 68,567,796; 11,673,744 + 15,149,649
#    = 26,823,393
# Total 2026: 224,327,109 against an APBD of 700,000,000: 32.05 %, 30 % is
#    210,000,000, 14,327,109 over.
# 2027: A the same (MKG 1, still step 0); B 80 % to June (2,038,400 and
#    712,636 x 6) then PNS at MKG 1, II/a's second step 2,218,400 (+369,733;
#    310,576 + 180,000 + 217,260 + 81,763 = 789,599) x 6: gaji 27,759,198,
#    tunjangan 9,013,410; F at MKG 16: 3,721,100 + 620,183 = 4,341,283 x 12 =
#    52,095,396; 520,954 + 185,000 + 217,260 + 117,659 = 1,040,873 x 12 =
#    12,490,476.  Dinas A: 118,854,390 and 32,160,978.  C at MK 3, still the
#    step of 2.  D has retired.
@test "biaya: the cost of the staff in post, to the rupiah, against 30 % of the APBD" {
	run --separate-stderr asn-forecast --as-of 2026-01-01 --by unit --years 2 --biaya biaya.csv \
		--apbd 700000000 -o /dev/null "$B/pegawai.csv"
	assert_equal "$status" 1
	assert_equal "$(cat biaya.csv)" "$(cat "$B/biaya.expected.csv")"
	# III/e is no golongan of PP 5/2024
	assert_equal "${stderr_lines[0]}" "asn-forecast: $B/pegawai.csv:7:4: golongan 'III/e': not in the PNS pay table (row not costed)"
}

@test "biaya: the hires a year the cap still allows, at the cost of an S1 entrant" {
	# an S1 entrant as CPNS at III/a, 80 %: 2,228,560 + 371,427 = 2,599,987
	# x 12 = 31,199,844; 311,998 + 185,000 + 217,260 + 82,833 = 797,091 x 12
	# = 9,565,092; a year 40,764,936.  APBD 1,000,000,000 in 2026: 30 % is
	# 300,000,000, 75,672,891 left after 224,327,109: 1 more fits.
	printf 'tahun,apbd\n2026,1000000000\n' > apbd.csv
	run --separate-stderr asn-forecast -q --as-of 2026-01-01 --by unit --years 2 --biaya biaya.csv \
		--apbd apbd.csv -o /dev/null "$B/pegawai.csv"
	assert_equal "$(grep '^2026,Total' biaya.csv)" "2026,Total,3.75,170302992,54024117,224327109,224327109,1000000000,22.43,300000000,75672891,1"
	# a year not given has no cap
	assert_equal "$(grep '^2027,Total' biaya.csv)" "2027,Total,4.00,165115986,43834722,208950708,208950708,,,,,"
}

@test "biaya: the rules as data: a pay rise, an item left out of the cap, a table replaced" {
	printf 'kenaikan_persen: 10\ndikecualikan: [tpp, beras]\ntunjangan: {tpp: 1000}\n' > g.yaml
	run --separate-stderr asn-forecast -q --as-of 2026-01-01 --by '' --years 2 --biaya biaya.csv \
		--gaji g.yaml -o /dev/null "$B/pegawai.csv"
	# 2026 as before plus TPP 1,000 a month for 3.75 person-years (45,000);
	# beras (3.75 x 12 x 217,260 = 9,776,700) and TPP are out of the cap
	assert_equal "$(sed -n 2p biaya.csv)" "2026,3.75,170302992,54069117,224372109,214550409,,,,,"
	# 2027: gaji 10 % higher (A: 3,064,270 a month)
	[[ $(sed -n 3p biaya.csv | cut -d, -f3) -gt 165115986 ]]
	printf 'pns:\n  golongan:\n    III/a: {0: 1000}\n' > g.yaml
	run --separate-stderr asn-forecast -q --as-of 2026-01-01 --by '' --years 1 --biaya biaya.csv \
		--gaji g.yaml -o /dev/null "$B/pegawai.csv"
	# the table given replaces PP 5/2024's whole: only III/a is known now
	assert_equal "$status" 1
	[[ ${stderr_lines[0]} == *":3:4: golongan 'II/a': not in the PNS pay table (row not costed)" ]]
}

# The plan fills Dinas A's Analis (3 in post for 4) with a PNS, teknis, at
# the entry rank of the staff's education, S1: CPNS III/a, a year
# 40,764,936 (above); and Dinas B's Guru (1 for 2) with a PPPK, pendidikan,
# S1: IX at masa kerja 0, a year 44,850,396 + 11,476,176 = 56,326,572.
# Hired at the end of 2026, paid from January 2027: 97,091,508 more.
@test "biaya: with the plan, the hires enter at the entry rank of their education" {
	run --separate-stderr asn-forecast -q --plan --as-of 2026-01-01 --years 2 \
		--needs "$B/formasi.csv" --biaya biaya.csv -o plan.csv "$B/pegawai.csv"
	assert_equal "$(cut -d, -f1-3,15-17 plan.csv | sed -n 2,3p | tr '\n' ' ')" "2026,Dinas B,Guru,1,0,1 2026,Dinas A,Analis,1,1,0 "
	run --separate-stderr asn-forecast -q --plan --as-of 2026-01-01 --years 2 \
		--needs "$B/formasi.csv" --kuota 0 --biaya none.csv -o /dev/null "$B/pegawai.csv"
	# the same first year: hires are paid from the January after
	assert_equal "$(grep '^2026,Total' biaya.csv)" "$(grep '^2026,Total' none.csv)"
	assert_equal "$(( $(grep '^2027,Total' biaya.csv | cut -d, -f7) - $(grep '^2027,Total' none.csv | cut -d, -f7) ))" 97091508
	assert_equal "$(grep '^2027,Total' biaya.csv | cut -d, -f4)" "6.00"
}

@test "biaya: bad inputs: an APBD not above 0, a bad APBD row, a bad rules file, options alone" {
	run --separate-stderr asn-forecast --biaya b.csv --apbd -5 "$B/pegawai.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-forecast: invalid value '-5' for --apbd: expected a number from 1 to 1e+18"
	printf 'tahun,apbd\n2026,-1\n2031,5\n2027,1e9\n' > a.csv
	run --separate-stderr asn-forecast --as-of 2026-01-01 --years 2 --biaya b.csv --apbd a.csv \
		-o /dev/null "$B/pegawai.csv"
	assert_equal "$status" 1
	assert_equal "${stderr_lines[0]}" "asn-forecast: a.csv:2:2: apbd '-1': expected the year's total spending in rupiah, above 0"
	assert_equal "${stderr_lines[1]}" "asn-forecast: a.csv:3:1: tahun '2031': expected a year from 2026 to 2027"
	printf 'pns:\n  golongan:\n    III/a: {x: 5}\n' > g.yaml
	run --separate-stderr asn-forecast --biaya b.csv --gaji g.yaml "$B/pegawai.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-forecast: g.yaml:3:16: golongan III/a: masa kerja 'x': expected whole years from 0 to 60"
	printf 'dikecualikan: [gaji, bonus]\n' > g.yaml
	run --separate-stderr asn-forecast --biaya b.csv --gaji g.yaml "$B/pegawai.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-forecast: g.yaml:1:22: dikecualikan: 'bonus' is not an item (gaji, keluarga, jabatan, beras, tpp, tambahan)"
	run --separate-stderr asn-forecast --apbd 5 "$B/pegawai.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-forecast: --gaji, --apbd and --biaya-rincian go with --biaya"
}

@test "biaya: examples/gaji.yaml is the built-in rules, to copy and change" {
	run --separate-stderr asn-forecast --biaya b.csv --gaji "$ROOT/examples/gaji.yaml" -q \
		--as-of 2026-01-01 --by unit --years 2 -o /dev/null "$B/pegawai.csv"
	assert_equal "$(cat b.csv)" "$(sed 's/,700000000,32.05,210000000,-14327109,0$/,,,,,/; s/,700000000,29.85,210000000,1049292,0$/,,,,,/' "$B/biaya.expected.csv")"
}

@test "biaya: each scenario's cost beside its headcount (the hires as in the plan test)" {
	printf 'nama,kuota\nnol,0\nisi,isi\n' > s.csv
	run --separate-stderr asn-forecast -q --plan --as-of 2026-01-01 --years 2 \
		--needs "$B/formasi.csv" --skenario s.csv --biaya biaya.csv --apbd 700000000 "$B/pegawai.csv"
	# 2026: the staff alone, 224,327,109 (32.05 % of 700,000,000) in both;
	# 2027: 207,341,940 without hires, 97,091,508 more with the two
	assert_equal "$(echo "$output" | cut -d, -f1,2,12,13 | tr '\n' ' ')" "skenario,tahun,biaya_total,persen_apbd nol,2026,224327109,32.05 nol,2027,208950708,29.85 isi,2026,224327109,32.05 isi,2027,306042216,43.72 "
	# the --biaya table is the staff's cost, as without --skenario
	assert_equal "$(grep Total biaya.csv | cut -d, -f1,7)" "$(printf '2026,224327109\n2027,208950708')"
}

# Under the cap, by hand: APBD 900,000,000 a year, 30 % is 270,000,000.
# 2027 costs 208,950,708 for the staff: 61,049,292 is left, room for
# floor(61,049,292 / 40,764,936) = 1 entrant at the cost of an S1 CPNS.  The
# plan gives 2026's one place to the Guru first (pendidikan), a PPPK IX at
# 56,326,572 a year: 4,722,720 is left, so 2027 takes no one (its hires,
# paid from 2028, are judged by 2027's margin, the last of the horizon).
@test "biaya: --kuota batas: the plan that keeps the cost within 30 % of the APBD" {
	run --separate-stderr asn-forecast --plan --as-of 2026-01-01 --years 2 --needs "$B/formasi.csv" \
		--kuota batas --biaya biaya.csv --apbd 900000000 -o plan.csv "$B/pegawai.csv"
	assert_equal "$status" 1
	assert_equal "${stderr_lines[1]}" "asn-forecast: 2026: kurang 2 in 2 positions, usulan 1 (pns 0, pppk 1), sisa 1"
	assert_equal "${stderr_lines[2]}" "asn-forecast: 2027: kurang 1 in 1 position, usulan 0 (pns 0, pppk 0), sisa 1"
	assert_equal "$(grep '^2027,Total' biaya.csv | cut -d, -f7,10,12,13)" "265277280,29.48,4722720,0"
	run --separate-stderr asn-forecast --plan --needs "$B/formasi.csv" --kuota batas "$B/pegawai.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-forecast: --kuota batas needs --biaya and --apbd (its 30 % cap)"
}

@test "biaya: golongan read as asn-import reads them: case, spacing, a pangkat around it" {
	# F's first golongan as a pangkat label, A's golongan in other case and
	# spacing: the same costs as the fixture's
	sed 's/,II\/a,2035-01-01$/,Pengatur Muda (II\/a),2035-01-01/; s/,PNS,III\/a,pelaksana,Dinas A,Analis,S1,2025/,PNS,iii \/ A,pelaksana,Dinas A,Analis,S1,2025/' \
		"$B/pegawai.csv" > p.csv
	grep -q 'Pengatur Muda (II/a)' p.csv && grep -q 'iii / A' p.csv
	run --separate-stderr asn-forecast --as-of 2026-01-01 --by unit --years 2 --biaya biaya.csv \
		--apbd 700000000 -o /dev/null p.csv
	assert_equal "$(cat biaya.csv)" "$(cat "$B/biaya.expected.csv")"
}

@test "biaya: a member with no masa kerja to read is a rejected row, not costed" {
	{ head -2 "$B/pegawai.csv"; echo "197501012006011007,G,PNS,III/b,pelaksana,Dinas A,Analis,S1,,,,,,2035-01-01"; } > p.csv
	run --separate-stderr asn-forecast --as-of 2026-01-01 --by unit --years 1 --biaya biaya.csv \
		-o /dev/null p.csv
	assert_equal "$status" 1
	assert_equal "${stderr_lines[0]}" "asn-forecast: p.csv:3: no masa kerja: MK TAHUN and TMT GOLONGAN, or tmt_cpns, expected (row not costed)"
	# A alone: 38,999,796 + 10,657,092 (the first test)
	assert_equal "$(grep '^2026,Total' biaya.csv | cut -d, -f6)" "49656888"
}

@test "biaya: the cap itself is data (batas_persen)" {
	printf 'batas_persen: 25\n' > g.yaml
	run --separate-stderr asn-forecast -q --as-of 2026-01-01 --by unit --years 1 --biaya biaya.csv \
		--gaji g.yaml --apbd 700000000 -o /dev/null "$B/pegawai.csv"
	# 25 % of 700,000,000 = 175,000,000; 224,327,109 spent: 49,327,109 over
	assert_equal "$(grep '^2026,Total' biaya.csv | cut -d, -f9-12)" "32.05,175000000,-49327109,0"
}

# The Monte Carlo band of the cost, against the binomial distribution.  100
# members alike (PNS III/a, MKG 5 all 2026, retiring after the horizon) cost
# c each in 2026.  From --as-of 2026-01-01 the whole year is drawn: K of
# them leave, K ~ Binomial(100, 0.1), evenly over the year, so a run costs
# c (100 - K/2) and the expected cost is 95 c.  The 90 % band's ends are
# the runs at K = 15 and K = 5: in R, 1 - pbinom(14, 100, .1) = 0.0726 and
# 1 - pbinom(15, 100, .1) = 0.0399 (so at least 5 % of runs cost 92.5 c or
# less, and fewer than 5 % less than that), 1 - pbinom(4, 100, .1) = 0.976
# and 1 - pbinom(5, 100, .1) = 0.942 (the 95th percentile is 97.5 c).  A cap
# of 95.25 c is passed when K <= 9: pbinom(9, 100, .1) = 0.4513.
alike() {
	local i
	echo 'nip,nama,status,golongan,jenis_jabatan,unit,jabatan,pendidikan,tmt_cpns,MK TAHUN,MK BULAN,TMT GOLONGAN,tanggal_pensiun'
	for ((i = 10; i < 110; i++)); do
		echo "1990010120200110$i,N$i,PNS,III/a,pelaksana,Dinas A,Analis,S1,2020-01-01,5,0,2026-01-01,2060-01-01"
	done
}

@test "biaya: the Monte Carlo band of the cost follows the binomial exits (R's pbinom)" {
	alike > p.csv
	run --separate-stderr asn-forecast -q --as-of 2026-01-01 --by unit --years 1 --biaya b0.csv \
		-o /dev/null p.csv
	c=$(( $(grep '^2026,Total' b0.csv | cut -d, -f6) / 100 ))
	[[ $c -gt 0 ]]
	# the cap at 95.25 c: an APBD of 317.5 c
	run --separate-stderr asn-forecast -q --as-of 2026-01-01 --by unit --years 1 --biaya b.csv \
		--exit-rate 0.1 --sims 20000 --seed 11 --apbd "$(( c * 3175 / 10 )).$(( c * 3175 % 10 ))" \
		-o /dev/null p.csv
	assert_equal "$status" 0
	row=$(grep '^2026,Total' b.csv)
	assert_equal "$(cut -d, -f6 <<< "$row")" "$(( c * 95 ))"
	lo=$(awk -v c="$c" 'BEGIN { printf "%.0f", c * 92.5 }')
	hi=$(awk -v c="$c" 'BEGIN { printf "%.0f", c * 97.5 }')
	assert_equal "$(cut -d, -f13,14 <<< "$row")" "$lo,$hi"
	# the one group's band is the total's
	assert_equal "$(grep '^2026,Dinas A' b.csv | cut -d, -f13,14)" "$lo,$hi"
	p=$(cut -d, -f15 <<< "$row")
	awk -v p="$p" 'BEGIN { exit !(p > 0.4363 && p < 0.4663) }'
}

@test "biaya: with no exits the band is the cost itself, the plan's entrants included" {
	printf 'nama,kuota\nnol,0\nisi,isi\n' > s.csv
	run --separate-stderr asn-forecast -q --plan --as-of 2026-01-01 --years 2 --sims 50 \
		--needs "$B/formasi.csv" --skenario s.csv --biaya biaya.csv --apbd 700000000 "$B/pegawai.csv"
	# every year of both: biaya_lo = biaya_hi = biaya_total; the cap is
	# passed in 2026 (32.05 %) and with the two hires in 2027 (43.72 %)
	assert_equal "$(echo "$output" | awk -F, 'NR > 1 { print $1, $2, ($12 == $14 && $12 == $15), $16 }' | tr '\n' ' ')" \
		"nol 2026 1 1.0000 nol 2027 1 0.0000 isi 2026 1 1.0000 isi 2027 1 1.0000 "
	# the --biaya table is the staff's cost alone, with no band
	refute grep -q biaya_lo biaya.csv
}

@test "biaya: the projection's own intake (--hire fill) is costed, as PNS entrants" {
	run --separate-stderr asn-forecast -q --as-of 2026-01-01 --by unit,jabatan --years 2 \
		--needs "$B/formasi.csv" --biaya none.csv -o /dev/null "$B/pegawai.csv"
	run --separate-stderr asn-forecast -q --as-of 2026-01-01 --by unit,jabatan --years 2 \
		--needs "$B/formasi.csv" --hire fill --biaya fill.csv -o f.csv "$B/pegawai.csv"
	# one Analis and one Guru hired at the end of 2026, each an S1 CPNS at
	# III/a: 40,764,936 a year (above)
	assert_equal "$(awk -F, '$1 == 2026 { m += $7 } END { print m }' f.csv)" 2
	assert_equal "$(grep '^2026,Total' fill.csv)" "$(grep '^2026,Total' none.csv)"
	assert_equal "$(( $(grep '^2027,Total' fill.csv | cut -d, -f7) - $(grep '^2027,Total' none.csv | cut -d, -f7) ))" 81529872
}

# A move costs the member where they go: Dinas A's second Guru (retiring
# last) moved to Dinas B costs what it would cost had the export put them
# there.
@test "biaya: staff moved by --pindah are costed in the position they join" {
	head -1 "$B/pegawai.csv" > p.csv
	cat >> p.csv <<'CSV'
199801012026011001,A1,PNS,III/a,fungsional_ahli_pertama,Dinas A,Guru,S1,2020-01-01,6,0,2026-01-01,III/a,2027-07-01
199801012026011002,A2,PPPK,IX,fungsional_ahli_pertama,Dinas A,Guru,S1,2022-01-01,4,0,2026-01-01,,2060-01-01
199801012026011003,B1,PNS,III/b,fungsional_ahli_pertama,Dinas B,Guru,S1,2010-01-01,12,0,2026-01-01,III/a,2050-01-01
CSV
	sed 's/,A2,PPPK,IX,fungsional_ahli_pertama,Dinas A,/,A2,PPPK,IX,fungsional_ahli_pertama,Dinas B,/' p.csv > q.csv
	printf 'unit,jabatan,kebutuhan\nDinas A,Guru,2\nDinas B,Guru,2\n' > n.csv
	printf 'jabatan,dari_unit,ke_unit,jumlah\nGuru,Dinas A,Dinas B,1\n' > m.csv
	run --separate-stderr asn-forecast -q --plan --as-of 2026-01-01 --years 2 --kuota 0 \
		--needs n.csv --pindah m.csv --biaya moved.csv -o /dev/null p.csv
	assert_equal "$status" 0
	run --separate-stderr asn-forecast -q --plan --as-of 2026-01-01 --years 2 --kuota 0 \
		--needs n.csv --biaya there.csv -o /dev/null q.csv
	assert_equal "$(cat moved.csv)" "$(cat there.csv)"
	# and not as before the move
	run --separate-stderr asn-forecast -q --plan --as-of 2026-01-01 --years 2 --kuota 0 \
		--needs n.csv --biaya stay.csv -o /dev/null p.csv
	[[ $(grep '^2026,Dinas B' stay.csv | cut -d, -f7) -lt $(grep '^2026,Dinas B' moved.csv | cut -d, -f7) ]]
}

# --biaya-rincian: the members of the first test, a row per year and row of
# the pay table, each the figure worked by hand there (B's 2027 in two rows:
# six months as CPNS at II/a's first step, six as PNS at its second; C at
# IX's step of masa kerja 2 both years; D at IV/e's last row, 32).
@test "biaya: --biaya-rincian lists each member's pay per year and row of the pay table" {
	run --separate-stderr asn-forecast -q --as-of 2026-01-01 --by unit --years 2 --biaya biaya.csv \
		--biaya-rincian rincian.csv -o /dev/null "$B/pegawai.csv"
	assert_equal "$status" 1
	assert_equal "$(cat rincian.csv)" "$(cat "$B/rincian.expected.csv")"
	# the rows add up to the table's totals, year by year
	assert_equal "$(awk -F, 'NR > 1 { t[$1] += $14 } END { for (y in t) print y "," t[y] }' rincian.csv | sort)" \
		"$(grep ',Total,' biaya.csv | cut -d, -f1,6)"
	run --separate-stderr asn-forecast --biaya-rincian r.csv "$B/pegawai.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-forecast: --gaji, --apbd and --biaya-rincian go with --biaya"
	[ ! -e r.csv ]
}

@test "biaya: costing the runs draws no headcount differently (the projection is the same bytes)" {
	alike > p.csv
	run --separate-stderr asn-forecast -q --as-of 2026-03-01 --by unit --years 3 --exit-rate 0.1 \
		--sims 300 --seed 4 -o a.csv p.csv
	run --separate-stderr asn-forecast -q --as-of 2026-03-01 --by unit --years 3 --exit-rate 0.1 \
		--sims 300 --seed 4 --biaya b.csv -o b.csv.proj p.csv
	cmp a.csv b.csv.proj
	# and the band is there, around the expected cost
	awk -F, 'NR > 1 && $2 == "Total" { if (!($13 <= $6 && $6 <= $14)) exit 1 }' b.csv
}

# Sixty members alike in twenty units of three, each unit's need 3, a rate
# of 0.1: 0.3 exits a unit a year, which the whole-number path rounds away
# for years.  The runs hire for every exit they draw; the table's intake
# is the unrounded path's, so its cost stays within the runs' band.
@test "biaya: with --hire fill the table's cost lies within the runs' band" {
	local u i
	{
		echo 'nip,nama,status,golongan,jenis_jabatan,unit,jabatan,pendidikan,tmt_cpns,MK TAHUN,MK BULAN,TMT GOLONGAN,tanggal_pensiun'
		for ((u = 10; u < 30; u++)); do
			for ((i = 1; i <= 3; i++)); do
				echo "19900101202001$u$i,N,PNS,III/a,pelaksana,Dinas $u,Analis,S1,2020-01-01,5,0,2026-01-01,2060-01-01"
			done
		done
	} > p.csv
	{
		echo 'unit,jabatan,kebutuhan'
		for ((u = 10; u < 30; u++)); do echo "Dinas $u,Analis,3"; done
	} > n.csv
	run --separate-stderr asn-forecast -q --as-of 2026-01-01 --by unit,jabatan --years 4 \
		--needs n.csv --hire fill --exit-rate 0.1 --sims 2000 --seed 3 --biaya b.csv -o /dev/null p.csv
	assert_success
	assert_equal "$(awk -F, '$2 == "Total" && $14 <= $7 && $7 <= $15' b.csv | wc -l)" 4
}

@test "biaya: --plan --sims: the plan simulated with its hires gives its cost a band; its table is the same" {
	run --separate-stderr asn-forecast -q --plan --as-of 2026-01-01 --years 3 --needs "$B/formasi.csv" \
		--exit-rate 0.1 -o plan0.csv "$B/pegawai.csv"
	run --separate-stderr asn-forecast -q --plan --as-of 2026-01-01 --years 3 --needs "$B/formasi.csv" \
		--exit-rate 0.1 --sims 500 --biaya b.csv --apbd 700000000 -o plan.csv "$B/pegawai.csv"
	cmp plan0.csv plan.csv
	assert_equal "$(head -1 b.csv | cut -d, -f14-)" "biaya_lo,biaya_hi,p_lewat_batas"
	# every year's cost within its band, the plan's hires in it
	assert_equal "$(awk -F, '$2 == "Total" && $14 <= $7 && $7 <= $15' b.csv | wc -l)" 3
	# --sims with --plan needs --biaya or --skenario
	run --separate-stderr asn-forecast --plan --needs "$B/formasi.csv" --sims 10 "$B/pegawai.csv"
	assert_equal "$status" 2
	[[ $stderr == *"--sims, --threads only with --skenario or --biaya" ]]
}
