#!/usr/bin/env bash
# The whole suite on SQLite; in CI (CI=true) or with WITH_POSTGRES=1 also on PostgreSQL.
set -uo pipefail
cd "$(dirname "$0")/.."

run_pytest() {
  .venv/bin/pytest "$@"
  local status=$?
  # pytest exits 5 when no test ran: that is a failure for us, as is any other non-zero code.
  return $status
}

export VENDORPACT_DATA_DIR="${VENDORPACT_TEST_DATA_DIR:-$(mktemp -d)}"
echo "== Test suite on SQLite"
run_pytest -q || exit 1

if [ "${CI:-}" = "true" ] || [ "${WITH_POSTGRES:-}" = "1" ]; then
  echo "== Test suite on PostgreSQL"
  bash scripts/with-postgres.sh .venv/bin/pytest -q -m "not browser" || exit 1
fi
