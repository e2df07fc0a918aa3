#!/usr/bin/env bats
# The html report as its readers get it: opened in a browser and printed on
# A4 (headless Chromium, the PDF read back with poppler's pdfinfo and
# pdftotext).  The bundled example's December report, with November's
# before it: the decisions on page 1, the body within 8 pages before the
# appendix of names, and no section title left at the foot of a page.

load helper

JOB=$ROOT/examples/monthly-report.sh

browser() {
	command -v chromium || command -v chromium-browser || command -v google-chrome
}

# Under valgrind the programs are checked by the other suites (monthly.bats
# runs the same job): these checks are of the html, in make check.
setup() {
	[[ -z ${ASN_VALGRIND:-} ]] || skip "the print checks test the html: run by make check"
	cd "$BATS_TEST_TMPDIR" || return 1
}

setup_file() {
	local d=$BATS_FILE_TMPDIR

	[[ -z ${ASN_VALGRIND:-} ]] || return 0
	[ -f "$ROOT/examples/mamuju/siasn-export.csv" ] || return 0
	env ASN_BIN="$ASN_BIN" "$JOB" -q --out "$d/laporan" --as-of 2026-11-01 > /dev/null 2>&1 || true
	env ASN_BIN="$ASN_BIN" "$JOB" -q --out "$d/laporan" --as-of 2026-12-01 > /dev/null 2>&1 || true
}

# The report printed to report.pdf, and its pages as text, one file each.
print_report() {
	local b d=$BATS_FILE_TMPDIR html=$BATS_FILE_TMPDIR/laporan/2026-12/laporan-2026-12.html p n

	b=$(browser) || { echo "no chromium: the print checks need it (make check installs it in CI)"; return 1; }
	command -v pdfinfo > /dev/null || { echo "no pdfinfo (poppler-utils)"; return 1; }
	[ -f "$html" ] || { echo "the monthly job made no $html"; return 1; }
	if [ ! -f "$d/report.pdf" ]; then
		timeout 180 "$b" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-pdf-header-footer \
			--print-to-pdf="$d/report.pdf" "file://$html" > /dev/null 2>&1
		n=$(pdfinfo "$d/report.pdf" | awk '/^Pages:/ { print $2 }')
		for ((p = 1; p <= n; p++)); do
			pdftotext -f "$p" -l "$p" -layout "$d/report.pdf" "$d/page-$p.txt"
		done
	fi
	PAGES=$(pdfinfo "$d/report.pdf" | awk '/^Pages:/ { print $2 }')
	PDF=$d/report.pdf
}

# The section titles of the html, one a line.
titles() {
	grep -o '<h2>[^<]*</h2>' "$BATS_FILE_TMPDIR/laporan/2026-12/laporan-2026-12.html" |
		sed 's/<[^>]*>//g; s/&amp;/\&/g; s/&lt;/</g; s/&gt;/>/g'
}

@test "print: A4, the decisions on page 1, the body within 8 pages before the appendix" {
	print_report
	pdfinfo "$PDF" | grep -q 'Page size: *59[0-9].* x 84[0-9].*(A4)'
	grep -q 'Ringkasan' "$BATS_FILE_TMPDIR/page-1.txt"
	grep -q 'Keputusan bulan ini' "$BATS_FILE_TMPDIR/page-1.txt"
	grep -q 'Jabatan dengan kekurangan terbesar' "$BATS_FILE_TMPDIR/page-1.txt"
	# the table's last row is on page 1 too: the decisions are whole there
	local last
	last=$(sed -n '/<h2>Keputusan bulan ini/,/<\/table>/p' \
		"$BATS_FILE_TMPDIR/laporan/2026-12/laporan-2026-12.html" | grep -o '<tr><td>[^<]*' | tail -1 | sed 's/<tr><td>//')
	[ -n "$last" ]
	grep -qF "$last" "$BATS_FILE_TMPDIR/page-1.txt" || { echo "page 1 lacks '$last'"; false; }
	# the appendix (the names) starts on page 9 at the latest
	local p first=0
	for ((p = 1; p <= PAGES; p++)); do
		if grep -q 'Lampiran: pegawai pensiun' "$BATS_FILE_TMPDIR/page-$p.txt"; then
			first=$p
			break
		fi
	done
	[ "$first" -gt 0 ] || { echo "no appendix found"; false; }
	[ "$first" -le 9 ] || { echo "the body takes $((first - 1)) pages"; false; }
}

