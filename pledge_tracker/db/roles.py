"""Team roles on a PostgreSQL server: the group roles, their grants, and who is connected.

Four NOLOGIN group roles, each including the one before: pledge_viewer (SELECT),
pledge_editor (writes to the record tables; INSERT on the audit log, whose entries it may
seal only while its own transaction is open), pledge_reviewer (and marking others'
assessments reviewed, enforced by a trigger) and pledge_admin (everything, creating roles
and clearing them for restricted rows). Group roles are cluster-wide; their grants are per
database, so `grant` (re)applies them to every table of the database it is run on.
"""

from __future__ import annotations

from typing import Final, Literal

from sqlalchemy import Connection, text

Role = Literal["viewer", "editor", "reviewer", "admin"]
ROLES: Final[tuple[Role, ...]] = ("viewer", "editor", "reviewer", "admin")
# What a connection may do: a team role, "owner" (the tables' owner, or any SQLite file),
# or "none" (a login the app's roles do not cover; the server decides each statement).
Standing = Literal["viewer", "editor", "reviewer", "admin", "owner", "none"]

_NOT_RECORDS = ("audit_entries", "alembic_version", "role_clearances", "audit_open")
# The columns Tx.seal fills in after appending an entry.
_SEAL_COLUMNS = "row_hash, prev_hash, hash"


def group(role: Role) -> str:
    return f"pledge_{role}"


def _quote(connection: Connection, name: str) -> str:
    return str(connection.execute(text("SELECT quote_ident(:n)"), {"n": name}).scalar_one())


def _literal(connection: Connection, value: str) -> str:
    return str(connection.execute(text("SELECT quote_literal(:v)"), {"v": value}).scalar_one())


def role_exists(connection: Connection, name: str) -> bool:
    found = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
    return found.first() is not None


def ensure_groups(connection: Connection) -> None:
    """Create the four group roles when missing, each a member of the one before it."""
    previous: str | None = None
    for role in ROLES:
        name = group(role)
        if not role_exists(connection, name):
            connection.execute(text(f"CREATE ROLE {name} NOLOGIN"))
        if previous is not None:
            member = connection.execute(
                text("SELECT pg_has_role(:m, :g, 'MEMBER')"), {"m": name, "g": previous}
            ).scalar_one()
            if not member:
                connection.execute(text(f"GRANT {previous} TO {name}"))
        previous = name


def _tables(connection: Connection) -> list[str]:
    rows = connection.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    ).scalars()
    return [_quote(connection, name) for name in rows]


def apply_grants(connection: Connection) -> None:
    """Give the group roles their privileges on every table of this database (idempotent).

    Run by the owner, it also gives pledge_admin every privilege with the grant option, so
    that an admin who does not own the tables can run `grant` in turn.
    """
    tables = [t for t in _tables(connection) if t.strip('"') != "audit_open"]
    records = [t for t in tables if t.strip('"') not in _NOT_RECORDS]
    viewer, editor, admin = group("viewer"), group("editor"), group("admin")
    if standing(connection) == "owner":
        for table in tables:
            connection.execute(text(f"GRANT ALL ON {table} TO {admin} WITH GRANT OPTION"))
        connection.execute(
            text(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {admin} WITH GRANT OPTION")
        )
    for table in tables:
        connection.execute(text(f"GRANT SELECT ON {table} TO {viewer}"))
    for table in records:
        connection.execute(text(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {editor}"))
    connection.execute(text(f"GRANT INSERT, UPDATE ({_SEAL_COLUMNS}) ON audit_entries TO {editor}"))
    connection.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {editor}"))
    if '"role_clearances"' in tables or "role_clearances" in tables:
        connection.execute(
            text(
                "INSERT INTO role_clearances (role, restricted) VALUES (:r, true) "
                "ON CONFLICT (role) DO NOTHING"
            ),
            {"r": admin},
        )


def upsert_login(connection: Connection, user: str, password: str | None, role: Role) -> bool:
    """Create the LOGIN role (or update it) and make it a member of exactly one group role.

    Returns whether the login role was created. An admin may create roles (CREATEROLE).
    """
    name = _quote(connection, user)
    created = not role_exists(connection, user)
    secret = f" PASSWORD {_literal(connection, password)}" if password is not None else ""
    extra = " CREATEROLE" if role == "admin" else " NOCREATEROLE"
    verb = "CREATE" if created else "ALTER"
    connection.execute(text(f"{verb} ROLE {name} LOGIN{extra}{secret}"))
    for other in ROLES:
        if other != role and _direct_member(connection, user, group(other)):
            connection.execute(text(f"REVOKE {group(other)} FROM {name}"))
    if not _direct_member(connection, user, group(role)):
        connection.execute(text(f"GRANT {group(role)} TO {name}"))
    return created


def _direct_member(connection: Connection, user: str, group_name: str) -> bool:
    found = connection.execute(
        text(
            "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = :g AND u.rolname = :u"
        ),
        {"g": group_name, "u": user},
    )
    return found.first() is not None


def set_clearance(connection: Connection, name: str, restricted: bool) -> None:
    """Record whether a role (a login or a group) may see restricted rows."""
    connection.execute(
        text(
            "INSERT INTO role_clearances (role, restricted) VALUES (:r, :c) "
            "ON CONFLICT (role) DO UPDATE SET restricted = EXCLUDED.restricted"
        ),
        {"r": name, "c": restricted},
    )


def standing(connection: Connection) -> Standing:
    """The connected user's standing: owner of the tables, the highest team role, or none."""
    row = connection.execute(
        text(
            "SELECT pg_has_role(current_user, c.relowner, 'MEMBER') OR r.rolsuper "
            "FROM pg_class c, pg_roles r WHERE c.oid = to_regclass('audit_entries') "
            "AND r.rolname = current_user"
        )
    ).first()
    if row is not None and row[0]:
        return "owner"
    for role in reversed(ROLES):
        name = group(role)
        if (
            role_exists(connection, name)
            and connection.execute(
                text("SELECT pg_has_role(current_user, :g, 'MEMBER')"), {"g": name}
            ).scalar_one()
        ):
            return role
    return "none"


def cleared(connection: Connection) -> bool:
    """Whether the connected user sees restricted rows (the owner always does)."""
    if standing(connection) == "owner":
        return True
    if connection.execute(text("SELECT to_regprocedure('pledge_cleared()')")).scalar() is None:
        return True  # no row security on this database (before migration 0013)
    return bool(connection.execute(text("SELECT pledge_cleared()")).scalar())


def server_user(connection: Connection) -> str:
    return str(connection.execute(text("SELECT current_user")).scalar_one())
