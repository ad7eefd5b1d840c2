"""The HTML document around a report: language, title, stylesheet, banner and footer."""

from __future__ import annotations

from pledge_tracker import __version__
from pledge_tracker.reports.html.markup import Content, Safe, esc, join, para, tag
from pledge_tracker.reports.html.style import stylesheet
from pledge_tracker.reports.text import Text


def document(
    t: Text,
    title: str,
    body: Safe,
    *,
    subject: str,
    demo: bool,
    footer: Content,
) -> str:
    """A whole, self-contained page: `lang` set, one h1 (the title), the body, the footer."""
    generator = f"{t('app')} {__version__}"
    head = join(
        [
            Safe('<meta charset="utf-8">'),
            Safe('<meta name="viewport" content="width=device-width, initial-scale=1">'),
            tag("title", title),
            Safe(f'<meta name="description" content="{esc(subject)}">'),
            Safe(f'<meta name="generator" content="{esc(generator)}">'),
            tag("style", Safe(stylesheet())),
        ]
    )
    banner = demo_banner(t) if demo else Safe("")
    main = tag("main", join([banner, tag("h1", title), body, tag("footer", para(footer, "note"))]))
    page = tag("html", join([tag("head", head), tag("body", main)]), lang=t.lang)
    return f"<!DOCTYPE html>\n{page}\n"


def demo_banner(t: Text) -> Safe:
    """The demonstration-data warning, as the PDF prints it on every page."""
    return tag("p", t("demo.banner"), class_="demo", role="note")
