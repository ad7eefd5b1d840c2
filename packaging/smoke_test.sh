#!/usr/bin/env bash
# Smoke test of the built app folder: packaging/smoke_test.sh DIST_DIR  (e.g. dist/pledge-tracker)
#
# Runs the bundle from a temporary folder outside the source tree with an empty environment
# (env -i: no Python, virtual environment or PYTHONPATH of the build can be found):
# --version, init on a new database, report scorecard on it (a PDF, checked by qpdf when
# present; the same on a throw-away PostgreSQL server when PLEDGE_TRACKER_TEST_PG_URL names
# one), and the desktop window opened offscreen and closed. Any failure exits non-zero.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 DIST_DIR" >&2
  exit 2
fi
DIST="$(cd "$1" && pwd)"
APP="$DIST/pledge-tracker"
[ -x "$APP" ] || { echo "smoke test: $APP is missing or not executable" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"  # outside the source tree: nothing of the checkout is on any path

# Silent settings, as an IT team would pre-set them: the name that signs changes (otherwise
# asked at the first start). Qt keeps them in $HOME/.config/PledgeTracker/Pledge Tracker.conf.
mkdir -p "$WORK/home/.config/PledgeTracker"
printf '[prefs]\ndisplay_name=Smoke Test\n' > "$WORK/home/.config/PledgeTracker/Pledge Tracker.conf"

# Passwords in server URLs are not printed into the build log.
mask() { sed -E 's#(://[^:/@]+):[^@/]*@#\1:***@#g'; }

run() {
  echo "+ pledge-tracker $*" | mask
  env -i HOME="$WORK/home" QT_QPA_PLATFORM=offscreen timeout 180 "$APP" "$@" 2>&1 | mask
}

version="$(run --version | tail -n 1)"
echo "$version"
case "$version" in
  "pledge-tracker "*"(built "*) ;;
  *) echo "smoke test: --version does not name a dated build: $version" >&2; exit 1 ;;
esac

run init --db "$WORK/smoke.db"
[ -s "$WORK/smoke.db" ] || { echo "smoke test: init wrote no database" >&2; exit 1; }

check_pdf() {
  [ "$(head -c 5 "$1")" = "%PDF-" ] || { echo "smoke test: $1 is not a PDF" >&2; exit 1; }
  if command -v qpdf >/dev/null; then
    qpdf --check "$1" >/dev/null
    echo "qpdf --check: $(basename "$1") is sound"
  fi
}

run report scorecard --db "$WORK/smoke.db" --out "$WORK/scorecard.pdf"
check_pdf "$WORK/scorecard.pdf"

# The team-server driver, when a throw-away PostgreSQL server runs (.ci/run starts one):
# init and the scorecard on a new database of it, dropped afterwards.
if [ -n "${PLEDGE_TRACKER_TEST_PG_URL:-}" ]; then
  admin="${PLEDGE_TRACKER_TEST_PG_URL/postgresql+psycopg:/postgresql:}"
  psql="${PLEDGE_TRACKER_TEST_PG_BIN:+$PLEDGE_TRACKER_TEST_PG_BIN/}psql"
  name="smoke_$$_$RANDOM"
  "$psql" -q -v ON_ERROR_STOP=1 -d "$admin" -c "CREATE DATABASE $name"
  trap 'rm -rf "$WORK"; "$psql" -q -d "$admin" -c "DROP DATABASE IF EXISTS $name" >/dev/null 2>&1 || true' EXIT
  server="${PLEDGE_TRACKER_TEST_PG_URL%/*}/$name"
  run init --db "$server"
  run report scorecard --db "$server" --out "$WORK/server.pdf"
  check_pdf "$WORK/server.pdf"
fi

# The window: the app quits with 0 once its main window is shown, 3 if it never is.
echo "+ pledge-tracker --db smoke.db  (the window, offscreen, closed once shown)"
env -i HOME="$WORK/home" QT_QPA_PLATFORM=offscreen PLEDGE_TRACKER_QUIT_AFTER_START=1 \
  timeout 180 "$APP" --db "$WORK/smoke.db"

echo "smoke test passed: $DIST ($(du -sh "$DIST" | cut -f1))"
