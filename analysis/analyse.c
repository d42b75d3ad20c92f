/*
 * analyse.c - read, parse once, extract facts (see analyse.h).
 */
#include "analyse.h"
#include "units.h"

#include <stdlib.h>
#include <string.h>

dls_file_facts *dls_analyse_file(const char *path, const dls_flags *flags, dls_findings *clang,
                                 char **error) {
    char *text;
    size_t len;
    int err = dls_read_file(path, &text, &len);
    if (err) {
        *error = dls_xasprintf("cannot read: %s", strerror(err));
        return NULL;
    }
    dls_findings diags = {0};
    dls_unit *u = dls_unit_new_oneshot(path);
    dls_unsaved buffer = {path, text, len};
    dls_file_facts *facts = NULL;
    if (dls_unit_parse(u, flags, &buffer, 1, &diags) < 0 || !dls_unit_tu(u)) {
        const char *why = diags.count ? diags.items[diags.count - 1].message : NULL;
        *error = dls_xasprintf("could not be analysed: %s", why ? why : "libclang failed");
    } else {
        facts = dls_facts_extract(dls_unit_tu(u), path, text, len);
    }
    if (clang)
        dls_findings_move(clang, &diags);
    else
        dls_findings_clear(&diags);
    dls_unit_free(u);
    free(text);
    return facts;
}
