"""A throw-away translation installed for one test: proves a text is read under its context."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator


def pyside_tool(name: str) -> str:
    """PySide6's own tool (pyside6-lupdate, pyside6-lrelease), beside this Python first."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed with this PySide6")
    return found


@contextmanager
def probe_translation(
    folder: Path, messages: Mapping[tuple[str, str], str]
) -> Iterator[QTranslator]:
    """Install a translation of (context, source) -> text for the duration of the block."""
    contexts: dict[str, list[str]] = {}
    for (context, source), text in messages.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(text)}</translation></message>"
        )
    body = "".join(
        f"<context><name>{escape(name)}</name>{''.join(items)}</context>"
        for name, items in contexts.items()
    )
    source = folder / "probe.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        f'<TS version="2.1" language="fr">{body}</TS>',
        encoding="utf-8",
    )
    compiled = folder / "probe.qm"
    command = [pyside_tool("pyside6-lrelease"), str(source), "-qm", str(compiled)]
    subprocess.run(command, check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)
