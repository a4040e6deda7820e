#ifndef SEL4_SEL4_ARCH_INVOCATION_H
#define SEL4_SEL4_ARCH_INVOCATION_H

enum sel4_arch_invocation_label {
    nSeL4ArchInvocationLabels = nInvocationLabels
};

#endif
