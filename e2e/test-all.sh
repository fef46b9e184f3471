#!/usr/bin/env bash
# e2e/test-all.sh (= npm test): every test, in order, against a real Dovecot + Postfix.
#   system packages -> mail stack -> test data -> Redis -> types -> lint -> format -> unit ->
#   integration -> npm run build -> Playwright.
# A failing check does not stop the later ones (except: no Playwright after a failed build,
# nothing after a failed setup step); the exit status is 1 if any step failed. The last line is
# "steps: N passed, N failed".
# The mail stack and Redis are stopped at exit only if this script started them.
# Env: MAILSTACK_BASE (default /tmp/tegami-mailstack), MAILSTACK_*_PORT (see e2e/mailstack/start.sh),
#      E2E_PORT (HTTP port of `next start`, default 3100), AUTH_SECRET (default: fresh per run),
#      REDIS_BASE (default /tmp/tegami-redis), REDIS_PORT (default 31379; see e2e/redis/start.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export MAILSTACK_BASE="${MAILSTACK_BASE:-/tmp/tegami-mailstack}"
export E2E_PORT="${E2E_PORT:-3100}"
export NEXT_TELEMETRY_DISABLED=1

passed=0
failed=0
failed_steps=()
step_no=0
STEPS=11

# step NAME COMMAND...: run one step with a heading; count it; return its status.
step() {
  local name="$1" start rc=0
  shift
  step_no=$((step_no + 1))
  printf '\n==> [%d/%d] %s: %s\n' "$step_no" "$STEPS" "$name" "$*"
  start=$SECONDS
  "$@" </dev/null || rc=$?
  if [ "$rc" = 0 ]; then
    passed=$((passed + 1))
    printf '<== [%d/%d] %s: ok (%ds)\n' "$step_no" "$STEPS" "$name" $((SECONDS - start))
  else
    failed=$((failed + 1))
    failed_steps+=("$name")
    printf '<== [%d/%d] %s: FAILED with status %d (%ds)\n' "$step_no" "$STEPS" "$name" "$rc" $((SECONDS - start))
  fi
  return "$rc"
}

summary() {
  echo
  if [ ${#failed_steps[@]} -gt 0 ]; then echo "failed steps: ${failed_steps[*]}"; fi
  if [ "$step_no" -lt "$STEPS" ]; then echo "not run: $((STEPS - step_no)) of $STEPS steps"; fi
  echo "steps: $passed passed, $failed failed"
}

# Setup steps abort the run: nothing after them can work.
setup_failed() {
  summary
  exit 1
}

alive() { [ -s "$1" ] && kill -0 "$(head -n1 "$1" | tr -d ' ')" 2>/dev/null; }
stack_running() {
  [ -f "$MAILSTACK_BASE/READY" ] \
    && alive "$MAILSTACK_BASE/run/dovecot/master.pid" \
    && alive "$MAILSTACK_BASE/postfix-spool/pid/master.pid"
}

export REDIS_BASE="${REDIS_BASE:-/tmp/tegami-redis}"
export REDIS_PORT="${REDIS_PORT:-31379}"
# The scale-out tests' Redis; not REDIS_URL, which would put every app process in scale-out mode.
export TEST_REDIS_URL="redis://127.0.0.1:$REDIS_PORT"

started_stack=0
started_redis=0
stop_stack() {
  if [ "$started_redis" = 1 ]; then
    echo
    echo "==> stopping the Redis this run started"
    bash e2e/redis/stop.sh "$REDIS_BASE" || true
  fi
  if [ "$started_stack" = 1 ]; then
    echo
    echo "==> stopping the mail stack this run started"
    bash e2e/mailstack/stop.sh "$MAILSTACK_BASE" || true
  fi
}
trap stop_stack EXIT

step "system packages" bash e2e/install-deps.sh || setup_failed

if stack_running; then
  echo "(mail stack already running in $MAILSTACK_BASE: reusing it, leaving it running)"
else
  started_stack=1
fi
step "mail stack" bash e2e/mailstack/start.sh "$MAILSTACK_BASE" || setup_failed
step "test data" node e2e/mailstack/seed-test-data.mjs --base "$MAILSTACK_BASE" || setup_failed
if alive "$REDIS_BASE/redis.pid"; then
  echo "(Redis already running from $REDIS_BASE: reusing it, leaving it running)"
else
  started_redis=1
fi
step "redis" bash e2e/redis/start.sh "$REDIS_BASE" || setup_failed

# The app's configuration (docs: UI contract), from the stack that is running.
stack_port() { node -e 'const s=require(process.argv[1]);console.log(s.ports[process.argv[2]])' "$MAILSTACK_BASE/stack.json" "$1"; }
IMAP_URL="imap://127.0.0.1:$(stack_port imap)"
SMTP_URL="smtp://127.0.0.1:$(stack_port submission)"
MAIL_TLS_CA="$MAILSTACK_BASE/ssl/cert.pem"
AUTH_SECRET="${AUTH_SECRET:-$(openssl rand -base64 32)}"
PORT="$E2E_PORT"
export IMAP_URL SMTP_URL MAIL_TLS_CA AUTH_SECRET PORT
echo
echo "IMAP_URL=$IMAP_URL SMTP_URL=$SMTP_URL MAIL_TLS_CA=$MAIL_TLS_CA PORT=$PORT AUTH_SECRET=(set)"

step "typecheck" npx tsc --noEmit || true
step "lint" npx eslint . || true
step "format" npx prettier --check . || true
step "unit" npx vitest run --project unit || true
step "integration" npx vitest run --project integration || true
# npm run build = next build + the standalone folder that e2e/production.spec.ts (and Docker) runs.
if step "build" npm run build; then
  step "e2e" npx playwright test || true
else
  step_no=$((step_no + 1))
  failed=$((failed + 1))
  failed_steps+=("e2e")
  printf '\n==> [%d/%d] e2e: not run, the build failed (it would test a stale .next)\n' "$step_no" "$STEPS"
fi

summary
[ "$failed" = 0 ]
