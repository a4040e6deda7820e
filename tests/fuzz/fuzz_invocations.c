/*
 * libFuzzer target: the root task makes system calls decoded from the
 * input, through the kernel's own entry (handle_syscall) and invocation
 * decoders, and the kernel's invariant checker runs after each one.
 *
 * Every input boots a fresh system (tests/host/support/root_task_env.c)
 * and is read as system calls until it ends, each one as:
 *
 *   op      byte    the invocation: templates[op % count] below
 *   shape   byte    bits 0-2: the system call (0-4 Call, 5 Send, 6 NBSend,
 *                   7 another, which the next byte picks); bits 3-4: the
 *                   message length (0, 1 the invocation's; 2 shorter, by
 *                   the next byte; 3 the next byte); bits 5-6: how many
 *                   extra capabilities (0, 1 the invocation's; 2 one fewer;
 *                   3 the next byte, mod 4); bit 7: a 2-byte label follows,
 *                   used instead of the invocation's
 *   cptr    value   the invoked capability (choose_cap in cspace.h)
 *   extras  values  the extra capabilities, in order
 *   args    values  the message words, by the invocation's argument kinds
 *                   (input.h, cspace.h)
 *
 * An input fails if the kernel panics, a sanitizer reports anything, or
 * check_invariants() finds a violation.  When the root task stops (a
 * fault, a blocking receive), the machine would power off, no thread being
 * left; the fuzzer makes the thread runnable again instead, as a fault
 * handler would, and goes on.  The input ends early when the root task
 * exits, or when its CSpace no longer reaches every capability (say, a
 * CNode's only capability was moved into the CNode itself): the checker,
 * seeing only what the CSpace reaches, can then check only in part.
 */
#include <stdio.h>

#include <invariants.h>
#include <pagoda/abi.h>
#include <sel4/constants.h>
#include <sel4/invocation.h>
#include <sel4/syscall.h>

#include "arch_names.h"
#include "cspace.h"
#include "input.h"
#include "root_task_env.h"
#include "stubs.h"
#include "trace.h"

/* ---- What each invocation takes ------------------------------------------------ */

enum arg_kind {
    arg_none,
    arg_vaddr,
    arg_rights,
    arg_attributes,
    arg_cap_data,
    arg_object_type,
    arg_size_bits,
    arg_object_count,
    arg_empty_slot,         /* two words: index, depth */
    arg_full_slot,          /* two words: index, depth */
    arg_retype_dest,        /* three words: index, depth, offset */
};

/* The CNode capability a slot argument's (index, depth) is resolved in. */
enum via {
    via_invoked,
    via_extra0,
    via_extra1,
};

struct arg {
    enum arg_kind kind;
    enum via via;           /* slot arguments */
    enum cap_want want;     /* full slots: what they should hold */
};

#define MAX_TEMPLATE_ARGS 5
#define MAX_TEMPLATE_EXTRAS 2

struct template {
    const char *name;
    word_t label;
    enum cap_want invoked;
    struct arg args[MAX_TEMPLATE_ARGS];
    word_t extra_count;
    enum cap_want extra[MAX_TEMPLATE_EXTRAS];
};

#define ARG(kind)             { arg_##kind, via_invoked, want_any }
#define SLOT(kind, via, want) { arg_##kind, via_##via, want_##want }
#define INVOCATION(label_, invoked_) .name = #label_, .label = label_, .invoked = want_##invoked_
#define ARGS(...)             .args = { __VA_ARGS__ }
#define EXTRAS(...)           .extra_count = ARRAY_SIZE(((enum cap_want[]){ __VA_ARGS__ })), .extra = { __VA_ARGS__ }

/* The order is part of the input format: make-corpus reads it from here. */
static const struct template templates[] = {
    { INVOCATION(UntypedRetype, untyped),
      ARGS(ARG(object_type), ARG(size_bits), SLOT(retype_dest, extra0, any), ARG(object_count)), EXTRAS(want_cnode) },
    { INVOCATION(CNodeRevoke, cnode), ARGS(SLOT(full_slot, invoked, any)) },
    { INVOCATION(CNodeDelete, cnode), ARGS(SLOT(full_slot, invoked, any)) },
    { INVOCATION(CNodeCancelBadgedSends, cnode), ARGS(SLOT(full_slot, invoked, endpoint)) },
    { INVOCATION(CNodeCopy, cnode),
      ARGS(SLOT(empty_slot, invoked, any), SLOT(full_slot, extra0, any), ARG(rights)), EXTRAS(want_cnode) },
    { INVOCATION(CNodeMint, cnode),
      ARGS(SLOT(empty_slot, invoked, any), SLOT(full_slot, extra0, any), ARG(rights), ARG(cap_data)),
      EXTRAS(want_cnode) },
    { INVOCATION(CNodeMove, cnode), ARGS(SLOT(empty_slot, invoked, any), SLOT(full_slot, extra0, any)),
      EXTRAS(want_cnode) },
    { INVOCATION(CNodeMutate, cnode),
      ARGS(SLOT(empty_slot, invoked, any), SLOT(full_slot, extra0, any), ARG(cap_data)), EXTRAS(want_cnode) },
    { INVOCATION(CNodeRotate, cnode),
      ARGS(SLOT(empty_slot, invoked, any), ARG(cap_data), SLOT(full_slot, extra0, any), ARG(cap_data),
           SLOT(full_slot, extra1, any)),
      EXTRAS(want_cnode, want_cnode) },
    { INVOCATION(CNodeSaveCaller, cnode), ARGS(SLOT(empty_slot, invoked, any)) },
/* Only where a level-1 table goes below the root (make-corpus knows). */
#if FIRST_TABLE_LEVEL == 1
    { INVOCATION(L1_TABLE_MAP_LABEL, l1_table), ARGS(ARG(vaddr), ARG(attributes)), EXTRAS(want_live_vspace) },
    { INVOCATION(L1_TABLE_UNMAP_LABEL, l1_table) },
#endif
/* Only where a level-2 table goes below the root (make-corpus knows). */
#if FIRST_TABLE_LEVEL <= 2
    { INVOCATION(L2_TABLE_MAP_LABEL, l2_table), ARGS(ARG(vaddr), ARG(attributes)), EXTRAS(want_live_vspace) },
    { INVOCATION(L2_TABLE_UNMAP_LABEL, l2_table) },
#endif
    { INVOCATION(L3_TABLE_MAP_LABEL, l3_table), ARGS(ARG(vaddr), ARG(attributes)), EXTRAS(want_live_vspace) },
    { INVOCATION(L3_TABLE_UNMAP_LABEL, l3_table) },
    { INVOCATION(PAGE_MAP_LABEL, frame), ARGS(ARG(vaddr), ARG(rights), ARG(attributes)),
      EXTRAS(want_live_vspace) },
    { INVOCATION(PAGE_UNMAP_LABEL, frame) },
    { INVOCATION(PAGE_GET_ADDRESS_LABEL, frame) },
    { INVOCATION(ASID_MAKE_POOL_LABEL, asid_control), ARGS(SLOT(empty_slot, extra1, any)),
      EXTRAS(want_pool_untyped, want_cnode) },
    { INVOCATION(ASID_ASSIGN_LABEL, asid_pool), EXTRAS(want_new_vspace) },
};

static word_t arg_words(enum arg_kind kind)
{
    switch (kind) {
    case arg_none: return 0;
    case arg_empty_slot:
    case arg_full_slot: return 2;
    case arg_retype_dest: return 3;
    default: return 1;
    }
}

static word_t template_words(const struct template *t)
{
    word_t words = 0;
    for (unsigned i = 0; i < MAX_TEMPLATE_ARGS; i++) {
        words += arg_words(t->args[i].kind);
    }
    return words;
}

/* ---- One system call, decoded -------------------------------------------------- */

struct syscall_kind {
    word_t number;
    const char *name;
};

/* The system calls besides Call, Send and NBSend (shape 7). */
static const struct syscall_kind other_syscalls[] = {
    { (word_t)seL4_SysRecv, "Recv" },
    { (word_t)seL4_SysNBRecv, "NBRecv" },
    { (word_t)seL4_SysReplyRecv, "ReplyRecv" },
    { (word_t)seL4_SysReply, "Reply" },
    { (word_t)seL4_SysYield, "Yield" },
    { (word_t)seL4_SysDebugPutChar, "DebugPutChar" },
    { (word_t)seL4_SysDebugNameThread, "DebugNameThread" },
    { (word_t)seL4_SysDebugHalt, "DebugHalt (not implemented)" },
    { (word_t)PagodaSysDebugDumpVSpace, "DebugDumpVSpace" },
    { (word_t)PagodaSysDebugCheckInvariants, "DebugCheckInvariants" },
    { (word_t)PagodaSysExit, "Exit" },
};

static const struct syscall_kind call = { (word_t)seL4_SysCall, "Call" };
static const struct syscall_kind send = { (word_t)seL4_SysSend, "Send" };
static const struct syscall_kind nb_send = { (word_t)seL4_SysNBSend, "NBSend" };

struct call {
    const struct template *template;
    const struct syscall_kind *syscall;
    cptr_t cptr;
    word_t label;
    word_t length;
    word_t extra_count;
    cptr_t extra[seL4_MsgMaxExtraCaps];
    word_t words[seL4_MsgMaxLength];    /* the arguments; zero beyond them */
    word_t word_count;
};

static const struct syscall_kind *choose_syscall(struct input *in, unsigned choice)
{
    switch (choice) {
    case 5: return &send;
    case 6: return &nb_send;
    case 7: return &other_syscalls[take_byte(in) % ARRAY_SIZE(other_syscalls)];
    default: return &call;
    }
}

static word_t choose_length(struct input *in, unsigned choice, word_t words)
{
    switch (choice) {
    case 2: return words == 0 ? 0 : words - 1 - take_byte(in) % words;
    case 3: return take_byte(in) & 0x7f;
    default: return words;
    }
}

static word_t choose_extra_count(struct input *in, unsigned choice, word_t count)
{
    switch (choice) {
    case 2: return count == 0 ? 0 : count - 1;
    case 3: return take_byte(in) % (seL4_MsgMaxExtraCaps + 1);
    default: return count;
    }
}

/* The capability a slot argument goes through (cspace.h falls back on the
 * root CNode when it is no CNode). */
static cap_t cnode_via(const struct call *c, enum via via)
{
    if (via == via_invoked) {
        return cap_at(c->cptr);
    }
    word_t i = via == via_extra0 ? 0 : 1;
    return i < c->extra_count ? cap_at(c->extra[i]) : cap_null_new();
}

static void add_word(struct call *c, word_t word)
{
    c->words[c->word_count++] = word;
}

static void add_arg(struct input *in, struct call *c, const struct arg *a)
{
    cap_t cnode = cnode_via(c, a->via);
    struct slot_address slot;
    struct retype_dest dest;
    switch (a->kind) {
    case arg_none: break;
    case arg_vaddr: add_word(c, choose_vaddr(in)); break;
    case arg_rights: add_word(c, choose_rights(in)); break;
    case arg_attributes: add_word(c, choose_attributes(in)); break;
    case arg_cap_data: add_word(c, choose_cap_data(in)); break;
    case arg_object_type: add_word(c, choose_object_type(in)); break;
    case arg_size_bits: add_word(c, choose_size_bits(in)); break;
    case arg_object_count: add_word(c, choose_object_count(in)); break;
    case arg_empty_slot:
    case arg_full_slot:
        slot = choose_slot(in, cnode, a->kind == arg_empty_slot, a->want);
        add_word(c, slot.index);
        add_word(c, slot.depth);
        break;
    case arg_retype_dest:
        dest = choose_retype_dest(in, cnode);
        add_word(c, dest.index);
        add_word(c, dest.depth);
        add_word(c, dest.offset);
        break;
    }
}

static void decode_call(struct input *in, struct call *c)
{
    *c = (struct call){ .template = &templates[take_byte(in) % ARRAY_SIZE(templates)] };
    const struct template *t = c->template;
    uint8_t shape = take_byte(in);
    c->syscall = choose_syscall(in, shape & 7);
    c->length = choose_length(in, (shape >> 3) & 3, template_words(t));
    c->extra_count = choose_extra_count(in, (shape >> 5) & 3, t->extra_count);
    c->label = shape & 0x80 ? take_bytes(in, 2) : t->label;
    c->cptr = choose_cap(in, t->invoked);
    for (word_t i = 0; i < c->extra_count; i++) {
        c->extra[i] = choose_cap(in, i < t->extra_count ? t->extra[i] : want_any);
    }
    for (unsigned i = 0; i < MAX_TEMPLATE_ARGS; i++) {
        add_arg(in, c, &t->args[i]);
    }
}

/* ---- Running it ----------------------------------------------------------------- */

static bool is_invocation(const struct call *c)
{
    return c->syscall == &call || c->syscall == &send || c->syscall == &nb_send;
}

static void trace_call(unsigned n, const struct call *c)
{
    trace("#%u %s cptr %#lx", n, c->syscall->name, c->cptr);
    if (!is_invocation(c)) {
        return;
    }
    trace(" ");
    if (c->label == c->template->label) {
        trace("%s", c->template->name);
    } else {
        trace("label %lu", c->label);
    }
    trace(" length %lu (", c->length);
    for (word_t i = 0; i < c->length && i < seL4_MsgMaxLength; i++) {
        trace(i == 0 ? "%#lx" : " %#lx", c->words[i]);
    }
    trace(") extra caps (");
    for (word_t i = 0; i < c->extra_count; i++) {
        trace(i == 0 ? "%#lx" : " %#lx", c->extra[i]);
    }
    trace(")");
}

/* Makes the call; false if the machine powered off. */
static bool perform(const struct call *c)
{
    for (word_t i = 0; i < c->length && i < seL4_MsgMaxLength; i++) {
        root_task_set_mr(i, c->words[i]);
    }
    for (word_t i = 0; i < c->extra_count; i++) {
        root_task_set_extra_cap(i, c->extra[i]);
    }
    return root_task_syscall(c->syscall->number, c->cptr,
                             seL4_MessageInfo_new(c->label, 0, c->extra_count, c->length));
}

static const char *const error_names[seL4_NumErrors] = {
    "NoError", "InvalidArgument", "InvalidCapability", "IllegalOperation", "RangeError",
    "AlignmentError", "FailedLookup", "TruncatedMessage", "DeleteFirst", "RevokeFirst", "NotEnoughMemory",
};

static void trace_outcome(const struct call *c, bool resumed, struct tcb *thread)
{
    seL4_MessageInfo_t reply = { { arch_context_info(&thread->context) } };
    word_t error = seL4_MessageInfo_get_label(reply);
    if (!resumed) {
        trace(" -> power-off, status %lu\n", arch_log.power_off_status);
    } else if (c->syscall == &call && thread->state == thread_running && error < seL4_NumErrors) {
        trace(" -> %s\n", error_names[error]);
    } else {
        trace("\n");
    }
    trace_console();
}

/* False if the check was incomplete. */
static bool check(struct tcb *thread, const char *when)
{
    bool complete;
    if (check_invariants(thread, &complete) != 0) {
        fail("pagoda fuzz: invariant violated %s", when);
    }
    return complete;
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Boots once before any input, so that the machine's memory is reserved up
 * front: libFuzzer runs again any input that allocates more than it frees,
 * to look for leaks. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    root_task_boot();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct input in = { data, size, 0 };
    const struct root_task *rt = root_task_boot();
    cspace_use(rt);
    forget_vaddrs();
    trace_start();
    if (!check(rt->thread, "after boot")) {
        fail("pagoda fuzz: boot left capabilities the root task cannot reach");
    }

    for (unsigned n = 0; input_left(&in); n++) {
        struct call c;
        decode_call(&in, &c);
        trace_call(n, &c);
        bool resumed = perform(&c);
        trace_outcome(&c, resumed, rt->thread);
        if (!resumed && arch_log.power_off_status == PAGODA_STATUS_PANIC) {
            fail("pagoda fuzz: the kernel panicked in system call #%u", n);
        }
        char when[64];
        snprintf(when, sizeof(when), "after system call #%u", n);
        if (!check(rt->thread, when)) {
            trace_console();
            trace("the CSpace no longer reaches every capability; stop\n");
            break;
        }
        if (!resumed && arch_log.power_off_status != PAGODA_STATUS_NO_THREADS) {
            break;
        }
        if (!resumed) {
            trace("    (the root task is made runnable again)\n");
            rt->thread->state = thread_running;
        }
    }
    return 0;
}
