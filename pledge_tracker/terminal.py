"""What the command line prints: one helper that keeps control characters off the terminal.

Text from files and the database can hold escape sequences, BEL, CR or lone surrogates; shown
raw, they would recolour, rewrite or garble the terminal (or fail to encode). Every message
printed goes through `printable`, which shows them as Python-style escapes (\\x1b, \\udcff).
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

_KEEP = {"\n", "\t"}


def printable(text: object, *, keep_newlines: bool = False) -> str:
    """`text` with control, format-breaking and surrogate characters shown as escapes."""
    out = []
    for char in str(text):
        if keep_newlines and char in _KEEP:
            out.append(char)
        elif _unsafe(char):
            out.append(char.encode("unicode_escape", "backslashreplace").decode("ascii"))
        else:
            out.append(char)
    return "".join(out)


def _unsafe(char: str) -> bool:
    category = unicodedata.category(char)
    # Cc: C0/C1 controls (ESC, BEL, CR, DEL, CSI); Cs: lone surrogates; Zl/Zp: line breaks;
    # bidi overrides (Cf) can make a name read backwards.
    return category in ("Cc", "Cs", "Zl", "Zp") or char in _BIDI


_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


class SafeStream:
    """A text stream whose every write is neutralised (newlines and tabs kept)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(printable(text, keep_newlines=True))
        return len(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self.stream, name)


@contextmanager
def neutralised_output() -> Iterator[None]:
    """Within the block, whatever is printed to stdout or stderr is neutralised."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(sys.stdout), SafeStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = _restored(sys.stdout, saved[0]), saved[1]


def _restored(current: object, saved: TextIO) -> TextIO:
    # A broken pipe replaces stdout by /dev/null; keep that, not the closed pipe.
    return saved if isinstance(current, SafeStream) else current  # type: ignore[return-value]


class SafeArgumentParser(argparse.ArgumentParser):
    """argparse whose usage errors show a bad argument neutralised, like every message."""

    def _print_message(self, message: str, file: Any = None) -> None:
        if message:
            (file or sys.stderr).write(printable(message, keep_newlines=True))
