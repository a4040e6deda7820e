/*
 * The aarch32 hooks the host build of the kernel needs beyond
 * tests/host/support/stubs.c: aarch32 has no boot capabilities of its own,
 * and its page cache operations only touch the hardware's caches.
 */
#include <arm.h>
#include <cnode.h>

void arch_boot_root_caps(cte_t *root_cnode)
{
    (void)root_cnode;
}

void arm_maintain_cache(word_t label, word_t start, word_t end)
{
    (void)label;
    (void)start;
    (void)end;
}
