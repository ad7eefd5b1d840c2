"""Links from evidence open only for http, https and mailto (reliability notes §13).

A stored "evidence URL" handed to the desktop can launch a program (file:, UNC paths,
ms-msdt:, search-ms:…). The same corpus goes through the validator used at data entry and
on import (domain.validate), and through both places the app opens links from.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QUrl

from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.validate import is_safe_link, safe_link
from pledge_tracker.ui.qt_fixes import protect_none

protect_none()

DANGEROUS = [
    "file:///C:/Windows/System32/calc.exe",
    "file:///etc/passwd",
    "FILE:///C:/evil.exe",
    r"C:\evil.exe",
    "C:/evil.exe",
    r"\\server\share\x.exe",
    "//server/share/x.exe",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "javascript://example.org/%0Aalert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "smb://server/share/x.exe",
    "ms-msdt:/id PCWDiagnostic /skip force",
    "search-ms:query=evil&crumb=location:\\\\attacker\\share",
    "ms-officecmd:{}",
    "ftp://example.org/x",
    "  https://example.org/leading-space",
    "https://example.org/trailing-space ",
    "https://exa mple.org/",
    "https://example.org/\nfile:///etc/passwd",
    "https://",
    "https:///path-only",
    "http://[::1",
    "mailto:",
    "mailto:no-at-sign",
    "",
    "   ",
    "example.org",
    "www.example.org/page",
]
SAFE = [
    "https://www.christchurchcall.com/",
    "HTTPS://EXAMPLE.ORG",
    "http://example.org/a?b=1&c=2#frag",
    "https://example.org/M%C4%81ori",
    "https://xn--mori-qsa.nz/",
    "mailto:a@b.nz",
    "MAILTO:secretariat@example.org?subject=Call",
]


SPACED = {"  https://example.org/leading-space", "https://example.org/trailing-space "}


@pytest.mark.parametrize("url", DANGEROUS)
def test_dangerous_links_are_refused_at_entry(url: str) -> None:
    assert not is_safe_link(url)
    if url in SPACED:  # entry trims the spaces: what is stored is the clean link
        assert safe_link(url) == url.strip() and is_safe_link(url.strip())
    elif url.strip():
        with pytest.raises(ValidationError) as raised:
            safe_link(url, "source_url")
        assert raised.value.field == "source_url"


@pytest.mark.parametrize("url", SAFE)
def test_web_and_mail_links_are_accepted(url: str) -> None:
    assert is_safe_link(url)
    assert safe_link(url) == url
    assert QUrl(url).isValid()


@given(st.text(max_size=60))
def test_whatever_is_accepted_is_http_https_or_mailto(text: str) -> None:
    if is_safe_link(text):
        scheme = text.split(":", 1)[0].lower()
        assert scheme in ("http", "https", "mailto")
        assert not any(ch.isspace() for ch in text)


@given(st.sampled_from(["http://", "https://", "mailto:"]), st.text(max_size=40))
def test_the_validator_never_raises_on_link_like_text(prefix: str, rest: str) -> None:
    is_safe_link(prefix + rest)  # a bool, never an exception (e.g. a broken IPv6 host)


@pytest.fixture
def opened(qapp, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What reached QDesktopServices.openUrl; warning boxes are recorded, not shown."""
    from PySide6.QtGui import QDesktopServices

    from pledge_tracker.ui.views import evidence_view

    calls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        lambda url: calls.append(url.toString()) or True,  # opened: no failure message
    )
    monkeypatch.setattr(evidence_view.QMessageBox, "warning", lambda *_args: None)
    return calls


@pytest.mark.parametrize("url", DANGEROUS)
def test_the_evidence_view_never_opens_a_dangerous_link(opened: list[str], url: str) -> None:
    from pledge_tracker.ui.views.evidence_view import open_source_link

    open_source_link(url, None)
    assert all(is_safe_link(u) and u.lower().startswith(("http://", "https://")) for u in opened)
    assert opened == ([url.strip()] if url in SPACED else [])


@pytest.mark.parametrize("url", [u for u in SAFE if not u.lower().startswith("mailto")])
def test_the_evidence_view_opens_web_links(opened: list[str], url: str) -> None:
    from pledge_tracker.ui.views.evidence_view import open_source_link

    open_source_link(url, None)
    assert len(opened) == 1


@pytest.mark.parametrize("url", DANGEROUS)
def test_the_detail_panel_never_opens_a_dangerous_link(qapp, url: str) -> None:
    from pledge_tracker.ui.widgets.detail_html import safe_href

    try:
        allowed = safe_href(url)
    except ValueError:  # refused loudly is still refused
        allowed = None
    if allowed is not None:  # it checks the scheme only: never a program-launching one
        assert allowed.strip().lower().startswith(("http://", "https://"))
