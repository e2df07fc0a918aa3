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
