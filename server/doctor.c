/*
 * doctor.c - the report of `drvls doctor` (see doctor.h): files grouped into trees, root causes
 * grouped across files, flag origins, project problems; text or JSON.
 */
#include "doctor.h"
#include "analysis.h"
#include "report.h"
#include "strmap.h"

#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

#define DOCTOR_MAX_NAMES 6           /* example names shown per group of undeclared names */
#define DOCTOR_MAX_TREE_FILES 200000 /* files looked at when searching the trees for a header */
#define DOCTOR_MAX_WARNINGS 10       /* project problems shown in text */

typedef struct {
    char *name;
    size_t files, clean, errors, left_out, failed;
} tree_row;

typedef struct {
    dls_cause_kind kind;
    char *key;            /* header, name, message; for named groups: the provider */
    const char *provider; /* what provides it, or NULL */
    size_t files, errors, after;
    size_t last_file; /* index + 1 of the last file counted */
    const dls_cause *first;
    char *names[DOCTOR_MAX_NAMES];
    size_t n_names;
    const char *found_at; /* a header's path somewhere in the trees, or NULL */
} cause_row;

typedef struct {
    char *key;
    size_t files;
} count_row;

typedef struct {
    tree_row *trees;
    size_t n_trees;
    cause_row *causes;
    size_t n_causes;
    count_row *origins;
    size_t n_origins;
    count_row *warnings;
    size_t n_warnings;
    size_t parsed, clean, errors, left_out, failed;
    char **tree_files; /* every file under the roots, when a header is missing */
    size_t n_tree_files;
    dls_strmap by_name; /* lower-case base name -> index into tree_files */
} doctor;

/* ---- trees ---- */

/* The tree of path: the first directory below the root that holds it, "." for a file directly in
 * a root, "(other)" for a file outside every root. New string. */
static char *tree_of(const char *path, const dls_doctor_opts *o) {
    for (size_t i = 0; i < o->n_roots; i++) {
        size_t n = strlen(o->roots[i]);
        if (strncmp(path, o->roots[i], n) != 0)
            continue;
        if (path[n] == 0)
            return dls_xstrdup(".");
        if (path[n] != '/')
            continue;
        const char *rest = path + n + 1, *slash = strchr(rest, '/');
        return slash ? dls_xstrndup(rest, (size_t)(slash - rest)) : dls_xstrdup(".");
    }
    return dls_xstrdup("(other)");
}

static tree_row *tree_get(doctor *d, char *name) {
    for (size_t i = 0; i < d->n_trees; i++) {
        if (strcmp(d->trees[i].name, name) == 0) {
            free(name);
            return &d->trees[i];
        }
    }
    d->trees = dls_xrealloc(d->trees, (d->n_trees + 1) * sizeof *d->trees);
    tree_row *t = &d->trees[d->n_trees++];
    memset(t, 0, sizeof *t);
    t->name = name;
    return t;
}

/* ---- counted strings ---- */

static void count_add(count_row **rows, size_t *n, const char *key) {
    for (size_t i = 0; i < *n; i++) {
        if (strcmp((*rows)[i].key, key) == 0) {
            (*rows)[i].files++;
            return;
        }
    }
    *rows = dls_xrealloc(*rows, (*n + 1) * sizeof **rows);
    (*rows)[*n].key = dls_xstrdup(key);
    (*rows)[(*n)++].files = 1;
}

/* The kind of an origin: "compile_commands.json", ".vcxproj (Debug|x64)", "sources (chk|x64)",
 * "default". New string. */
static char *origin_kind(const char *origin) {
    if (!origin)
        return dls_xstrdup("unknown");
    if (strncmp(origin, "project ", 8) == 0) {
        const char *paren = strstr(origin, " (");
        const char *close = paren ? strchr(paren, ')') : NULL;
        int vcx = paren && paren - origin >= 8 && strncmp(paren - 8, ".vcxproj", 8) == 0;
        if (close)
            return dls_xasprintf("%s (%.*s)", vcx ? ".vcxproj" : "sources",
                                 (int)(close - paren - 2), paren + 2);
        return dls_xstrdup(vcx ? ".vcxproj" : "sources");
    }
    const char *space = strchr(origin, ' ');
    return space ? dls_xstrndup(origin, (size_t)(space - origin)) : dls_xstrdup(origin);
}

/* ---- root causes ---- */

