"""Paints a matrix cell: the level's swatch and glyph, the needs-review mark, the selection."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QPainter, QPalette, QPen, QPolygon
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from pledge_tracker.ui.models.matrix_model import GroupStartRole, ReviewRole, level_of
from pledge_tracker.ui.widgets.level_style import paint_level

REVIEW_MARK = 7  # pixels along each side of the corner triangle


class LevelDelegate(QStyledItemDelegate):
    """Draws cells itself: a swatch reads faster than text and prints in greyscale."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        level = level_of(index)
        if level is None:
            return super().paint(painter, option, index)
        palette = option.palette  # type: ignore[attr-defined]
        rect = option.rect  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        painter.save()
        role = QPalette.ColorRole.AlternateBase if index.row() % 2 else QPalette.ColorRole.Base
        painter.fillRect(rect, palette.color(role))
        paint_level(painter, rect, level, palette)
        if index.data(ReviewRole):
            self._paint_review_mark(painter, rect, palette)
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if index.data(GroupStartRole):
            painter.setPen(palette.color(QPalette.ColorRole.Dark))
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
        if state & QStyle.StateFlag.State_Selected:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 3)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()

    @staticmethod
    def _paint_review_mark(painter: QPainter, rect, palette: QPalette) -> None:
        """A dark corner flag: a shape, not a colour, so greyscale and colour-blind eyes see it."""
        right, top = rect.right() - 1, rect.top() + 1
        triangle = QPolygon(
            [QPoint(right - REVIEW_MARK, top), QPoint(right, top), QPoint(right, top + REVIEW_MARK)]
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Text))
        painter.drawPolygon(triangle)
