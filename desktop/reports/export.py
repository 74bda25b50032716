"""Export a report: pick the claims, read them once, render one format, write the file.

The GUI's export worker and `provdesk-cli export` both call `export_report`. The file is written
to a temporary name beside the destination and renamed into place at the end, so a cancelled
or failed export never leaves half a report under the chosen name.

A signed export (`sign_as=`) names the desk key's fingerprint in the report, so the key is read
from the keyring before anything is rendered; the file is then signed in a private folder beside
the destination and only moved into place, with its `<file>.sig`, once the signature exists. A
report that names a key is never left without the signature that key made.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from db.case import Case
from db.errors import InvalidInput
from db.operations.case_settings import check_publish_url, publish_url

from .formats import FORMATS as FORMATS
from .formats import ExportFormat as ExportFormat
from .model import (
    ExportCancelled,
    Report,
    ReportClaim,
    ReportMeta,
    iter_report_claims,
    read_report,
)
from .pdf_spill import Numbers
from .scope import ReportScope, resolve_scope, scope_ids
from .words import UnknownLanguage, report_words

Progress = Callable[[int, int], None]


class ExportError(Exception):
    """An export could not be written; the message is one line for a person."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    claims: int
    size: int
    signature: Path | None = None
    """The detached signature `<file>.sig` of a signed export."""
    signing_key: str = ""
    left_out: int = 0
    """Claims of the scope the file does not hold (ClaimReview: no final verdict yet)."""
    left_out_why: str = ""


WORDED = frozenset({"html", "pdf", "markdown"})
"""The formats written in the reviewer's words, in the language chosen; the others are data."""


def render(
    report: Report,
    fmt: str,
    *,
    step: Callable[[int], None] | None = None,
    base_url: str = "",
    language: str = "en",
) -> bytes:
    """The report in format `fmt` (a key of FORMATS); the HTML, PDF and Markdown reports'
    own words in `language` (`words.LANGUAGES`; the other formats are data and keep theirs)."""
    # The renderers (and the `prov` library) load only when a report is written, so the
    # command line's read commands start without them.
    from . import claimreview, csvreport, html, jsonreport, markdown, provreport

    try:
        words = report_words(language)
    except UnknownLanguage as exc:
        raise ExportError(str(exc)) from None
    if fmt == "html":
        return html.render(report, step, base_url=base_url, words=words)
    if fmt == "pdf":
        from . import pdf  # fpdf2 only when a PDF is asked for

        try:
            return pdf.render(report, step, base_url=base_url, words=words)
        except pdf.PdfUnavailable as exc:
            raise ExportError(str(exc)) from None
    if fmt == "markdown":
        return markdown.render(report, step, words=words)
    if fmt == "csv":
        return csvreport.render(report)
    if fmt == "json":
        return jsonreport.render(report)
    if fmt == "prov-json":
        return provreport.render_json(report, step)
    if fmt == "prov-n":
        return provreport.render_provn(report, step)
    if fmt == "claimreview":
        try:
            return claimreview.render(report, base_url=base_url)
        except claimreview.NoPublishingUrl as exc:
            raise ExportError(str(exc)) from None
    raise ExportError(f"unknown report format {fmt!r}; choose one of: {', '.join(FORMATS)}")


def check_destination(path: Path, *, folder: bool = False) -> None:
    """Fail before any work when the destination cannot be written."""
    target_dir = path if folder and path.is_dir() else path.parent
    if not folder and path.is_dir():
        raise ExportError(f"{path} is a folder; give a file name for the report")
    if not target_dir.exists():
        if folder and target_dir.parent.is_dir() and os.access(target_dir.parent, os.W_OK):
            return
        raise ExportError(f"cannot write the report: the folder {target_dir} does not exist")
    if not target_dir.is_dir():
        raise ExportError(f"cannot write the report: {target_dir} is not a folder")
    if not os.access(target_dir, os.W_OK | os.X_OK):
        raise ExportError(f"cannot write the report: the folder {target_dir} is not writable")


Content = bytes | Callable[[BinaryIO], None]
"""A report's bytes, or a function writing them into an open file (a streamed PDF)."""


def _write_content(handle: BinaryIO, content: Content) -> int:
    if isinstance(content, bytes):
        handle.write(content)
    else:
        content(handle)
    return handle.tell()


