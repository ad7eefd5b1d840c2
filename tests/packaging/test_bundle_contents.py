"""The app folder's recipe (packaging/bundle_contents.py, read by the PyInstaller spec)
ships every file the app reads at run time, in the checkout's layout — without a build."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "pledge_tracker"


def _bundle_contents() -> ModuleType:
    path = ROOT / "packaging" / "bundle_contents.py"
    spec = importlib.util.spec_from_file_location("bundle_contents", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CONTENTS = _bundle_contents()


def _shipped() -> dict[Path, str]:
    """Every file of the checkout the bundle takes -> the folder it lands in."""
    return {
        path: folder
        for pattern, folder in CONTENTS.DATA_FILES
        for path in CONTENTS.data_sources(pattern)
    }


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_every_module_that_reads_files_by_its_location_is_listed() -> None:
    """A module that opens files next to itself (`__file__`) needs them in the bundle: a new
    one must be added to FILE_READERS with what it reads, or the bundle would lack it."""
    readers = {
        path.relative_to(ROOT).as_posix()
        for path in _sources()
        if "__file__" in path.read_text("utf-8")
    }
    assert readers == set(CONTENTS.FILE_READERS)
    patterns = {pattern for pattern, _ in CONTENTS.DATA_FILES}
    for reader, needed in CONTENTS.FILE_READERS.items():
        assert set(needed) <= patterns, f"{reader} reads files the bundle does not take"


def test_every_resource_the_code_opens_is_shipped_into_resources() -> None:
    """paths.resource_path("x") in the bundle reads <bundle>/resources/x: every name the
    code asks for, and every file in resources/, must land there."""
    named = {
        name
        for path in _sources()
        for name in re.findall(r"resource_path\(\s*\"([^\"]+)\"", path.read_text("utf-8"))
    }
    assert named, "the code names its resources through paths.resource_path"
    shipped = _shipped()
    in_resources = {path.name for path, folder in shipped.items() if folder == "resources"}
    assert named <= in_resources
    on_disk = {p.name for p in (ROOT / "resources").iterdir() if p.is_file()}
    assert on_disk <= in_resources, "a file in resources/ would be missing from the bundle"


def test_translations_migrations_and_icon_are_shipped() -> None:
    shipped = _shipped()
    wanted = [
        *sorted((PACKAGE / "ui" / "i18n").glob("*.qm")),
        *sorted((PACKAGE / "db" / "migrations").glob("*.py")),
        *sorted((PACKAGE / "db" / "migrations" / "versions").glob("*.py")),
        ROOT / "packaging" / "linux" / "pledge-tracker.png",
    ]
    missing = [p.relative_to(ROOT).as_posix() for p in wanted if p.resolve() not in shipped]
    assert not missing


def test_files_land_where_they_lie_in_the_checkout() -> None:
    """The lookups (resource_path, icon_file, Path(__file__)) find files at the same
    relative place in the bundle as in a checkout."""
    for path, folder in _shipped().items():
        assert path.parent.relative_to(ROOT).as_posix() == folder


def test_excluded_modules_are_not_imported_by_the_app() -> None:
    """Leaving a module out of the bundle must never take away one the app imports."""
    imported: set[str] = set()
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.add(node.module)
                imported |= {f"{node.module}.{alias.name}" for alias in node.names}
    excluded = set(CONTENTS.EXCLUDED_MODULES)
    clashes = {
        name for name in imported if any(name == ex or name.startswith(f"{ex}.") for ex in excluded)
    }
    assert not clashes


def test_spec_builds_from_the_listed_contents() -> None:
    spec = (ROOT / "packaging" / "pledge-tracker.spec").read_text("utf-8")
    for name in (
        "DATA_FILES",
        "EXCLUDED_MODULES",
        "EXCLUDED_BINARIES",
        "LINUX_FILES",
        "build_record",
    ):
        assert name in spec
    assert '"packaging" / "launch.py"' in spec


def test_linux_desktop_file_and_icon() -> None:
    """The .desktop file starts the bundle's executable and names the icon shipped with it."""
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "packaging" / "linux" / "pledge-tracker.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split()[0] == "pledge-tracker"
    assert desktop["Icon"] == "pledge-tracker"
    for name in CONTENTS.LINUX_FILES:
        assert (ROOT / name).is_file()
    image = QImage(str(ROOT / "packaging" / "linux" / "pledge-tracker.png"))
    assert (image.width(), image.height()) == (256, 256)
    svg = (ROOT / "packaging" / "linux" / "pledge-tracker.svg").read_text("utf-8")
    assert "<svg" in svg
