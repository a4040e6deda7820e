/*
 * printf-style formatting, shared by the kernel and the user C library.
 *
 * Supports the flags - 0 + space #, field width and precision (numbers or
 * *), the length modifiers hh h l ll z j t, and the conversions
 * d i u o x X c s p %.  %p prints "(nil)" for a null pointer and 0x<hex>
 * otherwise.  There is no floating point.
 */
#ifndef FORMAT_H
#define FORMAT_H

#include <stdarg.h>

typedef void (*format_emit_fn)(char c, void *context);

/* Formats `fmt` with `args`, passing each character to `emit`; returns how
 * many characters were emitted. */
int format(format_emit_fn emit, void *context, const char *fmt, va_list args);

#endif
