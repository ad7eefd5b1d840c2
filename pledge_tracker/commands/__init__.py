"""Sub-commands of the command line, one module per family; each has register(subparsers)."""

from __future__ import annotations

from types import ModuleType

from pledge_tracker.commands import (
    backups,
    chart,
    core,
    migrate,
    report,
    team,
    transfer,
    wording,
)

COMMAND_MODULES: list[ModuleType] = [core, backups, migrate, transfer, report, chart, wording, team]
