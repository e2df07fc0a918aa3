#!/usr/bin/env bats
# asn-import: every option and error path.

load helper

AS_OF=(--as-of 2026-11-01)

@test "import: siasn export gives the canonical table, BUP dates by hand" {
	run --separate-stderr asn-import -p siasn "${AS_OF[@]}" "$FIX/import/siasn-small.csv"
	assert_equal "$status" 1
	assert_equal "$output" "$(cat "$FIX/import/siasn-small.expected.csv")"
	assert_equal "${stderr_lines[-1]}" "asn-import: read 11, wrote 7, rejected 4"
}

@test "import: rejected siasn rows name line, column, value and reason" {
	run asn-import -q -p siasn "${AS_OF[@]}" -r rej.csv -o out.csv "$FIX/import/siasn-small.csv"
	assert_equal "$status" 1
	assert_equal "$(wc -l < rej.csv)" 5
	run cut -d, -f1-2 rej.csv
	assert_output "line,column
9,NIP BARU
10,NIP BARU
11,TANGGAL LAHIR
12,GOL AKHIR NAMA"
	grep -q "^9,NIP BARU,19800101200501100,\"nip '19800101200501100': expected 18 digits, got 17\"," rej.csv
	grep -q "^10,NIP BARU,197005151996032001,nip '197005151996032001': duplicate (already seen on line 2)," rej.csv
	grep -q "^11,TANGGAL LAHIR,31-02-1985,tanggal_lahir '31-02-1985': no such day in the calendar," rej.csv
	grep -q "^12,GOL AKHIR NAMA,III/f,golongan 'III/f': expected I/a to IV/e for PNS," rej.csv
}

