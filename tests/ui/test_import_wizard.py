"""The import wizard and the export actions, driven as a user drives them, checked in the DB."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog, QWizard
from sqlalchemy import func, select

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import models as m
from pledge_tracker.domain.changes import Changes
from pledge_tracker.domain.dto import StakeholderInput
from pledge_tracker.services import stakeholders
from pledge_tracker.services.transfer.importer import RowOutcome
from pledge_tracker.services.transfer.merge import Conflict, FieldDiff
from pledge_tracker.services.transfer.package import export_package
from pledge_tracker.ui import export_actions
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.import_wizard import CHECK, IMPORT, MAPPING, PREVIEW, ImportWizard
from pledge_tracker.ui.models.import_models import ConflictsModel, OutcomesModel, TextTableModel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

GOOD = (
    "Title,Date,Supporters,Commitments\n"
    "Online safety act passed,2021-06-30,New Zealand; France,GOV-2\n"
    "Crisis drill,2022-03-01,Cote d'Ivoire,JOINT-8\n"
)


def _count(context: AppContext, model: type) -> int:
    with context.database.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _choose(qtbot, wizard: ImportWizard, path: Path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(wizard.choose_page.browse_button, Qt.MouseButton.LeftButton)
    assert wizard.choose_page.path_edit.text() == str(path)


def _next(qtbot, wizard: ImportWizard, expected: int) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    if wizard.currentPage().isCommitPage():
        button = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == expected


def _open(qtbot, context: AppContext) -> ImportWizard:
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_spreadsheet_is_previewed_checked_and_imported(
    qtbot, qtmodeltester, context: AppContext, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "evidence.csv"
    path.write_text(GOOD, encoding="utf-8")
    before = _count(context, m.Evidence)
    wizard = _open(qtbot, context)
    _choose(qtbot, wizard, path, monkeypatch)
    _next(qtbot, wizard, PREVIEW)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    qtmodeltester.check(wizard.preview_page.model)
    assert wizard.preview_page.model.index(1, 0).data() == "Crisis drill"
    _next(qtbot, wizard, MAPPING)
    page = wizard.mapping_page
    assert page.kind_combo.currentData() == "evidence"
    assert page.combos["effective"].currentText() == "Date"  # matched by a common alias
    _next(qtbot, wizard, CHECK)
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=10_000)
    outcomes = wizard.check_page.outcomes
    qtmodeltester.check(outcomes)
    assert [outcomes.outcome(r).action for r in range(outcomes.rowCount())] == ["add", "add"]
    assert _count(context, m.Evidence) == before  # the check wrote nothing
    with qtbot.waitSignal(context.data_changed, timeout=10_000) as changed:
        _next(qtbot, wizard, IMPORT)
    assert changed.args == [Changes.of({"evidence"})]
    assert wizard.import_page.isComplete()
    assert _count(context, m.Evidence) == before + 2
    assert "imported 2 evidence" in wizard.import_page.result.text()


def test_a_bad_row_is_named_and_import_stays_disabled(
    qtbot, context: AppContext, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "evidence.csv"
    path.write_text(GOOD + "Treaty,2022-02-30,France,GOV-1\n", encoding="utf-8")
    before = _count(context, m.Evidence)
    wizard = _open(qtbot, context)
    _choose(qtbot, wizard, path, monkeypatch)
    _next(qtbot, wizard, PREVIEW)
    _next(qtbot, wizard, MAPPING)
    _next(qtbot, wizard, CHECK)
    page = wizard.check_page
    qtbot.waitUntil(lambda: page.plan is not None, timeout=10_000)
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert (
        "row 4" in page.summary.text() and "30 February 2022 does not exist" in page.summary.text()
    )
    qtbot.mouseClick(page.errors_only, Qt.MouseButton.LeftButton)
    assert page.outcomes.rowCount() == 1
    bad = page.outcomes.outcome(0)
    assert (bad.row, bad.field, bad.action) == (4, "effective", "error")
    assert _count(context, m.Evidence) == before


def test_columns_matched_by_hand(qtbot, context: AppContext, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "mine.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["What happened", "When", "Who"])
    workbook.active.append(["Law passed", "2021-01-01", "France"])
    workbook.save(path)
    wizard = _open(qtbot, context)
    _choose(qtbot, wizard, path, monkeypatch)
    _next(qtbot, wizard, PREVIEW)
    _next(qtbot, wizard, MAPPING)
    page = wizard.mapping_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("evidence"))
    assert not page.isComplete() and "title" in page.problem.text()
    for column, header in (
        ("title", "What happened"),
        ("effective", "When"),
        ("supporters", "Who"),
    ):
        combo = page.combos[column]
        combo.setCurrentIndex(combo.findText(header))
    assert page.isComplete()
    _next(qtbot, wizard, CHECK)
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=10_000)
    _next(qtbot, wizard, IMPORT)
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=10_000)
    with context.database.read() as session:
        item = session.scalars(select(m.Evidence).where(m.Evidence.title == "Law passed")).one()
        assert [s.name for s in item.stakeholders] == ["France"]


def test_package_conflicts_are_listed_and_chosen(
    qtbot, qtmodeltester, context: AppContext, db_path: Path, tmp_path: Path, monkeypatch
) -> None:
    """Another desk changed two supporters; the user takes the package's version of one."""
    other_path = tmp_path / "other.db"
    shutil.copy(db_path, other_path)
    other = open_app_database(other_path, actor="Wellington desk")
    with other.write() as tx:
        for name, notes in (("New Zealand", "from Wellington"), ("France", "from Paris")):
            row = stakeholders.find(tx.session, name)
            data = StakeholderInput(
                row.name, row.kind, row.country_code, row.joined, row.founding, notes
            )
            stakeholders.edit(tx, row.id, data)
    package = export_package(other, tmp_path / "desk.zip").path
    other.dispose()
    wizard = _open(qtbot, context)
    _choose(qtbot, wizard, package, monkeypatch)
    _next(qtbot, wizard, PREVIEW)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    _next(qtbot, wizard, CHECK)  # a package has no columns to match
    page = wizard.check_page
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    model = page.conflicts
    qtmodeltester.check(model)
    labels = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert sorted(labels) == ["France", "New Zealand"]
    nz = labels.index("New Zealand")
    assert "from Wellington" in model.index(nz, 2).data()
    assert model.setData(
        model.index(nz, ConflictsModel.TAKE),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    _next(qtbot, wizard, IMPORT)
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=10_000)
    assert "1 taken from the package, 1 kept as here" in wizard.import_page.result.text()
    with context.database.read() as session:
        assert stakeholders.find(session, "New Zealand").notes == "from Wellington"
        assert stakeholders.find(session, "France").notes != "from Paris"


