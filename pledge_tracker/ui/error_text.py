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


def with_subject(subject: str, error: ValidationError) -> str:
    """The message with what it is about: "The name" + "is required" -> "The name is required".

    Only the domain's short messages (starting "is …") take a subject; others say it already.
    """
    text = validation_text(error)
    if subject and error.message.startswith("is "):
        return QCoreApplication.translate("ValidationMessage", "{0} {1}").format(subject, text)
    return text
