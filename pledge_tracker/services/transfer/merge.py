"""Merging a package into a database that already holds records: nothing overwritten silently.

Records are matched by their stable uid, else by their natural key (a framework or
commitment by code, a supporter by name), so two databases seeded separately still line up.
A record missing here is added (audited "import"); one equal here is left alone; one that
differs is a conflict, listed field by field and kept as it is here unless the user chose
the package's version for it (audited "import_overwrite"). The package's own audit log is
not merged: this database's chain records the merge instead.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.services.transfer.package import Package
from pledge_tracker.services.transfer.schema import BY_NAME, plain

MINE, THEIRS = "mine", "theirs"
_NOT_COMPARED = {"id", "uid", "version"}


@dataclass(frozen=True)
class FieldDiff:
    field: str
    mine: str
    theirs: str


@dataclass(frozen=True)
class Conflict:
    """One record that differs here and in the package."""

    key: str  # entity:uid-here; what a resolution names
    entity: str
    uid: str
    their_uid: str
    label: str
    diffs: tuple[FieldDiff, ...]


@dataclass(frozen=True)
class Spec:
    entity: str
    table: str
    natural: str | None
    refs: tuple[tuple[str, str], ...]
    label: Callable[[dict[str, Any]], str]


SPECS: tuple[Spec, ...] = (
    Spec("framework", "frameworks", "code", (), lambda r: r["code"]),
    Spec(
        "commitment", "commitments", "code", (("framework_id", "frameworks"),), lambda r: r["code"]
    ),
    Spec("stakeholder", "stakeholders", "name_key", (), lambda r: r["name"]),
    Spec("evidence", "evidence", None, (), lambda r: r["title"]),
    Spec(
        "assessment",
        "assessments",
        None,
        (("stakeholder_id", "stakeholders"), ("commitment_id", "commitments")),
        lambda r: f"{r['level']} effective {r['effective']}",
    ),
    Spec(
        "action",
        "actions",
        None,
        (("stakeholder_id", "stakeholders"), ("commitment_id", "commitments")),
        lambda r: r["title"],
    ),
    Spec(
        "sighting",
        "sightings",
        None,
        (("stakeholder_id", "stakeholders"),),
        lambda r: r["platform"],
    ),
)


def _group(rows: list[dict[str, Any]], parent: str) -> dict[int, list[dict[str, Any]]]:
    grouped: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[row[parent]].append(row)
    return grouped


class Merger:
    """One merge inside one write transaction; `run()` does it, the fields say what it did."""

    def __init__(self, tx: Tx, package: Package, choose: Callable[[Conflict], str | None]) -> None:
        self.tx, self.session, self.package, self.choose = tx, tx.session, package, choose
        self.pkg = package.tables
        self.idmap: dict[str, dict[int, int]] = defaultdict(dict)
        self.new: dict[str, set[int]] = defaultdict(set)
        self.added: Counter[str] = Counter()
        self.same: Counter[str] = Counter()
        self.conflicts: list[Conflict] = []
        self.unresolved: list[Conflict] = []
        self.overwritten = 0
        self.names: dict[str, dict[int, str]] = defaultdict(dict)
        self.my: dict[str, dict[int, list[Any]]] = {}
        self.my_sha: dict[int, str] = {}
        self.local_sha = dict(
            self.session.execute(
                select(BY_NAME["attachments"].c.sha256, BY_NAME["attachments"].c.id)
            ).all()
        )
        self.pkg_sha = {row["id"]: row["sha256"] for row in self.pkg["attachments"]}
        self.pkg_by = {
            "pledges": _group(self.pkg["pledges"], "stakeholder_id"),
            "evidence_stakeholders": _group(self.pkg["evidence_stakeholders"], "evidence_id"),
            "evidence_commitments": _group(self.pkg["evidence_commitments"], "evidence_id"),
            "evidence_attachments": _group(self.pkg["evidence_attachments"], "evidence_id"),
            "assessment_evidence": _group(self.pkg["assessment_evidence"], "assessment_id"),
        }

    def run(self, progress: Callable[[int, int], None] | None = None) -> None:
        for done, spec in enumerate(SPECS, start=1):
            self._entity(spec)
            if progress is not None:
                progress(done, len(SPECS))

    # -- one kind of record ------------------------------------------------------------
    def _entity(self, spec: Spec) -> None:
        table = BY_NAME[spec.table]
        local = [dict(row) for row in self.session.execute(select(table)).mappings()]
        by_uid = {row["uid"]: row for row in local}
        by_natural = {row[spec.natural]: row for row in local} if spec.natural else {}
        self._remember_names(spec, local)
        self._load_my_links(spec)
        for prow in self.pkg[spec.table]:
            theirs = self._translate(spec, prow)
            mine = by_uid.get(prow["uid"]) or (
                by_natural.get(prow[spec.natural]) if spec.natural else None
            )
            if mine is None:
                self._add(spec, table, prow, theirs)
            else:
                self.idmap[spec.table][prow["id"]] = mine["id"]
                self._compare(spec, table, mine, prow, theirs)

    def _translate(self, spec: Spec, prow: dict[str, Any]) -> dict[str, Any]:
        values = {k: v for k, v in prow.items() if k != "id"}
        for column, target in spec.refs:
            if values.get(column) is not None:
                values[column] = self.idmap[target][values[column]]
        return values

    def _add(self, spec: Spec, table: Table, prow: dict[str, Any], theirs: dict[str, Any]) -> None:
        new_id = self.session.execute(insert(table).values(**theirs)).inserted_primary_key[0]
        self.idmap[spec.table][prow["id"]] = new_id
        self.new[spec.table].add(new_id)
        self._remember_names(spec, [{**theirs, "id": new_id}])
        links = self._their_links(spec, prow["id"])
        self._write_links(spec, new_id, links, fresh=True)
        self._extra_pledges(spec, prow["id"], new_id)
        self.tx.audit("import", spec.entity, theirs["uid"], None, self._view(spec, theirs, links))
        self.added[spec.entity] += 1

    def _compare(
        self,
        spec: Spec,
        table: Table,
        mine: dict[str, Any],
        prow: dict[str, Any],
        theirs: dict[str, Any],
    ) -> None:
        my_links = self._my_links(spec, mine["id"])
        their_links = self._their_links(spec, prow["id"])
        diffs = [
            FieldDiff(key, _show(mine.get(key)), _show(value))
            for key, value in theirs.items()
            if key not in _NOT_COMPARED and mine.get(key) != value
        ]
        diffs += [
            FieldDiff(key, self._show_links(key, my_links[key]), self._show_links(key, value))
            for key, value in their_links.items()
            if my_links.get(key) != value
        ]
        self._extra_pledges(spec, prow["id"], mine["id"])
        if not diffs:
            self.same[spec.entity] += 1
            return
        conflict = Conflict(
            f"{spec.entity}:{mine['uid']}",
            spec.entity,
            mine["uid"],
            prow["uid"],
            spec.label(mine),
            tuple(diffs),
        )
        self.conflicts.append(conflict)
        decision = self.choose(conflict)
        if decision is None:
            self.unresolved.append(conflict)
        elif decision == THEIRS:
            self._overwrite(spec, table, mine, theirs, my_links, their_links)

    def _overwrite(
        self,
        spec: Spec,
        table: Table,
        mine: dict[str, Any],
        theirs: dict[str, Any],
        my_links: dict[str, Any],
        their_links: dict[str, Any],
    ) -> None:
        values = {k: v for k, v in theirs.items() if k != "uid"}
        if "version" in table.c:
            values["version"] = mine["version"] + 1  # open editors see the change
        try:
            self.session.execute(update(table).where(table.c.id == mine["id"]).values(**values))
        except IntegrityError as exc:
            raise ValidationError(
                spec.entity,
                f"the package's version of '{spec.label(mine)}' clashes with another record "
                f"here ({str(exc.orig).splitlines()[0]})",
            ) from None
        self._write_links(spec, mine["id"], their_links, fresh=False)
        self.tx.audit(
            "import_overwrite",
            spec.entity,
            mine["uid"],
            self._view(spec, mine, my_links),
            self._view(spec, {**theirs, "uid": mine["uid"]}, their_links),
        )
        self.overwritten += 1

    # -- links: pledges, evidence's supporters/commitments/files, assessments' evidence --
    def _their_links(self, spec: Spec, pkg_id: int) -> dict[str, Any]:
        ids = self.idmap
        if spec.table == "stakeholders":
            return {"pledges": self._pledges_of(self.pkg_by["pledges"][pkg_id], translate=True)}
        if spec.table == "evidence":
            return {
                "supporters": frozenset(
                    ids["stakeholders"][r["stakeholder_id"]]
                    for r in self.pkg_by["evidence_stakeholders"][pkg_id]
                ),
                "commitments": frozenset(
                    ids["commitments"][r["commitment_id"]]
                    for r in self.pkg_by["evidence_commitments"][pkg_id]
                ),
                "attachments": tuple(
                    (self.pkg_sha[r["attachment_id"]], r["filename"])
                    for r in self.pkg_by["evidence_attachments"][pkg_id]
                ),
            }
        if spec.table == "assessments":
            return {
                "evidence": frozenset(
                    ids["evidence"][r["evidence_id"]]
                    for r in self.pkg_by["assessment_evidence"][pkg_id]
                )
            }
        return {}

    def _load_my_links(self, spec: Spec) -> None:
        """This database's links of one kind of record, read once (not once a record)."""

        def grouped(table: str, parent: str, *cols: str) -> dict[int, list[Any]]:
            t = BY_NAME[table]
            found: dict[int, list[Any]] = defaultdict(list)
            query = select(t.c[parent], *(t.c[c] for c in cols))
            if "id" in t.c:
                query = query.order_by(t.c.id)
            for row in self.session.execute(query):
                found[row[0]].append(row[1] if len(cols) == 1 else tuple(row[1:]))
            return found

        self.my = {}
        if spec.table == "stakeholders":
            self.my["pledges"] = grouped(
                "pledges", "stakeholder_id", "commitment_id", "applicable", "note"
            )
        elif spec.table == "evidence":
            self.my["supporters"] = grouped(
                "evidence_stakeholders", "evidence_id", "stakeholder_id"
            )
            self.my["commitments"] = grouped("evidence_commitments", "evidence_id", "commitment_id")
            self.my["attachments"] = grouped(
                "evidence_attachments", "evidence_id", "attachment_id", "filename"
            )
            self.my_sha = {ident: digest for digest, ident in self.local_sha.items()}
        elif spec.table == "assessments":
            self.my["evidence"] = grouped("assessment_evidence", "assessment_id", "evidence_id")

    def _my_links(self, spec: Spec, local_id: int) -> dict[str, Any]:
        if spec.table == "stakeholders":
            rows = [
                {"commitment_id": c, "applicable": a, "note": n}
                for c, a, n in self.my["pledges"].get(local_id, [])
            ]
            return {"pledges": self._pledges_of(rows, translate=False)}
        if spec.table == "evidence":
            sha = self.my_sha
            return {
                "supporters": frozenset(self.my["supporters"].get(local_id, [])),
                "commitments": frozenset(self.my["commitments"].get(local_id, [])),
                "attachments": tuple(
                    (sha[a], name) for a, name in self.my["attachments"].get(local_id, [])
                ),
            }
        if spec.table == "assessments":
            return {"evidence": frozenset(self.my["evidence"].get(local_id, []))}
        return {}

    def _pledges_of(
        self, rows: list[dict[str, Any]], *, translate: bool
    ) -> dict[int, tuple[bool, str | None]]:
        """Pledges on the commitments both sides had before the merge, by local commitment id."""
        shared = self._shared_commitments()
        found = {}
        for row in rows:
            commitment = (
                self.idmap["commitments"][row["commitment_id"]]
                if translate
                else row["commitment_id"]
            )
            if commitment in shared:
                found[commitment] = (row["applicable"], row["note"])
        return found

    def _shared_commitments(self) -> set[int]:
        return set(self.idmap["commitments"].values()) - self.new["commitments"]

    def _extra_pledges(self, spec: Spec, pkg_id: int, local_id: int) -> None:
        """Pledges on commitments the merge itself added: nothing here to conflict with."""
        if spec.table != "stakeholders":
            return
        for row in self.pkg_by["pledges"][pkg_id]:
            commitment = self.idmap["commitments"][row["commitment_id"]]
            if commitment in self.new["commitments"]:
                self._insert_pledge(local_id, commitment, row["applicable"], row["note"])

    def _insert_pledge(
        self, owner: int, commitment: int, applicable: bool, note: str | None
    ) -> None:
        self.session.execute(
            insert(BY_NAME["pledges"]).values(
                stakeholder_id=owner, commitment_id=commitment, applicable=applicable, note=note
            )
        )

    def _write_links(
        self, spec: Spec, local_id: int, links: dict[str, Any], *, fresh: bool
    ) -> None:
        if spec.table == "stakeholders":
            pledges = BY_NAME["pledges"]
            if not fresh:
                self.session.execute(
                    delete(pledges).where(
                        pledges.c.stakeholder_id == local_id,
                        pledges.c.commitment_id.in_(sorted(self._shared_commitments())),
                    )
                )
            for commitment, (applicable, note) in links["pledges"].items():
                self._insert_pledge(local_id, commitment, applicable, note)
        elif spec.table == "evidence":
            self._replace(
                "evidence_stakeholders",
                "evidence_id",
                local_id,
                "stakeholder_id",
                links["supporters"],
                fresh,
            )
            self._replace(
                "evidence_commitments",
                "evidence_id",
                local_id,
                "commitment_id",
                links["commitments"],
                fresh,
            )
            table = BY_NAME["evidence_attachments"]
            if not fresh:
                self.session.execute(delete(table).where(table.c.evidence_id == local_id))
            for sha, filename in links["attachments"]:
                self.session.execute(
                    insert(table).values(
                        evidence_id=local_id, attachment_id=self._attachment(sha), filename=filename
                    )
                )
        elif spec.table == "assessments":
            self._replace(
                "assessment_evidence",
                "assessment_id",
                local_id,
                "evidence_id",
                links["evidence"],
                fresh,
            )

    def _replace(
        self, name: str, parent: str, local_id: int, child: str, ids: frozenset[int], fresh: bool
    ) -> None:
        table = BY_NAME[name]
        if not fresh:
            self.session.execute(delete(table).where(table.c[parent] == local_id))
        for child_id in sorted(ids):
            self.session.execute(insert(table).values({parent: local_id, child: child_id}))

    def _attachment(self, sha: str) -> int:
        if sha not in self.local_sha:
            content = self.package.attachment(sha)
            table = BY_NAME["attachments"]
            self.local_sha[sha] = self.session.execute(
                insert(table).values(sha256=sha, size=len(content), content=content)
            ).inserted_primary_key[0]
        return self.local_sha[sha]

    # -- what users and the audit log see ------------------------------------------------
    def _remember_names(self, spec: Spec, rows: list[dict[str, Any]]) -> None:
        field = {"stakeholders": "name", "commitments": "code", "evidence": "uid"}.get(spec.table)
        if field:
            self.names[spec.table].update({row["id"]: row[field] for row in rows})

    def _show_links(self, key: str, value: Any) -> str:
        if key == "pledges":
            codes = self.names["commitments"]
            return "; ".join(
                f"{codes.get(c, c)}{'' if applicable else ' (not applicable)'}"
                for c, (applicable, _note) in sorted(
                    value.items(), key=lambda item: str(codes.get(item[0]))
                )
            )
        if key == "attachments":
            return "; ".join(f"{name} ({sha[:12]}…)" for sha, name in value)
        table = {
            "supporters": "stakeholders",
            "commitments": "commitments",
            "evidence": "evidence",
        }[key]
        return "; ".join(sorted(str(self.names[table].get(i, i)) for i in value))

    def _view(self, spec: Spec, values: dict[str, Any], links: dict[str, Any]) -> dict[str, Any]:
        data = {k: plain(v) for k, v in values.items() if k not in ("id", "content")}
        for key, value in links.items():
            data[key] = self._show_links(key, value)
        return data


def _show(value: Any) -> str:
    text = "" if value is None else str(plain(value))
    return text if len(text) <= 200 else text[:199] + "…"


def chooser(
    resolutions: Mapping[str, str] | None, default: str | None
) -> Callable[[Conflict], str | None]:
    """How conflicts are settled: by key or uid (here or in the package), else the default."""
    given = dict(resolutions or {})
    for value in (*given.values(), default):
        if value not in (MINE, THEIRS, None):
            raise ValidationError("resolution", f"'{value}' is not '{MINE}' or '{THEIRS}'")

    def choose(conflict: Conflict) -> str | None:
        for name in (conflict.key, conflict.uid, conflict.their_uid):
            if name in given:
                return given[name]
        return default

    return choose
