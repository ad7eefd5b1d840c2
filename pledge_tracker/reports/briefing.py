"""The summit briefing: cover, summary in figures, the dashboard charts, movers and actions."""

from __future__ import annotations

from typing import IO

from reportlab.platypus import Flowable

from pledge_tracker.reports import sections
from pledge_tracker.reports.blocks import Ctx, make_ctx, page_info
from pledge_tracker.reports.figures import chart_flowables
from pledge_tracker.reports.layout import Cancelled, Progress, ReportDoc
from pledge_tracker.services.report_data import ReportData

CHARTS = ("levels_by_group", "changes", "score_over_time", "coverage_over_time")


def render(
    data: ReportData,
    out: str | IO[bytes],
    *,
    paper: str = "a4",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the briefing to `out` (a path or a binary stream); returns the page count."""
    doc = ReportDoc(
        out,
        page_info(make_ctx(data, 0), "report.briefing"),
        paper=paper,
        progress=progress,
        cancelled=cancelled,
        expected_pages=estimate_pages(data),
        cover=True,
    )
    return doc.render(story(make_ctx(data, doc.width - 12)))


def estimate_pages(data: ReportData) -> int:
    return 4 + len(data.charts) // 2 + len(data.supporters) // 40 + len(data.overdue) // 40


def story(ctx: Ctx) -> list[Flowable]:
    return [*sections.cover(ctx, "report.briefing"), *body(ctx)]


def body(ctx: Ctx) -> list[Flowable]:
    """Everything after the cover (the full report starts the same way)."""
    parts: list[Flowable] = sections.summary(ctx)
    charts = chart_flowables(ctx)
    if charts:
        parts += [sections.heading(ctx, "section.charts"), *charts]
    parts += sections.movers(ctx)
    parts += sections.overdue(ctx)
    parts += sections.takedown(ctx)
    parts += sections.supporters(ctx)
    return parts
