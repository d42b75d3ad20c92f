// Clang errors: a missing semicolon and an unknown identifier. The rules run on what parsed.
#include <ndis.h>

ULONG LintBroken(ULONG x) {
    // clang-format off
    ULONG y = x + 1
    return y + NotDeclaredAnywhere;
    // clang-format on
}
