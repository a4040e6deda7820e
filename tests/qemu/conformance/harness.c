#include "harness.h"
#include <stdio.h>
#include <string.h>
#include <pagoda/syscalls.h>
#include <sel4platsupport/bootinfo.h>

extern const struct conformance_case __start_conformance_cases[], __stop_conformance_cases[];

static const struct conformance_case *running;
static char failure[240];

void fail_case(const char *why)
{
    if (failure[0] == '\0') {
        snprintf(failure, sizeof(failure), "%s", why);
    }
}

void expect(seL4_Error got, struct outcome want)
{
    const char *why = outcome_differs(got, want);
    if (why != NULL) {
        fail_case(why);
    }
}

void expect_true(int holds, const char *what, int line)
{
    char why[200];
    if (!holds) {
        snprintf(why, sizeof(why), "%s does not hold (line %d)", what, line);
        fail_case(why);
    }
}

void expect_missing_table(seL4_Error got, seL4_Word bits)
{
    expect(got, MISSING(bits));
    EXPECT(seL4_MappingFailedLookupLevel() == bits);
}

/* ---- Running ------------------------------------------------------------- */

/* The shared cases first, then the architecture's; each in name order. */
static int in_order(const struct conformance_case *a, const struct conformance_case *b)
{
    return a->is_arch_case != b->is_arch_case ? a->is_arch_case - b->is_arch_case : strcmp(a->name, b->name);
}

int main(void)
{
    static const struct conformance_case *cases[1024];
    size_t count = (size_t)(__stop_conformance_cases - __start_conformance_cases);
    int passed = 0, failed = 0;

    bootinfo = platsupport_get_bootinfo();
    for (size_t i = 0; i < count && i < ARRAY_SIZE(cases); i++) {
        size_t at = i;
        for (; at > 0 && in_order(cases[at - 1], &__start_conformance_cases[i]) > 0; at--) {
            cases[at] = cases[at - 1];
        }
        cases[at] = &__start_conformance_cases[i];
    }
    for (size_t i = 0; i < count && i < ARRAY_SIZE(cases); i++) {
        running = cases[i];
        failure[0] = '\0';
        running->run();
        if (pagoda_debug_check_invariants() != 0) {
            fail_case("the kernel's invariants do not hold afterwards");
        }
        if (failure[0] == '\0') {
            passed++;
            printf("ok %s - %s\n", running->name, running->description);
        } else {
            failed++;
            printf("not ok %s - %s: %s\n", running->name, running->description, failure);
        }
    }
    printf("# conformance: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}

void map_and_read_back(seL4_CPtr frame, seL4_Word vaddr, seL4_Word at, seL4_Word value)
{
    printf("Page_Map: %s\n", error_name(page_map(frame, VSPACE, vaddr, seL4_ReadWrite, 0)));
    poke(at, value);
    printf("read 0x%lx: %lu\n", at, peek(at));
}
