#!/usr/bin/env bats
# The users' language: messages, --help and summaries in Indonesian or
# English as the locale (or, with none, the configuration's bahasa) says;
# the same file, line, value and status either way, and the same CSV bytes.

load helper

ID=(env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=id_ID.UTF-8)
EN=(env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=C.UTF-8)
# a cron job: no locale at all
NONE=(env -u LC_ALL -u LC_MESSAGES -u LANGUAGE -u LANG)

# file:line[:column] and the quoted value of each message line, in order
places() {
	sed -nE "s/^([a-z-]+: [^ ]+:[0-9]+(:[0-9]+)?:)[^']*('[^']*')?.*/\1 \3/p" <<< "$1"
}

@test "i18n: the id_ID.UTF-8 locale is there (CI: localedef -i id_ID -f UTF-8 id_ID.UTF-8)" {
	locale -a | grep -qix 'id_ID\.utf-\?8' ||
		{ echo "no id_ID.UTF-8 locale: run localedef -i id_ID -f UTF-8 id_ID.UTF-8 as root"; false; }
}

@test "i18n: every message of the sources is in the catalog, every one translated, none fuzzy" {
	local pot=$BATS_TEST_TMPDIR/sources.pot
	cd "$ROOT"
	# the template made again from the sources, as make pot does
	make --no-print-directory -s pot POT_OUT="$pot" > /dev/null
	run msgcmp --use-untranslated po/id.po "$pot"
	assert_success
	run --separate-stderr msgfmt --check --statistics -o /dev/null po/id.po
	assert_success
	[[ $stderr =~ ^[0-9]+\ translated\ messages\.$ ]] || { echo "$stderr"; false; }
	# and a msgstr is never left empty
	run msgattrib --untranslated --no-obsolete po/id.po
	assert_output ""
}

@test "i18n: asn-import's rejected rows in Indonesian and English: same places, status and CSV" {
	run --separate-stderr "${ID[@]}" asn-import -p siasn --as-of 2025-11-01 -r rej-id.csv -o out-id.csv \
		"$FIX/import/siasn-small.csv"
	local id_status=$status id=$stderr
	run --separate-stderr "${EN[@]}" asn-import -p siasn --as-of 2025-11-01 -r rej-en.csv -o out-en.csv \
		"$FIX/import/siasn-small.csv"
	assert_equal "$status" 1
	assert_equal "$id_status" "$status"
	[[ $stderr == *"tanggal_lahir '31-02-1985': no such day in the calendar"* ]]
	[[ $id == *"tanggal_lahir '31-02-1985': hari itu tidak ada dalam kalender"* ]]
	[[ $stderr == *"asn-import: read 11, wrote 7, rejected 4"* ]]
	[[ $id == *"asn-import: dibaca 11, ditulis 7, ditolak 4"* ]]
	[[ $id != "$stderr" ]]
	assert_equal "$(places "$id")" "$(places "$stderr")"
	[[ -n $(places "$id") ]]
	cmp out-id.csv out-en.csv
	cmp rej-id.csv rej-en.csv
}

@test "i18n: asn-gap's bad numbers in Indonesian and English: same places, status and CSV" {
	run --separate-stderr "${ID[@]}" asn-gap -n "$FIX/gap/formasi-faults.csv" -o gap-id.csv \
		"$FIX/gap/pegawai-faults.csv"
	local id_status=$status id=$stderr
	run --separate-stderr "${EN[@]}" asn-gap -n "$FIX/gap/formasi-faults.csv" -o gap-en.csv \
		"$FIX/gap/pegawai-faults.csv"
	assert_equal "$status" 1
	assert_equal "$id_status" "$status"
	[[ $stderr == *"formasi-faults.csv:3: kebutuhan 'satu': not a number"* ]]
	[[ $id == *"formasi-faults.csv:3: kebutuhan 'satu': bukan bilangan"* ]]
	assert_equal "$(places "$id")" "$(places "$stderr")"
	cmp gap-id.csv gap-en.csv
}

