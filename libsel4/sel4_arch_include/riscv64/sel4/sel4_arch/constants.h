#ifndef SEL4_SEL4_ARCH_CONSTANTS_H
#define SEL4_SEL4_ARCH_CONSTANTS_H

#include <sel4/arch/constants.h>

#define seL4_SlotBits          5
#define seL4_TCBBits           11
#define seL4_EndpointBits      4
#define seL4_NotificationBits  5
#define seL4_PageTableBits     12
#define seL4_PageTableEntryBits 3
#define seL4_PageTableIndexBits 9
#define seL4_VSpaceBits        seL4_PageTableBits
#define seL4_LargePageBits     21
#define seL4_HugePageBits      30
#define seL4_MaxUntypedBits    38

#define seL4_NumASIDPoolsBits  7
#define seL4_ASIDPoolIndexBits 9
#define seL4_ASIDPoolBits      12

#define seL4_IPCBufferSizeBits 10
#define seL4_FastMessageRegisters 4

#define seL4_UserTop           0x0000003ffffff000ul
#define seL4_UserVSpaceTop     (seL4_UserTop - 1)

#endif
