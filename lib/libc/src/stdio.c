#include <format.h>
#include <stdio.h>
#include <string.h>
#include <sel4/sel4.h>

struct pagoda_file {
    int unused;
};

static struct pagoda_file console;

FILE *const stdin = &console;
FILE *const stdout = &console;
FILE *const stderr = &console;

static void emit_console(char c, void *context)
{
    (void)context;
    seL4_DebugPutChar(c);
}

struct buffer {
    char *data;
    size_t size;
    size_t used;
};

/* Keeps what fits, leaving room for the terminating NUL. */
static void emit_buffer(char c, void *context)
{
    struct buffer *b = context;
    if (b->used + 1 < b->size) {
        b->data[b->used] = c;
    }
    b->used++;
}

int vfprintf(FILE *restrict stream, const char *restrict fmt, va_list args)
{
    (void)stream;
    return format(emit_console, NULL, fmt, args);
}

int vprintf(const char *restrict fmt, va_list args)
{
    return vfprintf(stdout, fmt, args);
}

int vsnprintf(char *restrict data, size_t size, const char *restrict fmt, va_list args)
{
    struct buffer b = { data, size, 0 };
    int n = format(emit_buffer, &b, fmt, args);
    if (size > 0) {
        data[b.used < size ? b.used : size - 1] = '\0';
    }
    return n;
}

int vsprintf(char *restrict data, const char *restrict fmt, va_list args)
{
    return vsnprintf(data, (size_t)-1 / 2, fmt, args);
}

#define VARIADIC(call)            \
    va_list args;                 \
    va_start(args, fmt);          \
    int n = call;                 \
    va_end(args);                 \
    return n

int printf(const char *restrict fmt, ...) { VARIADIC(vprintf(fmt, args)); }
int fprintf(FILE *restrict stream, const char *restrict fmt, ...) { VARIADIC(vfprintf(stream, fmt, args)); }
int sprintf(char *restrict data, const char *restrict fmt, ...) { VARIADIC(vsprintf(data, fmt, args)); }
int snprintf(char *restrict data, size_t size, const char *restrict fmt, ...)
{
    VARIADIC(vsnprintf(data, size, fmt, args));
}

int fputc(int c, FILE *stream)
{
    (void)stream;
    seL4_DebugPutChar((char)c);
    return (unsigned char)c;
}

int putc(int c, FILE *stream)
{
    return fputc(c, stream);
}

int putchar(int c)
{
    return fputc(c, stdout);
}

size_t fwrite(const void *restrict data, size_t size, size_t count, FILE *restrict stream)
{
    const char *bytes = data;
    for (size_t i = 0; i < size * count; i++) {
        fputc(bytes[i], stream);
    }
    return count;
}

int fputs(const char *restrict s, FILE *restrict stream)
{
    fwrite(s, 1, strlen(s), stream);
    return 0;
}

int puts(const char *s)
{
    fputs(s, stdout);
    return putchar('\n') == EOF ? EOF : 0;
}

/* The console is unbuffered. */
int fflush(FILE *stream)
{
    (void)stream;
    return 0;
}