@test "i18n: --help is Indonesian under id_ID, with every option, within 80 columns" {
	local p
	for p in import gap forecast score report; do
		run --separate-stderr "${ID[@]}" "asn-$p" --help
		assert_success
		assert_line --index 0 --regexp "^penggunaan: asn-$p "
		assert_output --partial "Status keluar: "
		refute_line --regexp '^.{81,}$'
		assert_equal "$(grep -oE -- '--[a-z][a-z0-9-]*' <<< "$output" | sort -u)" \
			"$("${EN[@]}" "asn-$p" --help | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u)"
		run --separate-stderr "${EN[@]}" "asn-$p" --help
		assert_line --index 0 --regexp "^usage: asn-$p "
	done
	# the completions stay as the option table makes them
	"${ID[@]}" asn-gap --completion bash | diff - "$ROOT/completions/bash/asn-gap"
}

@test "i18n: with no locale the configuration says: Indonesian by default, bahasa: en English" {
	run --separate-stderr "${NONE[@]}" asn-gap -n "$FIX/gap/formasi-faults.csv" "$FIX/gap/pegawai-faults.csv"
	assert_equal "$status" 1
	[[ $stderr == *"kebutuhan 'satu': bukan bilangan"* ]]
	run --separate-stderr "${NONE[@]}" LANG=C asn-gap --help
	assert_line --index 0 --regexp '^penggunaan: '
	printf 'bahasa: en\n' > asn.yaml
	run --separate-stderr "${NONE[@]}" asn-gap -n "$FIX/gap/formasi-faults.csv" "$FIX/gap/pegawai-faults.csv"
	assert_equal "$status" 1
	[[ $stderr == *"kebutuhan 'satu': not a number"* ]]
	run --separate-stderr "${NONE[@]}" LANG=POSIX asn-gap --help
	assert_line --index 0 --regexp '^usage: '
	# the locale wins over the configuration
	run --separate-stderr "${ID[@]}" asn-gap --help
	assert_line --index 0 --regexp '^penggunaan: '
	printf 'bahasa: id\n' > cfg.yaml
	run --separate-stderr "${NONE[@]}" asn-gap -c cfg.yaml --help
	assert_line --index 0 --regexp '^penggunaan: '
	printf 'bahasa: jawa\n' > bad.yaml
	run --separate-stderr "${EN[@]}" asn-gap -c bad.yaml -n "$FIX/gap/formasi-small.csv" /dev/null
	assert_equal "$status" 2
	[[ $stderr == *"bad.yaml:1:"*"bahasa"* ]]
}

@test "i18n: summary counts read 1.234 in Indonesian, 1234 in English" {
	{
		head -1 "$FIX/gap/pegawai-small.csv"
		for _ in $(seq 200); do tail -n +2 "$FIX/gap/pegawai-small.csv"; done
	} > many.csv
	n=$(($(wc -l < many.csv) - 1))
	((n > 1000))
	grouped=$(printf '%d' "$n" | sed -E ':a; s/([0-9])([0-9]{3})($|\.)/\1.\2\3/; ta')
	run --separate-stderr "${ID[@]}" asn-gap --as-of 2025-11-01 -n "$FIX/gap/formasi-small.csv" many.csv
	[[ $stderr == *"asn-gap: dibaca $grouped, aktif "* ]] || { echo "$stderr"; false; }
	run --separate-stderr "${EN[@]}" asn-gap --as-of 2025-11-01 -n "$FIX/gap/formasi-small.csv" many.csv
	[[ $stderr == *"asn-gap: read $n, active "* ]] || { echo "$stderr"; false; }
	# asn-score's summary, made of parts
	run --separate-stderr "${ID[@]}" asn-score --as-of 2025-11-01 -o /dev/null many.csv
	assert_equal "$stderr" "asn-score: dibaca $grouped, ditulis $grouped; kinerja untuk 0, potensi untuk 0, tanpa nilai $grouped"
	run --separate-stderr "${EN[@]}" asn-score --as-of 2025-11-01 -o /dev/null many.csv
	assert_equal "$stderr" "asn-score: read $n, wrote $n; kinerja for 0, potensi for 0, no score for $n"
}

@test "i18n: the monthly job speaks the language too" {
	run --separate-stderr "${ID[@]}" "$ROOT/examples/monthly-report.sh" --seed x --out out
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-monthly-report: seed 'x': seharusnya bilangan bulat"
	run --separate-stderr "${EN[@]}" "$ROOT/examples/monthly-report.sh" --seed x --out out
	assert_equal "$stderr" "asn-monthly-report: seed 'x': expected a whole number"
	run --separate-stderr "${NONE[@]}" "$ROOT/examples/monthly-report.sh" --seed x --out out
	assert_equal "$stderr" "asn-monthly-report: seed 'x': seharusnya bilangan bulat"
}

