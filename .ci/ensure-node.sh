# shellcheck shell=bash
# The minimum is package.json's engines.node (">=X.Y.Z"), the version the suite runs on in CI: one place for it.
# It is also the version installed when the machine has an older one (exact => reproducible; bump it there).
_pkg="$(dirname "${BASH_SOURCE[0]}")/../package.json"
NODE_MIN="$(sed -n 's/.*"node": *">=\([0-9.]*\)".*/\1/p' "$_pkg" | head -1)"
[ -n "$NODE_MIN" ] || { echo "package.json: engines.node must read \">=X.Y.Z\"" >&2; return 1; }
NODE_PIN="${NODE_PIN:-$NODE_MIN}"
node_ok() {                        # is `node` on PATH >= NODE_MIN ?
  command -v node >/dev/null 2>&1 && node -e '
    const want = process.argv[1].split(".").map(Number), have = process.versions.node.split(".").map(Number);
    const cmp = have[0] - want[0] || have[1] - want[1] || have[2] - want[2];
    process.exit(cmp >= 0 ? 0 : 1)' "$NODE_MIN"
}
if ! node_ok; then
  case "$(uname -m)" in x86_64) _arch=x64 ;; aarch64) _arch=arm64 ;; *) echo "unsupported arch $(uname -m)" >&2; return 1 ;; esac
  NODE_HOME="${NODE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/node-$NODE_PIN-$_arch}"
  command -v npm >/dev/null || { echo "no npm to bootstrap Node with" >&2; return 1; }
  # npm derives its prefix (and so its *global* npmrc, which holds cafile= here) from the node
  # binary's location; keep the system one once npm runs on the new node.
  export npm_config_globalconfig="${npm_config_globalconfig:-$(npm config get globalconfig 2>/dev/null)}"
  if [ ! -x "$NODE_HOME/bin/node" ]; then
    _tmp="$(mktemp -d)"
    # npm pack, not `npm install --prefix`: --prefix also moves the global npmrc (loses cafile)
    npm pack --silent --pack-destination "$_tmp" "node-linux-$_arch@$NODE_PIN" </dev/null >/dev/null \
      || { rm -rf "$_tmp"; return 1; }
    mkdir -p "$NODE_HOME"
    tar -xzf "$_tmp"/node-linux-"$_arch"-*.tgz -C "$NODE_HOME" --strip-components=1 --no-same-owner
    rm -rf "$_tmp"
  fi
  export PATH="$NODE_HOME/bin:$PATH"     # system npm (#!/usr/bin/env node) now runs on this node
  # Only if a dependency compiles a native addon with node-gyp (none in this stack do):
  # export npm_config_nodedir="$NODE_HOME"   # ~/.npmrc here sets nodedir=/usr (Node 20 headers)
  hash -r
fi
node_ok || { echo "Node >= $NODE_MIN required, have $(node -v 2>/dev/null || echo none)" >&2; return 1; }
echo "node $(node -v) ($(command -v node)), npm $(npm -v 2>/dev/null)"
