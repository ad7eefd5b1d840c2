"""Speed of the matrix view, 250 supporters × every commitment (part of `make benchmark`).

Prints the time to load and re-sort the model and the median full repaint, each also as a
ratio to a baseline measured in the same run: a plain QTableView over a QStandardItemModel of
the same size. Compare the ratios between runs; the seconds depend on the machine's load.

    QT_QPA_PLATFORM=offscreen python benchmarks/matrix.py
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from pledge_tracker.ui.context import MatrixFilter
from pledge_tracker.ui.models.matrix_model import MatrixModel
from pledge_tracker.ui.models.matrix_rows import SortKey
from pledge_tracker.ui.qt_fixes import protect_none
from pledge_tracker.ui.widgets.level_delegate import LevelDelegate
from pledge_tracker.ui.widgets.matrix_headers import GroupedHeader, SupporterHeader
from tests.reference import COMMITMENTS
from tests.ui.test_matrix_scale import synthetic_matrix

TARGET_FRAME_SECONDS = 0.1  # a full repaint under a tenth of a second feels immediate


def median_repaint(table: QTableView) -> float:
    """Median time to repaint every visible cell, page by page down the table."""
    bar = table.verticalScrollBar()
    frames = []
    for _ in range(3):
        for value in range(0, bar.maximum() + 1, max(1, bar.pageStep())):
            bar.setValue(value)
            started = time.perf_counter()
            table.viewport().repaint()
            frames.append(time.perf_counter() - started)
    return statistics.median(frames)


def baseline_table() -> tuple[QTableView, float]:
    model = QStandardItemModel(250, COMMITMENTS)
    started = time.perf_counter()
    for row in range(250):
        for column in range(COMMITMENTS):
            model.setItem(row, column, QStandardItem("◕"))
    table = QTableView()
    table.setModel(model)
    return table, time.perf_counter() - started


def matrix_table() -> tuple[QTableView, float]:
    model = MatrixModel()
    table = QTableView()
    table.setHorizontalHeader(GroupedHeader(table))
    table.setVerticalHeader(SupporterHeader(table))
    table.setModel(model)
    table.setItemDelegate(LevelDelegate(table))
    matrix = synthetic_matrix()
    started = time.perf_counter()
    model.set_matrix(matrix)
    model.set_view(MatrixFilter(text="supporter 1"), SortKey.SCORE)
    model.set_view(MatrixFilter(), SortKey.NAME)
    return table, time.perf_counter() - started


def main() -> int:
    protect_none()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    results = {}
    for name, build in (("baseline (plain table)", baseline_table), ("matrix", matrix_table)):
        table, load = build()
        table.resize(1200, 900)
        table.show()
        app.processEvents()
        results[name] = (load, median_repaint(table))
        table.close()
    base_load, base_frame = results["baseline (plain table)"]
    print(f"{'view':<24} {'load s':>8} {'x base':>7} {'repaint s':>10} {'x base':>7}")
    for name, (load, frame) in results.items():
        print(
            f"{name:<24} {load:>8.4f} {load / base_load:>7.2f} "
            f"{frame:>10.4f} {frame / base_frame:>7.2f}"
        )
    frame = results["matrix"][1]
    verdict = "met" if frame < TARGET_FRAME_SECONDS else "MISSED"
    target_ms = TARGET_FRAME_SECONDS * 1000
    print(f"matrix repaint {frame * 1000:.0f} ms against {target_ms:.0f} ms: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
