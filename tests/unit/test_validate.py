"""What users type is cleaned or refused with a message naming the field."""

from __future__ import annotations

import pytest

from pledge_tracker.domain.defang import defang
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.kinds import StakeholderKind
from pledge_tracker.domain.levels import Level
from pledge_tracker.domain.validate import (
    choice,
    clean_text,
    country_code,
    is_safe_link,
    name_key,
    safe_link,
)


def test_names_match_regardless_of_case_accents_and_spacing() -> None:
    assert name_key("Côte d’Ivoire") == name_key("COTE  d’ivoire")
    assert name_key("Māori Television") == name_key("maori television")
    assert name_key("  New   Zealand ") == "new zealand"
    assert name_key("France") != name_key("Francia")


def test_clean_text_trims_drops_control_characters_and_normalises() -> None:
    assert clean_text("  a\x00b\x07c\td\ne  ", "title") == "abc\td\ne"
    decomposed = "Ma\u0304ori"
    assert clean_text(decomposed, "title") == "Māori"
    assert clean_text(None, "notes") == ""
    assert clean_text(42, "notes") == "42"


def test_clean_text_refuses_empty_required_and_overlong_text() -> None:
    with pytest.raises(ValidationError, match="field 'name': is required") as caught:
        clean_text("   ", "name", required=True)
    assert caught.value.field == "name"
    with pytest.raises(ValidationError, match="too long") as caught:
        clean_text("x" * 11, "title", max_length=10)
    assert caught.value.field == "title"


@pytest.mark.parametrize("typed", ["complete", "Complete", "COMPLETE", Level.COMPLETE])
def test_choice_accepts_value_label_and_member(typed: object) -> None:
    assert choice(typed, Level, "level") is Level.COMPLETE


def test_choice_accepts_labels_with_spaces_and_hyphens() -> None:
    assert choice("No evidence found", Level, "level") is Level.NO_EVIDENCE
    assert choice("not-started", Level, "level") is Level.NOT_STARTED
    assert choice("Online service provider", StakeholderKind, "kind") is (
        StakeholderKind.ONLINE_SERVICE_PROVIDER
    )


@pytest.mark.parametrize("outside", ["excellent", "4", 4, "", None, "completed"])
def test_a_level_outside_the_scale_is_refused_naming_the_field(outside: object) -> None:
    with pytest.raises(ValidationError) as caught:
        choice(outside, Level, "level")
    assert caught.value.field == "level"
    assert "complete" in caught.value.message  # the message lists what is allowed


def test_country_codes_are_two_letters() -> None:
    assert country_code(" nz ") == "NZ"
    assert country_code("") is None
    assert country_code(None) is None
    for bad in ("NZL", "N1", "Z"):
        with pytest.raises(ValidationError) as caught:
            country_code(bad)
        assert caught.value.field == "country_code"


@pytest.mark.parametrize(
    "link",
    [
        "https://www.christchurchcall.com/",
        "http://example.org/a?b=c",
        "HTTPS://EXAMPLE.ORG",
        "mailto:a@b.nz",
    ],
)
def test_safe_links(link: str) -> None:
    assert is_safe_link(link)
    assert safe_link(link) == link


@pytest.mark.parametrize(
    "link",
    [
        "file:///C:/Windows/System32/calc.exe",
        "C:\\evil.exe",
        "\\\\server\\share\\x.exe",
        "javascript:alert(1)",
        "smb://server/share",
        "ms-msdt:/id PCWDiagnostic",
        "search-ms:query=x",
        " https://x.org",
        "https://",
        "https://exa mple.org",
        "mailto:nobody",
    ],
)
def test_unsafe_links_are_refused(link: str) -> None:
    assert not is_safe_link(link)
    if link == link.strip():  # typed input is trimmed first, so " https://x.org" is fine there
        with pytest.raises(ValidationError) as caught:
            safe_link(link, "source_url")
        assert caught.value.field == "source_url"


def test_empty_link_is_none() -> None:
    assert safe_link("  ") is None


def test_defang_makes_a_url_unclickable() -> None:
    assert defang("https://bad.example/video") == "hxxps://bad[.]example/video"
    assert defang("HTTP://a.b").lower() == "hxxp://a[.]b"


def test_validation_errors_place_themselves_in_a_file_and_row() -> None:
    error = ValidationError("joined", "bad date")
    assert str(error) == "field 'joined': bad date"
    placed = error.at(file="supporters.csv", row=7)
    assert str(placed) == "supporters.csv, row 7, field 'joined': bad date"
    assert placed.field == "joined"
    assert ValidationError("", "just a message").describe() == "just a message"
