"""Similar claims of a claim already in the similarity index use its stored band keys: the
same answer as computing them, without loading the MinHash library (datasketch brings scipy,
~45 MB the window would keep for the rest of the session; numpy alone comes with the English
lemmatiser the meaning check uses)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import delete

from db import operations as ops
from db.appearances import similar_claims
from db.case import Case, open_case
from db.models import ClaimBand

ROOT = Path(__file__).resolve().parents[2]


def _three_claims(case: Case) -> tuple[int, int, int]:
    with case.change() as uow:
        a = ops.add_claim(uow, "Bread prices rose by 20 percent in March")
        b = ops.add_claim(uow, "Bread prices rose by 20 per cent in March")
        c = ops.add_claim(uow, "Fuel prices fell by 5 percent in April")
    return a, b, c


def test_similar_claims_of_a_stored_claim_load_no_minhash_library(case_path: Path) -> None:
    case = open_case(case_path, reviewer="Test Reviewer", create=True)
    a, b, _c = _three_claims(case)
    case.close()
    script = (
        "import sys\nfrom db.case import open_case\nfrom db.appearances import similar_claims\n"
        f"case = open_case({str(case_path)!r}, reviewer='Test Reviewer')\n"
        "with case.read() as session:\n"
        f"    found = similar_claims(session, {a})\n"
        "print([s.claim_id for s in found], found[0].same,"
        " [m for m in ('datasketch', 'scipy') if m in sys.modules])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.split() == [f"[{b}]", "True", "[]"], out.stderr


def test_a_claim_missing_from_the_index_is_still_compared(sqlite_case: Case) -> None:
    a, b, c = _three_claims(sqlite_case)
    with sqlite_case.change() as uow:
        uow.session.execute(delete(ClaimBand).where(ClaimBand.claim_id == a))
    with sqlite_case.read() as session:
        assert [s.claim_id for s in similar_claims(session, a)] == [b]
    with sqlite_case.change() as uow:
        uow.session.execute(delete(ClaimBand))
    with sqlite_case.read() as session:  # an empty index offers nothing to compare with
        assert similar_claims(session, a) == []
        assert similar_claims(session, c) == []
