"""Charts in the PDF: the dashboard's own chart functions, rendered at print resolution.

Charts are drawn by pledge_tracker.charts (the same code as the app's dashboard) on a
matplotlib Figure and embedded as 200 dpi PNG images (crisp in print, and much faster for
reportlab than vector graphics it cannot import).
"""

from __future__ import annotations

import io
import logging
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PIL import Image as PILImage
from reportlab.platypus import Flowable, Image, KeepTogether

from pledge_tracker.reports.blocks import Ctx, spacer

DPI = 200
log = logging.getLogger(__name__)


def chart_image(name: str, data: Any, width: float, lang: str) -> Image | None:
    """The chart `name` as an image at most `width` points wide; None if it cannot be drawn."""
    try:
        from pledge_tracker.charts import registry
    except ImportError:  # charts not installed in this build: the report still prints
        return None
    if name not in registry.CHARTS:
        return None
    return figure_image(registry.figure(name, data, lang=lang, dpi=DPI), width)


def figure_image(figure: Figure, width: float) -> Image:
    """A drawn matplotlib Figure as a 200 dpi image at most `width` points wide."""
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    # Flattened onto white (no alpha channel): one image per chart, no soft mask beside it.
    picture = PILImage.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba())
    buffer = io.BytesIO()
    picture.convert("RGB").save(buffer, format="PNG", optimize=False)
    inches_wide, inches_high = figure.get_size_inches()
    scale = min(1.0, width / (inches_wide * 72))
    buffer.seek(0)
    return Image(buffer, width=inches_wide * 72 * scale, height=inches_high * 72 * scale)


def chart_flowables(ctx: Ctx) -> list[Flowable]:
    """Every chart the report's data carries, each kept whole on its page."""
    parts: list[Flowable] = []
    for name, data in ctx.data.charts:
        image = chart_image(name, data, ctx.width, ctx.data.lang)
        if image is None:
            log.info("chart %s is not available; left out of the report", name)
            continue
        parts.append(KeepTogether([image, spacer(10)]))
    return parts
