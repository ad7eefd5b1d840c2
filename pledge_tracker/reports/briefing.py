"""The summit briefing: cover, summary, the dashboard charts, key dates, movers and actions."""

from __future__ import annotations

from reportlab.platypus import Flowable

from pledge_tracker.reports import changes, rankings, sections
from pledge_tracker.reports.blocks import Ctx, cover_renderer
from pledge_tracker.reports.figures import chart_flowables
from pledge_tracker.reports.key_dates import key_dates
from pledge_tracker.services.report_data import ReportData

CHARTS = ("levels_by_group", "changes", "score_over_time", "coverage_over_time")


def estimate_pages(data: ReportData) -> int:
    return (
        5
        + len(data.regressions) // 12
        + len(data.charts) // 2
        + len(data.supporters) // 40
        + len(data.overdue) // 40
        + len(data.key_dates) // 30
    )


def story(ctx: Ctx) -> list[Flowable]:
    return [*sections.cover(ctx, "report.briefing"), *changes.findings_page(ctx), *body(ctx)]


def body(ctx: Ctx) -> list[Flowable]:
    """Everything after the cover (the full report starts the same way)."""
    parts: list[Flowable] = sections.summary(ctx)
    charts = chart_flowables(ctx)
    if charts:
        parts += [sections.heading(ctx, "section.charts"), *charts]
    parts += key_dates(ctx)
    parts += rankings.movers(ctx)
    parts += changes.regressions(ctx)
    parts += sections.overdue(ctx)
    parts += sections.takedown(ctx)
    parts += rankings.supporters(ctx)
    return parts


# Write the briefing to `out` (a path or a binary stream); returns the page count.
render = cover_renderer("report.briefing", story, estimate_pages)
