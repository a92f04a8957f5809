#!/usr/bin/env bash
# wetty.sh — install wetty 3.2.0 (the terminal reference of SPEC §10) once, and print its main.js.
#   bash scripts/bench/wetty.sh        installs into $CODEFLARE_WETTY_DIR (default bench/.wetty, gitignored)
# Idempotent: with wetty 3.2.0 already installed it only prints the path (well under a second).
# Node comes from Debian (`nodejs npm`) when no node is on PATH; node-pty is compiled from source
# against the headers Debian's nodejs ships in /usr/include/node (npm_config_nodedir=/usr), so
# nothing but the npm registry is contacted.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../infra/lib.sh"

CODEFLARE_WETTY_VERSION="${CODEFLARE_WETTY_VERSION:-3.2.0}"
CODEFLARE_WETTY_DIR="${CODEFLARE_WETTY_DIR:-$CODEFLARE_ROOT/bench/.wetty}"

ensure_wetty() {
  local dir="$CODEFLARE_WETTY_DIR" main start installed
  main="$dir/node_modules/wetty/build/main.js"
  if [[ -f "$main" && -f "$dir/node_modules/wetty/package.json" ]]; then
    installed="$(node -p "require('$dir/node_modules/wetty/package.json').version" 2>/dev/null || true)"
    if [[ "$installed" == "$CODEFLARE_WETTY_VERSION" ]]; then echo "$main"; return 0; fi
  fi
  # A node from elsewhere (e.g. NodeSource, which bundles npm) is used as it is: Debian's npm
  # package conflicts with it.
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then cf_apt_install nodejs npm; fi
  # node-pty builds with node-gyp: it needs a compiler, make and python3.
  command -v g++ >/dev/null && command -v make >/dev/null && command -v python3 >/dev/null \
    || cf_apt_install g++ make python3
  start="$(cf_now)"
  mkdir -p "$dir" "$CODEFLARE_LOG_DIR"
  [[ -f "$dir/package.json" ]] || echo '{"name":"codeflare-bench-wetty","private":true}' >"$dir/package.json"
  cf_log "npm install wetty@$CODEFLARE_WETTY_VERSION into $dir (log: $CODEFLARE_LOG_DIR/wetty-install.log)"
  local nodedir=/usr
  [[ -f /usr/include/node/node.h ]] || nodedir="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
  if ! (cd "$dir" && npm_config_nodedir="$nodedir" npm install --no-audit --no-fund --loglevel=error \
          "wetty@$CODEFLARE_WETTY_VERSION") >"$CODEFLARE_LOG_DIR/wetty-install.log" 2>&1; then
    tail -n 30 "$CODEFLARE_LOG_DIR/wetty-install.log" >&2
    cf_die "npm install wetty@$CODEFLARE_WETTY_VERSION failed"
    return 1
  fi
  [[ -f "$main" ]] || { cf_die "wetty installed but $main is missing"; return 1; }
  cf_log "wetty $CODEFLARE_WETTY_VERSION installed in $(cf_elapsed "$start") s"
  echo "$main"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then ensure_wetty "$@"; fi
