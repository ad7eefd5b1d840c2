"""Exports that re-import exactly: hostile text through CSV and XLSX and back, field by field.

Hypothesis plants supporters, evidence citing them and assessments citing the evidence, all
through the real services, with hostile text everywhere (names holding the list separator,
quotes and line breaks; formulas, right-to-left text, emoji, long text, text that looks like
XLSX's own _xHHHH_ escape). The records are exported to CSV and to XLSX and imported into a
database holding only the Call: every field and every link must come back the same. Text
the app stores only from older data (control characters, refused by the forms) is checked
cell by cell through the same writers and readers.
"""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import select, update

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import AssessmentInput, EvidenceInput, StakeholderInput
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.validate import clean_text, is_safe_link
from pledge_tracker.services import assessments, evidence, stakeholders
from pledge_tracker.services.commitments import find as find_commitment
from pledge_tracker.services.transfer import ImportReport, import_file
from pledge_tracker.services.transfer.cells import join_list, split_list
from pledge_tracker.services.transfer.exports import export_table
from pledge_tracker.services.transfer.exports_crisis import CRISIS_SHEETS
from pledge_tracker.services.transfer.readers import read_table
from pledge_tracker.services.transfer.writers import Sheet, write_csv, write_xlsx
from tests.reliability import tally
from tests.reliability.hostile import clip, hostile_urls, spreadsheet_text

SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
AS_OF = dt.date(2025, 1, 1)
_numbers = itertools.count(1)


@dataclass(frozen=True)
class Texts:
    names: list[str]
    title: str
    summary: str
    source_name: str
    notes: str
    url: str
    rationale: str


texts = st.builds(
    Texts,
    names=st.lists(spreadsheet_text, min_size=1, max_size=3),
    title=spreadsheet_text,
    summary=spreadsheet_text,
    source_name=spreadsheet_text,
    notes=spreadsheet_text,
    url=hostile_urls,
    rationale=spreadsheet_text,
)


@contextmanager
def opened(template: Path, target: Path) -> Iterator[Database]:
    """A copy of the seeded database (the Call, nothing else), open as the app opens it."""
    shutil.copy(template, target)
    database = open_app_database(target, actor="Test Officer")
    try:
        yield database
    finally:
        database.dispose()


def plant(database: Database, t: Texts) -> None:
    """Supporters, an evidence item citing them and an assessment each, via the services."""
    n = next(_numbers)
    url = clean_text(t.url, "url", max_length=10**6)
    with database.write() as tx:
        people = [
            stakeholders.add(
                tx,
                StakeholderInput(
                    name=f"{clip(name, 280)} #{n}.{i}", kind="government", notes=t.notes
                ),
            )
            for i, name in enumerate(t.names)
        ]
        call_member = stakeholders.find(tx.session, "New Zealand")
        codes = [find_commitment(tx.session, code) for code in ("GOV-1", "GOV-4")]
        item = evidence.add(
            tx,
            EvidenceInput(
                title=f"{clip(t.title, 900)} {n}",
                summary=t.summary,
                kind="news_report",
                source_url=url if is_safe_link(url) and len(url) <= 4000 else None,
                source_name=clip(t.source_name, 900) or None,
                effective=dt.date(2024, 5, 15),
                notes=t.notes,
                stakeholder_ids=(*(p.id for p in people), call_member.id),
                commitment_ids=tuple(c.id for c in codes),
            ),
        )
        for person in people:
            assessments.record(
                tx,
                AssessmentInput(
                    stakeholder_id=person.id,
                    commitment_id=codes[0].id,
                    level="substantial",
                    effective=dt.date(2024, 6, 30),
                    rationale=f"Because {t.rationale}",
                    evidence_ids=(item.id,),
                ),
            )


