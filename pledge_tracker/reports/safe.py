"""User text into reportlab paragraphs: escaped, printable, split, and links only when safe.

Paragraph text is markup: `<img src=…>` would embed a local file and `<a href=…>` make a
link. Every piece of user text therefore goes through `para()`, which
escapes it so that it prints literally.
"""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from pledge_tracker.domain.validate import is_safe_link
from pledge_tracker.reports.rtl import shape_logical, upright, visual_lines
from pledge_tracker.reports.styles import covered_codepoints
from pledge_tracker.reports.typography import unbreakable

REPLACEMENT = "\ufffd"  # what a character the font cannot draw prints as (never a silent gap)
CHUNK = 1200  # characters per paragraph when long text is cut to fit table rows and pages
_ATTRIBUTE = {'"': "&quot;", "'": "&apos;"}
_CONTROLS = {c: None for c in range(32) if chr(c) not in "\n\t"}


class Para(Paragraph):
    """A Paragraph that remembers its last layout: tables wrap each cell several times
    (measure, split, draw) at the same width, and line breaking is most of a report's time."""

    _wrapped_at: float | None = None
    blPara: Any  # reportlab's broken lines (ParaLines), set by wrap()

    def __init__(self, text: str, style: ParagraphStyle, *args: Any, **kw: Any) -> None:
        if isinstance(text, str):
            text = upright(unbreakable(text), style.fontName)
        super().__init__(text, style, *args, **kw)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._wrapped_at == available_width and "blPara" in self.__dict__:
            return self.width, self.height  # line breaks do not depend on the height
        size = super().wrap(available_width, available_height)
        self._wrapped_at = available_width
        return size

    def drawPara(self, debug: int = 0) -> None:
        # Lines are broken on the logical text; right-to-left runs are reordered only now,
        # line by line, so a wrapped Arabic or Hebrew name reads from its first line.
        logical = self.blPara
        self.blPara = visual_lines(logical)
        try:
            super().drawPara(debug)
        finally:
            self.blPara = logical

    def split(self, available_width: float, available_height: float) -> list[Any]:
        parts = super().split(available_width, available_height)
        for part in parts:
            part._wrapped_at = None  # a part lays itself out afresh
        return parts


def printable(text: str) -> str:
    """The text with characters the font lacks (emoji, CJK) shown as U+FFFD."""
    if not text or max(text) < "\u0370":  # Latin and its accents: always covered
        return text
    covered = covered_codepoints()
    return "".join(ch if ord(ch) in covered or ch in "\n\t" else REPLACEMENT for ch in text)


def markup(text: str | None) -> str:
    """Escaped paragraph markup for user text; line breaks are kept."""
    clean = str(text or "").replace("\r\n", "\n").replace("\t", " ").translate(_CONTROLS)
    clean = printable(shape_logical(clean))
    return escape(clean).replace("\n", "<br/>")


def para(text: str | None, style: ParagraphStyle) -> Para:
    """A paragraph that prints `text` literally, whatever it contains."""
    return Para(markup(text), style)


def trusted(markup_text: str, style: ParagraphStyle) -> Para:
    """A paragraph from markup built by the reports themselves (user parts already escaped)."""
    return Para(markup_text, style)


def split_text(text: str, limit: int = CHUNK) -> list[str]:
    """Long text as pieces of at most about `limit` characters, cut at paragraph or word ends."""
    pieces: list[str] = []
    for block in re.split(r"\n\s*\n", (text or "").strip()):
        while len(block) > limit:
            cut = block.rfind(" ", limit // 2, limit)
            cut = cut if cut > 0 else limit
            pieces.append(block[:cut])
            block = block[cut:].lstrip()
        if block:
            pieces.append(block)
    return pieces


def link_markup(url: str | None, label: str | None = None) -> str:
    """An escaped label, made a link only for http, https and mailto addresses."""
    shown = markup(label if label is not None else url)
    if not url or not is_safe_link(url):
        return shown
    return f'<a href="{escape(url, _ATTRIBUTE)}" color="#1F3A5F">{shown}</a>'
