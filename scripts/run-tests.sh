#!/usr/bin/env bash
# The whole suite on SQLite, then again on a month end and on a leap day; in CI (CI=true) or
# with WITH_POSTGRES=1 also on PostgreSQL.
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

echo "== API fuzzing with schemathesis (demo data, fixed seed)"
.venv/bin/python scripts/api_fuzz.py > "$VENDORPACT_DATA_DIR/api-fuzz.log" 2>&1 || {
  grep -v '^127.0.0.1\|"logger": "django.request"' "$VENDORPACT_DATA_DIR/api-fuzz.log" | tail -150
  exit 1
}
grep -E "^Test cases:|generated," "$VENDORPACT_DATA_DIR/api-fuzz.log"

# Once more "on" a month end and on a leap day: date arithmetic that only works mid-month fails.
for day in 2027-01-31 2028-02-29; do
  echo "== Test suite on SQLite, today = $day"
  VENDORPACT_TEST_TODAY=$day run_pytest -q -m "not browser" || exit 1
done

if [ "${CI:-}" = "true" ] || [ "${WITH_POSTGRES:-}" = "1" ]; then
  echo "== Test suite on PostgreSQL"
  bash scripts/with-postgres.sh .venv/bin/pytest -q -m "not browser" || exit 1
fi