static cause_row *cause_get(doctor *d, dls_cause_kind kind, const char *key) {
    for (size_t i = 0; i < d->n_causes; i++) {
        if (d->causes[i].kind == kind && strcmp(d->causes[i].key, key) == 0)
            return &d->causes[i];
    }
    d->causes = dls_xrealloc(d->causes, (d->n_causes + 1) * sizeof *d->causes);
    cause_row *c = &d->causes[d->n_causes++];
    memset(c, 0, sizeof *c);
    c->kind = kind;
    c->key = dls_xstrdup(key);
    return c;
}

/* Count cause c of file number file_no (after: the errors that follow it). Undeclared names with
 * a known provider are counted per provider. */
static void cause_count(doctor *d, const dls_cause *c, size_t file_no, size_t after) {
    const char *provider = c->kind == DLS_CAUSE_NAME     ? dls_diagnose_name_provider(c->key)
                           : c->kind == DLS_CAUSE_HEADER ? dls_diagnose_header_provider(c->key)
                                                         : NULL;
    int grouped = c->kind == DLS_CAUSE_NAME && provider;
    cause_row *r = cause_get(d, c->kind, grouped ? provider : c->key);
    r->provider = provider;
    if (r->last_file != file_no + 1) {
        r->files++;
        r->last_file = file_no + 1;
    }
    r->errors += c->errors;
    r->after += after;
    if (!r->first)
        r->first = c;
    if (grouped && r->n_names < DOCTOR_MAX_NAMES) {
        for (size_t i = 0; i < r->n_names; i++) {
            if (strcmp(r->names[i], c->key) == 0)
                return;
        }
        r->names[r->n_names++] = dls_xstrdup(c->key);
    }
}

static int cause_order(const void *pa, const void *pb) {
    const cause_row *a = pa, *b = pb;
    if (a->files != b->files)
        return a->files < b->files ? 1 : -1;
    if (a->errors != b->errors)
        return a->errors < b->errors ? 1 : -1;
    return strcmp(a->key, b->key);
}

/* ---- headers found elsewhere in the trees ---- */