def test_models_pass_the_model_tester(qtmodeltester) -> None:
    qtmodeltester.check(TextTableModel(["a", "b"], [["1", 2], [None, "x"]]))
    qtmodeltester.check(
        OutcomesModel([RowOutcome(2, "add", "A"), RowOutcome(3, "error", "B", "bad", "title")])
    )
    conflict = Conflict(
        "stakeholder:u", "stakeholder", "u", "v", "NZ", (FieldDiff("notes", "a", "b"),)
    )
    model = ConflictsModel([conflict])
    qtmodeltester.check(model)
    model.set_all(True)
    assert model.resolutions() == {"stakeholder:u": "theirs"}


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_actions_write_in_a_worker(
    qtbot, demo_context: AppContext, tmp_path: Path, monkeypatch, fmt: str
) -> None:
    target = tmp_path / "out" / "evidence"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    written: list[Path] = []
    worker = export_actions.export_evidence(demo_context, fmt, on_done=written.append)
    assert worker is not None
    qtbot.waitUntil(lambda: bool(written), timeout=10_000)
    assert written == [target.with_name(f"evidence.{fmt}")]  # the extension was added
    assert written[0].stat().st_size > 1000


def test_export_package_and_template(
    qtbot, context: AppContext, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "all.zip"), "")
    )
    written: list[Path] = []
    export_actions.export_package(context, on_done=written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=10_000)
    assert written[0].read_bytes().startswith(b"PK")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "t.csv"), "")
    )
    assert export_actions.save_template(context, "actions") == tmp_path / "t.csv"
    assert (tmp_path / "t.csv").read_text("utf-8-sig").startswith("supporter,commitment,title")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert export_actions.export_audit(context) is None  # cancelled: nothing runs
    QThreadPool.globalInstance().waitForDone(5000)


def test_undo_after_an_import_never_retracts_the_edit_made_before_it(
    qtbot, context: AppContext, tmp_path: Path, monkeypatch
) -> None:
    from pledge_tracker.domain.dto import AssessmentInput
    from pledge_tracker.domain.levels import Level
    from pledge_tracker.services import assessments
    from pledge_tracker.ui import undo

    with context.database.read() as session:
        nz = stakeholders.find(session, "New Zealand").id
        gov1 = session.scalar(select(m.Commitment.id).where(m.Commitment.code == "GOV-1"))
    data = AssessmentInput(nz, gov1, Level.LIMITED, effective="2022-01-01", rationale="r")
    undo.push(context, undo.record_assessment(context, data, "NZ GOV-1"))
    assert context.undo_stack.canUndo()
    path = tmp_path / "evidence.csv"
    path.write_text(GOOD, encoding="utf-8")
    wizard = _open(qtbot, context)
    _choose(qtbot, wizard, path, monkeypatch)
    for page in (PREVIEW, MAPPING, CHECK, IMPORT):
        _next(qtbot, wizard, page)
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=10_000)
    assert not context.undo_stack.canUndo()  # Ctrl+Z cannot reach past the import
    context.undo_stack.undo()
    with context.database.read() as session:
        (kept,) = assessments.history(session, nz, gov1)
    assert not kept.retracted
