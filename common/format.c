#include <format.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct output {
    format_emit_fn emit;
    void *context;
    int count;
};

struct spec {
    bool left, zero, plus, space, alt;
    int width;
    int precision;          /* -1: none given */
    char length;            /* 'H' hh, 'h', 'l', 'L' ll, 'z', 'j', 't', or 0 */
};

static void put(struct output *out, char c)
{
    out->emit(c, out->context);
    out->count++;
}

static void put_repeated(struct output *out, char c, int n)
{
    while (n-- > 0) {
        put(out, c);
    }
}

static int string_length(const char *s, int limit)
{
    int n = 0;
    while ((limit < 0 || n < limit) && s[n] != '\0') {
        n++;
    }
    return n;
}

/* Emits prefix, `zeros` zeros and body, padded to the field width. */
static void put_field(struct output *out, const struct spec *spec, const char *prefix,
                      int zeros, const char *body, int body_len)
{
    int prefix_len = string_length(prefix, -1);
    int pad = spec->width - (prefix_len + zeros + body_len);
    if (!spec->left && !spec->zero) {
        put_repeated(out, ' ', pad);
    }
    for (int i = 0; i < prefix_len; i++) {
        put(out, prefix[i]);
    }
    if (!spec->left && spec->zero) {
        put_repeated(out, '0', pad);
    }
    put_repeated(out, '0', zeros);
    for (int i = 0; i < body_len; i++) {
        put(out, body[i]);
    }
    if (spec->left) {
        put_repeated(out, ' ', pad);
    }
}

/* Divides *value by `base` (at most 16) and returns the remainder, 16 bits
 * at a time: 32-bit machines have no instruction that divides a uintmax_t,
 * and the kernel links no compiler library that would. */
static unsigned divide(uintmax_t *value, unsigned base)
{
    uintmax_t quotient = 0;
    unsigned remainder = 0;
    for (int shift = (int)sizeof(*value) * 8 - 16; shift >= 0; shift -= 16) {
        unsigned part = remainder << 16 | (unsigned)(*value >> shift & 0xffff);
        quotient = quotient << 16 | part / base;
        remainder = part % base;
    }
    *value = quotient;
    return remainder;
}

/* A number: `sign` is '-' for a negative signed value, 0 for unsigned
 * conversions (which ignore the + and space flags), '+' otherwise. */
static void put_number(struct output *out, struct spec *spec, uintmax_t value, char sign,
                       unsigned base, bool upper)
{
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char buffer[sizeof(uintmax_t) * 3];
    int len = 0;
    char prefix[3] = "";
    bool nonzero = value != 0;

    if (!(value == 0 && spec->precision == 0)) {
        do {
            buffer[sizeof(buffer) - ++len] = digits[divide(&value, base)];
        } while (value != 0);
    }
    if (sign == '-') {
        prefix[0] = '-';
    } else if (sign == '+' && spec->plus) {
        prefix[0] = '+';
    } else if (sign == '+' && spec->space) {
        prefix[0] = ' ';
    }
    if (spec->alt && base == 16 && nonzero) {
        prefix[0] = '0';
        prefix[1] = upper ? 'X' : 'x';
    }
    int zeros = spec->precision > len ? spec->precision - len : 0;
    if (spec->alt && base == 8 && zeros == 0 && (len == 0 || buffer[sizeof(buffer) - len] != '0')) {
        zeros = 1;
    }
    if (spec->precision >= 0) {
        spec->zero = false;
    }
    put_field(out, spec, prefix, zeros, buffer + sizeof(buffer) - len, len);
}

static uintmax_t unsigned_argument(const struct spec *spec, va_list *args)
{
    switch (spec->length) {
    case 'H': return (unsigned char)va_arg(*args, unsigned int);
    case 'h': return (unsigned short)va_arg(*args, unsigned int);
    case 'l': return va_arg(*args, unsigned long);
    case 'L': return va_arg(*args, unsigned long long);
    case 'z': return va_arg(*args, size_t);
    case 'j': return va_arg(*args, uintmax_t);
    case 't': return (size_t)va_arg(*args, ptrdiff_t);     /* the unsigned type of ptrdiff_t's width */
    default: return va_arg(*args, unsigned int);
    }
}

