/*
 * The randomized invocation tester's root task.  Built with RANDOM_SEED,
 * RANDOM_STEPS and CHECK_EVERY: from the seed, it performs RANDOM_STEPS
 * random operations (ops.c), each checked against the model, and every
 * CHECK_EVERY steps asks the kernel to check its invariants and reads
 * every mapping back.  Output, when nothing diverges:
 *
 *     random: seed S, N steps, M invocations checked, no divergence
 *
 * On the first divergence it prints what differed, the seed and step, and
 * the command that replays the run up to that step, then exits with 1.
 */
#include "random.h"
#include <stdio.h>
#include <stdlib.h>
#include <pagoda/syscalls.h>
#include <sel4platsupport/bootinfo.h>

#define BIG_UNTYPED    22       /* four of 4 MiB, then four of 64 KiB */
#define SMALL_UNTYPED  16

static unsigned long step;
static seL4_Word state;
unsigned long invocations_checked;

void random_seed(seL4_Word seed)
{
    state = seed * 0x9e3779b97f4a7c15ul + 1;
}

seL4_Word random64(void)
{
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545f4914f6cdd1dul;
}

seL4_Word random_below(seL4_Word n)
{
    return random64() % n;
}

_Noreturn static void stop(void)
{
    printf("random: divergence at step %lu of seed %lu\n", step, (unsigned long)RANDOM_SEED);
    printf("replay: make soak ARCH=%s SEED=%lu STEPS=%lu\n", ARCH_NAME, (unsigned long)RANDOM_SEED, step);
    exit(1);
}

void trace(const char *operation, seL4_Error expected)
{
    printf("random: step %lu: %s -> %s\n", step, operation, error_name(expected));
}

_Noreturn void diverge(const char *operation, const char *why)
{
    printf("random: %s: %s\n", operation, why);
    stop();
}

_Noreturn void diverge_value(const char *what, seL4_Word vaddr, seL4_Word seen, seL4_Word expected)
{
    printf("random: %s at %#lx gave %#lx, expected %#lx\n", what, vaddr, seen, expected);
    stop();
}

static void check_invariants(void)
{
    seL4_Word violations = pagoda_debug_check_invariants();
    if (violations != 0) {
        printf("random: the kernel's invariant checker reports %lu violation%s\n", violations,
               violations == 1 ? "" : "s");
        stop();
    }
    touch_all();
}

/* The largest untyped of RAM BootInfo lists (it lists the largest first). */
static const seL4_UntypedDesc *largest_untyped(const seL4_BootInfo *info, seL4_CPtr *cptr)
{
    for (seL4_Word i = 0; i < info->untyped.end - info->untyped.start; i++) {
        if (!info->untypedList[i].isDevice) {
            *cptr = info->untyped.start + i;
            return &info->untypedList[i];
        }
    }
    return NULL;
}

/* The tester's own untypeds, in its slots 0-7, cut from the largest one
 * BootInfo lists.  Each new one goes right after the boot untyped in the
 * derivation tree, so the last made comes first. */
static int make_fixed_untypeds(const seL4_BootInfo *info)
{
    seL4_CPtr boot_cptr;
    const seL4_UntypedDesc *boot = largest_untyped(info, &boot_cptr);
    if (boot == NULL || boot->sizeBits < BIG_UNTYPED + 3) {
        return 0;
    }
    seL4_Word next = boot->paddr;
    for (int i = 0; i < FIXED_UNTYPEDS; i++) {
        seL4_Word bits = i < FIXED_UNTYPEDS / 2 ? BIG_UNTYPED : SMALL_UNTYPED;
        next = align_down(next + (1ul << bits) - 1, (int)bits);
        if (seL4_Untyped_Retype(boot_cptr, seL4_UntypedObject, bits, seL4_CapInitThreadCNode, 0, 0, slot_cptr(i),
                                1) != seL4_NoError) {
            return 0;
        }
        int object = new_object(obj_untyped, next, bits);
        set_cap(i, object);
        model.slots[i].revocable = model.slots[i].first_badged = 1;
        model.slots[i].next = i == 0 ? NONE : i - 1;
        model.slots[i].prev = i == FIXED_UNTYPEDS - 1 ? NONE : i + 1;
        next += 1ul << bits;
    }
    return 1;
}

int main(void)
{
    seL4_BootInfo *info = platsupport_get_bootinfo();
    if (info->empty.end - info->empty.start <= SLOTS) {
        printf("random: not enough empty slots\n");
        return 2;
    }
    model_init(info->empty.start);
    model.root_cnode_bits = (int)info->initThreadCNodeSizeBits;
    model.root_empty_end = info->empty.end;
    if (!make_fixed_untypeds(info)) {
        printf("random: cannot make the tester's untypeds\n");
        return 2;
    }
    random_seed(RANDOM_SEED);
    for (step = 1; step <= RANDOM_STEPS; step++) {
        random_step();
        if (step % CHECK_EVERY == 0) {
            check_invariants();
        }
    }
    step = RANDOM_STEPS;
    check_invariants();
    /* Most steps make a checked invocation; far fewer means operations
     * gave up before invoking anything, which would check nothing. */
    if (invocations_checked < RANDOM_STEPS / 2) {
        diverge("the run", "fewer than half the steps made a checked invocation");
    }
    printf("random: seed %lu, %lu steps, %lu invocations checked, no divergence\n", (unsigned long)RANDOM_SEED,
           (unsigned long)RANDOM_STEPS, invocations_checked);
    return 0;
}
