"""`provdesk-cli trash`: what was deleted (what, when, by whom), restoring it, emptying the
Trash. (`provdesk-cli restore` is the command that restores a backup of a case.)"""

from __future__ import annotations

import argparse

from db.vocabulary import TRASH_KINDS

from .common import CliError, Context, one_line, parse_id, print_json


def cmd_trash(ctx: Context, args: argparse.Namespace) -> int:
    from db.trash import list_trash

    with ctx.case().read() as session:
        items = list_trash(session)
    if args.json:
        print_json([item.to_json() for item in items])
        return 0
    if not items:
        print("the Trash is empty")
        return 0
    for item in items:
        where = f" (claim {item.claim_id})" if item.claim_id is not None else ""
        print(
            f"{item.kind} {item.id}{where}\t{item.deleted_at:%Y-%m-%d %H:%M} UTC\t"
            f"{item.deleted_by}\t{one_line(item.what, 70)}"
        )
    return 0


def cmd_trash_restore(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    with ctx.case().change() as uow:
        ops.restore(uow, args.kind, args.id)
    print(f"{args.kind} {args.id} restored from the Trash")
    return 0


MAX_DAYS = 100_000
"""The most days `--older-than` takes (some 270 years: older than anything in a case)."""


def _days(text: str) -> int:
    """A whole number of days, 0 to MAX_DAYS."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days") from None
    if not 0 <= value <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days (0 to {MAX_DAYS:,})")
    return value


def cmd_trash_empty(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    case = ctx.case()
    if case.read_only:
        raise CliError(f"you may read but not change the case at {case.location}")
    with case.change() as uow:
        purged = ops.empty_trash(uow, older_than_days=args.older_than)
    print(purged.summary())
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:

    trash = commands.add_parser(
        "trash",
        help="list the Trash (deleted claims, hops, actors, sources); restore from it, empty it",
        description="With no sub-command: list what is in the Trash, newest deletion first.",
    )
    trash.add_argument("--json", action="store_true", help="print the list as JSON")
    trash.set_defaults(run=cmd_trash)
    sub = trash.add_subparsers(dest="trash_command", metavar="ACTION")
    p = sub.add_parser(
        "restore", help="bring a record back from the Trash (same id, reviews and sign-off)"
    )
    p.add_argument("kind", choices=TRASH_KINDS, metavar="KIND", help="claim, hop, actor or source")
    p.add_argument("id", type=parse_id, metavar="ID")
    p.set_defaults(run=cmd_trash_restore)
    p = sub.add_parser(
        "empty", help="purge what is in the Trash for good (recorded in the audit log)"
    )
    p.add_argument(
        "--older-than",
        type=_days,
        metavar="DAYS",
        help="purge only what was deleted more than DAYS (whole) days ago",
    )
    p.set_defaults(run=cmd_trash_empty)
