#!/usr/bin/env bash
# e2e/mailstack/stop.sh [BASE_DIR] -- stop the Dovecot and Postfix masters that start.sh started (by pid file).
set -uo pipefail
BASE="${1:-${MAILSTACK_BASE:-/tmp/tegami-mailstack}}"
[ -d "$BASE" ] || { echo "stop.sh: $BASE does not exist"; exit 0; }
BASE="$(cd "$BASE" && pwd)"
rm -f "$BASE/READY"

stop_pidfile() { # name pidfile expected-comm
  local name="$1" pf="$2" comm="$3" pid
  if [ ! -s "$pf" ]; then echo "$name: no pid file ($pf)"; return 0; fi
  pid="$(head -n1 "$pf" | tr -d ' ')"
  if ! kill -0 "$pid" 2>/dev/null; then echo "$name: not running (stale pid $pid)"; rm -f "$pf"; return 0; fi
  if [ "$(cat /proc/"$pid"/comm 2>/dev/null)" != "$comm" ]; then
    echo "$name: pid $pid is not '$comm' -- not touching it"; return 1
  fi
  kill -TERM "$pid"
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || { echo "$name: stopped (pid $pid)"; return 0; }; sleep 0.2; done
  echo "$name: pid $pid still running after 10s"; return 1
}
rc=0
stop_pidfile postfix "$BASE/postfix-spool/pid/master.pid" master || rc=1
stop_pidfile dovecot "$BASE/run/dovecot/master.pid" dovecot || rc=1
exit $rc
