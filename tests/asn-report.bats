#!/usr/bin/env bats
# asn-report: recognition, every section, formats, escaping, determinism.

load helper

R=$FIX/report
AS_OF=(--as-of 2026-11-01)
ALL=("$R/pegawai.csv" "$R/gap.csv" "$R/forecast.csv" "$R/pensiun.csv" "$R/talent.csv" "$R/ikm.csv")

# Section headings in txt, one per kind of input.
declare -A HEADING=(
	[pegawai]="Profil pegawai"
	[gap]="Kebutuhan dan bezetting per unit"
	[forecast]="Proyeksi pegawai"
	[pensiun]="Pensiun 12 bulan ke depan"
	[talent]="Manajemen talenta (9-box)"
	[ikm]="Indeks kepuasan masyarakat (IKM) per unit"
	[seleksi]="Hasil seleksi"
	[rencana]="Rencana kebutuhan lima tahun"
	[pindah]="Redistribusi pegawai"
	[biaya]="Belanja pegawai"
)

# Every line at most 80 characters (not bytes).
fits_80() {
	local w
	w=$(LC_ALL=C.UTF-8 wc -L < "$1")
	[ "$w" -le 80 ] || { echo "$1 is $w columns wide"; false; }
}

# The decisions section of the expected reports, by hand from the fixtures:
# gap.csv is short in Analis Keuangan Ahli Muda 2, Guru Ahli Madya 2, Bidan
# Penyelia 1, Perawat Ahli Muda 1 (6 in 4 jabatan); pensiun.csv has one of
# these retiring after 1 November 2026 and by 1 November 2027 (Nur Aisyah,
# Perawat Ahli Muda, 2027-06-01); ikm.csv grades Dukcapil C and Simboro D.
# The month-by-month view: previous/ (2026-10) has 9 staff in post, a need
# of 13 and a shortage of 6 (2 + 2 + 1 + 1) in its gap.csv, no pensiun.csv
# (the 12 months empty) and Dukcapil C and Simboro D.
@test "report: txt of every input matches the expected report" {
	run --separate-stderr asn-report "${AS_OF[@]}" --previous "$R/previous" "${ALL[@]}"
	assert_success
	assert_equal "$output" "$(cat "$R/all.expected.txt")"
	assert_equal "$stderr" "asn-report: pegawai not counted as staff in post: 1 past tanggal_pensiun, 0 by kedudukan
asn-report: read 45 rows in 6 files, rejected 0"
}

@test "report: md of every input matches the expected report" {
	run --separate-stderr asn-report -q -f md "${AS_OF[@]}" --previous "$R/previous" "${ALL[@]}"
	assert_success
	assert_equal "$output" "$(cat "$R/all.expected.md")"
}

@test "report: each section is present for its input and absent without it" {
	for kind in "${!HEADING[@]}"; do
		for format in txt md html; do
			run --separate-stderr asn-report -q -f "$format" "${AS_OF[@]}" "$R/$kind.csv"
			assert_success
			for other in "${!HEADING[@]}"; do
				if [ "$other" = "$kind" ]; then
					[[ $output == *"${HEADING[$other]}"* ]] || { echo "$format: no section for $kind"; false; }
				else
					[[ $output != *"${HEADING[$other]}"* ]] || { echo "$format: $other section from $kind"; false; }
				fi
			done
			[[ $output == *Ringkasan* ]]
		done
	done
}

@test "report: summary numbers: staff, need, shortage, retirements, IKM below B" {
	run asn-report -q "${AS_OF[@]}" "${ALL[@]}"
	assert_success
	assert_line --regexp '^Pegawai aktif +11$'
	assert_line --regexp '^Kebutuhan \(ABK/formasi\) +15$'
	assert_line --regexp '^Kekurangan +6$'
	assert_line --regexp '^Pensiun 2026 +1$'
	assert_line --regexp '^Pensiun 2027 +1$'
	assert_line --regexp '^Pensiun 12 bulan ke depan +4$'
	assert_line --regexp '^Unit dengan IKM di bawah mutu B +2 dari 5$'
}

@test "report: without the pegawai table, staff in post come from asn-gap" {
	run asn-report -q "${AS_OF[@]}" "$R/gap.csv"
	assert_line --regexp '^Pegawai aktif +11$'
	run asn-report -q "${AS_OF[@]}" "$R/forecast.csv"
	assert_line --regexp '^Pensiun 2026 +14$'
	assert_line --regexp '^Pensiun 2027 +242$'
}

@test "report: the score table is read as asn-score, not as a pegawai table" {
	run asn-report -q "${AS_OF[@]}" "$R/talent.csv" "$R/pegawai.csv"
	assert_success
	[[ $output == *"Manajemen talenta"* && $output == *"Profil pegawai"* ]]
}

@test "report: 9-box grid: potensi up, kinerja right, boxes numbered as doc/design.md" {
	run asn-report -q "${AS_OF[@]}" "$R/talent.csv"
	assert_line --regexp '^Tinggi +\(6\) 1 +\(8\) 0 +\(9\) 2$'
	assert_line --regexp '^Sedang +\(3\) 0 +\(5\) 1 +\(7\) 0$'
	assert_line --regexp '^Rendah +\(1\) 1 +\(2\) 0 +\(4\) 1$'
	run asn-report -q -f html "${AS_OF[@]}" "$R/talent.csv"
	[[ $output == *">Kotak 6</text>"* && $output == *">Kotak 4</text>"* ]]
}

@test "report: retirements of the next 12 months only, boundaries included right" {
	run asn-report -q "${AS_OF[@]}" "$R/pensiun.csv"
	assert_success
	[[ $output == *"Tri Wahyono"* && $output == *"Tepat Setahun"* ]]
	[[ $output != *"Sudah Lewat"* && $output != *"Lewat Setahun"* ]]
	assert_line --partial "4 pegawai pensiun setelah 1 November 2026 sampai dengan 1 November 2027."
}

@test "report: asn-gap --total rows are not counted twice" {
	run asn-report -q "${AS_OF[@]}" "$R/gap-total.csv"
	assert_success
	assert_line --regexp '^Jumlah +5 +6 +\+1 +1 +2$'
	assert_line --partial "3 jabatan di 2 unit"
}

@test "report: a projection by unit is summed, and the report says so" {
	run asn-report -q "${AS_OF[@]}" "$R/forecast-unit.csv"
	assert_success
	# the report date is 1 November: 2026 is the rest of the year, and says so
	assert_line --regexp '^2026\* +30 +1 +1 +0 +28$'
	assert_line --regexp '^2027 +28 +3 +0 +1 +26$'
	assert_line "* 2026: sejak 1 November 2026 sampai akhir tahun, bukan setahun penuh."
	[[ $output == *"Jumlah dari 2 kelompok"* ]]
	# from 1 January the first year is whole
	run asn-report -q --as-of 2026-01-01 "$R/forecast-unit.csv"
	assert_line --regexp '^2026 +30 +1 +1 +0 +28$'
	refute_output --partial "bukan setahun penuh"
}

@test "report: html is self-contained: inline CSS and SVG, no script, nothing fetched" {
	run --separate-stderr asn-report -q -f html "${AS_OF[@]}" "${ALL[@]}"
	assert_success
	[[ $output == "<!DOCTYPE html>"* ]]
	[[ $output == *"<style>"* && $output == *"@page{size:A4"* && $output == *"@media print"* ]]
	[[ $output == *'<meta name="viewport"'* ]]
	[ "$(grep -c '<svg ' <<< "$output")" -ge 9 ]
	! grep -qiE '<script|<link|<img|<iframe|src=|href=|@import|url\(' <<< "$output"
	! grep -v 'xmlns="http://www.w3.org/2000/svg"' <<< "$output" | grep -q 'http'
}

@test "report: data text is HTML-escaped in html" {
	run asn-report -q -f html "${AS_OF[@]}" "${ALL[@]}"
	[[ $output == *"&lt;script&gt;alert(1)&lt;/script&gt;"* ]]
	[[ $output != *"<script>alert(1)"* ]]
	[[ $output == *"<td>Badan a|b</td>"* ]]
	run asn-report -q -f html "${AS_OF[@]}" --title 'A & B <i>x</i>' "$R/ikm.csv"
	[[ $output == *"<h1>A &amp; B &lt;i&gt;x&lt;/i&gt;</h1>"* ]]
}

@test "report: data text is escaped in md: a|b and <script> render as text" {
	run asn-report -q -f md "${AS_OF[@]}" "${ALL[@]}"
	[[ $output == *"| Badan a\|b |"* ]]
	[[ $output == *"&lt;script&gt;alert(1)&lt;/script&gt;"* ]]
	[[ $output != *"<script>"* ]]
	# every table row has as many unescaped pipes as its header
	run awk '/^\|/ { line = $0; gsub(/\\\|/, "", line); n = gsub(/\|/, "", line)
		if (/^\| ---/ || prev == "") cols = n; else if (n != cols) bad = 1; prev = $0; next }
		{ prev = "" } END { exit bad }' <<< "$output"
	assert_success
}

@test "report: txt fits 80 columns, whatever the inputs and language" {
	asn-report -q "${AS_OF[@]}" --previous "$R/previous" -o a.txt "${ALL[@]}"
	fits_80 a.txt
	asn-report -q --lang en "${AS_OF[@]}" --previous "$R/previous" -o b.txt "${ALL[@]}"
	fits_80 b.txt
	long=$(printf 'Dinas %.0s' {1..40})
	printf 'unit,responden,nilai_ikm,mutu,kinerja_unit,unsur_terendah\n"%s",12345678,88.5,A,sangat baik sekali sekali,%s\n' \
		"$long" "$long" > wide.csv
	asn-report -q "${AS_OF[@]}" --title "$long" -o c.txt wide.csv
	fits_80 c.txt
	grep -q '…' c.txt
}

@test "report: same inputs and SOURCE_DATE_EPOCH give identical bytes" {
	for format in html md txt; do
		SOURCE_DATE_EPOCH=1793491200 asn-report -q -f "$format" --previous "$R/previous" \
			-o "one.$format" "${ALL[@]}"
		SOURCE_DATE_EPOCH=1793491200 asn-report -q -f "$format" --previous "$R/previous" \
			-o "two.$format" "${ALL[@]}"
		cmp "one.$format" "two.$format"
	done
	grep -q "data per 1 November 2026" one.txt
	asn-report -q "${AS_OF[@]}" --previous "$R/previous" -o three.txt "${ALL[@]}"
	cmp one.txt three.txt
}

