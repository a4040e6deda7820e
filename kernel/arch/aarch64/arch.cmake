# aarch64: compile flags and sources (the image QEMU boots is the ELF file itself).
# No outlined atomics: they need run-time CPU detection from a C library.
set(PAGODA_ARCH_USER_FLAGS -march=armv8-a -mno-outline-atomics)
set(PAGODA_KERNEL_ARCH_FLAGS -mgeneral-regs-only)
set(PAGODA_KERNEL_ARCH_SOURCES boot.S entry.S boot.c paging.c serial.c traps.c vspace.c)
# Kernel library code the architecture uses (kernel/lib/).
set(PAGODA_KERNEL_LIB_SOURCES arm_cache.c arm_power_off.c fdt.c loader.c pl011.c)
# Kernel library code that completes the architecture's paging.c (the host
# tests compile it with it): the page cache operations.
set(PAGODA_KERNEL_LIB_PAGING_SOURCES arm_page_cache.c)
set(PAGODA_KERNEL_LINKER_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/kernel.ld)
