"""What `verify` checks of the versions of sources: each version is in the audit log, its text
is what was recorded (SHA-256), and each source holds its newest version's text and file."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Source, SourceVersion


def check_versions(session: Session, recorded: Mapping[str, bool]) -> list[tuple[str, str]]:
    """Problems as (key, message). `recorded` says, for each version id the audit log names,
    whether its newest event left it in the case. A first version the log does not name is a
    source's reading from before versions were recorded (made by the schema upgrade)."""
    problems: list[tuple[str, str]] = []
    newest: dict[int, SourceVersion] = {}
    numbers: dict[int, list[int]] = {}
    query = select(SourceVersion).order_by(SourceVersion.id).execution_options(yield_per=50)
    for version in session.scalars(query):
        key = f"source-version:{version.id}"
        where = f"version {version.number} of source {version.source_id}"
        alive = recorded.get(str(version.id))
        if alive is None and version.number > 1:
            problems.append((key, f"{where} is in the case but not in the audit log"))
        elif alive is False:
            problems.append((key, f"{where} is in the case although the audit log removed it"))
        digest = hashlib.sha256(version.text.encode("utf-8")).hexdigest()
        if digest != version.text_sha256:
            problems.append((key, f"the text of {where} was changed after it was read"))
        numbers.setdefault(version.source_id, []).append(version.number)
        if version.source_id not in newest or version.number > newest[version.source_id].number:
            newest[version.source_id] = version
    for source_id, found in numbers.items():
        if sorted(found) != list(range(1, len(found) + 1)):
            problems.append(
                (
                    f"source:{source_id}",
                    f"source {source_id}'s versions are not numbered 1 to {len(found)}",
                )
            )
    rows = session.execute(select(Source.id, Source.text, Source.evidence_sha256))
    for source_id, text, evidence in rows:
        last = newest.get(source_id)
        if last is None:
            problems.append((f"source:{source_id}", f"source {source_id} has no version"))
        elif last.text != text or last.evidence_sha256 != evidence:
            problems.append(
                (
                    f"source:{source_id}",
                    f"source {source_id} does not hold the text and file of its newest "
                    f"version ({last.number})",
                )
            )
    return problems
