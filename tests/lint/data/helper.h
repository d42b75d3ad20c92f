/* A header: skipped when its directory is linted, checked when named. */
static inline int lint_helper_twice(int x) {
    return 2 * x;
}
