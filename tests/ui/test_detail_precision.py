"""The detail panel prints a judgement known only to the year as the year, not 1 January."""

from __future__ import annotations

import datetime as dt

from pledge_tracker.services import commitments, queries, stakeholders
from pledge_tracker.services.convert import commitment_dto, stakeholder_dto
from pledge_tracker.ui.models.cell_detail import load_cell_detail
from pledge_tracker.ui.widgets import detail_html


def test_a_year_precision_judgement_shows_its_year(demo_database) -> None:
    as_of = dt.date(2026, 12, 1)
    with demo_database.read() as session:
        nz = stakeholder_dto(stakeholders.find(session, "New Zealand"))
        gov4 = commitment_dto(commitments.find(session, "GOV-4"))
        cell = queries.matrix(session, as_of).cell(nz.id, gov4.id)
    assert cell.effective_precision == "year"  # EV-28 and its judgement: 2021 only
    detail = load_cell_detail(demo_database, nz, gov4, cell, as_of)
    html = detail_html.render(detail, as_of)
    assert "effective 2021 " in html or "effective 2021<" in html
    assert "2021-01-01" not in html
