# The two entry points (see README.md); both install missing packages first.
#   make run    build, then run the mapping tutorial's solution in QEMU
#   make test   build, then run every test
BUILD := build

.PHONY: run test deps build clean

run: build
	tools/simulate --arch x86_64 --timeout 60 --kernel $(BUILD)/x86_64/pagoda/kernel/kernel.img \
		--root-task $(BUILD)/x86_64/tutorials/mapping-remap

test: build
	tools/run-tests $(BUILD)

build: deps
	cmake -G Ninja -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Debug >/dev/null
	cmake --build $(BUILD)

deps:
	tools/install-deps

clean:
	rm -rf $(BUILD)
