"""What the import wizard's pages share: their ids, the entities an import changes, messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.ui.error_text import error_text

PREVIEW_ROWS = 20
CHOOSE, PREVIEW, MAPPING, CHECK, IMPORT = range(5)
# What each kind of import changes, as the views' data_changed signal names it.
ENTITIES = {
    "supporters": "stakeholder",
    "evidence": "evidence",
    "assessments": "assessment",
    "actions": "action",
    "sightings": "sighting",
    "events": "event",
    "incidents": "incident",
    "activations": "protocol_activation",
}


def error_message(error: BaseException) -> str:
    """What a user is told about a failure: our own errors as they are, others marked."""
    return (
        error_text(error)
        if isinstance(error, PledgeError)
        else QCoreApplication.translate("ImportWizard", "Unexpected error: {0}").format(error)
    )
