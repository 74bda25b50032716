"""Crash safety: a writer killed with SIGKILL at random moments loses at most the unit of work
in flight; the case opens afterwards, passes verify, and holds only whole units of work."""

from __future__ import annotations

import itertools
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.case import open_case
from db.integrity import verify_case
from db.models import Claim, Hop, Source

from .writer import CLAIMS_PER_UNIT

WRITER = Path(__file__).with_name("writer.py")
ROUNDS = 25
PG_ROUNDS = 10


def _start_writer(location: str) -> subprocess.Popen[str]:
    writer = subprocess.Popen(
        [sys.executable, str(WRITER), location],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    line = writer.stdout.readline()
    if line.strip() != "ready":
        writer.kill()
        pytest.fail(f"the writer did not start: {writer.stderr.read() if writer.stderr else ''}")
    return writer


@pytest.mark.slow
def test_kill_9_loses_at_most_the_unit_in_flight(case_path: Path) -> None:
    kill_loop(str(case_path), ROUNDS)


@pytest.mark.slow
@pytest.mark.postgres
def test_kill_9_on_a_team_case(pg_url: str) -> None:
    """The server rolls back the transaction of a client that died."""
    kill_loop(pg_url, PG_ROUNDS)


def kill_loop(location: str, rounds: int) -> None:
    open_case(location, reviewer="Test Reviewer", create=True).close()
    rng = random.Random(20230119)
    counts = [0]
    started = time.monotonic()
    for round_number in range(rounds):
        writer = _start_writer(location)
        time.sleep(rng.uniform(0.01, 0.4))
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=10)
        assert writer.returncode == -signal.SIGKILL, "the writer ended before it was killed"
        case = open_case(location, reviewer="Test Reviewer")
        try:
            with case.read() as session:
                report = verify_case(session)
                claims = session.scalar(select(func.count()).select_from(Claim)) or 0
                finished = session.scalar(
                    select(func.count())
                    .select_from(Claim)
                    .where(Claim.verdict == "false")
                    .where(Claim.id.in_(select(Hop.claim_id)))
                )
                sources = session.scalar(select(func.count()).select_from(Source))
        finally:
            case.close()
        assert report.intact, f"round {round_number}: {report.problems}"
        assert claims >= counts[-1], f"round {round_number}: claims were lost"
        assert claims % CLAIMS_PER_UNIT == 0, f"round {round_number}: half a unit of work"
        assert finished == claims == sources, f"round {round_number}: a claim is incomplete"
        counts.append(claims)
    elapsed = time.monotonic() - started
    grew = sum(1 for a, b in itertools.pairwise(counts) if b > a)
    print(f"{rounds} kills in {elapsed:.1f} s; claims {counts[-1]}; grew in {grew} rounds")
    assert counts[-1] > 0, "the writer never committed anything: the test proves nothing"
    assert grew >= rounds // 3, f"the writer committed in only {grew} of {rounds} rounds"
