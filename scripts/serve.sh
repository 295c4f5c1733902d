#!/usr/bin/env bash
# npm run serve [-- --simulate | rotate-key]: installs what is missing, builds the server (its page
# and dist-server/server.js) when it is missing or older than the sources, then runs the compiled
# server (docs/server.md).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
stamp=dist-server/server.js
sources=(src index.html vite.config.ts csp.config.ts package-lock.json server core mocks scripts/vite scripts/server)
if [ ! -f "$stamp" ] || [ -n "$(find "${sources[@]}" -newer "$stamp" -print -quit)" ]; then
  echo "serve: building the server (npm run build:server)"
  npm run --silent build:server >/dev/null
fi
exec node dist-server/server.js "$@"
