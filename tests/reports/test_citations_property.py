"""Property over generated databases: every level printed on a scorecard has its cited
evidence in that scorecard's own reference list, whole (title and address)."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from pledge_tracker.db import models as m
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.domain.levels import Level
from pledge_tracker.services import evidence, stakeholders
from pledge_tracker.services.commitments import find as find_commitment
from tests.reports.conftest import add_judgement, build

PEOPLE = ("Japan", "France")
CODES = ("GOV-1", "GOV-2", "GOV-3")
JUDGED = [lv.value for lv in Level if lv.counts_as_assessed]

plans = st.lists(
    st.tuples(
        st.sampled_from(PEOPLE),
        st.sampled_from(CODES),
        st.sampled_from(JUDGED),
        st.lists(st.integers(0, 7), max_size=4, unique=True),  # which items it cites
    ),
    min_size=1,
    max_size=6,
    unique_by=lambda plan: (plan[0], plan[1]),
)


def _squash(text: str) -> str:
    return "".join(text.split())


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plan=plans, url_length=st.integers(10, 200))
def test_every_cited_item_is_in_its_scorecards_reference_list(
    demo_database, plan, url_length: int
) -> None:
    with demo_database.write() as tx:
        tx.session.execute(delete(m.assessment_evidence))
        tx.session.execute(delete(m.Assessment))
        items = []
        for number in range(8):
            url = f"https://example.org/{number}/" + "x" * url_length
            item = evidence.add(
                tx,
                EvidenceInput(
                    title=f"Item number {number} zz",
                    kind="other",
                    source_url=url,
                    effective="2024-06-01",
                ),
            )
            items.append(item)
        for person, code, level, cites in plan:
            stakeholders.find(tx.session, person)
            find_commitment(tx.session, code)
            chosen = tuple(items[i].id for i in cites)
            add_judgement(tx, person, code, level, dt.date(2025, 1, 10), "Why.", chosen)
    pdf, _ = build("scorecard", demo_database, stakeholders=PEOPLE)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    starts = [(o["/Title"], reader.get_destination_page_number(o)) for o in reader.outline]
    ends = [page for _, page in starts[1:]] + [len(reader.pages)]
    for (name, start), end in zip(starts, ends, strict=True):
        text = "\n".join(reader.pages[i].extract_text() for i in range(start, end))
        listed = text[text.index("Evidence cited") :]
        assert "more items" not in text
        for person, _, _, cites in plan:
            if person != name:
                continue
            for i in cites:
                assert f"Item number {i} zz" in listed
                assert _squash(items[i].source_url or "") in _squash(listed)
        cited_anywhere = {i for p, _, _, c in plan if p == name for i in c}
        for i in set(range(8)) - cited_anywhere:
            assert f"Item number {i} zz" not in listed  # only what this supporter's ratings cite
