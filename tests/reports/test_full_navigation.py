"""Finding one's way in the full report: the printed contents and their page numbers, running
heads, citation links to the evidence appendix and back, the appendix header at page tops.

Everything is read from the PDF as a reader meets it (pdfplumber): the words on each page,
their sizes and places, and the link annotations with the page each one opens.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.reports.layout import RUNNING_SIZE
from pledge_tracker.reports.styles import HEADER_GAP, MARGIN, styles
from pledge_tracker.reports.text import CATALOGUES, Text
from pledge_tracker.services import evidence, stakeholders
from pledge_tracker.services.commitments import find as find_commitment
from tests.reports.conftest import add_judgement, build
from tests.reports.layout_check import faults

H1, H2 = styles().h1.fontSize, styles().h2.fontSize
SECTIONS = [key for key in CATALOGUES["en"] if key.startswith("section.")]
CITED = re.compile(r"\[(\d+)\]")
LONG_APPENDIX = 230  # more items than the appendix used to put in one table (200)


@dataclass(frozen=True)
class Line:
    """One printed line of one size: its words and where it is (PDF points, top-down)."""

    page: int
    text: str
    size: float
    top: float
    x0: float


@dataclass(frozen=True)
class Link:
    """A link annotation: the page it is on, the words under it and the page it opens."""

    page: int
    text: str
    target: int
    top: float


@dataclass(frozen=True)
class Pdf:
    lines: list[list[Line]]  # per page, from page 1
    links: list[Link]
    height: float

    def page_lines(self, page: int, size: float | None = None) -> list[Line]:
        found = self.lines[page - 1]
        return [line for line in found if size is None or abs(line.size - size) < 0.05]


def read(pdf: bytes) -> Pdf:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        ids: dict[object, int] = {
            page.page_obj.pageid: n for n, page in enumerate(document.pages, 1)
        }
        lines = [_lines(page, n) for n, page in enumerate(document.pages, 1)]
        links = [link for n, page in enumerate(document.pages, 1) for link in _links(page, n, ids)]
        return Pdf(lines, links, float(document.pages[0].height))


def _lines(page: pdfplumber.page.Page, number: int) -> list[Line]:
    rows: dict[tuple[float, float], list[dict]] = {}
    for char in page.chars:
        rows.setdefault((round(char["bottom"]), round(char["size"], 1)), []).append(char)
    lines = []
    for (_, size), chars in sorted(rows.items()):
        chars.sort(key=lambda c: c["x0"])
        text = chars[0]["text"]
        for last, char in itertools.pairwise(chars):
            text += (" " if char["x0"] - last["x1"] > 1.5 else "") + char["text"]
        top = min(c["top"] for c in chars)
        lines.append(Line(number, " ".join(text.split()), size, top, chars[0]["x0"]))
    return lines


def _links(page: pdfplumber.page.Page, number: int, ids: dict[object, int]) -> Iterator[Link]:
    for annot in page.annots:
        dest = annot["data"].get("Dest")
        if not dest:
            continue
        target = ids[dest[0].objid]
        under = [
            char["text"]
            for char in page.chars
            if annot["x0"] <= (char["x0"] + char["x1"]) / 2 <= annot["x1"]
            and annot["top"] <= (char["top"] + char["bottom"]) / 2 <= annot["bottom"]
        ]
        yield Link(number, "".join(under).strip(), target, annot["top"])


@pytest.fixture
def navigated(demo_database: Database) -> Iterator[Database]:
    """The demo data, with one judgement citing more evidence than one appendix table held."""
    with demo_database.write() as tx:
        nz = stakeholders.find(tx.session, "New Zealand")
        gov1 = find_commitment(tx.session, "GOV-1")
        items = [
            evidence.add(
                tx,
                EvidenceInput(
                    title=f"Ministry statement number {n} on the Call's commitments",
                    kind="policy_change",
                    effective="2025-02-01",
                    source_name="Ministry",
                    stakeholder_ids=(nz.id,),
                    commitment_ids=(gov1.id,),
                ),
            )
            for n in range(LONG_APPENDIX)
        ]
        rationale = "The ministry published its measures, one statement at a time."
        ids = tuple(item.id for item in items)
        add_judgement(tx, "New Zealand", "GOV-1", "complete", dt.date(2025, 3, 1), rationale, ids)
    yield demo_database


def headings(pdf: Pdf, t: Text, codes: list[str]) -> list[tuple[int, int, str]]:
    """(page, level, title) of every section and commitment heading, in reading order."""
    sections = {t(key) for key in SECTIONS}
    found: list[tuple[int, int, str]] = []
    for lines in pdf.lines[2:]:  # after the cover and the contents
        last: Line | None = None
        for line in lines:
            if abs(line.size - H1) < 0.05 and line.text in sections:
                found.append((line.page, 0, line.text))
            elif abs(line.size - H2) < 0.05 and line.text.split(" ")[0] in codes:
                found.append((line.page, 1, line.text))
            elif last and abs(line.size - H2) < 0.05 and line.top - last.top < H2 * 1.4:
                page, level, title = found.pop()  # a heading's second line
                found.append((page, level, f"{title} {line.text}"))
            else:
                continue
            last = line
    return found


def pdf_text(pdf: Pdf, page: int) -> str:
    return " ".join(line.text for line in pdf.page_lines(page))


def contents_entries(pdf: Pdf) -> list[tuple[str, int, bool]]:
    """The contents page's entries: title, printed page number, indented (a commitment)."""
    entries = []
    words: list[str] = []
    indented = False
    body = [line for line in pdf.page_lines(2) if line.top > MARGIN + HEADER_GAP]
    for line in body:
        if line.size >= H1:
            continue
        if not words:  # a title's first line: a commitment's is indented
            indented = line.x0 > MARGIN + 12
        words.append(line.text)
        match = re.fullmatch(r"(.+?) (\d+)", " ".join(words))
        if match:  # a title's last line ends with its page number
            entries.append((match.group(1), int(match.group(2)), indented))
            words = []
    return entries


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_full_report_can_be_found_ones_way_in(
    navigated: Database, lang: str, paper: str, tmp_path: Path
) -> None:
    t = Text(lang)
    raw, pages = build("full", navigated, paper, lang=lang)
    pdf = read(raw)
    codes = [line.split(" · ")[0] for line in _commitment_titles(pdf)]
    assert codes, "the contents list no commitment"
    found = headings(pdf, t, codes)
    _check_contents(pdf, t, found)
    _check_running_heads(pdf, t, found, pages)
    _check_citations(pdf, t, found)
    _check_appendix_header(pdf, t, found)
    assert not faults(raw), f"{lang} {paper}: the running heads or links moved text"
    if shutil.which("qpdf"):
        target = tmp_path / "full.pdf"
        target.write_bytes(raw)
        check = subprocess.run(["qpdf", "--check", str(target)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr


def _commitment_titles(pdf: Pdf) -> list[str]:
    """The contents' indented entries (the commitments), without their page numbers."""
    return [title for title, _, indented in contents_entries(pdf) if indented]


def _check_contents(pdf: Pdf, t: Text, found: list[tuple[int, int, str]]) -> None:
    """Every section and commitment is listed at the page its heading is on, as a link there."""
    entries = {title: page for title, page, _ in contents_entries(pdf)}
    assert t("section.contents") in [line.text for line in pdf.page_lines(2, H1)]
    if any("‡" in title for _, _, title in found):  # the app's own French titles: their key
        assert " ".join(t("title.own_key").split()) in " ".join(pdf_text(pdf, 2).split())
    commitments = [title for _, level, title in found if level == 1]
    assert len(commitments) == len(_commitment_titles(pdf))
    for page, _, title in found:
        assert entries.get(title) == page, f"contents: {title!r} is on page {page}"
    links = {(link.text, link.target) for link in pdf.links if link.page == 2}
    for page, _, title in found:
        opens = [text for text, target in links if target == page and title.startswith(text)]
        assert opens, f"the contents entry {title!r} does not open page {page}"
        assert (str(page), page) in links, f"its page number {page} is no link there"


def _check_running_heads(pdf: Pdf, t: Text, found: list[tuple[int, int, str]], pages: int) -> None:
    """Each body page's head names the first heading on it, else the last one before it."""
    frame_top = MARGIN + HEADER_GAP
    first_body = min(page for page, _, _ in found)
    for page in range(first_body, pages + 1):
        on_page = [(level, title) for p, level, title in found if p == page]
        before = [(level, title) for p, level, title in found if p < page]
        section = commitment = ""
        for level, title in before + on_page[:1]:
            section, commitment = (title, "") if level == 0 else (section, title)
        words = t("running.head", section=section, commitment=commitment)
        expected = " ".join((words if commitment else section).split())  # no-break spaces too
        heads = [line for line in pdf.page_lines(page, RUNNING_SIZE) if line.top < frame_top]
        assert len(heads) == 1, f"page {page}: {heads}"
        shown = heads[0].text
        assert expected.startswith(shown.rstrip("…")), f"page {page}: {shown!r} ≠ {expected!r}"
        body = [line for line in pdf.page_lines(page) if line.top > heads[0].top + 1]
        assert all(line.top >= frame_top for line in body), f"page {page}: the head meets the body"


def _check_citations(pdf: Pdf, t: Text, found: list[tuple[int, int, str]]) -> None:
    """Every citation number links to its appendix entry's page; each entry links back to the
    page it is first cited on."""
    appendix = next(page for page, _, title in found if title == t("section.appendix"))
    entries: dict[int, int] = {}  # number: page of its appendix entry
    for page in range(appendix, len(pdf.lines) + 1):
        for line in pdf.page_lines(page):
            match = CITED.match(line.text)
            if match and line.x0 < MARGIN + 40:
                entries.setdefault(int(match.group(1)), page)
    first_cited: dict[int, int] = {}  # number: the first page printing it (citations only)
    commitments = next(page for page, _, title in found if title == t("section.commitments"))
    for page in range(commitments, appendix):
        for line in pdf.page_lines(page):
            for number in CITED.findall(line.text):
                first_cited.setdefault(int(number), page)
    assert len(first_cited) > 200 and set(first_cited) <= set(entries)
    forward = [link for link in pdf.links if link.page < appendix and CITED.fullmatch(link.text)]
    back = [link for link in pdf.links if link.page >= appendix and CITED.fullmatch(link.text)]
    assert {int(link.text[1:-1]) for link in forward} == set(first_cited)
    for link in forward:
        assert link.target == entries[int(link.text[1:-1])], f"p{link.page} {link.text}"
    assert {int(link.text[1:-1]) for link in back} == set(first_cited)
    for link in back:
        assert link.target == first_cited[int(link.text[1:-1])], f"p{link.page} {link.text}"


def _check_appendix_header(pdf: Pdf, t: Text, found: list[tuple[int, int, str]]) -> None:
    """The appendix table's header row is printed at the top of each page it runs on, and
    nowhere else (never mid-page)."""
    appendix = next(page for page, _, title in found if title == t("section.appendix"))
    method = next(page for page, _, title in found if title == t("section.methodology"))
    header = t("col.item")
    frame_top = MARGIN + HEADER_GAP + 6  # the frame's padding
    heads = [
        (page, line)
        for page in range(appendix, method + 1)
        for line in pdf.page_lines(page)
        if header in line.text and line.text.startswith(t("col.number"))
    ]
    assert heads and heads[0][0] == appendix
    assert [page for page, _ in heads] == sorted({page for page, _ in heads})  # one a page
    for page, line in heads[1:]:
        assert line.top < frame_top + 12, f"page {page}: the appendix header is mid-page"
    last = heads[-1][0]
    assert {page for page, _ in heads} == set(range(appendix, last + 1))
