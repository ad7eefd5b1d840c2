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
}
