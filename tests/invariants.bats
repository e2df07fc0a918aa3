#!/usr/bin/env bats
# Invariants that hold on every input, checked over every example and
# fixture that fits: nothing lost by asn-import, Σ bezetting = active staff
# in asn-gap, one output row per employee in asn-score, reproducible seeds
# and balanced years in asn-forecast.  Rows are counted as CSV records:
# a quoted field may hold a line end.

load helper

AS_OF=2026-11-01
EX=$ROOT/examples/mamuju

# awk functions over CSV: feed(line) gathers physical lines into the record
# REC and returns 1 when it is complete (its quotes balanced); parse(REC)
# splits it into F[1..n] on the delimiter D (default ,) and returns n.
CSV_AWK='
BEGIN { if (D == "") D = "," }
function feed(line,    t) {
	sub(/\r$/, "", line)
	REC = PENDING ? REC "\n" line : line
	t = line
	QUOTES += gsub(/"/, "", t)
	PENDING = QUOTES % 2
	if (PENDING)
		return 0
	QUOTES = 0
	return 1
}
function parse(s,    i, c, n, f, inq, len) {
	if (index(s, "\"") == 0)
		return split(s, F, D)
	n = 0; f = ""; inq = 0; len = length(s)
	for (i = 1; i <= len; i++) {
		c = substr(s, i, 1)
		if (inq) {
			if (c != "\"")
				f = f c
			else if (substr(s, i + 1, 1) == "\"") {
				f = f c
				i++
			} else
				inq = 0
		} else if (c == "\"")
			inq = 1
		else if (c == D) {
			F[++n] = f
			f = ""
		} else
			f = f c
	}
	F[++n] = f
	return n
}
function column(name,    i, n) {
	n = parse(REC)
	for (i = 1; i <= n; i++)
		if (tolower(F[i]) == tolower(name))
			return i
	return 0
}
'

# csv_records FILE: number of records, the header included.
csv_records() {
	awk "$CSV_AWK"'{ if (feed($0)) n++ } END { print n + 0 }' "$1"
}

# csv_sum FILE COLUMN: sum of COLUMN over the data rows.
csv_sum() {
	awk -v name="$2" "$CSV_AWK"'
	{ if (!feed($0)) next }
	!c { c = column(name); if (!c) { print "no column " name; exit 1 } next }
	{ parse(REC); sum += F[c] }
	END { print sum + 0 }' "$1"
}

# csv_last FILE COLUMN: COLUMN of the last record.
csv_last() {
	awk -v name="$2" "$CSV_AWK"'
	{ if (!feed($0)) next }
	!c { c = column(name); next }
	{ parse(REC); v = F[c] }
	END { print v }' "$1"
}

# active FILE DATE: rows whose tanggal_pensiun is a YYYY-MM-DD date after
# DATE (PP 11/2017 art. 239: retired from tanggal_pensiun on).
active() {
	awk -v asof="$2" "$CSV_AWK"'
	{ if (!feed($0)) next }
	!c { c = column("tanggal_pensiun"); k = column("kedudukan"); next }
	{
		parse(REC)
		v = F[c]
		# in post: before tanggal_pensiun and kedudukan active (lib/rules)
		if (v ~ /^[0-9][0-9][0-9][0-9]-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/ &&
		    (v "") > (asof "") && (!k || F[k] == "" || F[k] == "aktif"))
			n++
	}
	END { print n + 0 }' "$1"
}

# summary_numbers STDERR: the numbers of the last stderr line, space-separated.
summary_numbers() {
	printf '%s\n' "$1" | tail -1 | tr -c '0-9\n' ' ' | tr -s ' '
}

setup_file() {
	local d=$BATS_FILE_TMPDIR

	asn-import -q --as-of "$AS_OF" "$EX/siasn-export.csv" > "$d/mamuju.csv" || true
	asn-synth --format canonical --rows 3000 --seed 11 > "$d/synth.csv"
	asn-synth --rows 3000 --seed 12 --faults --crlf --date-style dmy-slash > "$d/synth-faults.csv"
	# quoted fields holding line ends, in a kept and in a rejected row
	{
		head -2 "$FIX/gap/pegawai-small.csv"
		printf '198002032005011002,"Muhammad\nArif",L,1980-02-03,PNS,III/c,fungsional_ahli_muda,'
		printf 'Guru Ahli Muda,pendidikan,SMP Negeri 1 Kalukku,S1,2005-01-01,2040-03-01\n'
		printf '198002032005011002,"Muhammad\nArif kedua",L,1980-02-03,PNS,III/c,fungsional_ahli_muda,'
		printf 'Guru Ahli Muda,pendidikan,"SMP Negeri\n1 Kalukku",S1,2005-01-01,2040-03-01\n'
	} > "$d/newlines.csv"
}

# Every pegawai table among the fixtures and examples.
pegawai_tables() {
	local d=$BATS_FILE_TMPDIR

	printf '%s\n' "$FIX"/gap/pegawai-small.csv "$FIX"/gap/pegawai-faults.csv \
	    "$FIX"/gap/pegawai-subunit.csv "$FIX"/score/pegawai.csv "$FIX"/report/pegawai.csv \
	    "$FIX"/report/talent.csv "$FIX"/forecast/bup.csv "$FIX"/forecast/staff.csv \
	    "$FIX"/forecast/flat.csv "$FIX"/import/*.expected.csv \
	    "$d/mamuju.csv" "$d/synth.csv" "$d/newlines.csv"
}

# import_case ARGS... FILE: read = wrote + rejected, counted in the files.
import_case() {
	local n m k records

	run --separate-stderr asn-import --as-of "$AS_OF" -r rej.csv -o out.csv "$@"
	[[ $status -le 1 ]] || { echo "asn-import $*: status $status: $stderr"; return 1; }
	[[ ${stderr_lines[-1]} =~ ^asn-import:\ read\ ([0-9]+),\ wrote\ ([0-9]+),\ rejected\ ([0-9]+)(,\ skipped\ ([0-9]+)\ blank)?$ ]] ||
		{ echo "asn-import $*: no summary: $stderr"; return 1; }
	n=${BASH_REMATCH[1]} m=${BASH_REMATCH[2]} k=${BASH_REMATCH[3]}
	# blank rows of a spreadsheet are read and skipped, neither kept nor rejected
	n=$((n - ${BASH_REMATCH[5]:-0}))
	records=$(($(csv_records out.csv) - 1))
	[[ $n -eq $((m + k)) && $records -eq $m &&
	   $(($(csv_records rej.csv) - 1)) -eq $k ]] ||
		{ echo "asn-import $*: read $n, wrote $m, rejected $k; files: $records rows," \
		    "$(($(csv_records rej.csv) - 1)) rejects"; return 1; }
	[[ $status -eq $((k > 0)) ]] || { echo "asn-import $*: status $status with $k rejected"; return 1; }
}

@test "invariants: asn-import read = wrote + rejected on every input" {
	local f n

	for f in "$FIX"/import/siasn-small.csv "$FIX"/import/canonical-faults.csv \
	    "$FIX"/import/siasn-real.csv "$FIX"/import/siasn-excel.csv \
	    "$FIX"/import/simpeg-nominatif.csv \
	    "$EX"/siasn-export.csv "$EX"/siasn-export-excel.csv \
	    "$BATS_FILE_TMPDIR/synth-faults.csv" $(pegawai_tables); do
		# tables without the required columns do not fit asn-import
		head -1 "$f" | grep -qi 'tanggal_lahir\|TANGGAL LAHIR\|Tgl Lahir' || continue
		import_case "$f"
		# read counts every data record of the file: a line of SIASN's raw
		# '|' export (no quoting), a record of any other; title lines not
		if head -1 "$f" | grep -q '|'; then
			n=$(($(wc -l < "$f") - 1))
		else
			n=$(($(csv_records "$f") - 1))
		fi
		[[ $f == *simpeg-nominatif.csv ]] && n=$((n - 4))
		[[ ${stderr_lines[-1]} == "asn-import: read $n,"* ]] ||
			{ echo "$f: $n records, ${stderr_lines[-1]}"; false; }
	done
	import_case -m "$FIX/import/simpeg-map.yaml" "$FIX/import/simpeg.csv"
	import_case "$FIX/import/siasn-small.csv" "$EX/siasn-export.csv"
}

@test "invariants: a quoted line end is one row in the counts and the files" {
	import_case "$BATS_FILE_TMPDIR/newlines.csv"
	assert_equal "${stderr_lines[-1]}" "asn-import: read 3, wrote 2, rejected 1"
	# the physical lines are more than the records
	[ "$(wc -l < rej.csv)" -eq 4 ]
}

@test "invariants: asn-import -p canonical output re-imports unchanged" {
	local f

	for f in "$FIX"/import/siasn-small.csv "$EX"/siasn-export-excel.csv \
	    "$FIX"/import/siasn-real.csv "$FIX"/import/simpeg-nominatif.csv \
	    "$BATS_FILE_TMPDIR/synth-faults.csv" $(pegawai_tables); do
		head -1 "$f" | grep -qi 'tanggal_lahir\|TANGGAL LAHIR' || continue
		asn-import -q --as-of "$AS_OF" -o first.csv "$f" || [ $? -eq 1 ]
		run --separate-stderr asn-import -q -p canonical --as-of "$AS_OF" first.csv
		[[ $status -eq 0 && $output == "$(cat first.csv)" ]] ||
			{ echo "$f: status $status: $stderr"; diff <(echo "$output") first.csv | head; false; }
	done
	asn-import -q -m "$FIX/import/simpeg-map.yaml" --as-of "$AS_OF" -o first.csv "$FIX/import/simpeg.csv"
	run --separate-stderr asn-import -q -p canonical --as-of "$AS_OF" first.csv
	assert_success
	assert_equal "$output" "$(cat first.csv)"
}

# gap_case PEGAWAI AS_OF ARGS...: Σ bezetting = active staff = rows whose
# tanggal_pensiun is after AS_OF; read = active + retired + rejected.
gap_case() {
	local f=$1 as_of=$2 want sum nums away
	shift 2

	run --separate-stderr asn-gap --as-of "$as_of" -o gap.csv "$@" "$f"
	[[ $status -le 1 ]] || { echo "asn-gap $* $f: status $status: $stderr"; return 1; }
	want=$(active "$f" "$as_of")
	if [[ " $* " == *" -t "* ]]; then
		sum=$(csv_last gap.csv bezetting)
	else
		sum=$(csv_sum gap.csv bezetting)
	fi
	nums=($(summary_numbers "$stderr"))
	# staff not in post by kedudukan are told on the line before
	away=$(printf '%s\n' "$stderr" | sed -n 's/.*not counted as bezetting: \([0-9]*\).*/\1/p')
	[[ $sum -eq $want && ${nums[1]} -eq $want &&
	   ${nums[0]} -eq $((nums[1] + nums[2] + nums[3] + ${away:-0})) &&
	   ${nums[0]} -eq $(($(csv_records "$f") - 1)) ]] ||
		{ echo "asn-gap --as-of $as_of $* $f: Σ bezetting $sum, active by hand $want;" \
		    "${stderr_lines[-1]}"; return 1; }
	# selisih = bezetting - kebutuhan on every row with a need
	awk "$CSV_AWK"'
	{ if (!feed($0)) next }
	!b { b = column("bezetting"); k = column("kebutuhan"); s = column("selisih"); next }
	{ parse(REC) }
	F[k] != "" && F[s] + 0 != F[b] - F[k] { print "row " NR ": " REC; bad = 1 }
	END { exit bad }' gap.csv
}

@test "invariants: asn-gap Σ bezetting = active staff, on every pegawai table" {
	local f d

	for f in $(pegawai_tables); do
		# asn-gap counts by tanggal_pensiun, never derives it
		head -1 "$f" | grep -q tanggal_pensiun || continue
		for d in 2000-01-01 "$AS_OF" 2031-06-01 2040-03-01; do
			gap_case "$f" "$d" -n "$FIX/gap/formasi-small.csv"
		done
		gap_case "$f" "$AS_OF" -n "$FIX/gap/formasi-small.csv" -b unit
		gap_case "$f" "$AS_OF" -n "$FIX/gap/formasi-small.csv" -t
	done
}

@test "invariants: asn-gap Σ bezetting = active staff with ABK and WISN needs" {
	gap_case "$FIX/gap/pegawai-small.csv" "$AS_OF" -n "$FIX/gap/abk-small.csv"
	gap_case "$FIX/gap/pegawai-small.csv" "$AS_OF" -n "$FIX/gap/abk-wisn.csv" -t
	gap_case "$FIX/gap/pegawai-subunit.csv" "$AS_OF" -n "$FIX/gap/formasi-subunit.csv" -b unit,subunit,jabatan
	gap_case "$BATS_FILE_TMPDIR/mamuju.csv" "$AS_OF" -n "$EX/abk.csv" -n "$EX/formasi.csv" -t
	gap_case "$BATS_FILE_TMPDIR/mamuju.csv" 2030-01-01 -n "$EX/formasi.csv" -b unit,subunit,jabatan
	gap_case "$BATS_FILE_TMPDIR/synth.csv" 2029-12-31 -n "$EX/formasi.csv" -b unit
}

@test "invariants: asn-gap Σ bezetting = active staff with schools and facilities needs" {
	# teachers and health staff are counted under the standard jabatan, none lost
	gap_case "$BATS_FILE_TMPDIR/mamuju.csv" "$AS_OF" -n "$EX/sekolah.csv" -n "$EX/faskes.csv" -t
	gap_case "$BATS_FILE_TMPDIR/mamuju.csv" "$AS_OF" -n "$EX/sekolah.csv" -b unit,subunit,jabatan
	gap_case "$FIX/layanan/pegawai.csv" "$AS_OF" -n "$FIX/layanan/faskes.csv" -b jabatan
}

# score_case PEGAWAI ARGS...: one output row per input row, in order; the
# input fields come first, unchanged (when PREFIX is set).
score_case() {
	local f=$1
	shift

	run --separate-stderr asn-score -q --as-of "$AS_OF" -o talent.csv "$@" "$f"
	[[ $status -le 1 ]] || { echo "asn-score $* $f: status $status: $stderr"; return 1; }
	awk -v prefix="${PREFIX-1}" "$CSV_AWK"'
	FNR == 1 { file++ }
	{ if (!feed($0)) next }
	file == 1 { a[++na] = REC; next }
	{ b[++nb] = REC }
	END {
		if (na != nb) {
			print "rows in " na ", rows out " nb
			exit 1
		}
		for (i = 1; prefix && i <= na; i++)
			if (index(b[i], a[i] D) != 1) {
				print "row " i " changed:\n" a[i] "\n" b[i]
				exit 1
			}
	}' "$f" talent.csv || { echo "asn-score $* $f"; return 1; }
}

@test "invariants: asn-score rows in = rows out, input columns unchanged" {
	local f

	for f in $(pegawai_tables); do
		case $f in */talent.csv) PREFIX=0 score_case "$f"; continue ;; esac
		score_case "$f"
	done
	score_case "$FIX/score/pegawai.csv" -k "$FIX/score/skp.csv" -p "$FIX/score/potensi.csv" \
		-t "$FIX/score/pelatihan.csv" -s "$FIX/score/standar.yaml"
	score_case "$FIX/score/pegawai.csv" -k "$FIX/score/skp-faults.csv" -p "$FIX/score/potensi-faults.csv"
	score_case "$BATS_FILE_TMPDIR/mamuju.csv" -k "$EX/skp.csv" -p "$EX/potensi.csv" \
		-t "$EX/pelatihan.csv" -s "$EX/standar.yaml"
	# scored output scored again: same rows, same added values
	score_case "$FIX/score/pegawai.csv" -k "$FIX/score/skp.csv" -p "$FIX/score/potensi.csv"
	cp talent.csv first.csv
	PREFIX=0 score_case first.csv -k "$FIX/score/skp.csv" -p "$FIX/score/potensi.csv"
	assert_equal "$(cat talent.csv)" "$(cat first.csv)"
}

