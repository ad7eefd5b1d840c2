"""Per-keystroke speed of the evidence library's text search on 100,000 items.

Types a few searches one character at a time, as a user at the search box would, and
prints for each keystroke the hits and the time `search_ids` took (best of three, so that
a busy machine's noise does not read as a slow search).

    python benchmarks/evidence_search.py [--db FILE] [--evidence 100000] [--keep]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere

from benchmarks.synthetic import build_database
from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.services import evidence_search
from pledge_tracker.services.evidence_search import EvidenceQuery

TYPED = ("crisis protocol", "whatua", "côte")


def keystrokes(path: Path) -> list[tuple[str, int, float]]:
    """(text typed so far, hits, best milliseconds) for each keystroke of each search."""
    database = open_app_database(path, actor="benchmark")
    found = []
    try:
        with database.read() as session:
            for typed in TYPED:
                for end in range(1, len(typed) + 1):
                    query = EvidenceQuery(text=typed[:end])
                    best, hits = float("inf"), 0
                    for _ in range(3):
                        started = time.perf_counter()
                        hits = len(evidence_search.search_ids(session, query))
                        best = min(best, time.perf_counter() - started)
                    found.append((typed[:end], hits, best * 1000))
    finally:
        database.dispose()
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing database (else one is built)")
    parser.add_argument("--evidence", type=int, default=100_000)
    parser.add_argument("--keep", action="store_true", help="keep the built database")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="evidence-search-"))
    path = args.db or folder / "bench.db"
    if args.db is None:
        print(f"building {args.evidence} evidence items in {path} ...", flush=True)
        build_database(path, evidence=args.evidence)
    rows = keystrokes(path)
    for typed, hits, ms in rows:
        print(f"{typed!r:20} {hits:7d} hits {ms:7.1f} ms")
    print(f"slowest keystroke: {max(ms for _, _, ms in rows):.1f} ms")
    if args.db is None and not args.keep:
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
