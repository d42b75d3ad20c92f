/*
 * ntintsafe.h - drvls WDK supplement: the kernel-mode safe integer routines.
 *
 * mingw-w64 has no ntintsafe.h. The WDK's version declares inline routines that convert between integer
 * types and add, subtract and multiply them, returning STATUS_SUCCESS, or STATUS_INTEGER_OVERFLOW when the
 * result does not fit (the result is then set to the type's error value, all bits set). This file
 * provides the same names from the documented naming scheme Rtl<From>To<To> and Rtl<Type>Add / Sub /
 * Mult, implemented with the compiler's overflow builtins, plus the limit macros (LONGLONG_MAX,
 * SIZE_T_MAX, ...). Alternative names (DWord for ULong, SizeT for UIntPtr, ...) map to the same routines.
 */
#ifndef DRVLS_WDK_SHIM_NTINTSAFE_H
#define DRVLS_WDK_SHIM_NTINTSAFE_H

#include <wdm.h>
#include <limits.h>

#ifndef STATUS_INTEGER_OVERFLOW
#define STATUS_INTEGER_OVERFLOW ((NTSTATUS)0xC0000095L)
#endif

/* Limits of the Windows integer types (values as in the C data model of 64-bit Windows). */
#ifndef SHORT_MIN
#define SHORT_MIN (-32768)
#endif
#ifndef SHORT_MAX
#define SHORT_MAX 32767
#endif
#ifndef USHORT_MAX
#define USHORT_MAX 0xffff
#endif
#ifndef BYTE_MAX
#define BYTE_MAX 0xff
#endif
#ifndef WORD_MAX
#define WORD_MAX 0xffff
#endif
#ifndef DWORD_MAX
#define DWORD_MAX 0xffffffffUL
#endif
#ifndef LONGLONG_MIN
#define LONGLONG_MIN (-9223372036854775807i64 - 1)
#endif
#ifndef LONGLONG_MAX
#define LONGLONG_MAX 9223372036854775807i64
#endif
#ifndef LONG64_MIN
#define LONG64_MIN LONGLONG_MIN
#endif
#ifndef LONG64_MAX
#define LONG64_MAX LONGLONG_MAX
#endif
#ifndef ULONGLONG_MAX
#define ULONGLONG_MAX 0xffffffffffffffffui64
#endif
#ifndef DWORDLONG_MAX
#define DWORDLONG_MAX ULONGLONG_MAX
#endif
#ifndef ULONG64_MAX
#define ULONG64_MAX ULONGLONG_MAX
#endif
#ifndef DWORD64_MAX
#define DWORD64_MAX ULONGLONG_MAX
#endif
#ifndef UINT64_MAX
#define UINT64_MAX ULONGLONG_MAX
#endif

/* Fixed-width limits. The WDK's kernel intsafe headers supply them to drivers that never include
 * stdint.h; each is left to stdint.h when it came first. */
#ifndef INT8_MIN
#define INT8_MIN (-128)
#endif
#ifndef INT8_MAX
#define INT8_MAX 127
#endif
#ifndef UINT8_MAX
#define UINT8_MAX 0xff
#endif
#ifndef INT16_MIN
#define INT16_MIN (-32768)
#endif
#ifndef INT16_MAX
#define INT16_MAX 32767
#endif
#ifndef UINT16_MAX
#define UINT16_MAX 0xffff
#endif
#ifndef INT32_MIN
#define INT32_MIN (-2147483647 - 1)
#endif
#ifndef INT32_MAX
#define INT32_MAX 2147483647
#endif
#ifndef UINT32_MAX
#define UINT32_MAX 0xffffffffU
#endif
#ifndef INT64_MIN
#define INT64_MIN LONGLONG_MIN
#endif
#ifndef INT64_MAX
#define INT64_MAX LONGLONG_MAX
#endif
#if defined(_WIN64)
#ifndef INT_PTR_MIN
#define INT_PTR_MIN LONGLONG_MIN
#endif
#ifndef INT_PTR_MAX
#define INT_PTR_MAX LONGLONG_MAX
#endif
#ifndef UINT_PTR_MAX
#define UINT_PTR_MAX ULONGLONG_MAX
#endif
#else
#ifndef INT_PTR_MIN
#define INT_PTR_MIN INT_MIN
#endif
#ifndef INT_PTR_MAX
#define INT_PTR_MAX INT_MAX
#endif
#ifndef UINT_PTR_MAX
#define UINT_PTR_MAX UINT_MAX
#endif
#endif
#ifndef LONG_PTR_MIN
#define LONG_PTR_MIN INT_PTR_MIN
#endif
#ifndef LONG_PTR_MAX
#define LONG_PTR_MAX INT_PTR_MAX
#endif
#ifndef ULONG_PTR_MAX
#define ULONG_PTR_MAX UINT_PTR_MAX
#endif
#ifndef DWORD_PTR_MAX
#define DWORD_PTR_MAX ULONG_PTR_MAX
#endif
#ifndef PTRDIFF_T_MIN
#define PTRDIFF_T_MIN INT_PTR_MIN
#endif
#ifndef PTRDIFF_T_MAX
#define PTRDIFF_T_MAX INT_PTR_MAX
#endif
#ifndef SIZE_T_MAX
#define SIZE_T_MAX UINT_PTR_MAX
#endif
#ifndef SSIZE_T_MIN
#define SSIZE_T_MIN INT_PTR_MIN
#endif
#ifndef SSIZE_T_MAX
#define SSIZE_T_MAX INT_PTR_MAX
#endif
#ifndef _SIZE_T_MAX
#define _SIZE_T_MAX SIZE_T_MAX
#endif

/* Error values stored in the result on overflow. */
#ifndef USHORT_ERROR
#define USHORT_ERROR 0xffff
#endif
#ifndef WORD_ERROR
#define WORD_ERROR 0xffff
#endif
#ifndef INT_ERROR
#define INT_ERROR (-1)
#endif
#ifndef UINT_ERROR
#define UINT_ERROR 0xffffffffU
#endif
#ifndef LONG_ERROR
#define LONG_ERROR (-1L)
#endif
#ifndef ULONG_ERROR
#define ULONG_ERROR 0xffffffffUL
#endif
#ifndef DWORD_ERROR
#define DWORD_ERROR 0xffffffffUL
#endif
#ifndef LONGLONG_ERROR
#define LONGLONG_ERROR (-1i64)
#endif
#ifndef ULONGLONG_ERROR
#define ULONGLONG_ERROR 0xffffffffffffffffui64
#endif
#ifndef SIZE_T_ERROR
#define SIZE_T_ERROR ((SIZE_T)-1)
#endif
#ifndef ULONG_PTR_ERROR
#define ULONG_PTR_ERROR ((ULONG_PTR)-1)
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* One conversion routine: succeeds when Operand is representable in the target type. */
#define DRVLS_ISF_CONV(Src, SrcType, Dst, DstType)                                                     \
    static __inline NTSTATUS Rtl##Src##To##Dst(_In_ SrcType Operand, _Out_ DstType *Result)            \
    {                                                                                                  \
        if (__builtin_add_overflow(Operand, 0, Result)) {                                              \
            *Result = (DstType)-1;                                                                     \
            return STATUS_INTEGER_OVERFLOW;                                                            \
        }                                                                                              \
        return STATUS_SUCCESS;                                                                         \
    }

#define DRVLS_ISF_OP(Name, Builtin, Type)                                                              \
    static __inline NTSTATUS Name(_In_ Type Left, _In_ Type Right, _Out_ Type *Result)                 \
    {                                                                                                  \
        if (Builtin(Left, Right, Result)) {                                                            \
            *Result = (Type)-1;                                                                        \
            return STATUS_INTEGER_OVERFLOW;                                                            \
        }                                                                                              \
        return STATUS_SUCCESS;                                                                         \
    }

