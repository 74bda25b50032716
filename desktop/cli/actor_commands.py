"""Sub-commands for actors: add (offering an existing actor whose name meets the new one across
scripts and inflections first), merge, and the likely duplicates."""

from __future__ import annotations

import argparse
import sys

from db.vocabulary import ActorKind

from .case_commands import _choice
from .common import (
    CliError,
    Context,
    new_actor_kind,
    offer_line,
    parse_id,
    print_json,
    say_new_actor,
)


def cmd_actor_add(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops
    from db.actor_names import actor_candidates

    with ctx.case().change() as uow:
        if args.same_as is not None:
            ops.add_alias(uow, args.same_as, args.name)
            for alias in args.alias:
                ops.add_alias(uow, args.same_as, alias)
            print(args.same_as)
            return 0
        if not args.new:
            candidates = actor_candidates(uow.session, args.name)
            if candidates:
                raise CliError(offer_line(args.name, candidates, "--new"))
        kind, why = new_actor_kind(args.name, args.kind, "--kind")
        actor_id = ops.add_actor(uow, args.name, kind, aliases=args.alias)
    print(actor_id)
    say_new_actor(actor_id, args.name, kind, why)
    return 0


def cmd_actor_merge(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    with ctx.case().change() as uow:
        ops.merge_actors(uow, args.keep, args.merge)
    print(f"actor {args.merge} merged into {args.keep}")
    return 0


def cmd_actor_duplicates(ctx: Context, args: argparse.Namespace) -> int:
    from db.actor_names import likely_duplicates

    with ctx.case().read() as session:
        pairs = likely_duplicates(session, limit=args.limit)
    if args.json:
        print_json(
            [
                {
                    "keep": p.first.actor_id,
                    "keep_name": p.first.actor_name,
                    "merge": p.second_id,
                    "merge_name": p.second_name,
                    "spellings": [p.first.spelling, p.second_spelling],
                    "same_key": p.first.same_key,
                    "similarity": p.similarity,
                }
                for p in pairs
            ]
        )
        return 0
    if not pairs:
        print("no likely duplicates", file=sys.stderr)
    for pair in pairs:
        print(
            f"{pair.describe()}  "
            f"(merge: provdesk-cli actor merge {pair.first.actor_id} {pair.second_id})"
        )
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    actor = commands.add_parser("actor", help="add or merge actors, list likely duplicates")
    actor_commands = actor.add_subparsers(dest="actor_command", metavar="ACTION", required=True)
    p = actor_commands.add_parser(
        "add",
        help="add an actor; prints its id. An existing actor whose name meets the new one "
        "(another script, an inflected form) is offered first",
    )
    p.add_argument("name")
    p.add_argument(
        "--kind",
        type=_choice(ActorKind),
        help=", ".join(k.value for k in ActorKind) + " (default: guessed from the name, and said)",
    )
    p.add_argument("--alias", action="append", default=[])
    answer = p.add_mutually_exclusive_group()
    answer.add_argument(
        "--same-as", type=parse_id, metavar="ID", help="add the name to actor ID as an alias"
    )
    answer.add_argument(
        "--new", action="store_true", help="add a new actor even if an existing one is offered"
    )
    p.set_defaults(run=cmd_actor_add)
    p = actor_commands.add_parser("merge", help="merge actor MERGE into actor KEEP")
    p.add_argument("keep", type=parse_id)
    p.add_argument("merge", type=parse_id)
    p.set_defaults(run=cmd_actor_merge)
    p = actor_commands.add_parser(
        "duplicates",
        help="actors whose names meet across scripts and inflections (likely one actor twice)",
    )
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_actor_duplicates, reads_only=True)
