#ifndef SEL4_SEL4_ARCH_CLIENT_H
#define SEL4_SEL4_ARCH_CLIENT_H

/* ia32's invocations are the x86 family's (sel4/arch/client.h). */

#endif
