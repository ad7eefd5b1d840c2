"""`pledge-tracker chart`: every chart renders from the demo database to PNG and SVG."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.charts.registry import CHARTS
from pledge_tracker.cli import main
from tests.indicators.helpers import add_figure, add_report

CLI = [sys.executable, "-m", "pledge_tracker"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120)


def test_chart_list_names_every_chart() -> None:
    result = run("chart", "--list")
    assert result.returncode == 0, result.stderr
    listed = [line.split()[0] for line in result.stdout.splitlines()]
    assert listed == list(CHARTS)
    assert "Progress by commitment group" in result.stdout


# One process runs the command line's own entry point for every chart and format (each
# `pledge-tracker` start costs ~1.5 s of imports; twelve of them would dominate the suite).
EVERY_CHART = """
import sys
from pledge_tracker.cli import main
db, folder, names = sys.argv[1], sys.argv[2], sys.argv[3:]
for name in names:
    for fmt in ("png", "svg"):
        out = f"{folder}/{name}.{fmt}"
        args = ["chart", name, "--db", db, "--out", out, "--since", "2019-05-15", "--dpi", "72"]
        status = main(args)  # 72 dpi: this is about the command; 200 dpi is tested in-process
        print(name, fmt, status)
"""


def test_every_chart_renders_from_the_demo_database_to_png_and_svg(
    demo_db_path: Path, tmp_path: Path
) -> None:
    database = open_app_database(demo_db_path)
    add_figure(database, add_report(database))  # the demo itself records no published figure
    database.dispose()
    result = subprocess.run(
        [sys.executable, "-c", EVERY_CHART, str(demo_db_path), str(tmp_path), *CHARTS],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    statuses = result.stdout.split("\n")
    assert [line for line in statuses if line] == [
        f"{name} {fmt} 0" for name in CHARTS for fmt in ("png", "svg")
    ]
    for name in CHARTS:
        png = (tmp_path / f"{name}.png").read_bytes()
        svg = (tmp_path / f"{name}.svg").read_text("utf-8")
        assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5_000
        assert svg.lstrip().startswith("<?xml") and "<svg" in svg
        assert "No data for" not in svg  # the demo has something for every chart since 2019


def test_a_chart_as_of_a_date_before_any_judgement_says_no_data(
    demo_db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "early.svg"
    result = run(
        "chart", "heatmap", "--db", str(demo_db_path), "--out", str(out), "--as-of", "2019-01-31"
    )
    assert result.returncode == 0, result.stderr
    assert "No data for" in out.read_text("utf-8")


def test_one_supporter_and_a_pdf(demo_db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "nz.pdf"
    result = run(
        "chart",
        "score-over-time",
        "--db",
        str(demo_db_path),
        "--out",
        str(out),
        "--stakeholder",
        "New Zealand",
        "--stakeholder",
        "FR",
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (("chart", "pie", "--out", "x.png"), 1, "no chart called 'pie'"),
        (("chart", "heatmap", "--out", "x.gif"), 2, "--out must end in .png, .svg or .pdf"),
        (("chart", "heatmap"), 2, "give a chart NAME and --out FILE"),
        (
            ("chart", "heatmap", "--out", "x.png", "--as-of", "2024-13-01"),
            2,
            "month 13 does not exist",
        ),
        (("chart", "heatmap", "--out", "x.png", "--stakeholder", "Atlantis"), 1, "Atlantis"),
        (
            (
                "chart",
                "changes",
                "--out",
                "x.png",
                "--as-of",
                "2020-01-01",
                "--since",
                "2021-01-01",
            ),
            2,
            "--since must not be after --as-of",
        ),
    ],
)
def test_mistakes_get_one_line_and_the_right_exit_status(
    demo_db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    status: int,
    message: str,
) -> None:
    full = [str(tmp_path / a) if a in ("x.png", "x.gif") else a for a in args]
    try:
        code = main([*full, "--db", str(demo_db_path)])
    except SystemExit as exit_:  # argparse's usage errors
        code = int(exit_.code or 0)
    assert code == status
    assert message in capsys.readouterr().err
    assert not list(tmp_path.glob("x.*"))


def test_a_mistake_in_a_real_process_prints_no_traceback(demo_db_path: Path) -> None:
    result = run("chart", "pie", "--db", str(demo_db_path), "--out", "never.png")
    assert result.returncode == 1
    assert result.stderr.startswith("pledge-tracker: ") and "Traceback" not in result.stderr
