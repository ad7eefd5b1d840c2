"""Prints the hostile-input suite's counts at the end of a run over tests/reliability."""

from __future__ import annotations

import pytest

from tests.reliability import tally


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    failed = [
        report
        for report in terminalreporter.stats.get("failed", [])
        + terminalreporter.stats.get("error", [])
        if "tests/reliability/" in report.nodeid
    ]
    if tally.COUNTS or failed:
        terminalreporter.write_line(tally.summary(len(failed)))
