"""Integrity figures (not a test: prints medians and ratios measured in the same run).

    .venv/bin/python tests/benchmarks/bench_integrity.py [--claims N]

- `verify_case` (chain + evidence + tables against the log) against the chain-only
  `db.audit.verify_audit_log` on the same case: the cost of the extra checks (target ≤ 3×).
- A unit of work that stamps the audit head (`stamp_audit_head`) against one that does not:
  the cost of the hook in `Case.change` (target ≤ 1.2×).
- `create_backup` (SQLite backup API) against a plain file copy of the same case.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from db import backups
from db import operations as ops
from db.audit import verify_audit_log
from db.audit_heads import stamp_audit_head
from db.case import Case, open_case
from db.integrity import verify_case


def median_ms(func: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def build(case: Case, claims: int) -> None:
    with case.change() as uow:
        actor = ops.add_actor(uow, "Benchmark Agency", "organisation")
    for start in range(0, claims, 100):
        with case.change() as uow:
            for n in range(start, min(start + 100, claims)):
                claim = ops.add_claim(uow, f"Benchmark claim number {n}")
                source = ops.import_evidence(
                    uow,
                    content=os.urandom(4096),
                    file_name=f"e{n}.bin",
                    media_type="application/octet-stream",
                    text=f"evidence {n}",
                )
                ops.add_hop(
                    uow, claim, actor_id=actor, relation="reported", source_id=source.source_id
                )
                ops.set_verdict(uow, claim, "false", "Checked")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=2000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-integrity-"))
    path = folder / "bench.provdesk"
    case = open_case(path, reviewer="Bench", create=True)
    started = time.perf_counter()
    build(case, args.claims)
    with case.read() as session:
        report = verify_case(session)
    assert report.intact, report.problems
    print(
        f"case: {args.claims:,} claims, {report.events:,} audit events, "
        f"{report.evidence_files:,} evidence files, {path.stat().st_size / 1e6:.1f} MB "
        f"(built in {time.perf_counter() - started:.1f} s)"
    )

    def chain_only() -> None:
        with case.read() as session:
            assert verify_audit_log(session) is None

    def whole_case() -> None:
        with case.read() as session:
            assert verify_case(session).intact

    base = median_ms(chain_only, 5)
    full = median_ms(whole_case, 5)
    print(f"verify_audit_log (chain only): {base:8.1f} ms")
    print(f"verify_case (whole case):      {full:8.1f} ms   ratio {full / base:.2f}")

    counter = iter(range(10**9))

    def plain_unit() -> None:
        with case.change() as uow:
            ops.add_claim(uow, f"plain {next(counter)}")

    def stamped_unit() -> None:
        with case.change() as uow:
            ops.add_claim(uow, f"stamped {next(counter)}")
            stamp_audit_head(uow)

    plain_times, stamped_times = [], []
    for _ in range(200):  # interleaved, so that drift hits both alike
        plain_times.append(median_ms(plain_unit, 1))
        stamped_times.append(median_ms(stamped_unit, 1))
    plain, stamped = statistics.median(plain_times), statistics.median(stamped_times)
    print(f"unit of work, no stamp:        {plain:8.2f} ms")
    print(f"unit of work, stamped head:    {stamped:8.2f} ms   ratio {stamped / plain:.2f}")

    copy_target = folder / "copy.provdesk"
    copied = median_ms(lambda: shutil.copyfile(path, copy_target), 5)
    backed = median_ms(lambda: backups.create_backup(case, keep=2), 5)
    print(f"plain file copy:               {copied:8.1f} ms")
    print(f"create_backup (backup API):    {backed:8.1f} ms   ratio {backed / copied:.2f}")
    case.close()
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
