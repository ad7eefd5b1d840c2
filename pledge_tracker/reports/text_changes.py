"""Report words for what changed, key findings, cited evidence and the key (en, fr).

Merged into the one catalogue in text.py; kept apart so that this part reads as a whole.
"""

from __future__ import annotations

CHANGES_EN: dict[str, str] = {
    # what changed
    "changes.basis": "Changes are counted by effective date (the date a level took effect), "
    "not by the date it was recorded: a judgement recorded late still counts in its period.",
    "section.regressions": "Regressions named",
    "regressions.lead": "Every supporter whose level on a commitment fell between {since} and "
    "{date} ({count}), newest first.",
    "regressions.none": "No supporter's level fell between {since} and {date}.",
    "col.from_to": "From → to",
    "col.why": "Why (first sentence of the rationale) and evidence cited",
    "regressions.no_rationale": "No rationale recorded.",
    "regressions.no_evidence": "No evidence cited.",
    "movers.rises": "Largest rises",
    "movers.falls": "Largest falls",
    "movers.none_rises": "No ranked supporter's score rose.",
    "movers.none_falls": "No ranked supporter's score fell.",
    "col.since": "Since {date}",
    "change.new": "new",
    "change.up": "▲ was {level}",
    "change.down": "▼ was {level}",
    # key findings
    "section.findings": "Key findings",
    "findings.drafted": "Drafted from the data on {date}; staff may rewrite these findings "
    "before printing.",
    "findings.edited": "Written by staff for this language, period and scope.",
    "findings.regressions": "{count} regressions since {since}: {names}.",
    "findings.regressions_more": "{count} regressions since {since}, among them: {names}.",
    "findings.no_regressions": "No supporter's level fell since {since}.",
    "findings.gaps": "Largest coverage gaps: {names}.",
    "findings.gap_item": "{name} ({assessed} of {applicable} assessed)",
    "findings.no_gaps": "Every applicable commitment of every supporter covered is assessed.",
    "findings.stale": "{count} of {total} judgements rest on evidence older than {months} "
    "months and need review.",
    "findings.no_stale": "No judgement rests on evidence older than {months} months.",
    "findings.unverified": "The wording of {count} of the {total} commitments is not yet "
    "verified against the official text.",
    "findings.verified": "The wording of every commitment is verified against the official text.",
    # cited evidence on a scorecard
    "col.cited": "Cited",
    "card.cited": "Evidence cited",
    "card.cited_none": "No judgement on this page cites evidence.",
    "card.cited_lead": "The numbers in the column \u201cCited\u201d refer to this list: "
    "source, date and whole address of each item.",
    "col.ref_item": "Item, source and address",
    # the key
    "key.title": "Key",
    "key.levels": "Levels, with their points in brackets: {levels}.",
    "key.level_item": "{glyph} {label} ({points}): {meaning}",
    "key.level_plain": "{label}: {meaning}",
    "key.score": "Score: 100 × points earned ÷ (3 × commitments assessed). Coverage: "
    "commitments assessed ÷ commitments that apply. {since}",
    "key.since": "▲ ▼ new: the level moved since {date} (by effective date).",
}

CHANGES_FR: dict[str, str] = {
    "changes.basis": "Les évolutions sont comptées par date d'effet (la date à laquelle un "
    "niveau a pris effet), non par date d'enregistrement : un jugement enregistré tard compte "
    "dans sa période.",
    "section.regressions": "Reculs nommés",
    "regressions.lead": "Chaque soutien dont le niveau sur un engagement a baissé entre le "
    "{since} et le {date} ({count}), du plus récent au plus ancien.",
    "regressions.none": "Aucun niveau n'a baissé entre le {since} et le {date}.",
    "col.from_to": "De → à",
    "col.why": "Pourquoi (première phrase de la justification) et preuves citées",
    "regressions.no_rationale": "Aucune justification enregistrée.",
    "regressions.no_evidence": "Aucune preuve citée.",
    "movers.rises": "Plus fortes hausses",
    "movers.falls": "Plus fortes baisses",
    "movers.none_rises": "Aucune note d'un soutien classé n'a augmenté.",
    "movers.none_falls": "Aucune note d'un soutien classé n'a baissé.",
    "col.since": "Depuis le {date}",
    "change.new": "nouveau",
    "change.up": "▲ était {level}",
    "change.down": "▼ était {level}",
    "section.findings": "Constats principaux",
    "findings.drafted": "Rédigés à partir des données le {date} ; l'équipe peut les réécrire "
    "avant impression.",
    "findings.edited": "Rédigés par l'équipe pour cette langue, cette période et ce périmètre.",
    "findings.regressions": "{count} reculs depuis le {since} : {names}.",
    "findings.regressions_more": "{count} reculs depuis le {since}, dont : {names}.",
    "findings.no_regressions": "Aucun niveau n'a baissé depuis le {since}.",
    "findings.gaps": "Plus grandes lacunes de couverture : {names}.",
    "findings.gap_item": "{name} ({assessed} évalués sur {applicable})",
    "findings.no_gaps": "Tous les engagements applicables des soutiens couverts sont évalués.",
    "findings.stale": "{count} jugements sur {total} reposent sur des preuves de plus de "
    "{months} mois et sont à réexaminer.",
    "findings.no_stale": "Aucun jugement ne repose sur des preuves de plus de {months} mois.",
    "findings.unverified": "Le libellé de {count} des {total} engagements n'est pas encore "
    "vérifié par rapport au texte officiel.",
    "findings.verified": "Le libellé de chaque engagement est vérifié par rapport au texte "
    "officiel.",
    "col.cited": "Preuves",
    "card.cited": "Preuves citées",
    "card.cited_none": "Aucun jugement de cette page ne cite de preuve.",
    "card.cited_lead": "Les numéros de la colonne « Preuves » renvoient à cette liste : "
    "source, date et adresse complète de chaque élément.",
    "col.ref_item": "Élément, source et adresse",
    "key.title": "Légende",
    "key.levels": "Niveaux, avec leurs points entre parenthèses : {levels}.",
    "key.level_item": "{glyph} {label} ({points}) : {meaning}",
    "key.level_plain": "{label} : {meaning}",
    "key.score": "Note : 100 × points obtenus ÷ (3 × engagements évalués). Couverture : "
    "engagements évalués ÷ engagements applicables. {since}",
    "key.since": "▲ ▼ nouveau : le niveau a changé depuis le {date} (par date d'effet).",
}
