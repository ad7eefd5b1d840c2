"""Hostile right-to-left text in the PDFs: any mix of scripts, marks, controls and markup.

Shaping and reordering (reports/rtl.py) run on every name and title a report prints; no
text may stop a report, lose a letter or print markup.
"""

from __future__ import annotations

import io

import pypdf
from bidi.mirror import MIRRORED
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4

from pledge_tracker.reports.rtl import ShapingCanvas, visual
from pledge_tracker.reports.safe import link_markup, para, trusted
from pledge_tracker.reports.styles import styles
from tests.reliability import tally
from tests.reliability.hostile import hostile_text

RTL_PIECES = (
    "هيئة الاتصالات الرقمية",
    "لا إله",  # lam-alef ligatures
    "بَيْتٌ",  # vowel marks
    "رשות",  # Arabic and Hebrew in one word
    "\u202bembedded\u202c",
    "\u200f(1)\u200f",
    "ـــ",  # tatweel alone
    "\u0651",  # a mark with no letter
    "[שלום] (עולם) {x}",
    "١٢٣ 456",  # Arabic-Indic and European digits
)
mixed_text = st.lists(
    st.one_of(st.sampled_from(RTL_PIECES), hostile_text), min_size=1, max_size=4
).map(" ".join)

# Hebrew, Latin, digits, spaces and brackets: nothing to shape, only to reorder and mirror.
reorder_only = st.text(alphabet="אבגדהוזחטיכלמנסעפצקרשת abcXYZ0123456789()[]{}<>.,-", max_size=60)


def canonical(text: str) -> list[str]:
    """The characters of `text`, a bracket and its mirror counted as one, in sorted order."""
    return sorted(min(ch, MIRRORED.get(ch, ch)) for ch in text)


@settings(max_examples=60, deadline=None)  # the first example registers the fonts
@given(mixed_text, st.sampled_from(["body", "cell", "note", "h2"]))
def test_any_right_to_left_text_prints(text: str, style_name: str) -> None:
    buffer = io.BytesIO()
    canvas = ShapingCanvas(buffer, pagesize=A4)
    block = para(text, getattr(styles(), style_name))
    _, height = block.wrap(120, 10_000)
    block.drawOn(canvas, 50, 800 - min(height, 700))
    canvas.drawString(50, 40, text[:200])  # as running heads and plain table cells are drawn
    canvas.save()
    assert buffer.getvalue().startswith(b"%PDF")
    tally.accepted("rtl text prints")


@given(reorder_only)
def test_reordering_keeps_every_character(text: str) -> None:
    """Visual order only moves characters (and mirrors brackets): none lost, none added."""
    shown = visual(text)
    assert canonical(shown) == canonical(text)
    tally.accepted("rtl reordering keeps characters")


def test_an_italic_link_to_an_arabic_address_prints() -> None:
    """Right-to-left words are set upright in italic text, never inside a link's address."""
    buffer = io.BytesIO()
    canvas = ShapingCanvas(buffer, pagesize=A4)
    address = "https://example.org/هيئة-الاتصالات"
    block = trusted(link_markup(address, "هيئة الاتصالات"), styles().note)
    block.wrap(300, 500)
    block.drawOn(canvas, 50, 500)
    canvas.save()
    page = pypdf.PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    links = [note.get_object()["/A"]["/URI"] for note in page.get("/Annots", [])]
    assert links == [address]  # the address whole, no markup inside it
    tally.accepted("italic link to an arabic address")
