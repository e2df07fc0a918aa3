#!/usr/bin/env bats
# asn-forecast --plan: the five-year plan (UU 5/2014 art. 56).  Every figure
# is worked out by hand in tests/fixtures/plan/README.md; the comments give
# the computation of the ones checked here.

load helper

F=$FIX/plan
PLAN=(--plan --as-of 2026-01-01)

@test "plan: the hand-worked plan of 4 positions over 3 years with a quota that cuts" {
	run --separate-stderr asn-forecast "${PLAN[@]}" --years 3 --needs "$F/formasi.csv" \
		--ikm "$F/ikm.csv" --kuota 4 "$F/pegawai.csv"
	assert_success
	assert_equal "$output" "$(cat "$F/plan.expected.csv")"
	# 2026: kurang 2 + 3 + 1 + 1 = 7, usulan 2 + 2 = 4 (PNS 1 of the dokter),
	# sisa 1 + 1 + 1 = 3; 2027: 1 + 2 + 2 = 5, 1 + 2 + 1 = 4, 1; 2028: 2 + 1 = 3
	assert_equal "${stderr_lines[0]}" \
		"asn-forecast: 2026: kurang 7 in 4 positions, usulan 4 (pns 1, pppk 3), sisa 3"
	assert_equal "${stderr_lines[1]}" \
		"asn-forecast: 2027: kurang 5 in 3 positions, usulan 4 (pns 1, pppk 3), sisa 1"
	assert_equal "${stderr_lines[2]}" \
		"asn-forecast: 2028: kurang 3 in 2 positions, usulan 3 (pns 2, pppk 1), sisa 0"
	assert_equal "${stderr_lines[3]}" "asn-forecast: read 19, in post 19, already retired 0, rejected 0"
}

@test "plan: the group at the cut gets the remainder, the rest carry their shortage" {
	run --separate-stderr asn-forecast "${PLAN[@]}" --years 3 --needs "$F/formasi.csv" \
		--ikm "$F/ikm.csv" --kuota 4 "$F/pegawai.csv"
	# 2026 by peringkat: dokter 2 of 2, guru 2 of 3 (4 - 2 left), then 0 and 0
	assert_line --index 1 "2026,Dinas Kesehatan,Dokter Ahli Pertama,4,2,2,tidak,kesehatan,1.000,0.500,0.000,0.200,0.570,1,2,1,1,0"
	assert_line --index 2 "2026,Dinas Pendidikan,Guru Ahli Pertama,10,7,3,tidak,pendidikan,1.000,0.300,0.250,0.100,0.550,2,2,0,2,1"
	assert_line --index 3 --partial ",0.470,3,0,0,0,1"
	assert_line --index 4 --partial ",0.310,4,0,0,0,1"
}

@test "plan: PPPK is the sector's share rounded half up (50 % of 1 is 1)" {
	run --separate-stderr asn-forecast "${PLAN[@]}" --years 3 --needs "$F/formasi.csv" \
		--ikm "$F/ikm.csv" --kuota 4 "$F/pegawai.csv"
	# perawat 2027: usulan 1, 0.5 x 1 = 0.5 -> PPPK 1, PNS 0;
	# 2028: usulan 2, 0.5 x 2 = 1 -> PPPK 1, PNS 1
	assert_line --index 5 --partial "2027,Dinas Kesehatan,Perawat Terampil,6,5,1,tidak,kesehatan,1.000,0.167,0.400,0.200,0.550,1,1,0,1,0"
	assert_line --index 8 --partial "2028,Dinas Kesehatan,Perawat Terampil,6,4,2,tidak,kesehatan,1.000,0.333,0.333,0.200,0.587,1,2,1,1,0"
}

@test "plan: without --kuota every shortage is filled" {
	run --separate-stderr asn-forecast "${PLAN[@]}" --years 3 --needs "$F/formasi.csv" \
		--ikm "$F/ikm.csv" "$F/pegawai.csv"
	assert_success
	# usulan = kurang in every row, so sisa is 0 everywhere
	run awk -F, 'NR > 1 && ($15 != $6 || $18 != 0)' <<< "$output"
	assert_output ""
	assert_equal "${stderr_lines[0]}" \
		"asn-forecast: 2026: kurang 7 in 4 positions, usulan 7 (pns 2, pppk 5), sisa 0"
}

