"""Your version and the one now stored, side by side, when a save was made from a stale copy."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker.domain.errors import ConflictError
from pledge_tracker.ui.translatable import QT_TRANSLATE_NOOP

# The names the forms give these fields (other fields are shown by their own name).
_LABELS = {
    "name": QT_TRANSLATE_NOOP("ConflictDialog", "Name"),
    "kind": QT_TRANSLATE_NOOP("ConflictDialog", "Kind"),
    "country_code": QT_TRANSLATE_NOOP("ConflictDialog", "Country code"),
    "joined": QT_TRANSLATE_NOOP("ConflictDialog", "Date joined"),
    "joined_precision": QT_TRANSLATE_NOOP("ConflictDialog", "Join date precision"),
    "founding": QT_TRANSLATE_NOOP("ConflictDialog", "Founding supporter"),
    "notes": QT_TRANSLATE_NOOP("ConflictDialog", "Notes"),
    "note": QT_TRANSLATE_NOOP("ConflictDialog", "Note"),
    "source_url": QT_TRANSLATE_NOOP("ConflictDialog", "Source link"),
    "source_name": QT_TRANSLATE_NOOP("ConflictDialog", "Source name"),
    "title": QT_TRANSLATE_NOOP("ConflictDialog", "Title"),
    "summary": QT_TRANSLATE_NOOP("ConflictDialog", "Summary"),
    "effective": QT_TRANSLATE_NOOP("ConflictDialog", "Effective"),
    "effective_precision": QT_TRANSLATE_NOOP("ConflictDialog", "Effective date precision"),
    "published": QT_TRANSLATE_NOOP("ConflictDialog", "Published"),
    "retrieved": QT_TRANSLATE_NOOP("ConflictDialog", "Retrieved"),
    "reliability": QT_TRANSLATE_NOOP("ConflictDialog", "Reliability"),
    "restricted": QT_TRANSLATE_NOOP("ConflictDialog", "Restricted"),
    "stakeholder_ids": QT_TRANSLATE_NOOP("ConflictDialog", "Supporters"),
    "stakeholder_id": QT_TRANSLATE_NOOP("ConflictDialog", "Supporter"),
    "commitment_id": QT_TRANSLATE_NOOP("ConflictDialog", "Commitment"),
    "due": QT_TRANSLATE_NOOP("ConflictDialog", "Due"),
    "metric": QT_TRANSLATE_NOOP("ConflictDialog", "Metric"),
    "value": QT_TRANSLATE_NOOP("ConflictDialog", "Value"),
    "unit": QT_TRANSLATE_NOOP("ConflictDialog", "Unit"),
    "period_start": QT_TRANSLATE_NOOP("ConflictDialog", "Period start"),
    "period_end": QT_TRANSLATE_NOOP("ConflictDialog", "Period end"),
    "period_precision": QT_TRANSLATE_NOOP("ConflictDialog", "Period precision"),
    "evidence_id": QT_TRANSLATE_NOOP("ConflictDialog", "Evidence"),
    "place": QT_TRANSLATE_NOOP("ConflictDialog", "Place"),
    "description": QT_TRANSLATE_NOOP("ConflictDialog", "Description"),
    "occurred_at": QT_TRANSLATE_NOOP("ConflictDialog", "When"),
    "time_zone": QT_TRANSLATE_NOOP("ConflictDialog", "Time zone"),
    "commitment_ids": QT_TRANSLATE_NOOP("ConflictDialog", "Commitments"),
    "wording": QT_TRANSLATE_NOOP("ConflictDialog", "Wording"),
    "dated": QT_TRANSLATE_NOOP("ConflictDialog", "Date"),
    "dated_precision": QT_TRANSLATE_NOOP("ConflictDialog", "Date precision"),
    "end_date": QT_TRANSLATE_NOOP("ConflictDialog", "End date"),
    "category": QT_TRANSLATE_NOOP("ConflictDialog", "Category"),
    "sources": QT_TRANSLATE_NOOP("ConflictDialog", "Sources"),
    "jurisdictions": QT_TRANSLATE_NOOP("ConflictDialog", "Jurisdictions"),
    "adopted": QT_TRANSLATE_NOOP("ConflictDialog", "Adopted"),
    "in_force": QT_TRANSLATE_NOOP("ConflictDialog", "In force"),
    "obligations": QT_TRANSLATE_NOOP("ConflictDialog", "Obligations"),
    "penalties": QT_TRANSLATE_NOOP("ConflictDialog", "Penalties"),
    "commitment_codes": QT_TRANSLATE_NOOP("ConflictDialog", "Commitments"),
    "verified": QT_TRANSLATE_NOOP("ConflictDialog", "Verified"),
    "verified_source": QT_TRANSLATE_NOOP("ConflictDialog", "Verified against"),
}
_CHANGED = QColor(255, 236, 179)  # amber: readable in light and dark themes with black text


class Choice(enum.Enum):
    MINE = "mine"
    THEIRS = "theirs"


def shown(value: object, names: Mapping[object, str] | None = None) -> str:
    """A field's value as the table shows it (and compares it)."""
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ConflictDialog", "yes")
            if value
            else QCoreApplication.translate("ConflictDialog", "no")
        )
    if isinstance(value, dt.datetime):  # one instant, however it was given: UTC, to the minute
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat(sep=" ", timespec="minutes") + " UTC"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (tuple, list, set, frozenset)):
        parts = sorted((names or {}).get(part, str(part)) for part in value)
        return "; ".join(parts)
    if names and value in names:  # one linked record, named
        return names[value]
    return str(value).strip()


