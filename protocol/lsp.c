/*
 * lsp.c - LSP positions <-> byte offsets in UTF-8 text, and incremental edits (contract in lsp.h).
 *
 * Text is walked one character at a time, a character being a valid UTF-8 sequence or a single
 * byte that does not start one. Its width is its length in bytes (UTF-8), or one UTF-16 code unit,
 * two above U+FFFF. Lines end at \n, \r\n or a lone \r. Each call walks the text from its start up
 * to the position: no state is kept between calls.
 */
#include "lsp.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int is_continuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

/* Length of the valid UTF-8 sequence at s[0..n) (n > 0), or 0 if s[0] does not start one:
 * overlong forms, UTF-16 surrogates and code points above U+10FFFF are not valid. */
static size_t utf8_sequence(const unsigned char *s, size_t n) {
    unsigned char c = s[0];
    unsigned char lo = 0x80, hi = 0xBF; /* the range allowed for the second byte */
    size_t need;
    if (c < 0x80)
        return 1;
    if (c < 0xC2)
        return 0;
    if (c < 0xE0) {
        need = 2;
    } else if (c < 0xF0) {
        need = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c < 0xF5) {
        need = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (n < need || s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 2; i < need; i++) {
        if (!is_continuation(s[i]))
            return 0;
    }
    return need;
}

/* Bytes of the character at s[0..n) (n > 0); its width in enc units goes to *units. */
static size_t char_at(const char *s, size_t n, dls_pos_encoding enc, size_t *units) {
    size_t bytes = utf8_sequence((const unsigned char *)s, n);
    if (bytes == 0) {
        *units = 1;
        return 1;
    }
    if (enc == DLS_ENC_UTF8)
        *units = bytes;
    else
        *units = bytes == 4 ? 2 : 1;
    return bytes;
}

static int is_break(char c) {
    return c == '\n' || c == '\r';
}

/* Offset just past the line break that starts at text[i] (a \r or \n). */
static size_t skip_break(const char *text, size_t len, size_t i) {
    if (text[i] == '\r' && i + 1 < len && text[i + 1] == '\n')
        return i + 2;
    return i + 1;
}

/* Offset of the first line break at or after start, or len. */
static size_t line_end(const char *text, size_t len, size_t start) {
    while (start < len && !is_break(text[start]))
        start++;
    return start;
}

/* Offset where line `line` starts, or len if the text has fewer lines. */
static size_t line_start(const char *text, size_t len, unsigned line) {
    size_t i = 0;
    for (unsigned l = 0; l < line; l++) {
        i = line_end(text, len, i);
        if (i == len)
            return len;
        i = skip_break(text, len, i);
    }
    return i;
}

size_t dls_lsp_offset(const char *text, size_t len, dls_position pos, dls_pos_encoding enc) {
    if (!text)
        return 0;
    size_t i = line_start(text, len, pos.line);
    size_t end = line_end(text, len, i);
    size_t units = 0;
    while (i < end && units < pos.character) {
        size_t width;
        i += char_at(text + i, end - i, enc, &width);
        units += width;
    }
    return i;
}

/* An offset between the \r and \n of a line break belongs to the end of the line before it. */
dls_position dls_lsp_position(const char *text, size_t len, size_t offset, dls_pos_encoding enc) {
    dls_position pos = {0, 0};
    if (!text)
        return pos;
    if (offset > len)
        offset = len;
    size_t start = 0;
    for (size_t i = line_end(text, len, 0); i < offset; i = line_end(text, len, start)) {
        size_t next = skip_break(text, len, i);
        if (next > offset)
            break;
        pos.line++;
        start = next;
    }
    size_t end = line_end(text, len, start), units = 0;
    for (size_t i = start; i < offset && i < end;) {
        size_t width;
        i += char_at(text + i, end - i, enc, &width);
        units += width;
    }
    pos.character = units > UINT_MAX ? UINT_MAX : (unsigned)units;
    return pos;
}

int dls_lsp_apply_edit(dls_text *t, dls_position start, dls_position end, const char *text,
                       size_t text_len, dls_pos_encoding enc) {
    if (!t)
        return -1;
    const char *old = t->data ? t->data : "";
    size_t old_len = t->data ? t->len : 0;
    if (!text)
        text_len = 0;
    size_t s = dls_lsp_offset(old, old_len, start, enc);
    size_t e = dls_lsp_offset(old, old_len, end, enc);
    if (e < s) {
        size_t tmp = s;
        s = e;
        e = tmp;
    }
    size_t kept = old_len - (e - s);
    if (text_len > SIZE_MAX - 1 - kept)
        return -1;
    size_t new_len = kept + text_len;
    /* A fresh buffer, so text may even point into t->data. */
    char *data = malloc(new_len + 1);
    if (!data)
        return -1;
    memcpy(data, old, s);
    if (text_len > 0)
        memcpy(data + s, text, text_len);
    memcpy(data + s + text_len, old + e, old_len - e);
    data[new_len] = '\0';
    free(t->data);
    t->data = data;
    t->len = new_len;
    return 0;
}
