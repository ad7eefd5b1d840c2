"""A large JSON member decoded to one compact (one byte per character) string.

CPython stores a string in as many bytes per character as its widest character needs: one
emoji anywhere in a 200 MiB data.json makes the decoded document 800 MiB. Decoding it in
chunks and writing every non-ASCII character as the JSON escape that means the same
character keeps the document ASCII, so the text costs what the bytes cost. Inside JSON
strings the escape and the character parse to the same value; anywhere else a non-ASCII
character is invalid JSON either way.
"""

from __future__ import annotations

import codecs
import re

_CHUNK = 1024 * 1024
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def ascii_text(raw: bytearray) -> str:
    """`raw` (UTF-8, strict) as ASCII JSON text; `raw` is emptied as it is consumed.

    Raises UnicodeDecodeError for bytes that are not UTF-8.
    """
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    out = bytearray()
    total = len(raw)
    for start in range(0, total, _CHUNK):
        piece = decoder.decode(bytes(raw[start : start + _CHUNK]), final=start + _CHUNK >= total)
        if not piece.isascii():
            piece = _NON_ASCII.sub(_escape, piece)
        out += piece.encode("ascii")
    raw.clear()  # the bytes are no longer needed: free them before the text is made
    return out.decode("ascii")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
