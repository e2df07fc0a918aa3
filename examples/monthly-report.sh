#!/usr/bin/env bash
# The monthly report of the Mamuju example: asn-import -> asn-gap ->
# asn-forecast -> asn-score -> asn-report, into OUTDIR/YYYY-MM/
# (laporan-YYYY-MM.html, .md, .txt and the CSVs they are made from).  The
# folder of the month before, when there is one, gives the month-over-month
# changes.
#
# usage: examples/monthly-report.sh [OUTDIR [YYYY-MM]]
#   OUTDIR    where the monthly folders are kept (default: ./laporan)
#   YYYY-MM   the month of the report (default: the month of AS_OF)
# environment:
#   AS_OF     report date (default 2026-11-01, the date of the example data,
#             so that the example is reproducible; in production set it to
#             the day of the run: AS_OF=$(date +%F))
#   DATA      folder of the inputs (default: examples/mamuju): the export as
#             SIASN delivers it, siasn-export.csv (raw '|' CSV or an Excel
#             re-save), or when there is none its workbooks siasn-export*.xlsx
#             (PNS and PPPK, read as one table); and when present abk.csv, formasi.csv, history.csv, skp.csv,
#             potensi.csv, standar.yaml, pelatihan.csv, ikm-survey.csv
#   ASN_BIN   folder of the programs (default: build/bin of this tree when
#             built, else the PATH)
#   SEED      seed of the Monte Carlo simulation (default 7604)
#   KUOTA     hires a year the five-year plan may propose (default 250)
#   APBD      the regency's total spending a year in rupiah, for the share of
#             personnel cost against the 30 % cap (default: none)
#   EXIT_RATE yearly rate of exits other than retirement, when DATA has no
#             history.csv to estimate it from (default 0.01)
#   STRICT=1  stop when a step rejects rows, instead of going on
#
# Every step must succeed: status 2 (usage or configuration) or 3
# (unreadable input, write failure) of any program stops the run with that
# status and a message naming the step.  Status 1 (some rows rejected, every
# good row written) is reported and the run goes on; the rows asn-import
# rejects are kept in rejects.csv.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
outdir=${1:-laporan}
AS_OF=${AS_OF:-2026-11-01}
period=${2:-${AS_OF%-*}}
DATA=${DATA:-$here/mamuju}
SEED=${SEED:-7604}
EXIT_RATE=${EXIT_RATE:-0.01}
KUOTA=${KUOTA:-250}
APBD=${APBD:-}
apbd=()
if [[ -n $APBD ]]; then
	apbd=(--apbd "$APBD")
fi
STRICT=${STRICT:-0}
if [[ -z ${ASN_BIN:-} && -x $root/build/bin/asn-report ]]; then
	ASN_BIN=$root/build/bin
fi
if [[ -n ${ASN_BIN:-} ]]; then
	PATH=$ASN_BIN:$PATH
fi

die() {
	echo "monthly-report: $*" >&2
	exit 2
}

