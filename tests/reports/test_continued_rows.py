"""A supporter's long rationale broken across pages in the full report: the part at the top of
the next page repeats the supporter and the level, marked "continued" ("suite")."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports.conftest import add_judgement, build, pages_of
from tests.reports.layout_check import faults

PARAGRAPH = "The ministry reported the measures taken this year in detail. " * 18


@pytest.mark.parametrize(("lang", "word"), [("en", "continued"), ("fr", "suite")])
def test_a_rationale_continued_overleaf_names_its_supporter_and_level(
    demo_database, lang: str, word: str
) -> None:
    rationale = "\n\n".join([PARAGRAPH] * 8)  # several rows of one supporter, over a page
    with demo_database.write() as tx:
        add_judgement(tx, "Japan", "GOV-2", "limited", dt.date(2025, 3, 1), rationale)
    pdf, _ = build("full", demo_database, stakeholders=("Japan",), lang=lang)
    pages = [" ".join(text.split()) for text in pages_of(pdf)]
    marked = [n for n, text in enumerate(pages) if f"Japan ({word})" in text]
    assert marked, "no page repeats the supporter of a continued rationale"
    for n in marked:
        assert "Limit" in pages[n].split(f"Japan ({word})", 1)[1][:40]  # its level beside it
        assert f"Japan ({word})" not in pages[n - 1] or n - 1 in marked
    assert not faults(pdf)
