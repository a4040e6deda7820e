# The two entry points (see README.md); both install missing packages first.
#   make run [ARCH=x86_64]   build, then run the mapping tutorial's solution in QEMU
#   make test                build, then run every test, on every architecture
# And the benchmark (docs/performance.md): every architecture unless ARCH is given:
#   make bench [ARCH=x86_64]
# And a longer run of the randomized tester (tests/qemu/random):
#   make soak [ARCH=x86_64] [SEED=1] [STEPS=1000000] [TRACE=1]
BUILD := build
ARCH := x86_64
SEED := 1
STEPS := 1000000
TRACE := 0
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c

.PHONY: run test bench soak deps build clean

run: build
	tools/simulate --arch $(ARCH) --timeout 60 --kernel $(BUILD)/$(ARCH)/pagoda/kernel/kernel.img \
		--root-task $(BUILD)/$(ARCH)/tutorials/mapping-remap

test: build
	tools/run-tests $(BUILD)

ALL_ARCHES := x86_64 aarch64 riscv64 ia32 aarch32
bench: build
	tools/bench --build $(BUILD) $(if $(filter file,$(origin ARCH)),$(ALL_ARCHES),$(ARCH))

# The kernel's reason lines for refused invocations, and the lines that
# explain them, are left out unless TRACE=1, which prints each checked
# invocation too.
soak: deps
	cmake -G Ninja -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Debug \
		-DPAGODA_SOAK_SEED=$(SEED) -DPAGODA_SOAK_STEPS=$(STEPS) -DPAGODA_SOAK_TRACE=$(TRACE) >/dev/null
	cmake --build $(BUILD)
	tools/simulate --arch $(ARCH) --kernel $(BUILD)/$(ARCH)/pagoda/kernel/kernel.img \
		--root-task $(BUILD)/$(ARCH)/random/random-soak $(if $(filter 1,$(TRACE)),,| grep -v -e '^<<Pagoda' -e '^Pagoda: ')

build: deps
	cmake -G Ninja -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Debug >/dev/null
	cmake --build $(BUILD)

deps:
	tools/install-deps

clean:
	rm -rf $(BUILD)
