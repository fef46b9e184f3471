#!/usr/bin/env bash
# e2e/redis/stop.sh [BASE]  -- stops the redis-server that e2e/redis/start.sh started from BASE,
# by the pid in its pid file (never by name), and waits until it is gone.
set -euo pipefail

BASE="${1:-${REDIS_BASE:-/tmp/tegami-redis}}"
pidfile="$BASE/redis.pid"
if ! { [ -s "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }; then
  echo "redis: not running from $BASE"
  exit 0
fi
pid="$(cat "$pidfile")"
kill -TERM "$pid"
for _ in $(seq 1 50); do
  kill -0 "$pid" 2>/dev/null || { echo "redis: stopped (pid $pid)"; exit 0; }
  sleep 0.1
done
echo "redis: pid $pid still running after 5 s" >&2
exit 1
