#!/bin/sh
# make demo: the monthly pipeline on the bundled Mamuju example, then the
# headline answers: the largest shortages and the retirements to come.
set -eu
bin=${1:-build/bin}
out=${DEMO_DIR:-demo-output}
period=2026-11
ASN_BIN=$(cd "$bin" && pwd)
export ASN_BIN
# an illustrative APBD of Rp 1.5 trillion, for the share against the 30 % cap;
# the example's data are of 1 November 2026.  Status 1: the month is written,
# and asn-import refused the export's planted faults (in the log).
title="Laporan Bulanan Kepegawaian ASN Kabupaten Mamuju"
rc=0
bash examples/monthly-report.sh --as-of 2026-11-01 --out "$out" --force --title "$title" \
	--apbd "${APBD:-1500000000000}" || rc=$?
[ "$rc" -le 1 ] || exit "$rc"
dir=$out/$period

echo
echo "== ten largest shortages per school, puskesmas and office ($dir/gap-subunit.csv)"
# selisih is the 5th column from the end (the names here hold no commas)
tab=$(printf '\t')
awk -F, 'NR > 1 && $(NF - 4) < 0 { print $(NF - 4) "\t" $0 }' "$dir/gap-subunit.csv" |
	LC_ALL=C sort -t "$tab" -k1,1n -k2 | head -10 | cut -f2- |
	awk -F, '{ printf "  %-34.34s %-24.24s %-32.32s %s\n", $1, $2, $3, $(NF - 4) }'

echo
echo "== the five-year plan ($dir/rencana.csv, $dir/usulan.csv): hires a year within the quota"
awk -F, 'NR > 1 { u[$1] += $(NF - 3); k[$1] += $(NF - 12) }
	END { for (t in u) printf "  %s: short %d, proposed %d\n", t, k[t], u[t] }' "$dir/rencana.csv" |
	sort
echo "   the moves first: $(($(wc -l < "$dir/pindah.csv") - 1)) moves ($dir/pindah.csv)"

echo
echo "== personnel cost, Rp a year, and its share of an APBD of Rp 1.5 trillion (cap 30 %)"
echo "   ($dir/biaya.csv: the staff in post; $dir/biaya-rencana.csv: with the plan)"
# the total row of each year: biaya_total and persen_apbd, found by name
totals() {
	awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
		$0 ~ /,Total,/ { print $1, $c["biaya_total"], $c["persen_apbd"] }' "$1"
}
totals "$dir/biaya.csv" > "$out/.biaya-tanpa"
totals "$dir/biaya-rencana.csv" | paste -d' ' "$out/.biaya-tanpa" - |
	awk '{ printf "  %s: %17.0f (%s %%) without the plan, %17.0f (%s %%) with it\n", $1, $2, $3, $5, $6 }'
rm -f "$out/.biaya-tanpa"

echo
echo "== retirements per year, whole regency"
"$bin/asn-forecast" -q --as-of 2026-11-01 --years 5 --by '' "$dir/pegawai.csv" | cut -d, -f1-3

echo
echo "== the same month from the two workbooks SIASN delivers (PNS, PPPK) instead of the CSV"
xlsx=$out/xlsx-data
mkdir -p "$xlsx"
for f in examples/mamuju/*.csv examples/mamuju/*.yaml; do
	case $f in */siasn-export*) ;; *) cp "$f" "$xlsx/" ;; esac
done
cp examples/mamuju/siasn-export-pns.xlsx examples/mamuju/siasn-export-pppk.xlsx "$xlsx/"
bash examples/monthly-report.sh -q --data "$xlsx" --as-of 2026-11-01 --out "$out/xlsx" --force \
	--title "$title" || [ $? -le 1 ]
grep 'asn-import: read' "$out/xlsx/$period/monthly-report.log"
# the workbooks hold the export without its planted faults: the CSV's
# table is theirs but for the rows refused
cut -d, -f1 "$dir/pegawai.csv" | sed 1d | sort > "$xlsx/nip-csv"
cut -d, -f1 "$out/xlsx/$period/pegawai.csv" | sed 1d | sort > "$xlsx/nip-xlsx"
echo "  NIPs of the CSV's table not in the workbooks' table: $(comm -23 "$xlsx/nip-csv" "$xlsx/nip-xlsx" | wc -l | tr -d ' ')"

echo
echo "report: $dir/laporan-$period.html (also .md and .txt)"
