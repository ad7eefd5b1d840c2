"""Help menu windows: the keyboard shortcuts (read from the menus themselves) and About."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from pledge_tracker.build_info import BuildInfo, read_build_info


def shortcut_rows(menus: Iterable[QMenu]) -> list[tuple[str, str]]:
    """(keys, what they do) for every menu entry that has a shortcut, in menu order."""
    rows = []
    for menu in menus:
        for action in menu.actions():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys and action.text():
                rows.append((keys, action.text().replace("&", "")))
    return rows


def show_shortcuts(parent: QWidget, menus: Iterable[QMenu]) -> None:
    table = "".join(
        f"<tr><td><b>{escape(keys)}</b></td><td>{escape(text)}</td></tr>"
        for keys, text in shortcut_rows(menus)
    )
    note = QCoreApplication.translate(
        "Help",
        "In the matrix: arrow keys move between cells, Enter records an assessment, "
        "Tab moves on to the detail panel.",
    )
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Help", "Keyboard Shortcuts"),
        f"<table cellpadding='3'>{table}</table><p>{note}</p>",
    )


def build_line(info: BuildInfo) -> str:
    """Which build this is, in the user's language: its date and commit, or a development
    build (a checkout or pip install, which has no build file)."""
    if info.built is None:
        return QCoreApplication.translate("Help", "Development build")
    day = QLocale().toString(
        QDate(info.built.year, info.built.month, info.built.day), QLocale.FormatType.LongFormat
    )
    if info.commit:
        return QCoreApplication.translate("Help", "Built on {0} from commit {1}").format(
            day, info.commit
        )
    return QCoreApplication.translate("Help", "Built on {0}").format(day)


def about_text(info: BuildInfo) -> str:
    """The About box: the name and version, what the app is for, and which build it is."""
    about = QCoreApplication.translate(
        "Help",
        "<b>Pledge Tracker {0}</b><p>Holds the Christchurch Call's supporters to "
        "account: assessments, evidence, charts and printed scorecards.</p>",
    ).format(escape(info.version))
    return f"{about}<p>{escape(build_line(info))}</p>"


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("Help", "About Pledge Tracker"),
        about_text(read_build_info()),
    )
