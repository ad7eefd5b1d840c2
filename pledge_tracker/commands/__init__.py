"""Sub-commands of the command line, one module per family; each has register(subparsers)."""

from __future__ import annotations

from types import ModuleType

from pledge_tracker.commands import backups, chart, core, report, team, transfer, wording

COMMAND_MODULES: list[ModuleType] = [core, backups, transfer, report, chart, wording, team]
