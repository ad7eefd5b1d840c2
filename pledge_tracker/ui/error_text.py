"""Validation messages in the user's language.

The domain raises ValidationError with an English message and, for the messages built from
a template (domain/reasons.py), the template's reason code and values. The forms show them
through `validation_text`, which fills the same template translated; a message without a
known reason is shown as the domain wrote it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.services.transfer.package_checks import RecordRefused
from pledge_tracker.ui.translatable import QT_TRANSLATE_NOOP

# The templates of domain/reasons.py, word for word (a test keeps them equal).
TEMPLATES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("ValidationMessage", "is required"),
    "too_long": QT_TRANSLATE_NOOP(
        "ValidationMessage", "is too long ({length} characters; at most {most})"
    ),
    "not_text": QT_TRANSLATE_NOOP("ValidationMessage", "is not text"),
    "not_one_of": QT_TRANSLATE_NOOP("ValidationMessage", "'{value}' is not one of: {allowed}"),
    "not_whole_number": QT_TRANSLATE_NOOP("ValidationMessage", "is not a whole number"),
    "outside": QT_TRANSLATE_NOOP("ValidationMessage", "{value} is outside {minimum} to {maximum}"),
    "not_decimal": QT_TRANSLATE_NOOP(
        "ValidationMessage", "'{value}' is not a decimal number as stored (e.g. 12.5)"
    ),
    "not_country": QT_TRANSLATE_NOOP(
        "ValidationMessage", "'{value}' is not a two-letter ISO 3166 country code"
    ),
    "lone_surrogate": QT_TRANSLATE_NOOP(
        "ValidationMessage", "holds a lone surrogate (not valid Unicode text)"
    ),
    "control_character": QT_TRANSLATE_NOOP(
        "ValidationMessage", "holds a control character (U+{code})"
    ),
    "not_a_link": QT_TRANSLATE_NOOP(
        "ValidationMessage", "'{value}' is not an {schemes} or {last} link"
    ),
    "not_a_moment": QT_TRANSLATE_NOOP("ValidationMessage", "is not a date and time"),
    "not_a_date": QT_TRANSLATE_NOOP("ValidationMessage", "is not a date"),
    "before_earliest": QT_TRANSLATE_NOOP(
        "ValidationMessage", "{day} is before {earliest}, the earliest accepted"
    ),
    "after_latest": QT_TRANSLATE_NOOP(
        "ValidationMessage", "{day} is after {latest}, the latest accepted"
    ),
    "date_required": QT_TRANSLATE_NOOP("ValidationMessage", "a date is required (YYYY-MM-DD)"),
    "date_format": QT_TRANSLATE_NOOP(
        "ValidationMessage", "'{value}' is not a valid date; use YYYY-MM-DD, e.g. 2019-05-15"
    ),
    "no_such_year": QT_TRANSLATE_NOOP("ValidationMessage", "year {year} does not exist"),
    "no_such_month": QT_TRANSLATE_NOOP(
        "ValidationMessage", "month {month} does not exist (months run 01 to 12)"
    ),
    "no_such_day": QT_TRANSLATE_NOOP(
        "ValidationMessage", "{day} {month_name} {year} does not exist"
    ),
    # Imports (services/transfer): readers, cells, rows, importer.
    "not_a_spreadsheet": QT_TRANSLATE_NOOP(
        "ValidationMessage", "use a .csv or .xlsx spreadsheet or a .zip data package"
    ),
    "package_not_spreadsheet": QT_TRANSLATE_NOOP(
        "ValidationMessage", "is a data package, not a spreadsheet"
    ),
    "file_too_big": QT_TRANSLATE_NOOP(
        "ValidationMessage", "is {size} MiB; the limit is {limit} MiB"
    ),
    "unreadable_file": QT_TRANSLATE_NOOP("ValidationMessage", "cannot be read ({cause})"),
    "zip_not_csv": QT_TRANSLATE_NOOP(
        "ValidationMessage", "is a zip archive (an XLSX workbook?), not CSV text: rename it .xlsx"
    ),
    "utf16_text": QT_TRANSLATE_NOOP(
        "ValidationMessage", "is UTF-16 text; save it as 'CSV UTF-8 (comma delimited)'"
    ),
    "nul_bytes": QT_TRANSLATE_NOOP(
        "ValidationMessage", "holds NUL bytes: it is not a CSV text file"
    ),
    "not_utf8": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "is not UTF-8 text (byte 0x{byte} at offset {offset}; perhaps Windows-1252 or Latin-1). "
        "Save it as 'CSV UTF-8 (comma delimited)'",
    ),
    "too_many_rows": QT_TRANSLATE_NOOP("ValidationMessage", "has more than {most} rows; split it"),
    "bad_csv": QT_TRANSLATE_NOOP("ValidationMessage", "is not valid CSV ({cause})"),
    "bad_xlsx": QT_TRANSLATE_NOOP(
        "ValidationMessage", "cannot be read as an XLSX workbook ({cause})"
    ),
    "zip_not_xlsx": QT_TRANSLATE_NOOP(
        "ValidationMessage", "is a zip archive but not an XLSX workbook"
    ),
    "not_xlsx": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "is not an XLSX workbook (an XLSX file is a zip archive); "
        "if it is CSV text, rename it .csv",
    ),
    "no_worksheet": QT_TRANSLATE_NOOP("ValidationMessage", "has no worksheet"),
    "no_header_row": QT_TRANSLATE_NOOP("ValidationMessage", "is empty: it has no header row"),
    "too_many_columns": QT_TRANSLATE_NOOP("ValidationMessage", "has more than {most} columns"),
    "not_yes_no": QT_TRANSLATE_NOOP("ValidationMessage", "'{value}' is not yes or no"),
    "not_whole_number_cell": QT_TRANSLATE_NOOP(
        "ValidationMessage", "'{value}' is not a whole number"
    ),
    "less_than": QT_TRANSLATE_NOOP("ValidationMessage", "cannot be less than {minimum}"),
    "too_large": QT_TRANSLATE_NOOP("ValidationMessage", "'{value}' is too large"),
    "moment_required": QT_TRANSLATE_NOOP(
        "ValidationMessage", "a date and time is required (YYYY-MM-DDTHH:MM)"
    ),
    "moment_format": QT_TRANSLATE_NOOP(
        "ValidationMessage", "'{value}' is not a date and time; use e.g. 2024-03-15T14:30Z"
    ),
    "out_of_range": QT_TRANSLATE_NOOP("ValidationMessage", "{value} is out of range"),
    "not_uid": QT_TRANSLATE_NOOP("ValidationMessage", "'{value}' is not an identifier (a UUID)"),
    "unclosed_quote": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "the name in quotes at '{where}' is not closed by a quote before the next ; "
        '(write a quote inside quotes as "")',
    ),
    "no_supporter": QT_TRANSLATE_NOOP("ValidationMessage", "no supporter named '{value}'"),
    "no_commitment": QT_TRANSLATE_NOOP("ValidationMessage", "no commitment '{value}'"),
    "evidence_ambiguous": QT_TRANSLATE_NOOP(
        "ValidationMessage", "evidence '{value}' is named by more than one item; use its uid"
    ),
    "no_evidence": QT_TRANSLATE_NOOP("ValidationMessage", "evidence '{value}' does not exist"),
    "no_instrument_here": QT_TRANSLATE_NOOP(
        "ValidationMessage", "no instrument named '{value}' here"
    ),
    "figure_evidence_required": QT_TRANSLATE_NOOP(
        "ValidationMessage", "is required: the evidence item the figure comes from"
    ),
    "not_import_column": QT_TRANSLATE_NOOP("ValidationMessage", "is not a column of this import"),
    "missing_column": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "the file has no '{column}' column, which {kind} need (required: {required})",
    ),
    "same_as_row": QT_TRANSLATE_NOOP("ValidationMessage", "same as row {row}"),
    "already_present": QT_TRANSLATE_NOOP("ValidationMessage", "already present"),
    "database_refused": QT_TRANSLATE_NOOP("ValidationMessage", "refused by the database: {detail}"),
    "nothing_imported": QT_TRANSLATE_NOOP("ValidationMessage", "{detail}; nothing was imported"),
    "nothing_imported_one_more": QT_TRANSLATE_NOOP(
        "ValidationMessage", "{detail} (1 more row has errors); nothing was imported"
    ),
    "nothing_imported_more": QT_TRANSLATE_NOOP(
        "ValidationMessage", "{detail} ({more} more rows have errors); nothing was imported"
    ),
    "no_kind_matches": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "the columns do not match any kind of import; name the kind ({kinds}) "
        "or start from a template",
    ),
    "not_csv_or_xlsx": QT_TRANSLATE_NOOP("ValidationMessage", "'{value}' is not csv or xlsx"),
    "template_format": QT_TRANSLATE_NOOP("ValidationMessage", "a template is a .csv or .xlsx file"),
    "date_at_precision_required": QT_TRANSLATE_NOOP(
        "ValidationMessage", "a date is required (YYYY-MM-DD, YYYY-MM or YYYY)"
    ),
    "no_decision": QT_TRANSLATE_NOOP(
        "ValidationMessage", "no instrument '{value}' (add the decision first)"
    ),
    "no_incident": QT_TRANSLATE_NOOP("ValidationMessage", "no incident named '{value}'"),
    "not_a_resolution": QT_TRANSLATE_NOOP(
        "ValidationMessage", "'{value}' is not 'mine' or 'theirs'"
    ),
    "package_clash": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "the package's version of '{label}' clashes with another record here ({cause})",
    ),
    "package_audit_broken": QT_TRANSLATE_NOOP(
        "ValidationMessage", "the package's audit log is broken ({cause})"
    ),
    "not_a_zip": QT_TRANSLATE_NOOP("ValidationMessage", "is not a readable zip archive ({cause})"),
    "zip_feature": QT_TRANSLATE_NOOP(
        "ValidationMessage", "uses an unsupported zip feature ({cause})"
    ),
    "attachment_missing": QT_TRANSLATE_NOOP(
        "ValidationMessage", "attachment {digest}\u2026 is missing"
    ),
    "attachment_altered": QT_TRANSLATE_NOOP(
        "ValidationMessage", "attachment {digest}\u2026 does not match its hash"
    ),
    "entry_altered": QT_TRANSLATE_NOOP(
        "ValidationMessage", "'{name}' does not match the manifest's SHA-256 (altered or damaged)"
    ),
    "no_manifest": QT_TRANSLATE_NOOP(
        "ValidationMessage", "has no manifest.json: it is not a Pledge Tracker data package"
    ),
    "not_a_manifest": QT_TRANSLATE_NOOP(
        "ValidationMessage", "manifest.json is not a Pledge Tracker package manifest"
    ),
    "package_format": QT_TRANSLATE_NOOP(
        "ValidationMessage", "is package format {version}; this version reads 1"
    ),
    "attachment_unmatched": QT_TRANSLATE_NOOP(
        "ValidationMessage", "attachment {digest}\u2026 has no matching file"
    ),
    "package_too_new": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "was written by Pledge Tracker {written_by} (database schema {revision}); this is "
        "version {version} (schema {head}), which cannot read it. Install "
        "Pledge Tracker {written_by} or newer to open it.",
    ),
}


def validation_text(error: ValidationError) -> str:
    """The error's message in the user's language (as written when it has no template)."""
    return reason_text(error.reason, error.values, error.message)


def reason_text(reason: str, values: Mapping[str, str], message: str) -> str:
    """A reason's template translated and filled; `message` (the English) when it has none."""
    template = TEMPLATES.get(reason)
    if template is None:
        return message
    filled = dict(values)
    for name in [key.removesuffix(":reason") for key in values if key.endswith(":reason")]:
        # A message quoted in this one (domain/errors.quoted_message): translated too.
        inner = {
            k.removeprefix(f"{name}."): v for k, v in values.items() if k.startswith(f"{name}.")
        }
        filled[name] = reason_text(values[f"{name}:reason"], inner, values.get(name, ""))
    if reason == "no_such_day" and filled.get("month", "").isdigit():
        # The month by name in the user's language ("février"); English stays "February".
        filled["month_name"] = QLocale().standaloneMonthName(int(filled["month"]))
    try:
        return QCoreApplication.translate("ValidationMessage", template).format(**filled)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return message


