"""Opening a database reads the migration chain from the files, as Alembic would, without
loading Alembic (slow to import); an upgrade still runs through Alembic."""

from __future__ import annotations

import subprocess
import sys

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import migrate


def test_the_chain_read_from_the_files_is_alembics() -> None:
    script = migrate.script_directory()
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {
        rev.revision: rev.down_revision for rev in script.walk_revisions()
    }


def test_opening_a_current_database_does_not_load_alembic(tmp_path) -> None:
    db = tmp_path / "current.db"
    open_app_database(db).dispose()  # created: Alembic builds the schema
    code = (
        "import sys\n"
        "from pledge_tracker.bootstrap import open_app_database\n"
        f"open_app_database({str(db)!r}).dispose()\n"
        "print(sorted(n for n in sys.modules if n.startswith('alembic')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]"
