/*
 * The aarch64 hooks the host build of the kernel needs beyond
 * tests/host/support/stubs.c: aarch64 has no boot capabilities of its own,
 * and its page cache operations only record what they were asked.
 */
#include <arm.h>
#include <cnode.h>
#include "host_arch.h"

struct cache_operation last_cache_operation;

void arch_boot_root_caps(cte_t *root_cnode)
{
    (void)root_cnode;
}

void arm_maintain_cache(word_t label, word_t start, word_t end)
{
    last_cache_operation = (struct cache_operation){ label, start, end };
}
