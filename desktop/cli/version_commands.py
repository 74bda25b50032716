"""Versions of a source on the command line: `source update SOURCE FILE` (a changed file),
`source reread SOURCE --encoding NAME` (the same bytes in another encoding), and a reviewer's
answer to a changed or lost quote: `hop accept-anchor HOP`, `hop keep-version HOP`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from .common import CliError, Context, add_text, parse_id, pdf_password_needed, print_json

if TYPE_CHECKING:
    from db import operations as ops


def _subcommands(
    parser: argparse.ArgumentParser,
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise AssertionError(f"{parser.prog} has no sub-commands")


def report_version(outcome: ops.NewVersion, *, as_json: bool) -> None:
    """What a new version did to the quotes: one line, then one per quote to review."""
    if as_json:
        print_json(
            {
                "source": outcome.source_id,
                "version": outcome.number,
                "summary": outcome.summary.describe(),
                "counts": outcome.summary.counts,
                "same_as": outcome.same_as,
                "quotes": outcome.quotes,
            }
        )
        return
    same = f" (the same text as version {outcome.same_as})" if outcome.same_as else ""
    print(
        f"source {outcome.source_id} is now at version {outcome.number}{same}: "
        f"{outcome.summary.describe()}"
    )
    for quote in outcome.quotes:
        if quote.health in ("changed", "lost"):
            detail = f" — {quote.note}" if quote.note else ""
            print(f"  hop {quote.hop_id} (claim {quote.claim_id}): {quote.health}{detail}")
    if any(q.health in ("changed", "lost") for q in outcome.quotes):
        print(
            "  (hop accept-anchor HOP takes the new words; hop keep-version HOP keeps the hop "
            "checked against the version it was anchored in)"
        )


def _losses(exc: ops.MostQuotesLost) -> CliError:
    return CliError(f"{exc}; run again with --yes to make it current")


def cmd_source_update(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops
    from desktop.sources import PasswordRequired, WrongPassword
    from desktop.sources.versions import update_source

    from .source_commands import _read_password

    password = _read_password() if args.password_stdin else None
    try:
        outcome = update_source(
            ctx.case(),
            args.source,
            args.file,
            why=args.why or "",
            encoding=args.encoding,
            password=password,
            allow_partial=args.allow_partial,
            accept_losses=args.yes,
        )
    except ops.MostQuotesLost as exc:
        raise _losses(exc) from None
    except PasswordRequired as exc:
        if isinstance(exc, WrongPassword):
            raise
        usage = f"source update {args.source} --password-stdin FILE"
        raise pdf_password_needed(exc, args, usage) from None
    report_version(outcome, as_json=args.json)
    return 0


def cmd_source_reread(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops
    from desktop.sources.versions import reread_source

    try:
        outcome = reread_source(
            ctx.case(), args.source, args.encoding, why=args.why or "", accept_losses=args.yes
        )
    except ops.MostQuotesLost as exc:
        raise _losses(exc) from None
    report_version(outcome, as_json=args.json)
    return 0


def cmd_accept_anchor(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    with ctx.case().change() as uow:
        ops.accept_anchor(uow, args.hop, expected_version=args.expect_version)
    print(f"hop {args.hop} now quotes the source's current version")
    return 0


def cmd_keep_version(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    with ctx.case().change() as uow:
        ops.keep_version(uow, args.hop)
    print(f"hop {args.hop} stays checked against the version it was anchored in")
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    source = _subcommands(commands.choices["source"])
    p = source.add_parser(
        "update",
        help="import a changed file of a source as its new version; the quotes citing it are "
        "re-anchored (exact, changed, lost)",
    )
    p.add_argument("source", type=parse_id)
    p.add_argument("file", help="the changed file (PDF, .html, .txt, .md)")
    add_text(p, "--why", what="reason", help="why there is a new version (kept in its history)")
    p.add_argument("--encoding", metavar="NAME", help="read a text file in this encoding")
    p.add_argument("--password-stdin", action="store_true", help="an encrypted PDF's password")
    p.add_argument("--allow-partial", action="store_true", help="store a partial read")
    p.add_argument(
        "--yes", action="store_true", help="make it current even if most quotes are lost"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_source_update)
    p = source.add_parser(
        "reread",
        help="read a text source's evidence file again in another encoding, as its new version "
        "(the first reading stays in its history)",
    )
    p.add_argument("source", type=parse_id)
    p.add_argument("--encoding", metavar="NAME", required=True, help="cp1254, koi8-r, …")
    add_text(p, "--why", what="reason", help="why (kept in the source's history)")
    p.add_argument(
        "--yes", action="store_true", help="make it current even if most quotes are lost"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_source_reread)

    hop = _subcommands(commands.choices["hop"])
    p = hop.add_parser(
        "accept-anchor", help="a changed quote takes the words of the source's current version"
    )
    p.add_argument("hop", type=parse_id)
    p.add_argument("--expect-version", type=int)
    p.set_defaults(run=cmd_accept_anchor)
    p = hop.add_parser(
        "keep-version",
        help="a changed or lost quote stays checked against the version it was anchored in",
    )
    p.add_argument("hop", type=parse_id)
    p.set_defaults(run=cmd_keep_version)
