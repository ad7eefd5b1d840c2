"""Starting the desktop without libxcb-cursor0 prints the install command, never a Qt abort."""

from __future__ import annotations

import ctypes.util
import sys

import pytest

from pledge_tracker import cli, system_check


@pytest.fixture
def no_xcb_cursor(monkeypatch: pytest.MonkeyPatch) -> None:
    real = ctypes.util.find_library
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(
        system_check.ctypes.util,
        "find_library",
        lambda name: None if name == "xcb-cursor" else real(name) or f"lib{name}.so",
    )


def test_a_missing_library_is_named_with_the_command_that_installs_it(no_xcb_cursor) -> None:
    assert system_check.missing_desktop_libraries() == ["libxcb-cursor0"]
    problem = system_check.desktop_problem()
    assert problem is not None
    assert "sudo apt-get install libxcb-cursor0" in problem


def test_the_app_refuses_to_start_qt_and_says_why(no_xcb_cursor, capsys, monkeypatch) -> None:
    started = []
    monkeypatch.setattr("pledge_tracker.ui.app.run_app", lambda db: started.append(db) or 0)
    assert cli.main([]) == 1
    assert started == []
    assert "libxcb-cursor0" in capsys.readouterr().err


def test_offscreen_and_other_systems_need_nothing(no_xcb_cursor, monkeypatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert system_check.desktop_problem() is None
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setattr(sys, "platform", "win32")
    assert system_check.desktop_problem() is None
