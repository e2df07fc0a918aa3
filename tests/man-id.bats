#!/usr/bin/env bats
# The Indonesian man pages (man/id/man1) against the English ones (cmd/):
# the same program and section, the same sections, every option --help
# lists and none the English page lacks, and no warning from groff or man.
# A failure names the page and what differs.

load helper

IDDIR=$ROOT/man/id/man1

# The programs with an Indonesian page: "import", "gap" ... "monthly-report".
id_programs() {
	local f
	for f in "$IDDIR"/asn-*.1; do
		[[ -e $f ]] || continue
		f=${f##*/asn-}
		echo "${f%.1}"
	done
}

# The long options of --help, one per line, sorted; the monthly job is a
# script in examples/.
help_long() {
	if [[ $1 == monthly-report ]]; then
		"$ROOT/examples/monthly-report.sh" --help
	else
		"asn-$1" --help
	fi | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u
}

# The long options of a page's synopsis ("syn") or of the tags of its
# options list ("tags"), English or Indonesian headings, not the prose.
page_options() {
	awk -v want="$1" '/^\.SH/ { sec = $2; tag = 0; next }
	    (want == "syn" && (sec == "SYNOPSIS" || sec == "RINGKASAN")) ||
	    (want == "tags" && (sec == "OPTIONS" || sec == "OPSI") && tag)
	    { tag = ($1 == ".TP") }' "$2" | sed 's/\\-/-/g; s/\\f[BIRP]//g' |
		grep -oE -- '--[a-z][a-z0-9-]*' | sort -u
}
# Every long option a page names anywhere.
page_all() {
	sed 's/\\-/-/g; s/\\f[BIRP]//g' "$1" | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u
}
# Short option with its long one in the synopsis and the options list.
page_pairs() {
	awk '/^\.SH/ { sec = $2; tag = 0; next }
	    (sec == "OPTIONS" || sec == "OPSI") && tag
	    { tag = ($1 == ".TP") }' "$1" | sed 's/\\-/-/g; s/\\f[BIRP]//g' |
		grep -oE -- '-[a-zA-Z] *", *" *--[a-z0-9-]+' | sed -E 's/ *", *" */ /' | sort -u
}

# The .SH headings of a page in order; "headings_en" puts the English ones
# into Indonesian.
headings() {
	sed -n 's/^\.SH *//p' "$1" | tr -d '"'
}
headings_en() {
	sed -n 's/^\.SH *//p' "$1" | tr -d '"' | sed '
		s/^NAME$/NAMA/; s/^SYNOPSIS$/RINGKASAN/; s/^DESCRIPTION$/DESKRIPSI/
		s/^OPTIONS$/OPSI/; s/^EXIT STATUS$/STATUS KELUAR/; s/^ENVIRONMENT$/LINGKUNGAN/
		s/^FILES$/BERKAS/; s/^EXAMPLES$/CONTOH/; s/^SEE ALSO$/LIHAT JUGA/'
}

@test "man-id: each Indonesian page translates an English page" {
	local p n=0
	for p in $(id_programs); do
		[[ -f $ROOT/cmd/asn-$p.1 ]] || { echo "asn-$p: no English page cmd/asn-$p.1"; false; }
		n=$((n + 1))
	done
	((n > 0)) || { echo "no page in man/id/man1"; false; }
}

@test "man-id: every long option of --help has its entry in the Indonesian page's options" {
	local p h m only_h only_m bad=0
	for p in $(id_programs); do
		h=$(help_long "$p")
		m=$(page_options tags "$IDDIR/asn-$p.1")
		[[ -n $h ]] || { echo "asn-$p: no options in --help"; bad=1; }
		only_h=$(comm -23 <(echo "$h") <(echo "$m") | tr '\n' ' ')
		only_m=$(comm -13 <(echo "$h") <(echo "$m") | tr '\n' ' ')
		[[ -z $only_h ]] || { echo "asn-$p: in --help, not in OPSI: $only_h"; bad=1; }
		[[ -z $only_m ]] || { echo "asn-$p: in OPSI, not in --help: $only_m"; bad=1; }
		# and the synopsis names none that --help lacks
		only_m=$(comm -13 <(echo "$h") <(page_options syn "$IDDIR/asn-$p.1") | tr '\n' ' ')
		[[ -z $only_m ]] || { echo "asn-$p: in RINGKASAN, not in --help: $only_m"; bad=1; }
	done
	return $bad
}

@test "man-id: the Indonesian page names no option the English page lacks" {
	local p only bad=0
	for p in $(id_programs); do
		only=$(comm -13 <(page_all "$ROOT/cmd/asn-$p.1") <(page_all "$IDDIR/asn-$p.1") | tr '\n' ' ')
		[[ -z $only ]] || { echo "asn-$p: in the Indonesian page only: $only"; bad=1; }
		# and the short options stand for the same long ones
		only=$(diff <(page_pairs "$ROOT/cmd/asn-$p.1") <(page_pairs "$IDDIR/asn-$p.1")) ||
			{ echo "asn-$p: short options differ:"; echo "$only"; bad=1; }
	done
	return $bad
}

@test "man-id: the .TH line names the same program and section, the sections are the same" {
	local p en id bad=0
	for p in $(id_programs); do
		en=$(awk '$1 == ".TH" { print $2, $3; exit }' "$ROOT/cmd/asn-$p.1")
		id=$(awk '$1 == ".TH" { print $2, $3; exit }' "$IDDIR/asn-$p.1")
		[[ $id == "$en" && $id == "ASN-${p^^} 1" ]] ||
			{ echo "asn-$p: .TH '$id', English '$en'"; bad=1; }
		diff <(headings_en "$ROOT/cmd/asn-$p.1") <(headings "$IDDIR/asn-$p.1") ||
			{ echo "asn-$p: the .SH headings differ"; bad=1; }
		# as many subsections, and the same synopsis
		[[ $(grep -c '^\.SS' "$IDDIR/asn-$p.1") -eq $(grep -c '^\.SS' "$ROOT/cmd/asn-$p.1") ]] ||
			{ echo "asn-$p: not as many .SS subsections"; bad=1; }
		diff <(awk '/^\.SH/ { s = $2; next } s == "SYNOPSIS"' "$ROOT/cmd/asn-$p.1") \
			<(awk '/^\.SH/ { s = $2; next } s == "RINGKASAN"' "$IDDIR/asn-$p.1") ||
			{ echo "asn-$p: the synopsis differs"; bad=1; }
	done
	return $bad
}

# The warnings of man --warnings at 80 columns, without their place.
man_warnings() {
	MANWIDTH=80 man --warnings -l "$1" 2>&1 > /dev/null |
		sed -E 's/<standard input>:[0-9]+: //; s/ \[p [0-9]+, [^]]*\]//; s/page [0-9]+: //' | sort -u
}

# The kinds of message of mandoc -Tlint (warnings and worse), without the
# place: "WARNING: skipping paragraph macro", one per line, sorted.
lint() {
	mandoc -Tlint -Wwarning "$1" 2>&1 | sed -E 's/^[^ ]*: //; s/^(([A-Z]+): [^:(]*).*/\1/' | sort -u
}

@test "man-id: the Indonesian pages render without warnings" {
	local p only
	command -v groff > /dev/null || skip "groff is not installed"
	for p in $(id_programs); do
		run --separate-stderr groff -man -Tutf8 -ww -z "$IDDIR/asn-$p.1"
		[[ $status -eq 0 && -z $stderr ]] || { echo "asn-$p: groff: $stderr"; false; }
		# man runs the preprocessors (tbl) too: no warning the English
		# page does not give as well
		if command -v man > /dev/null; then
			run --separate-stderr env MANWIDTH=80 man --warnings -l "$IDDIR/asn-$p.1"
			assert_success
			assert_output --partial "asn-$p"
			only=$(comm -13 <(man_warnings "$ROOT/cmd/asn-$p.1") <(man_warnings "$IDDIR/asn-$p.1"))
			[[ -z $only ]] || { echo "asn-$p: man --warnings:"; echo "$only"; false; }
		fi
		# mandoc, where installed: no kind of message the English page
		# does not give too
		if command -v mandoc > /dev/null; then
			only=$(comm -13 <(lint "$ROOT/cmd/asn-$p.1") <(lint "$IDDIR/asn-$p.1"))
			[[ -z $only ]] || { echo "asn-$p: mandoc -Tlint:"; echo "$only"; false; }
		fi
	done
}
