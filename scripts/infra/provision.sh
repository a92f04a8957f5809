#!/usr/bin/env bash
# provision_all [--workspace slim|full|both|none]
#   Installs/starts Docker (ensure_docker) and builds every Codeflare image that is missing or
#   out of date: codeflare/debian:bookworm, codeflare/postgres:15, codeflare/ceph-rgw:16 and the
#   workspace image(s) (default: both). With everything present it takes well under a second.
# Sourceable (defines provision_all and everything from images.sh/docker.sh) or runnable:
#   bash scripts/infra/provision.sh [--workspace slim|full|both|none]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/images.sh"

provision_all() {
  local ws=both start
  while (($#)); do
    case "$1" in
      --workspace) ws="${2:?--workspace needs slim|full|both|none}"; shift 2 ;;
      --workspace=*) ws="${1#*=}"; shift ;;
      *) cf_die "provision_all: unknown argument '$1'"; return 1 ;;
    esac
  done
  start="$(cf_now)"
  ensure_docker
  build_all_images "$ws"
  cf_log "provisioned in $(cf_elapsed "$start") s"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then provision_all "$@"; fi
