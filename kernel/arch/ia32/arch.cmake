# ia32: compile flags and sources (the image QEMU boots is the ELF file itself).
# User programs use the x87 FPU for floating point; the kernel none at all,
# but for the SSE stores that clear memory (clear.c).
set(PAGODA_ARCH_USER_FLAGS -march=i686 -mtune=generic)
# Root tasks start at 0x400000, as on the other architectures.
set(PAGODA_ARCH_USER_LINK_FLAGS -Wl,-Ttext-segment=0x400000)
set(PAGODA_KERNEL_ARCH_FLAGS -mno-mmx -mno-sse -mno-80387)
set(PAGODA_KERNEL_ARCH_SOURCES boot.S entry.S boot.c clear.c cpu.c paging.c traps.c vspace.c)
# Kernel library code the architecture uses (kernel/lib/): what the x86 PCs share.
set(PAGODA_KERNEL_LIB_SOURCES multiboot.c pc99.c x86.c)
# Kernel library code that completes the architecture's paging.c (the host
# tests compile it with it).
set(PAGODA_KERNEL_LIB_PAGING_SOURCES no_frame_invocations.c)
set(PAGODA_KERNEL_LINKER_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/kernel.ld)
