"""The layering holds: headless packages never load Qt, nothing uses pyplot, contracts pass."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pledge_tracker

PACKAGE = Path(pledge_tracker.__file__).parent
HEADLESS = ("domain", "db", "services", "charts", "reports", "commands")
# Alembic runs env.py inside its own context; importing it on its own is meaningless.
NOT_IMPORTABLE = {"pledge_tracker.db.migrations.env"}

IMPORT_EVERYTHING = """
import importlib, pkgutil, sys
skip = set(sys.argv[1].split(","))
imported = []
for name in sys.argv[2:]:
    package = importlib.import_module("pledge_tracker." + name)
    imported.append(package.__name__)
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if module.name not in skip:
            importlib.import_module(module.name)
            imported.append(module.name)
import pledge_tracker.cli, pledge_tracker.bootstrap, pledge_tracker.paths, pledge_tracker.logs
imported += ["pledge_tracker.cli", "pledge_tracker.bootstrap"]
pledge_tracker.cli.build_parser()  # every sub-command registered, still without Qt
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
pyplot = "matplotlib.pyplot" in sys.modules
print(len(imported), "QT:" + ",".join(qt), "PYPLOT:" + str(pyplot))
"""


def test_headless_packages_never_import_pyside6() -> None:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERYTHING, ",".join(NOT_IMPORTABLE), *HEADLESS],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    count, qt, pyplot = result.stdout.split()
    assert int(count) > 20  # the walk really imported the packages' modules
    assert qt == "QT:", f"Qt was loaded by a headless package: {qt}"
    assert pyplot == "PYPLOT:False"


def _pyplot_imports(path: Path) -> list[int]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            if any(alias.name.startswith("matplotlib.pyplot") for alias in node.names):
                lines.append(node.lineno)
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.startswith("matplotlib.pyplot") or (
                node.module == "matplotlib" and any(a.name == "pyplot" for a in node.names)
            ):
                lines.append(node.lineno)
        elif isinstance(node, ast.Call) and any(
            isinstance(arg, ast.Constant) and arg.value == "matplotlib.pyplot" for arg in node.args
        ):
            lines.append(node.lineno)  # importlib.import_module("matplotlib.pyplot")
    return lines


def test_no_module_imports_matplotlib_pyplot() -> None:
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 30
    offenders = {
        str(path.relative_to(PACKAGE)): lines for path in files if (lines := _pyplot_imports(path))
    }
    assert offenders == {}


def test_the_scan_would_catch_pyplot(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text(
        "import matplotlib.pyplot as plt\nfrom matplotlib import pyplot\n"
        "from matplotlib.pyplot import figure\n"
        "import importlib\nimportlib.import_module('matplotlib.pyplot')\n"
        "from matplotlib.figure import Figure\n"
    )
    assert _pyplot_imports(sample) == [1, 2, 3, 5]


def test_import_linter_contracts_pass() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports)], cwd=PACKAGE.parent, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


# The window's one writer opens write units (each runs service functions given the Tx);
# nothing else in ui/ opens a unit or a read session (issue 17: the UI reads through services).
UNIT_OWNERS = {"ui/context.py", "ui/writer.py"}
UNITS = {"read", "write", "rehearse"}


def _database_object(node: ast.expr) -> bool:
    """`database`, `self.database`, `context.database`, `self._context.database`..."""
    name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", "")
    return name in {"database", "_database"}


def _session_uses(path: Path, owner: bool = False) -> list[int]:
    """Lines of a module that touch a session or open a unit of work on a Database."""
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "session":
            lines.append(node.lineno)  # tx.session, worker.session, ...
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in UNITS
            and _database_object(node.func.value)
            and not (owner and node.func.attr == "write")
        ):
            lines.append(node.lineno)
    return sorted(set(lines))


def test_the_ui_never_opens_a_session() -> None:
    files = sorted((PACKAGE / "ui").rglob("*.py"))
    assert len(files) > 30
    offenders = {}
    for path in files:
        name = str(path.relative_to(PACKAGE))
        if lines := _session_uses(path, owner=name in UNIT_OWNERS):
            offenders[name] = lines
    assert offenders == {}, "ui/ must call services (given the Database or Tx), not sessions"


def test_the_session_scan_would_catch_a_view_reading_for_itself(tmp_path: Path) -> None:
    sample = tmp_path / "bad_view.py"
    sample.write_text(
        "def load(context):\n"
        "    with context.database.read() as session:\n"
        "        return list(session.execute('select 1'))\n"
        "def save(self, tx):\n"
        "    tx.session.flush()\n"
        "    with self._context.database.write() as unit:\n"
        "        pass\n"
        "def fine(context):\n"
        "    return context.read_only, 'database.read()'\n"
    )
    assert _session_uses(sample) == [2, 5, 6]
    assert _session_uses(sample, owner=True) == [2, 5]
