"""What the running head of each page names: the section, and the commitment, in force on it."""

from __future__ import annotations


class RunningHead:
    """Follows the navigable headings as they are drawn, page by page.

    A page names the first section or commitment whose heading it prints; a page that prints
    none names the one it continues. `template` joins a section and a commitment
    ("{section} — {commitment}").
    """

    def __init__(self, template: str) -> None:
        self.template = template
        self.section = ""
        self.commitment = ""
        self._top: tuple[str, str] = ("", "")  # in force where the page begins
        self._first: tuple[str, str] | None = None  # named by the page's first heading

    def page_begins(self) -> None:
        self._top, self._first = (self.section, self.commitment), None

    def heading(self, level: int, title: str) -> None:
        """A navigable heading was drawn: level 0 opens a section, level 1 a commitment in it."""
        if level == 0:
            self.section, self.commitment = title, ""
        else:
            self.commitment = title
        if self._first is None:
            self._first = (self.section, self.commitment)

    def text(self) -> str:
        """The running head of the current page ("" before the first section)."""
        section, commitment = self._first or self._top
        if not commitment:
            return section
        return self.template.format(section=section, commitment=commitment)
