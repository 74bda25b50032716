"""What the PDF import benchmarks share (`bench_pdf_import.py`, `pdf_import_window.py`): the
benchmark's PDF, the text cache emptied, one full import into a new case, and how parallel the
machine is right now."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

SENTENCE = (
    "the minister said during a press conference that preparations are underway for a "
    "meeting of foreign ministers and that the situation in the governorate remains one of "
    "the biggest problems while officials in Ankara and Damascus continue their talks"
)
WORDS = SENTENCE.split()


def make_pdf(path: Path, pages: int) -> None:
    from tests.sources.pdfgen import latin_pdf

    texts = []
    for number in range(pages):
        lines = []
        for line in range(48):
            start = (number * 7 + line * 3) % len(WORDS)
            words = (WORDS[start:] + WORDS)[:13]
            lines.append(" ".join(words).capitalize() + ".")
        texts.append(f"Page {number + 1}\n" + "\n".join(lines))
    path.write_bytes(latin_pdf(texts, title="Benchmark report"))


CPU: dict[str, list[float]] = {"baseline": [], "parent": [], "critical": []}


def machine_parallelism(path: Path, pages: int) -> float:
    """How much faster two processes extract than one here and now: 2.0 on two idle cores.

    Half the pages in one bare pypdf process, then the two halves in two at once."""
    half = pages // 2
    code = (
        "import sys; from pypdf import PdfReader; r = PdfReader(sys.argv[1]); "
        "s, e = int(sys.argv[2]), int(sys.argv[3]); [p.extract_text() for p in r.pages[s:e]]"
    )

    def run(ranges: list[tuple[int, int]]) -> float:
        start = time.perf_counter()
        procs = [
            subprocess.Popen([sys.executable, "-c", code, str(path), str(a), str(b)])
            for a, b in ranges
        ]
        for proc in procs:
            proc.wait()
        return time.perf_counter() - start

    one = run([(0, half)])
    two = run([(0, half), (half, 2 * half)])
    return 2 * one / two


def clear_cache() -> None:
    from desktop.sources.cache import cache_dir

    shutil.rmtree(cache_dir("text"), ignore_errors=True)


READERS: list[dict[str, float]] = []


def full_import(path: Path, folder: Path, run: int) -> float:
    from db.case import open_case
    from desktop.sources import import_file

    clear_cache()
    case = open_case(folder / f"bench-{run}.provdesk", reviewer="Benchmark", create=True)
    try:
        start, cpu = time.perf_counter(), time.process_time()
        outcome = import_file(case, path)
        elapsed = time.perf_counter() - start
        parent = time.process_time() - cpu
        assert outcome.created and outcome.read is not None
        assert len(outcome.read.page_starts) > 0
        READERS[:] = outcome.read.details.get("readers", [])
        CPU["parent"].append(parent)
        CPU["critical"].append(parent + max(r["cpu_seconds"] for r in READERS))
    finally:
        case.close()
    return elapsed
