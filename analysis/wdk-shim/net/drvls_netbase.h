/*
 * net/drvls_netbase.h - drvls WDK supplement: the base every NetAdapterCx header of this directory
 * starts from. Not a WDK header name: it brings in the kernel types (ntddk.h) and the IF_* / NET_IF_*
 * interface types (mingw-w64's ifdef.h), and supplies DEFINE_ENUM_FLAG_OPERATORS, which the
 * NetAdapterCx flag enumerations are declared with, when winnt.h has not.
 */
#ifndef DRVLS_WDK_SHIM_NET_DRVLS_NETBASE_H
#define DRVLS_WDK_SHIM_NET_DRVLS_NETBASE_H

#if !defined(_NTDDK_) && !defined(_WDMDDK_) && !defined(_WINNT_)
#include <ntddk.h>
#endif
#include <ifdef.h>

#ifndef DEFINE_ENUM_FLAG_OPERATORS
#ifdef __cplusplus
#define DEFINE_ENUM_FLAG_OPERATORS(ENUMTYPE)                                                              \
    extern "C++" {                                                                                        \
    inline ENUMTYPE operator|(ENUMTYPE a, ENUMTYPE b) { return ENUMTYPE(((size_t)a) | ((size_t)b)); }    \
    inline ENUMTYPE &operator|=(ENUMTYPE &a, ENUMTYPE b) { return a = a | b; }                           \
    inline ENUMTYPE operator&(ENUMTYPE a, ENUMTYPE b) { return ENUMTYPE(((size_t)a) & ((size_t)b)); }    \
    inline ENUMTYPE &operator&=(ENUMTYPE &a, ENUMTYPE b) { return a = a & b; }                           \
    inline ENUMTYPE operator~(ENUMTYPE a) { return ENUMTYPE(~((size_t)a)); }                             \
    inline ENUMTYPE operator^(ENUMTYPE a, ENUMTYPE b) { return ENUMTYPE(((size_t)a) ^ ((size_t)b)); }    \
    inline ENUMTYPE &operator^=(ENUMTYPE &a, ENUMTYPE b) { return a = a ^ b; }                           \
    }
#else
#define DEFINE_ENUM_FLAG_OPERATORS(ENUMTYPE)
#endif
#endif

#endif /* DRVLS_WDK_SHIM_NET_DRVLS_NETBASE_H */