static char *lower_base(const char *path) {
    const char *base = path;
    for (const char *p = path; *p; p++) {
        if (*p == '/' || *p == '\\')
            base = p + 1;
    }
    char *s = dls_xstrdup(base);
    for (char *p = s; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return s;
}

/* Remember every regular file under dir (hidden entries and symlinks skipped). */
static void walk_tree(doctor *d, const char *dir) {
    uv_fs_t req;
    if (uv_fs_scandir(NULL, &req, dir, 0, NULL) < 0) {
        uv_fs_req_cleanup(&req);
        return;
    }
    uv_dirent_t e;
    while (uv_fs_scandir_next(&req, &e) != UV_EOF && d->n_tree_files < DOCTOR_MAX_TREE_FILES) {
        if (e.name[0] == '.')
            continue;
        char *path = dls_xasprintf("%s/%s", dir, e.name);
        if (e.type == UV_DIRENT_DIR) {
            walk_tree(d, path);
            free(path);
        } else if (e.type == UV_DIRENT_FILE) {
            char *base = lower_base(path);
            if (dls_strmap_get(&d->by_name, base) < 0)
                dls_strmap_put(&d->by_name, base, (int)d->n_tree_files);
            free(base);
            d->tree_files =
                dls_xrealloc(d->tree_files, (d->n_tree_files + 1) * sizeof *d->tree_files);
            d->tree_files[d->n_tree_files++] = path;
        } else {
            free(path);
        }
    }
    uv_fs_req_cleanup(&req);
}

/* For each missing header, where a file of that name is in the trees. */
static void find_headers(doctor *d, const dls_doctor_opts *o) {
    int missing = 0;
    for (size_t i = 0; i < d->n_causes; i++)
        missing |= d->causes[i].kind == DLS_CAUSE_HEADER;
    if (!missing)
        return;
    for (size_t i = 0; i < o->n_roots; i++)
        walk_tree(d, o->roots[i]);
    for (size_t i = 0; i < d->n_causes; i++) {
        cause_row *c = &d->causes[i];
        if (c->kind != DLS_CAUSE_HEADER)
            continue;
        char *base = lower_base(c->key);
        int at = dls_strmap_get(&d->by_name, base);
        free(base);
        if (at >= 0)
            c->found_at = d->tree_files[at];
    }
}

/* ---- gathering ---- */

static void gather_file(doctor *d, const dls_doctor_file *f, size_t file_no,
                        const dls_doctor_opts *o) {
    tree_row *t = tree_get(d, tree_of(f->path, o));
    t->files++;
    if (f->user_mode) {
        t->left_out++;
        d->left_out++;
        return;
    }
    char *origin = origin_kind(f->origin);
    count_add(&d->origins, &d->n_origins, origin);
    free(origin);
    for (size_t i = 0; f->warnings && f->warnings[i]; i++)
        count_add(&d->warnings, &d->n_warnings, f->warnings[i]);
    if (f->error || !f->diag) {
        t->failed++;
        d->failed++;
        return;
    }
    d->parsed++;
    t->errors += f->diag->errors;
    d->errors += f->diag->errors;
    if (!f->diag->errors) {
        t->clean++;
        d->clean++;
    }
    for (size_t i = 0; i < f->diag->count; i++)
        cause_count(d, &f->diag->items[i], file_no, i == 0 ? f->diag->after_missing : 0);
}

static int tree_order(const void *pa, const void *pb) {
    return strcmp(((const tree_row *)pa)->name, ((const tree_row *)pb)->name);
}

static void doctor_free(doctor *d) {
    for (size_t i = 0; i < d->n_trees; i++)
        free(d->trees[i].name);
    for (size_t i = 0; i < d->n_causes; i++) {
        free(d->causes[i].key);
        for (size_t k = 0; k < d->causes[i].n_names; k++)
            free(d->causes[i].names[k]);
    }
    for (size_t i = 0; i < d->n_origins; i++)
        free(d->origins[i].key);
    for (size_t i = 0; i < d->n_warnings; i++)
        free(d->warnings[i].key);
    for (size_t i = 0; i < d->n_tree_files; i++)
        free(d->tree_files[i]);
    free(d->trees);
    free(d->causes);
    free(d->origins);
    free(d->warnings);
    free(d->tree_files);
    dls_strmap_free(&d->by_name);
}

/* ---- text ---- */

static const char *kind_name(dls_cause_kind k) {
    switch (k) {
    case DLS_CAUSE_HEADER:
        return "header-not-found";
    case DLS_CAUSE_NAME:
        return "undeclared";
    case DLS_CAUSE_SYSTEM:
        return "system-header";
    case DLS_CAUSE_COMMAND_LINE:
        return "command-line";
    default:
        return "other";
    }
}

static double percent(size_t part, size_t whole) {
    return whole ? 100.0 * (double)part / (double)whole : 0.0;
}

/* The title line of a cause. */
static void text_cause_title(FILE *out, const cause_row *c) {
    switch (c->kind) {
    case DLS_CAUSE_HEADER:
        fprintf(out, "'%s' not found", c->key);
        break;
    case DLS_CAUSE_NAME:
        if (c->provider)
            fprintf(out, "names undeclared, from %s", c->provider);
        else
            fprintf(out, "'%s' undeclared", c->key);
        break;
    case DLS_CAUSE_SYSTEM:
        fprintf(out, "error in a system header: %s", c->key);
        break;
    case DLS_CAUSE_COMMAND_LINE:
        fprintf(out, "error in the flags: %s", c->key);
        break;
    default:
        fprintf(out, "%s", c->key);
    }
}

/* What to do about a cause, when drvls can say. */
static void text_cause_advice(FILE *out, const cause_row *c, const char *cwd) {
    if (c->kind == DLS_CAUSE_HEADER && c->found_at) {
        fprintf(out,
                "        a file of that name is in the tree: %s; add its directory to the "
                "include directories of the project that builds these files\n",
                dls_report_relative(c->found_at, cwd));
    } else if (c->kind == DLS_CAUSE_HEADER && c->provider) {
        fprintf(out, "        provided by %s\n", c->provider);
    } else if (c->kind == DLS_CAUSE_HEADER) {
        fputs("        not in drvls's fallback headers, mingw-w64 or the tree: a WDK or SDK "
              "header (install the WDK, --wdk-root), or one the build generates\n",
              out);
    } else if (c->kind == DLS_CAUSE_NAME && c->n_names) {
        fputs("        e.g.", out);
        for (size_t i = 0; i < c->n_names; i++)
            fprintf(out, "%s %s", i ? "," : "", c->names[i]);
        fputc('\n', out);
    } else if (c->kind == DLS_CAUSE_COMMAND_LINE) {
        fputs("        check the defines and options of the project (drvls flags FILE shows "
              "them)\n",
              out);
    }
}

static void write_text_causes(FILE *out, doctor *d, const dls_doctor_opts *o) {
    if (!d->n_causes)
        return;
    fputs("\nRoot causes, most files first\n", out);
    size_t shown = o->max_causes && o->max_causes < d->n_causes ? o->max_causes : d->n_causes;
    for (size_t i = 0; i < shown; i++) {
        const cause_row *c = &d->causes[i];
        fprintf(out, "  %3lu. ", (unsigned long)i + 1);
        text_cause_title(out, c);
        fprintf(out, ": %lu file%s, %lu error%s", (unsigned long)c->files, c->files == 1 ? "" : "s",
                (unsigned long)c->errors, c->errors == 1 ? "" : "s");
        if (c->after)
            fprintf(out, " (%lu more after it)", (unsigned long)c->after);
        fputc('\n', out);
        text_cause_advice(out, c, o->cwd);
        if (c->first)
            fprintf(out, "        first: %s:%u:%u: %s\n",
                    c->first->file[0] ? dls_report_relative(c->first->file, o->cwd)
                                      : "<command line>",
                    c->first->line, c->first->col, c->first->message);
    }
    if (shown < d->n_causes)
        fprintf(out, "  ... %lu more (--format json lists them all)\n",
                (unsigned long)(d->n_causes - shown));
}

static int count_order(const void *pa, const void *pb) {
    const count_row *a = pa, *b = pb;
    if (a->files != b->files)
        return a->files < b->files ? 1 : -1;
    return strcmp(a->key, b->key);
}

static void write_text(FILE *out, doctor *d, size_t n_files, const dls_doctor_opts *o) {
    fprintf(out, "drvls doctor: %lu source%s in %.1f s\n", (unsigned long)n_files,
            n_files == 1 ? "" : "s", o->seconds);
    fprintf(out,
            "  %lu of %lu driver sources parse with no clang error (%.1f%%); %lu errors in "
            "the others\n",
            (unsigned long)d->clean, (unsigned long)d->parsed, percent(d->clean, d->parsed),
            (unsigned long)d->errors);
    if (d->left_out)
        fprintf(out, "  %lu user-mode source%s left out (--user-mode parses them too)\n",
                (unsigned long)d->left_out, d->left_out == 1 ? "" : "s");
    if (d->failed)
        fprintf(out, "  %lu source%s could not be read or parsed\n", (unsigned long)d->failed,
                d->failed == 1 ? "" : "s");
    fprintf(out, "\n%-32s %7s %7s %8s\n", "Tree", "files", "clean", "errors");
    for (size_t i = 0; i < d->n_trees; i++) {
        const tree_row *t = &d->trees[i];
        fprintf(out, "  %-30s %7lu %7lu %8lu\n", t->name,
                (unsigned long)(t->files - t->left_out - t->failed), (unsigned long)t->clean,
                (unsigned long)t->errors);
    }
    write_text_causes(out, d, o);
    fputs("\nFlags from\n", out);
    for (size_t i = 0; i < d->n_origins; i++)
        fprintf(out, "  %6lu  %s\n", (unsigned long)d->origins[i].files, d->origins[i].key);
    if (d->n_warnings) {
        fprintf(out, "\nProblems reading projects (%lu)\n", (unsigned long)d->n_warnings);
        for (size_t i = 0; i < d->n_warnings && i < DOCTOR_MAX_WARNINGS; i++)
            fprintf(out, "  %s\n", d->warnings[i].key);
        if (d->n_warnings > DOCTOR_MAX_WARNINGS)
            fputs("  ... (--format json lists them all)\n", out);
    }
}

/* ---- JSON ---- */

static json_t *json_cause(const cause_row *c, const char *cwd) {
    json_t *j = json_object();
    json_object_set_new(j, "kind", json_string(kind_name(c->kind)));
    json_object_set_new(j, "key", dls_report_string(c->key));
    json_object_set_new(j, "files", json_integer((json_int_t)c->files));
    json_object_set_new(j, "errors", json_integer((json_int_t)c->errors));
    json_object_set_new(j, "errorsAfter", json_integer((json_int_t)c->after));
    if (c->provider)
        json_object_set_new(j, "providedBy", json_string(c->provider));
    if (c->found_at)
        json_object_set_new(j, "foundInTree",
                            dls_report_string(dls_report_relative(c->found_at, cwd)));
    if (c->n_names) {
        json_t *names = json_array();
        for (size_t i = 0; i < c->n_names; i++)
            json_array_append_new(names, dls_report_string(c->names[i]));
        json_object_set_new(j, "names", names);
    }
    if (c->first) {
        json_t *first = json_object();
        json_object_set_new(first, "file",
                            dls_report_string(dls_report_relative(c->first->file, cwd)));
        json_object_set_new(first, "line", json_integer(c->first->line));
        json_object_set_new(first, "column", json_integer(c->first->col));
        json_object_set_new(first, "message", dls_report_string(c->first->message));
        json_object_set_new(j, "first", first);
    }
    return j;
}

static json_t *json_file(const dls_doctor_file *f, const dls_doctor_opts *o) {
    json_t *j = json_object();
    json_object_set_new(j, "path", dls_report_string(dls_report_relative(f->path, o->cwd)));
    char *tree = tree_of(f->path, o);
    json_object_set_new(j, "tree", dls_report_string(tree));
    free(tree);
    json_object_set_new(j, "origin", dls_report_string(f->origin));
    if (f->user_mode)
        json_object_set_new(j, "leftOut", json_string("user-mode"));
    if (f->error)
        json_object_set_new(j, "error", dls_report_string(f->error));
    if (f->diag) {
        json_object_set_new(j, "errors", json_integer(f->diag->errors));
        json_t *causes = json_array();
        for (size_t i = 0; i < f->diag->count; i++) {
            json_t *c = json_object();
            json_object_set_new(c, "kind", json_string(kind_name(f->diag->items[i].kind)));
            json_object_set_new(c, "key", dls_report_string(f->diag->items[i].key));
            json_object_set_new(c, "errors", json_integer(f->diag->items[i].errors));
            json_array_append_new(causes, c);
        }
        json_object_set_new(j, "causes", causes);
    }
    return j;
}

static json_t *json_counts(const count_row *rows, size_t n, const char *name) {
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++) {
        json_t *r = json_object();
        json_object_set_new(r, name, dls_report_string(rows[i].key));
        json_object_set_new(r, "files", json_integer((json_int_t)rows[i].files));
        json_array_append_new(a, r);
    }
    return a;
}

