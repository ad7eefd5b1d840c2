"""report: the scorecards, the summit briefing, the full report or an incident's, as a PDF."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import replace
from pathlib import Path

from pledge_tracker.commands.common import add_db, date_arg, open_db
from pledge_tracker.domain.dates import CALL_ADOPTED
from pledge_tracker.domain.words import counted

# The same names as reports.build, repeated so that other commands need not import reportlab.
REPORTS = ("scorecard", "briefing", "full")
INCIDENT = "incident"  # one incident's report (reports.build.incident_bytes)
PAPERS = ("a4", "letter")
LANGUAGES = ("en", "fr")
FORMATS = ("pdf", "html")  # html: the accessible edition, one self-contained file


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report",
        help="a PDF (or accessible HTML) report: scorecard, briefing, full or incident",
        description="Write an accountability report as a PDF or as accessible HTML.",
    )
    parser.add_argument("report", choices=(*REPORTS, INCIDENT), help="which report")
    add_db(parser)
    parser.add_argument("--out", required=True, type=Path, help="the file to write")
    parser.add_argument(
        "--format",
        dest="format",
        choices=FORMATS,
        default="pdf",
        help="pdf (default) or html: the accessible edition, one self-contained file",
    )
    parser.add_argument(
        "--as-of", type=report_date, default=None, help="YYYY-MM-DD (default today)"
    )
    parser.add_argument(
        "--since", type=report_date, default=None, help="changes since (default a year earlier)"
    )
    parser.add_argument(
        "--stakeholder",
        action="append",
        default=[],
        metavar="NAME",
        help="a supporter by name or country code (repeatable; default every active one)",
    )
    parser.add_argument(
        "--kind", dest="supporter_kind", default=None, help="only supporters of this kind"
    )
    parser.add_argument(
        "--incident",
        default=None,
        metavar="NAME",
        help="incident: the incident the report is about (its name)",
    )
    parser.add_argument("--paper", choices=PAPERS, default="a4", help="paper size (default a4)")
    parser.add_argument(
        "--public",
        action="store_true",
        help="leave restricted evidence (and restricted sightings) out, and say how much",
    )
    parser.add_argument(
        "--reviewed-only",
        action="store_true",
        help="print only ratings a second officer has reviewed (the others as not assessed)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="language (default en)")
    parser.add_argument(
        "--generated", type=date_arg, default=None, help="generation date printed (default today)"
    )
    parser.add_argument(
        "--rank-threshold",
        type=_percent,
        default=None,
        metavar="PERCENT",
        help="coverage a supporter needs to be ranked, 0-100 (default 50)",
    )
    parser.add_argument(
        "--notes",
        type=Path,
        default=None,
        metavar="FILE",
        help="briefing: the key findings, UTF-8, one per paragraph (saved, audited, and reused "
        "for the same language, period and scope)",
    )
    parser.set_defaults(func=cmd_report)


def report_date(text: str) -> dt.date:
    """argparse type for --as-of: a date no earlier than the adoption of the Call (exit 2)."""
    value = date_arg(text)
    if value < CALL_ADOPTED:
        raise argparse.ArgumentTypeError(
            f"{text} is before the Christchurch Call was adopted ({CALL_ADOPTED}); "
            f"give a date from {CALL_ADOPTED}"
        )
    return value


def _percent(value: str) -> float:
    """A whole or decimal percentage from 0 to 100, as a fraction."""
    try:
        number = float(value.strip().rstrip("%"))
    except ValueError:
        number = -1.0
    if not 0 <= number <= 100:
        raise argparse.ArgumentTypeError(f"'{value}' is not a percentage from 0 to 100")
    return number / 100


def cmd_report(args: argparse.Namespace) -> int:
    if (args.report == INCIDENT) != (args.incident is not None):
        wanted = "needs --incident NAME" if args.report == INCIDENT else "is for report incident"
        which = "report incident" if args.report == INCIDENT else "--incident"
        print(f"pledge-tracker: {which} {wanted}", file=sys.stderr)
        return 2
    if args.report == INCIDENT:
        return _incident_report(args)
    from pledge_tracker.reports.build import (
        check_target,
        html_bytes,
        report_bytes,
        write_atomically,
    )
    from pledge_tracker.services import report_notes
    from pledge_tracker.services.report_data import ReportOptions

    today = dt.date.today()
    options = ReportOptions(
        as_of=args.as_of or today,
        since=args.since,
        stakeholders=tuple(args.stakeholder),
        kind=args.supporter_kind,
        public=args.public,
        reviewed_only=args.reviewed_only,
        lang=args.lang,
        generated=args.generated or today,
    )
    if args.rank_threshold is not None:
        options = replace(options, rank_threshold=args.rank_threshold)
    if args.notes is not None and args.report != "briefing":
        print("pledge-tracker: --notes is for the briefing (its key findings)", file=sys.stderr)
        return 2
    notes = report_notes.read_notes(args.notes) if args.notes is not None else None
    database = open_db(args, read_only=notes is None)
    try:
        check_target(args.out)  # before the work, not after it (and never the database)
        if notes is not None:
            with database.write() as tx:
                report_notes.save(tx, report_notes.notes_key(options), notes)
        if args.format == "html":
            content, pages = html_bytes(args.report, database, options), 0
        else:
            content, pages = report_bytes(args.report, database, options, paper=args.paper)
    finally:
        database.dispose()
    path = write_atomically(content, args.out)
    size = "accessible HTML" if args.format == "html" else counted(pages, "page")
    print(f"wrote {args.report} report to {path} ({size})", file=sys.stderr)
    return 0


def _incident_report(args: argparse.Namespace) -> int:
    """One incident's report: what happened, protocols, responses, takedown (a PDF)."""
    from pledge_tracker.reports.build import (
        check_target,
        incident_bytes,
        incident_html_bytes,
        write_atomically,
    )
    from pledge_tracker.services.report_data.incident import IncidentReportOptions

    today = dt.date.today()
    options = IncidentReportOptions(
        incident=args.incident,
        as_of=args.as_of or today,
        public=args.public,
        lang=args.lang,
        generated=args.generated or today,
    )
    database = open_db(args, read_only=True)
    try:
        check_target(args.out)
        if args.format == "html":
            content, pages = incident_html_bytes(database, options), 0
        else:
            content, pages = incident_bytes(database, options, paper=args.paper)
    finally:
        database.dispose()
    path = write_atomically(content, args.out)
    size = "accessible HTML" if args.format == "html" else counted(pages, "page")
    print(f"wrote incident report to {path} ({size})", file=sys.stderr)
    return 0
