#!/usr/bin/env bash
# Installs Debian's Chromium for the console's browser tests when it is missing (idempotent).
# Runs as root on CI; elsewhere it uses sudo when available.
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  echo "chromium present: $CHROMIUM"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "chromium missing and not root: install it with 'apt-get install -y chromium'" >&2; exit 1; }
  SUDO="sudo"
fi
command -v apt-get >/dev/null || { echo "chromium missing and no apt-get: install Chromium and set CHROMIUM_PATH" >&2; exit 1; }

echo "installing chromium (apt-get)…"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
"$CHROMIUM" --version
