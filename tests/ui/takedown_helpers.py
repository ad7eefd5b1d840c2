"""Driving the Takedown view as a person would, and reading its table back as numbers."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from pledge_tracker.domain.takedown import PlatformFigures, TakedownFilter
from pledge_tracker.ui.views.takedown_view import TakedownView

WAIT_MS = 30_000
_BUCKET = re.compile(r"^(\d+) \((\d+) %\)$")


def open_view(context, qtbot) -> TakedownView:
    view = TakedownView(context)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    with qtbot.waitSignal(view.sig_loaded, timeout=WAIT_MS):
        view.show()  # the first load waits until the page is on screen
    return view


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Click the combo open, go down its list to the entry starting with `text`, press Enter."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    listing = combo.view()
    qtbot.waitUntil(listing.isVisible, timeout=5_000)
    row = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
    for _ in range(row - combo.currentIndex()):
        qtbot.keyClick(listing, Qt.Key.Key_Down)
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not listing.isVisible(), timeout=5_000)
    assert combo.currentText().startswith(text)


def type_date(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def wait_for(qtbot, view: TakedownView, wanted: TakedownFilter) -> TakedownFilter:
    """Until the figures on screen are those of `wanted` (at the view's moment), no load running.

    Returns the filter the view used, its moment included.
    """

    def loaded() -> bool:
        shown = view.loaded.filter if view.loaded is not None else None
        return not view.loader.busy and shown is not None and replace(shown, as_of=None) == wanted

    qtbot.waitUntil(loaded, timeout=WAIT_MS)
    assert view.loaded is not None
    return view.loaded.filter


def bucket(cell: str) -> tuple[int, int]:
    found = _BUCKET.match(cell)
    assert found, cell
    return int(found.group(1)), int(found.group(2))


def hours(cell: str) -> float | None:
    return None if cell == "—" else float(cell)


def table_figures(view: TakedownView) -> list[tuple[object, ...]]:
    """The platform table's lines as numbers: name, clock, sightings, buckets, percentiles."""
    lines = []
    for row in view.platforms.rows():
        name, clock, sightings, *cells = row
        buckets = tuple(bucket(c) for c in cells[:5])
        lines.append(
            (name, clock, int(sightings), buckets, hours(cells[5]), hours(cells[6]), int(cells[7]))
        )
    return lines


def service_lines(rows: tuple[PlatformFigures, ...], total: PlatformFigures) -> list[tuple]:
    """The same lines from the metrics service's figures, for comparison."""
    lines = []
    for item in (*rows, total):
        for clock, figures in (("First seen", item.found), ("Reported", item.reported)):
            buckets = tuple(zip(figures.counts, figures.percents(), strict=True))
            lines.append(
                (
                    item.platform or "All platforms",
                    clock,
                    item.sightings,
                    buckets,
                    _tenth(figures.median_hours),  # the table shows tenths of an hour
                    _tenth(figures.p90_hours),
                    figures.timed,
                )
            )
    return lines


def _tenth(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
