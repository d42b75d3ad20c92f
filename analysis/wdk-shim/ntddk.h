/*
 * ntddk.h - drvls WDK supplement: mingw-w64's ntddk.h with the splay links always declared.
 *
 * A driver that defines RTL_USE_AVL_TABLES before ntddk.h (to map the generic table routines to their
 * AVL versions) still gets RTL_SPLAY_LINKS and the RtlSplay / RtlDelete / RtlSubtreeSuccessor ...
 * routines in the WDK. mingw-w64's ntddk.h declares those routines but leaves the structure out in that
 * case, so it is declared here first. Everything else comes from mingw-w64's header, which reaches
 * wdm.h in this directory.
 */
#ifndef DRVLS_WDK_SHIM_NTDDK_H
#define DRVLS_WDK_SHIM_NTDDK_H

#if defined(RTL_USE_AVL_TABLES) && !defined(DRVLS_WDK_SHIM_SPLAY_LINKS)
#define DRVLS_WDK_SHIM_SPLAY_LINKS
/* One node of a splay tree: its parent and two children (the root is its own parent). */
typedef struct _RTL_SPLAY_LINKS {
    struct _RTL_SPLAY_LINKS *Parent;
    struct _RTL_SPLAY_LINKS *LeftChild;
    struct _RTL_SPLAY_LINKS *RightChild;
} RTL_SPLAY_LINKS, *PRTL_SPLAY_LINKS;
#endif

#include_next <ntddk.h>

#endif /* DRVLS_WDK_SHIM_NTDDK_H */
