"""Counts read right ("1 supporter", "2 supporters") through Qt's plural forms.

The strings carry Qt's %n marker and the English translation file gives the forms; the
tests/ui conftest installs that translator exactly as make_application does.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from pledge_tracker.domain.dto import ActionDTO, EvidenceInput
from pledge_tracker.ui import i18n, undo
from pledge_tracker.ui.dialogs.import_wizard.counts import added_text
from pledge_tracker.ui.models.actions_model import due_text
from pledge_tracker.ui.views.matrix_view import MatrixView
from tests.ui.shell_helpers import wait_for_matrix

UI = Path(i18n.__file__).parent.parent
ENGLISH_TS = Path(i18n.__file__).parent / "pledge_tracker_en.ts"
# "{0} supporters", "{1} item(s)": a count written into a word that does not follow it.
PLURAL_WITHOUT_N = re.compile(r"\{\d\}\s+[A-Za-z]+(?:\(s\)|s)\b")
NOT_PLURALS = {"is", "was", "has", "does", "this", "its", "as"}


def test_the_matrix_summary_says_1_supporter_and_many_supporters(context, qtbot) -> None:
    view = MatrixView(context)
    qtbot.addWidget(view)
    view.show()
    wait_for_matrix(qtbot, view)
    qtbot.keyClicks(view.filters.search, "zeal")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.summary.text().startswith("1 supporter · ")
    view.filters.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() > 1)
    many = view.model.rowCount()
    assert view.summary.text().startswith(f"{many} supporters · ")


def test_overdue_actions_count_their_days(qapp: QApplication) -> None:
    due = dt.date(2024, 3, 1)
    action = ActionDTO(1, "a-1", 1, None, "Publish a report", due, False, None, None)
    assert due_text(action, dt.date(2024, 3, 2)) == "⚠ 2024-03-01 — overdue by 1 day"
    assert due_text(action, dt.date(2024, 3, 3)) == "⚠ 2024-03-01 — overdue by 2 days"


def test_the_english_file_gives_both_forms_where_the_source_says_supporter_s(
    qapp: QApplication,
) -> None:
    """Without the app's translator Qt would show "1 supporter(s)": the file does the work."""
    bare = QCoreApplication.translate("Nowhere", "%n supporter(s)", None, 1)
    assert bare == "1 supporter(s)"
    translator = QTranslator()
    assert translator.load(str(i18n.ENGLISH))
    one = translator.translate("MatrixView", "%n supporter(s) · score {0} · coverage {1}", "", 1)
    two = translator.translate("MatrixView", "%n supporter(s) · score {0} · coverage {1}", "", 2)
    assert one.replace("%n", "1").startswith("1 supporter · ")
    assert two.replace("%n", "2").startswith("2 supporters · ")


def test_a_french_interface_falls_back_to_the_english_forms(qapp: QApplication) -> None:
    """Under French, the English plural forms sit beneath the French file: a count the
    French does not translate yet still reads "1 attachment", never "1 attachment(s)"."""
    installed = i18n.install_translator(qapp, QLocale(QLocale.Language.French))
    try:
        assert installed[0].filePath() == str(i18n.ENGLISH)
        assert installed[-1].filePath().endswith("pledge_tracker_fr.qm")
        text = QCoreApplication.translate("DetailPanel", "%n attachment(s)", None, 1)
        assert text.startswith("1 ") and "(s)" not in text
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def _tr_strings(path: Path) -> list[tuple[int, str, bool]]:
    """(line, text, has a count argument) of every tr(...)/translate(...) call in `path`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in ("tr", "_tr", "translate"):
            continue
        for arg in node.args:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.append((node.lineno, arg.value, len(node.args) >= 3))
    return found


def test_no_translated_string_writes_a_count_into_a_plural_word() -> None:
    """ "{0} supporters" reads "1 supporters": a count must go through %n and a plural form."""
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        for line, text, _counted in _tr_strings(path):
            for match in PLURAL_WITHOUT_N.finditer(text):
                word = match.group(0).split()[-1].lower()
                if word not in NOT_PLURALS:
                    offenders.append(f"{path.relative_to(UI)}:{line}: {text!r}")
    assert offenders == []


def test_every_count_in_the_source_has_its_english_forms(tmp_path: Path) -> None:
    """A new "%n ..." string without English forms would show "(s)": `make translations`."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists() and shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed with this PySide6")
    fresh = tmp_path / "fresh_en.ts"
    shutil.copy(ENGLISH_TS, fresh)
    command = [str(lupdate) if lupdate.exists() else "pyside6-lupdate"]
    command += ["-pluralonly", "-no-obsolete", "-locations", "none", "-source-language", "en"]
    command += ["-target-language", "en", "-extensions", "py", str(UI), "-ts", str(fresh)]
    subprocess.run(command, check=True, capture_output=True)
    missing = []
    for context in ET.parse(fresh).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else translation.findall("numerusform")
            unfinished = translation is None or translation.get("type") in (
                "unfinished",
                "vanished",
            )
            if translation is not None and translation.get("type") == "vanished":
                continue  # no longer in the source
            if unfinished or len(forms) != 2 or not all((f.text or "").strip() for f in forms):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert missing == []


def test_a_long_title_in_the_undo_menu_is_cut_with_an_ellipsis(context) -> None:
    title = "A statement on removing terrorist and violent extremist content online, 2024"
    undo.push(
        context, undo.add_evidence(context, EvidenceInput(title=title, effective="2024-05-01"), [])
    )
    assert context.undo_stack.undoText() == "Add evidence A statement on removing terrorist and v…"
    undo.push(
        context,
        undo.add_evidence(context, EvidenceInput(title="Short", effective="2024-05-01"), []),
    )
    assert context.undo_stack.undoText() == "Add evidence Short"


def test_no_ui_text_is_cut_by_slicing_without_an_ellipsis() -> None:
    """`title[:40]` drops the end silently; shorten() (or Qt's ElideRight) ends with "…"."""
    sliced = re.compile(r"(title|name|summary|url|text|strip\(\))\)?\[:\d+\]")
    offenders = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if sliced.search(line)
    ]
    assert offenders == []


def test_a_package_import_names_what_it_adds_in_words(qapp: QApplication) -> None:
    """Not "1 stakeholder, 3 evidence" (the entity names): what a user calls them."""
    added = {"stakeholder": 1, "evidence": 3, "action": 0, "assessment": 2}
    assert added_text(added) == "1 supporter, 3 evidence items, 2 assessments"
    assert added_text({}) == "nothing new"
