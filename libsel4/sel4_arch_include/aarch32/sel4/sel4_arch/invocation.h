#ifndef SEL4_SEL4_ARCH_INVOCATION_H
#define SEL4_SEL4_ARCH_INVOCATION_H

enum sel4_arch_invocation_label {
    ARMPDClean_Data = nInvocationLabels,
    ARMPDInvalidate_Data,
    ARMPDCleanInvalidate_Data,
    ARMPDUnify_Instruction,
    nSeL4ArchInvocationLabels
};

#endif
