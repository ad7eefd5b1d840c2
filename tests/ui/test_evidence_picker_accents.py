"""The assessment dialog's evidence picker searches as the library does: accents ignored."""

from __future__ import annotations

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.services import evidence
from pledge_tracker.ui.models.evidence_pick_model import EvidencePickModel, EvidenceSearchProxy

ITEMS = ("Ngāti Whātua submission", "Côte d'Ivoire statement", "Plain report")


def _titles(proxy: EvidenceSearchProxy) -> list[str]:
    shown = (str(proxy.index(r, 0).data()) for r in range(proxy.rowCount()))
    return sorted(text.split(" · ", 1)[1] for text in shown)  # "date · title"


def test_the_picker_finds_accented_titles_from_plain_letters(database: Database, qapp) -> None:
    with database.write() as tx:
        for title in ITEMS:
            evidence.add(tx, EvidenceInput(title=title, effective="2024-02-01"))
    with database.read() as session:
        items = [item for item in evidence.list_for(session) if item.title in ITEMS]
    model = EvidencePickModel()
    model.set_items(items, checked=[])
    proxy = EvidenceSearchProxy()
    proxy.setSourceModel(model)
    for text, expected in (
        ("whatua", ["Ngāti Whātua submission"]),
        ("NGATI", ["Ngāti Whātua submission"]),
        ("cote", ["Côte d'Ivoire statement"]),
        ("COTE D'IVOIRE", ["Côte d'Ivoire statement"]),
        ("report", ["Plain report"]),
    ):
        proxy.set_text(text)
        assert _titles(proxy) == expected, text
