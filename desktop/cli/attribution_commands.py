"""Sub-commands of the attribution assistant: the attributions of a text, and the claims it
proposes from a source (one of which can be accepted)."""

from __future__ import annotations

import argparse
import sys

from .common import CliError, Context, one_line, parse_id, print_json
from .text_only import TextFileError, guess_language, print_attributions, read_text_file


def cmd_attributions(ctx: Context, args: argparse.Namespace) -> int:
    from desktop.attribution import analyse
    from desktop.attribution.from_case import propose_for_source

    if (args.file is None) == (args.source is None):
        raise CliError("give a FILE or --source ID (one of them)")
    if args.source is not None:
        proposals = propose_for_source(ctx.case(), args.source, language=args.language or "")
        analysis = proposals.analysis
    else:
        try:
            text = read_text_file(args.file)
        except TextFileError as exc:
            raise CliError(str(exc)) from None
        analysis = analyse(text, args.language or guess_language(text))
    print_attributions(analysis, args.json)
    return 0


def cmd_suggest(ctx: Context, args: argparse.Namespace) -> int:
    from desktop.attribution.from_case import accept, propose_for_source

    case = ctx.case()
    proposals = propose_for_source(case, args.source, language=args.language or "")
    if not proposals.analysis.supported:
        print(f"provdesk-cli: {proposals.analysis.message}", file=sys.stderr)
    suggestions = proposals.suggestions
    if args.accept is not None:
        if not suggestions:
            raise CliError(f"source {args.source} has no suggestions to accept")
        if not 1 <= args.accept <= len(suggestions):
            raise CliError(
                f"there is no suggestion {args.accept} (source {args.source} has 1–{len(suggestions)})"
            )
        print(accept(case, args.source, suggestions[args.accept - 1]))
        return 0
    if args.json:
        print_json([s.as_json() for s in suggestions])
        return 0
    if proposals.analysis.supported and not suggestions:
        print("no suggestions", file=sys.stderr)
    for s in suggestions:
        print(f"{s.number}. {one_line(s.wording, 100)}")
        for hop in s.hops:
            flags = [
                flag
                for flag, on in (
                    ("new actor", hop.actor_id is None),
                    (f"spelled “{hop.spelling}”: kept as an alias", bool(hop.spelling)),
                    ("guessed", hop.guessed),
                    ("direction doubtful", hop.direction_doubtful),
                )
                if on
            ]
            extra = f"  [{', '.join(flags)}]" if flags else ""
            role = f" ({hop.role})" if hop.role else ""
            print(f"     {hop.relation:<11} {hop.actor}{role}{extra}")
        for route in s.routes:
            print(f"     also: {' → '.join(h.actor for h in route)}  (“{route[0].mention}”)")
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "attributions",
        help="who said what in a text file or a source: source, cue and content spans",
    )
    p.add_argument("file", nargs="?", help="a UTF-8 text file, read exactly as it is")
    p.add_argument("--source", type=parse_id, metavar="ID", help="a source's stored text instead")
    p.add_argument("--language", metavar="TAG", help="the text's language (default: guessed)")
    p.add_argument(
        "--json",
        action="store_true",
        help="a JSON list: source/cue/content as [[start, end], …] (str offsets), parent, texts, actor",
    )
    p.set_defaults(run=cmd_attributions, reads_only=True)

    p = commands.add_parser(
        "suggest", help="claims with their chains proposed from a source; --accept N creates one"
    )
    p.add_argument("--source", type=parse_id, metavar="ID", required=True)
    p.add_argument("--language", metavar="TAG", help="read the text as this language")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--accept", type=int, metavar="N", help="create suggestion N as a claim; prints its id"
    )
    p.set_defaults(run=cmd_suggest)
