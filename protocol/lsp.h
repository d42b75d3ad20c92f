/*
 * lsp.h - LSP positions and text edits: LSP (line, character) positions <-> byte offsets in UTF-8
 * text, in UTF-16 code units (the LSP default) or UTF-8 bytes (when negotiated), and applying
 * incremental content changes.
 *
 * Rules: lines end at \n, \r\n or a lone \r; a character past the end of a line clamps to the end
 * of that line (before its line break); a line past the end of the text clamps to the end of the
 * text. Invalid UTF-8: each byte that does not start a valid sequence counts as one unit. A code
 * point above U+FFFF is two UTF-16 units; a position in the middle of a character (a surrogate pair
 * or a multi-byte sequence) rounds forward to the end of that character.
 * Thread: any; no shared state.
 */
#ifndef DLS_LSP_H
#define DLS_LSP_H

#include <stddef.h>

typedef enum { DLS_ENC_UTF16 = 0, DLS_ENC_UTF8 = 1 } dls_pos_encoding;

typedef struct {
    unsigned line, character;
} dls_position;

/* Byte offset of pos in text[0..len). */
size_t dls_lsp_offset(const char *text, size_t len, dls_position pos, dls_pos_encoding enc);
/* Position of a byte offset (clamped to len). */
dls_position dls_lsp_position(const char *text, size_t len, size_t offset, dls_pos_encoding enc);

/* A text buffer owned by the caller: data is heap memory, always NUL-terminated at len. */
typedef struct {
    char *data;
    size_t len;
} dls_text;

/* Replace the range [start, end) (LSP positions; end before start is swapped) with the new text.
 * Returns 0, or -1 if memory runs out (t is then unchanged). */
int dls_lsp_apply_edit(dls_text *t, dls_position start, dls_position end, const char *text,
                       size_t text_len, dls_pos_encoding enc);

#endif
