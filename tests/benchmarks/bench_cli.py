"""Start-up of provdesk-cli's everyday commands against `python -c 'import sqlalchemy'` (not a
test: prints figures). Each command is a whole process, run several times; medians.

    .venv/bin/python tests/benchmarks/bench_cli.py [--runs 7] [--before CHECKOUT]

Each command runs in turn with its baseline, run by run, so both see the same load. `--before`
also runs each command from another checkout of the code (say the code before a change), on
the same case, in the same turns.

Goals (issue "Fast at desk scale"): `claims` and `show 1` ≤ 1.3× the baseline; `attributions
FILE --language en` ≤ 1.5×.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = (
    "ANKARA, March 7 — The foreign minister said on Monday that the talks would resume next "
    'week. "There are no red lines," the official told reporters, according to the agency.\n'
)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_ms(runs: int, *commands: tuple[list[str], Path]) -> list[tuple[float, float]]:
    """Median wall-clock and CPU (user + system) milliseconds of each (command line, checkout)
    as a whole process, the commands run in turn run by run, so that each sees the same load;
    CPU time moves far less than wall-clock time when other work shares the machine."""
    times: list[list[float]] = [[] for _ in commands]
    cpu: list[list[float]] = [[] for _ in commands]
    for _ in range(runs + 1):
        for index, (args, root) in enumerate(commands):
            env = {**os.environ, "PYTHONPATH": str(root), "PROVDESK_REVIEWER": "bench"}
            started, used = time.perf_counter(), _children_cpu()
            subprocess.run(args, cwd=root, env=env, check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)  # fmt: skip
            times[index].append((time.perf_counter() - started) * 1000)
            cpu[index].append((_children_cpu() - used) * 1000)
    # the first run warms the file cache
    return [
        (statistics.median(wall[1:]), statistics.median(used[1:]))
        for wall, used in zip(times, cpu, strict=True)
    ]


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--before", type=Path, help="another checkout to measure beside this one")
    args = parser.parse_args()
    roots = [ROOT] + ([args.before.resolve()] if args.before else [])
    print(f"{os.cpu_count()} cores, {load()}")
    folder = Path(tempfile.mkdtemp(prefix="bench-cli-"))
    case = str(folder / "bench.provdesk")
    article = folder / "wire.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    cli = [sys.executable, "-m", "desktop.cli"]
    subprocess.run([*cli, "--case", case, "demo"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                   env={**os.environ, "PYTHONPATH": str(ROOT), "PROVDESK_REVIEWER": "bench"})  # fmt: skip
    for root in roots:
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", "db", "desktop"], cwd=root, check=True
        )
    baseline = [sys.executable, "-c", "import sqlalchemy"]
    print(
        "each command's baseline (python -c 'import sqlalchemy') is measured in turn with it, "
        f"run by run; medians of {args.runs}"
    )
    commands = {
        "claims": ([*cli, "--case", case, "claims"], 1.3),
        "show 1": ([*cli, "--case", case, "show", "1"], 1.3),
        "search lavrov": ([*cli, "--case", case, "search", "lavrov"], None),
        "attributions --language en": ([*cli, "attributions", str(article), "--language", "en"], 1.5),
        "attributions (language guessed)": ([*cli, "attributions", str(article)], None),
    }  # fmt: skip
    for name, (command, goal) in commands.items():
        target = f" (goal ≤ {goal})" if goal else ""
        measured = run_ms(args.runs, (baseline, ROOT), *((command, root) for root in roots))
        base, base_cpu = measured[0]
        print(f"{name}  [baseline {base:.0f} ms, CPU {base_cpu:.0f} ms; {load()}]")
        for root, (ms, cpu) in zip(roots, measured[1:], strict=True):
            label = "  this code" if root == ROOT else "  before"
            print(
                f"{label:<34}{ms:7.0f} ms  {ms / base:5.2f}×   CPU {cpu:6.0f} ms  "
                f"{cpu / base_cpu:5.2f}×{target if root == ROOT else ''}"
            )
    print(load())


if __name__ == "__main__":
    main()
