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


MAX_WORDS = 50  # distinct words searched for; the database limits how many conditions
MAX_WORD = 1_000  # characters of a word searched for (SQLite refuses longer LIKE patterns)


def search_words(text: str) -> list[str]:
    """The folded words of a typed search; each must appear in the searched text.

    A word found inside another typed word adds nothing and is dropped; beyond MAX_WORDS
    words, or MAX_WORD characters in one, the rest is left out (a pasted page still
    searches instead of failing).
    """
    words: list[str] = []
    for word in (fold(word)[:MAX_WORD] for word in text.split()):
        if word and word not in words:
            words.append(word)
        if len(words) >= 4 * MAX_WORDS:  # enough to choose from; a pasted book stops here
            break
    kept = [w for w in words if not any(w != other and w in other for other in words)]
    return kept[:MAX_WORDS]


def searchable_text(values: Iterable[str | None]) -> str:
    """The folded copy stored for a record: its searchable fields joined by spaces.

    A space separates the fields, and a search word holds none, so no word can match
    across the end of one field and the start of the next.
    """
    return fold(" ".join(value for value in values if value))
