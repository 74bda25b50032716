"""Sub-commands on translations: link a source to its original (`source link`, `source
unlink`) and print their sentence alignment with its drift flags (`align`)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from db.vocabulary import ActorKind

from .common import (
    CliError,
    Context,
    actor_of,
    choice,
    one_line,
    parse_id,
    print_json,
    say_new_actor,
)


def cmd_link(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    with ctx.case().change() as uow:
        linked = ops.link_translation(uow, args.source, args.translation_of)
    if linked.warning:
        print(f"provdesk-cli: warning: {linked.warning}", file=sys.stderr)
    print(
        f"source {linked.translation_id} is now a translation of source {linked.original_id}: "
        f"{linked.summary}"
    )
    return 0


def cmd_unlink(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    with ctx.case().change() as uow:
        original = ops.unlink_translation(uow, args.source)
    if original is None:
        raise CliError(f"source {args.source} is not linked to an original")
    print(f"source {args.source} is no longer a translation of source {original}")
    return 0


def _side(sentences: Any, indexes: tuple[int, ...]) -> list[dict[str, Any]]:
    return [
        {
            "index": i,
            "start": sentences[i].start,
            "end": sentences[i].end,
            "text": sentences[i].text,
        }
        for i in indexes
    ]


def _words(alignment: Any, bead: Any, languages: tuple[str | None, str | None]) -> list[Any]:
    """The word-level evidence of a bead (what the window highlights), spans in each source."""
    return [
        {
            "original": list(w.original),
            "translation": list(w.translation),
            "evidence": w.evidence,
            "surface": list(w.surface),
        }
        for w in alignment.bead_words(bead, *languages)
    ]


def cmd_align(ctx: Context, args: argparse.Namespace) -> int:
    from db.translations import reading_pair, stored_alignment, translation_links

    with ctx.case().read() as session:
        links = translation_links(session, args.source)
        alignment = stored_alignment(session, args.source)
        pair = reading_pair(session, args.source) if alignment is not None else None
    languages = (
        (pair.original_language, pair.translation_language) if pair is not None else (None, None)
    )
    if links.original is None or alignment is None:
        raise CliError(
            f"source {args.source} is not linked to an original "
            f"(link it: provdesk-cli source link {args.source} --translation-of ORIGINAL)"
        )
    beads = [
        {
            "kind": b.kind,
            "original": _side(alignment.original, b.original),
            "translation": _side(alignment.translation, b.translation),
            "drift": [f.as_dict() for f in b.drift],
            "words": _words(alignment, b, languages) if args.json else [],
        }
        for b in alignment.beads
    ]
    if args.json:
        print_json(
            {
                "translation": args.source,
                "original": links.original.id,
                "summary": alignment.summary(),
                "partial": alignment.partial,
                "beads": beads,
            }
        )
        return 0
    print(
        f"source {args.source} aligned with its original, source {links.original.id} "
        f"({len(alignment.original)} and {len(alignment.translation)} sentences)"
    )
    for bead in beads:
        print(f"{bead['kind']:>7}")
        for label, side in (("original", bead["original"]), ("translation", bead["translation"])):
            for s in side:
                print(f"    {label:<11} {s['start']}–{s['end']}  {one_line(s['text'], 90)}")
        for flag in bead["drift"]:
            if flag["kind"] not in ("omitted", "added"):
                print(f"    ! {flag['description']}")
    print(f"summary: {alignment.summary()}")
    return 0


def cmd_hop_add_original(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    created: tuple[str, str] | None = None
    with ctx.case().change() as uow:
        actor_id = None
        if args.actor is not None:
            actor_id, created = actor_of(uow, args.actor, args.actor_kind, args.new_actor)
        try:
            added = ops.add_hop_from_original(uow, args.hop, actor_id)
        except ops.OriginalActorUnknown as exc:
            raise CliError(
                f"{exc}: provdesk-cli hop add-original {args.hop} --actor NAME, or provdesk-cli "
                f"source edit {exc.source_id} --outlet NAME"
            ) from None
    print(added.hop_id)
    if created is not None and actor_id is not None:
        say_new_actor(actor_id, args.actor, *created)
    print(
        f"provdesk-cli: hop {added.hop_id} quotes the original, source {added.source_id}: "
        f"{one_line(added.quote, 120)}",
        file=sys.stderr,
    )
    for flag in added.drift:
        print(f"provdesk-cli: drift: {flag.description}", file=sys.stderr)
    return 0


def add_hop_actions(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`hop add-original` (called by `case_commands.register`)."""
    p = actions.add_parser(
        "add-original",
        help="before a hop quoted from a translation, add the original's hop with its quote "
        "located in the original (through the alignment); prints the new hop's id",
    )
    p.add_argument("hop", type=parse_id)
    p.add_argument(
        "--actor",
        help="who said or published the original (default: the original source's outlet; never "
        "the translator)",
    )
    p.add_argument(
        "--actor-kind",
        type=choice(ActorKind),
        help="kind of a new --actor (default: guessed from the name, and said)",
    )
    p.add_argument(
        "--new-actor", action="store_true", help="create the actor even if another is offered"
    )
    p.set_defaults(run=cmd_hop_add_original)


def cmd_proposals(ctx: Context, args: argparse.Namespace) -> int:
    from db.translation_proposals import proposed_links

    with ctx.case().read() as session:
        proposals = proposed_links(session)
    if not proposals:
        print("no source says it was translated from another source of the case", file=sys.stderr)
    for p in proposals:
        print(
            f"{p.describe()}: provdesk-cli source link {p.translation} "
            f"--translation-of {p.original}"
        )
        for line in p.details():
            print(f"    {line}")
    return 0


def add_source_actions(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`source link` and `source unlink` (called by `source_commands.register`)."""
    p = actions.add_parser(
        "link", help="mark a source as the translation of another and align their sentences"
    )
    p.add_argument("source", type=parse_id, metavar="TRANSLATION")
    p.add_argument("--translation-of", type=parse_id, required=True, metavar="ORIGINAL")
    p.set_defaults(run=cmd_link)
    p = actions.add_parser(
        "proposals",
        help="translation links the case suggests: sources that say they were translated, "
        "with the source in another language sharing their numbers",
    )
    p.set_defaults(run=cmd_proposals, reads_only=True)
    p = actions.add_parser("unlink", help="remove a source's link to its original")
    p.add_argument("source", type=parse_id, metavar="TRANSLATION")
    p.set_defaults(run=cmd_unlink)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "align",
        help="a translation's sentences beside its original's, with drift flags "
        "(numbers, negation, omitted and added sentences)",
    )
    p.add_argument("source", type=parse_id, metavar="TRANSLATION")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_align, reads_only=True)
