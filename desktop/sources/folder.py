"""Importing every readable file under a folder: read in parallel, stored one file at a time.

Files are found recursively (symbolic links followed once: a link back to a folder already
walked is reported, not followed again), read by the reader processes (`reader.read_bytes`),
`ReadLimits.processes` at a time, and each stored in its own unit of work, so a file that is
refused or cancelled leaves nothing in the case. Two copies of the same bytes (any names) are
stored once: the second counts as already in the case. No Qt here (layer rule).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from db.case import Case
from db.errors import CaseError
from db.text.file_names import readable

from .errors import (
    PageChoiceNeeded,
    PartialRead,
    PasswordRequired,
    ReadCancelled,
    SourceReadError,
)
from .importer import existing_source, store
from .limits import ReadLimits
from .reader import CAPTURES, FileBytes, kind_by_name, load_bytes, read_bytes
from .result import ReadOptions, ReadSource

FolderProgress = Callable[[int, int, Path], None]
"""Called after each file with (files done, files found, the file)."""


class Outcome(Enum):
    IMPORTED = "imported"
    ALREADY = "already in the case"
    UNSUPPORTED = "skipped as unsupported"
    REFUSED = "refused"


@dataclass(frozen=True)
class FileResult:
    """What became of one file: its source (imported or already there), or why not."""

    path: Path
    outcome: Outcome
    source_id: int | None = None
    reason: str = ""
    #: Refused for a reason the reviewer can act on (a password, --allow-partial), not because
    #: the file cannot be read at all.
    actionable: bool = False

    @property
    def shown(self) -> str:
        """The path as text a person can read (U+FFFD for bytes of its name that are not
        UTF-8): what a summary prints and the window shows."""
        return readable(self.path)


@dataclass(frozen=True)
class FolderSummary:
    """Every file found, by outcome, in the order they were found; `cancelled` when the
    reviewer stopped the import (files not reached are not listed)."""

    results: tuple[FileResult, ...]
    cancelled: bool = False

    def of(self, outcome: Outcome) -> list[FileResult]:
        return [r for r in self.results if r.outcome is outcome]

    @property
    def complete(self) -> bool:
        """Everything readable was imported: nothing was cancelled and no refusal is one the
        reviewer could lift (a password, a partial read)."""
        return not self.cancelled and not any(r.actionable for r in self.results)

    def counts(self) -> dict[str, int]:
        return {o.value: len(self.of(o)) for o in Outcome}

    def line(self) -> str:
        """One line for a person: imported 12, already in the case 3, …"""
        parts = [f"{o.value} {n}" for o, n in zip(Outcome, self.counts().values(), strict=True)]
        return ", ".join(parts) + (" (cancelled)" if self.cancelled else "")


@dataclass
class _Walk:
    files: list[Path] = field(default_factory=list)
    results: list[FileResult] = field(default_factory=list)
    seen_dirs: set[tuple[int, int]] = field(default_factory=set)
    seen_files: set[tuple[int, int]] = field(default_factory=set)


def _supported(path: Path) -> bool:
    return kind_by_name(path) is not None


def _add_file(walk: _Walk, path: Path) -> None:
    try:
        info = path.stat()
    except FileNotFoundError:
        walk.results.append(FileResult(path, Outcome.REFUSED, reason="a broken link"))
        return
    except OSError as exc:
        walk.results.append(FileResult(path, Outcome.REFUSED, reason=exc.strerror or str(exc)))
        return
    if not _supported(path):
        walk.results.append(
            FileResult(path, Outcome.UNSUPPORTED, reason=f"{path.suffix or 'no'} extension")
        )
        return
    key = (info.st_dev, info.st_ino)
    if key in walk.seen_files:
        return  # the same file reached twice through links: one entry
    walk.seen_files.add(key)
    walk.files.append(path)


def _walk_dir(walk: _Walk, root: Path) -> None:
    try:
        info = root.stat()
    except OSError as exc:
        walk.results.append(FileResult(root, Outcome.REFUSED, reason=exc.strerror or str(exc)))
        return
    walk.seen_dirs.add((info.st_dev, info.st_ino))

    def refused_dir(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else root
        walk.results.append(
            FileResult(where, Outcome.REFUSED, reason=f"the folder cannot be read ({exc.strerror})")
        )

    for folder, dirs, names in os.walk(root, followlinks=True, onerror=refused_dir):
        here = Path(folder)
        kept = []
        for name in sorted(dirs):
            sub = here / name
            try:
                key = (sub.stat().st_dev, sub.stat().st_ino)
            except OSError as exc:
                walk.results.append(
                    FileResult(sub, Outcome.REFUSED, reason=exc.strerror or str(exc))
                )
                continue
            if key in walk.seen_dirs:
                walk.results.append(
                    FileResult(
                        sub,
                        Outcome.REFUSED,
                        reason="a link to a folder already imported (a loop); not followed",
                    )
                )
                continue
            walk.seen_dirs.add(key)
            kept.append(name)
        dirs[:] = kept
        for name in sorted(names):
            _add_file(walk, here / name)


def find_files(roots: Sequence[str | Path]) -> tuple[list[Path], list[FileResult]]:
    """The importable files under `roots` (folders walked recursively, files taken as given),
    and what was set aside while looking: unsupported files, unreadable folders, link loops."""
    walk = _Walk()
    for root in map(Path, roots):
        if root.is_dir():
            _walk_dir(walk, root)
        else:
            _add_file(walk, root)
    return walk.files, walk.results


@dataclass(frozen=True)
class _Read:
    file: FileBytes | None
    read: ReadSource | None
    result: FileResult | None


class _Reading:
    """Reads files on worker threads (each drives its reader process); claims each SHA-256
    once, so two copies of the same bytes are read and stored once."""

    def __init__(
        self,
        case: Case,
        limits: ReadLimits,
        allow_partial: bool,
        cancelled: Callable[[], bool],
        options: ReadOptions | None = None,
    ) -> None:
        self.options = options
        self.case = case
        self.limits = limits
        self.allow_partial = allow_partial
        self.cancelled = cancelled
        self.claimed: dict[str, Path] = {}
        self.lock = threading.Lock()

    def __call__(self, path: Path) -> _Read:
        try:
            file = load_bytes(path, self.limits)
            with self.lock:
                first = self.claimed.setdefault(file.sha256, path)
            if first != path:
                return _Read(
                    None,
                    None,
                    FileResult(path, Outcome.ALREADY, reason=f"same as {readable(first)}"),
                )
            existing = (
                existing_source(self.case, file.sha256)
                if kind_by_name(path) not in CAPTURES
                else None
            )
            if existing is not None:
                return _Read(None, None, FileResult(path, Outcome.ALREADY, existing))
            read = read_bytes(
                file,
                allow_partial=self.allow_partial,
                limits=self.limits,
                cancelled=self.cancelled,
                options=self.options,
            )
            return _Read(file, read, None)
        except ReadCancelled:
            raise
        except PasswordRequired as exc:
            return _Read(None, None, FileResult(path, Outcome.REFUSED, None, exc.reason, True))
        except PageChoiceNeeded as exc:
            reason = f"{exc.reason} (import it on its own to choose a page)"
            return _Read(None, None, FileResult(path, Outcome.REFUSED, None, reason, True))
        except PartialRead as exc:
            return _Read(
                None,
                None,
                FileResult(path, Outcome.REFUSED, None, f"{exc.reason} (--allow-partial)", True),
            )
        except SourceReadError as exc:
            reason = f"{exc.reason} ({exc.hint})" if exc.hint else exc.reason
            return _Read(None, None, FileResult(path, Outcome.REFUSED, reason=reason))
        except (CaseError, OSError, ValueError) as exc:  # this file only: the folder goes on
            return _Read(None, None, FileResult(path, Outcome.REFUSED, reason=_why(exc)))


def import_folder(
    case: Case,
    roots: Sequence[str | Path],
    *,
    language: str | None = None,
    allow_partial: bool = False,
    limits: ReadLimits | None = None,
    progress: FolderProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
    ocr_language: str | None = None,
) -> FolderSummary:
    """Import every supported file under `roots` (folders, recursively, or files).

    Files are read `limits.processes` at a time and stored one unit of work each, as they
    come; `progress(done, found, path)` after each file; `cancelled()` stops the import
    between files and inside a reading (a file being read is then left out whole).
    """
    limits = limits or ReadLimits.from_environment()
    stop = cancelled or (lambda: False)
    files, set_aside = find_files(roots)
    results: list[FileResult] = list(set_aside)
    reading = _Reading(case, limits, allow_partial, stop, ReadOptions(ocr_language=ocr_language))
    total = len(files)
    done = 0
    was_cancelled = False
    workers = max(1, limits.processes)
    pending: dict[Future[_Read], Path] = {}
    queue: Iterator[Path] = iter(files)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="provdesk-import") as pool:

        def fill() -> None:
            while len(pending) < workers * 2 and not stop():
                path = next(queue, None)
                if path is None:
                    return
                pending[pool.submit(reading, path)] = path

        fill()
        while pending:
            finished, _ = wait(list(pending), return_when=FIRST_COMPLETED)
            for future in finished:
                path = pending.pop(future)
                try:
                    outcome = future.result()
                except ReadCancelled:
                    was_cancelled = True
                    continue
                if stop():
                    was_cancelled = True
                    continue
                if outcome.result is not None:
                    results.append(outcome.result)
                elif outcome.file is not None and outcome.read is not None:
                    results.append(_store(case, outcome.file, outcome.read, language))
                done += 1
                if progress is not None:
                    progress(done, total, path)
            if stop():
                was_cancelled = True
                for future in list(pending):
                    if future.cancel():
                        del pending[future]
            else:
                fill()
    return FolderSummary(tuple(results), cancelled=was_cancelled or (stop() and done < total))


def _why(exc: BaseException) -> str:
    """One line for a summary: why this file was refused."""
    if isinstance(exc, OSError) and exc.strerror:
        return readable(exc.strerror)
    return readable(str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)


def _store(case: Case, file: FileBytes, read: ReadSource, language: str | None) -> FileResult:
    try:
        stored = store(case, file, read, language=language)
    except (CaseError, OSError, ValueError) as exc:  # this file only: the folder goes on
        return FileResult(file.path, Outcome.REFUSED, reason=_why(exc))
    if not stored.created:
        return FileResult(file.path, Outcome.ALREADY, stored.source_id)
    return FileResult(file.path, Outcome.IMPORTED, stored.source_id)
