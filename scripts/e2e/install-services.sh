#!/usr/bin/env bash
# Debian's redis-server and postgresql for the queue-mode end-to-end test (n8n main + workers need
# Redis and PostgreSQL); installed with apt when missing. The tests start their own throw-away
# instances on 127.0.0.1, so the packages' system services are not needed and not started here.
set -euo pipefail
missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null || missing+=(postgresql)
if [ "${#missing[@]}" -eq 0 ]; then exit 0; fi
echo "e2e: installing Debian's ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >&2
