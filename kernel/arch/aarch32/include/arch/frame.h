/* Constants shared by the entry assembly and C (usable from assembly). */
#ifndef ARCH_FRAME_H
#define ARCH_FRAME_H

/* struct user_context, as entry.S saves it: r0..r12, SP and LR of user
 * mode, the PC to resume at and the CPSR (in the order SRS stores them),
 * TPIDRURW, and padding to a multiple of 16 bytes. */
#define CONTEXT_REGISTERS 15
#define CONTEXT_PC        (15 * 4)
#define CONTEXT_CPSR      (16 * 4)
#define CONTEXT_TLS       (17 * 4)
#define CONTEXT_SIZE      (20 * 4)

/* Processor modes (CPSR bits 4..0), and the Thumb state bit. */
#define MODE_USR  0x10
#define MODE_SVC  0x13
#define MODE_MASK 0x1f
#define CPSR_THUMB 0x20

/* TTBR0's table-walk attributes: inner and outer write-back
 * write-allocate, inner shareable (with the multiprocessing extensions). */
#define TTBR_WALK 0x6a

/* What the vector table saw: the first argument of handle_user_trap(). */
#define TRAP_UNDEFINED      0
#define TRAP_SVC            1
#define TRAP_PREFETCH_ABORT 2
#define TRAP_DATA_ABORT     3
#define TRAP_IRQ            4
#define TRAP_FIQ            5
#define TRAP_UNUSED         6       /* reset, or the hypervisor trap vector */

#endif
