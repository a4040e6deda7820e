/* ia32 address spaces: the kernel's part of every page directory.  CR3
 * and the TLB are x86's (kernel/lib/x86.c). */
#include <arch/cpu.h>
#include <memory.h>
#include <util.h>
#include <x86.h>

/* The window's slots are the same 4 MiB pages in every page directory,
 * never user-accessible and never changed after boot. */
void arch_vspace_root_init(pte_t *root)
{
    memcpy(&root[KERNEL_WINDOW_SLOT], &kernel_page_directory[KERNEL_WINDOW_SLOT],
           KERNEL_WINDOW_SLOTS * sizeof(pte_t));
}

paddr_t x86_kernel_root(void)
{
    return kernel_to_phys(kernel_page_directory);
}
