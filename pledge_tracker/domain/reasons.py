"""The templates of the validation messages, each named by a reason code.

A ValidationError made from one (`ValidationError.because`) carries the code and the values
beside its English message, so that the desktop app can say the same thing in the user's
language (ui/error_text.py holds the same templates, marked for translation). Values are
given as the text they print as (numbers already grouped, dates in ISO 8601).
"""

from __future__ import annotations

REASONS: dict[str, str] = {
    "required": "is required",
    "too_long": "is too long ({length} characters; at most {most})",
    "not_text": "is not text",
    "not_one_of": "'{value}' is not one of: {allowed}",
    "not_whole_number": "is not a whole number",
    "outside": "{value} is outside {minimum} to {maximum}",
    "not_decimal": "'{value}' is not a decimal number as stored (e.g. 12.5)",
    "not_country": "'{value}' is not a two-letter ISO 3166 country code",
    "lone_surrogate": "holds a lone surrogate (not valid Unicode text)",
    "control_character": "holds a control character (U+{code})",
    "not_a_link": "'{value}' is not an {schemes} or {last} link",
    "not_a_moment": "is not a date and time",
    "not_a_date": "is not a date",
    "before_earliest": "{day} is before {earliest}, the earliest accepted",
    "after_latest": "{day} is after {latest}, the latest accepted",
    "date_required": "a date is required (YYYY-MM-DD)",
    "date_format": "'{value}' is not a valid date; use YYYY-MM-DD, e.g. 2019-05-15",
    "no_such_year": "year {year} does not exist",
    "no_such_month": "month {month} does not exist (months run 01 to 12)",
    "no_such_day": "{day} {month_name} {year} does not exist",
    # Imports (services/transfer): readers, cells, rows, importer.
    "not_a_spreadsheet": "use a .csv or .xlsx spreadsheet or a .zip data package",
    "package_not_spreadsheet": "is a data package, not a spreadsheet",
    "file_too_big": "is {size} MiB; the limit is {limit} MiB",
    "unreadable_file": "cannot be read ({cause})",
    "zip_not_csv": "is a zip archive (an XLSX workbook?), not CSV text: rename it .xlsx",
    "utf16_text": "is UTF-16 text; save it as 'CSV UTF-8 (comma delimited)'",
    "nul_bytes": "holds NUL bytes: it is not a CSV text file",
    "not_utf8": (
        "is not UTF-8 text (byte 0x{byte} at offset {offset}; perhaps Windows-1252 or "
        "Latin-1). Save it as 'CSV UTF-8 (comma delimited)'"
    ),
    "too_many_rows": "has more than {most} rows; split it",
    "bad_csv": "is not valid CSV ({cause})",
    "bad_xlsx": "cannot be read as an XLSX workbook ({cause})",
    "zip_not_xlsx": "is a zip archive but not an XLSX workbook",
    "not_xlsx": "is not an XLSX workbook (an XLSX file is a zip archive); "
    "if it is CSV text, rename it .csv",
    "no_worksheet": "has no worksheet",
    "no_header_row": "is empty: it has no header row",
    "too_many_columns": "has more than {most} columns",
    "not_yes_no": "'{value}' is not yes or no",
    "not_whole_number_cell": "'{value}' is not a whole number",
    "less_than": "cannot be less than {minimum}",
    "too_large": "'{value}' is too large",
    "moment_required": "a date and time is required (YYYY-MM-DDTHH:MM)",
    "moment_format": "'{value}' is not a date and time; use e.g. 2024-03-15T14:30Z",
    "out_of_range": "{value} is out of range",
    "not_uid": "'{value}' is not an identifier (a UUID)",
    "unclosed_quote": (
        "the name in quotes at '{where}' is not closed by a quote before the next ; "
        '(write a quote inside quotes as "")'
    ),
    "no_supporter": "no supporter named '{value}'",
    "no_commitment": "no commitment '{value}'",
    "evidence_ambiguous": "evidence '{value}' is named by more than one item; use its uid",
    "no_evidence": "evidence '{value}' does not exist",
    "no_instrument_here": "no instrument named '{value}' here",
    "figure_evidence_required": "is required: the evidence item the figure comes from",
    "not_import_column": "is not a column of this import",
    "missing_column": "the file has no '{column}' column, which {kind} need (required: {required})",
    "same_as_row": "same as row {row}",
    "already_present": "already present",
    "database_refused": "refused by the database: {detail}",
    "nothing_imported": "{detail}; nothing was imported",
    "nothing_imported_one_more": "{detail} (1 more row has errors); nothing was imported",
    "nothing_imported_more": "{detail} ({more} more rows have errors); nothing was imported",
    "no_kind_matches": (
        "the columns do not match any kind of import; name the kind ({kinds}) "
        "or start from a template"
    ),
    "not_csv_or_xlsx": "'{value}' is not csv or xlsx",
    "template_format": "a template is a .csv or .xlsx file",
    "date_at_precision_required": "a date is required (YYYY-MM-DD, YYYY-MM or YYYY)",
    "no_decision": "no instrument '{value}' (add the decision first)",
    "no_incident": "no incident named '{value}'",
    "not_a_resolution": "'{value}' is not 'mine' or 'theirs'",
    "package_clash": (
        "the package's version of '{label}' clashes with another record here ({cause})"
    ),
    "package_audit_broken": "the package's audit log is broken ({cause})",
    "not_a_zip": "is not a readable zip archive ({cause})",
    "zip_feature": "uses an unsupported zip feature ({cause})",
    "attachment_missing": "attachment {digest}\u2026 is missing",
    "attachment_altered": "attachment {digest}\u2026 does not match its hash",
    "entry_altered": "'{name}' does not match the manifest's SHA-256 (altered or damaged)",
    "no_manifest": "has no manifest.json: it is not a Pledge Tracker data package",
    "not_a_manifest": "manifest.json is not a Pledge Tracker package manifest",
    "package_format": "is package format {version}; this version reads 1",
    "attachment_unmatched": "attachment {digest}\u2026 has no matching file",
    "package_too_new": (
        "was written by Pledge Tracker {written_by} (database schema {revision}); this is "
        "version {version} (schema {head}), which cannot read it. Install "
        "Pledge Tracker {written_by} or newer to open it."
    ),
}
