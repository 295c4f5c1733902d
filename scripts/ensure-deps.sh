#!/usr/bin/env bash
# Installs what a fresh clone on a fresh machine lacks: node_modules (from the lock file) and,
# with --browser, Debian's Chromium for Playwright (npx playwright install cannot download here).
set -euo pipefail
cd "$(dirname "$0")/.."

lock_stamp=node_modules/.package-lock.json
if [ ! -d node_modules ] || [ package-lock.json -nt "$lock_stamp" ]; then
  # A first install takes a minute or two (better-sqlite3 compiles from source here): say so
  # before npm starts; npm shows its spinner on a terminal and ends with "added N packages in Ts".
  echo "ensure-deps: installing npm dependencies (npm ci; a first install takes a minute or two while better-sqlite3 compiles)"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ]; then
  chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ ! -x "$chromium_path" ]; then
    echo "ensure-deps: installing Debian's Chromium"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
  fi
fi
