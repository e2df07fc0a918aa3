#!/usr/bin/env bash
# asn-monthly-report (installed by make install from examples/monthly-report.sh):
# the monthly report, asn-import -> asn-gap -> asn-forecast -> asn-score ->
# asn-report, into OUTDIR/YYYY-MM/ (laporan-YYYY-MM.html, .md and .txt, the
# CSVs they are made from, run.txt and monthly-report.log).  The folder of the
# month before, when there is one, gives the month-over-month changes.
# Every option, variable and exit status: man ./cmd/asn-monthly-report.1.
#
# The month is written into a temporary folder beside OUTDIR/YYYY-MM and
# renamed into place only when every step has succeeded: a failed run leaves
# no month folder for the next month to read as its previous one.
# the --by lists hold commas; run.txt skips itself; cleanup runs from a trap
# shellcheck disable=SC2054,SC2094,SC2317
set -euo pipefail

prog=asn-monthly-report
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")

# the synopsis after "usage:" in the language of messages, wrapped within 80
# columns, its lines indented under the first option (as the programs' --help)
usage_line() {
	local usage line indent w
	local -a words=("[-q]" "[--data dir]" "[--out dir]" "[--period YYYY-MM]" "[--as-of date]"
		"[--config file]" "[--map file]" "[--title text]" "[--kuota n|file|batas]"
		"[--apbd rupiah]" "[--seed n]" "[--exit-rate r]" "[--force]" "[--strict]"
		"[--log file]" "[outdir [YYYY-MM]]")
	usage=$(t "usage:")
	line="$usage $prog"
	indent=${#line}
	for w in "${words[@]}"; do
		if ((${#line} > indent && ${#line} + 1 + ${#w} > 80)); then
			printf '%s\n' "$line"
			printf -v line '%*s' "$indent" ''
		fi
		line+=" $w"
	done
	printf '%s\n' "$line"
}

help() {
	usage_line
	t "Run the monthly workforce report: asn-import, asn-gap, asn-forecast,
asn-score and asn-report, into OUTDIR/YYYY-MM/.  Options win over the
environment variables named in brackets.

  --data DIR        the month's inputs: siasn-export.csv or siasn-export*.xlsx,
                    and abk.csv, formasi.csv, history.csv, skp.csv, potensi.csv,
                    standar.yaml, pelatihan.csv, ikm-survey.csv, murid.csv,
                    population.csv when there
                    [DATA] (default: the bundled example, in a source tree)
  --out DIR         where the month folders are kept (or the first operand)
                    (default: ./laporan)
  --period YYYY-MM  month of the report (or the second operand); must be the
                    month of --as-of (default: the --as-of month)
  --as-of DATE      date of the data YYYY-MM-DD [AS_OF] (default: the date of
                    SOURCE_DATE_EPOCH, else today, UTC)
  --config FILE     configuration YAML, passed to every program [CONFIG]
                    (default: the one the programs find: \$ASN_CONFIG,
                    ./asn.yaml, ~/.config/asn/config.yaml, the installed one)
  --map FILE        export map for asn-import --map [MAP]
  --title TEXT      title of the report [TITLE] (default: asn-report's)
  --kuota N|FILE|batas  hires a year the plan may propose [KUOTA] (default: 250)
  --apbd RUPIAH     the regency's spending a year, for the 30 % cap [APBD]
  --seed N          seed of the simulation [SEED] (default: 7604)
  --exit-rate R     yearly exit rate when DATA has no history.csv [EXIT_RATE]
                    (default: 0.01)
  --force           replace an existing month folder (only once the new
                    month is complete)
  --strict          stop when a step rejects rows [STRICT=1]
  --log FILE        the log (default: OUTDIR/YYYY-MM/monthly-report.log, or
                    OUTDIR/YYYY-MM.failed.log when the run fails)
  -q, --quiet       print nothing when the report is written
  -h, --help        show this help and exit
  -V, --version     show the version and exit

Prints a summary line and the report's path; every step's messages go to
the log.  Exit status: 0 report written, 1 report written but rows were
rejected (with --strict: stopped, nothing written), 2 usage error,
configuration error, a period not the month of the data, a month folder
that exists without --force, 3 unreadable input or write failure; a step
that fails stops the run with its status."
	echo
}

# Messages in the users' language, from the programs' catalog (domain
# asn-toolkit, doc/i18n.md): t MSGID prints the translation; say FORMAT
# ARG... the message after the job's name.  With no locale (LANG unset, C
# or POSIX: cron) the configuration's bahasa says, Indonesian until read.
export TEXTDOMAIN=asn-toolkit
export TEXTDOMAINDIR=${ASN_LOCALEDIR:-$root/share/locale}
msg_env=(env)
set_language() {
	case ${LC_ALL:-${LC_MESSAGES:-${LANG:-}}} in
	'' | C | POSIX) msg_env=(env LC_ALL=C.UTF-8 LANGUAGE="$1") ;;
	esac
}
set_language id
t() {
	if command -v gettext > /dev/null; then
		"${msg_env[@]}" gettext "$1"
	else
		printf '%s' "$1"
	fi
}
say() {
	local fmt
	fmt=$(t "$1")
	shift
	# shellcheck disable=SC2059
	printf "%s: $fmt\n" "$prog" "$@"
}
die() {
	say "$@" >&2
	exit 2
}
usage_error() {
	say "$@" >&2
	usage_line >&2
	exit 2
}

# the programs: ASN_BIN, else beside this script (installed), else the
# build of this source tree, else the PATH
if [[ -z ${ASN_BIN:-} ]]; then
	if [[ -x $here/asn-report ]]; then
		ASN_BIN=$here
	elif [[ -x $root/build/bin/asn-report ]]; then
		ASN_BIN=$root/build/bin
	fi
fi
if [[ -n ${ASN_BIN:-} ]]; then
	PATH=$ASN_BIN:$PATH
fi
programs=(asn-import asn-gap asn-forecast asn-score asn-report)
find_programs() {
	local p
	for p in "${programs[@]}"; do
		command -v "$p" > /dev/null || die "%s not found (build with make, or set ASN_BIN)" "$p"
	done
}

# options win over the environment
opt_data=${DATA:-} opt_out='' opt_period='' opt_as_of=${AS_OF:-} opt_config=${CONFIG:-}
opt_map=${MAP:-} opt_title=${TITLE:-} opt_kuota=${KUOTA:-250} opt_apbd=${APBD:-}
opt_seed=${SEED:-7604} opt_exit_rate=${EXIT_RATE:-0.01} opt_log=''
force=0 strict=0 quiet=0
[[ ${STRICT:-0} == 1 ]] && strict=1
operands=()
while (($#)); do
	arg=$1
	shift
	value='' inline=0
	case $arg in
	--*=*)
		value=${arg#*=}
		arg=${arg%%=*}
		inline=1
		;;
	esac
	case $arg in
	--data | --out | --period | --as-of | --config | --map | --title | --kuota | --apbd | \
		--seed | --exit-rate | --log)
		if ((!inline)); then
			(($#)) || usage_error "option '%s' requires an argument" "$arg"
			value=$1
			shift
		fi
		;;
	--force | --strict | -q | --quiet | -h | --help | -V | --version)
		((!inline)) || usage_error "option '%s' takes no argument" "$arg"
		;;
	--)
		operands+=("$@")
		break
		;;
	-?*) usage_error "unknown option '%s'" "$arg" ;;
	*)
		operands+=("$arg")
		continue
		;;
	esac
	case $arg in
	--data) opt_data=$value ;;
	--out) opt_out=$value ;;
	--period) opt_period=$value ;;
	--as-of) opt_as_of=$value ;;
	--config) opt_config=$value ;;
	--map) opt_map=$value ;;
	--title) opt_title=$value ;;
	--kuota) opt_kuota=$value ;;
	--apbd) opt_apbd=$value ;;
	--seed) opt_seed=$value ;;
	--exit-rate) opt_exit_rate=$value ;;
	--log) opt_log=$value ;;
	--force) force=1 ;;
	--strict) strict=1 ;;
	-q | --quiet) quiet=1 ;;
	-h | --help)
		help
		exit 0
		;;
	-V | --version)
		find_programs
		v=$(asn-report --version) || die "asn-report --version failed"
		echo "$prog ${v##* }"
		exit 0
		;;
	esac
