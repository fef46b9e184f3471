#!/usr/bin/env bash
# e2e/install-deps.sh [mail] [browser] [redis]  -- make sure the system packages the tests need are installed.
#
#   mail     dovecot-imapd dovecot-lmtpd postfix openssl   (the test mail stack, e2e/mailstack/)
#   redis    redis-server                                  (the scale-out tests, e2e/redis/)
#   browser  chromium fonts-liberation fonts-noto-cjk       (Playwright drives /usr/bin/chromium;
#            without a CJK font Japanese renders as empty boxes in screenshots)
# No argument = both. Idempotent: checks binaries/packages first and only runs apt-get
# (update + install) when something is missing, which needs root. Nothing is started:
# a temporary /usr/sbin/policy-rc.d denies service starts during the install, so the
# packages' system-wide daemons never listen on 0.0.0.0:25/143/993.
set -euo pipefail

groups=("$@")
[ ${#groups[@]} -gt 0 ] || groups=(mail browser redis)

missing=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

for g in "${groups[@]}"; do
  case "$g" in
    mail)
      if ! { [ -x /usr/sbin/dovecot ] && [ -x /usr/bin/doveadm ] && [ -x /usr/lib/dovecot/imap ]; }; then
        missing+=(dovecot-imapd)
      fi
      [ -x /usr/lib/dovecot/lmtp ] || missing+=(dovecot-lmtpd)
      { [ -x /usr/sbin/postfix ] && [ -x /usr/sbin/postconf ]; } || missing+=(postfix)
      command -v openssl >/dev/null || missing+=(openssl)
      ;;
    browser)
      [ -x /usr/bin/chromium ] || missing+=(chromium fonts-liberation)
      have_pkg fonts-noto-cjk || missing+=(fonts-noto-cjk)
      ;;
    redis)
      [ -x /usr/bin/redis-server ] || missing+=(redis-server)
      ;;
    *) echo "install-deps.sh: unknown group '$g' (use: mail, browser, redis)" >&2; exit 2 ;;
  esac
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything present (${groups[*]})"
  exit 0
fi

if [ "$(id -u)" != 0 ]; then
  echo "install-deps.sh: missing packages: ${missing[*]}" >&2
  echo "  run as root, or install them yourself: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
command -v apt-get >/dev/null || { echo "install-deps.sh: no apt-get here; install ${missing[*]} yourself" >&2; exit 1; }

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# policy-rc.d exit 101 = "action forbidden": invoke-rc.d starts no daemon during the install.
tmp_policy=0
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
  chmod 755 /usr/sbin/policy-rc.d
  tmp_policy=1
fi
cleanup() { if [ "$tmp_policy" = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi; }
trap cleanup EXIT
# postfix asks for a mail configuration type; "No configuration" leaves /etc/postfix alone.
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections 2>/dev/null || true

apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "install-deps: done"
