"""Arabic and Hebrew names print shaped and in visual order: in the PDFs, the charts and HTML.

The reference for "shaped and in order" is HarfBuzz itself: the name shaped as one
right-to-left run with the very font file the report embeds gives the glyph ids a correct
rendering shows, left to right. The PDFs are read back with pdfplumber (the characters
printed, in page order) and each character turned into the glyph the embedded font draws
for it; charts are rendered to SVG, whose glyph definitions are named by glyph id.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import matplotlib
import pdfplumber
import pytest
import uharfbuzz
from fontTools.ttLib import TTFont  # type: ignore[import-untyped]
from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from pledge_tracker.charts import registry
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import StakeholderInput
from pledge_tracker.reports.build import html_bytes, incident_bytes
from pledge_tracker.reports.rtl import has_rtl, shape_logical, visual
from pledge_tracker.reports.safe import markup, para
from pledge_tracker.reports.styles import MARGIN, styles
from pledge_tracker.services import incidents, stakeholders
from pledge_tracker.services.chart_data import ChartOptions
from pledge_tracker.services.report_data.incident import IncidentReportOptions
from tests.reports.conftest import AS_OF, add_judgement, build, options
from tests.reports.html_checks import parse

ARABIC = "هيئة الاتصالات الرقمية"  # "Digital Communications Authority"
HEBREW = "רשות התקשורת הדיגיטלית"  # the same, in Hebrew
FONTS = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
FILES = {"DejaVuSans": "DejaVuSans.ttf", "DejaVuSans-Bold": "DejaVuSans-Bold.ttf"}


@cache
def cmap(font: str) -> dict[int, str]:
    """The font file's character → glyph name map."""
    return TTFont(FONTS / FILES[font]).getBestCmap()


@cache
def glyph_ids(font: str) -> dict[str, int]:
    return {name: index for index, name in enumerate(TTFont(FONTS / FILES[font]).getGlyphOrder())}


def harfbuzz(text: str, font: str = "DejaVuSans") -> list[int]:
    """HarfBuzz's glyphs for `text` as one right-to-left run, left to right as printed."""
    face = uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(FONTS / FILES[font])))
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    assert buffer.direction == "rtl"
    uharfbuzz.shape(uharfbuzz.Font(face), buffer, {})
    return [info.codepoint for info in buffer.glyph_infos]


def drawn(chars: str, font: str = "DejaVuSans") -> list[int]:
    """The glyphs a PDF viewer draws for these characters in the embedded font (0: none)."""
    names = cmap(font)
    return [glyph_ids(font).get(names.get(ord(ch), ".notdef"), 0) for ch in chars]


def printed_lines(pdf: bytes, above: float = 10_000) -> Iterator[tuple[str, str]]:
    """Each line of each page as (font, characters left to right), per font run; only the
    lines starting less than `above` points from the top of the page."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            rows: dict[tuple[float, str], list[dict]] = {}
            for char in (c for c in page.chars if c["top"] < above):
                font = char["fontname"].split("+")[-1]
                rows.setdefault((round(char["top"], 1), font), []).append(char)
            for (_, font), chars in sorted(rows.items()):
                yield font, "".join(c["text"] for c in sorted(chars, key=lambda c: c["x0"]))


def shows(pdf: bytes, name: str, above: float = 10_000) -> list[str]:
    """The fonts of the lines where `name` prints as HarfBuzz shapes it (one per sighting)."""
    found = []
    for font, line in printed_lines(pdf, above):
        if font not in FILES:
            continue
        wanted, got = harfbuzz(name, font), drawn(line, font)
        if any(got[i : i + len(wanted)] == wanted for i in range(len(got) - len(wanted) + 1)):
            found.append(font)
    return found


@pytest.fixture
def rtl_database(demo_database: Database) -> Database:
    """The demo data with two supporters named in Arabic and Hebrew, each judged once."""
    with demo_database.write() as tx:
        for name in (ARABIC, HEBREW):
            stakeholders.add(
                tx, StakeholderInput(name=name, kind="government", joined="2019-05-15")
            )
            add_judgement(tx, name, "GOV-1", "substantial", dt.date(2025, 3, 1), "Reason.")
    return demo_database


def test_harfbuzz_joins_the_arabic_name() -> None:
    """The reference itself is shaped: joined forms, not the 21 isolated letters typed."""
    glyphs = harfbuzz(ARABIC)
    assert glyphs != drawn(ARABIC[::-1])  # merely reversing the letters is not shaping


def test_scorecard_prints_the_names_shaped_and_right_to_left(rtl_database: Database) -> None:
    pdf, _ = build("scorecard", rtl_database, stakeholders=(ARABIC, HEBREW))
    assert shows(pdf, ARABIC), "the Arabic name is not printed as HarfBuzz shapes it"
    assert shows(pdf, HEBREW), "the Hebrew name is not printed right to left"


def test_briefing_prints_the_arabic_name_shaped(rtl_database: Database) -> None:
    pdf, _ = build("briefing", rtl_database)
    assert shows(pdf, ARABIC)
    assert shows(pdf, HEBREW)


def test_running_heads_print_an_arabic_incident_name_shaped(demo_database: Database) -> None:
    """The running head is drawn on the page canvas, not in a paragraph: shaped there too."""
    with demo_database.write() as tx:
        incidents.add(tx, name=ARABIC, occurred_at=dt.datetime(2025, 3, 10, 1, 40))
    pdf, pages = incident_bytes(
        demo_database, IncidentReportOptions(ARABIC, AS_OF, generated=AS_OF)
    )
    heads = shows(pdf, ARABIC, above=MARGIN + 5)  # in the top margin: the running head
    assert len(heads) == pages


def test_the_embedded_font_draws_every_glyph_of_the_name(
    rtl_database: Database, tmp_path: Path
) -> None:
    pdf, _ = build("scorecard", rtl_database, stakeholders=(ARABIC,))
    assert 0 not in harfbuzz(ARABIC)  # the font has a glyph for every letter and form
    path = tmp_path / "scorecard.pdf"
    path.write_bytes(pdf)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in fonts.stdout.splitlines()[2:]]
    # name, type, encoding, emb, sub, uni, object, id: DejaVu Sans embedded (as a subset)
    assert any(row[0].endswith("+DejaVuSans") and row[-5:-3] == ["yes", "yes"] for row in rows)


def test_a_wrapped_arabic_name_reads_from_its_first_line() -> None:
    """Lines break on the logical text: the first word is on the top line, each line shaped."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    block = para(ARABIC, styles().body)
    block.wrap(60, 500)  # too narrow for the whole name
    block.drawOn(canvas, 100, 500)
    canvas.save()
    lines = [line for _, line in printed_lines(buffer.getvalue())]  # top to bottom
    assert len(lines) > 1
    # Each line reads right to left, so its words, taken from the right, follow the name.
    words = [word for line in lines for word in reversed(line.split(" "))]
    assert [drawn(word) for word in words] == [harfbuzz(word) for word in ARABIC.split()]


