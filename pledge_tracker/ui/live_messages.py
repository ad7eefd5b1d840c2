"""The status bar's words for a colleague's change: "Aroha Ngata recorded 2 assessments
(New Zealand · GOV-1)", or "A colleague changed the record" when it cannot say more.

Each count is a literal Qt plural (%n) in the "LiveRefresh" context, so that pyside6-lupdate
finds it and the translation files give each language its forms.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from pledge_tracker.services.change_feed import Feed

_WORDS: dict[str, Callable[[int], str]] = {
    "assessment": lambda n: QCoreApplication.translate("LiveRefresh", "%n assessment(s)", None, n),
    "evidence": lambda n: QCoreApplication.translate("LiveRefresh", "%n evidence item(s)", None, n),
    "stakeholder": lambda n: QCoreApplication.translate("LiveRefresh", "%n supporter(s)", None, n),
    "commitment": lambda n: QCoreApplication.translate("LiveRefresh", "%n commitment(s)", None, n),
    "action": lambda n: QCoreApplication.translate("LiveRefresh", "%n action(s)", None, n),
    "sighting": lambda n: QCoreApplication.translate("LiveRefresh", "%n sighting(s)", None, n),
    "incident": lambda n: QCoreApplication.translate("LiveRefresh", "%n incident(s)", None, n),
    "event": lambda n: QCoreApplication.translate("LiveRefresh", "%n event(s)", None, n),
}

# The audit's action names (services' tx.audit calls) and what the sentence says for each.
_VERBS: dict[str, Callable[[], str]] = {
    "record": lambda: QCoreApplication.translate("LiveRefresh", "{0} recorded {1}"),
    "add": lambda: QCoreApplication.translate("LiveRefresh", "{0} added {1}"),
    "import": lambda: QCoreApplication.translate("LiveRefresh", "{0} imported {1}"),
    "delete": lambda: QCoreApplication.translate("LiveRefresh", "{0} deleted {1}"),
    "withdraw": lambda: QCoreApplication.translate("LiveRefresh", "{0} withdrew {1}"),
    "review": lambda: QCoreApplication.translate("LiveRefresh", "{0} reviewed {1}"),
}


def records_text(entity: str, count: int) -> str:
    """`count` records of one audited kind, e.g. "2 assessments" ("3 records" for others)."""
    say = _WORDS.get(entity)
    if say is not None:
        return say(count)
    return QCoreApplication.translate("LiveRefresh", "%n record(s)", None, count)


def news_text(feed: Feed) -> str:
    """One line saying who changed what (the changes must be someone else's)."""
    changes = feed.changes
    if changes is None or changes.unknown or feed.headline is None:
        return QCoreApplication.translate("LiveRefresh", "A colleague changed the record")
    action, entity, count = feed.headline
    who = changes.actor or QCoreApplication.translate("LiveRefresh", "A colleague")
    verb = _VERBS.get(
        action, lambda: QCoreApplication.translate("LiveRefresh", "{0} changed {1}")
    )()
    text = verb.format(who, records_text(entity, count))
    if feed.place is not None:
        text += f" ({feed.place.supporter} · {feed.place.commitment})"
    if feed.others:
        text += QCoreApplication.translate("LiveRefresh", ", and more")
    return text
