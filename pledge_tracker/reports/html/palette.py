"""The HTML edition's colours: every text colour with the background it is read on.

The only place colours are named; the stylesheet (style.py) is built from these, and a test
computes the WCAG 2.1 contrast of every pair listed in TEXT_PAIRS and level_pairs().
"""

from __future__ import annotations

from pledge_tracker.domain.levels import LEVEL_COLOURS, LEVEL_ORDER, Level

INK = "#1A1A1A"
MUTED = "#4F5866"  # a shade darker than the PDF's grey: 4.5:1 even on the panel tint
NAVY = "#1F3A5F"
ALERT = "#A23B00"
PAPER = "#FFFFFF"
PANEL = "#E8EDF3"
ZEBRA = "#F3F5F8"
DEMO_TINT = "#FBEFE6"
RULE = "#6B7480"  # table rules and badge borders: 3:1 against the paper (non-text contrast)

AA_TEXT = 4.5  # WCAG 2.1 AA: the least contrast of normal-size text with its background

# (use, text colour, background) for every text the stylesheet colours.
TEXT_PAIRS: tuple[tuple[str, str, str], ...] = (
    ("body", INK, PAPER),
    ("body on zebra rows", INK, ZEBRA),
    ("headings", NAVY, PAPER),
    ("notes", MUTED, PAPER),
    ("notes on zebra rows", MUTED, ZEBRA),
    ("alerts", ALERT, PAPER),
    ("demonstration banner", ALERT, DEMO_TINT),
    ("figures panel", NAVY, PANEL),
    ("figures panel notes", MUTED, PANEL),
    ("table headers", PAPER, NAVY),
)


def luminance(colour: str) -> float:
    """The relative luminance of '#RRGGBB' (WCAG 2.1)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def level_pair(level: Level) -> tuple[str, str]:
    """A level badge's (text, background): ink or white on the level's own colour.

    Where neither reaches 4.5:1 (the mid-tone pink of "no evidence found"), the colour is
    darkened step by step, keeping its hue, until white text on it does.
    """
    background = LEVEL_COLOURS[level]
    while True:
        ink = max((INK, PAPER), key=lambda text: contrast(text, background))
        if contrast(ink, background) >= AA_TEXT:
            return ink, background
        background = _darker(background)


def _darker(colour: str, factor: float = 0.95) -> str:
    channels = [round(int(colour[i : i + 2], 16) * factor) for i in (1, 3, 5)]
    return "#" + "".join(f"{c:02X}" for c in channels)


def level_pairs() -> dict[Level, tuple[str, str]]:
    return {level: level_pair(level) for level in LEVEL_ORDER}
