/*
 * codeaction.h - textDocument/codeAction: the checker's quick-fixes as LSP code actions, and the
 * identifier each published rule diagnostic carries in its `data` so that a code action request
 * finds its finding again.
 *
 * Findings are looked up in the open document's kept findings (dls_doc.rules), whose ranges and
 * fix edits move with the document's edits; the checker is not run again. Thread: the loop thread.
 */
#ifndef DLS_CODEACTION_H
#define DLS_CODEACTION_H

#include <jansson.h>

#include "analysis.h"

struct dls_server;

/* The `data` member of the diagnostic published for rule finding f of list (a document's kept
 * findings): its identifier there (rule, message, and which of equal ones it is). New
 * reference. */
json_t *dls_action_diagnostic_data(const dls_findings *list, const dls_finding *f);

/* The handler of textDocument/codeAction (see server.h for the handler contract). */
int dls_action_code_action(struct dls_server *s, const json_t *id, json_t *params);

#endif
