"""The printed table of contents: sections and commitments with their page numbers, as links.

Page numbers are known only once the pages are laid out, so a report with contents is built
twice: a trial build records the page of every anchored heading (`ReportDoc.anchor_pages`),
and the real build prints them. The contents take the same room in both builds (the numbers
sit in a column of fixed width), so the pages found by the trial are the final ones.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from typing import IO, Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from pledge_tracker.reports.layout import Heading, Progress, ReportDoc
from pledge_tracker.reports.safe import markup, para, trusted
from pledge_tracker.reports.styles import BOLD, FONT, RULE, styles

NUMBER_WIDTH = 36  # points: the page-number column
CONTENTS_ANCHOR = "contents"

DocMaker = Callable[[str | IO[bytes], Progress | None], ReportDoc]


def anchor_name(*parts: str) -> str:
    """A named destination for a heading: letters, digits, '-' and '_' only."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", "-".join(parts))


class Contents(Flowable):
    """The entries under the contents heading: every anchored heading that follows it.

    `pages` (anchor: page) is empty in the trial build; the real build prints and links them.
    """

    def __init__(self, width: float) -> None:
        super().__init__()
        self.entries: list[tuple[int, str, str]] = []  # level, title, anchor
        self.pages: dict[str, int] = {}
        self.table_width = width
        self._table: Table | None = None

    def collect(self, story: Sequence[Flowable]) -> None:
        """Take the entries from the anchored headings after this flowable in `story`."""
        after = story[story.index(self) + 1 :]
        self.entries = [
            (part.level, part.title or "", part.anchor)
            for part in after
            if isinstance(part, Heading) and part.anchor
        ]

    def table(self) -> Table:
        if self._table is None:
            self._table = self._build()
        return self._table

    def _build(self) -> Table:
        rows: list[list[Any]] = []
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), FONT, 8.5),  # else the table sets Helvetica
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
        for row, (level, title, anchor) in enumerate(self.entries):
            page = self.pages.get(anchor)
            number = str(page) if page is not None else "0"
            if page is not None:  # a link only to a destination the document has
                title_markup = f'<a href="#{anchor}">{markup(title)}</a>'
                number_markup = f'<a href="#{anchor}">{number}</a>'
            else:
                title_markup, number_markup = markup(title), number
            style = _SECTION if level == 0 else _COMMITMENT
            rows.append([trusted(title_markup, style), trusted(number_markup, _number(style))])
            if level == 0:
                commands += [
                    ("TOPPADDING", (0, row), (-1, row), 6 if row else 1.5),
                    ("LINEBELOW", (0, row), (-1, row), 0.4, RULE),
                ]
        widths = [self.table_width - NUMBER_WIDTH, NUMBER_WIDTH]
        table = Table(rows or [["", ""]], colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle(commands))
        return table

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.table().wrap(available_width, available_height)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return list(self.table().split(available_width, available_height))

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        self.table().drawOn(canvas, x, y, _sW)


_SECTION = ParagraphStyle("toc_section", parent=styles().cell, fontName=BOLD, fontSize=9.5)
_COMMITMENT = ParagraphStyle(
    "toc_commitment", parent=styles().cell, fontName=FONT, fontSize=8.5, leftIndent=12
)
_NUMBERS = {
    style.name: ParagraphStyle(f"{style.name}_page", parent=style, leftIndent=0, alignment=TA_RIGHT)
    for style in (_SECTION, _COMMITMENT)
}


def _number(style: ParagraphStyle) -> ParagraphStyle:
    return _NUMBERS[style.name]


def contents_block(title: str, width: float, note: str = "") -> list[Flowable]:
    """The contents heading and its entries (filled from the story by `render_story`), then
    the `note` if any (the key to a mark in the titles)."""
    heading = Heading(markup(title), styles().h1, title=title, level=0, anchor=CONTENTS_ANCHOR)
    return [heading, Contents(width), *([Spacer(1, 4), para(note, styles().note)] if note else [])]


def render_story(
    make_doc: DocMaker,
    make_story: Callable[[], list[Flowable]],
    out: str | IO[bytes],
    progress: Progress | None = None,
) -> int:
    """Build the story into `out`; twice where it has contents (see the module's docstring).

    Returns the page count. Progress runs over both builds.
    """
    story = make_story()
    tables = _contents_of(story)
    if not tables:
        return make_doc(out, progress).render(story)
    trial = make_doc(io.BytesIO(), _scaled(progress, 0))
    pages = trial.render(story)
    story = make_story()
    for table in _contents_of(story):
        table.pages = dict(trial.anchor_pages)
    return make_doc(out, _scaled(progress, pages)).render(story)


def _contents_of(story: list[Flowable]) -> list[Contents]:
    tables = [part for part in story if isinstance(part, Contents)]
    for table in tables:
        table.collect(story)
    return tables


def _scaled(progress: Progress | None, done: int) -> Progress | None:
    """Progress of one of the two builds as part of both: the trial's pages count first."""
    if progress is None:
        return None
    if not done:
        return lambda page, total: progress(page, 2 * total)
    return lambda page, total: progress(done + page, done + total)
