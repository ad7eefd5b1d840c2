"""Every user-visible string of the desktop app reaches the translators, under the right context.

pyside6-lupdate only extracts a literal text in `self.tr("…")`,
`QCoreApplication.translate("Context", "…")` or `QT_TRANSLATE_NOOP("Context", "…")`: a
module-level `_tr(text)` helper, a context held in a variable, or a call inside an f-string
is never extracted (or lands under a context the code does not read it with), and French
users would see English there.
"""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
import xml.etree.ElementTree as ET
from enum import StrEnum
from pathlib import Path

from PySide6.QtWidgets import QApplication

import pledge_tracker.domain as domain_package
from pledge_tracker.services.transfer.columns import kinds
from pledge_tracker.ui import i18n, labels
from pledge_tracker.ui.labels import KIND_NAMES, kind_name
from tests.ui.translation_probe import probe_translation, pyside_tool

UI = Path(i18n.__file__).parent.parent
DOMAIN = Path(domain_package.__file__).parent
TRANSLATE_CALLS = ("tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP")
# Translations whose context comes from a registry of QT_TRANSLATE_NOOP tables: the context
# is the table's, given with it (the label tables; the list models' header tables).
CONTEXT_FROM_TABLE = {("labels.py", "label"), ("models/row_table.py", "headerData")}


def _extracted(tmp_path: Path) -> dict[str, set[str]]:
    """Context -> source texts, as `make translations` extracts them from the ui package."""
    target = tmp_path / "extracted.ts"
    command = [
        pyside_tool("pyside6-lupdate"),
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en",
    ]
    command += ["-target-language", "fr", "-extensions", "py", str(UI), "-ts", str(target)]
    subprocess.run(command, check=True, capture_output=True)
    found: dict[str, set[str]] = {}
    for context in ET.parse(target).getroot().iter("context"):
        texts = found.setdefault(context.findtext("name") or "", set())
        texts.update(m.findtext("source") or "" for m in context.iter("message"))
    return found


def _calls(tree: ast.AST) -> list[ast.Call]:
    calls = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in TRANSLATE_CALLS:
                calls.append(node)
    return calls


def _sources() -> list[tuple[str, ast.Module]]:
    return [
        (path.relative_to(UI).as_posix(), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(UI.rglob("*.py"))
    ]


def _contexts_in_source() -> set[str]:
    """The class names of the ui package and the literal contexts its translations give."""
    names: set[str] = set()
    for _path, tree in _sources():
        names.update(n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef))
        for call in _calls(tree):
            first = call.args[0] if call.args else None
            if isinstance(first, ast.Constant) and len(call.args) >= 2:
                names.add(str(first.value))
    return names


def _text_argument(call: ast.Call) -> ast.expr | None:
    """The argument holding the text: the second of translate(), else the first."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    index = 1 if name in ("translate", "QT_TRANSLATE_NOOP") else 0
    return call.args[index] if len(call.args) > index else None


def _functions(tree: ast.AST) -> list[ast.FunctionDef]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]


def test_every_extracted_string_has_a_context_the_code_reads_it_with(tmp_path: Path) -> None:
    """No message under "" (a bare tr()), "context" or "widget" (another object's tr())."""
    known = _contexts_in_source()
    strays = {
        name: sorted(texts)[:3]
        for name, texts in _extracted(tmp_path).items()
        if not name or name not in known
    }
    assert strays == {}


def test_no_helper_passes_its_own_argument_to_translate() -> None:
    """`def _tr(text): return translate("X", text)`: lupdate never sees the callers' texts."""
    offenders = []
    for path, tree in _sources():
        for function in _functions(tree):
            params = {a.arg for a in function.args.args + function.args.kwonlyargs}
            for call in _calls(function):
                text = _text_argument(call)
                if isinstance(text, ast.Name) and text.id in params:
                    offenders.append(f"{path}:{call.lineno} {function.name}({text.id})")
    assert offenders == []


def test_every_translate_call_names_its_context_literally() -> None:
    """translate(some_variable, …) is extracted under a context the code does not read."""
    offenders = []
    for path, tree in _sources():
        for function in _functions(tree):
            if (path, function.name) in CONTEXT_FROM_TABLE:
                continue
            for call in _calls(function):
                name = getattr(call.func, "attr", getattr(call.func, "id", ""))
                if name in ("translate", "QT_TRANSLATE_NOOP") and call.args:
                    if not isinstance(call.args[0], ast.Constant):
                        offenders.append(f"{path}:{call.lineno} {ast.unparse(call.args[0])}")
    assert offenders == []


def test_no_translation_is_called_inside_an_f_string() -> None:
    """lupdate does not read inside f-strings: f"{tr('Source:')}" stays English."""
    offenders = [
        f"{path}:{call.lineno}"
        for path, tree in _sources()
        for joined in ast.walk(tree)
        if isinstance(joined, ast.JoinedStr)
        for call in _calls(joined)
    ]
    assert offenders == []


def _labelled_vocabularies() -> list[type[StrEnum]]:
    """Every enum of the domain that gives its members a `label` to show."""
    found = []
    for path in sorted(DOMAIN.glob("*.py")):
        module_name = f"pledge_tracker.domain.{path.stem}"
        module = sys.modules.get(module_name) or __import__(module_name, fromlist=["_"])
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(value, StrEnum)
                and value.__module__ == module_name
                and isinstance(inspect.getattr_static(value, "label", None), property)
            ):
                found.append(value)
    return found


def test_every_domain_label_has_a_ui_label_extracted_under_its_enum(tmp_path: Path) -> None:
    """A level, kind or status shown on screen reaches the translators, with its English."""
    vocabularies = _labelled_vocabularies()
    assert len(vocabularies) >= 10  # levels, groups, kinds, statuses …: the scan finds them
    extracted = _extracted(tmp_path)
    missing = []
    for vocabulary in vocabularies:
        table = labels.TABLES.get(vocabulary, {})
        for member in vocabulary:
            text = table.get(member)
            if text != member.label or text not in extracted.get(vocabulary.__name__, set()):
                missing.append(f"{vocabulary.__name__}.{member.name}: {text!r}")
    assert missing == []


def test_a_label_is_shown_in_the_installed_language(qapp: QApplication, tmp_path: Path) -> None:
    """The label functions translate under the enum's context; unknown values stay readable."""
    with probe_translation(tmp_path, {("Level", "Complete"): "Probe-complete"}):
        assert labels.level_label("complete") == "Probe-complete"
        assert labels.level_label("limited") == "Limited"
        assert labels.category_label("supporter_joined") == "Supporter joined"


def test_every_import_kind_has_a_name_the_wizard_translates(tmp_path: Path) -> None:
    extracted = _extracted(tmp_path).get("ImportWizard", set())
    assert [kind for kind in kinds() if KIND_NAMES.get(kind) not in extracted] == []
    assert kind_name("supporters") == "Supporters"
