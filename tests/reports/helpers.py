"""Reading reports back for tests."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from db.case import Case
from db.text.direction import strip_isolates
from desktop.reports.model import Report, read_report
from desktop.reports.scope import ReportScope, resolve_scope

ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def make_report(case: Case, scope: ReportScope | None = None) -> Report:
    scope = scope or ReportScope()
    with case.read() as session:
        ids = resolve_scope(session, scope)
        return read_report(
            session, ids, case_name=case.name, reviewer="Exporting Reviewer", scope=scope.describe()
        )


def logical_lines(text: str) -> list[str]:
    """Text as pypdf extracts it from a PDF that Qt drew, in reading order: Arabic lines come out
    in visual order (reversed) and as presentation forms, words separated by tabs."""
    lines = []
    for line in text.splitlines():
        if ARABIC.search(line):
            line = line[::-1]
        lines.append(" ".join(unicodedata.normalize("NFKC", line).split()))
    return lines


def flat(text: str) -> str:
    """Text as a reader reads it: whitespace collapsed, without the invisible isolation marks
    (FSI, PDI) that keep case text from reordering the report's own words."""
    return " ".join(strip_isolates(text).split())


def outline(reader: Any, items: list[Any] | None = None) -> list[Any]:
    """A PDF's outline (a pypdf reader's) as (title, page index) pairs, nested as it is."""
    out: list[Any] = []
    for item in reader.outline if items is None else items:
        if isinstance(item, list):
            out.append(outline(reader, item))
        else:
            out.append((item.title, reader.get_destination_page_number(item)))
    return out
