"""The matrix's headers: commitments grouped under a coloured band, supporters with scores."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QAbstractButton, QHeaderView, QTableView, QWidget

from pledge_tracker.domain.kinds import CommitmentGroup
from pledge_tracker.ui.labels import group_label
from pledge_tracker.ui.models.matrix_model import (
    CoverageRole,
    GroupRole,
    GroupStartRole,
    RowRole,
    ScoreRole,
)
from pledge_tracker.ui.models.matrix_rows import format_coverage, format_score
from pledge_tracker.ui.widgets.level_style import group_tint, mix

SCORE_WIDTH = 42
COVERAGE_WIDTH = 74
BAR_WIDTH = 24


class GroupedHeader(QHeaderView):
    """Commitment numbers under a band naming their group, tinted by group."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.current_section = -1

    def band_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.band_height() + self.fontMetrics().height() + 12)

    def _group(self, section: int) -> CommitmentGroup | None:
        model = self.model()
        value = model.headerData(section, self.orientation(), GroupRole) if model else None
        return CommitmentGroup(value) if value else None  # Qt may hand back a plain str

    def _span(self, section: int) -> tuple[int, int]:
        group = self._group(section)
        first = last = section
        while first > 0 and self._group(first - 1) == group:
            first -= 1
        while last < self.count() - 1 and self._group(last + 1) == group:
            last += 1
        return first, last

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        group = self._group(logicalIndex)
        if group is None:
            return super().paintSection(painter, rect, logicalIndex)
        palette = self.palette()
        painter.save()
        band = QRect(rect.left(), rect.top(), rect.width(), self.band_height())
        number = QRect(rect.left(), band.bottom() + 1, rect.width(), rect.bottom() - band.bottom())
        painter.fillRect(band, group_tint(group, palette, 0.35))
        lower = group_tint(group, palette, 0.12)
        if logicalIndex == self.current_section:
            lower = palette.color(QPalette.ColorRole.Highlight)
        painter.fillRect(number, lower)
        self._paint_group_name(painter, band, logicalIndex, group)
        pen = palette.color(QPalette.ColorRole.Mid)
        painter.setPen(pen)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(number.topRight(), number.bottomRight())
        if self.model().headerData(logicalIndex, self.orientation(), GroupStartRole):
            painter.setPen(palette.color(QPalette.ColorRole.Dark))
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
        text_role = (
            QPalette.ColorRole.HighlightedText
            if logicalIndex == self.current_section
            else QPalette.ColorRole.ButtonText
        )
        painter.setPen(palette.color(text_role))
        label = str(self.model().headerData(logicalIndex, self.orientation()) or "")
        painter.drawText(number, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()

    def _paint_group_name(
        self, painter: QPainter, band: QRect, section: int, group: CommitmentGroup
    ) -> None:
        """Each section paints its slice of a name centred over the whole group."""
        first, last = self._span(section)
        left = self.sectionViewportPosition(first)
        right = self.sectionViewportPosition(last) + self.sectionSize(last)
        whole = QRect(left + 4, band.top(), right - left - 8, band.height())
        painter.save()
        painter.setClipRect(band)
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        text = painter.fontMetrics().elidedText(
            group_label(group), Qt.TextElideMode.ElideRight, whole.width()
        )
        painter.drawText(whole, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class SupporterHeader(QHeaderView):
    """Each supporter's name with its score and coverage beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setSectionsClickable(False)
        self.name_width = 178
        self.current_section = -1

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.name_width + SCORE_WIDTH + COVERAGE_WIDTH, hint.height())

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        model = self.model()
        row = model.headerData(logicalIndex, self.orientation(), RowRole) if model else None
        if row is None:
            return super().paintSection(painter, rect, logicalIndex)
        palette = self.palette()
        current = logicalIndex == self.current_section
        painter.save()
        background = palette.color(QPalette.ColorRole.Base)
        if logicalIndex % 2:
            background = palette.color(QPalette.ColorRole.AlternateBase)
        if current:
            background = palette.color(QPalette.ColorRole.Highlight)
        painter.fillRect(rect, background)
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        text = palette.color(
            QPalette.ColorRole.HighlightedText if current else QPalette.ColorRole.Text
        )
        name_rect = QRect(rect.left() + 8, rect.top(), self.name_width - 12, rect.height())
        font = QFont(painter.font())
        font.setItalic(not row.stakeholder.active)
        painter.setFont(font)
        painter.setPen(text)
        name = painter.fontMetrics().elidedText(
            row.stakeholder.name, Qt.TextElideMode.ElideRight, name_rect.width()
        )
        painter.drawText(
            name_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name
        )
        self._paint_figures(painter, rect, logicalIndex, text)
        painter.restore()

    def _paint_figures(self, painter: QPainter, rect: QRect, section: int, text) -> None:
        model = self.model()
        score = model.headerData(section, self.orientation(), ScoreRole)
        coverage = model.headerData(section, self.orientation(), CoverageRole)
        left = rect.left() + self.name_width
        score_rect = QRect(left, rect.top(), SCORE_WIDTH - 6, rect.height())
        right_aligned = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
        painter.drawText(score_rect, right_aligned, format_score(score))
        cov_rect = QRect(left + SCORE_WIDTH, rect.top(), COVERAGE_WIDTH - 8, rect.height())
        painter.drawText(cov_rect, right_aligned, format_coverage(coverage))
        if coverage is not None:  # a small gauge before the percentage: coverage at a glance
            track = QRect(cov_rect.left() + 4, rect.center().y() - 3, BAR_WIDTH, 6)
            painter.fillRect(track, mix(text, self.palette().color(QPalette.ColorRole.Base), 0.8))
            filled = QRect(track.left(), track.top(), round(BAR_WIDTH * coverage), 6)
            painter.fillRect(filled, mix(text, self.palette().color(QPalette.ColorRole.Base), 0.3))


class CornerLabels(QObject):
    """Names the row header's columns in the table's top-left corner."""

    def __init__(self, table: QTableView, header: SupporterHeader) -> None:
        super().__init__(table)
        self._header = header
        self._button = table.findChild(QAbstractButton)
        if self._button is not None:
            self._button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._button and event.type() == QEvent.Type.Paint:
            self._paint(self._button)
            return True
        return False

    def _paint(self, button: QWidget) -> None:
        painter = QPainter(button)
        palette = button.palette()
        rect = button.rect()
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Button))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.topRight(), rect.bottomRight())
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        active = QPalette.ColorGroup.Active  # the corner button is disabled: not greyed text
        painter.setPen(palette.color(active, QPalette.ColorRole.ButtonText))
        bottom = Qt.AlignmentFlag.AlignBottom
        name_width = self._header.name_width
        inner = rect.adjusted(0, 0, 0, -6)
        painter.drawText(
            QRect(8, inner.top(), name_width, inner.height()),
            bottom | Qt.AlignmentFlag.AlignLeft,
            self.tr("Supporter"),
        )
        painter.drawText(
            QRect(name_width - 20, inner.top(), SCORE_WIDTH + 14, inner.height()),
            bottom | Qt.AlignmentFlag.AlignRight,
            self.tr("Score"),
        )
        painter.drawText(
            QRect(name_width + SCORE_WIDTH, inner.top(), COVERAGE_WIDTH - 8, inner.height()),
            bottom | Qt.AlignmentFlag.AlignRight,
            self.tr("Coverage"),
        )
        painter.end()
