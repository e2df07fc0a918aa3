#!/usr/bin/env bats
# Faults a cron job meets, for every program: full disk, a file size limit,
# closed or early closed output, a kill while writing, unreadable input,
# broken configuration, malformed CSV.  Each case gives the exact message and
# the documented exit status.

load helper

# The programs under test.  asn-report runs the cases named in REPORT_CASES,
# those it passes today (all but "utf8": invalid UTF-8 in a column it uses
# is not reported yet); once it passes them all, add it to PROGRAMS.
PROGRAMS=(import gap forecast score)
REPORT_CASES=" full closed early unreadable config malformed "

AS_OF=2026-11-01

# Minimal valid arguments of each program, without the input file.
args_of() {
	case $1 in
	import) ARGS=(-p canonical) ;;
	gap) ARGS=(-n "$FIX/gap/formasi-small.csv") ;;
	forecast) ARGS=() ;;
	score) ARGS=() ;;
	report) ARGS=(-f txt) ;;
	esac
	ARGS+=(--as-of "$AS_OF")
}

# The programs that run a case: PROGRAMS, and asn-report when it passes it.
programs_for() {
	local p

	for p in "${PROGRAMS[@]}"; do
		echo "$p"
	done
	[[ " ${PROGRAMS[*]} " == *" report "* ]] && return
	[[ $REPORT_CASES == *" $1 "* ]] && [[ -x $ASN_BIN/asn-report ]] && echo report
	return 0
}

# expect PROGRAM STATUS STDERR: the last run ended with STATUS and printed
# exactly STDERR (a glob when it holds a '*').
expect() {
	if [[ $status -ne $2 || $stderr != $3 ]]; then
		printf 'asn-%s: want status %s and stderr\n  %s\ngot status %s and stderr\n  %s\n' \
		    "$1" "$2" "$3" "$status" "$stderr"
		return 1
	fi
}

setup_file() {
	local d=$BATS_FILE_TMPDIR i

	cat > "$d/pegawai.csv" <<-'EOF'
	nip,nama,jenis_kelamin,tanggal_lahir,status,golongan,jenis_jabatan,jabatan,bidang,unit,pendidikan,tmt_cpns,tanggal_pensiun
	197105121998032001,Hasnah,P,1971-05-12,PNS,IV/a,fungsional_ahli_muda,Guru Ahli Muda,pendidikan,SMP Negeri 1 Kalukku,S1,1998-03-01,2031-06-01
	198002032005011002,"Arif, Muhammad",L,1980-02-03,PNS,III/c,fungsional_ahli_muda,Guru Ahli Muda,pendidikan,SMP Negeri 1 Kalukku,S1,2005-01-01,2040-03-01
	196811151994032004,Nurhayati,P,1968-11-15,PNS,III/b,fungsional_terampil,Perawat Terampil,kesehatan,RSUD Kabupaten Mamuju,D3,1994-03-01,2026-12-01
	EOF
	asn-synth --format canonical --rows 20000 > "$d/big.csv"
	# every byte value twice, NUL first
	for i in $(seq 0 255) $(seq 0 255); do
		printf "\\$(printf %o "$i")"
	done > "$d/garbage.bin"
	# every byte value but NUL, quote and line ends
	for i in $(seq 1 255); do
		case $i in 10|13|34) continue ;; esac
		printf "\\$(printf %o "$i")"
	done > "$d/garbage-nonul.bin"
	{
		sed -n 1,2p "$d/pegawai.csv"
		printf '198002032005011002,Muhammad Arif,L,1980-02-03,PNS,III/c,fungsional_ahli_muda,'
		head -c 10485760 /dev/zero | tr '\0' x
		printf ',pendidikan,SMP Negeri 1 Kalukku,S1,2005-01-01,2040-03-01\n'
	} > "$d/big-field.csv"
}

setup() {
	cd "$BATS_TEST_TMPDIR" || return 1
	cp "$BATS_FILE_TMPDIR/pegawai.csv" .
}

