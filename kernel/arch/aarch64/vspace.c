/*
 * aarch64 address spaces on the hardware: TTBR0_EL1 holds the current
 * VSpace root with its ASID, which tags every non-global TLB entry; the
 * kernel's window, in TTBR1_EL1, never changes.  seL4's 16-bit ASIDs are
 * the hardware's, so an address space keeps its TLB entries while others
 * run, and losing its ASID (asid_release) flushes them.
 */
#include <arch/cpu.h>
#include <memory.h>
#include <paging.h>

#define TTBR_ASID_SHIFT 48

/* User roots hold no kernel entries: TTBR1 translates the kernel. */
void arch_vspace_root_init(pte_t *root)
{
    (void)root;
}

/* Without a root, ASID 0 (never assigned): a dead VSpace's ASID may name
 * another VSpace by now, whose TLB entries it would reach. */
void arch_vspace_activate(word_t asid, pte_t *root)
{
    word_t ttbr0 = root != NULL ? kernel_to_phys(root) | asid << TTBR_ASID_SHIFT : kernel_to_phys(empty_user_root);
    SYSREG_WRITE(ttbr0_el1, ttbr0);
    __asm__ volatile("isb" : : : "memory");
}

void arch_tlb_flush_page(word_t asid, pte_t *root, vaddr_t vaddr)
{
    (void)root;
    word_t operand = asid << TTBR_ASID_SHIFT | (vaddr >> PAGE_BITS & mask_bits(44));
    __asm__ volatile("dsb ishst; tlbi vae1is, %0; dsb ish; isb" : : "r"(operand) : "memory");
}

void arch_tlb_flush_asid(word_t asid, pte_t *root)
{
    (void)root;
    __asm__ volatile("dsb ishst; tlbi aside1is, %0; dsb ish; isb" : : "r"(asid << TTBR_ASID_SHIFT) : "memory");
}
