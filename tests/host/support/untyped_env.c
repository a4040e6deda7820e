#include "untyped_env.h"

cte_t *root, *dest;
char *untyped_memory, *device_memory, *boot_ram_memory;

seL4_Error retype(struct invocation *inv, cte_t *untyped, cte_t *node, struct retype_args a)
{
    const word_t args[] = { a.type, a.size_bits, a.index, a.depth, a.offset, a.count };
    *inv = make_invocation(untyped, UntypedRetype, args, ARRAY_SIZE(args), &node, 1);
    return decode_untyped_invocation(inv);
}

int untyped_env_setup(void **state)
{
    harness_setup(state);
    root = test_cnode(8);
    dest = test_cnode(DEST_RADIX);
    untyped_memory = test_alloc(UNTYPED_BITS);
    device_memory = test_alloc(UNTYPED_BITS);
    memset(device_memory, UNTYPED_FILL, 1ul << UNTYPED_BITS);
    boot_ram_memory = test_alloc(UNTYPED_BITS);
    memset(boot_ram_memory, UNTYPED_FILL, 1ul << UNTYPED_BITS);

    put_cap(&root[ROOT_SLOT], cap_cnode_new(root, 8, ROOT_GUARD, 0));
    put_cap(&root[DEST_SLOT], cap_cnode_new(dest, DEST_RADIX, 0, 0));
    put_cap(&root[UNTYPED_SLOT], cap_untyped_new(untyped_memory, UNTYPED_BITS, false, true, 0));
    put_cap(&root[ENDPOINT_SLOT], cap_object_new(cap_endpoint, test_alloc(seL4_EndpointBits)));
    put_cap(&root[DEVICE_SLOT], cap_untyped_new(device_memory, UNTYPED_BITS, true, false, 0));
    put_cap(&root[ALIAS_SLOT], cap_cnode_new(root, 8, 0, 0));
    put_cap(&root[BOOT_RAM_SLOT], cap_untyped_new(boot_ram_memory, UNTYPED_BITS, false, false, 0));
    return 0;
}
