"""Right-to-left text in the PDFs: Arabic shaped by HarfBuzz, Hebrew and Arabic put in visual order.

reportlab draws characters one after another, left to right, each as its font's glyph for
that codepoint: it neither joins Arabic letters nor reorders right-to-left runs. So text is
prepared in two steps, both here:

1. `shape_logical` shapes each Arabic run with HarfBuzz (uharfbuzz) using the body font and
   writes the glyphs it chose back as the codepoints that draw them (the presentation forms
   U+FB50–U+FEFF: initial, medial, final and the lam-alef ligatures), still in logical order.
   This is done before line breaking, so line widths are the shaped ones.
2. `visual` applies the Unicode bidirectional algorithm (python-bidi) with the document's
   paragraph direction, left to right, to one line: right-to-left runs are reversed and
   their brackets mirrored; digits and Latin keep their order.

Paragraphs break lines on the logical text and reorder each line only when drawn
(safe.Para), so a long Arabic name that wraps still reads from its first line. Strings
drawn directly on the canvas (running heads, table cells given as plain strings, legends)
go through `ShapingCanvas`. Text with no right-to-left character is returned unchanged.
Charts need none of this: matplotlib (3.11 and later) lays text out with libraqm itself.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from typing import Any

import uharfbuzz
from bidi import get_display
from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from pledge_tracker.reports.styles import BOLD, BOLD_ITALIC, FONT, ITALIC, register_fonts

# Hebrew, Arabic (with its supplement, extended-A and presentation forms), Syriac, Thaana,
# NKo, Samaritan, Mandaic, and the explicit right-to-left marks and embeddings.
_RTL_LETTER = (
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067\u061c\U00010800-\U00010fff]"
)
_RTL = re.compile(_RTL_LETTER)
# Right-to-left words and the spaces between them: what an italic paragraph prints upright.
_RTL_WORDS = re.compile(f"{_RTL_LETTER}+(?:[ \u00a0]+{_RTL_LETTER}+)*")
# DejaVu Sans's oblique faces have no Arabic letters; the upright faces do.
_UPRIGHT = {ITALIC: FONT, BOLD_ITALIC: BOLD}
# Runs HarfBuzz joins: Arabic letters and marks, tatweel, and the joiners between them.
_ARABIC_RUN = re.compile(
    "[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc\u200c\u200d]+"
)
_TAGS = re.compile(r"(<[^>]*>)")  # paragraph markup's tags (text in it is escaped: no "<")
_LEVEL = re.compile(r"Level\(\s*(\d+)\s*,?\s*\)")
# Direction controls: used by the algorithm, then dropped (the font has no glyph for them).
_CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def has_rtl(text: str) -> bool:
    """Whether `text` holds any right-to-left character (the fast path's test)."""
    return bool(text) and max(text) >= "\u0590" and _RTL.search(text) is not None


@functools.cache
def _shaper() -> tuple[Any, dict[int, int], dict[int, list[int]]]:
    """HarfBuzz's view of the body font, with its character→glyph map and the reverse."""
    register_fonts()
    font = pdfmetrics.getFont(FONT)
    face = font.face
    return uharfbuzz.Font(font.hbFace), face.charToGlyph, face.glyphToChar


def _glyph_char(glyph: int, cluster: str) -> str | None:
    """The character that draws `glyph`: the cluster's own where it does, else a presentation
    form (or any encoded character); None for a glyph the font gives no character."""
    _, to_glyph, to_chars = _shaper()
    if len(cluster) == 1 and to_glyph.get(ord(cluster)) == glyph:
        return cluster
    codes = [c for c in to_chars.get(glyph, ()) if not 0xE000 <= c <= 0xF8FF]
    forms = [c for c in codes if c >= 0xFB50]
    return chr(min(forms or codes)) if codes else None


def _shape_run(run: str) -> str:
    """One Arabic run, shaped, as the codepoints of its glyphs in logical order."""
    buffer = uharfbuzz.Buffer()
    buffer.add_codepoints([ord(ch) for ch in run])
    buffer.direction, buffer.script, buffer.language = "rtl", "Arab", "ar"
    uharfbuzz.shape(_shaper()[0], buffer, {})
    infos = buffer.glyph_infos[::-1]  # HarfBuzz gives right-to-left runs in visual order
    pieces: list[str] = []
    for start, group in itertools.groupby(infos, key=lambda info: info.cluster):
        glyphs = [info.codepoint for info in group]
        end = next((i.cluster for i in infos if i.cluster > start), len(run))
        chars = [_glyph_char(glyph, run[start:end]) for glyph in glyphs]
        # A glyph with no character of its own: that cluster's letters print unjoined.
        pieces.append(run[start:end] if None in chars else "".join(c for c in chars if c))
    return "".join(pieces)


def shape_logical(text: str) -> str:
    """`text` with every Arabic run shaped (presentation forms), still in logical order."""
    if not has_rtl(text):
        return text
    return _ARABIC_RUN.sub(lambda match: _shape_run(match.group(0)), text)


def _levels(line: str) -> list[int] | None:
    """The embedding level of each character (odd: right to left), from python-bidi.

    python-bidi reorders but does not mirror brackets, and gives no levels but in its debug
    report (one per UTF-8 byte); the levels are read from there.
    """
    report = str(get_display(line, base_dir="L", debug=True))
    block = report[report.find("levels:") : report.find("paragraphs:")]
    per_byte = [int(level) for level in _LEVEL.findall(block)]
    if len(per_byte) != len(line.encode("utf-8")):
        return None  # another python-bidi wrote another report: reorder without mirroring
    levels, offset = [], 0
    for ch in line:
        levels.append(per_byte[offset])
        offset += len(ch.encode("utf-8"))
    trailing = len(line) - len(line.rstrip())  # rule L1: trailing spaces take the base level
    return levels[: len(line) - trailing] + [0] * trailing


def visual_line(line: str) -> str:
    """One line of (shaped) text in visual order, for a left-to-right document.

    Rule L2 of the bidirectional algorithm: from the highest level down to the lowest odd
    one, every run at that level or higher is reversed; then characters on right-to-left
    levels take their mirror image ("(" for ")").
    """
    if not has_rtl(line):
        return line
    levels = _levels(line)
    if levels is None:
        return str(get_display(line, base_dir="L")).translate(_CONTROLS)
    order = list(range(len(line)))
    for level in range(max(levels), 0, -1):
        start = None
        for index in range(len(order) + 1):
            inside = index < len(order) and levels[order[index]] >= level
            if inside and start is None:
                start = index
            elif not inside and start is not None:
                order[start:index] = order[start:index][::-1]
                start = None
    return "".join(
        MIRRORED.get(line[i], line[i]) if levels[i] % 2 else line[i] for i in order
    ).translate(_CONTROLS)


def visual(text: str) -> str:
    """Text shaped and in visual order, line by line: what to draw on one line per line."""
    if not has_rtl(text):
        return text
    return "\n".join(visual_line(shape_logical(line)) for line in text.split("\n"))


def upright(markup_text: str, font: str) -> str:
    """Paragraph markup in an oblique `font` with its right-to-left words set upright."""
    if font not in _UPRIGHT or not has_rtl(markup_text):
        return markup_text
    face = _UPRIGHT[font]
    parts = _TAGS.split(markup_text)  # text, tag, text, …: words inside a tag stay as they are
    parts[::2] = [
        _RTL_WORDS.sub(lambda words: f'<font face="{face}">{words.group(0)}</font>', text)
        for text in parts[::2]
    ]
    return "".join(parts)


def _texts(lines: Any) -> Iterator[str]:
    """Every piece of text in a paragraph's broken lines."""
    for line in lines.lines:
        if lines.kind == 0:
            yield from line[1]
        else:
            yield from (getattr(frag, "text", "") for frag in line.words)


def visual_lines(lines: Any) -> Any:
    """A paragraph's broken lines (reportlab's ParaLines) with each line in visual order.

    Simple paragraphs hold each line as (spare width, words); styled ones as FragLines of
    fragments, each reordered on its own (a right-to-left run split across two styles keeps
    the styles' order). Widths are unchanged: the same characters, in another order.
    The lines themselves are returned when none holds right-to-left text.
    """
    if not any(has_rtl(text) for text in _texts(lines)):
        return lines
    if lines.kind == 0:
        return lines.clone(
            lines=[
                (line[0], visual_line(" ".join(line[1])).split(" "), *line[2:])
                for line in lines.lines
            ]
        )
    return lines.clone(
        lines=[
            line.clone(
                words=[
                    frag.clone(text=visual_line(frag.text)) if hasattr(frag, "text") else frag
                    for frag in line.words
                ]
            )
            for line in lines.lines
        ]
    )


class ShapingCanvas(Canvas):
    """A canvas whose strings (running heads, plain table cells, legends) print shaped."""

    def drawString(self, x: float, y: float, text: str, *args: Any, **kw: Any) -> None:
        super().drawString(x, y, visual(text), *args, **kw)

    def drawRightString(self, x: float, y: float, text: str, *args: Any, **kw: Any) -> None:
        super().drawRightString(x, y, visual(text), *args, **kw)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any, **kw: Any) -> None:
        super().drawCentredString(x, y, visual(text), *args, **kw)
