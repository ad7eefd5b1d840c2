"""The one way a sighting's address is shown: defanged, so no viewer turns it into a link.

Addresses of copies of terrorist content are stored as given and never fetched or opened;
every output (view, CSV, XLSX, PDF, chart, log) shows them through `defang`.
"""

from __future__ import annotations

import re


def defang(address: str) -> str:
    """hxxps://example[.]com/x: the scheme's t's become x's, every dot is bracketed."""
    text = re.sub(r"^http", "hxxp", address, flags=re.IGNORECASE)
    text = re.sub(r"^ftp", "fxp", text, flags=re.IGNORECASE)
    return text.replace(".", "[.]").replace("@", "[@]")


def is_defanged(text: str) -> bool:
    """True when `text` holds no live web address (no http(s) or ftp scheme, no www.)."""
    lowered = text.lower()
    return not re.search(r"(https?|ftp)://", lowered) and not re.search(r"www\.", lowered)
