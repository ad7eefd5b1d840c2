"""Pieces every report shares: page heads, the cover-page renderer, level cells, tables, bars."""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import IO, Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from pledge_tracker import __version__
from pledge_tracker.domain.levels import LEVEL_ORDER, Level
from pledge_tracker.reports.contents import render_story
from pledge_tracker.reports.continued import ContinuedTable
from pledge_tracker.reports.layout import Cancelled, PageInfo, Progress, ReportDoc
from pledge_tracker.reports.safe import markup, para, printable
from pledge_tracker.reports.styles import (
    ALERT,
    BOLD,
    DEMO_TINT,
    FONT,
    INK,
    MUTED,
    NAVY,
    PANEL,
    RULE,
    WHITE,
    Styles,
    level_colour,
    styles,
    table_style,
)
from pledge_tracker.reports.text import Marked, Text
from pledge_tracker.services.report_data import ReportData

SWATCH = 5  # points: the coloured strip beside a level (decoration; glyph and label carry it)


@dataclass(frozen=True)
class Ctx:
    """What every story builder needs: the data, the words, the styles and the text width."""

    data: ReportData
    text: Text
    styles: Styles
    width: float


def make_ctx(data: ReportData, width: float) -> Ctx:
    return Ctx(data, Text(data.lang), styles(), width)


def page_info(ctx: Ctx, title_key: str) -> PageInfo:
    t, data = ctx.text, ctx.data
    if data.public:
        edition, alert = t("footer.public"), False
    elif data.restricted_shown:
        edition, alert = t("footer.restricted"), True
    else:
        edition, alert = "", False
    return PageInfo(
        title=t(title_key),
        framework=short_name(data.framework),
        as_of_text=t("header.as_of", date=t.date(data.as_of)),
        footer_text=t(
            "footer.generated",
            date=t.date(data.generated),
            app=t("app"),
            version=__version__,
            method=data.method_version,
        ),
        page_text=t("page"),
        edition_text=edition,
        edition_alert=alert,
        banner_text=t("demo.banner") if data.demo else "",
        subject=t("subject", framework=data.framework, date=t.date(data.as_of)),
        lang=data.lang,
        keywords=keywords(t, data.framework),
        generated=data.generated,
        running_text=t("running.head", section="{section}", commitment="{commitment}"),
    )


def keywords(t: Text, framework: str) -> tuple[str, ...]:
    """The PDF's keywords in the report's language."""
    return (framework, *(word.strip() for word in t("keywords").split(",")))


def cover_renderer(
    title_key: str,
    story: Callable[[Ctx], list[Flowable]],
    estimate_pages: Callable[[ReportData], int],
) -> Callable[..., int]:
    """The render function of a report that opens on a cover page (the briefing, the full one).

    Its running head is titled by `title_key`; its pages are `story(ctx)` at the frame's width.
    """

    def render(
        data: ReportData,
        out: str | IO[bytes],
        *,
        paper: str = "a4",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> int:
        """Write the report to `out` (a path or a binary stream); returns the page count."""
        info = page_info(make_ctx(data, 0), title_key)

        def make_doc(target: str | IO[bytes], told: Progress | None) -> ReportDoc:
            return ReportDoc(
                target,
                info,
                paper=paper,
                progress=told,
                cancelled=cancelled,
                expected_pages=estimate_pages(data),
                cover=True,
            )

        width = make_doc(io.BytesIO(), None).width - 12
        return render_story(make_doc, lambda: story(make_ctx(data, width)), out, progress)

    return render


def short_name(framework: str) -> str:
    """The framework's name for running heads: "Christchurch Call" rather than its full title."""
    if len(framework) <= 40:
        return framework
    head = framework
    for joint in (" to ", " à ", " pour ", " contre "):
        head = head.split(joint)[0]
    return head if len(head) >= 8 else framework[:39] + "…"


def level_text(t: Text, level: Level) -> str:
    """Glyph and label as markup: '● Complete'; 'Not assessed' reads neutral (no glyph)."""
    if level is Level.NOT_ASSESSED:
        return f'<font color="#5B6573">{markup(t.level(level))}</font>'
    return f"<b>{markup(level.glyph)}</b> {markup(t.level(level))}"


def swatch_commands(column: int, row: int, level: Level) -> list[tuple[Any, ...]]:
    """Colour the narrow strip cell beside a level (white with a rule when not assessed)."""
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (column, row), (column, row), level_colour(level))
    ]
    if level is Level.NOT_ASSESSED:
        commands.append(("BOX", (column, row), (column, row), 0.4, RULE))
    return commands