# a canonical pegawai row after its nip and nama
ROW=',L,1980-01-01,PNS,II/c,pelaksana,Pengadministrasi Perkantoran,administrasi,Sekretariat Daerah,SMA,2005-01-01,'

@test "i18n: asn-import's NIP reasons in Indonesian on stderr, English in --rejects" {
	{
		head -1 "$FIX/import/canonical-faults.csv"
		echo "19800101200501100,Pendek$ROW"
		echo "1980010120050x1001,Huruf$ROW"
		echo "198013012005011001,Bulan$ROW"
		echo "198001012005131001,TMT$ROW"
		echo "198001012005013001,Kelamin$ROW"
		echo "1.98001E+17,Excel$ROW"
		echo "198001012005011004,Lahir,L,1980-01-02,PNS,II/c,pelaksana,Pengadministrasi Perkantoran,administrasi,Sekretariat Daerah,SMA,2005-01-01,"
		echo "198001012005011005,Valid$ROW"
	} > nip.csv
	run --separate-stderr "${ID[@]}" asn-import -p canonical --as-of 2025-11-01 -r rej-id.csv -o out-id.csv nip.csv
	local id_status=$status id=$stderr
	run --separate-stderr "${EN[@]}" asn-import -p canonical --as-of 2025-11-01 -r rej-en.csv -o out-en.csv nip.csv
	assert_equal "$status" 1
	assert_equal "$id_status" "$status"
	[[ $stderr == *"nip.csv:2: nip '19800101200501100': expected 18 digits, got 17"* ]]
	[[ $id == *"nip.csv:2: nip '19800101200501100': seharusnya 18 digit, didapat 17"* ]]
	[[ $stderr == *"nip.csv:3: nip '1980010120050x1001': non-digit character 'x' at position 14"* ]]
	[[ $id == *"nip.csv:3: nip '1980010120050x1001': karakter bukan digit 'x' di posisi 14"* ]]
	[[ $stderr == *"nip.csv:4: nip '198013012005011001': birth date 19801301 is not a calendar date"* ]]
	[[ $id == *"nip.csv:4: nip '198013012005011001': tanggal lahir 19801301 tidak ada dalam kalender"* ]]
	[[ $stderr == *"nip.csv:5: nip '198001012005131001': TMT month 13 (expected 01-12)"* ]]
	[[ $id == *"nip.csv:5: nip '198001012005131001': bulan TMT 13 (seharusnya 01-12)"* ]]
	[[ $stderr == *"nip.csv:6: nip '198001012005013001': gender digit 3 (expected 1 or 2)"* ]]
	[[ $id == *"nip.csv:6: nip '198001012005013001': digit jenis kelamin 3 (seharusnya 1 atau 2)"* ]]
	[[ $stderr == *"nip.csv:7: nip '1.98001E+17': Excel turned it into a number and dropped its digits; the NIP"* ]]
	[[ $id == *"nip.csv:7: nip '1.98001E+17': Excel mengubahnya menjadi bilangan dan membuang digitnya; NIP"* ]]
	[[ $stderr == *"nip.csv:8: nip '198001012005011004': tanggal_lahir 1980-01-02 does not match NIP birth date 1980-01-01"* ]]
	[[ $id == *"nip.csv:8: nip '198001012005011004': tanggal_lahir 1980-01-02 tidak cocok dengan tanggal lahir di NIP 1980-01-01"* ]]
	# no English reason is left on the Indonesian stderr
	run grep -E 'expected|digits|calendar|gender|does not match|Excel turned' <<< "$id"
	assert_failure
	assert_equal "$(places "$id")" "$(places "$stderr")"
	assert_equal "$(places "$id" | wc -l)" 7
	cmp out-id.csv out-en.csv
	cmp rej-id.csv rej-en.csv
	# the reason column stays English
	grep -qF "nip '19800101200501100': expected 18 digits, got 17" rej-id.csv
	grep -qF "nip '198001012005013001': gender digit 3 (expected 1 or 2)" rej-id.csv
	grep -qF "tanggal_lahir 1980-01-02 does not match NIP birth date 1980-01-01" rej-id.csv
}