def records(database: Database) -> dict[str, dict[str, dict[str, object]]]:
    """Every supporter added after the Call, evidence item and assessment, field by field."""
    with database.read() as session:
        names = {s.id: s.name for s in session.scalars(select(m.Stakeholder))}
        codes = {c.id: c.code for c in session.scalars(select(m.Commitment))}
        supporters = {
            s.name: {"kind": s.kind, "notes": s.notes}
            for s in session.scalars(select(m.Stakeholder).where(m.Stakeholder.name.contains("#")))
        }
        items = {
            e.uid: {
                **{f: getattr(e, f) for f in _EVIDENCE_FIELDS},
                "supporters": sorted(s.name for s in e.stakeholders),
                "commitments": sorted(c.code for c in e.commitments),
            }
            for e in session.scalars(select(m.Evidence))
        }
        judgements = {
            a.uid: {
                **{f: getattr(a, f) for f in _ASSESSMENT_FIELDS},
                "supporter": names[a.stakeholder_id],
                "commitment": codes[a.commitment_id],
                "evidence": sorted(e.uid for e in a.evidence),
            }
            for a in session.scalars(select(m.Assessment))
        }
    return {"supporters": supporters, "evidence": items, "assessments": judgements}


_EVIDENCE_FIELDS = (
    "title", "summary", "kind", "source_url", "source_name", "effective", "published",
    "retrieved", "reliability", "restricted", "notes", "demo",
)  # fmt: skip
_ASSESSMENT_FIELDS = ("level", "effective", "rationale", "confidence", "origin", "assessor", "demo")


def export_all(database: Database, folder: Path, fmt: str) -> list[tuple[Path, str]]:
    """The files a user carries to another database, and the kind each is imported as."""
    with database.read() as session:
        people = session.scalars(select(m.Stakeholder).where(m.Stakeholder.name.contains("#")))
        sheet = Sheet(
            "supporters", ("name", "kind", "notes"), [(p.name, p.kind, p.notes) for p in people]
        )
    supporters = folder / f"supporters.{fmt}"
    (write_csv if fmt == "csv" else lambda path, s: write_xlsx(path, [s]))(supporters, sheet)
    if fmt == "xlsx":  # one workbook of every sheet, each kind imported from its own sheet
        book = export_table(database, folder / "all.xlsx", fmt="xlsx", as_of=AS_OF)
        return [(supporters, "supporters"), (book, "evidence"), (book, "assessments")]
    files = [(supporters, "supporters")]
    for what in ("evidence", "assessments"):
        path = export_table(database, folder / f"{what}.csv", fmt="csv", what=what, as_of=AS_OF)
        files.append((path, what))
    return files


LIST_BREAKERS = Texts(
    names=["Smith; Jones", 'The "Good" Org', '"Quoted"\nand; on two lines '],
    title="=SUM(A1) _x0007_ \u202egnp.exe",
    summary="_x005F_x0041_ 🙂 שלום",
    source_name="a;b",
    notes="'; DROP TABLE evidence; --",
    url="https://example.org/a;b",
    rationale='"; "',
)


@SETTINGS
@example(batch=[LIST_BREAKERS])
@given(batch=st.lists(texts, min_size=1, max_size=2))
def test_an_export_reimported_into_an_empty_database_gives_the_same_records(
    db_path: Path, tmp_path_factory: pytest.TempPathFactory, batch: list[Texts]
) -> None:
    folder = tmp_path_factory.mktemp("round-trip")
    with opened(db_path, folder / "original.db") as original:
        for t in batch:
            plant(original, t)
        expected = records(original)
        files = {fmt: export_all(original, folder, fmt) for fmt in ("csv", "xlsx")}
    for fmt, exported in files.items():
        with opened(db_path, folder / f"fresh-{fmt}.db") as fresh:
            for path, kind in exported:
                report = import_file(fresh, path, kind=kind)
                assert isinstance(report, ImportReport) and report.count("error") == 0
            got = records(fresh)
        for kind in ("supporters", "evidence", "assessments"):
            assert got[kind] == expected[kind], (fmt, kind)
        tally.accepted(f"hostile records through {fmt} and back")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.text(min_size=1).map(str.strip).filter(bool), max_size=4)))
