"""The Supporters table: one row per supporter with its score, coverage and evidence count."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from pledge_tracker.domain.dates import iso_as_known
from pledge_tracker.domain.dto import StakeholderRow
from pledge_tracker.domain.validate import name_key
from pledge_tracker.ui import locale_text
from pledge_tracker.ui.labels import stakeholder_kind_label
from pledge_tracker.ui.models.row_table import (
    EmptyLastProxy,
    Index,
    RowRole,
    RowTableModel,
    SortRole,
)
from pledge_tracker.ui.translatable import QT_TRANSLATE_NOOP


class Column(IntEnum):
    NAME = 0
    KIND = 1
    COUNTRY = 2
    JOINED = 3
    FOUNDING = 4
    STATUS = 5
    SCORE = 6
    COVERAGE = 7
    LAST_ASSESSED = 8
    EVIDENCE = 9


_HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("SupportersModel", "Supporter"),
    Column.KIND: QT_TRANSLATE_NOOP("SupportersModel", "Kind"),
    Column.COUNTRY: QT_TRANSLATE_NOOP("SupportersModel", "Country"),
    Column.JOINED: QT_TRANSLATE_NOOP("SupportersModel", "Joined"),
    Column.FOUNDING: QT_TRANSLATE_NOOP("SupportersModel", "Founding"),
    Column.STATUS: QT_TRANSLATE_NOOP("SupportersModel", "Status"),
    Column.SCORE: QT_TRANSLATE_NOOP("SupportersModel", "Score"),
    Column.COVERAGE: QT_TRANSLATE_NOOP("SupportersModel", "Coverage"),
    Column.LAST_ASSESSED: QT_TRANSLATE_NOOP("SupportersModel", "Last assessed"),
    Column.EVIDENCE: QT_TRANSLATE_NOOP("SupportersModel", "Evidence"),
}
_NUMERIC = {Column.SCORE, Column.COVERAGE, Column.EVIDENCE}


# The reports' mark: the same glyph beside every supporter whose membership or join date is
# unverified or inferred, explained once in the view's key (UNVERIFIED_KEY).
UNVERIFIED_MARK = "†"


def unverified_key() -> str:
    return QCoreApplication.translate(
        "SupportersModel",
        "† Membership or date of joining not verified in the reference sources, "
        "or inferred from published totals.",
    )


def name_text(row: StakeholderRow) -> str:
    """The supporter's name, marked † where its membership or join date is unverified."""
    person = row.stakeholder
    return f"{person.name} {UNVERIFIED_MARK}" if person.unverified else person.name


def joined_text(row: StakeholderRow) -> str:
    """The join date as far as it is known: 2021-05-14, 2021-05 or 2021."""
    person = row.stakeholder
    if person.joined is None:
        return "—"
    return iso_as_known(person.joined, person.joined_precision)


def _display(row: StakeholderRow, column: Column) -> str:
    person, summary = row.stakeholder, row.summary
    if column is Column.NAME:
        return name_text(row)
    if column is Column.KIND:
        return stakeholder_kind_label(person.kind)
    if column is Column.COUNTRY:
        return person.country_code or "—"
    if column is Column.JOINED:
        return joined_text(row)
    if column is Column.FOUNDING:
        return (
            QCoreApplication.translate("SupportersModel", "★ Founding") if person.founding else ""
        )
    if column is Column.STATUS:
        return (
            QCoreApplication.translate("SupportersModel", "Active")
            if person.active
            else QCoreApplication.translate("SupportersModel", "⊘ Inactive")
        )
    if column is Column.SCORE:
        return locale_text.number(summary.score)
    if column is Column.COVERAGE:
        return locale_text.percent(summary.coverage)
    if column is Column.LAST_ASSESSED:
        return row.last_assessed.isoformat() if row.last_assessed else "—"
    return str(row.evidence_count)


def _sort_value(row: StakeholderRow, column: Column) -> Any:
    person, summary = row.stakeholder, row.summary
    values: dict[Column, Any] = {
        Column.NAME: name_key(person.name),
        Column.KIND: stakeholder_kind_label(person.kind),  # by the word shown
        Column.COUNTRY: person.country_code,
        Column.JOINED: person.joined,
        Column.FOUNDING: person.founding,
        Column.STATUS: person.active,
        Column.SCORE: summary.score,
        Column.COVERAGE: summary.coverage,
        Column.LAST_ASSESSED: row.last_assessed,
        Column.EVIDENCE: row.evidence_count,
    }
    return values[column]


def _stakeholder_id(row: StakeholderRow) -> int:
    return row.stakeholder.id


class SupportersModel(RowTableModel[StakeholderRow, Column]):
    """Rows of the as-of matrix (supporter, score, coverage, last assessed, evidence)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(Column, _HEADERS, "SupportersModel", _stakeholder_id, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        row, column = cell
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _display(row, column)
        if role == SortRole:
            return _sort_value(row, column)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(row, column)
        return None

    def _tooltip(self, row: StakeholderRow, column: Column) -> str | None:
        person = row.stakeholder
        if column is Column.NAME and person.unverified:
            return unverified_key()
        if column is Column.JOINED and not person.joined_verified and person.joined:
            basis = person.joined_basis or QCoreApplication.translate(
                "SupportersModel", "no basis recorded"
            )
            return QCoreApplication.translate(
                "SupportersModel", "Join date inferred, not confirmed: {0}"
            ).format(basis)
        if column is Column.COVERAGE:
            summary = row.summary
            return QCoreApplication.translate(
                "SupportersModel",
                "{0} of %n applicable commitment(s) assessed",
                None,
                summary.applicable,
            ).format(summary.assessed)
        return None

    def _font(self, row: StakeholderRow, column: Column) -> QFont | None:
        inferred = column is Column.JOINED and not row.stakeholder.joined_verified
        if inferred or not row.stakeholder.active:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class SupportersProxy(EmptyLastProxy):
    """Sorts by real values (empty ones last) and filters by name, country and status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._show_inactive = False

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = name_key(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_inactive(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_inactive = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        row = model.row_at(source_row) if isinstance(model, SupportersModel) else None
        if row is None:
            return False
        person = row.stakeholder
        if not (person.active or self._show_inactive):
            return False
        if not self._text:
            return True
        code = (person.country_code or "").casefold()
        return self._text in name_key(person.name) or self._text == code