/* Add, subtract and multiply for one type. */
#define DRVLS_ISF_MATH(Name, Type)                                                                     \
    DRVLS_ISF_OP(Rtl##Name##Add, __builtin_add_overflow, Type)                                         \
    DRVLS_ISF_OP(Rtl##Name##Sub, __builtin_sub_overflow, Type)                                         \
    DRVLS_ISF_OP(Rtl##Name##Mult, __builtin_mul_overflow, Type)

#include "drvls_intsafe_list.h"

#undef DRVLS_ISF_MATH
#undef DRVLS_ISF_OP
#undef DRVLS_ISF_CONV

/* The documented alternative names of the routines above. */
#define RtlUInt8Add RtlUCharAdd
#define RtlUInt8Sub RtlUCharSub
#define RtlUInt8Mult RtlUCharMult
#define RtlByteAdd RtlUCharAdd
#define RtlByteSub RtlUCharSub
#define RtlByteMult RtlUCharMult
#define RtlInt16Add RtlShortAdd
#define RtlInt16Sub RtlShortSub
#define RtlInt16Mult RtlShortMult
#define RtlUInt16Add RtlUShortAdd
#define RtlUInt16Sub RtlUShortSub
#define RtlUInt16Mult RtlUShortMult
#define RtlWordAdd RtlUShortAdd
#define RtlWordSub RtlUShortSub
#define RtlWordMult RtlUShortMult
#define RtlInt32Add RtlIntAdd
#define RtlInt32Sub RtlIntSub
#define RtlInt32Mult RtlIntMult
#define RtlUInt32Add RtlUIntAdd
#define RtlUInt32Sub RtlUIntSub
#define RtlUInt32Mult RtlUIntMult
#define RtlDWordAdd RtlULongAdd
#define RtlDWordSub RtlULongSub
#define RtlDWordMult RtlULongMult
#define RtlLong64Add RtlLongLongAdd
#define RtlLong64Sub RtlLongLongSub
#define RtlLong64Mult RtlLongLongMult
#define RtlInt64Add RtlLongLongAdd
#define RtlInt64Sub RtlLongLongSub
#define RtlInt64Mult RtlLongLongMult
#define RtlULong64Add RtlULongLongAdd
#define RtlULong64Sub RtlULongLongSub
#define RtlULong64Mult RtlULongLongMult
#define RtlDWord64Add RtlULongLongAdd
#define RtlDWord64Sub RtlULongLongSub
#define RtlDWord64Mult RtlULongLongMult
#define RtlUInt64Add RtlULongLongAdd
#define RtlUInt64Sub RtlULongLongSub
#define RtlUInt64Mult RtlULongLongMult
#define RtlDWordLongAdd RtlULongLongAdd
#define RtlDWordLongSub RtlULongLongSub
#define RtlDWordLongMult RtlULongLongMult
#define RtlSizeTAdd RtlUIntPtrAdd
#define RtlSizeTSub RtlUIntPtrSub
#define RtlSizeTMult RtlUIntPtrMult
#define RtlSSIZETAdd RtlLongPtrAdd
#define RtlSSIZETSub RtlLongPtrSub
#define RtlSSIZETMult RtlLongPtrMult
#define RtlDWordPtrAdd RtlULongPtrAdd
#define RtlDWordPtrSub RtlULongPtrSub
#define RtlDWordPtrMult RtlULongPtrMult
#define RtlSIZETAdd RtlULongPtrAdd
#define RtlSIZETSub RtlULongPtrSub
#define RtlSIZETMult RtlULongPtrMult
#define RtlInt8ToUInt8 RtlInt8ToUChar
#define RtlInt8ToByte RtlInt8ToUChar
#define RtlInt8ToInt16 RtlInt8ToShort
#define RtlInt8ToUInt16 RtlInt8ToUShort
#define RtlInt8ToWord RtlInt8ToUShort
#define RtlInt8ToInt32 RtlInt8ToInt
#define RtlInt8ToUInt32 RtlInt8ToUInt
#define RtlInt8ToDWord RtlInt8ToULong
#define RtlInt8ToLong64 RtlInt8ToLongLong
#define RtlInt8ToInt64 RtlInt8ToLongLong
#define RtlInt8ToULong64 RtlInt8ToULongLong
#define RtlInt8ToDWord64 RtlInt8ToULongLong
#define RtlInt8ToUInt64 RtlInt8ToULongLong
#define RtlInt8ToDWordLong RtlInt8ToULongLong
#define RtlInt8ToSizeT RtlInt8ToUIntPtr
#define RtlInt8ToSSIZET RtlInt8ToLongPtr
#define RtlInt8ToDWordPtr RtlInt8ToULongPtr
#define RtlInt8ToSIZET RtlInt8ToULongPtr
#define RtlUCharToInt16 RtlUCharToShort
#define RtlUCharToUInt16 RtlUCharToUShort
#define RtlUCharToWord RtlUCharToUShort
#define RtlUCharToInt32 RtlUCharToInt
#define RtlUCharToUInt32 RtlUCharToUInt
#define RtlUCharToDWord RtlUCharToULong
#define RtlUCharToLong64 RtlUCharToLongLong
#define RtlUCharToInt64 RtlUCharToLongLong
#define RtlUCharToULong64 RtlUCharToULongLong
#define RtlUCharToDWord64 RtlUCharToULongLong
#define RtlUCharToUInt64 RtlUCharToULongLong
#define RtlUCharToDWordLong RtlUCharToULongLong
#define RtlUCharToSizeT RtlUCharToUIntPtr
#define RtlUCharToSSIZET RtlUCharToLongPtr
#define RtlUCharToDWordPtr RtlUCharToULongPtr
#define RtlUCharToSIZET RtlUCharToULongPtr
#define RtlCharToUInt8 RtlCharToUChar
#define RtlCharToByte RtlCharToUChar
#define RtlCharToInt16 RtlCharToShort
#define RtlCharToUInt16 RtlCharToUShort
#define RtlCharToWord RtlCharToUShort
#define RtlCharToInt32 RtlCharToInt
#define RtlCharToUInt32 RtlCharToUInt
#define RtlCharToDWord RtlCharToULong
#define RtlCharToLong64 RtlCharToLongLong
#define RtlCharToInt64 RtlCharToLongLong
#define RtlCharToULong64 RtlCharToULongLong
#define RtlCharToDWord64 RtlCharToULongLong
#define RtlCharToUInt64 RtlCharToULongLong
#define RtlCharToDWordLong RtlCharToULongLong
#define RtlCharToSizeT RtlCharToUIntPtr
#define RtlCharToSSIZET RtlCharToLongPtr
#define RtlCharToDWordPtr RtlCharToULongPtr
#define RtlCharToSIZET RtlCharToULongPtr
#define RtlShortToUInt8 RtlShortToUChar
#define RtlShortToByte RtlShortToUChar
#define RtlShortToUInt16 RtlShortToUShort
#define RtlShortToWord RtlShortToUShort
#define RtlShortToInt32 RtlShortToInt
#define RtlShortToUInt32 RtlShortToUInt
#define RtlShortToDWord RtlShortToULong
#define RtlShortToLong64 RtlShortToLongLong
#define RtlShortToInt64 RtlShortToLongLong
#define RtlShortToULong64 RtlShortToULongLong
#define RtlShortToDWord64 RtlShortToULongLong
#define RtlShortToUInt64 RtlShortToULongLong
#define RtlShortToDWordLong RtlShortToULongLong
#define RtlShortToSizeT RtlShortToUIntPtr
#define RtlShortToSSIZET RtlShortToLongPtr
#define RtlShortToDWordPtr RtlShortToULongPtr
#define RtlShortToSIZET RtlShortToULongPtr
#define RtlUShortToUInt8 RtlUShortToUChar
#define RtlUShortToByte RtlUShortToUChar
#define RtlUShortToInt16 RtlUShortToShort
#define RtlUShortToInt32 RtlUShortToInt
#define RtlUShortToUInt32 RtlUShortToUInt
#define RtlUShortToDWord RtlUShortToULong
#define RtlUShortToLong64 RtlUShortToLongLong
#define RtlUShortToInt64 RtlUShortToLongLong
#define RtlUShortToULong64 RtlUShortToULongLong
#define RtlUShortToDWord64 RtlUShortToULongLong
#define RtlUShortToUInt64 RtlUShortToULongLong
#define RtlUShortToDWordLong RtlUShortToULongLong
#define RtlUShortToSizeT RtlUShortToUIntPtr
#define RtlUShortToSSIZET RtlUShortToLongPtr
#define RtlUShortToDWordPtr RtlUShortToULongPtr
#define RtlUShortToSIZET RtlUShortToULongPtr
#define RtlIntToUInt8 RtlIntToUChar
#define RtlIntToByte RtlIntToUChar
#define RtlIntToInt16 RtlIntToShort
#define RtlIntToUInt16 RtlIntToUShort
#define RtlIntToWord RtlIntToUShort
#define RtlIntToUInt32 RtlIntToUInt
#define RtlIntToDWord RtlIntToULong
#define RtlIntToLong64 RtlIntToLongLong
#define RtlIntToInt64 RtlIntToLongLong
#define RtlIntToULong64 RtlIntToULongLong
#define RtlIntToDWord64 RtlIntToULongLong
#define RtlIntToUInt64 RtlIntToULongLong
#define RtlIntToDWordLong RtlIntToULongLong
#define RtlIntToSizeT RtlIntToUIntPtr
#define RtlIntToSSIZET RtlIntToLongPtr
#define RtlIntToDWordPtr RtlIntToULongPtr
#define RtlIntToSIZET RtlIntToULongPtr
#define RtlUIntToUInt8 RtlUIntToUChar
#define RtlUIntToByte RtlUIntToUChar
#define RtlUIntToInt16 RtlUIntToShort
#define RtlUIntToUInt16 RtlUIntToUShort
#define RtlUIntToWord RtlUIntToUShort
#define RtlUIntToInt32 RtlUIntToInt
#define RtlUIntToDWord RtlUIntToULong
#define RtlUIntToLong64 RtlUIntToLongLong
#define RtlUIntToInt64 RtlUIntToLongLong
#define RtlUIntToULong64 RtlUIntToULongLong
#define RtlUIntToDWord64 RtlUIntToULongLong
#define RtlUIntToUInt64 RtlUIntToULongLong
#define RtlUIntToDWordLong RtlUIntToULongLong
#define RtlUIntToSizeT RtlUIntToUIntPtr
#define RtlUIntToSSIZET RtlUIntToLongPtr
#define RtlUIntToDWordPtr RtlUIntToULongPtr
#define RtlUIntToSIZET RtlUIntToULongPtr
#define RtlLongToUInt8 RtlLongToUChar
#define RtlLongToByte RtlLongToUChar
#define RtlLongToInt16 RtlLongToShort
#define RtlLongToUInt16 RtlLongToUShort
#define RtlLongToWord RtlLongToUShort
#define RtlLongToInt32 RtlLongToInt
#define RtlLongToUInt32 RtlLongToUInt
#define RtlLongToDWord RtlLongToULong
#define RtlLongToLong64 RtlLongToLongLong
#define RtlLongToInt64 RtlLongToLongLong
#define RtlLongToULong64 RtlLongToULongLong
#define RtlLongToDWord64 RtlLongToULongLong
#define RtlLongToUInt64 RtlLongToULongLong
#define RtlLongToDWordLong RtlLongToULongLong
#define RtlLongToSizeT RtlLongToUIntPtr
#define RtlLongToSSIZET RtlLongToLongPtr
#define RtlLongToDWordPtr RtlLongToULongPtr
#define RtlLongToSIZET RtlLongToULongPtr
#define RtlULongToUInt8 RtlULongToUChar
#define RtlULongToByte RtlULongToUChar
#define RtlULongToInt16 RtlULongToShort
#define RtlULongToUInt16 RtlULongToUShort
#define RtlULongToWord RtlULongToUShort
#define RtlULongToInt32 RtlULongToInt
#define RtlULongToUInt32 RtlULongToUInt
#define RtlULongToLong64 RtlULongToLongLong
#define RtlULongToInt64 RtlULongToLongLong
#define RtlULongToULong64 RtlULongToULongLong
#define RtlULongToDWord64 RtlULongToULongLong
#define RtlULongToUInt64 RtlULongToULongLong
#define RtlULongToDWordLong RtlULongToULongLong
#define RtlULongToSizeT RtlULongToUIntPtr
#define RtlULongToSSIZET RtlULongToLongPtr
#define RtlULongToDWordPtr RtlULongToULongPtr
#define RtlULongToSIZET RtlULongToULongPtr
#define RtlLongLongToUInt8 RtlLongLongToUChar
#define RtlLongLongToByte RtlLongLongToUChar
#define RtlLongLongToInt16 RtlLongLongToShort
#define RtlLongLongToUInt16 RtlLongLongToUShort
#define RtlLongLongToWord RtlLongLongToUShort
#define RtlLongLongToInt32 RtlLongLongToInt
#define RtlLongLongToUInt32 RtlLongLongToUInt
#define RtlLongLongToDWord RtlLongLongToULong
#define RtlLongLongToULong64 RtlLongLongToULongLong
#define RtlLongLongToDWord64 RtlLongLongToULongLong
#define RtlLongLongToUInt64 RtlLongLongToULongLong
#define RtlLongLongToDWordLong RtlLongLongToULongLong
#define RtlLongLongToSizeT RtlLongLongToUIntPtr
#define RtlLongLongToSSIZET RtlLongLongToLongPtr
#define RtlLongLongToDWordPtr RtlLongLongToULongPtr
#define RtlLongLongToSIZET RtlLongLongToULongPtr
#define RtlULongLongToUInt8 RtlULongLongToUChar
#define RtlULongLongToByte RtlULongLongToUChar
#define RtlULongLongToInt16 RtlULongLongToShort
#define RtlULongLongToUInt16 RtlULongLongToUShort
#define RtlULongLongToWord RtlULongLongToUShort
#define RtlULongLongToInt32 RtlULongLongToInt
#define RtlULongLongToUInt32 RtlULongLongToUInt
#define RtlULongLongToDWord RtlULongLongToULong
#define RtlULongLongToLong64 RtlULongLongToLongLong
#define RtlULongLongToInt64 RtlULongLongToLongLong
#define RtlULongLongToSizeT RtlULongLongToUIntPtr
#define RtlULongLongToSSIZET RtlULongLongToLongPtr
#define RtlULongLongToDWordPtr RtlULongLongToULongPtr
#define RtlULongLongToSIZET RtlULongLongToULongPtr
#define RtlIntPtrToUInt8 RtlIntPtrToUChar
#define RtlIntPtrToByte RtlIntPtrToUChar
#define RtlIntPtrToInt16 RtlIntPtrToShort
#define RtlIntPtrToUInt16 RtlIntPtrToUShort
#define RtlIntPtrToWord RtlIntPtrToUShort
#define RtlIntPtrToInt32 RtlIntPtrToInt
#define RtlIntPtrToUInt32 RtlIntPtrToUInt
#define RtlIntPtrToDWord RtlIntPtrToULong
#define RtlIntPtrToLong64 RtlIntPtrToLongLong
#define RtlIntPtrToInt64 RtlIntPtrToLongLong
#define RtlIntPtrToULong64 RtlIntPtrToULongLong
#define RtlIntPtrToDWord64 RtlIntPtrToULongLong
#define RtlIntPtrToUInt64 RtlIntPtrToULongLong
#define RtlIntPtrToDWordLong RtlIntPtrToULongLong
#define RtlIntPtrToSizeT RtlIntPtrToUIntPtr
#define RtlIntPtrToSSIZET RtlIntPtrToLongPtr
#define RtlIntPtrToDWordPtr RtlIntPtrToULongPtr
#define RtlIntPtrToSIZET RtlIntPtrToULongPtr
#define RtlUIntPtrToUInt8 RtlUIntPtrToUChar
#define RtlUIntPtrToByte RtlUIntPtrToUChar
#define RtlUIntPtrToInt16 RtlUIntPtrToShort
#define RtlUIntPtrToUInt16 RtlUIntPtrToUShort
#define RtlUIntPtrToWord RtlUIntPtrToUShort
#define RtlUIntPtrToInt32 RtlUIntPtrToInt
#define RtlUIntPtrToUInt32 RtlUIntPtrToUInt
#define RtlUIntPtrToDWord RtlUIntPtrToULong
#define RtlUIntPtrToLong64 RtlUIntPtrToLongLong
#define RtlUIntPtrToInt64 RtlUIntPtrToLongLong
#define RtlUIntPtrToULong64 RtlUIntPtrToULongLong
#define RtlUIntPtrToDWord64 RtlUIntPtrToULongLong
#define RtlUIntPtrToUInt64 RtlUIntPtrToULongLong
#define RtlUIntPtrToDWordLong RtlUIntPtrToULongLong
#define RtlUIntPtrToSSIZET RtlUIntPtrToLongPtr
#define RtlUIntPtrToDWordPtr RtlUIntPtrToULongPtr
#define RtlUIntPtrToSIZET RtlUIntPtrToULongPtr
#define RtlLongPtrToUInt8 RtlLongPtrToUChar
#define RtlLongPtrToByte RtlLongPtrToUChar
#define RtlLongPtrToInt16 RtlLongPtrToShort
#define RtlLongPtrToUInt16 RtlLongPtrToUShort
#define RtlLongPtrToWord RtlLongPtrToUShort
#define RtlLongPtrToInt32 RtlLongPtrToInt
#define RtlLongPtrToUInt32 RtlLongPtrToUInt
#define RtlLongPtrToDWord RtlLongPtrToULong
#define RtlLongPtrToLong64 RtlLongPtrToLongLong
#define RtlLongPtrToInt64 RtlLongPtrToLongLong
#define RtlLongPtrToULong64 RtlLongPtrToULongLong
#define RtlLongPtrToDWord64 RtlLongPtrToULongLong
#define RtlLongPtrToUInt64 RtlLongPtrToULongLong
#define RtlLongPtrToDWordLong RtlLongPtrToULongLong
#define RtlLongPtrToSizeT RtlLongPtrToUIntPtr
#define RtlLongPtrToDWordPtr RtlLongPtrToULongPtr
#define RtlLongPtrToSIZET RtlLongPtrToULongPtr
#define RtlULongPtrToUInt8 RtlULongPtrToUChar
#define RtlULongPtrToByte RtlULongPtrToUChar
#define RtlULongPtrToInt16 RtlULongPtrToShort
#define RtlULongPtrToUInt16 RtlULongPtrToUShort
#define RtlULongPtrToWord RtlULongPtrToUShort
#define RtlULongPtrToInt32 RtlULongPtrToInt
#define RtlULongPtrToUInt32 RtlULongPtrToUInt
#define RtlULongPtrToDWord RtlULongPtrToULong
#define RtlULongPtrToLong64 RtlULongPtrToLongLong
#define RtlULongPtrToInt64 RtlULongPtrToLongLong
#define RtlULongPtrToULong64 RtlULongPtrToULongLong
#define RtlULongPtrToDWord64 RtlULongPtrToULongLong
#define RtlULongPtrToUInt64 RtlULongPtrToULongLong
#define RtlULongPtrToDWordLong RtlULongPtrToULongLong
#define RtlULongPtrToSizeT RtlULongPtrToUIntPtr
#define RtlULongPtrToSSIZET RtlULongPtrToLongPtr
#define RtlUInt8ToInt8 RtlUCharToInt8
#define RtlUInt8ToChar RtlUCharToChar
#define RtlUInt8ToShort RtlUCharToShort
#define RtlUInt8ToUShort RtlUCharToUShort
#define RtlUInt8ToInt RtlUCharToInt
#define RtlUInt8ToUInt RtlUCharToUInt
#define RtlUInt8ToLong RtlUCharToLong
#define RtlUInt8ToULong RtlUCharToULong
#define RtlUInt8ToLongLong RtlUCharToLongLong
#define RtlUInt8ToULongLong RtlUCharToULongLong
#define RtlUInt8ToIntPtr RtlUCharToIntPtr
#define RtlUInt8ToUIntPtr RtlUCharToUIntPtr
#define RtlUInt8ToLongPtr RtlUCharToLongPtr
#define RtlUInt8ToULongPtr RtlUCharToULongPtr
#define RtlUInt8ToInt16 RtlUCharToShort
#define RtlUInt8ToUInt16 RtlUCharToUShort
#define RtlUInt8ToWord RtlUCharToUShort
#define RtlUInt8ToInt32 RtlUCharToInt
#define RtlUInt8ToUInt32 RtlUCharToUInt
#define RtlUInt8ToDWord RtlUCharToULong
#define RtlUInt8ToLong64 RtlUCharToLongLong
#define RtlUInt8ToInt64 RtlUCharToLongLong
#define RtlUInt8ToULong64 RtlUCharToULongLong
#define RtlUInt8ToDWord64 RtlUCharToULongLong
#define RtlUInt8ToUInt64 RtlUCharToULongLong
#define RtlUInt8ToDWordLong RtlUCharToULongLong
#define RtlUInt8ToSizeT RtlUCharToUIntPtr
#define RtlUInt8ToSSIZET RtlUCharToLongPtr
#define RtlUInt8ToDWordPtr RtlUCharToULongPtr
#define RtlUInt8ToSIZET RtlUCharToULongPtr
#define RtlByteToInt8 RtlUCharToInt8
#define RtlByteToChar RtlUCharToChar
#define RtlByteToShort RtlUCharToShort
#define RtlByteToUShort RtlUCharToUShort
#define RtlByteToInt RtlUCharToInt
#define RtlByteToUInt RtlUCharToUInt
#define RtlByteToLong RtlUCharToLong
#define RtlByteToULong RtlUCharToULong
#define RtlByteToLongLong RtlUCharToLongLong
#define RtlByteToULongLong RtlUCharToULongLong
#define RtlByteToIntPtr RtlUCharToIntPtr
#define RtlByteToUIntPtr RtlUCharToUIntPtr
#define RtlByteToLongPtr RtlUCharToLongPtr
#define RtlByteToULongPtr RtlUCharToULongPtr
#define RtlByteToInt16 RtlUCharToShort
#define RtlByteToUInt16 RtlUCharToUShort
#define RtlByteToWord RtlUCharToUShort
#define RtlByteToInt32 RtlUCharToInt
#define RtlByteToUInt32 RtlUCharToUInt
#define RtlByteToDWord RtlUCharToULong
#define RtlByteToLong64 RtlUCharToLongLong
#define RtlByteToInt64 RtlUCharToLongLong
#define RtlByteToULong64 RtlUCharToULongLong
#define RtlByteToDWord64 RtlUCharToULongLong
#define RtlByteToUInt64 RtlUCharToULongLong
#define RtlByteToDWordLong RtlUCharToULongLong
#define RtlByteToSizeT RtlUCharToUIntPtr
#define RtlByteToSSIZET RtlUCharToLongPtr
#define RtlByteToDWordPtr RtlUCharToULongPtr
#define RtlByteToSIZET RtlUCharToULongPtr
#define RtlInt16ToInt8 RtlShortToInt8
#define RtlInt16ToUChar RtlShortToUChar
#define RtlInt16ToChar RtlShortToChar
#define RtlInt16ToUShort RtlShortToUShort
#define RtlInt16ToInt RtlShortToInt
#define RtlInt16ToUInt RtlShortToUInt
#define RtlInt16ToLong RtlShortToLong
#define RtlInt16ToULong RtlShortToULong
#define RtlInt16ToLongLong RtlShortToLongLong
#define RtlInt16ToULongLong RtlShortToULongLong
#define RtlInt16ToIntPtr RtlShortToIntPtr
#define RtlInt16ToUIntPtr RtlShortToUIntPtr
#define RtlInt16ToLongPtr RtlShortToLongPtr
#define RtlInt16ToULongPtr RtlShortToULongPtr
#define RtlInt16ToUInt8 RtlShortToUChar
#define RtlInt16ToByte RtlShortToUChar
#define RtlInt16ToUInt16 RtlShortToUShort
#define RtlInt16ToWord RtlShortToUShort
#define RtlInt16ToInt32 RtlShortToInt
#define RtlInt16ToUInt32 RtlShortToUInt
#define RtlInt16ToDWord RtlShortToULong
#define RtlInt16ToLong64 RtlShortToLongLong
#define RtlInt16ToInt64 RtlShortToLongLong
#define RtlInt16ToULong64 RtlShortToULongLong
#define RtlInt16ToDWord64 RtlShortToULongLong
#define RtlInt16ToUInt64 RtlShortToULongLong
#define RtlInt16ToDWordLong RtlShortToULongLong
#define RtlInt16ToSizeT RtlShortToUIntPtr
#define RtlInt16ToSSIZET RtlShortToLongPtr
#define RtlInt16ToDWordPtr RtlShortToULongPtr
#define RtlInt16ToSIZET RtlShortToULongPtr
#define RtlUInt16ToInt8 RtlUShortToInt8
#define RtlUInt16ToUChar RtlUShortToUChar
#define RtlUInt16ToChar RtlUShortToChar
#define RtlUInt16ToShort RtlUShortToShort
#define RtlUInt16ToInt RtlUShortToInt
#define RtlUInt16ToUInt RtlUShortToUInt
#define RtlUInt16ToLong RtlUShortToLong
#define RtlUInt16ToULong RtlUShortToULong
#define RtlUInt16ToLongLong RtlUShortToLongLong
#define RtlUInt16ToULongLong RtlUShortToULongLong
#define RtlUInt16ToIntPtr RtlUShortToIntPtr
#define RtlUInt16ToUIntPtr RtlUShortToUIntPtr
#define RtlUInt16ToLongPtr RtlUShortToLongPtr
#define RtlUInt16ToULongPtr RtlUShortToULongPtr
#define RtlUInt16ToUInt8 RtlUShortToUChar
#define RtlUInt16ToByte RtlUShortToUChar
#define RtlUInt16ToInt16 RtlUShortToShort
#define RtlUInt16ToInt32 RtlUShortToInt
#define RtlUInt16ToUInt32 RtlUShortToUInt
#define RtlUInt16ToDWord RtlUShortToULong
#define RtlUInt16ToLong64 RtlUShortToLongLong
#define RtlUInt16ToInt64 RtlUShortToLongLong
#define RtlUInt16ToULong64 RtlUShortToULongLong
#define RtlUInt16ToDWord64 RtlUShortToULongLong
#define RtlUInt16ToUInt64 RtlUShortToULongLong
#define RtlUInt16ToDWordLong RtlUShortToULongLong
#define RtlUInt16ToSizeT RtlUShortToUIntPtr
#define RtlUInt16ToSSIZET RtlUShortToLongPtr
#define RtlUInt16ToDWordPtr RtlUShortToULongPtr
#define RtlUInt16ToSIZET RtlUShortToULongPtr
#define RtlWordToInt8 RtlUShortToInt8
#define RtlWordToUChar RtlUShortToUChar
#define RtlWordToChar RtlUShortToChar
#define RtlWordToShort RtlUShortToShort
#define RtlWordToInt RtlUShortToInt
#define RtlWordToUInt RtlUShortToUInt
#define RtlWordToLong RtlUShortToLong
#define RtlWordToULong RtlUShortToULong
#define RtlWordToLongLong RtlUShortToLongLong
#define RtlWordToULongLong RtlUShortToULongLong
#define RtlWordToIntPtr RtlUShortToIntPtr
#define RtlWordToUIntPtr RtlUShortToUIntPtr
#define RtlWordToLongPtr RtlUShortToLongPtr
#define RtlWordToULongPtr RtlUShortToULongPtr
#define RtlWordToUInt8 RtlUShortToUChar
#define RtlWordToByte RtlUShortToUChar
#define RtlWordToInt16 RtlUShortToShort
#define RtlWordToInt32 RtlUShortToInt
#define RtlWordToUInt32 RtlUShortToUInt
#define RtlWordToDWord RtlUShortToULong
#define RtlWordToLong64 RtlUShortToLongLong
#define RtlWordToInt64 RtlUShortToLongLong
#define RtlWordToULong64 RtlUShortToULongLong
#define RtlWordToDWord64 RtlUShortToULongLong
#define RtlWordToUInt64 RtlUShortToULongLong
#define RtlWordToDWordLong RtlUShortToULongLong
#define RtlWordToSizeT RtlUShortToUIntPtr
#define RtlWordToSSIZET RtlUShortToLongPtr
#define RtlWordToDWordPtr RtlUShortToULongPtr
#define RtlWordToSIZET RtlUShortToULongPtr
#define RtlInt32ToInt8 RtlIntToInt8
#define RtlInt32ToUChar RtlIntToUChar
#define RtlInt32ToChar RtlIntToChar
#define RtlInt32ToShort RtlIntToShort
#define RtlInt32ToUShort RtlIntToUShort
#define RtlInt32ToUInt RtlIntToUInt
#define RtlInt32ToLong RtlIntToLong
#define RtlInt32ToULong RtlIntToULong
#define RtlInt32ToLongLong RtlIntToLongLong
#define RtlInt32ToULongLong RtlIntToULongLong
#define RtlInt32ToIntPtr RtlIntToIntPtr
#define RtlInt32ToUIntPtr RtlIntToUIntPtr
#define RtlInt32ToLongPtr RtlIntToLongPtr
#define RtlInt32ToULongPtr RtlIntToULongPtr
#define RtlInt32ToUInt8 RtlIntToUChar
#define RtlInt32ToByte RtlIntToUChar
#define RtlInt32ToInt16 RtlIntToShort
#define RtlInt32ToUInt16 RtlIntToUShort
#define RtlInt32ToWord RtlIntToUShort
#define RtlInt32ToUInt32 RtlIntToUInt
#define RtlInt32ToDWord RtlIntToULong
#define RtlInt32ToLong64 RtlIntToLongLong
#define RtlInt32ToInt64 RtlIntToLongLong
#define RtlInt32ToULong64 RtlIntToULongLong
#define RtlInt32ToDWord64 RtlIntToULongLong
#define RtlInt32ToUInt64 RtlIntToULongLong
#define RtlInt32ToDWordLong RtlIntToULongLong
#define RtlInt32ToSizeT RtlIntToUIntPtr
#define RtlInt32ToSSIZET RtlIntToLongPtr
#define RtlInt32ToDWordPtr RtlIntToULongPtr
#define RtlInt32ToSIZET RtlIntToULongPtr
#define RtlUInt32ToInt8 RtlUIntToInt8
#define RtlUInt32ToUChar RtlUIntToUChar
#define RtlUInt32ToChar RtlUIntToChar
#define RtlUInt32ToShort RtlUIntToShort
#define RtlUInt32ToUShort RtlUIntToUShort
#define RtlUInt32ToInt RtlUIntToInt
#define RtlUInt32ToLong RtlUIntToLong
#define RtlUInt32ToULong RtlUIntToULong
#define RtlUInt32ToLongLong RtlUIntToLongLong
#define RtlUInt32ToULongLong RtlUIntToULongLong
#define RtlUInt32ToIntPtr RtlUIntToIntPtr
#define RtlUInt32ToUIntPtr RtlUIntToUIntPtr
#define RtlUInt32ToLongPtr RtlUIntToLongPtr
#define RtlUInt32ToULongPtr RtlUIntToULongPtr
#define RtlUInt32ToUInt8 RtlUIntToUChar
#define RtlUInt32ToByte RtlUIntToUChar
#define RtlUInt32ToInt16 RtlUIntToShort
#define RtlUInt32ToUInt16 RtlUIntToUShort
#define RtlUInt32ToWord RtlUIntToUShort
#define RtlUInt32ToInt32 RtlUIntToInt
#define RtlUInt32ToDWord RtlUIntToULong
#define RtlUInt32ToLong64 RtlUIntToLongLong
#define RtlUInt32ToInt64 RtlUIntToLongLong
#define RtlUInt32ToULong64 RtlUIntToULongLong
#define RtlUInt32ToDWord64 RtlUIntToULongLong
#define RtlUInt32ToUInt64 RtlUIntToULongLong
#define RtlUInt32ToDWordLong RtlUIntToULongLong
#define RtlUInt32ToSizeT RtlUIntToUIntPtr
#define RtlUInt32ToSSIZET RtlUIntToLongPtr
#define RtlUInt32ToDWordPtr RtlUIntToULongPtr
#define RtlUInt32ToSIZET RtlUIntToULongPtr
#define RtlDWordToInt8 RtlULongToInt8
#define RtlDWordToUChar RtlULongToUChar
#define RtlDWordToChar RtlULongToChar
#define RtlDWordToShort RtlULongToShort
#define RtlDWordToUShort RtlULongToUShort
#define RtlDWordToInt RtlULongToInt
#define RtlDWordToUInt RtlULongToUInt
#define RtlDWordToLong RtlULongToLong
#define RtlDWordToLongLong RtlULongToLongLong
#define RtlDWordToULongLong RtlULongToULongLong
#define RtlDWordToIntPtr RtlULongToIntPtr
#define RtlDWordToUIntPtr RtlULongToUIntPtr
#define RtlDWordToLongPtr RtlULongToLongPtr
#define RtlDWordToULongPtr RtlULongToULongPtr
#define RtlDWordToUInt8 RtlULongToUChar
#define RtlDWordToByte RtlULongToUChar
#define RtlDWordToInt16 RtlULongToShort
#define RtlDWordToUInt16 RtlULongToUShort
#define RtlDWordToWord RtlULongToUShort
#define RtlDWordToInt32 RtlULongToInt
#define RtlDWordToUInt32 RtlULongToUInt
#define RtlDWordToLong64 RtlULongToLongLong
#define RtlDWordToInt64 RtlULongToLongLong
#define RtlDWordToULong64 RtlULongToULongLong
#define RtlDWordToDWord64 RtlULongToULongLong
#define RtlDWordToUInt64 RtlULongToULongLong
#define RtlDWordToDWordLong RtlULongToULongLong
#define RtlDWordToSizeT RtlULongToUIntPtr
#define RtlDWordToSSIZET RtlULongToLongPtr
#define RtlDWordToDWordPtr RtlULongToULongPtr
#define RtlDWordToSIZET RtlULongToULongPtr
#define RtlLong64ToInt8 RtlLongLongToInt8
#define RtlLong64ToUChar RtlLongLongToUChar
#define RtlLong64ToChar RtlLongLongToChar
#define RtlLong64ToShort RtlLongLongToShort
#define RtlLong64ToUShort RtlLongLongToUShort
#define RtlLong64ToInt RtlLongLongToInt
#define RtlLong64ToUInt RtlLongLongToUInt
#define RtlLong64ToLong RtlLongLongToLong
#define RtlLong64ToULong RtlLongLongToULong
#define RtlLong64ToULongLong RtlLongLongToULongLong
#define RtlLong64ToIntPtr RtlLongLongToIntPtr
#define RtlLong64ToUIntPtr RtlLongLongToUIntPtr
#define RtlLong64ToLongPtr RtlLongLongToLongPtr
#define RtlLong64ToULongPtr RtlLongLongToULongPtr
#define RtlLong64ToUInt8 RtlLongLongToUChar
#define RtlLong64ToByte RtlLongLongToUChar
#define RtlLong64ToInt16 RtlLongLongToShort
#define RtlLong64ToUInt16 RtlLongLongToUShort
#define RtlLong64ToWord RtlLongLongToUShort
#define RtlLong64ToInt32 RtlLongLongToInt
#define RtlLong64ToUInt32 RtlLongLongToUInt
#define RtlLong64ToDWord RtlLongLongToULong
#define RtlLong64ToULong64 RtlLongLongToULongLong
#define RtlLong64ToDWord64 RtlLongLongToULongLong
#define RtlLong64ToUInt64 RtlLongLongToULongLong
#define RtlLong64ToDWordLong RtlLongLongToULongLong
#define RtlLong64ToSizeT RtlLongLongToUIntPtr
#define RtlLong64ToSSIZET RtlLongLongToLongPtr
#define RtlLong64ToDWordPtr RtlLongLongToULongPtr
#define RtlLong64ToSIZET RtlLongLongToULongPtr
#define RtlInt64ToInt8 RtlLongLongToInt8
#define RtlInt64ToUChar RtlLongLongToUChar
#define RtlInt64ToChar RtlLongLongToChar
#define RtlInt64ToShort RtlLongLongToShort
#define RtlInt64ToUShort RtlLongLongToUShort
#define RtlInt64ToInt RtlLongLongToInt
#define RtlInt64ToUInt RtlLongLongToUInt
#define RtlInt64ToLong RtlLongLongToLong
#define RtlInt64ToULong RtlLongLongToULong
#define RtlInt64ToULongLong RtlLongLongToULongLong
#define RtlInt64ToIntPtr RtlLongLongToIntPtr
#define RtlInt64ToUIntPtr RtlLongLongToUIntPtr
#define RtlInt64ToLongPtr RtlLongLongToLongPtr
#define RtlInt64ToULongPtr RtlLongLongToULongPtr
#define RtlInt64ToUInt8 RtlLongLongToUChar
#define RtlInt64ToByte RtlLongLongToUChar
#define RtlInt64ToInt16 RtlLongLongToShort
#define RtlInt64ToUInt16 RtlLongLongToUShort
#define RtlInt64ToWord RtlLongLongToUShort
#define RtlInt64ToInt32 RtlLongLongToInt
#define RtlInt64ToUInt32 RtlLongLongToUInt
#define RtlInt64ToDWord RtlLongLongToULong
#define RtlInt64ToULong64 RtlLongLongToULongLong
#define RtlInt64ToDWord64 RtlLongLongToULongLong
#define RtlInt64ToUInt64 RtlLongLongToULongLong
#define RtlInt64ToDWordLong RtlLongLongToULongLong
#define RtlInt64ToSizeT RtlLongLongToUIntPtr
#define RtlInt64ToSSIZET RtlLongLongToLongPtr
#define RtlInt64ToDWordPtr RtlLongLongToULongPtr
#define RtlInt64ToSIZET RtlLongLongToULongPtr
#define RtlULong64ToInt8 RtlULongLongToInt8
#define RtlULong64ToUChar RtlULongLongToUChar
#define RtlULong64ToChar RtlULongLongToChar
#define RtlULong64ToShort RtlULongLongToShort
#define RtlULong64ToUShort RtlULongLongToUShort
#define RtlULong64ToInt RtlULongLongToInt
#define RtlULong64ToUInt RtlULongLongToUInt
#define RtlULong64ToLong RtlULongLongToLong
#define RtlULong64ToULong RtlULongLongToULong
#define RtlULong64ToLongLong RtlULongLongToLongLong
#define RtlULong64ToIntPtr RtlULongLongToIntPtr
#define RtlULong64ToUIntPtr RtlULongLongToUIntPtr
#define RtlULong64ToLongPtr RtlULongLongToLongPtr
#define RtlULong64ToULongPtr RtlULongLongToULongPtr
#define RtlULong64ToUInt8 RtlULongLongToUChar
#define RtlULong64ToByte RtlULongLongToUChar
#define RtlULong64ToInt16 RtlULongLongToShort
#define RtlULong64ToUInt16 RtlULongLongToUShort
#define RtlULong64ToWord RtlULongLongToUShort
#define RtlULong64ToInt32 RtlULongLongToInt
#define RtlULong64ToUInt32 RtlULongLongToUInt
#define RtlULong64ToDWord RtlULongLongToULong
#define RtlULong64ToLong64 RtlULongLongToLongLong
#define RtlULong64ToInt64 RtlULongLongToLongLong
#define RtlULong64ToSizeT RtlULongLongToUIntPtr
#define RtlULong64ToSSIZET RtlULongLongToLongPtr
#define RtlULong64ToDWordPtr RtlULongLongToULongPtr
#define RtlULong64ToSIZET RtlULongLongToULongPtr
#define RtlDWord64ToInt8 RtlULongLongToInt8
#define RtlDWord64ToUChar RtlULongLongToUChar
#define RtlDWord64ToChar RtlULongLongToChar
#define RtlDWord64ToShort RtlULongLongToShort
#define RtlDWord64ToUShort RtlULongLongToUShort
#define RtlDWord64ToInt RtlULongLongToInt
#define RtlDWord64ToUInt RtlULongLongToUInt
#define RtlDWord64ToLong RtlULongLongToLong
#define RtlDWord64ToULong RtlULongLongToULong
#define RtlDWord64ToLongLong RtlULongLongToLongLong
#define RtlDWord64ToIntPtr RtlULongLongToIntPtr
#define RtlDWord64ToUIntPtr RtlULongLongToUIntPtr
#define RtlDWord64ToLongPtr RtlULongLongToLongPtr
#define RtlDWord64ToULongPtr RtlULongLongToULongPtr
#define RtlDWord64ToUInt8 RtlULongLongToUChar
#define RtlDWord64ToByte RtlULongLongToUChar
#define RtlDWord64ToInt16 RtlULongLongToShort
#define RtlDWord64ToUInt16 RtlULongLongToUShort
#define RtlDWord64ToWord RtlULongLongToUShort
#define RtlDWord64ToInt32 RtlULongLongToInt
#define RtlDWord64ToUInt32 RtlULongLongToUInt
#define RtlDWord64ToDWord RtlULongLongToULong
#define RtlDWord64ToLong64 RtlULongLongToLongLong
#define RtlDWord64ToInt64 RtlULongLongToLongLong
#define RtlDWord64ToSizeT RtlULongLongToUIntPtr
#define RtlDWord64ToSSIZET RtlULongLongToLongPtr
#define RtlDWord64ToDWordPtr RtlULongLongToULongPtr
#define RtlDWord64ToSIZET RtlULongLongToULongPtr
#define RtlUInt64ToInt8 RtlULongLongToInt8
#define RtlUInt64ToUChar RtlULongLongToUChar
#define RtlUInt64ToChar RtlULongLongToChar
#define RtlUInt64ToShort RtlULongLongToShort
#define RtlUInt64ToUShort RtlULongLongToUShort
#define RtlUInt64ToInt RtlULongLongToInt
#define RtlUInt64ToUInt RtlULongLongToUInt
#define RtlUInt64ToLong RtlULongLongToLong
#define RtlUInt64ToULong RtlULongLongToULong
#define RtlUInt64ToLongLong RtlULongLongToLongLong
#define RtlUInt64ToIntPtr RtlULongLongToIntPtr
#define RtlUInt64ToUIntPtr RtlULongLongToUIntPtr
#define RtlUInt64ToLongPtr RtlULongLongToLongPtr
#define RtlUInt64ToULongPtr RtlULongLongToULongPtr
#define RtlUInt64ToUInt8 RtlULongLongToUChar
#define RtlUInt64ToByte RtlULongLongToUChar
#define RtlUInt64ToInt16 RtlULongLongToShort
#define RtlUInt64ToUInt16 RtlULongLongToUShort
#define RtlUInt64ToWord RtlULongLongToUShort
#define RtlUInt64ToInt32 RtlULongLongToInt
#define RtlUInt64ToUInt32 RtlULongLongToUInt
#define RtlUInt64ToDWord RtlULongLongToULong
#define RtlUInt64ToLong64 RtlULongLongToLongLong
#define RtlUInt64ToInt64 RtlULongLongToLongLong
#define RtlUInt64ToSizeT RtlULongLongToUIntPtr
#define RtlUInt64ToSSIZET RtlULongLongToLongPtr
#define RtlUInt64ToDWordPtr RtlULongLongToULongPtr
#define RtlUInt64ToSIZET RtlULongLongToULongPtr
#define RtlDWordLongToInt8 RtlULongLongToInt8
#define RtlDWordLongToUChar RtlULongLongToUChar
#define RtlDWordLongToChar RtlULongLongToChar
#define RtlDWordLongToShort RtlULongLongToShort
#define RtlDWordLongToUShort RtlULongLongToUShort
#define RtlDWordLongToInt RtlULongLongToInt
#define RtlDWordLongToUInt RtlULongLongToUInt
#define RtlDWordLongToLong RtlULongLongToLong
#define RtlDWordLongToULong RtlULongLongToULong
#define RtlDWordLongToLongLong RtlULongLongToLongLong
#define RtlDWordLongToIntPtr RtlULongLongToIntPtr
#define RtlDWordLongToUIntPtr RtlULongLongToUIntPtr
#define RtlDWordLongToLongPtr RtlULongLongToLongPtr
#define RtlDWordLongToULongPtr RtlULongLongToULongPtr
#define RtlDWordLongToUInt8 RtlULongLongToUChar
#define RtlDWordLongToByte RtlULongLongToUChar
#define RtlDWordLongToInt16 RtlULongLongToShort
#define RtlDWordLongToUInt16 RtlULongLongToUShort
#define RtlDWordLongToWord RtlULongLongToUShort
#define RtlDWordLongToInt32 RtlULongLongToInt
#define RtlDWordLongToUInt32 RtlULongLongToUInt
#define RtlDWordLongToDWord RtlULongLongToULong
#define RtlDWordLongToLong64 RtlULongLongToLongLong
#define RtlDWordLongToInt64 RtlULongLongToLongLong
#define RtlDWordLongToSizeT RtlULongLongToUIntPtr
#define RtlDWordLongToSSIZET RtlULongLongToLongPtr
#define RtlDWordLongToDWordPtr RtlULongLongToULongPtr
#define RtlDWordLongToSIZET RtlULongLongToULongPtr
#define RtlSizeTToInt8 RtlUIntPtrToInt8
#define RtlSizeTToUChar RtlUIntPtrToUChar
#define RtlSizeTToChar RtlUIntPtrToChar
#define RtlSizeTToShort RtlUIntPtrToShort
#define RtlSizeTToUShort RtlUIntPtrToUShort
#define RtlSizeTToInt RtlUIntPtrToInt
#define RtlSizeTToUInt RtlUIntPtrToUInt
#define RtlSizeTToLong RtlUIntPtrToLong
#define RtlSizeTToULong RtlUIntPtrToULong
#define RtlSizeTToLongLong RtlUIntPtrToLongLong
#define RtlSizeTToULongLong RtlUIntPtrToULongLong
#define RtlSizeTToIntPtr RtlUIntPtrToIntPtr
#define RtlSizeTToLongPtr RtlUIntPtrToLongPtr
#define RtlSizeTToULongPtr RtlUIntPtrToULongPtr
#define RtlSizeTToUInt8 RtlUIntPtrToUChar
#define RtlSizeTToByte RtlUIntPtrToUChar
#define RtlSizeTToInt16 RtlUIntPtrToShort
#define RtlSizeTToUInt16 RtlUIntPtrToUShort
#define RtlSizeTToWord RtlUIntPtrToUShort
#define RtlSizeTToInt32 RtlUIntPtrToInt
#define RtlSizeTToUInt32 RtlUIntPtrToUInt
#define RtlSizeTToDWord RtlUIntPtrToULong
#define RtlSizeTToLong64 RtlUIntPtrToLongLong
#define RtlSizeTToInt64 RtlUIntPtrToLongLong
#define RtlSizeTToULong64 RtlUIntPtrToULongLong
#define RtlSizeTToDWord64 RtlUIntPtrToULongLong
#define RtlSizeTToUInt64 RtlUIntPtrToULongLong
#define RtlSizeTToDWordLong RtlUIntPtrToULongLong
#define RtlSizeTToSSIZET RtlUIntPtrToLongPtr
#define RtlSizeTToDWordPtr RtlUIntPtrToULongPtr
#define RtlSizeTToSIZET RtlUIntPtrToULongPtr
#define RtlSSIZETToInt8 RtlLongPtrToInt8
#define RtlSSIZETToUChar RtlLongPtrToUChar
#define RtlSSIZETToChar RtlLongPtrToChar
#define RtlSSIZETToShort RtlLongPtrToShort
#define RtlSSIZETToUShort RtlLongPtrToUShort
#define RtlSSIZETToInt RtlLongPtrToInt
#define RtlSSIZETToUInt RtlLongPtrToUInt
#define RtlSSIZETToLong RtlLongPtrToLong
#define RtlSSIZETToULong RtlLongPtrToULong
#define RtlSSIZETToLongLong RtlLongPtrToLongLong
#define RtlSSIZETToULongLong RtlLongPtrToULongLong
#define RtlSSIZETToIntPtr RtlLongPtrToIntPtr
#define RtlSSIZETToUIntPtr RtlLongPtrToUIntPtr
#define RtlSSIZETToULongPtr RtlLongPtrToULongPtr
#define RtlSSIZETToUInt8 RtlLongPtrToUChar
#define RtlSSIZETToByte RtlLongPtrToUChar
#define RtlSSIZETToInt16 RtlLongPtrToShort
#define RtlSSIZETToUInt16 RtlLongPtrToUShort
#define RtlSSIZETToWord RtlLongPtrToUShort
#define RtlSSIZETToInt32 RtlLongPtrToInt
#define RtlSSIZETToUInt32 RtlLongPtrToUInt
#define RtlSSIZETToDWord RtlLongPtrToULong
#define RtlSSIZETToLong64 RtlLongPtrToLongLong
#define RtlSSIZETToInt64 RtlLongPtrToLongLong
#define RtlSSIZETToULong64 RtlLongPtrToULongLong
#define RtlSSIZETToDWord64 RtlLongPtrToULongLong
#define RtlSSIZETToUInt64 RtlLongPtrToULongLong
#define RtlSSIZETToDWordLong RtlLongPtrToULongLong
#define RtlSSIZETToSizeT RtlLongPtrToUIntPtr
#define RtlSSIZETToDWordPtr RtlLongPtrToULongPtr
#define RtlSSIZETToSIZET RtlLongPtrToULongPtr
#define RtlDWordPtrToInt8 RtlULongPtrToInt8
#define RtlDWordPtrToUChar RtlULongPtrToUChar
#define RtlDWordPtrToChar RtlULongPtrToChar
#define RtlDWordPtrToShort RtlULongPtrToShort
#define RtlDWordPtrToUShort RtlULongPtrToUShort
#define RtlDWordPtrToInt RtlULongPtrToInt
#define RtlDWordPtrToUInt RtlULongPtrToUInt
#define RtlDWordPtrToLong RtlULongPtrToLong
#define RtlDWordPtrToULong RtlULongPtrToULong
#define RtlDWordPtrToLongLong RtlULongPtrToLongLong
#define RtlDWordPtrToULongLong RtlULongPtrToULongLong
#define RtlDWordPtrToIntPtr RtlULongPtrToIntPtr
#define RtlDWordPtrToUIntPtr RtlULongPtrToUIntPtr
#define RtlDWordPtrToLongPtr RtlULongPtrToLongPtr
#define RtlDWordPtrToUInt8 RtlULongPtrToUChar
#define RtlDWordPtrToByte RtlULongPtrToUChar
#define RtlDWordPtrToInt16 RtlULongPtrToShort
#define RtlDWordPtrToUInt16 RtlULongPtrToUShort
#define RtlDWordPtrToWord RtlULongPtrToUShort
#define RtlDWordPtrToInt32 RtlULongPtrToInt
#define RtlDWordPtrToUInt32 RtlULongPtrToUInt
#define RtlDWordPtrToDWord RtlULongPtrToULong
#define RtlDWordPtrToLong64 RtlULongPtrToLongLong
#define RtlDWordPtrToInt64 RtlULongPtrToLongLong
#define RtlDWordPtrToULong64 RtlULongPtrToULongLong
#define RtlDWordPtrToDWord64 RtlULongPtrToULongLong
#define RtlDWordPtrToUInt64 RtlULongPtrToULongLong
#define RtlDWordPtrToDWordLong RtlULongPtrToULongLong
#define RtlDWordPtrToSizeT RtlULongPtrToUIntPtr
#define RtlDWordPtrToSSIZET RtlULongPtrToLongPtr
#define RtlSIZETToInt8 RtlULongPtrToInt8
#define RtlSIZETToUChar RtlULongPtrToUChar
#define RtlSIZETToChar RtlULongPtrToChar
#define RtlSIZETToShort RtlULongPtrToShort
#define RtlSIZETToUShort RtlULongPtrToUShort
#define RtlSIZETToInt RtlULongPtrToInt
#define RtlSIZETToUInt RtlULongPtrToUInt
#define RtlSIZETToLong RtlULongPtrToLong
#define RtlSIZETToULong RtlULongPtrToULong
#define RtlSIZETToLongLong RtlULongPtrToLongLong
#define RtlSIZETToULongLong RtlULongPtrToULongLong
#define RtlSIZETToIntPtr RtlULongPtrToIntPtr
#define RtlSIZETToUIntPtr RtlULongPtrToUIntPtr
#define RtlSIZETToLongPtr RtlULongPtrToLongPtr
#define RtlSIZETToUInt8 RtlULongPtrToUChar
#define RtlSIZETToByte RtlULongPtrToUChar
#define RtlSIZETToInt16 RtlULongPtrToShort
#define RtlSIZETToUInt16 RtlULongPtrToUShort
#define RtlSIZETToWord RtlULongPtrToUShort
#define RtlSIZETToInt32 RtlULongPtrToInt
#define RtlSIZETToUInt32 RtlULongPtrToUInt
#define RtlSIZETToDWord RtlULongPtrToULong
#define RtlSIZETToLong64 RtlULongPtrToLongLong
#define RtlSIZETToInt64 RtlULongPtrToLongLong
#define RtlSIZETToULong64 RtlULongPtrToULongLong
#define RtlSIZETToDWord64 RtlULongPtrToULongLong
#define RtlSIZETToUInt64 RtlULongPtrToULongLong
#define RtlSIZETToDWordLong RtlULongPtrToULongLong
#define RtlSIZETToSizeT RtlULongPtrToUIntPtr
#define RtlSIZETToSSIZET RtlULongPtrToLongPtr


#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_NTINTSAFE_H */
