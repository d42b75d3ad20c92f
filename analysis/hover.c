/*
 * hover.c - the lifecycle of a work item as the checker sees it, for the editor's hover: at a
 * work-item API call (or an access to the slot it uses), list where the handle in that slot is
 * allocated, queued and released across the whole driver, in Markdown.
 *
 * Field and global slots are program-wide (the same key in every function); locals and
 * parameters are described within their function.
 */
#include "hover.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The slot an API event works on in its function, or -1. */
static int event_slot(const dls_event *ev) {
    if (ev->kind != DLS_EV_CALL || ev->api == DLS_API_NONE)
        return -1;
    if (ev->api == DLS_API_NDIS_ALLOC || ev->api == DLS_API_IO_ALLOC)
        return ev->ret_slot;
    unsigned arg = ev->api == DLS_API_IO_INIT ? 1 : 0;
    if (ev->n_args > arg && ev->args[arg].kind == DLS_VAL_SLOT)
        return ev->args[arg].slot;
    return -1;
}

static const char *verb_of(dls_api api) {
    switch (api) {
    case DLS_API_NDIS_ALLOC:
    case DLS_API_IO_ALLOC:
        return "allocated";
    case DLS_API_IO_INIT:
        return "initialized";
    case DLS_API_NDIS_QUEUE:
    case DLS_API_IO_QUEUE:
    case DLS_API_IO_QUEUE_EX:
        return "queued";
    case DLS_API_IO_UNINIT:
        return "uninitialized";
    default:
        return "released";
    }
}

/* The API event whose call range holds offset, in the function of file holding it. */
static const dls_event *event_at(const dls_rule_ctx *ctx, const char *file, unsigned offset,
                                 const dls_pfn **owner) {
    for (unsigned i = 0; i < ctx->n_fns; i++) {
        const dls_pfn *pf = &ctx->fns[i];
        const dls_loc *body = &pf->fn->body_loc;
        if (strcmp(pf->ff->path, file) != 0 || offset < body->begin || offset >= body->end)
            continue;
        for (unsigned b = 0; b < pf->fn->cfg.n; b++) {
            const dls_block *blk = &pf->fn->cfg.blocks[b];
            for (unsigned e = 0; e < blk->n_ev; e++) {
                const dls_event *ev = &blk->ev[e];
                if (event_slot(ev) >= 0 && offset >= ev->loc.begin && offset < ev->loc.end) {
                    *owner = pf;
                    return ev;
                }
            }
        }
    }
    return NULL;
}

typedef struct {
    char *buf;
    size_t len, cap;
} text_buf;

static void put(text_buf *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void put(text_buf *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *s;
    if (vasprintf(&s, fmt, ap) < 0)
        s = NULL;
    va_end(ap);
    if (!s)
        return;
    size_t n = strlen(s);
    if (t->len + n + 1 > t->cap) {
        t->cap = (t->len + n + 1) * 2;
        t->buf = dls_xrealloc(t->buf, t->cap);
    }
    memcpy(t->buf + t->len, s, n + 1);
    t->len += n;
    free(s);
}

static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

enum { SEEN_RELEASE = 1, SEEN_QUEUE = 2 };

/* One line per event on the same slot whose verb is `verb`: "- allocated in `F` (file.c:12)".
 * Returns the SEEN_* bits of what was listed. */
static int list_events(const dls_rule_ctx *ctx, const dls_pfn *home, const dls_slot *target,
                       const char *only, text_buf *t) {
    int program_wide = target->kind == DLS_SLOT_FIELD || target->kind == DLS_SLOT_GLOBAL;
    int seen = 0;
    for (unsigned i = 0; i < ctx->n_fns; i++) {
        const dls_pfn *pf = &ctx->fns[i];
        if (!program_wide && pf != home)
            continue;
        for (unsigned b = 0; b < pf->fn->cfg.n; b++) {
            const dls_block *blk = &pf->fn->cfg.blocks[b];
            for (unsigned e = 0; e < blk->n_ev; e++) {
                int slot = event_slot(&blk->ev[e]);
                if (slot < 0 || strcmp(pf->fn->slots[slot].key, target->key) != 0)
                    continue;
                const dls_event *ev = &blk->ev[e];
                const char *verb = verb_of(ev->api);
                if (strcmp(verb, only) != 0)
                    continue;
                seen |= strcmp(verb, "released") == 0 ? SEEN_RELEASE : 0;
                seen |= strcmp(verb, "queued") == 0 ? SEEN_QUEUE : 0;
                put(t, "- %s in `%s` (%s:%u)", verb, pf->fn->name, base_name(pf->ff->path),
                    ev->loc.line);
                if (ev->n_args > 1 && ev->args[1].kind == DLS_VAL_FUNC &&
                    strcmp(verb, "queued") == 0)
                    put(t, " to `%s`", ev->args[1].func);
                put(t, "\n");
            }
        }
    }
    return seen;
}

char *dls_hover_describe(const dls_rule_ctx *ctx, const char *file, unsigned offset) {
    const dls_pfn *home = NULL;
    const dls_event *ev = event_at(ctx, file, offset, &home);
    if (!ev)
        return NULL;
    const dls_slot *slot = &home->fn->slots[event_slot(ev)];
    text_buf t = {0};
    put(&t, "**drvls: work item `%s`**", slot->text ? slot->text : slot->key);
    if (slot->kind == DLS_SLOT_FIELD)
        put(&t, " (slot `%s`)", slot->key);
    put(&t, "\n\n");
    static const char *const order[] = {"allocated", "initialized", "queued", "uninitialized",
                                        "released"};
    int seen = 0;
    for (size_t i = 0; i < sizeof order / sizeof *order; i++)
        seen |= list_events(ctx, home, slot, order[i], &t);
    if (!(seen & SEEN_RELEASE) && (seen & SEEN_QUEUE) && !dls_slot_long_lived(slot)) {
        put(&t, "- handed to its work routine, which must free it\n");
    } else if (!(seen & SEEN_RELEASE)) {
        int elsewhere = (slot->kind == DLS_SLOT_FIELD || slot->kind == DLS_SLOT_GLOBAL) &&
                        dls_program_released_anywhere(ctx, slot->key, slot->record);
        put(&t, elsewhere ? "- released through a helper or code drvls cannot see\n"
                          : "- **never released** by a function drvls sees directly\n");
    }
    return t.buf;
}
