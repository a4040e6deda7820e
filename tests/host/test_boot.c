/*
 * Boot-time memory bookkeeping (kernel/core/boot.c): boot_memory_add()
 * and boot_memory_reserve() region arithmetic, and the panic when the
 * region table overflows; the boot command line's options.
 */
#include "harness.h"
#include <boot.h>
#include <pagoda/abi.h>

#define MAX_CASE_REGIONS 4

struct regions {
    word_t count;
    struct boot_region r[MAX_CASE_REGIONS];
};

static struct boot_memory memory_of(const struct regions *regions)
{
    struct boot_memory memory = { 0 };
    for (word_t i = 0; i < regions->count; i++) {
        boot_memory_add(&memory, regions->r[i].start, regions->r[i].end);
    }
    assert_int_equal(memory.free_count, regions->count);
    return memory;
}

static void assert_regions(const struct boot_memory *memory, const struct regions *expected)
{
    assert_int_equal(memory->free_count, expected->count);
    for (word_t i = 0; i < expected->count; i++) {
        assert_int_equal(memory->free[i].start, expected->r[i].start);
        assert_int_equal(memory->free[i].end, expected->r[i].end);
    }
}

static void test_add_appends_in_order(void **state)
{
    (void)state;
    struct boot_memory memory = { 0 };
    boot_memory_add(&memory, 0x9000, 0xa000);
    boot_memory_add(&memory, 0x1000, 0x2000);
    boot_memory_add(&memory, 0x100000, 0x7fe0000);
    const struct regions expected = { 3, { { 0x9000, 0xa000 }, { 0x1000, 0x2000 }, { 0x100000, 0x7fe0000 } } };
    assert_regions(&memory, &expected);
}

static void test_add_ignores_empty_ranges(void **state)
{
    (void)state;
    struct boot_memory memory = { 0 };
    boot_memory_add(&memory, 0x5000, 0x5000);
    boot_memory_add(&memory, 0x6000, 0x5000);
    assert_int_equal(memory.free_count, 0);
}

struct reserve_case {
    const char *name;
    struct regions before;
    paddr_t start, end;
    struct regions after;
};

#define ONE(s, e)      { 1, { { s, e } } }
#define TWO(a, b, c, d) { 2, { { a, b }, { c, d } } }
#define NONE           { 0, { { 0, 0 } } }

static const struct reserve_case reserve_cases[] = {
    { "middle splits", ONE(0x1000, 0x9000), 0x3000, 0x5000, TWO(0x1000, 0x3000, 0x5000, 0x9000) },
    { "at the start", ONE(0x1000, 0x9000), 0x1000, 0x2000, ONE(0x2000, 0x9000) },
    { "over the start", ONE(0x1000, 0x9000), 0x0, 0x2000, ONE(0x2000, 0x9000) },
    { "at the end", ONE(0x1000, 0x9000), 0x8000, 0x9000, ONE(0x1000, 0x8000) },
    { "over the end", ONE(0x1000, 0x9000), 0x8000, 0xa000, ONE(0x1000, 0x8000) },
    { "exactly", ONE(0x1000, 0x9000), 0x1000, 0x9000, NONE },
    { "around", ONE(0x1000, 0x9000), 0x0, 0x10000, NONE },
    { "before", ONE(0x1000, 0x9000), 0x0, 0x1000, ONE(0x1000, 0x9000) },
    { "after", ONE(0x1000, 0x9000), 0x9000, 0xa000, ONE(0x1000, 0x9000) },
    { "one byte", ONE(0x1000, 0x9000), 0x4000, 0x4001, TWO(0x1000, 0x4000, 0x4001, 0x9000) },
    { "across two regions", TWO(0x1000, 0x3000, 0x5000, 0x9000), 0x2000, 0x6000,
      TWO(0x1000, 0x2000, 0x6000, 0x9000) },
    { "the gap between", TWO(0x1000, 0x3000, 0x5000, 0x9000), 0x3000, 0x5000,
      TWO(0x1000, 0x3000, 0x5000, 0x9000) },
    { "all of the second", TWO(0x1000, 0x3000, 0x5000, 0x9000), 0x4000, 0x9000, ONE(0x1000, 0x3000) },
    { "inside the second", TWO(0x5000, 0x9000, 0x1000, 0x3000), 0x6000, 0x7000,
      { 3, { { 0x5000, 0x6000 }, { 0x7000, 0x9000 }, { 0x1000, 0x3000 } } } },
    { "high memory", ONE(0x100000, 0xfff00000), 0xffe00000, 0xfff00000, ONE(0x100000, 0xffe00000) },
};

