# aarch32: compile flags and sources (the image QEMU boots is the ELF file itself).
# ARM state everywhere (Debian's armhf compiler defaults to Thumb), ARMv7
# with the virtualization extensions (Cortex-A15: integer division, hvc).
# User programs keep Debian's hard-float ABI, which its libgcc is built
# for; the kernel touches no FP or NEON register.
set(PAGODA_ARCH_USER_FLAGS -marm -march=armv7ve+fp -mfloat-abi=hard)
# Root tasks start at 0x400000, as on the other architectures.
set(PAGODA_ARCH_USER_LINK_FLAGS -Wl,-Ttext-segment=0x400000)
set(PAGODA_KERNEL_ARCH_FLAGS -mgeneral-regs-only)
set(PAGODA_KERNEL_ARCH_SOURCES boot.S entry.S boot.c gic.c paging.c serial.c traps.c vspace.c)
# Kernel library code the architecture uses (kernel/lib/).
set(PAGODA_KERNEL_LIB_SOURCES arm_cache.c arm_power_off.c fdt.c loader.c pl011.c)
# Kernel library code that completes the architecture's paging.c (the host
# tests compile it with it): the page cache operations.
set(PAGODA_KERNEL_LIB_PAGING_SOURCES arm_page_cache.c)
set(PAGODA_KERNEL_LINKER_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/kernel.ld)
