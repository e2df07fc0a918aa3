# asn-toolkit — see README.md.  Everything is built under $(B)/.
VERSION = 0.1.0
PREFIX ?= /usr/local
DESTDIR ?=
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man/man1
# the Indonesian man pages: share/man/id/man1
MANDIR_ID = $(PREFIX)/share/man/id/man1
DATADIR = $(PREFIX)/share/asn-toolkit
# the message catalogs: LOCALEDIR/LANG/LC_MESSAGES/asn-toolkit.mo
LOCALEDIR = $(PREFIX)/share/locale
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR = $(PREFIX)/share/zsh/site-functions
# fish reads vendor completions where its own pkg-config file says (Debian:
# /usr/share/fish/vendor_completions.d), not under /usr/local
FISHCOMPDIR ?= $(or $(shell pkg-config --variable completionsdir fish 2>/dev/null),\
	$(PREFIX)/share/fish/vendor_completions.d)

B ?= build
CC ?= cc
CFLAGS ?= -O2 -g
CFLAGS += -std=c11 -Wall -Wextra -Werror
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -DASN_VERSION='"$(VERSION)"' -iquote lib -MMD -MP \
	$(shell pkg-config --cflags gsl yaml-0.1 minizip expat 2>/dev/null)
LDLIBS += -lcsv $(shell pkg-config --libs gsl yaml-0.1 minizip expat 2>/dev/null || \
	echo -lgsl -lgslcblas -lyaml -lminizip -lexpat) -lglpk -lm -pthread

