#ifndef SEL4_SEL4_ARCH_CLIENT_H
#define SEL4_SEL4_ARCH_CLIENT_H

/* aarch32 has no invocations beyond the arm family's. */

#endif
