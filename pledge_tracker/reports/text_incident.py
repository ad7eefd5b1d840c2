"""Report words for the incident report and the takedown tables on two clocks (en, fr).

Merged into the one catalogue in text.py; kept apart so that this part reads as a whole.
"""

from __future__ import annotations

INCIDENT_EN: dict[str, str] = {
    "report.incident": "Incident report",
    "incident.title": "Incident report: {incident}",
    "incident.subject": "What followed {incident}: crisis protocols, supporters' responses "
    "and the removal of copies, as of {date}",
    "incident.header": "{incident} · as of {date}",
    "incident.as_of": "Position at the end of {date} (UTC)",
    # what happened
    "section.incident.what": "What happened",
    "incident.occurred": "Occurred {local} ({zone}), that is {utc} UTC.",
    "incident.place": "Place: {place}.",
    "incident.no_description": "No description recorded.",
    # activations and responses
    "section.incident.response": "Crisis protocols and supporters' responses",
    "incident.response.lead": "Hours are counted from the incident ({utc} UTC). The chart "
    "shows the first 72 hours; the tables list everything recorded.",
    "col.protocol": "Protocol",
    "col.activated": "Activated (UTC)",
    "col.hours_after": "Hours after",
    "col.closed": "Closed (UTC)",
    "col.activated_by": "Activated by",
    "col.first_action": "First action (UTC)",
    "col.what_done": "What was done",
    "incident.no_activation": "No protocol activation is recorded for this incident.",
    "incident.no_response": "No supporter's response is recorded for this incident.",
    "incident.evidence_withheld": "(restricted evidence withheld)",
    "incident.evidence": "Evidence: {title}",
    "protocol.christchurch_call_crp": "Christchurch Call Crisis Response Protocol",
    "protocol.gifct_cip": "GIFCT Content Incident Protocol",
    "protocol.eu_crisis_protocol": "EU Crisis Protocol",
    "protocol.other": "Other protocol",
    # takedown
    "section.incident.takedown": "Removal of copies",
    "incident.takedown.lead": "{count} copies of content from this incident were recorded on "
    "{platforms} by the end of {date}; {online} were still online then.",
    "incident.takedown.lead.one": "{count} copy of content from this incident was recorded "
    "on {platforms} by the end of {date}; {online} still online then.",
    "incident.takedown.none": "No copy of content from this incident is recorded.",
    "takedown.clocks": "Columns ≤ 1 h, 1–24 h and > 24 h count the copies removed within "
    "that time; Online, those still online; Unknown, those whose time cannot be measured. "
    "Each sighting falls in exactly one column on each clock, and each "
    "share is of all the platform's sightings, so a row adds up to 100%. First seen: from "
    "when the copy was found. Reported: from the report to the platform or, for a removal "
    "order under a law, from the order (the EU's hour runs from it). A removal after the "
    "date of the figures counts as still online; a removal with no start on the clock, or "
    "before it, is unknown. Median and 90th percentile: over the removed items timed on "
    "that clock (n).",
    "col.clock": "Clock",
    "col.p90": "90th pct. hours",
    "col.median_short": "Median hours (n)",
    "col.views": "Views",
    "clock.found": "First seen",
    "clock.reported": "Reported",
    "takedown.total": "All platforms",
    "takedown.views": "Views: {views} ({count} counted)",
    "takedown.head.within_hour": "≤ 1 h",
    "takedown.head.within_day": "1–24 h",
    "takedown.head.after_day": "> 24 h",
    "takedown.head.online": "Online",
    "takedown.head.unknown": "Unknown",
    # still online
    "section.incident.online": "Still online at the end of {date}",
    "incident.online.lead": "{count} copies, oldest first. Addresses are defanged "
    "(hxxps, [.]): they must not be typed into a browser.",
    "incident.online.lead.one": "{count} copy. Its address is defanged (hxxps, [.]): it "
    "must not be typed into a browser.",
    "incident.online.none": "No copy was still online at the end of {date}.",
    "col.address": "Address (defanged)",
    "col.found_at": "Found (UTC)",
    "col.online_for": "Online for",
    "col.found_how": "Found by",
    "found_how.own_search": "own search",
    "found_how.tool": "a tool",
    "found_how.tip": "a tip",
    "found_how.removal_order": "removal order",
    "incident.age": "{days} d {hours} h",
    # sources and editions
    "section.incident.sources": "Sources",
    "incident.sources.none": "No source recorded.",
    "incident.public": "Public edition: {count} restricted sightings were left out of every "
    "figure and list.",
    "incident.public.one": "Public edition: {count} restricted sighting was left out of every "
    "figure and list.",
    "incident.public_none": "Public edition: no restricted sighting was left out.",
    "incident.restricted": "Internal edition: it includes {count} restricted sightings and is "
    "not for publication.",
    "incident.restricted.one": "Internal edition: it includes {count} restricted sighting and "
    "is not for publication.",
    "incident.evidence_hidden": "{count} restricted evidence items cited by responses are "
    "withheld.",
    "incident.evidence_hidden.one": "{count} restricted evidence item cited by a response is "
    "withheld.",
    "incident.not_found": "No incident is named '{name}'.",
}

