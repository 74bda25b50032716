"""Sub-commands on integrity: verify, backup, backups, restore, key, verify-report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .. import preferences
from ..wording import count as how_many
from .common import CliError, Context, count, print_json

if TYPE_CHECKING:
    from ..signing import DeskKey


def witness_book() -> Path:
    """The desk's record of the audit heads it saw (outside every case)."""
    return preferences.data_dir() / "audit-heads.json"


def cmd_verify(ctx: Context, args: argparse.Namespace) -> int:
    from db.integrity import check_case

    case = ctx.case()
    with case.read() as session:
        report = check_case(session, case.location, witness_book())
    if args.json:
        print_json(
            {
                "intact": report.intact,
                "events": report.events,
                "evidence_files": report.evidence_files,
                "head": report.head.as_json() if report.head else None,
                "problems": [
                    {"kind": p.kind, "id": p.ident, "message": p.message} for p in report.problems
                ],
            }
        )
    for problem in report.problems:
        print(f"provdesk-cli: {problem.message}", file=sys.stderr)
    if not report.intact:
        return 1
    if not args.json:
        # The first line stays what scripts already read; -v says what was checked.
        print("audit log intact")
        if args.verbose:
            print(report.summary())
    return 0


def _case_path(ctx: Context) -> Path:
    """The case file, without opening it: a damaged case must still be restorable."""
    location = ctx.location
    if "://" in location:
        raise CliError(
            "backups here are for case files; a PostgreSQL case is backed up by its server "
            "(pg_dump)"
        )
    return Path(location).expanduser().resolve()


def cmd_backup(ctx: Context, args: argparse.Namespace) -> int:
    from db import backups

    if args.keep is not None and args.keep < 1:
        raise CliError("--keep must be at least 1")
    info = backups.create_backup(ctx.case(), keep=args.keep)
    print(f"backed up to {info.path} ({_size(info.size)})")
    return 0


def _size(size: int) -> str:
    if size < 1024:
        return how_many(size, "byte", "bytes")
    value = float(size)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            break
    return f"{value:.1f} {unit}"


def cmd_backups(ctx: Context, args: argparse.Namespace) -> int:
    from db import backups

    found = backups.list_backups(_case_path(ctx))
    if args.json:
        print_json(
            [
                {
                    "number": n,
                    "path": str(b.path),
                    "taken_at": b.taken_at.isoformat(),
                    "size": b.size,
                    "reason": b.reason,
                }
                for n, b in enumerate(found, 1)
            ]
        )
        return 0
    if not found:
        print("no backups", file=sys.stderr)
    for number, backup in enumerate(found, 1):
        local = backup.taken_at.astimezone()
        print(
            f"{number:>3}  {local:%Y-%m-%d %H:%M:%S}  {_size(backup.size):>10}  "
            f"{backup.reason:<16} {backup.path.name}"
        )
    return 0


def cmd_restore(ctx: Context, args: argparse.Namespace) -> int:
    from db import backups
    from db.audit_heads import remember_head

    path = _case_path(ctx)
    backup = backups.find_backup(path, args.backup)
    result = backups.restore_file(path, backup)
    # The restored log ends earlier than the one this desk last saw: start witnessing afresh.
    remember_head(witness_book(), str(path), None)
    print(f"restored {result.restored_from.name}")
    if result.kept_copy:
        print(f"the case as it was is kept at {result.kept_copy}")
    return 0


def _desk_key() -> DeskKey | None:
    from .. import signing

    try:
        return signing.load_key()
    except signing.SigningError as exc:
        raise CliError(str(exc)) from None


def cmd_key_create(ctx: Context, args: argparse.Namespace) -> int:
    from .. import signing  # cryptography only for the commands that sign

    try:
        key = signing.create_key(args.name or ctx.reviewer)
    except signing.SigningError as exc:
        raise CliError(str(exc)) from None
    print(f"created the desk's signing key for {key.owner}")
    print(f"fingerprint: {key.fingerprint}")
    return 0


def cmd_key_show(ctx: Context, args: argparse.Namespace) -> int:
    key = _desk_key()
    if key is None:
        raise CliError("the desk has no signing key yet (provdesk-cli key create)")
    if args.json:
        print_json(
            {
                "fingerprint": key.fingerprint,
                "owner": key.owner,
                "created_at": key.created_at,
                "public_key": key.public_base64,
                "algorithm": "Ed25519",
            }
        )
        return 0
    print(f"fingerprint: {key.fingerprint}")
    print(f"owner:       {key.owner}")
    print(f"created:     {key.created_at}")
    print(f"public key:  {key.public_base64} (Ed25519)")
    return 0


def cmd_verify_report(ctx: Context, args: argparse.Namespace) -> int:
    from .. import signing  # cryptography only for the commands that sign

    expected = args.key
    if not expected:
        try:
            desk = signing.load_key()
        except signing.SigningError as exc:
            raise CliError(f"{exc}; or give --key FINGERPRINT of the key you trust") from None
        if desk is None:
            raise CliError(
                "the desk has no signing key to check against; give --key FINGERPRINT of the "
                "key you trust"
            )
        expected = desk.fingerprint
    try:
        result = signing.verify_report(args.file, args.signature, expected_key=expected)
    except signing.SigningError as exc:
        raise CliError(str(exc)) from None
    if not result.ok:
        print(f"provdesk-cli: NOT verified: {result.problem}", file=sys.stderr)
        return 1
    print(f"intact: signed by {result.signer} on {result.signed_at}")
    print(f"key: {result.fingerprint}")
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "verify",
        help="re-check the audit log's hash chain, the evidence files, and the tables against "
        "the audit log (exit 1 if anything does not match)",
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("-v", "--verbose", action="store_true", help="say what was checked")
    p.set_defaults(run=cmd_verify, reads_only=True)

    p = commands.add_parser("backup", help="write a consistent backup of a case file")
    p.add_argument("--keep", type=count, metavar="N", help="then keep only the N newest backups")
    p.set_defaults(run=cmd_backup)
    p = commands.add_parser("backups", help="list the case's backups, newest first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_backups, reads_only=True)
    p = commands.add_parser(
        "restore", help="restore a backup (the case as it is is kept as a backup first)"
    )
    p.add_argument("backup", help="a number from `backups` (1 = newest), a file name or a path")
    p.set_defaults(run=cmd_restore)

    key = commands.add_parser("key", help="the desk's signing key (kept in the system keyring)")
    key_commands = key.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    p = key_commands.add_parser("create", help="create the desk's signing key")
    p.add_argument("--name", help="whose key it is (default: the reviewer)")
    p.set_defaults(run=cmd_key_create)
    p = key_commands.add_parser("show", help="the key's fingerprint and public key")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_key_show, reads_only=True)

    p = commands.add_parser(
        "verify-report", help="check a signed report: intact, and signed by the desk's key"
    )
    p.add_argument("file", type=Path)
    p.add_argument("--signature", type=Path, help="default: FILE.sig")
    p.add_argument(
        "--key", metavar="FINGERPRINT", help="the key to expect (default: the desk's own key)"
    )
    p.set_defaults(run=cmd_verify_report, reads_only=True)
