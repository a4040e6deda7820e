#ifndef SEL4_SEL4_ARCH_INVOCATION_H
#define SEL4_SEL4_ARCH_INVOCATION_H

/* ia32 has no invocations of its own: the x86 family's follow directly. */
enum sel4_arch_invocation_label {
    nSeL4ArchInvocationLabels = nInvocationLabels
};

#endif
