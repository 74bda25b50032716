"""New versions of a source from a local file: a changed file of the same document
(`update_source`), or the same evidence file read again in another encoding (`reread_source`).
The file is read in reader processes as an import is; the version is made in one unit of work
by `db.operations.add_version`, which re-anchors every quote citing the source."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db import operations as ops
from db.case import Case
from db.errors import InvalidInput
from db.models import EvidenceFile, Source, SourceVersion
from db.operations._common import fetch
from db.unit_of_work import UnitOfWork

from .encoding import normal_name
from .importer import direction_for, export_evidence
from .limits import ReadLimits
from .reader import KINDS, FileBytes, Progress, load_bytes, read_bytes
from .result import ReadSource

ENCODED_KINDS = ("text", "markdown")


@dataclass(frozen=True)
class _Current:
    record_version: int
    evidence_sha256: str | None
    file_name: str
    encoding: str
    number: int


def _current(case: Case, source_id: int) -> _Current:
    """What the source holds now (InTrash for a source in the Trash, NotFound for none)."""
    from sqlalchemy import func, select

    with case.read() as session:
        source = fetch(session, Source, source_id)
        evidence = (
            session.get(EvidenceFile, source.evidence_sha256) if source.evidence_sha256 else None
        )
        number = session.scalar(
            select(func.max(SourceVersion.number)).where(SourceVersion.source_id == source_id)
        )
        return _Current(
            source.version,
            source.evidence_sha256,
            evidence.file_name if evidence else "",
            str((source.details or {}).get("encoding", "")),
            int(number or 1),
        )


def _details(read: ReadSource) -> dict[str, object]:
    details = dict(read.details)
    if read.author:
        details["author"] = read.author
    if read.problems:
        details["problems"] = list(read.problems)
    if read.language:
        details["language_read"] = read.language
    return details


def _guessed_language(source: Source, read: ReadSource) -> dict[str, str]:
    """The new reading's language, when the source's language is the reader's guess from the
    previous reading (a language a reviewer gave is kept)."""
    guessed = (source.details or {}).get("language_read")
    if not read.language or read.language == source.language or guessed != source.language:
        return {}
    return {"language": read.language, "direction": direction_for(read.language, read.direction)}


@dataclass(frozen=True)
class PreparedVersion:
    """A file read for a new version of a source, not yet in the case (`make_version` puts it
    there in a unit of work): what the slow part, reading, gives the quick part."""

    source_id: int
    file: FileBytes
    read: ReadSource
    reason: str
    why: str
    expected_version: int | None


def make_version(
    uow: UnitOfWork, prepared: PreparedVersion, *, accept_losses: bool = False
) -> ops.NewVersion:
    """Store the evidence file and make it the source's new version (re-anchoring its quotes);
    a reading's guessed language corrects a guess of the reading before."""
    file, read = prepared.file, prepared.read
    stored = ops.store_evidence(
        uow, file.data, file_name=file.path.name, media_type=read.media_type
    )
    source = fetch(uow.session, Source, prepared.source_id)
    return ops.add_version(
        uow,
        prepared.source_id,
        text=read.text,
        reason=prepared.reason,
        why=prepared.why,
        evidence_sha256=stored.sha256,
        page_starts=read.page_starts,
        incomplete=read.incomplete,
        missing_pages=read.missing_pages,
        details=_details(read),
        expected_version=prepared.expected_version,
        accept_losses=accept_losses,
        **_guessed_language(source, read),
    )


def prepare_update(
    case: Case,
    source_id: int,
    path: str | Path,
    *,
    why: str = "",
    encoding: str | None = None,
    password: str | None = None,
    allow_partial: bool = False,
    limits: ReadLimits | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PreparedVersion:
    """Read a changed file of a source for its new version. The source's record version is
    read before the file, so a reviewer who made another version meanwhile is not overwritten
    (VersionConflict from `make_version`)."""
    current = _current(case, source_id)
    limits = limits or ReadLimits.from_environment()
    file = load_bytes(path, limits)
    if file.sha256 == current.evidence_sha256 and encoding is None:
        raise InvalidInput(
            f"{Path(path).name} is the file of source {source_id}'s current version "
            f"(version {current.number}); nothing changed"
            + (
                f" (to read it in another encoding: source reread {source_id} --encoding NAME)"
                if current.encoding
                else ""
            )
        )
    read = read_bytes(
        file,
        password=password,
        allow_partial=allow_partial,
        limits=limits,
        progress=progress,
        cancelled=cancelled,
        encoding=encoding,
    )
    return PreparedVersion(source_id, file, read, "update", why, current.record_version)


def update_source(
    case: Case,
    source_id: int,
    path: str | Path,
    *,
    accept_losses: bool = False,
    **options: Any,
) -> ops.NewVersion:
    """Import a changed file of a source as its new version (`prepare_update` takes the
    options; see `db.operations.add_version` for what may be refused)."""
    prepared = prepare_update(case, source_id, path, **options)
    with case.change() as uow:
        return make_version(uow, prepared, accept_losses=accept_losses)


def prepare_reread(
    case: Case,
    source_id: int,
    encoding: str,
    *,
    why: str = "",
    limits: ReadLimits | None = None,
) -> PreparedVersion:
    """Read the source's own evidence file again in `encoding`, for its new version."""
    current = _current(case, source_id)
    if current.evidence_sha256 is None:
        raise InvalidInput(f"source {source_id} has no evidence file to read again")
    try:
        name = normal_name(encoding)
    except LookupError:
        raise InvalidInput(f"{encoding!r} is not an encoding Provenance Desk knows") from None
    if name == current.encoding:
        raise InvalidInput(
            f"source {source_id} is already read as {name} (version {current.number})"
        )
    if KINDS.get(Path(current.file_name).suffix.lower()) not in ENCODED_KINDS:
        raise InvalidInput(
            f"source {source_id} is not a text file ({current.file_name}): only text and "
            "Markdown files are read in an encoding"
        )
    # The reader processes read a file: the evidence file, written to the cache and checked.
    file = load_bytes(export_evidence(case, source_id), limits or ReadLimits.from_environment())
    if file.sha256 != current.evidence_sha256:
        raise InvalidInput(f"the evidence file of source {source_id} no longer matches its SHA-256")
    read = read_bytes(file, encoding=name, limits=limits, use_cache=False)
    return PreparedVersion(source_id, file, read, "reread", why, current.record_version)


def reread_source(
    case: Case, source_id: int, encoding: str, *, why: str = "", accept_losses: bool = False
) -> ops.NewVersion:
    """Read the source's own evidence file again in `encoding`, as its new version."""
    prepared = prepare_reread(case, source_id, encoding, why=why)
    with case.change() as uow:
        return make_version(uow, prepared, accept_losses=accept_losses)
