"""Every word the charts draw, in English and French, and how dates are written on them."""

from __future__ import annotations

import datetime as dt

from pledge_tracker.domain.kinds import CommitmentGroup, EvidenceKind, StakeholderKind
from pledge_tracker.domain.levels import Level

LANGUAGES = ("en", "fr")

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "levels_by_group": "Progress by commitment group",
        "heatmap": "Every supporter on every commitment",
        "score_over_time": "Score over time",
        "coverage_over_time": "Coverage over time",
        "evidence_by_quarter": "Evidence per quarter, by kind",
        "changes": "What changed",
        "indicators": "Published figures over time",
        "no_figures": "No published figure is recorded for a period ended by then.",
        "period_end": "End of the reporting period (each point: a published figure)",
        "more_metrics": "{n} more metrics not drawn: choose fewer supporters or see the table.",
        "figures_restricted_out": "figures from restricted sources left out",
        "as_of": "as of {date}",
        "from_to": "from {since} to {date}",
        "no_data": "No data for {what} {when}",
        "no_assessment": "No supporter has been assessed yet: nothing is shown as failure.",
        "no_change": "No judgement moved in this period.",
        "no_evidence": "No evidence is dated in this period.",
        "no_supporter": "No supporter matches the filter.",
        "share_assessed": (
            "Share of each group's pledged cells at each level, not assessed included\n"
            "(a cell: one supporter on one commitment it pledged)"
        ),
        "coverage_line": "{assessed} of {applicable} cells assessed ({share} coverage)",
        "group_line": "{name}: {coverage}",
        "commitments": "{n} commitments",
        "supporters_all": "{n} active supporters",
        "supporters_filtered": "{n} supporters (filtered)",
        "score_axis": "Score (0–100)",
        "coverage_axis": "Coverage (cells assessed)",
        "score_note": "The score counts assessed cells only; coverage shows how many are.",
        "coverage_note": "Share of pledged cells assessed: a gap is not yet assessed, not failure.",
        "quarter_end": "Quarter end (last point: the as-of date)",
        "key_dates": "Key dates (call milestones and laws)",
        "items": "Evidence items",
        "by_dated": "by the date each item speaks for",
        "by_recorded": "by the date each item was recorded",
        "restricted_in": "restricted items included",
        "restricted_out": "restricted items left out",
        "cells": "Cells",
        "score_col": "Score · cov.",
        "score_coverage": "{score} · {share} assessed",
        "needs_review": "Needs review (old evidence)",
        "all": "All supporters",
        "all_filtered": "All chosen supporters",
        "upgrade": "Upgraded",
        "downgrade": "Downgraded",
        "new": "Newly assessed",
        "changes_axis": "Cells that moved",
        # takedown and incidents
        "removal_curve": "Time to removal, cumulative",
        "weekly_takedown": "New sightings and removals per week",
        "response_timeline": "The first 72 hours after the incident",
        "hours_axis": "Hours to removal (logarithmic scale)",
        "removed_axis": "Removed (share of all sightings)",
        "clock_found": "From first seen",
        "clock_reported": "From reported (or removal order)",
        "one_hour": "1 hour",
        "one_day": "24 hours",
        "no_sighting": "No sighting matches the choice.",
        "sightings_what": "sightings",
        "week_axis": "Week starting (Monday, UTC)",
        "count_axis": "Sightings",
        "new_sightings": "New sightings",
        "removals": "Removals",
        "hours_since": "Hours after the incident",
        "activated": "{protocol}",
        "responded": "{supporter}: first action",
        "later": "{n} later than 72 hours (listed in the tables)",
        "no_timeline": "No protocol activation or response is recorded.",
        "timeline_what": "the incident",
        "removed_within": "{share} within {hours}",
        "protocol.christchurch_call_crp": "Christchurch Call Crisis Response Protocol",
        "protocol.gifct_cip": "GIFCT Content Incident Protocol",
        "protocol.eu_crisis_protocol": "EU Crisis Protocol",
        "protocol.other": "Other protocol",
    },
    "fr": {
        "levels_by_group": "Progrès par groupe d'engagements",
        "heatmap": "Chaque soutien sur chaque engagement",
        "score_over_time": "Score dans le temps",
        "coverage_over_time": "Couverture dans le temps",
        "evidence_by_quarter": "Éléments de preuve par trimestre et par type",
        "changes": "Ce qui a changé",
        "indicators": "Chiffres publiés dans le temps",
        "no_figures": "Aucun chiffre publié n'est enregistré pour une période close à cette date.",
        "period_end": "Fin de la période couverte (chaque point : un chiffre publié)",
        "more_metrics": "{n} autres mesures non tracées : choisissez moins de soutiens.",
        "figures_restricted_out": "chiffres de sources restreintes exclus",
        "as_of": "au {date}",
        "from_to": "du {since} au {date}",
        "no_data": "Aucune donnée pour {what} {when}",
        "no_assessment": "Aucun soutien n'a encore été évalué : rien n'est montré comme un échec.",
        "no_change": "Aucun jugement n'a changé sur cette période.",
        "no_evidence": "Aucun élément de preuve n'est daté de cette période.",
        "no_supporter": "Aucun soutien ne correspond au filtre.",
        "share_assessed": (
            "Part des cellules du groupe à chaque niveau, non évaluées comprises\n"
            "(une cellule : un soutien sur un engagement pris)"
        ),
        "coverage_line": "{assessed} cellules évaluées sur {applicable} (couverture {share})",
        "group_line": "{name} : {coverage}",
        "commitments": "{n} engagements",
        "supporters_all": "{n} soutiens actifs",
        "supporters_filtered": "{n} soutiens (filtrés)",
        "score_axis": "Score (0–100)",
        "coverage_axis": "Couverture (cellules évaluées)",
        "score_note": "Le score ne compte que les cellules évaluées ; voir la couverture.",
        "coverage_note": "Part des cellules évaluées : une lacune signifie « pas encore évalué ».",
        "quarter_end": "Fin de trimestre (dernier point : la date de référence)",
        "key_dates": "Dates clés (étapes de l’Appel et lois)",
        "items": "Éléments de preuve",
        "by_dated": "selon la date dont chaque élément témoigne",
        "by_recorded": "selon la date d'enregistrement",
        "restricted_in": "éléments restreints inclus",
        "restricted_out": "éléments restreints exclus",
        "cells": "Cellules",
        "score_col": "Score · couv.",
        "score_coverage": "{score} · {share} évalués",
        "needs_review": "À revoir (preuves anciennes)",
        "all": "Tous les soutiens",
        "all_filtered": "Tous les soutiens choisis",
        "upgrade": "En progrès",
        "downgrade": "En recul",
        "new": "Évalué pour la première fois",
        "changes_axis": "Cellules ayant changé",
        # retraits et incidents
        "removal_curve": "Délai de retrait, cumulé",
        "weekly_takedown": "Nouveaux signalements et retraits par semaine",
        "response_timeline": "Les 72 premières heures après l'incident",
        "hours_axis": "Heures avant le retrait (échelle logarithmique)",
        "removed_axis": "Retirés (part de tous les signalements)",
        "clock_found": "Depuis la découverte",
        "clock_reported": "Depuis le signalement (ou l'injonction)",
        "one_hour": "1 heure",
        "one_day": "24 heures",
        "no_sighting": "Aucun signalement ne correspond au choix.",
        "sightings_what": "les signalements",
        "week_axis": "Semaine commençant le (lundi, UTC)",
        "count_axis": "Signalements",
        "new_sightings": "Nouveaux signalements",
        "removals": "Retraits",
        "hours_since": "Heures après l'incident",
        "activated": "{protocol}",
        "responded": "{supporter} : première action",
        "later": "{n} après 72 heures (voir les tableaux)",
        "no_timeline": "Aucune activation de protocole ni réponse n'est enregistrée.",
        "timeline_what": "l'incident",
        "removed_within": "{share} en {hours}",
        "protocol.christchurch_call_crp": (
            "Protocole de réponse aux crises de l'Appel de Christchurch"
        ),
        "protocol.gifct_cip": "Protocole d'incident de contenu du GIFCT",
        "protocol.eu_crisis_protocol": "Protocole de crise de l'UE",
        "protocol.other": "Autre protocole",
    },
}

