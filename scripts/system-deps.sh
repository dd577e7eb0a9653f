#!/usr/bin/env bash
# Makes sure the system packages the tests use are present: Debian's Chromium (end-to-end tests),
# LibreOffice + poppler (the .docx reader tests), CJK and Latin fonts (rendering), pandoc (the
# benchmark's peer), and a C++ toolchain (python3, make, g++) to compile better-sqlite3, the
# collaboration server's native SQLite module (npm 11 runs no install scripts). As root it installs what is missing with apt; otherwise it stops at once and
# prints the exact command to run.
set -euo pipefail

PACKAGES=(chromium libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-arphic-ukai fonts-arphic-uming fonts-liberation2 pandoc python3 make g++)

missing=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
for p in "${PACKAGES[@]}"; do have_pkg "$p" || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] && exit 0

cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing missing system packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "The tests need these system packages, which are missing: ${missing[*]}" >&2
  echo "Run as root:  $cmd" >&2
  exit 1
fi