@test "report: the date printed comes from --as-of, else SOURCE_DATE_EPOCH" {
	run asn-report -q "$R/ikm.csv"
	assert_line "Periode November 2025 · data per 1 November 2025"
	run asn-report -q --as-of 2026-02-28 "$R/ikm.csv"
	assert_line "Periode Februari 2026 · data per 28 Februari 2026"
	run asn-report -q --as-of 2026-02-28 --period 2026-01 "$R/ikm.csv"
	assert_line "Periode Januari 2026 · data per 28 Februari 2026"
}

@test "report: --lang en switches labels and the number format" {
	run asn-report -q --lang en "${AS_OF[@]}" "$R/forecast.csv" "$R/ikm.csv"
	assert_success
	assert_line "Period November 2026 · data as of 1 November 2026"
	[[ $output == *"Workforce projection"* && $output == *"5,992"* && $output == *"89.75"* ]]
	run asn-report -q "${AS_OF[@]}" "$R/forecast.csv" "$R/ikm.csv"
	[[ $output == *"Proyeksi pegawai"* && $output == *"5.992"* && $output == *"89,75"* ]]
}

@test "report: --previous adds last month and the change to summary and gap table" {
	run asn-report -q -f md "${AS_OF[@]}" --previous "$R/previous" "$R/pegawai.csv" "$R/gap.csv"
	assert_success
	assert_line "| Indikator | Nilai | Bulan lalu | Perubahan |"
	assert_line "| Pegawai aktif | 11 | 9 | +2 |"
	assert_line "| Dinas Kesehatan | 3 | 3 | 0 | 1 | 1 | 4 | -1 |"
	assert_line "| Badan a\|b | 1 | 1 | 0 |  |  |  |  |"
	run asn-report -q "${AS_OF[@]}" "$R/pegawai.csv" "$R/gap.csv"
	[[ $output != *"Bulan lalu"* ]]
}

@test "report: --previous skips unrecognised files; a folder with none is a warning" {
	mkdir empty
	cp "$R/previous/rejects.csv" empty/
	run --separate-stderr asn-report "${AS_OF[@]}" --previous empty "$R/gap.csv"
	assert_success
	[[ $stderr == *"empty: no recognised table: no month-over-month changes"* ]]
	[[ $output != *"Bulan lalu"* ]]
	run --separate-stderr asn-report "${AS_OF[@]}" --previous nowhere "$R/gap.csv"
	assert_equal "$status" 3
	[[ $stderr == *"nowhere: No such file or directory"* ]]
}

@test "report: unrecognised input names the file and its header (exit 2)" {
	printf 'a,b,c\n1,2,3\n' > x.csv
	run --separate-stderr asn-report -o out.txt x.csv
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-report: x.csv:1: header not recognised (a,b,c): expected the pegawai table or an output of asn-gap, asn-forecast or asn-score"
	[ ! -e out.txt ]
	cut -d, -f1-7 "$R/gap.csv" > g.csv
	run --separate-stderr asn-report g.csv
	assert_equal "$status" 2
	[[ $stderr == *"g.csv:1: header not recognised (unit,jabatan,beban_jam,kebutuhan_hitung,kebutuhan,bezetting,selisih): looks like an asn-gap table but column 'status' is missing"* ]]
}

@test "report: bad bytes: garbage, a 10 MB field, invalid UTF-8, duplicate columns" {
	head -c 4000 /dev/urandom > garbage.csv
	run --separate-stderr asn-report garbage.csv
	# not a table (2), or not even CSV: a NUL byte, an open quote (3)
	[ "$status" -eq 2 ] || [ "$status" -eq 3 ]
	! LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]' <<< "$stderr"
	{ printf 'unit,responden,nilai_ikm,mutu\n"'; head -c 10485760 /dev/zero | tr '\0' a
	  printf '",1,80,B\n'; } > big.csv
	run --separate-stderr asn-report big.csv
	assert_equal "$status" 3
	[[ $stderr == *"big.csv:2:1: field longer than"* ]]
	printf 'unit,responden,nilai_ikm,mutu\n\377X,1,80,B\nY\033[31m,2,70,C\n' > utf8.csv
	run --separate-stderr asn-report -f html utf8.csv
	assert_equal "$status" 1
	[[ $stderr == *"utf8.csv:2: column 'unit': invalid UTF-8"* ]]
	[[ $output != *"X</td>"* && $output == *"<td>Y [31m</td>"* ]]
	printf 'unit,responden,nilai_ikm,Unit,mutu\n' > dup.csv
	run --separate-stderr asn-report dup.csv
	assert_equal "$status" 3
	[[ $stderr == *"dup.csv:1: duplicate column 'Unit' (columns 1 and 4)"* ]]
	tr ',' ';' < "$R/ikm.csv" > semi.csv
	run --separate-stderr asn-report semi.csv
	assert_equal "$status" 2
	[[ $stderr == *"one column; if the file is ;-delimited, use -d ';'"* ]]
}

@test "report: two tables of one kind are a usage error" {
	run --separate-stderr asn-report "$R/gap.csv" "$R/gap-total.csv"
	assert_equal "$status" 2
	[[ $stderr == *"gap-total.csv: a second asn-gap table (the first was gap.csv): give one of each"* ]]
}

@test "report: a row that does not parse is skipped and reported (exit 1)" {
	sed 's/^Dinas Kesehatan,Perawat Ahli Muda,2500.00,2.00,2,1,/Dinas Kesehatan,Perawat Ahli Muda,2500.00,2.00,2,satu,/' \
		"$R/gap.csv" > bad.csv
	printf 'nip,nama,unit,jabatan,tanggal_pensiun\n1,A,U,J,31-12-2026\n' > bad-pensiun.csv
	run --separate-stderr asn-report "${AS_OF[@]}" -o out.txt bad.csv bad-pensiun.csv
	assert_equal "$status" 1
	[[ $stderr == *"bad.csv:7: bezetting 'satu': expected a number"* ]]
	[[ $stderr == *"bad-pensiun.csv:2: tanggal_pensiun '31-12-2026': expected a date YYYY-MM-DD"* ]]
	assert_equal "${stderr_lines[-1]}" "asn-report: read 13 rows in 2 files, rejected 2"
	grep -q "11 jabatan di 6 unit" out.txt
}

@test "report: a row that is not UTF-8 is rejected, naming its column (exit 1)" {
	sed 's/^Dinas Kesehatan,Perawat Ahli Muda,/Dinas Keseh\xe9tan,Perawat Ahli Muda,/' "$R/gap.csv" > latin1.csv
	run --separate-stderr asn-report "${AS_OF[@]}" -f html -o out.html latin1.csv
	assert_equal "$status" 1
	[[ $stderr == *"latin1.csv:7: column 'unit': invalid UTF-8 (save the file as CSV UTF-8)"* ]]
	assert_equal "${stderr_lines[-1]}" "asn-report: read 12 rows in 1 files, rejected 1"
	iconv -f UTF-8 -t UTF-8 out.html > /dev/null
	! grep -q $'\xef\xbf\xbd' out.html
}

@test "report: malformed, empty and unreadable input exit 3 and write nothing" {
	printf 'unit,responden,nilai_ikm,mutu\n"Dinas,1,2,A\n' > open.csv
	run --separate-stderr asn-report -o out.html open.csv
	assert_equal "$status" 3
	[[ $stderr == *"open.csv:2:"*"unterminated"* ]]
	[ ! -e out.html ]
	: > empty.csv
	run --separate-stderr asn-report empty.csv
	assert_equal "$status" 3
	[[ $stderr == *"empty.csv: empty input (no header row)"* ]]
	run --separate-stderr asn-report missing.csv
	assert_equal "$status" 3
	printf 'unit,responden,nilai_ikm,mutu\nA,1,2\n' > ragged.csv
	run --separate-stderr asn-report ragged.csv
	assert_equal "$status" 3
}

@test "report: a table with a header only gives its section, saying it is empty" {
	head -1 "$R/gap.csv" > header.csv
	run asn-report -q "${AS_OF[@]}" header.csv
	assert_success
	[[ $output == *"Kebutuhan dan bezetting per unit"* && $output == *"Tabel tidak berisi baris."* ]]
}

@test "report: format from -o, -f overrides; an unknown extension is an error" {
	asn-report -q "${AS_OF[@]}" -o r.html "$R/ikm.csv"
	head -c 15 r.html | grep -q '<!DOCTYPE html>'
	asn-report -q "${AS_OF[@]}" -o r.md "$R/ikm.csv"
	head -1 r.md | grep -q '^# '
	asn-report -q "${AS_OF[@]}" -o r.txt "$R/ikm.csv"
	sed -n 2p r.txt | grep -q '^===='
	asn-report -q "${AS_OF[@]}" -f md -o r.out "$R/ikm.csv"
	head -1 r.out | grep -q '^# '
	run --separate-stderr asn-report -o r.pdf "$R/ikm.csv"
	assert_equal "$status" 2
	[[ $stderr == *"r.pdf: cannot tell the format from the extension '.pdf'; use -f html|md|txt"* ]]
	run --separate-stderr asn-report -f pdf "$R/ikm.csv"
	assert_equal "$status" 2
	[[ $stderr == *"invalid value 'pdf' for --format: expected html, md or txt"* ]]
}

@test "report: option values are checked" {
	run --separate-stderr asn-report --lang fr "$R/ikm.csv"
	assert_equal "$status" 2
	[[ $stderr == *"invalid value 'fr' for --lang: expected id or en"* ]]
	for p in 2026-13 2026-1 26-01 2026-01x; do
		run --separate-stderr asn-report --period "$p" "$R/ikm.csv"
		assert_equal "$status" 2
		[[ $stderr == *"for --period"* ]]
	done
	run --separate-stderr asn-report --as-of 2026-02-30 "$R/ikm.csv"
	assert_equal "$status" 2
	run --separate-stderr asn-report --bogus
	assert_equal "$status" 2
	[[ $stderr == *$'\n'"usage: asn-report "* ]]
	printf 'bup:\n  default: 200\n' > bad.yaml
	run --separate-stderr asn-report -c bad.yaml "$R/ikm.csv"
	assert_equal "$status" 2
}

@test "report: stdin, -d and the IKM bounds of the configuration" {
	run --separate-stderr asn-report -q "${AS_OF[@]}" < "$R/ikm.csv"
	assert_success
	[[ $output == *"Indeks kepuasan masyarakat"* ]]
	tr ',' ';' < "$R/ikm.csv" > semi.csv
	run --separate-stderr asn-report -q -d ';' "${AS_OF[@]}" semi.csv
	assert_success
	[[ $output == *"2 unit di bawah mutu B"* ]]
	asn-report -q -f html "${AS_OF[@]}" -o ikm.html "$R/ikm.csv"
	grep -q '>B 76,61</text>' ikm.html
}

