"""The interface's language: English plural forms always, the chosen language over them.

Counts are written once in the source with Qt's plural marker, e.g.
``self.tr("%n supporter(s)", "", n)``, and the translation files give each language its
forms ("1 supporter", "2 supporters"). English has a file of its own for that reason;
`make translations` refreshes the files from the source (pyside6-lupdate) and compiles
them (pyside6-lrelease). pledge_tracker_fr.ts holds the French interface.

The language is chosen in Settings ("" follows the system) and applied at the next start
(apply_language): the app's translation, Qt's own for its standard buttons and dialogs,
and the default QLocale, which dates, numbers and sorting follow (ui/locale_text.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

FOLDER = Path(__file__).parent
BASE_NAME = "pledge_tracker"
ENGLISH = FOLDER / f"{BASE_NAME}_en.qm"
QT_BASE_NAME = "qtbase"  # Qt's own words: Cancel, Open, the file dialog…
_LANGUAGES = {"en": QLocale.Language.English, "fr": QLocale.Language.French}


def qt_translations_folder() -> Path:
    """Where Qt's own translations are (PySide6's translations folder, in a bundle too)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def chosen_locale(language: str) -> QLocale:
    """The locale for a Settings language: "" the system's; "en" or "fr" that language
    (with the system's country where the system speaks it, so en_NZ stays en_NZ)."""
    system = QLocale.system()
    wanted = _LANGUAGES.get(language)
    if wanted is None or system.language() == wanted:
        return system
    return QLocale(wanted)


def apply_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make `language` the interface's: default locale and translations; return these."""
    locale = chosen_locale(language)
    QLocale.setDefault(locale)
    return install_translator(app, locale)


def install_translator(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install the English forms, then the `locale`'s translation if one ships; return them.

    Translators installed later take precedence, so the user's language wins wherever it
    has a translation and English plural forms fill the rest. Where the app speaks the
    language, Qt's own translation comes too, so that standard buttons and dialogs match.
    A missing English file is an installation fault: it raises rather than showing
    "1 supporter(s)" everywhere.
    """
    english = QTranslator(app)  # parented to the app, so it lives as long as the app
    if not english.load(str(ENGLISH)):
        raise FileNotFoundError(f"{ENGLISH}: the English translation file is missing")
    installed = [english]
    wanted = locale or QLocale()
    if wanted.language() != QLocale.Language.English:
        own = QTranslator(app)
        if own.load(wanted, BASE_NAME, "_", str(FOLDER)):
            qt = QTranslator(app)
            if qt.load(wanted, QT_BASE_NAME, "_", str(qt_translations_folder())):
                installed.append(qt)
            installed.append(own)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def ui_language() -> str:
    """The language the interface speaks: "fr" under a French default locale, else "en"."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"
