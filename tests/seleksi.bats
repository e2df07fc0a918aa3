#!/usr/bin/env bats
# asn-score --seleksi: the CASN selection rules of doc/seleksi.md, each case
# worked by hand from the regulation (not from the program).  Fixtures in
# tests/fixtures/seleksi: NAME-kandidat.csv, NAME-formasi.csv and the expected
# columns NAME.expected.csv.
#
# An expected file names the columns it checks (the output may have more;
# they are found by name, the first of a name).  Its rows are the output's
# rows in order.  A cell is compared literally, except:
#   *        any value: a cell the spec leaves open
#   {a|b}    one of the alternatives (an alternative may be empty):
#            e.g. lulus {|tidak} of a candidate who stopped at SKD, where the
#            spec says only "empty where a stage was not reached"
#   =N       a number equal to N, however written (100, 100.0, 100.000)
#
# Scores: SKD = TWK (0-150) + TIU (0-175) + TKP (0-225), 0-550; SKB 0-100.
# Nilai akhir = 40 x SKD / 550 + 60 x SKB / 100 (PermenPANRB 27/2021 and
# 6/2024), exact, rounded half up at 3 decimals; handy: 40 x 55k / 550 = 4k,
# so SKD 385 -> 28, 418 -> 30.4, 440 -> 32, 550 -> 40.

load helper

D=$FIX/seleksi
ADDED=memenuhi_ambang,gagal_ambang,peringkat_skd,status_skd,nilai_integrasi,peringkat,penentu,status,lulus,formasi_penempatan

# CSV records after the header (quoted fields may hold newlines).
records() {
	awk '{ q += gsub(/"/, "&"); if (q % 2 == 0) n++ } END { print n - 1 }' "$1"
}