@test "faults: -o /dev/full and > /dev/full: exit 3, write error" {
	for p in $(programs_for full); do
		args_of "$p"
		run --separate-stderr "asn-$p" -q "${ARGS[@]}" -o /dev/full pegawai.csv
		expect "$p" 3 "asn-$p: /dev/full: write error: No space left on device"
		run --separate-stderr sh -c '"$@" > /dev/full' sh "asn-$p" -q "${ARGS[@]}" pegawai.csv
		expect "$p" 3 "asn-$p: <stdout>: write error: No space left on device"
	done
}

@test "faults: closed stdout with -o FILE: nothing was lost, the status is the run's" {
	local p
	for p in import gap forecast; do
		args_of "$p"
		run --separate-stderr sh -c 'exec "$@" >&-' sh "asn-$p" -q "${ARGS[@]}" \
			-o out.csv "$BATS_FILE_TMPDIR/pegawai.csv"
		assert_equal "$status" 0
		assert_equal "$stderr" ""
		[[ -s out.csv ]]
	done
}

@test "faults: closed stdout: exit 3 with a message" {
	for p in $(programs_for closed); do
		args_of "$p"
		run --separate-stderr sh -c '"$@" >&-' sh "asn-$p" -q "${ARGS[@]}" pegawai.csv
		expect "$p" 3 "asn-$p: <stdout>: write error: Bad file descriptor"
	done
}

@test "faults: a reader that exits early (| head -1): status 0, no message" {
	local rc

	for p in $(programs_for early); do
		args_of "$p"
		"asn-$p" -q "${ARGS[@]}" "$BATS_FILE_TMPDIR/big.csv" 2> err | head -1 > first
		rc=${PIPESTATUS[0]}
		[[ $rc -eq 0 && ! -s err ]] || { echo "asn-$p: status $rc: $(cat err)"; false; }
		[ -s first ]
		# without -q only the usual notes, never an error
		"asn-$p" "${ARGS[@]}" "$BATS_FILE_TMPDIR/big.csv" 2> err | head -1 > /dev/null
		rc=${PIPESTATUS[0]}
		[[ $rc -eq 0 ]] && ! grep -Eiq 'error|broken pipe' err ||
			{ echo "asn-$p: status $rc: $(cat err)"; false; }
	done
}

@test "faults: nonexistent input file: exit 3 naming it" {
	for p in $(programs_for unreadable); do
		args_of "$p"
		run --separate-stderr "asn-$p" -q "${ARGS[@]}" nonexistent.csv
		expect "$p" 3 "asn-$p: nonexistent.csv: No such file or directory"
	done
}

@test "faults: a directory as input: exit 3, read error" {
	mkdir dir.csv
	for p in $(programs_for unreadable); do
		args_of "$p"
		run --separate-stderr "asn-$p" -q "${ARGS[@]}" dir.csv
		expect "$p" 3 "asn-$p: dir.csv: read error: Is a directory"
	done
}

@test "faults: an input without read permission: exit 3" {
	[[ $(id -u) -ne 0 ]] || skip "running as root, who may read a mode 000 file (the directory case covers unreadable input)"
	chmod 000 pegawai.csv
	for p in $(programs_for unreadable); do
		args_of "$p"
		run --separate-stderr "asn-$p" -q "${ARGS[@]}" pegawai.csv
		expect "$p" 3 "asn-$p: pegawai.csv: Permission denied"
	done
}

@test "faults: a failed run leaves -o FILE untouched and no temporary file" {
	for p in $(programs_for unreadable); do
		args_of "$p"
		rm -rf out && mkdir out && echo before > out/result
		run --separate-stderr "asn-$p" -q "${ARGS[@]}" -o out/result nonexistent.csv
		expect "$p" 3 "asn-$p: nonexistent.csv: No such file or directory"
		assert_equal "$(ls -A out)" result
		assert_equal "$(cat out/result)" before
		run --separate-stderr "asn-$p" -q "${ARGS[@]}" -o nodir/result pegawai.csv
		expect "$p" 3 "asn-$p: nodir/result: cannot create a temporary file beside it: No such file or directory"
	done
}

