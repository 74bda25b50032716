"""Word-processor files: .docx by python-docx, .odt by odfpy, paragraph text with headings.

Paragraphs (and table rows) in document order, each a paragraph of its own (a blank line apart);
the title and author come from the document's own properties, or the first heading. Both files
are ZIP containers, opened through `archives.open_zip` first, so a ZIP bomb is refused before it
expands. Runs inside reader processes.
"""

from __future__ import annotations

import io
from typing import Any

from db.text.normalise import normalise_text

from .archives import open_zip
from .result import DOCX, ODT, ReadSource


class NotDocument(ValueError):
    """The file is not a document that can be read."""


def _join(blocks: list[tuple[str, bool]]) -> str:
    """The document's blocks, each a paragraph of its own (a heading is no part of the
    sentence after it)."""
    return "\n\n".join(t for text, _heading in blocks if (t := normalise_text(text).strip()))


def _docx_blocks(document: Any) -> list[tuple[str, bool]]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    blocks: list[tuple[str, bool]] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            style = (item.style.name if item.style is not None else "") or ""
            blocks.append((item.text, style.startswith(("Heading", "Title"))))
        elif isinstance(item, Table):
            for row in item.rows:
                cells: list[str] = []
                for cell in row.cells:
                    if cell.text not in cells:
                        cells.append(cell.text)
                blocks.append((" | ".join(cells), False))
    return blocks


def read_docx(data: bytes) -> ReadSource:
    open_zip(data, "Word document")
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise NotDocument(f"it is not a readable Word document ({str(exc)[:200]})") from None
    blocks = _docx_blocks(document)
    core = document.core_properties
    title = (core.title or "").strip() or next((t for t, h in blocks if h and t.strip()), "")
    created = core.created.date().isoformat() if core.created else None
    return ReadSource(
        media_type=DOCX,
        text=_join(blocks),
        title=normalise_text(title).strip()[:300],
        author=normalise_text(core.author or "").strip(),
        published_on=None,
        details={
            "document": {
                "created": created,
                "modified": core.modified.isoformat() if core.modified else None,
                "last_modified_by": core.last_modified_by or "",
                "headings": sum(1 for _t, h in blocks if h),
            }
        },
    )


def read_odt(data: bytes) -> ReadSource:
    archive = open_zip(data, "OpenDocument text")
    if "content.xml" not in archive.namelist():
        raise NotDocument("it is not an OpenDocument text (it has no content.xml)")
    from odf import teletype
    from odf.namespaces import TEXTNS
    from odf.opendocument import load

    try:
        document = load(io.BytesIO(data))
    except Exception as exc:  # odfpy raises whatever its XML parser raises
        raise NotDocument(f"it is not a readable OpenDocument text ({str(exc)[:200]})") from None
    blocks: list[tuple[str, bool]] = []

    def walk(node: Any) -> None:
        for child in node.childNodes:
            qname = getattr(child, "qname", None)
            if qname == (TEXTNS, "h"):
                blocks.append((teletype.extractText(child), True))
            elif qname == (TEXTNS, "p"):
                blocks.append((teletype.extractText(child), False))
            elif getattr(child, "childNodes", None):
                walk(child)

    walk(document.text)
    meta: dict[str, str] = {}
    for element in document.meta.childNodes:
        name = getattr(element, "qname", ("", ""))[1]
        if name in ("title", "initial-creator", "creator", "creation-date", "date"):
            meta[name] = teletype.extractText(element).strip()
    title = meta.get("title") or next((t for t, h in blocks if h and t.strip()), "")
    return ReadSource(
        media_type=ODT,
        text=_join(blocks),
        title=normalise_text(title).strip()[:300],
        author=normalise_text(meta.get("initial-creator") or meta.get("creator") or "").strip(),
        details={
            "document": {
                "created": meta.get("creation-date"),
                "modified": meta.get("date"),
                "headings": sum(1 for _t, h in blocks if h),
            }
        },
    )