@test "import: duplicates found alike in a file, redirected stdin, a pipe and across files" {
	f=$FIX/import/siasn-small.csv
	asn-import -q -p siasn "${AS_OF[@]}" -r file.rej -o file.csv "$f" || true
	asn-import -q -p siasn "${AS_OF[@]}" -r redir.rej -o redir.csv < "$f" || true
	cat "$f" | asn-import -q -p siasn "${AS_OF[@]}" -r pipe.rej -o pipe.csv || true
	assert_equal "$(cat redir.csv)" "$(cat file.csv)"
	assert_equal "$(cat pipe.csv)" "$(cat file.csv)"
	assert_equal "$(cat redir.rej)" "$(cat file.rej)"
	assert_equal "$(cat pipe.rej)" "$(cat file.rej)"
	grep -q "duplicate (already seen" file.rej
	# the second copy: its 7 good rows and its own duplicate repeat the first
	run --separate-stderr asn-import -p siasn "${AS_OF[@]}" -r two.rej "$f" "$f"
	assert_equal "$status" 1
	assert_equal "${stderr_lines[-1]}" "asn-import: read 22, wrote 7, rejected 15"
	assert_equal "$(grep -c "duplicate (already seen" two.rej)" 9
	run --separate-stderr sh -c 'cat "$1" | asn-import -p siasn --as-of 2026-11-01 -r mixed.rej - "$1"' sh "$f"
	assert_equal "$status" 1
	assert_equal "${stderr_lines[-1]}" "asn-import: read 22, wrote 7, rejected 15"
	# the same rows, the first copy named as read: <stdin> or the file
	assert_equal "$(cut -d, -f2- mixed.rej | sed 's/already seen at [^:]*:/already seen at F:/')" \
		"$(cut -d, -f2- two.rej | sed 's/already seen at [^:]*:/already seen at F:/')"
	grep -q "already seen at <stdin>:" mixed.rej
}

@test "import: stdin is read from where the caller left it, on both passes" {
	{ echo "a line the caller has read"; cat "$FIX/import/canonical-faults.csv"; } > offset.csv
	run --separate-stderr bash -c 'IFS= read -r skipped; asn-import -p canonical --as-of 2026-11-01' < offset.csv
	assert_equal "$status" 1
	assert_equal "$output" "$(cat "$FIX/import/canonical-faults.expected.csv")"
	assert_equal "${stderr_lines[-1]}" "asn-import: read 15, wrote 1, rejected 14"
}

@test "import: every validation rule rejects with its exact reason" {
	run --separate-stderr asn-import -p canonical "${AS_OF[@]}" -r rej.csv "$FIX/import/canonical-faults.csv"
	assert_equal "$status" 1
	assert_equal "$output" "$(cat "$FIX/import/canonical-faults.expected.csv")"
	assert_equal "$(cat rej.csv)" "$(cat "$FIX/import/canonical-faults.rejects.csv")"
	assert_equal "${stderr_lines[-1]}" "asn-import: read 15, wrote 1, rejected 14"
}

@test "import: rejected rows are reported on stderr with file:line" {
	run --separate-stderr asn-import -p canonical "${AS_OF[@]}" "$FIX/import/canonical-faults.csv"
	assert_equal "$status" 1
	[[ "$stderr" == *"asn-import: $FIX/import/canonical-faults.csv:2: nip '198001012005011004': tanggal_lahir 1980-01-02 does not match NIP birth date 1980-01-01"* ]]
}

@test "import: warnings keep the row (gelar in nama, golongan below entry rank)" {
	run --separate-stderr asn-import -p canonical "${AS_OF[@]}" "$FIX/import/canonical-faults.csv"
	[[ "$stderr" == *":16: warning: nama 'Drs. Gelar Di Nama, M.Si' holds a gelar"* ]]
	[[ "$stderr" == *":16: warning: golongan I/c below the entry rank for S2"* ]]
	run --separate-stderr asn-import -q -p canonical "${AS_OF[@]}" -r /dev/null "$FIX/import/canonical-faults.csv"
	assert_equal "$stderr" ""
}

@test "import: read = wrote + rejected" {
	for args in "siasn-small.csv" "canonical-faults.csv" "-m $FIX/import/simpeg-map.yaml simpeg.csv" \
	    "siasn-small.expected.csv"; do
		set -- $args
		f=$FIX/import/${!#}
		run --separate-stderr asn-import "${AS_OF[@]}" -r rej.csv -o out.csv "${@:1:$#-1}" "$f"
		[[ "${stderr_lines[-1]}" =~ read\ ([0-9]+),\ wrote\ ([0-9]+),\ rejected\ ([0-9]+) ]] || {
			echo "$f: $stderr"; false; }
		n=${BASH_REMATCH[1]} m=${BASH_REMATCH[2]} k=${BASH_REMATCH[3]}
		assert_equal "$n" "$((m + k))"
		assert_equal "$(($(wc -l < out.csv) - 1))" "$m"
		assert_equal "$(($(wc -l < rej.csv) - 1))" "$k"
	done
}

@test "import: the canonical output re-imports unchanged (idempotent)" {
	asn-import -q -p siasn "${AS_OF[@]}" "$FIX/import/siasn-small.csv" > first.csv || true
	run --separate-stderr asn-import -p canonical "${AS_OF[@]}" first.csv
	assert_success
	assert_equal "$output" "$(cat first.csv)"
}

@test "import: profile is detected from the header and named" {
	run --separate-stderr asn-import "${AS_OF[@]}" "$FIX/import/siasn-small.csv"
	assert_equal "$status" 1
	[[ "$stderr" == *"detected profile siasn"* ]]
	run --separate-stderr asn-import "${AS_OF[@]}" "$FIX/import/canonical-faults.csv"
	[[ "$stderr" == *"detected profile canonical"* ]]
}

@test "import: unrecognised header is a usage error naming the file" {
	printf 'a,b\n1,2\n' > x.csv
	run --separate-stderr asn-import x.csv
	assert_equal "$status" 2
	[[ "$stderr" == *"x.csv: cannot tell the export format from the header"* ]]
}

@test "import: --map YAML with value maps and jabatan rules, ; delimiter detected" {
	run --separate-stderr asn-import -m "$FIX/import/simpeg-map.yaml" "${AS_OF[@]}" "$FIX/import/simpeg.csv"
	assert_success
	assert_equal "$output" "$(cat "$FIX/import/simpeg.expected.csv")"
}

@test "import: -d names the delimiter" {
	run --separate-stderr asn-import -d ';' -m "$FIX/import/simpeg-map.yaml" "${AS_OF[@]}" "$FIX/import/simpeg.csv"
	assert_success
	assert_equal "$output" "$(cat "$FIX/import/simpeg.expected.csv")"
	run --separate-stderr asn-import -d tab -m "$FIX/import/simpeg-map.yaml" "${AS_OF[@]}" "$FIX/import/simpeg.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"missing column for nip"* ]]
}

@test "import: a map with an unknown key or bad rule is a usage error with file:line:col" {
	printf 'columns:\n  nip: NIP\nrulez: []\n' > bad.yaml
	run --separate-stderr asn-import -m bad.yaml "$FIX/import/simpeg.csv"
	assert_equal "$status" 2
	[[ "$stderr" == *"bad.yaml:3:1: unknown key 'rulez'"* ]]
	printf 'columns:\n  nip: NIP\nrules:\n  - {match: "x*", jenis_jabatan: menteri}\n' > bad2.yaml
	run --separate-stderr asn-import -m bad2.yaml "$FIX/import/simpeg.csv"
	assert_equal "$status" 2
	[[ "$stderr" == *"bad2.yaml:4:"*"unknown jenis_jabatan 'menteri'"* ]]
	run --separate-stderr asn-import -m nonexistent.yaml "$FIX/import/simpeg.csv"
	assert_equal "$status" 2
	[[ "$stderr" == *"nonexistent.yaml"* ]]
}

@test "import: --map and --profile exclude each other; unknown profile" {
	run --separate-stderr asn-import -m x.yaml -p siasn
	assert_equal "$status" 2
	run --separate-stderr asn-import -p sigap
	assert_equal "$status" 2
	[[ "$stderr" == *"unknown profile 'sigap' (expected siasn, simpeg or canonical)"* ]]
}

@test "import: CRLF line ends, a BOM and stdin" {
	printf '\357\273\277' > crlf.csv
	sed 's/$/\r/' "$FIX/import/siasn-small.csv" >> crlf.csv
	run --separate-stderr asn-import -p siasn "${AS_OF[@]}" < crlf.csv
	assert_equal "$status" 1
	assert_equal "$output" "$(cat "$FIX/import/siasn-small.expected.csv")"
	run --separate-stderr asn-import -p siasn "${AS_OF[@]}" - < crlf.csv
	assert_equal "$output" "$(cat "$FIX/import/siasn-small.expected.csv")"
}

@test "import: --strict writes no rows and exits 1 when a row is rejected" {
	run --separate-stderr asn-import --strict -p siasn "${AS_OF[@]}" "$FIX/import/siasn-small.csv"
	assert_equal "$status" 1
	assert_equal "$output" ""
	[[ "${stderr_lines[-1]}" == "asn-import: read 11, wrote 0, rejected 4 (--strict: 7 good rows not written)" ]]
	run asn-import -q --strict -p siasn "${AS_OF[@]}" -o out.csv "$FIX/import/siasn-small.csv"
	assert_equal "$status" 1
	[ ! -e out.csv ]
	run ls -A
	refute_output --partial out.csv
}

@test "import: --strict on clean input writes everything" {
	asn-import -q -p siasn "${AS_OF[@]}" "$FIX/import/siasn-small.csv" > clean.csv || true
	run --separate-stderr asn-import --strict "${AS_OF[@]}" clean.csv
	assert_success
	assert_equal "$output" "$(cat clean.csv)"
}

@test "import: -o writes the file only on success, no temporary left" {
	run asn-import -q -p siasn "${AS_OF[@]}" -o out.csv "$FIX/import/siasn-small.csv"
	assert_equal "$status" 1
	assert_equal "$(cat out.csv)" "$(cat "$FIX/import/siasn-small.expected.csv")"
	run ls -A
	refute_output --partial .out.csv
	printf '\377\376n\000i\000p\000\n\000' > broken.csv
	run asn-import -q -o out2.csv broken.csv
	assert_equal "$status" 3
	[ ! -e out2.csv ]
	run ls -A
	refute_output --partial out2.csv
}

@test "import: output write failure (-o /dev/full) is exit 3" {
	run --separate-stderr asn-import -p siasn "${AS_OF[@]}" -o /dev/full "$FIX/import/siasn-small.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"/dev/full: write error: No space left on device"* ]]
	run --separate-stderr bash -c 'asn-import -q -p siasn --as-of 2026-11-01 "$1" > /dev/full' _ "$FIX/import/siasn-small.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"write error"* ]]
}

@test "import: a reader that goes away (| head -1) ends quietly with 0" {
	asn-synth --format canonical --rows 20000 --seed 3 --as-of 2026-11-01 > big.csv
	run bash -c 'asn-import -q --as-of 2026-11-01 big.csv 2>err | head -1; echo "rc=${PIPESTATUS[0]}"; cat err'
	assert_line "rc=0"
	refute_output --partial "write error"
}

@test "import: unreadable input is exit 3 naming the file" {
	run --separate-stderr asn-import nonexistent.csv
	assert_equal "$status" 3
	assert_equal "${stderr_lines[0]}" "asn-import: nonexistent.csv: No such file or directory"
}

@test "import: empty file is exit 3" {
	: > empty.csv
	run --separate-stderr asn-import empty.csv
	assert_equal "$status" 3
	[[ "$stderr" == *"empty.csv: empty input (no header row)"* ]]
}

@test "import: header only gives header only, read 0" {
	head -1 "$FIX/import/canonical-faults.csv" > h.csv
	run --separate-stderr asn-import "${AS_OF[@]}" h.csv
	assert_success
	assert_output "$(head -1 "$FIX/import/canonical-faults.expected.csv")"
	assert_equal "${stderr_lines[-1]}" "asn-import: read 0, wrote 0, rejected 0"
}

@test "import: binary garbage is a clear error, never a crash" {
	head -c 4096 /dev/urandom > garbage.bin
	printf '\000\001\002' >> garbage.bin
	run --separate-stderr asn-import -p siasn garbage.bin
	[ "$status" -eq 3 ] || [ "$status" -eq 2 ] || [ "$status" -eq 1 ]
	[[ "$stderr" == *"garbage.bin"* ]]
}

@test "import: a NUL byte rejects its line; the rows after it are written" {
	{ head -1 "$FIX/import/canonical-faults.expected.csv"; printf '1\000,x\n'; tail -n +2 "$FIX/import/canonical-faults.expected.csv"; } > nul.csv
	run --separate-stderr asn-import -p canonical --as-of 2026-11-01 -r rej.csv nul.csv
	assert_equal "$status" 1
	[[ "$stderr" == *"nul.csv:2: NUL byte in input (binary file?)"* ]]
	assert_equal "$output" "$(cat "$FIX/import/canonical-faults.expected.csv")"
	assert_equal "${stderr_lines[-1]}" "asn-import: read 2, wrote 1, rejected 1"
	assert_equal "$(sed -n 2p rej.csv)" '2,,,NUL byte in input (binary file?)'
}

@test "import: unterminated quote at the end is a rejected row, exit 1" {
	{ cat "$FIX/import/canonical-faults.expected.csv"; printf '1,"unterminated\n'; } > q.csv
	run --separate-stderr asn-import -p canonical --as-of 2026-11-01 q.csv
	assert_equal "$status" 1
	[[ "$stderr" == *"q.csv:3: unterminated quoted field"* ]]
	assert_equal "$output" "$(cat "$FIX/import/canonical-faults.expected.csv")"
	assert_equal "${stderr_lines[-1]}" "asn-import: read 2, wrote 1, rejected 1"
}

@test "import: a stray quote rejects its line and reading goes on" {
	{ head -1 "$FIX/import/canonical-faults.expected.csv"; echo '1,ab"c,x'; tail -n +2 "$FIX/import/canonical-faults.expected.csv"; } > sq.csv
	run --separate-stderr asn-import -p canonical --as-of 2026-11-01 sq.csv
	assert_equal "$status" 1
	[[ "$stderr" == *"sq.csv:2: quote in unquoted field"* ]]
	assert_equal "$output" "$(cat "$FIX/import/canonical-faults.expected.csv")"
	assert_equal "${stderr_lines[-1]}" "asn-import: read 2, wrote 1, rejected 1"
}

@test "import: a 10 MB field rejects its row; the next rows are written" {
	{ head -1 "$FIX/import/canonical-faults.expected.csv"; printf '1,'; head -c 10485760 /dev/zero | tr '\0' x; printf '\n'; tail -n +2 "$FIX/import/canonical-faults.expected.csv"; } > huge.csv
	run --separate-stderr asn-import -p canonical --as-of 2026-11-01 huge.csv
	assert_equal "$status" 1
	[[ "$stderr" == *"huge.csv:2: field longer than 1048576 bytes"* ]]
	assert_equal "$output" "$(cat "$FIX/import/canonical-faults.expected.csv")"
}

@test "import: a ragged row is a rejected row with its line; the others are written" {
	{ head -1 "$FIX/import/canonical-faults.expected.csv"; echo "1,2,3"; tail -n +2 "$FIX/import/canonical-faults.expected.csv"; } > ragged.csv
	run --separate-stderr asn-import -p canonical --as-of 2026-11-01 -r rej.csv ragged.csv
	assert_equal "$status" 1
	[[ "$stderr" == *"ragged.csv:2: expected 14 fields, got 3"* ]]
	assert_equal "$output" "$(cat "$FIX/import/canonical-faults.expected.csv")"
	assert_equal "$(sed -n 2p rej.csv)" '2,,,"expected 14 fields, got 3",1,2,3'
}

@test "import: blank rows of a spreadsheet are skipped and counted, not rejected" {
	{ cat "$FIX/import/canonical-faults.expected.csv"; echo ",,,,,,,,,,,,,"; echo; echo " , ,,,,,,,,,,,,"; } > blank.csv
	run --separate-stderr asn-import -p canonical --as-of 2026-11-01 blank.csv
	assert_success
	assert_equal "$output" "$(cat "$FIX/import/canonical-faults.expected.csv")"
	assert_equal "${stderr_lines[-1]}" "asn-import: read 4, wrote 1, rejected 0, skipped 3 blank"
}

@test "import: missing required column, duplicate columns" {
	cut -d, -f1-10 "$FIX/import/canonical-faults.csv" > cut.csv
	run --separate-stderr asn-import -p canonical cut.csv
	assert_equal "$status" 3
	[[ "$stderr" == *"cut.csv:1: missing column for pendidikan (profile canonical expects 'pendidikan')"* ]]
	{ printf 'nip,NIP\n'; printf '1,2\n'; } > dup.csv
	run --separate-stderr asn-import -p canonical dup.csv
	assert_equal "$status" 3
	[[ "$stderr" == *"dup.csv:1: duplicate column"* ]]
}

@test "import: invalid UTF-8 is a rejected row naming the column" {
	sed -n 1,2p "$FIX/import/canonical-faults.expected.csv" | sed '2s/Drs. Gelar/Drs. G\xe9lar/' > latin1.csv
	run --separate-stderr asn-import -p canonical "${AS_OF[@]}" latin1.csv
	assert_equal "$status" 1
	[[ "$stderr" == *"latin1.csv:2: column 'nama': invalid UTF-8"* ]]
}

@test "import: --print-config prints the effective configuration" {
	run --separate-stderr asn-import --print-config
	assert_success
	[[ "$output" == *"bup:"* ]]
	[[ "$output" == *"default: 58"* ]]
	printf 'bup:\n  default: 56\n' > my.yaml
	run --separate-stderr asn-import -c my.yaml --print-config
	[[ "$output" == *"default: 56"* ]]
	ASN_CONFIG=my.yaml run --separate-stderr asn-import --print-config
	[[ "$output" == *"default: 56"* ]]
}

@test "import: configuration changes the retirement date" {
	printf 'bup:\n  default: 56\n' > asn.yaml
	run --separate-stderr asn-import -p canonical "${AS_OF[@]}" "$FIX/import/canonical-faults.expected.csv"
	assert_success
	[[ "$output" == *",2036-02-01,aktif" ]]
}

@test "import: a broken configuration is exit 2 with file:line:column" {
	printf 'bup:\n  defualt: 56\n' > bad.yaml
	run --separate-stderr asn-import -c bad.yaml "$FIX/import/siasn-small.csv"
	assert_equal "$status" 2
	[[ "$stderr" == *"bad.yaml:2:3: unknown key 'defualt'"* ]]
	run --separate-stderr asn-import -c missing.yaml "$FIX/import/siasn-small.csv"
	assert_equal "$status" 2
}

@test "import: bad option values and unknown options are usage errors" {
	run --separate-stderr asn-import --as-of 2026-02-30 x.csv
	assert_equal "$status" 2
	[[ "$stderr" == *"invalid value '2026-02-30' for --as-of"* ]]
	run --separate-stderr asn-import -d ';;' x.csv
	assert_equal "$status" 2
	run --separate-stderr asn-import --bogus
	assert_equal "$status" 2
	[[ "$stderr" == *"usage: asn-import"* ]]
}

@test "import: --help lists every option, --version prints the version" {
	run asn-import --help
	assert_success
	for o in --profile --map --delimiter --output --rejects --strict --config --as-of --print-config --quiet --help --version; do
		assert_output --partial -- "$o"
	done
	run asn-import -V
	assert_success
	assert_output --regexp '^asn-import [0-9]+\.[0-9]+\.[0-9]+$'
}

@test "import: SOURCE_DATE_EPOCH sets the reference date" {
	run --separate-stderr env SOURCE_DATE_EPOCH=1577836800 asn-import -p canonical "$FIX/import/canonical-faults.csv"
	# at 2020-01-01 the person born 2011-01-01 is 9, the one born 2030 not yet born
	[[ "$stderr" == *"age 9 at 2020-01-01 outside 17-70"* ]]
}

# The real shapes (tests/fixtures/import/make-real.py, from the facts of the
# SIASN and SIMPEG exports): every value below was worked out by hand from
# the row, the BKN codes and the BUP rules.
@test "import: the real 69-column SIASN export, with no options" {
	run --separate-stderr asn-import "${AS_OF[@]}" -r rej.csv "$FIX/import/siasn-real.csv"
	assert_equal "$status" 1
	assert_equal "$output" "$(cat "$FIX/import/siasn-real.expected.csv")"
	assert_equal "$(cat rej.csv)" "$(cat "$FIX/import/siasn-real.rejects.csv")"
	assert_equal "${stderr_lines[-1]}" "asn-import: read 12, wrote 10, rejected 2"
	assert_equal "${stderr_lines[-2]}" "asn-import: not in post at 2026-11-01: 3 (cltn 1, tugas_belajar 1, mpp 1) (written, kept out of bezetting and supply)"
	[[ "$stderr" == *"siasn-real.csv:6: expected 69 fields, got 68"* ]]
	# guru: BUP 60 (UU 14/2005 art. 30), 1990-05-12 + 60 years, the month after
	[[ "$output" == *'199005122015032001,"Sitti Aminah, S.Pd.",P,1990-05-12,PNS,III/b,fungsional_ahli_pertama,Guru Ahli Pertama,pendidikan,Dinas Pendidikan dan Kebudayaan,S1,2015-03-01,2050-06-01,aktif,SD Negeri 1 Mamuju,'* ]]
	# PPPK AHLI PERTAMA - DOKTER: BUP 58, Profesi is S1
	[[ "$output" == *'199208172023212004,dr. Nurul Hidayah,P,1992-08-17,PPPK,IX,fungsional_ahli_pertama,Dokter Ahli Pertama,kesehatan,Dinas Kesehatan,S1,2023-03-01,2050-09-01,aktif,Puskesmas Kalukku,'* ]]
	# eselon II.b, III.b, III.a: jpt_pratama, administrator, administrator
	[[ "$output" == *',IV/b,jpt_pratama,Kepala Dinas Kesehatan,'* ]]
	[[ "$output" == *',III/d,administrator,Sekretaris Camat,'* ]]
	[[ "$output" == *',IV/a,administrator,Wakil Direktur Pelayanan,'* ]]
	# CPNS (STATUS CPNS PNS C), SLTA Kejuruan is SMA, a bidang under a sekretariat
	[[ "$output" == *'200001152025011007,Ikhsan,L,2000-01-15,CPNS,II/a,pelaksana,Pengadministrasi Perkantoran,administrasi,Badan Kepegawaian dan Pengembangan Sumber Daya Manusia,SMA,2025-01-01,2058-02-01,aktif,Subbagian Umum dan Kepegawaian,'* ]]
}

@test "import: a quote inside ALAMAT of the raw export is a character" {
	run --separate-stderr asn-import -q "${AS_OF[@]}" "$FIX/import/siasn-real.csv"
	[[ "$output" == *'"Jl. ""Poros"" Mamuju-Kalukku No. 12"'* ]]
	run --separate-stderr asn-import -q --quotes "${AS_OF[@]}" "$FIX/import/siasn-real.csv"
	assert_equal "$status" 1
	[[ "$stderr" == *"siasn-real.csv:2: quote in unquoted field"* ]]
}

@test "import: the Excel re-save: BOM, CRLF, ';', D/M/YYYY, Excel-damaged NIPs, blank rows" {
	run --separate-stderr asn-import "${AS_OF[@]}" -r rej.csv "$FIX/import/siasn-excel.csv"
	assert_equal "$status" 1
	assert_equal "$output" "$(cat "$FIX/import/siasn-excel.expected.csv")"
	assert_equal "${stderr_lines[-1]}" "asn-import: read 14, wrote 8, rejected 3, skipped 3 blank"
	[[ "$stderr" == *"siasn-excel.csv:4: nip '1,98101E+17': Excel turned it into a number and dropped its digits"*"format the NIP column as Text"* ]]
	[[ "$stderr" == *"siasn-excel.csv:9: nip '196902201990031000': serial 000: Excel keeps only 15 significant digits"* ]]
	# the same people as the raw export, but for the rows Excel spoilt
	run sh -c 'cut -d, -f1-14 "$1" | sort' sh "$FIX/import/siasn-excel.expected.csv"
	excel=$output
	run sh -c 'grep -v -e ^198101012006041003 -e ^196902201990031008 "$1" | cut -d, -f1-14 | sort' sh "$FIX/import/siasn-real.expected.csv"
	assert_equal "$excel" "$output"
}

@test "import: a SIMPEG Daftar Nominatif with title lines above the header" {
	run --separate-stderr asn-import "${AS_OF[@]}" "$FIX/import/simpeg-nominatif.csv"
	assert_success
	assert_equal "$output" "$(cat "$FIX/import/simpeg-nominatif.expected.csv")"
	[[ "$stderr" == *"detected profile simpeg"* ]]
	[[ "$stderr" == *"4 lines above the header skipped"* ]]
	run --separate-stderr asn-import -p simpeg --skip-lines 4 "${AS_OF[@]}" "$FIX/import/simpeg-nominatif.csv"
	assert_success
	assert_equal "$output" "$(cat "$FIX/import/simpeg-nominatif.expected.csv")"
	run --separate-stderr asn-import -p simpeg --skip-lines 2 "${AS_OF[@]}" "$FIX/import/simpeg-nominatif.csv"
	assert_equal "$status" 3
	[[ "$stderr" == *"missing column for nip"* ]]
}

@test "import: --print-map prints a map that reads back the same; base: starts from a built-in" {
	run --separate-stderr asn-import --print-map -p siasn
	assert_success
	printf '%s\n' "$output" > siasn-map.yaml
	[[ "$output" == *"eselon: ['ESELON NAMA', 'ESELON ID']"* ]]
	run --separate-stderr asn-import -q -m siasn-map.yaml "${AS_OF[@]}" "$FIX/import/siasn-real.csv"
	assert_equal "$output" "$(cat "$FIX/import/siasn-real.expected.csv")"
	run --separate-stderr asn-import --print-map -m siasn-map.yaml
	assert_equal "$output" "$(cat siasn-map.yaml)"
	# only what differs: a unit column of the regency's own
	sed 's/^UNOR NAMA|/KANTOR|/; s/|UNOR NAMA|/|KANTOR|/' "$FIX/import/siasn-real.csv" > kantor.csv
	printf 'base: siasn\ncolumns:\n  unor: KANTOR\nvalues:\n  kedudukan: {Aktif: cltn}\n' > mine.yaml
	run --separate-stderr asn-import -q -m mine.yaml "${AS_OF[@]}" kantor.csv
	assert_equal "$status" 1
	[[ "$output" == *",2050-06-01,cltn,SD Negeri 1 Mamuju,"* ]]
	printf 'base: sipd\n' > badbase.yaml
	run --separate-stderr asn-import -m badbase.yaml "${AS_OF[@]}" kantor.csv
	assert_equal "$status" 2
	[[ "$stderr" == *"badbase.yaml:1:"*"base: expected a built-in profile"* ]]
}

@test "import: a UTF-16 file is refused with how to save it, exit 3" {
	printf '\377\376n\000i\000p\000\n\000' > u16.csv
	run --separate-stderr asn-import u16.csv
	assert_equal "$status" 3
	[[ "$stderr" == *'u16.csv: UTF-16 text (Excel'"'"'s "Unicode Text"); save the sheet as "CSV UTF-8 (Comma delimited)"'* ]]
}

@test "import: header names match trimmed and in any case" {
	sed '1s/NIP BARU/ nip baru /; 1s/JABATAN NAMA/Jabatan  Nama/' "$FIX/import/siasn-real.csv" > loose.csv
	run --separate-stderr asn-import -q "${AS_OF[@]}" loose.csv
	assert_equal "$status" 1
	assert_equal "$(cut -d, -f1-17 <<< "$output" | tail -n +2)" "$(cut -d, -f1-17 "$FIX/import/siasn-real.expected.csv" | tail -n +2)"
}

# .xlsx workbooks, written by tests/tools/csv2xlsx as Excel writes them:
# shared strings, empty cells left out, date cells as serial numbers with a
# date style.
CSV2XLSX=${ASN_TOOLS:-$ASN_BIN/../tests/tools}/csv2xlsx
XLSX_DATES="TANGGAL LAHIR,TMT CPNS,TMT PNS,TMT JABATAN"

@test "import: an .xlsx workbook gives the same table as its CSV" {
	"$CSV2XLSX" --sheet "Data ASN" --dates "$XLSX_DATES" -o export.xlsx "$FIX/import/siasn-excel.csv"
	run --separate-stderr asn-import "${AS_OF[@]}" -r rej.csv export.xlsx
	assert_equal "$status" 1
	[[ "$stderr" == *"export.xlsx: detected profile siasn"* ]]
	# the same bytes: the dates of every column written ISO, from a date cell or a text
	assert_equal "$output" "$(cat "$FIX/import/siasn-excel.expected.csv")"
	# the rows Excel spoilt are rejected on the row Excel shows, for the same reasons
	run cut -d, -f1,2 rej.csv
	assert_output "line,column
4,NIP BARU
9,NIP BARU
10,NIP BARU"
	# found by its content, not its name
	cp export.xlsx export.csv
	run --separate-stderr asn-import -q "${AS_OF[@]}" export.csv
	assert_equal "$(cut -d, -f1-14 <<< "$output")" "$(cut -d, -f1-14 "$FIX/import/siasn-excel.expected.csv")"
}

@test "import: PNS and PPPK workbooks in one run are one table, duplicates caught across them" {
	{ head -1 "$FIX/import/siasn-excel.csv"; grep -v ';PPPK;' "$FIX/import/siasn-excel.csv" | sed 1d; } > pns.csv
	{ head -1 "$FIX/import/siasn-excel.csv"; grep ';PPPK;' "$FIX/import/siasn-excel.csv"; sed -n 2p "$FIX/import/siasn-excel.csv"; } > pppk.csv
	"$CSV2XLSX" --dates "$XLSX_DATES" -o pns.xlsx pns.csv
	"$CSV2XLSX" --dates "$XLSX_DATES" -o pppk.xlsx pppk.csv
	run --separate-stderr asn-import "${AS_OF[@]}" pns.xlsx pppk.xlsx
	assert_equal "$status" 1
	[[ "$stderr" == *"pppk.xlsx:4: nip '199005122015032001': duplicate (already seen at pns.xlsx:2)"* ]]
	assert_equal "$(sed 1d <<< "$output" | cut -d, -f1 | sort)" "$(sed 1d "$FIX/import/siasn-excel.expected.csv" | cut -d, -f1 | sort)"
	# from a pipe as well
	run --separate-stderr sh -c 'cat pns.xlsx | asn-import -q --as-of 2026-11-01'
	[[ $status -le 1 ]]
	[[ "$output" == *"199005122015032001,"* ]]
}

@test "import: --sheet picks the worksheet; an unknown one lists them, exit 3" {
	"$CSV2XLSX" --empty-sheet Petunjuk --sheet "Data PNS" --dates "$XLSX_DATES" -o two.xlsx "$FIX/import/siasn-excel.csv"
	run --separate-stderr asn-import -q "${AS_OF[@]}" --sheet "data pns" two.xlsx
	assert_equal "$status" 1
	assert_equal "$(cut -d, -f1-14 <<< "$output")" "$(cut -d, -f1-14 "$FIX/import/siasn-excel.expected.csv")"
	run --separate-stderr asn-import -q "${AS_OF[@]}" --sheet Rekap two.xlsx
	assert_equal "$status" 3
	[[ "$stderr" == *"two.xlsx: no sheet 'Rekap' (sheets: Petunjuk, Data PNS)"* ]]
	# the first sheet is empty: no header row
	run --separate-stderr asn-import -q "${AS_OF[@]}" two.xlsx
	assert_equal "$status" 3
	[[ "$stderr" == *"two.xlsx: empty input (no header row)"* ]]
}

@test "import: a NIP stored as a number in a workbook is Excel's damage, named" {
	"$CSV2XLSX" --numbers "NIP BARU" --dates "$XLSX_DATES" -o num.xlsx "$FIX/import/siasn-excel.csv"
	run --separate-stderr asn-import "${AS_OF[@]}" num.xlsx
	assert_equal "$status" 1
	[[ "$stderr" == *"num.xlsx:2: nip '"*"E+17': Excel turned it into a number and dropped its digits"* ]]
}

@test "import: a file that only looks like a workbook is a clear error, exit 3" {
	printf 'PK\003\004not a zip at all' > fake.xlsx
	run --separate-stderr asn-import fake.xlsx
	assert_equal "$status" 3
	[[ "$stderr" == *"fake.xlsx: not an .xlsx workbook"* ]]
}
