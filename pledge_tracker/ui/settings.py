"""Typed access to QSettings: preferences (prefs/*) and remembered state (persist/*)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from pledge_tracker.domain.scoring import DEFAULT_FRESHNESS_MONTHS, DEFAULT_RANK_THRESHOLD
from pledge_tracker.domain.servers import TeamServer

MAX_RECENT = 8
LANGUAGES = ("", "en", "fr")  # "": the system's


class Settings:
    """The user's preferences and the window state remembered between runs."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings()

    def _get(self, key: str, default: Any, kind: type) -> Any:
        value = self._q.value(key, default)
        try:
            return kind(value) if value is not None else default
        except (TypeError, ValueError):
            return default

    @property
    def display_name(self) -> str:
        return str(self._get("prefs/display_name", "", str))

    @display_name.setter
    def display_name(self, value: str) -> None:
        self._q.setValue("prefs/display_name", value.strip())

    @property
    def freshness_months(self) -> int:
        return int(self._get("prefs/freshness_months", DEFAULT_FRESHNESS_MONTHS, int))

    @freshness_months.setter
    def freshness_months(self, value: int) -> None:
        self._q.setValue("prefs/freshness_months", int(value))

    @property
    def rank_threshold(self) -> int:
        """Percent of its commitments a supporter needs assessed to be ranked in reports."""
        value = int(self._get("prefs/rank_threshold", round(100 * DEFAULT_RANK_THRESHOLD), int))
        return min(100, max(0, value))

    @rank_threshold.setter
    def rank_threshold(self, value: int) -> None:
        self._q.setValue("prefs/rank_threshold", min(100, max(0, int(value))))

    @property
    def paper_size(self) -> str:
        value = str(self._get("prefs/paper_size", "a4", str))
        return value if value in ("a4", "letter") else "a4"

    @paper_size.setter
    def paper_size(self, value: str) -> None:
        self._q.setValue("prefs/paper_size", value)

    @property
    def language(self) -> str:
        """The interface language: "" follows the system, else "en" or "fr" (next start)."""
        value = str(self._get("prefs/language", "", str))
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("prefs/language", value if value in LANGUAGES else "")

    @property
    def recent_files(self) -> list[str]:
        value = self._q.value("persist/recent_files", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list | tuple) else []

    def add_recent(self, path: str) -> None:
        recent = [path] + [p for p in self.recent_files if p != path]
        self._q.setValue("persist/recent_files", recent[:MAX_RECENT])

    @property
    def recent_servers(self) -> list[TeamServer]:
        """Team databases connected to, newest first (server, port, database, user: never
        a password, which is asked for at each connection and kept in memory only)."""
        value = self._q.value("persist/recent_servers", [])
        lines = [value] if isinstance(value, str) else value
        if not isinstance(lines, list | tuple):
            return []
        servers = (TeamServer.from_text(str(line)) for line in lines)
        return [server for server in servers if server is not None]

    def add_recent_server(self, server: TeamServer) -> None:
        recent = [server] + [s for s in self.recent_servers if s != server]
        self._q.setValue("persist/recent_servers", [s.as_text() for s in recent[:MAX_RECENT]])

    @property
    def last_folder(self) -> str:
        """The folder a file was last opened from or saved to ("" before the first)."""
        return str(self._get("persist/last_folder", "", str))

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._q.setValue("persist/last_folder", value)

    def state(self, key: str) -> QByteArray | None:
        """Saved geometry or splitter/header state for `key`."""
        value = self._q.value(f"persist/{key}")
        return value if isinstance(value, QByteArray) else None

    def save_state(self, key: str, value: QByteArray) -> None:
        self._q.setValue(f"persist/{key}", value)

    def remembered(self, key: str, default: str = "") -> str:
        """A small remembered choice (persist/key), such as the matrix's sort order."""
        return str(self._get(f"persist/{key}", default, str))

    def remember(self, key: str, value: str) -> None:
        self._q.setValue(f"persist/{key}", value)

    def sync(self) -> None:
        self._q.sync()
