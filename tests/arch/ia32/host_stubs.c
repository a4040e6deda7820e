/*
 * The ia32 hooks the host build of the kernel needs beyond
 * tests/host/support/stubs.c: the boot capability kernel/lib/x86.c gives
 * the root task (the rest of that file drives the CPU).
 */
#include <boot.h>
#include <cnode.h>
#include <sel4/bootinfo_types.h>

void arch_boot_root_caps(cte_t *root_cnode)
{
    cte_insert_original(&root_cnode[seL4_CapIOPortControl], cap_object_new(cap_io_port_control, NULL));
}
