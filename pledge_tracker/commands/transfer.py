"""import, export and template: spreadsheets and data packages on the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.commands.common import add_db, date_arg, db_of, open_db
from pledge_tracker.db.engine import database_url, sqlite_path
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.safe_files import refuse_protected
from pledge_tracker.services.transfer import import_file
from pledge_tracker.services.transfer.columns import kinds
from pledge_tracker.services.transfer.exports import WHAT, export_table
from pledge_tracker.services.transfer.importer import ImportRefused, ImportReport
from pledge_tracker.services.transfer.merge import MINE, THEIRS, Conflict
from pledge_tracker.services.transfer.package import export_package
from pledge_tracker.services.transfer.package_import import ConflictsUnresolved, PackageReport
from pledge_tracker.services.transfer.readers import file_format
from pledge_tracker.services.transfer.templates import write_template


def register(subparsers: argparse._SubParsersAction) -> None:
    imp = subparsers.add_parser(
        "import", help="import a CSV or XLSX spreadsheet, or a .zip data package"
    )
    add_db(imp)
    imp.add_argument("file", type=Path, help="a .csv, .xlsx or .zip file")
    imp.add_argument("--dry-run", action="store_true", help="say what each row would do")
    imp.add_argument("--kind", choices=kinds(), help="what the spreadsheet holds (default: guess)")
    imp.add_argument(
        "--keep-mine", action="store_true", help="package conflicts: keep this database's records"
    )
    imp.add_argument(
        "--take-theirs",
        action="append",
        default=[],
        metavar="UID",
        help="package conflicts: take the package's version of this record (or 'all')",
    )
    imp.set_defaults(func=cmd_import)

    exp = subparsers.add_parser("export", help="export CSV, XLSX or a .zip data package")
    add_db(exp)
    exp.add_argument("--format", required=True, choices=("csv", "xlsx", "json"))
    exp.add_argument("--out", required=True, type=Path, help="the file to write")
    exp.add_argument(
        "--what", choices=WHAT, help="csv: one table (default evidence); xlsx: one sheet or all"
    )
    exp.add_argument("--as-of", type=date_arg, default=None, help="YYYY-MM-DD (default today)")
    exp.set_defaults(func=cmd_export)

    tpl = subparsers.add_parser("template", help="an empty import template for a kind")
    tpl.add_argument("kind", choices=kinds())
    tpl.add_argument("--out", required=True, type=Path, help="FILE.csv or FILE.xlsx")
    tpl.set_defaults(func=cmd_template)


def cmd_import(args: argparse.Namespace) -> int:
    is_package = file_format(args.file) == "package"
    database = _open_for_package(args) if is_package else open_db(args)
    resolutions = {uid: THEIRS for uid in args.take_theirs if uid != "all"}
    default = THEIRS if "all" in args.take_theirs else (MINE if args.keep_mine else None)
    try:
        report = import_file(
            database,
            args.file,
            kind=args.kind,
            dry_run=args.dry_run,
            resolutions=resolutions,
            default=default,
        )
    except ImportRefused as exc:
        if args.dry_run:  # the plan, row by row, bad rows included
            _print_report(exc.report, verbose=True)
        elif len(exc.report.errors) > 1:  # one line still; the dry run lists every row
            raise PledgeError(f"{exc} (--dry-run lists every row)") from None
        raise
    except ConflictsUnresolved as exc:
        _print_conflicts(exc.report.unresolved, sys.stderr)
        print(
            "resolve with --keep-mine, --take-theirs UID (repeatable) or --take-theirs all",
            file=sys.stderr,
        )
        raise
    finally:
        database.dispose()
    _print_report(report, verbose=args.dry_run)
    return 0


def _open_for_package(args: argparse.Namespace):
    """A package may create its database: an empty one (no seed) that it then fills exactly."""
    path = sqlite_path(database_url(db_of(args)))
    if path is not None and not path.exists():
        return open_app_database(path, seed_new=False)
    return open_db(args)


def _print_report(report: ImportReport | PackageReport, *, verbose: bool) -> None:
    if isinstance(report, ImportReport):
        if verbose:
            for outcome in report.outcomes:
                detail = outcome.detail
                if outcome.field:
                    detail = f"field '{outcome.field}': {detail}"
                detail = f" ({detail})" if detail else ""
                print(f"row {outcome.row}: {outcome.action:<5} {outcome.label}{detail}")
        for notice in report.notices:
            print(f"note: {notice}", file=sys.stderr)
    elif report.conflicts:
        _print_conflicts(report.conflicts, sys.stdout)
    print(report.summary())


def _print_conflicts(conflicts: tuple[Conflict, ...], stream) -> None:
    for conflict in conflicts:
        print(f"conflict: {conflict.entity} '{conflict.label}' ({conflict.uid})", file=stream)
        for diff in conflict.diffs:
            print(f"    {diff.field}: here '{diff.mine}', package '{diff.theirs}'", file=stream)


def cmd_export(args: argparse.Namespace) -> int:
    database = open_db(args)
    try:
        refuse_protected(args.out)  # before the work: never the database, a backup or its WAL
        if args.format == "json":
            summary = export_package(database, args.out)
            print(
                f"wrote {args.out}: {summary.counts['evidence']} evidence items, "
                f"{summary.counts['assessments']} assessments, {summary.attachments} attachments, "
                f"{summary.counts['audit_entries']} audit entries"
            )
        else:
            export_table(database, args.out, fmt=args.format, what=args.what, as_of=args.as_of)
            print(f"wrote {args.out}")
    finally:
        database.dispose()
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() not in (".csv", ".xlsx"):
        print("pledge-tracker: template --out must end in .csv or .xlsx", file=sys.stderr)
        return 2
    write_template(args.kind, args.out)
    print(f"wrote {args.out}: an empty {args.kind} template")
    return 0
