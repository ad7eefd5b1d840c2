"""The one catalogue of every word the reports print, in English and French.

Keys are stable; a new language is one more dictionary with the same keys (a test checks
that every catalogue has them all). Values are plain text, formatted with str.format.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol

from pledge_tracker.domain.dates import iso_as_known
from pledge_tracker.domain.indicators import grouped
from pledge_tracker.domain.levels import Level
from pledge_tracker.domain.titles import Titled, marked_title, own_translation
from pledge_tracker.reports import basis_text
from pledge_tracker.reports.text_changes import CHANGES_EN, CHANGES_FR
from pledge_tracker.reports.text_incident import INCIDENT_EN, INCIDENT_FR
from pledge_tracker.reports.text_instruments import INSTRUMENTS_EN, INSTRUMENTS_FR
from pledge_tracker.reports.typography import french_spacing

EN: dict[str, str] = {
    # document
    "app": "Pledge Tracker",
    "report.scorecard": "Supporter scorecards",
    "report.briefing": "Summit briefing",
    "report.full": "Full accountability report",
    "subject": "Progress of the supporters of the {framework} on its commitments, as of {date}",
    "header.as_of": "As of {date}",
    "footer.generated": "Generated {date} · {app} {version} · method {method}",
    "footer.public": "Public edition",
    "footer.restricted": "Contains restricted evidence: not for publication",
    "page": "Page {page} of",
    # the accessible edition (HTML) and the PDF's pointer to it
    "access.note": "An accessible edition of this report (HTML, for screen readers and for "
    "reading at any size) is made from the same data: choose Accessible HTML on the Reports "
    "page of Pledge Tracker, or run pledge-tracker report {command} --format html. Saved "
    "beside this file, it has the same name ending in .html.",
    "html.chart_table": "Figures of the chart: {chart}",
    "html.chart_empty": "No figures to show.",
    "html.chart_value": "Value",
    "html.levels_all": "Ratings at each level",
    "html.count": "Ratings",
    "col.group": "Commitment group",
    "col.series": "Supporters",
    # cover
    "cover.as_of": "Position as of {date}",
    "cover.since": "Changes measured since {date}",
    "cover.scope.all": "All {count} active supporters",
    "cover.scope.kind": "{count} supporters of one kind: {kind}",
    "cover.scope.named": "{count} chosen supporters: {names}",
    "cover.public": "Public edition: {count} restricted evidence items were withheld.",
    "cover.public_none": "Public edition: no restricted evidence was withheld.",
    "cover.restricted": "This edition includes restricted evidence and is not for publication.",
    "cover.unverified": "The wording of {count} of the {total} commitments is a reconstruction "
    "not yet verified against the official text; it is marked wherever it appears.",
    "cover.generated": "Generated {date} by {app} {version}.",
    # sections
    "section.summary": "Executive summary",
    "section.charts": "Where the Call stands",
    "section.supporters": "Supporters",
    "section.movers": "Who moved most",
    "section.overdue": "Overdue actions",
    "section.takedown": "Removal of terrorist content",
    "section.commitments": "Commitments",
    "section.appendix": "Evidence appendix",
    "section.methodology": "Methodology",
    "section.contents": "Contents",
    "running.head": "{section} — {commitment}",
    # summary figures
    "fig.supporters": "Supporters covered",
    "fig.score": "Overall score (0–100)",
    "fig.coverage": "Coverage (assessed ÷ applicable)",
    "fig.upgrades": "Upgrades since {date}",
    "fig.downgrades": "Downgrades since {date}",
    "fig.new": "First assessments since {date}",
    "fig.review": "Judgements needing review",
    "fig.overdue": "Overdue actions",
    "fig.evidence": "Evidence items",
    "fig.withheld": "Restricted items withheld",
    "fig.change": "{change} since {date}",
    "fig.no_change": "no change since {date}",
    "fig.no_earlier": "no score on {date}",
    "summary.lead": "As of {date}, the {count} supporters covered score {score} overall, with "
    "{coverage} of their applicable commitments assessed. Since {since}: {up} upgrades, "
    "{down} downgrades and {new} first assessments.",
    "summary.lead_empty": "As of {date} no supporter in this report has been assessed yet.",
    # scorecard
    "card.kind_joined": "{kind} · joined {date}",
    "card.joined_unknown": "{kind} · date joined not recorded",
    "card.kind_joined.partial": "{kind} · joined {date}",
    "card.founding": "Founding supporter",
    "card.inactive": "No longer an active supporter",
    "card.score": "Score (0–100)",
    "card.coverage": "Coverage",
    "card.evidence": "Evidence items",
    "card.review": "Judgements to review",
    "card.review_value": "{count} of {total}",
    "card.commitments": "Commitments",
    "card.recent": "Most recent evidence",
    "card.recent_none": "No evidence recorded for this supporter as of {date}.",
    "card.more_evidence": "… and {count} more items in the database.",
    "card.demo": "Includes demonstration data (public examples, not formal assessments).",
    "card.chart": "Levels of the {count} applicable commitments",
    "card.withheld": "Public edition: {count} restricted evidence items about this supporter "
    "were withheld.",
    "card.none_applicable": "This supporter is bound by no commitment of the Call.",
    "card.figures": "Published figures",
    "card.figures_lead": "The latest figure this supporter published for each metric, for a "
    "period ended by {date}, exactly as published; [n] is its source in the cited evidence.",
    "card.figures_withheld": "Public edition: {count} published figures from restricted "
    "sources are left out.",
    "card.figures_withheld.one": "Public edition: {count} published figure from a restricted "
    "source is left out.",
    "col.metric": "Metric",
    "col.figure": "Figure",
    "col.unit": "Unit",
    "col.period": "Period",
    "figure.period": "{start} to {end}",
    "col.code": "Code",
    "col.commitment": "Commitment",
    "col.level": "Level",
    "col.effective": "Effective",
    "col.evidence": "Evidence",
    "col.review": "Review",
    "col.supporter": "Supporter",
    "col.kind": "Kind",
    "col.score": "Score",
    "col.coverage": "Coverage",
    "col.change": "Change",
    "col.rationale": "Rationale and evidence",
    "col.before_coverage": "Score {date} (coverage)",
    "col.now_coverage": "Score {date} (coverage)",
    "col.assessed": "Assessed",
    "section.unranked": "Not enough assessed to rank",
    "rank.rule": "Supporters are ranked, by kind and then by score, only when at least "
    "{threshold} of their applicable commitments are assessed; the others are listed apart "
    "as not enough assessed to rank, with their coverage.",
    "rank.movers": "Ranked only when at least {threshold} of the supporter's applicable "
    "commitments were assessed at both dates; each score is followed by its coverage.",
    "rank.apart_count": "Moved, but not enough assessed to rank ({count}):",
    "rank.name_coverage": "{name} (coverage {coverage})",
    "rank.none": "No supporter has {threshold} of its commitments assessed yet: none is ranked.",
    "movers.none_ranked": "No ranked supporter's score changed between {since} and {date}.",
    "summary.indicative": "This overall score is indicative only: it rests on {coverage} "
    "coverage, below the {threshold} a supporter needs to be ranked.",
    "fig.indicative": "indicative: under {threshold} assessed",
    "method.rank": "Ranking: supporters are compared only when at least {threshold} of their "
    "applicable commitments are assessed (at both dates, for changes); the others are listed "
    "apart as not enough assessed to rank. A score is always printed with its coverage; an "
    "overall score below that coverage is marked indicative.",
    "col.due": "Due",
    "col.overdue": "Days overdue",
    "col.action": "Action",
    "col.platform": "Platform",
    "col.sightings": "Sightings",
    "col.median": "Median hours to removal (n items)",
    "col.number": "No.",
    "col.item": "Evidence item",
    "col.source": "Source",
    "col.dates": "Dated",
    "review.mark": "⚠ Needs review",
    "review.short": "⚠ Review",
    "review.legend": "⚠ Review: the newest evidence behind the judgement is older than "
    "{months} months.",
    "demo.mark": "demonstration",
    "demo.banner": "Demonstration data — not real assessments",
    # briefing and full
    "movers.none": "No supporter's score changed between {since} and {date}.",
    "overdue.none": "No action was overdue on {date}.",
    "section.key_dates": "Key dates",
    "key_dates.lead": "Events on the Call's timeline from {since} to {date}, by date. A date "
    "known only to the month or year is printed as such.",
    "key_dates.none": "No event on the timeline falls between {since} and {date}.",
    "key_dates.unverified": "† Not verified against its sources.",
    "col.date": "Date",
    "col.category": "Category",
    "col.event": "Event",
    "event.call_milestone": "Call milestone",
    "event.legislation": "Legislation",
    "event.supporters": "Supporters",
    "event.crisis_response": "Crisis response",
    "event.law_enforcement": "Law enforcement",
    "event.intergovernmental": "Intergovernmental",
    "event.industry": "Industry",
    "event.advisory_network": "Advisory Network",
    "event.algorithms": "Algorithms",
    "event.context": "Context",
    "takedown.lead": "{count} sightings of terrorist or violent extremist content recorded; "
    "time to removal is measured on two clocks, from first seen and from reported, and "
    "compared with the one-hour (EU TCO Regulation) and 24-hour yardsticks.",
    "takedown.within_hour": "Removed within 1 hour",
    "takedown.within_day": "Removed in 1–24 hours",
    "takedown.after_day": "Removed after 24 hours",
    "takedown.online": "Still online",
    "takedown.unknown": "Time unknown",
    "takedown.median": "{hours}\n(n = {count})",
    "takedown.none": "No sighting recorded.",
    "supporters.none": "No supporter matches this report's choice.",
    "commitment.unverified": "Wording not yet verified against the official text.",
    "commitment.verified": "Wording verified by {who} on {date} against {source}.",
    "commitment.no_french": "No French wording recorded; the English wording is shown.",
    "commitment.summary": "{assessed} of {applicable} supporters assessed; score {score}.",
    "commitment.summary_none": "{assessed} of {applicable} supporters assessed; no score yet.",
    "commitment.none": "No supporter in this report is bound by this commitment.",
    "commitment.no_rationale": "No judgement recorded.",
    "cites": "Evidence: {numbers}",
    "appendix.lead": "Every evidence item cited above, numbered in order of first citation.",
    "appendix.none": "No evidence is cited in this report.",
    "appendix.withheld": "{count} restricted items are cited by the judgements above but "
    "withheld from this public edition.",
    "appendix.retrieved": "retrieved {date}",
    "appendix.published": "published {date}",
    "none": "—",
    "not_scored": "not scored",
    # methodology
    "method.scale": "Each judgement places a supporter on one commitment at one of these levels:",
    "method.col.level": "Level",
    "method.col.points": "Points",
    "method.col.meaning": "Meaning",
    "method.score": "Score: 100 × the points earned ÷ (3 × the commitments assessed). Levels "
    "without points (not assessed, not applicable) are left out of the score.",
    "method.coverage": "Coverage: the commitments assessed ÷ the commitments that apply. An "
    "empty cell is a gap in coverage, never a failure.",
    "method.as_of": "As of a date: each supporter-commitment pair counts its latest judgement "
    "effective on or before that date; a correction recorded later for the same date wins.",
    "method.freshness": "Freshness: a judgement whose newest evidence is older than {months} "
    "months is marked ⚠ needs review.",
    "method.version": "Method version {version}. Restricted evidence is left out of public "
    "editions, which say how many items were withheld.",
    "method.links": "Links are printed only for http, https and mailto addresses.",
    # levels: label and meaning
    "level.complete": "Complete",
    "level.substantial": "Substantial",
    "level.limited": "Limited",
    "level.not_started": "Not started",
    "level.regressed": "Regressed",
    "level.no_evidence": "No evidence found",
    "level.not_assessed": "Not assessed",
    "level.not_applicable": "Not applicable",
    "meaning.complete": "fully implemented",
    "meaning.substantial": "most of it implemented",
    "meaning.limited": "first steps taken",
    "meaning.not_started": "nothing done yet",
    "meaning.regressed": "earlier progress reversed or withdrawn",
    "meaning.no_evidence": "looked, found nothing public (counts as 0)",
    "meaning.not_assessed": "no judgement yet: a gap in coverage",
    "meaning.not_applicable": "the commitment does not bind this supporter",
    # vocabularies
    "kind.government": "Government",
    "kind.intergovernmental": "Intergovernmental body",
    "kind.online_service_provider": "Online service provider",
    "kind.partner": "Partner",
    "group.governments": "Commitments by governments",
    "group.online_service_providers": "Commitments by online service providers",
    "group.governments_and_online_service_providers": "Joint commitments",
    "evidence.legislation": "Legislation",
    "evidence.policy_change": "Policy change",
    "evidence.transparency_report": "Transparency report",
    "evidence.technical_measure": "Technical measure",
    "evidence.independent_assessment": "Independent assessment",
    "evidence.news_report": "News report",
    "evidence.self_report": "Self-report",
    "evidence.other": "Other",
    "reliability.official": "official source",
    "reliability.reputable": "reputable source",
    "reliability.secondary": "secondary source",
    "reliability.unverified": "unverified source",
    "months": "January February March April May June July August September October "
    "November December",
    "date.long": "{day} {month} {year}",
    "decimal": ".",
    "thousands": ",",
    "percent": "{value}%",
    "points": "{value} pts",
    "date.month": "{month} {year}",
    "date.year": "{year}",
    "plural.item.one": "{count} item",
    "plural.item.other": "{count} items",
    "plural.supporter.one": "{count} supporter",
    "plural.supporter.other": "{count} supporters",
    "plural.commitment.one": "{count} commitment",
    "plural.commitment.other": "{count} commitments",
    "unverified.mark": "†",
    "labelled": "{label}: {value}",
    "continued": "{name} (continued)",
    "keywords": "accountability, scorecard",
    "title.own": "‡",
    "title.own_key": "‡ Short title translated by the app.",
    "unverified.key": "† Membership or date of joining not verified in the reference sources, "
    "or inferred from published totals.",
    # singular forms, used when the count is one (see Text.__call__)
    "cover.scope.all.one": "The {count} active supporter",
    "cover.scope.kind.one": "{count} supporter of one kind: {kind}",
    "cover.scope.named.one": "{count} chosen supporter: {names}",
    "cover.public.one": "Public edition: {count} restricted evidence item was withheld.",
    "cover.unverified.one": "The wording of {count} of the {total} commitments is a "
    "reconstruction not yet verified against the official text; it is marked wherever it "
    "appears.",
    "card.more_evidence.one": "… and {count} more item in the database.",
    "card.chart.one": "Level of the {count} applicable commitment",
    "card.withheld.one": "Public edition: {count} restricted evidence item about this "
    "supporter was withheld.",
    "appendix.withheld.one": "{count} restricted item is cited by the judgements above but "
    "withheld from this public edition.",
    "takedown.lead.one": "{count} sighting of terrorist or violent extremist content recorded; "
    "time to removal is measured on two clocks, from first seen and from reported, and "
    "compared with the one-hour (EU TCO Regulation) and 24-hour yardsticks.",
}

FR: dict[str, str] = {
    "app": "Pledge Tracker",
    "report.scorecard": "Fiches des soutiens",
    "report.briefing": "Note de synthèse pour le sommet",
    "report.full": "Rapport complet de redevabilité",
    "subject": "Avancement des soutiens sur leurs engagements ({framework}), au {date}",
    "header.as_of": "Situation au {date}",
    "footer.generated": "Produit le {date} · {app} {version} · méthode {method}",
    "footer.public": "Édition publique",
    "footer.restricted": "Contient des éléments restreints : ne pas publier",
    "page": "Page {page} sur",
    "access.note": "Une édition accessible de ce rapport (HTML, pour les lecteurs d'écran et "
    "la lecture à toute taille) est produite à partir des mêmes données : choisissez HTML "
    "accessible dans la page Rapports de Pledge Tracker, ou lancez pledge-tracker report "
    "{command} --format html. Enregistrée à côté de ce fichier, elle porte le même nom "
    "terminé par .html.",
    "html.chart_table": "Chiffres du graphique : {chart}",
    "html.chart_empty": "Aucun chiffre à montrer.",
    "html.chart_value": "Valeur",
    "html.levels_all": "Évaluations à chaque niveau",
    "html.count": "Évaluations",
    "col.group": "Groupe d'engagements",
    "col.series": "Soutiens",
    "cover.as_of": "Situation au {date}",
    "cover.since": "Évolutions mesurées depuis le {date}",
    "cover.scope.all": "Les {count} soutiens actifs",
    "cover.scope.kind": "{count} soutiens d'une même catégorie : {kind}",
    "cover.scope.named": "{count} soutiens choisis : {names}",
    "cover.public": "Édition publique : {count} éléments de preuve restreints ont été retenus.",
    "cover.public_none": "Édition publique : aucun élément de preuve restreint n'a été retenu.",
    "cover.restricted": "Cette édition contient des éléments de preuve restreints et ne doit "
    "pas être publiée.",
    "cover.unverified": "Le texte de {count} des {total} engagements est une reconstitution "
    "non encore vérifiée sur le texte officiel ; il est signalé partout où il figure.",
    "cover.generated": "Produit le {date} par {app} {version}.",
    "section.summary": "Synthèse",
    "section.charts": "Où en est l'Appel",
    "section.supporters": "Soutiens",
    "section.movers": "Les plus fortes évolutions",
    "section.overdue": "Actions en retard",
    "section.takedown": "Retrait des contenus terroristes",
    "section.commitments": "Engagements",
    "section.appendix": "Annexe des éléments de preuve",
    "section.methodology": "Méthodologie",
    "section.contents": "Table des matières",
    "running.head": "{section} — {commitment}",
    "fig.supporters": "Soutiens couverts",
    "fig.score": "Note globale (0–100)",
    "fig.coverage": "Couverture (évalués ÷ applicables)",
    "fig.upgrades": "Progressions depuis le {date}",
    "fig.downgrades": "Reculs depuis le {date}",
    "fig.new": "Premières évaluations depuis le {date}",
    "fig.review": "Jugements à réexaminer",
    "fig.overdue": "Actions en retard",
    "fig.evidence": "Éléments de preuve",
    "fig.withheld": "Éléments restreints retenus",
    "fig.change": "{change} depuis le {date}",
    "fig.no_change": "inchangé depuis le {date}",
    "fig.no_earlier": "pas de note au {date}",
    "summary.lead": "Au {date}, les {count} soutiens couverts obtiennent une note globale de "
    "{score}, et {coverage} de leurs engagements applicables sont évalués. Depuis le {since} : "
    "{up} progressions, {down} reculs et {new} premières évaluations.",
    "summary.lead_empty": "Au {date}, aucun soutien de ce rapport n'a encore été évalué.",
    "card.kind_joined": "{kind} · soutien depuis le {date}",
    "card.joined_unknown": "{kind} · date d'adhésion non renseignée",
    "card.kind_joined.partial": "{kind} · soutien depuis {date}",
    "card.founding": "Soutien fondateur",
    "card.inactive": "N'est plus un soutien actif",
    "card.score": "Note (0–100)",
    "card.coverage": "Couverture",
    "card.evidence": "Éléments de preuve",
    "card.review": "À réexaminer",
    "card.review_value": "{count} sur {total}",
    "card.commitments": "Engagements",
    "card.recent": "Éléments de preuve les plus récents",
    "card.recent_none": "Aucun élément de preuve enregistré pour ce soutien au {date}.",
    "card.more_evidence": "… et {count} autres éléments dans la base.",
    "card.demo": "Contient des données de démonstration (exemples publics, pas des "
    "évaluations formelles).",
    "card.chart": "Niveaux des {count} engagements applicables",
    "card.withheld": "Édition publique : {count} éléments de preuve restreints concernant ce "
    "soutien ont été retenus.",
    "card.none_applicable": "Ce soutien n'est lié par aucun engagement de l'Appel.",
    "card.figures": "Chiffres publiés",
    "card.figures_lead": "Le dernier chiffre publié par ce soutien pour chaque mesure, pour "
    "une période close au {date}, tel que publié ; [n] renvoie à sa source parmi les éléments "
    "cités.",
    "card.figures_withheld": "Édition publique : {count} chiffres publiés issus de sources "
    "restreintes sont omis.",
    "card.figures_withheld.one": "Édition publique : {count} chiffre publié issu d'une source "
    "restreinte est omis.",
    "col.metric": "Mesure",
    "col.figure": "Chiffre",
    "col.unit": "Unité",
    "col.period": "Période",
    "figure.period": "du {start} au {end}",
    "col.code": "Code",
    "col.commitment": "Engagement",
    "col.level": "Niveau",
    "col.effective": "En vigueur",
    "col.evidence": "Preuves",
    "col.review": "Revoir",
    "col.supporter": "Soutien",
    "col.kind": "Catégorie",
    "col.score": "Note",
    "col.coverage": "Couverture",
    "col.change": "Évolution",
    "col.rationale": "Motivation et preuves",
    "col.before_coverage": "Note {date} (couverture)",
    "col.now_coverage": "Note {date} (couverture)",
    "col.assessed": "Évalués",
    "section.unranked": "Trop peu évalués pour être classés",
    "rank.rule": "Les soutiens ne sont classés, par catégorie puis par note, que si au moins "
    "{threshold} de leurs engagements applicables sont évalués ; les autres sont présentés à "
    "part comme trop peu évalués pour être classés, avec leur couverture.",
    "rank.movers": "Classement réservé aux soutiens dont au moins {threshold} des engagements "
    "applicables étaient évalués aux deux dates ; chaque note est suivie de sa couverture.",
    "rank.apart_count": "Ont évolué, mais trop peu évalués pour être classés ({count}) :",
    "rank.name_coverage": "{name} (couverture {coverage})",
    "rank.none": "Aucun soutien n'a encore {threshold} de ses engagements évalués : aucun "
    "n'est classé.",
    "movers.none_ranked": "Aucune note d'un soutien classé n'a changé entre le {since} et le "
    "{date}.",
    "summary.indicative": "Cette note globale n'est qu'indicative : elle repose sur une "
    "couverture de {coverage}, inférieure aux {threshold} requis pour classer un soutien.",
    "fig.indicative": "indicative : moins de {threshold} évalués",
    "method.rank": "Classement : les soutiens ne sont comparés que si au moins {threshold} de "
    "leurs engagements applicables sont évalués (aux deux dates, pour les évolutions) ; les "
    "autres sont présentés à part comme trop peu évalués pour être classés. Une note est "
    "toujours imprimée avec sa couverture ; une note globale en deçà est dite indicative.",
    "col.due": "Échéance",
    "col.overdue": "Jours de retard",
    "col.action": "Action",
    "col.platform": "Plateforme",
    "col.sightings": "Signalements",
    "col.median": "Délai médian de retrait en heures (n éléments)",
    "col.number": "N°",
    "col.item": "Élément de preuve",
    "col.source": "Source",
    "col.dates": "Date",
    "review.mark": "⚠ À réexaminer",
    "review.short": "⚠ Revoir",
    "review.legend": "⚠ Revoir : la preuve la plus récente du jugement date de plus de "
    "{months} mois.",
    "demo.mark": "démonstration",
    "demo.banner": "Données de démonstration — pas de véritables évaluations",
    "movers.none": "Aucune note n'a changé entre le {since} et le {date}.",
    "overdue.none": "Aucune action n'était en retard au {date}.",
    "section.key_dates": "Dates clés",
    "key_dates.lead": "Événements de la chronologie de l'Appel du {since} au {date}, par date. "
    "Une date connue seulement au mois ou à l'année est imprimée ainsi.",
    "key_dates.none": "Aucun événement de la chronologie entre le {since} et le {date}.",
    "key_dates.unverified": "† Non vérifié auprès de ses sources.",
    "col.date": "Date",
    "col.category": "Catégorie",
    "col.event": "Événement",
    "event.call_milestone": "Étape de l'Appel",
    "event.legislation": "Législation",
    "event.supporters": "Soutiens",
    "event.crisis_response": "Réponse aux crises",
    "event.law_enforcement": "Application de la loi",
    "event.intergovernmental": "Intergouvernemental",
    "event.industry": "Industrie",
    "event.advisory_network": "Réseau consultatif",
    "event.algorithms": "Algorithmes",
    "event.context": "Contexte",
    "takedown.lead": "{count} signalements de contenus terroristes ou extrémistes violents "
    "enregistrés ; le délai de retrait est mesuré sur deux horloges, depuis la découverte et "
    "depuis le signalement, et comparé aux repères d'une heure (règlement européen TCO) et "
    "de 24 heures.",
    "takedown.within_hour": "Retirés en 1 heure",
    "takedown.within_day": "Retirés en 1 à 24 heures",
    "takedown.after_day": "Retirés après 24 heures",
    "takedown.online": "Encore en ligne",
    "takedown.unknown": "Heure inconnue",
    "takedown.median": "{hours}\n(n = {count})",
    "takedown.none": "Aucun signalement enregistré.",
    "supporters.none": "Aucun soutien ne correspond au choix de ce rapport.",
    "commitment.unverified": "Texte non encore vérifié sur le texte officiel.",
    "commitment.verified": "Texte vérifié par {who} le {date} sur {source}.",
    "commitment.no_french": "Pas de texte français enregistré ; le texte anglais est reproduit.",
    "commitment.summary": "{assessed} soutiens évalués sur {applicable} ; note {score}.",
    "commitment.summary_none": "{assessed} soutiens évalués sur {applicable} ; pas encore de note.",
    "commitment.none": "Aucun soutien de ce rapport n'est lié par cet engagement.",
    "commitment.no_rationale": "Aucun jugement enregistré.",
    "cites": "Preuves : {numbers}",
    "appendix.lead": "Tous les éléments de preuve cités, numérotés dans l'ordre de leur "
    "première citation.",
    "appendix.none": "Aucun élément de preuve n'est cité dans ce rapport.",
    "appendix.withheld": "{count} éléments restreints sont cités par les jugements ci-dessus "
    "mais retenus dans cette édition publique.",
    "appendix.retrieved": "consulté le {date}",
    "appendix.published": "publié le {date}",
    "none": "—",
    "not_scored": "sans note",
    "method.scale": "Chaque jugement situe un soutien, pour un engagement, à l'un de ces niveaux :",
    "method.col.level": "Niveau",
    "method.col.points": "Points",
    "method.col.meaning": "Signification",
    "method.score": "Note : 100 × les points obtenus ÷ (3 × les engagements évalués). Les "
    "niveaux sans points (non évalué, sans objet) sont exclus de la note.",
    "method.coverage": "Couverture : engagements évalués ÷ engagements applicables. Une case "
    "vide est une lacune de couverture, jamais un échec.",
    "method.as_of": "À une date donnée : chaque couple soutien-engagement retient son dernier "
    "jugement en vigueur à cette date ; une correction enregistrée plus tard pour la même date "
    "l'emporte.",
    "method.freshness": "Fraîcheur : un jugement dont la preuve la plus récente date de plus de "
    "{months} mois est signalé ⚠ à réexaminer.",
    "method.version": "Version de la méthode : {version}. Les éditions publiques excluent les "
    "éléments restreints et indiquent combien ont été retenus.",
    "method.links": "Seules les adresses http, https et mailto sont imprimées comme liens.",
    "level.complete": "Réalisé",
    "level.substantial": "Substantiel",
    "level.limited": "Limité",
    "level.not_started": "Non commencé",
    "level.regressed": "En recul",
    "level.no_evidence": "Aucune preuve trouvée",
    "level.not_assessed": "Non évalué",
    "level.not_applicable": "Sans objet",
    "meaning.complete": "entièrement mis en œuvre",
    "meaning.substantial": "en grande partie mis en œuvre",
    "meaning.limited": "premiers pas accomplis",
    "meaning.not_started": "rien n'a encore été fait",
    "meaning.regressed": "progrès antérieurs annulés ou retirés",
    "meaning.no_evidence": "recherché, rien de public trouvé (compte pour 0)",
    "meaning.not_assessed": "pas encore de jugement : lacune de couverture",
    "meaning.not_applicable": "l'engagement ne lie pas ce soutien",
    "kind.government": "Gouvernement",
    "kind.intergovernmental": "Organisation intergouvernementale",
    "kind.online_service_provider": "Fournisseur de services en ligne",
    "kind.partner": "Partenaire",
    "group.governments": "Engagements des gouvernements",
    "group.online_service_providers": "Engagements des fournisseurs de services en ligne",
    "group.governments_and_online_service_providers": "Engagements communs",
    "evidence.legislation": "Législation",
    "evidence.policy_change": "Changement de politique",
    "evidence.transparency_report": "Rapport de transparence",
    "evidence.technical_measure": "Mesure technique",
    "evidence.independent_assessment": "Évaluation indépendante",
    "evidence.news_report": "Article de presse",
    "evidence.self_report": "Auto-déclaration",
    "evidence.other": "Autre",
    "reliability.official": "source officielle",
    "reliability.reputable": "source reconnue",
    "reliability.secondary": "source secondaire",
    "reliability.unverified": "source non vérifiée",
    "months": "janvier février mars avril mai juin juillet août septembre octobre "
    "novembre décembre",
    "date.long": "{day} {month} {year}",
    "decimal": ",",
    # French groups thousands with a narrow no-break space (1 234)
    "thousands": "\u202f",
    "percent": "{value} %",
    "points": "{value} pts",
    "date.month": "{month} {year}",
    "date.year": "{year}",
    "plural.item.one": "{count} élément",
    "plural.item.other": "{count} éléments",
    "plural.supporter.one": "{count} soutien",
    "plural.supporter.other": "{count} soutiens",
    "plural.commitment.one": "{count} engagement",
    "plural.commitment.other": "{count} engagements",
    "unverified.mark": "†",
    "labelled": "{label} : {value}",
    "continued": "{name} (suite)",
    "keywords": "redevabilité, fiche d'évaluation",
    "title.own": "‡",
    "title.own_key": "‡ Intitulé court : traduction de l'application (pas de texte français "
    "vérifié de l'Appel).",
    "unverified.key": "† Adhésion ou date d'adhésion non vérifiée dans les sources de "
    "référence, ou déduite des totaux publiés.",
    # formes du singulier, pour 0 et 1 (voir Text.__call__)
    "cover.scope.all.one": "{count} soutien actif",
    "cover.scope.kind.one": "{count} soutien d'une même catégorie : {kind}",
    "cover.scope.named.one": "{count} soutien choisi : {names}",
    "cover.public.one": "Édition publique : {count} élément de preuve restreint a été retenu.",
    "cover.unverified.one": "Le texte de {count} des {total} engagements est une "
    "reconstitution non encore vérifiée sur le texte officiel ; il est signalé partout où il "
    "figure.",
    "card.more_evidence.one": "… et {count} autre élément dans la base.",
    "card.chart.one": "Niveau de l'engagement applicable ({count})",
    "card.withheld.one": "Édition publique : {count} élément de preuve restreint concernant ce "
    "soutien a été retenu.",
    "appendix.withheld.one": "{count} élément restreint est cité par les jugements ci-dessus "
    "mais retenu dans cette édition publique.",
    "takedown.lead.one": "{count} signalement de contenus terroristes ou extrémistes violents "
    "enregistré ; le délai de retrait est mesuré sur deux horloges, depuis la découverte et "
    "depuis le signalement, et comparé aux repères d'une heure (règlement européen TCO) et "
    "de 24 heures.",
}

EN.update(CHANGES_EN)  # what changed, key findings, cited evidence, the key
FR.update(CHANGES_FR)
EN.update(basis_text.EN)  # who judged each rating and how it was checked
FR.update(basis_text.FR)
EN.update(INSTRUMENTS_EN)  # instruments, memberships and the crosswalk
FR.update(INSTRUMENTS_FR)
EN.update(INCIDENT_EN)  # the incident report, and takedown figures on two clocks
FR.update(INCIDENT_FR)
CATALOGUES: dict[str, dict[str, str]] = {"en": EN, "fr": FR}


class Marked(Protocol):
    """A supporter as far as its name and its mark go (StakeholderDTO is one)."""

    @property
    def name(self) -> str: ...

    @property
    def unverified(self) -> bool: ...


class Text:
    """Words and formats of one language: `text("key", name=value)`."""

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang if lang in CATALOGUES else "en"
        self._words = CATALOGUES[self.lang]
        self._months = self._words["months"].split()

    def __call__(self, key: str, **values: object) -> str:
        count = values.get("count")
        if isinstance(count, int) and not isinstance(count, bool):
            # A singular form ("key.one"), where the words differ, and grouped digits.
            if self._singular(count) and f"{key}.one" in EN:
                key = f"{key}.one"
            values["count"] = self.count(count)
        template = self._words.get(key) or EN[key]
        words = template.format(**values) if values else template
        return french_spacing(words) if self.lang == "fr" else words

    def _singular(self, count: int) -> bool:
        """Whether `count` takes the singular: 1 in English; 0 and 1 in French."""
        return count == 1 or (self.lang == "fr" and count == 0)

    def get(self, prefix: str, value: str) -> str:
        """A vocabulary word (kind, group, evidence kind…), or the raw value if unknown."""
        key = f"{prefix}.{value}"
        return self(key) if key in EN else value.replace("_", " ")

    def supporter(self, person: Marked) -> str:
        """A supporter's name, marked † where its membership or join date is unverified."""
        return f"{person.name} {self('unverified.mark')}" if person.unverified else person.name

    def title(self, commitment: Titled) -> str:
        """A commitment's short title in this language.

        French: the Call's French title where recorded, else the app's own translation marked
        ‡ (its key: `title.own_key`), else the English one.
        """
        if self.lang == "fr" and (commitment.short_title_fr or own_translation(commitment, "fr")):
            return french_spacing(marked_title(commitment, "fr"))  # domain/titles: the window's too
        return commitment.short_title

    def own_titles_key(self, commitments: Iterable[Titled]) -> str:
        """The key to the ‡ mark, where one of these titles is the app's translation; else ""."""
        marked = any(own_translation(c, self.lang) for c in commitments)
        return self("title.own_key") if marked else ""

    def level(self, level: Level) -> str:
        return self(f"level.{level.value}")

    def date(self, day: dt.date | None, precision: str = "day") -> str:
        """A date written out: 29 November 2026 / 29 novembre 2026.

        A date known only to the month or year prints as such (May 2021 / mai 2021, 2021),
        never as the first day of it.
        """
        if day is None:
            return self("none")
        month = self._months[day.month - 1]
        if precision == "year":
            return self("date.year", year=day.year)
        if precision == "month":
            return self("date.month", month=month, year=day.year)
        first = "1er" if self.lang == "fr" and day.day == 1 else str(day.day)
        return self("date.long", day=first, month=month, year=day.year)

    def day(self, day: dt.date | None, precision: str = "day") -> str:
        """A date in tables: ISO 8601 (2021-05-14, 2021-05 or 2021 as far as it is known)."""
        if day is None:
            return self("none")
        return iso_as_known(day, precision)

    def number(self, value: float | None, digits: int = 1) -> str:
        """A number with this language's decimal mark and thousands separator."""
        if value is None:
            return self("none")
        grouped = f"{value:,.{digits}f}"  # 1,234.5: swapped below, never mixed up
        marks = {",": self("thousands"), ".": self("decimal")}
        return "".join(marks.get(ch, ch) for ch in grouped)

    def exact(self, value: str) -> str:
        """A stored decimal exactly as published, with this language's marks: 1 250,5."""
        marks = {",": self("thousands"), ".": self("decimal")}
        return "".join(marks.get(ch, ch) for ch in grouped(value))

    def count(self, value: int) -> str:
        """A whole number with this language's thousands separator: 1,234 / 1 234."""
        return self.number(value, 0)

    def plural(self, noun: str, count: int) -> str:
        """A count and its noun, in the right form: 1 item, 2 items (French: 0 and 1 singular)."""
        form = "one" if self._singular(count) else "other"
        return self(f"plural.{noun}.{form}", count=count)

    def percent(self, fraction: float | None) -> str:
        if fraction is None:
            return self("none")
        return self("percent", value=f"{100 * fraction:.0f}")

    def change(self, value: float | None, *, percent: bool = False) -> str:
        """A signed change with an arrow glyph (never colour alone): ▲ +3.2, ▼ −1.5, = 0.

        A change in a percentage is in points (▲ +5 pts), never a percentage of a percentage.
        """
        if value is None:
            return self("none")
        shown = f"{abs(100 * value):.0f}" if percent else self.number(abs(value))
        if percent:
            shown = self("points", value=shown)
        if round(value, 3 if percent else 1) == 0:
            return "= 0"
        return f"▲ +{shown}" if value > 0 else f"▼ −{shown}"
