"""The HTML edition of a report kind: its body from the report data, in the document."""

from __future__ import annotations

from pledge_tracker import __version__
from pledge_tracker.reports.blocks import make_ctx
from pledge_tracker.reports.html import briefing, full, scorecard
from pledge_tracker.reports.html.document import document
from pledge_tracker.reports.html.markup import join
from pledge_tracker.services.report_data import ReportData

TITLES = {"scorecard": "report.scorecard", "briefing": "report.briefing", "full": "report.full"}


def html_report(kind: str, data: ReportData) -> str:
    """The whole HTML file of report `kind` (scorecard, briefing or full) as text."""
    ctx = make_ctx(data, 0)
    t = ctx.text
    if kind == "scorecard":
        parts = [briefing.opening(ctx), *scorecard.body(ctx)]
    else:
        parts = [briefing.opening(ctx), *briefing.body(ctx)]
        if kind == "full":
            parts += full.body(ctx)
    footer = t(
        "footer.generated",
        date=t.date(data.generated),
        app=t("app"),
        version=__version__,
        method=data.method_version,
    )
    return document(
        t,
        t(TITLES[kind]),
        join(parts),
        subject=t("subject", framework=data.framework, date=t.date(data.as_of)),
        demo=data.demo,
        footer=footer,
    )
