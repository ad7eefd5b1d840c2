"""Thin table models for the import wizard: a file preview, a row-by-row plan, conflicts.

Each holds plain Python lists built before it is handed to a view; data() only reads them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from pledge_tracker.services.transfer.cells import as_text
from pledge_tracker.services.transfer.importer import ADD, ERROR, SKIP, RowOutcome
from pledge_tracker.services.transfer.merge import MINE, THEIRS, Conflict
from pledge_tracker.ui.error_text import reason_text
from pledge_tracker.ui.translatable import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
# A package's record kinds (merge_rules' entities) as the conflicts table names them.
ENTITY_NAMES = {
    "framework": QT_TRANSLATE_NOOP("ImportWizard", "Framework"),
    "commitment": QT_TRANSLATE_NOOP("ImportWizard", "Commitment"),
    "stakeholder": QT_TRANSLATE_NOOP("ImportWizard", "Supporter"),
    "evidence": QT_TRANSLATE_NOOP("ImportWizard", "Evidence item"),
    "assessment": QT_TRANSLATE_NOOP("ImportWizard", "Assessment"),
    "action": QT_TRANSLATE_NOOP("ImportWizard", "Action"),
    "incident": QT_TRANSLATE_NOOP("ImportWizard", "Incident"),
    "protocol_activation": QT_TRANSLATE_NOOP("ImportWizard", "Protocol activation"),
    "supporter_response": QT_TRANSLATE_NOOP("ImportWizard", "Supporter's response"),
    "sighting": QT_TRANSLATE_NOOP("ImportWizard", "Sighting"),
    "report_note": QT_TRANSLATE_NOOP("ImportWizard", "Report note"),
    "event": QT_TRANSLATE_NOOP("ImportWizard", "Event"),
    "membership": QT_TRANSLATE_NOOP("ImportWizard", "Membership"),
    "instrument": QT_TRANSLATE_NOOP("ImportWizard", "Instrument"),
    "indicator": QT_TRANSLATE_NOOP("ImportWizard", "Indicator"),
}


def entity_name(entity: str) -> str:
    """A package's record kind ("stakeholder") in the user's language; unknown ones as given."""
    if entity not in ENTITY_NAMES:
        return entity
    return QCoreApplication.translate("ImportWizard", ENTITY_NAMES[entity])


ERROR_COLOUR = QColor("#B00020")  # always with the ✖ glyph and bold: never colour alone


class TextTableModel(QAbstractTableModel):
    """Rows of text under headers, read-only."""

    def __init__(
        self,
        headers: Sequence[str] = (),
        rows: Sequence[Sequence[object]] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []
        self.set_rows(headers, rows)

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        self.beginResetModel()
        self._headers = [str(h) for h in headers]
        width = len(self._headers)
        self._rows = [([as_text(v) for v in row] + [""] * width)[:width] for row in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None


class _FixedHeadersModel(QAbstractTableModel):
    """Rows in a list under fixed headers (HEADERS), translated in the wizard's context."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("ImportWizard", self.HEADERS[section])
        return None


_ACTIONS = {
    ADD: QT_TRANSLATE_NOOP("ImportWizard", "✚ Add"),
    SKIP: QT_TRANSLATE_NOOP("ImportWizard", "＝ Already present"),
    ERROR: QT_TRANSLATE_NOOP("ImportWizard", "✖ Error"),
}


class OutcomesModel(_FixedHeadersModel):
    """What each row of a spreadsheet would do: add, skip or fail (with the field)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ImportWizard", "Row"),
        QT_TRANSLATE_NOOP("ImportWizard", "Action"),
        QT_TRANSLATE_NOOP("ImportWizard", "Record"),
        QT_TRANSLATE_NOOP("ImportWizard", "Field"),
        QT_TRANSLATE_NOOP("ImportWizard", "Detail"),
    )

    def __init__(self, outcomes: Sequence[RowOutcome] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowOutcome] = list(outcomes)

    def set_outcomes(self, outcomes: Sequence[RowOutcome]) -> None:
        self.beginResetModel()
        self._rows = list(outcomes)
        self.endResetModel()

    def outcome(self, row: int) -> RowOutcome:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        outcome = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                str(outcome.row),
                QCoreApplication.translate("ImportWizard", _ACTIONS[outcome.action]),
                outcome.label,
                outcome.field or "",
                reason_text(outcome.reason, dict(outcome.values), outcome.detail),
            )
            return values[index.column()]
        if outcome.action == ERROR and role == Qt.ItemDataRole.ForegroundRole:
            return ERROR_COLOUR
        if outcome.action == ERROR and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ConflictsModel(_FixedHeadersModel):
    """Records that differ here and in a package; the last column chooses the package's."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ImportWizard", "Kind"),
        QT_TRANSLATE_NOOP("ImportWizard", "Record"),
        QT_TRANSLATE_NOOP("ImportWizard", "What differs (here → package)"),
        QT_TRANSLATE_NOOP("ImportWizard", "Take package's version"),
    )
    TAKE = 3

    def __init__(self, conflicts: Sequence[Conflict] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Conflict] = list(conflicts)
        self._take: list[bool] = [False] * len(self._rows)

    def set_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        self.beginResetModel()
        self._rows = list(conflicts)
        self._take = [False] * len(self._rows)
        self.endResetModel()

    def set_all(self, take: bool) -> None:
        self._take = [take] * len(self._rows)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.TAKE),
                self.index(len(self._rows) - 1, self.TAKE),
                [Qt.ItemDataRole.CheckStateRole],
            )

    def resolutions(self) -> dict[str, str]:
        """Every conflict's choice: the package's version where ticked, else this one's."""
        return {
            c.key: THEIRS if take else MINE for c, take in zip(self._rows, self._take, strict=True)
        }

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.TAKE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        conflict = self._rows[index.row()]
        column = index.column()
        if column == self.TAKE:
            if role == Qt.ItemDataRole.CheckStateRole:
                checked = self._take[index.row()]
                return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return (
                    QCoreApplication.translate("ImportWizard", "Package's")
                    if self._take[index.row()]
                    else QCoreApplication.translate("ImportWizard", "Keep this one")
                )
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return entity_name(conflict.entity)
            if column == 1:
                return conflict.label
            separator = "\n" if role == Qt.ItemDataRole.ToolTipRole else "; "
            return separator.join(f"{d.field}: {d.mine!r} → {d.theirs!r}" for d in conflict.diffs)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.TAKE:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        self._take[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
