"""Import refusals reach the user in French, through the path the import wizard uses.

Each case is refused by the services as a user would meet it (a file chosen, a sheet
checked); the wizard shows the refusal with ui/error_text.error_text and the checked rows
with OutcomesModel. Without a translation the text is exactly the English the services
and the command line print.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.services.transfer import import_file
from pledge_tracker.services.transfer.importer import ImportRefused, ImportReport
from pledge_tracker.services.transfer.merge_rules import Conflict, FieldDiff
from pledge_tracker.services.transfer.package import export_package
from pledge_tracker.services.transfer.package_checks import RecordRefused
from pledge_tracker.ui.error_text import error_text
from pledge_tracker.ui.models.import_models import ConflictsModel, OutcomesModel

NBSP = "\u00a0"
SUPPORTERS = "name,kind,country_code,founding\n"


def _refused(database: Database, path: Path, text: str | bytes) -> ValidationError:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        import_file(database, path, dry_run=True)
    return caught.value


def test_a_file_in_the_wrong_encoding_is_refused_in_french(
    database: Database, qapp: QApplication, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    refusal = _refused(database, tmp_path / "s.csv", SUPPORTERS.encode("utf-16"))
    english = "s.csv, field 'encoding': is UTF-16 text; save it as 'CSV UTF-8 (comma delimited)'"
    assert error_text(refusal) == str(refusal) == english
    request.getfixturevalue("french")
    assert error_text(refusal) == (
        f"s.csv, champ «{NBSP}encoding{NBSP}»{NBSP}: est du texte UTF-16{NBSP}; enregistrez-le "
        f"au format «{NBSP}CSV UTF-8 (délimité par des virgules){NBSP}»"
    )


def test_a_refused_sheet_names_its_first_bad_row_and_counts_the_others_in_french(
    database: Database, qapp: QApplication, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    rows = "A Agency,government,NZ,maybe\nB Agency,government,N1,no\nC Agency,government,N2,no\n"
    refusal = _refused(database, tmp_path / "s.csv", SUPPORTERS + rows)
    assert isinstance(refusal, ImportRefused)
    english = (
        "s.csv, row 2, field 'founding': 'maybe' is not yes or no "
        "(2 more rows have errors); nothing was imported"
    )
    assert error_text(refusal) == str(refusal) == english
    request.getfixturevalue("french")
    assert error_text(refusal) == (
        f"s.csv, ligne 2, champ «{NBSP}founding{NBSP}»{NBSP}: «{NBSP}maybe{NBSP}» n'est ni oui "
        f"ni non (2 autres lignes comportent des erreurs){NBSP}; rien n'a été importé"
    )


def test_one_more_bad_row_is_said_in_the_singular(
    database: Database, qapp: QApplication, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    rows = "A Agency,government,N1,no\nB Agency,government,N2,no\n"
    refusal = _refused(database, tmp_path / "s.csv", SUPPORTERS + rows)
    assert str(refusal).endswith("(1 more row has errors); nothing was imported")
    request.getfixturevalue("french")
    assert error_text(refusal).endswith(
        f"(1 autre ligne comporte des erreurs){NBSP}; rien n'a été importé"
    )


def test_the_checked_rows_say_why_they_are_skipped_or_refused_in_french(
    database: Database, qapp: QApplication, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    sheet = tmp_path / "assessments.csv"
    sheet.write_text("supporter,commitment,level,effective\nNowhere Agency,1,complete,2024-01-01\n")
    refusal = _refused(database, sheet, sheet.read_text())
    assert isinstance(refusal, ImportRefused)
    model = OutcomesModel(refusal.report.outcomes)
    detail = model.index(0, 4)
    assert model.data(detail) == "no supporter named 'Nowhere Agency'"
    request.getfixturevalue("french")
    assert model.data(detail) == f"aucun soutien nommé «{NBSP}Nowhere Agency{NBSP}»"


def test_rows_already_there_are_explained_in_french(
    database: Database, qapp: QApplication, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    sheet = tmp_path / "s.csv"
    sheet.write_text(SUPPORTERS + "A Agency,government,NZ,no\n")
    import_file(database, sheet)
    twice = "B Agency,government,NZ,no\n" * 2
    sheet.write_text(SUPPORTERS + "A Agency,government,NZ,no\n" + twice)
    report = import_file(database, sheet, dry_run=True)
    assert isinstance(report, ImportReport)
    model = OutcomesModel(report.outcomes)
    details = [model.data(model.index(row, 4)) for row in range(model.rowCount())]
    assert details == ["already present", "", "same as row 3"]
    request.getfixturevalue("french")
    details = [model.data(model.index(row, 4)) for row in range(model.rowCount())]
    assert details == ["déjà présent", "", "identique à la ligne 3"]


def test_a_sheet_whose_columns_match_no_kind_is_refused_in_french(
    database: Database, qapp: QApplication, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    refusal = _refused(database, tmp_path / "s.csv", "colour,taste\nred,sweet\n")
    assert error_text(refusal) == str(refusal)
    assert str(refusal).startswith("field 'kind': the columns do not match any kind of import")
    request.getfixturevalue("french")
    assert error_text(refusal).startswith(
        f"champ «{NBSP}kind{NBSP}»{NBSP}: les colonnes ne correspondent à aucun type d'import"
    )


def _forged_package(database: Database, folder: Path, table: str, field: str, value: str) -> Path:
    """The database's package with one value of the first `table` row replaced (hash kept)."""
    package = folder / "export.zip"
    export_package(database, package)
    with zipfile.ZipFile(package) as zipped:
        members = {name: zipped.read(name) for name in zipped.namelist()}
    data = json.loads(members["data.json"])
    data["tables"][table][0][field] = value
    members["data.json"] = json.dumps(data).encode()
    manifest = json.loads(members["manifest.json"])
    manifest["files"]["data.json"] = hashlib.sha256(members["data.json"]).hexdigest()
    members["manifest.json"] = json.dumps(manifest).encode()
    forged = folder / "forged.zip"
    with zipfile.ZipFile(forged, "w") as zipped:
        for name, content in members.items():
            zipped.writestr(name, content)
    return forged


