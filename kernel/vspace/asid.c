#include <vspace.h>

struct asid_pool *asid_table[ASID_POOLS];

word_t *asid_lookup(word_t asid)
{
    struct asid_pool *pool = asid_table[(asid >> seL4_ASIDPoolIndexBits) & (ASID_POOLS - 1)];
    if (asid >= ASID_POOLS * ASID_POOL_ENTRIES || pool == NULL) {
        return NULL;
    }
    return pool->root[asid & (ASID_POOL_ENTRIES - 1)];
}