@test "print: no section title is the last line of a page" {
	local p t lastline
	print_report
	for ((p = 1; p < PAGES; p++)); do
		lastline=$(grep -v '^[[:space:]]*$' "$BATS_FILE_TMPDIR/page-$p.txt" | tail -1 | sed 's/^ *//; s/ *$//')
		while IFS= read -r t; do
			[[ $lastline != "$t" ]] || { echo "page $p ends with the title '$t'"; false; }
		done < <(titles)
	done
}

@test "print: every section is in the table of contents, and every link has its section" {
	local html=$BATS_FILE_TMPDIR/laporan/2026-12/laporan-2026-12.html id
	[ -f "$html" ] || skip "no Mamuju example"
	grep -q '<nav class="toc"' "$html"
	for id in $(grep -o '<section id="[^"]*"' "$html" | sed 's/.*id="//; s/"//'); do
		grep -q "<a href=\"#$id\">" "$html" || { echo "no link to $id"; false; }
	done
	for id in $(sed -n '/<nav class="toc"/,/<\/nav>/p' "$html" | grep -o 'href="#[^"]*"' | sed 's/href="#//; s/"//'); do
		grep -q "<section id=\"$id\"" "$html" || { echo "a link to no section: $id"; false; }
	done
}

@test "print: the screen shows the report (a headless screenshot is not blank)" {
	local b html=$BATS_FILE_TMPDIR/laporan/2026-12/laporan-2026-12.html
	b=$(browser) || { echo "no chromium"; false; }
	[ -f "$html" ] || skip "no Mamuju example"
	timeout 180 "$b" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
		--window-size=1024,1400 --screenshot="$BATS_TEST_TMPDIR/shot.png" "file://$html" > /dev/null 2>&1
	[ -s "$BATS_TEST_TMPDIR/shot.png" ]
	# a PNG of that size, and not a blank page: many distinct bytes
	[[ $(head -c 8 "$BATS_TEST_TMPDIR/shot.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]]
	[ "$(stat -c %s "$BATS_TEST_TMPDIR/shot.png")" -gt 20000 ]
}

# Lines and bands of the charts, and the marks of the bars, stand out from
# the white page by at least 3:1 (WCAG 1.4.11), by the CSS of the report.
@test "print: chart marks meet 3:1 contrast against white" {
	local html=$BATS_FILE_TMPDIR/laporan/2026-12/laporan-2026-12.html
	[ -f "$html" ] || skip "no Mamuju example"
	# class and the colour that draws it: the fill, or the stroke for lines,
	# bands and the light boxes of the 9-box
	sed -n '/<style>/,/<\/style>/p' "$html" | tr '}' '\n' |
		grep -oE 'svg \.(bar|t[1-4]|pria|wanita|kurang|lebih|line|pt|need|col|band|nb[1-9])\{[^}]*' |
		awk '
		function hex(h) { return index("0123456789abcdef", tolower(h)) - 1 }
		function chan(s, i,   c) { c = (hex(substr(s, i, 1)) * 16 + hex(substr(s, i + 1, 1))) / 255
			return c <= 0.03928 ? c / 12.92 : exp(2.4 * log((c + 0.055) / 1.055)) }
		function lum(s) { return 0.2126 * chan(s, 2) + 0.7152 * chan(s, 4) + 0.0722 * chan(s, 6) }
		{
			cls = $0; sub(/\{.*/, "", cls); sub(/svg \./, "", cls)
			col = ""
			if (match($0, /stroke:#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]/)) col = substr($0, RSTART + 7, 7)
			else if (match($0, /fill:#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]/)) col = substr($0, RSTART + 5, 7)
			if (col == "") { print "no colour for " cls; bad = 1; next }
			r = 1.05 / (lum(col) + 0.05)
			n++
			if (r < 3) { printf "%s %s: %.2f:1\n", cls, col, r; bad = 1 }
		}
		END { if (n < 15) { print "only " n " classes found"; bad = 1 } exit bad }'
}
