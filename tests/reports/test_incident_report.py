"""The incident report: one incident's protocols, responses and takedown, in a public edition
without restricted sightings or evidence and an internal edition with them; fonts embedded."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from pledge_tracker.cli import main
from pledge_tracker.domain.defang import defang
from pledge_tracker.reports.build import incident_bytes
from pledge_tracker.services.report_data.incident import (
    IncidentReportOptions,
    load_incident_report,
)
from tests import takedown_demo as demo
from tests.reports.conftest import GENERATED, build, text_of


@pytest.fixture
def incident_db(demo_database):
    demo.add_incident(demo_database)
    return demo_database


def report(database, *, public: bool, lang: str = "en") -> tuple[str, bytes]:
    options = IncidentReportOptions(
        demo.NAME, demo.AS_OF, public=public, lang=lang, generated=GENERATED
    )
    pdf, _pages = incident_bytes(database, options)
    return " ".join(text_of(pdf).split()), pdf


def test_the_public_edition_leaves_restricted_sightings_and_evidence_out(incident_db) -> None:
    text, _ = report(incident_db, public=True)
    data = load_incident_report(incident_db, IncidentReportOptions(demo.NAME, demo.AS_OF, True))
    assert data.figures.total.sightings == 7  # the restricted eighth copy is left out
    assert "SecretTube" not in text  # its only copy is restricted
    assert defang(demo.SECRET_ADDRESS) not in text and demo.SECRET_ADDRESS not in text
    assert demo.SECRET_EVIDENCE not in text
    assert "Public edition: 1 restricted sighting was left out of every figure and list." in text
    assert "(restricted evidence withheld)" in text
    assert "All platforms Sightings: 7" in text


def test_the_internal_edition_shows_them_and_says_it_is_not_for_publication(incident_db) -> None:
    text, _ = report(incident_db, public=False)
    assert "SecretTube Sightings: 1" in text and "All platforms Sightings: 8" in text
    assert demo.SECRET_EVIDENCE in text
    assert "Internal edition: it includes 1 restricted sighting and is not for publication." in text
    assert "Contains restricted evidence: not for publication" in text  # on every page


def test_the_report_tells_what_happened_the_responses_and_what_is_still_online(
    incident_db,
) -> None:
    text, _ = report(incident_db, public=False)
    for words in (
        "Incident report: Demonstration attack",
        "What happened",
        "Place: A fictional city.",
        "Christchurch Call Crisis Response Protocol 2025-03-10 03:40 2.0 2025-03-11 07:40",
        "New Zealand 2025-03-10 03:10 1.5 Asked platforms to remove copies",
        "Still online at the end of 30 June 2025",
        "https://news.example.org/attack",
        "Demonstration data — not real assessments",
    ):
        assert words in text, words
    # the copy never reported (VideoSite) and the one never removed (Platform 2), oldest first
    first, second = defang(demo.address(3)), defang(demo.address(5))
    assert first in text and second in text and text.index(first) < text.index(second)
    for live in demo.live_addresses():
        assert live not in text


def test_the_french_edition_speaks_french(incident_db) -> None:
    text, _ = report(incident_db, public=True, lang="fr")
    assert "Rapport d'incident : Demonstration attack" in text
    assert "Retrait des copies" in text and "Encore en ligne à la fin du 30 juin 2025" in text
    assert "Édition publique : 1 signalement restreint a été exclu" in text


def test_fonts_are_the_embedded_dejavu_and_the_file_is_sound(incident_db, tmp_path: Path) -> None:
    _, pdf = report(incident_db, public=True)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor  # embedded TrueType
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert fonts <= {"DejaVuSans", "DejaVuSans-Bold"} and "DejaVuSans" in fonts
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed")
    path = tmp_path / "incident.pdf"
    path.write_bytes(pdf)
    checked = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout


def test_the_command_writes_the_report_and_refuses_what_it_cannot(
    incident_db, demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "incident.pdf"
    db = ["--db", str(demo_db_path)]
    args = ["report", "incident", *db, "--out", str(out), "--as-of", "2025-06-30"]
    assert main([*args, "--incident", "demonstration ATTACK", "--public"]) == 0
    assert "wrote incident report" in capsys.readouterr().err
    assert "Demonstration attack" in text_of(out.read_bytes())
    assert main([*args, "--incident", "No such attack"]) == 1
    assert "no incident named 'No such attack'" in capsys.readouterr().err
    assert main(args) == 2  # no --incident
    assert "needs --incident" in capsys.readouterr().err
    briefing = ["report", "briefing", *db, "--out", str(out), "--incident", "x"]
    assert main(briefing) == 2


def test_the_public_briefing_leaves_restricted_sightings_out_of_its_takedown_table(
    incident_db,
) -> None:
    public = " ".join(text_of(build("briefing", incident_db, public=True)[0]).split())
    internal = " ".join(text_of(build("briefing", incident_db)[0]).split())
    assert "SecretTube Sightings: 1" in internal  # the restricted copy's platform
    assert "SecretTube Sightings" not in public
    assert "VideoSite Sightings: 4" in public and "VideoSite Sightings: 4" in internal
