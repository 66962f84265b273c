#!/usr/bin/env bash
# npm test: formatting, lint, types, then unit, client and integration tests (Vitest, real embedded Neo4j) and the
# end-to-end tests (Playwright, Chromium). Every part runs even when an earlier one failed; the last line sums both
# runners' counts ("N passed, N failed") and the exit status is non-zero if any part failed.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-system-deps.sh --for test || exit 1

status=0
echo "== prettier"; npx prettier --check . --log-level warn || status=1
echo "== eslint";   npx eslint . --max-warnings 0 || status=1
echo "== codegen"  # generated API types must match the SDL and the client's operations
out=$(npx graphql-codegen --config codegen.ts --check 2>&1) || { echo "$out" | grep -v '^[✔❯]'; echo "run: npm run codegen"; status=1; }
echo "== tsc -b";   npx tsc -b || status=1

reports=node_modules/.cache/test-reports
rm -rf "$reports" && mkdir -p "$reports"
echo "== vitest: unit, client, int"
npx vitest run --project unit --project client --project int \
  --reporter=default --reporter=json --outputFile.json="$reports/vitest.json" || status=1
echo "== playwright: e2e"
PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/playwright.json" npx playwright test --reporter=list,json || status=1

npx tsx scripts/test-summary.ts "$reports/vitest.json" "$reports/playwright.json"
exit "$status"