@test "faults: a file size limit (ulimit -f): exit 3, write error, no file left" {
	for p in $(programs_for full); do
		args_of "$p"
		rm -f out.csv
		run --separate-stderr sh -c 'ulimit -f 1 && exec "$@"' sh \
			"asn-$p" -q "${ARGS[@]}" -o out.csv "$BATS_FILE_TMPDIR/big.csv"
		expect "$p" 3 "asn-$p: out.csv: write error: File too large"
		assert_equal "$(ls -A | grep -c 'out\.csv')" 0
	done
}

@test "faults: asn-import --strict with a file size limit: exit 3, the held rows' write error, no row" {
	# the rows are held in a temporary file until the end; a write to it
	# that fails must not pass for a whole table (it did: exit 0)
	run --separate-stderr sh -c 'ulimit -f 16 && exec "$@"' sh \
		asn-import -q --strict -p canonical "$BATS_FILE_TMPDIR/big.csv"
	assert_equal "$status" 3
	assert_equal "$stderr" "asn-import: temporary file of the rows held for --strict: write error: File too large"
	assert_equal "$output" ""
}

@test "faults: killed while writing (SIGTERM, SIGHUP): no temporary file left" {
	local pid sig n writer

	# signal timing, not memory: the plain and ASan runs cover it
	[[ -z ${ASN_VALGRIND:-} ]] || skip "not under valgrind"

	mkfifo input.fifo
	# the programs that open -o before their input ends (the others write
	# only at the end; the handler is the same, in asn_cli_init)
	# under nohup SIGHUP comes ignored, and the programs keep it so
	sigs="TERM HUP"
	(( 0x$(awk '/^SigIgn/ { print $2 }' /proc/$BASHPID/status) & 1 )) && sigs=TERM
	for p in import gap score; do
		args_of "$p"
		for sig in $sigs; do
			# 300 kB of rows, then the input stays open: the program waits
			exec 4<> input.fifo
			head -c 300000 "$BATS_FILE_TMPDIR/big.csv" >&4 &
			writer=$!
			"asn-$p" -q "${ARGS[@]}" -o out.csv input.fifo 2> err &
			pid=$!
			for n in $(seq 100); do
				ls -A | grep -q '^\.out\.csv\.' && break
				sleep 0.1
			done
			ls -A | grep -q '^\.out\.csv\.' || {
				kill -s KILL "$pid" "$writer" 2> /dev/null
				exec 4>&-
				echo "asn-$p: no temporary file after 10 s"
				return 1
			}
			kill -s "$sig" "$pid"
			for n in $(seq 100); do
				kill -0 "$pid" 2> /dev/null || break
				sleep 0.1
			done
			# a slow reader (valgrind) may leave the writer blocked on the fifo
			kill "$writer" 2> /dev/null || true
			if kill -0 "$pid" 2> /dev/null; then
				kill -s KILL "$pid"
				exec 4>&-
				echo "asn-$p: still running 10 s after SIG$sig"
				return 1
			fi
			wait "$pid" && status=0 || status=$?
			wait
			exec 4>&-
			[[ $status -gt 128 ]] || { echo "asn-$p SIG$sig: status $status: $(cat err)"; false; }
			[[ $(ls -A | grep -c 'out\.csv') -eq 0 ]] ||
				{ echo "asn-$p SIG$sig: left $(ls -A | grep out)"; false; }
		done
	done
}

# config_case FILE TEXT MESSAGE: every program refuses -c FILE holding TEXT
# with exit 2 and MESSAGE (after "asn-x: ").
config_case() {
	printf "$2" > "$1"
	for p in $(programs_for config); do
		args_of "$p"
		run --separate-stderr "asn-$p" -q -c "$1" "${ARGS[@]}" pegawai.csv
		expect "$p" 2 "asn-$p: $3"
		assert_equal "$output" ""
	done
}