@test "plan: the submission table (usulan kebutuhan) with kualifikasi from the standard" {
	run --separate-stderr asn-forecast "${PLAN[@]}" --years 3 --needs "$F/formasi.csv" \
		--ikm "$F/ikm.csv" --kuota 4 --usulan usulan.csv --standar "$F/standar.yaml" \
		-o plan.csv "$F/pegawai.csv"
	assert_success
	assert_equal "$(cat plan.csv)" "$(cat "$F/plan.expected.csv")"
	# guru 2 + 2 + 0 = 4, all PPPK; perawat 0 + 1 + 2 = 3, PNS 0 + 1, PPPK 1 + 1
	assert_equal "$(cat usulan.csv)" "$(cat "$F/usulan.expected.csv")"
	run --separate-stderr asn-forecast "${PLAN[@]}" --years 3 --needs "$F/formasi.csv" \
		--usulan usulan2.csv "$F/pegawai.csv"
	assert_success
	[[ "$stderr" == *"usulan2.csv: kualifikasi_pendidikan empty: no --standar"* ]]
	# 4 rows, each with an empty kualifikasi_pendidikan
	run awk -F, 'NR > 1 && $4 != "" { print }; END { print NR }' usulan2.csv
	assert_output "5"
}

@test "plan: a quota per sector and year, wajib first, a wajib post not found is a warning" {
	run --separate-stderr asn-forecast "${PLAN[@]}" --years 3 --needs "$F/formasi.csv" \
		--kuota "$F/kuota.csv" --prioritas "$F/wajib.yaml" "$F/pegawai.csv"
	assert_success
	[[ "$stderr" == *"wajib.yaml:5:5: wajib 'Juru Pungut Retribusi': no such position among the groups: not used"* ]]
	# 2026: PUPR wajib first with skor 0.310 < the others; dokter min(2,
	# kesehatan 1) = 1; guru min(3, 4 - 1 - 1) = 2; perawat 0
	assert_line --index 1 "2026,Dinas Pekerjaan Umum dan Penataan Ruang,Pengadministrasi Perkantoran,5,4,1,ya,teknis,0.500,0.200,0.250,0.000,0.310,1,1,1,0,0"
	assert_line --index 2 --partial ",Dokter Ahli Pertama,4,2,2,tidak,kesehatan,1.000,0.500,0.000,0.000,0.550,2,1,0,1,1"
	assert_line --index 3 --partial ",Guru Ahli Pertama,10,7,3,tidak,pendidikan,1.000,0.300,0.250,0.000,0.540,3,2,0,2,1"
	assert_line --index 4 --partial ",0.450,4,0,0,0,1"
	# 2027: kuota pendidikan 0: the guru gets nothing, sisa 2
	assert_line --index 7 --partial "2027,Dinas Pendidikan,Guru Ahli Pertama,10,8,2,tidak,pendidikan,1.000,0.200,0.111,0.000,0.482,3,0,0,0,2"
}

@test "plan: a tie on skor goes to the larger kurang, then the keys in byte order" {
	run --separate-stderr asn-forecast "${PLAN[@]}" --years 1 --needs "$F/tie-formasi.csv" \
		--kuota 2 "$F/tie.csv"
	assert_success
	# each skor 0.4 x 0.5 + 0.3 x 0.2 = 0.260
	assert_line --index 1 "2026,Sekretariat Daerah,Arsiparis Terampil,10,8,2,tidak,teknis,0.500,0.200,0.000,0.000,0.260,1,2,2,0,0"
	assert_line --index 2 "2026,Sekretariat Daerah,Analis Kebijakan Ahli Pertama,5,4,1,tidak,teknis,0.500,0.200,0.000,0.000,0.260,2,0,0,0,1"
	assert_line --index 3 "2026,Sekretariat Daerah,Pranata Komputer Terampil,5,4,1,tidak,teknis,0.500,0.200,0.000,0.000,0.260,3,0,0,0,1"
}

