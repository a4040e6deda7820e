/*
 * common/format.c against the host's vsnprintf: every format below is run
 * through both with the same arguments; the text and the returned count
 * must agree.  Tables of formats are crossed with tables of values.
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>

#include "harness.h"
#include <format.h>

struct sink {
    char text[512];
    size_t length;
};

static void emit(char c, void *context)
{
    struct sink *sink = context;
    if (sink->length + 1 < sizeof(sink->text)) {
        sink->text[sink->length++] = c;
        sink->text[sink->length] = '\0';
    }
}

/* Formats with common/format.c; returns its count. */
static int pagoda_format(struct sink *sink, const char *fmt, va_list args)
{
    memset(sink, 0, sizeof(*sink));
    return format(emit, sink, fmt, args);
}

static void check_at(const char *file, int line, const char *fmt, ...) PRINTF_FORMAT(3, 4);
static void check_at(const char *file, int line, const char *fmt, ...)
{
    char expected[512];
    struct sink sink;
    va_list args, copy;
    va_start(args, fmt);
    va_copy(copy, args);
    int expected_count = vsnprintf(expected, sizeof(expected), fmt, args);
    int count = pagoda_format(&sink, fmt, copy);
    va_end(copy);
    va_end(args);
    if (strcmp(sink.text, expected) != 0) {
        print_error("format \"%s\": got \"%s\", host printf gives \"%s\"\n", fmt, sink.text, expected);
    }
    _assert_string_equal(sink.text, expected, file, line);
    _assert_int_equal(count, expected_count, file, line);
    _assert_int_equal(sink.length, (size_t)count, file, line);
}
#define check(...) check_at(__FILE__, __LINE__, __VA_ARGS__)

/* Every format in `formats` with every value in `values`. */
#define check_table(formats, values)                                    \
    for (size_t f_ = 0; f_ < ARRAY_SIZE(formats); f_++)                 \
        for (size_t v_ = 0; v_ < ARRAY_SIZE(values); v_++)              \
            check(formats[f_], values[v_])

/* common/format.c alone, for what the host cannot be compared with. */
static int pagoda_print(struct sink *sink, const char *fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    int count = pagoda_format(sink, fmt, args);
    va_end(args);
    assert_int_equal(count, sink->length);
    return count;
}

static const char *pagoda_text(const char *fmt, ...)
{
    static struct sink sink;
    va_list args;
    va_start(args, fmt);
    int count = pagoda_format(&sink, fmt, args);
    va_end(args);
    assert_int_equal(count, sink.length);
    return sink.text;
}

static void test_signed_int(void **state)
{
    (void)state;
    static const char *const formats[] = {
        "%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+5d", "% 5d", "%-+6d|", "%+05d", "% 05d",
        "%.3d", "%8.3d", "%-8.3d|", "%08.3d", "%+.3d", "%.0d", "%+.0d", "% .0d", "%5.0d", "%-5.0d|",
        "%1d", "%.12d", "%-012d|", "%05.0d", "%+06.0d",
    };
    static const int values[] = { 0, 1, -1, 7, -7, 42, -42, 12345, -12345, INT_MAX, INT_MIN };
    check_table(formats, values);
}

static void test_unsigned_int(void **state)
{
    (void)state;
    static const char *const formats[] = {
        "%u", "%o", "%x", "%X", "%#o", "%08x", "%.5x", "%#.5o", "%#.0o", "%#.0x", "%.0u", "%.0o",
        "%.0x", "%08.0x", "%06.0o", "%10.4X", "%-10.4o|", "%05u", "%-5u|", "%3o", "%#3o", "%#08o", "%-#6o|",
        "%#x", "%#X", "%#08x", "%-#8x|", "%#8X", "%#10.4x", "%#.3x", "%#2x",
        "%+u", "% u", "%+x", "% X", "%+o", "%+#x", "% 5u",
    };
    static const unsigned values[] = { 0, 1, 7, 8, 9, 15, 16, 255, 256, 01234, 0xdeadbeef, UINT_MAX };
    check_table(formats, values);
}

