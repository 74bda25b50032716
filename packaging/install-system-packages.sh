#!/usr/bin/env bash
# The Debian/Ubuntu packages Provenance Desk needs on a fresh machine, installed with apt-get
# (through sudo when not run as root). README's first command runs it.
#
#   packaging/install-system-packages.sh           install what is missing
#   packaging/install-system-packages.sh --check   list what is missing; exit 1 if anything is
#   packaging/install-system-packages.sh --list    print the packages, one a line
#
# How the list was found: the libraries Qt's xcb platform plugin
# (PySide6/Qt/plugins/platforms/libqxcb.so) and the Qt libraries the app loads (QtCore, QtGui,
# QtWidgets, QtPdf, QtDBus, QtXcbQpa, QtOpenGL, QtSvg) ask for by name (`ldd`, `readelf -d`),
# less those PySide6 ships and those every Debian system has (libc6, libstdc++6, zlib1g,
# libzstd1); each library's package is its Debian name (libxcb-icccm.so.4 → libxcb-icccm4).
# tests/test_system_packages.py recomputes this from the installed PySide6 and fails when a
# library is missing here. On Ubuntu 24.04 apt picks the t64 package for libglib2.0-0.
set -euo pipefail

packages=(
  # to make the virtual environment (Debian splits venv/ensurepip out of python3)
  python3-venv
  # Qt's xcb platform plugin (the window on X11 and XWayland)
  libxcb1 libx11-6 libx11-xcb1 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
  libxcb-xfixes0 libxcb-xkb1
  # Qt's drawing, text and system integration
  libegl1 libgl1 libfontconfig1 libfreetype6 libbrotli1 libglib2.0-0 libdbus-1-3
  libgssapi-krb5-2
  # at least one font to draw the text with (a minimal system has none)
  fonts-dejavu-core
  # fonts for the scripts a case holds beyond DejaVu's (Noto); the PDF report draws with DejaVu
  # Sans (fonts-dejavu-core, above), which covers Latin, Cyrillic, Greek, Hebrew and Arabic
  libharfbuzz0b fonts-noto-core
  # pdftotext and pdftoppm (poppler): the tests read and look at the PDF report as
  # poppler-based readers (Evince, Okular) do
  poppler-utils
  # OCR of screenshots and scanned pages (Tesseract, run by pytesseract) in the languages a
  # desk reads: Arabic, English, Russian, Turkish
  tesseract-ocr tesseract-ocr-ara tesseract-ocr-eng tesseract-ocr-rus tesseract-ocr-tur
  # synonyms and antonyms for the meaning check (the LibreOffice thesauri, read by
  # db/text/thesaurus.py): English (WordNet's synsets), Russian, Arabic
  mythes-en-us mythes-ru mythes-ar
)

case "${1:-}" in
  --list)
    printf '%s\n' "${packages[@]}"
    exit 0
    ;;
  --check | "") ;;
  *)
    echo "usage: $0 [--check | --list]" >&2
    exit 2
    ;;
esac

if ! command -v dpkg >/dev/null || ! command -v apt-get >/dev/null; then
  echo "install-system-packages: this script is for Debian and Ubuntu (apt); elsewhere install" \
    "the equivalents of: ${packages[*]}" >&2
  exit 1
fi

missing=()
for pkg in "${packages[@]}"; do
  # A virtual name (libglib2.0-0 on Ubuntu 24.04) counts as there when a package provides it.
  if ! dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q "ok installed" &&
    ! dpkg-query -W -f='${Provides} ${Status}\n' 2>/dev/null | grep "ok installed" |
    grep -Eq "(^|[ ,])${pkg//./\\.}([ ,(]|$)"; then
    missing+=("$pkg")
  fi
done

if ((${#missing[@]} == 0)); then
  [ "${1:-}" = --check ] && echo "install-system-packages: all ${#packages[@]} packages are installed"
  exit 0
fi
if [ "${1:-}" = --check ]; then
  echo "install-system-packages: missing: ${missing[*]}"
  exit 1
fi

run_as_root=()
if [ "$(id -u)" != 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "install-system-packages: as root, run: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  run_as_root=(sudo)
fi
echo "install-system-packages: installing ${missing[*]}"
"${run_as_root[@]}" apt-get update -qq
"${run_as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
