// The parts of ncursesw that Swift cannot import directly: macros that expand to expressions,
// and C globals that Swift 6 rejects as not concurrency-safe.
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags; without these the wide-character API is missing.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <errno.h>
#include <locale.h>
#include <poll.h>
#include <langinfo.h>
#include <signal.h>
#include <unistd.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Glibc hides wcwidth unless _XOPEN_SOURCE is defined before <wchar.h>.
extern int wcwidth(wchar_t c);

static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline FILE *shim_stdin(void) { return stdin; }

// The keyboard: standard input if it is a terminal, else the controlling terminal (as when the
// graph itself came through standard input); NULL if there is none.
static inline FILE *shim_keyboard(void) {
    return isatty(fileno(stdin)) ? stdin : fopen("/dev/tty", "r");
}
static inline FILE *shim_stdout(void) { return stdout; }
static inline int shim_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t shim_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t shim_A_BOLD(void) { return A_BOLD; }
static inline attr_t shim_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t shim_A_DIM(void) { return A_DIM; }
static inline attr_t shim_A_UNDERLINE(void) { return A_UNDERLINE; }

static inline void shim_getmaxyx(WINDOW *window, int *height, int *width) {
    int y, x;
    getmaxyx(window, y, x);
    *height = y;
    *width = x;
}

// Signal actions: the handler field and its name differ between platforms.
static inline void shim_set_signal_handler(int sig, void (*handler)(int), struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, previous);
}

static inline void shim_restore_signal_action(int sig, const struct sigaction *previous) {
    sigaction(sig, previous, NULL);
}

// Delivers `sig` at once, even from inside its own handler (where it is blocked).
static inline void shim_raise_now(int sig) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
}

// Ends the process by `sig` with the default action, whatever handler was installed.
static inline void shim_die_by_signal(int sig) {
    signal(sig, SIG_DFL);
    shim_raise_now(sig);
}

static inline int shim_signal_is_ignored(const struct sigaction *action) {
    return !(action->sa_flags & SA_SIGINFO) && action->sa_handler == SIG_IGN;
}

// The real-time signals' range: macros that call functions, which Swift does not import.
static inline int shim_sigrtmin(void) { return SIGRTMIN; }
static inline int shim_sigrtmax(void) { return SIGRTMAX; }

// Whether the terminal behind `descriptor` is gone: hung up, closed or in error. A read that
// failed while it is still there read something that was not a key (such as a byte that is
// not UTF-8).
static inline int shim_input_is_gone(int descriptor) {
    struct pollfd entry = { .fd = descriptor, .events = POLLIN, .revents = 0 };
    int ready;
    while ((ready = poll(&entry, 1, 0)) < 0 && errno == EINTR) {}
    return ready < 0 || (entry.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

#endif
