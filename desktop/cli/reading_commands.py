"""Sub-commands that only read a case: claims, show, search, actors, audit (each leaves every
byte of the case as it was: `reads_only`)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from db.vocabulary import HopStatus, Verdict

from ..wording import for_data, for_people, plural
from .common import Context, choice, count, one_line, parse_id, print_json, search_words

if TYPE_CHECKING:
    from db.views import ClaimDetail

# `claims` and `show` read through SQLAlchemy Core (`Case.connect`): the ORM, the models and the
# search are loaded by the commands that use them.


def cmd_claims(ctx: Context, args: argparse.Namespace) -> int:
    from db.claim_list import ClaimCursor, ClaimFilter, claim_rows, list_claims

    where = ClaimFilter(verdicts=tuple(v.value for v in args.verdict or ()), tag=args.tag or "")
    if args.search:
        from db.search import search_claims

        with ctx.case().connect() as connection:
            hits = search_claims(connection, args.search, limit=args.limit, exact=args.exact)
            rows = claim_rows(connection, [h.id for h in hits])
            if hits and hits[0].order == "recent":
                print(
                    f"{args.search!r} is in very many claims: the newest come first, "
                    "best first among them",
                    file=sys.stderr,
                )
            if not where.is_empty:
                rows = [r for r in rows if not where.verdicts or r.verdict in where.verdicts]
    else:
        with ctx.case().connect() as connection:
            after = ClaimCursor(args.after) if args.after else None
            rows = list(list_claims(connection, after=after, limit=args.limit, where=where).rows)
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("no claims", file=sys.stderr)
    for row in rows:
        print(
            f"{row.id:>6}  {Verdict(row.verdict).label:<15} {row.hop_count:>2} "
            f"{plural(row.hop_count, 'hop ', 'hops')}  "
            f"{one_line(row.text, 70)}"
            + (
                f"  [{row.quotes_to_review} {plural(row.quotes_to_review, 'quote', 'quotes')} "
                "changed or lost in a new version of the source]"
                if row.quotes_to_review
                else ""
            )
        )
    return 0


def _chain_line(detail: ClaimDetail, chain: tuple[int, ...]) -> str:
    parts = []
    for index, hop_id in enumerate(chain):
        hop = detail.hop(hop_id)
        if index:
            doubt = "?" if hop.direction_doubtful else ""
            parts.append(f" —{hop.relation}{doubt}→ ")
        parts.append(hop.actor_name)
    return "".join(parts)


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    from db.claim_view import claim_detail
    from db.text.spans import page_citation

    with ctx.case().connect() as connection:
        detail = claim_detail(connection, args.claim)
    if args.json:
        print_json(detail)
        return 0
    print(f"Claim {detail.id} (version {detail.version}): {detail.text}")
    print(
        f"Verdict: {Verdict(detail.verdict).label}"
        + (f" — {detail.rationale}" if detail.rationale else "")
    )
    if detail.tags:
        print(f"Tags: {', '.join(detail.tags)}")
    if detail.notes:
        print(f"Notes: {detail.notes}")
    for number, chain in enumerate(detail.chains, 1):
        print(f"Chain {number}: {_chain_line(detail, chain)}")
    for hop in detail.hops:
        where = hop.source_title or hop.source_outlet or "no source"
        print(
            f"  hop {hop.id}: {hop.actor_name} {hop.relation} in {where!r}"
            f"{' on ' + hop.relayed_on.isoformat() if hop.relayed_on else ''}"
            f"{' [' + hop.language + ']' if hop.language else ''} — {HopStatus(hop.status).label}"
            + (" (direction doubtful)" if hop.direction_doubtful else "")
        )
        if hop.quote:
            spans = ", ".join(
                f"{s.start}–{s.end}"
                + (f" p. {page_citation(s.page, hop.page_labels)}" if s.page else "")
                for s in hop.spans
            )
            where = f" at {spans}" if spans else ""
            if hop.quote_not_located:
                where = " — quote not located in the source"
            language = f" [{hop.quote_language}]" if hop.quote_language != hop.language else ""
            print(f"      “{one_line(hop.quote, 100)}”{language}{where}")
            if hop.health_mark:
                print(f"      {hop.health_mark}")
                if hop.proposed_quote and hop.needs_review:
                    print(f"      now: “{one_line(hop.proposed_quote, 100)}”")
        if hop.note:
            print(f"      note: {hop.note}")
    if detail.reviews:
        print("Reviews:")
    for review in detail.reviews:
        subject = "verdict" if review.hop_id is None else f"hop {review.hop_id}"
        print(
            f"  {for_people(review.at)} {review.reviewer}: {subject} "
            f"{review.from_value} → {review.to_value}"
            + (f" — {review.rationale}" if review.rationale else "")
        )
    return 0


def how_found(place: int, rank: float, name_rank: float) -> str:
    """A hit's place in the list (best first; the databases' bm25/ts_rank numbers mean nothing
    to a reader and cannot be compared between claims, quotes and sources) and whether it was
    found through another spelling of the word (a claim found through an actor's or outlet's
    name says so at the end of its line: "— through Sergey Lavrov")."""
    if rank > name_rank:
        return f"#{place}  another spelling:"
    return f"#{place}"


def cmd_search(ctx: Context, args: argparse.Namespace) -> int:
    from db.search import NAME_RANK, expansion_of, name_index, search
    from db.search_named import names_in_claims
    from db.search_snippets import snippets
    from db.text.snippets import snippet

    # Through Core (`Case.connect`): a search loads neither the ORM nor the models.
    with ctx.case().connect() as connection:
        index = name_index(connection)  # read once for the search, its spellings and names
        hits = search(connection, args.words, limit=args.limit, exact=args.exact, names=index)
        expansion = None if args.exact else expansion_of(connection, args.words, index)
        also = expansion.marked_words if expansion else ()
        found = snippets(connection, [(h.kind, h.id) for h in hits], args.words, 90, also=also)
        by_name = {h.id for h in hits if h.kind == "claim" and h.rank == NAME_RANK}
        names = names_in_claims(connection, args.words, by_name, index) if by_name else {}
    if args.json:
        print_json(hits)
        return 0
    if expansion:
        print(f"also searched: {expansion.describe()} (--exact: as typed only)", file=sys.stderr)
    if not hits:
        print(f"nothing matches {args.words!r}", file=sys.stderr)
    common = sorted({h.kind + "s" for h in hits if h.order == "recent"})
    if common:
        print(
            f"{args.words!r} is in very many {' and '.join(common)}: the newest of those come "
            "first, best first among them",
            file=sys.stderr,
        )
    for place, hit in enumerate(hits, start=1):
        claim = f" (claim {hit.claim_id})" if hit.claim_id and hit.kind != "claim" else ""
        excerpt = found.get((hit.kind, hit.id))
        line = f"{hit.kind:<6} {hit.id:>6}{claim}  {how_found(place, hit.rank, NAME_RANK)}"
        line += f"  {excerpt.marked()}" if excerpt else ""
        if hit.kind == "claim" and names.get(hit.id):
            marked = [(snippet(n, args.words, width=60) or n) for n in names[hit.id]]
            line += "  — through " + ", ".join(
                m if isinstance(m, str) else m.marked() for m in marked
            )
        print(line)
    return 0


def cmd_actors(ctx: Context, args: argparse.Namespace) -> int:
    from db.queries import list_actors

    with ctx.case().read() as session:
        actors = list_actors(session, include_merged=args.all)
    if args.json:
        print_json(actors)
        return 0
    for actor in actors:
        aliases = f" (also: {', '.join(actor.aliases)})" if actor.aliases else ""
        merged = f" → merged into {actor.merged_into_id}" if actor.merged_into_id else ""
        print(f"{actor.id:>5}  {actor.kind:<16} {actor.name}{aliases}{merged}")
    return 0


def cmd_audit(ctx: Context, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from db.models import AuditEvent

    with ctx.case().read() as session:
        query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(args.limit)
        events = list(reversed(session.scalars(query).all()))
        rows = [
            {
                "id": e.id,
                "at": for_data(e.at),
                "reviewer": e.reviewer,
                "action": e.action,
                "entity": e.entity,
                "entity_id": e.entity_id,
                "before": e.before,
                "after": e.after,
                "hash": e.hash,
            }
            for e in events
        ]
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        what = f"{row['action']} {row['entity']} {row['entity_id']}"
        print(
            f"{row['id']:>6} {str(row['at'])[:19].replace('T', ' ')} {row['reviewer']:<16} {what}"
        )
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser("claims", help="list claims (keyset paged) or search them")
    p.add_argument("--search", metavar="WORDS", type=search_words)
    p.add_argument(
        "--exact",
        action="store_true",
        help="search the words as typed (not the other spellings and forms of the names in them)",
    )
    p.add_argument("--verdict", type=choice(Verdict), action="append")
    p.add_argument("--tag")
    p.add_argument("--after", type=parse_id, help="list claims after this id")
    p.add_argument("--limit", type=count, default=256)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_claims, reads_only=True)

    p = commands.add_parser("show", help="a claim with its chains and reviews")
    p.add_argument("claim", type=parse_id)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_show, reads_only=True)

    p = commands.add_parser(
        "search",
        help="search claims, quotes and source text (a name also in the other scripts and "
        "forms its actor is spelled in, ranked after exact matches)",
    )
    p.add_argument("words", type=search_words)
    p.add_argument(
        "--exact",
        action="store_true",
        help="search the words as typed (not the other spellings and forms of the names in them)",
    )
    p.add_argument("--limit", type=count, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_search, reads_only=True)

    p = commands.add_parser("actors", help="list actors")
    p.add_argument("--all", action="store_true", help="include merged actors")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_actors, reads_only=True)

    p = commands.add_parser("audit", help="the latest audit events")
    p.add_argument("--limit", type=count, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_audit, reads_only=True)