@test "invariants: asn-score --ikm Σ responden = respondents used = read - rejected" {
	local f nums

	for f in "$FIX/score/ikm-survey.csv" "$FIX/score/ikm-faults.csv" "$EX/ikm-survey.csv"; do
		run --separate-stderr asn-score --ikm "$f" -o ikm.csv
		nums=($(summary_numbers "$stderr"))
		[[ ${nums[0]} -eq $(($(csv_records "$f") - 1)) &&
		   ${nums[1]} -eq $((nums[0] - nums[2])) &&
		   $(csv_sum ikm.csv responden) -eq ${nums[1]} &&
		   $(($(csv_records ikm.csv) - 1)) -eq ${nums[3]} ]] ||
			{ echo "$f: Σ responden $(csv_sum ikm.csv responden); ${stderr_lines[-1]}"; false; }
	done
}

@test "invariants: asn-score --seleksi ranks every candidate, lulus within the places" {
	run --separate-stderr asn-score -S "$EX/kandidat.csv" -f "$EX/formasi-seleksi.csv" \
		--seleksi-config "$EX/seleksi.yaml" -o seleksi.csv
	assert_success
	assert_equal "$(csv_records seleksi.csv)" "$(csv_records "$EX/kandidat.csv")"
	[[ ${stderr_lines[-1]} =~ ([0-9]+)\ lulus\ .*\ for\ ([0-9]+)\ places ]]
	[ "${BASH_REMATCH[1]}" -le "${BASH_REMATCH[2]}" ]
	assert_equal "$(awk -v name=lulus "$CSV_AWK"'
		{ if (!feed($0)) next }
		!c { c = column(name); next }
		{ parse(REC); n += F[c] == "ya" }
		END { print n + 0 }' seleksi.csv)" "${BASH_REMATCH[1]}"
}