def _write_atomically(path: Path, content: Content) -> int:
    """Write `content` under a temporary name, then give it its name; nothing is left behind
    when it fails. Returns its size."""
    temp = ""
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        with os.fdopen(handle, "wb") as out:
            size = _write_content(out, content)
        os.chmod(temp, 0o644)  # mkstemp makes it private; a report is meant to be shared
        os.replace(temp, path)
        temp = ""
        return size
    except OSError as exc:
        raise ExportError(f"cannot write the report to {path}: {exc.strerror or exc}") from exc
    finally:
        if temp:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def _pdf_writer(
    meta: ReportMeta,
    claims: Callable[[], Iterable[ReportClaim]],
    step: Callable[[int], None],
    language: str,
) -> Callable[[BinaryIO], None]:
    """Writes the PDF report into a file as it is laid out, its claims read in batches as it
    goes (its memory stays flat whatever the number of claims)."""
    from . import pdf

    words = report_words(language)

    def write(out: BinaryIO) -> None:
        try:
            pdf.write_claims(meta, claims, out, step, base_url=meta.publish_url, words=words)
        except pdf.PdfUnavailable as exc:
            raise ExportError(str(exc)) from None

    return write


def signing_fingerprint() -> str:
    """The fingerprint of the desk's key, read before a signed report is rendered."""
    from desktop import signing  # cryptography and the keyring only when signing

    try:
        fingerprint = signing.desk_fingerprint()
    except signing.SigningError as exc:
        raise ExportError(f"{exc}; the report was not written") from None
    if fingerprint is None:
        raise ExportError(
            "the desk has no signing key yet; create one first (provdesk-cli key create); "
            "the report was not written"
        )
    return fingerprint