@test "report: -o writes atomically; a write error exits 3" {
	run --separate-stderr asn-report -q "${AS_OF[@]}" -f txt -o /dev/full "${ALL[@]}"
	assert_equal "$status" 3
	[[ $stderr == *"write error"* ]]
	asn-report -q "${AS_OF[@]}" -o r.txt "${ALL[@]}"
	[ "$(ls -A | grep -c '^\.r\.txt')" -eq 0 ]
}

@test "report: -h, -V" {
	run --separate-stderr asn-report -V
	assert_success
	assert_output "asn-report 0.1.0"
	run --separate-stderr asn-report -h
	assert_success
	[[ ${lines[0]} == "usage: asn-report [-q] [-c config] [-d delim] [-f html|md|txt]"* ]]
	[[ $output == *"--previous DIR"* ]]
}

@test "report: recognises the real outputs of asn-gap, asn-forecast and asn-score" {
	for p in asn-gap asn-forecast asn-score; do
		command -v "$p" > /dev/null || skip "$p not built"
	done
	asn-gap -q "${AS_OF[@]}" -n "$FIX/gap/formasi-small.csv" -o gap.csv "$FIX/gap/pegawai-small.csv"
	asn-gap -q -t "${AS_OF[@]}" -n "$FIX/gap/formasi-small.csv" -o gap-t.csv "$FIX/gap/pegawai-small.csv"
	asn-forecast -q "${AS_OF[@]}" --years 3 -o forecast.csv "$R/pegawai.csv"
	asn-forecast -q "${AS_OF[@]}" --years 2 --list-retirees -o pensiun.csv "$R/pegawai.csv"
	asn-score -q "${AS_OF[@]}" -i "$FIX/score/ikm-survey.csv" -o ikm.csv
	asn-score -q "${AS_OF[@]}" -k "$FIX/score/skp.csv" -p "$FIX/score/potensi.csv" \
		-o talent.csv "$FIX/score/pegawai.csv"
	run --separate-stderr asn-report "${AS_OF[@]}" "$R/pegawai.csv" gap.csv forecast.csv pensiun.csv talent.csv ikm.csv
	assert_success
	for kind in "${!HEADING[@]}"; do
		[[ $output == *"${HEADING[$kind]}"* ]] || { echo "no section for $kind"; false; }
	done
	# the fixture of asn-score has one employee in each box
	assert_line --regexp '^Tinggi +\(6\) 1 +\(8\) 1 +\(9\) 1$'
	assert_line --regexp '^Rendah +\(1\) 1 +\(2\) 1 +\(4\) 1$'
	run asn-report -q "${AS_OF[@]}" gap.csv
	gap=$(grep '^Jumlah ' <<< "$output")
	run asn-report -q "${AS_OF[@]}" gap-t.csv
	assert_equal "$(grep '^Jumlah ' <<< "$output")" "$gap"
}

# The monthly job (examples/monthly-report.sh) is tested in monthly.bats.