@test "invariants: asn-forecast same --seed gives the same bytes, another seed other bands" {
	local f args=(--as-of "$AS_OF" --exit-rate 0.05 --sims 300 -q)

	for f in "$FIX/forecast/staff.csv" "$FIX/forecast/bup.csv" "$BATS_FILE_TMPDIR/mamuju.csv"; do
		asn-forecast "${args[@]}" --seed 7 -o a.csv "$f"
		asn-forecast "${args[@]}" --seed 7 -o b.csv "$f"
		cmp a.csv b.csv
		asn-forecast "${args[@]}" --seed 8 -o c.csv "$f"
		# the same projection, other Monte Carlo bands
		assert_equal "$(cut -d, -f1-7 a.csv | sort)" "$(cut -d, -f1-7 c.csv | sort)"
		! cmp -s a.csv c.csv || { echo "$f: seeds 7 and 8 give the same bands"; false; }
	done
	# the default seed is a seed like any other
	asn-forecast "${args[@]}" -o a.csv "$FIX/forecast/staff.csv"
	asn-forecast "${args[@]}" --seed 1 -o b.csv "$FIX/forecast/staff.csv"
	cmp a.csv b.csv
}

# forecast_case ARGS...: each row balances (akhir = awal - pensiun - keluar +
# masuk, akhir_lo <= akhir_hi), each group's year starts where the last one
# ended, and the first year starts with the staff in post.
forecast_case() {
	local nums

	run --separate-stderr asn-forecast --as-of "$AS_OF" -o fc.csv "$@"
	[[ $status -le 1 ]] || { echo "asn-forecast $*: status $status: $stderr"; return 1; }
	nums=($(summary_numbers "$stderr"))
	awk -v inpost="${nums[1]}" "$CSV_AWK"'
	{ if (!feed($0)) next }
	!t {
		t = column("tahun"); aw = column("awal"); pe = column("pensiun")
		ke = column("keluar"); ma = column("masuk"); ak = column("akhir")
		lo = column("akhir_lo"); hi = column("akhir_hi")
		next
	}
	{
		parse(REC)
		key = ""
		for (i = t + 1; i < aw; i++)
			key = key SUBSEP F[i]
		if (F[aw] - F[pe] - F[ke] + F[ma] != F[ak]) {
			print "unbalanced: " REC
			bad = 1
		}
		if (F[lo] != "" && F[lo] + 0 > F[hi] + 0) {
			print "akhir_lo > akhir_hi: " REC
			bad = 1
		}
		if ((key in end) && end[key] != F[aw]) {
			print "awal " F[aw] " after akhir " end[key] ": " REC
			bad = 1
		}
		if (!(key in end))
			start += F[aw]
		end[key] = F[ak]
	}
	END {
		if (start != inpost) {
			print "first year starts with " start ", in post " inpost
			bad = 1
		}
		exit bad
	}' fc.csv || { echo "asn-forecast $*"; return 1; }
}

