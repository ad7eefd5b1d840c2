"""Sighting addresses are only ever shown defanged, and defanging twice changes nothing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pledge_tracker.domain.defang import defang, is_defanged


def test_defang_breaks_the_scheme_and_every_dot() -> None:
    assert defang("https://bad.example/video") == "hxxps://bad[.]example/video"
    assert defang("HTTP://a.b").lower() == "hxxp://a[.]b"
    assert defang("ftp://files.example/x") == "fxp://files[.]example/x"
    assert defang("mailto:someone@mail.example") == "mailto:someone[@]mail[.]example"


@given(st.text(alphabet="htps:/.@[]wx-ab", max_size=40))
def test_defanging_twice_is_defanging_once_and_leaves_no_live_address(text: str) -> None:
    once = defang(text)
    assert defang(once) == once
    assert is_defanged(defang("https://" + text + ".example/" + text))