LIB_SRC = $(wildcard lib/*.c)
LIB_OBJ = $(LIB_SRC:%.c=$(B)/%.o)
LIB = $(B)/lib/libasn.a
PROG_SRC = $(wildcard cmd/asn-*.c)
PROGS = $(PROG_SRC:cmd/%.c=$(B)/bin/%)
MANS = $(wildcard cmd/asn-*.1)
MANS_ID = $(wildcard man/id/man1/asn-*.1)
LINGUAS = id
MOS = $(LINGUAS:%=$(B)/locale/%/LC_MESSAGES/asn-toolkit.mo)
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNITS = $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)
SYNTH = $(if $(wildcard examples/mamuju/synth.c),$(B)/bin/asn-synth)
TOOL_SRC = $(wildcard tests/tools/*.c)
TOOLS = $(TOOL_SRC:tests/tools/%.c=$(B)/tests/tools/%)

# The objects of the programs, tests and tools are intermediate files of
# chained pattern rules: kept, so that a second make compiles nothing.
.SECONDARY:

.PHONY: FORCE all lib deps demo check completions pot update-po check-asan check-valgrind test fuzz fuzzers bench install uninstall clean

all: $(LIB) $(PROGS) $(UNITS) $(SYNTH) $(TOOLS) $(MOS)

$(B)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

# The configuration make install puts in DATADIR is read when no other is
# found (lib/config.c): its path is compiled in, and lib/config.o made again
# when DATADIR changes (make, then make install PREFIX=/usr).
$(B)/lib/config.o: CPPFLAGS += -DASN_DATADIR='"$(DATADIR)"'
$(B)/lib/config.o: $(B)/datadir
$(B)/datadir: FORCE
	@mkdir -p $(@D)
	@echo '$(DATADIR)' | cmp -s - $@ || echo '$(DATADIR)' > $@
FORCE:

# The catalogs are found in LOCALEDIR once installed, in $$ASN_LOCALEDIR
# before (tests/run sets it to $(B)/locale).
$(B)/lib/i18n.o: CPPFLAGS += -DASN_LOCALEDIR='"$(LOCALEDIR)"'
$(B)/lib/i18n.o: $(B)/localedir
$(B)/localedir: FORCE
	@mkdir -p $(@D)
	@echo '$(LOCALEDIR)' | cmp -s - $@ || echo '$(LOCALEDIR)' > $@

$(B)/locale/%/LC_MESSAGES/asn-toolkit.mo: po/%.po
	@mkdir -p $(@D)
	msgfmt --check -o $@ $<

# po/asn-toolkit.pot from the sources: the messages (asn_die, asn_warn,
# asn_cli_summary, the rejected rows, ...), --help (N_) and the monthly job;
# then `make update-po` merges it into each po/LANG.po (doc/i18n.md).
XGETTEXT_C = --keyword=_ --keyword=N_ --keyword=asn_die:2 --keyword=asn_warn:1 \
	--keyword=asn_set_error:3 --keyword=asn_reject:5 --keyword=asn_import_reject:5 \
	--keyword=asn_needs_reject:4 --keyword=header_error:4 --keyword=asn_cli_summary:1 \
	--keyword=asn_cli_format:3 \
	--keyword=load_fail:2 --keyword=sheet_fail:3 --keyword=asn_yaml_error:5 \
	--keyword=asn_yaml_fail:3 --keyword=fail:6 --keyword=warn:3 --keyword=report_reject:2
POT_OUT = po/asn-toolkit.pot
pot:
	xgettext --from-code=UTF-8 --language=C $(XGETTEXT_C) --add-comments=TRANSLATORS: \
		--package-name=asn-toolkit --package-version=$(VERSION) --msgid-bugs-address= \
		--sort-by-file -o $(POT_OUT) $(sort $(wildcard lib/*.c cmd/*.c)) lib/opts.h
	xgettext --from-code=UTF-8 --language=Shell --keyword=t --keyword=die --keyword=warn --keyword=say \
		--keyword=usage_error --join-existing --sort-by-file -o $(POT_OUT) \
		examples/monthly-report.sh
update-po: pot
	for l in $(LINGUAS); do msgmerge --quiet --update --backup=none po/$$l.po po/asn-toolkit.pot || exit 1; done
$(LIB): $(LIB_OBJ)
	@mkdir -p $(@D)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJ)

$(B)/bin/%: $(B)/cmd/%.o $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

$(B)/bin/asn-synth: $(B)/examples/mamuju/synth.o $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

# Test tools (fixture makers such as csv2xlsx), linked like the programs.
$(B)/tests/tools/%: $(B)/tests/tools/%.o $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

$(B)/tests/%: $(B)/tests/unit/%.o $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

# The completions are made by the programs from their option tables.
completions: $(PROGS)
	for p in $(PROGS:$(B)/bin/%=%); do \
		$(B)/bin/$$p --completion bash > completions/bash/$$p && \
		$(B)/bin/$$p --completion zsh > completions/zsh/_$$p && \
		$(B)/bin/$$p --completion fish > completions/fish/$$p.fish || exit 1; \
	done

# Installs missing Debian packages when run as root, else prints the line.
deps:
	@sh tests/deps.sh

demo: deps all
	@sh examples/demo.sh $(B)/bin

test: all
	@sh tests/run $(B)

check: deps
	@$(MAKE) --no-print-directory all
	@sh tests/run $(B)

# AddressSanitizer + UBSan build of everything, whole suite.
check-asan: deps
	@$(MAKE) --no-print-directory B=build-asan CC=clang \
		CFLAGS='-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all' all
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
		sh tests/run build-asan

# Every bats suite with each program under valgrind memcheck (errors and
# definite leaks fail the test).
check-valgrind: deps
	@$(MAKE) --no-print-directory all
	@B=$(B) sh tests/valgrind.sh

FUZZ_SECONDS ?= 60
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
FUZZ_SRC = $(wildcard tests/fuzz/fuzz_*.c)
FUZZERS = $(FUZZ_SRC:tests/fuzz/%.c=build-fuzz/%)
build-fuzz/%: tests/fuzz/%.c build-fuzz/lib/libasn.a
	clang $(CPPFLAGS) -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined \
		-o $@ $< build-fuzz/lib/libasn.a $(LDLIBS)
fuzzers: $(FUZZERS)
lib: $(LIB)
fuzz:
	@$(MAKE) --no-print-directory B=build-fuzz CC=clang CFLAGS='$(FUZZ_FLAGS)' lib
	@$(MAKE) --no-print-directory fuzzers
	@sh tests/fuzz/run $(FUZZ_SECONDS) $(FUZZERS)

BENCH_TOOLS = $(B)/bench/bare-parse $(B)/bench/measure
$(B)/bench/%: tests/bench/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $< -lcsv

bench: all $(BENCH_TOOLS)
	@sh tests/bench/run $(B)

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR) $(DESTDIR)$(DATADIR) \
		$(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) $(DESTDIR)$(FISHCOMPDIR)
	install -m 755 $(PROGS) $(DESTDIR)$(BINDIR)
	install -m 755 examples/monthly-report.sh $(DESTDIR)$(BINDIR)/asn-monthly-report
	install -m 644 $(MANS) $(DESTDIR)$(MANDIR)
	$(if $(MANS_ID),install -d $(DESTDIR)$(MANDIR_ID))
	$(if $(MANS_ID),install -m 644 $(MANS_ID) $(DESTDIR)$(MANDIR_ID))
	for l in $(LINGUAS); do \
		install -d $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES && \
		install -m 644 $(B)/locale/$$l/LC_MESSAGES/asn-toolkit.mo \
			$(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/asn-toolkit.mo || exit 1; \
	done
	install -m 644 examples/asn.yaml $(DESTDIR)$(DATADIR)/config.yaml
	for p in $(PROGS:$(B)/bin/%=%); do \
		install -m 644 completions/bash/$$p $(DESTDIR)$(BASHCOMPDIR)/$$p; \
		install -m 644 completions/zsh/_$$p $(DESTDIR)$(ZSHCOMPDIR)/_$$p; \
		install -m 644 completions/fish/$$p.fish $(DESTDIR)$(FISHCOMPDIR)/$$p.fish; \
	done
	install -m 644 completions/bash/asn-monthly-report $(DESTDIR)$(BASHCOMPDIR)/asn-monthly-report
	install -m 644 completions/zsh/_asn-monthly-report $(DESTDIR)$(ZSHCOMPDIR)/_asn-monthly-report
	install -m 644 completions/fish/asn-monthly-report.fish \
		$(DESTDIR)$(FISHCOMPDIR)/asn-monthly-report.fish

uninstall:
	for p in $(PROG_SRC:cmd/%.c=%); do \
		rm -f $(DESTDIR)$(BINDIR)/$$p $(DESTDIR)$(MANDIR)/$$p.1 $(DESTDIR)$(MANDIR_ID)/$$p.1 \
			$(DESTDIR)$(BASHCOMPDIR)/$$p $(DESTDIR)$(ZSHCOMPDIR)/_$$p \
			$(DESTDIR)$(FISHCOMPDIR)/$$p.fish; \
	done
	rm -f $(DESTDIR)$(BINDIR)/asn-monthly-report $(DESTDIR)$(MANDIR)/asn-monthly-report.1 \
		$(DESTDIR)$(MANDIR_ID)/asn-monthly-report.1 \
		$(DESTDIR)$(BASHCOMPDIR)/asn-monthly-report $(DESTDIR)$(ZSHCOMPDIR)/_asn-monthly-report \
		$(DESTDIR)$(FISHCOMPDIR)/asn-monthly-report.fish
	for l in $(LINGUAS); do rm -f $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/asn-toolkit.mo; done
	rm -f $(DESTDIR)$(DATADIR)/config.yaml
	-rmdir $(DESTDIR)$(DATADIR)

clean:
	rm -rf build build-asan build-fuzz

-include $(shell find $(B) -name '*.d' 2>/dev/null)
