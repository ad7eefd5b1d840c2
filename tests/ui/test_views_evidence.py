"""The evidence library and its dialog, driven as a user would; results checked in the database."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import select, update

from pledge_tracker.db import models as m
from pledge_tracker.services import attachments, evidence
from pledge_tracker.ui.dialogs.evidence_dialog import EvidenceDialog
from pledge_tracker.ui.models.evidence_model import PAGE_SIZE, EvidenceModel
from pledge_tracker.ui.views import evidence_view
from pledge_tracker.ui.views.evidence_view import EvidenceView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def opened(monkeypatch) -> list[QUrl]:
    """What the app asked the desktop to open (nothing really opens in a test)."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *a: shown.append(f"{title}: {text}")
    )
    return shown


def _open_view(qtbot, context) -> EvidenceView:
    view = EvidenceView(context)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitUntil(lambda: not view.model.searching and view.model.total > 0)
    return view


def _evidence(database, title):
    with database.read() as session:
        row = session.scalars(select(m.Evidence).where(m.Evidence.title == title)).one()
        return evidence.get_dto(session, row.id)


def _supporter_id(database, name):
    with database.read() as session:
        return session.scalars(select(m.Stakeholder.id).where(m.Stakeholder.name == name)).one()


def _drop(widget, files: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    action = Qt.DropAction.CopyAction
    none = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPointF(widget.rect().center()), action, mime, *none)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(QPointF(widget.rect().center()), action, mime, *none))


def test_evidence_model_passes_the_model_tester(qtbot, qtmodeltester, demo_context):
    model = EvidenceModel(demo_context)
    with qtbot.waitSignal(model.sig_search_finished):
        model.search()
    assert model.rowCount() == model.total == 31
    qtmodeltester.check(model)


def test_typing_in_the_search_box_filters_after_a_pause_with_one_search(qtbot, demo_context):
    view = _open_view(qtbot, demo_context)
    started = []
    view.model.sig_search_started.connect(lambda: started.append(1))
    view.focus_search()
    assert view.filters.search.hasFocus()
    with qtbot.waitSignal(view.model.sig_search_finished, timeout=5000):
        qtbot.keyClicks(view.filters.search, "gifct")
    assert len(started) == 1  # five keystrokes, one debounced search
    titles = [view.model.row_at(r).title for r in range(view.model.rowCount())]
    assert titles and all(
        "gifct"
        in (row.title + row.summary + (row.source_url or "") + (row.source_name or "")).lower()
        for row in (view.model.row_at(r) for r in range(view.model.rowCount()))
    )
    assert f"{view.model.total:,} items match" in view.count_label.text()


def test_kind_and_access_filters_narrow_the_list(qtbot, demo_context):
    view = _open_view(qtbot, demo_context)
    with qtbot.waitSignal(view.model.sig_search_finished):
        view.filters.kind.setCurrentIndex(view.filters.kind.findData("legislation"))
    kinds = {view.model.row_at(r).kind for r in range(view.model.rowCount())}
    assert kinds == {"legislation"}
    with qtbot.waitSignal(view.model.sig_search_finished):
        view.filters.access.setCurrentIndex(view.filters.access.findData(True))
    assert view.model.total == 0  # no demo item is restricted
    with qtbot.waitSignal(view.model.sig_search_finished):
        qtbot.mouseClick(view.filters.clear_button, Qt.MouseButton.LeftButton)
    assert view.model.total == 31


def test_adding_evidence_by_keyboard_with_picked_and_dropped_files(
    qtbot, context, tmp_path, monkeypatch
):
    picked, dropped = tmp_path / "order.pdf", tmp_path / "report.txt"
    picked.write_bytes(b"%PDF-1.4 removal order")
    dropped.write_text("transparency figures", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(picked)], "All files (*)")
    )
    nz = _supporter_id(context.database, "New Zealand")
    dialog = EvidenceDialog(context, preset_stakeholder_ids=(nz,))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.title, "Removal orders published")
    qtbot.keyClicks(dialog.source_url, "https://example.org/orders")
    qtbot.keyClicks(dialog.dates["published"], "2024-03-01")
    qtbot.keyClicks(dialog.commitments.filter, "GOV-1 ")
    qtbot.keyClick(dialog.commitments.filter, Qt.Key.Key_Down)  # into the filtered list
    qtbot.keyClick(dialog.commitments.list, Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.attachments.add_button, Qt.MouseButton.LeftButton)
    _drop(dialog, [dropped])
    shown = [dialog.attachments.tree.topLevelItem(i).text(2) for i in range(2)]
    assert shown == [
        attachments.sha256(picked.read_bytes()),
        attachments.sha256(dropped.read_bytes()),
    ]
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = _evidence(context.database, "Removal orders published")
    with context.database.read() as session:
        gov1 = session.scalars(select(m.Commitment.id).where(m.Commitment.code == "GOV-1")).one()
    assert saved.stakeholder_ids == (nz,) and saved.commitment_ids == (gov1,)
    assert sorted(a.filename for a in saved.attachments) == ["order.pdf", "report.txt"]
    assert saved.source_url == "https://example.org/orders" and not saved.withdrawn
    context.undo_stack.undo()
    assert _evidence(context.database, "Removal orders published").withdrawn
    context.undo_stack.redo()
    assert not _evidence(context.database, "Removal orders published").withdrawn


