"""Hostile values refused by a form read right in French: the whole value, no broken template.

For any field of the limits table and any hostile text, the refusal the form shows is the
domain's message word for word in English, and with the shipped French translation it is
a French sentence holding the value exactly as the English quotes it, with no placeholder
left unfilled and no exception (braces, percent signs and markup in the value included).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.limits import LIMITS, Kind
from pledge_tracker.domain.validate import clean_field
from pledge_tracker.ui import i18n
from pledge_tracker.ui.error_text import validation_text
from tests.reliability import tally
from tests.reliability.hostile import hostile_text

TYPED = [
    (entity, field)
    for entity, fields in LIMITS.items()
    for field, rule in fields.items()
    if rule.kind in (Kind.TEXT, Kind.LONG_TEXT, Kind.LINK, Kind.LINKS, Kind.COUNTRY)
]


@pytest.fixture
def french(qapp: QApplication) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(i18n.FOLDER / f"{i18n.BASE_NAME}_fr.qm"))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def _refusal(entity: str, field: str, text: str) -> ValidationError | None:
    try:
        clean_field(entity, field, text)
    except ValidationError as refusal:
        return refusal
    return None


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(where=st.sampled_from(TYPED), text=hostile_text)
def test_a_refused_hostile_value_reads_whole_in_french(
    french: QTranslator, where: tuple[str, str], text: str
) -> None:
    entity, field = where
    refusal = _refusal(entity, field, text)
    if refusal is None:
        cleaned = clean_field(entity, field, text)
        assert clean_field(entity, field, cleaned) == cleaned  # what is stored passes as is
        tally.accepted("validation text: typed value taken")
        return
    assert refusal.reason, f"{entity}.{field}: a refusal without its template: {refusal.message}"
    shown = validation_text(refusal)
    assert (shown and shown != refusal.message) or not refusal.values
    for value in refusal.values.values():
        if value and refusal.reason != "no_such_day":
            assert value in shown
    assert "{" + "value}" not in shown and "{" + "0}" not in shown
    tally.refused(f"validation text: {refusal.reason}")


@given(text=hostile_text)
def test_without_a_translation_the_hostile_refusal_is_the_domain_message(
    text: str,
) -> None:
    refusal = _refusal("stakeholders", "country_code", text)
    if refusal is None:
        assert len(clean_field("stakeholders", "country_code", text)) in (0, 2)
        tally.accepted("validation text: country code taken")
        return
    assert validation_text(refusal) == refusal.message
    tally.refused(f"validation text (English): {refusal.reason}")
