/*
 * What the host tests expect of riscv64's Sv39 page-table entries, written
 * out from the RISC-V privileged specification independently of the
 * kernel's <arch/pte.h>, and the test names of arch_names.h.
 */
#ifndef HOST_ARCH_H
#define HOST_ARCH_H

#include <arch_api.h>
#include "arch_names.h"

#define HOST_RISCV_V 0x01ul
#define HOST_RISCV_R 0x02ul
#define HOST_RISCV_W 0x04ul
#define HOST_RISCV_X 0x08ul
#define HOST_RISCV_U 0x10ul
#define HOST_RISCV_A 0x40ul
#define HOST_RISCV_D 0x80ul

/* The physical page number sits at bit 10. */
static inline pte_t host_riscv_ppn(paddr_t address)
{
    return (address >> 12) << 10;
}

static inline pte_t expected_table_entry(const void *table)
{
    return host_riscv_ppn((word_t)table) | HOST_RISCV_V;
}

/* A frame of size index `size` (4 KiB, 2 MiB, 1 GiB) mapped with `rights`:
 * accessed and dirty, executable unless seL4_RISCV_ExecuteNever. */
static inline pte_t expected_frame_entry(paddr_t frame, word_t size, enum vm_rights rights, word_t attributes)
{
    (void)size;
    pte_t e = host_riscv_ppn(frame) | HOST_RISCV_V | HOST_RISCV_R | HOST_RISCV_A | HOST_RISCV_D;
    e |= attributes & seL4_RISCV_ExecuteNever ? 0 : HOST_RISCV_X;
    e |= rights == vm_read_only ? 0 : HOST_RISCV_W;
    e |= rights == vm_kernel_only ? 0 : HOST_RISCV_U;
    return e;
}

/* For the tests' own walker: an entry of a table at the tests' `level`
 * (tests/host/support/levels.h) that points to a table. */
static inline bool host_entry_is_table(pte_t e, word_t level)
{
    return level < 3 && (e & HOST_RISCV_V) && !(e & (HOST_RISCV_R | HOST_RISCV_W | HOST_RISCV_X));
}

static inline paddr_t host_entry_address(pte_t e)
{
    return ((e & 0x003ffffffffffc00ul) >> 10) << 12;
}

#endif