static json_t *json_report(doctor *d, const dls_doctor_file *files, size_t n,
                           const dls_doctor_opts *o) {
    json_t *j = json_object();
    json_object_set_new(j, "version", json_string(o->version ? o->version : ""));
    json_object_set_new(j, "seconds", json_real(o->seconds));
    json_object_set_new(j, "sources", json_integer((json_int_t)n));
    json_object_set_new(j, "parsed", json_integer((json_int_t)d->parsed));
    json_object_set_new(j, "clean", json_integer((json_int_t)d->clean));
    json_object_set_new(j, "errors", json_integer((json_int_t)d->errors));
    json_object_set_new(j, "leftOut", json_integer((json_int_t)d->left_out));
    json_object_set_new(j, "failed", json_integer((json_int_t)d->failed));
    json_t *trees = json_array();
    for (size_t i = 0; i < d->n_trees; i++) {
        const tree_row *t = &d->trees[i];
        json_t *r = json_object();
        json_object_set_new(r, "tree", dls_report_string(t->name));
        json_object_set_new(r, "parsed",
                            json_integer((json_int_t)(t->files - t->left_out - t->failed)));
        json_object_set_new(r, "clean", json_integer((json_int_t)t->clean));
        json_object_set_new(r, "errors", json_integer((json_int_t)t->errors));
        json_object_set_new(r, "leftOut", json_integer((json_int_t)t->left_out));
        json_array_append_new(trees, r);
    }
    json_object_set_new(j, "trees", trees);
    json_t *causes = json_array();
    for (size_t i = 0; i < d->n_causes; i++)
        json_array_append_new(causes, json_cause(&d->causes[i], o->cwd));
    json_object_set_new(j, "causes", causes);
    json_object_set_new(j, "flagsFrom", json_counts(d->origins, d->n_origins, "origin"));
    json_object_set_new(j, "projectProblems", json_counts(d->warnings, d->n_warnings, "problem"));
    json_t *list = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(list, json_file(&files[i], o));
    json_object_set_new(j, "files", list);
    return j;
}

int dls_doctor_write(FILE *out, const dls_doctor_file *files, size_t n, const dls_doctor_opts *o) {
    doctor d = {0};
    for (size_t i = 0; i < n; i++)
        gather_file(&d, &files[i], i, o);
    if (d.n_trees) /* qsort's array may not be NULL, even when empty */
        qsort(d.trees, d.n_trees, sizeof *d.trees, tree_order);
    if (d.n_causes)
        qsort(d.causes, d.n_causes, sizeof *d.causes, cause_order);
    if (d.n_origins)
        qsort(d.origins, d.n_origins, sizeof *d.origins, count_order);
    find_headers(&d, o);
    int rc = 0;
    if (o->json) {
        json_t *doc = json_report(&d, files, n, o);
        rc = dls_report_write_json(out, doc);
        json_decref(doc);
    } else {
        write_text(out, &d, n, o);
        rc = ferror(out) ? -1 : 0;
    }
    doctor_free(&d);
    return rc;
}
