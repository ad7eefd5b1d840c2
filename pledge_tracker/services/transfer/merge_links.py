"""The links a merge carries with each record: pledges, evidence's supporters, commitments
and files, assessments' evidence, events' supporters and citing evidence; read, compared
and written for the Merger.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from pledge_tracker.services.transfer.merge_rules import Spec
from pledge_tracker.services.transfer.package import Package
from pledge_tracker.services.transfer.schema import BY_NAME


class MergeLinks:
    """The Merger's link handling; the Merger's __init__ sets the state declared here."""

    session: Session
    package: Package
    idmap: dict[str, dict[int, int]]
    new: dict[str, set[int]]
    my: dict[str, dict[int, list[Any]]]
    my_sha: dict[int, str]
    local_sha: dict[str, int]
    pkg_sha: dict[int, str]
    pkg_by: dict[str, dict[int, list[dict[str, Any]]]]

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
        if spec.table == "events":
            return {
                "supporters": frozenset(
                    ids["stakeholders"][r["stakeholder_id"]]
                    for r in self.pkg_by["event_stakeholders"][pkg_id]
                ),
                "evidence": frozenset(
                    ids["evidence"][r["evidence_id"]] for r in self.pkg_by["event_evidence"][pkg_id]
                ),
            }
        if spec.table == "instruments":
            return {
                "commitments": frozenset(
                    ids["commitments"][r["commitment_id"]]
                    for r in self.pkg_by["instrument_commitments"][pkg_id]
                ),
                "supporters": frozenset(
                    ids["stakeholders"][r["stakeholder_id"]]
                    for r in self.pkg_by["instrument_stakeholders"][pkg_id]
                ),
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
        elif spec.table == "events":
            self.my["supporters"] = grouped("event_stakeholders", "event_id", "stakeholder_id")
            self.my["evidence"] = grouped("event_evidence", "event_id", "evidence_id")
        elif spec.table == "instruments":
            self.my["commitments"] = grouped(
                "instrument_commitments", "instrument_id", "commitment_id"
            )
            self.my["supporters"] = grouped(
                "instrument_stakeholders", "instrument_id", "stakeholder_id"
            )

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
        if spec.table == "events":
            return {
                "supporters": frozenset(self.my["supporters"].get(local_id, [])),
                "evidence": frozenset(self.my["evidence"].get(local_id, [])),
            }
        if spec.table == "instruments":
            return {
                "commitments": frozenset(self.my["commitments"].get(local_id, [])),
                "supporters": frozenset(self.my["supporters"].get(local_id, [])),
            }
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

    def _extra_pledges(self, spec: Spec, pkg_id: int, local_id: int) -> list[int]:
        """Pledges on commitments the merge itself added: nothing here to conflict with.

        Returns the commitments pledged (a change to the supporter, which the caller audits).
        """
        if spec.table != "stakeholders":
            return []
        added = []
        for row in self.pkg_by["pledges"][pkg_id]:
            commitment = self.idmap["commitments"][row["commitment_id"]]
            if commitment in self.new["commitments"]:
                self._insert_pledge(local_id, commitment, row["applicable"], row["note"])
                added.append(commitment)
        return added

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
        elif spec.table == "instruments":
            for name, child, key in (
                ("instrument_commitments", "commitment_id", "commitments"),
                ("instrument_stakeholders", "stakeholder_id", "supporters"),
            ):
                self._replace(name, "instrument_id", local_id, child, links[key], fresh)
        elif spec.table == "assessments":
            self._replace(
                "assessment_evidence",
                "assessment_id",
                local_id,
                "evidence_id",
                links["evidence"],
                fresh,
            )
        elif spec.table == "events":
            for name, child, key in (
                ("event_stakeholders", "stakeholder_id", "supporters"),
                ("event_evidence", "evidence_id", "evidence"),
            ):
                self._replace(name, "event_id", local_id, child, links[key], fresh)

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
            ).inserted_primary_key[0]  # type: ignore[attr-defined]  # a CursorResult
        return self.local_sha[sha]
