"""The command line's summaries count in the right number."""

from __future__ import annotations

from pledge_tracker.domain.words import counted
from pledge_tracker.services.transfer.importer import ImportReport, RowOutcome


def test_counts_read_right() -> None:
    assert counted(1, "supporters") == "1 supporter"
    assert counted(2, "supporters") == "2 supporters"
    assert counted(0, "evidence") == "0 evidence items"
    assert counted(1, "audit entry") == "1 audit entry"
    assert counted(3, "audit entry") == "3 audit entries"


def test_an_import_summary_says_1_supporter_and_1_row_with_errors() -> None:
    outcomes = (
        RowOutcome(2, "add", "Atlantis"),
        RowOutcome(3, "error", "Utopia", "not a code", field="country_code"),
    )
    text = ImportReport("people.csv", "supporters", outcomes, applied=False).summary()
    assert "would import 1 supporter," in text
    assert "1 row with errors" in text
