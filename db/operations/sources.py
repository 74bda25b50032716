"""Operations on sources and the evidence files they come from."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..models import EvidenceFile, Source, SourceVersion
from ..text.normalise import normalise_text, search_key
from ..text.source_keys import SourceKeys
from ..unit_of_work import UnitOfWork
from ..vocabulary import SourceKind
from ._common import (
    check_version,
    clean_language,
    clean_text,
    fetch,
    fetch_for_update,
    iso,
    parse_date,
)
from .translations import check_link, realign_links

MAX_SOURCE_TEXT = 50_000_000


def source_state(source: Source) -> dict[str, Any]:
    return {
        "title": source.title,
        "outlet": source.outlet,
        "url": source.url,
        "language": source.language,
        "direction": source.direction,
        "published_on": iso(source.published_on),
        "kind": source.kind,
        "translated_from": source.translated_from_id,
        "evidence": source.evidence_sha256,
        "text_length": len(source.text),
        "pages": len(source.page_starts),
        "incomplete": source.incomplete,
        "missing_pages": list(source.missing_pages),
        "version": source.version,
    }


def _direction(direction: str) -> str:
    if direction not in ("ltr", "rtl"):
        raise InvalidInput(f"text direction must be ltr or rtl, not {direction!r}")
    return direction


def _check_pages(page_starts: Sequence[int], text_length: int) -> list[int]:
    starts = [int(p) for p in page_starts]
    if starts and (starts[0] != 0 or starts != sorted(starts) or starts[-1] > text_length):
        raise InvalidInput("page starts must begin at 0, rise, and lie within the text")
    return starts


def add_source(
    uow: UnitOfWork,
    *,
    title: str = "",
    outlet: str = "",
    url: str = "",
    language: str = "",
    direction: str = "ltr",
    published_on: dt.date | str | None = None,
    kind: SourceKind | str = SourceKind.ARTICLE,
    translated_from_id: int | None = None,
    text: str = "",
    page_starts: Sequence[int] = (),
    evidence_sha256: str | None = None,
    incomplete: bool = False,
    missing_pages: Sequence[int] = (),
    details: dict[str, Any] | None = None,
    keys: SourceKeys | None = None,
) -> int:
    """A new source; `keys`: its search and band keys made ahead from the same text (by the
    reader process that read it: `db.text.source_keys`), used when they match the text."""
    if translated_from_id is not None:
        fetch(uow.session, Source, translated_from_id)
    if evidence_sha256 is not None and uow.session.get(EvidenceFile, evidence_sha256) is None:
        raise InvalidInput(f"no evidence file with SHA-256 {evidence_sha256}")
    body = normalise_text(text)
    if len(body) > MAX_SOURCE_TEXT:
        raise InvalidInput(f"source text is too long ({len(body):,} characters)")
    made = keys if keys is not None and keys.matches(body) else None
    source = Source(
        title=clean_text(title, "title", required=False, limit=2000),
        outlet=clean_text(outlet, "outlet", required=False, limit=500),
        url=clean_text(url, "URL", required=False, limit=4000),
        language=clean_language(language),
        direction=_direction(direction),
        published_on=parse_date(published_on, "publication date"),
        kind=SourceKind.parse(kind).value,
        translated_from_id=translated_from_id,
        text=body,
        text_key=made.text_key if made is not None else search_key(body),
        page_starts=_check_pages(page_starts, len(body)),
        evidence_sha256=evidence_sha256,
        incomplete=incomplete,
        missing_pages=sorted(int(p) for p in missing_pages),
        details=details or {},
        created_at=uow.now,
    )
    if not (source.title or source.outlet or source.url or source.text):
        raise InvalidInput("a source needs at least a title, an outlet, a URL or its text")
    uow.session.add(source)
    uow.session.flush()
    first = first_version(uow, source)
    from ..appearances import index_source  # on first use: the window starts without it

    index_source(uow.session, source.id, source.text_key, made.bands if made else None)
    uow.record(
        "add source", "source", source.id, None, source_state(source) | {"source_version": first}
    )
    uow.changes.sources.add(source.id)
    return source.id


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def first_version(uow: UnitOfWork, source: Source) -> int:
    """Version 1 of a new source: what it was made from. Returns the version's id."""
    version = SourceVersion(
        source_id=source.id,
        number=1,
        evidence_sha256=source.evidence_sha256,
        text=source.text,
        text_sha256=text_sha256(source.text),
        page_starts=list(source.page_starts),
        incomplete=source.incomplete,
        missing_pages=list(source.missing_pages),
        details=dict(source.details),
        reason="imported" if source.evidence_sha256 else "added",
        why="",
        created_by=uow.reviewer,
        created_at=uow.now,
        quotes={},
    )
    uow.session.add(version)
    uow.session.flush()
    return version.id


