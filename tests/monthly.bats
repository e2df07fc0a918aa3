#!/usr/bin/env bats
# asn-monthly-report (examples/monthly-report.sh): options and environment,
# the month of the data, a month never overwritten without --force and
# replaced whole with it, the summary and the log, the manifest, and two
# consecutive months of the Mamuju example.

load helper

JOB=$ROOT/examples/monthly-report.sh
# 2026-11-01 00:00:00 UTC
EPOCH=1793491200

# Every option of the job: its --help and its man page give each one.
OPTIONS=(--data --out --period --as-of --config --map --title --kuota --apbd --seed --exit-rate
	--force --strict --log -q --quiet -h --help -V --version)

# A small export: seven good rows; "faults" adds four rows asn-import refuses.
small() {
	mkdir -p "$1"
	if [[ ${2:-} == faults ]]; then
		cp "$FIX/import/siasn-small.csv" "$1/siasn-export.csv"
	else
		sed '5d;9,$d' "$FIX/import/siasn-small.csv" > "$1/siasn-export.csv"
	fi
}

# sha256 of every file of a folder, names relative.
sums() {
	(cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
}

# The two months of the Mamuju example are made once for the tests that
# read them: 2026-11 from SOURCE_DATE_EPOCH, 2026-12 from AS_OF, quiet.
setup_file() {
	[ -f "$ROOT/examples/mamuju/siasn-export.csv" ] || return 0
	cd "$BATS_FILE_TMPDIR" || return 1
	local rc=0
	SOURCE_DATE_EPOCH=$EPOCH "$JOB" mamuju > nov.out 2> nov.err || rc=$?
	echo $rc > nov.status
	rc=0
	AS_OF=2026-12-01 "$JOB" -q --out mamuju > dec.out 2> dec.err || rc=$?
	echo $rc > dec.status
}

mamuju() {
	[ -f "$ROOT/examples/mamuju/siasn-export.csv" ] || skip "no Mamuju example"
	M=$BATS_FILE_TMPDIR/mamuju
}

@test "monthly: --help lists every option, and so does the man page" {
	local o man

	run --separate-stderr "$JOB" --help
	assert_success
	assert_equal "$stderr" ""
	man=$(sed 's/\\-/-/g; s/\\f[BIRP]//g' "$ROOT/cmd/asn-monthly-report.1")
	for o in "${OPTIONS[@]}"; do
		grep -qE -- "(^|[ ,])$o([ ,=]|$)" <<< "$output" || { echo "--help: no $o"; false; }
		grep -qE -- "(^|[ ,])$o([ ,=]|$)" <<< "$man" || { echo "man: no $o"; false; }
	done
	# and no option the job does not take
	for o in $(grep -oE -- '--[a-z][a-z-]*' <<< "$output" | sort -u); do
		[[ " ${OPTIONS[*]} " == *" $o "* ]] || { echo "--help: unknown $o"; false; }
	done
	run "$JOB" -h
	assert_success
	run --separate-stderr "$JOB" --no-such-option
	assert_equal "$status" 2
	[[ $stderr == *"unknown option '--no-such-option'"*"usage: asn-monthly-report"* ]]
	run --separate-stderr "$JOB" --data
	assert_equal "$status" 2
	[[ $stderr == *"option '--data' requires an argument"* ]]
	run --separate-stderr "$JOB" --force=yes
	assert_equal "$status" 2
	run --separate-stderr "$JOB" --version
	assert_success
	assert_output "asn-monthly-report 0.1.0"
}

@test "monthly: a period that is not the month of the as-of date exits 2, naming both" {
	small data
	run --separate-stderr "$JOB" --data data --out out --period 2026-12 --as-of 2026-11-01
	assert_equal "$status" 2
	[[ $stderr == *"period 2026-12 is not the month of the data (as-of 2026-11-01, month 2026-11)"* ]]
	# the positional form, and the default as-of of SOURCE_DATE_EPOCH
	run --separate-stderr env SOURCE_DATE_EPOCH=$EPOCH "$JOB" --data data out 2026-10
	assert_equal "$status" 2
	[[ $stderr == *"period 2026-10 is not the month of the data (as-of 2026-11-01"* ]]
	run --separate-stderr "$JOB" --data data out 2026-13
	assert_equal "$status" 2
	[[ $stderr == *"period '2026-13': expected YYYY-MM"* ]]
	for d in 2026-02-30 2026-1-01 yesterday; do
		run --separate-stderr "$JOB" --data data --out out --as-of "$d"
		assert_equal "$status" 2
		[[ $stderr == *"as-of '$d': expected a date YYYY-MM-DD"* ]]
	done
	run --separate-stderr env SOURCE_DATE_EPOCH=soon "$JOB" --data data --out out
	assert_equal "$status" 2
	[[ $stderr == *"invalid SOURCE_DATE_EPOCH 'soon'"* ]]
	[[ ! -e out/2026-11 && ! -e out/2026-12 ]]
}

@test "monthly: options win over the environment; the environment still works" {
	small data
	small other
	echo 'bup: {default: 59}' > env.yaml
	echo 'bup: {default: 60}' > opt.yaml
	run --separate-stderr env DATA=nowhere AS_OF=2026-12-01 TITLE="Judul Lingkungan" \
		CONFIG=env.yaml "$JOB" --data data --out out --as-of 2026-11-01 \
		--title "Judul Opsi" --config opt.yaml
	assert_success
	[[ -d out/2026-11 && ! -e out/2026-12 ]]
	grep -qF "Judul Opsi" out/2026-11/laporan-2026-11.txt
	! grep -qF "Judul Lingkungan" out/2026-11/laporan-2026-11.txt
	grep -qx "configuration: $PWD/opt.yaml sha256 $(sha256sum < opt.yaml | cut -d' ' -f1)" \
		out/2026-11/run.txt
	# each variable alone
	run --separate-stderr env DATA=other AS_OF=2026-12-01 TITLE="Judul Lingkungan" \
		CONFIG=env.yaml SEED=11 KUOTA=9 EXIT_RATE=0.02 "$JOB" --out out
	assert_success
	grep -qF "Judul Lingkungan" out/2026-12/laporan-2026-12.txt
	grep -qx "configuration: $PWD/env.yaml sha256 $(sha256sum < env.yaml | cut -d' ' -f1)" \
		out/2026-12/run.txt
	grep -qx "input: $PWD/other/siasn-export.csv sha256 .*" out/2026-12/run.txt
	grep -qx "options: seed 11, kuota 9, apbd -, exit-rate 0.02, strict 0" out/2026-12/run.txt
	grep -qF -- "--seed 11 --exit-rate 0.02" out/2026-12/monthly-report.log
	# the month before gives the changes
	grep -qx "previous: $PWD/out/2026-11" out/2026-12/run.txt
}

@test "monthly: a second run without --force exits 2 and leaves the month as it was" {
	small data
	run --separate-stderr "$JOB" --data data --out out --as-of 2026-11-01
	assert_success
	sums out/2026-11 > before
	run --separate-stderr "$JOB" --data data --out out --as-of 2026-11-01
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-monthly-report: out/2026-11 exists: use --force to replace it"
	assert_output ""
	sums out/2026-11 | diff before -
	# nothing left beside it
	run ls -A out
	assert_output "2026-11
index.html"
}

@test "monthly: --force replaces the month whole, and only once the new one is made" {
	small data
	run "$JOB" --data data --out out --as-of 2026-11-01
	assert_success
	echo stale > out/2026-11/stale.csv
	sums out/2026-11 > before
	# a failing run with --force leaves the old month as it was
	mkdir broken
	printf 'a,b\n1,2\n' > broken/siasn-export.csv
	run --separate-stderr "$JOB" --data broken --out out --as-of 2026-11-01 --force
	assert_equal "$status" 2
	sums out/2026-11 | diff before -
	run --separate-stderr "$JOB" --data data --out out --as-of 2026-11-01 --force
	assert_success
	[[ ! -e out/2026-11/stale.csv ]]
	[[ -s out/2026-11/laporan-2026-11.html ]]
	# no temporary folder is left, and the failed run's log is gone
	run ls -A out
	assert_output "2026-11
index.html"
}

@test "monthly: a month folder that is a symlink, or an input in the month, is refused" {
	small data
	mkdir -p elsewhere out
	ln -s ../elsewhere out/2026-11
	run --separate-stderr "$JOB" --data data --out out --as-of 2026-11-01 --force
	assert_equal "$status" 2
	[[ $stderr == *"out/2026-11 is a symbolic link: not written through"* ]]
	run ls -A elsewhere
	assert_output ""
	rm out/2026-11
	run "$JOB" --data data --out out --as-of 2026-11-01
	assert_success
	cp data/siasn-export.csv out/2026-11/
	run --separate-stderr "$JOB" --data out/2026-11 --out out --as-of 2026-11-01 --force
	assert_equal "$status" 2
	[[ $stderr == *"/out/2026-11 is in out/2026-11, which --force would replace"* ]]
	[[ -f out/2026-11/siasn-export.csv ]]
	ln -s data/siasn-export.csv link.log
	run --separate-stderr "$JOB" --data data --out out2 --as-of 2026-11-01 --log link.log
	assert_equal "$status" 2
	[[ $stderr == *"log 'link.log' is a symbolic link: not written through"* ]]
	run --separate-stderr "$JOB" --data data --out out2 --as-of 2026-11-01 --log data/x.log
	assert_equal "$status" 2
	[[ ! -e data/x.log ]]
}

@test "monthly: SOURCE_DATE_EPOCH makes two runs byte-identical, log and run.txt too" {
	small data
	SOURCE_DATE_EPOCH=$EPOCH "$JOB" -q --data data --out out
	grep -qx "generated: 2026-11-01T00:00:00Z" out/2026-11/run.txt
	grep -qx "as-of: 2026-11-01" out/2026-11/run.txt
	sums out/2026-11 > first
	sleep 1
	SOURCE_DATE_EPOCH=$EPOCH "$JOB" -q --data data --out out --force
	sums out/2026-11 | diff first -
	# without it the stamp is the clock's
	unset SOURCE_DATE_EPOCH
	"$JOB" -q --data data --out now --as-of 2026-11-01
	run grep '^generated: ' now/2026-11/run.txt
	refute_output "generated: 2026-11-01T00:00:00Z"
	[[ $output == "generated: $(date -u +%F)T"* ]]
}

@test "monthly: the summary and the report's path are all it prints; -q prints nothing" {
	small data
	run --separate-stderr "$JOB" --data data --out out --as-of 2026-11-01
	assert_success
	assert_equal "$stderr" ""
	assert_equal "${#lines[@]}" 2
	assert_equal "${lines[0]}" "asn-monthly-report: 2026-11 written: 6 steps, 2 warnings; log out/2026-11/monthly-report.log"
	assert_equal "${lines[1]}" "out/2026-11/laporan-2026-11.html"
	# in the users' language when the locale says so
	LC_MESSAGES=id_ID.UTF-8 run --separate-stderr "$JOB" --data data --out id --as-of 2026-11-01
	assert_equal "${lines[0]}" "asn-monthly-report: 2026-11 ditulis: 6 langkah, 2 peringatan; log id/2026-11/monthly-report.log"
	# the warnings counted are those of the log
	assert_equal "$(grep -c ': warning: ' out/2026-11/monthly-report.log)" 2
	grep -qx "== 6 steps, 2 warnings" out/2026-11/monthly-report.log
	# a trailing slash is not doubled
	run --separate-stderr "$JOB" --data data --out slash/ --as-of 2026-11-01
	assert_success
	assert_equal "${lines[1]}" "slash/2026-11/laporan-2026-11.html"
	run --separate-stderr "$JOB" -q --data data --out out2 --as-of 2026-11-01 --log my.log
	assert_success
	assert_output ""
	assert_equal "$stderr" ""
	grep -q '^== asn-import: asn-import ' my.log
	[[ ! -e out2/2026-11/monthly-report.log ]]
}

@test "monthly: rows rejected: status 1 with the report written; --strict stops with 1" {
	small data faults
	run --separate-stderr "$JOB" --data data --out out --as-of 2026-11-01
	assert_equal "$status" 1
	assert_equal "$stderr" ""
	assert_line --index 0 --regexp '^asn-monthly-report: 2026-11 written: 6 steps, [0-9]+ warnings, rows rejected; log out/2026-11/monthly-report.log$'
	[[ -s out/2026-11/laporan-2026-11.html ]]
	[ "$(grep -c . out/2026-11/rejects.csv)" -eq 5 ]
	run --separate-stderr env STRICT=1 "$JOB" --data data --out strict --as-of 2026-11-01
	assert_equal "$status" 1
	[[ $stderr == *"asn-import failed with status 1; strict/2026-11 not written"* ]]
	[[ ! -e strict/2026-11 ]]
	run --separate-stderr "$JOB" --strict --data data --out strict --as-of 2026-11-01
	assert_equal "$status" 1
}

@test "monthly: a failing step stops the run with its status and the log's last lines" {
	mkdir data
	printf 'a,b\n1,2\n' > data/siasn-export.csv
	run --separate-stderr "$JOB" --data data --out out --as-of 2026-11-01
	assert_equal "$status" 2
	assert_output ""
	[[ $stderr == *"asn-monthly-report: asn-import failed with status 2; out/2026-11 not written"* ]]
	[[ $stderr == *"the last lines of out/2026-11.failed.log:"* ]]
	[[ $stderr == *"  asn-import: $PWD/data/siasn-export.csv: cannot tell the export format from the header"* ]]
	[[ ! -e out/2026-11 ]]
	grep -q "cannot tell the export format" out/2026-11.failed.log
	run ls -A out
	assert_output "2026-11.failed.log"
	: > data/siasn-export.csv
	run --separate-stderr env DATA=data "$ROOT/examples/monthly-report.sh" --out out --as-of 2026-11-01
	assert_equal "$status" 3
	[[ $stderr == *"asn-monthly-report: asn-import failed with status 3"* ]]
	run --separate-stderr "$JOB" --data data --out out --as-of 2026-11-01 --log fail.log
	assert_equal "$status" 3
	[[ $stderr == *"the last lines of fail.log:"* ]]
	grep -q '== asn-import: failed with status 3' fail.log
	rm data/siasn-export.csv
	run --separate-stderr "$JOB" --data data --out out --as-of 2026-11-01
	assert_equal "$status" 2
	[[ $stderr == *"data: no siasn-export.csv and no siasn-export*.xlsx"* ]]
	# a success afterwards removes the failed run's log
	small data
	run "$JOB" --data data --out out --as-of 2026-11-01
	assert_success
	run ls -A out
	assert_output "2026-11
index.html"
}

@test "monthly: run.txt names the configuration and its sha256, and every program is given it" {
	local steps sum

	small data
	printf 'bup:\n  default: 60\n' > asn.yaml
	sum=$(sha256sum < asn.yaml | cut -d' ' -f1)
	# found as the programs find it (./asn.yaml), then passed by its path
	run "$JOB" --data data --out out --as-of 2026-11-01
	assert_success
	grep -qx "configuration: $PWD/asn.yaml sha256 $sum" out/2026-11/run.txt
	grep -qx "asn-monthly-report: configuration $PWD/asn.yaml sha256 $sum" out/2026-11/monthly-report.log
	steps=$(grep -c '^== asn-[a-z-]*\( ([a-z]*)\| --[a-z-]*\)\?: asn-' out/2026-11/monthly-report.log)
	[ "$steps" -eq 6 ]
	[ "$(grep -c "^== .*: asn-[a-z]* -c $PWD/asn.yaml " out/2026-11/monthly-report.log)" -eq "$steps" ]
	grep -qx "tool: asn-import 0.1.0" out/2026-11/run.txt
	grep -qx "tool: asn-monthly-report 0.1.0" out/2026-11/run.txt
	grep -qx "as-of: 2026-11-01" out/2026-11/run.txt
	grep -qx "output: laporan-2026-11.html sha256 $(sha256sum < out/2026-11/laporan-2026-11.html | cut -d' ' -f1)" \
		out/2026-11/run.txt
	# $ASN_CONFIG
	cp asn.yaml env.yaml
	run env ASN_CONFIG=env.yaml "$JOB" --data data --out env --as-of 2026-11-01
	assert_success
	grep -qx "configuration: $PWD/env.yaml sha256 $sum" env/2026-11/run.txt
	# none: the built-in rules, said so
	rm asn.yaml
	run "$JOB" --data data --out none --as-of 2026-11-01
	assert_success
	grep -qx "configuration: built-in defaults (asn-import --print-config sha256 $(asn-import --print-config | sha256sum | cut -d' ' -f1))" none/2026-11/run.txt
	! grep -q -- ' -c ' none/2026-11/monthly-report.log
	# a configuration that cannot be used stops the run before any step
	printf 'bup: {default: 99}\n' > bad.yaml
	run --separate-stderr "$JOB" --data data --out bad --as-of 2026-11-01 --config bad.yaml
	assert_equal "$status" 2
	[[ $stderr == *"bad.yaml"*"the configuration cannot be used"* ]]
	[[ ! -e bad/2026-11 ]]
	run --separate-stderr "$JOB" --data data --out bad --as-of 2026-11-01 --config gone.yaml
	assert_equal "$status" 2
	[[ $stderr == *"configuration 'gone.yaml': not a readable file"* ]]
}

@test "monthly: the Mamuju example: two lines, status 1 for its refused rows, html, md and txt" {
	mamuju
	assert_equal "$(cat "$BATS_FILE_TMPDIR/nov.status")" 1
	assert_equal "$(cat "$BATS_FILE_TMPDIR/nov.err")" ""
	assert_equal "$(cat "$BATS_FILE_TMPDIR/nov.out")" "asn-monthly-report: 2026-11 written: 12 steps, 7 warnings, rows rejected; log mamuju/2026-11/monthly-report.log
mamuju/2026-11/laporan-2026-11.html"
	for f in laporan-2026-11.html laporan-2026-11.md laporan-2026-11.txt pegawai.csv \
		forecast.csv pensiun.csv rejects.csv run.txt monthly-report.log; do
		[ -s "$M/2026-11/$f" ] || { echo "no $f"; false; }
	done
	w=$(LC_ALL=C.UTF-8 wc -L < "$M/2026-11/laporan-2026-11.txt")
	[ "$w" -le 80 ]
	# the plan, the moves and both costs are in the report, the plan's cost second
	for h in "Rencana kebutuhan lima tahun" "Redistribusi pegawai" "Belanja pegawai" \
		"Pegawai saat ini (biaya.csv)" "Dengan usulan rencana (biaya-rencana.csv)"; do
		grep -qF "$h" "$M/2026-11/laporan-2026-11.txt" || { echo "no $h"; false; }
	done
	grep -qx "generated: 2026-11-01T00:00:00Z" "$M/2026-11/run.txt"
	# every table of the folder, as the README's *.csv example gives them
	run --separate-stderr asn-report -q --as-of 2026-11-01 "$M"/2026-11/*.csv
	assert_success
	for h in "Kekurangan terbesar per sekolah dan puskesmas" "Usulan kebutuhan" \
		"Calon pegawai yang dipindahkan" "Kualitas data" "Redistribusi pegawai"; do
		grep -qxF "$h" <<< "$output" || { echo "no $h"; false; }
	done
}

@test "monthly: two consecutive months: the second reads the first as --previous" {
	mamuju
	assert_equal "$(cat "$BATS_FILE_TMPDIR/dec.status")" 1
	assert_equal "$(cat "$BATS_FILE_TMPDIR/dec.out")" ""
	assert_equal "$(cat "$BATS_FILE_TMPDIR/dec.err")" ""
	grep -qx "previous: $M/2026-11" "$M/2026-12/run.txt"
	grep -qx "as-of: 2026-12-01" "$M/2026-12/run.txt"
	# the archive is read: last month for the changes, the months for the view
	grep -qF -- "--previous $M " "$M/2026-12/monthly-report.log"
	grep -q "Bulan lalu" "$M/2026-12/laporan-2026-12.txt"
	# the 2-month view, each month as its own report counts it
	local nov dec
	nov=$(grep -A8 '^Ringkasan' "$M/2026-11/laporan-2026-11.txt" | awk '/^Pegawai aktif/ { print $NF }')
	dec=$(sed -n '/^Tren bulanan$/,/^$/p;/^Tren bulanan$/,$p' "$M/2026-12/laporan-2026-12.txt" | awk '$1 == "2026-11" { print $2; exit }')
	assert_equal "$dec" "$nov"
	grep -q '^2026-12 ' "$M/2026-12/laporan-2026-12.txt"
	# and the index of both, newest first
	assert_equal "$(grep -o 'href="[^"]*html"' "$M/index.html" | tr '\n' ' ')" 'href="2026-12/laporan-2026-12.html" href="2026-11/laporan-2026-11.html" '
	! grep -q "Tren bulanan" "$M/2026-11/laporan-2026-11.txt"
	! grep -q "Bulan lalu" "$M/2026-11/laporan-2026-11.txt"
	run --separate-stderr asn-report -q -f txt --as-of 2026-12-01 --previous "$M/2026-11" \
		"$M"/2026-12/*.csv
	assert_success
	[ -z "$stderr" ]
	[[ $output == *"Bulan lalu"* ]]
}

@test "monthly: the README's example runs as written and prints what the README shows" {
	local cmd expected

	mamuju
	# the job's section of the README: its first command, and the two lines it prints
	cmd=$(awk '/^## The monthly job/ { s = 1; next } /^## / { s = 0 }
		s && /^    examples\/monthly-report.sh / { sub(/^    /, ""); sub(/ +#.*/, ""); print; exit }' \
		"$ROOT/README.md")
	expected=$(awk '/^## The monthly job/ { s = 1; next } /^## / { s = 0 }
		s && /^    (asn-monthly-report: |laporan\/)/ { sub(/^    /, ""); print }' "$ROOT/README.md")
	[[ -n $cmd && -n $expected ]]
	run --separate-stderr bash -c "${cmd/#examples\//$ROOT/examples/}"
	assert_equal "$status" 1
	assert_equal "$output" "$expected"
	grep -qx "as-of: 2026-11-01" laporan/2026-11/run.txt
}
