"""Counts in the command line's sentences ("1 supporter", "2 supporters"); shortened text.

The desktop app counts through Qt's plural forms and the reports through their catalogue;
this is the same rule for the summaries the services return to the command line.
"""

from __future__ import annotations

# A record kind (import kind or entity name) -> its singular and plural as users call them.
NOUNS: dict[str, tuple[str, str]] = {
    "supporters": ("supporter", "supporters"),
    "stakeholder": ("supporter", "supporters"),
    "evidence": ("evidence item", "evidence items"),
    "assessments": ("assessment", "assessments"),
    "assessment": ("assessment", "assessments"),
    "actions": ("action", "actions"),
    "action": ("action", "actions"),
    "sightings": ("sighting", "sightings"),
    "sighting": ("sighting", "sightings"),
    "events": ("event", "events"),
    "event": ("event", "events"),
    "incidents": ("incident", "incidents"),
    "incident": ("incident", "incidents"),
    "activations": ("protocol activation", "protocol activations"),
    "protocol_activation": ("protocol activation", "protocol activations"),
    "supporter_response": ("supporter response", "supporter responses"),
    "framework": ("framework", "frameworks"),
    "commitment": ("commitment", "commitments"),
    "report note": ("report note", "report notes"),
    "indicators": ("published figure", "published figures"),
    "indicator": ("published figure", "published figures"),
    "reply": ("reply", "replies"),
    "attachment": ("attachment", "attachments"),
    "audit entry": ("audit entry", "audit entries"),
    "conflict": ("conflict", "conflicts"),
    "row with errors": ("row with errors", "rows with errors"),
    "instruments": ("instrument", "instruments"),
    "instrument": ("instrument", "instruments"),
    "membership": ("membership", "memberships"),
}


def counted(count: int, noun: str) -> str:
    """`count` and the noun in the right number ("1 supporter", "0 supporters")."""
    one, many = NOUNS.get(noun, (noun, noun + "s"))
    return f"{count} {one if count == 1 else many}"


def shorten(text: str | None, limit: int) -> str:
    """At most `limit` characters, with an ellipsis where text was cut."""
    value = " ".join(str(text or "").split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"