@test "faults: config with a YAML syntax error: file:line:column, exit 2" {
	config_case syntax.yaml 'abk:\n  wke_hours: 1250\n   rounding: ceil\n' \
		"syntax.yaml:3:12: mapping values are not allowed in this context"
	config_case flow.yaml 'abk:\n  wke_hours: [1250\n' \
		"flow.yaml:3:1: did not find expected ',' or ']' (while parsing a flow sequence at line 2, column 14)"
}

@test "faults: config with an unknown key: file:line:column, exit 2" {
	config_case unknown.yaml 'abk:\n  wke_hourz: 1250\n' \
		"unknown.yaml:2:3: unknown key 'wke_hourz' (expected one of: wke_hours, hari_kerja, minggu_kerja, rounding, pj)"
}

@test "faults: config with a duplicate key: file:line:column, exit 2" {
	config_case dup.yaml 'abk:\n  wke_hours: 1250\n  wke_hours: 1300\n' \
		"dup.yaml:3:3: duplicate key 'wke_hours' (first at line 2)"
}

@test "faults: config with a wrong type: file:line:column, exit 2" {
	config_case map.yaml 'abk: 5\n' "map.yaml:1:6: key 'abk': expected a mapping, got '5'"
	config_case list.yaml 'bup:\n  rules: 3\n' "list.yaml:2:10: key 'rules': expected a list, got '3'"
	config_case number.yaml 'abk:\n  wke_hours: banyak\n' \
		"number.yaml:2:14: key 'wke_hours': expected a number from 1 to 8784, got 'banyak'"
	config_case scalar.yaml 'abk:\n  wke_hours: {x: 1}\n' \
		"scalar.yaml:2:14: key 'wke_hours': expected a number from 1 to 8784, got a mapping"
}

@test "faults: a broken config found by lookup (ASN_CONFIG, ./asn.yaml, XDG): same message, exit 2" {
	local bad='abk:\n  wke_hourz: 1250\n'
	local msg="2:3: unknown key 'wke_hourz' (expected one of: wke_hours, hari_kerja, minggu_kerja, rounding, pj)"

	mkdir -p env xdg/asn
	printf "$bad" > env/bad.yaml
	printf "$bad" > xdg/asn/config.yaml
	printf "$bad" > asn.yaml
	for p in $(programs_for config); do
		args_of "$p"
		run --separate-stderr env ASN_CONFIG=env/bad.yaml "asn-$p" -q "${ARGS[@]}" pegawai.csv
		expect "$p" 2 "asn-$p: env/bad.yaml:$msg"
		run --separate-stderr "asn-$p" -q "${ARGS[@]}" pegawai.csv
		expect "$p" 2 "asn-$p: asn.yaml:$msg"
		mv asn.yaml asn.yaml.off
		run --separate-stderr env XDG_CONFIG_HOME="$PWD/xdg" "asn-$p" -q "${ARGS[@]}" pegawai.csv
		expect "$p" 2 "asn-$p: $PWD/xdg/asn/config.yaml:$msg"
		run --separate-stderr env ASN_CONFIG=env/none.yaml "asn-$p" -q "${ARGS[@]}" pegawai.csv
		expect "$p" 2 "asn-$p: env/none.yaml: No such file or directory"
		mv asn.yaml.off asn.yaml
	done
}

@test "faults: a nonexistent config file: exit 2 naming it" {
	for p in $(programs_for config); do
		args_of "$p"
		run --separate-stderr "asn-$p" -q -c nonexistent.yaml "${ARGS[@]}" pegawai.csv
		[[ $status -eq 2 && $stderr == "asn-$p: nonexistent.yaml"*"No such file or directory"* ]] ||
			{ echo "asn-$p: $status: $stderr"; false; }
	done
}

