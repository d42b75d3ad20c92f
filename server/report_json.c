/*
 * report_json.c - the JSON reporter of `drvls lint`: one document with every finding, its range in
 * lines, byte columns and byte offsets, related locations and fixes. Other tools (the rule fixture
 * runner among them) read this shape; report.h states it.
 */
#include "report.h"

/* {"line", "column", "offset"}. New reference. */
static json_t *json_position(unsigned line, unsigned col, unsigned offset) {
    return json_pack("{s:I, s:I, s:I}", "line", (json_int_t)line, "column", (json_int_t)col,
                     "offset", (json_int_t)offset);
}

/* {"start": position, "end": position}. New reference. */
static json_t *json_range(const dls_range *r) {
    return json_pack("{s:o, s:o}", "start", json_position(r->line, r->col, r->begin), "end",
                     json_position(r->end_line, r->end_col, r->end));
}

/* {"file", "range", "message"}. New reference. */
static json_t *json_note(const dls_note *n) {
    return json_pack("{s:o, s:o, s:o}", "file", dls_report_string(n->range.file), "range",
                     json_range(&n->range), "message", dls_report_string(n->message));
}

/* {"title", "edits": [{"file", "start", "end", "text"}]}. New reference. */
static json_t *json_fix(const dls_fix *fix) {
    json_t *edits = json_array();
    for (size_t i = 0; i < fix->n_edits; i++) {
        const dls_edit *e = &fix->edits[i];
        json_array_append_new(edits,
                              json_pack("{s:o, s:I, s:I, s:o}", "file", dls_report_string(e->file),
                                        "start", (json_int_t)e->begin, "end", (json_int_t)e->end,
                                        "text", dls_report_string(e->text)));
    }
    return json_pack("{s:o, s:o}", "title", dls_report_string(fix->title), "edits", edits);
}

/* One finding. New reference. */
static json_t *json_finding(const dls_finding *f) {
    json_t *related = json_array(), *fixes = json_array();
    for (size_t i = 0; i < f->n_notes; i++)
        json_array_append_new(related, json_note(&f->notes[i]));
    for (size_t i = 0; i < f->n_fixes; i++)
        json_array_append_new(fixes, json_fix(&f->fixes[i]));
    return json_pack("{s:o, s:s, s:o, s:o, s:o, s:o, s:o}", "rule", dls_report_string(f->rule),
                     "severity", dls_report_severity_name(f->severity), "file",
                     dls_report_string(f->range.file), "range", json_range(&f->range), "message",
                     dls_report_string(f->message), "related", related, "fixes", fixes);
}

json_t *dls_report_json(const dls_report *r) {
    json_t *findings = json_array();
    for (size_t i = 0; i < r->findings->count; i++)
        json_array_append_new(findings, json_finding(&r->findings->items[i]));
    return json_pack("{s:i, s:{s:s, s:s}, s:o}", "version", 1, "tool", "name", "drvls", "version",
                     r->version ? r->version : "", "findings", findings);
}

int dls_report_write_json(FILE *out, const json_t *doc) {
    if (json_dumpf(doc, out, JSON_INDENT(2)) != 0)
        return -1;
    fputc('\n', out);
    return fflush(out) != 0 || ferror(out) ? -1 : 0;
}
