"""Report words for who judged each rating and how it was checked (merged into text.py)."""

from __future__ import annotations

EN: dict[str, str] = {
    "basis.origin.independent_review": "Independent",
    "basis.origin.self_report": "Self-reported",
    "basis.origin.stakeholder_reply": "Supporter's reply",
    "basis.confidence.high": "high confidence",
    "basis.confidence.medium": "medium confidence",
    "basis.confidence.low": "low confidence",
    "basis.short": "{origin} ({confidence})",
    "basis.confidence_short.high": "high",
    "basis.confidence_short.medium": "medium",
    "basis.confidence_short.low": "low",
    "basis.card_key": "Under each level: its basis and, in brackets, the assessor's confidence.",
    "basis.reviewed_by": "✓ Reviewed by {name}",
    "basis.reviewed_role": "✓ Reviewed by a second officer",
    "basis.unreviewed": "Not reviewed",
    "basis.reply": "Supporter's reply ({date}): {text}",
    "basis.withheld.one": "evidence withheld (1 restricted item)",
    "basis.withheld.other": "evidence withheld ({count} restricted items)",
    "basis.restricted": "⊘ restricted",
    "basis.counts": "Basis of the {ratings} ratings printed: {independent} independent, "
    "{self_report} self-reported, {reply} from the supporter's reply; {reviewed} reviewed by "
    "a second officer.",
    "basis.not_checked": "Reviews in a desktop database record the reviewer's display name: "
    "they are not identity-checked.",
    "basis.reviewed_only": "Reviewed ratings only: {count} unreviewed ratings are left out and "
    "shown as not assessed.",
    "basis.no_charts": "The charts are left out of this edition: they count every rating.",
    "basis.method": "Each rating states its basis: an independent assessment, the supporter's "
    "self-report, or the supporter's reply, with the assessor's confidence. A rating marked "
    "reviewed was checked by a second officer, never its own assessor.",
    "basis.restricted_note": "Items marked ⊘ restricted are not for publication: they are left "
    "out of public editions.",
}

FR: dict[str, str] = {
    "basis.origin.independent_review": "Indépendante",
    "basis.origin.self_report": "Autodéclarée",
    "basis.origin.stakeholder_reply": "Réponse du soutien",
    "basis.confidence.high": "confiance élevée",
    "basis.confidence.medium": "confiance moyenne",
    "basis.confidence.low": "confiance faible",
    "basis.short": "{origin} ({confidence})",
    "basis.confidence_short.high": "élevée",
    "basis.confidence_short.medium": "moyenne",
    "basis.confidence_short.low": "faible",
    "basis.card_key": "Sous chaque niveau : son fondement et, entre parenthèses, la confiance "
    "de l'évaluateur.",
    "basis.reviewed_by": "✓ Revue par {name}",
    "basis.reviewed_role": "✓ Revue par un second agent",
    "basis.unreviewed": "Non revue",
    "basis.reply": "Réponse du soutien ({date}) : {text}",
    "basis.withheld.one": "preuve non publiée (1 élément restreint)",
    "basis.withheld.other": "preuves non publiées ({count} éléments restreints)",
    "basis.restricted": "⊘ restreint",
    "basis.counts": "Fondement des {ratings} notations imprimées : {independent} "
    "indépendantes, {self_report} autodéclarées, {reply} issues de la réponse du soutien ; "
    "{reviewed} revues par un second agent.",
    "basis.not_checked": "Dans une base de bureau, une revue enregistre le nom affiché de son "
    "auteur : son identité n'est pas vérifiée.",
    "basis.reviewed_only": "Notations revues seulement : {count} notations non revues sont "
    "omises et présentées comme non évaluées.",
    "basis.no_charts": "Les graphiques sont omis de cette édition : ils comptent toutes les "
    "notations.",
    "basis.method": "Chaque notation indique son fondement : évaluation indépendante, "
    "autodéclaration du soutien ou réponse du soutien, avec la confiance de l'évaluateur. Une "
    "notation revue a été vérifiée par un second agent, jamais par son propre évaluateur.",
    "basis.restricted_note": "Les éléments marqués ⊘ restreint ne sont pas publiables : ils "
    "sont omis des éditions publiques.",
}
