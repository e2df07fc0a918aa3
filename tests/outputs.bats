#!/usr/bin/env bats
# What -o and --rejects may write over: never an input, never through a
# symlink, never one output over another; a file replaced keeps its mode.
# Each case below once destroyed or widened a file.

load helper

setup() {
	cd "$BATS_TEST_TMPDIR" || return 1
	cp "$FIX/import/siasn-real.csv" export.csv
	cp export.csv export.orig
	asn-import -q --as-of 2026-11-01 -o pegawai.csv export.csv 2>/dev/null || true
}

@test "outputs: -o naming the input, directly or through a symlink, is refused before any work" {
	run --separate-stderr asn-import -q --as-of 2026-11-01 -o export.csv export.csv
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-import: output 'export.csv' is the input 'export.csv': an input is never written over"
	cmp export.csv export.orig
	ln -s export.csv link.csv
	run --separate-stderr asn-import -q --as-of 2026-11-01 -o link.csv export.csv
	assert_equal "$status" 2
	cmp export.csv export.orig
	[[ -L link.csv ]]
	run --separate-stderr asn-import -q --as-of 2026-11-01 -r export.csv export.csv
	assert_equal "$status" 2
	cmp export.csv export.orig
	cp pegawai.csv p.orig
	run --separate-stderr asn-gap -q --as-of 2026-11-01 -n pegawai.csv -o pegawai.csv pegawai.csv
	assert_equal "$status" 2
	cmp pegawai.csv p.orig
	run --separate-stderr asn-forecast -q --as-of 2026-11-01 --history pegawai.csv -o pegawai.csv x.csv
	assert_equal "$status" 2
	run --separate-stderr asn-report -q --as-of 2026-11-01 -o pegawai.csv pegawai.csv
	assert_equal "$status" 2
	cmp pegawai.csv p.orig
}

@test "outputs: --rejects and -o naming the same file are refused" {
	run --separate-stderr asn-import -q --as-of 2026-11-01 -r out.csv -o out.csv export.csv
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-import: 'out.csv' named for two outputs: each needs its own"
	[[ ! -e out.csv ]]
	echo old > out.csv
	ln -s out.csv other.csv
	run --separate-stderr asn-import -q --as-of 2026-11-01 -r out.csv -o other.csv export.csv
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-import: 'other.csv' and 'out.csv' are the same file: each output needs its own"
	assert_equal "$(cat out.csv)" old
}

@test "outputs: a symlink as -o is replaced, its target never written" {
	echo "someone else's" > target
	ln -s target out.csv
	run --separate-stderr asn-import -q --as-of 2026-11-01 -o out.csv export.csv
	assert_equal "$status" 1
	assert_equal "$(cat target)" "someone else's"
	[[ -f out.csv && ! -L out.csv ]]
	assert_equal "$(head -c 4 out.csv)" "nip,"
	# a failing run leaves the link and its target as they were
	rm out.csv
	ln -s target out.csv
	run --separate-stderr asn-import -q --as-of 2026-11-01 -o out.csv nonexistent.csv
	assert_equal "$status" 3
	[[ -L out.csv ]]
	assert_equal "$(cat target)" "someone else's"
	assert_equal "$(ls -A | grep -c '^\.out')" 0
}

@test "outputs: a file replaced keeps its mode; a new one follows the umask" {
	echo old > kept.csv
	chmod 600 kept.csv
	run --separate-stderr asn-import -q --as-of 2026-11-01 -o kept.csv export.csv
	assert_equal "$(stat -c %a kept.csv)" 600
	assert_equal "$(head -c 4 kept.csv)" "nip,"
	chmod 640 kept.csv
	run --separate-stderr asn-gap -q --as-of 2026-11-01 -n "$FIX/gap/formasi-small.csv" -o kept.csv pegawai.csv
	assert_equal "$(stat -c %a kept.csv)" 640
	(umask 027 && asn-import -q --as-of 2026-11-01 -o new.csv export.csv) || true
	assert_equal "$(stat -c %a new.csv)" 640
}

@test "outputs: -o '' is refused before any work; a long valid name works" {
	run --separate-stderr asn-import -q --as-of 2026-11-01 -o '' export.csv
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-import: an empty output file name"
	local long
	long=$(printf 'p%.0s' $(seq 1 250)).csv
	run --separate-stderr asn-import -q --as-of 2026-11-01 -o "$long" export.csv
	assert_equal "$status" 1
	[[ -f $long ]]
	assert_equal "$(ls -A | grep -c '^\.')" 0
}

@test "outputs: --safe-cells makes a cell a spreadsheet would run as a formula text, in the table and the rejects" {
	cat > formula.csv <<-'CSV'
	nip,nama,jenis_kelamin,tanggal_lahir,status,golongan,jenis_jabatan,jabatan,bidang,unit,pendidikan,tmt_cpns
	197105121998032001,"=HYPERLINK(""http://x"",""klik"")",P,1971-05-12,PNS,IV/a,fungsional_ahli_muda,Guru Ahli Muda,pendidikan,SMP Negeri 1 Kalukku,S1,1998-03-01
	@SUM(A1),Arif,L,1980-02-03,PNS,III/c,fungsional_ahli_muda,Guru Ahli Muda,pendidikan,SMP Negeri 1 Kalukku,S1,2005-01-01
	CSV
	run --separate-stderr asn-import -q --as-of 2026-11-01 -p canonical --safe-cells -o out.csv -r rej.csv formula.csv
	assert_equal "$status" 1
	assert_equal "$(sed -n 2p out.csv | cut -d, -f1-2)" "197105121998032001,\"'=HYPERLINK(\"\"http://x\"\""
	[[ $(sed -n 2p rej.csv) == *",'@SUM(A1),"* ]]
	# without the option the cells are as they came
	run --separate-stderr asn-import -q --as-of 2026-11-01 -p canonical -o plain.csv formula.csv
	assert_equal "$(sed -n 2p plain.csv | cut -d, -f1-2)" "197105121998032001,\"=HYPERLINK(\"\"http://x\"\""
}
