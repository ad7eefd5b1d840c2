"""The Takedown view's tables: the metrics service's figures as rows of text.

`platform_rows` turns the per-platform figures into two lines a platform (first seen,
reported) and two for all platforms; `online_rows` lists the copies still online with their
addresses as the service gives them (defanged); `weekly_rows` the weeks. A TextTable shows
them read-only; the numbers stay exactly the service's, only formatted.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from pledge_tracker.domain.takedown import ClockFigures, OnlineItem, PlatformFigures, WeekCount
from pledge_tracker.ui import locale_text

Index = QModelIndex | QPersistentModelIndex
UidRole = Qt.ItemDataRole.UserRole


def hours_text(value: float | None) -> str:
    return locale_text.number(value)


def bucket_text(count: int, percent: int) -> str:
    """A bucket's count and its whole percentage of all the platform's sightings: 2 (29 %)."""
    return f"{count} ({percent} %)"


class TextTable(QAbstractTableModel):
    """Rows of text under translated headers; numeric columns are right-aligned."""

    def __init__(
        self, headers: Sequence[str], numeric: Sequence[int] = (), parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._numeric = set(numeric)
        self._rows: list[list[str]] = []
        self._uids: list[str] = []

    def set_rows(self, rows: Sequence[Sequence[str]], uids: Sequence[str] = ()) -> None:
        self.beginResetModel()
        self._rows = [list(row) for row in rows]
        self._uids = list(uids)
        self.endResetModel()

    def rows(self) -> list[list[str]]:
        return [list(row) for row in self._rows]

    def uid_at(self, row: int) -> str | None:
        return self._uids[row] if 0 <= row < len(self._uids) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == UidRole:
            return self.uid_at(index.row())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return section + 1


def platform_headers() -> list[str]:
    return [
        QCoreApplication.translate("TakedownView", "Platform"),
        QCoreApplication.translate("TakedownView", "Clock"),
        QCoreApplication.translate("TakedownView", "Sightings"),
        QCoreApplication.translate("TakedownView", "Removed ≤ 1 h"),
        QCoreApplication.translate("TakedownView", "Removed 1–24 h"),
        QCoreApplication.translate("TakedownView", "Removed > 24 h"),
        QCoreApplication.translate("TakedownView", "Still online"),
        QCoreApplication.translate("TakedownView", "Time unknown"),
        QCoreApplication.translate("TakedownView", "Median hours"),
        QCoreApplication.translate("TakedownView", "90th percentile hours"),
        QCoreApplication.translate("TakedownView", "Items timed"),
        QCoreApplication.translate("TakedownView", "Views"),
    ]


PLATFORM_NUMERIC = tuple(range(2, 12))


def clock_cells(figures: ClockFigures) -> list[str]:
    shares = [
        bucket_text(count, percent)
        for count, percent in zip(figures.counts, figures.percents(), strict=True)
    ]
    return [
        *shares,
        hours_text(figures.median_hours),
        hours_text(figures.p90_hours),
        str(figures.timed),
    ]


def platform_rows(rows: Sequence[PlatformFigures], total: PlatformFigures) -> list[list[str]]:
    """Two lines a platform (first seen, reported), then two for all platforms."""
    lines: list[list[str]] = []
    for item in (*rows, total):
        name = item.platform or QCoreApplication.translate("TakedownView", "All platforms")
        views = f"{item.views:,} ({item.views_known})" if item.views_known else "—"
        for clock, figures in (
            (QCoreApplication.translate("TakedownView", "First seen"), item.found),
            (QCoreApplication.translate("TakedownView", "Reported"), item.reported),
        ):
            lines.append([name, clock, str(item.sightings), *clock_cells(figures), views])
    return lines


def online_headers() -> list[str]:
    return [
        QCoreApplication.translate("TakedownView", "Platform"),
        QCoreApplication.translate("TakedownView", "Address (defanged)"),
        QCoreApplication.translate("TakedownView", "Found (UTC)"),
        QCoreApplication.translate("TakedownView", "Online for (hours)"),
        QCoreApplication.translate("TakedownView", "Found by"),
        QCoreApplication.translate("TakedownView", "Views"),
        QCoreApplication.translate("TakedownView", "Incident"),
        QCoreApplication.translate("TakedownView", "Restricted"),
    ]


def found_how_text(value: str) -> str:
    labels = {
        "own_search": QCoreApplication.translate("TakedownView", "Own search"),
        "tool": QCoreApplication.translate("TakedownView", "A tool"),
        "tip": QCoreApplication.translate("TakedownView", "A tip"),
        "removal_order": QCoreApplication.translate("TakedownView", "Removal order"),
    }
    return labels.get(value, value)


def online_rows(items: Sequence[OnlineItem]) -> list[list[str]]:
    """The copies still online, oldest first, each address as the service gave it: defanged."""
    return [
        [
            item.platform,
            item.address,
            item.found_at.strftime("%Y-%m-%d %H:%M"),
            locale_text.number(item.age_hours),
            found_how_text(item.found_how.value),
            "—" if item.views is None else locale_text.count(item.views),
            item.incident or "—",
            QCoreApplication.translate("TakedownView", "Restricted") if item.restricted else "",
        ]
        for item in items
    ]


def weekly_headers() -> list[str]:
    return [
        QCoreApplication.translate("TakedownView", "Week starting"),
        QCoreApplication.translate("TakedownView", "New sightings"),
        QCoreApplication.translate("TakedownView", "Removals"),
    ]


def weekly_rows(weeks: Sequence[WeekCount]) -> list[list[str]]:
    return [[w.week_start.isoformat(), str(w.new), str(w.removed)] for w in weeks]
