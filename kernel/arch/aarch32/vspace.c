/*
 * aarch32 address spaces on the hardware: TTBR0 holds the current VSpace's
 * page directory, whose slots from KERNEL_ROOT_SLOT on are the kernel's.
 *
 * seL4's ASIDs are 17 bits, the hardware's 8: rather than share out
 * hardware ASIDs, every VSpace runs as hardware ASID 0 (CONTEXTIDR stays
 * 0), and switching VSpaces discards the user entries of the TLB (the
 * kernel's are global and stay).  So the TLB only ever holds the active
 * VSpace's entries, and a flush needs no ASID.
 */
#include <arch/cpu.h>
#include <memory.h>
#include <paging.h>
#include <util.h>

#define HARDWARE_ASID 0

static void tlb_flush_user(void)
{
    __asm__ volatile("dsb ishst" : : : "memory");
    CP15_WRITE(CP15_TLBIASID, HARDWARE_ASID);
    CP15_WRITE(CP15_BPIALL, 0);
    __asm__ volatile("dsb ish; isb" : : : "memory");
}

/* The kernel's slots, the same in every page directory. */
void arch_vspace_root_init(pte_t *root)
{
    word_t slots = BIT(arch_paging.level[0].index_bits) - KERNEL_ROOT_SLOT;
    memcpy(&root[KERNEL_ROOT_SLOT], &kernel_pd[KERNEL_ROOT_SLOT], slots * sizeof(pte_t));
}

/* Without a root, the kernel's own directory: a dead VSpace's memory may
 * be anything by now. */
void arch_vspace_activate(word_t asid, pte_t *root)
{
    (void)asid;
    word_t ttbr0 = kernel_to_phys(root != NULL ? root : kernel_pd) | TTBR_WALK, current;
    CP15_READ(CP15_TTBR0, current);
    if (ttbr0 != current) {
        CP15_WRITE(CP15_TTBR0, ttbr0);
        __asm__ volatile("isb" : : : "memory");
        tlb_flush_user();
    }
}

void arch_tlb_flush_page(word_t asid, pte_t *root, vaddr_t vaddr)
{
    (void)asid;
    (void)root;
    __asm__ volatile("dsb ishst" : : : "memory");
    CP15_WRITE(CP15_TLBIMVA, ALIGN_DOWN(vaddr, PAGE_BITS) | HARDWARE_ASID);
    CP15_WRITE(CP15_BPIALL, 0);
    __asm__ volatile("dsb ish; isb" : : : "memory");
}

void arch_tlb_flush_asid(word_t asid, pte_t *root)
{
    (void)asid;
    (void)root;
    tlb_flush_user();
}
