"""The field limits table: listed in the README as it is in the code, and applied whole."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.limits import CALL_ADOPTED, LIMITS, markdown
from pledge_tracker.domain.validate import check_record, clean_field

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_lists_the_field_limits_table_as_it_is() -> None:
    text = README.read_text(encoding="utf-8")
    found = re.search(r"<!-- field-limits:start -->\n(.*?)\n<!-- field-limits:end -->", text, re.S)
    assert found, "README.md has no field-limits section"
    assert found.group(1) == markdown(), "regenerate the README table from limits.markdown()"


def test_every_entity_of_the_table_names_real_columns() -> None:
    from pledge_tracker.services.transfer.schema import BY_NAME

    for entity, fields in LIMITS.items():
        assert set(fields) <= set(BY_NAME[entity].c.keys()), entity


def test_a_record_is_refused_naming_its_first_bad_field() -> None:
    record = {"name": "Aotearoa", "kind": "government", "country_code": "ZZZ", "joined": None}
    with pytest.raises(ValidationError) as caught:
        check_record("stakeholders", record)
    assert caught.value.field == "country_code" and "ISO 3166" in caught.value.message


def test_assessments_may_not_precede_the_call_but_evidence_may() -> None:
    before = CALL_ADOPTED - dt.timedelta(days=1)
    check_record("evidence", {"effective": before, "published": dt.date(1996, 1, 1)})
    with pytest.raises(ValidationError, match="before 2019-05-15"):
        check_record("assessments", {"effective": before})


def test_typed_text_is_made_canonical_before_it_is_checked() -> None:
    assert clean_field("stakeholders", "name", "  Aotea\x07roa\nTrust ") == "Aotearoa Trust"
    assert clean_field("stakeholders", "notes", "one\r\ntwo\tthree") == "one\ntwo\tthree"
    assert clean_field("stakeholders", "country_code", " nz ") == "NZ"
    with pytest.raises(ValidationError, match="at most 300"):
        clean_field("stakeholders", "name", "x" * 301)
