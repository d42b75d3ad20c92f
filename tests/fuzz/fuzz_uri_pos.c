/*
 * fuzz_uri_pos.c - fuzz target for what turns client coordinates into ours: file URIs <-> paths
 * (protocol/uri.c), LSP positions <-> byte offsets in UTF-16 and UTF-8 (protocol/lsp.c), and
 * incremental edits, both on a bare dls_text and on an open document whose published findings are
 * kept in step with the edits (server/documents.c).
 *
 * Input: byte 0 picks the position encoding; then a URI up to a NUL, a document text up to a NUL,
 * and the rest is a list of 6-byte operations (kind, start line/character, end line/character,
 * length of the text to insert, which follows the operation). Invariants checked:
 *   - a path from a URI makes a URI that gives the same path back (a drive path's '\\' may come
 *     back as '/'), and a POSIX path survives path -> URI -> path;
 *   - offset(position) stays in the text and converts back to the same position, and
 *     position(offset(position(o))) == position(o) for any offset o;
 *   - an edit replaces exactly [offset(start), offset(end)) (swapped when reversed) with the new
 *     text, leaving the buffer NUL-terminated;
 *   - after edits, each finding an open document still holds covers the same text it covered
 *     when it was published; its fixes too.
 */
#include "documents.h"
#include "fuzz.h"
#include "lsp.h"
#include "uri.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    return 0;
}

/* Whether a path is in the form dls_uri_to_path turns into a drive path ("/c:" or "/c:/..."). */
static int looks_like_drive(const char *p) {
    return p[0] == '/' && ((p[1] >= 'a' && p[1] <= 'z') || (p[1] >= 'A' && p[1] <= 'Z')) &&
           p[2] == ':' && (p[3] == '\0' || p[3] == '/');
}

/* Whether two paths name the same file: equal, or for drive paths ("c:/...", where '\\' is a
 * separator too and dls_uri_from_path writes it as '/'), equal once every '\\' is a '/'. */
static int same_path(const char *a, const char *b) {
    if (strcmp(a, b) == 0)
        return 1;
    if (!(a[0] && a[1] == ':'))
        return 0;
    for (; *a && *b; a++, b++)
        if (*a != *b && !((*a == '\\' || *a == '/') && (*b == '\\' || *b == '/')))
            return 0;
    return *a == *b;
}

static void check_uri(const char *uri) {
    char *path = dls_uri_to_path(uri);
    if (path) {
        char *again = dls_uri_from_path(path);
        FUZZ_CHECK(again != NULL);
        char *back = dls_uri_to_path(again);
        FUZZ_CHECK(back != NULL && same_path(back, path));
        free(back);
        free(again);
    }
    /* The URI's bytes taken as a path. */
    if (uri[0] == '/' && !looks_like_drive(uri)) {
        char *u = dls_uri_from_path(uri);
        FUZZ_CHECK(u != NULL);
        char *back = dls_uri_to_path(u);
        FUZZ_CHECK(back != NULL && strcmp(back, uri) == 0);
        free(back);
        free(u);
    }
    free(path);
}

static int same_pos(dls_position a, dls_position b) {
    return a.line == b.line && a.character == b.character;
}

static void check_positions(const char *text, size_t len, dls_position pos, size_t o,
                            dls_pos_encoding enc) {
    size_t off = dls_lsp_offset(text, len, pos, enc);
    FUZZ_CHECK(off <= len);
    dls_position p = dls_lsp_position(text, len, off, enc);
    FUZZ_CHECK(dls_lsp_offset(text, len, p, enc) == off);
    FUZZ_CHECK(p.line <= pos.line);

    o %= len + 1;
    dls_position q = dls_lsp_position(text, len, o, enc);
    size_t back = dls_lsp_offset(text, len, q, enc);
    FUZZ_CHECK(back <= len);
    FUZZ_CHECK(same_pos(dls_lsp_position(text, len, back, enc), q));
}

/* What an edit must produce: text with [s, e) (swapped if reversed) replaced by ins. New heap
 * buffer, length in *out_len. */
static char *splice(const char *text, size_t len, dls_position start, dls_position end,
                    const char *ins, size_t n, dls_pos_encoding enc, size_t *out_len, size_t *a_out,
                    size_t *b_out) {
    size_t a = dls_lsp_offset(text, len, start, enc);
    size_t b = dls_lsp_offset(text, len, end, enc);
    if (b < a) {
        size_t t = a;
        a = b;
        b = t;
    }
    char *out = malloc(len - (b - a) + n + 1);
    FUZZ_CHECK(out != NULL);
    memcpy(out, text, a);
    memcpy(out + a, ins, n);
    memcpy(out + a + n, text + b, len - b);
    *out_len = len - (b - a) + n;
    out[*out_len] = '\0';
    *a_out = a;
    *b_out = b;
    return out;
}

#define N_FINDINGS 8
#define DOC_PATH "/fuzz/doc.c"

/* What each finding covered when it was published, by index in its message ("f<i>"). */
typedef struct {
    char *text[N_FINDINGS];
    char *fix_text[N_FINDINGS];
} published;

static char *dup_span(const char *text, unsigned begin, unsigned end) {
    char *s = malloc(end - begin + 1);
    FUZZ_CHECK(s != NULL);
    memcpy(s, text + begin, end - begin);
    s[end - begin] = '\0';
    return s;
}

