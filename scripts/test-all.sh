#!/usr/bin/env bash
# Installs what the tests need (Debian chromium + poppler-utils, npm packages) and runs every check:
# lint, typecheck, unit/property/scenario tests, build, end-to-end. Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CI=1

log() { printf '\n== %s\n' "$*"; }
# Seconds spent in each stage, printed before the last line (where the time goes on a loaded 2-core machine).
START=$SECONDS; STAGE_START=$SECONDS; STAGE=""; TIMES=""
stage() { # stage NAME: closes the running stage's clock and starts NAME's
  [ -n "$STAGE" ] && TIMES="$TIMES$(printf '%-26s %4ds' "$STAGE" $((SECONDS - STAGE_START)))\n"
  STAGE=$1; STAGE_START=$SECONDS
}

stage "system packages"
SUDO=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
# 1. System packages (Playwright's own browser download cannot work offline; Debian's can).
if ! command -v chromium >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
  log "installing chromium and poppler-utils (apt)"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium poppler-utils >/dev/null
fi
# Fonts the pages name for Dari, Pashto (Noto Naskh Arabic) and Bengali (Noto Sans Bengali): what an Android phone ships.
# Without them Chromium draws Bengali as boxes in the screenshots and the printed PDF (locales/languages.ts).
# (fc-list read once: `fc-list | grep -q` under pipefail fails when grep stops reading early, and apt ran every time.)
FONTS=$(command -v fc-list >/dev/null 2>&1 && fc-list || true)
if [ -n "$FONTS" ] && ! { grep -q 'Noto Sans Bengali' <<<"$FONTS" && grep -q 'Noto Naskh Arabic' <<<"$FONTS"; }; then
  log "installing fonts-noto-core (apt): Arabic-script and Bengali fonts"
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-noto-core >/dev/null; } || echo "fonts-noto-core not installed"
fi

# 2. npm packages: npm install, never npm ci (it fails on this registry's lockfile).
stage "npm install"; log "npm install"
npm install --no-audit --no-fund --loglevel=error || { echo "0 passed, 1 failed"; exit 1; }

passed=0; failed=0
step() { # step NAME COMMAND...: a whole command counted as one check
  local name=$1; shift
  stage "$name"; log "$name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; return 1; fi
}
mkdir -p artifacts

step lint npm run --silent lint
step typecheck npm run --silent typecheck && export SESAME_TYPECHECKED=1
step "legal freshness" npx tsx scripts/legal-freshness.ts

stage vitest; log "unit, property and scenario tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile=artifacts/vitest.json
node -e '
  const r = require("./artifacts/vitest.json");
  console.log(`vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
  require("fs").writeFileSync("artifacts/vitest.count", `${r.numPassedTests} ${r.numFailedTests + (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0)}`);
' || echo "0 1" > artifacts/vitest.count
read vp vf < artifacts/vitest.count; passed=$((passed + vp)); failed=$((failed + vf))

step build npm run --silent build

if [ -d out ]; then
  stage playwright; log "end-to-end tests (playwright)"
  # The static server's port (playwright.config.ts reads PORT): 4173, or a free one when another run on the same
  # machine holds 4173 (Playwright refuses to start its server on a port in use when CI is set).
  if [ -z "${PORT:-}" ] && (exec 3<>/dev/tcp/127.0.0.1/4173) 2>/dev/null; then
    PORT=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
    export PORT
    echo "port 4173 is in use: the end-to-end tests serve on $PORT"
  fi
  PLAYWRIGHT_JSON_OUTPUT_NAME=artifacts/playwright.json npx playwright test --reporter=list,json
  node -e '
    const r = require("./artifacts/playwright.json"); const s = r.stats || {};
    const ok = (s.expected || 0) + (s.flaky || 0), bad = (s.unexpected || 0) + (r.errors || []).length;
    console.log(`playwright: ${ok} passed, ${bad} failed`);
    require("fs").writeFileSync("artifacts/playwright.count", `${ok} ${bad}`);
  ' || echo "0 1" > artifacts/playwright.count
  read pp pf < artifacts/playwright.count; passed=$((passed + pp)); failed=$((failed + pf))
else
  failed=$((failed + 1)); echo "FAILED: no out/ directory, end-to-end tests not run"
fi

stage ""
echo
printf '== time per stage (load average at the end: %s)\n' "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
printf "$TIMES"
printf '%-26s %4ds\n' total $((SECONDS - START))
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
