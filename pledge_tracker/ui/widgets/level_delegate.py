"""Paints a matrix cell: the level's swatch and glyph, the needs-review mark, the selection.

Cells are drawn once per look (level, review mark, group edge, stripe, selection, size) into
a small pixmap cache, so scrolling 250 supporters only copies pixmaps.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen, QPixmap, QPolygon
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from pledge_tracker.domain.levels import Level
from pledge_tracker.ui.models.matrix_model import MatrixModel
from pledge_tracker.ui.widgets.level_style import paint_level

REVIEW_MARK = 7  # pixels along each side of the corner triangle
CACHE_LIMIT = 1024

Look = tuple[Level, bool, bool]  # level, needs review, opens a commitment group


class LevelDelegate(QStyledItemDelegate):
    """Draws cells itself: a swatch reads faster than text and prints in greyscale."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cache: dict[tuple[object, ...], QPixmap] = {}

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        model = index.model()
        look = (
            model.look_at(index.row(), index.column()) if isinstance(model, MatrixModel) else None
        )
        if look is None:
            return super().paint(painter, option, index)
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ratio = painter.device().devicePixelRatioF()
        key = (
            look,
            index.row() % 2,
            selected,
            rect.width(),
            rect.height(),
            palette.cacheKey(),
            ratio,
        )
        pixmap = self._cache.get(key)
        if pixmap is None:
            if len(self._cache) > CACHE_LIMIT:
                self._cache.clear()
            pixmap = self._cache[key] = _render(
                look, index.row() % 2 == 1, selected, rect, palette, ratio
            )
        painter.drawPixmap(rect.topLeft(), pixmap)


def _render(
    look: Look, striped: bool, selected: bool, rect: QRect, palette: QPalette, ratio: float
) -> QPixmap:
    level, review, group_start = look
    pixmap = QPixmap(round(rect.width() * ratio), round(rect.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    area = QRect(0, 0, rect.width(), rect.height())
    painter = QPainter(pixmap)
    role = QPalette.ColorRole.AlternateBase if striped else QPalette.ColorRole.Base
    painter.fillRect(area, palette.color(role))
    paint_level(painter, area, level, palette)
    if review:
        _paint_review_mark(painter, area, palette)
    painter.setPen(palette.color(QPalette.ColorRole.Midlight))
    painter.drawLine(area.bottomLeft(), area.bottomRight())
    if group_start:
        painter.setPen(palette.color(QPalette.ColorRole.Dark))
        painter.drawLine(area.topLeft(), area.bottomLeft())
    if selected:
        pen = QPen(palette.color(QPalette.ColorRole.Highlight), 3)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(area.adjusted(1, 1, -2, -2))
    painter.end()
    return pixmap


def _paint_review_mark(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    """A dark corner flag: a shape, not a colour, so greyscale and colour-blind eyes see it."""
    right, top = rect.right() - 1, rect.top() + 1
    triangle = QPolygon(
        [QPoint(right - REVIEW_MARK, top), QPoint(right, top), QPoint(right, top + REVIEW_MARK)]
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1))
    painter.setBrush(palette.color(QPalette.ColorRole.Text))
    painter.drawPolygon(triangle)
    painter.restore()