@test "i18n: asn-import's golongan range in Indonesian on stderr, English in --rejects" {
	{
		head -1 "$FIX/import/canonical-faults.csv"
		echo "198001012005011017,Golongan PNS,L,1980-01-01,PNS,IX,pelaksana,Pengadministrasi Perkantoran,administrasi,Sekretariat Daerah,SMA,2005-01-01,"
		echo "198001012021212001,Golongan PPPK,P,1980-01-01,PPPK,XVIII,pelaksana,Pengadministrasi Perkantoran,administrasi,Sekretariat Daerah,SMA,,"
	} > gol.csv
	run --separate-stderr "${ID[@]}" asn-import -p canonical --as-of 2025-11-01 -r rej-id.csv -o out-id.csv gol.csv
	local id_status=$status id=$stderr
	run --separate-stderr "${EN[@]}" asn-import -p canonical --as-of 2025-11-01 -r rej-en.csv -o out-en.csv gol.csv
	assert_equal "$status" 1
	assert_equal "$id_status" "$status"
	[[ $stderr == *"gol.csv:2: golongan 'IX': expected I/a to IV/e for PNS"* ]]
	[[ $id == *"gol.csv:2: golongan 'IX': seharusnya I/a sampai IV/e untuk PNS"* ]]
	[[ $stderr == *"gol.csv:3: golongan 'XVIII': expected I to XVII for PPPK"* ]]
	[[ $id == *"gol.csv:3: golongan 'XVIII': seharusnya I sampai XVII untuk PPPK"* ]]
	assert_equal "$(places "$id")" "$(places "$stderr")"
	assert_equal "$(places "$id" | wc -l)" 2
	cmp out-id.csv out-en.csv
	cmp rej-id.csv rej-en.csv
	grep -qF "golongan 'XVIII': expected I to XVII for PPPK" rej-id.csv
}

@test "i18n: asn-report's rejected rows, asn-forecast --demand-growth and asn-score's summary in both languages" {
	sed 's/^Dinas Kesehatan,Perawat Ahli Muda,2500.00,2.00,2,1,/Dinas Kesehatan,Perawat Ahli Muda,2500.00,2.00,2,satu,/' \
		"$FIX/report/gap.csv" > bad.csv
	awk -F, -v OFS=, 'NR == 2 { $5 = "1e308" } 1' bad.csv > bad2.csv
	printf 'nip,nama,unit,jabatan,tanggal_pensiun\n1,A,U,J,31-12-2026\n' > bad-pensiun.csv
	run --separate-stderr "${ID[@]}" asn-report --as-of 2026-11-01 --lang id -f txt -o id.txt bad2.csv bad-pensiun.csv
	local id_status=$status id=$stderr
	run --separate-stderr "${EN[@]}" asn-report --as-of 2026-11-01 --lang id -f txt -o en.txt bad2.csv bad-pensiun.csv
	assert_equal "$status" 1
	assert_equal "$id_status" "$status"
	[[ $stderr == *"bad2.csv:7: bezetting 'satu': expected a number"* ]]
	[[ $id == *"bad2.csv:7: bezetting 'satu': seharusnya bilangan"* ]]
	[[ $stderr == *"bad2.csv:2: kebutuhan '1e308': expected a number from 0 to 1e12"* ]]
	[[ $id == *"bad2.csv:2: kebutuhan '1e308': seharusnya bilangan dari 0 sampai 1e12"* ]]
	[[ $stderr == *"bad-pensiun.csv:2: tanggal_pensiun '31-12-2026': expected a date YYYY-MM-DD"* ]]
	[[ $id == *"bad-pensiun.csv:2: tanggal_pensiun '31-12-2026': seharusnya tanggal YYYY-MM-DD"* ]]
	run grep -E 'expected' <<< "$id"
	assert_failure
	assert_equal "$(places "$id")" "$(places "$stderr")"
	assert_equal "$(places "$id" | wc -l)" 3
	cmp id.txt en.txt
	# a header it does not know
	printf 'a;b;c\n1;2;3\n' > semi.csv
	run --separate-stderr "${ID[@]}" asn-report -o x.txt semi.csv
	[[ $stderr == *"semi.csv:1: header tidak dikenali (a;b;c): hanya satu kolom; bila berkas dipisah dengan ;, gunakan -d ';'"* ]] ||
		{ echo "$stderr"; false; }
	run --separate-stderr "${EN[@]}" asn-report -o x.txt semi.csv
	[[ $stderr == *"semi.csv:1: header not recognised (a;b;c): one column; if the file is ;-delimited, use -d ';'"* ]] ||
		{ echo "$stderr"; false; }
	# --demand-growth, its error made in a buffer
	run --separate-stderr "${ID[@]}" asn-forecast --as-of 2026-01-01 --years 3 --needs "$FIX/forecast/formasi.csv" \
		--demand-growth dokter=0.1 "$FIX/forecast/staff.csv"
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-forecast: --demand-growth 'dokter=0.1': 'dokter' bukan sektor (pendidikan, kesehatan, teknis)"
	run --separate-stderr "${EN[@]}" asn-forecast --as-of 2026-01-01 --years 3 --needs "$FIX/forecast/formasi.csv" \
		--demand-growth dokter=0.1 "$FIX/forecast/staff.csv"
	assert_equal "$stderr" "asn-forecast: --demand-growth 'dokter=0.1': 'dokter' is not a sector (pendidikan, kesehatan, teknis)"
	# asn-score's summary, made of parts
	local S=$FIX/score
	run --separate-stderr "${ID[@]}" asn-score --as-of 2026-11-01 -k "$S/skp.csv" -p "$S/potensi.csv" \
		-t "$S/pelatihan.csv" -s "$S/standar.yaml" -o score-id.csv "$S/pegawai.csv"
	assert_success
	assert_equal "${stderr_lines[-1]}" "asn-score: dibaca 12, ditulis 12; kinerja untuk 10, potensi untuk 10, tanpa nilai 1, jp_pelatihan tahun 2025; 1 baris SKP, 1 baris potensi, 1 baris pelatihan untuk NIP yang tidak ada di tabel"
	run --separate-stderr "${EN[@]}" asn-score --as-of 2026-11-01 -k "$S/skp.csv" -p "$S/potensi.csv" \
		-t "$S/pelatihan.csv" -s "$S/standar.yaml" -o score-en.csv "$S/pegawai.csv"
	assert_equal "${stderr_lines[-1]}" "asn-score: read 12, wrote 12; kinerja for 10, potensi for 10, no score for 1, jp_pelatihan of tahun 2025; 1 SKP row, 1 potensi row, 1 pelatihan row for NIPs not in the table"
	cmp score-id.csv score-en.csv
}

