"""What an accessible HTML page must hold, checked on the parsed tree (html5lib).

Each check raises AssertionError naming what a reader would miss.
"""

from __future__ import annotations

import itertools
import re
from xml.etree.ElementTree import Element

import html5lib

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
FIXED_WIDTH = re.compile(r"(?<![-\w])(?:min-)?width\s*:\s*[\d.]+\s*(px|pt|cm|mm|in|pc)\b")
HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")


def parse(page: str) -> Element:
    return html5lib.parse(page, namespaceHTMLElements=False)


def text(element: Element) -> str:
    return squeezed("".join(element.itertext()))


def squeezed(words: str) -> str:
    """Words as `text` gives them: any run of white space (no-break spaces too) as one space."""
    return " ".join(words.split())


def headings(root: Element) -> list[tuple[int, str]]:
    return [(int(e.tag[1]), text(e)) for e in root.iter() if e.tag in HEADINGS]


def check_headings(root: Element) -> None:
    """One h1, first; no level skipped going down (h2 → h4 would lose a screen reader)."""
    found = headings(root)
    assert [level for level, _ in found].count(1) == 1, "exactly one h1"
    assert found[0][0] == 1, "the h1 comes first"
    for (before, _), (after, title) in itertools.pairwise(found):
        assert after <= before + 1, f"heading '{title}' skips from h{before} to h{after}"
    assert all(title for _, title in found), "no empty heading"


def rows(table: Element) -> list[Element]:
    body = table.find("tbody")
    return list(body) if body is not None else []


def check_tables(root: Element) -> int:
    """Every table: a caption first, column headers scope=col, each row's header scope=row."""
    tables = list(root.iter("table"))
    for table in tables:
        children = list(table)
        assert children and children[0].tag == "caption" and text(children[0]), "a caption"
        head = table.find("thead")
        assert head is not None, f"table '{text(children[0])}' has a header row"
        for cell in head.iter("th"):
            assert cell.get("scope") == "col", f"column header '{text(cell)}'"
        assert not list(head.iter("td")), "header rows hold header cells only"
        for row in rows(table):
            first = next(iter(row))
            assert first.tag == "th" and first.get("scope") == "row", "each row has its header"
        for cell in table.iter("th"):
            assert cell.get("scope") in ("col", "row")
    return len(tables)


def check_images(root: Element) -> int:
    """Every image or drawing has a text alternative; a chart's alt states its figures."""
    for svg in root.iter("svg"):
        assert svg.get("aria-label") or svg.find("title") is not None, "an svg is described"
    images = list(root.iter("img"))
    for img in images:
        assert (img.get("alt") or "").strip(), "every image has a text alternative"
    for figure in root.iter("figure"):
        img = figure.find(".//img")
        table = figure.find(".//table")
        assert img is not None
        alt = img.get("alt") or ""
        if table is None:
            continue  # a chart without figures says so in its alt
        for row in rows(table):
            for cell in row:
                assert text(cell) in squeezed(alt), f"the chart's alt states '{text(cell)}'"
    return len(images)


def style_text(root: Element) -> str:
    return "\n".join(text(style) for style in root.iter("style"))


def check_widths(root: Element) -> None:
    """No fixed widths in the stylesheet or on any element (the page reflows at 200 %)."""
    css = style_text(root)
    assert not FIXED_WIDTH.search(css), FIXED_WIDTH.search(css)
    for element in root.iter():
        assert "width" not in (element.get("style") or ""), element.tag
        assert element.get("width") is None, f"<{element.tag} width=…>"


def check_no_script(root: Element) -> None:
    """Nothing in the page runs: no script, no event handler, no javascript: address."""
    assert not list(root.iter("script"))
    for element in root.iter():
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), f"<{element.tag} {name}>"
            assert not value.strip().lower().startswith("javascript:"), value