def edit_source(
    uow: UnitOfWork,
    source_id: int,
    *,
    expected_version: int | None = None,
    **fields: Any,
) -> int:
    """Change a source's metadata (title, outlet, url, language, direction, published_on, kind,
    translated_from_id); its text and evidence never change once stored. Returns the version."""
    allowed = {
        "title",
        "outlet",
        "url",
        "language",
        "direction",
        "published_on",
        "kind",
        "translated_from_id",
    }
    unknown = set(fields) - allowed
    if unknown:
        raise InvalidInput(f"a source has no editable field {', '.join(sorted(unknown))}")
    source = fetch_for_update(uow.session, Source, source_id)
    before = source_state(source)
    check_version(source, expected_version, dict(fields), before)
    for name, value in fields.items():
        if name in ("title", "outlet", "url"):
            value = clean_text(value, name, required=False, limit=4000)
        elif name == "language":
            value = clean_language(value)
        elif name == "direction":
            value = _direction(value)
        elif name == "published_on":
            value = parse_date(value, "publication date")
        elif name == "kind":
            value = SourceKind.parse(value).value
        elif name == "translated_from_id" and value is not None:
            check_link(uow.session, source.id, value)
        setattr(source, name, value)
    uow.session.flush()
    after = source_state(source)
    if after != before:
        uow.record("edit source", "source", source.id, before, after)
        uow.changes.sources.add(source.id)
    if any(before[k] != after[k] for k in ("language", "translated_from")):
        realign_links(uow, source.id)
    return source.version


@dataclass(frozen=True)
class StoredEvidence:
    sha256: str
    size: int
    created: bool


def store_evidence(
    uow: UnitOfWork, content: bytes, *, file_name: str, media_type: str
) -> StoredEvidence:
    """Keep a file's bytes in the case under their SHA-256 (once, however often imported)."""
    digest = hashlib.sha256(content).hexdigest()
    if uow.session.get(EvidenceFile, digest) is not None:
        return StoredEvidence(digest, len(content), created=False)
    uow.session.add(
        EvidenceFile(
            sha256=digest,
            size=len(content),
            file_name=clean_text(file_name, "file name", limit=1000),
            media_type=media_type,
            content=content,
            imported_at=uow.now,
        )
    )
    uow.session.flush()
    uow.record(
        "store evidence",
        "evidence",
        digest,
        None,
        {"file_name": file_name, "size": len(content), "media_type": media_type},
    )
    return StoredEvidence(digest, len(content), created=True)


def part_of(details: Any) -> str:
    """Which part of its evidence file a source is ("" for a file that is one document)."""
    return str((details or {}).get("part", "")) if isinstance(details, dict) else ""


def source_of_evidence(session: Session, sha256: str, part: str | None = "") -> int | None:
    """The first source (not in the trash) made from this evidence file and part of it; any
    part when `part` is None."""
    rows = session.execute(
        select(Source.id, Source.details)
        .where(Source.evidence_sha256 == sha256, Source.deleted_at.is_(None))
        .order_by(Source.id)
    )
    for source_id, details in rows:
        if part is None or part_of(details) == part:
            return int(source_id)
    return None


@dataclass(frozen=True)
class ImportedSource:
    source_id: int
    sha256: str
    created: bool


def import_evidence(
    uow: UnitOfWork,
    *,
    content: bytes,
    file_name: str,
    media_type: str,
    text: str,
    page_starts: Sequence[int] = (),
    incomplete: bool = False,
    missing_pages: Sequence[int] = (),
    **metadata: Any,
) -> ImportedSource:
    """Store an imported file and the source read from it; a file already in the case returns
    its existing source instead of a second copy. `metadata` takes the fields of `add_source`.
    A file that holds several documents (the pages of a web capture) gives one source per
    part: `details["part"]` names it, and only the same part counts as already there."""
    stored = store_evidence(uow, content, file_name=file_name, media_type=media_type)
    existing = source_of_evidence(uow.session, stored.sha256, part_of(metadata.get("details")))
    if existing is not None:
        return ImportedSource(existing, stored.sha256, created=False)
    source_id = add_source(
        uow,
        text=text,
        page_starts=page_starts,
        evidence_sha256=stored.sha256,
        incomplete=incomplete,
        missing_pages=missing_pages,
        **metadata,
    )
    return ImportedSource(source_id, stored.sha256, created=True)


def evidence_bytes(uow: UnitOfWork, sha256: str) -> bytes:
    """The stored bytes of an evidence file, checked against their hash."""
    row = uow.session.get(EvidenceFile, sha256)
    if row is None:
        raise InvalidInput(f"no evidence file with SHA-256 {sha256}")
    if hashlib.sha256(row.content).hexdigest() != sha256:
        raise InvalidInput(f"the evidence file {row.file_name} no longer matches its SHA-256")
    return row.content
