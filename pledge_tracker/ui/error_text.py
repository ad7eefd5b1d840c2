"""Validation messages in the user's language.

The domain raises ValidationError with an English message and, for the messages built from
a template (domain/reasons.py), the template's reason code and values. The forms show them
through `validation_text`, which fills the same template translated; a message without a
known reason is shown as the domain wrote it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from pledge_tracker.domain.errors import PledgeError, ValidationError
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
    # -- services, numbers, servers, dates at a precision, conflicts, the database (E1) --
    "precision_year_not_month": QT_TRANSLATE_NOOP(
        "ValidationMessage", "'{value}' is known only to the year, not the month"
    ),
    "precision_year_not_day": QT_TRANSLATE_NOOP(
        "ValidationMessage", "'{value}' is known only to the year, not the day"
    ),
    "precision_month_not_day": QT_TRANSLATE_NOOP(
        "ValidationMessage", "'{value}' is known only to the month, not the day"
    ),
    "number_required": QT_TRANSLATE_NOOP("ValidationMessage", "is required: a number"),
    "not_a_number": QT_TRANSLATE_NOOP("ValidationMessage", "'{value}' is not a number"),
    "number_too_large": QT_TRANSLATE_NOOP("ValidationMessage", "'{value}' is too large"),
    "too_many_decimals": QT_TRANSLATE_NOOP(
        "ValidationMessage", "'{value}' has more than {most} decimals"
    ),
    "number_decimal_comma": QT_TRANSLATE_NOOP(
        "ValidationMessage", "'{value}' is not a number: use one comma at most, for the decimals"
    ),
    "number_decimal_point": QT_TRANSLATE_NOOP(
        "ValidationMessage", "'{value}' is not a number: use a point for decimals"
    ),
    "fill_it_in": QT_TRANSLATE_NOOP("ValidationMessage", "required: fill it in"),
    "invisible_characters": QT_TRANSLATE_NOOP(
        "ValidationMessage", "{value} holds line breaks, tabs or other invisible characters"
    ),
    "longer_than_bytes": QT_TRANSLATE_NOOP(
        "ValidationMessage", "{value} is longer than {most} bytes"
    ),
    "not_a_server": QT_TRANSLATE_NOOP(
        "ValidationMessage", "{value} is not a server name or address"
    ),
    "not_a_port": QT_TRANSLATE_NOOP(
        "ValidationMessage", "{value} is not a port number (1 to 65535)"
    ),
    "user_name_empty": QT_TRANSLATE_NOOP("ValidationMessage", "the user name is empty"),
    "user_name_controls": QT_TRANSLATE_NOOP(
        "ValidationMessage", "the user name holds control characters"
    ),
    "user_name_too_long": QT_TRANSLATE_NOOP(
        "ValidationMessage", "the user name is longer than {most} bytes"
    ),
    "user_name_reserved": QT_TRANSLATE_NOOP(
        "ValidationMessage", "'{user}' is reserved for the server or the team roles"
    ),
    "password_empty": QT_TRANSLATE_NOOP(
        "ValidationMessage", "the password is empty or holds a NUL character"
    ),
    "roles_need_server": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "roles need a PostgreSQL server: this database is a SQLite file, where whoever can open "
        "the file can read all of it",
    ),
    "may_not_grant": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "{user} may not grant roles ({detail}): run it as an admin or as the database's owner",
    ),
    "grant_refused": QT_TRANSLATE_NOOP(
        "ValidationMessage", "the server refused the grant: {detail}"
    ),
    "assessment_in_future": QT_TRANSLATE_NOOP(
        "ValidationMessage", "an assessment cannot describe a date in the future"
    ),
    "rationale_required": QT_TRANSLATE_NOOP(
        "ValidationMessage", "say why: a rationale is required for every level but 'not assessed'"
    ),
    "not_bound": QT_TRANSLATE_NOOP(
        "ValidationMessage", "{supporter} is not bound by {code} (its kind does not pledge it)"
    ),
    "no_evidence_id": QT_TRANSLATE_NOOP("ValidationMessage", "no evidence item with id {id}"),
    "no_assessment_id": QT_TRANSLATE_NOOP("ValidationMessage", "no assessment with id {id}"),
    "needs_second_officer": QT_TRANSLATE_NOOP(
        "ValidationMessage", "{who} recorded this judgement: a review needs a second officer"
    ),
    "already_reviewed": QT_TRANSLATE_NOOP("ValidationMessage", "already reviewed by {who}"),
    "period_start_required": QT_TRANSLATE_NOOP(
        "ValidationMessage", "is required: when the period began"
    ),
    "period_end_required": QT_TRANSLATE_NOOP(
        "ValidationMessage", "is required: when the period ended"
    ),
    "period_end_before_start": QT_TRANSLATE_NOOP(
        "ValidationMessage", "cannot be before the start of the period"
    ),
    "figure_already_recorded": QT_TRANSLATE_NOOP(
        "ValidationMessage", "'{metric}' is already recorded for this period; edit that one"
    ),
    "no_figure_id": QT_TRANSLATE_NOOP("ValidationMessage", "no published figure with id {id}"),
    "stale": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "Someone else changed this record since you opened it. Reload it and try again.",
    ),
    "stale_reload": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "Someone else changed this record since you opened it. Reload it, then make your change "
        "again.",
    ),
    "disk_full_saved": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "The disk holding {folder} is full; nothing was saved. Free some space, then try again.",
    ),
    "disk_full_imported": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "The disk holding {folder} is full; nothing was imported. Free some space, then try again.",
    ),
    "read_only_viewer": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "Read-only: your team role is viewer ({user}), so no change can be saved. Ask an admin "
        "for editor rights (pledge-tracker db grant).",
    ),
    "read_only_open": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "This database is open read-only: no change can be saved. Copy the file to a folder you "
        "can write to and open the copy to make changes.",
    ),
    "read_only_dry_run": QT_TRANSLATE_NOOP(
        "ValidationMessage", "This database is open read-only: a dry run needs a lock."
    ),
    "read_only_file": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "The database file cannot be written (read-only file or folder). Nothing was saved.",
    ),
    "database_busy": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "The database is busy: another window or program kept it locked too long. Nothing was "
        "saved; try again in a moment.",
    ),
    "database_damaged": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "The database file is damaged. Run 'pledge-tracker check' and restore the newest good "
        "backup (File → Restore backup).",
    ),
    "breaks_rule": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The change breaks a database rule: {detail}"
    ),
    "disk_refused": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The disk refused the write ({detail}). Nothing was saved."
    ),
    "database_refused_operation": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The database refused the operation: {detail}"
    ),
    "transaction_lost": QT_TRANSLATE_NOOP(
        "ValidationMessage", "the database ended the transaction; nothing was saved"
    ),
    "newer_database": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "This database was written by a newer version of Pledge Tracker (schema {schema}; this "
        "version knows up to {head}). Install the newer version to open it; the file was not "
        "changed.",
    ),
    "not_attachable": QT_TRANSLATE_NOOP(
        "ValidationMessage", "{file} is not a file that can be attached"
    ),
    "attachment_too_big": QT_TRANSLATE_NOOP(
        "ValidationMessage", "{name} is {size} MB; the limit is 200 MB"
    ),
    "attachment_unreadable": QT_TRANSLATE_NOOP(
        "ValidationMessage", "{name} cannot be read: {detail}"
    ),
    "attachment_changed": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "{name} changed on disk after it was added (SHA-256 then {then}…, now {now}…); "
        "nothing was saved. Remove it and add it again",
    ),
    "no_attachment": QT_TRANSLATE_NOOP("ValidationMessage", "no attachment {digest}…"),
    "findings_empty": QT_TRANSLATE_NOOP(
        "ValidationMessage", "the findings are empty; write at least one paragraph"
    ),
    "notes_unreadable": QT_TRANSLATE_NOOP("ValidationMessage", "{path} cannot be read ({detail})"),
    "notes_not_utf8": QT_TRANSLATE_NOOP(
        "ValidationMessage", "{path} is not UTF-8 text (byte {byte} cannot be read)"
    ),
    "notes_no_finding": QT_TRANSLATE_NOOP(
        "ValidationMessage", "{path} holds no finding; write one per paragraph"
    ),
    "struck_down_by_it": QT_TRANSLATE_NOOP(
        "ValidationMessage", "'{name}' is recorded as struck down by it; change that first"
    ),
    "before_adopted": QT_TRANSLATE_NOOP("ValidationMessage", "{day} is before adopted ({first})"),
    "before_in_force": QT_TRANSLATE_NOOP("ValidationMessage", "{day} is before in force ({first})"),
    "no_instrument_id": QT_TRANSLATE_NOOP("ValidationMessage", "no instrument with id {id}"),
    "no_other_instrument": QT_TRANSLATE_NOOP(
        "ValidationMessage", "no other instrument with uid '{uid}'"
    ),
    "not_a_court_decision": QT_TRANSLATE_NOOP(
        "ValidationMessage", "'{name}' is not a court decision"
    ),
    "struck_down_required": QT_TRANSLATE_NOOP(
        "ValidationMessage", "a date struck down is required with the decision"
    ),
    "no_commitment_code": QT_TRANSLATE_NOOP("ValidationMessage", "no commitment with code {codes}"),
    "no_supporter_id": QT_TRANSLATE_NOOP("ValidationMessage", "no supporter with id {ids}"),
    "damaged_empty": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "{path} is empty (0 bytes): the database was truncated. The file was not changed. {advice}",
    ),
    "damaged_overwritten": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "{path} no longer starts like a database: it was damaged or overwritten. "
        "The file was not changed. {advice}",
    ),
    "damaged_check": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "{path} is damaged (SQLite's check found: {detail}). The file was not changed. {advice}",
    ),
    "advice_restore": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "Restore the newest good backup, taken {taken}: "
        "pledge-tracker restore --db {path} --from {backup} "
        "(or File → Restore backup in the app); the damaged file is kept aside.",
    ),
    "advice_salvage": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "No good backup of it was found in {folder}. Keep a copy of the damaged file; "
        "SQLite's own tool can salvage what is left (sqlite3 FILE .recover).",
    ),
    "is_a_folder": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "{path} is a folder, not a database file.",
    ),
    "not_sqlite": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "{path} is not a Pledge Tracker database (it is not a SQLite file). "
        "Choose another file, or create a new database with File → New.",
    ),
    "no_such_folder": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "The folder {folder} does not exist. Create it or choose another place.",
    ),
    "no_such_database": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "{path} does not exist. Create it with 'pledge-tracker init --db {path}'.",
    ),
    "empty_database_file": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "{path} is empty (0 bytes): it holds no database. If it should hold your records, "
        "restore a backup ('pledge-tracker backups' lists them); to start afresh, "
        "run 'pledge-tracker init --db {path}'.",
    ),
    "cannot_create": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "{path} cannot be created: {detail}. Choose a folder you can write to.",
    ),
    "foreign_sqlite": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "This SQLite file is not a Pledge Tracker database (it has other tables). "
        "Nothing was changed.",
    ),
    "foreign_server": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "This server database is not a Pledge Tracker database (it has other tables). "
        "Nothing was changed.",
    ),
    "upgrade_read_only": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "This database needs an upgrade to this version's schema, which a read-only "
        "database cannot take. Open a writable copy.",
    ),
    "backup_disk_full": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "{folder} cannot be written: the disk is full",
    ),
    "no_backup_folder": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "The folder {folder} does not exist.",
    ),
    "backup_failed": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "The backup could not be made: {detail}",
    ),
    "backup_check_failed": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "The backup copy failed its integrity check ({detail}).",
    ),
    "backup_folder_refused": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "The backup folder {folder} cannot be created: {detail}",
    ),
    "not_an_empty_target": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "{path} already exists and is not an empty Pledge Tracker database ({detail}); "
        "choose a new file name. Nothing was changed.",
    ),
    # -- end of E1 --
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
    translated; another of the app's errors made from a template (a conflict, a database
    refusal) reads as its template translated; any other error as it is.
    """
    if isinstance(error, RecordRefused):
        return _record_text(error)
    if not isinstance(error, ValidationError):
        if isinstance(error, PledgeError):
            return reason_text(error.reason, error.values, str(error))
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
