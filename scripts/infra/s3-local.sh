#!/usr/bin/env bash
# Local S3 (Ceph RGW) for running Codeflare on this host.
#
#   ensure_local_s3 DATA_DIR [PORT]     (PORT default 7480)
#     container `codeflare-s3` from codeflare/ceph-rgw:16 (built if missing), named volume
#     `codeflare-s3-data` at /var/lib/ceph, --restart unless-stopped, --stop-timeout 30,
#     published on 127.0.0.1:PORT only. Keys generated once into DATA_DIR/secrets/s3-access-key
#     and s3-secret-key (0600). Starts a stopped container, recreates one whose image, port or
#     keys differ (the volume keeps the data), waits up to 90 s for the endpoint to answer.
#     Exports CODEFLARE_S3_ENDPOINT, CODEFLARE_S3_ACCESS_KEY, CODEFLARE_S3_SECRET_KEY,
#     CODEFLARE_S3_REGION, CODEFLARE_S3_FORCE_PATH_STYLE.
#   local_s3_env DATA_DIR [PORT]        — echoes those settings as `export K=V` lines
#   stop_local_s3                       — docker stop (clean: radosgw → OSD → mon)
#
# Run as a script: `s3-local.sh DATA_DIR [PORT]` prints the export lines on stdout.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/images.sh"

CODEFLARE_S3_CONTAINER="${CODEFLARE_S3_CONTAINER:-codeflare-s3}"
CODEFLARE_S3_VOLUME="${CODEFLARE_S3_VOLUME:-codeflare-s3-data}"

local_s3_env() {
  local data="${1:?DATA_DIR}" port="${2:-7480}"
  echo "export CODEFLARE_S3_ENDPOINT=http://127.0.0.1:$port"
  echo "export CODEFLARE_S3_ACCESS_KEY=$(cf_secret "$data/secrets/s3-access-key" 20)"
  echo "export CODEFLARE_S3_SECRET_KEY=$(cf_secret "$data/secrets/s3-secret-key" 40)"
  echo "export CODEFLARE_S3_REGION=us-east-1"
  echo "export CODEFLARE_S3_FORCE_PATH_STYLE=true"
}

_cf_s3_answers() { # true when the S3 endpoint returns HTTP 200 for an anonymous ListBuckets
  [[ "$(curl -s -o /dev/null --max-time 2 -w '%{http_code}' "http://127.0.0.1:$1/" 2>/dev/null)" == 200 ]]
}

ensure_local_s3() {
  local data="${1:?usage: ensure_local_s3 DATA_DIR [PORT]}" port="${2:-7480}"
  mkdir -p "$data"
  local access secret name="$CODEFLARE_S3_CONTAINER"
  access="$(cf_secret "$data/secrets/s3-access-key" 20)"
  secret="$(cf_secret "$data/secrets/s3-secret-key" 40)"
  export CODEFLARE_S3_ENDPOINT="http://127.0.0.1:$port" CODEFLARE_S3_ACCESS_KEY="$access" \
         CODEFLARE_S3_SECRET_KEY="$secret" CODEFLARE_S3_REGION=us-east-1 CODEFLARE_S3_FORCE_PATH_STYLE=true
  command -v curl >/dev/null || cf_apt_install curl
  ensure_docker
  build_ceph_image

  # Wanted configuration, as a label on the container: recreate it when this changes.
  local want have status
  want="$(printf '%s|%s|%s|%s' "$(cf_image_id "$CODEFLARE_CEPH_IMAGE")" "$port" "$access" "$secret" \
          | sha256sum | cut -c1-16)"
  have="$(cf_docker inspect -f '{{ index .Config.Labels "codeflare.config" }}|{{ .State.Status }}' "$name" 2>/dev/null || true)"
  status="${have#*|}"; have="${have%%|*}"
  if [[ -n "$status" && "$have" != "$want" ]]; then
    cf_log "recreating $name (image, port or keys changed; volume $CODEFLARE_S3_VOLUME keeps the data)"
    cf_docker stop -t 30 "$name" >/dev/null 2>&1 || true
    cf_docker rm -f "$name" >/dev/null
    status=""
  fi

  case "$status" in
    running)
      _cf_s3_answers "$port" && return 0 ;;   # fast path; else it is still starting: wait below
    "")
      cf_log "starting $name on 127.0.0.1:$port"
      cf_docker run -d --name "$name" \
        --restart unless-stopped --stop-timeout 30 \
        --label codeflare.role=s3 --label "codeflare.config=$want" \
        -v "$CODEFLARE_S3_VOLUME:/var/lib/ceph" \
        -p "127.0.0.1:$port:7480" \
        -e S3_ACCESS_KEY="$access" -e S3_SECRET_KEY="$secret" \
        "$CODEFLARE_CEPH_IMAGE" >/dev/null ;;
    *)
      cf_log "starting existing $name ($status)"
      cf_docker start "$name" >/dev/null ;;
  esac

  local i st
  for ((i = 0; i < 900; i++)); do
    _cf_s3_answers "$port" && { cf_log "S3 ready on 127.0.0.1:$port"; return 0; }
    if ((i % 10 == 0)); then
      st="$(cf_docker inspect -f '{{ .State.Status }}' "$name" 2>/dev/null || true)"
      if [[ "$st" != running && "$st" != restarting ]]; then
        cf_docker logs --tail 30 "$name" >&2 2>&1 || true
        cf_die "$name is $st (see: docker logs $name)"
      fi
    fi
    sleep 0.1
  done
  cf_docker logs --tail 30 "$name" >&2 2>&1 || true
  cf_die "S3 endpoint http://127.0.0.1:$port did not answer within 90 s (see: docker logs $name)"
}

stop_local_s3() { cf_docker stop -t 30 "$CODEFLARE_S3_CONTAINER" >/dev/null 2>&1 || true; }

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  ensure_local_s3 "$@"
  local_s3_env "$@"
fi
