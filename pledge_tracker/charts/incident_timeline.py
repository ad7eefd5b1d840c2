"""The first 72 hours of an incident: each protocol activation and each supporter's response.

One lane a line, hours after the incident along the bottom: an activation is a bar from its
activation to its closing (or the chart's edge), a response a diamond at its first action.
The hour and the 24-hour marks are drawn as on the removal chart; what came later than 72
hours is counted under the chart (the report's tables list it).
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.axes import Axes

from pledge_tracker.charts import strings
from pledge_tracker.charts.common import no_data, note, set_title, short_name, style_axes
from pledge_tracker.charts.palette import (
    FONT_SIZE,
    INK,
    MUTED,
    NO_DATA_HEIGHT,
    PRINT_WIDTH,
    line_style,
)
from pledge_tracker.domain.takedown import ONE_DAY, ONE_HOUR, IncidentTimes

WINDOW = 72.0  # hours
LANE_NAME_LENGTH = 34
TITLE_NAME_LENGTH = 50


@dataclass(frozen=True)
class Lane:
    """One line of the timeline: its label, and when it starts and ends (hours after)."""

    label: str
    start: float
    end: float | None  # an activation's closing; None for a response (a moment)
    is_activation: bool


def lanes(times: IncidentTimes, lang: str = "en") -> tuple[list[Lane], int]:
    """The lanes within the first 72 hours, in time order, and how many came later."""
    found: list[Lane] = []
    later = 0
    for activation in times.activations:
        start = activation.hours_from_incident
        if start > WINDOW:
            later += 1
            continue
        end = None
        if activation.closed_at is not None:
            end = (activation.closed_at - times.incident.occurred_at).total_seconds() / 3600
        label = strings.text(f"protocol.{activation.protocol.value}", lang)
        found.append(Lane(label, start, end, True))
    for response in times.responses:
        if response.hours_from_incident > WINDOW:
            later += 1
            continue
        name = short_name(response.supporter, LANE_NAME_LENGTH)
        label = strings.text("responded", lang, supporter=name)
        found.append(Lane(label, response.hours_from_incident, None, False))
    found.sort(key=lambda lane: (lane.start, not lane.is_activation))
    return found, later


def title(times: IncidentTimes, lang: str = "en") -> str:
    name = short_name(times.incident.name, TITLE_NAME_LENGTH)
    return f"{strings.text('response_timeline', lang)}: {name}"


def figsize(times: IncidentTimes) -> tuple[float, float]:
    count = len(lanes(times)[0])
    return (PRINT_WIDTH, NO_DATA_HEIGHT if not count else 1.6 + 0.28 * count)


def draw_timeline(ax: Axes, times: IncidentTimes, *, lang: str = "en") -> None:
    """Activations as bars, responses as diamonds, over the first 72 hours."""
    heading = title(times, lang)
    shown, later = lanes(times, lang)
    if not shown:
        no_data(ax, heading, strings.text("no_timeline", lang))
        return
    set_title(ax, heading, from_edge=True)
    style_axes(ax, grid_axis="x")
    bar_style, point_style = line_style(1), line_style(2)
    for row, lane in enumerate(shown):
        start = max(lane.start, 0.0)
        if lane.is_activation:
            end = min(lane.end if lane.end is not None else WINDOW, WINDOW)
            ax.barh(row, max(end - start, 0.6), left=start, height=0.5, color=bar_style.colour)
            ax.plot([start], [row], marker="|", color=INK, markersize=10)
        else:
            ax.plot([start], [row], marker="D", color=point_style.colour, markeredgecolor=INK)
        ax.annotate(
            f"{lane.start:.1f} h".replace(".", "," if lang == "fr" else "."),
            xy=(start, row),
            xytext=(6, 0),
            textcoords="offset points",
            va="center",
            fontsize=FONT_SIZE,
            color=INK,
        )
    for mark, key in ((ONE_HOUR, "one_hour"), (ONE_DAY, "one_day")):
        ax.axvline(mark, color=MUTED, linewidth=1, linestyle=":")
        ax.annotate(
            strings.text(key, lang),
            xy=(mark, 1),
            xycoords=("data", "axes fraction"),
            xytext=(3, -2),
            textcoords="offset points",
            fontsize=FONT_SIZE,
            color=MUTED,
            va="top",
        )
    ax.set_yticks(range(len(shown)), [lane.label for lane in shown])
    ax.tick_params(axis="y", labelsize=FONT_SIZE)
    ax.invert_yaxis()
    ax.set_xlim(0, WINDOW)
    ax.set_xticks([0, 6, 12, 24, 36, 48, 60, 72])
    ax.set_xlabel(strings.text("hours_since", lang), fontsize=FONT_SIZE)
    if later:
        note(ax, strings.text("later", lang, n=later))
