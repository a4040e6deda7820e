# Freestanding ia32: clang builds the kernel and user programs for i686, with
# its own freestanding headers (Debian's gcc -m32 has no <limits.h> without
# the multilib packages), and links them through gcc -m32 and GNU ld.
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR i686)
set(CMAKE_C_COMPILER clang)
set(CMAKE_C_COMPILER_TARGET i686-unknown-none-elf)
set(CMAKE_ASM_COMPILER clang)
set(CMAKE_ASM_COMPILER_TARGET i686-unknown-none-elf)
set(CMAKE_OBJCOPY objcopy)
# Linking a static bare-metal program, the driver has no use for -no-pie.
set(CMAKE_EXE_LINKER_FLAGS_INIT -Qunused-arguments)
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

# The compiler's run-time library (64-bit division) is clang's builtins,
# which the driver locates for its Linux target only.
execute_process(COMMAND ${CMAKE_C_COMPILER} --target=i686-linux-gnu --rtlib=compiler-rt -print-libgcc-file-name
                OUTPUT_VARIABLE PAGODA_LIBGCC OUTPUT_STRIP_TRAILING_WHITESPACE)

set(PAGODA_ARCH ia32 CACHE STRING "")
set(PAGODA_ARCH_FAMILY x86 CACHE STRING "")
