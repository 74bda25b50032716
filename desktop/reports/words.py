"""The report's own words in the language the reviewer chooses (Qt-free).

Headings, labels ("Verdict", "Chain", "Quote"), the vocabularies' labels and dates' words of
the HTML, PDF and Markdown reports go through Python's gettext, with one catalogue per language
committed in the package: `locale/<lang>/LC_MESSAGES/report.po`, read at run time with Babel
(no build step, so a plain `pip install` ships them). `locale/report.pot` is the English
template, extracted from the code by `packaging/build_report_catalogues.py`. The case's values
are never translated: JSON, CSV, PROV and ClaimReview keep their slugs and English fields, and
the case's own text (claims, quotes, names) stays as written.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import io
from dataclasses import dataclass
from importlib import resources

from db.vocabulary import Labelled

from ..wording import for_people

LANGUAGES: dict[str, str] = {"en": "English", "ar": "العربية", "tr": "Türkçe", "ru": "Русский"}
"""The report's languages: code → the language's own name."""

RIGHT_TO_LEFT = frozenset({"ar"})
DOMAIN = "report"


def N_(message: str) -> str:
    """Marks a message for the catalogue where it is listed, not yet translated."""
    return message


VOCABULARY: tuple[str, ...] = (
    # verdicts
    N_("Unverified"),
    N_("In progress"),
    N_("Accurate"),
    N_("Partly accurate"),
    N_("Misleading"),
    N_("False"),
    N_("Unverifiable"),
    # hop statuses
    N_("Unchecked"),
    N_("Confirmed"),
    N_("Differs"),
    N_("Not found"),
    N_("Unavailable"),
    # relations
    N_("Said"),
    N_("Quoted"),
    N_("Reported"),
    N_("Paraphrased"),
    N_("Translated"),
    N_("Republished"),
    N_("Summarised"),
    # source and actor kinds
    N_("Article"),
    N_("Transcript"),
    N_("Broadcast"),
    N_("Post"),
    N_("Person"),
    N_("Organisation"),
    N_("Outlet"),
    N_("Unnamed official"),
    # four-eyes sign-off
    N_("Awaiting sign-off"),
    N_("Signed off"),
    N_("Sent back"),
)
"""Every label of `db.vocabulary` (a test checks they agree) and of the sign-off states, listed
literally so that the catalogue's extraction finds them."""


class UnknownLanguage(ValueError):
    """A report language that has no catalogue."""


def _catalogue(language: str) -> gettext.NullTranslations:
    """The compiled catalogue of `language` (Babel reads the .po, gettext serves it)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    path = resources.files("desktop.reports").joinpath(
        "locale", language, "LC_MESSAGES", f"{DOMAIN}.po"
    )
    with path.open("rb") as po:
        catalog = read_po(po, locale=language, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


@dataclass(frozen=True)
class ReportWords:
    """The words of one report language; `_` and `ngettext` as gettext's."""

    language: str
    catalogue: gettext.NullTranslations

    @property
    def direction(self) -> str:
        return "rtl" if self.language in RIGHT_TO_LEFT else "ltr"

    @property
    def arrow(self) -> str:
        """The arrow from a hop to the next (and from a value to the next): it points the way
        the language reads."""
        return "←" if self.language in RIGHT_TO_LEFT else "→"

    @property
    def dashed_arrow(self) -> str:
        return "⇠" if self.language in RIGHT_TO_LEFT else "⇢"

    def _(self, message: str) -> str:
        return self.catalogue.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int, **values: object) -> str:
        """The form for `n`, with `{n}` (grouped digits as the language groups them) and
        `values` filled in."""
        return self.catalogue.ngettext(singular, plural, n).format(n=self.number(n), **values)

    def number(self, n: int) -> str:
        if self.language == "en":
            return f"{n:,}"
        from babel.numbers import format_decimal

        return format_decimal(n, locale=self.language, numbering_system="latn")

    def lower_first(self, text: str) -> str:
        """`text` with its first letter in lower case, as the language does it (Turkish: İ → i,
        I → ı)."""
        first = text[:1]
        if self.language == "tr":
            first = {"İ": "i", "I": "ı"}.get(first, first)
        return first.lower() + text[1:]

    def upper_first(self, text: str) -> str:
        first = text[:1]
        if self.language == "tr":
            first = {"i": "İ", "ı": "I"}.get(first, first)
        return first.upper() + text[1:]

    def label(self, member: Labelled) -> str:
        return self._(member.label)

    def value(self, kind: type[Labelled], slug: str) -> str:
        """The label of a stored slug, translated; an unknown slug as it is stored."""
        try:
            return self.label(kind(slug))
        except ValueError:
            return slug

    def when(self, value: dt.date | dt.datetime | None) -> str:
        """A time as a reader of the language reads it, to the second and in UTC:
        "2026-11-30 01:25:12 UTC" in English, "30 ноября 2026 г., 01:25:12 UTC" in Russian."""
        if value is None or self.language == "en":
            return for_people(value)
        from babel.dates import format_date

        if not isinstance(value, dt.datetime):
            return format_date(value, "long", locale=self.language)
        utc = dt.datetime.fromisoformat(for_people(value).removesuffix(" UTC"))
        day = format_date(utc, "long", locale=self.language)
        return self._("{date}, {time} UTC").format(date=day, time=utc.strftime("%H:%M:%S"))


@functools.cache
def report_words(language: str = "en") -> ReportWords:
    """The words of `language` ("en", "ar", "tr", "ru"); raises UnknownLanguage for another."""
    if language not in LANGUAGES:
        choices = ", ".join(LANGUAGES)
        raise UnknownLanguage(f"unknown report language {language!r}; choose one of: {choices}")
    if language == "en":
        return ReportWords("en", gettext.NullTranslations())
    return ReportWords(language, _catalogue(language))


ENGLISH = report_words("en")
