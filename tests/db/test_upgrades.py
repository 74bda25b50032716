"""Upgrading a case written by an earlier release: every past revision, with aliases that now
fold alike, in one transaction (a failure or a kill leaves the case as it was), one backup per
revision."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect, select, text

from db import migrations
from db.case import Case, open_case
from db.errors import UpgradeFailed
from db.integrity import check_case
from db.models import Actor, AuditEvent, Claim, Hop
from db.text.normalise import search_key

from .old_cases import DASHES, add_old_aliases, old_case, past_revisions

REVISIONS = past_revisions()
BEFORE_ONE_FOLDING = {r for r in REVISIONS if r in ("0001", "0002", "0003")}


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, dict[str, int]]]:
    """One old case per past revision, made once and copied for each example."""
    folder = tmp_path_factory.mktemp("old-cases")
    made = {}
    for revision in REVISIONS:
        path = folder / revision / "old.provdesk"
        path.parent.mkdir()
        made[revision] = (path, old_case(path, revision))
    return made


def _spellings() -> st.SearchStrategy[list[str]]:
    """Two to four spellings of one name that differ by dashes and case: one fold since 0006."""
    words = st.lists(st.text("abcdefghij", min_size=1, max_size=5), min_size=2, max_size=3)
    return words.flatmap(
        lambda parts: st.lists(
            st.tuples(st.sampled_from(DASHES), st.booleans()).map(
                lambda v: (v[0].join(parts)).upper() if v[1] else v[0].join(parts).title()
            ),
            min_size=2,
            max_size=4,
            unique_by=str.lower,
        )
    )


def _bytes(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _backups(case_path: Path) -> list[Path]:
    return sorted((case_path.parent / "backups").glob("*-before-upgrade-from-*.provdesk"))


def _assert_upgraded(case: Case, ids: dict[str, int], spellings: list[str]) -> None:
    """At the head, nothing lost, keys unique and folded, every spelling kept, verify intact."""
    with case.engine.connect() as conn:
        assert conn.scalar(text("SELECT version_num FROM alembic_version")) == (
            migrations.head_revision()
        )
    with case.read() as session:
        actor = session.get(Actor, ids["actor"])
        assert actor is not None
        keys = [a.alias_key for a in actor.aliases]
        assert len(keys) == len(set(keys))
        assert all(a.alias_key == search_key(a.alias) for a in actor.aliases)
        kept = {a.alias for a in actor.aliases}
        folded = session.scalars(
            select(AuditEvent.after).where(AuditEvent.action == "fold aliases")
        ).all()
        others = {s for after in folded for v in after["other_spellings"].values() for s in v}
        assert set(spellings) <= kept | others
        assert {search_key(s) for s in spellings} <= set(keys)
        assert session.get(Claim, ids["claim"]) is not None
        hop = session.get(Hop, ids["hop"])
        assert hop is not None and hop.quote == "talks would go on"
        report = check_case(session, case.location)
        assert report.intact, report.problems


@pytest.mark.parametrize("revision", REVISIONS)
@settings(
    max_examples=2,
    deadline=None,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),  # no shrinking: each example is ~1 s
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(spellings=_spellings())
def test_every_past_revision_upgrades_with_colliding_aliases(
    templates: dict[str, tuple[Path, dict[str, int]]],
    tmp_path_factory: pytest.TempPathFactory,
    revision: str,
    spellings: list[str],
) -> None:
    template, ids = templates[revision]
    path = tmp_path_factory.mktemp("upgrade") / "old.provdesk"
    shutil.copy(template, path)
    if revision in BEFORE_ONE_FOLDING:
        add_old_aliases(f"sqlite:///{path}", ids["actor"], spellings)
    else:  # from 0006 on, the app folds before it stores: one spelling per fold
        add_old_aliases(f"sqlite:///{path}", ids["actor"], spellings[:1], folded=True)
        spellings = spellings[:1]
    case = open_case(path, reviewer="r")
    try:
        _assert_upgraded(case, ids, spellings)
    finally:
        case.close()
    [backup] = _backups(path)
    assert backup.name.endswith(f"-before-upgrade-from-{revision}.provdesk")


@pytest.mark.postgres
@pytest.mark.parametrize("revision", REVISIONS)
def test_every_past_revision_upgrades_on_postgresql(pg_url: str, revision: str) -> None:
    ids = old_case(pg_url, revision)
    spellings = ["Enab\u2013Baladi", "Enab-Baladi", "ENAB\u2014BALADI"]
    if revision not in BEFORE_ONE_FOLDING:
        spellings = spellings[:1]
    add_old_aliases(pg_url, ids["actor"], spellings, folded=revision not in BEFORE_ONE_FOLDING)
    case = open_case(pg_url, reviewer="r")
    try:
        _assert_upgraded(case, ids, spellings)
    finally:
        case.close()


def _fail_late(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the upgrade fail after revision 0006 added its column (0005 builds its index)."""

    def fail(_conn: object) -> None:
        raise RuntimeError("the similarity index could not be built")

    monkeypatch.setattr("db.appearances.rebuild_index_rows", fail)


