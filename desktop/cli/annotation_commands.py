"""`provdesk-cli import-annotations FILE`: W3C Web Annotations (JSON-LD) as hops' quotes (export
them with `export -f web-annotation`)."""

from __future__ import annotations

import argparse
import sys

from db.vocabulary import Relation

from ..wording import count as how_many
from .case_commands import _choice
from .common import Context, parse_id


def cmd_import_annotations(ctx: Context, args: argparse.Namespace) -> int:
    from desktop.sources.annotations import import_annotations

    done = import_annotations(
        ctx.case(),
        args.file,
        claim_id=args.claim,
        actor=args.actor,
        relation=args.relation.value if args.relation else None,
    )
    for reason in done.skipped:
        print(f"provdesk-cli: warning: left out {reason}", file=sys.stderr)
    for name in done.not_located:
        print(f"provdesk-cli: warning: {name}: quote not located in its source", file=sys.stderr)
    made = f" (new claims: {', '.join(map(str, done.claims))})" if done.claims else ""
    print(f"{how_many(len(done.hops), 'hop', 'hops')} added{made}")
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "import-annotations",
        help="add hops from W3C Web Annotations (JSON-LD, TextQuoteSelector and "
        "TextPositionSelector), e.g. from export -f web-annotation",
    )
    p.add_argument("file", help="a .jsonld file: an annotation, page or collection")
    p.add_argument("--claim", type=parse_id, help="add every quote to this claim")
    p.add_argument("--actor", help="the actor of every quote (default: each one's tagging body)")
    p.add_argument(
        "--relation",
        type=_choice(Relation),
        help="the relation of every quote (default: each one's own): "
        + ", ".join(r.value for r in Relation),
    )
    p.set_defaults(run=cmd_import_annotations)
