"""The interface's translations: English plural forms always, the user's language over them.

Counts are written once in the source with Qt's plural marker, e.g.
``self.tr("%n supporter(s)", "", n)``, and the translation files give each language its
forms ("1 supporter", "2 supporters"). English has a file of its own for that reason;
`make translations` refreshes the files from the source (pyside6-lupdate) and compiles
them (pyside6-lrelease). A French interface adds pledge_tracker_fr.ts beside it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

FOLDER = Path(__file__).parent
BASE_NAME = "pledge_tracker"
ENGLISH = FOLDER / f"{BASE_NAME}_en.qm"


def install_translator(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install the English forms, then the `locale`'s translation if one ships; return them.

    Translators installed later take precedence, so the user's language wins wherever it
    has a translation and English plural forms fill the rest. A missing English file is
    an installation fault: it raises rather than showing "1 supporter(s)" everywhere.
    """
    english = QTranslator(app)  # parented to the app, so it lives as long as the app
    if not english.load(str(ENGLISH)):
        raise FileNotFoundError(f"{ENGLISH}: the English translation file is missing")
    installed = [english]
    own = QTranslator(app)
    wanted = locale or QLocale()
    if wanted.language() != QLocale.Language.English and own.load(
        wanted, BASE_NAME, "_", str(FOLDER)
    ):
        installed.append(own)
    for translator in installed:
        app.installTranslator(translator)
    return installed
