"""File choosers start in the documents folder, then the last folder used; never app data.

Each test replaces the platform's chooser by one that notes the folder it was asked to start
in and answers with a chosen file, as the user would.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from pledge_tracker import paths
from pledge_tracker.ui import export_actions, file_dialogs
from pledge_tracker.ui.settings import Settings
from pledge_tracker.ui.views.commitments_view import CommitmentsView

UI = Path(file_dialogs.__file__).parent


class Chooser:
    """Stands in for QFileDialog's static choosers: records where each started."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started: list[str] = []
        self.answer = ""
        for name in ("getOpenFileName", "getSaveFileName"):
            monkeypatch.setattr(QFileDialog, name, staticmethod(self._one))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(self._many))

    def _one(self, _parent: object, _title: str, start: str = "", *_a: object, **_k: object):
        self.started.append(start)
        return self.answer, ""

    def _many(self, _parent: object, _title: str, start: str = "", *_a: object, **_k: object):
        self.started.append(start)
        return ([self.answer] if self.answer else []), ""


@pytest.fixture
def documents(isolated_app_data: Path, tmp_path: Path) -> Path:
    """The user's documents folder, as the desktop names it (XDG user-dirs on Linux)."""
    folder = tmp_path / "My Documents"
    folder.mkdir()
    config = isolated_app_data / "config"
    config.mkdir(exist_ok=True)
    (config / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{folder}"\n', encoding="utf-8")
    assert file_dialogs.documents_folder() == folder
    return folder


@pytest.fixture
def chooser(monkeypatch: pytest.MonkeyPatch) -> Chooser:
    return Chooser(monkeypatch)


def test_the_first_export_starts_in_the_documents_not_beside_the_database(
    context, documents: Path, chooser: Chooser
) -> None:
    assert export_actions.ask_path(context, None, "Export", "evidence", "csv") is None
    assert chooser.started == [str(documents / "evidence.csv")]


def test_the_next_chooser_starts_in_the_folder_last_used(
    context, documents: Path, chooser: Chooser, tmp_path: Path, qtbot
) -> None:
    elsewhere = tmp_path / "Reports 2026"
    elsewhere.mkdir()
    chooser.answer = str(elsewhere / "evidence.csv")
    assert export_actions.ask_path(context, None, "Export", "evidence", "csv") is not None
    chooser.answer = ""  # the next one is cancelled
    view = CommitmentsView(context)
    qtbot.addWidget(view)
    qtbot.mouseClick(view.load_button, Qt.MouseButton.LeftButton)
    assert chooser.started[-1] == str(elsewhere)
    assert Settings(context.settings._q).last_folder == str(elsewhere)  # kept between runs


def test_the_application_data_folder_is_never_offered(
    settings: Settings, documents: Path, chooser: Chooser
) -> None:
    app_data = paths.data_dir()
    (app_data / "backups").mkdir(exist_ok=True)
    settings.last_folder = str(app_data / "backups")  # e.g. left there by an older version
    assert file_dialogs.open_file(settings, None, "Open Database") is None
    chooser.answer = str(app_data / "pledge-tracker.db")  # the user picks the app's own file
    assert file_dialogs.open_file(settings, None, "Open Database") == chooser.answer
    chooser.answer = ""
    assert file_dialogs.open_file(settings, None, "Open Database") is None
    assert chooser.started == [str(documents)] * 3


def test_a_suggested_name_never_lands_in_the_current_directory(
    settings: Settings, documents: Path, chooser: Chooser
) -> None:
    """A bare name given to the platform's chooser would start where the app was launched."""
    file_dialogs.save_file(settings, None, "Save the report", "scorecard-2026-12-01.pdf")
    assert chooser.started == [str(documents / "scorecard-2026-12-01.pdf")]
    assert Path(chooser.started[0]).is_absolute()


def test_a_folder_that_is_gone_falls_back_to_the_documents(
    settings: Settings, documents: Path, chooser: Chooser, tmp_path: Path
) -> None:
    settings.last_folder = str(tmp_path / "unplugged USB stick")
    file_dialogs.open_files(settings, None, "Attach files")
    assert chooser.started == [str(documents)]


def test_every_file_chooser_goes_through_the_one_helper() -> None:
    """A direct QFileDialog call would start wherever Qt likes (the current directory)."""
    direct = re.compile(r"QFileDialog\.get\w+\(|QFileDialog\(")
    offenders = [
        f"{path.relative_to(UI)}:{number}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "file_dialogs.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if direct.search(line)
    ]
    assert offenders == []
