"""Row-level security on a PostgreSQL server: who may see restricted rows (migration 0013).

Restricted evidence and sightings, the attachments linked only to restricted evidence, and
the audit entries that hold restricted content are visible only to roles cleared in
`role_clearances` (the table owner, who ran the migrations, sees everything: RLS is not
FORCEd). The audit chain's head is read through SECURITY DEFINER functions, so that a
writer who cannot see restricted entries still appends after the true head. Audit entries
may be changed only while the transaction that wrote them is open (`Tx.seal` stores their
row hashes); later they are append-only for every role but the owner's own triggers.
A trigger lets only reviewers (and the owner) mark assessments reviewed.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

# Whether the current role is cleared for restricted rows (a role or a group it belongs to).
_CLEARED = """
CREATE OR REPLACE FUNCTION pledge_cleared() RETURNS boolean
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM role_clearances c JOIN pg_roles r ON r.rolname = c.role
    WHERE c.restricted AND pg_has_role(current_user, r.oid, 'MEMBER'))
$$
"""

# The chain head and one entry's hash, unfiltered (the owner bypasses row security).
_HEAD = """
CREATE OR REPLACE FUNCTION pledge_audit_head(OUT id integer, OUT hash text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT a.id, a.hash::text FROM audit_entries a ORDER BY a.id DESC LIMIT 1
$$
"""
_ENTRY_HASH = """
CREATE OR REPLACE FUNCTION pledge_audit_hash(entry_id integer) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT a.hash::text FROM audit_entries a WHERE a.id = entry_id
$$
"""

# An attachment is open when no evidence links it, or some unrestricted evidence does.
_ATTACHMENT_OPEN = """
CREATE OR REPLACE FUNCTION pledge_attachment_open(attachment integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT NOT EXISTS (SELECT 1 FROM evidence_attachments l WHERE l.attachment_id = attachment)
      OR EXISTS (SELECT 1 FROM evidence_attachments l JOIN evidence e ON e.id = l.evidence_id
                 WHERE l.attachment_id = attachment AND e.restricted IS NOT TRUE)
$$
"""

# The first entry the open transaction appended: only entries from there on may be sealed.
_OPEN_TABLE = """
CREATE TABLE audit_open (xact bigint PRIMARY KEY, first_id integer NOT NULL)
"""
_MARK = """
CREATE OR REPLACE FUNCTION pledge_audit_appended() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  DELETE FROM audit_open WHERE xact <> txid_current();
  INSERT INTO audit_open SELECT txid_current(), min(n.id) FROM appended n HAVING count(*) > 0
    ON CONFLICT (xact) DO NOTHING;
  -- Earlier entries of a record that is now restricted hold its content too.
  UPDATE audit_entries a SET restricted = true FROM appended n
   WHERE n.restricted AND a.entity = n.entity AND a.record_uid = n.record_uid
     AND a.restricted IS NOT TRUE;
  RETURN NULL;
END $$
"""
_GUARD = """
CREATE OR REPLACE FUNCTION pledge_audit_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'DELETE' OR (NEW.row_hash, NEW.prev_hash, NEW.hash)
       IS DISTINCT FROM (OLD.row_hash, OLD.prev_hash, OLD.hash) THEN
    IF NOT EXISTS (SELECT 1 FROM audit_open o
                   WHERE o.xact = txid_current() AND o.first_id <= OLD.id) THEN
      RAISE EXCEPTION 'audit entry % is already committed: the audit log is append-only', OLD.id
        USING ERRCODE = '42501';
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$
"""

# Reviews: only a reviewer (or the owner) sets or clears reviewed_by, never on own work.
_REVIEW = """
CREATE OR REPLACE FUNCTION pledge_review_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF (TG_OP = 'INSERT' AND NEW.reviewed_by IS NULL) OR (TG_OP = 'UPDATE'
      AND NEW.reviewed_by IS NOT DISTINCT FROM OLD.reviewed_by
      AND NEW.reviewed_at IS NOT DISTINCT FROM OLD.reviewed_at) THEN
    RETURN NEW;
  END IF;
  IF NOT (pg_has_role(current_user, (SELECT relowner FROM pg_class
                                      WHERE oid = 'assessments'::regclass), 'MEMBER')
          OR (to_regrole('pledge_reviewer') IS NOT NULL
              AND pg_has_role(current_user, 'pledge_reviewer', 'MEMBER'))) THEN
    RAISE EXCEPTION 'only a reviewer may mark assessments reviewed (role %)', current_user
      USING ERRCODE = '42501';
  END IF;
  IF NEW.reviewed_by IS NOT NULL AND lower(NEW.reviewed_by) = lower(NEW.assessor) THEN
    RAISE EXCEPTION 'a review needs a second officer: % recorded this judgement', NEW.assessor
      USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$
"""

# Server-only tables, outside the models: the clearances and the open transaction's entries.
SERVER_TABLES = frozenset({"role_clearances", "audit_open"})

_VISIBLE = "restricted IS NOT TRUE OR pledge_cleared()"

STATEMENTS: tuple[str, ...] = (
    "CREATE TABLE role_clearances (role name PRIMARY KEY, restricted boolean NOT NULL "
    "DEFAULT false)",
    _CLEARED,
    _HEAD,
    _ENTRY_HASH,
    _ATTACHMENT_OPEN,
    _OPEN_TABLE,
    "REVOKE ALL ON audit_open FROM PUBLIC",
    _MARK,
    _GUARD,
    _REVIEW,
    "CREATE TRIGGER pledge_audit_appended AFTER INSERT ON audit_entries "
    "REFERENCING NEW TABLE AS appended FOR EACH STATEMENT "
    "EXECUTE FUNCTION pledge_audit_appended()",
    "CREATE TRIGGER pledge_audit_guard BEFORE UPDATE OR DELETE ON audit_entries "
    "FOR EACH ROW EXECUTE FUNCTION pledge_audit_guard()",
    "CREATE TRIGGER pledge_review_guard BEFORE INSERT OR UPDATE ON assessments "
    "FOR EACH ROW EXECUTE FUNCTION pledge_review_guard()",
    f"CREATE POLICY pledge_clearance ON evidence USING ({_VISIBLE})",
    f"CREATE POLICY pledge_clearance ON sightings USING ({_VISIBLE})",
    f"CREATE POLICY pledge_clearance ON audit_entries USING ({_VISIBLE})",
    # A link is visible when its evidence is (the subquery is itself filtered).
    "CREATE POLICY pledge_clearance ON evidence_attachments USING (pledge_cleared() OR "
    "EXISTS (SELECT 1 FROM evidence e WHERE e.id = evidence_id))",
    "CREATE POLICY pledge_clearance ON attachments USING (pledge_cleared() OR "
    "pledge_attachment_open(id))",
    "ALTER TABLE evidence ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE sightings ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE audit_entries ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE evidence_attachments ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE attachments ENABLE ROW LEVEL SECURITY",
)

_DROP: tuple[str, ...] = (
    *(
        f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY"
        for table in (
            "evidence",
            "sightings",
            "audit_entries",
            "evidence_attachments",
            "attachments",
        )
    ),
    *(
        f"DROP POLICY IF EXISTS pledge_clearance ON {table}"
        for table in (
            "evidence",
            "sightings",
            "audit_entries",
            "evidence_attachments",
            "attachments",
        )
    ),
    "DROP TRIGGER IF EXISTS pledge_review_guard ON assessments",
    "DROP TRIGGER IF EXISTS pledge_audit_guard ON audit_entries",
    "DROP TRIGGER IF EXISTS pledge_audit_appended ON audit_entries",
    "DROP FUNCTION IF EXISTS pledge_review_guard()",
    "DROP FUNCTION IF EXISTS pledge_audit_guard()",
    "DROP FUNCTION IF EXISTS pledge_audit_appended()",
    "DROP TABLE IF EXISTS audit_open",
    "DROP FUNCTION IF EXISTS pledge_attachment_open(integer)",
    "DROP FUNCTION IF EXISTS pledge_audit_hash(integer)",
    "DROP FUNCTION IF EXISTS pledge_audit_head()",
    "DROP FUNCTION IF EXISTS pledge_cleared()",
    "DROP TABLE IF EXISTS role_clearances",
)

# Entries written before the flag existed: restricted when their record is restricted now
# or their own content says it was (canonical JSON: no spaces).
MARK_OLD_ENTRIES = """
UPDATE audit_entries SET restricted = true
 WHERE (entity = 'evidence' AND record_uid IN (SELECT uid FROM evidence WHERE restricted))
    OR (entity = 'sighting' AND record_uid IN (SELECT uid FROM sightings WHERE restricted))
    OR (entity IN ('evidence', 'sighting')
        AND (after LIKE :said OR before LIKE :said))
"""
SAID_RESTRICTED = '%"restricted":true%'  # the bound value of :said


def install(connection: Connection) -> None:
    """Create the clearance table, the functions, triggers and policies (PostgreSQL only)."""
    for statement in STATEMENTS:
        connection.execute(text(statement))


def remove(connection: Connection) -> None:
    """Undo `install` (the downgrade)."""
    for statement in _DROP:
        connection.execute(text(statement))


def installed(connection: Connection) -> bool:
    """Whether this server database has the functions of migration 0013."""
    found = connection.execute(text("SELECT to_regprocedure('pledge_audit_head()')")).scalar()
    return found is not None
