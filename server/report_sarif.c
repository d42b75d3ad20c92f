/*
 * report_sarif.c - the SARIF 2.1.0 reporter of `drvls lint`, for code-scanning services (GitHub
 * code scanning, Azure DevOps, SARIF viewers): one run with the whole rule catalogue, one result
 * per finding, related locations, a code flow for findings that carry a path, and fixes.
 *
 * Columns and char offsets count UTF-16 code units (columnKind "utf16CodeUnits"), computed from the
 * source text; a file that cannot be read keeps byte counts. Paths under the working directory are
 * relative uris against the base id SRCROOT, others absolute file: uris.
 */
#include "report.h"

#include <stdlib.h>
#include <string.h>

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"
#define SRCROOT "SRCROOT"

typedef struct {
    const dls_report *report;
    dls_report_sources *sources;
    json_t *artifacts; /* run.artifacts, borrowed from the run being built */
    char **artifact_paths;
    size_t n_artifacts;
} sarif_writer;

/* ---- uris ---- */

/* Percent-encode path for a uri: unreserved characters and '/' stay. New heap string. */
static char *uri_escape(const char *path) {
    static const char hex[] = "0123456789ABCDEF";
    char *out = dls_xmalloc(strlen(path) * 3 + 1), *w = out;
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
            strchr("-._~/", *p)) {
            *w++ = (char)*p;
        } else {
            *w++ = '%';
            *w++ = hex[*p >> 4];
            *w++ = hex[*p & 15];
        }
    }
    *w = '\0';
    return out;
}

/* "file:///abs/path" for an absolute path; dir adds a final '/'. New heap string. */
static char *file_uri(const char *path, int dir) {
    char *escaped = uri_escape(path);
    size_t n = strlen(escaped);
    int slash = dir && (n == 0 || escaped[n - 1] != '/');
    char *uri =
        dls_xasprintf("file://%s%s%s", path[0] == '/' ? "" : "/", escaped, slash ? "/" : "");
    free(escaped);
    return uri;
}

/* {"uri", "uriBaseId"?}: relative to SRCROOT when path is under the working directory. New ref. */
static json_t *sarif_uri_location(const sarif_writer *w, const char *path) {
    const char *rel = dls_report_relative(path, w->report->cwd);
    char *uri = rel != path ? uri_escape(rel) : file_uri(path, 0);
    json_t *loc = json_pack("{s:o}", "uri", dls_report_string(uri));
    if (rel != path)
        json_object_set_new(loc, "uriBaseId", json_string(SRCROOT));
    free(uri);
    return loc;
}

/* The index of path in run.artifacts, added when new. */
static size_t sarif_artifact_index(sarif_writer *w, const char *path) {
    for (size_t i = 0; i < w->n_artifacts; i++)
        if (strcmp(w->artifact_paths[i], path) == 0)
            return i;
    w->artifact_paths = dls_xrealloc(w->artifact_paths, (w->n_artifacts + 1) * sizeof(char *));
    w->artifact_paths[w->n_artifacts] = dls_xstrdup(path);
    json_array_append_new(w->artifacts,
                          json_pack("{s:o}", "location", sarif_uri_location(w, path)));
    return w->n_artifacts++;
}

/* artifactLocation of path: uri, uriBaseId and index. New reference. */
static json_t *sarif_artifact_location(sarif_writer *w, const char *path) {
    size_t index = sarif_artifact_index(w, path);
    json_t *loc = sarif_uri_location(w, path);
    json_object_set_new(loc, "index", json_integer((json_int_t)index));
    return loc;
}

/* ---- regions and locations ---- */

/* charOffset/charLength of bytes [begin, end) of path, set on region. */
static void sarif_set_chars(sarif_writer *w, json_t *region, const char *path, unsigned begin,
                            unsigned end) {
    unsigned b = dls_report_utf16_offset(w->sources, path, begin);
    unsigned e = end > begin ? dls_report_utf16_offset(w->sources, path, end) : b;
    json_object_set_new(region, "charOffset", json_integer(b));
    json_object_set_new(region, "charLength", json_integer(e > b ? e - b : 0));
}

/* The region of r, or NULL when r has no line. New reference. */
static json_t *sarif_region(sarif_writer *w, const dls_range *r) {
    if (!r->line)
        return NULL;
    unsigned end_line = r->end_line ? r->end_line : r->line;
    unsigned end_col = r->end_line ? r->end_col : r->col;
    json_t *region = json_pack("{s:I}", "startLine", (json_int_t)r->line);
    if (r->col) {
        unsigned start = dls_report_utf16_column(w->sources, r->file, r->line, r->col);
        unsigned end =
            end_col ? dls_report_utf16_column(w->sources, r->file, end_line, end_col) : start;
        if (end_line == r->line && end < start)
            end = start;
        json_object_set_new(region, "startColumn", json_integer(start));
        json_object_set_new(region, "endLine", json_integer(end_line));
        json_object_set_new(region, "endColumn", json_integer(end));
    } else {
        json_object_set_new(region, "endLine", json_integer(end_line));
    }
    sarif_set_chars(w, region, r->file, r->begin, r->end);
    return region;
}