done
((${#operands[@]} <= 2)) || usage_error "too many operands: %s" "${operands[*]}"
if ((${#operands[@]} >= 1)); then
	[[ -z $opt_out || $opt_out == "${operands[0]}" ]] ||
		usage_error "two output folders: --out %s and %s" "$opt_out" "${operands[0]}"
	opt_out=${operands[0]}
fi
if ((${#operands[@]} == 2)); then
	[[ -z $opt_period || $opt_period == "${operands[1]}" ]] ||
		usage_error "two periods: --period %s and %s" "$opt_period" "${operands[1]}"
	opt_period=${operands[1]}
fi
outdir=${opt_out:-laporan}
[[ -n $outdir ]] || usage_error "empty output folder"
while [[ $outdir == */ && $outdir != / ]]; do
	outdir=${outdir%/}
done

# SOURCE_DATE_EPOCH (reproducible-builds.org): the dates the job stamps
sde=${SOURCE_DATE_EPOCH:-}
if [[ -n $sde ]]; then
	[[ $sde =~ ^[0-9]{1,12}$ ]] || die "invalid SOURCE_DATE_EPOCH '%s': expected seconds since 1970" "$sde"
	today=$(date -u -d "@$sde" +%F)
	generated=$(date -u -d "@$sde" +%FT%TZ)
else
	today=$(date -u +%F)
	generated=$(date -u +%FT%TZ)
fi
as_of=${opt_as_of:-$today}
[[ $as_of =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ && $(date -u -d "$as_of" +%F 2> /dev/null) == "$as_of" ]] ||
	die "as-of '%s': expected a date YYYY-MM-DD" "$as_of"
period=${opt_period:-${as_of%-*}}
[[ $period =~ ^[0-9]{4}-(0[1-9]|1[0-2])$ ]] || die "period '%s': expected YYYY-MM" "$period"
[[ $period == "${as_of%-*}" ]] ||
	die "period %s is not the month of the data (as-of %s, month %s): give --as-of a date in %s, or leave --period out" "$period" "$as_of" "${as_of%-*}" "$period"
[[ $opt_seed =~ ^[0-9]+$ ]] || die "seed '%s': expected a whole number" "$opt_seed"
find_programs

# the inputs, by absolute path: the run works inside the month folder
abs() {
	realpath -m -- "$1"
}
if [[ -z $opt_data ]]; then
	[[ -d $here/mamuju ]] || usage_error "no data folder: give --data DIR (or DATA)"
	opt_data=$here/mamuju
fi
[[ -d $opt_data ]] || die "data folder '%s': not a folder" "$opt_data"
data=$(abs "$opt_data")
exports=()
if [[ -f $data/siasn-export.csv ]]; then
	exports=("$data/siasn-export.csv")
else
	for f in "$data"/siasn-export*.xlsx; do
		[[ -f $f ]] && exports+=("$f")
	done
fi
((${#exports[@]})) || die "%s: no siasn-export.csv and no siasn-export*.xlsx" "$opt_data"
map=''
if [[ -n $opt_map ]]; then
	[[ -f $opt_map && -r $opt_map ]] || die "map '%s': not a readable file" "$opt_map"
	map=$(abs "$opt_map")
fi
kuota=$opt_kuota
if [[ -f $kuota ]]; then
	kuota=$(abs "$kuota")
fi

# the configuration: the one the programs find, then given to each of them
cfg_given=()
if [[ -n $opt_config ]]; then
	[[ -f $opt_config && -r $opt_config ]] || die "configuration '%s': not a readable file" "$opt_config"
	cfg_given=(-c "$opt_config")
fi
cfg_err=$(mktemp)
if ! cfg_text=$(asn-import --print-config "${cfg_given[@]}" 2> "$cfg_err"); then
	cat "$cfg_err" >&2
	rm -f "$cfg_err"
	die "the configuration cannot be used"
fi
rm -f "$cfg_err"
set_language "$(sed -n 's/^bahasa: *//p' <<< "$cfg_text")"
cfg_source=$(head -1 <<< "$cfg_text")
cfg_source=${cfg_source#\# configuration: }
config=() config_path=''
if [[ $cfg_source == "built-in defaults" ]]; then
	config_line="built-in defaults (asn-import --print-config sha256 $(sha256sum <<< "$cfg_text" | cut -d' ' -f1))"
else
	[[ -f $cfg_source ]] || die "configuration '%s': cannot be found again" "$cfg_source"
	config_path=$(abs "$cfg_source")
	config=(-c "$config_path")
	config_line="$config_path sha256 $(sha256sum < "$config_path" | cut -d' ' -f1)"
fi

# the month folder: never through a symbolic link, never over a month
# without --force, never holding an input it would lose
mkdir -p -- "$outdir" 2> /dev/null || { say "%s: cannot make the folder" "$outdir" >&2; exit 3; }
outabs=$(abs "$outdir")
out=$outdir/$period
outpath=$outabs/$period
failed_log=$outabs/$period.failed.log
[[ ! -L $outpath ]] || die "%s is a symbolic link: not written through" "$out"
if [[ -e $outpath ]]; then
	[[ -d $outpath ]] || die "%s exists and is not a folder" "$out"
	((force)) || die "%s exists: use --force to replace it" "$out"
	for f in "$data" "$config_path" "$map" "$kuota"; do
		[[ -n $f && ($f == "$outpath" || $f == "$outpath"/*) ]] &&
			die "%s is in %s, which --force would replace" "$f" "$out"
	done
fi
log=''
if [[ -n $opt_log ]]; then
	[[ ! -L $opt_log ]] || die "log '%s' is a symbolic link: not written through" "$opt_log"
	[[ ! -d $opt_log ]] || die "log '%s' is a folder" "$opt_log"
	log=$(abs "$opt_log")
	for f in "${exports[@]}" "$config_path" "$map" "$kuota"; do
		[[ $log != "$f" ]] || die "log '%s' is an input" "$opt_log"
	done
	[[ $log != "$data"/* && $log != "$outpath"/* ]] ||
		die "log '%s' is in the data folder or the month folder" "$opt_log"
fi
year=$((10#${period%-*}))
month=$((10#${period#*-}))
if ((month == 1)); then
	previous=$outabs/$(printf '%04d-12' $((year - 1)))
else
	previous=$outabs/$(printf '%04d-%02d' "$year" $((month - 1)))
fi

tmp=$(mktemp -d "$outabs/.$period.XXXXXX" 2> /dev/null) ||
	{ say "%s: cannot write a folder there" "$outdir" >&2; exit 3; }
# mktemp makes it 0700: the month folder gets the mode of the umask
chmod "$(printf '%o' $((0777 & ~0$(umask))))" "$tmp"
old=''
# the scenario definitions of the plan, made from --kuota: not a table of
# the month (its *.csv are the month's tables), so beside it
policies=$tmp.kebijakan
cleanup() {
	[[ -n $tmp && -d $tmp ]] && rm -rf -- "$tmp"
	rm -f -- "$policies"
	[[ -n $old && -d $old ]] && rm -rf -- "$old"
	return 0
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP
cd "$tmp"
own_log=0
if [[ -z $log ]]; then
	log=$tmp/monthly-report.log
	own_log=1
fi
: > "$log" 2> /dev/null || { say "%s: cannot be written" "$log" >&2; exit 3; }

note() {
	echo "$prog: $*" >> "$log"
}
warn() {
	local fmt
	fmt=$(t "$1")
	shift
	# shellcheck disable=SC2059
	printf "%s: %s $fmt\n" "$prog" "$(t "warning:")" "$@" >> "$log"
}

{
	echo "$prog: period $period, as-of $as_of, generated $generated"
	echo "$prog: data $data"
	echo "$prog: configuration $config_line"
} >> "$log"

# On failure: the step, its status and the log's last lines; the month
# folder is not written (an existing one is left as it was).
fail() {
	local name=$1 rc=$2 shown=${opt_log:-$log}
	echo "== $name: failed with status $rc; $period not written" >> "$log"
	if ((own_log)); then
		rm -f -- "$failed_log"
		if mv -f -- "$log" "$failed_log" 2> /dev/null; then
			log=$failed_log
			shown=$outdir/$period.failed.log
		fi
	fi
	{
		say "%s failed with status %s; %s not written" "$name" "$rc" "$out"
		say "the last lines of %s:" "$shown"
		tail -n 12 "$log" | sed 's/^/  /'
	} >&2
	exit "$rc"
}

# Runs one step, its messages into the log; status 1 goes on (unless
# --strict), anything above stops the run.
nsteps=0 rejected=0
step() {
	local name=$1 rc=0
	shift
	nsteps=$((nsteps + 1))
	{
		printf '== %s:' "$name"
		printf ' %q' "$@"
		printf '\n'
	} >> "$log"
	"$@" >> "$log" 2>&1 < /dev/null || rc=$?
	if ((rc == 1)) && ((!strict)); then
		warn "%s: status 1, some rows were rejected (above); going on" "$name"
		rejected=1
	elif ((rc != 0)); then
		fail "$name" "$rc"
	fi
}

input() {
	[[ -f $data/$1 ]]
}
inputs=("${exports[@]}")
for f in abk.csv formasi.csv sekolah.csv faskes.csv history.csv skp.csv potensi.csv standar.yaml \
	pelatihan.csv ikm-survey.csv murid.csv population.csv; do
	if input "$f"; then
		inputs+=("$data/$f")
	fi
done

import=(asn-import "${config[@]}" --as-of "$as_of" -r rejects.csv -o pegawai.csv)
if [[ -n $map ]]; then
	import+=(--map "$map")
fi
step asn-import "${import[@]}" "${exports[@]}"
tables=(pegawai.csv)

# ABK where there is one, formasi for the other positions; teachers and
# health staff by the service standards of the schools and puskesmas listed
# (doc/layanan.md), whose formasi rows then give way
needs=()
for f in abk.csv formasi.csv sekolah.csv faskes.csv; do
	if input "$f"; then
		needs+=(-n "$data/$f")
	fi
done
if ((${#needs[@]})); then
	step asn-gap asn-gap "${config[@]}" --as-of "$as_of" "${needs[@]}" -o gap.csv pegawai.csv
	tables+=(gap.csv)
	# per school and puskesmas, with the moves that fill shortages from
	# surpluses of the same jabatan before anyone is recruited
	step "asn-gap --redistribusi" asn-gap "${config[@]}" --as-of "$as_of" \
		--by unit,subunit,jabatan "${needs[@]}" -r pindah.csv --calon calon-pindah.csv \
		-o gap-subunit.csv pegawai.csv
	tables+=(gap-subunit.csv pindah.csv calon-pindah.csv)
else
	warn "no abk.csv or formasi.csv in %s: no need-and-staff section" "$data"
fi

apbd=()
if [[ -n $opt_apbd ]]; then
	apbd=(--apbd "$opt_apbd")
fi
# per position (unit and jabatan): a surplus in one position never hides a
# shortage in another, and the regency's intake is the sum of the positions'
forecast=("${config[@]}" --as-of "$as_of" --by unit,jabatan --years 5 --sims 2000 --seed "$opt_seed")
if ((${#needs[@]})); then
	# the need per school, puskesmas and office asn-gap has just summed up,
	# added up per unit and jabatan (teachers and health staff counted
	# under the standard jabatan there)
	forecast+=(--needs gap-subunit.csv)
fi
if input history.csv; then
	forecast+=(--history "$data/history.csv")
else
	forecast+=(--exit-rate "$opt_exit_rate")
fi
# teachers' need grows with the pupils, health workers' with the population
# (doc/tumbuh.md), when the series are there
growth=()
if input murid.csv; then
	growth+=("pendidikan=$data/murid.csv")
fi
if input population.csv; then
	growth+=("kesehatan=$data/population.csv")
fi
if ((${#needs[@]} && ${#growth[@]})); then
	growth=(--demand-growth "$(IFS=,; echo "${growth[*]}")")
else
	growth=()
fi
forecast+=("${growth[@]}")
# the personnel cost of the staff in post over the horizon, and each
# member's pay per year and row of the pay table it comes from
forecast+=(--biaya biaya.csv --biaya-rincian biaya-rincian.csv "${apbd[@]}")
step asn-forecast asn-forecast "${forecast[@]}" -o forecast.csv pegawai.csv
step "asn-forecast --list-retirees" asn-forecast "${config[@]}" --as-of "$as_of" --years 2 \
	--list-retirees -o pensiun.csv pegawai.csv
# (biaya-rincian.csv stays in the folder for whoever checks the figures:
# the report is read by the head of agency, within eight pages)
tables+=(forecast.csv pensiun.csv biaya.csv)

if input skp.csv && input potensi.csv; then
	score=("${config[@]}" --as-of "$as_of" -k "$data/skp.csv" -p "$data/potensi.csv")
	if input standar.yaml; then
		score+=(-s "$data/standar.yaml")
	fi
	if input pelatihan.csv; then
		score+=(-t "$data/pelatihan.csv")
	fi
	step asn-score asn-score "${score[@]}" -o talent.csv pegawai.csv
	tables+=(talent.csv)
else
	warn "no skp.csv and potensi.csv in %s: no talent section" "$data"
fi
if input ikm-survey.csv; then
	step "asn-score --ikm" asn-score "${config[@]}" --as-of "$as_of" -i "$data/ikm-survey.csv" \
		-o ikm.csv
	tables+=(ikm.csv)
fi

# the five-year plan (UU 5/2014 art. 56): per school, puskesmas and office,
# the moves first, then each year's shortfalls by priority within the quota,
# and the submission table
if ((${#needs[@]})); then
	plan=("${config[@]}" --plan --as-of "$as_of" --years 5 --by unit,subunit,jabatan
		--needs gap-subunit.csv --pindah pindah.csv --kuota "$kuota" --usulan usulan.csv)
	if [[ -f ikm.csv ]]; then
		plan+=(--ikm ikm.csv)
	fi
	if input standar.yaml; then
		plan+=(--standar "$data/standar.yaml")
	fi
	if input history.csv; then
		plan+=(--history "$data/history.csv")
	else
		plan+=(--exit-rate "$opt_exit_rate")
	fi
	# simulated, so the plan's cost has its band and its chance of going over
	# the cap
	plan+=("${growth[@]}" --biaya biaya-rencana.csv "${apbd[@]}" --sims 1000 --seed "$opt_seed")
	step "asn-forecast --plan" asn-forecast "${plan[@]}" -o rencana.csv pegawai.csv
	# the report tells the two costs apart by this name (rencana)
	tables+=(rencana.csv usulan.csv biaya-rencana.csv)
	# the same plan under three policies side by side: no hires, the
	# quota, every shortfall filled (with the APBD, each one's share of it)
	printf 'nama,kuota\ntanpa_rekrut,0\nkuota_%s,%s\nisi_semua,isi\n' "$kuota" "$kuota" \
		> "$policies"
	# simulated, so each policy's cost has its band and its chance of
	# going over the cap
	skenario=("${config[@]}" --plan --as-of "$as_of" --years 5 --by unit,subunit,jabatan
		--needs gap-subunit.csv --pindah pindah.csv --skenario "$policies"
		--sims 1000 --seed "$opt_seed")
	if input history.csv; then
		skenario+=(--history "$data/history.csv")
	else
		skenario+=(--exit-rate "$opt_exit_rate")
	fi
	skenario+=("${growth[@]}")
	if [[ -n $opt_apbd ]]; then
		skenario+=(--biaya biaya-skenario.csv "${apbd[@]}")
	fi
	step "asn-forecast --skenario" asn-forecast "${skenario[@]}" -o skenario.csv pegawai.csv
	tables+=(skenario.csv)
fi
# the rows refused, counted in the report's data quality section
if [[ -s rejects.csv ]]; then
	tables+=(rejects.csv)
fi

report=("${config[@]}" --as-of "$as_of" --period "$period")
if [[ -n $opt_title ]]; then
	report+=(--title "$opt_title")
fi
if [[ -d $previous && ! -L $previous ]]; then
	# the archive: last month gives the changes, up to 12 months the
	# month-by-month view
	report+=(--previous "$outabs")
else
	note "no folder $(basename "$previous") beside $period: no month-over-month changes"
fi
for format in html md txt; do
	step "asn-report ($format)" asn-report "${report[@]}" -o "laporan-$period.$format" "${tables[@]}"
done

warnings=$(grep -cE ': (warning|peringatan): ' "$log" || true)
echo "== $nsteps steps, $warnings warnings" >> "$log"

# run.txt: what the month was made from, by what, with which configuration
{
	echo "period: $period"
	echo "as-of: $as_of"
	echo "generated: $generated"
	echo "configuration: $config_line"
	if [[ -n $map ]]; then
		echo "map: $map sha256 $(sha256sum < "$map" | cut -d' ' -f1)"
	fi
	for f in "${inputs[@]}"; do
		echo "input: $f sha256 $(sha256sum < "$f" | cut -d' ' -f1)"
	done
	if [[ " ${report[*]} " == *" --previous "* ]]; then
		echo "previous: $previous"
		echo "archive: $outabs (the month-by-month view: at most 12 months)"
	fi
	echo "options: seed $opt_seed, kuota $opt_kuota, apbd ${opt_apbd:--}, exit-rate $opt_exit_rate, strict $strict"
	for p in asn-monthly-report "${programs[@]}"; do
		if [[ $p == asn-monthly-report ]]; then
			v=$(asn-report --version)
			echo "tool: $prog ${v##* }"
		else
			echo "tool: $("$p" --version)"
		fi
	done
	echo "steps: $nsteps"
	echo "warnings: $warnings"
	for f in *; do
		[[ $f == run.txt || $f == monthly-report.log ]] && continue
		echo "output: $f sha256 $(sha256sum < "$f" | cut -d' ' -f1)"
	done
} > run.txt

# into place: the old month (with --force) aside, the new one in, the old
# one removed
if [[ -e $outpath ]]; then
	old=$tmp.old
	mv -T -- "$outpath" "$old" || { say "%s: cannot be moved aside" "$out" >&2; exit 3; }
fi
if ! mv -T -- "$tmp" "$outpath"; then
	[[ -n $old ]] && mv -T -- "$old" "$outpath"
	say "%s: cannot be written (made meanwhile by another run?)" "$out" >&2
	exit 3
fi
tmp=
if ((own_log)); then
	log=$outpath/monthly-report.log
	rm -f -- "$failed_log"
fi
# the archive's index.html: every month's report, so that the folder served
# by any web server is the regency's workforce dashboard
index=(asn-report -q --index "$outabs" -o "$outabs/index.html")
if [[ -n $opt_title ]]; then
	index+=(--title "$opt_title")
fi
if ! "${index[@]}" >> "$log" 2>&1; then
	say "%s/index.html: cannot be written (the month is in place; see %s)" "$outabs" "$log" >&2
	exit 3
fi
if ((!quiet)); then
	if ((own_log)); then
		shown=$out/monthly-report.log
	else
		shown=$opt_log
	fi
	if ((rejected)); then
		say "%s written: %s steps, %s warnings, rows rejected; log %s" "$period" "$nsteps" \
			"$warnings" "$shown"
	else
		say "%s written: %s steps, %s warnings; log %s" "$period" "$nsteps" "$warnings" "$shown"
	fi
	echo "$out/laporan-$period.html"
fi
exit $((rejected ? 1 : 0))
