#undef assert

#ifdef NDEBUG
#define assert(expression) ((void)0)
#else
#define assert(expression) \
    ((expression) ? (void)0 : __assert_fail(#expression, __FILE__, __LINE__, __func__))
#endif

#ifndef _ASSERT_H
#define _ASSERT_H

#ifndef __cplusplus
#define static_assert _Static_assert
#endif

/* Prints "Assertion failed: ..." and aborts. */
_Noreturn void __assert_fail(const char *expression, const char *file, int line, const char *function);

#endif