def test_an_arabic_name_in_an_italic_note_prints_upright() -> None:
    """The oblique face has no Arabic letters: the name prints upright, shaped, not as boxes."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    block = para(f"Reported by {ARABIC} in 2024.", styles().note)
    block.wrap(400, 500)
    block.drawOn(canvas, 100, 500)
    canvas.save()
    assert shows(buffer.getvalue(), ARABIC) == ["DejaVuSans"]
    fonts = {font for font, _ in printed_lines(buffer.getvalue())}
    assert fonts == {"DejaVuSans", "DejaVuSans-Oblique"}  # the Latin words stay italic


def test_mixed_text_follows_the_bidi_algorithm_left_to_right() -> None:
    """Latin keeps its place and order, the Arabic run is reversed and joined, digits stay."""
    word = "هيئة"
    joined = shape_logical(word)[::-1]
    assert drawn(joined) == harfbuzz(word)
    assert visual(f"Report on {word} by 2024") == f"Report on {joined} by 2024"
    # Digits right after Arabic belong to its run (rule W2): they print to its left, unreversed.
    assert visual(f"{word} 2024") == f"2024 {joined}"
    assert visual(f"{word} (1)") == f"(1) {joined}"  # brackets mirrored inside the run


@given(st.text(alphabet=st.characters(max_codepoint=0x058F, codec="utf-8")))
def test_text_without_right_to_left_letters_is_unchanged(text: str) -> None:
    assert not has_rtl(text)
    assert shape_logical(text) == text
    assert visual(text) == text


def test_plain_latin_markup_is_unchanged() -> None:
    assert markup("Meta Platforms (2024) & <co>") == "Meta Platforms (2024) &amp; &lt;co&gt;"


def test_chart_labels_are_shaped(rtl_database: Database) -> None:
    """The heatmap's row label for the Arabic supporter draws HarfBuzz's glyphs, in order."""
    with rtl_database.read() as session:
        chosen = stakeholders.find(session, ARABIC)
        scope = ChartOptions(as_of=AS_OF, stakeholder_ids=frozenset({chosen.id}))
        out = io.BytesIO()
        registry.render_from("heatmap", session, scope, out, "svg")
    svg = out.getvalue().decode()
    start = svg.index(f"<!-- {ARABIC} -->")
    group = svg[start : svg.index("</g>", start)]
    # Each glyph is a <use> of a path named by its glyph id (hex), moved right by its advance.
    uses = re.findall(
        r'<use xlink:href="#DejaVuSans-([0-9a-f]+)"(?: transform="translate\(([-0-9.]+))?', group
    )
    left_to_right = sorted(uses, key=lambda use: float(use[1] or 0))
    assert [int(glyph, 16) for glyph, _ in left_to_right] == harfbuzz(ARABIC)


def test_html_edition_gives_names_their_direction(rtl_database: Database) -> None:
    page = html_bytes("scorecard", rtl_database, options(stakeholders=(ARABIC,)))
    tree = parse(page.decode("utf-8"))
    holders = [node for node in tree.iter() if (node.text or "").strip() == ARABIC]
    assert holders and all(node.get("dir") == "auto" for node in holders)
