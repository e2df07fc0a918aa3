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
