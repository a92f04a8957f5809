#!/usr/bin/env bash
# Shared helpers for the Codeflare infrastructure scripts. Source it; do not run it.
set -euo pipefail

[[ -n "${_CODEFLARE_INFRA_LIB:-}" ]] && return 0
_CODEFLARE_INFRA_LIB=1

CODEFLARE_INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CODEFLARE_ROOT="$(cd "$CODEFLARE_INFRA_DIR/../.." && pwd)"
CODEFLARE_LOG_DIR="${CODEFLARE_LOG_DIR:-/var/log/codeflare}"

# Progress lines go to stderr so that functions can echo results on stdout.
cf_log() { printf '[infra] %s\n' "$*" >&2; }
cf_die() { printf '[infra] ERROR: %s\n' "$*" >&2; return 1; }

cf_now() { date +%s.%N; }
cf_elapsed() { awk -v a="$1" -v b="$(cf_now)" 'BEGIN { printf "%.1f", b - a }'; }

_CF_APT_UPDATED=0
# cf_apt_install PKG... — install only the packages that are not installed yet.
cf_apt_install() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  mkdir -p "$CODEFLARE_LOG_DIR"
  local log="$CODEFLARE_LOG_DIR/apt.log"
  cf_log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  if [[ $_CF_APT_UPDATED == 0 ]]; then
    apt-get update -q >>"$log" 2>&1 || { tail -n 20 "$log" >&2; cf_die "apt-get update failed (log: $log)"; }
    _CF_APT_UPDATED=1
  fi
  apt-get install -y -q --no-install-recommends "${missing[@]}" >>"$log" 2>&1 \
    || { tail -n 20 "$log" >&2; cf_die "apt-get install ${missing[*]} failed (log: $log)"; }
}

# cf_gen_secret — 32 url-safe characters.
cf_gen_secret() { head -c 64 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9' | head -c "${1:-32}"; }

# cf_secret FILE [LENGTH] — read a secret, creating it (0600) on first use.
cf_secret() {
  local file="$1" len="${2:-32}"
  if [[ ! -s "$file" ]]; then
    mkdir -p "$(dirname "$file")"
    chmod 700 "$(dirname "$file")"
    (umask 077 && cf_gen_secret "$len" >"$file.tmp" && mv "$file.tmp" "$file")
  fi
  chmod 600 "$file"
  tr -d '\n' <"$file"
}
