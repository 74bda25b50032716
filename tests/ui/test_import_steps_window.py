"""Importing a text in the window, its progress dialog says what the import is doing: indexing
the text for search (its share done), then storing it in the case (newcomer trial, round 8: a
long text's import said "Reading…" and nothing else for two minutes). Driven through
`desktop.app.main` with the file on its command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.case import open_case
from desktop.ui.sources.import_questions import ImportJob
from desktop.ui.sources.source_import import SourceImporter
from tests.ui.test_entry_points import contained, run_main

__all__ = ["contained"]  # the entry-point tests' clean-up, for these tests too


def test_the_import_dialog_says_indexing_then_storing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = tmp_path / "harbour-log.txt"
    text.write_text("The harbour reopened on Tuesday.\n\n" * 2_000, encoding="utf-8")
    shown: list[tuple[str, int, int]] = []
    step = SourceImporter._step

    def seen(self: SourceImporter, job: ImportJob, done: int, total: int, what: str) -> None:
        step(self, job, done, total, what)
        if self.progress is not None:
            dialog = self.progress
            shown.append((dialog.labelText(), dialog.value(), dialog.maximum()))

    monkeypatch.setattr(SourceImporter, "_step", seen)

    case = tmp_path / "c.provdesk"
    open_case(case, reviewer="Test Reviewer", create=True).close()
    run_main(["--case", str(case), str(text)], lambda _w: any("Storing" in s[0] for s in shown))
    labels = {label.replace("\u2068", "").replace("\u2069", "") for label, _v, _m in shown}
    assert "Indexing harbour-log.txt for search…" in labels
    assert "Storing harbour-log.txt in the case…" in labels
    indexing = next(s for s in shown if "Indexing" in s[0])
    assert indexing[2] == 100 and indexing[1] == 100  # one piece: all of it at once
    storing = next(s for s in shown if "Storing" in s[0])
    assert "harbour-log.txt" in storing[0] and storing[2] == 0  # busy: its time is unknown
