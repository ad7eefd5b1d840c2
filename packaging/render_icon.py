"""Render the hand-drawn SVG icon to the 256 px PNG beside it (run after editing the SVG).

QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

FOLDER = Path(__file__).resolve().parent / "linux"
SIZE = 256


def render(svg: Path, png: Path, size: int = SIZE) -> None:
    """Draw `svg` on a transparent square of `size` pixels and save it as `png`."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(png)):
        raise SystemExit(f"{png}: could not be written")


if __name__ == "__main__":
    app = QGuiApplication(sys.argv[:1])
    render(FOLDER / "pledge-tracker.svg", FOLDER / "pledge-tracker.png")
