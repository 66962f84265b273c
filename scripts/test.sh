#!/usr/bin/env bash
# npm test: formatting, lint, types, then unit, client, integration (real embedded Neo4j) and end-to-end (Chromium) tests.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-system-deps.sh

echo "== prettier"; npx prettier --check . --log-level warn
echo "== eslint";   npx eslint . --max-warnings 0
echo "== tsc -b";   npx tsc -b

mkdir -p node_modules/.cache
report=node_modules/.cache/vitest-report.json
status=0
# The faults project (npm run test:faults) is not part of npm test: name the others unless the caller picks.
projects=(--project unit --project client --project int --project e2e)
for arg in "$@"; do case "$arg" in --project*) projects=() ;; esac; done
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" ${projects[@]+"${projects[@]}"} "$@" || status=$?
if [ -f "$report" ]; then
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
  ' "$report"
fi
exit "$status"
