"""The rules of a merge: which records it walks and how it matches them, and its conflicts.

Records are walked in SPECS order, so a record's references are translated to this
database's ids before the record itself is reached. A conflict is one record that differs
here and in the package; `chooser` settles each one to MINE, THEIRS or undecided (None).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from pledge_tracker.domain.errors import ValidationError

MINE, THEIRS = "mine", "theirs"


@dataclass(frozen=True)
class FieldDiff:
    field: str
    mine: str
    theirs: str


@dataclass(frozen=True)
class Conflict:
    """One record that differs here and in the package."""

    key: str  # entity:uid-here; what a resolution names
    entity: str
    uid: str
    their_uid: str
    label: str
    diffs: tuple[FieldDiff, ...]


@dataclass(frozen=True)
class Spec:
    entity: str
    table: str
    natural: str | tuple[str, ...] | None  # column(s) that also identify a record

    def natural_key(self, row: dict[str, Any]) -> Any:
        """The record's natural key (columns as translated to this database's ids)."""
        if isinstance(self.natural, tuple):
            return tuple(row[column] for column in self.natural)
        return row[self.natural] if self.natural else None

    refs: tuple[tuple[str, str], ...]
    label: Callable[[dict[str, Any]], str]


SPECS: tuple[Spec, ...] = (
    Spec("framework", "frameworks", "code", (), lambda r: r["code"]),
    Spec(
        "commitment", "commitments", "code", (("framework_id", "frameworks"),), lambda r: r["code"]
    ),
    Spec("stakeholder", "stakeholders", "name_key", (), lambda r: r["name"]),
    Spec("evidence", "evidence", None, (), lambda r: r["title"]),
    Spec(
        "assessment",
        "assessments",
        None,
        (("stakeholder_id", "stakeholders"), ("commitment_id", "commitments")),
        lambda r: f"{r['level']} effective {r['effective']}",
    ),
    Spec(
        "action",
        "actions",
        None,
        (("stakeholder_id", "stakeholders"), ("commitment_id", "commitments")),
        lambda r: r["title"],
    ),
    Spec("incident", "incidents", "name", (), lambda r: r["name"]),
    Spec(
        "protocol_activation",
        "protocol_activations",
        None,
        (("incident_id", "incidents"),),
        lambda r: f"{r['protocol']} activated {r['activated_at']}",
    ),
    Spec(
        "supporter_response",
        "supporter_responses",
        None,
        (
            ("incident_id", "incidents"),
            ("stakeholder_id", "stakeholders"),
            ("evidence_id", "evidence"),
        ),
        lambda r: f"first action {r['first_action_at']}",
    ),
    Spec(
        "sighting",
        "sightings",
        None,
        (("stakeholder_id", "stakeholders"), ("incident_id", "incidents")),
        lambda r: r["platform"],
    ),
    Spec("report_note", "report_notes", "key", (), lambda r: r["key"]),
    # Matched by uid: the reference's events have the same uid in every database.
    Spec("event", "events", None, (), lambda r: f"{r['dated']} {r['title']}"),
    # Reference memberships and instruments are seeded in every database under new uids:
    # a membership is the same one for the same member and body, an instrument by its name.
    Spec(
        "membership",
        "memberships",
        ("member_id", "body"),
        (("member_id", "stakeholders"),),
        lambda r: r["body"],
    ),
    Spec(
        "instrument",
        "instruments",
        "name",
        (("struck_down_by_id", "instruments"),),
        lambda r: r["name"],
    ),
    Spec(
        "indicator",
        "indicators",
        None,
        (("stakeholder_id", "stakeholders"), ("evidence_id", "evidence")),
        lambda r: f"{r['metric']} {r['period_start']} to {r['period_end']}",
    ),
)


def chooser(
    resolutions: Mapping[str, str] | None, default: str | None
) -> Callable[[Conflict], str | None]:
    """How conflicts are settled: by key or uid (here or in the package), else the default."""
    given = dict(resolutions or {})
    for value in (*given.values(), default):
        if value not in (MINE, THEIRS, None):
            raise ValidationError.because("resolution", "not_a_resolution", value=value)

    def choose(conflict: Conflict) -> str | None:
        for name in (conflict.key, conflict.uid, conflict.their_uid):
            if name in given:
                return given[name]
        return default

    return choose
