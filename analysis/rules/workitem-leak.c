/*
 * workitem-leak.c - a handle held only in a local (or parameter) that reaches a function exit on
 * some path neither released nor handed over (queued, returned, stored where it outlives the
 * function, passed to unknown code). Reads every function's dataflow exits.
 */
#include "fixes.h"
#include "program.h"

#include <stdlib.h>

static void dls_leak_fn(const dls_rule_ctx *ctx, const dls_pfn *pf, dls_findings *out) {
    const dls_flow_result *r = pf->res;
    for (unsigned o = 0; o < r->n_objs; o++) {
        dls_finding *f = NULL;
        for (unsigned e = 0; e < r->n_exits; e++) {
            const dls_flow_exit *ex = &r->exits[e];
            if (dls_flow_ob_status(r, ex->st, (int)o) != DLS_OB_LIVE ||
                dls_flow_ob_null(r, ex->st, (int)o) == DLS_NUL_NULL ||
                dls_flow_ob_long_lived(r, ex->st, (int)o))
                continue;
            const dls_flow_obj *fo = &r->objs[o];
            const dls_event *ev = &pf->fn->cfg.blocks[fo->block].ev[fo->ev];
            if (!f) {
                int home = dls_flow_ob_home(r, ex->st, (int)o);
                const char *name = home >= 0 && (unsigned)home < pf->fn->n_slots
                                       ? pf->fn->slots[home].text
                                       : "the handle";
                char *msg = dls_xasprintf("work item allocated here (%s) leaks: it reaches the "
                                          "end of %s without being freed or handed over",
                                          name, pf->fn->name);
                f = dls_program_report(ctx, out, "workitem-leak", pf->ff->path, &ev->loc, msg);
                free(msg);
                if (!f)
                    return;
                unsigned n;
                dls_flow_step *steps = dls_flow_path_from(r, ex->st, (int)o, &n);
                dls_program_path(f, pf->ff->path, steps, n);
                free(steps);
                dls_program_note(f, 1, pf->ff->path, &ex->loc, "the work item leaks here");
            }
            int dup = 0;
            for (unsigned j = 0; j < e && !dup; j++)
                dup = r->exits[j].block == ex->block &&
                      dls_flow_ob_status(r, r->exits[j].st, (int)o) == DLS_OB_LIVE &&
                      dls_flow_ob_null(r, r->exits[j].st, (int)o) != DLS_NUL_NULL &&
                      !dls_flow_ob_long_lived(r, r->exits[j].st, (int)o);
            if (!dup)
                dls_program_note(f, 0, pf->ff->path, &ex->loc,
                                 ex->implicit ? "the function ends here without releasing it"
                                              : "returns here without releasing it");
        }
        if (f)
            dls_fix_leak(ctx, f, pf, (int)o);
    }
}

void dls_rule_leak(const dls_rule_ctx *ctx, dls_findings *out) {
    for (unsigned i = 0; i < ctx->n_fns; i++) {
        const dls_pfn *pf = &ctx->fns[i];
        if (pf->res && pf->res->complete && pf->res->n_objs)
            dls_leak_fn(ctx, pf, out);
    }
}
