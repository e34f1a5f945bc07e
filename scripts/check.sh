#!/usr/bin/env bash
# Every check, the way CI runs them: lint and format, types, the import contract, tests.
# PostgreSQL tests run when JOURNEYS_TEST_POSTGRES_URL is set (.ci/run sets it).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
[ -x "$bin/python" ] || bin="$(dirname "$(command -v python3)")"
"$bin/ruff" check src tests scripts benchmarks
"$bin/ruff" format --check src tests scripts benchmarks
"$bin/mypy"
"$bin/lint-imports"
"$bin/python" -m pytest "$@"