@test "i18n: the monthly job's usage line in the language, within 80 columns" {
	run --separate-stderr "${ID[@]}" "$ROOT/examples/monthly-report.sh" --no-such-option
	assert_equal "$status" 2
	[[ ${stderr_lines[0]} == "asn-monthly-report: opsi '--no-such-option' tidak dikenal" ]]
	[[ ${stderr_lines[1]} == "penggunaan: asn-monthly-report [-q] "* ]]
	local id=$stderr
	run --separate-stderr "${EN[@]}" "$ROOT/examples/monthly-report.sh" --no-such-option
	[[ ${stderr_lines[1]} == "usage: asn-monthly-report [-q] "* ]]
	run grep -E '^.{81,}$' <<< "$id"$'\n'"$stderr"
	assert_failure
	# the same options either way
	assert_equal "$("${ID[@]}" "$ROOT/examples/monthly-report.sh" --no-such-option 2>&1 | grep -oE -- '--[a-z-]+|\[[a-z]+' | sort)" \
		"$("${EN[@]}" "$ROOT/examples/monthly-report.sh" --no-such-option 2>&1 | grep -oE -- '--[a-z-]+|\[[a-z]+' | sort)"
}

@test "i18n: the messages built into a buffer: an empty input, a percentage out of range" {
	: > empty.csv
	LC_MESSAGES=id_ID.UTF-8 run --separate-stderr asn-report -f txt empty.csv
	assert_equal "$stderr" "asn-report: empty.csv: masukan kosong (tanpa baris header)"
	run --separate-stderr asn-report -f txt empty.csv
	assert_equal "$stderr" "asn-report: empty.csv: empty input (no header row)"
	# asn-forecast --biaya's persen_apbd out of its range
	printf 'tahun,pegawai,biaya_gaji,biaya_tunjangan,biaya_total,persen_apbd\n2026,1,1,1,2,-5\n' > b.csv
	LC_MESSAGES=id_ID.UTF-8 run --separate-stderr asn-report -f txt b.csv
	[[ $stderr == *"persentase dari 0 sampai 1e6"* ]]
}
