"""A one-line key to the matrix: each level's swatch and name, and the needs-review mark."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter, QPalette, QPixmap, QPolygon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from pledge_tracker.domain.levels import LEVEL_ORDER
from pledge_tracker.ui.widgets.level_style import level_icon, level_label


def _review_pixmap(size: int, palette: QPalette) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(palette.color(QPalette.ColorRole.Mid))
    painter.drawRect(1, 1, size - 3, size - 3)
    painter.setBrush(palette.color(QPalette.ColorRole.Text))
    painter.drawPolygon(QPolygon([QPoint(size - 10, 1), QPoint(size - 2, 1), QPoint(size - 2, 9)]))
    painter.end()
    return pixmap


class LevelLegend(QWidget):
    """The key to the matrix, in the scale's order (best first, markers last)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        names = []
        for level in LEVEL_ORDER:
            self._add(layout, level_icon(level).pixmap(18, 18), level_label(level))
            names.append(level_label(level))
        review = self.tr("Needs review")
        self._add(layout, _review_pixmap(18, self.palette()), review)
        layout.addStretch(1)
        self.setAccessibleName(self.tr("Key: {0}").format(", ".join([*names, review])))

    @staticmethod
    def _add(layout: QHBoxLayout, pixmap: QPixmap, text: str) -> None:
        icon = QLabel()
        icon.setPixmap(pixmap)
        layout.addWidget(icon)
        label = QLabel(text)
        layout.addWidget(label)
        layout.addSpacing(10)
