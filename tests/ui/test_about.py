"""Help → About names the version and the build: its date and commit, or a development
build in a checkout."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from pledge_tracker import __version__, build_info
from pledge_tracker.build_info import build_record
from pledge_tracker.ui.dialogs import help_dialogs


def _shown_about(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> str:
    """The text Help → About puts on screen."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "about", staticmethod(lambda parent, title, text: shown.append(text))
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    help_dialogs.show_about(parent)
    assert len(shown) == 1
    return shown[0]


def test_about_in_a_checkout_says_development_build(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _shown_about(qtbot, monkeypatch)
    assert f"Pledge Tracker {__version__}" in text
    assert "Development build" in text


def test_about_in_a_packaged_app_shows_the_build_date_and_commit(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "build_info.json"
    path.write_text(json.dumps(build_record(dt.date(2026, 11, 30), "abcdef1234")), "utf-8")
    monkeypatch.setattr(build_info, "BUILD_FILE", path)
    text = _shown_about(qtbot, monkeypatch)
    day = QLocale().toString(QDate(2026, 11, 30), QLocale.FormatType.LongFormat)
    assert f"Pledge Tracker {__version__}" in text
    assert f"Built on {day} from commit abcdef1234" in text
    assert "Development build" not in text
