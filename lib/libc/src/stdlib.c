#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <pagoda/syscalls.h>

#define ATEXIT_MAX 32

static void (*exit_handlers[ATEXIT_MAX])(void);
static int exit_handler_count;

extern void (*__fini_array_start[])(void) __attribute__((weak));
extern void (*__fini_array_end[])(void) __attribute__((weak));

int atexit(void (*function)(void))
{
    if (exit_handler_count == ATEXIT_MAX) {
        return -1;
    }
    exit_handlers[exit_handler_count++] = function;
    return 0;
}

_Noreturn void exit(int status)
{
    while (exit_handler_count > 0) {
        exit_handlers[--exit_handler_count]();
    }
    for (void (**f)(void) = __fini_array_end; f != __fini_array_start;) {
        (*--f)();
    }
    _Exit(status);
}

_Noreturn void _Exit(int status)
{
    pagoda_exit((seL4_Word)status);
}

_Noreturn void abort(void)
{
    _Exit(PAGODA_STATUS_ABORT);
}

_Noreturn void __assert_fail(const char *expression, const char *file, int line, const char *function)
{
    fprintf(stderr, "Assertion failed: %s (%s: %s: %d)\n", expression, file, function, line);
    abort();
}

int abs(int x)
{
    return x < 0 ? -x : x;
}

long labs(long x)
{
    return x < 0 ? -x : x;
}
