/*
 * The aarch32 hooks the host build of the kernel needs beyond
 * tests/host/support/stubs.c: aarch32 has no boot capabilities of its own.
 */
#include <cnode.h>

void arch_boot_root_caps(cte_t *root_cnode)
{
    (void)root_cnode;
}
