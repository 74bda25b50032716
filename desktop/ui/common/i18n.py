"""The window's language: Qt translators for the app's rooms and Qt's own dialogs, the
language chosen (`provdesk --language`, $PROVDESK_LANGUAGE, Preferences ▸ Language, else the
system's), and numbers and dates in the language's format with the digits the reviewer chose.

The app's translations are `resources/i18n/<room>_<lang>.qm`, built from the committed `.ts`
files by `packaging/build_translations.py` (Qt's lupdate/lrelease); Qt's own (`qtbase_ar.qm`, …)
come with PySide6. English needs only the plural forms of `%n` strings. A language applies
to widgets built after `install` (the window is built after it; a change in Preferences
applies after a restart).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QMargins,
    Qt,
    QTime,
    QTimeZone,
    QTranslator,
)

from desktop import preferences

LANGUAGES: dict[str, str] = {"en": "English", "ar": "العربية", "tr": "Türkçe", "ru": "Русский"}
"""The window's languages: code → the language's own name."""

RIGHT_TO_LEFT = frozenset({"ar"})
ENVIRONMENT = "PROVDESK_LANGUAGE"
"""Overrides the preference (the tests set it to "en"; `provdesk --language` wins over it)."""

LATIN, ARABIC_INDIC = "latin", "arabic-indic"
DIGITS: dict[str, str] = {LATIN: "0123456789", ARABIC_INDIC: "٠١٢٣٤٥٦٧٨٩"}
"""The digit choices of Preferences: Latin or Arabic-Indic digits for numbers and dates."""
_SEPARATORS = {LATIN: ".,", ARABIC_INDIC: "٫٬"}  # decimal and group separators
_DIGIT_TABLES = {
    choice: str.maketrans(
        "".join(d for other, ds in DIGITS.items() if other != choice for d in ds),
        digits * (len(DIGITS) - 1),
    )
    for choice, digits in DIGITS.items()
}
_BETWEEN_DIGITS = re.compile("(?<=[0-9٠-٩])([.,٫٬\u00a0\u202f ])(?=[0-9٠-٩])")

_installed: list[QTranslator] = []
_state = {"language": "en", "digits": LATIN}


def qm_files(language: str) -> list[Path]:
    """The app's compiled translations for `language` (one per room), sorted by name."""
    folder = Path(str(resources.files("resources").joinpath("i18n")))
    return sorted(folder.glob(f"*_{language}.qm"))


def system_language() -> str:
    """The system's language if the window speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def chosen_language(asked: str | None = None) -> str:
    """The language to start in: `asked` (the command line), $PROVDESK_LANGUAGE, the
    preference, or the system's language."""
    for candidate in (asked, os.environ.get(ENVIRONMENT), preferences.get(preferences.LANGUAGE)):
        if candidate and candidate in LANGUAGES:
            return candidate
    return system_language()


def default_digits(language: str) -> str:
    """The digits the language's locale writes (Arabic-Indic for Arabic)."""
    return ARABIC_INDIC if QLocale(language).zeroDigit() == "٠" else LATIN


def chosen_digits(language: str) -> str:
    choice = preferences.get(preferences.DIGITS)
    return choice if choice in DIGITS else default_digits(language)


def install(language: str, digits: str | None = None) -> str:
    """Put the window in `language` ("en", "ar", "tr", "ru"; anything else is English):
    replaces translators installed before, sets the default locale, the layout direction and
    the digits (`digits`, else the preference, else the language's own). Returns the language
    applied. Widgets built before the call keep their texts."""
    app = QCoreApplication.instance()
    if language not in LANGUAGES:
        language = "en"
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_folder)] if language != "en" else []
    candidates += [(qm.stem, str(qm.parent)) for qm in qm_files(language)]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    _state["language"] = language
    _state["digits"] = digits if digits in DIGITS else chosen_digits(language)
    QLocale.setDefault(locale_for(language, _state["digits"]))
    if app is not None and hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(layout_direction(language))
    return language


LATIN_DIGIT_LOCALES = {"ar": "ar_001"}
"""A locale of the language that writes Latin digits (Modern Standard Arabic's), so that the
numbers Qt formats itself (a table's numbers, Qt's dialogs) follow the choice too."""


def locale_for(language: str, digits: str) -> QLocale:
    if digits == LATIN and language in LATIN_DIGIT_LOCALES:
        return QLocale(LATIN_DIGIT_LOCALES[language])
    return QLocale(language)


def layout_direction(language: str) -> Qt.LayoutDirection:
    if language in RIGHT_TO_LEFT:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def leading_margins(leading: int, top: int, trailing: int, bottom: int) -> QMargins:
    """Margins by reading direction, for `QLayout.setContentsMargins` (which takes left and
    right as they are): the leading side is the left in English, the right in Arabic."""
    if _state["language"] in RIGHT_TO_LEFT:
        return QMargins(trailing, top, leading, bottom)
    return QMargins(leading, top, trailing, bottom)


def arrow() -> str:
    """The arrow from one thing to the next in the window's own text: → left to right, ←
    right to left (an arrow is not mirrored by the bidi algorithm: "A → B" in an Arabic line
    would point back at A)."""
    return "←" if _state["language"] in RIGHT_TO_LEFT else "→"


def current_language() -> str:
    """The language installed last ("en" before any)."""
    return _state["language"]


def current_digits() -> str:
    return _state["digits"]


# -- numbers and dates as the window shows them ----------------------------------------------


def with_digits(text: str) -> str:
    """`text` (made by the app: a number, a date, a count) with the chosen digits and the
    separators that go with them. Never for the case's own text (quotes keep their digits)."""
    choice = _state["digits"]
    locale = QLocale()
    own = (locale.decimalPoint(), locale.groupSeparator())
    wanted = dict(zip(own, _SEPARATORS[choice], strict=True))
    if default_digits(locale.name()) == choice:
        wanted = {}  # the locale's own separators go with its own digits
    digits = text.translate(_DIGIT_TABLES[choice])
    return _BETWEEN_DIGITS.sub(lambda m: wanted.get(m.group(1), m.group(1)), digits)


def number(value: int | float) -> str:
    """A number in the window's locale: 12,345 · 12.345 · 12 345 · ١٢٬٣٤٥ (or 12,345)."""
    return with_digits(QLocale().toString(value))


def date_text(value: dt.date | None) -> str:
    """A date in the locale's short format ("" for None)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    day = QDate(value.year, value.month, value.day)
    return with_digits(QLocale().toString(day, QLocale.FormatType.ShortFormat))


def time_text(value: dt.datetime | None) -> str:
    """A moment of the case (stored in UTC) in the locale's short format, in local time."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    value = value.astimezone(dt.UTC)
    moment = QDateTime(
        QDate(value.year, value.month, value.day),
        QTime(value.hour, value.minute, value.second),
        QTimeZone.utc(),
    ).toLocalTime()
    return with_digits(QLocale().toString(moment, QLocale.FormatType.ShortFormat))
