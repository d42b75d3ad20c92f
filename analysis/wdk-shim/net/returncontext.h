/*
 * net/returncontext.h - drvls WDK supplement: the NetAdapterCx fragment return context extension used
 * with driver-allocated receive buffers (NET_FRAGMENT_RETURN_CONTEXT_HANDLE, NET_FRAGMENT_RETURN_CONTEXT,
 * the extension name and NetExtensionGetFragmentReturnContext).
 *
 * Written from the public NetAdapterCx reference documentation. Interface only.
 */
#ifndef DRVLS_WDK_SHIM_NET_RETURNCONTEXT_H
#define DRVLS_WDK_SHIM_NET_RETURNCONTEXT_H

#include <net/extension.h>

#ifndef NET_FRAGMENT_EXTENSION_RETURN_CONTEXT_NAME
#define NET_FRAGMENT_EXTENSION_RETURN_CONTEXT_NAME L"ms_fragment_returncontext"
#endif
#ifndef NET_FRAGMENT_EXTENSION_RETURN_CONTEXT_VERSION_1
#define NET_FRAGMENT_EXTENSION_RETURN_CONTEXT_VERSION_1 1U
#endif

typedef struct drvls_NET_FRAGMENT_RETURN_CONTEXT_HANDLE_s *NET_FRAGMENT_RETURN_CONTEXT_HANDLE;

typedef struct _NET_FRAGMENT_RETURN_CONTEXT {
    NET_FRAGMENT_RETURN_CONTEXT_HANDLE Handle;
} NET_FRAGMENT_RETURN_CONTEXT;

FORCEINLINE NET_FRAGMENT_RETURN_CONTEXT *
NetExtensionGetFragmentReturnContext(NET_EXTENSION const *Extension, UINT32 Index) {
    return (NET_FRAGMENT_RETURN_CONTEXT *)NetExtensionGetData(Extension, Index);
}

#endif /* DRVLS_WDK_SHIM_NET_RETURNCONTEXT_H */