/* {"physicalLocation": {"artifactLocation", "region"}, "message"?}. New reference. */
static json_t *sarif_location(sarif_writer *w, const dls_range *r, const char *message) {
    json_t *phys = json_pack("{s:o}", "artifactLocation", sarif_artifact_location(w, r->file));
    json_t *region = sarif_region(w, r);
    if (region)
        json_object_set_new(phys, "region", region);
    json_t *loc = json_pack("{s:o}", "physicalLocation", phys);
    if (message)
        json_object_set_new(loc, "message", json_pack("{s:o}", "text", dls_report_string(message)));
    return loc;
}

/* ---- results ---- */

/* The index of rule id in the catalogue, or -1. */
static long sarif_rule_index(const dls_report *r, const char *id) {
    for (size_t i = 0; id && i < r->n_rules; i++)
        if (strcmp(r->rules[i].id, id) == 0)
            return (long)i;
    return -1;
}

/* relatedLocations: ids 1..n in the order of the finding's notes. New reference. */
static json_t *sarif_related(sarif_writer *w, const dls_finding *f) {
    json_t *related = json_array();
    for (size_t i = 0; i < f->n_notes; i++) {
        json_t *loc = sarif_location(w, &f->notes[i].range, f->notes[i].message);
        json_object_set_new(loc, "id", json_integer((json_int_t)i + 1));
        json_array_append_new(related, loc);
    }
    return related;
}

/* codeFlows: one thread flow through the finding's path. New reference. */
static json_t *sarif_code_flows(sarif_writer *w, const dls_finding *f) {
    json_t *steps = json_array();
    for (size_t i = 0; i < f->n_path; i++)
        json_array_append_new(steps,
                              json_pack("{s:o}", "location",
                                        sarif_location(w, &f->path[i].range, f->path[i].message)));
    return json_pack("[{s:[{s:o}]}]", "threadFlows", "locations", steps);
}

/* The artifactChanges entry of fix for file, created when absent. Borrowed. */
static json_t *sarif_change_for(sarif_writer *w, json_t *changes, const char *file) {
    size_t i;
    json_t *change;
    json_array_foreach(changes, i, change) {
        json_t *loc = json_object_get(change, "artifactLocation");
        json_int_t index = json_integer_value(json_object_get(loc, "index"));
        if (strcmp(w->artifact_paths[index], file) == 0)
            return change;
    }
    change = json_pack("{s:o, s:[]}", "artifactLocation", sarif_artifact_location(w, file),
                       "replacements");
    json_array_append_new(changes, change);
    return change;
}

/* One fix: its edits grouped by file. NULL when it has no edits. New reference. */
static json_t *sarif_fix(sarif_writer *w, const dls_fix *fix) {
    if (!fix->n_edits)
        return NULL;
    json_t *changes = json_array();
    for (size_t i = 0; i < fix->n_edits; i++) {
        const dls_edit *e = &fix->edits[i];
        json_t *deleted = json_object();
        sarif_set_chars(w, deleted, e->file, e->begin, e->end);
        json_t *replacement = json_pack("{s:o, s:{s:o}}", "deletedRegion", deleted,
                                        "insertedContent", "text", dls_report_string(e->text));
        json_array_append_new(
            json_object_get(sarif_change_for(w, changes, e->file), "replacements"), replacement);
    }
    return json_pack("{s:{s:o}, s:o}", "description", "text", dls_report_string(fix->title),
                     "artifactChanges", changes);
}

static const char *sarif_level(dls_severity s) {
    return dls_report_severity_name(s); /* "error", "warning", "note" are SARIF levels too */
}

