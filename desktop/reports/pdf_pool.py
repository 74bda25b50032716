"""A long PDF report laid out part by part in worker processes, as many as there are cores.

WeasyPrint lays out on one core, and a report's parts (`pdf_parts`) are independent, so they
are laid out side by side: each worker process gets the report once, then lays out the claim
parts, the front's pieces (header, evidence files cited, contents; with the claims' page
numbers once those are known) and finishes each (its "page n of N", its right-to-left
ligatures marked) as the parent asks; the parent joins the finished PDFs. A worker's memory
is bounded by its address-space limit (`WORKER_MEMORY`; a part that outgrows it fails the
export with MemoryError, not the machine) and by the size of a part, not of the report.

Workers are spawned, never forked (the window's Qt threads do not survive a fork), and start
without the parent's main script (the window's would import Qt for nothing). With one core, or
one worker asked for, the same steps run in this process.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import os
import sys
import threading
import types
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

from . import pdf_parts
from .html_front import front_pieces
from .model import Report
from .words import ReportWords, report_words

FRONT_ITEMS = 400
"""Lines (evidence files, contents lines) of the front laid out in one piece at most."""
WORKER_MEMORY = 1 << 30
"""A worker's address-space limit (bytes)."""

Step = Callable[[int], None]
Layout = Callable[[str, int], Any]

_printer: pdf_parts.Printer | None = None
_starting = threading.Lock()


def _start(report: Report, base_url: str, language: str, layout: Layout) -> None:
    """A worker's start: its memory bounded, the report and its words kept for its tasks."""
    global _printer
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = WORKER_MEMORY if hard == resource.RLIM_INFINITY else min(WORKER_MEMORY, hard)
        if soft == resource.RLIM_INFINITY or soft > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):  # not on this system: unbounded, as the parent
        pass
    gc.enable()
    _printer = pdf_parts.Printer(report, base_url, report_words(language), layout)


def _task(name: str, *args: Any) -> Any:
    """One step in a worker: `claims`, `front` or `finish` of its printer."""
    assert _printer is not None
    try:
        return getattr(_printer, name)(*args)
    finally:
        gc.collect()


@contextlib.contextmanager
def _without_main() -> Iterator[None]:
    """Processes started in here do not import the parent's main script: while they start,
    `__main__` is a blank module."""
    with _starting:
        main = sys.modules.get("__main__")
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            yield
        finally:
            if main is not None:
                sys.modules["__main__"] = main


class Workers:
    """Runs the printer's steps: in `count` worker processes, or here when `count` is 1."""

    def __init__(
        self,
        report: Report,
        base_url: str,
        words: ReportWords,
        layout: Layout,
        count: int,
        worker_layout: Layout,
    ) -> None:
        self.printer = pdf_parts.Printer(report, base_url, words, layout)
        self.pool: ProcessPoolExecutor | None = None
        if count > 1:
            import multiprocessing

            self.pool = ProcessPoolExecutor(
                count,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start,
                initargs=(report, base_url, words.language, worker_layout),
            )

    def run(
        self, name: str, tasks: Sequence[tuple[Any, ...]], done: Callable[[int], None] | None = None
    ) -> list[Any]:
        """`name` on each of `tasks` (argument tuples); the results in order. `done(i)` is
        called as task i finishes, and may raise to stop (the rest are cancelled)."""
        if self.pool is None:
            results = []
            for index, args in enumerate(tasks):
                results.append(getattr(self.printer, name)(*args))
                gc.collect()
                if done is not None:
                    done(index)
            return results
        with _without_main():  # the pool starts a worker as a task needs one
            futures = [self.pool.submit(_task, name, *args) for args in tasks]
        index_of: dict[Future[Any], int] = {f: i for i, f in enumerate(futures)}
        pending = set(futures)
        while pending:
            finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in finished:
                future.result()  # raises the worker's error
                if done is not None:
                    done(index_of[future])
            if done is not None and not finished:
                done(-1)  # lets a cancelled export stop while parts are laid out
        return [f.result() for f in futures]

    def close(self, stop: bool) -> None:
        """Ends the workers: at once (`stop`: an error or a cancelled export), or when idle."""
        if self.pool is None:
            return
        if stop:
            for process in list(getattr(self.pool, "_processes", {}).values()):
                process.terminate()
        self.pool.shutdown(wait=True, cancel_futures=True)


def worker_count(parts: int) -> int:
    """Workers for a report of `parts` parts: one a core, no more than parts."""
    return max(1, min(os.cpu_count() or 1, parts))


def print_in_parts(
    report: Report,
    base_url: str,
    words: ReportWords,
    ranges: list[tuple[int, int]],
    layout: Layout,
    worker_layout: Layout,
    step: Step | None = None,
    workers: int | None = None,
) -> bytes:
    """The report's PDF laid out in the parts `ranges` (claim index ranges), in `workers`
    processes (default: one a core). `step(i)` is called as parts are done (i: the last claim
    laid out so far, 0-based), and may raise to stop. `layout` lays a page out here (it may
    report progress), `worker_layout` in a worker (a module's function: it is sent to them)."""
    count = worker_count(len(ranges)) if workers is None else max(1, workers)
    runner = Workers(report, base_url, words, layout, count, worker_layout)
    laid_out = [0]

    def claims_done(index: int) -> None:
        if runner.pool is None:
            return  # laid out here: WeasyPrint's own progress moves the steps (`pdf.render`)
        if index >= 0:
            start, end = ranges[index]
            laid_out[0] += end - start
        if step is not None:
            step(max(laid_out[0] - 1, 0))

    def poll(index: int) -> None:
        claims_done(-1)

    stopped = True
    try:
        parts: list[pdf_parts.Part] = runner.run("claims", ranges, claims_done)
        offsets, total = [], 0
        for part in parts:
            offsets.append(total)
            total += part.pages
        starts = {
            claim_id: offset + index
            for part, offset in zip(parts, offsets, strict=True)
            for claim_id, (index, _, _) in part.starts.items()
        }
        pieces = front_pieces(report, FRONT_ITEMS)
        front_pages, quick = len(pieces), True
        for _ in range(5):  # a longer front moves every claim: lay it out until it is stable
            pages = {claim_id: front_pages + at + 1 for claim_id, at in starts.items()}
            front = runner.run("front", [(piece, pages, quick) for piece in pieces], poll)
            laid = sum(piece.pages for piece in front)
            if laid == front_pages and not quick:
                break
            front_pages, quick = laid, False  # counted quickly first, then laid out for good
        total += front_pages
        laid = front + parts
        firsts = itertools.accumulate((p.pages for p in laid), initial=1)
        tasks = [(p.pdf, first, total) for p, first in zip(laid, firsts, strict=False)]
        finished = runner.run("finish", tasks, poll)
        stopped = False
        return pdf_parts.join(front, parts, finished)
    finally:
        runner.close(stopped)
