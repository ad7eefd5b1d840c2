"""Supporters: add, edit, deactivate; bad input refused, naming the field, writing nothing."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import StakeholderInput
from pledge_tracker.domain.errors import ConflictError, NotFoundError, ValidationError
from pledge_tracker.domain.kinds import StakeholderKind
from pledge_tracker.services import queries, stakeholders
from tests.db.team_users import signed
from tests.reference import GOVERNMENT, JOINT, PROVIDER


def _pledged_groups(database: Database, stakeholder_id: int) -> dict[str, int]:
    with database.read() as session:
        rows = session.execute(
            select(m.Commitment.group, func.count())
            .join(m.Pledge, m.Pledge.commitment_id == m.Commitment.id)
            .where(m.Pledge.stakeholder_id == stakeholder_id)
            .group_by(m.Commitment.group)
        ).all()
    return dict(rows)


def _last_audit(database: Database) -> m.AuditEntry:
    with database.read() as session:
        entry = session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id.desc())).first()
        session.expunge(entry)
    return entry


def test_add_a_supporter_with_its_pledges(database: Database) -> None:
    with database.write(actor="Aroha Ngata") as tx:
        added = stakeholders.add(
            tx,
            StakeholderInput(
                name="  Republic of Testland ",
                kind="Government",
                country_code="tl",
                joined="2024-05-15",
                source_url="https://example.org/testland",
            ),
        )
    assert added.name == "Republic of Testland"
    assert added.kind is StakeholderKind.GOVERNMENT
    assert (added.country_code, added.joined) == ("TL", dt.date(2024, 5, 15))
    assert added.active and added.version == 1
    with database.read() as session:
        listed = {s.name: s for s in stakeholders.list_stakeholders(session)}
    assert listed["Republic of Testland"] == added
    # Governments take every government commitment and every joint one.
    assert _pledged_groups(database, added.id) == {
        "governments": GOVERNMENT,
        "governments_and_online_service_providers": JOINT,
    }
    entry = _last_audit(database)
    assert (entry.action, entry.entity, entry.record_uid, entry.actor) == (
        "add",
        "stakeholder",
        added.uid,
        signed(database, "Aroha Ngata"),
    )
    assert entry.before is None and json.loads(entry.after)["name"] == "Republic of Testland"


@pytest.mark.parametrize(
    ("kind", "groups"),
    [
        (
            "online_service_provider",
            {
                "online_service_providers": PROVIDER,
                "governments_and_online_service_providers": JOINT,
            },
        ),
        ("partner", {"governments_and_online_service_providers": JOINT}),
        (
            "intergovernmental",
            {"governments": GOVERNMENT, "governments_and_online_service_providers": JOINT},
        ),
    ],
)
def test_pledges_follow_the_kind(database: Database, kind: str, groups: dict[str, int]) -> None:
    with database.write() as tx:
        added = stakeholders.add(tx, StakeholderInput(name=f"Test {kind}", kind=kind))
    assert _pledged_groups(database, added.id) == groups


def test_edit_a_supporter_is_audited_and_a_new_kind_changes_the_pledges(
    database: Database,
) -> None:
    with database.write() as tx:
        added = stakeholders.add(tx, StakeholderInput(name="Testco", kind="government"))
    with database.write() as tx:
        edited = stakeholders.edit(
            tx,
            added.id,
            StakeholderInput(name="TestCo Ltd", kind="online_service_provider", notes="renamed"),
            expected_version=added.version,
        )
    assert (edited.name, edited.kind, edited.notes) == (
        "TestCo Ltd",
        StakeholderKind.ONLINE_SERVICE_PROVIDER,
        "renamed",
    )
    assert edited.version == added.version + 1
    assert _pledged_groups(database, added.id) == {
        "online_service_providers": PROVIDER,
        "governments_and_online_service_providers": JOINT,
    }
    entry = _last_audit(database)
    assert (entry.action, entry.record_uid) == ("edit", added.uid)
    assert json.loads(entry.before)["name"] == "Testco"
    assert json.loads(entry.after)["name"] == "TestCo Ltd"


def test_a_typed_join_date_is_no_longer_marked_inferred(database: Database) -> None:
    with database.read() as session:
        inferred = next(s for s in stakeholders.list_stakeholders(session) if not s.joined_verified)
    with database.write() as tx:
        edited = stakeholders.edit(
            tx,
            inferred.id,
            StakeholderInput(
                name=inferred.name,
                kind=inferred.kind,
                country_code=inferred.country_code,
                joined="2020-01-31",
            ),
        )
    assert edited.joined == dt.date(2020, 1, 31)
    assert edited.joined_verified and edited.joined_basis is None


def test_a_name_may_change_its_own_case(database: Database) -> None:
    with database.read() as session:
        nz = stakeholders.find(session, "New Zealand")
        nz_id, kind = nz.id, nz.kind
    with database.write() as tx:
        edited = stakeholders.edit(tx, nz_id, StakeholderInput(name="NEW ZEALAND", kind=kind))
    assert edited.name == "NEW ZEALAND"


def test_deactivate_keeps_the_history_and_leaves_the_matrix(database: Database) -> None:
    with database.read() as session:
        nz_id = stakeholders.find(session, "new zealand").id
    with database.write() as tx:
        gone = stakeholders.set_active(tx, nz_id, False)
    assert not gone.active
    with database.read() as session:
        active = {s.id for s in stakeholders.list_stakeholders(session, include_inactive=False)}
        everyone = {s.id for s in stakeholders.list_stakeholders(session)}
        grid = queries.matrix(session, dt.date(2024, 1, 1))
        pledges = queries.pledges(session)
    assert nz_id not in active and nz_id in everyone
    assert nz_id not in {row.stakeholder.id for row in grid.rows}
    assert any(s == nz_id for s, _ in pledges)  # nothing deleted
    assert _last_audit(database).action == "deactivate"
    with database.write() as tx:
        back = stakeholders.set_active(tx, nz_id, True)
    assert back.active and _last_audit(database).action == "reactivate"


def test_find_by_name_or_country_code(database: Database) -> None:
    with database.read() as session:
        assert stakeholders.find(session, "nz").name == "New Zealand"
        assert stakeholders.find(session, "FRANCE").country_code == "FR"
        with pytest.raises(NotFoundError) as caught:
            stakeholders.find(session, "Atlantis", field="supporter")
    assert caught.value.field == "supporter"


@pytest.mark.parametrize("clash", ["new zealand", "NEW   ZEALAND", "Nēw Zéaland", " New Zealand "])
def test_a_duplicate_name_is_refused_regardless_of_case_and_accents(
    database: Database, unchanged, clash: str
) -> None:
    with unchanged(), pytest.raises(ValidationError) as caught:
        with database.write() as tx:
            stakeholders.add(tx, StakeholderInput(name=clash, kind="government"))
    assert caught.value.field == "name"
    assert "New Zealand" in caught.value.message and "already exists" in caught.value.message


def test_renaming_onto_another_supporter_is_refused(database: Database, unchanged) -> None:
    with database.read() as session:
        france = stakeholders.find(session, "France")
        france_id, kind = france.id, france.kind
    with unchanged(), pytest.raises(ValidationError) as caught:
        with database.write() as tx:
            stakeholders.edit(tx, france_id, StakeholderInput(name="new zealand", kind=kind))
    assert caught.value.field == "name"


@pytest.mark.parametrize(
    ("typed", "field"),
    [
        ({"name": "   "}, "name"),
        ({"kind": "company"}, "kind"),
        ({"country_code": "NZL"}, "country_code"),
        ({"joined": "2019-02-30"}, "joined"),
        ({"joined": "15/05/2019"}, "joined"),
        ({"source_url": "javascript:alert(1)"}, "source_url"),
        ({"source_url": "file:///etc/passwd"}, "source_url"),
    ],
)
def test_bad_input_is_refused_naming_the_field(
    database: Database, unchanged, typed: dict[str, str], field: str
) -> None:
    values = {"name": "Valid Name", "kind": "government"} | typed
    with unchanged(), pytest.raises(ValidationError) as caught:
        with database.write() as tx:
            stakeholders.add(tx, StakeholderInput(**values))
    assert caught.value.field == field
    assert f"field '{field}'" in str(caught.value)


def test_unknown_supporter_and_stale_edits_are_refused(database: Database, unchanged) -> None:
    with unchanged():
        with pytest.raises(NotFoundError) as caught, database.write() as tx:
            stakeholders.edit(tx, 99_999, StakeholderInput(name="X", kind="government"))
        assert caught.value.field == "stakeholder"
        with pytest.raises(NotFoundError), database.write() as tx:
            stakeholders.set_active(tx, 99_999, False)
        with database.read() as session:
            nz = stakeholders.find(session, "New Zealand")
            nz_id, kind, version = nz.id, nz.kind, nz.version
        with pytest.raises(ConflictError), database.write() as tx:
            stakeholders.edit(
                tx,
                nz_id,
                StakeholderInput(name="Aotearoa", kind=kind),
                expected_version=version + 1,
            )