def test_invalid_evidence_cannot_be_saved_and_each_field_says_why(qtbot, context):
    dialog = EvidenceDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "required" in dialog.errors.message("title")
    assert "at least one date" in dialog.errors.message("effective")
    qtbot.keyClicks(dialog.title, "A title")
    qtbot.keyClicks(dialog.dates["retrieved"], "2024-13-01")
    qtbot.keyClicks(dialog.source_url, "ftp://files.example.org/x")
    assert not dialog.save_button.isEnabled()
    assert "month 13 does not exist" in dialog.errors.message("retrieved")
    assert "http, https or mailto" in dialog.errors.message("source_url")
    assert dialog.errors.message("effective") is None  # a date was typed, if a bad one
    dialog.dates["retrieved"].setText("2024-12-01")
    dialog.source_url.setText("mailto:press@example.org")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _evidence(context.database, "A title").retrieved.isoformat() == "2024-12-01"


def test_editing_details_and_attachments_is_one_undoable_step(qtbot, context, tmp_path):
    old_file, new_file = tmp_path / "old.txt", tmp_path / "new.txt"
    old_file.write_text("first version")
    new_file.write_text("second version")
    with context.database.write() as tx:
        evidence.add(tx, evidence.EvidenceInput(title="Law", effective="2020-01-01"), [old_file])
    item = _evidence(context.database, "Law")
    dialog = EvidenceDialog(context, evidence=item)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Law, amended")
    dialog.attachments.tree.setCurrentItem(dialog.attachments.tree.topLevelItem(0))
    qtbot.mouseClick(dialog.attachments.remove_button, Qt.MouseButton.LeftButton)
    dialog.attachments.add_files([new_file])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    edited = _evidence(context.database, "Law, amended")
    assert [a.filename for a in edited.attachments] == ["new.txt"]
    context.undo_stack.undo()
    restored = _evidence(context.database, "Law")
    assert [a.filename for a in restored.attachments] == ["old.txt"]
    context.undo_stack.redo()
    assert [a.filename for a in _evidence(context.database, "Law, amended").attachments] == [
        "new.txt"
    ]


