"""The commitments' short titles in each language: the reports and the window use these.

The reference (resources/christchurch_call.json) carries the Call's English short titles
only; a French title recorded on the commitment itself (short_title_fr, taken from the
Call's French text) always wins over the app's own translations below (none is verified
yet). Wherever one of those is shown, in print or on screen, it is marked OWN_MARK ("‡")
with a key saying the app translated it.
"""

from __future__ import annotations

from typing import Protocol

OWN_MARK = "‡"  # after a short title the app translated itself

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


class Titled(Protocol):
    """A commitment as far as its titles go (CommitmentDTO is one)."""

    @property
    def code(self) -> str: ...

    @property
    def short_title(self) -> str: ...

    @property
    def short_title_fr(self) -> str | None: ...


def own_translation(commitment: Titled, lang: str) -> bool:
    """Whether `commitment`'s title in `lang` is the app's own translation (shown ‡)."""
    return lang == "fr" and not commitment.short_title_fr and commitment.code in TITLES_FR


def short_title(commitment: Titled, lang: str) -> str:
    """The short title in `lang` ("en" or "fr"), unmarked: the Call's French title where
    recorded, else the app's translation, else the English title."""
    if lang == "fr":
        return commitment.short_title_fr or TITLES_FR.get(commitment.code) or commitment.short_title
    return commitment.short_title


def marked_title(commitment: Titled, lang: str) -> str:
    """The short title in `lang`, followed by OWN_MARK where the app translated it."""
    title = short_title(commitment, lang)
    return f"{title} {OWN_MARK}" if own_translation(commitment, lang) else title
