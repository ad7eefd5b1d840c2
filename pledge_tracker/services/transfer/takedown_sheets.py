"""The Takedown view's tables as sheets: per platform (both clocks), weekly, still online.

Written by the shared CSV and XLSX writers (text kept inert, files written atomically).
Addresses are the still-online list's, defanged by the metrics service; no sheet ever
holds a live address. Shares are fractions shown as percentages in XLSX.
"""

from __future__ import annotations

from pathlib import Path

from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.takedown import BUCKETS, Clock, PlatformFigures
from pledge_tracker.services.takedown_screen import TakedownScreen
from pledge_tracker.services.transfer.writers import PERCENT, Sheet, write_csv, write_xlsx

TABLES = ("platforms", "weekly", "online")
CLOCKS = (Clock.FOUND, Clock.REPORTED)
PLATFORM_HEADERS = (
    "platform",
    "clock",
    "sightings",
    *BUCKETS,
    *(f"{bucket}_share" for bucket in BUCKETS),
    "median_hours",
    "p90_hours",
    "timed",
    "views",
    "views_known",
)
WEEKLY_HEADERS = ("week_start", "new_sightings", "removals")
ONLINE_HEADERS = (
    "uid",
    "platform",
    "address_defanged",
    "found_at",
    "reported_at",
    "order_at",
    "online_hours",
    "views",
    "found_how",
    "incident",
    "restricted",
)
TOTAL = "All platforms"


def platform_sheet(screen: TakedownScreen) -> Sheet:
    """Each platform, and all of them, on both clocks: one row per platform and clock."""
    rows = [
        _platform_row(item, clock)
        for item in (*screen.figures.rows, screen.figures.total)
        for clock in CLOCKS
    ]
    shares = {f"{bucket}_share": PERCENT for bucket in BUCKETS}
    return Sheet("platforms", PLATFORM_HEADERS, rows, shares)


def _platform_row(item: PlatformFigures, clock: Clock) -> tuple[object, ...]:
    figures = item.clock(clock)
    return (
        item.platform or TOTAL,
        clock.value,
        item.sightings,
        *figures.counts,
        *(figures.share(bucket) for bucket in BUCKETS),
        figures.median_hours,
        figures.p90_hours,
        figures.timed,
        item.views,
        item.views_known,
    )


def weekly_sheet(screen: TakedownScreen) -> Sheet:
    rows = [(week.week_start, week.new, week.removed) for week in screen.weeks]
    return Sheet("weekly", WEEKLY_HEADERS, rows)


def online_sheet(screen: TakedownScreen) -> Sheet:
    """The copies still online, oldest first, each address defanged."""
    rows = [
        (
            item.uid,
            item.platform,
            item.address,
            item.found_at,
            item.reported_at,
            item.order_at,
            item.age_hours,
            item.views,
            item.found_how.value,
            item.incident,
            item.restricted,
        )
        for item in screen.online
    ]
    return Sheet("online", ONLINE_HEADERS, rows)


def takedown_sheets(screen: TakedownScreen) -> list[Sheet]:
    return [platform_sheet(screen), weekly_sheet(screen), online_sheet(screen)]


def export_takedown(screen: TakedownScreen, path: Path, fmt: str, table: str = "platforms") -> Path:
    """One table as CSV, or every table as the sheets of one XLSX workbook."""
    if table not in TABLES:
        raise ValidationError.because("table", "not_one_of", value=table, allowed=", ".join(TABLES))
    sheets = takedown_sheets(screen)
    if fmt == "csv":
        return write_csv(path, sheets[TABLES.index(table)])
    if fmt == "xlsx":
        return write_xlsx(path, sheets)
    raise ValidationError.because("format", "not_csv_or_xlsx", value=fmt)