# CSV records in awk (mawk has no FPAT): quoted fields with commas, doubled
# quotes and newlines.  csvsplit(record, array) returns the field count;
# csvrecord() is true when REC holds a whole record (lines joined).
CSV_AWK='
function csvsplit(s, a,    n, i, c, f, q) {
	n = 0; f = ""; q = 0
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		if (q) {
			if (c == "\"") {
				if (substr(s, i + 1, 1) == "\"") { f = f "\""; i++ } else q = 0
			} else f = f c
		} else if (c == "\"") q = 1
		else if (c == ",") { a[++n] = f; f = "" }
		else f = f c
	}
	a[++n] = f
	return n
}
function csvrecord(    t) {
	sub(/\r$/, "")
	REC = PENDING ? REC "\n" $0 : $0
	t = REC
	PENDING = gsub(/"/, "", t) % 2
	return !PENDING
}'

# check_table OUT EXPECTED: the expected file's columns of OUT, row by row
# (see the top of this file for *, {a|b} and =N).  Prints each mismatch.
check_table() {
	awk "$CSV_AWK"'
	function one(e, a) {
		if (e ~ /^=/) {
			if (a !~ /^-?[0-9]+([.,][0-9]+)?$/) return 0
			sub(/,/, ".", a)
			return a + 0 == substr(e, 2) + 0
		}
		return e == a
	}
	function matches(e, a,    n, alt, k) {
		if (e == "*") return 1
		if (e ~ /^\{.*\}$/) {
			n = split(substr(e, 2, length(e) - 2), alt, "|")
			if (substr(e, length(e) - 1, 1) == "|") alt[++n] = ""
			for (k = 1; k <= n; k++) if (one(alt[k], a)) return 1
			return 0
		}
		return one(e, a)
	}
	!csvrecord() { next }
	FILENAME == ARGV[1] {
		n = csvsplit(REC, f)
		if (++na == 1) { for (i = 1; i <= n; i++) if (!(f[i] in col)) col[f[i]] = i }
		else for (i = 1; i <= n; i++) A[na - 1, i] = f[i]
		next
	}
	{
		n = csvsplit(REC, f)
		if (++ne == 1) { ncol = n; for (i = 1; i <= n; i++) name[i] = f[i] }
		else for (i = 1; i <= n; i++) E[ne - 1, i] = f[i]
	}
	END {
		bad = 0
		for (j = 1; j <= ncol; j++)
			if (!(name[j] in col)) { print "no column " name[j] " in the output"; bad = 1 }
		if (na != ne) { print "rows: expected " ne - 1 ", got " na - 1; bad = 1 }
		for (r = 1; r < ne && r < na; r++)
			for (j = 1; j <= ncol; j++)
				if ((name[j] in col) && !matches(E[r, j], A[r, col[name[j]]])) {
					printf "row %d (%s) %s: expected %s, got \"%s\"\n", r, E[r, 1], name[j], E[r, j], A[r, col[name[j]]]
					bad = 1
				}
		exit bad
	}' "$1" "$2"
}

# csv_get FILE COLUMN...: the named columns of each record, tab-separated.
csv_get() {
	local file=$1; shift
	awk -v want="$*" "$CSV_AWK"'
	!csvrecord() { next }
	{
		n = csvsplit(REC, f)
		if (++nr == 1) {
			for (i = 1; i <= n; i++) if (!(f[i] in col)) col[f[i]] = i
			k = split(want, w, " ")
			for (j = 1; j <= k; j++) if (!(w[j] in col)) { print "no column " w[j] > "/dev/stderr"; exit 2 }
		}
		line = ""
		for (j = 1; j <= k; j++) line = line (j > 1 ? "\t" : "") f[col[w[j]]]
		print line
	}' "$file"
}

# The spec's invariants on an output table OUT made from IN: the input
# columns unchanged and in order, the ten added columns after them; lulus ya
# exactly for P/L and P/L-O; no nilai akhir, rank or lulus for a candidate
# who did not sit SKB (status_skd P, TL, TH).
invariants() {
	local in=$1 out=$2
	assert_equal "$(head -1 "$out" | tr -d '\r')" "$(head -1 "$in"),$ADDED"
	assert_equal "$(csv_get "$out" $(head -1 "$in" | tr ',' ' '))" "$(csv_get "$in" $(head -1 "$in" | tr ',' ' '))"
	run csv_get "$out" no_peserta status_skd nilai_integrasi peringkat status lulus
	assert_success
	run awk -F'\t' 'NR > 1 && (($6 == "ya") != ($5 == "P/L" || $5 == "P/L-O")) { print "row " NR - 1 " (" $1 "): status " $5 ", lulus " $6 }
		NR > 1 && $2 ~ /^(P|TL|TH)$/ && ($3 != "" || $4 != "" || $6 == "ya") { print "row " NR - 1 " (" $1 "): status_skd " $2 " with nilai " $3 ", peringkat " $4 ", lulus " $6 }' <<< "$output"
	assert_output ""
}

# seleksi NAME [OPTION...]: asn-score -q on NAME-kandidat.csv and
# NAME-formasi.csv; stdout saved in out.csv, status and stderr as run sets them.
seleksi() {
	local name=$1; shift
	run --separate-stderr asn-score -q -S "$D/$name-kandidat.csv" -f "$D/$name-formasi.csv" "$@"
	printf '%s\n' "$output" > out.csv
}

# stderr_has TEXT...: one stderr line holds every TEXT.
stderr_has() {
	local l t ok
	for l in "${stderr_lines[@]}"; do
		ok=1
		for t in "$@"; do [[ $l == *"$t"* ]] || { ok=; break; }; done
		[ -n "$ok" ] && return 0
	done
	printf 'no stderr line with all of:' >&2; printf " '%s'" "$@" >&2
	printf '\nstderr was:\n%s\n' "$stderr" >&2
	return 1
}

# ---------------------------------------------------------------------------
# 1. KepmenPANRB 1023/2021, 651/2023, 321/2024 (nilai ambang batas SKD),
# formasi umum: TWK >= 65, TIU >= 80, TKP >= 166, each test on its own.
#   24110001  65  80 166  all exactly at the mark: passes
#   24110002  64  80 166  twk<65        24110003  65 79 166  tiu<80
#   24110004  65  80 165  tkp<166       24110005  60 75 165  twk<65;tiu<80;tkp<166
#   24110006  --- 100 200 TWK empty: did not sit, TH (not a rejected row)
#   24110007 150 175 225  every maximum: passes
#   24110008 120  75 220  SKD 415, far above any total, yet tiu<80: the umum
#                         marks are per test, there is no total mark
# gagal_ambang lists the missed marks in test order (twk, tiu, tkp), ';'.
# 1 place -> 3 sit SKB; only 2 meet the marks, both P/L:
#   peringkat_skd 24110007 (550) 1, 24110001 (311) 2.
# Nilai akhir: 24110007 40 x 550/550 + 60 x 90/100 = 40 + 54 = 94.000;
#   24110001 40 x 311/550 = 22.618181.. + 60 x 70/100 = 42 -> 64.618181.. -> 64.618.
@test "seleksi: SKD marks umum test by test, at the mark passes, gagal_ambang, TH" {
	seleksi umum
	assert_success
	run check_table out.csv "$D/umum.expected.csv"
	assert_success
	invariants "$D/umum-kandidat.csv" out.csv
}

# 2. Same KepmenPANRB: cumlaude and diaspora SKD total >= 311 and TIU >= 85;
# disabilitas and putra/putri Papua total >= 286 and TIU >= 60.  The subtest
# marks of umum do not apply to these formasi.
#   cumlaude (2 places, 6 sit SKB)
#     24120001 80+85+146 = 311, TIU 85: passes (TKP 146 < 166 does not matter)
#     24120002 80+84+147 = 311, TIU 84: tiu<85
#     24120003 60+90+170 = 320, TIU 90: passes though TWK 60 < 65
#     24120004 80+85+145 = 310: skd<311
#     24120005 80+80+140 = 300, TIU 80: tiu<85;skd<311 (tests, then groups)
#   diaspora 24120006 75+85+150 = 310: skd<311
#   disabilitas 24120007 60+60+166 = 286, TIU 60: passes
#               24120008 60+60+165 = 285: skd<286
#               24120009 70+55+175 = 300, TIU 55: tiu<60
#   papua 24120010 70+60+156 = 286, TIU 60: passes
# Nilai akhir: 24120001 40 x 311/550 = 22.618181.. + 60 x 80/100 = 48 -> 70.618
#   24120003 40 x 320/550 = 23.272727.. + 60 x 75/100 = 45 -> 68.272727.. -> 68.273
#   24120007 40 x 286/550 = 20.8 + 42 = 62.800; 24120010 20.8 + 39 = 59.800
# (No one moves by optimalisasi into the empty diaspora place: everyone with
# a nilai akhir is lulus already.)
@test "seleksi: special formasi marks on the SKD total and TIU" {
	seleksi khusus
	assert_success
	run check_table out.csv "$D/khusus.expected.csv"
	assert_success
	invariants "$D/khusus-kandidat.csv" out.csv
}

# 3. PermenPANRB 27/2021 art. 40 (6/2024): 3 x the places sit SKB, ranked on
# SKD total, then TKP, then TIU, then TWK.  1 place each -> 3 seats.
#   Guru: 24130001 130+120+180 = 430 (1); 24130005 100+120+190 = 410 (2);
#         24130007 100+110+190 = 400, TKP 190 (3, P/L);
#         24130003 105+115+180 = 400, TKP 180 (4, P): TKP decides before TIU
#         and TWK, though 24130003 has the better TIU and TWK.
#   Penyuluh: 24130002 110+120+190 = 420 (1); 24130008 100+120+190 = 410 (2);
#         24130004 100+120+180 = 400, TKP 180, TIU 120 (3, P/L);
#         24130006 105+115+180 = 400, TKP 180, TIU 115 (4, P): TIU decides
#         before TWK (105 > 100 does not help).
#   (TWK can never decide: with SKD, TKP and TIU equal, TWK = SKD - TIU - TKP
#   is equal too.)
# Nilai akhir of those who sat SKB, 40 x SKD/550 + 60 x SKB/100:
#   24130001 31.272727.. + 42 = 73.273   24130005 29.818181.. + 45 = 74.818
#   24130007 29.090909.. + 48 = 77.091 (lulus)
#   24130002 30.545454.. + 43.2 = 73.745 24130008 29.818181.. + 46.8 = 76.618 (lulus)
#   24130004 29.090909.. + 44.4 = 73.491
@test "seleksi: the SKB cut at 3 x places, ties on SKD broken by TKP, then TIU" {
	seleksi cut
	assert_success
	run check_table out.csv "$D/cut.expected.csv"
	assert_success
	invariants "$D/cut-kandidat.csv" out.csv
}

# 3b. PermenPANRB 27/2021 art. 40: everyone tied with the last within 3 x
# places sits SKB; peringkat_skd is a competition rank (equal keys share it,
# the next rank skips).
#   Penyuluh Sosial, 1 place: 420 (1), 400 = 100+120+180 twice (2, 2),
#     390 (4, P): ranks 1,2,2,4.
#   Pengendali Dampak, 1 place: 430 (1), 420 (2), 100+120+180 = 400 twice
#     (3, 3): tied on all four keys at the cut, both sit SKB: 4 for 3 seats;
#     395 (5, P).
# Nilai akhir: 24140001 30.545454.. + 42 = 72.545; 24140002 29.090909.. + 48
#   = 77.091; 24140003 29.090909.. + 45 = 74.091.  24140005 31.272727.. + 42
#   = 73.273; 24140006 30.545454.. + 42 = 72.545; 24140008 77.091;
#   24140009 29.090909.. + 48.6 = 77.690909.. -> 77.691: the 4th to sit SKB
#   is the one appointed.
@test "seleksi: all tied at the cut sit SKB; peringkat_skd 1,2,2,4 and 1,2,3,3,5" {
	seleksi cut-seri
	assert_success
	run check_table out.csv "$D/cut-seri.expected.csv"
	assert_success
	invariants "$D/cut-seri-kandidat.csv" out.csv
}

# 4. PermenPANRB 27/2021 art. 40: only the best 3 x places on SKD sit SKB,
# so only they can be appointed.  6 candidates, 1 place; the input has an SKB
# score for everyone (as the shipped example did), and the 4th on SKD has the
# best: 24150004 105+115+185 = 405, SKB 95 (40 x 405/550 + 57 = 86.454545..
# were it counted).  He is P: no nilai akhir, no rank, never lulus.
#   SKD: 24150001 450 (1), 24150002 435 (2), 24150003 420 (3),
#        24150004 405 (4, P), 24150005 380 (5, P), 24150006 311 (6, P)
#   24150001 40 x 450/550 = 32.727272.. + 60 x 70/100 = 42 -> 74.727
#   24150002 40 x 435/550 = 31.636363.. + 45 = 76.636 -> rank 1, lulus
#   24150003 40 x 420/550 = 30.545454.. + 43.2 = 73.745
@test "seleksi: the best SKB outside the cut is P and never lulus (the shipped example's bug)" {
	seleksi contoh
	assert_success
	run check_table out.csv "$D/contoh.expected.csv"
	assert_success
	invariants "$D/contoh-kandidat.csv" out.csv
	run csv_get out.csv no_peserta lulus peringkat_skd
	assert_equal "$(awk -F'\t' '$2 == "ya"' <<< "$output")" "$(printf '24150002\tya\t2')"
}

# 5. Nilai akhir rounded half up at 3 decimals from the exact value.  Rules
# bulat.yaml: two groups on 0-100 weighted 50/50, nilai = (a + b) / 2.
#   24160001 (64.727 + 64.728) / 2 = 64.7275 exactly -> 64.728; in doubles
#     50 x 64.727/100 + 50 x 64.728/100 = 64.72749999999999 -> "64.727"
#   24160002 (64.724 + 64.725) / 2 = 64.7245 -> 64.725 (half to even: 64.724)
#   24160003 (99.999 + 100) / 2 = 99.9995 -> 100.000 (doubles: "99.999")
#   24160004 (0.001 + 0) / 2 = 0.0005 -> 0.001
#   24160005 (70.0009 + 70) / 2 = 70.00045 -> 70.000 (rounding twice, first
#     to 70.0005, would give 70.001)
# 1 place: 100.000 first.
@test "seleksi: nilai akhir rounded half up from the exact value (custom 50/50 rules)" {
	seleksi bulat --seleksi-config "$D/bulat.yaml"
	assert_success
	run check_table out.csv "$D/bulat.expected.csv"
	assert_success
	invariants "$D/bulat-kandidat.csv" out.csv
}

# 5b. PermenPANRB 27/2021, 6/2024: 40 % SKD on 0-100 + 60 % SKB, the
# built-in cpns rules; 3 places, 9 seats, everyone sits SKB.
#   24170001 100+120+180 = 400: 40 x 400/550 = 29.090909.. + 60 x 80/100 = 48
#            -> 77.090909.. -> 77.091
#   24170002 95+110+184 = 389: 40 x 389/550 = 28.290909.. + 60 x 81.5/100 = 48.9
#            -> 77.190909.. -> 77.191
#   24170003 440: 32 + 60 x 75.0025/100 = 45.0015 -> 77.0015 exactly -> 77.002
#            (doubles: 77.00149999.. -> "77.001")
#   24170004 440: 32 + 60 x 75.0075/100 = 45.0045 -> 77.0045 exactly -> 77.005
#            (half to even: 77.004; doubles give 77.004 or 77.005 by formula)
#   24170005 150+175+225 = 550, SKB 100: 40 + 60 = 100.000
#   24170006 65+80+166 = 311, SKB 0: 22.618181.. -> 22.618 (0 is a score)
#   24170007 100+100+200 = 400, SKB empty: sat SKD, not SKB: TH
# peringkat_skd: 550 (1), 440 twice (2, 2), 400 TKP 200 (4), 400 TKP 180 (5),
#   389 (6), 311 (7).  Rank: 100.000, 77.191, 77.091 lulus; 77.005, 77.002,
#   22.618 TL.
@test "seleksi: 40 x SKD/550 + 60 x SKB/100 by hand, exact halves, TH at SKB" {
	seleksi integrasi
	assert_success
	run check_table out.csv "$D/integrasi.expected.csv"
	assert_success
	invariants "$D/integrasi-kandidat.csv" out.csv
}

# 6. PermenPANRB 6/2024 art. 45: equal nilai akhir -> higher SKD total, then
# TKP, TIU, TWK, then higher IPK, then the older.  3 places.
#   nilai 78.400 for 7 of them: 24180005 SKD 418: 30.4 + 60 x 80/100 = 48;
#   the others SKD 385: 28 + 60 x 84/100 = 50.4.
#   1 24180005 418                                    (IPK 3.00, youngest)
#   2 24180008 385 TKP 190                   skd
#   3 24180001 385 TKP 185 TIU 115           tkp
#   4 24180003 385 TKP 185 TIU 110 IPK 3.90  tiu   (TWK equal: 90 each)
#   5 24180007 ... IPK 3.50 1995-01-01       ipk
#   6 24180002 ... IPK 3.50 1996-06-30       usia
#   7 24180006 ... IPK 3.50 1996-06-30       no_peserta (24180002 < 24180006,
#                                            though 24180006 comes first)
#   8 24180004 385, SKB 70: 28 + 42 = 70.000  nilai_integrasi (IPK 4.00 and
#                                            the oldest: no help)
# All 8 share the SKD stage with 9 seats; peringkat_skd 1, 2, 3, then the
# five with 385/185/110/90 tied at 4.
@test "seleksi: final ties by SKD, TKP, TIU, IPK, age, then no_peserta; penentu" {
	seleksi seri
	assert_success
	run check_table out.csv "$D/seri.expected.csv"
	assert_success
	invariants "$D/seri-kandidat.csv" out.csv
}

# 6b. No ipk or tanggal_lahir column: those tie-breaks are skipped; three
# candidates equal in everything (100+120+180, SKB 80: 77.091) are ordered
# by the lower no_peserta, penentu no_peserta; input order does not count.
@test "seleksi: a full tie without ipk and tanggal_lahir goes to the lower no_peserta" {
	seleksi seri-nopeserta
	assert_success
	run check_table out.csv "$D/seri-nopeserta.expected.csv"
	assert_success
	invariants "$D/seri-nopeserta-kandidat.csv" out.csv
}

# 7. doc/seleksi.md stage 3: the rounded value is what is ranked.
#   24200001 389, SKB 81.5:   28.290909.. + 48.9    = 77.190909.. -> 77.191
#   24200002 440, SKB 75.318: 32 + 45.1908          = 77.1908     -> 77.191
#   24200003 440, SKB 75.317: 32 + 45.1902          = 77.1902     -> 77.190
# Exactly, 24200001 is highest; rounded, 24200001 and 24200002 tie at 77.191
# and the higher SKD (440 > 389) ranks 24200002 first: penentu skd.
# 24200003 is below on nilai_integrasi.
@test "seleksi: ranking is on the rounded nilai_integrasi" {
	seleksi peringkat-bulat
	assert_success
	run check_table out.csv "$D/peringkat-bulat.expected.csv"
	assert_success
	invariants "$D/peringkat-bulat-kandidat.csv" out.csv
}

# 8. PermenPANRB 27/2021 art. 48, optimalisasi: an empty place is filled by
# the best-ranked non-lulus candidate of another formasi with the same
# jabatan and pendidikan who meets the umum marks.  Formasi (table order):
#   A Diskominfo / Pranata Komputer AP, S1 TI, umum, 2 places: only 24210001
#     (jenis empty = umum) 90+110+185 = 385, SKB 70: 28 + 42 = 70.000
#   B Bappeda / Pranata Komputer AP, S1 TI, umum, 1 place:
#     24210002 440, SKB 85: 32 + 51 = 83.000 lulus
#     24210003 440, SKB 80: 32 + 48 = 80.000 -> A, P/L-O
#     24210004 385, SKB 80: 28 + 48 = 76.000 -> C, P/L-O
#   C Diskominfo / Pranata Komputer AP, S1 TI, cumlaude, 1 place: nobody
#     applied; filled from umum after A (table order).
#   F Diskominfo / Pranata Komputer AP, S1 TI, disabilitas, 1 place:
#     24210009 115+100+225 = 440, SKB 90: 86.000 lulus
#     24210010 100+70+215 = 385, SKB 90: 28 + 54 = 82.000, meets the
#       disabilitas marks but TIU 70 < 80: not moved (better than 80.000)
#   BKPSDM / Pranata Komputer AP, S1 Sistem Informasi: 24210005 86.000
#     lulus; 24210006 83.000 not moved: other pendidikan
#   Bappeda / Statistisi AP, S1 TI: 24210007 32 + 54 = 86.000 lulus;
#     24210008 32 + 52.8 = 84.800 not moved: other jabatan
# formasi_penempatan: the formasi filled, its values joined by ' / '.
@test "seleksi: optimalisasi fills empty places from the same jabatan and pendidikan" {
	seleksi optimalisasi
	assert_success
	run check_table out.csv "$D/optimalisasi.expected.csv"
	assert_success
	invariants "$D/optimalisasi-kandidat.csv" out.csv
	# lulus: 2 + 1 + 1 + 1 + 1 + 1 places, all filled
	assert_equal "$(csv_get out.csv lulus | grep -c '^ya$')" 7
}

# 9. PPPK (PermenPANRB 6/2024 art. 47 and the year's KepmenPANRB), rules
# pppk.yaml: marks mansos >= 130, wawancara >= 24, teknis from the formasi
# (ambang_teknis 300).  Affirmation 10 % of 450 = 45 a flag, the flags
# summed and capped at batas 15 % = 67.5, added to teknis, capped at 450,
# before the marks.  Nilai akhir = teknis + manajerial + sosiokultural +
# wawancara.
#   24220001 270 + 45 = 315 >= 300 (passes thanks to the bonus); 70+65 = 135; 28
#            -> 315 + 135 + 28 = 478.000
#   24220002 420 + 45 = 465 -> 450; 80+70 = 150; 30 -> 630.000
#   24220003 flags 1 and 1: 20 % capped at 15 %: 300 + 67.5 = 367.5; 75+60 =
#            135; 32 -> 534.500 (uncapped it would be 557.000)
#   24220004 290, no flag: teknis<300, TL
#   24220005 kategori thk2: 310 + (70+62 = 132) + 24 = 466.000: lowest score,
#            ranked first (priority group); wawancara 24 exactly passes
#   24220006 350 + 135 + 30 = 515.000
#   24220007 340 + 145 + 30 = 515.000        teknis 340 < 350
#   24220008 340 + 140 + 35.0004 = 515.0004 -> 515.000   mansos 140 < 145
#   24220009 340 + 140 + 35.0001 = 515.0001 -> 515.000   wawancara (equal
#            nilai after rounding; with equal teknis and mansos only a
#            difference under 0.0005 can let wawancara decide)
#   24220010 as 24220009, born 1992 after 1990: usia
# Ranks: 24220005 1, 24220002 2 (penentu: the priority group, name not
# fixed by the spec), 24220003 3, 24220006 4, 24220007 5, 24220008 6,
# 24220009 7, 24220010 8, 24220001 9; 2 places.
@test "seleksi: PPPK affirmation bonus capped, before the marks; priority group; ties" {
	seleksi pppk --seleksi-config "$D/pppk.yaml"
	assert_success
	run check_table out.csv "$D/pppk.expected.csv"
	assert_success
	invariants "$D/pppk-kandidat.csv" out.csv
	# with no tahap the spec does not say whether the TL of the marks shows
	# in status_skd or in status; it must show in one of them
	run csv_get out.csv no_peserta status_skd status
	assert_line --regexp $'^24220004\t(TL\t.*|.*\tTL)$'
}

# 10. doc/seleksi.md, candidates table: a bad row is kept with empty results,
# the others are selected, exit 1; the message names file:line:column and
# the value.  salah-kandidat.csv (columns: 1 no_peserta, 5 jenis_formasi,
# 6 twk, 7 tiu, 8 tkp):
#   line 3 twk 151 > maks 150          line 4 tiu -5 < 0
#   line 5 tkp 180.1234567: 7 decimals line 6 jenis honorer: unknown
#   line 7 no_peserta 24230001 again   line 8 Dinas Perhubungan not in the table
#   line 9 cumlaude: the formasi exists only as umum
# Kept: line 2 (400, SKB 80: 77.091) and line 10, tkp 180.123456 (6 decimals
# is allowed): 40 x 400.123456/550 = 29.099887709.. + 48 = 77.0998877.. ->
# 77.100, rank 1.
@test "seleksi: bad candidate rows are rejected with file:line:column and value, exit 1" {
	f=$D/salah-kandidat.csv
	run --separate-stderr asn-score -q -S "$f" -f "$D/salah-formasi.csv"
	assert_equal "$status" 1
	printf '%s\n' "$output" > out.csv
	stderr_has "$f:3:6:" 151
	stderr_has "$f:4:7:" -5
	stderr_has "$f:5:8:" 180.1234567
	stderr_has "$f:6:5:" honorer
	stderr_has "$f:7:1:" 24230001
	stderr_has "$f:8:" "Dinas Perhubungan" "Penguji Kendaraan Bermotor Terampil"
	stderr_has "$f:9:" cumlaude
	assert_equal "${#stderr_lines[@]}" 7
	assert_equal "$(records out.csv)" 9
	assert_equal "$(head -1 out.csv)" "$(head -1 "$f"),$ADDED"
	# every row kept as it came, the rejected ones (lines 3-9) with all ten
	# added columns empty
	cols=$(head -1 "$f" | tr ',' ' ')
	assert_equal "$(csv_get out.csv $cols)" "$(csv_get "$f" $cols)"
	run csv_get out.csv no_peserta $(tr ',' ' ' <<< "$ADDED")
	assert_equal "$(sed -n '3,9p' <<< "$output" | cut -f2- | sort -u)" "$(printf '\t\t\t\t\t\t\t\t\t')"
	run csv_get out.csv no_peserta nilai_integrasi peringkat lulus
	assert_equal "$(sed -n 2p <<< "$output")" "$(printf '24230001\t77.091\t2\tya')"
	assert_equal "$(sed -n 10p <<< "$output")" "$(printf '24230010\t77.100\t1\tya')"
}

# 10b. The other row checks of the spec: an IPK not from 0 to 4, a
# tanggal_lahir that is not a date (30 February), an empty no_peserta, an
# affirmation flag not yes or no.
@test "seleksi: IPK, tanggal_lahir, empty id and affirmation flag rejected, exit 1" {
	f=$D/salah-lain-kandidat.csv
	run --separate-stderr asn-score -q -S "$f" -f "$D/salah-formasi.csv"
	assert_equal "$status" 1
	stderr_has "$f:3:9:" 4.5
	stderr_has "$f:4:10:" 1995-02-30
	stderr_has "$f:5:1:"
	assert_equal "${#stderr_lines[@]}" 3
	printf '%s\n' "$output" > out.csv
	assert_equal "$(records out.csv)" 4
	# the one good row: 77.091, lulus (2 places)
	run csv_get out.csv no_peserta nilai_integrasi lulus
	assert_equal "$(sed -n 2p <<< "$output")" "$(printf '24240001\t77.091\tya')"
	f=$D/salah-pppk-kandidat.csv
	run --separate-stderr asn-score -q -S "$f" -f "$D/pppk-formasi.csv" --seleksi-config "$D/pppk.yaml"
	assert_equal "$status" 1
	stderr_has "$f:3:9:" mungkin
	assert_equal "${#stderr_lines[@]}" 1
}

# 10c. The formasi table: kebutuhan is a whole number, 0 or more.  The row is
# rejected (exit 1); the good formasi is still selected.
@test "seleksi: a negative kebutuhan is rejected with file:line:column, exit 1" {
	f=$D/salah-kebutuhan-formasi.csv
	run --separate-stderr asn-score -q -S "$D/umum-kandidat.csv" -f "$f"
	assert_equal "$status" 1
	stderr_has "$f:3:3:" -1
	printf '%s\n' "$output" > out.csv
	run csv_get out.csv no_peserta nilai_integrasi lulus
	assert_equal "$(sed -n 8p <<< "$output")" "$(printf '24110007\t94.000\tya')"
}

# 10d. The rules file: bobot must add up to 100 (40 + 50 = 90 here), and a
# seri criterion must be a group, a test, ipk or usia.  Configuration errors:
# exit 2, nothing on stdout.  An unreadable candidates table: exit 3.
@test "seleksi: weights not adding to 100, an unknown seri name: exit 2; no table: exit 3" {
	seleksi umum --seleksi-config "$D/bobot-salah.yaml"
	assert_equal "$status" 2
	assert_equal "$output" ""
	stderr_has "$D/bobot-salah.yaml:11:" 90
	seleksi umum --seleksi-config "$D/seri-salah.yaml"
	assert_equal "$status" 2
	assert_equal "$output" ""
	stderr_has "$D/seri-salah.yaml:25:" pengalaman
	run --separate-stderr asn-score -q -S tidak-ada.csv -f "$D/umum-formasi.csv"
	assert_equal "$status" 3
	assert_equal "$output" ""
	stderr_has tidak-ada.csv
}

# 11. The announcement: per formasi in the table's order (Puskesmas Simboro
# before Dinas Kesehatan), the ranked by peringkat, then P, TL, TH at SKD,
# each by id.
#   Simboro, 1 place: SKD 24250007 420, 24250003 400, 24250005 390 sit SKB;
#     24250001 380 is P; 24250004 TWK 60 TL; 24250002 TIU empty TH.
#     24250003 29.090909.. + 60 x 82/100 = 49.2 -> 78.290909.. -> 78.291 (1)
#     24250007 30.545454.. + 45.6 = 76.145454.. -> 76.145 (2)
#     24250005 28.363636.. + 42 = 70.363636.. -> 70.364 (3)
#     then P 24250001, TL 24250004, TH 24250002 (groups first, then id)
#   Dinas Kesehatan, 2 places: 24250008 and 24250009 equal in everything,
#     32 + 48 = 80.000: 24250008 1, 24250009 2 (no_peserta); 24250006 TKP
#     150 TL.
# Columns compared: all the spec names but keterangan (free text).
@test "seleksi: --pengumuman per formasi in table order, ranked, then P, TL, TH" {
	seleksi pengumuman --pengumuman ann.csv
	assert_success
	run check_table ann.csv "$D/pengumuman.expected.csv"
	assert_success
	assert_equal "$(head -1 ann.csv | cut -d, -f1-11)" "unit,jabatan,jenis_formasi,kebutuhan,no_peserta,nama,twk,tiu,tkp,skb,skd"
	[[ "$(head -1 ann.csv)" == *",nilai_integrasi,peringkat,status,penentu,keterangan" ]]
	invariants "$D/pengumuman-kandidat.csv" out.csv
}
