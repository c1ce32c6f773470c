#!/usr/bin/env bash
# `npm test`: type-check, lint, unit + integration tests (PGlite and PostgreSQL), then Playwright
# against a production build. Exits non-zero on the first failing stage.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

echo "== type-check" && npx tsc --noEmit
echo "== lint" && npx eslint . --max-warnings=0
echo "== unit and integration tests" && npx vitest run

# e2e gets a fresh database each run
E2E_DATABASE_URL="${E2E_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/ajour_e2e}"
export E2E_DATABASE_URL
admin_url="${E2E_DATABASE_URL%/*}/postgres"
db_name="${E2E_DATABASE_URL##*/}"
if psql "$admin_url" -qc "DROP DATABASE IF EXISTS \"$db_name\" WITH (FORCE)" -c "CREATE DATABASE \"$db_name\"" >/dev/null; then
  echo "== e2e (Playwright, Chromium) on $E2E_DATABASE_URL"
else
  echo "!!!!! PostgreSQL for e2e is not reachable at $admin_url: cannot run Playwright !!!!!" >&2
  exit 1
fi
npx playwright test

# Two production instances from the build Playwright's web server just made, on one PostgreSQL
# database (dropped and recreated by e2e-multi/global-setup.ts), behind a small load balancer.
echo "== two instances on one PostgreSQL (Playwright, e2e-multi)"
npx playwright test -c playwright.multi.config.ts
