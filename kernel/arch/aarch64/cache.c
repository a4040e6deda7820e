/*
 * Page cache maintenance by virtual address, for the page cache
 * operations paging.c decodes.
 */
#include <arch/cpu.h>
#include <sel4/invocation.h>

static word_t data_cache_line(void)
{
    word_t ctr;
    SYSREG_READ(ctr_el0, ctr);
    return 4ul << (ctr >> 16 & 0xf);
}

/* The data caches are physically tagged, so the window's alias of the
 * frame reaches the same lines as the user's mapping. */
void arm_maintain_cache(word_t label, word_t start, word_t end)
{
    word_t line = data_cache_line();
    for (word_t a = ALIGN_DOWN(start, word_ctz(line)); a < end; a += line) {
        switch (label) {
        case ARMPageClean_Data: __asm__ volatile("dc cvac, %0" : : "r"(a) : "memory"); break;
        case ARMPageInvalidate_Data: __asm__ volatile("dc ivac, %0" : : "r"(a) : "memory"); break;
        case ARMPageCleanInvalidate_Data: __asm__ volatile("dc civac, %0" : : "r"(a) : "memory"); break;
        default: __asm__ volatile("dc cvau, %0" : : "r"(a) : "memory"); break;
        }
    }
    __asm__ volatile("dsb ish" : : : "memory");
    if (label == ARMPageUnify_Instruction) {
        __asm__ volatile("ic iallu; dsb ish; isb" : : : "memory");
    }
}
