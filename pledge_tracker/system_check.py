"""What the desktop needs from the operating system, checked before Qt is started.

Qt 6.5 and later draw on Linux through X11's xcb plugin, which needs the system library
libxcb-cursor0; without it Qt aborts with a long plugin message and a core dump. Checking
first lets the app print the one command that installs what is missing.
"""

from __future__ import annotations

import ctypes.util
import os
import sys

# Library (as ctypes.util.find_library names it) -> the Debian/Ubuntu package that has it.
XCB_LIBRARIES = {"xcb-cursor": "libxcb-cursor0", "xkbcommon-x11": "libxkbcommon-x11-0"}


def missing_desktop_libraries() -> list[str]:
    """Packages the desktop needs but this machine lacks (empty when nothing is missing)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or platform.split(":")[0] not in ("", "xcb"):
        return []  # Windows, macOS, Wayland, offscreen: Qt brings what it needs
    if platform == "" and os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return []
    return [
        package for lib, package in XCB_LIBRARIES.items() if ctypes.util.find_library(lib) is None
    ]


def desktop_problem() -> str | None:
    """A one-paragraph message naming the command to run, or None when the desktop can start."""
    missing = missing_desktop_libraries()
    if not missing:
        return None
    packages = " ".join(missing)
    return (
        f"The desktop app needs the system libraries {packages}, which are not installed.\n"
        f"Install them with:  sudo apt-get install {packages}\n"
        "(on Fedora: sudo dnf install xcb-util-cursor libxkbcommon-x11), then start it again."
    )
