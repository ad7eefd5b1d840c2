"""The interface language: chosen in Settings, applied at start with Qt's own French, and
followed by titles, numbers and dates in the window exactly as the French reports print them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from pledge_tracker.domain.titles import TITLES_FR
from pledge_tracker.reports.text import Text
from pledge_tracker.ui import i18n, locale_text
from pledge_tracker.ui.dialogs.settings_dialog import SettingsDialog
from pledge_tracker.ui.models.commitments_model import Column
from pledge_tracker.ui.models.matrix_rows import format_coverage
from pledge_tracker.ui.settings import Settings
from tests.ui.test_views_commitments import _open_view

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def language(qapp: QApplication) -> Iterator[object]:
    """apply_language as the app calls it at start; the translators and locale undone after."""
    before = QLocale()
    installed: list = []

    def apply(name: str) -> None:
        installed.extend(i18n.apply_language(qapp, name))

    yield apply
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_the_language_is_chosen_in_settings_and_kept_for_the_next_start(context, qtbot, tmp_path):
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # by default, the system's language
    assert dialog.language.currentText() == "System default"
    assert any("next time" in label.text() for label in dialog.findChildren(type(dialog.message)))
    dialog.language.setCurrentIndex(dialog.language.findText("Français"))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    context.settings.sync()
    again = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert again.language == "fr"


def test_an_unknown_stored_language_falls_back_to_the_system(settings) -> None:
    settings._q.setValue("prefs/language", "klingon")
    assert settings.language == ""
    assert i18n.chosen_locale("") == QLocale.system()
    assert i18n.chosen_locale("fr").language() == QLocale.Language.French


def test_french_at_start_translates_qt_own_buttons_too(language, qtbot) -> None:
    """Standard buttons come from Qt's qtbase_fr.qm in PySide6's translations folder."""
    assert (i18n.qt_translations_folder() / "qtbase_fr.qm").is_file()
    language("fr")
    assert QLocale().language() == QLocale.Language.French
    assert i18n.ui_language() == "fr"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"


def test_english_chosen_keeps_qt_in_english(language, qtbot) -> None:
    language("en")
    assert i18n.ui_language() == "en"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_numbers_and_dates_follow_french_as_the_reports_print_them(language) -> None:
    day = dt.date(2026, 11, 1)
    english = (locale_text.written_date(day), locale_text.number(1234.5), format_coverage(0.456))
    assert english == ("1 November 2026", "1,234.5", "46%")
    language("fr")
    french = Text("fr")
    assert locale_text.written_date(day) == french.date(day) == "1er novembre 2026"
    assert locale_text.written_date(day, "month") == "novembre 2026"
    assert locale_text.number(1234.5) == french.number(1234.5) == "1\u202f234,5"
    assert format_coverage(0.456) == french.percent(0.456) == "46\u00a0%"  # the matrix's column


def test_commitments_show_their_french_titles_with_the_translation_mark(
    language, demo_context, qtbot
) -> None:
    language("fr")
    view = _open_view(qtbot, demo_context)
    rows = {view.model.row_at(r).commitment.code: r for r in range(view.model.rowCount())}
    title = view.model.index(rows["GOV-4"], Column.TITLE)
    assert title.data() == f"{TITLES_FR['GOV-4']} ‡"  # the app's own translation, marked
    commitment = view.model.row_at(rows["GOV-4"]).commitment
    assert title.data() == Text("fr").title(commitment)  # the same words as in print
    assert Text("fr")("title.own_key") in title.data(Qt.ItemDataRole.ToolTipRole)


def test_the_matrix_headers_name_commitments_in_french(language, window) -> None:
    language("fr")
    model = window.matrix.model
    codes = [model.commitment_at(c).code for c in range(model.columnCount())]
    section = codes.index("GOV-4")
    header = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header.startswith(f"GOV-4: {TITLES_FR['GOV-4']} ‡")
    assert Text("fr")("title.own_key") in header  # the key to the mark, as in print
    spoken = model.headerData(
        section, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole
    )
    assert spoken == f"GOV-4 {TITLES_FR['GOV-4']} ‡"


def test_a_french_title_recorded_on_the_commitment_wins_unmarked(language, demo_context) -> None:
    from dataclasses import replace

    language("fr")
    commitment = demo_context.directory().commitments[0]
    own = replace(commitment, short_title_fr="Titre officiel")
    assert locale_text.title(own) == "Titre officiel"
    assert locale_text.code_and_title(own) == f"{commitment.code} · Titre officiel"
    assert locale_text.titles_key([own]) == ""
