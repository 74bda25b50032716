"""The export formats' names as the export dialog shows them, in the window's language (the
reports engine names them in English: `desktop.reports.export.FORMATS`)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

FORMAT_LABELS = {
    "html": QT_TRANSLATE_NOOP("ExportDialog", "HTML (one self-contained page)"),
    "pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF"),
    "markdown": QT_TRANSLATE_NOOP("ExportDialog", "Markdown"),
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV (zip of claims.csv and hops.csv)"),
    "json": QT_TRANSLATE_NOOP("ExportDialog", "JSON (Provenance Desk report schema)"),
    "prov-json": QT_TRANSLATE_NOOP("ExportDialog", "W3C PROV-JSON"),
    "prov-n": QT_TRANSLATE_NOOP("ExportDialog", "W3C PROV-N"),
    "claimreview": QT_TRANSLATE_NOOP("ExportDialog", "schema.org ClaimReview (JSON-LD)"),
    "web-annotation": QT_TRANSLATE_NOOP(
        "ExportDialog", "W3C Web Annotations of the quotes (JSON-LD)"
    ),
}
"""The formats' labels (`desktop.reports.export.FORMATS`) as the dialog shows them."""


def format_label(key: str, fallback: str) -> str:
    """The label of format `key`, translated (a format this table does not know: `fallback`)."""
    if key not in FORMAT_LABELS:
        return fallback
    return QCoreApplication.translate("ExportDialog", FORMAT_LABELS[key])
