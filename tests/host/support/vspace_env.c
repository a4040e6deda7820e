#include <stdlib.h>

#include "vspace_env.h"

pte_t *root_table;
struct asid_pool *pool;
cte_t *vm;
pte_t *tables[LAST_LEVEL + 1];
static pte_t *saved_tables[LAST_LEVEL + 1];

/* The values of a table by frame size: the level-1 frame's only where
 * there is one. */
#if FRAME_SIZES == 3
#define BY_FRAME_SIZE(frame, large, huge) { frame, large, huge }
#else
#define BY_FRAME_SIZE(frame, large, huge) { frame, large }
#endif

const word_t frame_slots[FRAME_SIZES] = BY_FRAME_SIZE(FRAME_SLOT, LARGE_SLOT, HUGE_SLOT);
const word_t frame_levels[FRAME_SIZES] = BY_FRAME_SIZE(3, 2, 1);
const paddr_t frame_paddrs[FRAME_SIZES] = BY_FRAME_SIZE(FRAME_PADDR, LARGE_PADDR, HUGE_PADDR);
const vaddr_t frame_vaddrs[FRAME_SIZES] = BY_FRAME_SIZE(TEST_VADDR, LARGE_VADDR, HUGE_VADDR);

word_t frame_size(word_t level)
{
    word_t size = 0;
    while (size < arch_paging.frame_sizes && arch_paging.frame_bits[size] != ENTRY_BITS(level)) {
        size++;
    }
    assert_true(size < arch_paging.frame_sizes);
    return size;
}

int vspace_env_setup(void **state)
{
    harness_setup(state);
    root_table = test_alloc(TABLE_BITS(ROOT_LEVEL));
    pool = test_alloc(seL4_ASIDPoolBits);
    vm = test_cnode(6);
    asid_table[0] = pool;
    pool->root[TEST_ASID] = root_table;

    cap_t vspace = cap_object_new(cap_vspace, root_table);
    vspace.vspace.asid = TEST_ASID;
    put_cap(&vm[VSPACE_SLOT], vspace);
    memset(tables, 0, sizeof(tables));
    tables[ROOT_LEVEL] = root_table;
    for (word_t level = FIRST_TABLE_LEVEL; level <= LAST_LEVEL; level++) {
        tables[level] = new_table(TABLE_SLOT(level), level);
    }
    for (word_t i = 0; i < FRAME_SIZES; i++) {
        new_frame(frame_slots[i], frame_size(frame_levels[i]), frame_paddrs[i], vm_read_write);
    }
    return 0;
}

void save_tables(void)
{
    for (word_t level = ROOT_LEVEL; level <= LAST_LEVEL; level++) {
        saved_tables[level] = test_alloc(TABLE_BITS(level));
        memcpy(saved_tables[level], tables[level], TABLE_BYTES(level));
    }
}

void assert_tables_unchanged(void)
{
    for (word_t level = ROOT_LEVEL; level <= LAST_LEVEL; level++) {
        assert_memory_equal(tables[level], saved_tables[level], TABLE_BYTES(level));
    }
}

int vspace_env_teardown(void **state)
{
    memset(asid_table, 0, sizeof(asid_table));
    return harness_teardown(state);
}

/* The kernel's table type the tests use for `level`: the one fixed to it,
 * if the architecture has one, else the one whose levels include it. */
static word_t kernel_table_type(word_t level)
{
    word_t kernel_level = KERNEL_LEVEL(level), any = arch_paging.table_types;
    for (word_t t = 0; t < arch_paging.table_types; t++) {
        const struct table_type *type = &arch_paging.table[t];
        if (type->first_level == kernel_level && type->last_level == kernel_level) {
            return t;
        }
        if (type->first_level <= kernel_level && kernel_level <= type->last_level) {
            any = t;
        }
    }
    return any;
}

pte_t *new_table(word_t slot, word_t level)
{
    pte_t *table = test_alloc(TABLE_BITS(level));
    put_cap(&vm[slot], cap_table_new(table, kernel_table_type(level)));
    return table;
}

word_t table_test_level(const cte_t *slot)
{
    word_t level = FIRST_TABLE_LEVEL;
    while (kernel_table_type(level) != slot->cap.table.table_type) {
        level++;
    }
    return level;
}

cte_t *new_frame(word_t slot, word_t size, paddr_t paddr, enum vm_rights rights)
{
    return put_cap(&vm[slot], cap_frame_new((void *)paddr, size, rights, false));
}

cte_t *new_pool_cap(word_t slot, struct asid_pool *memory, word_t base)
{
    cap_t cap = cap_object_new(cap_asid_pool, memory);
    cap.asid_pool.asid_base = base;
    return put_cap(&vm[slot], cap);
}

word_t map_label(const cte_t *slot)
{
    return cap_type(slot->cap) == cap_frame ? PAGE_MAP_LABEL : test_table_types[table_test_level(slot)].map_label;
}

word_t unmap_label(const cte_t *slot)
{
    return cap_type(slot->cap) == cap_frame ? PAGE_UNMAP_LABEL
                                            : test_table_types[table_test_level(slot)].unmap_label;
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

seL4_Error asid_assign(struct invocation *inv, word_t pool_slot, word_t vspace_slot)
{
    return invoke(inv, &vm[pool_slot], ASID_ASSIGN_LABEL, NULL, 0, &vm[vspace_slot]);
}

void map_tables(vaddr_t vaddr, word_t level)
{
    for (word_t l = FIRST_TABLE_LEVEL; l <= level; l++) {
        struct invocation inv;
        assert_int_equal(map_table(&inv, &vm[TABLE_SLOT(l)], &vm[VSPACE_SLOT], vaddr, 0), seL4_NoError);
        assert_no_reply(&inv);
    }
    assert_no_console();
}

void assert_tables_linked(vaddr_t vaddr, word_t level)
{
    for (word_t l = FIRST_TABLE_LEVEL; l <= level; l++) {
        assert_int_equal(tables[l - 1][index_at(vaddr, l - 1)], table_pte(tables[l]));
    }
}

void assert_table_mapped(word_t slot, word_t level, vaddr_t vaddr)
{
    cap_t cap = vm[slot].cap;
    assert_true(cap.table.is_mapped);
    assert_int_equal(cap.table.level, KERNEL_LEVEL(level));
    assert_int_equal(cap.table.asid, TEST_ASID);
    assert_int_equal(cap_table_mapped_address(cap), vaddr);
}

word_t index_at(vaddr_t vaddr, word_t level)
{
    return (vaddr >> ENTRY_BITS(level)) & mask_bits(INDEX_BITS(level));
}

pte_t *entry_at(vaddr_t vaddr, word_t level)
{
    pte_t *table = root_table;
    for (word_t l = ROOT_LEVEL; l < level; l++) {
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
