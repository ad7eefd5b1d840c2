"""The one way a sighting's address is shown: defanged, so no viewer turns it into a link.

Addresses of copies of terrorist content are stored as given and never fetched or opened;
every output (view, CSV, XLSX, PDF, chart) shows them through `defang`. Defanging twice
changes nothing, so an exported (defanged) address imported again is the same sighting.
"""

from __future__ import annotations

import re

_LIVE_SCHEME = re.compile(r"^(h)tt(ps?)|^(f)t(p)", re.IGNORECASE)
_BARE = re.compile(r"(?<!\[)([.@])(?!\])")


def defang(address: str) -> str:
    """hxxps://example[.]com/x: the scheme's t's become x's, every dot and @ is bracketed."""
    text = _LIVE_SCHEME.sub(lambda m: f"{m[1]}xx{m[2]}" if m[1] else f"{m[3]}x{m[4]}", address)
    return _BARE.sub(r"[\1]", text)


def is_defanged(text: str) -> bool:
    """True when `text` holds no live web address (no http(s) or ftp scheme, no bare dot
    in a host name after www)."""
    lowered = text.lower()
    return not re.search(r"(https?|ftp)://", lowered) and not re.search(r"www\.", lowered)
