"""What a printer and a reader see: fonts, metadata, outline, page numbers, repeatability."""

from __future__ import annotations

import io

import pypdf

from pledge_tracker.domain.dto import StakeholderInput
from pledge_tracker.services import stakeholders
from tests.reports.conftest import build, pages_of, text_of


def _fonts(pdf: bytes) -> set[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    names: set[str] = set()
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.get_object().values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


def test_dejavu_is_embedded_and_no_base14_font_is_used(demo_database) -> None:
    for kind in ("scorecard", "briefing", "full"):
        pdf, _ = build(kind, demo_database, stakeholders=("New Zealand",))
        assert b"/FontFile2" in pdf
        assert b"Helvetica" not in pdf and b"ZapfDingbats" not in pdf
        assert all("DejaVuSans" in name for name in _fonts(pdf)), _fonts(pdf)


def test_macrons_and_accents_print(demo_database) -> None:
    with demo_database.write() as tx:
        stakeholders.add(tx, StakeholderInput(name="Te Mātāwai Āotearoa", kind="partner"))
        stakeholders.add(tx, StakeholderInput(name="Québec Œuvre Ça", kind="partner"))
    pdf, _ = build("scorecard", demo_database, kind="partner")
    text = text_of(pdf)
    assert "Te Mātāwai Āotearoa" in text
    assert "Québec Œuvre Ça" in text


def test_the_same_input_gives_the_same_bytes(rich_database) -> None:
    for kind in ("scorecard", "full"):
        first, _ = build(kind, rich_database, stakeholders=("New Zealand", "Google"))
        second, _ = build(kind, rich_database, stakeholders=("New Zealand", "Google"))
        assert first == second


def test_metadata_outline_and_page_numbers(rich_database) -> None:
    pdf, pages = build("full", rich_database, stakeholders=("New Zealand", "France"))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    meta = reader.metadata
    assert meta.title == "Full accountability report"
    assert meta.author and "Christchurch Call" in (meta.subject or "")
    assert str(meta.creation_date.date()) == "2025-07-01"
    top = [item["/Title"] for item in reader.outline if not isinstance(item, list)]
    for section in (
        "Executive summary",
        "Supporters",
        "Commitments",
        "Evidence appendix",
        "Methodology",
    ):
        assert section in top

    def titles(items: list) -> list[str]:
        return [
            t
            for item in items
            for t in (titles(item) if isinstance(item, list) else [item["/Title"]])
        ]

    nested = titles([group for group in reader.outline if isinstance(group, list)])
    # every supporter is an entry: ranked ones under "Supporters", the others one level down,
    # under "Not enough assessed to rank"
    assert {"New Zealand", "France", "Not enough assessed to rank"} <= set(nested)
    assert any(title.startswith("GOV-1") for title in nested)
    texts = pages_of(pdf)
    assert len(texts) == pages
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of" in text
        assert str(pages) in text.split(f"Page {number} of", 1)[1]
        assert "Generated 1 July 2025" in text
    assert all("As of 30 June 2025" in text for text in texts[1:])


def test_scorecard_outline_has_one_entry_per_supporter(demo_database) -> None:
    chosen = ("New Zealand", "France", "Microsoft")
    pdf, _ = build("scorecard", demo_database, stakeholders=chosen)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert [item["/Title"] for item in reader.outline] == ["France", "Microsoft", "New Zealand"]


def test_long_tables_repeat_their_header_on_every_page(demo_database) -> None:
    pdf, _ = build("briefing", demo_database)
    texts = pages_of(pdf)
    first = next(i for i, t in enumerate(texts) if "Argentina" in t)
    last = next(i for i, t in enumerate(texts) if "Tech Against Terrorism" in t)
    assert last > first  # the supporters table runs over more than one page
    for page in texts[first : last + 1]:
        assert "Supporter" in page and "Kind" in page and "Coverage" in page
