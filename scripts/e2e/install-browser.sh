#!/usr/bin/env bash
# Debian's Chromium for the timeline page's browser test; installed with apt when missing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "e2e: installing Debian's chromium" >&2
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >&2
