"""The string catalogue: every language has every word; numbers and dates are local."""

from __future__ import annotations

import datetime as dt

from pledge_tracker.domain.levels import Level
from pledge_tracker.reports.text import CATALOGUES, EN, Text


def test_every_catalogue_has_every_key() -> None:
    for lang, words in CATALOGUES.items():
        assert set(words) == set(EN), lang


def test_every_level_has_a_label_in_every_language() -> None:
    for lang in CATALOGUES:
        labels = {Text(lang).level(level) for level in Level}
        assert len(labels) == len(Level)


def test_dates_numbers_and_changes_follow_the_language() -> None:
    en, fr = Text("en"), Text("fr")
    assert en.date(dt.date(2019, 5, 15)) == "15 May 2019"
    assert fr.date(dt.date(2019, 5, 1)) == "1er mai 2019"
    assert en.number(41.66) == "41.7" and fr.number(41.66) == "41,7"
    assert en.percent(0.62) == "62%" and fr.percent(0.62) == "62\u00a0%"
    assert en.change(3.25) == "▲ +3.2" and en.change(-1.5) == "▼ −1.5" and en.change(0) == "= 0"
