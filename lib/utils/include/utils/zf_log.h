/*
 * Leveled logging with seL4's libutils (zf_log) interface.  A message is
 * one line on stderr:  <function>@<file>:<line> <message>
 * (without the location when NDEBUG is defined).  FATAL messages abort.
 */
#ifndef UTILS_ZF_LOG_H
#define UTILS_ZF_LOG_H

#define ZF_LOG_VERBOSE 1
#define ZF_LOG_DEBUG   2
#define ZF_LOG_INFO    3
#define ZF_LOG_WARN    4
#define ZF_LOG_ERROR   5
#define ZF_LOG_FATAL   6
#define ZF_LOG_NONE    0xff

/* Messages below this level are compiled out. */
#ifndef ZF_LOG_LEVEL
#define ZF_LOG_LEVEL ZF_LOG_ERROR
#endif

#ifdef NDEBUG
#define ZF_LOG_SHOWS_LOCATION 0
#else
#define ZF_LOG_SHOWS_LOCATION 1
#endif

/* Writes one log line; `condition`, if not NULL, is the text of a failed
 * condition, shown as "[Cond failed: <condition>]" on a line of its own. */
void _zf_log_write(int level, int show_location, const char *function, const char *file, int line,
                   const char *condition, const char *fmt, ...) __attribute__((format(printf, 7, 8)));

#define ZF_LOG_WRITE_IF(level, cond, condition_text, ...)                                             \
    do {                                                                                          \
        if ((level) >= ZF_LOG_LEVEL && (cond)) {                                                  \
            _zf_log_write(level, ZF_LOG_SHOWS_LOCATION, __func__, __FILE__, __LINE__, condition_text, \
                          __VA_ARGS__);                                                           \
        }                                                                                         \
    } while (0)

#define ZF_LOGV(...) ZF_LOG_WRITE_IF(ZF_LOG_VERBOSE, 1, (const char *)0, __VA_ARGS__)
#define ZF_LOGD(...) ZF_LOG_WRITE_IF(ZF_LOG_DEBUG, 1, (const char *)0, __VA_ARGS__)
#define ZF_LOGI(...) ZF_LOG_WRITE_IF(ZF_LOG_INFO, 1, (const char *)0, __VA_ARGS__)
#define ZF_LOGW(...) ZF_LOG_WRITE_IF(ZF_LOG_WARN, 1, (const char *)0, __VA_ARGS__)
#define ZF_LOGE(...) ZF_LOG_WRITE_IF(ZF_LOG_ERROR, 1, (const char *)0, __VA_ARGS__)
#define ZF_LOGF(...) ZF_LOG_WRITE_IF(ZF_LOG_FATAL, 1, (const char *)0, __VA_ARGS__)

#define ZF_LOGV_IF(cond, ...) ZF_LOG_WRITE_IF(ZF_LOG_VERBOSE, cond, #cond, __VA_ARGS__)
#define ZF_LOGD_IF(cond, ...) ZF_LOG_WRITE_IF(ZF_LOG_DEBUG, cond, #cond, __VA_ARGS__)
#define ZF_LOGI_IF(cond, ...) ZF_LOG_WRITE_IF(ZF_LOG_INFO, cond, #cond, __VA_ARGS__)
#define ZF_LOGW_IF(cond, ...) ZF_LOG_WRITE_IF(ZF_LOG_WARN, cond, #cond, __VA_ARGS__)
#define ZF_LOGE_IF(cond, ...) ZF_LOG_WRITE_IF(ZF_LOG_ERROR, cond, #cond, __VA_ARGS__)
#define ZF_LOGF_IF(cond, ...) ZF_LOG_WRITE_IF(ZF_LOG_FATAL, cond, #cond, __VA_ARGS__)

#endif
