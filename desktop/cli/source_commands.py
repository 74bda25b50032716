"""Sub-commands on sources: import a local file, list sources, show one, open its evidence file."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from db.queries import list_sources, source_detail
from db.views import SourceView

from ..wording import count as how_many
from .common import (
    CliError,
    Context,
    count,
    one_line,
    parse_id,
    pdf_password_needed,
    print_json,
)
from .progress_line import ImportProgress

if TYPE_CHECKING:
    from db.translations import TranslationLinks


def _read_password() -> str:
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass("PDF password: ")
    line = sys.stdin.readline()
    if not line:
        raise CliError("--password-stdin was given but standard input is empty")
    return line.rstrip("\r\n")


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop.sources import PasswordRequired, WrongPassword, import_file
    from desktop.sources.result import ReadOptions

    if len(args.file) > 1 or Path(args.file[0]).is_dir():
        from .folder_import import import_many

        return import_many(ctx, args)
    if args.page and len(args.page) > 1:  # several pages of one capture: one source each
        import copy

        for page in args.page:
            one = copy.copy(args)
            one.page = [page]
            cmd_import(ctx, one)
        return 0
    args.file = args.file[0]
    password = _read_password() if args.password_stdin else None
    case = ctx.case()
    shown = ImportProgress(args.file)
    try:
        outcome = import_file(
            case,
            args.file,
            password=password,
            allow_partial=args.allow_partial,
            language=args.language,
            encoding=args.encoding,
            options=ReadOptions(
                page=args.page[0] if args.page else None, ocr_language=args.ocr_language
            ),
            progress=shown.pages,
            steps=shown.step,
        )
    except WrongPassword:
        raise
    except PasswordRequired as exc:
        raise pdf_password_needed(exc, args, "import --password-stdin FILE") from None
    finally:
        shown.clear()
    if not outcome.created and args.ocr_language:
        with case.read() as session:
            view, _text = source_detail(session, outcome.source_id)
        if view.ocr_language and view.ocr_language != args.ocr_language:
            raise CliError(refuse_recognising(outcome.source_id, view.ocr_language))
    if not outcome.created:
        if args.encoding:
            raise CliError(
                f"{args.file} is already in the case as source {outcome.source_id}; to read it "
                f"again as {args.encoding} (its first reading stays in its history): "
                f"provdesk-cli source reread {outcome.source_id} --encoding {args.encoding}"
            )
        print(
            f"provdesk-cli: {args.file} is already in the case as source {outcome.source_id}",
            file=sys.stderr,
        )
    elif outcome.read is not None and outcome.read.incomplete:
        pages = ", ".join(map(str, outcome.read.missing_pages)) or "none listed"
        print(
            f"provdesk-cli: stored source {outcome.source_id} marked incomplete "
            f"(missing pages: {pages}): " + "; ".join(outcome.read.problems),
            file=sys.stderr,
        )
    details = outcome.read.details if outcome.read is not None else {}
    if details.get("encoding_doubtful"):
        others = ", ".join(details.get("encoding_candidates", ())) or "none plausible"
        print(
            f"provdesk-cli: warning: source {outcome.source_id}: check the encoding — read as "
            f"{details.get('encoding')} (others: {others}); read it again with: provdesk-cli "
            f"source reread {outcome.source_id} --encoding NAME",
            file=sys.stderr,
        )
    attached = _attachments(ctx, args, outcome)
    if args.json:
        with case.read() as session:
            view, _text = source_detail(session, outcome.source_id)
        print_json(
            {
                "source": view,
                "created": outcome.created,
                "sha256": outcome.sha256,
                **({"attachments": attached} if attached else {}),
            }
        )
    else:
        print(outcome.source_id)
    return 0


def _attachments(ctx: Context, args: argparse.Namespace, outcome: Any) -> list[int | None]:
    """An e-mail's attachments: imported with --with-attachments (each linked to the e-mail),
    else listed on standard error. Returns the attachments' source ids (None: not imported)."""
    listed = (outcome.read.details.get("attachments") if outcome.read is not None else None) or []
    if not listed and not (args.with_attachments and outcome.read is None):
        return []
    if not args.with_attachments:
        names = ", ".join(str(a.get("file_name")) for a in listed)
        print(
            f"provdesk-cli: source {outcome.source_id} has {how_many(len(listed), 'attachment', 'attachments')} "
            f"({names}); import them with --with-attachments",
            file=sys.stderr,
        )
        return []
    from desktop.sources.attachments import import_attachments
    from desktop.sources.limits import ReadLimits
    from desktop.sources.reader import load_bytes

    file = load_bytes(args.file, ReadLimits.from_environment())
    outcomes = import_attachments(ctx.case(), outcome.source_id, file, language=args.language)
    for result in outcomes:
        print(f"provdesk-cli: {result.line()}", file=sys.stderr)
    return [r.outcome.source_id if r.outcome else None for r in outcomes]


