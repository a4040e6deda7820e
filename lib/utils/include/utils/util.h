/* A subset of seL4's libutils: logging and small helpers. */
#ifndef UTILS_UTIL_H
#define UTILS_UTIL_H

#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <utils/zf_log.h>

#define ARRAY_SIZE(a)     (sizeof(a) / sizeof((a)[0]))
#define MIN(a, b)         ((a) < (b) ? (a) : (b))
#define MAX(a, b)         ((a) > (b) ? (a) : (b))
#define BIT(n)            (1ul << (n))
#define MASK(n)           (BIT(n) - 1ul)
#define ROUND_DOWN(n, b)  (((n) >> (b)) << (b))
#define ROUND_UP(n, b)    ((((n) >> (b)) + (((n) & MASK(b)) != 0)) << (b))
#define IS_ALIGNED(n, b)  (!((n) & MASK(b)))
#define UNUSED            __attribute__((unused))
#define PACKED            __attribute__((packed))
#define NORETURN          __attribute__((noreturn))
#define likely(x)         __builtin_expect(!!(x), 1)
#define unlikely(x)       __builtin_expect(!!(x), 0)

#endif
