"""Render each main view of a demonstration database to PNG: `make screenshots`.

    python -m pledge_tracker.ui.screenshots docs/screenshots
    python -m pledge_tracker.ui.screenshots docs/screenshots --screen 1366x728@1.5
    python -m pledge_tracker.ui.screenshots docs/screenshots/fr --lang fr

With --screen, the app runs on a screen of that size (pixels after the taskbar) and
scale, and the main window and the longest dialogs are captured as they open there.
With --lang (en, fr), the app speaks that language, and every main dialog (ui/tour.py) is
captured too.

Everything happens in a temporary folder (database, settings, logs), so the user's own data
and preferences are never touched. Pages added to the main window are captured too.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.domain.servers import TeamServer
from pledge_tracker.services import (
    demo_actions,
    window_reads,
)
from pledge_tracker.ui.app import make_application, start
from pledge_tracker.ui.dialogs.assessment_dialog import AssessmentDialog
from pledge_tracker.ui.dialogs.connect_dialog import ConnectDialog
from pledge_tracker.ui.dialogs.evidence_dialog import EvidenceDialog
from pledge_tracker.ui.main_window import MainWindow
from pledge_tracker.ui.models.matrix_rows import SortKey
from pledge_tracker.ui.settings import Settings
from pledge_tracker.ui.tour import DIALOGS
from pledge_tracker.ui.views.dashboard_view import DashboardView
from pledge_tracker.ui.views.reports_view import ReportsView

WIDTH, HEIGHT = 1440, 900


def _settle(app: QApplication, seconds: float = 0.6) -> None:
    """Let workers finish and debounced refreshes run."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QThreadPool.globalInstance().waitForDone(200)
        app.processEvents()
        time.sleep(0.02)


def _demo_database(folder: Path) -> Path:
    """The Call, its public demonstration evidence, and two example actions."""
    path = folder / "demo.db"
    database = open_app_database(path, actor="Demo Officer")
    demo_actions.load_demo_with_actions(database)
    database.dispose()
    return path


def capture(out_dir: Path, language: str | None = None) -> list[Path]:
    """Write one PNG per page of the main window (and the assessment dialog); in a chosen
    `language`, every main dialog too."""
    app = make_application("en" if language is None else language)
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(os.environ["PLEDGE_TRACKER_DATA_DIR"])
    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    settings.display_name = "Demo Officer"
    window = start(str(_demo_database(work)), settings)
    assert window is not None
    window.resize(WIDTH, HEIGHT)
    _settle(app)
    written = []
    for key in window.page_keys():
        window.show_page(key)
        if key == "matrix":
            _prepare_matrix(window)
        elif key == "dashboard":
            _prepare_dashboard(window)
        elif key == "reports":
            _prepare_reports(window, app)
        _settle(app)
        written.append(_save(window.grab(), out_dir / f"{key}.png"))
    window.show_page("matrix")
    window.matrix.record_assessment()
    dialog = window.matrix.dialog
    if isinstance(dialog, AssessmentDialog):
        _settle(app)
        dialog.level.setCurrentIndex(dialog.level.findData("substantial"))
        dialog.rationale.setPlainText(
            "Example rationale: the 2021 amendment covers livestreamed content; "
            "guidance for media is still in draft."
        )
        written.append(_save(dialog.grab(), out_dir / "assessment-dialog.png"))
        dialog.reject()
    written.append(_connect_dialog(window, app, out_dir))
    if language is not None:
        written += _dialogs(window, app, out_dir)
    window.close()
    window.context.database.dispose()
    return written


def _connect_dialog(window: MainWindow, app: QApplication, out_dir: Path) -> Path:
    """File → Connect to Team Database, filled in as a user would (the password hidden)."""
    window.context.settings.add_recent_server(
        TeamServer("db.example.org", 5432, "christchurch_call", "aroha")
    )
    dialog = ConnectDialog(window.context, window)
    dialog.password.setText("example")
    dialog.show()
    _settle(app)
    path = _save(dialog.grab(), out_dir / "connect-dialog.png")
    dialog.reject()
    return path


