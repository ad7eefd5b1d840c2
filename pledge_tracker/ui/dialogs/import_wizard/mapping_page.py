"""The import wizard's column page: what the file holds, and which column is which."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.services.transfer.columns import auto_mapping, columns, detect_kind, kinds
from pledge_tracker.ui.labels import kind_name

if TYPE_CHECKING:
    from pledge_tracker.ui.dialogs.import_wizard.wizard import ImportWizard


class MappingPage(QWizardPage):
    """The kind of records, and which of the file's columns holds each expected column."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr("Columns marked * are required. Columns left unmatched are not imported.")
        )
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("What the file holds"))
        for kind in kinds():
            self.kind_combo.addItem(kind_name(kind), kind)
        self.kind_combo.currentIndexChanged.connect(self._build_form)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.combos: dict[str, QComboBox] = {}
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow(self.tr("The file holds:"), self.kind_combo)
        layout.addLayout(top)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form_host)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)

    def initializePage(self) -> None:
        table = self.owner.table
        assert table is not None
        try:
            kind = detect_kind(table.headers, table.sheet or table.file)
        except ValidationError:
            kind = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.kind_combo.blockSignals(False)
        self._build_form()

    def _build_form(self) -> None:
        table = self.owner.table
        assert table is not None
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = {}
        kind = self.kind_combo.currentData()
        guessed = auto_mapping(kind, table.headers)
        for column in columns(kind):
            combo = QComboBox()
            combo.addItem(self.tr("(not in the file)"), -1)
            for index, header in enumerate(table.headers):
                combo.addItem(header or self.tr("(column {0})").format(index + 1), index)
            combo.setCurrentIndex(combo.findData(guessed.get(column.name, -1)))
            combo.setToolTip(column.help)
            combo.setAccessibleName(column.name)
            combo.currentIndexChanged.connect(self.completeChanged)
            self.combos[column.name] = combo
            self.form.addRow(column.name + (" *" if column.required else ""), combo)
        self.completeChanged.emit()

    def mapping(self) -> dict[str, int]:
        return {
            name: combo.currentData()
            for name, combo in self.combos.items()
            if combo.currentData() >= 0
        }

    def isComplete(self) -> bool:
        chosen = self.mapping()
        kind = self.kind_combo.currentData()
        missing = [c.name for c in columns(kind) if c.required and c.name not in chosen]
        twice = len(set(chosen.values())) != len(chosen)
        if missing:
            self.problem.setText(self.tr("Choose a column for: {0}").format(", ".join(missing)))
        elif twice:
            self.problem.setText(self.tr("A column of the file is matched twice."))
        else:
            self.problem.setText("")
        return not missing and not twice

    def validatePage(self) -> bool:
        self.owner.kind = self.kind_combo.currentData()
        self.owner.mapping = self.mapping()
        return True