def refuse_recognising(source_id: int, language: str) -> str:
    return (
        f"source {source_id} was recognised in {language}; reading it again in another "
        "language makes a new version of its text, which needs source versions (not yet in "
        "this version of Provenance Desk)"
    )


def _size(size: int | None) -> str:
    if size is None:
        return "-"
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return str(size)


def _line(view: SourceView) -> str:
    flags = ""
    if view.incomplete:
        missing = ",".join(map(str, view.missing_pages)) or "?"
        flags = f"  INCOMPLETE (missing pages {missing})"
    sha = (view.evidence_sha256 or "-")[:12]
    return (
        f"#{view.id:<5} {sha:12}  {_size(view.size):>9}  {view.pages or '-':>4}p  "
        f"{view.language or '?':5} {view.direction}  {one_line(view.title or view.file_name, 50)}"
        f"{flags}"
    )


def _labels(labels: tuple[str, ...]) -> str:
    shown = ", ".join(labels[:12])
    return shown + (f", … ({len(labels)} pages)" if len(labels) > 12 else "")


def cmd_sources(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.case().read() as session:
        views = list_sources(session)
    if args.json:
        print_json(views)
        return 0
    if not views:
        print("no sources", file=sys.stderr)
    for view in views:
        print(_line(view))
    return 0


def _link_rows(links: TranslationLinks) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if links.original is not None:
        o = links.original
        rows.append(("translates", f"#{o.id} {o.title} ({o.language or '?'}): {o.summary}"))
    for t in links.translations:
        rows.append(("translation", f"#{t.id} {t.title} ({t.language or '?'}): {t.summary}"))
    return rows


_NOT_GUESSED = (
    "not guessed — the text mixes scripts or the guess was unsure; "
    "set it with: provdesk-cli source edit {id} --language TAG"
)


def cmd_source_show(ctx: Context, args: argparse.Namespace) -> int:
    from db.translations import translation_links

    with ctx.case().read() as session:
        view, text = source_detail(session, args.source)
        links = translation_links(session, args.source)
    if args.json:
        print_json({"source": view, "links": links, **({"text": text} if args.text else {})})
        return 0
    rows = [
        ("source", f"#{view.id}"),
        ("title", view.title),
        ("outlet", view.outlet),
        ("url", view.url),
        ("published", view.published_on.isoformat() if view.published_on else ""),
        ("language", f"{view.language or _NOT_GUESSED.format(id=view.id)} ({view.direction})"),
        ("file", view.file_name),
        ("size", how_many(view.size, "byte", "bytes") if view.size is not None else ""),
        ("sha256", view.evidence_sha256 or ""),
        ("pages", str(view.pages) if view.pages else ""),
        ("characters", f"{view.text_length:,}"),
    ]
    if view.page_labels:
        rows.append(("page labels", _labels(view.page_labels)))
    if view.incomplete:
        missing = ", ".join(map(str, view.missing_pages)) or "not known"
        rows.append(("INCOMPLETE", f"only part of the file was read; missing pages: {missing}"))
        rows.extend(("", problem) for problem in view.problems)
    if view.encoding_doubtful:
        rows.append(
            (
                "ENCODING",
                f"check the encoding: {view.encoding_note} "
                f"(source reread {view.id} --encoding NAME reads it again)",
            )
        )
    rows.extend(view.arrival)
    for index, version in enumerate(view.history):
        rows.append(("history" if index == 0 else "", version.describe()))
    rows.extend(_link_rows(links))
    for label, value in rows:
        if value:
            print(f"{label:>11}: {value}" if label else f"{'':>13}{value}")
    if args.text:
        print()
        print(text)
    return 0


def cmd_source_edit(ctx: Context, args: argparse.Namespace) -> int:
    from db import operations as ops

    fields = {
        name: getattr(args, name)
        for name in ("title", "outlet", "url", "language", "direction", "published_on")
        if getattr(args, name) is not None
    }
    if not fields:
        raise CliError(
            "nothing to change: give --title, --outlet, --url, --language, "
            "--direction or --published"
        )
    with ctx.case().change() as uow:
        version = ops.edit_source(uow, args.source, expected_version=args.expect_version, **fields)
    print(f"source {args.source} is now at version {version}")
    return 0


def cmd_source_open(ctx: Context, args: argparse.Namespace) -> int:
    from desktop.sources import export_evidence

    print(export_evidence(ctx.case(), args.source))
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "import",
        help="import local files or folders (PDF, .html, .txt, .md, .warc, .wacz, .mhtml, .eml, "
        ".docx, .odt, images); prints the source id, "
        "or for folders and several files a summary",
    )
    p.add_argument("file", nargs="+", help="the file(s) or folder(s) to import (recursively)")
    p.add_argument(
        "--password-stdin", action="store_true", help="read an encrypted PDF's password from stdin"
    )
    p.add_argument(
        "--allow-partial",
        action="store_true",
        help="store a file that could only be read in part, marked incomplete",
    )
    p.add_argument("--language", metavar="TAG", help="the source's language (default: guessed)")
    p.add_argument(
        "--encoding",
        metavar="NAME",
        help="read a text file in this encoding (cp1254, koi8-r, …; default: detected)",
    )
    p.add_argument(
        "--page",
        metavar="URL",
        action="append",
        help="the page of a web capture (.warc, .wacz) to import, by URL or number from 1 "
        "(repeat it for several pages: a source each)",
    )
    p.add_argument(
        "--with-attachments",
        action="store_true",
        help="import an e-mail's attachments too, each a source linked to the e-mail",
    )
    p.add_argument(
        "--ocr-language",
        metavar="LANGS",
        help="the language(s) of an image or scanned page, as Tesseract names them "
        "(ara, eng, rus, tur; several joined by +: ara+eng); default: guessed",
    )
    p.add_argument("--json", action="store_true", help="print the new source as JSON")
    p.set_defaults(run=cmd_import)

    p = commands.add_parser("sources", help="list sources with hash, size, pages and language")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_sources, reads_only=True)

    source = commands.add_parser("source", help="show a source or open its evidence file")
    actions = source.add_subparsers(dest="source_command", metavar="ACTION", required=True)
    p = actions.add_parser("show", help="a source's metadata (and text)")
    p.add_argument("source", type=parse_id)
    p.add_argument("--text", action="store_true", help="print the stored text too")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_source_show, reads_only=True)
    p = actions.add_parser("edit", help="correct a source's metadata, language or direction")
    p.add_argument("source", type=parse_id)
    p.add_argument("--title")
    p.add_argument("--outlet")
    p.add_argument("--url")
    p.add_argument("--language", metavar="TAG")
    p.add_argument("--direction", choices=("ltr", "rtl"))
    p.add_argument("--published", dest="published_on", metavar="YYYY-MM-DD")
    p.add_argument("--expect-version", type=count, help="refuse if the source changed since")
    p.set_defaults(run=cmd_source_edit)
    p = actions.add_parser(
        "open", help="write the evidence file to a cache file, check its hash, print its path"
    )
    p.add_argument("source", type=parse_id)
    p.set_defaults(run=cmd_source_open, reads_only=True)
    from .translation_commands import add_source_actions

    add_source_actions(actions)