_LEVELS_FR = {
    Level.COMPLETE: "Achevé",
    Level.SUBSTANTIAL: "Substantiel",
    Level.LIMITED: "Limité",
    Level.NOT_STARTED: "Pas commencé",
    Level.REGRESSED: "En recul",
    Level.NO_EVIDENCE: "Aucune preuve trouvée",
    Level.NOT_ASSESSED: "Non évalué",
    Level.NOT_APPLICABLE: "Sans objet",
}

_GROUPS_FR = {
    CommitmentGroup.GOVERNMENTS: "Gouvernements",
    CommitmentGroup.ONLINE_SERVICE_PROVIDERS: "Fournisseurs de services en ligne",
    CommitmentGroup.JOINT: "Gouvernements et fournisseurs ensemble",
}

_KINDS_FR = {
    StakeholderKind.GOVERNMENT: "Gouvernements",
    StakeholderKind.INTERGOVERNMENTAL: "Organisations intergouvernementales",
    StakeholderKind.ONLINE_SERVICE_PROVIDER: "Fournisseurs de services en ligne",
    StakeholderKind.PARTNER: "Partenaires",
}

_KINDS_EN = {
    StakeholderKind.GOVERNMENT: "Governments",
    StakeholderKind.INTERGOVERNMENTAL: "Intergovernmental bodies",
    StakeholderKind.ONLINE_SERVICE_PROVIDER: "Online service providers",
    StakeholderKind.PARTNER: "Partners",
}

