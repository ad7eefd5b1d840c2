"""The closed vocabularies of the domain: supporter kinds, commitment groups and the rest."""

from __future__ import annotations

from enum import StrEnum


class StakeholderKind(StrEnum):
    GOVERNMENT = "government"
    INTERGOVERNMENTAL = "intergovernmental"
    ONLINE_SERVICE_PROVIDER = "online_service_provider"
    PARTNER = "partner"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class DatePrecision(StrEnum):
    """How much of a date the source gives: the day, only the month, or only the year.

    A date known to the month or year is stored as its first day with this precision beside
    it, and printed as far as it is known ("May 2021", "2021"), never as that first day.
    """

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class CommitmentGroup(StrEnum):
    GOVERNMENTS = "governments"
    ONLINE_SERVICE_PROVIDERS = "online_service_providers"
    JOINT = "governments_and_online_service_providers"

    @property
    def label(self) -> str:
        return _GROUP_LABELS[self]


_GROUP_LABELS = {
    CommitmentGroup.GOVERNMENTS: "Governments",
    CommitmentGroup.ONLINE_SERVICE_PROVIDERS: "Online service providers",
    CommitmentGroup.JOINT: "Governments and providers together",
}

# Which commitment groups bind which kind of supporter (the default pledges). Partners
# support the Call's joint work but sign no government or provider commitments.
PLEDGED_GROUPS: dict[StakeholderKind, frozenset[CommitmentGroup]] = {
    StakeholderKind.GOVERNMENT: frozenset({CommitmentGroup.GOVERNMENTS, CommitmentGroup.JOINT}),
    StakeholderKind.INTERGOVERNMENTAL: frozenset(
        {CommitmentGroup.GOVERNMENTS, CommitmentGroup.JOINT}
    ),
    StakeholderKind.ONLINE_SERVICE_PROVIDER: frozenset(
        {CommitmentGroup.ONLINE_SERVICE_PROVIDERS, CommitmentGroup.JOINT}
    ),
    StakeholderKind.PARTNER: frozenset({CommitmentGroup.JOINT}),
}


class EvidenceKind(StrEnum):
    LEGISLATION = "legislation"
    POLICY_CHANGE = "policy_change"
    TRANSPARENCY_REPORT = "transparency_report"
    TECHNICAL_MEASURE = "technical_measure"
    INDEPENDENT_ASSESSMENT = "independent_assessment"
    NEWS_REPORT = "news_report"
    SELF_REPORT = "self_report"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Origin(StrEnum):
    """Who made the judgement an assessment records."""

    INDEPENDENT_REVIEW = "independent_review"
    SELF_REPORT = "self_report"
    STAKEHOLDER_REPLY = "stakeholder_reply"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Confidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Reliability(StrEnum):
    """How far the source of a piece of evidence can be trusted."""

    OFFICIAL = "official"
    REPUTABLE = "reputable"
    SECONDARY = "secondary"
    UNVERIFIED = "unverified"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class EventCategory(StrEnum):
    """The reference's own categories of dated events on the Call's timeline."""

    CALL_MILESTONE = "call_milestone"
    LEGISLATION = "legislation"
    SUPPORTERS = "supporters"
    CRISIS_RESPONSE = "crisis_response"
    LAW_ENFORCEMENT = "law_enforcement"
    INTERGOVERNMENTAL = "intergovernmental"
    INDUSTRY = "industry"
    ADVISORY_NETWORK = "advisory_network"
    ALGORITHMS = "algorithms"
    CONTEXT = "context"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Protocol(StrEnum):
    """The crisis protocols activated after an attack whose content is designed to go viral."""

    CHRISTCHURCH_CALL = "christchurch_call_crp"  # the Call's Crisis Response Protocol
    GIFCT = "gifct_cip"  # GIFCT's Content Incident Protocol
    EU = "eu_crisis_protocol"  # the EU Crisis Protocol
    OTHER = "other"

    @property
    def label(self) -> str:
        return _PROTOCOL_LABELS[self]


_PROTOCOL_LABELS = {
    Protocol.CHRISTCHURCH_CALL: "Christchurch Call Crisis Response Protocol",
    Protocol.GIFCT: "GIFCT Content Incident Protocol",
    Protocol.EU: "EU Crisis Protocol",
    Protocol.OTHER: "Other protocol",
}


class FoundHow(StrEnum):
    """How a sighting came to be known."""

    OWN_SEARCH = "own_search"
    TOOL = "tool"
    TIP = "tip"
    REMOVAL_ORDER = "removal_order"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()
