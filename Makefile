# korea_nato -- build, test, install.
#
#   make              build/korea_nato/core.so (and the generated data pack)
#   make test         C core tests, then the busted specs under Lua 5.4
#   make sanitize     the same under AddressSanitizer + UBSan
#   make install      PREFIX=/usr/local LUA_LIBDIR=... LUA_SHAREDIR=...
#   make rock         luarocks make into ./lua_modules (offline, project mode)
#   make bench | eval | fuzz | lint | clean
#   make fuzz         libFuzzer targets, FUZZ_SECONDS each (fuzz/README.md)

LUA ?= lua5.4
LUA_VERSION = 5.4
BUSTED ?= /usr/bin/busted
PKG_CONFIG ?= pkg-config
LUA_CFLAGS ?= $(shell $(PKG_CONFIG) --cflags lua$(LUA_VERSION) 2>/dev/null || echo -I/usr/include/lua$(LUA_VERSION))

PREFIX ?= /usr/local
LUA_LIBDIR ?= $(PREFIX)/lib/lua/$(LUA_VERSION)
LUA_SHAREDIR ?= $(PREFIX)/share/lua/$(LUA_VERSION)
BINDIR ?= $(PREFIX)/bin

CC ?= cc
CFLAGS ?= -O2
WARN = -Wall -Wextra -pedantic -Wcast-align -Wpointer-arith -Wshadow \
       -Wredundant-decls -Wsign-compare -Wundef -Wwrite-strings \
       -Wbad-function-cast -Wmissing-prototypes -Wstrict-prototypes \
       -Wnested-externs -Wunreachable-code $(WERROR)
ALL_CFLAGS = -std=c99 -fPIC $(WARN) $(CFLAGS) -Icsrc
# core.so exports luaopen_korea_nato_core alone: the core's calls from one
# file to another are direct, not through the PLT, and may be inlined
SO_CFLAGS = -fvisibility=hidden
ASAN_PRELOAD = $(shell $(CC) -print-file-name=libasan.so):$(shell $(CC) -print-file-name=libubsan.so)
SAN = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all

