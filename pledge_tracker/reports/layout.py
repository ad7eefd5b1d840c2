"""Page templates: header and footer on every page, "page x of y", metadata and outline."""

from __future__ import annotations

import calendar
import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from pledge_tracker import __version__
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.reports.rtl import ShapingCanvas
from pledge_tracker.reports.running_head import RunningHead
from pledge_tracker.reports.styles import (
    ALERT,
    BOLD,
    FONT,
    HEADER_GAP,
    MARGIN,
    MUTED,
    NAVY,
    PAPERS,
    RULE,
    WHITE,
    register_fonts,
)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
TOTAL_FORM = "pageTotal"
RUNNING_SIZE = 7.0  # points: the running head under the rule, clear of the body frame


class ReportCancelled(PledgeError):
    """The user cancelled the report before it was finished (nothing was written)."""


@dataclass(frozen=True)
class PageInfo:
    """What every page says about the document it belongs to."""

    title: str  # the report's name, also the PDF title
    framework: str
    as_of_text: str  # "As of 29 November 2026"
    footer_text: str  # generated date, app version, method version
    page_text: str  # "Page {page} of" in the report's language
    edition_text: str = ""  # public edition, or the restricted-evidence warning
    edition_alert: bool = False
    banner_text: str = ""  # "Demonstration data — not real assessments", on every page
    subject: str = ""
    author: str = "Pledge Tracker"
    lang: str = "en"
    keywords: tuple[str, ...] = ()  # in the report's language
    generated: dt.date | None = None
    running_text: str = "{section} — {commitment}"  # the running head of a commitment's page


class ReportDoc(BaseDocTemplate):
    """A4 or letter pages with a cover template and a body template."""

    def __init__(
        self,
        out: str | IO[bytes],
        info: PageInfo,
        *,
        paper: str = "a4",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        expected_pages: int = 0,
        cover: bool = False,
    ) -> None:
        font = register_fonts()
        size = PAPERS.get(paper, PAPERS["a4"])
        super().__init__(
            out,
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_GAP,
            bottomMargin=MARGIN + HEADER_GAP,
            title=info.title,
            author=info.author,
            subject=info.subject,
            creator=f"Pledge Tracker {__version__}",
            producer=f"Pledge Tracker {__version__} (reportlab)",
            keywords=list(info.keywords) or [info.framework],
            invariant=1,
            initialFontName=font,
            initialFontSize=9,
            lang=info.lang,
            displayDocTitle=1,
        )
        self.info = info
        self._progress = progress
        self._cancelled = cancelled
        self._expected = expected_pages
        self.head = RunningHead(info.running_text)
        self.anchor_pages: dict[str, int] = {}  # where each navigable heading was drawn
        body = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        templates = [
            PageTemplate("body", [body], onPage=self._decorate, onPageEnd=self._running_head),
            PageTemplate("cover", [body], onPage=self._decorate_cover),
        ]
        # The first template in the list is the first page's (a cover, where there is one).
        self.addPageTemplates(templates[::-1] if cover else templates)

    # -- building ------------------------------------------------------------------------

    def render(self, story: list[Flowable]) -> int:
        """Build the PDF; returns the number of pages."""
        self.build(story)
        return self.page

    def _startBuild(self, filename: Any = None, canvasmaker: Any = Canvas) -> None:
        # Whatever canvas is asked for, strings drawn on it print shaped (reports/rtl.py).
        super()._startBuild(filename, ShapingCanvas)
        self.canv._doc._timeStamp = _timestamp(self.info.generated)
        self.canv.showOutline()

    def _endBuild(self) -> None:
        # The total page count is known only now: define the form every footer refers to.
        self._doSave = 0
        super()._endBuild()
        canv = self.canv
        canv.beginForm(TOTAL_FORM)
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        canv.drawString(0, 0, str(self.page))
        canv.endForm()
        canv.save()

    def afterFlowable(self, flowable: Flowable) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ReportCancelled("The report was cancelled; no file was written.")
        if isinstance(flowable, Heading) and flowable.anchor:
            # The first part of a split heading carries the anchor; record where it landed.
            self.anchor_pages.setdefault(flowable.anchor, self.page)
            self.head.heading(flowable.level, flowable.title or "")

    def beforePage(self) -> None:
        self.head.page_begins()

    def afterPage(self) -> None:
        if self._progress is not None:
            self._progress(self.page, max(self._expected, self.page))

    # -- page decoration -----------------------------------------------------------------

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        top = height - MARGIN
        canv.saveState()
        right = self.info.as_of_text
        room = width - 2 * MARGIN - canv.stringWidth(right, FONT, 7.5) - 18
        canv.setFont(BOLD, 7.5)
        canv.setFillColor(NAVY)
        canv.drawString(MARGIN, top, _fit(f"{self.info.framework} · {self.info.title}", room))
        canv.setFont(FONT, 7.5)
        canv.drawRightString(width - MARGIN, top, right)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN, top - 4, width - MARGIN, top - 4)
        self._banner(canv, width, top + 9)
        self._footer(canv, width)
        canv.restoreState()

    def _running_head(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """This page's section and commitment under the rule (at page end: its headings known)."""
        if words := self.head.text():
            width, height = self.pagesize
            canv.saveState()
            canv.setFont(BOLD, RUNNING_SIZE)
            canv.setFillColor(NAVY)
            words = _fit(words, width - 2 * MARGIN, BOLD, RUNNING_SIZE)
            canv.drawString(MARGIN, height - MARGIN - 12.5, words)
            canv.restoreState()

    def _decorate_cover(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        canv.saveState()
        canv.setFillColor(NAVY)
        canv.rect(0, height - 14, width, 14, stroke=0, fill=1)
        self._banner(canv, width, height - MARGIN + 9)
        self._footer(canv, width)
        canv.restoreState()

    def _banner(self, canv: Canvas, width: float, bottom: float) -> None:
        """The demonstration-data warning: white on a dark band above the running head."""
        if not self.info.banner_text:
            return
        canv.setFillColor(ALERT)
        canv.rect(MARGIN, bottom, width - 2 * MARGIN, 12, stroke=0, fill=1)
        canv.setFont(BOLD, 7.5)
        canv.setFillColor(WHITE)
        canv.drawCentredString(width / 2, bottom + 3.3, self.info.banner_text)

    def _footer(self, canv: Canvas, width: float) -> None:
        bottom = MARGIN - 4
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN, bottom + 10, width - MARGIN, bottom + 10)
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN, bottom, self.info.footer_text)
        if self.info.edition_text:
            canv.setFont(BOLD if self.info.edition_alert else FONT, 7.5)
            canv.setFillColor(ALERT if self.info.edition_alert else MUTED)
            canv.drawCentredString(width / 2, bottom - 10, self.info.edition_text)
        # "Page 3 of" then the total, drawn later from the form (see _endBuild).
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        label = self.info.page_text.format(page=self.page) + " "
        anchor = width - MARGIN - canv.stringWidth("0000", FONT, 7.5)
        canv.drawRightString(anchor, bottom, label)
        canv.saveState()
        canv.translate(anchor, bottom)
        canv.doForm(TOTAL_FORM)
        canv.restoreState()


