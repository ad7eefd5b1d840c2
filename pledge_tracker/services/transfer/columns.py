"""The documented column sets of each kind of import, and matching a file's headers to them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.indicators import SUGGESTED_METRICS, SUGGESTED_UNITS
from pledge_tracker.domain.validate import name_key


@dataclass(frozen=True)
class Column:
    """One column an import understands."""

    name: str
    required: bool = False
    help: str = ""
    example: str = ""
    aliases: tuple[str, ...] = ()


_DATE = "YYYY-MM-DD"
_PRECISION = "how much of the date is known: day (default), month or year"
_SUPPORTER = Column(
    "supporter", True, "supporter name or country code (case and accents ignored)", "New Zealand"
)
_DEMO = Column("demo", False, "yes marks demonstration data (kept marked as such)", "no")
_COMMITMENT = Column("commitment", True, "commitment code or short title", "GOV-2")

INSTRUMENT_COLUMNS: tuple[Column, ...] = (
    Column("uid", False, "identifier from an earlier export (keeps re-imports exact)", ""),
    Column("name", True, "the instrument's name", "Online Safety Act 2021"),
    Column("kind", True, "law, regulation, court_decision, code or protocol", "law"),
    Column("jurisdictions", False, "countries or bodies, separated by ;", "Australia"),
    Column("adopted", False, f"date adopted, decided or agreed ({_DATE})", "2021-06-23"),
    Column("adopted_precision", False, _PRECISION, "day"),
    Column("in_force", False, f"date in force ({_DATE})", "2022-01-23"),
    Column("in_force_precision", False, _PRECISION, "day"),
    Column("applies_from", False, f"date it applies from, if later ({_DATE})", ""),
    Column("applies_from_precision", False, _PRECISION, "day"),
    Column("struck_down", False, f"date struck down by a court ({_DATE})", ""),
    Column("struck_down_precision", False, _PRECISION, "day"),
    Column("struck_down_by", False, "the court decision's uid or name", ""),
    Column("struck_down_extent", False, "which part was struck down", ""),
    Column("repealed", False, f"date repealed ({_DATE})", ""),
    Column("repealed_precision", False, _PRECISION, "day"),
    Column("obligations", False, "key obligations in short", "Removal within 24 hours"),
    Column("penalties", False, "penalties in short", ""),
    Column("sources", False, "links, separated by ;", "https://example.org/act"),
    Column("summary", False, "what it does", ""),
    Column("verified", False, "yes when checked against its sources", "no"),
    Column("note", False, "free text", ""),
    Column("commitments", False, "commitment codes it implements, separated by ;", "GOV-2"),
    Column("supporters", False, "supporters it binds directly, separated by ;", "Australia"),
)

KINDS: dict[str, tuple[Column, ...]] = {
    "supporters": (
        Column("name", True, "the supporter's name", "Aotearoa Test Agency"),
        Column(
            "kind",
            True,
            "government, intergovernmental, online_service_provider or partner",
            "government",
        ),
        Column("country_code", False, "two-letter ISO 3166 code", "NZ", ("country", "iso2")),
        Column("joined", False, f"date it joined the Call ({_DATE})", "2019-05-15"),
        Column("joined_precision", False, _PRECISION, "day"),
        Column("founding", False, "yes or no", "no"),
        Column("notes", False, "free text", ""),
        Column("source_url", False, "http, https or mailto link", "https://example.org"),
    ),
    "evidence": (
        Column("uid", False, "identifier from an earlier export (keeps re-imports exact)", ""),
        Column("title", True, "short title of the fact", "Online safety act passed"),
        Column("summary", False, "what the evidence shows", ""),
        Column(
            "kind",
            False,
            "legislation, policy_change, transparency_report, technical_measure, "
            "independent_assessment, news_report, self_report or other",
            "legislation",
        ),
        Column("source_url", False, "http, https or mailto link", "https://example.org/act"),
        Column("source_name", False, "who published it", "Parliament"),
        Column("effective", False, f"date the fact took effect ({_DATE})", "2021-06-30"),
        Column("effective_precision", False, _PRECISION, "day"),
        Column("published", False, f"date it was published ({_DATE})", ""),
        Column("retrieved", False, f"date you retrieved it ({_DATE})", ""),
        Column("reliability", False, "official, reputable, secondary or unverified", "official"),
        Column("restricted", False, "yes to keep it out of public reports", "no"),
        Column("notes", False, "free text", ""),
        Column(
            "supporters",
            False,
            'supporter names or codes, separated by ; (a name holding ; in "quotes")',
            "New Zealand",
        ),
        Column("commitments", False, "commitment codes, separated by ;", "GOV-2; GOV-5"),
        _DEMO,
    ),
    "assessments": (
        Column("uid", False, "identifier from an earlier export (keeps re-imports exact)", ""),
        _SUPPORTER,
        _COMMITMENT,
        Column(
            "level",
            True,
            "complete, substantial, limited, not_started, regressed, no_evidence, "
            "not_assessed or not_applicable (labels accepted)",
            "substantial",
        ),
        Column("effective", True, f"the date the judgement describes ({_DATE})", "2024-03-31"),
        Column("effective_precision", False, _PRECISION, "day"),
        Column("rationale", False, "why (required for every level but not_assessed)", ""),
        Column("confidence", False, "high, medium or low", "medium"),
        Column("origin", False, "independent_review, self_report or stakeholder_reply", ""),
        Column("assessor", False, "who judged (default: you)", ""),
        Column("evidence", False, "evidence uids or titles, separated by ;", ""),
        _DEMO,
    ),
    "actions": (
        _SUPPORTER,
        Column("commitment", False, "commitment code or short title", "GOV-2"),
        Column("title", True, "the step promised or expected", "Publish a transparency report"),
        Column("due", False, f"due date ({_DATE})", "2025-06-30"),
        Column("done", False, "yes or no", "no"),
        Column("done_on", False, f"date it was done ({_DATE})", ""),
        Column("notes", False, "free text", ""),
    ),
    "sightings": (
        Column("platform", True, "where the copy was found", "ExampleTube"),
        Column("url", True, "address of the copy (stored, only ever shown defanged)", ""),
        Column("found_at", True, "when it was found (YYYY-MM-DDTHH:MM, UTC)", "2024-03-15T14:30"),
        Column("reported_at", False, "when it was reported (UTC)", ""),
        Column("removed_at", False, "when it was removed (UTC)", ""),
        Column("views", False, "whole number", "120"),
        Column("supporter", False, "the platform's supporter name, if it is one", ""),
        Column("notes", False, "free text", ""),
        Column("incident", False, "the incident it follows (its name)", ""),
        Column("found_how", False, "own_search, tool, tip or removal_order", "own_search"),
        Column("order_at", False, "when a removal order was issued (UTC)", ""),
        Column("order_law", False, "the law or order it was issued under", ""),
        Column(
            "instrument",
            False,
            "the instrument (law) of the removal order, by name or uid, where the app holds it",
            "",
        ),
        Column("content_ref", False, "a content hash or reference", ""),
        Column("restricted", False, "yes to keep it out of public reports", "no"),
    ),
    "incidents": (
        Column("name", True, "the incident's name", "Exampletown attack"),
        Column(
            "occurred_at",
            True,
            "when it happened (YYYY-MM-DDTHH:MM, in time_zone unless an offset is given)",
            "2024-03-15T13:40",
        ),
        Column("time_zone", False, "IANA time zone of the place (default UTC)", "Pacific/Auckland"),
        Column("place", False, "where it happened", "Exampletown"),
        Column("description", False, "what happened", ""),
        Column("sources", False, "links, separated by ;", "https://example.org/news"),
        _DEMO,
    ),
    "activations": (
        Column("incident", True, "the incident's name", "Exampletown attack"),
        Column(
            "protocol",
            True,
            "christchurch_call_crp, gifct_cip, eu_crisis_protocol or other (names accepted)",
            "gifct_cip",
        ),
        Column(
            "activated_at",
            True,
            "when it was activated (in the incident's time zone unless an offset is given)",
            "2024-03-15T14:35",
        ),
        Column("closed_at", False, "when it was closed", ""),
        Column("activated_by", False, "who activated it", "GIFCT"),
        Column("sources", False, "links, separated by ;", ""),
        Column("notes", False, "free text", ""),
    ),
    "events": (
        Column("uid", False, "identifier from an earlier export (keeps re-imports exact)", ""),
        Column("date", True, "as far as it is known: YYYY-MM-DD, YYYY-MM or YYYY", "2019-05"),
        Column("date_precision", False, f"{_PRECISION}; default: as written", ""),
        Column("end_date", False, f"last day, for an event over several days ({_DATE})", ""),
        Column(
            "category",
            True,
            "call_milestone, legislation, supporters, crisis_response, law_enforcement, "
            "intergovernmental, industry, advisory_network, algorithms or context",
            "legislation",
        ),
        Column("title", True, "short title of the event", "Online Safety Act in force"),
        Column("summary", False, "what happened", ""),
        Column("sources", False, "http or https links, separated by ;", "https://example.org"),
        Column("verified", False, "no marks it as not verified against its sources", "yes"),
        Column("note", False, "free text", ""),
        Column("supporters", False, "supporter names or codes, separated by ;", ""),
    ),
    "indicators": (
        Column("uid", False, "identifier from an earlier export (keeps re-imports exact)", ""),
        _SUPPORTER,
        Column(
            "metric",
            True,
            "what is counted, e.g. " + "; ".join(list(SUGGESTED_METRICS)[:3]),
            "terrorist content items actioned",
        ),
        Column("value", True, "the figure as published (kept exact, e.g. 12.5)", "1250"),
        Column("unit", True, ", ".join(SUGGESTED_UNITS) + " or another", "items"),
        Column("period_start", True, f"first day of the period ({_DATE})", "2024-01-01"),
        Column("period_end", True, f"last day of the period ({_DATE})", "2024-06-30"),
        Column("period_precision", False, _PRECISION, "day"),
        Column("published", False, f"date the figure was published ({_DATE})", ""),
        Column("evidence", True, "the evidence item it comes from: its uid or title", ""),
        Column("notes", False, "free text", ""),
    ),
}

KINDS["instruments"] = INSTRUMENT_COLUMNS

# Other spellings of column names that users' own spreadsheets commonly use.
_ALIASES: dict[str, tuple[str, ...]] = {
    "supporter": ("stakeholder", "supporter_name", "stakeholder_name"),
    "supporters": ("stakeholders",),
    "commitment": ("commitment_code", "code"),
    "commitments": ("commitment_codes",),
    "source_url": ("source", "link", "url"),
    "effective": ("date", "effective_date"),
}


def kinds() -> tuple[str, ...]:
    return tuple(KINDS)


def columns(kind: str) -> tuple[Column, ...]:
    if kind not in KINDS:
        raise ValidationError.because("kind", "not_one_of", value=kind, allowed=", ".join(KINDS))
    return KINDS[kind]


def header_key(header: object) -> str:
    """A header as compared with column names: case, accents, spaces and dashes ignored."""
    return name_key(str(header or "")).replace(" ", "_").replace("-", "_")


def _names(column: Column) -> set[str]:
    return {column.name, *column.aliases, *_ALIASES.get(column.name, ())}


def auto_mapping(kind: str, headers: Sequence[str]) -> dict[str, int]:
    """Each expected column's index among `headers`, matched by name or a common alias.

    An exact name wins over an alias, so a file with both `url` and `source_url` maps each.
    """
    keys = [header_key(h) for h in headers]
    mapping: dict[str, int] = {}
    taken: set[int] = set()
    for exact in (True, False):
        for column in columns(kind):
            if column.name in mapping:
                continue
            wanted = {column.name} if exact else _names(column)
            for index, key in enumerate(keys):
                if key in wanted and index not in taken:
                    mapping[column.name] = index
                    taken.add(index)
                    break
    return mapping


def missing_required(kind: str, mapping: dict[str, int]) -> list[str]:
    return [c.name for c in columns(kind) if c.required and c.name not in mapping]


def detect_kind(headers: Sequence[str], hint: str = "") -> str:
    """The kind whose required columns the headers hold (a file or sheet name breaks ties)."""
    scored = []
    for kind, cols in KINDS.items():
        mapping = auto_mapping(kind, headers)
        if missing_required(kind, mapping):
            continue
        given = {header_key(h) for h in headers if header_key(h)}
        exact = sum(1 for c in cols if c.name in given)
        # Kinds share required columns (supporters and instruments both need name and
        # kind): the kind that explains most of the file's own headers wins.
        explained = exact / len(given) if given else 0.0
        scored.append((header_key(hint).startswith(kind[:-1]), explained, exact / len(cols), kind))
    if not scored:
        raise ValidationError.because("kind", "no_kind_matches", kinds=", ".join(KINDS))
    scored.sort(reverse=True)
    return scored[0][-1]
