"""The Published figures page: a figure typed into the dialog is saved exactly, charted,
edited and deleted undoably."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from sqlalchemy import select

from pledge_tracker.db import models as m
from pledge_tracker.services.check import run_check
from pledge_tracker.ui.dialogs.indicator_dialog import IndicatorDialog
from pledge_tracker.ui.models.indicators_model import Column, IndicatorsModel
from pledge_tracker.ui.views.indicators_view import IndicatorsView, load_figures
from tests.indicators.helpers import add_figure, add_report, provider_id

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _open_view(qtbot, context) -> IndicatorsView:
    view = IndicatorsView(context)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitUntil(lambda: not view.loader.busy)
    return view


def _figures(database) -> list[m.Indicator]:
    with database.read() as session:
        rows = session.scalars(select(m.Indicator).order_by(m.Indicator.id)).all()
        for row in rows:
            session.expunge(row)
        return list(rows)


def _retype(qtbot, field, text: str) -> None:
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def test_the_model_passes_the_model_tester(qtmodeltester, context) -> None:
    add_figure(context.database, add_report(context.database))
    model = IndicatorsModel()
    model.set_rows(load_figures(context, None).figures)
    qtmodeltester.check(model)


def test_a_figure_typed_in_the_dialog_is_saved_exactly_and_charted(
    qtbot, context, monkeypatch
) -> None:
    source = add_report(context.database)
    provider = provider_id(context.database)
    view = _open_view(qtbot, context)
    view.supporter.setFocus()
    view.supporter.lineEdit().selectAll()
    qtbot.keyClicks(view.supporter.lineEdit(), "microsof")
    popup = view.supporter.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert view.supporter.currentData() == provider
    qtbot.waitUntil(lambda: not view.loader.busy)

    def fill_and_save(dialog: IndicatorDialog) -> int:
        dialog.show()
        assert dialog.supporter.currentData() == provider  # the page's supporter, preset
        assert not dialog.save_button.isEnabled()  # no metric, figure or source yet
        qtbot.keyClicks(dialog.metric_box.lineEdit(), "Share found proactively")
        qtbot.keyClicks(dialog.value, "0.1 + 0.2")
        assert "not a number" in dialog.errors.message("value")
        _retype(qtbot, dialog.value, "0.3")
        assert dialog.errors.message("value") in ("", None)
        qtbot.keyClicks(dialog.unit.lineEdit(), "percent")
        _retype(qtbot, dialog.start, "2024-01-01")
        _retype(qtbot, dialog.end, "2023-06-30")
        assert "cannot end before" in dialog.errors.message("period_end")
        _retype(qtbot, dialog.end, "2024-06-30")
        dialog.precision.setCurrentIndex(dialog.precision.findData("month"))
        assert not dialog.save_button.isEnabled()  # still no source
        dialog.source.setCurrentIndex(dialog.source.findData(source))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(IndicatorDialog, "exec", fill_and_save)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    (saved,) = _figures(context.database)
    assert (saved.metric, saved.value, saved.unit) == ("Share found proactively", "0.3", "percent")
    assert (saved.period_start, saved.period_end) == (dt.date(2024, 1, 1), dt.date(2024, 6, 1))
    assert (saved.period_precision, saved.evidence_id) == ("month", source)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    row = view.model.index(0, Column.VALUE)
    assert row.data() == "0.3"
    assert view.model.index(0, Column.PERIOD).data() == "2024-01 – 2024-06"
    assert [line.metric for line in view.canvas.data.series] == ["Share found proactively"]
    assert run_check(context.database).ok


@pytest.mark.parametrize(("language", "stored"), [("French", "97.5"), ("English", None)])
def test_a_decimal_comma_is_read_as_the_interface_language_writes_it(
    qtbot, context, monkeypatch, language: str, stored: str | None
) -> None:
    """In French 97,5 is ninety-seven and a half; in English it is refused, never 975."""
    source = add_report(context.database)
    view = _open_view(qtbot, context)
    previous = QLocale()
    QLocale.setDefault(QLocale(getattr(QLocale.Language, language)))
    try:

        def fill_and_save(dialog: IndicatorDialog) -> int:
            dialog.show()
            dialog.supporter.setCurrentIndex(
                dialog.supporter.findData(provider_id(context.database))
            )
            qtbot.keyClicks(dialog.metric_box.lineEdit(), "Share found proactively")
            qtbot.keyClicks(dialog.value, "97,5")
            qtbot.keyClicks(dialog.unit.lineEdit(), "percent")
            dialog.source.setCurrentIndex(dialog.source.findData(source))
            if stored is None:
                assert "use a point for decimals" in dialog.errors.message("value")
                assert not dialog.save_button.isEnabled()
                dialog.reject()
            else:
                qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            return dialog.result()

        monkeypatch.setattr(IndicatorDialog, "exec", fill_and_save)
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    finally:
        QLocale.setDefault(previous)
    assert [f.value for f in _figures(context.database)] == ([stored] if stored else [])


def test_editing_and_deleting_are_undoable(qtbot, context, monkeypatch) -> None:
    source = add_report(context.database)
    figure = add_figure(context.database, source, value="1250")
    view = _open_view(qtbot, context)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.table.selectRow(0)

    def change_and_save(dialog: IndicatorDialog) -> int:
        dialog.show()
        assert dialog.value.text() == "1250"
        _retype(qtbot, dialog.value, "1,251.50")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(IndicatorDialog, "exec", change_and_save)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert _figures(context.database)[0].value == "1251.5"
    context.undo_stack.undo()
    assert _figures(context.database)[0].value == "1250"

    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and not view.loader.busy)
    view.table.selectRow(0)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert _figures(context.database) == []
    context.undo_stack.undo()
    (back,) = _figures(context.database)
    assert (back.uid, back.value) == (figure.uid, "1250")  # the same record, back
    assert run_check(context.database).ok
