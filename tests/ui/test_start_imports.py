"""A start loads only what the painted matrix needs: no charting, PDF, spreadsheet or schema
upgrade library until a page or command asks for it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("matplotlib", "reportlab", "openpyxl", "alembic")

CHILD = """
import sys
from PySide6.QtCore import QTimer
from pledge_tracker.ui.app import make_application, start
from pledge_tracker.ui.settings import Settings

app = make_application()
settings = Settings()
settings.display_name = "Start Test"
window = start(sys.argv[1], settings)
heavy = {heavy!r}

def loaded_now():
    return sorted(name for name in heavy if name in sys.modules)

def painted():
    print("painted:", loaded_now())
    window.show_page("dashboard")
    print("dashboard:", loaded_now())
    app.quit()

window.matrix.matrix_loaded.connect(painted)
QTimer.singleShot(60_000, app.quit)
app.exec()
"""


def test_the_window_paints_without_the_heavy_libraries(db_path: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PLEDGE_TRACKER_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    out = subprocess.run(
        [sys.executable, "-c", CHILD.format(heavy=HEAVY), str(db_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    ).stdout
    assert "painted: []" in out, out
    assert "dashboard: ['matplotlib'" in out, out  # the page, once shown, has its charts


def test_the_command_line_loads_no_command_family_to_open_the_window() -> None:
    code = (
        "import sys\n"
        "from pledge_tracker import cli\n"
        "cli._open_window = lambda db: print('window', db) or 0\n"
        "cli.main(['--db', 'x.db'])\n"
        "print(sorted(n for n in sys.modules if n.startswith('pledge_tracker.commands')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    assert out.splitlines() == ["window x.db", "[]"]