_EVIDENCE_FR = {
    EvidenceKind.LEGISLATION: "Législation",
    EvidenceKind.POLICY_CHANGE: "Changement de politique",
    EvidenceKind.TRANSPARENCY_REPORT: "Rapport de transparence",
    EvidenceKind.TECHNICAL_MEASURE: "Mesure technique",
    EvidenceKind.INDEPENDENT_ASSESSMENT: "Évaluation indépendante",
    EvidenceKind.NEWS_REPORT: "Article de presse",
    EvidenceKind.SELF_REPORT: "Auto-déclaration",
    EvidenceKind.OTHER: "Autre",
}

_MONTHS = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
}


def text(key: str, lang: str = "en", **values: object) -> str:
    """The phrase `key` in `lang` (English where missing), with `values` filled in."""
    phrase = _TEXT.get(lang, _TEXT["en"]).get(key) or _TEXT["en"][key]
    return phrase.format(**values) if values else phrase


def level_label(level: Level, lang: str = "en") -> str:
    return _LEVELS_FR[level] if lang == "fr" else level.label


def group_label(group: CommitmentGroup, lang: str = "en") -> str:
    return _GROUPS_FR[group] if lang == "fr" else group.label


def kind_label(kind: str, lang: str = "en") -> str:
    """A kind of supporter in the plural ("Governments"); "all" for everyone chosen."""
    if kind in ("all", "all_filtered"):
        return text(kind, lang)
    member = StakeholderKind(kind)
    return (_KINDS_FR if lang == "fr" else _KINDS_EN)[member]


def evidence_label(kind: str, lang: str = "en") -> str:
    member = EvidenceKind(kind) if kind in set(EvidenceKind) else EvidenceKind.OTHER
    return _EVIDENCE_FR[member] if lang == "fr" else member.label


def day(value: dt.date, lang: str = "en") -> str:
    """A date nobody can misread: 29 Nov 2026 / 29 nov. 2026."""
    months = _MONTHS.get(lang, _MONTHS["en"])
    return f"{value.day} {months[value.month - 1]} {value.year}"


def quarter(value: dt.date, lang: str = "en") -> str:
    """The quarter a date falls in: 2026 Q4 / T4 2026."""
    number = (value.month - 1) // 3 + 1
    return f"T{number} {value.year}" if lang == "fr" else f"{value.year} Q{number}"


def percent(share: float, lang: str = "en") -> str:
    """0.066 -> 6.6% (6,6 % in French)."""
    digits = f"{100 * share:.1f}".rstrip("0").rstrip(".")
    return f"{digits.replace('.', ',')} %" if lang == "fr" else f"{digits}%"
