"""What the import wizard's pages share: their ids, the entities an import changes, messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.ui.error_text import error_text
from pledge_tracker.ui.translatable import QT_TRANSLATE_NOOP

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


# What each kind of import is called in the wizard's lists (translated where shown).
KIND_NAMES = {
    "supporters": QT_TRANSLATE_NOOP("ImportWizard", "Supporters"),
    "evidence": QT_TRANSLATE_NOOP("ImportWizard", "Evidence"),
    "assessments": QT_TRANSLATE_NOOP("ImportWizard", "Assessments"),
    "actions": QT_TRANSLATE_NOOP("ImportWizard", "Actions"),
    "sightings": QT_TRANSLATE_NOOP("ImportWizard", "Sightings"),
    "incidents": QT_TRANSLATE_NOOP("ImportWizard", "Incidents"),
    "activations": QT_TRANSLATE_NOOP("ImportWizard", "Activations"),
    "events": QT_TRANSLATE_NOOP("ImportWizard", "Events"),
    "indicators": QT_TRANSLATE_NOOP("ImportWizard", "Indicators"),
    "instruments": QT_TRANSLATE_NOOP("ImportWizard", "Instruments"),
}


def kind_name(kind: str) -> str:
    """An import kind ("supporters") as the wizard lists it, in the user's language."""
    if kind not in KIND_NAMES:
        return kind.capitalize()
    return QCoreApplication.translate("ImportWizard", KIND_NAMES[kind])


def error_message(error: BaseException) -> str:
    """What a user is told about a failure: our own errors as they are, others marked."""
    return (
        error_text(error)
        if isinstance(error, PledgeError)
        else QCoreApplication.translate("ImportWizard", "Unexpected error: {0}").format(error)
    )