def _dialogs(window: MainWindow, app: QApplication, out_dir: Path) -> list[Path]:
    """Every main dialog as it opens, empty (the assessment and connect ones are above)."""
    written = []
    for name, make in DIALOGS.items():
        if name in ("assessment-dialog", "connect-dialog"):
            continue
        dialog = make(window)
        if dialog is None:
            continue
        dialog.show()
        _settle(app)
        written.append(_save(dialog.grab(), out_dir / f"{name}.png"))
        dialog.reject()
    return written


def _prepare_matrix(window: MainWindow) -> None:
    """Fullest rows first, and a cell with history and evidence selected."""
    matrix = window.matrix
    matrix.filters.set_sort(SortKey.COVERAGE)
    matrix.select_cell(*window_reads.cell_ids(window.context.database, "New Zealand", "GOV-4"))


def _prepare_dashboard(window: MainWindow) -> None:
    """Compare with the Call's first summit, so that "what changed" has something to show."""
    page = window.page("dashboard")
    assert isinstance(page, DashboardView)
    page.since_edit.set_date(dt.date(2019, 9, 23))


def _prepare_reports(window: MainWindow, app: QApplication) -> None:
    """The summit briefing generated and shown in the preview."""
    page = window.page("reports")
    assert isinstance(page, ReportsView)
    page.report.setCurrentIndex(page.report.findData("briefing"))
    page.generate.click()
    for _ in range(120):  # up to a minute on a slow machine
        if page.pages:
            break
        _settle(app, 0.5)


def _save(image: QPixmap, path: Path) -> Path:
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"wrote {path}")
    return path


def capture_small(out_dir: Path, label: str) -> list[Path]:
    """The main window as it opens on this screen, and the two longest dialogs."""
    app = make_application("en")
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(os.environ["PLEDGE_TRACKER_DATA_DIR"])
    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    settings.display_name = "Demo Officer"
    window = start(str(_demo_database(work)), settings)
    assert window is not None
    _prepare_matrix(window)
    _settle(app)
    written = [_save(window.grab(), out_dir / f"matrix-{label}.png")]
    window.matrix.record_assessment()
    if window.matrix.dialog is not None:
        _settle(app)
        written.append(_save(window.matrix.dialog.grab(), out_dir / f"assessment-{label}.png"))
        window.matrix.dialog.reject()
    dialog = EvidenceDialog(window.context, window)
    dialog.show()
    _settle(app)
    written.append(_save(dialog.grab(), out_dir / f"evidence-dialog-{label}.png"))
    dialog.reject()
    window.close()
    window.context.database.dispose()
    return written


def _use_screen(spec: str, work: Path) -> str:
    """Run on a screen of WIDTHxHEIGHT@SCALE (offscreen platform); returns a file label."""
    size, _, scale = spec.partition("@")
    width, height = (int(n) for n in size.split("x"))
    config = work / "screen.json"
    screen = {"name": "shot", "x": 0, "y": 0, "width": width, "height": height, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = scale or "1"
    return f"{width}x{height}-{round(float(scale or 1) * 100)}pct"


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    screen, language = _option(args, "--screen"), _option(args, "--lang")
    out_dir = Path(args[0] if args else "docs/screenshots").resolve()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="pledge-shots-") as work:
        os.environ["PLEDGE_TRACKER_DATA_DIR"] = work  # logs, backups: not the user's
        if screen:
            capture_small(out_dir, _use_screen(screen, Path(work)))
        else:
            capture(out_dir, language)
    return 0


def _option(args: list[str], name: str) -> str | None:
    """The value after `name` in `args` (both taken out), or None."""
    if name not in args:
        return None
    at = args.index(name)
    value = args[at + 1]
    del args[at : at + 2]
    return value


if __name__ == "__main__":
    sys.exit(main())