# malformed_case NAME STATUS MESSAGE: every program that reads the pegawai
# table refuses NAME with STATUS and "asn-x: MESSAGE" (a glob when it holds
# a '*'), leaving no output file.
malformed_case() {
	for p in $(programs_for malformed); do
		# asn-import rejects the broken row and goes on: recovers_case
		[[ $p == import && -n ${RECOVERS:-} ]] && continue
		args_of "$p"
		rm -f out.csv
		run --separate-stderr "asn-$p" -q "${ARGS[@]}" -o out.csv "$1"
		expect "$p" "$2" "asn-$p: $3"
		[[ ! -e out.csv ]] || { echo "asn-$p: out.csv written"; false; }
		assert_equal "$(ls -A | grep -c '^\.out\.csv')" 0
	done
}

# recovers_case NAME MESSAGE: asn-import rejects the one broken row of NAME
# with "NAME:LINE: reason", writes every other row and exits 1.
recovers_case() {
	rm -f out.csv
	run --separate-stderr asn-import -q --as-of 2026-11-01 -p canonical -o out.csv "$1"
	[[ $status -eq 1 && $stderr == *"asn-import: $2"* ]] ||
		{ echo "asn-import: status $status: $stderr"; false; }
	assert_equal "$(sed 1d out.csv | wc -l)" "$(($(wc -l < pegawai.csv) - 1))"
}

@test "faults: empty input: exit 3" {
	: > empty.csv
	malformed_case empty.csv 3 "empty.csv: empty input (no header row)"
}

@test "faults: header only: exit 0, no message, a well-formed output" {
	head -1 pegawai.csv > header.csv
	for p in $(programs_for malformed); do
		args_of "$p"
		run --separate-stderr "asn-$p" -q "${ARGS[@]}" header.csv
		expect "$p" 0 ""
		[[ -n $output ]]
	done
}

@test "faults: binary garbage: exit 3, NUL byte at 1:1" {
	cp "$BATS_FILE_TMPDIR/garbage.bin" .
	malformed_case garbage.bin 3 "garbage.bin:1:1: NUL byte in input (binary file?)"
}

@test "faults: binary garbage without NUL: a message naming the file, exit 2 or 3" {
	cp "$BATS_FILE_TMPDIR/garbage-nonul.bin" .
	for p in $(programs_for malformed); do
		args_of "$p"
		run --separate-stderr "asn-$p" -q "${ARGS[@]}" garbage-nonul.bin
		[[ ($status -eq 2 || $status -eq 3) && $stderr == "asn-$p: garbage-nonul.bin"* ]] ||
			{ echo "asn-$p: status $status: $stderr"; false; }
	done
}

@test "faults: unterminated quote: exit 3, line and column where it starts" {
	{ cat pegawai.csv; printf '196811151994032005,"Nurhayati,P,1968-11-15\n'; } > unterminated.csv
	RECOVERS=1 malformed_case unterminated.csv 3 "unterminated.csv:5:2: unterminated quoted field"
	recovers_case unterminated.csv "unterminated.csv:5: unterminated quoted field"
}

@test "faults: a quote inside an unquoted field: exit 3" {
	{ cat pegawai.csv; printf '196811151994032005,Nur "Ati",P\n'; } > quote.csv
	RECOVERS=1 malformed_case quote.csv 3 "quote.csv:5:2: quote in unquoted field (a field holding a quote must be quoted, with the quote doubled)"
	recovers_case quote.csv "quote.csv:5: quote in unquoted field"
}

@test "faults: a 10 MB field: exit 3, line and column where it starts" {
	ln -s "$BATS_FILE_TMPDIR/big-field.csv" big-field.csv
	RECOVERS=1 malformed_case big-field.csv 3 "big-field.csv:3:8: field longer than 1048576 bytes"
	run --separate-stderr asn-import -q --as-of 2026-11-01 -p canonical -o out.csv big-field.csv
	assert_equal "$status" 1
	[[ $stderr == *"big-field.csv:3: field longer than 1048576 bytes"* ]]
	assert_equal "$(wc -l < out.csv)" 2
}

