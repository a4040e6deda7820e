/* x86_64 address spaces: the kernel's part of every PML4.  CR3 and the TLB
 * are x86's (kernel/lib/x86.c). */
#include <arch/cpu.h>
#include <memory.h>

void arch_vspace_root_init(pte_t *root)
{
    root[KERNEL_PML4_SLOT] = kernel_pml4[KERNEL_PML4_SLOT];
}

paddr_t x86_kernel_root(void)
{
    return (word_t)kernel_pml4 - KERNEL_IMAGE_BASE;
}
