/* What the fault program (fault.c) and each architecture's own kinds
 * (tests/arch/<arch>/faults.c) share. */
#ifndef FAULTS_H
#define FAULTS_H

#include <sel4/sel4.h>
#include "check.h"

/* The mapping tutorial's address: far from the program's image (which
 * sits in the root's entry 1 on ia32, where entries map 4 MiB), with no
 * paging structures yet on any architecture. */
#define FREE_ADDRESS TUTORIAL_VADDR

/* Maps a fresh 4 KiB frame at `vaddr` with `rights` and the VM
 * `attributes`, and the paging structures it needs (none may exist yet);
 * false if any step fails. */
int map_fresh_page(seL4_Word vaddr, seL4_CapRights_t rights, seL4_Word attributes);

/* A Yield with the stack pointer at `sp`, which must come back unchanged. */
void check_stack_returned(unsigned long sp);

/* The architecture's own kind of fault, chosen by FAULT_<kind>. */
void arch_fault(void);

#endif
