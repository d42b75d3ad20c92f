/* No headers at all: parses with any flags (used with a hand-written compile_commands.json). */
int lint_plain_add(int a, int b) {
    return a + b;
}
