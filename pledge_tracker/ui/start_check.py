"""The packaged app's smoke test: quit as soon as the main window is on screen.

Only packaging/smoke_test.sh sets PLEDGE_TRACKER_QUIT_AFTER_START=1 (it is not an option a
user sees). The app then exits 0 once its main window is shown, exposed and carrying the
app's icon, and exits 3
(EXIT_NOT_SHOWN) when a dialog stops the start, or when no window shows within the deadline:
a bundle that cannot open its window must fail the build, never hang it.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

QUIT_AFTER_START = "PLEDGE_TRACKER_QUIT_AFTER_START"
EXIT_NOT_SHOWN = 3
DEADLINE_SECONDS = 60.0
INTERVAL_MS = 200


def wanted() -> bool:
    return os.environ.get(QUIT_AFTER_START) == "1"


def install(app: QApplication, deadline: float = DEADLINE_SECONDS) -> QTimer:
    """Watch the start from a timer (it also runs inside modal dialogs' event loops)."""
    started = time.monotonic()
    timer = QTimer(app)
    timer.setInterval(INTERVAL_MS)

    def check() -> None:
        window = main_window(app)
        if window is not None and is_on_screen(window):
            timer.stop()
            if window.windowIcon().isNull():  # the bundle lost packaging/linux/*.png
                _fail("the main window has no icon: pledge-tracker.png is missing")
            print(f"pledge-tracker: the main window showed: {window.windowTitle()}", flush=True)
            app.exit(0)
            return
        modal = app.activeModalWidget()
        if modal is not None:  # nobody will answer it: say what it asked, and fail
            _fail(f"the start stopped at a dialog: {_dialog_text(modal)}")
        if time.monotonic() - started > deadline:
            _fail(f"no main window after {deadline:.0f} s")

    timer.timeout.connect(check)
    timer.start()
    return timer


def main_window(app: QApplication) -> QWidget | None:
    from pledge_tracker.ui.main_window import MainWindow  # loaded by then; no cycle at import

    return next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)


def is_on_screen(window: QWidget) -> bool:
    """Shown, not minimised, and its native window exposed (the platform drew it)."""
    handle = window.windowHandle()
    return (
        window.isVisible()
        and not window.isMinimized()
        and handle is not None
        and handle.isExposed()
    )


def _dialog_text(dialog: QWidget) -> str:
    text = dialog.text() if isinstance(dialog, QMessageBox) else ""
    return f"{dialog.windowTitle()}: {text}".strip(": ")


def _fail(why: str) -> None:
    print(f"pledge-tracker: {why}", file=sys.stderr, flush=True)
    os._exit(EXIT_NOT_SHOWN)  # a modal loop is running: leave at once, nothing to save
