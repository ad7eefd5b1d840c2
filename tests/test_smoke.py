"""The seeded database holds the Call as the reference describes it."""

from pledge_tracker.services import queries


def test_seeded_database_holds_the_call(database) -> None:
    with database.read() as session:
        counts = queries.record_counts(session)
    assert counts["commitments"] == 24
    assert counts["stakeholders"] == 74
    assert counts["assessments"] == 0