def test_open_writes_a_verified_temporary_copy_and_refuses_damaged_bytes(
    qtbot, context, tmp_path, opened, warnings
):
    file = tmp_path / "scan.txt"
    file.write_bytes(b"original bytes")
    with context.database.write() as tx:
        evidence.add(tx, evidence.EvidenceInput(title="Scan", effective="2020-01-01"), [file])
    dialog = EvidenceDialog(context, evidence=_evidence(context.database, "Scan"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.attachments.tree.setCurrentItem(dialog.attachments.tree.topLevelItem(0))
    qtbot.mouseClick(dialog.attachments.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1)
    copy = Path(opened[0].toLocalFile())
    assert copy.read_bytes() == b"original bytes" and copy != file
    with context.database.engine.begin() as connection:  # damage the stored bytes
        connection.execute(update(m.Attachment).values(content=b"tampered"))
    qtbot.mouseClick(dialog.attachments.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(warnings) == 1)
    assert "damaged" in warnings[0] and len(opened) == 1


@pytest.mark.parametrize(
    ("link", "opens"),
    [
        ("https://www.christchurchcall.com/", True),
        ("http://example.org/a", True),
        ("mailto:someone@example.org", False),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
    ],
)
def test_source_links_open_only_when_http_or_https(qtbot, opened, warnings, link, opens):
    assert evidence_view.open_source_link(link, None) is opens
    assert len(opened) == int(opens) and len(warnings) == int(not opens)


def test_open_source_button_opens_the_selected_items_link(qtbot, demo_context, opened):
    view = _open_view(qtbot, demo_context)
    view.table.selectRow(0)
    assert view.selected().title in view.preview.toPlainText()
    qtbot.mouseClick(view.source_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].toString() == view.selected().source_url


def test_library_of_100000_items_opens_with_one_page_and_scrolls_in_pages(
    qtbot, qtmodeltester, tmp_path, tmp_path_factory, settings
):
    from pledge_tracker.ui.context import AppContext
    from tests.services.bulk_evidence import open_big_copy

    database = open_big_copy(tmp_path_factory, tmp_path / "big.db")
    context = AppContext(database, settings)
    view = EvidenceView(context)
    qtbot.addWidget(view)
    try:
        started = time.perf_counter()
        view.show()
        qtbot.waitUntil(lambda: not view.model.searching and view.model.total > 0)
        print(f"\n100,000 items: first page shown after {time.perf_counter() - started:.2f} s")
        assert view.model.total >= 100_000
        assert view.model.rowCount() == PAGE_SIZE
        assert view.model.canFetchMore(view.model.index(-1, -1))
        view.table.scrollToBottom()
        qtbot.waitUntil(lambda: view.model.rowCount() > PAGE_SIZE)
        assert view.model.rowCount() <= 3 * PAGE_SIZE
        qtmodeltester.check(view.model)  # stays attached: checks the pages and the new search
        started = time.perf_counter()
        with qtbot.waitSignal(view.model.sig_search_finished, timeout=20_000) as blocker:
            qtbot.keyClicks(view.filters.search, "crisis protocol")
        total, seconds = blocker.args
        print(
            f"search 'crisis protocol': {total} hits, query {seconds:.2f} s, "
            f"typed-to-shown {time.perf_counter() - started:.2f} s"
        )
        assert 0 < total < 100_000
        assert view.model.rowCount() < total  # still paged (the tester may fetch a few)
        loaded = [view.model.row_at(r) for r in range(view.model.rowCount())]
        assert all("crisis" in r.title and "protocol" in r.title for r in loaded)
    finally:
        view.close()
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(10_000)
        database.dispose()


def test_editing_from_the_library_keeps_the_item_selected_and_shows_the_change(
    qtbot, demo_context, monkeypatch
):
    view = _open_view(qtbot, demo_context)
    view.table.selectRow(2)
    chosen = view.selected()

    def retitle_and_save(dialog: EvidenceDialog) -> int:
        dialog.show()
        dialog.title.setText("Retitled by the reviewer")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(EvidenceDialog, "exec", retitle_and_save)
    with qtbot.waitSignal(view.model.sig_search_finished):
        qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert view.selected().id == chosen.id
    assert view.selected().title == "Retitled by the reviewer"
    assert "Retitled by the reviewer" in view.preview.toPlainText()
    with qtbot.waitSignal(view.model.sig_search_finished):
        demo_context.undo_stack.undo()
    assert view.selected().title == chosen.title


def test_evidence_with_an_attachment_can_be_added_from_the_keyboard_alone(
    qtbot, context, tmp_path, monkeypatch
):
    file = tmp_path / "statement.txt"
    file.write_text("a joint statement")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(file)], ""))
    dialog = EvidenceDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    alt = Qt.KeyboardModifier.AltModifier
    assert dialog.title.hasFocus()  # the first field has the cursor when the dialog opens
    qtbot.keyClicks(dialog.title, "Joint statement")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, alt)  # &Effective
    assert dialog.dates["effective"].hasFocus()
    qtbot.keyClicks(dialog.dates["effective"], "2019-05-15")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_U, alt)  # S&upporters: the filter box
    qtbot.keyClicks(dialog.supporters.filter, "New Zealand")
    qtbot.keyClick(dialog.supporters.filter, Qt.Key.Key_Tab)
    assert dialog.supporters.list.hasFocus()
    qtbot.keyClick(dialog.supporters.list, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.supporters.list, Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, alt)  # Add &file…
    qtbot.waitUntil(lambda: dialog.attachments.tree.topLevelItemCount() == 1)  # animated click
    dialog.title.setFocus()
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # Save is the default button
    saved = _evidence(context.database, "Joint statement")
    assert saved.stakeholder_ids == (_supporter_id(context.database, "New Zealand"),)
    assert [a.filename for a in saved.attachments] == ["statement.txt"]