def differing(
    conflict: ConflictError, names: Mapping[str, Mapping[object, str]] | None = None
) -> list[str]:
    """The fields whose shown values differ between the two versions, in form order."""
    mine, theirs = conflict.mine or {}, conflict.theirs or {}
    lookup = names or {}
    return [
        key
        for key in mine
        if shown(mine[key], lookup.get(key)) != shown(theirs.get(key), lookup.get(key))
    ]


class ConflictDialog(QDialog):
    """Both versions field by field, the differences highlighted; Keep mine or Keep theirs.

    Closing it (Esc) chooses neither: the form stays open with what the user typed.
    """

    def __init__(
        self,
        conflict: ConflictError,
        parent: QWidget | None = None,
        names: Mapping[str, Mapping[object, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("ConflictDialog", "Someone else changed this record")
        )
        self.choice: Choice | None = None
        self.conflict = conflict
        lookup = names or {}
        self.changed = differing(conflict, lookup)
        intro = QLabel(
            QCoreApplication.translate(
                "ConflictDialog",
                "Since you opened it, someone else saved a change to this record. Compare "
                "the two versions (the fields that differ are highlighted) and choose which "
                "to keep. Nothing is lost: the other version stays in the audit history.",
            )
        )
        intro.setWordWrap(True)
        self.table = self._table(lookup)
        buttons = QDialogButtonBox()
        self.keep_mine: QPushButton = buttons.addButton(
            QCoreApplication.translate("ConflictDialog", "Keep &mine"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.keep_mine.setToolTip(
            QCoreApplication.translate("ConflictDialog", "Save your version over theirs")
        )
        self.keep_theirs: QPushButton = buttons.addButton(
            QCoreApplication.translate("ConflictDialog", "Keep &theirs"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        self.keep_theirs.setToolTip(
            QCoreApplication.translate(
                "ConflictDialog", "Discard your edit and keep the stored version"
            )
        )
        back = buttons.addButton(
            QCoreApplication.translate("ConflictDialog", "&Back to the form"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        back.clicked.connect(self.reject)
        self.keep_mine.clicked.connect(lambda: self._choose(Choice.MINE))
        self.keep_theirs.clicked.connect(lambda: self._choose(Choice.THEIRS))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def _table(self, lookup: Mapping[str, Mapping[object, str]]) -> QTableWidget:
        mine, theirs = self.conflict.mine or {}, self.conflict.theirs or {}
        table = QTableWidget(len(mine), 3)
        table.setAccessibleName(
            QCoreApplication.translate("ConflictDialog", "Your version and the stored version")
        )
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ConflictDialog", "Field"),
                QCoreApplication.translate("ConflictDialog", "Yours"),
                QCoreApplication.translate("ConflictDialog", "Stored now"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, key in enumerate(mine):
            label = (
                QCoreApplication.translate("ConflictDialog", _LABELS[key])
                if key in _LABELS
                else key.replace("_", " ").capitalize()
            )
            cells = (
                label,
                shown(mine[key], lookup.get(key)),
                shown(theirs.get(key), lookup.get(key)),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(
                    text or QCoreApplication.translate("ConflictDialog", "(empty)")
                )
                item.setToolTip(text)
                if key in self.changed:
                    item.setBackground(QBrush(_CHANGED))
                    item.setForeground(QBrush(Qt.GlobalColor.black))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        return table

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def row_texts(self, key: str) -> tuple[str, str]:
        """What the table shows for `key`: (yours, stored now)."""
        row = list(self.conflict.mine or {}).index(key)
        mine, theirs = self.table.item(row, 1), self.table.item(row, 2)
        return (mine.text() if mine else ""), (theirs.text() if theirs else "")
