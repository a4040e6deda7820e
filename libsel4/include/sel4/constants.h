#ifndef SEL4_CONSTANTS_H
#define SEL4_CONSTANTS_H

#include <sel4/config.h>
#include <sel4/sel4_arch/constants.h>

enum {
    seL4_MsgLengthBits = 7,
    seL4_MsgExtraCapBits = 2,
};
#define seL4_MsgMaxLength     120
#define seL4_MsgMaxExtraCaps  ((1 << seL4_MsgExtraCapBits) - 1)

#if CONFIG_WORD_SIZE == 64
#define seL4_GuardSizeBits    6
#define seL4_GuardBits        58
#define seL4_BadgeBits        64
#else
#define seL4_GuardSizeBits    5
#define seL4_GuardBits        18
#define seL4_BadgeBits        28
#endif

#define seL4_MinUntypedBits   4
#define seL4_MaxPrio          255
#define seL4_UntypedRetypeMaxObjects 256

typedef enum {
    seL4_NoFailure = 0,
    seL4_InvalidRoot,
    seL4_MissingCapability,
    seL4_DepthMismatch,
    seL4_GuardMismatch,
} seL4_LookupFailureType;

#endif
