#include "trace.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "stubs.h"

static char text[1 << 18];
static size_t length;
static bool truncated;
static bool streaming;          /* PAGODA_FUZZ_TRACE=1: straight to stderr */

static void append(const char *fmt, va_list args)
{
    if (length < sizeof(text)) {
        int n = vsnprintf(text + length, sizeof(text) - length, fmt, args);
        length = n < 0 ? length : length + (size_t)n;
    }
    if (length >= sizeof(text)) {
        length = sizeof(text);
        truncated = true;
    }
}

static void print_trace(void)
{
    fprintf(stderr, "---- the root task's system calls and the kernel's output:\n%.*s%s----\n", (int)length, text,
            truncated ? "... (trace truncated)\n" : "");
}

void trace_start(void)
{
    const char *wanted = getenv("PAGODA_FUZZ_TRACE");
    streaming = wanted != NULL && wanted[0] == '1';
    length = 0;
    truncated = false;
}

void trace(const char *fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    if (streaming) {
        vfprintf(stderr, fmt, args);
    } else {
        append(fmt, args);
    }
    va_end(args);
}

/* The console's lines, indented under the call that printed them. */
void trace_console(void)
{
    const char *line = console_text();
    while (*line != '\0') {
        const char *end = line;
        while (*end != '\0' && *end != '\n') {
            end++;
        }
        trace("    | %.*s\n", (int)(end - line), line);
        line = *end == '\n' ? end + 1 : end;
    }
    console_clear();
}

void fail(const char *fmt, ...)
{
    va_list args;
    trace_console();
    if (!streaming) {
        print_trace();
    }
    va_start(args, fmt);
    vfprintf(stderr, fmt, args);
    va_end(args);
    fputc('\n', stderr);
    abort();
}
