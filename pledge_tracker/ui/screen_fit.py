"""Windows that fit the screen: small laptops, 150 % scaling, a taskbar taking its share.

Every top-level window and dialog is kept inside the screen's available area (after the
taskbar): sized to what it prefers but never beyond that area, and moved back onto the
screen. Long forms scroll inside their dialogs so that the buttons stay in view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QScrollArea, QWidget

MARGIN = 8  # logical pixels kept free around a window (its frame is drawn there)
FRAME_HEIGHT = 32  # room for the title bar, which the window's own geometry leaves out


def available_area(widget: QWidget | None = None) -> QRect:
    """The usable part of the widget's screen (or the main screen), taskbar left out."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def room(widget: QWidget | None = None) -> QSize:
    """The largest client size a window may take on the widget's screen."""
    area = available_area(widget)
    return QSize(area.width() - 2 * MARGIN, area.height() - 2 * MARGIN - FRAME_HEIGHT)


def fit_to_screen(window: QWidget, preferred: QSize | None = None) -> None:
    """Size `window` to `preferred` (or its current size) within the screen, and on it."""
    limit = room(window)
    wanted = preferred or window.size()
    minimum = window.minimumSize()
    window.setMinimumSize(
        min(minimum.width(), limit.width()), min(minimum.height(), limit.height())
    )
    window.resize(min(wanted.width(), limit.width()), min(wanted.height(), limit.height()))
    area = available_area(window)
    x = min(max(window.x(), area.left() + MARGIN), area.right() - MARGIN - window.width())
    y = min(
        max(window.y(), area.top() + MARGIN + FRAME_HEIGHT),
        area.bottom() - MARGIN - window.height(),
    )
    window.move(max(x, area.left()), max(y, area.top()))


class FitScrollArea(QScrollArea):
    """A frameless scroll area that asks for its content's whole size (within the screen),
    so a window opens at its natural size and scrolls only when the screen is too small."""

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        layout = content.layout()
        if layout is not None:
            # Rows added since the last layout pass leave stale sizes in nested layouts;
            # activating the layout recomputes them before they are read.
            layout.activate()
        wanted = content.sizeHint().expandedTo(content.minimumSizeHint())
        return wanted.boundedTo(room(self))


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a scroll area that scrolls only when the window is too small for it."""
    area = FitScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class DialogFitter(QObject):
    """Fits every dialog to the screen as it is shown (installed on the application)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            if watched.isWindow():
                fit_to_screen(watched)
        return False


def install(app: QApplication) -> DialogFitter:
    """Keep every dialog of `app` on the screen; returns the filter (keep a reference)."""
    fitter = DialogFitter(app)
    app.installEventFilter(fitter)
    return fitter
