#!/usr/bin/env bash
# Runs vitest with the given arguments and closes with one plain line, "N passed, N failed", for people and CI.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p node_modules/.cache
report=node_modules/.cache/vitest-report.json
rm -f "$report"
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
if [ -f "$report" ]; then
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
  ' "$report"
fi
exit "$status"
