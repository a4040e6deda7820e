/* Output only: every stream writes to the kernel's debug console. */
#ifndef _STDIO_H
#define _STDIO_H

#include <stdarg.h>
#include <stddef.h>

typedef struct pagoda_file FILE;

extern FILE *const stdin;
extern FILE *const stdout;
extern FILE *const stderr;

#define EOF (-1)

int printf(const char *restrict fmt, ...) __attribute__((format(printf, 1, 2)));
int fprintf(FILE *restrict stream, const char *restrict fmt, ...) __attribute__((format(printf, 2, 3)));
int sprintf(char *restrict buffer, const char *restrict fmt, ...) __attribute__((format(printf, 2, 3)));
int snprintf(char *restrict buffer, size_t size, const char *restrict fmt, ...)
    __attribute__((format(printf, 3, 4)));
int vprintf(const char *restrict fmt, va_list args);
int vfprintf(FILE *restrict stream, const char *restrict fmt, va_list args);
int vsprintf(char *restrict buffer, const char *restrict fmt, va_list args);
int vsnprintf(char *restrict buffer, size_t size, const char *restrict fmt, va_list args);

int putchar(int c);
int fputc(int c, FILE *stream);
int putc(int c, FILE *stream);
int puts(const char *s);
int fputs(const char *restrict s, FILE *restrict stream);
size_t fwrite(const void *restrict data, size_t size, size_t count, FILE *restrict stream);
int fflush(FILE *stream);

#endif
