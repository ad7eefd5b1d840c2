#!/usr/bin/env bash
# A throw-away PostgreSQL server for the postgres tests (CI and local runs).
#
#   eval "$(.ci/postgres.sh start)"   # prints the export lines; exits 1 if no server can start
#   .ci/postgres.sh stop              # stops the server named by PLEDGE_TRACKER_TEST_PG_DIR
#
# The cluster lives in a temporary folder and listens on 127.0.0.1 at a free port, with its
# unix socket inside that folder. initdb refuses to run as root, so as root the cluster belongs
# to a dedicated user (pgtest, created if missing). Messages go to stderr; stdout carries only
# the export lines.
#
# The role `pledge` may CREATEDB and CREATEROLE (the team-role tests grant roles as the
# database's owner would); PLEDGE_TRACKER_TEST_PG_ADMIN_URL is the superuser `postgres`.
set -euo pipefail

PG_USER="${PLEDGE_TRACKER_PG_OS_USER:-pgtest}"
ROLE="pledge"

say() { echo "postgres.sh: $*" >&2; }

find_bin() {
  local candidate
  for candidate in "${PG_BIN:-}" /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin \
    "$(command -v pg_config >/dev/null 2>&1 && pg_config --bindir || true)"; do
    if [[ -n "$candidate" && -x "$candidate/initdb" && -x "$candidate/pg_ctl" ]]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

as_owner() {
  # Run a command as the cluster's owner (pgtest when we are root, else ourselves).
  if [[ "$(id -u)" -eq 0 ]]; then
    runuser -u "$PG_USER" -- "$@"
  else
    "$@"
  fi
}

start() {
  local bin dir port password
  if ! bin="$(find_bin)"; then
    say "no PostgreSQL server binaries found (looked in /usr/lib/postgresql/*/bin)"
    return 1
  fi
  if [[ "$(id -u)" -eq 0 ]] && ! id "$PG_USER" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_USER" >&2 || {
      say "could not create the user $PG_USER"
      return 1
    }
  fi
  dir="$(mktemp -d "${TMPDIR:-/tmp}/pledge-pg.XXXXXX")"
  mkdir -p "$dir/sock"
  [[ "$(id -u)" -eq 0 ]] && chown -R "$PG_USER" "$dir"
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  password="$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
  if ! as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust \
    --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
    say "initdb failed:"; tail -5 "$dir/initdb.log" >&2; rm -rf "$dir"; return 1
  fi
  # A test server: no durability needed, so no fsync (faster on a shared CI disk).
  if ! as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >&2; then
    say "the server did not start:"; tail -5 "$dir/server.log" >&2; rm -rf "$dir"; return 1
  fi
  if ! as_owner "$bin/psql" -h "$dir/sock" -p "$port" -U postgres -d postgres -qAt \
    -v ON_ERROR_STOP=1 -c "CREATE ROLE $ROLE LOGIN CREATEDB CREATEROLE PASSWORD '$password'" \
    -c "ALTER ROLE postgres PASSWORD '$password'" >&2; then
    say "could not create the role $ROLE"; PLEDGE_TRACKER_TEST_PG_DIR="$dir" stop; return 1
  fi
  say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
  echo "export PLEDGE_TRACKER_TEST_PG_URL='postgresql+psycopg://$ROLE:$password@127.0.0.1:$port/postgres'"
  # The superuser, for tests that must see or drop what the app's roles cannot.
  echo "export PLEDGE_TRACKER_TEST_PG_ADMIN_URL='postgresql+psycopg://postgres:$password@127.0.0.1:$port/postgres'"
  echo "export PLEDGE_TRACKER_TEST_PG_DIR='$dir'"
  echo "export PLEDGE_TRACKER_TEST_PG_BIN='$bin'"
}

stop() {
  local dir="${PLEDGE_TRACKER_TEST_PG_DIR:-}" bin
  [[ -n "$dir" && -d "$dir/data" ]] || return 0
  bin="${PLEDGE_TRACKER_TEST_PG_BIN:-$(find_bin)}"
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
