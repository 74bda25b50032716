"""Build and check the reports' catalogues of their own words (gettext, with Babel).

    python packaging/build_report_catalogues.py           # extract report.pot, merge it into each .po
    python packaging/build_report_catalogues.py --check   # exit 1 if the .pot is stale, or a .po misses,
                                                          # leaves fuzzy or breaks a message

The English template `desktop/reports/locale/report.pot` is extracted from the calls of the
report renderers (`w._("…")`, `w.ngettext("…", "…", n)`, `N_("…")`); each language's
`desktop/reports/locale/<lang>/LC_MESSAGES/report.po` holds its translations and is read at run
time (`desktop/reports/words.py`), so nothing is compiled. No line locations are written, so
moving code does not churn the catalogues. A new message is added to every .po untranslated;
translate it there (a plural message has one form per the language's Plural-Forms: Arabic six,
Russian three, Turkish two) and run `--check`.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "desktop" / "reports"
LOCALE = REPORTS / "locale"
TEMPLATE = LOCALE / "report.pot"
SOURCES = (
    "words.py",
    "phrases.py",
    "html.py",
    "html_front.py",
    "markdown.py",
    "scope.py",
    "drift_words.py",
)
"""The modules whose words the HTML, PDF and Markdown reports show."""
LANGUAGES = ("ar", "tr", "ru")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
STAMP = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
"""The catalogues' dates: fixed, so that a build changes a catalogue only when its words do."""
HEADER = """\
# The words of Provenance Desk's HTML, PDF and Markdown reports ({language}).
# Read at run time by desktop/reports/words.py; updated by packaging/build_report_catalogues.py.
# The field's terms: resources/i18n/glossary-<language>.md.
#"""


def _stamp(catalog: Catalog, language: str) -> Catalog:
    catalog.project, catalog.version = "Provenance Desk", ""
    catalog.copyright_holder, catalog.msgid_bugs_address = "", ""
    catalog.last_translator, catalog.language_team = "", ""
    catalog.creation_date = catalog.revision_date = STAMP
    catalog.fuzzy = False
    catalog.header_comment = HEADER.format(language=language)
    return catalog


def catalogue_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "report.po"


def extract() -> Catalog:
    """The English template from the code: every literal message of the report's modules."""
    template = _stamp(Catalog(domain="report"), "English template")
    for name in SOURCES:
        for _line, message, _comments, _context in extract_from_file(
            "python", REPORTS / name, keywords=KEYWORDS
        ):
            if isinstance(message, tuple):
                if all(isinstance(part, str) for part in message):
                    template.add(message)
            elif isinstance(message, str):
                template.add(message)
    return template


def _read(path: Path, language: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=language)


def _write(path: Path, catalog: Catalog) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, no_location=True, omit_header=False, sort_output=True, width=99)


def _ids(catalog: Catalog) -> set[str]:
    return {str(m.id if isinstance(m.id, str) else m.id[0]) for m in catalog if m.id}


def _forms(message: Message) -> list[str]:
    return list(message.string) if isinstance(message.string, (tuple, list)) else [message.string]


def problems(language: str, template: Catalog) -> Iterator[str]:
    """What is wrong with `language`'s catalogue against `template`: a message missing,
    untranslated, fuzzy, with the wrong number of plural forms, or a form that drops or adds a
    placeholder (`{n}` may be left out of a plural form, as Arabic says "claim" for one)."""
    path = catalogue_path(language)
    if not path.exists():
        yield f"{path.relative_to(ROOT)}: missing"
        return
    yield from problems_in(_read(path, language), template, language)


def problems_in(catalog: Catalog, template: Catalog, language: str) -> Iterator[str]:
    for message in template:
        if not message.id:
            continue
        key = message.id if isinstance(message.id, str) else message.id[0]
        found = catalog.get(key)
        where = f"{language}: {key!r}"
        if found is None:
            yield f"{where}: not in the catalogue"
            continue
        if found.fuzzy:
            yield f"{where}: fuzzy"
        forms = _forms(found)
        if message.pluralizable and len(forms) != catalog.num_plurals:
            yield f"{where}: {len(forms)} plural forms, the language has {catalog.num_plurals}"
        if not all(form.strip() for form in forms):
            yield f"{where}: untranslated"
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        wanted = set().union(*(PLACEHOLDER.findall(s) for s in sources))
        for form in forms:
            have = set(PLACEHOLDER.findall(form))
            plural_n = {"{n}"} if message.pluralizable else set()
            if not (wanted - plural_n) <= have or not have <= wanted:
                yield f"{where}: placeholders {sorted(have)} in {form!r}, want {sorted(wanted)}"
    for stale in _ids(catalog) - _ids(template):
        yield f"{language}: {stale!r} is no longer in the code"


def check() -> list[str]:
    template = extract()
    found: list[str] = []
    if not TEMPLATE.exists() or _ids(_read(TEMPLATE)) != _ids(template):
        found.append(f"{TEMPLATE.relative_to(ROOT)} is stale: run {Path(__file__).name}")
    for language in LANGUAGES:
        found += problems(language, template)
    return found


def build() -> None:
    template = extract()
    _write(TEMPLATE, template)
    for language in LANGUAGES:
        path = catalogue_path(language)
        catalog = _read(path, language) if path.exists() else Catalog(locale=language)
        catalog.domain = "report"
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        _write(path, _stamp(catalog, language))


def main(argv: list[str]) -> int:
    if argv[1:] == ["--check"]:
        found = check()
        for line in found:
            print(line)
        return 1 if found else 0
    if argv[1:]:
        print(__doc__)
        return 2
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
