#!/usr/bin/env bash
# The newcomer's path, as a stage of .ci/run: what README's first command does, in a virtual
# environment of its own with a plain `pip install .` (no -e, no extras, nothing of the
# developers' environment), then the real entry points:
#   - provdesk-cli creates a case, imports a PDF, a web page, a text and a Markdown file, a
#     signed WACZ web capture and a screenshot (OCR, so tesseract-ocr must be installed), and
#     exports every report format the app has; then a WARC page, an MHTML page, an e-mail with
#     its PDF attachment, a DOCX and an ODT file, written by the tests' generators;
#   - provdesk, the window, on the real xcb platform under Xvfb, with --case CASE FILE: it must
#     open, import FILE, write its screenshot and exit by itself; the case must then hold the
#     source and the screenshot must be the window.
# Prints the stage's time. Needs the system packages of packaging/install-system-packages.sh
# and xvfb (xvfb-run).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
say() { echo "newcomer: $*"; }
fail() {
  echo "newcomer: FAILED: $*" >&2
  exit 1
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" PROVDESK_REVIEWER="Newcomer"
unset PROVDESK_CASE PYTHONPATH QT_QPA_PLATFORM
mkdir -p "$HOME"

bash packaging/install-system-packages.sh --check

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q --disable-pip-version-check . 2>&1 | grep -v 'is ignored' || true
bin="$work/venv/bin"
[ -x "$bin/provdesk" ] && [ -x "$bin/provdesk-cli" ] || fail "pip install . made no provdesk commands"
say "installed with pip install . in $((SECONDS - start)) s"

cli() { "$bin/provdesk-cli" --case "$work/newcomer.provdesk" "$@"; }
articles=tests/data/articles
cli new >/dev/null
cli demo >/dev/null
for file in levant-monitor-brief.pdf vesnia-today-orlan.html levant-digest-2024-03-07.txt \
  desk-notes-kuzey-tv.md; do
  cli import "$articles/$file" >/dev/null || fail "provdesk-cli import $file"
done
captures=tests/data/captures
cli import "$captures/border-talks.wacz" >/dev/null || fail "provdesk-cli import border-talks.wacz"
cli import "$captures/bridge-notice.png" >/dev/null || fail "provdesk-cli import bridge-notice.png (OCR)"
cli sources --json | "$bin/python" -c '
import json, sys
sources = {s["file_name"]: s for s in json.load(sys.stdin) if s["file_name"]}
assert len(sources) == 6, f"6 files imported, the case lists {len(sources)}"
capture = sources["border-talks.wacz"]
assert capture["url"] == "https://news.example.org/2024/03/border-talks", capture["url"]
assert dict(capture["arrival"])["signature"].endswith("verified"), capture["arrival"]
image = sources["bridge-notice.png"]
assert dict(image["arrival"])["reading"].startswith("text recognised by OCR"), image["arrival"]
' || fail "the WACZ and the image are not in the case as imported"
formats=$("$bin/python" -c 'from desktop.reports.export import FORMATS; print(" ".join(FORMATS))')
for format in $formats; do
  # a published report names where it is published (ClaimReview refuses to go without)
  cli export --format "$format" --output "$work/report.$format" --quiet \
    --base-url https://desk.example.org/newcomer ||
    fail "provdesk-cli export --format $format"
  [ -s "$work/report.$format" ] || fail "the $format report is empty"
done
cli verify >/dev/null || fail "provdesk-cli verify"
say "provdesk-cli: 6 files imported (PDF, HTML, text, Markdown, a WACZ, an image by OCR), reports written in: $formats"

# The other kinds of evidence as they arrive at a desk, written by the tests' own generators
# with the installed packages: a WARC of two pages (one chosen), a saved MHTML page, an e-mail
# with its PDF attachment, a Word and an OpenDocument file.
arrivals="$work/arrivals"
mkdir -p "$arrivals"
"$bin/python" - "$arrivals" <<'PY' || fail "writing the WARC, MHTML, e-mail, DOCX and ODT files"
import sys
from pathlib import Path

sys.path.insert(0, "tests/sources")
import capturegen
import pdfgen

out = Path(sys.argv[1])
pages = [(capturegen.PAGE_URL, capturegen.BORDER), (capturegen.SECOND_URL, capturegen.MINISTERS)]
(out / "two-pages.warc.gz").write_bytes(capturegen.warc(pages))
(out / "border-talks.mhtml").write_bytes(capturegen.mhtml())
statement = pdfgen.latin_pdf(["The crossing will reopen to trucks within two weeks."], title="Statement")
(out / "statement.eml").write_bytes(capturegen.email_with_pdf(statement))
(out / "press-release.docx").write_bytes(capturegen.docx_file())
(out / "council.odt").write_bytes(capturegen.odt_file())
PY
arrived() { "$bin/provdesk-cli" --case "$work/arrivals.provdesk" "$@"; }
arrived new >/dev/null
arrived import "$arrivals/two-pages.warc.gz" --page "https://news.example.org/2024/03/ministers-meet" \
  >/dev/null || fail "provdesk-cli import two-pages.warc.gz --page URL"
arrived import "$arrivals/statement.eml" --with-attachments >/dev/null 2>&1 ||
  fail "provdesk-cli import statement.eml --with-attachments"
arrived import "$arrivals/border-talks.mhtml" "$arrivals/press-release.docx" "$arrivals/council.odt" \
  >/dev/null || fail "provdesk-cli import of the MHTML, DOCX and ODT files"
arrived sources --json | "$bin/python" -c '
import json, sys
sources = {s["file_name"]: s for s in json.load(sys.stdin)}
expected = {"two-pages.warc.gz", "statement.eml", "statement.pdf", "border-talks.mhtml",
            "press-release.docx", "council.odt"}
assert set(sources) == expected, f"the case lists {sorted(sources)}"
assert sources["two-pages.warc.gz"]["url"].endswith("/ministers-meet"), sources["two-pages.warc.gz"]
assert sources["border-talks.mhtml"]["url"].endswith("/border-talks"), sources["border-talks.mhtml"]
assert dict(sources["statement.eml"]["arrival"])["from"].startswith("Press Office"), sources["statement.eml"]
assert "statement.eml" in dict(sources["statement.pdf"]["arrival"])["attached to"], sources["statement.pdf"]
assert sources["press-release.docx"]["title"] == "Press release on the crossing", sources["press-release.docx"]
assert sources["council.odt"]["title"] == "Statement of the council", sources["council.odt"]
assert all(s["text_length"] > 0 for s in sources.values()), "a source was stored without text"
' || fail "the WARC, MHTML, e-mail, DOCX and ODT files are not in the case as imported"
say "provdesk-cli: a WARC page, an MHTML page, an e-mail with its attachment, a DOCX and an ODT imported"

# The window: the real entry point, the real xcb platform, a case and a FILE.
"$bin/provdesk-cli" --case "$work/window.provdesk" demo >/dev/null
shot="$work/window.png"
QT_QPA_PLATFORM=xcb timeout 180 xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$bin/provdesk" --case "$work/window.provdesk" --screenshot "$shot" \
  "$articles/levant-digest-2024-03-07.txt" ||
  fail "provdesk --case CASE FILE --screenshot under Xvfb (exit $?)"
"$bin/provdesk-cli" --case "$work/window.provdesk" sources --json | "$bin/python" -c '
import json, sys
names = [s["file_name"] for s in json.load(sys.stdin)]
assert "levant-digest-2024-03-07.txt" in names, f"the window did not import FILE: {names}"
'
QT_QPA_PLATFORM=offscreen "$bin/python" - "$shot" <<'PY'
import sys
from PySide6.QtGui import QGuiApplication, QImage
app = QGuiApplication([])
image = QImage(sys.argv[1])
assert image.width() >= 800 and image.height() >= 500, f"screenshot {image.width()}x{image.height()}"
colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
assert len(colours) > 20, f"the screenshot is nearly blank ({len(colours)} colours)"
PY
say "provdesk on xcb under Xvfb: opened, imported FILE, wrote a $(stat -c %s "$shot")-byte screenshot, exited"
# The tests from a clone with nothing beside it (no ../shared): those that read test data.
if command -v git >/dev/null && git rev-parse --git-dir >/dev/null 2>&1 && [ -x .venv/bin/python ]; then
  git clone -q --no-hardlinks . "$work/clone"
  (cd "$work/clone" && PYTHONPATH="$work/clone" QT_QPA_PLATFORM=offscreen \
    "$OLDPWD/.venv/bin/python" -m pytest -q -p no:cacheprovider tests/test_fresh_clone.py \
    tests/sources/test_readers.py tests/sources/test_cli.py >"$work/clone.log" 2>&1) ||
    { tail -30 "$work/clone.log" >&2; fail "the tests that read test data fail in a fresh clone"; }
  say "in a fresh clone (no ../shared): $(tail -1 "$work/clone.log")"
fi
say "stage time $((SECONDS - start)) s"
