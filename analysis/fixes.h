/*
 * fixes.h - quick-fixes: the text edits that release a work item a rule found leaking. The rules
 * (analysis/rules/) call these right after they create a finding; each adds at most one fix to the
 * finding (preferred, since it is the only one) and adds nothing when no single obvious edit
 * exists: a slot the code cannot name at the insertion point (array elements, pointers written
 * through), a place that only exists inside a macro expansion, a leak inside a loop, code the
 * statement walker cannot read.
 *
 * Every fix inserts the same form, matching the indentation, brace style and line endings of the
 * function it edits:
 *     if (Adapter->ResetWorkItem != NULL) {
 *         NdisFreeIoWorkItem(Adapter->ResetWorkItem);
 *         Adapter->ResetWorkItem = NULL;
 *     }
 * Edits are byte ranges into the files' text as the facts hold it (dls_file_facts.text); they may
 * name another file than the finding's (halt in adapter.c for an allocation in init.c).
 *
 * Thread: the thread running dls_program_check; everything passed in is borrowed for the call.
 */
#ifndef DLS_FIXES_H
#define DLS_FIXES_H

#include "program.h"

/* ndis-workitem-init-halt, failure form: release obj (an object of init's dataflow result) before
 * each leaking return of init (leaks: the failure exits on which it is live), or once in the
 * failure block of a return that success paths share. */
void dls_fix_init_failure(const dls_rule_ctx *ctx, dls_finding *f, const dls_pfn *init, int obj,
                          const dls_flow_exit *const *leaks, unsigned n_leaks);

/* ndis-workitem-init-halt, halt form: release slot key (record: the record of a field slot, NULL
 * for a global; slot_text: how the allocating code spells it) inside halt, before the first
 * statement that may free the record, else before its final return or closing brace (and, with
 * halt: "all-paths", before each earlier return too). api: the allocation's API. */
void dls_fix_init_halt(const dls_rule_ctx *ctx, dls_finding *f, const dls_pfn *halt, dls_api api,
                       const char *key, const char *record, const char *slot_text);

/* workitem-leak: release the handle obj of pf's dataflow result (held in a local or parameter)
 * before each exit it leaks through; where an exit is shared with paths that handed the handle
 * over, also reset the local to NULL after each hand-over. */
void dls_fix_leak(const dls_rule_ctx *ctx, dls_finding *f, const dls_pfn *pf, int obj);

/* After the rules ran: fixes for the findings out->items[start..] of rules that describe the edit
 * in their notes (the finding shape their files document):
 *  - io-workitem-uninit-before-free: "IoUninitializeWorkItem(EXPR);" on a line of its own before
 *    the statement of the free, EXPR taken from the note "call IoUninitializeWorkItem(EXPR) ...";
 *  - io-workitem-storage: the pool argument to NonPagedPoolNx / POOL_FLAG_PAGED to
 *    POOL_FLAG_NON_PAGED, the size argument to IoSizeofWorkItem(), at the ranges of the notes.
 * A finding with a part no single edit can change gets no fix. */
void dls_fix_attach(const dls_rule_ctx *ctx, dls_findings *out, size_t start);

/* The fix to apply for f: its preferred one, else its first; NULL when it has none. */
const dls_fix *dls_fix_preferred(const dls_finding *f);

/* Edits that can be applied together: the preferred fix of each finding of list, taken in order,
 * whole or not at all. A fix is dropped when one of its edits overlaps an edit already taken (two
 * insertions at one offset do not overlap) or when accept (may be NULL) returns 0 for it; an edit
 * equal to one already taken is not repeated. Returns a new array (free it) of pointers into the
 * findings' fixes, sorted by file, then offset, then the order taken (so that insertions at one
 * offset keep their order); *n_edits is its length and *n_taken the number of fixes taken. */
typedef int (*dls_fix_accept_fn)(void *ctx, const dls_edit *e);
const dls_edit **dls_fix_merge(const dls_findings *list, dls_fix_accept_fn accept, void *ctx,
                               size_t *n_edits, size_t *n_taken);

#endif