def error_text(error: BaseException) -> str:
    """What a refusal says in the user's language.

    A ValidationError reads as ValidationError.describe() does (file, row, field: message),
    translated; any other error as it is.
    """
    if isinstance(error, RecordRefused):
        return _record_text(error)
    if not isinstance(error, ValidationError):
        return str(error)
    where = [str(error.file)] if error.file else []
    if error.row is not None:
        where.append(QCoreApplication.translate("ValidationMessage", "row {0}").format(error.row))
    if error.field:
        field = QCoreApplication.translate("ValidationMessage", "field '{0}'")
        where.append(field.format(error.field))
    message = validation_text(error)
    if not where:
        return message
    return QCoreApplication.translate("ValidationMessage", "{0}: {1}").format(
        ", ".join(where), message
    )


def _record_text(error: RecordRefused) -> str:
    """A package's refused value as RecordRefused.describe() says it, translated."""
    row = QCoreApplication.translate("ValidationMessage", "row {0}").format(error.number)
    if error.uid:
        row = QCoreApplication.translate("ValidationMessage", "{0} ({1})").format(error.uid, row)
    where = QCoreApplication.translate(
        "ValidationMessage", "{0}: {1}, {2} record {3}, field '{4}': {5}"
    )
    return where.format(
        error.file, error.member, error.table, row, error.field, validation_text(error)
    )


def with_subject(subject: str, error: ValidationError) -> str:
    """The message with what it is about: "The name" + "is required" -> "The name is required".

    Only the domain's short messages (starting "is …") take a subject; others say it already.
    """
    text = validation_text(error)
    if subject and error.message.startswith("is "):
        return QCoreApplication.translate("ValidationMessage", "{0} {1}").format(subject, text)
    return text