def _fit(text: str, room: float, font: str = BOLD, size: float = 7.5) -> str:
    """`text` cut with an ellipsis so that it fits `room` points."""
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip(" ·") + "…"


def _timestamp(day: dt.date | None) -> TimeStamp:
    """The PDF's creation date: the generation date at midnight UTC (fixed, so repeatable)."""
    stamp = TimeStamp(invariant=1)
    if day is not None:
        seconds = calendar.timegm(day.timetuple())
        stamp.t = seconds
        stamp.lt = time.gmtime(seconds)
        stamp.YMDhms = tuple(stamp.lt)[:6]
    return stamp


class Bookmark(Flowable):
    """An invisible mark that adds an outline entry pointing at where it is drawn."""

    def __init__(self, title: str, level: int = 0, key: str | None = None) -> None:
        super().__init__()
        self.title = title
        self.level = level
        self.key = key  # a named destination (the table of contents links to it)
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        # Keys count up per document, so that the same input gives the same bytes.
        number = getattr(self.canv, "_pledge_marks", 0) + 1
        self.canv._pledge_marks = number
        key = self.key or f"mark{number}"
        self.canv.bookmarkHorizontal(key, 0, 12)
        self.canv.addOutlineEntry(self.title, key, level=self.level, closed=self.level > 0)


class Heading(Paragraph):
    """A heading paragraph that is also an outline entry.

    With an `anchor`, it is a named destination, a table-of-contents entry (level 0: a
    section, level 1: a commitment) and what the running head of its page names.
    """

    def __init__(
        self,
        text: Any,
        style: Any,
        *args: Any,
        title: str | None = None,
        level: int = 0,
        anchor: str | None = None,
        **kw: Any,
    ) -> None:
        super().__init__(text, style, *args, **kw)
        self.title, self.level, self.anchor = title, level, anchor
        self._mark = Bookmark(title, level, anchor) if title else None

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts = super().split(available_width, available_height)
        if parts and isinstance(parts[0], Heading):
            parts[0]._mark = self._mark  # the outline points at the heading's first line
            parts[0].title, parts[0].level, parts[0].anchor = self.title, self.level, self.anchor
        return parts

    def draw(self) -> None:
        if self._mark is not None:
            self._mark.canv = self.canv
            self._mark.draw()
        super().draw()