static intmax_t signed_argument(const struct spec *spec, va_list *args)
{
    switch (spec->length) {
    case 'H': return (signed char)va_arg(*args, int);
    case 'h': return (short)va_arg(*args, int);
    case 'l': return va_arg(*args, long);
    case 'L': return va_arg(*args, long long);
    case 'z': return va_arg(*args, ptrdiff_t);     /* the signed type of size_t's width */
    case 'j': return va_arg(*args, intmax_t);
    case 't': return va_arg(*args, ptrdiff_t);
    default: return va_arg(*args, int);
    }
}

/* Parses flags, width, precision and length; returns the conversion. */
static const char *parse_spec(const char *fmt, struct spec *spec, va_list *args)
{
    *spec = (struct spec){ .precision = -1 };
    for (;; fmt++) {
        if (*fmt == '-') spec->left = true;
        else if (*fmt == '0') spec->zero = true;
        else if (*fmt == '+') spec->plus = true;
        else if (*fmt == ' ') spec->space = true;
        else if (*fmt == '#') spec->alt = true;
        else break;
    }
    if (*fmt == '*') {
        spec->width = va_arg(*args, int);
        if (spec->width < 0) {
            spec->left = true;
            spec->width = -spec->width;
        }
        fmt++;
    }
    while (*fmt >= '0' && *fmt <= '9') {
        spec->width = spec->width * 10 + (*fmt++ - '0');
    }
    if (*fmt == '.') {
        fmt++;
        spec->precision = 0;
        if (*fmt == '*') {
            spec->precision = va_arg(*args, int);
            fmt++;
        }
        while (*fmt >= '0' && *fmt <= '9') {
            spec->precision = spec->precision * 10 + (*fmt++ - '0');
        }
    }
    if ((fmt[0] == 'h' || fmt[0] == 'l') && fmt[1] == fmt[0]) {
        spec->length = fmt[0] == 'h' ? 'H' : 'L';
        fmt += 2;
    } else if (*fmt == 'h' || *fmt == 'l' || *fmt == 'z' || *fmt == 'j' || *fmt == 't') {
        spec->length = *fmt++;
    }
    if (spec->left) {
        spec->zero = false;
    }
    return fmt;
}

static void put_conversion(struct output *out, struct spec *spec, char conversion, va_list *args)
{
    switch (conversion) {
    case 'd':
    case 'i': {
        intmax_t v = signed_argument(spec, args);
        put_number(out, spec, v < 0 ? -(uintmax_t)v : (uintmax_t)v, v < 0 ? '-' : '+', 10, false);
        break;
    }
    case 'u': put_number(out, spec, unsigned_argument(spec, args), 0, 10, false); break;
    case 'o': put_number(out, spec, unsigned_argument(spec, args), 0, 8, false); break;
    case 'x': put_number(out, spec, unsigned_argument(spec, args), 0, 16, false); break;
    case 'X': put_number(out, spec, unsigned_argument(spec, args), 0, 16, true); break;
    case 'p': {
        uintptr_t p = (uintptr_t)va_arg(*args, void *);
        if (p == 0) {
            spec->zero = false;
            put_field(out, spec, "", 0, "(nil)", 5);
        } else {
            spec->alt = true;
            put_number(out, spec, p, 0, 16, false);
        }
        break;
    }
    case 'c': {
        char c = (char)va_arg(*args, int);
        spec->zero = false;
        put_field(out, spec, "", 0, &c, 1);
        break;
    }
    case 's': {
        const char *s = va_arg(*args, const char *);
        if (s == NULL) {
            s = "(null)";
        }
        spec->zero = false;
        put_field(out, spec, "", 0, s, string_length(s, spec->precision));
        break;
    }
    default:
        put(out, '%');
        if (conversion != '%') {
            put(out, conversion);
        }
        break;
    }
}

int format(format_emit_fn emit, void *context, const char *fmt, va_list args)
{
    struct output out = { emit, context, 0 };
    va_list ap;
    va_copy(ap, args);
    while (*fmt != '\0') {
        if (*fmt != '%') {
            put(&out, *fmt++);
            continue;
        }
        struct spec spec;
        fmt = parse_spec(fmt + 1, &spec, &ap);
        if (*fmt == '\0') {
            break;
        }
        put_conversion(&out, &spec, *fmt++, &ap);
    }
    va_end(ap);
    return out.count;
}
