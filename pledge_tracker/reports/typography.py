"""French typography for every string the reports print: no-break spaces where French wants them.

French sets a space before the high punctuation (: ; ! ?), before % and inside « »; a
line may never break there, so each of those spaces is a no-break space (U+00A0: the one
reportlab's line breaking keeps whole; U+202F, the narrow one, it treats as any space).
Thousands are grouped with U+202F by the catalogue (Text.number); paragraphs turn it into
U+00A0 (safe.Para) for the same reason.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
NNBSP = "\u202f"
_BEFORE = re.compile(r"[ \u202f\u00a0]+([:;!?%»])")
_AFTER = re.compile(r"(«)[ \u202f\u00a0]+")


def french_spacing(text: str) -> str:
    """`text` with a no-break space before : ; ! ? % » and after «, where it has a space."""
    return _AFTER.sub(r"\1" + NBSP, _BEFORE.sub(NBSP + r"\1", text))


def unbreakable(text: str) -> str:
    """Narrow no-break spaces as plain no-break ones, which paragraphs never break at."""
    return text.replace(NNBSP, NBSP)