@functools.lru_cache(maxsize=4096)
def plain_lines(text: str, width: float, font: str = FONT, size: float = 8) -> str | None:
    """`text` broken into lines that fit `width`, as one string for a table cell.

    Plain cells cost a fraction of a Paragraph to lay out (it matters for 250 scorecards);
    None where a single word is too wide, and the caller falls back to a Paragraph.
    """
    lines = split_lines(printable(text), font, size, width)
    if any(stringWidth(line, font, size) > width for line in lines):
        return None  # a word wider than the cell: a Paragraph shows it whole
    return "\n".join(lines)


def split_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of `text` that fit `width`, broken only at plain spaces and line breaks.

    Never inside a word, nor at a no-break space (French puts one before : ; ! ? %).
    """
    space = stringWidth(" ", font, size)
    lines: list[str] = []
    for block in text.split("\n"):
        line, used = "", 0.0
        for word in (w for w in block.split(" ") if w):
            wide = stringWidth(word, font, size)
            if line and used + space + wide > width:
                lines.append(line)
                line, used = "", 0.0
            line, used = (f"{line} {word}", used + space + wide) if line else (word, wide)
        if line:
            lines.append(line)
    return lines


def cell_text(text: str, width: float, style: ParagraphStyle | None = None) -> Any:
    """A table cell for plain user text: wrapped lines, or an escaped Paragraph if need be."""
    chosen = style or styles().cell
    fitted = plain_lines(text, width - 6, chosen.fontName, chosen.fontSize)  # less padding
    return fitted if fitted is not None else para(text, chosen)


def data_table(
    header: Sequence[str],
    rows: list[list[Any]],
    widths: Sequence[float],
    extra: list[tuple[Any, ...]] | None = None,
    *,
    zebra: bool = True,
    continued: dict[int, dict[int, Any]] | None = None,
) -> Table:
    """A table whose header row repeats on every page it spans.

    `continued` (row: {column: cell}) is what a row continuing a record shows when a page
    break puts it first (see reports/continued.py).
    """
    head = [head_text(h, w) if h else "" for h, w in zip(header, widths, strict=True)]
    kind = ContinuedTable if continued else Table
    table = kind([head, *rows], colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    if continued:
        table.continued = continued
    table.setStyle(TableStyle(table_style(1, zebra) + (extra or [])))
    return table


HEAD_SIZES = (8.0, 7.5, 7.0, 6.5, 6.0)  # a header shrinks rather than cut a word in two


def head_text(text: str, width: float) -> Any:
    """A header cell: its words whole, in the largest size at which the longest one fits."""
    base = styles().head_cell
    words = printable(text).split() or [""]
    for size in HEAD_SIZES:
        if all(stringWidth(word, base.fontName, size) <= width - 6 for word in words):
            break
    if size == base.fontSize:
        return cell_text(text, width, base)
    return para(text, _head_style(size))


@functools.cache
def _head_style(size: float) -> ParagraphStyle:
    return ParagraphStyle(
        f"head_cell_{size}", parent=styles().head_cell, fontSize=size, leading=size + 2
    )


def figures_panel(ctx: Ctx, items: list[tuple[str, str, str]], columns: int = 4) -> Table:
    """Big figures, each under its label and over its note, in a shaded band.

    Each figure is one cell holding its label, value and note in that order, so that text
    extraction and screen readers meet "Coverage 42%" (never all values, then all labels).
    """
    width = ctx.width / columns
    padded = items + [("", "", "")] * (-len(items) % columns)
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, -1), PANEL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEAFTER", (0, 0), (-2, -1), 1.5, WHITE),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("FONT", (0, 0), (-1, -1), FONT, 7),  # else the table sets Helvetica
    ]
    for start in range(0, len(padded), columns):
        band = padded[start : start + columns]
        rows.append([_figure_cell(label, value, note) for value, label, note in band])
        if start:
            commands.append(("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 1.5, WHITE))
    table = Table(rows, colWidths=[width] * columns, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _figure_cell(label: str, value: str, note: str) -> list[Flowable]:
    """Label, value, note: one figure in reading order."""
    if not (label or value):
        return []
    return [para(label, _LABEL), para(value, _VALUE), *([para(note, _NOTE)] if note else [])]


_LABEL = ParagraphStyle(
    "figure_label_cell", fontName=FONT, fontSize=7.5, leading=9.5, textColor=MUTED
)
_VALUE = ParagraphStyle(
    "figure_value_cell", fontName=BOLD, fontSize=18, leading=21, textColor=NAVY, spaceBefore=1
)
_NOTE = ParagraphStyle("figure_note_cell", fontName=FONT, fontSize=7, leading=9, textColor=MUTED)
_BANNER = ParagraphStyle(
    "demo_banner", fontName=BOLD, fontSize=10, leading=13, textColor=ALERT, alignment=1
)


def demo_banner(ctx: Ctx) -> Table:
    """The plain demonstration-data banner of a cover or title block (a boxed, bold line)."""
    return banner(ctx.text("demo.banner"), ctx.width)


def banner(words: str, width: float) -> Table:
    """A boxed, bold line across the text width (the demonstration-data banner)."""
    table = Table([[para(words, _BANNER)]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), BOLD, 10),  # else the table sets Helvetica
                ("BOX", (0, 0), (-1, -1), 1.2, ALERT),
                ("BACKGROUND", (0, 0), (-1, -1), DEMO_TINT),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def unverified_key(ctx: Ctx, people: Sequence[Marked]) -> list[Flowable]:
    """The key to the † mark, under a table or page that marks at least one supporter."""
    if not any(person.unverified for person in people):
        return []
    return [spacer(3), para(ctx.text("unverified.key"), ctx.styles.small)]


def spacer(height: float = 6) -> Spacer:
    return Spacer(1, height)


class LevelBar(Flowable):
    """A horizontal bar split by level, each part with its glyph and count (vector graphics).

    Greyscale-safe: every segment is labelled; the legend under it repeats glyph and label.
    """

    def __init__(self, ctx: Ctx, counts: dict[str, int], height: float = 16) -> None:
        super().__init__()
        self.ctx = ctx
        self.parts = [(lv, counts.get(lv.value, 0)) for lv in LEVEL_ORDER]
        self.parts = [(lv, n) for lv, n in self.parts if n and lv is not Level.NOT_APPLICABLE]
        self.bar_height = height
        self.legend_rows = 2

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.bar_height + 12 * self.legend_rows + 4
        return self.width, self.height

    def draw(self) -> None:
        canv, total = self.canv, sum(n for _, n in self.parts)
        top = self.height - self.bar_height
        if not total:
            return
        x = 0.0
        for level, count in self.parts:
            width = self.width * count / total
            canv.setFillColor(level_colour(level))
            canv.setStrokeColor(RULE if level is Level.NOT_ASSESSED else WHITE)
            canv.setLineWidth(0.6)
            canv.rect(x, top, width, self.bar_height, stroke=1, fill=1)
            label = f"{level.glyph} {count}".strip()
            if canv.stringWidth(label, BOLD, 8) + 4 < width:
                # Dark text on the light levels, white on the dark ones: both readable in grey.
                dark = level in (Level.COMPLETE, Level.REGRESSED)
                canv.setFillColor(WHITE if dark else INK)
                canv.setFont(BOLD, 8)
                canv.drawCentredString(x + width / 2, top + self.bar_height / 2 - 3, label)
            x += width
        self._legend(canv, top - 11)

    def _legend(self, canv: Any, y: float) -> None:
        t, x = self.ctx.text, 0.0
        canv.setFont(FONT, 7)
        for level, count in self.parts:
            words = t("labelled", label=f"{level.glyph} {t.level(level)}".strip(), value=count)
            step = canv.stringWidth(words, FONT, 7) + 14
            if x + step > self.width:
                x, y = 0.0, y - 11
            canv.setFillColor(level_colour(level))
            canv.setStrokeColor(MUTED)
            canv.setLineWidth(0.3)
            canv.rect(x, y - 1, 7, 7, stroke=1, fill=1)
            canv.setFillColor(INK)
            canv.drawString(x + 9, y, words)
            x += step
