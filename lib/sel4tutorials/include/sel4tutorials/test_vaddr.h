/*
 * The mapping tutorial's TEST_VADDR on each architecture (nothing below
 * the VSpace root covers it at boot), and the 4 KiB frame object type, for
 * programs beyond the tutorial (examples/, bench/) that map there too.
 */
#ifndef SEL4TUTORIALS_TEST_VADDR_H
#define SEL4TUTORIALS_TEST_VADDR_H

#include <sel4/sel4.h>

#if defined(CONFIG_ARCH_RISCV64)
#define TEST_VADDR 0x2000000000ul
#elif CONFIG_WORD_SIZE == 32
#define TEST_VADDR 0xa0000000ul
#else
#define TEST_VADDR 0xa000000000ul
#endif

#if defined(CONFIG_ARCH_X86)
#define FRAME_OBJECT seL4_X86_4K
#elif defined(CONFIG_ARCH_ARM)
#define FRAME_OBJECT seL4_ARM_SmallPageObject
#else
#define FRAME_OBJECT seL4_RISCV_4K_Page
#endif

#endif