@test "plan: moves are applied first; an unknown position and a move too large are rejected rows" {
	run --separate-stderr asn-forecast "${PLAN[@]}" --years 2 --by unit,subunit,jabatan \
		--needs "$F/sekolah-formasi.csv" "$F/sekolah.csv"
	assert_success
	# without moves: SD 2 has 1 of 3, kurang 2, skor 0.4 + 0.3 x 2/3 = 0.600
	assert_line --index 1 "2026,Dinas Pendidikan,SD Negeri 2 Mamuju,Guru Kelas Ahli Pertama,3,1,2,tidak,pendidikan,1.000,0.667,0.000,0.000,0.600,1,2,0,2,0"
	run --separate-stderr asn-forecast "${PLAN[@]}" --years 2 --by unit,subunit,jabatan \
		--needs "$F/sekolah-formasi.csv" --pindah "$F/pindah.csv" "$F/sekolah.csv"
	assert_failure 1
	# 2 move from SD 1 (keeping its 2026 and 2027 retirees): 3 - 1 = 2, kurang 1,
	# 0.4 + 0.3/3 + 0.2 x 2/3 = 0.633; 2027: 2 + 1 - 1 = 2, 0.4 + 0.1 + 0.2/3 = 0.567
	assert_equal "$output" "tahun,unit,subunit,jabatan,kebutuhan,proyeksi,kurang,wajib,sektor,komponen_sektor,rasio_kurang,pensiun_depan,ikm,skor,peringkat,usulan,pns,pppk,sisa
2026,Dinas Pendidikan,SD Negeri 1 Mamuju,Guru Kelas Ahli Pertama,3,2,1,tidak,pendidikan,1.000,0.333,0.667,0.000,0.633,1,1,0,1,0
2027,Dinas Pendidikan,SD Negeri 1 Mamuju,Guru Kelas Ahli Pertama,3,2,1,tidak,pendidikan,1.000,0.333,0.333,0.000,0.567,1,1,0,1,0"
	[[ "$stderr" == *"pindah.csv:3:2: dari_unit 'Dinas Pendidikan', jabatan 'Guru Kelas Ahli Pertama', dari_subunit 'SD Negeri 9 Mamuju': no such position in the projection"* ]]
	[[ "$stderr" == *"pindah.csv:4:6: jumlah '4': more than the 3 staff of dari_unit 'Dinas Pendidikan', jabatan 'Guru Kelas Ahli Pertama'"* ]]
	[[ "$stderr" == *"pindah.csv: 2 moved before the first year"* ]]
}

@test "plan: moves without subunit columns when --by has none" {
	printf 'jabatan,dari_unit,ke_unit,jumlah\nGuru Ahli Pertama,Dinas Pendidikan,Dinas Kesehatan,1\n' > m.csv
	run --separate-stderr asn-forecast "${PLAN[@]}" --years 1 --needs "$F/formasi.csv" \
		--pindah m.csv "$F/pegawai.csv"
	# Guru Ahli Pertama of Dinas Kesehatan is no position of the projection
	assert_failure 1
	[[ "$stderr" == *"m.csv:2:3: ke_unit 'Dinas Kesehatan', jabatan 'Guru Ahli Pertama': no such position in the projection"* ]]
}

@test "plan: bad kuota: -1 is a usage error, a bad row of the file is a rejected row" {
	run --separate-stderr asn-forecast "${PLAN[@]}" --needs "$F/formasi.csv" --kuota -1 "$F/pegawai.csv"
	assert_failure 2
	[[ "$stderr" == *"invalid value '-1' for --kuota"* ]]
	run --separate-stderr asn-forecast "${PLAN[@]}" --years 3 --needs "$F/formasi.csv" \
		--kuota "$F/kuota-bad.csv" "$F/pegawai.csv"
	assert_failure 1
	[[ "$stderr" == *"kuota-bad.csv:3:2: sektor 'olahraga': expected pendidikan, kesehatan, teknis or semua"* ]]
	[[ "$stderr" == *"kuota-bad.csv:4:1: tahun '2031': expected a year of the plan, 2026 to 2028"* ]]
	[[ "$stderr" == *"kuota-bad.csv:5:3: kuota '-2': expected a whole number from 0 to 10000000"* ]]
	[[ "$stderr" == *"kuota-bad.csv:6:2: sektor 'kesehatan': a kuota for 2026 was given before"* ]]
	# the good row (kesehatan 1 in 2026) still applies: the dokter gets 1 of 2
	assert_line --index 1 --partial ",Dokter Ahli Pertama,4,2,2,tidak,kesehatan,1.000,0.500,0.000,0.000,0.550,1,1,0,1,1"
}

