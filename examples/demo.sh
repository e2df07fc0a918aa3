#!/bin/sh
# make demo: import the bundled Mamuju example and show the result.
set -eu
bin=${1:-build/bin}
out=${DEMO_DIR:-demo-output}
mkdir -p "$out"
echo "== asn-import: examples/mamuju/siasn-export.csv -> $out/pegawai.csv"
set +e
"$bin/asn-import" --profile siasn --as-of 2026-11-01 \
	--rejects "$out/rejects.csv" -o "$out/pegawai.csv" examples/mamuju/siasn-export.csv
rc=$?
set -e
if [ "$rc" -gt 1 ]; then
	echo "asn-import failed with status $rc" >&2
	exit "$rc"
fi
echo "== rejected rows ($out/rejects.csv):"
cut -d, -f1-4 "$out/rejects.csv"
echo "== canonical table: $out/pegawai.csv ($(($(wc -l < "$out/pegawai.csv") - 1)) rows)"
head -4 "$out/pegawai.csv"

echo "== asn-gap: ten largest shortages per school, puskesmas and office ($out/gap.csv)"
"$bin/asn-gap" -q --as-of 2026-11-01 --by unit,subunit,jabatan \
	--needs examples/mamuju/abk.csv --needs examples/mamuju/formasi.csv \
	-o "$out/gap.csv" "$out/pegawai.csv"
# selisih is the 5th column from the end (the names here hold no commas)
tab=$(printf '\t')
awk -F, 'NR > 1 && $(NF - 4) < 0 { print $(NF - 4) "\t" $0 }' "$out/gap.csv" |
	LC_ALL=C sort -t "$tab" -k1,1n -k2 | head -10 | cut -f2- |
	awk -F, '{ printf "  %-34.34s %-24.24s %-32.32s %s\n", $1, $2, $3, $(NF - 4) }'

echo "== asn-forecast: retirements per year, whole regency"
"$bin/asn-forecast" -q --as-of 2026-11-01 --years 5 --by '' "$out/pegawai.csv" | cut -d, -f1-3
