"""The one place for the reports' fonts, colours, paper sizes and paragraph styles."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import matplotlib
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from pledge_tracker.domain.levels import LEVEL_COLOURS, Level

# Identical input gives identical bytes (no time stamps or random ids in the file).
rl_config.invariant = 1

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN = 15 * mm
HEADER_GAP = 7 * mm  # between the page edge and the body, above and below

# A sober palette: navy for structure, greys for rules; level colours come from the domain.
INK = colors.HexColor("#1A1A1A")
NAVY = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#5B6573")
RULE = colors.HexColor("#B8C0CC")
ZEBRA = colors.HexColor("#F3F5F8")
PANEL = colors.HexColor("#E8EDF3")
ALERT = colors.HexColor("#A23B00")  # dark enough to read as black in greyscale
WHITE = colors.white
DEMO_TINT = colors.HexColor("#FBEFE6")  # behind the demonstration-data banner


def hex_colour(colour: colors.Color) -> str:
    """'#RRGGBB' for paragraph markup."""
    return "#" + colour.hexval()[2:]


def level_colour(level: Level) -> colors.Color:
    return colors.HexColor(LEVEL_COLOURS[level])


@functools.cache
def register_fonts() -> str:
    """Register DejaVu Sans (shipped with matplotlib) and its family; returns the body font."""
    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    for name, filename in (
        (FONT, "DejaVuSans.ttf"),
        (BOLD, "DejaVuSans-Bold.ttf"),
        (ITALIC, "DejaVuSans-Oblique.ttf"),
        (BOLD_ITALIC, "DejaVuSans-BoldOblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    return FONT


@functools.cache
def covered_codepoints() -> frozenset[int]:
    """Every character the body font can draw (others would print as empty boxes)."""
    register_fonts()
    font = pdfmetrics.getFont(FONT)
    return frozenset(font.face.charToGlyph)


@dataclass(frozen=True)
class Styles:
    """Paragraph styles of every report (one instance, shared)."""

    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    head_cell: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    figure: ParagraphStyle
    note: ParagraphStyle
    cover_title: ParagraphStyle
    cover_sub: ParagraphStyle
    wording: ParagraphStyle


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": FONT,
        "fontSize": 9,
        "leading": 12,
        "textColor": INK,
        "alignment": TA_LEFT,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


@functools.cache
def styles() -> Styles:
    register_fonts()
    cell = _style("cell", fontSize=8, leading=10)
    return Styles(
        body=_style("body", spaceAfter=4),
        small=_style("small", fontSize=8, leading=10, textColor=MUTED),
        cell=cell,
        head_cell=_style("head_cell", parent=cell, fontName=BOLD, textColor=WHITE),
        title=_style("title", fontName=BOLD, fontSize=20, leading=24, textColor=NAVY),
        subtitle=_style("subtitle", fontSize=10, leading=13, textColor=MUTED, spaceAfter=6),
        h1=_style(
            "h1",
            fontName=BOLD,
            fontSize=15,
            leading=19,
            textColor=NAVY,
            spaceBefore=4,
            spaceAfter=6,
        ),
        h2=_style(
            "h2",
            fontName=BOLD,
            fontSize=11.5,
            leading=14,
            textColor=NAVY,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        h3=_style(
            "h3",
            fontName=BOLD,
            fontSize=9.5,
            leading=12,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        figure=_style("figure", fontName=BOLD, fontSize=18, leading=21, textColor=NAVY),
        note=_style("note", fontName=ITALIC, fontSize=8, leading=10, textColor=MUTED),
        cover_title=_style("cover_title", fontName=BOLD, fontSize=28, leading=34, textColor=NAVY),
        cover_sub=_style("cover_sub", fontSize=13, leading=18, textColor=MUTED),
        wording=_style(
            "wording",
            fontSize=8.5,
            leading=11.5,
            leftIndent=8,
            borderPadding=(4, 6, 4, 6),
            backColor=ZEBRA,
            spaceAfter=6,
        ),
    )


def table_style(header_rows: int = 1, zebra: bool = True) -> list[tuple[object, ...]]:
    """Table commands shared by every table: the font, header band, rules and zebra rows."""
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8, 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), NAVY),
            ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), WHITE),
            ("FONT", (0, 0), (-1, header_rows - 1), BOLD, 8, 10),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [WHITE, ZEBRA]))
    return commands
