"""The export formats' names as the export dialog shows them, in the window's language (the
reports engine names them in English: `desktop.reports.export.FORMATS`), and the choice of the
report's own language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.reports.export import WORDED
from desktop.reports.words import LANGUAGES as REPORT_LANGUAGES

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


def report_language_box(parent: QWidget) -> QComboBox:
    """The languages the report's own words can be written in, each by its own name, English
    (the default) first; `WORDED` formats use it."""
    box = QComboBox(parent)
    box.setObjectName("reportLanguage")
    for code, name in REPORT_LANGUAGES.items():
        box.addItem(name, code)
    box.setToolTip(
        QCoreApplication.translate(
            "ExportDialog",
            "The language of the report's own words (headings, labels, dates) in HTML, PDF and "
            "Markdown. The case's text and values, and the data formats, are the same in every "
            "language.",
        )
    )
    return box


def report_language_applies(fmt: str) -> bool:
    return fmt in WORDED