/* One result. New reference. */
static json_t *sarif_result(sarif_writer *w, const dls_finding *f) {
    json_t *res = json_pack("{s:o}", "ruleId", dls_report_string(f->rule));
    long index = sarif_rule_index(w->report, f->rule);
    if (index >= 0)
        json_object_set_new(res, "ruleIndex", json_integer(index));
    json_object_set_new(res, "level", json_string(sarif_level(f->severity)));
    json_object_set_new(res, "message", json_pack("{s:o}", "text", dls_report_string(f->message)));
    if (f->range.file)
        json_object_set_new(res, "locations", json_pack("[o]", sarif_location(w, &f->range, NULL)));
    if (f->n_notes)
        json_object_set_new(res, "relatedLocations", sarif_related(w, f));
    if (f->n_path)
        json_object_set_new(res, "codeFlows", sarif_code_flows(w, f));
    json_t *fixes = json_array();
    for (size_t i = 0; i < f->n_fixes; i++) {
        json_t *fix = sarif_fix(w, &f->fixes[i]);
        if (fix)
            json_array_append_new(fixes, fix);
    }
    if (json_array_size(fixes))
        json_object_set_new(res, "fixes", fixes);
    else
        json_decref(fixes);
    return res;
}

/* ---- the run ---- */

/* One reportingDescriptor of the catalogue. New reference. */
static json_t *sarif_rule(const dls_rule_info *rule) {
    const char *shortd = rule->short_description ? rule->short_description : rule->id;
    const char *fulld = rule->full_description ? rule->full_description : shortd;
    char *help = dls_xasprintf("%s%s", DLS_REPORT_HELP_BASE, rule->id);
    json_t *desc = json_pack("{s:o}", "id", dls_report_string(rule->id));
    if (rule->name)
        json_object_set_new(desc, "name", dls_report_string(rule->name));
    json_object_set_new(desc, "shortDescription",
                        json_pack("{s:o}", "text", dls_report_string(shortd)));
    json_object_set_new(desc, "fullDescription",
                        json_pack("{s:o}", "text", dls_report_string(fulld)));
    json_object_set_new(desc, "helpUri", dls_report_string(help));
    json_object_set_new(desc, "defaultConfiguration",
                        json_pack("{s:s}", "level", sarif_level(rule->severity)));
    json_object_set_new(
        desc, "properties",
        json_pack("{s:[s, s], s:s}", "tags", "correctness", "windows-driver", "precision", "high"));
    free(help);
    return desc;
}

/* tool.driver. New reference. */
static json_t *sarif_driver(const dls_report *r) {
    json_t *rules = json_array();
    for (size_t i = 0; i < r->n_rules; i++)
        json_array_append_new(rules, sarif_rule(&r->rules[i]));
    const char *version = r->version ? r->version : "0.0.0";
    return json_pack("{s:s, s:s, s:s, s:s, s:o}", "name", "drvls", "version", version,
                     "semanticVersion", version, "informationUri", DLS_REPORT_INFO_URI, "rules",
                     rules);
}

/* invocations: whether the run analysed every file, and the notices about those it could not. */
static json_t *sarif_invocations(sarif_writer *w) {
    const dls_report *r = w->report;
    json_t *notes = json_array();
    for (size_t i = 0; i < r->n_notices; i++) {
        const dls_report_notice *n = &r->notices[i];
        json_t *note = json_pack("{s:s, s:{s:o}}", "level", sarif_level(n->severity), "message",
                                 "text", dls_report_string(n->message));
        if (n->file) {
            json_t *phys =
                json_pack("{s:o}", "artifactLocation", sarif_artifact_location(w, n->file));
            json_object_set_new(note, "locations", json_pack("[{s:o}]", "physicalLocation", phys));
        }
        json_array_append_new(notes, note);
    }
    json_t *inv = json_pack("{s:b}", "executionSuccessful", r->execution_successful);
    if (json_array_size(notes))
        json_object_set_new(inv, "toolExecutionNotifications", notes);
    else
        json_decref(notes);
    return json_pack("[o]", inv);
}

json_t *dls_report_sarif(const dls_report *r) {
    sarif_writer w = {r, dls_report_sources_new(), json_array(), NULL, 0};
    json_t *results = json_array();
    for (size_t i = 0; i < r->findings->count; i++)
        json_array_append_new(results, sarif_result(&w, &r->findings->items[i]));
    json_t *run = json_pack("{s:{s:o}, s:o}", "tool", "driver", sarif_driver(r), "invocations",
                            sarif_invocations(&w));
    if (r->cwd) {
        char *root = file_uri(r->cwd, 1);
        json_object_set_new(run, "originalUriBaseIds",
                            json_pack("{s:{s:o}}", SRCROOT, "uri", dls_report_string(root)));
        free(root);
    }
    json_object_set_new(run, "artifacts", w.artifacts);
    json_object_set_new(run, "columnKind", json_string("utf16CodeUnits"));
    json_object_set_new(run, "results", results);
    for (size_t i = 0; i < w.n_artifacts; i++)
        free(w.artifact_paths[i]);
    free(w.artifact_paths);
    dls_report_sources_free(w.sources);
    return json_pack("{s:s, s:s, s:[o]}", "$schema", SARIF_SCHEMA, "version", "2.1.0", "runs", run);
}
