"""The commitments' short titles in French, translated by the app (none is verified yet).

The reference (resources/christchurch_call.json) carries the Call's English short titles
only; a French title recorded on the commitment itself (short_title_fr, taken from the
Call's French text) always wins over these. Reports mark these as the app's own
translation ("‡"), with a note saying so.
"""

from __future__ import annotations

TITLES_FR: dict[str, str] = {
    "GOV-1": "Lutter contre les facteurs du terrorisme et de l'extrémisme violent",
    "GOV-2": "Faire appliquer les lois contre les contenus terroristes",
    "GOV-3": "Encourager une déontologie des médias",
    "GOV-4": "Soutenir les cadres contre l'amplification des attentats",
    "GOV-5": "Envisager des mesures, y compris collectives et réglementaires",
    "OSP-1": "Empêcher la mise en ligne ; retirer les contenus immédiatement et durablement",
    "OSP-2": "Règles de communauté et conditions d'utilisation transparentes",
    "OSP-3": "Appliquer les règles dans le respect des droits de l'homme",
    "OSP-4": "Réduire les risques de la diffusion en direct",
    "OSP-5": "Rapports de transparence réguliers et mesurables",
    "OSP-6": "Revoir les algorithmes qui orientent vers les contenus TVEC",
    "OSP-7": "Coordonner les efforts de l'industrie (GIFCT)",
    "JOINT-1": "Soutenir la lutte de terrain contre l'extrémisme",
    "JOINT-2": "Interventions fondées sur le partage d'informations sur les algorithmes",
    "JOINT-3": "Accélérer la recherche et développement de solutions techniques",
    "JOINT-4": "Soutenir la recherche sur les effets en ligne et hors ligne",
    "JOINT-5": "Coopérer avec les services répressifs",
    "JOINT-6": "Renforcer les capacités des petites plateformes",
    "JOINT-7": "Collaborer avec les pays partenaires et les soutenir",
    "JOINT-8": "Réponse coordonnée aux crises après un attentat",
    "JOINT-9": "Respecter (et protéger) les droits de l'homme",
    "JOINT-10": "Reconnaître le rôle de la société civile",
    "JOINT-11": "Poursuivre le travail commun ; élargir le soutien",
    "JOINT-12": "Initiatives pratiques, sans doublons",
    "JOINT-13": "Nouvelles actions communes contre les autres contenus préjudiciables",
}
