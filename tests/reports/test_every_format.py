"""Every format carries the evidence files' SHA-256, the audit head, the time, the app version
and the reviewer who exported it."""

from __future__ import annotations

import io
import zipfile

import pypdf
import pytest

from desktop.reports.export import FORMATS, render
from desktop.reports.jsonreport import iso

from .conftest import ReportCase
from .helpers import flat, make_report


def _text(fmt: str, data: bytes) -> str:
    if fmt == "pdf":
        reader = pypdf.PdfReader(io.BytesIO(data))
        return flat(" ".join(page.extract_text() for page in reader.pages))
    if fmt == "csv":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return " ".join(archive.read(n).decode("utf-8-sig") for n in archive.namelist())
    return data.decode("utf-8")


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_report_facts_in_every_format(report_case: ReportCase, fmt: str) -> None:
    report = make_report(report_case.case)
    text = _text(fmt, render(report, fmt))
    m = report.meta
    assert m.audit_head in text
    assert report_case.evidence_sha256 in text
    assert m.app_version in text
    assert m.reviewer in text
    assert (iso(m.generated_at) or "") in text
