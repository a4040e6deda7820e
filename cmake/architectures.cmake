# The architectures Pagoda builds, and those the whole test suite runs on
# (the others run the tutorial's tests only, until their tests/arch/<arch>/
# table exists).  -DPAGODA_SUITE_ARCHES="a;b;..." chooses others.
set(PAGODA_ARCHES x86_64 aarch64 riscv64 ia32 aarch32)
if(NOT DEFINED PAGODA_SUITE_ARCHES)
    set(PAGODA_SUITE_ARCHES x86_64 aarch64 riscv64 ia32 aarch32)
endif()
