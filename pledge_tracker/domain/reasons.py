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
    # -- services, numbers, servers, dates at a precision, conflicts, the database (E1) --
    "precision_year_not_month": "'{value}' is known only to the year, not the month",
    "precision_year_not_day": "'{value}' is known only to the year, not the day",
    "precision_month_not_day": "'{value}' is known only to the month, not the day",
    "number_required": "is required: a number",
    "not_a_number": "'{value}' is not a number",
    "number_too_large": "'{value}' is too large",
    "too_many_decimals": "'{value}' has more than {most} decimals",
    "number_decimal_comma": "'{value}' is not a number: use one comma at most, for the decimals",
    "number_decimal_point": "'{value}' is not a number: use a point for decimals",
    "fill_it_in": "required: fill it in",
    "invisible_characters": "{value} holds line breaks, tabs or other invisible characters",
    "longer_than_bytes": "{value} is longer than {most} bytes",
    "not_a_server": "{value} is not a server name or address",
    "not_a_port": "{value} is not a port number (1 to 65535)",
    "user_name_empty": "the user name is empty",
    "user_name_controls": "the user name holds control characters",
    "user_name_too_long": "the user name is longer than {most} bytes",
    "user_name_reserved": "'{user}' is reserved for the server or the team roles",
    "password_empty": "the password is empty or holds a NUL character",
    "roles_need_server": (
        "roles need a PostgreSQL server: this database is a SQLite file, "
        "where whoever can open the file can read all of it"
    ),
    "may_not_grant": (
        "{user} may not grant roles ({detail}): run it as an admin or as the database's owner"
    ),
    "grant_refused": "the server refused the grant: {detail}",
    "assessment_in_future": "an assessment cannot describe a date in the future",
    "rationale_required": "say why: a rationale is required for every level but 'not assessed'",
    "not_bound": "{supporter} is not bound by {code} (its kind does not pledge it)",
    "no_evidence_id": "no evidence item with id {id}",
    "no_assessment_id": "no assessment with id {id}",
    "needs_second_officer": "{who} recorded this judgement: a review needs a second officer",
    "already_reviewed": "already reviewed by {who}",
    "period_start_required": "is required: when the period began",
    "period_end_required": "is required: when the period ended",
    "period_end_before_start": "cannot be before the start of the period",
    "figure_already_recorded": "'{metric}' is already recorded for this period; edit that one",
    "no_figure_id": "no published figure with id {id}",
    "stale": "Someone else changed this record since you opened it. Reload it and try again.",
    "stale_reload": (
        "Someone else changed this record since you opened it. "
        "Reload it, then make your change again."
    ),
    "disk_full_saved": (
        "The disk holding {folder} is full; nothing was saved. Free some space, then try again."
    ),
    "disk_full_imported": (
        "The disk holding {folder} is full; nothing was imported. Free some space, then try again."
    ),
    "read_only_viewer": (
        "Read-only: your team role is viewer ({user}), so no change can be saved. "
        "Ask an admin for editor rights (pledge-tracker db grant)."
    ),
    "read_only_open": (
        "This database is open read-only: no change can be saved. "
        "Copy the file to a folder you can write to and open the copy to make changes."
    ),
    "read_only_dry_run": "This database is open read-only: a dry run needs a lock.",
    "read_only_file": (
        "The database file cannot be written (read-only file or folder). Nothing was saved."
    ),
    "database_busy": (
        "The database is busy: another window or program kept it locked too long. "
        "Nothing was saved; try again in a moment."
    ),
    "database_damaged": (
        "The database file is damaged. Run 'pledge-tracker check' and restore the newest "
        "good backup (File → Restore backup)."
    ),
    "breaks_rule": "The change breaks a database rule: {detail}",
    "disk_refused": "The disk refused the write ({detail}). Nothing was saved.",
    "database_refused_operation": "The database refused the operation: {detail}",
    "transaction_lost": "the database ended the transaction; nothing was saved",
    "newer_database": (
        "This database was written by a newer version of Pledge Tracker (schema {schema}; "
        "this version knows up to {head}). Install the newer version to open it; "
        "the file was not changed."
    ),
    "not_attachable": "{file} is not a file that can be attached",
    "attachment_too_big": "{name} is {size} MB; the limit is 200 MB",
    "attachment_unreadable": "{name} cannot be read: {detail}",
    "attachment_changed": (
        "{name} changed on disk after it was added (SHA-256 then {then}…, now {now}…); "
        "nothing was saved. Remove it and add it again"
    ),
    "no_attachment": "no attachment {digest}…",
    "findings_empty": "the findings are empty; write at least one paragraph",
    "notes_unreadable": "{path} cannot be read ({detail})",
    "notes_not_utf8": "{path} is not UTF-8 text (byte {byte} cannot be read)",
    "notes_no_finding": "{path} holds no finding; write one per paragraph",
    "struck_down_by_it": "'{name}' is recorded as struck down by it; change that first",
    "before_adopted": "{day} is before adopted ({first})",
    "before_in_force": "{day} is before in force ({first})",
    "no_instrument_id": "no instrument with id {id}",
    "no_other_instrument": "no other instrument with uid '{uid}'",
    "not_a_court_decision": "'{name}' is not a court decision",
    "struck_down_required": "a date struck down is required with the decision",
    "no_commitment_code": "no commitment with code {codes}",
    "no_supporter_id": "no supporter with id {ids}",
    "damaged_empty": (
        "{path} is empty (0 bytes): the database was truncated. The file was not changed. {advice}"
    ),
    "damaged_overwritten": (
        "{path} no longer starts like a database: it was damaged or overwritten. "
        "The file was not changed. {advice}"
    ),
    "damaged_check": (
        "{path} is damaged (SQLite's check found: {detail}). The file was not changed. {advice}"
    ),
    "advice_restore": (
        "Restore the newest good backup, taken {taken}: "
        "pledge-tracker restore --db {path} --from {backup} "
        "(or File → Restore backup in the app); the damaged file is kept aside."
    ),
    "advice_salvage": (
        "No good backup of it was found in {folder}. Keep a copy of the damaged file; "
        "SQLite's own tool can salvage what is left (sqlite3 FILE .recover)."
    ),
    "is_a_folder": ("{path} is a folder, not a database file."),
    "not_sqlite": (
        "{path} is not a Pledge Tracker database (it is not a SQLite file). "
        "Choose another file, or create a new database with File → New."
    ),
    "no_such_folder": ("The folder {folder} does not exist. Create it or choose another place."),
    "no_such_database": (
        "{path} does not exist. Create it with 'pledge-tracker init --db {path}'."
    ),
    "empty_database_file": (
        "{path} is empty (0 bytes): it holds no database. If it should hold your records, "
        "restore a backup ('pledge-tracker backups' lists them); to start afresh, "
        "run 'pledge-tracker init --db {path}'."
    ),
    "cannot_create": ("{path} cannot be created: {detail}. Choose a folder you can write to."),
    "foreign_sqlite": (
        "This SQLite file is not a Pledge Tracker database (it has other tables). "
        "Nothing was changed."
    ),
    "foreign_server": (
        "This server database is not a Pledge Tracker database (it has other tables). "
        "Nothing was changed."
    ),
    "upgrade_read_only": (
        "This database needs an upgrade to this version's schema, which a read-only "
        "database cannot take. Open a writable copy."
    ),
    "backup_disk_full": ("{folder} cannot be written: the disk is full"),
    "no_backup_folder": ("The folder {folder} does not exist."),
    "backup_failed": ("The backup could not be made: {detail}"),
    "backup_check_failed": ("The backup copy failed its integrity check ({detail})."),
    "backup_folder_refused": ("The backup folder {folder} cannot be created: {detail}"),
    "not_an_empty_target": (
        "{path} already exists and is not an empty Pledge Tracker database ({detail}); "
        "choose a new file name. Nothing was changed."
    ),
    # -- end of E1 --
}