def test_a_package_value_the_forms_would_refuse_is_named_in_french(
    database: Database, qapp: QApplication, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    forged = _forged_package(database, tmp_path, "stakeholders", "country_code", "N1")
    copy = open_app_database(tmp_path / "copy.db", seed_new=False, actor="Colleague")
    try:
        with pytest.raises(RecordRefused) as refused:
            import_file(copy, forged)
    finally:
        copy.dispose()
    refusal = refused.value
    english = (
        f"forged.zip: data.json, stakeholders record {refusal.uid} (row 1), "
        "field 'country_code': 'N1' is not a two-letter ISO 3166 country code"
    )
    assert error_text(refusal) == str(refusal) == english
    request.getfixturevalue("french")
    assert error_text(refusal) == (
        f"forged.zip{NBSP}: data.json, table stakeholders, enregistrement {refusal.uid} "
        f"(ligne 1), champ «{NBSP}country_code{NBSP}»{NBSP}: «{NBSP}N1{NBSP}» n'est pas un "
        "code de pays ISO 3166 à deux lettres"
    )


def test_the_conflicts_table_names_each_kind_of_record_in_french(
    qapp: QApplication, request: pytest.FixtureRequest
) -> None:
    diff = (FieldDiff("notes", "'a'", "'b'"),)
    model = ConflictsModel(
        [
            Conflict(f"{entity}:u", entity, "u", "v", "NZ", diff)
            for entity in ("stakeholder", "evidence", "protocol_activation")
        ]
    )
    kinds = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert kinds == ["Supporter", "Evidence item", "Protocol activation"]
    request.getfixturevalue("french")
    kinds = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert kinds == ["Soutien", "Élément de preuve", "Activation de protocole"]


def test_a_zip_that_is_not_a_data_package_is_refused_in_french(
    database: Database, qapp: QApplication, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as zipped:
        zipped.writestr("holiday.txt", "not a package")
    with pytest.raises(ValidationError) as refused:
        import_file(database, path, dry_run=True)
    refusal = refused.value
    english = (
        "photos.zip, field 'archive': has no manifest.json: it is not a Pledge Tracker data package"
    )
    assert error_text(refusal) == str(refusal) == english
    request.getfixturevalue("french")
    assert error_text(refusal) == (
        f"photos.zip, champ «{NBSP}archive{NBSP}»{NBSP}: n'a pas de manifest.json{NBSP}: ce "
        "n'est pas un paquet de données Pledge Tracker"
    )
