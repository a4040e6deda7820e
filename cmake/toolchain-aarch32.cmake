# Freestanding aarch32 (ARMv7-A): Debian's armhf cross gcc builds the kernel
# and user programs, in ARM state (its default is Thumb).
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)
set(CMAKE_C_COMPILER arm-linux-gnueabihf-gcc)
set(CMAKE_ASM_COMPILER arm-linux-gnueabihf-gcc)
set(CMAKE_OBJCOPY arm-linux-gnueabihf-objcopy)
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

set(PAGODA_ARCH aarch32 CACHE STRING "")
set(PAGODA_ARCH_FAMILY arm CACHE STRING "")
