"""A team database on a PostgreSQL server, as a person names it (never with a password)."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_PORT = 5432


@dataclass(frozen=True)
class TeamServer:
    """Where a team database lives and who connects: what "recent connections" remember."""

    host: str
    port: int
    database: str
    user: str

    @property
    def label(self) -> str:
        """user@server/database (the port only when it is not PostgreSQL's usual one)."""
        where = self.host if self.port == DEFAULT_PORT else f"{self.host}:{self.port}"
        return f"{self.user}@{where}/{self.database}"

    def as_text(self) -> str:
        """One line for the settings file: the four fields, tab-separated."""
        return "\t".join((self.host, str(self.port), self.database, self.user))

    @classmethod
    def from_text(cls, text: str) -> TeamServer | None:
        """The server of a settings line, or None if it is not one (edited by hand)."""
        parts = text.split("\t")
        if len(parts) != 4 or not all(parts) or not parts[1].isdigit():
            return None
        host, port, database, user = parts
        return cls(host, int(port), database, user)
