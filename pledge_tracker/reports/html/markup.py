"""Building HTML safely: user text is always escaped; built markup is marked `Safe`.

A plain `str` handed to any builder here is text and comes out escaped (a supporter named
`<script>` prints as typed, inert); only `Safe` strings pass through as markup.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from pledge_tracker.reports.rtl import has_rtl


class Safe(str):
    """Markup built by these helpers (never user text)."""


Content = str | Safe


def esc(content: Content) -> Safe:
    """Markup for `content`: Safe passes through; text is escaped, line breaks kept."""
    if isinstance(content, Safe):
        return content
    return Safe(html.escape(content, quote=True).replace("\n", "<br>"))


def join(parts: Iterable[Content], separator: str = "\n") -> Safe:
    return Safe(separator.join(esc(part) for part in parts))


def tag(name: str, content: Content = "", **attrs: str) -> Safe:
    """`<name attrs>content</name>`; attribute names end in _ where Python needs it (class_).

    Text holding Arabic or Hebrew gets dir="auto": the browser takes the element's direction
    from its first strong letter, so a right-to-left name lays out right to left.
    """
    if not isinstance(content, Safe) and has_rtl(content):
        attrs.setdefault("dir", "auto")
    pairs = "".join(
        f' {key.rstrip("_").replace("_", "-")}="{html.escape(value, quote=True)}"'
        for key, value in attrs.items()
    )
    return Safe(f"<{name}{pairs}>{esc(content)}</{name}>")


def para(content: Content, class_: str = "") -> Safe:
    return tag("p", content, class_=class_) if class_ else tag("p", content)


def bullets(items: Sequence[Content]) -> Safe:
    return tag("ul", join(tag("li", item) for item in items))


def pairs(items: Sequence[tuple[Content, Content]], class_: str = "figures") -> Safe:
    """Label then value, in that reading order (a description list)."""
    rows = [tag("div", join([tag("dt", label), tag("dd", value)])) for label, value in items]
    return tag("dl", join(rows), class_=class_)


def table(
    caption: Content,
    header: Sequence[Content],
    rows: Sequence[Sequence[Content]],
    *,
    numeric: Sequence[int] = (),
) -> Safe:
    """A captioned table: column headers scope="col", each row's first cell scope="row"."""
    head = tag("tr", join(tag("th", cell, scope="col") for cell in header))
    body = []
    for row in rows:
        cells = [tag("th", row[0], scope="row")]
        for index, cell in enumerate(row[1:], start=1):
            cells.append(tag("td", cell, class_="num") if index in numeric else tag("td", cell))
        body.append(tag("tr", join(cells)))
    return tag(
        "table",
        join([tag("caption", caption), tag("thead", head), tag("tbody", join(body))]),
    )
