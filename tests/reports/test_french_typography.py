"""French reports read as French: French short titles (the app's own marked ‡), decimal commas,
no-break spaces before : ; ! ? %, French PDF keywords and dates written one way."""

from __future__ import annotations

import io
import re

import pypdf
import pytest

from pledge_tracker.domain.levels import Level
from pledge_tracker.domain.titles import TITLES_FR
from pledge_tracker.reports.text import CATALOGUES, Text
from pledge_tracker.reports.typography import french_spacing
from tests.reference import REFERENCE
from tests.reports.conftest import build, text_of

NO_BREAK = "\u00a0\u202f"
PUNCTUATION = ":;!?%"


def test_every_commitment_of_the_reference_has_a_french_title() -> None:
    assert set(TITLES_FR) == {c["id"] for c in REFERENCE["commitments"]}


def test_french_strings_put_a_no_break_space_before_high_punctuation() -> None:
    fr = Text("fr")
    for key, template in CATALOGUES["fr"].items():
        if "{" in template or key in ("months", "thousands", "decimal"):
            continue
        printed = fr(key)
        for found in re.finditer(rf"(.)([{PUNCTUATION}])", printed):
            before = found.group(1)
            assert before in NO_BREAK or before.isdigit() or before in "(/", (key, printed)
    assert fr("percent", value="12") == "12\u00a0%"
    assert french_spacing("Preuves : [1] ; voir ! « oui » ?") == (
        "Preuves\u00a0: [1]\u00a0; voir\u00a0! «\u00a0oui\u00a0»\u00a0?"
    )
    assert Text("en")("labelled", label="Sightings", value=3) == "Sightings: 3"


def _norm(text: str) -> str:
    """Words joined by one space (no-break spaces included), lines joined."""
    return " ".join(re.sub(f"[{NO_BREAK}]", " ", text).split())


def _pdf_text(pdf: bytes) -> str:
    return text_of(pdf)


@pytest.fixture
def french_full(rich_database) -> tuple[bytes, str]:
    pdf, _ = build("full", rich_database, stakeholders=("New Zealand", "France"), lang="fr")
    return pdf, _pdf_text(pdf)


def test_the_full_report_prints_french_titles_marked_as_the_apps_translation(
    french_full: tuple[bytes, str],
) -> None:
    _, text = french_full
    flat = " ".join(text.split())
    gov1 = " ".join(TITLES_FR["GOV-1"].split())
    assert f"GOV-1 · {gov1} ‡" in flat
    english = next(c["short_title"] for c in REFERENCE["commitments"] if c["id"] == "GOV-1")
    assert f"GOV-1 · {english}" not in flat
    assert "traduction de l'application" in flat


def test_french_marks_and_spaces_are_printed(french_full: tuple[bytes, str]) -> None:
    pdf, text = french_full
    # A space before every high punctuation mark, and no line ever starts with one: the
    # space is a no-break one (the font draws U+00A0 with the space's glyph, so the
    # extracted text shows a plain space; Text's own output is checked above).
    flat, squashed = _norm(text), re.sub(r"\s", "", text)
    printed = [
        value
        for value in CATALOGUES["fr"].values()
        if "{" not in value and re.search(rf"[{PUNCTUATION}]", value)
        if re.sub(r"\s", "", value) in squashed
    ]
    assert len(printed) >= 3  # e.g. the restricted-edition footer, the key, the method
    for value in printed:
        assert _norm(value) in flat, value
    glyphs = tuple(f"{level.glyph} " for level in Level if level.glyph)  # "? No evidence"
    starts = [
        line
        for line in text.splitlines()
        if line.strip()[:1] in tuple(PUNCTUATION) and not line.strip().startswith(glyphs)
    ]
    assert not starts, starts
    assert re.search(r"\d,\d", text)  # a decimal comma (a score)
    versions = r"(\d+\.\d+\.\d+|méthode\W+\d+\.\d+)"  # the app's and method's versions
    assert not re.search(r"\d\.\d\b", re.sub(versions, "", text))  # no decimal point
    assert re.search(r"\d %", text)  # "39 %" (its space no-break: no line starts with %)
    keywords = pypdf.PdfReader(io.BytesIO(pdf)).metadata["/Keywords"]
    assert "redevabilité" in keywords and "accountability" not in keywords


def test_the_scorecard_writes_its_dates_in_words_in_its_headings(rich_database) -> None:
    pdf, _ = build("scorecard", rich_database, stakeholders=("France",), lang="fr")
    flat = " ".join(text_of(pdf).split())
    assert "Depuis le 30 juin 2024" in flat  # not "Depuis le 2024-06-30"
    assert "Depuis le 2024-06-30" not in flat
    assert f"{TITLES_FR['GOV-1']} ‡".split()[0] in flat
