"""Every format carries the evidence files' SHA-256, the audit head, the time, the app version
and the reviewer who exported it."""

from __future__ import annotations

import io
import re
import zipfile

import pypdf
import pytest

from desktop.reports.export import FORMATS, render
from desktop.reports.jsonreport import iso
from desktop.wording import for_people

from .conftest import ReportCase
from .helpers import flat, make_report


def _text(fmt: str, data: bytes) -> str:
    if fmt == "pdf":
        reader = pypdf.PdfReader(io.BytesIO(data))
        return flat(" ".join(page.extract_text() for page in reader.pages))
    if fmt == "markdown":
        return flat(data.decode("utf-8"))
    if fmt == "csv":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return " ".join(archive.read(n).decode("utf-8-sig") for n in archive.namelist())
    return data.decode("utf-8")


URL = "https://desk.example.org/reports/case-1"
FOR_PEOPLE = {"html", "pdf", "markdown"}


REPORTS = [f for f in FORMATS if f != "web-annotation"]
"""The report formats; web-annotation exports the quotes' anchors, not a report
(tests/reports/test_web_annotation.py)."""


@pytest.mark.parametrize("fmt", REPORTS)
def test_report_facts_in_every_format(report_case: ReportCase, fmt: str) -> None:
    report = make_report(report_case.case)
    text = _text(fmt, render(report, fmt, base_url=URL))
    m = report.meta
    assert m.audit_head in text
    assert report_case.evidence_sha256 in text
    assert m.app_version in text
    assert m.reviewer in text
    # the time to the second: "2026-11-30 01:25:12 UTC" for people, ISO 8601 in data
    stamp = for_people(m.generated_at) if fmt in FOR_PEOPLE else iso(m.generated_at) or ""
    assert re.search(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d( UTC|Z)$", stamp)
    assert stamp in text
    assert not re.search(r"\d\d:\d\d:\d\d\.\d{6}", text)  # no microseconds anywhere
