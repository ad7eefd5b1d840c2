"""Hostile stale edits: whatever two people typed, a save from a stale copy is refused with
both versions exactly as typed and nothing changed; keeping mine then stores mine; the
side-by-side comparison shows any text, highlighting exactly the fields that differ."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledge_tracker.domain.dto import StakeholderInput
from pledge_tracker.domain.errors import ConflictError, PledgeError
from pledge_tracker.services import stakeholders
from pledge_tracker.services.check import run_check
from pledge_tracker.ui.dialogs.conflict_dialog import ConflictDialog, differing, shown
from tests.reliability import tally
from tests.reliability.hostile import hostile_text


def _canada_id(database) -> int:
    with database.read() as session:
        return stakeholders.find(session, "Canada").id


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(theirs=hostile_text, mine=hostile_text)
def test_a_stale_save_of_hostile_notes_carries_both_and_keep_mine_stores_mine(
    database, theirs: str, mine: str
) -> None:
    rid = _canada_id(database)
    opened = stakeholders.read_one(database, rid)
    try:
        with database.write(actor="Other Officer") as tx:
            # Numbered by the version read, so each example really changes the record.
            their_notes = f"{opened.version}: {theirs}"
            stakeholders.edit(tx, rid, replace(StakeholderInput.of(opened), notes=their_notes))
    except PledgeError as exc:  # their text refused (too long, control characters): fine
        assert "\n" not in str(exc)
        tally.refused("stale edit: hostile notes")
        return
    stored = stakeholders.read_one(database, rid)
    typed = replace(StakeholderInput.of(opened), notes=mine)
    try:
        with database.write() as tx:
            stakeholders.edit(tx, rid, typed, expected_version=opened.version)
    except ConflictError as conflict:
        assert conflict.mine is not None and conflict.theirs is not None
        assert conflict.mine["notes"] == mine  # exactly as typed
        assert conflict.theirs["notes"] == stored.notes
        assert stakeholders.read_one(database, rid) == stored  # nothing changed
        version = conflict.version
    else:
        raise AssertionError("a save from a stale copy was not refused")
    assert isinstance(version, int)
    try:
        with database.write() as tx:  # Keep mine
            kept = stakeholders.edit(tx, rid, typed, expected_version=version)
    except PledgeError as exc:  # my text refused on its own merits: nothing changed
        assert "\n" not in str(exc)
        assert stakeholders.read_one(database, rid) == stored
        tally.refused("stale edit: hostile notes")
        return
    assert stakeholders.read_one(database, rid).notes == kept.notes
    assert run_check(database).ok
    tally.accepted("stale edit: hostile notes kept as mine")


@settings(max_examples=40, deadline=None)
@given(
    fields=st.dictionaries(
        st.sampled_from(["name", "notes", "title", "place", "odd_field"]),
        st.tuples(hostile_text, hostile_text),
        min_size=1,
    )
)
def test_the_comparison_shows_any_text_and_highlights_exactly_the_differences(
    qapp, fields: dict[str, tuple[str, str]]
) -> None:
    conflict = ConflictError(
        "stale",
        mine={key: pair[0] for key, pair in fields.items()},
        theirs={key: pair[1] for key, pair in fields.items()},
        version=2,
    )
    dialog = ConflictDialog(conflict)
    try:
        expected = [key for key, (a, b) in fields.items() if shown(a) != shown(b)]
        assert dialog.changed == differing(conflict) == expected
        for key, (a, b) in fields.items():
            yours, stored = dialog.row_texts(key)
            assert (yours or "", stored or "") != ("", "")  # an empty value is said, not blank
            if shown(a):
                assert yours == shown(a)
            if shown(b):
                assert stored == shown(b)
    finally:
        dialog.deleteLater()
    tally.accepted("conflict comparison: hostile text")
