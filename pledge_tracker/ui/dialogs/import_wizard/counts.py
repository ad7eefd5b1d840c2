"""What an import adds and did, in words with their plural forms ("1 supporter", "3 rows").

Each count is a literal Qt plural (%n) in the wizard's translation context, so that
pyside6-lupdate finds it and the translation files give each language its forms.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from pledge_tracker.services.transfer.importer import ADD, SKIP, ImportReport
from pledge_tracker.services.transfer.package_import import RESTORE, PackageReport
from pledge_tracker.ui.dialogs.import_wizard.common import ENTITIES

_WORDS: dict[str, Callable[[int], str]] = {
    "framework": lambda n: QCoreApplication.translate("ImportWizard", "%n framework(s)", None, n),
    "commitment": lambda n: QCoreApplication.translate("ImportWizard", "%n commitment(s)", None, n),
    "stakeholder": lambda n: QCoreApplication.translate("ImportWizard", "%n supporter(s)", None, n),
    "evidence": lambda n: QCoreApplication.translate(
        "ImportWizard", "%n evidence item(s)", None, n
    ),
    "assessment": lambda n: QCoreApplication.translate("ImportWizard", "%n assessment(s)", None, n),
    "action": lambda n: QCoreApplication.translate("ImportWizard", "%n action(s)", None, n),
    "sighting": lambda n: QCoreApplication.translate("ImportWizard", "%n sighting(s)", None, n),
}


def records_text(kind: str, n: int) -> str:
    """`n` records of one kind (a package's entity name), e.g. "3 evidence items"."""
    say = _WORDS.get(kind)
    if say is not None:
        return say(n)
    return QCoreApplication.translate("ImportWizard", "%n record(s)", None, n) + f" ({kind})"


def added_text(added: Mapping[str, int]) -> str:
    """Every kind a package adds, e.g. "1 supporter, 3 evidence items", or "nothing new"."""
    counts = [records_text(kind, n) for kind, n in added.items() if n]
    return ", ".join(counts) or QCoreApplication.translate("ImportWizard", "nothing new")


def finished_text(report: ImportReport | PackageReport) -> str:
    """What an import did, for the wizard's last page."""
    if isinstance(report, ImportReport):
        what = records_text(ENTITIES.get(report.kind, report.kind), report.count(ADD))
        imported = QCoreApplication.translate("ImportWizard", "{0}: imported {1}")
        skipped = QCoreApplication.translate(
            "ImportWizard", "%n already present (skipped).", None, report.count(SKIP)
        )
        return imported.format(report.file, what) + "; " + skipped
    added = added_text(report.added)
    if report.mode == RESTORE:
        restored = QCoreApplication.translate(
            "ImportWizard", "{0}: restored into an empty database ({1})."
        )
        return restored.format(report.file, added)
    same = sum(report.same.values())
    text = QCoreApplication.translate(
        "ImportWizard", "{0}: merged, added {1}; %n already present", None, same
    )
    text = text.format(report.file, added)
    if report.conflicts:
        kept = len(report.conflicts) - report.overwritten - len(report.unresolved)
        conflicts = QCoreApplication.translate(
            "ImportWizard",
            "%n record(s) differed: {0} taken from the package, {1} kept as here, {2} unresolved",
            None,
            len(report.conflicts),
        )
        text += "; " + conflicts.format(report.overwritten, kept, len(report.unresolved))
    return text + "."
