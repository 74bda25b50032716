#!/usr/bin/env bash
# Install the built one-folder application into a Linux desktop, or remove it again.
#
#     packaging/build.sh                          # first: build/pyinstaller/dist/provdesk/
#     packaging/linux/install.sh                  # for this user, under ~/.local
#     sudo packaging/linux/install.sh --prefix /usr/local     # for every user
#     packaging/linux/install.sh --uninstall      # (with the same --prefix)
#
# Puts the program folder in PREFIX/lib/provdesk/, the commands provdesk and provdesk-cli in
# PREFIX/bin/, and the desktop entry, AppStream metainfo, case-file MIME type and icons under
# PREFIX/share/, then refreshes the MIME, desktop and icon caches when their tools are present.
# After that the menu shows Provenance Desk and double-clicking a .provdesk case opens it.
#
# --dist DIR installs another build folder (default: build/pyinstaller/dist/provdesk).
# DESTDIR=/staging is honoured for packagers.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
APP_ID="org.provenancedesk.ProvenanceDesk"
CASE_ICON="application-x-provenance-desk-case"

prefix="$HOME/.local" dist="$ROOT/build/pyinstaller/dist/provdesk" uninstall=0
while (($#)); do
    case "$1" in
        --prefix) prefix="$2"; shift 2 ;;
        --prefix=*) prefix="${1#*=}"; shift ;;
        --dist) dist="$2"; shift 2 ;;
        --dist=*) dist="${1#*=}"; shift ;;
        --uninstall) uninstall=1; shift ;;
        -h | --help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done
prefix="${prefix%/}"
dest="${DESTDIR:-}$prefix"
share="$dest/share"

refresh_caches() {
    [[ -n "${DESTDIR:-}" ]] && return 0 # a packager's post-install step does this
    if command -v update-mime-database >/dev/null; then update-mime-database "$share/mime"; fi
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$share/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null && [[ -f "$share/icons/hicolor/index.theme" ]]; then
        gtk-update-icon-cache -q -t -f "$share/icons/hicolor" || true
    fi
    return 0
}

icon_files() { # the icon files of the hicolor tree, relative to it
    (cd "$ROOT/resources/icons/hicolor" && find . -type f -name '*.png' -o -type f -name '*.svg')
}

if ((uninstall)); then
    rm -rf "$dest/lib/provdesk"
    rm -f "$dest/bin/provdesk" "$dest/bin/provdesk-cli"
    rm -f "$share/applications/$APP_ID.desktop" "$share/metainfo/$APP_ID.metainfo.xml"
    rm -f "$share/mime/packages/$APP_ID.xml"
    while read -r icon; do rm -f "$share/icons/hicolor/$icon"; done < <(icon_files)
    refresh_caches
    echo "install.sh: removed Provenance Desk from $dest"
    exit 0
fi

[[ -x "$dist/provdesk" ]] || {
    echo "install.sh: no built program in $dist: run packaging/build.sh first" >&2
    exit 1
}

mkdir -p "$dest/lib" "$dest/bin" "$share/applications" "$share/metainfo" "$share/mime/packages"
rm -rf "$dest/lib/provdesk.new"
cp -a "$dist" "$dest/lib/provdesk.new"
rm -rf "$dest/lib/provdesk"
mv "$dest/lib/provdesk.new" "$dest/lib/provdesk"
ln -sfn "$prefix/lib/provdesk/provdesk" "$dest/bin/provdesk"
ln -sfn "$prefix/lib/provdesk/provdesk-cli" "$dest/bin/provdesk-cli"

# The menu may not have PREFIX/bin on its PATH: point the entry at the program itself.
sed -e "s|^Exec=provdesk |Exec=$prefix/bin/provdesk |" -e "s|^TryExec=provdesk$|TryExec=$prefix/bin/provdesk|" \
    "$HERE/$APP_ID.desktop" >"$share/applications/$APP_ID.desktop"
install -m 644 "$HERE/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"
install -m 644 "$HERE/$APP_ID.xml" "$share/mime/packages/$APP_ID.xml"
while read -r icon; do
    install -D -m 644 "$ROOT/resources/icons/hicolor/$icon" "$share/icons/hicolor/$icon"
done < <(icon_files)
refresh_caches

echo "install.sh: installed Provenance Desk in $dest"
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "install.sh: note: $prefix/bin is not on your PATH; the menu entry works regardless" ;;
esac
