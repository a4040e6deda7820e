# The architectures Pagoda builds, and those the whole test suite runs on
# (the others run the tutorial's tests only, until their tests/arch/<arch>/
# table exists).
set(PAGODA_ARCHES x86_64 aarch64 riscv64 ia32 aarch32)
set(PAGODA_SUITE_ARCHES x86_64 aarch64 riscv64)
