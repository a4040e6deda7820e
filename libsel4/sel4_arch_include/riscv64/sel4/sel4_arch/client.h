/* riscv64 has no invocations of its own beyond the RISC-V family's
 * (sel4/arch/client.h). */
#ifndef SEL4_SEL4_ARCH_CLIENT_H
#define SEL4_SEL4_ARCH_CLIENT_H

#endif
