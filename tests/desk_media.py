"""Media as a desk finds them, made for real: a read-only share (a read-only bind mount), a
full disk (a 24 MB tmpfs filled to the last byte), a file the user may only read (the command
run without root's powers, in a user namespace), a lock held by another program. Mounting needs
root (as in CI); elsewhere these tests are skipped with the reason."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.case import open_case
from db.demo import create_demo


def _run(*command: str) -> None:
    subprocess.run(command, check=True, capture_output=True, timeout=30)


def _mount_or_skip(*command: str) -> None:
    try:
        _run(*command)
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"cannot mount here (needs root, as in CI): {exc}")


def demo_case_file(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    case = open_case(path, reviewer="Earlier Reviewer", create=True)
    try:
        create_demo(case)
    finally:
        case.close()
    return path


@contextlib.contextmanager
def read_only_share(folder: Path) -> Iterator[Path]:
    """A demo case on a read-only medium; yields the case's path there."""
    made = demo_case_file(folder / "made" / "case.provdesk")
    share = folder / "share"
    share.mkdir()
    _mount_or_skip("mount", "--bind", str(made.parent), str(share))
    try:
        _run("mount", "-o", "remount,bind,ro", str(share))
        yield share / made.name
    finally:
        _run("umount", "--lazy", str(share))


@contextlib.contextmanager
def full_disk(folder: Path) -> Iterator[Path]:
    """A demo case on a 24 MB disk with no byte left; yields the case's path."""
    disk = folder / "disk"
    disk.mkdir()
    _mount_or_skip("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(disk))
    try:
        path = demo_case_file(disk / "case.provdesk")
        filler = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            for size in (1 << 20, 4096, 1):
                with contextlib.suppress(OSError):
                    while True:
                        os.write(filler, b"\0" * size)
        finally:
            os.close(filler)
        stat = os.statvfs(disk)
        assert stat.f_bavail == 0
        yield path
    finally:
        _run("umount", "--lazy", str(disk))


def without_root() -> list[str]:
    """A command prefix that runs without root's powers over files (a user namespace): the
    permission bits apply as to their owner."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare (util-linux) is not installed")
    try:
        _run("unshare", "--user", "true")
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"user namespaces are not allowed here: {exc}")
    return ["unshare", "--user"]


@contextlib.contextmanager
def write_lock(path: Path) -> Iterator[sqlite3.Connection]:
    """Another program's open write transaction on the case (as an SQLite browser holds it)."""
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE case_info SET name = name")
        yield other
    finally:
        with contextlib.suppress(sqlite3.Error):
            other.execute("ROLLBACK")
        other.close()
