"""The floor each benchmark is measured against: the plainest code doing the same work.

Hand-written `sqlite3` over the same file, following the same rules as the app (the as-of
rule, staleness, the folded search text), so that a ratio never rewards skipping work.
`benchmarks/run.py` checks that each baseline gives the same answer as the app before it
times either.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from pledge_tracker.domain.scoring import DEFAULT_FRESHNESS_MONTHS, needs_review
from pledge_tracker.domain.search import search_words

# (supporter id, commitment id) -> (level, the judgement's id or None, needs review)
Cells = dict[tuple[int, int], tuple[str, int | None, bool]]
# supporter id -> how many live evidence items name it (the matrix's evidence column)
Counts = dict[int, int]

LATEST = """
    SELECT id, level, effective FROM assessments
    WHERE stakeholder_id = ? AND commitment_id = ? AND retracted = 0 AND effective <= ?
    ORDER BY effective DESC, recorded_at DESC, id DESC LIMIT 1
"""
EVIDENCE_COUNTS = """
    SELECT es.stakeholder_id, count(*)
    FROM evidence_stakeholders AS es JOIN evidence AS e ON e.id = es.evidence_id
    WHERE e.withdrawn = 0 GROUP BY es.stakeholder_id
"""
NEWEST_EVIDENCE = """
    SELECT max(coalesce(e.effective, e.published, e.retrieved))
    FROM assessment_evidence AS ae JOIN evidence AS e ON e.id = ae.evidence_id
    WHERE ae.assessment_id = ? AND e.withdrawn = 0
"""


def connect(path: Path) -> sqlite3.Connection:
    """A plain read connection to the benchmark database."""
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def matrix(
    conn: sqlite3.Connection, as_of: dt.date, freshness_months: int = DEFAULT_FRESHNESS_MONTHS
) -> tuple[Cells, Counts]:
    """Every active supporter that had joined by `as_of`, on every commitment: one indexed
    lookup per pledged pair for its latest judgement, one for that judgement's evidence;
    and each supporter's count of evidence items."""
    day = as_of.isoformat()
    people = [
        row[0]
        for row in conn.execute(
            "SELECT id FROM stakeholders WHERE active = 1 AND (joined IS NULL OR joined <= ?)",
            (day,),
        )
    ]
    commitments = [row[0] for row in conn.execute("SELECT id FROM commitments")]
    pledged = {
        (s, c): bool(applicable)
        for s, c, applicable in conn.execute(
            "SELECT stakeholder_id, commitment_id, applicable FROM pledges"
        )
    }
    cells: Cells = {}
    for person in people:
        for commitment in commitments:
            key = (person, commitment)
            if not pledged.get(key):
                cells[key] = ("not_applicable", None, False)
                continue
            found = conn.execute(LATEST, (person, commitment, day)).fetchone()
            if found is None:
                cells[key] = ("not_assessed", None, False)
                continue
            ident, level, effective = found
            newest = conn.execute(NEWEST_EVIDENCE, (ident,)).fetchone()[0]
            stale = needs_review(  # every judged level counts as assessed
                dt.date.fromisoformat(newest) if newest else None,
                dt.date.fromisoformat(effective),
                as_of,
                freshness_months,
            )
            cells[key] = (level, ident, stale)
    counts = dict(conn.execute(EVIDENCE_COUNTS).fetchall())
    return cells, {person: counts.get(person, 0) for person in people}


# -- evidence search --------------------------------------------------------------------------

FTS_TABLE = "baseline_fts"


def build_fts(conn: sqlite3.Connection, path: Path) -> None:
    """An FTS5 trigram index over the folded search text, in its own file `path` (attached
    as `fts`), so that the benchmark database itself stays as the app left it."""
    conn.execute("ATTACH DATABASE ? AS fts", (str(path),))
    exists = conn.execute("SELECT 1 FROM fts.sqlite_master WHERE name = ?", (FTS_TABLE,)).fetchone()
    if not exists:
        conn.execute(
            f"CREATE VIRTUAL TABLE fts.{FTS_TABLE} USING fts5(search_text, tokenize='trigram')"
        )
        conn.execute(
            f"INSERT INTO fts.{FTS_TABLE}(rowid, search_text) SELECT id, search_text FROM evidence"
        )
        conn.commit()


def search(conn: sqlite3.Connection, text: str) -> list[int]:
    """The ids of the items matching every folded word, newest first (the library's default
    order). Words of three letters or more go through the trigram index; shorter ones, which
    a trigram cannot hold, filter with LIKE."""
    words = search_words(text)
    long = [word for word in words if len(word) >= 3]
    short = [word for word in words if len(word) < 3]
    where = ["e.withdrawn = 0"]
    params: list[str] = []
    source = "evidence AS e"
    if long:
        source = f"fts.{FTS_TABLE} AS f JOIN evidence AS e ON e.id = f.rowid"
        where.append(f"f.{FTS_TABLE} MATCH ?")
        params.append(" AND ".join('"' + word.replace('"', '""') + '"' for word in long))
    for word in short:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append("e.search_text LIKE ? ESCAPE '\\'")
        params.append(f"%{escaped}%")
    dated = "coalesce(e.effective, e.published, e.retrieved)"
    sql = (
        f"SELECT e.id FROM {source} WHERE {' AND '.join(where)} "
        f"ORDER BY {dated} IS NULL, {dated} DESC, e.id DESC"
    )
    return [row[0] for row in conn.execute(sql, params)]


def read_queries(path: Path) -> list[str]:
    """The fixed list of searches (one a line; '#' starts a comment)."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return [line for line in lines if line]