@test "faults: ragged row: exit 3, line and first missing field" {
	{ cat pegawai.csv; printf '196811151994032005,Nurhayati,P,1968-11-15\n'; } > ragged.csv
	RECOVERS=1 malformed_case ragged.csv 3 "ragged.csv:5:5: expected 13 fields, got 4"
	recovers_case ragged.csv "ragged.csv:5: expected 13 fields, got 4"
	{ cat pegawai.csv; sed -n 2p pegawai.csv | sed 's/$/,extra/'; } > long.csv
	RECOVERS=1 malformed_case long.csv 3 "long.csv:5:14: expected 13 fields, got 14"
	recovers_case long.csv "long.csv:5: expected 13 fields, got 14"
}

@test "faults: missing required column: line 1 and the column named" {
	cut -d, -f1-9,11- pegawai.csv > nounit.csv
	cut -d, -f2- pegawai.csv > nonip.csv
	for p in $(programs_for malformed); do
		args_of "$p"
		case $p in
		import) run --separate-stderr "asn-$p" -q "${ARGS[@]}" nounit.csv
			expect "$p" 3 "asn-import: nounit.csv:1: missing column for unit (profile canonical expects 'unit')" ;;
		gap) run --separate-stderr "asn-$p" -q "${ARGS[@]}" nounit.csv
			expect "$p" 3 "asn-gap: nounit.csv:1: missing required column 'unit' (a --by key)" ;;
		forecast) run --separate-stderr "asn-$p" -q "${ARGS[@]}" nounit.csv
			expect "$p" 3 "asn-forecast: nounit.csv:1: missing required column 'unit' (--by)" ;;
		score) run --separate-stderr "asn-$p" -q "${ARGS[@]}" nonip.csv
			expect "$p" 3 "asn-score: nonip.csv:1: missing required column 'nip'" ;;
		report) run --separate-stderr "asn-$p" -q "${ARGS[@]}" nounit.csv
			expect "$p" 2 "asn-report: nounit.csv:1: header not recognised *column 'unit' is missing" ;;
		esac
		assert_equal "$output" ""
	done
}

@test "faults: duplicate column names: exit 3" {
	sed '1s/^nip,nama/nip,NIP/' pegawai.csv > dupcol.csv
	malformed_case dupcol.csv 3 "dupcol.csv:1: duplicate column 'NIP' (columns 1 and 2)"
}

@test "faults: invalid UTF-8 in a column the program uses: file:line, column named" {
	sed '3s/SMP Negeri/SMP N\xe9geri/' pegawai.csv > latin1.csv
	for p in $(programs_for utf8); do
		args_of "$p"
		run --separate-stderr "asn-$p" "${ARGS[@]}" latin1.csv
		case $p in
		import) expect "$p" 1 "asn-import: latin1.csv:3: column 'unit': invalid UTF-8 (save the file as CSV UTF-8)
asn-import: read 3, wrote 2, rejected 1" ;;
		gap) expect "$p" 1 "asn-gap: latin1.csv:3: column 'unit': invalid UTF-8 (save the file as CSV UTF-8; row not counted)
*
asn-gap: read 3, active 2, retired 0, rejected 1" ;;
		forecast) expect "$p" 1 "asn-forecast: latin1.csv:3: column 'unit': invalid UTF-8 (save the file as CSV UTF-8)
*" ;;
		score) expect "$p" 0 "asn-score: latin1.csv:3: warning: column 'unit': invalid UTF-8, written unchanged (save the file as CSV UTF-8)
*"
			# the row is kept, byte for byte
			assert_equal "${#lines[@]}" 4 ;;
		report) [[ $status -le 1 && $stderr == *"latin1.csv:3:"*"UTF-8"* ]] ||
			{ echo "asn-report: status $status: $stderr"; false; } ;;
		esac
	done
}

