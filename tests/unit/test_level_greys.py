"""Every level keeps a grey of its own when a report is printed in black and white."""

from __future__ import annotations

from itertools import combinations

from pledge_tracker.domain.levels import LEVEL_COLOURS, Level

MIN_LIGHTNESS_GAP = 8.0  # CIE L* units: clearly different greys on paper
MIN_LUMA_GAP = 10.0  # 0-255: what a printer driver's simple greyscale conversion gives


def _channels(colour: str) -> tuple[float, float, float]:
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return red, green, blue


def _linear(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def lightness(colour: str) -> float:
    """CIE L* of an sRGB colour: how light its grey looks."""
    red, green, blue = (_linear(c) for c in _channels(colour))
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return 116 * luminance ** (1 / 3) - 16 if luminance > 0.008856 else 903.3 * luminance


def luma(colour: str) -> float:
    """Rec. 601 luma (0-255), the conversion many printer drivers use."""
    red, green, blue = _channels(colour)
    return 255 * (0.299 * red + 0.587 * green + 0.114 * blue)


def test_every_pair_of_levels_differs_in_lightness() -> None:
    close = [
        (a.value, b.value, round(abs(lightness(LEVEL_COLOURS[a]) - lightness(LEVEL_COLOURS[b])), 1))
        for a, b in combinations(Level, 2)
        if abs(lightness(LEVEL_COLOURS[a]) - lightness(LEVEL_COLOURS[b])) < MIN_LIGHTNESS_GAP
    ]
    assert close == []


def test_every_pair_of_levels_differs_in_printer_grey() -> None:
    close = [
        (a.value, b.value)
        for a, b in combinations(Level, 2)
        if abs(luma(LEVEL_COLOURS[a]) - luma(LEVEL_COLOURS[b])) < MIN_LUMA_GAP
    ]
    assert close == []


def test_lightness_matches_known_values() -> None:
    """The measure itself is right: black, white and a mid grey."""
    assert lightness("#000000") == 0
    assert round(lightness("#FFFFFF"), 1) == 100.0
    assert round(lightness("#777777"), 0) == 50
