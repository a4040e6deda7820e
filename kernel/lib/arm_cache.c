/*
 * Cache maintenance by virtual address, for both Arm architectures, with
 * the line operations of the architecture's <arch/cache.h>: the page cache
 * operations, and the contract's memory and cache hooks.
 */
#include <arch/cache.h>
#include <arm.h>
#include <util.h>

/* The data caches are physically tagged, so the window's alias of a frame
 * reaches the same lines as a user's mapping of it. */
void arm_maintain_cache(word_t label, word_t start, word_t end)
{
    word_t line = cache_line_size();
    for (word_t a = ALIGN_DOWN(start, word_ctz(line)); a < end; a += line) {
        switch (label) {
        case ARMPageClean_Data: cache_clean_line(a); break;
        case ARMPageInvalidate_Data: cache_invalidate_line(a); break;
        case ARMPageCleanInvalidate_Data: cache_clean_invalidate_line(a); break;
        default: cache_clean_line_to_unification(a); break;
        }
    }
    cache_barrier();
    if (label == ARMPageUnify_Instruction) {
        cache_invalidate_instructions();
    }
}

/* The zeros are cleaned to the point of coherency for a frame a user maps
 * uncached; the table walker needs no cleaning: translation-table walks
 * are cacheable (TTBR's walk attributes), so it reads the data cache. */
void arch_clear_memory(void *memory, word_t bytes)
{
    clear_words(memory, bytes);
    arm_maintain_cache(ARMPageClean_Data, (word_t)memory, (word_t)memory + bytes);
}

void arch_code_written(void *code, word_t bytes)
{
    arm_maintain_cache(ARMPageUnify_Instruction, (word_t)code, (word_t)code + bytes);
}
