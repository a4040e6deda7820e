#ifndef PRINTF_H
#define PRINTF_H

#include <stdarg.h>
#include <config.h>
#include <types.h>

/* Console output.  %p prints (nil) for 0, as the mapping tutorial's fault
 * report shows. */
void kprintf(const char *fmt, ...) PRINTF_FORMAT(1, 2);
void kvprintf(const char *fmt, va_list args);

/* A kernel bug: report it and power off. */
NORETURN void panic(const char *fmt, ...) PRINTF_FORMAT(1, 2);

#define kassert(cond) \
    do { if (unlikely(!(cond))) panic("assertion failed: %s (%s:%d)", #cond, __FILE__, __LINE__); } while (0)

/*
 * Why the current thread's request was refused, as one console line, in
 * debug builds only:  <<Pagoda [rootserver @0x401b2c] message>>
 */
#if CONFIG_DEBUG_BUILD
void user_error(const char *fmt, ...) PRINTF_FORMAT(1, 2);
#else
static inline PRINTF_FORMAT(1, 2) void user_error(const char *fmt, ...)
{
    (void)fmt;
}
#endif

/*
 * The plain-language line that follows a reason line or a fault report,
 * in debug builds only:  Pagoda: message
 * user_error() sets user_error_pending; explain() clears it.
 */
extern bool user_error_pending;
#if CONFIG_DEBUG_BUILD
void explain(const char *fmt, ...) PRINTF_FORMAT(1, 2);
#else
static inline PRINTF_FORMAT(1, 2) void explain(const char *fmt, ...)
{
    (void)fmt;
}
#endif

#endif
