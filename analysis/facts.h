/*
 * facts.h - the per-file facts behind check.h's opaque dls_file_facts: every function defined in
 * the main file (its slots and CFG), and the role facts the file shows (role type declarations and
 * registrations). Built by dls_facts_extract (facts.c) in one walk of each function body.
 *
 * Facts hold no libclang objects: byte offsets, line/columns, names, USRs and a copy of the file
 * text. Ownership: everything is owned by the dls_file_facts and freed by dls_facts_free. Thread:
 * built on the thread that holds the unit; read-only afterwards (any one thread at a time).
 */
#ifndef DLS_FACTS_H
#define DLS_FACTS_H

#include "cfg.h"
#include "check.h"

/* What a function returns, for splitting its summary into success and failure outcomes. */
typedef enum {
    DLS_RET_VOID,
    DLS_RET_STATUS, /* NDIS_STATUS or NTSTATUS */
    DLS_RET_BOOL,   /* BOOLEAN / BOOL */
    DLS_RET_PTR,
    DLS_RET_OTHER
} dls_ret_kind;

typedef struct {
    char *name, *usr;
    int is_static;
    dls_loc name_loc; /* the name in the definition */
    dls_loc body_loc; /* from '{' to just after '}' */
    dls_ret_kind ret;
    char *role; /* the function typedef of its type (MINIPORT_HALT), or NULL */
    unsigned n_params;
    dls_slot *slots;
    unsigned n_slots;
    dls_cfg cfg;    /* entry is block 0 */
    int has_errors; /* clang reported an error in the body (or a fatal one in the file): its
                       facts may be wrong, so the checker treats the function as unknown */
} dls_fn;

typedef enum { DLS_ROLE_DECL = 1, DLS_ROLE_REGISTRATION = 2, DLS_ROLE_CONFIG = 3 } dls_role_how;

typedef struct {
    char *func, *usr; /* the function that plays the role */
    char *role;       /* "MINIPORT_INITIALIZE", "MINIPORT_HALT", "NDIS_IO_WORKITEM_FUNCTION", ... */
    dls_role_how how;
} dls_role_fact;

struct dls_file_facts {
    char *path;
    char *text;
    size_t len;
    dls_fn *fns;
    unsigned n_fns;
    dls_role_fact *roles;
    unsigned n_roles;
};

/* The function of ff named name, or NULL. Borrowed. */
const dls_fn *dls_facts_find(const dls_file_facts *ff, const char *name);

#endif
