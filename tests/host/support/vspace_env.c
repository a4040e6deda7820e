#include <stdlib.h>

#include "vspace_env.h"

pte_t *pml4;
struct asid_pool *pool;
cte_t *vm;
pte_t *pdpt, *pd, *pt;

int vspace_env_setup(void **state)
{
    harness_setup(state);
    pml4 = test_alloc(12);
    pool = test_alloc(seL4_ASIDPoolBits);
    vm = test_cnode(6);
    asid_table[0] = pool;
    pool->root[TEST_ASID] = pml4;

    cap_t vspace = cap_object_new(cap_vspace, pml4);
    vspace.vspace.asid = TEST_ASID;
    put_cap(&vm[VSPACE_SLOT], vspace);
    pdpt = new_table(PDPT_SLOT, 1);
    pd = new_table(PD_SLOT, 2);
    pt = new_table(PT_SLOT, 3);
    new_frame(FRAME_SLOT, 0, FRAME_PADDR, vm_read_write);
    new_frame(LARGE_SLOT, 1, LARGE_PADDR, vm_read_write);
    new_frame(HUGE_SLOT, 2, HUGE_PADDR, vm_read_write);
    return 0;
}

int vspace_env_teardown(void **state)
{
    memset(asid_table, 0, sizeof(asid_table));
    return harness_teardown(state);
}

/* The table type the tests use for `level`: the one fixed to it, if the
 * architecture has one, else the one whose levels include it. */
static word_t test_table_type(word_t level)
{
    word_t any = arch_paging.table_types;
    for (word_t t = 0; t < arch_paging.table_types; t++) {
        const struct table_type *type = &arch_paging.table[t];
        if (type->first_level == level && type->last_level == level) {
            return t;
        }
        if (type->first_level <= level && level <= type->last_level) {
            any = t;
        }
    }
    return any;
}

pte_t *new_table(word_t slot, word_t level)
{
    pte_t *table = test_alloc(12);
    put_cap(&vm[slot], cap_table_new(table, test_table_type(level)));
    return table;
}

word_t table_test_level(const cte_t *slot)
{
    word_t level = 1;
    while (test_table_type(level) != slot->cap.table.table_type) {
        level++;
    }
    return level;
}

cte_t *new_frame(word_t slot, word_t size, paddr_t paddr, enum vm_rights rights)
{
    return put_cap(&vm[slot], cap_frame_new((void *)paddr, size, rights, false));
}

word_t map_label(const cte_t *slot)
{
    static const word_t table_labels[] = { 0, L1_TABLE_MAP_LABEL, L2_TABLE_MAP_LABEL, L3_TABLE_MAP_LABEL };
    return cap_type(slot->cap) == cap_frame ? PAGE_MAP_LABEL : table_labels[table_test_level(slot)];
}

word_t unmap_label(const cte_t *slot)
{
    static const word_t table_labels[] = { 0, L1_TABLE_UNMAP_LABEL, L2_TABLE_UNMAP_LABEL, L3_TABLE_UNMAP_LABEL };
    return cap_type(slot->cap) == cap_frame ? PAGE_UNMAP_LABEL : table_labels[table_test_level(slot)];
}

seL4_Error invoke(struct invocation *inv, cte_t *slot, word_t label, const word_t *args, word_t length,
                  cte_t *extra)
{
    *inv = make_invocation(slot, label, args, length, &extra, extra != NULL ? 1 : 0);
    return decode_vm_invocation(inv);
}

seL4_Error map_table(struct invocation *inv, cte_t *table, cte_t *vspace, vaddr_t vaddr, word_t attr)
{
    const word_t args[] = { vaddr, attr };
    return invoke(inv, table, map_label(table), args, ARRAY_SIZE(args), vspace);
}

seL4_Error map_frame(struct invocation *inv, cte_t *frame, cte_t *vspace, vaddr_t vaddr, word_t rights,
                     word_t attr)
{
    const word_t args[] = { vaddr, rights, attr };
    return invoke(inv, frame, map_label(frame), args, ARRAY_SIZE(args), vspace);
}

seL4_Error unmap(struct invocation *inv, cte_t *slot)
{
    return invoke(inv, slot, unmap_label(slot), NULL, 0, NULL);
}

void map_tables(vaddr_t vaddr, word_t level)
{
    for (word_t l = 1; l <= level; l++) {
        struct invocation inv;
        assert_int_equal(map_table(&inv, &vm[PDPT_SLOT + l - 1], &vm[VSPACE_SLOT], vaddr, 0), seL4_NoError);
        assert_no_reply(&inv);
    }
    assert_no_console();
}

word_t index_at(vaddr_t vaddr, word_t level)
{
    return (vaddr >> (39 - 9 * level)) & 0x1ff;
}

pte_t *entry_at(vaddr_t vaddr, word_t level)
{
    pte_t *table = pml4;
    for (word_t l = 0; l < level; l++) {
        pte_t entry = table[index_at(vaddr, l)];
        if (!host_entry_is_table(entry, l)) {
            return NULL;
        }
        table = (pte_t *)host_entry_address(entry);
    }
    return &table[index_at(vaddr, level)];
}

pte_t table_pte(const void *table)
{
    return expected_table_entry(table);
}

pte_t frame_entry(paddr_t paddr, word_t size, enum vm_rights rights)
{
    return expected_frame_entry(paddr, size, rights, DEFAULT_ATTRIBUTES);
}
