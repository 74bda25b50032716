#!/usr/bin/env bash
# Build Provenance Desk as a one-folder application and smoke-test the result.
#
#     packaging/build.sh             # from a clean checkout with .venv set up: build + smoke test
#     packaging/build.sh --clean     # throw away PyInstaller's cache first
#     packaging/build.sh --no-build  # only smoke-test an existing build
#     packaging/build.sh --no-smoke  # only build
#
# Output: build/pyinstaller/dist/provdesk/ (programs provdesk and provdesk-cli, plus _internal/);
# the full PyInstaller log is build/pyinstaller/build.log. On 2 cores the build takes about
# 1.5 minutes and the smoke test about half a minute.
#
# PYTHON=/path/to/python selects the interpreter (default: the repository's .venv). PyInstaller is
# pip-installed into it when missing. The smoke test runs the built programs with
# QT_QPA_PLATFORM=offscreen and a throwaway HOME, so it needs no display and touches no real
# settings or cases:
#   provdesk --screenshot OUT.png    exits 0, writes a PNG, and leaves a case file behind
#   provdesk-cli --version           prints the version of pyproject.toml
#   provdesk-cli --case X demo       creates a case (migrations, demo data) and exits 0
#   provdesk-cli import, export      reads an HTML and a PDF file, writes four report formats
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/build/pyinstaller"
DIST="$OUT/dist/provdesk"
SMOKE_TIMEOUT="${SMOKE_TIMEOUT:-120}"

build=1 smoke=1 clean=()
for arg in "$@"; do
    case "$arg" in
        --clean) clean=(--clean) ;;
        --no-build) build=0 ;;
        --no-smoke) smoke=0 ;;
        -h | --help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "build.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
    esac
done

if [[ -z "${PYTHON:-}" ]]; then
    for candidate in "$ROOT/.venv/bin/python" "$ROOT/.venv/Scripts/python.exe"; do
        [[ -x "$candidate" ]] && PYTHON="$candidate" && break
    done
fi
PYTHON="${PYTHON:-python3}"

fail() { echo "build.sh: FAILED: $*" >&2; exit 1; }

if ((build)); then
    if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
        echo "build.sh: installing PyInstaller into $("$PYTHON" -c 'import sys; print(sys.prefix)')"
        "$PYTHON" -m pip install --quiet "pyinstaller>=6.10"
    fi
    echo "build.sh: building with PyInstaller $("$PYTHON" -m PyInstaller --version) (log: ${OUT#"$ROOT"/}/build.log)"
    mkdir -p "$OUT"
    started=$SECONDS
    if ! "$PYTHON" -m PyInstaller --noconfirm "${clean[@]}" \
        --distpath "$OUT/dist" --workpath "$OUT/work" \
        "$ROOT/packaging/provdesk.spec" >"$OUT/build.log" 2>&1; then
        tail -n 60 "$OUT/build.log" >&2
        fail "PyInstaller did not finish; see $OUT/build.log"
    fi
    grep -E " (WARNING|ERROR): " "$OUT/build.log" | grep -v -E "Library not found|required via ctypes not found" || true
    echo "build.sh: built $DIST in $((SECONDS - started)) s ($(du -sh "$DIST" | cut -f1))"
fi

((smoke)) || exit 0

program() {
    local name="$1"
    for candidate in "$DIST/$name" "$DIST/$name.exe"; do
        [[ -x "$candidate" ]] && echo "$candidate" && return
    done
    fail "no program $name in $DIST (build first)"
}
GUI="$(program provdesk)"
CLI="$(program provdesk-cli)"
run() {
    if command -v timeout >/dev/null; then timeout "$SMOKE_TIMEOUT" "$@"; else "$@"; fi
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" USERPROFILE="$tmp/home" APPDATA="$tmp/home/appdata" LOCALAPPDATA="$tmp/home/localappdata"
export XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
export XDG_CACHE_HOME="$tmp/home/.cache" XDG_STATE_HOME="$tmp/home/.local/state"
export XDG_RUNTIME_DIR="$tmp/runtime"
export QT_QPA_PLATFORM=offscreen PROVDESK_REVIEWER="Smoke Test"
unset PROVDESK_CASE
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

echo "build.sh: smoke test: provdesk --screenshot"
shot="$tmp/screenshot.png"
started=$SECONDS
status=0
run "$GUI" --screenshot "$shot" >"$tmp/gui.log" 2>&1 || status=$?
if ((status != 0)); then
    cat "$tmp/gui.log" >&2
    fail "provdesk --screenshot exited with status $status"
fi
[[ -s "$shot" ]] || { cat "$tmp/gui.log" >&2; fail "provdesk --screenshot wrote no $shot"; }
size="$("$PYTHON" - "$shot" <<'EOF'
import struct, sys
data = open(sys.argv[1], "rb").read(24)
if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
    sys.exit("not a PNG")
width, height = struct.unpack(">II", data[16:24])
if not (width and height):
    sys.exit("empty PNG")
print(f"{width}x{height}")
EOF
)" || fail "provdesk --screenshot did not write a PNG image"
cases="$(find "$tmp/home" -name '*.provdesk' | head -n 1)"
[[ -n "$cases" ]] || fail "provdesk --screenshot left no case (*.provdesk) in the user folders"
echo "build.sh:   ok: exit 0 in $((SECONDS - started)) s, $size PNG, case ${cases#"$tmp"/}"

echo "build.sh: smoke test: provdesk-cli"
expected="$("$PYTHON" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")"
version="$(run "$CLI" --version)" || fail "provdesk-cli --version exited with status $?"
[[ "$version" == "provdesk-cli $expected" ]] || fail "provdesk-cli --version said '$version', expected '$expected'"
cli() { # provdesk-cli on the smoke-test case; its output goes to $tmp/cli.log
    local status=0
    run "$CLI" --case "$tmp/cli.provdesk" "$@" >"$tmp/cli.log" 2>&1 || status=$?
    if ((status != 0)); then
        cat "$tmp/cli.log" >&2
        fail "provdesk-cli $* exited with status $status"
    fi
}
cli demo
[[ -s "$tmp/cli.provdesk" ]] || fail "provdesk-cli demo made no case file"
# Importing runs the readers in their own processes (multiprocessing in the frozen program),
# with trafilatura, pypdf and the language model; exporting uses the report renderers.
cat >"$tmp/article.html" <<'EOF'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Smoke test article</title></head>
<body><article><h1>Talks in Moscow</h1>
<p>The minister said on Tuesday that there were no red lines or preconditions for talks with
Damascus, according to a report published by the daily newspaper on Wednesday morning.</p>
<p>Officials in Moscow confirmed that the meeting of the foreign ministers would take place
next month, the newspaper added, citing diplomatic sources in the Russian capital.</p>
</article></body></html>
EOF
cli import "$tmp/article.html"
for format in html pdf prov-json claimreview; do
    cli export --format "$format" --output "$tmp/report.$format" --quiet \
        --base-url https://desk.example.org/smoke-test  # ClaimReview needs where it is published
    [[ -s "$tmp/report.$format" ]] || fail "provdesk-cli export --format $format wrote nothing"
done
cli import "$tmp/report.pdf"
cli sources
if (($(grep -c -E '^#[0-9]+ +[0-9a-f]{12} ' "$tmp/cli.log") < 2)); then
    cat "$tmp/cli.log" >&2
    fail "provdesk-cli sources does not list the two imported files"
fi
echo "build.sh:   ok: $version; demo case; HTML and PDF import; HTML, PDF, PROV, ClaimReview export"
echo "build.sh: smoke test passed"
