# shellcheck shell=bash
# `./codeflare bench [harness options…]` — sourced by ./codeflare.
# Provisions Docker and the slim workspace image, installs wetty 3.2.0 (scripts/bench/wetty.sh),
# builds bench/Codeflare.Benchmarks in Release and runs it: floor, wetty and Codeflare's hub, measured
# side by side. Without --hub-url it runs its own Codeflare instance for the hub rows (data folder
# <data>-bench, http://127.0.0.1:8097, slim workspace): first admin from the setup code, a token, stopped after.
# Prints SPEC §10's table and writes it to BENCHMARKS.md at the repository root.
# Extra arguments go to the harness, e.g. `./codeflare bench --flood-mib 20`; `--help` lists them.
# `./codeflare bench --sync` measures only the workspace-sync rows against rclone (installed from Debian) and
# replaces only that section of BENCHMARKS.md; `--sync-sets`, `--sync-small-files` and `--sync-mixed-mib` make quick runs.

source "$CODEFLARE_ROOT/scripts/bench/wetty.sh"

cf_bench() {
  local project="$CODEFLARE_ROOT/bench/Codeflare.Benchmarks" log wetty_args=() start
  start="$(cf_now)"
  export DOCKER_API_VERSION="${DOCKER_API_VERSION:-1.41}" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
  provision_all --workspace slim
  local wetty_main
  if wetty_main="$(ensure_wetty)"; then
    wetty_args=(--wetty "$wetty_main")
  else
    cf_log "wetty could not be installed: its rows will say unavailable"
  fi

  mkdir -p "$CODEFLARE_LOG_DIR"; log="$CODEFLARE_LOG_DIR/bench-build.log"
  cf_log "building the benchmark harness (log: $log)"
  dotnet build "$project" -c Release --nologo -v quiet >"$log" 2>&1 \
    || { tail -n 40 "$log" >&2; cf_die "the harness did not build (log: $log)"; return 1; }

  if [[ " $* " == *" --sync "* ]]; then
    cf_apt_install rclone
    # The sync rows compare against rclone on the bench instance's own S3 server and bucket.
    eval "$(cf_bench_env; local_s3_env "$CODEFLARE_DATA_DIR" "$CODEFLARE_S3_PORT")"
    export CODEFLARE_BENCH_S3_URL="$CODEFLARE_S3_ENDPOINT" CODEFLARE_BENCH_S3_ACCESS_KEY="$CODEFLARE_S3_ACCESS_KEY" \
      CODEFLARE_BENCH_S3_SECRET_KEY="$CODEFLARE_S3_SECRET_KEY" CODEFLARE_BENCH_S3_BUCKET="${Storage__Bucket:-codeflare}"
  fi
  local status=0 hub_args=() own_host=""
  if [[ " $* " != *" --hub-url "* ]]; then
    local url token
    url="${CODEFLARE_BENCH_URL:-http://127.0.0.1:8097}"
    token="$(cf_bench_host "$url")" || cf_die "the bench instance did not start"
    hub_args=(--hub-url "$url"); export CODEFLARE_BENCH_TOKEN="$token"; own_host=1
    # The sync rows sample this host's RSS during restores (cf_run keeps its pid in <data>/host.pid).
    CODEFLARE_BENCH_HOST_PID="$(cf_bench_env; cf_host_pid)"; export CODEFLARE_BENCH_HOST_PID
  fi
  dotnet run --project "$project" -c Release --no-build -- \
    --output "$CODEFLARE_ROOT/BENCHMARKS.md" "${wetty_args[@]}" "${hub_args[@]}" "$@" || status=$?
  if [[ -n "$own_host" ]]; then (cf_bench_env; cf_stop --all) >&2; fi
  cf_log "bench took $(cf_elapsed "$start") s"
  return "$status"
}

# The bench instance's settings: its own data folder, ports and the slim workspace image.
cf_bench_env() {
  export CODEFLARE_DATA_DIR="${CODEFLARE_BENCH_DATA_DIR:-$(cf_data_dir)-bench}" CODEFLARE_URL="${CODEFLARE_BENCH_URL:-http://127.0.0.1:8097}"
  export CODEFLARE_PG_PORT="${CODEFLARE_BENCH_PG_PORT:-5437}" CODEFLARE_S3_PORT="${CODEFLARE_BENCH_S3_PORT:-7487}"
  export CODEFLARE_WORKSPACE=slim Sessions__Image=codeflare/workspace:slim Sessions__MaxRunningPerUser=10
  # The sync rows wait for the periodic sync: every 5 s here instead of every minute.
  export Sessions__Sync__Interval=00:00:05
}

# Starts (or reuses) the bench instance, creates its admin once (password kept in its secrets folder)
# and prints a fresh personal access token for the harness. Everything it says goes to stderr.
cf_bench_host() (
  cf_bench_env
  local url="$1" data jar secret ready code xsrf
  data="$CODEFLARE_DATA_DIR"; jar="$(mktemp)"; trap 'rm -f "$jar"' EXIT
  ready="$(cf_run 2>&1)" || { echo "$ready" >&2; return 1; }
  echo "$ready" >&2
  secret="$data/secrets/bench-admin"
  if [[ ! -s "$secret" ]]; then (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$secret"); fi
  code="$(sed -n 's/^Setup code: //p' <<<"$ready")"
  if [[ -n "$code" ]]; then
    curl -fsS -X POST "$url/api/setup/admin" -H 'content-type: application/json' \
      -d "{\"setupCode\":\"$code\",\"email\":\"bench@codeflare.local\",\"password\":\"$(cat "$secret")\"}" >/dev/null
  fi
  curl -fsS -c "$jar" -X POST "$url/api/auth/login" -H 'content-type: application/json' \
    -d "{\"email\":\"bench@codeflare.local\",\"password\":\"$(cat "$secret")\"}" >/dev/null
  xsrf="$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar")"
  curl -fsS -b "$jar" -X POST "$url/api/me/tokens" -H 'content-type: application/json' -H "X-XSRF-TOKEN: $xsrf" \
    -d '{"name":"bench","scopes":["sessions.own","files.own","audit.read"],"expiresInDays":1}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
)