static void test_reserve(void **state)
{
    (void)state;
    for (size_t i = 0; i < ARRAY_SIZE(reserve_cases); i++) {
        const struct reserve_case *c = &reserve_cases[i];
        print_message("reserve: %s\n", c->name);
        struct boot_memory memory = memory_of(&c->before);
        boot_memory_reserve(&memory, c->start, c->end);
        assert_regions(&memory, &c->after);
    }
}

static void test_reserve_twice(void **state)
{
    (void)state;
    const struct regions before = ONE(0x0, 0x10000);
    struct boot_memory memory = memory_of(&before);
    boot_memory_reserve(&memory, 0x2000, 0x3000);
    boot_memory_reserve(&memory, 0x8000, 0x9000);
    const struct regions expected = { 3, { { 0x0, 0x2000 }, { 0x3000, 0x8000 }, { 0x9000, 0x10000 } } };
    assert_regions(&memory, &expected);
}

static void fill(struct boot_memory *memory)
{
    for (word_t i = 0; i < MAX_BOOT_REGIONS; i++) {
        boot_memory_add(memory, i * 0x10000, i * 0x10000 + 0x8000);
    }
    assert_int_equal(memory->free_count, MAX_BOOT_REGIONS);
}

static void test_too_many_regions_panics(void **state)
{
    (void)state;
    static struct boot_memory memory;
    harness_reset();
    fill(&memory);
    boot_memory_add(&memory, 0x5000, 0x5000);      /* empty: still fine */
    assert_no_console();
    expect_power_off(boot_memory_add(&memory, 0x1000000, 0x1001000));
    assert_int_equal(arch_log.power_off_count, 1);
    assert_int_equal(arch_log.power_off_status, PAGODA_STATUS_PANIC);
    assert_console("Pagoda panic: too many free memory regions\n");

    /* Splitting a region when the table is full panics the same way. */
    memset(&memory, 0, sizeof(memory));
    fill(&memory);
    expect_power_off(boot_memory_reserve(&memory, 0x2000, 0x3000));
    assert_int_equal(arch_log.power_off_count, 2);
    assert_console("Pagoda panic: too many free memory regions\n");

    /* Reserving without splitting does not. */
    memset(&memory, 0, sizeof(memory));
    fill(&memory);
    boot_memory_reserve(&memory, 0x0, 0x4000);
    assert_int_equal(memory.free_count, MAX_BOOT_REGIONS);
    assert_int_equal(memory.free[0].start, 0x4000);
}

/* Whether the command line sets dump-vspace-at-power-off. */
static bool dumps_at_power_off(const char *command_line)
{
    boot_options = (struct boot_options){ 0 };
    boot_read_options(command_line);
    return boot_options.dump_vspace_at_power_off;
}

static void test_options(void **state)
{
    (void)state;
    assert_true(dumps_at_power_off("dump-vspace-at-power-off"));
    assert_true(dumps_at_power_off("kernel.img dump-vspace-at-power-off"));     /* QEMU's multiboot line */
    assert_true(dumps_at_power_off("a dump-vspace-at-power-off b"));
    assert_false(dumps_at_power_off(""));
    assert_false(dumps_at_power_off("kernel.img"));
    assert_false(dumps_at_power_off("dump-vspace-at-power-offs"));
    assert_false(dumps_at_power_off("no-dump-vspace-at-power-off"));
    assert_false(dumps_at_power_off("dump-vspace-at-power"));
    boot_options = (struct boot_options){ 0 };
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_add_appends_in_order),
        cmocka_unit_test(test_add_ignores_empty_ranges),
        cmocka_unit_test(test_reserve),
        cmocka_unit_test(test_reserve_twice),
        cmocka_unit_test(test_too_many_regions_panics),
        cmocka_unit_test(test_options),
    };
    return cmocka_run_group_tests_name("boot", tests, NULL, NULL);
}
