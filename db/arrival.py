"""How a source's evidence reached the desk, in a reader's words, from what its reader recorded.

A web capture's page, capture time and signature; an e-mail's sender, date and attachments;
the e-mail an attachment came with; text recognised by OCR and how sure the recogniser was.
Each fact is a (label, value) pair for the source's details (window) and `source show` (CLI).
"""

from __future__ import annotations

from typing import Any


def _size(size: Any) -> str:
    try:
        value = float(size)
    except (TypeError, ValueError):
        return "?"
    for unit in ("bytes", "KB", "MB"):
        if value < 1024 or unit == "MB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} MB"  # pragma: no cover


def arrival_facts(details: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(details, dict):
        return ()
    facts: list[tuple[str, str]] = []
    capture = details.get("capture")
    if isinstance(capture, dict):
        pages = int(capture.get("pages") or 1)
        what = str(capture.get("format") or "capture")
        facts.append(("capture", f"{what} of {pages} page{'s' if pages != 1 else ''}"))
        facts.append(("page", str(capture.get("page") or "")))
        facts.append(("retrieved", str(capture.get("captured_at") or "not recorded")))
        if capture.get("format") == "WACZ":
            facts.append(("signature", str(capture.get("signature") or "not signed")))
    mail = details.get("email")
    if isinstance(mail, dict):
        facts.append(("from", str(mail.get("from", ""))))
        facts.append(("sent", str(mail.get("date", ""))))
        facts.append(("subject", str(mail.get("subject", ""))))
    attachments = details.get("attachments")
    if isinstance(attachments, list) and attachments:
        listed = ", ".join(
            f"{a.get('file_name', '?')} ({_size(a.get('size'))})"
            for a in attachments
            if isinstance(a, dict)
        )
        facts.append(("attachments", listed))
    parent = details.get("attachment_of")
    if isinstance(parent, dict):
        facts.append(
            (
                "attached to",
                f"source {parent.get('source')} (the e-mail {parent.get('file_name', '')})",
            )
        )
    ocr = details.get("ocr")
    if isinstance(ocr, dict):
        facts.append(("reading", ocr_summary(ocr)))
    return tuple((label, value) for label, value in facts if value)


def ocr_language(details: Any) -> str:
    """The Tesseract language(s) a source's text was recognised in ("" when not by OCR)."""
    ocr = details.get("ocr") if isinstance(details, dict) else None
    return str(ocr.get("language") or "") if isinstance(ocr, dict) else ""


def ocr_summary(ocr: dict[str, Any]) -> str:
    """ "text recognised by OCR (mean confidence 91 %, Tesseract, ara+eng)"."""
    confidence = ocr.get("mean_confidence")
    shown = f"mean confidence {float(confidence):.0f} %" if confidence is not None else ""
    pages = ocr.get("pages_recognised")
    where = ""
    if isinstance(pages, list) and pages:
        where = ("page " if len(pages) == 1 else "pages ") + ", ".join(map(str, pages[:20]))
    parts = ", ".join(p for p in (shown, f"Tesseract, {ocr.get('language', '?')}", where) if p)
    return f"text recognised by OCR ({parts})"
