"""Citation numbers as links: from a judgement to its appendix entry, and from the entry back
to the first place it is cited (PDF named destinations)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from pledge_tracker.reports.safe import markup, trusted
from pledge_tracker.reports.styles import NAVY, hex_colour, styles

if TYPE_CHECKING:
    from pledge_tracker.reports.blocks import Ctx

LINK = hex_colour(NAVY)  # citation links: the colour of the report's structure
_NUMBERS = "CITATIONNUMBERS"  # stands for the links while the catalogue's words are escaped
_NUMBER = ParagraphStyle("appendix_number", parent=styles().cell, alignment=TA_RIGHT)


def citations(ctx: Ctx, numbers: Sequence[int], cited: set[int]) -> Flowable:
    """ "Evidence: [1] [4]", each number a link to its appendix entry.

    The first place a number is printed is where its appendix entry links back to.
    """
    listed = {item.number for item in ctx.data.appendix}
    links = []
    for number in numbers:
        label = f"[{number}]"
        if number not in listed:  # no entry to link to (never a link to nowhere)
            links.append(label)
            continue
        back = "" if number in cited else f'<a name="{cited_anchor(number)}"/>'
        cited.add(number)
        link = f'<a href="#{entry_anchor(number)}" color="{LINK}">{label}</a>'
        links.append(back + link)
    words = markup(ctx.text("cites", numbers=_NUMBERS))
    return trusted(words.replace(_NUMBERS, " ".join(links)), ctx.styles.cell)


def entry_anchor(number: int) -> str:
    """The destination of evidence item `number` in the appendix."""
    return f"evidence-{number}"


def cited_anchor(number: int) -> str:
    """The destination of the first place evidence item `number` is cited."""
    return f"cited-{number}"


def entry_number(number: int, cited: set[int]) -> Flowable:
    """An appendix entry's "[n]": the destination of its citations, and a link back to the
    first of them (where it is cited in the body)."""
    label = f"[{number}]"
    if number in cited:
        label = f'<a href="#{cited_anchor(number)}" color="{LINK}">{label}</a>'
    return trusted(f'<a name="{entry_anchor(number)}"/>{label}', _NUMBER)
