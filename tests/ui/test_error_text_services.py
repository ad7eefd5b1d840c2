"""Refusals of the services, numbers, servers, dates and the database read in French.

Each error below is raised by the code the app runs (a service, the number and date parsers,
the unit of work, the migration check); the UI shows it through ui/error_text.py. With
French installed it reads in French; without a translation it is the English word for word.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine
from sqlalchemy.exc import OperationalError

from pledge_tracker.db.backup import backup_file
from pledge_tracker.db.migrate import _refuse_unknown, open_database
from pledge_tracker.db.probe import damaged
from pledge_tracker.db.uow import Database, translate_errors
from pledge_tracker.domain.dates import parse_as_known
from pledge_tracker.domain.errors import DiskFullError, PledgeError, ValidationError
from pledge_tracker.domain.indicators import parse_value
from pledge_tracker.domain.instruments import InstrumentInput
from pledge_tracker.domain.reasons import REASONS
from pledge_tracker.domain.servers import TeamServer
from pledge_tracker.services import (
    assessments,
    attachments,
    instruments,
    report_notes,
    stale,
    team_roles,
)
from pledge_tracker.services.attachments import PendingFile
from pledge_tracker.ui import app as app_module
from pledge_tracker.ui.error_text import error_text, validation_text

NBSP = "\u00a0"


def _raised(action: Callable[[], object]) -> PledgeError:
    with pytest.raises(PledgeError) as caught:
        action()
    return caught.value


def _locked() -> None:
    with translate_errors():
        raise OperationalError("UPDATE x", {}, sqlite3.OperationalError("database is locked"))


def _disk_full_on_import() -> None:
    raise DiskFullError("/data", "imported")  # as the importer raises it


def _newer() -> None:
    _refuse_unknown(create_engine("sqlite://"), "9999")


# (what raises it, the message a French user reads)
CASES: dict[str, tuple[Callable[[], object], str]] = {
    "precision": (
        lambda: parse_as_known("2021", "day", "effective"),
        f"«{NBSP}2021{NBSP}» n'est connu qu'à l'année près, pas au jour",
    ),
    "number": (
        lambda: parse_value("douze"),
        f"«{NBSP}douze{NBSP}» n'est pas un nombre",
    ),
    "decimal comma": (
        lambda: parse_value("1,2,3", decimal_comma=True),
        f"«{NBSP}1,2,3{NBSP}» n'est pas un nombre{NBSP}: une seule virgule au plus, "
        "pour les décimales",
    ),
    "port": (
        lambda: TeamServer("db.example.org", 70000, "pledges", "ana").check(),
        "70000 n'est pas un numéro de port (1 à 65535)",
    ),
    "reserved user": (
        lambda: team_roles.check_user_name("pg_admin"),
        f"«{NBSP}pg_admin{NBSP}» est réservé au serveur ou aux rôles de l'équipe",
    ),
    "conflict": (
        lambda: stale.check_version(3, 2),
        "Quelqu'un d'autre a modifié cet enregistrement depuis que vous l'avez ouvert. "
        "Rechargez-le, puis réessayez.",
    ),
    "disk full": (
        _disk_full_on_import,
        f"Le disque qui contient /data est plein{NBSP}; rien n'a été importé. "
        "Libérez de l'espace, puis réessayez.",
    ),
    "busy": (
        _locked,
        f"La base est occupée{NBSP}: une autre fenêtre ou un autre programme l'a verrouillée "
        f"trop longtemps. Rien n'a été enregistré{NBSP}; réessayez dans un instant.",
    ),
    "newer": (
        _newer,
        "Cette base a été écrite par une version plus récente de Pledge Tracker "
        f"(schéma 9999{NBSP}; cette version connaît jusqu'au ",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_a_refusal_reads_in_french_with_french_installed(french, case: str) -> None:
    action, expected = CASES[case]
    error = _raised(action)
    shown = validation_text(error) if isinstance(error, ValidationError) else error_text(error)
    assert shown.startswith(expected)
    assert shown != str(error)


@pytest.mark.parametrize("case", CASES)
def test_without_a_translation_the_refusal_is_the_english_word_for_word(
    qapp: QApplication, case: str
) -> None:
    error = _raised(CASES[case][0])
    assert error.reason in REASONS
    if isinstance(error, ValidationError):
        assert validation_text(error) == error.message
    else:
        assert error_text(error) == str(error)


def test_a_service_refusal_reads_in_french(french, database: Database) -> None:
    with pytest.raises(ValidationError) as caught, database.write() as tx:
        assessments.set_retracted(tx, 987654, True)
    assert validation_text(caught.value) == "aucune évaluation avec l'identifiant 987654"
    assert error_text(caught.value) == (
        f"champ «{NBSP}assessment{NBSP}»{NBSP}: aucune évaluation avec l'identifiant 987654"
    )


def test_a_save_on_a_read_only_database_reads_in_french(french, db_path: Path) -> None:
    database, _ = open_database(str(db_path), read_only=True)
    try:
        with pytest.raises(PledgeError) as caught, database.write():
            pass
    finally:
        database.engine.dispose()
    assert error_text(caught.value).startswith(
        f"Cette base est ouverte en lecture seule{NBSP}: aucune modification ne peut être "
        "enregistrée."
    )


def test_a_changed_attachment_and_an_unreadable_findings_file_read_in_french(
    french, tmp_path: Path
) -> None:
    report = tmp_path / "rapport.pdf"
    report.write_bytes(b"%PDF-1.4 changed since")
    changed = _raised(lambda: attachments.read_file(PendingFile(report, "ab" * 32)))
    assert validation_text(changed).startswith(
        "rapport.pdf a changé sur le disque après avoir été ajouté (SHA-256 alors abababababab…"
    )
    notes = tmp_path / "constats.txt"
    notes.write_bytes(b"Constat \xff")
    unreadable = _raised(lambda: report_notes.read_notes(notes))
    assert validation_text(unreadable) == (
        f"{notes} n'est pas un texte UTF-8 (l'octet 9 ne peut pas être lu)"
    )


def test_an_instrument_in_force_before_its_adoption_reads_in_french(
    french, database: Database
) -> None:
    law = InstrumentInput(name="Loi X", kind="law", adopted="2021-05-14", in_force="2021-04-01")
    with pytest.raises(ValidationError) as caught, database.write() as tx:
        instruments.add(tx, law)
    assert caught.value.field == "in_force"
    assert validation_text(caught.value) == ("2021-04-01 est antérieur à l'adoption (2021-05-14)")


def test_a_damaged_file_and_what_to_do_about_it_read_in_french(french, tmp_path: Path) -> None:
    path = tmp_path / "engagements.db"
    refusal = damaged(path, "database disk image is malformed")
    assert error_text(refusal).startswith(
        f"{path} est endommagé (la vérification de SQLite a trouvé{NBSP}: database disk image "
        "is malformed). Le fichier n'a pas été modifié. Aucune sauvegarde saine n'a été "
        "trouvée dans "
    )


def test_a_damaged_file_reads_as_the_english_without_a_translation(
    qapp: QApplication, tmp_path: Path
) -> None:
    refusal = damaged(tmp_path / "pledges.db", "database disk image is malformed")
    assert refusal.reason == "damaged_check"
    assert error_text(refusal) == str(refusal)
    assert "No good backup of it was found in " in str(refusal)


def test_opening_a_folder_as_a_database_reads_in_french(french, tmp_path: Path) -> None:
    refusal = _raised(lambda: open_database(str(tmp_path)))
    assert error_text(refusal) == f"{tmp_path} est un dossier, pas un fichier de base de données."


def test_a_start_database_of_another_program_is_refused_in_french(
    french, tmp_path: Path, settings, monkeypatch
) -> None:
    other = tmp_path / "notes.db"
    other.write_text("liste de courses", "utf-8")
    asked: list[str] = []
    monkeypatch.setattr(app_module, "_ask_instead", lambda m, _t, _s: asked.append(m))
    assert app_module.open_start_database(str(other), settings) is None
    assert asked == [
        f"{other} n'est pas une base Pledge Tracker (ce n'est pas un fichier SQLite). "
        "Choisissez un autre fichier, ou créez une nouvelle base avec Fichier → Nouvelle base "
        "de données."
    ]


def test_a_backup_into_a_missing_folder_reads_in_french(
    french, db_path: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "absent"
    refusal = _raised(lambda: backup_file(db_path, missing / "copie.db"))
    assert error_text(refusal) == f"Le dossier {missing} n'existe pas."
    assert not missing.exists()
