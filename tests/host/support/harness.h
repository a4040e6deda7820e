/*
 * Shared test support: cmocka, the recording architecture stubs, kernel
 * memory for objects, a current thread, and fake invocations.
 *
 * Assertion helpers are macros so that a failure names the test's line.
 */
#ifndef HARNESS_H
#define HARNESS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include <invocation.h>
#include <thread.h>

#include "host_arch.h"
#include "stubs.h"

/* ---- The architecture hooks (support/stubs.c) ------------------------ */

/* Runs `statement`, which must power the machine off (e.g. by panicking). */
#define expect_power_off(statement)                                     \
    do {                                                                \
        jmp_buf trap_;                                                  \
        power_off_trap = &trap_;                                        \
        if (setjmp(trap_) == 0) {                                       \
            statement;                                                  \
            power_off_trap = NULL;                                      \
            fail_msg("expected a power-off from: %s", #statement);      \
        }                                                               \
        power_off_trap = NULL;                                          \
    } while (0)

/* ---- Console capture -------------------------------------------------- */

/* The console holds exactly `expected`; then it is cleared. */
void assert_console_at(const char *expected, const char *file, int line);
#define assert_console(expected) assert_console_at(expected, __FILE__, __LINE__)
#define assert_no_console() assert_console_at("", __FILE__, __LINE__)

/* The console holds exactly one user_error() line of the test thread,
 * "<<Pagoda [rootserver @0x401b2c] message>>\n"; then it is cleared. */
void assert_user_error_at(const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
#define assert_user_error(...) assert_user_error_at(__FILE__, __LINE__, __VA_ARGS__)

/* ---- Kernel memory ---------------------------------------------------- */

/* A zeroed, naturally aligned block of 2^bits bytes of host memory for the
 * kernel (host_memory.h); freed by test_free_all(). */
void *test_alloc(word_t bits);
void test_free_all(void);

/* Whether `size` bytes at `memory` are all zero. */
bool all_zero(const void *memory, size_t size);

/* ---- The current thread and its IPC buffer ---------------------------- */

#define TEST_THREAD_NAME "rootserver"
#define TEST_PC          0x401b2cul

extern struct tcb test_thread;
extern seL4_IPCBuffer test_ipc_buffer;

/* Makes test_thread current, clears the console, the arch log and the
 * IPC buffer.  Suitable as (part of) a cmocka setup. */
void harness_reset(void);

/* cmocka setup/teardown doing harness_reset() / test_free_all(). */
int harness_setup(void **state);
int harness_teardown(void **state);

/* ---- Fake invocations ------------------------------------------------- */

/*
 * An invocation of `slot` by test_thread: message registers 0..3 go to the
 * thread's registers, the rest to the IPC buffer, as the syscall path
 * would leave them.  `extra` lists extra_count slots.
 */
struct invocation make_invocation(cte_t *slot, word_t label, const word_t *args, word_t length,
                                  cte_t *const *extra, word_t extra_count);

/* Reply message register i (registers, then the IPC buffer). */
word_t reply_mr(const struct invocation *inv, word_t i);

/* The reply has exactly `count` message registers with these values. */
void assert_reply_at(const struct invocation *inv, const word_t *expected, word_t count,
                     const char *file, int line);
#define WORDS(...) ((const word_t[]){ __VA_ARGS__ })
#define assert_reply(inv, ...) \
    assert_reply_at(inv, WORDS(__VA_ARGS__), ARRAY_SIZE(WORDS(__VA_ARGS__)), __FILE__, __LINE__)
#define assert_no_reply(inv) assert_reply_at(inv, NULL, 0, __FILE__, __LINE__)

/* ---- Capabilities ----------------------------------------------------- */

/* `radix` bits of fresh, empty slots. */
cte_t *test_cnode(word_t radix);

/* Puts `cap` in the empty `slot` as an original capability. */
cte_t *put_cap(cte_t *slot, cap_t cap);

#endif
