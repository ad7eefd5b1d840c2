"""Every file chooser of the app: where it starts, and remembering the folder last used.

A chooser starts in the folder the user last chose a file in, or the first time in their
documents folder. It never starts in the current directory (wherever the app happened to
be launched from) nor in the application-data folder, where the database and backups live
and where nobody should save a report by accident.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from pledge_tracker.paths import data_dir
from pledge_tracker.ui.settings import Settings


def documents_folder() -> Path:
    """The user's documents folder (their home folder where the platform names none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def _is_app_data(folder: Path) -> bool:
    app_data = data_dir().resolve()
    resolved = folder.resolve()
    return resolved == app_data or app_data in resolved.parents


def start_folder(settings: Settings) -> Path:
    """The last folder used if it still exists (and is not app data), else the documents."""
    last = settings.last_folder
    if last:
        folder = Path(last)
        if folder.is_absolute() and folder.is_dir() and not _is_app_data(folder):
            return folder
    return documents_folder()


def _remember(settings: Settings, chosen: str) -> None:
    folder = Path(chosen).parent
    if not _is_app_data(folder):  # the app's own folder is never offered again
        settings.last_folder = str(folder)


def open_file(
    settings: Settings, parent: QWidget | None, title: str, filters: str = ""
) -> str | None:
    """The file the user chose to open, or None if they cancelled."""
    chosen, _selected = QFileDialog.getOpenFileName(
        parent, title, str(start_folder(settings)), filters
    )
    if not chosen:
        return None
    _remember(settings, chosen)
    return chosen


def open_files(
    settings: Settings, parent: QWidget | None, title: str, filters: str = ""
) -> list[str]:
    """The files the user chose to open (none if they cancelled)."""
    chosen, _selected = QFileDialog.getOpenFileNames(
        parent, title, str(start_folder(settings)), filters
    )
    if chosen:
        _remember(settings, chosen[0])
    return list(chosen)


def save_file(
    settings: Settings, parent: QWidget | None, title: str, name: str, filters: str = ""
) -> tuple[str, str] | None:
    """The file the user chose to save as, suggested as `name`, and the filter chosen.

    None if they cancelled. `name` is a bare file name: the folder is the chooser's own.
    """
    suggested = start_folder(settings) / Path(name).name
    chosen, selected = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    if not chosen:
        return None
    _remember(settings, chosen)
    return chosen, selected
