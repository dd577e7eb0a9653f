#!/usr/bin/env bash
# `npm test`: every check, in order of cost — system packages, typecheck, lint (zero warnings), format,
# unit tests (incl. the LibreOffice reader tests), production builds (static site and single file),
# end-to-end tests in Chromium (incl. privacy, offline single file, accessibility).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/system-deps.sh
# A fresh checkout: install the locked dependencies first.
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
# npm 11 runs no install scripts: the collaboration server's native SQLite module is compiled here.
[ -f node_modules/better-sqlite3/build/Release/better_sqlite3.node ] || npm rebuild better-sqlite3

step() { printf '\n=== %s ===\n' "$1"; }
step "typecheck"; npx tsc -b
step "lint"; npx eslint . --max-warnings 0
step "format (Prettier)"; npx prettier --check . --log-level warn
step "unit tests"; npx vitest run
step "build (static site and single file)"; npx vite build --logLevel warn && npx vite build --config vite.single.config.ts --logLevel warn
step "end-to-end tests (Chromium)"; npx playwright test