/* Publish N_FINDINGS findings spread over the document (widths 0 to 3, each with a fix that
 * replaces a span of its own and a related note), remembering what they cover. */
static void publish(dls_doc *doc, published *pub) {
    size_t len = doc->text.len;
    for (unsigned i = 0; i < N_FINDINGS; i++) {
        dls_finding *f = dls_findings_add(i % 2 ? &doc->rules : &doc->clang);
        unsigned begin = (unsigned)(len * i / N_FINDINGS);
        unsigned end = begin + i % 4 <= len ? begin + i % 4 : (unsigned)len;
        f->rule = i % 2 ? "fuzz-rule" : "clang";
        f->severity = DLS_SEV_WARNING;
        f->range.file = dls_xstrdup(DOC_PATH);
        f->range.begin = begin;
        f->range.end = end;
        f->message = dls_xasprintf("f%u", i);
        dls_finding_add_note(f, 0, &f->range, "note");
        f->fixes = dls_xcalloc(1, sizeof *f->fixes);
        f->n_fixes = 1;
        f->fixes[0].title = dls_xstrdup("fix");
        f->fixes[0].edits = dls_xcalloc(1, sizeof *f->fixes[0].edits);
        f->fixes[0].n_edits = 1;
        dls_edit *e = &f->fixes[0].edits[0];
        e->file = dls_xstrdup(DOC_PATH);
        e->begin = end;
        e->end = end + 1 <= len ? end + 1 : (unsigned)len;
        e->text = dls_xstrdup("x");
        pub->text[i] = dup_span(doc->text.data, begin, end);
        pub->fix_text[i] = dup_span(doc->text.data, e->begin, e->end);
    }
}

static void check_findings(const dls_doc *doc, const dls_findings *list, const published *pub) {
    for (size_t i = 0; i < list->count; i++) {
        const dls_finding *f = &list->items[i];
        unsigned id = (unsigned)atoi(f->message + 1);
        FUZZ_CHECK(id < N_FINDINGS);
        FUZZ_CHECK(f->range.begin <= f->range.end && f->range.end <= doc->text.len);
        FUZZ_CHECK(memcmp(doc->text.data + f->range.begin, pub->text[id],
                          f->range.end - f->range.begin) == 0 &&
                   strlen(pub->text[id]) == f->range.end - f->range.begin);
        const dls_edit *e = &f->fixes[0].edits[0];
        FUZZ_CHECK(e->begin <= e->end && e->end <= doc->text.len);
        FUZZ_CHECK(strlen(pub->fix_text[id]) == e->end - e->begin &&
                   memcmp(doc->text.data + e->begin, pub->fix_text[id], e->end - e->begin) == 0);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2)
        return 0;
    dls_pos_encoding enc = data[0] & 1 ? DLS_ENC_UTF8 : DLS_ENC_UTF16;
    char *copy = malloc(size);
    FUZZ_CHECK(copy != NULL);
    memcpy(copy, data + 1, size - 1);
    copy[size - 1] = '\0';
    const char *end = copy + size - 1;

    const char *uri = copy;
    check_uri(uri);
    const char *text = uri + strlen(uri) + 1;
    if (text > end)
        text = end;
    size_t text_len = strlen(text);
    const char *ops = text + text_len + 1;
    if (ops > end)
        ops = end;

    dls_text t = {dls_xstrndup(text, text_len), text_len};
    dls_docs docs = {0};
    dls_doc *doc = dls_doc_open(&docs, "file:///fuzz/doc.c", DOC_PATH, 1, text, text_len);
    published pub;
    publish(doc, &pub);

    while (end - ops >= 6) {
        const unsigned char *op = (const unsigned char *)ops;
        dls_position a = {op[1] % 64, op[2]}, b = {op[3] % 64, op[4]};
        size_t n = op[5] % 16;
        ops += 6;
        if ((size_t)(end - ops) < n)
            n = (size_t)(end - ops);
        const char *ins = ops;
        ops += n;
        switch (op[0] % 4) {
        case 0:
        case 1:
            check_positions(t.data, t.len, a, (size_t)op[3] << 8 | op[4], enc);
            check_positions(doc->text.data, doc->text.len, b, (size_t)op[1] << 8 | op[2], enc);
            break;
        case 2: {
            size_t want_len, s, e;
            char *want = splice(t.data, t.len, a, b, ins, n, enc, &want_len, &s, &e);
            FUZZ_CHECK(dls_lsp_apply_edit(&t, a, b, ins, n, enc) == 0);
            FUZZ_CHECK(t.len == want_len && memcmp(t.data, want, want_len + 1) == 0);
            free(want);
            break;
        }
        case 3: {
            size_t want_len, s, e;
            char *want =
                splice(doc->text.data, doc->text.len, a, b, ins, n, enc, &want_len, &s, &e);
            dls_doc_change(doc, 1, a, b, ins, n, enc);
            FUZZ_CHECK(doc->text.len == want_len &&
                       memcmp(doc->text.data, want, want_len + 1) == 0);
            free(want);
            check_findings(doc, &doc->clang, &pub);
            check_findings(doc, &doc->rules, &pub);
            break;
        }
        }
    }
    for (unsigned i = 0; i < N_FINDINGS; i++) {
        free(pub.text[i]);
        free(pub.fix_text[i]);
    }
    dls_docs_free(&docs);
    free(t.data);
    free(copy);
    return 0;
}
