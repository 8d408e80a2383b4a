#!/usr/bin/env bash
# What the end-to-end tests need from Debian beside Node and n8n: chromium (the editor and timeline
# pages), redis-server and postgresql (n8n in queue mode). Installed with apt when missing — as root,
# or with sudo when it asks no password. Otherwise it stops at once and names what to install, so
# `npm test` never starts a test it cannot finish. The tests start their own throw-away PostgreSQL
# and Redis on 127.0.0.1; the packages' system services are not needed and not started here.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null || missing+=(postgresql)
if [ "${#missing[@]}" -eq 0 ]; then exit 0; fi

if [ "$(id -u)" = "0" ]; then
	SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	SUDO=(sudo -n)
else
	echo "npm test needs Debian's ${missing[*]} for the end-to-end tests, and cannot install them without root." >&2
	echo "Install them, then run npm test again:  sudo apt-get install ${missing[*]}" >&2
	echo "(npm run test:unit runs every test but the end-to-end ones and needs none of them.)" >&2
	exit 3
fi
if ! command -v apt-get >/dev/null 2>&1; then
	echo "npm test needs ${missing[*]} for the end-to-end tests; this machine has no apt-get: install them with its package manager." >&2
	exit 3
fi
echo "e2e: installing Debian's ${missing[*]}" >&2
"${SUDO[@]}" apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq "${missing[@]}" >&2
