"""Everything a PDF report prints, read from the database into plain frozen dataclasses.

records: the options and the frozen records; evidence: live evidence, counts and recent items;
supporters: each supporter's lines and what changed; citations: the full report's rationales,
citations, sections and appendix; loading: one read transaction that puts it all together.
"""

from __future__ import annotations

from pledge_tracker.services.report_data.evidence import CHUNK
from pledge_tracker.services.report_data.loading import build_report_data, load_report_data
from pledge_tracker.services.report_data.records import (
    ActionLine,
    Basis,
    BasisCounts,
    Changes,
    CommitmentLine,
    CommitmentSection,
    EvidenceLine,
    FigureLine,
    ReplyLine,
    ReportData,
    ReportOptions,
    SectionRow,
    SupporterReport,
)
from pledge_tracker.services.report_data.supporters import MOVERS

__all__ = [
    "CHUNK",
    "MOVERS",
    "ActionLine",
    "Basis",
    "BasisCounts",
    "Changes",
    "CommitmentLine",
    "CommitmentSection",
    "EvidenceLine",
    "FigureLine",
    "ReplyLine",
    "ReportData",
    "ReportOptions",
    "SectionRow",
    "SupporterReport",
    "build_report_data",
    "load_report_data",
]