def test_failed_upgrade_leaves_the_case_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.provdesk"
    ids = old_case(path, "0003")
    add_old_aliases(f"sqlite:///{path}", ids["actor"], ["Enab\u2013Baladi", "Enab-Baladi"])
    before = _bytes(path)
    _fail_late(monkeypatch)
    for _attempt in range(2):
        with pytest.raises(UpgradeFailed) as failed:
            open_case(path, reviewer="r")
        [backup] = _backups(path)
        message = str(failed.value)
        assert "\n" not in message
        assert "from schema 0003" in message and "the case is unchanged" in message
        assert str(backup) in message and "similarity index" in message
        assert _bytes(path) == before
    monkeypatch.undo()
    case = open_case(path, reviewer="r")
    try:
        _assert_upgraded(case, ids, ["Enab\u2013Baladi", "Enab-Baladi"])
    finally:
        case.close()
    assert len(_backups(path)) == 1


@pytest.mark.postgres
def test_failed_upgrade_on_postgresql_is_rolled_back(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_case(pg_url, "0003")
    _fail_late(monkeypatch)
    with pytest.raises(UpgradeFailed, match="the case is unchanged"):
        open_case(pg_url, reviewer="r")
    from sqlalchemy import create_engine

    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT version_num FROM alembic_version")) == "0003"
        columns = {c["name"] for c in inspect(engine).get_columns("hops")}
        assert "quote_language" not in columns
    finally:
        engine.dispose()


KILLED_UPGRADE = textwrap.dedent(
    """
    import sys, time
    import db.appearances

    def stall(_conn):
        print("migrating", flush=True)
        time.sleep(120)

    db.appearances.rebuild_index_rows = stall
    from db.case import open_case
    open_case(sys.argv[1], reviewer="r")
    """
)


def test_upgrade_killed_half_way_leaves_a_case_that_opens(tmp_path: Path) -> None:
    path = tmp_path / "old.provdesk"
    ids = old_case(path, "0003")
    spellings = ["Enab\u2013Baladi", "Enab-Baladi"]
    add_old_aliases(f"sqlite:///{path}", ids["actor"], spellings)
    upgrade = subprocess.Popen(
        [sys.executable, "-c", KILLED_UPGRADE, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert upgrade.stdout is not None
        assert upgrade.stdout.readline().strip() == "migrating"
    finally:
        upgrade.kill()  # SIGKILL: no clean-up of any kind
        upgrade.wait(timeout=30)
    assert upgrade.returncode == -9
    case = open_case(path, reviewer="r")
    try:
        _assert_upgraded(case, ids, spellings)
    finally:
        case.close()
    assert len(_backups(path)) == 1
