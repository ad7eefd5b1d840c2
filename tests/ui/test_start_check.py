"""The packaged app's smoke-test hook (PLEDGE_TRACKER_QUIT_AFTER_START): the app exits 0 only
when its main window really showed, and fails, naming it, when a dialog stops the start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pledge_tracker.ui import start_check


def _open_window(
    db_path: Path, home: Path, *, display_name: str | None
) -> subprocess.CompletedProcess[str]:
    """The desktop app as a real process, offscreen, with the hook on."""
    config = home / "config"
    if display_name is not None:  # a silent setting, as an IT team would pre-set it
        (config / "PledgeTracker").mkdir(parents=True)
        (config / "PledgeTracker" / "Pledge Tracker.conf").write_text(
            f"[prefs]\ndisplay_name={display_name}\n", "utf-8"
        )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(config),
        PLEDGE_TRACKER_DATA_DIR=str(home / "data"),
        **{start_check.QUIT_AFTER_START: "1"},
    )
    return subprocess.run(
        [sys.executable, "-m", "pledge_tracker", "--db", str(db_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_the_app_quits_with_success_once_its_window_is_shown(db_path: Path, tmp_path: Path) -> None:
    result = _open_window(db_path, tmp_path, display_name="Smoke Test")
    assert result.returncode == 0, result.stderr
    assert f"the main window showed: {db_path.name}" in result.stdout


def test_a_dialog_that_stops_the_start_fails_and_is_named(db_path: Path, tmp_path: Path) -> None:
    """No name set: the first-start question would wait for an answer forever."""
    result = _open_window(db_path, tmp_path, display_name=None)
    assert result.returncode == start_check.EXIT_NOT_SHOWN
    assert "the start stopped at a dialog: Welcome to Pledge Tracker" in result.stderr
    assert "main window showed" not in result.stdout