@test "invariants: asn-forecast years balance and start with the staff in post" {
	local f

	for f in "$FIX/forecast/staff.csv" "$FIX/forecast/bup.csv" "$FIX/forecast/flat.csv" \
	    "$BATS_FILE_TMPDIR/mamuju.csv" "$BATS_FILE_TMPDIR/synth.csv"; do
		forecast_case "$f"
		forecast_case --by '' --years 10 "$f"
		forecast_case --exit-rate 0.05 --sims 200 "$f"
		forecast_case --by unit,jabatan --needs "$FIX/forecast/formasi.csv" --hire fill "$f"
	done
	forecast_case --needs "$FIX/forecast/formasi.csv" --hires "$FIX/forecast/hires.csv" \
		"$FIX/forecast/staff.csv"
	forecast_case --history "$FIX/forecast/history.csv" --sims 100 "$FIX/forecast/staff.csv"
	forecast_case --needs "$EX/formasi.csv" --history "$EX/history.csv" --hire fill --sims 100 \
		"$BATS_FILE_TMPDIR/mamuju.csv"
}

@test "invariants: the plan's first-year need is the shortage left after redistribution, never a net" {
	# On 1 December nobody retires before the year ends (tanggal_pensiun is
	# the first of a month) and with no other exits the first year of the
	# plan starts from the staff in post, moved as asn-gap proposes: its
	# kurang, summed over the positions, is what asn-gap leaves to recruit.
	run --separate-stderr asn-import -q --as-of 2026-12-01 -o pegawai.csv "$EX/siasn-export.csv"
	run --separate-stderr asn-gap --as-of 2026-12-01 --by unit,subunit,jabatan \
		-n "$EX/abk.csv" -n "$EX/formasi.csv" -r pindah.csv -o gap.csv pegawai.csv
	assert_success
	[[ ${stderr_lines[0]} =~ redistribusi:\ ([0-9]+)\ moves\ of\ ([0-9]+)\ staff\;\ shortage\ ([0-9]+)\ before,\ ([0-9]+)\ left ]]
	local moved=${BASH_REMATCH[2]} before=${BASH_REMATCH[3]} left=${BASH_REMATCH[4]}
	[ "$moved" -gt 0 ] && [ "$left" -eq $((before - moved)) ]
	# the shortage before is the sum of the positive shortfalls of gap.csv
	assert_equal "$(awk -v name=selisih "$CSV_AWK"'
		{ if (!feed($0)) next }
		!c { c = column(name); next }
		{ parse(REC); if (F[c] < 0) s -= F[c] }
		END { print s + 0 }' gap.csv)" "$before"
	run --separate-stderr asn-forecast --plan --as-of 2026-12-01 --years 1 --by unit,subunit,jabatan \
		--needs gap.csv --pindah pindah.csv -o plan.csv pegawai.csv
	assert_success
	assert_equal "$(csv_sum plan.csv kurang)" "$left"
	assert_equal "$(csv_sum plan.csv usulan)" "$left"
}

@test "invariants: asn-forecast --biaya-rincian adds up to the cost table, year by year" {
	local f
	for f in "$BATS_FILE_TMPDIR/mamuju.csv" "$BATS_FILE_TMPDIR/synth.csv"; do
		run --separate-stderr asn-forecast -q --as-of "$AS_OF" --by unit,jabatan --years 5 \
			--biaya b.csv --biaya-rincian r.csv -o /dev/null "$f"
		[ "$status" -le 1 ]
		# with no exit rate and no hires, the members' rows are the table
		assert_equal "$(awk -F, 'NR > 1 { t[$1] += $(NF - 1) } END { for (y in t) printf "%s,%.0f\n", y, t[y] }' r.csv | sort)" \
			"$(grep ',Total,' b.csv | cut -d, -f1,7)"
		[ "$(grep -c ',Total,' b.csv)" -eq 5 ]
	done
}
