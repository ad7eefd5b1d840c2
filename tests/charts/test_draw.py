"""Each chart draws what its data says: bars, cells, lines, labels; and says so when empty."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from matplotlib.axes import Axes
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.text import Text

from pledge_tracker.charts.common import is_no_data
from pledge_tracker.charts.glyphs import glyph_count
from pledge_tracker.charts.heatmap import CELL_GID, ROW_GID, figsize, locate_heatmap, slots
from pledge_tracker.charts.levels import locate_levels_by_group
from pledge_tracker.charts.registry import CHARTS, figure
from pledge_tracker.domain.levels import LEVEL_COLOURS, Level
from pledge_tracker.services.chart_data import IndicatorsOverTime, LevelsByGroup, ProgressOverTime
from tests.charts import samples


def drawn(name: str, data: object, lang: str = "en") -> tuple[Figure, Axes]:
    fig = figure(name, data, lang=lang, dpi=72)
    return fig, fig.axes[0]


def texts(ax: Axes) -> list[str]:
    return [t.get_text() for t in ax.texts]


def test_levels_by_group_bars_are_shares_of_applicable_cells_gaps_included() -> None:
    _, ax = drawn("levels_by_group", samples.levels_by_group())
    # governments: complete, limited, not assessed; providers: regressed, not assessed;
    # joint: not assessed only
    assert len(ax.patches) == 6
    words = texts(ax)
    assert "Governments: 3 of 6 cells assessed (50% coverage)" in words
    assert "Governments and providers together: 0 of 4 cells assessed (0% coverage)" in words
    assert {"● 2", "◔ 1", "▼ 1", "3", "4"} <= set(words)
    bars: dict[float, list[tuple[str, float]]] = {}
    for patch in ax.patches:
        row = round(patch.get_y() + patch.get_height() / 2, 1)
        bars.setdefault(row, []).append((patch.get_facecolor(), round(patch.get_width(), 1)))
    widths = {row: sorted(w for _, w in parts) for row, parts in bars.items()}
    assert widths == {0.0: [16.7, 33.3, 50.0], 1.0: [50.0, 50.0], 2.0: [100.0]}
    # the assessed part of a bar is its coverage: half the governments' cells, none joint
    white = to_rgba(LEVEL_COLOURS[Level.NOT_ASSESSED])
    assessed = {row: sum(w for c, w in parts if c != white) for row, parts in bars.items()}
    assert assessed == {0.0: pytest.approx(50.0, abs=0.1), 1.0: 50.0, 2.0: 0}
    assert ax.get_title(loc="left") == "Progress by commitment group, as of 30 Jun 2024"


def test_every_filled_level_is_told_apart_without_colour() -> None:
    _, ax = drawn("levels_by_group", samples.levels_by_group())
    legend = ax.get_legend()
    keys = [
        (h.get_hatch() or "", t.get_text())
        for h, t in zip(legend.legend_handles, legend.get_texts(), strict=True)
    ]
    assert len(keys) == 7 and keys[-1] == ("", "Not assessed")  # the white gap comes last
    hatches = [hatch for hatch, _ in keys[:-1]]
    glyphs = [label.split()[0] for _, label in keys[:-1]]
    assert len(set(hatches)) == 6 and len(set(glyphs)) == 6  # each pattern and glyph unique


def test_heatmap_has_a_cell_per_supporter_and_commitment_with_glyphs() -> None:
    data = samples.heatmap(rows=3)
    _, ax = drawn("heatmap", data)
    (image,) = ax.images
    assert image.get_array().shape[:2] == (5, 3)  # 2 kind headings + 3 supporters, 3 columns
    # governments: ● and – each; the provider: –, ◔ and ?; "not assessed" stays blank
    assert glyph_count(ax, CELL_GID) == 7
    expected = {
        Level.COMPLETE: 2,
        Level.NOT_APPLICABLE: 3,
        Level.LIMITED: 1,
        Level.NO_EVIDENCE: 1,
        Level.NOT_ASSESSED: 0,
    }
    assert {lv: glyph_count(ax, CELL_GID, lv) for lv in expected} == expected
    labels = [t.get_text() for t in ax.texts if t.get_gid() == ROW_GID]
    assert labels == [
        "Governments",
        "Supporter 0",
        "Supporter 1",
        "Online service providers",
        "Supporter 2",
    ]
    (review,) = [line for line in ax.lines if line.get_gid() == "needs-review"]
    assert len(review.get_xdata()) == 1
    assert [t.get_text() for t in ax.get_xticklabels()] == ["GOV-1", "OSP-1", "JOINT-1"]


def test_heatmap_grows_with_its_rows_so_74_supporters_stay_legible() -> None:
    small, large = figsize(samples.heatmap(rows=3)), figsize(samples.heatmap(rows=80))
    assert large[0] == small[0]
    assert large[1] - small[1] == pytest.approx(0.19 * 77)


def test_heatmap_pages_cut_rows_for_print() -> None:
    pages = samples.heatmap(rows=7).pages(3)
    assert [len(page.rows) for page in pages] == [3, 3, 1]
    assert all(page.commitments == pages[0].commitments for page in pages)


def test_score_and_coverage_draw_a_line_per_series_with_gaps_before_any_judgement() -> None:
    data = samples.progress()
    _, score = drawn("score_over_time", data)
    assert len(score.lines) == 3
    # each latest score is shown with the coverage it rests on
    assert [line.get_label() for line in score.lines] == [
        "All supporters (40 · 40% assessed)",
        "Governments (50 · 25% assessed)",
        "Partners (100 · 50% assessed)",
    ]
    partners = score.lines[2].get_ydata()
    assert math.isnan(partners[0]) and math.isnan(partners[1]) and partners[3] == 100
    _, coverage = drawn("coverage_over_time", data)
    assert [line.get_label() for line in coverage.lines][2] == "Partners (50%)"
    assert list(coverage.lines[0].get_ydata()) == pytest.approx([10, 20, 30, 40])
    markers = {line.get_marker() for line in score.lines}
    assert len(markers) == 3  # each line has its own marker: told apart without colour


def test_evidence_stacks_one_segment_per_kind_and_quarter() -> None:
    _, ax = drawn("evidence_by_quarter", samples.evidence())
    assert len(ax.patches) == 3
    heights = sorted(p.get_height() for p in ax.patches)
    assert heights == [1, 2, 3]
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["Legislation (5)", "News report (1)"]
    assert "restricted items included" in ax.get_xlabel()


def test_changes_draw_a_bar_per_movement_and_a_count_for_every_kind() -> None:
    _, ax = drawn("changes", samples.changes())
    assert len(ax.patches) == 3  # 2 upgrades + 1 new (governments), 1 downgrade (providers)
    words = texts(ax)
    assert words.count("▲ 2") == 1 and words.count("▼ 1") == 1 and words.count("✚ 1") == 1
    assert words.count("▲ 0") == 2  # zero is said, not drawn
    assert ax.get_title(loc="left") == "What changed, from 30 Jun 2023 to 30 Jun 2024"


EMPTY = {
    "indicators": IndicatorsOverTime(samples.AS_OF, ()),
    "levels_by_group": LevelsByGroup(samples.AS_OF, (), 0),
    "heatmap": replace(samples.heatmap(), rows=()),
    "score_over_time": ProgressOverTime(samples.AS_OF, samples.QUARTERS, ()),
    "coverage_over_time": ProgressOverTime(samples.AS_OF, samples.QUARTERS, ()),
    "evidence_by_quarter": replace(samples.evidence(), counts={}, stakeholders={}),
    "changes": replace(
        samples.changes(),
        groups=tuple(
            replace(g, counts=dict.fromkeys(g.counts, 0)) for g in samples.changes().groups
        ),
    ),
}


@pytest.mark.parametrize("name", list(CHARTS))
def test_a_chart_without_data_says_so_instead_of_drawing_empty_axes(name: str) -> None:
    fig, ax = drawn(name, EMPTY[name])
    assert is_no_data(ax)
    assert not ax.patches and not ax.lines and not ax.images and not ax.collections
    message = next(t.get_text() for t in ax.texts)
    assert message.startswith("No data for ")
    assert "30 Jun 2024" in message and "30 Jun 2024" in ax.get_title(loc="left")
    assert CHARTS[name].is_empty(EMPTY[name])
    assert fig.get_size_inches()[1] == pytest.approx(2.0)


def test_a_nothing_assessed_heatmap_is_no_data_too() -> None:
    data = samples.heatmap()
    blank = tuple(
        replace(r, levels=(Level.NOT_ASSESSED,) * 3, summary=samples.empty_summary())
        for r in data.rows
    )
    _, ax = drawn("heatmap", replace(data, rows=blank))
    assert is_no_data(ax)
    assert "No supporter has been assessed yet" in texts(ax)[0]


FULL = {
    "levels_by_group": samples.levels_by_group(),
    "heatmap": samples.heatmap(),
    "score_over_time": samples.progress(),
    "coverage_over_time": samples.progress(),
    "evidence_by_quarter": samples.evidence(),
    "changes": samples.changes(),
    "indicators": samples.indicators_over_time(),
}


@pytest.mark.parametrize("name", list(CHARTS))
def test_every_word_on_every_chart_is_at_least_9_points(name: str) -> None:
    fig, _ = drawn(name, FULL[name])
    sizes = {
        t.get_text(): t.get_fontsize()
        for t in fig.findobj(Text)
        if t.get_visible() and t.get_text().strip()
    }
    assert sizes
    assert min(sizes.values()) >= 9, {k: v for k, v in sizes.items() if v < 9}


@pytest.mark.parametrize("name", list(CHARTS))
def test_every_title_says_what_and_as_of_when(name: str) -> None:
    _, ax = drawn(name, FULL[name])
    title = ax.get_title(loc="left")
    assert title.startswith(CHARTS[name].heading(FULL[name]).split(",")[0])
    assert "30 Jun 2024" in title


def test_charts_speak_french_when_asked() -> None:
    _, ax = drawn("levels_by_group", samples.levels_by_group(), lang="fr")
    assert ax.get_title(loc="left") == "Progrès par groupe d'engagements, au 30 juin 2024"
    assert "Gouvernements : 3 cellules évaluées sur 6 (couverture 50 %)" in texts(ax)
    assert "Achevé" in [t.get_text().split(" ", 1)[1] for t in ax.get_legend().get_texts()]


def test_a_click_on_a_segment_names_its_supporters_and_commitments() -> None:
    data = samples.levels_by_group()
    target = locate_levels_by_group(data, 10, 0)  # inside the governments' "complete" part
    assert target is not None
    assert target.stakeholder_ids == {10} and target.commitment_ids == {1, 2}
    assert locate_levels_by_group(data, 40, 0).stakeholder_ids == {11}  # "limited"
    assert locate_levels_by_group(data, 90, 0).stakeholder_ids == {10, 11}  # "not assessed"
    assert locate_levels_by_group(data, 50, 0.5) is None  # between bars
    joint = locate_levels_by_group(data, 50, 2)  # the joint group: all of it not assessed
    assert joint is not None and joint.commitment_ids == {4, 5}


def test_a_click_on_a_heatmap_cell_names_that_supporter_and_commitment() -> None:
    data = samples.heatmap()
    lines = slots(data)
    assert lines[0].row is None and lines[1].row is not None
    target = locate_heatmap(data, 2.2, 1.1)
    assert target is not None
    assert target.stakeholder_ids == {100} and target.commitment_ids == {3}
    assert locate_heatmap(data, 0, 0) is None  # a kind heading
    assert locate_heatmap(data, 7, 1) is None  # outside the grid


@pytest.mark.parametrize(
    ("name", "x", "y", "expected"),
    [
        ("changes", 1.0, 0.0, ({1}, {1})),  # governments' upgrades
        ("evidence_by_quarter", 3.1, 2.0, ({8, 9}, set())),
    ],
)
def test_other_charts_locate_their_bars(name: str, x: float, y: float, expected: tuple) -> None:
    target = CHARTS[name].locate(FULL[name], x, y)
    assert target is not None
    assert (set(target.stakeholder_ids), set(target.commitment_ids)) == expected


def test_a_click_on_a_kind_line_narrows_by_kind() -> None:
    target = CHARTS["score_over_time"].locate(samples.progress(), 3, 52)
    assert target is not None and target.kinds == {"government"}
    assert CHARTS["score_over_time"].locate(samples.progress(), 3, 41) is None  # "all": no filter
    assert CHARTS["score_over_time"].locate(samples.progress(), 3, 75) is None  # far from lines


def test_figures_draw_a_panel_per_metric_and_label_values_exactly() -> None:
    fig, _ = drawn("indicators", samples.indicators_over_time())
    panels = [a for a in fig.axes if a.lines]
    assert len(panels) == 2  # items actioned, share found proactively
    assert sum(len(a.lines) for a in panels) == 3  # two providers, then one
    labels = [t.get_text() for a in panels for t in a.texts]
    assert "1,400.5" in labels and "61" in labels and "0.3" in labels
    assert {a.get_ylabel() for a in panels} == {"items", "percent"}
