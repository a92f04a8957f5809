#!/usr/bin/env bash
# ensure_node      Node.js ≥ 20.19 and npm (Vite 7's floor); installs Debian's nodejs/npm when missing.
# build_web_ui     npm ci (when the lockfile changed) and the Vite build of src/Web into the host's wwwroot,
#                  skipped when the build is newer than every source. Idempotent; well under a second when fresh.
# ensure_chromium  Debian's Chromium for the browser tests (no browser downloads).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_node() {
  command -v node >/dev/null && command -v npm >/dev/null || cf_apt_install nodejs npm
  local version
  version="$(node -p 'process.versions.node')"
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
    || { cf_die "Node.js $version is too old for the web UI build: install Node.js 20.19 or newer"; return 1; }
}

build_web_ui() {
  local web="$CODEFLARE_ROOT/src/Web" out="$CODEFLARE_ROOT/src/Host/Codeflare.Host/wwwroot/index.html" log
  mkdir -p "$CODEFLARE_LOG_DIR"; log="$CODEFLARE_LOG_DIR/webui-build.log"
  ensure_node
  if [[ ! -f "$web/node_modules/.package-lock.json" || "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]]; then
    cf_log "installing the web UI's packages (npm ci)"
    (cd "$web" && npm ci --no-audit --no-fund) >"$log" 2>&1 || { tail -n 30 "$log" >&2; cf_die "npm ci failed (log: $log)"; return 1; }
  fi
  if [[ -f "$out" ]] && [[ -z "$(find "$web/src" "$web/index.html" "$web/vite.config.ts" "$web/tsconfig.json" "$web/package-lock.json" -newer "$out" -print -quit)" ]]; then
    return 0
  fi
  cf_log "building the web UI"
  (cd "$web" && npm run build) >>"$log" 2>&1 || { tail -n 30 "$log" >&2; cf_die "the web UI did not build (log: $log)"; return 1; }
}

ensure_chromium() {
  [[ -x /usr/bin/chromium ]] || cf_apt_install chromium
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then build_web_ui; fi
