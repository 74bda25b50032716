"""The line of facts under a source's title in the viewer (outlet, date, language and
direction, pages, size, hash; how it arrived), in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.text.direction import isolate
from db.views import SourceView

from ..common.placeholders import arg

translate = QCoreApplication.translate


def describe(view: SourceView) -> str:
    parts = [isolate(view.outlet), view.published_on.isoformat() if view.published_on else ""]
    direction = (
        translate("SourceFacts", "right to left")
        if view.direction == "rtl"
        else translate("SourceFacts", "left to right")
    )
    language = isolate(view.language) or translate("SourceFacts", "language?")
    parts.append(arg(translate("SourceFacts", "%1 (%2)"), language, direction))
    if view.pages:
        parts.append(translate("SourceFacts", "%n page(s)", "", view.pages))
        if view.page_labels:
            parts.append(
                arg(
                    translate("SourceFacts", "numbered %1–%2"),
                    view.page_labels[0],
                    view.page_labels[-1],
                )
            )
    if view.size is not None:
        parts.append(translate("SourceFacts", "%n byte(s)", "", view.size))
    if view.evidence_sha256:
        parts.append(f"SHA-256 {view.evidence_sha256[:16]}…")
    line = " · ".join(p for p in parts if p)
    arrival = "\n".join(f"{label}: {isolate(value)}" for label, value in view.arrival)
    return f"{line}\n{arrival}" if arrival else line
