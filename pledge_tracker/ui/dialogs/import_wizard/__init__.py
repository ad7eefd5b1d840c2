"""File → Import: choose a file, preview it, match its columns, check every row, import.

Reading, the dry run and the import each run in a worker with their own session. The dry
run is the import itself, rolled back, so the plan it shows is exactly what Import will do;
Import stays disabled while any row has an error. A data package skips the column page and
lists its conflicts instead, each kept as it is here unless the user ticks the package's.
"""

from __future__ import annotations

from pledge_tracker.ui.dialogs.import_wizard.common import CHECK, CHOOSE, IMPORT, MAPPING, PREVIEW
from pledge_tracker.ui.dialogs.import_wizard.wizard import ImportWizard

__all__ = ["CHECK", "CHOOSE", "IMPORT", "MAPPING", "PREVIEW", "ImportWizard"]