def _write_signed(path: Path, content: Content, signer: str, fingerprint: str) -> tuple[Path, int]:
    """Write the report and its signature, signed (from the file on disk, read in blocks)
    before either reaches its name. Returns the signature's path and the report's size."""
    from desktop import signing

    staging = ""
    try:
        staging = tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        report = Path(staging) / path.name
        with report.open("wb") as out:
            size = _write_content(out, content)
        os.chmod(report, 0o644)
        try:
            signature = signing.sign_file(report, signer=signer)
        except signing.SigningError as exc:
            raise ExportError(f"{exc}; the report was not written") from None
        if json.loads(signature.read_text("utf-8")).get("fingerprint") != fingerprint:
            raise ExportError(
                "the desk's signing key changed while the report was written; export it again"
            )
        target = signing.signature_path(path)
        os.replace(report, path)
        try:
            os.replace(signature, target)
        except OSError:
            with contextlib.suppress(OSError):
                path.unlink()  # never a report that names a key without its signature
            raise
        return target, size
    except OSError as exc:
        raise ExportError(f"cannot write the report to {path}: {exc.strerror or exc}") from exc
    finally:
        if staging:
            shutil.rmtree(staging, ignore_errors=True)


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a report is built: it allocates millions of
    small objects and no cycles, and the collector would scan them all again and again (a third
    of the export time of a large case). Only the outermost pause turns it back on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def export_report(
    case: Case,
    scope: ReportScope,
    fmt: str,
    destination: Path,
    *,
    reviewer: str,
    csv_folder: bool = False,
    base_url: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: dt.datetime | None = None,
    sign_as: str | None = None,
    language: str = "en",
) -> ExportResult:
    """Write the report of `scope` in format `fmt` to `destination`, the HTML, PDF and
    Markdown reports' own words in `language` ("en", "ar", "tr", "ru"; the case's values and
    the data formats' fields are the same in every language).

    `base_url` is the absolute http(s) address the report is published at (ClaimReview `url`s
    are `base_url#claim-N`); without it the case's publishing URL applies, and ClaimReview is
    refused (ExportError) when the case has none either.

    With `sign_as` (the signer's name) the report names the desk key's fingerprint and is signed
    with it (`<destination>.sig`). Progress counts claims twice (read, then rendered). Raises
    ExportCancelled when `cancelled` turns true (nothing is written), ExportError when the file
    cannot be written or signed (nothing is written), and the case's own errors
    (`db.errors.CaseError`) when the case cannot be read.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown report format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    try:
        report_words(language)
    except UnknownLanguage as exc:
        raise ExportError(str(exc)) from None
    folder = fmt == "csv" and csv_folder
    if folder and sign_as is not None:
        raise ExportError("a folder of CSV files cannot be signed; export the zip to sign it")
    try:
        base_url = check_publish_url(base_url)
    except InvalidInput as exc:
        raise ExportError(f"--base-url: {exc}") from None
    if fmt == "claimreview" and not base_url:
        from .claimreview import NO_URL_MESSAGE

        with case.read() as session:  # refuse before reading a large case
            if not publish_url(session):
                raise ExportError(NO_URL_MESSAGE)
    destination = Path(destination).expanduser()
    check_destination(destination, folder=folder)
    fingerprint = signing_fingerprint() if sign_as is not None else ""
    with paused_gc():
        return _export(
            case,
            scope,
            fmt,
            destination,
            folder,
            reviewer,
            base_url,
            progress,
            cancelled,
            now,
            (sign_as or "", fingerprint),
            language,
        )


def _export(
    case: Case,
    scope: ReportScope,
    fmt: str,
    destination: Path,
    folder: bool,
    reviewer: str,
    base_url: str,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    now: dt.datetime | None,
    signing: tuple[str, str],
    language: str = "en",
) -> ExportResult:
    from . import claimreview, csvreport, webannotation

    signer, fingerprint = signing
    annotated = b""
    with case.read() as session:
        streamed = fmt == "pdf"  # its claims read as they are laid out, signed or not
        # a streamed report keeps its claims' ids in a temporary file: its memory is the same
        # whatever the number of claims
        ids = Numbers(scope_ids(session, scope)) if streamed else resolve_scope(session, scope)
        total = 2 * len(ids)

        def read_progress(done: int, _total: int) -> None:
            if progress is not None:
                progress(done, total)

        def step(index: int) -> None:
            if cancelled is not None and cancelled():
                raise ExportCancelled("the export was cancelled")
            if progress is not None and index % 50 == 0:
                progress(len(ids) + index, total)

        words = report_words(language) if fmt in WORDED else report_words()
        report = read_report(
            session,
            () if streamed else ids,
            case_name=case.name,
            reviewer=reviewer,
            scope=scope.describe(words),
            progress=read_progress,
            cancelled=cancelled,
            now=now,
            signing_key=fingerprint,
            publish_url=base_url,
        )
        if streamed:
            reads: list[int] = []

            def claims() -> Iterable[ReportClaim]:
                reads.append(1)  # the first reading (the contents) is the read progress
                shown = read_progress if len(reads) == 1 else None
                return iter_report_claims(session, ids, progress=shown, cancelled=cancelled)

            writer = _pdf_writer(report.meta, claims, step, language)
            signature = None
            if fingerprint:
                signature, size = _write_signed(destination, writer, signer, fingerprint)
            else:
                size = _write_atomically(destination, writer)
            if progress is not None:
                progress(total, total)
            return ExportResult(destination, len(ids), size, signature, fingerprint)
        if fmt == "web-annotation":
            selectors = webannotation.quote_selectors(
                session, (h for c in report.claims for h in c.hops)
            )
            annotated = webannotation.render(report, selectors)
    if fmt == "claimreview" and not report.meta.publish_url:
        raise ExportError(claimreview.NO_URL_MESSAGE)
    base_url = report.meta.publish_url
    held, left_out, why = len(report.claims), 0, ""
    if fmt == "claimreview":
        held = len(claimreview.claim_reviews(report, base_url))
        left_out, why = len(report.claims) - held, claimreview.LEFT_OUT_WHY

    if folder:
        if cancelled is not None and cancelled():
            raise ExportCancelled("the export was cancelled")
        try:
            written = csvreport.write_folder(report, destination)
        except OSError as exc:
            raise ExportError(f"cannot write the report to {destination}: {exc.strerror}") from exc
        size = sum(p.stat().st_size for p in written)
    elif fingerprint:
        content = (
            annotated
            if fmt == "web-annotation"
            else render(report, fmt, step=step, base_url=base_url, language=language)
        )
        if cancelled is not None and cancelled():
            raise ExportCancelled("the export was cancelled")
        signature, _size = _write_signed(destination, content, signer, fingerprint)
        if progress is not None:
            progress(total, total)
        return ExportResult(destination, held, len(content), signature, fingerprint, left_out, why)
    else:
        content = (
            annotated
            if fmt == "web-annotation"
            else render(report, fmt, step=step, base_url=base_url, language=language)
        )
        if cancelled is not None and cancelled():
            raise ExportCancelled("the export was cancelled")
        _write_atomically(destination, content)
        size = len(content)
    if progress is not None:
        progress(total, total)
    return ExportResult(destination, held, size, left_out=left_out, left_out_why=why)
