"""What the synthetic database holds: one small function per kind of record.

Each step takes the generator and adds rows with `gen.add(table, row, entity)` (entity: the
audited name in db/rowstate.py, or None for rows that are not audited on their own, such as
link tables). Tables are written in the order they were first added, so a step adds parents
before children. A new table is one more function appended to STEPS.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from pledge_tracker.db import models as m
from pledge_tracker.domain.kinds import PLEDGED_GROUPS, StakeholderKind
from pledge_tracker.domain.levels import METHOD_VERSION
from pledge_tracker.domain.validate import name_key

if TYPE_CHECKING:
    from benchmarks.synthetic import Generator

START = dt.date(2019, 5, 15)
END = dt.date(2026, 6, 30)
JUDGED_FROM = dt.date(2020, 1, 1)
LEVELS = ("not_started", "limited", "substantial", "complete")
RETRACTED_SHARE = 0.03  # judgements withdrawn by their assessor (a flag, never a deletion)
UNJUDGED_SHARE = 0.08  # pairs still waiting for a first judgement (gaps in coverage)
SAME_DAY_SHARE = 0.1  # a second judgement with the same effective date (a correction)
KINDS = (
    "legislation",
    "policy_change",
    "transparency_report",
    "technical_measure",
    "independent_assessment",
    "news_report",
    "self_report",
)
WORDS = (
    "online",
    "safety",
    "removal",
    "crisis",
    "protocol",
    "livestream",
    "content",
    "report",
    "algorithm",
    "transparency",
    "research",
    "civil",
    "society",
    "response",
    "côte",
    "whātua",
)


def supporters(gen: Generator) -> None:
    """Generated supporters beyond the Call's own, each with the pledges of its kind."""
    for number in range(gen.existing_supporters, gen.size.supporters):
        kind = gen.rng.choice(
            [StakeholderKind.GOVERNMENT] * 3
            + [StakeholderKind.ONLINE_SERVICE_PROVIDER] * 2
            + [StakeholderKind.PARTNER]
        )
        name = f"Synthetic supporter {number:03d}"
        ident = gen.next_id(m.Stakeholder)
        row = {
            "id": ident,
            "uid": gen.uid(),
            "name": name,
            "name_key": name_key(name),
            "kind": kind.value,
            "country_code": None,
            "joined": START + dt.timedelta(days=gen.rng.randrange(0, 1500)),
            "joined_verified": True,
            "joined_basis": None,
            "founding": False,
            "active": gen.rng.random() > 0.04,
            "notes": "Generated for the benchmark.",
            "source_url": None,
            "version": 1,
        }
        gen.add(m.Stakeholder, row, "stakeholder")
        groups = {group.value for group in PLEDGED_GROUPS[kind]}
        for commitment_id, group in gen.commitments:
            if group in groups:
                pledge = {
                    "id": gen.next_id(m.Pledge),
                    "stakeholder_id": ident,
                    "commitment_id": commitment_id,
                    "applicable": gen.rng.random() > 0.02,
                    "note": None,
                }
                gen.add(m.Pledge, pledge)
                gen.pairs.append((ident, commitment_id))


def evidence_and_judgements(gen: Generator) -> None:
    """Evidence spread over every pair, and the judgements citing it (the size's count)."""
    pairs = gen.pairs
    judged = [pair for pair in pairs if gen.rng.random() >= UNJUDGED_SHARE]
    evidence_each, evidence_extra = divmod(gen.size.evidence, len(pairs))
    judged_each, judged_extra = divmod(gen.size.assessments, max(1, len(judged)))
    judged_rank = {pair: index for index, pair in enumerate(judged)}
    for index, pair in enumerate(pairs):
        count = evidence_each + (1 if index < evidence_extra else 0)
        days = sorted(gen.day(START, END) for _ in range(count))
        dated = [(day, _evidence(gen, pair, day)) for day in days]
        rank = judged_rank.get(pair)
        if rank is not None:
            _judgements(gen, pair, judged_each + (1 if rank < judged_extra else 0), dated)


