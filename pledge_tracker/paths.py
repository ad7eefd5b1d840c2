"""Where things are: shipped resources, the default database, the settings folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "PledgeTracker"
ICON_NAME = "pledge-tracker"  # packaging/linux/pledge-tracker.{svg,png,desktop}


def resource_path(name: str) -> Path:
    """A file in resources/, in a checkout (editable install) or inside the package."""
    here = Path(__file__).resolve().parent
    for folder in (here.parent / "resources", here / "resources"):
        candidate = folder / name
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"resource {name!r} is missing from this installation")


def icon_file() -> Path | None:
    """The app's 256 px icon: packaging/linux in a checkout, the same folder in the bundle
    (None in a plain pip install, which leaves the icon to the desktop)."""
    here = Path(__file__).resolve().parent
    candidate = here.parent / "packaging" / "linux" / f"{ICON_NAME}.png"
    return candidate if candidate.exists() else None


def data_dir() -> Path:
    """The platform's application-data folder for this app (created on demand)."""
    override = os.environ.get("PLEDGE_TRACKER_DATA_DIR")  # tests and portable installs
    folder = (
        Path(override)
        if override
        else Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database() -> Path:
    return data_dir() / "pledge-tracker.db"


def backups_dir(db_path: Path) -> Path:
    """Backups of a database live beside the application data, one folder per database."""
    folder = data_dir() / "backups" / db_path.stem
    return folder
