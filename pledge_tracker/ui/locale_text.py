"""Numbers, dates, names and commitment titles as the interface's language writes them.

The one place the window formats a number, a written date or a short title for the user:
it follows the language chosen in Settings (ui/i18n.apply_language sets the default
QLocale) and writes them exactly as the reports do in that language (reports/text.Text:
"29 novembre 2026", "1 234,5", "45 %", titles marked ‡ where the app translated them).
Table dates stay ISO 8601 (2021-05-14), as in the reports' tables, so columns sort and
read the same in both languages. Names sort in the one order of every table and report
(domain/validate.collation_key: accents and case ignored, French and English alike).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache

from pledge_tracker.domain import titles
from pledge_tracker.domain.dates import iso_as_known
from pledge_tracker.domain.validate import collation_key
from pledge_tracker.reports.text import Text
from pledge_tracker.ui.i18n import ui_language

NONE = "—"  # a missing value, in every language


@cache
def _text(language: str) -> Text:
    return Text(language)


def words() -> Text:
    """The reports' catalogue in the interface's language."""
    return _text(ui_language())


def number(value: float | None, digits: int = 1) -> str:
    """A number with the language's decimal mark and grouping: 1,234.5 / 1 234,5."""
    return NONE if value is None else words().number(value, digits)


def count(value: int) -> str:
    """A whole number, grouped: 12,345 / 12 345."""
    return words().count(value)


def percent(fraction: float | None) -> str:
    """A share as a whole percentage: 45% / 45 % (French: a no-break space before %)."""
    return NONE if fraction is None else words().percent(fraction)


def written_date(day: dt.date | None, precision: str = "day") -> str:
    """A date in words, as far as it is known: 14 May 2021 / 14 mai 2021, mai 2021, 2021."""
    return NONE if day is None else words().date(day, precision)


def table_date(day: dt.date | None, precision: str = "day") -> str:
    """A date in a table: ISO 8601 as far as it is known (2021-05-14, 2021-05, 2021)."""
    return NONE if day is None else iso_as_known(day, precision)


def title(commitment: titles.Titled) -> str:
    """A commitment's short title in the interface's language, ‡ where the app translated it
    (the reports' own Text.title, French spacing and all)."""
    return words().title(commitment)


def code_and_title(commitment: titles.Titled, between: str = " · ") -> str:
    """ "GOV-4 · title": how lists, headings and choosers name a commitment."""
    return f"{commitment.code}{between}{title(commitment)}"


def titles_key(commitments: Iterable[titles.Titled]) -> str:
    """The key to the ‡ mark where one of these titles is the app's translation, else ""."""
    return words().own_titles_key(commitments)


def sort_key(text: str) -> tuple[str, str]:
    """Where `text` sorts among names and titles: the one order of tables and reports."""
    return collation_key(text)
