"""Reports cite the version of its source each hop was checked against (with that version's
evidence file) and mark a quote changed or lost in a newer version until it is reviewed."""

from __future__ import annotations

from db import operations as ops
from db.case import Case
from desktop.reports import html, markdown
from desktop.reports.model import read_report

FIRST = "The minister said the talks go on. The reservoir holds 45 cubic metres."
SECOND = "Updated. The minister said the talks go on. The reservoir holds 4,500 cubic metres."


def _report(case: Case, claim: int) -> tuple[str, str]:
    with case.read() as session:
        report = read_report(session, [claim], case_name="c", reviewer="r")
    return markdown.render(report).decode(), html.render(report).decode()


def test_reports_cite_the_version_each_hop_was_checked_against(sqlite_case: Case) -> None:
    with sqlite_case.change() as uow:
        first = ops.store_evidence(uow, FIRST.encode(), file_name="v1.txt", media_type="text/plain")
        source = ops.add_source(uow, title="Talks", text=FIRST, evidence_sha256=first.sha256)
        actor = ops.add_actor(uow, "Minister")
        claim = ops.add_claim(uow, "Talks go on")
        ops.add_hop(uow, claim, actor_id=actor, relation="said", source_id=source,
                    quote="the talks go on")  # fmt: skip
        changed = ops.add_hop(uow, claim, actor_id=actor, relation="said", source_id=source,
                              quote="The reservoir holds 45 cubic metres")  # fmt: skip
    text, page = _report(sqlite_case, claim)
    assert "checked against" not in text  # one version: nothing to say
    with sqlite_case.change() as uow:
        second = ops.store_evidence(
            uow, SECOND.encode(), file_name="v2.txt", media_type="text/plain"
        )
        ops.add_version(uow, source, text=SECOND, reason="update", evidence_sha256=second.sha256)
    text, page = _report(sqlite_case, claim)
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    talks = next(r for r in rows if "the talks go on" in r)
    reservoir = next(r for r in rows if "reservoir" in r)
    assert second.sha256 in talks and "version 2 of 2" in talks
    # The changed quote cites the file it was checked against, and says what changed.
    assert first.sha256 in reservoir
    assert "version 1 of 2: quote changed in version 2 — “45” → “4,500”" in reservoir
    assert "quote not located" not in reservoir
    assert 'class="warn">checked against version 1 of 2: quote changed' in page
    assert first.sha256 in page and second.sha256 in page
    with sqlite_case.change() as uow:
        ops.keep_version(uow, changed)
    text, page = _report(sqlite_case, claim)
    reservoir = next(r for r in text.splitlines() if "reservoir" in r and r.startswith("| "))
    assert "version 1 of 2 (kept)" in reservoir and "quote changed" not in reservoir
