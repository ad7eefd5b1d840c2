"""Texts marked for translation where they are defined and translated where they are shown.

PySide6 declares its QT_TRANSLATE_NOOP as returning `object`; this one returns the text
typed as str. pyside6-lupdate finds the mark by its name, so tables written with it are
extracted under the context given, and shown with QCoreApplication.translate(context, text).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """The text itself, marked for extraction under `context`."""
    del context  # read by pyside6-lupdate only
    return text
