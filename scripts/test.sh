#!/usr/bin/env bash
# `npm test`: the whole suite on a fresh Debian machine, setting up what it needs first.
#  - Chromium (Debian's) for the browser tests: installed with apt when missing (root only).
#  - PostgreSQL 15 + pgvector for the second database backend: when TEST_DATABASE_URL is not
#    set, scripts/setup-postgres.sh installs/starts it (root only) and the suite runs on both
#    PGlite and PostgreSQL. TEST_POSTGRES=off runs on PGlite only.
# Extra arguments go to vitest (e.g. `npm test -- test/unit`).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  if ! command -v chromium >/dev/null 2>&1; then
    echo "test: installing Debian's Chromium for the browser tests…" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null) \
      || echo "test: could not install chromium; the browser tests will fail" >&2
  fi
  if [ -z "${TEST_DATABASE_URL:-}" ] && [ "${TEST_POSTGRES:-on}" != "off" ]; then
    echo "test: starting PostgreSQL 15 + pgvector (scripts/setup-postgres.sh)…" >&2
    url=$(bash scripts/setup-postgres.sh policyqa_test policyqa policyqa | tail -n 1)
    export TEST_DATABASE_URL="${url#DATABASE_URL=}"
  fi
fi
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  echo "test: TEST_DATABASE_URL is not set — integration suites run on PGlite only" >&2
fi
exec npx vitest run "$@"