CORE_SRC = $(filter-out csrc/kn_lua.c,$(wildcard csrc/kn_*.c))
CORE_HDR = $(wildcard csrc/*.h)
TEST_SRC = $(wildcard csrc/tests/test_*.c)
LUA_SRC = $(wildcard lua/korea_nato/*.lua)
DATA = $(wildcard data/*.txt data/gazetteer/*.kng)

.PHONY: all data check-core ctest test sanitize install uninstall rock bench eval fuzz fuzz-build lint clean

all: build/korea_nato/core.so lua/korea_nato/data_pack.lua

build/korea_nato/core.so: $(CORE_SRC) csrc/kn_lua.c $(CORE_HDR)
	@mkdir -p build/korea_nato
	$(CC) $(ALL_CFLAGS) $(SO_CFLAGS) $(LUA_CFLAGS) -shared -o $@ $(CORE_SRC) csrc/kn_lua.c

lua/korea_nato/data_pack.lua: $(DATA) tools/gen-data.lua
	$(LUA) tools/gen-data.lua

data: lua/korea_nato/data_pack.lua

# Written to a temporary file first: a failed generator (no lua5.4 yet)
# must not leave an empty, newer kn_tables.c behind.
csrc/kn_tables.c: tools/gen-tables.lua
	$(LUA) tools/gen-tables.lua > $@.tmp && mv $@.tmp $@

# The core must compile with no Lua include path at all.
check-core:
	$(CC) -std=c99 $(WARN) -Icsrc -fsyntax-only $(CORE_SRC)

build/tests/%: csrc/tests/%.c $(CORE_SRC) $(CORE_HDR) $(wildcard csrc/tests/*.h)
	@mkdir -p build/tests
	$(CC) $(ALL_CFLAGS) -o $@ $< $(CORE_SRC)

ctest: $(patsubst csrc/tests/%.c,build/tests/%,$(TEST_SRC))
	@for t in $^; do echo "== $$t"; ./$$t || exit 1; done

test: all check-core ctest
	$(LUA) tools/gen-data.lua --check
	$(LUA) tools/gen-time-lexicon.lua --check
	prove --exec '$(LUA) $(BUSTED) -o TAP' spec/*_spec.lua

build-asan/korea_nato/core.so: $(CORE_SRC) csrc/kn_lua.c $(CORE_HDR)
	@mkdir -p build-asan/korea_nato
	$(CC) -std=c99 -fPIC $(WARN) $(SAN) $(SO_CFLAGS) -Icsrc $(LUA_CFLAGS) -shared -o $@ $(CORE_SRC) csrc/kn_lua.c

sanitize: all build-asan/korea_nato/core.so
	@mkdir -p build-asan/tests
	@for t in $(TEST_SRC); do \
	  b=build-asan/tests/$$(basename $$t .c); \
	  $(CC) -std=c99 $(WARN) $(SAN) -Icsrc -o $$b $$t $(CORE_SRC) || exit 1; \
	  echo "== $$b"; ./$$b || exit 1; \
	done
	KOREA_NATO_BUILD=build-asan ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/csrc/tests/lsan.supp:print_suppressions=0 \
	  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	  prove --exec 'env LD_PRELOAD=$(ASAN_PRELOAD) $(LUA) $(BUSTED) --cpath=./build-asan/?.so -o TAP' spec/*_spec.lua

install: all
	install -d $(DESTDIR)$(LUA_LIBDIR)/korea_nato $(DESTDIR)$(LUA_SHAREDIR)/korea_nato $(DESTDIR)$(BINDIR)
	install -m 755 build/korea_nato/core.so $(DESTDIR)$(LUA_LIBDIR)/korea_nato/core.so
	install -m 644 $(LUA_SRC) $(DESTDIR)$(LUA_SHAREDIR)/korea_nato/
	install -m 755 bin/korea-nato $(DESTDIR)$(BINDIR)/korea-nato

uninstall:
	rm -rf $(DESTDIR)$(LUA_LIBDIR)/korea_nato $(DESTDIR)$(LUA_SHAREDIR)/korea_nato $(DESTDIR)$(BINDIR)/korea-nato

# LuaRocks in project mode (.luarocks/ + lua_modules/), offline: lpeg and
# lua-cjson are declared as provided by Debian's packages.
rock: all
	mkdir -p lua_modules
	luarocks make rockspec/korea_nato-scm-1.rockspec

build/bench/kn_bench: bench/kn_bench.c $(CORE_SRC) $(CORE_HDR)
	@mkdir -p build/bench
	$(CC) -std=c99 -O2 -Icsrc -o $@ bench/kn_bench.c $(CORE_SRC)

# Hyperscan, the reference of bench/bench_match.lua: built only when
# pkg-config finds libhs (Debian libhyperscan-dev).
HS_LIBS := $(shell $(PKG_CONFIG) --libs libhs 2>/dev/null)
HS_CFLAGS := $(shell $(PKG_CONFIG) --cflags libhs 2>/dev/null)
build/bench/hs_bench: bench/hs_bench.c
	@mkdir -p build/bench
	$(CC) -std=c99 -O2 $(HS_CFLAGS) -o $@ bench/hs_bench.c $(HS_LIBS)

bench: all build/bench/kn_bench $(if $(HS_LIBS),build/bench/hs_bench)
	@for b in bench/bench_*.lua; do $(LUA) $$b || exit 1; done

eval: all
	$(LUA) tools/corpus-build.lua --check
	$(LUA) tools/eval.lua $(EVALFLAGS)

# libFuzzer targets (fuzz/README.md): clang with -fsanitize=fuzzer,address,
# undefined. `make fuzz` writes the seed corpora from the fixtures, then
# runs each target for FUZZ_SECONDS; a crash, leak or sanitizer report
# fails it (the input is kept as build/fuzz/<unit>-crash-*).
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_UNITS ?= tok gaz time event tl tlp
FUZZ_OPTS ?=
FUZZ_SAN = -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS = -std=c99 $(FUZZ_SAN) -Icsrc -DKN_FUZZ_ROOT='"$(CURDIR)"'
FUZZ_OBJ = $(patsubst csrc/%.c,build/fuzz/obj/%.o,$(CORE_SRC))
.SECONDARY: $(FUZZ_OBJ)

build/fuzz/obj/%.o: csrc/%.c $(CORE_HDR)
	@mkdir -p build/fuzz/obj
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz_common.h $(FUZZ_OBJ)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_OBJ)

fuzz-build: $(patsubst %,build/fuzz/fuzz_%,$(FUZZ_UNITS))

fuzz: fuzz-build
	$(LUA) fuzz/seeds.lua
	@for u in $(FUZZ_UNITS); do \
	  case $$u in tl) extra="-max_len=4096";; tlp) extra="-max_len=16384 -dict=fuzz/partial.dict";; *) extra="-max_len=8192 -dict=fuzz/kn.dict";; esac; \
	  echo "== fuzz_$$u: $(FUZZ_SECONDS) s"; \
	  ASAN_OPTIONS=detect_leaks=1 ./build/fuzz/fuzz_$$u fuzz/corpus-$$u -max_total_time=$(FUZZ_SECONDS) \
	    -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=build/fuzz/$$u- \
	    $$extra $(FUZZ_OPTS) > build/fuzz/$$u.log 2>&1 \
	    || { tail -n 60 build/fuzz/$$u.log; echo "fuzz_$$u FAILED (log: build/fuzz/$$u.log)"; exit 1; }; \
	  runs=$$(sed -n 's/^stat::number_of_executed_units: *//p' build/fuzz/$$u.log); \
	  last=$$(grep -E '^#[0-9]+' build/fuzz/$$u.log | tail -n 1); \
	  cov=$$(echo "$$last" | sed -n 's/.*cov: \([0-9]*\) ft: \([0-9]*\) corp: \([0-9]*\).*/cov \1, ft \2, corpus \3/p'); \
	  echo "fuzz_$$u: $$runs runs, $$cov, no crash"; \
	done

lint:
	cppcheck --quiet --enable=warning,performance,portability --std=c99 --error-exitcode=1 -Icsrc csrc
	luacheck --std lua54 lua bin/korea-nato tools spec bench

clean:
	rm -rf build build-asan lua_modules korea_nato csrc/*.o
