"""Sub-commands of "Where else?": trace a text, similar claims, merge claims, rebuild the index."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .common import CliError, Context, add_text, one_line, parse_id, print_json


def _appearance_json(a: Any) -> dict[str, Any]:
    return {
        "source": a.source_id,
        "title": a.title,
        "outlet": a.outlet,
        "url": a.url,
        "language": a.language,
        "published_on": a.published_on,
        "imported_at": a.imported_at,
        "start": a.start,
        "end": a.end,
        "page": a.page,
        "passage": a.passage,
        "similarity": a.similarity,
        "matched_words": a.matched_words,
        "verbatim": a.verbatim,
        "first_appearance": a.first,
        "aligned_with": a.aligned_with,  # found through a translation link
        # anchors of meaning in which the passage differs from the traced text
        "note": a.note,
        "differences": [_difference_json(d) for d in a.differences],
    }


def _anchor_json(anchor: Any) -> dict[str, Any] | None:
    if anchor is None:
        return None
    return {
        "start": anchor.start,
        "end": anchor.end,
        "surface": anchor.surface,
        "value": anchor.value,
    }


def _difference_json(d: Any) -> dict[str, Any]:
    """One differing anchor: its kind, what it says, and where it sits in each text."""
    return {
        "kind": d.kind,
        "describe": d.describe(),
        "this": _anchor_json(d.left),
        "other": _anchor_json(d.right),
    }


PASSAGE_WIDTH = 60
"""Characters of a passage shown on a line of `trace` (the JSON has the whole passage)."""


def _shown(start: int, passage: str, traced: str) -> tuple[str, str]:
    """The offsets and the text of the part of a passage a line shows: the text is exactly the
    stored text at those offsets (each space, tab or line end shown as one space), and it
    holds the traced number the passage carries (`db.text.similarity.shown_part`)."""
    from db.text.similarity import shown_part

    lo, hi = shown_part(passage, traced, PASSAGE_WIDTH)
    text = "".join(" " if c.isspace() else c for c in passage[lo:hi])
    return f"{start + lo}–{start + hi}", text


def _whole(start: int, end: int, shown: str) -> str:
    """A note when a line shows part of its passage: "part of the passage 171–400"."""
    return "" if shown == f"{start}–{end}" else f"      part of the passage {start}–{end}"


def cmd_trace(ctx: Context, args: argparse.Namespace) -> int:
    from db.appearances import trace_claim, trace_hop, trace_text

    given = [x for x in (args.claim, args.hop, args.text or None) if x is not None]
    if len(given) != 1:
        raise CliError("give one of --claim ID, --hop ID, --text TEXT or --text-file FILE")
    with ctx.case().read() as session:
        if args.claim is not None:
            trace = trace_claim(session, args.claim)
        elif args.hop is not None:
            trace = trace_hop(session, args.hop)
        else:
            trace = trace_text(session, args.text)
    if args.json:
        print_json(
            {
                "text": trace.text,
                "words": trace.words,
                "candidates": trace.candidates,
                "appearances": [_appearance_json(a) for a in trace.appearances],
                "other_languages": list(trace.other_languages),
            }
        )
        return 0
    if not trace.appearances and not trace.other_languages:
        print("no source in the case carries this text", file=sys.stderr)
        return 0
    for a in trace.appearances:
        date = a.published_on.isoformat() if a.published_on else "(no date)"
        mark = "FIRST" if a.first else ""
        span, text = _shown(a.start, a.passage, trace.text)
        where = span + (f" p.{a.page}" if a.page else "")
        name = one_line(a.outlet or a.title or "", 30)
        print(
            f"{mark:5} {date:10} #{a.source_id:<5} {a.similarity:4.2f} {where:14} {name:30} {text}"
        )
        if whole := _whole(a.start, a.end, span):
            print(whole)
        if a.note:
            print(f"      {a.note}")
    for p in trace.other_languages:  # after every same-language appearance
        date = p.published_on.isoformat() if p.published_on else "(no date)"
        name = one_line(p.outlet or p.title or "", 30)
        span, text = _shown(p.start, p.passage, trace.text)
        print(
            f"{'':5} {date:10} #{p.source_id:<5} {p.language or '?':4} {span:<14} {name:30} {text}"
        )
        if whole := _whole(p.start, p.end, span):
            print(whole)
        shares = ", ".join(p.shared) or "no number or date"
        print(f"      {p.note}: names {', '.join(p.names)}; shares {shares}")
    return 0


def cmd_similar(ctx: Context, args: argparse.Namespace) -> int:
    from db.appearances import similar_claims
    from db.models import Claim
    from db.text.meaning import REWORDING_SIMILARITY
    from db.text.similarity import SAME_CLAIM_SIMILARITY, SUGGEST_SIMILARITY, word_differences

    with ctx.case().read() as session:
        found = similar_claims(session, args.claim, limit=args.limit)
        claim = session.get(Claim, args.claim)
        wording = claim.text if claim is not None else ""
    if args.json:
        print_json(
            {
                "claim": args.claim,
                "thresholds": {
                    "suggest": SUGGEST_SIMILARITY,
                    "same": SAME_CLAIM_SIMILARITY,
                    "reworded": REWORDING_SIMILARITY,
                },
                "similar": [
                    {
                        "claim": s.claim_id,
                        "text": s.text,
                        "verdict": s.verdict,
                        "similarity": s.similarity,
                        # content words (stems outside the anchors): a rewording's closeness
                        "content_similarity": s.words,
                        "probably_same": s.same,
                        "label": s.label,
                        # anchors of meaning that differ: "close wording, different facts"
                        "differences": [_difference_json(d) for d in s.differences],
                        # words outside the common wording: [start, end) of each text
                        "differs": dict(
                            zip(("this", "other"), word_differences(wording, s.text), strict=True)
                        ),
                    }
                    for s in found
                ],
            }
        )
        return 0
    if not found:
        print(f"no claim is close to claim {args.claim}", file=sys.stderr)
    for s in found:
        label = "same?" if s.same else "facts" if s.differences else "near"
        print(
            f"#{s.claim_id:<6} {s.similarity:4.2f} {label:5} {s.verdict:15} {one_line(s.text, 70)}"
        )
        if s.differences:
            print(f"        {s.label}: " + "; ".join(d.describe() for d in s.differences))
    return 0


def cmd_merge(ctx: Context, args: argparse.Namespace) -> int:
    from db.operations.appearances import merge_claims

    with ctx.case().change() as uow:
        merged = merge_claims(
            uow, args.keep, args.other, despite_differences=args.despite_differences
        )
    print(
        f"claim {merged.other_id} merged into claim {merged.keep_id}: "
        f"{len(merged.hop_ids)} hops, {len(merged.review_ids)} reviews, "
        f"{len(merged.tags_added)} tags moved; claim {merged.other_id} went to the Trash"
    )
    return 0


def cmd_reindex(ctx: Context, args: argparse.Namespace) -> int:
    from db.operations.actors import rebuild_actor_name_keys
    from db.operations.appearances import rebuild_similarity_index

    with ctx.case().change() as uow:
        counts = rebuild_similarity_index(uow)
        name_keys = rebuild_actor_name_keys(uow)
    print(
        f"indexed {counts.sources:,} sources ({counts.source_keys:,} keys) and "
        f"{counts.claims:,} claims ({counts.claim_keys:,} keys); "
        f"{name_keys:,} name keys of actors"
    )
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "trace",
        help="where else does this appear? every source carrying a claim's wording, a hop's "
        "quote or a text, by date, the earliest marked",
    )
    p.add_argument("--claim", type=parse_id, metavar="ID", help="trace a claim's wording")
    p.add_argument("--hop", type=parse_id, metavar="ID", help="trace a hop's quote")
    add_text(p, "--text", what="text to trace", help="trace this text")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_trace, reads_only=True)

    p = commands.add_parser("similar", help="claims whose wording is close to a claim's")
    p.add_argument("claim", type=parse_id)
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_similar, reads_only=True)

    p = commands.add_parser(
        "reindex",
        help="rebuild the similarity index of sources and claims (trace, similar) and the "
        "name keys of actors",
    )
    p.set_defaults(run=cmd_reindex)

    # `claim merge` joins the `claim` command of case_commands (registered before this module).
    claim = commands.choices.get("claim")
    if claim is None:
        raise CliError("the claim command must be registered before claim merge")
    actions = next(a for a in claim._actions if isinstance(a, argparse._SubParsersAction))
    p = actions.add_parser(
        "merge",
        help="merge claim OTHER into KEEP: its routes, reviews, tags and notes join KEEP; "
        "OTHER goes to the Trash",
    )
    p.add_argument("keep", type=parse_id)
    p.add_argument("other", type=parse_id)
    p.add_argument(
        "--despite-differences",
        action="store_true",
        help="merge although the claims' anchors of meaning differ (a negation, number, date, "
        "name or modality: `similar` names them); the audit trail records the override",
    )
    p.set_defaults(run=cmd_merge)
