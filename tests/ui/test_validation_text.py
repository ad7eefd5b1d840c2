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

from pledge_tracker.domain.dates import parse_date
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.reasons import REASONS
from pledge_tracker.domain.validate import check_value, clean_field
from pledge_tracker.ui.dialogs.supporter_dialog import SupporterDialog
from pledge_tracker.ui.error_text import TEMPLATES, validation_text
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
