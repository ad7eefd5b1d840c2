"""The seed is the reference: supporters, commitments (wording unverified), demo data."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.services import commitments, seed, stakeholders

REFERENCE = seed.load_reference()


def test_every_supporter_is_seeded_as_the_reference_gives_it(database: Database) -> None:
    with database.read() as session:
        seeded = {s.name: s for s in stakeholders.list_stakeholders(session)}
    assert set(seeded) == {s["name"] for s in REFERENCE["supporters"]}
    for supporter in REFERENCE["supporters"]:
        row = seeded[supporter["name"]]
        assert row.kind.value == supporter["kind"]
        assert row.country_code == supporter.get("iso2")
        joined = supporter.get("joined")
        assert row.joined == (dt.date.fromisoformat(joined) if joined else None)
        assert row.founding is bool(supporter.get("founding"))
        assert row.joined_verified is bool(supporter.get("joined_verified"))
        assert row.active
        if not supporter.get("membership_verified", True):
            assert "not verified" in (row.notes or "")


def test_commitments_carry_the_draft_wording_marked_not_yet_verified(database: Database) -> None:
    with database.read() as session:
        seeded = {c.code: c for c in commitments.list_commitments(session)}
    assert set(seeded) == {c["id"] for c in REFERENCE["commitments"]}
    for item in REFERENCE["commitments"]:
        row = seeded[item["id"]]
        assert (row.group.value, row.number, row.short_title) == (
            item["group"],
            item["number"],
            item["short_title"],
        )
        if item.get("text") is None:
            assert not row.wording_verified  # never presented as the official text
            assert row.wording.startswith(item["text_unverified_draft"])
            assert row.verified_by is None


def test_demo_data_is_marked_and_every_demo_judgement_cites_its_evidence(
    demo_database: Database,
) -> None:
    with demo_database.read() as session:
        items = session.scalars(select(m.Evidence)).all()
        judgements = session.scalars(select(m.Assessment)).all()
        assert len(items) == len(REFERENCE["evidence_examples"])
        assert all(item.demo and seed.DEMO_NOTE in (item.notes or "") for item in items)
        assert judgements and all(j.demo for j in judgements)
        assert all(seed.DEMO_NOTE in j.rationale and j.evidence for j in judgements)
        sources = {item.source_url for item in items}
    assert sources == {example["source"] for example in REFERENCE["evidence_examples"]}