def test_a_list_cell_gives_back_exactly_the_names_joined_into_it(lists: list[list[str]]) -> None:
    for names in lists:
        assert split_list(join_list(names)) == names
    tally.accepted("names with ; quotes or line breaks in a list cell")


@pytest.mark.parametrize(
    "cell", ['"New Zealand; France', '"Smith" Jones; France', 'France; "x""', '"""']
)
def test_a_list_cell_with_an_unclosed_quote_is_refused_naming_row_and_field(
    database: Database, tmp_path: Path, cell: str
) -> None:
    path = tmp_path / "evidence.csv"
    path.write_text(f'title,supporters\nA fact,"{cell.replace(chr(34), chr(34) * 2)}"\n')
    before = records(database)
    with pytest.raises(ValidationError) as refused:
        import_file(database, path, kind="evidence")
    assert (refused.value.file, refused.value.row, refused.value.field) == (
        "evidence.csv",
        2,
        "supporters",
    )
    assert "quote" in refused.value.message and "\n" not in str(refused.value)
    assert records(database) == before
    tally.refused("list cell with an unclosed quote")


def _cells(path: Path) -> list[object]:
    table = read_table(path)
    return [row[1] if row[1] is not None else "" for row in table.rows]


@SETTINGS
@given(values=st.lists(spreadsheet_text, min_size=1, max_size=6))
def test_any_text_comes_back_from_xlsx_and_csv_exactly(
    tmp_path_factory: pytest.TempPathFactory, values: list[str]
) -> None:
    folder = tmp_path_factory.mktemp("cells")
    sheet = Sheet("cells", ("n", "text"), [(i, text) for i, text in enumerate(values)])
    xlsx = write_xlsx(folder / "cells.xlsx", [sheet])
    load_workbook(xlsx).close()  # opens whole: every byte of it is well-formed XML
    assert _cells(xlsx) == values
    csv = write_csv(folder / "cells.csv", sheet)
    if any("\0" in text for text in values):  # a CSV holding NUL is refused as not text
        with pytest.raises(ValidationError, match="NUL"):
            read_table(csv)
        tally.refused("CSV holding NUL")
    else:
        assert _cells(csv) == values
    tally.accepted("hostile text in an XLSX and a CSV cell")


def test_a_lone_surrogate_is_exported_as_a_replacement_character(tmp_path: Path) -> None:
    sheet = Sheet("cells", ("n", "text"), [(1, "half \ud83d of a smile"), (2, "\udfff")])
    for path in (write_csv(tmp_path / "s.csv", sheet), write_xlsx(tmp_path / "s.xlsx", [sheet])):
        assert _cells(path) == ["half \ufffd of a smile", "\ufffd"]
    tally.accepted("lone surrogate in an export")


def test_control_characters_in_stored_text_are_exported_whole(
    database: Database, tmp_path: Path
) -> None:
    """Text from older data the forms would now refuse: the export opens and holds it all."""
    plant(database, Texts(["Acme"], "A fact", "", "", "", "", "why"))
    hostile = "bell\x07 nul\x00 esc\x1b[31m cr\r\nlf \ufffe _x0007_ _x005F_ end"
    with database.write() as tx:
        tx.session.execute(update(m.Evidence).values(notes=hostile))
    path = export_table(database, tmp_path / "all.xlsx", fmt="xlsx", as_of=AS_OF)
    book = load_workbook(path)  # Excel's and LibreOffice's own parsers refuse what this does
    assert book.sheetnames == [
        "evidence", f"assessments {AS_OF}", f"matrix {AS_OF}", "indicators", "audit",
        "events", "instruments", f"crosswalk {AS_OF}",
        *CRISIS_SHEETS,
    ]  # fmt: skip
    table = read_table(path, "evidence")
    assert [row[table.headers.index("notes")] for row in table.rows] == [hostile]
    tally.accepted("control characters in an XLSX export")
