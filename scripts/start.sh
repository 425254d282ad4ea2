#!/usr/bin/env bash
# Installs, builds the static site and serves it on 127.0.0.1 (prints the URL).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
npm install --no-audit --no-fund --loglevel=error
npm run --silent build
PORT=${PORT:-4173}
echo "Sésame is running at http://127.0.0.1:${PORT}/fr/  (Ctrl+C to stop)"
exec node scripts/serve-static.mjs "$PORT" out
