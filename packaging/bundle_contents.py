"""What the bundle carries besides Python modules, and what it leaves out.

Read by packaging/pledge-tracker.spec (the build) and tests/packaging (which checks that
every file the app reads at run time is listed here). The bundle keeps the checkout's
layout for these files, so paths.resource_path and the `Path(__file__)` lookups find them
inside the bundle exactly as in a checkout.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (glob relative to the checkout, folder inside the bundle)
DATA_FILES: list[tuple[str, str]] = [
    # paths.resource_path: the Call's reference text, its catalogue history, the instruments
    ("resources/*.json", "resources"),
    # ui/i18n: the compiled translations (the .ts sources are not read at run time)
    ("pledge_tracker/ui/i18n/*.qm", "pledge_tracker/ui/i18n"),
    # db/migrate.py: Alembic reads the migration scripts as files from this folder
    ("pledge_tracker/db/migrations/*.py", "pledge_tracker/db/migrations"),
    ("pledge_tracker/db/migrations/versions/*.py", "pledge_tracker/db/migrations/versions"),
    # paths.icon_file: the window icon; the .desktop file goes with it
    ("packaging/linux/pledge-tracker.*", "packaging/linux"),
]

# Every module that reads files by its own location (`__file__`), and the DATA_FILES
# entries that hold what it reads. A new reader must be added here (a test holds it).
FILE_READERS: dict[str, list[str]] = {
    "pledge_tracker/paths.py": ["resources/*.json", "packaging/linux/pledge-tracker.*"],
    "pledge_tracker/ui/i18n/__init__.py": ["pledge_tracker/ui/i18n/*.qm"],
    "pledge_tracker/db/migrate.py": [
        "pledge_tracker/db/migrations/*.py",
        "pledge_tracker/db/migrations/versions/*.py",
    ],
    "pledge_tracker/build_info.py": [],  # build_info.json: written by the build itself
}

# Copied to the top of the app folder, where an installer or IT script looks for them.
LINUX_FILES = [
    "packaging/linux/pledge-tracker.desktop",
    "packaging/linux/pledge-tracker.svg",
    "packaging/linux/pledge-tracker.png",
]

# What the app never imports but PyInstaller could follow into the bundle: other GUI
# toolkits, the test and lint tools of the development install, and the parts of Qt the
# app does not use (QML/Quick, 3D, multimedia, web, charts...).
EXCLUDED_MODULES: list[str] = [
    "tkinter",
    "_tkinter",
    "matplotlib.backends.backend_tkagg",
    "matplotlib.backends._backend_tk",
    "matplotlib.backends.backend_webagg",
    "matplotlib.backends.backend_gtk3agg",
    "matplotlib.backends.backend_gtk4agg",
    "matplotlib.backends.backend_wxagg",
    "IPython",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "pypdf",
    "pdfplumber",
    "pdfminer",
    "html5lib",
    "mypy",
    "ruff",
    "importlinter",
    "grimp",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtBluetooth",
    "PySide6.QtPositioning",
    "PySide6.QtLocation",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtStateMachine",
    "PySide6.QtTextToSpeech",
]

# Binaries left out by (part of) their place in the bundle: Qt's GTK theme plugin would bring
# the build machine's GTK libraries along, which clash with the desktop's own on another
# distribution; the app draws with Fusion and Qt's own file dialogs do without it.
EXCLUDED_BINARIES: list[str] = ["platformthemes/libqgtk3", "libgtk-3.so", "libgdk-3.so"]


def data_sources(pattern: str) -> list[Path]:
    """The files of the checkout that one DATA_FILES glob takes."""
    return sorted(path for path in ROOT.glob(pattern) if path.is_file())