@test "faults: CR, CRLF line ends and a BOM read as LF" {
	mkdir lf crlf cr
	cp pegawai.csv lf/
	printf '\357\273\277' > crlf/pegawai.csv
	sed 's/$/\r/' pegawai.csv >> crlf/pegawai.csv
	tr '\n' '\r' < pegawai.csv > cr/pegawai.csv
	for p in $(programs_for malformed); do
		args_of "$p"
		cd lf
		run --separate-stderr "asn-$p" -q "${ARGS[@]}" pegawai.csv
		want=$output
		for d in crlf cr; do
			cd "../$d"
			run --separate-stderr "asn-$p" -q "${ARGS[@]}" pegawai.csv
			expect "$p" 0 ""
			assert_equal "$output" "$want"
		done
		cd ..
	done
}

@test "faults: blank lines after the header (a trailing one, as spreadsheets save) are skipped and counted" {
	{ cat "$BATS_FILE_TMPDIR/pegawai.csv"; printf '\n'; } > blank.csv
	printf 'unit,jabatan,kebutuhan\nSMP Negeri 1 Kalukku,Guru Ahli Muda,2\n\n\n' > needs.csv
	run --separate-stderr asn-gap --as-of 2026-11-01 -n needs.csv blank.csv
	assert_success
	[[ $stderr == *"asn-gap: blank.csv: 1 blank line skipped"* ]]
	[[ $stderr == *"asn-gap: needs.csv: read 1, positions 1, rejected 0, 2 blank lines skipped"* ]]
	run --separate-stderr asn-forecast --as-of 2026-11-01 --years 2 --needs needs.csv blank.csv
	assert_success
	[[ $stderr == *"asn-forecast: blank.csv: 1 blank line skipped"* ]]
	asn-gap -q --as-of 2026-11-01 -n needs.csv -o gap.csv blank.csv
	printf '\n' >> gap.csv
	run --separate-stderr asn-report --as-of 2026-11-01 -f txt blank.csv gap.csv
	assert_success
	[[ $stderr == *"asn-report: gap.csv: 1 blank line skipped"* ]]
	{ cat "$FIX/score/ikm-survey.csv"; printf '\n'; } > survey.csv
	run --separate-stderr asn-score --as-of 2026-11-01 -i survey.csv -o ikm.csv
	assert_success
	[[ $stderr == *"asn-score: survey.csv: 1 blank line skipped"* ]]
	asn-score -q --as-of 2026-11-01 -i "$FIX/score/ikm-survey.csv" | cmp - ikm.csv
	printf 'tahun,nilai\n2020,1\n2021,2\n2022,4\n\n' > series.csv
	run --separate-stderr asn-forecast --series series.csv
	assert_success
	[[ $stderr == *"asn-forecast: series.csv: 1 blank line skipped"* ]]
}

@test "faults: SOURCE_DATE_EPOCH in milliseconds is refused (exit 2), not the year 57804" {
	local p
	for p in import gap forecast; do
		args_of "$p"
		ARGS=("${ARGS[@]:0:${#ARGS[@]}-2}")   # no --as-of: the date comes from the environment
		SOURCE_DATE_EPOCH=1761955200000 run --separate-stderr "asn-$p" -q "${ARGS[@]}" \
			"$BATS_FILE_TMPDIR/pegawai.csv"
		assert_equal "$status" 2
		assert_equal "$stderr" "asn-$p: invalid SOURCE_DATE_EPOCH '1761955200000': the year 57804 is outside 1900-2199 (seconds, not milliseconds)"
	done
	run --separate-stderr asn-report --period 9999-12 "$BATS_FILE_TMPDIR/pegawai.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-report: invalid value '9999-12' for --period: the year must be from 1900 to 2199"
}

