/*
 * The x86_64 hooks the host build of the kernel needs beyond
 * tests/host/support/stubs.c: what kernel/arch/x86_64/boot.c would do.
 */
#include <boot.h>
#include <cnode.h>
#include <sel4/bootinfo_types.h>

void arch_boot_root_caps(cte_t *root_cnode)
{
    cte_insert_original(&root_cnode[seL4_CapIOPortControl], cap_object_new(cap_io_port_control, NULL));
}
