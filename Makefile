# nofw: firmwareless q35 boot for QEMU, as an overlay + patch series on
# pinned upstream sources, one per base (bases/*/pin.env). See README.md.
#
# Every target works on one base: make BASE=10.0 check. The default base
# (bases/default) also gets build/qemu-system-x86_64.

TOP      := $(CURDIR)
BASES    := $(patsubst bases/%/pin.env,%,$(wildcard bases/*/pin.env))
DEFAULT_BASE := $(shell cat bases/default)
BASE     ?= $(DEFAULT_BASE)
ifeq ($(filter $(BASE),$(BASES)),)
$(error BASE=$(BASE): no bases/$(BASE)/pin.env (bases: $(BASES)))
endif
export BASE
BUILD    := $(TOP)/build
BB       := $(BUILD)/$(BASE)
SRC      := $(BB)/src
QBUILD   := $(BB)/qemu
QEMU     := $(BB)/qemu-system-x86_64
JOBS     ?= $(shell nproc)
QTEST_TARGETS := tests/unit/test-nofw-loader tests/qtest/nofw-acpi-test \
                 tests/qtest/bios-tables-test

CONFIGURE_FLAGS := --target-list=x86_64-softmmu --disable-docs \
	--disable-user --without-default-features --enable-kvm --enable-tcg \
	--enable-tpm --enable-zstd --disable-install-blobs --python=/usr/bin/python3 \
	--cc="ccache gcc" --host-cc="ccache gcc" --cxx="ccache g++"

export CCACHE_DIR ?= $(TOP)/.cache/ccache
export CCACHE_NOHASHDIR := 1
export CCACHE_BASEDIR := $(TOP)

OVERLAY  := $(shell find hw include tests/qtest tests/unit -type f 2>/dev/null)
PATCHES  := $(wildcard patches/*.patch bases/$(BASE)/patches/*.patch)

# The same tree built with AddressSanitizer + UBSan (make check-asan).
QBUILD_ASAN := $(BB)/qemu-asan
# same file name as the normal binary: tests compare QEMU's error prefix
QEMU_ASAN   := $(BB)/asan/qemu-system-x86_64

.PHONY: all build run check check-all bench series clean guests kernel build-asan \
	check-asan fuzz soak pin
all: build
build: $(QEMU)

# Re-staged whenever a patch, the pin or the overlay's file list changes.
$(BB)/.src-stamp: scripts/prepare-source scripts/base.sh \
		bases/$(BASE)/pin.env $(PATCHES) $(BB)/.overlay-list
	scripts/prepare-source
	touch $@

$(BB)/.overlay-list: FORCE
	@mkdir -p $(BB)
	@echo $(OVERLAY) | cmp -s - $@ || echo $(OVERLAY) > $@

$(QBUILD)/build.ninja: | $(BB)/.src-stamp
	mkdir -p $(QBUILD)
	cd $(QBUILD) && $(SRC)/configure $(CONFIGURE_FLAGS) >configure.log 2>&1 || \
		{ tail -30 configure.log; exit 1; }

# ninja decides what is stale (overlay edits, patched files).
$(QEMU): $(QBUILD)/build.ninja FORCE
	@echo "  NINJA   $(QBUILD)"
	@ninja -C $(QBUILD) -j$(JOBS) qemu-system-x86_64 $(QTEST_TARGETS) \
		>$(QBUILD)/ninja.log 2>&1 || { grep -v '^\[' $(QBUILD)/ninja.log | tail -60; exit 1; }
	@test -x $(QBUILD)/qemu-system-x86_64
	@# nofw's own files must compile without warnings (ninja hides them)
	@! grep -A3 -E '(nofw|pvh_select)[^ :]*\.c:[0-9]+:[0-9]+: warning' \
		$(QBUILD)/ninja.log || { echo "warnings in nofw code (above)"; exit 1; }
	ln -sf qemu/qemu-system-x86_64 $(QEMU)
	$(if $(filter $(BASE),$(DEFAULT_BASE)),ln -sf $(BASE)/qemu-system-x86_64 \
		$(BUILD)/qemu-system-x86_64)
	scripts/link-firmware $(QBUILD)


$(QBUILD_ASAN)/build.ninja: | $(BB)/.src-stamp
	mkdir -p $(QBUILD_ASAN)
	cd $(QBUILD_ASAN) && $(SRC)/configure $(CONFIGURE_FLAGS) --enable-asan \
		--enable-ubsan >configure.log 2>&1 || \
		{ tail -30 configure.log; exit 1; }

build-asan: $(QBUILD_ASAN)/build.ninja $(BB)/.src-stamp
	@echo "  NINJA   $(QBUILD_ASAN)"
	@ninja -C $(QBUILD_ASAN) -j$(JOBS) qemu-system-x86_64 $(QTEST_TARGETS) \
		>$(QBUILD_ASAN)/ninja.log 2>&1 || \
		{ grep -v '^\[' $(QBUILD_ASAN)/ninja.log | tail -60; exit 1; }
	mkdir -p $(dir $(QEMU_ASAN))
	ln -sf ../qemu-asan/qemu-system-x86_64 $(QEMU_ASAN)
	scripts/link-firmware $(QBUILD_ASAN)

# Test guests and the real Debian kernel + busybox initramfs.
guests kernel:
	$(MAKE) -C tests/guest BUILD=$(BUILD)/guest
	scripts/make-kernel $(BUILD)/linux

run: build kernel
	scripts/run-demo $(QEMU) $(BUILD)/linux

check: build kernel
	tests/run-all $(QEMU)

# make check on every base, the default one first; fails if any base fails
# (CI runs this: .ci/run)
CHECK_ORDER := $(DEFAULT_BASE) $(filter-out $(DEFAULT_BASE),$(BASES))
check-all:
	@rc=0; for b in $(CHECK_ORDER); do \
		echo "=== make BASE=$$b check"; \
		$(MAKE) --no-print-directory BASE=$$b check || rc=1; \
	done; exit $$rc

check-asan: build-asan kernel
	tests/check-asan $(QEMU_ASAN)

# libFuzzer harnesses (clang): PVH note parser, table-loader executor,
# bzImage reader; FUZZ_SECONDS per harness (default 60).
fuzz: build
	NOFW_QBUILD=$(QBUILD) tests/fuzz/run

# 500 system_resets of the test guest, 20 Linux reboots (SOAK_ARGS).
soak: build kernel
	tests/soak $(QEMU) $(SOAK_ARGS)

bench: build kernel
	bench/run $(QEMU)

# build/$(BASE)/series/*.patch, proven with git am and checkpatch
series:
	scripts/make-series

# pin BASE to the newest source package of its series the archive serves
pin:
	scripts/update-pin

clean:
	rm -rf $(BUILD)

FORCE:
