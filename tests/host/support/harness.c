#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "host_memory.h"

struct tcb test_thread;
seL4_IPCBuffer test_ipc_buffer;

/* ---- Console ---------------------------------------------------------- */

void assert_console_at(const char *expected, const char *file, int line)
{
    _assert_string_equal(console_text(), expected, file, line);
    console_clear();
}

void assert_user_error_at(const char *file, int line, const char *fmt, ...)
{
    char message[512], expected[700];
    va_list args;
    va_start(args, fmt);
    vsnprintf(message, sizeof(message), fmt, args);
    va_end(args);
    snprintf(expected, sizeof(expected), "<<Pagoda [%s @%#lx] %s>>\n", TEST_THREAD_NAME, TEST_PC, message);
    assert_console_at(expected, file, line);
}

/* ---- Memory ----------------------------------------------------------- */

void *test_alloc(word_t bits)
{
    void *block = host_alloc(bits);
    assert_non_null(block);
    return block;
}

void test_free_all(void)
{
    host_free_all();
}

bool all_zero(const void *memory, size_t size)
{
    const unsigned char *bytes = memory;
    for (size_t i = 0; i < size; i++) {
        if (bytes[i] != 0) {
            return false;
        }
    }
    return true;
}

/* ---- Thread ----------------------------------------------------------- */

void harness_reset(void)
{
    memset(&test_thread, 0, sizeof(test_thread));
    memset(&test_ipc_buffer, 0, sizeof(test_ipc_buffer));
    thread_set_name(&test_thread, TEST_THREAD_NAME);
    arch_context_init_user(&test_thread.context, TEST_PC, 0);
    test_thread.state = thread_running;
    current_thread = &test_thread;
    power_off_trap = NULL;
    console_clear();
    arch_log_reset();
}

int harness_setup(void **state)
{
    (void)state;
    harness_reset();
    return 0;
}

int harness_teardown(void **state)
{
    (void)state;
    test_free_all();
    return 0;
}

/* ---- Invocations ------------------------------------------------------ */

struct invocation make_invocation(cte_t *slot, word_t label, const word_t *args, word_t length,
                                  cte_t *const *extra, word_t extra_count)
{
    struct invocation inv = {
        .thread = &test_thread,
        .is_call = true,
        .label = label,
        .length = length,
        .buffer = &test_ipc_buffer,
        .slot = slot,
        .extra_count = extra_count,
    };
    assert_true(extra_count <= seL4_MsgMaxExtraCaps);
    for (word_t i = 0; i < extra_count; i++) {
        inv.extra[i] = extra[i];
    }
    for (word_t i = 0; i < length; i++) {
        if (i < ARCH_MSG_REGISTERS) {
            arch_context_set_mr(&test_thread.context, i, args[i]);
        } else {
            test_ipc_buffer.msg[i] = args[i];
        }
    }
    return inv;
}

word_t reply_mr(const struct invocation *inv, word_t i)
{
    return i < ARCH_MSG_REGISTERS ? arch_context_mr(&inv->thread->context, i) : inv->buffer->msg[i];
}

void assert_reply_at(const struct invocation *inv, const word_t *expected, word_t count,
                     const char *file, int line)
{
    _assert_int_equal(inv->reply_length, count, file, line);
    for (word_t i = 0; i < count; i++) {
        _assert_int_equal(reply_mr(inv, i), expected[i], file, line);
    }
}

/* ---- Capabilities ----------------------------------------------------- */

cte_t *test_cnode(word_t radix)
{
    return test_alloc(radix + seL4_SlotBits);
}

cte_t *put_cap(cte_t *slot, cap_t cap)
{
    assert_true(cap_is_null(slot->cap));
    cte_insert_original(slot, cap);
    return slot;
}
