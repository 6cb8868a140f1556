#!/usr/bin/env bash
# Everything a fresh Debian/Ubuntu machine lacks for `npm test`: Node (from the npm registry, .ci/ensure-node.sh)
# and the system packages in .ci/system-packages, each installed only where its command is missing. Used by
# .ci/run and by people (`npm run setup`, or `bash .ci/setup.sh` before Node exists); safe to run again.
# Source it (`. .ci/setup.sh`) to keep the PATH it sets for Node; run it and the packages stay installed either way.
set -euo pipefail
_here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Debian puts the servers the hosting tests run (nginx) in /usr/sbin, which a bare environment may leave off PATH.
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

. "$_here/ensure-node.sh"

MISSING=()
while read -r cmd pkg _why; do
  case "$cmd" in ''|'#'*) continue ;; esac
  if [ "$cmd" = chromium ] && [ -n "${CHROME_PATH:-}" ]; then continue; fi
  # A browser must run, not only be named: a stub (Ubuntu's chromium-browser without snapd) counts as missing.
  if [ "$cmd" = chromium ] && command -v chromium >/dev/null 2>&1 && ! chromium --headless --no-sandbox --version >/dev/null 2>&1; then
    MISSING+=("$pkg"); continue
  fi
  command -v "$cmd" >/dev/null 2>&1 || MISSING+=("$pkg")
done < "$_here/system-packages"
if [ ${#MISSING[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  # The nginx and Caddy packages start their services on install (port 80), where the Observatory test
  # serves: a policy-rc.d that says "no" keeps them stopped (Debian's documented switch for containers).
  _policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null && $SUDO chmod +x /usr/sbin/policy-rc.d
    _policy=1
  fi
  echo "installing: ${MISSING[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${MISSING[@]}" >/dev/null
  if [ -n "$_policy" ]; then $SUDO rm -f /usr/sbin/policy-rc.d; fi
fi
