#!/usr/bin/env bash
# ensure_docker — install the Docker engine from Debian (docker.io, 20.10) and start dockerd
# if it is not answering. Published ports bind to 127.0.0.1 only (dockerd --ip 127.0.0.1).
#
# Sourcing this file also defines `cf_docker`, the client every infra script uses:
# /usr/bin/docker (20.10, same version as the engine, BuildKit built in) with
# DOCKER_API_VERSION=1.41. The 28.x client in /usr/local/bin works too but only has the
# deprecated legacy builder (no buildx package exists here).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

export DOCKER_API_VERSION="${DOCKER_API_VERSION:-1.41}"
CODEFLARE_DOCKERD_LOG="${CODEFLARE_DOCKERD_LOG:-/var/log/codeflare-dockerd.log}"

_cf_docker_bin() {
  if [[ -n "${CODEFLARE_DOCKER:-}" ]]; then echo "$CODEFLARE_DOCKER"
  elif [[ -x /usr/bin/docker ]]; then echo /usr/bin/docker
  else command -v docker || echo docker
  fi
}
cf_docker() { "$(_cf_docker_bin)" "$@"; }

# cf_docker_ping — is the engine answering? (~10 ms over the local socket with curl; `docker
# info` costs ~0.15 s, which adds up in re-runs that must take well under a second)
cf_docker_ping() {
  if [[ -z "${DOCKER_HOST:-}" || "${DOCKER_HOST}" == unix:///var/run/docker.sock ]] \
     && [[ -S /var/run/docker.sock ]] && command -v curl >/dev/null; then
    [[ "$(curl -s --max-time 5 --unix-socket /var/run/docker.sock http://localhost/_ping 2>/dev/null)" == OK ]]
  else
    cf_docker info >/dev/null 2>&1
  fi
}

ensure_docker() {
  if [[ ! -x /usr/sbin/dockerd ]] || ! command -v debootstrap >/dev/null || ! command -v iptables >/dev/null \
     || [[ ! -e /etc/ssl/certs/ca-certificates.crt ]]; then
    cf_apt_install docker.io debootstrap iptables ca-certificates
  fi
  if cf_docker_ping; then return 0; fi
  # A remote engine (DOCKER_HOST) that does not answer is not ours to start.
  if [[ -n "${DOCKER_HOST:-}" && "${DOCKER_HOST}" != unix:///var/run/docker.sock ]]; then
    cf_die "DOCKER_HOST=$DOCKER_HOST does not answer"
  fi
  cf_log "starting dockerd (log: $CODEFLARE_DOCKERD_LOG)"
  mkdir -p "$(dirname "$CODEFLARE_DOCKERD_LOG")"
  # A stale pid file from a killed dockerd makes the new one refuse to start.
  if [[ -f /var/run/docker.pid ]] && ! kill -0 "$(cat /var/run/docker.pid 2>/dev/null)" 2>/dev/null; then
    rm -f /var/run/docker.pid
  fi
  # A live dockerd that does not answer yet is left to finish starting; a killed one may linger as a
  # zombie until its parent reaps it, and must not count.
  if ! ps -eo stat=,comm= | awk '$2 == "dockerd" && $1 !~ /^Z/ { found = 1 } END { exit !found }'; then
    setsid /usr/sbin/dockerd --ip 127.0.0.1 ${CODEFLARE_DOCKERD_ARGS:-} >>"$CODEFLARE_DOCKERD_LOG" 2>&1 </dev/null &
    disown || true
  fi
  local i
  for ((i = 0; i < 300; i++)); do
    if cf_docker_ping; then cf_log "dockerd ready"; return 0; fi
    sleep 0.1
  done
  tail -n 20 "$CODEFLARE_DOCKERD_LOG" >&2 || true
  cf_die "dockerd did not become ready within 30 s (log: $CODEFLARE_DOCKERD_LOG)"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then ensure_docker "$@"; fi