static void test_char_length(void **state)
{
    (void)state;
    static const char *const formats[] = { "%hhd", "%hhi", "%hhu", "%hhx", "%hho", "%+hhd", "%5hhd" };
    static const int values[] = { 0, 1, -1, 127, -128, 128, 255, 256, 300, -129, INT_MIN, INT_MAX };
    check_table(formats, values);
}

static void test_short_length(void **state)
{
    (void)state;
    static const char *const formats[] = { "%hd", "%hi", "%hu", "%hx", "%hX", "%ho", "%07hd", "%-7hu|" };
    static const int values[] = { 0, -1, 32767, -32768, 32768, 65535, 65536, 70000, -32769, INT_MIN };
    check_table(formats, values);
}

static void test_long_lengths(void **state)
{
    (void)state;
    static const char *const long_formats[] = { "%ld", "%li", "%+ld", "%25ld", "%-25ld|", "%.20ld" };
    static const long long_values[] = { 0, 1, -1, LONG_MAX, LONG_MIN, LONG_MAX / 7 };
    check_table(long_formats, long_values);

    static const char *const ulong_formats[] = { "%lu", "%lx", "%lX", "%lo", "%#lo", "%020lx" };
    /* The top bit alone, and every hex digit (on a 32-bit machine, the low word's). */
    static const unsigned long ulong_values[] = { 0, 1, ULONG_MAX, ULONG_MAX / 2 + 1,
                                                  (unsigned long)0xfedcba9876543210ull };
    check_table(ulong_formats, ulong_values);
    check("%#lx", (unsigned long)0xfedcba9876543210ull);

    static const char *const llong_formats[] = { "%lld", "%lli", "% lld", "%30lld" };
    static const long long llong_values[] = { 0, -1, LLONG_MAX, LLONG_MIN };
    check_table(llong_formats, llong_values);

    static const char *const ullong_formats[] = { "%llu", "%llx", "%llo" };
    static const unsigned long long ullong_values[] = { 0, 42, ULLONG_MAX };
    check_table(ullong_formats, ullong_values);
    check("%#llX", ULLONG_MAX);
}

static void test_size_max_ptrdiff_lengths(void **state)
{
    (void)state;
    static const char *const size_formats[] = { "%zu", "%zx", "%#zo", "%22zu" };
    static const size_t size_values[] = { 0, 4096, SIZE_MAX };
    check_table(size_formats, size_values);

    static const char *const ssize_formats[] = { "%zd", "%+zd", "%zi" };
    static const ssize_t ssize_values[] = { 0, -1, SSIZE_MAX, -SSIZE_MAX - 1 };
    check_table(ssize_formats, ssize_values);

    static const char *const intmax_formats[] = { "%jd", "%ji", "% jd", "%-24jd|" };
    static const intmax_t intmax_values[] = { 0, -5, INTMAX_MAX, INTMAX_MIN };
    check_table(intmax_formats, intmax_values);

    static const char *const uintmax_formats[] = { "%ju", "%jx", "%jX" };
    static const uintmax_t uintmax_values[] = { 0, 77, UINTMAX_MAX };
    check_table(uintmax_formats, uintmax_values);
    check("%#jX", (uintmax_t)77);

    static const char *const ptrdiff_formats[] = { "%td", "%ti", "%tu", "%tx", "%to", "%+td" };
    static const ptrdiff_t ptrdiff_values[] = { 0, -1, 12, PTRDIFF_MAX, PTRDIFF_MIN };
    check_table(ptrdiff_formats, ptrdiff_values);
}

static void test_chars(void **state)
{
    (void)state;
    static const char *const formats[] = { "%c", "%3c", "%-3c|", "[%c]", "%1c" };
    static const int values[] = { 'A', 'z', ' ', '%', '0' };
    check_table(formats, values);
}

static void test_strings(void **state)
{
    (void)state;
    static const char *const formats[] = {
        "%s", "%10s", "%-10s|", "%.3s", "%10.3s", "%-10.3s|", "%.0s", "%.20s", "%3s", "[%s]", "%.1s",
    };
    static const char *const values[] = { "", "a", "hello", "hello, world", "%d not a format" };
    check_table(formats, values);
}

