# aarch64: compile flags and sources (the image QEMU boots is the ELF file itself).
# No outlined atomics: they need run-time CPU detection from a C library.
set(PAGODA_ARCH_USER_FLAGS -march=armv8-a -mno-outline-atomics)
set(PAGODA_KERNEL_ARCH_FLAGS -mgeneral-regs-only)
set(PAGODA_KERNEL_ARCH_SOURCES boot.S entry.S boot.c cache.c paging.c serial.c traps.c vspace.c)
# Kernel library code the architecture uses (kernel/lib/).
set(PAGODA_KERNEL_LIB_SOURCES fdt.c loader.c pl011.c)
set(PAGODA_KERNEL_LINKER_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/kernel.ld)
