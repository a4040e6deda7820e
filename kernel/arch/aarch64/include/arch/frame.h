/* Constants shared by the entry assembly and C (usable from assembly). */
#ifndef ARCH_FRAME_H
#define ARCH_FRAME_H

/* sizeof(struct user_context): 31 registers, SP, PC, SPSR, TPIDR, padding. */
#define CONTEXT_SIZE (36 * 8)

/* What the vector table saw: the first argument of handle_user_trap(). */
#define TRAP_SYNC   0
#define TRAP_IRQ    1
#define TRAP_FIQ    2
#define TRAP_SERROR 3

/* ESR_EL1's exception class starts at this bit; class 0 is an unknown
 * reason, such as an undefined instruction. */
#define ESR_CLASS_SHIFT 26

#endif
