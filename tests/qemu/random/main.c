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

/* The tester's untypeds: four of 4 MiB, or of two large frames, or of the
 * largest frame it makes, whichever is larger; then four of 64 KiB. */
#define MAX(a, b)      ((a) > (b) ? (a) : (b))
#ifdef LARGE_FRAME_X16_OBJECT
#define BIG_UNTYPED    MAX(MAX(22, LARGE_BITS + 1), LARGE_BITS + X16_BITS)
#else
#define BIG_UNTYPED    MAX(22, LARGE_BITS + 1)
#endif
#define SMALL_UNTYPED  16

static unsigned long step;
static seL4_Uint64 state;
unsigned long invocations_checked;

void random_seed(seL4_Word seed)
{
    state = seed * 0x9e3779b97f4a7c15ull + 1;
}

/* A word of the generator's 64-bit output: its high bits, the best ones. */
seL4_Word random_word(void)
{
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return (seL4_Word)((state * 0x2545f4914f6cdd1dull) >> (64 - seL4_WordBits));
}

seL4_Word random_below(seL4_Word n)
{
    return random_word() % n;
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

/* Where the tester cuts its next untyped from: the index of one of the
 * untypeds BootInfo lists, and the lowest address it may take there (0:
 * the untyped's first). */
struct cutting {
    seL4_Word index, next;
};

/* Moves `from` on to the first RAM untyped with room for 2^bits more bytes,
 * from the one it is at on (BootInfo lists the largest first), and
 * `from->next` to where they go. */
static int find_room(const seL4_BootInfo *info, struct cutting *from, seL4_Word bits)
{
    for (; from->index < info->untyped.end - info->untyped.start; from->index++, from->next = 0) {
        const seL4_UntypedDesc *u = &info->untypedList[from->index];
        seL4_Word start = align_down(MAX(from->next, u->paddr) + BIT(bits) - 1, (int)bits);
        if (!u->isDevice && start + BIT(bits) <= u->paddr + BIT(u->sizeBits)) {
            from->next = start;
            return 1;
        }
    }
    return 0;
}

/* The tester's own untypeds, in its slots 0-7, cut from the largest ones
 * BootInfo lists.  Each new one goes right after its boot untyped in the
 * derivation tree, so the last made comes first; the model chains them in
 * that order (none is another's parent, so the order of those cut from
 * different untypeds does not matter). */
static int make_fixed_untypeds(const seL4_BootInfo *info)
{
    struct cutting from = { 0, 0 };
    for (int i = 0; i < FIXED_UNTYPEDS; i++) {
        seL4_Word bits = i < FIXED_UNTYPEDS / 2 ? BIG_UNTYPED : SMALL_UNTYPED;
        if (!find_room(info, &from, bits) ||
            seL4_Untyped_Retype(info->untyped.start + from.index, seL4_UntypedObject, bits, seL4_CapInitThreadCNode,
                                0, 0, slot_cptr(i), 1) != seL4_NoError) {
            return 0;
        }
        int object = new_object(obj_untyped, from.next, bits);
        set_cap(i, object);
        model.slots[i].revocable = model.slots[i].first_badged = 1;
        model.slots[i].next = i == 0 ? NONE : i - 1;
        model.slots[i].prev = i == FIXED_UNTYPEDS - 1 ? NONE : i + 1;
        from.next += BIT(bits);
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
