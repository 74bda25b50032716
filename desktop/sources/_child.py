"""What runs inside a reader process: one task, under a memory limit, results sent by pipe.

Messages to the parent are tuples: ("opened", pages, metadata, declared_pages, page_labels),
("page", index, text, error, reordered, rtl_letters, letters, limit_note), ("done", language,
warnings, stats), ("result", json),
("password", wrong), ("error", reason), ("choose", pages, asked) when a capture holds
several pages. Any exception ends in ("error", reason): a reader
process never shows a traceback to anyone.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import language, pdf
from .html import NoArticle, read_html
from .result import ReadSource
from .scans import ScannedPages
from .text import NotText, read_text


def _limit_memory(limit: int) -> None:
    """RLIMIT_AS where the system has it (not on Windows, where only the deadline applies)."""
    try:
        import resource
    except ImportError:
        return
    if limit <= 0:
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _read_checked(path: str, sha256: str) -> bytes:
    data = Path(path).read_bytes()
    if hashlib.sha256(data).hexdigest() != sha256:
        raise ValueError("the file changed while it was being read")
    return data


def _pdf_pages(
    send: Any,
    path: str,
    sha256: str,
    password: str | None,
    worker: int,
    counter: Any,
    max_stream_bytes: int,
    ocr_language: str | None = None,
) -> None:
    scans = ScannedPages(data=b"", languages=ocr_language)
    log = pdf.WarningLog()
    logging.getLogger("pypdf").addHandler(log)
    data = _read_checked(path, sha256)
    scans.data = data
    with pdf.limits(max_stream_bytes):
        try:
            reader = pdf.open_or_repair(data, password)
        except pdf.NeedsPassword as exc:
            send(("password", exc.wrong))
            return
        pages = reader.pages
        count = len(pages)
        if worker == 0:
            send(
                (
                    "opened",
                    count,
                    pdf.metadata(reader),
                    pdf.declared_page_count(reader),
                    pdf.page_labels(reader),
                )
            )
        else:
            send(("opened", count, None, None, None))
        cut_short = pdf.is_cut_short(data)
        sample: list[str] = []
        sampled = 0
        done = 0
        while True:
            with counter.get_lock():
                index = counter.value
                if index >= count:
                    break
                counter.value = index + 1
            limits_before = log.limits
            try:
                page = pages[index]
                page.get_contents()  # decodes the content streams: a bomb stops here, loudly
                raw = pdf.extract_page_text(page)
            except MemoryError:
                raise
            except Exception as exc:
                send(("page", index, None, pdf.describe(exc), False, 0, 0, None))
                continue
            text, reordered, rtl, letters = pdf.clean_page(raw, page)
            form_note = None
            try:
                filled = pdf.form_text(page)
            except Exception:  # the page's text stands; the source says what it lacks
                filled, form_note = "", "the values filled into its form could not be read"
            if filled:
                text = f"{text}\n\n{filled}" if text.strip() else filled
            if pdf.lacks_text(text) and (missing := pdf.missing_parts(page, cut_short)):
                send(("page", index, None, missing, False, 0, 0, None))
                continue
            if pdf.lacks_text(text) and (recognised := scans.recognise(index, log)) is not None:
                send(("ocr", index, recognised.to_json()))
                text, reordered = recognised.text, False
                rtl, letters = scans.letters(text)
            done += 1
            note = log.last_limit if log.limits > limits_before else form_note
            send(("page", index, text, None, reordered, rtl, letters, note))
            if worker == 0 and sampled < 20_000:
                sample.append(text)
                sampled += len(text)
    guessed = language.guess_language("\n".join(sample)) if worker == 0 else ""
    stats = {"pages": done, "cpu_seconds": round(time.process_time(), 3), **_peak_memory()}
    send(("done", guessed, log.messages, stats))


def _read_kind(
    data: bytes, kind: str, encoding: str | None, page: str | None, ocr_language: str | None
) -> ReadSource:
    if kind == "image":
        from .images import read_image_file

        return read_image_file(data, ocr_language)
    if kind == "html":
        return read_html(data)
    if kind in ("warc", "mhtml"):
        from .captures import read_mhtml, read_warc

        return read_warc(data, page) if kind == "warc" else read_mhtml(data)
    if kind == "wacz":
        from .wacz import read_wacz

        return read_wacz(data, page)
    if kind == "email":
        from .mail import read_email

        return read_email(data)
    if kind in ("docx", "odt"):
        from . import office

        return office.read_docx(data) if kind == "docx" else office.read_odt(data)
    return read_text(data, markdown=kind == "markdown", encoding=encoding)


def _peak_memory() -> dict[str, float]:
    """The reader's peak resident memory, and that of the OCR programs it ran (MB)."""
    try:
        import resource
    except ImportError:
        return {}
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ocr = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_rss_mb": round(own, 1), "ocr_peak_rss_mb": round(ocr, 1)}


