#!/bin/sh
# The synthetic service-standards NEEDS of the Mamuju example (doc/layanan.md),
# made from its pegawai table, the same bytes every time:
#   sekolah.csv  every SD and SMP where staff work: 1-3 rombel a grade in an SD,
#                2-4 in an SMP, and an SMP's students (26-31 a rombel)
#   faskes.csv   every puskesmas where staff work, with an illustrative kind
# The counts are drawn from a hash of the school's name, not from any data.
#
# usage: examples/mamuju/layanan.sh PEGAWAI.CSV [DIR]   (DIR: examples/mamuju)
set -eu
pegawai=${1:?usage: layanan.sh PEGAWAI.CSV [DIR]}
dir=${2:-examples/mamuju}
rows=$(mktemp)
trap 'rm -f "$rows"' EXIT

LC_ALL=C awk '
# the fields of one CSV line (RFC 4180 quotes; no newline inside a field)
function csv(line, f,    n, i, c, q, v) {
	n = 0; v = ""; q = 0
	for (i = 1; i <= length(line); i++) {
		c = substr(line, i, 1)
		if (q) {
			if (c != "\"") v = v c
			else if (substr(line, i + 1, 1) == "\"") { v = v c; i++ }
			else q = 0
		} else if (c == "\"") q = 1
		else if (c == ",") { f[++n] = v; v = "" }
		else v = v c
	}
	f[++n] = v
	return n
}
function hash(s,    h, i) {
	for (h = 7; i++ < length(s); ) h = (h * 257 + ord[substr(s, i, 1)]) % 1000003
	return int(h / 17)
}
function school(unit, s, jenjang, first, last, low,    g, r, line, sum) {
	line = unit "," s "," jenjang
	for (g = 1; g <= 9; g++) {
		r = ""
		if (g >= first && g <= last) { r = low + hash(g "/" s) % 3; sum += r }
		line = line "," r
	}
	print "sekolah\t" line "," (jenjang == "SMP" ? sum * (26 + hash(s) % 6) : "")
}
# Kinds for illustration: the two town puskesmas, the islands and the
# mountains, and the larger ones with beds.
function kind(s) {
	if (s ~ /Mamuju$/) return "puskesmas_perkotaan_rawat_inap"
	if (s ~ /Simboro$/) return "puskesmas_perkotaan"
	if (s ~ /Balabalakang$|Bonehau$/) return "puskesmas_terpencil"
	if (s ~ /Kalumpang$/) return "puskesmas_terpencil_rawat_inap"
	if (s ~ /Kalukku$|Papalang$|Tommo$/) return "puskesmas_perdesaan_rawat_inap"
	return "puskesmas_perdesaan"
}
BEGIN { for (i = 1; i < 256; i++) ord[sprintf("%c", i)] = i }
NR == 1 {
	n = csv($0, f)
	for (i = 1; i <= n; i++) col[f[i]] = i
	if (!("unit" in col) || !("subunit" in col)) {
		print "layanan.sh: the pegawai table has no unit or subunit column" > "/dev/stderr"
		exit 2
	}
	next
}
{
	csv($0, f)
	u = f[col["unit"]]; s = f[col["subunit"]]
	if (seen[u SUBSEP s]++) next
	if (s ~ /^SD /) school(u, s, "SD", 1, 6, 1)
	else if (s ~ /^SMP /) school(u, s, "SMP", 7, 9, 2)
	else if (s ~ /^Puskesmas /) print "faskes\t" u "," s "," kind(s)
}' "$pegawai" > "$rows"

{
	echo "unit,subunit,jenjang,rombel_1,rombel_2,rombel_3,rombel_4,rombel_5,rombel_6,rombel_7,rombel_8,rombel_9,siswa"
	sed -n 's/^sekolah\t//p' "$rows" | LC_ALL=C sort
} > "$dir/sekolah.csv"
{
	echo "unit,subunit,jenis"
	sed -n 's/^faskes\t//p' "$rows" | LC_ALL=C sort
} > "$dir/faskes.csv"
