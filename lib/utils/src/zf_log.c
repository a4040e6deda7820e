#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utils/zf_log.h>

#define LINE_SIZE 256

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash != NULL ? slash + 1 : path;
}

void _zf_log_write(int level, int show_location, const char *function, const char *file, int line,
                   const char *condition, const char *fmt, ...)
{
    char text[LINE_SIZE];
    size_t used = 0;
    if (show_location) {
        used += (size_t)snprintf(text, sizeof(text), "%s@%s:%d ", function, base_name(file), line);
    }
    if (condition != NULL && used < sizeof(text)) {
        used += (size_t)snprintf(text + used, sizeof(text) - used, "[Cond failed: %s]\n\t", condition);
    }
    if (used < sizeof(text)) {
        va_list args;
        va_start(args, fmt);
        vsnprintf(text + used, sizeof(text) - used, fmt, args);
        va_end(args);
    }
    fprintf(stderr, "%s\n", text);
    if (level == ZF_LOG_FATAL) {
        fflush(stderr);
        abort();
    }
}
