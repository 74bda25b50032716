"""copy-to of a large case to a team server against a plain `pg_dump | psql` of the same rows
(not a test: prints figures). Needs PROVDESK_TEST_DATABASE_URL (a role that creates databases).

    .venv/bin/python tests/benchmarks/bench_copy.py [--claims 1000000] [--rounds 1]

1. A generated SQLite case (`casegen`, 2 hops a claim) is copied with `db.transfer.copy_case`
   into a new PostgreSQL database (rows, indexes and foreign keys, verification: counts,
   evidence hashes, the audit chain, all in one transaction; then the copy's audit event).
2. The baseline: that database dumped with `pg_dump` (schema and rows) and restored with `psql`
   into another new database — the same rows moved by PostgreSQL's own tools, no checks.
3. Each round runs the baseline, then copy-to again into a new database, so that both kinds of
   run see the same machine (the cores are shared). Prints every run, where copy-to's time went
   (rows, indexes and keys, verification and audit event; CPU of this process), and the ratio of
   the medians (goal ≤ 2).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from casegen import generate

from db.case import open_case
from db.transfer import CopyReport, copy_case


def _new_database(admin: Engine) -> str:
    name = f"provdesk_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return name


def _copy_to(path: Path, url: URL) -> tuple[float, CopyReport]:
    """One copy-to into the empty database at `url`; prints where its time went."""
    source = open_case(path, reviewer="bench")
    target = open_case(url.render_as_string(hide_password=False), reviewer="bench", create=True)
    marks: dict[str, float] = {}

    def progress(table: str, rows: int) -> None:
        marks["indexes" if table == "indexes" else "rows"] = time.perf_counter()

    cpu = time.process_time()
    started = time.perf_counter()
    try:
        report = copy_case(source, target, progress)
    finally:
        target.close()
        source.close()
    ended = time.perf_counter()
    rows_at, indexes_at = marks["rows"], marks.get("indexes", marks["rows"])
    print(
        f"  copy-to: {ended - started:.1f} s (rows {rows_at - started:.1f} s, indexes and keys "
        f"{indexes_at - rows_at:.1f} s, verification and audit event {ended - indexes_at:.1f} s;"
        f" CPU of this process {time.process_time() - cpu:.1f} s)",
        flush=True,
    )
    return ended - started, report


def _dump_restore(url: URL, into: str) -> float:
    env = {**os.environ, "PGPASSWORD": url.password or ""}
    plain = ["-h", url.host or "127.0.0.1", "-p", str(url.port or 5432), "-U", url.username or ""]
    started = time.perf_counter()
    dump = subprocess.Popen(
        ["pg_dump", *plain, url.database or ""], stdout=subprocess.PIPE, env=env
    )
    subprocess.run(
        ["psql", *plain, "-q", "-v", "ON_ERROR_STOP=1", "-f", "-", into],
        stdin=dump.stdout, env=env, check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    if dump.wait():
        sys.exit("bench_copy: pg_dump failed")
    took = time.perf_counter() - started
    print(f"  pg_dump | psql: {took:.1f} s", flush=True)
    return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=1, help="baseline + copy-to pairs")
    args = parser.parse_args()
    server = os.environ.get("PROVDESK_TEST_DATABASE_URL")
    if not server:
        sys.exit("bench_copy: set PROVDESK_TEST_DATABASE_URL to a PostgreSQL server")
    admin_url = make_url(server).set(drivername="postgresql+psycopg")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    from db.schema_revision import HEAD_REVISION

    path = generate(
        Path(tempfile.gettempdir()) / f"provdesk-bench-{args.claims}-{HEAD_REVISION}.provdesk",
        args.claims,
    )
    made: list[str] = []
    try:
        made.append(_new_database(admin))
        first = admin_url.set(database=made[0])
        took, report = _copy_to(path, first)
        copies, dumps = [took], []
        for _round in range(args.rounds):
            made.append(_new_database(admin))
            dumps.append(_dump_restore(first, made[-1]))
            made.append(_new_database(admin))
            copies.append(_copy_to(path, admin_url.set(database=made[-1]))[0])
        rows = sum(report.counts.values())
        copy_s, dump_s = statistics.median(copies), statistics.median(dumps)
        print(
            f"copy-to of {args.claims:,} claims ({rows:,} rows): {copy_s:.1f} s (median of "
            f"{len(copies)}); pg_dump | psql of the same rows: {dump_s:.1f} s (median of "
            f"{len(dumps)}); ratio {copy_s / dump_s:.2f} (goal ≤ 2)"
        )
    finally:
        with admin.connect() as conn:
            for name in made:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
