/* For the architectures whose caches need nothing after memory is zeroed:
 * x86's CPUs snoop their caches on uncached accesses, and RISC-V has no
 * memory types for a user to choose. */
#include <arch_api.h>
#include <util.h>

void arch_clear_memory(void *memory, word_t bytes)
{
    clear_words(memory, bytes);
}
