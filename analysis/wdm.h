/*
 * wdm.h - what the WDM work-item rules (io-workitem-*, workitem-never-freed, -double-free,
 * -use-after-free, -null-deref) share: the source text of an argument, which slots the driver
 * initialises with IoInitializeWorkItem, where a PnP dispatch routine handles
 * IRP_MN_REMOVE_DEVICE, the call event at a site, and a set of sites already reported.
 *
 * Everything passed in is borrowed from the program being checked (program.h) and valid only
 * during the rules' run. Thread: the thread running dls_program_check.
 */
#ifndef DLS_WDM_H
#define DLS_WDM_H

#include "program.h"

/* The source text of argument v of a call in ff (blanks folded), or NULL when it cannot be read
 * (a macro expansion, an unknown range). New string. */
char *dls_wdm_arg_text(const dls_file_facts *ff, const dls_val *v);

/* Whether some function of the program passes long-lived slot key to IoInitializeWorkItem, or
 * stores into it a local it passes there. */
int dls_wdm_initialised(const dls_rule_ctx *ctx, const char *key);

/* The first IoInitializeWorkItem call on long-lived slot key (and its function), or NULL. */
const dls_event *dls_wdm_init_of(const dls_rule_ctx *ctx, const char *key, const dls_pfn **owner);

/* Where pf handles IRP_MN_REMOVE_DEVICE: the case label of a switch on ...->MinorFunction, or
 * the condition comparing it with IRP_MN_REMOVE_DEVICE; NULL when it does not. */
const dls_loc *dls_wdm_remove_device(const dls_pfn *pf);

/* Whether queue call q passes its work item to a routine that frees or uninitialises the item it
 * receives (its NdisIoWorkItemHandle / IoWorkItem parameter), or to a routine the checker cannot
 * see. IoQueueWorkItem's routine receives no item: 0. */
int dls_wdm_routine_frees(const dls_rule_ctx *ctx, const dls_event *q);

/* Whether some queue call of the driver passes long-lived slot key to a work routine that frees
 * or uninitialises the work item it receives (its NdisIoWorkItemHandle / IoWorkItem parameter),
 * or to a routine the checker cannot see. */
int dls_wdm_queued_to_freeing_routine(const dls_rule_ctx *ctx, const char *key);

/* The call event of the program at file / byte offset begin (and its function), or NULL. */
const dls_event *dls_wdm_event_at(const dls_rule_ctx *ctx, const char *file, unsigned begin,
                                  const dls_pfn **owner);

/* A work-item call on a path where its work item was released before. */
typedef enum {
    DLS_WDM_USE_OK = 0,
    DLS_WDM_DOUBLE_FREE,   /* freed or uninitialised again */
    DLS_WDM_USE_AFTER_FREE /* queued, uninitialised after its storage was freed, or initialised in
                              freed storage */
} dls_wdm_use;

/* How the call observed in ob (pf's dataflow) uses a work item released earlier on the path;
 * *release is then the releasing call. */
dls_wdm_use dls_wdm_use_of(const dls_pfn *pf, const dls_flow_obs *ob, const dls_event **release);

/* Report, under rule, every call of the driver that uses a work item as kind says: at the call,
 * with a note at the release and the path as the finding's path. */
void dls_wdm_report_uses(const dls_rule_ctx *ctx, dls_findings *out, const char *rule,
                         dls_wdm_use kind);

/* Sites (file, offset) a rule has reported, so each is reported once. */
typedef struct {
    const char **files;
    unsigned *begins;
    unsigned n;
} dls_wdm_seen;

/* Add a site; returns 0 when it was there already. */
int dls_wdm_seen_add(dls_wdm_seen *s, const char *file, unsigned begin);
void dls_wdm_seen_free(dls_wdm_seen *s);

/* One rule's run over the observed states: where findings go, the sites reported so far, and
 * what the rule passes its visitor. */
typedef struct {
    dls_findings *out;
    dls_wdm_seen seen;
    const void *arg;
} dls_wdm_run;

/* Call visit for every state the dataflow observed before a call, in every function whose
 * analysis completed, with a run whose seen set lives until the end. */
typedef void (*dls_wdm_visit)(const dls_rule_ctx *ctx, const dls_pfn *pf, const dls_flow_obs *ob,
                              dls_wdm_run *run);
void dls_wdm_each_obs(const dls_rule_ctx *ctx, dls_findings *out, dls_wdm_visit visit,
                      const void *arg);

/* The storage slot of an IoInitializeWorkItem call (its second argument), or -1 for any other
 * event. */
int dls_wdm_init_storage(const dls_event *ev);

#endif
