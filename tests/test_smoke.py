"""The seeded database holds the Call as the reference describes it."""

from pledge_tracker.services import queries
from tests.reference import COMMITMENTS, SUPPORTERS


def test_seeded_database_holds_the_call(database) -> None:
    with database.read() as session:
        counts = queries.record_counts(session)
    assert counts["commitments"] == COMMITMENTS
    assert counts["stakeholders"] == SUPPORTERS
    assert counts["assessments"] == 0
