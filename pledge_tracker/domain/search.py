"""Accent-blind text search: the one folding used for stored search text and typed words.

The evidence library keeps a folded copy of each item's searchable fields (a derived
column, never audited) and folds every typed word the same way, so "whatua" finds
"Ngāti Whātua" and "COTE" finds "Côte d'Ivoire" on SQLite and PostgreSQL alike: the
folding runs here, in Python, never in the database.
"""

from __future__ import annotations

from collections.abc import Iterable

from pledge_tracker.domain.validate import name_key

EVIDENCE_SEARCH_FIELDS = ("title", "summary", "source_name", "source_url", "notes")


def fold(text: str) -> str:
    """Text as searched: case and accents dropped, runs of spaces made one (as names are)."""
    return name_key(text)


def search_words(text: str) -> list[str]:
    """The folded words of a typed search; each must appear in the searched text."""
    words = (fold(word) for word in text.split())
    return [word for word in words if word]


def searchable_text(values: Iterable[str | None]) -> str:
    """The folded copy stored for a record: its searchable fields joined by spaces.

    A space separates the fields, and a search word holds none, so no word can match
    across the end of one field and the start of the next.
    """
    return fold(" ".join(value for value in values if value))