[[ $AS_OF =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || die "AS_OF '$AS_OF': expected YYYY-MM-DD"
[[ $period =~ ^[0-9]{4}-(0[1-9]|1[0-2])$ ]] || die "period '$period': expected YYYY-MM"
for p in asn-import asn-gap asn-forecast asn-score asn-report; do
	command -v "$p" >/dev/null || die "$p not found (build with make, or set ASN_BIN)"
done
# the export: the CSV, else every workbook (PNS, PPPK) together
exports=()
if [[ -f $DATA/siasn-export.csv ]]; then
	exports=("$DATA/siasn-export.csv")
else
	for f in "$DATA"/siasn-export*.xlsx; do
		[[ -f $f ]] && exports+=("$f")
	done
fi
((${#exports[@]})) || die "$DATA: no siasn-export.csv and no siasn-export*.xlsx"

out=$outdir/$period
year=$((10#${period%-*}))
month=$((10#${period#*-}))
if ((month == 1)); then
	previous=$outdir/$(printf '%04d-12' $((year - 1)))
else
	previous=$outdir/$(printf '%04d-%02d' "$year" $((month - 1)))
fi
mkdir -p "$out"

# Runs one step; status 1 goes on (unless STRICT=1), anything above stops.
step() {
	local name=$1 rc=0
	shift
	echo "== $name" >&2
	"$@" || rc=$?
	if ((rc == 1)) && [[ $STRICT != 1 ]]; then
		echo "monthly-report: $name: some rows were rejected (reported above); going on" >&2
	elif ((rc != 0)); then
		echo "monthly-report: $name failed with status $rc" >&2
		exit "$rc"
	fi
}

input() {
	[[ -f $DATA/$1 ]]
}

step asn-import asn-import --as-of "$AS_OF" -r "$out/rejects.csv" \
	-o "$out/pegawai.csv" "${exports[@]}"
tables=("$out/pegawai.csv")

# ABK where there is one, formasi for the other positions
needs=()
for f in abk.csv formasi.csv; do
	if input "$f"; then
		needs+=(-n "$DATA/$f")
	fi
done
if ((${#needs[@]})); then
	step asn-gap asn-gap --as-of "$AS_OF" "${needs[@]}" -o "$out/gap.csv" "$out/pegawai.csv"
	tables+=("$out/gap.csv")
	# per school and puskesmas, with the moves that fill shortages from
	# surpluses of the same jabatan before anyone is recruited
	step "asn-gap --redistribusi" asn-gap -q --as-of "$AS_OF" --by unit,subunit,jabatan \
		"${needs[@]}" -r "$out/pindah.csv" --calon "$out/calon-pindah.csv" \
		-o "$out/gap-subunit.csv" "$out/pegawai.csv"
	tables+=("$out/gap-subunit.csv" "$out/pindah.csv" "$out/calon-pindah.csv")
else
	echo "monthly-report: no abk.csv or formasi.csv in $DATA: no need-and-staff section" >&2
fi

# per position (unit and jabatan): a surplus in one position never hides a
# shortage in another, and the regency's intake is the sum of the positions'
forecast=(--as-of "$AS_OF" --by unit,jabatan --years 5 --sims 2000 --seed "$SEED")
if ((${#needs[@]})); then
	# the need per unit and jabatan asn-gap has just summed up
	forecast+=(--needs "$out/gap.csv")
fi
if input history.csv; then
	forecast+=(--history "$DATA/history.csv")
else
	forecast+=(--exit-rate "$EXIT_RATE")
fi
# the personnel cost of the staff in post over the horizon (lib/biaya)
forecast+=(--biaya "$out/biaya.csv" "${apbd[@]}")
step asn-forecast asn-forecast "${forecast[@]}" -o "$out/forecast.csv" "$out/pegawai.csv"
step "asn-forecast --list-retirees" asn-forecast --as-of "$AS_OF" --years 2 --list-retirees \
	-o "$out/pensiun.csv" "$out/pegawai.csv"
tables+=("$out/forecast.csv" "$out/pensiun.csv" "$out/biaya.csv")

if input skp.csv && input potensi.csv; then
	score=(--as-of "$AS_OF" -k "$DATA/skp.csv" -p "$DATA/potensi.csv")
	if input standar.yaml; then
		score+=(-s "$DATA/standar.yaml")
	fi
	if input pelatihan.csv; then
		score+=(-t "$DATA/pelatihan.csv")
	fi
	step asn-score asn-score "${score[@]}" -o "$out/talent.csv" "$out/pegawai.csv"
	tables+=("$out/talent.csv")
else
	echo "monthly-report: no skp.csv and potensi.csv in $DATA: no talent section" >&2
fi
if input ikm-survey.csv; then
	step "asn-score --ikm" asn-score --as-of "$AS_OF" -i "$DATA/ikm-survey.csv" -o "$out/ikm.csv"
	tables+=("$out/ikm.csv")
fi

# the five-year plan (UU 5/2014 art. 56): per school, puskesmas and office,
# the moves first, then each year's shortfalls by priority within the quota,
# and the submission table
if ((${#needs[@]})); then
	plan=(--plan --as-of "$AS_OF" --years 5 --by unit,subunit,jabatan
		--needs "$out/gap-subunit.csv" --pindah "$out/pindah.csv" --kuota "$KUOTA"
		--usulan "$out/usulan.csv")
	if [[ -f $out/ikm.csv ]]; then
		plan+=(--ikm "$out/ikm.csv")
	fi
	if input standar.yaml; then
		plan+=(--standar "$DATA/standar.yaml")
	fi
	if input history.csv; then
		plan+=(--history "$DATA/history.csv")
	else
		plan+=(--exit-rate "$EXIT_RATE")
	fi
	plan+=(--biaya "$out/biaya-rencana.csv" "${apbd[@]}")
	step "asn-forecast --plan" asn-forecast -q "${plan[@]}" -o "$out/rencana.csv" "$out/pegawai.csv"
	# the report tells the two costs apart by this name (rencana)
	tables+=("$out/rencana.csv" "$out/usulan.csv" "$out/biaya-rencana.csv")
fi
# the rows refused, counted in the report's data quality section
if [[ -s $out/rejects.csv ]]; then
	tables+=("$out/rejects.csv")
fi

report=(--as-of "$AS_OF" --period "$period"
	--title "Laporan Bulanan Kepegawaian ASN Kabupaten Mamuju")
if [[ -d $previous ]]; then
	report+=(--previous "$previous")
fi
for format in html md txt; do
	step "asn-report ($format)" asn-report -q "${report[@]}" \
		-o "$out/laporan-$period.$format" "${tables[@]}"
done
echo "report: $out/laporan-$period.html (also .md and .txt)"
