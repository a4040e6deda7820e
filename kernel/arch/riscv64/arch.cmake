# riscv64: compile flags and sources (the image QEMU boots through OpenSBI
# is the ELF file itself).  The kernel uses no floating point; user
# programs use Debian's default ABI (lp64d), which its libgcc is built for.
set(PAGODA_ARCH_USER_FLAGS -march=rv64gc -mabi=lp64d -mcmodel=medany)
# Root tasks start at 0x400000, as on the other architectures.
set(PAGODA_ARCH_USER_LINK_FLAGS -Wl,-Ttext-segment=0x400000)
set(PAGODA_KERNEL_ARCH_FLAGS -march=rv64imac_zicsr_zifencei -mabi=lp64 -mno-relax)
set(PAGODA_KERNEL_ARCH_SOURCES boot.S entry.S boot.c paging.c serial.c traps.c vspace.c)
set(PAGODA_KERNEL_LIB_SOURCES coherent_memory.c fdt.c loader.c)
# Kernel library code that completes the architecture's paging.c (the host
# tests compile it with it).
set(PAGODA_KERNEL_LIB_PAGING_SOURCES no_frame_invocations.c)
set(PAGODA_KERNEL_LINKER_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/kernel.ld)