@test "plan: usage errors" {
	run --separate-stderr asn-forecast "${PLAN[@]}" "$F/pegawai.csv"
	assert_failure 2
	[[ "$stderr" == *"--plan needs --needs"* ]]
	run --separate-stderr asn-forecast --kuota 3 --needs "$F/formasi.csv" "$F/pegawai.csv"
	assert_failure 2
	[[ "$stderr" == *"need --plan"* ]]
	run --separate-stderr asn-forecast "${PLAN[@]}" --needs "$F/formasi.csv" --by unit,bidang "$F/pegawai.csv"
	assert_failure 2
	run --separate-stderr asn-forecast "${PLAN[@]}" --needs "$F/formasi.csv" --by jabatan "$F/pegawai.csv"
	assert_failure 2
	run --separate-stderr asn-forecast "${PLAN[@]}" --needs "$F/formasi.csv" --sims 10 "$F/pegawai.csv"
	assert_failure 2
	run --separate-stderr asn-forecast "${PLAN[@]}" --needs "$F/formasi.csv" --standar "$F/standar.yaml" "$F/pegawai.csv"
	assert_failure 2
	[[ "$stderr" == *"--standar gives the kualifikasi of --usulan: it needs --usulan"* ]]
	run --separate-stderr asn-forecast "${PLAN[@]}" --needs "$F/formasi.csv" --usulan out.csv -o out.csv "$F/pegawai.csv"
	assert_failure 2
}

@test "plan: a bad priority set names file, line and column" {
	printf 'bobot:\n  sektor: -1\n' > p.yaml
	run --separate-stderr asn-forecast "${PLAN[@]}" --needs "$F/formasi.csv" --prioritas p.yaml "$F/pegawai.csv"
	assert_failure 2
	[[ "$stderr" == *"p.yaml:2:11:"*"-1"* ]]
	printf 'sektor:\n  olahraga: {bobot: 1}\n' > p.yaml
	run --separate-stderr asn-forecast "${PLAN[@]}" --needs "$F/formasi.csv" --prioritas p.yaml "$F/pegawai.csv"
	assert_failure 2
	[[ "$stderr" == *"p.yaml:2:3: unknown key 'olahraga'"* ]]
	printf 'sektor:\n  teknis: {jabatan: ["Analis*"]}\n' > p.yaml
	run --separate-stderr asn-forecast "${PLAN[@]}" --needs "$F/formasi.csv" --prioritas p.yaml "$F/pegawai.csv"
	assert_failure 2
	printf 'wajib: ["|Guru"]\n' > p.yaml
	run --separate-stderr asn-forecast "${PLAN[@]}" --needs "$F/formasi.csv" --prioritas p.yaml "$F/pegawai.csv"
	assert_failure 2
	[[ "$stderr" == *"p.yaml:1:9: key 'wajib': expected a jabatan or unit|jabatan, got '|Guru'"* ]]
}

@test "plan: weights and sectors from --prioritas change the order" {
	# teknis weighted as high as the others and rasio_kurang alone beside it:
	# 2026 skor = 0.5 x 1 + 0.5 x rasio: dokter 0.750, guru 0.650, T 0.600, perawat 0.583
	printf 'bobot: {sektor: 0.5, rasio_kurang: 0.5, pensiun_depan: 0, ikm: 0}\nsektor:\n  teknis: {bobot: 1, pppk_persen: 100}\n' > p.yaml
	run --separate-stderr asn-forecast "${PLAN[@]}" --years 1 --needs "$F/formasi.csv" \
		--prioritas p.yaml "$F/pegawai.csv"
	assert_success
	assert_line --index 1 --partial ",Dokter Ahli Pertama,4,2,2,tidak,kesehatan,1.000,0.500,0.000,0.000,0.750,1,2,1,1,0"
	assert_line --index 2 --partial ",Guru Ahli Pertama,10,7,3,tidak,pendidikan,1.000,0.300,0.250,0.000,0.650,2,3,0,3,0"
	assert_line --index 3 --partial ",Pengadministrasi Perkantoran,5,4,1,tidak,teknis,1.000,0.200,0.250,0.000,0.600,3,1,0,1,0"
	assert_line --index 4 --partial ",Perawat Terampil,6,5,1,tidak,kesehatan,1.000,0.167,0.000,0.000,0.583,4,1,0,1,0"
}

@test "plan: same inputs, same plan, byte for byte" {
	asn-forecast -q "${PLAN[@]}" --years 3 --needs "$F/formasi.csv" --ikm "$F/ikm.csv" \
		--kuota 4 --usulan u1.csv -o p1.csv "$F/pegawai.csv"
	asn-forecast -q "${PLAN[@]}" --years 3 --needs "$F/formasi.csv" --ikm "$F/ikm.csv" \
		--kuota 4 --usulan u2.csv -o p2.csv "$F/pegawai.csv"
	cmp p1.csv p2.csv
	cmp u1.csv u2.csv
}

