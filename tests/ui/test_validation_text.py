"""The forms' validation messages reach the user in their language.

The domain's messages are built from a small set of templates (domain/reasons.py); each
ValidationError carries its template's reason code and values, and the forms fill the same
template translated (ui/error_text.py). The English stays word for word what the domain says.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dates import parse_date
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.reasons import REASONS
from pledge_tracker.domain.validate import check_value, clean_field
from pledge_tracker.services.transfer import import_file
from pledge_tracker.services.transfer.importer import ImportRefused
from pledge_tracker.ui.dialogs.supporter_dialog import SupporterDialog
from pledge_tracker.ui.error_text import TEMPLATES, error_text, validation_text
from pledge_tracker.ui.models.import_models import OutcomesModel
from pledge_tracker.ui.widgets.date_edit import OptionalDateEdit
from tests.ui.translation_probe import probe_translation


def _refusal(check) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        check()
    return caught.value


def test_every_domain_template_has_its_translatable_twin_word_for_word() -> None:
    assert {reason: TEMPLATES.get(reason) for reason in REASONS} == REASONS


@pytest.mark.parametrize(
    "check",
    [
        lambda: clean_field("stakeholders", "name", ""),
        lambda: clean_field("stakeholders", "name", "x" * 5000),
        lambda: clean_field("stakeholders", "country_code", "nzl"),
        lambda: clean_field("evidence", "source_url", "javascript:alert(1)"),
        lambda: check_value("assessments", "effective", dt.date(2001, 1, 1)),
        lambda: parse_date("2024-02-30", "effective"),
        lambda: parse_date("2024-13-01", "effective"),
        lambda: parse_date("15/05/2019", "effective"),
    ],
)
def test_without_a_translation_the_form_says_exactly_what_the_domain_says(
    qapp: QApplication, check
) -> None:
    refusal = _refusal(check)
    assert refusal.reason in REASONS
    assert validation_text(refusal) == refusal.message


def test_a_form_shows_a_refused_name_in_the_installed_language(
    context, qtbot, tmp_path: Path
) -> None:
    messages = {
        ("ValidationMessage", "is required"): "est obligatoire",
        ("SupporterDialog", "The name"): "Le nom",
        ("ValidationMessage", "'{value}' is not a two-letter ISO 3166 country code"): (
            "« {value} » n'est pas un code de pays ISO 3166 à deux lettres"
        ),
    }
    with probe_translation(tmp_path, messages):
        dialog = SupporterDialog(context)
        qtbot.addWidget(dialog)
        dialog.country.setText("N1")
        dialog.revalidate()
        assert dialog.errors.message("name") == "Le nom est obligatoire"
        assert dialog.errors.message("country_code") == (
            "« N1 » n'est pas un code de pays ISO 3166 à deux lettres"
        )
        assert not dialog.save_button.isEnabled()


def test_a_typed_date_that_does_not_exist_is_explained_in_the_installed_language(
    qapp: QApplication, qtbot, tmp_path: Path
) -> None:
    field = OptionalDateEdit(field="effective")
    qtbot.addWidget(field)
    field.setText("2024-02-30")
    assert field.error() == "30 February 2024 does not exist"
    template = "{day} {month_name} {year} does not exist"
    with probe_translation(
        tmp_path, {("ValidationMessage", template): "le {day} {year} n'existe pas"}
    ):
        assert field.error() == "le 30 2024 n'existe pas"


def test_a_translation_that_lost_a_placeholder_falls_back_to_the_english(
    qapp: QApplication, tmp_path: Path
) -> None:
    refusal = _refusal(lambda: clean_field("stakeholders", "country_code", "nzl"))
    broken = {("ValidationMessage", REASONS["not_country"]): "{valeur} n'est pas un code"}
    with probe_translation(tmp_path, broken):
        assert validation_text(refusal) == refusal.message


def test_a_refusal_placed_in_a_file_reads_like_the_domain_then_in_the_installed_language(
    qapp: QApplication, tmp_path: Path
) -> None:
    refusal = _refusal(lambda: clean_field("stakeholders", "name", "")).at(file="x.csv", row=4)
    assert error_text(refusal) == str(refusal) == "x.csv, row 4, field 'name': is required"
    messages = {
        ("ValidationMessage", "row {0}"): "ligne {0}",
        ("ValidationMessage", "field '{0}'"): "champ « {0} »",
        ("ValidationMessage", "{0}: {1}"): "{0} : {1}",
        ("ValidationMessage", "is required"): "est obligatoire",
    }
    with probe_translation(tmp_path, messages):
        assert error_text(refusal) == "x.csv, ligne 4, champ « name » : est obligatoire"


def test_the_import_check_shows_a_refused_row_in_the_installed_language(
    database: Database, qapp: QApplication, tmp_path: Path
) -> None:
    sheet = tmp_path / "supporters.csv"
    sheet.write_text("name,kind,country_code\nAotearoa Test Agency,government,N1\n")
    with pytest.raises(ImportRefused) as refused:
        import_file(database, sheet, dry_run=True)
    model = OutcomesModel(refused.value.report.outcomes)
    detail = model.index(0, 4)
    assert model.data(detail) == "'N1' is not a two-letter ISO 3166 country code"
    template = REASONS["not_country"]
    with probe_translation(
        tmp_path, {("ValidationMessage", template): "« {value} » : code refusé"}
    ):
        assert model.data(detail) == "« N1 » : code refusé"
