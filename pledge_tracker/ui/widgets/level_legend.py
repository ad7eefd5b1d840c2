"""The key to the matrix: each level's swatch and name, and the needs-review mark.

Painted by hand so that it wraps onto a second line in a narrow window instead of
forcing the window to be wide.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPolygon
from PySide6.QtWidgets import QSizePolicy, QWidget

from pledge_tracker.domain.levels import LEVEL_ORDER, Level
from pledge_tracker.ui.labels import level_label
from pledge_tracker.ui.widgets.level_style import level_icon

SWATCH = 16
GAP = 5  # between a swatch and its name
SPACING = 14  # between entries
REVIEW = None  # the entry for the needs-review mark


class LevelLegend(QWidget):
    """The key to the matrix, in the scale's order (best first, markers last)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[tuple[Level | None, str]] = [
            (level, level_label(level)) for level in LEVEL_ORDER
        ]
        self._entries.append((REVIEW, self.tr("Needs review")))
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(
            self.tr("Key: {0}").format(", ".join(text for _level, text in self._entries))
        )

    def _line_height(self) -> int:
        return max(SWATCH, self.fontMetrics().height()) + 4

    def _layout(self, width: int) -> list[tuple[QPoint, Level | None, str]]:
        """Where each entry goes when the key is `width` pixels wide."""
        x = y = 0
        placed = []
        for level, text in self._entries:
            size = SWATCH + GAP + self.fontMetrics().horizontalAdvance(text)
            if x and x + size > width:
                x, y = 0, y + self._line_height()
            placed.append((QPoint(x, y), level, text))
            x += size + SPACING
        return placed

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        last = self._layout(max(width, 1))[-1][0]
        return last.y() + self._line_height()

    def sizeHint(self) -> QSize:
        width = sum(
            SWATCH + GAP + self.fontMetrics().horizontalAdvance(t) + SPACING
            for _l, t in self._entries
        )
        return QSize(width, self._line_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self._line_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        line = self._line_height()
        for point, level, text in self._layout(self.width()):
            swatch = QRect(point.x(), point.y() + (line - SWATCH) // 2, SWATCH, SWATCH)
            if level is None:
                _paint_review_key(painter, swatch, palette)
            else:
                painter.drawPixmap(swatch, level_icon(level, SWATCH).pixmap(SWATCH, SWATCH))
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            label = QRect(swatch.right() + GAP, point.y(), self.width(), line)
            painter.drawText(
                label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text
            )
        painter.end()


def _paint_review_key(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    """An empty cell with the corner flag the matrix puts on cells that need review."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(palette.color(QPalette.ColorRole.Mid))
    painter.drawRect(rect.adjusted(0, 0, -1, -1))
    painter.setBrush(palette.color(QPalette.ColorRole.Text))
    right, top = rect.right(), rect.top()
    painter.drawPolygon(
        QPolygon([QPoint(right - 7, top), QPoint(right, top), QPoint(right, top + 7)])
    )
    painter.restore()
