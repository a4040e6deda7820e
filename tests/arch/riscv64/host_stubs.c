/*
 * The riscv64 hooks the host build of the kernel needs beyond
 * tests/host/support/stubs.c: riscv64 has no boot capabilities of its own.
 */
#include <cnode.h>
#include "host_arch.h"

void arch_boot_root_caps(cte_t *root_cnode)
{
    (void)root_cnode;
}