INCIDENT_FR: dict[str, str] = {
    "report.incident": "Rapport d'incident",
    "incident.title": "Rapport d'incident : {incident}",
    "incident.subject": "Ce qui a suivi {incident} : protocoles de crise, réponses des "
    "soutiens et retrait des copies, au {date}",
    "incident.header": "{incident} · au {date}",
    "incident.as_of": "Situation à la fin du {date} (UTC)",
    "section.incident.what": "Ce qui s'est passé",
    "incident.occurred": "Survenu le {local} ({zone}), soit {utc} UTC.",
    "incident.place": "Lieu : {place}.",
    "incident.no_description": "Aucune description enregistrée.",
    "section.incident.response": "Protocoles de crise et réponses des soutiens",
    "incident.response.lead": "Les heures sont comptées depuis l'incident ({utc} UTC). Le "
    "graphique montre les 72 premières heures ; les tableaux donnent tout ce qui est "
    "enregistré.",
    "col.protocol": "Protocole",
    "col.activated": "Activé (UTC)",
    "col.hours_after": "Heures après",
    "col.closed": "Clos (UTC)",
    "col.activated_by": "Activé par",
    "col.first_action": "Première action (UTC)",
    "col.what_done": "Ce qui a été fait",
    "incident.no_activation": "Aucune activation de protocole n'est enregistrée pour cet incident.",
    "incident.no_response": "Aucune réponse de soutien n'est enregistrée pour cet incident.",
    "incident.evidence_withheld": "(élément de preuve restreint retenu)",
    "incident.evidence": "Preuve : {title}",
    "protocol.christchurch_call_crp": "Protocole de réponse aux crises de l'Appel de Christchurch",
    "protocol.gifct_cip": "Protocole d'incident de contenu du GIFCT",
    "protocol.eu_crisis_protocol": "Protocole de crise de l'UE",
    "protocol.other": "Autre protocole",
    "section.incident.takedown": "Retrait des copies",
    "incident.takedown.lead": "{count} copies de contenus issus de cet incident ont été "
    "relevées sur {platforms} à la fin du {date} ; {online} étaient encore en ligne.",
    "incident.takedown.lead.one": "{count} copie de contenus issus de cet incident a été "
    "relevée sur {platforms} à la fin du {date} ; {online} encore en ligne.",
    "incident.takedown.none": "Aucune copie de contenus issus de cet incident n'est enregistrée.",
    "takedown.clocks": "Les colonnes ≤ 1 h, 1–24 h et > 24 h comptent les copies retirées "
    "dans ce délai ; En ligne, celles encore en ligne ; Inconnu, celles dont le délai ne peut "
    "être mesuré. Chaque signalement figure dans une seule colonne pour chaque "
    "horloge, et chaque part est de tous les signalements de la plateforme : une ligne fait "
    "100 %. Découverte : depuis que la copie a été trouvée. Signalement : depuis le "
    "signalement à la plateforme ou, pour une injonction de retrait fondée sur une loi, "
    "depuis l'injonction (l'heure de l'UE court à partir d'elle). Un retrait après la date "
    "des chiffres compte comme encore en ligne ; un retrait sans départ sur l'horloge, ou "
    "avant lui, est inconnu. Médiane et 90e centile : sur les retraits mesurés sur cette "
    "horloge (n).",
    "col.clock": "Horloge",
    "col.p90": "90e cent. (h)",
    "col.median_short": "Médiane h (n)",
    "col.views": "Vues",
    "clock.found": "Découverte",
    "clock.reported": "Signalement",
    "takedown.total": "Toutes plateformes",
    "takedown.views": "Vues : {views} ({count} comptés)",
    "takedown.head.within_hour": "≤ 1 h",
    "takedown.head.within_day": "1–24 h",
    "takedown.head.after_day": "> 24 h",
    "takedown.head.online": "En ligne",
    "takedown.head.unknown": "Inconnu",
    "section.incident.online": "Encore en ligne à la fin du {date}",
    "incident.online.lead": "{count} copies, la plus ancienne d'abord. Les adresses sont "
    "neutralisées (hxxps, [.]) : ne les saisissez pas dans un navigateur.",
    "incident.online.lead.one": "{count} copie. Son adresse est neutralisée (hxxps, [.]) : "
    "ne la saisissez pas dans un navigateur.",
    "incident.online.none": "Aucune copie n'était encore en ligne à la fin du {date}.",
    "col.address": "Adresse (neutralisée)",
    "col.found_at": "Trouvée (UTC)",
    "col.online_for": "En ligne depuis",
    "col.found_how": "Trouvée par",
    "found_how.own_search": "recherche propre",
    "found_how.tool": "un outil",
    "found_how.tip": "un signalement reçu",
    "found_how.removal_order": "injonction de retrait",
    "incident.age": "{days} j {hours} h",
    "section.incident.sources": "Sources",
    "incident.sources.none": "Aucune source enregistrée.",
    "incident.public": "Édition publique : {count} signalements restreints ont été exclus de "
    "tous les chiffres et listes.",
    "incident.public.one": "Édition publique : {count} signalement restreint a été exclu de "
    "tous les chiffres et listes.",
    "incident.public_none": "Édition publique : aucun signalement restreint n'a été exclu.",
    "incident.restricted": "Édition interne : elle contient {count} signalements restreints "
    "et ne doit pas être publiée.",
    "incident.restricted.one": "Édition interne : elle contient {count} signalement "
    "restreint et ne doit pas être publiée.",
    "incident.evidence_hidden": "{count} éléments de preuve restreints cités par des réponses "
    "sont retenus.",
    "incident.evidence_hidden.one": "{count} élément de preuve restreint cité par une réponse "
    "est retenu.",
    "incident.not_found": "Aucun incident ne s'appelle « {name} ».",
}