def _whole(
    send: Any,
    path: str,
    sha256: str,
    kind: str,
    encoding: str | None = None,
    page: str | None = None,
    ocr_language: str | None = None,
) -> None:
    from .archives import BadArchive
    from .captures import ChoosePage, NotCapture
    from .mail import NotMail
    from .ocr import OcrError
    from .office import NotDocument

    data = _read_checked(path, sha256)
    try:
        read = _read_kind(data, kind, encoding, page, ocr_language)
    except ChoosePage as choice:
        send(("choose", [p.to_json() for p in choice.pages], choice.asked))
        return
    except (NotText, NoArticle, NotCapture, NotMail, NotDocument, BadArchive, OcrError) as exc:
        send(("error", str(exc)))
        return
    guessed = language.guess_language(read.text)
    direction = language.direction_of(read.text, guessed)
    json = read.to_json()
    keys = _keys(read.text, lambda done, total: send(("step", "indexing", done, total)))
    json.update(language=guessed, direction=direction, keys=keys)
    send(("result", json))


def _keys(text: str, progress: Callable[[int, int], None] | None = None) -> dict[str, Any] | None:
    """The text's search and band keys (`db.text.source_keys`), made here in parallel with
    the other readers rather than by the one writer; None if that fails (the writer then
    makes them). `progress(done, total)` as they are made (most of a long text's reading)."""
    from db.text.source_keys import source_keys

    try:
        return source_keys(text, progress).to_json()
    except (MemoryError, ValueError):
        return None


def _attachments(send: Any, path: str, sha256: str) -> None:
    from .mail import NotMail, attachments, parse

    data = _read_checked(path, sha256)
    try:
        found = attachments(parse(data))
    except NotMail as exc:
        send(("error", str(exc)))
        return
    send(("result", [(a.file_name, a.media_type, a.data) for a in found]))


TASKS: dict[str, Callable[..., None]] = {
    "pdf": _pdf_pages,
    "whole": _whole,
    "attachments": _attachments,
}


def child_main(conn: Any, task: str, kwargs: dict[str, Any], memory_bytes: int) -> None:
    try:
        _limit_memory(memory_bytes)
        TASKS[task](conn.send, **kwargs)
    except BaseException as exc:  # the parent turns this into one line for a person
        with contextlib.suppress(Exception):
            conn.send(("error", pdf.describe(exc) if task == "pdf" else _describe(exc)))
    finally:
        conn.close()


def _describe(exc: BaseException) -> str:
    if isinstance(exc, MemoryError):
        return "reading it needs more memory than the reader is allowed"
    if isinstance(exc, RecursionError):
        return "it is nested too deeply to read"
    return str(exc).strip()[:300] or type(exc).__name__


def _noop(send: Any) -> None:
    send(("result", None))


def _call(send: Any, function: str, argument: Any) -> None:
    """`module:function(argument)`, for work the application keeps off its interpreter
    (`sandbox.run_apart`)."""
    import importlib

    module, _, name = function.partition(":")
    send(("result", getattr(importlib.import_module(module), name)(argument)))


TASKS["noop"] = _noop
TASKS["call"] = _call


def warm_up() -> None:
    """Load what every reader needs once, in the fork server, so each reader starts at once."""
    import charset_normalizer  # noqa: F401
    import trafilatura  # noqa: F401

    from db.text.source_keys import source_keys

    source_keys("warm up the similarity keys")  # numpy, datasketch and the hash prototype

    language.preload()
