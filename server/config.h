/*
 * config.h - the server's settings: `.drvls.json` at the workspace root, the client's
 * initializationOptions and workspace/didChangeConfiguration, all with the same keys:
 *   checkOn ("save" | "type"), rules ({"rule-id": "off" | "error" | "warning" | "info" | "hint" |
 *   true | false}), halt ("at-least-once" | "all-paths"), roles ({"FunctionName":
 * "MINIPORT_HALT"}), extraFlags (array of strings), wdkRoot (string), configuration (string: the
 * .vcxproj configuration to evaluate, "Release|x64" or a name alone), maxOpenUnits (integer >= 1),
 * maxFileSizeMB (integer, 1 to 4096: the largest file read, 64 by default).
 * A key that is unknown or has the wrong type leaves that setting as it was and yields a warning
 * naming the key. Thread: the loop thread. Ownership: a dls_config owns all its strings.
 */
#ifndef DLS_CONFIG_H
#define DLS_CONFIG_H

#include <jansson.h>
#include <stddef.h>

#include "check.h"

typedef struct {
    char *rule;
    int off;      /* the rule does not run */
    int severity; /* dls_severity to report with, 0: the rule's own */
} dls_rule_setting;

typedef struct {
    int check_on_type;
    dls_halt_mode halt;
    dls_rule_setting *rules;
    size_t n_rules;
    dls_role_override *roles; /* name and role strings owned */
    size_t n_roles;
    char **extra_flags;
    size_t n_extra_flags;
    char *wdk_root;
    char *configuration; /* "configuration": the .vcxproj configuration to evaluate, or NULL */
    size_t max_open_units;
    size_t max_file_mb; /* "maxFileSizeMB": files larger than this are not read (analysis.h) */
} dls_config;

/* The defaults: check on save, halt at least once, every rule at its own severity, 16 units. */
void dls_config_init(dls_config *c);
void dls_config_free(dls_config *c);
/* Apply the keys of obj (borrowed) over c. Each problem appends one warning (a new heap string)
 * to *warnings / *n_warnings (the caller frees them). A non-object obj is one warning. */
void dls_config_apply(dls_config *c, const json_t *obj, const char *origin, char ***warnings,
                      size_t *n_warnings);
/* Read path (a .drvls.json) and apply it; a missing file is not an error, malformed JSON is a
 * warning. */
void dls_config_apply_file(dls_config *c, const char *path, char ***warnings, size_t *n_warnings);
/* Fill check options from c; the pointers borrow from c (valid until c changes). disabled is a
 * caller-owned array of borrowed strings, freed with free(). */
void dls_config_check_opts(const dls_config *c, dls_check_opts *opts);
/* The severity c gives rule, or 0 for the rule's own. */
int dls_config_severity(const dls_config *c, const char *rule);

#endif