@test "faults: a config that is not one (-c /dev/zero, a huge file) is refused naming it, exit 2" {
	local p
	for p in import gap forecast score report; do
		run --separate-stderr "asn-$p" -c /dev/zero --as-of 2026-11-01 "$BATS_FILE_TMPDIR/pegawai.csv"
		assert_equal "$status" 2
		assert_equal "$stderr" "asn-$p: /dev/zero: larger than 16 MiB: not a configuration or mapping file"
	done
	run --separate-stderr asn-import -m /dev/zero "$BATS_FILE_TMPDIR/pegawai.csv"
	assert_equal "$status" 2
	[[ $stderr == *"/dev/zero: larger than 16 MiB"* ]]
}

@test "faults: a home that cannot be searched is no error: the built-in rules, with a note" {
	[[ $(id -u) -ne 0 ]] || skip "root searches every directory"
	mkdir -p home/.config/asn
	chmod 000 home
	HOME=$PWD/home run --separate-stderr asn-gap --print-config
	chmod 755 home
	assert_success
	[[ $stderr == *"home/.config/asn/config.yaml: cannot be looked for (Permission denied): the built-in rules are used"* ]]
}

# Every mode of every program, on the table it reads: "MODE|args..." where
# the table under test replaces @.
MODES=(
	"import|-p canonical @"
	"gap|-n $FIX/gap/formasi-small.csv @"
	"gap-needs|-n @ $FIX/score/pegawai.csv"
	"forecast|@"
	"forecast-retirees|--list-retirees @"
	"forecast-series|--series @"
	"forecast-history|--history @ $FIX/score/pegawai.csv"
	"score|-k $FIX/score/skp.csv @"
	"score-skp|-k @ $FIX/score/pegawai.csv"
	"score-ikm|-i @"
	"score-seleksi|--seleksi @ --formasi $FIX/score/formasi.csv --seleksi-config $FIX/score/seleksi.yaml"
	"score-formasi|--seleksi $FIX/score/kandidat.csv --formasi @ --seleksi-config $FIX/score/seleksi.yaml"
	"gap-biaya|-b unit,subunit,jabatan -n $FIX/redistribusi/formasi.csv -r p.csv --biaya @ $FIX/redistribusi/pegawai.csv"
	"forecast-pindah|--plan --needs $FIX/plan/formasi.csv --pindah @ $FIX/plan/pegawai.csv"
	"forecast-kuota|--plan --needs $FIX/plan/formasi.csv --kuota @ $FIX/plan/pegawai.csv"
	"forecast-ikm|--plan --needs $FIX/plan/formasi.csv --ikm @ $FIX/plan/pegawai.csv"
	"forecast-skenario|--plan --needs $FIX/plan/formasi.csv --skenario @ $FIX/plan/pegawai.csv"
	"forecast-apbd|--biaya b.csv --apbd @ $FIX/biaya/pegawai.csv"
	"forecast-biaya|--biaya b.csv @"
)

@test "faults: every mode meets an empty file, binary garbage, an open quote and a ragged row with exit 3 naming the file" {
	local m prog args a bad name
	printf '' > empty.csv
	printf 'a,b\n"open,1\n' > quote.csv
	printf 'a,b\n1,2,3\n' > ragged.csv
	cp "$BATS_FILE_TMPDIR/garbage.bin" garbage.csv
	for m in "${MODES[@]}"; do
		prog=${m%%|*}
		prog=asn-${prog%%-*}
		for bad in empty quote ragged garbage; do
			args=()
			for a in ${m#*|}; do
				[[ $a == @ ]] && a=$bad.csv
				args+=("$a")
			done
			run --separate-stderr timeout 30 "$prog" -q --as-of 2026-11-01 "${args[@]}" -o out.csv
			[[ $status -eq 3 && $stderr == *"$bad.csv"* ]] ||
				{ echo "${m%%|*} on $bad.csv: status $status: $stderr"; false; }
			[[ ! -e out.csv ]] || { echo "${m%%|*} on $bad.csv: out.csv written"; false; }
			[[ $(ls -A | grep -c '^\.out') -eq 0 ]] || { echo "${m%%|*}: temporary file left"; false; }
		done
	done
}
