#ifndef SEL4_SEL4_ARCH_INVOCATION_H
#define SEL4_SEL4_ARCH_INVOCATION_H

enum sel4_arch_invocation_label {
    X86PDPTMap = nInvocationLabels,
    X86PDPTUnmap,
    nSeL4ArchInvocationLabels
};

#endif
