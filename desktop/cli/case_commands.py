"""Sub-commands that change a case: new, demo, claims, hops, verdicts, sign-off, copy,
grants. (Listing, showing and searching are in `reading_commands.py`.)"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from db.errors import EmptyCase, InvalidInput, NoCaseFile
from db.vocabulary import ActorKind, HopStatus, Relation, Verdict

from ..wording import count as how_many
from .common import (
    Context,
    actor_of,
    add_text,
    count,
    parse_id,
    say_new_actor,
)
from .common import choice as _choice
from .visible import unescaped

if TYPE_CHECKING:
    from db.text.spans import Span


def _span(text: str) -> Span:
    """START:END or START:END:PAGE (character offsets into the source's text)."""
    from db.text.spans import Span

    try:
        numbers = [int(p) for p in text.split(":")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a span (START:END[:PAGE])") from None
    if len(numbers) not in (2, 3):
        raise argparse.ArgumentTypeError(f"{text!r} is not a span (START:END[:PAGE])")
    try:
        return Span(numbers[0], numbers[1], numbers[2] if len(numbers) == 3 else None)
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def cmd_new(ctx: Context, args: argparse.Namespace) -> int:
    """Create the case; a case already there is left as it is (exit 0, said on stderr), and
    anything else there is refused (`NotACase`, exit 1)."""
    try:
        case = ctx.case()
    except (EmptyCase, NoCaseFile):
        case = ctx.case(create=True)
        print(f"case {case.name!r} at {case.location}")
        return 0
    print(
        f"provdesk-cli: a case already exists at {case.location} ({case.name!r}); "
        "nothing was changed",
        file=sys.stderr,
    )
    return 0


def cmd_demo(ctx: Context, args: argparse.Namespace) -> int:
    from db.demo import build_demo

    case = ctx.case(create=True)
    with case.change() as uow:
        ids = build_demo(uow)
    print(f"demo case at {case.location}: claims {', '.join(map(str, ids))}")
    return 0


def cmd_claim_add(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    with ctx.case().change() as uow:
        claim_id = ops.add_claim(uow, args.text, notes=args.notes, tags=args.tag)
    print(claim_id)
    return 0


def cmd_claim_edit(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    with ctx.case().change() as uow:
        version = ops.edit_claim(
            uow,
            args.claim,
            expected_version=args.expect_version,
            text=args.text,
            notes=args.notes,
            tags=args.tag,
        )
    print(f"claim {args.claim} is now at version {version}")
    return 0


def cmd_claim_duplicate(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    with ctx.case().change() as uow:
        print(ops.duplicate_claim(uow, args.claim))
    return 0


def cmd_claim_delete(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    with ctx.case().change() as uow:
        ops.delete_claim(uow, args.claim, expected_version=args.expect_version)
    print(
        f"claim {args.claim} moved to the Trash with its hops and reviews "
        f"(undo: provdesk-cli trash restore claim {args.claim})"
    )
    return 0


def cmd_hop_add(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    with ctx.case().change() as uow:
        actor_id, created = actor_of(
            uow, args.actor, args.actor_kind, args.new_actor, args.same_as, keeps_spelling=True
        )
        hop_id = ops.add_hop(
            uow,
            args.claim,
            actor_id=actor_id,
            relation=args.relation,
            source_id=args.source,
            quote=args.quote,
            spans=args.span or None,
            language=args.language,
            relayed_on=args.date,
            after_hop_id=args.after,
            new_route=args.new_route,
            origin=args.origin,
            direction_doubtful=args.direction_doubtful,
            note=args.note,
            quote_language=args.quote_language,
        )
        unlocated = ops.hop_quote_not_located(uow, hop_id)
    print(hop_id)
    if created is not None:
        say_new_actor(actor_id, args.actor, *created)
    if unlocated:
        _warn_not_located(hop_id, args.source)
    return 0


def _warn_not_located(hop_id: int, source_id: int | None) -> None:
    print(
        f"provdesk-cli: warning: hop {hop_id}: quote not located in the text of source "
        f"{source_id} (stored; check the quote's words or give --span)",
        file=sys.stderr,
    )


def cmd_hop_edit(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops
    from db.models import Hop

    with ctx.case().change() as uow:
        version = ops.edit_hop(
            uow,
            args.hop,
            expected_version=args.expect_version,
            source_id=args.source,
            clear_source=args.no_source,
            quote=args.quote,
            spans=args.span or None,
            language=args.language,
            quote_language=args.quote_language,
            note=args.note,
        )
        unlocated = ops.hop_quote_not_located(uow, args.hop)
        hop = uow.session.get(Hop, args.hop)
        source_id = hop.source_id if hop is not None else None
    print(f"hop {args.hop} saved (version {version})")
    if unlocated:
        _warn_not_located(args.hop, source_id)
    return 0


def cmd_hop_remove(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    with ctx.case().change() as uow:
        ops.remove_hop(uow, args.hop, expected_version=args.expect_version)
    print(f"hop {args.hop} moved to the Trash (undo: provdesk-cli trash restore hop {args.hop})")
    return 0


def cmd_hop_move(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    with ctx.case().change() as uow:
        ops.move_hop(uow, args.hop, -1 if args.direction == "up" else 1)
    print(f"hop {args.hop} moved {args.direction}")
    return 0


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    with ctx.case().change() as uow:
        ops.set_verdict(
            uow, args.claim, args.verdict, args.why, expected_version=args.expect_version
        )
    print(f"claim {args.claim}: {args.verdict.label.lower()}")
    return 0


def cmd_hop_status(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    with ctx.case().change() as uow:
        ops.set_hop_status(
            uow, args.hop, args.status, args.why, expected_version=args.expect_version
        )
    print(f"hop {args.hop}: {args.status.label.lower()}")
    if args.status.value == "confirmed":
        from db.meaning_checks import hop_passage_differences

        with ctx.case().read() as session:
            diff = hop_passage_differences(session, args.hop)
        if not diff.agree:
            print(
                f"note: the located passage differs from the quote: {diff.describe()}",
                file=sys.stderr,
            )
    return 0


def _copy_progress() -> Callable[[str, int], None]:
    """One line on a terminal that says which table is being copied and how far, then how many
    of the team server's indexes and keys are built again (at most five times a second)."""
    shown = 0.0

    def progress(table: str, rows: int) -> None:
        nonlocal shown
        now = time.monotonic()
        if now - shown >= 0.2:
            shown = now
            step = (
                f"building indexes and keys: {rows} done"
                if table == "indexes"
                else f"copying {table}: {rows:,} rows"
            )
            print(f"\r{step}…\033[K", end="", file=unescaped(sys.stderr), flush=True)

    return progress


def cmd_copy_to(ctx: Context, args: argparse.Namespace) -> int:
    from db.transfer import copy_case

    source = ctx.case()
    target = ctx.open(args.destination, create=True)
    try:
        report = copy_case(source, target, _copy_progress() if sys.stderr.isatty() else None)
    finally:
        target.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    total = sum(report.counts.values())
    print(
        f"copied {how_many(total, 'row', 'rows')} ({how_many(report.counts.get('claims', 0), 'claim', 'claims')}, "
        f"{how_many(report.evidence_files, 'evidence file', 'evidence files')}) to {target.location}; "
        f"verified: counts, evidence hashes, audit log ending in {report.audit_head[:12]}"
    )
    return 0


def cmd_grant(ctx: Context, args: argparse.Namespace) -> int:
    from db.team import grant

    grant(ctx.case(), args.user, args.role)
    print(
        f"{args.user} is now {'a reviewer' if args.role == 'reviewer' else 'read-only'} on this case"
    )
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser("new", help="create an empty case")
    p.set_defaults(run=cmd_new)
    p = commands.add_parser("demo", help="add the demo case's claims (creates the case if needed)")
    p.set_defaults(run=cmd_demo)

    claim = commands.add_parser("claim", help="add, edit, duplicate or delete a claim")
    claim_commands = claim.add_subparsers(dest="claim_command", metavar="ACTION", required=True)
    p = claim_commands.add_parser("add", help="add a claim; prints its id")
    add_text(p, "text", what="claim's text", required=True, help="the claim's wording")
    add_text(p, "--notes", what="notes")
    p.add_argument("--tag", action="append", default=[])
    p.set_defaults(run=cmd_claim_add)
    p = claim_commands.add_parser("edit", help="change a claim's wording, notes or tags")
    p.add_argument("claim", type=parse_id)
    add_text(p, "--text", what="claim's text", default=None)
    add_text(p, "--notes", what="notes", default=None)
    p.add_argument("--tag", action="append", help="replaces the tags (repeat for several)")
    p.add_argument("--expect-version", type=count, help="refuse if the claim changed since")
    p.set_defaults(run=cmd_claim_edit)
    p = claim_commands.add_parser(
        "duplicate", help="copy a claim with its chain; prints the new id"
    )
    p.add_argument("claim", type=parse_id)
    p.set_defaults(run=cmd_claim_duplicate)
    p = claim_commands.add_parser("delete", help="move a claim and its hops to the Trash")
    p.add_argument("claim", type=parse_id)
    p.add_argument("--expect-version", type=count)
    p.set_defaults(run=cmd_claim_delete)

    hop = commands.add_parser("hop", help="add, remove, move a hop, or mark its status")
    hop_commands = hop.add_subparsers(dest="hop_command", metavar="ACTION", required=True)
    p = hop_commands.add_parser("add", help="add a hop to a claim's chain; prints its id")
    p.add_argument("claim", type=parse_id)
    p.add_argument(
        "--actor",
        required=True,
        help="actor name or alias (created if new; an actor whose name meets it in another "
        "script or form is offered first)",
    )
    p.add_argument(
        "--new-actor", action="store_true", help="create the actor even if another is offered"
    )
    p.add_argument(
        "--same-as",
        type=parse_id,
        metavar="ID",
        help="the actor is actor ID, and --actor's spelling is kept as its alias (if new to it)",
    )
    p.add_argument(
        "--actor-kind",
        type=_choice(ActorKind),
        help="kind of a new actor: " + ", ".join(k.value for k in ActorKind) + " (default: "
        "guessed from the name — a known outlet, News, TV, Agency, a domain … — and said)",
    )
    p.add_argument(
        "--relation",
        required=True,
        type=_choice(Relation),
        help=", ".join(r.value for r in Relation),
    )
    p.add_argument("--source", type=parse_id)
    add_text(p, "--quote", what="quote")
    p.add_argument("--span", type=_span, action="append", help="START:END[:PAGE], repeatable")
    p.add_argument("--language", default="", help="BCP 47 tag, e.g. ar, tr, en")
    p.add_argument(
        "--quote-language",
        help="language of the quoted words, if not the source's (default: worked out)",
    )
    p.add_argument("--date", help="YYYY-MM-DD")
    p.add_argument("--after", type=parse_id, help="insert after this hop (default: end of chain)")
    p.add_argument(
        "--new-route", action="store_true", help="with --after: start a second route there"
    )
    p.add_argument("--origin", action="store_true", help="make this hop the new origin")
    p.add_argument("--direction-doubtful", action="store_true")
    add_text(p, "--note", what="note")
    p.set_defaults(run=cmd_hop_add)
    p = hop_commands.add_parser(
        "edit", help="change a hop's quote, source or languages (the quote is located again)"
    )
    p.add_argument("hop", type=parse_id)
    add_text(p, "--quote", what="quote", default=None)
    p.add_argument("--source", type=parse_id)
    p.add_argument("--no-source", action="store_true", help="the hop has no source")
    p.add_argument("--span", type=_span, action="append", help="START:END[:PAGE], repeatable")
    p.add_argument("--language", help="BCP 47 tag of the actor's language")
    p.add_argument("--quote-language", help="BCP 47 tag of the quoted words")
    add_text(p, "--note", what="note", default=None)
    p.add_argument("--expect-version", type=int)
    p.set_defaults(run=cmd_hop_edit)
    p = hop_commands.add_parser("status", help="mark a hop's attribution status")
    p.add_argument("hop", type=parse_id)
    p.add_argument("status", type=_choice(HopStatus), help=", ".join(s.value for s in HopStatus))
    add_text(p, "--why", what="rationale", help="rationale (required except for unchecked)")
    p.add_argument("--expect-version", type=count)
    p.set_defaults(run=cmd_hop_status)
    p = hop_commands.add_parser("remove", help="take a hop out of its chain, into the Trash")
    p.add_argument("hop", type=parse_id)
    p.add_argument("--expect-version", type=count)
    p.set_defaults(run=cmd_hop_remove)
    p = hop_commands.add_parser("move", help="move a hop up or down its chain")
    p.add_argument("hop", type=parse_id)
    p.add_argument("direction", choices=["up", "down"])
    p.set_defaults(run=cmd_hop_move)
    from .translation_commands import add_hop_actions

    add_hop_actions(hop_commands)

    p = commands.add_parser("status", help="mark a claim's verdict")
    p.add_argument("claim", type=parse_id)
    p.add_argument("verdict", type=_choice(Verdict), help=", ".join(v.value for v in Verdict))
    add_text(p, "--why", what="rationale", help="rationale (required for a final verdict)")
    p.add_argument("--expect-version", type=count)
    p.set_defaults(run=cmd_status)

    p = commands.add_parser(
        "copy-to", help="copy the case to a new file or team server, checked afterwards"
    )
    p.add_argument("destination", help="a new case file path or an empty database URL")
    p.set_defaults(run=cmd_copy_to)
    p = commands.add_parser("grant", help="give a database user a role on a team case")
    p.add_argument("user")
    p.add_argument("--role", required=True, choices=["reviewer", "read-only"])
    p.set_defaults(run=cmd_grant)
