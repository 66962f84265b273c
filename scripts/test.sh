#!/usr/bin/env bash
# npm test: formatting, lint, types, then unit, client, integration (real embedded Neo4j) and end-to-end (Chromium) tests.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-system-deps.sh

echo "== prettier"; npx prettier --check . --log-level warn
echo "== eslint";   npx eslint . --max-warnings 0
echo "== codegen"  # generated API types must match the SDL and the client's operations
out=$(npx graphql-codegen --config codegen.ts --check 2>&1) || { echo "$out" | grep -v '^[✔❯]'; echo "run: npm run codegen"; exit 1; }
echo "== tsc -b";   npx tsc -b

# The faults project (npm run test:faults) is not part of npm test: name the others unless the caller picks.
projects=(--project unit --project client --project int --project e2e)
for arg in "$@"; do case "$arg" in --project*) projects=() ;; esac; done
exec bash scripts/vitest.sh ${projects[@]+"${projects[@]}"} "$@"
