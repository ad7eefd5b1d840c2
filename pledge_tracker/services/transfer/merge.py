"""Merging a package into a database that already holds records: nothing overwritten silently.

Records are matched by their stable uid, else by their natural key (a framework or
commitment by code, a supporter by name), so two databases seeded separately still line up.
A record missing here is added (audited "import"); one equal here is left alone; one that
differs is a conflict, listed field by field and kept as it is here unless the user chose
the package's version for it (audited "import_overwrite"). The package's own audit log is
not merged: this database's chain records the merge instead.

The rules (SPECS, Conflict, chooser) live in merge_rules.py and the links each record
carries in merge_links.py; every name callers use is importable from here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlalchemy.exc import IntegrityError

from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.services.transfer.merge_links import MergeLinks
from pledge_tracker.services.transfer.merge_rules import (
    MINE,
    SPECS,
    THEIRS,
    Conflict,
    FieldDiff,
    Spec,
    chooser,
)
from pledge_tracker.services.transfer.package import Package
from pledge_tracker.services.transfer.schema import BY_NAME, plain

__all__ = ["MINE", "SPECS", "THEIRS", "Conflict", "FieldDiff", "Merger", "Spec", "chooser"]

_NOT_COMPARED = {"id", "uid", "version"}
# Per kind: columns saying when this database recorded the record, not what it says (a
# reference event is recorded by every database that seeds it, each at its own time).
_LOCAL_COLUMNS = {"events": {"created_at"}}


def _group(rows: list[dict[str, Any]], parent: str) -> dict[int, list[dict[str, Any]]]:
    grouped: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[row[parent]].append(row)
    return grouped


class Merger(MergeLinks):
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
            "event_stakeholders": _group(self.pkg["event_stakeholders"], "event_id"),
            "event_evidence": _group(self.pkg["event_evidence"], "event_id"),
            "instrument_commitments": _group(self.pkg["instrument_commitments"], "instrument_id"),
            "instrument_stakeholders": _group(self.pkg["instrument_stakeholders"], "instrument_id"),
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
        by_natural = {spec.natural_key(row): row for row in local} if spec.natural else {}
        self._remember_names(spec, local)
        self._load_my_links(spec)
        # A court decision before the law it struck down: its id is known when the law comes.
        rows = sorted(self.pkg[spec.table], key=lambda r: r.get("struck_down_by_id") is not None)
        for prow in rows:
            theirs = self._translate(spec, prow)
            mine = by_uid.get(prow["uid"]) or (
                by_natural.get(spec.natural_key(theirs)) if spec.natural else None
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
        new_id = self.session.execute(insert(table).values(**theirs)).inserted_primary_key[0]  # type: ignore[attr-defined]  # a CursorResult
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
            if key not in _NOT_COMPARED | _LOCAL_COLUMNS.get(spec.table, set())
            and mine.get(key) != value
        ]
        diffs += [
            FieldDiff(key, self._show_links(key, my_links[key]), self._show_links(key, value))
            for key, value in their_links.items()
            if my_links.get(key) != value
        ]
        pledged = self._extra_pledges(spec, prow["id"], mine["id"])
        if pledged:  # the supporter's pledges changed: its audit entry records the new state
            codes = sorted(str(self.names["commitments"].get(c, c)) for c in pledged)
            self.tx.audit("import_pledges", spec.entity, mine["uid"], None, {"pledged": codes})
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
            raise ValidationError.because(
                spec.entity,
                "package_clash",
                label=spec.label(mine),
                cause=str(exc.orig).splitlines()[0],
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
