"""Importing a local file into a case, and getting an evidence file back out of it."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db import operations as ops
from db.case import Case
from db.errors import InvalidInput, NotFound
from db.models import EvidenceFile, Source
from db.operations.sources import source_of_evidence
from db.text.direction import language_direction
from db.text.file_names import name_bytes, readable
from db.vocabulary import SourceKind

from .cache import cache_dir
from .errors import SourceReadError
from .limits import ReadLimits
from .reader import CAPTURES, FileBytes, Progress, Steps, kind_by_name, load_bytes, read_bytes
from .result import ReadOptions, ReadSource


@dataclass(frozen=True)
class ImportOutcome:
    source_id: int
    sha256: str
    size: int
    created: bool
    #: What was read; None when the same bytes were already in the case (nothing was read).
    read: ReadSource | None


def existing_source(case: Case, sha256: str) -> int | None:
    """The source already made from an evidence file with this SHA-256, if any (for a file
    of one document; a capture's pages are told apart once read)."""
    with case.read() as session:
        return source_of_evidence(session, sha256)


def direction_for(language: str, read_direction: str) -> str:
    """A language written right to left makes the source RTL; otherwise the script decides."""
    return "rtl" if language_direction(language) == "rtl" else read_direction


def store(
    case: Case,
    file: FileBytes,
    read: ReadSource,
    *,
    language: str | None = None,
    extra_details: dict[str, Any] | None = None,
) -> ImportOutcome:
    """Store the evidence file and its source in one unit of work (`extra_details`: what the
    importer knows beyond the file, e.g. the e-mail an attachment came with)."""
    chosen = language if language is not None else read.language
    details = {**read.details, **(extra_details or {})}
    if read.author:
        details["author"] = read.author
    if read.problems:
        details["problems"] = list(read.problems)
    if read.language:
        # The language the reader guessed, so that a new version may correct a guess (and
        # never a reviewer's choice).
        details["language_read"] = read.language
    raw_name = name_bytes(file.path.name)
    if raw_name is not None:  # shown with U+FFFD; its own bytes kept to find the file again
        details["file_name_bytes"] = raw_name.hex()
    with case.change() as uow:
        imported = ops.import_evidence(
            uow,
            content=file.data,
            file_name=readable(file.path.name),
            media_type=read.media_type,
            text=read.text,
            page_starts=read.page_starts,
            incomplete=read.incomplete,
            missing_pages=read.missing_pages,
            title=read.title,
            outlet=read.outlet,
            url=read.url,
            language=chosen,
            direction=direction_for(chosen, read.direction),
            published_on=read.published_on,
            kind=SourceKind.ARTICLE,
            details=details,
            keys=read.keys,
        )
    return ImportOutcome(
        imported.source_id, imported.sha256, len(file.data), imported.created, read
    )


def import_file(
    case: Case,
    path: str | Path,
    *,
    password: str | None = None,
    allow_partial: bool = False,
    language: str | None = None,
    limits: ReadLimits | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    encoding: str | None = None,
    ask_encoding: bool = False,
    options: ReadOptions | None = None,
    extra_details: dict[str, Any] | None = None,
    steps: Steps | None = None,
) -> ImportOutcome:
    """Read a local file and store it with its source; the same bytes already in the case give
    back their existing source without being read again. On any error the case is unchanged.
    `encoding` reads a text file in that encoding (the detected one may be in doubt); with
    `ask_encoding` a doubtful encoding raises `EncodingInDoubt` (nothing stored) so that the
    caller can ask, where without it the source is stored flagged "check the encoding".
    `options` name the page of a capture and the OCR language; a capture of several pages
    raises `PageChoiceNeeded` (nothing stored) until a page is named. `progress` counts a PDF's
    pages read, `steps` says what the import is doing (`reader.Steps`)."""
    limits = limits or ReadLimits.from_environment()
    file = load_bytes(path, limits)
    if kind_by_name(file.path) not in CAPTURES:
        existing = existing_source(case, file.sha256)
        if existing is not None:
            return ImportOutcome(existing, file.sha256, len(file.data), False, None)
    if steps is not None:
        steps("reading", 0, 0)
    read = read_bytes(
        file,
        password=password,
        allow_partial=allow_partial,
        limits=limits,
        progress=progress,
        cancelled=cancelled,
        encoding=encoding,
        ask_encoding=ask_encoding,
        options=options,
        steps=steps,
    )
    if steps is not None:
        steps("storing", 0, 0)
    return store(case, file, read, language=language, extra_details=extra_details)


_UNSAFE = re.compile(r"[^\w.\- ]+")


def export_evidence(case: Case, source_id: int) -> Path:
    """Write a source's evidence file to the cache folder, check its hash, and return the path
    (to open it in the system's viewer). The stored bytes never change; a copy in the cache that
    no longer matches is written again."""
    with case.read() as session:
        source = session.get(Source, source_id)
        if source is None:
            raise NotFound("source", source_id)
        if source.evidence_sha256 is None:
            raise InvalidInput(f"source {source_id} has no evidence file (nothing was imported)")
        evidence = session.get(EvidenceFile, source.evidence_sha256)
        if evidence is None:
            raise InvalidInput(f"the evidence file of source {source_id} is missing from the case")
        sha256, name, content = evidence.sha256, evidence.file_name, bytes(evidence.content)
    if hashlib.sha256(content).hexdigest() != sha256:
        raise InvalidInput(f"the evidence file {name} no longer matches its SHA-256 in the case")
    safe = _UNSAFE.sub("_", Path(name).name).strip(" .") or "evidence"
    target = cache_dir("evidence") / sha256 / safe
    if target.exists() and _sha256_of(target) == sha256:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=target.parent, suffix=".part")
    with os.fdopen(fd, "wb") as handle:
        handle.write(content)
    os.replace(temp, target)
    if _sha256_of(target) != sha256:
        raise SourceReadError(target, "the copy written to the cache does not match its SHA-256")
    return target


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