@test "report: a headless Chromium screenshot shows the html report" {
	browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
	[ -n "$browser" ] || skip "no chromium (apt-get install chromium)"
	asn-report -q "${AS_OF[@]}" -o laporan.html "${ALL[@]}"
	timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$BATS_TEST_TMPDIR/chromium" --hide-scrollbars \
		--screenshot="$BATS_TEST_TMPDIR/laporan.png" --window-size=1240,1754 \
		"file://$BATS_TEST_TMPDIR/laporan.html" > /dev/null 2>&1
	[ "$(head -c 8 laporan.png | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]
	[ "$(stat -c %s laporan.png)" -gt 50000 ]
}

@test "report: staff not in post by kedudukan are told apart and not counted" {
	asn-import -q --as-of 2026-11-01 -o peg.csv "$FIX/import/siasn-real.csv" || true
	run --separate-stderr asn-report --as-of 2026-11-01 -f md peg.csv
	assert_success
	[[ "$output" == *"7 pegawai aktif per 1 November 2026"* ]]
	[[ "$output" == *"3 pegawai yang tidak aktif menurut kedudukan hukum"* ]]
	assert_equal "${stderr_lines[0]}" "asn-report: pegawai not counted as staff in post: 0 past tanggal_pensiun, 3 by kedudukan"
	assert_equal "${stderr_lines[-1]}" "asn-report: read 10 rows in 1 files, rejected 0"
}

@test "report: a bad --previous month degrades the comparison, never the report (a fifo, a folder, a broken file)" {
	mkdir prev
	mkfifo prev/fifo.csv
	mkdir prev/folder.csv
	{ head -3 "$R/gap.csv"; printf '"unclosed\n'; } > prev/gap.csv
	run --separate-stderr timeout 20 asn-report --as-of 2026-11-01 -f txt --previous prev "$R/ikm.csv"
	assert_equal "$status" 1
	[[ $stderr == *"prev/fifo.csv: skipped: not a regular file"* ]]
	[[ $stderr == *"prev/folder.csv: skipped: not a regular file"* ]]
	[[ $stderr == *"prev/gap.csv: not read whole: last month's"*"left out of the comparison"* ]]
	[[ -n $output ]]
}

# A number, nan or inf as a word of its own, or a negative width, in a file.
absurd_numbers() {
	grep -Ein '(^|[^a-z])(nan|-?inf(inity)?)([^a-z]|$)|width="-|922337203685477' "$1"
}

@test "report: numbers out of range for their column reject the row, never reach the charts" {
	{
		head -1 "$R/gap.csv"
		printf 'Unit A,X,1,1,1e308,1,0,lebih,,\n'
		printf 'Unit A,Y,1,1,1e308,1,0,lebih,,\n'
		printf 'Unit B,X,1,1,2,-1e308,0,kurang,,\n'
		printf 'Unit C,X,1,1,1e400,1,0,kurang,,\n'
		printf 'Unit D,X,1,1,nan,1,0,kurang,,\n'
		printf 'Unit E,X,1,1,2,1,-1e308,kurang,,\n'
		printf 'Unit F,X,1,1,2,1,-1,kurang,,\n'
	} > gap.csv
	{
		head -1 "$R/forecast.csv"
		printf '2026,1e308,0,0,0,1e308,,,,,,\n'
		printf '2027,10,0,0,0,10,,,1.5,,,\n'
		printf '2028,10,0,0,0,10,,,0.5,,,\n'
	} > forecast.csv
	{
		head -1 "$R/ikm.csv"
		printf 'Unit A,20,3,3,3,3,3,3,3,3,3,150,A,sangat baik,u1\n'
		printf 'Unit B,1e308,3,3,3,3,3,3,3,3,3,75,C,kurang baik,u1\n'
		printf 'Unit C,20,3,3,3,3,3,3,3,3,3,75,C,kurang baik,u1\n'
	} > ikm.csv
	run --separate-stderr asn-report "${AS_OF[@]}" -o r.html gap.csv forecast.csv ikm.csv
	assert_equal "$status" 1
	[[ $stderr == *"gap.csv:2: kebutuhan '1e308': expected a number from 0 to 1e12"* ]]
	[[ $stderr == *"gap.csv:3: kebutuhan '1e308'"* ]]
	[[ $stderr == *"gap.csv:4: bezetting '-1e308'"* ]]
	[[ $stderr == *"gap.csv:5: kebutuhan '1e400'"* ]]
	[[ $stderr == *"gap.csv:6: kebutuhan 'nan'"* ]]
	[[ $stderr == *"gap.csv:7: selisih '-1e308': expected a number from -1e12 to 1e12"* ]]
	[[ $stderr == *"forecast.csv:2: awal '1e308'"* ]]
	[[ $stderr == *"forecast.csv:3: p_kurang '1.5': expected a share from 0 to 1"* ]]
	[[ $stderr == *"ikm.csv:2: nilai_ikm '150': expected an IKM from 25 to 100"* ]]
	[[ $stderr == *"ikm.csv:3: responden '1e308'"* ]]
	[[ $stderr == *"rejected 10"* ]]
	grep -q 'Unit F' r.html
	run absurd_numbers r.html
	assert_failure
	for format in md txt; do
		asn-report -q "${AS_OF[@]}" -f $format -o r.$format gap.csv forecast.csv ikm.csv || true
		run absurd_numbers r.$format
		assert_failure
	done
}

@test "report: bidirectional override characters in names are dropped from every format" {
	rlo=$(printf '\xe2\x80\xae') lri=$(printf '\xe2\x81\xa6') pdi=$(printf '\xe2\x81\xa9')
	{
		head -1 "$R/gap.csv"
		printf 'Dinas %sfdp.exe%s Kesehatan,X,1,1,2,1,-1,kurang,,\n' "$rlo" "$lri$pdi"
	} > gap.csv
	{
		head -1 "$R/pensiun.csv"
		printf '196811042000081001,Tri %sWahyono,Dinas %sA,Staf,2026-12-01\n' "$rlo" "$rlo"
	} > pensiun.csv
	for format in html md txt; do
		asn-report -q "${AS_OF[@]}" -f $format -o r.$format gap.csv pensiun.csv
		grep -q 'Dinas fdp.exe Kesehatan' r.$format
		grep -q 'Tri Wahyono' r.$format
		run grep -c -e "$rlo" -e "$lri" -e "$pdi" r.$format
		assert_output 0
	done
}

@test "report: txt stays within 80 display columns with wide (CJK, emoji) names" {
	LC_ALL=C.UTF-8 wc -L < /dev/null > /dev/null 2>&1 || skip "no C.UTF-8 locale"
	{
		head -1 "$R/gap.csv"
		printf '雅加达特别首都地区人力资源开发与管理局中央办公室第一分部,X,1,1,3,1,-2,kurang,,\n'
		printf '🏢🏢🏢🏢🏢🏢🏢🏢🏢🏢🏢🏢🏢🏢🏢🏢🏢🏢🏢🏢🏢🏢🏢🏢🏢🏢🏢🏢🏢🏢,X,1,1,3,1,-2,kurang,,\n'
		printf 'Dinas Pendidikan dan Kebudayaan Kabupaten Mamuju Tengah,X,1,1,3,1,-2,kurang,,\n'
	} > gap.csv
	{
		head -1 "$R/pensiun.csv"
		printf '196811042000081001,李小龍李小龍李小龍李小龍李小龍李小龍,雅加达特别首都地区人力资源开发与管理局,局长局长局长局长局长局长局长,2026-12-01\n'
	} > pensiun.csv
	asn-report -q "${AS_OF[@]}" --title "$(printf '報告%.0s' {1..50})" -o r.txt gap.csv pensiun.csv
	fits_80 r.txt
	grep -q '雅加达' r.txt
	grep -q '🏢' r.txt
}

# The announcement of asn-score --seleksi (seleksi.csv, made from seleksi-input/): four
# formasi, one cumlaude and one nobody ranked in, an optimalisasi, a tie broken by tiu.
@test "report: the fixture announcement is what asn-score writes for its inputs" {
	command -v asn-score > /dev/null || skip "asn-score not built"
	asn-score -q -S "$R/seleksi-input/kandidat.csv" -f "$R/seleksi-input/formasi.csv" \
		--pengumuman p.csv > /dev/null
	cmp p.csv "$R/seleksi.csv"
}

@test "report: selection announcement in txt: a paragraph, then each formasi's ranking" {
	run --separate-stderr asn-report "${AS_OF[@]}" "$R/seleksi.csv"
	assert_success
	assert_equal "$output" "$(cat "$R/seleksi.expected.txt")"
	assert_equal "$stderr" "asn-report: read 12 rows in 1 files, rejected 0"
	assert_line "Kebutuhan seleksi terisi  4 dari 5"
	assert_line "12 peserta pada 4 formasi dengan 5 kebutuhan: 4 lulus, 1 di antaranya melalui"
	assert_line "optimalisasi (P/L-O); 1 kebutuhan tidak terisi. Tabel tiap formasi memuat"
	assert_line "Dinas Kesehatan / Perawat Ahli Pertama — kebutuhan 2"
	assert_line "Peringkat  No. peserta  Nama                 Nilai akhir  Status"
	assert_line "        1  K01          Rina <Putri> & Sari       85,182  P/L"
	assert_line "        3  K03          Citra Dewi                71,091  P/L-O"
	assert_line "Tidak diperingkat: P 0, TL 1, TH 1."
	assert_line "Dinas Kesehatan / Perawat Ahli Pertama (cumlaude) — kebutuhan 1"
	assert_line "Tidak ada peserta yang diperingkat. Tidak diperingkat: P 0, TL 1, TH 0."
	assert_line "        2  K08          Hadi Wijaya        77,727  TL"
	assert_line "Tidak diperingkat: P 2, TL 0, TH 0."
	# the section comes after the IKM, the last of the others
	run asn-report -q "${AS_OF[@]}" "$R/seleksi.csv" "$R/ikm.csv"
	[[ $output == *"Indeks kepuasan masyarakat"*"Hasil seleksi"* ]]
	asn-report -q "${AS_OF[@]}" -o s.txt "$R/seleksi.csv" "${ALL[@]}"
	fits_80 s.txt
}

@test "report: selection announcement in md: headings per formasi, penentu and keterangan" {
	run --separate-stderr asn-report -q -f md "${AS_OF[@]}" "$R/seleksi.csv"
	assert_success
	assert_equal "$output" "$(cat "$R/seleksi.expected.md")"
	assert_line "| Kebutuhan seleksi terisi | 4 dari 5 |"
	assert_line "## Hasil seleksi"
	assert_line "### Dinas Kesehatan / Perawat Ahli Pertama — kebutuhan 2"
	assert_line "| Peringkat | No. peserta | Nama | Nilai akhir | Status | Penentu | Keterangan |"
	assert_line "| 1 | K01 | Rina &lt;Putri&gt; &amp; Sari | 85,182 | P/L |  | lulus, peringkat 1 dari 2 kebutuhan |"
	assert_line "| 3 | K03 | Citra Dewi | 71,091 | P/L-O | nilai\_integrasi | lulus optimalisasi ke Dinas Kesehatan / Perawat Ahli Pertama (cumlaude) |"
	assert_line "| 3 | K09 | Indah Sari | 77,727 | TL | tiu | peringkat 3 di luar 1 kebutuhan; nilai sama dengan peringkat 2, diputus oleh tiu |"
	assert_line "### Dinas Pertanian / Penyuluh Pertanian Ahli Pertama — kebutuhan 1"
	assert_line "Tidak ada peserta yang diperingkat. Tidak diperingkat: P 0, TL 0, TH 1."
}

@test "report: selection announcement in html: names escaped, one heading and table per formasi" {
	run --separate-stderr asn-report -q -f html "${AS_OF[@]}" "$R/seleksi.csv"
	assert_success
	[[ $output == *'<section id="seleksi">'* ]]
	[[ $output == *'<td class="nw">Rina &lt;Putri&gt; &amp; Sari</td>'* ]]
	[[ $output != *"<Putri>"* && $output != *"& Sari"* ]]
	[ "$(grep -c '^<h3>' <<< "$output")" -eq 4 ]
	[ "$(grep -c '<table' <<< "$output")" -eq 2 ]
	assert_line '<h3>Dinas Kesehatan / Perawat Ahli Pertama (cumlaude) — kebutuhan 1</h3>'
	sed 's/^Dinas Pertanian,Penyuluh Pertanian Ahli Pertama,/Dinas <b>Tani<\/b> \& Co,Penyuluh,/' \
		"$R/seleksi.csv" > s.csv
	run asn-report -q -f html "${AS_OF[@]}" s.csv
	assert_line '<h3>Dinas &lt;b&gt;Tani&lt;/b&gt; &amp; Co / Penyuluh — kebutuhan 1</h3>'
}

@test "report: selection announcement in English" {
	run asn-report -q --lang en "${AS_OF[@]}" "$R/seleksi.csv"
	assert_success
	assert_line "Selection places filled  4 of 5"
	assert_line "Selection results"
	assert_line "12 candidates in 4 formasi with 5 places: 4 passed, 1 of them through"
	assert_line "Dinas Kesehatan / Perawat Ahli Pertama — places 2"
	assert_line "Rank  Candidate no.  Name                 Final score  Status"
	assert_line "   1  K01            Rina <Putri> & Sari       85.182  P/L"
	assert_line "Not ranked: P 0, TL 1, TH 1."
	assert_line "No candidate ranked. Not ranked: P 0, TL 0, TH 1."
	run asn-report -q -f md --lang en "${AS_OF[@]}" "$R/seleksi.csv"
	assert_line "| Rank | Candidate no. | Name | Final score | Status | Decided by | Note |"
}

@test "report: the announcement is known by its fixed columns, whatever the rules name the rest" {
	sed '1s/^unit,jabatan,jenis_formasi,kebutuhan,no_peserta,nama,/satker,posisi,jenis,kebutuhan,nomor,nama_lengkap,/' \
		"$R/seleksi.csv" > renamed.csv
	run --separate-stderr asn-report "${AS_OF[@]}" renamed.csv
	assert_success
	assert_line "Dinas Kesehatan / Perawat Ahli Pertama (cumlaude) — kebutuhan 1"
	assert_line "Peringkat  No. peserta  Nilai akhir  Status"
	assert_line "        1  K01               85,182  P/L"
	# the candidates with their results lack the announcement's kebutuhan
	printf 'no_peserta,unit,jabatan,nilai_integrasi,peringkat,penentu,status,lulus\n' > hasil.csv
	run --separate-stderr asn-report hasil.csv
	assert_equal "$status" 2
	[[ $stderr == *"hasil.csv:1: header not recognised (no_peserta,unit,jabatan,nilai_integrasi,peringkat,penentu,status,lulus): looks like an asn-score --pengumuman table but column 'kebutuhan' is missing"* ]]
	run --separate-stderr asn-report "$R/seleksi.csv" renamed.csv
	assert_equal "$status" 2
	[[ $stderr == *"renamed.csv: a second asn-score --pengumuman table (the first was seleksi.csv): give one of each"* ]]
}

@test "report: a malformed announcement row is rejected with file:line (exit 1)" {
	sed -e 's/,K08,Hadi Wijaya,\(.*\),2,TL,/,K08,Hadi Wijaya,\1,2,XX,/' \
		-e 's/,K09,Indah Sari,\(.*\),77.727,3,/,K09,Indah Sari,\1,77.727,tiga,/' \
		-e 's/^\(Dinas Kesehatan,Perawat Ahli Pertama,umum,\)2,K05,/\13,K05,/' \
		-e 's/,K02,Budi Santoso,\(.*\),80.000,2,/,K02,Budi Santoso,\1,,2,/' \
		-e 's/,K10,Joko Susilo,\(.*\),,,P,/,K10,Joko Susilo,\1,,,P\/L,/' \
		"$R/seleksi.csv" > bad.csv
	run --separate-stderr asn-report "${AS_OF[@]}" -o out.txt bad.csv
	assert_equal "$status" 1
	assert_equal "${stderr_lines[0]}" "asn-report: bad.csv:3: nilai_integrasi is empty (a ranked candidate has one)"
	assert_equal "${stderr_lines[1]}" "asn-report: bad.csv:6: kebutuhan '3': the formasi's earlier rows say 2"
	assert_equal "${stderr_lines[2]}" "asn-report: bad.csv:9: status 'XX': expected P/L, P/L-O or TL for a ranked candidate"
	assert_equal "${stderr_lines[3]}" "asn-report: bad.csv:10: peringkat 'tiga': expected a number"
	assert_equal "${stderr_lines[4]}" "asn-report: bad.csv:11: status 'P/L': expected P, TL or TH for a candidate without a peringkat"
	assert_equal "${stderr_lines[-1]}" "asn-report: read 12 rows in 1 files, rejected 5"
	grep -q "^7 peserta pada 4 formasi dengan 5 kebutuhan: 3 lulus" out.txt
	! grep -q "K02\|K08\|K09" out.txt
}

@test "report: an announcement with a header only says so; --previous does not read one" {
	head -1 "$R/seleksi.csv" > header.csv
	run asn-report -q "${AS_OF[@]}" header.csv
	assert_success
	assert_line "Sumber header.csv: Tabel tidak berisi baris."
	assert_line "Kebutuhan seleksi terisi  0 dari 0"
	mkdir last
	cp "$R/previous/gap.csv" "$R/seleksi.csv" last/
	run --separate-stderr asn-report "${AS_OF[@]}" --previous last "$R/gap.csv" "$R/seleksi.csv"
	assert_success
	[[ $stderr != *seleksi* ]]
	# nothing to compare it with: last month's columns stay empty
	assert_line "Kebutuhan seleksi terisi  4 dari 5"
}

# The plan, the moves and the cost (rencana.csv, pindah.csv, biaya.csv,
# biaya-rencana.csv): tiny tables whose sums are worked out in the comments.
PLAN=("$R/rencana.csv" "$R/pindah.csv" "$R/biaya.csv" "$R/biaya-rencana.csv")

@test "report: the plan, the moves and the cost are recognised by their fixed columns" {
	run --separate-stderr asn-report "${AS_OF[@]}" "${PLAN[@]}"
	assert_success
	assert_equal "$stderr" "asn-report: read 21 rows in 4 files, rejected 0"
	[[ $output == *"Proyeksi"* ]] && false
	[[ $output == *"Rencana kebutuhan lima tahun"*"Redistribusi pegawai"*"Belanja pegawai"* ]]
	# the keys and the order of the columns do not matter
	cut -d, -f1,4- "$R/rencana.csv" > nokeys.csv
	run asn-report -q "${AS_OF[@]}" nokeys.csv
	assert_success
	assert_line "Jumlah               9    4     5"
	[[ $output != *"Sepuluh"* ]]
	# after the projection, before the retirees
	run asn-report -q "${AS_OF[@]}" "$R/pensiun.csv" "$R/biaya.csv" "$R/forecast.csv" \
		"$R/pindah.csv" "$R/rencana.csv"
	[[ $output == *"Proyeksi pegawai"*"Rencana kebutuhan"*"Redistribusi pegawai"*"Belanja pegawai"*"Pensiun 12 bulan ke depan"$'\n'* ]]
	printf 'jabatan,dari_unit,ke_unit\n' > p.csv
	run --separate-stderr asn-report p.csv
	assert_equal "$status" 2
	[[ $stderr == *"p.csv:1: header not recognised (jabatan,dari_unit,ke_unit): looks like an asn-gap --redistribusi table but column 'jumlah' is missing"* ]]
}

# 2027: kurang 4+2+1 = 7 in 3 positions, usulan 3+1+0 = 4 (pns 0+1+0 = 1, pppk
# 3), sisa 3; 2028: kurang 2+1+1+2 = 6 in 4, usulan 2+1+1+1 = 5 (pns 1+0+1+1 =
# 3, pppk 2), sisa 1.  Guru 3+1 = 4, Dokter 0+2 and Perawat 1+1 tie at 2 (by
# name), Penyuluh 1.  pendidikan 3, 1; kesehatan 1, 2+1 = 3; teknis 0, 1.
@test "report: five-year plan in txt: the paragraph, per year, per jabatan, per sector" {
	run --separate-stderr asn-report "${AS_OF[@]}" "$R/rencana.csv"
	assert_success
	assert_line "Usulan formasi 2027      4"
	assert_line "Rencana kebutuhan lima tahun"
	assert_line "Rencana 2027–2028: 9 usulan formasi (PNS 4, PPPK 5). Kekurangan 2027 adalah 7"
	assert_line "pada 3 jabatan: jumlah kekurangan tiap jabatan (kebutuhan − proyeksi bila"
	assert_line "kekurangan di jabatan lain. Kuota membatasi usulan pada 2027, 2028; kekurangan"
	assert_line "masih tersisa 1. Sumber: rencana.csv."
	assert_line "Tahun   Kurang  Usulan  PNS  PPPK  Sisa  Jabatan"
	assert_line "2027         7       4    1     3     3        3"
	assert_line "2028         6       5    3     2     1        4"
	assert_line "Jumlah               9    4     5"
	assert_line "Sepuluh jabatan dengan usulan terbanyak"
	assert_line "Jabatan               2027  2028  Jumlah"
	assert_line "Guru Ahli Pertama        3     1       4"
	assert_line "Dokter <Umum> & Gigi     0     2       2"
	assert_line "Perawat Ahli Pertama     1     1       2"
	assert_line "Penyuluh Pertanian       0     1       1"
	assert_line "Sektor      2027  2028  Jumlah"
	assert_line "Pendidikan     3     1       4"
	assert_line "Kesehatan      1     3       4"
	assert_line "Teknis         0     1       1"
	assert_line "Jumlah         4     5       9"
	# no quota cut: every shortfall proposed
	awk -F, 'BEGIN { OFS = "," } NR > 1 { $15 = $6; $17 = $15 - $16; $18 = 0 } { print }' \
		"$R/rencana.csv" > full.csv
	run asn-report -q "${AS_OF[@]}" full.csv
	assert_line "kekurangan di jabatan lain. Setiap kekurangan diusulkan: kuota tidak membatasi."
}

@test "report: five-year plan in md and html: the rows escaped" {
	run asn-report -q -f md "${AS_OF[@]}" "$R/rencana.csv"
	assert_line "## Rencana kebutuhan lima tahun"
	assert_line "| 2027 | 7 | 4 | 1 | 3 | 3 | 3 |"
	assert_line "| **Jumlah** |  | **9** | **4** | **5** |  |  |"
	assert_line "**Sepuluh jabatan dengan usulan terbanyak**"
	assert_line "| Dokter &lt;Umum&gt; &amp; Gigi | 0 | 2 | 2 |"
	assert_line "| Kesehatan | 1 | 3 | 4 |"
	assert_line "| Usulan formasi 2027 | 4 |"
	run asn-report -q -f html "${AS_OF[@]}" "$R/rencana.csv"
	[[ $output == *'<section id="rencana">'* ]]
	[[ $output == *'Dokter &lt;Umum&gt; &amp; Gigi'* && $output != *'<Umum>'* ]]
}

# 16 jabatan of one move each: the first 15 by name, then the 16th counted.
@test "report: redistribution: staff per jabatan, within and between units, at most 15 rows" {
	run --separate-stderr asn-report "${AS_OF[@]}" "$R/pindah.csv"
	assert_success
	assert_line "Redistribusi  7 pegawai"
	assert_line "7 pegawai dipindahkan dalam 4 perpindahan pada 3 jabatan: dari posisi yang"
	assert_line "Jabatan                Perpindahan  Pegawai"
	assert_line "Bidan Terampil                   1        3"
	assert_line "Guru Ahli Pertama                2        3"
	assert_line "Perawat <Ahli> & Muda            1        1"
	assert_line "Jumlah                           4        7"
	assert_line "Dalam satu unit (OPD)            3        6"
	assert_line "Antarunit                        1        1"
	run asn-report -q -f md "${AS_OF[@]}" "$R/pindah.csv"
	assert_line "| Perawat &lt;Ahli&gt; &amp; Muda | 1 | 1 |"
	assert_line "| Dalam satu unit (OPD) | 3 | 6 |"
	{
		echo "jabatan,dari_unit,dari_subunit,ke_unit,ke_subunit,jumlah,biaya"
		for i in $(seq -w 1 16); do echo "J$i,A,,B,,1,2"; done
	} > many.csv
	run asn-report -q "${AS_OF[@]}" many.csv
	assert_line --regexp '^J15 +1 +1$'
	refute_line --regexp '^J16 '
	assert_line --regexp '^1 jabatan lainnya +1 +1$'
	assert_line --regexp '^Jumlah +16 +16$'
	assert_line --regexp '^Antarunit +16 +16$'
}

# biaya.csv: Total rows 2026 180,000,000 (18.00 % of 1,000,000,000) and 2027
# 150,000,000; biaya-rencana.csv: 2027 350,000,000 (35.00 %, over the cap),
# 200,000,000 more than the staff alone.
@test "report: personnel cost: the Total rows, the cap, the staff and the plan side by side" {
	run --separate-stderr asn-report "${AS_OF[@]}" "$R/biaya-rencana.csv" "$R/biaya.csv"
	assert_success
	assert_line "Belanja pegawai 2026  18,00 % APBD"
	assert_line "Belanja pegawai 2026–2027: Rp 180.000.000 pada 2026, Rp 150.000.000 pada 2027"
	assert_line "350.000.000 pada 2027, Rp 200.000.000 lebih banyak. UU 1/2022 pasal 146"
	assert_line "membatasi belanja pegawai paling tinggi 30 % dari total belanja APBD, dipenuhi"
	assert_line "dalam lima tahun. Di atas batas pada 2027. Sumber: biaya.csv, biaya-rencana.csv."
	assert_line "Tahun  Pegawai saat ini  Dengan rencana  % APBD saat ini  % APBD rencana"
	assert_line "2026        180.000.000     180.000.000            18,00           18,00"
	assert_line "2027        150.000.000     350.000.000            15,00           35,00"
	assert_line "Pegawai saat ini (biaya.csv)"
	assert_line "Dengan usulan rencana (biaya-rencana.csv)"
	assert_line "2027          2,50  125.000.000  25.000.000  150.000.000"
	assert_line "2027          5,50  290.000.000  60.000.000  350.000.000"
	assert_line "2027   1.000.000.000   35,00      -50.000.000            0"
	[[ $output == *"Pegawai saat ini (biaya.csv)"*"Dengan usulan rencana (biaya-rencana.csv)"* ]]
	run asn-report -q -f md "${AS_OF[@]}" "$R/biaya.csv" "$R/biaya-rencana.csv"
	assert_line "| 2027 | 150.000.000 | 350.000.000 | 200.000.000 | 15,00 | 35,00 |"
	assert_line "### Pegawai saat ini (biaya.csv)"
	assert_line "| 2026 | 1.000.000.000 | 18,00 | 120.000.000 | 2 |"
	# names that do not tell: the order given
	cp "$R/biaya-rencana.csv" a.csv
	cp "$R/biaya.csv" b.csv
	run asn-report -q "${AS_OF[@]}" a.csv b.csv
	assert_line "Pegawai saat ini (a.csv)"
	assert_line "2027        350.000.000     150.000.000            35,00           15,00"
	run --separate-stderr asn-report "${AS_OF[@]}" a.csv b.csv "$R/biaya.csv"
	assert_equal "$status" 2
	[[ $stderr == *"biaya.csv: a third asn-forecast --biaya table (the first two were a.csv and b.csv): give the staff's cost and the plan's at most"* ]]
}

# With no key column every row is a year; with no APBD, no share.
@test "report: personnel cost of one table without groups nor APBD" {
	printf 'tahun,pegawai,biaya_gaji,biaya_tunjangan,biaya_total\n2026,1.00,1000000,234567,1234567\n' > c.csv
	run --separate-stderr asn-report "${AS_OF[@]}" c.csv
	assert_success
	assert_line "Belanja pegawai 2026  Rp 1.234.567"
	assert_line "Belanja pegawai 2026: Rp 1.234.567 (gaji, tunjangan, gaji ketiga belas dan THR)."
	assert_line "Tahun  Orang-tahun       Gaji  Tunjangan     Jumlah"
	assert_line "2026          1,00  1.000.000    234.567  1.234.567"
	[[ $(tr '\n' ' ' <<< "$output") == *"Tanpa APBD (asn-forecast --apbd) bagian terhadap batas tidak dihitung."* ]]
	refute_line --partial "Rekrut muat"
	refute_line --partial "Pegawai saat ini"
}

# The Monte Carlo band and the chance over the cap (asn-forecast --sims): the
# band beside each year's cost, the last year's in the text, and each year
# the runs go over the cap in at least 1 % of runs named.
@test "report: personnel cost with its simulation band and chance over the cap" {
	{
		echo 'tahun,unit,pegawai,biaya_gaji,biaya_tunjangan,biaya_total,biaya_batas,apbd,persen_apbd,batas_30,sisa_batas,rekrut_muat,biaya_lo,biaya_hi,p_lewat_batas'
		echo '2026,Dinas A,1.00,200,90,290,290,,,,,,280,300,'
		echo '2026,Total,1.00,200,90,290,290,1000,29.00,300,10,0,280,300,0.0500'
		echo '2027,Total,1.00,210,90,300,300,1000,30.00,300,0,0,285,315,0.4850'
		echo '2028,Total,1.00,210,90,300,300,1000,30.00,300,0,0,290,310,0.0049'
	} > b.csv
	run --separate-stderr asn-report -f md "${AS_OF[@]}" b.csv
	assert_success
	assert_line "| Tahun | Orang-tahun | Gaji | Tunjangan | Jumlah | Rentang simulasi |"
	assert_line "| 2027 | 1,00 | 210 | 90 | 300 | 285–315 |"
	assert_line "| Tahun | APBD | % APBD | Sisa batas 30 % | Rekrut muat | Peluang lewat batas |"
	assert_line "| 2027 | 1.000 | 30,00 | 0 | 0 | 48,5% |"
	[[ $output == *"Rentang simulasi 2028: Rp 290–310."* ]]
	# 0.49 % of runs is not told
	[[ $output == *"Peluang melewati batas menurut simulasi: 2026 5,0%, 2027 48,5%."* ]]
	# beside the plan's table, the plan's chance is the one told
	sed -e 's/,0.0500$/,0.2000/' -e 's/,0.4850$/,0.9000/' b.csv > b-rencana.csv
	run --separate-stderr asn-report -f md "${AS_OF[@]}" b.csv b-rencana.csv
	assert_success
	[[ $output == *"Dengan rencana, peluang melewati batas menurut simulasi: 2026 20,0%, 2027 90,0%."* ]]
	sed 's/,0.4850$/,1.5/' b.csv > bad.csv
	run --separate-stderr asn-report "${AS_OF[@]}" bad.csv
	assert_equal "$status" 1
	[[ $stderr == *"bad.csv:4"*"p_lewat_batas '1.5'"* ]]
}

# asn-forecast --biaya-rincian of tests/biaya.bats's members: 2026 per
# status and golongan, the members counted once, their months and cost as
# worked by hand there; the total is that test's 224,327,109.
@test "report: the cost traced to the pay table's rows (--biaya-rincian)" {
	run --separate-stderr asn-report -q -f md --as-of 2026-01-01 "$FIX/biaya/rincian.expected.csv"
	assert_success
	assert_line "### Rincian 2026 per golongan (rincian.expected.csv)"
	assert_line "| Status | Golongan | Pegawai | Orang-bulan | Gaji pokok | Jumlah |"
	assert_line "| PNS | III/a | 1 | 12 | 2.785.700 | 49.656.888 |"
	assert_line "| PNS | III/b | 1 | 12 | 3.607.500 | 62.772.816 |"
	assert_line "| PNS | IV/e | 1 | 3 | 6.373.200 | 37.455.849 |"
	assert_line "| CPNS | II/a | 1 | 6 | 2.184.000 | 16.506.216 |"
	assert_line "| PPPK | IX | 1 | 12 | 3.304.400 | 57.935.340 |"
	assert_line "| **Jumlah** |  | **5** | **45** |  | **224.327.109** |"
	# 2027 alone: B is a CPNS to June and PNS after, in both rows, once in
	# the total (A, B, C and F: 4)
	grep -E '^(tahun|2027),' "$FIX/biaya/rincian.expected.csv" > y2027.csv
	run --separate-stderr asn-report -q -f md --as-of 2027-01-01 y2027.csv
	assert_line "| PNS | II/a | 1 | 6 | 2.218.400 | 20.266.392 |"
	assert_line "| CPNS | II/a | 1 | 6 | 2.184.000 | 16.506.216 |"
	assert_line "| **Jumlah** |  | **4** | **48** |  | **208.950.708** |"
	sed '2s/,PNS,III\/a,/,Honorer,III\/a,/' "$FIX/biaya/rincian.expected.csv" > bad.csv
	run --separate-stderr asn-report -q --as-of 2026-01-01 bad.csv
	assert_equal "$status" 1
	[[ $stderr == *"bad.csv:2"*"status 'Honorer': expected PNS, CPNS or PPPK"* ]]
	# a golongan of the other table, and months past a year
	sed -e '2s/,PNS,III\/a,/,PNS,IX,/' -e '3s/,12,38999796,/,13,38999796,/' \
		"$FIX/biaya/rincian.expected.csv" > bad.csv
	run --separate-stderr asn-report -q --as-of 2026-01-01 bad.csv
	assert_equal "$status" 1
	[[ $stderr == *"bad.csv:2"*"golongan 'IX': not a golongan of PNS"* ]]
	[[ $stderr == *"bad.csv:3"*"bulan '13': expected the months paid, 1 to 12"* ]]
}

@test "report: the plan, the moves and the cost in English" {
	run asn-report -q --lang en "${AS_OF[@]}" "${PLAN[@]}"
	assert_success
	assert_line "Proposed hires 2027             4"
	assert_line "Redistribution            7 staff"
	assert_line "Personnel cost 2026  18.00 % APBD"
	assert_line "Five-year plan"
	assert_line "Plan 2027–2028: 9 proposed hires (PNS 4, PPPK 5). The shortfall of 2027 is 7 in"
	assert_line "Year   Short  Proposed  PNS  PPPK  Left  Positions"
	assert_line "2027       7         4    1     3     3          3"
	assert_line "Sector     2027  2028  Total"
	assert_line "Education     3     1      4"
	assert_line "comes back the next year, and the shortfall left at the end of 2028 is 1."
	assert_line "Redistribution"
	assert_line "7 staff moved in 4 moves in 3 jabatan: from positions in surplus to positions of"
	assert_line "Within a unit (OPD)      3      6"
	assert_line "Personnel cost"
	assert_line "Personnel cost 2026–2027: Rp 180,000,000 in 2026, Rp 150,000,000 in 2027 (pay,"
	assert_line "2027    150,000,000    350,000,000  200,000,000       15.00        35.00"
	assert_line "Staff in post (biaya.csv)"
	assert_line "With the plan's hires (biaya-rencana.csv)"
}

@test "report: a malformed plan, move or cost row is rejected with file:line (exit 1)" {
	sed -e '3s/,kesehatan,/,lainnya,/' -e '5s/,1,2,1,1,0$/,1,0,0,0,0/' \
		-e '6s/,2,1,0,1,0$/,2,1,1,1,0/' "$R/rencana.csv" > r.csv
	sed -e '2s/,3,1$/,dua,1/' -e '3s/,2,1$/,1.5,1/' -e '5s/^Perawat <Ahli> & Muda,Dinas Kesehatan/Perawat <Ahli> \& Muda,/' \
		"$R/pindah.csv" > p.csv
	sed -e '4s/,180000000,180000000,1000000000/,x,180000000,1000000000/' \
		-e '2s/,120000000,120000000,/,x,x,/' "$R/biaya.csv" > b.csv
	printf '2027,Total,3.00,1,1,2,2,,,,,\n' >> b.csv
	run --separate-stderr asn-report "${AS_OF[@]}" -o out.txt r.csv p.csv b.csv
	assert_equal "$status" 1
	assert_equal "${stderr_lines[0]}" "asn-report: r.csv:3: sektor 'lainnya': expected pendidikan, kesehatan or teknis"
	assert_equal "${stderr_lines[1]}" "asn-report: r.csv:5: usulan 0 + sisa 0 is not kurang 2"
	assert_equal "${stderr_lines[2]}" "asn-report: r.csv:6: pns 1 + pppk 1 is not usulan 1"
	assert_equal "${stderr_lines[3]}" "asn-report: p.csv:2: jumlah 'dua': expected a number"
	assert_equal "${stderr_lines[4]}" "asn-report: p.csv:3: jumlah '1.5': expected a whole number of staff"
	assert_equal "${stderr_lines[5]}" "asn-report: p.csv:5: dari_unit is empty"
	assert_equal "${stderr_lines[6]}" "asn-report: b.csv:4: biaya_total 'x': expected a number"
	assert_equal "${stderr_lines[7]}" "asn-report: b.csv:8: tahun '2027': the year's sums were given before"
	assert_equal "${stderr_lines[-1]}" "asn-report: read 18 rows in 3 files, rejected 8"
	# what is left: 2027 Guru (3) and Penyuluh (0), 2028 Perawat (1) and
	# Penyuluh (1); the move of SD 3; the Total of 2027
	grep -q "^Rencana 2027–2028: 5 usulan formasi (PNS 2, PPPK 3)" out.txt
	grep -q "^1 pegawai dipindahkan dalam 1 perpindahan pada 1 jabatan" out.txt
	grep -q "^Belanja pegawai 2027: Rp 150.000.000 (gaji" out.txt
}

# rejects.csv: 5 rows refused; by column NIP BARU 2, the whole row 1,
# "A&B <x>" 1, TANGGAL LAHIR 1; by reason nip 2 (two values, one kind),
# "expected 6 fields, got 5" 1, nama 1, tanggal_lahir 1; each 1 of 5 is 20 %.
@test "report: data quality: the rows asn-import refused, by column and by reason" {
	run --separate-stderr asn-report "${AS_OF[@]}" "$R/rejects.csv"
	assert_success
	assert_line "Kualitas data"
	assert_line --regexp "^5 baris ekspor ditolak asn-import .* dengan 4 jenis$"
	assert_line --regexp "^NIP BARU +2 +40,0%$"
	assert_line --regexp "^\(seluruh baris\) +1 +20,0%$"
	assert_line --regexp "^TANGGAL LAHIR +1 +20,0%$"
	assert_line --regexp "^nip +2 +40,0%$"
	assert_line --regexp "^expected 6 fields, got 5 +1 +20,0%$"
	assert_line --regexp "^tanggal_lahir +1 +20,0%$"
	assert_line --regexp "^Jumlah +5 +100,0%$"
	refute_output --partial "1977"
	run asn-report -q -f md --lang en "${AS_OF[@]}" "$R/rejects.csv"
	assert_line "## Data quality"
	assert_line "| A&amp;B &lt;x&gt; | 1 | 20.0% |"
	run asn-report -q -f html "${AS_OF[@]}" "$R/rejects.csv"
	[[ $output == *"A&amp;B &lt;x&gt;"* ]]
	# at most ten of each, the rest in one row
	{
		echo "line,column,value,reason,a"
		for i in $(seq -w 1 12); do echo "$i,C$i,v,\"r$i: x\",v"; done
		echo "x,C1,v,r,v"
		echo "14,C1,v,,v"
	} > many.csv
	run --separate-stderr asn-report -q "${AS_OF[@]}" many.csv
	assert_failure 1
	assert_line --regexp "^C10 +1 +8,3%$"
	refute_line --regexp "^C11 "
	assert_line --regexp "^2 lainnya +2 +16,7%$"
	assert_line --regexp "^Jumlah +12 +100,0%$"
	[[ $stderr == *"many.csv:14: line 'x': expected a number"* ]]
	[[ $stderr == *"many.csv:15: reason is empty"* ]]
}

# calon-pindah.csv: 3 staff; Guru Ahli Pertama 2 (within Dinas Pendidikan),
# the perawat 1 (RSUD to Dinas Kesehatan); names never shown.
@test "report: the staff named to move, per jabatan, without names" {
	run --separate-stderr asn-report "${AS_OF[@]}" "$R/calon-pindah.csv"
	assert_success
	assert_line "Calon pegawai yang dipindahkan"
	assert_line --regexp "^3 pegawai disebut untuk redistribusi pada 2 jabatan: 2 dalam satu unit"
	assert_line --regexp "^Guru Ahli Pertama +2 +66,7%$"
	assert_line --regexp "^Perawat <Terampil> & Co +1 +33,3%$"
	assert_line --regexp "^Jumlah +3 +100,0%$"
	refute_output --partial "Ani"
	refute_output --partial "Budi"
	refute_output --partial "199001012015011001"
	run asn-report -q -f md "${AS_OF[@]}" "$R/calon-pindah.csv"
	assert_line "| Perawat &lt;Terampil&gt; &amp; Co | 1 | 33,3% |"
	printf 'nip,nama,jabatan,dari_unit,ke_unit\n,A,J,U,V\n1,A,J,U,V\n' > bad.csv
	run --separate-stderr asn-report -q "${AS_OF[@]}" bad.csv
	assert_failure 1
	[[ $stderr == *"bad.csv:2: nip is empty"* ]]
}

# usulan.csv: 2026 2 + 1 + 0 = 3, 2027 1 + 0 + 2 = 3, jumlah 6; PNS 1 + 0 + 2
# = 3, PPPK 2 + 1 + 0 = 3; Guru Ahli Pertama 3 + 1 = 4, Perawat Terampil 2.
@test "report: the submission: per year, PNS and PPPK, the jabatan asking most" {
	run --separate-stderr asn-report "${AS_OF[@]}" "$R/usulan.csv"
	assert_success
	assert_line "Usulan kebutuhan"
	assert_line --regexp "^Usulan kebutuhan ASN: 6 formasi pada 2 jabatan, 3 PNS dan 3 PPPK\\."
	assert_line --regexp "^2026 +3$"
	assert_line --regexp "^2027 +3$"
	assert_line --regexp "^Jumlah +6$"
	assert_line --regexp "^PNS +3 +50,0%$"
	assert_line --regexp "^PPPK +3 +50,0%$"
	assert_line --regexp "^Guru Ahli Pertama +S1 Pendidikan +4$"
	assert_line --regexp "^Perawat Terampil +D3 Keperawatan & Kebidanan +2$"
	run asn-report -q -f md --lang en "${AS_OF[@]}" "$R/usulan.csv"
	assert_line "## Submission"
	assert_line "| Perawat Terampil | D3 Keperawatan &amp; Kebidanan | 2 |"
	printf 'jabatan,kualifikasi_pendidikan,jumlah_2026,jumlah,pns,pppk\nJ,S1,2,2,1,0\nK,S1,z,1,1,0\n' > bad.csv
	run --separate-stderr asn-report -q "${AS_OF[@]}" bad.csv
	assert_failure 1
	[[ $stderr == *"bad.csv:2: pns + pppk is not jumlah"* ]]
	[[ $stderr == *"bad.csv:3: jumlah_2026 'z': expected a number"* ]]
}

# gap-subunit.csv: shortages SD 2 -3, SD 1 -2, Puskesmas <A> -1: 6 staff in
# 3 positions of 3 subunits; the Total row is not a subunit.
@test "report: two gap tables: by unit the main section, by subunit the largest shortages" {
	run --separate-stderr asn-report "${AS_OF[@]}" "$R/gap-subunit.csv" "$R/gap.csv"
	assert_success
	assert_line "Kebutuhan dan bezetting per unit"
	assert_line "Kekurangan terbesar per sekolah dan puskesmas"
	assert_line --regexp "^Kurang 6 pegawai pada 3 posisi di 3 subunit"
	[[ $output == *"Dinas Pendidikan  SD 2"*"Dinas Pendidikan  SD 1"*"Puskesmas <A>"* ]]
	refute_line --regexp "^Total "
	run asn-report -q -f md --lang en "${AS_OF[@]}" "$R/gap.csv" "$R/gap-subunit.csv"
	assert_line "## Largest shortages per school and health centre"
	assert_line "| Dinas Pendidikan | SD 2 | Guru Ahli Pertama | 4 | 1 | -3 |"
	assert_line "| Dinas Kesehatan | Puskesmas &lt;A&gt; | Perawat Terampil | 2 | 1 | -1 |"
	# fifteen at most, the largest
	{
		echo "unit,subunit,jabatan,beban_jam,kebutuhan_hitung,kebutuhan,bezetting,selisih,status"
		for i in $(seq 1 17); do echo "U,S$i,J,,,$i,0,-$i,kurang"; done
		echo "U,,J,,,1,0,-1,kurang"
	} > many.csv
	run --separate-stderr asn-report -q -f md "${AS_OF[@]}" many.csv
	assert_failure 1
	assert_line "| U | S17 | J | 17 | 0 | -17 |"
	assert_line "| U | S3 | J | 3 | 0 | -3 |"
	refute_line "| U | S2 | J | 2 | 0 | -2 |"
	[[ $stderr == *"many.csv:19: subunit is empty"* ]]
}

@test "report: last month's rejects, moves named, submission and subunit gap are skipped" {
	mkdir prev
	cp "$R/gap.csv" "$R/gap-subunit.csv" "$R/rejects.csv" "$R/calon-pindah.csv" \
		"$R/usulan.csv" prev/
	run --separate-stderr asn-report "${AS_OF[@]}" --previous prev "$R/gap.csv"
	assert_success
	[[ $stderr != *"skipped"* ]]
	refute_output --partial "Kualitas data"
	refute_output --partial "Kekurangan terbesar"
}

@test "report: retirements counted per jabatan in the body, the names in a capped appendix" {
	# pensiun.csv: 4 in the next 12 months, 2 Pengadministrasi Perkantoran
	run asn-report -q -f md "${AS_OF[@]}" --max-names 2 "$R/pensiun.csv"
	assert_success
	assert_line "| Pengadministrasi Perkantoran | 2 |"
	assert_line "## Lampiran: pegawai pensiun 12 bulan ke depan"
	# by date: Tri Wahyono (1 Dec 2026), then the one of 1 March 2027; 2 more
	[[ $output == *"Tri Wahyono"* && $output != *"Nur Aisyah"* && $output != *"Tepat Setahun"* ]]
	assert_line "2 pegawai lainnya: daftar lengkap di pensiun.csv."
	run asn-report -q -f md "${AS_OF[@]}" --max-names 0 --lang en "$R/pensiun.csv"
	assert_line "4 more: the full list is in pensiun.csv."
}

@test "report: --no-names leaves every NIP and name out, in every format" {
	for format in txt md html; do
		run asn-report -q -f $format "${AS_OF[@]}" --no-names "$R/pensiun.csv" "$R/gap.csv"
		assert_success
		[[ $output != *"Tri Wahyono"* && $output != *196811042000081001* && $output != *"Lampiran"* ]]
		[[ $output == *"Nama dan NIP tidak dicantumkan dalam laporan ini"* ]]
	done
}

# The decisions table, by hand: shortages 4 (Guru Ahli Pertama) and 2
# (Perawat Ahli Pertama), the Penyuluh in surplus left out; retirements of
# 2026 and 2027 from the projection per jabatan (1 + 2 = 3 and 0 + 1 = 1;
# 2028's are not counted); the plan's usulan of 2027, the year after the
# report's (rencana.csv: 3 and 1); the staff moved (pindah.csv: 2 + 1 = 3
# Guru, no Perawat Ahli Pertama).
@test "report: the decisions put each jabatan's shortage beside its retirements, hires and moves" {
	printf 'unit,jabatan,beban_jam,kebutuhan_hitung,kebutuhan,bezetting,selisih,status\nDinas Pendidikan,Guru Ahli Pertama,,,10,6,-4,kurang\nDinas Kesehatan,Perawat Ahli Pertama,,,5,3,-2,kurang\nDinas Pertanian,Penyuluh Pertanian,,,3,4,1,lebih\n' > gap.csv
	{
		echo 'tahun,unit,jabatan,awal,pensiun,keluar,masuk,akhir,akhir_lo,akhir_hi,p_kurang,kebutuhan,selisih,formasi_usulan'
		echo '2026,Dinas Pendidikan,Guru Ahli Pertama,6,1,0,0,5,,,,10,-5,5'
		echo '2027,Dinas Pendidikan,Guru Ahli Pertama,5,2,0,0,3,,,,10,-7,2'
		echo '2028,Dinas Pendidikan,Guru Ahli Pertama,3,1,0,0,2,,,,10,-8,1'
		echo '2026,Dinas Kesehatan,Perawat Ahli Pertama,3,0,0,0,3,,,,5,-2,2'
		echo '2027,Dinas Kesehatan,Perawat Ahli Pertama,3,1,0,0,2,,,,5,-3,1'
	} > forecast.csv
	run --separate-stderr asn-report -f md "${AS_OF[@]}" gap.csv forecast.csv "$R/rencana.csv" "$R/pindah.csv"
	assert_success
	assert_line "Kekurangan saat ini 6 pegawai pada 2 jabatan. Tabel berikut menyandingkan jabatan dengan kekurangan terbesar dengan yang akan mengubahnya: pensiun yang akan datang, usulan rekrutmen tahun pertama rencana dan pegawai yang dipindahkan oleh redistribusi, sejauh datanya tersedia."
	assert_line "| Jabatan | Kurang | Pensiun 2026–2027 | Usulan 2027 | Dipindah |"
	assert_line "| Guru Ahli Pertama | 4 | 3 | 3 | 3 |"
	assert_line "| Perawat Ahli Pertama | 2 | 1 | 1 | 0 |"
	[[ $(sed -n '/^## Keputusan/,/^## Kebutuhan/p' <<< "$output") != *Penyuluh* ]]
	# and in the order of the report: the decisions right after the summary
	[[ $output == *"## Ringkasan"*"## Keputusan bulan ini"*"## Kebutuhan"* ]]
}

# An archive of month folders as the monthly job keeps them: 2026-08 holds
# no table (told, left out), 2026-09 and 2026-10 are last month's tables,
# 2026-12 is after the report's month (not read).  The view lists 2026-09,
# 2026-10 and this month; the changes are against 2026-10, the latest.
@test "report: --previous an archive gives the month-by-month view; --index lists the reports" {
	mkdir -p arsip/2026-08 arsip/2026-09 arsip/2026-10 arsip/2026-12 arsip/.2026-11.tmp arsip/catatan
	cp "$R"/previous/*.csv arsip/2026-09/
	cp "$R"/previous/*.csv arsip/2026-10/
	cp "$R"/previous/*.csv arsip/2026-12/
	head -5 "$R/previous/pegawai.csv" > arsip/2026-09/pegawai.csv
	run --separate-stderr asn-report -f md "${AS_OF[@]}" --previous arsip "${ALL[@]}"
	assert_success
	[[ $stderr == *"arsip/2026-08: no recognised table: no month-over-month changes from 2026-08"* ]]
	assert_line "| 2026-09 | 4 | 13 | 6 |  | 2 |"
	assert_line "| 2026-10 | 9 | 13 | 6 |  | 2 |"
	assert_line "| 2026-11 | 11 | 15 | 6 | 4 | 2 |"
	refute_line --partial "| 2026-12 |"
	# the changes are the same as with last month's folder alone
	run asn-report -q -f md "${AS_OF[@]}" --previous arsip/2026-10 "${ALL[@]}"
	local one=$output
	run asn-report -q -f md "${AS_OF[@]}" --previous arsip "${ALL[@]}"
	assert_equal "$(sed -n '/^## Ringkasan/,/^## Keputusan/p' <<< "$output")" \
		"$(sed -n '/^## Ringkasan/,/^## Keputusan/p' <<< "$one")"
	# two folders given one by one: the same view
	run asn-report -q -f md "${AS_OF[@]}" --previous arsip/2026-09 --previous arsip/2026-10 "${ALL[@]}"
	assert_line "| 2026-09 | 4 | 13 | 6 |  | 2 |"
	# the index: the months with a report, newest first, html with md and txt
	for m in 2026-09 2026-10; do
		touch "arsip/$m/laporan-$m.html" "arsip/$m/laporan-$m.md"
	done
	run --separate-stderr asn-report --index arsip -o arsip/index.html --title 'Kab. <Mamuju>'
	assert_success
	assert_equal "$stderr" "asn-report: arsip: 2 monthly report(s) listed"
	grep -q '<title>Kab. &lt;Mamuju&gt;</title>' arsip/index.html
	assert_equal "$(grep -o 'href="[^"]*"' arsip/index.html | tr '\n' ' ')" 'href="2026-10/laporan-2026-10.html" href="2026-10/laporan-2026-10.md" href="2026-09/laporan-2026-09.html" href="2026-09/laporan-2026-09.md" '
	run --separate-stderr asn-report --index nowhere
	assert_equal "$status" 3
	assert_equal "$stderr" "asn-report: nowhere: cannot read the archive"
	run --separate-stderr asn-report --index arsip "$R/gap.csv"
	assert_equal "$status" 2
}

# A retiree on MPP: Nur Aisyah (retiring 2027-06-01, in pensiun.csv) with
# kedudukan mpp in the pegawai table is away from her post, so of the 4
# retirees of the next 12 months 1 is not in post, said beside the list.
@test "report: the retirees not in post by kedudukan are counted beside the list" {
	awk -F, -v OFS=, 'NR == 1 { print $0, "kedudukan"; next }
		{ print $0, ($1 == "196905112000012001" ? "mpp" : "aktif") }' "$R/pegawai.csv" > p.csv
	run --separate-stderr asn-report -q -f md "${AS_OF[@]}" p.csv "$R/pensiun.csv"
	assert_success
	assert_line "4 pegawai pensiun setelah 1 November 2026 sampai dengan 1 November 2027. Sumber: pensiun.csv."
	assert_line "1 di antaranya tidak sedang menjabat menurut kedudukannya (MPP, CLTN, tugas belajar, …): jabatan mereka sudah tidak terisi, dan mereka tidak dihitung dalam pensiun per tahun di ringkasan dan proyeksi."
	# with everyone in post, no such line
	run asn-report -q -f md "${AS_OF[@]}" "$R/pegawai.csv" "$R/pensiun.csv"
	refute_output --partial "tidak sedang menjabat"
}

@test "report: the footer names the configuration; the decisions link to their sections in html" {
	printf 'ikm:\n  b: 76.61\n' > k.yaml
	run --separate-stderr asn-report -q -f md -c k.yaml "${AS_OF[@]}" "$R/gap.csv" "$R/ikm.csv"
	assert_success
	[[ ${lines[-1]} == *" · Konfigurasi: k.yaml" ]]
	run asn-report -q -f html "${AS_OF[@]}" "$R/gap.csv" "$R/ikm.csv"
	assert_output --partial '<p>Rincian di bagian: <a href="#kebutuhan">Kebutuhan dan bezetting per unit</a>; <a href="#ikm">Indeks kepuasan masyarakat (IKM) per unit</a>.</p>'
	assert_output --partial '<section id="kebutuhan">'
	assert_output --partial '<section id="ikm">'
	[[ $output == *"Konfigurasi: bawaan"* ]]
}

# Per jabatan over the units, by hand: Perawat in unit A (workload 2,500 h,
# need 2.00, 1 in post) and B (1,250 h, 1.00, 3): need 3, staff 4, +1; EJ
# 3,750 / (4 x 1,250) = 0.75, PJ C (0.70-0.89); WISN 4 / 3 = 1.33.  Bidan
# with no workload (a formasi row): no EJ; WISN 1 / 1.50 = 0.67.
@test "report: need and staff per jabatan with EJ, PJ and the WISN ratio" {
	{
		echo 'unit,jabatan,beban_jam,kebutuhan_hitung,kebutuhan,bezetting,selisih,status,ej,pj,wisn_ratio'
		echo 'A,Perawat,2500.00,2.00,2,1,-1,kurang,2.00,A,0.50'
		echo 'B,Perawat,1250.00,1.00,1,3,2,lebih,0.33,E,3.00'
		echo 'C,Bidan,,1.50,2,1,-1,kurang,,,0.67'
	} > g.csv
	run --separate-stderr asn-report -q -f md "${AS_OF[@]}" g.csv
	assert_success
	assert_line "| Jabatan | Kebutuhan | Bezetting | Selisih | EJ | PJ | WISN |"
	assert_line "| Bidan | 2 | 1 | -1 |  |  | 0,67 |"
	assert_line "| Perawat | 3 | 4 | +1 | 0,75 | C | 1,33 |"
	assert_line --partial "WISN: bezetting dibagi kebutuhan yang dihitung"
}

# Scenarios side by side (asn-forecast --plan --skenario with --biaya, the
# rows of tests/biaya.bats): no hires leaves 2 short in both years at 29.85 %
# of the APBD in 2027; filling every shortfall hires 2, leaves none, and
# costs 43.72 %.
@test "report: the plan's scenarios side by side" {
	{
		echo 'skenario,tahun,awal,pensiun,keluar,masuk,akhir,kebutuhan,kurang,posisi_kurang,p_kurang,biaya_total,persen_apbd'
		echo 'nol,2026,6,1,0,0,5,6,2,2,,224327109,32.05'
		echo 'nol,2027,5,0,0,0,5,6,2,2,,208950708,29.85'
		echo 'isi,2026,6,1,0,2,7,6,0,0,,224327109,32.05'
		echo 'isi,2027,7,0,0,0,7,6,0,0,,306042216,43.72'
	} > sk.csv
	run --separate-stderr asn-report -q -f md --as-of 2026-01-01 sk.csv
	assert_success
	assert_line "| Skenario | Rekrut | 2026 | 2027 | % APBD 2027 |"
	assert_line "**Kekurangan pada akhir tiap tahun, per skenario**"
	assert_line "| nol | 0 | 2 | 2 | 29,85 |"
	assert_line "| isi | 2 | 0 | 0 | 43,72 |"
	# not a projection: the scenarios are not summed as one
	refute_output --partial "Proyeksi pegawai"
	# simulated (--sims): each one's highest yearly chance over the cap
	sed -e '1s/$/,biaya_lo,biaya_hi,p_lewat_batas/' -e '2,$s/$/,1,2,0.5000/' \
		-e '/^isi,2027/s/0.5000$/1.0000/' sk.csv > skp.csv
	run --separate-stderr asn-report -q -f md --as-of 2026-01-01 skp.csv
	assert_line "| Skenario | Rekrut | 2026 | 2027 | % APBD 2027 | Peluang lewat batas (tahun terburuk) |"
	assert_line "| nol | 0 | 2 | 2 | 29,85 | 50,0% |"
	assert_line "| isi | 2 | 0 | 0 | 43,72 | 100,0% |"
	printf 'skenario,tahun,awal,pensiun,keluar,masuk,akhir,kebutuhan,kurang,posisi_kurang,p_kurang\nnol,20x6,6,1,0,0,5,6,2,2,\n' > bad.csv
	run --separate-stderr asn-report -q bad.csv
	assert_equal "$status" 1
	[[ $stderr == *"bad.csv:2"*"tahun"* ]]
}

@test "report: --previous at most 12 times" {
	local a=() i
	for i in $(seq 13); do a+=(--previous "$R/previous"); done
	run --separate-stderr asn-report "${AS_OF[@]}" "${a[@]}" "$R/gap.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-report: --previous: at most 12 folders"
}

# The scenario table's limits: 16 scenarios and 10 years; the row past
# either is rejected (status 1), the rest shown.
@test "report: more than 16 scenarios or 10 years in a scenario table are rejected rows" {
	local i
	{
		echo 'skenario,tahun,awal,pensiun,keluar,masuk,akhir,kebutuhan,kurang,posisi_kurang,p_kurang'
		for i in $(seq 17); do echo "s$i,2026,6,1,0,0,5,6,1,1,"; done
	} > many.csv
	run --separate-stderr asn-report -f md --as-of 2026-01-01 many.csv
	assert_equal "$status" 1
	[[ $stderr == *"many.csv:18"*"more than 16 scenarios"* ]]
	assert_line "| s16 | 0 | 1 |"
	refute_line --partial "| s17 |"
	{
		echo 'skenario,tahun,awal,pensiun,keluar,masuk,akhir,kebutuhan,kurang,posisi_kurang,p_kurang'
		for i in $(seq 2026 2036); do echo "nol,$i,6,1,0,0,5,6,1,1,"; done
	} > years.csv
	run --separate-stderr asn-report -f md --as-of 2026-01-01 years.csv
	assert_equal "$status" 1
	[[ $stderr == *"years.csv:12"*"tahun '2036': more than 10 years"* ]]
	assert_line --partial "| 2035 |"
	refute_line --partial "2036"
}
