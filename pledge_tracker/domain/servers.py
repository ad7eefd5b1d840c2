"""A team database on a PostgreSQL server, as a person names it (never with a password)."""

from __future__ import annotations

from dataclasses import dataclass

from pledge_tracker.domain.errors import ValidationError, shown

DEFAULT_PORT = 5432
# PostgreSQL cuts longer names (NAMEDATALEN - 1 bytes): a cut name may be another database.
MAX_NAME_BYTES = 63
MAX_HOST_CHARS = 253  # the longest DNS name


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

    def check(self) -> None:
        """Refuse an address no server could mean (ValidationError naming the field)."""
        for field, value, most in (
            ("server", self.host, MAX_HOST_CHARS),
            ("database", self.database, MAX_NAME_BYTES),
            ("user", self.user, MAX_NAME_BYTES),
        ):
            if not value:
                raise ValidationError.because(field, "fill_it_in")
            if any(not ch.isprintable() for ch in value) or value != value.strip():
                raise ValidationError.because(field, "invisible_characters", value=shown(value))
            if len(value.encode("utf-8")) > most:
                raise ValidationError.because(
                    field, "longer_than_bytes", value=shown(value), most=str(most)
                )
        # Brackets too: "[::1]" would reach the server as "::1" (type an IPv6 address bare).
        if any(ch.isspace() or ch in "/?#@[]" for ch in self.host):
            raise ValidationError.because("server", "not_a_server", value=shown(self.host))
        if not 0 < self.port < 65536:
            raise ValidationError.because("port", "not_a_port", value=str(self.port))

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
