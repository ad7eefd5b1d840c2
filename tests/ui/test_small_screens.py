"""Every window and dialog fits small and scaled screens, its buttons on the screen.

Each screen runs in its own process (the offscreen platform given that screen's size and
scale), since a Qt process has one set of screens for its life.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# (physical width, height after the taskbar, scale): the three available areas.
SCREENS = {
    "1024x768 at 100 %": (1024, 728, 1.0),
    "1366x768 at 150 %": (1366, 728, 1.5),
    "1440x900 at 150 %": (1440, 860, 1.5),
}


def run_probe(tmp_path: Path, width: int, height: int, scale: float) -> dict:
    config = tmp_path / "screen.json"
    screen = {"name": "probe", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        QT_SCALE_FACTOR=str(scale),
        PLEDGE_TRACKER_DATA_DIR=str(tmp_path / "appdata"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.screen_probe"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


@pytest.mark.parametrize("name", list(SCREENS))
def test_every_window_fits_and_its_buttons_can_be_reached(tmp_path: Path, name: str) -> None:
    width, height, scale = SCREENS[name]
    found = run_probe(tmp_path, width, height, scale)
    area = found["area"]
    assert (area[2], area[3]) == (round(width / scale), round(height / scale))
    windows = found["windows"]
    assert len(windows) >= 16  # seven pages of the main window and nine dialogs
    for window, seen in windows.items():
        _x, _y, w, h = seen["frame"]
        assert seen["inside"], f"{window} at {seen['frame']} leaves the screen {area}"
        assert w <= area[2] and h <= area[3], f"{window} is larger than the screen"
        assert seen["buttons_outside"] == [], f"{window}: {seen['buttons_outside']}"


def test_on_a_large_screen_dialogs_keep_their_natural_size(tmp_path: Path) -> None:
    windows = run_probe(tmp_path, 1920, 1040, 1.0)["windows"]
    assert windows["supporter"]["frame"][3] > 250  # not squeezed into a scrolling strip
    assert windows["evidence"]["frame"][2] >= 1000
    assert windows["main window: matrix"]["frame"][2] >= 1400
