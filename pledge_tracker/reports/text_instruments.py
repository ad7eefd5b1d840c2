"""Report words for instruments, memberships and the crosswalk (en, fr).

Merged into the one catalogue in text.py; kept apart so that this part reads as a whole.
"""

from __future__ import annotations

INSTRUMENTS_EN: dict[str, str] = {
    "section.crosswalk": "Instruments and the commitments they implement",
    "crosswalk.lead": "Laws, regulations, court decisions, codes and protocols recorded, with "
    "their status on {date} and the commitments each implements (●).",
    "crosswalk.none": "No instrument is recorded.",
    "crosswalk.by_government": "Instruments binding each government on {date}",
    "crosswalk.by_government_none": "No instrument binds a government in this report on {date}.",
    "crosswalk.unverified": "† Not verified in the reference sources (the instrument's facts, "
    "or the membership through which it binds).",
    "col.instrument": "Instrument",
    "col.jurisdictions": "Jurisdictions",
    "col.status": "Status on {date}",
    "col.instruments": "Instruments",
    "card.instruments": "Instruments binding it on {date}",
    "card.instruments_none": "No recorded instrument binds it on {date}.",
    "instrument.through": "as a member of {body}",
    "instrument.struck_down_by": "struck down on {date} by {decision}",
    "instrument.struck_down": "struck down on {date}",
    "instrument.repealed": "repealed on {date}",
    "instrument.applies": "applies from {date}",
    "instrument.in_force": "in force since {date}",
    "instrument.adopted": "{date}",
    "status.not_yet_applicable": "Not yet applicable",
    "status.adopted": "Adopted (in force date not recorded)",
    "status.adopted.court_decision": "Decided",
    "status.adopted.protocol": "Agreed",
    "status.in_force": "In force",
    "status.struck_down": "Struck down",
    "status.repealed": "Repealed",
    "instrument_kind.law": "Law",
    "instrument_kind.regulation": "Regulation",
    "instrument_kind.court_decision": "Court decision",
    "instrument_kind.code": "Code",
    "instrument_kind.protocol": "Protocol",
}

INSTRUMENTS_FR: dict[str, str] = {
    "section.crosswalk": "Instruments et engagements qu'ils mettent en œuvre",
    "crosswalk.lead": "Lois, règlements, décisions de justice, codes et protocoles enregistrés, "
    "avec leur statut au {date} et les engagements que chacun met en œuvre (●).",
    "crosswalk.none": "Aucun instrument n'est enregistré.",
    "crosswalk.by_government": "Instruments liant chaque gouvernement au {date}",
    "crosswalk.by_government_none": "Aucun instrument ne lie un gouvernement de ce rapport "
    "au {date}.",
    "crosswalk.unverified": "† Non vérifié dans les sources de référence (les faits de "
    "l'instrument, ou l'adhésion par laquelle il lie).",
    "col.instrument": "Instrument",
    "col.jurisdictions": "Juridictions",
    "col.status": "Statut au {date}",
    "col.instruments": "Instruments",
    "card.instruments": "Instruments le liant au {date}",
    "card.instruments_none": "Aucun instrument enregistré ne le lie au {date}.",
    "instrument.through": "en tant que membre de : {body}",
    "instrument.struck_down_by": "censuré le {date} par : {decision}",
    "instrument.struck_down": "censuré le {date}",
    "instrument.repealed": "abrogé le {date}",
    "instrument.applies": "applicable à partir du {date}",
    "instrument.in_force": "en vigueur depuis le {date}",
    "instrument.adopted": "{date}",
    "status.not_yet_applicable": "Pas encore applicable",
    "status.adopted": "Adopté (date d'entrée en vigueur non enregistrée)",
    "status.adopted.court_decision": "Rendue",
    "status.adopted.protocol": "Conclu",
    "status.in_force": "En vigueur",
    "status.struck_down": "Censuré",
    "status.repealed": "Abrogé",
    "instrument_kind.law": "Loi",
    "instrument_kind.regulation": "Règlement",
    "instrument_kind.court_decision": "Décision de justice",
    "instrument_kind.code": "Code",
    "instrument_kind.protocol": "Protocole",
}
