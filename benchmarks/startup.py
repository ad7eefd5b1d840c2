"""Cold start, measured in a fresh process: the app to a painted matrix, and its baselines.

Run by `benchmarks/run.py` as `python benchmarks/startup.py MODE DB SPAWNED`, where SPAWNED
is the parent's `time.time()` just before it started this process, so that the figure
includes Python's own start as a user's wait does. Prints one JSON line: seconds from
spawn to the end of the work, peak memory (MB), and for `app` the third-party modules it
had loaded (what the `imports` baseline then imports, and nothing else).

Modes:
  app      the desktop app on DB (created and seeded when missing) until its matrix of
           the database's supporters is painted
  imports  only import the modules the app had loaded by then (listed on stdin)
  bare     a bare window: the same cells read with plain sqlite3 into a QTableWidget, painted
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def peak_mb() -> float:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def third_party_modules() -> list[str]:
    """Every loaded module outside the standard library and the app itself."""
    stdlib = sys.stdlib_module_names
    return sorted(
        name
        for name in list(sys.modules)
        if name.split(".")[0] not in stdlib
        and not name.startswith(("pledge_tracker", "benchmarks", "_"))
    )


def run_app(db: str) -> dict[str, object]:
    from PySide6.QtCore import QTimer

    from pledge_tracker.ui.app import make_application, start
    from pledge_tracker.ui.settings import Settings

    app = make_application()
    settings = Settings()
    settings.display_name = "Benchmark"
    done: dict[str, object] = {}

    def painted() -> None:
        window.repaint()  # paints now, before the time is read
        done["seconds"] = time.time()
        app.quit()

    window = start(db, settings)
    assert window is not None
    window.matrix.matrix_loaded.connect(painted)
    QTimer.singleShot(120_000, app.quit)  # a hung start fails instead of waiting forever
    app.exec()
    assert "seconds" in done, "the matrix was never painted"
    return {"end": done["seconds"], "modules": third_party_modules()}


def run_imports(modules: list[str]) -> dict[str, object]:
    import importlib

    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # e.g. a platform-specific submodule loaded only by its parent
            pass
    return {"end": time.time()}


def run_bare(db: str) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

    from benchmarks import baselines

    app = QApplication(sys.argv[:1])
    with baselines.connect(Path(db)) as conn:
        cells, _counts = baselines.matrix(conn, dt.date.today())
    people = sorted({person for person, _ in cells})
    commitments = sorted({commitment for _, commitment in cells})
    table = QTableWidget(len(people), len(commitments))
    for row, person in enumerate(people):
        for column, commitment in enumerate(commitments):
            table.setItem(row, column, QTableWidgetItem(cells[(person, commitment)][0]))
    table.resize(1200, 800)
    table.show()
    app.processEvents()
    table.repaint()
    return {"end": time.time()}


def main() -> int:
    mode, db, spawned = sys.argv[1], sys.argv[2], float(sys.argv[3])
    if mode == "app":
        result = run_app(db)
    elif mode == "imports":
        result = run_imports(json.loads(sys.stdin.read()))
    else:
        result = run_bare(db)
    end = float(result.pop("end"))  # type: ignore[arg-type]
    print(json.dumps({"seconds": end - spawned, "peak_mb": peak_mb(), **result}), flush=True)
    os._exit(0)  # the wait is over once painted; the shutdown is not part of the figure


if __name__ == "__main__":
    main()