@test "plan: a bad IKM row is rejected, the rest used" {
	printf 'unit,nilai_ikm\nDinas Kesehatan,80\nDinas Pendidikan,101\nDinas Kesehatan,70\nDinas PUPR,\n' > ikm.csv
	run --separate-stderr asn-forecast "${PLAN[@]}" --years 1 --needs "$F/formasi.csv" \
		--ikm ikm.csv "$F/pegawai.csv"
	assert_failure 1
	[[ "$stderr" == *"ikm.csv:3:2: nilai_ikm '101': expected a number from 0 to 100"* ]]
	[[ "$stderr" == *"ikm.csv:4:1: unit 'Dinas Kesehatan': given before: one nilai_ikm per unit"* ]]
	[[ "$stderr" == *"ikm.csv: 1 unit without nilai_ikm: ikm 0"* ]]
	# Dinas Kesehatan (100 - 80) / 100 = 0.2
	assert_line --index 1 --partial ",Dokter Ahli Pertama,4,2,2,tidak,kesehatan,1.000,0.500,0.000,0.200,0.570,"
}

# The fixture's four positions (README.md) under three policies, by hand:
# no hires: 19 - 1 (G, 2026) = 18, short G 3, P 1, D 2, T 1 = 7; 2027 G and
# T lose one each: 16, short 4 + 1 + 2 + 2 = 9; 2028 P loses 2: 14, short
# 4 + 3 + 2 + 2 = 11.  Quota 4: the hand-worked plan's hires 4, 4, 3 and its
# sisa 3, 1, 0 as the shortage left.  Fill: the 7 short in 2026, then each
# year's retirements (2, then 2).  The need is 10 + 6 + 4 + 5 = 25.
@test "plan: --skenario compares policies year by year, shortages added up per position" {
	run --separate-stderr asn-forecast "${PLAN[@]}" --years 3 --needs "$F/formasi.csv" \
		--ikm "$F/ikm.csv" --skenario "$F/skenario.csv" "$F/pegawai.csv"
	assert_success
	assert_equal "$output" "$(cat "$F/skenario.expected.csv")"
	# with simulations p_kurang is filled (exit rate 0: nobody leaves by chance)
	run --separate-stderr asn-forecast "${PLAN[@]}" --years 3 --needs "$F/formasi.csv" \
		--skenario "$F/skenario.csv" --sims 200 --seed 3 "$F/pegawai.csv"
	assert_success
	assert_equal "$(echo "$output" | sed -n 2p)" "tanpa rekrutmen,2026,19,1,0,0,18,25,7,4,1.0000"
	assert_equal "$(echo "$output" | sed -n 8p)" "isi,2026,19,1,0,7,25,25,0,0,0.0000"
}

@test "plan: --skenario with the moves, and its errors" {
	printf 'nama,kuota,pindah\npindah,0,ya\n' > s.csv
	run --separate-stderr asn-forecast "${PLAN[@]}" --years 1 --needs "$F/formasi.csv" \
		--skenario s.csv "$F/pegawai.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-forecast: scenario 'pindah' moves staff first (pindah ya): give the moves with --pindah"
	printf 'nama,kuota,pindah,exit_rate\n,1,,\na,-1,,\nb,1,mungkin,\nc,1,,2\nd,1,,\nd,2,,\n' > s.csv
	run --separate-stderr asn-forecast "${PLAN[@]}" --years 1 --needs "$F/formasi.csv" \
		--skenario s.csv "$F/pegawai.csv"
	assert_equal "$status" 1
	assert_equal "${stderr_lines[0]}" "asn-forecast: s.csv:2:1: nama is empty"
	assert_equal "${stderr_lines[1]}" "asn-forecast: s.csv:3:2: kuota '-1': expected a whole number of hires a year, 0 or more, or isi (every shortfall filled)"
	assert_equal "${stderr_lines[2]}" "asn-forecast: s.csv:4:3: pindah 'mungkin': expected ya or tidak (empty: tidak)"
	assert_equal "${stderr_lines[3]}" "asn-forecast: s.csv:5:4: exit_rate '2': expected a number from 0 to 1 (empty: the run's)"
	assert_equal "${stderr_lines[4]}" "asn-forecast: s.csv:7:1: nama 'd': given twice"
	assert_equal "$(echo "$output" | cut -d, -f1 | sort -u | tr '\n' ' ')" "d skenario "
	run --separate-stderr asn-forecast "${PLAN[@]}" --needs "$F/formasi.csv" --kuota 3 \
		--skenario "$F/skenario.csv" "$F/pegawai.csv"
	assert_equal "$status" 2
	run --separate-stderr asn-forecast --as-of 2026-01-01 --skenario "$F/skenario.csv" "$F/pegawai.csv"
	assert_equal "$status" 2
}
