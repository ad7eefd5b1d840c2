"""Paints a commitment's level counts as one small horizontal stacked bar, with glyphs."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from pledge_tracker.domain.levels import Level
from pledge_tracker.services.levels_distribution import LevelCounts
from pledge_tracker.ui.widgets.level_style import fill_colour, glyph_colour

RowRole = Qt.ItemDataRole.UserRole
MIN_LABEL_WIDTH = 30  # narrower segments keep their colour but drop the glyph and count


def segments(item: LevelCounts, width: int) -> list[tuple[Level, int, int]]:
    """(level, count, pixel width) for every bound level, widths summing to `width`."""
    parts = [(lv, n) for lv, n in item.ordered() if lv is not Level.NOT_APPLICABLE]
    total = sum(n for _lv, n in parts)
    if not total:
        return []
    result: list[tuple[Level, int, int]] = []
    used = running = 0
    for level, count in parts:
        running += count
        edge = round(width * running / total)
        result.append((level, count, edge - used))
        used = edge
    return result


class LevelBarDelegate(QStyledItemDelegate):
    """Draws the row's LevelCounts (from RowRole) as a stacked bar; text stays in the model."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = index.data(RowRole)
        if not isinstance(item, LevelCounts):
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None:  # selection and focus background, without the text
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        bar = option.rect.adjusted(4, 4, -4, -4)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        x = bar.left()
        for level, count, width in segments(item, bar.width()):
            self._segment(painter, QRect(x, bar.top(), width, bar.height()), level, count, option)
            x += width
        painter.restore()

    def _segment(
        self, painter: QPainter, rect: QRect, level: Level, count: int, option: QStyleOptionViewItem
    ) -> None:
        palette = option.palette
        if level is Level.NOT_ASSESSED:  # neutral: an outline, never a failing colour
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        else:
            painter.fillRect(rect, fill_colour(level))
            painter.setPen(glyph_colour(level))
        if rect.width() >= MIN_LABEL_WIDTH:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{level.glyph} {count}".strip())

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 220), hint.height())
