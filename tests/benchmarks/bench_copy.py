"""copy-to of a large case to a team server against a plain `pg_dump | psql` of the same rows
(not a test: prints figures). Needs PROVDESK_TEST_DATABASE_URL (a role that creates databases).

    .venv/bin/python tests/benchmarks/bench_copy.py [--claims 1000000]

1. A generated SQLite case (`casegen`, 2 hops a claim) is copied with `db.transfer.copy_case`
   into a new PostgreSQL database (rows, self-references, verification: counts, evidence hashes,
   the audit chain).
2. The baseline: the copied database dumped with `pg_dump` (schema and rows) and restored with
   `psql` into another new database — the same rows moved by PostgreSQL's own tools, no checks.
Prints both times and their ratio (goal ≤ 2).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from casegen import generate

from db.case import open_case
from db.transfer import copy_case


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=1_000_000)
    args = parser.parse_args()
    server = os.environ.get("PROVDESK_TEST_DATABASE_URL")
    if not server:
        sys.exit("bench_copy: set PROVDESK_TEST_DATABASE_URL to a PostgreSQL server")
    admin_url = make_url(server).set(drivername="postgresql+psycopg")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    names = [f"provdesk_bench_{uuid.uuid4().hex[:8]}" for _ in range(2)]
    path = generate(
        Path(tempfile.gettempdir()) / f"provdesk-bench-{args.claims}.provdesk", args.claims
    )
    with admin.connect() as conn:
        for name in names:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        copied = admin_url.set(database=names[0])
        source = open_case(path, reviewer="bench")
        target = open_case(
            copied.render_as_string(hide_password=False), reviewer="bench", create=True
        )
        started = time.perf_counter()
        report = copy_case(source, target)
        copy_s = time.perf_counter() - started
        target.close()
        source.close()
        env = {**os.environ, "PGPASSWORD": copied.password or ""}
        plain = [
            "-h", copied.host or "127.0.0.1", "-p", str(copied.port or 5432), "-U", copied.username or ""
        ]  # fmt: skip
        started = time.perf_counter()
        dump = subprocess.Popen(["pg_dump", *plain, names[0]], stdout=subprocess.PIPE, env=env)
        subprocess.run(
            ["psql", *plain, "-q", "-v", "ON_ERROR_STOP=1", "-f", "-", names[1]],
            stdin=dump.stdout, env=env, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        dump.wait()
        dump_s = time.perf_counter() - started
        rows = sum(report.counts.values())
        print(
            f"copy-to of {args.claims:,} claims ({rows:,} rows): {copy_s:.1f} s; "
            f"pg_dump | psql of the same rows: {dump_s:.1f} s; ratio {copy_s / dump_s:.2f} (goal ≤ 2)"
        )
    finally:
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
