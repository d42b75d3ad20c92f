/*
 * miniport.h - drvls WDK supplement: the base types of a storport or SCSI miniport.
 *
 * A miniport does not include wdm.h; its miniport.h supplies the basic NT types and the bus and DMA
 * enumerations. mingw-w64's miniport.h declares the enumerations but expects the basic types from
 * elsewhere, so this file includes ntdef.h first and then forwards to it. When wdm.h has already been
 * included (a driver that includes ntddk.h before storport.h), everything here is already declared
 * and mingw-w64's header is skipped, since it would redeclare INTERFACE_TYPE and the rest.
 */
#ifndef DRVLS_WDK_SHIM_MINIPORT_H
#define DRVLS_WDK_SHIM_MINIPORT_H

#ifndef _WDMDDK_
#include <ntdef.h>
#include <basetsd.h>
#include_next <miniport.h>
#else
#ifndef _MINIPORT_
#define _MINIPORT_
#endif
#endif

/* Annotations miniport sources write that mingw-w64's sal.h leaves out (wdm.h's supplement has them
 * too, but a miniport does not include wdm.h). They carry no meaning for parsing. */
#ifndef _Post_invalid_
#define _Post_invalid_
#endif
#ifndef _Frees_ptr_
#define _Frees_ptr_
#endif
#ifndef _Frees_ptr_opt_
#define _Frees_ptr_opt_
#endif
#ifndef _Pre_valid_
#define _Pre_valid_
#endif

#endif /* DRVLS_WDK_SHIM_MINIPORT_H */
