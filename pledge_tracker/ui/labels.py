"""The domain's closed vocabularies (levels, kinds, statuses …) in the user's language.

The domain keeps English labels and no Qt (import-linter); the screen shows them through
these tables. Each table's texts are marked with QT_TRANSLATE_NOOP under the enum's name as
context, so that `make translations` extracts them, and translated under the same context
when shown. A value outside the vocabulary (an older database, another kind of record) is
shown as itself, made readable, never refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from pledge_tracker.domain.instruments import InstrumentKind, InstrumentStatus
from pledge_tracker.domain.kinds import (
    CommitmentGroup,
    Confidence,
    EventCategory,
    EvidenceKind,
    FoundHow,
    Origin,
    Protocol,
    Reliability,
    StakeholderKind,
)
from pledge_tracker.domain.levels import Level
from pledge_tracker.ui.translatable import QT_TRANSLATE_NOOP

LEVELS: dict[Level, str] = {
    Level.COMPLETE: QT_TRANSLATE_NOOP("Level", "Complete"),
    Level.SUBSTANTIAL: QT_TRANSLATE_NOOP("Level", "Substantial"),
    Level.LIMITED: QT_TRANSLATE_NOOP("Level", "Limited"),
    Level.NOT_STARTED: QT_TRANSLATE_NOOP("Level", "Not started"),
    Level.REGRESSED: QT_TRANSLATE_NOOP("Level", "Regressed"),
    Level.NO_EVIDENCE: QT_TRANSLATE_NOOP("Level", "No evidence found"),
    Level.NOT_ASSESSED: QT_TRANSLATE_NOOP("Level", "Not assessed"),
    Level.NOT_APPLICABLE: QT_TRANSLATE_NOOP("Level", "Not applicable"),
}
GROUPS: dict[CommitmentGroup, str] = {
    CommitmentGroup.GOVERNMENTS: QT_TRANSLATE_NOOP("CommitmentGroup", "Governments"),
    CommitmentGroup.ONLINE_SERVICE_PROVIDERS: QT_TRANSLATE_NOOP(
        "CommitmentGroup", "Online service providers"
    ),
    CommitmentGroup.JOINT: QT_TRANSLATE_NOOP(
        "CommitmentGroup", "Governments and providers together"
    ),
}
STAKEHOLDER_KINDS: dict[StakeholderKind, str] = {
    StakeholderKind.GOVERNMENT: QT_TRANSLATE_NOOP("StakeholderKind", "Government"),
    StakeholderKind.INTERGOVERNMENTAL: QT_TRANSLATE_NOOP("StakeholderKind", "Intergovernmental"),
    StakeholderKind.ONLINE_SERVICE_PROVIDER: QT_TRANSLATE_NOOP(
        "StakeholderKind", "Online service provider"
    ),
    StakeholderKind.PARTNER: QT_TRANSLATE_NOOP("StakeholderKind", "Partner"),
}
EVIDENCE_KINDS: dict[EvidenceKind, str] = {
    EvidenceKind.LEGISLATION: QT_TRANSLATE_NOOP("EvidenceKind", "Legislation"),
    EvidenceKind.POLICY_CHANGE: QT_TRANSLATE_NOOP("EvidenceKind", "Policy change"),
    EvidenceKind.TRANSPARENCY_REPORT: QT_TRANSLATE_NOOP("EvidenceKind", "Transparency report"),
    EvidenceKind.TECHNICAL_MEASURE: QT_TRANSLATE_NOOP("EvidenceKind", "Technical measure"),
    EvidenceKind.INDEPENDENT_ASSESSMENT: QT_TRANSLATE_NOOP(
        "EvidenceKind", "Independent assessment"
    ),
    EvidenceKind.NEWS_REPORT: QT_TRANSLATE_NOOP("EvidenceKind", "News report"),
    EvidenceKind.SELF_REPORT: QT_TRANSLATE_NOOP("EvidenceKind", "Self report"),
    EvidenceKind.OTHER: QT_TRANSLATE_NOOP("EvidenceKind", "Other"),
}
ORIGINS: dict[Origin, str] = {
    Origin.INDEPENDENT_REVIEW: QT_TRANSLATE_NOOP("Origin", "Independent review"),
    Origin.SELF_REPORT: QT_TRANSLATE_NOOP("Origin", "Self report"),
    Origin.STAKEHOLDER_REPLY: QT_TRANSLATE_NOOP("Origin", "Stakeholder reply"),
}
CONFIDENCES: dict[Confidence, str] = {
    Confidence.HIGH: QT_TRANSLATE_NOOP("Confidence", "High"),
    Confidence.MEDIUM: QT_TRANSLATE_NOOP("Confidence", "Medium"),
    Confidence.LOW: QT_TRANSLATE_NOOP("Confidence", "Low"),
}
RELIABILITIES: dict[Reliability, str] = {
    Reliability.OFFICIAL: QT_TRANSLATE_NOOP("Reliability", "Official"),
    Reliability.REPUTABLE: QT_TRANSLATE_NOOP("Reliability", "Reputable"),
    Reliability.SECONDARY: QT_TRANSLATE_NOOP("Reliability", "Secondary"),
    Reliability.UNVERIFIED: QT_TRANSLATE_NOOP("Reliability", "Unverified"),
}
EVENT_CATEGORIES: dict[EventCategory, str] = {
    EventCategory.CALL_MILESTONE: QT_TRANSLATE_NOOP("EventCategory", "Call milestone"),
    EventCategory.LEGISLATION: QT_TRANSLATE_NOOP("EventCategory", "Legislation"),
    EventCategory.SUPPORTERS: QT_TRANSLATE_NOOP("EventCategory", "Supporters"),
    EventCategory.CRISIS_RESPONSE: QT_TRANSLATE_NOOP("EventCategory", "Crisis response"),
    EventCategory.LAW_ENFORCEMENT: QT_TRANSLATE_NOOP("EventCategory", "Law enforcement"),
    EventCategory.INTERGOVERNMENTAL: QT_TRANSLATE_NOOP("EventCategory", "Intergovernmental"),
    EventCategory.INDUSTRY: QT_TRANSLATE_NOOP("EventCategory", "Industry"),
    EventCategory.ADVISORY_NETWORK: QT_TRANSLATE_NOOP("EventCategory", "Advisory network"),
    EventCategory.ALGORITHMS: QT_TRANSLATE_NOOP("EventCategory", "Algorithms"),
    EventCategory.CONTEXT: QT_TRANSLATE_NOOP("EventCategory", "Context"),
}
PROTOCOLS: dict[Protocol, str] = {
    Protocol.CHRISTCHURCH_CALL: QT_TRANSLATE_NOOP(
        "Protocol", "Christchurch Call Crisis Response Protocol"
    ),
    Protocol.GIFCT: QT_TRANSLATE_NOOP("Protocol", "GIFCT Content Incident Protocol"),
    Protocol.EU: QT_TRANSLATE_NOOP("Protocol", "EU Crisis Protocol"),
    Protocol.OTHER: QT_TRANSLATE_NOOP("Protocol", "Other protocol"),
}
FOUND_HOW: dict[FoundHow, str] = {
    FoundHow.OWN_SEARCH: QT_TRANSLATE_NOOP("FoundHow", "Own search"),
    FoundHow.TOOL: QT_TRANSLATE_NOOP("FoundHow", "Tool"),
    FoundHow.TIP: QT_TRANSLATE_NOOP("FoundHow", "Tip"),
    FoundHow.REMOVAL_ORDER: QT_TRANSLATE_NOOP("FoundHow", "Removal order"),
}
INSTRUMENT_KINDS: dict[InstrumentKind, str] = {
    InstrumentKind.LAW: QT_TRANSLATE_NOOP("InstrumentKind", "Law"),
    InstrumentKind.REGULATION: QT_TRANSLATE_NOOP("InstrumentKind", "Regulation"),
    InstrumentKind.COURT_DECISION: QT_TRANSLATE_NOOP("InstrumentKind", "Court decision"),
    InstrumentKind.CODE: QT_TRANSLATE_NOOP("InstrumentKind", "Code"),
    InstrumentKind.PROTOCOL: QT_TRANSLATE_NOOP("InstrumentKind", "Protocol"),
}
INSTRUMENT_STATUSES: dict[InstrumentStatus, str] = {
    InstrumentStatus.NOT_YET: QT_TRANSLATE_NOOP("InstrumentStatus", "Not yet applicable"),
    InstrumentStatus.ADOPTED: QT_TRANSLATE_NOOP(
        "InstrumentStatus", "Adopted (date in force not recorded)"
    ),
    InstrumentStatus.IN_FORCE: QT_TRANSLATE_NOOP("InstrumentStatus", "In force"),
    InstrumentStatus.STRUCK_DOWN: QT_TRANSLATE_NOOP("InstrumentStatus", "Struck down"),
    InstrumentStatus.REPEALED: QT_TRANSLATE_NOOP("InstrumentStatus", "Repealed"),
}

# Each vocabulary's table; the context of its texts is the enum's name.
TABLES: dict[type[StrEnum], Mapping[Any, str]] = {
    Level: LEVELS,
    CommitmentGroup: GROUPS,
    StakeholderKind: STAKEHOLDER_KINDS,
    EvidenceKind: EVIDENCE_KINDS,
    Origin: ORIGINS,
    Confidence: CONFIDENCES,
    Reliability: RELIABILITIES,
    EventCategory: EVENT_CATEGORIES,
    Protocol: PROTOCOLS,
    FoundHow: FOUND_HOW,
    InstrumentKind: INSTRUMENT_KINDS,
    InstrumentStatus: INSTRUMENT_STATUSES,
}


def label(vocabulary: type[StrEnum], value: object) -> str:
    """A vocabulary value (member or stored text) in the user's language.

    A text outside the vocabulary is shown readable ("some_value" -> "Some value").
    """
    try:
        member = vocabulary(str(value))
    except ValueError:
        return str(value).replace("_", " ").capitalize()
    return QCoreApplication.translate(vocabulary.__name__, TABLES[vocabulary][member])


def level_label(level: Level | str) -> str:
    """The level's name in the user's language."""
    return label(Level, level)


def group_label(group: CommitmentGroup | str) -> str:
    return label(CommitmentGroup, group)


def stakeholder_kind_label(kind: StakeholderKind | str) -> str:
    return label(StakeholderKind, kind)


def evidence_kind_label(kind: EvidenceKind | str) -> str:
    return label(EvidenceKind, kind)


def origin_label(origin: Origin | str) -> str:
    return label(Origin, origin)


def confidence_label(confidence: Confidence | str) -> str:
    return label(Confidence, confidence)


def reliability_label(reliability: Reliability | str) -> str:
    return label(Reliability, reliability)


def category_label(category: EventCategory | str) -> str:
    """An event category; a timeline entry's category of another kind is shown readable."""
    return label(EventCategory, category)


def protocol_label(protocol: Protocol | str) -> str:
    return label(Protocol, protocol)


def found_how_label(how: FoundHow | str) -> str:
    return label(FoundHow, how)


def instrument_kind_label(kind: InstrumentKind | str) -> str:
    return label(InstrumentKind, kind)


def instrument_status_label(status: InstrumentStatus | str) -> str:
    return label(InstrumentStatus, status)


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
