"""Printing a generated report: each page rendered as an image at the printer's resolution."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument

try:  # PySide6-Essentials may come without printing support
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
except ImportError:  # pragma: no cover - depends on the installed wheel
    QPrintDialog = QPrinter = None  # type: ignore[assignment, misc]

PRINT_DPI = 300  # enough for print; more only makes the job slower


def make_printer(document_name: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document_name)
    return printer


def print_document(document: QPdfDocument, printer: QPrinter) -> int | None:
    """Send every page to `printer`; pages printed, or None if the printer did not start."""
    painter = QPainter()
    if not painter.begin(printer):
        return None
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            _paint_page(document, painter, printer, page)
    finally:
        painter.end()
    return document.pageCount()


def _paint_page(document: QPdfDocument, painter: QPainter, printer: QPrinter, page: int) -> None:
    area = painter.viewport()
    points = document.pagePointSize(page)
    dpi = min(printer.resolution(), PRINT_DPI)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    image = document.render(page, size)
    target = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    painter.drawImage(QRect(area.topLeft(), target), image)
