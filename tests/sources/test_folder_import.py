"""Importing a folder: the summary, bad files, duplicates, links, cancel; the CLI around it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.appearances import trace_text
from db.case import Case
from db.models import EvidenceFile, Source, SourceBand
from db.text.meaning import REWORDING_SIMILARITY
from desktop.sources.folder import Outcome, import_folder
from desktop.sources.limits import ReadLimits

ARTICLE = (
    "date 2024-03-{day:02d} Border talks, day {day}\n\n"
    "The delegation arrived in the morning. A spokesman told reporters that the government "
    "will not reopen the northern crossing before the inspectors finish their report on the "
    "damaged bridge. Article number {day} ends here."
)


def _folder(root: Path) -> Path:
    (root / "deep" / "deeper").mkdir(parents=True)
    for day in range(1, 4):
        (root / f"day{day}.txt").write_text(ARTICLE.format(day=day), encoding="utf-8")
    (root / "deep" / "notes.md").write_text("# Notes\n\nA short Markdown note of the desk.\n")
    # the same bytes under another name, deeper down
    (root / "deep" / "deeper" / "copy of day1.txt").write_bytes((root / "day1.txt").read_bytes())
    (root / "clip.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42 not an article")
    # an image is read by OCR now; a damaged one is refused with the reason
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not an article")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (root / "huge.txt").write_bytes(b"x" * (2 * 1024 * 1024))
    (root / "deep" / "loop").symlink_to(root, target_is_directory=True)
    (root / "gone.md").symlink_to(root / "no such file.md")
    return root


def test_folder_summary_with_bad_files(sqlite_case: Case, tmp_path: Path) -> None:
    root = _folder(tmp_path / "inbox")
    limits = ReadLimits(max_file_bytes=1024 * 1024)
    seen: list[tuple[int, int]] = []
    summary = import_folder(
        sqlite_case, [root], limits=limits, progress=lambda d, t, _p: seen.append((d, t))
    )
    by = {o: sorted(r.path.relative_to(root).as_posix() for r in summary.of(o)) for o in Outcome}
    assert by[Outcome.IMPORTED] == ["day1.txt", "day2.txt", "day3.txt", "deep/notes.md"]
    assert by[Outcome.ALREADY] == ["deep/deeper/copy of day1.txt"]
    assert by[Outcome.UNSUPPORTED] == ["clip.mp4"]
    reasons = {r.path.name: r.reason for r in summary.of(Outcome.REFUSED)}
    assert set(reasons) == {"empty.txt", "binary.txt", "huge.txt", "loop", "gone.md", "photo.jpg"}
    assert "damaged image" in reasons["photo.jpg"]
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "import limit" in reasons["huge.txt"]
    assert "loop" in reasons["loop"]
    assert "broken link" in reasons["gone.md"]
    assert summary.complete and not summary.cancelled
    assert summary.line().startswith("imported 4, already in the case 1, skipped as unsupported 1")
    assert seen[-1] == (9, 9)  # day1-3, notes, the copy, empty, binary, huge, photo
    with sqlite_case.read() as session:
        assert session.scalar(select(func.count()).select_from(Source)) == 4
        assert session.scalar(select(func.count()).select_from(EvidenceFile)) == 4
        dates = sorted(d for d in session.scalars(select(Source.published_on)) if d)
        assert [d.day for d in dates] == [1, 2, 3]
        # indexed at import: a trace finds the article's sentence in all three days
        trace = trace_text(session, "will not reopen the northern crossing before the inspectors")
        assert len(trace.appearances) == 3 and trace.appearances[0].published_on == dates[0]
        assert session.scalar(select(func.count()).select_from(SourceBand)) > 0
    again = import_folder(sqlite_case, [root], limits=limits)
    assert len(again.of(Outcome.ALREADY)) == 5 and not again.of(Outcome.IMPORTED)


def test_unreadable_file_is_refused_and_the_rest_imported(
    sqlite_case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "inbox"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE.format(day=1))
    (root / "locked.txt").write_text(ARTICLE.format(day=2))
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    summary = import_folder(sqlite_case, [root])
    assert [r.path.name for r in summary.of(Outcome.IMPORTED)] == ["a.txt"]
    (refused,) = summary.of(Outcome.REFUSED)
    assert refused.path.name == "locked.txt" and "Permission denied" in refused.reason


def test_cancel_leaves_no_half_import(sqlite_case: Case, tmp_path: Path) -> None:
    root = tmp_path / "inbox"
    root.mkdir()
    for day in range(1, 9):
        (root / f"day{day}.txt").write_text(ARTICLE.format(day=day))
    done: list[int] = []
    summary = import_folder(
        sqlite_case,
        [root],
        progress=lambda d, _t, _p: done.append(d),
        cancelled=lambda: len(done) >= 2,
    )
    assert summary.cancelled and not summary.complete
    with sqlite_case.read() as session:
        sources = session.scalar(select(func.count()).select_from(Source))
        evidence = session.scalar(select(func.count()).select_from(EvidenceFile))
    imported = len(summary.of(Outcome.IMPORTED))
    assert 2 <= imported < 8
    assert sources == evidence == imported


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PROVDESK_MAX_IMPORT_MB": "1"},
    )


def test_cli_imports_a_folder_then_traces_and_finds_similar_claims(
    case_path: Path, tmp_path: Path
) -> None:
    root = _folder(tmp_path / "inbox")
    assert _cli("--case", case_path, "new").returncode == 0
    result = _cli("--case", case_path, "import", root)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == ("imported 4, already in the case 1, skipped as unsupported 1, refused 6")
    assert any(line.startswith("refused") and "huge.txt" in line for line in lines)
    result = _cli("--case", case_path, "import", root, "--json")
    summary = json.loads(result.stdout)
    assert summary["counts"]["already in the case"] == 5

    result = _cli("--case", case_path, "trace", "--text", "will not reopen the northern crossing")
    assert result.returncode == 0, result.stderr
    rows = result.stdout.splitlines()
    assert len(rows) == 3 and rows[0].startswith("FIRST 2024-03-01")
    result = _cli("--case", case_path, "trace", "--text", "crossing", "--json")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "provdesk-cli: error: too short to trace: 1 word "
        "(give at least 3 words; shorter phrases occur by chance)"
    )
    result = _cli(
        "--case", case_path, "trace", "--text", "will not reopen the northern crossing", "--json"
    )
    found = json.loads(result.stdout)["appearances"]
    assert [a["first_appearance"] for a in found] == [True, False, False]
    assert all(a["similarity"] == 1.0 and a["verbatim"] for a in found)

    for text in (
        "The crossing stays closed until the report",
        "The crossing stays closed until the report.",
    ):
        assert _cli("--case", case_path, "claim", "add", text).returncode == 0
    result = _cli("--case", case_path, "similar", "1", "--json")
    similar = json.loads(result.stdout)
    assert similar["thresholds"] == {
        "suggest": 0.7,
        "same": 0.9,
        "reworded": REWORDING_SIMILARITY,
    }
    assert [s["claim"] for s in similar["similar"]] == [2]
    assert similar["similar"][0]["probably_same"] is True
    assert similar["similar"][0]["differs"] == {"this": [], "other": []}  # a full stop apart
    result = _cli("--case", case_path, "claim", "merge", "1", "2")
    assert result.returncode == 0, result.stderr
    assert "claim 2 merged into claim 1" in result.stdout
    result = _cli("--case", case_path, "claim", "merge", "1", "2")
    assert result.returncode == 1 and "already merged" in result.stderr
    result = _cli("--case", case_path, "reindex")
    assert result.returncode == 0 and result.stdout.startswith("indexed 4 sources")
    result = _cli("--case", case_path, "verify")
    assert result.returncode == 0, result.stdout + result.stderr


def test_trace_while_an_import_is_running(sqlite_case: Case, tmp_path: Path) -> None:
    import threading

    root = tmp_path / "inbox"
    root.mkdir()
    for day in range(1, 9):
        (root / f"day{day}.txt").write_text(ARTICLE.format(day=day))
    quote = "will not reopen the northern crossing before the inspectors"
    seen: list[int] = []
    worker = threading.Thread(target=lambda: import_folder(sqlite_case, [root]))
    worker.start()
    while worker.is_alive():
        with sqlite_case.read() as session:
            seen.append(len(trace_text(session, quote).appearances))
    worker.join()
    with sqlite_case.read() as session:
        final = trace_text(session, quote).appearances
    assert len(final) == 8 and [a.published_on.day for a in final] == list(range(1, 9))
    assert seen and seen == sorted(seen)  # each trace saw the files imported so far, whole
