"""A scorecard's published figures: the latest per metric, with period, unit and source [n]."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Table

from pledge_tracker.reports.blocks import Ctx, cell_text, data_table, spacer
from pledge_tracker.reports.safe import para
from pledge_tracker.services.report_data import FigureLine, SupporterReport


def figures_block(ctx: Ctx, report: SupporterReport, numbers: dict[int, int]) -> list[Flowable]:
    """The heading, the lead and the table; nothing where the supporter published none."""
    if not report.figures:
        return []
    t, st = ctx.text, ctx.styles
    title = f"{t('card.figures')} · {report.stakeholder.name}"
    return [
        CondPageBreak(90),
        para(title, st.h3),
        para(t("card.figures_lead", date=t.date(ctx.data.as_of)), st.small),
        spacer(2),
        _table(ctx, report.figures, numbers),
        spacer(6),
    ]


def _table(ctx: Ctx, figures: tuple[FigureLine, ...], numbers: dict[int, int]) -> Table:
    t = ctx.text
    widths: list[float] = [0, 60, 56, 140, 46]
    widths[0] = ctx.width - sum(widths)
    header = [t("col.metric"), t("col.figure"), t("col.unit"), t("col.period"), t("col.source")]
    rows: list[list[Any]] = []
    for figure in figures:
        period = t(
            "figure.period",
            start=t.day(figure.period_start, figure.period_precision),
            end=t.day(figure.period_end, figure.period_precision),
        )
        rows.append(
            [
                cell_text(figure.metric, widths[0]),
                cell_text(t.exact(figure.value), widths[1]),
                cell_text(figure.unit, widths[2]),
                cell_text(period, widths[3]),
                f"[{numbers[figure.citation]}]",
            ]
        )
    extra = [("ALIGN", (1, 0), (1, -1), "RIGHT"), ("ALIGN", (4, 0), (4, -1), "RIGHT")]
    return data_table(header, rows, widths, extra)
