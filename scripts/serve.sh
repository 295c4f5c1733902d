#!/usr/bin/env bash
# npm run serve [-- --simulate | rotate-key]: installs what is missing, builds the server's page
# build when it is missing or older than the sources, then runs the server (docs/server.md).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
stamp=dist-server/index.html
if [ "${1:-}" != "rotate-key" ]; then
  if [ ! -f "$stamp" ] || [ -n "$(find src index.html vite.config.ts csp.config.ts package-lock.json -newer "$stamp" -print -quit)" ]; then
    echo "serve: building the app for the server (npm run build:server)"
    npm run --silent build:server >/dev/null
  fi
fi
exec node --import tsx server/main.ts "$@"