def _evidence(gen: Generator, pair: tuple[int, int], day: dt.date) -> int:
    ident = gen.next_id(m.Evidence)
    words = " ".join(gen.rng.choice(WORDS) for _ in range(5))
    row = {
        "id": ident,
        "uid": gen.uid(),
        "title": f"Item {ident}: {words}",
        "summary": f"Synthetic evidence about {words}.",
        "kind": gen.rng.choice(KINDS),
        "source_url": f"https://example.org/evidence/{ident}",
        "source_name": f"Source {ident % 211}",
        "effective": day,
        "published": None,
        "retrieved": None,
        "reliability": "reputable",
        "restricted": gen.rng.random() < 0.05,
        "notes": None,
        "demo": False,
        "withdrawn": gen.rng.random() < 0.01,
        "created_at": gen.now,
        "version": 1,
    }
    gen.add(m.Evidence, row, "evidence")
    gen.add(m.evidence_stakeholders, {"evidence_id": ident, "stakeholder_id": pair[0]})
    gen.add(m.evidence_commitments, {"evidence_id": ident, "commitment_id": pair[1]})
    return ident


def _judgements(
    gen: Generator, pair: tuple[int, int], count: int, dated: list[tuple[dt.date, int]]
) -> None:
    """`count` judgements of one pair: a level that drifts, same-day corrections, ties."""
    level = gen.rng.randrange(0, 3)
    days = sorted(gen.day(JUDGED_FROM, END) for _ in range(count))
    for index, day in enumerate(days):
        if index and gen.rng.random() < SAME_DAY_SHARE:
            day = days[index] = days[index - 1]  # a same-day correction
        level = max(0, min(3, level + gen.rng.choice((-1, 0, 1, 1))))
        # Recorded on the day or a few days later; a share recorded at the same instant, so
        # that the tie falls to the id as the as-of rule says.
        recorded = dt.datetime.combine(day, dt.time(9)) + dt.timedelta(
            hours=gen.rng.choice((0, 0, 5, 30, 200))
        )
        cites = [ident for when, ident in dated if when <= day][-2:]
        ident = gen.next_id(m.Assessment)
        words = " ".join(gen.rng.choice(WORDS) for _ in range(12))
        row = {
            "id": ident,
            "uid": gen.uid(),
            "stakeholder_id": pair[0],
            "commitment_id": pair[1],
            "level": LEVELS[level],
            "effective": day,
            "recorded_at": recorded,
            "assessor": gen.rng.choice(("benchmark generator", "second officer")),
            "rationale": f"Judged {LEVELS[level].replace('_', ' ')} from the evidence: {words}.",
            "confidence": "medium",
            "origin": "independent_review",
            "method_version": METHOD_VERSION,
            "demo": False,
            "retracted": gen.rng.random() < RETRACTED_SHARE,
        }
        gen.add(m.Assessment, row, "assessment")
        for evidence_id in cites:
            gen.add(m.assessment_evidence, {"assessment_id": ident, "evidence_id": evidence_id})


def actions(gen: Generator) -> None:
    """One follow-up action per supporter, on a pledged pair, 60 % done."""
    for _ in range(gen.size.supporters):
        pair = gen.rng.choice(gen.pairs)
        due = gen.day(START, END)
        done = gen.rng.random() < 0.6
        row = {
            "uid": gen.uid(),
            "stakeholder_id": pair[0],
            "commitment_id": pair[1],
            "title": f"Publish the {gen.rng.choice(WORDS)} report",
            "due": due,
            "done": done,
            "done_on": due if done else None,
            "notes": None,
        }
        gen.add(m.Action, row, "action")


def sightings(gen: Generator) -> None:
    """Copies of terrorist content found online, most taken down within hours."""
    for number in range(gen.size.sightings):
        found = dt.datetime(2024, 1, 1) + dt.timedelta(hours=gen.rng.randrange(20_000))
        removed = found + dt.timedelta(hours=gen.rng.expovariate(1 / 6))
        row = {
            "uid": gen.uid(),
            "stakeholder_id": None,
            "platform": f"Platform {number % 12 + 1}",
            "url": f"https://video.example/{number}",
            "found_at": found,
            "reported_at": found,
            "removed_at": removed if gen.rng.random() < 0.9 else None,
            "views": gen.rng.randrange(10_000),
            "notes": None,
        }
        gen.add(m.Sighting, row, "sighting")


Step = Callable[["Generator"], None]
STEPS: list[Step] = [supporters, evidence_and_judgements, actions, sightings]
