/*
 * config.c - reading the settings (see config.h): one small function per key, each checking its
 * own type and reporting its own warning.
 */
#include "config.h"
#include "analysis.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char ***items;
    size_t *n;
    const char *origin;
} warn_list;

static void warn(warn_list *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void warn(warn_list *w, const char *fmt, ...) {
    char text[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    *w->items = dls_xrealloc(*w->items, (*w->n + 1) * sizeof **w->items);
    (*w->items)[(*w->n)++] = dls_xasprintf("drvls settings (%s): %s", w->origin, text);
}

void dls_config_init(dls_config *c) {
    memset(c, 0, sizeof *c);
    c->halt = DLS_HALT_AT_LEAST_ONCE;
    c->max_open_units = 16;
    c->max_file_mb = DLS_READ_DEFAULT_LIMIT >> 20;
}

static void free_rules(dls_config *c) {
    for (size_t i = 0; i < c->n_rules; i++)
        free(c->rules[i].rule);
    free(c->rules);
    c->rules = NULL;
    c->n_rules = 0;
}

static void free_roles(dls_config *c) {
    for (size_t i = 0; i < c->n_roles; i++) {
        free((char *)c->roles[i].name);
        free((char *)c->roles[i].role);
    }
    free(c->roles);
    c->roles = NULL;
    c->n_roles = 0;
}

static void free_flags(dls_config *c) {
    for (size_t i = 0; i < c->n_extra_flags; i++)
        free(c->extra_flags[i]);
    free(c->extra_flags);
    c->extra_flags = NULL;
    c->n_extra_flags = 0;
}

void dls_config_free(dls_config *c) {
    free_rules(c);
    free_roles(c);
    free_flags(c);
    free(c->wdk_root);
    free(c->configuration);
    dls_config_init(c);
}

static void set_check_on(dls_config *c, const json_t *v, warn_list *w) {
    const char *s = json_string_value(v);
    if (s && strcmp(s, "save") == 0)
        c->check_on_type = 0;
    else if (s && strcmp(s, "type") == 0)
        c->check_on_type = 1;
    else
        warn(w, "\"checkOn\" must be \"save\" or \"type\"");
}

static void set_halt(dls_config *c, const json_t *v, warn_list *w) {
    const char *s = json_string_value(v);
    if (s && strcmp(s, "at-least-once") == 0)
        c->halt = DLS_HALT_AT_LEAST_ONCE;
    else if (s && strcmp(s, "all-paths") == 0)
        c->halt = DLS_HALT_ALL_PATHS;
    else
        warn(w, "\"halt\" must be \"at-least-once\" or \"all-paths\"");
}

/* One rule's setting: off/true/false or a severity name. Returns 0 when the value is unusable. */
static int parse_rule_value(const json_t *v, dls_rule_setting *out) {
    static const char *const names[] = {"error", "warning", "info", "hint"};
    if (json_is_boolean(v)) {
        out->off = !json_is_true(v);
        return 1;
    }
    const char *s = json_string_value(v);
    if (!s)
        return 0;
    if (strcmp(s, "off") == 0) {
        out->off = 1;
        return 1;
    }
    for (int i = 0; i < 4; i++) {
        if (strcmp(s, names[i]) == 0) {
            out->severity = i + 1;
            return 1;
        }
    }
    return 0;
}

static void set_rules(dls_config *c, const json_t *v, warn_list *w) {
    if (!json_is_object(v)) {
        warn(w, "\"rules\" must be an object of rule ids");
        return;
    }
    free_rules(c);
    const char *id;
    const json_t *val;
    json_object_foreach((json_t *)v, id, val) {
        dls_rule_setting r = {0};
        if (!dls_rule_find(id)) {
            warn(w, "\"rules\": unknown rule \"%s\"", id);
            continue;
        }
        if (!parse_rule_value(val, &r)) {
            warn(w,
                 "\"rules.%s\" must be \"off\", \"error\", \"warning\", \"info\", \"hint\" or a "
                 "boolean",
                 id);
            continue;
        }
        r.rule = dls_xstrdup(id);
        c->rules = dls_xrealloc(c->rules, (c->n_rules + 1) * sizeof *c->rules);
        c->rules[c->n_rules++] = r;
    }
}

static void set_roles(dls_config *c, const json_t *v, warn_list *w) {
    if (!json_is_object(v)) {
        warn(w, "\"roles\" must be an object mapping function names to roles");
        return;
    }
    free_roles(c);
    const char *name;
    const json_t *role;
    json_object_foreach((json_t *)v, name, role) {
        if (!json_is_string(role)) {
            warn(w, "\"roles.%s\" must be a role name such as \"MINIPORT_HALT\"", name);
            continue;
        }
        c->roles = dls_xrealloc(c->roles, (c->n_roles + 1) * sizeof *c->roles);
        c->roles[c->n_roles].name = dls_xstrdup(name);
        c->roles[c->n_roles++].role = dls_xstrdup(json_string_value(role));
    }
}

static void set_extra_flags(dls_config *c, const json_t *v, warn_list *w) {
    size_t i;
    const json_t *e;
    json_array_foreach(v, i, e) {
        if (!json_is_string(e))
            break;
    }
    if (!json_is_array(v) || i < json_array_size(v)) {
        warn(w, "\"extraFlags\" must be an array of strings");
        return;
    }
    free_flags(c);
    c->extra_flags = dls_xcalloc(json_array_size(v) + 1, sizeof *c->extra_flags);
    json_array_foreach(v, i, e) c->extra_flags[c->n_extra_flags++] =
        dls_xstrdup(json_string_value(e));
}

static void set_wdk_root(dls_config *c, const json_t *v, warn_list *w) {
    if (!json_is_string(v) && !json_is_null(v)) {
        warn(w, "\"wdkRoot\" must be a string");
        return;
    }
    free(c->wdk_root);
    c->wdk_root = json_is_string(v) ? dls_xstrdup(json_string_value(v)) : NULL;
}

static void set_configuration(dls_config *c, const json_t *v, warn_list *w) {
    if ((!json_is_string(v) || !*json_string_value(v)) && !json_is_null(v)) {
        warn(w, "\"configuration\" must be a string such as \"Release|x64\" or \"Release\"");
        return;
    }
    free(c->configuration);
    c->configuration = json_is_string(v) ? dls_xstrdup(json_string_value(v)) : NULL;
}

static void set_max_units(dls_config *c, const json_t *v, warn_list *w) {
    if (!json_is_integer(v) || json_integer_value(v) < 1 || json_integer_value(v) > 4096) {
        warn(w, "\"maxOpenUnits\" must be an integer from 1 to 4096");
        return;
    }
    c->max_open_units = (size_t)json_integer_value(v);
}

static void set_max_file_size(dls_config *c, const json_t *v, warn_list *w) {
    if (!json_is_integer(v) || json_integer_value(v) < 1 || json_integer_value(v) > 4096) {
        warn(w, "\"maxFileSizeMB\" must be an integer from 1 to 4096");
        return;
    }
    c->max_file_mb = (size_t)json_integer_value(v);
}

static const struct {
    const char *key;
    void (*set)(dls_config *, const json_t *, warn_list *);
} setters[] = {
    {"checkOn", set_check_on},
    {"halt", set_halt},
    {"rules", set_rules},
    {"roles", set_roles},
    {"extraFlags", set_extra_flags},
    {"wdkRoot", set_wdk_root},
    {"configuration", set_configuration},
    {"maxOpenUnits", set_max_units},
    {"maxFileSizeMB", set_max_file_size},
};

void dls_config_apply(dls_config *c, const json_t *obj, const char *origin, char ***warnings,
                      size_t *n_warnings) {
    warn_list w = {warnings, n_warnings, origin};
    if (!json_is_object(obj)) {
        warn(&w, "settings must be a JSON object");
        return;
    }
    const char *key;
    const json_t *v;
    json_object_foreach((json_t *)obj, key, v) {
        size_t i = 0;
        while (i < sizeof setters / sizeof *setters && strcmp(setters[i].key, key) != 0)
            i++;
        if (i < sizeof setters / sizeof *setters)
            setters[i].set(c, v, &w);
        else
            warn(&w, "unknown key \"%s\" (ignored)", key);
    }
}

void dls_config_apply_file(dls_config *c, const char *path, char ***warnings, size_t *n_warnings) {
    char *text, why[128];
    size_t len;
    int rc = dls_read_small_file(path, 1u << 20, &text, &len);
    if (rc == ENOENT)
        return;
    if (rc) {
        warn_list w = {warnings, n_warnings, path};
        warn(&w, "cannot be read (%s); defaults used", dls_strerror(rc, why, sizeof why));
        return;
    }
    json_error_t err;
    json_t *obj = json_loadb(text, len, JSON_REJECT_DUPLICATES, &err);
    free(text);
    if (!obj) {
        warn_list w = {warnings, n_warnings, path};
        warn(&w, "not valid JSON (line %d: %s); defaults used", err.line, err.text);
        return;
    }
    dls_config_apply(c, obj, path, warnings, n_warnings);
    json_decref(obj);
}

void dls_config_check_opts(const dls_config *c, dls_check_opts *opts) {
    memset(opts, 0, sizeof *opts);
    opts->halt = c->halt;
    opts->roles = c->roles;
    opts->n_roles = c->n_roles;
    const char **off = dls_xcalloc(c->n_rules + 1, sizeof *off);
    for (size_t i = 0; i < c->n_rules; i++)
        if (c->rules[i].off)
            off[opts->n_disabled++] = c->rules[i].rule;
    opts->disabled = off;
}

int dls_config_severity(const dls_config *c, const char *rule) {
    for (size_t i = 0; i < c->n_rules; i++)
        if (strcmp(c->rules[i].rule, rule) == 0)
            return c->rules[i].severity;
    return 0;
}
