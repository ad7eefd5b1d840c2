"""Import and export: spreadsheets in and out, data packages between databases.

`import_file` is the one entry point for a file of any supported kind: a .csv or .xlsx
spreadsheet (all rows or none) or a .zip data package (restored or merged).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pledge_tracker.safe_files import check_input

if TYPE_CHECKING:  # loaded when a file is imported (openpyxl, Alembic: slow to import)
    from pledge_tracker.db.uow import Database
    from pledge_tracker.services.transfer.importer import ImportReport
    from pledge_tracker.services.transfer.package_import import PackageReport


def import_file(
    database: Database,
    path: Path,
    *,
    kind: str | None = None,
    mapping: dict[str, int] | None = None,
    dry_run: bool = False,
    resolutions: Mapping[str, str] | None = None,
    default: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport | PackageReport:
    """Import a spreadsheet or a data package, whichever `path` is (by its extension)."""
    from pledge_tracker.services.transfer.importer import import_spreadsheet
    from pledge_tracker.services.transfer.package_import import import_package
    from pledge_tracker.services.transfer.readers import file_format

    path = check_input(Path(path))  # a FIFO or device would hang the reader; no output over it
    if file_format(path) == "package":
        return import_package(
            database,
            path,
            dry_run=dry_run,
            resolutions=resolutions,
            default=default,
            progress=progress,
        )
    return import_spreadsheet(
        database, path, kind=kind, mapping=mapping, dry_run=dry_run, progress=progress
    )


__all__ = ["ImportReport", "PackageReport", "import_file"]


def __getattr__(name: str) -> Any:
    """The report types, importable from here as before (loaded on first use)."""
    if name == "ImportReport":
        from pledge_tracker.services.transfer.importer import ImportReport

        return ImportReport
    if name == "PackageReport":
        from pledge_tracker.services.transfer.package_import import PackageReport

        return PackageReport
    raise AttributeError(name)
