"""The Commitments table: code, group, title, wording status and how supporters stand."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from pledge_tracker.domain.levels import Level
from pledge_tracker.services.levels_distribution import LevelCounts
from pledge_tracker.ui import locale_text
from pledge_tracker.ui.labels import group_label, level_label
from pledge_tracker.ui.models.row_table import Index, RowRole, RowTableModel
from pledge_tracker.ui.translatable import QT_TRANSLATE_NOOP


class Column(IntEnum):
    CODE = 0
    GROUP = 1
    TITLE = 2
    STATUS = 3
    LEVELS = 4
    ASSESSED = 5
    WORDING = 6


_HEADERS = {
    Column.CODE: QT_TRANSLATE_NOOP("CommitmentsModel", "Code"),
    Column.GROUP: QT_TRANSLATE_NOOP("CommitmentsModel", "Group"),
    Column.TITLE: QT_TRANSLATE_NOOP("CommitmentsModel", "Commitment"),
    Column.STATUS: QT_TRANSLATE_NOOP("CommitmentsModel", "Wording"),
    Column.LEVELS: QT_TRANSLATE_NOOP("CommitmentsModel", "Supporters' levels"),
    Column.ASSESSED: QT_TRANSLATE_NOOP("CommitmentsModel", "Assessed"),
    Column.WORDING: QT_TRANSLATE_NOOP("CommitmentsModel", "Text"),
}


def status_text(verified: bool) -> str:
    """The verification mark shown wherever the wording appears."""
    return (
        QCoreApplication.translate("CommitmentsModel", "✓ Verified")
        if verified
        else QCoreApplication.translate("CommitmentsModel", "⚠ Not yet verified")
    )


def levels_text(item: LevelCounts) -> str:
    """Counts per level with their glyphs, e.g. "● 3  ◕ 5  ◔ 2  · 40 not assessed"."""
    shown = [
        f"{level.glyph} {count}"
        for level, count in item.ordered()
        if level not in (Level.NOT_ASSESSED, Level.NOT_APPLICABLE)
    ]
    gap = item.counts.get(Level.NOT_ASSESSED, 0)
    if gap:
        shown.append(QCoreApplication.translate("CommitmentsModel", "{0} not assessed").format(gap))
    return "  ".join(shown) or QCoreApplication.translate("CommitmentsModel", "no supporter bound")


def levels_description(item: LevelCounts) -> str:
    """The same counts in words, for tooltips and screen readers."""
    parts = [
        f"{level_label(level)}: {count}"
        for level, count in item.ordered()
        if level is not Level.NOT_APPLICABLE
    ]
    return "; ".join(parts) or QCoreApplication.translate("CommitmentsModel", "no supporter bound")


def _display(item: LevelCounts, column: Column) -> str:
    commitment = item.commitment
    if column is Column.CODE:
        return commitment.code
    if column is Column.GROUP:
        return group_label(commitment.group)
    if column is Column.TITLE:
        return locale_text.title(commitment)
    if column is Column.STATUS:
        return status_text(commitment.wording_verified)
    if column is Column.LEVELS:
        return levels_text(item)
    if column is Column.ASSESSED:
        return QCoreApplication.translate("CommitmentsModel", "{0} of {1}").format(
            item.assessed, item.bound
        )
    return " ".join(commitment.wording.split())


def _commitment_id(item: LevelCounts) -> int:
    return item.commitment.id


class CommitmentsModel(RowTableModel[LevelCounts, Column]):
    """One row per commitment, with its level counts as of a date."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(Column, _HEADERS, "CommitmentsModel", _commitment_id, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        item, column = cell
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(item, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return levels_description(item) if column is Column.LEVELS else _display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == RowRole:
            return item
        return None

    def _tooltip(self, item: LevelCounts, column: Column) -> str | None:
        commitment = item.commitment
        if column is Column.LEVELS:
            review = (
                "\n"
                + QCoreApplication.translate(
                    "CommitmentsModel",
                    "%n need(s) review (stale evidence)",
                    None,
                    item.needs_review,
                )
                if item.needs_review
                else ""
            )
            return levels_description(item) + review
        if column is Column.STATUS:
            if commitment.wording_verified:
                return QCoreApplication.translate(
                    "CommitmentsModel", "Verified by {0} on {1} against: {2}"
                ).format(
                    commitment.verified_by or "?",
                    locale_text.written_date(commitment.verified_at.date())
                    if commitment.verified_at
                    else "?",
                    commitment.verified_source or "?",
                )
            return QCoreApplication.translate(
                "CommitmentsModel", "A reconstruction not yet compared with the official text"
            )
        if column is Column.TITLE:  # the key to ‡ where the app translated the title
            key = locale_text.titles_key([commitment])
            return f"{commitment.wording}\n\n{key}" if key else commitment.wording
        if column is Column.WORDING:
            return commitment.wording
        return None