static void test_star_width_and_precision(void **state)
{
    (void)state;
    check("%*d", 5, 42);
    check("%*d|", -5, 42);
    check("%-*d|", 5, -42);
    check("%*d", 0, 42);
    check("%.*d", 4, 42);
    check("%.*d", -1, 42);
    check("%.*d", 0, 0);
    check("%*.*d", 8, 4, -42);
    check("%*.*d|", -8, 4, 42);
    check("%0*d", 6, -42);
    const char *zero_and_precision = "%0*.*d";      /* not a literal: gcc warns, C allows */
    check(zero_and_precision, 8, -1, 42);
    check(zero_and_precision, 8, 3, 42);
    check("%*s|", 6, "ab");
    check("%*s|", -6, "ab");
    check("%.*s|", 2, "abcdef");
    check("%.*s|", -2, "abcdef");
    check("%*.*s|", 5, 1, "xyz");
    check("%#*x", 10, 0xabcu);
    check("%*c|", -4, 'q');
    check("%*lu", 25, ULONG_MAX);
}

static void test_pointers(void **state)
{
    (void)state;
    assert_string_equal(pagoda_text("%p", NULL), "(nil)");
    assert_string_equal(pagoda_text("%p", (void *)0x1234), "0x1234");
    assert_string_equal(pagoda_text("%p", (void *)UINTPTR_MAX), WORD_BITS == 64 ? "0xffffffffffffffff" : "0xffffffff");
    assert_string_equal(pagoda_text("[%8p]", NULL), "[   (nil)]");
    assert_string_equal(pagoda_text("[%-8p]", (void *)0xab), "[0xab    ]");

    static const char *const formats[] = { "%p", "%20p", "%-20p|", "%4p" };
    static void *const values[] = { NULL, (void *)1, (void *)0x401b2c, (void *)KERNEL_ADDRESS, (void *)UINTPTR_MAX };
    check_table(formats, values);
}

static void test_percent_and_mixed(void **state)
{
    (void)state;
    check("%%");
    check("100%% sure");
    check("%d%%", 50);
    check("a%%b%%c%%");
    check("plain text, no conversions");
    check("%s=%d (%#x) %c%% %lu/%ld %p %5.2s|", "key", -3, 255u, 'z', ULONG_MAX, LONG_MIN,
          (void *)0xdead, "abc");
    check("%hhd %hd %d %ld %lld %zd %jd %td", (signed char)-1, (short)-2, -3, -4L, -5LL, (ssize_t)-6,
          (intmax_t)-7, (ptrdiff_t)-8);
}

/* The count is the number of characters emitted, not a buffer size. */
static void test_count(void **state)
{
    (void)state;
    struct sink sink;
    char long_string[300];
    memset(long_string, 'x', sizeof(long_string) - 1);
    long_string[sizeof(long_string) - 1] = '\0';

    assert_string_equal(pagoda_text("%s", long_string), long_string);
    assert_int_equal(strlen(pagoda_text("%400d", 1)), 400);
    check("%-200s|%s", "a", long_string + 150);

    assert_int_equal(pagoda_print(&sink, ""), 0);
    assert_string_equal(sink.text, "");
    assert_int_equal(pagoda_print(&sink, "%%%%"), 2);
    assert_string_equal(sink.text, "%%");
    assert_int_equal(pagoda_print(&sink, "%d|%s|%c", -123, "four", 'x'), 11);
    assert_string_equal(sink.text, "-123|four|x");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_signed_int),
        cmocka_unit_test(test_unsigned_int),
        cmocka_unit_test(test_char_length),
        cmocka_unit_test(test_short_length),
        cmocka_unit_test(test_long_lengths),
        cmocka_unit_test(test_size_max_ptrdiff_lengths),
        cmocka_unit_test(test_chars),
        cmocka_unit_test(test_strings),
        cmocka_unit_test(test_star_width_and_precision),
        cmocka_unit_test(test_pointers),
        cmocka_unit_test(test_percent_and_mixed),
        cmocka_unit_test(test_count),
    };
    return cmocka_run_group_tests_name("format", tests, NULL, NULL);
}
