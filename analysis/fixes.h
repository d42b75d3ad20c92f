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

#endif
