"""The takedown table in HTML (briefing and incident report): one row per platform and clock."""

from __future__ import annotations

from collections.abc import Sequence

from pledge_tracker.domain.takedown import BUCKETS, PlatformFigures
from pledge_tracker.domain.words import shorten
from pledge_tracker.reports.html.markup import Safe, table, tag
from pledge_tracker.reports.takedown_table import CLOCKS, clock_cells
from pledge_tracker.reports.text import Text


def takedown_table(t: Text, caption: str, items: Sequence[PlatformFigures]) -> Safe:
    """Buckets (count and share), median and 90th percentile, for each platform on each clock."""
    header = [t("col.platform"), t("col.clock"), *(t(f"takedown.head.{b}") for b in BUCKETS)]
    header += [t("col.median_short"), t("col.p90")]
    rows = []
    for item in items:
        name = shorten(item.platform, 120) or t("takedown.total")
        label = f"{name} ({t('col.sightings')}: {t.count(item.sightings)})"
        for clock, figures in zip(CLOCKS, (item.found, item.reported), strict=True):
            cells = [cell.replace("\n", " ") for cell in clock_cells(t, figures)]
            rows.append([label, t(f"clock.{clock}"), *cells])
    numeric = tuple(range(2, len(header)))
    return tag("div", table(caption, header, rows, numeric=numeric), class_="table-wrap")
