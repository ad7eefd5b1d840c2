"""Team roles on a shared PostgreSQL server: granting them, and what the connected role may do.

The server enforces the roles (db/roles.py, db/row_security.py); this module is what the
command line and the app ask: grant a role to a user (an audited step), which role the
connection has, whether it may save, and whether it sees every row.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError

from pledge_tracker.db import roles
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.errors import DatabaseError, ValidationError

MAX_NAME_BYTES = 63  # PostgreSQL truncates longer identifiers: refuse rather than surprise


@dataclass(frozen=True)
class GrantResult:
    """What `grant` did: the login role, its team role, whether it was new, its clearance."""

    user: str
    role: roles.Role
    created: bool
    cleared: bool | None  # None: left as it was


def check_user_name(user: str) -> str:
    """The login name to grant, or ValidationError naming what is wrong with it."""
    if not user.strip():
        raise ValidationError.because("user", "user_name_empty")
    if any(not char.isprintable() for char in user):
        raise ValidationError.because("user", "user_name_controls")
    if len(user.encode("utf-8")) > MAX_NAME_BYTES:
        raise ValidationError.because("user", "user_name_too_long", most=str(MAX_NAME_BYTES))
    if user.lower().startswith("pg_") or user in {roles.group(role) for role in roles.ROLES}:
        raise ValidationError.because("user", "user_name_reserved", user=user)
    return user


def grant(
    database: Database,
    user: str,
    role: roles.Role,
    *,
    password: str | None = None,
    cleared: bool | None = None,
) -> GrantResult:
    """Create or update the login role `user` with one team role; all or nothing, audited.

    `cleared`: whether the user may see restricted rows (None leaves it as it was; the
    admin group is cleared by default).
    """
    if database.sqlite:
        raise DatabaseError.reasoned("roles_need_server")
    check_user_name(user)
    if password is not None and ("\x00" in password or not password):
        raise ValidationError.because("password", "password_empty")
    try:
        with database.write() as tx:
            connection = tx.session.connection()
            roles.ensure_groups(connection)
            roles.apply_grants(connection)
            created = roles.upsert_login(connection, user, password, role)
            if cleared is not None:
                roles.set_clearance(connection, user, cleared)
            after: dict[str, object] = {"role": role, "login_created": created}
            if cleared is not None:
                after["cleared_for_restricted"] = cleared
            tx.audit("grant", "team_role", user, None, after)
    except DatabaseError as exc:
        if isinstance(exc.__cause__, DBAPIError):  # the server said no: say who and why
            raise _refused(database, exc.__cause__) from exc
        raise
    return GrantResult(user, role, created, cleared)


def _refused(database: Database, exc: DBAPIError) -> DatabaseError:
    text = (str(exc.orig).strip().splitlines() or [type(exc.orig).__name__])[0]
    if "permission denied" in text.lower() or "must have" in text.lower():
        return DatabaseError.reasoned("may_not_grant", user=str(database.server_user), detail=text)
    return DatabaseError.reasoned("grant_refused", detail=text)


def connected_role(database: Database) -> roles.Standing:
    """The connection's team role: viewer, editor, reviewer, admin; "owner" (the tables'
    owner, or a SQLite file: full rights); "none" when no team role covers the user."""
    return database.standing


def read_only_reason(database: Database) -> str | None:
    """Why this connection may not save (a viewer's role), or None."""
    if database.standing == "viewer":
        return "your team role is viewer"
    return None


def sees_every_row(database: Database) -> bool:
    """Whether the connection sees restricted rows too (always on a SQLite file)."""
    if database.sqlite:
        return True
    with database.engine.connect() as connection:
        return roles.cleared(connection)
