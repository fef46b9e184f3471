#!/usr/bin/env bash
# e2e/redis/start.sh [BASE]  -- a throwaway redis-server for the scale-out tests.
# Listens on 127.0.0.1:$REDIS_PORT (default 31379) only, keeps nothing on disk (no RDB, no AOF),
# and puts its pid file and log under BASE (default /tmp/tegami-redis). Idempotent: a server
# already running from BASE is reused. Prints TEST_REDIS_URL (what the tests read) last.
# Needs redis-server (e2e/install-deps.sh redis).
set -euo pipefail

BASE="${1:-${REDIS_BASE:-/tmp/tegami-redis}}"
PORT="${REDIS_PORT:-31379}"
mkdir -p "$BASE"
pidfile="$BASE/redis.pid"

if [ -s "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
  echo "redis: already running from $BASE (pid $(cat "$pidfile"))"
else
  command -v redis-server >/dev/null || { echo "redis: redis-server missing: run bash e2e/install-deps.sh redis" >&2; exit 1; }
  rm -f "$pidfile"
  # Daemons keep the caller's stdout open unless detached from it.
  redis-server --bind 127.0.0.1 --port "$PORT" --protected-mode yes \
    --dir "$BASE" --save "" --appendonly no \
    --daemonize yes --pidfile "$pidfile" --logfile "$BASE/redis.log" </dev/null >/dev/null 2>&1
fi

for _ in $(seq 1 50); do
  if [ "$(redis-cli -h 127.0.0.1 -p "$PORT" ping 2>/dev/null)" = PONG ]; then
    echo "$PORT" > "$BASE/port"
    echo "redis: ready on 127.0.0.1:$PORT (pid $(cat "$pidfile"), log $BASE/redis.log)"
    echo "TEST_REDIS_URL=redis://127.0.0.1:$PORT"
    exit 0
  fi
  sleep 0.1
done
echo "redis: no PONG on 127.0.0.1:$PORT after 5 s; see $BASE/redis.log" >&2
exit 1
