"""What changed in the period: every level that fell, named, with the judgement behind it."""

from __future__ import annotations

from pledge_tracker.services.report_data.records import (
    EvidenceLine,
    LevelChange,
    SupporterReport,
    is_regression,
)


def first_sentence(text: str, limit: int = 300) -> str:
    """The rationale's first sentence (up to the first full stop followed by a space)."""
    flat = " ".join(text.split())
    for end, char in enumerate(flat):
        if char in ".!?" and (end + 1 == len(flat) or flat[end + 1] == " "):
            flat = flat[: end + 1]
            break
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def regressions(
    supporters: tuple[SupporterReport, ...], appendix: tuple[EvidenceLine, ...]
) -> tuple[LevelChange, ...]:
    """Every supporter-commitment whose level fell between since and as_of, newest first."""
    cited = {item.number: item for item in appendix}
    found = [
        LevelChange(
            supporter=report.stakeholder.name,
            commitment=line.commitment,
            before=line.level_since,
            after=line.level,
            effective=line.effective,
            rationale=first_sentence(line.rationale),
            evidence=tuple(cited[n] for n in line.citations if n in cited),
        )
        for report in supporters
        for line in report.lines
        if is_regression(line.level_since, line.level)
    ]
    found.sort(key=lambda c: (-(c.effective.toordinal() if c.effective else 0), c.supporter))
    return tuple(found)
