# x86_64: compile flags, and the multiboot image QEMU can boot.
set(PAGODA_ARCH_USER_FLAGS -march=x86-64 -mtune=generic)
set(PAGODA_KERNEL_ARCH_FLAGS -mcmodel=kernel -mno-red-zone -mgeneral-regs-only)
set(PAGODA_KERNEL_ARCH_SOURCES boot.S entry.S boot.c cpu.c paging.c traps.c vspace.c)
# Kernel library code the architecture uses (kernel/lib/): what the x86 PCs share.
set(PAGODA_KERNEL_LIB_SOURCES coherent_memory.c multiboot.c pc99.c x86.c)
# Kernel library code that completes the architecture's paging.c (the host
# tests compile it with it).
set(PAGODA_KERNEL_LIB_PAGING_SOURCES no_frame_invocations.c)
set(PAGODA_KERNEL_LINKER_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/kernel.ld)

# QEMU's -kernel loads multiboot images only as ELF32.
function(pagoda_kernel_image target)
    add_custom_command(TARGET ${target} POST_BUILD
        COMMAND ${CMAKE_OBJCOPY} -O elf32-i386 $<TARGET_FILE:${target}> $<TARGET_FILE_DIR:${target}>/kernel.img
        VERBATIM)
endfunction()
