"""Every text a window shows, and which of it is still English or cut off (i18n tests)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
    QWizardPage,
)

from tests.ui.ts_checks import PLACEHOLDER, messages

# Words written the same in English and French (or names no one translates): never offenders.
SAME_IN_BOTH = frozenset(
    """Type Date Description Source Sources URL PDF CSV HTML PNG Excel Total Action Actions
    Question Questions Note Notes Code Score Format Message Minimum Maximum Version Impact
    Instrument Instruments Incident Incidents Position Service Services Options Mode OK ID
    Port A4 Document Documents Article Articles SHA-256""".split()
) | {"Pledge Tracker", "English", "Français", "US Letter", "CSV…"}
# Qt's own English on standard buttons and dialogs, which qtbase_fr.qm translates.
QT_OWN = (
    "Cancel",
    "Close",
    "Apply",
    "Save",
    "Open",
    "Yes",
    "No",
    "Help",
    "Reset",
    "&Next >",
    "< &Back",
    "&Finish",
    "Commit",
    "Discard",
    "Restore Defaults",
    "Save All",
    "Abort",
)


def _bare(text: str) -> str:
    """`text` as read: mnemonic & removed (&& is a literal &), spaces collapsed."""
    return " ".join(re.sub(r"&(&?)", r"\1", text).split())


def _pattern(source: str) -> re.Pattern[str] | None:
    """A source with placeholders or plural marks as a regex over the shown text; None
    when nothing but placeholders and punctuation is left (it would match anything)."""
    bare = _bare(source)
    if not re.search(r"[A-Za-z]{3}", PLACEHOLDER.sub("", bare)):
        return None
    parts = []
    for piece in re.split(f"({PLACEHOLDER.pattern})", bare):
        if PLACEHOLDER.fullmatch(piece or "x"):
            parts.append(r"[\d\s.,\u202f\u00a0]+" if piece == "%n" else ".+?")
        elif piece:
            parts.append(re.escape(piece).replace(r"\(s\)", "s?"))
    return re.compile("".join(parts), re.DOTALL)


class EnglishSources:
    """The English source texts of a .ts file (plus Qt's own), to recognise them on screen."""

    def __init__(self, ts_file: Path) -> None:
        found = messages(ts_file)
        sources = [m.source for m in found] + list(QT_OWN)
        self.exact = {_bare(s) for s in sources if not PLACEHOLDER.search(s) and "(s)" not in s}
        self.patterns = [p for s in sources if s not in self.exact for p in [_pattern(s)] if p]
        # A plural the French writes as the English does ("7 instruments") is French too.
        self.french = [
            p
            for m in found
            if len(m.translations) > 1
            for form in m.translations
            for p in [_pattern(form)]
            if p
        ]

    def is_english(self, text: str) -> bool:
        shown = _bare(text)
        if not re.search(r"[A-Za-z]{2}", shown) or shown in SAME_IN_BOTH:
            return False
        if any(p.fullmatch(shown) for p in self.french):
            return False
        return shown in self.exact or any(p.fullmatch(shown) for p in self.patterns)

    def found_in(self, root: QWidget, where: str) -> list[str]:
        """ "where: widget: 'text'" for every English text under `root`."""
        return [f"{where}: {what}: {text!r}" for what, text in texts(root) if self.is_english(text)]


def texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(which widget, text) for each text `root` and its children show a user."""
    for widget in [root, *root.findChildren(QWidget)]:
        name = type(widget).__name__
        if widget.isWindow() and not isinstance(widget, QMenu):
            yield f"{name} title", widget.windowTitle()
        if widget.toolTip():
            yield f"{name} tooltip", widget.toolTip()
        yield from ((f"{name} {what}", text) for what, text in _own_texts(widget))
        for action in widget.actions():
            yield f"{name} action", action.text()
            if action.toolTip() != _bare(action.text()):
                yield f"{name} action tooltip", action.toolTip()


def _own_texts(widget: QWidget) -> Iterable[tuple[str, str]]:
    if isinstance(widget, QLabel):
        yield "text", widget.text()
    elif isinstance(widget, QAbstractButton):
        yield "text", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "title", widget.title()
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
            yield "tab tooltip", widget.tabToolTip(i)
    elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QWizardPage):
        yield "page title", widget.title()
        yield "page subtitle", widget.subTitle()
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for section in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, Qt.Orientation.Horizontal, role)
                if isinstance(value, str):
                    yield "header", value


def cut_off(root: QWidget, where: str) -> list[str]:
    """Texts that do not fit their widget as laid out: buttons, form labels, tabs, headers."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        for text, needed, room in _fits(widget):
            if needed > room:
                found.append(
                    f"{where}: {type(widget).__name__} {text!r} needs {needed} px, has {room}"
                )
    return found


def _fits(widget: QWidget) -> Iterable[tuple[str, int, int]]:
    """(text, pixels it needs, pixels it has) for each text of `widget` that must fit."""
    metrics, style = widget.fontMetrics(), widget.style()
    if isinstance(widget, QAbstractButton) and widget.text():
        text = _bare(widget.text())
        extra = 0
        if isinstance(widget, QCheckBox | QRadioButton):
            extra = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + style.pixelMetric(
                QStyle.PixelMetric.PM_CheckBoxLabelSpacing
            )
        elif isinstance(widget, QPushButton):
            extra = 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin)
            if not widget.icon().isNull():
                extra += widget.iconSize().width() + 4
        elif isinstance(widget, QToolButton):
            if widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
                return
            if widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
                extra = widget.iconSize().width()
        yield text, metrics.horizontalAdvance(text) + extra, widget.width()
    elif isinstance(widget, QTabBar):
        margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace) // 2
        for i in range(widget.count()):
            text = _bare(widget.tabText(i))
            yield text, metrics.horizontalAdvance(text), widget.tabRect(i).width() - margin // 2
    elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
        model = widget.model()
        margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        for section in range(widget.count()):
            value = model.headerData(section, Qt.Orientation.Horizontal) if model else None
            if isinstance(value, str) and value and not widget.isSectionHidden(section):
                yield value, metrics.horizontalAdvance(value) + margin, widget.sectionSize(section)
    elif isinstance(widget, QLabel) and _in_form(widget) and not widget.wordWrap():
        text = _bare(widget.text())
        if text and "<" not in text:
            yield text, metrics.horizontalAdvance(text), widget.contentsRect().width()


def _in_form(label: QLabel) -> bool:
    """Whether `label` is the label of a row in a QFormLayout."""
    parent = label.parentWidget()
    layouts = parent.findChildren(QFormLayout) if parent else []
    if parent is not None and isinstance(parent.layout(), QFormLayout):
        layouts.append(parent.layout())
    return any(
        form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None
        and form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget() is label
        for form in layouts
        for row in range(form.rowCount())
    )
