"""Reading a Qt Linguist .ts file: which messages are unfinished, which lost a placeholder."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

# %1..%9 (and %L1), Qt's plural %n, str.format fields {0} {name} {0:.1f} (not {{ }}).
PLACEHOLDER = re.compile(r"%L?[1-9]|%n|(?<!\{)\{[A-Za-z0-9_]*(?:[:!][^{}]*)?\}(?!\})")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>")
GONE = ("vanished", "obsolete")  # kept by lupdate for history: not shown anywhere


@dataclass(frozen=True)
class Message:
    """One source string and its translation(s): one, or one per plural form."""

    context: str
    source: str
    translations: tuple[str, ...]
    unfinished: bool

    def where(self) -> str:
        return f"{self.context or '(no context)'}: {self.source!r}"


def messages(path: Path) -> list[Message]:
    """Every live message of `path` (vanished and obsolete ones left out)."""
    found = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in GONE:
                continue
            forms = [] if translation is None else list(translation.iter("numerusform"))
            texts = (
                tuple(form.text or "" for form in forms)
                if forms
                else (translation.text or "" if translation is not None else "",)
            )
            source = message.findtext("source") or ""
            found.append(Message(name, source, texts, kind == "unfinished"))
    return found


def unfinished(found: list[Message]) -> list[str]:
    """Messages not translated: marked unfinished, or with an empty translation or form."""
    return [m.where() for m in found if m.unfinished or any(not t.strip() for t in m.translations)]


def marks(text: str) -> Counter[str]:
    """The placeholders and HTML tags of `text` that a translation must keep, counted."""
    found: Counter[str] = Counter(PLACEHOLDER.findall(text))
    found.update(
        f"<{'/' if tag.group(0).startswith('</') else ''}{tag.group(1).lower()}>"
        for tag in TAG.finditer(text)
    )
    return found


def lost_marks(found: list[Message]) -> list[str]:
    """Translations (each plural form) whose placeholders or tags differ from the source's."""
    offenders = []
    for message in found:
        wanted = marks(message.source)
        for text in message.translations:
            if text.strip() and marks(text) != wanted:
                missing = sorted((wanted - marks(text)).elements())
                extra = sorted((marks(text) - wanted).elements())
                offenders.append(f"{message.where()} -> {text!r} (lost {missing}, added {extra})")
    return offenders
