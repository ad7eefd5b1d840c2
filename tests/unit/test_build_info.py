"""Which build is running: a checkout is a "development build"; a packaged app reads the
date and commit its build wrote (pledge_tracker/build_info.json), in --version too."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from pledge_tracker import __version__, build_info, cli
from pledge_tracker.build_info import BuildInfo, build_record, read_build_info


def _write_build_file(path: Path, day: dt.date, commit: str | None) -> Path:
    path.write_text(json.dumps(build_record(day, commit)), "utf-8")
    return path


def test_a_checkout_is_a_development_build() -> None:
    assert not build_info.BUILD_FILE.exists(), "build_info.json is generated, never committed"
    info = read_build_info()
    assert info == BuildInfo(__version__)
    assert info.is_development
    assert info.describe() == f"{__version__} (development build)"


def test_a_packaged_build_reads_the_date_and_commit_its_build_wrote(tmp_path: Path) -> None:
    path = _write_build_file(tmp_path / "build_info.json", dt.date(2026, 11, 30), "1a2b3c4d5e")
    info = read_build_info(path)
    assert info == BuildInfo(__version__, dt.date(2026, 11, 30), "1a2b3c4d5e")
    assert info.describe() == f"{__version__} (built 2026-11-30, commit 1a2b3c4d5e)"


def test_a_build_outside_git_gives_the_date_alone(tmp_path: Path) -> None:
    path = _write_build_file(tmp_path / "build_info.json", dt.date(2026, 1, 2), None)
    assert read_build_info(path).describe() == f"{__version__} (built 2026-01-02)"


@pytest.mark.parametrize("text", ["", "not json", "[]", '{"built": "yesterday"}', "{}"])
def test_an_unreadable_build_file_is_not_passed_off_as_a_dated_build(
    tmp_path: Path, text: str
) -> None:
    path = tmp_path / "build_info.json"
    path.write_text(text, "utf-8")
    assert read_build_info(path).is_development


def _version_output(capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as stop:
        cli.main(["--version"])
    assert stop.value.code == 0
    return capsys.readouterr().out.strip()


def test_version_option_says_development_build_in_a_checkout(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _version_output(capsys) == f"pledge-tracker {__version__} (development build)"


def test_version_option_names_the_packaged_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write_build_file(tmp_path / "build_info.json", dt.date(2026, 12, 1), "0123456789")
    monkeypatch.setattr(build_info, "BUILD_FILE", path)
    assert _version_output(capsys) == (
        f"pledge-tracker {__version__} (built 2026-12-01, commit 0123456789)"
    )
