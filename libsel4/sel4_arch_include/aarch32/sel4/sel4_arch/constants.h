#ifndef SEL4_SEL4_ARCH_CONSTANTS_H
#define SEL4_SEL4_ARCH_CONSTANTS_H

#include <sel4/arch/constants.h>

/* ARMv7-A short descriptors: a 16 KiB page directory (the VSpace root) of
 * 4096 entries, and 1 KiB page tables of 256. */
#define seL4_SlotBits           4
#define seL4_TCBBits            10
#define seL4_EndpointBits       4
#define seL4_NotificationBits   4
#define seL4_PageTableBits      10
#define seL4_PageTableEntryBits 2
#define seL4_PageTableIndexBits 8
#define seL4_PageDirBits        14
#define seL4_PageDirEntryBits   2
#define seL4_PageDirIndexBits   12
#define seL4_VSpaceBits         seL4_PageDirBits
#define seL4_LargePageBits      16
#define seL4_SectionBits        20
#define seL4_SuperSectionBits   24
#define seL4_MaxUntypedBits     29

#define seL4_NumASIDPoolsBits   7
#define seL4_ASIDPoolIndexBits  10
#define seL4_ASIDPoolBits       12

#define seL4_IPCBufferSizeBits  9
#define seL4_FastMessageRegisters 4

/* The kernel's window starts here; the last user address is one below. */
#define seL4_UserTop            0xe0000000ul
#define seL4_UserVSpaceTop      (seL4_UserTop - 1)

#endif
