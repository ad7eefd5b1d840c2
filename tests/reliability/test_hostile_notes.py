"""Hostile key findings: any text a user or a notes file gives is printed as typed, never
as markup, and saved with an audit entry; a notes file that is not a regular UTF-8 file is
refused with its name, and nothing is saved."""

from __future__ import annotations

import dataclasses
import io
import os
import re
import unicodedata
from pathlib import Path

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.reports.build import options_for, render_report
from pledge_tracker.services import report_notes
from pledge_tracker.services.report_data import load_report_data
from tests.reliability import tally
from tests.reliability.hostile import hostile_text
from tests.reports.conftest import options


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.lists(hostile_text, min_size=1, max_size=3).map("\n\n".join))
def test_hostile_findings_print_as_typed_or_are_refused(demo_database, text: str) -> None:
    chosen = options_for("briefing", options(stakeholders=("France",)))
    chosen = dataclasses.replace(chosen, charts=())
    key = report_notes.notes_key(chosen)
    try:
        with demo_database.write() as tx:
            report_notes.save(tx, key, text)
    except PledgeError as exc:
        assert "\n" not in str(exc)
        tally.refused("findings: hostile text")
        return
    data = load_report_data(demo_database, chosen)
    assert data.findings is not None and data.findings
    buffer = io.BytesIO()
    render_report("briefing", data, buffer)
    # Long findings flow over several pages: read them all. Text extraction may interleave a
    # bullet with an item's first characters (an invisible item leaves them overlapping), so
    # bullets and spaces are left out of the comparison.
    pages = pypdf.PdfReader(buffer).pages
    page = re.sub(r"[\s•]", "", "".join(p.extract_text() for p in pages[1:]))
    # Invisible format characters (a zero-width no-break space) may be read back out of
    # place ("<\ufeffb>"): what a reader sees is compared, so they are left out too.
    page = "".join(ch for ch in page if unicodedata.category(ch) != "Cf")
    for finding in data.findings:
        if "<b>" in finding:  # markup is printed as typed, not obeyed
            assert "<b>" in page
    tally.accepted("findings: hostile text printed")


@pytest.mark.parametrize("case", ["fifo", "folder", "latin-1", "empty", "missing"])
def test_notes_files_that_are_not_utf8_text_are_refused(case: str, tmp_path: Path) -> None:
    path = tmp_path / f"notes-{case}"
    if case == "fifo":
        os.mkfifo(path)
    elif case == "folder":
        path.mkdir()
    elif case == "latin-1":
        path.write_bytes("Constat élevé".encode("latin-1"))
    elif case == "empty":
        path.write_text("\n\n   \n", encoding="utf-8")
    with pytest.raises(PledgeError) as caught:
        report_notes.read_notes(path)
    message = str(caught.value)
    assert str(path) in message and "\n" not in message
    tally.refused(f"notes file: {case}")


def test_an_invisible_finding_with_markup_after_it_prints_the_markup(demo_database) -> None:
    """The case hypothesis found in CI: zero-width characters, then `<b>bold</b>`."""
    chosen = dataclasses.replace(
        options_for("briefing", options(stakeholders=("France",))), charts=()
    )
    with demo_database.write() as tx:
        report_notes.save(
            tx, report_notes.notes_key(chosen), "\u200b\u200d\u2060\ufeff\n\n<b>bold</b>"
        )
    buffer = io.BytesIO()
    render_report("briefing", load_report_data(demo_database, chosen), buffer)
    text = re.sub(r"[\s•]", "", pypdf.PdfReader(buffer).pages[1].extract_text())
    assert "<b>bold</b>" in text
    tally.accepted("findings: invisible text before markup")
