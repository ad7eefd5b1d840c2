"""How a level looks on screen: its fill colour, glyph colour and icon (labels: ui/labels.py)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap

from pledge_tracker.domain.kinds import CommitmentGroup
from pledge_tracker.domain.levels import LEVEL_COLOURS, Level

# Hues for the three commitment groups; mixed with the palette so dark mode stays calm.
GROUP_HUES: dict[CommitmentGroup, str] = {
    CommitmentGroup.GOVERNMENTS: "#3B7DD8",
    CommitmentGroup.ONLINE_SERVICE_PROVIDERS: "#D9822B",
    CommitmentGroup.JOINT: "#7E57C2",
}


def is_neutral(level: Level) -> bool:
    """Levels drawn without a fill: an empty judgement must never read as failure."""
    return level in (Level.NOT_ASSESSED, Level.NOT_APPLICABLE)


@cache
def fill_colour(level: Level) -> QColor:
    return QColor(LEVEL_COLOURS[level])


@cache
def glyph_colour(level: Level) -> QColor:
    """Black or white, whichever reads better on the level's fill."""
    fill = fill_colour(level)
    luminance = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF()
    return QColor("#111111") if luminance > 0.55 else QColor("#FFFFFF")


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved `amount` (0..1) of the way towards `b`."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def group_tint(group: CommitmentGroup, palette: QPalette, amount: float = 0.22) -> QColor:
    """A light wash of the group's hue over the palette's button colour."""
    base = palette.color(QPalette.ColorRole.Button)
    return mix(base, QColor(GROUP_HUES[group]), amount)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def paint_level(painter: QPainter, rect: QRect, level: Level, palette: QPalette) -> None:
    """A level as a filled swatch with its glyph, or a quiet neutral mark."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    inner = rect.adjusted(2, 2, -2, -2)
    if level is Level.NOT_APPLICABLE:
        painter.fillRect(inner, palette.color(QPalette.ColorRole.AlternateBase))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
    elif level is not Level.NOT_ASSESSED:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill_colour(level))
        painter.drawRoundedRect(inner, 3, 3)
        painter.setPen(glyph_colour(level))
    font = QFont(painter.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.15)
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, level.glyph)
    painter.restore()


@cache
def _level_pixmap(level: Level, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    palette = QPalette()
    if level is Level.NOT_ASSESSED:  # an outline so the icon is not invisible
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(QRect(2, 2, size - 5, size - 5), 3, 3)
    paint_level(painter, QRect(0, 0, size, size), level, palette)
    painter.end()
    return pixmap


def level_icon(level: Level, size: int = 18) -> QIcon:
    """A swatch icon for combo boxes and legends."""
    return QIcon(_level_pixmap(level, size))
