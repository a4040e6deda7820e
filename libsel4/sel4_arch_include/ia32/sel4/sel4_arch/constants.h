#ifndef SEL4_SEL4_ARCH_CONSTANTS_H
#define SEL4_SEL4_ARCH_CONSTANTS_H

#include <sel4/arch/constants.h>

#define seL4_SlotBits          4
#define seL4_TCBBits           11
#define seL4_EndpointBits      4
#define seL4_NotificationBits  4
#define seL4_PageTableBits     12
#define seL4_PageTableEntryBits 2
#define seL4_PageTableIndexBits 10
#define seL4_PageDirBits       12
#define seL4_PageDirEntryBits  2
#define seL4_PageDirIndexBits  10
#define seL4_VSpaceBits        seL4_PageDirBits
#define seL4_LargePageBits     22
#define seL4_4MBits            seL4_LargePageBits
#define seL4_PDPTBits          0       /* ia32 has no PDPT */
#define seL4_MaxUntypedBits    29

#define seL4_NumASIDPoolsBits  2
#define seL4_ASIDPoolIndexBits 10
#define seL4_ASIDPoolBits      12

#define seL4_IPCBufferSizeBits 9
#define seL4_FastMessageRegisters 2

#define seL4_UserTop           0xe0000000ul
#define seL4_UserVSpaceTop     (seL4_UserTop - 1)

#endif
