#!/usr/bin/env bash
# The whole test suite: typecheck, lint, the web app's unit tests, unit + integration tests on PGlite (and on
# PostgreSQL when DATABASE_URL is set), then the browser journeys. Ends with one
# "N passed, N failed" line summing every runner.
set -uo pipefail
cd "$(dirname "$0")/.."
reports=$(mktemp -d)
fail=0
step() { echo; echo "=== $1"; }

step "typecheck"; npm run -s typecheck || fail=1
step "lint"; npm run -s lint || fail=1

step "web unit tests (pure view logic)"
npx vitest run --root apps/web --reporter=default --reporter=json --outputFile.json="$reports/vitest-web.json" || fail=1

step "unit and integration tests on PGlite"
npx vitest run --root apps/server --reporter=default --reporter=json --outputFile.json="$reports/vitest-pglite.json" || fail=1

if [ -n "${DATABASE_URL:-}" ]; then
  step "integration tests on PostgreSQL ($DATABASE_URL)"
  TEST_DATABASE_URL="$DATABASE_URL" npx vitest run --root apps/server --reporter=default --reporter=json --outputFile.json="$reports/vitest-pg.json" || fail=1
fi

step "browser journeys (Playwright + chromium)"
E2E_JSON="$reports/playwright.json" node scripts/e2e.mjs || fail=1

node scripts/summary.mjs "$reports" || fail=1
rm -rf "$reports"
exit $fail
