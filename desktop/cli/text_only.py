"""The command line's fast path for `attributions FILE`: a text file in, no case needed, so the
case machinery (database, keyring, window toolkit) is never loaded and the command starts in
a fraction of a second. The full command (`attributions --source ID`) and `--help` go through
the normal parser; both print through the functions here."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from desktop.attribution import Analysis


class TextFileError(Exception):
    """A text file that cannot be read as UTF-8 text (one line for the person)."""


def read_text_file(path: str) -> str:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise TextFileError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TextFileError(
            f"{path} is not UTF-8 text (byte {exc.start} cannot be decoded)"
        ) from None


def guess_language(text: str) -> str:
    """The text's language by py3langid (its model loads here, once, and only here)."""
    from desktop.sources.language import guess_language as guess

    return guess(text) or "en"


def print_attributions(analysis: Analysis, as_json: bool) -> None:
    if not analysis.supported:
        print(f"provdesk-cli: {analysis.message}", file=sys.stderr)
    if as_json:
        from .visible import json_text

        sys.stdout.write(json_text([a.as_json() for a in analysis.attributions], indent=1) + "\n")
        return
    for doc in analysis.document:
        print(f"document {doc.role}: {doc.actor}")
    if analysis.supported and not analysis.attributions:
        print("no attributions found", file=sys.stderr)
    for a in analysis.attributions:
        nest = f" (in #{a.parent})" if a.parent is not None else ""
        who = a.actor or "source not named"
        if a.actor_guessed:
            who += " (guessed)"
        if a.direction_doubtful:
            who += " (direction doubtful)"
        flat = " ".join(a.content_text.split())
        content = flat if len(flat) <= 100 else flat[:99] + "…"
        print(f"#{a.index}{nest} {who} — {a.cue_text} — {content}")


class _NotFast(Exception):
    pass


class _Quiet(argparse.ArgumentParser):
    """Says nothing on a wrong command line: the normal parser will."""

    def error(self, message: str) -> NoReturn:
        raise _NotFast(message)


def fast_main(argv: Sequence[str]) -> int | None:
    """Run `attributions FILE [--language TAG] [--json]` without the case machinery; None
    when the command line is anything else (the normal parser takes it)."""
    if not argv or argv[0] != "attributions":
        return None
    if any(a in ("-h", "--help") or a.startswith("--source") for a in argv[1:]):
        return None
    parser = _Quiet(prog="provdesk-cli attributions", add_help=False)
    parser.add_argument("file")
    parser.add_argument("--language")
    parser.add_argument("--json", action="store_true")
    try:
        args, unknown = parser.parse_known_args(list(argv[1:]))
    except _NotFast:
        return None  # the normal parser says what is wrong, as for every command
    if unknown:
        return None
    try:
        from desktop.attribution import analyse
        from desktop.attribution.lexicon import LexiconError

        text = read_text_file(args.file)
        try:
            analysis = analyse(text, args.language or guess_language(text))
        except LexiconError as exc:
            raise TextFileError(str(exc)) from None
        print_attributions(analysis, args.json)
        return 0
    except TextFileError as exc:
        print(f"provdesk-cli: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("provdesk-cli: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if os.environ.get("PROVDESK_DEBUG"):
            import traceback

            traceback.print_exc()
        print(
            f"provdesk-cli: internal error: {type(exc).__name__}: {exc} "
            "(set PROVDESK_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return 70
