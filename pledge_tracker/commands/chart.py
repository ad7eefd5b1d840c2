"""chart: one dashboard chart to PNG, SVG or PDF; `chart --list` names them."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from pledge_tracker.commands.common import add_db, date_arg, open_db
from pledge_tracker.safe_files import refuse_protected


def register(subparsers: argparse._SubParsersAction) -> None:
    chart = subparsers.add_parser(
        "chart",
        help="draw one dashboard chart to PNG, SVG or PDF (--list names them)",
        description="Draw one of the dashboard's charts to a file, as of a date.",
    )
    chart.add_argument("name", nargs="?", metavar="NAME", help="the chart (see --list)")
    chart.add_argument("--list", action="store_true", help="name every chart and exit")
    add_db(chart)
    chart.add_argument("--out", type=Path, help="FILE.png, FILE.svg or FILE.pdf")
    chart.add_argument("--as-of", type=date_arg, default=None, help="YYYY-MM-DD (default today)")
    chart.add_argument(
        "--since",
        type=date_arg,
        default=None,
        help="start of the period: the earlier date of 'changes' (default a year before), "
        "the first quarter of the time series (default the Call's adoption)",
    )
    chart.add_argument(
        "--stakeholder",
        action="append",
        default=[],
        metavar="NAME",
        help="only this supporter (name or country code); repeat for more",
    )
    chart.add_argument("--lang", choices=("en", "fr"), default="en", help="language of the text")
    chart.add_argument("--dpi", type=int, default=200, help="resolution of PNG output (>= 72)")
    chart.set_defaults(func=cmd_chart, parser=chart)


def cmd_chart(args: argparse.Namespace) -> int:
    from pledge_tracker.charts.registry import CHARTS, FORMATS, render_from, spec
    from pledge_tracker.services.chart_data import ChartOptions, resolve_stakeholders

    if args.list:
        width = max(len(name) for name in CHARTS)
        for name, chart in CHARTS.items():
            print(f"{name:<{width}}  {chart.title}")
        return 0
    parser: argparse.ArgumentParser = args.parser
    if not args.name or args.out is None:
        parser.error("give a chart NAME and --out FILE (or --list)")
    suffix = args.out.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        parser.error(f"--out must end in .png, .svg or .pdf, not '{args.out.name}'")
    if args.dpi < 72:
        parser.error("--dpi must be at least 72")
    chart = spec(args.name)  # an unknown name fails before the database is opened
    as_of = args.as_of or dt.date.today()
    if args.since is not None and args.since > as_of:
        parser.error("--since must not be after --as-of")
    database = open_db(args, read_only=True)
    try:
        with database.read() as session:
            options = ChartOptions(
                as_of=as_of,
                since=args.since,
                stakeholder_ids=resolve_stakeholders(session, args.stakeholder),
            )
            refuse_protected(args.out)  # before the work: never the database or a backup
            args.out.parent.mkdir(parents=True, exist_ok=True)
            render_from(chart.name, session, options, args.out, lang=args.lang, dpi=args.dpi)
    finally:
        database.dispose()
    print(f"wrote {chart.name} to {args.out}", file=sys.stderr)
    return 0
