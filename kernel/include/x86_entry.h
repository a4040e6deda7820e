/*
 * The exception stubs both x86 entries share (entry.S, assembly only).
 * The CPU pushes an error code for vectors 8, 10 to 14, 17, 21, 29 and 30;
 * for the others a stub pushes 0 in its place, so that every trap frame
 * has one.  Then it pushes the vector and goes to the architecture's
 * trap_common.
 */
#ifndef X86_ENTRY_H
#define X86_ENTRY_H

#ifdef __ASSEMBLER__
.macro TRAP vector, has_error_code
trap_\vector:
    .if !\has_error_code
    push $0
    .endif
    push $\vector
    jmp trap_common
.endm

/* The 32 stubs, trap_0 to trap_31. */
.macro TRAP_STUBS
.irp vector, 0,1,2,3,4,5,6,7,9,15,16,18,19,20,22,23,24,25,26,27,28,31
    TRAP \vector, 0
.endr
.irp vector, 8,10,11,12,13,14,17,21,29,30
    TRAP \vector, 1
.endr
.endm

/* trap_stubs: their addresses by vector, each stored with `directive`
 * (.long or .quad, the word). */
.macro TRAP_STUB_TABLE directive
    .global trap_stubs
trap_stubs:
.irp vector, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    \directive trap_\vector
.endr
.endm
#endif

#endif
